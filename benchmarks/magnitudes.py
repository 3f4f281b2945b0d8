"""Magnitudes on the real-news set: killed and injured counts of matched events, and
running tolls mistaken for an event's own count (or the reverse).

usage: python benchmarks/magnitudes.py [--split dev|heldout] [--system SYSTEM.jsonl] [--json] [--out DIR]

Without --system it runs `newsevents extract` on the development split (texts from the verified cache,
as `benchmarks/eval.py realnews` does) and keeps the output under --out. Gold events are matched to
system events with the shared scorer's own matching (../shared/eval/score_articles.py, imported, not
copied), so a matched pair here is one the article scorer counts. The gold convention is
devset/realnews/MAGNITUDES.md. The development split by default; `--split heldout` scores the held-back
third, at milestones only, like `benchmarks/eval.py realnews_heldout`.

Figures, for killed and for injured, over the core (non-optional) gold events that state an event's
own count of that kind (a running toll is not one):
  exact          the system event's first own count of that kind equals one of the gold event's: the
                 same best figure, or the same low and high when the gold gives no best ("dozens");
  within 10%     the same figure within 10% of the gold's (its best, else its low bound);
each over all such gold events (an unmatched gold event is a miss) and over the matched ones.
Cumulative-vs-event errors, over every asserted or reported system event of the split: a system count
marked as the event's own whose kind and figure are only a running toll in the article's gold
("cumulative read as event"), and the reverse ("event read as cumulative").
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import score_articles as sa  # type: ignore[import-not-found]  # noqa: E402
from scoring_common import items, load_jsonl, max_bipartite  # type: ignore[import-not-found]  # noqa: E402

import eval as evaluation  # noqa: E402

#: The kinds whose accuracy is reported (the issue's measure); the others are listed in the gold.
SCORED_KINDS = ("killed", "injured")
#: "Within 10%": a count off by at most this share of the gold figure.
TOLERANCE = 0.10

Record = dict[str, Any]


def figure(magnitude: Record) -> tuple[Any, ...]:
    """What "the same count" compares: the best figure, else the bounds."""
    if magnitude.get("best") is not None:
        return (magnitude["best"],)
    return (magnitude.get("low"), magnitude.get("high"))


def value(magnitude: Record) -> float | None:
    """The one number a count stands for: its best figure, else its low bound, else its high."""
    for key in ("best", "low", "high"):
        if magnitude.get(key) is not None:
            return float(magnitude[key])
    return None


def own(event: Record, kind: str) -> list[Record]:
    """The event's own counts of ``kind`` (running tolls left out), in the order listed."""
    return [m for m in event.get("magnitudes") or [] if m.get("kind") == kind and not m.get("cumulative")]


def _close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= TOLERANCE * b


def _matching(req: list[Record], sev: list[Record]) -> dict[int, int]:
    """Gold event index -> system event index, as the article scorer matches them."""
    return dict(
        max_bipartite(
            len(req), len(sev), lambda gi, si: sa.compatible(req[gi], sev[si]),
            lambda gi, si: sa.agreement(req[gi], sev[si]),
        )
    )  # fmt: skip


def score(gold: dict[str, Record], system: dict[str, Record]) -> Record:
    t: Record = {k: {"gold": 0, "matched": 0, "exact": 0, "within10": 0} for k in SCORED_KINDS}
    errors = {"cumulative_as_event": 0, "event_as_cumulative": 0}
    examples: list[str] = []
    for rid, g in gold.items():
        req = [e for e in items(g, "events") if not sa.is_optional(e)]
        sev = [e for e in items(system.get(rid), "events") if sa.considered(e)]
        pairs = _matching(req, sev)
        for gi, ge in enumerate(req):
            for kind in SCORED_KINDS:
                golds = own(ge, kind)
                if not golds:
                    continue
                t[kind]["gold"] += 1
                if gi not in pairs:
                    continue
                t[kind]["matched"] += 1
                found = own(sev[pairs[gi]], kind)
                if found and figure(found[0]) in {figure(m) for m in golds}:
                    t[kind]["exact"] += 1
                if found and any(_close(value(found[0]), value(m)) for m in golds):
                    t[kind]["within10"] += 1
                if not found or figure(found[0]) not in {figure(m) for m in golds}:
                    examples.append(f"{rid} {ge.get('eid')} {kind}: gold {[figure(m) for m in golds]}, "
                                    f"system {[figure(m) for m in found]}")  # fmt: skip
        tolls = {(m["kind"], figure(m)) for e in items(g, "events") for m in e.get("magnitudes") or []
                 if m.get("cumulative")}  # fmt: skip
        owns = {(m["kind"], figure(m)) for e in items(g, "events") for m in e.get("magnitudes") or []
                if not m.get("cumulative")}  # fmt: skip
        for se in sev:
            for m in se.get("magnitudes") or []:
                key = (m.get("kind"), figure(m))
                if not m.get("cumulative") and key in tolls and key not in owns:
                    errors["cumulative_as_event"] += 1
                    examples.append(f"{rid} cumulative read as event: {key}")
                elif m.get("cumulative") and key in owns and key not in tolls:
                    errors["event_as_cumulative"] += 1
                    examples.append(f"{rid} event read as cumulative: {key}")
    out: Record = {"n_docs": len(gold)}
    for kind in SCORED_KINDS:
        c = t[kind]
        out[kind] = {
            **c,
            "exact_acc": c["exact"] / c["gold"] if c["gold"] else None,
            "within10_acc": c["within10"] / c["gold"] if c["gold"] else None,
            "exact_acc_matched": c["exact"] / c["matched"] if c["matched"] else None,
            "within10_acc_matched": c["within10"] / c["matched"] if c["matched"] else None,
        }
    out["cumulative_errors"] = {**errors, "total": sum(errors.values())}
    out["misses"] = examples
    return out


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}%"


def report(m: Record, split: str = "dev") -> list[str]:
    name = "development split" if split == "dev" else "held-back split"
    lines = [f"documents: {m['n_docs']} (real-news {name})"]
    for kind in SCORED_KINDS:
        c = m[kind]
        lines.append(
            f"{kind}: gold events stating one {c['gold']}, matched {c['matched']}; "
            f"exact {c['exact']} ({_pct(c['exact_acc'])} of gold, "
            f"{_pct(c['exact_acc_matched'])} of matched), "
            f"within 10% {c['within10']} ({_pct(c['within10_acc'])} of gold, "
            f"{_pct(c['within10_acc_matched'])} of matched)"
        )
    e = m["cumulative_errors"]
    lines.append(
        f"cumulative-vs-event errors: {e['total']} ({e['cumulative_as_event']} running tolls read as an "
        f"event's own, {e['event_as_cumulative']} own counts read as running tolls)"
    )
    lines.extend(f"  {x}" for x in m["misses"])
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--split", choices=("dev", "heldout"), default="dev", help="heldout: at milestones only"
    )
    parser.add_argument("--system", type=Path, help="an existing system output of the same split")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "eval", help="where system output goes")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        inputs, gold_path = evaluation.realnews_files(args.split, Path(tmp))
        system_path = args.system
        if system_path is None:
            args.out.mkdir(parents=True, exist_ok=True)
            system_path = args.out / f"realnews_{args.split}.magnitudes.system.jsonl"
            exe = Path(sys.executable).with_name("newsevents")
            done = subprocess.run([str(exe), "extract", str(inputs), str(system_path)], capture_output=True)
            if done.returncode not in (0, 1):  # 1: some input failed; what came out is still scored
                sys.stderr.write(done.stderr.decode())
                return done.returncode
        metrics = score(load_jsonl(str(gold_path), "gold"), load_jsonl(str(system_path), "system"))
    print(json.dumps(metrics, indent=1) if args.json else "\n".join(report(metrics, args.split)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
