"""The places stage: every toponym with its use, resolved to GeoNames in the article's context
(``newsevents.places.article``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsevents.model import Document
from newsevents.pipeline import Stage, register_stage
from newsevents.places.article import place_mentions
from newsevents.places.cues import PlaceCues
from newsevents.places.gazetteer import Gazetteer
from newsevents.resources import Resources
from newsevents.settings import SharedSettings
from newsevents.stages._gazetteer import shared_gazetteer
from newsevents.stages._knowledge import place_cues


@register_stage
class PlacesStage(Stage):
    name = "places"
    requires = ("spacy", "sentences", "actors")
    assigns = ("places",)

    def __init__(self, config: Mapping[str, Any], resources: Resources, shared: SharedSettings | None = None):
        super().__init__(config, resources, shared)
        # Built now, so that a malformed user gazetteer stops the run at once (E205).
        self.gazetteer: Gazetteer = shared_gazetteer(self.resources, self.shared.gazetteer)
        self.cues: PlaceCues = place_cues(self.resources)

    def __call__(self, doc: Document) -> Document:
        doc.places = place_mentions(doc, self.gazetteer, self.cues, self.name)
        return doc
