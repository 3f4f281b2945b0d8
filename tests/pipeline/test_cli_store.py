"""The CLI shell over the store: ingest (progress, failures, idempotence) and the query commands."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from newsevents.cli.app import app
from newsevents.store import Store
from tests.unit.test_store import kharkiv_doc

NLP_ONLY = '[pipeline]\nstages = ["nlp"]\n'


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200", "NO_COLOR": "1"})
    return result.exit_code, result.output


def test_ingest_records_failures_and_is_idempotent(tmp_path: Path) -> None:
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "talks.txt").write_text("Egypt and Qatar agreed on Sunday to reopen the crossing.\n")
    (articles / "empty.txt").write_text("")
    (articles / "feed.jsonl").write_text('{"id": "w1", "text": "Police arrested 12 protesters."}\n{oops\n')
    config = tmp_path / "nlp.toml"
    config.write_text(NLP_ONLY)
    db = tmp_path / "news.duckdb"
    for stored in (2, 0):  # the second run finds both articles stored
        code, output = _invoke("ingest", str(articles), "--db", str(db), "--config", str(config))
        assert code == 1  # some items failed
        assert f"4 items: {stored} articles" in output and "2 failures" in output
        assert ("2 already stored" in output) == (stored == 0)
        assert "E100" in output and "E103" in output
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    # one row per failing item, however often it was ingested
    assert sorted(r[0] for r in con.execute("SELECT code FROM failures").fetchall()) == ["E100", "E103"]
    resolved = json.loads(con.execute("SELECT resolved FROM runs LIMIT 1").fetchone()[0])  # type: ignore[index]
    assert resolved["stages"] == ["nlp"] and "spacy" in resolved["versions"]
    con.close()


def _db_with_kharkiv(tmp_path: Path) -> Path:
    db = tmp_path / "k.duckdb"
    with Store(db) as store:
        store.write(kharkiv_doc(), store.start_run({}))
    return db


def test_events_filters_and_factual_default(tmp_path: Path) -> None:
    db = str(_db_with_kharkiv(tmp_path))
    code, facts = _invoke("events", "--db", db, "--json")
    assert code == 0
    rows = json.loads(facts)
    assert rows and all(r["modality"] in ("asserted", "reported") for r in rows)
    code, everything = _invoke("events", "--db", db, "--all", "--json")
    assert len(json.loads(everything)) > len(rows)
    code, none = _invoke("events", "--db", db, "--country", "FRA", "--json")
    assert json.loads(none) == []
    code, output = _invoke("events", "--db", db, "--since", "2025-13")
    assert code == 2 and "E209" in output


def test_query_commands_leave_filter_checks_to_the_library(tmp_path: Path) -> None:
    db = str(_db_with_kharkiv(tmp_path))
    code, output = _invoke("events", "--db", db, "--type", "assault", "--country", "ukr", "--json")
    assert code == 0 and {r["event_type"] for r in json.loads(output)} == {"ASSAULT"}
    code, output = _invoke("events", "--db", db, "--modality", "Asserted", "--json")
    assert code == 0 and {r["modality"] for r in json.loads(output)} == {"asserted"}
    code, output = _invoke("events", "--db", db, "--modality", "sure")
    assert code == 2 and "E209" in output and "modality 'sure'" in output and "hedged" in output
    code, output = _invoke("incidents", "--db", db, "--until", "2025-02-30")
    assert code == 2 and "until '2025-02-30'" in output and "YYYY-MM-DD" in output
    code, output = _invoke("events", "--db", db, "--country", "Ukraine")
    assert code == 2 and "ISO 3166-1 alpha-3" in output


def test_show_quotes_and_export(tmp_path: Path) -> None:
    db = str(_db_with_kharkiv(tmp_path))
    with Store(Path(db)) as store:
        article_id = store.articles()[0]["article_id"]
    code, shown = _invoke("show", str(article_id)[:8], "--db", db)
    assert code == 0 and "Shelling in Kharkiv" in shown and "ASSAULT" in shown
    assert "2 toponyms, 1 of them locations" in shown and "government" in shown
    code, quoted = _invoke("quotes", "--db", db, "--json")
    assert code == 0 and "Zelensky" in quoted
    out = tmp_path / "events.geojson"
    code, _ = _invoke("export", str(out), "--db", db, "--format", "geojson")
    assert code == 0 and json.loads(out.read_text())["type"] == "FeatureCollection"
    quotes_out = tmp_path / "quotes.csv"
    code, _ = _invoke("export", str(quotes_out), "--db", db, "--format", "csv", "--table", "quotes")
    assert code == 0 and "Zelensky" in quotes_out.read_text(encoding="utf-8")
    code, output = _invoke(
        "export", str(tmp_path / "q.geojson"), "--db", db, "--format", "geojson", "--table", "quotes"
    )
    assert code == 2 and "E209" in output
    code, output = _invoke("export", str(tmp_path / "x.xml"), "--db", db, "--format", "xml")
    assert code == 2 and "E210" in output
