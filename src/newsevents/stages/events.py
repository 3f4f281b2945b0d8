"""The events stage: PLOVER v2 events with roles, modality, CAMEO and QuadClass (newsevents.events)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsevents.events import EventLexicon, code_document, load_lexicon
from newsevents.model import Document
from newsevents.pipeline import Stage, register_stage
from newsevents.stages._knowledge import dateline_marks, pronouns


@dataclass(frozen=True)
class EventsSettings:
    extra_lexicons: tuple[str, ...] = ()  # user trigger lexicons (TSV, like knowledge/events/triggers.tsv)


@register_stage
class EventsStage(Stage):
    name = "events"
    # the times tell how far back a stretch of time reaches ("fighting since 1964": background)
    requires = ("spacy", "sentences", "actors", "times", "places", "quotes")
    # The coder adds the actors it finds only as event parties (a host named by a visit's place,
    # a passive agent) and corrects roles of those it re-reads in context.
    assigns = ("events", "actors")
    Settings = EventsSettings
    settings: EventsSettings

    @property
    def lexicon(self) -> EventLexicon:
        extra = self.settings.extra_lexicons

        def build() -> EventLexicon:
            paths = [Path(p) for p in extra]
            return load_lexicon(paths, dateline_marks(self.resources), pronouns(self.resources))

        return self.resources.get(f"events.lexicon:{'|'.join(extra)}", build)

    def __call__(self, doc: Document) -> Document:
        doc.events = code_document(doc, self.lexicon)
        return doc
