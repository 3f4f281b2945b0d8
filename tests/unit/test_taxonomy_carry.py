"""``scripts/taxonomy.py``: the error taxonomy carried across runs by stable keys.

A classified error keeps its kind and note while its key stays; a new error is UNCLASSIFIED with its
coding to read; a gone one is dropped; the counts come out as the rows of the EVALUATION table. Keys
of missed gold events do not move when a neighbour gets matched, and two false events of one sentence
and type are told apart by their triggers. Model-free; the one test that runs the scorer's matching
needs ../shared/eval and is skipped without it.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

KINDS = [("non_agent_actor", "non-agent as actor"), ("target_missing", "target missing"), ("other", "other")]


@pytest.fixture(scope="module")
def tx() -> ModuleType:
    spec = importlib.util.spec_from_file_location("taxonomy_script", ROOT / "scripts" / "taxonomy.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up while being defined
    spec.loader.exec_module(module)
    return module


def error(tx: ModuleType, key: str, coding: str = "ASSAULT/None [asserted] src=x tgt=") -> Any:
    article_id, status, event_type = key.split("|")[:3]
    return tx.Error(article_id, status, event_type, key, "Rebels shelled the town.", coding)


def row(key: str, kind: str, note: str) -> dict[str, str]:
    article_id, status, event_type = key.split("|")[:3]
    return {"article_id": article_id, "status": status, "event_type": event_type, "kind": kind,
            "note": note, "key": key}  # fmt: skip


def test_a_classified_error_keeps_its_kind_and_note_a_new_one_is_unclassified_a_gone_one_dropped(
    tx: ModuleType,
) -> None:
    old = [
        row("a|MISSED|ASSAULT|10", "target_missing", "shelling: no target"),
        row("a|FALSE|AGREE|50", "non_agent_actor", "source 'the deal'"),  # fixed since: not an error now
    ]
    now = [
        error(tx, "a|MISSED|ASSAULT|10"),
        error(tx, "b|FALSE|REJECT|0", "REJECT/None [asserted] src=y tgt="),
    ]

    rows = tx.carry(old, now)

    assert [(r["key"], r["kind"], r["note"]) for r in rows] == [
        ("a|MISSED|ASSAULT|10", "target_missing", "shelling: no target"),
        (
            "b|FALSE|REJECT|0",
            "UNCLASSIFIED",
            "unread: REJECT/None [asserted] src=y tgt= | Rebels shelled the town.",
        ),
    ]
    assert rows[1]["article_id"] == "b" and rows[1]["status"] == "FALSE" and rows[1]["event_type"] == "REJECT"


def test_an_old_row_without_a_key_carries_nothing(tx: ModuleType) -> None:
    old = [{"article_id": "a", "status": "MISSED", "event_type": "ASSAULT", "kind": "other", "note": "n"}]
    assert tx.carry(old, [error(tx, "a|MISSED|ASSAULT|10")])[0]["kind"] == "UNCLASSIFIED"


def test_counts_are_the_table_rows_in_precedence_order_with_zeros_and_the_total(tx: ModuleType) -> None:
    rows = [
        row("a|MISSED|ASSAULT|10", "target_missing", ""),
        row("a|FALSE|ASSAULT|10", "target_missing", ""),
        row("a|FALSE|AGREE|50", "non_agent_actor", ""),
    ]
    assert tx.count_rows(rows, KINDS) == [
        "| non-agent as actor | 0 / 1 |",
        "| target missing | 1 / 1 |",
        "| other | 0 / 0 |",
        "| **total** | **1 / 2** |",
    ]


def test_unclassified_rows_are_counted_on_their_own_row(tx: ModuleType) -> None:
    lines = tx.count_rows([row("a|MISSED|ASSAULT|10", "UNCLASSIFIED", "")], KINDS)
    assert lines[-2:] == ["| UNCLASSIFIED | 1 / 0 |", "| **total** | **1 / 0** |"]


def test_a_kind_not_in_the_list_is_an_error_not_a_silent_row(tx: ModuleType) -> None:
    with pytest.raises(ValueError, match="roles_reversd"):
        tx.count_rows([row("a|MISSED|ASSAULT|10", "roles_reversd", "")], KINDS)


def test_notes_with_quotation_marks_survive_writing_and_reading(tmp_path: Path, tx: ModuleType) -> None:
    rows = [row("a|FALSE|AGREE|50", "non_agent_actor", '"as promised" coded AGREE; target "the deal"')]
    path = tmp_path / "t.tsv"
    tx.write_taxonomy(path, rows)
    assert tx.read_taxonomy(path) == rows
    assert (
        path.read_text(encoding="utf-8").splitlines()[0] == "article_id\tstatus\tevent_type\tkind\tnote\tkey"
    )


def test_the_shipped_kinds_list_is_the_documented_precedence(tx: ModuleType) -> None:
    kinds = [kind for kind, _ in tx.load_kinds(tx.DEFAULT_KINDS)]
    assert kinds[:2] == ["non_agent_actor", "passive_agent_lost"]
    assert kinds[-3:] == ["main_event_missed", "event_missed", "other"]
    assert len(kinds) == len(set(kinds)) == 13


def ev(event_type: str, start: int, trigger: int | None = None) -> dict[str, Any]:
    event: dict[str, Any] = {"event_type": event_type, "evidence": {"start": start, "end": start + 20}}
    if trigger is not None:
        event["trigger"] = {"start": trigger, "end": trigger + 4}
    return event


def test_a_missed_key_counts_its_place_among_all_gold_of_its_type_and_sentence(tx: ModuleType) -> None:
    judges, gayoom, other = ev("COERCE", 685), ev("COERCE", 685), ev("COERCE", 900)
    gold = [judges, gayoom, other]
    # The second arrest keeps "|2" whether or not the first is missed too.
    assert tx.missed_key("a", gayoom, gold) == "a|MISSED|COERCE|685|2"
    assert tx.missed_key("a", judges, gold) == "a|MISSED|COERCE|685"
    assert tx.missed_key("a", other, gold) == "a|MISSED|COERCE|900"


def test_false_keys_tell_two_events_of_one_sentence_and_type_apart_by_trigger(tx: ModuleType) -> None:
    keys = tx.false_keys("a", [ev("ASSAULT", 100, 110), ev("ASSAULT", 100, 140), ev("AGREE", 100, 120)])
    assert keys == ["a|FALSE|ASSAULT|100|t110", "a|FALSE|ASSAULT|100|t140", "a|FALSE|AGREE|100"]


def test_current_errors_list_the_scorers_missed_and_false_events_with_keys(
    tmp_path: Path, tx: ModuleType
) -> None:
    if not (ROOT.parent / "shared" / "eval" / "score_articles.py").exists():
        pytest.skip("../shared/eval is not here")
    text = "Rebels shelled the town. Police arrested ten people."
    actor = {"text": "x", "country": "SYR", "sector": "REB"}
    gold_events = [
        {**ev("ASSAULT", 0), "source": [actor], "target": [], "modality": "asserted"},
        {**ev("COERCE", 25), "source": [actor], "target": [], "modality": "asserted"},
    ]
    system_events = [
        {**ev("ASSAULT", 0, 7), "source": [actor], "target": [], "modality": "asserted"},
        {**ev("AGREE", 25, 32), "source": [actor], "target": [], "modality": "asserted"},
    ]
    files = {"gold": {"id": "a", "events": gold_events}, "system": {"id": "a", "events": system_events},
             "inputs": {"id": "a", "text": text}}  # fmt: skip
    paths = {}
    for name, record in files.items():
        paths[name] = tmp_path / f"{name}.jsonl"
        paths[name].write_text(json.dumps(record) + "\n", encoding="utf-8")

    errors = tx.current_errors(paths["gold"], paths["system"], paths["inputs"])

    assert [(e.key, e.sentence) for e in errors] == [
        ("a|MISSED|COERCE|25", "Police arrested ten"),  # evidence 25..45, spaces trimmed
        ("a|FALSE|AGREE|25", "Police arrested ten"),
    ]
