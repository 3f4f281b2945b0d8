"""The Typer application the commands register on, and the options every command shares.

The command modules import this module and :mod:`newsevents.cli.app` imports them, so that none of
them imports the module that imports it.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from newsevents.cli.render import plain_text, tsv_text
from newsevents.errors import NewsEventsError
from newsevents.pipeline import Pipeline, load_config

if TYPE_CHECKING:
    from newsevents.store import Store

app = typer.Typer(
    name="newsevents",
    help="Turn news articles into verifiable political event data, locally.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
)
console = Console()
err_console = Console(stderr=True)
#: Whether :func:`build_pipeline` freezes what it has loaded (``gc.freeze``). Set by the `newsevents`
#: command itself (``main``), whose process ends with its command; left unset where the commands run
#: inside another program (the tests, a notebook), whose collector is not theirs to change.
freeze_loaded = False

ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="TOML file merged over the default pipeline config.")
]
DbOption = Annotated[Path, typer.Option("--db", help="DuckDB database file.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
TsvOption = Annotated[
    bool, typer.Option("--tsv", help="Print tab-separated values: a header line, then one line per row.")
]


def print_table(build: Callable[[bool], Table], tsv: bool = False) -> None:
    """The table ``build(short)`` makes: on a terminal a box fitted to its width; elsewhere (a pipe,
    a file) plain aligned columns, or TSV with ``tsv``, unwrapped, with whole ids and texts, and the
    title (its counts) on stderr, so that standard output holds the header and the rows only."""
    if console.is_terminal and not tsv:
        console.print(build(True))
        return
    table = build(False)
    if table.title:
        err_console.print(str(table.title), soft_wrap=True, highlight=False)
    typer.echo(tsv_text(table) if tsv else plain_text(table))


def build_pipeline(config: Path | None, stages: str | None = None, workers: int | None = None) -> Pipeline:
    overrides: dict[str, Any] = {}
    if stages:
        overrides["pipeline"] = {"stages": [s.strip() for s in stages.split(",") if s.strip()]}
    if workers is not None:
        overrides["stages"] = {"nlp": {"n_process": workers}}
    resolved = load_config(config, overrides)  # imports spaCy and every stage
    _freeze_loaded()
    pipeline = Pipeline(resolved)  # loads the dictionaries, the gazetteer and the lexicons
    _freeze_loaded()
    return pipeline


def _freeze_loaded() -> None:
    """Move every object loaded so far out of the collector's sight: modules, dictionaries and
    indexes live as long as the process, and each full collection would walk them all again (in a
    one-article `extract`, one more full collection of 100,000 objects while the actor dictionary
    loads, about 0.07 s). Reference counting still frees them; only cycles among them stay."""
    if freeze_loaded:
        gc.freeze()


def open_store(path: Path, read_only: bool = False) -> Store:
    """The store at ``path``; DuckDB is imported here, by the commands that open a store only, so
    that `extract` does not pay for it at start-up."""
    from newsevents.store import Store

    return Store(path, read_only=read_only)


def fail(exc: NewsEventsError) -> typer.Exit:
    err_console.print(f"[bold red]error[/] {exc}")
    return typer.Exit(code=2)
