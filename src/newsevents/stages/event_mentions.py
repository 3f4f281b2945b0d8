"""The event_mentions stage: the mentions of one event within an article become one event
(newsevents.events.coreference)."""

from __future__ import annotations

from newsevents.events.coreference import merge_mentions
from newsevents.model import Document
from newsevents.pipeline import Stage, register_stage


@register_stage
class EventMentionsStage(Stage):
    name = "event_mentions"
    # dates and places tell two mentions apart, so it runs after both are decided
    requires = ("actors", "events", "event_dates", "event_locations")
    # it folds events into others, completing their roles, dates and places
    assigns = ("events", "event_dates", "event_locations")

    def __call__(self, doc: Document) -> Document:
        doc.events = merge_mentions(doc)
        return doc
