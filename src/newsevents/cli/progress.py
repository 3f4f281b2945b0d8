"""A Rich progress display for batch runs, showing articles per second."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from newsevents.model import Document
from newsevents.runner import Progress as ProgressCallback


@contextmanager
def article_progress(console: Console, label: str) -> Iterator[ProgressCallback]:
    """A bar moved on by each coded document."""
    with batch_progress(console, label) as advance:

        def tick(doc: Document) -> None:
            advance(1, len(doc.events))

        yield tick


@contextmanager
def batch_progress(console: Console, label: str) -> Iterator[Callable[[int, int], None]]:
    """A bar moved on by a number of articles and events at a time (a Dask batch merged)."""
    columns = (
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} articles"),
        TextColumn("{task.fields[rate]:.1f} articles/s"),
        TextColumn("{task.fields[events]} events"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task(label, total=None, rate=0.0, events=0)
        counts = {"events": 0}

        def advance(articles: int, events: int) -> None:
            counts["events"] += events
            bar.advance(task, articles)
            elapsed = bar.tasks[task].elapsed or 0.0
            done = bar.tasks[task].completed
            bar.update(task, rate=done / elapsed if elapsed else 0.0, events=counts["events"])

        yield advance
