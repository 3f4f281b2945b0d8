"""The dashboard's vendored npm files: what package-lock.json pins, byte for byte what MANIFEST.json
records, each with its licence, and nothing in the page that reaches past the server it came from."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from newsevents.dashboard import STATIC_DIR

ROOT = Path(__file__).resolve().parents[2]
VENDOR = STATIC_DIR / "vendor"
#: A licence file as npm packages name theirs.
_LICENCE = re.compile(r"(LICEN[CS]E|MIT-LICENCE)(\.\w+)?$", re.IGNORECASE)


def _manifest() -> dict[str, dict[str, object]]:
    return json.loads((VENDOR / "MANIFEST.json").read_text(encoding="utf-8"))


def test_vendored_versions_are_the_locked_and_pinned_ones() -> None:
    lock = json.loads((ROOT / "dashboard" / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    pinned = json.loads((ROOT / "dashboard" / "package.json").read_text(encoding="utf-8"))["dependencies"]
    manifest = _manifest()
    assert set(manifest) == set(pinned)
    for name, entry in manifest.items():
        assert entry["version"] == lock[f"node_modules/{name}"]["version"] == pinned[name], name


def test_vendored_files_are_those_the_manifest_records_each_package_with_its_licence() -> None:
    manifest = _manifest()
    on_disk = {p.relative_to(VENDOR).as_posix() for p in VENDOR.rglob("*") if p.is_file()}
    recorded = {f"{name}/{file}" for name, entry in manifest.items() for file in entry["files"]}  # type: ignore[attr-defined]
    assert on_disk == recorded | {"MANIFEST.json"}
    for name, entry in manifest.items():
        files: dict[str, str] = entry["files"]  # type: ignore[assignment]
        assert any(_LICENCE.match(file) for file in files), f"{name} has no licence file"
        for file, digest in files.items():
            assert hashlib.sha256((VENDOR / name / file).read_bytes()).hexdigest() == digest, f"{name}/{file}"


def test_the_page_loads_only_files_of_its_own_server() -> None:
    page = (STATIC_DIR / "index.html").read_text(encoding="utf-8")
    sources = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert sources, "the page names no script or style"
    for source in sources:
        assert not re.match(r"(https?:)?//", source), source
        if source.startswith("/static/"):
            assert (STATIC_DIR / source.removeprefix("/static/")).is_file(), source
    for script in STATIC_DIR.glob("*.js"):
        text = script.read_text(encoding="utf-8")
        assert not re.search(r"https?://", text), f"{script.name} names a URL"
        for imported in re.findall(r'from "\./([^"]+)"', text):
            assert (STATIC_DIR / imported).is_file(), f"{script.name} imports a missing {imported}"
