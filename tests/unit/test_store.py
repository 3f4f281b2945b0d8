"""The DuckDB store: idempotent writes, filters, the factual-only default, exports and errors.

Documents are built by hand so that these tests need no spaCy model.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import duckdb
import pytest

from newsevents.errors import NewsEventsError
from newsevents.model import (
    ActorMention,
    Article,
    Document,
    Event,
    EventDate,
    EventLocation,
    Failure,
    PlaceMention,
    Provenance,
    Quote,
    Sentence,
    Span,
    TimeMention,
)
from newsevents.store import Store
from newsevents.store.query import ACTOR_SEPARATOR
from newsevents.store.records import document_rows

KHARKIV_TEXT = (
    "Russian forces shelled Kharkiv on Sunday, killing three civilians, Ukrainian officials said. "
    "The Kremlin denied the attack. "
    "Ukraine may impose new sanctions on Moscow next month. "
    '"We will not negotiate under fire," Zelensky said.'
)
TBILISI_TEXT = "Thousands of protesters rallied against the government in Tbilisi on Tuesday."


def span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span(start, start + len(part))


def actor(text: str, part: str, sentence: int, **fields: str) -> ActorMention:
    s = span(text, part)
    return ActorMention(s.start, s.end, part, sentence, Provenance("actors", 0.9), **fields)


def sentences(text: str) -> list[Sentence]:
    out, start = [], 0
    for i, piece in enumerate(text.split(". ")):
        end = start + len(piece) + (1 if start + len(piece) < len(text) else 0)
        out.append(Sentence(i, start, end))
        start = end + 1
    return out


def kharkiv_doc() -> Document:
    t = KHARKIV_TEXT
    doc = Document(
        Article(
            id="a-kharkiv",
            text=t,
            title="Shelling in Kharkiv",
            url="https://example.org/kharkiv",
            published=dt.date(2025, 11, 17),
            source="wire.jsonl",
            meta={"source_id": 7},
        )
    )
    doc.sentences = sentences(t)
    doc.actors = [
        actor(t, "Russian forces", 0, country="RUS", sector="MIL", kind="group"),
        actor(t, "civilians", 0, country="UKR", sector="CVL", kind="group"),
        actor(t, "Kremlin", 1, country="RUS", sector="GOV", actor_id="RUS.GOV.kremlin", name="Kremlin"),
        actor(t, "Ukraine", 2, country="UKR", sector="GOV", kind="state"),
        actor(t, "Moscow", 2, country="RUS", sector="GOV", kind="capital"),
        actor(
            t,
            "Zelensky",
            3,
            country="UKR",
            sector="GOV",
            actor_id="UKR.GOV.zelensky",
            name="Volodymyr Zelensky",
        ),
    ]
    kharkiv, moscow = span(t, "Kharkiv"), span(t, "Moscow")
    doc.places = [
        PlaceMention(
            kharkiv.start, kharkiv.end, "Kharkiv", 0, Provenance("places", 0.95), name="Kharkiv",
            geonameid=706483, lat=49.98081, lon=36.25272, country="UKR", admin1="07", precision="city",
        ),
        PlaceMention(
            moscow.start, moscow.end, "Moscow", 2, Provenance("places", 0.5, "capital used as actor"),
            name="Moscow", country="RUS", use="government",
        ),
    ]  # fmt: skip
    sunday = span(t, "Sunday")
    next_month = span(t, "next month")
    doc.times = [
        TimeMention(
            sunday.start, sunday.end, "Sunday", 0, Provenance("times"), value="2025-11-16", precision="day"
        ),
        TimeMention(next_month.start, next_month.end, "next month", 2, Provenance("times"), value="2025-12"),
    ]
    content = span(t, "We will not negotiate under fire,")
    doc.quotes = [
        Quote(
            content, 3, Provenance("quotes", 0.9), direct=True, cue=span(t, "said", content.end),
            speaker=span(t, "Zelensky"), speaker_text="Zelensky", speaker_actor=5,
            speaker_name="Volodymyr Zelensky", speaker_country="UKR", speaker_sector="GOV",
        )
    ]  # fmt: skip
    doc.events = [
        Event(
            "ASSAULT", span(t, "shelled"), 0, Provenance("events", 0.88), mode="aerial", cameo="195",
            quad_class=4, source=[0], target=[1], modality="reported",
            attributed_source="Ukrainian officials", evidence=Span(0, doc.sentences[0].end),
            date=EventDate("2025-11-16", "day", Provenance("event_dates", 0.9), time_index=0),
            location=EventLocation(
                "Kharkiv", Provenance("event_locations", 0.8, "place in the event clause"),
                geonameid=706483, lat=49.98081, lon=36.25272, country="UKR", admin1="07",
                precision="city", place_index=0,
            ),
        ),
        Event(
            "REJECT", span(t, "denied"), 1, Provenance("events", 0.7), source=[2],
            date=EventDate("2025-11", "month", Provenance("event_dates", 0.4, "no date in sentence")),
        ),
        Event(
            "SANCTION", span(t, "impose"), 2, Provenance("events", 0.6), source=[3], target=[4],
            modality="hedged", modality_cue="may",
            date=EventDate("2025-12", "month", Provenance("event_dates", 0.8), time_index=1),
        ),
        Event(
            "CONSULT", span(t, "negotiate"), 3, Provenance("events", 0.5), source=[5],
            modality="negated", modality_cue="not", quote=0, attributed_source="Zelensky",
        ),
    ]  # fmt: skip
    return doc


def tbilisi_doc() -> Document:
    t = TBILISI_TEXT
    doc = Document(Article(id="a-tbilisi", text=t, published=dt.date(2024, 5, 1)))
    doc.sentences = [Sentence(0, 0, len(t))]
    doc.actors = [
        actor(t, "protesters", 0, country="GEO", sector="CVL"),
        actor(t, "government", 0, country="GEO", sector="GOV"),
    ]
    doc.events = [
        Event(
            "PROTEST", span(t, "rallied"), 0, Provenance("events", 0.9), source=[0], target=[1],
            date=EventDate("2024-04-30", "day", Provenance("event_dates")),
            location=EventLocation(
                "Tbilisi", Provenance("event_locations"), lat=41.69, lon=44.83, country="GEO"
            ),
        )
    ]  # fmt: skip
    return doc


@pytest.fixture
def store() -> Store:
    s = Store(None)
    run_id = s.start_run(
        {"config": {"pipeline": {"stages": ["nlp"]}}, "versions": {"duckdb": "x"}, "stages": ["nlp"]}
    )
    s.write(kharkiv_doc(), run_id)
    s.write(tbilisi_doc(), run_id)
    return s


def types_of(rows: list[dict[str, object]]) -> list[object]:
    return sorted(r["event_type"] for r in rows)


# ---------------------------------------------------------------- writing


def snapshot(s: Store) -> dict[str, list[tuple[object, ...]]]:
    return {
        table: s.con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
        for table in ("articles", "actors", "places", "times", "quotes", "events")
    }


def test_writing_the_same_article_twice_changes_nothing(store: Store) -> None:
    before = snapshot(store)
    run_id = store.runs()[0]["run_id"]
    store.write(kharkiv_doc(), run_id)
    assert snapshot(store) == before
    assert store.counts()["events"] == 5
    assert store.counts()["actors"] == 8


def test_a_second_run_replaces_the_article_rows(store: Store) -> None:
    first = {e["event_id"] for e in store.events(modalities=None)}
    run2 = store.start_run({"config": {}, "versions": {}, "stages": []})
    doc = kharkiv_doc()
    doc.events = doc.events[:2]  # the new run found fewer events: the stale ones must go
    store.write(doc, run2)
    events = store.events(modalities=None)
    assert {e["event_id"] for e in events} < first
    assert types_of(events) == ["ASSAULT", "PROTEST", "REJECT"]
    assert store.article("a-kharkiv")["run_id"] == run2
    assert store.counts()["articles"] == 2


def test_write_many_batches_a_stream(tmp_path: Path) -> None:
    docs = [kharkiv_doc(), tbilisi_doc(), kharkiv_doc()]  # the repeat replaces, not duplicates
    with Store(tmp_path / "db.duckdb") as s:
        assert s.write_many(iter(docs), s.start_run({}), batch=2) == 3
        assert s.counts()["articles"] == 2
        assert types_of(s.events(modalities=None)) == ["ASSAULT", "CONSULT", "PROTEST", "REJECT", "SANCTION"]
        bad = tbilisi_doc()
        bad.article.id = "a-bad"
        bad.events[0].source = [7]
        late = tbilisi_doc()
        late.article.id = "a-late"
        with pytest.raises(ValueError):
            s.write_many([bad, late], "r2")
        assert [a["article_id"] for a in s.articles()] == ["a-kharkiv", "a-tbilisi"]


def test_event_ids_are_content_derived_and_distinct() -> None:
    rows = document_rows(kharkiv_doc(), "r1")["events"]
    again = document_rows(kharkiv_doc(), "r2")["events"]
    assert [r["event_id"] for r in rows] == [r["event_id"] for r in again]
    assert len({r["event_id"] for r in rows}) == 4
    doc = kharkiv_doc()
    doc.events.append(doc.events[0])  # an exact duplicate still gets its own id
    ids = [r["event_id"] for r in document_rows(doc, "r1")["events"]]
    assert len(set(ids)) == 5


def test_event_record_carries_provenance_and_links() -> None:
    rows = document_rows(kharkiv_doc(), "r1")
    ev = rows["events"][0]
    assert ev["trigger_text"] == "shelled"
    assert ev["evidence_text"].startswith("Russian forces shelled Kharkiv")
    assert ev["source_countries"] == ["RUS"] and ev["target_countries"] == ["UKR"]
    assert ev["source_actors"][0]["text"] == "Russian forces"
    assert ev["location_reason"] == "place in the event clause"
    assert ev["location_place_id"] == rows["places"][0]["place_id"]
    assert ev["date_time_id"] == rows["times"][0]["time_id"]
    assert ev["article_published"] == "2025-11-17"
    assert rows["events"][3]["quote_id"] == rows["quotes"][0]["quote_id"]
    assert rows["quotes"][0]["speaker_mention_id"] == rows["actors"][5]["mention_id"]
    assert rows["places"][1]["reason"] == "capital used as actor"
    assert [(p["use"], p["literal"]) for p in rows["places"]] == [("location", True), ("government", False)]
    assert ev["location_country"] == "UKR"
    assert rows["events"][1]["location_name"] is None


def test_a_bad_actor_index_is_refused_and_the_store_stays_usable(store: Store) -> None:
    doc = tbilisi_doc()
    doc.events[0].target = [9]
    with pytest.raises(ValueError, match="event actor 9"):
        store.write(doc, "r")
    assert types_of(store.events(article_id="a-tbilisi")) == ["PROTEST"]


def test_a_failed_write_leaves_the_earlier_rows(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(store)
    insert = Store._insert

    def failing(self: Store, table: str, rows: list[dict[str, object]], conflict: str = "") -> None:
        if table == "events":
            raise RuntimeError("disk full")
        insert(self, table, rows, conflict)

    monkeypatch.setattr(Store, "_insert", failing)
    doc = kharkiv_doc()
    doc.events = doc.events[:1]
    with pytest.raises(RuntimeError, match="disk full"):
        store.write(doc, "r-new")
    assert snapshot(store) == before  # the deletes and inserts before the failure were rolled back
    monkeypatch.setattr(Store, "_insert", insert)
    store.write(doc, "r-new")
    assert store.counts()["events"] == 2


def test_rewriting_an_article_with_fifty_events_keeps_fifty() -> None:
    doc = kharkiv_doc()
    template = doc.events[0]
    doc.events = [
        Event(template.event_type, Span(template.trigger.start, template.trigger.end + i % 3), 0,
              template.prov, source=[i % 6], target=[(i + 1) % 6], date=template.date,
              location=template.location)
        for i in range(50)
    ]  # fmt: skip
    with Store(None) as s:
        run_id = s.start_run({})
        for _ in range(3):
            s.write(doc, run_id)
        assert s.counts()["events"] == 50
        assert len({r["event_id"] for r in s.events(modalities=None)}) == 50


def test_failures_and_run_counts(store: Store) -> None:
    run_id = store.runs()[0]["run_id"]
    bad = Failure("input.jsonl", "E104", "record 3 has no text", item="3")
    store.record_failure(bad, run_id)
    store.record_failure(bad, run_id)
    store.record_failure(Failure("page.html", "E106", "no text could be extracted"), run_id)
    failures = store.failures(run_id)
    assert [(f["code"], f["item"]) for f in failures] == [("E104", "3"), ("E106", None)]
    store.finish_run(run_id)
    run = store.runs()[0]
    assert (run["n_articles"], run["n_failures"], run["n_events"]) == (2, 2, 5)
    assert run["finished"] is not None and run["finished"] >= run["started"]
    assert run["resolved"]["config"] == {"pipeline": {"stages": ["nlp"]}}
    assert run["versions"] == {"duckdb": "x"} and run["stages"] == ["nlp"]
    store.finish_run(run_id, articles=10, failures=1, events=0)
    assert store.runs()[0]["n_articles"] == 10
    with pytest.raises(NewsEventsError) as err:
        store.finish_run("r-unknown")
    assert err.value.code == "E209"


# ---------------------------------------------------------------- queries


def test_only_facts_by_default(store: Store) -> None:
    assert types_of(store.events()) == ["ASSAULT", "PROTEST", "REJECT"]
    assert {e["modality"] for e in store.events()} == {"asserted", "reported"}
    assert types_of(store.events(modalities=None)) == ["ASSAULT", "CONSULT", "PROTEST", "REJECT", "SANCTION"]
    assert types_of(store.events(modalities="hedged")) == ["SANCTION"]
    assert types_of(store.events(modalities=["negated", "hedged"])) == ["CONSULT", "SANCTION"]


def test_type_filter(store: Store) -> None:
    assert types_of(store.events(types="assault")) == ["ASSAULT"]
    assert types_of(store.events(types=["PROTEST", "REJECT"])) == ["PROTEST", "REJECT"]
    assert store.events(types="SANCTION") == []  # hedged, so not a fact
    assert types_of(store.events(types="SANCTION", modalities=None)) == ["SANCTION"]
    with pytest.raises(NewsEventsError) as err:
        store.events(types="BOMBING")
    assert err.value.code == "E209"


def test_actor_filter_searches_text_name_and_id_on_both_sides(store: Store) -> None:
    assert types_of(store.events(actor="kremlin")) == ["REJECT"]  # text and name
    assert types_of(store.events(actor="rus.gov")) == ["REJECT"]  # actor id
    assert types_of(store.events(actor="CIVILIAN")) == ["ASSAULT"]  # a target
    assert types_of(store.events(actor="volodymyr", modalities=None)) == ["CONSULT"]  # name only
    assert store.events(actor="volodymyr") == []
    assert store.events(actor="Lukashenko") == []


def test_country_filter_matches_source_or_target(store: Store) -> None:
    assert types_of(store.events(country="ukr")) == ["ASSAULT"]  # target only
    assert types_of(store.events(country="RUS")) == ["ASSAULT", "REJECT"]
    assert types_of(store.events(country="GEO")) == ["PROTEST"]
    assert store.events(country="FRA") == []
    with pytest.raises(NewsEventsError):
        store.events(country="Ukraine")


def test_date_filters_compare_at_the_coarser_precision(store: Store) -> None:
    # REJECT is dated "2025-11" (month): it lies inside any range touching November 2025.
    assert types_of(store.events(since="2025-11-15")) == ["ASSAULT", "REJECT"]
    assert types_of(store.events(since="2025-11-17")) == ["REJECT"]
    assert types_of(store.events(until="2025-11-01")) == ["PROTEST", "REJECT"]
    assert types_of(store.events(since="2025", until="2025")) == ["ASSAULT", "REJECT"]
    assert types_of(store.events(until=dt.date(2024, 12, 31))) == ["PROTEST"]
    assert types_of(store.events(since="2025-12", modalities=None)) == ["SANCTION"]
    assert store.events(since="2026") == []
    # CONSULT has no date: a date filter leaves it out.
    assert "CONSULT" not in types_of(store.events(since="1900", modalities=None))
    with pytest.raises(NewsEventsError):
        store.events(since="last week")


@pytest.mark.parametrize("value", ["2025-13", "2025-02-30", "0000", "2025-1", "2025-11-16T10:00"])
def test_a_date_filter_must_name_a_real_year_month_or_day(store: Store, value: str) -> None:
    with pytest.raises(NewsEventsError) as err:
        store.events(until=value)
    assert err.value.code == "E209" and "until" in err.value.message and "YYYY-MM-DD" in err.value.hint


def test_article_and_limit_filters(store: Store) -> None:
    assert types_of(store.events(article_id="a-tbilisi")) == ["PROTEST"]
    assert store.events(article_id="a-missing") == []
    # Ordered by publication: the 2024 Tbilisi article comes first.
    assert types_of(store.events(limit=1)) == ["PROTEST"]
    assert len(store.events(limit=2)) == 2


def test_filters_combine(store: Store) -> None:
    assert types_of(store.events(country="RUS", since="2025-11-16", types=["ASSAULT", "REJECT"])) == [
        "ASSAULT",
        "REJECT",
    ]
    assert store.events(country="RUS", actor="civilians", types="REJECT") == []


def test_article_view(store: Store) -> None:
    art = store.article("a-kharkiv")
    assert art["text"] == KHARKIV_TEXT and art["n_chars"] == len(KHARKIV_TEXT)
    assert (art["title"], art["url"], art["published"]) == (
        "Shelling in Kharkiv",
        "https://example.org/kharkiv",
        "2025-11-17",
    )
    assert (art["source"], art["source_id"], art["meta"]) == ("wire.jsonl", "7", {"source_id": 7})
    # The article view shows every modality, so a reader sees the hedged event labelled as such.
    assert {e["event_type"]: e["modality"] for e in art["events"]} == {
        "ASSAULT": "reported",
        "REJECT": "asserted",
        "SANCTION": "hedged",
        "CONSULT": "negated",
    }
    assert [a["text"] for a in art["actors"]] == [
        "Russian forces",
        "civilians",
        "Kremlin",
        "Ukraine",
        "Moscow",
        "Zelensky",
    ]
    assert art["actors"][2]["actor_id"] == "RUS.GOV.kremlin"
    assert [p["name"] for p in art["places"]] == ["Kharkiv", "Moscow"]
    assert [t["value"] for t in art["times"]] == ["2025-11-16", "2025-12"]
    assert art["quotes"][0]["content_text"] == "We will not negotiate under fire,"
    with pytest.raises(NewsEventsError) as err:
        store.article("a-nothing")
    assert err.value.code == "E208"


def test_article_by_id_prefix(store: Store) -> None:
    assert store.article("a-kh")["article_id"] == "a-kharkiv"
    with pytest.raises(NewsEventsError) as err:
        store.article("a-")  # both stored articles start so
    assert err.value.code == "E132" and "a-kharkiv, a-tbilisi" in str(err.value)
    with pytest.raises(NewsEventsError) as err:
        store.article("")
    assert err.value.code == "E208"


def test_quotes_by_speaker(store: Store) -> None:
    assert len(store.quotes()) == 1
    assert store.quotes(speaker="zelensky")[0]["speaker_country"] == "UKR"
    assert len(store.quotes(speaker="volodymyr")) == 1  # resolved name
    assert store.quotes(speaker="Putin") == []
    assert store.quotes(article_id="a-tbilisi") == []


def test_articles_listing(store: Store) -> None:
    listed = store.articles()
    assert [(a["article_id"], a["n_events"]) for a in listed] == [("a-kharkiv", 4), ("a-tbilisi", 1)]
    assert "text" not in listed[0]


# ---------------------------------------------------------------- exports


def test_jsonl_export_equals_the_query(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "out" / "events.jsonl"
    assert store.export(path, "jsonl") == 3
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert lines == store.events()
    assert store.export(path, "JSONL", include_all_modalities=True) == 5
    assert len(path.read_text(encoding="utf-8").splitlines()) == 5


def test_export_takes_query_filters(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "ukr.jsonl"
    assert store.export(path, "jsonl", country="UKR", include_all_modalities=True) == 3
    assert store.export(path, "jsonl", country="UKR") == 1


def test_csv_export(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    assert store.export(path, "csv") == 3
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["event_type"] for r in rows] == ["PROTEST", "ASSAULT", "REJECT"]
    assault = rows[1]
    assert json.loads(assault["source_actors"])[0]["country"] == "RUS"
    assert json.loads(assault["target_countries"]) == ["UKR"]
    assert float(assault["location_lat"]) == pytest.approx(49.98081)
    assert assault["evidence_text"].startswith("Russian forces shelled")
    assert rows[2]["location_name"] == ""


def test_parquet_export(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    assert store.export(path, "parquet", include_all_modalities=True) == 5
    con = duckdb.connect()
    rows = con.execute(
        "SELECT event_type, date_value, source_countries, modality FROM read_parquet(?) ORDER BY event_type",
        [str(path)],
    ).fetchall()
    assert rows == [
        ("ASSAULT", "2025-11-16", ["RUS"], "reported"),
        ("CONSULT", None, ["UKR"], "negated"),
        ("PROTEST", "2024-04-30", ["GEO"], "asserted"),
        ("REJECT", "2025-11", ["RUS"], "asserted"),
        ("SANCTION", "2025-12", ["UKR"], "hedged"),
    ]
    assert store.export(path, "parquet") == 3
    count = con.execute("SELECT count(*) FROM read_parquet(?)", [str(path)]).fetchone()
    assert count == (3,)


def test_geojson_export_has_only_located_events(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.geojson"
    assert store.export(path, "geojson", include_all_modalities=True) == 2
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    by_type = {f["properties"]["event_type"]: f for f in data["features"]}
    assert set(by_type) == {"ASSAULT", "PROTEST"}
    assert by_type["ASSAULT"]["geometry"] == {"type": "Point", "coordinates": [36.25272, 49.98081]}
    assert by_type["ASSAULT"]["properties"]["location_name"] == "Kharkiv"
    assert store.export(path, "geojson", types="REJECT") == 0
    assert json.loads(path.read_text(encoding="utf-8"))["features"] == []


def test_unknown_export_format(store: Store, tmp_path: Path) -> None:
    with pytest.raises(NewsEventsError) as err:
        store.export(tmp_path / "x.xlsx", "xlsx")
    assert err.value.code == "E210"
    assert not (tmp_path / "x.xlsx").exists()


def test_unwritable_export_path(store: Store, tmp_path: Path) -> None:
    with pytest.raises(NewsEventsError) as err:
        store.export(tmp_path, "jsonl")  # a folder, not a file
    assert err.value.code == "E131"


# ---------------------------------------------------------------- the database file


def test_file_store_persists(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "news.duckdb"
    with Store(path) as s:
        run_id = s.start_run({"stages": ["nlp"]})
        s.write(kharkiv_doc(), run_id)
        expected = s.events(modalities=None)
    with Store(path) as s:
        # Straight after opening, before any query: every export format must work.
        assert s.export(tmp_path / "e.parquet", "parquet", include_all_modalities=True) == 4
        assert s.events(modalities=None) == expected
        assert s.runs()[0]["run_id"] == run_id


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database\n" * 100, encoding="utf-8")
    with pytest.raises(NewsEventsError) as err:
        Store(path)
    assert err.value.code == "E207"


def test_injected_connection_is_left_open() -> None:
    con = duckdb.connect()
    with Store(None, connection=con) as s:
        s.write(tbilisi_doc(), s.start_run({}))
    assert con.execute("SELECT count(*) FROM events").fetchone() == (1,)


def test_other_schema_version_is_refused() -> None:
    con = duckdb.connect()
    Store(None, connection=con)
    con.execute("UPDATE store_meta SET value = '0' WHERE key = 'schema_version'")
    with pytest.raises(NewsEventsError) as err:
        Store(None, connection=con)
    assert err.value.code == "E130"


def test_a_version_4_store_gets_the_magnitudes_column_when_opened_for_writing(tmp_path: Path) -> None:
    path = tmp_path / "v4.duckdb"
    with Store(path) as s:
        s.write(tbilisi_doc(), s.start_run({}))
    con = duckdb.connect(str(path))
    con.execute("ALTER TABLE events DROP COLUMN magnitudes")
    con.execute("ALTER TABLE events DROP COLUMN actor_search")
    con.execute("UPDATE store_meta SET value = '4' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(NewsEventsError) as err:
        Store(path, read_only=True)
    assert err.value.code == "E130"  # a reader never edits a store: it is refused until migrated
    with Store(path) as s:
        assert s.con.execute("SELECT count(magnitudes) FROM events").fetchone() == (0,)
        version = s.con.execute("SELECT value FROM store_meta WHERE key = 'schema_version'").fetchone()
        # the actor filter's column is filled from the stored actors, as a new write fills it
        assert s.events(actor="protest") and s.events(actor="PROTESTERS")
    assert version == ("6",)


def test_the_actor_search_column_is_the_same_written_or_filled_by_a_migration(tmp_path: Path) -> None:
    path = tmp_path / "store.duckdb"
    with Store(path) as s:
        s.write(tbilisi_doc(), s.start_run({}))
        written = s.con.execute("SELECT event_id, actor_search FROM events ORDER BY event_id").fetchall()
        s.con.execute("UPDATE events SET actor_search = NULL")
        s.con.execute("UPDATE store_meta SET value = '5' WHERE key = 'schema_version'")
    with Store(path) as s:
        filled = s.con.execute("SELECT event_id, actor_search FROM events ORDER BY event_id").fetchall()
    assert filled == written and any(search for _, search in written)
    with Store(path, read_only=True) as s:
        assert s.events(actor="protesters") and s.events(actor="GOVERNMENT")
        assert not s.events(actor="protesters" + ACTOR_SEPARATOR + "government")  # never across two values
