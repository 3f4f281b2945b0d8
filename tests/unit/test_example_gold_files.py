"""The example gold files are valid, and ``scripts/check_gold.py`` catches broken ones.

Fast (no pipeline run): these guard the golden tests themselves.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from newsevents.examples import FOLDER as EXAMPLES

ROOT = Path(__file__).resolve().parents[2]
#: The example set must exercise most of PLOVER (see src/newsevents/examples/README.md).
MIN_EVENT_TYPES = 12


def _checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_gold", ROOT / "scripts" / "check_gold.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check_gold = _checker()


def _golds() -> list[dict[str, Any]]:
    return [json.loads(p.read_text("utf-8")) for p in sorted(EXAMPLES.glob("*.gold.json"))]


def _inputs() -> list[dict[str, Any]]:
    return [json.loads(p.read_text("utf-8")) for p in sorted(EXAMPLES.glob("*.input.json"))]


def test_bundled_examples_are_valid() -> None:
    n, problems = check_gold.check_folder(EXAMPLES)
    assert n >= 12
    assert problems == []


def test_examples_cover_the_required_features() -> None:
    golds, inputs = _golds(), _inputs()
    types = {e["event_type"] for g in golds for e in g["events"] if not e["optional"]}
    assert len(types) >= MIN_EVENT_TYPES, sorted(types)
    modalities = {e["modality"] for g in golds for e in g["events"]}
    assert {"hedged", "hypothetical", "future", "negated"} <= modalities
    assert sum(1 for a in inputs if a["published"] is None) == 1
    assert any(q["direct"] for g in golds for q in g["quotes"])
    assert any(not q["direct"] for g in golds for q in g["quotes"])
    # one direct quote runs over two paragraphs
    texts = {a["id"]: a["text"] for a in inputs}
    spans = [(g["id"], q["content"]) for g in golds for q in g["quotes"] if q["direct"]]
    assert any("\n\n" in texts[i][c["start"] : c["end"]] for i, c in spans)
    kinds = {m["kind"] for g in golds for m in g["must_not"]}
    assert kinds == {"event", "place"}
    # every use of a toponym occurs, and a demonym naming the place's ground counts as literal
    uses = {p["use"] for g in golds for p in g["places"]}
    assert uses == {"location", "government", "demonym", "embedded"}
    literal_demonyms = [
        p["text"]
        for g in golds
        for p in g["places"]
        if p["literal"] and texts[g["id"]][p["end"] :].startswith(" territory")
    ]
    assert literal_demonyms, "no literal demonym ('Belarusian territory') in the examples"
    for a in inputs:
        assert 250 <= len(a["text"].split()) <= 600, a["id"]


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(EXAMPLES, folder)
    return folder


def _place(gold: dict[str, Any], text: str) -> dict[str, Any]:
    """The first place entry of ``gold`` whose span text is ``text``."""
    place: dict[str, Any] = next(p for p in gold["places"] if p["text"] == text)
    return place


def _edit(path: Path, change: Any) -> None:
    data = json.loads(path.read_text("utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda g: g["times"][0].update(start=g["times"][0]["start"] + 1), "text"),
        (lambda g: g["times"][0].update(end=10**6), "outside"),
        (lambda g: g.update(id="ex-99-wrong"), "id"),
        (lambda g: g["events"][0].update(event_type="ATTACK"), "event_type"),
        (lambda g: g["events"][0].update(modality="hypothetical", optional=False), "optional"),
        (lambda g: g["quotes"][0].pop("resolved_speaker"), "resolved_speaker"),
        (lambda g: g["places"][0].update(tolerance_km=-5), "tolerance_km"),
        (lambda g: g["places"][0].update(lat=None), "lat/lon"),
        (lambda g: _place(g, "Moscow").update(lon=None), "lat/lon"),
        (lambda g: _place(g, "Moscow").update(use="metonymic"), "use must be one of"),
        (lambda g: _place(g, "Moscow").pop("use"), "use must be one of"),
        (lambda g: _place(g, "Moscow").update(use="location"), "contradicts literal"),
        (lambda g: _place(g, "Kharkiv").update(use="government"), "contradicts literal"),
        (lambda g: _place(g, "Belarusian").update(use="demonym"), "contradicts literal"),
        (lambda g: _place(g, "Kharkiv").update(literal="yes"), "literal must be true or false"),
        (lambda g: _place(g, "Kharkiv").update(country="UA"), "country"),
        (lambda g: _place(g, "Minsk").update(literal=True, use="location"), "is a literal place"),
        (lambda g: g["places"].remove(_place(g, "Minsk")), "not a span listed in places"),
        (lambda g: g["must_not"].append({"kind": "event", "event_type": "ASSAULT"}), "why"),
    ],
)
def test_checker_reports_broken_gold(tmp_path: Path, change: Any, expected: str) -> None:
    folder = _copy(tmp_path)
    _edit(folder / "01_kharkiv_strikes.gold.json", change)
    _n, problems = check_gold.check_folder(folder)
    assert problems, "the broken file was accepted"
    assert all(p.startswith("01_kharkiv_strikes") for p in problems)
    assert any(expected in p for p in problems), problems


def test_checker_reports_weekday_mismatch(tmp_path: Path) -> None:
    folder = _copy(tmp_path)

    def shift(g: dict[str, Any]) -> None:
        sunday = next(t for t in g["times"] if t["text"] == "Sunday")
        sunday["value"] = "2026-03-02"

    _edit(folder / "01_kharkiv_strikes.gold.json", shift)
    _n, problems = check_gold.check_folder(folder)
    assert any("is not a sunday" in p for p in problems), problems


def test_checker_reports_missing_gold(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    (folder / "02_gaza_truce_talks.gold.json").unlink()
    _n, problems = check_gold.check_folder(folder)
    assert problems == ["02_gaza_truce_talks.input.json: no gold file 02_gaza_truce_talks.gold.json"]
