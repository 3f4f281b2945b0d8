"""The real-news development set: ids, manifest lines, cache verification, interchange input.

usage:
  python scripts/realnews.py id URL
  python scripts/realnews.py add --part PART --url URL --title T --outlet O --outlet-country ISO3
         --published YYYY-MM-DD|none --query Q --topic TOPIC [--story KEY]
  python scripts/realnews.py verify
  python scripts/realnews.py input SPLIT OUT.jsonl       (SPLIT: dev, heldout or all)
  python scripts/realnews.py finalise                    (parts -> manifest.jsonl with the split)
  python scripts/realnews.py reconcile [--redo]          (two passes -> gold of new articles, agreement)

Texts live outside the repository in $NEWSEVENTS_REALNEWS_CACHE (default ~/.cache/newsevents/realnews);
the manifest holds their sha256 so a rebuilt cache is checked, never trusted
(see devset/realnews/COLLECTING.md).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "devset" / "realnews"
MANIFEST = DEVSET / "manifest.jsonl"
PARTS = DEVSET / "parts"
TOPICS = ("conflict", "raids_arrests", "diplomacy", "protest", "sanctions_trade", "election", "analysis")


def cache_dir() -> Path:
    default = Path.home() / ".cache" / "newsevents" / "realnews"
    return Path(os.environ.get("NEWSEVENTS_REALNEWS_CACHE", default))


def normalise(url: str) -> str:
    """The same normalisation as ../shared/eval/reserved.py: host without www., path without trailing /."""
    parts = urlsplit(url.strip() if "//" in url else "//" + url.strip())
    return parts.netloc.lower().removeprefix("www.") + parts.path.rstrip("/")


def article_id(url: str) -> str:
    return "rn-" + hashlib.sha256(normalise(url).encode()).hexdigest()[:10]


def manifest_lines() -> list[dict[str, object]]:
    """The committed manifest, then lines added since (``add`` writes to part files, ``finalise`` merges)."""
    paths = ([MANIFEST] if MANIFEST.exists() else []) + sorted(PARTS.glob("*.jsonl"))
    lines: dict[str, dict[str, object]] = {}
    for path in paths:
        for text in path.read_text(encoding="utf-8").splitlines():
            if text.strip():
                line = json.loads(text)
                lines.setdefault(str(line["id"]), line)
    return list(lines.values())


def add(args: argparse.Namespace) -> int:
    if args.topic not in TOPICS:
        sys.exit(f"topic must be one of {', '.join(TOPICS)}")
    aid = article_id(args.url)
    path = cache_dir() / f"{aid}.txt"
    if not path.exists():
        sys.exit(f"write the text to {path} first")
    if any(line["id"] == aid for line in manifest_lines()):
        sys.exit(f"{aid} is already in the manifest")
    text = path.read_bytes()
    line = {
        "id": aid,
        "url": args.url,
        "title": args.title,
        "outlet": args.outlet,
        "outlet_country": args.outlet_country.upper(),
        "published": None if args.published.lower() == "none" else args.published,
        "sha256": hashlib.sha256(text).hexdigest(),
        "words": len(text.decode("utf-8").split()),
        "chars": len(text.decode("utf-8")),
        "query": args.query,
        "topic": args.topic,
        "story": args.story,
    }
    PARTS.mkdir(parents=True, exist_ok=True)
    with (PARTS / f"{args.part}.jsonl").open("a", encoding="utf-8") as out:
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(aid)
    return 0


def verify() -> int:
    bad = 0
    lines = manifest_lines()
    for line in lines:
        path = cache_dir() / f"{line['id']}.txt"
        if not path.exists():
            print(f"missing  {line['id']}  {line['url']}", file=sys.stderr)
            bad += 1
        elif hashlib.sha256(path.read_bytes()).hexdigest() != line["sha256"]:
            print(f"changed  {line['id']}  {line['url']}", file=sys.stderr)
            bad += 1
    print(f"{len(lines) - bad} of {len(lines)} texts verified in {cache_dir()}", file=sys.stderr)
    return 1 if bad else 0


def write_input(split: str, out: Path) -> int:
    if verify():
        return 1
    rows = [line for line in manifest_lines() if split == "all" or line.get("split") == split]
    with out.open("w", encoding="utf-8") as handle:
        for line in rows:
            text = (cache_dir() / f"{line['id']}.txt").read_text(encoding="utf-8")
            record = {
                "id": line["id"],
                "text": text,
                "published": line["published"],
                "title": line["title"],
                "url": line["url"],
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(rows)} articles -> {out}", file=sys.stderr)
    return 0


def assign_splits(lines: list[dict[str, object]]) -> None:
    """Hold back a third of the articles, fixed by the data, not by anyone's choice. An article that has
    a split keeps it, so every milestone scores the articles it scored before; a new report of a story
    goes with its story, so reports of one event never straddle the splits. The other new groups (a
    story's reports, else one article) are taken in the order of a hash of their key and held out
    while the held-back part is under a third of all articles."""
    groups: dict[str, list[dict[str, object]]] = {}
    for line in lines:
        groups.setdefault(str(line.get("story") or line["id"]), []).append(line)
    held = sum(1 for line in lines if line.get("split") == "heldout")
    for key in sorted(groups, key=lambda k: hashlib.sha256(k.encode()).hexdigest()):
        known = {line["split"] for line in groups[key] if line.get("split")}
        if known:
            split = str(known.pop())
        else:
            split = "heldout" if held < len(lines) / 3 else "dev"
            held += len(groups[key]) if split == "heldout" else 0
        for line in groups[key]:
            line["split"] = split


def finalise() -> int:
    """Merge the part files into the manifest, each new article given its split (``assign_splits``)."""
    lines = sorted(manifest_lines(), key=lambda line: str(line["id"]))
    assign_splits(lines)
    with MANIFEST.open("w", encoding="utf-8") as out:
        for line in lines:
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    for part in PARTS.glob("*.jsonl"):
        part.unlink()
    counts = {s: sum(1 for line in lines if line["split"] == s) for s in ("dev", "heldout")}
    print(f"{len(lines)} articles -> {MANIFEST} ({counts})")
    return 0


def _scorer() -> Any:
    sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))
    import score_articles  # type: ignore[import-not-found]

    return score_articles


def _factual_core_candidates(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for e in events if not e.get("optional") and e.get("modality") in ("asserted", "reported")]


def _gold_records(path: Path) -> dict[str, dict[str, Any]]:
    if not path.exists():
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    return {str(r["id"]): r for r in (json.loads(x) for x in lines if x.strip())}


def reconcile(redo: bool = False) -> int:
    """Core = events both passes code as non-optional factual and that match (the scorer's
    compatibility); every other event of either pass is optional. On a core event the first pass's
    record is kept; a date or place only the second pass gives is taken, a differing date is kept as
    an ``alt_dates`` entry. Agreement: the scorer's F1 of pass 2's non-optional events against pass 1's.

    An article already in gold.jsonl keeps its record (later annotation, such as magnitudes, lives
    there and would be lost); only new articles are reconciled, unless ``redo``."""
    sa = _scorer()
    gold_dir = DEVSET / "gold"
    kept = {} if redo else _gold_records(gold_dir / "gold.jsonl")
    merged: list[dict[str, Any]] = []
    agreement: dict[str, list[dict[str, Any]]] = {"pass1": [], "pass2": []}
    for line in manifest_lines():
        aid = str(line["id"])
        one = json.loads((gold_dir / "pass1" / f"{aid}.json").read_text(encoding="utf-8"))
        two = json.loads((gold_dir / "pass2" / f"{aid}.json").read_text(encoding="utf-8"))
        agreement["pass1"].append({"id": aid, "events": one["events"]})
        agreement["pass2"].append({"id": aid, "events": _factual_core_candidates(two["events"])})
        if aid in kept:
            merged.append(kept[aid])
            continue
        events = _merged_events(sa, one["events"], two["events"])
        merged.append(
            {"id": aid, "published": line["published"], "split": line.get("split"), "events": events}
        )
    with (gold_dir / "gold.jsonl").open("w", encoding="utf-8") as out:
        for record in merged:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    report: dict[str, Any] = {}
    for split in ("dev", "heldout", "all"):
        ids = {r["id"] for r in merged if split == "all" or r["split"] == split}
        g = {r["id"]: r for r in agreement["pass1"] if r["id"] in ids}
        s = {r["id"]: r for r in agreement["pass2"] if r["id"] in ids}
        m = sa.score(g, s)
        core = sum(1 for r in merged if r["id"] in ids for e in r["events"] if not e.get("optional"))
        n1 = sum(len(_factual_core_candidates(r["events"])) for r in g.values())
        n2 = sum(len(r["events"]) for r in s.values())
        report[split] = {
            "articles": len(ids),
            "core_events": core,
            "agreement_f1": round(m["f1"], 3),
            "agreement_p": round(m["precision"], 3),
            "agreement_r": round(m["recall"], 3),
            # both passes' non-optional factual events, matched one to one, nothing ignored
            "strict_f1": round(2 * core / (n1 + n2), 3) if n1 + n2 else None,
        }
    (gold_dir / "agreement.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=1))
    return 0


def _merged_events(
    sa: Any, first: list[dict[str, Any]], second: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    core1, core2 = _factual_core_candidates(first), _factual_core_candidates(second)
    matching = sa.max_bipartite(
        len(core1),
        len(core2),
        lambda g, s: sa.compatible(core1[g], core2[s]),
        lambda g, s: sa.agreement(core1[g], core2[s]),
    )
    events = [_core(core1[i], core2[j]) for i, j in sorted(matching.items())]
    matched1 = {id(core1[i]) for i in matching}
    matched2 = {id(core2[j]) for j in matching.values()}
    events += [{**e, "optional": True, "pass": "pass1"} for e in first if id(e) not in matched1]
    # The second pass numbers its events as the first does: its own events get ids of their own.
    events += [
        {**e, "eid": _second_pass_eid(e["eid"]), "optional": True, "pass": "pass2"}
        for e in second
        if id(e) not in matched2
    ]
    return events


def _second_pass_eid(eid: str) -> str:
    """``<article id>-e<N>`` of the second pass as ``<article id>-p2-e<N>``."""
    head, _, number = eid.rpartition("-")
    return f"{head}-p2-{number}"


def _core(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    event = {**first, "optional": False, "pass": "both"}
    d1, d2 = (first.get("date") or {}).get("value"), (second.get("date") or {}).get("value")
    if d1 is None and d2 is not None:
        event["date"] = second["date"]
    elif d1 is not None and d2 is not None and d1 != d2:
        event["alt_dates"] = sorted({*event.get("alt_dates", []), d2})
    if not first.get("location") and second.get("location"):
        event["location"] = second["location"]
    return event


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("id").add_argument("url")
    p_add = sub.add_parser("add")
    for name in ("part", "url", "title", "outlet", "outlet-country", "published", "query", "topic"):
        p_add.add_argument(f"--{name}", required=True)
    p_add.add_argument("--story", default=None)
    sub.add_parser("verify")
    sub.add_parser("finalise")
    sub.add_parser("reconcile").add_argument(
        "--redo", action="store_true", help="reconcile every article again (loses edits made in gold.jsonl)"
    )
    p_input = sub.add_parser("input")
    p_input.add_argument("split", choices=("dev", "heldout", "all"))
    p_input.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if args.command == "id":
        print(article_id(args.url))
        return 0
    if args.command == "add":
        return add(args)
    if args.command == "verify":
        return verify()
    if args.command == "finalise":
        return finalise()
    if args.command == "reconcile":
        return reconcile(args.redo)
    return write_input(args.split, args.out)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
