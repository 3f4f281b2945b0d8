"""Event records to files: JSON Lines, CSV, Parquet (written by DuckDB itself) and GeoJSON.

Writers stream: they take an iterable of records and never hold the whole export in memory.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
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


def csv_chunks(columns: Sequence[str], records: Iterable[Row]) -> Iterator[str]:
    """CSV text: the header line, then one chunk per record (for a file or an HTTP response)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(columns)
    yield _drain(buffer)
    for record in records:
        writer.writerow([_csv_cell(record[c]) for c in columns])
        yield _drain(buffer)


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def write_csv(path: Path, columns: Sequence[str], records: Iterable[Row]) -> int:
    count = -1  # the first chunk is the header
    with path.open("w", encoding="utf-8", newline="") as out:
        for chunk in csv_chunks(columns, records):
            out.write(chunk)
            count += 1
    return count


#: DuckDB's memory for a Parquet export. Unbounded, it holds the sort of every row in memory (3.1 GB
#: of peak RSS for 1,000,000 events); bounded, it spills the sort to its temporary folder and the
#: file comes out the same. 500 MB keeps an export inside a worker's budget (issue 12: 600 MB).
EXPORT_MEMORY = "500MB"


def write_parquet(path: Path, relation: duckdb.DuckDBPyRelation, con: duckdb.DuckDBPyConnection) -> int:
    """Stream ``relation`` into a Parquet file at ``path``; returns its rows (read from the file's
    footer rather than by running the query a second time)."""
    con.execute(f"SET memory_limit = '{EXPORT_MEMORY}'")
    relation.write_parquet(str(path))
    rows = con.execute("SELECT count(*) FROM read_parquet(?)", [str(path)]).fetchall()
    return int(rows[0][0])


def features(records: Iterable[Row], id_key: str = "event_id") -> Iterator[Row]:
    """A GeoJSON Feature (a point, the record as its properties) for each record with coordinates;
    the others are left out."""
    for record in records:
        lat, lon = record["location_lat"], record["location_lon"]
        if lat is not None and lon is not None:
            yield {
                "type": "Feature",
                "id": record[id_key],
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": record,
            }


def geojson_chunks(found: Iterable[Row], members: Mapping[str, Any] | None = None) -> Iterator[str]:
    """A FeatureCollection of ``found`` features as text, with ``members`` (such as a page's total)
    as foreign members of the collection."""
    head = "".join(f"{_dumps(k)}: {_dumps(v)}, " for k, v in (members or {}).items())
    yield '{"type": "FeatureCollection", ' + head + '"features": [\n'
    for n, feature in enumerate(found):
        yield (",\n" if n else "") + _dumps(feature)
    yield "\n]}\n"


def write_geojson(path: Path, records: Iterable[Row]) -> int:
    """A FeatureCollection of the events that have coordinates; the others are left out."""
    count = 0

    def counted() -> Iterator[Row]:
        nonlocal count
        for feature in features(records):
            count += 1
            yield feature

    with path.open("w", encoding="utf-8", newline="\n") as out:
        for chunk in geojson_chunks(counted()):
            out.write(chunk)
    return count
