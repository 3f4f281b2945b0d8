"""The client side of a Dask run: read the inputs, hand batches to workers, merge their shards.

Reading stays on the client (it is cheap and its failures are recorded in order, as a one-process
ingest records them); coding runs on the workers. At most a few batches per worker are in flight,
so the client's memory does not grow with the input. Each finished batch's shard is merged into the
store in one transaction as soon as it arrives; a killed run leaves whole batches, and ``ingest``
run again skips what is stored, as the one-process ingest does.
"""

from __future__ import annotations

import copy
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

import dask
from distributed import Client, Future, LocalCluster, as_completed

from newsevents.errors import NewsEventsError, describe
from newsevents.ids import content_id
from newsevents.ingest import IngestOptions, iter_items
from newsevents.model import Article, Failure
from newsevents.pipeline import versions
from newsevents.runner import BATCH, FAILURE_BATCH, RunSummary, clean_failure
from newsevents.scaleout.shards import remove_shard, shard_files, shard_url
from newsevents.scaleout.worker import BatchResult, code_batch
from newsevents.settings import SharedSettings
from newsevents.store import Store
from newsevents.store.schema import ARTICLE_TABLES

#: Batches in flight per worker: two keep a worker busy while the client merges the last one's
#: shard; more would only hold articles in memory.
IN_FLIGHT_PER_WORKER = 2
#: Times Dask runs a batch again on another worker when its worker dies mid-task.
RETRIES = 3
#: A LocalCluster listens on loopback only, its status page on a free port (the default, 8787, is
#: often taken by another cluster, and nothing of ours reads that page).
LOCAL_CLUSTER: dict[str, Any] = {"host": "127.0.0.1", "dashboard_address": "127.0.0.1:0"}
#: Dask settings of the workers a LocalCluster of ours starts. Dask's statistical profiler samples each
#: worker's stack every 10 ms and keeps the call trees: in a worker coding articles they grew by ~75
#: dicts an article (49,521 profile nodes after 1,200 articles; worker peak RSS 707 MB after 20,000,
#: against 499 MB coding the same batches without Dask), and nothing of ours reads them.
LOCAL_WORKER_CONFIG: dict[str, Any] = {"distributed.worker.profile.enabled": False}
SHARD_TABLES = ("articles", *ARTICLE_TABLES, "failures")

BatchProgress = Callable[[int, int], None]  # articles and events of a merged batch


def local_cluster(workers: int) -> LocalCluster:
    """A LocalCluster of ``workers`` one-thread worker processes on this machine, without Dask's
    profiler (``LOCAL_WORKER_CONFIG``). One thread per worker: the pipeline is CPU-bound Python,
    threads would share one core."""
    with dask.config.set(LOCAL_WORKER_CONFIG):  # the nannies hand the config to their workers
        return LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers, threads_per_worker=1, processes=True, **LOCAL_CLUSTER
        )


@contextmanager
def connect(spec: str | Client) -> Iterator[Client]:
    """A client of ``local:N`` (a LocalCluster of N one-thread worker processes on this machine), of
    the scheduler at ``tcp://host:port`` / ``tls://host:port``, or the caller's own client (left open)."""
    if isinstance(spec, Client):
        yield spec
        return
    if spec.startswith("local:"):
        workers = spec.removeprefix("local:")
        if not workers.isdigit() or int(workers) < 1:
            raise NewsEventsError("E214", spec=spec, detail="N must be a whole number of workers, 1 or more")
        cluster = local_cluster(int(workers))
        with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    if not spec.startswith(("tcp://", "tls://")):
        raise NewsEventsError("E214", spec=spec, detail="give local:N or tcp://host:port")
    try:
        client = Client(spec, timeout="20s")  # type: ignore[no-untyped-call]
    except OSError as exc:
        raise NewsEventsError("E214", spec=spec, detail=exc) from exc
    with client:
        yield client


def ingest_on_dask(
    paths: Sequence[Path | str],
    store: Store,
    config: dict[str, Any],
    cluster: str | Client,
    options: IngestOptions | None = None,
    progress: BatchProgress | None = None,
    shards: str | None = None,
    reprocess: bool = False,
    stdin: TextIO | None = None,
    batch: int = BATCH,
    incidents: bool = True,
) -> RunSummary:
    """Code ``paths`` on the Dask cluster ``cluster`` (see :func:`connect`) into ``store``.

    The items are counted as :func:`newsevents.runner.ingest` counts them, and the store ends as a
    one-process ingest of the same inputs leaves it. Shards go under ``shards`` (a folder or fsspec
    URL every worker and the client can reach; kept after the run) or, by default, a temporary
    folder beside the database (removed shard by shard once merged; a LocalCluster shares it).
    The incidents are merged at the end unless ``incidents`` is false (the caller merges them later,
    ``Store.merge_incidents``; the store's queries find them stale until then).
    """
    summary = RunSummary()
    resolved = {
        "config": copy.deepcopy(config),
        "versions": versions(),
        "stages": list(config["pipeline"]["stages"]),
        "runner": {
            "dask": cluster if isinstance(cluster, str) else str(cluster.scheduler_info().get("address")),
            "batch": batch,
        },
    }
    run_id = store.start_run(resolved)
    summary.run_id = run_id
    options = options or IngestOptions.from_settings(SharedSettings.from_config(config).ingest)
    known = None if reprocess else store.article_ids()
    with _shard_root(store, shards) as root, connect(cluster) as client:
        window = IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info().get("workers", {})))
        running = as_completed()  # type: ignore[no-untyped-call]
        batches: dict[str, list[Article]] = {}  # future key → its articles, while in flight

        def merge(future: Future[BatchResult]) -> None:
            articles = batches.pop(str(future.key))
            try:
                result: BatchResult = future.result()
            except Exception as exc:  # noqa: BLE001  (each article of the batch becomes a failure)
                lost = [_not_coded(article, exc) for article in articles]
                store.write_batch([], lost, run_id)
                summary.failures.extend(lost)
                return
            with shard_files(result.url, SHARD_TABLES) as files:
                store.merge_parquet(files, run_id)
            if shards is None:
                remove_shard(result.url)
            summary.articles += result.articles
            summary.events += result.events
            summary.quotes += result.quotes
            summary.failures.extend(result.failures)
            summary.not_english.update(result.not_english)
            if progress is not None:
                progress(result.articles, result.events)

        failures: list[Failure] = []
        for item in _batches(iter_items(list(paths), options, stdin=stdin), summary, known, failures, batch):
            if len(failures) >= FAILURE_BATCH or (item and failures):
                store.write_batch([], failures, run_id)
                summary.failures.extend(failures)
                failures.clear()
            if not item:
                continue
            while running.count() >= window:  # type: ignore[no-untyped-call]
                merge(next(running))
            key = content_id("batch", *(a.id for a in item))
            future = client.submit(
                code_batch, item, config, run_id, shard_url(root, key), key=f"newsevents-{key}",
                retries=RETRIES, pure=False,
            )  # fmt: skip
            batches[str(future.key)] = item
            running.add(future)  # type: ignore[no-untyped-call]
        for future in running:
            merge(future)
        store.write_batch([], failures, run_id)
        summary.failures.extend(failures)
    store.finish_run(
        run_id, articles=summary.articles, failures=len(summary.failures), events=summary.events,
        **summary.totals(),
    )  # fmt: skip
    if incidents:
        summary.incidents = store.merge_incidents()
    return summary


def _batches(
    items: Iterator[Article | Failure],
    summary: RunSummary,
    known: set[str] | None,
    failures: list[Failure],
    size: int,
) -> Iterator[list[Article]]:
    """Distinct articles not stored yet, ``size`` at a time; reading failures go to ``failures``.
    An empty list is yielded after each failure so the caller can commit them as they come."""
    seen: set[str] = set()
    batch: list[Article] = []
    for item in items:
        summary.given += 1
        if isinstance(item, Failure):
            failures.append(clean_failure(item))
            yield []
        elif item.id in seen:
            summary.merged += 1
        elif known is not None and item.id in known:
            summary.already += 1
        else:
            seen.add(item.id)
            batch.append(item)
            if len(batch) >= size:
                yield batch
                batch = []
    if batch:
        yield batch


def _not_coded(article: Article, exc: BaseException) -> Failure:
    source = article.source or article.id
    item = article.meta.get("item")
    detail = f"{type(exc).__name__}: {exc}"
    return Failure(
        source, "E114", describe("E114", source=source, detail=detail), None if item is None else str(item)
    )


@contextmanager
def _shard_root(store: Store, shards: str | None) -> Iterator[str]:
    if shards is not None:
        yield shards
        return
    beside = None if store.path == ":memory:" else str(Path(store.path).resolve().parent)
    with tempfile.TemporaryDirectory(prefix="newsevents-shards-", dir=beside) as folder:
        yield folder
