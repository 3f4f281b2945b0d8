"""The times stage end to end: recognition, TIMEX3 values, anchoring and year inference.

Every sentence here was written for these tests. The publication date used throughout is Friday
15 March 2024 (ISO week 11) unless a test says otherwise.
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
    for t in doc.times:
        assert text[t.start : t.end] == t.text
    return {t.text: t for t in doc.times}


def value_of(run_stages: Run, text: str, surface: str, published: dt.date | None = PUBLISHED) -> str | None:
    found = times(run_stages, text, published)
    assert surface in found, f"{surface!r} not found in {sorted(found)}"
    return found[surface].value


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Gunmen stormed the village on Sunday, residents said.", "Sunday", "2024-03-10"),
        ("The defence minister said Friday that troops would stay.", "Friday", "2024-03-15"),
        ("The two delegations will meet again on Tuesday.", "Tuesday", "2024-03-19"),
        ("Rebels shelled the airport yesterday.", "yesterday", "2024-03-14"),
        ("The parliament votes today on the budget.", "today", "2024-03-15"),
        ("Tomorrow the envoy is expected in Cairo.", "Tomorrow", "2024-03-16"),
        ("Two days ago, thousands marched through the capital.", "Two days ago", "2024-03-13"),
        ("Police arrested six activists last week.", "last week", "2024-W10"),
        ("The ceasefire collapsed earlier this month.", "earlier this month", "2024-03"),
        ("Elections are planned for next month.", "next month", "2024-04"),
        ("Exports fell sharply this year.", "this year", "2024"),
        ("The border was closed last year.", "last year", "2023"),
        ("Clashes broke out on Saturday night near the port.", "Saturday night", "2024-03-09TNI"),
        # a night that runs from one day into the next is the night of the day it begins on
        (
            "Gunmen raided the village on the night of Thursday to Friday.",
            "the night of Thursday to Friday",
            "2024-03-14TNI",
        ),
        (
            "Shelling went on from Wednesday night into Thursday.",
            "Wednesday night into Thursday",
            "2024-03-13TNI",
        ),
        ("The army is now in control of the bridge.", "now", "PRESENT_REF"),
        ("The road is currently closed.", "currently", "PRESENT_REF"),
        ("The group recently changed its leader.", "recently", "PAST_REF"),
        ("The treaty was signed on 4 October 2007 in Lisbon.", "4 October 2007", "2007-10-04"),
        ("The monument was built in 1998.", "1998", "1998"),
        ("The accord was reached in 2017.", "2017", "2017"),
        ("Inflation soared in the 1990s.", "the 1990s", "199"),
        ("The blast hit the market at 10:35 a.m. on Thursday.", "10:35 a.m. on Thursday", "2024-03-14T10:35"),
        ("Profits rose in the third quarter.", "the third quarter", "2023-Q3"),
        ("The strike ended last summer.", "last summer", "2023-SU"),
    ],
)
def test_values_against_the_publication_date(run_stages: Run, text: str, surface: str, value: str) -> None:
    assert value_of(run_stages, text, surface) == value


def test_month_and_day_take_the_year_by_tense(run_stages: Run) -> None:
    # Past tense: the latest 28 March not after the publication date (15 March 2024) is in 2023.
    assert value_of(run_stages, "The agreement was signed on March 28.", "March 28") == "2023-03-28"
    # Future tense: the next one.
    assert value_of(run_stages, "The agreement will be signed on March 28.", "March 28") == "2024-03-28"
    assert value_of(run_stages, "The fighting began on Aug. 7.", "Aug. 7") == "2023-08-07"


def test_previous_evening_is_relative_to_the_last_day_named(run_stages: Run) -> None:
    text = "The envoy landed on Thursday, hours after a phone call between the leaders the previous evening."
    found = times(run_stages, text)
    assert found["Thursday"].value == "2024-03-14"
    assert found["the previous evening"].value == "2024-03-13TEV"
    assert found["the previous evening"].precision == "time"


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The talks lasted for two days.", "two days", "P2D"),
        ("The siege went on for three months.", "three months", "P3M"),
        ("Rescuers worked for five hours to free them.", "five hours", "PT5H"),
        ("The court gave the company a two-year deadline.", "two-year", "P2Y"),
        ("Over the past two weeks the rebels advanced.", "the past two weeks", "P2W"),
    ],
)
def test_durations_are_typed_and_not_dated(run_stages: Run, text: str, surface: str, value: str) -> None:
    found = times(run_stages, text)
    assert found[surface].type == "DURATION"
    assert found[surface].value == value
    assert found[surface].precision is None


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Inspectors visit the plant every week.", "every week", "P1W"),
        ("The ministry publishes casualty figures daily.", "daily", "P1D"),
        ("The council meets every Monday.", "every Monday", "XXXX-WXX-1"),
        ("Herders move south every winter.", "every winter", "XXXX-WI"),
    ],
)
def test_sets(run_stages: Run, text: str, surface: str, value: str) -> None:
    found = times(run_stages, text)
    assert found[surface].type == "SET"
    assert found[surface].value == value


@pytest.mark.parametrize(
    "text",
    [
        "The 6-year-old girl was rescued from the rubble.",
        "She may return to the talks if the shelling stops.",
        "The factory employed 1,500 workers and exported 2,000 tonnes.",
        "Soldiers march through the square.",
        "Jan Kowalski, the mayor, resigned.",
    ],
)
def test_what_is_not_a_time_expression(run_stages: Run, text: str) -> None:
    assert times(run_stages, text) == {}


def _pipeline(resources: Resources, today: str) -> Pipeline:
    overrides: dict[str, Any] = {"pipeline": {"stages": STAGES}, "stages": {"times": {"today": today}}}
    return Pipeline(load_config(overrides=overrides), resources)


def test_year_inferred_from_a_weekday_date_pair_without_publication_date(resources: Resources) -> None:
    text = (
        "The minister landed in Kyiv on Sunday, 16 November, a day after talks the previous evening. "
        "Both sides want to return to the lines held before 8 December."
    )
    doc = _pipeline(resources, "2026-01-10")(Article(id="t", text=text))
    found = {t.text: t for t in doc.times}
    assert found["Sunday, 16 November"].value == "2025-11-16"
    reason = found["Sunday, 16 November"].prov.reason or ""
    assert "weekday" in reason and "no publication date" in reason
    assert found["the previous evening"].value == "2025-11-15TEV"
    # Not after the inferred anchor: the December before it.
    assert found["8 December"].value == "2024-12-08"


def test_year_inference_never_passes_today(resources: Resources) -> None:
    text = "The minister landed in Kyiv on Sunday, 16 November."
    doc = _pipeline(resources, "2025-11-10")(Article(id="t", text=text))
    # 16 November 2025 is still ahead of that "today"; the Sunday before it falls in 2014.
    assert doc.times[0].value == "2014-11-16"


def test_anchor_from_a_full_date_when_no_weekday_pair(resources: Resources) -> None:
    text = "On 4 October 2007 the ministers met in Lisbon. Two days later they signed the accord."
    doc = _pipeline(resources, "2026-01-10")(Article(id="t", text=text))
    found = {t.text: t for t in doc.times}
    assert found["4 October 2007"].value == "2007-10-04"
    assert found["Two days later"].value == "2007-10-06"


def test_without_any_anchor_relative_dates_stay_unresolved(run_stages: Run) -> None:
    found = times(run_stages, "Rebels shelled the airport yesterday and again on 8 December.", published=None)
    assert found["yesterday"].value is None
    assert found["8 December"].value == "XXXX-12-08"


def test_seed_article_values(resources: Resources) -> None:
    from tests.conftest import SHARED

    path = SHARED / "seeds" / "000_8edc7b6c48c4ce7e.txt"
    if not path.exists():
        pytest.skip("shared seed article not available")
    doc = _pipeline(resources, "2026-01-10")(Article(id="seed", text=path.read_text(encoding="utf-8")))
    values = {(t.text, t.value) for t in doc.times}
    assert ("Sunday, 16 November", "2025-11-16") in values
    assert ("the previous evening", "2025-11-15TEV") in values
    assert ("2017", "2017") in values
    assert ("8 December", "2024-12-08") in values
    assert ("1982", "1982") in values
    sunday = next(t for t in doc.times if t.text == "Sunday, 16 November")
    assert "weekday" in (sunday.prov.reason or "")


def test_heuristic_values_say_why(run_stages: Run) -> None:
    found = times(run_stages, "Gunmen stormed the village on Sunday, residents said.")
    assert "past-tense" in (found["Sunday"].prov.reason or "")
    explicit = times(run_stages, "The treaty was signed on 4 October 2007.")["4 October 2007"]
    assert explicit.prov.reason is None
    relative = times(run_stages, "Exports fell sharply last month, the ministry said.")["last month"]
    assert relative.value == "2024-02"
    assert "anchor date 2024-03-15" in (relative.prov.reason or "")


def test_user_lexicon_adds_words(resources: Resources, tmp_path: Any) -> None:
    extra = tmp_path / "holidays.tsv"
    extra.write_text("word\tcategory\tvalue\tflags\nNowruz\tholiday\t03-21\t\n", encoding="utf-8")
    overrides: dict[str, Any] = {
        "pipeline": {"stages": STAGES},
        "stages": {"times": {"extra_lexicons": [str(extra)]}},
    }
    pipe = Pipeline(load_config(overrides=overrides), resources)
    doc = pipe(Article(id="t", text="Crowds gathered in Kabul on Nowruz.", published=PUBLISHED))
    assert [(t.text, t.value) for t in doc.times] == [("Nowruz", "2023-03-21")]
    plain = _pipeline(resources, "")(
        Article(id="t", text="Crowds gathered in Kabul on Nowruz.", published=PUBLISHED)
    )
    assert plain.times == []
