"""The README opens with a transcript of `make demo`: its totals and its first rows are what the demo
prints today, so that a reader trying the quickstart sees what the README promised."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from newsevents.cli.app import app

README = Path(__file__).resolve().parents[2] / "README.md"
#: The totals line `newsevents demo` ends with.
DONE = re.compile(r"^done (12 items: .*)$", re.M)
#: A row's date and type, in the README's boxed table and in the demo's plain output.
README_ROW = re.compile(r"^│ (\d{4}(?:-\d{2}){0,2}) +│ ([A-Z]+) +│", re.M)
OUTPUT_ROW = re.compile(r"^(\d{4}(?:-\d{2}){0,2}) +([A-Z]+) ", re.M)


def test_the_readme_transcript_is_what_the_demo_prints(tmp_path: Path) -> None:
    readme = README.read_text(encoding="utf-8")
    result = CliRunner().invoke(
        app, ["demo", "--db", str(tmp_path / "demo.duckdb")], env={"COLUMNS": "200", "NO_COLOR": "1"}
    )
    assert result.exit_code == 0, result.output
    promised, printed = DONE.search(readme), DONE.search(result.output)
    assert promised is not None and printed is not None, result.output
    assert printed.group(1) == promised.group(1)
    rows = README_ROW.findall(readme)
    assert len(rows) >= 8
    assert OUTPUT_ROW.findall(result.output)[: len(rows)] == rows
