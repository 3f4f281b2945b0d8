"""Issue 10, points 4, 5 and 7: readers never create or block, a killed ingest loses only its open
batch and is resumed, and the smaller defects of the store and the CLI."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from newsevents.cli.app import app
from newsevents.errors import NewsEventsError
from newsevents.pipeline import Pipeline, load_config
from newsevents.runner import ingest
from newsevents.store import Store

ROOT = Path(__file__).resolve().parents[2]
NO_STAGES = "[pipeline]\nstages = []\n"


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200", "NO_COLOR": "1"})
    return result.exit_code, result.output


def _pipeline() -> Pipeline:
    return Pipeline(load_config(None, {"pipeline": {"stages": []}}))


def _feed(path: Path, n: int) -> Path:
    lines = (
        json.dumps({"id": str(i), "text": f"Police arrested {i} protesters in the capital."})
        for i in range(n)
    )
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.mark.parametrize(
    "command", [["events"], ["quotes"], ["incidents"], ["show", "abc"], ["export", "x.jsonl"]]
)
def test_a_query_on_a_missing_database_is_e212_and_creates_nothing(
    tmp_path: Path, command: list[str]
) -> None:
    db = tmp_path / "typo.duckdb"
    code, output = _invoke(*command, "--db", str(db))
    assert code == 2 and "E212" in output
    assert not db.exists()


def test_readers_open_read_only_side_by_side(tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    with Store(db) as store:
        ingest([_feed(tmp_path / "f.jsonl", 3)], store, _pipeline())
    readers = [Store(db, read_only=True) for _ in range(4)]
    try:
        assert all(len(r.articles()) == 3 for r in readers)
        with pytest.raises(duckdb.Error):
            readers[0].con.execute("CREATE TABLE x (a INTEGER)")
    finally:
        for reader in readers:
            reader.close()


def test_a_query_during_an_ingest_fails_at_once_with_e207(tmp_path: Path) -> None:
    db = tmp_path / "busy.duckdb"
    Store(db).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; _ = duckdb.connect(sys.argv[1]); print('held', flush=True); "
            "time.sleep(9)",
            str(db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        with pytest.raises(NewsEventsError) as err:
            Store(db, read_only=True)
        assert err.value.code == "E207" and "retry" in str(err.value)
        assert time.monotonic() - started < 5
    finally:
        holder.kill()
        holder.wait()


def test_a_huge_limit_is_a_usage_error(tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    Store(db).close()
    code, output = _invoke("events", "--db", str(db), "--limit", "99999999999999999999")
    assert code == 2 and "E209" in output and "Traceback" not in output


def test_reingest_skips_stored_articles_and_keeps_one_failure_row(tmp_path: Path) -> None:
    feed = _feed(tmp_path / "f.jsonl", 3)
    with feed.open("a") as f:
        f.write("{broken\n")
    with Store(tmp_path / "n.duckdb") as store:
        first = ingest([feed], store, _pipeline())
        second = ingest([feed], store, _pipeline())
        assert (first.articles, second.articles, second.already) == (3, 0, 3)
        assert "3 already stored" in second.line()
        assert [r["code"] for r in store.failures()] == ["E103"]
        assert [r["n_already"] for r in store.runs()] == [0, 3]


def test_an_unfinished_run_is_marked_aborted_by_the_next(tmp_path: Path) -> None:
    with Store(tmp_path / "n.duckdb") as store:
        killed = store.start_run({})
        ingest([_feed(tmp_path / "f.jsonl", 1)], store, _pipeline())
        status = {r["run_id"]: r["status"] for r in store.runs()}
        assert status[killed] == "aborted" and sorted(status.values()) == ["aborted", "finished"]


def _articles(db: Path) -> list[tuple[str, str]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = {row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        if "articles" not in tables:
            # killed between creating the file and its first commit (the schema and the first batch):
            # a store that holds nothing yet, which the next run completes
            return []
        return con.execute("SELECT article_id, text FROM articles ORDER BY article_id").fetchall()
    finally:
        con.close()


def _ingest_cmd(feed: Path, db: Path, config: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "newsevents.cli.app",
        "ingest",
        str(feed),
        "--db",
        str(db),
        "--config",
        str(config),
    ]


def test_kill_9_at_several_points_then_resume_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    feed = _feed(tmp_path / "feed.jsonl", 3000)
    config = tmp_path / "none.toml"
    config.write_text(NO_STAGES)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    whole = tmp_path / "whole.duckdb"
    started = time.monotonic()
    subprocess.run(_ingest_cmd(feed, whole, config), env=env, check=True, capture_output=True)
    took = time.monotonic() - started  # the kill points are shares of it, so a slow machine kills late
    expected = _articles(whole)
    assert len(expected) == 3000
    db = tmp_path / "killed.duckdb"
    counts = []
    for share in (0.5, 0.7, 0.9):
        proc = subprocess.Popen(
            _ingest_cmd(feed, db, config), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(share * took)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if db.exists():
            counts.append(len(_articles(db)))  # the database opens and holds whole batches only
            assert counts[-1] % 50 == 0 or counts[-1] == 3000
    done = subprocess.run(_ingest_cmd(feed, db, config), env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert _articles(db) == expected
    with Store(db, read_only=True) as store:
        runs = store.runs()
    assert runs[-1]["status"] == "finished" and runs[-1]["n_already"] == (counts[-1] if counts else 0)
    said = " ".join((done.stderr + done.stdout).split())
    assert f"{runs[-1]['n_already']} already stored" in said or not runs[-1]["n_already"]
    # a killed run is aborted, with the batches it committed; one the kill came too late for finished
    assert {r["status"] for r in runs[:-1]} <= {"aborted", "finished"}
    assert all(
        r["n_articles"] is None or r["n_articles"] % 50 == 0 for r in runs[:-1] if r["status"] == "aborted"
    )
