"""Registry, config and pipeline behaviour, with tiny stages so no model is needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.errors import NewsEventsError
from newsevents.model import Article, Document
from newsevents.pipeline import Pipeline, Stage, default_config, load_config, register_stage
from newsevents.resources import Resources


@register_stage
class _Upper(Stage):
    name = "_test_upper"
    requires = ("text",)
    assigns = ("_upper",)

    def __call__(self, doc: Document) -> Document:
        if "boom" in doc.text:
            raise ValueError("cannot handle boom")
        doc.article.meta["upper"] = doc.text.upper()
        return doc


@register_stage
class _NeedsUpper(Stage):
    name = "_test_needs_upper"
    requires = ("_upper",)
    assigns = ()

    def __call__(self, doc: Document) -> Document:
        doc.article.meta["seen"] = True
        return doc


def _config(*stages: str) -> dict[str, object]:
    config = default_config()
    config["pipeline"]["stages"] = list(stages)
    return config


def test_stages_run_in_order_and_record_themselves() -> None:
    pipe = Pipeline(_config("_test_upper", "_test_needs_upper"), Resources())
    doc = pipe(Article(id="a", text="calm"))
    assert doc.article.meta == {"upper": "CALM", "seen": True}
    assert doc.done == ["_test_upper", "_test_needs_upper"]


def test_unmet_requirement_refuses_to_build() -> None:
    with pytest.raises(NewsEventsError) as err:
        Pipeline(_config("_test_needs_upper"), Resources())
    assert err.value.code == "E201"
    assert "_upper" in str(err.value)


def test_unknown_stage_refuses_to_build() -> None:
    with pytest.raises(NewsEventsError) as err:
        Pipeline(_config("no_such_stage"), Resources())
    assert err.value.code == "E200"


def test_a_failing_article_is_marked_and_the_batch_goes_on() -> None:
    pipe = Pipeline(_config("_test_upper", "_test_needs_upper"), Resources())
    docs = list(pipe.pipe([Article(id="1", text="boom"), Article(id="2", text="fine")]))
    assert [d.article.id for d in docs] == ["1", "2"]
    assert docs[0].error is not None and "cannot handle boom" in docs[0].error
    assert "seen" not in docs[0].article.meta  # later stages skip it
    assert docs[1].error is None and docs[1].article.meta["seen"] is True


def test_user_config_merges_and_unknown_keys_are_errors(tmp_path: Path) -> None:
    good = tmp_path / "good.toml"
    good.write_text("[stages.nlp]\nbatch_size = 8\n", encoding="utf-8")
    config = load_config(good)
    assert config["stages"]["nlp"]["batch_size"] == 8
    assert config["stages"]["nlp"]["model"] == default_config()["stages"]["nlp"]["model"]
    bad = tmp_path / "bad.toml"
    bad.write_text("[stages.nlp]\nbatchsize = 8\n", encoding="utf-8")
    with pytest.raises(NewsEventsError) as err:
        load_config(bad)
    assert err.value.code == "E203" and "stages.nlp.batchsize" in str(err.value)
    broken = tmp_path / "broken.toml"
    broken.write_text("[stages\n", encoding="utf-8")
    with pytest.raises(NewsEventsError) as err:
        load_config(broken)
    assert err.value.code == "E202"


def test_resolved_config_records_versions_and_stages() -> None:
    pipe = Pipeline(_config("_test_upper"), Resources())
    resolved = pipe.resolved()
    assert resolved["stages"] == ["_test_upper"]
    assert resolved["versions"]["spacy"].startswith("3.8")
    assert resolved["config"]["pipeline"]["stages"] == ["_test_upper"]


def test_injected_resources_are_used_not_rebuilt() -> None:
    marker = object()
    res = Resources(nlp=marker)
    assert res.get("nlp", lambda: pytest.fail("factory must not run")) is marker
