"""Issue 10, point 2: publication dates as feeds write them; a bad one is a warning, never a rejection."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from newsevents.dates import read_published
from newsevents.ingest import IngestOptions, iter_items
from newsevents.model import Article
from newsevents.pipeline import Pipeline, load_config
from newsevents.runner import _complete_published, extract

D = dt.date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-12-09", D(2024, 12, 9)),
        ("2024-12-09T23:30:00-05:00", D(2024, 12, 9)),
        ("Dec. 9, 2024", D(2024, 12, 9)),
        ("December 9, 2024", D(2024, 12, 9)),
        ("Monday, December 9, 2024", D(2024, 12, 9)),
        ("9 December 2024", D(2024, 12, 9)),
        ("9/12/2024", D(2024, 12, 9)),  # day first when both readings are dates
        ("12/25/2024", D(2024, 12, 25)),  # month first when only that is a date
        ("2024/12/09", D(2024, 12, 9)),
        ("Mon, 09 Dec 2024 10:00:00 +0000", D(2024, 12, 9)),
        (1733702400, D(2024, 12, 9)),
        ("1733702400", D(2024, 12, 9)),
        (1733702400000, D(2024, 12, 9)),  # milliseconds
        (20250101, D(2025, 1, 1)),
    ],
)
def test_real_publication_date_forms_are_read(value: object, expected: dt.date) -> None:
    assert read_published(value).date == expected


@pytest.mark.parametrize("value", ["December 9", "Dec. 9", "9 December", "Sept. 3"])
def test_a_date_without_a_year_is_a_month_and_day(value: str) -> None:
    found = read_published(value)
    assert found.date is None and found.month_day is not None and found.problem is None


@pytest.mark.parametrize("value", ["31/02/2024", "February 30", "yesterday", True, {"a": 1}, [], -1, 10**30])
def test_an_impossible_date_is_a_problem_not_an_exception(value: object) -> None:
    found = read_published(value)
    assert found.date is None and found.problem


def test_a_bad_date_is_dropped_with_a_warning_shown_in_the_interchange(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "Police arrested two men.", "published": "31/02/2024"}) + "\n"
    )
    out = io.StringIO()
    summary = extract(path, out, Pipeline(load_config(None, {"pipeline": {"stages": []}})))
    assert not summary.failures
    line = json.loads(out.getvalue())
    assert line["published"] is None and "W101" in line["warnings"][0] and "31/02/2024" in line["warnings"][0]


def _times_pipeline() -> Pipeline:
    # The times stage is only asked for its tagger: no spaCy model is loaded.
    return Pipeline(load_config(None, {"pipeline": {"stages": ["nlp", "times"]}}))


def _article(text: str, published: str, tmp_path: Path) -> Article:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"text": text, "published": published}) + "\n")
    [article] = list(iter_items([path], IngestOptions()))
    assert isinstance(article, Article)
    return article


def test_a_yearless_date_takes_the_year_the_text_implies(tmp_path: Path) -> None:
    article = _article("Talks resumed on Sunday, 16 November, in Doha.", "November 17", tmp_path)
    _complete_published(article, _times_pipeline())
    assert article.published is not None and article.published.month == 11 and article.published.day == 17
    assert article.published.year == 2025  # the last year up to now in which 16 November was a Sunday
    assert "inferred" in article.meta["published_reason"]


def test_a_yearless_date_without_a_year_in_the_text_stays_month_day(tmp_path: Path) -> None:
    article = _article("Talks resumed in Doha.", "December 9", tmp_path)
    _complete_published(article, _times_pipeline())
    assert article.published is None and article.meta["published_month_day"] == "--12-09"
    assert article.meta["warnings"][0].startswith("W102")
