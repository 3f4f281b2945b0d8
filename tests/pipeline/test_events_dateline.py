"""Events read through a dateline (nlp/dateline.py): its city is never a participant. Sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents.model import Document

pytestmark = pytest.mark.slow
STAGES = ["nlp", "actors", "times", "places", "quotes", "events"]
Run = Callable[..., Document]


@pytest.mark.parametrize(
    "text",
    [
        "KANDAHAR (newswire): Governor Ahmad Karimi held talks with tribal elders on Sunday.",
        "Herat City--Governor Ahmad Karimi held talks with tribal elders on Sunday.",
        "KANDAHAR, Sept. 14 (newswire) — Governor Ahmad Karimi held talks with tribal elders.",
    ],
)
def test_the_source_is_the_subject_after_the_dateline(run_stages: Run, text: str) -> None:
    doc = run_stages(text, stages=STAGES)
    assert doc.error is None, doc.error
    sources = [doc.actors[k].text for e in doc.events for k in e.source]
    assert sources, [(e.event_type, e.source) for e in doc.events]
    assert all("Karimi" in s for s in sources), sources
    assert not any("KANDAHAR" in s or "Herat" in s for s in sources), sources
