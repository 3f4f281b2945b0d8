"""Issue 10, points 1 and 8: no input item crashes a batch or vanishes, whatever is in it.

Model-free: the pipeline has no stages, so these drive the whole of ``ingest`` and ``extract`` (reading,
language, the guarded pipeline, the store, the interchange writer) in milliseconds per example.
"""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.model import Document
from newsevents.pipeline import Pipeline, load_config
from newsevents.resources import Resources
from newsevents.runner import RunSummary, extract, ingest
from newsevents.store import Store

ROOT = Path(__file__).resolve().parents[2]
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
ENGLISH = "Police arrested two protesters in Kharkiv on Sunday, officials said."

# Any code point, lone surrogates included (Hypothesis leaves category Cs out unless asked).
ANY_CHAR = st.characters(codec=None, exclude_categories=())
ANY_TEXT = st.text(ANY_CHAR, max_size=40)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | ANY_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ANY_TEXT, inner, max_size=3),
    max_leaves=6,
)
FIELDS = ("id", "text", "title", "url", "published")
RECORDS = st.lists(
    st.one_of(
        st.fixed_dictionaries({}, optional={f: JSON_VALUES for f in FIELDS}),
        st.fixed_dictionaries(
            {"text": ANY_TEXT | st.just(ENGLISH)}, optional={f: JSON_VALUES for f in FIELDS if f != "text"}
        ),
        JSON_VALUES,
    ),
    max_size=8,
)


SHARED = Resources()  # the language identifier is loaded once for every example


def _pipeline() -> Pipeline:
    return Pipeline(load_config(None, {"pipeline": {"stages": []}}), SHARED)


def _balanced(summary: RunSummary) -> None:
    assert summary.lost == 0, summary.line()
    assert summary.given == summary.articles + summary.merged + summary.already + len(summary.failures)


def _stored_run_adds_up(store: Store, summary: RunSummary) -> None:
    run = store.runs()[-1]
    assert run["status"] == "finished"
    assert (run["n_given"], run["n_articles"], run["n_failures"]) == (
        summary.given,
        summary.articles,
        len(summary.failures),
    )
    assert run["n_articles"] + run["n_failures"] + run["n_merged"] + run["n_already"] == run["n_given"]
    assert store.counts()["articles"] == summary.articles


def _run_both(path: Path) -> tuple[RunSummary, RunSummary]:
    with Store(None) as store:
        stored = ingest([path], store, _pipeline())
        _balanced(stored)
        _stored_run_adds_up(store, stored)
    out = io.StringIO()
    written = extract(path, out, _pipeline())
    _balanced(written)
    lines = out.getvalue().splitlines()
    assert len(lines) == written.given  # extract: one line per item, failed ones too
    for line in lines:
        json.loads(line)
    return stored, written


@FAST
@given(records=RECORDS, junk=st.lists(ANY_TEXT.filter(lambda s: "\n" not in s and "\r" not in s), max_size=3))
def test_jsonl_with_any_json_value_in_any_field_loses_nothing(
    tmp_path_factory: pytest.TempPathFactory, records: list[object], junk: list[str]
) -> None:
    lines = [json.dumps(r, ensure_ascii=True) for r in records]
    lines += [j.encode("utf-8", "surrogatepass").decode("utf-8", "replace") for j in junk]
    path = tmp_path_factory.mktemp("jsonl") / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stored, _ = _run_both(path)
    nonblank = sum(1 for line in lines if line.strip())
    whole_file = [f.code for f in stored.failures] in (["E100"], ["E101"])  # empty, or looks binary
    assert stored.given == nonblank or (stored.given == 1 and whole_file)


@FAST
@given(
    cells=st.lists(
        st.lists(st.text(st.sampled_from('ab ,\t"\n\r\\x'), max_size=12), min_size=1, max_size=4), max_size=6
    ),
    delimiter=st.sampled_from([",", "\t"]),
)
def test_csv_and_tsv_fragments_lose_no_row(
    tmp_path_factory: pytest.TempPathFactory, cells: list[list[str]], delimiter: str
) -> None:
    body = "\n".join(delimiter.join(row) for row in cells)
    name = "rows.csv" if delimiter == "," else "rows.tsv"
    path = tmp_path_factory.mktemp("csv") / name
    path.write_text(f"id{delimiter}text{delimiter}published\n{body}\n", encoding="utf-8")
    _run_both(path)


@FAST
@given(data=st.binary(max_size=300) | ANY_TEXT.map(lambda s: s.encode("utf-8", "surrogatepass")))
def test_any_bytes_in_a_text_file_are_one_article_or_one_failure(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.mktemp("txt") / "story.txt"
    path.write_bytes(data)
    stored, _ = _run_both(path)
    assert stored.given == 1


def _corpus_module() -> object:
    spec = importlib.util.spec_from_file_location("make_bad_inputs", ROOT / "scripts" / "make_bad_inputs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_bad_inputs"] = module
    spec.loader.exec_module(module)
    return module


def test_the_bad_input_corpus_is_stored_or_failed_item_by_item(tmp_path: Path) -> None:
    expected = _corpus_module().write(tmp_path / "bad", 5000)  # type: ignore[attr-defined]
    with Store(tmp_path / "bad.duckdb") as store:
        summary = ingest([tmp_path / "bad"], store, _pipeline())
        _balanced(summary)
        _stored_run_adds_up(store, summary)
        assert summary.given == expected
        texts = {r["source_id"]: r for r in store.articles()}
        # lone surrogates are replaced, one for one, with a warning on the article
        surrogate = store.article(next(r["article_id"] for k, r in texts.items() if k == "s1"))
        assert "\ufffd" in surrogate["text"] and surrogate["meta"]["warnings"][0].startswith("W100")
        assert "NUL\x00" in store.article(texts["nul"]["article_id"])["text"]
    # arabic.txt has the text of the "ar" record: merged into it
    assert summary.merged >= 1 and "2 articles not in English: ar 1, ru 1" in summary.line()


class _Exploding:
    """A batching stage that fails for its whole batch when one text says BOOM (as nlp.pipe can)."""

    name = "exploding"

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        batch = list(docs)
        if any("BOOM" in d.text for d in batch):
            raise RuntimeError("the batch failed")
        yield from batch


def test_a_stage_failing_for_a_whole_batch_costs_one_article(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    texts = [f"{ENGLISH} Number {n}." for n in range(5)]
    texts[2] = "BOOM " + ENGLISH
    path.write_text("".join(json.dumps({"id": str(n), "text": t}) + "\n" for n, t in enumerate(texts)))
    pipeline = _pipeline()
    pipeline.stages.append(_Exploding())  # type: ignore[arg-type]
    with Store(None) as store:
        summary = ingest([path], store, pipeline)
        _balanced(summary)
        assert summary.articles == 4 and [f.code for f in summary.failures] == ["E111"]
        assert summary.failures[0].item == "2"


def test_an_article_the_store_refuses_costs_itself_only(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from newsevents.store import db

    real = db.document_rows

    def refusing(doc: Document, run_id: str) -> dict[str, list[dict[str, object]]]:
        if "refuse" in doc.text:
            raise ValueError("cannot map this one")
        return real(doc, run_id)

    monkeypatch.setattr(db, "document_rows", refusing)
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps({"id": str(n), "text": f"{ENGLISH} {w}"}) + "\n"
                            for n, w in enumerate(["one", "refuse", "three"])))  # fmt: skip
    with Store(None) as store:
        summary = ingest([path], store, _pipeline())
        _balanced(summary)
        assert summary.articles == 2 and [f.code for f in summary.failures] == ["E113"]
        assert [r["code"] for r in store.failures()] == ["E113"]


def test_a_lone_surrogate_in_id_title_and_text_is_stored_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    record = {"id": "x\ud800", "title": "T\udfff", "text": "Before \ud800 after. " + ENGLISH}
    path.write_text(json.dumps(record) + "\n")
    out = io.StringIO()
    summary = extract(path, out, _pipeline())
    assert summary.articles == 1 and not summary.failures
    line = json.loads(out.getvalue())
    assert line["id"] == "x\ufffd" and len(line["warnings"]) == 3
    with Store(None) as store:
        ingest([path], store, _pipeline())
        [row] = store.articles()
        assert row["title"] == "T\ufffd"
        article = store.article(row["article_id"])
        assert article["text"].index("\ufffd") == len("Before ")  # offsets kept: one for one


def test_non_english_articles_are_stored_uncoded_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    arabic = "اعتقلت الشرطة اثنين من المتظاهرين في القاهرة يوم الأحد، بحسب ما قال مسؤولون. " * 2
    russian = "Полиция задержала двух участников протеста в Москве в воскресенье, сообщили власти. " * 2
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in (arabic, arabic + "!", russian, ENGLISH)))
    with Store(None) as store:
        summary = ingest([path], store, _pipeline())
        assert "3 articles not in English: ar 2, ru 1" in summary.line()
        languages = sorted(store.article(r["article_id"])["meta"]["language"] for r in store.articles())
        assert languages == ["ar", "ar", "en", "ru"]
        assert store.runs()[-1]["n_not_english"] == 3


def test_a_url_that_is_no_url_does_not_break_the_incident_merge(tmp_path: Path) -> None:
    from newsevents.incidents.reports import outlet_of

    assert outlet_of("\x1b[31m", "feed.jsonl", "a1") == "feed.jsonl"
    assert outlet_of("http://[broken", None, "a1") == "a1"


def test_a_duplicate_within_a_run_is_counted_merged_not_stored_twice(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps({"id": name, "text": ENGLISH}) + "\n" for name in ("wire", "copy")))
    with Store(None) as store:
        summary = ingest([path], store, _pipeline())
        _balanced(summary)
        run = store.runs()[-1]
        assert (run["n_given"], run["n_articles"], run["n_merged"]) == (2, 1, 1)
        assert store.counts()["articles"] == 1
