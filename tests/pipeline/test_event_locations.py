"""Event locations come from a place attached to the trigger in its own clause, never from elsewhere."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.model import ActorMention, Document, Event, Provenance, Span
from newsevents.resources import Resources
from newsevents.settings import GazetteerSettings
from newsevents.stages._gazetteer import shared_gazetteer
from newsevents.stages.event_locations import EventLocationsStage
from newsevents.stages.nlp import NlpStage
from newsevents.stages.places import PlacesStage
from tests.places_helpers import actor, parse

pytestmark = pytest.mark.slow


def _event(
    doc: Document, trigger: str, event_type: str = "CONSULT", source: list[int] | None = None
) -> Event:
    start = doc.text.index(trigger)
    span = Span(start, start + len(trigger))
    return Event(event_type, span, doc.sentence_at(start), Provenance("test"), source=source or [])


def _located(
    resources: Resources,
    text: str,
    triggers: list[str],
    actors: list[ActorMention] | None = None,
    event_type: str = "CONSULT",
    config: dict[str, object] | None = None,
) -> Document:
    """The events of ``triggers``, each with the actor of the same position as its source when given."""
    doc = parse(resources, text)
    doc.actors = actors or []
    doc = PlacesStage({}, resources)(doc)
    doc.events = [
        _event(doc, t, event_type, [i] if i < len(doc.actors) else None) for i, t in enumerate(triggers)
    ]
    return EventLocationsStage(config or {}, resources)(doc)


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


@pytest.mark.parametrize(
    ("text", "trigger", "event_type", "country"),
    [
        ("Gunmen attacked a checkpoint in Daraa on Monday.", "attacked", "ASSAULT", "SYR"),
        ("Police in Damascus, Oregon arrested two men on Tuesday.", "arrested", "COERCE", "USA"),
        ("Officials said an airstrike on a market in Sanaa killed 12 people.", "killed", "ASSAULT", "YEM"),
        ("The militia shelled a camp on the northern edge of El Fasher.", "shelled", "ASSAULT", "SDN"),
        ("Protesters in Khartoum demanded the release of detainees.", "demanded", "REQUEST", "SDN"),
    ],
)
def test_a_place_inside_an_argument_of_the_trigger(
    resources: Resources, text: str, trigger: str, event_type: str, country: str
) -> None:
    loc = _located(resources, text, [trigger], event_type=event_type).events[0].location
    assert loc is not None and loc.country == country, text
    assert loc.prov.reason and loc.place_index is not None


def test_a_place_inside_a_relative_clause_is_another_events(resources: Resources) -> None:
    text = "Police arrested two men who had fled to Homs."
    assert _located(resources, text, ["arrested"], event_type="COERCE").events[0].location is None


def test_direction_from_a_place_and_origin_of_a_withdrawal(resources: Resources) -> None:
    text = "A drone struck a car south of Benghazi. Troops withdrew on Monday from two positions near Sirte."
    doc = _located(resources, text, ["struck", "withdrew"], event_type="ASSAULT")
    struck, withdrew = (e.location for e in doc.events)
    assert struck is not None and struck.country == "LBY" and "locative" in (struck.prov.reason or "")
    assert withdrew is not None and withdrew.country == "LBY"


def test_a_passive_subject_acted_on_is_the_location(resources: Resources) -> None:
    text = "Kharkiv was shelled overnight, officials said."
    loc = _located(resources, text, ["shelled"], event_type="ASSAULT").events[0].location
    assert loc is not None and loc.country == "UKR" and "passive subject" in (loc.prov.reason or "")


def test_what_an_accusation_is_about_is_not_where_it_was_made(resources: Resources) -> None:
    about = "Pakistan's foreign office accused India of building dams in Kashmir."
    india = [actor("India", about, "state", "IND")]
    assert _located(resources, about, ["accused"], india, "ACCUSE").events[0].location is None
    speaker = "Officials in Islamabad accused India of building dams upstream."
    india = [actor("India", speaker, "state", "IND")]
    loc = _located(resources, speaker, ["accused"], india, "ACCUSE").events[0].location
    assert loc is not None and loc.country == "PAK"


DATELINED = (
    "KARACHI, Feb 20 (newswire) — Police detained 14 protesters on Friday, a spokesman said.\n\n"
    "New Delhi rejected the accusation the same day."
)


def _datelined_actors() -> list[ActorMention]:
    return [
        actor("Police", DATELINED, "organisation", "PAK"),
        actor("New Delhi", DATELINED, "capital", "IND"),
    ]


def test_a_domestic_event_the_clause_does_not_place_takes_the_dateline(resources: Resources) -> None:
    doc = _located(resources, DATELINED, ["detained", "rejected"], _datelined_actors(), "COERCE")
    detained, rejected = (e.location for e in doc.events)
    assert detained is not None and detained.name == "Karachi" and detained.country == "PAK"
    assert "dateline fallback" in (detained.prov.reason or "") and detained.prov.confidence < 0.5
    assert rejected is None, "an Indian act is not placed in a Pakistani dateline"


def test_the_dateline_fallback_can_be_turned_off(resources: Resources) -> None:
    config: dict[str, object] = {"dateline_fallback": False}
    doc = _located(resources, DATELINED, ["detained"], _datelined_actors(), "COERCE", config)
    assert doc.events[0].location is None


def test_the_stages_end_a_dateline_at_the_marks_the_resources_hold(resources: Resources) -> None:
    text = DATELINED.replace(" (newswire) —", " |")
    given = Resources(
        nlp=NlpStage({}, resources).nlp,
        gazetteer=shared_gazetteer(resources, GazetteerSettings()),
        dateline_marks=frozenset({"|"}),
    )
    located = _located(given, text, ["detained"], _datelined_actors(), "COERCE").events[0].location
    assert located is not None and located.name == "Karachi"
    # without the mark there is no dateline, so no dateline fallback (its sentence may still place it)
    plain = _located(resources, text, ["detained"], _datelined_actors(), "COERCE").events[0].location
    assert plain is None or "dateline" not in (plain.prov.reason or "")


def test_a_visitors_next_act_is_where_the_visit_went(resources: Resources) -> None:
    text = "The French foreign minister arrived in Beirut on Thursday. Marchand met Lebanon's president."
    doc = parse(resources, text)
    doc.actors = [
        actor("The French foreign minister", text, "person", "FRA", actor_id="FRA.marchand"),
        actor("Marchand", text, "person", "FRA", actor_id="FRA.marchand"),
        actor("Lebanon's president", text, "person", "LBN", actor_id="LBN.president"),
    ]
    doc = PlacesStage({}, resources)(doc)
    arrived, met = _event(doc, "arrived", source=[0]), _event(doc, "met", source=[1])
    arrived.mode = "visit"
    stranger = _event(doc, "met", source=[2])  # someone else's act in the same sentence
    doc.events = [arrived, met, stranger]
    EventLocationsStage({}, resources)(doc)
    assert arrived.location is not None and arrived.location.country == "LBN"
    assert met.location is not None and met.location.name == "Beirut"
    assert (
        "visiting" in (met.location.prov.reason or "")
        and met.location.prov.confidence < arrived.location.prov.confidence
    )
    # someone else's act is not placed by the visit (the article's home may still place it)
    assert stranger.location is None or "visiting" not in (stranger.location.prov.reason or "")
    assert stranger.location is None or stranger.location.name != "Beirut"


def test_a_visit_to_a_country_the_model_mislabels_goes_to_that_country(run_stages: Any) -> None:
    # the small model tags "Togo" NORP and "Malawi" PERSON in these sentences
    for text, country in (
        ("The Ghanaian foreign minister on Monday evening arrived in Togo for a two-day visit.", "TGO"),
        ("The Brazilian president visited Malawi on Tuesday.", "MWI"),
    ):
        doc = run_stages(text)
        visits = [e for e in doc.events if (e.event_type, e.mode) == ("CONSULT", "visit")]
        assert len(visits) == 1, text
        assert visits[0].location is not None and visits[0].location.country == country
        assert [doc.actors[i].country for i in visits[0].target] == [country]


def test_an_event_among_the_home_countrys_parties_is_placed_in_that_country(run_stages: Any) -> None:
    text = "Protests spread across Lahore and Karachi on Friday. Police arrested 40 people."
    doc = run_stages(text)
    arrested = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "arrested")
    assert arrested.location is not None
    assert (arrested.location.country, arrested.location.precision) == ("PAK", "country")
    assert "one country" in (arrested.location.prov.reason or "")


def test_a_foreign_partys_statement_is_not_placed_at_the_story_home(run_stages: Any) -> None:
    text = "Protests spread across Lahore and Karachi on Friday. The US State Department condemned them."
    doc = run_stages(text)
    condemned = [e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "condemned"]
    assert condemned and all(e.location is None for e in condemned)


def test_the_lone_place_of_the_sentence_locates_an_act_of_its_clause(run_stages: Any) -> None:
    text = "Shelling by the paramilitary forces killed 18 people and wounded 40 others in El Fasher."
    doc = run_stages(text)
    located = [e.location for e in doc.events if e.event_type == "ASSAULT" and e.location is not None]
    assert located and all(loc.name == "El Fasher" for loc in located)


def test_the_home_fallback_can_be_turned_off(resources: Resources) -> None:
    from newsevents.model import Article
    from newsevents.pipeline import Pipeline, load_config

    text = "Protests spread across Lahore and Karachi on Friday. Police arrested 40 people."
    config = load_config(overrides={"stages": {"event_locations": {"home_fallback": False}}})
    doc = Pipeline(config, resources)(Article(id="home-off", text=text))
    arrested = [e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "arrested"]
    assert arrested and all(e.location is None for e in arrested)
