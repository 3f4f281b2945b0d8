"""Time the HTTP API's endpoints on a store of about 100,000 events.

usage: python benchmarks/api_scale.py SOURCE.duckdb [--events 100000] [--out scaled.duckdb] [--repeat 5]

The scaled store is SOURCE (for example the bundled examples after `newsevents demo`) copied over and
over by `benchmarks/dashboard_store.py` (every row under new ids, dates moved by three days a copy at
their own precision); then the incidents are merged again as `ingest` does. Each request is made
through FastAPI's TestClient (no network) `--repeat` times; the table gives the median and the
slowest, in milliseconds. Timings are noisy on a shared
machine: read them as orders of magnitude.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from fastapi.testclient import TestClient

from newsevents.api import create_app
from newsevents.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dashboard_store import build


def scale(source: Path, out: Path, events: int) -> None:
    """``source`` copied to about ``events`` events (``dashboard_store.build``: new ids, dates moved),
    then its incidents merged again as ``ingest`` does, which is part of what this benchmark times."""
    print(build(source, out, events))
    started = time.perf_counter()
    with Store(out) as store:
        n = store.merge_incidents()
        total = store.counts()["events"]
    print(f"{total} events, {n} incidents merged in {time.perf_counter() - started:.1f} s")


REQUESTS = (
    "/events",
    "/events?offset=50000",
    "/events?type=ASSAULT&country=SDN&since=2026-01",
    "/events?actor=rapid support",
    "/events?bbox=22,44,41,53&all=true",
    "/events?format=csv&limit=1000",
    "/events?format=geojson&limit=5000",
    "/events?limit=10000",
    "/incidents",
    "/incidents?format=geojson&limit=5000",
    "/stats?interval=day&by=type",
    "/stats?interval=week&by=country&all=true",
    "/stats?interval=month&by=modality&type=ASSAULT",
    "/actors?q=hemedti",
    "/actors?q=a",
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("source", type=Path)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=Path("api-scale.duckdb"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    if args.out.exists():
        parser.error(f"{args.out} exists; give a new path")
    scale(args.source, args.out, args.events)
    started = time.perf_counter()
    app = create_app(args.out)
    print(f"app ready in {time.perf_counter() - started:.2f} s")
    first = TestClient(app).get("/events?limit=1").json()["items"][0]
    requests = (
        *REQUESTS,
        f"/events/{first['event_id']}",
        f"/incidents/{first['incident_id']}",
        f"/articles/{first['article_id']}",
    )
    print(f"{'request':58} {'median ms':>9} {'max ms':>7}  answer")
    with TestClient(app) as client:
        for path in requests:
            times = []
            for _ in range(args.repeat):
                t = time.perf_counter()
                response = client.get(path)
                times.append((time.perf_counter() - t) * 1000)
            assert response.status_code == 200, (path, response.text)
            size = f"{len(response.content) / 1000:.0f} kB"
            total = response.headers.get("x-total-count") or (
                response.json().get("total") if "json" in response.headers["content-type"] else None
            )
            print(f"{path:58} {statistics.median(times):9.0f} {max(times):7.0f}  total {total}, {size}")
    app.state.reader.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
