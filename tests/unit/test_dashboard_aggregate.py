"""The map and network aggregates of the dashboard, over event and incident rows written by hand."""

from __future__ import annotations

import json
from typing import Any

import pytest

from newsevents.dashboard.aggregate import map_events, map_incidents, network
from newsevents.store import Store
from newsevents.store.query import make_filter

KHARKIV = (49.98177, 36.25475, "city", "UKR", "Kharkiv")
INDIA = (22.0, 79.0, "country", "IND", "India")
USA_NO_COORDINATES = (None, None, "country", "USA", "USA")
DISTRICT_NO_COORDINATES = (None, None, "admin2", "LBN", "Bint Jbeil District")


def _actor(actor_id: str | None, name: str | None, text: str, country: str | None = None) -> dict[str, Any]:
    return {"text": text, "name": name, "actor_id": actor_id, "country": country, "sector": None}


RUS = _actor("RUS.body.military", "armed forces", "Russian forces", "RUS")
UKR = _actor("UKR.GOV.kyiv", "Kyiv", "Kyiv", "UKR")
PLANT = _actor(None, None, "a power plant", "UKR")


def add_event(
    store: Store, event_id: str, kind: str, place: tuple[Any, ...], modality: str = "asserted", **extra: Any
) -> None:
    lat, lon, precision, country, name = place
    row = {
        "event_id": event_id,
        "event_type": kind,
        "modality": modality,
        "location_lat": lat,
        "location_lon": lon,
        "location_precision": precision,
        "location_country": country,
        "location_name": name,
        "confidence": 0.5,
        "trigger_text": "shelled",
        "date_value": "2025-11-16",
        "source_actors": json.dumps(extra.pop("source", [])),
        "target_actors": json.dumps(extra.pop("target", [])),
        **extra,
    }
    store.con.execute(
        f"INSERT INTO events ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})", list(row.values())
    )


@pytest.fixture
def store() -> Store:
    s = Store()
    add_event(s, "e1", "ASSAULT", KHARKIV, source=[RUS], target=[PLANT])
    add_event(s, "e2", "ASSAULT", KHARKIV, source=[RUS], target=[PLANT])
    add_event(s, "e3", "ACCUSE", KHARKIV, source=[UKR], target=[RUS])
    add_event(s, "e4", "THREATEN", INDIA, modality="hypothetical", source=[RUS], target=[UKR])
    add_event(s, "e5", "PROTEST", USA_NO_COORDINATES)
    add_event(s, "e6", "PROTEST", DISTRICT_NO_COORDINATES)
    add_event(s, "e7", "CONSULT", (None, None, None, None, None), source=[UKR], target=[UKR])
    return s


def test_one_point_per_place_at_its_stored_coordinates_with_counts_by_type(store: Store) -> None:
    points = {p["name"]: p for p in map_events(store, make_filter())}
    kharkiv = points["Kharkiv"]
    assert (kharkiv["lat"], kharkiv["lon"], kharkiv["precision"]) == KHARKIV[:3]  # never moved
    assert kharkiv["count"] == 3 and kharkiv["types"] == {"ASSAULT": 2, "ACCUSE": 1}
    assert {s["event_id"] for s in kharkiv["sample"]} == {"e1", "e2", "e3"}


def test_a_country_level_location_is_drawn_as_its_country_even_without_coordinates(store: Store) -> None:
    points = {p["name"]: p for p in map_events(store, make_filter())}
    assert points["USA"]["precision"] == "country" and points["USA"]["country_numeric"] == "840"
    assert points["USA"]["lat"] is None  # the page draws the country's shape, no invented pin
    # A district without coordinates cannot be placed, and an unlocated event is on no map.
    assert set(points) == {"Kharkiv", "USA"}


def test_the_map_keeps_facts_unless_asked_and_follows_the_filters(store: Store) -> None:
    assert "India" not in {p["name"] for p in map_events(store, make_filter())}
    every = {p["name"] for p in map_events(store, make_filter(modalities=None))}
    assert "India" in every
    only = map_events(store, make_filter(types="ACCUSE"))
    assert [(p["name"], p["count"]) for p in only] == [("Kharkiv", 1)]


def test_incident_points_are_sized_by_their_reports(store: Store) -> None:
    columns = (
        "incident_id, event_type, n_reports, representative_event_id, location_lat, location_lon, "
        "location_precision, location_country, location_name"
    )
    for incident in (("i1", "ASSAULT", 3), ("i2", "ASSAULT", 2), ("i3", "ACCUSE", 1)):
        values = [*incident, "e1", *KHARKIV]
        marks = ", ".join("?" * len(values))
        store.con.execute(f"INSERT INTO incidents ({columns}) VALUES ({marks})", values)
    [point] = map_incidents(store, make_filter())
    assert point["count"] == 6 and point["types"] == {"ASSAULT": 5, "ACCUSE": 1}
    assert point["sample"][0]["detail"] == "3"  # the most reported incident first


def test_network_edges_count_actor_pairs_by_type_and_skip_self_loops(store: Store) -> None:
    graph = network(store, make_filter())
    edges = {(e["source"], e["target"], e["event_type"]): e["count"] for e in graph["edges"]}
    assert edges == {
        ("RUS.body.military", "a power plant", "ASSAULT"): 2,  # unnamed: keyed by its text
        ("UKR.GOV.kyiv", "RUS.body.military", "ACCUSE"): 1,
    }
    nodes = {n["id"]: n for n in graph["nodes"]}
    assert nodes["RUS.body.military"]["count"] == 3 and nodes["RUS.body.military"]["label"] == "armed forces"
    assert ("UKR.GOV.kyiv", "UKR.GOV.kyiv", "CONSULT") not in edges


def test_network_keeps_the_most_frequent_edges(store: Store) -> None:
    graph = network(store, make_filter(), max_edges=1)
    assert [(e["event_type"], e["count"]) for e in graph["edges"]] == [("ASSAULT", 2)]


def test_an_incident_filter_picks_the_incident_on_the_incident_map(store: Store) -> None:
    columns = "incident_id, event_type, n_reports, location_lat, location_lon, location_precision"
    for incident in (("i1", "ASSAULT", 3, *KHARKIV[:3]), ("i2", "ACCUSE", 1, *INDIA[:3])):
        store.con.execute(f"INSERT INTO incidents ({columns}) VALUES (?, ?, ?, ?, ?, ?)", list(incident))
    [point] = map_incidents(store, make_filter(incident_id="i2"))
    assert point["types"] == {"ACCUSE": 1}
