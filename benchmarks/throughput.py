"""Throughput of the full pipeline against a bare spaCy parse of the same texts, in one process.

usage: python benchmarks/throughput.py [--input FILE.jsonl] [--limit N] [--json] [--process]

Prints words/s for the bare parse (the pinned spaCy model, nothing else) and for the full pipeline,
their ratio, each stage's cost as a share of the bare parse, and peak RSS. Timings are noisy on a
shared machine; the ratios measured within one run are what to compare.

With --process it also times whole processes, start-up included, as a user meets them (issue 12,
point 2): `newsevents extract` of the texts as interchange JSONL against a fresh Python process that
loads the bare model and parses the same texts, and reports the speed of the first over the second.
"""

from __future__ import annotations

import argparse
import importlib
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from newsevents.examples import FOLDER as EXAMPLES
from newsevents.model import Article, Document
from newsevents.pipeline import Pipeline, load_config
from newsevents.resources import Resources

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from coldstart import timed  # noqa: E402  (one timer of child processes for both benchmarks)

#: The stages of issue 4 (time expressions, toponyms, event dates and locations).
TIME_PLACE_STAGES = ("times", "places", "event_dates", "event_locations")
DEFAULT_INPUTS = (
    ROOT.parent / "shared/datasets/quotes/polnear-dev.input.jsonl",
    EXAMPLES,
)


def read_texts(path: Path, limit: int | None) -> list[str]:
    """Texts of an interchange JSONL file, or of the ``*.input.json`` files in a folder."""
    if path.is_dir():
        texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(path.glob("*.input.json"))]
    else:
        with path.open(encoding="utf-8") as handle:
            texts = [json.loads(line)["text"] for line in handle if line.strip()]
    return texts[:limit] if limit is not None else texts


BARE_PROCESS = (
    "import json, sys, spacy\n"
    "nlp = spacy.load(sys.argv[1])\n"
    "texts = [json.loads(line)['text'] for line in open(sys.argv[2], encoding='utf-8')]\n"
    "for doc in nlp.pipe(texts, batch_size=64): pass\n"
)


def whole_processes(texts: list[str], model: str) -> dict[str, float]:
    """Seconds of a bare spaCy process and of `newsevents extract` on ``texts``, and the speed of
    extract as a share of the bare process's (1.0: as fast), by wall and by CPU time."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.jsonl"
        lines = (json.dumps({"id": str(i), "text": t}, ensure_ascii=False) for i, t in enumerate(texts))
        source.write_text("\n".join(lines) + "\n", encoding="utf-8")
        bare_wall, bare_cpu = timed([sys.executable, "-c", BARE_PROCESS, model, str(source)])
        extract = [
            str(Path(sys.executable).with_name("newsevents")),
            "extract",
            str(source),
            str(Path(tmp) / "o"),
        ]
        full_wall, full_cpu = timed(extract)
    return {
        "bare_process_wall_s": bare_wall,
        "bare_process_cpu_s": bare_cpu,
        "extract_process_wall_s": full_wall,
        "extract_process_cpu_s": full_cpu,
        "process_speed_ratio_wall": bare_wall / full_wall,
        "process_speed_ratio_cpu": bare_cpu / full_cpu,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--input",
        type=Path,
        default=None,
        help="interchange JSONL or folder of *.input.json (default: PolNeAR dev)",
    )
    parser.add_argument("--limit", type=int, default=None, help="at most N articles")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--process", action="store_true", help="also time whole processes (issue 12)")
    args = parser.parse_args(argv)
    source = args.input or next((p for p in DEFAULT_INPUTS if p.exists()), None)
    if source is None:
        parser.error("no input: pass --input")
    texts = read_texts(source, args.limit)

    config = load_config()
    model = config["stages"]["nlp"]["model"]
    bare = importlib.import_module(model).load()
    list(bare.pipe(["warm up"]))  # the first call builds caches

    def bare_parse() -> tuple[int, float]:
        started = time.perf_counter()
        n = sum(len(doc) for doc in bare.pipe(texts, batch_size=64))
        return n, time.perf_counter() - started

    # The bare parse runs before and after the pipeline and the faster run counts, so that load from
    # other processes during one of them inflates neither side of the ratio.
    words, before_s = bare_parse()

    pipeline = Pipeline(config, Resources())
    docs = [Document(article=Article(id=str(i), text=t)) for i, t in enumerate(texts)]
    stage_s: dict[str, float] = {}
    for stage in pipeline.stages:
        # load each stage's resources (the spaCy model, the gazetteer, the dictionaries) outside the
        # timed region: the bare parse is timed with its model loaded too
        warm = Document(article=Article(id="warm", text="Officials met in Damascus on Sunday."))
        for done in pipeline.stages[: pipeline.stages.index(stage) + 1]:
            warm = done(warm)
        started = time.perf_counter()
        docs = list(stage.pipe(docs))
        stage_s[stage.name] = time.perf_counter() - started
    failed = [d.error for d in docs if d.error]
    bare_s = min(before_s, bare_parse()[1])
    full_s = sum(stage_s.values())
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report = {
        "input": str(source),
        "articles": len(texts),
        "words": words,
        "bare_words_per_s": words / bare_s,
        "full_words_per_s": words / full_s,
        "full_over_bare": full_s / bare_s,
        "stage_share_of_bare": {name: s / bare_s for name, s in stage_s.items()},
        "actors_events_share_of_bare": (stage_s.get("actors", 0) + stage_s.get("events", 0)) / bare_s,
        "time_place_share_of_bare": sum(stage_s.get(n, 0) for n in TIME_PLACE_STAGES) / bare_s,
        "peak_rss_mb": peak_mb,
        "failed_articles": len(failed),
    }
    if args.process:
        report.update(whole_processes(texts, model))
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        print(f"input: {source} ({len(texts)} articles, {words} words)")
        print(f"bare spaCy parse : {report['bare_words_per_s']:9.0f} words/s")
        print(
            f"full pipeline    : {report['full_words_per_s']:9.0f} words/s"
            f"  (x{report['full_over_bare']:.2f} the time)"
        )
        for name, share in report["stage_share_of_bare"].items():  # type: ignore[union-attr]
            print(f"  stage {name:16s} {share * 100:6.1f}% of the bare parse")
        print(f"actors + events  : {report['actors_events_share_of_bare'] * 100:.1f}% of the bare parse")
        print(f"times and places : {report['time_place_share_of_bare'] * 100:.1f}% of the bare parse")
        print(f"peak RSS         : {peak_mb:.0f} MB")
        if failed:
            print(f"failed articles  : {len(failed)} (first: {failed[0]})")
        if args.process:
            r = report
            print(
                f"whole processes  : bare {r['bare_process_wall_s']:.1f} s wall"
                f" / {r['bare_process_cpu_s']:.1f} s CPU,"
                f" extract {r['extract_process_wall_s']:.1f} s / {r['extract_process_cpu_s']:.1f} s;"
                f" extract runs at x{r['process_speed_ratio_wall']:.2f} (wall) /"
                f" x{r['process_speed_ratio_cpu']:.2f} (CPU) the speed of the bare process"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
