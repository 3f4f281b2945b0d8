"""Counts on events (the magnitudes stage): what a number counts, UCDP's best/low/high, the
victims' side, running tolls, who gives the figure, and which event a count belongs to."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents.model import Document, Event, Magnitude


def _counts(doc: Document) -> list[tuple[str, str, int | None, int | None, int | None]]:
    """(event type, kind, best, low, high) of every count, in event order."""
    return [(e.event_type, m.kind, m.best, m.low, m.high) for e in doc.events for m in e.magnitudes]


def _only(doc: Document, kind: str) -> tuple[Event, Magnitude]:
    found = [(e, m) for e in doc.events for m in e.magnitudes if m.kind == kind]
    assert len(found) == 1, _counts(doc)
    return found[0]


@pytest.mark.parametrize(
    ("text", "kind", "best", "low", "high"),
    [
        ("Gunmen killed at least 40 people in an attack on a camp in Darfur.", "killed", 40, 40, None),
        ("Israeli strikes killed 12 Palestinians in Gaza on Monday.", "killed", 12, 12, 12),
        ("Police arrested between 30 and 50 protesters in Nairobi on Tuesday.", "detained", None, 30, 50),
        ("Twenty-five people were injured when police fired tear gas in Dhaka.", "injured", 25, 25, 25),
        ("Dozens of people were killed when rebels attacked the town of Goma.", "killed", None, 24, 99),
        ("Thousands of protesters marched through Athens on Saturday.", "crowd", None, 2000, 9999),
        ("Gunmen abducted nearly 300 schoolgirls in Zamfara state on Friday.", "abducted", 300, None, 300),
    ],
)  # fmt: skip
def test_a_count_gets_its_kind_and_ucdp_figures(
    run_stages: Callable[..., Document],
    text: str,
    kind: str,
    best: int | None,
    low: int | None,
    high: int | None,
) -> None:
    _event, magnitude = _only(run_stages(text), kind)
    assert (magnitude.best, magnitude.low, magnitude.high) == (best, low, high)
    assert magnitude.prov.stage == "magnitudes" and magnitude.prov.reason
    assert not magnitude.cumulative


def test_a_family_of_five_counts_five_and_the_span_covers_number_and_cue(
    run_stages: Callable[..., Document],
) -> None:
    doc = run_stages("An airstrike hit a house in Idlib on Friday, and a family of five was killed.")
    _event, magnitude = _only(doc, "killed")
    assert magnitude.best == 5
    span = doc.text[magnitude.span.start : magnitude.span.end]
    assert span.startswith("family of five") and span.endswith("killed")


def test_killed_and_wounded_are_two_counts_with_their_sides(run_stages: Callable[..., Document]) -> None:
    doc = run_stages("Two soldiers died and three civilians were wounded in the blast in Kabul on Monday.")
    _e, killed = _only(doc, "killed")
    _e, injured = _only(doc, "injured")
    assert (killed.best, killed.side) == (2, "soldiers")
    assert (injured.best, injured.side) == (3, "civilians")


def test_the_doers_are_not_counted_as_victims(run_stages: Callable[..., Document]) -> None:
    doc = run_stages("Twelve gunmen killed five villagers in Zamfara on Sunday.")
    assert [(k, b) for _t, k, b, _l, _h in _counts(doc)] == [("killed", 5)]


def test_a_number_counting_no_people_is_no_magnitude(run_stages: Callable[..., Document]) -> None:
    doc = run_stages("Russian forces fired 40 missiles at Kharkiv on Monday, killing three people.")
    assert [(k, b) for _t, k, b, _l, _h in _counts(doc)] == [("killed", 3)]
    doc = run_stages("Police arrested the suspect in 2014 in Nairobi.")
    assert _counts(doc) == []


def test_a_running_toll_is_marked_cumulative(run_stages: Callable[..., Document]) -> None:
    doc = run_stages(
        "Israeli strikes killed 12 people in Gaza on Monday. The war has killed more than 20,000 people."
    )
    tolls = [(m.best, m.cumulative) for e in doc.events for m in e.magnitudes]
    assert (12, False) in tolls and (20000, True) in tolls
    doc = run_stages(
        "Russian strikes killed three people in Kharkiv on Monday, bringing the total killed to 45."
    )
    tolls = sorted((m.best, m.cumulative) for e in doc.events for m in e.magnitudes)
    assert tolls == [(3, False), (45, True)]


def test_a_count_keeps_who_gives_it(run_stages: Callable[..., Document]) -> None:
    doc = run_stages("Gunmen killed 40 people in an attack on a camp in Darfur, the health ministry said.")
    _event, magnitude = _only(doc, "killed")
    assert magnitude.source is not None and "health ministry" in magnitude.source
    doc = run_stages("Gunmen killed 40 people in an attack on a camp in Darfur on Sunday.")
    assert _only(doc, "killed")[1].source is None


def test_a_count_attaches_to_the_event_of_its_kind(run_stages: Callable[..., Document]) -> None:
    doc = run_stages(
        "Protesters clashed with police in Hong Kong on Sunday. Police said 86 people had been arrested."
    )
    event, magnitude = _only(doc, "detained")
    assert event.event_type == "COERCE" and magnitude.best == 86
    assert all(not e.magnitudes for e in doc.events if e.event_type != "COERCE")


def test_a_toll_in_the_next_sentence_reaches_the_attack_with_a_reason(
    run_stages: Callable[..., Document],
) -> None:
    doc = run_stages(
        "Gunmen attacked a village in Zamfara state on Sunday. Officials said 40 villagers died."
    )
    event, magnitude = _only(doc, "killed")
    assert event.event_type == "ASSAULT" and event.sentence == 0 and magnitude.sentence == 1
    assert magnitude.prov.reason is not None and "following sentence" in magnitude.prov.reason
    assert (magnitude.best, magnitude.side) == (40, "civilians")


def test_a_toll_told_with_another_mention_of_the_event_reaches_it(
    run_stages: Callable[..., Document],
) -> None:
    doc = run_stages("Gunmen attacked a village in Zamfara state on Sunday. At least 40 people were killed.")
    event, magnitude = _only(doc, "killed")
    assert magnitude.sentence == 1 and 1 in {m.sentence for m in event.mentions}
    assert magnitude.prov.reason is not None and "another mention" in magnitude.prov.reason


def test_a_count_with_no_event_of_its_kind_is_left_out(run_stages: Callable[..., Document]) -> None:
    doc = run_stages("The minister met the ambassador in Cairo on Sunday to discuss the 300 refugees.")
    assert _counts(doc) == []


def test_a_participle_without_auxiliary_counts_its_subject(run_stages: Callable[..., Document]) -> None:
    doc = run_stages("Police found five people killed and one injured by bandits in Zamfara on Wednesday.")
    assert sorted((k, b) for _t, k, b, _l, _h in _counts(doc)) == [("injured", 1), ("killed", 5)]


def test_a_number_among_a_count_already_given_is_no_count_of_its_own(
    run_stages: Callable[..., Document],
) -> None:
    doc = run_stages("Troops killed six villagers, including five girls, in Kani on Monday.")
    assert [(k, b) for _t, k, b, _l, _h in _counts(doc)] == [("killed", 6)]


def test_half_a_million_is_five_hundred_thousand(run_stages: Callable[..., Document]) -> None:
    doc = run_stages("RSF fighters attacked El-Fasher on Monday, killing 12 and displacing half a million.")
    assert [(k, b) for _t, k, b, _l, _h in _counts(doc)] == [("killed", 12), ("displaced", 500000)]


@pytest.mark.parametrize(
    ("text", "cumulative"),
    [
        ("About 1,000 people were killed as a result of the conflict in South Sudan.", True),
        ("1,692 civilians were killed in airstrikes in the first six months of 2018.", True),
        ("At least 37 people were detained in Minsk on Wednesday in a renewed crackdown.", False),
        ("Gunmen killed 37 people in an attack on a village in Zamfara on Wednesday.", False),
    ],
)
def test_a_count_over_a_war_or_a_span_of_time_is_cumulative_and_one_raid_is_not(
    run_stages: Callable[..., Document], text: str, cumulative: bool
) -> None:
    doc = run_stages(text)
    flags = [m.cumulative for e in doc.events for m in e.magnitudes]
    assert flags == [cumulative]


def test_a_running_toll_phrase_marks_the_count_conjoined_to_its_own(
    run_stages: Callable[..., Document],
) -> None:
    doc = run_stages(
        "Rebels attacked an army base on Sunday. In a week more than 60 soldiers have been killed and 30 "
        "injured, the rebels said."
    )
    tolls = sorted((m.kind, m.best, m.cumulative) for e in doc.events for m in e.magnitudes)
    assert tolls == [("injured", 30, True), ("killed", 60, True)]


def test_an_own_count_conjoined_to_an_unmarked_count_stays_the_events_own(
    run_stages: Callable[..., Document],
) -> None:
    doc = run_stages("Gunmen attacked a village on Sunday, killing 12 people and injuring 30.")
    tolls = sorted((m.kind, m.best, m.cumulative) for e in doc.events for m in e.magnitudes)
    assert tolls == [("injured", 30, False), ("killed", 12, False)]


def test_a_toll_after_a_running_toll_is_another_figure_of_it_not_the_events_own(
    run_stages: Callable[..., Document],
) -> None:
    # (a war told as fought since long ago is background and gives no event to carry a toll)
    doc = run_stages(
        "The war between the army and the rebels has killed more than 20,000 people. Researchers, "
        "however, estimate the death toll at around 130,000."
    )
    tolls = sorted((m.best, m.cumulative) for e in doc.events for m in e.magnitudes)
    assert tolls == [(20000, True), (130000, True)]
    later = next(m for e in doc.events for m in e.magnitudes if m.best == 130000)
    assert later.prov.reason is not None and "running toll" in later.prov.reason


def test_a_toll_after_an_attack_with_no_running_toll_stays_the_attacks_own(
    run_stages: Callable[..., Document],
) -> None:
    doc = run_stages(
        "Gunmen attacked a village in Zamfara state on Sunday, killing 12 people. Officials said the "
        "death toll rose to 40."
    )
    tolls = sorted((m.best, m.cumulative) for e in doc.events for m in e.magnitudes)
    assert tolls == [(12, False), (40, False)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Gunmen attacked a checkpoint in Meta on Sunday. A fifth soldier was wounded.", "injured"),
        ("An Israeli strike hit a house in Gaza on Monday and a journalist was killed.", "killed"),
        ("Police raided a house in Lagos on Friday and arrested a man.", "detained"),
    ],
)
def test_a_single_victim_named_with_an_article_counts_one(
    run_stages: Callable[..., Document], text: str, kind: str
) -> None:
    _event, magnitude = _only(doc := run_stages(text), kind)
    assert (magnitude.best, magnitude.low, magnitude.high) == (1, 1, 1), _counts(doc)


def test_an_article_counts_no_one_through_another_clause_or_a_group(
    run_stages: Callable[..., Document],
) -> None:
    doc = run_stages(
        "Police raided a house in Lagos on Friday. A police officer was stabbed during the arrest."
    )
    assert [m for e in doc.events for m in e.magnitudes if m.kind == "detained"] == []
    doc = run_stages("Gunmen killed a family of five in an attack on a village in Zamfara on Sunday.")
    assert [m.best for e in doc.events for m in e.magnitudes] == [5]


@pytest.mark.parametrize(
    "text",
    [
        # a date: "March" is no march, "30" no crowd
        "Thousands of protesters marched in Athens on Monday, March 30, 2020, demanding higher pay.",
        # an age: the witness is no victim
        "A bomb exploded at a bus station in Mosul on Monday. Ali Hassan, 34, was wounded in the blast.",
        # a distance: "hundreds of miles away" counts no dead
        "Rebels shot dead a policeman in Arauca on Friday, hundreds of miles away from the capital.",
        # a number of families counts no people
        "An air strike hit a house in Idlib on Friday and one family was killed.",
    ],
)
def test_dates_ages_distances_and_groups_count_no_people(
    run_stages: Callable[..., Document], text: str
) -> None:
    doc = run_stages(text)
    figures = [(k, b, lo) for _t, k, b, lo, _h in _counts(doc)]
    assert not [f for f in figures if f[1] in (30, 2020, 34, 200) or f[2] == 200], figures
    assert ("killed", 1, 1) not in figures or "soldier" in text, figures


def test_the_witnesses_who_give_a_toll_are_not_counted_as_its_victims(
    run_stages: Callable[..., Document],
) -> None:
    doc = run_stages(
        "Fifteen people were killed when gunmen attacked a village in Borno State on Monday, three "
        "residents told reporters."
    )
    assert [(k, b) for _t, k, b, _l, _h in _counts(doc)] == [("killed", 15)]


def test_another_victim_and_a_victim_joined_to_a_count_each_count_one(
    run_stages: Callable[..., Document],
) -> None:
    doc = run_stages(
        "Insurgents ambushed a convoy in Kunar on Friday, killing seven soldiers and a police officer."
    )
    killed = sorted((m.best, m.side) for e in doc.events for m in e.magnitudes if m.kind == "killed")
    assert killed == [(1, "police"), (7, "soldiers")]
    doc = run_stages("Insurgents killed another soldier in Kunar on Saturday.")
    assert [(k, b) for _t, k, b, _l, _h in _counts(doc)] == [("killed", 1)]


def test_a_count_in_a_sentence_naming_its_event_by_a_definite_noun_goes_to_that_event(
    run_stages: Callable[..., Document],
) -> None:
    doc = run_stages(
        "Bandits attacked a village in Katsina state on Tuesday.\n\nPolice said the bandits fled on "
        "motorbikes.\n\nAt least 23 villagers died in the attack, a police spokesman said."
    )
    event, magnitude = _only(doc, "killed")
    assert event.event_type == "ASSAULT" and (magnitude.best, magnitude.low) == (23, 23)
    assert magnitude.prov.reason is not None and "referring back" in magnitude.prov.reason


def test_a_count_in_a_later_paragraph_without_its_event_named_stays_unattached(
    run_stages: Callable[..., Document],
) -> None:
    doc = run_stages(
        "Bandits attacked a village in Katsina state on Tuesday.\n\nPolice said the bandits fled on "
        "motorbikes.\n\nAt least 23 people died in hospitals across the state last year."
    )
    assert [m for e in doc.events for m in e.magnitudes if m.kind == "killed"] == []


def test_a_headline_figure_with_no_event_of_its_own_goes_on_the_first_event_when_it_is_the_total(
    run_stages: Callable[..., Document],
) -> None:
    title = "Car bomb kills 20 in northern Iraq"
    doc = run_stages(
        f"{title}\n\nA car bomb hit a checkpoint in Tikrit on Monday. Twelve people died at the scene "
        "of the explosion.",
        title=title,
    )
    killed = [(m.best, m.prov.reason) for e in doc.events for m in e.magnitudes if m.kind == "killed"]
    assert killed and killed[0][0] == 20 and "headline" in str(killed[0][1]), killed
    assert 12 in [b for b, _r in killed]


def test_a_headline_figure_the_body_repeats_is_no_figure_of_its_own(
    run_stages: Callable[..., Document],
) -> None:
    title = "Car bomb kills 20 in northern Iraq"
    doc = run_stages(
        f"{title}\n\nA car bomb hit a checkpoint in Tikrit on Monday, killing 20 people.", title=title
    )
    assert [m.best for e in doc.events for m in e.magnitudes if m.kind == "killed"] == [20]


def test_a_toll_told_over_two_sentences_goes_to_one_event(run_stages: Callable[..., Document]) -> None:
    doc = run_stages(
        "A car bomb hit a checkpoint in Tikrit on Monday.\n\nTwelve people died at the scene of the "
        "explosion, police said. Another five died later in hospital, a medic said."
    )
    by_event = {id(e): [m.best for m in e.magnitudes if m.kind == "killed"] for e in doc.events}
    assert sorted(by_event.values(), key=len)[-1] == [12, 5], _counts(doc)


def test_so_far_does_not_make_an_events_own_toll_a_running_one(run_stages: Callable[..., Document]) -> None:
    doc = run_stages("Police arrested 40 people in the raids in Istanbul on Tuesday so far.")
    _event, magnitude = _only(doc, "detained")
    assert magnitude.best == 40 and not magnitude.cumulative


def test_a_death_sentence_is_no_death(run_stages: Callable[..., Document]) -> None:
    doc = run_stages("A court in Baghdad on Sunday sentenced three men to death for the bombing.")
    assert [m for e in doc.events for m in e.magnitudes if m.kind == "killed"] == []
    doc = run_stages("Gunmen beat three villagers to death in Zamfara on Sunday.")
    assert [m.best for e in doc.events for m in e.magnitudes if m.kind == "killed"] == [3]


def test_a_toll_of_many_attacks_told_in_the_perfect_is_a_running_toll(
    run_stages: Callable[..., Document],
) -> None:
    doc = run_stages(
        "An air strike hit a market in Saada on Tuesday, killing eight people. It was the latest of many "
        "attacks on civilian targets that have killed thousands of civilians in Yemen."
    )
    tolls = sorted((m.best or m.low, m.cumulative) for e in doc.events for m in e.magnitudes)
    assert tolls == [(8, False), (2000, True)], tolls


def test_one_attack_told_in_the_simple_past_keeps_its_own_toll(run_stages: Callable[..., Document]) -> None:
    doc = run_stages("The twin attacks killed 30 people in Kabul on Monday.")
    _event, magnitude = _only(doc, "killed")
    assert magnitude.best == 30 and not magnitude.cumulative


def test_people_taken_into_custody_are_a_count_of_the_detained(run_stages: Callable[..., Document]) -> None:
    doc = run_stages("Police raided homes in Izmir on Tuesday and 18 people were taken into custody.")
    _event, magnitude = _only(doc, "detained")
    assert magnitude.best == 18
