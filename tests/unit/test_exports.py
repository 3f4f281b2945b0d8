"""The layouts of other datasets (GDELT 2.0, ACLED, POLECAT), read back as their users read them:
pandas with the published column names and types. Stores are built from hand-made Documents, so these
tests need no spaCy model; exporting reads the store only, so none is needed to re-export either."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from newsevents.cli.app import app
from newsevents.errors import NewsEventsError
from newsevents.exports import export_layout
from newsevents.exports.acled import fatalities
from newsevents.exports.dyads import dyads
from newsevents.exports.gdelt import geo_type
from newsevents.exports.tables import load_tables
from newsevents.interchange import document_record
from newsevents.knowledge import packaged, read_tsv
from newsevents.model import (
    EVENT_TYPES,
    ActorMention,
    Article,
    Document,
    Event,
    EventDate,
    EventLocation,
    Provenance,
    Sentence,
    Span,
)
from newsevents.store import Store

# The published layouts, written out here rather than imported, so that a change of the code's
# columns cannot pass unnoticed. GDELT 2.0 Event Codebook: 61 columns, files without a header line.
_GDELT_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]  # fmt: skip
_GDELT_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *[f"Actor1{c}" for c in _GDELT_ACTOR], *[f"Actor2{c}" for c in _GDELT_ACTOR],
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *[f"Actor1Geo_{c}" for c in _GDELT_GEO], *[f"Actor2Geo_{c}" for c in _GDELT_GEO],
    *[f"ActionGeo_{c}" for c in _GDELT_GEO], "DATEADDED", "SOURCEURL",
]  # fmt: skip
GDELT_DTYPES = {
    "GLOBALEVENTID": "int64", "SQLDATE": "int64", "MonthYear": "int64", "Year": "int64",
    "FractionDate": "float64", "IsRootEvent": "int64", "EventCode": "string", "EventBaseCode": "string",
    "EventRootCode": "string", "QuadClass": "int64", "GoldsteinScale": "float64", "NumMentions": "int64",
    "NumSources": "int64", "NumArticles": "int64", "AvgTone": "float64", "Actor1Geo_Type": "int64",
    "Actor2Geo_Type": "int64", "ActionGeo_Type": "int64", "ActionGeo_Lat": "float64",
    "ActionGeo_Long": "float64", "ActionGeo_FeatureID": "string", "DATEADDED": "int64",
    **{f"Actor{n}{c}": "string" for n in (1, 2) for c in _GDELT_ACTOR},
}  # fmt: skip
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]  # fmt: skip
ACLED_DTYPES = {
    "event_id_cnty": "string", "year": "Int64", "time_precision": "Int64", "inter1": "Int64",
    "inter2": "Int64", "interaction": "Int64", "iso": "Int64", "latitude": "float64",
    "longitude": "float64", "geo_precision": "Int64", "fatalities": "Int64", "timestamp": "Int64",
    "actor1": "string", "actor2": "string", "admin1": "string", "notes": "string", "source": "string",
}  # fmt: skip
POLECAT_FIELDS = [
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name", "Recipient Country", "Recipient COW",
    "Primary Recipient Sector", "Recipient Sectors", "Recipient Title", "Recipient Name Raw",
    "Wikipedia Recipient ID", "Placename", "City", "District", "Province", "Country", "Latitude",
    "Longitude", "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date",
    "Story People", "Story Organizations", "Story Locations", "Language", "Version",
]  # fmt: skip

AGREED = "Putin and Trump agreed on Sunday in Geneva to hold a summit."
SHELLED = "Russian forces shelled Kharkiv on Sunday, killing three civilians. Officials met in Kyiv."
SHELLED_AGAIN = "Kharkiv was shelled by Russian forces on Sunday, killing civilians, officials said."


def _prov(stage: str) -> Provenance:
    return Provenance(stage, 0.9, "test")


def _actor(text: str, part: str, **fields: str) -> ActorMention:
    start = text.index(part)
    return ActorMention(start, start + len(part), part, 0, _prov("actors"), **fields)


def _event(text: str, trigger: str, event_type: str, cameo: str, quad: int, **fields: object) -> Event:
    start = text.index(trigger)
    return Event(
        event_type, Span(start, start + len(trigger)), 0, _prov("events"), cameo=cameo, quad_class=quad,
        evidence=Span(0, text.index(".") + 1), **fields,  # type: ignore[arg-type]
    )  # fmt: skip


def _place(name: str, country: str, admin1: str, lat: float, lon: float, geonameid: int) -> EventLocation:
    return EventLocation(
        name, _prov("event_locations"), geonameid=geonameid, lat=lat, lon=lon, country=country,
        admin1=admin1, precision="city",
    )  # fmt: skip


def _doc(article_id: str, text: str, url: str) -> Document:
    doc = Document(Article(id=article_id, text=text, url=url, published=dt.date(2025, 11, 17)))
    doc.sentences = [Sentence(0, 0, len(text))]
    return doc


def agreed_doc() -> Document:
    """ "Putin and Trump agreed": a joint event, both parties on both sides."""
    doc = _doc("a-agreed", AGREED, "https://one.example/agreed")
    doc.actors = [
        _actor(AGREED, "Putin", country="RUS", sector="GOV", actor_id="RUS.GOV.putin", name="Vladimir Putin"),
        _actor(AGREED, "Trump", country="USA", sector="GOV", actor_id="USA.GOV.trump", name="Donald Trump"),
    ]
    doc.events = [
        _event(
            AGREED, "agreed", "AGREE", "030", 1, source=[0, 1], target=[0, 1],
            date=EventDate("2025-11-16", "day", _prov("event_dates")),
            location=_place("Geneva", "CHE", "GE", 46.20222, 6.14569, 2660646),
        ),
        _event(AGREED, "hold", "CONSULT", "036", 1, source=[0, 1], target=[0, 1], modality="future"),
    ]  # fmt: skip
    return doc


def _shelling(doc: Document, text: str) -> Document:
    doc.actors = [
        _actor(text, "Russian forces", country="RUS", sector="MIL"),
        _actor(text, "civilians", country="UKR", sector="CVL"),
    ]
    doc.events = [
        _event(
            text, "shelled", "ASSAULT", "195", 4, mode="heavy-weapons", source=[0], target=[1],
            date=EventDate("2025-11-16", "day", _prov("event_dates")),
            location=_place("Kharkiv", "UKR", "07", 49.98081, 36.25272, 706483),
        )
    ]  # fmt: skip
    return doc


def store_with_reports(path: Path | None = None) -> Store:
    """The joint agreement, and one shelling told by two outlets (one incident of two reports)."""
    store = Store(path)
    run = store.start_run({})
    store.write_many(
        [
            agreed_doc(),
            _shelling(_doc("a-shelled", SHELLED, "https://one.example/shelled"), SHELLED),
            _shelling(_doc("a-shelled-2", SHELLED_AGAIN, "https://two.example/k"), SHELLED_AGAIN),
        ],
        run,
    )
    store.finish_run(run)
    store.merge_incidents()
    return store


def _gdelt(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, sep="\t", header=None, names=GDELT_COLUMNS, dtype=GDELT_DTYPES)  # type: ignore[arg-type]


def test_gdelt_table_reads_back_with_the_published_columns_and_types(tmp_path: Path) -> None:
    with store_with_reports() as store:
        n = export_layout(store, tmp_path / "events.tsv", "gdelt")
    frame = _gdelt(tmp_path / "events.tsv")
    assert len(frame.columns) == 61 and len(frame) == n
    assert frame["GLOBALEVENTID"].is_unique
    shelling = frame[frame["EventCode"] == "195"].iloc[0]
    assert (shelling["Actor1Code"], shelling["Actor2Code"]) == ("RUSMIL", "UKRCVL")
    assert shelling["GoldsteinScale"] == -10.0 and shelling["QuadClass"] == 4
    assert shelling["SQLDATE"] == 20251116 and shelling["Year"] == 2025
    # the two outlets' reports are one GDELT event, counted in its mentions, sources and articles
    assert (frame["EventCode"] == "195").sum() == 1
    assert (shelling["NumMentions"], shelling["NumSources"], shelling["NumArticles"]) == (2, 2, 2)
    # GDELT's geography: FIPS country code (Ukraine is UP), its ADM1 code, world city
    assert (shelling["ActionGeo_Type"], shelling["ActionGeo_CountryCode"]) == (4, "UP")
    assert shelling["ActionGeo_ADM1Code"] == "UP07" and shelling["ActionGeo_FeatureID"] == "706483"
    assert shelling["SOURCEURL"].startswith("https://") and shelling["Actor1Geo_Type"] == 0


def test_a_joint_event_is_two_directed_dyads_in_gdelt_never_a_self_loop(tmp_path: Path) -> None:
    with store_with_reports() as store:
        export_layout(store, tmp_path / "events.tsv", "gdelt")
    frame = _gdelt(tmp_path / "events.tsv")
    agreed = frame[frame["EventCode"] == "030"]
    pairs = set(zip(agreed["Actor1Code"], agreed["Actor2Code"], strict=True))
    assert pairs == {("RUSGOV", "USAGOV"), ("USAGOV", "RUSGOV")}
    assert not (frame["Actor1Name"] == frame["Actor2Name"]).any()
    assert agreed["GoldsteinScale"].tolist() == [4.0, 4.0]
    assert "036" not in set(frame["EventCode"])  # the future summit is no fact


def test_acled_csv_reads_back_with_its_columns_and_maps_plover_to_acled(tmp_path: Path) -> None:
    with store_with_reports() as store:
        n = export_layout(store, tmp_path / "acled.csv", "acled")
    frame = pd.read_csv(tmp_path / "acled.csv", dtype=ACLED_DTYPES, parse_dates=["event_date"])  # type: ignore[arg-type]
    assert list(frame.columns) == ACLED_COLUMNS and len(frame) == n
    shelling = frame[frame["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert len(shelling) == 1  # one incident, both outlets in its source
    row = shelling.iloc[0]
    assert (row["disorder_type"], row["event_type"]) == ("Political violence", "Explosions/Remote violence")
    # Russian forces shelling in Ukraine are external forces (8) against civilians (7)
    assert (row["inter1"], row["inter2"], row["interaction"]) == (8, 7, 78)
    assert row["civilian_targeting"] == "Civilian targeting"
    assert (row["iso"], row["country"], row["location"]) == (804, "Ukraine", "Kharkiv")
    assert (row["time_precision"], row["geo_precision"]) == (1, 1)
    assert row["event_date"] == pd.Timestamp("2025-11-16")
    assert row["source"] == "one.example; two.example"
    assert row["notes"] in (SHELLED.split(". ")[0] + ".", SHELLED_AGAIN)  # the representative's evidence
    assert str(row["event_id_cnty"]).startswith("UKR")
    # these reports state no count: fatalities stay unknown, never a made-up 0
    assert frame["fatalities"].isna().all()


def test_fatalities_are_the_events_own_killed_count_never_a_running_toll() -> None:
    def killed(
        best: int | None, low: int | None = None, side: str | None = None, cumulative: bool = False
    ) -> dict:
        return {"kind": "killed", "best": best, "low": low, "side": side, "cumulative": cumulative}

    assert fatalities([killed(40), {"kind": "injured", "best": 12}]) == 40
    assert fatalities([killed(None, low=40)]) == 40  # "at least 40"
    assert fatalities([killed(5, side="soldiers"), killed(3, side="civilians")]) == 8  # sides add up
    assert fatalities([killed(40), killed(12, side="civilians")]) == 40  # a restatement: the largest
    assert fatalities([killed(20000, cumulative=True)]) is None  # "the war has killed 20,000"
    assert fatalities([]) is None and fatalities(None) is None  # unknown, never 0


def test_a_joint_event_is_two_acled_rows_and_diplomacy_is_left_out(tmp_path: Path) -> None:
    with store_with_reports() as store:
        export_layout(store, tmp_path / "acled.csv", "acled", include_all_modalities=True)
    frame = pd.read_csv(tmp_path / "acled.csv", dtype=ACLED_DTYPES)  # type: ignore[arg-type]
    agreement = frame[frame["sub_event_type"] == "Agreement"]
    assert set(zip(agreement["actor1"], agreement["actor2"], strict=True)) == {
        ("Vladimir Putin (Russia)", "Donald Trump (United States)"),
        ("Donald Trump (United States)", "Vladimir Putin (Russia)"),
    }
    assert not (frame["actor1"] == frame["actor2"]).any()
    assert len(frame) == 3  # the meeting (CONSULT) is no ACLED event, even with --all


def test_polecat_json_keeps_one_record_per_event_and_says_it_is_joint(tmp_path: Path) -> None:
    with store_with_reports() as store:
        n = export_layout(store, tmp_path / "polecat.jsonl", "polecat")
    frame = pd.read_json(tmp_path / "polecat.jsonl", lines=True, dtype={"Event ID": "string"})
    assert list(frame.columns)[: len(POLECAT_FIELDS)] == POLECAT_FIELDS and len(frame) == n == 3
    (agreed,) = frame[frame["Event Type"] == "AGREE"].to_dict("records")
    assert agreed["Joint"] is True or agreed["Joint"] == 1
    assert agreed["Actor Name"] == "Vladimir Putin; Donald Trump" and agreed["Actor Country"] == "RUS; USA"
    assert pd.isna(agreed["Recipient Name"])
    shelling = frame[frame["Event Type"] == "ASSAULT"]
    assert len(shelling) == 2  # POLECAT is not deduplicated: both reports
    assert not shelling["Joint"].any() and set(shelling["Recipient Sectors"]) == {"CVL"}
    assert set(shelling["Event Mode"]) == {"heavy-weapons"}


def test_the_interchange_marks_a_joint_event_and_keeps_one_record() -> None:
    record = document_record(agreed_doc())
    agreed, summit = record["events"]
    assert agreed["joint"] is True and summit["joint"] is True
    assert [a["text"] for a in agreed["source"]] == ["Putin", "Trump"]
    shelling = document_record(_shelling(_doc("s", SHELLED, "u"), SHELLED))["events"][0]
    assert shelling["joint"] is False


def test_re_exporting_reads_a_closed_store_and_leaves_it_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    store_with_reports(db).close()
    before = hashlib.sha1(db.read_bytes()).hexdigest()
    for layout in ("gdelt", "acled", "polecat"):
        result = CliRunner().invoke(
            app, ["export", str(tmp_path / layout), "--db", str(db), "--format", layout.upper()]
        )
        assert result.exit_code == 0, result.output
        assert "wrote" in result.output
        assert (tmp_path / layout).stat().st_size > 0
    assert hashlib.sha1(db.read_bytes()).hexdigest() == before
    with Store(db, read_only=True) as store:  # twice the same file: nothing is decided anew
        export_layout(store, tmp_path / "again.tsv", "gdelt")
    assert (tmp_path / "again.tsv").read_bytes() == (tmp_path / "gdelt").read_bytes()


def test_a_layout_holds_events_only_and_an_unknown_layout_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    store_with_reports(db).close()
    result = CliRunner().invoke(
        app, ["export", str(tmp_path / "q"), "--db", str(db), "--format", "acled", "--table", "quotes"]
    )
    assert result.exit_code == 2 and "E209" in result.output
    with Store(db, read_only=True) as store, pytest.raises(NewsEventsError, match="E210"):
        export_layout(store, tmp_path / "x", "icews")
    assert not (tmp_path / "x").exists()


def _party(mention: str, actor_id: str) -> dict[str, str]:
    return {"mention_id": mention, "actor_id": actor_id, "country": actor_id[:3], "text": mention}


def test_dyads_of_joint_events_are_every_ordered_pair_of_different_parties() -> None:
    a, b, c = _party("m1", "RUS.a"), _party("m2", "USA.b"), _party("m3", "CHN.c")
    assert [(d.actor1, d.actor2) for d in dyads([a, b], [a, b])] == [(a, b), (b, a)]
    assert len(dyads([a, b, c], [a, b, c])) == 6
    # the same party named twice ("Belgrade ... Belgrade") is one party: no dyad with itself
    again = _party("m4", "RUS.a")
    (alone,) = dyads([a], [a, again])
    assert alone.actor1 is a and alone.actor2 is None


def test_a_directed_event_is_one_dyad_with_the_other_parties_associated() -> None:
    a, b, c = _party("m1", "RUS.a"), _party("m2", "BLR.b"), _party("m3", "UKR.c")
    (dyad,) = dyads([a, b], [c])
    assert (dyad.actor1, dyad.actor2, dyad.assoc1, dyad.assoc2) == (a, c, [b], [])
    same = _party("m5", "RUS.a")  # a target that is the source's own party is dropped, not a loop
    (dyad,) = dyads([a], [same])
    assert dyad.actor2 is None


def test_gdelt_geo_types_follow_the_location_precision() -> None:
    assert geo_type("country", "UKR") == 1
    assert (geo_type("admin1", "USA"), geo_type("city", "USA")) == (2, 3)
    assert (geo_type("city", "UKR"), geo_type("admin1", "UKR")) == (4, 5)
    assert geo_type(None, None) == 0


def test_every_plover_type_has_an_acled_row_and_every_cameo_code_a_goldstein_score() -> None:
    tables = load_tables()
    assert all((t, "*") in tables.acled for t in EVENT_TYPES)
    codes = {r["cameo"] for r in read_tsv(packaged("events/cameo_plover.tsv"), ("cameo",)) if r["cameo"]}
    codes |= {r["cameo"] for r in read_tsv(packaged("events/triggers.tsv"), ("cameo",)) if r["cameo"]}
    assert codes and all(tables.goldstein_of(code) is not None for code in codes)
    assert tables.goldstein_of("1833") == -10.0 and tables.goldstein_of("1213") == -4.0  # its base, 121
    assert tables.goldstein_of(None) is None


def test_an_undated_event_takes_its_publication_day_in_gdelt(tmp_path: Path) -> None:
    with store_with_reports() as store:
        export_layout(store, tmp_path / "events.tsv", "gdelt", include_all_modalities=True)
    frame = _gdelt(tmp_path / "events.tsv")
    summit = frame[frame["EventCode"] == "036"]
    assert len(summit) == 2 and set(summit["SQLDATE"]) == {20251117}  # published 2025-11-17
    assert set(frame.loc[frame["EventCode"] == "030", "SQLDATE"]) == {20251116}  # its own date first
