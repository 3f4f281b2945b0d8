"""The dashboard's HTTP side: the page and its vendored files, and the map and network aggregates
(:mod:`newsevents.dashboard.aggregate`) that no general API endpoint gives. Everything else the page
shows it reads from the API's own endpoints (``/stats``, ``/events``, ``/events/{id}``,
``/articles/{id}``), with the API's filters."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, Query
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from newsevents.api.deps import Reader
from newsevents.api.error_responses import ERROR_RESPONSES
from newsevents.api.params import event_filter
from newsevents.dashboard import STATIC_DIR
from newsevents.dashboard.aggregate import map_events, map_incidents, network
from newsevents.dashboard.models import ActorNetwork, MapPoint, Meta
from newsevents.model import EVENT_TYPES, FACTUAL_MODALITIES, MODALITIES
from newsevents.store.query import EventFilter

router = APIRouter(prefix="/dashboard", tags=["dashboard"])
Filter = Annotated[EventFilter, Depends(event_filter)]


@router.get("/meta", response_model=Meta)
def meta() -> Any:
    """The event types and modalities the dashboard's filters offer, and which count as facts."""
    return {
        "event_types": list(EVENT_TYPES),
        "modalities": list(MODALITIES),
        "factual_modalities": [m for m in MODALITIES if m in FACTUAL_MODALITIES],
    }


@router.get("/map", response_model=list[MapPoint], responses=ERROR_RESPONSES)
def map_points(
    reader: Reader,
    f: Filter,
    layer: Annotated[
        Literal["events", "incidents"], Query(description="Events, or incidents sized by their reports.")
    ] = "events",
) -> Any:
    """The events (or incidents) of the filters by location, one item per stored location with its
    counts by type and a sample of what happened there; the location as stored, never moved."""
    with reader.store() as store:
        return map_events(store, f) if layer == "events" else map_incidents(store, f)


@router.get("/network", response_model=ActorNetwork, responses=ERROR_RESPONSES)
def actor_network(reader: Reader, f: Filter) -> Any:
    """Who acted on whom under the filters: the most frequent (source, target, type) edges and their
    actors."""
    with reader.store() as store:
        return network(store, f)


def mount_dashboard(app: FastAPI) -> None:
    """The page at ``/``, its files under ``/static`` and the aggregates under ``/dashboard``."""
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html")
