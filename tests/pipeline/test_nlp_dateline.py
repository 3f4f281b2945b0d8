"""nlp/dateline.py: the one definition of a dateline, used by actors, quotes and events.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents.model import Document
from newsevents.nlp.dateline import dateline_end, dateline_span, is_dateline, load_marks

pytestmark = pytest.mark.slow
Run = Callable[..., Document]
MARKS = load_marks()


def rest_after_dateline(run_stages: Run, text: str) -> str:
    """The text from where a dateline opening ``text`` ends (all of it when there is none)."""
    sdoc = run_stages(text, stages=["nlp"]).spacy
    end = dateline_end(sdoc, 0, MARKS)
    return text[sdoc[end].idx :] if end < len(sdoc) else ""


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("PRISTINA, Sept. 24 (newswire) — Police said the men fled.", "Police said the men fled."),
        ("NEW YORK/LONDON (Reuters) — Oil prices rose on Monday.", "Oil prices rose on Monday."),
        (
            "WASHINGTON (The Associated Press) — The president vetoed the bill.",
            "The president vetoed the bill.",
        ),
        ("ST. PETERSBURG, Russia — Officials closed the bridge.", "Officials closed the bridge."),
        ("KABUL (Pajhwok): The governor met tribal elders.", "The governor met tribal elders."),
        ("MANILA—Police arrested two suspects.", "Police arrested two suspects."),
        ("Cebu City--Police opened an inquiry.", "Police opened an inquiry."),
        ("MEXICO CITY (AP) Mexico's Senate approved the reform.", "Mexico's Senate approved the reform."),
        ("Nairobi (AFP) – Kenya recalled its envoy.", "Kenya recalled its envoy."),
        ("CHARLESTON, W.Va. -- All lanes were closed.", "All lanes were closed."),
        ("SACRAMENTO, Calif. (AP) — The governor signed the bill.", "The governor signed the bill."),
        ("WASHINGTON, D.C. — The senator voted no.", "The senator voted no."),
    ],
)
def test_a_dateline_opening_a_paragraph_ends_before_the_report(run_stages: Run, text: str, rest: str) -> None:
    assert rest_after_dateline(run_stages, text) == rest


@pytest.mark.parametrize(
    "text",
    [
        "Russia said: the talks had failed.",
        "US officials — two of them — said the talks had failed.",
        "Berlin, Paris and Rome agreed on a common position.",
        "Russia – a close ally of Serbia – blocked the resolution.",
        "Israel–Hamas talks resumed in Cairo on Monday.",
        "Police said the men fled.",
    ],
)
def test_prose_that_merely_opens_with_a_name_is_no_dateline(run_stages: Run, text: str) -> None:
    assert rest_after_dateline(run_stages, text) == text


def test_every_name_of_a_dateline_stands_in_it_and_the_report_does_not(run_stages: Run) -> None:
    text = "LIMA, Peru, May 4 – Protesters blocked roads near Lima airport."
    sdoc = run_stages(text, stages=["nlp"]).spacy
    by_text = {t.text: t for t in sdoc}
    assert is_dateline(by_text["LIMA"], MARKS) and is_dateline(by_text["Peru"], MARKS)
    assert dateline_span(by_text["Peru"], MARKS) == (0, 7)
    assert not is_dateline(by_text["Protesters"], MARKS)
    assert not is_dateline(by_text["Lima"], MARKS)  # the same city named in the report is no dateline


def test_a_byline_is_not_part_of_the_dateline(run_stages: Run) -> None:
    sdoc = run_stages("By MADRID, Spain, June 2 – Spain expelled two diplomats.", stages=["nlp"]).spacy
    span = dateline_span(sdoc[1], MARKS)
    assert span is not None and sdoc[span[0]].text == "MADRID" and sdoc[span[1]].text == "Spain"


def test_a_caller_may_name_its_own_marks(run_stages: Run) -> None:
    sdoc = run_stages("KYIV, March 3 | Ukraine said it repelled an attack.", stages=["nlp"]).spacy
    assert not is_dateline(sdoc[0], MARKS)
    assert is_dateline(sdoc[0], frozenset({"|"}))
    assert {"—", "–", ":"} <= MARKS


def test_a_dateline_in_capitals_after_a_headline_on_the_same_line(run_stages: Run) -> None:
    text = "Families mourn four children lost in a fire. ST. PARIS — Scott Reed wept at the scene."
    sdoc = run_stages(text, stages=["nlp"]).spacy
    by_text = {t.text: t for t in sdoc}
    span = dateline_span(by_text["PARIS"], MARKS)
    assert span is not None and sdoc[span[0]].text == "ST" and sdoc[span[1]].text == "Scott"
    assert not is_dateline(by_text["fire"], MARKS) and not is_dateline(by_text["Families"], MARKS)


def test_a_sentence_ending_in_capitals_does_not_open_a_dateline(run_stages: Run) -> None:
    sdoc = run_stages("Strikes hit GAZA. Officials – two of them – confirmed it.", stages=["nlp"]).spacy
    assert not any(is_dateline(t, MARKS) for t in sdoc)
