"""The date of an event: the time expression governing its clause, else the nearest one around it.

Precedence: (1) a dated expression syntactically attached to the trigger or to the word the trigger
depends on ("landed in Damascus on Sunday", "held a phone call the previous evening"); (2) the nearest
dated expression of the trigger's sentence; (3) the last one of the sentence before; (4) the
publication date, at day precision; (5) no date. Durations, sets and vague references never date an
event.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from newsevents.model import DatePrecision, Document, Event, EventDate, Provenance, TimeMention
from newsevents.temporal import constants as K

#: Dependency labels by which a time expression modifies a verb or noun directly.
_TIME_DEPS = frozenset({"npadvmod", "tmod", "obl", "nmod", "advmod", "pobj", "appos", "compound"})
_TIME_PREPS = frozenset({"on", "in", "at", "during", "since", "by", "until", "from", "before", "after", "of"})


def event_date_value(time: TimeMention) -> tuple[str, DatePrecision] | None:
    """The event-date form (YYYY-MM-DD, YYYY-MM or YYYY) of a time mention, or None if it has none.

    Times of day become their day; a week becomes its Monday (a weekend its Saturday); quarters,
    halves and seasons become their year; precision is kept.
    """
    if time.type not in ("DATE", "TIME") or not time.value:
        return None
    value = time.value
    precision = time.precision or "day"
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    if m:
        return m.group(0), "day" if precision == "time" else precision
    w = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
    if w:
        day = dt.date.fromisocalendar(int(w[1]), int(w[2]), 6 if w[3] else 1)
        return day.isoformat(), "week"
    m = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if m:
        return value, "month"
    m = re.fullmatch(r"(\d{4})(?:-(?:Q\d|H\d|SP|SU|FA|WI))?", value)
    if m:
        return m[1], precision
    return None


def date_event(doc: Document, event: Event, stage: str = "event_dates") -> EventDate | None:
    """The date of ``event`` by the precedence in the module docstring."""
    dated = [(i, t, v) for i, t in enumerate(doc.times) if (v := event_date_value(t)) is not None]
    in_sentence = [d for d in dated if d[1].sentence == event.sentence]
    governing = _governing(doc.spacy, event, in_sentence)
    if governing is not None:
        return _from_time(governing, K.EVENT_DATE_GOVERNING, stage, "time expression governing the trigger")
    if in_sentence:
        centre = (event.trigger.start + event.trigger.end) / 2
        nearest = min(in_sentence, key=lambda d: abs((d[1].start + d[1].end) / 2 - centre))
        return _from_time(nearest, K.EVENT_DATE_SAME_SENTENCE, stage, "nearest date in the same sentence")
    before = [d for d in dated if d[1].sentence == event.sentence - 1]
    if before:
        return _from_time(before[-1], K.EVENT_DATE_PREVIOUS_SENTENCE, stage, "date of the previous sentence")
    published = doc.article.published
    if published is not None:
        return EventDate(
            published.isoformat(),
            "day",
            Provenance(stage, K.EVENT_DATE_PUBLICATION, "publication date fallback"),
        )
    return None


def _from_time(found: tuple[int, TimeMention, tuple[str, DatePrecision]], weight: float, stage: str,
               how: str) -> EventDate:  # fmt: skip
    index, time, (value, precision) = found
    reason = how if time.prov.reason is None else f"{how}; {time.prov.reason}"
    return EventDate(
        value, precision, Provenance(stage, round(weight * time.prov.confidence, 3), reason), index
    )


def _governing(
    sdoc: Any, event: Event, candidates: list[tuple[int, TimeMention, tuple[str, DatePrecision]]]
) -> tuple[int, TimeMention, tuple[str, DatePrecision]] | None:
    if sdoc is None or not candidates:
        return None
    trig = sdoc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if trig is None or len(trig) == 0:
        return None
    root = trig.root
    targets = {root.i, root.head.i}
    # Fewest hops wins; on a tie, an expression on the trigger itself beats one on the trigger's head
    # ("landed on Sunday, hours after X held a call the previous evening": the call is the evening's).
    best: tuple[tuple[int, int], tuple[int, TimeMention, tuple[str, DatePrecision]]] | None = None
    for cand in candidates:
        span = sdoc.char_span(cand[1].start, cand[1].end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        found = _attachment(span.root, targets)
        if found is None:
            continue
        rank = (found[0], 0 if found[1] == root.i else 1)
        if best is None or rank < best[0]:
            best = (rank, cand)
    return None if best is None else best[1]


def _attachment(tok: Any, targets: set[int]) -> tuple[int, int] | None:
    """Hops from a time expression's root up to a target token through temporal attachments, and that
    target's index; None when the expression hangs elsewhere."""
    for step in range(1, K.EVENT_DATE_CLIMB + 1):
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in _TIME_PREPS:
            tok = tok.head
        elif tok.dep_ not in _TIME_DEPS and tok.dep_ != "prep":
            return None
        head = tok.head
        if head.i == tok.i:
            return None
        if head.i in targets:
            return step, head.i
        tok = head
    return None
