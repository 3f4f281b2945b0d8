"""A book-length text goes through the whole pipeline, and its late part is read as well as its early
part (issue 10: the later stages were quadratic in the length of one text)."""

from __future__ import annotations

from collections.abc import Callable

from newsevents.events.coreference import MERGE_WINDOW_CHARS
from newsevents.model import Article, Document
from newsevents.nlp.pieces import PIECE_CHARS
from newsevents.pipeline import Pipeline

PARAGRAPHS = (
    "LAHORE — Police arrested twelve protesters in Lahore on Monday, officials said.",
    "The protesters had blocked a highway near the city for three days, according to a police statement.",
    "Pakistan's foreign minister met his Indian counterpart in Islamabad on Tuesday to discuss the border.",
    '"We will not accept any violation of the ceasefire," the minister told reporters after the talks.',
    "Russian forces shelled the Ukrainian city of Kharkiv on Wednesday, killing four civilians.",
)
#: Characters of the text: several times the size from which texts are parsed in pieces, and several
#: times the window in which mentions of one event are merged.
LONG_CHARS = 200_000


def _long_text() -> str:
    block = "\n\n".join(PARAGRAPHS) + "\n\n"
    return block * (LONG_CHARS // len(block) + 1)


def test_a_long_text_has_events_late_as_well_as_early(default_pipeline: Callable[[], Pipeline]) -> None:
    text = _long_text()
    assert len(text) > 4 * PIECE_CHARS and len(text) > 4 * MERGE_WINDOW_CHARS
    doc: Document = default_pipeline()(Article(id="long", text=text, published="2024-03-10"))
    assert doc.error is None
    assert doc.done[-1] == "magnitudes"  # every stage ran, the last included
    early = [e for e in doc.events if e.trigger.end < len(text) // 10]
    late = [e for e in doc.events if e.trigger.start > len(text) * 9 // 10]
    for part in (early, late):
        types = {e.event_type for e in part}
        assert {"COERCE", "CONSULT", "ASSAULT"} <= types, types
        arrest = next(e for e in part if e.mode == "arrest")
        assert text[arrest.trigger.start : arrest.trigger.end] == "arrested"  # offsets exact to the end
        assert arrest.date is not None and arrest.date.value == "2024-03-04"
        assert arrest.location is not None and arrest.location.country == "PAK"
        assert {doc.actors[k].country for k in arrest.source} == {"PAK"}
    # the arrest retold every few paragraphs is folded within the merge window, never across the text
    arrests = [e for e in doc.events if e.mode == "arrest"]
    assert len(arrests) >= len(text) // MERGE_WINDOW_CHARS
    for arrest in arrests:
        starts = [arrest.trigger.start, *(m.trigger.start for m in arrest.mentions)]
        assert max(starts) - min(starts) <= MERGE_WINDOW_CHARS
