"""Error listing of article-level event coding: what matched, what was missed, what was false.

usage: python benchmarks/article_errors.py GOLD.jsonl SYSTEM.jsonl INPUT.jsonl [--id ID]

Uses the shared scorer's own matching (../shared/eval/score_articles.py), so a line marked "missed"
or "false" here is exactly what the scorer counts against us. For reading, never for tuning on the
held-back split.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))

import score_articles as sa  # type: ignore[import-not-found]  # noqa: E402


def _load(path: Path) -> dict[str, dict[str, Any]]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            out[str(record["id"])] = record
    return out


def _actors(event: dict[str, Any], role: str) -> str:
    return ",".join(f"{a.get('text')}/{a.get('country')}/{a.get('sector')}" for a in event.get(role) or [])


def _line(event: dict[str, Any], text: str) -> str:
    ev = event.get("evidence") or {}
    snippet = text[ev.get("start", 0) : ev.get("end", 0)].replace("\n", " ")[:150]
    date = (event.get("date") or {}).get("value")
    loc = event.get("location") or {}
    return (
        f"{event.get('event_type')}/{event.get('mode')} [{event.get('modality')}] "
        f"src={_actors(event, 'source')} tgt={_actors(event, 'target')} "
        f"date={date} loc={loc.get('name')}/{loc.get('country')}\n        | {snippet}"
    )


def outcomes(gold_record: dict[str, Any], system_record: dict[str, Any] | None) -> list[tuple[str, Any, Any]]:
    """The scorer's verdict on one article: ``(status, gold event, system event)`` per line, status
    ``OK`` (a matched pair), ``MISSED`` (core gold, system None), ``FALSE`` (system, gold None) or
    ``ignored`` (a system event compatible with optional gold, which the scorer does not count)."""
    req = [e for e in gold_record["events"] if not sa.is_optional(e)]
    opt = [e for e in gold_record["events"] if sa.is_optional(e)]
    sev = [e for e in (system_record or {}).get("events", []) if sa.considered(e)]
    m = sa.max_bipartite(
        len(req),
        len(sev),
        lambda gi, si: sa.compatible(req[gi], sev[si]),
        lambda gi, si: sa.agreement(req[gi], sev[si]),
    )
    out: list[tuple[str, Any, Any]] = [
        ("OK", e, sev[m[gi]]) if gi in m else ("MISSED", e, None) for gi, e in enumerate(req)
    ]
    used = set(m.values())
    for si, s in enumerate(sev):
        if si not in used:
            out.append(("ignored" if any(sa.compatible(o, s) for o in opt) else "FALSE", None, s))
    return out


def report(gold: dict[str, Any], system: dict[str, Any], inputs: dict[str, Any], only: str | None) -> None:
    for rid, g in gold.items():
        # Gold of articles not in INPUT (the held-back split, when the whole gold file is given) is
        # never listed: only what was run is read.
        if (only and rid != only) or rid not in inputs:
            continue
        text = inputs[rid]["text"]
        print(f"=== {rid}  {inputs[rid].get('title')}  published={inputs[rid].get('published')}")
        for status, e, s in outcomes(g, system.get(rid)):
            if status == "OK":
                print(f"  OK     gold {_line(e, text)}\n         sys {_line(s, text)}")
            elif status == "MISSED":
                print(f"  MISSED {_line(e, text)}")
            else:
                print(f"  {'FALSE ' if status == 'FALSE' else status} {_line(s, text)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", type=Path)
    parser.add_argument("system", type=Path)
    parser.add_argument("inputs", type=Path)
    parser.add_argument("--id", default=None)
    args = parser.parse_args(argv)
    report(_load(args.gold), _load(args.system), _load(args.inputs), args.id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
