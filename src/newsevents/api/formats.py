"""A page of records as CSV or GeoJSON (JSON goes through the response models), and the schema of
the GeoJSON answers for ``/openapi.json``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.responses import Response
from pydantic import BaseModel, Field, create_model

from newsevents.api.models import EventRecord, IncidentRecord
from newsevents.api.params import MEDIA_TYPES, Paging
from newsevents.flat import Row
from newsevents.store.export import csv_chunks, features, geojson_chunks


def render(
    fmt: str, total: int, paging: Paging, items: list[Row], columns: Sequence[str], id_key: str
) -> Any:
    """The page as the answer in ``fmt``; the page's dict itself for JSON (the route's model checks
    it). CSV has the total in the ``X-Total-Count`` header; GeoJSON as a member of the collection."""
    if fmt == "json":
        return {"total": total, "offset": paging.offset, "limit": paging.limit, "items": items}
    headers = {"X-Total-Count": str(total)}
    if fmt == "csv":
        text = "".join(csv_chunks(columns, items))
        return Response(text, media_type=MEDIA_TYPES["csv"] + "; charset=utf-8", headers=headers)
    members = {"total": total, "offset": paging.offset, "limit": paging.limit}
    text = "".join(geojson_chunks(features(items, id_key), members))
    return Response(text, media_type=MEDIA_TYPES["geojson"], headers=headers)


class Point(BaseModel):
    type: Literal["Point"]
    coordinates: list[float] = Field(min_length=2, max_length=2, description="[lon, lat]")


#: GeoJSON's fixed type names, as field types (typed Any: mypy reads a Literal in a call as a string).
_FEATURE: Any = Literal["Feature"]
_COLLECTION: Any = Literal["FeatureCollection"]


def _collection(name: str, record: Any) -> Any:
    feature = create_model(
        name + "Feature",
        type=(_FEATURE, ...),
        id=(str, ...),
        geometry=(Point, ...),
        properties=(record, ...),
    )
    return create_model(
        name + "FeatureCollection",
        type=(_COLLECTION, ...),
        total=(int, Field(description="Located items matching the filters, over all pages.")),
        offset=(int, ...),
        limit=(int, ...),
        features=(list[feature], ...),  # type: ignore[valid-type]
    )


#: The GeoJSON answers, by the name their schema has in the OpenAPI components.
COLLECTIONS: dict[str, Any] = {
    "EventFeatureCollection": _collection("Event", EventRecord),
    "IncidentFeatureCollection": _collection("Incident", IncidentRecord),
}


def formats_response(collection: str) -> dict[int | str, dict[str, Any]]:
    """The OpenAPI entry of a 200 answer that may also be CSV or GeoJSON."""
    return {
        200: {
            "description": "A page: JSON (the default), CSV or GeoJSON (located items only).",
            "content": {
                MEDIA_TYPES["csv"]: {"schema": {"type": "string"}},
                MEDIA_TYPES["geojson"]: {"schema": {"$ref": f"#/components/schemas/{collection}"}},
            },
        }
    }


def openapi_with_collections(app: FastAPI) -> dict[str, Any]:
    """FastAPI's schema with the GeoJSON collections added to its components (FastAPI adds the
    models of JSON answers only)."""
    if app.openapi_schema is None:
        schema = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for name, model in COLLECTIONS.items():
            found = model.model_json_schema(ref_template="#/components/schemas/{model}", mode="serialization")
            for sub, sub_schema in found.pop("$defs", {}).items():
                components.setdefault(sub, sub_schema)
            components[name] = found
        app.openapi_schema = schema
    return app.openapi_schema
