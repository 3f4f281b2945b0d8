"""Batch runs: ingest sources → pipeline → store or interchange file, recording every failure.

The CLI is a thin shell over these functions; progress is reported through a callback so the
library stays free of terminal concerns.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from newsevents.errors import describe
from newsevents.ingest import IngestOptions, iter_items
from newsevents.interchange import document_record, output_id
from newsevents.model import Article, Document, Failure
from newsevents.pipeline import Pipeline

if TYPE_CHECKING:
    from newsevents.store import Store

Progress = Callable[[Document], None]


@dataclass(slots=True)
class RunSummary:
    articles: int = 0
    events: int = 0
    quotes: int = 0
    failures: list[Failure] = field(default_factory=list)
    run_id: str | None = None
    incidents: int | None = None  # incidents in the store after the run (``ingest`` merges them)

    @property
    def ok(self) -> bool:
        return not self.failures

    def line(self) -> str:
        merged = "" if self.incidents is None else f"; {self.incidents} incidents in the store after merging"
        return (
            f"{self.articles} articles, {self.events} events, {self.quotes} quotes, "
            f"{len(self.failures)} failures{merged}"
        )


def _articles(items: Iterable[Article | Failure], summary: RunSummary) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Failure):
            summary.failures.append(item)
        else:
            yield item


def _pipeline_failure(doc: Document) -> Failure:
    source = doc.article.source or doc.article.id
    return Failure(
        source=source,
        code="E111",
        reason=describe("E111", source=source, detail=doc.error),
        item=str(doc.article.meta.get("source_id", doc.article.id)),
    )


def process(
    items: Iterable[Article | Failure],
    pipeline: Pipeline,
    summary: RunSummary,
    progress: Progress | None = None,
) -> Iterator[Document]:
    """Healthy documents; input and pipeline failures go to ``summary.failures``."""
    for doc in pipeline.pipe(_articles(items, summary)):
        if progress is not None:
            progress(doc)
        if doc.error is not None:
            summary.failures.append(_pipeline_failure(doc))
            continue
        summary.articles += 1
        summary.events += len(doc.events)
        summary.quotes += len(doc.quotes)
        yield doc


def extract(
    source: Path | str,
    out: TextIO,
    pipeline: Pipeline,
    options: IngestOptions | None = None,
    progress: Progress | None = None,
    stdin: TextIO | None = None,
) -> RunSummary:
    """Interchange JSONL in, one interchange line out per article (FORMAT.md)."""
    summary = RunSummary()
    options = options or IngestOptions.from_settings(pipeline.shared.ingest)
    items = iter_items([source], options, stdin=stdin)
    for doc in process(items, pipeline, summary, progress):
        out.write(json.dumps(document_record(doc), ensure_ascii=False) + "\n")
    for failure in summary.failures:
        # One line per input item, failed ones too, so that no input is silently missing.
        record = {"id": failure.item, "error": {"code": failure.code, "reason": failure.reason}}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return summary


def ingest(
    paths: Sequence[Path | str],
    store: Store,
    pipeline: Pipeline,
    options: IngestOptions | None = None,
    progress: Progress | None = None,
    stdin: TextIO | None = None,
) -> RunSummary:
    """Read ``paths`` into ``store`` under a new run that records the resolved pipeline, then rebuild
    the store's incidents (reports of one event across articles, ``Store.merge_incidents``)."""
    summary = RunSummary()
    run_id = store.start_run(pipeline.resolved())
    summary.run_id = run_id
    items = iter_items(
        list(paths), options or IngestOptions.from_settings(pipeline.shared.ingest), stdin=stdin
    )
    store.write_many(process(items, pipeline, summary, progress), run_id)
    for failure in summary.failures:
        store.record_failure(failure, run_id)
    store.finish_run(run_id, articles=summary.articles, failures=len(summary.failures), events=summary.events)
    # Reports of one event across articles become one incident; rebuilding is cheap next to the
    # pipeline (grouping is blocked by type and day), so every ingest leaves them current.
    summary.incidents = store.merge_incidents()
    return summary


__all__ = ["RunSummary", "extract", "ingest", "output_id", "process"]
