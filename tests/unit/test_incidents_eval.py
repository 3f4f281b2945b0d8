"""The pairwise scoring of incidents (benchmarks/incidents_eval.py) on invented gold: a gold pair is
found only when both events were matched and share an incident; a missed event's pairs count against
recall; an incident holding two gold events of one article is counted. Needs ../shared/eval (the
article scorer whose matching it uses); skipped without it."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    if not (ROOT.parent / "shared" / "eval" / "score_articles.py").exists():
        pytest.skip("../shared/eval is not here")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    return importlib.import_module("incidents_eval")


def event(eid: str, optional: bool = False, start: int = 0) -> dict[str, Any]:
    evidence = {"start": start, "end": start + 10}
    return {"eid": eid, "event_type": "COERCE", "optional": optional, "modality": "asserted",
            "source": [{"country": "MDV"}], "target": [], "evidence": evidence}  # fmt: skip


GOLD = {
    "a": [event("a-e1"), event("a-e2", start=20), event("a-opt", optional=True)],
    "b": [event("b-e1"), event("b-e2", start=20)],
    "c": [event("c-e1")],
}
CLUSTERS = [["a-e1", "b-e1", "c-e1"], ["a-e2", "b-e2"]]  # 3 + 1 gold pairs


def test_joined_pairs_count_and_unmatched_events_cost_recall(scorer: ModuleType) -> None:
    matched = {"a-e1": "s1", "b-e1": "s2", "a-e2": "s3", "b-e2": "s4"}  # c-e1 was never extracted
    incident_of = {"s1": "i1", "s2": "i1", "s3": "i2", "s4": "i3"}
    m = scorer.pairwise(GOLD, CLUSTERS, matched, incident_of)
    assert (m["gold_pairs"], m["predicted_pairs"], m["tp"]) == (4, 1, 1)
    assert m["precision"] == 1.0 and m["recall"] == 0.25
    assert (m["missed_unextracted"], m["missed_unmerged"]) == (2, 1)  # a/c and b/c; a-e2/b-e2
    assert m["found_pairs"] == 2 and m["found_recall"] == 0.5
    assert m["same_article_joins"] == 0


def test_a_join_across_clusters_is_a_false_pair_and_one_within_an_article_is_counted(
    scorer: ModuleType,
) -> None:
    matched = {"a-e1": "s1", "b-e2": "s4", "a-e2": "s3"}
    incident_of = {"s1": "i1", "s4": "i1", "s3": "i1"}
    m = scorer.pairwise(GOLD, CLUSTERS, matched, incident_of)
    # a-e1/b-e2 is predicted but no gold pair; a-e2/b-e2 is; a-e1 and a-e2 share an article: not a pair
    assert (m["predicted_pairs"], m["tp"]) == (2, 1)
    assert m["same_article_joins"] == 1


def test_gold_naming_an_optional_or_unknown_event_is_refused(scorer: ModuleType) -> None:
    with pytest.raises(SystemExit):
        scorer.pairwise(GOLD, [["a-opt", "b-e1"]], {}, {})


def test_system_events_map_to_the_gold_event_of_their_sentence_first(scorer: ModuleType) -> None:
    rows = [
        {"event_id": "x", "event_type": "COERCE", "source_actors": [{"country": "MDV"}], "target_actors": [],
         "modality": "asserted", "evidence_start": 20, "evidence_end": 30, "mentions": []},
        {"event_id": "y", "event_type": "COERCE", "source_actors": [{"country": "MDV"}], "target_actors": [],
         "modality": "asserted", "evidence_start": 0, "evidence_end": 10, "mentions": []},
    ]  # fmt: skip
    assert scorer.match_article(GOLD["a"], rows) == {"a-e1": "y", "a-e2": "x"}


def test_why_names_the_rule_that_kept_an_extracted_gold_pair_apart(
    scorer: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.unit.test_incident_rules import row

    rows = [row("s1", article="a", date="2025-11-16"), row("s2", article="b", date="2025-11-26")]
    matched = {"a-e1": "s1", "b-e1": "s2"}
    scorer.why_apart([["a-e1", "b-e1"]], matched, {"s1": "i1", "s2": "i2"}, rows)
    out = capsys.readouterr().out
    assert "apart: a-e1 / b-e1" in out
    assert "contradiction: 2025-11-16 vs 2025-11-26: 10 d apart" in out
    # A pair that shares an incident, or whose event was not extracted, is not explained.
    scorer.why_apart([["a-e1", "b-e1"]], matched, {"s1": "i1", "s2": "i1"}, rows)
    scorer.why_apart([["a-e1", "b-e1"]], {"a-e1": "s1"}, {"s1": "i1"}, rows)
    assert capsys.readouterr().out == ""
