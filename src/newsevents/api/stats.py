"""``/stats``: event counts by period and one dimension, aggregated by DuckDB, for charts."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from newsevents.api.deps import Reader
from newsevents.api.error_responses import ERROR_RESPONSES
from newsevents.api.models import Stats
from newsevents.api.params import event_filter
from newsevents.store.query import EventFilter

router = APIRouter(tags=["stats"])


@router.get("/stats", response_model=Stats, responses=ERROR_RESPONSES)
def event_stats(
    reader: Reader,
    f: Annotated[EventFilter, Depends(event_filter)],
    interval: Annotated[Literal["day", "week", "month"], Query(description="The period counted.")] = "month",
    by: Annotated[
        Literal["type", "country", "modality"],
        Query(description="What each count is of: event type, location country or modality."),
    ] = "type",
) -> Any:
    """Counts of the events of the filters by period and `by`. An event is counted in a period only
    when its date is that precise (a month-precise date is in no day); the others are `not_placed`."""
    with reader.store() as store:
        return store.stats(f, interval, by)
