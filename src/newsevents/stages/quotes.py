"""The quotes stage: direct and indirect quotations, their speakers linked to actors, claim flags."""

from __future__ import annotations

from newsevents.model import Document
from newsevents.pipeline import Stage, register_stage
from newsevents.quotes import QuoteLexicon, extract_quotes, load_lexicon


@register_stage
class QuotesStage(Stage):
    name = "quotes"
    requires = ("spacy", "sentences", "actors")
    assigns = ("quotes",)

    @property
    def lexicon(self) -> QuoteLexicon:
        cues = tuple(str(p) for p in self.config.get("extra_cues", []))
        markers = tuple(str(p) for p in self.config.get("extra_claim_markers", []))
        labels = tuple(str(p) for p in self.config.get("extra_colon_labels", []))
        kinds = tuple(str(k) for k in self.config.get("cue_kinds", []))
        key = f"quotes.lexicon:{cues}:{markers}:{labels}:{kinds}"
        return self.resources.get(key, lambda: load_lexicon(cues, markers, labels, kinds))

    def __call__(self, doc: Document) -> Document:
        doc.quotes = extract_quotes(doc, self.lexicon)
        return doc
