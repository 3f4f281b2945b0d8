"""Everything the actors stage reads besides its dictionary: metonymy cues, pronouns and the
function words of names (``knowledge/actors/function_words.tsv``). Built once by the stage through
``Resources`` and passed to the resolver, so tests can hand in their own."""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.actors.metonymy import Cues
from newsevents.actors.pronouns import PERSONAL, Pronouns
from newsevents.knowledge import packaged, read_word_lists

WORD_FILE = "actors/function_words.tsv"
KINDS = ("name_trim", "name_function", "definite")


@dataclass(frozen=True, slots=True)
class ActorWords:
    metonymy: Cues
    pronouns: Pronouns
    #: The pronouns the stage links to earlier actors; "it" is left alone (it is mostly no actor).
    linked_pronouns: frozenset[str]
    #: Words dropped before a name the dictionary lacks ("the Free Syrian Army").
    name_trim: frozenset[str]
    #: Words inside an organisation's name that are no words of its own ("Bank of Syria").
    name_function: frozenset[str]
    #: Determiners that make a role refer back to a person named before ("the minister").
    definite: frozenset[str]


def load_words(metonymy: Cues, pronouns: Pronouns) -> ActorWords:
    """The packaged function words, with the cues and pronouns the caller read."""
    lists = read_word_lists(packaged(WORD_FILE), "word", "kind", KINDS)
    return ActorWords(
        metonymy,
        pronouns,
        pronouns.select((*PERSONAL, "plural")),
        frozenset(lists["name_trim"]),
        frozenset(lists["name_function"]),
        frozenset(lists["definite"]),
    )
