"""The event_locations stage: where each event happened (newsevents.event_locations)."""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.event_locations import locate_events
from newsevents.model import Document
from newsevents.pipeline import Stage, register_stage
from newsevents.places.gazetteer import Gazetteer
from newsevents.stages._gazetteer import shared_gazetteer
from newsevents.stages._knowledge import place_cues


@dataclass(frozen=True)
class EventLocationsSettings:
    # an event its clause does not place, with a party of the dateline's country, takes the dateline
    dateline_fallback: bool = True
    # an event among the parties of the country all the article's places lie in takes that country
    home_fallback: bool = True


@register_stage
class EventLocationsStage(Stage):
    name = "event_locations"
    requires = ("spacy", "sentences", "actors", "places", "events")
    assigns = ("event_locations",)
    Settings = EventLocationsSettings
    settings: EventLocationsSettings

    def __call__(self, doc: Document) -> Document:
        def gazetteer() -> Gazetteer:
            return shared_gazetteer(self.resources, self.shared.gazetteer)

        cues = place_cues(self.resources)
        locate_events(
            doc, gazetteer, cues, self.settings.dateline_fallback, self.settings.home_fallback, self.name
        )
        return doc
