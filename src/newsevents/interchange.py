"""The JSONL interchange format of ../shared/eval/FORMAT.md: one article per line in, one out.

Output lines carry ``"format": FORMAT_VERSION`` so consumers can tell versions apart; fields beyond
FORMAT.md (cameo, quad_class, trigger, reason, …) are additions that scorers ignore.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsevents.model import ActorMention, Document, Event, Quote

FORMAT_VERSION = "newsevents-interchange/3"


def output_id(doc: Document) -> str:
    """The caller's own id when the input had one, else the content-derived article id."""
    source_id = doc.article.meta.get("source_id")
    return str(source_id) if source_id is not None else doc.article.id


def document_record(doc: Document) -> dict[str, Any]:
    return {
        "id": output_id(doc),
        "format": FORMAT_VERSION,
        "published": doc.article.published.isoformat() if doc.article.published else None,
        "events": [event_record(doc, e) for e in doc.events],
        "places": [
            {
                "start": p.start,
                "end": p.end,
                "text": p.text,
                "name": p.name,
                "geonameid": p.geonameid,
                "lat": p.lat,
                "lon": p.lon,
                "country": p.country,
                "admin1": p.admin1,
                "precision": p.precision,
                "literal": p.literal,
                "use": p.use,
            }
            for p in doc.places
        ],
        "times": [
            {"start": t.start, "end": t.end, "text": t.text, "value": t.value, "type": t.type}
            for t in doc.times
        ],
        "quotes": [quote_record(doc, q) for q in doc.quotes],
    }


def actor_record(actor: ActorMention) -> dict[str, Any]:
    return {
        "text": actor.text,
        "start": actor.start,
        "end": actor.end,
        "name": actor.name,
        "country": actor.country,
        "sector": actor.sector,
    }


def date_record(value: str, precision: str) -> dict[str, Any]:
    """An event date as FORMAT.md has it (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``). A week, which the
    model keeps as its first day, has no such form: its value is the month holding most of its days
    (its Thursday's, as ISO 8601 counts weeks; a weekend's Saturday), so that no reader takes it for
    a day, and ``week`` names it exactly."""
    if precision != "week":
        return {"value": value, "precision": precision}
    first = dt.date.fromisoformat(value)
    middle = first if first.weekday() >= 5 else first + dt.timedelta(days=3 - first.weekday())
    year, week, _ = first.isocalendar()
    return {"value": middle.strftime("%Y-%m"), "precision": "week", "week": f"{year}-W{week:02d}"}


def event_record(doc: Document, event: Event) -> dict[str, Any]:
    loc = event.location
    return {
        "event_type": event.event_type,
        "mode": event.mode,
        "cameo": event.cameo,
        "quad_class": event.quad_class,
        "source": [actor_record(doc.actors[i]) for i in event.source],
        "target": [actor_record(doc.actors[i]) for i in event.target],
        "date": date_record(event.date.value, event.date.precision) if event.date else None,
        "location": (
            {
                "name": loc.name,
                "geonameid": loc.geonameid,
                "lat": loc.lat,
                "lon": loc.lon,
                "country": loc.country,
                "precision": loc.precision,
            }
            if loc
            else None
        ),
        "modality": event.modality,
        "attributed_source": event.attributed_source,
        "quote": event.quote,  # index into this record's "quotes" when the event is known through one
        "trigger": {
            "start": event.trigger.start,
            "end": event.trigger.end,
            "text": doc.text[event.trigger.start : event.trigger.end],
        },
        "evidence": {"start": event.evidence.start, "end": event.evidence.end} if event.evidence else None,
        "confidence": round(event.prov.confidence, 4),
        "reason": event.prov.reason,
    }


def quote_record(doc: Document, quote: Quote) -> dict[str, Any]:
    speaker = None
    if quote.speaker is not None:
        speaker = {
            "start": quote.speaker.start,
            "end": quote.speaker.end,
            "text": doc.text[quote.speaker.start : quote.speaker.end],
            "name": quote.speaker_name,
            "country": quote.speaker_country,
            "sector": quote.speaker_sector,
        }
    return {
        "content": {"start": quote.content.start, "end": quote.content.end},
        "speaker": speaker,
        "cue": {"start": quote.cue.start, "end": quote.cue.end} if quote.cue else None,
        "direct": quote.direct,
        "claim": quote.claim,
        "resolved_speaker": quote.speaker_name,
        "reason": quote.prov.reason,
    }
