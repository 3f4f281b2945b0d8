"""Write the bad-input corpus of issue 10 into a folder: every kind of item that real feeds and users
give and that once crashed a batch or vanished. Nothing binary is committed; this script makes it.

    python scripts/make_bad_inputs.py OUT_DIR [--long CHARS]

Prints how many items it wrote (each file, JSONL line, JSON array element or CSV row that is one
article or one failure), so that a run over OUT_DIR can be checked: given = that number, lost = 0.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

_ENGLISH = "Police arrested two protesters in Kharkiv on Sunday, officials said."
_ARABIC = (
    "اعتقلت الشرطة اثنين من المتظاهرين في القاهرة يوم الأحد، بحسب ما قال مسؤولون في وزارة الداخلية المصرية. "
    * 3
)
_RUSSIAN = (
    "Полиция задержала двух участников протеста в Москве в воскресенье, сообщили официальные лица. " * 3
)
_VALUES: list[object] = [None, True, False, 0, -1, 2**70, 3.5, float("1e308"), "", " ", [], {}, [1, "a"],
                         {"nested": {"deep": [None]}}, "\ud800", "a\x00b", "\x07\x1b[31m",
                         "December 9"]  # fmt: skip
_DATES = ["December 9", "Dec. 9, 2024", "9/12/2024", "12/25/2024", "Mon, 09 Dec 2024 10:00:00 +0000",
          1733702400, "1733702400", 20250101, "31/02/2024", "yesterday", "2024-12-09T23:30:00-05:00",
          "February 30", 1733702400000, -1, "Sunday, 8 December"]  # fmt: skip


def jsonl_lines() -> list[str]:
    """One line per item; ``ensure_ascii`` so that lone surrogates travel as ``\\ud800`` escapes."""
    lines: list[str] = []
    for n, value in enumerate(_VALUES):
        for field in ("id", "title", "url", "published", "text"):
            record: dict[str, object] = {"id": f"v{n}-{field}", "text": f"{_ENGLISH} Item {n} {field}."}
            record[field] = value
            lines.append(json.dumps(record, ensure_ascii=True))
    for n, date in enumerate(_DATES):
        lines.append(json.dumps({"id": f"d{n}", "text": f"{_ENGLISH} Dated {n}.", "published": date}))
    lines += [
        json.dumps({"id": "s1", "text": "A lone surrogate \ud800 in the text. " + _ENGLISH}),
        json.dumps({"id": "s2", "text": "Low \udfff and high \udbff alone. " + _ENGLISH, "title": "\udc80"}),
        json.dumps({"id": "nul", "text": "NUL\x00 in the middle. " + _ENGLISH}),
        json.dumps({"id": "ctl", "text": "".join(chr(c) for c in range(1, 32)) + _ENGLISH}),
        json.dumps({"id": "ar", "text": _ARABIC}),
        json.dumps({"id": "ru", "text": _RUSSIAN}),
        json.dumps({"id": "dup", "text": _ENGLISH}),
        json.dumps({"id": "dup2", "text": _ENGLISH}),  # the same text: one article, merged
        '{"id": "broken", "text": "unterminated',
        '{"text": "trailing"} garbage',
        "[1, 2, 3]",
        '"a string"',
        "null",
        "[" * 100_000 + "]" * 100_000,  # nested too deeply for json
    ]
    return lines


def csv_text(delimiter: str) -> str:
    d = delimiter
    rows = [
        f"id{d}text{d}published",
        f'1{d}"{_ENGLISH}"{d}2024-12-09',
        f'2{d}"an unterminated quote swallows what follows{d}2024-12-09',
        f"3{d}Row three is its own row.{d}9/12/2024",
        f'4{d}"Badly "quoted" cell"{d}',
        f"5{d}only two cells",
        f"6{d}{d}",
        f'7{d}"A cell with ""escaped"" quotes and a{d} delimiter."{d}December 9',
        f'8{d}Last row, its quote never closed "{d}',
    ]
    return "\n".join(rows) + "\n"


def write(out: Path, long_chars: int) -> int:
    """Write the corpus; returns the number of items a reader of ``out`` is given."""
    out.mkdir(parents=True, exist_ok=True)
    items = 0
    lines = jsonl_lines()
    (out / "fields.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items += len(lines)
    # A raw lone surrogate cannot be encoded in UTF-8; its bytes (ED A0 80) are invalid: one E102.
    (out / "raw_surrogate.jsonl").write_bytes(
        json.dumps({"id": "r", "text": _ENGLISH}).encode() + b"\n" + b'{"id": "x", "text": "\xed\xa0\x80"}\n'
    )
    items += 2
    for name, delimiter in (("rows.csv", ","), ("rows.tsv", "\t")):
        (out / name).write_text(csv_text(delimiter), encoding="utf-8")
    # rows 2-9: row 2 (open quote) fails and rows 3.. are read again; counted as a run over them shows
    items += 2 * 8
    (out / "array.json").write_text(json.dumps([{"text": _ENGLISH + " One."}, 5, {"text": None}, {}]))
    items += 4
    (out / "empty.txt").write_bytes(b"")
    (out / "blank.txt").write_text("   \n\t\n")
    (out / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (out / "pdf.txt").write_bytes(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    (out / "latin1.txt").write_bytes("Caf\xe9 owners protested in Paris.".encode("latin-1"))
    (out / "utf16.txt").write_text(_ENGLISH, encoding="utf-16")
    (out / "controls.txt").write_text("\x0b\x0c" + _ENGLISH + "\x1b[0m")
    (out / "page.html").write_text("<html><body><p></p></body></html>")
    (out / "arabic.txt").write_text(_ARABIC)
    (out / "long.txt").write_text(_long_text(long_chars))
    items += 10
    target = out / "elsewhere"
    target.mkdir(exist_ok=True)
    if not (out / "linked").exists():
        os.symlink(target, out / "linked")  # a link to a directory inside the folder: reported
    if not (out / "dangling.txt").is_symlink():
        os.symlink(out / "missing.txt", out / "dangling.txt")  # a broken link: E108
    items += 2
    return items


def _long_text(chars: int) -> str:
    paragraph = (
        "Russian forces shelled the city of Kharkiv overnight, regional governor Oleh Syniehubov said on "
        "Telegram. Two civilians were wounded and a school was damaged. Ukraine's air force said it shot "
        "down 12 of 15 drones launched from the Kursk region. The Kremlin did not comment.\n\n"
    )
    return (paragraph * (chars // len(paragraph) + 1))[:chars]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--long", type=int, default=1_000_000, help="characters of the long text")
    args = parser.parse_args()
    print(write(args.out, args.long))


if __name__ == "__main__":
    main()
