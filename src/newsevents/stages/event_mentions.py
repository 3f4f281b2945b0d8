"""The event_mentions stage: the mentions of one event within an article become one event
(newsevents.events.coreference); an act between two parties still told with no counterpart is then
left out (newsevents.events.addressed)."""

from __future__ import annotations

from newsevents.events.addressed import drop_unaddressed
from newsevents.events.coreference import merge_mentions
from newsevents.events.lexicon import load_addressed_types, load_occurrence_cues
from newsevents.model import Document
from newsevents.pipeline import Stage, register_stage


@register_stage
class EventMentionsStage(Stage):
    name = "event_mentions"
    # dates and places tell two mentions apart, so it runs after both are decided; the sentences
    # tell a brief, whose acts with no counterpart are kept; the parse tells a mention told as another
    # occurrence ("another bomber", "in a separate incident")
    requires = ("spacy", "sentences", "actors", "events", "event_dates", "event_locations")
    # it folds events into others, completing their roles, dates and places
    assigns = ("events", "event_dates", "event_locations")

    def __call__(self, doc: Document) -> Document:
        cues = self.resources.get("events.occurrence_cues", load_occurrence_cues)
        doc.events = merge_mentions(doc, cues)
        types = self.resources.get("events.addressed_types", load_addressed_types)
        doc.events = drop_unaddressed(doc, types)
        return doc
