"""Typed settings: declared once per section, checked at load, and the default config file agrees."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from newsevents.errors import NewsEventsError
from newsevents.ingest import IngestOptions
from newsevents.pipeline import load_config, registered_stages
from newsevents.settings import GazetteerSettings, IngestSettings, settings_defaults


def _packaged_config() -> dict[str, object]:
    text = resources.files("newsevents").joinpath("default_config.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def test_the_default_config_file_holds_exactly_the_declared_defaults() -> None:
    config = _packaged_config()
    # stages registered by other tests are named with a leading underscore
    stages = {n: c for n, c in registered_stages().items() if not n.startswith("_")}
    assert config["ingest"] == settings_defaults(IngestSettings)
    assert config["gazetteer"] == settings_defaults(GazetteerSettings)
    sections = config["stages"]
    assert isinstance(sections, dict)
    assert set(sections) == set(stages)
    for name, cls in stages.items():
        assert sections[name] == settings_defaults(cls.Settings), name
    assert set(config) == {"pipeline", "ingest", "gazetteer", "stages"}


def test_a_value_of_the_wrong_type_fails_at_load_naming_the_key() -> None:
    with pytest.raises(NewsEventsError) as err:
        load_config(overrides={"stages": {"nlp": {"batch_size": "64"}}})
    assert err.value.code == "E204"
    assert "stages.nlp.batch_size" in str(err.value)


def test_a_bool_is_no_number_and_a_list_item_is_checked() -> None:
    with pytest.raises(NewsEventsError) as err:
        load_config(overrides={"ingest": {"max_chars": True}})
    assert err.value.code == "E204" and "ingest.max_chars" in str(err.value)
    with pytest.raises(NewsEventsError) as err:
        load_config(overrides={"gazetteer": {"extra_spellings": ["a.tsv", 3]}})
    assert err.value.code == "E204" and "gazetteer.extra_spellings[1]" in str(err.value)


def test_an_unknown_key_fails_at_load_naming_it() -> None:
    with pytest.raises(NewsEventsError) as err:
        load_config(overrides={"stages": {"event_locations": {"dateline": False}}})
    assert err.value.code == "E203"
    assert "stages.event_locations.dateline" in str(err.value)


def test_ingest_options_take_the_configured_section_unless_the_caller_gives_a_value() -> None:
    settings = IngestSettings(max_chars=500, encoding="latin-1", glob="*.txt")
    options = IngestOptions.from_settings(settings, glob=None, text_field="body")
    assert (options.glob, options.max_chars, options.encoding) == ("*.txt", 500, "latin-1")
    assert options.text_field == "body"
    assert IngestOptions.from_settings(settings, glob="*.html").glob == "*.html"
