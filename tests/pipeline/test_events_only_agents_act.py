"""Only agents act: outlets, datelines, acts, documents, pictures, goods, places and time phrases are
never the source of an event; the agent they stand for takes their place when the text names it,
else the role stays empty. Must and must-not cases, in short sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from newsevents.model import Document, Event

STAGES = ["nlp", "actors", "times", "places", "quotes", "events"]
Run = Callable[..., Document]


def coded(run_stages: Run, text: str, **article: str) -> Document:
    doc = run_stages(text, stages=STAGES, **article)
    assert doc.error is None, doc.error
    return doc


def sources(doc: Document, event: Event) -> list[str]:
    return [doc.actors[k].text for k in event.source]


def source_countries(doc: Document, event: Event) -> set[str | None]:
    return {doc.actors[k].country for k in event.source}


def all_sources(doc: Document) -> list[str]:
    return [t for e in doc.events for t in sources(doc, e)]


def of_type(doc: Document, etype: str) -> list[Event]:
    return [e for e in doc.events if e.event_type == etype]


# ------------------------------------------------------------------ documents, pictures, goods


def test_a_press_release_urging_is_its_issuer_urging(run_stages: Run) -> None:
    doc = coded(
        run_stages, "On Sunday the city government issued a press release urging residents to stay home."
    )
    requests = of_type(doc, "REQUEST")
    assert requests, doc.events
    texts = sources(doc, requests[0])
    assert any("government" in t for t in texts), texts
    assert not any("release" in t for t in all_sources(doc)), all_sources(doc)


def test_a_ruling_stands_for_the_court_that_made_it(run_stages: Run) -> None:
    doc = coded(run_stages, "A Supreme Court ruling ordered the government to free four jailed reporters.")
    texts = all_sources(doc)
    assert texts and any("Supreme Court" in t for t in texts), doc.events
    assert not any("ruling" in t for t in texts), texts


def test_a_document_signed_by_parties_targets_the_signatories(run_stages: Run) -> None:
    doc = coded(run_stages, "The rebel alliance refused to sign a document drafted by the Malian government.")
    targets = [doc.actors[k].text for e in doc.events for k in e.target]
    assert not any("document" in t for t in targets), targets
    assert any("government" in t for t in targets), doc.events


def test_footage_that_shows_arrests_arrests_no_one(run_stages: Run) -> None:
    doc = coded(
        run_stages, "Footage posted by the opposition party showed arrests of dozens of its supporters."
    )
    texts = all_sources(doc)
    assert not any("Footage" in t or "party" in t for t in texts), texts


def test_goods_are_never_a_source(run_stages: Run) -> None:
    doc = coded(
        run_stages, "About 300 goods targeted by the new tariffs were attacked by the lobby in Congress."
    )
    assert not any("goods" in t for t in all_sources(doc)), all_sources(doc)


# ------------------------------------------------------------------ acts and weapons


def test_the_strike_stands_for_whoever_struck_before(run_stages: Run) -> None:
    text = (
        "Government warplanes bombed a market in the north of the country on Monday. "
        "The first strike killed four civilians, residents said."
    )
    doc = coded(run_stages, text)
    kills = [e for e in of_type(doc, "ASSAULT") if doc.text[e.trigger.start : e.trigger.end] == "killed"]
    assert kills, doc.events
    texts = sources(doc, kills[0])
    assert not any("strike" in t for t in texts), texts
    assert texts and any("warplanes" in t for t in texts), texts


def test_a_gerund_act_is_no_source(run_stages: Run) -> None:
    doc = coded(run_stages, "Shelling of the camp killed 23 people as an aid convoy arrived.")
    assert not any("Shelling" in t for t in all_sources(doc)), all_sources(doc)


def test_an_act_no_one_did_before_leaves_the_source_empty(run_stages: Run) -> None:
    doc = coded(run_stages, "The first strike killed four civilians in the village.")
    assaults = of_type(doc, "ASSAULT")
    assert assaults, doc.events
    assert all(not any("strike" in t for t in sources(doc, e)) for e in assaults), doc.events


def test_new_sanctions_are_not_the_attacker(run_stages: Run) -> None:
    text = (
        "Washington imposed sanctions on three Iranian banks on Friday. "
        "The new sanctions also targeted two traders."
    )
    doc = coded(run_stages, text)
    assert not any("sanctions" in t for t in all_sources(doc)), all_sources(doc)


def test_an_act_is_no_antecedent_of_a_pronoun(run_stages: Run) -> None:
    text = "The sanctions followed a crackdown on people protesting against its rule."
    doc = coded(run_stages, text)
    everyone = [doc.actors[k].text for e in doc.events for k in (*e.source, *e.target)]
    assert not any("sanctions" in t for t in everyone), everyone


# ------------------------------------------------------------------ states described, names


def test_a_described_state_is_the_article_country_not_a_demonym_in_a_sea_name(run_stages: Run) -> None:
    text = (
        "MALE, Maldives – Police arrested 25 protesters in Male on Friday.\n"
        "The tiny Indian Ocean archipelago imposed a state of emergency on Feb. 5, officials in Male said."
    )
    doc = coded(run_stages, text, published="2018-02-19")
    countries = {c for e in doc.events for c in source_countries(doc, e)}
    assert "IND" not in countries, doc.events
    emergency = [e for e in doc.events if "archipelago" in " ".join(sources(doc, e))]
    assert emergency and source_countries(doc, emergency[0]) == {"MDV"}, doc.events


def test_a_capitalised_name_ending_in_an_act_word_is_an_agent(run_stages: Run) -> None:
    doc = coded(
        run_stages, "Mercy Relief Aid, a charity, delivered food to flood victims in Sindh on Monday."
    )
    texts = all_sources(doc)
    assert any("Mercy Relief Aid" in t for t in texts), doc.events


# ------------------------------------------------------------------ datelines and agency tags


def test_a_dateline_before_a_colon_is_no_speaker(run_stages: Run) -> None:
    doc = coded(run_stages, "CAIRO: Egypt's foreign minister met his Sudanese counterpart on Monday.")
    meetings = of_type(doc, "CONSULT")
    assert meetings, doc.events
    assert meetings[0].attributed_source is None and meetings[0].modality == "asserted", meetings[0]


def test_a_line_opening_speaker_label_still_reports(run_stages: Run) -> None:
    doc = coded(run_stages, "Minister: Police arrested ten smugglers near the port\nThe trial opens soon.")
    arrests = of_type(doc, "COERCE")
    assert arrests and arrests[0].modality == "reported", doc.events


def test_an_agency_tag_opening_the_text_is_no_part_of_the_actor(run_stages: Run) -> None:
    doc = coded(run_stages, "(AFP) Police arrested 20 protesters in the capital on Monday.")
    assert of_type(doc, "COERCE"), doc.events
    assert sources(doc, of_type(doc, "COERCE")[0]) == ["Police"], doc.events


def test_a_dateline_with_a_glued_agency_dash_is_no_actor(run_stages: Run) -> None:
    doc = coded(
        run_stages, "Lima, March 3 (XNA)-- The presidents of Peru and Chile met on Monday in Santiago."
    )
    texts = all_sources(doc)
    assert texts and not any("Lima" in t for t in texts), doc.events


# ------------------------------------------------------------------ countries and phrase extent


def test_abbreviated_compass_names_are_their_country(run_stages: Run) -> None:
    doc = coded(run_stages, "BREAKING: S. Sudan government and rebels sign truce in Addis Ababa")
    countries = {c for e in doc.events for c in source_countries(doc, e)}
    assert "SSD" in countries and "SDN" not in countries, doc.events
    doc = coded(run_stages, "C.African Republic signs peace deal with rebels")
    countries = {c for e in doc.events for c in source_countries(doc, e)}
    assert countries == {"CAF"}, doc.events


def test_rebels_beside_a_government_share_its_country_not_the_venue(run_stages: Run) -> None:
    text = "ADDIS ABABA – South Sudan's government and rebels signed a ceasefire in Addis Ababa on Thursday."
    doc = coded(run_stages, text)
    signed = [e for e in doc.events if any(doc.actors[k].text == "rebels" for k in e.source)]
    assert signed, doc.events
    rebels = [doc.actors[k] for k in signed[0].source if doc.actors[k].text == "rebels"]
    assert rebels[0].country == "SSD", rebels[0]
    assert "coordinated" in rebels[0].prov.reason, rebels[0].prov


def test_a_possessed_group_takes_its_owners_country_not_the_scene(run_stages: Run) -> None:
    text = "The Ukrainian general staff said its forces had not attacked Belarusian border posts near Mazyr."
    doc = coded(run_stages, text)
    forces = [doc.actors[k] for e in doc.events for k in e.source if doc.actors[k].text == "its forces"]
    assert forces, doc.events
    assert forces[0].country == "UKR", forces[0]


def test_a_date_is_no_part_of_an_actor_phrase(run_stages: Run) -> None:
    doc = coded(run_stages, "Army units in Kunduz district on Sunday shelled a Taliban base.")
    texts = all_sources(doc)
    assert texts and not any("Sunday" in t for t in texts), texts


def test_it_is_not_the_district_the_act_took_place_in(run_stages: Run) -> None:
    text = (
        "The raid was carried out by army units in Zurmat district, and officials said it killed six "
        "militants."
    )
    doc = coded(run_stages, text)
    assert not any("Zurmat" in t for t in all_sources(doc)), all_sources(doc)


def test_jets_stand_for_whoever_flies_them(run_stages: Run) -> None:
    doc = coded(
        run_stages,
        "Saudi-led coalition jets struck a market in Hajjah on Monday. "
        "When people rushed to the scene, the jets carried out another airstrike, killing 11 more people.",
    )
    attacks = of_type(doc, "ASSAULT")
    assert len(attacks) >= 2
    assert not {"the jets", "jets", "the planes"} & set(all_sources(doc))
    assert all("SAU" in source_countries(doc, e) for e in attacks)
