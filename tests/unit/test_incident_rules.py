"""The rules that decide whether two stored event rows report one real-world event, and the grouping
built on them: rows are written by hand, so these tests need no spaCy model."""

from __future__ import annotations

import random
from collections import Counter
from typing import Any

from newsevents.event_dates.dating import PUBLICATION_FALLBACK
from newsevents.incidents import constants as K
from newsevents.incidents import group_incidents, report_of
from newsevents.incidents.cluster import _dated_candidates
from newsevents.incidents.reports import date_interval, outlet_of
from newsevents.incidents.rules import actor_relation, conflict, date_relation, link, place_relation
from newsevents.incidents.similarity import TextSimilarity
from newsevents.incidents.types import load_compatible_types, type_groups

# (name, lat, lon, country, admin1, precision, geonameid)
KHARKIV = ("Kharkiv", 49.98081, 36.25272, "UKR", "07", "city", 706483)
PISOCHYN = ("Pisochyn", 49.95, 36.09, "UKR", "07", "city", 698155)  # a suburb, ~12 km west
KHARKIV_OBLAST = ("Kharkiv Oblast", 49.5, 36.5, "UKR", "07", "admin1", 706482)
ODESA = ("Odesa", 46.47747, 30.73262, "UKR", "17", "city", 698740)
UKRAINE = ("Ukraine", 49.0, 32.0, "UKR", None, "country", 690791)
BELGOROD = ("Belgorod", 50.61074, 36.58015, "RUS", "09", "city", 578072)


def row(
    event_id: str,
    article: str | None = None,
    type: str = "ASSAULT",
    mode: str | None = None,
    source: tuple[str, ...] = ("RUS",),
    target: tuple[str, ...] = ("UKR",),
    date: str | None = "2025-11-16",
    precision: str | None = "day",
    fallback: bool = False,
    place: tuple[Any, ...] | None = KHARKIV,
    modality: str = "reported",
    confidence: float = 0.7,
    url: str | None = None,
) -> dict[str, Any]:
    article = article or "a-" + event_id
    name, lat, lon, country, admin1, loc_precision, geonameid = place or (None,) * 7
    return {
        "event_id": event_id,
        "article_id": article,
        "article_url": url or f"https://{article}.example/story",
        "event_type": type,
        "mode": mode,
        "source_countries": list(source),
        "target_countries": list(target),
        # a publication fallback dates the event to the publication month; the day is the article's
        "date_value": date[:7] if fallback and date else date,
        "date_precision": "month" if fallback else precision,
        "date_reason": PUBLICATION_FALLBACK if fallback else "time expression governing the trigger",
        "article_published": date if fallback else None,
        "location_name": name,
        "location_lat": lat,
        "location_lon": lon,
        "location_country": country,
        "location_admin1": admin1,
        "location_precision": loc_precision,
        "location_geonameid": geonameid,
        "modality": modality,
        "confidence": confidence,
    }


def R(*args: Any, **kwargs: Any) -> Any:
    return report_of(row(*args, **kwargs))


def members(incidents: list[Any]) -> list[set[str]]:
    return sorted(({m.report.event_id for m in inc.members} for inc in incidents), key=sorted)


# ---------------------------------------------------------------- dates


def test_a_day_matches_the_same_day_and_the_next_but_not_two_days_on() -> None:
    same = date_relation(R("a"), R("b"))
    assert same.grade == "exact" and same.detail == "2025-11-16 ±0 d"
    midnight = date_relation(R("a"), R("b", date="2025-11-17"))
    assert midnight.grade == "exact" and "±1 d" in midnight.detail
    apart = date_relation(R("a"), R("b", date="2025-11-18"))
    assert apart.grade is None and apart.conflict


def test_a_month_contains_its_days_and_a_year_is_too_vague() -> None:
    inside = date_relation(R("a"), R("b", date="2025-11", precision="month"))
    assert inside.grade == "contained" and inside.detail == "2025-11-16 in 2025-11"
    outside = date_relation(R("a"), R("b", date="2025-10", precision="month"))
    assert outside.conflict
    vague = date_relation(R("a"), R("b", date="2025", precision="year"))
    assert vague.grade is None and not vague.conflict
    assert date_interval("2025-11-17", "week") is not None
    assert link(R("a"), R("b", date="2025", precision="year")) is None


def test_a_publication_fallback_covers_the_days_before_publication_and_is_weak() -> None:
    fallback = R("b", date="2025-11-17", fallback=True)
    assert fallback.fallback and str(fallback.lo) == "2025-11-15"
    weak = date_relation(R("a"), fallback)
    assert weak.grade == "weak" and "weak" in weak.detail
    # Published the day before the event: impossible.
    assert date_relation(R("a"), R("c", date="2025-11-14", fallback=True)).conflict


def test_a_fallback_date_never_joins_on_its_own() -> None:
    fallback = R("b", date="2025-11-17", fallback=True, place=None)
    assert link(R("a"), fallback) is None  # same actors, but no place: not enough
    assert link(R("a"), R("c", date="2025-11-17", fallback=True, source=(), target=())) is None
    joined = link(R("a"), R("d", date="2025-11-17", fallback=True))
    assert joined is not None and joined.strength == K.LOCATED
    assert "weak" in joined.reason and "Kharkiv ≤ 1 km" in joined.reason


# ---------------------------------------------------------------- places


def test_places_within_a_city_match_and_far_apart_conflict() -> None:
    assert place_relation(R("a"), R("b")).detail == "Kharkiv ≤ 1 km"
    suburb = place_relation(R("a"), R("b", place=PISOCHYN))
    assert suburb.verdict == "match" and "km" in suburb.detail
    far = place_relation(R("a"), R("b", place=ODESA))
    assert far.verdict == "conflict" and "apart" in far.detail
    assert place_relation(R("a"), R("b", place=BELGOROD)).verdict == "conflict"  # other country


def test_an_oblast_holds_its_city_and_a_country_says_nothing_specific() -> None:
    assert place_relation(R("a"), R("b", place=KHARKIV_OBLAST)).verdict == "match"
    assert place_relation(R("a", place=ODESA), R("b", place=KHARKIV_OBLAST)).verdict == "conflict"
    assert place_relation(R("a"), R("b", place=UKRAINE)).verdict == "unknown"
    assert place_relation(R("a"), R("b", place=None)).verdict == "unknown"


# ---------------------------------------------------------------- actors


def test_disjoint_sides_conflict_and_symmetric_types_may_swap() -> None:
    assert actor_relation(R("a"), R("b", source=("UKR",), target=("RUS",))).verdict == "conflict"
    assert conflict(R("a"), R("b", source=("UKR",), target=("RUS",))) is not None
    met = actor_relation(
        R("a", type="CONSULT", source=("TUR",), target=("UKR",)),
        R("b", type="CONSULT", source=("UKR",), target=("TUR",)),
    )
    assert met.verdict == "match" and met.shared == 2 and "sides swapped" in met.detail
    one_side = actor_relation(R("a"), R("b", target=()))
    assert one_side.verdict == "match" and one_side.shared == 1 and one_side.detail == "RUS→?"


def test_types_must_be_the_same() -> None:
    assert link(R("a"), R("b", type="COERCE")) is None
    assert conflict(R("a"), R("b", type="COERCE")) == "ASSAULT vs COERCE"


# ---------------------------------------------------------------- links


def test_same_place_same_day_joins_even_without_shared_actors() -> None:
    joined = link(R("a"), R("b", source=(), target=()))
    assert joined is not None and joined.strength == K.LOCATED_EXACT
    assert joined.reason == "same type ASSAULT, ?→?, 2025-11-16 ±0 d, Kharkiv ≤ 1 km"
    # A month and a place need shared actors too.
    assert link(R("a"), R("b", date="2025-11", precision="month", source=(), target=())) is None
    assert link(R("a"), R("b", date="2025-11", precision="month")) is not None


def test_events_of_one_article_join_only_when_identical() -> None:
    assert link(R("a", "art"), R("b", "art", place=PISOCHYN)) is None
    twice = link(R("a", "art"), R("b", "art"))
    assert twice is not None and twice.strength == K.IDENTICAL


def test_two_acts_of_one_article_sharing_a_country_and_a_fallback_month_stay_apart() -> None:
    """'imposed a state of emergency' and 'arrested two judges': both COERCE in the Maldives, one by
    its mode, or both dated only by the publication month and placed only in the country."""
    emergency = R("a", "art", type="COERCE", mode="martial-law", source=("MDV",), target=("MDV",))
    arrest = R("b", "art", type="COERCE", mode="arrest", source=("MDV",), target=("MDV",))
    assert link(emergency, arrest) is None
    vague = {"type": "COERCE", "mode": "arrest", "fallback": True, "place": UKRAINE}
    assert link(R("c", "art", **vague), R("d", "art", **vague)) is None
    assert (
        link(R("e", "art", **{**vague, "place": KHARKIV}), R("f", "art", **{**vague, "place": KHARKIV}))
        is None
    )
    told_twice = link(
        R("g", "art", type="COERCE", mode="arrest"), R("h", "art", type="COERCE", mode="arrest")
    )
    assert told_twice is not None and told_twice.strength == K.IDENTICAL


def test_two_events_of_one_sentence_are_two_acts_however_alike() -> None:
    said = "Police arrested two judges and detained the former president on Monday."
    first, second = row("a", "art"), row("b", "art")
    first["evidence_text"] = second["evidence_text"] = said
    assert link(report_of(first), report_of(second)) is None
    second["evidence_text"] = "The former president was detained at his home, police said."
    told_twice = link(report_of(first), report_of(second))
    assert told_twice is not None and told_twice.strength == K.IDENTICAL


# ---------------------------------------------------------------- grouping


def test_three_outlets_join_and_the_odesa_strike_stays_apart() -> None:
    rows = [
        row("k1", url="https://www.reuters.example/x"),
        row("k2", date="2025-11-17", url="https://bbc.example/y"),  # filed after midnight
        row("k3", date="2025-11-17", fallback=True, target=(), url="https://apnews.example/z"),
        row("o1", place=ODESA),
        row("m1", type="CONSULT", source=("FRA",), target=("DEU",), date="2025-11-18", place=None),
    ]
    incidents = group_incidents(rows)
    assert members(incidents) == [{"k1", "k2", "k3"}, {"m1"}, {"o1"}]
    kharkiv = next(i for i in incidents if len(i.members) == 3)
    assert kharkiv.representative.event_id == "k1"  # dated by its text, to the day
    assert kharkiv.outlets == ["apnews.example", "bbc.example", "reuters.example"]
    reasons = {m.report.event_id: m.reason for m in kharkiv.members}
    assert reasons["k1"].startswith("representative")
    assert "Kharkiv ≤ 1 km" in reasons["k2"] and "weak" in reasons["k3"]


def test_a_report_without_a_place_joins_the_one_incident_it_fits() -> None:
    rows = [row("k1"), row("k2"), row("u1", place=None)]
    assert members(group_incidents(rows)) == [{"k1", "k2", "u1"}]
    # The same day Odesa was struck too: the unplaced report could be either, so it joins neither,
    # and never chains Kharkiv and Odesa together.
    rows.append(row("o1", place=ODESA))
    assert members(group_incidents(rows)) == [{"k1", "k2"}, {"o1"}, {"u1"}]


def test_a_report_without_place_or_shared_actors_joins_nothing() -> None:
    rows = [row("k1"), row("u1", place=None, source=(), target=())]
    assert members(group_incidents(rows)) == [{"k1"}, {"u1"}]


def test_two_events_of_one_article_never_share_an_incident_through_another() -> None:
    # One article tells of two strikes on Kharkiv a day apart: another outlet's report fits both.
    rows = [row("a1", "art"), row("a2", "art", date="2025-11-17"), row("b1", date="2025-11-17")]
    groups = members(group_incidents(rows))
    assert {"a1", "a2"} not in groups and len(groups) == 2
    assert {"a2", "b1"} in groups  # the stronger link (same day) wins


def test_only_factual_events_are_grouped() -> None:
    rows = [row("k1"), row("k2", modality="hedged"), row("k3", modality="negated")]
    assert members(group_incidents(rows)) == [{"k1"}]


def test_grouping_is_independent_of_row_order_and_ids_derive_from_members() -> None:
    rows = [row(f"k{i}", confidence=0.5 + i / 100) for i in range(6)] + [row("o1", place=ODESA)]
    first = group_incidents(rows)
    shuffled = rows[:]
    random.Random(7).shuffle(shuffled)
    again = group_incidents(shuffled)
    assert [(i.incident_id, [m.reason for m in i.members]) for i in first] == [
        (i.incident_id, [m.reason for m in i.members]) for i in again
    ]
    assert first[0].incident_id != group_incidents(rows[:5])[0].incident_id
    assert all(i.incident_id.startswith("i") and len(i.incident_id) == 17 for i in first)


def test_the_outlet_is_the_url_host_else_the_stream() -> None:
    assert outlet_of("https://www.Reuters.com/world/x", "feed.jsonl", "a1") == "reuters.com"
    assert outlet_of(None, "feed.jsonl", "a1") == "feed.jsonl"
    assert outlet_of(None, None, "a1") == "a1"


def candidate_pairs(rows: list[dict[str, Any]]) -> set[tuple[int, int]]:
    reports = sorted((report_of(r) for r in rows), key=lambda r: r.event_id)
    groups = type_groups(load_compatible_types(), (r.event_type for r in reports))
    return set(_dated_candidates(reports, groups, TextSimilarity(reports)))


def test_blocking_compares_each_day_with_its_neighbours_only() -> None:
    # Strikes on one city every day for months: each day's reports are compared with those of the
    # day before and after only, not with all (a quadratic comparison of all pairs takes minutes).
    n = 4000
    rng = random.Random(3)
    rows = [
        row(
            f"e{i:05d}",
            date=f"2025-{1 + (i // 28) % 12:02d}-{1 + i % 28:02d}",
            place=rng.choice([KHARKIV, ODESA]),
        )
        for i in range(n)
    ]
    assert len(candidate_pairs(rows)) < n * (n - 1) / 2 / 20
    incidents = group_incidents(rows)
    assert sum(len(i.members) for i in incidents) == n


def test_a_crowded_day_compares_each_report_with_a_bounded_number_of_alike_others() -> None:
    # Hundreds of reports of one type, day and pair of countries (a wire-scale store): sharing only
    # those, two are no more likely one event than any two; those told alike are still compared.
    n = 300
    rows = [row(f"e{i:04d}", place=None) for i in range(n)]
    for i, r in enumerate(rows):
        r["evidence_text"] = f"Shelling hit the village of Village{i} near the front line, officials said."
    for r in rows[:2]:
        r["evidence_text"] = "Drones struck the cooling pond of the Zaporizhzhia nuclear plant overnight."
    pairs = candidate_pairs(rows)
    assert (0, 1) in pairs
    per_report = Counter(i for pair in pairs for i in pair)
    assert max(per_report.values()) <= 2 * K.CROWDED_MAX_NEIGHBOURS * 3 * 2  # both ends, 3 days, 2 keys
    assert len(pairs) < n * (n - 1) / 2 / 4
