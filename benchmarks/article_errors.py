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


def report(gold: dict[str, Any], system: dict[str, Any], inputs: dict[str, Any], only: str | None) -> None:
    for rid, g in gold.items():
        if only and rid != only:
            continue
        text = inputs[rid]["text"]
        req = [e for e in g["events"] if not sa.is_optional(e)]
        opt = [e for e in g["events"] if sa.is_optional(e)]
        sev = [e for e in (system.get(rid) or {}).get("events", []) if sa.considered(e)]
        m = sa.max_bipartite(
            len(req),
            len(sev),
            lambda gi, si, req=req, sev=sev: sa.compatible(req[gi], sev[si]),
            lambda gi, si, req=req, sev=sev: sa.agreement(req[gi], sev[si]),
        )
        print(f"=== {rid}  {inputs[rid].get('title')}  published={inputs[rid].get('published')}")
        for gi, e in enumerate(req):
            if gi in m:
                s = sev[m[gi]]
                print(f"  OK     gold {_line(e, text)}\n         sys {_line(s, text)}")
            else:
                print(f"  MISSED {_line(e, text)}")
        used = set(m.values())
        for si, s in enumerate(sev):
            if si in used:
                continue
            tag = "ignored" if any(sa.compatible(o, s) for o in opt) else "FALSE "
            print(f"  {tag} {_line(s, text)}")


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
