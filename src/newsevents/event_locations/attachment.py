"""How a place hangs from an event's trigger in the dependency parse: the syntax of event locations.

:func:`attachment` names a place attached to the trigger itself (a locative or destination phrase,
the direct object, a pre-modifier, a host subject); :func:`in_argument` says whether a place sits in a
spatial phrase inside one of the trigger's arguments, within its clause. The cue words are data
(``knowledge/places/cues.tsv``).
"""

from __future__ import annotations

from typing import Any

from newsevents.places.cues import PlaceCues

#: How far up the dependency tree a preposition's head may sit above the trigger: the trigger noun's
#: own verb ("held talks in X") but no further, so that places of other clauses never leak in.
LIGHT_VERB_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "pobj", "compound"})
#: Dependencies that stay inside one argument of a clause on the way from a place up to the trigger
#: ("a checkpoint in Daraa", "Police in Damascus"); clause links (relcl, ccomp, advcl, acl, xcomp)
#: are missing on purpose.
ARGUMENT_DEPS = frozenset(
    {
        "prep",
        "pobj",
        "dobj",
        "nsubj",
        "nsubjpass",
        "agent",
        "conj",
        "appos",
        "compound",
        "attr",
        "nmod",
        "dative",
    }
)
#: How an argument may attach to the trigger: a participant, or a spatial phrase.
CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "agent", "dative", "attr"})
#: How many steps that climb may take: "an airstrike on a market in Sanaa killed" takes four.
MAX_ARGUMENT_HOPS = 6


def anchors_of(root: Any) -> set[int]:
    """Token indices a place's preposition may attach to: the trigger, and the verb it is the object of."""
    anchors = {root.i}
    if root.dep_ in LIGHT_VERB_DEPS and root.head.i != root.i:
        anchors.add(root.head.i)
    return anchors


def climb(tok: Any) -> Any:
    """From a place's head word up past coordination and apposition ("in Daraa, Quneitra and Suweida")."""
    steps = 0
    while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i and steps < 8:
        tok = tok.head
        steps += 1
    return tok


def _modifies(ptok: Any, root: Any) -> bool:
    """Whether the place is a pre-modifier of the trigger noun ("a White House meeting")."""
    tok = ptok
    for _ in range(4):
        if tok.dep_ not in ("compound", "nmod", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == root.i:
            return bool(root.pos_ == "NOUN")
    return False


def attachment(ptok: Any, root: Any, anchors: set[int], cues: PlaceCues) -> str | None:
    if _modifies(ptok, root):
        return "modifier"  # "a White House meeting", "the Doha talks"
    tok = climb(ptok)
    head = tok.head
    if tok.dep_ == "pobj":
        prep = head.lower_
        gov = head.head
        # "the provinces of Daraa", "the south of Lebanon": climb from "of" to the noun it modifies.
        if prep == "of" and _area_word(gov, cues) and gov.dep_ != "advmod":
            noun = climb(gov)
            return attachment(noun, root, anchors, cues) if noun.i != tok.i else None
        if prep == "of" and gov.lower_ in cues["direction"]:
            return "locative" if gov.head.i in anchors else None  # "struck a car south of Tripoli"
        return _attachment_of_prep(head, root, anchors, cues)
    if tok.dep_ == "dobj" and head.i == root.i:
        return "object"
    if tok.dep_ == "nsubjpass" and head.i == root.i and _acts_on_ground(root, cues):
        return "patient"  # "Kyiv was shelled"
    if tok.dep_ in ("nsubj", "nsubjpass") and head.i == root.i and root.lemma_.lower() in cues["host_verb"]:
        return "host"
    return None


def _area_word(tok: Any, cues: PlaceCues) -> bool:
    """A noun after which "of X" names a part of X: "the outskirts of", "the north of"."""
    return tok.lemma_.lower() in cues["place_noun"] or tok.lower_ in cues["direction"]


def in_argument(ptok: Any, root: Any, cues: PlaceCues, speaker_only: bool = False) -> bool:
    """Whether the place is in a spatial phrase inside one of the trigger's own arguments, within
    its clause: "attacked a checkpoint in Daraa", "Police in Damascus arrested", "an airstrike on a
    market in Sanaa killed", "during the minister's visit to Cairo". A relative, complement or
    adverbial clause on the way up is another event's, and stops the climb. With ``speaker_only``
    (acts of saying: accusing, demanding, agreeing) only the actor's own phrase counts ("officials in
    Washington accused"); the other arguments say what was said about somewhere else ("accused India
    of building dams in Kashmir")."""
    tok = climb(ptok)
    prep = tok.head
    direction = False
    for _ in range(3):  # "villages in the countryside of Idlib", "the northern edge of El Fasher"
        if tok.dep_ != "pobj" or prep.lower_ != "of" or not _area_word(prep.head, cues):
            break
        if prep.head.dep_ == "advmod":
            prep, direction = prep.head, True  # "a car south of Tripoli": the direction word heads it
            break
        tok = climb(prep.head)
        prep = tok.head
    if not direction and not (tok.dep_ == "pobj" and _spatial(prep, cues)):
        return False
    node = prep
    for _ in range(MAX_ARGUMENT_HOPS):
        if node.dep_ not in ARGUMENT_DEPS or node.head.i == node.i or about(node, cues):
            return False
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX"):
            return False  # a coordinated verb is a clause of its own
        if node.head.i == root.i:
            if speaker_only:
                return bool(node.dep_ in ("nsubj", "agent"))
            return _joins_trigger(node, root, cues)
        node = node.head
    return False


def _spatial(prep: Any, cues: PlaceCues) -> bool:
    """A preposition that puts its object somewhere: "in X", "near X", and "to X" after a journey
    ("a visit to Cairo"), but not "the envoy to Cairo"."""
    word = prep.lower_
    if word in cues["locative_prep"]:
        return not about(prep, cues)
    return word in cues["destination_prep"] and prep.head.lemma_.lower() in cues["journey_noun"]


def _joins_trigger(node: Any, root: Any, cues: PlaceCues) -> bool:
    """How an argument may hang from the trigger: as a participant, a spatial phrase, or the span of
    time of something that happened there ("during the visit to Cairo"); "after fighting in Idlib"
    dates the trigger by another event and says nothing of where it was."""
    if node.dep_ in CORE_DEPS:
        return True
    if node.dep_ != "prep":
        return bool(node.dep_ == "advmod")  # "south of Tripoli" on the trigger itself
    word = node.lower_
    if word in cues["locative_prep"] or word in cues["destination_prep"] or word in cues["co_temporal_prep"]:
        return True
    return word in cues["origin_prep"] and _departs(root, cues)


def _departs(verb: Any, cues: PlaceCues) -> bool:
    return verb.lemma_.lower() in cues["departure_verb"]


def _acts_on_ground(verb: Any, cues: PlaceCues) -> bool:
    lemma = verb.lemma_.lower()
    return lemma in cues["place_object_verb"] or lemma in cues["strike_verb"]


def about(prep: Any, cues: PlaceCues) -> bool:
    """A preposition naming what its head is about: "talks on Gaza", "a dispute over Kashmir"."""
    return bool(prep.lower_ in cues["topic_prep"] and prep.head.lemma_.lower() in cues["topic_word"])


def _attachment_of_prep(prep: Any, root: Any, anchors: set[int], cues: PlaceCues) -> str | None:
    word = prep.lower_
    if prep.head.i not in anchors or about(prep, cues):
        return None
    if word in cues["locative_prep"]:
        return "locative"
    if word in cues["destination_prep"]:
        return "destination"
    if word in cues["origin_prep"] and _departs(root, cues):
        return "origin"  # "withdrew from Kherson": where the withdrawal was
    return None
