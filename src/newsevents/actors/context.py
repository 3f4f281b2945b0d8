"""Article-level readings of ambiguous names: "Georgia" beside "county" and "governor" is the US state.

The table is data (``knowledge/actors/context.tsv``); the decision is one set intersection per rule and
article, so it costs nothing per token.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsevents.actors.dictionary import Entry
from newsevents.knowledge import packaged, read_tsv

CONTEXT_FILE = "actors/context.tsv"


@dataclass(frozen=True, slots=True)
class ContextRule:
    name: str  # folded, lowercase
    actor: str
    cues: frozenset[str]
    against: frozenset[str]


def _words(value: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in value.split("|") if w.strip())


def read_rules(path: Path | None = None) -> list[ContextRule]:
    rows = read_tsv(path or packaged(CONTEXT_FILE), ("name", "actor", "cues", "against"))
    return [
        ContextRule(
            r["name"].strip().lower(), r["actor"].strip(), _words(r["cues"]), _words(r["against"] or "")
        )
        for r in rows
    ]


def article_readings(
    rules: list[ContextRule], words: set[str], entries: dict[str, Entry]
) -> dict[str, tuple[Entry, str]]:
    """Folded name → (entry it stands for, why) for the rules whose cues occur in ``words``."""
    out: dict[str, tuple[Entry, str]] = {}
    for rule in rules:
        entry = entries.get(rule.actor)
        hits = rule.cues & words
        if entry is None or not hits or rule.against & words:
            continue
        out[rule.name] = (entry, f"'{rule.name}' read as {entry.name}: the article mentions '{min(hits)}'")
    return out
