"""Event dates: governing expression > same sentence > previous sentence > publication date > None.

Events are made by hand here so that these tests do not depend on the events stage. Every sentence was
written for these tests; the publication date is Friday 15 March 2024 unless a test says otherwise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from newsevents.event_dates.dating import (
    ANCHOR_FALLBACK,
    PUBLICATION_FALLBACK,
    PUBLICATION_PRESENT,
    event_date_value,
)
from newsevents.model import Document, Event, EventDate, Provenance, Span, TimeMention
from newsevents.resources import Resources
from newsevents.stages.event_dates import EventDatesStage

pytestmark = pytest.mark.slow
PUBLISHED = dt.date(2024, 3, 15)
Run = Callable[..., Document]


def dated(
    run_stages: Run,
    resources: Resources,
    text: str,
    trigger: str,
    published: dt.date | None = PUBLISHED,
    stages: tuple[str, ...] = ("nlp", "times"),
) -> EventDate | None:
    """The date the event_dates stage gives a hand-made event on the first ``trigger`` word."""
    doc = run_stages(text, stages=list(stages), published=published)
    start = text.index(trigger)
    event = Event("ASSAULT", Span(start, start + len(trigger)), doc.sentence_at(start), Provenance("test"))
    doc.events = [event]
    EventDatesStage({}, resources)(doc)
    return event.date


def test_governing_expression_beats_a_nearer_one(run_stages: Run, resources: Resources) -> None:
    text = (
        "The minister who arrived on Tuesday met the exiled opposition leader and tribal elders on Thursday."
    )
    date = dated(run_stages, resources, text, "met")
    assert date is not None
    assert (date.value, date.precision) == ("2024-03-14", "day")
    assert date.prov.reason is not None and "governing" in date.prov.reason
    arrived = dated(run_stages, resources, text, "arrived")
    assert arrived is not None and arrived.value == "2024-03-12"


def test_expression_on_the_trigger_beats_one_on_its_head(run_stages: Run, resources: Resources) -> None:
    text = "The envoy landed in Cairo on Sunday, hours after the presidents held a call the previous evening."
    held = dated(run_stages, resources, text, "held")
    assert held is not None and held.value == "2024-03-09"
    landed = dated(run_stages, resources, text, "landed")
    assert landed is not None and landed.value == "2024-03-10"


def test_nearest_date_in_the_same_sentence(run_stages: Run, resources: Resources) -> None:
    text = "Rebels attacked the convoy near the bridge, killing three drivers, the ministry said on Friday."
    date = dated(run_stages, resources, text, "killing")
    assert date is not None and date.value == "2024-03-15"
    assert date.prov.reason is not None and "same sentence" in date.prov.reason


def test_date_of_the_previous_sentence(run_stages: Run, resources: Resources) -> None:
    text = "Fighting resumed near the border on Monday. Rebels attacked a supply convoy."
    date = dated(run_stages, resources, text, "attacked")
    assert date is not None and date.value == "2024-03-11"
    assert date.prov.reason is not None and "previous sentence" in date.prov.reason


def test_publication_date_fallback(run_stages: Run, resources: Resources) -> None:
    date = dated(run_stages, resources, "Rebels attacked a supply convoy.", "attacked")
    assert date is not None
    # nothing in the text dates it: the text supports the publication month, not its day
    assert (date.value, date.precision, date.prov.reason) == (
        "2024-03",
        "month",
        "publication month fallback: no time expression dates it",
    )
    assert date.time_index is None


def test_no_date_at_all(run_stages: Run, resources: Resources) -> None:
    assert (
        dated(run_stages, resources, "Rebels attacked a supply convoy.", "attacked", published=None) is None
    )


def test_two_sentences_back_is_too_far(run_stages: Run, resources: Resources) -> None:
    text = "Fighting resumed on Monday. The roads were empty. Rebels attacked a supply convoy."
    assert dated(run_stages, resources, text, "attacked", published=None) is None


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the convoy for two days.",
        "Rebels attack the convoy every week.",
        "The siege lasted three months. Rebels attacked the convoy.",
    ],
)
def test_durations_and_sets_never_date_an_event(run_stages: Run, resources: Resources, text: str) -> None:
    assert dated(run_stages, resources, text, "attack", published=None) is None


def test_time_of_day_is_cut_to_its_day(run_stages: Run, resources: Resources) -> None:
    text = "The leaders spoke by phone on Saturday night."
    date = dated(run_stages, resources, text, "spoke")
    assert date is not None and (date.value, date.precision) == ("2024-03-09", "day")


@pytest.mark.parametrize(
    ("text", "trigger", "value", "precision"),
    [
        ("The accord was signed in March 2019 in Doha.", "signed", "2019-03", "month"),
        ("Both presidents agreed on the plan in 2017.", "agreed", "2017", "year"),
        ("Police raided the offices last week.", "raided", "2024-03-04", "week"),
    ],
)
def test_precision_is_kept(
    run_stages: Run, resources: Resources, text: str, trigger: str, value: str, precision: str
) -> None:
    date = dated(run_stages, resources, text, trigger)
    assert date is not None and (date.value, date.precision) == (value, precision)
    assert date.time_index is not None


@pytest.mark.parametrize(
    ("type_", "value", "precision", "expected"),
    [
        ("DATE", "2025-11-15TEV", "time", ("2025-11-15", "day")),
        ("DATE", "1989-Q3", "season", ("1989", "season")),
        ("DATE", "2013-W11", "week", ("2013-03-11", "week")),
        ("DATE", "PRESENT_REF", None, None),
        ("DATE", "199", "decade", None),
        ("DATE", "XXXX-12-08", "day", None),
        ("DURATION", "P2D", None, None),
        ("SET", "P1W", None, None),
    ],
)
def test_event_date_forms(
    type_: str, value: str, precision: str | None, expected: tuple[str, str] | None
) -> None:
    time = TimeMention(0, 1, "x", 0, Provenance("times"), type_, value, precision)  # type: ignore[arg-type]
    assert event_date_value(time) == expected


# What a time expression dates: its noun phrase, its relative clause, its quotation, its tense.
# Each case names the event that must NOT take the expression, and, where the expression does date
# something, the event that MUST.


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # The brief's own case: the 2017 accord is dated, the officials' meeting is not.
        ("The ministers praised the 2017 accord. Officials from both sides met in Geneva.", "met"),
        ("The president praised the 2017 accord at a rally in Ohio.", "praised"),
        ("Protesters rejected last year's election result and marched on parliament.", "marched"),
        ("The ministers discussed the accord of 2017 with the envoy.", "discussed"),
        ("Veterans of the 1982 war gathered in Haifa. They laid wreaths at the memorial.", "laid"),
        ("She welcomed Mexico's deployment this month of 3,000 troops. The officials condemned the ambush.",
         "condemned"),
    ],
)  # fmt: skip
def test_a_date_inside_a_noun_phrase_dates_that_phrase_only(
    run_stages: Run, resources: Resources, text: str, trigger: str
) -> None:
    date = dated(run_stages, resources, text, trigger)
    assert date is not None
    assert (date.value, date.prov.reason) == ("2024-03", PUBLICATION_FALLBACK)


def test_the_seed_pattern_leaves_the_meeting_undated(run_stages: Run, resources: Resources) -> None:
    text = (
        "He may even welcome the chance to replicate the 2015 agreement. His past remarks suggest a "
        "sincere interest in regional stability, notably during a palace meeting with the king, where "
        "he pledged support."
    )
    assert dated(run_stages, resources, text, "meeting", published=None) is None
    assert dated(run_stages, resources, text, "pledged", published=None) is None


def test_the_noun_that_carries_the_date_takes_it(run_stages: Run, resources: Resources) -> None:
    accord = dated(run_stages, resources, "The president praised the 2017 accord at a rally.", "accord")
    assert accord is not None and (accord.value, accord.precision) == ("2017", "year")
    assert accord.prov.reason is not None and "governing" in accord.prov.reason


@pytest.mark.parametrize(
    ("text", "not_dated", "dated_event", "value"),
    [
        (
            "The envoy raised the cases of two citizens detained in Sonora last month and asked the "
            "minister to grant consular access.",
            "asked", "detained", "2024-02",
        ),
        ("The talks, which began in 2019, resumed in Doha.", "resumed", "began", "2019"),
        ("A tank captured in 1982 was returned to the museum.", "returned", "captured", "1982"),
        # what a verb is about: Monday is the shelling's, not the accusation's
        ("A rights group accused the army of shelling a market on Monday.", "accused", "shelling",
         "2024-03-11"),
        ("The court charged two men with burning a police post on Tuesday.", "charged", "burning",
         "2024-03-12"),
    ],
)  # fmt: skip
def test_a_date_inside_a_relative_or_complement_clause_dates_that_clause_only(
    run_stages: Run, resources: Resources, text: str, not_dated: str, dated_event: str, value: str
) -> None:
    other = dated(run_stages, resources, text, not_dated)
    assert other is not None and other.prov.reason == PUBLICATION_FALLBACK
    own = dated(run_stages, resources, text, dated_event)
    assert own is not None and own.value == value


def test_the_main_clause_of_the_previous_sentence_beats_its_adverbial_clause(
    run_stages: Run, resources: Resources
) -> None:
    text = (
        "The navy began exercises on Wednesday, after the president met a foreign delegation last "
        "Friday. Beijing warned the island against provocations."
    )
    warned = dated(run_stages, resources, text, "warned")
    assert warned is not None and warned.value == "2024-03-13"
    met = dated(run_stages, resources, text, "met")
    assert met is not None and met.value == "2024-03-08"


def test_an_adverbial_clause_lends_its_date_when_the_main_clause_has_none(
    run_stages: Run, resources: Resources
) -> None:
    text = "The strike came as the minister arrived in Beirut on Thursday. She pledged aid to the army."
    pledged = dated(run_stages, resources, text, "pledged")
    assert pledged is not None and pledged.value == "2024-03-14"
    assert pledged.prov.reason is not None and "previous sentence" in pledged.prov.reason
    # an adverbial gerund ("after meeting ...") is no clause the verb is about: it still dates the verb
    text = "The minister resigned after meeting the protest leaders on Monday."
    resigned = dated(run_stages, resources, text, "resigned")
    assert resigned is not None and resigned.value == "2024-03-11"


def test_a_date_inside_a_quotation_stays_there(run_stages: Run, resources: Resources) -> None:
    text = '"We destroyed the depot on Monday," the spokesman said. Police arrested two men near the port.'
    stages = ("nlp", "actors", "times", "places", "quotes")
    arrested = dated(run_stages, resources, text, "arrested", stages=stages)
    assert arrested is not None and arrested.prov.reason == PUBLICATION_FALLBACK
    destroyed = dated(run_stages, resources, text, "destroyed", stages=stages)
    assert destroyed is not None and destroyed.value == "2024-03-11"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Rebels seized the airport on Monday. They now control the whole city.", "control"),
        ("The council will meet next week. Britain condemned the shelling.", "condemned"),
        ("Syria has been at war since 2011. Rebels attacked a convoy.", "attacked"),
        ("Analysts say the truce collapsed in 2019. Rebels attacked a convoy.", "attacked"),
    ],
)
def test_a_borrowed_date_must_fit_the_tense(
    run_stages: Run, resources: Resources, text: str, trigger: str
) -> None:
    date = dated(run_stages, resources, text, trigger)
    # no time of the other sentence: the publication date (its day for a clause in the simple present)
    assert date is not None and date.time_index is None
    assert date.prov.reason in (PUBLICATION_FALLBACK, PUBLICATION_PRESENT)


def test_a_recent_date_of_a_present_tense_sentence_still_carries(
    run_stages: Run, resources: Resources
) -> None:
    text = "Officials say rebels attacked a convoy on Monday. They also burned two trucks."
    date = dated(run_stages, resources, text, "burned")
    assert date is not None and date.value == "2024-03-11"


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        # A place has no date: the parse hangs the time on it, the event takes it.
        ("Hundreds of students rallied outside the county courthouse on Thursday evening.", "rallied",
         "2024-03-14"),
        ("The ministers met in Doha on Monday.", "met", "2024-03-11"),
        # Between a subject and its verb, the time is the verb's.
        ("Pakistan's foreign office on Thursday accused India of violating the treaty.", "accused",
         "2024-03-14"),
        # Overlap: the event happened during the dated phrase.
        ("Thousands fled during the 2011 uprising.", "fled", "2011"),
        ("The minister said in a televised address on Wednesday that the men were guilty.", "said",
         "2024-03-13"),
        # Of two expressions on the verb, the nearer: the dateline is when the report was filed.
        ("CAIRO, March 14 (newswire) — Washington imposed sanctions on Tuesday on nine judges.",
         "imposed", "2024-03-12"),
    ],
)  # fmt: skip
def test_dates_the_parse_attaches_low_still_reach_their_event(
    run_stages: Run, resources: Resources, text: str, trigger: str, value: str
) -> None:
    date = dated(run_stages, resources, text, trigger)
    assert date is not None and date.value == value
    assert date.prov.reason is not None and "fallback" not in date.prov.reason


def _dated_all(
    run_stages: Run, resources: Resources, text: str, triggers: list[str]
) -> list[EventDate | None]:
    doc = run_stages(text, stages=["nlp", "times"], published=PUBLISHED)
    events = []
    for trigger in triggers:
        start = text.index(trigger)
        span = Span(start, start + len(trigger))
        events.append(Event("CONSULT", span, doc.sentence_at(start), Provenance("test")))
    doc.events = events
    EventDatesStage({}, resources)(doc)
    return [e.date for e in events]


def test_a_sentence_naming_no_time_continues_its_paragraph(run_stages: Run, resources: Resources) -> None:
    story = (
        "Egypt and Qatar agreed on Monday to host talks. The ministers met at the foreign ministry. "
        "They urged Israel to reopen the crossing."
    )
    agreed, met, urged = _dated_all(run_stages, resources, story, ["agreed", "met", "urged"])
    assert agreed is not None and agreed.value == "2024-03-11"
    assert met is not None and met.value == "2024-03-11" and "previous sentence" in (met.prov.reason or "")
    assert urged is not None and urged.value == "2024-03-11", urged
    assert "carried" in (urged.prov.reason or "") and urged.prov.confidence < met.prov.confidence


def test_a_new_paragraph_takes_the_story_day_not_the_last_sentence_s_carry(
    run_stages: Run, resources: Resources
) -> None:
    story = (
        "Egypt and Qatar agreed on Monday to host talks. The ministers met at the foreign ministry.\n\n"
        "They urged Israel to reopen the crossing."
    )
    urged = _dated_all(run_stages, resources, story, ["agreed", "met", "urged"])[2]
    assert urged is not None and urged.value == "2024-03-11", urged
    assert (urged.prov.reason or "").startswith("story day") and "carried" not in (urged.prov.reason or "")


def test_an_undated_act_in_the_simple_past_takes_the_day_the_story_has_reached(
    run_stages: Run, resources: Resources
) -> None:
    story = (
        "Police raided a house in the capital on Tuesday and arrested two men.\n\n"
        "A third suspect escaped through a window.\n\n"
        "Officers seized weapons and documents, a spokesman said."
    )
    raided, escaped, seized = _dated_all(run_stages, resources, story, ["raided", "escaped", "seized"])
    assert raided is not None and raided.value == "2024-03-12"
    # the sentence after the lead takes its day as the previous sentence's; the next one, as the story's
    assert escaped is not None and (escaped.value, escaped.precision) == ("2024-03-12", "day"), escaped
    assert seized is not None and (seized.value, seized.precision) == ("2024-03-12", "day"), seized
    assert (seized.prov.reason or "").startswith("story day")
    assert seized.prov.confidence < raided.prov.confidence


def test_the_story_day_moves_on_with_the_narrative(run_stages: Run, resources: Resources) -> None:
    story = (
        "The minister met the king on Tuesday.\n\n"
        "On Wednesday, the minister met the prime minister in the capital.\n\n"
        "A long meeting followed at the palace.\n\n"
        "He also held talks with the army chief."
    )
    held = _dated_all(run_stages, resources, story, ["met the king", "met the prime", "held"])[2]
    assert held is not None and held.value == "2024-03-13", held


@pytest.mark.parametrize(
    ("second", "trigger"),
    [
        ("France had condemned the coup and called for a return to order.", "condemned"),
        ("The opposition has rejected the results of the vote.", "rejected"),
        ("Earlier, the minister met the ambassador of Iran.", "met"),
        ("The army shelled the town repeatedly in recent weeks.", "shelled"),
        ("The unrest followed a coup that ousted the president.", "ousted"),
        ("The rebels would attack the town if talks failed.", "attack"),
    ],
)
def test_a_perfect_an_earlier_act_a_timed_sentence_or_a_clause_keeps_off_the_story_day(
    run_stages: Run, resources: Resources, second: str, trigger: str
) -> None:
    # a middle sentence keeps the lead's time from dating the second as the previous sentence's
    story = (
        "Police raided a house in the capital on Tuesday and arrested two men. Neighbours watched.\n\n"
        + second
    )
    date = _dated_all(run_stages, resources, story, ["raided", trigger])[1]
    assert date is None or not (date.prov.reason or "").startswith("story day"), date
    assert date is None or date.value != "2024-03-12", date


def test_a_day_long_before_publication_sets_no_story_day(run_stages: Run, resources: Resources) -> None:
    story = (
        "Police raided a house in the capital on 2 January 2020.\n\nThe street was quiet after dark.\n\n"
        "Officers seized weapons and documents."
    )
    seized = _dated_all(run_stages, resources, story, ["raided", "seized"])[1]
    assert seized is not None and seized.prov.reason == PUBLICATION_FALLBACK, seized


def test_no_time_after_publication_dates_a_past_event(run_stages: Run, resources: Resources) -> None:
    text = "The governor praised the agents; a lawmaker said the legislature could cut its funding next year."
    praised = dated(run_stages, resources, text, "praised")
    assert praised is not None and praised.value == PUBLISHED.isoformat()[:7], praised


def test_a_clause_in_the_simple_present_takes_the_publication_day(
    run_stages: Run, resources: Resources
) -> None:
    accuse = dated(run_stages, resources, "Prosecutors accuse the two men of planning the attack.", "accuse")
    assert accuse is not None
    assert (accuse.value, accuse.precision, accuse.prov.reason) == ("2024-03-15", "day", PUBLICATION_PRESENT)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Prosecutors have accused the two men of planning the attack.", "accused"),
        ("Prosecutors accused the two men of planning the attack.", "accused"),
        ("The two men are accused of planning the attack.", "accused"),
        ('"We accuse the army of shelling the town," the spokesman said.', "accuse"),
    ],
)
def test_a_perfect_past_passive_or_quoted_present_keeps_the_publication_month(
    run_stages: Run, resources: Resources, text: str, trigger: str
) -> None:
    # a quotation's present is the day the speaker spoke, which the text does not give here
    date = dated(run_stages, resources, text, trigger, stages=("nlp", "actors", "times", "places", "quotes"))
    assert date is not None
    assert (date.value, date.precision, date.prov.reason) == ("2024-03", "month", PUBLICATION_FALLBACK)


def test_without_a_publication_date_the_month_the_text_is_anchored_on(
    run_stages: Run, resources: Resources
) -> None:
    text = "Rebels attacked a supply convoy. The road had been closed since 2 January 2014 by a landslide."
    date = dated(run_stages, resources, text, "attacked", published=None)
    assert date is not None and (date.value, date.precision) == ("2014-01", "month")
    assert date.time_index is None and (date.prov.reason or "").startswith(ANCHOR_FALLBACK)
    assert "latest full date" in (date.prov.reason or "")


def _dated_with_url(run_stages: Run, resources: Resources, text: str, trigger: str, url: str) -> Document:
    doc = run_stages(text, stages=["nlp", "times"], published=None, url=url)
    start = text.index(trigger)
    doc.events = [
        Event("ASSAULT", Span(start, start + len(trigger)), doc.sentence_at(start), Provenance("t"))
    ]
    EventDatesStage({}, resources)(doc)
    return doc


def test_a_day_in_the_address_is_the_publication_date(run_stages: Run, resources: Resources) -> None:
    text = "Police arrested 25 protesters on Friday."
    doc = _dated_with_url(
        run_stages, resources, text, "arrested", "https://news.example/2018/02/19/maldives/"
    )
    assert doc.article.published == dt.date(2018, 2, 19)
    assert "address" in doc.article.meta["published_reason"]
    date = doc.events[0].date
    assert date is not None and date.value == "2018-02-16"


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example/news/2018/feb/19/maldives/",
        "https://news.example/world/2018/February/19/maldives",
    ],
)
def test_a_month_name_in_the_address_reads_as_its_number(
    run_stages: Run, resources: Resources, url: str
) -> None:
    doc = _dated_with_url(run_stages, resources, "Police arrested 25 protesters on Friday.", "arrested", url)
    assert doc.article.published == dt.date(2018, 2, 19)
    date = doc.events[0].date
    assert date is not None and date.value == "2018-02-16"


def test_a_word_folder_after_a_year_is_no_month(run_stages: Run, resources: Resources) -> None:
    url = "https://news.example/2018/world/maldives-arrests/"
    doc = _dated_with_url(run_stages, resources, "Police arrested 25 protesters.", "arrested", url)
    assert doc.article.published is None and doc.events[0].date is None


def test_a_month_in_the_address_dates_what_the_text_does_not(run_stages: Run, resources: Resources) -> None:
    text = "Police arrested 25 protesters after the rally."
    doc = _dated_with_url(
        run_stages, resources, text, "arrested", "https://news.example/2018/02/maldives-arrests/"
    )
    assert doc.article.published is None
    date = doc.events[0].date
    assert date is not None and (date.value, date.precision) == ("2018-02", "month")
    assert "address" in (date.prov.reason or "")


@pytest.mark.parametrize(
    "url",
    [
        None,
        "https://news.example/world/maldives-arrests-1606536",
        "https://news.example/2018/13/maldives/",  # no month 13
        "https://news.example/2099/01/01/maldives/",  # after today
    ],
)
def test_an_address_without_a_date_dates_nothing(
    run_stages: Run, resources: Resources, url: str | None
) -> None:
    doc = _dated_with_url(run_stages, resources, "Police arrested 25 protesters.", "arrested", str(url or ""))
    assert doc.article.published is None and doc.events[0].date is None


def test_an_act_told_with_how_long_it_has_gone_on_takes_no_day_from_the_sentence_before(
    run_stages: Run, resources: Resources
) -> None:
    text = (
        "The ceasefire was signed on Thursday. "
        "The two sides have for the last three weeks been negotiating in the capital."
    )
    date = dated(run_stages, resources, text, "negotiating")
    assert date is not None and date.value == "2024-03" and date.prov.reason == PUBLICATION_FALLBACK, date


def test_an_act_of_one_moment_still_takes_the_day_of_the_sentence_before(
    run_stages: Run, resources: Resources
) -> None:
    text = "The ceasefire was signed on Thursday. The two sides then negotiated in the capital for an hour."
    date = dated(run_stages, resources, text, "negotiated")
    assert date is not None and date.value == "2024-03-14", date


_QUOTING = ("nlp", "actors", "times", "places", "quotes")


def test_a_reported_act_takes_the_earlier_day_the_next_sentence_gives(
    run_stages: Run, resources: Resources
) -> None:
    text = (
        "Fifteen people were killed when gunmen attacked a village, residents said on Thursday.\n\n"
        "The attack happened on Tuesday afternoon in the district of Askira."
    )
    killed = dated(run_stages, resources, text, "killed", stages=_QUOTING)
    assert killed is not None and (killed.value, killed.precision) == ("2024-03-12", "day"), killed
    assert "next sentence" in (killed.prov.reason or "")


@pytest.mark.parametrize(
    "second",
    [
        "The village was burnt to the ground.",  # no day: the act is told on the day of its report
        "The attack happened on 20 February in the district of Askira.",  # weeks before: background
        "A funeral will be held on Saturday in the district of Askira.",  # after the report
    ],
)
def test_a_reported_act_keeps_its_report_s_day_without_an_earlier_one_next(
    run_stages: Run, resources: Resources, second: str
) -> None:
    text = (
        "Fifteen people were killed when gunmen attacked a village, residents said on Thursday.\n\n" + second
    )
    killed = dated(run_stages, resources, text, "killed", stages=_QUOTING)
    assert killed is not None and killed.value == "2024-03-14", killed
    assert "governing" in (killed.prov.reason or "")


def test_a_day_on_the_act_s_own_verb_is_not_a_report_s(run_stages: Run, resources: Resources) -> None:
    text = "Gunmen attacked the village on Thursday, residents said.\n\nPolice arrested two men on Tuesday."
    attacked = dated(run_stages, resources, text, "attacked", stages=_QUOTING)
    assert attacked is not None and attacked.value == "2024-03-14", attacked


@pytest.mark.parametrize(
    "text",
    [
        "The two foreign ministers discussed in a phone conversation on Wednesday cooperation between "
        "the two capitals in the framework of their joint programme, the ministry said in a statement.",
        "The two presidents signed on Wednesday agreements on trade and energy.",
    ],
)
def test_a_time_before_a_shifted_object_dates_the_verb(
    run_stages: Run, resources: Resources, text: str
) -> None:
    trigger = "discussed" if "discussed" in text else "signed"
    date = dated(run_stages, resources, text, trigger)
    assert date is not None and date.value == "2024-03-13", date


def test_a_quoted_or_present_tense_day_sets_no_story_day(run_stages: Run, resources: Resources) -> None:
    story = (
        "The minister says the talks will resume on Tuesday.\n\n"
        "The streets around the palace were closed to traffic.\n\n"
        "He met the king and the prime minister."
    )
    met = _dated_all(run_stages, resources, story, ["met"])[0]
    assert met is not None and met.prov.reason == PUBLICATION_FALLBACK, met
