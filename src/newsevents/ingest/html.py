"""HTML pages to articles with trafilatura: main text, title, date and canonical URL; no network."""

from __future__ import annotations

import re
from typing import Any

from newsevents.errors import describe
from newsevents.ingest.build import make_article
from newsevents.ingest.constants import HTML_CHARSET_WINDOW
from newsevents.ingest.options import IngestOptions
from newsevents.ingest.text import decode
from newsevents.model import Article, Failure

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# htmldate's extensive search takes any date in the body text, which in news is usually the date of
# the event reported, not of publication; only markup, metadata and the URL are trusted.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def declared_charset(data: bytes) -> str | None:
    """The ``<meta charset>`` of a page when Python knows that codec."""
    match = _CHARSET.search(data[:HTML_CHARSET_WINDOW])
    if match is None:
        return None
    name = match.group(1).decode("ascii")
    try:
        "".encode(name)
    except LookupError:
        return None
    return name


def html_item(data: bytes, source: str, options: IngestOptions) -> Article | Failure:
    """The article of one saved page. Pages declare their charset; otherwise ``options.encoding``."""
    page = decode(data, declared_charset(data) or options.encoding, source)
    if isinstance(page, Failure):
        return page
    extracted = _extract(page)
    if isinstance(extracted, str):
        return Failure(source, "E106", f"{describe('E106', source=source)} Cause: {extracted}.")
    text = extracted.get("text") or ""
    title = extracted.get("title")
    text = _without_heading(text, title)
    if not text.strip():
        return Failure(source, "E106", describe("E106", source=source))
    return make_article(
        text,
        source,
        options,
        fmt="html",
        title=title,
        url=extracted.get("url"),
        published=extracted.get("date"),
    )


def _extract(page: str) -> dict[str, Any] | str:
    """trafilatura's fields of ``page``, or why it failed."""
    import trafilatura  # imported here: it takes a second and only HTML input needs it

    try:
        result = trafilatura.bare_extraction(
            page,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_DATE_PARAMS,
        )
    # trafilatura and lxml raise many kinds of error on broken markup; any of them means this one
    # page could not be read (E106), never that the batch should stop.
    except Exception as exc:  # noqa: BLE001
        return f"{type(exc).__name__}: {exc}"
    if result is None:
        return "trafilatura found no main content"
    fields: dict[str, Any] = result if isinstance(result, dict) else result.as_dict()
    return fields


def _without_heading(text: str, title: object) -> str:
    """The text without a first line that repeats the title: titles are kept apart from article text."""
    if not isinstance(title, str) or not title.strip():
        return text
    first, sep, rest = text.partition("\n")
    if sep and " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        return rest
    return text
