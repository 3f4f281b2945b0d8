"""Long texts parsed in pieces: the parse of a whole book-length text costs more than linear time
and memory, and spaCy refuses texts over its length limit; pieces cut at paragraph breaks (else at
a sentence end, else at a space) keep both linear and the offsets exact."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc

#: Texts longer than this are parsed in pieces of at most this many characters. Ordinary articles
#: (a few thousand characters) stay whole, so their parse is unchanged; 20,000 characters is a long
#: feature, below the size from which the parse's time per character was seen to grow (issue 10:
#: 18k chars 0.8 s, 71k 5.1 s, 142k 15.1 s).
PIECE_CHARS = 20_000


def pieces(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """``text`` cut into consecutive pieces of at most ``limit`` characters whose concatenation is
    ``text``: at the last paragraph break before the limit, else the last sentence end, else the
    last space, else at the limit itself."""
    out: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = _after(window, "\n\n") or _after(window, ". ") or _after(window, " ") or limit
        out.append(text[start : start + cut])
        start += cut
    out.append(text[start:])
    return out


def _after(window: str, mark: str) -> int:
    """The offset just after the last ``mark`` of ``window``, or 0 when there is none."""
    at = window.rfind(mark)
    return at + len(mark) if at > 0 else 0


def parse_in_pieces(nlp: Any, text: str, limit: int = PIECE_CHARS, cuts: Sequence[int] = ()) -> Doc:
    """One ``Doc`` of ``text``, parsed piece by piece and joined; its text is ``text`` exactly.

    The pieces are parsed one at a time (a batch of them held every piece's activations at once:
    1.4 GB for 320,000 characters, against 0.25 GB one by one, in the same time). ``cuts``, offsets
    in ascending order, end pieces of their own at the start of the text (a leading metadata field,
    a kicker glued to the lede: :func:`newsevents.nlp.spacy_model.lead_cuts`)."""
    *head, rest = split_at(text, cuts)
    return join_parts(list(nlp.pipe([*head, *pieces(rest, limit)], batch_size=1)), text)


def split_at(text: str, cuts: Sequence[int]) -> list[str]:
    """``text`` cut at ``cuts`` (ascending offsets; those outside the text are ignored): the parts
    parsed apart, whose concatenation is ``text``."""
    parts: list[str] = []
    at = 0
    for cut in cuts:
        if at < cut < len(text):
            parts.append(text[at:cut])
            at = cut
    return [*parts, text[at:]]


def join_parts(docs: list[Doc], text: str) -> Doc:
    """The parses of consecutive parts of ``text`` as one ``Doc`` whose text is ``text`` exactly.
    Each part's tensor (the tok2vec output, 384 bytes a token) is dropped first: no stage reads it."""
    if len(docs) == 1:
        return docs[0]
    for doc in docs:
        doc.tensor = doc.tensor[:0].copy()  # empty, and holding no reference to the full array
    joined = Doc.from_docs(docs, ensure_whitespace=False)
    if joined.text != text:
        raise ValueError("joined pieces differ from the text")  # would shift every offset
    return joined
