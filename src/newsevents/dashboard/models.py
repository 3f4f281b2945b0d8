"""The shapes of the dashboard's aggregates, so that ``/openapi.json`` states them."""

from __future__ import annotations

from pydantic import BaseModel


class PlaceSample(BaseModel):
    """One event listed with a map place: for incidents, its representative report, ``detail`` the
    number of reports; for events, ``detail`` the trigger."""

    event_id: str
    event_type: str | None
    date: str
    detail: str


class MapPoint(BaseModel):
    """Everything of the filters that happened at one stored location, drawn at its precision."""

    layer: str
    lat: float | None
    lon: float | None
    precision: str | None
    country: str | None
    country_numeric: str | None
    name: str | None
    count: int
    types: dict[str, int]
    sample: list[PlaceSample]


class Meta(BaseModel):
    event_types: list[str]
    modalities: list[str]
    factual_modalities: list[str]


class ActorNode(BaseModel):
    id: str
    label: str | None
    country: str | None
    sector: str | None
    count: int


class ActorEdge(BaseModel):
    source: str
    target: str
    event_type: str | None
    count: int


class ActorNetwork(BaseModel):
    nodes: list[ActorNode]
    edges: list[ActorEdge]
