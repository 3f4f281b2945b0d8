"""Word lists several stages read, built once per ``Resources``; tests inject their own under these keys."""

from __future__ import annotations

from newsevents.actors.pronouns import Pronouns, load_pronouns
from newsevents.nlp.dateline import load_marks
from newsevents.places.cues import PlaceCues, load_cues
from newsevents.resources import Resources

DATELINE_MARKS = "dateline_marks"
PRONOUNS = "pronouns"
PLACE_CUES = "places.cues"


def dateline_marks(resources: Resources) -> frozenset[str]:
    """The punctuation that ends a dateline, shared by every stage that skips or reads datelines."""
    return resources.get(DATELINE_MARKS, load_marks)


def pronouns(resources: Resources) -> Pronouns:
    """The pronoun table, shared by the stages that link pronouns (actors, events, quotes)."""
    return resources.get(PRONOUNS, load_pronouns)


def place_cues(resources: Resources) -> PlaceCues:
    """The place stages' cue words, shared by ``places`` and ``event_locations``."""
    return resources.get(PLACE_CUES, lambda: load_cues(dateline_marks(resources)))
