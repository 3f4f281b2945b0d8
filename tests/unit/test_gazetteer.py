"""Name normalisation and the gazetteer's indexes, as built and as read from the index file."""

from __future__ import annotations

import pytest

from newsevents.places.disambiguate import Focus, resolve
from newsevents.places.gazetteer import Gazetteer, build_gazetteer
from newsevents.places.gazetteer_file import cached_gazetteer
from newsevents.places.normalize import normalise

#: Every how-manieth name of the built gazetteer the index file is compared on (all take seconds).
SAMPLE_EVERY = 7


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    """The gazetteer as every run reads it: from the index file in the cache folder."""
    return cached_gazetteer([], [])


def test_index_file_answers_as_the_built_gazetteer(gaz: Gazetteer) -> None:
    built = build_gazetteer()
    assert len(gaz.names) == len(built.names)
    for key in list(built.names)[::SAMPLE_EVERY]:
        assert gaz.lookup_key(key) == built.lookup_key(key), key
    assert gaz.countries == built.countries and gaz.admin1 == built.admin1
    assert gaz.qualifiers == built.qualifiers and gaz.demonyms == built.demonyms


@pytest.mark.parametrize(
    ("a", "b"),
    [("Dar'a", "Dar‘a"), ("al-Qunaytirah", "Qunaytirah"), ("Saint-Étienne", "St. Etienne"), ("U.S.", "US")],
)
def test_normal_form_equates_spellings(a: str, b: str) -> None:
    assert normalise(a) == normalise(b)


def test_normal_form_keeps_distinct_names_apart() -> None:
    assert normalise("Georgia") != normalise("Georgian")
    assert normalise("El") == "el", "a lone article is a name, not a prefix"


def test_lookup_is_by_normal_form(gaz: Gazetteer) -> None:
    assert any(c.place.country == "UKR" for c in gaz.lookup("Kharkov"))
    assert any(c.place.country == "UKR" for c in gaz.lookup("Odessa"))
    assert {c.place.precision for c in gaz.lookup("Georgia")} == {"country", "admin1"}
    assert gaz.lookup("Nowhereville Xq") == []


def test_countries_have_points_and_iso3(gaz: Gazetteer) -> None:
    syria = gaz.countries["SYR"]
    assert syria.precision == "country" and 32 < syria.lat < 37 and 35 < syria.lon < 42
    assert all(len(iso3) == 3 and -90 <= p.lat <= 90 for iso3, p in gaz.countries.items())


def test_population_prior_without_context(gaz: Gazetteer) -> None:
    res = resolve(gaz.lookup("Damascus"), None)
    assert res is not None and res.place.country == "SYR"


def test_focus_overrides_population(gaz: Gazetteer) -> None:
    focus = Focus()
    focus.countries["USA"] += 3.0
    focus.admin1[("USA", "OR")] += 2.0
    res = resolve(gaz.lookup("Damascus"), focus)
    assert res is not None and res.place.country == "USA" and res.place.admin1 == "OR"
    assert "focus" in res.reason


def test_qualifier_is_decisive(gaz: Gazetteer) -> None:
    texas = gaz.qualifiers[normalise("Tex.")]
    res = resolve(gaz.lookup("Paris"), None, texas)
    assert res is not None and res.place.admin1 == "TX"


def test_proximity_to_other_places_named(gaz: Gazetteer) -> None:
    focus = Focus()
    focus.countries["USA"] += 2.0
    alone = resolve(gaz.lookup("Alexandria"), focus)
    assert alone is not None and alone.place.admin1 == "VA", "the largest US Alexandria without more"
    focus.near = [(31.3, -92.5)]  # a town named nearby, in central Louisiana
    near = resolve(gaz.lookup("Alexandria"), focus)
    assert near is not None and near.place.admin1 == "LA" and "km from" in near.reason
