"""The actor dictionary read from its index file is the dictionary it was written from, entry for
entry, key for key, in the same order, with one ``Entry`` object per id."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import spacy

from newsevents.actors import dictionary_file
from newsevents.actors.dictionary import ActorDictionary, load_dictionary
from newsevents.errors import NewsEventsError

USER = "id\tkind\tname\tcountry\tsector\taliases\toffice\tstart\tend\nXJR\tperson\tJane Roe\tSYR\tGOV\tJ. Roe\tminister\t2020-01-01\t\n"  # noqa: E501


def _tokenizer() -> Callable[[str], list[str]]:
    split = spacy.blank("en").tokenizer
    return lambda text: [t.text for t in split(text)]


@pytest.fixture(scope="module")
def written_and_read(tmp_path_factory: pytest.TempPathFactory) -> tuple[ActorDictionary, ActorDictionary]:
    folder = tmp_path_factory.mktemp("cache")
    user = folder / "mine.tsv"
    user.write_text(USER, encoding="utf-8")
    built = load_dictionary([user], _tokenizer())
    dictionary_file.cached_dictionary([user], _tokenizer, folder)  # builds and writes
    return built, dictionary_file.cached_dictionary([user], lambda: pytest.fail("built again"), folder)


def test_read_dictionary_equals_the_built_one(
    written_and_read: tuple[ActorDictionary, ActorDictionary],
) -> None:
    built, read = written_and_read
    assert list(read.entries.items()) == list(built.entries.items())
    assert list(read.exact.items()) == list(built.exact.items())
    assert list(read.fuzzy.items()) == list(built.fuzzy.items())
    assert read.holders == built.holders and read.lengths == built.lengths
    assert read.spelling == built.spelling
    assert read.entries["XJR"].offices[0].start is not None and read.entries["XJR"].offices[0].end is None


def test_one_entry_object_per_id(written_and_read: tuple[ActorDictionary, ActorDictionary]) -> None:
    _, read = written_and_read
    for cands in [*read.exact.values(), *read.fuzzy.values()]:
        assert all(c.entry is read.entries[c.entry.id] for c in cands)
    for held in read.holders.values():
        assert all(e is read.entries[e.id] and any(o is x for x in e.offices) for o, e in held)
    assert read.holder("SYR", "minister", None) is read.entries["XJR"]


def test_the_inputs_digest_follows_the_user_files(tmp_path: Path) -> None:
    user = tmp_path / "mine.tsv"
    user.write_text(USER, encoding="utf-8")
    with_user = dictionary_file._inputs([user])
    assert with_user != dictionary_file._inputs([])
    user.write_text(USER.replace("Jane", "Joan"), encoding="utf-8")
    assert dictionary_file._inputs([user]) != with_user


def test_a_missing_user_file_is_e205(tmp_path: Path) -> None:
    with pytest.raises(NewsEventsError) as err:
        dictionary_file.cached_dictionary([tmp_path / "missing.tsv"], _tokenizer, tmp_path / "cache")
    assert err.value.code == "E205" and "missing.tsv" in str(err.value)
