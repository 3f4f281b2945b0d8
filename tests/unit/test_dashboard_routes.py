"""The dashboard's routes on the API app, as ``newsevents serve`` mounts them: the page and its files,
the map and network aggregates with the API's filters, and the API's error bodies for bad values."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsevents.api import create_app
from newsevents.dashboard.routes import mount_dashboard
from newsevents.store import Store
from tests.unit.test_dashboard_aggregate import INDIA, KHARKIV, RUS, UKR, add_event


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    db = tmp_path / "events.duckdb"
    with Store(db) as store:
        add_event(store, "e1", "ASSAULT", KHARKIV, source=[RUS], target=[UKR])
        add_event(store, "e2", "THREATEN", INDIA, modality="hypothetical", source=[RUS], target=[UKR])
    app = create_app(db)
    mount_dashboard(app)
    with TestClient(app) as c:
        yield c
    app.state.reader.close()  # as serve does: the app leaves its store open at shutdown


def test_the_page_and_its_vendored_files_are_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/vendor/leaflet/LICENSE").status_code == 200
    assert client.get("/static/nothing-here.js").status_code == 404


def test_meta_lists_the_filters_choices(client: TestClient) -> None:
    meta = client.get("/dashboard/meta").json()
    assert meta["factual_modalities"] == ["asserted", "reported"]
    assert "ASSAULT" in meta["event_types"] and "negated" in meta["modalities"]


def test_the_map_and_network_take_the_api_filters(client: TestClient) -> None:
    facts = client.get("/dashboard/map").json()
    assert [p["name"] for p in facts] == ["Kharkiv"]
    every = client.get("/dashboard/map", params={"all": "true"}).json()
    assert {p["name"] for p in every} == {"Kharkiv", "India"}
    edges = client.get("/dashboard/network", params={"type": "THREATEN", "all": "true"}).json()["edges"]
    assert [(e["source"], e["target"], e["event_type"]) for e in edges] == [
        ("RUS.body.military", "UKR.GOV.kyiv", "THREATEN")
    ]
    assert client.get("/dashboard/map", params={"layer": "incidents"}).status_code == 200


def test_a_bad_filter_is_a_422_with_the_cli_error(client: TestClient) -> None:
    answer = client.get("/dashboard/map", params={"type": "BOMBING"})
    assert answer.status_code == 422
    assert answer.json()["code"] == "E209"
    assert client.get("/dashboard/network", params={"since": "2025-13"}).status_code == 422
