"""An event's own killed (injured, ...) is one rule: the Python of the ACLED export and the SQL macro
that /stats sums and incidents compare give the same figure for every list of counts; /stats sums
the events' own counts by bucket and incidents show differing tolls with their outlets. Model-free."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.exports.acled import fatalities
from newsevents.magnitudes.totals import own_count
from newsevents.model import MAGNITUDE_KINDS, Document, Magnitude, Provenance, Span
from newsevents.store import Store
from newsevents.store.magnitude_sql import MACROS, own_count_sql
from newsevents.store.query import make_filter
from tests.unit.test_exports import SHELLED, SHELLED_AGAIN, _doc, _shelling


@pytest.fixture(scope="module")
def con() -> Iterator[duckdb.DuckDBPyConnection]:
    con = duckdb.connect()
    for macro in MACROS:
        con.execute(macro)
    yield con
    con.close()


def in_sql(con: duckdb.DuckDBPyConnection, counts: object, kind: str) -> Any:
    return con.execute(f"SELECT {own_count_sql('CAST(? AS JSON)', kind)}", [counts]).fetchall()[0][0]


def count(kind: str, best: int | None, low: int | None = None, **more: Any) -> dict[str, Any]:
    return {"kind": kind, "best": best, "low": low, "high": None, "side": None, "cumulative": False, **more}


CASES: list[tuple[list[dict[str, Any]], int | None]] = [
    ([count("killed", 40), count("injured", 12)], 40),
    ([count("killed", None, low=40)], 40),  # "at least 40"
    ([count("killed", 5, side="soldiers"), count("killed", 3, side="civilians")], 8),  # sides add up
    ([count("killed", 40), count("killed", 12, side="civilians")], 40),  # a restatement: the largest
    ([count("killed", 7, side="civilians"), count("killed", 9, side="civilians")], 9),  # one side twice
    ([count("killed", 20000, cumulative=True)], None),  # "the war has killed 20,000"
    ([count("killed", None)], None),  # "up to 40" alone: no figure
    ([count("killed", 0)], 0),  # "no one was killed" is a figure
    ([], None),
]


@pytest.mark.parametrize(("counts", "killed"), CASES)
def test_the_sql_macro_gives_the_acled_exports_killed(
    con: duckdb.DuckDBPyConnection, counts: list[dict[str, Any]], killed: int | None
) -> None:
    assert fatalities(counts) == own_count(counts, "killed") == killed
    assert in_sql(con, counts, "killed") == killed


def test_no_counts_is_unknown_in_both_never_zero(con: duckdb.DuckDBPyConnection) -> None:
    assert fatalities(None) is None and in_sql(con, None, "killed") is None
    assert own_count([count("injured", 12)], "killed") is None
    assert in_sql(con, [count("injured", 12)], "killed") is None


_COUNTS = st.lists(
    st.builds(
        count,
        kind=st.sampled_from(MAGNITUDE_KINDS[:3]),
        best=st.none() | st.integers(0, 10_000),
        low=st.none() | st.integers(0, 10_000),
        side=st.none() | st.sampled_from(["civilians", "soldiers", "militants"]),
        cumulative=st.booleans(),
    ),
    max_size=5,
)


@settings(max_examples=200, deadline=None)
@given(counts=_COUNTS, kind=st.sampled_from(MAGNITUDE_KINDS[:3]))
def test_python_and_sql_agree_on_any_counts(
    con: duckdb.DuckDBPyConnection, counts: list[dict[str, Any]], kind: str
) -> None:
    assert in_sql(con, counts, kind) == own_count(counts, kind)


def test_only_the_models_kinds_go_into_the_sql() -> None:
    with pytest.raises(ValueError, match="unknown magnitude kind"):
        own_count_sql("magnitudes", "killed'; DROP TABLE events; --")


# ---------------------------------------------------------------- a store of two reports


def _told(doc: Document, text: str, killed: int) -> Document:
    """The shelling with its own killed count, and a running toll that must never be added."""
    start = text.index("shelled")
    span = Span(start, start + 7)
    prov = Provenance("magnitudes", 0.9, "test")
    doc.events[0].magnitudes = [
        Magnitude("killed", span, 0, prov, best=killed, low=killed, high=killed),
        Magnitude("killed", span, 0, prov, best=20_000, low=20_000, cumulative=True),
        Magnitude("injured", span, 0, prov, best=None, low=10),
    ]
    return doc


@pytest.fixture
def store() -> Iterator[Store]:
    with Store() as store:
        run = store.start_run({})
        docs = [
            _told(_shelling(_doc("a-shelled", SHELLED, "https://one.example/s"), SHELLED), SHELLED, 3),
            _told(
                _shelling(_doc("a-shelled-2", SHELLED_AGAIN, "https://two.example/k"), SHELLED_AGAIN),
                SHELLED_AGAIN,
                5,
            ),
        ]
        store.write_many(docs, run)
        store.finish_run(run)
        store.merge_incidents()
        yield store


def test_stats_sum_each_events_own_counts_by_bucket(store: Store) -> None:
    stats = store.stats(make_filter(), "day", "type")
    assert stats["buckets"] == [
        {"period": "2025-11-16", "key": "ASSAULT", "count": 2, "magnitudes": {"killed": 8, "injured": 20}}
    ]
    assert stats["magnitudes"] == {"killed": 8, "injured": 20}  # the running tolls (20,000) never
    # kinds no event is told with are absent, not 0
    assert "detained" not in stats["magnitudes"]
    assert store.stats(make_filter(types="PROTEST"))["magnitudes"] == {}


def test_an_incident_shows_differing_tolls_with_their_outlets_never_averaged(store: Store) -> None:
    (incident,) = store.incidents()
    assert incident["n_reports"] == 2
    assert {(m["outlet"], m["killed"], m["injured"]) for m in incident["members"]} == {
        ("one.example", 3, 10),
        ("two.example", 5, 10),
    }
    assert "killed: 3 (one.example) / 5 (two.example)" in incident["differences"]
    assert not any(d.startswith("injured") for d in incident["differences"])  # they agree
    assert not any("4" in d for d in incident["differences"])  # no average
    assert (incident["killed_min"], incident["killed_max"]) == (3, 5)


def test_a_read_only_store_sums_too(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store(path) as writer:
        run = writer.start_run({})
        writer.write_many(
            [_told(_shelling(_doc("a", SHELLED, "https://one.example/s"), SHELLED), SHELLED, 3)], run
        )
        writer.finish_run(run)
    with Store(path, read_only=True) as reader:
        assert reader.stats(make_filter())["magnitudes"] == {"killed": 3, "injured": 10}
