"""Every stage reads and writes exactly what its ``requires`` and ``assigns`` declare.

Each stage of the default pipeline runs on a recording proxy of the document: attribute reads and
writes are recorded, and every attribute's content is compared before and after, so that an in-place
edit (appending to ``doc.actors``, setting ``event.date``) counts as a write of what it edits.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from newsevents.examples import FOLDER as EXAMPLES
from newsevents.model import Article, Document
from newsevents.pipeline import INITIAL_ATTRS, Pipeline, Stage
from newsevents.resources import Resources

#: What reading a document attribute or method means in contract names.
READ_AS = {"text": "text", "article": "article", "sentence_at": "sentences"}
#: Bookkeeping every stage may touch: not part of any contract.
BOOKKEEPING = {"done", "error"}


def _event_parts(doc: Document) -> dict[str, str]:
    """Fingerprints of the parts of the document each contract name stands for."""
    events = [repr((*_fields(e, skip=("date", "location", "magnitudes")),)) for e in doc.events]
    return {
        "article": repr((doc.article.published, doc.article.meta)),
        "spacy": str(id(doc.spacy)) if doc.spacy is not None else "",
        "sentences": repr(doc.sentences),
        "actors": repr(doc.actors),
        "places": repr(doc.places),
        "times": repr(doc.times),
        "quotes": repr(doc.quotes),
        "events": repr(events),
        # a new event without a date or place is no write of dates or places
        "event_dates": repr([(i, e.date) for i, e in enumerate(doc.events) if e.date is not None]),
        "event_locations": repr([(i, e.location) for i, e in enumerate(doc.events) if e.location]),
        "event_magnitudes": repr([(i, e.magnitudes) for i, e in enumerate(doc.events) if e.magnitudes]),
    }


def _fields(obj: Any, skip: tuple[str, ...]) -> list[Any]:
    return [getattr(obj, name) for name in obj.__slots__ if name not in skip]


class Recorder:
    """A stand-in for a Document that records which attributes are read and set."""

    def __init__(self, doc: Document) -> None:
        object.__setattr__(self, "_doc", doc)
        object.__setattr__(self, "reads", set())
        object.__setattr__(self, "sets", set())

    def __getattr__(self, name: str) -> Any:
        if name not in BOOKKEEPING:
            self.reads.add(READ_AS.get(name, name))
        return getattr(self._doc, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name not in BOOKKEEPING:
            self.sets.add(name)
        setattr(self._doc, name, value)


def _contract_of(stage: Stage, doc: Document) -> tuple[set[str], set[str]]:
    """(read, written) by ``stage`` on ``doc``, in contract names."""
    before = _event_parts(doc)
    recorder = Recorder(doc)
    out = next(iter(stage.pipe([recorder])))  # type: ignore[list-item]
    assert out.error is None, out.error
    after = _event_parts(doc)
    changed = {name for name in before if before[name] != after[name]}
    return recorder.reads, recorder.sets | changed


def _example_articles() -> list[Article]:
    articles = []
    for path in sorted(EXAMPLES.glob("*.input.json"))[:6]:
        record = json.loads(path.read_text(encoding="utf-8"))
        articles.append(Article(id=record["id"], text=record["text"], published=record.get("published")))
    return articles


@pytest.mark.model
@pytest.mark.parametrize("article", _example_articles(), ids=lambda a: a.id)
def test_each_stage_reads_and_writes_only_what_it_declares(
    article: Article, resources: Resources, default_pipeline: Callable[[], Pipeline]
) -> None:
    pipeline = default_pipeline()
    doc = Document(article=article)
    for stage in pipeline.stages:
        read, written = _contract_of(stage, doc)
        declared_reads = set(stage.requires) | INITIAL_ATTRS | set(stage.assigns)
        assert read <= declared_reads, f"{stage.name} reads undeclared {sorted(read - declared_reads)}"
        undeclared = sorted(written - set(stage.assigns))
        assert not undeclared, f"{stage.name} writes undeclared {undeclared}"


class _ReadsPlacesUndeclared(Stage):
    name = "reads_places_undeclared"
    requires = ("sentences",)
    assigns = ("events",)

    def __call__(self, doc: Document) -> Document:
        doc.events = []
        _ = doc.places
        doc.actors.append(doc.actors[0])
        return doc


def test_the_recorder_catches_an_undeclared_read_and_an_in_place_edit() -> None:
    from newsevents.model import ActorMention, Provenance

    doc = Document(article=Article(id="x", text="Police arrested him."))
    doc.actors = [ActorMention(0, 6, "Police", 0, Provenance("actors"))]
    read, written = _contract_of(_ReadsPlacesUndeclared({}, Resources()), doc)
    assert "places" in read
    assert "actors" in written


def test_a_pipeline_without_the_places_the_events_stage_reads_is_refused() -> None:
    from newsevents.errors import NewsEventsError
    from newsevents.pipeline import load_config

    config = load_config(overrides={"pipeline": {"stages": ["nlp", "actors", "quotes", "events"]}})
    with pytest.raises(NewsEventsError) as err:
        Pipeline(config, Resources())
    assert err.value.code == "E201" and "places" in str(err.value)
