"""The quotation-mark scanner: pure text, no model."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from newsevents.quotes.marks import ALL_OPENING, scan_quotes


def spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan_quotes(text)]


def test_straight_and_curly_double_quotes() -> None:
    text = 'He said "we are ready" and she replied “so are we.” Then they left.'
    assert spans(text) == ['"we are ready"', "“so are we.”"]


def test_apostrophes_are_not_quotation_marks() -> None:
    text = "Russia’s envoy said the Ministers’ meeting in Kyiv’s centre went well. It's over."
    assert spans(text) == []


def test_single_quotes_bound_speech_outside_double_quotes() -> None:
    text = "The headline read ‘We will not back down’ on Monday."
    assert spans(text) == ["‘We will not back down’"]
    nested = "“He told me ‘never again’ and walked out,” she said."
    assert spans(nested) == ["“He told me ‘never again’ and walked out,”"]


def test_quotation_running_over_paragraphs_is_one_span() -> None:
    text = (
        "The mayor described the night.\n"
        "“The water reached the second floor within an hour. We had no power.\n"
        "“By morning the district was gone,” she said.\n"
        "Rescuers arrived later."
    )
    (quoted,) = scan_quotes(text)
    assert text[quoted.start : quoted.end].startswith("“The water")
    assert text[quoted.start : quoted.end].endswith("was gone,”")
    assert quoted.closed and quoted.paragraphs == 2


def test_unclosed_quotation_ends_with_its_paragraph() -> None:
    text = "“We will rebuild every school\nThe rest of the story."
    (quoted,) = scan_quotes(text)
    assert text[quoted.start : quoted.end] == "“We will rebuild every school"
    assert not quoted.closed


def test_two_apostrophes_are_a_double_mark() -> None:
    text = "''We will fight back,'' the senator said. ''Not now.'' It's the senators' turn."
    assert spans(text) == ["''We will fight back,''", "''Not now.''"]


PIECES = ["“", "”", '"', "'", "''", "‘", "’", " ", "\n", "said", "Moscow’s", "we", ",", "."]


@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_spans_are_ordered_and_inside_the_text(pieces: list[str]) -> None:
    text = " ".join(pieces)
    found = scan_quotes(text)
    assert [q.start for q in found] == sorted(q.start for q in found)
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start] in ALL_OPENING
    doubles = [q for q in found if not q.single]
    assert all(a.end <= b.start for a, b in itertools.pairwise(doubles))
