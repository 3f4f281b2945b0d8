"""Bytes to text: binary sniffing, strict decoding, byte-order marks and line streams."""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from newsevents.errors import describe
from newsevents.ingest.constants import CONTROL_RATIO_MAX, SNIFF_BYTES
from newsevents.model import Failure

# Signatures of the binary formats people most often pass by mistake, named in the E101 reason.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)
# Byte-order marks that decide the encoding whatever --encoding says: the file states its own.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1b")
_CONTROL_BYTES = frozenset(range(32)) - _ALLOWED_CONTROLS


def is_ascii_compatible(encoding: str) -> bool:
    """True when the codec writes ASCII as ASCII, so lines can be split on the raw ``\\n`` byte."""
    name = codecs.lookup(encoding).name
    return name == "utf-8-sig" or "\n{}".encode(name) == b"\n{}"


def bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def effective_encoding(head: bytes, encoding: str) -> str:
    """The codec to decode a file starting with ``head``: its byte-order mark's, else ``encoding``.

    A UTF-8 BOM is dropped rather than kept as a first character, which would break CSV headers and
    JSON parsing and shift every span by one.
    """
    found = bom_encoding(head)
    if found is not None:
        return found
    if codecs.lookup(encoding).name == "utf-8":
        return "utf-8-sig"
    return encoding


def binary_reason(sample: bytes, encoding: str) -> str | None:
    """Why ``sample`` (the start of a file) is binary rather than text; None when it looks like text."""
    for signature, name in _SIGNATURES:
        if sample.startswith(signature):
            return name
    if not is_ascii_compatible(encoding) or bom_encoding(sample) not in (None, "utf-8-sig"):
        return None  # NULs are normal in UTF-16/32; decoding decides for those
    sample = sample[:SNIFF_BYTES]
    if b"\x00" in sample:
        return "it contains NUL bytes"
    if not sample:
        return None
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    if controls / len(sample) > CONTROL_RATIO_MAX:
        return f"{controls} of its first {len(sample)} bytes are control characters"
    return None


def text_binary_reason(text: str) -> str | None:
    """:func:`binary_reason` for text already decoded (standard input, UTF-16 files)."""
    return binary_reason(text[:SNIFF_BYTES].encode("utf-8", "surrogatepass"), "utf-8")


def decode_error_detail(exc: UnicodeDecodeError, offset: int = 0) -> str:
    bad = exc.object[exc.start : exc.start + 1]
    return f"byte 0x{bad.hex()} at offset {offset + exc.start}: {exc.reason}"


def decode(data: bytes, encoding: str, source: str) -> str | Failure:
    """Strictly decoded text, or the E102 failure naming the first bad byte."""
    codec = effective_encoding(data[:4], encoding)
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        detail = decode_error_detail(exc)
        return Failure(source, "E102", describe("E102", source=source, encoding=encoding, detail=detail))


def decoded_lines(raw: BinaryIO, encoding: str, source: str) -> Iterator[tuple[int, str] | Failure]:
    """``(line number, line)`` pairs of a file, one line in memory at a time.

    With an ASCII-compatible codec each line is decoded on its own, so a bad byte costs only its line
    (E102 with the line number) and the rest of the file is still read. Other codecs (UTF-16/32) cannot
    be split on raw bytes; their stream is decoded as a whole and a bad byte ends it with one E102.
    """
    head = raw.peek(4)[:4] if isinstance(raw, io.BufferedReader) else b""
    codec = effective_encoding(head, encoding)
    if not is_ascii_compatible(codec):
        yield from _stream_lines(io.TextIOWrapper(raw, encoding=codec, newline=""), encoding, source)
        return
    rest = "utf-8" if codec == "utf-8-sig" else codec  # the BOM only ever starts line 1
    offset = 0
    for number, line in enumerate(raw, start=1):
        try:
            text = line.decode(codec if number == 1 else rest)
        except UnicodeDecodeError as exc:
            detail = f"line {number}, {decode_error_detail(exc, offset)}"
            yield Failure(
                source, "E102", describe("E102", source=source, encoding=encoding, detail=detail), str(number)
            )
        else:
            yield number, text
        offset += len(line)


def _stream_lines(stream: Iterable[str], encoding: str, source: str) -> Iterator[tuple[int, str] | Failure]:
    number = 0
    try:
        for number, line in enumerate(stream, start=1):
            yield number, line
    except UnicodeDecodeError as exc:
        detail = f"{exc.reason}, after the {number} lines read before it"
        yield Failure(
            source, "E102", describe("E102", source=source, encoding=encoding, detail=detail), str(number + 1)
        )


def text_lines(stream: Iterable[str], encoding: str, source: str) -> Iterator[tuple[int, str] | Failure]:
    """``(line number, line)`` pairs of an already-decoding text stream such as standard input."""
    return _stream_lines(stream, encoding, source)
