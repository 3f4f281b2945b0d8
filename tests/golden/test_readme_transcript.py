"""The README opens with a transcript of `make demo`: its totals and its first rows are what the demo
prints today, so that a reader trying the quickstart sees what the README promised."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from newsevents.cli.app import app
from newsevents.store import Store

README = Path(__file__).resolve().parents[2] / "README.md"
#: The totals line `newsevents demo` ends with, read with its whitespace collapsed: the console may
#: wrap it at any width.
DONE = re.compile(r"done (12 items: .*? after merging)")
#: A row's date and type in the README's table.
README_ROW = re.compile(r"^│ (\d{4}(?:-\d{2}){0,2}) +│ ([A-Z]+) +│", re.M)


def test_the_readme_transcript_is_what_the_demo_prints(tmp_path: Path) -> None:
    readme = README.read_text(encoding="utf-8")
    db = tmp_path / "demo.duckdb"
    result = CliRunner().invoke(app, ["demo", "--db", str(db)], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    promised = DONE.search(" ".join(readme.split()))
    printed = DONE.search(" ".join(result.output.split()))
    assert promised is not None and printed is not None, result.output
    assert printed.group(1) == promised.group(1)
    rows = README_ROW.findall(readme)
    assert len(rows) >= 8
    # the rows the demo prints are the store's factual events in its order
    with Store(db, read_only=True) as store:
        facts = [(e["date_value"] or "", e["event_type"]) for e in store.events()]
    assert facts[: len(rows)] == rows
