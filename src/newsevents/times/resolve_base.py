"""The resolver's state and shared helpers; the rule handlers live in the ``resolve_*`` modules.

Candidates are resolved in text order against an anchor date. Deictic expressions ("yesterday",
"last week", "Friday") resolve against the anchor (the publication date or the inferred one);
anaphoric ones ("the previous evening", "10:35 a.m.", "a year earlier") against the last day or
quarter mentioned shortly before, falling back to the anchor.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from newsevents.model import DatePrecision, TimeType
from newsevents.times import calendar as cal
from newsevents.times import constants as K
from newsevents.times.lexicon import Lexicon, normal
from newsevents.times.recognize import Candidate
from newsevents.times.tense import Tense

_SEASONS = ("SP", "SU", "FA", "WI")
#: Rules whose handler name differs from ``_<rule>`` (the plain name is taken by a helper).
#: Rules whose quarter values become the reference for "the quarter", "a year earlier"; values those
#: anaphoric expressions produce themselves must not, or comparisons would chain a year further back.
_QUARTER_SOURCES = frozenset({"quarter"})
_HANDLERS = {"month": "_month_rule", "weekday": "_weekday_rule", "clock_part": "_clock_part_rule"}


@dataclass(frozen=True, slots=True)
class RelativeWords:
    """The lexicon's relative words ("last", "the following") and directions ("ago", "hence") by their
    marks (``knowledge/times/lexicon.tsv`` documents them), and its parts of day."""

    back: frozenset[str]
    forward: frozenset[str]
    anaphoric: frozenset[str]
    anaphoric_year: frozenset[str]
    anaphoric_weekday: frozenset[str]
    current: frozenset[str]
    span: frozenset[str]
    back_directions: frozenset[str]
    deictic_directions: frozenset[str]
    #: part of day → TIMEX3 code ("evening" → EV), leaving out those that run into the next day
    day_parts: Mapping[str, str]
    #: parts of day after noon: "8 in the evening" is 20:00
    afternoon_parts: frozenset[str]

    @classmethod
    def of(cls, lex: Lexicon) -> RelativeWords:
        def relative(mark: str) -> frozenset[str]:
            return lex.marked("relative", mark)

        parts = {w: v for w, v in lex.category("part_of_day").items() if w not in lex.flagged("spans_days")}
        return cls(
            back=relative("back"),
            forward=relative("forward"),
            anaphoric=relative("anaphoric"),
            anaphoric_year=relative("anaphoric_year"),
            anaphoric_weekday=relative("anaphoric_weekday"),
            current=relative("current"),
            span=relative("span"),
            back_directions=lex.marked("direction", "back"),
            deictic_directions=lex.marked("direction", "deictic"),
            day_parts=parts,
            afternoon_parts=frozenset(w for w, code in parts.items() if code != "MO"),
        )


@dataclass(slots=True)
class Resolution:
    type: TimeType
    value: str | None
    precision: DatePrecision | None
    confidence: float
    reason: str | None = None


class ResolverBase:
    """State of one document's resolution (anchor, last day and quarter mentioned) and shared helpers."""

    def __init__(
        self,
        lex: Lexicon,
        words: RelativeWords,
        anchor: dt.date | None,
        tense: Callable[[int, int], Tense],
        text: str = "",
        anchor_reason: str | None = None,
        pluperfect: Callable[[int, int], bool] | None = None,
        anchor_published: bool = False,
    ) -> None:
        self.lex = lex
        self.words = words
        self.anchor = anchor
        self.anchor_reason = anchor_reason
        #: An anchor inferred from a date the article mentions, which the article may postdate; an anchor
        #: read from the text's own publication line is its publication date and counts like one.
        self.inferred = anchor_reason is not None and not anchor_published
        self.tense = tense
        self.text = text
        self.pluperfect = pluperfect
        self.ref_day: dt.date | None = None
        self.ref_sentence = -100
        self.last_quarter: tuple[int, int] | None = None
        self.quarter_sentence = -100
        self.last_year: int | None = None
        self.sentence = 0
        self._cand: Candidate | None = None
        self._later: list[Candidate] = []
        self._notes: list[str] = []

    def resolve(
        self, cand: Candidate, sentence: int, later: list[Candidate] | None = None
    ) -> Resolution | None:
        """The resolution of ``cand``; ``later`` holds the candidates after it in the same sentence."""
        self.sentence = sentence
        self._later = later or []
        self._cand = cand
        self._notes = []
        handler = getattr(self, _HANDLERS.get(cand.rule, "_" + cand.rule), None)
        if handler is None:
            return None
        res: Resolution | None = handler(cand.groups)
        if res is not None and res.value is not None:
            self._remember(res, cand.rule in _QUARTER_SOURCES)
            dated = res.type in ("DATE", "TIME") and res.value[:1].isdigit()
            if dated and res.confidence < K.CONFIDENCE_EXPLICIT:
                notes = [*([res.reason] if res.reason else []), *self._notes]
                if not notes and self.anchor is not None:
                    # Relative arithmetic ("last month", a clock time with no day in reach) counted
                    # from the anchor is still a decision the reader should be able to check.
                    notes.append(f"counted from the anchor date {self.anchor.isoformat()}")
                if self.anchor_reason:
                    notes.append(self.anchor_reason)
                res.reason = "; ".join(notes) or None
        return res

    def _note(self, text: str) -> None:
        """Say why a heuristic decided; joined into the value's Provenance reason."""
        if text not in self._notes:
            self._notes.append(text)

    def _remember(self, res: Resolution, quarter_source: bool) -> None:
        value = res.value or ""
        if res.type == "DURATION" or res.type == "SET":
            return
        m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
        if m and not self._flashback():
            self.ref_day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            self.ref_sentence = self.sentence
        q = re.fullmatch(r"(\d{4})-Q(\d)", value)
        if q and quarter_source:
            self.last_quarter = (int(q[1]), int(q[2]))
            self.quarter_sentence = self.sentence
        y = re.match(r"(\d{4})", value)
        if y:
            self.last_year = int(y[1])

    def _direction(self) -> Tense:
        assert self._cand is not None
        return self.tense(self._cand.start, self._cand.end)

    def _flashback(self) -> bool:
        """Whether the current candidate sits in a past-perfect clause ("had announced on Monday")."""
        assert self._cand is not None
        return self.pluperfect is not None and self.pluperfect(self._cand.start, self._cand.end)

    def _reference_day(self, explicit: bool = False) -> dt.date | None:
        """The last day mentioned, if recent enough, else the anchor.

        ``explicit`` anaphors ("the previous evening", "the following day") name a day relative to
        another by their words, so they reach further back than a bare clock time.
        """
        window = K.ANAPHOR_WINDOW_SENTENCES if explicit else K.REFERENCE_WINDOW_SENTENCES
        if self.ref_day is not None and self.sentence - self.ref_sentence <= window:
            self._note(f"relative to {self.ref_day.isoformat()}, the last day mentioned")
            return self.ref_day
        return self.anchor

    def _pick_day(self, month: int, day: int) -> dt.date | None:
        """The year of a day-month without a year, by tense, around the anchor."""
        if self.anchor is None:
            return None
        tense = self._direction()
        best: dt.date | None = None
        for year in (self.anchor.year - 1, self.anchor.year, self.anchor.year + 1):
            d = cal.safe_date(year, month, day)
            if d is None:
                continue
            if tense == "future":
                ok = d >= self.anchor - dt.timedelta(days=K.PAST_SLACK_DAYS)
            else:
                ok = d <= self.anchor + dt.timedelta(days=self._slack(tense))
            if ok and (best is None or abs((d - self.anchor).days) < abs((best - self.anchor).days)):
                best = d
        if best is not None:
            self._note(f"year {best.year} chosen for a {tense}-tense clause around {self.anchor.isoformat()}")
        return best

    def _slack(self, tense: Tense) -> int:
        """Days after the anchor a non-future date may fall; none when the anchor was inferred."""
        if tense == "past" or self.inferred:
            return K.PAST_SLACK_DAYS
        return K.PRESENT_SLACK_DAYS

    def _pick_month(self, month: int) -> int | None:
        """The year of a month named without one, by tense: the month must overlap the allowed side."""
        if self.anchor is None:
            return None
        tense = self._direction()
        here = self.anchor.year * 12 + self.anchor.month - 1
        best: int | None = None
        for year in (self.anchor.year - 1, self.anchor.year, self.anchor.year + 1):
            diff = year * 12 + month - 1 - here
            if tense == "future":
                ok = diff >= 0
            else:
                ok = diff <= (0 if self._slack(tense) == 0 else K.PRESENT_SLACK_DAYS // 30)
            if ok and (best is None or abs(diff) < abs(best * 12 + month - 1 - here)):
                best = year
        if best is not None:
            self._note(f"year {best} chosen for a {tense}-tense clause around {self.anchor.isoformat()}")
        return best

    def _month(self, word: str | None) -> int | None:
        return _int(self.lex.value("month", word or ""))

    def _weekday(self, word: str | None) -> int | None:
        return _int(self.lex.value("weekday", word or ""))

    def _number(self, text: str | None) -> float | None:
        """A number written in digits or words; None for vague amounts ("several", "a few")."""
        if not text:
            return 1.0
        t = normal(text.replace("-", " "))
        half = 0.0
        for tail in (" and a half", " 1/2"):
            if t.endswith(tail):
                t, half = t[: -len(tail)].strip(), 0.5
        digits = t.replace(",", "")
        if re.fullmatch(r"\d+(?:\.\d+)?", digits):
            return float(digits) + half
        value = self.lex.value("number", t)
        if value is not None:
            return None if value == "X" else float(value) + half
        parts = t.split()
        total = 0.0
        for p in parts:
            v = self.lex.value("tens", p) or self.lex.value("number", p)
            if v is None or v == "X":
                return None
            total += float(v)
        return total + half

    def _unit(self, word: str | None) -> str | None:
        return self.lex.value("unit", word or "")

    def _res(
        self,
        value: str | None,
        precision: DatePrecision | None,
        conf: float = K.CONFIDENCE_RELATIVE,
        type_: TimeType = "DATE",
        reason: str | None = None,
    ) -> Resolution:
        return Resolution(type_, value, precision, conf, reason)

    def _day_res(self, d: dt.date | None, conf: float, part: str | None = None) -> Resolution:
        if d is None:
            return self._res(None, "day", conf)
        if part:
            return self._res(f"{d.isoformat()}T{part}", "time", conf, "TIME")
        return self._res(d.isoformat(), "day", conf)

    def _weekday_date(self, wd: int, rel: str | None) -> tuple[dt.date | None, float]:
        rel = normal(rel) if rel else None
        if rel in self.words.anaphoric_weekday:
            base = self._reference_day(explicit=True)
            if base is None:
                return None, K.CONFIDENCE_ANAPHORIC
            forward = rel != "the previous"
            return cal.weekday_near(base, wd, forward, strict=rel != "that"), K.CONFIDENCE_ANAPHORIC
        if self.anchor is None:
            return None, K.CONFIDENCE_RELATIVE
        if rel in self.words.back:
            return cal.weekday_near(self.anchor, wd, False, strict=True), K.CONFIDENCE_RELATIVE
        if rel in self.words.forward:
            return cal.weekday_near(self.anchor, wd, True, strict=True), K.CONFIDENCE_RELATIVE
        tense = self._direction()
        self._note(f"weekday resolved for a {tense}-tense clause from {self.anchor.isoformat()}")
        if tense == "future":
            return cal.weekday_near(self.anchor, wd, True), K.CONFIDENCE_RELATIVE
        if self.inferred and not self._flashback():
            # The anchor is a date the article mentions, so it was written on that day or later: a bare
            # weekday names a day of the week that followed, unless a past perfect marks a flashback.
            self._note("weekday counted forward from the inferred anchor: the article is no older than it")
            return cal.weekday_near(self.anchor, wd, True), K.CONFIDENCE_ANAPHORIC
        back = cal.weekday_near(self.anchor, wd, False)
        if tense == "present" and not self.inferred:
            ahead = cal.weekday_near(self.anchor, wd, True)
            if (ahead - self.anchor).days <= K.WEEKDAY_AHEAD_DAYS and (ahead - self.anchor) < (
                self.anchor - back
            ):
                return ahead, K.CONFIDENCE_RELATIVE
        return back, K.CONFIDENCE_RELATIVE

    def _day_word(self, word: str | None) -> dt.date | None:
        """The day of "Friday", "today", "yesterday" attached to a clock time."""
        if not word:
            # "at 10:35 a.m. (0735 GMT) Friday": a day named later in the same sentence wins.
            for cand in self._later:
                if cand.rule == "weekday" and not cand.groups.get("rel"):
                    return self._day_word(cand.groups.get("wd"))
                if cand.rule == "deictic" and self.lex.value("deictic", cand.groups.get("dx") or "") in (
                    "0",
                    "-1",
                    "+1",
                ):
                    return self._day_word(cand.groups.get("dx"))
            return self._reference_day()
        wd = self._weekday(word)
        if wd is not None:
            return self._weekday_date(wd, None)[0]
        offset = self.lex.value("deictic", word)
        if offset is None or self.anchor is None:
            return None
        return self.anchor + dt.timedelta(days=int(offset))

    def _recent_quarter(self) -> bool:
        if self.last_quarter is None or self.sentence - self.quarter_sentence > K.QUARTER_CONTEXT_SENTENCES:
            return False
        self._note("relative to the quarter last mentioned, " + cal.fmt_quarter(*self.last_quarter))
        return True


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        return None


def _season_index(d: dt.date) -> int:
    return {12: 3, 1: 3, 2: 3}.get(d.month, (d.month - 3) // 3)


def _holiday_date(spec: str, year: int) -> dt.date | None:
    if spec == "election":
        return cal.nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)
    if spec.startswith("easter"):
        offset = int(spec.split(":")[1]) if ":" in spec else 0
        return cal.easter(year) + dt.timedelta(days=offset)
    if spec.startswith("nth:"):
        _, n, wd, month = spec.split(":")
        return cal.nth_weekday(year, int(month), int(n), int(wd))
    month, day = spec.split("-")
    return cal.safe_date(year, int(month), int(day))
