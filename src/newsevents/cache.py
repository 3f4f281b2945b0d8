"""Indexes built once and kept on disk: one checked file per index and set of inputs.

Building the gazetteer's index takes seconds; reading it back from its file takes milliseconds. A
file holds named sections (arrays of numbers, UTF-8 text, JSON) and a header naming the layout, the
kind of index and the digest of every input it was built from; a SHA-256 of the header and a CRC-32
of the body make any change to either visible. The body is checked in full at every start of every
process (68 MB for the language model), so its check is the cheapest that catches damage: CRC-32
finds every error burst of up to 32 bits and misses other damage once in four billion, at a third of
the cost of SHA-256; no digest would stop a deliberate change, since whoever can write the folder can
rewrite the check as well. A file whose magic, layout, kind, inputs, length or checks do not match is
stale or corrupt: it is reported (a logged warning), rebuilt and replaced, never read. Files are
written under a temporary name in the cache folder and renamed into place, which is atomic, so two
processes that start together both build and the later rename wins with a whole file; no reader ever
sees a partial one. Where the folder cannot be written the index is built
and read from memory, with a warning, and the run goes on.

File layout: ``MAGIC`` (8 bytes) | header length (8, little-endian) | SHA-256 of the header (32) |
header (JSON) | zero padding to 8 bytes | body. Every section starts at a multiple of 8 in the body.
Arrays are in the machine's byte order, which is part of every inputs digest.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import mmap
import os
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

log = logging.getLogger(__name__)

MAGIC = b"NEVINDEX"
#: The layout of the file itself; a change to it makes every older file stale. 2: the body's check is
#: a CRC-32 (it was a SHA-256).
LAYOUT = 2
#: Overrides the cache folder (``$XDG_CACHE_HOME/newsevents``, else ``~/.cache/newsevents``).
ENV_DIR = "NEWSEVENTS_CACHE_DIR"
#: Array type codes of ``array``/``memoryview`` a section may hold; "bytes" is raw data (text, JSON).
ARRAY_CODES = frozenset({"B", "H", "I", "i", "q", "Q", "d"})
IntCode = Literal["B", "H", "I", "i", "q", "Q"]
_PREFIX = len(MAGIC) + 8 + 32
#: The mode of a written index file: readable by everyone, writable by its owner.
READABLE = 0o644
#: A header longer than this is not one of ours (the gazetteer's is under a kilobyte).
_MAX_HEADER = 1 << 20


@dataclass(frozen=True, slots=True)
class Section:
    """One named part of an index file: ``code`` is an array type code or "bytes"."""

    code: str
    data: bytes


class StaleIndex(Exception):
    """An index file that must not be read, with the reason."""


def cache_dir() -> Path:
    """Where index files live: ``$NEWSEVENTS_CACHE_DIR``, else the user's cache folder."""
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsevents"


def inputs_digest(parts: Iterable[str], files: Iterable[Path]) -> str:
    """SHA-256 of ``parts`` (versions, names) and of each file's name and bytes, in order."""
    digest = hashlib.sha256(f"layout {LAYOUT} {sys.byteorder}\n".encode())
    for part in parts:
        digest.update(b"part\0" + part.encode() + b"\0")
    for path in files:
        digest.update(b"file\0" + path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


class IndexFile:
    """A checked index file: its sections as read-only views over the mapped (or in-memory) bytes."""

    def __init__(self, buffer: memoryview, body: int, sections: Mapping[str, Any]) -> None:
        self._buffer = buffer
        self._body = body
        self._sections = sections

    def _view(self, name: str) -> tuple[memoryview, str]:
        try:
            offset, length, code = self._sections[name]
        except KeyError as exc:
            raise StaleIndex(f"no section {name!r}") from exc
        start = self._body + offset
        return self._buffer[start : start + length], code

    def _typed(self, name: str, code: str) -> memoryview:
        view, stored = self._view(name)
        if stored != code:
            raise StaleIndex(f"section {name!r} holds {stored!r}, not {code!r}")
        return view

    def ints(self, name: str, code: IntCode) -> memoryview[int]:
        return self._typed(name, code).cast(code)

    def floats(self, name: str) -> memoryview[float]:
        return self._typed(name, "d").cast("d")

    def data(self, name: str) -> memoryview:
        return self._view(name)[0]

    def json(self, name: str) -> Any:
        return json.loads(bytes(self.data(name)))


def encode(kind: str, digest: str, sections: Mapping[str, Section]) -> bytes:
    """The whole file for ``sections``."""
    body = bytearray()
    table: dict[str, tuple[int, int, str]] = {}
    for name, section in sections.items():
        if section.code not in ARRAY_CODES and section.code != "bytes":
            raise ValueError(f"section {name!r}: unknown type code {section.code!r}")
        table[name] = (len(body), len(section.data), section.code)
        body += section.data
        body += bytes(-len(body) % 8)
    header = json.dumps(
        {
            "layout": LAYOUT,
            "kind": kind,
            "inputs": digest,
            "body_length": len(body),
            "body_crc32": zlib.crc32(body),
            "sections": table,
        },
        sort_keys=True,
    ).encode()
    header += b" " * (-(len(header) + _PREFIX) % 8)
    prefix = MAGIC + len(header).to_bytes(8, "little") + hashlib.sha256(header).digest()
    return prefix + header + bytes(body)


def decode(buffer: memoryview, kind: str, digest: str, body_crc32: int | None = None) -> IndexFile:
    """The index in ``buffer`` after every check; ``body_crc32``, when given, was computed by the
    caller from the same bytes (so that a mapped file need not be read twice). Raises StaleIndex."""
    if len(buffer) < _PREFIX or bytes(buffer[: len(MAGIC)]) != MAGIC:
        raise StaleIndex("not an index file (magic)")
    size = int.from_bytes(buffer[len(MAGIC) : len(MAGIC) + 8], "little")
    if size > _MAX_HEADER or _PREFIX + size > len(buffer):
        raise StaleIndex("truncated header")
    raw = bytes(buffer[_PREFIX : _PREFIX + size])
    if hashlib.sha256(raw).digest() != bytes(buffer[len(MAGIC) + 8 : _PREFIX]):
        raise StaleIndex("the header's hash does not match")
    try:
        header = json.loads(raw)
    except ValueError as exc:
        raise StaleIndex(f"the header is not JSON ({exc})") from exc
    if not isinstance(header, dict):
        raise StaleIndex("the header is not an object")
    for key, want in (("layout", LAYOUT), ("kind", kind), ("inputs", digest)):
        if header.get(key) != want:
            raise StaleIndex(f"{key} is {header.get(key)!r}, not {want!r}")
    body = _PREFIX + size
    if len(buffer) - body != header["body_length"]:
        raise StaleIndex(f"body of {len(buffer) - body} bytes, not {header['body_length']}")
    actual = body_crc32 if body_crc32 is not None else zlib.crc32(buffer[body:])
    if actual != header["body_crc32"]:
        raise StaleIndex("the body's CRC-32 does not match")
    return IndexFile(buffer, body, header["sections"])


def open_index(path: Path, kind: str, digest: str) -> IndexFile:
    """The checked index file at ``path``, mapped read-only. Raises StaleIndex (or OSError).

    The body is checked with plain reads of the same open file (reading the map would make every page
    of it resident in this process), so a file renamed over ``path`` meanwhile cannot mix in."""
    with path.open("rb") as handle:
        if os.fstat(handle.fileno()).st_size < _PREFIX:
            raise StaleIndex("truncated file")
        mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        handle.seek(len(MAGIC))
        size = int.from_bytes(handle.read(8), "little")
        handle.seek(_PREFIX + size)
        body_crc32 = _crc32(handle)
    return decode(memoryview(mapped), kind, digest, body_crc32)


def _crc32(handle: io.BufferedReader) -> int:
    """The CRC-32 of the rest of ``handle``, read a mebibyte at a time into one buffer."""
    crc = 0
    chunk = memoryview(bytearray(1 << 20))
    while read := handle.readinto(chunk):
        crc = zlib.crc32(chunk[:read], crc)
    return crc


def load_or_build(
    kind: str, digest: str, build: Callable[[], Mapping[str, Section]], folder: Path | None = None
) -> IndexFile:
    """The index ``kind`` for the inputs ``digest``: read from the cache folder when a good file is
    there, else built, written atomically and read back."""
    folder = cache_dir() if folder is None else folder
    path = folder / f"{kind}-{digest[:24]}.bin"
    if path.exists():
        try:
            return open_index(path, kind, digest)
        except (StaleIndex, OSError) as exc:
            log.warning("index file %s cannot be used (%s); rebuilding it", path, exc)
    data = encode(kind, digest, build())
    try:
        _write_atomically(path, data)
        return open_index(path, kind, digest)
    except (StaleIndex, OSError) as exc:
        log.warning("index file %s cannot be written or read back (%s); using it from memory", path, exc)
    return decode(memoryview(data), kind, digest)


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private; an index file holds nothing secret, and a cache folder
        # shared by several users (NEWSEVENTS_CACHE_DIR) must be readable by all of them.
        os.chmod(tmp, READABLE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
