"""The Typer application the commands register on, and the options every command shares.

The command modules import this module and :mod:`newsevents.cli.app` imports them, so that none of
them imports the module that imports it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

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

ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="TOML file merged over the default pipeline config.")
]
DbOption = Annotated[Path, typer.Option("--db", help="DuckDB database file.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def build_pipeline(config: Path | None, stages: str | None = None, workers: int | None = None) -> Pipeline:
    overrides: dict[str, Any] = {}
    if stages:
        overrides["pipeline"] = {"stages": [s.strip() for s in stages.split(",") if s.strip()]}
    if workers is not None:
        overrides["stages"] = {"nlp": {"n_process": workers}}
    return Pipeline(load_config(config, overrides))


def open_store(path: Path, read_only: bool = False) -> Store:
    """The store at ``path``; DuckDB is imported here, by the commands that open a store only, so
    that `extract` does not pay for it at start-up."""
    from newsevents.store import Store

    return Store(path, read_only=read_only)


def fail(exc: NewsEventsError) -> typer.Exit:
    err_console.print(f"[bold red]error[/] {exc}")
    return typer.Exit(code=2)
