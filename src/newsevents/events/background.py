"""Triggers told as a circumstance of another act, not as an act of their own: a gerund or participle
under a preposition ("suspected of supplying arms", "involved in repressing protesters", "despite
being warned", "with several workers arrested"). The sentence's news is the act they qualify; a
preposition of time ("after storming the building") keeps its verb an event (``sequence_prep``)."""

from __future__ import annotations

from newsevents.events.lexicon import EventLexicon
from newsevents.events.triggers import Token

#: Tags of the non-finite verb forms a preposition takes as its clause: the gerund and the participle.
NONFINITE_TAGS = frozenset({"VBG", "VBN"})


def backgrounded(anchor: Token, lex: EventLexicon) -> bool:
    """Whether ``anchor`` is a non-finite verb under a preposition that is no preposition of time."""
    if anchor.dep_ != "pcomp" or anchor.tag_ not in NONFINITE_TAGS:
        return False
    return anchor.head.lemma_.lower() not in lex.words.get("sequence_prep", ())
