"""Incidents joined by what the reports say: the text similarity of their evidence sentences, types
two outlets use for one act, and reports with no date. Short invented reports, written by hand, so
these tests need no spaCy model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsevents.errors import NewsEventsError
from newsevents.incidents import constants as K
from newsevents.incidents import group_incidents, report_of
from newsevents.incidents.rules import link
from newsevents.incidents.similarity import TextSimilarity, words
from newsevents.incidents.types import load_compatible_types, type_groups
from tests.unit.test_incident_rules import members, row

COLOMBO = ("Colombo", 6.93194, 79.84778, "LKA", "36", "city", 1248991)
KANDY = ("Kandy", 7.2955, 80.6356, "LKA", "29", "city", 1241622)

SANCTIONS = "The United States on Friday imposed sanctions on Iran's interior minister Eskandar Momeni."
SANCTIONS_RETOLD = "The United States imposed sanctions Friday on Iranian interior minister Eskandar Momeni."
# The same actors, another act of the same week.
DESIGNATION = "Washington also designated two exchanges that process funds for the guards."
# Function words and the actors' names only: as unlike as two sentences of one story get.
FILLER = [
    "The weather in the capital was mild and the markets were open as usual on the day.",
    "A football match between two local clubs drew a large crowd to the stadium.",
    "Officials said the new bridge over the river would open to traffic next year.",
]


def told(event_id: str, text: str, **kwargs: Any) -> dict[str, Any]:
    """A stored row told in ``text``; ``mode`` and the other fields as ``row`` takes them."""
    mode = kwargs.pop("mode", None)
    out = row(event_id, **kwargs)
    out.update(evidence_text=text, mode=mode, mentions=[])
    return out


def filler(n: int) -> list[dict[str, Any]]:
    """Unrelated reports, so that word weights are those of a store, not of two sentences alone."""
    countries = ("BRA", "ARG", "CHL", "PER", "COL", "MEX")  # one each: fillers never join each other
    return [
        told(f"f{i}", FILLER[i % len(FILLER)], type="PROTEST", source=(countries[i],), target=(), place=None)
        for i in range(n)
    ]


def sanctions(event_id: str, text: str, **kwargs: Any) -> dict[str, Any]:
    defaults: dict[str, Any] = {"type": "SANCTION", "source": ("USA",), "target": ("IRN",), "place": None}
    return told(event_id, text, **{**defaults, **kwargs})


def test_words_are_lower_cased_and_lose_their_accents_so_two_spellings_of_a_name_are_one() -> None:
    assert words("Alpha Condé was ARRESTED, 25 people") == [
        "alpha",
        "conde",
        "was",
        "arrested",
        "25",
        "people",
    ]
    assert words("Alpha Conde") == words("Alpha Condé")


def test_a_retelling_scores_high_and_another_act_of_the_same_actors_low() -> None:
    reports = [
        report_of(r) for r in [told("a", SANCTIONS), told("b", SANCTIONS_RETOLD), told("c", DESIGNATION)]
    ]
    similarity = TextSimilarity(reports + [report_of(r) for r in filler(6)])
    assert similarity(0, 1) >= K.TEXT_ALIKE
    assert similarity(0, 2) < K.TEXT_ALIKE and similarity(1, 2) < K.TEXT_ALIKE


def test_an_undated_retelling_joins_the_dated_report_and_says_why() -> None:
    rows = [
        sanctions("gv", SANCTIONS, url="https://gvwire.example/a"),
        sanctions("tt", SANCTIONS_RETOLD, date=None, precision=None, url="https://turkiye.example/b"),
        *filler(6),
    ]
    joined = next(inc for inc in group_incidents(rows) if len(inc.members) > 1)
    assert {m.report.event_id for m in joined.members} == {"gv", "tt"}
    assert joined.outlets == ["gvwire.example", "turkiye.example"]
    assert joined.representative.event_id == "gv"  # the dated report, not the undated one
    retold = next(m for m in joined.members if m.report.event_id == "tt")
    assert "alike sentences" in retold.reason and "undated" in retold.reason


def test_an_undated_report_of_another_act_by_the_same_actors_stays_apart() -> None:
    rows = [sanctions("gv", SANCTIONS), sanctions("tt", DESIGNATION, date=None, precision=None), *filler(6)]
    assert all(len(inc.members) == 1 for inc in group_incidents(rows))


def test_alike_sentences_never_join_reports_whose_actors_contradict() -> None:
    rows = [sanctions("gv", SANCTIONS), sanctions("x", SANCTIONS_RETOLD, source=("GBR",)), *filler(6)]
    assert all(len(inc.members) == 1 for inc in group_incidents(rows))


def test_alike_sentences_never_join_reports_a_week_apart() -> None:
    rows = [sanctions("gv", SANCTIONS), sanctions("x", SANCTIONS_RETOLD, date="2025-11-23"), *filler(6)]
    assert all(len(inc.members) == 1 for inc in group_incidents(rows))


def test_two_events_of_one_article_never_join_however_alike() -> None:
    rows = [
        told("judges", "Police arrested two judges under the emergency.", article="one", type="COERCE",
             source=("MDV",), target=("MDV",), place=None, mode="arrest"),
        told("gayoom", "Police arrested the former president under the emergency.", article="one",
             type="COERCE", source=("MDV",), target=("MDV",), place=None, mode="arrest", date="2025-11-15"),
        told("other", "Police arrested two judges and the former president under the emergency.",
             type="COERCE", source=("MDV",), target=("MDV",), place=None, mode="arrest"),
        *filler(6),
    ]  # fmt: skip
    for inc in group_incidents(rows):
        assert len({m.report.article_id for m in inc.members}) == len(inc.members)


def test_an_emergency_and_arrests_told_in_one_sentence_are_not_one_act() -> None:
    """Alike words, different modes of one type: the sentence tells two acts."""
    text = "After imposing a state of emergency, the government arrested two judges."
    emergency = report_of(
        told("e", text, type="COERCE", source=("MDV",), target=("MDV",), mode="martial-law")
    )
    arrests = report_of(told("a", text, type="COERCE", source=("MDV",), target=("MDV",), mode="arrest"))
    assert (
        link(emergency, arrests, similarity=1.0) is None or link(emergency, arrests, 1.0).strength != K.TEXT
    )


def test_a_signing_coded_as_agree_by_one_outlet_and_support_by_another_is_one_incident() -> None:
    signing = "South Sudan's government and rebels signed a ceasefire agreement in Addis Ababa on Thursday."
    agreed = "South Sudan's government and its rebels have agreed on a ceasefire in Addis Ababa."
    common: dict[str, Any] = {"source": ("SSD",), "target": ("SSD",), "place": None}
    rows = [
        told("s", signing, type="SUPPORT", **common),
        told("a", agreed, type="AGREE", **common),
        *filler(6),
    ]
    joined = [inc for inc in group_incidents(rows) if len(inc.members) > 1]
    assert members(joined) == [{"a", "s"}]
    reason = next(m.reason for m in joined[0].members if not m.representative)
    assert "compatible types" in reason and "AGREE" in reason and "SUPPORT" in reason


def test_compatible_types_with_unlike_sentences_stay_apart() -> None:
    common: dict[str, Any] = {"source": ("SSD",), "target": ("SSD",), "place": None}
    rows = [
        told("s", "The government and rebels signed a ceasefire agreement.", type="SUPPORT", **common),
        told("a", "Officials promised that aid convoys would reach Malakal.", type="AGREE", **common),
        *filler(6),
    ]
    assert all(len(inc.members) == 1 for inc in group_incidents(rows))


def test_types_that_no_file_pairs_never_join() -> None:
    common: dict[str, Any] = {"source": ("SSD",), "target": ("SSD",), "place": None}
    text = "The government and rebels signed a ceasefire agreement."
    rows = [told("s", text, type="SUPPORT", **common), told("a", text, type="ASSAULT", **common)]
    assert all(len(inc.members) == 1 for inc in group_incidents(rows))


def test_an_undated_report_joins_by_place_only_near_the_days_its_article_was_found_to_tell() -> None:
    """An undated article that retold a rally of October 2018 is about October 2018: its undated report
    of unrest in Colombo joins Colombo's unrest of that month, never that of four years later."""
    lka: dict[str, Any] = {"source": ("LKA",), "target": ("LKA",)}
    rally = "Tens of thousands of supporters of the sacked prime minister rallied outside his residence."
    rows = [
        told("rally-dated", rally, type="PROTEST", date="2018-10-30", place=COLOMBO, **lka),
        told("rally-undated", rally, article="undated", type="PROTEST", date=None, precision=None,
             place=COLOMBO, **lka),
        told("clash-undated", "Crowds chanted slogans and tore up effigies.", article="undated",
             type="ASSAULT", date=None, precision=None, place=COLOMBO, **lka),
        told("storm-2022", "Protesters stormed the presidential palace.", type="ASSAULT", date="2022-07-09",
             place=COLOMBO, **lka),
        *filler(6),
    ]  # fmt: skip
    joined = members([inc for inc in group_incidents(rows) if len(inc.members) > 1])
    assert joined == [{"rally-dated", "rally-undated"}]
    rows[3] = told("clash-2018", "Police fired tear gas at the rally.", type="ASSAULT", date="2018-10-30",
                   place=COLOMBO, **lka)  # fmt: skip
    joined = members([inc for inc in group_incidents(rows) if len(inc.members) > 1])
    assert {"clash-2018", "clash-undated"} in joined


def test_an_undated_report_with_two_places_that_fit_joins_neither() -> None:
    lka: dict[str, Any] = {"type": "PROTEST", "source": ("LKA",), "target": ("LKA",)}
    rows = [
        told("colombo", "Students marched.", date="2018-10-30", place=COLOMBO, **lka),
        told("colombo-2", "Students marched.", date="2018-10-30", place=COLOMBO, article="x", **lka),
        told("undated", "A crowd gathered.", date=None, precision=None, place=None, **lka),
    ]
    assert {"undated"} in members(group_incidents(rows))


def test_the_packaged_compatible_types_pair_agree_with_support_and_group_them() -> None:
    pairs = load_compatible_types()
    assert frozenset(("AGREE", "SUPPORT")) in pairs
    assert frozenset(("ASSAULT", "CONSULT")) not in pairs
    groups = type_groups(pairs, ["AGREE", "SUPPORT", "CONSULT"])
    assert groups["AGREE"] == groups["SUPPORT"] != groups["CONSULT"]


def test_a_compatible_types_row_with_one_type_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "types.tsv"
    path.write_text("# comment\ntype_a\ttype_b\twhy\nAGREE\tAGREE\tsame\n", encoding="utf-8")
    with pytest.raises(NewsEventsError) as caught:
        load_compatible_types([path])
    assert caught.value.code == "E205" and "line 3" in str(caught.value)
