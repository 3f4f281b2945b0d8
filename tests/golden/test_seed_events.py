"""The seed article (shared/seeds): its real events come out as facts, its speculation does not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents.model import FACTUAL_MODALITIES, Document, Event
from tests.conftest import SHARED

SEED = SHARED / "seeds" / "000_8edc7b6c48c4ce7e.txt"
Run = Callable[..., Document]

# Passages that only speculate: no event inside them may come out as asserted or reported.
SPECULATION = [
    "it is widely assumed that Moscow informed Tel Aviv",
    "If Russia’s current initiatives",
    "Putin may find little resistance",
    "if it refuses to engage constructively",
    "President Putin has several ways to remind Netanyahu",
    "He might recall how Russian involvement",
    "It is difficult to imagine Trump",
]


@pytest.fixture(scope="module")
def seed(run_stages: Run) -> Document:
    if not SEED.exists():
        pytest.skip("shared seed article not available")
    doc = run_stages(SEED.read_text(encoding="utf-8"))
    assert doc.error is None, doc.error
    return doc


def countries(doc: Document, indices: list[int]) -> set[str]:
    return {c for i in indices if (c := doc.actors[i].country)}


def factual(doc: Document, etype: str, source: str, target: str) -> list[Event]:
    return [
        e
        for e in doc.events
        if e.event_type == etype
        and e.modality in FACTUAL_MODALITIES
        and {source, target} <= countries(doc, e.source) | countries(doc, e.target)
        and (source in countries(doc, e.source) or etype == "CONSULT")
    ]


def test_visit_to_damascus(seed: Document) -> None:
    visits = [e for e in factual(seed, "CONSULT", "RUS", "SYR") if e.mode == "visit"]
    assert visits
    assert any(countries(seed, e.source) == {"RUS"} and countries(seed, e.target) == {"SYR"} for e in visits)


def test_putin_netanyahu_phone_call(seed: Document) -> None:
    calls = [e for e in factual(seed, "CONSULT", "RUS", "ISR") if e.mode == "phone"]
    assert calls
    assert countries(seed, calls[0].source) == {"RUS"} and countries(seed, calls[0].target) == {"ISR"}


def test_white_house_meeting_with_al_sharaa(seed: Document) -> None:
    start = seed.text.index("a White House meeting")
    meetings = [
        e
        for e in seed.events
        if e.event_type == "CONSULT"
        and start <= e.trigger.start < start + 40
        and e.modality in FACTUAL_MODALITIES
    ]
    assert meetings
    assert "SYR" in countries(seed, meetings[0].target)


@pytest.mark.parametrize("passage", SPECULATION)
def test_speculation_is_never_a_fact(seed: Document, passage: str) -> None:
    start = seed.text.index(passage)
    sentence = seed.sentences[seed.sentence_at(start)]
    inside = [
        e
        for e in seed.events
        if sentence.start <= e.trigger.start < sentence.end and e.trigger.start >= start
    ]
    for event in inside:
        text = seed.text[event.trigger.start : event.trigger.end]
        assert event.modality not in FACTUAL_MODALITIES, (passage, text, event.event_type)
