"""E205 names the line of a knowledge file as an editor numbers it: comment and blank lines count.

Each loader that checks cells gets a file whose bad row stands on line 7, after two comment lines, a
blank line, the header, a comment and a good row; counting data rows only would say row 2 or 3.
Model-free and fast: the gazetteer loaders run on a small hand-made gazetteer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from newsevents.actors.dictionary import read_entries
from newsevents.errors import NewsEventsError
from newsevents.events import lexicon as event_lexicon
from newsevents.knowledge import packaged, read_tsv
from newsevents.places import gazetteer
from newsevents.places.gazetteer import Gazetteer, Place
from newsevents.quotes.lexicon import read_cues, read_markers

BAD_LINE = 7


def _tsv(path: Path, header: str, good: str, bad: str) -> Path:
    """A file with ``bad`` on line 7."""
    lines = ["# a knowledge file", "# with a preamble", "", header, "# a comment", good, bad]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _raises_on_bad_line(load: Callable[[], object], path: Path) -> None:
    with pytest.raises(NewsEventsError) as err:
        load()
    message = str(err.value)
    assert err.value.code == "E205"
    assert str(path) in message and f"line {BAD_LINE}:" in message, message


def _homs() -> Gazetteer:
    gaz = Gazetteer()
    homs = Place(key="169577", name="Homs", lat=34.73, lon=36.72, precision="city", country="SYR",
                 geonameid=169577, population=775404)  # fmt: skip
    gaz.add("Homs", homs, primary=True)
    return gaz


def _packaged_but(monkeypatch: pytest.MonkeyPatch, name: str, path: Path) -> None:
    """Loaders of packaged-only files read ``path`` in place of the packaged file ``name``."""
    monkeypatch.setattr(gazetteer, "packaged", lambda n: path if n == name else packaged(n))
    monkeypatch.setattr(event_lexicon, "packaged", lambda n: path if n == name else packaged(n))


def test_row_with_more_cells_than_the_header_names_its_line(tmp_path: Path) -> None:
    path = _tsv(tmp_path / "words.tsv", "word\tvalue", "a\t1", "b\t2\t3")
    _raises_on_bad_line(lambda: list(read_tsv(path, ("word",))), path)


def test_header_without_a_required_column_names_the_header_line(tmp_path: Path) -> None:
    path = tmp_path / "words.tsv"
    path.write_text("# preamble\n\nword\n", encoding="utf-8")
    with pytest.raises(NewsEventsError) as err:
        list(read_tsv(path, ("word", "value")))
    assert err.value.code == "E205" and "line 3:" in str(err.value)


@pytest.mark.parametrize(
    "bad",
    ["X.2\tpolitician\tJane Roe", "X.2\tperson\tJane Roe\tSYRIA", "X.2\tperson\tJane Roe\tSYR\tGOVT",
     "X.2\tperson\tJane Roe\tSYR\tGOV\tpresident\t2025-13-40"],
    ids=["kind", "country", "sector", "date"],
)  # fmt: skip
def test_actor_dictionary_names_the_line(tmp_path: Path, bad: str) -> None:
    header = "id\tkind\tname\tcountry\tsector\toffice\tstart"
    path = _tsv(tmp_path / "actors.tsv", header, "X.1\tperson\tJohn Doe\tSYR\tGOV", bad)
    _raises_on_bad_line(lambda: read_entries(path), path)


@pytest.mark.parametrize(
    "bad", ["\t10\t20", "Somewhere\tnorth\t20", "Somewhere\t95\t20", "Somewhere\t10\t20\tvillage",
            "Somewhere\t10\t20\tregion\tSYRIA", "Somewhere\t10\t20\tregion\tSYR\tabc"],
    ids=["name", "number", "range", "precision", "country", "geonameid"],
)  # fmt: skip
def test_user_gazetteer_names_the_line(tmp_path: Path, bad: str) -> None:
    header = "name\tlat\tlon\tprecision\tcountry\tgeonameid"
    path = _tsv(tmp_path / "regions.tsv", header, "Elsewhere\t10\t20\tregion", bad)
    _raises_on_bad_line(lambda: gazetteer._add_regions(Gazetteer(), path, "user:regions.tsv"), path)


def test_spellings_of_an_unknown_place_name_the_line(tmp_path: Path) -> None:
    path = _tsv(tmp_path / "spellings.tsv", "country\tname\tvariants", "SYR\tHoms\tHums", "SYR\tNowhere\tNo")
    _raises_on_bad_line(lambda: gazetteer._add_spellings(_homs(), path), path)


def test_demonyms_of_an_unknown_place_name_the_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _tsv(tmp_path / "demonyms.tsv", "place\tforms", "Homs\tHomsi", "Nowhere\tNowherian")
    _packaged_but(monkeypatch, "places/demonyms.tsv", path)
    _raises_on_bad_line(lambda: gazetteer._add_demonyms(_homs()), path)


#: Packaged-only files of place points: the name their loader asks for, a header, a good and a bad row.
POINT_FILES = {
    "countries": ("places/countries.tsv", "iso3\tlat\tlon", "SYR\t35\t38", "LBN\t95\t35"),
    "admin1": ("places/admin1.tsv", "country\tcode\tname\tlat\tlon", "SYR\t11\tHoms\t34.5\t38",
               "SYR\t12\tIdlib\t35.8\tfar"),
}  # fmt: skip
POINT_LOADERS: dict[str, Callable[[], object]] = {
    "countries": lambda: gazetteer._add_countries(Gazetteer(), {}, {}),
    "admin1": lambda: gazetteer._add_admin1(Gazetteer(), {}),
}


@pytest.mark.parametrize("which", sorted(POINT_FILES))
def test_packaged_place_points_name_the_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, which: str
) -> None:
    name, header, good, bad = POINT_FILES[which]
    path = _tsv(tmp_path / "points.tsv", header, good, bad)
    _packaged_but(monkeypatch, name, path)
    _raises_on_bad_line(POINT_LOADERS[which], path)


@pytest.mark.parametrize(
    ("header", "good", "bad", "read"),
    [
        ("cue\tpos\tkind", "say\tVERB\tsay", "tell\tADVERB\tsay", read_cues),
        ("marker\ttype", "reportedly\thedge", "allegedly\tguess", read_markers),
    ],
    ids=["cues", "markers"],
)
def test_quote_lexicon_names_the_line(
    tmp_path: Path, header: str, good: str, bad: str, read: Callable[[Path], Iterable[object]]
) -> None:
    path = _tsv(tmp_path / "quotes.tsv", header, good, bad)
    _raises_on_bad_line(lambda: list(read(path)), path)


@pytest.mark.parametrize("bad", ["strafe\tVERB\tSTRAFE", "strafe\tVERB\tASSAULT\theavy\t\t\tmuch"],
                         ids=["type", "weight"])  # fmt: skip
def test_user_trigger_lexicon_names_the_line(tmp_path: Path, bad: str) -> None:
    header = "pattern\tpos\tevent_type\tmode\tcameo\troles\tweight"
    path = _tsv(tmp_path / "triggers.tsv", header, "torpedo\tVERB\tASSAULT", bad)
    _raises_on_bad_line(lambda: event_lexicon.load_lexicon([path]), path)


def test_modality_cues_name_the_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _tsv(tmp_path / "modality.tsv", "cue\tkind\tscope", "not\tnegated\tneg", "maybe\tunsure\tadverb")
    _packaged_but(monkeypatch, "events/modality_cues.tsv", path)
    _raises_on_bad_line(lambda: event_lexicon.load_lexicon(), path)


def test_non_agent_nouns_name_the_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _tsv(tmp_path / "non_agents.tsv", "noun\tkind", "footage\tmedia", "missile\tgadget")
    _packaged_but(monkeypatch, "events/non_agents.tsv", path)
    _raises_on_bad_line(lambda: event_lexicon.load_lexicon(), path)
