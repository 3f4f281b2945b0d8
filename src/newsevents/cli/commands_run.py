"""Commands that run the pipeline: extract, ingest, demo."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from newsevents.cli.progress import article_progress, batch_progress
from newsevents.cli.render import events_table
from newsevents.cli.shell import (
    ConfigOption,
    app,
    build_pipeline,
    console,
    err_console,
    fail,
    open_store,
    print_table,
)
from newsevents.errors import NewsEventsError
from newsevents.examples import FOLDER as EXAMPLES
from newsevents.ingest import IngestOptions
from newsevents.pipeline import load_config
from newsevents.runner import RunSummary
from newsevents.runner import extract as run_extract
from newsevents.runner import ingest as run_ingest
from newsevents.settings import IngestSettings, SharedSettings


def _report(summary: RunSummary) -> None:
    err_console.print(f"[bold]done[/] {summary.line()}")
    for failure in summary.failures:
        err_console.print(f"  [red]{failure.code}[/] {failure.reason}")
    if not summary.ok:
        raise typer.Exit(code=1)


@app.command(
    epilog="Example: `newsevents extract ../shared/datasets/plv/input.jsonl out.jsonl --stages nlp,actors`"
)
def extract(
    input: Annotated[Path, typer.Argument(help="Interchange JSONL input (see FORMAT.md), or - for stdin.")],
    output: Annotated[Path, typer.Argument(help="Interchange JSONL output, or - for stdout.")],
    stages: Annotated[
        str | None, typer.Option(help="Comma-separated stages instead of the config's.")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Read interchange JSONL and write one interchange line per article (FORMAT.md).

    Items that cannot be read or processed get an output line with an `error` object, so no input
    line is missing from the output; the exit status is 1 when any did.
    """
    try:
        pipeline = build_pipeline(config, stages)
        out = sys.stdout if str(output) == "-" else output.open("w", encoding="utf-8")
        with article_progress(err_console, "extract") as tick:
            summary = run_extract(input, out, pipeline, progress=tick, stdin=sys.stdin)
        if out is not sys.stdout:
            out.close()
            # The resolved config travels with the output, as it does with a stored run.
            run_file = output.with_name(output.name + ".run.json")
            run_file.write_text(json.dumps(pipeline.resolved(), indent=1, default=str), encoding="utf-8")
    except NewsEventsError as exc:
        raise fail(exc) from exc
    _report(summary)


@app.command(epilog="Example: `newsevents ingest articles/ feed.jsonl --db events.duckdb --glob '*.html'`")
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories (recursive), or - for stdin.")],
    db: Annotated[Path, typer.Option("--db", help="DuckDB database file.")],
    glob: Annotated[
        str | None, typer.Option(help="Pattern for files inside directories (default: [ingest] glob).")
    ] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date (YYYY-MM-DD) for items without one.")
    ] = None,
    text_field: Annotated[str, typer.Option(help="JSONL/CSV field holding the text.")] = "text",
    id_field: Annotated[str, typer.Option(help="JSONL/CSV field holding the item id.")] = "id",
    title_field: Annotated[str, typer.Option(help="JSONL/CSV field holding the title.")] = "title",
    url_field: Annotated[str, typer.Option(help="JSONL/CSV field holding the URL.")] = "url",
    date_field: Annotated[str, typer.Option(help="JSONL/CSV field holding the date.")] = "published",
    max_chars: Annotated[int | None, typer.Option(help="Items longer than this become failures.")] = None,
    workers: Annotated[int | None, typer.Option(help="spaCy worker processes.")] = None,
    dask: Annotated[
        str | None,
        typer.Option(help="Code on Dask: local:N (N worker processes) or tcp://host:port (a scheduler)."),
    ] = None,
    shards: Annotated[
        str | None,
        typer.Option(help="With --dask: folder or fsspec URL for the workers' Parquet shards (kept)."),
    ] = None,
    reprocess: Annotated[
        bool, typer.Option("--reprocess", help="Code articles the database holds already again.")
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Run the pipeline over articles and store everything in a DuckDB file.

    Shows a progress bar with articles/s, then a summary. Bad items are stored in the `failures`
    table with their reason; the exit status is 1 when any item failed. Articles are committed 50 at
    a time with the failures met on the way: a killed ingest, run again, skips the articles stored
    already ("N already stored") and finishes the rest.
    """
    try:
        if dask is not None or shards is not None:
            given = (glob, published, text_field, id_field, title_field, url_field, date_field, max_chars)
            _report(_dask_ingest(paths, db, config, dask, shards, workers, reprocess, given))
            return
        pipeline = build_pipeline(config, workers=workers)
        options = _options(pipeline.shared.ingest, glob, published, text_field, id_field, title_field,
                           url_field, date_field, max_chars)  # fmt: skip
        with open_store(db) as store, article_progress(console, "ingest") as tick:
            summary = run_ingest(
                paths, store, pipeline, options, progress=tick, stdin=sys.stdin, reprocess=reprocess
            )
    except NewsEventsError as exc:
        raise fail(exc) from exc
    _report(summary)


def _dask_ingest(
    paths: list[Path],
    db: Path,
    config: Path | None,
    dask: str | None,
    shards: str | None,
    workers: int | None,
    reprocess: bool,
    given: tuple[str | None, str | None, str, str, str, str, str, int | None],
) -> RunSummary:
    """``ingest --dask``: the same reading and store, coding on Dask workers (``newsevents.scaleout``)."""
    if dask is None or workers is not None:
        which = "--shards" if dask is None else "--workers"
        hint = "--shards goes with --dask; --workers does not (Dask has its own workers)."
        raise NewsEventsError("E209", what="option", value=which, hint=hint)
    from newsevents.scaleout import ingest_on_dask  # Dask takes a second to import; only its runs pay

    config_dict = load_config(config)
    options = _options(SharedSettings.from_config(config_dict).ingest, *given)
    with open_store(db) as store, batch_progress(console, "ingest") as advance:
        return ingest_on_dask(paths, store, config_dict, dask, options, advance, shards, reprocess, sys.stdin)


def _options(
    settings: IngestSettings,
    glob: str | None,
    published: str | None,
    text_field: str,
    id_field: str,
    title_field: str,
    url_field: str,
    date_field: str,
    max_chars: int | None,
) -> IngestOptions:
    """The pipeline's ``[ingest]`` settings, with what the command line gives in their place."""
    try:
        pub = dt.date.fromisoformat(published) if published else None
    except ValueError as exc:
        raise NewsEventsError("E209", what="--published", value=published, hint="Use YYYY-MM-DD.") from exc
    return IngestOptions.from_settings(
        settings,
        glob=glob,
        max_chars=max_chars,
        text_field=text_field,
        id_field=id_field,
        title_field=title_field,
        url_field=url_field,
        date_field=date_field,
        published=pub,
    )


@app.command(epilog="Example: `newsevents demo --db demo.duckdb`")
def demo(
    db: Annotated[Path, typer.Option("--db", help="DuckDB file to create.")] = Path("newsevents-demo.duckdb"),
    path: Annotated[Path, typer.Option(help="Folder of example articles.")] = EXAMPLES,
) -> None:
    """Ingest the bundled example articles into a DuckDB file and print their factual events."""
    try:
        pipeline = build_pipeline(None)
        options = _options(
            pipeline.shared.ingest, "*.input.json", None, "text", "id", "title", "url", "published", None
        )
        with open_store(db) as store:
            with article_progress(console, "demo") as tick:
                summary = run_ingest([path], store, pipeline, options, progress=tick)
            facts = store.events()
            print_table(lambda short: events_table(facts, title=f"Factual events in {db}", short=short))
    except NewsEventsError as exc:
        raise fail(exc) from exc
    _report(summary)
