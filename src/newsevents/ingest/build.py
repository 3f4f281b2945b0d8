"""One item's text and metadata to an :class:`Article`, or the :class:`Failure` that says why not."""

from __future__ import annotations

from typing import Any

from newsevents.dates import parse_published
from newsevents.errors import describe
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
    date comes from the item, else from ``options.published``. A date that is given but is not a date
    fails the item (E107) rather than silently giving it another date.
    """
    item_str = None if item is None else str(item)
    where = source if item is None else f"{source}:{item}"
    if len(text) > options.max_chars:
        reason = describe("E105", source=where, size=len(text), limit=options.max_chars)
        return Failure(source, "E105", reason, item_str)
    try:
        date = parse_published(published)
    except ValueError:
        return Failure(source, "E107", describe("E107", source=where, value=published), item_str)
    meta: dict[str, Any] = {"format": fmt}
    if item is not None:
        meta["item"] = item
    if source_id is not None and source_id != "":
        meta["source_id"] = str(source_id)
    return Article(
        id=article_id(text),
        text=text,
        title=_optional_str(title),
        url=_optional_str(url),
        published=date if date is not None else options.published,
        source=source,
        meta=meta,
    )


def _optional_str(value: object) -> str | None:
    """Titles and URLs are free text: a number is kept as its string, an empty value is absent."""
    if value is None or isinstance(value, dict | list):
        return None
    text = str(value).strip()
    return text or None
