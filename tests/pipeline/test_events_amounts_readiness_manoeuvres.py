"""Events told through amounts, readiness and manoeuvres around a place: must and must-not cases."""

from __future__ import annotations

from collections.abc import Callable

from newsevents.model import Document, Event

STAGES = ["nlp", "actors", "times", "places", "quotes", "events"]
Run = Callable[..., Document]


def typed(run_stages: Run, text: str, etype: str) -> tuple[Document, list[Event]]:
    doc = run_stages(text, stages=STAGES)
    assert doc.error is None, doc.error
    return doc, [e for e in doc.events if e.event_type == etype]


def target_countries(doc: Document, event: Event) -> set[str | None]:
    return {doc.actors[i].country for i in event.target}


def test_amount_of_aid_is_carried_by_the_verb(run_stages: Run) -> None:
    doc, aid = typed(
        run_stages, "Norway granted $40 million in emergency assistance to Yemen on Friday.", "AID"
    )
    assert aid, doc.events
    assert "YEM" in target_countries(doc, aid[0])
    assert {doc.actors[i].country for i in aid[0].source} == {"NOR"}


def test_amount_without_event_noun_is_no_aid(run_stages: Run) -> None:
    _, aid = typed(run_stages, "The court granted three weeks of leave to the defendants.", "AID")
    assert aid == []


def test_raised_readiness_is_mobilization(run_stages: Run) -> None:
    doc, mob = typed(
        run_stages, "Armenia's army raised the readiness of its border units on Sunday.", "MOBILIZE"
    )
    assert mob, doc.events
    assert {doc.actors[i].country for i in mob[0].source} == {"ARM"}


def test_readiness_to_talk_is_not_mobilization(run_stages: Run) -> None:
    _, mob = typed(
        run_stages, "The foreign minister expressed readiness to resume talks with Baku.", "MOBILIZE"
    )
    assert mob == []


def test_drills_around_a_named_place_target_its_country(run_stages: Run) -> None:
    doc, mob = typed(run_stages, "Russia's navy held exercises near Estonia on Monday.", "MOBILIZE")
    assert mob, doc.events
    assert "EST" in target_countries(doc, mob[0])


def test_noun_drills_around_a_place_beat_the_verb_date(run_stages: Run) -> None:
    text = "Beijing's forces launched large naval exercises around Taiwan on Tuesday."
    doc, mob = typed(run_stages, text, "MOBILIZE")
    assert mob, doc.events
    assert "TWN" in target_countries(doc, mob[0])


def test_a_school_fire_drill_is_no_mobilization(run_stages: Run) -> None:
    _, mob = typed(run_stages, "The firefighters held a drill at the school on Monday.", "MOBILIZE")
    assert mob == []


def test_a_decision_granting_aid_is_its_authors_act(run_stages: Run) -> None:
    text = "The Japanese cabinet adopted a decision granting $15 million in assistance to Haiti."
    doc, aid = typed(run_stages, text, "AID")
    assert aid, doc.events
    source = [doc.actors[i].text for i in aid[0].source]
    assert any("cabinet" in s for s in source), source
    assert not any("decision" in s for s in source), source
