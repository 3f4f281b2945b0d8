"""``/actors?q=``: actors by name or alias, from the actor dictionary and the store, with counts."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from newsevents.api.deps import Reader
from newsevents.api.error_responses import ERROR_RESPONSES
from newsevents.api.models import ActorPage
from newsevents.api.params import Paging, paging

router = APIRouter(tags=["actors"])


@router.get("/actors", response_model=ActorPage, responses=ERROR_RESPONSES)
def search_actors(
    reader: Reader,
    page: Annotated[Paging, Depends(paging)],
    q: Annotated[
        str, Query(description="Text to find in names, aliases and mention texts (any case and accents).")
    ] = "",
) -> Any:
    """Actors whose dictionary name or alias, or stored mention text, name or id, contains `q`
    ("Hemedti" finds Mohamed Hamdan Dagalo), the most active first; an empty `q` lists them all."""
    with reader.store() as store:
        found = store.actors_matching(q, reader.entries)
    items = found[page.offset : page.offset + page.limit]
    return {"total": len(found), "offset": page.offset, "limit": page.limit, "items": items}
