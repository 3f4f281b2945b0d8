"""Incidents as rows of the ``incidents`` and ``incident_members`` tables, and the SQL that reads the
events they are built from and tells whether the stored incidents are still those of the events."""

from __future__ import annotations

from newsevents.flat import Row
from newsevents.incidents import Incident
from newsevents.incidents import constants as K
from newsevents.model import FACTUAL_MODALITIES
from newsevents.store.magnitude_sql import own_count_sql
from newsevents.store.schema import EVENT_COLUMNS, INCIDENT_MEMBER_COLUMNS, Columns, names, quoted

#: The events' columns plus the article's stream, which names the outlet when there is no URL.
SOURCE_COLUMNS: Columns = (*EVENT_COLUMNS, ("article_source", "VARCHAR"))
#: An event as queries return it with the incident it belongs to (None: not factual, so in none).
EVENT_WITH_INCIDENT_COLUMNS: Columns = (*EVENT_COLUMNS, ("incident_id", "VARCHAR"))
#: One member report of an incident as queries return it: the membership and the report's own
#: article, date, place and evidence, so that a reader can check each report without another query.
MEMBER_VIEW_COLUMNS: Columns = (
    ("incident_id", "VARCHAR"),
    ("event_id", "VARCHAR"),
    ("article_id", "VARCHAR"),
    ("outlet", "VARCHAR"),
    ("representative", "BOOLEAN"),
    ("joined_to", "VARCHAR"),
    ("reason", "VARCHAR"),
    ("article_title", "VARCHAR"),
    ("article_url", "VARCHAR"),
    ("event_type", "VARCHAR"),  # each report's own type, date and place: where reports disagree
    ("date_value", "VARCHAR"),
    ("date_precision", "VARCHAR"),
    ("location_name", "VARCHAR"),
    ("evidence_text", "VARCHAR"),
    ("killed", "BIGINT"),  # each report's own killed and injured (best, else low): tolls that differ
    ("injured", "BIGINT"),
)
#: The member columns computed from the report's counts rather than read from a table.
_COUNTED = {
    "killed": own_count_sql("e.magnitudes", "killed"),
    "injured": own_count_sql("e.magnitudes", "injured"),
}

_FACTUAL = "list_contains(?, e.modality)"

#: Every column the merging rules read: a change in any of them makes the stored incidents stale.
_READ = (
    "event_id", "article_id", "article_url", "event_type", "modality", "source_countries",
    "target_countries", "date_value", "date_precision", "date_reason", "location_name",
    "location_geonameid", "location_lat", "location_lon", "location_country", "location_admin1",
    "location_precision", "confidence", "evidence_text", "mentions", "article_published", "mode",
)  # fmt: skip


def source_sql() -> tuple[str, list[object]]:
    """The factual events with their article's stream, in a fixed order."""
    cols = ", ".join("e." + quoted(name) for name, _ in EVENT_COLUMNS)
    sql = (
        f"SELECT {cols}, a.source AS article_source FROM events e "
        f"LEFT JOIN articles a USING (article_id) WHERE {_FACTUAL} ORDER BY e.event_id"
    )
    return sql, [sorted(FACTUAL_MODALITIES)]


def fingerprint_sql() -> tuple[str, list[object]]:
    """One row (count, xor of row hashes) that changes whenever a merged event or its outlet does."""
    values = ", ".join("e." + quoted(name) for name in _READ)
    sql = (
        f"SELECT count(*), bit_xor(hash({values}, a.source)) FROM events e "
        f"LEFT JOIN articles a USING (article_id) WHERE {_FACTUAL}"
    )
    return sql, [sorted(FACTUAL_MODALITIES)]


def members_sql() -> str:
    """The member reports of the incidents whose ids are the one list parameter, by incident, the
    representative first (columns: ``MEMBER_VIEW_COLUMNS``; ``killed`` and ``injured`` by the macro
    of ``newsevents.store.magnitude_sql``)."""
    own = names(INCIDENT_MEMBER_COLUMNS)
    cols = ", ".join(
        f"{_COUNTED[name]} AS {name}" if name in _COUNTED else ("m." if name in own else "e.") + quoted(name)
        for name, _ in MEMBER_VIEW_COLUMNS
    )
    return (
        f"SELECT {cols} FROM incident_members m LEFT JOIN events e USING (event_id) "
        "WHERE list_contains(?, m.incident_id) ORDER BY m.incident_id, NOT m.representative, m.event_id"
    )


def fingerprint(count: object, digest: object) -> str:
    return f"rules {K.RULES_VERSION}; {count} events; {digest}"


def _union(values: list[frozenset[str]]) -> list[str]:
    return sorted(set().union(*values)) if values else []


def incident_row(incident: Incident) -> Row:
    rep = incident.representative
    place = rep.place
    members = [m.report for m in incident.members]
    return {
        "incident_id": incident.incident_id,
        "event_type": rep.event_type,
        "date_value": rep.date_value,
        "date_precision": rep.date_precision,
        "source_countries": _union([r.sources for r in members]),
        "target_countries": _union([r.targets for r in members]),
        "location_name": None if place is None else place.name,
        "location_country": None if place is None else place.country,
        "location_admin1": None if place is None else place.admin1,
        "location_lat": None if place is None else place.lat,
        "location_lon": None if place is None else place.lon,
        "location_precision": None if place is None else place.precision,
        "representative_event_id": rep.event_id,
        "n_reports": len(members),
        "n_articles": len(incident.articles),
        "n_sources": len(incident.outlets),
        "sources": incident.outlets,
        "confidence": max(r.confidence for r in members),
    }


def member_rows(incident: Incident) -> list[Row]:
    return [
        {
            "incident_id": incident.incident_id,
            "event_id": m.report.event_id,
            "article_id": m.report.article_id,
            "outlet": m.report.outlet,
            "representative": m.representative,
            "joined_to": m.joined_to,
            "reason": m.reason,
        }
        for m in incident.members
    ]
