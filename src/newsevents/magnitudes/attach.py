"""Counts onto the events they belong to: an event of a fitting type in the count's sentence (the
nearest trigger), else one told in the sentence or two before in the same paragraph ("Gunmen
attacked a camp on Sunday. At least 40 people were killed."), else the nearest factual event told
before of a type the sentence names by a definite noun ("Nine guards died in the ambush"),
with the reason. A headline's figure with no event of its own goes on the article's first event of
its type when the body gives no figure as large (the headline then gives the total). A count no
event fits is left out: a figure is only kept as the magnitude of something; so is a count of the
people who give the figure ("three residents told AFP")."""

from __future__ import annotations

from typing import Any

from newsevents.events.merge import headline_sentences
from newsevents.magnitudes.counts import CONFIDENCE_BY_STEPS, CROWD, Count
from newsevents.magnitudes.lexicon import MagnitudeLexicon
from newsevents.model import FACTUAL_MODALITIES, Document, Event, Magnitude, Provenance, Span

#: How many sentences back a count may reach for its event: a toll follows its attack at once or
#: after one sentence of detail; farther back it is as likely another event's.
SENTENCES_BACK = 2
#: How a reason says that a count was attached across sentences.
FOLLOWING = "in a following sentence about the same event"
#: How a reason says that a count was attached through a noun referring back to its event.
REFERRED = "in a sentence referring back to the event"
#: How a reason says that a headline's figure was put on the article's first event of its type.
HEADLINE = "in the headline, on the article's first event of its type"
#: How an exact figure is read (newsevents.magnitudes.numbers).
EXACT = "exact"
#: Confidence kept for a count attached to an event of an earlier sentence.
EARLIER_SENTENCE_FACTOR = 0.8
#: The tag of a singular common noun, and the labels of a determiner and a possessive ("the attack",
#: "Monday's attack").
SINGULAR_NOUN = "NN"
DETERMINER = "det"
POSSESSIVE = "poss"


def _sentences_of(event: Event) -> set[int]:
    return {event.sentence, *(m.sentence for m in event.mentions)}


def _starts(event: Event) -> list[int]:
    return [event.trigger.start, *(m.trigger.start for m in event.mentions)]


def _trigger_distance(event: Event, offset: int) -> int:
    return min(abs(s - offset) for s in _starts(event))


def _definite(noun: Any) -> bool:
    """Whether ``noun`` is definite: "the", "this", "that" or a possessive before it."""
    for child in noun.children:
        if child.dep_ == POSSESSIVE:
            return True
        if child.dep_ == DETERMINER and (
            "Def" in child.morph.get("Definite") or "Dem" in child.morph.get("PronType")
        ):
            return True
    return False


def _referred_types(doc: Document, sentence: int, lex: MagnitudeLexicon) -> dict[str, str]:
    """The event types the sentence refers back to by a definite singular event noun ("died in the
    assault"), each with its noun."""
    if doc.spacy is None:
        return {}
    sent = doc.sentences[sentence]
    found: dict[str, str] = {}
    for tok in doc.spacy:
        if tok.idx >= sent.end:
            break
        if tok.idx < sent.start or tok.tag_ != SINGULAR_NOUN:
            continue
        event_type = lex.event_nouns.get(tok.lemma_.lower()) or lex.event_nouns.get(tok.lower_)
        if event_type is not None and _definite(tok):
            found.setdefault(event_type, str(tok.text))
    return found


def _referred_event(
    doc: Document,
    fitting: list[tuple[int, Event]],
    sentence: int,
    types: tuple[str, ...],
    lex: MagnitudeLexicon,
) -> tuple[int, str] | None:
    """The nearest event told before ``sentence`` of a type the sentence refers back to, and why."""
    referred = _referred_types(doc, sentence, lex)
    for event_type in types:
        noun = referred.get(event_type)
        if noun is None:
            continue
        told = [
            (max(k for k in _sentences_of(e) if k < sentence), i)
            for i, e in fitting
            if e.event_type == event_type
            and e.modality in FACTUAL_MODALITIES  # "they'd rape the women" is no assault to count
            and min(_sentences_of(e)) < sentence
        ]
        if told:
            return max(told)[1], f"{REFERRED} ('the {noun}')"
    return None


def _event_for(
    doc: Document,
    count: Count,
    sentence: int,
    types: tuple[str, ...],
    lex: MagnitudeLexicon,
    counted_in: dict[int, int],
) -> tuple[int, str] | None:
    """The index of the event ``count`` belongs to and why, or None. ``counted_in`` holds, by
    sentence, the event a count told there went to: a toll told over two sentences ("Twelve people
    died at the scene of the explosion. Five more died in hospital.") is of one event."""
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
        if counted_in.get(earlier) is not None and doc.events[counted_in[earlier]].event_type in types:
            return counted_in[earlier], f"{FOLLOWING} ({back} after another count of it)"
    return _referred_event(doc, fitting, sentence, types, lex)


def _headline_event(
    doc: Document, count: Count, lex: MagnitudeLexicon, taken: list[list[Magnitude]]
) -> int | None:
    """The event a headline's figure with no event of its own belongs to: the article's first event of
    the kind's preferred type, when the body gives it no own count of that kind as large ("Bomb kills
    20" over "Twelve died at the scene ... Eight more died later": the headline's is the total); None
    when the body's count is as large (the headline repeats it) or the figure is a running toll."""
    figure = count.quantity.best if count.quantity.best is not None else count.quantity.low
    if figure is None or count.cumulative:
        return None
    for event_type in lex.event_types.get(count.kind, ()):
        told = [
            (min(_starts(e)), i)
            for i, e in enumerate(doc.events)
            if e.event_type == event_type and e.modality in FACTUAL_MODALITIES
        ]
        if not told:
            continue
        first = min(told)[1]
        body = [m.best if m.best is not None else m.low for m in taken[first] if m.kind == count.kind]
        if not body:
            return first
        # against the body's own figures only an exact one is a total: a title-case headline parses
        # poorly, and a vague word in it may count another kind
        exact = count.quantity.best is not None and count.quantity.how == EXACT
        return first if exact and all(b is not None and b < figure for b in body) else None
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


def _is_speaker(doc: Document, count: Count) -> bool:
    """Whether the counted people are who gives the figure ("15 people were killed, three residents
    told AFP"): a quote's speakers are its witnesses, not the event's victims."""
    if doc.spacy is None:
        return False
    at = doc.spacy[count.counted].idx
    return any(q.speaker is not None and q.speaker.start <= at < q.speaker.end for q in doc.quotes)


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


def _magnitude(
    doc: Document, sentence: int, count: Count, where: str, stage: str, running: dict[tuple[int, str], str]
) -> Magnitude:
    """The magnitude ``count`` gives the event it was attached to (``where`` says how)."""
    cumulative, cue = count.cumulative, count.cumulative_cue
    far = where.startswith((FOLLOWING, REFERRED, HEADLINE))
    if not cumulative and far:
        cue = _running_before(running, sentence, count.kind)
        cumulative = cue is not None
    if cumulative and cue is not None:
        running.setdefault((sentence, count.kind), cue)
    q = count.quantity
    text = doc.text[count.start : count.end]
    confidence = CONFIDENCE_BY_STEPS[min(count.steps, len(CONFIDENCE_BY_STEPS) - 1)]
    if far:
        confidence *= EARLIER_SENTENCE_FACTOR
    reason = f"{q.how} count of {count.kind} in '{text}', {where}"
    if count.cumulative:
        reason += f"; a running toll ('{cue}'), not this event's own"
    elif cumulative:
        reason += f"; another figure of the running toll ('{cue}') told just before, not this event's own"
    return Magnitude(
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


def attach_counts(
    doc: Document, counts: list[tuple[int, Count]], lex: MagnitudeLexicon, stage: str
) -> list[list[Magnitude]]:
    """The magnitudes of each event of ``doc`` (by event index), from ``counts`` by sentence."""
    out: list[list[Magnitude]] = [[] for _ in doc.events]
    running: dict[tuple[int, str], str] = {}  # (sentence, kind) -> the cue of a running toll told there
    heading = headline_sentences(doc)
    headline_counts: list[tuple[int, Count]] = []
    counted_in: dict[int, int] = {}  # sentence -> the event a count told there went to
    for sentence, count in counts:
        if count.kind != CROWD and _is_speaker(doc, count):  # a crowd may speak for itself
            continue
        chosen = _event_for(doc, count, sentence, lex.event_types.get(count.kind, ()), lex, counted_in)
        if chosen is not None:
            counted_in.setdefault(sentence, chosen[0])
            out[chosen[0]].append(_magnitude(doc, sentence, count, chosen[1], stage, running))
        elif sentence in heading:
            headline_counts.append((sentence, count))
    # a headline's figure is weighed against the whole body's, and goes first: it is told first
    for sentence, count in reversed(headline_counts):
        index = _headline_event(doc, count, lex, out)
        if index is not None:
            out[index].insert(0, _magnitude(doc, sentence, count, HEADLINE, stage, running))
    return out
