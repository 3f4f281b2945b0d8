"""Handlers of durations, sets, vague references and clock times."""

from __future__ import annotations

import re

from newsevents.times import calendar as cal
from newsevents.times import constants as K
from newsevents.times.lexicon import normal
from newsevents.times.resolve_base import (
    Resolution,
    ResolverBase,
)


class ExtentRules(ResolverBase):
    """Durations ("two days"), sets ("every week"), PRESENT_REF-style references, clock times."""

    def _duration(self, g: dict[str, str | None]) -> Resolution | None:
        assert self._cand is not None
        unit = self._unit(g.get("u"))
        if unit is None:
            return None
        if unit == "Q" and re.match(r"\s+of\b", self.text[self._cand.end : self._cand.end + 4]):
            return None  # "three quarters of the vote" is a fraction
        if self.text[self._cand.start : self._cand.end].lower().endswith("old"):
            return None  # an age ("a 6-year-old") is not a time expression of the text
        amount = self._number(g.get("num"))
        if amount is not None and amount >= 1000 and unit in ("Q", "Y", "M"):
            return None
        return self._res(cal.fmt_duration(amount, unit), None, K.CONFIDENCE_RELATIVE, "DURATION")

    def _vague(self, g: dict[str, str | None]) -> Resolution | None:
        words = normal(g.get("core") or "").split()
        unit = self._unit(words[-1]) if words else None
        if unit is None:
            return None
        return self._res(cal.fmt_duration(None, unit), None, K.CONFIDENCE_VAGUE, "DURATION")

    def _set(self, g: dict[str, str | None]) -> Resolution | None:
        assert self._cand is not None
        fixed = self.lex.value("set", self.text[self._cand.start : self._cand.end])
        if fixed is not None:
            return self._res(fixed, None, K.CONFIDENCE_RELATIVE, "SET")
        unit = self._unit(g.get("u") or g.get("u2") or g.get("u3"))
        if unit is not None:
            amount = self._number(g.get("num")) if g.get("num") else 1.0
            return self._res(cal.fmt_duration(amount, unit), None, K.CONFIDENCE_RELATIVE, "SET")
        season = self.lex.value("season", g.get("s") or "")
        if season is not None:
            return self._res(f"XXXX-{season}", None, K.CONFIDENCE_RELATIVE, "SET")
        word = g.get("m") or ""
        month, wd = self._month(word), self._weekday(word)
        if month is not None:
            return self._res(f"XXXX-{month:02d}", None, K.CONFIDENCE_RELATIVE, "SET")
        if wd is not None:
            return self._res(f"XXXX-WXX-{wd}", None, K.CONFIDENCE_RELATIVE, "SET")
        return None

    def _ref(self, g: dict[str, str | None]) -> Resolution | None:
        assert self._cand is not None
        value = self.lex.value("ref", self.text[self._cand.start : self._cand.end])
        return None if value is None else self._res(value, None, K.CONFIDENCE_VAGUE)

    def _clock_at(self, hour: int, minute: int, day_word: str | None) -> Resolution:
        d = self._day_word(day_word)
        conf = K.CONFIDENCE_RELATIVE if day_word else K.CONFIDENCE_ANAPHORIC
        if d is None:
            return self._res(f"XXXX-XX-XXT{hour:02d}:{minute:02d}", "time", K.CONFIDENCE_VAGUE, "TIME")
        return self._res(f"{d.isoformat()}T{hour:02d}:{minute:02d}", "time", conf, "TIME")

    def _clock(self, g: dict[str, str | None]) -> Resolution | None:
        hour = int(g.get("h") or 0) % 12
        if (g.get("ampm") or "").lower().startswith("p"):
            hour += 12
        return self._clock_at(hour, int(g.get("mi") or 0), g.get("day"))

    def _clock24(self, g: dict[str, str | None]) -> Resolution | None:
        return self._clock_at(int(g.get("h") or 0), int(g.get("mi") or 0), g.get("day"))

    def _clockword(self, g: dict[str, str | None]) -> Resolution | None:
        value = self.lex.value("clockword", g.get("cw") or "")
        if value is None:
            return None
        hour, minute = (int(x) for x in value.split(":"))
        return self._clock_at(hour, minute, g.get("day"))

    def _oclock(self, g: dict[str, str | None]) -> Resolution | None:
        amount = self._number(g.get("hw"))
        if amount is None or not 1 <= amount <= 12:
            return None
        return self._clock_part(int(amount), g.get("part"))

    def _clock_part_rule(self, g: dict[str, str | None]) -> Resolution | None:
        return self._clock_part(int(g.get("h") or 0), g.get("part"))

    def _clock_part(self, hour: int, part: str | None) -> Resolution:
        if (part or "").lower() in self.words.afternoon_parts and hour < 12:
            hour += 12
        return self._clock_at(hour, 0, None)
