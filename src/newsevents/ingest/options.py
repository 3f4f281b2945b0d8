"""What to read and how: the options of one ingest run."""

from __future__ import annotations

import codecs
import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from newsevents.errors import NewsEventsError
from newsevents.settings import IngestSettings


@dataclass(frozen=True)
class IngestOptions:
    glob: str = "**/*"  # files of a directory to read, relative to it
    encoding: str = "utf-8"  # of every file and of standard input
    max_chars: int = 1_000_000  # longer items become failures (E105)
    text_field: str = "text"  # field names of JSONL/JSON records and CSV columns
    id_field: str = "id"
    title_field: str = "title"
    url_field: str = "url"
    date_field: str = "published"
    published: dt.date | None = None  # the date of items that carry none of their own

    def __post_init__(self) -> None:
        # Bad options are usage errors: stop before reading anything rather than fail every item.
        try:
            codecs.lookup(self.encoding)
        except LookupError:
            raise NewsEventsError(
                "E209",
                what="encoding",
                value=self.encoding,
                hint="Use a Python codec name such as utf-8, utf-16, latin-1 or cp1252.",
            ) from None
        if self.max_chars < 1:
            raise NewsEventsError(
                "E209", what="max_chars", value=self.max_chars, hint="Give a positive number of characters."
            )
        if not self.glob:
            raise NewsEventsError(
                "E209", what="glob", value=self.glob, hint="Give a pattern such as **/*.txt."
            )

    @classmethod
    def from_settings(cls, settings: IngestSettings, **given: Any) -> IngestOptions:
        """The ``[ingest]`` settings, with what a caller gives (not None) taking their place."""
        configured = cls(glob=settings.glob, encoding=settings.encoding, max_chars=settings.max_chars)
        return replace(configured, **{k: v for k, v in given.items() if v is not None})
