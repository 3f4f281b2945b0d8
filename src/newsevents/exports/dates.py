"""Event dates as the other datasets write them: a day for every event, with how precise it is."""

from __future__ import annotations

import datetime as dt

from newsevents.flat import Row


def event_day(row: Row) -> tuple[dt.date, str] | None:
    """The first day of the event's date (a month is its first day, a week its first day as stored)
    and the date's precision. GDELT and ACLED need a day for every record: an event with no date takes
    its article's publication date (precision ``published``), and failing that the day its article
    was stored (``stored``), as GDELT dates an event by the day it read the article at the latest.
    None only for a row that has none of the three."""
    value, precision = row.get("date_value"), row.get("date_precision")
    if not value:
        value, precision = row.get("article_published"), "published"
    if not value:
        value, precision = row.get("run_started"), "stored"
    if not value:
        return None
    text = str(value)[:10]
    parts = text.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else 1
    day = int(parts[2]) if len(parts) > 2 else 1
    return dt.date(year, month, day), str(precision or "day")
