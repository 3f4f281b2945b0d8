"""Where a time expression applies: the stretch of its sentence that it dates, read from the parse.

A time expression dates what it is attached to. Attached inside a noun phrase ("the 2017 accord",
"the accord of 2017", "last year's election", "the killing of an employee in March") it dates that
phrase only; inside a relative or participial clause ("citizens detained last month", "the talks,
which began in 2019") it dates that clause only; inside an adverbial clause ("after the president
met a delegation last Friday") it dates that clause first and the clause it modifies only loosely;
anywhere else it dates the sentence's main clause and so, when nothing nearer does, the events of
the next sentence too.

Three readings correct the parse where its attachment of time expressions is often wrong: a name of a
place, person or organisation cannot be dated ("met in Doha on Monday", "Putin on Monday ordered"),
so the expression goes to the word above it; one between a subject and its verb ("the foreign office
on Thursday accused") is the verb's; and one between a noun and an "of" ("Mexico's extradition last
week of 26 fugitives") is the noun's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from newsevents.event_dates.cues import DatingCues

#: ``phrase``: a noun phrase; ``clause``: a relative or participial clause; ``adverbial``: an
#: adverbial clause; ``sentence``: the main clause.
ScopeKind = Literal["phrase", "clause", "adverbial", "sentence"]

_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_VERBAL = frozenset({"VERB", "AUX"})
#: Named-entity labels of things that have no date of their own.
_UNDATED_NAMES = frozenset({"GPE", "LOC", "FAC", "PERSON", "ORG", "NORP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Clauses that modify a noun: what they say happened belongs to that noun, not to the sentence.
_NOUN_CLAUSES = frozenset({"relcl", "acl"})
#: Clauses that set a circumstance of the clause above ("after ...", "as ...", "by ...ing").
_ADVERBIAL_CLAUSES = frozenset({"advcl", "pcomp"})
#: Verb-like words that modify a noun as adjectives do ("the recently signed accord").
_NOUN_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss", "nummod"})


@dataclass(frozen=True, slots=True)
class TimeScope:
    """The tokens ``[first, last]`` (spaCy indices) a time expression dates, and why."""

    kind: ScopeKind
    first: int
    last: int
    #: For a phrase: the verb it is an argument of, when the time follows the noun in a prepositional
    #: phrase ("agreed on a ceasefire on Sunday"). The parse's attachment of such a time is often
    #: too low, so it may date that verb when nothing else in the sentence does.
    verb: int | None = None

    def covers(self, token_index: int) -> bool:
        return self.first <= token_index <= self.last


def time_scope(
    sdoc: Any, start: int, end: int, time_tokens: frozenset[int], cues: DatingCues
) -> TimeScope | None:
    """The scope of the time expression at characters ``[start, end)``; None without a parse.

    ``time_tokens`` are the tokens of the time expressions around it: an expression hanging on
    another one ("Sunday, 16 November") takes that one's scope.
    """
    if sdoc is None:
        return None
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    sent = span.sent
    if sent.start < span.start and span.end < sent.end:
        before, after = sdoc[span.start - 1], sdoc[span.end]
        if before.pos_ == "NOUN" and after.lower_ == "of":
            return TimeScope("phrase", before.left_edge.i, max(after.right_edge.i, span.end - 1))
    tok = _shifted_object(sdoc, span, cues) or span.root
    while True:
        # Climb over the preposition that introduces the expression ("in 2017", "on Sunday"), and
        # over an expression it hangs on.
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            tok = tok.head
        head = tok.head
        if head.i == tok.i:
            return TimeScope("sentence", tok.sent.start, tok.sent.end - 1)
        if head.i in time_tokens or (head.pos_ in _NOMINAL and head.ent_type_ in _UNDATED_NAMES):
            tok = head
            continue
        if head.pos_ in _NOMINAL and _before_verb(sdoc, head, tok.right_edge.i):
            return clause_scope(head.head, cues)
        if head.pos_ in _NOMINAL and not _frame(head, cues):
            trailing = tok.dep_ == "prep" and tok.lower_ != "of" and tok.i > head.i
            return _phrase(head, _argument_of(head, cues) if trailing else None)
        if head.pos_ in _NOMINAL:
            # "during the 2011 uprising": the phrase itself says when its clause happened.
            tok = head
            continue
        return clause_scope(head, cues)


def _shifted_object(sdoc: Any, span: Any, cues: DatingCues) -> Any:
    """The preposition of "discussed on Wednesday cooperation between ...": with the object shifted
    after the time, the parse reads the time as a modifier of the object, the object as the
    preposition's ("on ... cooperation"). The time is the preposition's; None when the parse is not so."""
    root = span.root
    if span.start == span.sent.start or root.dep_ != "compound" or root.head.i < span.end:
        return None
    prep = sdoc[span.start - 1]
    if prep.dep_ == "prep" and prep.lower_ in cues.time_preps and root.head.head.i == prep.i:
        return prep
    return None


def clause_scope(tok: Any, cues: DatingCues) -> TimeScope:
    """The scope of what is attached to ``tok``: the noun phrase or clause it belongs to."""
    while True:
        if tok.pos_ in _NOMINAL:
            return _phrase(tok)
        if tok.dep_ in _NOUN_CLAUSES or (tok.pos_ in _VERBAL and tok.dep_ in _NOUN_MODIFIERS):
            return TimeScope("clause", tok.left_edge.i, tok.right_edge.i)
        if tok.dep_ == "pcomp" and tok.head.lower_ in cues.complement_preps:
            # "accused the RSF of shelling the town on Monday": the time is the shelling's
            return TimeScope("clause", tok.left_edge.i, tok.right_edge.i)
        if tok.dep_ in _ADVERBIAL_CLAUSES:
            return TimeScope("adverbial", tok.left_edge.i, tok.right_edge.i)
        if tok.head.i == tok.i:
            return TimeScope("sentence", tok.sent.start, tok.sent.end - 1)
        tok = tok.head


def in_main_clause(tok: Any) -> bool:
    """Whether ``tok`` belongs to its sentence's main clause (through its noun phrases, if any)."""
    while tok.head.i != tok.i:
        if tok.dep_ in _NOUN_CLAUSES or tok.dep_ in _ADVERBIAL_CLAUSES:
            return False
        tok = tok.head
    return True


def _word(sdoc: Any, index: int, step: int) -> Any:
    """The first token from ``index`` on (in direction ``step``) that is not punctuation or space."""
    while 0 <= index < len(sdoc):
        if not (sdoc[index].is_punct or sdoc[index].is_space):
            return sdoc[index]
        index += step
    return None


def _before_verb(sdoc: Any, noun: Any, last: int) -> bool:
    """Whether an expression ending at token ``last`` sits between a subject and its verb."""
    if noun.dep_ not in _SUBJECTS or noun.head.pos_ not in _VERBAL or noun.i > last:
        return False
    nxt = _word(sdoc, last + 1, 1)
    if nxt is None:
        return False
    # Auxiliaries and adverbs may come first: "the office on Thursday also accused".
    while nxt.i < noun.head.i and nxt.dep_ in ("aux", "auxpass", "neg", "advmod"):
        nxt = sdoc[nxt.i + 1]
    return bool(nxt.i == noun.head.i)


def _frame(noun: Any, cues: DatingCues) -> bool:
    """Whether a noun is the object of a preposition that makes it the time of its clause: "during"
    the event, or a place ("rallied outside the courthouse on Thursday" is the parse's low attachment,
    since a place has no date)."""
    return bool(noun.dep_ == "pobj" and noun.head.lower_ in cues.frame_preps)


def _phrase(noun: Any, verb: int | None = None) -> TimeScope:
    return TimeScope("phrase", noun.left_edge.i, noun.right_edge.i, verb)


def _argument_of(noun: Any, cues: DatingCues) -> int | None:
    """The verb a noun is the object of, directly or through "of" phrases and plain prepositions
    ("announced the closure of the crossing", "agreed on a ceasefire"); None for a subject or the
    object of a preposition that relates two times ("after the vote", "following the killing")."""
    tok = noun
    while tok.pos_ in _NOMINAL:
        if tok.dep_ in ("dobj", "conj", "appos"):
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ not in cues.relational_preps:
            tok = tok.head.head
        else:
            return None
    return int(tok.i) if tok.pos_ in _VERBAL else None
