"""The event_locations stage: where each event happened (newsevents.event_locations)."""

from __future__ import annotations

from newsevents.event_locations import locate_events
from newsevents.model import Document
from newsevents.pipeline import Stage, register_stage
from newsevents.places.gazetteer import Gazetteer
from newsevents.stages._gazetteer import shared_gazetteer


@register_stage
class EventLocationsStage(Stage):
    name = "event_locations"
    requires = ("spacy", "sentences", "actors", "places", "events")
    assigns = ("event_locations",)

    def __call__(self, doc: Document) -> Document:
        def gazetteer() -> Gazetteer:
            return shared_gazetteer(self.resources)

        locate_events(doc, gazetteer, bool(self.config.get("dateline_fallback", True)), self.name)
        return doc
