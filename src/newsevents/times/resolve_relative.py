"""Handlers of relative and anaphoric dates: weekdays, "yesterday", "last week", quarters, "two days ago"."""

from __future__ import annotations

import datetime as dt
import re

from newsevents.times import calendar as cal
from newsevents.times import constants as K
from newsevents.times.lexicon import normal
from newsevents.times.resolve_base import (
    _SEASONS,
    Resolution,
    ResolverBase,
    _int,
    _season_index,
)

#: The one or two words after a possessive deictic: the noun it qualifies, or a modifier and the noun
#: ("today's personal computers").
_POSSESSED = re.compile(r"['\u2019]s\s+([a-z]+)(?:\s+([a-z]+))?")


#: Modifiers that make "the past month" a span ending now rather than a calendar unit.
class RelativeRules(ResolverBase):
    """Dates named relative to the anchor or to the last date mentioned."""

    def _weekday_rule(self, g: dict[str, str | None]) -> Resolution | None:
        wd = self._weekday(g.get("wd"))
        if wd is None:
            return None
        d, conf = self._weekday_date(wd, g.get("rel"))
        part = self.words.day_parts.get((g.get("part") or "").lower())
        return self._day_res(d, conf, part)

    def _weekdays(self, g: dict[str, str | None]) -> Resolution | None:
        wd = self._weekday(g.get("wd"))
        if wd is None:
            return None
        part = self.words.day_parts.get((g.get("part") or "").lower())
        return self._res(f"XXXX-WXX-{wd}" + (f"T{part}" if part else ""), None, K.CONFIDENCE_RELATIVE, "SET")

    def _deictic(self, g: dict[str, str | None]) -> Resolution | None:
        spec = self.lex.value("deictic", g.get("dx") or "")
        if spec is None:
            return None
        m = re.fullmatch(r"([+-]?\d+)([A-Z]{2})?", spec)
        if m is None or self._generic_today():
            return None
        if self.anchor is None:
            return self._res(None, "day", K.CONFIDENCE_VAGUE)
        return self._day_res(self.anchor + dt.timedelta(days=int(m[1])), K.CONFIDENCE_RELATIVE, m[2])

    def _generic_today(self) -> bool:
        """Whether "today's" means "nowadays" ("today's youth", "in today's world"): no day is named."""
        assert self._cand is not None
        m = _POSSESSED.match(self.text, self._cand.end)
        return m is not None and any(
            w is not None and self.lex.value("generic_present_noun", w) is not None for w in (m[1], m[2])
        )

    def _relunit(self, g: dict[str, str | None]) -> Resolution | None:
        rel = normal(g.get("rel") or "")
        unit = normal(g.get("u") or "")
        season = self.lex.value("season", unit)
        step = -1 if rel in self.words.back else 1 if rel in self.words.forward else 0
        if unit == "season":
            return None
        if rel == "the" and unit in ("day", "night"):
            return None
        anaphoric = rel in self.words.anaphoric or (rel == "the" and unit in self.words.day_parts)
        base = self._reference_day(explicit=rel in self.words.anaphoric) if anaphoric else self.anchor
        conf = K.CONFIDENCE_ANAPHORIC if anaphoric else K.CONFIDENCE_RELATIVE
        if unit in ("quarter", "period"):
            return self._quarter_ref(rel, step, unit)
        if K.PAST_SPAN_AS_DURATION and rel in self.words.span and unit in ("year", "month", "week"):
            # "over the past month", "in the last week": a span measured back from now, not a
            # calendar month (that is "last month").
            return self._res(f"P1{unit[0].upper()}", None, K.CONFIDENCE_RELATIVE, "DURATION")
        if rel == "the" and unit in ("year", "month", "week", "decade"):
            if unit == "year":
                return self._res("P1Y", None, K.CONFIDENCE_VAGUE, "DURATION")
            if unit == "decade":
                return None
        if unit == "decade":
            if step < 0:
                return self._res("P10Y", None, K.CONFIDENCE_RELATIVE, "DURATION")
            return None if self.anchor is None else self._res(str(self.anchor.year)[:3], "decade")
        if unit == "year" and rel in self.words.anaphoric_year:
            if self.last_year is None:
                return None
            return self._res(str(self.last_year + step), "year", K.CONFIDENCE_ANAPHORIC)
        if base is None:
            return self._res(None, None, K.CONFIDENCE_VAGUE)
        if unit == "day":
            return self._day_res(base + dt.timedelta(days=step), conf)
        if unit in self.words.day_parts:
            return self._day_res(base + dt.timedelta(days=step), conf, self.words.day_parts[unit])
        if unit == "week":
            return self._res(cal.fmt_week(base + dt.timedelta(weeks=step)), "week", conf)
        if unit == "weekend":
            return self._weekend(base, step, rel)
        if unit == "month":
            return self._res(cal.fmt_month(cal.add_months(base, step)), "month", conf)
        if unit == "year":
            return self._res(str(base.year + step), "year", conf)
        if season is not None:
            return self._season_value(season, step, base, rel)
        return None

    def _weekend(self, base: dt.date, step: int, rel: str) -> Resolution:
        saturday = cal.weekday_near(base, 6, forward=False)
        if step == 0 and self._direction() == "future" and base.isoweekday() < 6:
            saturday = cal.weekday_near(base, 6, forward=True)
        saturday += dt.timedelta(weeks=step)
        return self._res(cal.fmt_week(saturday) + "-WE", "week")

    def _season_value(self, code: str, step: int, base: dt.date, rel: str) -> Resolution:
        idx = _SEASONS.index(code)
        now = _season_index(base)
        year = base.year
        if step < 0:
            year -= 0 if idx < now else 1
        elif step > 0:
            year += 0 if idx > now else 1
        elif rel in ("", "the") and idx > now and self._direction() == "past":
            year -= 1
        return self._res(f"{year:04d}-{code}", "season")

    def _season(self, g: dict[str, str | None]) -> Resolution | None:
        code = self.lex.value("season", g.get("s") or "")
        if code is None:
            return None
        if g.get("y"):
            return self._res(f"{int(g['y'] or 0):04d}-{code}", "season", K.CONFIDENCE_EXPLICIT)
        rel = normal(g.get("rel") or "")
        word = (g.get("s") or "").lower()
        if word in ("fall", "spring") and not rel:
            return None
        if self.anchor is None:
            return self._res(f"XXXX-{code}", "season", K.CONFIDENCE_VAGUE)
        step = -1 if rel in self.words.back else 1 if rel in self.words.forward else 0
        return self._season_value(code, step, self.anchor, rel)

    def _quarter_ref(self, rel: str, step: int, unit: str) -> Resolution | None:
        if rel in ("that", "the same") and self.last_quarter is not None:
            return self._res(cal.fmt_quarter(*self.last_quarter), "season", K.CONFIDENCE_ANAPHORIC)
        if self.anchor is None:
            return None
        year, q = self.anchor.year, cal.quarter(self.anchor)
        if rel in self.words.current:
            return self._res(cal.fmt_quarter(year, q), "season")
        if step != 0:
            total = year * 4 + q - 1 + step
            return self._res(cal.fmt_quarter(total // 4, total % 4 + 1), "season")
        if unit == "period" and rel == "the" and not self._recent_quarter():
            return None
        if self._recent_quarter() and self.last_quarter is not None:
            return self._res(cal.fmt_quarter(*self.last_quarter), "season", K.CONFIDENCE_ANAPHORIC)
        total = year * 4 + q - 2
        return self._res(cal.fmt_quarter(total // 4, total % 4 + 1), "season", K.CONFIDENCE_ANAPHORIC)

    def _quarter(self, g: dict[str, str | None]) -> Resolution | None:
        assert self._cand is not None
        n = _int(self.lex.value("ordinal", g.get("ord") or ""))
        if n is None:
            return None
        half = (g.get("qh") or "").lower() == "half"
        n = (2 if half else 4) if n < 0 else n
        if half and n > 2:
            return None
        text = self.text[self._cand.start : self._cand.end].lower()
        year: int | None = None
        explicit = g.get("y1") or g.get("y2")
        rel = g.get("rely") or g.get("rely2")
        if explicit:
            year = int(explicit)
        elif self.anchor is not None:
            year = self.anchor.year + {"last": -1, "next": 1}.get((rel or "").lower(), 0)
            if re.search(r"year[\s-]+(?:earlier|ago)", text):
                year = (self.last_quarter[0] if self._recent_quarter() and self.last_quarter else year) - 1
            elif not rel and not half and n > cal.quarter(self.anchor) and self._direction() != "future":
                year -= 1
        if year is None:
            return self._res(f"XXXX-{'H' if half else 'Q'}{n}", "season", K.CONFIDENCE_VAGUE)
        conf = K.CONFIDENCE_EXPLICIT if explicit else K.CONFIDENCE_RELATIVE
        if half:
            return self._res(f"{year:04d}-H{n}", "season", conf)
        return self._res(cal.fmt_quarter(year, n), "season", conf)

    def _year_ago_period(self, g: dict[str, str | None]) -> Resolution | None:
        what = normal(g.get("what") or "")
        if what in ("nine months", "six months"):
            return self._res(
                "P9M" if what.startswith("nine") else "P6M", None, K.CONFIDENCE_RELATIVE, "DURATION"
            )
        if self._recent_quarter() and self.last_quarter is not None:
            year, q = self.last_quarter
            return self._res(cal.fmt_quarter(year - 1, q), "season", K.CONFIDENCE_ANAPHORIC)
        if self.anchor is None:
            return None
        return self._res(str(self.anchor.year - 1), "year", K.CONFIDENCE_ANAPHORIC)

    def _ago(self, g: dict[str, str | None]) -> Resolution | None:
        unit_word = (g.get("u") or "").lower()
        unit = self._unit(unit_word)
        direction = normal(g.get("dir") or "")
        back = direction in self.words.back_directions
        if unit is None:
            return None
        plural = unit_word.endswith("s")
        amount = self._number(g.get("num")) if g.get("num") else (None if plural else 1.0)
        if amount is None:
            return self._res("PAST_REF" if back else "FUTURE_REF", None, K.CONFIDENCE_VAGUE)
        n = round(amount) * (-1 if back else 1)
        deictic = direction in self.words.deictic_directions
        if unit in ("Y", "Q") and self._recent_quarter() and self.last_quarter is not None:
            year, q = self.last_quarter
            total = year * 4 + q - 1 + (n * 4 if unit == "Y" else n)
            return self._res(cal.fmt_quarter(total // 4, total % 4 + 1), "season", K.CONFIDENCE_ANAPHORIC)
        base = self.anchor if deictic else self._reference_day()
        if base is None:
            return self._res(None, None, K.CONFIDENCE_VAGUE)
        conf = K.CONFIDENCE_RELATIVE if deictic else K.CONFIDENCE_ANAPHORIC
        if unit in ("TH", "TM", "S"):
            return self._day_res(base, conf)
        d = cal.shift(base, n, unit)
        if d is None:
            return self._res(None, None, K.CONFIDENCE_VAGUE)
        if unit == "D":
            return self._day_res(d, conf)
        if unit in ("W", "F", "WE"):
            return self._res(cal.fmt_week(d), "week", conf)
        if unit == "M":
            return self._res(cal.fmt_month(d), "month", conf)
        if unit == "Q":
            return self._res(cal.fmt_quarter(d.year, cal.quarter(d)), "season", conf)
        return self._res(str(d.year), "year", conf)
