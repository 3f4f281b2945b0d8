"""The words event dating reads, from the time lexicon (``knowledge/times/lexicon.tsv``): the tense
cues of clauses and the prepositions by which a time expression hangs on what it dates. Built once by
the stage (through ``Resources``) and passed in, so tests can hand in their own."""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.times.lexicon import Lexicon
from newsevents.times.tense import TenseCues


@dataclass(frozen=True, slots=True)
class DatingCues:
    tense: TenseCues
    #: A time expression hangs on the word above these ("met on Sunday").
    time_preps: frozenset[str]
    #: Their object passes a time hanging on it to its clause ("fled during the 2011 uprising").
    frame_preps: frozenset[str]
    #: Their object's time lies before or after the clause's ("signed after the vote on Sunday").
    relational_preps: frozenset[str]
    #: Their clause is what the verb is about ("accused X of shelling the town on Monday"): a time
    #: inside it dates that clause alone.
    complement_preps: frozenset[str] = frozenset()
    #: Adverbs that place an undated clause off the story's day ("Earlier, the minister met ..."): such
    #: a clause does not take the day of the article's lead.
    off_story: frozenset[str] = frozenset()


def dating_cues(lex: Lexicon) -> DatingCues:
    def words(category: str) -> frozenset[str]:
        return frozenset(lex.category(category))

    return DatingCues(
        TenseCues.from_lexicon(lex),
        words("time_prep"),
        words("frame_prep"),
        words("relational_prep"),
        words("complement_prep"),
        words("off_story"),
    )
