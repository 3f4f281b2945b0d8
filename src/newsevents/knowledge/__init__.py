"""Versioned knowledge files shipped with the package, and the loader users' own files go through.

Every file is UTF-8 TSV with a header line; lines starting with ``#`` are comments. A malformed line
raises E205 naming the file and line.
"""

from __future__ import annotations

import csv
from collections.abc import Collection, Iterator, Sequence
from importlib import resources
from pathlib import Path

from newsevents.errors import NewsEventsError


def packaged(name: str) -> Path:
    """Path of a file shipped in ``newsevents/knowledge``."""
    return Path(str(resources.files("newsevents.knowledge").joinpath(name)))


def read_tsv(path: Path, required: Sequence[str]) -> Iterator[dict[str, str]]:
    """Rows of a TSV knowledge file as dicts; empty cells become ``""``."""
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise NewsEventsError("E205", path=path, detail=exc) from exc
    with handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None:
            return
        missing = [c for c in required if c not in header]
        if missing:
            raise NewsEventsError("E205", path=path, detail=f"header lacks columns {missing}")
        for lineno, row in enumerate(reader, start=2):
            if len(row) > len(header):
                raise NewsEventsError("E205", path=path, detail=f"row {lineno} has {len(row)} cells")
            yield {k: (row[i].strip() if i < len(row) else "") for i, k in enumerate(header)}


def read_word_lists(path: Path, word: str, kind: str, kinds: Collection[str]) -> dict[str, tuple[str, ...]]:
    """The words of a file of ``word``/``kind`` rows, lower-cased and grouped by kind in file order
    (which callers may read as a priority); every kind in ``kinds`` is present (empty when the file
    has none), and a row of another kind raises E205, so that a misspelt kind cannot silently empty a
    list."""
    lists: dict[str, dict[str, None]] = {k: {} for k in kinds}
    for row in read_tsv(path, (word, kind)):
        if row[kind] not in lists:
            raise NewsEventsError("E205", path=path, detail=f"unknown {kind} {row[kind]!r} of {row[word]!r}")
        lists[row[kind]][row[word].lower()] = None
    return {k: tuple(words) for k, words in lists.items()}
