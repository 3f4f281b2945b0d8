"""Versioned knowledge files shipped with the package, and the loader users' own files go through.

Every file is UTF-8 TSV with a header line; lines starting with ``#`` are comments. A malformed line
raises E205 naming the file and the line's number as an editor shows it (comment and blank lines count).
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


def malformed(path: Path, line: int, detail: str) -> NewsEventsError:
    """E205 for line ``line`` (1-based, counting every line of the file) of a knowledge file."""
    return NewsEventsError("E205", path=path, detail=f"line {line}: {detail}")


def read_tsv(path: Path, required: Sequence[str]) -> Iterator[dict[str, str]]:
    """Rows of a TSV knowledge file as dicts; empty cells become ``""``."""
    for _line, row in read_tsv_numbered(path, required):
        yield row


def read_tsv_numbered(path: Path, required: Sequence[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a TSV knowledge file with the number of the line each stands on, for loaders that check
    cells and must name the line to fix (see ``malformed``)."""
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise NewsEventsError("E205", path=path, detail=exc) from exc
    header: list[str] | None = None
    with handle:
        # Numbered before comments are dropped: a count of the remaining rows would name the wrong line.
        for line_no, line in enumerate(handle, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = next(csv.reader((line,), delimiter="\t", quoting=csv.QUOTE_NONE))
            if header is None:
                header = cells
                missing = [c for c in required if c not in header]
                if missing:
                    raise malformed(path, line_no, f"header lacks columns {missing}")
                continue
            if len(cells) > len(header):
                raise malformed(path, line_no, f"{len(cells)} cells, the header has {len(header)}")
            yield line_no, {k: (cells[i].strip() if i < len(cells) else "") for i, k in enumerate(header)}


def read_word_lists(path: Path, word: str, kind: str, kinds: Collection[str]) -> dict[str, tuple[str, ...]]:
    """The words of a file of ``word``/``kind`` rows, lower-cased and grouped by kind in file order
    (which callers may read as a priority); every kind in ``kinds`` is present (empty when the file
    has none), and a row of another kind raises E205, so that a misspelt kind cannot silently empty a
    list."""
    lists: dict[str, dict[str, None]] = {k: {} for k in kinds}
    for line_no, row in read_tsv_numbered(path, (word, kind)):
        if row[kind] not in lists:
            raise malformed(path, line_no, f"unknown {kind} {row[kind]!r} of {row[word]!r}")
        lists[row[kind]][row[word].lower()] = None
    return {k: tuple(words) for k, words in lists.items()}
