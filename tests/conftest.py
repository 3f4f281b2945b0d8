"""Shared fixtures. The spaCy model is loaded once per test process and injected, never re-loaded."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsevents.model import Article, Document
from newsevents.pipeline import Pipeline, load_config
from newsevents.resources import Resources

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


#: Test folders whose tests load the real spaCy model: ``pytest -m "not model"`` leaves them out.
MODEL_FOLDERS = ("pipeline", "golden", "browser")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark by folder: tests/unit is fast and model-free, tests/pipeline and tests/golden load the
    model (tests/golden runs the whole pipeline over the example and seed articles), and so does
    tests/browser, whose dashboard shows a store of the examples."""
    for item in items:
        folder = item.path.parent.name
        if folder in MODEL_FOLDERS:
            item.add_marker(pytest.mark.model)


@pytest.fixture(scope="session")
def resources() -> Resources:
    """One Resources per test process: the spaCy model and knowledge load once and are shared."""
    return Resources()


@pytest.fixture(scope="session")
def run_stages(resources: Resources) -> Callable[..., Document]:
    """``run_stages(text, stages=[...], published=None)`` → Document, through the real pipeline."""
    cache: dict[tuple[str, ...], Pipeline] = {}

    def run(text: str, stages: list[str] | None = None, **article: Any) -> Document:
        key = tuple(stages) if stages is not None else ("__all__",)
        if key not in cache:
            overrides = {"pipeline": {"stages": list(stages)}} if stages is not None else None
            cache[key] = Pipeline(load_config(overrides=overrides), resources)
        return cache[key](Article(id=article.pop("id", "test"), text=text, **article))

    return run


@pytest.fixture(scope="session")
def default_pipeline(resources: Resources) -> Callable[[], Pipeline]:
    """The default pipeline, built once per test process over the shared resources."""
    built: list[Pipeline] = []

    def get() -> Pipeline:
        if not built:
            built.append(Pipeline(load_config(), resources))
        return built[0]

    return get
