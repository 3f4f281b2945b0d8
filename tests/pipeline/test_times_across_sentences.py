"""Times stage, second round: anaphora across sentences, plans, spans, "today's", inferred anchors.

Every sentence here was written for these tests. Publication date: Friday 15 March 2024 unless a
test says otherwise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from newsevents.model import Article, Document, TimeMention
from newsevents.pipeline import Pipeline, load_config
from newsevents.resources import Resources

pytestmark = pytest.mark.slow
STAGES = ["nlp", "times"]
PUBLISHED = dt.date(2024, 3, 15)
Run = Callable[..., Document]


def times(run_stages: Run, text: str, published: dt.date | None = PUBLISHED) -> dict[str, TimeMention]:
    doc = run_stages(text, stages=STAGES, published=published)
    assert doc.error is None
    return {t.text: t for t in doc.times}


def test_previous_evening_follows_the_day_told_sentences_before(run_stages: Run) -> None:
    text = (
        "Militants attacked a border post on Tuesday, the army said. "
        "Four soldiers were wounded. "
        "The post had been reinforced in January. "
        "The group had threatened the garrison the previous evening in a video."
    )
    found = times(run_stages, text)
    assert found["Tuesday"].value == "2024-03-12"
    # Not the evening before publication (2024-03-14TEV): the Tuesday three sentences back.
    assert found["the previous evening"].value == "2024-03-11TEV"


def test_a_flashback_does_not_move_the_story_day(run_stages: Run) -> None:
    text = (
        "Protesters blocked the main bridge on Wednesday, 13 March. "
        "Organisers had announced the march on Monday. "
        "Police cleared the bridge the following day."
    )
    found = times(run_stages, text)
    assert found["Monday"].value == "2024-03-11"
    assert found["the following day"].value == "2024-03-14"  # after Wednesday, not after Monday


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The envoy is due to fly to Nairobi on Thursday for talks.", "Thursday", "2024-03-21"),
        ("The commission is set to publish its findings on Tuesday.", "Tuesday", "2024-03-19"),
        ("The rebels are expected to hand over weapons on Saturday.", "Saturday", "2024-03-16"),
        ("The cabinet is scheduled to vote on Wednesday.", "Wednesday", "2024-03-20"),
        ("The minister will visit the camps on Monday.", "Monday", "2024-03-18"),
    ],
)
def test_plans_put_the_weekday_ahead(run_stages: Run, text: str, surface: str, value: str) -> None:
    assert times(run_stages, text)[surface].value == value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # A past plan or a participle keeps the weekday behind.
        ("The permit was due to expire on Tuesday, officials said.", "Tuesday", "2024-03-12"),
        ("Turnout beat the record set on Sunday.", "Sunday", "2024-03-10"),
        ("Troops withdrew from the town on Wednesday.", "Wednesday", "2024-03-13"),
    ],
)
def test_no_plan_no_future(run_stages: Run, text: str, surface: str, value: str) -> None:
    assert times(run_stages, text)[surface].value == value


@pytest.mark.parametrize(
    ("text", "surface", "type_", "value"),
    [
        ("Militias seized six villages over the past month.", "the past month", "DURATION", "P1M"),
        ("Fuel prices doubled in the past week.", "the past week", "DURATION", "P1W"),
        ("Exports fell sharply during the last year.", "the last year", "DURATION", "P1Y"),
        ("Police detained nine people in the past three days.", "the past three days", "DURATION", "P3D"),
        # A calendar unit, not a span: these stay dates.
        ("Militias seized six villages last month.", "last month", "DATE", "2024-02"),
        ("Fuel prices doubled last week.", "last week", "DATE", "2024-W10"),
    ],
)
def test_past_spans_are_durations(run_stages: Run, text: str, surface: str, type_: str, value: str) -> None:
    t = times(run_stages, text)[surface]
    assert (t.type, t.value) == (type_, value)


def test_todays_names_the_anchor_day_but_not_nowadays(run_stages: Run) -> None:
    found = times(run_stages, "Today's vote ends a year of deadlock, the speaker said.")
    assert found["Today"].value == "2024-03-15"
    generic = times(run_stages, "Such fears are common in today's world, the bishop said.")
    assert not any(k.lower().startswith("today") for k in generic)


def test_weekdays_after_an_inferred_anchor_look_forward(resources: Resources) -> None:
    text = (
        "Fighters overran the garrison on Monday, 4 March, killing nine soldiers. "
        "Reinforcements reached the town on Thursday, the army said. "
        "The garrison had asked for help on Saturday."
    )
    # "today" is pinned so that the inferred year stays 2024 (the latest 4 March on a Monday before it).
    overrides: dict[str, Any] = {"pipeline": {"stages": STAGES}, "stages": {"times": {"today": "2025-06-01"}}}
    doc = Pipeline(load_config(overrides=overrides), resources)(Article(id="t", text=text))
    found = {t.text: t for t in doc.times}
    assert found["Monday, 4 March"].value == "2024-03-04"
    # Written no earlier than Monday 4 March: Thursday is the 7th, not 29 February.
    assert found["Thursday"].value == "2024-03-07"
    # A past perfect is a flashback: the Saturday before the anchor.
    assert found["Saturday"].value == "2024-03-02"


def test_weekdays_after_a_publication_line_look_back_as_from_a_publication_date(
    resources: Resources,
) -> None:
    """A date standing as the text's own publication line is its publication date, not a date it
    mentions: a past weekday lies before it. Month abbreviations without a period are read there."""
    text = "Jul 10, 2024\n\nRebels shelled the garrison on Monday, the army said."
    overrides: dict[str, Any] = {"pipeline": {"stages": STAGES}, "stages": {"times": {"today": "2025-06-01"}}}
    doc = Pipeline(load_config(overrides=overrides), resources)(Article(id="t", text=text))
    found = {t.text: t for t in doc.times}
    assert doc.article.published is not None and doc.article.published.isoformat() == "2024-07-10"
    assert found["Monday"].value == "2024-07-08"
    assert found["Monday"].value != "2024-07-15"
