"""Handlers of absolute dates: full dates, months, years, decades, centuries, holidays."""

from __future__ import annotations

import re

from newsevents.times import calendar as cal
from newsevents.times import constants as K
from newsevents.times.lexicon import normal
from newsevents.times.resolve_base import (
    Resolution,
    ResolverBase,
    _holiday_date,
    _int,
)


class DateRules(ResolverBase):
    """Dates named in absolute terms, with or without their year."""

    def _date(self, g: dict[str, str | None]) -> Resolution | None:
        month = self._month(g.get("m1") or g.get("m2"))
        day = int(re.sub(r"\D", "", g.get("d1") or g.get("d2") or "0"))
        if month is None or not 1 <= day <= 31:
            return None
        if g.get("y"):
            d = cal.safe_date(int(g["y"] or 0), month, day)
            return None if d is None else self._day_res(d, K.CONFIDENCE_EXPLICIT)
        rel = normal(g.get("rel") or "")
        if rel and self.anchor is not None:
            years = (self.anchor.year - 1, self.anchor.year, self.anchor.year + 1)
            options = [d for y in years if (d := cal.safe_date(y, month, day)) is not None]
            if rel in self.words.back:
                return self._day_res(
                    max((d for d in options if d < self.anchor), default=None), K.CONFIDENCE_RELATIVE
                )
            if rel in self.words.forward:
                return self._day_res(
                    min((d for d in options if d > self.anchor), default=None), K.CONFIDENCE_RELATIVE
                )
        d = self._pick_day(month, day)
        if d is None:
            return self._res(f"XXXX-{month:02d}-{day:02d}", "day", K.CONFIDENCE_VAGUE)
        return self._day_res(d, K.CONFIDENCE_RELATIVE)

    def _iso(self, g: dict[str, str | None]) -> Resolution | None:
        d = cal.safe_date(int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0))
        return None if d is None else self._day_res(d, K.CONFIDENCE_EXPLICIT)

    def _slash(self, g: dict[str, str | None]) -> Resolution | None:
        year = int(g["y"] or 0)
        if year < 100:
            year += 2000 if year < 50 else 1900
        d = cal.safe_date(year, int(g["m"] or 0), int(g["d"] or 0))
        return None if d is None else self._day_res(d, K.CONFIDENCE_EXPLICIT)

    def _month_year(self, g: dict[str, str | None]) -> Resolution | None:
        month = self._month(g.get("m"))
        if month is None:
            return None
        return self._res(f"{int(g['y'] or 0):04d}-{month:02d}", "month", K.CONFIDENCE_EXPLICIT)

    def _month_rel_year(self, g: dict[str, str | None]) -> Resolution | None:
        month = self._month(g.get("m"))
        if month is None:
            return None
        if self.anchor is None:
            return self._res(f"XXXX-{month:02d}", "month", K.CONFIDENCE_VAGUE)
        year = self.anchor.year + {"last": -1, "next": 1}.get((g.get("rel") or "").lower(), 0)
        return self._res(f"{year:04d}-{month:02d}", "month")

    def _month_rule(self, g: dict[str, str | None]) -> Resolution | None:
        month = self._month(g.get("m"))
        if month is None:
            return None
        if self.anchor is None:
            return self._res(f"XXXX-{month:02d}", "month", K.CONFIDENCE_VAGUE)
        rel = normal(g.get("rel") or "")
        year = self.anchor.year
        if rel in self.words.back:
            year -= 1 if month >= self.anchor.month else 0
        elif rel in self.words.forward:
            year += 1 if month <= self.anchor.month else 0
        elif rel != "this":
            year = self._pick_month(month) or year
        return self._res(f"{year:04d}-{month:02d}", "month")

    def _year(self, g: dict[str, str | None]) -> Resolution | None:
        return self._res(g.get("y"), "year", K.CONFIDENCE_EXPLICIT)

    def _decade(self, g: dict[str, str | None]) -> Resolution | None:
        if g.get("dec"):
            return self._res((g["dec"] or "")[:3], "decade", K.CONFIDENCE_EXPLICIT)
        digit = (
            int((g.get("short") or "0")[0])
            if g.get("short")
            else _int(self.lex.value("decade_word", g.get("word") or ""))
        )
        if digit is None:
            return None
        century = "19"
        if g.get("short") and self.anchor is not None and digit * 10 <= self.anchor.year % 100:
            century = str(self.anchor.year // 100)
        return self._res(f"{century}{digit}", "decade")

    def _century(self, g: dict[str, str | None]) -> Resolution | None:
        if g.get("n"):
            return self._res(f"{int(g['n'] or 0) - 1:02d}", "century", K.CONFIDENCE_EXPLICIT)
        if self.anchor is None:
            return None
        rel = normal(g.get("rel") or "")
        shift = -1 if "last" in rel or "past" in rel else 1 if "next" in rel else 0
        return self._res(f"{self.anchor.year // 100 + shift:02d}", "century")

    def _holiday(self, g: dict[str, str | None]) -> Resolution | None:
        spec = self.lex.value("holiday", g.get("hd") or "")
        if spec is None:
            return None
        if g.get("y"):
            d = _holiday_date(spec, int(g["y"] or 0))
            return None if d is None else self._day_res(d, K.CONFIDENCE_EXPLICIT)
        if self.anchor is None:
            return self._res(None, "day", K.CONFIDENCE_VAGUE)
        rel = (g.get("rel") or "").lower()
        options = [d for y in (self.anchor.year - 1, self.anchor.year, self.anchor.year + 1)
                   if (d := _holiday_date(spec, y)) is not None]  # fmt: skip
        if rel == "last":
            chosen = max((d for d in options if d < self.anchor), default=None)
        elif rel == "next":
            chosen = min((d for d in options if d > self.anchor), default=None)
        else:
            this = _holiday_date(spec, self.anchor.year)
            chosen = self._pick_day(this.month, this.day) if this is not None else None
            if chosen is not None and chosen.year != self.anchor.year:
                chosen = _holiday_date(spec, chosen.year)
        return self._day_res(chosen, K.CONFIDENCE_RELATIVE)

    def _year_period(self, g: dict[str, str | None]) -> Resolution | None:
        year = int(g.get("y") or 0)
        n = _int(self.lex.value("ordinal", g.get("ord") or ""))
        half = (g.get("what") or "").lower() == "half"
        if n is not None:
            n = (2 if half else 4) if n < 0 else n
            return self._res(f"{year:04d}-{'H' if half else 'Q'}{n}", "season", K.CONFIDENCE_EXPLICIT)
        if self._recent_quarter() and self.last_quarter is not None and not half:
            return self._res(cal.fmt_quarter(year, self.last_quarter[1]), "season", K.CONFIDENCE_ANAPHORIC)
        return self._res(str(year), "year", K.CONFIDENCE_EXPLICIT)

    def _year_end(self, g: dict[str, str | None]) -> Resolution | None:
        assert self._cand is not None
        if self.anchor is None:
            return None
        text = self.text[self._cand.start : self._cand.end].lower()
        year = self.anchor.year + (-1 if text.startswith("last") else 1 if text.startswith("next") else 0)
        return self._res(str(year), "year")

    def _spelled_year(self, g: dict[str, str | None]) -> Resolution | None:
        assert self._cand is not None
        if g.get("c"):
            c = g.get("c") or ""  # "nineteen", "twenty": the century's number word
            number = self.lex.value("number", c) or self.lex.value("tens", c)
            if number is None:
                return None
            century = int(number)
            rest = g.get("rest") or ""
            amount = 0.0 if rest.lower() == "hundred" else self._number(rest)
            if amount is None or (not 10 <= amount < 100 and rest.lower() != "hundred"):
                return None
            return self._res(str(century * 100 + int(amount)), "year", K.CONFIDENCE_EXPLICIT)
        before = self.text[max(0, self._cand.start - 3) : self._cand.start].lower()
        if (
            not self.text[self._cand.start : self._cand.end].lower().startswith("the year")
            and before != "in "
        ):
            return None  # "two thousand" alone is more often a count than a year
        amount = self._number(g.get("rest2")) if g.get("rest2") else 0.0
        if amount is None:
            return None
        return self._res(str(2000 + int(amount)), "year", K.CONFIDENCE_EXPLICIT)
