"""The tense of the clause a time expression sits in, read from the spaCy parse.

Used to choose between the previous and the next "Friday" or "8 December": past clauses look back,
future clauses ("will meet on Friday", "is scheduled for Friday") look forward.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from newsevents.times import constants as K
from newsevents.times.lexicon import Lexicon

Tense = Literal["past", "present", "future"]


@dataclass(frozen=True, slots=True)
class TenseCues:
    """Words of the lexicon that mark a clause as future (categories future_aux, future_verb, ...)."""

    #: Auxiliaries that put a clause after its time of speech; modals count ("must be returned by
    #: Jan. 14", "would leave Thursday"): dates they govern lie ahead far more often than behind.
    future_aux: frozenset[str]
    #: Verbs whose complement happens later ("expected to join in April").
    future_verbs: frozenset[str]
    #: Verbs that put a time named after them ahead, whatever their tense ("planned a rally on
    #: Saturday"); a time named before them is when the planning happened.
    scheduling_verbs: frozenset[str]
    #: Words that look ahead only when they govern a to-infinitive ("is set to visit", "is due to
    #: travel"); alone they are ordinary ("a record set on Aug. 6").
    future_infinitive: frozenset[str]
    #: Words right before a time expression that point ahead ("until Friday", "by Jan. 14").
    future_preps: frozenset[str]
    #: Words of "as early as Tuesday", "as soon as Tuesday": the time lies ahead.
    future_as: frozenset[str]
    #: Auxiliaries of the perfect ("has met", "had left"): the participle is past.
    perfect_aux: frozenset[str]

    @classmethod
    def from_lexicon(cls, lex: Lexicon) -> TenseCues:
        def words(category: str) -> frozenset[str]:
            return frozenset(lex.category(category))

        return cls(
            words("future_aux"),
            words("future_verb"),
            words("scheduling_verb"),
            words("future_infinitive") | words("future_verb"),
            words("future_prep"),
            words("future_as"),
            words("perfect_aux"),
        )


def clause_tense(sdoc: Any, start: int, end: int, cues: TenseCues) -> Tense:
    """``past``, ``present`` or ``future`` for the clause governing characters ``[start, end)``."""
    if sdoc is None:
        return "present"
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "present"
    if _future_words_before(sdoc, span.start, cues):
        return "future"
    verb = _clause_verb(span.root)
    tense: Tense | None = None
    if verb is not None:
        if verb.lemma_ in cues.scheduling_verbs and verb.i < span.start:
            return "future"
        tense = _verb_tense(verb, cues)
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        for _ in range(K.TENSE_VERB_CHAIN):
            if tense is not None or verb.head is verb:
                break
            if infinitive and verb.head.lemma_ in cues.future_infinitive and not _past_copula(verb.head):
                # "is due to travel on Thursday", "is set to visit": the plan governs the date. A past
                # copula ("had been due to expire Friday") reports a plan whose day has usually passed.
                return "future"
            if verb.head.pos_ not in ("VERB", "AUX"):
                break
            verb = verb.head
            if infinitive and verb.lemma_ in cues.future_verbs:
                return "future"
            tense = _verb_tense(verb, cues)
            if infinitive and tense == "past":
                tense = "present"  # "asked it to respond by Oct. 31": after a past act, not before it
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if tense is None or tense == "present":
        return "future" if _preceded_by(sdoc, span.start, cues.future_preps) else "present"
    return tense


def clause_is_pluperfect(sdoc: Any, start: int, end: int) -> bool:
    """Whether the clause governing ``[start, end)`` is in the past perfect ("had announced on Monday").

    A past-perfect clause is a flashback: its date lies before the story's current day, and it does
    not move that day on for later anaphora ("the following day").
    """
    if sdoc is None:
        return False
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    verb = _clause_verb(span.root)
    if verb is None or verb.tag_ != "VBN":
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PLUPERFECT_AUX for c in verb.children)


_PLUPERFECT_AUX = frozenset({"had", "'d"})


def _clause_verb(tok: Any) -> Any:
    """The first verb above (or at) a token, within the calibrated climb; None if there is none."""
    for _ in range(K.TENSE_CLIMB):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _past_copula(head: Any) -> bool:
    """Whether a predicate ("due", "set") hangs on a past-tense "be" ("was due to", "had been set to")."""
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if head.pos_ == "ADJ" and head.dep_ == "acomp":
        auxes = [head.head, *(c for c in head.head.children if c.dep_ == "aux")]
    return any(a.tag_ == "VBD" for a in auxes)


def _preceded_by(sdoc: Any, index: int, words: frozenset[str]) -> bool:
    return index > 0 and sdoc[index - 1].lower_ in words


def _future_words_before(sdoc: Any, index: int, cues: TenseCues) -> bool:
    return index > 2 and sdoc[index - 1].lower_ == "as" and sdoc[index - 2].lower_ in cues.future_as


def _verb_tense(verb: Any, cues: TenseCues) -> Tense | None:
    """The tense a verb shows by itself, or None when it shows none (bare infinitive, participle)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in auxes}
    if words & cues.future_aux or verb.lower_ in cues.future_aux:
        return "future"
    if "going" in words and any(c.lower_ == "to" for c in verb.children):
        return "future"
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxes):
        return "past"
    if verb.tag_ == "VBN" and words & cues.perfect_aux:
        return "past"
    if verb.lemma_ in cues.future_verbs and verb.tag_ in ("VBN", "VBZ", "VBP", "JJ"):
        return "future"  # "is expected Friday", "a summit set for April"
    if verb.tag_ == "VBN" and not auxes and verb.dep_ in ("acl", "advcl", "amod", "relcl"):
        return "past"  # a participle modifier: "the decision, announced Wednesday"
    if verb.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") for c in auxes):
        return "present"
    return None
