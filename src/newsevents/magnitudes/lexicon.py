"""The magnitudes stage's word lists (``knowledge/magnitudes/``), read once into one object."""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.knowledge import malformed, packaged, read_tsv, read_tsv_numbered
from newsevents.model import MAGNITUDE_KINDS, MagnitudeKind

#: The kinds of row of ``numbers.tsv``: what a word does to the number being read.
NUMBER_KINDS = ("unit", "scale", "article", "fraction")
#: The bounds of ``bounds.tsv`` (see its header).
BOUNDS = ("low", "high", "about", "range", "join", "range_join", "part")
#: The values of a yes/no column, yes first.
YES_NO = ("yes", "no")
#: The kinds of row of ``cumulative.tsv``.
CUMULATIVE_KINDS = ("phrase", "agent", "context", "period")


@dataclass(frozen=True)
class MagnitudeLexicon:
    event_types: dict[str, tuple[str, ...]]  # kind -> the event types a count of it may belong to
    cues: dict[str, MagnitudeKind]  # lemma or word -> kind
    subject_counted: frozenset[str]  # cues whose active subject is what they count ("12 died")
    numbers: dict[str, tuple[int, str]]  # word -> (value, unit/scale/article)
    vague: dict[tuple[str, ...], tuple[int, int]]  # words -> (low, high)
    bounds: dict[tuple[str, ...], str]  # words -> bound
    sides: dict[str, str]  # word or lemma -> side
    cumulative_phrases: tuple[tuple[str, ...], ...]
    cumulative_agents: frozenset[str]
    cumulative_contexts: frozenset[str]
    cumulative_periods: frozenset[str]
    groups: frozenset[str]  # "a family of five"
    persons: frozenset[str]  # nouns naming people ("25 people"), from knowledge/events/person_nouns.tsv
    event_nouns: dict[str, str]  # noun referring back to an event ("the attack") -> its event type
    penalties: frozenset[str]  # verbs of a sentence passed ("sentenced to death"): their cue is no count


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.lower().split())


def _int_cell(path_name: str, line: int, value: str) -> int:
    path = packaged(path_name)
    if not value.isdigit():
        raise malformed(path, line, f"{value!r} is not a whole number")
    return int(value)


def load_lexicon() -> MagnitudeLexicon:
    """The packaged word lists; a bad cell raises E205 naming the file and line."""
    event_types: dict[str, tuple[str, ...]] = {}
    for line, row in read_tsv_numbered(packaged("magnitudes/kinds.tsv"), ("kind", "event_types")):
        if row["kind"] not in MAGNITUDE_KINDS:
            raise malformed(packaged("magnitudes/kinds.tsv"), line, f"unknown kind {row['kind']!r}")
        event_types[row["kind"]] = tuple(t for t in row["event_types"].split("|") if t)
    cues: dict[str, MagnitudeKind] = {}
    subject_counted: set[str] = set()
    for line, row in read_tsv_numbered(packaged("magnitudes/cues.tsv"), ("word", "kind", "subject_counted")):
        if row["kind"] not in MAGNITUDE_KINDS or row["subject_counted"] not in YES_NO:
            raise malformed(packaged("magnitudes/cues.tsv"), line, f"bad kind or subject_counted in {row}")
        cues[row["word"].lower()] = MAGNITUDE_KINDS[MAGNITUDE_KINDS.index(row["kind"])]
        if row["subject_counted"] == YES_NO[0]:
            subject_counted.add(row["word"].lower())
    numbers: dict[str, tuple[int, str]] = {}
    name = "magnitudes/numbers.tsv"
    for line, row in read_tsv_numbered(packaged(name), ("word", "value", "kind")):
        if row["kind"] not in NUMBER_KINDS:
            raise malformed(packaged(name), line, f"unknown kind {row['kind']!r}")
        numbers[row["word"].lower()] = (_int_cell(name, line, row["value"]), row["kind"])
    vague: dict[tuple[str, ...], tuple[int, int]] = {}
    name = "magnitudes/vague.tsv"
    for line, row in read_tsv_numbered(packaged(name), ("phrase", "low", "high")):
        vague[_words(row["phrase"])] = (_int_cell(name, line, row["low"]), _int_cell(name, line, row["high"]))
    bounds: dict[tuple[str, ...], str] = {}
    for line, row in read_tsv_numbered(packaged("magnitudes/bounds.tsv"), ("phrase", "kind")):
        if row["kind"] not in BOUNDS:
            raise malformed(packaged("magnitudes/bounds.tsv"), line, f"unknown kind {row['kind']!r}")
        bounds[_words(row["phrase"])] = row["kind"]
    sides = {
        r["word"].lower(): r["side"] for r in read_tsv(packaged("magnitudes/sides.tsv"), ("word", "side"))
    }
    phrases: list[tuple[str, ...]] = []
    words: dict[str, set[str]] = {k: set() for k in CUMULATIVE_KINDS}
    for line, row in read_tsv_numbered(packaged("magnitudes/cumulative.tsv"), ("cue", "kind")):
        if row["kind"] not in CUMULATIVE_KINDS:
            raise malformed(packaged("magnitudes/cumulative.tsv"), line, f"unknown kind {row['kind']!r}")
        if row["kind"] == "phrase":
            phrases.append(_words(row["cue"]))
        words[row["kind"]].add(row["cue"].lower())
    groups = frozenset(r["noun"].lower() for r in read_tsv(packaged("magnitudes/groups.tsv"), ("noun",)))
    persons = frozenset(r["noun"].lower() for r in read_tsv(packaged("events/person_nouns.tsv"), ("noun",)))
    event_nouns = {
        r["noun"].lower(): r["event_type"]
        for r in read_tsv(packaged("magnitudes/event_nouns.tsv"), ("noun", "event_type"))
    }
    return MagnitudeLexicon(
        event_types,
        cues,
        frozenset(subject_counted),
        numbers,
        vague,
        bounds,
        sides,
        tuple(phrases),
        frozenset(words["agent"]),
        frozenset(words["context"]),
        frozenset(words["period"]),
        groups,
        persons,
        event_nouns,
        frozenset(r["verb"].lower() for r in read_tsv(packaged("magnitudes/penalties.tsv"), ("verb",))),
    )
