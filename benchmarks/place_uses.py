"""How well newsevents tells literal toponyms from the others, on gold that carries a literal flag.

usage: python benchmarks/place_uses.py [NAME ...] [--json]

NAME is a dataset of benchmarks/eval.py whose gold places carry ``literal`` (gwn, examples_geo; the
default is both). It runs ``newsevents extract`` through eval.py, pairs system and gold toponyms as
score_geo.py does (one-to-one, largest character overlap first) and reports, on the pairs, how often
the system's ``literal`` agrees with the gold's, precision and recall of "literal", and the gold
type (GeoWebNews) or use (our examples) against the system's ``use``. score_geo.py ignores the flag,
so this is the only measure of it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval as evaluation  # benchmarks/eval.py, beside this file

Record = dict[str, object]


def _pairs(gold: list[Record], system: list[Record]) -> list[tuple[Record, Record]]:
    def span(p: Record) -> tuple[int, int]:
        return int(p["start"]), int(p["end"])  # type: ignore[call-overload]

    scored = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            (a, b), (c, d) = span(g), span(s)
            inter = min(b, d) - max(a, c)
            if inter > 0:
                scored.append((inter, gi, si))
    used_g: set[int] = set()
    used_s: set[int] = set()
    out = []
    for _, gi, si in sorted(scored, key=lambda t: -t[0]):
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            out.append((gold[gi], system[si]))
    return out


def agreement(gold_path: Path, system_path: Path) -> dict[str, object]:
    golds = {r["id"]: r for r in map(json.loads, gold_path.read_text("utf-8").splitlines()) if r}
    systems = {r["id"]: r for r in map(json.loads, system_path.read_text("utf-8").splitlines()) if r}
    counts: Counter[tuple[bool, bool]] = Counter()
    confusion: Counter[str] = Counter()
    for rid, g in golds.items():
        flagged = [p for p in g.get("places") or [] if isinstance(p.get("literal"), bool)]
        for gp, sp in _pairs(flagged, (systems.get(rid) or {}).get("places") or []):
            counts[(bool(gp["literal"]), bool(sp.get("literal")))] += 1
            confusion[f"{gp.get('type') or gp.get('use')} -> {sp.get('use')}"] += 1
    tp, fp, fn = counts[(True, True)], counts[(False, True)], counts[(True, False)]
    n = sum(counts.values())
    return {
        "pairs": n,
        "accuracy": round((tp + counts[(False, False)]) / n, 3) if n else None,
        "literal_precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "literal_recall": round(tp / (tp + fn), 3) if tp + fn else None,
        "confusion": dict(confusion.most_common()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", default=["gwn", "examples_geo"])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    out_dir = evaluation.ROOT / "out" / "eval"
    out_dir.mkdir(parents=True, exist_ok=True)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.names:
            evaluation.run(name, None, out_dir, Path(tmp))
            gold = (
                Path(tmp) / "examples.gold.jsonl"
                if name.startswith("examples")
                else evaluation.DATASETS[name].gold
            )
            results[name] = agreement(gold, out_dir / f"{name}.system.jsonl")
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for name, r in results.items():
            print(
                f"{name:13} pairs={r['pairs']} accuracy={r['accuracy']} "
                f"literal P={r['literal_precision']} R={r['literal_recall']}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
