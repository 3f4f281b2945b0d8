"""The words the place stages read syntax with: cue words by kind (``knowledge/places/cues.tsv``), the
marks that end a dateline and the names of languages. Built once by the stages (through
``Resources``) and passed to every function that reads them, so tests can hand in their own."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from newsevents.cache import Section, inputs_digest, load_or_build
from newsevents.knowledge import packaged, read_word_lists
from newsevents.places import normalize
from newsevents.places.normalize import NORMAL_FORMS_FILE, normalise

CUE_FILE = "places/cues.tsv"
#: The kinds of ``cues.tsv``, documented in its header.
KINDS = (
    "locative_prep",
    "destination_prep",
    "origin_prep",
    "place_noun",
    "modifier",
    "generic_suffix",
    "facility_word",
    "natural_word",
    "direction",
    "host_verb",
    "located_noun",
    "language_governor",
    "venue_noun",
    "local_noun",
    "place_object_verb",
    "strike_verb",
    "weapon_noun",
    "journey_noun",
    "departure_verb",
    "co_temporal_prep",
    "ground_subject_verb",
    "topic_prep",
    "topic_word",
    "owned_noun",
    "time_zone_noun",
)


@dataclass(frozen=True, slots=True)
class PlaceCues:
    #: Lower-case cue words by kind (one of ``KINDS``).
    words: Mapping[str, frozenset[str]]
    #: Punctuation that ends a dateline (``nlp.dateline.load_marks``).
    dateline_marks: frozenset[str]
    #: Normalised names of languages: "in English" names no place.
    languages: frozenset[str]

    def __getitem__(self, kind: str) -> frozenset[str]:
        return self.words[kind]


def language_names() -> frozenset[str]:
    """Normalised names of the languages ISO 639-3 knows (from ``pycountry``), read from an index file
    (``newsevents.cache``): loading pycountry's 7,900 languages and normalising their names costs
    about 0.07 s of CPU in every process."""
    import pycountry  # imported here: only this loader needs it

    parts = [f"language names {pycountry.__version__}"]
    sources = [packaged(NORMAL_FORMS_FILE), Path(normalize.__file__ or ""), Path(__file__)]
    index = load_or_build(
        "languages",
        inputs_digest(parts, sources),
        lambda: {"names": Section("bytes", "\n".join(_normalised_language_names()).encode())},
    )
    return frozenset(bytes(index.data("names")).decode().split("\n"))


def _normalised_language_names() -> list[str]:
    import pycountry

    return sorted({normalise(lang.name) for lang in pycountry.languages})


def load_cues(dateline_marks: frozenset[str]) -> PlaceCues:
    """The packaged cue words, with the dateline marks the caller read."""
    lists = read_word_lists(packaged(CUE_FILE), "cue", "kind", KINDS)
    words = {kind: frozenset(cues) for kind, cues in lists.items()}
    return PlaceCues(words, dateline_marks, language_names())
