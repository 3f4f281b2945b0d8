"""Main events the lexicon used to miss: a rally the crowd gathers for or in, removing a leader, ordering
an envoy out, a call for someone to act, a deal "inked". Must and must-not cases."""

from __future__ import annotations

from newsevents.model import Document
from tests.pipeline.test_events_targets import Run, typed


def texts(doc: Document, indices: list[int]) -> list[str]:
    return [doc.actors[i].text for i in indices]


def test_crowd_gathering_for_a_march_is_a_protest_by_the_crowd(run_stages: Run) -> None:
    doc, protests = typed(run_stages, "Students gathered for a march in the capital on Sunday.", "PROTEST")
    assert protests, doc.events
    assert any("Students" in t for t in texts(doc, protests[0].source)), doc.events


def test_crowd_gathering_in_protest_is_a_protest(run_stages: Run) -> None:
    doc, protests = typed(run_stages, "Nurses gathered in protest outside the ministry.", "PROTEST")
    assert protests, doc.events


def test_gathering_in_a_square_is_no_protest(run_stages: Run) -> None:
    doc, protests = typed(run_stages, "Hundreds of fans gathered in the square on Sunday.", "PROTEST")
    assert not protests, doc.events


def test_ousting_a_president_is_a_seizure_of_power(run_stages: Run) -> None:
    doc, seized = typed(run_stages, "Mutinous soldiers ousted President Alpha Kone on Monday.", "COERCE")
    assert seized and seized[0].mode == "seize", doc.events
    assert any("Kone" in t for t in texts(doc, seized[0].target)), doc.events


def test_ordering_an_envoy_to_leave_is_an_expulsion(run_stages: Run) -> None:
    doc, expelled = typed(
        run_stages, "The junta ordered the Belgian ambassador to leave within 72 hours.", "SANCTION"
    )
    assert expelled and expelled[0].mode == "expel", doc.events
    assert any("ambassador" in t for t in texts(doc, expelled[0].target)), doc.events


def test_ordering_troops_to_attack_is_no_expulsion(run_stages: Run) -> None:
    doc, expelled = typed(run_stages, "The general ordered his troops to attack the town.", "SANCTION")
    assert not expelled, doc.events


def test_call_for_someone_to_act_is_a_request(run_stages: Run) -> None:
    doc, requests = typed(run_stages, "Canada called for the parliament to settle the dispute.", "REQUEST")
    assert requests, doc.events
    assert any("Canada" in t for t in texts(doc, requests[0].source)), doc.events
    assert any("parliament" in t for t in texts(doc, requests[0].target)), doc.events
    assert not any("dispute" in t for t in texts(doc, requests[0].target)), doc.events


def test_a_call_made_for_hours_is_no_request(run_stages: Run) -> None:
    doc, requests = typed(run_stages, "Canada has called the embassy for hours to get news.", "REQUEST")
    assert not requests, doc.events


def test_inked_deal_is_coded_like_a_signed_deal(run_stages: Run) -> None:
    doc, deals = typed(run_stages, "Kenya and Ghana inked a trade deal on Tuesday.", "SUPPORT")
    assert deals, doc.events
    assert {"Kenya", "Ghana"} <= set(texts(doc, deals[0].source)), doc.events
    assert not [e for e in doc.events if e.event_type == "AGREE"], doc.events


def test_clashes_erupting_between_two_sides_are_an_assault_by_both(run_stages: Run) -> None:
    doc, assaults = typed(
        run_stages, "Clashes erupted between rebels and soldiers near the border on Tuesday.", "ASSAULT"
    )
    assert assaults, doc.events
    assert set(texts(doc, assaults[0].source)) == {"rebels", "soldiers"}, texts(doc, assaults[0].source)
    assert "carried by 'erupted'" in assaults[0].prov.reason


def test_fights_breaking_out_between_crowd_and_police_are_an_assault(run_stages: Run) -> None:
    doc, assaults = typed(
        run_stages, "Fights broke out between fans and the police outside the stadium.", "ASSAULT"
    )
    assert assaults, doc.events
    assert any("police" in t for t in texts(doc, assaults[0].source)), doc.events


def test_a_fight_against_an_abstraction_or_a_continuing_state_is_no_event(run_stages: Run) -> None:
    doc = run_stages(
        "The minister has led the fight against corruption for years. The state of emergency continued.",
        stages=["nlp", "actors", "times", "places", "quotes", "events"],
    )
    assert not doc.events, doc.events


def test_a_crowd_gathering_in_protest_is_a_protest_however_the_phrases_attach(run_stages: Run) -> None:
    doc, protests = typed(
        run_stages,
        "Students gathered in squares across the country's islands in protest on Friday.",
        "PROTEST",
    )
    assert protests, doc.events
    assert "carried by 'gathered'" in protests[0].prov.reason


def test_a_phrase_below_another_verbs_phrase_is_not_carried(run_stages: Run) -> None:
    doc, protests = typed(
        run_stages, "Fans gathered in the square near the monument to protest heroes.", "PROTEST"
    )
    assert not any("carried by 'gathered'" in e.prov.reason for e in protests), doc.events


def test_a_bare_count_of_people_is_the_crowd_that_acts(run_stages: Run) -> None:
    doc, protests = typed(run_stages, "Thousands protested outside parliament on Friday.", "PROTEST")
    assert protests, doc.events
    assert texts(doc, protests[0].source) == ["Thousands"], doc.events


def test_a_count_of_money_names_no_one(run_stages: Run) -> None:
    doc, seized = typed(run_stages, "Police seized millions of dollars in cash.", "COERCE")
    assert not any("dollars" in t or "millions" in t for e in seized for t in texts(doc, e.target)), (
        doc.events
    )


def test_a_bare_count_as_object_is_the_people_acted_on(run_stages: Run) -> None:
    doc, arrests = typed(run_stages, "Police detained hundreds outside parliament on Friday.", "COERCE")
    assert arrests, doc.events
    assert texts(doc, arrests[0].target) == ["hundreds"], doc.events


def test_dropping_bombs_is_an_aerial_assault(run_stages: Run) -> None:
    doc, assaults = typed(run_stages, "A fighter jet dropped bombs on the village of Min Ma.", "ASSAULT")
    assert assaults and assaults[0].mode == "aerial", doc.events


def test_dropping_leaflets_or_charges_is_no_assault(run_stages: Run) -> None:
    doc, assaults = typed(run_stages, "The aircraft dropped leaflets over the city.", "ASSAULT")
    assert not assaults, doc.events


def test_protesters_storming_a_building_is_a_violent_protest(run_stages: Run) -> None:
    doc, protests = typed(
        run_stages, "Demonstrators stormed the parliament in Baghdad on Saturday.", "PROTEST"
    )
    assert protests and protests[0].mode == "riot", doc.events
    assert "a violent protest" in protests[0].prov.reason
    assert not [e for e in doc.events if e.event_type == "ASSAULT"], doc.events


def test_troops_storming_a_town_stay_an_assault(run_stages: Run) -> None:
    doc, assaults = typed(run_stages, "Government troops stormed the rebel-held town of Kidal.", "ASSAULT")
    assert assaults, doc.events
    assert not [e for e in doc.events if e.event_type == "PROTEST"], doc.events


def test_a_coordinated_verb_acting_on_another_named_person_is_a_second_act(run_stages: Run) -> None:
    doc = run_stages(
        "The administration arrested two Supreme Court judges and detained former president Mohamed Nasheed."
    )
    arrests = [e for e in doc.events if e.event_type == "COERCE"]
    assert len(arrests) == 2, doc.events
    assert any("Nasheed" in t for e in arrests for t in texts(doc, e.target)), doc.events


def test_a_coordinated_verb_telling_the_toll_stays_one_act(run_stages: Run) -> None:
    doc = run_stages("Rebels attacked the army base and killed 23 soldiers.")
    assert len([e for e in doc.events if e.event_type == "ASSAULT"]) == 1, doc.events


def test_suspending_parliament_is_a_restriction_of_it(run_stages: Run) -> None:
    doc, restricted = typed(run_stages, "The president suspended parliament on Friday.", "COERCE")
    assert restricted and restricted[0].mode == "restrict", doc.events
    assert any("parliament" in t for t in texts(doc, restricted[0].target)), doc.events


def test_suspending_aid_stays_a_sanction(run_stages: Run) -> None:
    doc, restricted = typed(run_stages, "The European Union suspended aid to Niger.", "COERCE")
    assert not restricted, doc.events


def test_demonstrators_gathering_is_a_protest_by_them(run_stages: Run) -> None:
    doc, protests = typed(
        run_stages, "Only a few dozen demonstrators gathered in the capital on Thursday.", "PROTEST"
    )
    assert protests and protests[0].mode == "demo", doc.events
    assert any("demonstrators" in t for t in texts(doc, protests[0].source)), doc.events


def test_protesters_turning_out_is_a_protest(run_stages: Run) -> None:
    doc, protests = typed(
        run_stages, "However, only a few hundred protesters turned out, chanting slogans.", "PROTEST"
    )
    assert protests, doc.events


def test_fans_turning_out_is_no_protest(run_stages: Run) -> None:
    doc, protests = typed(run_stages, "Thousands of fans turned out to greet the team on Sunday.", "PROTEST")
    assert not protests, doc.events


def test_advising_people_to_act_is_a_request_to_them(run_stages: Run) -> None:
    doc, requests = typed(
        run_stages, "The police chief advised the public to avoid the city centre.", "REQUEST"
    )
    assert requests, doc.events
    assert any("police chief" in t for t in texts(doc, requests[0].source)), doc.events
    assert any("public" in t for t in texts(doc, requests[0].target)), doc.events


def test_advising_someone_on_a_topic_is_no_request(run_stages: Run) -> None:
    doc, requests = typed(run_stages, "The minister advised the president on economic policy.", "REQUEST")
    assert not requests, doc.events


def test_vowing_to_crush_a_foe_is_a_threat_of_force(run_stages: Run) -> None:
    doc, threats = typed(run_stages, "The president vowed to crush the rebels within a year.", "THREATEN")
    assert threats and threats[0].mode == "violence", doc.events
    assert any("rebels" in t for t in texts(doc, threats[0].target)), doc.events
    assert not [e for e in doc.events if e.event_type == "AGREE"], doc.events


def test_vowing_to_build_roads_is_no_threat(run_stages: Run) -> None:
    doc, threats = typed(run_stages, "The president vowed to build new roads in the north.", "THREATEN")
    assert not threats, doc.events


def test_releasing_money_is_no_release_of_captives(run_stages: Run) -> None:
    doc, released = typed(
        run_stages,
        "The president ordered the release of 1 billion pesos to fund the operations of the army.",
        "RETREAT",
    )
    assert not released, doc.events


def test_releasing_hostages_is_still_a_release(run_stages: Run) -> None:
    doc, released = typed(run_stages, "The rebels released 20 hostages on Monday.", "RETREAT")
    assert released and released[0].mode == "release", doc.events


def test_thousands_of_protesters_gathering_is_a_protest_by_them(run_stages: Run) -> None:
    doc, protests = typed(
        run_stages, "Thousands of demonstrators gathered in the capital on Friday.", "PROTEST"
    )
    assert protests, doc.events
    assert any("demonstrators" in t for t in texts(doc, protests[0].source)), doc.events


def test_thousands_of_fans_gathering_is_no_protest(run_stages: Run) -> None:
    doc, protests = typed(run_stages, "Thousands of fans gathered in the square on Friday.", "PROTEST")
    assert not protests, doc.events


def test_protesters_storming_a_building_is_a_riot_not_an_assault(run_stages: Run) -> None:
    doc, riots = typed(
        run_stages, "Thousands of protestors stormed the president's house on Saturday.", "PROTEST"
    )
    assert riots and riots[0].mode == "riot", doc.events
    assert not [e for e in doc.events if e.event_type == "ASSAULT"], doc.events


def test_special_forces_storming_a_hideout_is_an_assault(run_stages: Run) -> None:
    doc, assaults = typed(run_stages, "Special forces stormed the rebel hideout on Tuesday.", "ASSAULT")
    assert assaults, doc.events
    assert not [e for e in doc.events if e.event_type == "PROTEST"], doc.events


def test_memorandums_inked_or_signed_are_coded_like_a_signed_deal(run_stages: Run) -> None:
    doc, deals = typed(run_stages, "India and the United States inked three MoUs on Friday.", "SUPPORT")
    assert deals, doc.events
    assert {"India", "the United States"} <= set(texts(doc, deals[0].source)), doc.events


def test_a_courtesy_call_paid_on_a_leader_is_a_visit(run_stages: Run) -> None:
    doc, visits = typed(run_stages, "The Benin president paid a courtesy call on King Charles.", "CONSULT")
    assert visits and visits[0].mode == "visit", doc.events
    assert texts(doc, visits[0].target) == ["King Charles"]


def test_a_phone_call_is_no_courtesy_visit(run_stages: Run) -> None:
    doc, consults = typed(run_stages, "The two presidents held a phone call on Monday.", "CONSULT")
    assert consults, doc.events
    assert all(e.mode != "visit" for e in consults), doc.events


def test_recapturing_a_town_is_a_seizure(run_stages: Run) -> None:
    doc, seizures = typed(run_stages, "The army recaptured the town of Bakhmut on Sunday.", "COERCE")
    assert seizures and seizures[0].mode == "seize", doc.events
