"""Index files (newsevents.cache): read back as written, and a stale or corrupt one is rebuilt, never read."""

from __future__ import annotations

import logging
import multiprocessing
from array import array
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from newsevents import cache
from newsevents.cache import IndexFile, Section, StaleIndex, load_or_build

KIND = "test"
DIGEST = "a" * 64


def _sections(seed: int = 7) -> dict[str, Section]:
    return {
        "numbers": Section("q", array("q", [seed, -2, 3]).tobytes()),
        "points": Section("d", array("d", [1.5, -0.25]).tobytes()),
        "text": Section("bytes", "Dar‘ā".encode()),
        "meta": Section("bytes", b'{"n": 3}'),
    }


class Builder:
    """Counts its builds, so that a test can tell a read file from a rebuilt one."""

    def __init__(self, seed: int = 7) -> None:
        self.calls = 0
        self.seed = seed

    def __call__(self) -> Mapping[str, Section]:
        self.calls += 1
        return _sections(self.seed)


def _assert_holds_sections(index: IndexFile, seed: int = 7) -> None:
    assert list(index.ints("numbers", "q")) == [seed, -2, 3]
    assert list(index.floats("points")) == [1.5, -0.25]
    assert bytes(index.data("text")).decode() == "Dar‘ā"
    assert index.json("meta") == {"n": 3}


def _only_file(folder: Path) -> Path:
    files = list(folder.iterdir())
    assert len(files) == 1, files
    return files[0]


def test_built_once_then_read_from_the_file(tmp_path: Path) -> None:
    build = Builder()
    _assert_holds_sections(load_or_build(KIND, DIGEST, build, tmp_path))
    _assert_holds_sections(load_or_build(KIND, DIGEST, build, tmp_path))
    assert build.calls == 1
    assert _only_file(tmp_path).name.startswith(f"{KIND}-{DIGEST[:24]}"), "named by kind and inputs"


def test_other_inputs_get_their_own_file(tmp_path: Path) -> None:
    build = Builder()
    load_or_build(KIND, DIGEST, build, tmp_path)
    load_or_build(KIND, "b" * 64, build, tmp_path)
    assert build.calls == 2 and len(list(tmp_path.iterdir())) == 2


def _damage_truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-5])


def _damage_empty(path: Path) -> None:
    path.write_bytes(b"")


def _damage_body_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-20] ^= 0x01
    path.write_bytes(bytes(data))


def _damage_header_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    at = data.index(b'"kind"')
    data[at + 2] ^= 0x01
    path.write_bytes(bytes(data))


def _damage_magic(path: Path) -> None:
    path.write_bytes(b"NOTINDEX" + path.read_bytes()[8:])


def _stale_layout(path: Path) -> None:
    """A whole, well-formed file of another layout, as an older release would have left it."""
    sections = _sections()
    original = cache.LAYOUT
    cache.LAYOUT = original + 1
    try:
        path.write_bytes(cache.encode(KIND, DIGEST, sections))
    finally:
        cache.LAYOUT = original


def _stale_inputs(path: Path) -> None:
    """A well-formed file built from other inputs, under this file's name."""
    path.write_bytes(cache.encode(KIND, "c" * 64, _sections(seed=99)))


@pytest.mark.parametrize(
    "damage",
    [
        _damage_truncate,
        _damage_empty,
        _damage_body_byte,
        _damage_header_byte,
        _damage_magic,
        _stale_layout,
        _stale_inputs,
    ],
)
def test_a_stale_or_corrupt_file_is_rebuilt_and_replaced(
    tmp_path: Path, damage: Callable[[Path], None], caplog: pytest.LogCaptureFixture
) -> None:
    build = Builder()
    load_or_build(KIND, DIGEST, build, tmp_path)
    damage(_only_file(tmp_path))
    with caplog.at_level(logging.WARNING, logger="newsevents.cache"):
        index = load_or_build(KIND, DIGEST, build, tmp_path)
    _assert_holds_sections(index)
    assert build.calls == 2, "the damaged file was not read"
    assert "rebuilding" in caplog.text
    with caplog.at_level(logging.WARNING, logger="newsevents.cache"):
        caplog.clear()
        _assert_holds_sections(load_or_build(KIND, DIGEST, build, tmp_path))
    assert build.calls == 2 and not caplog.text, "the rebuilt file replaced the damaged one"


def test_damage_past_the_first_mebibyte_of_the_body_is_found(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The body is checked a mebibyte at a time: a flipped bit in a later chunk is found too."""

    def big() -> Mapping[str, Section]:
        return {"numbers": Section("q", array("q", range(300_000)).tobytes())}  # 2.4 MB

    load_or_build(KIND, DIGEST, big, tmp_path)
    path = _only_file(tmp_path)
    data = bytearray(path.read_bytes())
    data[len(data) - (1 << 20) - 3] ^= 0x10
    path.write_bytes(bytes(data))
    with pytest.raises(StaleIndex, match="body"):
        cache.open_index(path, KIND, DIGEST)
    with caplog.at_level(logging.WARNING, logger="newsevents.cache"):
        assert list(load_or_build(KIND, DIGEST, big, tmp_path).ints("numbers", "q")) == list(range(300_000))
    assert "rebuilding" in caplog.text


def test_decode_refuses_what_it_cannot_trust() -> None:
    data = cache.encode(KIND, DIGEST, _sections())
    for bad, kind, digest in [
        (data[:-1], KIND, DIGEST),
        (data + b"\0" * 8, KIND, DIGEST),
        (data, "other", DIGEST),
        (data, KIND, "d" * 64),
    ]:
        with pytest.raises(StaleIndex):
            cache.decode(memoryview(bad), kind, digest)
    index = cache.decode(memoryview(data), KIND, DIGEST)
    with pytest.raises(StaleIndex):
        index.floats("numbers")  # a section read as another type is refused too


def test_no_temporary_file_is_left_and_the_file_is_readable_by_all(tmp_path: Path) -> None:
    load_or_build(KIND, DIGEST, Builder(), tmp_path)
    assert [p.name.endswith(".bin") for p in tmp_path.iterdir()] == [True]
    assert _only_file(tmp_path).stat().st_mode & 0o777 == cache.READABLE


def test_an_unwritable_folder_costs_the_cache_not_the_run(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    with caplog.at_level(logging.WARNING, logger="newsevents.cache"):
        index = load_or_build(KIND, DIGEST, Builder(), blocker / "cache")
    _assert_holds_sections(index)
    assert "from memory" in caplog.text


def _load_in_process(folder: str) -> list[int]:
    return list(load_or_build(KIND, DIGEST, Builder(), Path(folder)).ints("numbers", "q"))


def test_processes_starting_together_each_get_a_whole_file(tmp_path: Path) -> None:
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        results = pool.map(_load_in_process, [str(tmp_path)] * 8)
    assert results == [[7, -2, 3]] * 8
    _assert_holds_sections(load_or_build(KIND, DIGEST, Builder(), tmp_path))
    assert len(list(tmp_path.iterdir())) == 1, "one file, no temporary left behind"


def test_cache_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(cache.ENV_DIR, str(tmp_path / "mine"))
    assert cache.cache_dir() == tmp_path / "mine"
    monkeypatch.delenv(cache.ENV_DIR)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "newsevents"


def test_inputs_digest_changes_with_any_input(tmp_path: Path) -> None:
    user = tmp_path / "regions.tsv"
    user.write_text("name\tlat\tlon\nZubara\t1\t2\n")
    before = cache.inputs_digest(["v1"], [user])
    assert cache.inputs_digest(["v1"], [user]) == before
    assert cache.inputs_digest(["v2"], [user]) != before
    user.write_text("name\tlat\tlon\nZubara\t1\t3\n")
    assert cache.inputs_digest(["v1"], [user]) != before
