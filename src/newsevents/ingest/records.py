"""Structured inputs: JSON Lines, JSON and CSV/TSV records mapped to articles by field name."""

from __future__ import annotations

import csv
import json
from collections import deque
from collections.abc import Iterable, Iterator

from newsevents.errors import describe
from newsevents.ingest.build import make_article
from newsevents.ingest.options import IngestOptions
from newsevents.model import Article, Failure

Line = tuple[int, str] | Failure
# Python's csv refuses fields over 128 KiB by default; articles are longer. The length limit that
# matters is max_chars, checked per item (E105), so the csv module's own limit is lifted.
_CSV_FIELD_LIMIT = 2**31 - 1


def record_item(
    record: object, source: str, number: int | None, options: IngestOptions, fmt: str
) -> Article | Failure:
    """The article of one record, mapped through the options' field names."""
    item = None if number is None else str(number)
    shown = 1 if number is None else number  # a .json file holding one record: it is record 1
    if not isinstance(record, dict):
        return Failure(source, "E109", describe("E109", source=source, item=shown), item)
    text = record.get(options.text_field)
    if not isinstance(text, str) or not text.strip():
        reason = describe("E104", source=source, item=shown, field=options.text_field, problem=_lack(text))
        return Failure(source, "E104", reason, item)
    return make_article(
        text,
        source,
        options,
        fmt=fmt,
        title=record.get(options.title_field),
        url=record.get(options.url_field),
        published=record.get(options.date_field),
        item=number,
        source_id=record.get(options.id_field),
    )


def _json_detail(exc: json.JSONDecodeError | RecursionError) -> str:
    """json's message with where: some of its messages end in "at" ("Unterminated string starting at")."""
    if not isinstance(exc, json.JSONDecodeError):
        return "nested too deeply"
    return f"{exc.msg.removesuffix(' at')} at column {exc.colno}"


def _lack(value: object) -> str:
    """Why ``value`` is not a text, for E104: missing, empty, or a JSON value of another type."""
    if value is None:
        return "is missing or null"
    if isinstance(value, str):
        return "is empty"
    kinds = {bool: "a boolean", int: "a number", float: "a number", dict: "an object", list: "an array"}
    return f"is {kinds.get(type(value), type(value).__name__)}, not a string"


def jsonl_items(lines: Iterable[Line], source: str, options: IngestOptions) -> Iterator[Article | Failure]:
    """One item per non-blank line, parsed as the lines arrive; a bad line costs only itself."""
    produced = False
    for entry in lines:
        if isinstance(entry, Failure):
            produced = True
            yield entry
            continue
        number, line = entry
        if not line.strip():
            continue  # blank lines separate nothing and hold nothing
        produced = True
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            detail = _json_detail(exc)
            reason = describe("E103", source=source, line=number, detail=detail)
            yield Failure(source, "E103", reason, str(number))
            continue
        yield record_item(record, source, number, options, "jsonl")
    if not produced:
        yield Failure(source, "E100", describe("E100", source=source))


def json_items(text: str, source: str, options: IngestOptions) -> Iterator[Article | Failure]:
    """A ``.json`` file: one record (an object) or many (an array; items numbered from 1)."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        line = exc.lineno if isinstance(exc, json.JSONDecodeError) else 1
        detail = _json_detail(exc)
        yield Failure(source, "E103", describe("E103", source=source, line=line, detail=detail), str(line))
        return
    if isinstance(data, list):
        if not data:
            yield Failure(source, "E100", describe("E100", source=source))
        for number, record in enumerate(data, start=1):
            yield record_item(record, source, number, options, "json")
    else:
        yield record_item(data, source, None, options, "json")


def csv_items(
    lines: Iterable[Line], source: str, options: IngestOptions, delimiter: str = ","
) -> Iterator[Article | Failure]:
    """Rows after a header row, matched to fields by column name; items are numbered by file line.

    A row the csv module cannot parse, or with another number of cells than the header, is an E110
    failure and reading goes on. A quote left open swallows the lines after it into one bad record;
    those lines are read again as rows of their own, so the open quote costs its own row only and no
    row vanishes into it. A header without the text column fails the whole file once (E104), rather
    than once per row.
    """
    if csv.field_size_limit() < _CSV_FIELD_LIMIT:
        csv.field_size_limit(_CSV_FIELD_LIMIT)
    pending: deque[Failure] = deque()  # decoding failures met while the reader pulled lines
    again: deque[tuple[int, str]] = deque()  # lines of a bad record after its first, to read again
    record: list[tuple[int, str]] = []  # the lines of the record being read
    entries = iter(lines)

    def feed() -> Iterator[str]:
        while True:
            if again:
                entry: Line = again.popleft()
            else:
                got = next(entries, None)
                if got is None:
                    return
                entry = got
            if isinstance(entry, Failure):
                pending.append(entry)
                continue
            record.append(entry)
            yield entry[1]

    reader = csv.reader(feed(), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    produced = False
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield from _drain(pending)
            produced = True
            number = record[0][0] if record else 0
            again.extendleft(reversed(record[1:]))
            record.clear()
            reason = describe("E110", source=source, item=number, detail=str(exc))
            yield Failure(source, "E110", reason, str(number))
            reader = csv.reader(feed(), delimiter=delimiter, strict=True)  # the last one may have ended
            continue
        if pending:
            produced = True
            yield from _drain(pending)
        number = record[0][0] if record else 0
        record.clear()
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [cell.strip() for cell in row]
            if options.text_field not in header:
                reason = describe(
                    "E104", source=source, item="header", field=options.text_field, problem="is not a column"
                )
                yield Failure(source, "E104", reason, "header")
                return
            continue
        produced = True
        if len(row) != len(header):
            detail = f"{len(row)} cells where the header has {len(header)}"
            yield Failure(
                source, "E110", describe("E110", source=source, item=number, detail=detail), str(number)
            )
            continue
        yield record_item(dict(zip(header, row, strict=True)), source, number, options, "csv")
    if pending:
        produced = True
        yield from _drain(pending)
    if not produced:
        yield Failure(source, "E100", describe("E100", source=source))


def _drain(pending: deque[Failure]) -> Iterator[Failure]:
    while pending:
        yield pending.popleft()
