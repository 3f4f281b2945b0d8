"""``/events``: the events of every filter, paged, as JSON, CSV or GeoJSON; ``/events/{id}``: one."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Depends

from newsevents.api.deps import Reader
from newsevents.api.error_responses import ERROR_RESPONSES
from newsevents.api.formats import formats_response, render
from newsevents.api.models import EventPage, EventRecord
from newsevents.api.params import Format, Paging, event_filter, output_format, paging
from newsevents.store.incident_rows import EVENT_WITH_INCIDENT_COLUMNS
from newsevents.store.query import EventFilter
from newsevents.store.schema import names

router = APIRouter(tags=["events"])


@router.get(
    "/events",
    response_model=EventPage,
    responses={**ERROR_RESPONSES, **formats_response("EventFeatureCollection")},
)
def list_events(
    reader: Reader,
    f: Annotated[EventFilter, Depends(event_filter)],
    page: Annotated[Paging, Depends(paging)],
    fmt: Annotated[Format, Depends(output_format)],
) -> Any:
    """Events matching every filter (facts only unless `modality` or `all` say more), in the order of
    `newsevents events`. GeoJSON pages hold located events only, and its total counts those."""
    if fmt == "geojson":
        f = replace(f, located=True)
    f = replace(f, limit=page.limit, offset=page.offset)
    with reader.store() as store:
        total = store.count_events(f)
        items = store.select_events(f)
    return render(fmt, total, page, items, names(EVENT_WITH_INCIDENT_COLUMNS), "event_id")


@router.get("/events/{event_id}", response_model=EventRecord, responses=ERROR_RESPONSES)
def get_event(reader: Reader, event_id: str) -> Any:
    """One event, any modality, with all its provenance and the incident it belongs to."""
    with reader.store() as store:
        return store.event(event_id)
