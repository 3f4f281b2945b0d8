"""The seed article end to end: where and when its events happened, and which names are no places."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents.model import FACTUAL_MODALITIES, Document, Event
from tests.conftest import SHARED

SEED = SHARED / "seeds" / "000_8edc7b6c48c4ce7e.txt"


@pytest.fixture(scope="module")
def seed(run_stages: Callable[..., Document]) -> Document:
    if not SEED.exists():
        pytest.skip("shared seed article not available")
    return run_stages(SEED.read_text(encoding="utf-8"))


def _event_at(doc: Document, phrase: str, etype: str) -> Event:
    """The factual event told at ``phrase``, by its own trigger or one of its other mentions."""
    start = doc.text.index(phrase)
    found = [
        e
        for e in doc.events
        if e.event_type == etype
        and any(start <= t.start < start + len(phrase) for t in (e.trigger, *(m.trigger for m in e.mentions)))
        if e.modality in FACTUAL_MODALITIES
    ]
    assert found, f"no factual {etype} in {phrase!r}"
    return found[0]


def test_white_house_meeting_is_located_and_not_dated_by_another_sentence(seed: Document) -> None:
    meeting = _event_at(seed, "a White House meeting", "CONSULT")
    assert meeting.location is not None and meeting.location.country == "USA"
    assert meeting.location.name == "White House" and meeting.location.precision == "point"
    # "the 2017 accord" of the sentence before dates that accord only; the article gives no date
    assert meeting.date is None or meeting.date.value != "2017"


def test_governments_are_toponyms_but_not_locations(seed: Document) -> None:
    for phrase, name in (("Moscow informed Tel Aviv", "Moscow"), ("Moscow informed Tel Aviv", "Tel Aviv")):
        start = seed.text.index(phrase) + phrase.index(name)
        mentions = [p for p in seed.places if p.start == start]
        assert [(p.use, p.literal) for p in mentions] == [("government", False)], name
    kremlin = [p for p in seed.places if p.text == "Kremlin"]
    assert kremlin and all(p.use == "government" for p in kremlin)
    located = {e.location.name for e in seed.events if e.location is not None}
    assert not located & {"Moscow", "Tel Aviv", "Kremlin"}


def test_visit_is_located_in_damascus_on_the_sunday(seed: Document) -> None:
    visit = _event_at(seed, "landed in Damascus", "CONSULT")
    assert visit.location is not None and visit.location.name == "Damascus"
    assert visit.location.country == "SYR"
    assert visit.date is not None and visit.date.value == "2025-11-16"
