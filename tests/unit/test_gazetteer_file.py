"""The gazetteer's index file answers every lookup as the gazetteer it was written from.

Model-free and fast: a small hand-made gazetteer; the full one is compared in tests/unit/test_gazetteer.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.cache import decode, encode
from newsevents.errors import NewsEventsError
from newsevents.places import gazetteer_file
from newsevents.places.cues import _normalised_language_names, language_names
from newsevents.places.gazetteer import Gazetteer, Place
from newsevents.places.gazetteer_file import gazetteer_sections, read_gazetteer

SYRIA = Place(key="163843", name="Syria", lat=35.0, lon=38.0, precision="country", country="SYR",
              geonameid=163843, population=22_000_000)  # fmt: skip
HOMS_GOV = Place(key="admin1:SYR.11", name="Homs Governorate", lat=34.5, lon=37.5, precision="admin1",
                 country="SYR", admin1="11", population=1_000_000, source="admin1")  # fmt: skip
HOMS = Place(key="169577", name="Homs", lat=34.73, lon=36.72, precision="city", country="SYR",
             admin1="11", geonameid=169577, population=775_404, capital=False)  # fmt: skip
KANAWHA = Place(key="us-county:54039", name="Kanawha County", lat=38.35, lon=-81.63, precision="admin2",
                country="USA", admin1="WV", source="us-counties",
                stand_in="its state's point")  # fmt: skip
SAHEL = Place(key="regions:sahel", name="Sahel", lat=15.0, lon=0.0, precision="region", source="regions")


def _small() -> Gazetteer:
    gaz = Gazetteer()
    gaz.add("Syria", SYRIA, primary=True)
    gaz.add("Homs", HOMS_GOV, primary=True)
    gaz.add("Homs", HOMS, primary=True)
    gaz.add("Hims", HOMS, primary=False)
    gaz.add("Ḥimṣ", HOMS, primary=False)
    gaz.add("Kanawha County", KANAWHA, primary=True)
    gaz.add("Sahel", SAHEL, primary=True)
    gaz.countries["SYR"] = SYRIA
    gaz.admin1[("SYR", "11")] = HOMS_GOV
    gaz.qualifiers["homs"] = HOMS_GOV
    gaz.demonyms["syrian"] = SYRIA
    return gaz


def _round_trip(gaz: Gazetteer) -> Gazetteer:
    data = encode("gazetteer", "0" * 64, gazetteer_sections(gaz))
    return read_gazetteer(decode(memoryview(data), "gazetteer", "0" * 64))


def test_every_lookup_answers_as_the_written_gazetteer() -> None:
    gaz = _small()
    read = _round_trip(gaz)
    assert dict(read.names.items()) == dict(gaz.names.items())
    assert [c.place.name for c in read.lookup("Homs")] == ["Homs Governorate", "Homs"], "order kept"
    assert [c.primary for c in read.lookup("Hims")] == [False]
    assert read.lookup("Ḥimṣ") == gaz.lookup("Ḥimṣ") != []
    assert read.lookup("Damascus") == [] and "damascus" not in read.names and "homs" in read.names
    assert (read.countries, read.admin1, read.qualifiers, read.demonyms) == (
        gaz.countries, gaz.admin1, gaz.qualifiers, gaz.demonyms,
    )  # fmt: skip
    assert len(read.names) == len(gaz.names) and sorted(read.names) == sorted(gaz.names)


def test_empty_fields_come_back_empty_not_as_text() -> None:
    read = _round_trip(_small())
    sahel = read.lookup("Sahel")[0].place
    assert sahel.country is None and sahel.admin1 is None and sahel.geonameid is None
    assert sahel.stand_in == "" and sahel.capital is False
    kanawha = read.lookup("Kanawha County")[0].place
    assert kanawha.stand_in == "its state's point" and kanawha.precision == "admin2"


def test_one_place_is_one_object_across_lookups_and_tables() -> None:
    read = _round_trip(_small())
    homs = read.lookup("Homs")[1].place
    assert homs is read.lookup("Hims")[0].place
    assert read.lookup("Homs")[0].place is read.admin1[("SYR", "11")] is read.qualifiers["homs"]
    assert read.container(homs) == [HOMS_GOV, SYRIA]
    assert read.container(read.admin1[("SYR", "11")]) == [SYRIA], "a division does not contain itself"


def test_a_gazetteer_read_from_its_file_is_read_only() -> None:
    read = _round_trip(_small())
    with pytest.raises(TypeError):
        read.add("Palmyra", HOMS, primary=True)
    assert read.lookup("Palmyra") == []


def test_the_inputs_digest_follows_the_user_files(tmp_path: Path) -> None:
    user = tmp_path / "regions.tsv"
    user.write_text("name\tlat\tlon\nZubara Basin\t25.9\t51.0\n", encoding="utf-8")
    packaged_only = gazetteer_file._inputs([], [])
    with_user = gazetteer_file._inputs([user], [])
    assert with_user != packaged_only
    assert gazetteer_file._inputs([], [user]) != with_user, "a spellings file is another input"
    user.write_text("name\tlat\tlon\nZubara Basin\t25.9\t51.1\n", encoding="utf-8")
    assert gazetteer_file._inputs([user], []) != with_user
    assert gazetteer_file._inputs([], []) == packaged_only


def test_a_missing_user_file_is_e205(tmp_path: Path) -> None:
    with pytest.raises(NewsEventsError) as err:
        gazetteer_file.cached_gazetteer([tmp_path / "missing.tsv"], [], tmp_path / "cache")
    assert err.value.code == "E205" and "missing.tsv" in str(err.value)
    assert not (tmp_path / "cache").exists(), "nothing built for it"


def test_language_names_from_their_index_file_are_pycountrys_normalised() -> None:
    names = language_names()
    assert names == frozenset(_normalised_language_names())
    assert {"english", "arabic", "ukrainian"} <= names and "kharkiv" not in names
