"""The anchor of relative expressions: the publication date, or one inferred from the text itself.

Without a publication date, a weekday written beside a day and month ("Sunday, 16 November") fixes
the year: the most recent year, not after today, in which that day falls on that weekday. Failing
that, the latest full date written in the article ("4 October 2007") is the anchor.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from newsevents.times import calendar as cal
from newsevents.times.lexicon import Lexicon
from newsevents.times.recognize import Candidate

#: How far back to look for a year in which a weekday-date pair holds (it recurs every 5-11 years).
_MAX_YEARS_BACK = 30


@dataclass(frozen=True, slots=True)
class Anchor:
    date: dt.date | None
    reason: str | None  # None when the publication date is the anchor


def infer_anchor(
    published: dt.date | None, candidates: list[Candidate], text: str, lex: Lexicon, today: dt.date
) -> Anchor:
    if published is not None:
        return Anchor(published, None)
    paired: list[tuple[dt.date, str]] = []
    full: list[tuple[dt.date, str]] = []
    for cand in candidates:
        g = cand.groups
        surface = text[cand.start : cand.end]
        if cand.rule == "date":
            month = _int(lex.value("month", g.get("m1") or g.get("m2") or ""))
            day = int(re.sub(r"\D", "", g.get("d1") or g.get("d2") or "0"))
            if month is None:
                continue
            if g.get("y"):
                d = cal.safe_date(int(g["y"] or 0), month, day)
                if d is not None:
                    full.append((d, surface))
            elif g.get("wd"):
                wd = _int(lex.value("weekday", g.get("wd") or ""))
                d = _year_for_weekday(month, day, wd, today) if wd is not None else None
                if d is not None:
                    paired.append((d, surface))
        elif cand.rule in ("iso", "slash") and g.get("y") and len(g.get("y") or "") == 4:
            d = cal.safe_date(int(g["y"] or 0), int(g.get("m") or 0), int(g.get("d") or 0))
            if d is not None and d <= today:
                full.append((d, surface))
    if paired:
        d, surface = max(paired)
        return Anchor(
            d,
            f"no publication date: year {d.year} inferred from the weekday-date pair '{surface}' "
            f"(the latest year up to {today.isoformat()} in which it falls on that weekday)",
        )
    if full:
        d, surface = max(full)
        return Anchor(d, f"no publication date: anchored on the latest full date in the article, '{surface}'")
    return Anchor(None, None)


def _year_for_weekday(month: int, day: int, weekday: int, today: dt.date) -> dt.date | None:
    for year in range(today.year, today.year - _MAX_YEARS_BACK, -1):
        d = cal.safe_date(year, month, day)
        if d is not None and d <= today and d.isoweekday() == weekday:
            return d
    return None


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.lstrip("-").isdigit() else None
