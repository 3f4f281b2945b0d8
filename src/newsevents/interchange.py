"""The JSONL interchange format of ../shared/eval/FORMAT.md: one article per line in, one out.

Output lines carry ``"format": FORMAT_VERSION`` so consumers can tell versions apart; fields beyond
FORMAT.md (cameo, quad_class, trigger, reason, …) are additions that scorers ignore.
"""

from __future__ import annotations

import datetime as dt

from newsevents.flat import (
    Row,
    actor_fields,
    article_fields,
    event_fields,
    nest,
    place_fields,
    quote_fields,
    select,
    time_fields,
)
from newsevents.model import ActorMention, Document, Event, Quote

#: 5: events carry ``magnitudes``, the counts they are told with, and ``joint``: true when the two sides
#: share a party ("Putin and Trump agreed" lists both as source and as target), which is one act of the
#: parties together, not two directed acts. 4: events carry ``mentions``, their other mentions in the
#: article (docs/CLI.md).
FORMAT_VERSION = "newsevents-interchange/5"

#: The fields of each part that a record carries, in the order it writes them.
_PLACE_KEYS = ("start", "end", "text", "name", "geonameid", "lat", "lon", "country", "admin1", "precision",
               "literal", "use")  # fmt: skip
_TIME_KEYS = ("start", "end", "text", "value", "type")
_ACTOR_KEYS = ("text", "start", "end", "name", "country", "sector")
_LOCATION_KEYS = ("name", "geonameid", "lat", "lon", "country", "precision")
_SPEAKER_KEYS = ("start", "end", "text", "name", "country", "sector")
_SPAN_KEYS = ("start", "end")
_TRIGGER_KEYS = ("start", "end", "text")
_MAGNITUDE_KEYS = ("kind", "best", "low", "high", "side", "cumulative", "source")


def output_id(doc: Document) -> str:
    """The caller's own id when the input had one, else the content-derived article id."""
    article = article_fields(doc.article)
    return str(article["source_id"] if article["source_id"] is not None else article["article_id"])


def document_record(doc: Document) -> Row:
    """One output line. ``language`` (when not English) and ``warnings`` (when there are any: a
    publication date dropped or kept without its year, replaced characters) are written only when
    they say something, so that the lines of ordinary English articles are unchanged."""
    article = article_fields(doc.article)
    published = article["published"]
    record: Row = {
        "id": output_id(doc),
        "format": FORMAT_VERSION,
        "published": published.isoformat() if published else None,
    }
    meta = article["meta"]
    if meta.get("published_month_day") and not published:
        record["published_month_day"] = meta["published_month_day"]
    if meta.get("language") not in (None, "en", "und"):
        record["language"] = meta["language"]
    if meta.get("warnings"):
        record["warnings"] = list(meta["warnings"])
    record.update(
        {
            "events": [event_record(doc, e) for e in doc.events],
            "places": [select(place_fields(p), _PLACE_KEYS) for p in doc.places],
            "times": [select(time_fields(t), _TIME_KEYS) for t in doc.times],
            "quotes": [quote_record(doc, q) for q in doc.quotes],
        }
    )
    return record


def actor_record(actor: ActorMention) -> Row:
    return select(actor_fields(actor), _ACTOR_KEYS)


def date_record(value: str, precision: str) -> Row:
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


def event_record(doc: Document, event: Event) -> Row:
    fields = event_fields(event, doc)
    value, precision = fields["date_value"], fields["date_precision"]
    return {
        "event_type": fields["event_type"],
        "mode": fields["mode"],
        "cameo": fields["cameo"],
        "quad_class": fields["quad_class"],
        "source": [actor_record(doc.actors[i]) for i in event.source],
        "target": [actor_record(doc.actors[i]) for i in event.target],
        "joint": event.joint,
        "date": None if value is None else date_record(value, precision),
        "location": nest(fields, "location_", _LOCATION_KEYS),
        "modality": fields["modality"],
        "attributed_source": fields["attributed_source"],
        "quote": event.quote,  # index into this record's "quotes" when the event is known through one
        "trigger": nest(fields, "trigger_", _TRIGGER_KEYS),
        "evidence": nest(fields, "evidence_", _SPAN_KEYS),
        "mentions": [mention_record(m) for m in fields["mentions"]],
        "magnitudes": [magnitude_record(m) for m in fields["magnitudes"]],
        "confidence": round(fields["confidence"], 4),
        "reason": fields["reason"],
    }


def mention_record(fields: Row) -> Row:
    """One more mention of an event: its trigger and the sentence stating it."""
    return {
        "trigger": nest(fields, "trigger_", _TRIGGER_KEYS),
        "evidence": nest(fields, "evidence_", _SPAN_KEYS),
    }


def magnitude_record(fields: Row) -> Row:
    """One count of an event: what and how many (UCDP's best/low/high), whose, whether a running
    toll, who gives it, the span it came from and why."""
    return {
        **select(fields, _MAGNITUDE_KEYS),
        "span": nest(fields, "span_", _TRIGGER_KEYS),
        "confidence": round(fields["confidence"], 4),
        "reason": fields["reason"],
    }


def quote_record(doc: Document, quote: Quote) -> Row:
    fields = quote_fields(quote, doc.text)
    return {
        "content": nest(fields, "content_", _SPAN_KEYS),
        "speaker": nest(fields, "speaker_", _SPEAKER_KEYS),
        "cue": nest(fields, "cue_", _SPAN_KEYS),
        "direct": fields["direct"],
        "claim": fields["claim"],
        "resolved_speaker": fields["speaker_name"],
        "reason": fields["reason"],
    }
