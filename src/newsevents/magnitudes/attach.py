"""Counts onto the events they belong to: an event of a fitting type in the count's sentence (the
nearest trigger), else one told in the sentence or two before in the same paragraph ("Gunmen
attacked a camp on Sunday. At least 40 people were killed."), with the reason. A count no event
fits is left out: a figure is only kept as the magnitude of something."""

from __future__ import annotations

from newsevents.magnitudes.counts import CONFIDENCE_BY_STEPS, Count
from newsevents.magnitudes.lexicon import MagnitudeLexicon
from newsevents.model import Document, Event, Magnitude, Provenance, Span

#: How many sentences back a count may reach for its event: a toll follows its attack at once or
#: after one sentence of detail; farther back it is as likely another event's.
SENTENCES_BACK = 2
#: How a reason says that a count was attached across sentences.
FOLLOWING = "in a following sentence about the same event"
#: Confidence kept for a count attached to an event of an earlier sentence.
EARLIER_SENTENCE_FACTOR = 0.8


def _sentences_of(event: Event) -> set[int]:
    return {event.sentence, *(m.sentence for m in event.mentions)}


def _trigger_distance(event: Event, offset: int) -> int:
    starts = [event.trigger.start, *(m.trigger.start for m in event.mentions)]
    return min(abs(s - offset) for s in starts)


def _event_for(doc: Document, count: Count, sentence: int, types: tuple[str, ...]) -> tuple[int, str] | None:
    """The index of the event ``count`` belongs to and why, or None."""
    fitting = [(i, e) for i, e in enumerate(doc.events) if e.event_type in types]
    here = [(i, e) for i, e in fitting if sentence in _sentences_of(e)]
    if here:
        i, event = min(
            here, key=lambda ie: (types.index(ie[1].event_type), _trigger_distance(ie[1], count.start))
        )
        if event.sentence == sentence:
            return i, "in the sentence of the event's trigger"
        return i, "in the sentence of another mention of the event"
    paragraph = doc.sentences[sentence].paragraph
    for back in range(1, SENTENCES_BACK + 1):
        earlier = sentence - back
        if earlier < 0 or doc.sentences[earlier].paragraph != paragraph:
            break
        there = [(i, e) for i, e in fitting if earlier in _sentences_of(e)]
        if there:
            i, _event = max(there, key=lambda ie: ie[1].trigger.start)
            return i, f"{FOLLOWING} ({back} after its trigger's)"
    return None


def _source(doc: Document, start: int) -> str | None:
    """Who gives the figure: the speaker of the quote holding it ("…, the health ministry said",
    "according to the health ministry"), as the text names it; a pronoun ("he said") by the mention
    it was resolved to."""
    for quote in doc.quotes:
        if quote.content.start <= start < quote.content.end:
            actor = None if quote.speaker_actor is None else doc.actors[quote.speaker_actor]
            if actor is not None and quote.speaker is not None and actor.start != quote.speaker.start:
                return actor.text
            name = quote.speaker_text or quote.speaker_name
            if name:
                return name
    return None


def _running_before(running: dict[tuple[int, str], str], sentence: int, kind: str) -> str | None:
    """The cue of a running toll of ``kind`` told in the sentence or two before ``sentence``, or None.
    A count with no event of its own right after a running toll is another figure of that toll
    ("The war has killed more than 20,000. Researchers estimate the death toll at 130,000."), not
    the count of the event the toll was told with."""
    for back in range(1, SENTENCES_BACK + 1):
        cue = running.get((sentence - back, kind))
        if cue is not None:
            return cue
    return None


def attach_counts(
    doc: Document, counts: list[tuple[int, Count]], lex: MagnitudeLexicon, stage: str
) -> list[list[Magnitude]]:
    """The magnitudes of each event of ``doc`` (by event index), from ``counts`` by sentence."""
    out: list[list[Magnitude]] = [[] for _ in doc.events]
    running: dict[tuple[int, str], str] = {}  # (sentence, kind) -> the cue of a running toll told there
    for sentence, count in counts:
        chosen = _event_for(doc, count, sentence, lex.event_types.get(count.kind, ()))
        if chosen is None:
            continue
        index, where = chosen
        cumulative, cue = count.cumulative, count.cumulative_cue
        if not cumulative and where.startswith(FOLLOWING):
            cue = _running_before(running, sentence, count.kind)
            cumulative = cue is not None
        if cumulative and cue is not None:
            running.setdefault((sentence, count.kind), cue)
        q = count.quantity
        text = doc.text[count.start : count.end]
        confidence = CONFIDENCE_BY_STEPS[min(count.steps, len(CONFIDENCE_BY_STEPS) - 1)]
        if where.startswith(FOLLOWING):
            confidence *= EARLIER_SENTENCE_FACTOR
        reason = f"{q.how} count of {count.kind} in '{text}', {where}"
        if count.cumulative:
            reason += f"; a running toll ('{cue}'), not this event's own"
        elif cumulative:
            reason += f"; another figure of the running toll ('{cue}') told just before, not this event's own"
        out[index].append(
            Magnitude(
                kind=count.kind,
                span=Span(count.start, count.end),
                sentence=sentence,
                prov=Provenance(stage, round(confidence, 3), reason),
                best=q.best,
                low=q.low,
                high=q.high,
                side=count.side,
                cumulative=cumulative,
                source=_source(doc, count.start),
            )
        )
    return out
