"""The event_dates stage: a date for every event, from the time expressions around its trigger."""

from __future__ import annotations

from newsevents.event_dates import date_events
from newsevents.event_dates.cues import DatingCues, dating_cues
from newsevents.model import Document
from newsevents.pipeline import Stage, register_stage
from newsevents.times import load_lexicon


@register_stage
class EventDatesStage(Stage):
    name = "event_dates"
    requires = ("spacy", "sentences", "times", "quotes", "events")
    assigns = ("event_dates",)

    @property
    def cues(self) -> DatingCues:
        """Read from the packaged time lexicon, once per ``Resources``."""
        return self.resources.get("event_dates.cues", lambda: dating_cues(load_lexicon()))

    def __call__(self, doc: Document) -> Document:
        date_events(doc, self.cues, self.name)
        return doc
