"""A pronoun's antecedent: the rule shared by actor coreference (``actors/coref.py``) and quote
speakers (``quotes/speakers.py``).

* Agreement (``Pronouns.agrees``): he/him take a single person not known to be female, she/her one
  not known to be male; they/them (and "it", where a caller resolves it) a plural actor or a group.
* Recency: candidates come nearest first; the nearest sentence within the window that holds an
  agreeing candidate decides, as news text names a referent again within a few sentences.
* Salience: in that sentence the best-ranked candidate wins (callers rank subjects first); a tie
  goes to the nearest candidate or, for salience by first mention, to the earliest.

Callers differ in what a candidate is (the actor stage's resolved mentions over tokens, or the
finished ``doc.actors``), in how they rank roles and in their window; those are parameters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Choice(Generic[T]):
    item: T
    sentence: int
    rank: int


def choose(
    candidates: Iterable[tuple[int, T]],
    sentence: int,
    window: int,
    compatible: Callable[[T], bool],
    rank: Callable[[T], int],
    first_mention: bool = False,
) -> Choice[T] | None:
    """The antecedent among ``candidates`` (``(sentence, item)`` pairs, nearest first) of a pronoun
    in ``sentence``: the lowest ``rank`` among the compatible ones of the nearest sentence holding
    any, at most ``window`` sentences back; ties go to the earliest with ``first_mention``, else to
    the nearest."""
    best: Choice[T] | None = None
    for sent, item in candidates:
        if sentence - sent > window or (best is not None and sent != best.sentence):
            break
        if not compatible(item):
            continue
        r = rank(item)
        if best is None or r < best.rank or (first_mention and r == best.rank):
            best = Choice(item, sent, r)
    return best
