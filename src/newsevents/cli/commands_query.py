"""Commands that read a database: events, incidents, show, quotes, export.

They open the database read-only: they never create it (a path that does not exist is E212) and
never take the write lock, so any number of them run side by side. While an ingest writes the file,
DuckDB lets no other process open it: a query then fails at once with E207, whose hint says to retry.

Filter values go to the library as the user typed them: :mod:`newsevents.store.query` validates them
(E209), so the command and a library caller are refused alike, by one piece of code.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from newsevents.cli.render import article_view, events_table, incidents_table, quotes_table
from newsevents.cli.shell import DbOption, JsonOption, TsvOption, app, console, fail, open_store, print_table
from newsevents.errors import NewsEventsError
from newsevents.model import FACTUAL_MODALITIES


def _print_json(rows: Any) -> None:
    console.print_json(json.dumps(rows, default=str, ensure_ascii=False))


@app.command(
    epilog="Example: `newsevents events --db events.duckdb --type CONSULT --country SYR --since 2025-11`"
)
def events(
    db: DbOption,
    type: Annotated[list[str] | None, typer.Option("--type", help="PLOVER event type; repeatable.")] = None,
    actor: Annotated[str | None, typer.Option(help="Substring of an actor's text, name or id.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO3 country of the source or target.")] = None,
    since: Annotated[str | None, typer.Option(help="Earliest event date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Latest event date (YYYY[-MM[-DD]]).")] = None,
    modality: Annotated[
        list[str] | None,
        typer.Option(help="Modality to include; repeatable. Default: asserted and reported (facts)."),
    ] = None,
    all_modalities: Annotated[bool, typer.Option("--all", help="Include hedged, hypothetical, …")] = False,
    limit: Annotated[int | None, typer.Option(help="At most this many rows.")] = None,
    as_json: JsonOption = False,
    tsv: TsvOption = False,
) -> None:
    """List stored events, factual only unless asked otherwise."""
    try:
        with open_store(db, read_only=True) as store:
            rows = store.events(
                types=type,
                actor=actor,
                country=country,
                since=since,
                until=until,
                modalities=None if all_modalities else modality or FACTUAL_MODALITIES,
                limit=limit,
            )
    except NewsEventsError as exc:
        raise fail(exc) from exc
    if as_json:
        _print_json(rows)
    else:
        print_table(lambda short: events_table(rows, title=f"{len(rows)} events", short=short), tsv)


@app.command(
    epilog="Example: `newsevents incidents --db events.duckdb --type ASSAULT --country UKR --min-reports 2`"
)
def incidents(
    db: DbOption,
    type: Annotated[list[str] | None, typer.Option("--type", help="PLOVER event type; repeatable.")] = None,
    country: Annotated[
        str | None, typer.Option(help="ISO3 country of a source or target, or where it happened.")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Earliest incident date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Latest incident date (YYYY[-MM[-DD]]).")] = None,
    min_reports: Annotated[
        int, typer.Option("--min-reports", help="Only incidents told by at least this many reports.")
    ] = 1,
    as_json: JsonOption = False,
    tsv: TsvOption = False,
) -> None:
    """List incidents: the factual events of all articles grouped by the real-world event they report.

    Incidents are rebuilt from the events first when these changed since the last merge.
    """
    try:
        with open_store(db, read_only=True) as store:
            rows = store.incidents(
                types=type, country=country, since=since, until=until, min_reports=min_reports
            )
    except NewsEventsError as exc:
        raise fail(exc) from exc
    if as_json:
        _print_json(rows)
    else:
        reports = sum(int(r["n_reports"]) for r in rows)
        title = f"{len(rows)} incidents from {reports} reports"
        print_table(lambda short: incidents_table(rows, title=title, short=short), tsv)


@app.command(epilog="Example: `newsevents show a3f9c2e1d4b5a6c7 --db events.duckdb`")
def show(
    article_id: Annotated[
        str, typer.Argument(help="Article id (as listed by `events`); a prefix is enough.")
    ],
    db: DbOption,
) -> None:
    """Print an article with each event's evidence highlighted and its events listed below."""
    try:
        with open_store(db, read_only=True) as store:
            article = store.article(article_id)
    except NewsEventsError as exc:
        raise fail(exc) from exc
    console.print(article_view(article))


@app.command(epilog="Example: `newsevents quotes --db events.duckdb --speaker Trump --json`")
def quotes(
    db: DbOption,
    speaker: Annotated[str | None, typer.Option(help="Substring of the speaker's text or name.")] = None,
    as_json: JsonOption = False,
    tsv: TsvOption = False,
) -> None:
    """List stored quotes with their resolved speakers and claim flags."""
    try:
        with open_store(db, read_only=True) as store:
            rows = store.quotes(speaker=speaker)
    except NewsEventsError as exc:
        raise fail(exc) from exc
    if as_json:
        _print_json(rows)
    else:
        print_table(lambda short: quotes_table(rows, title=f"{len(rows)} quotes", short=short), tsv)


@app.command(epilog="Example: `newsevents export events.tsv --db events.duckdb --format gdelt`")
def export(
    output: Annotated[Path, typer.Argument(help="File to write.")],
    db: DbOption,
    format: Annotated[
        str,
        typer.Option(
            "--format",
            help="jsonl, csv, parquet or geojson; or another dataset's layout: gdelt, acled or polecat.",
        ),
    ] = "jsonl",
    all_modalities: Annotated[bool, typer.Option("--all", help="Include non-factual events.")] = False,
    table: Annotated[str, typer.Option(help="events, or quotes (jsonl, csv or parquet).")] = "events",
) -> None:
    """Export events (factual only unless --all) as JSONL, CSV, Parquet, GeoJSON, or in the layout of
    GDELT, ACLED or POLECAT (docs/EXPORTS.md), or the quotes. Reads the database only: re-exporting
    never codes anything again."""
    # Imported here: the layouts pull in the API's models and FastAPI, which `extract` does not need.
    from newsevents.exports import LAYOUTS, export_layout

    layout = format.strip().lower()
    try:
        with open_store(db, read_only=True) as store:
            if layout in LAYOUTS and table == "events":
                n = export_layout(store, output, layout, include_all_modalities=all_modalities)
            elif layout in LAYOUTS:
                raise NewsEventsError(
                    "E209", what="--table", value=table, hint=f"The {layout} layout holds events only."
                )
            elif table == "quotes":
                n = store.export_quotes(output, format)
            elif table == "events":
                n = store.export(output, format, include_all_modalities=all_modalities)
            else:
                raise NewsEventsError("E209", what="--table", value=table, hint="Use events or quotes.")
    except NewsEventsError as exc:
        raise fail(exc) from exc
    console.print(f"wrote {n} rows to {output}")
