"""Within-article links: surnames, definite roles ("the minister") and pronouns to earlier actors.

Deliberately simple and linear: one pass in text order over a history of resolved mentions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsevents.actors import constants as C
from newsevents.actors.antecedent import choose
from newsevents.actors.items import Found
from newsevents.actors.pronouns import Pronouns

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass(slots=True)
class History:
    """Resolved mentions so far, in text order, with the sentence each is in."""

    mentions: list[tuple[int, Found]] = field(default_factory=list)
    surnames: dict[str, Found] = field(default_factory=dict)
    #: given name → the one earlier person of the article who bears it; None once two different
    #: persons do ("Pranab said" after "Pranab Mukherjee", never a guess between two Alis)
    given_names: dict[str, Found | None] = field(default_factory=dict)

    def add(self, sentence: int, found: Found, surname: str | None, given: str | None = None) -> None:
        self.mentions.append((sentence, found))
        if surname and found.kind == "person" and found.name:
            self.surnames[surname] = found
        if given and found.kind == "person" and found.name:
            prior = self.given_names.get(given, found)
            self.given_names[given] = found if prior is not None and prior.name == found.name else None


def copy_from(found: Found, antecedent: Found, kind: str, reason: str, confidence: float) -> Found:
    found.kind = kind
    found.name, found.country, found.sector = antecedent.name, antecedent.country, antecedent.sector
    found.actor_id, found.gender, found.offices = antecedent.actor_id, antecedent.gender, antecedent.offices
    found.reasons.append(reason)
    found.confidence = min(confidence, antecedent.confidence)
    return found


def definite_role(history: History, sentence: int, office: str, country: str | None = None) -> Found | None:
    """The latest person in reach who holds ``office`` or an office ending in it (defence_minister).

    With ``country`` known, only a person of that country (or of none) qualifies.
    """
    suffix = "_" + office
    for sent, prior in reversed(history.mentions):
        if sentence - sent > C.ROLE_WINDOW:
            break
        if country and prior.country not in (None, country):
            continue
        if prior.personal and any(o == office or o.endswith(suffix) for o in prior.offices):
            return prior
    return None


def pronoun(history: History, sentence: int, token: Any, pronouns: Pronouns) -> Found | None:
    """A pronoun mention linked to an earlier compatible actor, or None when there is none.

    he/she take persons (and roles naming one) of a compatible gender, with salience by first
    mention, a cheap stand-in for centering: the first compatible person earlier in the same
    sentence, else the first one in the nearest preceding sentence that has one, within the window.
    they/them take the nearest plural actor or group. In the chosen sentence a subject beats a
    non-subject: "The minister met Ms Lee; she said ..." is about the minister.
    """
    word = token.lower_
    referent = pronouns.referent.get(word)
    plural = referent == "plural"
    earlier = (
        (sent, prior)
        for sent, prior in reversed(history.mentions)
        if sent != sentence or prior.start < token.i
    )
    choice = choose(
        earlier,
        sentence,
        C.PRONOUN_WINDOW,
        lambda prior: _compatible(pronouns, word, prior),
        lambda prior: 0 if prior.subject else 1,
        # "they" rarely takes the first mention; the nearest plural (subject first) is safer
        first_mention=not plural,
    )
    if choice is None:
        return None
    best = choice.item
    i = token.i
    found = Found(i, i + 1, i, "pronoun", C.CONF_PRONOUN, subject=token.dep_ in _SUBJECT_DEPS)
    what = "plural actor" if plural else ("male" if referent == "male" else "female") + " person"
    if plural:
        where = "nearest preceding"
    else:
        where = (
            "earlier in this sentence"
            if choice.sentence == sentence
            else "in the nearest preceding sentence with one"
        )
    if best.subject:
        where += ", the subject"
    label = best.name or "?"
    return copy_from(found, best, "pronoun", f"pronoun → {what} {where}: '{label}'", C.CONF_PRONOUN)


def _compatible(pronouns: Pronouns, word: str, prior: Found) -> bool:
    group = prior.plural or prior.kind == "group"
    return pronouns.agrees(word, personal=prior.personal, group=group, gender=prior.gender)
