"""The records the place recognisers share: a toponym found in the text, and an actor's span."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from newsevents.model import PlaceUse
from newsevents.places.gazetteer import Candidate, Place
from newsevents.span_index import SpanIndex

#: The kind given to an actor the dictionary does not know and gave no country: a place the model
#: mislabelled ORG or PERSON, so it blocks nothing.
UNIDENTIFIED = "unidentified"


@dataclass(slots=True)
class RawMention:
    start: int
    end: int
    text: str
    label: str  # spaCy label, or "GAZ" for a gazetteer-only hit, "QUAL" for a qualifier abbreviation
    candidates: list[Candidate]
    reason: str
    head: int  # token index of the span's last token
    qualifier: Place | None = None
    facility: bool = False
    suffix_dropped: bool = False  # matched without a generic suffix ("Jackson County" as "Jackson")
    use: PlaceUse = "location"
    #: The country of the government the actor stage read this name as ("Paris" as France's): a prior
    #: for resolution, not a filter, since a same-named town the article is about may be meant.
    government_of: str | None = None


class ActorSpan(NamedTuple):
    start: int
    end: int
    kind: str
    country: str | None


class ActorSpans:
    """Actor spans in their order, indexed by position: every toponym asks which actor overlaps it."""

    def __init__(self, spans: Iterable[ActorSpan]) -> None:
        self.spans = list(spans)
        self._index = SpanIndex((s.start, s.end) for s in self.spans)

    def __iter__(self) -> Iterator[ActorSpan]:
        return iter(self.spans)

    def first_overlapping(self, start: int, end: int, kinds: frozenset[str] | None) -> ActorSpan | None:
        """The first span overlapping [start, end) whose kind is one of ``kinds`` (any kind if None)."""
        for k in self._index.overlapping(start, end):
            span = self.spans[k]
            if kinds is None or span.kind in kinds:
                return span
        return None


def actor_spans(actors: Iterable[Any]) -> ActorSpans:
    """Character spans of actor mentions with their kind and country."""
    return ActorSpans(
        ActorSpan(a.start, a.end, (a.kind or "") if (a.actor_id or a.country) else UNIDENTIFIED, a.country)
        for a in actors
    )


def overlapping(start: int, end: int, spans: ActorSpans, kinds: frozenset[str] | None) -> ActorSpan | None:
    """The first span overlapping [start, end) whose kind is one of ``kinds`` (any kind if None)."""
    return spans.first_overlapping(start, end, kinds)
