"""Which PLOVER types may be one act told two ways (``knowledge/incidents/compatible_types.tsv``)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from newsevents.knowledge import malformed, packaged, read_tsv_numbered

TypePairs = frozenset[frozenset[str]]

PACKAGED = "incidents/compatible_types.tsv"


def load_compatible_types(paths: Iterable[Path] | None = None) -> TypePairs:
    """The unordered pairs of compatible types of the packaged file (or of ``paths``)."""
    pairs: set[frozenset[str]] = set()
    for path in paths if paths is not None else [packaged(PACKAGED)]:
        for line, row in read_tsv_numbered(path, ("type_a", "type_b")):
            a, b = row["type_a"].strip().upper(), row["type_b"].strip().upper()
            if not a or not b or a == b:
                raise malformed(path, line, "two different PLOVER types are needed")
            pairs.add(frozenset((a, b)))
    return frozenset(pairs)


def type_groups(pairs: TypePairs, types: Iterable[str]) -> dict[str, str]:
    """Each type's block: the smallest type of its connected set of compatible types, so that reports
    that may be linked always share one (``cluster._candidates``)."""
    parent = {t: t for t in types}
    for pair in pairs:
        for t in pair:
            parent.setdefault(t, t)

    def root(t: str) -> str:
        while parent[t] != t:
            t = parent[t]
        return t

    for pair in pairs:
        a, b = sorted(pair)
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {t: root(t) for t in parent}
