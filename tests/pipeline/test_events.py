"""Golden sentences for the events stage: types, roles, voice, nominals, hosting, reciprocity."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents.model import FACTUAL_MODALITIES, Document, Event

STAGES = ["nlp", "actors", "times", "places", "quotes", "events"]
Run = Callable[..., Document]


def events_of(run_stages: Run, text: str) -> tuple[Document, list[Event]]:
    doc = run_stages(text, stages=STAGES)
    assert doc.error is None, doc.error
    return doc, doc.events


def texts(doc: Document, indices: list[int]) -> list[str]:
    return [doc.actors[i].text for i in indices]


def countries(doc: Document, indices: list[int]) -> set[str | None]:
    return {doc.actors[i].country for i in indices}


def trigger(doc: Document, event: Event) -> str:
    return doc.text[event.trigger.start : event.trigger.end]


def main_event(events: list[Event]) -> Event:
    assert events, "no event"
    return max(events, key=lambda e: e.prov.confidence)


# One sentence per PLOVER type; the sentence's most confident event must have that type.
TYPE_SENTENCES = [
    ("AGREE", "Iran and Iraq agreed on Monday to reopen their border crossings."),
    (
        "CONSULT",
        "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Friday.",
    ),
    ("SUPPORT", "The French government praised Morocco for its new migration policy."),
    ("CONCEDE", "The Egyptian government pardoned forty political prisoners on Sunday."),
    ("COOPERATE", "Spain extradited two suspects to France on Thursday."),
    ("AID", "Japan donated emergency supplies to Pakistan after the floods."),
    ("RETREAT", "The rebels released twelve hostages near the border on Tuesday."),
    ("REQUEST", "The United Nations urged Ethiopia to allow aid convoys into Tigray."),
    ("ACCUSE", "Turkey accused Greece of violating its airspace."),
    ("REJECT", "Hungary rejected the European Commission's migration plan."),
    ("THREATEN", "North Korea threatened South Korea with military action."),
    ("PROTEST", "Thousands of students demonstrated against the government in Belgrade."),
    ("SANCTION", "Australia severed diplomatic ties with Niger after the coup."),
    ("MOBILIZE", "Russia deployed troops along the Ukrainian border."),
    ("COERCE", "Police arrested three opposition activists in Minsk."),
    ("ASSAULT", "Israeli aircraft bombed a building in Gaza City."),
]


@pytest.mark.parametrize(("etype", "text"), TYPE_SENTENCES, ids=[t for t, _ in TYPE_SENTENCES])
def test_each_type(run_stages: Run, etype: str, text: str) -> None:
    doc, events = events_of(run_stages, text)
    event = main_event(events)
    assert event.event_type == etype, (trigger(doc, event), event.prov.reason)
    assert event.modality == "asserted"
    assert event.source, "the main event has a source"
    assert event.cameo and event.quad_class in (1, 2, 3, 4)
    assert event.evidence is not None and event.prov.reason


def test_active_voice_roles_and_countries(run_stages: Run) -> None:
    doc, events = events_of(run_stages, "Turkey accused Greece of violating its airspace.")
    event = main_event(events)
    assert countries(doc, event.source) == {"TUR"}
    assert countries(doc, event.target) == {"GRC"}
    assert event.mode == "allege" and event.cameo == "112" and event.quad_class == 3


def test_passive_voice_agent_is_source(run_stages: Run) -> None:
    doc, events = events_of(run_stages, "Two journalists were arrested by Egyptian police in Cairo.")
    event = main_event(events)
    assert event.event_type == "COERCE" and event.mode == "arrest"
    assert any("police" in t for t in texts(doc, event.source))
    assert any("journalists" in t for t in texts(doc, event.target))


def test_coordinated_sources(run_stages: Run) -> None:
    doc, events = events_of(run_stages, "France and Germany condemned the bombing of the hospital.")
    event = main_event(events)
    assert event.event_type == "ACCUSE"
    assert countries(doc, event.source) == {"FRA", "DEU"}


def test_reciprocal_talks(run_stages: Run) -> None:
    doc, events = events_of(run_stages, "Russia and China held talks in Beijing on Tuesday.")
    event = main_event(events)
    assert event.event_type == "CONSULT"
    assert countries(doc, event.source) == {"RUS", "CHN"}
    assert countries(doc, event.target) == {"RUS", "CHN"}
    assert all(doc.actors[i].text != "Beijing" for i in event.source + event.target)


def test_hosting_swaps_roles(run_stages: Run) -> None:
    doc, events = events_of(run_stages, "Egypt hosted the Sudanese army chief on Monday.")
    event = main_event(events)
    assert (event.event_type, event.mode) == ("CONSULT", "visit")
    assert countries(doc, event.target) == {"EGY"}
    assert any("army chief" in t for t in texts(doc, event.source))


def test_nominal_event_with_light_verb(run_stages: Run) -> None:
    text = "Vladimir Putin held a phone call with Benjamin Netanyahu on Saturday."
    doc, events = events_of(run_stages, text)
    event = main_event(events)
    assert (event.event_type, event.mode) == ("CONSULT", "phone")
    assert countries(doc, event.source) == {"RUS"}
    assert countries(doc, event.target) == {"ISR"}
    assert "call" in trigger(doc, event)


def test_nominal_event_with_possessor(run_stages: Run) -> None:
    doc, events = events_of(run_stages, "Erdogan's visit to Iraq was his first in a decade.")
    visits = [e for e in events if e.event_type == "CONSULT"]
    assert visits and visits[0].mode == "visit"
    assert countries(doc, visits[0].source) == {"TUR"}
    assert countries(doc, visits[0].target) == {"IRQ"}


def test_relative_clause_light_verb(run_stages: Run) -> None:
    doc, events = events_of(run_stages, "The negotiations Putin held with Erdogan were long.")
    consult = [e for e in events if e.event_type == "CONSULT"]
    assert consult and countries(doc, consult[0].source) == {"RUS"}
    assert countries(doc, consult[0].target) == {"TUR"}


def test_pronoun_takes_the_previous_person(run_stages: Run) -> None:
    text = "Egypt welcomed Sergei Lavrov on Sunday. He met Egyptian officials in Cairo."
    doc, events = events_of(run_stages, text)
    second = [e for e in events if e.sentence == 1 and e.event_type == "CONSULT"]
    assert second and "Lavrov" in (doc.actors[second[0].source[0]].name or "")


def test_a_place_name_alone_is_not_an_actor(run_stages: Run) -> None:
    doc, events = events_of(run_stages, "Heavy fighting continued in Aleppo on Sunday.")
    for event in events:
        assert all(doc.actors[i].text != "Aleppo" for i in event.source + event.target)


def test_event_actor_mentions_are_recorded(run_stages: Run) -> None:
    doc, events = events_of(run_stages, "The striking dockworkers blocked the main road to the port.")
    event = main_event(events)
    assert event.event_type == "PROTEST"
    actor = doc.actors[event.source[0]]
    assert "dockworkers" in actor.text
    assert actor.prov.stage in ("actors", "events")
    if actor.prov.stage == "events":
        assert actor.prov.reason and "noun phrase" in actor.prov.reason


def test_all_events_factual_fields(run_stages: Run) -> None:
    doc, events = events_of(run_stages, "Russia deployed troops along the Ukrainian border.")
    for event in events:
        assert event.modality in FACTUAL_MODALITIES
        assert doc.sentences[event.sentence].start <= event.trigger.start < doc.sentences[event.sentence].end


def test_apposition_gives_the_country(run_stages: Run) -> None:
    text = "Damascus welcomed General Ivan Petrenko, Russia's Deputy Minister of Defence."
    doc, events = events_of(run_stages, text)
    event = main_event(events)
    assert (event.event_type, event.mode) == ("CONSULT", "visit")
    assert countries(doc, event.source) == {"RUS"}
    assert countries(doc, event.target) == {"SYR"}


def test_passive_hosting(run_stages: Run) -> None:
    doc, events = events_of(run_stages, "The Iranian foreign minister was received by Qatar on Monday.")
    event = main_event(events)
    assert (event.event_type, event.mode) == ("CONSULT", "visit")
    assert countries(doc, event.target) == {"QAT"}
    assert countries(doc, event.source) == {"IRN"}


def test_light_noun_and_participants(run_stages: Run) -> None:
    text = "Norway launched a mediation effort between Colombia and the FARC rebels."
    doc, events = events_of(run_stages, text)
    event = main_event(events)
    assert event.event_type == "CONSULT"
    assert countries(doc, event.source) == {"NOR"}
