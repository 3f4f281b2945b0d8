"""Event records to files: JSON Lines, CSV, Parquet (written by DuckDB itself) and GeoJSON.

Writers stream: they take an iterable of records and never hold the whole export in memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb

from newsevents.errors import NewsEventsError

FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "geojson")

Row = dict[str, Any]


def check_format(fmt: str) -> str:
    name = fmt.strip().lower()
    if name not in FORMATS:
        raise NewsEventsError("E210", fmt=fmt)
    return name


#: Characters that JSON leaves raw but that Python's ``str.splitlines`` and JavaScript treat as line
#: breaks: escaped so that one record stays on one line for every reader of JSON Lines.
_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False).translate(_LINE_BREAKS)


def write_jsonl(path: Path, records: Iterable[Row]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for record in records:
            out.write(_dumps(record) + "\n")
            count += 1
    return count


def _csv_cell(value: Any) -> Any:
    # Lists and objects (actors, countries) become JSON so that a spreadsheet cell can be parsed back.
    return _dumps(value) if isinstance(value, list | dict) else value


def write_csv(path: Path, columns: Sequence[str], records: Iterable[Row]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(columns)
        for record in records:
            writer.writerow([_csv_cell(record[c]) for c in columns])
            count += 1
    return count


def write_parquet(path: Path, relation: duckdb.DuckDBPyRelation) -> int:
    relation.write_parquet(str(path))
    rows = relation.aggregate("count(*)").fetchall()
    return int(rows[0][0])


def write_geojson(path: Path, records: Iterable[Row]) -> int:
    """A FeatureCollection of the events that have coordinates; the others are left out."""
    count = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write('{"type": "FeatureCollection", "features": [\n')
        for record in records:
            lat, lon = record["location_lat"], record["location_lon"]
            if lat is None or lon is None:
                continue
            feature = {
                "type": "Feature",
                "id": record["event_id"],
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": record,
            }
            out.write((",\n" if count else "") + _dumps(feature))
            count += 1
        out.write("\n]}\n")
    return count
