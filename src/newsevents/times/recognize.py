"""Find time-expression candidates: every rule once over the text, longest non-overlapping matches kept."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsevents.times.grammar import Rule
from newsevents.times.lexicon import Lexicon, normal

#: Groups holding a month or weekday word, whose capital-only words are checked against the text.
_WORD_GROUPS = ("m", "m1", "m2", "wd")


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    rule: str
    groups: dict[str, str | None]
    priority: int = 0


def recognise(
    text: str,
    rules: list[Rule],
    lex: Lexicon,
    accept: Callable[[Candidate], bool] | None = None,
) -> list[Candidate]:
    """Candidates in text order. ``accept`` may veto a candidate (the stage uses the parse for that)."""
    found: list[Candidate] = []
    dropped = lex.marked("vague_lead", "drop")
    for rule in rules:
        for m in rule.pattern.finditer(text):
            cand = _candidate(m, rule, text, dropped)
            if _capitals_ok(m, lex) and (accept is None or accept(cand)):
                found.append(cand)
    found.sort(key=lambda c: (-(c.end - c.start), c.priority, c.start))
    taken: list[Candidate] = []
    occupied = bytearray(len(text))  # 1 where a longer candidate was kept: linear in the text, not n^2
    for cand in found:
        if occupied.find(1, cand.start, cand.end) != -1:
            continue
        taken.append(cand)
        occupied[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    taken.sort(key=lambda c: c.start)
    return taken


def _candidate(m: re.Match[str], rule: Rule, text: str, dropped: frozenset[str]) -> Candidate:
    """The match as a candidate; a ``dropped`` lead ("for years") opens the expression without being
    part of it."""
    start, end = m.span()
    groups = m.groupdict()
    if "core" in groups and groups.get("lead") and normal(groups["lead"] or "") in dropped:
        start = m.start("core")
    while end > start and text[end - 1] in " ,":
        end -= 1
    return Candidate(start, end, rule.name, groups, rule.priority)


def _capitals_ok(m: re.Match[str], lex: Lexicon) -> bool:
    for name in _WORD_GROUPS:
        if name in m.groupdict() and m.group(name):
            word = m.group(name)
            if normal(word) in lex.flagged("cap") and not word[0].isupper():
                return False
    return True
