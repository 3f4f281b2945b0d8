"""The temporal package without the spaCy model: calendar arithmetic, grammar and resolution on raw text.

Without a parse every clause counts as present tense. Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.times import TimeTagger, load_lexicon
from newsevents.times import calendar as cal

TAGGER = TimeTagger(load_lexicon())
TODAY = dt.date(2026, 1, 10)


def tag(text: str, published: dt.date | None = dt.date(2024, 3, 15)) -> dict[str, tuple[str, str | None]]:
    tagged, _ = TAGGER.tag(text, published, today=TODAY)
    return {
        text[t.candidate.start : t.candidate.end]: (t.resolution.type, t.resolution.value) for t in tagged
    }


def test_calendar_helpers() -> None:
    assert cal.easter(2024) == dt.date(2024, 3, 31)
    assert cal.easter(2025) == dt.date(2025, 4, 20)
    assert cal.nth_weekday(2024, 11, 4, 4) == dt.date(2024, 11, 28)  # Thanksgiving
    assert cal.nth_weekday(2024, 5, -1, 1) == dt.date(2024, 5, 27)  # last Monday of May
    assert cal.add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert cal.fmt_week(dt.date(2024, 3, 15)) == "2024-W11"
    assert cal.weekday_near(dt.date(2024, 3, 15), 5, forward=False) == dt.date(2024, 3, 15)
    assert cal.weekday_near(dt.date(2024, 3, 15), 5, forward=False, strict=True) == dt.date(2024, 3, 8)


@pytest.mark.parametrize(
    ("amount", "unit", "value"),
    [(2, "D", "P2D"), (5, "TH", "PT5H"), (2.5, "Y", "P2Y6M"), (1.5, "TM", "PT1M30S"), (None, "W", "PXW"),
     (2, "E", "P20Y"), (3, "Q", "P3Q")],
)  # fmt: skip
def test_durations(amount: float | None, unit: str, value: str) -> None:
    assert cal.fmt_duration(amount, unit) == value


def test_spelled_numbers_and_years() -> None:
    found = tag("Sanctions were imposed in nineteen ninety-six and lasted twenty-four months.")
    assert found["nineteen ninety-six"] == ("DATE", "1996")
    assert found["twenty-four months"] == ("DURATION", "P24M")


def test_financial_quarters_and_comparisons() -> None:
    text = "Net income rose in the third quarter. A year earlier, the company had lost money."
    found = tag(text, dt.date(1999, 10, 20))
    assert found["the third quarter"] == ("DATE", "1999-Q3")
    assert found["A year earlier"] == ("DATE", "1998-Q3")


def test_clock_time_takes_a_day_named_after_it() -> None:
    found = tag("The blast struck at 10:35 a.m. (0735 GMT) Friday.", dt.date(2024, 3, 16))
    assert found["10:35 a.m."] == ("TIME", "2024-03-15T10:35")


def test_before_a_noun_phrase_is_a_duration_not_a_date() -> None:
    found = tag("Witnesses saw the car ten days before the shooting.")
    assert found["ten days"] == ("DURATION", "P10D")
    assert tag("The car was seen ten days before.")["ten days before"] == ("DATE", "2024-03-05")


def test_year_inference_without_a_parse() -> None:
    tagged, anchor = TAGGER.tag("Talks opened on Sunday, 16 November.", None, today=TODAY)
    assert anchor.date == dt.date(2025, 11, 16)
    assert anchor.reason is not None and "weekday" in anchor.reason
    assert tagged[0].resolution.value == "2025-11-16"


def test_no_expression_in_plain_text() -> None:
    assert tag("The minister praised the agreement and thanked the mediators.") == {}


_PIECES = (
    "on", "Friday", "February", "30", "29", "31", "June", "2023", "last", "week", "ago", "two", "days",
    "the", "previous", "evening", "12:75", "0", "a.m.", "p.m.", "noon", "quarter", "third", "fiscal",
    "year-earlier", "every", "nineteen", "ninety-nine", "1990s", "'90s", "century", "21st", "Easter",
    "Thanksgiving", "early", "mid-", "late", ",", ".", "\n", "May", "may", "W53", "now", "ten", "before",
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=25),
    st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))),
)
def test_any_word_salad_resolves_without_error(words: list[str], published: dt.date | None) -> None:
    text = " ".join(words)
    tagged, _ = TAGGER.tag(text, published, today=TODAY)
    ends = -1
    for t in tagged:
        assert 0 <= t.candidate.start < t.candidate.end <= len(text)
        assert t.candidate.start >= ends  # no overlaps, in text order
        ends = t.candidate.end
        assert t.resolution.type in ("DATE", "TIME", "DURATION", "SET")
