"""Publication dates: ISO 8601 dates and datetimes only, never a guess.

At ground level, importing nothing of newsevents, because both the model (``Article`` takes a date
string) and ``ingest`` (every input format's date field) read dates.
"""

from __future__ import annotations

import datetime as dt


def parse_published(value: object) -> dt.date | None:
    """The date in ``value``; None when it is missing or empty.

    Accepts ``YYYY-MM-DD`` (and the other ISO 8601 date forms) and ISO datetimes, whose date is taken
    as written, in the offset they state: a story stamped 23:30-05:00 appeared that day where it was
    published. Raises ValueError for anything else, so the caller can record E107 instead of guessing.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"not a date string: {value!r}")
    text = value.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return dt.datetime.fromisoformat(text).date()
