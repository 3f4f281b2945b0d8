"""A :class:`Document` as flat rows, one dict per table row, with the provenance of every value.

Every row id is derived from content (:func:`newsevents.ids.content_id`), so the same article always
gives the same rows and writing it again changes nothing. Event rows are also the records that
queries and exports return (:func:`event_from_row` decodes a stored row back into one).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from newsevents.flat import (
    Row,
    actor_fields,
    article_fields,
    event_fields,
    place_fields,
    quote_fields,
    select,
    time_fields,
)
from newsevents.ids import content_id
from newsevents.model import ActorMention, Document, Event
from newsevents.store.query import actor_search
from newsevents.store.schema import EVENT_COLUMNS, TABLES, Columns, json_columns, names

#: The fields of an actor kept in an event row's ``source_actors`` and ``target_actors``, in order.
_EVENT_ACTOR_FIELDS = ("text", "start", "end", "name", "actor_id", "country", "sector")


class _Ids:
    """Content ids that stay unique inside one article: a repeat of the same content gets a suffix."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def __call__(self, prefix: str, *parts: object) -> str:
        key = content_id(prefix, *parts)
        count = self._seen.get(key, 0)
        self._seen[key] = count + 1
        return key if count == 0 else content_id(prefix, *parts, count)


def article_row(doc: Document, run_id: str) -> Row:
    return {**article_fields(doc.article), "run_id": run_id}


def document_rows(doc: Document, run_id: str) -> dict[str, list[Row]]:
    """All rows of ``doc``, by table name; the ``articles`` list holds its one article row.

    A row is the model's flat fields (:mod:`newsevents.flat`) with its id, its article and, where
    the model links by index, the id of the row it links to.
    """
    aid = doc.article.id
    ids = _Ids()
    mention_ids = [ids("m", aid, m.start, m.end, m.text) for m in doc.actors]
    place_ids = [ids("p", aid, p.start, p.end, p.text) for p in doc.places]
    time_ids = [ids("t", aid, t.start, t.end, t.text) for t in doc.times]
    quote_ids = [ids("q", aid, q.content.start, q.content.end) for q in doc.quotes]
    actors = [
        {"mention_id": mid, "article_id": aid, **actor_fields(m)}
        for mid, m in zip(mention_ids, doc.actors, strict=True)
    ]
    places = [
        {"place_id": pid, "article_id": aid, **place_fields(p)}
        for pid, p in zip(place_ids, doc.places, strict=True)
    ]
    times = [
        {"time_id": tid, "article_id": aid, **time_fields(t)}
        for tid, t in zip(time_ids, doc.times, strict=True)
    ]
    quotes = [
        {
            "quote_id": qid,
            "article_id": aid,
            **quote_fields(q, doc.text),
            "speaker_mention_id": _pick(mention_ids, q.speaker_actor, "quote speaker_actor"),
        }
        for qid, q in zip(quote_ids, doc.quotes, strict=True)
    ]
    events = [event_row(doc, ev, ids, mention_ids, place_ids, time_ids, quote_ids) for ev in doc.events]
    return {
        "articles": [article_row(doc, run_id)],
        "actors": actors,
        "places": places,
        "times": times,
        "quotes": quotes,
        "events": events,
    }


def _pick(row_ids: Sequence[str], index: int | None, what: str) -> str | None:
    if index is None:
        return None
    if not 0 <= index < len(row_ids):
        raise ValueError(f"{what} {index} points outside the {len(row_ids)} rows of its document")
    return row_ids[index]


def _actor_record(mention: ActorMention, mention_id: str) -> Row:
    return {"mention_id": mention_id, **select(actor_fields(mention), _EVENT_ACTOR_FIELDS)}


def _countries(actors: list[Row]) -> list[str]:
    return list(dict.fromkeys(a["country"] for a in actors if a["country"] is not None))


def event_row(
    doc: Document,
    ev: Event,
    ids: Callable[..., str],
    mention_ids: Sequence[str],
    place_ids: Sequence[str],
    time_ids: Sequence[str],
    quote_ids: Sequence[str],
) -> Row:
    """One event as a flat record. The id covers article, type, trigger span and actor spans."""
    art = doc.article
    for index in (*ev.source, *ev.target):
        _pick(mention_ids, index, "event actor")
    source = [_actor_record(doc.actors[i], mention_ids[i]) for i in ev.source]
    target = [_actor_record(doc.actors[i], mention_ids[i]) for i in ev.target]
    date, loc = ev.date, ev.location
    return {
        "event_id": ids(
            "e",
            art.id,
            ev.event_type,
            ev.trigger.start,
            ev.trigger.end,
            [(a["start"], a["end"]) for a in source],
            [(a["start"], a["end"]) for a in target],
        ),
        "article_id": art.id,
        "article_published": None if art.published is None else art.published.isoformat(),
        "article_url": art.url,
        "article_title": art.title,
        **event_fields(ev, doc),
        "actor_search": actor_search(source, target),
        "source_actors": source,
        "target_actors": target,
        "source_countries": _countries(source),
        "target_countries": _countries(target),
        "date_time_id": None if date is None else _pick(time_ids, date.time_index, "event date time_index"),
        "location_place_id": None
        if loc is None
        else _pick(place_ids, loc.place_index, "event location place_index"),
        "quote_id": _pick(quote_ids, ev.quote, "event quote"),
    }


# ---------------------------------------------------------------- rows <-> database values


def to_values(table: str, row: Row) -> tuple[Any, ...]:
    """``row`` as a tuple in the table's column order, with JSON columns encoded."""
    columns = TABLES[table]
    encoded = json_columns(columns)
    return tuple(
        json.dumps(row[name], ensure_ascii=False, default=str) if name in encoded else row[name]
        for name in names(columns)
    )


def from_values(columns: Columns, values: Sequence[Any]) -> Row:
    """A stored row back as a dict: JSON decoded, dates and timestamps as ISO strings."""
    encoded = json_columns(columns)
    out: Row = {}
    for (name, _), value in zip(columns, values, strict=True):
        if name in encoded and value is not None:
            value = json.loads(value)
        elif hasattr(value, "isoformat"):
            value = value.isoformat()
        out[name] = value
    return out


def event_from_row(values: Sequence[Any]) -> Row:
    """A stored event row (all columns, in schema order) back as the record that was written."""
    return from_values(EVENT_COLUMNS, values)
