"""The event_dates stage: a date for every event, from the time expressions around its trigger."""

from __future__ import annotations

from newsevents.event_dates import date_event
from newsevents.model import Document
from newsevents.pipeline import Stage, register_stage


@register_stage
class EventDatesStage(Stage):
    name = "event_dates"
    requires = ("spacy", "sentences", "times", "quotes", "events")
    assigns = ("event_dates",)

    def __call__(self, doc: Document) -> Document:
        for event in doc.events:
            event.date = date_event(doc, event, self.name)
        return doc
