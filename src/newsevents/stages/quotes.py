"""The quotes stage: direct and indirect quotations, their speakers linked to actors, claim flags."""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.model import Document
from newsevents.pipeline import Stage, register_stage
from newsevents.quotes import QuoteLexicon, extract_quotes, load_lexicon
from newsevents.stages._knowledge import dateline_marks, pronouns


@dataclass(frozen=True)
class QuotesSettings:
    extra_cues: tuple[str, ...] = ()  # user attribution-cue files (TSV, like knowledge/quotes/cues.tsv)
    extra_claim_markers: tuple[
        str, ...
    ] = ()  # user claim-marker files (like knowledge/quotes/claim_markers.tsv)
    extra_colon_labels: tuple[str, ...] = ()  # user files of "Label:" line openers that name no speaker
    cue_kinds: tuple[str, ...] = ()  # keep only these cue kinds (empty: all)


@register_stage
class QuotesStage(Stage):
    name = "quotes"
    # places: a line-opening toponym before a colon ("CAIRO: …") is a dateline, not a speaker
    requires = ("spacy", "sentences", "actors", "places")
    assigns = ("quotes",)
    Settings = QuotesSettings
    settings: QuotesSettings

    @property
    def lexicon(self) -> QuoteLexicon:
        s = self.settings
        cues, markers, labels, kinds = s.extra_cues, s.extra_claim_markers, s.extra_colon_labels, s.cue_kinds
        key = f"quotes.lexicon:{cues}:{markers}:{labels}:{kinds}"

        def build() -> QuoteLexicon:
            marks, names = dateline_marks(self.resources), pronouns(self.resources)
            return load_lexicon(cues, markers, labels, kinds, marks, names)

        return self.resources.get(key, build)

    def __call__(self, doc: Document) -> Document:
        doc.quotes = extract_quotes(doc, self.lexicon)
        return doc
