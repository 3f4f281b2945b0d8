"""Unstated agents and unnamed people: a passive or an intransitive clause takes its agent from the
discourse (with the reason), and a noun naming people ("25 people", "two suspects") is a participant
of the scene's country. Must and must-not cases, in sentences written for the project."""

from __future__ import annotations

import pytest

from newsevents.model import Document
from tests.pipeline.test_events_targets import Run, typed


def texts(doc: Document, actors: list[int]) -> list[str]:
    return [doc.actors[k].text for k in actors]


def countries(doc: Document, actors: list[int]) -> set[str | None]:
    return {doc.actors[k].country for k in actors}


def test_people_arrested_are_the_target_with_the_scene_country(run_stages: Run) -> None:
    doc, arrests = typed(
        run_stages, "Georgian police arrested 40 people after a rally in Tbilisi on Sunday.", "COERCE"
    )
    assert arrests, doc.events
    assert any("40 people" in t for t in texts(doc, arrests[0].target)), texts(doc, arrests[0].target)
    assert countries(doc, arrests[0].target) == {"GEO"}


def test_an_object_that_names_no_people_stays_out(run_stages: Run) -> None:
    doc, requests = typed(
        run_stages, "Georgian officials urged faster progress in the talks in Tbilisi.", "REQUEST"
    )
    for event in requests:
        assert not any("progress" in t for t in texts(doc, event.target)), texts(doc, event.target)


def test_passive_arrest_takes_the_police_named_just_before(run_stages: Run) -> None:
    doc, arrests = typed(
        run_stages,
        "Riot police moved into the centre of Batumi late on Monday, and into Tbilisi.\n"
        "Eleven people were detained near the parliament building.",
        "COERCE",
    )
    assert arrests, doc.events
    event = arrests[-1]
    assert any("police" in t for t in texts(doc, event.source)), texts(doc, event.source)
    assert countries(doc, event.source) == {"GEO"}
    assert "unstated agent" in (event.prov.reason or "")


def test_passive_arrest_takes_the_force_acting_in_the_same_sentence(run_stages: Run) -> None:
    doc, arrests = typed(
        run_stages,
        "Dozens of students were arrested in Dhaka as police fired rubber bullets at the march.",
        "COERCE",
    )
    assert arrests, doc.events
    assert texts(doc, arrests[0].source) == ["police"], texts(doc, arrests[0].source)
    assert "same sentence" in (arrests[0].prov.reason or "")


def test_the_subject_of_a_clause_telling_what_a_noun_says_is_no_unstated_agent(run_stages: Run) -> None:
    doc, arrests = typed(
        run_stages,
        "Maldives police arrested 25 people on Friday. Two judges were arrested along with former "
        "President Maumoon Abdul Gayoom on allegations that he solicited bribes.",
        "COERCE",
    )
    judges = [e for e in arrests if any("judges" in t for t in texts(doc, e.target))]
    assert judges, doc.events
    assert texts(doc, judges[0].source) != ["he"], texts(doc, judges[0].source)
    assert countries(doc, judges[0].source) == {"MDV"}


def test_speaker_is_not_the_unstated_agent(run_stages: Run) -> None:
    doc, assaults = typed(
        run_stages, "Three soldiers were killed near Gao on Friday, the army said.", "ASSAULT"
    )
    assert assaults, doc.events
    assert not any("army" in t for t in texts(doc, assaults[0].source)), texts(doc, assaults[0].source)


def test_victims_are_not_killed_by_their_own_side(run_stages: Run) -> None:
    doc, assaults = typed(
        run_stages,
        "Malian soldiers patrolled the road north of Gao on Friday.\nTwo soldiers were killed in the town.",
        "ASSAULT",
    )
    for event in assaults:
        if any("Two soldiers" in t for t in texts(doc, event.target)):
            assert not event.source, texts(doc, event.source)


def test_deaths_take_the_attacker_of_the_earlier_attack(run_stages: Run) -> None:
    doc, assaults = typed(
        run_stages,
        "Jihadists attacked a village in northern Burkina Faso on Saturday.\nNine civilians were killed.",
        "ASSAULT",
    )
    killed = [e for e in assaults if any("civilians" in t for t in texts(doc, e.target))]
    assert killed, doc.events
    assert texts(doc, killed[0].source) == ["Jihadists"], texts(doc, killed[0].source)
    assert "earlier 'attacked'" in (killed[0].prov.reason or "")


def test_crowd_that_dispersed_is_the_target_not_the_source(run_stages: Run) -> None:
    doc, coercions = typed(
        run_stages,
        "The protesters dispersed in Caracas, and police set up cordons around the plaza.",
        "COERCE",
    )
    assert coercions, doc.events
    for event in coercions:
        assert not any("protesters" in t for t in texts(doc, event.source)), texts(doc, event.source)
    assert any("protesters" in t for t in texts(doc, coercions[0].target)), texts(doc, coercions[0].target)
    assert texts(doc, coercions[0].source) == ["police"], texts(doc, coercions[0].source)


def test_police_dispersing_a_crowd_keep_their_roles(run_stages: Run) -> None:
    doc, coercions = typed(run_stages, "Police dispersed the protesters in Caracas on Monday.", "COERCE")
    assert coercions, doc.events
    assert texts(doc, coercions[0].source) == ["Police"], texts(doc, coercions[0].source)


def test_deployed_police_are_the_mobilising_party(run_stages: Run) -> None:
    doc, moves = typed(
        run_stages, "More than 3,000 police were deployed in Nairobi for the vote.", "MOBILIZE"
    )
    assert moves, doc.events
    assert any("police" in t for t in texts(doc, moves[0].source)), texts(doc, moves[0].source)
    assert not moves[0].target, texts(doc, moves[0].target)


def test_the_same_arrests_told_again_keep_their_agent_however_far(run_stages: Run) -> None:
    doc, arrests = typed(
        run_stages,
        "Armenian police arrested 30 people in Yerevan on Friday.\n"
        "The capital was calm on Saturday.\n"
        "Shops reopened along the main avenue.\n"
        "Cafes filled with customers again.\n"
        "An opposition lawmaker said the 30 people had been detained overnight.",
        "COERCE",
    )
    later = [e for e in arrests if e.sentence == 4]
    assert later, doc.events
    assert any("police" in t for t in texts(doc, later[0].source)), texts(doc, later[0].source)
    assert "same people" in (later[0].prov.reason or "")


def test_passive_takes_the_agent_of_the_act_it_happened_in(run_stages: Run) -> None:
    doc, assaults = typed(
        run_stages, "Six villagers were killed in an attack by herdsmen in Plateau State.", "ASSAULT"
    )
    assert assaults, doc.events
    assert texts(doc, assaults[0].source) == ["herdsmen"], texts(doc, assaults[0].source)
    assert "agent of the act it happened in" in (assaults[0].prov.reason or "")


def test_a_place_after_by_is_no_agent(run_stages: Run) -> None:
    doc, assaults = typed(
        run_stages, "Six villagers were killed in an ambush by Lake Chad on Monday.", "ASSAULT"
    )
    for event in assaults:
        assert not any("Lake Chad" in t for t in texts(doc, event.source)), texts(doc, event.source)


def test_group_named_in_a_by_phrase_is_the_agent(run_stages: Run) -> None:
    doc, assaults = typed(
        run_stages,
        "Police found the bodies of seven men killed by a gang of kidnappers in Zamfara State.",
        "ASSAULT",
    )
    assert assaults, doc.events
    assert any("kidnappers" in t for t in texts(doc, assaults[0].source)), texts(doc, assaults[0].source)


def test_relative_clause_subject_is_its_antecedent(run_stages: Run) -> None:
    doc, assaults = typed(
        run_stages,
        "Soldiers pursued the bandits who attacked a village in Katsina State on Sunday.",
        "ASSAULT",
    )
    attacks = [e for e in assaults if any("village" in t for t in texts(doc, e.target))]
    assert attacks, doc.events
    assert any("bandits" in t for t in texts(doc, attacks[0].source)), texts(doc, attacks[0].source)
    assert not any(t.lower() == "who" for t in texts(doc, attacks[0].source))


def test_raided_town_stands_for_its_country(run_stages: Run) -> None:
    doc, coercions = typed(
        run_stages, "Israeli forces raided the town of Qabatiya near Jenin on Monday.", "COERCE"
    )
    assert coercions, doc.events
    assert countries(doc, coercions[0].target) == {"PSE"}, texts(doc, coercions[0].target)


def test_it_after_an_unqualified_ministry_is_that_states_ministry(run_stages: Run) -> None:
    doc, requests = typed(
        run_stages,
        "China responded swiftly, saying it would impose equal tariffs on US products. "
        "“We will act,” the Ministry of Commerce said in a statement. "
        "It also called on other countries to take collective action.",
        "REQUEST",
    )
    assert requests, doc.events
    assert countries(doc, requests[0].source) == {"CHN"}, texts(doc, requests[0].source)


def test_suspects_investigated_with_no_agent_are_investigated_by_the_police_of_the_story(
    run_stages: Run,
) -> None:
    doc, accused = typed(
        run_stages,
        "Police arrested two men in Mombasa on Monday. The men are being investigated for terrorism.",
        "ACCUSE",
    )
    assert accused, doc.events
    assert any("police" in t.lower() for t in texts(doc, accused[0].source)), doc.events
    assert "unstated agent" in accused[0].prov.reason


def test_an_accusation_with_no_police_or_court_in_the_story_has_no_one_to_make_it(run_stages: Run) -> None:
    doc, accused = typed(
        run_stages, "The singer released a new album on Monday. She was accused of plagiarism.", "ACCUSE"
    )
    assert not accused, doc.events


def test_gunfire_breaking_out_is_fired_by_the_armed_party_of_the_story(run_stages: Run) -> None:
    doc, assaults = typed(
        run_stages,
        "Mutinous soldiers detained the president on Sunday. "
        "On Sunday morning, heavy gunfire broke out near the presidential palace.",
        "ASSAULT",
    )
    assert assaults, doc.events
    assert any("soldiers" in t for t in texts(doc, assaults[0].source)), doc.events
    assert "unstated agent" in assaults[0].prov.reason


def test_gunfire_breaking_out_with_no_one_in_the_story_names_no_event(run_stages: Run) -> None:
    doc, assaults = typed(run_stages, "Heavy gunfire broke out near the presidential palace.", "ASSAULT")
    assert not assaults, doc.events


def test_gunfire_heard_is_gunfire_that_happened(run_stages: Run) -> None:
    doc, assaults = typed(
        run_stages,
        "Soldiers of the special forces seized the president on Sunday. "
        "Automatic weapons fire was heard in the administrative district.",
        "ASSAULT",
    )
    assert assaults and assaults[0].mode == "firearms", doc.events
    assert "carried by 'heard'" in assaults[0].prov.reason


def test_music_heard_in_the_streets_is_no_event(run_stages: Run) -> None:
    doc = run_stages(
        "Soldiers seized the president on Sunday. Music was heard in the streets of the capital.",
        stages=["nlp", "actors", "times", "places", "quotes", "events"],
    )
    assert [e.event_type for e in doc.events] == ["COERCE"], doc.events


def test_a_coalition_led_by_a_state_is_that_states(run_stages: Run) -> None:
    doc, assaults = typed(
        run_stages,
        "An airstrike, most likely by the Saudi-led coalition, struck near a hospital in northern Yemen.",
        "ASSAULT",
    )
    assert assaults, doc.events
    assert countries(doc, assaults[0].source) == {"SAU"}, texts(doc, assaults[0].source)


def test_separatists_a_state_backs_are_not_that_states(run_stages: Run) -> None:
    doc, assaults = typed(
        run_stages, "Russian-backed separatists shelled the port city of Mariupol in Ukraine.", "ASSAULT"
    )
    assert assaults, doc.events
    assert "RUS" not in countries(doc, assaults[0].source), texts(doc, assaults[0].source)


def test_a_passive_takes_its_agent_from_the_named_modifier_of_the_act_it_happened_in(run_stages: Run) -> None:
    doc, assaults = typed(
        run_stages,
        "At least 30 villagers were killed in Sudanese army air strikes on a market in Nyala on Monday.",
        "ASSAULT",
    )
    killed = [e for e in assaults if any("villagers" in t for t in texts(doc, e.target))]
    assert killed, doc.events
    assert countries(doc, killed[0].source) == {"SDN"}, texts(doc, killed[0].source)
    assert "named on the act it happened in" in (killed[0].prov.reason or "")


def test_a_passive_takes_its_agent_from_a_force_modifying_the_act_it_happened_in(run_stages: Run) -> None:
    doc, assaults = typed(
        run_stages, "Eight students were wounded in a police raid on a hostel in Lahore.", "ASSAULT"
    )
    assert assaults, doc.events
    assert texts(doc, assaults[0].source) == ["police"], texts(doc, assaults[0].source)


def test_a_named_leader_of_the_act_it_happened_in_is_its_agent(run_stages: Run) -> None:
    doc, assaults = typed(
        run_stages, "Six militants were killed in a Nigerian Army-led operation near Maiduguri.", "ASSAULT"
    )
    assert assaults, doc.events
    assert countries(doc, assaults[0].source) == {"NGA"}, texts(doc, assaults[0].source)


def test_an_operation_led_by_intelligence_names_no_agent(run_stages: Run) -> None:
    doc, arrests = typed(
        run_stages, "A man was arrested in Leeds on Tuesday during an intelligence-led operation.", "COERCE"
    )
    for event in arrests:
        assert not any("intelligence" in t for t in texts(doc, event.source)), texts(doc, event.source)


@pytest.mark.parametrize(
    "text",
    [
        "Four soldiers were killed in the country's northwest on Sunday.",
        "A journalist was killed in his home in Mosul on Friday.",
    ],
)
def test_the_owner_of_a_place_a_passive_happened_in_is_not_its_agent(run_stages: Run, text: str) -> None:
    doc, assaults = typed(run_stages, text, "ASSAULT")
    for event in assaults:
        said = texts(doc, event.source)
        assert not any(t in ("the country", "his") for t in said), said
        assert "agent of the act it happened in" not in (event.prov.reason or "")


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the town of Bor on Monday. More than 10,000 people have been killed in the "
        "conflict since December.",
        "Rebels attacked the town of Bor on Monday. The civil war has killed more than 10,000 people.",
        "Rebels attacked the town of Bor on Monday. An estimated 1,000 people were killed and half a "
        "million displaced as a result of the conflict, the UN said.",
    ],
)
def test_a_wars_toll_takes_no_agent_from_the_discourse(run_stages: Run, text: str) -> None:
    doc, assaults = typed(run_stages, text, "ASSAULT")
    tolls = [e for e in assaults if not any("town of Bor" in t for t in texts(doc, e.target))]
    assert tolls, doc.events
    assert not tolls[0].source, texts(doc, tolls[0].source)


def test_people_killed_in_one_battle_take_the_attacker_named_before(run_stages: Run) -> None:
    doc, assaults = typed(
        run_stages,
        "Rebels attacked the town of Bor on Monday. Three soldiers were killed in the fighting.",
        "ASSAULT",
    )
    killed = [e for e in assaults if any("Three soldiers" in t for t in texts(doc, e.target))]
    assert killed and texts(doc, killed[0].source) == ["Rebels"], doc.events


def test_people_seen_doing_an_act_are_its_agents_not_the_onlooker(run_stages: Run) -> None:
    doc, protests = typed(
        run_stages,
        "For days, Khadija had been watching growing crowds of demonstrators rally near her house.",
        "PROTEST",
    )
    assert protests, doc.events
    assert not any("Khadija" in t for t in texts(doc, protests[0].source)), texts(doc, protests[0].source)
    assert any("demonstrators" in t for t in texts(doc, protests[0].source)), texts(doc, protests[0].source)


def test_an_onlooker_who_acts_herself_stays_the_agent(run_stages: Run) -> None:
    doc, protests = typed(
        run_stages, "Khadija watched the news and then joined the rally in Freetown.", "PROTEST"
    )
    assert protests, doc.events
    assert texts(doc, protests[0].source) == ["Khadija"], texts(doc, protests[0].source)


def test_an_unknown_local_official_is_a_national_of_the_home_country(run_stages: Run) -> None:
    doc, accusations = typed(
        run_stages,
        "Protests spread in Lagos and Abuja on Monday.\n"
        "Governor Babajide Adeyemi accused the protesters of looting shops in Lagos.",
        "ACCUSE",
    )
    assert accusations, doc.events
    assert countries(doc, accusations[0].source) == {"NGA"}, texts(doc, accusations[0].source)


def test_the_venue_of_talks_gives_no_country_to_their_unnamed_parties(run_stages: Run) -> None:
    doc, talks = typed(
        run_stages, "The government and the rebels held a new round of talks in Doha on Monday.", "CONSULT"
    )
    assert talks, doc.events
    assert "QAT" not in countries(doc, talks[0].source), texts(doc, talks[0].source)


def test_the_place_of_a_protest_still_gives_its_country_to_the_police(run_stages: Run) -> None:
    doc, arrests = typed(run_stages, "Police arrested 40 protesters in Nairobi on Monday.", "COERCE")
    assert arrests, doc.events
    assert countries(doc, arrests[0].source) == {"KEN"}, texts(doc, arrests[0].source)
