"""The places stage: toponyms recognised, resolved to GeoNames and disambiguated by the article's context.

Three passes: every mention is first resolved on its own (population, name, capital, qualifier); the
results and the actors' countries make the article's focus; every mention is resolved again with that
focus, and a third time adding proximity to the cities the second pass was sure of; each time leaving
out the first-pass votes of every mention of the same name, so that a name cannot vote
itself into a country.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsevents.model import Document, PlaceMention, Provenance
from newsevents.places import constants as C
from newsevents.places.cues import PlaceCues
from newsevents.places.disambiguate import Focus, Resolution, resolve
from newsevents.places.gazetteer import Candidate, Gazetteer, Place
from newsevents.places.mention import RawMention
from newsevents.places.normalize import normalise
from newsevents.places.recognize import namesake_use, recognise
from newsevents.span_index import SpanIndex


def place_mentions(doc: Document, gaz: Gazetteer, cues: PlaceCues, stage: str) -> list[PlaceMention]:
    """Every toponym of ``doc`` with its use, resolved in the article's context."""
    raw = recognise(doc.spacy, gaz, doc.actors, cues)
    first = [resolve(m.candidates, None, m.qualifier, m.government_of) for m in raw]
    # Only locations vote: a government's country votes through its actor below, and a demonym
    # ("Russian-made jets") says nothing of where the story is.
    votes = [
        (r.place, _vote(r) * _weight(m)) if r is not None and m.use == "location" else None
        for m, r in zip(raw, first, strict=True)
    ]
    focus = Focus()
    for vote in votes:
        if vote is not None:
            focus.add_place(*vote)
    # Leave out the votes of every mention of the same name: three "Athens" in a Georgia story
    # must not vote each other into Greece.
    by_name: dict[str, list[tuple[Place, float]]] = {}
    for m, vote in zip(raw, votes, strict=True):
        group = by_name.setdefault(normalise(m.text), [])
        if vote is not None:
            group.append(vote)
    spans = _NameSpans(raw)
    # A country's own name keeps its actors' votes: "China" the state is "China" the country.
    country_names = {
        normalise(m.text) for m in raw if any(c.place.precision == "country" for c in m.candidates)
    }
    for actor in doc.actors:
        if actor.country and len(actor.country) == 3 and actor.country != "IGO":
            vote = (_country_only(actor.country), C.VOTE_ACTOR)
            focus.add_place(*vote)
            # An actor that is itself a city's name ("Tripoli" as a government)
            # carries the actor stage's own guess at that name: it must not vote for the name it is.
            key = spans.overlapping(actor.start, actor.end) or normalise(actor.text)
            if key in by_name and key not in country_names:
                by_name[key].append(vote)
    second = _resolve_all(raw, focus, by_name)
    # Third pass: the same, plus proximity to the cities the second pass resolved confidently.
    anchors = [
        (normalise(m.text), r.place)
        for m, r in zip(raw, second, strict=True)
        if r is not None
        and m.use == "location"
        and r.place.precision == "city"
        and r.confidence >= C.ANCHOR_MIN_CONFIDENCE
    ]
    final = _resolve_all(raw, focus, by_name, anchors)
    for m, r in zip(raw, final, strict=True):
        if r is not None and m.government_of and r.place.country != m.government_of:
            namesake_use(doc.spacy, m, r.place)
    main_city = _main_city(
        [r for m, r in zip(raw, final, strict=True) if not m.facility and m.use == "location"], focus
    )
    towns = _towns_by_division(raw, final)
    final = [_refine(r, towns) for r in final]
    return [_mention(doc, m, r, main_city, stage) for m, r in zip(raw, final, strict=True)]


def _resolve_all(
    raw: list[RawMention],
    focus: Focus,
    by_name: dict[str, list[tuple[Place, float]]],
    anchors: Sequence[tuple[str, Place]] = (),
) -> list[Resolution | None]:
    # The mentions of one name are resolved together, its votes left out once: leaving them out and
    # back for each mention made a name told n times cost n² (issue 10). The same holds for the
    # points of proximity, kept once each: the nearest is the same, and a long text repeats them.
    out: list[Resolution | None] = [None] * len(raw)
    by_key: dict[str, list[int]] = {}
    for i, m in enumerate(raw):
        by_key.setdefault(normalise(m.text), []).append(i)
    points = list(dict.fromkeys((k, (p.lat, p.lon)) for k, p in anchors))
    for key, members in by_key.items():
        same = by_name[key]
        for vote in same:
            focus.remove_place(*vote)
        focus.near = list(dict.fromkeys(point for k, point in points if k != key))
        for i in members:
            m = raw[i]
            out[i] = resolve(_in_focus(m, focus), focus, m.qualifier, m.government_of)
        for vote in same:
            focus.add_place(*vote)
    focus.near = []
    return out


def _mention(
    doc: Document, m: RawMention, res: Resolution | None, main_city: Place | None, stage: str
) -> PlaceMention:
    sentence = doc.sentence_at(m.start)
    facility_here = m.facility and main_city is not None and (res is None or _small_city(res.place))
    if res is not None and not facility_here:
        p = res.place
        prov = Provenance(stage, res.confidence, f"{m.reason}; {res.reason}")
        return _filled(m, sentence, prov, p, p.precision)
    if facility_here and main_city is not None:
        reason = f"{m.reason}; not in the gazetteer: a facility or street, placed at the article's main city"
        prov = Provenance(stage, C.FACILITY_CONFIDENCE, reason)
        return _filled(m, sentence, prov, main_city, "city")
    prov = Provenance(stage, C.UNRESOLVED_CONFIDENCE, f"{m.reason}; not in the gazetteer")
    return PlaceMention(m.start, m.end, m.text, sentence, prov, name=m.text, use=m.use)


def _filled(m: RawMention, sentence: int, prov: Provenance, p: Place, precision: str) -> PlaceMention:
    return PlaceMention(
        m.start,
        m.end,
        m.text,
        sentence,
        prov,
        name=p.name,
        geonameid=p.geonameid,
        lat=p.lat,
        lon=p.lon,
        country=p.country,
        admin1=p.admin1,
        precision=p.precision if precision == p.precision else "city",
        use=m.use,
    )


def _in_focus(m: RawMention, focus: Focus) -> list[Candidate]:
    """Candidates of a name matched without its generic suffix ("Jackson County" as "Jackson") are
    kept to the article's own divisions when any lies there: the town is only a stand-in."""
    if not m.suffix_dropped:
        return m.candidates
    kept = [c for c in m.candidates if focus.admin1_share((c.place.country or "", c.place.admin1 or "")) > 0]
    return kept or m.candidates


def _towns_by_division(
    raw: Sequence[RawMention], resolutions: Sequence[Resolution | None]
) -> dict[tuple[str, str], Place]:
    """The town the article names most often (first named on ties) in each first-level division,
    among the confidently resolved locations."""
    counts: dict[tuple[str, str], dict[str, int]] = {}
    places: dict[str, Place] = {}
    for m, r in zip(raw, resolutions, strict=True):
        if r is None or m.use != "location" or r.confidence < C.ANCHOR_MIN_CONFIDENCE:
            continue
        p = r.place
        if p.precision == "city" and p.country and p.admin1:
            per = counts.setdefault((p.country, p.admin1), {})
            per[p.key] = per.get(p.key, 0) + 1
            places.setdefault(p.key, p)
    return {div: places[max(per, key=lambda k: per[k])] for div, per in counts.items()}


def _refine(res: Resolution | None, towns: dict[tuple[str, str], Place]) -> Resolution | None:
    """An entry whose point is a stand-in (a county at a town of its name or its state's point) moves
    to the town of its division that the article names most: local news names a county around its
    own towns. On the development sets this beat the town of the county's name, which beat the
    state's point."""
    if res is None or not res.place.stand_in:
        return res
    p = res.place
    confidence = min(res.confidence, C.APPROXIMATE_POINT_CONFIDENCE)
    town = towns.get((p.country or "", p.admin1 or ""))
    if town is None:
        reason = f"{res.reason}; no point of its own: placed at {p.stand_in}"
        return Resolution(p, confidence, reason)
    moved = replace(p, lat=town.lat, lon=town.lon)
    reason = f"{res.reason}; no point of its own: placed at {town.name}, the article's town in that state"
    return Resolution(moved, confidence, reason)


def _country_only(iso3: str) -> Place:
    """A stand-in place that votes for a country and no division."""
    return Place(key=f"country-vote:{iso3}", name=iso3, lat=0.0, lon=0.0, precision="country", country=iso3)


class _NameSpans:
    """The normalised name of each distinct toponym span, looked up by overlap with an actor's span."""

    def __init__(self, raw: list[RawMention]) -> None:
        # one entry per span, the last mention's name, in the order of first appearance (as a dict
        # keyed by span keeps them)
        names = {(m.start, m.end): normalise(m.text) for m in raw}
        self._spans = list(names.items())
        self._index = SpanIndex(span for span, _ in self._spans)

    def overlapping(self, start: int, end: int) -> str | None:
        """The name of the first span overlapping [start, end), or None."""
        found = self._index.overlapping(start, end)
        return self._spans[found[0]][1] if found else None


def _weight(m: RawMention) -> float:
    """A dateline names where the story was filed: the best single clue to its country."""
    return C.VOTE_DATELINE if "(dateline)" in m.reason else 1.0


def _small_city(place: Place) -> bool:
    return place.precision == "city" and place.population < C.UNLABELLED_CITY_MIN_POPULATION


def _vote(res: Resolution | None) -> float:
    if res is None:
        return 0.0
    base = C.VOTE_CITY if res.place.precision == "city" else C.VOTE_COUNTRY
    return base * res.confidence


def _main_city(resolutions: Sequence[Resolution | None], focus: Focus) -> Place | None:
    """The city of the article's main country that it names most often (first named on ties), when
    some other named place corroborates that country: a lone surname that matched a foreign hamlet
    must not pull every street of the article abroad."""
    if not focus.countries:
        return None
    top = max(focus.countries, key=lambda k: focus.countries[k])
    names = {r.place.key for r in resolutions if r is not None and r.place.country == top}
    if len(names) < 2:
        return None
    counts: dict[str, int] = {}
    places: dict[str, Place] = {}
    for r in resolutions:
        if r is not None and r.place.precision == "city" and r.place.country == top:
            counts[r.place.key] = counts.get(r.place.key, 0) + 1
            places.setdefault(r.place.key, r.place)
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    return places[best]
