"""Event locations come from a place attached to the trigger in its own clause, never from elsewhere."""

from __future__ import annotations

import pytest

from newsevents.model import ActorMention, Document, Event, Provenance, Span
from newsevents.pipeline import Resources
from newsevents.stages.event_locations import EventLocationsStage
from newsevents.stages.places import PlacesStage
from tests.places_helpers import actor, parse

pytestmark = pytest.mark.slow


def _event(doc: Document, trigger: str, nth: int = 0) -> Event:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(trigger, start + 1)
    span = Span(start, start + len(trigger))
    return Event("CONSULT", span, doc.sentence_at(start), Provenance("test"))


def _located(
    resources: Resources, text: str, triggers: list[str], actors: list[ActorMention] | None = None
) -> Document:
    doc = parse(resources, text)
    doc.actors = actors or []
    doc = PlacesStage({}, resources)(doc)
    doc.events = [_event(doc, t) for t in triggers]
    return EventLocationsStage({}, resources)(doc)


def test_landed_in_is_the_location(resources: Resources) -> None:
    text = "The talks in Syria were tense. He landed in Damascus on Sunday with a delegation."
    loc = _located(resources, text, ["landed"]).events[0].location
    assert loc is not None and loc.name == "Damascus" and loc.country == "SYR"
    assert loc.precision == "city" and loc.place_index is not None and loc.prov.reason


def test_visit_to_is_the_destination(resources: Resources) -> None:
    text = "The minister's visit to Baghdad surprised diplomats in Ankara."
    loc = _located(resources, text, ["visit"]).events[0].location
    assert loc is not None and loc.country == "IRQ"
    assert "destination" in (loc.prov.reason or "")


def test_place_of_another_clause_is_not_the_location(resources: Resources) -> None:
    text = "The two envoys met on Tuesday, days after heavy fighting in Idlib."
    loc = _located(resources, text, ["met"]).events[0].location
    assert loc is None, "Idlib is where the fighting was, not where the envoys met"


def test_place_of_another_sentence_is_not_the_location(resources: Resources) -> None:
    text = "Shelling hit Aleppo overnight. The foreign ministers spoke by phone on Monday."
    doc = _located(resources, text, ["spoke"])
    assert doc.places, "Aleppo is a place of the article"
    assert doc.events[0].location is None


def test_the_trigger_noun_and_its_verb(resources: Resources) -> None:
    text = "Both delegations held talks in Geneva while protests continued in Tehran."
    doc = _located(resources, text, ["talks", "protests"])
    talks, protests = (e.location for e in doc.events)
    assert talks is not None and talks.country == "CHE"
    assert protests is not None and protests.country == "IRN"


def test_place_named_through_a_place_noun(resources: Resources) -> None:
    text = "Later the delegation toured the provinces of Daraa and Quneitra with local commanders."
    loc = _located(resources, text, ["toured"]).events[0].location
    assert loc is not None and loc.country == "SYR" and loc.name in ("Dar‘ā", "Al Qunayţirah")


def test_host_capital_named_for_its_government(resources: Resources) -> None:
    text = "Once again, Damascus has welcomed General Petrov, the Russian deputy defence minister."
    actors = [actor("Damascus", text, "capital", "SYR")]
    doc = _located(resources, text, ["welcomed"], actors)
    assert [(p.text, p.use) for p in doc.places if p.text == "Damascus"] == [("Damascus", "government")]
    assert not [p for p in doc.places if p.literal], "a capital used for its government is no location"
    loc = doc.events[0].location
    assert loc is not None and loc.name == "Damascus" and loc.country == "SYR" and loc.precision == "city"
    assert loc.place_index is None and "host" in (loc.prov.reason or "")
