"""`newsevents extract`: interchange in, interchange out, no input line lost."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from newsevents.cli.app import app
from newsevents.interchange import FORMAT_VERSION

GOOD = {
    "id": "wire-1",
    "text": "Egypt's foreign minister met his Qatari counterpart in Cairo on Monday.",
    "published": "2024-03-05",
    "title": None,
    "url": None,
}


def _run(tmp_path: Path, lines: list[str], *extra: str) -> tuple[int, list[dict[str, object]]]:
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(src), str(out), "--stages", "nlp", *extra])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return result.exit_code, records


def test_extract_writes_one_versioned_line_per_article(tmp_path: Path) -> None:
    code, records = _run(tmp_path, [json.dumps(GOOD)])
    assert code == 0
    assert [r["id"] for r in records] == ["wire-1"]
    assert records[0]["format"] == FORMAT_VERSION
    assert records[0]["published"] == "2024-03-05"
    assert {"events", "places", "times", "quotes"} <= set(records[0])
    run = json.loads((tmp_path / "out.jsonl.run.json").read_text(encoding="utf-8"))
    assert run["stages"] == ["nlp"] and run["config"]["pipeline"]["stages"] == ["nlp"]


def test_extract_keeps_bad_lines_as_error_records(tmp_path: Path) -> None:
    no_text = json.dumps({"id": "empty-1", "text": ""})
    code, records = _run(tmp_path, [json.dumps(GOOD), "{not json", no_text])
    assert code == 1
    ok = [r for r in records if "error" not in r]
    errors = [r for r in records if "error" in r]
    assert [r["id"] for r in ok] == ["wire-1"]
    assert sorted(e["error"]["code"] for e in errors) == ["E103", "E104"]  # type: ignore[index]
    assert all(e["error"]["reason"] for e in errors)  # type: ignore[index]


def test_extract_refuses_unknown_stage(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(src), str(tmp_path / "o.jsonl"), "--stages", "nlp,nope"])
    assert result.exit_code == 2
    assert "E200" in result.output


def test_extract_refuses_stage_with_unmet_requirements(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(src), str(tmp_path / "o.jsonl"), "--stages", "times"])
    assert result.exit_code == 2
    assert "E201" in result.output


#: Packages a one-article `extract` has no use for: the web stack of `serve` and the database of the
#: query commands. Each costs start-up time (FastAPI's models alone about half a second).
NOT_FOR_EXTRACT = ("fastapi", "starlette", "uvicorn", "duckdb", "newsevents.api", "newsevents.store")


def test_extract_in_a_fresh_process_loads_neither_the_web_stack_nor_the_database(tmp_path: Path) -> None:
    """Run as the command runs: ``main()`` in a process of its own."""
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    script = (
        "import sys\n"
        "from newsevents.cli.app import main\n"
        "sys.argv = ['newsevents', 'extract', sys.argv[1], sys.argv[2]]\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
        "import gc, json\nprint(gc.get_freeze_count())\nprint(json.dumps(sorted(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", script, str(src), str(out)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    frozen, modules = done.stdout.strip().splitlines()[-2:]
    assert [m for m in json.loads(modules) if m.startswith(NOT_FOR_EXTRACT)] == []
    assert int(frozen) > 0, "the command's own process freezes what its pipeline loaded"
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["id"] == "wire-1" and record["events"]
