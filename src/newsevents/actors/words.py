"""Everything the actors stage reads besides its dictionary: metonymy cues, pronouns and the
function words of names (``knowledge/actors/function_words.tsv``). Built once by the stage through
``Resources`` and passed to the resolver, so tests can hand in their own."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from newsevents.actors.metonymy import Cues
from newsevents.actors.pronouns import PERSONAL, Pronouns
from newsevents.knowledge import malformed, packaged, read_tsv_numbered, read_word_lists

WORD_FILE = "actors/function_words.tsv"
KINDS = ("name_trim", "name_function", "definite", "former")
DISCOURSE_FILE = "actors/discourse_bodies.tsv"


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
    #: Words before a title that say its office is no longer held ("former President Gayoom").
    former: frozenset[str] = frozenset()
    #: Sector or role id → the sectors of the earlier mentions an unqualified body of it stands for
    #: (``knowledge/actors/discourse_bodies.tsv``): "Israeli forces … the soldiers" are Israeli.
    discourse_bodies: Mapping[str, frozenset[str]] = field(default_factory=dict)


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
        frozenset(lists["former"]),
        load_discourse_bodies(),
    )


def load_discourse_bodies() -> dict[str, frozenset[str]]:
    """The packaged table of bodies that take their country from the article's earlier mentions."""
    path = packaged(DISCOURSE_FILE)
    table: dict[str, frozenset[str]] = {}
    for line_no, row in read_tsv_numbered(path, ("key", "sectors")):
        sectors = frozenset(s for s in row["sectors"].split("|") if s)
        if not row["key"] or not sectors:
            raise malformed(path, line_no, "a key and at least one sector are needed")
        table[row["key"]] = sectors
    return table
