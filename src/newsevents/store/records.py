"""A :class:`Document` as flat rows, one dict per table row, with the provenance of every value.

Every row id is derived from content (:func:`newsevents.ids.content_id`), so the same article always
gives the same rows and writing it again changes nothing. Event rows are also the records that
queries and exports return (:func:`event_from_row` decodes a stored row back into one).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from newsevents.ids import content_id
from newsevents.model import ActorMention, Document, Event, Provenance, Span
from newsevents.store.schema import EVENT_COLUMNS, TABLES, Columns, json_columns, names

Row = dict[str, Any]


class _Ids:
    """Content ids that stay unique inside one article: a repeat of the same content gets a suffix."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def __call__(self, prefix: str, *parts: object) -> str:
        key = content_id(prefix, *parts)
        count = self._seen.get(key, 0)
        self._seen[key] = count + 1
        return key if count == 0 else content_id(prefix, *parts, count)


def _prov(prov: Provenance, prefix: str = "") -> Row:
    return {
        f"{prefix}stage": prov.stage,
        f"{prefix}confidence": prov.confidence,
        f"{prefix}reason": prov.reason,
    }


def _slice(text: str, span: Span | None) -> str | None:
    return None if span is None else text[span.start : span.end]


def article_row(doc: Document, run_id: str) -> Row:
    art = doc.article
    source_id = art.meta.get("source_id")
    return {
        "article_id": art.id,
        "source": art.source,
        "source_id": None if source_id is None else str(source_id),
        "title": art.title,
        "url": art.url,
        "published": art.published,
        "text": art.text,
        "n_chars": len(art.text),
        "meta": art.meta,
        "run_id": run_id,
    }


def document_rows(doc: Document, run_id: str) -> dict[str, list[Row]]:
    """All rows of ``doc``, by table name; the ``articles`` list holds its one article row."""
    aid = doc.article.id
    text = doc.article.text
    ids = _Ids()
    mention_ids = [ids("m", aid, m.start, m.end, m.text) for m in doc.actors]
    place_ids = [ids("p", aid, p.start, p.end, p.text) for p in doc.places]
    time_ids = [ids("t", aid, t.start, t.end, t.text) for t in doc.times]
    quote_ids = [ids("q", aid, q.content.start, q.content.end) for q in doc.quotes]

    actors = [
        {
            "mention_id": mid,
            "article_id": aid,
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "sentence": m.sentence,
            "name": m.name,
            "actor_id": m.actor_id,
            "country": m.country,
            "sector": m.sector,
            "kind": m.kind,
            **_prov(m.prov),
        }
        for mid, m in zip(mention_ids, doc.actors, strict=True)
    ]
    places = [
        {
            "place_id": pid,
            "article_id": aid,
            "start": p.start,
            "end": p.end,
            "text": p.text,
            "sentence": p.sentence,
            "name": p.name,
            "geonameid": p.geonameid,
            "lat": p.lat,
            "lon": p.lon,
            "country": p.country,
            "admin1": p.admin1,
            "precision": p.precision,
            "use": p.use,
            "literal": p.literal,
            **_prov(p.prov),
        }
        for pid, p in zip(place_ids, doc.places, strict=True)
    ]
    times = [
        {
            "time_id": tid,
            "article_id": aid,
            "start": t.start,
            "end": t.end,
            "text": t.text,
            "sentence": t.sentence,
            "type": t.type,
            "value": t.value,
            "precision": t.precision,
            **_prov(t.prov),
        }
        for tid, t in zip(time_ids, doc.times, strict=True)
    ]
    quotes = [
        {
            "quote_id": qid,
            "article_id": aid,
            "sentence": q.sentence,
            "content_start": q.content.start,
            "content_end": q.content.end,
            "content_text": _slice(text, q.content),
            "direct": q.direct,
            "cue_start": None if q.cue is None else q.cue.start,
            "cue_end": None if q.cue is None else q.cue.end,
            "cue_text": _slice(text, q.cue),
            "speaker_start": None if q.speaker is None else q.speaker.start,
            "speaker_end": None if q.speaker is None else q.speaker.end,
            "speaker_text": q.speaker_text if q.speaker_text is not None else _slice(text, q.speaker),
            "speaker_mention_id": _pick(mention_ids, q.speaker_actor, "quote speaker_actor"),
            "speaker_name": q.speaker_name,
            "speaker_country": q.speaker_country,
            "speaker_sector": q.speaker_sector,
            "claim": q.claim,
            "claim_cue": q.claim_cue,
            **_prov(q.prov),
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
    return {
        "mention_id": mention_id,
        "text": mention.text,
        "start": mention.start,
        "end": mention.end,
        "name": mention.name,
        "actor_id": mention.actor_id,
        "country": mention.country,
        "sector": mention.sector,
    }


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
    sentence = doc.sentences[ev.sentence] if 0 <= ev.sentence < len(doc.sentences) else None
    date, loc = ev.date, ev.location
    row: Row = {
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
        "event_type": ev.event_type,
        "mode": ev.mode,
        "cameo": ev.cameo,
        "quad_class": ev.quad_class,
        "source_actors": source,
        "target_actors": target,
        "source_countries": _countries(source),
        "target_countries": _countries(target),
        "trigger_start": ev.trigger.start,
        "trigger_end": ev.trigger.end,
        "trigger_text": _slice(art.text, ev.trigger),
        "sentence": ev.sentence,
        "sentence_start": None if sentence is None else sentence.start,
        "sentence_end": None if sentence is None else sentence.end,
        "evidence_start": None if ev.evidence is None else ev.evidence.start,
        "evidence_end": None if ev.evidence is None else ev.evidence.end,
        "evidence_text": _slice(art.text, ev.evidence),
        "date_value": None if date is None else date.value,
        "date_precision": None if date is None else date.precision,
        "date_stage": None if date is None else date.prov.stage,
        "date_confidence": None if date is None else date.prov.confidence,
        "date_reason": None if date is None else date.prov.reason,
        "date_time_id": None if date is None else _pick(time_ids, date.time_index, "event date time_index"),
        "location_name": None if loc is None else loc.name,
        "location_geonameid": None if loc is None else loc.geonameid,
        "location_lat": None if loc is None else loc.lat,
        "location_lon": None if loc is None else loc.lon,
        "location_country": None if loc is None else loc.country,
        "location_admin1": None if loc is None else loc.admin1,
        "location_precision": None if loc is None else loc.precision,
        "location_stage": None if loc is None else loc.prov.stage,
        "location_confidence": None if loc is None else loc.prov.confidence,
        "location_reason": None if loc is None else loc.prov.reason,
        "location_place_id": None
        if loc is None
        else _pick(place_ids, loc.place_index, "event location place_index"),
        "modality": ev.modality,
        "modality_cue": ev.modality_cue,
        "attributed_source": ev.attributed_source,
        "quote_id": _pick(quote_ids, ev.quote, "event quote"),
        **_prov(ev.prov),
    }
    return row


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
