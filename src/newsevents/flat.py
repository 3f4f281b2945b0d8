"""The one mapping of the document model to flat fields, read by the store and the interchange writer.

Each function turns one model object into a dict of plain values, named as the store's columns are
(``store/schema.py``; a test holds the two together). A part of an object is flattened under the
part's name as prefix: an event's ``trigger`` span gives ``trigger_start``, ``trigger_end`` and
``trigger_text``, its date's provenance ``date_stage``, ``date_confidence`` and ``date_reason``. The
store keeps these fields as they are; the interchange writer nests them back by prefix (:func:`nest`).

Links between objects (an event's actors, a quote's speaker, the time that dated an event) are
indices in the model; each reader turns them into what it links by (row ids, record positions), so
they are left out here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsevents.model import (
    ActorMention,
    Article,
    Document,
    Event,
    EventDate,
    EventLocation,
    EventMention,
    Magnitude,
    PlaceMention,
    Provenance,
    Quote,
    Span,
    TimeMention,
)

Row = dict[str, Any]


def select(fields: Row, keys: Sequence[str]) -> Row:
    """The ``keys`` of ``fields``, in the order of ``keys``."""
    return {key: fields[key] for key in keys}


def nest(fields: Row, prefix: str, keys: Sequence[str]) -> Row | None:
    """The fields ``prefix + key`` for each of ``keys`` as a dict by key, or None when the part is
    absent, which its first key (a span's start, a location's name) being None says."""
    if fields[prefix + keys[0]] is None:
        return None
    return {key: fields[prefix + key] for key in keys}


def _prov(prov: Provenance | None, prefix: str = "") -> Row:
    return {
        f"{prefix}stage": None if prov is None else prov.stage,
        f"{prefix}confidence": None if prov is None else prov.confidence,
        f"{prefix}reason": None if prov is None else prov.reason,
    }


def _span(prefix: str, text: str, span: Span | None) -> Row:
    return {
        f"{prefix}start": None if span is None else span.start,
        f"{prefix}end": None if span is None else span.end,
        f"{prefix}text": None if span is None else text[span.start : span.end],
    }


def article_fields(article: Article) -> Row:
    source_id = article.meta.get("source_id")
    return {
        "article_id": article.id,
        "source": article.source,
        "source_id": None if source_id is None else str(source_id),
        "title": article.title,
        "url": article.url,
        "published": article.published,
        "text": article.text,
        "n_chars": len(article.text),
        "meta": article.meta,
    }


def _mention(mention: ActorMention | PlaceMention | TimeMention) -> Row:
    return {"start": mention.start, "end": mention.end, "text": mention.text, "sentence": mention.sentence}


def actor_fields(mention: ActorMention) -> Row:
    return {
        **_mention(mention),
        "name": mention.name,
        "actor_id": mention.actor_id,
        "country": mention.country,
        "sector": mention.sector,
        "kind": mention.kind,
        **_prov(mention.prov),
    }


def place_fields(place: PlaceMention) -> Row:
    return {
        **_mention(place),
        "name": place.name,
        "geonameid": place.geonameid,
        "lat": place.lat,
        "lon": place.lon,
        "country": place.country,
        "admin1": place.admin1,
        "precision": place.precision,
        "use": place.use,
        "literal": place.literal,
        **_prov(place.prov),
    }


def time_fields(time: TimeMention) -> Row:
    return {
        **_mention(time),
        "type": time.type,
        "value": time.value,
        "precision": time.precision,
        **_prov(time.prov),
    }


def quote_fields(quote: Quote, text: str) -> Row:
    speaker = _span("speaker_", text, quote.speaker)
    if quote.speaker_text is not None:
        speaker["speaker_text"] = quote.speaker_text
    return {
        "sentence": quote.sentence,
        **_span("content_", text, quote.content),
        "direct": quote.direct,
        **_span("cue_", text, quote.cue),
        **speaker,
        "speaker_name": quote.speaker_name,
        "speaker_country": quote.speaker_country,
        "speaker_sector": quote.speaker_sector,
        "claim": quote.claim,
        "claim_cue": quote.claim_cue,
        **_prov(quote.prov),
    }


def _date(date: EventDate | None) -> Row:
    return {
        "date_value": None if date is None else date.value,
        "date_precision": None if date is None else date.precision,
        **_prov(None if date is None else date.prov, "date_"),
    }


def _location(loc: EventLocation | None) -> Row:
    return {
        "location_name": None if loc is None else loc.name,
        "location_geonameid": None if loc is None else loc.geonameid,
        "location_lat": None if loc is None else loc.lat,
        "location_lon": None if loc is None else loc.lon,
        "location_country": None if loc is None else loc.country,
        "location_admin1": None if loc is None else loc.admin1,
        "location_precision": None if loc is None else loc.precision,
        **_prov(None if loc is None else loc.prov, "location_"),
    }


def mention_fields(mention: EventMention, text: str) -> Row:
    """One more mention of an event (``Event.mentions``): its trigger and the sentence stating it."""
    return {
        **_span("trigger_", text, mention.trigger),
        "sentence": mention.sentence,
        **_span("evidence_", text, mention.evidence),
    }


def magnitude_fields(magnitude: Magnitude, text: str) -> Row:
    """One count an event is told with (``Event.magnitudes``): kind, UCDP's best/low/high, the
    victims' side, whether it is a running toll, who gives it, its span and why."""
    return {
        "kind": magnitude.kind,
        "best": magnitude.best,
        "low": magnitude.low,
        "high": magnitude.high,
        "side": magnitude.side,
        "cumulative": magnitude.cumulative,
        "source": magnitude.source,
        **_span("span_", text, magnitude.span),
        "sentence": magnitude.sentence,
        **_prov(magnitude.prov),
    }


def event_fields(event: Event, doc: Document) -> Row:
    sentence = doc.sentences[event.sentence] if 0 <= event.sentence < len(doc.sentences) else None
    return {
        "event_type": event.event_type,
        "mode": event.mode,
        "cameo": event.cameo,
        "quad_class": event.quad_class,
        **_span("trigger_", doc.text, event.trigger),
        "sentence": event.sentence,
        "sentence_start": None if sentence is None else sentence.start,
        "sentence_end": None if sentence is None else sentence.end,
        **_span("evidence_", doc.text, event.evidence),
        "mentions": [mention_fields(m, doc.text) for m in event.mentions],
        "magnitudes": [magnitude_fields(m, doc.text) for m in event.magnitudes],
        **_date(event.date),
        **_location(event.location),
        "modality": event.modality,
        "modality_cue": event.modality_cue,
        "attributed_source": event.attributed_source,
        **_prov(event.prov),
    }
