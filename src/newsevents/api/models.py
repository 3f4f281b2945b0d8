"""The API's response shapes, as pydantic models, so that ``/openapi.json`` is the true schema.

The record models are built from the store's column declarations (:mod:`newsevents.store.schema`):
a column added there reaches the API's schema without a second declaration. Every stored column may
be NULL, so every field but a table's key is optional; the JSON columns get the shapes that
:mod:`newsevents.store.records` writes into them.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, create_model

from newsevents.store.incident_rows import EVENT_WITH_INCIDENT_COLUMNS, MEMBER_VIEW_COLUMNS
from newsevents.store.schema import (
    ACTOR_COLUMNS,
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    INCIDENT_COLUMNS,
    PLACE_COLUMNS,
    QUOTE_COLUMNS,
    TIME_COLUMNS,
    Columns,
)


class EventActor(BaseModel):
    """One actor of an event's side, as the event row keeps it (``mention_id`` → ``/articles`` actors)."""

    mention_id: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    name: str | None = None
    actor_id: str | None = None
    country: str | None = None
    sector: str | None = None


class EventMentionRecord(BaseModel):
    """Another place where the article tells the same event (headline, lede, restatement)."""

    trigger_start: int | None = None
    trigger_end: int | None = None
    trigger_text: str | None = None
    sentence: int | None = None
    evidence_start: int | None = None
    evidence_end: int | None = None
    evidence_text: str | None = None


_SCALARS: dict[str, Any] = {
    "VARCHAR": str,
    "INTEGER": int,
    "BIGINT": int,
    "DOUBLE": float,
    "BOOLEAN": bool,
    "DATE": str,  # ISO 8601
    "TIMESTAMP": str,  # ISO 8601
    "VARCHAR[]": list[str],
    "JSON": Any,
}

#: The shapes of JSON columns, by column name.
_JSON_SHAPES: dict[str, Any] = {
    "source_actors": list[EventActor],
    "target_actors": list[EventActor],
    "mentions": list[EventMentionRecord],
    "meta": dict[str, Any],
}


def record_model(name: str, columns: Columns, doc: str, **more: Any) -> Any:
    """A model with one field per column (its key required, the rest optional) and ``more`` fields
    given as ``(type, default)``. Typed ``Any`` because mypy cannot see a model built at run time."""
    fields: dict[str, Any] = {}
    for column, kind in columns:
        key = kind.endswith(" PRIMARY KEY")
        base = kind.removesuffix(" PRIMARY KEY")
        shape = _JSON_SHAPES.get(column, _SCALARS[base]) if base == "JSON" else _SCALARS[base]
        fields[column] = (shape, ...) if key else (shape | None, None)
    return create_model(name, __doc__=doc, **fields, **more)


EventRecord = record_model(
    "EventRecord",
    EVENT_WITH_INCIDENT_COLUMNS,
    "An event with all its provenance: trigger, evidence, actors, date and location with their stage, "
    "confidence and reason, modality and its cue, and the incident it belongs to (none when not factual).",
)
ActorRecord = record_model("ActorMentionRecord", ACTOR_COLUMNS, "An actor mention of an article.")
PlaceRecord = record_model(
    "PlaceRecord",
    PLACE_COLUMNS,
    "A toponym with its use; only a `location` (literal) puts anything on a map.",
)
TimeRecord = record_model("TimeRecord", TIME_COLUMNS, "A time expression with its TIMEX3 value.")
QuoteRecord = record_model("QuoteRecord", QUOTE_COLUMNS, "A quote with its cue and resolved speaker.")
MemberRecord = record_model(
    "IncidentMember", MEMBER_VIEW_COLUMNS, "One report of an incident, its outlet and why it joined."
)
IncidentRecord = record_model(
    "IncidentRecord",
    INCIDENT_COLUMNS,
    "Reports of one real-world event across articles and outlets; type, date and place are those of "
    "the representative report.",
    members=(list[MemberRecord], Field(default_factory=list)),  # type: ignore[valid-type]
    differences=(
        list[str],
        Field(
            default_factory=list,
            description="Each detail the members give differently (type, date, place, killed, injured) "
            'with the outlets that gave each value: "killed: 23 (a.example) / 40 (b.example)".',
        ),
    ),
    killed_min=(int | None, Field(None, description="The fewest killed a member report gives.")),
    killed_max=(int | None, Field(None, description="The most killed a member report gives.")),
)
ArticleEventRecord = record_model(
    "ArticleEventRecord",
    EVENT_COLUMNS,
    "An event of an article, any modality, with all its provenance.",
)
ArticleRecord = record_model(
    "ArticleRecord",
    ARTICLE_COLUMNS,
    "An article with its text and every span found in it.",
    events=(list[ArticleEventRecord], ...),  # type: ignore[valid-type]
    actors=(list[ActorRecord], ...),  # type: ignore[valid-type]
    places=(list[PlaceRecord], ...),  # type: ignore[valid-type]
    times=(list[TimeRecord], ...),  # type: ignore[valid-type]
    quotes=(list[QuoteRecord], ...),  # type: ignore[valid-type]
)


class Page(BaseModel):
    """What every list answers besides its items: how many match in all, and which slice this is."""

    total: int = Field(description="How many match the filters, over all pages.")
    offset: int
    limit: int


EventPage = create_model(
    "EventPage",
    __base__=Page,
    items=(list[EventRecord], ...),  # type: ignore[valid-type]
)
IncidentPage = create_model(
    "IncidentPage",
    __base__=Page,
    items=(list[IncidentRecord], ...),  # type: ignore[valid-type]
)


class ActorFound(BaseModel):
    """An actor whose name, alias or mention text matched the search, with how active it is."""

    actor_id: str | None = Field(description="The dictionary id; none for an actor known only by name.")
    name: str | None
    kind: str | None
    country: str | None
    sector: str | None
    in_dictionary: bool
    aliases: list[str] = Field(description="The dictionary entry's names.")
    matched_aliases: list[str] = Field(description="The entry's names that contain the search text.")
    texts: list[str] = Field(description="How the stored mentions spell it (at most 10).")
    n_mentions: int
    n_articles: int
    n_events: int = Field(description="Events, any modality, with this actor as source or target.")
    n_factual_events: int


class ActorPage(Page):
    items: list[ActorFound]


#: How the ``magnitudes`` of /stats are summed (newsevents.store.stats).
_SUMS = (
    "Sums of the events' own counts by kind (killed, injured, detained, abducted, displaced, crowd): "
    "each event's figure is its best estimate, else its low bound; running tolls never count; counts "
    "of different sides add up, restatements give the largest (the ACLED export's fatalities). A kind "
    "no event is told with is absent, not 0."
)


class StatsBucket(BaseModel):
    period: str = Field(description="YYYY-MM-DD (a day, or the Monday of a week) or YYYY-MM.")
    key: str | None = Field(description="The type, location country or modality; none when unknown.")
    count: int
    magnitudes: dict[str, int] = Field(default_factory=dict, description=_SUMS)


class Stats(BaseModel):
    """Event counts by period and one dimension, over the events of the filters."""

    interval: str
    by: str
    total: int
    not_placed: int = Field(description="Events whose date is missing or coarser than the interval.")
    magnitudes: dict[str, int] = Field(
        default_factory=dict, description="The sums of every event of the filters, placed or not. " + _SUMS
    )
    buckets: list[StatsBucket]


class ErrorBody(BaseModel):
    """An error of the catalogue: ``detail`` is the message the CLI prints."""

    code: str = Field(description="The E-code (src/newsevents/errors.py).")
    message: str
    hint: str
    detail: str
