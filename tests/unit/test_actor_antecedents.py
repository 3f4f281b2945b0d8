"""actors/antecedent.py and actors/pronouns.py: the antecedent rule shared by actor coreference and
quote speakers, and the pronoun table the stages choose their pronouns from."""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.actors.antecedent import choose
from newsevents.actors.pronouns import GROUPS, PERSONAL, load_pronouns

agrees = load_pronouns().agrees


@dataclass(frozen=True)
class Cand:
    name: str
    personal: bool = True
    group: bool = False
    gender: str | None = None
    subject: bool = False


def pick(word: str, cands: list[tuple[int, Cand]], sentence: int, first_mention: bool = False) -> str | None:
    """Run ``choose`` with the agreement rule and subjects ranked first; ``cands`` in text order."""
    choice = choose(
        reversed(cands),
        sentence,
        3,
        lambda c: agrees(word, personal=c.personal, group=c.group, gender=c.gender),
        lambda c: 0 if c.subject else 1,
        first_mention=first_mention,
    )
    return None if choice is None else choice.item.name


def test_agreement_in_gender_and_number() -> None:
    assert agrees("she", personal=True, group=False, gender="f")
    assert agrees("she", personal=True, group=False, gender=None)
    assert not agrees("she", personal=True, group=False, gender="m")
    assert not agrees("him", personal=True, group=False, gender="f")
    assert not agrees("he", personal=False, group=True)
    assert agrees("they", personal=False, group=True)
    assert not agrees("they", personal=True, group=False)
    assert agrees("it", personal=False, group=True)


def test_pronoun_lists_are_chosen_from_the_table_by_referent_and_form() -> None:
    pronouns = load_pronouns()
    persons = pronouns.select(PERSONAL, ("subject", "object", "possessive"))
    assert persons == {"he", "him", "his", "she", "her"}
    assert pronouns.select(GROUPS, ("subject", "object")) == {"they", "them", "it"}
    assert "we" not in pronouns.select((*PERSONAL, *GROUPS))


def test_the_nearest_sentence_with_a_compatible_candidate_decides() -> None:
    cands = [
        (0, Cand("Baerbock", gender="f")),
        (1, Cand("Lavrov", gender="m")),
        (2, Cand("NATO", False, True)),
    ]
    assert pick("she", cands, 3) == "Baerbock"  # Lavrov is nearer but male; NATO is no person
    assert pick("he", cands, 3) == "Lavrov"
    assert pick("they", cands, 3) == "NATO"


def test_nothing_beyond_the_window() -> None:
    cands = [(0, Cand("Baerbock", gender="f"))]
    assert pick("she", cands, 3) == "Baerbock"
    assert pick("she", cands, 4) is None


def test_a_subject_beats_a_nearer_object_in_the_deciding_sentence() -> None:
    # "The minister met Ms Lee. She said ..." is about the minister
    cands = [(0, Cand("the minister", subject=True)), (0, Cand("Ms Lee")), (1, Cand("Mr Roe"))]
    assert pick("she", cands[:2], 1) == "the minister"
    # a farther sentence never beats the nearest one holding a candidate, subject or not
    assert pick("he", cands, 1) == "Mr Roe"


def test_ties_go_to_the_nearest_or_to_the_first_mention() -> None:
    cands = [(0, Cand("Lopez")), (0, Cand("Garcia"))]
    assert pick("he", cands, 1) == "Garcia"
    assert pick("he", cands, 1, first_mention=True) == "Lopez"


def test_no_candidate_gives_none() -> None:
    assert pick("they", [(0, Cand("Lopez"))], 0) is None
    assert pick("he", [], 0) is None
