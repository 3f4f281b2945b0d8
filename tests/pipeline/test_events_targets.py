"""Target actors: the party an act noun names, the pattern's own object, and the extent of a target
noun phrase (its name and description, never a clause hanging on it). Must and must-not cases."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents.model import Document, Event

STAGES = ["nlp", "actors", "times", "places", "quotes", "events"]
Run = Callable[..., Document]


def typed(run_stages: Run, text: str, etype: str) -> tuple[Document, list[Event]]:
    doc = run_stages(text, stages=STAGES)
    assert doc.error is None, doc.error
    return doc, [e for e in doc.events if e.event_type == etype]


def target_texts(doc: Document, event: Event) -> list[str]:
    return [doc.actors[i].text for i in event.target]


def test_refused_talks_target_the_party_named_in_the_talks(run_stages: Run) -> None:
    doc, rejects = typed(
        run_stages,
        "The rebels have refused direct talks with the Colombian government, demanding a ceasefire first.",
        "REJECT",
    )
    assert rejects, doc.events
    texts = target_texts(doc, rejects[0])
    assert any("Colombian government" in t for t in texts), texts
    assert not any("talks" in t for t in texts), texts


def test_rejected_request_targets_the_requester_not_the_request(run_stages: Run) -> None:
    doc, rejects = typed(
        run_stages,
        "The Polish government rejected a request from Hungary to reopen the border crossing.",
        "REJECT",
    )
    assert rejects, doc.events
    texts = target_texts(doc, rejects[0])
    assert texts == ["Hungary"], texts


def test_attack_on_a_place_is_not_its_party(run_stages: Run) -> None:
    """An act noun's 'on'-phrase says whom the act hit; condemning it does not accuse the victim."""
    doc, accusations = typed(
        run_stages, "Egypt condemned the attack on Gaza in a statement on Sunday.", "ACCUSE"
    )
    for event in accusations:
        assert "Gaza" not in target_texts(doc, event), target_texts(doc, event)


def test_expelled_diplomats_are_the_target(run_stages: Run) -> None:
    doc, sanctions = typed(run_stages, "Moscow expelled three diplomats from Estonia on Tuesday.", "SANCTION")
    assert sanctions, doc.events
    texts = target_texts(doc, sanctions[0])
    assert any("diplomats" in t for t in texts), texts
    assert "Moscow" not in texts


def test_named_party_of_an_investigation_beats_the_suspicion(run_stages: Run) -> None:
    doc, accusations = typed(
        run_stages,
        "Prosecutors in Vienna launched an investigation into Kessler Holdings on suspicion of fraud.",
        "ACCUSE",
    )
    assert accusations, doc.events
    texts = target_texts(doc, accusations[0])
    assert any("Kessler Holdings" in t for t in texts), texts
    assert not any("suspicion" in t for t in texts), texts


def test_target_phrase_stops_before_a_participial_clause(run_stages: Run) -> None:
    doc, arrests = typed(
        run_stages,
        "Greek police arrested a Turkish man suspected of smuggling weapons across the border on Monday.",
        "COERCE",
    )
    assert arrests, doc.events
    texts = target_texts(doc, arrests[0])
    assert any("Turkish man" in t for t in texts), texts
    assert not any("suspected" in t or "border" in t for t in texts), texts


def test_target_phrase_keeps_its_of_phrase_but_not_a_relative_clause(run_stages: Run) -> None:
    doc, consults = typed(
        run_stages,
        "The Kenyan president met the leaders of Uganda and Tanzania, who had arrived in Nairobi on Sunday.",
        "CONSULT",
    )
    assert consults, doc.events
    texts = target_texts(doc, consults[0])
    assert any("leaders of Uganda and Tanzania" in t for t in texts), texts
    assert not any("arrived" in t for t in texts), texts


def test_threat_targets_the_subject_of_its_condition(run_stages: Run) -> None:
    doc, threats = typed(
        run_stages, "Japan warned of new export curbs if South Korea raised its tariffs again.", "THREATEN"
    )
    assert threats, doc.events
    assert any("South Korea" in t for t in target_texts(doc, threats[0])), target_texts(doc, threats[0])
    assert "subject of the clause it governs" in (threats[0].prov.reason or "")


def test_a_time_clause_sets_no_condition(run_stages: Run) -> None:
    doc, threats = typed(
        run_stages, "Japan warned of new export curbs when South Korea raised its tariffs again.", "THREATEN"
    )
    for event in threats:
        assert not any("South Korea" in t for t in target_texts(doc, event)), target_texts(doc, event)


def test_demand_targets_the_subject_of_its_that_clause(run_stages: Run) -> None:
    doc, requests = typed(
        run_stages, "The Kenyan opposition demanded that President Ruto withdraw the finance bill.", "REQUEST"
    )
    assert requests, doc.events
    assert any("Ruto" in t for t in target_texts(doc, requests[0])), target_texts(doc, requests[0])


def test_subject_hung_on_the_auxiliary_is_the_verbs(run_stages: Run) -> None:
    """'X had, as promised, released …': the parser attaches the subject to 'had'."""
    doc, releases = typed(
        run_stages,
        "The envoys noted that Lukashenko had, as promised, released the last political prisoners he held.",
        "RETREAT",
    )
    assert releases, doc.events
    assert [doc.actors[k].text for k in releases[0].source] == ["Lukashenko"]


def test_others_arrested_are_the_target(run_stages: Run) -> None:
    doc, arrests = typed(
        run_stages, "Ugandan police killed two gunmen and arrested 40 others in raids in Kampala.", "COERCE"
    )
    assert arrests, doc.events
    assert any("40 others" in t for t in target_texts(doc, arrests[0])), target_texts(doc, arrests[0])


def test_protest_without_named_target_is_aimed_at_its_countrys_government(run_stages: Run) -> None:
    doc, protests = typed(
        run_stages,
        "Opposition supporters protested in Belgrade on Sunday. "
        "Serbian President Aleksandar Vucic said the rallies were funded from abroad.",
        "PROTEST",
    )
    assert protests, doc.events
    assert target_texts(doc, protests[0]) == ["Serbian President Aleksandar Vucic"], target_texts(
        doc, protests[0]
    )
    assert "unstated target" in protests[0].prov.reason


def test_protest_target_is_never_the_leader_the_protesters_support(run_stages: Run) -> None:
    """'Supporters of the sacked prime minister' protest for him, not against him; and no authority of
    another country stands in."""
    doc, protests = typed(
        run_stages,
        "Supporters of sacked Nepali prime minister Sher Bahadur Deuba protested in Kathmandu on Monday. "
        "Indian Prime Minister Narendra Modi called for calm.",
        "PROTEST",
    )
    assert protests, doc.events
    for event in protests:
        texts = target_texts(doc, event)
        assert not any("Deuba" in t or "Modi" in t for t in texts), texts


def test_refusal_noun_targets_the_object_of_its_infinitive(run_stages: Run) -> None:
    """'his refusal to meet X': the party the refused act is aimed at is the refusal's target."""
    doc, rejects = typed(
        run_stages,
        "The opposition leader announced his refusal to meet the prime minister on Monday.",
        "REJECT",
    )
    assert rejects, doc.events
    texts = target_texts(doc, rejects[0])
    assert texts == ["the prime minister"], texts
    assert not any("opposition leader" in t for t in texts), texts


def test_refusal_noun_without_infinitive_takes_no_target_from_elsewhere(run_stages: Run) -> None:
    doc, rejects = typed(
        run_stages, "The opposition leader announced his refusal on Monday, his spokesman said.", "REJECT"
    )
    for event in rejects:
        assert not any("spokesman" in t for t in target_texts(doc, event)), target_texts(doc, event)


def test_issued_threats_target_the_object_of_the_threatened_act(run_stages: Run) -> None:
    """'issued threats to attack X': the pattern's noun governs the infinitive, whose object is aimed at."""
    doc, threats = typed(
        run_stages, "The militia issued threats to attack the border guards on Sunday.", "THREATEN"
    )
    assert threats, doc.events
    assert target_texts(doc, threats[0]) == ["the border guards"], target_texts(doc, threats[0])


def test_issued_threats_without_infinitive_take_no_bystander_as_target(run_stages: Run) -> None:
    doc, threats = typed(
        run_stages,
        "The militia issued threats on Sunday, a spokesman for the border guards said.",
        "THREATEN",
    )
    assert threats, doc.events
    assert not any("border guards" in t for t in target_texts(doc, threats[0])), target_texts(doc, threats[0])


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # the act refused names whom it is for
        (
            "The junta refused to agree to a pardon for the jailed opposition leaders.",
            "the jailed opposition leaders",
            "pardon",
        ),
        # an act with its own party ("a request from X") is aimed at that party, not at what it asks for
        ("The junta refused to agree to a request from the rebels for a truce.", "the rebels", "truce"),
    ],
)
def test_refusal_to_agree_to_an_act_targets_its_party_or_whom_it_is_for(
    run_stages: Run, text: str, wanted: str, unwanted: str
) -> None:
    doc, rejects = typed(run_stages, text, "REJECT")
    assert rejects, doc.events
    texts = target_texts(doc, rejects[0])
    assert texts == [wanted], texts
    assert not any(unwanted in t for t in texts), texts


def test_refusal_to_agree_to_a_bare_measure_takes_no_bystander_as_target(run_stages: Run) -> None:
    doc, rejects = typed(run_stages, "The junta refused to agree to a pardon, the envoy said.", "REJECT")
    assert rejects, doc.events
    assert not any("envoy" in t for t in target_texts(doc, rejects[0])), target_texts(doc, rejects[0])


def test_threat_to_intervene_in_a_country_targets_that_country(run_stages: Run) -> None:
    """'intervene in X' acts on X (verb_object_preps.tsv): the threat is aimed at X."""
    doc, threats = typed(run_stages, "The president threatened to intervene in Venezuela.", "THREATEN")
    assert threats, doc.events
    assert target_texts(doc, threats[0]) == ["Venezuela"], target_texts(doc, threats[0])


def test_threat_to_act_somewhere_does_not_target_the_place(run_stages: Run) -> None:
    """'speak in X' says where: a place of a verb that does not act on it is no target."""
    doc, threats = typed(run_stages, "The president threatened to speak in Caracas.", "THREATEN")
    for event in threats:
        assert "Caracas" not in target_texts(doc, event), target_texts(doc, event)


@pytest.mark.parametrize(
    ("text", "etype", "country"),
    [
        # the goods' country name or demonym says whose goods the tariffs hit
        ("China said it would impose tariffs on US products.", "THREATEN", "USA"),
        # an amount of goods stands for the goods it measures
        (
            "The government imposed tariffs on tens of billions in Chinese imports on Friday.",
            "SANCTION",
            "CHN",
        ),
        # goods come from a country, the origin hung on the goods or on the verb
        ("Washington imposed tariffs on imports from China.", "SANCTION", "CHN"),
        ("Washington imposed a 25 percent tariff on steel from Canada.", "SANCTION", "CAN"),
    ],
)
def test_act_on_a_countrys_goods_targets_that_country(
    run_stages: Run, text: str, etype: str, country: str
) -> None:
    doc, events = typed(run_stages, text, etype)
    assert events, doc.events
    assert [doc.actors[k].country for k in events[0].target] == [country], target_texts(doc, events[0])


def test_goods_of_no_named_country_give_no_target(run_stages: Run) -> None:
    doc, sanctions = typed(run_stages, "The EU imposed tariffs on steel products on Friday.", "SANCTION")
    assert sanctions, doc.events
    assert sanctions[0].target == [], target_texts(doc, sanctions[0])


def test_opposition_rejecting_a_thing_answers_its_countrys_authority(run_stages: Run) -> None:
    """'rejected the results': no actor is named, the authority that issued them is answered."""
    doc, rejects = typed(
        run_stages,
        "Kenyan President William Ruto declared victory on Tuesday. "
        "Opposition leader Raila Odinga rejected the results on Wednesday.",
        "REJECT",
    )
    assert rejects, doc.events
    assert target_texts(doc, rejects[0]) == ["Kenyan President William Ruto"], target_texts(doc, rejects[0])
    assert "unstated target" in (rejects[0].prov.reason or "")


def test_government_rejecting_a_thing_is_not_aimed_at_its_own_authority(run_stages: Run) -> None:
    doc, rejects = typed(
        run_stages,
        "Kenyan President William Ruto spoke on Tuesday. "
        "The Kenyan government rejected the proposal on Wednesday.",
        "REJECT",
    )
    assert rejects, doc.events
    assert not any("Ruto" in t for t in target_texts(doc, rejects[0])), target_texts(doc, rejects[0])


def test_arrests_naming_no_one_befall_the_crowd_of_the_police_country(run_stages: Run) -> None:
    doc, arrests = typed(
        run_stages,
        "Hundreds of protesters marched in Nairobi on Tuesday. Kenyan police made several arrests.",
        "COERCE",
    )
    assert arrests, doc.events
    assert target_texts(doc, arrests[0]) == ["protesters"], target_texts(doc, arrests[0])


def test_arrests_naming_no_one_never_befall_a_crowd_of_another_country(run_stages: Run) -> None:
    doc, arrests = typed(
        run_stages,
        "Kenyan police made several arrests on Tuesday. Hundreds of Ugandan protesters marched in Kampala.",
        "COERCE",
    )
    assert arrests, doc.events
    assert not any("Ugandan" in t for t in target_texts(doc, arrests[0])), target_texts(doc, arrests[0])


def test_mediated_talks_target_the_parties_between_whom_they_are_held(run_stages: Run) -> None:
    """'talks between X and Y were mediated by Z': Z meets the parties, not the talks."""
    doc, consults = typed(
        run_stages,
        "Peace talks between the Congolese government and the rebels have been mediated by Uganda.",
        "CONSULT",
    )
    mediations = [e for e in consults if [doc.actors[k].text for k in e.source] == ["Uganda"]]
    assert mediations, doc.events
    texts = target_texts(doc, mediations[0])
    assert texts == ["the Congolese government", "the rebels"], texts
    assert not any("talks" in t for t in texts), texts


def test_collective_noun_stands_for_the_people_of_its_of_phrase(run_stages: Run) -> None:
    """'a crew of 25 plotters' (quantity_nouns.tsv): the people arrested are the plotters."""
    doc, arrests = typed(
        run_stages, "German police arrested a motley crew of 25 alleged plotters in Berlin.", "COERCE"
    )
    assert arrests, doc.events
    texts = target_texts(doc, arrests[0])
    assert len(texts) == 1 and "plotters" in texts[0], texts
    assert [doc.actors[k].country for k in arrests[0].target] == ["DEU"], texts


def test_they_after_a_two_party_call_stands_for_both_parties(run_stages: Run) -> None:
    """'They' cannot be the one spokesperson it was resolved to: it counts the parties of the call,
    each the other's partner in the agreement."""
    doc, agreements = typed(
        run_stages,
        "British Prime Minister David Cameron spoke to Iranian President Hassan Rouhani by phone on "
        "Monday, a spokesperson said. They agreed to continue efforts to improve relations.",
        "AGREE",
    )
    assert agreements, doc.events
    sources = {doc.actors[k].country for k in agreements[0].source}
    targets = {doc.actors[k].country for k in agreements[0].target}
    assert sources == targets == {"GBR", "IRN"}, (sources, targets)


def test_they_for_a_plural_group_stays_that_group(run_stages: Run) -> None:
    doc, agreements = typed(
        run_stages,
        "Iranian officials met the French envoy on Monday. They agreed to continue talks.",
        "AGREE",
    )
    assert agreements, doc.events
    assert {doc.actors[k].country for k in agreements[0].source} == {"IRN"}, agreements[0].source


@pytest.mark.parametrize(
    ("text", "mediator"),
    [
        ("Israeli and Hamas negotiators held indirect talks under Egypt's mediation on Monday.", "Egypt"),
        ("Israeli and Hamas negotiators held talks brokered by Qatar on Monday.", "Qatar"),
        ("The two delegations met in Doha under the auspices of Qatar on Monday.", "Qatar"),
    ],
)
def test_mediator_of_talks_is_among_their_targets(run_stages: Run, text: str, mediator: str) -> None:
    """PLOVER codes mediated talks CONSULT, third-party: the parties consult the mediator too
    (mediation.tsv)."""
    doc, consults = typed(run_stages, text, "CONSULT")
    assert consults, doc.events
    assert mediator in target_texts(doc, consults[0]), target_texts(doc, consults[0])
    assert f"third party '{mediator}' mediates" in (consults[0].prov.reason or "")


def test_a_country_pressing_the_parties_is_no_mediator(run_stages: Run) -> None:
    doc, consults = typed(
        run_stages, "Israeli and Hamas negotiators held talks under pressure from Qatar on Monday.", "CONSULT"
    )
    assert consults, doc.events
    assert "Qatar" not in target_texts(doc, consults[0]), target_texts(doc, consults[0])


def test_condemned_act_of_a_relative_clause_targets_its_author_told_later(run_stages: Run) -> None:
    """'condemned the coup that ousted X': the article tells later who ousted X."""
    doc, accusations = typed(
        run_stages,
        "France condemned the coup that ousted President Mohamed Bazoum. "
        "Niger's military junta ousted Bazoum on July 26.",
        "ACCUSE",
    )
    assert accusations, doc.events
    assert target_texts(doc, accusations[0]) == ["Niger's military junta"], target_texts(doc, accusations[0])
    assert "the author of the act it answers" in (accusations[0].prov.reason or "")


def test_condemned_act_whose_author_is_never_told_has_no_target(run_stages: Run) -> None:
    doc, accusations = typed(
        run_stages, "Germany condemned the attack that killed four soldiers in Mali on Sunday.", "ACCUSE"
    )
    assert accusations, doc.events
    assert accusations[0].target == [], target_texts(doc, accusations[0])


def test_withdrawal_from_positions_targets_the_country_they_lie_in(run_stages: Run) -> None:
    doc, retreats = typed(
        run_stages,
        "Israeli troops withdrew on Monday from two hilltop positions near the village of Kfar Kila "
        "in southern Lebanon.",
        "RETREAT",
    )
    assert retreats, doc.events
    assert [doc.actors[k].country for k in retreats[0].target] == ["LBN"], target_texts(doc, retreats[0])


def test_release_of_things_is_not_aimed_at_where_they_are(run_stages: Run) -> None:
    """located_target_types.tsv takes RETREAT for its withdraw mode only."""
    doc, retreats = typed(run_stages, "Hamas released the bodies of two hostages in Gaza.", "RETREAT")
    assert retreats, doc.events
    assert retreats[0].target == [], target_texts(doc, retreats[0])


def test_call_for_the_release_of_people_addresses_whoever_detained_them(run_stages: Run) -> None:
    """'called for the journalists' release': the pattern's own noun names the act asked for, whose
    possessor the earlier detention acted on."""
    doc, requests = typed(
        run_stages,
        "Security services detained eleven journalists in Bamako last month. "
        "The Economic Community of West African States called for the journalists' immediate release.",
        "REQUEST",
    )
    assert requests, doc.events
    assert target_texts(doc, requests[0]) == ["Security services"], target_texts(doc, requests[0])


def test_call_for_a_release_with_no_earlier_detention_has_no_target(run_stages: Run) -> None:
    doc, requests = typed(
        run_stages,
        "The Economic Community of West African States called for the journalists' immediate release.",
        "REQUEST",
    )
    assert requests, doc.events
    assert requests[0].target == [], target_texts(doc, requests[0])


def test_relative_object_stands_for_the_nouns_its_clause_modifies(run_stages: Run) -> None:
    """'… journalists and politicians whom the government accused of spying': 'whom' is both."""
    doc, accusations = typed(
        run_stages,
        "Police in Managua arrested two journalists and three opposition politicians whom the government "
        "accused of spying.",
        "ACCUSE",
    )
    assert accusations, doc.events
    texts = target_texts(doc, accusations[0])
    assert texts == ["two journalists", "three opposition politicians"], texts
    assert "whom" not in texts, texts


def test_the_leaders_of_two_countries_are_one_party_per_country(run_stages: Run) -> None:
    doc, agreed = typed(
        run_stages,
        "The presidents of Venezuela and Colombia have agreed to normalize border relations.",
        "AGREE",
    )
    assert agreed, doc.events
    countries = {doc.actors[k].country for k in agreed[0].source}
    assert countries == {"VEN", "COL"}, doc.events
    assert {doc.actors[k].country for k in agreed[0].target} == {"VEN", "COL"}, doc.events


def test_one_leader_of_a_country_is_one_party(run_stages: Run) -> None:
    doc, met = typed(
        run_stages, "The president of Venezuela met the foreign ministers of Colombia.", "CONSULT"
    )
    assert met, doc.events
    assert [doc.actors[k].country for k in met[0].source] == ["VEN"], doc.events
    assert [doc.actors[k].country for k in met[0].target] == ["COL"], doc.events


@pytest.mark.parametrize(
    ("text", "mediator"),
    [
        ("Sudan and South Sudan held talks under the auspices of the African Union.", "African Union"),
        ("Sudan and South Sudan held talks mediated by Ethiopia in Addis Ababa.", "Ethiopia"),
        ("Sudan and South Sudan held IGAD-brokered talks in Addis Ababa.", "IGAD"),
    ],
)
def test_the_mediator_of_talks_is_their_third_party(run_stages: Run, text: str, mediator: str) -> None:
    doc, talks = typed(run_stages, text, "CONSULT")
    assert talks and talks[0].mode == "third-party", doc.events
    assert any(mediator in t for t in target_texts(doc, talks[0])), doc.events
    assert {doc.actors[k].country for k in talks[0].source} == {"SDN", "SSD"}, doc.events


def test_talks_with_no_mediator_have_no_third_party(run_stages: Run) -> None:
    doc, talks = typed(
        run_stages, "Sudan and South Sudan held talks in Addis Ababa under heavy security.", "CONSULT"
    )
    assert talks and talks[0].mode != "third-party", doc.events


def test_they_of_a_two_party_act_are_the_two_parties_just_named(run_stages: Run) -> None:
    doc, agreed = typed(
        run_stages,
        "Russian President Vladimir Putin and Chinese President Xi Jinping met in Beijing on Tuesday. "
        "They agreed to continue efforts to improve trade.",
        "AGREE",
    )
    assert agreed, doc.events
    assert {doc.actors[k].country for k in agreed[0].source} == {"RUS", "CHN"}, doc.events
    assert {doc.actors[k].country for k in agreed[0].target} == {"RUS", "CHN"}, doc.events


def test_they_of_a_one_sided_act_stay_one_party(run_stages: Run) -> None:
    doc, attacks = typed(
        run_stages,
        "Russian President Vladimir Putin and Chinese President Xi Jinping met in Beijing on Tuesday. "
        "They attacked the rebels in the north.",
        "ASSAULT",
    )
    assert not any(set(a.source) & set(a.target) for a in attacks), doc.events


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("Local officials blamed the attack on the ADF militia.", "ACCUSE", "ADF"),
        ("The protesters demanded answers from the Kenyan government.", "REQUEST", "government"),
        ("Kenya sought help from China after the floods.", "REQUEST", "China"),
    ],
)
def test_a_thing_blamed_on_or_asked_from_a_party_targets_that_party(
    run_stages: Run, text: str, etype: str, target: str
) -> None:
    doc, events = typed(run_stages, text, etype)
    assert events, doc.events
    assert any(target in t for t in target_texts(doc, events[0])), target_texts(doc, events[0])
    assert "acts" in (events[0].prov.reason or "")


def test_blaming_a_party_for_a_thing_still_targets_the_party(run_stages: Run) -> None:
    doc, events = typed(run_stages, "The Kremlin blamed Kyiv for the attack on the bridge.", "ACCUSE")
    assert events, doc.events
    assert target_texts(doc, events[0]) == ["Kyiv"]


def test_a_country_named_as_a_destination_party_keeps_its_country(run_stages: Run) -> None:
    doc, agreements = typed(
        run_stages,
        "Mexico has agreed to extradite to the United States a drug lord wanted for murder.",
        "AGREE",
    )
    assert agreements, doc.events
    assert [(doc.actors[k].text, doc.actors[k].country) for k in agreements[0].target] == [
        ("the United States", "USA")
    ]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The EU has agreed to freeze European assets linked to Putin and Lavrov.", "Putin"),
        ("The US froze assets belonging to the Iranian central bank.", "the Iranian central bank"),
    ],
)
def test_freezing_assets_someone_owns_targets_the_owner(run_stages: Run, text: str, owner: str) -> None:
    doc, sanctions = typed(run_stages, text, "SANCTION")
    assert sanctions, doc.events
    assert owner in target_texts(doc, sanctions[0]), target_texts(doc, sanctions[0])


def test_assets_frozen_with_no_owner_named_have_no_target(run_stages: Run) -> None:
    doc, sanctions = typed(run_stages, "The court froze assets held in three accounts.", "SANCTION")
    assert sanctions, doc.events
    for event in sanctions:
        assert not target_texts(doc, event), target_texts(doc, event)
