"""Sentences of a parse as trimmed character spans with their paragraph."""

from __future__ import annotations

from typing import Any

from newsevents.model import Sentence


def sentences_of(sdoc: Any) -> list[Sentence]:
    """Sentences as trimmed character spans, with the paragraph (line block) each belongs to."""
    text: str = sdoc.text
    out: list[Sentence] = []
    paragraph = 0
    last_end = 0
    for sent in sdoc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        if "\n" in text[last_end:start]:
            paragraph += 1
        out.append(Sentence(index=len(out), start=start, end=end, paragraph=paragraph))
        last_end = end
    return out
