"""``/incidents``: incidents with every member report and outlet, paged, as JSON, CSV or GeoJSON;
``/incidents/{id}``: one."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from newsevents.api.deps import Reader
from newsevents.api.error_responses import ERROR_RESPONSES
from newsevents.api.formats import formats_response, render
from newsevents.api.models import IncidentPage, IncidentRecord
from newsevents.api.params import Format, Paging, output_format, paging
from newsevents.incidents.details import INCIDENT_DETAILS
from newsevents.store.schema import INCIDENT_COLUMNS, names

router = APIRouter(tags=["incidents"])


@router.get(
    "/incidents",
    response_model=IncidentPage,
    responses={**ERROR_RESPONSES, **formats_response("IncidentFeatureCollection")},
)
def list_incidents(
    reader: Reader,
    page: Annotated[Paging, Depends(paging)],
    fmt: Annotated[Format, Depends(output_format)],
    type: Annotated[list[str] | None, Query(description="PLOVER event type; repeatable.")] = None,
    country: Annotated[
        str | None, Query(description="ISO3 country of a source or target, or where it happened.")
    ] = None,
    since: Annotated[str | None, Query(description="Earliest incident date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, Query(description="Latest incident date (YYYY[-MM[-DD]]).")] = None,
    min_reports: Annotated[
        int, Query(description="Only incidents told by this many reports.", json_schema_extra={"minimum": 1})
    ] = 1,
    location_country: Annotated[str | None, Query(description="ISO3 country where it happened.")] = None,
    admin1: Annotated[str | None, Query(description="GeoNames admin1 code of where it happened.")] = None,
    bbox: Annotated[
        str | None, Query(description="min_lon,min_lat,max_lon,max_lat: located inside this box.")
    ] = None,
    located: Annotated[bool | None, Query(description="true: only incidents with coordinates.")] = None,
) -> Any:
    """Incidents (factual reports of one real-world event, merged across articles and outlets) by
    date, each with its member reports; the filters apply to the representative report."""
    filters: dict[str, Any] = {
        "types": type,
        "country": country,
        "since": since,
        "until": until,
        "min_reports": min_reports,
        "location_country": location_country,
        "admin1": admin1,
        "bbox": bbox,
        "located": True if fmt == "geojson" else located,
    }
    with reader.store() as store:
        total = store.count_incidents(**filters)
        items = store.incidents(refresh=False, limit=page.limit, offset=page.offset, **filters)
    return render(
        fmt, total, page, items, [*names(INCIDENT_COLUMNS), *INCIDENT_DETAILS, "members"], "incident_id"
    )


@router.get("/incidents/{incident_id}", response_model=IncidentRecord, responses=ERROR_RESPONSES)
def get_incident(reader: Reader, incident_id: str) -> Any:
    """One incident with every member report: its event, article, outlet, date, place, evidence and
    why it joined."""
    with reader.store() as store:
        return store.incident(incident_id)
