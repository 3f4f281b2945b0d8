"""What runs on a Dask worker: code one batch of articles and write it as a shard.

Each worker process builds its pipeline (spaCy, gazetteer, dictionaries) once, on its first task,
and keeps it for every later task with the same config: loading takes seconds, a batch of fifty
articles about as long.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from newsevents.model import Article, Document, Failure
from newsevents.pipeline import Pipeline
from newsevents.runner import RunSummary, process
from newsevents.scaleout.shards import write_shard

_PIPELINES: dict[str, Pipeline] = {}  # config (as JSON) → its pipeline, one per worker process


@dataclass(slots=True)
class BatchResult:
    """What the client needs of a coded batch: where its shard is and what it counts."""

    url: str
    articles: int = 0
    events: int = 0
    quotes: int = 0
    failures: list[Failure] = field(default_factory=list)  # coding failures (E111, E113)
    not_english: Counter[str] = field(default_factory=Counter)


def pipeline_for(config: dict[str, Any]) -> Pipeline:
    key = json.dumps(config, sort_keys=True, default=str)
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(config)
    return _PIPELINES[key]


def warm(config: dict[str, Any]) -> None:
    """Build this worker's pipeline for ``config`` now (``Client.run``), not on its first batch."""
    pipeline_for(config)


def code_batch(articles: list[Article], config: dict[str, Any], run_id: str, url: str) -> BatchResult:
    """Code ``articles`` (distinct, not stored yet) and write their rows as the shard at ``url``."""
    summary = RunSummary()
    docs: list[Document] = []
    failures: list[Failure] = []
    for coded in process(articles, pipeline_for(config), summary, merge=False):
        if isinstance(coded, Failure):
            failures.append(coded)
        else:
            docs.append(coded)
    unstored = write_shard(docs, failures, run_id, url)
    result = BatchResult(url, failures=[*failures, *unstored.values()], not_english=summary.not_english)
    for doc in docs:
        if doc.article.id not in unstored:
            summary.count(doc)
    result.articles, result.events, result.quotes = summary.articles, summary.events, summary.quotes
    return result
