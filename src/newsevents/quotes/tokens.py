"""Small helpers over spaCy tokens: character spans of token ranges, trimmed of edge punctuation."""

from __future__ import annotations

from typing import Any

#: Quotation marks are kept at the edges of a content span (PolNeAR and readers include them).
QUOTE_MARKS = frozenset([*"“”‘’\"'„«»", "''", "``"])


def keep_at_edge(tok: Any) -> bool:
    return not (tok.is_punct or tok.is_space) or tok.text in QUOTE_MARKS or tok.text in {"?", "!"}


def trimmed_chars(sdoc: Any, first: int, last: int) -> tuple[int, int] | None:
    """Character span of tokens ``first..last`` without punctuation or spaces at either edge."""
    while first <= last and not keep_at_edge(sdoc[first]):
        first += 1
    while last >= first and not keep_at_edge(sdoc[last]):
        last -= 1
    if first > last:
        return None
    # A lone closing mark at the left edge belongs to an earlier quotation.
    if sdoc[first].text in {"”", "’"}:
        first += 1
        if first > last:
            return None
    end_tok = sdoc[last]
    return sdoc[first].idx, end_tok.idx + len(end_tok.text)


def subtree_range(tok: Any) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i
