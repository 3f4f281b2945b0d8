"""Event dates: governing expression > same sentence > previous sentence > publication date > None.

Events are made by hand here so that these tests do not depend on the events stage. Every sentence was
written for these tests; the publication date is Friday 15 March 2024 unless a test says otherwise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from newsevents.model import Document, Event, EventDate, Provenance, Span, TimeMention
from newsevents.pipeline import Resources
from newsevents.stages.event_dates import EventDatesStage
from newsevents.temporal.event_dates import event_date_value

pytestmark = pytest.mark.slow
PUBLISHED = dt.date(2024, 3, 15)
Run = Callable[..., Document]


def dated(
    run_stages: Run, resources: Resources, text: str, trigger: str, published: dt.date | None = PUBLISHED
) -> EventDate | None:
    """The date the event_dates stage gives a hand-made event on the first ``trigger`` word."""
    doc = run_stages(text, stages=["nlp", "times"], published=published)
    start = text.index(trigger)
    event = Event("ASSAULT", Span(start, start + len(trigger)), doc.sentence_at(start), Provenance("test"))
    doc.events = [event]
    EventDatesStage({}, resources)(doc)
    return event.date


def test_governing_expression_beats_a_nearer_one(run_stages: Run, resources: Resources) -> None:
    text = (
        "The minister who arrived on Tuesday met the exiled opposition leader and tribal elders on Thursday."
    )
    date = dated(run_stages, resources, text, "met")
    assert date is not None
    assert (date.value, date.precision) == ("2024-03-14", "day")
    assert date.prov.reason is not None and "governing" in date.prov.reason
    arrived = dated(run_stages, resources, text, "arrived")
    assert arrived is not None and arrived.value == "2024-03-12"


def test_expression_on_the_trigger_beats_one_on_its_head(run_stages: Run, resources: Resources) -> None:
    text = "The envoy landed in Cairo on Sunday, hours after the presidents held a call the previous evening."
    held = dated(run_stages, resources, text, "held")
    assert held is not None and held.value == "2024-03-09"
    landed = dated(run_stages, resources, text, "landed")
    assert landed is not None and landed.value == "2024-03-10"


def test_nearest_date_in_the_same_sentence(run_stages: Run, resources: Resources) -> None:
    text = "Rebels attacked the convoy, the ministry said in a statement issued Friday."
    date = dated(run_stages, resources, text, "attacked")
    assert date is not None and date.value == "2024-03-15"
    assert date.prov.reason is not None and "same sentence" in date.prov.reason


def test_date_of_the_previous_sentence(run_stages: Run, resources: Resources) -> None:
    text = "Fighting resumed near the border on Monday. Rebels attacked a supply convoy."
    date = dated(run_stages, resources, text, "attacked")
    assert date is not None and date.value == "2024-03-11"
    assert date.prov.reason is not None and "previous sentence" in date.prov.reason


def test_publication_date_fallback(run_stages: Run, resources: Resources) -> None:
    date = dated(run_stages, resources, "Rebels attacked a supply convoy.", "attacked")
    assert date is not None
    assert (date.value, date.precision, date.prov.reason) == (
        "2024-03-15",
        "day",
        "publication date fallback",
    )
    assert date.time_index is None


def test_no_date_at_all(run_stages: Run, resources: Resources) -> None:
    assert (
        dated(run_stages, resources, "Rebels attacked a supply convoy.", "attacked", published=None) is None
    )


def test_two_sentences_back_is_too_far(run_stages: Run, resources: Resources) -> None:
    text = "Fighting resumed on Monday. The roads were empty. Rebels attacked a supply convoy."
    assert dated(run_stages, resources, text, "attacked", published=None) is None


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the convoy for two days.",
        "Rebels attack the convoy every week.",
        "The siege lasted three months. Rebels attacked the convoy.",
    ],
)
def test_durations_and_sets_never_date_an_event(run_stages: Run, resources: Resources, text: str) -> None:
    assert dated(run_stages, resources, text, "attack", published=None) is None


def test_time_of_day_is_cut_to_its_day(run_stages: Run, resources: Resources) -> None:
    text = "The leaders spoke by phone on Saturday night."
    date = dated(run_stages, resources, text, "spoke")
    assert date is not None and (date.value, date.precision) == ("2024-03-09", "day")


@pytest.mark.parametrize(
    ("text", "trigger", "value", "precision"),
    [
        ("The accord was signed in March 2019 in Doha.", "signed", "2019-03", "month"),
        ("Both presidents agreed on the plan in 2017.", "agreed", "2017", "year"),
        ("Police raided the offices last week.", "raided", "2024-03-04", "week"),
    ],
)
def test_precision_is_kept(
    run_stages: Run, resources: Resources, text: str, trigger: str, value: str, precision: str
) -> None:
    date = dated(run_stages, resources, text, trigger)
    assert date is not None and (date.value, date.precision) == (value, precision)
    assert date.time_index is not None


@pytest.mark.parametrize(
    ("type_", "value", "precision", "expected"),
    [
        ("DATE", "2025-11-15TEV", "time", ("2025-11-15", "day")),
        ("DATE", "1989-Q3", "season", ("1989", "season")),
        ("DATE", "2013-W11", "week", ("2013-03-11", "week")),
        ("DATE", "PRESENT_REF", None, None),
        ("DATE", "199", "decade", None),
        ("DATE", "XXXX-12-08", "day", None),
        ("DURATION", "P2D", None, None),
        ("SET", "P1W", None, None),
    ],
)
def test_event_date_forms(
    type_: str, value: str, precision: str | None, expected: tuple[str, str] | None
) -> None:
    time = TimeMention(0, 1, "x", 0, Provenance("times"), type_, value, precision)  # type: ignore[arg-type]
    assert event_date_value(time) == expected
