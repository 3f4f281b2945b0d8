"""Calendar arithmetic and TIMEX3 value formatting."""

from __future__ import annotations

import calendar
import datetime as dt


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def add_months(d: dt.date, months: int) -> dt.date:
    total = d.year * 12 + (d.month - 1) + months
    year, month = divmod(total, 12)
    day = min(d.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day)


_DAYS_PER = {"D": 1, "W": 7, "WE": 7, "F": 14}
_MONTHS_PER = {"M": 1, "Q": 3, "Y": 12, "E": 120, "C": 1200}


def shift(d: dt.date, amount: int, unit: str) -> dt.date | None:
    """``d`` moved by ``amount`` units (D, W, F, M, Q, Y, E decade, C century); None past the calendar."""
    if unit in _DAYS_PER:
        ordinal = d.toordinal() + amount * _DAYS_PER[unit]
        return dt.date.fromordinal(ordinal) if 1 <= ordinal <= dt.date.max.toordinal() else None
    if unit not in _MONTHS_PER:
        return d
    months = amount * _MONTHS_PER[unit]
    if not dt.MINYEAR <= d.year + months // 12 <= dt.MAXYEAR - 1:
        return None
    return add_months(d, months)


def quarter(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def fmt_week(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def fmt_month(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def fmt_quarter(year: int, q: int) -> str:
    return f"{year:04d}-Q{q}"


def weekday_near(anchor: dt.date, weekday: int, forward: bool, strict: bool = False) -> dt.date:
    """The day with ISO ``weekday`` (1 = Monday) on or before ``anchor`` (or on or after, forward).

    ``strict`` excludes the anchor itself ("last Friday" said on a Friday means a week ago).
    """
    if forward:
        delta = (weekday - anchor.isoweekday()) % 7
        if strict and delta == 0:
            delta = 7
        return anchor + dt.timedelta(days=delta)
    delta = (anchor.isoweekday() - weekday) % 7
    if strict and delta == 0:
        delta = 7
    return anchor - dt.timedelta(days=delta)


def nth_weekday(year: int, month: int, n: int, weekday: int) -> dt.date:
    """The ``n``-th ISO ``weekday`` of a month; ``n = -1`` is the last."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def fmt_duration(amount: float | None, unit: str) -> str:
    """A TIMEX3 duration: P3D, PT5H, PXY; half units are written with the next smaller unit."""
    time_unit = unit.startswith("T")
    code = unit[1:] if time_unit else unit
    if unit == "E":
        code, amount = "Y", None if amount is None else amount * 10
    elif unit == "C":
        code, amount = "Y", None if amount is None else amount * 100
    elif unit == "F":
        code, amount = "W", None if amount is None else amount * 2
    elif unit in ("WE", "N"):
        code = "D"
    prefix = "PT" if time_unit else "P"
    if amount is None:
        return f"{prefix}X{code}"
    whole = int(amount)
    if amount == whole:
        return f"{prefix}{whole}{code}"
    smaller = {
        "Y": ("M", 12),
        "M": ("D", 30),
        "W": ("D", 7),
        "D": ("H", 24),
        "H": ("M", 60),
        "M_T": ("S", 60),
    }
    key = "M_T" if time_unit and code == "M" else code
    if key in smaller:
        sub, factor = smaller[key]
        rest = round((amount - whole) * factor)
        if code == "D":
            return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
        if whole:
            return f"{prefix}{whole}{code}{rest}{sub}"
        return f"{prefix}{rest}{sub}"
    return f"{prefix}{amount}{code}"
