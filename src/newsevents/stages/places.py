"""The places stage: every toponym with its use, resolved to GeoNames in the article's context
(``newsevents.places.article``)."""

from __future__ import annotations

from newsevents.model import Document
from newsevents.pipeline import Stage, register_stage
from newsevents.places.article import place_mentions
from newsevents.places.gazetteer import Gazetteer, GazetteerFiles
from newsevents.stages._gazetteer import EXTRA_FILES_KEY, shared_gazetteer


@register_stage
class PlacesStage(Stage):
    name = "places"
    requires = ("spacy", "sentences", "actors")
    assigns = ("places",)

    @property
    def gazetteer(self) -> Gazetteer:
        files = GazetteerFiles(
            tuple(str(p) for p in self.config.get("extra_gazetteers", [])),
            tuple(str(p) for p in self.config.get("extra_spellings", [])),
        )
        self.resources.provide(EXTRA_FILES_KEY, files)
        return shared_gazetteer(self.resources, files)

    def __call__(self, doc: Document) -> Document:
        doc.places = place_mentions(doc, self.gazetteer, self.name)
        return doc
