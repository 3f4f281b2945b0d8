"""Mentions of one event within an article become one event with all its mentions; events that
something tells apart (date, place, side, country) stay apart. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from newsevents.interchange import FORMAT_VERSION, document_record
from newsevents.model import Document, Event

Run = Callable[..., Document]
PUBLISHED = dt.date(2026, 3, 6)  # a Friday
RESTATED = (
    "Kenyan police arrested 40 protesters in Nairobi on Tuesday. "
    "Police detained the protesters after a march on parliament, a police spokesman said."
)


def of_type(run_stages: Run, text: str, etype: str) -> tuple[Document, list[Event]]:
    doc = run_stages(text, published=PUBLISHED)
    assert doc.error is None, doc.error
    return doc, [e for e in doc.events if e.event_type == etype]


def said(doc: Document, event: Event) -> str:
    return doc.text[event.trigger.start : event.trigger.end]


def test_a_restated_arrest_is_one_event_listing_both_mentions(run_stages: Run) -> None:
    doc, arrests = of_type(run_stages, RESTATED, "COERCE")
    (arrest,) = arrests
    assert len(arrest.mentions) == 1
    other = arrest.mentions[0].trigger
    assert {said(doc, arrest), doc.text[other.start : other.end]} == {"arrested", "detained"}
    assert arrest.date is not None and arrest.date.value == "2026-03-03"
    assert "also told in sentence" in (arrest.prov.reason or "")


def test_arrests_on_different_days_in_different_cities_stay_two_events(run_stages: Run) -> None:
    text = (
        "Kenyan police arrested 12 students in Nairobi on Monday. "
        "In Mombasa, Kenyan police arrested 30 dock workers on Thursday."
    )
    _, arrests = of_type(run_stages, text, "COERCE")
    assert len(arrests) == 2
    assert all(not e.mentions for e in arrests)


def test_attacks_by_the_two_sides_of_one_country_stay_two_events(run_stages: Run) -> None:
    text = "Congolese soldiers attacked rebel fighters near Goma. Congolese rebels attacked an army base."
    _, attacks = of_type(run_stages, text, "ASSAULT")
    assert len(attacks) == 2


def test_a_later_mention_gives_the_date_its_first_mention_lacks(run_stages: Run) -> None:
    text = (
        "Kenyan police arrested 40 opposition supporters in Nairobi. "
        "Police detained the supporters on Tuesday, the interior ministry said."
    )
    _, arrests = of_type(run_stages, text, "COERCE")
    (arrest,) = arrests
    assert arrest.date is not None and arrest.date.value == "2026-03-03"
    assert arrest.mentions


def test_the_interchange_record_lists_the_other_mentions(run_stages: Run) -> None:
    doc, _ = of_type(run_stages, RESTATED, "COERCE")
    record = document_record(doc)
    assert record["format"] == FORMAT_VERSION == "newsevents-interchange/5"
    (event,) = [e for e in record["events"] if e["event_type"] == "COERCE"]
    (mention,) = event["mentions"]
    assert mention["trigger"]["text"] in ("arrested", "detained")
    assert mention["trigger"]["text"] != event["trigger"]["text"]
    assert mention["evidence"]["start"] != event["evidence"]["start"]


def test_a_bloc_of_governments_restated_by_its_ministers_is_one_event(run_stages: Run) -> None:
    bloc = "EU foreign ministers agreed to lift most sanctions on Belarus."
    doc, (lift,) = of_type(
        run_stages, f"{bloc} Ministers agreed to drop the sanctions, a statement said.", "CONCEDE"
    )
    assert [m.sentence for m in lift.mentions] == [1]
    assert doc.actors[lift.source[0]].sector == "IGO"


def test_a_bloc_of_governments_and_rebels_stay_two_events(run_stages: Run) -> None:
    doc, condemnations = of_type(
        run_stages, "The African Union condemned the massacre. Rebels also condemned the massacre.", "ACCUSE"
    )
    assert [e.sentence for e in condemnations] == [0, 1]
    assert {doc.actors[e.source[0]].sector for e in condemnations} == {"IGO", "REB"}


UNDATED_COUP = "France condemned the coup that ousted the Guinean president."


def test_an_undated_mention_joins_the_day_the_text_gives_weeks_before_publication(run_stages: Run) -> None:
    text = f"{UNDATED_COUP} Guinean soldiers ousted the president on February 20 and detained him."
    _, (coup,) = of_type(run_stages, text, "COERCE")
    assert coup.date is not None and coup.date.value == "2026-02-20"
    assert [m.sentence for m in coup.mentions] == [0]


def test_an_undated_mention_stays_apart_from_one_of_last_year(run_stages: Run) -> None:
    text = f"{UNDATED_COUP} Guinean soldiers also ousted a president last year."
    _, coups = of_type(run_stages, text, "COERCE")
    assert len(coups) == 2
    assert {e.date.value for e in coups if e.date is not None} == {"2026-03", "2025"}


ARREST_TITLE = "Kenyan police arrest two suspects in Mombasa"


def test_a_body_event_takes_the_place_its_folded_headline_gives(run_stages: Run) -> None:
    body = "Kenyan police on Thursday arrested two suspects after a tip-off, a police commander said."
    doc = run_stages(f"{ARREST_TITLE}\n\n{body}", published=PUBLISHED, title=ARREST_TITLE)
    (arrest,) = [e for e in doc.events if e.event_type == "COERCE"]
    assert arrest.sentence == 1 and arrest.location is not None
    assert arrest.location.name == "Mombasa"
    assert "from its mention in sentence 1" in (arrest.location.prov.reason or "")


def test_a_body_event_keeps_the_place_of_its_own_clause(run_stages: Run) -> None:
    body = "Kenyan police on Thursday arrested two suspects in Nairobi, a police commander said."
    doc = run_stages(f"{ARREST_TITLE}\n\n{body}", published=PUBLISHED, title=ARREST_TITLE)
    (arrest,) = [e for e in doc.events if e.event_type == "COERCE"]
    assert arrest.location is not None and arrest.location.name == "Nairobi"
    assert "from its mention" not in (arrest.location.prov.reason or "")


def test_a_mention_told_in_the_present_joins_the_day_the_text_gives(run_stages: Run) -> None:
    # the present tense dates it to the day of publication, which says "by then", as the fallback does
    text = (
        "Kenyan police detain 40 protesters in Nairobi.\n\n"
        "Kenyan police detained 40 protesters in Nairobi on Wednesday, a police spokesman said."
    )
    _, arrests = of_type(run_stages, text, "COERCE")
    (arrest,) = arrests
    assert arrest.date is not None and arrest.date.value == "2026-03-04"
    assert arrest.mentions


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "A suicide bomber attacked a police post in Kano, killing six officers. "
            "Another suicide bomber attacked the police post, witnesses said.",
            "another",
        ),
        (
            "Gunmen attacked a bus near Maiduguri on Monday. "
            "In a separate incident, gunmen attacked a market near Maiduguri.",
            "separate",
        ),
    ],
)
def test_an_attack_told_as_another_stays_a_second_event(run_stages: Run, text: str, cue: str) -> None:
    _, attacks = of_type(run_stages, text, "ASSAULT")
    assert len(attacks) == 2
    assert f"told as another ({cue!r})" in (attacks[1].prov.reason or "")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # "earlier" places the march against the protest's day, not against another march
        (
            "Students protested in Panama City on Wednesday against the mining contract. "
            "Earlier, hundreds of students marched towards the National Assembly.",
            "PROTEST",
        ),
        # a copula's "second protest" identifies the protest told
        (
            "Government workers protested in Islamabad on Tuesday over unpaid wages. "
            "This is the second protest by government workers this month.",
            "PROTEST",
        ),
        # "another" on the victims counts more people hurt by the one attack
        (
            "Gunmen attacked a bus near Maiduguri on Monday, killing ten passengers. "
            "Another seven passengers were wounded in the attack, police said.",
            "ASSAULT",
        ),
    ],
)
def test_a_mention_with_a_word_of_sequence_or_count_is_still_the_one_event(
    run_stages: Run, text: str, etype: str
) -> None:
    _, events = of_type(run_stages, text, etype)
    assert len(events) == 1
