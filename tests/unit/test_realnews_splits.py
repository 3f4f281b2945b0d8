"""``scripts/realnews.py``: how the real-news development set is split into development and held back.

The split is fixed by the data: an article keeps the split it was given, a new report of a known
story joins its story's split, and new articles are held back, in hash order, while the held-back part
is under a third. Model-free.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def realnews() -> ModuleType:
    spec = importlib.util.spec_from_file_location("realnews_script", ROOT / "scripts" / "realnews.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def line(aid: str, split: str | None = None, story: str | None = None) -> dict[str, object]:
    found: dict[str, object] = {"id": aid, "story": story}
    if split:
        found["split"] = split
    return found


def test_articles_that_have_a_split_keep_it(realnews: ModuleType) -> None:
    lines = [line(f"a{i}", "dev") for i in range(9)] + [line("b", "heldout")]
    realnews.assign_splits(lines)
    assert [x["split"] for x in lines] == ["dev"] * 9 + ["heldout"]


def test_new_articles_are_held_back_until_a_third_is(realnews: ModuleType) -> None:
    lines = [line(f"old{i}", "dev") for i in range(6)] + [line(f"new{i}") for i in range(6)]
    realnews.assign_splits(lines)
    held = [x["id"] for x in lines if x["split"] == "heldout"]
    assert len(held) == 4
    assert all(str(aid).startswith("new") for aid in held)
    assert all(x["split"] == "dev" for x in lines[:6])


def test_a_new_report_of_a_known_story_joins_its_split(realnews: ModuleType) -> None:
    lines = [line("old", "dev", story="s"), line("new", story="s")] + [line(f"x{i}") for i in range(4)]
    realnews.assign_splits(lines)
    assert lines[1]["split"] == "dev"


def test_the_reports_of_a_new_story_share_one_split(realnews: ModuleType) -> None:
    lines = [line(f"new{i}", story="pair" if i < 2 else None) for i in range(7)]
    realnews.assign_splits(lines)
    assert lines[0]["split"] == lines[1]["split"]
    assert sum(1 for x in lines if x["split"] == "heldout") >= 7 / 3
