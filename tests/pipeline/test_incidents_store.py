"""Incidents through the real pipeline and the store: four outlets telling one strike on Kharkiv (one
with no date in its text, dated by the publication-date fallback) are one incident; a strike on Odesa
the same day, a meeting in Ankara told twice and a meeting in Berlin the same week are others.
Merging is idempotent, follows changes of the events, runs at the end of ``ingest`` and is listed
by ``newsevents incidents`` and the API's ``/incidents``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsevents.api import create_app
from newsevents.cli.app import app
from newsevents.event_dates.dating import PUBLICATION_FALLBACK
from newsevents.model import Document
from newsevents.pipeline import Pipeline, load_config
from newsevents.resources import Resources
from newsevents.runner import ingest
from newsevents.store import Store
from newsevents.store.records import Row

MONDAY = dt.date(2025, 11, 17)  # the Sunday of the strikes is 2025-11-16
THURSDAY = dt.date(2025, 11, 20)

#: (article id, outlet URL, publication date, text)
STRIKES = [
    (
        "kharkiv-wire",
        "https://www.reuters.example/world/kharkiv-strike",
        dt.date(2025, 11, 16),
        "Russia launched a missile attack on Kharkiv on November 16, regional governor Oleh Syniehubov "
        "said. The strike damaged a school.",
    ),
    (
        "kharkiv-daily",
        "https://kyivdaily.example/news/kharkiv",
        MONDAY,
        "Russian forces launched a missile attack on Kharkiv on Sunday, Ukrainian officials said. "
        "A school and two apartment blocks were damaged.",
    ),
    (
        "kharkiv-dateline",
        "https://news.bbc.example/kharkiv",
        MONDAY,
        "KHARKIV, Nov 16 - Russian troops shelled the city of Kharkiv overnight, Ukrainian officials said.",
    ),
    (
        "kharkiv-undated",  # no date in the text: the event date falls back to publication
        "https://apnews.example/article/kharkiv",
        MONDAY,
        "Russian forces shelled Kharkiv, killing three people, Ukraine's emergency service said.",
    ),
    (
        "odesa",
        "https://kyivdaily.example/news/odesa",
        MONDAY,
        "Russian drones attacked Odesa on Sunday, damaging port infrastructure, Ukrainian officials said.",
    ),
]
MEETINGS = [
    (
        "ankara-1",
        "https://www.aa.example/ankara-talks",
        THURSDAY,
        "Turkish President Recep Tayyip Erdogan met Ukrainian President Volodymyr Zelensky in Ankara "
        "on Wednesday.",
    ),
    (
        "ankara-2",
        "https://kyivdaily.example/news/ankara",
        THURSDAY,
        "Ukrainian President Volodymyr Zelensky met Turkish President Recep Tayyip Erdogan in Ankara "
        "on Wednesday to discuss a prisoner exchange.",
    ),
    (
        "berlin",
        "https://dw.example/berlin-talks",
        THURSDAY,
        "French President Emmanuel Macron held talks with German Chancellor Friedrich Merz in Berlin "
        "on Tuesday.",
    ),
]
KHARKIV = ("kharkiv-wire", "kharkiv-daily", "kharkiv-dateline", "kharkiv-undated")


@pytest.fixture(scope="module")
def docs(run_stages: Callable[..., Document]) -> list[Document]:
    return [
        run_stages(text, id=aid, url=url, published=published, source="feed.jsonl")
        for aid, url, published, text in STRIKES + MEETINGS
    ]


def _store(docs: list[Document], path: Path | None = None) -> Store:
    store = Store(path)
    run_id = store.start_run({})
    for doc in docs:
        store.write(doc, run_id)
    return store


def _by_article(incidents: list[Row]) -> dict[str, set[str]]:
    """Incident ids of each article's factual events."""
    out: dict[str, set[str]] = {}
    for inc in incidents:
        for member in inc["members"]:
            out.setdefault(member["article_id"], set()).add(inc["incident_id"])
    return out


def test_the_articles_give_the_events_the_merge_needs(docs: list[Document]) -> None:
    """Guards the premise of the tests below: what the pipeline reads from each article."""
    found = {d.article.id: d for d in docs}
    for aid in (*KHARKIV, "odesa"):
        assault = [e for e in found[aid].events if e.event_type == "ASSAULT"]
        assert assault, aid
        assert any(e.location is not None for e in assault), aid
    undated = next(e for e in found["kharkiv-undated"].events if e.location is not None)
    assert undated.date is not None and undated.date.prov.reason == PUBLICATION_FALLBACK
    assert all(e.event_type == "CONSULT" for aid in ("ankara-1", "ankara-2") for e in found[aid].events)


def test_four_outlets_telling_one_strike_are_one_incident(docs: list[Document]) -> None:
    with _store(docs) as store:
        assert store.merge_incidents() == len(store.incidents())
        incidents = store.incidents()
    by_article = _by_article(incidents)
    located = [inc for inc in incidents if inc["location_name"] == "Kharkiv"]
    assert len(located) == 1
    kharkiv = located[0]
    assert {m["article_id"] for m in kharkiv["members"]} == set(KHARKIV)
    assert kharkiv["event_type"] == "ASSAULT" and kharkiv["date_value"] == "2025-11-16"
    assert kharkiv["n_sources"] == 4 and kharkiv["n_articles"] == 4
    assert "apnews.example" in kharkiv["sources"] and "reuters.example" in kharkiv["sources"]
    assert "RUS" in kharkiv["source_countries"]
    # The representative is dated by its text, never by the fallback.
    rep = next(m for m in kharkiv["members"] if m["representative"])
    assert rep["article_id"] != "kharkiv-undated" and rep["date_precision"] == "day"
    fallback = next(m for m in kharkiv["members"] if m["article_id"] == "kharkiv-undated")
    assert "weak" in fallback["reason"] and "Kharkiv ≤" in fallback["reason"]
    assert fallback["joined_to"] is not None
    # The strike on Odesa the same day is another incident, and shares none with Kharkiv's.
    assert kharkiv["incident_id"] not in by_article["odesa"]
    odesa = [inc for inc in incidents if inc["location_name"] == "Odesa"]
    assert len(odesa) == 1 and {m["article_id"] for m in odesa[0]["members"]} == {"odesa"}
    # Each report keeps its own date: the fallback's month is shown beside the others' day, not dropped.
    dates = next(d for d in kharkiv["differences"] if d.startswith("date: "))
    assert "2025-11 (apnews.example)" in dates and "2025-11-16 (" in dates
    assert odesa[0]["differences"] == []


def test_one_meeting_told_twice_merges_and_another_does_not(docs: list[Document]) -> None:
    with _store(docs) as store:
        consults = store.incidents(types="CONSULT")
    ankara = [inc for inc in consults if inc["location_name"] == "Ankara"]
    assert len(ankara) == 1
    assert {m["article_id"] for m in ankara[0]["members"]} == {"ankara-1", "ankara-2"}
    assert "sides swapped" in " ".join(m["reason"] for m in ankara[0]["members"])
    berlin = _by_article(consults)["berlin"]
    assert ankara[0]["incident_id"] not in berlin
    assert all(len(inc["members"]) == 1 for inc in consults if inc["incident_id"] in berlin)


def test_filters_and_min_reports(docs: list[Document]) -> None:
    with _store(docs) as store:
        repeated = store.incidents(min_reports=2)
        assert {inc["event_type"] for inc in repeated} == {"ASSAULT", "CONSULT"}
        assert all(inc["n_reports"] >= 2 for inc in repeated)
        assert [inc["location_name"] for inc in store.incidents(types="ASSAULT", min_reports=2)] == [
            "Kharkiv"
        ]
        assert store.incidents(country="FRA", min_reports=2) == []
        assert store.incidents(since="2025-11-18", types="ASSAULT") == []
        assert store.incidents(until="2025-11-15") == []


def test_merging_is_idempotent_and_survives_reopening(docs: list[Document], tmp_path: Path) -> None:
    path = tmp_path / "incidents.duckdb"
    with _store(docs, path) as store:
        store.merge_incidents()
        first = store.con.execute("SELECT * FROM incidents ORDER BY ALL").fetchall()
        members = store.con.execute("SELECT * FROM incident_members ORDER BY ALL").fetchall()
        store.merge_incidents()
        assert store.con.execute("SELECT * FROM incidents ORDER BY ALL").fetchall() == first
        assert store.con.execute("SELECT * FROM incident_members ORDER BY ALL").fetchall() == members
    with Store(path) as store:
        assert not store.incidents_stale()
        store.write(docs[0], store.start_run({}))  # the same article again: nothing changes
        assert not store.incidents_stale()
        assert store.con.execute("SELECT * FROM incidents ORDER BY ALL").fetchall() == first
    # A store built in another order gives the same ids.
    with _store(list(reversed(docs))) as store:
        store.merge_incidents()
        assert store.con.execute("SELECT * FROM incidents ORDER BY ALL").fetchall() == first


def test_incidents_follow_the_events(docs: list[Document]) -> None:
    strikes = [d for d in docs if d.article.id in KHARKIV[:2]]
    with _store(strikes) as store:
        before = {inc["incident_id"] for inc in store.incidents(min_reports=2)}
        store.write(docs[2], store.start_run({}))  # a third outlet arrives
        assert store.incidents_stale()
        after = store.incidents(min_reports=2)
        assert len(after) == 1 and after[0]["n_reports"] == 3
        assert {after[0]["incident_id"]} != before  # the id names its members
        assert not store.incidents_stale()


def test_ingest_merges_at_the_end(resources: Resources, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [{"id": aid, "url": url, "published": str(day), "text": text} for aid, url, day, text in STRIKES]
    feed.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    with Store(tmp_path / "ingest.duckdb") as store:
        summary = ingest([feed], store, Pipeline(load_config(), resources))
        assert summary.incidents == store.counts()["incidents"]
        assert f"{summary.incidents} incidents" in summary.line()
        assert not store.incidents_stale()
        assert [inc["n_sources"] for inc in store.incidents(types="ASSAULT", min_reports=2)] == [4]


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200", "NO_COLOR": "1"})
    return result.exit_code, result.output


def test_the_incidents_command(docs: list[Document], tmp_path: Path) -> None:
    path = tmp_path / "cli.duckdb"
    _store(docs, path).close()  # never merged: the command merges first
    code, output = _invoke("incidents", "--db", str(path), "--min-reports", "2", "--json")
    assert code == 0, output
    rows = json.loads(output)
    assert sorted(r["n_reports"] for r in rows) == [2, 4]
    assert all(r["members"] and all(m["reason"] for m in r["members"]) for r in rows)
    # Where the reports disagree is in the output, with who said what: Kharkiv's dates, not Ankara's.
    assert sorted(bool(r["differences"]) for r in rows) == [False, True]
    code, table = _invoke("incidents", "--db", str(path), "--type", "assault", "--country", "ukr")
    assert code == 0 and "2 incidents from 5 reports" in table and "ASSAULT" in table
    code, output = _invoke("incidents", "--db", str(path), "--type", "assault", "--country", "ukr", "--json")
    assert sorted(r["location_name"] for r in json.loads(output)) == ["Kharkiv", "Odesa"]
    code, output = _invoke("incidents", "--db", str(path), "--since", "2025-13")
    assert code == 2 and "E209" in output
    code, output = _invoke("incidents", "--db", str(path), "--min-reports", "0")
    assert code == 2 and "E209" in output


def test_the_api_gives_every_member_report_and_outlet_of_an_incident(
    docs: list[Document], tmp_path: Path
) -> None:
    db = tmp_path / "strikes.duckdb"
    with _store(docs, db) as store:
        store.merge_incidents()
    with TestClient(create_app(db)) as client:
        told_twice = client.get("/incidents", params={"min_reports": 2}).json()
        kharkiv = next(i for i in told_twice["items"] if i["location_name"] == "Kharkiv")
        assert told_twice["total"] == len(told_twice["items"]) >= 2  # Kharkiv and Ankara
        assert {m["article_id"] for m in kharkiv["members"]} == set(KHARKIV)
        assert {m["outlet"] for m in kharkiv["members"]} == set(kharkiv["sources"])
        assert "apnews.example" in kharkiv["sources"] and kharkiv["n_sources"] == 4
        assert client.get(f"/incidents/{kharkiv['incident_id']}").json() == kharkiv
        reports = client.get("/events", params={"incident": kharkiv["incident_id"]}).json()
        assert {e["article_id"] for e in reports["items"]} == set(KHARKIV) and reports["total"] == 4
        assert all(e["incident_id"] == kharkiv["incident_id"] for e in reports["items"])
        once = client.get("/incidents", params={"min_reports": 1, "limit": 0}).json()["total"]
        assert once > told_twice["total"]
