"""Query parameters shared by the endpoints: the event filters (the CLI's and more), paging and the
output format. Filter values go to the library as the user typed them: ``make_filter`` validates them
(E209), as it does for the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Header, Query

from newsevents.errors import NewsEventsError
from newsevents.model import FACTUAL_MODALITIES
from newsevents.store.query import EventFilter, make_filter

#: Rows per page unless asked: a table's screenful and then some.
DEFAULT_LIMIT = 100
#: The largest page. 10,000 event records are about 20 MB of JSON: more belongs in `newsevents
#: export`, and a map of more points should page or aggregate.
MAX_LIMIT = 10_000
#: The largest offset DuckDB takes (a signed 64-bit count).
MAX_OFFSET = 2**63 - 1

Format = Literal["json", "csv", "geojson"]


def event_filter(
    type: Annotated[list[str] | None, Query(description="PLOVER event type; repeatable.")] = None,
    actor: Annotated[str | None, Query(description="Substring of an actor's text, name or id.")] = None,
    country: Annotated[str | None, Query(description="ISO3 country of the source or target.")] = None,
    since: Annotated[str | None, Query(description="Earliest event date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, Query(description="Latest event date (YYYY[-MM[-DD]]).")] = None,
    modality: Annotated[
        list[str] | None,
        Query(description="Modality to include; repeatable. Default: asserted and reported (facts)."),
    ] = None,
    all_modalities: Annotated[
        bool, Query(alias="all", description="Every modality: hedged, hypothetical, future, negated too.")
    ] = False,
    location_country: Annotated[
        str | None, Query(description="ISO3 country where it happened (the event's location).")
    ] = None,
    admin1: Annotated[
        str | None, Query(description="GeoNames admin1 code of the location, e.g. 07 (with its country).")
    ] = None,
    bbox: Annotated[
        str | None, Query(description="min_lon,min_lat,max_lon,max_lat: located inside this box.")
    ] = None,
    incident: Annotated[str | None, Query(description="Only the reports of this incident id.")] = None,
    quote: Annotated[str | None, Query(description="Only the events told in this quote id.")] = None,
    article: Annotated[str | None, Query(description="Only the events of this article id.")] = None,
    located: Annotated[
        bool | None, Query(description="true: only events with coordinates; false: only those without.")
    ] = None,
) -> EventFilter:
    return make_filter(
        types=type,
        actor=actor,
        country=country,
        since=since,
        until=until,
        modalities=None if all_modalities else modality or FACTUAL_MODALITIES,
        article_id=article,
        location_country=location_country,
        admin1=admin1,
        bbox=bbox,
        incident_id=incident,
        quote_id=quote,
        located=located,
    )


@dataclass(frozen=True, slots=True)
class Paging:
    limit: int
    offset: int


def paging(
    limit: Annotated[
        int, Query(description="Items per page.", json_schema_extra={"minimum": 0, "maximum": MAX_LIMIT})
    ] = DEFAULT_LIMIT,
    offset: Annotated[
        int, Query(description="Items to skip.", json_schema_extra={"minimum": 0, "maximum": MAX_OFFSET})
    ] = 0,
) -> Paging:
    # Checked here rather than by FastAPI, so that the message is the catalogue's, as the CLI's is.
    for what, value, most in (("limit", limit, MAX_LIMIT), ("offset", offset, MAX_OFFSET)):
        if not 0 <= value <= most:
            raise NewsEventsError("E209", what=what, value=value, hint=f"Give a count from 0 to {most}.")
    return Paging(limit, offset)


#: The media types of the formats, and what an Accept header may name to ask for them.
MEDIA_TYPES: dict[str, str] = {
    "json": "application/json",
    "csv": "text/csv",
    "geojson": "application/geo+json",
}


def output_format(
    format: Annotated[
        Format | None, Query(description="json, csv or geojson; default: from the Accept header, else json.")
    ] = None,
    accept: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> Format:
    """The ``format`` parameter, else the first of the formats that the Accept header names."""
    if format is not None:
        return format
    wanted = [part.split(";")[0].strip().lower() for part in (accept or "").split(",")]
    for media in wanted:
        for name, media_type in MEDIA_TYPES.items():
            if media == media_type:
                return name  # type: ignore[return-value]
    return "json"
