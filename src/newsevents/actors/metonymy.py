"""Is a country or capital name an actor (the state or its government) or a place?

"Moscow informed Tel Aviv" names two governments; "he landed in Damascus" names a city. The
decision reads the dependency parse around the name's head token:

* place first, whatever the parse says: a name in a dateline ("KYIV, March 3 —",
  ``nlp/dateline.py``), closing an address ("Tacoma, Washington") or named together with a place
  noun ("the Syrian capital Damascus");
* actor: subject, object, agent, dative, possessor ("Russia's concerns"), object of a
  non-locative preposition ("talks with Damascus", "pressure on Moscow", "a deal between A and B"),
  or the giver after "from" ("backing from Washington", "permission from Georgia");
* place: possessor of a place noun ("Syria's southern provinces", "China's economy"), object of a
  locative preposition (in, at, into, near, across, from, out of, close to, ...), of "to"/"into"
  after a motion or transfer word (travelled to, a visit to, exports to, operations to) or in a
  route ("from Seoul to Lima"), of "for" after a verb of setting off (left for Washington), of
  "between"/"with"/"to" after a spatial noun (flights between A and B, the border with Mexico), of
  a visiting verb ("visited Moscow"), of "of" after a place noun ("the south of Syria"), or a bare
  modifier ("Damascus airport");
* conjuncts and appositions take the role of the phrase they join, and examples the role of what
  they exemplify ("relatives in countries such as Germany" is a place); a name modifying a noun
  that names an actor ("Pakistan and Afghanistan's intelligence services") or an action ("US
  mediation", "Russia sanctions") is an actor.

The cue words are data: ``knowledge/actors/metonymy.tsv``, read once by the actors stage into a
:class:`Cues` it passes in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsevents.knowledge import packaged, read_word_lists
from newsevents.nlp.dateline import MARK_TYPE, is_dateline

CUE_FILE = "actors/metonymy.tsv"
CUE_TYPES = (
    "feature_noun",
    "locative_prep",
    "motion_verb",
    "motion_noun",
    "destination_verb",
    "visit_verb",
    "place_noun",
    "spatial_noun",
    "example_prep",
    "source_noun",
    "event_noun",
    "event_suffix",
    "destination_prep",
    "spatial_prep",
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
#: How many "such as"/"like" hops to follow before giving up; each climbs to a larger phrase.
_MAX_HOPS = 3


@dataclass(frozen=True, slots=True)
class Cues:
    feature_noun: frozenset[str]
    locative_prep: frozenset[str]
    motion_verb: frozenset[str]
    motion_noun: frozenset[str]
    destination_verb: frozenset[str]
    visit_verb: frozenset[str]
    place_noun: frozenset[str]
    spatial_noun: frozenset[str]
    example_prep: frozenset[str]
    source_noun: frozenset[str]
    event_noun: frozenset[str]
    event_suffix: frozenset[str]
    destination_prep: frozenset[str]
    spatial_prep: frozenset[str]
    #: Punctuation that ends a dateline: a name in a dateline is a place.
    dateline_marks: frozenset[str]

    def eventive(self, lemma: str) -> bool:
        """Whether a noun names an action someone takes: "sanctions", "mediation", "involvement"."""
        return lemma in self.event_noun or any(lemma.endswith(x) for x in self.event_suffix)

    def motion(self, lemma: str) -> bool:
        return lemma in self.motion_verb or lemma in self.motion_noun


def load_cues(dateline_marks: frozenset[str]) -> Cues:
    """The packaged cue lexicon, with the dateline marks the caller read."""
    lists = read_word_lists(packaged(CUE_FILE), "cue", "type", (*CUE_TYPES, MARK_TYPE))
    return Cues(**{t: frozenset(lists[t]) for t in CUE_TYPES}, dateline_marks=dateline_marks)


def _governing(token: Any) -> Any:
    """The token whose syntactic role the name takes: climb conjunctions and appositions."""
    seen = 0
    while token.dep_ in ("conj", "appos") and token.head is not token and seen < 8:
        token = token.head
        seen += 1
    return token


def _named_place(head: Any, cues: Cues) -> str | None:
    """A place noun the name stands in apposition to or is compounded with: "the capital Damascus"."""
    # a common noun: "South" in "South Korea" is part of the name, not a place noun before it
    up = head.head
    if head.dep_ == "appos" and up.i < head.i and up.pos_ == "NOUN" and up.lemma_.lower() in cues.place_noun:
        return str(up.text)
    for child in head.children:
        before = child.i < head.i and child.pos_ == "NOUN"
        if before and child.dep_ in ("compound", "appos", "nmod") and child.lemma_.lower() in cues.place_noun:
            return str(child.text)
    return None


def _address(head: Any) -> str | None:
    """The place a name completes as "Town, Country": "Tacoma, Washington", "Lima, Peru".

    The name must close the pair (punctuation, a preposition or the sentence end follow it), so a
    list ("Chile, Peru and Bolivia") or a new clause ("After talks in Lima, Peru said") is no address.
    """
    doc = head.doc
    first = head.i
    while first > head.sent.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].head.i == head.i:
        first -= 1
    if first < head.sent.start + 2 or doc[first - 1].text != ",":
        return None
    town = doc[first - 2]
    # GPE only: "a US ally in the Gulf, Qatar" names a region, then an apposition
    if town.pos_ != "PROPN" or town.ent_type_ != "GPE":
        return None
    after = doc[head.i + 1] if head.i + 1 < head.sent.end else None
    if after is None or after.pos_ == "ADP" or (after.pos_ == "PUNCT" and after.text != ","):
        return str(town.text)
    if after.text == "," and head.i + 2 < head.sent.end:
        nxt = doc[head.i + 2]
        # "Lima, Peru, on Monday" is an address; "Chile, Peru, Bolivia" a list
        return None if nxt.pos_ == "PROPN" and nxt.ent_type_ in ("GPE", "LOC") else str(town.text)
    return None


def _example_of(prep: Any, cues: Cues) -> Any | None:
    """The noun a "such as"/"like"/"including" list gives examples of: "countries such as Chad"."""
    p = prep.lower_
    if p == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such":
        p = "such as"
    if p in cues.example_prep and prep.head.pos_ in ("NOUN", "PROPN") and prep.head is not prep:
        return prep.head
    return None


def _noun_before(prep: Any) -> Any | None:
    """The noun a preposition completes: its head, or the noun just before it when the parser hung
    the phrase on the verb ("received strong backing from Washington")."""
    if prep.head.pos_ == "NOUN" and prep.head is not prep:
        return prep.head
    prev = prep.doc[prep.i - 1] if prep.i > 0 else None
    return prev if prev is not None and prev.pos_ == "NOUN" else None


def _motion_word(prep: Any, cues: Cues) -> Any | None:
    """The motion or transfer word a "to"/"into" phrase completes, if any.

    The parser often hangs the phrase on the verb ("sent troops on operations to Afghanistan"), so
    the noun just before the preposition counts too; "back" and "home" pass on to their verb.
    """
    gov = prep.head
    if gov.pos_ == "ADV" and gov.head is not gov:
        gov = gov.head
    if cues.motion(gov.lemma_.lower()):
        return gov
    if prep.i > 0:
        prev = prep.doc[prep.i - 1]
        if prev.pos_ == "NOUN" and cues.motion(prev.lemma_.lower()):
            return prev
    return None


def classify(head: Any, cues: Cues, actor_nouns: frozenset[int] = frozenset()) -> tuple[bool, str]:
    """``(is_actor, reason)`` for the name whose syntactic head token is ``head``.

    ``actor_nouns`` are indices of tokens known to name actors (roles, bodies: "intelligence
    services"); a name modifying one of them ("Pakistan and Afghanistan's intelligence services") is
    an actor too.
    """
    if is_dateline(head, cues.dateline_marks):
        return False, "dateline"
    town = _address(head)
    if town is not None:
        return False, f"address after '{town},'"
    noun = _named_place(head, cues)
    if noun is not None:
        return False, f"named with place noun '{noun}'"
    return _role(_governing(head), cues, actor_nouns, 0)


def _role(tok: Any, cues: Cues, actor_nouns: frozenset[int], hops: int) -> tuple[bool, str]:
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
    if _hyphened_agent(tok):
        # "the U.S.-led coalition", "Iran-backed militias": the state leads or backs them
        return True, f"agent of '{tok.text}-{tok.head.text}'"
    if dep in _ACTOR_DEPS:
        return True, f"{_ACTOR_DEPS[dep]} of '{tok.head.text}'"
    if dep == "pobj":
        return _object_of(tok.head, cues, actor_nouns, hops)
    return False, f"no actor role (dependency '{dep}')"


def _hyphened_agent(tok: Any) -> bool:
    """Whether ``tok`` is joined by a hyphen to the participle it is the agent of ("U.S.-led")."""
    head = tok.head
    return (
        tok.dep_ in ("npadvmod", "compound", "nmod")
        and head.tag_ == "VBN"
        and head.i == tok.i + 2
        and tok.nbor(1).text == "-"
    )


def _object_of(prep: Any, cues: Cues, actor_nouns: frozenset[int], hops: int) -> tuple[bool, str]:
    """The role of a name governed by the preposition ``prep``."""
    p = prep.lower_
    governor = prep.head
    g = governor.lemma_.lower()
    if p == "by" and prep.dep_ == "agent":
        return True, "agent of a passive verb"
    example = _example_of(prep, cues)
    if example is not None and hops < _MAX_HOPS:
        actor, why = _role(_governing(example), cues, actor_nouns, hops + 1)
        return actor, f"example of '{example.text}': {why}"
    if p == "from":
        giver = _noun_before(prep)
        if giver is not None and giver.lemma_.lower() in cues.source_noun:
            return True, f"source of '{giver.text}'"
    pair = f"{prep.doc[prep.i - 1].lower_} {p}" if prep.i > 0 else p
    if p in cues.locative_prep or pair in cues.locative_prep:
        return False, f"locative '{pair if pair in cues.locative_prep else p}'"
    if p in cues.spatial_prep and governor.pos_ == "NOUN" and g in cues.spatial_noun:
        return False, f"'{p}' after spatial noun '{governor.text}'"
    if p in cues.destination_prep:
        moved = _motion_word(prep, cues)
        if moved is not None:
            return False, f"'{p}' after motion word '{moved.text}'"
        # "from A to B": the parser hangs "to" on the verb or on A itself
        after_from = governor.lower_ == "from" or (governor.dep_ == "pobj" and governor.head.lower_ == "from")
        if after_from or any(c.dep_ == "prep" and c.lower_ == "from" for c in governor.children):
            return False, f"'from ... {p}': a route"
        return True, f"recipient after '{governor.text} {p}'"
    if p == "for" and g in cues.destination_verb:
        return False, f"destination after '{governor.text} for'"
    if p == "of" and g in cues.place_noun:
        return False, f"'of' after place noun '{governor.text}'"
    return True, f"object of '{p}'"
