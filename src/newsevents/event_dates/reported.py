"""The day of a reported act, when the time of its sentence dates the report, not the act.

A lead often dates the telling, not what is told: "Fifteen people were killed when gunmen attacked a
village, residents said on Tuesday" says when the residents spoke; the killing happened then or before.
News then gives the act's own day in the sentence that follows ("The attack happened on Monday
afternoon", "The strikes hit the town on Sunday"). So when the expression that dates an event hangs on
the reporting verb whose content holds the event (not on the event's own verb), a day of the next
sentence that lies before the report's, by at most a week, is the act's day. Without one, the report's
day stands: an act reported the day it happened is told the same way.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsevents.model import Document, Quote

#: How many days before its report an act told in the next sentence may be: a report tells the
#: news of the last days; an earlier day in the next sentence is background. Set by reasoning, not tuning.
REPORTED_ACT_DAYS = 7


def report_of(doc: Document, root: Any, trigger_start: int, time_root: Any) -> Quote | None:
    """The report whose verb the time expression hangs on while the event lies in its content, else
    None: the time's head is the verb above the event's (``root.head``), and that verb is the cue of
    a quotation whose content holds the trigger."""
    if root is None or time_root is None or root.head.i == root.i:
        return None
    verb = root.head
    if not _hangs_on(time_root, verb.i):
        return None
    for quote in doc.quotes:
        cue = quote.cue
        if cue is None or not (cue.start <= verb.idx < cue.end):
            continue
        if quote.content.start <= trigger_start < quote.content.end:
            return quote
    return None


def earlier_day(report_day: str, following: list[tuple[str, str]]) -> int | None:
    """The position in ``following`` (the event-date values of the next sentence's times) of the first
    day before the report's, by at most ``REPORTED_ACT_DAYS``."""
    reported = _day(report_day)
    if reported is None:
        return None
    for i, (value, precision) in enumerate(following):
        day = _day(value) if precision == "day" else None
        if day is not None and reported - dt.timedelta(days=REPORTED_ACT_DAYS) <= day < reported:
            return i
    return None


def _hangs_on(tok: Any, target: int) -> bool:
    """Whether the time's root reaches ``target`` through its head or a preposition's ("said on Tuesday",
    "said Tuesday")."""
    head = tok.head
    if head.i == target:
        return True
    return bool(head.dep_ == "prep" and head.head.i == target)


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None
