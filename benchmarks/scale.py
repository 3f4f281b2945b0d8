"""Scale on Dask: the same synthetic articles coded by 1 and by 2 workers, and one bigger run.

usage: python benchmarks/scale.py [--n 20000] [--workers 1 2] [--big 100000] [--out DIR]
       (--n 0 --big N: the big run alone; --merge-incidents DB: only time an incident merge)

Articles come from scripts/make_synthetic_articles.py. Each run ingests into a fresh DuckDB file
through ``newsevents.scaleout.ingest_on_dask`` on a LocalCluster of one-thread worker processes, and
reports wall time, articles/s, the speed-up over one worker, each worker's peak RSS (read in the
worker), the client's peak RSS and the store's size; then the incidents are merged in a process of
their own, timed, with its peak RSS (``ingest`` merges them at its end, in the client). Timings on a
shared machine are noisy: compare the runs of one invocation only.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from distributed import Client

from newsevents.pipeline import load_config
from newsevents.scaleout import ingest_on_dask
from newsevents.scaleout.client import local_cluster
from newsevents.scaleout.worker import warm
from newsevents.store import Store

ROOT = Path(__file__).resolve().parents[1]


def _peak_rss_mb() -> float:
    """This process's own peak RSS (VmHWM). Not ``ru_maxrss``: Linux keeps that across ``exec``, and
    Dask starts its workers from the client's process, so a worker's read at least the client's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # no /proc: the kernel's figure


def merge_incidents(db: Path) -> dict[str, Any]:
    """Merge the store's incidents here, timed, with this process's peak RSS (``--merge-incidents``)."""
    started = time.perf_counter()
    with Store(db) as store:
        incidents = store.merge_incidents()
    return {
        "incidents": incidents,
        "seconds": round(time.perf_counter() - started, 1),
        "peak_rss_mb": round(_peak_rss_mb()),
    }


def _merge_incidents(db: Path) -> dict[str, Any]:
    """Merge the store's incidents in a process of its own, so that its time and memory are told
    apart from the coding's (``ingest`` merges them at its end)."""
    done = subprocess.run(
        [sys.executable, __file__, "--merge-incidents", str(db)], check=True, capture_output=True, text=True
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run(articles: Path, workers: int, folder: Path) -> dict[str, Any]:
    db = folder / f"scale-{articles.stem}-{workers}w.duckdb"  # each run its own fresh store
    db.unlink(missing_ok=True)
    db.with_name(db.name + ".wal").unlink(missing_ok=True)
    with (
        local_cluster(workers) as cluster,
        Client(cluster) as client,
    ):
        started = time.perf_counter()
        client.run(warm, load_config(None))  # each worker builds its pipeline, as its first task would
        startup = time.perf_counter() - started
        started = time.perf_counter()
        with Store(db) as store:
            summary = ingest_on_dask([articles], store, load_config(None), client, incidents=False)
        seconds = time.perf_counter() - started
        worker_rss = sorted(client.run(_peak_rss_mb).values())
    coded = {
        "workers": workers,
        "articles": summary.articles,
        "failures": len(summary.failures),
        "lost": summary.lost,
        "events": summary.events,
        "startup_s": round(startup, 1),
        "seconds": round(seconds, 1),
        "articles_per_s": round(summary.articles / seconds, 2),
        "worker_peak_rss_mb": [round(r) for r in worker_rss],
        "client_peak_rss_mb": round(_peak_rss_mb()),
        "store_mb": round(db.stat().st_size / 2**20, 1),
    }
    print(json.dumps(coded), flush=True)  # the coding's figures, before the long merge
    merged = _merge_incidents(db)
    return {**coded, "incidents": merged["incidents"], "incidents_s": merged["seconds"],
            "incidents_peak_rss_mb": merged["peak_rss_mb"]}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=20_000, help="articles of the speed-up runs (0: none)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--big", type=int, default=0, help="articles of one more run on the most workers")
    parser.add_argument("--out", type=Path, default=None, help="keep the stores and a JSON report here")
    parser.add_argument("--merge-incidents", type=Path, default=None, help="only time an incident merge")
    args = parser.parse_args(argv)
    if args.merge_incidents is not None:
        print(json.dumps(merge_incidents(args.merge_incidents)))
        return 0
    with tempfile.TemporaryDirectory(prefix="newsevents-scale-") as scratch:
        folder = args.out or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        make = [sys.executable, str(ROOT / "scripts" / "make_synthetic_articles.py")]
        results: list[dict[str, Any]] = []
        if args.n:
            articles = folder / f"synthetic-{args.n}.jsonl"
            subprocess.run([*make, str(args.n), str(articles)], check=True)
            results = [run(articles, w, folder) for w in args.workers]
        for r in results:
            r["speed_up"] = round(r["articles_per_s"] / results[0]["articles_per_s"], 2)
        if args.big:
            big = folder / f"synthetic-{args.big}.jsonl"
            subprocess.run([*make, str(args.big), str(big), "--seed", "11"], check=True)
            results.append(run(big, max(args.workers), folder))
        for r in results:
            print(json.dumps(r))
        if args.out:
            (folder / "scale.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
