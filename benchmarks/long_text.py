"""Time and peak memory of the full pipeline on one long text against a 20,000-character one.

usage: python benchmarks/long_text.py [--chars N]

The texts are the bundled example articles repeated (real prose, paragraphs kept) up to each size;
issue 10 asks that a 1,000,000-character article take at most about 1.5x the time per character of
a 20,000-character one, with peak RSS under 1 GB. Timings are noisy: compare the ratio.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time

from newsevents.examples import FOLDER
from newsevents.model import Article
from newsevents.pipeline import Pipeline


def text_of(chars: int) -> str:
    body = "\n\n".join(
        json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(FOLDER.glob("*.input.json"))
    )
    return (body * (chars // len(body) + 1))[:chars]


def seconds(pipeline: Pipeline, text: str) -> float:
    started = time.perf_counter()
    doc = pipeline(Article(id=f"long-{len(text)}", text=text))
    if doc.error is not None:
        raise SystemExit(doc.error)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chars", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    pipeline = Pipeline()
    seconds(pipeline, text_of(2_000))  # load every resource before timing
    short, long_ = text_of(20_000), text_of(args.chars)
    t_short, t_long = seconds(pipeline, short), seconds(pipeline, long_)
    per_short, per_long = t_short / len(short), t_long / len(long_)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(short):>9,} chars: {t_short:7.1f} s")
    print(f"{len(long_):>9,} chars: {t_long:7.1f} s  (x{per_long / per_short:.2f} the time per character)")
    print(f"peak RSS: {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
