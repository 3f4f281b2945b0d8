"""The event_locations stage: where each event happened, read from the syntax of its own clause.

A place counts only when it is attached to the event's trigger: the object of a locative preposition
on the trigger or on the verb it is the object of ("talks in Moscow", "held talks in Moscow"), the
destination of a visit ("landed in Damascus", "visit to Damascus"), the direct object of the trigger
("shelled Daraa"), or the subject of a hosting verb ("Damascus welcomed ..."), where a capital named
for its government stands for its city. Any other place the article names is not the event's
location; with none attached, the location is None.
"""

from __future__ import annotations

from typing import Any

from newsevents.geo import constants as C
from newsevents.geo.cues import cue
from newsevents.geo.gazetteer import Gazetteer, Place, shared_gazetteer
from newsevents.model import ActorMention, Document, Event, EventLocation, PlaceMention, Provenance
from newsevents.pipeline import Stage, register_stage

#: How far up the dependency tree a preposition's head may sit above the trigger: the trigger noun's
#: own verb ("held talks in X") but no further, so that places of other clauses never leak in.
LIGHT_VERB_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "pobj", "compound"})
#: Rank of precisions when two attached places compete: the most specific wins.
SPECIFICITY = {"point": 0, "city": 1, "admin2": 1.5, "admin1": 2, "country": 3, "region": 4, None: 5}


@register_stage
class EventLocationsStage(Stage):
    name = "event_locations"
    requires = ("spacy", "sentences", "places", "events")
    assigns = ("event_locations",)

    def __call__(self, doc: Document) -> Document:
        if not doc.events:
            return doc
        # Only capitals named for their governments need the gazetteer here (their city's coordinates).
        gaz = shared_gazetteer(self.resources) if any(a.kind == "capital" for a in doc.actors) else None
        for event in doc.events:
            event.location = locate(doc, event, gaz, self.name)
        return doc


def locate(
    doc: Document, event: Event, gaz: Gazetteer | None, stage: str = "event_locations"
) -> EventLocation | None:
    """The location of ``event`` from a place attached to its trigger, or None."""
    sdoc = doc.spacy
    trig = sdoc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if trig is None or len(trig) == 0:
        return None
    root = trig.root
    anchors = _anchors(root)
    found: list[tuple[float, int, str, int]] = []  # (specificity, distance, how, place index)
    for i, place in enumerate(doc.places):
        if not place.literal or doc.sentence_at(place.start) != event.sentence:
            continue
        span = sdoc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            continue
        how = _attachment(span.root, root, anchors)
        if how is not None:
            found.append((SPECIFICITY.get(place.precision, 5), abs(span.root.i - root.i), how, i))
    if found:
        _, _, how, index = min(found)
        return _from_place(doc.places[index], index, how, stage)
    return _host_actor(doc, event, root, gaz, stage)


def _anchors(root: Any) -> set[int]:
    """Token indices a place's preposition may attach to: the trigger, and the verb it is the object of."""
    anchors = {root.i}
    if root.dep_ in LIGHT_VERB_DEPS and root.head.i != root.i:
        anchors.add(root.head.i)
    return anchors


def _climb(tok: Any) -> Any:
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


def _attachment(ptok: Any, root: Any, anchors: set[int]) -> str | None:
    if _modifies(ptok, root):
        return "modifier"  # "a White House meeting", "the Doha talks"
    tok = _climb(ptok)
    head = tok.head
    if tok.dep_ == "pobj":
        prep = head.lower_
        # "the provinces of Daraa": climb from "of" to the noun it modifies and its preposition.
        if prep == "of" and head.head.lemma_.lower() in cue("place_noun"):
            noun = _climb(head.head)
            return _attachment(noun, root, anchors) if noun.i != tok.i else None
        return _attachment_of_prep(head, anchors)
    if tok.dep_ == "dobj" and head.i == root.i:
        return "object"
    if tok.dep_ in ("nsubj", "nsubjpass") and head.i == root.i and root.lemma_.lower() in cue("host_verb"):
        return "host"
    return None


def _attachment_of_prep(prep: Any, anchors: set[int]) -> str | None:
    word = prep.lower_
    if prep.head.i not in anchors:
        return None
    if word in cue("locative_prep"):
        return "locative"
    if word in cue("destination_prep"):
        return "destination"
    return None


_HOW_REASONS = {
    "locative": "place in a locative phrase on the trigger",
    "destination": "destination of the trigger",
    "object": "place is the trigger's direct object",
    "modifier": "place modifies the trigger noun",
    "host": "place hosts the event (subject of a hosting verb)",
}


def _from_place(p: PlaceMention, index: int, how: str, stage: str) -> EventLocation:
    place_confidence = max(p.prov.confidence, C.EVENT_LOCATION_PLACE_FLOOR)
    confidence = round(C.EVENT_LOCATION_CONFIDENCE[how] * place_confidence, 3)
    return EventLocation(
        name=p.name or p.text,
        prov=Provenance(stage, confidence, f"{_HOW_REASONS[how]}: {p.text!r}"),
        geonameid=p.geonameid,
        lat=p.lat,
        lon=p.lon,
        country=p.country,
        admin1=p.admin1,
        precision=p.precision,
        place_index=index,
    )


def _host_actor(
    doc: Document, event: Event, root: Any, gaz: Gazetteer | None, stage: str
) -> EventLocation | None:
    """ "Damascus welcomed X": a capital named for its government hosts the event in its city."""
    if root.lemma_.lower() not in cue("host_verb") or gaz is None:
        return None
    for actor in doc.actors:
        if actor.kind != "capital" or doc.sentence_at(actor.start) != event.sentence:
            continue
        span = doc.spacy.char_span(actor.start, actor.end, alignment_mode="expand")
        if (
            span is None
            or _climb(span.root).dep_ not in ("nsubj", "nsubjpass")
            or _climb(span.root).head.i != root.i
        ):
            continue
        city = _capital_city(gaz, actor)
        if city is not None:
            return EventLocation(
                name=city.name,
                prov=Provenance(
                    stage,
                    C.EVENT_LOCATION_CONFIDENCE["host"],
                    f"host capital {actor.text!r} is the subject of {root.text!r}",
                ),
                geonameid=city.geonameid,
                lat=city.lat,
                lon=city.lon,
                country=city.country,
                admin1=city.admin1,
                precision="city",
            )
    return None


def _capital_city(gaz: Gazetteer, actor: ActorMention) -> Place | None:
    best: Place | None = None
    for cand in gaz.lookup(actor.text):
        p = cand.place
        if p.precision != "city" or (actor.country and p.country != actor.country):
            continue
        if best is None or (p.capital, p.population) > (best.capital, best.population):
            best = p
    return best
