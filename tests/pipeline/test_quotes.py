"""The quotes stage end to end: direct, indirect and mixed quotations, speakers and claims.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsevents.errors import NewsEventsError
from newsevents.model import Article, Document, Quote
from newsevents.pipeline import Pipeline, load_config
from newsevents.quotes import load_lexicon
from newsevents.resources import Resources

pytestmark = pytest.mark.slow
STAGES = ["nlp", "actors", "places", "quotes"]
Run = Callable[..., Document]


def quotes(run_stages: Run, text: str) -> tuple[str, list[Quote]]:
    doc = run_stages(text, stages=STAGES)
    assert doc.error is None
    return text, doc.quotes


def content(text: str, q: Quote) -> str:
    return text[q.content.start : q.content.end]


def speaker(text: str, q: Quote) -> str | None:
    return None if q.speaker is None else text[q.speaker.start : q.speaker.end]


def cue(text: str, q: Quote) -> str | None:
    return None if q.cue is None else text[q.cue.start : q.cue.end]


def only(qs: list[Quote]) -> Quote:
    assert len(qs) == 1, qs
    return qs[0]


# ------------------------------------------------------------------ direct


def test_straight_quotes_with_trailing_cue(run_stages: Run) -> None:
    text, qs = quotes(
        run_stages, '"We will not sign this agreement," said the foreign minister, Anna Kowalski.'
    )
    q = only(qs)
    assert q.direct
    assert content(text, q) == '"We will not sign this agreement,"'
    assert cue(text, q) == "said"
    assert "foreign minister" in (speaker(text, q) or "")
    assert q.prov.stage == "quotes" and q.prov.reason


def test_curly_quotes_with_leading_cue_and_colon(run_stages: Run) -> None:
    text, qs = quotes(run_stages, "The general told reporters: “Our forces will hold the line until spring.”")
    q = only(qs)
    assert q.direct and content(text, q) == "“Our forces will hold the line until spring.”"
    assert cue(text, q) == "told" and speaker(text, q) == "The general"


def test_quotation_over_two_paragraphs_is_one_quote(run_stages: Run) -> None:
    text = (
        "The mayor of the flooded town spoke on Sunday.\n"
        "“The water reached the second floor within an hour. We had no power and no boats.\n"
        "“By morning the whole district was gone,” she said."
    )
    _, qs = quotes(run_stages, text)
    direct = [q for q in qs if q.direct]
    assert len(direct) == 1
    assert content(text, direct[0]).startswith("“The water reached")
    assert content(text, direct[0]).endswith("was gone,”")
    assert speaker(text, direct[0]) == "she" and cue(text, direct[0]) == "said"


def test_split_quotation_gives_two_quotes_with_one_speaker(run_stages: Run) -> None:
    text = '"The border is closed," said Petrov. "Nobody will cross it this winter."'
    _, qs = quotes(run_stages, text)
    assert [content(text, q) for q in qs] == [
        '"The border is closed,"',
        '"Nobody will cross it this winter."',
    ]
    assert all(q.direct and speaker(text, q) == "Petrov" for q in qs)
    assert "continues" in (qs[1].prov.reason or "")


def test_two_speakers_keep_their_own_cues(run_stages: Run) -> None:
    text = (
        '"We will rebuild the bridge," said the governor. '
        '"The money is not there," the finance minister replied.'
    )
    _, qs = quotes(run_stages, text)
    assert [(speaker(text, q), cue(text, q)) for q in qs] == [
        ("the governor", "said"),
        ("the finance minister", "replied"),
    ]


def test_speaker_carried_into_a_quotation_without_cue(run_stages: Run) -> None:
    text = "The mayor wrote on Monday:\n“Our city will not be divided by this election, whatever happens.”"
    _, qs = quotes(run_stages, text)
    q = only(qs)
    assert q.direct and speaker(text, q) == "The mayor" and cue(text, q) == "wrote"
    assert "carried" in (q.prov.reason or "")


def test_scare_quotes_are_not_quotations(run_stages: Run) -> None:
    _, qs = quotes(run_stages, "The so-called “peace plan” was published on Monday by the two parties.")
    assert qs == []


# ------------------------------------------------------------------ indirect


def test_said_that(run_stages: Run) -> None:
    text, qs = quotes(
        run_stages, "The interior ministry said that three police officers were wounded in the attack."
    )
    q = only(qs)
    assert not q.direct
    assert content(text, q) == "that three police officers were wounded in the attack"
    assert speaker(text, q) == "The interior ministry" and cue(text, q) == "said"


def test_said_without_that_after_a_date(run_stages: Run) -> None:
    text, qs = quotes(run_stages, "The prime minister said on Tuesday the coalition talks had collapsed.")
    q = only(qs)
    assert content(text, q) == "the coalition talks had collapsed"
    assert speaker(text, q) == "The prime minister"


def test_according_to(run_stages: Run) -> None:
    text, qs = quotes(run_stages, "According to the health ministry, at least 40 people died in the floods.")
    q = only(qs)
    assert content(text, q) == "at least 40 people died in the floods"
    assert speaker(text, q) == "the health ministry" and cue(text, q) == "According"


def test_told_reporters_after_the_content(run_stages: Run) -> None:
    text, qs = quotes(
        run_stages, "The ceasefire is holding in the east, a senior army officer told reporters."
    )
    q = only(qs)
    assert content(text, q) == "The ceasefire is holding in the east"
    assert speaker(text, q) == "a senior army officer" and cue(text, q) == "told"


def test_parenthetical_cue_inside_the_clause(run_stages: Run) -> None:
    text, qs = quotes(run_stages, "The talks, the envoy said, had collapsed before dawn.")
    q = only(qs)
    assert content(text, q).startswith("The talks") and content(text, q).endswith("before dawn")
    assert speaker(text, q) == "the envoy"


def test_a_subordinate_speech_verb_is_not_an_attribution(run_stages: Run) -> None:
    _, qs = quotes(run_stages, "Protesters gathered outside the palace as the president spoke to the nation.")
    assert qs == []


def test_two_coordinated_reported_clauses_are_one_content(run_stages: Run) -> None:
    text = (
        "The army said it had sent two battalions to the border last week, "
        "and that the rebels had withdrawn from three villages."
    )
    _, qs = quotes(run_stages, text)
    q = only(qs)
    assert (
        content(text, q)
        == text[text.index("it had sent") : text.index("three villages") + len("three villages")]
    )


def test_parenthetical_cue_with_a_participle(run_stages: Run) -> None:
    text = (
        "If the talks fail, the army could resume its offensive, a senior officer warned, "
        "speaking on condition of anonymity."
    )
    _, qs = quotes(run_stages, text)
    q = only(qs)
    assert content(text, q) == "If the talks fail, the army could resume its offensive"
    assert speaker(text, q) == "a senior officer" and cue(text, q) == "warned"


def test_wire_dateline_is_not_reported_content(run_stages: Run) -> None:
    text = (
        "BEIRUT, May 2 (newswire) — Three soldiers were killed in an ambush near the border, the army said."
    )
    _, qs = quotes(run_stages, text)
    q = only(qs)
    assert content(text, q) == "Three soldiers were killed in an ambush near the border"


def test_warned_and_denied(run_stages: Run) -> None:
    text = (
        "The central bank warned that inflation could rise above ten percent. "
        "The mining company denied that it had paid the officials."
    )
    _, qs = quotes(run_stages, text)
    assert [(cue(text, q), speaker(text, q)) for q in qs] == [
        ("warned", "The central bank"),
        ("denied", "The mining company"),
    ]
    assert content(text, qs[1]) == "that it had paid the officials"


def test_accused_of_keeps_the_accused_in_the_content(run_stages: Run) -> None:
    text, qs = quotes(run_stages, "Ukrainian officials accused the army of shelling a hospital.")
    q = only(qs)
    assert content(text, q) == "the army of shelling a hospital"
    assert speaker(text, q) == "Ukrainian officials"
    assert q.speaker_country == "UKR"


def test_quoted_as_saying(run_stages: Run) -> None:
    text, qs = quotes(
        run_stages, "The interior minister was quoted as saying that the border would stay closed."
    )
    q = only(qs)
    assert content(text, q) == "that the border would stay closed"
    assert speaker(text, q) == "The interior minister" and cue(text, q) == "saying"


def test_mixed_quotation_is_one_indirect_quote(run_stages: Run) -> None:
    text = "The senator said the proposal was “dead on arrival” in the upper chamber."
    _, qs = quotes(run_stages, text)
    q = only(qs)
    assert not q.direct
    assert content(text, q) == "the proposal was “dead on arrival” in the upper chamber"
    assert "mixed" in (q.prov.reason or "")


def test_headline_colon(run_stages: Run) -> None:
    text = "Minister: Talks with the teachers' union have failed\nThe strike continues."
    _, qs = quotes(run_stages, text)
    q = only(qs)
    assert speaker(text, q) == "Minister" and content(text, q) == "Talks with the teachers' union have failed"


# ------------------------------------------------------------------ speakers


def test_pronoun_speaker_takes_the_subject_antecedent(run_stages: Run) -> None:
    text = (
        "Donald Trump's remarks drew attention during a lunch with President Emmanuel Macron, "
        "where he pledged: “We will keep every promise we made to our allies.”"
    )
    _, qs = quotes(run_stages, text)
    q = only(qs)
    assert speaker(text, q) == "he"
    assert q.speaker_name == "Donald Trump"
    assert q.speaker_country == "USA"
    assert q.speaker_actor is not None


def test_institution_speaker_resolves_to_its_government(run_stages: Run) -> None:
    text = "Late on Friday the Kremlin reported that the two presidents had discussed grain exports by phone."
    _, qs = quotes(run_stages, text)
    kremlin = [q for q in qs if speaker(text, q) == "the Kremlin"]
    assert len(kremlin) == 1
    q = kremlin[0]
    assert content(text, q) == "that the two presidents had discussed grain exports by phone"
    assert (q.speaker_country, q.speaker_sector) == ("RUS", "GOV")
    event_trigger = text.index("discussed")
    assert q.content.start <= event_trigger < q.content.end


def test_a_quotation_with_its_own_cue_is_not_inside_another_content(run_stages: Run) -> None:
    text = (
        "The president's recent remarks suggest a change of course, notably at a dinner with the visiting "
        "prime minister, where he promised: “We will lift every tariff on your goods before the summer.”"
    )
    _, qs = quotes(run_stages, text)
    direct = [q for q in qs if q.direct]
    assert len(direct) == 1 and cue(text, direct[0]) == "promised"
    quoted = direct[0].content
    assert not [q for q in qs if q is not direct[0] and q.content.start <= quoted.start < q.content.end]


def test_surname_speaker(run_stages: Run) -> None:
    text = (
        "Finance Minister Olaf Brenner presented the budget on Monday. "
        "Brenner said the deficit would fall next year."
    )
    _, qs = quotes(run_stages, text)
    q = only(qs)
    assert speaker(text, q) == "Brenner"
    assert q.speaker_name == "Olaf Brenner"


def test_named_apposition_gives_the_person(run_stages: Run) -> None:
    text = "A Foreign Ministry spokesman, Pavel Sorokin, said the delegation would arrive on Friday."
    _, qs = quotes(run_stages, text)
    q = only(qs)
    assert "Pavel Sorokin" in (speaker(text, q) or "")
    assert q.speaker_name == "Pavel Sorokin"


def test_he_skips_a_plural_antecedent(run_stages: Run) -> None:
    text = (
        "Finance Minister Olaf Brenner told reporters that the auditors had found no fraud. "
        "“We will publish every page of the report,” he said."
    )
    _, qs = quotes(run_stages, text)
    direct = [q for q in qs if q.direct]
    assert len(direct) == 1 and speaker(text, direct[0]) == "he"
    assert direct[0].speaker_name == "Olaf Brenner"


def test_unresolved_speaker_says_why(run_stages: Run) -> None:
    text = '"We have never seen water this high," one resident said.'
    _, qs = quotes(run_stages, text)
    q = only(qs)
    assert speaker(text, q) == "one resident"
    assert q.speaker_actor is None and q.speaker_name is None
    assert "no actor" in (q.prov.reason or "")


# ------------------------------------------------------------------ claims


def test_claimed_and_unverifiable(run_stages: Run) -> None:
    text = (
        "The rebels claimed that they had shot down a helicopter near the airport. "
        "Activists said that twelve civilians were killed in the shelling. "
        "The figures could not be independently verified."
    )
    _, qs = quotes(run_stages, text)
    assert len(qs) == 2
    assert qs[0].claim and qs[0].claim_cue == "claimed"
    assert qs[1].claim and qs[1].claim_cue == "could not be independently verified"


def test_allegedly_marks_a_claim_and_plain_reports_do_not(run_stages: Run) -> None:
    text = (
        "Government troops allegedly shelled the village, residents said. "
        "The ministry said the bridge had reopened to traffic."
    )
    _, qs = quotes(run_stages, text)
    assert len(qs) == 2
    assert qs[0].claim and qs[0].claim_cue == "allegedly"
    assert not qs[1].claim and qs[1].claim_cue is None


def test_unconfirmed_and_without_evidence(run_stages: Run) -> None:
    text = (
        "Unconfirmed reports said that the general had fled the capital. "
        "The opposition leader said, without providing evidence, that the vote had been rigged."
    )
    _, qs = quotes(run_stages, text)
    assert [q.claim_cue for q in qs] == ["Unconfirmed", "without evidence"]


def test_a_relative_clause_cue_stays_out_of_the_content(run_stages: Run) -> None:
    text = "Reuters was unable to verify the figures, which activists said came from hospital staff."
    _, qs = quotes(run_stages, text)
    q = only(qs)
    assert content(text, q) == "came from hospital staff"
    assert q.claim and q.claim_cue == "unable to verify"


def test_article_disclaimer_marks_every_quote(run_stages: Run) -> None:
    text = (
        "The governor said the new port would open in March.\n"
        "“It will bring thousands of jobs,” she added.\n"
        "The Harbour Herald has not verified the content of this story."
    )
    _, qs = quotes(run_stages, text)
    assert len(qs) == 2
    assert all(q.claim and q.claim_cue == "has not verified" for q in qs)
    assert all("disclaims" in (q.prov.reason or "") for q in qs)


# ------------------------------------------------------------------ lexicon


def test_user_cue_file_adds_a_cue(resources: Resources, tmp_path: Path) -> None:
    text = "The coach grumbled that the referee had been biased all season."
    extra = tmp_path / "cues.tsv"
    extra.write_text(
        "cue\tpos\tkind\tnp_content\tpreps\tparticle\ngrumble\tVERB\tsay\tno\t\t\n", encoding="utf-8"
    )
    for files, expected in (([], 0), ([str(extra)], 1)):
        config = load_config(
            overrides={"pipeline": {"stages": STAGES}, "stages": {"quotes": {"extra_cues": files}}}
        )
        doc = Pipeline(config, resources)(Article(id="t", text=text))
        assert len(doc.quotes) == expected
    assert (
        doc.quotes[0].speaker is not None
        and text[doc.quotes[0].speaker.start : doc.quotes[0].speaker.end] == "The coach"
    )


def test_malformed_cue_file_names_the_problem(tmp_path: Path) -> None:
    bad = tmp_path / "cues.tsv"
    bad.write_text("cue\tpos\tkind\nsay\tADVERB\tsay\n", encoding="utf-8")
    with pytest.raises(NewsEventsError) as err:
        load_lexicon(extra_cues=[bad])
    assert err.value.code == "E205"


def test_cue_kinds_keep_only_the_kinds_asked_for(resources: Resources) -> None:
    text = (
        "The minister said that the port would reopen. The governor believes that the port will stay closed."
    )
    config = load_config(
        overrides={"pipeline": {"stages": STAGES}, "stages": {"quotes": {"cue_kinds": ["say"]}}}
    )
    doc = Pipeline(config, resources)(Article(id="t", text=text))
    assert [text[q.cue.start : q.cue.end] for q in doc.quotes if q.cue] == ["said"]
    everything = Pipeline(load_config(overrides={"pipeline": {"stages": STAGES}}), resources)
    assert len(everything(Article(id="t", text=text)).quotes) == 2


@pytest.mark.parametrize(
    "dateline",
    ["KANDAHAR (newswire):", "KANDAHAR, Sept. 14 (The Daily Wire) —", "MANILA—", "NEW YORK/LONDON (AP) —"],
)
def test_no_dateline_style_is_reported_content(run_stages: Run, dateline: str) -> None:
    text = f"{dateline} Three soldiers were killed in an ambush near the border, the army said."
    _, qs = quotes(run_stages, text)
    q = only(qs)
    assert content(text, q) == "Three soldiers were killed in an ambush near the border"
