"""Error taxonomy of the real-news development split: stable keys per error, classifications carried.

usage:
    python scripts/taxonomy.py keys GOLD SYSTEM INPUT
    python scripts/taxonomy.py carry OLD.tsv GOLD SYSTEM INPUT OUT.tsv [--kinds KINDS.tsv]

Errors are what the shared scorer counts against us, with its own matching (through
benchmarks/article_errors.py): every missed core gold event (MISSED) and every unmatched factual system
event that no optional gold event accounts for (FALSE). Each has a key,
``article_id|status|event_type|start``: the gold event's type and evidence start for MISSED, the system
event's for FALSE. Where a sentence holds two gold events of one type, the second and later get ``|2``,
``|3`` by their order in the gold, whether or not the first is missed, so that a key does not change
when its neighbour gets matched. Where two FALSE events of an article share a key, each gets
``|t`` and its trigger's start offset (system events come and go with the code; triggers stay put).

``keys`` prints, tab-separated, the key, status, type and evidence sentence of every current error.

``carry`` writes OUT.tsv (the columns of devset/realnews/taxonomy/*.tsv: article_id, status, event_type,
kind, note, key) with one row per current error: an error whose key is in OLD.tsv keeps its kind and
note, a new one gets kind ``UNCLASSIFIED`` and a note beginning ``unread:`` that shows its coding, so
that after a code change only the new rows need reading. A carried row keeps its kind even if the
coding behind the same key changed (other actors, say): reread rows whose kind depends on the actors.
It then prints the counts per kind, missed / false, as the rows of the table in docs/EVALUATION.md, in
the precedence order of KINDS.tsv (default devset/realnews/taxonomy/kinds.tsv, columns kind, label).

GOLD may be the whole gold file: only articles in INPUT are read. Development split only.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_KINDS = ROOT / "devset" / "realnews" / "taxonomy" / "kinds.tsv"
COLUMNS = ("article_id", "status", "event_type", "kind", "note", "key")
UNCLASSIFIED = "UNCLASSIFIED"


@dataclass(frozen=True)
class Error:
    """One error the scorer counts: its stable key, and what a reader needs to classify it."""

    article_id: str
    status: str  # MISSED or FALSE
    event_type: str
    key: str
    sentence: str
    coding: str  # type/mode, modality and actors of the gold (MISSED) or system (FALSE) event


def _load_jsonl(path: Path) -> dict[str, dict[str, Any]]:
    records = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {str(record["id"]): record for record in records}


def _actors(event: dict[str, Any], role: str) -> str:
    return ",".join(f"{a.get('text')}/{a.get('country')}/{a.get('sector')}" for a in event.get(role) or [])


def _coding(event: dict[str, Any]) -> str:
    return (
        f"{event.get('event_type')}/{event.get('mode')} [{event.get('modality')}] "
        f"src={_actors(event, 'source')} tgt={_actors(event, 'target')}"
    )


def _start(event: dict[str, Any]) -> int:
    return int((event.get("evidence") or {}).get("start", 0))


def base_key(article_id: str, status: str, event: dict[str, Any]) -> str:
    return f"{article_id}|{status}|{event.get('event_type')}|{_start(event)}"


def missed_key(article_id: str, event: dict[str, Any], gold_events: Sequence[dict[str, Any]]) -> str:
    """The base key, with ``|n`` for the n-th (n > 1) gold event of the same type and evidence start."""
    same = [
        e
        for e in gold_events
        if e.get("event_type") == event.get("event_type") and _start(e) == _start(event)
    ]
    n = next((i for i, e in enumerate(same, 1) if e is event), 1)
    base = base_key(article_id, "MISSED", event)
    return base if n == 1 else f"{base}|{n}"


def false_keys(article_id: str, events: Sequence[dict[str, Any]]) -> list[str]:
    """The base keys of an article's FALSE events, with ``|t<trigger start>`` on those that share one."""
    bases = [base_key(article_id, "FALSE", event) for event in events]
    shared = Counter(bases)
    return [
        f"{base}|t{(event.get('trigger') or {}).get('start')}" if shared[base] > 1 else base
        for base, event in zip(bases, events, strict=True)
    ]


def current_errors(gold_path: Path, system_path: Path, input_path: Path) -> list[Error]:
    """Every MISSED and FALSE line of the scorer's matching, in article_errors.py's order."""
    # Loaded here, not at the top: article_errors needs ../shared/eval, which the carry logic (and its
    # tests) do not.
    sys.path.insert(0, str(ROOT / "benchmarks"))
    article_errors = importlib.import_module("article_errors")

    gold, system, inputs = _load_jsonl(gold_path), _load_jsonl(system_path), _load_jsonl(input_path)
    errors: list[Error] = []
    for rid, record in gold.items():
        if rid not in inputs:
            continue
        text = inputs[rid]["text"]
        lines = article_errors.outcomes(record, system.get(rid))
        missed = [g for status, g, _ in lines if status == "MISSED"]
        false = [s for status, _, s in lines if status == "FALSE"]
        keyed = [(e, "MISSED", missed_key(rid, e, record["events"])) for e in missed]
        keyed += [(e, "FALSE", key) for e, key in zip(false, false_keys(rid, false), strict=True)]
        for event, status, key in keyed:
            evidence = event.get("evidence") or {}
            sentence = " ".join(text[_start(event) : int(evidence.get("end", 0))].split())
            errors.append(Error(rid, status, str(event.get("event_type")), key, sentence, _coding(event)))
    return errors


def read_taxonomy(path: Path) -> list[dict[str, str]]:
    """Rows of a plain TSV (no quoting: the notes quote the articles with ``"``), keyed by its header."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


def write_taxonomy(path: Path, rows: Iterable[dict[str, str]]) -> None:
    """The COLUMNS of ``rows`` as a plain TSV; a tab or line break inside a value becomes a space."""
    lines = ["\t".join(COLUMNS)]
    lines += ["\t".join(" ".join(row[column].split()) for column in COLUMNS) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def carry(old: Sequence[dict[str, str]], errors: Sequence[Error]) -> list[dict[str, str]]:
    """One row per current error: the old row's kind and note where its key was classified before,
    else UNCLASSIFIED with the coding and sentence to read. Old rows whose error is gone are dropped."""
    before = {row["key"]: row for row in old if row.get("key")}
    rows = []
    for error in errors:
        previous = before.get(error.key)
        kind = previous["kind"] if previous else UNCLASSIFIED
        note = previous["note"] if previous else f"unread: {error.coding} | {error.sentence[:120]}"
        rows.append(
            {"article_id": error.article_id, "status": error.status, "event_type": error.event_type,
             "kind": kind, "note": note, "key": error.key}
        )  # fmt: skip
    return rows


def load_kinds(path: Path) -> list[tuple[str, str]]:
    """(kind, label) in precedence order."""
    return [(row["kind"], row["label"]) for row in read_taxonomy(path)]


def count_rows(rows: Iterable[dict[str, str]], kinds: Sequence[tuple[str, str]]) -> list[str]:
    """The markdown table rows ``| label | missed / false |`` per kind, every kind listed (zeros too),
    UNCLASSIFIED when any, and the total. A kind not in ``kinds`` is an error, not a silent row."""
    counts: Counter[tuple[str, str]] = Counter((row["kind"], row["status"]) for row in rows)
    known = {kind for kind, _ in kinds} | {UNCLASSIFIED}
    unknown = sorted({kind for kind, _ in counts} - known)
    if unknown:
        raise ValueError(f"kinds not in the kinds list: {', '.join(unknown)}")
    labelled = [*kinds, (UNCLASSIFIED, UNCLASSIFIED)] if any(k == UNCLASSIFIED for k, _ in counts) else kinds
    lines = [f"| {label} | {counts[kind, 'MISSED']} / {counts[kind, 'FALSE']} |" for kind, label in labelled]
    missed = sum(n for (_, status), n in counts.items() if status == "MISSED")
    false = sum(n for (_, status), n in counts.items() if status == "FALSE")
    lines.append(f"| **total** | **{missed} / {false}** |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    keys = commands.add_parser("keys", help="print the key, status, type and sentence of every error")
    carried = commands.add_parser("carry", help="write a taxonomy TSV carrying OLD's kinds by key")
    carried.add_argument("old", type=Path)
    for sub in (keys, carried):
        sub.add_argument("gold", type=Path)
        sub.add_argument("system", type=Path)
        sub.add_argument("inputs", type=Path)
    carried.add_argument("out", type=Path)
    carried.add_argument("--kinds", type=Path, default=DEFAULT_KINDS)
    args = parser.parse_args(argv)

    errors = current_errors(args.gold, args.system, args.inputs)
    if args.command == "keys":
        for error in errors:
            print(f"{error.key}\t{error.status}\t{error.event_type}\t{error.sentence}")
        return 0
    rows = carry(read_taxonomy(args.old), errors)
    write_taxonomy(args.out, rows)
    for line in count_rows(rows, load_kinds(args.kinds)):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
