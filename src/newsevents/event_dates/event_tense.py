"""Tense checks for borrowing a time expression that does not govern an event.

A borrowed time must fit the event's clause: a past time does not date a present or future clause
("Rebels seized the town on Monday. They now control it."), nor a future time a past one. And a
sentence told in the present ("Syria has been at war since 2011", "Analysts say the truce collapsed
in 2019") gives the next sentence none of its historical times: they are background, not the story's
day.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from newsevents.model import DatePrecision
from newsevents.times import constants as K
from newsevents.times.tense import Tense, TenseCues, clause_tense

_VERBAL = frozenset({"VERB", "AUX"})
#: Tags of verbs that show a tense by themselves (MD: "would", "may").
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_COARSE = frozenset({"year", "decade", "century"})


def tense_above(sdoc: Any, tok: Any, cues: TenseCues) -> Tense | None:
    """The tense of the clause holding ``tok``: that of the first verb above it that shows a tense or
    is a to-infinitive (a noun, gerund or participle takes its governing verb's). A present perfect
    ("has denied") is present: it places nothing at a past date. None when no verb is above."""
    if sdoc is None or tok is None:
        return None
    while not (tok.pos_ in _VERBAL and tok.dep_ not in ("amod", "compound") and _tensed(tok)):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    if tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ in _PRESENT_TAGS for c in tok.children):
        return "present"
    return clause_tense(sdoc, tok.idx, tok.idx + len(tok.text), cues)


def simple_present(sdoc: Any, tok: Any) -> bool:
    """Whether the clause holding ``tok`` is told in the simple present ("Authorities accuse the
    suspects", "The ministry says"): its first tensed verb is itself a present form, not a perfect,
    passive or progressive built on one."""
    if sdoc is None or tok is None:
        return False
    while not (tok.pos_ in _VERBAL and tok.dep_ not in ("amod", "compound") and _tensed(tok)):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return bool(tok.tag_ in _PRESENT_TAGS and tok.pos_ == "VERB")


def clash(event: Tense | None, time: Tense | None) -> bool:
    """Whether a time of tense ``time`` cannot date an event whose clause has tense ``event``. A time
    in a present clause (or of unknown tense) goes with anything."""
    return event is not None and time is not None and time != "present" and time != event


def historical(value: str, precision: DatePrecision, published: dt.date | None) -> bool:
    """Whether an event-date value ended well before the publication date (without one: whether it
    is a year or coarser)."""
    if published is None:
        return precision in _COARSE
    return _last_day(value, precision) < published - dt.timedelta(days=K.EVENT_DATE_HISTORICAL_DAYS)


def after(value: str, published: dt.date | None) -> bool:
    """Whether an event-date value begins after the publication date: a past event cannot have
    happened then ("praised the agents ... the legislature could cut its funding next year")."""
    if published is None:
        return False
    parts = [int(p) for p in value.split("-")]
    first = dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    return first > published


def _last_day(value: str, precision: DatePrecision) -> dt.date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    day = dt.date(parts[0], parts[1], parts[2])
    return day + dt.timedelta(days=6) if precision == "week" else day


def _tensed(verb: Any) -> bool:
    if verb.tag_ in _FINITE_TAGS:
        return True
    return any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ in _FINITE_TAGS or c.lower_ == "to") for c in verb.children
    )
