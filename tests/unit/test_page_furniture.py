"""Page furniture: the headlines a page lists after a "Related" line and captions with a photo credit
are found as lines; the article's own paragraphs are not. Lines written for these tests."""

from __future__ import annotations

from newsevents.events.furniture import furniture_spans
from newsevents.events.lexicon import load_lexicon

MARKERS = load_lexicon().furniture_markers


def lines_of(text: str) -> list[str]:
    return [text[a:b] for a, b in furniture_spans(text, MARKERS)]


def test_headlines_listed_after_a_related_line_are_furniture() -> None:
    text = (
        "The minister resigned on Monday.\n"
        "Related Stories\n"
        "Parliament Votes to Dissolve Cabinet, Sources Say\n"
        "Opposition Leader Returns From Exile\n"
    )
    found = lines_of(text)
    assert "Parliament Votes to Dissolve Cabinet, Sources Say" in found
    assert "Opposition Leader Returns From Exile" in found
    assert "The minister resigned on Monday." not in found


def test_a_sentence_after_the_list_ends_it() -> None:
    text = (
        "Read more:\n\nTroops Enter Border Town\n\nPolice arrested 12 protesters in the capital on Friday.\n"
    )
    found = lines_of(text)
    assert "Troops Enter Border Town" in found
    assert "Police arrested 12 protesters in the capital on Friday." not in found


def test_a_caption_ending_in_a_photo_credit_is_furniture() -> None:
    text = (
        "Protesters march towards parliament in the capital [Jane Roe/AFP]\n"
        "Protesters marched towards parliament (the third march this month).\n"
    )
    found = lines_of(text)
    assert found == ["Protesters march towards parliament in the capital [Jane Roe/AFP]"]


def test_a_title_case_line_without_a_marker_is_no_furniture() -> None:
    assert lines_of("Army Seizes Power in Capital\nSoldiers detained the president.\n") == []
