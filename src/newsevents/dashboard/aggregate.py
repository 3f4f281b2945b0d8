"""What the dashboard's map and actor network draw, aggregated in the store so that the browser gets
hundreds of rows, not one per event, whatever the store holds (issue 13 asks for 100,000 events).

The filters are the events' own (:class:`newsevents.store.query.EventFilter`), so the map and the
network show exactly what the event table lists.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pycountry

from newsevents.store import Store
from newsevents.store.query import EventFilter, where

#: Events listed with each map place: enough for its popup and the evidence a click opens, few enough
#: that a place with thousands of events still answers in one small row.
PLACE_SAMPLE = 12
#: Edges the network draws, the most frequent first: a force layout of more is a hairball nobody reads.
NETWORK_EDGES = 80

Point = dict[str, Any]

#: The fields of the actors stored in an event row's JSON that the network reads, as ``from_json`` takes them.
_ACTOR_JSON = json.dumps(
    [{"text": "VARCHAR", "name": "VARCHAR", "actor_id": "VARCHAR", "country": "VARCHAR", "sector": "VARCHAR"}]
)


def _fetch(store: Store, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
    # On the store's own connection, not a cursor: a read-only store keeps refreshed incidents in
    # temporary tables that only that connection sees. The API lends the store to one request at a time.
    return store.con.execute(sql, params).fetchall()


def _numeric(alpha3: str | None) -> str | None:
    """The ISO 3166-1 numeric code the world basemap names countries by ("804" for UKR)."""
    country = pycountry.countries.get(alpha_3=alpha3) if alpha3 else None
    return None if country is None else str(country.numeric)


def _and(clause: str, condition: str) -> str:
    return f"{clause} AND {condition}" if clause else f" WHERE {condition}"


def _located(clause: str) -> str:
    # A country-level location may come without coordinates (the country's shape is then drawn);
    # anything finer without them cannot be placed.
    return _and(clause, "(location_lat IS NOT NULL OR location_precision = 'country')")


def map_events(store: Store, f: EventFilter) -> list[Point]:
    """One point per distinct event location: its coordinates and precision as stored (never moved),
    the count of events by type, and a sample of its events, the most confident first."""
    clause, params = where(replace(f, limit=None, offset=0))
    sql = (
        "SELECT location_lat, location_lon, location_precision, location_country, "
        "any_value(location_name), count(*), "
        "histogram(event_type), "
        f"list([event_id, event_type, coalesce(date_value, ''), coalesce(trigger_text, '')] "
        f"ORDER BY confidence DESC, event_id)[1:{PLACE_SAMPLE}] "
        f"FROM events{_located(clause)} "
        "GROUP BY location_lat, location_lon, location_precision, location_country "
        "ORDER BY count(*) DESC, location_country"
    )
    return [_point(row, "events") for row in _fetch(store, sql, params)]


def map_incidents(store: Store, f: EventFilter) -> list[Point]:
    """One point per distinct incident location, its size the number of reports merged into it.

    Incidents are factual events and have no actors, article or quote of their own, so those filters
    do not apply to them; an incident filter picks the incident itself."""
    unfit = {"modalities": None, "actor": None, "article_id": None, "quote_id": None, "incident_id": None}
    clause, params = where(replace(f, limit=None, offset=0, **unfit))
    if f.incident_id is not None:
        clause = _and(clause, "incident_id = ?")
        params.append(f.incident_id)
    columns = ("location_lat", "location_lon", "location_precision", "location_country")
    place = ", ".join(columns)
    by_place = ", ".join(f"by_type.{c}" for c in columns)
    # NULL matches NULL here (a place without a country is still one place), which USING would not do.
    same_place = " AND ".join(f"by_type.{c} IS NOT DISTINCT FROM sample.{c}" for c in columns)
    sql = f"""
        WITH f AS (SELECT * FROM incidents{_located(clause)}),
        by_type AS (
            SELECT {place}, any_value(location_name) AS name, event_type, sum(n_reports) AS n
            FROM f GROUP BY {place}, event_type
        ),
        sample AS (
            SELECT {place},
                   list([representative_event_id, event_type, coalesce(date_value, ''), n_reports::VARCHAR]
                        ORDER BY n_reports DESC, incident_id)[1:{PLACE_SAMPLE}] AS s
            FROM f GROUP BY {place}
        )
        SELECT {by_place}, any_value(name), sum(n),
               map_from_entries(list(struct_pack(k := event_type, v := n))), any_value(sample.s)
        FROM by_type JOIN sample ON {same_place}
        GROUP BY {by_place} ORDER BY sum(n) DESC, by_type.location_country
    """
    return [_point(row, "incidents") for row in _fetch(store, sql, params)]


def _point(row: tuple[Any, ...], layer: str) -> Point:
    lat, lon, precision, country, name, count, by_type, sample = row  # the SELECT order of both maps
    return {
        "layer": layer,
        "lat": lat,
        "lon": lon,
        "precision": precision,
        "country": country,
        "country_numeric": _numeric(country),
        "name": name,
        "count": int(count),
        "types": {str(k): int(v) for k, v in by_type.items()},
        "sample": [dict(zip(("event_id", "event_type", "date", "detail"), s, strict=True)) for s in sample],
    }


def network(store: Store, f: EventFilter, max_edges: int = NETWORK_EDGES) -> dict[str, list[dict[str, Any]]]:
    """Who acted on whom: one edge per (source actor, target actor, event type) with its count, the
    ``max_edges`` most frequent, and the actors they join with their event counts.

    An actor is its dictionary id when it has one, else its name, else the text that named it; an
    event of several sources or targets gives an edge for each pair; an actor acting on itself is no
    edge."""
    clause, params = where(replace(f, limit=None, offset=0))
    sql = f"""
        WITH f AS (SELECT event_type, source_actors, target_actors FROM events{clause}),
        pairs AS (
            SELECT event_type, unnest(from_json(source_actors, '{_ACTOR_JSON}')) AS s,
                   target_actors
            FROM f
        ),
        edges AS (
            SELECT event_type, s, unnest(from_json(target_actors, '{_ACTOR_JSON}')) AS t FROM pairs
        ),
        -- Computed once: the edges and the labels both read it (a third of the time at 100,000 events).
        keyed AS MATERIALIZED (
            SELECT event_type,
                   coalesce(s.actor_id, s.name, lower(s.text)) AS sk, coalesce(s.name, s.text) AS sl,
                   s.country AS sc, s.sector AS ss,
                   coalesce(t.actor_id, t.name, lower(t.text)) AS tk, coalesce(t.name, t.text) AS tl,
                   t.country AS tc, t.sector AS ts
            FROM edges
        ),
        top AS (
            SELECT sk, tk, event_type, count(*) AS n FROM keyed WHERE sk <> tk  -- which drops NULL keys too
            GROUP BY sk, tk, event_type ORDER BY n DESC, sk, tk, event_type LIMIT {int(max_edges)}
        ),
        -- An actor's label, country and sector are those most of its mentions give, looked up for the
        -- actors of the drawn edges only (the most common value of every actor costs 2.5x the query).
        sides AS (
            SELECT sk AS k, sl AS l, sc AS c, ss AS sec FROM keyed UNION ALL SELECT tk, tl, tc, ts FROM keyed
        ),
        labels AS (
            SELECT k, mode(l) AS l, mode(c) AS c, mode(sec) AS sec FROM sides
            WHERE k IN (SELECT sk FROM top UNION SELECT tk FROM top) GROUP BY k
        )
        SELECT top.sk, ls.l, ls.c, ls.sec, top.tk, lt.l, lt.c, lt.sec, top.event_type, top.n
        FROM top JOIN labels ls ON ls.k = top.sk JOIN labels lt ON lt.k = top.tk
        ORDER BY top.n DESC, top.sk, top.tk, top.event_type
    """
    nodes: dict[str, dict[str, Any]] = {}
    edges: list[dict[str, Any]] = []
    for sk, sl, sc, ss, tk, tl, tc, ts, event_type, n in _fetch(store, sql, params):
        for key, label, country, sector in ((sk, sl, sc, ss), (tk, tl, tc, ts)):
            node = nodes.setdefault(
                key, {"id": key, "label": label, "country": country, "sector": sector, "count": 0}
            )
            node["count"] += int(n)
        edges.append({"source": sk, "target": tk, "event_type": event_type, "count": int(n)})
    return {"nodes": list(nodes.values()), "edges": edges}
