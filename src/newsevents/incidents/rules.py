"""When two reports tell the same real-world event: the compatibility rules, each giving a verdict and
the words of the reason a member joined with ("same type ASSAULT, RUS→UKR, 2025-11-16 ±0 d, Kharkiv
≤ 1 km").

Every rule has three outcomes: evidence for (the reports agree on something specific), no evidence
(one side does not say), and a contradiction (two different cities, disjoint attackers, dates apart).
A contradiction forbids the two reports from ever sharing an incident, even through others.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from newsevents.incidents import constants as K
from newsevents.incidents.reports import Place, Report
from newsevents.incidents.types import TypePairs

Verdict = Literal["match", "unknown", "conflict"]


@dataclass(frozen=True, slots=True)
class DateRelation:
    #: exact: both dated to the day in the text; contained: a week or month holds the other date;
    #: weak: a publication-date fallback on either side; undated: one side has no date at all (its
    #: article gave no publication date either); None: apart or too vague to join.
    grade: Literal["exact", "contained", "weak", "undated"] | None
    conflict: bool
    detail: str
    gap: int = 0  # days between the two dates' intervals


@dataclass(frozen=True, slots=True)
class Relation:
    verdict: Verdict
    detail: str
    shared: int = 0  # actor sides whose countries intersect


@dataclass(frozen=True, slots=True)
class Link:
    strength: int
    reason: str
    #: Days between the two dates: of two links of one strength, the closer in time is applied first.
    gap: int = 0
    #: How alike the evidence sentences are: of two links of one strength, the more alike goes first.
    similarity: float = 0.0


def km(a: Place, b: Place) -> float | None:
    """Great-circle distance, or None when either lacks coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def date_relation(a: Report, b: Report) -> DateRelation:
    if a.lo is None or a.hi is None or b.lo is None or b.hi is None:
        dated = b if a.lo is None else a
        if dated.span_days is not None and dated.span_days > K.MAX_JOIN_SPAN_DAYS:
            return DateRelation(None, False, f"{dated.date_value} vs undated: too vague to join")
        return DateRelation("undated", False, f"{dated.date_value or 'undated'} ~ undated")
    gap = max(0, (max(a.lo, b.lo) - min(a.hi, b.hi)).days)
    if gap > K.DAY_SLACK_DAYS:
        return DateRelation(None, True, f"{a.date_value} vs {b.date_value}: {gap} d apart")
    if max(a.span_days or 0, b.span_days or 0) > K.MAX_JOIN_SPAN_DAYS:
        return DateRelation(None, False, f"{a.date_value} vs {b.date_value}: too vague to join")
    if a.fallback or b.fallback:
        dated = b if a.fallback else a
        other = "publication fallback" if a.fallback and b.fallback else "a publication fallback"
        return DateRelation("weak", False, f"{dated.date_value} ~ {other} (weak)", gap)
    if a.date_precision in ("day", "time") and b.date_precision in ("day", "time"):
        value = a.date_value if a.date_value == b.date_value else f"{a.date_value}/{b.date_value}"
        return DateRelation("exact", False, f"{value} ±{gap} d", gap)
    fine, coarse = (a, b) if (a.span_days or 0) <= (b.span_days or 0) else (b, a)
    return DateRelation("contained", False, f"{fine.date_value} in {coarse.date_value}", gap)


def _side(mine: frozenset[str], theirs: frozenset[str]) -> Verdict:
    if not mine or not theirs:
        return "unknown"
    return "match" if mine & theirs else "conflict"


def _label(mine: frozenset[str], theirs: frozenset[str]) -> str:
    common = mine & theirs
    return "/".join(sorted(common)) if common else "?"


def actor_relation(a: Report, b: Report) -> Relation:
    """Source countries against source countries and targets against targets; for a symmetric type
    ("met", "agreed with") the sides may also be swapped."""
    pairs = [(a.sources, a.targets, b.sources, b.targets, "")]
    if a.event_type in K.SYMMETRIC_TYPES:
        pairs.append((a.sources, a.targets, b.targets, b.sources, " (sides swapped)"))
    best: Relation | None = None
    for s1, t1, s2, t2, note in pairs:
        sides = (_side(s1, s2), _side(t1, t2))
        if "conflict" in sides:
            if best is None:
                detail = f"{_label(s1, s1)}→{_label(t1, t1)} vs {_label(s2, s2)}→{_label(t2, t2)}"
                best = Relation("conflict", detail)
            continue
        shared = sides.count("match")
        found = Relation("match" if shared else "unknown", f"{_label(s1, s2)}→{_label(t1, t2)}{note}", shared)
        if best is None or best.verdict == "conflict" or found.shared > best.shared:
            best = found
    assert best is not None
    return best


def _admin1(p: Place) -> tuple[str | None, str | None]:
    return (p.country, p.admin1)


def place_relation(a: Report, b: Report) -> Relation:
    p, q = a.place, b.place
    if p is None or q is None:
        return Relation("unknown", "")
    if p.country and q.country and p.country != q.country:
        return Relation("conflict", f"{p.name} ({p.country}) vs {q.name} ({q.country})")
    if p.precision not in K.SPECIFIC_PRECISIONS or q.precision not in K.SPECIFIC_PRECISIONS:
        return Relation("unknown", p.country or q.country or "")
    if p.precision == "admin1" or q.precision == "admin1":
        return _admin1_relation(p, q)
    distance = 0.0 if p.geonameid is not None and p.geonameid == q.geonameid else km(p, q)
    names = p.name if p.name == q.name else f"{p.name}/{q.name}"
    if distance is None:
        same = p.name == q.name
        return Relation("match" if same else "unknown", names if same else "")
    if distance <= K.CITY_KM:
        return Relation("match", f"{names} ≤ {max(1, math.ceil(distance))} km")
    return Relation("conflict", f"{names} {distance:.0f} km apart")


def _admin1_relation(p: Place, q: Place) -> Relation:
    """An oblast holds a city of it; two oblasts are one only when they are the same."""
    area, other = (p, q) if p.precision == "admin1" else (q, p)
    label = f"{other.name} in {area.name}" if other is not area else area.name
    if area.admin1 and other.admin1:
        same = _admin1(area) == _admin1(other) or (area.country is None and area.admin1 == other.admin1)
        return Relation("match", label) if same else Relation("conflict", f"{p.name} vs {q.name}")
    distance = km(area, other)
    if distance is None:
        return Relation("unknown", "")
    if distance <= K.ADMIN1_KM:
        return Relation("match", f"{label} ({distance:.0f} km)")
    return Relation("conflict", f"{p.name}/{q.name} {distance:.0f} km apart")


def same_act(a: Report, b: Report, compatible: TypePairs) -> bool:
    """Whether the two types may name one act: equal, or a pair of ``compatible_types.tsv``."""
    return a.event_type == b.event_type or frozenset((a.event_type, b.event_type)) in compatible


def conflict(a: Report, b: Report, compatible: TypePairs = frozenset()) -> str | None:
    """Why ``a`` and ``b`` cannot be one event, or None when nothing contradicts it."""
    if not same_act(a, b, compatible):
        return f"{a.event_type} vs {b.event_type}"
    date = date_relation(a, b)
    if date.conflict:
        return date.detail
    for relation in (actor_relation(a, b), place_relation(a, b)):
        if relation.verdict == "conflict":
            return relation.detail
    return None


def identical(a: Report, b: Report) -> bool:
    """Two events of one article that agree on every field the rules read, mode included, with a date
    the text gave and a specific place: the article told the same event twice.

    The event_mentions stage has already folded the retellings it could see in the text, so two events
    of one article are two acts unless nothing at all tells them apart: never two of one sentence (what
    the events stage kept apart there are two acts: "arrested two judges and detained the former
    president"). Country-level places and fallback dates are what most acts of one article share
    ("imposed a state of emergency" and "arrested two judges", both COERCE, both the Maldives, both the
    publication month), so they are no evidence of one act; neither is the same type when the modes
    differ (martial law vs arrest)."""
    return (
        not (a.texts and b.texts and a.texts[0] == b.texts[0])
        and a.event_type == b.event_type
        and a.mode == b.mode
        and a.sources == b.sources
        and a.targets == b.targets
        and (a.date_value, a.date_precision, a.fallback) == (b.date_value, b.date_precision, b.fallback)
        and a.place == b.place
        and not a.fallback
        and a.specific
        and a.date_value is not None
    )


def link(
    a: Report, b: Report, similarity: float | Callable[[], float] = 0.0, compatible: TypePairs = frozenset()
) -> Link | None:
    """The link joining ``a`` and ``b`` into one incident, with its reason, or None.

    ``similarity`` is how alike their evidence sentences are (:mod:`incidents.similarity`), or a
    function computing it, called only for reports that nothing contradicts. No
    contradiction of type, date, actors or place, and enough agreement: the same place and day; the
    same place with a coarser or fallback date and shared actors; alike sentences and shared actors
    (whatever the date or place says, as long as nothing contradicts it); two compatible types only
    with alike sentences; or, weak links that join only where one incident fits (``cluster``), the
    same day and shared actors with no place on one side, the same place and shared actors with no
    date on one side, or (MATE, joining only reports that are each the only fit in their article)
    both dated, all actor sides shared and moderately alike sentences. Two events of one article join
    only when identical.
    """
    if not same_act(a, b, compatible):
        return None
    date = date_relation(a, b)
    if date.grade is None:
        return None
    place = place_relation(a, b)
    if place.verdict == "conflict":
        return None
    actors = actor_relation(a, b)
    if actors.verdict == "conflict":
        return None
    kind = a.event_type if a.event_type == b.event_type else f"{a.event_type}~{b.event_type}"
    parts = [f"same type {kind}" if a.event_type == b.event_type else f"compatible types {kind}"]
    parts += [actors.detail, date.detail]
    if place.detail:
        parts.append(place.detail)
    if a.article_id == b.article_id:
        told_twice = "same article, told twice: " + ", ".join(parts)
        return Link(K.IDENTICAL, told_twice) if identical(a, b) else None
    both_specific = a.specific and b.specific
    if place.verdict == "match" and both_specific and date.grade == "exact" and a.event_type == b.event_type:
        return Link(K.LOCATED_EXACT, ", ".join(parts), date.gap)
    # Computed only here: most pairs were decided above, and sentences are the costly part.
    if callable(similarity):
        similarity = similarity()
    if similarity >= K.TEXT_ALIKE:
        parts.append(f"alike sentences {similarity:.2f}")
    reason = ", ".join(parts)
    # Alike sentences about two different acts ("imposed a state of emergency" / "arrested two judges
    # shortly after imposing it") share their words; two modes given and different tell them apart.
    modes_differ = a.mode is not None and b.mode is not None and a.mode != b.mode
    alike = actors.shared > 0 and similarity >= K.TEXT_ALIKE and not modes_differ
    if a.event_type != b.event_type:
        if alike and date.grade != "undated":
            return Link(K.TEXT, reason, date.gap, similarity)
        return None
    if alike:
        return Link(K.TEXT, reason, date.gap, similarity)
    if place.verdict == "match" and both_specific:
        if date.grade == "undated":
            return Link(K.UNDATED, reason) if actors.shared else None
        return Link(K.LOCATED, reason, date.gap) if actors.shared else None
    if date.grade == "exact" and actors.verdict == "match" and not both_specific:
        return Link(K.UNLOCATED, reason, date.gap)
    # Both dated, every actor side agreeing, sentences moderately alike: mates (``cluster``).
    if actors.shared == 2 and date.grade != "undated" and similarity >= K.TEXT_MATE and not modes_differ:
        return Link(K.MATE, f"{reason}, sentences alike {similarity:.2f}", date.gap, similarity)
    return None


def mate_link(a: Report, b: Report) -> Link | None:
    """The link of two possible mates, or None: reports of two articles agreeing on what each says (one
    type, modes not different, shared actors) with nothing contradicting, however little their dates
    and places say. It joins only when something shows the two articles tell one story, and each
    report is the only such report of its article (``cluster``): two outlets retelling one rally each
    tell "only a few dozen demonstrators gathered" once, in words of their own."""
    if a.article_id == b.article_id or a.event_type != b.event_type:
        return None
    if a.mode is not None and b.mode is not None and a.mode != b.mode:
        return None
    date = date_relation(a, b)
    if date.grade is None or conflict(a, b) is not None:
        return None
    actors = actor_relation(a, b)
    if actors.shared == 0:
        return None
    parts = [f"same type {a.event_type}", actors.detail, date.detail]
    place = place_relation(a, b)
    if place.detail:
        parts.append(place.detail)
    return Link(K.MATE, ", ".join(parts), date.gap)
