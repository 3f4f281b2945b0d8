"""The GDELT 2.0 event table: 61 tab-separated columns in GDELT's order, no header line (as GDELT's own
files, which its users read with the published column names). docs/EXPORTS.md gives the mapping of
every column and what is lost."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsevents.exports.dates import event_day
from newsevents.exports.dyads import Actor, Dyad, dyads
from newsevents.exports.reports import Report
from newsevents.exports.tables import ExportTables
from newsevents.flat import Row

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")  # fmt: skip
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
#: GDELT 2.0's event table, in its order (GDELT Event Codebook V2.0).
COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO), *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip

#: GDELT's geographic resolution codes.
GEO_COUNTRY, GEO_US_STATE, GEO_US_CITY, GEO_WORLD_CITY, GEO_WORLD_STATE = 1, 2, 3, 4, 5
#: No place: GDELT leaves an actor's or action's geography at type 0 with the other fields empty.
GEO_NONE = 0
#: The country whose divisions and cities GDELT types apart (2 and 3) from the rest of the world's.
_US = "USA"
#: Sentences from the top of the article that count as its lead for IsRootEvent: GDELT flags events of
#: the lead paragraph; the store keeps sentence numbers, not paragraphs, and the title line plus the
#: first sentence is what a lead paragraph of a wire story holds.
_ROOT_SENTENCES = 2
#: Hex digits of the SHA-1 of an event id (and dyad number) kept as GLOBALEVENTID: 60 bits, a positive
#: int64 for every reader.
_ID_HEX = 15


def global_event_id(event_id: str, dyad: int) -> int:
    return int(hashlib.sha1(f"{event_id}#{dyad}".encode()).hexdigest()[:_ID_HEX], 16)


def _cell(value: Any) -> str:
    # GDELT files have no quoting: a tab or line break inside a name would shift every later column.
    if value is None:
        return ""
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def _actor_code(actor: Actor, tables: ExportTables) -> str:
    country = actor.get("country") or ""
    kind = tables.cameo_types.get(actor.get("sector") or "", "")
    return country if kind == country else country + kind  # an IGO is "IGO", not "IGOIGO"


def _actor(prefix: str, actor: Actor | None, tables: ExportTables) -> Row:
    out: Row = {f"{prefix}{c}": None for c in _ACTOR}
    if actor is None:
        return out
    country = actor.get("country")
    out[f"{prefix}Code"] = _actor_code(actor, tables) or None
    out[f"{prefix}Name"] = str(actor.get("name") or actor.get("text") or "").upper() or None
    out[f"{prefix}CountryCode"] = country if country in tables.countries else None
    out[f"{prefix}Type1Code"] = tables.cameo_types.get(actor.get("sector") or "") or None
    return out


def geo_type(precision: str | None, country: str | None) -> int:
    """GDELT's resolution of a place from the precision of the event's location."""
    if precision == "country":
        return GEO_COUNTRY
    if precision in ("admin1", "admin2"):
        return GEO_US_STATE if country == _US else GEO_WORLD_STATE
    if precision in ("city", "point"):
        return GEO_US_CITY if country == _US else GEO_WORLD_CITY
    if precision == "region" and country:
        return GEO_WORLD_STATE
    return GEO_NONE


def _action_geo(row: Row, tables: ExportTables) -> Row:
    out: Row = {f"ActionGeo_{c}": None for c in _GEO}
    kind = geo_type(row.get("location_precision"), row.get("location_country"))
    out["ActionGeo_Type"] = kind
    if kind == GEO_NONE:
        return out
    code = row.get("location_country")
    country = tables.countries.get(code) if code else None
    fips = country.fips if country else None
    admin1 = row.get("location_admin1")
    adm1 = fips + admin1 if fips and admin1 and kind != GEO_COUNTRY else fips
    name = row.get("location_name") or ""
    out.update(
        {
            "ActionGeo_FullName": f"{name}, {country.name}" if country and name != country.name else name,
            "ActionGeo_CountryCode": fips,
            "ActionGeo_ADM1Code": adm1,
            "ActionGeo_Lat": row.get("location_lat"),
            "ActionGeo_Long": row.get("location_lon"),
            "ActionGeo_FeatureID": fips
            if kind == GEO_COUNTRY
            else adm1
            if kind in (GEO_US_STATE, GEO_WORLD_STATE)
            else row.get("location_geonameid"),
        }
    )
    return out


def _is_root(row: Row) -> int:
    sentences = [row.get("sentence"), *(m.get("sentence") for m in row.get("mentions") or [])]
    return int(any(s is not None and s < _ROOT_SENTENCES for s in sentences))


def _dates(row: Row) -> Row:
    found = event_day(row)
    if found is None:
        return {"SQLDATE": None, "MonthYear": None, "Year": None, "FractionDate": None}
    day, _ = found
    return {
        "SQLDATE": int(day.strftime("%Y%m%d")),
        "MonthYear": day.year * 100 + day.month,
        "Year": day.year,
        # GDELT's own formula: (MONTH * 30 + DAY) / 365 after the year.
        "FractionDate": round(day.year + (day.month * 30 + day.day) / 365, 4),
    }


def _added(value: str | None) -> int | None:
    return None if not value else int(dt.datetime.fromisoformat(value).strftime("%Y%m%d%H%M%S"))


def records(report: Report, tables: ExportTables) -> Iterator[Row]:
    """The GDELT rows of one report: one per directed dyad of its representative event."""
    row = report.event
    cameo = row.get("cameo")
    common: Row = {
        **_dates(row),
        "IsRootEvent": _is_root(row),
        "EventCode": cameo,
        "EventBaseCode": cameo[:3] if cameo else None,
        "EventRootCode": cameo[:2] if cameo else None,
        "QuadClass": row.get("quad_class"),
        "GoldsteinScale": tables.goldstein_of(cameo),
        "NumMentions": report.n_mentions,
        "NumSources": report.n_sources,
        "NumArticles": report.n_articles,
        "AvgTone": None,  # no tone is measured
        **{f"Actor1Geo_{c}": None for c in _GEO},
        **{f"Actor2Geo_{c}": None for c in _GEO},
        "Actor1Geo_Type": GEO_NONE,
        "Actor2Geo_Type": GEO_NONE,
        **_action_geo(row, tables),
        "DATEADDED": _added(row.get("run_started")),
        "SOURCEURL": row.get("article_url") or row.get("article_source"),
    }
    pairs: list[Dyad] = dyads(row.get("source_actors") or [], row.get("target_actors") or [])
    for k, pair in enumerate(pairs):
        yield {
            "GLOBALEVENTID": global_event_id(row["event_id"], k),
            **common,
            **_actor("Actor1", pair.actor1, tables),
            **_actor("Actor2", pair.actor2, tables),
        }


def write(path: Path, reports: Iterable[Report], tables: ExportTables) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for report in reports:
            for record in records(report, tables):
                out.write("\t".join(_cell(record[c]) for c in COLUMNS) + "\n")
                count += 1
    return count
