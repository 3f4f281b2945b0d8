"""The words of time expressions, read from ``knowledge/times/lexicon.tsv`` (and users' own files)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.knowledge import packaged, read_tsv

LEXICON_FILE = "times/lexicon.tsv"


@dataclass(slots=True)
class Lexicon:
    """``category -> word -> value``; words are lower case, inner whitespace collapsed."""

    words: dict[str, dict[str, str]] = field(default_factory=dict)
    #: Words that count only when capitalised in the text ("May", "March").
    capital_only: set[str] = field(default_factory=set)

    def category(self, name: str) -> dict[str, str]:
        return self.words.get(name, {})

    def value(self, name: str, word: str) -> str | None:
        return self.words.get(name, {}).get(normal(word))


def normal(word: str) -> str:
    """Lower case with runs of whitespace made one space."""
    return " ".join(word.lower().split())


def load_lexicon(extra: Iterable[Path] = ()) -> Lexicon:
    """The packaged lexicon, with rows of ``extra`` files added (later rows win)."""
    lex = Lexicon()
    for path in (packaged(LEXICON_FILE), *extra):
        for row in read_tsv(path, ("word", "category", "value")):
            word = normal(row["word"])
            lex.words.setdefault(row["category"], {})[word] = row["value"]
            if "cap" in row.get("flags", "").split(","):
                lex.capital_only.add(word)
    return lex
