"""Event filters, validated once and turned into a SQL ``WHERE`` clause with bound parameters.

The CLI and the HTTP API pass what the user typed to :func:`make_filter`, so both refuse a bad value
alike, with the same E209 message.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from newsevents.errors import NewsEventsError
from newsevents.model import EVENT_TYPES, FACTUAL_MODALITIES, MODALITIES

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_COUNTRY = re.compile(r"[A-Z]{3}")
#: GeoNames admin1 codes are short letters or digits ("07", "DC", "BRU", "ENG").
_ADMIN1 = re.compile(r"[A-Z0-9]{1,20}")

#: The actor fields the ``actor`` filter searches, on both sides of an event.
_ACTOR_FIELDS = ("text", "name", "actor_id")
#: Between the values of ``events.actor_search``: a control character no actor text or search holds,
#: so that a search never matches across two values.
ACTOR_SEPARATOR = "\x1f"


def actor_search(*sides: Sequence[Mapping[str, Any]]) -> str:
    """``events.actor_search``: the texts, names and ids of the actors of each side, lower-cased, in one
    string. The actor filter scans it instead of the actors' JSON (on 1,000,000 events, reading the JSON
    of every row of a date range took over a second)."""
    values = (actor.get(key) for side in sides for key in _ACTOR_FIELDS for actor in side)
    return ACTOR_SEPARATOR.join(str(value).lower() for value in values if value)


#: :func:`actor_search` in SQL, to fill the column of the events a store held before it existed.
ACTOR_SEARCH_SQL = (
    "lower(array_to_string(list_filter("
    + " || ".join(
        f"coalesce(json_extract_string({side}, '$[*].{key}'), [])"
        for side in ("source_actors", "target_actors")
        for key in _ACTOR_FIELDS
    )
    + ", lambda x: coalesce(x, '') <> ''), chr(31)))"
)


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What to select. ``modalities=None`` means every modality; the default keeps facts only."""

    types: tuple[str, ...] | None = None
    actor: str | None = None
    country: str | None = None
    since: str | None = None
    until: str | None = None
    modalities: frozenset[str] | None = FACTUAL_MODALITIES
    article_id: str | None = None
    limit: int | None = None
    #: Where it happened: the ISO3 country and the GeoNames admin1 code of the event's location.
    location_country: str | None = None
    admin1: str | None = None
    #: ``(min_lon, min_lat, max_lon, max_lat)``; an event is inside when its coordinates are.
    bbox: tuple[float, float, float, float] | None = None
    incident_id: str | None = None
    quote_id: str | None = None
    #: True: only events with coordinates (a map's); False: only those without; None: both.
    located: bool | None = None
    offset: int = 0


def make_filter(
    types: str | Iterable[str] | None = None,
    actor: str | None = None,
    country: str | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    modalities: str | Iterable[str] | None = FACTUAL_MODALITIES,
    article_id: str | None = None,
    limit: int | None = None,
    location_country: str | None = None,
    admin1: str | None = None,
    bbox: str | Sequence[float] | None = None,
    incident_id: str | None = None,
    quote_id: str | None = None,
    located: bool | None = None,
    offset: int = 0,
) -> EventFilter:
    """A validated filter; a bad value raises E209 naming the value and what is accepted."""
    return EventFilter(
        types=_types(types),
        actor=_actor(actor),
        country=_country(country),
        since=_date("since", since),
        until=_date("until", until),
        modalities=_modalities(modalities),
        article_id=article_id,
        limit=_limit(limit),
        location_country=_country(location_country, "location country"),
        admin1=_admin1(admin1),
        bbox=_bbox(bbox),
        incident_id=incident_id,
        quote_id=quote_id,
        located=located,
        offset=_count("offset", offset),
    )


def _actor(actor: str | None) -> str | None:
    # An empty actor text would match every event; treat it as no filter, like an omitted option.
    needle = "" if actor is None else actor.replace(ACTOR_SEPARATOR, " ").strip().lower()
    return needle or None


def _as_tuple(value: str | Iterable[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _types(types: str | Iterable[str] | None) -> tuple[str, ...] | None:
    if types is None:
        return None
    out = tuple(t.strip().upper() for t in _as_tuple(types))
    for t in out:
        if t not in EVENT_TYPES:
            raise NewsEventsError(
                "E209", what="event type", value=t, hint="Use one of: " + ", ".join(EVENT_TYPES)
            )
    return out


def _country(country: str | None, what: str = "country") -> str | None:
    if country is None:
        return None
    code = country.strip().upper()
    if not _COUNTRY.fullmatch(code):
        raise NewsEventsError(
            "E209", what=what, value=country, hint="Give an ISO 3166-1 alpha-3 code such as UKR, or IGO."
        )
    return code


def _admin1(admin1: str | None) -> str | None:
    if admin1 is None:
        return None
    code = admin1.strip().upper()
    if not _ADMIN1.fullmatch(code):
        raise NewsEventsError(
            "E209",
            what="admin1",
            value=admin1,
            hint="Give a GeoNames admin1 code such as 07 or DC (the location_admin1 of an event).",
        )
    return code


_BBOX_HINT = (
    "Give min_lon,min_lat,max_lon,max_lat in degrees: longitudes from -180 to 180, latitudes from -90 "
    "to 90, each minimum at most its maximum (e.g. 22,44,41,53)."
)


def _bbox(bbox: str | Sequence[float] | None) -> tuple[float, float, float, float] | None:
    if bbox is None:
        return None
    parts = bbox.split(",") if isinstance(bbox, str) else list(bbox)
    try:
        values = [float(p) for p in parts]
    except ValueError:
        values = []
    if len(values) != 4 or not all(math.isfinite(v) for v in values):
        raise NewsEventsError("E209", what="bbox", value=bbox, hint=_BBOX_HINT)
    min_lon, min_lat, max_lon, max_lat = values
    if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise NewsEventsError("E209", what="bbox", value=bbox, hint=_BBOX_HINT)
    return min_lon, min_lat, max_lon, max_lat


def _date(what: str, value: str | dt.date | None) -> str | None:
    if value is None:
        return None
    text = value.isoformat() if isinstance(value, dt.date) else value.strip()
    if not (_DATE.fullmatch(text) and _on_calendar(text)):
        raise NewsEventsError("E209", what=what, value=value, hint="Give YYYY, YYYY-MM or YYYY-MM-DD.")
    return text


def _on_calendar(text: str) -> bool:
    """Whether a ``YYYY[-MM[-DD]]`` value names a real year, month or day ("2025-13" does not)."""
    try:
        dt.date.fromisoformat((text + "-01-01")[:10])  # a year or month checked as its first day
    except ValueError:
        return False
    return True


def _modalities(modalities: str | Iterable[str] | None) -> frozenset[str] | None:
    if modalities is None:
        return None
    out = frozenset(m.strip().lower() for m in _as_tuple(modalities))
    for m in out:
        if m not in MODALITIES:
            raise NewsEventsError(
                "E209", what="modality", value=m, hint="Use one of: " + ", ".join(MODALITIES)
            )
    return out


#: The largest LIMIT DuckDB takes (a signed 64-bit count); any more rows than that is all of them.
_LIMIT_MAX = 2**63 - 1


def _limit(limit: int | None) -> int | None:
    return None if limit is None else _count("limit", limit, ", or leave it out")


def _count(what: str, value: int, alternative: str = "") -> int:
    if not 0 <= value <= _LIMIT_MAX:
        raise NewsEventsError(
            "E209", what=what, value=value, hint=f"Give a count from 0 to {_LIMIT_MAX}{alternative}."
        )
    return value


def _prefix_compare(op: str) -> str:
    # Dates have different precisions ("2025", "2025-11", "2025-11-16"); comparing on the shorter of
    # the two values makes a month count as inside a range that touches any of its days.
    n = "least(length(date_value), length(?))"
    return f"substr(date_value, 1, {n}) {op} substr(?, 1, {n})"


#: The filters that select one value, by field, with their condition on one parameter.
_ONE_VALUE = (
    ("article_id", "article_id = ?"),
    ("location_country", "location_country = ?"),
    ("admin1", "upper(location_admin1) = ?"),
    # The incident tables as the store keeps them current (Store.refresh_incidents).
    ("incident_id", "event_id IN (SELECT event_id FROM incident_members WHERE incident_id = ?)"),
    ("quote_id", "quote_id = ?"),
)


def where(f: EventFilter) -> tuple[str, list[Any]]:
    """The ``WHERE`` clause (empty when nothing is filtered) and its parameters, in order."""
    clauses: list[str] = []
    params: list[Any] = []
    if f.types is not None:
        clauses.append("list_contains(?, event_type)")
        params.append(list(f.types))
    if f.modalities is not None:
        clauses.append("list_contains(?, modality)")
        params.append(sorted(f.modalities))
    if f.country is not None:
        clauses.append("(list_contains(source_countries, ?) OR list_contains(target_countries, ?))")
        params += [f.country, f.country]
    if f.actor is not None:
        clauses.append("contains(actor_search, ?)")
        params.append(f.actor)
    if f.since is not None:
        clauses.append(_prefix_compare(">="))
        params += [f.since, f.since, f.since]
    if f.until is not None:
        clauses.append(_prefix_compare("<="))
        params += [f.until, f.until, f.until]
    for field, clause in _ONE_VALUE:
        value = getattr(f, field)
        if value is not None:
            clauses.append(clause)
            params.append(value)
    if f.bbox is not None:
        clauses.append("location_lon BETWEEN ? AND ? AND location_lat BETWEEN ? AND ?")
        min_lon, min_lat, max_lon, max_lat = f.bbox
        params += [min_lon, max_lon, min_lat, max_lat]
    if f.located is not None:
        has = "location_lat IS NOT NULL AND location_lon IS NOT NULL"
        clauses.append(has if f.located else f"NOT ({has})")
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params
