"""How counts are written in tables and scored against the real-news gold. Model-free."""

from __future__ import annotations

import importlib
import sys
from typing import Any

import pytest

from newsevents.cli.render import counts, figure
from tests.conftest import ROOT, SHARED


def _m(
    kind: str, best: int | None, low: int | None, high: int | None, cumulative: bool = False
) -> dict[str, Any]:
    return {"kind": kind, "best": best, "low": low, "high": high, "cumulative": cumulative, "side": None}


def test_a_figure_says_exact_bound_approximate_or_range() -> None:
    assert figure(_m("killed", 40, 40, 40)) == "40"
    assert figure(_m("killed", 40, 40, None)) == "≥40"
    assert figure(_m("killed", 40, None, 40)) == "≤40"
    assert figure(_m("killed", 40, None, None)) == "~40"
    assert figure(_m("killed", None, 24, 99)) == "24–99"


def test_a_running_toll_is_marked_total_in_the_counts_cell() -> None:
    cell = counts([_m("killed", 3, 3, 3) | {"side": "civilians"}, _m("killed", 20000, 20000, None, True)])
    assert cell == "killed 3 civilians; total killed ≥20000"
    assert counts([]) == "" and counts(None) == ""


@pytest.fixture(scope="module")
def scorer() -> Any:
    if not (SHARED / "eval" / "score_articles.py").is_file():
        pytest.skip("the shared scorers are not here")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    return importlib.import_module("magnitudes")


def _event(magnitudes: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "event_type": "ASSAULT",
        "source": [{"country": "SDN"}],
        "modality": "asserted",
        "magnitudes": magnitudes,
    }


def test_exact_and_within_ten_percent_are_counted_on_matched_events(scorer: Any) -> None:
    gold = {"a": {"id": "a", "events": [_event([_m("killed", 40, 40, None), _m("injured", 100, 100, 100)])]}}
    system = {"a": {"id": "a", "events": [_event([_m("killed", 40, 40, 40), _m("injured", 95, 95, 95)])]}}
    m = scorer.score(gold, system)
    assert (m["killed"]["gold"], m["killed"]["exact"], m["killed"]["within10"]) == (1, 1, 1)
    assert (m["injured"]["exact"], m["injured"]["within10"]) == (0, 1)
    assert m["cumulative_errors"]["total"] == 0


def test_a_running_toll_is_no_event_count_and_taking_it_for_one_is_an_error(scorer: Any) -> None:
    gold = {"a": {"id": "a", "events": [_event([_m("killed", 20000, 20000, None, True)])]}}
    system = {"a": {"id": "a", "events": [_event([_m("killed", 20000, 20000, None)])]}}
    m = scorer.score(gold, system)
    assert m["killed"]["gold"] == 0
    assert m["cumulative_errors"] == {"cumulative_as_event": 1, "event_as_cumulative": 0, "total": 1}


def test_a_count_the_article_restates_is_shown_once_in_the_cell() -> None:
    told_twice = [_m("detained", 4, 4, 4) | {"side": "police"}, _m("detained", 4, 4, 4) | {"side": "police"}]
    assert counts(told_twice) == "detained 4 police"
    assert counts([*told_twice, _m("detained", 5, 5, 5)]) == "detained 4 police; detained 5"
