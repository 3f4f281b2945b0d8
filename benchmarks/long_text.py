"""Time and peak memory of the full pipeline on one long text against a 20,000-character one.

usage: python benchmarks/long_text.py [--chars N]

Prints each stage's seconds on both texts and the ratio of their times per character.

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
from newsevents.model import Article, Document
from newsevents.pipeline import Pipeline


def text_of(chars: int) -> str:
    body = "\n\n".join(
        json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(FOLDER.glob("*.input.json"))
    )
    return (body * (chars // len(body) + 1))[:chars]


def stage_seconds(pipeline: Pipeline, text: str) -> dict[str, float]:
    """Seconds each stage took on ``text``, in pipeline order."""
    doc = Document(article=Article(id=f"long-{len(text)}", text=text))
    out: dict[str, float] = {}
    for stage in pipeline.stages:
        started = time.perf_counter()
        doc = stage(doc)
        out[stage.name] = time.perf_counter() - started
        if doc.error is not None:
            raise SystemExit(doc.error)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chars", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    pipeline = Pipeline()
    stage_seconds(pipeline, text_of(2_000))  # load every resource before timing
    short, long_ = text_of(20_000), text_of(args.chars)
    # the short text three times, each stage's fastest counting: load from other processes then
    # inflates the long text's side of the ratio, never the short one's
    runs = [stage_seconds(pipeline, short) for _ in range(3)]
    t_short = {name: min(run[name] for run in runs) for name in runs[0]}
    t_long = stage_seconds(pipeline, long_)
    scale = len(short) / len(long_)
    print(f"{'stage':16s} {len(short):>9,} chars {len(long_):>11,} chars  time per character")
    for name in t_short:
        ratio = t_long[name] * scale / t_short[name] if t_short[name] > 0 else float("nan")
        print(f"{name:16s} {t_short[name]:13.2f} s {t_long[name]:13.2f} s  x{ratio:.2f}")
    total_short, total_long = sum(t_short.values()), sum(t_long.values())
    total_ratio = total_long * scale / total_short
    print(f"{'total':16s} {total_short:13.2f} s {total_long:13.2f} s  x{total_ratio:.2f}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS (the whole process, resources included): {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
