"""Triggers told as a circumstance of another act, not as an act of their own.

- a gerund or participle under a preposition ("suspected of supplying arms", "despite being warned",
  "with several workers arrested"); a preposition of time keeps its verb an event ("after storming the
  building": ``sequence_prep``);
- a relative clause in the simple present with no date ("an organisation that assists victims"): a
  description of its noun;
- a verb with an adverb of frequency ("have repeatedly accused", "routinely detain critics"): a
  pattern of acts, with no one occurrence told (``habitual_adverb`` in ``function_words.tsv``);
- a participle modifying a noun ("the agreement signed in 2019", "talks supported by Uruguay",
  "officers raiding homes"), unless the noun is a text or an act that carries the act ("a statement
  condemning", "a decision granting aid") or the participle tells what befell the people named
  ("citizens detained last month": ``participle_types.tsv``).
"""

from __future__ import annotations

from newsevents.events.lexicon import EventLexicon
from newsevents.events.triggers import Candidate, Token

#: Tags of the non-finite verb forms that modify a noun or follow a preposition: gerund and participle.
NONFINITE_TAGS = frozenset({"VBG", "VBN"})
#: Tags of the simple present: a relative clause in it says what its noun is or habitually does ("an
#: organisation that assists victims", "militants who commit attacks"), not an act done on a day.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
#: Entity labels of a time expression: a dated present relative clause is a scheduled act ("the
#: minister, who arrives in Paris on Monday"), an event after all.
TIME_LABELS = frozenset({"DATE", "TIME"})
#: Kinds of non-agent nouns (``non_agents.tsv``) that carry the act a participle on them names: a
#: "press release urging calm" is the appeal itself.
CARRIER_KINDS = frozenset({"document", "media"})


def backgrounded(cand: Candidate, lex: EventLexicon) -> bool:
    """Whether the candidate's trigger is a circumstance of another act rather than an event."""
    anchor = cand.anchor
    if anchor.dep_ == "relcl" and anchor.tag_ in PRESENT_TAGS and not _dated(anchor):
        return True
    if _habitual(anchor, lex):
        return True
    if anchor.tag_ not in NONFINITE_TAGS:
        return False
    if anchor.dep_ == "pcomp" and anchor.head.lemma_.lower() not in lex.words.get("sequence_prep", ()):
        return True
    if anchor.dep_ != "acl" or _carries_act(anchor.head, lex):
        return False
    # what befell the people named ("citizens detained last month") is the act itself
    return not (anchor.tag_ == "VBN" and cand.entry.event_type in lex.participle_types)


def _habitual(verb: Token, lex: EventLexicon) -> bool:
    """Whether an adverb of frequency modifies the verb ("repeatedly accused")."""
    habitual = lex.words.get("habitual_adverb", ())
    return any(c.dep_ == "advmod" and c.lower_ in habitual for c in verb.children)


def _dated(verb: Token) -> bool:
    """Whether a time expression stands in the clause of ``verb``."""
    return any(t.ent_type_ in TIME_LABELS for t in verb.subtree)


def _carries_act(noun: Token, lex: EventLexicon) -> bool:
    """Whether the noun is a text or an act noun whose participle names its content."""
    lemma = noun.lemma_.lower()
    compound = " ".join([*(c.lemma_.lower() for c in noun.children if c.dep_ == "compound"), lemma])
    return (
        lemma in lex.act_nouns
        or lex.non_agents.get(lemma) in CARRIER_KINDS
        or lex.non_agents.get(compound) in CARRIER_KINDS
    )
