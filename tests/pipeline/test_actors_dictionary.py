"""Actor dictionary files: user files merged over the packaged ones, malformed files refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsevents.errors import NewsEventsError
from newsevents.model import Article
from newsevents.pipeline import Pipeline, load_config
from newsevents.resources import Resources

HEADER = "id\tkind\tname\tcountry\tsector\taliases\tgender\toffice\tstart\tend\n"


def pipeline(resources: Resources, *files: Path) -> Pipeline:
    overrides = {
        "pipeline": {"stages": ["nlp", "actors"]},
        "stages": {"actors": {"extra_dictionaries": [str(f) for f in files]}},
    }
    return Pipeline(load_config(overrides=overrides), resources)


def test_user_dictionary_adds_and_overrides_entries(resources: Resources, tmp_path: Path) -> None:
    first = tmp_path / "first.tsv"
    first.write_text(
        HEADER
        + "SYR.MIL.haddad\tperson\tKhaled Haddad\tSYR\tMIL\tHaddad\tm\t\t\t\n"
        + "USA.GOV.trump\tperson\tDonald J. Trump\tUSA\tPTY\tTrump\tm\t\t\t\n",
        encoding="utf-8",
    )
    second = tmp_path / "second.tsv"  # later files win
    second.write_text(
        HEADER
        + "USA.GOV.trump\tperson\tDonald Trump\tUSA\tGOV\tTrump|The Donald\tm\tpresident\t2025-01-20\t\n"
    )
    text = "Khaled Haddad met Trump in Damascus. The US president praised Haddad."
    doc = pipeline(resources, first, second)(Article(id="u", text=text, published=dt.date(2025, 6, 1)))
    haddad = [m for m in doc.actors if m.text == "Khaled Haddad"]
    assert [(m.actor_id, m.country, m.sector) for m in haddad] == [("SYR.MIL.haddad", "SYR", "MIL")]
    trump = [m for m in doc.actors if m.text == "Trump"]
    assert [(m.name, m.sector) for m in trump] == [("Donald Trump", "GOV")]
    president = [m for m in doc.actors if m.text == "US president"]
    assert [m.name for m in president] == ["Donald Trump"]

    # Without the user files the packaged entry stands and Haddad is unknown.
    plain = pipeline(resources)(Article(id="p", text=text, published=dt.date(2025, 6, 1)))
    assert [m.actor_id for m in plain.actors if m.text == "Khaled Haddad"] == [None]


@pytest.mark.parametrize(
    ("row", "complaint"),
    [
        ("X.1\tperson\tJane Roe\tSYRIA\tGOV\n", "country"),
        ("X.2\tperson\tJane Roe\tSYR\tARMY\n", "sector"),
        ("X.3\tpolitician\tJane Roe\tSYR\tGOV\n", "kind"),
        ("X.4\tperson\tJane Roe\tSYR\tGOV\t\tf\tpresident\t2025-13-40\t\n", "date"),
        ("X.5\tperson\tJane Roe\tSYR\tGOV\t\tf\tpresident\t\t\textra\tcells\n", "cells"),
    ],
)
def test_malformed_dictionary_is_refused_with_e205(
    resources: Resources, tmp_path: Path, row: str, complaint: str
) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(HEADER + row, encoding="utf-8")
    with pytest.raises(NewsEventsError) as err:
        pipeline(resources, bad)
    assert err.value.code == "E205"
    assert complaint in str(err.value) and "bad.tsv" in str(err.value)


def test_missing_required_column_is_e205(resources: Resources, tmp_path: Path) -> None:
    bad = tmp_path / "nocols.tsv"
    bad.write_text("id\tname\nX\tJane Roe\n", encoding="utf-8")
    with pytest.raises(NewsEventsError) as err:
        pipeline(resources, bad)
    assert err.value.code == "E205"


def test_packaged_dictionary_covers_every_un_member(resources: Resources) -> None:
    import pycountry

    from newsevents.stages.actors import dictionary_for

    index = dictionary_for(resources, [])
    states = {e.country for e in index.entries.values() if e.kind == "state"}
    assert len(states) >= 195
    for code in ("SYR", "RUS", "UKR", "PSE", "VAT", "SSD", "COD", "MMR"):
        assert code in states
        assert pycountry.countries.get(alpha_3=code) is not None
    assert all(e.demonyms for e in index.entries.values() if e.kind == "state" and e.id not in ("COG", "DMA"))


def test_leaders_beyond_the_usual_capitals_are_known_with_dated_offices(resources: Resources) -> None:
    text = "Ruto met Tinubu in Abuja on Monday. Sri Lanka's president later phoned the Kenyan leader."
    doc = pipeline(resources)(Article(id="l", text=text, published=dt.date(2023, 9, 4)))
    by_text = {m.text: m for m in doc.actors}
    assert (by_text["Ruto"].actor_id, by_text["Ruto"].country) == ("KEN.GOV.ruto", "KEN")
    assert (by_text["Tinubu"].actor_id, by_text["Tinubu"].country) == ("NGA.GOV.tinubu", "NGA")
    # the title names whoever held the office on the publication day, not an earlier holder
    president = [m.actor_id for m in doc.actors if m.text == "Sri Lanka's president"]
    assert president == ["LKA.GOV.wickremesinghe"]
    assert "LKA.GOV.sirisena" not in {m.actor_id for m in doc.actors}
