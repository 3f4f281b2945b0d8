"""Acts between two parties told with no counterpart.

Rejecting, threatening, sanctioning, consulting, cooperating, agreeing, supporting and aiding are done
to or with another party (``knowledge/events/addressed_types.tsv``). Once the mentions of one event are
merged, so that a restatement ("the agreement was signed in Addis Ababa") has lent the event its date
and place, a fact of such a type still without a target tells a stance or a summary ("rights groups
dispute this account", "warned of another wave of arrests"), not an act between two parties, and is
not kept. The article's lede, its first sentence after the headline that tells an event, is the news
itself, whose parties the reader knows: an act told there is kept all the same, as in a text of one
sentence. A planned or possible act keeps its modality as the news.
"""

from __future__ import annotations

from newsevents.events.merge import headline_sentences
from newsevents.model import FACTUAL_MODALITIES, Document, Event


def lede_sentence(doc: Document) -> int | None:
    """The first sentence after the headline that tells one of ``doc.events`` (a dateline or a byline
    may come before it)."""
    heading = headline_sentences(doc)
    told = {m.sentence for e in doc.events for m in e.mentions} | {e.sentence for e in doc.events}
    return min((i for i in told if i not in heading), default=None)


def drop_unaddressed(doc: Document, types: frozenset[str]) -> list[Event]:
    """``doc.events`` without the facts of ``types`` that name no target outside the lede."""
    lede = lede_sentence(doc)

    def unaddressed(event: Event) -> bool:
        in_lede = event.sentence == lede or any(m.sentence == lede for m in event.mentions)
        return (
            not event.target
            and event.modality in FACTUAL_MODALITIES
            and event.event_type in types
            and not in_lede
        )

    return [e for e in doc.events if not unaddressed(e)]
