"""An ACLED-style CSV: ACLED's columns, names and codes, one row per directed dyad of each incident whose
PLOVER type and mode ACLED records (``knowledge/exports/acled_types.tsv``). docs/EXPORTS.md gives the
mapping of every column and what is lost."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsevents.exports.dates import event_day
from newsevents.exports.dyads import Actor, dyads
from newsevents.exports.gdelt import global_event_id
from newsevents.exports.reports import Report
from newsevents.exports.tables import AcledType, ExportTables
from newsevents.flat import Row
from newsevents.magnitudes.totals import own_count

#: ACLED's export columns, in its order (ACLED codebook).
COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip

#: ACLED's inter codes the rules below name.
STATE_FORCES, RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL_FORCES = 1, 5, 6, 7, 8
#: ACLED's time precision: 1 the day is known, 2 the week, 3 the month or less precise.
_TIME_PRECISION = {"day": 1, "week": 2}
_TIME_VAGUE = 3
#: ACLED's geo precision: 1 a town, 2 a part of a region near a town, 3 a region or province.
_GEO_PRECISION = {"point": 1, "city": 1, "admin2": 2}
_GEO_VAGUE = 3
#: The ACLED classification of a Battles event fought against civilians (the codebook keeps battles
#: for two armed, organised sides).
_ON_CIVILIANS = AcledType("Political violence", "Violence against civilians", "Attack")
#: Joins several values in one ACLED cell (associated actors, sources), as ACLED's own files do.
_JOIN = "; "
_NO_COUNTRY = "XXX"  # event_id_cnty's prefix for an event placed in no country


def _inter(
    actor: Actor | None, kind: AcledType, place: str | None, tables: ExportTables, first: bool
) -> int | None:
    """The ACLED inter code of an actor: its sector's (a state named with no sector: state forces),
    then ACLED's rules for who acts in a demonstration (protesters, rioters) and for state forces
    acting outside their country (external forces)."""
    if actor is None:
        return None
    country = actor.get("country")
    inter = tables.inter.get(actor.get("sector") or "")
    if inter is None and country and actor.get("actor_id") == country:
        inter = STATE_FORCES  # a state named as such ("Israel struck"): ACLED's state forces
    if inter is None:
        return None
    if first and inter == CIVILIANS and kind.disorder_type == "Demonstrations":
        return RIOTERS if kind.event_type == "Riots" else PROTESTERS
    if inter == STATE_FORCES and place and country and country in tables.countries and country != place:
        return EXTERNAL_FORCES
    return inter


def _name(actor: Actor | None, tables: ExportTables) -> str | None:
    """An actor as ACLED names one: its name, with its country in brackets unless the name is that
    country's ("Police (Kosovo)", "Hamas (Palestine)", "Egypt")."""
    if actor is None:
        return None
    name = " ".join(str(actor.get("name") or actor.get("text") or "").split())  # a text may span lines
    code = actor.get("country")
    country = tables.countries.get(code) if code else None
    if country is None or country.name in name:
        return name
    return f"{name} ({country.name})"


def _interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction: the lower inter code first; one side alone is that code times ten."""
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    if not codes:
        return None
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


def _place(row: Row, tables: ExportTables) -> Row:
    code = row.get("location_country")
    country = tables.countries.get(code) if code else None
    precision = row.get("location_precision")
    return {
        "iso": country.iso_numeric if country else None,
        "region": None,  # ACLED's regions are its own grouping of countries; no table of them is kept
        "country": country.name if country else None,
        # The store keeps GeoNames' admin1 code; its name is written only when the place is the division.
        "admin1": row.get("location_name") if precision == "admin1" else row.get("location_admin1"),
        "admin2": row.get("location_name") if precision == "admin2" else None,
        "admin3": None,
        "location": row.get("location_name"),
        "latitude": row.get("location_lat"),
        "longitude": row.get("location_lon"),
        "geo_precision": None if precision is None else _GEO_PRECISION.get(precision, _GEO_VAGUE),
    }


def _date(row: Row) -> Row:
    found = event_day(row)
    if found is None:
        return {"event_date": None, "year": None, "time_precision": None}
    day, precision = found
    return {
        "event_date": day.isoformat(),
        "year": day.year,
        "time_precision": _TIME_PRECISION.get(precision, _TIME_VAGUE),
    }


def fatalities(magnitudes: object) -> int | None:
    """The killed an event is told with, or None (empty, never 0: no count is not "nobody died"): its
    own killed count by the rule of :func:`newsevents.magnitudes.totals.own_count` (best, else low;
    running tolls never; sides add up, restatements give the largest)."""
    return own_count(magnitudes, "killed")


def _timestamp(value: str | None) -> int | None:
    return None if not value else int(dt.datetime.fromisoformat(value).replace(tzinfo=dt.UTC).timestamp())


def records(report: Report, tables: ExportTables) -> Iterator[Row]:
    """The ACLED rows of one report, none when ACLED records no event of its type and mode."""
    row = report.event
    kind = tables.acled_type(str(row["event_type"]), row.get("mode"))
    if kind is None:
        return
    place = row.get("location_country")
    common: Row = {
        **_date(row),
        **_place(row, tables),
        "source": _JOIN.join(report.sources) or None,
        "source_scale": None,  # no outlet is known as local, national or international
        "notes": row.get("evidence_text"),
        "fatalities": fatalities(row.get("magnitudes")),
        "tags": None,
        "timestamp": _timestamp(row.get("run_started")),
    }
    for k, pair in enumerate(dyads(row.get("source_actors") or [], row.get("target_actors") or [])):
        inter2 = _inter(pair.actor2, kind, place, tables, first=False)
        this = _ON_CIVILIANS if kind.event_type == "Battles" and inter2 == CIVILIANS else kind
        inter1 = _inter(pair.actor1, this, place, tables, first=True)
        yield {
            "event_id_cnty": f"{place or _NO_COUNTRY}{global_event_id(row['event_id'], k)}",
            "disorder_type": this.disorder_type,
            "event_type": this.event_type,
            "sub_event_type": this.sub_event_type,
            "actor1": _name(pair.actor1, tables),
            "assoc_actor_1": _JOIN.join(str(_name(a, tables)) for a in pair.assoc1) or None,
            "inter1": inter1,
            "actor2": _name(pair.actor2, tables),
            "assoc_actor_2": _JOIN.join(str(_name(a, tables)) for a in pair.assoc2) or None,
            "inter2": inter2,
            "interaction": _interaction(inter1, inter2),
            "civilian_targeting": "Civilian targeting"
            if this.disorder_type == "Political violence" and inter2 == CIVILIANS
            else None,
            **common,
        }


def write(path: Path, reports: Iterable[Report], tables: ExportTables) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for report in reports:
            for record in records(report, tables):
                writer.writerow(["" if record[c] is None else record[c] for c in COLUMNS])
                count += 1
    return count
