"""JSONL, JSON and CSV/TSV records: field mapping, item numbers and one failure per bad record."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from newsevents.ids import article_id
from newsevents.ingest import IngestOptions, iter_items
from newsevents.model import Article, Failure

DATA = Path(__file__).parents[1] / "data" / "ingest"

WIRE = IngestOptions(
    text_field="body", id_field="doc_id", title_field="headline", url_field="link", date_field="date"
)


def test_jsonl_with_custom_field_names() -> None:
    items = list(iter_items([DATA / "newsroom_export.jsonl"], WIRE))
    assert all(isinstance(i, Article) for i in items)
    first, second, third = (i for i in items if isinstance(i, Article))
    assert first.title == "Ministers meet over water dispute"
    assert first.url == "https://wire.example/101"
    assert first.published == dt.date(2022, 6, 2)
    assert first.meta == {"format": "jsonl", "item": 1, "source_id": "cw-101"}
    assert first.id == article_id(first.text)
    assert first.text.startswith("The water ministers of the two countries")
    # line 2 is blank: it is no item, and the next record keeps its real line number
    assert second.meta["item"] == 3 and second.url is None
    assert third.published is None and third.meta["source_id"] == "cw-103"


def test_jsonl_with_default_names_misses_the_text_of_every_record() -> None:
    items = list(iter_items([DATA / "newsroom_export.jsonl"]))
    assert [(type(i).__name__, i.code if isinstance(i, Failure) else None) for i in items] == [
        ("Failure", "E104"),
        ("Failure", "E104"),
        ("Failure", "E104"),
    ]
    assert [i.item for i in items if isinstance(i, Failure)] == ["1", "3", "4"]
    first = items[0]
    assert isinstance(first, Failure) and "--text-field" in first.reason


def test_every_bad_jsonl_record_is_one_failure_and_reading_goes_on(tmp_path: Path) -> None:
    good = {"id": "g", "text": "The two leaders signed a trade agreement in Osra."}
    lines = [
        json.dumps(good).encode(),  # 1
        b'{"id": "m", "text": "unterminated',  # 2 malformed JSON
        b'["a", "list", "is", "not", "a", "record"]',  # 3 not an object
        b'{"id": "n", "title": "No body"}',  # 4 no text
        b'{"id": "w", "text": "   "}',  # 5 whitespace only
        b'{"id": "t", "text": 42}',  # 6 text that is not a string
        b'{"id": "d", "text": "The talks collapsed.", "published": "last Tuesday"}',  # 7 bad date
        b'{"id": "l", "text": "' + b"long " * 30 + b'"}',  # 8 over the limit
        b'{"id": "e", "text": "Caf\xe9 owners protested."}',  # 9 not UTF-8
        json.dumps({"id": "h", "text": "Rescue teams reached the flooded district."}).encode(),  # 10
    ]
    path = tmp_path / "mixed.ndjson"
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = list(iter_items([path], IngestOptions(max_chars=100)))
    summary = [(i.code, i.item) if isinstance(i, Failure) else ("ok", str(i.meta["item"])) for i in items]
    assert summary == [
        ("ok", "1"),
        ("E103", "2"),
        ("E109", "3"),
        ("E104", "4"),
        ("E104", "5"),
        ("E104", "6"),
        ("ok", "7"),  # the date is dropped with a warning on the article, the record kept (issue 10)
        ("E105", "8"),
        ("E102", "9"),
        ("ok", "10"),
    ]
    reasons = {i.code: i.reason for i in items if isinstance(i, Failure)}
    assert "line 2" in reasons["E103"]
    dated = items[6]
    assert isinstance(dated, Article) and dated.published is None
    assert "'last Tuesday'" in dated.meta["warnings"][0]
    assert "over the limit of 100" in reasons["E105"]
    assert "line 9" in reasons["E102"]


def test_jsonl_text_is_kept_verbatim_for_offsets(tmp_path: Path) -> None:
    text = "  Lead paragraph.\r\n\r\nSecond paragraph ends here.  \n"
    path = tmp_path / "exact.jsonl"
    path.write_text(json.dumps({"id": "x", "text": text}) + "\n")
    [article] = list(iter_items([path]))
    assert isinstance(article, Article) and article.text == text


def test_json_file_holds_one_record_or_an_array(tmp_path: Path) -> None:
    (tmp_path / "a_one.json").write_text(json.dumps({"id": "o", "text": "Aid convoys entered the city."}))
    (tmp_path / "b_many.json").write_text(
        json.dumps([{"id": "p", "text": "The strike entered its second day."}, {"id": "q"}, "text"])
    )
    (tmp_path / "c_broken.json").write_text('{"id": "r",\n "text": }')
    items = list(iter_items([tmp_path]))
    summary = [(Path(i.source or "").name, i.code if isinstance(i, Failure) else "ok") for i in items]
    assert summary == [
        ("a_one.json", "ok"),
        ("b_many.json", "ok"),
        ("b_many.json", "E104"),
        ("b_many.json", "E109"),
        ("c_broken.json", "E103"),
    ]
    broken = items[-1]
    assert isinstance(broken, Failure) and "line 2" in broken.reason


def test_csv_with_custom_field_names_and_multiline_cells() -> None:
    options = IngestOptions(text_field="story", title_field="heading", id_field="ref", date_field="released")
    first, second = iter_items([DATA / "wire_digest.csv"], options)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text == (
        "Farmers blocked the main highway with tractors on Monday, demanding lower fuel prices.\n"
        "Police diverted traffic for several hours."
    )
    assert (first.title, first.published, first.url) == ("Farmers block highway", dt.date(2021, 2, 15), None)
    assert first.meta == {"format": "csv", "item": 2, "source_id": "r-1"}
    # the first row spans lines 2-3, so the second starts on line 4
    assert second.meta["item"] == 4
    assert second.published == dt.date(2021, 2, 16)


def test_malformed_csv_rows_are_failures_and_reading_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(
        "id,text,published\n"
        'a,"Officials confirmed the ceasefire held overnight.",2019-07-01\n'
        'b,"Badly "quoted" cell",2019-07-01\n'
        "c,Only two cells\n"
        "d,,2019-07-02\n"
        "e,The ministry denied the report.,July 2019\n"
        "\n"
        "f,Hospitals said they were running out of fuel.,\n"
    )
    items = list(iter_items([path], IngestOptions(published=dt.date(2019, 7, 9))))
    summary = [(i.code, i.item) if isinstance(i, Failure) else ("ok", str(i.meta["item"])) for i in items]
    # a date that is not a date is dropped with a warning, never the row (issue 10)
    assert summary == [("ok", "2"), ("E110", "3"), ("E110", "4"), ("E104", "5"), ("ok", "6"), ("ok", "8")]
    dropped = items[4]
    assert isinstance(dropped, Article) and dropped.meta["warnings"][0].startswith("W101")
    last = items[-1]
    assert isinstance(last, Article) and last.published == dt.date(2019, 7, 9)  # empty cell: the fallback
    cells = items[2]
    assert isinstance(cells, Failure) and "2 cells where the header has 3" in cells.reason


def test_csv_without_the_text_column_fails_once(tmp_path: Path) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("id,content\n" + "".join(f"{n},Story {n}\n" for n in range(50)))
    [failure] = list(iter_items([path]))
    assert isinstance(failure, Failure)
    assert (failure.code, failure.item) == ("E104", "header")
    assert "'text'" in failure.reason


def test_header_only_csv_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "header.csv"
    path.write_text("id,text\n")
    [failure] = list(iter_items([path]))
    assert isinstance(failure, Failure) and failure.code == "E100"


def test_tsv_and_a_bom_before_the_header(tmp_path: Path) -> None:
    path = tmp_path / "export.tsv"
    path.write_bytes(b"\xef\xbb\xbfid\ttext\n7\tThe central bank raised interest rates, citing inflation.\n")
    [article] = list(iter_items([path]))
    assert isinstance(article, Article)
    assert article.text == "The central bank raised interest rates, citing inflation."
    assert article.meta["source_id"] == "7"


def test_long_csv_cells_reach_the_character_limit_not_the_csv_limit(tmp_path: Path) -> None:
    body = "The delegation met again. " * 8000  # 208,000 characters: over Python csv's default limit
    path = tmp_path / "long.csv"
    path.write_text(f'id,text\nz,"{body}"\n')
    [article] = list(iter_items([path]))
    assert isinstance(article, Article) and article.text == body
    [failure] = list(iter_items([path], IngestOptions(max_chars=100_000)))
    assert isinstance(failure, Failure) and failure.code == "E105"


def test_utf16_jsonl_is_read(tmp_path: Path) -> None:
    path = tmp_path / "wide.jsonl"
    path.write_text('{"id": "u", "text": "Сотни людей вышли на улицы."}\n', encoding="utf-16")
    [article] = list(iter_items([path]))
    assert isinstance(article, Article) and article.text == "Сотни людей вышли на улицы."


def test_json_array_is_limited_per_record_not_per_file(tmp_path: Path) -> None:
    records = [{"id": n, "text": f"Story {n}: the council met to discuss the budget."} for n in range(40)]
    path = tmp_path / "many.json"
    path.write_text(json.dumps(records))
    assert path.stat().st_size > 4 * 300
    items = list(iter_items([path], IngestOptions(max_chars=300)))
    assert len(items) == 40 and all(isinstance(i, Article) for i in items)


def test_json_error_messages_say_where_once(tmp_path: Path) -> None:
    path = tmp_path / "open.jsonl"
    path.write_text('{"id": "s", "text": "a string never closed}\n')
    [failure] = list(iter_items([path]))
    assert isinstance(failure, Failure) and failure.code == "E103"
    assert "at column" in failure.reason
    assert "at at" not in failure.reason


def test_a_text_of_another_json_type_is_named_by_its_type(tmp_path: Path) -> None:
    path = tmp_path / "typed.jsonl"
    path.write_text('{"text": 42}\n{"text": ["a"]}\n{"text": null}\n{"text": true}\n')
    reasons = [i.reason for i in iter_items([path]) if isinstance(i, Failure)]
    assert len(reasons) == 4
    assert "is a number, not a string" in reasons[0]
    assert "is an array, not a string" in reasons[1]
    assert "is missing or null" in reasons[2]
    assert "is a boolean, not a string" in reasons[3]
    assert not any("missing or empty" in reason for reason in reasons)


def test_an_unterminated_quote_costs_its_own_row_not_the_next(tmp_path: Path) -> None:
    path = tmp_path / "open_quote.csv"
    path.write_text(
        "id,text\n"
        'a,"The council met on Monday.\n'  # the quote is never closed
        "b,Troops withdrew from the border town.\n"
        "c,The strike ended after talks.\n"
    )
    items = list(iter_items([path]))
    summary = [(i.code, i.item) if isinstance(i, Failure) else ("ok", str(i.meta["item"])) for i in items]
    assert summary == [("E110", "2"), ("ok", "3"), ("ok", "4")]
    texts = [i.text for i in items if isinstance(i, Article)]
    assert texts == ["Troops withdrew from the border town.", "The strike ended after talks."]
