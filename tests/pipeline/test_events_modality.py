"""Modality of events: what is asserted, reported, hedged, hypothetical, future or negated.

The MUST-NOT cases matter most: a hedge, a condition or a negation must never come out as a fact.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents.model import FACTUAL_MODALITIES, Document, Event

STAGES = ["nlp", "actors", "times", "places", "quotes", "events"]
Run = Callable[..., Document]


def run(run_stages: Run, text: str) -> tuple[Document, list[Event]]:
    doc = run_stages(text, stages=STAGES)
    assert doc.error is None, doc.error
    return doc, doc.events


def of_type(events: list[Event], etype: str) -> Event:
    found = [e for e in events if e.event_type == etype]
    assert found, f"no {etype} event in {[e.event_type for e in events]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "etype", "modality"),
    [
        ("It is widely believed that Iran supplied drones to Russia.", "AID", "hedged"),
        ("Syrian troops appear to have attacked the rebel convoy.", "ASSAULT", "hedged"),
        ("If Israel attacks Iran, oil prices will rise.", "ASSAULT", "hypothetical"),
        ("Tehran might retaliate by attacking American bases.", "ASSAULT", "hypothetical"),
        ("Sweden did not extradite the two suspects to Turkey.", "COOPERATE", "negated"),
        ("The army never shelled the village, the ministry said.", "ASSAULT", "negated"),
        ("The ministry is expected to deploy more troops to the border.", "MOBILIZE", "future"),
        ("The army is set to deploy more troops to the border.", "MOBILIZE", "future"),
        ("Police will arrest anyone who breaks the curfew, the governor warned.", "COERCE", None),
        ("It is difficult to imagine Washington rejecting the offer.", "REJECT", "hypothetical"),
    ],
)
def test_not_asserted(run_stages: Run, text: str, etype: str, modality: str | None) -> None:
    _doc, events = run(run_stages, text)
    matching = [e for e in events if e.event_type == etype]
    if modality is None:
        # a future coercion is recoded as a threat; either way nothing is a coercion fact
        assert all(e.modality not in FACTUAL_MODALITIES for e in matching)
        return
    event = of_type(events, etype)
    assert event.modality == modality, (event.modality_cue, event.prov.reason)
    assert event.modality_cue


def test_reportedly_is_a_report_without_a_named_source(run_stages: Run) -> None:
    _doc, events = run(run_stages, "Government troops reportedly shelled two villages near the border.")
    event = of_type(events, "ASSAULT")
    assert event.modality == "reported"
    assert event.modality_cue == "reportedly"
    assert event.attributed_source is None  # not the troops: they are the actors


@pytest.mark.parametrize(
    ("done", "not_done", "etype"),
    [
        # a purpose clause of a done act is told with it
        (
            "The opposition leader flew to the capital to condemn the arrest of his aides.",
            "The opposition leader wants to condemn the arrest of his aides.",
            "ACCUSE",
        ),
        # a causative tells the act it caused as done
        (
            "Protesters hurled stones at the officers, prompting police to fire tear gas.",
            "The mayor urged police to fire tear gas at the protesters.",
            "ASSAULT",
        ),
    ],
)
def test_an_infinitive_under_a_done_act_is_a_fact_under_a_wish_it_is_not(
    run_stages: Run, done: str, not_done: str, etype: str
) -> None:
    _doc, events = run(run_stages, done)
    assert of_type(events, etype).modality == "asserted"
    _doc, events = run(run_stages, not_done)
    assert of_type(events, etype).modality not in FACTUAL_MODALITIES


def test_reported_by_reporting_verb(run_stages: Run) -> None:
    _doc, events = run(run_stages, "The Kremlin said that Russian forces shelled Kharkiv overnight.")
    event = of_type(events, "ASSAULT")
    assert event.modality == "reported"
    assert event.attributed_source is not None and "Kremlin" in event.attributed_source


def test_reported_according_to(run_stages: Run) -> None:
    text = "Israeli aircraft struck a weapons depot near Damascus, according to Syrian state media."
    _doc, events = run(run_stages, text)
    event = of_type(events, "ASSAULT")
    assert event.modality == "reported"
    assert event.attributed_source is not None and "media" in event.attributed_source


def test_reported_inside_quote(run_stages: Run) -> None:
    text = 'The minister said: "Our forces arrested twenty smugglers near the border."'
    _doc, events = run(run_stages, text)
    event = of_type(events, "COERCE")
    assert event.modality == "reported"


def test_a_tensed_clause_under_a_future_verb_keeps_its_own_tense(run_stages: Run) -> None:
    """ "Were set up" governs "patrolled" only through a parse; a past-tense clause is no plan."""
    _doc, events = run(
        run_stages,
        "The newspaper had reported that riot police patrolled the streets of the capital, "
        "roadblocks were set up on major roads and many shops were shut.",
    )
    event = of_type(events, "MOBILIZE")
    assert event.modality in FACTUAL_MODALITIES, (event.modality_cue, event.prov.reason)


def test_future_cooperation_is_an_intention(run_stages: Run) -> None:
    """The manual: a cooperative action stated in the future is coded AGREE."""
    _doc, events = run(run_stages, "Narendra Modi will visit Japan next month.")
    event = max(events, key=lambda e: e.prov.confidence)
    assert event.event_type == "AGREE"
    assert event.modality_cue == "will"


def test_refusal_is_a_rejection(run_stages: Run) -> None:
    _doc, events = run(run_stages, "France will not lift the ban on British beef.")
    event = max(events, key=lambda e: e.prov.confidence)
    assert event.event_type == "REJECT"
    assert event.modality in FACTUAL_MODALITIES


def test_hedged_passage_gives_no_fact(run_stages: Run) -> None:
    text = "Syria was on the agenda, and it is widely assumed that Moscow informed Tel Aviv of the trip."
    _doc, events = run(run_stages, text)
    assert events, "the hedged event is still emitted"
    assert all(e.modality not in FACTUAL_MODALITIES for e in events if e.event_type == "CONSULT")


def test_conditional_passage_gives_no_fact(run_stages: Run) -> None:
    text = (
        "If Ankara refuses to negotiate, President Putin has several ways to pressure Erdogan. "
        "He might recall the return of the captured soldiers."
    )
    doc, events = run(run_stages, text)
    assert all(e.modality not in FACTUAL_MODALITIES for e in events), [
        (e.event_type, e.modality, doc.text[e.trigger.start : e.trigger.end]) for e in events
    ]


def test_asserted_stays_asserted(run_stages: Run) -> None:
    _doc, events = run(run_stages, "Police arrested three opposition activists in Minsk on Friday.")
    event = of_type(events, "COERCE")
    assert event.modality == "asserted" and event.modality_cue is None


def test_reported_obligation_is_a_demand(run_stages: Run) -> None:
    doc, events = run(run_stages, "Russia said on Tuesday that Sudan must return the seized helicopter.")
    event = of_type(events, "REQUEST")
    assert {doc.actors[i].country for i in event.source} == {"RUS"}
    assert {doc.actors[i].country for i in event.target} == {"SDN"}
    assert event.modality in FACTUAL_MODALITIES and event.modality_cue == "must"


def test_obligation_alone_is_not_a_fact(run_stages: Run) -> None:
    _doc, events = run(run_stages, "Sudan must return the seized helicopter.")
    event = of_type(events, "RETREAT")
    assert event.modality == "hypothetical"


def test_announced_release_is_an_intention(run_stages: Run) -> None:
    """The CAMEO→PLOVER table: "express intent to release persons" (0353) is AGREE."""
    _doc, events = run(run_stages, "The rebels said they will release the kidnapped engineers.")
    event = max(events, key=lambda e: e.prov.confidence)
    assert event.event_type == "AGREE"
    assert event.modality in FACTUAL_MODALITIES


@pytest.mark.parametrize(
    ("done", "not_done"),
    [
        (
            "Government troops continued to shell the rebel-held town on Monday.",
            "The minister said the army would continue to shell the rebel-held town.",
        ),
        (
            "Government troops managed to shell the rebel-held town on Monday.",
            "Government troops did not manage to shell the rebel-held town on Monday.",
        ),
    ],
)
def test_an_implicative_verb_passes_on_its_own_modality(run_stages: Run, done: str, not_done: str) -> None:
    """'continued to shell' happened; 'would continue to shell' and 'did not manage to shell' did not."""
    _doc, events = run(run_stages, done)
    assert of_type(events, "ASSAULT").modality in FACTUAL_MODALITIES
    _doc, events = run(run_stages, not_done)
    assert all(e.modality not in FACTUAL_MODALITIES for e in events if e.event_type == "ASSAULT")


def test_a_past_relative_clause_is_not_negated_by_its_sentence(run_stages: Run) -> None:
    doc, events = run(
        run_stages,
        "The rebel leaders who accepted the peace plan last week have not yet confirmed their attendance.",
    )
    agree = of_type(events, "AGREE")
    assert agree.modality == "asserted", doc.events


def test_a_past_relative_clause_is_not_made_hypothetical_by_a_condition(run_stages: Run) -> None:
    doc, events = run(run_stages, "If the rebels who seized the town withdraw, talks could resume.")
    seized = of_type(events, "COERCE")
    assert seized.modality == "asserted", doc.events


def test_a_present_relative_clause_stays_under_its_sentence(run_stages: Run) -> None:
    doc, events = run(
        run_stages, "It is difficult to imagine a leader who rejects the offer of talks from the rebels."
    )
    assert all(e.modality not in FACTUAL_MODALITIES for e in events if e.event_type == "REJECT"), doc.events


def test_the_relative_clauses_own_negation_still_counts(run_stages: Run) -> None:
    doc, events = run(run_stages, "The ministers met rebels who did not attack the convoy.")
    assault = of_type(events, "ASSAULT")
    assert assault.modality == "negated", doc.events


@pytest.mark.parametrize(
    ("text", "etype", "modality"),
    [
        ("The army did not manage to capture the town.", "COERCE", "negated"),
        ("The army might manage to capture the town.", "COERCE", "hypothetical"),
    ],
)
def test_an_implicative_verb_hands_down_its_own_modality(
    run_stages: Run, text: str, etype: str, modality: str
) -> None:
    doc, events = run(run_stages, text)
    assert of_type(events, etype).modality == modality, doc.events


def test_a_promised_continuation_of_force_is_a_threat(run_stages: Run) -> None:
    doc, events = run(run_stages, "The minister said the army would continue to target the rebel leaders.")
    assert of_type(events, "THREATEN").modality in FACTUAL_MODALITIES, doc.events
    assert not [e for e in events if e.event_type == "ASSAULT" and e.modality in FACTUAL_MODALITIES], (
        doc.events
    )


def test_an_implicative_verb_told_as_done_keeps_its_complement_a_fact(run_stages: Run) -> None:
    doc, events = run(run_stages, "Police managed to arrest the two suspects, officials said.")
    assert of_type(events, "COERCE").modality == "reported", doc.events


@pytest.mark.parametrize(
    "text",
    [
        "A week after the deadline passed for the coup leaders to reinstate the ousted president, "
        "the bloc has taken no action.",
        "The agreement paved the way for the rebels to release forty prisoners.",
    ],
)
def test_a_for_to_infinitive_tells_no_act_done(run_stages: Run, text: str) -> None:
    _, events = run(run_stages, text)
    facts = [e for e in events if e.event_type in ("CONCEDE", "RETREAT") and e.modality in FACTUAL_MODALITIES]
    assert not facts, [(e.event_type, e.modality, e.prov.reason) for e in facts]
    assert any(e.event_type in ("CONCEDE", "RETREAT") for e in events), "the act is still coded, as not done"


def test_a_forceful_act_pledged_on_a_condition_is_a_threat_made_now(run_stages: Run) -> None:
    doc = run_stages("China said it would retaliate if Washington imposed new tariffs.", stages=STAGES)
    threats = [e for e in doc.events if e.event_type == "THREATEN"]
    assert threats and threats[0].modality == "reported", [e.prov.reason for e in doc.events]
    assert [doc.actors[k].country for k in threats[0].source] == ["CHN"]


def test_a_concession_pledged_on_a_condition_stays_hypothetical(run_stages: Run) -> None:
    doc = run_stages(
        "The minister said the government would lift the curfew if the protests ended.", stages=STAGES
    )
    assert not [e for e in doc.events if e.event_type == "THREATEN"], [e.prov.reason for e in doc.events]
    concessions = [e for e in doc.events if e.event_type == "CONCEDE"]
    assert concessions and all(e.modality == "hypothetical" for e in concessions), doc.events


def test_a_past_retaliation_is_the_act_itself(run_stages: Run) -> None:
    doc = run_stages("Israel retaliated with airstrikes on Gaza on Sunday.", stages=STAGES)
    assert {e.event_type for e in doc.events} == {"ASSAULT"}, [e.prov.reason for e in doc.events]
