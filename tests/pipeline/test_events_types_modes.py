"""Types and modes as the PLOVER manual defines them, and idioms that name no event: must and must-not."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents.events import load_lexicon
from newsevents.model import FACTUAL_MODALITIES, Document, Event

STAGES = ["nlp", "actors", "times", "places", "quotes", "events"]
Run = Callable[..., Document]


def coded(run_stages: Run, text: str) -> tuple[Document, list[Event]]:
    doc = run_stages(text, stages=STAGES)
    assert doc.error is None, doc.error
    return doc, doc.events


def kinds(events: list[Event]) -> set[tuple[str, str | None]]:
    return {(e.event_type, e.mode) for e in events}


def types(events: list[Event]) -> set[str]:
    return {e.event_type for e in events}


def factual_types(events: list[Event]) -> set[str]:
    return {e.event_type for e in events if e.modality in FACTUAL_MODALITIES}


@pytest.mark.parametrize(
    "text",
    [
        "The interior ministry released a statement on the unrest on Tuesday.",
        "In footage released by state television, the general is seen at a checkpoint.",
        "The army issued a press release on Monday.",
        "The colonel swapped his uniform for a dark suit.",
        "The border province hosts 200,000 refugees from the war.",
        "Police declined to comment on the detentions.",
        "A police spokesman refused to say how many people were held.",
        "The ministry failed to meet the deadline for the report.",
        "Speaking to reporters in the capital, the governor said the roads were open.",
        "He sought a second term in office last year.",
        "Gunmen stormed two villages in Zamfara on Sunday, leaving 17 people dead.",
        "The militia sought credit for the killings in Beni.",
        "The new agreement will yield good results for both countries.",
        "The election commission released the party positions on Monday.",
        "A senior officer, who asked not to be named, said the talks had stalled.",
    ],
)
def test_idioms_name_no_event(run_stages: Run, text: str) -> None:
    _, events = coded(run_stages, text)
    assert not types(events) & {"RETREAT", "CONSULT", "REJECT", "REQUEST"}, [e.prov.reason for e in events]


def test_an_attack_that_left_people_dead_is_an_attack_not_a_withdrawal(run_stages: Run) -> None:
    _, events = coded(run_stages, "The attack on the market in Kano on Monday left 17 people dead.")
    assert "ASSAULT" in factual_types(events)
    assert "RETREAT" not in types(events)


def test_fighters_who_left_a_town_still_withdrew(run_stages: Run) -> None:
    _, events = coded(run_stages, "Rebel fighters left the town of Goma on Tuesday.")
    assert ("RETREAT", "withdraw") in kinds(events)


def test_a_release_of_captives_is_still_a_retreat(run_stages: Run) -> None:
    _, events = coded(run_stages, "The rebels released twelve hostages on Tuesday, according to a report.")
    assert ("RETREAT", "release") in kinds(events)
    _, events = coded(run_stages, "The government released forty prisoners on Friday.")
    assert ("RETREAT", "release") in kinds(events)


@pytest.mark.parametrize(
    "text",
    [
        "The security forces also seized more than 20 guns, five grenades and a grenade launcher.",
        "Police seized rifles and ammunition during the operation on Tuesday.",
        "The president ordered the release of $20 million to fund the operations of the army.",
        "The finance ministry announced the release of funds for the flood victims on Monday.",
    ],
)
def test_seizing_weapons_and_releasing_money_are_no_acts_on_a_party(run_stages: Run, text: str) -> None:
    _, events = coded(run_stages, text)
    assert not kinds(events) & {("COERCE", "seize"), ("RETREAT", "release")}, [e.prov.reason for e in events]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Iranian forces seized a British oil tanker in the Strait of Hormuz.", ("COERCE", "seize")),
        ("Police seized weapons and two suspects in the raid on Tuesday.", ("COERCE", "seize")),
        ("The army ordered the release of forty prisoners on Friday.", ("RETREAT", "release")),
    ],
)
def test_seizing_a_vessel_or_people_and_releasing_captives_stay_events(
    run_stages: Run, text: str, kind: tuple[str, str]
) -> None:
    _, events = coded(run_stages, text)
    assert kind in kinds(events), [e.prov.reason for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Among the officials targeted are the information minister and the army chief.",
        "Police raided 56 locations across four districts, targeting militant networks.",
    ],
)
def test_targeting_as_a_participle_tells_an_aim_not_an_attack(run_stages: Run, text: str) -> None:
    _, events = coded(run_stages, text)
    assert "ASSAULT" not in types(events), [e.prov.reason for e in events]


def test_targeting_in_its_own_clause_is_still_an_attack(run_stages: Run) -> None:
    _, events = coded(run_stages, "Israeli jets targeted a building in Gaza on Monday.")
    assert "ASSAULT" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Police killed nine suspects in two days of raids as the government pressed a massive crackdown.",
        "The army pressed its offensive in the north on Tuesday.",
        "The government pressed ahead with the election despite the boycott.",
    ],
)
def test_pressing_a_campaign_carries_it_on_and_asks_nothing(run_stages: Run, text: str) -> None:
    _, events = coded(run_stages, text)
    assert "REQUEST" not in types(events), [e.prov.reason for e in events]


def test_pressing_a_party_is_still_a_demand(run_stages: Run) -> None:
    _, events = coded(run_stages, "The United States pressed Israel to allow more aid into Gaza on Monday.")
    assert "REQUEST" in types(events), [e.prov.reason for e in events]


def test_the_thing_object_file_is_loaded_by_type_and_mode() -> None:
    lex = load_lexicon()
    assert lex.thing_object_types[("COERCE", "seize")] == frozenset({"weapon"})
    assert "goods" in lex.thing_object_types[("RETREAT", "release")]


def test_the_idiom_file_is_loaded_with_heads_and_dependents() -> None:
    lex = load_lexicon()
    assert ("press",) in lex.idioms[("release", "NOUN")]
    assert ("comment",) in lex.idioms[("decline", "VERB")]
    assert ("@xcomp",) in lex.idioms[("seek", "VERB")]


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at protesters outside the parliament on Sunday.",
        "Riot police used water cannon to push back the crowd.",
        "Officers deployed pepper spray against the marchers.",
        "Tear gas was fired at the protesters.",
        "Soldiers fired into the air to disperse the crowd.",
        "Kenyan police fired volleys of tear gas at protesters in the capital on Thursday.",
        "Police fired canisters of tear gas at the marchers.",
    ],
)
def test_crowd_control_is_assault_crowd_control(run_stages: Run, text: str) -> None:
    _, events = coded(run_stages, text)
    assert ("ASSAULT", "crowd-control") in kinds(events), [e.prov.reason for e in events]
    assert "MOBILIZE" not in types(events)
    assert ("ASSAULT", "firearms") not in kinds(events)


def test_shooting_at_a_crowd_stays_firearms(run_stages: Run) -> None:
    _, events = coded(run_stages, "Soldiers fired at the protesters, killing two.")
    assert ("ASSAULT", "firearms") in kinds(events)
    assert ("ASSAULT", "crowd-control") not in kinds(events)


def test_deploying_troops_is_still_mobilization(run_stages: Run) -> None:
    _, events = coded(run_stages, "Russia deployed troops along the border on Monday.")
    assert ("MOBILIZE", "troops") in kinds(events)
    assert "ASSAULT" not in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "The United States imposed sanctions on the interior minister on Friday.",
        "Canada sanctioned six army generals on Thursday.",
        "Washington announced new tariffs on steel imports from Mexico.",
        "The EU imposed visa bans on twelve officials.",
    ],
)
def test_sanctions_are_sanction_discontinue(run_stages: Run, text: str) -> None:
    _, events = coded(run_stages, text)
    assert ("SANCTION", "discontinue") in kinds(events), [e.prov.reason for e in events]
    assert "COERCE" not in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "A court in Dhaka sentenced three former aides to death on Tuesday.",
        "A military tribunal convicted the opposition leader of treason on Monday.",
    ],
)
def test_a_court_finding_someone_guilty_is_sanction_convict(run_stages: Run, text: str) -> None:
    _, events = coded(run_stages, text)
    assert ("SANCTION", "convict") in kinds(events), [e.prov.reason for e in events]
    assert "ACCUSE" not in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "The EU slapped a travel ban on twelve officials.",
        "Beijing slapped export controls on three American drone makers on Friday.",
        "Washington imposed new export controls on Chinese chip firms.",
    ],
)
def test_export_controls_slapped_or_imposed_are_sanctions(run_stages: Run, text: str) -> None:
    _, events = coded(run_stages, text)
    assert ("SANCTION", "discontinue") in kinds(events), [e.prov.reason for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "When asked whether the army would target the generals, the minister declined to answer.",
        "The minister was asked if the army would target the generals.",
        "Reporters asked the spokesman whether the army would withdraw.",
    ],
)
def test_asking_whether_something_is_so_is_a_question_not_a_request(run_stages: Run, text: str) -> None:
    _, events = coded(run_stages, text)
    assert "REQUEST" not in types(events), [e.prov.reason for e in events]
    assert not factual_types(events), [e.prov.reason for e in events]


def test_asking_that_something_be_done_stays_a_request(run_stages: Run) -> None:
    _, events = coded(run_stages, "The minister asked that the detained journalists be released.")
    assert "REQUEST" in types(events), [e.prov.reason for e in events]


def test_tear_gas_fired_to_disperse_a_crowd_is_one_act_aimed_at_the_crowd(run_stages: Run) -> None:
    doc, events = coded(
        run_stages, "Police fired tear gas to disperse the protesters in Nairobi on Thursday."
    )
    assert "COERCE" not in types(events), [e.prov.reason for e in events]
    (assault,) = [e for e in events if e.event_type == "ASSAULT"]
    assert assault.mode == "crowd-control"
    assert any("protesters" in doc.actors[k].text for k in assault.target), assault.target


def test_tear_gas_fired_and_arrests_made_are_two_acts(run_stages: Run) -> None:
    _, events = coded(run_stages, "Police fired tear gas and arrested 20 students in Kolkata on Monday.")
    assert {("ASSAULT", "crowd-control"), ("COERCE", "arrest")} <= kinds(events), [
        e.prov.reason for e in events
    ]


def test_banning_a_party_stays_coercion(run_stages: Run) -> None:
    _, events = coded(run_stages, "The junta banned the main opposition party on Monday.")
    assert ("COERCE", "restrict") in kinds(events)
    assert "SANCTION" not in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "EU ministers agreed to lift sanctions on Minsk.",
        "The bloc suspended the sanctions against the two banks on Monday.",
    ],
)
def test_lifting_sanctions_is_a_concession(run_stages: Run, text: str) -> None:
    _, events = coded(run_stages, text)
    assert "CONCEDE" in factual_types(events), [e.prov.reason for e in events]
    assert not types(events) & {"SANCTION", "RETREAT", "AGREE"}


def test_an_agreed_concession_is_one_concede_event(run_stages: Run) -> None:
    _, events = coded(run_stages, "The government agreed to ease the restrictions on the press.")
    assert [e.event_type for e in events] == ["CONCEDE"]
    assert "intention" in events[0].prov.reason


def test_an_agreement_to_meet_stays_agree(run_stages: Run) -> None:
    _, events = coded(run_stages, "The two ministers agreed to meet again next month.")
    assert types(events) == {"AGREE"}


def test_a_promise_in_reported_speech_is_a_stated_intention(run_stages: Run) -> None:
    _, events = coded(run_stages, "The minister said his government would hold talks with the rebels.")
    assert "AGREE" in factual_types(events), [(e.event_type, e.modality) for e in events]
    assert "CONSULT" not in factual_types(events)


def test_a_conditional_would_stays_hypothetical(run_stages: Run) -> None:
    _, events = coded(run_stages, "The minister said his government would hold talks if the attacks stopped.")
    assert not factual_types(events) & {"AGREE", "CONSULT"}, [(e.event_type, e.modality) for e in events]


def test_halting_the_fighting_is_a_ceasefire(run_stages: Run) -> None:
    _, events = coded(run_stages, "The rebels halted their offensive on Monday.")
    assert ("RETREAT", "ceasefire") in kinds(events)
    assert not types(events) & {"SANCTION", "THREATEN"}


def test_halting_aid_stays_a_sanction(run_stages: Run) -> None:
    _, events = coded(run_stages, "Germany halted aid to the government on Friday.")
    assert ("SANCTION", "discontinue") in kinds(events)
    assert "RETREAT" not in types(events)


def test_dismissing_an_official_is_an_expulsion_not_a_rejection(run_stages: Run) -> None:
    _, events = coded(run_stages, "The president dismissed his defence minister on Monday.")
    assert ("SANCTION", "expel") in kinds(events)
    assert "REJECT" not in types(events)
    _, events = coded(run_stages, "The ministry dismissed the claims as baseless.")
    assert "REJECT" in types(events)
    assert "SANCTION" not in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "It was the first time the general had left the country since the war began.",
        "The prime minister left his residence on Friday to address supporters.",
        "Demonstrators retreated towards the main square.",
    ],
)
def test_a_person_leaving_or_a_crowd_falling_back_is_no_retreat(run_stages: Run, text: str) -> None:
    _, events = coded(run_stages, text)
    assert "RETREAT" not in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops left the city of Kherson on Friday.",
        "The rebels retreated from the town after heavy fighting.",
    ],
)
def test_forces_leaving_or_retreating_is_a_retreat(run_stages: Run, text: str) -> None:
    _, events = coded(run_stages, text)
    assert ("RETREAT", "withdraw") in kinds(events)


def test_a_purpose_clause_after_a_motion_verb_is_no_intention(run_stages: Run) -> None:
    _, events = coded(run_stages, "The foreign minister went to Cairo to meet President Sisi.")
    assert "CONSULT" in factual_types(events), [(e.event_type, e.prov.reason) for e in events]
    assert "AGREE" not in types(events)
    _, events = coded(run_stages, "The army is going to attack the town.")
    assert "THREATEN" in types(events) and "ASSAULT" not in factual_types(events)


def test_an_agreement_to_resume_talks_is_one_event(run_stages: Run) -> None:
    _, events = coded(run_stages, "The two sides agreed to resume talks next week.")
    assert [e.event_type for e in events] == ["AGREE"]


def test_a_promise_to_keep_agreements_in_reported_speech_is_agree(run_stages: Run) -> None:
    _, events = coded(run_stages, "The minister said his government would honour all earlier agreements.")
    assert "AGREE" in factual_types(events), [(e.event_type, e.modality) for e in events]
    assert not types(events) & {"REQUEST", "SUPPORT"}


def test_agreeing_on_a_view_is_no_agreement(run_stages: Run) -> None:
    _, events = coded(run_stages, "The two leaders agreed that the floods were a threat to the region.")
    assert "AGREE" not in types(events)
    _, events = coded(run_stages, "The two leaders agreed to hold regular talks.")
    assert "AGREE" in factual_types(events)


def test_crowd_control_is_used_on_the_crowd_the_sentence_names(run_stages: Run) -> None:
    doc, events = coded(run_stages, "Riot police fired tear gas in the old town as protesters gathered.")
    (event,) = [e for e in events if e.mode == "crowd-control"]
    assert [doc.actors[k].text for k in event.target] == ["protesters"]
    assert "crowd" in event.prov.reason
    doc, events = coded(run_stages, "Riot police fired tear gas near the station on Sunday.")
    (event,) = [e for e in events if e.mode == "crowd-control"]
    assert event.target == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen burnt the village of Huyum in Borno State, said Bukar Ali, who fled to Mubi. Not one house "
        "was left standing, a second resident added, giving the same death toll as Ali.",
        "The official declaration in the capital, Abuja, was delivered by the commission chairman, "
        "Mahmood Yakubu.",
        "Germany sent a letter to the UN Security Council on Monday.",
        "The ministry provided no details about the deal with Kenya.",
    ],
)
def test_a_text_or_a_figure_given_is_no_aid(run_stages: Run, text: str) -> None:
    _, events = coded(run_stages, text)
    assert "AID" not in types(events), [e.prov.reason for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Japan delivered food and medicine to Tonga on Sunday.",
        "Iran gave weapons to the Houthi rebels.",
    ],
)
def test_goods_and_weapons_given_stay_aid(run_stages: Run, text: str) -> None:
    _, events = coded(run_stages, text)
    assert "AID" in types(events), [e.prov.reason for e in events]


def test_the_aid_thing_kinds_are_texts_and_pictures() -> None:
    lex = load_lexicon()
    assert lex.thing_object_types[("AID", None)] == frozenset({"document", "media"})


@pytest.mark.parametrize(
    "text, kind",
    [
        (
            "The European Union voted on Thursday to impose sanctions on three Belarusian officials.",
            ("SANCTION", "discontinue"),
        ),
        ("Moscow decided to expel ten Polish diplomats.", ("SANCTION", "expel")),
    ],
)
def test_a_decision_to_sanction_is_the_sanction(run_stages: Run, text: str, kind: tuple[str, str]) -> None:
    _, events = coded(run_stages, text)
    facts = [e for e in events if (e.event_type, e.mode) == kind and e.modality in FACTUAL_MODALITIES]
    assert facts, [(e.event_type, e.modality, e.prov.reason) for e in events]
    assert "enacts the SANCTION" in (facts[0].prov.reason or "")
    assert "THREATEN" not in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Washington threatened on Monday to impose sanctions on Caracas.",
        "The United States will impose sanctions on the generals next week.",
    ],
)
def test_a_threatened_or_future_sanction_is_no_sanction(run_stages: Run, text: str) -> None:
    _, events = coded(run_stages, text)
    assert "SANCTION" not in factual_types(events), [(e.event_type, e.modality) for e in events]
    assert "THREATEN" in factual_types(events)


def test_a_vote_to_strike_later_is_no_strike(run_stages: Run) -> None:
    _, events = coded(run_stages, "Dock workers voted on Monday to go on strike next month.")
    assert "PROTEST" not in factual_types(events), [(e.event_type, e.modality) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The United States has canceled the visas of several Ugandan officials.",
        "The Treasury froze the bank accounts of two Russian businessmen on Monday.",
    ],
)
def test_cancelled_visas_and_frozen_accounts_are_sanctions(run_stages: Run, text: str) -> None:
    _, events = coded(run_stages, text)
    assert ("SANCTION", "discontinue") in kinds(events), [e.prov.reason for e in events]
    assert "REJECT" not in types(events)


def test_a_cancelled_visit_stays_a_rejection(run_stages: Run) -> None:
    _, events = coded(run_stages, "Kenya cancelled the visit of the Ugandan foreign minister on Monday.")
    assert "REJECT" in types(events), [e.prov.reason for e in events]
    assert "SANCTION" not in types(events)


def test_the_decided_types_file_pairs_a_deciding_verb_with_a_type() -> None:
    lex = load_lexicon()
    assert ("vote", "SANCTION") in lex.decided_types
    assert ("vow", "SANCTION") not in lex.decided_types


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the search warrants were executed at ten homes in Detroit.",
        "Police executed a search warrant at his home in Leeds on Friday.",
        "The army executed the plan to retake the city.",
    ],
)
def test_carrying_out_a_warrant_or_a_plan_is_no_execution(run_stages: Run, text: str) -> None:
    _, events = coded(run_stages, text)
    assert ("ASSAULT", "targeted") not in kinds(events), [e.prov.reason for e in events]


def test_executing_prisoners_stays_an_execution(run_stages: Run) -> None:
    _, events = coded(run_stages, "The militants executed three hostages on Monday.")
    assert ("ASSAULT", "targeted") in kinds(events), [e.prov.reason for e in events]


def test_cooperation_discussed_between_two_capitals_is_the_topic_not_an_event(run_stages: Run) -> None:
    _, events = coded(
        run_stages,
        "The two foreign ministers discussed cooperation between Moscow and Minsk on Wednesday.",
    )
    assert "CONSULT" in types(events)
    assert "COOPERATE" not in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "The two sides held a meeting on security cooperation between their navies.",
        "The leaders discussed ways of promoting cooperation between ASEAN and ECOWAS.",
    ],
)
def test_cooperation_in_talks_on_it_or_ways_of_promoting_it_is_the_topic(run_stages: Run, text: str) -> None:
    _, events = coded(run_stages, text)
    assert "COOPERATE" not in types(events)


def test_cooperation_the_parties_carry_out_is_still_an_event(run_stages: Run) -> None:
    _, events = coded(
        run_stages, "Troops of Mali and Niger cooperated in a joint operation against jihadists on Monday."
    )
    assert "COOPERATE" in factual_types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Some protesters hurled rocks at the police in the capital on Friday.",
        "Youths threw petrol bombs at a police station on Monday night.",
    ],
)
def test_stones_and_petrol_bombs_thrown_at_people_are_a_primitive_assault(run_stages: Run, text: str) -> None:
    _, events = coded(run_stages, text)
    assert ("ASSAULT", "primitive") in kinds(events)


@pytest.mark.parametrize(
    "text", ["The minister threw his support behind the plan.", "Protesters threw flowers at the soldiers."]
)
def test_throwing_support_or_flowers_is_no_assault(run_stages: Run, text: str) -> None:
    _, events = coded(run_stages, text)
    assert "ASSAULT" not in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Beijing called the sanctions illegal.",
        "The minister called the move illegal and a provocation.",
        "Putin called Trump a liar on Monday.",
    ],
)
def test_calling_something_by_a_word_of_disapproval_is_an_accusation(run_stages: Run, text: str) -> None:
    _, events = coded(run_stages, text)
    assert ("ACCUSE", "disapprove") in kinds(events), [e.prov.reason for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader called it a tight race.",
        "The party called it a massively significant result.",
        "Local media are calling it the deadliest attack in years.",
    ],
)
def test_calling_something_by_a_plain_description_is_no_accusation(run_stages: Run, text: str) -> None:
    _, events = coded(run_stages, text)
    assert "ACCUSE" not in types(events), [e.prov.reason for e in events]


def test_a_headline_verb_tagged_as_an_adjective_still_carries_its_event(run_stages: Run) -> None:
    _, events = coded(run_stages, "Violent clashes erupt between police and protesters in Dhaka.")
    assert "ASSAULT" in factual_types(events), [e.prov.reason for e in events]


def test_a_cause_driving_people_to_protest_is_not_the_protester(run_stages: Run) -> None:
    doc, events = coded(run_stages, "High costs of living are driving people to protest.")
    for event in events:
        assert not any("cost" in doc.actors[k].text for k in event.source), event.prov.reason


@pytest.mark.parametrize(
    "text",
    [
        "Protesting farmers have blockaded highways around Delhi.",
        "Protesters blockaded the main highway in Nairobi on Monday.",
    ],
)
def test_a_crowd_blockading_roads_is_a_protest_that_obstructs(run_stages: Run, text: str) -> None:
    _, events = coded(run_stages, text)
    assert ("PROTEST", "obstruct") in kinds(events), [e.prov.reason for e in events]
    assert "COERCE" not in types(events)


def test_a_navy_blockading_a_port_stays_coercion(run_stages: Run) -> None:
    _, events = coded(run_stages, "The navy imposed a blockade on the port of Hodeidah.")
    assert ("COERCE", "restrict") in kinds(events), [e.prov.reason for e in events]
    assert "PROTEST" not in types(events)


def test_calling_an_act_by_the_name_of_a_crime_is_an_accusation(run_stages: Run) -> None:
    _, events = coded(
        run_stages, 'Serbia\'s foreign minister called the arrests "a kidnapping, plain and simple".'
    )
    assert ("ACCUSE", "disapprove") in kinds(events), [e.prov.reason for e in events]
