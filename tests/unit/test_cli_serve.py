"""`newsevents serve`: the app over the database, read-only, on loopback unless told otherwise (with
a warning), the URL printed, and a missing database refused like the other query commands."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsevents.api import create_app
from newsevents.cli import commands_serve
from newsevents.cli.app import app
from newsevents.store import Store
from tests.unit.test_store import kharkiv_doc


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "k.duckdb"
    with Store(path) as store:
        store.write(kharkiv_doc(), store.start_run({}))
    return path


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The calls to uvicorn.run, which is replaced: the tests never listen on a port."""
    calls: list[dict[str, Any]] = []

    def run(api: Any, host: str, port: int, **options: Any) -> None:
        calls.append({"app": api, "host": host, "port": port})

    monkeypatch.setattr("uvicorn.run", run)  # serve imports uvicorn when it runs
    return calls


def _serve(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["serve", *args], env={"COLUMNS": "200", "NO_COLOR": "1"})
    return result.exit_code, result.output


def test_serves_on_loopback_by_default_and_prints_the_url(db: Path, served: list[dict[str, Any]]) -> None:
    code, output = _serve("--db", str(db))
    assert code == 0, output
    assert "http://127.0.0.1:8000/" in output and "warning" not in output
    (call,) = served
    assert (call["host"], call["port"]) == ("127.0.0.1", 8000)
    assert {"/events", "/stats"} <= set(call["app"].openapi()["paths"])


def test_warns_when_the_host_is_not_loopback(db: Path, served: list[dict[str, Any]]) -> None:
    code, output = _serve("--db", str(db), "--host", "0.0.0.0", "--port", "9001")
    assert code == 0 and "warning" in output and "http://0.0.0.0:9001/" in output
    assert served[0]["host"] == "0.0.0.0"


def test_a_missing_database_is_e212_and_nothing_is_served(
    tmp_path: Path, served: list[dict[str, Any]]
) -> None:
    code, output = _serve("--db", str(tmp_path / "none.duckdb"))
    assert code == 2 and "E212" in output
    assert not served and not (tmp_path / "none.duckdb").exists()


def test_the_docs_and_the_schema_are_served(db: Path) -> None:
    with TestClient(create_app(db)) as client:
        assert client.get("/docs").status_code == 200
        assert client.get("/openapi.json").json()["info"]["title"] == "newsevents"
        assert client.get("/events").json()["total"] > 0


def test_the_store_is_closed_when_the_server_stops(db: Path, served: list[dict[str, Any]]) -> None:
    _serve("--db", str(db))
    reader = served[0]["app"].state.reader
    with pytest.raises(Exception, match="closed"), reader.store() as store:
        store.counts()


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.0.0.53", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("LOCALHOST", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.20", False),
        ("example.org", False),
    ],
)
def test_which_hosts_are_loopback(host: str, loopback: bool) -> None:
    assert commands_serve.is_loopback(host) is loopback


def test_urls_bracket_ipv6_hosts() -> None:
    assert commands_serve.url("::1", 8000) == "http://[::1]:8000/"
    assert commands_serve.url("127.0.0.1", 80) == "http://127.0.0.1:80/"
