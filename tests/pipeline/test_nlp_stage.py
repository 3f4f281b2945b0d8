"""The spaCy stage: sentences respect paragraphs and keep character offsets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newsevents.model import Article, Document
from newsevents.nlp.pieces import PIECE_CHARS
from newsevents.pipeline import Pipeline, load_config
from newsevents.resources import Resources

TEXT = (
    "Curbing Israel's Transgressions\n"
    "These discussions are not isolated. They reflect a broader effort.\n"
    "\n"
    "KYIV, March 3 — Ukraine said it had repelled an attack"
)


def test_heading_without_full_stop_is_its_own_sentence(run_stages: Callable[..., Document]) -> None:
    doc = run_stages(TEXT, stages=["nlp"])
    texts = [TEXT[s.start : s.end] for s in doc.sentences]
    assert texts[0] == "Curbing Israel's Transgressions"
    assert texts[1] == "These discussions are not isolated."
    assert texts[-1].startswith("KYIV, March 3")
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 2]


def test_sentence_lookup_by_offset(run_stages: Callable[..., Document]) -> None:
    doc = run_stages(TEXT, stages=["nlp"])
    offset = TEXT.index("broader")
    assert doc.sentences[doc.sentence_at(offset)].start <= offset < doc.sentences[doc.sentence_at(offset)].end


def test_worker_processes_give_the_same_sentences(resources: object) -> None:
    from newsevents.model import Article
    from newsevents.pipeline import Pipeline, load_config
    from newsevents.resources import Resources

    assert isinstance(resources, Resources)
    texts = [TEXT, "Police arrested 12 protesters in Minsk. They were released.", "No full stop here"]
    one = Pipeline(load_config(overrides={"pipeline": {"stages": ["nlp"]}}), resources)
    two = Pipeline(
        load_config(overrides={"pipeline": {"stages": ["nlp"]}, "stages": {"nlp": {"n_process": 2}}}),
        resources,
    )
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    single = [[(s.start, s.end) for s in d.sentences] for d in one.pipe(articles)]
    multi = [[(s.start, s.end) for s in d.sentences] for d in two.pipe(articles)]
    assert single == multi and len(single[1]) == 2


def test_a_long_text_is_parsed_in_pieces_with_exact_offsets(resources: Resources) -> None:
    paragraph = "Police arrested twelve protesters in Lahore on Monday, officials said. " * 20 + "\n\n"
    text = paragraph * (PIECE_CHARS // len(paragraph) * 2 + 1)
    pipeline = Pipeline(load_config(overrides={"pipeline": {"stages": ["nlp"]}}), resources)
    doc = pipeline(Article(id="long", text=text))
    assert doc.error is None and doc.spacy.text == text
    assert len(doc.sentences) == text.count("officials said.")
    assert all(text[s.start : s.end].startswith("Police") for s in doc.sentences)


def test_a_leading_date_field_is_parsed_apart_from_the_headline(run_stages: Callable[..., Document]) -> None:
    text = " date 2021-09-06 Lorentia’s President Adam Vale was detained on Sunday by soldiers in Kenya."
    doc = run_stages(text, stages=["nlp", "actors", "times", "places"])
    first, second = doc.sentences[:2]
    assert text[first.start : first.end] == "date 2021-09-06"
    assert text[second.start :].startswith("Lorentia’s President")
    assert [text[p.start : p.end] for p in doc.places] == ["Kenya"]
    assert not any("date" in text[a.start : a.end] or "2021" in text[a.start : a.end] for a in doc.actors)
    plain = run_stages("Kenya’s president spoke on Sunday.", stages=["nlp", "actors", "times", "places"])
    assert [p.country for p in plain.places] == ["KEN"]


def test_texts_with_a_leading_field_are_batched_and_keep_their_order(resources: Resources) -> None:
    """Texts opening with a metadata field are fed to the batch as two parts and joined: each comes
    back whole, in its place among the others, parsed as it is alone."""
    texts = [
        " date 2021-09-06 Police arrested twelve protesters in Lahore. Six were freed.",
        "Kenya's president spoke on Sunday.",
        " date 2020-02-20 Militants attacked a base. The army recaptured it.",
        "Red Hand\n\nRed HandTwelve people were killed when Red Hand fighters attacked a village.\n",
        "",
    ]
    pipeline = Pipeline(load_config(overrides={"pipeline": {"stages": ["nlp"]}}), resources)
    batched = list(pipeline.pipe([Article(id=str(i), text=t) for i, t in enumerate(texts)]))
    assert [d.article.id for d in batched] == ["0", "1", "2", "3", "4"]
    for doc, text in zip(batched, texts, strict=True):
        alone = pipeline(Article(id="alone", text=text))
        assert doc.spacy.text == text
        assert [(s.start, s.end) for s in doc.sentences] == [(s.start, s.end) for s in alone.sentences]
        assert [(t.text, t.dep_, t.ent_type_) for t in doc.spacy] == [
            (t.text, t.dep_, t.ent_type_) for t in alone.spacy
        ]
    first = batched[0]
    assert texts[0][first.sentences[0].start : first.sentences[0].end] == "date 2021-09-06"


def test_a_kicker_glued_to_the_lede_is_parsed_apart(run_stages: Callable[..., Document]) -> None:
    text = (
        "Rebels attack border village\n\n"
        "Red HandTwelve people were killed when Red Hand fighters attacked a village on Monday.\n"
    )
    doc = run_stages(text, stages=["nlp"])
    starts = [text[s.start : s.end] for s in doc.sentences]
    assert "Red Hand" in starts
    assert any(s.startswith("Twelve people were killed") for s in starts)


def test_a_name_written_in_camel_case_is_no_glued_kicker() -> None:
    from newsevents.nlp.spacy_model import lead_cuts

    assert lead_cuts("ExxonMobil said on Monday it would sell its stake in the field.\n") == []
    assert lead_cuts("Boko Haram\n\nLeBron James met the governor of Borno State on Friday.\n") == []


def _model(resources: object) -> Any:
    from newsevents.nlp.spacy_model import load_model

    assert isinstance(resources, Resources)
    return resources.get("nlp", load_model)


def test_a_dash_glued_to_a_capitalised_dateline_is_split_off(resources: object) -> None:
    nlp = _model(resources)
    words = [t.text for t in nlp.tokenizer("ADDIS ABABA- South Sudan's well- and pro-government forces")]
    assert words[:3] == ["ADDIS", "ABABA", "-"]
    assert "well-" in words and "pro" in words, "a dash after lower case stays as the package splits it"


def test_the_tokenizer_is_the_packages_own_with_one_suffix_and_one_infix_rule_more(resources: object) -> None:
    """The tokenizer is read after the rest of the pipeline, with its suffix and infix rules changed
    before its special cases are built; everything else is what the package ships."""
    import spacy
    from spacy.util import compile_infix_regex, compile_suffix_regex

    nlp = _model(resources)
    shipped = spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"])
    fields = ["vocab", "suffix_search", "infix_finditer"]
    assert nlp.tokenizer.to_bytes(exclude=fields) == shipped.tokenizer.to_bytes(exclude=fields)
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[A-Z]{2})-"]
    assert nlp.tokenizer.suffix_search.__self__.pattern == compile_suffix_regex(suffixes).pattern
    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]\.)-(?=[a-z])"]
    assert nlp.tokenizer.infix_finditer.__self__.pattern == compile_infix_regex(infixes).pattern
    text = "KYIV — Officials in the U.S. said on Monday (local time) that talks wouldn't resume."
    assert [t.text for t in nlp.tokenizer(text)] == [t.text for t in shipped.tokenizer(text)]


def test_no_entity_begins_or_ends_on_whitespace(run_stages: Callable[..., Document]) -> None:
    """The recogniser ends 'Herrera' on the paragraph break after it; the name must not carry it."""
    text = (
        "Secretary Whitfield's Call with Mexican Foreign Secretary Herrera\n\n"
        "Readout\nOffice of the Spokesperson"
    )
    doc = run_stages(text, stages=["nlp"])
    names = [(e.text, e.label_) for e in doc.spacy.ents]
    assert ("Herrera", "PERSON") in names, names
    assert not [e for e in doc.spacy.ents if e[0].is_space or e[-1].is_space], names


def test_a_dash_after_an_abbreviation_is_split_off_so_the_country_is_seen(resources: object) -> None:
    nlp = _model(resources)
    words = [t.text for t in nlp.tokenizer("The U.S.-led coalition and a U.N.-backed plan in the U.S. now.")]
    assert words[1:4] == ["U.S.", "-", "led"]
    assert words[7:10] == ["U.N.", "-", "backed"]
    assert words[-3:] == ["U.S.", "now", "."], "a period ending the abbreviation stays on it"
