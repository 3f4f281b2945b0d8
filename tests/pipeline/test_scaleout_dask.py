"""``ingest --dask``: coding on a Dask LocalCluster stores what a one-process ingest stores."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from distributed import Client
from typer.testing import CliRunner

from newsevents.cli.app import app
from newsevents.errors import NewsEventsError
from newsevents.examples import FOLDER as EXAMPLES
from newsevents.ingest import IngestOptions
from newsevents.pipeline import Pipeline, load_config
from newsevents.resources import Resources
from newsevents.runner import ingest
from newsevents.scaleout import ingest_on_dask
from newsevents.scaleout.client import local_cluster
from newsevents.store import Store

#: Columns that differ between two runs of the same input by design: the run and its clock.
RUN_COLUMNS = {"run_id", "created", "started", "finished"}
TABLES = ("articles", "actors", "places", "times", "quotes", "events", "failures")
OPTIONS = IngestOptions(glob="*")


def _feed(folder: Path) -> Path:
    """A few dozen items: the example articles, each twice, with bad lines among them."""
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("*.input.json"))]
    lines = [json.dumps(r) for r in records] + [json.dumps(r) for r in records[:6]]  # 6 duplicates
    lines += ['{"id": "broken", "text": ', '{"id": "empty", "text": ""}', "[1, 2]"]
    lines += [json.dumps({"id": f"short-{n}", "text": f"Police detained {n + 2} protesters in Lorent."})
              for n in range(12)]  # fmt: skip
    path = folder / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _content(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    content = {}
    for table in TABLES:
        columns = [r[0] for r in store.con.execute(f"DESCRIBE {table}").fetchall() if r[0] not in RUN_COLUMNS]
        select = ", ".join(f'"{c}"' for c in columns)
        rows = store.con.execute(f"SELECT {select} FROM {table}").fetchall()
        content[table] = sorted(rows, key=repr)
    return content


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """Two one-thread worker processes, as ``--dask local:2`` starts them, shared by the tests so
    that each worker loads its pipeline once."""
    with (
        local_cluster(2) as cluster,
        Client(cluster) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def one_process(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[tuple[Any, ...]]]]:
    folder = tmp_path_factory.mktemp("one")
    feed = _feed(folder)
    with Store(folder / "one.duckdb") as store:
        summary = ingest([feed], store, Pipeline(load_config(None), Resources()), OPTIONS)
        assert summary.lost == 0
        return feed, _content(store)


def test_workers_of_a_local_cluster_keep_no_profile(client: Client) -> None:
    """Dask's profiler kept a call tree of every 10 ms of coding: a worker grew by ~75 dicts an
    article. Our LocalCluster's workers start without it."""

    def profiling(dask_worker: Any) -> tuple[bool, bool]:
        import dask

        enabled = dask.config.get("distributed.worker.profile.enabled")
        return enabled, "profile" in dask_worker.periodic_callbacks

    assert set(client.run(profiling).values()) == {(False, False)}


def test_a_local_cluster_stores_what_one_process_stores(
    one_process: tuple[Path, dict[str, list[tuple[Any, ...]]]], client: Client, tmp_path: Path
) -> None:
    feed, expected = one_process
    with Store(tmp_path / "dask.duckdb") as store:
        summary = ingest_on_dask([feed], store, load_config(None), client, OPTIONS, batch=8)
        assert summary.lost == 0
        assert (summary.given, summary.merged, len(summary.failures)) == (33, 6, 3)
        assert _content(store) == expected
        run = store.runs()[-1]
        assert (run["status"], run["n_articles"], run["n_merged"]) == ("finished", 24, 6)
        assert run["resolved"]["runner"]["dask"].startswith("tcp://127.0.0.1:")
        # run again: everything is stored already, nothing is coded or duplicated
        again = ingest_on_dask([feed], store, load_config(None), client, OPTIONS, batch=8)
        assert (again.articles, again.already, again.lost) == (0, 30, 0)  # duplicates too
        assert _content(store) == expected


def test_shards_at_a_url_are_kept_and_merging_them_twice_changes_nothing(
    one_process: tuple[Path, dict[str, list[tuple[Any, ...]]]], client: Client, tmp_path: Path
) -> None:
    feed, expected = one_process
    shards = tmp_path / "shards"
    with Store(tmp_path / "dask.duckdb") as store:
        ingest_on_dask(
            [feed], store, load_config(None), "local:1", OPTIONS, shards=f"file://{shards}", batch=16
        )
        kept = sorted(p for p in shards.iterdir() if p.is_dir())
        assert len(kept) == 2 and all((p / "events.parquet").is_file() for p in kept)
        assert not any(".partial-" in p.name for p in shards.iterdir())
        run_id = store.runs()[-1]["run_id"]
        for shard in kept:  # a batch whose task ran twice is merged twice: the same rows
            store.merge_parquet({t: str(shard / f"{t}.parquet") for t in TABLES}, run_id)
        assert _content(store) == expected


def test_the_command_line_codes_on_a_local_cluster(tmp_path: Path) -> None:
    feed = tmp_path / "two.jsonl"
    feed.write_text(
        json.dumps({"id": "a", "text": "Police detained 40 protesters in Lorent on Monday."}) + "\n"
        + json.dumps({"id": "b", "text": "Rebels attacked an army post near the border on Sunday."}) + "\n"
    )  # fmt: skip
    db = tmp_path / "cli.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(feed), "--db", str(db), "--dask", "local:1"])
    assert result.exit_code == 0, result.output
    assert "2 items: 2 articles" in result.output
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 2 and store.counts()["events"] >= 1


def test_dask_options_that_do_not_go_together_are_refused(tmp_path: Path) -> None:
    feed = _feed(tmp_path)
    shards_alone = ["ingest", str(feed), "--db", str(tmp_path / "a.duckdb"), "--shards", str(tmp_path)]
    result = CliRunner().invoke(app, shards_alone)
    assert result.exit_code == 2 and "E209" in result.output
    assert not (tmp_path / "a.duckdb").exists()


def test_a_cluster_that_is_neither_local_nor_an_address_is_e214(tmp_path: Path) -> None:
    with Store(tmp_path / "x.duckdb") as store, pytest.raises(NewsEventsError) as raised:
        ingest_on_dask([_feed(tmp_path)], store, load_config(None), "local:zero", OPTIONS)
    assert raised.value.code == "E214"
