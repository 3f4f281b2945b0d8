"""Is a country or capital name an actor (the state or its government) or a place?

"Moscow informed Tel Aviv" names two governments; "he landed in Damascus" names a city. The
decision reads the dependency parse around the name's head token:

* actor: subject, object, agent, dative, possessor ("Russia's concerns"), or object of a
  non-locative preposition ("talks with Damascus", "pressure on Moscow", "a deal between A and B");
* place: possessor of a place noun ("Syria's southern provinces"), object of a locative
  preposition (in, at, into, near, across, from, ...), of "to" after a motion verb or noun
  (travelled to, a visit to), object of a visiting verb ("visited Moscow"), object of "of" after a
  place noun ("the south of Syria"), or a bare modifier ("Damascus airport");
* conjuncts and appositions take the role of the phrase they join; a name modifying a noun that
  names an actor ("Pakistan and Afghanistan's intelligence services") or an action ("US mediation",
  "Russia sanctions") is an actor.

The cue words are data: ``knowledge/actors/metonymy.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from newsevents.knowledge import packaged, read_tsv

CUE_FILE = "actors/metonymy.tsv"
CUE_TYPES = (
    "locative_prep",
    "motion_verb",
    "motion_noun",
    "visit_verb",
    "place_noun",
    "event_noun",
    "event_suffix",
)

_ACTOR_DEPS: dict[str, str] = {
    "nsubj": "subject",
    "nsubjpass": "passive subject",
    "csubj": "subject",
    "dobj": "object",
    "iobj": "indirect object",
    "dative": "indirect object",
    "agent": "agent",
    "poss": "possessor",
}


@dataclass(frozen=True, slots=True)
class Cues:
    locative_prep: frozenset[str]
    motion_verb: frozenset[str]
    motion_noun: frozenset[str]
    visit_verb: frozenset[str]
    place_noun: frozenset[str]
    event_noun: frozenset[str]
    event_suffix: frozenset[str]

    def eventive(self, lemma: str) -> bool:
        """Whether a noun names an action someone takes: "sanctions", "mediation", "involvement"."""
        return lemma in self.event_noun or any(lemma.endswith(x) for x in self.event_suffix)


@cache
def default_cues() -> Cues:
    """The packaged cue lexicon, read once per process."""
    groups: dict[str, set[str]] = {t: set() for t in CUE_TYPES}
    for row in read_tsv(packaged(CUE_FILE), ("cue", "type")):
        if row["type"] in groups:
            groups[row["type"]].add(row["cue"].lower())
    return Cues(**{t: frozenset(v) for t, v in groups.items()})


def _governing(token: Any) -> Any:
    """The token whose syntactic role the name takes: climb conjunctions and appositions."""
    seen = 0
    while token.dep_ in ("conj", "appos") and token.head is not token and seen < 8:
        token = token.head
        seen += 1
    return token


def classify(
    head: Any, cues: Cues | None = None, actor_nouns: frozenset[int] = frozenset()
) -> tuple[bool, str]:
    """``(is_actor, reason)`` for the name whose syntactic head token is ``head``.

    ``actor_nouns`` are indices of tokens known to name actors (roles, bodies: "intelligence
    services"); a name modifying one of them ("Pakistan and Afghanistan's intelligence services") is
    an actor too.
    """
    cues = cues or default_cues()
    tok = _governing(head)
    dep = tok.dep_
    if dep in ("compound", "nmod", "amod"):
        if tok.head.i in actor_nouns:
            return True, f"modifier of actor noun '{tok.head.text}'"
        if tok.head.pos_ == "NOUN" and cues.eventive(tok.head.lemma_.lower()):
            return True, f"agent modifier of event noun '{tok.head.text}'"
    if dep == "dobj" and tok.head.lemma_.lower() in cues.visit_verb:
        return False, f"object of '{tok.head.text}': a place visited"
    if dep == "poss" and tok.head.lemma_.lower() in cues.place_noun:
        return False, f"possessor of place noun '{tok.head.text}'"
    if dep in _ACTOR_DEPS:
        return True, f"{_ACTOR_DEPS[dep]} of '{tok.head.text}'"
    if dep == "pobj":
        prep = tok.head
        p = prep.lower_
        governor = prep.head
        if p == "by" and prep.dep_ == "agent":
            return True, "agent of a passive verb"
        if p in cues.locative_prep:
            return False, f"locative '{p}'"
        if p in ("to", "towards", "toward"):
            g = governor.lemma_.lower()
            if g in cues.motion_verb or g in cues.motion_noun:
                return False, f"'{p}' after motion word '{governor.text}'"
            return True, f"recipient after '{governor.text} {p}'"
        if p == "of" and governor.lemma_.lower() in cues.place_noun:
            return False, f"'of' after place noun '{governor.text}'"
        return True, f"object of '{p}'"
    return False, f"no actor role (dependency '{dep}')"
