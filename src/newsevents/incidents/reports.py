"""One stored factual event as the merging rules see it: a :class:`Report` with its date as an
interval of days, its location, its actors' countries and the outlet that published it."""

from __future__ import annotations

import calendar
import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from newsevents.incidents import constants as K


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    precision: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None


@dataclass(frozen=True, slots=True)
class Report:
    event_id: str
    article_id: str
    outlet: str
    event_type: str
    mode: str | None
    sources: frozenset[str]
    targets: frozenset[str]
    date_value: str | None
    date_precision: str | None
    #: First and last day the date allows (a month: its first and last day), None when undated.
    lo: dt.date | None
    hi: dt.date | None
    fallback: bool
    place: Place | None
    confidence: float
    #: The sentences it was told in (its evidence, then its other mentions'), for text similarity.
    texts: tuple[str, ...] = ()

    @property
    def span_days(self) -> int | None:
        return None if self.lo is None or self.hi is None else (self.hi - self.lo).days + 1

    @property
    def specific(self) -> bool:
        """Whether the report is located closely enough to tell events apart (a city, an oblast)."""
        return self.place is not None and self.place.precision in K.SPECIFIC_PRECISIONS


def outlet_of(url: str | None, source: str | None, article_id: str) -> str:
    """Who published the article: the URL's host without ``www.``, else the stream it came from."""
    if url:
        try:
            host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
        except ValueError:  # not a URL at all ("[1, 2]", "http://[broken"): feeds put anything there
            host = ""
        if host:
            return host.removeprefix("www.")
    return source or article_id


def date_interval(value: str | None, precision: str | None) -> tuple[dt.date, dt.date] | None:
    """The days a stored event date (YYYY-MM-DD, YYYY-MM or YYYY at ``precision``) allows."""
    if not value:
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2:
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        day = dt.date(year, month, int(parts[2]))
    except ValueError:
        return None
    if precision == "week":  # the stage writes a week as its Monday (a weekend as its Saturday)
        return day, day + dt.timedelta(days=6)
    if precision == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(year, month)[1])
    if precision in (None, "day", "time"):
        return day, day
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _countries(value: Any) -> frozenset[str]:
    return frozenset(str(c) for c in value or () if c)


def _place(row: Mapping[str, Any]) -> Place | None:
    name = row.get("location_name")
    if not name:
        return None
    return Place(
        name=str(name),
        precision=row.get("location_precision"),
        country=row.get("location_country"),
        admin1=row.get("location_admin1"),
        lat=row.get("location_lat"),
        lon=row.get("location_lon"),
        geonameid=row.get("location_geonameid"),
    )


def _texts(row: Mapping[str, Any]) -> tuple[str, ...]:
    mentions = row.get("mentions") or []
    if isinstance(mentions, str):  # the store's JSON column, as DuckDB returns it
        mentions = json.loads(mentions)
    found = [row.get("evidence_text")] + [m.get("evidence_text") for m in mentions if isinstance(m, dict)]
    return tuple(dict.fromkeys(str(t) for t in found if t))


def report_of(row: Mapping[str, Any]) -> Report:
    """The report of a stored event row (``Store.events()``); ``article_source`` is read if present."""
    value, precision = row.get("date_value"), row.get("date_precision")
    fallback = str(row.get("date_reason") or "").startswith(K.FALLBACK_REASON)
    interval = date_interval(value, precision)
    published = row.get("article_published")
    if fallback and published:
        # The fallback says only "around publication": the event happened on the publication day
        # or shortly before, which is closer than the month its date gives.
        day = dt.date.fromisoformat(str(published)[:10])
        interval = (day - dt.timedelta(days=K.FALLBACK_LOOKBACK_DAYS), day)
    article_id = str(row["article_id"])
    return Report(
        event_id=str(row["event_id"]),
        article_id=article_id,
        outlet=outlet_of(row.get("article_url"), row.get("article_source"), article_id),
        event_type=str(row["event_type"]),
        mode=row.get("mode") or None,
        sources=_countries(row.get("source_countries")),
        targets=_countries(row.get("target_countries")),
        date_value=value,
        date_precision=precision,
        lo=None if interval is None else interval[0],
        hi=None if interval is None else interval[1],
        fallback=fallback,
        place=_place(row),
        confidence=float(row.get("confidence") or 0.0),
        texts=_texts(row),
    )
