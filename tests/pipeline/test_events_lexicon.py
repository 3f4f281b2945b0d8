"""The event knowledge files: coverage of all 16 types, table consistency, user lexicons."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from newsevents.errors import NewsEventsError
from newsevents.events import load_lexicon
from newsevents.model import EVENT_TYPES, Article, Document
from newsevents.pipeline import Pipeline, load_config
from newsevents.resources import Resources


def test_every_type_has_many_verbs_nouns_and_patterns() -> None:
    lex = load_lexicon()
    entries = [e for group in lex.triggers.values() for e in group]
    by_type = Counter(e.event_type for e in entries)
    assert set(by_type) == set(EVENT_TYPES)
    for etype in EVENT_TYPES:
        assert by_type[etype] >= 15, etype
        assert any(e.deps for e in entries if e.event_type == etype), f"{etype} has no multiword pattern"
    assert {e.pos for e in entries} == {"VERB", "NOUN"}


def test_modes_are_plover_modes_and_quads_follow_the_type() -> None:
    lex = load_lexicon()
    for group in lex.triggers.values():
        for e in group:
            if e.mode is not None and lex.type_modes[e.event_type]:
                assert e.mode in lex.type_modes[e.event_type], (e.pattern, e.mode)
            assert e.quad_class == lex.type_quad[e.event_type]
    assert lex.type_quad["CONSULT"] == 1 and lex.type_quad["ASSAULT"] == 4


def test_cameo_table_from_cameo2plover() -> None:
    lex = load_lexicon()
    assert lex.cameo["042"] == ("CONSULT", "visit", 1)
    assert lex.cameo["041"][0:2] == ("CONSULT", "phone")
    assert lex.cameo["173"][0] == "COERCE" and lex.cameo["173"][2] == 4
    assert lex.cameo["112"][0] == "ACCUSE" and lex.cameo["112"][2] == 3


def test_multiword_head_rules() -> None:
    lex = load_lexicon()
    (call_off,) = [e for e in lex.triggers[("call", "VERB")] if e.pattern == "call off"]
    assert call_off.deps == ("off",)
    (phone_call,) = [e for e in lex.triggers[("call", "NOUN")] if e.pattern == "phone call"]
    assert phone_call.deps == ("phone",)
    states = {e.deps: e for e in lex.triggers[("state", "NOUN")]}
    assert states[("emergency",)].event_type == "COERCE"
    assert states[("emergency",)].mode == "martial-law"


def test_user_lexicon_adds_and_replaces(tmp_path: Path) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text(
        "pattern\tpos\tevent_type\tmode\tcameo\troles\tweight\n"
        "torpedo\tVERB\tASSAULT\theavy-weapons\t194\t\t\n"
        "meet\tVERB\tCONSULT\tthird-party\t044\trecip\t\n",
        encoding="utf-8",
    )
    lex = load_lexicon([extra])
    (torpedo,) = lex.triggers[("torpedo", "VERB")]
    assert torpedo.event_type == "ASSAULT" and torpedo.mode == "heavy-weapons"
    meet = [e for e in lex.triggers[("meet", "VERB")] if e.pattern == "meet"]
    assert len(meet) == 1 and meet[0].mode == "third-party"


def test_bad_user_lexicon_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("pattern\tpos\tevent_type\nstrafe\tVERB\tSTRAFE\n", encoding="utf-8")
    with pytest.raises(NewsEventsError) as err:
        load_lexicon([bad])
    assert err.value.code == "E205"


def test_stage_uses_user_lexicon(tmp_path: Path, resources: Resources) -> None:
    extra = tmp_path / "mine.tsv"
    extra.write_text(
        "pattern\tpos\tevent_type\tmode\tcameo\troles\tweight\ntorpedo\tVERB\tASSAULT\theavy-weapons\t194\t\t\n",
        encoding="utf-8",
    )
    overrides = {
        "pipeline": {"stages": ["nlp", "actors", "times", "places", "quotes", "events"]},
        "stages": {"events": {"extra_lexicons": [str(extra)]}},
    }
    pipeline = Pipeline(load_config(overrides=overrides), resources)
    doc = pipeline(Article(id="t", text="A Russian submarine torpedoed a Ukrainian patrol boat."))
    assert doc.error is None
    (event,) = [e for e in doc.events if e.event_type == "ASSAULT"]
    assert event.mode == "heavy-weapons" and event.cameo == "194"


def test_no_event_in_plain_prose(run_stages: Callable[..., Document]) -> None:
    doc = run_stages(
        "The weather in Lisbon was sunny and warm all week.",
        stages=["nlp", "actors", "times", "places", "quotes", "events"],
    )
    assert doc.error is None
    assert doc.events == []


def test_no_pattern_is_headed_by_a_function_word() -> None:
    lex = load_lexicon()
    function_words = {"for", "of", "to", "in", "on", "at", "with", "by", "off", "up", "down", "out"}
    heads = {e.head for group in lex.triggers.values() for e in group}
    assert not heads & function_words
