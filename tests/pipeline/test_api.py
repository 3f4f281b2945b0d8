"""The HTTP API over a store of the bundled examples: each endpoint, its filters, formats, paging and
errors, and that no request writes to the database."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from newsevents.api import create_app
from newsevents.cli.app import app as cli
from newsevents.exports.acled import fatalities
from newsevents.magnitudes.totals import own_count
from newsevents.model import EVENT_TYPES, FACTUAL_MODALITIES, MODALITIES
from newsevents.store import Store


@pytest.fixture(scope="module")
def client(examples_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(examples_db)) as c:
        yield c


def _json(client: TestClient, path: str, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def _all_events(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    page = _json(client, "/events", limit=10_000, **params)
    assert len(page["items"]) == page["total"]
    return list(page["items"])


# ---------------------------------------------------------------- /events


def test_events_are_facts_by_default_paged_with_a_total(client: TestClient, examples_db: Path) -> None:
    with Store(examples_db, read_only=True) as store:
        facts = store.events()
    first = _json(client, "/events", limit=5)
    second = _json(client, "/events", limit=5, offset=5)
    assert first["total"] == second["total"] == len(facts) > 10
    assert (first["offset"], first["limit"], len(first["items"])) == (0, 5, 5)
    assert [e["event_id"] for e in first["items"] + second["items"]] == [e["event_id"] for e in facts[:10]]
    assert {e["modality"] for e in _all_events(client)} <= FACTUAL_MODALITIES
    everything = _all_events(client, all="true")
    assert len(everything) > len(facts) and {e["modality"] for e in everything} - FACTUAL_MODALITIES
    hedged = _all_events(client, modality=["hedged", "negated"])
    assert hedged and {e["modality"] for e in hedged} <= {"hedged", "negated"}
    beyond = _json(client, "/events", offset=len(facts))
    assert beyond["items"] == [] and beyond["total"] == len(facts)


def test_event_records_carry_provenance_and_their_incident(client: TestClient) -> None:
    events = _all_events(client)
    assert all(e["incident_id"] for e in events)  # every fact is a report of some incident
    dated = [e for e in events if e["date_value"]]
    assert dated and all(e["date_stage"] and e["date_reason"] is not None for e in dated)
    assert all(e["trigger_text"] and e["evidence_text"] and e["confidence"] is not None for e in events)
    assert all(isinstance(e["source_actors"], list) for e in events)
    assert all(e["incident_id"] is None for e in _all_events(client, modality="hypothetical"))


def test_event_filters_of_the_cli_and_of_place(client: TestClient) -> None:
    events = _all_events(client)
    assaults = _all_events(client, type="assault")
    assert assaults and {e["event_type"] for e in assaults} == {"ASSAULT"}
    assert len(_all_events(client, type=["ASSAULT", "CONSULT"])) > len(assaults)
    ukr = _all_events(client, country="UKR")
    assert ukr and all("UKR" in e["source_countries"] + e["target_countries"] for e in ukr)
    since = _all_events(client, since="2026-04")
    assert since and all(e["date_value"][:7] >= "2026-04" for e in since)
    egypt = _all_events(client, location_country="egy")
    assert egypt and {e["location_country"] for e in egypt} == {"EGY"}
    located = [e for e in events if e["location_lat"] is not None]
    assert _all_events(client, located="true") == located
    assert len(_all_events(client, located="false")) == len(events) - len(located)
    kharkiv = next(e for e in located if e["location_name"] == "Kharkiv")
    near = _all_events(client, bbox="35,49,37,51")
    assert kharkiv in near and all(35 <= e["location_lon"] <= 37 for e in near)
    assert kharkiv not in _all_events(client, bbox="0,0,10,10")
    admin1 = _all_events(client, location_country="UKR", admin1=kharkiv["location_admin1"])
    assert kharkiv in admin1 and all(e["location_admin1"] == kharkiv["location_admin1"] for e in admin1)
    article = _all_events(client, article=kharkiv["article_id"], all="true")
    assert kharkiv in article and {e["article_id"] for e in article} == {kharkiv["article_id"]}


def test_event_filters_by_incident_and_by_quote(client: TestClient) -> None:
    events = _all_events(client, all="true")
    incident = _json(client, "/incidents", limit=1)["items"][0]
    members = _all_events(client, incident=incident["incident_id"])
    assert {e["event_id"] for e in members} == {m["event_id"] for m in incident["members"]}
    quoted = next(e for e in events if e["quote_id"])
    told = _all_events(client, quote=quoted["quote_id"], all="true")
    assert quoted in told and {e["quote_id"] for e in told} == {quoted["quote_id"]}


def test_events_as_csv_and_geojson_by_parameter_or_accept_header(client: TestClient) -> None:
    total = _json(client, "/events", limit=0)["total"]
    response = client.get("/events", params={"format": "csv", "limit": 7, "offset": 2})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert response.headers["x-total-count"] == str(total)
    rows = list(csv.DictReader(io.StringIO(response.text)))
    page = _json(client, "/events", limit=7, offset=2)["items"]
    assert [r["event_id"] for r in rows] == [e["event_id"] for e in page]
    assert json.loads(rows[0]["source_actors"]) == page[0]["source_actors"]
    by_accept = client.get("/events", params={"limit": 7, "offset": 2}, headers={"Accept": "text/csv"})
    assert by_accept.text == response.text

    geo = client.get("/events", params={"limit": 1000}, headers={"Accept": "application/geo+json"})
    assert geo.headers["content-type"].startswith("application/geo+json")
    collection = geo.json()
    located = _all_events(client, located="true")
    assert collection["type"] == "FeatureCollection" and collection["total"] == len(located) < total
    assert [f["id"] for f in collection["features"]] == [e["event_id"] for e in located]
    first = collection["features"][0]
    assert first["geometry"]["coordinates"] == [located[0]["location_lon"], located[0]["location_lat"]]
    assert first["properties"] == located[0]
    assert client.get("/events", params={"format": "json"}, headers={"Accept": "text/csv"}).json()["items"]


def test_one_event_by_id(client: TestClient) -> None:
    listed = _json(client, "/events", limit=3)["items"][2]
    assert _json(client, f"/events/{listed['event_id']}") == listed
    hypothetical = _all_events(client, modality="hypothetical")[0]
    assert _json(client, f"/events/{hypothetical['event_id']}")["modality"] == "hypothetical"


# ---------------------------------------------------------------- /incidents


def test_incidents_with_their_members_and_outlets(client: TestClient, examples_db: Path) -> None:
    with Store(examples_db, read_only=True) as store:
        stored = store.incidents()
    page = _json(client, "/incidents", limit=10)
    assert page["total"] == len(stored) and [i["incident_id"] for i in page["items"]] == [
        i["incident_id"] for i in stored[:10]
    ]
    everything = _json(client, "/incidents", limit=1000)["items"]
    # the examples tell each incident once: min_reports=2 leaves none of them
    assert _json(client, "/incidents", min_reports=2)["total"] == 0
    for incident in everything:
        assert len(incident["members"]) == incident["n_reports"]
        assert sum(m["representative"] for m in incident["members"]) == 1
        assert {m["outlet"] for m in incident["members"]} == set(incident["sources"])
        assert all(m["reason"] and m["article_id"] for m in incident["members"])
        told = [m["killed"] for m in incident["members"] if m["killed"] is not None]
        assert (incident["killed_min"], incident["killed_max"]) == (
            (min(told), max(told)) if told else (None, None)
        )
        assert incident["differences"] == []  # one report each: nothing to differ
    assert any(i["killed_max"] for i in everything)  # the examples tell tolls (El Fasher: 23)
    one = everything[3]
    assert _json(client, f"/incidents/{one['incident_id']}") == one
    assaults = _json(client, "/incidents", type="ASSAULT", limit=1000)["items"]
    assert assaults and {i["event_type"] for i in assaults} == {"ASSAULT"}
    geo = client.get("/incidents", params={"format": "geojson", "limit": 1000}).json()
    assert geo["features"] and all(f["properties"]["location_lat"] is not None for f in geo["features"])
    assert geo["total"] == _json(client, "/incidents", located="true")["total"]


# ---------------------------------------------------------------- /articles


def test_an_article_with_its_text_and_every_span(client: TestClient) -> None:
    event = _all_events(client)[0]
    article = _json(client, f"/articles/{event['article_id']}")
    assert article["text"] and article["article_id"] == event["article_id"]
    assert event["event_id"] in {e["event_id"] for e in article["events"]}
    for key in ("actors", "places", "times", "quotes"):
        assert article[key], key
    text = article["text"]
    assert all(text[a["start"] : a["end"]] == a["text"] for a in article["actors"])
    assert {p["use"] for p in article["places"]} <= {"location", "government", "demonym", "embedded"}
    assert all(p["literal"] == (p["use"] == "location") for p in article["places"])
    assert {e["modality"] for e in article["events"]} <= set(MODALITIES)
    assert _json(client, f"/articles/{event['article_id'][:7]}") == article  # a prefix is enough


# ---------------------------------------------------------------- /actors


def test_actors_by_alias_from_the_dictionary_and_from_the_store(client: TestClient) -> None:
    found = _json(client, "/actors", q="hemedti")
    dagalo = found["items"][0]
    assert dagalo["actor_id"] == "SDN.REB.dagalo" and dagalo["name"] == "Mohamed Hamdan Dagalo"
    assert dagalo["in_dictionary"] and dagalo["matched_aliases"] == ["Hemedti"]
    assert "Hemeti" in dagalo["aliases"]
    rsf = _json(client, "/actors", q="Rapid Support")["items"][0]
    assert rsf["actor_id"] == "SDN.REB.rsf" and rsf["n_mentions"] > 0 and rsf["n_events"] > 0
    assert rsf["n_articles"] >= 1 and rsf["n_factual_events"] <= rsf["n_events"]
    rsf_events = _all_events(client, actor="SDN.REB.rsf", all="true")
    assert rsf["n_events"] == len(rsf_events)
    police = _json(client, "/actors", q="police", limit=1000)["items"]
    unresolved = [a for a in police if a["actor_id"] is None]
    assert unresolved and all(not a["in_dictionary"] and a["n_mentions"] > 0 for a in unresolved)
    assert _json(client, "/actors", q="no such actor anywhere")["total"] == 0
    everyone = _json(client, "/actors", limit=5)
    assert everyone["total"] > 500 and len(everyone["items"]) == 5  # the dictionary and the store


# ---------------------------------------------------------------- /stats


def test_stats_count_what_events_lists_by_period_and_key(client: TestClient) -> None:
    events = _all_events(client)
    by_type = _json(client, "/stats", interval="day", by="type")
    assert by_type["total"] == len(events)
    days = [e for e in events if e["date_precision"] == "day"]
    assert sum(b["count"] for b in by_type["buckets"]) == len(days)
    assert by_type["not_placed"] == len(events) - len(days)
    assert {b["key"] for b in by_type["buckets"]} <= set(EVENT_TYPES)
    one = by_type["buckets"][0]
    assert one["count"] == sum(
        1 for e in days if e["date_value"] == one["period"] and e["event_type"] == one["key"]
    )
    months = _json(client, "/stats", interval="month", by="country")
    month_level = [e for e in events if e["date_precision"] in ("day", "month")]
    assert sum(b["count"] for b in months["buckets"]) >= len(month_level)
    assert all(len(b["period"]) == 7 for b in months["buckets"])
    weeks = _json(client, "/stats", interval="week", by="modality", all="true")
    assert all(dt.date.fromisoformat(b["period"]).weekday() == 0 for b in weeks["buckets"])
    assert {b["key"] for b in weeks["buckets"]} - FACTUAL_MODALITIES  # all modalities counted
    ukr = _json(client, "/stats", country="UKR")
    assert ukr["total"] == len(_all_events(client, country="UKR")) < len(events)


def test_stats_sum_the_events_own_counts_as_the_acled_export_does(client: TestClient) -> None:
    events = _all_events(client)
    stats = _json(client, "/stats", interval="day", by="type")
    for kind in ("killed", "injured", "detained"):
        figures = [n for e in events if (n := own_count(e["magnitudes"], kind)) is not None]
        assert figures, kind  # the examples tell each of these
        assert stats["magnitudes"][kind] == sum(figures)
    assert fatalities_of(events) == stats["magnitudes"]["killed"]
    one = next(b for b in stats["buckets"] if "killed" in b["magnitudes"])
    in_it = [e for e in events if e["date_value"] == one["period"] and e["event_type"] == one["key"]]
    assert one["magnitudes"]["killed"] == sum(own_count(e["magnitudes"], "killed") or 0 for e in in_it)
    # a bucket of events told with no count has no sums, not zeros
    assert any(b["magnitudes"] == {} for b in stats["buckets"])


def fatalities_of(events: list[dict[str, Any]]) -> int:
    return sum(fatalities(e["magnitudes"]) or 0 for e in events)


# ---------------------------------------------------------------- errors and read-only


def _cli_error(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), env={"COLUMNS": "300", "NO_COLOR": "1"})
    assert result.exit_code == 2
    return " ".join(result.output.split())


@pytest.mark.parametrize(
    ("params", "cli_args"),
    [
        ({"since": "2025-13"}, ["--since", "2025-13"]),
        ({"until": "2025-02-30"}, ["--until", "2025-02-30"]),
        ({"type": "BOMB"}, ["--type", "BOMB"]),
        ({"modality": "sure"}, ["--modality", "sure"]),
        ({"country": "Ukraine"}, ["--country", "Ukraine"]),
        ({"min_reports": "0"}, ["--min-reports", "0"]),
    ],
)
def test_a_bad_value_is_422_with_the_message_of_the_cli(
    client: TestClient, examples_db: Path, params: dict[str, str], cli_args: list[str]
) -> None:
    command = "incidents" if "min_reports" in params else "events"
    response = client.get(f"/{command}", params=params)
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "E209" and body["detail"] == f"[E209] {body['message']}. {body['hint']}"
    assert body["detail"] in _cli_error(command, "--db", str(examples_db), *cli_args)
    if command == "events":
        assert client.get("/stats", params=params).json() == body


@pytest.mark.parametrize(
    ("path", "params", "what"),
    [
        ("/events", {"bbox": "10,20,30"}, "bbox"),
        ("/events", {"bbox": "40,0,30,10"}, "bbox"),
        ("/events", {"bbox": "0,-95,10,10"}, "bbox"),
        ("/events", {"location_country": "Egypt"}, "location country"),
        ("/events", {"limit": "many"}, "limit"),
        ("/events", {"limit": "10001"}, "limit"),
        ("/events", {"offset": "-1"}, "offset"),
        ("/events", {"format": "xml"}, "format"),
        ("/stats", {"interval": "hour"}, "interval"),
        ("/incidents", {"min_reports": "0"}, "min reports"),
        ("/incidents", {"since": "yesterday"}, "since"),
    ],
)
def test_bad_parameters_are_422_with_an_e_code(
    client: TestClient, path: str, params: dict[str, str], what: str
) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "E209" and body["message"].startswith(f"{what} ")
    assert body["hint"]


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("/events/e000", "E213"),
        ("/incidents/i000", "E213"),
        ("/articles/zzz", "E208"),
    ],
)
def test_an_unknown_id_is_404_with_an_e_code(client: TestClient, path: str, code: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["code"] == code and path.rsplit("/", 1)[1] in response.json()["message"]


def test_an_ambiguous_article_prefix_is_422(client: TestClient) -> None:
    response = client.get("/articles/a")
    assert response.status_code == 422 and response.json()["code"] == "E132"


def test_no_request_changes_the_database(examples_db: Path) -> None:
    before = hashlib.sha256(examples_db.read_bytes()).hexdigest()
    with TestClient(create_app(examples_db)) as c:
        event = c.get("/events", params={"limit": 1}).json()["items"][0]
        for path in (
            "/events?all=true&format=csv",
            "/events?format=geojson",
            f"/events/{event['event_id']}",
            "/incidents?type=ASSAULT",
            f"/incidents/{event['incident_id']}",
            f"/articles/{event['article_id']}",
            "/actors?q=a",
            "/stats?interval=week&by=country",
        ):
            assert c.get(path).status_code == 200, path
        for method in ("post", "put", "delete", "patch"):
            assert getattr(c, method)("/events").status_code == 405
    assert hashlib.sha256(examples_db.read_bytes()).hexdigest() == before
