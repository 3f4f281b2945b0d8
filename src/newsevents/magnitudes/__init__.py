"""Magnitudes: the counts an article gives of its events (killed, injured, detained, abducted,
displaced, a crowd's size) with UCDP's best/low/high, the victims' side, whether the count is a
running toll, and who gives it."""

from __future__ import annotations

from newsevents.magnitudes.attach import attach_counts
from newsevents.magnitudes.counts import Count, sentence_counts
from newsevents.magnitudes.lexicon import MagnitudeLexicon, load_lexicon
from newsevents.model import Document

__all__ = ["MagnitudeLexicon", "load_lexicon", "measure_events"]


def measure_events(doc: Document, lex: MagnitudeLexicon, stage: str) -> None:
    """Set every event's ``magnitudes`` from the counts of the article's sentences."""
    tokens = list(doc.spacy) if doc.spacy is not None else []
    counts: list[tuple[int, Count]] = []
    k = 0
    for sentence in doc.sentences:
        while k < len(tokens) and tokens[k].idx < sentence.start:
            k += 1
        end = k
        while end < len(tokens) and tokens[end].idx < sentence.end:
            end += 1
        counts.extend((sentence.index, c) for c in sentence_counts(tokens, k, end, lex))
        k = end
    for event, magnitudes in zip(doc.events, attach_counts(doc, counts, lex, stage), strict=True):
        event.magnitudes = magnitudes
