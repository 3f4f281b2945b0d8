"""The store's reads behind the HTTP API: the filters of place, incident and quote, paging with a
total, events and incidents by id, counts by period, and actor search. Model-free: documents built
by hand (tests/unit/test_store.py)."""

from __future__ import annotations

import math
from collections.abc import Iterator

import duckdb
import pytest

from newsevents.actors.dictionary import Entry
from newsevents.errors import NewsEventsError
from newsevents.store import Store
from newsevents.store.actor_search import folded
from newsevents.store.query import make_filter
from tests.unit.test_store import kharkiv_doc, tbilisi_doc


@pytest.fixture
def store() -> Iterator[Store]:
    with Store(None) as s:
        run_id = s.start_run({})
        s.write(kharkiv_doc(), run_id)
        s.write(tbilisi_doc(), run_id)
        s.merge_incidents()
        yield s


def _types(rows: list[dict[str, object]]) -> list[object]:
    return [r["event_type"] for r in rows]


# ---------------------------------------------------------------- filters


def test_filters_of_where_it_happened(store: Store) -> None:
    every = make_filter(modalities=None)
    assert _types(store.select_events(make_filter(location_country="ukr"))) == ["ASSAULT"]
    assert _types(store.select_events(make_filter(location_country="UKR", admin1="07"))) == ["ASSAULT"]
    assert store.select_events(make_filter(admin1="08")) == []
    assert _types(store.select_events(make_filter(bbox="36,49,37,50"))) == ["ASSAULT"]
    assert _types(store.select_events(make_filter(bbox=[40.0, 40.0, 45.0, 42.0]))) == ["PROTEST"]
    assert len(store.select_events(make_filter(bbox="-180,-90,180,90"))) == 2
    located = store.select_events(make_filter(located=True, modalities=None))
    unlocated = store.select_events(make_filter(located=False, modalities=None))
    assert sorted(_types(located)) == ["ASSAULT", "PROTEST"]
    assert len(located) + len(unlocated) == len(store.select_events(every)) == 5
    assert all(e["location_lat"] is None for e in unlocated)


@pytest.mark.parametrize(
    "bbox",
    ["36,49,37", "36,49,37,50,1", "a,b,c,d", "37,49,36,50", "36,50,37,49", "0,-91,1,1", "-181,0,1,1", ""],
)
def test_a_bad_bbox_is_e209_with_its_form(bbox: str) -> None:
    with pytest.raises(NewsEventsError, match=r"E209.*bbox.*min_lon,min_lat,max_lon,max_lat"):
        make_filter(bbox=bbox)


def test_a_bbox_of_nan_or_infinity_is_e209() -> None:
    for value in (math.nan, math.inf):
        with pytest.raises(NewsEventsError, match="E209"):
            make_filter(bbox=[0.0, 0.0, value, 1.0])


@pytest.mark.parametrize(
    ("fields", "what"),
    [
        ({"location_country": "Ukraine"}, "location country"),
        ({"admin1": "0 7"}, "admin1"),
        ({"offset": -1}, "offset"),
    ],
)
def test_bad_place_and_paging_values_are_e209(fields: dict[str, object], what: str) -> None:
    with pytest.raises(NewsEventsError, match=f"E209.*{what}"):
        make_filter(**fields)  # type: ignore[arg-type]


def test_events_by_quote_and_by_incident(store: Store) -> None:
    negotiated = store.select_events(make_filter(modalities=None, types="CONSULT"))[0]
    by_quote = store.select_events(make_filter(modalities=None, quote_id=negotiated["quote_id"]))
    assert negotiated["quote_id"] and by_quote == [negotiated]
    assault = store.select_events(make_filter(types="ASSAULT"))[0]
    assert store.select_events(make_filter(incident_id=assault["incident_id"])) == [assault]
    assert store.select_events(make_filter(incident_id="i-none")) == []


def test_pages_and_totals(store: Store) -> None:
    every = make_filter(modalities=None)
    all_rows = store.select_events(every)
    page = store.select_events(make_filter(modalities=None, limit=2, offset=1))
    assert page == all_rows[1:3]
    assert store.count_events(make_filter(modalities=None, limit=2, offset=1)) == 5
    assert store.count_events(make_filter()) == 3  # facts: the assault, the denial, the protest


def test_only_facts_belong_to_an_incident(store: Store) -> None:
    for event in store.select_events(make_filter(modalities=None)):
        assert (event["incident_id"] is not None) == (event["modality"] in ("asserted", "reported"))


# ---------------------------------------------------------------- by id


def test_one_event_and_one_incident_by_id(store: Store) -> None:
    assault = store.select_events(make_filter(types="ASSAULT"))[0]
    assert store.event(assault["event_id"]) == assault
    incident = store.incident(assault["incident_id"])
    assert incident["representative_event_id"] == assault["event_id"]
    assert [m["event_id"] for m in incident["members"]] == [assault["event_id"]]
    assert incident["members"][0]["evidence_text"] == assault["evidence_text"]


@pytest.mark.parametrize("method", ["event", "incident"])
def test_an_unknown_id_is_e213(store: Store, method: str) -> None:
    with pytest.raises(NewsEventsError, match=f"E213.*{method} 'nope'"):
        getattr(store, method)("nope")


def test_incidents_paged_counted_and_filtered_by_place(store: Store) -> None:
    every = store.incidents()
    assert store.count_incidents() == len(every) == 3
    assert store.incidents(limit=1, offset=1) == every[1:2]
    assert [i["event_type"] for i in store.incidents(bbox="40,40,45,42")] == ["PROTEST"]
    assert store.count_incidents(located=True) == 2
    assert store.count_incidents(min_reports=2) == 0
    with pytest.raises(TypeError, match="actor"):
        store.count_incidents(actor="Kremlin")


# ---------------------------------------------------------------- counts by period


#: Five soldiers and "at least" two injured, with a running toll that is no event's own.
_KILLED_5_INJURED_AT_LEAST_2 = (
    '[{"kind": "killed", "best": 5, "side": "soldiers", "cumulative": false},'
    ' {"kind": "killed", "best": 900, "cumulative": true},'
    ' {"kind": "injured", "best": null, "low": 2, "cumulative": false}]'
)


@pytest.fixture
def dated() -> Iterator[Store]:
    """Events with each kind of date; the store's other columns are not read by the counts."""
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE events (date_value VARCHAR, date_precision VARCHAR, event_type VARCHAR, "
        "modality VARCHAR, location_country VARCHAR, magnitudes JSON)"
    )
    killed_3 = '[{"kind": "killed", "best": 3, "low": 3, "cumulative": false}]'
    rows = [
        (
            "2025-11-16",
            "day",
            "ASSAULT",
            "asserted",
            "UKR",
            killed_3,
        ),  # a Sunday: the week of Monday the 10th
        ("2025-11-17", "day", "ASSAULT", "asserted", "UKR", _KILLED_5_INJURED_AT_LEAST_2),  # a Monday
        ("2025-11-24", "week", "PROTEST", "reported", None, None),  # the 24th to the 30th: inside November
        ("2025-09-29", "week", "PROTEST", "asserted", None, "[]"),  # the 29th to 5 October: in no month
        ("2025-11", "month", "CONSULT", "asserted", "EGY", None),
        ("2025", "year", "CONSULT", "asserted", "EGY", None),
        (None, None, "AID", "asserted", None, None),
        ("2025-11-16", "day", "ASSAULT", "hedged", "UKR", killed_3),  # not a fact: not counted by default
    ]
    con.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)", rows)
    with Store(connection=con) as s:
        yield s


def _buckets(stats: dict[str, object]) -> set[tuple[object, ...]]:
    return {(b["period"], b["key"], b["count"]) for b in stats["buckets"]}  # type: ignore[attr-defined]


def test_a_date_counts_only_in_periods_it_is_precise_enough_for(dated: Store) -> None:
    day = dated.stats(make_filter(), "day", "type")
    assert _buckets(day) == {("2025-11-16", "ASSAULT", 1), ("2025-11-17", "ASSAULT", 1)}
    assert (day["total"], day["not_placed"]) == (7, 5)
    week = dated.stats(make_filter(), "week", "type")
    assert _buckets(week) == {
        ("2025-11-10", "ASSAULT", 1), ("2025-11-17", "ASSAULT", 1),
        ("2025-11-24", "PROTEST", 1), ("2025-09-29", "PROTEST", 1),
    }  # fmt: skip
    assert week["not_placed"] == 3
    month = dated.stats(make_filter(), "month", "type")
    assert _buckets(month) == {
        ("2025-11", "ASSAULT", 2),
        ("2025-11", "PROTEST", 1),
        ("2025-11", "CONSULT", 1),
    }
    assert month["not_placed"] == 3  # the straddling week, the year, no date


def test_each_bucket_sums_its_events_own_counts_by_kind(dated: Store) -> None:
    day = dated.stats(make_filter(), "day", "type")
    sums = {b["period"]: b["magnitudes"] for b in day["buckets"]}
    assert sums == {"2025-11-16": {"killed": 3}, "2025-11-17": {"killed": 5, "injured": 2}}
    assert day["magnitudes"] == {"killed": 8, "injured": 2}  # never the running toll of 900
    week = dated.stats(make_filter(), "week", "type")
    assert {b["period"]: b["magnitudes"] for b in week["buckets"] if b["key"] == "PROTEST"} == {
        "2025-11-24": {},  # no count told: no sums, not zeros
        "2025-09-29": {},
    }
    every = dated.stats(make_filter(modalities=None), "month", "type")
    assert every["magnitudes"] == {"killed": 11, "injured": 2}  # the hedged report's 3 too


def test_counts_by_country_and_modality_follow_the_filters(dated: Store) -> None:
    by_country = dated.stats(make_filter(), "month", "country")
    assert _buckets(by_country) == {("2025-11", "UKR", 2), ("2025-11", None, 1), ("2025-11", "EGY", 1)}
    every = dated.stats(make_filter(modalities=None), "day", "modality")
    assert _buckets(every) == {
        ("2025-11-16", "asserted", 1),
        ("2025-11-16", "hedged", 1),
        ("2025-11-17", "asserted", 1),
    }
    assert dated.stats(make_filter(types="CONSULT"), "month", "type")["total"] == 2


@pytest.mark.parametrize(("interval", "by", "what"), [("hour", "type", "interval"), ("day", "actor", "by")])
def test_an_unknown_interval_or_dimension_is_e209(dated: Store, interval: str, by: str, what: str) -> None:
    with pytest.raises(NewsEventsError, match=f"E209.*{what}"):
        dated.stats(make_filter(), interval, by)


# ---------------------------------------------------------------- actors


ENTRIES = {
    "UKR.GOV.zelensky": Entry(
        "UKR.GOV.zelensky", "person", "Volodymyr Zelensky", "UKR", "GOV",
        aliases=["Volodymyr Zelensky", "Zelenskyy", "Zelenskiy"],
    ),
    "SDN.REB.dagalo": Entry(
        "SDN.REB.dagalo", "person", "Mohamed Hamdan Dagalo", "SDN", "REB",
        aliases=["Mohamed Hamdan Dagalo", "Hemedti"],
    ),
}  # fmt: skip


def test_an_alias_finds_the_entry_with_the_stores_counts(store: Store) -> None:
    (zelensky,) = store.actors_matching("Zelenskiy", ENTRIES)
    assert zelensky["actor_id"] == "UKR.GOV.zelensky" and zelensky["in_dictionary"]
    assert zelensky["matched_aliases"] == ["Zelenskiy"] and zelensky["texts"] == ["Zelensky"]
    assert (zelensky["n_mentions"], zelensky["n_articles"]) == (1, 1)
    assert (zelensky["n_events"], zelensky["n_factual_events"]) == (1, 0)  # the negated CONSULT


def test_an_entry_the_store_never_names_has_zero_counts(store: Store) -> None:
    (dagalo,) = store.actors_matching("hemedti", ENTRIES)
    assert dagalo["name"] == "Mohamed Hamdan Dagalo" and dagalo["n_mentions"] == dagalo["n_events"] == 0


def test_stored_actors_without_an_entry_are_found_by_their_text(store: Store) -> None:
    (forces,) = store.actors_matching("FORCES", ENTRIES)
    assert forces["actor_id"] is None and not forces["in_dictionary"] and forces["country"] == "RUS"
    assert (forces["n_events"], forces["n_factual_events"]) == (1, 1)
    (kremlin,) = store.actors_matching("krémlin", ENTRIES)  # accents and case do not matter
    assert kremlin["actor_id"] == "RUS.GOV.kremlin" and not kremlin["in_dictionary"]
    assert store.actors_matching("nobody at all", ENTRIES) == []


def test_the_most_active_come_first(store: Store) -> None:
    found = store.actors_matching("", ENTRIES)
    assert len(found) == 9  # 8 stored actors and the 2 entries, less Zelensky counted once
    activity = [(a["n_events"], a["n_mentions"]) for a in found]
    assert activity == sorted(activity, reverse=True)


def test_folding_drops_case_and_accents() -> None:
    assert folded("  Ḥemedti ") == "hemedti" and folded("KRÉMLIN") == "kremlin"
