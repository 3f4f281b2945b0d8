"""Events in running articles: targets after prepositions, phrases naming a country inside, acts and
groups referred back to, unnamed domestic actors, restated actions and headlines. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from newsevents.model import FACTUAL_MODALITIES, Document, Event

STAGES = ["nlp", "actors", "times", "places", "quotes", "events"]
Run = Callable[..., Document]


def run(run_stages: Run, text: str, **article: object) -> Document:
    doc = run_stages(text, stages=STAGES, **article)
    assert doc.error is None, doc.error
    return doc


def countries(doc: Document, indices: list[int]) -> set[str | None]:
    return {doc.actors[i].country for i in indices}


def of_type(doc: Document, etype: str) -> list[Event]:
    return [e for e in doc.events if e.event_type == etype]


def trigger(doc: Document, event: Event) -> str:
    return doc.text[event.trigger.start : event.trigger.end]


def test_phone_call_target_is_the_with_object_not_the_phone(run_stages: Run) -> None:
    doc = run(run_stages, "The Brazilian foreign minister spoke by phone with his Argentine counterpart.")
    (call,) = of_type(doc, "CONSULT")
    assert countries(doc, call.source) == {"BRA"}
    assert countries(doc, call.target) == {"ARG"}
    assert all("phone" not in doc.actors[k].text for k in call.target)


def test_country_inside_the_phrase_names_the_persons_country(run_stages: Run) -> None:
    doc = run(run_stages, "Prime Minister Ana Ruiz of Chile condemned the decision.")
    (accuse,) = of_type(doc, "ACCUSE")
    assert countries(doc, accuse.source) == {"CHL"}


def test_a_place_inside_the_phrase_gives_no_country(run_stages: Run) -> None:
    doc = run(run_stages, "The negotiators in Geneva agreed on a new timetable.")
    for event in of_type(doc, "AGREE"):
        assert "CHE" not in countries(doc, event.source)


def test_condemning_the_strike_targets_the_striker(run_stages: Run) -> None:
    text = (
        "Turkish jets struck a convoy near Qamishli on Friday, officials said. "
        "The Syrian government condemned the strike on Saturday."
    )
    doc = run(run_stages, text)
    (accuse,) = of_type(doc, "ACCUSE")
    assert countries(doc, accuse.source) == {"SYR"}
    assert countries(doc, accuse.target) == {"TUR"}
    assert "refers to the earlier 'struck'" in (accuse.prov.reason or "")


def test_generic_act_noun_targets_the_latest_act_of_another_party(run_stages: Run) -> None:
    text = "Norway expelled two Iranian diplomats on Monday. Tehran condemned the move."
    doc = run(run_stages, text)
    (accuse,) = [e for e in of_type(doc, "ACCUSE") if trigger(doc, e) == "condemned"]
    assert countries(doc, accuse.target) == {"NOR"}


def test_an_act_noun_with_no_earlier_act_gets_no_target(run_stages: Run) -> None:
    doc = run(run_stages, "Tehran condemned the move on Monday.")
    (accuse,) = of_type(doc, "ACCUSE")
    assert accuse.target == []


def test_an_act_by_the_reacting_party_itself_is_not_the_target(run_stages: Run) -> None:
    text = "Norway expelled two Iranian diplomats on Monday. Oslo defended the move on Tuesday."
    doc = run(run_stages, text)
    for event in doc.events:
        if event.sentence == 1:
            assert "NOR" not in countries(doc, event.target)


def test_the_two_ministers_are_the_parties_of_the_latest_events(run_stages: Run) -> None:
    text = (
        "Argentina's foreign minister met Uruguay's foreign minister in Montevideo on Monday. "
        "The two ministers agreed to reopen the river ferry service."
    )
    doc = run(run_stages, text)
    agree = [e for e in of_type(doc, "AGREE") if e.sentence == 1]
    assert agree
    assert countries(doc, agree[0].source) == {"ARG", "URY"}


def test_they_with_no_group_in_reach_are_the_two_parties_of_the_latest_events(run_stages: Run) -> None:
    text = (
        "Argentine President Mauricio Macri and Uruguayan President Tabare Vazquez met in Montevideo "
        "on Monday. They agreed to continue efforts to improve the relationship."
    )
    doc = run(run_stages, text)
    agree = [e for e in of_type(doc, "AGREE") if e.sentence == 1]
    assert agree
    assert countries(doc, agree[0].source) == {"ARG", "URY"}
    # agreeing with each other: each party is the other's target
    assert countries(doc, agree[0].target) == {"ARG", "URY"}


def test_they_after_a_plural_group_stays_that_group(run_stages: Run) -> None:
    text = (
        "Argentina's foreign minister met Uruguay's foreign minister in Montevideo on Monday. "
        "Hundreds of protesters gathered outside. They demanded the release of detained activists."
    )
    doc = run(run_stages, text)
    for event in of_type(doc, "REQUEST"):
        assert "ARG" not in countries(doc, event.source), event


def test_both_sides_as_an_object_is_left_unresolved(run_stages: Run) -> None:
    text = (
        "Argentina's foreign minister met Uruguay's foreign minister in Montevideo on Monday. "
        "The Pope called on both sides to compromise."
    )
    doc = run(run_stages, text)
    for event in of_type(doc, "REQUEST"):
        assert not countries(doc, event.target) & {"ARG", "URY"}


def test_unnamed_domestic_actors_take_the_country_of_the_scene(run_stages: Run) -> None:
    doc = run(run_stages, "Police detained thirty protesters in Lahore on Friday.")
    (arrest,) = of_type(doc, "COERCE")
    assert countries(doc, arrest.source) == {"PAK"}
    assert countries(doc, arrest.target) == {"PAK"}
    assert "placed in PAK" in doc.actors[arrest.source[0]].prov.reason


def test_places_tied_between_countries_are_decided_by_the_country_the_article_names_most(
    run_stages: Run,
) -> None:
    tied = (
        "Dutch prosecutors charged a former minister in Rotterdam on Monday. "
        "The Dutch government called an emergency meeting. "
        "Two bankers were held in Belgium. "
        "Authorities accused the suspects of fraud."
    )
    doc = run(run_stages, tied)
    (accuse,) = [e for e in of_type(doc, "ACCUSE") if doc.actors[e.source[0]].text == "Authorities"]
    assert countries(doc, accuse.source) == {"NLD"}
    assert "names most" in (doc.actors[accuse.source[0]].prov.reason or "")
    # places tied and no country named more: the article has no main country
    even = run(
        run_stages, tied.replace("Dutch prosecutors", "Prosecutors").replace("Dutch government", "cabinet")
    )
    (unplaced,) = [e for e in of_type(even, "ACCUSE") if even.actors[e.source[0]].text == "Authorities"]
    assert countries(even, unplaced.source) == {None}


def test_an_unknown_person_is_a_national_of_the_country_named_most_when_places_tie(run_stages: Run) -> None:
    text = (
        "Dutch police raided a warehouse in Rotterdam on Monday. "
        "The Dutch government called an emergency meeting. "
        "Two bankers were held in Belgium. "
        "Pieter Vandermolen attacked a guard, police said."
    )
    doc = run(run_stages, text)
    (attack,) = of_type(doc, "ASSAULT")
    assert countries(doc, attack.source) == {"NLD"}
    assert "home country NLD" in (doc.actors[attack.source[0]].prov.reason or "")
    # named only once beside the tied places: too little to make the article's home
    once = run(run_stages, text.replace("The Dutch government", "The cabinet"))
    (alone,) = of_type(once, "ASSAULT")
    assert countries(once, alone.source) == {None}


def test_a_capitalised_institution_of_the_role_dictionary_takes_the_country_of_the_scene(
    run_stages: Run,
) -> None:
    doc = run(run_stages, "The Supreme Court ordered the arrest of two ministers in Lahore on Friday.")
    (order,) = [e for e in doc.events if doc.actors[e.source[0]].text.endswith("Supreme Court")]
    assert countries(doc, order.source) == {"PAK"}
    assert "placed in PAK" in (doc.actors[order.source[0]].prov.reason or "")
    outside = run(run_stages, "Human Rights Watch criticised the arrests in Lahore on Friday.")
    for event in outside.events:  # a named organisation the dictionary lacks is not placed
        assert "PAK" not in countries(outside, event.source)


def test_named_people_do_not_take_the_country_of_the_scene(run_stages: Run) -> None:
    doc = run(run_stages, "Maria Delgado criticised the ministry in Lahore on Friday.")
    for event in doc.events:
        assert "PAK" not in countries(doc, event.source)


def test_a_sentence_with_places_in_two_countries_places_no_one(run_stages: Run) -> None:
    doc = run(run_stages, "Police detained thirty protesters who had travelled from Lahore to Delhi.")
    for event in of_type(doc, "COERCE"):
        assert countries(doc, event.source) == {None}


def test_a_restating_clause_is_folded_into_its_event(run_stages: Run) -> None:
    doc = run(
        run_stages, "Government forces shelled the village of Kafr Nabl on Monday, killing twelve people."
    )
    assaults = [e for e in of_type(doc, "ASSAULT") if e.modality in FACTUAL_MODALITIES]
    assert len(assaults) == 1
    assert trigger(doc, assaults[0]) == "shelled"


def test_two_attackers_stay_two_events(run_stages: Run) -> None:
    doc = run(run_stages, "Russian forces shelled Kherson on Monday, and Ukrainian forces attacked Belgorod.")
    assert len(of_type(doc, "ASSAULT")) == 2


def test_a_purpose_clause_restates_the_protest(run_stages: Run) -> None:
    text = "Thousands of nurses and teachers marched through central Nairobi to protest against pay cuts."
    doc = run(run_stages, text)
    protests = of_type(doc, "PROTEST")
    assert len(protests) == 1
    assert protests[0].source


def test_a_pledge_clause_under_a_signing_is_the_signed_deal(run_stages: Run) -> None:
    text = (
        "The Sudanese army and the rebels signed a truce on Friday, pledging to halt fighting within a week."
    )
    doc = run(run_stages, text)
    (deal,) = of_type(doc, "SUPPORT")
    assert not [e for e in of_type(doc, "AGREE") if e.modality in FACTUAL_MODALITIES]
    assert "restated as AGREE" in (deal.prov.reason or "")


def test_a_demand_of_a_march_is_the_protest(run_stages: Run) -> None:
    text = "Thousands of farmers marched in Nairobi on Monday to demand the minister's resignation."
    doc = run(run_stages, text)
    assert len(of_type(doc, "PROTEST")) == 1
    assert not of_type(doc, "REQUEST")


def test_a_pledge_by_another_party_stays_its_own_event(run_stages: Run) -> None:
    text = "The Sudanese army signed the truce on Friday, and the rebels pledged to free all prisoners."
    doc = run(run_stages, text)
    assert of_type(doc, "SUPPORT")
    assert [e for e in doc.events if trigger(doc, e).startswith("pledged")]


def test_a_dateline_is_no_antecedent_of_they(run_stages: Run) -> None:
    text = (
        "LAGOS, May 2 (newswire) — Thousands of market traders marched on Friday "
        "against new levies they blame on the state government."
    )
    doc = run(run_stages, text)
    for event in doc.events:
        assert all("LAGOS" not in doc.actors[k].text for k in event.source)


def test_a_withdrawal_targets_the_country_it_leaves(run_stages: Run) -> None:
    doc = run(run_stages, "The last Chadian soldiers left the northern city of Gao on Saturday.")
    (retreat,) = of_type(doc, "RETREAT")
    assert countries(doc, retreat.target) == {"MLI"}
    doc = run(run_stages, "French troops withdrew from Mali in 2022.")
    (retreat,) = of_type(doc, "RETREAT")
    assert countries(doc, retreat.target) == {"MLI"}


HEADLINE = "Jordan expels Syrian diplomat over border shooting"
BODY = "AMMAN, March 4 (newswire) — Jordan expelled a Syrian diplomat on Tuesday after a border shooting."


def test_a_headline_that_repeats_the_lead_gives_no_second_event(run_stages: Run) -> None:
    text = f"{HEADLINE}\n\n{BODY}"
    doc = run(run_stages, text, title=HEADLINE, published=dt.date(2026, 3, 4))
    expels = of_type(doc, "SANCTION")
    assert len(expels) == 1
    assert expels[0].sentence > 0


def test_a_headline_after_a_section_name_and_repeated_gives_no_second_event(run_stages: Run) -> None:
    text = f"World news\n\n{HEADLINE}\nShare this\n\n{HEADLINE}\n\n{BODY}"
    doc = run(run_stages, text, title=HEADLINE, published=dt.date(2026, 3, 4))
    (expel,) = of_type(doc, "SANCTION")
    assert trigger(doc, expel).startswith("expelled")
    assert len(expel.mentions) == 2


TRUCE_TITLE = "Sudanese army and rebels sign truce in Juba"
TRUCE_BODY = "JUBA, May 2 — The Sudanese army and the rebels agreed on a truce on Friday, mediators said."


def test_a_headline_coded_under_a_kindred_type_becomes_a_mention_of_the_lede(run_stages: Run) -> None:
    doc = run(run_stages, f"{TRUCE_TITLE}\n\n{TRUCE_BODY}", title=TRUCE_TITLE, published=dt.date(2026, 5, 3))
    assert not [e for e in doc.events if e.sentence == 0]
    (deal,) = [e for e in doc.events if e.event_type in ("AGREE", "SUPPORT")]
    assert trigger(doc, deal) == "agreed on"
    assert deal.mentions and deal.mentions[0].sentence == 0
    assert "told as SUPPORT in the headline" in (deal.prov.reason or "")


def test_a_headline_event_of_an_unrelated_type_stays(run_stages: Run) -> None:
    title = "Jordan protests to Syria over border shooting"
    doc = run(run_stages, f"{title}\n\n{BODY}", title=title, published=dt.date(2026, 3, 4))
    assert [e for e in doc.events if e.sentence == 0]
    assert len(of_type(doc, "SANCTION")) == 1


def test_a_headline_is_kept_without_a_title(run_stages: Run) -> None:
    text = f"{HEADLINE}\n\n{BODY}"
    doc = run(run_stages, text, published=dt.date(2026, 3, 4))
    assert len(of_type(doc, "SANCTION")) == 2


def test_a_subjects_preposition_is_not_part_of_the_verb_pattern(run_stages: Run) -> None:
    text = "The Commission on Press Freedom called on Belarus to free the detained reporters."
    doc = run(run_stages, text)
    (request,) = of_type(doc, "REQUEST")
    assert trigger(doc, request) == "called on"
    assert countries(doc, request.target) == {"BLR"}


def test_the_one_called_on_controls_the_requested_action_which_is_not_a_fact(run_stages: Run) -> None:
    doc = run(run_stages, "Amnesty International called on Belarus to release the detained reporters.")
    (release,) = [e for e in doc.events if trigger(doc, e) == "release"]
    assert countries(doc, release.source) == {"BLR"}
    assert release.modality not in FACTUAL_MODALITIES


def test_a_call_on_a_weekday_is_no_request_cue(run_stages: Run) -> None:
    text = "President Lula called the Chilean president on Friday to congratulate him on his victory."
    doc = run(run_stages, text)
    (call,) = of_type(doc, "CONSULT")
    assert call.modality in FACTUAL_MODALITIES
    for event in of_type(doc, "SUPPORT"):
        assert event.modality_cue != "call"


def test_announcing_a_truce_is_a_concession(run_stages: Run) -> None:
    doc = run(run_stages, "The rebels announced a three-day truce on Sunday.")
    assert [e.event_type for e in doc.events if e.modality in FACTUAL_MODALITIES] == ["CONCEDE"]


def test_coordinated_country_modifiers_make_one_actor_per_country(run_stages: Run) -> None:
    text = "The Indonesian and Malaysian navies began a joint patrol in the Strait of Malacca on Monday."
    doc = run(run_stages, text)
    (patrol,) = of_type(doc, "COOPERATE")
    assert countries(doc, patrol.source) == {"IDN", "MYS"}
    assert countries(doc, patrol.target) == {"IDN", "MYS"}


def test_a_single_country_modifier_makes_one_actor(run_stages: Run) -> None:
    doc = run(run_stages, "Malaysian troops withdrew from the border town on Monday.")
    (retreat,) = of_type(doc, "RETREAT")
    assert countries(doc, retreat.source) == {"MYS"}
    assert len(retreat.source) == 1


def test_a_thing_attacked_stands_for_the_country_it_lies_in(run_stages: Run) -> None:
    doc = run(run_stages, "A Turkish drone struck a truck on the road outside Qamishli, Syria on Sunday.")
    (strike,) = of_type(doc, "ASSAULT")
    assert countries(doc, strike.source) == {"TUR"}
    assert countries(doc, strike.target) == {"SYR"}


def test_a_thing_attacked_in_two_countries_gets_no_country(run_stages: Run) -> None:
    text = "A drone struck a truck on the road between Qamishli, Syria and Nusaybin, Turkey on Sunday."
    doc = run(run_stages, text)
    for strike in of_type(doc, "ASSAULT"):
        assert countries(doc, strike.target) <= {None}


def test_a_pledged_sum_helps_the_purpose_clauses_beneficiary(run_stages: Run) -> None:
    text = "Norway pledged $25 million to help the Somali government pay its soldiers."
    doc = run(run_stages, text)
    (pledge,) = of_type(doc, "AGREE")
    assert countries(doc, pledge.target) == {"SOM"}


def test_a_counted_object_is_kept_as_the_target(run_stages: Run) -> None:
    doc = run(run_stages, "Armenian police detained dozens of demonstrators in Yerevan on Monday.")
    (arrest,) = of_type(doc, "COERCE")
    assert arrest.target


def test_a_surname_refers_back_to_the_person_named_in_full(run_stages: Run) -> None:
    text = (
        "President Lula spoke by phone with Colombian Foreign Minister Laura Restrepo Díaz. "
        "He thanked Foreign Minister Restrepo for the extradition of two suspects."
    )
    doc = run(run_stages, text)
    (thanks,) = of_type(doc, "SUPPORT")
    assert countries(doc, thanks.target) == {"COL"}
    assert "refers back to" in (doc.actors[thanks.target[0]].prov.reason or "")


def test_a_surname_named_only_later_is_not_borrowed(run_stages: Run) -> None:
    text = (
        "Foreign Minister Restrepo criticised the decision on Monday. "
        "Colombian Foreign Minister Laura Restrepo Díaz travelled to Quito on Tuesday."
    )
    doc = run(run_stages, text)
    for event in doc.events:
        if event.sentence == 0:
            assert countries(doc, event.source) == {None}


def test_a_demand_for_someones_release_addresses_who_holds_them(run_stages: Run) -> None:
    text = (
        "Iranian police arrested three German tourists near Tabriz on Sunday. "
        "Berlin demanded the tourists' immediate release."
    )
    doc = run(run_stages, text)
    (demand,) = [e for e in of_type(doc, "REQUEST") if e.sentence == 1]
    assert countries(doc, demand.source) == {"DEU"}
    assert countries(doc, demand.target) == {"IRN"}


def test_a_release_demand_for_people_nobody_acted_on_has_no_target(run_stages: Run) -> None:
    text = (
        "Iranian police arrested three German tourists near Tabriz on Sunday. "
        "Berlin demanded the journalists' immediate release."
    )
    doc = run(run_stages, text)
    for demand in of_type(doc, "REQUEST"):
        assert "IRN" not in countries(doc, demand.target)


def test_a_phrase_naming_its_own_country_is_not_placed_by_the_scene(run_stages: Run) -> None:
    text = "The Peruvian embassy in Madrid said it had requested access to the detained sailors."
    doc = run(run_stages, text)
    (request,) = of_type(doc, "REQUEST")
    assert countries(doc, request.source) == {"PER"}


def test_an_event_noun_without_an_act_of_its_kind_refers_to_the_nearest_act(run_stages: Run) -> None:
    text = (
        "Georgian police detained two Armenian lorry drivers at the border on Monday. "
        "Yerevan rejected the charges on Tuesday."
    )
    doc = run(run_stages, text)
    (reject,) = of_type(doc, "REJECT")
    assert countries(doc, reject.source) == {"ARM"}
    assert countries(doc, reject.target) == {"GEO"}


def test_other_stories_listed_after_related_give_no_event(run_stages: Run) -> None:
    text = (
        "Police arrested 12 protesters in Lagos on Friday.\n\n"
        "Related Stories\n"
        "Army Chief Meets Rebel Leaders in Capital\n"
    )
    doc = run(run_stages, text)
    assert of_type(doc, "COERCE")
    assert not of_type(doc, "CONSULT")


def test_a_captioned_photo_gives_no_event(run_stages: Run) -> None:
    text = (
        "Soldiers clash with protesters outside the palace [John Doe/Reuters]\n\n"
        "Protesters demanded the release of the jailed activist on Sunday.\n"
    )
    doc = run(run_stages, text)
    assert of_type(doc, "REQUEST")
    assert not of_type(doc, "ASSAULT") and not of_type(doc, "FIGHT")


def test_headlines_of_other_stories_between_paragraphs_give_no_event(run_stages: Run) -> None:
    text = (
        "Police arrested 12 protesters in Lagos on Friday after the march turned violent.\n\n"
        "Army chief meets rebel leaders in capital\n\n"
        "Opposition leader denies talks with government\n\n"
        "The march had not been authorised by the city council, officials said.\n"
    )
    doc = run(run_stages, text)
    assert of_type(doc, "COERCE")
    assert not of_type(doc, "CONSULT") and not of_type(doc, "REJECT")


def test_a_captions_event_the_body_tells_becomes_its_mention(run_stages: Run) -> None:
    text = (
        "Kenyan police detain an opposition leader in Nairobi on Tuesday. Jane Roe /AFP\n\n"
        "Kenyan police detained opposition leader John Doe in Nairobi on Tuesday, his party said.\n"
    )
    doc = run(run_stages, text)
    (arrest,) = of_type(doc, "COERCE")
    assert doc.sentences[arrest.sentence].start > text.index("AFP")
    assert [m.sentence for m in arrest.mentions] == [0]
    assert "also told in a photo caption" in (arrest.prov.reason or "")


def test_an_act_under_a_preposition_is_a_circumstance_not_an_event(run_stages: Run) -> None:
    doc = run(run_stages, "Police in Kenya arrested five men suspected of supplying weapons to the rebels.")
    assert of_type(doc, "COERCE")
    assert not of_type(doc, "AID")
    doc = run(run_stages, "Protesters marched on the capital despite being warned by the army.")
    assert of_type(doc, "PROTEST")
    assert not of_type(doc, "THREATEN")


def test_an_act_after_a_preposition_of_time_stays_an_event(run_stages: Run) -> None:
    doc = run(run_stages, "Rebel fighters freed 20 prisoners after storming the jail in Goma on Monday.")
    assert [trigger(doc, e) for e in of_type(doc, "ASSAULT")] == ["storming"]


def test_a_participle_describing_a_noun_is_no_event(run_stages: Run) -> None:
    doc = run(run_stages, "The rebels have since waged an insurgency targeting army posts and peacekeepers.")
    assert not [e for e in doc.events if trigger(doc, e) == "targeting"]
    doc = run(run_stages, "The police raid involved 400 officers raiding 60 homes in the north.")
    assert not [e for e in doc.events if trigger(doc, e) == "raiding"]


def test_a_participle_telling_what_befell_people_or_what_a_decision_does_stays_an_event(
    run_stages: Run,
) -> None:
    doc = run(run_stages, "Lawyers visited two journalists detained in Goma last week.")
    assert [trigger(doc, e) for e in of_type(doc, "COERCE")] == ["detained"]
    doc = run(run_stages, "The council adopted a decision granting aid to Chad.")
    assert of_type(doc, "AID")


def test_a_present_tense_relative_clause_describes_its_noun_and_is_no_event(run_stages: Run) -> None:
    doc = run(run_stages, "The army said it arrested several men who supply weapons to the militants.")
    assert of_type(doc, "COERCE")
    assert not of_type(doc, "AID")


def test_a_dated_or_past_relative_clause_stays_an_event(run_stages: Run) -> None:
    doc = run(run_stages, "The army arrested men who supplied weapons to the militants last year.")
    assert [trigger(doc, e) for e in of_type(doc, "AID")] == ["supplied"]


def test_a_fact_with_no_agent_anywhere_is_not_coded(run_stages: Run) -> None:
    doc = run(run_stages, "Services were suspended at the central station on Monday.")
    assert not of_type(doc, "SANCTION")
    doc = run(run_stages, "Rail services were suspended by the government on Monday.")
    assert of_type(doc, "SANCTION")


def test_violence_with_no_agent_named_is_still_coded(run_stages: Run) -> None:
    doc = run(run_stages, "Two people were killed in Harare on Monday.")
    (killed,) = of_type(doc, "ASSAULT")
    assert not killed.source


def test_his_counterpart_is_not_of_the_possessors_country(run_stages: Run) -> None:
    text = (
        "Pakistani Foreign Minister Shah Mehmood Qureshi arrived in Kabul on Monday. "
        "He held talks with his counterpart FM Salahuddin Rabbani."
    )
    doc = run(run_stages, text)
    talks = [e for e in of_type(doc, "CONSULT") if e.sentence == 1]
    assert talks
    assert "PAK" not in countries(doc, talks[0].target), [doc.actors[k].text for k in talks[0].target]


def test_his_chinese_counterpart_is_chinese(run_stages: Run) -> None:
    doc = run(run_stages, "Foreign Minister Shah Mehmood Qureshi met with his Chinese counterpart Wang Yi.")
    talks = of_type(doc, "CONSULT")
    assert talks
    assert countries(doc, talks[0].target) == {"CHN"}


def merged(run_stages: Run, text: str) -> Document:
    """Through the whole pipeline: acts with no counterpart are left out once mentions are merged."""
    doc = run_stages(text)
    assert doc.error is None, doc.error
    return doc


#: Three sentences before the one tested make a text longer than a brief.
STORY = (
    "Kenyan police arrested two opposition activists in Mombasa on Monday. "
    "The two men were taken to a police station in the city. "
    "Their lawyers said they had not been charged. "
)


def test_a_relational_act_with_no_counterpart_in_an_article_is_not_kept(run_stages: Run) -> None:
    doc = merged(run_stages, f"{STORY}Rights groups dispute this account.")
    assert not of_type(doc, "REJECT")
    doc = merged(run_stages, f"{STORY}Opposition leaders warned of another wave of arrests.")
    assert not of_type(doc, "THREATEN")
    doc = merged(run_stages, f"{STORY}Kenya later rejected a request from Somalia.")
    (rejected,) = of_type(doc, "REJECT")
    assert countries(doc, rejected.target) == {"SOM"}


def test_a_raid_of_nothing_named_in_an_article_is_not_kept(run_stages: Run) -> None:
    text = (
        "The interior minister spoke to reporters in Berlin on Wednesday. "
        "She said the investigation would take months. "
        "Prosecutors gave no further details. "
        "Thousands of police carried out raids across Germany on Wednesday."
    )
    doc = merged(run_stages, text)
    assert not [e for e in of_type(doc, "COERCE") if e.mode == "seize"]


def test_a_raid_on_a_place_and_a_seizure_of_control_are_kept_without_a_named_party(run_stages: Run) -> None:
    doc = merged(
        run_stages, f"{STORY}Police raided the offices of the opposition party in Nairobi on Wednesday."
    )
    assert [e for e in of_type(doc, "COERCE") if e.mode == "seize"]
    doc = merged(
        run_stages, f"{STORY}The military group which seized control said the president was unharmed."
    )
    assert [e for e in of_type(doc, "COERCE") if e.mode == "seize"]


def test_a_relational_act_in_a_brief_is_the_news_even_with_no_counterpart(run_stages: Run) -> None:
    for text in (
        "Rights groups dispute this account.",
        "Opposition leaders warned of another wave of arrests.",
    ):
        (act,) = [e for e in merged(run_stages, text).events if e.event_type in ("REJECT", "THREATEN")]
        assert not act.target
    doc = merged(run_stages, "Lima, March 3 (XNA)-- Rights groups dispute this account.")
    assert of_type(doc, "REJECT")


def test_a_restatement_with_no_counterpart_is_kept_as_a_mention(run_stages: Run) -> None:
    """'Moscow agreed to the exchange' names no counterpart, but it tells again the lede's agreement:
    it is merged into it before acts with no counterpart are left out."""
    text = (
        "Russia and Ukraine agreed on a prisoner exchange in Istanbul on Tuesday. "
        "Moscow agreed to the exchange after long talks, the Kremlin said. "
        "The exchange is to take place next week. "
        "Hundreds of prisoners are held on each side."
    )
    (agreed,) = of_type(merged(run_stages, text), "AGREE")
    assert [m.sentence for m in agreed.mentions] == [1]


def test_two_parties_told_as_one_group_are_each_others_counterpart(run_stages: Run) -> None:
    text = (
        "Serbian and Kosovar negotiators met in Brussels on Monday. "
        "The two sides agreed to resume talks on vehicle licence plates."
    )
    doc = run(run_stages, text)
    (agreed,) = [e for e in of_type(doc, "AGREE") if trigger(doc, e) == "agreed"]
    assert agreed.target
    assert set(agreed.target) == set(agreed.source)


def test_a_standing_state_is_no_event_the_act_that_began_it_is(run_stages: Run) -> None:
    doc = run(run_stages, "The country already maintains extensive sanctions against Iran.")
    assert not of_type(doc, "SANCTION")
    doc = run(run_stages, "The United States imposed new sanctions against Iran on Friday.")
    (imposed,) = of_type(doc, "SANCTION")
    assert countries(doc, imposed.target) == {"IRN"}


def test_a_pattern_told_with_an_adverb_of_frequency_is_no_event(run_stages: Run) -> None:
    doc = run(
        run_stages, "Local committees in El-Fasher have repeatedly accused the RSF of shelling the city."
    )
    assert not of_type(doc, "ACCUSE")
    doc = run(run_stages, "Police routinely detain critics of the government in Minsk.")
    assert not of_type(doc, "COERCE")
    doc = run(run_stages, "Local committees in El-Fasher accused the RSF of shelling the city on Monday.")
    assert of_type(doc, "ACCUSE")


def timed(run_stages: Run, text: str) -> Document:
    doc = run_stages(text, stages=STAGES, published=dt.date(2021, 3, 10))
    assert doc.error is None, doc.error
    return doc


def test_a_war_fought_since_long_ago_is_a_standing_state_not_an_event(run_stages: Run) -> None:
    assert not of_type(timed(run_stages, "The rebel group has been fighting the army since 1994."), "ASSAULT")
    doc = timed(run_stages, "The militia has battled government troops over the last six years.")
    assert not of_type(doc, "ASSAULT")
    doc = timed(run_stages, "The two armies have fought a war since June 2019 that has killed 3,000 people.")
    assert not of_type(doc, "ASSAULT")
    text = "Amina Bello said she had taken to the streets since the protests began in November 2020."
    doc = timed(run_stages, text)
    assert not of_type(doc, "PROTEST")
    # a stretch of recent days is the news itself
    doc = timed(run_stages, "Rebels have been attacking army posts since Friday.")
    assert of_type(doc, "ASSAULT")
    doc = timed(run_stages, "Students have marched in the capital since the verdict was read on Monday.")
    assert of_type(doc, "PROTEST")


def test_a_campaign_verb_in_the_present_with_no_day_is_background(run_stages: Run) -> None:
    doc = timed(run_stages, "The insurgents are fighting the central government in a bid to seize power.")
    assert not of_type(doc, "ASSAULT")
    doc = timed(run_stages, "Government troops were fighting the insurgents near Kidal on Sunday.")
    assert of_type(doc, "ASSAULT")


def test_a_rising_rate_of_acts_is_a_trend_not_an_event(run_stages: Run) -> None:
    doc = timed(run_stages, "The rebel group has stepped up attacks against army convoys.")
    assert not of_type(doc, "ASSAULT")
    doc = timed(run_stages, "The army stepped up air strikes on rebel positions on Monday.")
    assert of_type(doc, "ASSAULT")


def test_troops_told_as_deployed_in_the_present_are_a_posture_not_a_deployment(run_stages: Run) -> None:
    doc = timed(run_stages, "About 3,000 Italian troops are deployed across the region.")
    assert not of_type(doc, "MOBILIZE")
    doc = timed(run_stages, "Italy deployed 3,000 troops across the region on Tuesday.")
    assert of_type(doc, "MOBILIZE")
    # an allegation told in the present passive still is one
    doc = timed(run_stages, "The suspects are accused by prosecutors of plotting a coup.")
    assert of_type(doc, "ACCUSE")


def test_protesters_who_gathered_protested(run_stages: Run) -> None:
    doc = timed(run_stages, "Police arrested dozens of protesters who gathered outside parliament in Lagos.")
    (protest,) = of_type(doc, "PROTEST")
    assert "protesters" in {doc.actors[k].text for k in protest.source}


def test_an_estimated_crowd_is_a_fact_and_only_its_size_is_estimated(run_stages: Run) -> None:
    doc = timed(run_stages, "Organisers estimated that 20,000 people marched through Lagos on Saturday.")
    (protest,) = of_type(doc, "PROTEST")
    assert protest.modality in FACTUAL_MODALITIES
    # a bare number gathering is a crowd of people, the protest's source
    text = "Organisers estimated that 40,000 had gathered in Lagos to protest against the law."
    doc = timed(run_stages, text)
    (protest,) = of_type(doc, "PROTEST")
    assert protest.modality in FACTUAL_MODALITIES and protest.source
    # an estimate of anything but a count still hedges what it governs
    doc = timed(run_stages, "Analysts estimate that Nigerian troops shelled the town.")
    assert all(e.modality == "hedged" for e in of_type(doc, "ASSAULT"))


def test_tear_gas_fired_at_protesters_tells_their_protest(run_stages: Run) -> None:
    doc = timed(run_stages, "Nigerian police fired tear gas at protesters in Lagos on Monday.")
    (protest,) = of_type(doc, "PROTEST")
    assert countries(doc, protest.source) == {"NGA"}
    assert "implied" in (protest.prov.reason or "")
    # a protest the sentence tells itself is not told twice
    doc = timed(run_stages, "Nigerian police fired tear gas on Monday as protesters marched in Lagos.")
    assert len(of_type(doc, "PROTEST")) == 1
    # a crowd not named for what it does tells no protest
    doc = timed(run_stages, "Nigerian police fired tear gas at a crowd of fans outside the stadium in Lagos.")
    assert not of_type(doc, "PROTEST")
