"""Choose among same-named gazetteer entries using the article's context.

Terms (weights in :mod:`newsevents.places.constants`): population prior, main name vs alternate name,
national capital, the article's country focus, its first-level-division focus, and an explicit
qualifier ("Paris, Texas") that contains the candidate.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsevents.places import constants as C
from newsevents.places.gazetteer import Candidate, Place


@dataclass(slots=True)
class Focus:
    """Votes for countries and first-level divisions, from the article's places and actors."""

    countries: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    admin1: defaultdict[tuple[str, str], float] = field(default_factory=lambda: defaultdict(float))
    #: Points of other places the article names (cities resolved with context), for proximity.
    near: list[tuple[float, float]] = field(default_factory=list)

    def add_place(self, place: Place, weight: float) -> None:
        if place.country:
            self.countries[place.country] += weight
            if place.admin1:
                self.admin1[(place.country, place.admin1)] += weight

    def remove_place(self, place: Place, weight: float) -> None:
        self.add_place(place, -weight)

    def country_share(self, iso3: str) -> float:
        total = sum(v for v in self.countries.values() if v > 0)
        value = self.countries.get(iso3, 0.0)
        return value / total if total > 0 and value > 0 else 0.0

    def admin1_share(self, key: tuple[str, str]) -> float:
        total = sum(v for v in self.admin1.values() if v > 0)
        value = self.admin1.get(key, 0.0)
        return value / total if total > 0 and value > 0 else 0.0


@dataclass(frozen=True, slots=True)
class Resolution:
    place: Place
    confidence: float
    reason: str


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def contains(outer: Place, inner: Place) -> bool:
    """Whether ``outer`` (a country or first-level division) holds ``inner``."""
    if outer.country is None or inner.country != outer.country or outer.key == inner.key:
        return False
    if outer.precision == "country":
        return True
    return outer.precision == "admin1" and outer.admin1 is not None and inner.admin1 == outer.admin1


def score(
    cand: Candidate,
    focus: Focus | None,
    qualifier: Place | None,
    own_towns: frozenset[tuple[str, str]] = frozenset(),
    government_of: str | None = None,
) -> tuple[float, list[str]]:
    """``own_towns``: the (country, admin1) of the city candidates, whose division's name must not take
    their division's focus from them ("New York" the city against the state). ``government_of``: the
    country whose government the actor stage read the name as."""
    place = cand.place
    why: list[str] = []
    total = C.POPULATION_WEIGHT * math.log10(place.population + 1)
    if cand.primary:
        total += C.PRIMARY_NAME_BONUS
    if place.capital and cand.primary:
        total += C.CAPITAL_BONUS
    if place.precision == "country":
        total += C.COUNTRY_BONUS
    if focus is not None and place.country:
        share = focus.country_share(place.country)
        if share > 0:
            total += C.FOCUS_PRESENCE + C.FOCUS_WEIGHT * share
            why.append(f"article focus {place.country} ({share:.2f})")
        if place.admin1:
            a_share = focus.admin1_share((place.country, place.admin1))
            division = place.precision == "admin1" and (place.country, place.admin1) not in own_towns
            if a_share > 0 and (place.precision in ("city", "admin2") or division):
                total += C.ADMIN1_FOCUS_PRESENCE + C.ADMIN1_FOCUS_WEIGHT * a_share
                why.append(f"same division as other places ({a_share:.2f})")
    if focus is not None and focus.near and place.precision == "city":
        km = min(distance_km(place.lat, place.lon, lat, lon) for lat, lon in focus.near)
        if km <= C.PROXIMITY_NEAR_KM:
            total += C.PROXIMITY_WEIGHT
            why.append(f"{km:.0f} km from another place named")
        elif km <= C.PROXIMITY_FAR_KM:
            total += C.PROXIMITY_WEIGHT / 2
            why.append(f"{km:.0f} km from another place named")
    if government_of is not None and place.country == government_of:
        total += C.GOVERNMENT_COUNTRY_BONUS
        why.append(f"read as the government of {government_of}")
    if qualifier is not None and contains(qualifier, place):
        total += C.QUALIFIER_BONUS
        why.append(f"qualified by {qualifier.name}")
    return total, why


def resolve(
    cands: Sequence[Candidate],
    focus: Focus | None,
    qualifier: Place | None = None,
    government_of: str | None = None,
) -> Resolution | None:
    """The best candidate, a confidence from its margin, and a reason naming what decided."""
    if not cands:
        return None
    if any(c.primary and c.place.precision == "country" for c in cands):
        # A country's own name is the country: a city's alternate spelling ("Mexico" for Mexico City)
        # must not win it through the article's focus on that city.
        cands = [c for c in cands if c.primary]
    towns = frozenset(
        (c.place.country, c.place.admin1)
        for c in cands
        if c.place.precision == "city" and c.place.country and c.place.admin1
    )
    scored = sorted(
        ((*score(c, focus, qualifier, towns, government_of), c) for c in cands), key=lambda t: -t[0]
    )
    best_score, why, best = scored[0]
    if len(scored) == 1:
        return Resolution(best.place, C.SOLE_ENTRY_CONFIDENCE, "only gazetteer entry of that name")
    margin = best_score - scored[1][0]
    confidence = round(margin / (margin + C.CONFIDENCE_MARGIN_SCALE), 3)
    reasons = why or ["largest/most prominent of the same-named entries"]
    others = len(scored) - 1
    return Resolution(best.place, confidence, f"{'; '.join(reasons)}; {others} other entries of that name")
