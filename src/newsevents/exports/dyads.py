"""Who did what to whom, as the one-actor-per-side rows of GDELT and ACLED.

An event may have several parties on a side, and a joint event ("Putin and Trump agreed") lists all its
parties on both sides (:func:`newsevents.model.shares_party`). A joint event becomes every directed
dyad of two different parties (A→B and B→A), never A→A; any other event one dyad: its first source
and its first target that is not the same party, the others as associated actors. A party is an actor
record of a stored event (``source_actors``/``target_actors``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from newsevents.model import shares_party

Actor = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Dyad:
    actor1: Actor | None
    actor2: Actor | None
    assoc1: list[Actor] = field(default_factory=list)  # the other parties of actor1's side
    assoc2: list[Actor] = field(default_factory=list)


def party_key(actor: Actor) -> str:
    """What makes two mentions one party: the dictionary id, else the name (or text) and country, so
    that "Belgrade" told twice, or a pronoun resolved to it, is not a dyad with itself."""
    if actor.get("actor_id"):
        return str(actor["actor_id"])
    name = str(actor.get("name") or actor.get("text") or "").strip().lower()
    return f"{name}|{actor.get('country') or ''}"


def _distinct(actors: Sequence[Actor], taken: set[str]) -> list[Actor]:
    out = []
    for actor in actors:
        key = party_key(actor)
        if key not in taken:
            taken.add(key)
            out.append(actor)
    return out


def is_joint(source: Sequence[Actor], target: Sequence[Actor]) -> bool:
    return shares_party((a["mention_id"] for a in source), (a["mention_id"] for a in target))


def dyads(source: Sequence[Actor], target: Sequence[Actor]) -> list[Dyad]:
    """The directed dyads of an event: never empty (an event with no party is one dyad of none), and
    never a party with itself."""
    if is_joint(source, target):
        parties = _distinct([*source, *target], set())
        if len(parties) < 2:
            return [Dyad(parties[0] if parties else None, None)]
        return [Dyad(a, b) for a in parties for b in parties if a is not b]
    taken: set[str] = set()
    sources = _distinct(source, taken)
    targets = _distinct(target, taken)
    return [
        Dyad(
            sources[0] if sources else None,
            targets[0] if targets else None,
            sources[1:],
            targets[1:],
        )
    ]
