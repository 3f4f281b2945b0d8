"""The closed-class cue words of the place stages, read once from ``knowledge/places/cues.tsv``."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from newsevents.knowledge import packaged, read_tsv


@lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    """Cue words by kind (locative_prep, destination_prep, place_noun, ...)."""
    out: dict[str, set[str]] = defaultdict(set)
    for row in read_tsv(packaged("places/cues.tsv"), ("cue", "kind")):
        out[row["kind"]].add(row["cue"].casefold())
    return {kind: frozenset(words) for kind, words in out.items()}


def cue(kind: str) -> frozenset[str]:
    return cues().get(kind, frozenset())
