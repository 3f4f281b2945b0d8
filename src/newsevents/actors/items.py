"""Intermediate results of the actor stage: dictionary/NER items and resolved mentions (token spans)."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsevents.actors.dictionary import GENERIC_KINDS, Candidate, Entry


@dataclass(slots=True)
class Item:
    """A dictionary match or an NER name the dictionary lacks, as a token span ``[start, end)``."""

    start: int
    end: int
    cand: Candidate | None = None
    n_cands: int = 1
    label: str | None = None  # spaCy's entity label over the span, if any
    fuzzy: bool = False
    hint: Candidate | None = None  # a country word inside an unknown organisation's name
    body: Candidate | None = None  # a body word ending an unknown organisation's name ("Court")

    @property
    def entry(self) -> Entry | None:
        return self.cand.entry if self.cand else None

    @property
    def demonym(self) -> bool:
        return self.cand is not None and self.cand.demonym

    @property
    def generic(self) -> bool:
        e = self.entry
        return e is not None and e.kind in GENERIC_KINDS and not self.demonym

    @property
    def modifier(self) -> bool:
        """Can give its country to a following role: demonym, state, capital, organisation, group."""
        e = self.entry
        return e is not None and (self.demonym or e.kind in ("state", "capital", "organisation", "group"))

    @property
    def person(self) -> bool:
        e = self.entry
        return (e is not None and e.kind == "person") or (e is None and self.label == "PERSON")


@dataclass(slots=True)
class Found:
    """A resolved actor mention over tokens ``[start, end)``."""

    start: int
    end: int
    head: int
    kind: str
    confidence: float
    reasons: list[str] = field(default_factory=list)
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    actor_id: str | None = None
    gender: str | None = None
    offices: frozenset[str] = frozenset()
    plural: bool = False
    subject: bool = False
    #: The roles.tsv id of a role or body mention that names no one ("the soldiers", "Iran's interior
    #: minister"): no holder, no name; None for names, persons and pronouns.
    generic: str | None = None

    @property
    def personal(self) -> bool:
        """A single human: a person, or a role that names one ("the minister")."""
        return not self.plural and (
            self.kind == "person" or (self.kind in ("role", "pronoun") and bool(self.name))
        )
