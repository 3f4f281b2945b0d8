"""One item's text and metadata to an :class:`Article`, or the :class:`Failure` that says why not."""

from __future__ import annotations

import re
from typing import Any

from newsevents.dates import read_published
from newsevents.errors import describe, warning
from newsevents.ids import article_id
from newsevents.ingest.options import IngestOptions
from newsevents.model import Article, Failure


def make_article(
    text: str,
    source: str,
    options: IngestOptions,
    *,
    fmt: str,
    title: object = None,
    url: object = None,
    published: object = None,
    item: int | None = None,
    source_id: object = None,
) -> Article | Failure:
    """An Article whose id derives from ``text`` alone, so the same story from two places is one article.

    ``item`` is the line number of a record within its file; ``source_id`` the record's own id. The
    date comes from the item (any form :func:`newsevents.dates.read_published` reads), else from
    ``options.published``. A date that is given but is not a date is dropped with a warning on the
    article (W101), never a failure: the article is still worth coding. A date without a year is kept
    in ``meta["published_month_day"]`` for the runner to complete from the text.

    Lone surrogates (which no encoder writes and DuckDB refuses) in the text, title, URL or id are
    replaced by U+FFFD, one for one so that spans keep their offsets, with a warning (W100).
    """
    item_str = None if item is None else str(item)
    warnings: list[str] = []
    text = clean(text, "text", warnings)
    source = clean(source)
    if len(text) > options.max_chars:
        where = source if item is None else f"{source}:{item}"
        reason = describe("E105", source=where, size=len(text), limit=options.max_chars)
        return Failure(source, "E105", reason, item_str)
    meta: dict[str, Any] = {"format": fmt}
    if item is not None:
        meta["item"] = item
    if source_id is not None and source_id != "":
        meta["source_id"] = clean(_as_str(source_id), "id", warnings)
    found = read_published(published)
    if found.problem is not None:
        shown = clean(_as_str(published))
        warnings.append(warning("W101", value=shown, problem=found.problem))
    if found.month_day is not None:
        meta["published_month_day"] = "--{:02d}-{:02d}".format(*found.month_day)
        meta["published_given"] = clean(_as_str(published))
    if warnings:
        meta["warnings"] = warnings
    return Article(
        id=article_id(text),
        text=text,
        title=_optional_str(title, "title", warnings),
        url=_optional_str(url, "url", warnings),
        published=found.date if found.date is not None else options.published,
        source=source,
        meta=meta,
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(value: str, field: str | None = None, warnings: list[str] | None = None) -> str:
    """``value`` with each lone surrogate replaced by U+FFFD; a warning names ``field`` when given."""
    fixed, count = _SURROGATE.subn("\ufffd", value)
    if count and field is not None and warnings is not None:
        warnings.append(warning("W100", count=count, field=field))
    return fixed


def _as_str(value: object) -> str:
    return value if isinstance(value, str) else repr(value)


def _optional_str(value: object, field: str, warnings: list[str]) -> str | None:
    """Titles and URLs are free text: a number is kept as its string, an empty value is absent."""
    if value is None or isinstance(value, dict | list):
        return None
    text = clean(str(value), field, warnings).strip()
    return text or None
