"""Mates: reports of two articles that agree on type, mode and actors with nothing contradicting, joined
when each is the only such report of its article and something shows the two articles tell one story
(another incident joined them by a strong link) or their sentences are moderately alike. Short invented
reports, written by hand, so these tests need no spaCy model."""

from __future__ import annotations

from typing import Any

from newsevents.incidents import constants as K
from newsevents.incidents import group_incidents, report_of
from newsevents.incidents.similarity import TextSimilarity
from tests.unit.test_incident_rules import members
from tests.unit.test_incident_text import filler, told

NAIROBI = ("Nairobi", -1.28333, 36.81667, "KEN", "05", "city", 184745)
KENYA = ("Kenya", 1.0, 38.0, "KEN", None, "country", 192950)
KEN: dict[str, Any] = {"source": ("KEN",), "target": ("KEN",)}
UNDATED: dict[str, Any] = {"date": None, "precision": None}

# One rally told by two outlets: the tear gas in words alike enough to join, the protest in words of
# their own.
TEAR_GAS = "Police fired tear gas at protesters in central Nairobi on Thursday."
TEAR_GAS_RETOLD = "Kenyan police fired tear gas on protesters in central Nairobi."
PROTEST = "Only a few dozen demonstrators turned out, chanting slogans."
PROTEST_RETOLD = "A small crowd gathered near parliament, far fewer than in earlier weeks."
EARLIER_PROTEST = "Students had marched through the city the week before."


def rally(article: str, tear_gas: str, protest: str, **date: Any) -> list[dict[str, Any]]:
    return [
        told(f"{article}-gas", tear_gas, article=article, type="ASSAULT", mode="crowd-control",
             place=NAIROBI, **KEN, **date),
        told(f"{article}-demo", protest, article=article, type="PROTEST", mode="demo", place=KENYA,
             **KEN, **date),
    ]  # fmt: skip


def test_the_only_protest_of_each_of_two_articles_of_one_story_is_one_protest() -> None:
    rows = [*rally("dated", TEAR_GAS, PROTEST), *rally("undated", TEAR_GAS_RETOLD, PROTEST_RETOLD, **UNDATED)]
    incidents = group_incidents([*rows, *filler(6)])
    joined = members([inc for inc in incidents if len(inc.members) > 1])
    assert joined == [{"dated-demo", "undated-demo"}, {"dated-gas", "undated-gas"}]
    demo = next(inc for inc in incidents if "dated-demo" in {m.report.event_id for m in inc.members})
    mate = next(m for m in demo.members if not m.representative)
    assert mate.reason.startswith("story mates, each the only one of its article: same type PROTEST")


def test_a_second_protest_in_one_article_leaves_both_apart() -> None:
    """With two protests in one article, nothing says which of them the other article's protest is."""
    rows = [
        *rally("dated", TEAR_GAS, PROTEST),
        *rally("undated", TEAR_GAS_RETOLD, PROTEST_RETOLD, **UNDATED),
        told("dated-earlier", EARLIER_PROTEST, article="dated", type="PROTEST", mode="demo", place=KENYA,
             date="2025-11-10", precision="week", **KEN),
        *filler(6),
    ]  # fmt: skip
    joined = members([inc for inc in group_incidents(rows) if len(inc.members) > 1])
    assert joined == [{"dated-gas", "undated-gas"}]


def test_without_another_incident_joining_the_articles_their_protests_stay_apart() -> None:
    rows = [*rally("dated", TEAR_GAS, PROTEST), *rally("undated", TEAR_GAS_RETOLD, PROTEST_RETOLD, **UNDATED)]
    rows = [r for r in rows if r["event_type"] == "PROTEST"]
    assert all(len(inc.members) == 1 for inc in group_incidents([*rows, *filler(6)]))


def test_story_mates_of_different_modes_stay_apart() -> None:
    rows = [*rally("dated", TEAR_GAS, PROTEST), *rally("undated", TEAR_GAS_RETOLD, PROTEST_RETOLD, **UNDATED)]
    rows[3]["mode"] = "obstruct"
    joined = members([inc for inc in group_incidents([*rows, *filler(6)]) if len(inc.members) > 1])
    assert joined == [{"dated-gas", "undated-gas"}]


ACCUSED = "Prosecutors accuse the group of planning an armed attack on the parliament building."
ACCUSED_RETOLD = "The group is suspected of plotting for a year to attack the parliament, investigators said."
SEARCHES = "Prosecutors also accuse two police officers of passing on the addresses of ministers."
DEU: dict[str, Any] = {
    "type": "ACCUSE", "mode": "allege", "source": ("DEU",), "target": ("DEU",), "place": None
}  # fmt: skip


def test_moderately_alike_accusations_dated_alike_are_mates_and_a_second_one_leaves_both_apart() -> None:
    rows = [
        told("first", ACCUSED, article="one", **DEU),
        told("retold", ACCUSED_RETOLD, article="two", fallback=True, **DEU),
        *filler(6),
    ]
    similarity = TextSimilarity([report_of(r) for r in rows])
    assert K.TEXT_MATE <= similarity(0, 1) < K.TEXT_ALIKE  # alike, but not enough alone
    incidents = group_incidents(rows)
    assert {"first", "retold"} in members(incidents)
    joined = next(inc for inc in incidents if len(inc.members) > 1)
    assert any(m.reason.startswith("mates, each the only one of its article") for m in joined.members)
    rows.append(told("officers", SEARCHES, article="one", **DEU))
    assert all(len(inc.members) == 1 for inc in group_incidents(rows))


def test_moderately_alike_reports_with_one_undated_stay_apart() -> None:
    rows = [
        told("first", ACCUSED, article="one", **DEU),
        told("retold", ACCUSED_RETOLD, article="two", **UNDATED, **DEU),
        *filler(6),
    ]
    assert all(len(inc.members) == 1 for inc in group_incidents(rows))


def test_moderately_alike_reports_with_an_actor_side_unknown_stay_apart() -> None:
    rows = [
        told("first", ACCUSED, article="one", **DEU),
        told("retold", ACCUSED_RETOLD, article="two", fallback=True, **{**DEU, "target": ()}),
        *filler(6),
    ]
    assert all(len(inc.members) == 1 for inc in group_incidents(rows))


def test_mates_never_join_across_a_contradiction() -> None:
    rows = [
        told("first", ACCUSED, article="one", **DEU),
        told("retold", ACCUSED_RETOLD, article="two", date="2025-11-20", **DEU),
        *filler(6),
    ]
    assert all(len(inc.members) == 1 for inc in group_incidents(rows))
