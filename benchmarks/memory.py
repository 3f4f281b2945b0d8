"""Peak resident memory of `newsevents ingest`, one process (one worker), on ordinary articles.

usage: python benchmarks/memory.py [--copies 1000] [--folder /tmp/newsevents-1000] [--keep]

Two runs, each a fresh process whose peak RSS is read from the kernel when it exits
(``getrusage(RUSAGE_CHILDREN)``, the largest child so far, so the runs go from the smaller to the
larger): the bundled examples, then a folder of ``--copies`` article files made from the examples
(each example in turn, with a numbered line added, so that every file is a different article and
none is merged as a duplicate). The index files are built first, outside the measured runs.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "src" / "newsevents" / "examples"
NEWSEVENTS = Path(sys.executable).with_name("newsevents")


def make_articles(folder: Path, copies: int) -> None:
    """``copies`` JSON article files in ``folder``, made from the bundled examples."""
    examples = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("*.input.json"))]
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(copies):
        record = dict(examples[n % len(examples)])
        record["id"] = f"{record['id']}-copy{n}"
        record["text"] = f"{record['text']}\n\n(Copy {n} of the example, for the memory benchmark.)"
        (folder / f"{n:05d}.json").write_text(json.dumps(record), encoding="utf-8")


def peak_rss_mb(args: list[str]) -> tuple[float, float]:
    """Peak RSS (MB) of the largest child so far, and the wall time of this one."""
    start = time.perf_counter()
    done = subprocess.run([str(NEWSEVENTS), *args], capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"newsevents {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--copies", type=int, default=1000)
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()) / "newsevents-articles")
    parser.add_argument("--keep", action="store_true", help="keep the generated folder")
    args = parser.parse_args()
    if args.folder.exists():
        shutil.rmtree(args.folder)
    make_articles(args.folder, args.copies)
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm.jsonl"
        warm.write_text(json.dumps({"id": "w", "text": "Rain fell in Oslo."}) + "\n", encoding="utf-8")
        subprocess.run(
            [str(NEWSEVENTS), "extract", str(warm), str(Path(tmp) / "warm.out")],
            check=True,
            capture_output=True,
        )  # fmt: skip  (builds the index files, if missing)
        rows = []
        runs = (
            ("bundled examples", EXAMPLES, "*.input.json"),
            (f"{args.copies} article files", args.folder, "*.json"),
        )
        for label, source, glob in runs:
            db = Path(tmp) / f"{len(rows)}.duckdb"
            rss, wall = peak_rss_mb(["ingest", str(source), "--db", str(db), "--glob", glob])
            rows.append((label, rss, wall))
    if not args.keep:
        shutil.rmtree(args.folder)
    print("| input | peak RSS, one process | wall |")
    print("|---|---|---|")
    for label, rss, wall in rows:
        print(f"| {label} | {rss:,.0f} MB | {wall:.0f} s |")


if __name__ == "__main__":
    main()
