"""Where items come from: paths, directories, shell-style patterns and standard input.

Paths are resolved before the first item is read, so a run where nothing at all matches stops at once
with E206; a path that is missing among others that exist is one E108 failure and the run goes on.
"""

from __future__ import annotations

import glob as globbing
import io
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import TextIO

from newsevents.errors import NewsEventsError, describe
from newsevents.ingest.build import clean, make_article
from newsevents.ingest.constants import MAX_BYTES_PER_CHAR, SNIFF_BYTES
from newsevents.ingest.html import html_item
from newsevents.ingest.options import IngestOptions
from newsevents.ingest.records import csv_items, json_items, jsonl_items
from newsevents.ingest.text import binary_reason, decode, decoded_lines, text_binary_reason, text_lines
from newsevents.model import Article, Failure

STDIN = "-"
STDIN_SOURCE = "<stdin>"

# File kinds by extension. Any other extension is read as plain text, or as HTML when it starts
# like an HTML document.
_KINDS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
}
_HTML_STARTS = (b"<!doctype html", b"<html")
_MISSING = "no such file or directory"


@dataclass(frozen=True, slots=True)
class _Stdin:
    pass


@dataclass(frozen=True, slots=True)
class _Unreadable:
    source: str
    detail: str


_Source = Path | _Stdin | _Unreadable


def iter_items(
    paths: Sequence[str | Path], options: IngestOptions | None = None, stdin: TextIO | None = None
) -> Iterator[Article | Failure]:
    """Every item under ``paths`` in a stable order, as an Article or, when unusable, a Failure.

    ``"-"`` reads ``stdin`` (``sys.stdin`` when None): JSON Lines when its first non-blank line starts
    with ``{``, else one plain-text article. Directories are walked recursively with ``options.glob``,
    in sorted order, skipping hidden files and folders (names starting with a dot). A path that does
    not exist may be a quoted shell pattern such as ``'news/*.txt'``; it is expanded.

    Raises NewsEventsError E206 when nothing at all matches ``paths``.
    """
    options = options or IngestOptions()
    sources = _resolve(paths, options)
    return _items(sources, options, stdin)


def _resolve(paths: Sequence[str | Path], options: IngestOptions) -> list[_Source]:
    sources: list[_Source] = []
    unmatched: list[str] = []
    for given in paths:
        name = str(given)
        if name == STDIN:
            sources.append(_Stdin())
            continue
        path = Path(name)
        if os.path.lexists(path):
            found = _expand(path, options)
        elif globbing.has_magic(name):
            matches = sorted(globbing.glob(name, recursive=True))
            found = [item for match in matches for item in _expand(Path(match), options)]
        else:
            found = [_Unreadable(name, _MISSING)]
        sources.extend(found)
        if all(isinstance(item, _Unreadable) and item.detail == _MISSING for item in found):
            unmatched.append(name)  # also true of an empty directory or a pattern that matched nothing
    if len(unmatched) == len(paths):
        raise NewsEventsError("E206", path=", ".join(unmatched) or "(no paths given)")
    return sources


def _expand(path: Path, options: IngestOptions) -> list[_Source]:
    """A file as itself; a directory as its files matching the glob.

    Inside a directory, whatever the glob matches that is not a regular file is reported, never
    skipped in silence: a link to a directory is not followed (it may loop; give it as a path of its
    own), a named pipe or socket is not opened (it would wait for a writer).
    """
    if not path.is_dir():
        return [path]
    if not os.access(path, os.R_OK | os.X_OK):
        return [_Unreadable(str(path), "permission denied")]
    found: list[_Source] = []
    for entry in sorted(path.glob(options.glob)):
        if any(part.startswith(".") for part in entry.relative_to(path).parts):
            continue
        if entry.is_symlink() and entry.is_dir():
            found.append(_Unreadable(str(entry), "a link to a directory, not followed; give it as a path"))
        elif entry.is_file() or (entry.is_symlink() and not entry.exists()):
            found.append(entry)  # broken links too, so that they are reported (E108)
        elif not entry.is_dir():
            found.append(_Unreadable(str(entry), f"{_kind_of(entry)}, not a regular file; not opened"))
    return found


def _kind_of(path: Path) -> str:
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return exc.strerror or str(exc)
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device"


def _items(
    sources: list[_Source], options: IngestOptions, stdin: TextIO | None
) -> Iterator[Article | Failure]:
    for source in sources:
        if isinstance(source, _Stdin):
            yield from stdin_items(stdin, options)
        elif isinstance(source, _Unreadable):
            reason = describe("E108", source=source.source, detail=source.detail)
            yield Failure(source.source, "E108", reason)
        else:
            yield from _guarded(file_items(source, options), str(source))


def _guarded(items: Iterator[Article | Failure], source: str) -> Iterator[Article | Failure]:
    """``items``, and an E112 failure in place of the rest should reading them fail unexpectedly:
    a defect in one reader costs the file it was reading, never the batch."""
    try:
        yield from items
    except Exception as exc:  # noqa: BLE001  (any defect of a reader; recorded as E112, never silent)
        yield Failure(clean(source), "E112", describe("E112", source=clean(source), detail=_what(exc)))


def _what(exc: BaseException) -> str:
    return clean(f"{type(exc).__name__}: {exc}")


def file_items(path: Path, options: IngestOptions) -> Iterator[Article | Failure]:
    """The items of one file, by its kind; an unreadable file is one E108 failure."""
    source = str(path)
    kind = _KINDS.get(path.suffix.lower())
    try:
        with _open(path) as raw:
            head = raw.peek(SNIFF_BYTES)[:SNIFF_BYTES]
            if not head:
                yield Failure(source, "E100", describe("E100", source=source))
                return
            why = binary_reason(head, options.encoding)
            if why is not None:
                yield Failure(source, "E101", describe("E101", source=source, detail=why))
                return
            if kind in ("jsonl", "csv", "tsv"):
                lines = decoded_lines(raw, options.encoding, source)
                if kind == "jsonl":
                    yield from jsonl_items(lines, source, options)
                else:
                    yield from csv_items(lines, source, options, "\t" if kind == "tsv" else ",")
                return
            if kind is None and head.lstrip(b"\xef\xbb\xbf \t\r\n")[:14].lower().startswith(_HTML_STARTS):
                kind = "html"
            size = os.fstat(raw.fileno()).st_size
            if kind in (None, "text") and size > options.max_chars * MAX_BYTES_PER_CHAR:
                # Certainly over the limit: every character takes at most 4 bytes. Not read at all.
                least = -(-size // MAX_BYTES_PER_CHAR)
                reason = describe("E105", source=source, size=f"at least {least}", limit=options.max_chars)
                yield Failure(source, "E105", reason)
                return
            data = raw.read()
    except OSError as exc:
        yield Failure(source, "E108", describe("E108", source=source, detail=exc.strerror or str(exc)))
        return
    if kind == "html":
        yield html_item(data, source, options)
        return
    text = decode(data, options.encoding, source)
    if isinstance(text, Failure):
        yield text
    elif kind == "json":
        yield from json_items(text, source, options)
    else:
        yield _text_item(text, source, options)


def _open(path: Path) -> io.BufferedReader:
    """The file for reading. A named pipe or device given by name is opened without waiting for a
    writer (a pipe nobody writes to then reads as empty, E100, instead of hanging forever); a pipe
    that has one, such as the ``<(command)`` of a shell, is read to its end."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return io.BufferedReader(io.FileIO(fd, "rb", closefd=True))


def _text_item(text: str, source: str, options: IngestOptions) -> Article | Failure:
    """A whole plain text as one article, kept exactly as read so spans point into the file."""
    if not text.strip():
        return Failure(source, "E100", describe("E100", source=source))
    why = text_binary_reason(text)  # decoded UTF-16/32 text was not sniffed as bytes
    if why is not None:
        return Failure(source, "E101", describe("E101", source=source, detail=why))
    return make_article(text, source, options, fmt="text")


def stdin_items(stdin: TextIO | None, options: IngestOptions) -> Iterator[Article | Failure]:
    """Standard input: JSON Lines when the first non-blank line starts with ``{``, else one article.

    The process's own standard input is read as bytes and decoded line by line with
    ``options.encoding``, like a file, so one bad byte costs one JSONL record, not the stream.
    """
    raw = getattr(sys.stdin, "buffer", None) if stdin is None else None
    if isinstance(raw, io.BufferedReader):
        why = binary_reason(raw.peek(SNIFF_BYTES)[:SNIFF_BYTES], options.encoding)
        if why is not None:
            yield Failure(STDIN_SOURCE, "E101", describe("E101", source=STDIN_SOURCE, detail=why))
            return
        lines = decoded_lines(raw, options.encoding, STDIN_SOURCE)
    else:
        lines = text_lines(stdin if stdin is not None else sys.stdin, options.encoding, STDIN_SOURCE)
    before: list[tuple[int, str] | Failure] = []
    for entry in lines:
        before.append(entry)
        if isinstance(entry, Failure) or entry[1].strip():
            break
    everything = chain(before, lines)
    last = before[-1] if before else None
    if isinstance(last, tuple) and last[1].lstrip().startswith("{"):
        yield from jsonl_items(everything, STDIN_SOURCE, options)
        return
    parts: list[str] = []
    for entry in everything:
        if isinstance(entry, Failure):
            yield entry  # the text is not whole, so it is not an article
            return
        parts.append(entry[1])
    yield _text_item("".join(parts), STDIN_SOURCE, options)
