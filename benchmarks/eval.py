"""Run `newsevents extract` on a development dataset and score it with the shared scorer.

usage: python benchmarks/eval.py NAME [NAME ...] [--sample N] [--json] [--out DIR]
       python benchmarks/eval.py all

NAME is one of: seed, examples, examples_time, examples_quotes, examples_geo, plv, plover_gsr,
time, gwn, lgl, quotes, realnews (the development part of the real-news set) and realnews_heldout
(its held-back third: score it only at milestones; `all` leaves it out). The real-news texts come
from the cache that devset/realnews/COLLECTING.md describes, checked against the manifest's sha256.
With --sample N an evenly spread, fixed sample of N input lines (every k-th) is scored against the
gold of the same ids. Scorers come from ../shared/eval and need nothing but the standard library;
system output is kept under --out for error analysis.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"
DATA = SHARED / "datasets"
REALNEWS = ROOT / "devset" / "realnews"
ARTICLE_HEADLINE = ("f1", "precision", "recall", "date_acc", "loc_country_acc")
#: Scored only at milestones, so that reported figures are not tuned to the articles looked at.
MILESTONE_ONLY = frozenset({"realnews_heldout"})
EXAMPLES = ROOT / "src" / "newsevents" / "examples"


@dataclass(frozen=True)
class Dataset:
    name: str
    input: Path
    gold: Path
    scorer: str
    headline: tuple[str, ...]  # metric paths printed in the summary


DATASETS = {
    d.name: d
    for d in (
        Dataset(
            "seed", SHARED / "seeds", SHARED / "seeds", "score_articles.py", ("f1", "precision", "recall")
        ),
        Dataset("examples", EXAMPLES, EXAMPLES, "score_articles.py", ("f1", "recall", "date_acc")),
        Dataset("examples_time", EXAMPLES, EXAMPLES, "score_time.py", ("value_f1", "relaxed_f1")),
        Dataset("examples_quotes", EXAMPLES, EXAMPLES, "score_quotes.py", ("f1", "speaker_acc")),
        Dataset("examples_geo", EXAMPLES, EXAMPLES, "score_geo.py", ("literal.f1", "literal.acc161")),
        Dataset(
            "plv", DATA / "plv/input.jsonl", DATA / "plv/gold.jsonl", "score_events.py",
            ("macro_f1", "accuracy", "source_match", "target_match"),
        ),
        Dataset(
            "plover_gsr", DATA / "plover_gsr/input.jsonl", DATA / "plover_gsr/gold.jsonl", "score_events.py",
            ("macro_f1", "accuracy", "source_match", "source_country_acc"),
        ),
        Dataset(
            "time", DATA / "time/tbaq.input.jsonl", DATA / "time/tbaq.gold.jsonl", "score_time.py",
            ("value_f1", "relaxed_f1", "strict_f1", "value_accuracy"),
        ),
        Dataset(
            "gwn", DATA / "geo/gwn.input.jsonl", DATA / "geo/gwn.gold.jsonl", "score_geo.py",
            ("all.f1", "all.acc161", "literal.f1", "literal.acc161"),
        ),
        Dataset(
            "lgl", DATA / "geo/lgl.input.jsonl", DATA / "geo/lgl.gold.jsonl", "score_geo.py",
            ("all.f1", "all.acc161"),
        ),
        Dataset("realnews", REALNEWS, REALNEWS, "score_articles.py", ARTICLE_HEADLINE),
        Dataset("realnews_heldout", REALNEWS, REALNEWS, "score_articles.py", ARTICLE_HEADLINE),
        Dataset(
            "quotes", DATA / "quotes/polnear-dev.input.jsonl", DATA / "quotes/polnear-dev.gold.jsonl",
            "score_quotes.py", ("f1", "speaker_acc", "direct_f1"),
        ),
    )
}  # fmt: skip


def seed_files(work: Path) -> tuple[Path, Path]:
    """The seed articles (``*.txt`` with ``.gold.json`` beside) as interchange input and gold JSONL."""
    pairs = []
    for text_path in sorted((SHARED / "seeds").glob("*.txt")):
        gold = json.loads(text_path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        record = {"id": gold["id"], "text": text_path.read_text(encoding="utf-8"),
                  "published": gold.get("published"), "title": None, "url": None}  # fmt: skip
        pairs.append((record, gold))
    return write_pairs("seed", pairs, work)


def example_files(work: Path) -> tuple[Path, Path]:
    """The bundled example articles (``*.input.json`` + ``*.gold.json``) as input and gold JSONL."""
    pairs = []
    for input_path in sorted(EXAMPLES.glob("*.input.json")):
        gold_path = input_path.with_name(input_path.name.replace(".input.json", ".gold.json"))
        pairs.append((json.loads(input_path.read_text("utf-8")), json.loads(gold_path.read_text("utf-8"))))
    return write_pairs("examples", pairs, work)


def realnews_files(split: str, work: Path) -> tuple[Path, Path]:
    """The real-news articles of ``split`` (texts from the verified cache) and their gold."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import realnews

    inputs = work / f"realnews-{split}.input.jsonl"
    if realnews.write_input(split, inputs) != 0:
        raise SystemExit(f"the real-news text cache is incomplete; see {REALNEWS / 'COLLECTING.md'}")
    gold = work / f"realnews-{split}.gold.jsonl"
    with (
        (REALNEWS / "gold" / "gold.jsonl").open(encoding="utf-8") as src,
        gold.open("w", encoding="utf-8") as dst,
    ):
        dst.writelines(line for line in src if line.strip() and json.loads(line).get("split") == split)
    return inputs, gold


def realnews_available() -> bool:
    """Whether the real-news texts are cached here (they are never committed)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import realnews

    return all((realnews.cache_dir() / f"{line['id']}.txt").exists() for line in realnews.manifest_lines())


def write_pairs(
    name: str, pairs: list[tuple[dict[str, object], dict[str, object]]], work: Path
) -> tuple[Path, Path]:
    inputs, golds = work / f"{name}.input.jsonl", work / f"{name}.gold.jsonl"
    with inputs.open("w", encoding="utf-8") as fin, golds.open("w", encoding="utf-8") as fgold:
        for record, gold in pairs:
            fin.write(json.dumps(record, ensure_ascii=False) + "\n")
            fgold.write(json.dumps(gold, ensure_ascii=False) + "\n")
    return inputs, golds


def sample(inputs: Path, gold: Path, n: int | None, work: Path) -> tuple[Path, Path]:
    """Every k-th input line (a fixed, evenly spread sample; datasets are often sorted by label),
    and the gold lines of the same ids, so that unsampled articles do not count as misses."""
    if n is None:
        return inputs, gold
    lines = [line for line in inputs.read_text(encoding="utf-8").splitlines() if line.strip()]
    step = max(1, len(lines) // n)
    chosen = lines[::step][:n]
    ids = {json.loads(line)["id"] for line in chosen}
    sampled_inputs, sampled_gold = work / f"sample.{inputs.name}", work / f"sample.{gold.name}"
    sampled_inputs.write_text("\n".join(chosen) + "\n", encoding="utf-8")
    with gold.open(encoding="utf-8") as src, sampled_gold.open("w", encoding="utf-8") as dst:
        dst.writelines(line for line in src if line.strip() and json.loads(line)["id"] in ids)
    return sampled_inputs, sampled_gold


def metric(metrics: dict[str, object], dotted: str) -> object:
    value: object = metrics
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def run(name: str, n: int | None, out_dir: Path, work: Path) -> dict[str, object]:
    ds = DATASETS[name]
    if name == "seed":
        inputs, gold = seed_files(work)
    elif name.startswith("examples"):
        inputs, gold = example_files(work)
    elif name.startswith("realnews"):
        inputs, gold = realnews_files("heldout" if name == "realnews_heldout" else "dev", work)
    else:
        inputs, gold = sample(ds.input, ds.gold, n, work)
    system = out_dir / f"{name}.system.jsonl"
    exe = Path(sys.executable).with_name("newsevents")
    # extract exits 1 when some input failed; the scorer still scores what came out.
    done = subprocess.run([str(exe), "extract", str(inputs), str(system)], capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.stderr.write(done.stderr)
        raise SystemExit(f"extract failed on {name} with exit status {done.returncode}")
    scored = subprocess.run(
        [sys.executable, str(EVAL / ds.scorer), str(gold), str(system), "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    metrics: dict[str, object] = json.loads(scored.stdout)
    return {"dataset": name, "sample": n, "metrics": metrics,
            "headline": {k: metric(metrics, k) for k in ds.headline}}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("names", nargs="+", help="datasets, or 'all'")
    parser.add_argument("--sample", type=int, default=None, help="score only the first N input lines")
    parser.add_argument("--json", action="store_true", help="print all metrics as JSON")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "eval", help="where system output goes")
    args = parser.parse_args(argv)
    names = [n for n in DATASETS if n not in MILESTONE_ONLY] if args.names == ["all"] else args.names
    unknown = [n for n in names if n not in DATASETS]
    if unknown:
        parser.error(f"unknown dataset(s) {unknown}; choose from {', '.join(DATASETS)}")
    args.out.mkdir(parents=True, exist_ok=True)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            result = run(name, args.sample, args.out, Path(tmp))
            results.append(result)
            if not args.json:
                shown = "  ".join(
                    f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                    for k, v in result["headline"].items()
                )  # type: ignore[attr-defined]
                print(f"{name:11s} {shown}", flush=True)
    if args.json:
        print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
