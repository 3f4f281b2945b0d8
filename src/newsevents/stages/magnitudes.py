"""The magnitudes stage: the counts each event is told with (newsevents.magnitudes)."""

from __future__ import annotations

from newsevents.magnitudes import MagnitudeLexicon, load_lexicon, measure_events
from newsevents.model import Document
from newsevents.pipeline import Stage, register_stage


@register_stage
class MagnitudesStage(Stage):
    name = "magnitudes"
    # quotes: who gives a figure (actors: the mention a pronoun speaker was resolved to); events
    # after their mentions are merged, so that a toll told beside any mention of an event reaches it
    requires = ("spacy", "sentences", "actors", "quotes", "events")
    assigns = ("event_magnitudes",)

    def __call__(self, doc: Document) -> Document:
        lexicon: MagnitudeLexicon = self.resources.get("magnitudes.lexicon", load_lexicon)
        measure_events(doc, lexicon, self.name)
        return doc
