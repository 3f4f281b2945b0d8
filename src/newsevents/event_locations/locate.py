"""The event_locations stage: where each event happened, read from the syntax of its own clause.

A place counts only when it is attached to the event's trigger or to one of its arguments:
- on the trigger: the object of a locative preposition on the trigger or on the verb it is the object
  of ("talks in Moscow", "held talks in Moscow"), a direction from a place ("struck a car south of
  Tripoli"), the destination of a visit ("landed in Damascus"), the origin of a departure ("withdrew
  from Kherson"), the direct object ("shelled Daraa") or passive subject of a verb acting on ground
  ("Kyiv was shelled"), a pre-modifier of an event noun ("a White House meeting"), or the subject of
  a hosting verb ("Damascus welcomed ..."), where a capital named for its government stands for its
  city;
- failing that, inside an argument of the trigger in the same clause: "attacked a checkpoint in
  Daraa", "Police in Damascus arrested", "during the minister's visit to Cairo".
With none attached, fallbacks apply in this order, each said in the location's reason with a lower
confidence: an act of a visitor, in the sentence of the visit or the next, takes the visit's place
("arrived in Beirut ... Marchand met the president"); an act (not a saying) takes the one place its
sentence names when that place hangs from the act's own clause; an event whose source is of the
dateline's country takes the dateline (``dateline_fallback``); an event among the parties of the
one country all the article's places lie in takes that country (``home_fallback``). Otherwise the
location is None.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from newsevents.event_locations.attachment import anchors_of, attachment, climb, in_argument
from newsevents.model import ActorMention, Document, Event, EventLocation, PlaceMention, Provenance
from newsevents.nlp.dateline import is_dateline
from newsevents.places import constants as C
from newsevents.places.cues import PlaceCues
from newsevents.places.gazetteer import Gazetteer, Place

#: Mentions of places in one country that make it an article's home: one may be a passing mention.
HOME_MIN_MENTIONS = 2

#: Rank of precisions when two attached places compete: the most specific wins.
SPECIFICITY = {"point": 0, "city": 1, "admin2": 1.5, "admin1": 2, "country": 3, "region": 4, None: 5}


def locate_events(
    doc: Document,
    gazetteer: Callable[[], Gazetteer],
    cues: PlaceCues,
    dateline_fallback: bool,
    home_fallback: bool,
    stage: str,
) -> None:
    """Set ``event.location`` of every event of ``doc`` (None where nothing places it)."""
    if not doc.events:
        return
    # Only capitals named for their governments need the gazetteer here (their city's coordinates).
    gaz = gazetteer() if any(a.kind == "capital" for a in doc.actors) else None
    dateline_index = dateline_place(doc, cues.dateline_marks)
    dateline = dateline_index if dateline_fallback else None
    home = home_place(doc) if home_fallback else None
    by_sentence = BySentence(doc)
    visits: list[Event] = []  # visits and arrivals (CONSULT), located, in text order
    for event in doc.events:
        located = locate(doc, event, gaz, cues, by_sentence, stage) or _by_mention(
            doc, event, gaz, cues, by_sentence, stage
        )
        if located is not None:
            event.location, how = located
            if event.event_type == "CONSULT" and (how == "destination" or event.mode == "visit"):
                visits.append(event)
            continue
        event.location = _visiting(doc, event, visits, stage)
        if event.location is None:
            event.location = _lone_place(doc, event, by_sentence, dateline_index, stage)
        if event.location is None and dateline is not None:
            event.location = _filed_where(doc, event, by_sentence, dateline, stage)
        if event.location is None and home is not None:
            event.location = _at_home(doc, event, home, stage)


class BySentence:
    """The places and actor mentions of each sentence, in the article's order: an event looks only
    at its own sentence's (scanning every place of the article for each event made the stage
    quadratic in the length of the text, issue 10)."""

    def __init__(self, doc: Document) -> None:
        #: by the sentence holding the mention's start
        self.places_at = _grouped(doc.sentence_at(p.start) for p in doc.places)
        self.actors_at = _grouped(doc.sentence_at(a.start) for a in doc.actors)
        #: by the sentence the places stage gave the mention
        self.places_in = _grouped(p.sentence for p in doc.places)

    @staticmethod
    def of(groups: dict[int, list[int]], sentence: int) -> list[int]:
        return groups.get(sentence, [])


def _grouped(sentences: Iterable[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for i, sentence in enumerate(sentences):
        out.setdefault(sentence, []).append(i)
    return out


def _by_mention(
    doc: Document,
    event: Event,
    gaz: Gazetteer | None,
    cues: PlaceCues,
    by_sentence: BySentence,
    stage: str,
) -> tuple[EventLocation, str] | None:
    """The place the clause of another mention of the event gives, when its own gives none: a headline
    folded into the body's event ("Macri in India condemns terrorism") places what the lede leaves
    unplaced."""
    for mention in event.mentions:
        located = locate(
            doc,
            replace(event, trigger=mention.trigger, sentence=mention.sentence),
            gaz,
            cues,
            by_sentence,
            stage,
        )
        if located is not None:
            place, how = located
            place.prov.reason = f"{place.prov.reason}; from its mention in sentence {mention.sentence + 1}"
            return place, how
    return None


def _visiting(doc: Document, event: Event, visits: list[Event], stage: str) -> EventLocation | None:
    """An act of a visitor in the sentence that tells the visit or the next one happened where the
    visit went ("Marchand arrived in Beirut on Thursday. Marchand met Lebanon's president")."""
    who = {_identity(doc.actors[i]) for i in event.source}
    for visit in reversed(visits):
        if event.sentence - visit.sentence > 1:
            break  # the visits are in text order: the rest are further back still
        if event.sentence - visit.sentence not in (0, 1) or visit.location is None:
            continue
        if who & {_identity(doc.actors[i]) for i in visit.source}:
            place = visit.location
            reason = f"its source is visiting {place.name} (told in the same or the previous sentence)"
            confidence = round(place.prov.confidence * C.EVENT_LOCATION_VISITING_SHARE, 3)
            return replace(place, prov=Provenance(stage, confidence, reason))
    return None


def _identity(actor: ActorMention) -> str:
    return actor.actor_id or actor.name or actor.text


def _lone_place(
    doc: Document, event: Event, by_sentence: BySentence, dateline: int | None, stage: str
) -> EventLocation | None:
    """The one literal, resolved place the event's sentence names (its dateline aside: that says
    where the story was filed), when the event is no act of saying (what is said may be about
    somewhere else) and the place hangs from the event's own clause."""
    if event.event_type in C.SAYING_EVENT_TYPES:
        return None
    places = doc.places
    found = {
        (places[i].geonameid, places[i].name): i
        for i in BySentence.of(by_sentence.places_in, event.sentence)
        if places[i].literal and places[i].lat is not None and i != dateline
    }
    if len(found) != 1:
        return None
    index = next(iter(found.values()))
    place = doc.places[index]
    sdoc = doc.spacy
    trig = sdoc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    span = sdoc.char_span(place.start, place.end, alignment_mode="expand")
    if trig is None or span is None or not _in_clause_of(span.root, trig.root):
        return None
    return _from_place(place, index, "sentence", stage)


#: Dependencies by which a noun is the clause's own argument: a place in a phrase on it is the
#: clause's scene ("Police in Lahore arrested"); a noun in any other phrase has a scene of its own.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "appos", "conj"})


def _in_clause_of(place: Any, trigger: Any) -> bool:
    """Whether the place hangs from the trigger's clause through prepositions, the clause's own
    arguments and its coordinated verbs only ("Shelling killed 18 and injured 100 in El-Fasher"),
    not from another act ("met days after heavy fighting in Idlib")."""
    clause = trigger
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    tok = place
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.i in (trigger.i, clause.i):
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return bool(tok.dep_ == "conj" and tok.head.i == clause.i)
        if tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.dep_ not in _ARGUMENT_DEPS:
            return False
    return False


def home_place(doc: Document) -> int | None:
    """The article's home: the place its literal, resolved places name most, when they all lie in
    one country and it is named at least twice (a story told from one country)."""
    located = [i for i, p in enumerate(doc.places) if p.literal and p.lat is not None and p.country]
    countries = {doc.places[i].country for i in located}
    if len(countries) != 1 or len(located) < HOME_MIN_MENTIONS:
        return None
    counts: dict[str, list[int]] = {}
    for i in located:
        counts.setdefault(doc.places[i].name or doc.places[i].text, []).append(i)
    return max(counts.values(), key=len)[0]


def _at_home(doc: Document, event: Event, index: int, stage: str) -> EventLocation | None:
    """An event among the home country's own parties happened there, as far as the article says."""
    place = doc.places[index]
    parties = {doc.actors[i].country for i in (*event.source, *event.target)} - {None}
    if not parties or parties != {place.country}:
        return None
    if place.precision in ("city", "point", "admin1", "admin2"):
        # the town the article names most is a guess; the country is what the article supports
        return _country_of(place, stage)
    return _from_place(place, index, "scene", stage)


def _country_of(p: PlaceMention, stage: str) -> EventLocation:
    confidence = round(
        C.EVENT_LOCATION_CONFIDENCE["scene"] * max(p.prov.confidence, C.EVENT_LOCATION_PLACE_FLOOR), 3
    )
    return EventLocation(
        name=p.country or "",
        prov=Provenance(stage, confidence, f"{_HOW_REASONS['scene']}: {p.country}"),
        country=p.country,
        precision="country",
    )


def dateline_place(doc: Document, marks: frozenset[str]) -> int | None:
    """The index of the literal, resolved place the article's dateline names, if any."""
    for i, place in enumerate(doc.places):
        if not place.literal or place.lat is None or place.country is None:
            continue
        span = doc.spacy.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None and is_dateline(span.root, marks):
            return i
    return None


def _filed_where(
    doc: Document, event: Event, by_sentence: BySentence, index: int, stage: str
) -> EventLocation | None:
    """A domestic event the clause does not place happened, most likely, where the story was filed
    ("HYDERABAD — Police detained 14 protesters ..."): the dateline, when the event's source is of the
    dateline's country and nothing in its sentence lies in another country ("New Delhi rejected the
    accusation" is not placed in a Pakistani dateline)."""
    place = doc.places[index]
    if place.country not in {doc.actors[i].country for i in event.source}:
        return None
    for i in BySentence.of(by_sentence.places_in, event.sentence):
        other = doc.places[i]
        if other.literal and other.country not in (None, place.country):
            return None
    return _from_place(place, index, "dateline", stage)


def locate(
    doc: Document,
    event: Event,
    gaz: Gazetteer | None,
    cues: PlaceCues,
    by_sentence: BySentence,
    stage: str = "event_locations",
) -> tuple[EventLocation, str] | None:
    """The location of ``event`` from a place attached to its trigger, with how it is attached (a key
    of ``C.EVENT_LOCATION_CONFIDENCE``), or None."""
    sdoc = doc.spacy
    trig = sdoc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if trig is None or len(trig) == 0:
        return None
    root = trig.root
    anchors = anchors_of(root)
    # what is said, decided or discussed may be about somewhere else: only the actor's phrase places it
    speaker_only = event.event_type in C.SAYING_EVENT_TYPES or root.lemma_.lower() in cues["topic_word"]
    # (tier, specificity, distance, how, place index): a place attached to the trigger itself comes
    # before one inside the trigger's arguments, then the most specific, then the nearest.
    found: list[tuple[int, float, int, str, int]] = []
    for i in BySentence.of(by_sentence.places_at, event.sentence):
        place = doc.places[i]
        if not place.literal:
            continue
        span = sdoc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            continue
        how = attachment(span.root, root, anchors, cues)
        tier = 0
        if how is None and in_argument(span.root, root, cues, speaker_only):
            how, tier = "argument", 1
        if how is not None:
            found.append((tier, SPECIFICITY.get(place.precision, 5), abs(span.root.i - root.i), how, i))
    if found:
        *_, how, index = min(found)
        return _from_place(doc.places[index], index, how, stage), how
    hosted = _host_actor(doc, event, root, gaz, cues, by_sentence, stage)
    return None if hosted is None else (hosted, "host")


_HOW_REASONS = {
    "locative": "place in a locative phrase on the trigger",
    "destination": "destination of the trigger",
    "origin": "the place the trigger's departure is from",
    "object": "place is the trigger's direct object",
    "patient": "place is the passive subject of the trigger",
    "modifier": "place modifies the trigger noun",
    "host": "place hosts the event (subject of a hosting verb)",
    "argument": "place in a locative phrase inside an argument of the trigger",
    "dateline": "dateline fallback: no place in the clause, the source is of the dateline's country",
    "sentence": "the only place its sentence names",
    "scene": "the article's places all lie in one country, its parties' own",
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
    doc: Document,
    event: Event,
    root: Any,
    gaz: Gazetteer | None,
    cues: PlaceCues,
    by_sentence: BySentence,
    stage: str,
) -> EventLocation | None:
    """ "Damascus welcomed X": a capital named for its government hosts the event in its city."""
    if root.lemma_.lower() not in cues["host_verb"] or gaz is None:
        return None
    for i in BySentence.of(by_sentence.actors_at, event.sentence):
        actor = doc.actors[i]
        if actor.kind != "capital":
            continue
        span = doc.spacy.char_span(actor.start, actor.end, alignment_mode="expand")
        if (
            span is None
            or climb(span.root).dep_ not in ("nsubj", "nsubjpass")
            or climb(span.root).head.i != root.i
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
