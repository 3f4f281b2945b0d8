"""The anchor of relative expressions: the publication date, or one inferred from the text itself.

Without a publication date, a full date on one of the first lines, standing as a field of its own
("date 2023-08-26 The junta ...", "By AP - Thursday, October 4, 2018", "January 23, 2014 (ADDIS
ABABA) –") is the publication date. Failing that, a weekday written beside a day and month
("Sunday, 16 November") fixes the year: the most recent year, not after today, in which that day
falls on that weekday. Failing that, the latest full date written in the article ("4 October 2007")
is the anchor.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from newsevents.model import DatePrecision
from newsevents.times import calendar as cal
from newsevents.times.lexicon import Lexicon
from newsevents.times.recognize import Candidate

#: A date written as folders of an article's address ("/2018/02/19/", "/2018/02/", "/2019/mar/27/"):
#: news sites file their pages under the year, month (a number or a month's name) and often the day
#: they published them.
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2]|[A-Za-z]{3,9})(?:/(0?[1-9]|[12]\d|3[01]))?(?=/)")

#: How far back to look for a year in which a weekday-date pair holds (it recurs every 5-11 years).
_MAX_YEARS_BACK = 30


#: A publication line is among the first lines of the text: page texts open with navigation, the
#: headline and a byline or date field, and the lede follows.
_HEADER_LINES = 3
#: ... with at most this many words before the date on its line ("By Associated Press -").
_HEADER_PREFIX_WORDS = 4


@dataclass(frozen=True, slots=True)
class Anchor:
    date: dt.date | None
    reason: str | None  # None when the publication date is the anchor
    #: True when the date is the text's own publication line: it then is the article's publication date.
    published: bool = False


def infer_anchor(
    published: dt.date | None, candidates: list[Candidate], text: str, lex: Lexicon, today: dt.date
) -> Anchor:
    if published is not None:
        return Anchor(published, None)
    header = _publication_line(candidates, text, lex, today)
    if header is not None:
        return Anchor(header[0], f"publication date from the line '{header[1]}' at the top of the text", True)
    paired: list[tuple[dt.date, str]] = []
    full: list[tuple[dt.date, str]] = []
    for cand in candidates:
        surface = text[cand.start : cand.end]
        written = _full_date(cand, lex)
        if written is not None:
            # a date after today cannot anchor what the text reports as done
            if written <= today:
                full.append((written, surface))
            continue
        g = cand.groups
        month = _int(lex.value("month", g.get("m1") or g.get("m2") or "")) if cand.rule == "date" else None
        wd = _int(lex.value("weekday", g.get("wd") or "")) if g.get("wd") and not g.get("y") else None
        if month is not None and wd is not None:
            day = int(re.sub(r"\D", "", g.get("d1") or g.get("d2") or "0"))
            paired_date = _year_for_weekday(month, day, wd, today)
            if paired_date is not None:
                paired.append((paired_date, surface))
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


def url_date(url: str | None, today: dt.date, lex: Lexicon | None = None) -> tuple[str, DatePrecision] | None:
    """The publication date an article's address files it under: the day ("2018-02-19") when the path
    names one, else the month ("2018-02"); None when it names neither or names a time after today. A
    month folder written as a name ("mar", "march") is read with ``lex``'s month words."""
    m = next((m for m in _URL_DATE.finditer(url or "") if _folder_month(m[2], lex) is not None), None)
    if m is None:
        return None
    year, month = int(m[1]), _folder_month(m[2], lex) or 0
    if m[3] is not None:
        day = cal.safe_date(year, month, int(m[3]))
        if day is not None and day <= today:
            return day.isoformat(), "day"
        return None
    if (year, month) > (today.year, today.month):
        return None
    return f"{year:04d}-{month:02d}", "month"


def _folder_month(folder: str, lex: Lexicon | None) -> int | None:
    """The month a folder of an address names: a number, or a month's name ("mar", "march")."""
    if folder.isdigit():
        return int(folder)
    value = lex.value("month", folder) if lex is not None else None
    return int(value) if value is not None and value.isdigit() else None


def _year_for_weekday(month: int, day: int, weekday: int, today: dt.date) -> dt.date | None:
    for year in range(today.year, today.year - _MAX_YEARS_BACK, -1):
        d = cal.safe_date(year, month, day)
        if d is not None and d <= today and d.isoweekday() == weekday:
            return d
    return None


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.lstrip("-").isdigit() else None


def _publication_line(
    candidates: list[Candidate], text: str, lex: Lexicon, today: dt.date
) -> tuple[dt.date, str] | None:
    """The first full date that stands as a field on one of the text's first lines: few words before
    it on its line, and after it the end of the line, a separator or a capitalised headline; a date
    followed by a comma or a lower-case word is part of a sentence ("On May 5, 2020, police ...")."""
    header_end = _end_of_line(text, _HEADER_LINES)
    for cand in candidates:
        if cand.start >= header_end:
            break
        # a slash date's day and month order is a guess: no publication date rests on one
        d = _full_date(cand, lex) if cand.rule != "slash" else None
        if d is None or d > today:
            continue
        line_start = text.rfind("\n", 0, cand.start) + 1
        if len(text[line_start : cand.start].split()) > _HEADER_PREFIX_WORDS:
            continue
        rest = text[cand.end : cand.end + 3].lstrip(" \t")
        if rest[:1] == "," or rest[:1].islower():
            continue
        return d, text[cand.start : cand.end]
    return None


def _end_of_line(text: str, n: int) -> int:
    """The offset after the ``n``-th non-blank line."""
    seen, pos = 0, 0
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        if text[pos:end].strip():
            seen += 1
            if seen == n:
                return end
        pos = end + 1
    return len(text)


def _full_date(cand: Candidate, lex: Lexicon) -> dt.date | None:
    """The date a candidate writes out with its year ("4 October 2007", "2007-10-04", "4/10/2007")."""
    g = cand.groups
    if cand.rule == "date" and g.get("y"):
        month = _int(lex.value("month", g.get("m1") or g.get("m2") or ""))
        day = int(re.sub(r"\D", "", g.get("d1") or g.get("d2") or "0"))
        return cal.safe_date(int(g["y"] or 0), month, day) if month is not None else None
    if cand.rule in ("iso", "slash") and len(g.get("y") or "") == 4:
        return cal.safe_date(int(g["y"] or 0), int(g.get("m") or 0), int(g.get("d") or 0))
    return None
