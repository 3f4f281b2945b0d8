"""Batch runs: ingest sources → pipeline → store or interchange file, recording every failure.

Every item read ends as exactly one of: an article stored (or written), a duplicate of an article
earlier in the run (merged into it), an article stored by an earlier run (skipped; ``ingest`` only),
or a failure with a catalogue code. :class:`RunSummary` counts them and ``lost`` (the items given
minus those four) is zero by construction; the tests of ``tests/test_runner_accounting.py`` drive
arbitrary inputs through both commands to hold it so.

The CLI is a thin shell over these functions; progress is reported through a callback so the
library stays free of terminal concerns.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from newsevents.errors import describe, warning
from newsevents.ingest import IngestOptions, iter_items
from newsevents.ingest.build import clean
from newsevents.ingest.language import detect, load_identifier
from newsevents.interchange import document_record, output_id
from newsevents.model import Article, Document, Failure
from newsevents.nlp.doc_views import release
from newsevents.pipeline import Pipeline

if TYPE_CHECKING:
    from newsevents.store import Store

Progress = Callable[[Document], None]

#: Documents per store transaction (``Store.write_batch``): failures go with them, so a batch and the
#: failures met while reading it commit together or not at all. 50 is the store's tested batch size.
BATCH = 50
#: Failures that close a batch by themselves, so that a file of nothing but bad lines is committed
#: as it is read rather than held in memory.
FAILURE_BATCH = 1000


@dataclass(slots=True)
class RunSummary:
    given: int = 0  # items read: each file, record, row or stream that is one article or one failure
    articles: int = 0  # articles stored (ingest) or written (extract)
    merged: int = 0  # items whose text is that of an earlier item of this run: one article
    already: int = 0  # items stored by an earlier run, skipped (ingest resumes)
    events: int = 0
    quotes: int = 0
    failures: list[Failure] = field(default_factory=list)
    not_english: Counter[str] = field(default_factory=Counter)  # articles not coded, by language
    run_id: str | None = None
    incidents: int | None = None  # incidents in the store after the run (``ingest`` merges them)

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def lost(self) -> int:
        """Items given that ended as nothing: 0 unless something is wrong in newsevents itself."""
        return self.given - self.articles - self.merged - self.already - len(self.failures)

    def line(self) -> str:
        parts = [
            f"{self.given} items: {self.articles} articles, {self.events} events, {self.quotes} quotes, "
            f"{len(self.failures)} failures"
        ]
        if self.already:
            parts.append(f", {self.already} already stored")
        if self.merged:
            parts.append(f", {self.merged} duplicates merged")
        if self.lost:
            parts.append(f", {self.lost} LOST (a defect: please report it)")
        if self.not_english:
            languages = ", ".join(
                f"{code} {n}" for code, n in sorted(self.not_english.items(), key=_by_count)
            )
            n = sum(self.not_english.values())
            parts.append(f"; {n} article{'s' if n != 1 else ''} not in English: {languages}")
        if self.incidents is not None:
            parts.append(f"; {self.incidents} incidents in the store after merging")
        return "".join(parts)

    def count(self, doc: Document) -> None:
        self.articles += 1
        self.events += len(doc.events)
        self.quotes += len(doc.quotes)

    def totals(self) -> dict[str, int]:
        """The counts the ``runs`` table keeps beside articles, failures and events."""
        return {
            "given": self.given,
            "merged": self.merged,
            "already": self.already,
            "not_english": sum(self.not_english.values()),
        }


def _by_count(entry: tuple[str, int]) -> tuple[int, str]:
    return -entry[1], entry[0]


def _pipeline_failure(doc: Document) -> Failure:
    source = doc.article.source or doc.article.id
    item = doc.article.meta.get("item")
    return Failure(
        source=source,
        code="E111",
        reason=clean(describe("E111", source=source, detail=doc.error)),
        item=str(doc.article.meta.get("source_id", item if item is not None else doc.article.id)),
    )


def clean_failure(failure: Failure) -> Failure:
    """``failure`` with its text storable and printable: lone surrogates (from a file name or a
    quoted bad line) become U+FFFD."""
    item = None if failure.item is None else clean(failure.item)
    return replace(failure, source=clean(failure.source), reason=clean(failure.reason), item=item)


def process(
    items: Iterable[Article | Failure],
    pipeline: Pipeline,
    summary: RunSummary,
    progress: Progress | None = None,
    stored: set[str] | None = None,
    merge: bool = True,
) -> Iterator[Document | Failure]:
    """Each item as a document to keep or a failure to record; counts what it drops in ``summary``.

    Failures of reading, of a stage (E111) or of the pipeline itself come out as failures; an item
    with the text of an earlier one is counted as merged (unless not ``merge``: ``extract`` writes a
    line for every item), one whose id is in ``stored`` as already stored. An article not in English
    is a document without stage output, with its language and a warning. Documents are not counted
    as articles here: their consumer counts what it keeps.
    """
    side: deque[Document | Failure] = deque()  # met while the pipeline reads ahead
    seen: set[str] = set()
    identifier = pipeline.resources.get("language.identifier", load_identifier)

    def articles() -> Iterator[Article]:
        for item in items:
            summary.given += 1
            if isinstance(item, Failure):
                side.append(clean_failure(item))
            elif merge and item.id in seen:
                summary.merged += 1
            elif stored is not None and item.id in stored:
                summary.already += 1
            else:
                seen.add(item.id)
                if _english(item, identifier, summary):
                    _complete_published(item, pipeline)
                    yield item
                else:
                    side.append(Document(article=item))

    for doc in guarded_pipe(pipeline, articles()):
        while side:
            yield side.popleft()
        # The consumers (the store, the interchange writer) read the document model only; the spaCy
        # Doc, the largest part of a document, is let go before the document waits for its batch.
        if doc.spacy is not None:
            release(doc.spacy)
        doc.spacy = None
        if progress is not None:
            progress(doc)
        yield doc if doc.error is None else _pipeline_failure(doc)
    while side:
        yield side.popleft()


def _english(article: Article, identifier: Any, summary: RunSummary) -> bool:
    language = detect(article.text, identifier)
    article.meta["language"] = language.code
    if not language.english:
        summary.not_english[language.code] += 1
        article.meta.setdefault("warnings", []).append(warning("W103", language=language.code))
    return language.english


def _complete_published(article: Article, pipeline: Pipeline) -> None:
    """A publication date given without a year ("December 9") takes the year the text implies, as
    the times stage infers it (a weekday beside a date, else the latest full date); without one it
    stays a month and day (``meta["published_month_day"]``) with a warning."""
    month_day = article.meta.get("published_month_day")
    if article.published is not None or not isinstance(month_day, str):
        return
    month, day = int(month_day[2:4]), int(month_day[5:7])
    year = _inferred_year(article.text, pipeline)
    if year is not None:
        published = _day(year, month, day)
        if published is not None:
            article.published = published
            article.meta["published_reason"] = (
                f"publication date {article.meta.get('published_given')!r} without a year; year {year} "
                "inferred from the text"
            )
            return
    given = article.meta.get("published_given", month_day)
    article.meta.setdefault("warnings", []).append(warning("W102", value=given, month_day=month_day))


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:  # 29 February in a year that has none
        return None


def _inferred_year(text: str, pipeline: Pipeline) -> int | None:
    """The year of the anchor the times stage would infer for ``text`` without a publication date."""
    stage = next((s for s in pipeline.stages if s.name == "times"), None)
    if stage is None:
        return None
    from newsevents.times.anchor import infer_anchor
    from newsevents.times.recognize import recognise

    tagger = stage.tagger  # type: ignore[attr-defined]
    today = stage.today()  # type: ignore[attr-defined]
    anchor = infer_anchor(None, recognise(text, tagger.rules, tagger.lex), text, tagger.lex, today)
    return None if anchor.date is None else anchor.date.year


def guarded_pipe(pipeline: Pipeline, articles: Iterator[Article]) -> Iterator[Document]:
    """``pipeline.pipe(articles)``, where an error the stages do not catch costs one article only.

    Stages catch an article's errors themselves (``Document.error``), but a batching stage (spaCy's
    ``nlp.pipe``) can fail for a whole batch. Then the articles the pipeline had taken and not yet
    returned are run again one at a time, the one that fails again becomes a document with its
    error (E111), and the stream goes on with the rest.
    """
    taken: deque[Article] = deque()

    def feed() -> Iterator[Article]:
        for article in articles:
            taken.append(article)
            yield article

    while True:
        try:
            for doc in pipeline.pipe(feed()):
                if taken and taken[0] is doc.article:
                    taken.popleft()
                yield doc
            return
        except Exception:  # noqa: BLE001  (retried one by one below; the failing one is recorded)
            stuck = list(taken)
            taken.clear()
        for article in stuck:
            yield _alone(pipeline, article)


def _alone(pipeline: Pipeline, article: Article) -> Document:
    try:
        return pipeline(article)
    except Exception as exc:  # noqa: BLE001  (recorded as the article's error, E111)
        doc = Document(article=article)
        doc.error = f"{type(exc).__name__}: {exc}"
        return doc


def extract(
    source: Path | str,
    out: TextIO,
    pipeline: Pipeline,
    options: IngestOptions | None = None,
    progress: Progress | None = None,
    stdin: TextIO | None = None,
) -> RunSummary:
    """Interchange JSONL in, one interchange line out per item (FORMAT.md); a failed item's line
    carries an ``error`` object instead of events, so no input is silently missing."""
    summary = RunSummary()
    options = options or IngestOptions.from_settings(pipeline.shared.ingest)
    items = iter_items([source], options, stdin=stdin)
    for result in process(items, pipeline, summary, progress, merge=False):
        if isinstance(result, Failure):
            summary.failures.append(result)
            record: dict[str, Any] = {
                "id": result.item,
                "error": {"code": result.code, "reason": result.reason},
            }
        else:
            summary.count(result)
            record = document_record(result)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return summary


def ingest(
    paths: Sequence[Path | str],
    store: Store,
    pipeline: Pipeline,
    options: IngestOptions | None = None,
    progress: Progress | None = None,
    stdin: TextIO | None = None,
    reprocess: bool = False,
) -> RunSummary:
    """Read ``paths`` into ``store`` under a new run that records the resolved pipeline, then rebuild
    the store's incidents (reports of one event across articles, ``Store.merge_incidents``).

    Articles and the failures met while reading them are committed together, :data:`BATCH` articles
    at a time, so a killed run leaves whole batches; run again, it skips the articles already stored
    (by content id; ``reprocess`` codes them again) and marks the killed run aborted.
    """
    summary = RunSummary()
    run_id = store.start_run(pipeline.resolved())
    summary.run_id = run_id
    items = iter_items(
        list(paths), options or IngestOptions.from_settings(pipeline.shared.ingest), stdin=stdin
    )
    known = None if reprocess else store.article_ids()
    docs: list[Document] = []
    failures: list[Failure] = []

    def flush() -> None:
        unstored = store.write_batch(docs, failures, run_id)
        summary.failures.extend(failures)
        summary.failures.extend(unstored.values())
        for doc in docs:
            if doc.article.id not in unstored:
                summary.count(doc)
        docs.clear()
        failures.clear()

    for result in process(items, pipeline, summary, progress, known):
        if isinstance(result, Failure):
            failures.append(result)
        else:
            docs.append(result)
        if len(docs) >= BATCH or len(failures) >= FAILURE_BATCH:
            flush()
    flush()
    store.finish_run(
        run_id, articles=summary.articles, failures=len(summary.failures), events=summary.events,
        **summary.totals(),
    )  # fmt: skip
    # Reports of one event across articles become one incident; rebuilding is cheap next to the
    # pipeline (grouping is blocked by type and day), so every ingest leaves them current.
    summary.incidents = store.merge_incidents()
    return summary


__all__ = ["RunSummary", "clean_failure", "extract", "guarded_pipe", "ingest", "output_id", "process"]
