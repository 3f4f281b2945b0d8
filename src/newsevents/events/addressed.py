"""Acts between two parties told with no counterpart.

Rejecting, threatening, sanctioning, consulting, cooperating, agreeing, supporting and aiding are done
to or with another party, and a raid or a seizure of property is of something
(``knowledge/events/addressed_types.tsv``). Once the mentions of one event are
merged, so that a restatement ("the agreement was signed in Addis Ababa") has lent the event its date
and place, a fact of such a type still without a target tells a stance or a summary ("rights groups
dispute this account", "warned of another wave of arrests"), not an act between two parties, and is
not kept. A brief of a few sentences is all lede: its reader knows the parties from the story it
updates, and an act it tells is kept all the same. A planned or possible act keeps its modality as
the news.
"""

from __future__ import annotations

from newsevents.events.merge import headline_sentences
from newsevents.model import FACTUAL_MODALITIES, Document, Event

#: Sentences after the headline up to which a text is a brief (a wire flash, a news-in-brief item, a
#: single sentence), all lede; a longer article tells its parties in its own discourse.
BRIEF_SENTENCES = 3


def is_brief(doc: Document) -> bool:
    heading = headline_sentences(doc)
    return sum(1 for i in range(len(doc.sentences)) if i not in heading) <= BRIEF_SENTENCES


def drop_unaddressed(doc: Document, types: frozenset[tuple[str, str | None, str | None]]) -> list[Event]:
    """``doc.events`` without the facts of ``types`` ((type, mode, CAMEO code) triples, None for any
    mode or code) that name no target, unless ``doc`` is a brief."""
    if is_brief(doc):
        return doc.events
    return [
        e for e in doc.events if e.target or e.modality not in FACTUAL_MODALITIES or not _addressed(e, types)
    ]


def _addressed(event: Event, types: frozenset[tuple[str, str | None, str | None]]) -> bool:
    """Whether ``event``'s type, mode and code are of those done only to or with someone."""
    etype, mode, code = event.event_type, event.mode, event.cameo
    keys = {(etype, None, None), (etype, mode, None), (etype, mode, code)}
    return bool(keys & types)
