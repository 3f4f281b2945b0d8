"""Publication dates: ISO 8601 for library callers, and the forms real feeds carry for input items.

At ground level, importing nothing of newsevents, because both the model (``Article`` takes a date
string) and ``ingest`` (every input format's date field) read dates.

:func:`parse_published` is strict (ISO 8601 only) and raises. :func:`read_published` reads what news
feeds actually carry and never raises: a value it cannot read is dropped with the reason, so the
caller keeps the article and records a warning on it. The rules of :func:`read_published`:

- ISO 8601 dates and datetimes (``2024-12-09``, ``2024-12-09T23:30:00-05:00``), the date as written.
- RFC 2822 (``Mon, 09 Dec 2024 10:00:00 +0000``), as RSS feeds write them.
- A month name with a day and optionally a year, in either order, with or without a weekday:
  ``December 9``, ``Dec. 9, 2024``, ``9 December 2024``, ``Monday, December 9, 2024``.
- Numbers with ``/``, ``.`` or ``-`` between them: ``2024/12/09`` is year-first; otherwise the year is
  last and **the day comes first** (``9/12/2024`` is 9 December 2024), as most of the world writes
  dates, unless the first number is over 12 and the second not (then it is day-first anyway) or the
  second is over 12 (``12/25/2024``: month-first, the only reading that is a date).
- A number (or a string of digits): eight digits that form a date are ``YYYYMMDD`` (``20250101``);
  otherwise seconds since 1970-01-01 UTC, or milliseconds when over 10^11 (as JavaScript writes them).
- A date without a year (``December 9``) is returned as a month and day: the caller infers the year
  from the text, or keeps it at month-day precision.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass
from functools import cache

from newsevents.knowledge import packaged, read_tsv

#: Where month names are: the time words' lexicon, one vocabulary for every reader of dates.
_LEXICON = "times/lexicon.tsv"


@cache
def _months() -> dict[str, int]:
    """Month names and abbreviations (without their full stop) to month numbers, read once: the
    publication date of every article is parsed with them, before any pipeline exists."""
    rows = read_tsv(packaged(_LEXICON), ("word", "category", "value"))
    return {r["word"].lower().rstrip("."): int(r["value"]) for r in rows if r["category"] == "month"}


_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_MONTH = r"(?P<month>[a-z]+)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>\d{4}))?"
_MONTH_DAY = re.compile(rf"{_WEEKDAY}{_MONTH}\s+{_DAY}{_YEAR}", re.IGNORECASE)
_DAY_MONTH = re.compile(rf"{_WEEKDAY}{_DAY}\.?\s+(?:of\s+)?{_MONTH}{_YEAR}", re.IGNORECASE)
_YEAR_FIRST = re.compile(r"(?P<year>\d{4})[/.](?P<month>\d{1,2})[/.](?P<day>\d{1,2})")
_YEAR_LAST = re.compile(r"(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<year>\d{4}|\d{2})")
#: Epoch values over this are milliseconds: 10^11 seconds is the year 5138, 10^11 ms is 1973.
_MILLISECONDS_ABOVE = 10**11
#: Epoch seconds from 1970 up to the end of 2199; anything outside is not a publication date.
_EPOCH_MAX = 7258118400


@dataclass(frozen=True, slots=True)
class Published:
    """What :func:`read_published` made of a value: a date, a month and day without a year, or why not."""

    date: dt.date | None = None
    month_day: tuple[int, int] | None = None
    problem: str | None = None  # set when a value was given but is not a date; the value is dropped


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


def read_published(value: object) -> Published:
    """The publication date of an input item, read by the rules of this module's docstring; never raises."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return Published()
    if isinstance(value, bool) or not isinstance(value, str | int | float | dt.date):
        return Published(problem=f"a {type(value).__name__} is not a date")
    if isinstance(value, dt.date):
        return Published(date=value.date() if isinstance(value, dt.datetime) else value)
    if isinstance(value, int | float):
        return _number(value)
    text = " ".join(value.split())
    try:
        return Published(date=parse_published(text))
    except ValueError:
        pass
    if text.isdigit():
        return _number(int(text))
    return _words(text) or _numeric(text) or _rfc2822(text) or Published(problem="not a date")


def _number(value: float) -> Published:
    if value != value or value in (float("inf"), float("-inf")):  # NaN and infinities
        return Published(problem="not a date")
    if isinstance(value, int) and 10_000_000 <= value <= 99_991_231:
        day = _date(value // 10_000, value // 100 % 100, value % 100)
        if day is not None:
            return Published(date=day)
    seconds = value / 1000 if abs(value) > _MILLISECONDS_ABOVE else value
    if not 0 < seconds < _EPOCH_MAX:
        return Published(problem="a number outside the range of epoch seconds (1970-2199)")
    return Published(date=dt.datetime.fromtimestamp(seconds, dt.UTC).date())


def _words(text: str) -> Published | None:
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        match = pattern.fullmatch(text.rstrip("."))
        if match is None or match.group("month").lower() not in _months():
            continue
        month, day = _months()[match.group("month").lower()], int(match.group("day"))
        if match.group("year") is None:
            return _month_day(month, day)
        return _checked(int(match.group("year")), month, day)
    return None


def _numeric(text: str) -> Published | None:
    match = _YEAR_FIRST.fullmatch(text)
    if match is not None:
        return _checked(int(match.group("year")), int(match.group("month")), int(match.group("day")))
    match = _YEAR_LAST.fullmatch(text)
    if match is None:
        return None
    a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
    year += 2000 if year < 100 else 0
    day, month = (b, a) if b > 12 and a <= 12 else (a, b)  # day first unless only month-first is a date
    return _checked(year, month, day)


def _rfc2822(text: str) -> Published | None:
    try:
        stamp = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return Published(date=stamp.date())


def _month_day(month: int, day: int) -> Published:
    if _date(2024, month, day) is None:  # a leap year, so that 29 February stands
        return Published(problem=f"month {month} has no day {day}")
    return Published(month_day=(month, day))


def _checked(year: int, month: int, day: int) -> Published:
    found = _date(year, month, day)
    if found is None:
        return Published(problem=f"{year:04d}-{month:02d}-{day:02d} does not exist")
    return Published(date=found)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
