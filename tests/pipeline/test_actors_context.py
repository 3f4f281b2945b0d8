"""Titles that name their country, regional bodies, and names read through the article's context."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from newsevents.actors.context import ContextRule, article_readings
from newsevents.actors.dictionary import Entry
from newsevents.model import ActorMention, Document

STAGES = ["nlp", "actors"]
Run = Callable[..., Document]
DAY = dt.date(2026, 3, 2)


def first(doc: Document, text: str, occurrence: int = 0) -> ActorMention:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(text, start + 1)
    end = start + len(text)
    found = [m for m in doc.actors if m.start < end and start < m.end]
    assert found, f"no actor over {text!r}"
    return found[0]


def test_secretary_of_state_is_american_and_the_secretary_is_her(run_stages: Run) -> None:
    doc = run_stages(
        "Secretary of State Karen Albright met the Chilean foreign minister in Santiago on Monday. "
        "Later, the Secretary told reporters that the talks had gone well.",
        stages=STAGES,
        published=DAY,
    )
    named = first(doc, "Karen Albright")
    assert (named.country, named.sector) == ("USA", "GOV")
    later = first(doc, "Secretary", 1)
    assert later.country == "USA"
    assert later.name == named.name  # the earlier person, not the holder on file


def test_a_modifier_overrides_the_title_country(run_stages: Run) -> None:
    doc = run_stages(
        "British Secretary of State Alan Marsh visited Belfast on Tuesday.", stages=STAGES, published=DAY
    )
    assert first(doc, "Alan Marsh").country == "GBR"


def test_foreign_secretary_surname_keeps_the_country_of_the_first_mention(run_stages: Run) -> None:
    doc = run_stages(
        "Mexican Foreign Secretary Rosa Villanueva arrived in Ottawa on Monday. "
        "Foreign Secretary Villanueva said the visit would focus on trade.",
        stages=STAGES,
        published=DAY,
    )
    assert first(doc, "Foreign Secretary Villanueva").country == "MEX"


def test_inter_american_body_is_not_the_united_states(run_stages: Run) -> None:
    doc = run_stages(
        "The Inter-American Commission on Human Rights criticised the arrests in Managua.",
        stages=STAGES,
        published=DAY,
    )
    body = first(doc, "Inter-American Commission")
    assert body.country == "IGO"
    assert body.country != "USA"


def test_unknown_organisation_with_a_plain_demonym_keeps_its_country(run_stages: Run) -> None:
    doc = run_stages(
        "The American Civil Liberties Union filed a lawsuit against the city on Friday.",
        stages=STAGES,
        published=DAY,
    )
    assert first(doc, "American Civil Liberties Union").country == "USA"


def test_georgia_in_a_us_context_is_the_us_state(run_stages: Run) -> None:
    doc = run_stages(
        "Students at the University of Georgia marched through Athens on Friday. "
        "The county sheriff said Georgia's governor had asked for calm.",
        stages=STAGES,
        published=DAY,
    )
    uni = first(doc, "University of Georgia")
    assert (uni.country, uni.sector) == ("USA", "EDU")
    assert first(doc, "Georgia's governor").country == "USA"


def test_georgia_the_country_stays_georgia(run_stages: Run) -> None:
    doc = run_stages(
        "Georgia recalled its ambassador from Moscow on Friday, officials in Tbilisi said.",
        stages=STAGES,
        published=DAY,
    )
    assert first(doc, "Georgia").country == "GEO"


def test_bare_council_is_the_eu_only_in_an_eu_article(run_stages: Run) -> None:
    eu = run_stages(
        "EU ministers met in Brussels on Monday. The Council adopted new sanctions against the regime.",
        stages=STAGES,
        published=DAY,
    )
    assert first(eu, "Council").country == "IGO"
    local = run_stages(
        "The Council voted to close the library in Leeds on Monday.", stages=STAGES, published=DAY
    )
    assert all(m.country != "IGO" for m in local.actors)


def test_readings_need_a_cue_and_no_counter_cue() -> None:
    usa = Entry(id="USA", kind="state", name="United States", country="USA", sector="GOV")
    rules = [ContextRule("georgia", "USA", frozenset({"county"}), frozenset({"tbilisi"}))]
    entries = {"USA": usa}
    assert article_readings(rules, {"georgia", "county"}, entries)["georgia"][0] is usa
    assert article_readings(rules, {"georgia", "county", "tbilisi"}, entries) == {}
    assert article_readings(rules, {"georgia"}, entries) == {}


def test_he_prefers_the_subject_over_an_earlier_object(run_stages: Run) -> None:
    doc = run_stages(
        "After meeting Mark Dunn in Oslo, police chief Tom Hale flew back to London. "
        "He said the inquiry would continue.",
        stages=STAGES,
        published=DAY,
    )
    he = first(doc, "He said")
    assert he.kind == "pronoun"
    assert he.name == "Tom Hale"
    assert he.name != "Mark Dunn"


def test_he_never_takes_a_plural_and_they_never_takes_a_single_person(run_stages: Run) -> None:
    doc = run_stages(
        "Protesters surrounded Governor Tom Hale outside the assembly on Monday. "
        "He said the talks would resume. They said they would stay.",
        stages=STAGES,
        published=DAY,
    )
    he = first(doc, "He said")
    assert he.name == "Tom Hale"
    they = first(doc, "They said")
    assert they.name != "Tom Hale"
