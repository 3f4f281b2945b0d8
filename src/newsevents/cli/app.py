"""The `newsevents` command: the application with every command registered, and its entry point."""

from __future__ import annotations

import sys

# Importing the command modules registers their commands on `app`.
from newsevents.cli import commands_query, commands_run, commands_serve, shell  # noqa: F401
from newsevents.cli.shell import app, err_console
from newsevents.errors import NewsEventsError

__all__ = ["app", "main"]


def main() -> None:
    shell.freeze_loaded = True  # this process is the command's own
    try:
        app()
    except NewsEventsError as exc:
        err_console.print(f"[bold red]error[/] {exc}")
        sys.exit(2)


if __name__ == "__main__":
    main()
