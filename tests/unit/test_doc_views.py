"""The per-Doc views give what spaCy's own properties give (a blank pipeline, entities set by hand)."""

from __future__ import annotations

import gc
import weakref
from typing import Any

import spacy
from spacy.tokens import Span

from newsevents.nlp.doc_views import (
    doc_text,
    entities,
    entities_back_from,
    entities_between,
    entities_within,
    entity_at,
    release,
)


def _doc() -> Any:
    doc = spacy.blank("en")("Police in Lahore met Imran Khan and the United Nations in New York today .")
    doc.ents = [
        Span(doc, 2, 3, "GPE"),
        Span(doc, 4, 6, "PERSON"),
        Span(doc, 8, 10, "ORG"),
        Span(doc, 11, 13, "GPE"),
    ]
    return doc


def test_text_and_entities_are_spacys() -> None:
    doc = _doc()
    assert doc_text(doc) == doc.text
    assert entities(doc) == tuple(doc.ents)


def test_entity_at_a_token() -> None:
    doc = _doc()
    assert entity_at(doc, 5).text == "Imran Khan"
    assert entity_at(doc, 4).text == "Imran Khan"
    assert entity_at(doc, 6) is None  # "and": between two entities
    assert entity_at(doc, 0) is None


def test_entities_within_tokens_are_the_spans_own() -> None:
    doc = _doc()
    for start, end in ((0, 14), (3, 10), (5, 13), (4, 6), (7, 7)):
        assert entities_within(doc, start, end) == list(doc[start:end].ents)


def test_entities_between_characters_and_back_from() -> None:
    doc = _doc()
    text = doc.text
    upto = text.index(" and")
    assert [e.text for e in entities_between(doc, 0, upto)] == ["Lahore", "Imran Khan"]
    assert [e.text for e in entities_between(doc, text.index("Khan"), len(text))] == [
        "United Nations",
        "New York",
    ]
    assert [e.text for e in entities_back_from(doc, upto)] == ["Imran Khan", "Lahore"]
    assert list(entities_back_from(doc, 3)) == []


def test_a_doc_whose_views_were_built_is_freed_when_dropped() -> None:
    """The views hold the Doc's entity spans, and each span holds its Doc: kept in a weak-keyed table,
    they kept every Doc alive (about 0.3 MB an article, without end, in a worker coding thousands)."""
    doc = _doc()
    assert entities(doc) and doc_text(doc)
    gone = weakref.ref(doc)
    del doc
    gc.collect()
    assert gone() is None


def test_a_released_doc_is_freed_without_the_cyclic_collector() -> None:
    """The views and the Doc form a cycle; a worker that waits for the collector's full pass holds
    every Doc parsed since the last one (up to ~150 MB between passes). Released, the last
    reference going frees it at once."""
    doc = _doc()
    assert entities(doc) and doc_text(doc)
    gone = weakref.ref(doc)
    gc.disable()
    try:
        release(doc)
        del doc
        assert gone() is None
    finally:
        gc.enable()


def test_views_are_rebuilt_after_a_release() -> None:
    doc = _doc()
    before = entities(doc)
    release(doc)
    assert entities(doc) == before
