"""Colon attributions at the start of a line: headline style "Cruz: Trump Would Put Liberals On Court".

A line that opens with a short name phrase (a proper or common noun, no verb) followed by a colon and
at least a few words attributes the rest of the line to that phrase.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsevents.nlp.dateline import is_dateline
from newsevents.quotes.constants import MAX_SPEAKER_TOKENS, MIN_CONTENT_WORDS
from newsevents.quotes.lexicon import Cue
from newsevents.quotes.parse import Attribution

COLON_CUE = Cue(lemma=":", pos="ADP", kind="say")
NAME_POS = frozenset({"PROPN", "NOUN"})
NOT_IN_NAME = frozenset({"VERB", "AUX", "PRON", "NUM", "ADP", "SCONJ"})


def colon_attributions(
    sdoc: Any,
    owner: list[int],
    labels: set[str],
    marks: frozenset[str],
    places: Sequence[tuple[int, int]] = (),
) -> list[Attribution]:
    """``places``: character spans of toponyms read as places; a dateline naming one ("CAIRO:",
    "Kabul:") says where the report was filed, not who speaks."""
    out: list[Attribution] = []
    n = len(sdoc)
    i = 0
    while i < n:
        line_start = i
        j = i
        while j < n and "\n" not in sdoc[j].text and "\n" not in sdoc[j].whitespace_:
            j += 1
        line_end = min(j, n - 1)  # last token of the line
        att = _line(sdoc, owner, labels, marks, line_start, line_end, places)
        if att is not None:
            out.append(att)
        i = j + 1
    return out


def _line(
    sdoc: Any,
    owner: list[int],
    labels: set[str],
    marks: frozenset[str],
    first: int,
    last: int,
    places: Sequence[tuple[int, int]],
) -> Attribution | None:
    while first <= last and sdoc[first].is_space:
        first += 1
    colon = next(
        (k for k in range(first, min(last, first + MAX_SPEAKER_TOKENS) + 1) if sdoc[k].text == ":"), None
    )
    if colon is None or colon == first or owner[first] >= 0:
        return None
    name = [sdoc[k] for k in range(first, colon)]
    if any(t.lower_ in labels for t in name):
        return None  # page furniture such as "UPDATE:" or "Editor's note:"
    transcript = all(t.text.isupper() for t in name if t.is_alpha)  # "SMITH: ..." speaker turns
    if not transcript and (
        any(t.pos_ in NOT_IN_NAME for t in name) or not any(t.pos_ in NAME_POS for t in name)
    ):
        return None
    head = name[-1]
    if is_dateline(head, marks) and any(start <= head.idx < end for start, end in places):
        return None  # "CAIRO: Egypt's foreign minister met …": a dateline
    rest = [sdoc[k] for k in range(colon + 1, last + 1)]
    if sum(1 for t in rest if t.is_alpha) < MIN_CONTENT_WORDS or not any(
        t.pos_ in ("VERB", "AUX") for t in rest
    ):
        return None  # too short, or a list of names rather than something said
    return Attribution(
        sdoc[colon], COLON_CUE, (colon + 1, last), "colon", head, "the name before a line-opening colon"
    )
