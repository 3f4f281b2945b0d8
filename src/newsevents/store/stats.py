"""Event counts by period (day, week, month) and one dimension (type, country, modality), aggregated
by DuckDB over the events of a filter, for charts.

An event is counted in a period only when its date is at least that precise: a day-precise date in
its day, week (ISO, starting on Monday) and month; a week-precise date in its week, and in its month
when all seven days fall in it; a month-precise date in its month. The others (no date, a year, a week
that straddles two months for ``month``) are counted as ``not_placed``, never spread over periods.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from newsevents.errors import NewsEventsError
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


def stats_sql(f: EventFilter, interval: str, by: str) -> tuple[str, list[Any]]:
    """One row per (period, key) with its count, the period NULL for the events not placed in one;
    ``f``'s limit and offset are ignored (every matching event is counted)."""
    interval, by = check(interval, by)
    clause, params = where(replace(f, limit=None, offset=0))
    sql = (
        f"SELECT {PERIODS[interval]} AS period, {DIMENSIONS[by]} AS key, count(*) AS n "
        f"FROM events{clause} GROUP BY ALL ORDER BY period NULLS LAST, key NULLS LAST"
    )
    return sql, params
