"""Fixtures of the pipeline tests that need a whole store: the bundled examples ingested once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsevents.examples import FOLDER as EXAMPLES
from newsevents.ingest import IngestOptions
from newsevents.pipeline import Pipeline
from newsevents.runner import ingest
from newsevents.store import Store


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory, default_pipeline: Callable[[], Pipeline]) -> Path:
    """A database of the bundled example articles, as `newsevents demo` builds it (incidents merged).
    Shared by the tests of a process: tests only read it."""
    db = tmp_path_factory.mktemp("examples") / "examples.duckdb"
    pipeline = default_pipeline()
    options = IngestOptions.from_settings(pipeline.shared.ingest, glob="*.input.json")
    with Store(db) as store:
        summary = ingest([EXAMPLES], store, pipeline, options)
    assert summary.articles >= 12 and not summary.failures
    return db
