"""The `newsevents` command freezes what its pipeline loaded (``gc.freeze``), so that full collections
do not walk the modules and dictionaries again; commands run inside another program leave that
program's collector alone."""

from __future__ import annotations

import gc

import pytest

from newsevents.cli import shell


def test_the_command_freezes_the_modules_and_indexes_its_pipeline_loaded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(shell, "freeze_loaded", True)
    before = gc.get_freeze_count()
    try:
        pipeline = shell.build_pipeline(None, "nlp")
        assert pipeline.stage_names == ["nlp"]
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()


def test_a_pipeline_built_inside_another_program_leaves_its_collector_alone() -> None:
    assert shell.freeze_loaded is False, "only the command's own entry point sets it"
    before = gc.get_freeze_count()
    shell.build_pipeline(None, "nlp")
    assert gc.get_freeze_count() == before
