"""Ingest of files, directories and standard input; every bad item is a Failure and the batch goes on."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.errors import NewsEventsError
from newsevents.ids import article_id
from newsevents.ingest import IngestOptions, iter_items
from newsevents.model import Article, Failure

DATA = Path(__file__).parents[1] / "data" / "ingest"

STORY = (
    "Protesters gathered outside the parliament in Lorent on Saturday to demand the release of\n"
    "three journalists detained last month.\n\n"
    "Police said the march was peaceful.\n"
)
OTHER = "The finance minister resigned on Friday after a week of pressure from coalition partners.\n"


def split(items: Iterator[Article | Failure]) -> tuple[list[Article], list[Failure]]:
    articles: list[Article] = []
    failures: list[Failure] = []
    for item in items:
        if isinstance(item, Article):
            articles.append(item)
        else:
            failures.append(item)
    return articles, failures


def codes(failures: list[Failure]) -> dict[str, str]:
    """File name → failure code."""
    return {Path(f.source).name: f.code for f in failures}


def test_plain_text_file_becomes_one_article_kept_exactly(tmp_path: Path) -> None:
    path = tmp_path / "lorent.txt"
    path.write_text(STORY, encoding="utf-8")
    [article] = list(iter_items([path]))
    assert isinstance(article, Article)
    assert article.text == STORY  # spans must point into the file as it is
    assert article.id == article_id(STORY)
    assert article.source == str(path)
    assert article.published is None
    assert article.title is None
    assert article.meta == {"format": "text"}


def test_published_option_dates_items_without_their_own_date(tmp_path: Path) -> None:
    path = tmp_path / "lorent.md"
    path.write_text(STORY, encoding="utf-8")
    [article] = list(iter_items([path], IngestOptions(published=dt.date(2024, 5, 4))))
    assert isinstance(article, Article)
    assert article.published == dt.date(2024, 5, 4)


def test_same_text_from_two_paths_has_one_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "b.text").write_text(OTHER, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": "x9", "text": ' + repr(OTHER).replace("'", '"') + "}\n")
    (tmp_path / "d.txt").write_text(STORY, encoding="utf-8")
    articles, failures = split(iter_items([tmp_path]))
    assert failures == []
    by_name = {Path(a.source or "").name: a.id for a in articles}
    assert by_name["a.txt"] == by_name["b.text"] == by_name["c.jsonl"] == article_id(OTHER)
    assert by_name["d.txt"] != by_name["a.txt"]


def test_directory_with_one_bad_file_of_each_kind_goes_on(tmp_path: Path) -> None:
    (tmp_path / "01_good.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "02_empty.txt").write_bytes(b"")
    (tmp_path / "03_blank.txt").write_text("  \n\n\t\n")
    (tmp_path / "04_nul.dat").write_bytes(b"header\x00\x01\x02 body" * 50)
    (tmp_path / "05_report.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >>\n")
    (tmp_path / "06_controls.txt").write_bytes(bytes([3, 4, 5, 6, 7]) * 20 + b"some words " * 20)
    (tmp_path / "07_latin1.txt").write_bytes("Caf\xe9 owners in S\xe3o Paulo protested.".encode("latin-1"))
    (tmp_path / "08_menu.html").write_text("<html><head><title>Menu</title></head><body></body></html>")
    (tmp_path / "09_gone.txt").symlink_to(tmp_path / "does-not-exist.txt")
    (tmp_path / "10_records.jsonl").write_text(
        '{"id": "r1", "text": "Troops crossed the river at dawn."}\n{oops\n'
    )
    (tmp_path / "11_huge.txt").write_text("word " * 500)
    (tmp_path / "12_good.html").write_bytes((DATA / "harbour_talks.html").read_bytes())
    articles, failures = split(iter_items([tmp_path], IngestOptions(max_chars=2000)))
    names = [Path(a.source or "").name for a in articles]
    assert names == ["01_good.txt", "10_records.jsonl", "12_good.html"]
    assert codes(failures) == {
        "02_empty.txt": "E100",
        "03_blank.txt": "E100",
        "04_nul.dat": "E101",
        "05_report.pdf": "E101",
        "06_controls.txt": "E101",
        "07_latin1.txt": "E102",
        "08_menu.html": "E106",
        "09_gone.txt": "E108",
        "10_records.jsonl": "E103",
        "11_huge.txt": "E105",
    }
    assert len(failures) == 10
    pdf = next(f for f in failures if f.source.endswith(".pdf"))
    assert "PDF" in pdf.reason
    latin = next(f for f in failures if f.code == "E102")
    assert "0xe9" in latin.reason and "--encoding" in latin.reason


def test_failures_keep_the_input_order(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text(OTHER)
    names = [Path(i.source or "").name for i in iter_items([tmp_path])]
    assert names == ["a.txt", "b.txt", "c.txt"]


def test_encoding_option_reads_legacy_files(tmp_path: Path) -> None:
    path = tmp_path / "cafe.txt"
    path.write_bytes("Caf\xe9 owners in S\xe3o Paulo protested.".encode("latin-1"))
    [article] = list(iter_items([path], IngestOptions(encoding="latin-1")))
    assert isinstance(article, Article)
    assert article.text == "Café owners in São Paulo protested."


def test_byte_order_marks_decide_the_encoding(tmp_path: Path) -> None:
    (tmp_path / "a_utf8bom.txt").write_bytes(b"\xef\xbb\xbf" + OTHER.encode("utf-8"))
    (tmp_path / "b_utf16.txt").write_text(OTHER, encoding="utf-16")
    articles, failures = split(iter_items([tmp_path]))
    assert failures == []
    assert [a.text for a in articles] == [OTHER, OTHER]  # no BOM character left in the text


def test_file_certainly_over_the_limit_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text("x" * 4001)
    [failure] = list(iter_items([path], IngestOptions(max_chars=1000)))
    assert isinstance(failure, Failure)
    assert failure.code == "E105"
    assert "at least 1001 characters" in failure.reason


def test_glob_filters_directory_walk_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(STORY)
    (tmp_path / "a.md").write_text(OTHER)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text(OTHER + "More.")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "d.txt").write_text("hidden folder")
    (tmp_path / ".e.txt").write_text("hidden file")
    items = list(iter_items([tmp_path], IngestOptions(glob="**/*.txt")))
    assert [Path(i.source or "").relative_to(tmp_path).as_posix() for i in items] == ["b.txt", "sub/c.txt"]
    top = list(iter_items([tmp_path], IngestOptions(glob="*.txt")))
    assert [Path(i.source or "").name for i in top] == ["b.txt"]


def test_quoted_shell_pattern_is_expanded(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(STORY)
    (tmp_path / "two.txt").write_text(OTHER)
    (tmp_path / "three.csv").write_text("text\nA third story about the harbour.\n")
    items = list(iter_items([str(tmp_path / "*.txt")]))
    assert [Path(i.source or "").name for i in items] == ["one.txt", "two.txt"]


def test_missing_path_among_good_ones_is_a_failure(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY)
    missing = tmp_path / "nowhere.txt"
    articles, failures = split(iter_items([missing, good]))
    assert [a.source for a in articles] == [str(good)]
    assert [(f.source, f.code) for f in failures] == [(str(missing), "E108")]


def test_nothing_matched_at_all_raises(tmp_path: Path) -> None:
    with pytest.raises(NewsEventsError) as caught:
        iter_items([tmp_path / "nowhere.txt", tmp_path / "nor-here"])
    assert caught.value.code == "E206"
    assert "nowhere.txt" in str(caught.value)
    (tmp_path / "empty").mkdir()
    with pytest.raises(NewsEventsError, match="E206"):
        iter_items([tmp_path / "empty"])
    (tmp_path / "only.md").write_text(OTHER)
    with pytest.raises(NewsEventsError, match="E206"):
        iter_items([tmp_path], IngestOptions(glob="*.txt"))
    with pytest.raises(NewsEventsError, match="E206"):
        iter_items([str(tmp_path / "*.pdf")])
    with pytest.raises(NewsEventsError, match="E206"):
        iter_items([])


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_is_a_failure(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(STORY)
    secret.chmod(0)
    (tmp_path / "open.txt").write_text(OTHER)
    articles, failures = split(iter_items([tmp_path]))
    assert [Path(a.source or "").name for a in articles] == ["open.txt"]
    assert codes(failures) == {"secret.txt": "E108"}


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "page.asp").write_bytes((DATA / "harbour_talks.html").read_bytes())
    (tmp_path / "note.log").write_text(OTHER)
    articles, failures = split(iter_items([tmp_path]))
    assert failures == []
    kinds = {Path(a.source or "").name: a.meta["format"] for a in articles}
    assert kinds == {"note.log": "text", "page.asp": "html"}


def test_bad_options_stop_before_reading() -> None:
    with pytest.raises(NewsEventsError, match="E209"):
        IngestOptions(encoding="no-such-codec")
    with pytest.raises(NewsEventsError, match="E209"):
        IngestOptions(max_chars=0)


# --- standard input


def test_stdin_plain_text_is_one_article(tmp_path: Path) -> None:
    [article] = list(iter_items(["-"], stdin=io.StringIO(STORY)))
    assert isinstance(article, Article)
    assert article.text == STORY
    assert article.source == "<stdin>"
    assert article.id == article_id(STORY)


def test_stdin_starting_with_an_object_is_jsonl() -> None:
    stream = io.StringIO(
        '\n{"id": "s1", "text": "The army shelled the village.", "published": "2020-01-02"}\n'
        "not json\n"
        '{"id": "s2", "text": "Rebels denied the claim."}\n'
    )
    items = list(iter_items(["-"], stdin=stream))
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Article"]
    first, bad, last = items
    assert isinstance(first, Article) and isinstance(last, Article) and isinstance(bad, Failure)
    assert first.meta == {"format": "jsonl", "item": 2, "source_id": "s1"}
    assert first.published == dt.date(2020, 1, 2)
    assert (bad.code, bad.item, bad.source) == ("E103", "3", "<stdin>")
    assert last.text == "Rebels denied the claim."


def test_stdin_plain_text_starting_with_a_brace_line_is_still_text() -> None:
    # Only a line that starts with "{" switches to JSONL; prose mentioning braces stays text.
    text = "Officials {redacted} met on Monday.\n"
    [article] = list(iter_items(["-"], stdin=io.StringIO(text)))
    assert isinstance(article, Article) and article.meta["format"] == "text"


def test_empty_stdin_is_a_failure(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(OTHER)
    items = list(iter_items(["-", good], stdin=io.StringIO("\n  \n")))
    assert [(type(i).__name__, i.source) for i in items] == [("Failure", "<stdin>"), ("Article", str(good))]
    assert isinstance(items[0], Failure) and items[0].code == "E100"


def test_undecodable_stdin_is_a_failure() -> None:
    stream = io.TextIOWrapper(io.BytesIO(b"Caf\xe9 owners protested.\n"), encoding="utf-8")
    [failure] = list(iter_items(["-"], stdin=stream))
    assert isinstance(failure, Failure) and failure.code == "E102"


class CountingLines:
    """A text stream that counts how many lines were taken from it."""

    def __init__(self, total: int) -> None:
        self.taken = 0
        self.total = total

    def __iter__(self) -> CountingLines:
        return self

    def __next__(self) -> str:
        if self.taken == self.total:
            raise StopIteration
        self.taken += 1
        return f'{{"id": "n{self.taken}", "text": "Story number {self.taken} about the election."}}\n'


def test_jsonl_is_streamed_not_read_whole() -> None:
    stream = CountingLines(100_000)
    items = iter_items(["-"], stdin=stream)  # type: ignore[arg-type]
    first = next(items)
    assert isinstance(first, Article) and first.meta["source_id"] == "n1"
    assert stream.taken < 10


def _read_real_stdin(data: bytes) -> list[tuple[str, str]]:
    """(kind, code or item) of each item when ``data`` is piped into a process's standard input."""
    script = (
        "from newsevents.ingest import iter_items\n"
        "from newsevents.model import Failure\n"
        "for i in iter_items(['-']):\n"
        "    print('F', i.code) if isinstance(i, Failure) else print('A', i.meta.get('item'))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], input=data, capture_output=True, check=True)
    return [tuple(line.split(" ", 1)) for line in done.stdout.decode().splitlines()]  # type: ignore[misc]


def test_process_stdin_is_decoded_line_by_line() -> None:
    data = (
        b'{"id": "1", "text": "Troops withdrew."}\n'
        b'{"id": "2", "text": "Caf\xe9"}\n'
        b'{"id": "3", "text": "Later."}\n'
    )
    assert _read_real_stdin(data) == [("A", "1"), ("F", "E102"), ("A", "3")]


def test_binary_process_stdin_is_a_failure() -> None:
    assert _read_real_stdin(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n") == [("F", "E101")]


def test_pipes_in_a_directory_are_reported_not_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "feed.txt")  # opening it would block until something writes
    (tmp_path / "story.txt").write_text(STORY)
    items = list(iter_items([tmp_path]))
    assert [Path(i.source or "").name for i in items] == ["feed.txt", "story.txt"]
    assert isinstance(items[0], Failure) and items[0].code == "E108" and "named pipe" in items[0].reason


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.lists(
            st.sampled_from(['{"text": "a"}', "{", "[1]", '"x"', "", "a,b", '"q', "\x00"]), max_size=6
        ).map(lambda parts: "\n".join(parts).encode()),
    ),
    suffix=st.sampled_from([".txt", ".html", ".jsonl", ".json", ".csv", ".tsv", ".bin"]),
)
def test_any_bytes_give_articles_or_failures_never_an_exception(
    tmp_path: Path, data: bytes, suffix: str
) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    items = list(iter_items([path]))
    assert items, "every file yields at least one item or failure"
    for item in items:
        assert isinstance(item, Article | Failure)
        if isinstance(item, Failure):
            assert item.code.startswith("E1") and item.reason
        else:
            assert item.text.strip() and item.id == article_id(item.text)


def test_a_named_pipe_given_by_name_without_a_writer_is_empty_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    found: list[Article | Failure] = []
    reader = threading.Thread(target=lambda: found.extend(iter_items([fifo])), daemon=True)
    reader.start()
    reader.join(timeout=20)  # generous: opening without O_NONBLOCK would wait here forever
    assert not reader.is_alive(), "reading a pipe nobody writes to must not wait for a writer"
    [failure] = found
    assert isinstance(failure, Failure) and failure.code == "E100"


def test_a_link_to_a_directory_inside_a_folder_is_reported_not_skipped(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "elsewhere.txt").write_text(OTHER)
    folder = tmp_path / "feed"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY)
    (folder / "linked").symlink_to(outside, target_is_directory=True)
    articles, failures = split(iter_items([folder], IngestOptions(glob="**/*")))
    assert [a.text for a in articles] == [STORY]  # the linked folder's file is not read through the link
    [failure] = failures
    assert failure.code == "E108" and Path(failure.source).name == "linked"
    assert "link to a directory" in failure.reason
