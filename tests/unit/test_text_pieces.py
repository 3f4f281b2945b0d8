"""Long texts are cut into pieces whose concatenation is the text, at the most natural break."""

from __future__ import annotations

from newsevents.nlp.pieces import pieces


def test_pieces_join_back_to_the_text_and_respect_the_limit() -> None:
    text = ("Police arrested twelve people on Monday. " * 30 + "\n\n") * 40
    cut = pieces(text, 2_000)
    assert "".join(cut) == text
    assert all(len(p) <= 2_000 for p in cut) and len(cut) > 1


def test_a_piece_ends_at_a_paragraph_break_before_a_sentence_end() -> None:
    text = "First paragraph ends here.\n\nSecond one. It goes on and on and on."
    cut = pieces(text, 40)
    assert cut[0] == "First paragraph ends here.\n\n"


def test_without_a_break_a_piece_ends_after_a_sentence_and_never_inside_a_word() -> None:
    text = "One short sentence. Another sentence follows it here without a break"
    cut = pieces(text, 30)
    assert cut[0] == "One short sentence. "
    assert "".join(cut) == text
    assert pieces("x" * 10, 4) == ["xxxx", "xxxx", "xx"]  # no space at all: cut at the limit


def test_a_text_under_the_limit_is_one_piece() -> None:
    assert pieces("A short article.", 100) == ["A short article."]
