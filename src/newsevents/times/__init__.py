"""Time expressions: recognition, TIMEX3 normalisation, anchoring and year inference.

>>> tagger = TimeTagger(load_lexicon())
>>> found = tagger.tag(text, published=dt.date(2025, 11, 17), sdoc=spacy_doc, sentence_of=doc.sentence_at)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from newsevents.times.anchor import Anchor, infer_anchor
from newsevents.times.grammar import build_rules
from newsevents.times.lexicon import Lexicon, load_lexicon
from newsevents.times.recognize import Candidate, recognise
from newsevents.times.resolve import Resolution, Resolver
from newsevents.times.resolve_base import RelativeWords
from newsevents.times.tense import Tense, TenseCues, clause_is_pluperfect, clause_tense

__all__ = ["Anchor", "Candidate", "Lexicon", "Resolution", "TaggedTime", "TimeTagger", "load_lexicon"]

#: Rules that match a bare number-like word; the parse may veto them (a modal "may", "1,990 troops").
_VERB_TAGS = frozenset({"MD", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
_NUMERIC_LABELS = frozenset({"MONEY", "QUANTITY", "PERCENT", "CARDINAL"})


@dataclass(slots=True)
class TaggedTime:
    candidate: Candidate
    resolution: Resolution
    sentence: int


class TimeTagger:
    """Holds the compiled grammar; ``tag`` runs it over one document."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.rules = build_rules(lex)
        self.cues = TenseCues.from_lexicon(lex)
        self.words = RelativeWords.of(lex)

    def tag(
        self,
        text: str,
        published: dt.date | None,
        sdoc: Any = None,
        sentence_of: Callable[[int], int] | None = None,
        today: dt.date | None = None,
    ) -> tuple[list[TaggedTime], Anchor]:
        today = today or dt.date.today()
        veto = _parse_veto(sdoc) if sdoc is not None else None
        candidates = recognise(text, self.rules, self.lex, veto)
        anchor = infer_anchor(published, candidates, text, self.lex, today)

        def tense(start: int, end: int) -> Tense:
            return clause_tense(sdoc, start, end, self.cues)

        def pluperfect(start: int, end: int) -> bool:
            return clause_is_pluperfect(sdoc, start, end)

        resolver = Resolver(
            self.lex, self.words, anchor.date, tense, text, anchor.reason, pluperfect, anchor.published
        )
        out: list[TaggedTime] = []
        sentences = [sentence_of(c.start) if sentence_of is not None else 0 for c in candidates]
        for i, cand in enumerate(candidates):
            sentence = sentences[i]
            later = [
                c
                for c, s in zip(candidates[i + 1 : i + 4], sentences[i + 1 : i + 4], strict=True)
                if s == sentence
            ]
            res = resolver.resolve(cand, sentence, later)
            if res is not None:
                out.append(TaggedTime(cand, res, sentence))
        return out, anchor


def _parse_veto(sdoc: Any) -> Callable[[Candidate], bool]:
    """Reject candidates the parse contradicts: "May" as a modal verb, a year that is an amount."""

    def accept(cand: Candidate) -> bool:
        if cand.rule == "month":
            span = sdoc.char_span(cand.start, cand.end, alignment_mode="expand")
            if span is not None and span[-1].tag_ in _VERB_TAGS:
                return False
        if cand.rule == "year" and cand.end - cand.start == 4:
            span = sdoc.char_span(cand.start, cand.end, alignment_mode="expand")
            if span is not None and span[0].ent_type_ in _NUMERIC_LABELS:
                return False
        return True

    return accept
