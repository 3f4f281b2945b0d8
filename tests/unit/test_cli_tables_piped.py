"""Tables that survive a pipe: when stdout is not a terminal, `events`, `quotes` and `incidents` print
plain aligned columns (or TSV with --tsv), one line per row, never wrapped nor cut; on a terminal,
the boxed table."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from rich.console import Console
from rich.table import Table
from typer.testing import CliRunner

from newsevents.cli import shell
from newsevents.cli.app import app
from newsevents.cli.render import events_table, plain_text, tsv_text
from newsevents.store import Store
from tests.unit.test_store import kharkiv_doc, tbilisi_doc

BOX = set("│┃━─┏┡└┌")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "k.duckdb"
    with Store(path) as store:
        run_id = store.start_run({})
        store.write(kharkiv_doc(), run_id)
        store.write(tbilisi_doc(), run_id)
    return path


def _run(*args: str) -> str:
    """Standard output alone; the title, with its counts, goes to stderr."""
    # COLUMNS=40: a terminal table would wrap every cell; piped output must not care.
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "40", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert result.stderr.rstrip().endswith(("events", "quotes", "reports"))
    return result.stdout


@pytest.mark.parametrize("command", ["events", "quotes", "incidents"])
def test_piped_tables_are_plain_one_line_per_row(db: Path, command: str) -> None:
    with Store(db, read_only=True) as store:
        rows = {"events": store.events, "quotes": store.quotes, "incidents": store.incidents}[command]()
    lines = _run(command, "--db", str(db)).splitlines()
    assert rows and len(lines) == len(rows) + 1  # the header, then one line per row
    assert not BOX & set("".join(lines))
    assert max(len(line) for line in lines) > 40  # not wrapped to the width
    header = lines[0].split()
    assert header[0] in ("date", "speaker")


def test_piped_events_keep_whole_ids_and_texts(db: Path) -> None:
    with Store(db, read_only=True) as store:
        events = store.events()
    output = _run("events", "--db", str(db))
    assert "a-kharkiv" in output and "a-tbilisi" in output  # whole article ids, not 8 characters
    for event in events:
        if event["attributed_source"]:
            assert f"({event['attributed_source']})" in output


def test_tsv_has_one_field_per_column_and_the_header_first(db: Path) -> None:
    with Store(db, read_only=True) as store:
        events = store.events()
        quotes = store.quotes()
    rows = list(csv.reader(io.StringIO(_run("events", "--db", str(db), "--tsv")), delimiter="\t"))
    assert rows[0] == [
        "date",
        "type",
        "mode",
        "article",
        "source",
        "target",
        "location",
        "counts",
        "modality",
    ]
    assert len(rows) == len(events) + 1 and all(len(r) == 9 for r in rows)
    assert [r[3] for r in rows[1:]] == [e["article_id"] for e in events]
    quoted = list(csv.reader(io.StringIO(_run("quotes", "--db", str(db), "--tsv")), delimiter="\t"))
    assert [r[4] for r in quoted[1:]] == [" ".join(q["content_text"].split()) for q in quotes]
    incidents = _run("incidents", "--db", str(db), "--tsv").splitlines()
    assert incidents[0].split("\t")[:4] == ["date", "type", "source→target", "incident"]


def test_a_cell_with_a_tab_or_a_line_break_stays_in_its_row() -> None:
    table = Table()
    table.add_column("a")
    table.add_column("b")
    table.add_row("one\ttwo", "three\nfour")
    assert tsv_text(table).splitlines() == ["a\tb", "one two\tthree four"]
    assert plain_text(table).splitlines() == ["a        b", "one two  three four"]


def test_a_terminal_gets_the_boxed_table(monkeypatch: pytest.MonkeyPatch) -> None:
    screen = io.StringIO()
    monkeypatch.setattr(shell, "console", Console(file=screen, force_terminal=True, width=60))
    rows = [{"date_value": "2025-11-16", "event_type": "ASSAULT", "article_id": "a-very-long-article-id"}]
    shell.print_table(lambda short: events_table(rows, title="1 events", short=short))
    shown = screen.getvalue()
    assert BOX & set(shown) and "1 events" in shown
    assert "a-very-l" in shown and "a-very-long-article-id" not in shown  # the short id on a screen
