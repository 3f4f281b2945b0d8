"""Event counts by period (day, week, month) and one dimension (type, country, modality), aggregated
by DuckDB over the events of a filter, for charts.

An event is counted in a period only when its date is at least that precise: a day-precise date in
its day, week (ISO, starting on Monday) and month; a week-precise date in its week, and in its month
when all seven days fall in it; a month-precise date in its month. The others (no date, a year, a week
that straddles two months for ``month``) are counted as ``not_placed``, never spread over periods.

Each count comes with the sums of the events' own magnitudes by kind (killed, injured, ...): each
event gives its own figure of a kind by the rule of ``newsevents.magnitudes.totals.own_count`` (the
ACLED export's fatalities: best estimate, else low bound; running tolls never; counts of different
sides add up, restatements give the largest), computed by DuckDB (``newsevents.store.magnitude_sql``),
and a bucket's sum of a kind adds those figures. Events told with no count of a kind add nothing, and
a kind no event of a bucket is told with is left out of it rather than given as 0.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from newsevents.errors import NewsEventsError
from newsevents.model import MAGNITUDE_KINDS
from newsevents.store.magnitude_sql import own_count_sql
from newsevents.store.query import EventFilter, where

_DAY = "date_precision IN ('day', 'time') AND length(date_value) >= 10"
_AS_DATE = "TRY_CAST(substr(date_value, 1, 10) AS DATE)"
#: The period an event's date falls in, as text, or NULL when the date is too coarse for it.
PERIODS: dict[str, str] = {
    "day": f"CASE WHEN {_DAY} THEN substr(date_value, 1, 10) END",
    "week": (
        f"CASE WHEN ({_DAY}) OR (date_precision = 'week' AND length(date_value) >= 10) "
        f"THEN strftime(date_trunc('week', {_AS_DATE}), '%Y-%m-%d') END"
    ),
    "month": (
        f"CASE WHEN ({_DAY}) OR (date_precision = 'month' AND length(date_value) >= 7) "
        f"OR (date_precision = 'week' AND strftime({_AS_DATE} + 6, '%Y-%m') = substr(date_value, 1, 7)) "
        "THEN substr(date_value, 1, 7) END"
    ),
}
#: What an event is counted under. ``country`` is where it happened (its location's country), not
#: its actors' countries: an event has one location and would be counted twice by its two sides.
DIMENSIONS: dict[str, str] = {
    "type": "event_type",
    "country": "location_country",
    "modality": "modality",
}


def check(interval: str, by: str) -> tuple[str, str]:
    """``interval`` and ``by`` validated (E209 names what is accepted)."""
    if interval not in PERIODS:
        raise NewsEventsError(
            "E209", what="interval", value=interval, hint="Use one of: " + ", ".join(PERIODS)
        )
    if by not in DIMENSIONS:
        raise NewsEventsError("E209", what="by", value=by, hint="Use one of: " + ", ".join(DIMENSIONS))
    return interval, by


def _sums() -> str:
    return ", ".join(f"sum({own_count_sql('magnitudes', kind)}) AS {kind}" for kind in MAGNITUDE_KINDS)


def stats_sql(f: EventFilter, interval: str, by: str) -> tuple[str, list[Any]]:
    """One row per (period, key) with its count and its sums of each kind of :data:`MAGNITUDE_KINDS`,
    the period NULL for the events not placed in one; ``f``'s limit and offset are ignored (every
    matching event is counted)."""
    interval, by = check(interval, by)
    clause, params = where(replace(f, limit=None, offset=0))
    sql = (
        f"SELECT {PERIODS[interval]} AS period, {DIMENSIONS[by]} AS key, count(*) AS n, {_sums()} "
        f"FROM events{clause} GROUP BY ALL ORDER BY period NULLS LAST, key NULLS LAST"
    )
    return sql, params


def told(sums: Sequence[int | None]) -> dict[str, int]:
    """The sums of one row of :func:`stats_sql` by kind, the kinds no event of it is told with left
    out (a sum of no count is unknown, not 0)."""
    return {kind: int(n) for kind, n in zip(MAGNITUDE_KINDS, sums, strict=True) if n is not None}


def add(totals: Mapping[str, int], sums: Mapping[str, int]) -> dict[str, int]:
    """``totals`` with one bucket's ``sums`` added, in the order of :data:`MAGNITUDE_KINDS`: a kind is
    in the totals when any bucket has it."""
    return {
        kind: totals.get(kind, 0) + sums.get(kind, 0)
        for kind in MAGNITUDE_KINDS
        if kind in totals or kind in sums
    }
