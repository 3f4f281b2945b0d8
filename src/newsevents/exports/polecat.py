"""A POLECAT-style JSON Lines file: one PLOVER record per stored event (POLECAT, like PLOVER, is not
deduplicated), under the field names of the POLECAT release. A joint event is one record with all its
parties as actors and no recipient, as the PLOVER manual codes "all participants in the actor field",
and says so in ``Joint``. docs/EXPORTS.md gives the mapping of every field and what is lost."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from newsevents.exports.dates import event_day
from newsevents.exports.dyads import Actor, is_joint, party_key
from newsevents.flat import Row
from newsevents.incidents.reports import outlet_of
from newsevents.store.export import write_jsonl

#: The POLECAT release's fields, in its order, then newsevents' additions (docs/EXPORTS.md).
COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID",
    "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People", "Story Organizations",
    "Story Locations", "Language", "Version",
    "Joint", "Date Precision", "Modality", "Event Text", "Story ID",
)  # fmt: skip
#: Written in ``Version``: this layout's own version, bumped when its fields change.
VERSION = "newsevents-polecat/1"
#: Joins several values in one field, as the POLECAT release does.
_JOIN = "; "
_CITY = frozenset({"city", "point"})


def _unique(actors: Sequence[Actor]) -> list[Actor]:
    seen: set[str] = set()
    out = []
    for actor in actors:
        if party_key(actor) not in seen:
            seen.add(party_key(actor))
            out.append(actor)
    return out


def _side(prefix: str, actors: Sequence[Actor]) -> Row:
    def joined(key: str) -> str | None:
        return _JOIN.join(str(a.get(key)) for a in actors if a.get(key)) or None

    names = _JOIN.join(str(a.get("name") or a.get("text")) for a in actors) or None
    return {
        f"{prefix} Name": names,
        f"{prefix} Country": joined("country"),
        f"{prefix} COW": None,  # no Correlates of War codes are kept
        f"Primary {prefix} Sector": actors[0].get("sector") if actors else None,
        f"{prefix} Sectors": joined("sector"),
        f"{prefix} Title": None,  # no titles ("President") are kept apart from names
        f"{prefix} Name Raw": joined("text"),
        f"Wikipedia {prefix} ID": None,  # actors are resolved to the project's dictionary, not Wikipedia
    }


def record(row: Row) -> Row:
    source, target = row.get("source_actors") or [], row.get("target_actors") or []
    joint = is_joint(source, target)
    actors, recipients = (_unique([*source, *target]), []) if joint else (_unique(source), _unique(target))
    precision = row.get("location_precision")
    day = event_day(row) if row.get("date_value") else None
    out: Row = {
        "Event ID": row["event_id"],
        "Event Date": day[0].isoformat() if day else None,
        "Event Type": row["event_type"],
        "Event Mode": row.get("mode"),
        "Event Intensity": None,  # POLECAT's intensity scale is not computed
        "Quad Code": row.get("quad_class"),
        "Contexts": None,  # PLOVER contexts are not coded
        **_side("Actor", actors),
        **_side("Recipient", recipients),
        "Placename": row.get("location_name"),
        "City": row.get("location_name") if precision in _CITY else None,
        "District": row.get("location_name") if precision == "admin2" else None,
        "Province": row.get("location_name") if precision == "admin1" else row.get("location_admin1"),
        "Country": row.get("location_country"),
        "Latitude": row.get("location_lat"),
        "Longitude": row.get("location_lon"),
        "GeoNames ID": row.get("location_geonameid"),
        "Raw Placename": None,  # the place's text is in the places table, not on the event
        "Feature Type": precision,
        "Source": outlet_of(row.get("article_url"), row.get("article_source"), str(row["article_id"])),
        "Publication Date": row.get("article_published"),
        "Story People": None,
        "Story Organizations": None,
        "Story Locations": None,
        "Language": "en",  # only English articles are coded
        "Version": VERSION,
        "Joint": joint,
        "Date Precision": row.get("date_precision"),
        "Modality": row.get("modality"),
        "Event Text": row.get("evidence_text"),
        "Story ID": row["article_id"],
    }
    return {key: out[key] for key in COLUMNS}


def records(rows: Iterable[Row]) -> Iterator[Row]:
    return (record(row) for row in rows)


def write(path: Path, rows: Iterable[Row]) -> int:
    return write_jsonl(path, records(rows))
