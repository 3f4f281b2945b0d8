"""Every CLI command is documented in docs/CLI.md and has --help with an example."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from newsevents.cli.app import app
from tests.conftest import ROOT

COMMANDS = sorted(c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands)


def test_there_are_commands() -> None:
    assert {"extract", "ingest", "events", "show", "quotes", "export", "demo"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_command_is_documented(command: str) -> None:
    doc = (ROOT / "docs" / "CLI.md").read_text(encoding="utf-8")
    assert re.search(rf"^## `newsevents {command}`", doc, re.M), f"docs/CLI.md lacks a section for {command}"


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_an_example(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert "Example: " in result.output and f"newsevents {command}" in result.output
