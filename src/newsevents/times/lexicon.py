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
    #: flag → the words carrying it: "cap" (counts only when capitalised: "May", "March"), "abbr" (a
    #: month abbreviation without its period: "Jan"), "spans_days" ("overnight").
    flags: dict[str, set[str]] = field(default_factory=dict)

    def category(self, name: str) -> dict[str, str]:
        return self.words.get(name, {})

    def value(self, name: str, word: str) -> str | None:
        return self.words.get(name, {}).get(normal(word))

    def flagged(self, flag: str) -> set[str]:
        return self.flags.get(flag, set())

    def marked(self, name: str, mark: str) -> frozenset[str]:
        """Words of category ``name`` whose value lists ``mark`` (comma-separated): the "relative"
        words that look "back", the "direction" words counted from the anchor ("deictic")."""
        return frozenset(word for word, value in self.category(name).items() if mark in value.split(","))


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
            for flag in row.get("flags", "").split(","):
                if flag:
                    lex.flags.setdefault(flag, set()).add(word)
    return lex
