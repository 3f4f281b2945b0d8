"""The date of an event: the time expression governing its clause, else the nearest one that applies.

Precedence: (1) a dated expression syntactically attached to the trigger or to the word the trigger
depends on ("landed in Damascus on Sunday", "held a phone call the previous evening"); (2) the nearest
dated expression of the trigger's sentence that applies to it; (3) the last one of the sentence before
that applies to it; (3b) for a past event, the date the previous sentence's events took from a time
expression, when that sentence is of the same paragraph; (3c) for an undated act told in the simple
past, the day the story has reached: that of the last simple-past act a time expression dated before
it (``story``); (4) the publication date: its day for a clause told in the simple present, else its
month; without one, the month the article's address or
its text's anchor shows (``_fallback``); (5) no date. Durations, sets and vague references never date
an event, and no time after the publication date dates a past event.

An expression applies to an event when its scope (``time_scope``) covers the trigger: one inside a noun
phrase ("the 2017 accord") or a relative clause ("citizens detained last month") dates that phrase or
clause only, and so never another event of its sentence nor one of the next sentence; one inside an
adverbial clause ("after the president met a delegation last Friday") dates the rest of its sentence
only when the main clause names no time. An expression inside a direct quotation applies only to events
in that quotation. A borrowed (not governing) expression must also fit the tense of the event's clause,
and a previous sentence told in the present lends none of its historical times (``event_tense``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from newsevents.event_dates.cues import DatingCues
from newsevents.event_dates.event_tense import after, clash, historical, simple_present, tense_above
from newsevents.event_dates.reported import earlier_day, report_of
from newsevents.event_dates.story import StoryDay, on_story_day, story_day
from newsevents.event_dates.time_scope import TimeScope, in_main_clause, time_scope
from newsevents.model import (
    FACTUAL_MODALITIES,
    TIME_ANCHOR,
    TIME_ANCHOR_REASON,
    DatePrecision,
    Document,
    Event,
    EventDate,
    Provenance,
    TimeMention,
)
from newsevents.span_index import SpanIndex
from newsevents.times import constants as K
from newsevents.times.tense import Tense

#: Dependency labels by which a time expression modifies a verb or noun directly.
_TIME_DEPS = frozenset(
    {"npadvmod", "tmod", "obl", "nmod", "advmod", "pobj", "appos", "compound", "nummod", "poss"}
)


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A dated time expression with what decides whether it applies to an event."""

    index: int  # into Document.times
    time: TimeMention
    value: tuple[str, DatePrecision]
    scope: TimeScope | None  # None without a parse: the whole sentence
    quote: int | None  # the direct quotation holding it
    tense: Tense | None


def event_date_value(time: TimeMention) -> tuple[str, DatePrecision] | None:
    """The event-date form (YYYY-MM-DD, YYYY-MM or YYYY) of a time mention, or None if it has none.

    Times of day become their day; a week becomes its Monday (a weekend its Saturday); quarters,
    halves and seasons become their year; precision is kept.
    """
    if time.type not in ("DATE", "TIME") or not time.value:
        return None
    value = time.value
    precision = time.precision or "day"
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    if m:
        return m.group(0), "day" if precision == "time" else precision
    w = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
    if w:
        day = dt.date.fromisocalendar(int(w[1]), int(w[2]), 6 if w[3] else 1)
        return day.isoformat(), "week"
    m = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if m:
        return value, "month"
    m = re.fullmatch(r"(\d{4})(?:-(?:Q\d|H\d|SP|SU|FA|WI))?", value)
    if m:
        return m[1], precision
    return None


def date_events(doc: Document, cues: DatingCues, stage: str = "event_dates") -> None:
    """Set the date of every event of ``doc``, in text order (``_carried`` reads the dates of the
    previous sentence's events)."""
    ctx = DatingContext(doc)
    for event in doc.events:
        event.date = date_event(doc, ctx, event, cues, stage)
        ctx.story = (
            story_day(
                doc,
                event,
                _root(doc.spacy, event.trigger.start, event.trigger.end),
                ctx.quote_of(event.trigger.start),
                cues,
            )
            or ctx.story
        )


class DatingContext:
    """What every event of a document looks up, indexed once: each event reads only its own and the
    previous sentence's (scanning every time expression, quote and event of the article for each
    event made the stage quadratic in the length of the text, issue 10)."""

    def __init__(self, doc: Document) -> None:
        self.quotes = SpanIndex((q.content.start, q.content.end) for q in doc.quotes if q.direct)
        self.times_in: dict[int, list[int]] = {}
        for i, t in enumerate(doc.times):
            self.times_in.setdefault(t.sentence, []).append(i)
        self.events_in: dict[int, list[Event]] = {}
        for e in doc.events:
            self.events_in.setdefault(e.sentence, []).append(e)
        #: The day the story has reached: the last one an event, in text order, was dated to (``story``).
        self.story: StoryDay | None = None

    def quote_of(self, offset: int) -> int | None:
        """The first direct quotation holding ``offset`` (its position among the direct ones)."""
        holding = self.quotes.holding(offset)
        return holding[0] if holding else None


def date_event(
    doc: Document, ctx: DatingContext, event: Event, cues: DatingCues, stage: str = "event_dates"
) -> EventDate | None:
    """The date of ``event`` by the precedence in the module docstring."""
    sdoc = doc.spacy
    at = _Event(
        _root(sdoc, event.trigger.start, event.trigger.end),
        ctx.quote_of(event.trigger.start),
        (event.trigger.start + event.trigger.end) / 2,
    )
    around = _candidates(doc, ctx, (event.sentence - 1, event.sentence), cues)
    here = [c for c in around if c.time.sentence == event.sentence and c.quote in (None, at.quote)]
    covering = [c for c in here if c.scope is None or at.root is None or c.scope.covers(at.root.i)]
    governing = _governing(sdoc, at.root, covering, cues)
    if governing is not None:
        told = _told_next(doc, ctx, event, at, governing, cues, stage)
        if told is not None:
            return told
        return _from_time(governing, K.EVENT_DATE_GOVERNING, stage, "time expression governing the trigger")
    tense = tense_above(sdoc, at.root, cues.tense)
    published = doc.article.published
    fitting = [
        c
        for c in around
        if c.quote in (None, at.quote)
        and not clash(tense, c.tense)
        and not (tense == "past" and after(c.value[0], published))
    ]
    nearest = _nearest_here(at, [c for c in fitting if c.time.sentence == event.sentence], covering)
    if nearest is not None:
        return _from_time(nearest, K.EVENT_DATE_SAME_SENTENCE, stage, "nearest date in the same sentence")
    before = [c for c in fitting if c.time.sentence == event.sentence - 1]
    ongoing = _ongoing(doc, ctx, event, at.root)
    last = None if ongoing else _last_before(doc, before, cues)
    if last is not None:
        return _from_time(last, K.EVENT_DATE_PREVIOUS_SENTENCE, stage, "date of the previous sentence")
    carried = None if ongoing else _carried(doc, ctx, event, tense, stage)
    if carried is not None:
        return carried
    if tense == "past" and not ongoing:
        told = on_story_day(
            doc,
            ctx.story,
            event,
            at.root,
            at.quote,
            _own_times(doc, ctx, event.sentence, at.quote),
            cues,
            stage,
        )
        if told is not None:
            return told
    return _fallback(doc, at, tense, stage)


def _told_next(
    doc: Document,
    ctx: DatingContext,
    event: Event,
    at: _Event,
    governing: _Candidate,
    cues: DatingCues,
    stage: str,
) -> EventDate | None:
    """When the governing expression dates the report the event is told in ("were killed, residents
    said on Tuesday"), the earlier day the next sentence gives the act (``reported``), else None."""
    if doc.spacy is None or event.sentence + 1 >= len(doc.sentences):
        return None
    time_root = _root(doc.spacy, governing.time.start, governing.time.end)
    if report_of(doc, at.root, event.trigger.start, time_root) is None:
        return None
    following = [
        c
        for c in _candidates(doc, ctx, (event.sentence + 1,), cues)
        if c.quote is None or c.quote == at.quote
    ]
    found = earlier_day(governing.value[0], [c.value for c in following])
    if found is None:
        return None
    how = (
        f"the next sentence's day: the sentence's own time ({governing.value[0]}) dates the report the "
        "event is told in, and the next sentence names an earlier day"
    )
    return _from_time(following[found], K.EVENT_DATE_PREVIOUS_SENTENCE, stage, how)


def _own_times(doc: Document, ctx: DatingContext, sentence: int, quote: int | None) -> int:
    """How many time expressions of ``sentence`` could speak of an event there: sets ("daily") name
    no time of their own, and a quotation's times belong to it."""
    return sum(
        1
        for i in ctx.times_in.get(sentence, [])
        if doc.times[i].type != "SET" and ctx.quote_of(doc.times[i].start) in (None, quote)
    )


def _fallback(doc: Document, at: _Event, tense: Tense | None, stage: str) -> EventDate | None:
    """The date of an event no time expression dates. News tells in the simple present what holds
    on the day it is written ("Authorities accuse the suspects of ..."): such an event, outside a
    quotation (whose present is the speaker's day), takes the publication day. Any other happened
    around publication, which the text supports only to the month (an event told without a time may
    be days old). Without a publication date, the month the article still shows it was written in
    (its address, or the date its text is anchored on) takes its place; without that, no date."""
    published = doc.article.published
    if published is not None:
        if tense == "present" and at.quote is None and simple_present(doc.spacy, at.root):
            return EventDate(
                published.isoformat(), "day", Provenance(stage, K.EVENT_DATE_PUBLICATION, PUBLICATION_PRESENT)
            )
        return EventDate(
            published.isoformat()[:7],
            "month",
            Provenance(stage, K.EVENT_DATE_PUBLICATION, PUBLICATION_FALLBACK),
        )
    anchor = doc.article.meta.get(TIME_ANCHOR)
    if not isinstance(anchor, str):
        return None
    reason = f"{ANCHOR_FALLBACK}: {doc.article.meta.get(TIME_ANCHOR_REASON)}"
    return EventDate(anchor[:7], "month", Provenance(stage, K.EVENT_DATE_ANCHOR, reason))


#: Prepositions of a duration that an ongoing act has lasted ("for the last three weeks", "over
#: the past month").
DURATION_PREPS = frozenset({"for", "over"})


def _ongoing(doc: Document, ctx: DatingContext, event: Event, root: Any) -> bool:
    """Whether the event's clause says how long it has been going on ("have for the last three weeks
    been negotiating"): an act spanning weeks is of no single day, so no day of the sentence before
    dates it."""
    if root is None or doc.spacy is None:
        return False
    progressive = root.tag_ == "VBG" or any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in root.children
    )
    if not progressive:
        return False
    for i in ctx.times_in.get(event.sentence, []):
        time = doc.times[i]
        if time.type != "DURATION":
            continue
        span = doc.spacy.char_span(time.start, time.end, alignment_mode="expand")
        prep = span.root.head if span is not None else None
        if prep is not None and prep.lower_ in DURATION_PREPS and prep.head.i == root.i:
            return True
    return False


#: The reason of an event dated by its article's publication (the incidents package reads it).
PUBLICATION_FALLBACK = "publication month fallback: no time expression dates it"
#: ... of one told in the simple present, dated by the day of publication.
PUBLICATION_PRESENT = "publication day: told in the simple present and no time expression dates it"
#: ... of one in an article without a publication date, dated by the month it shows it was written in.
ANCHOR_FALLBACK = "no publication date: month the article was written in"


@dataclass(frozen=True, slots=True)
class _Event:
    root: Any  # the trigger's syntactic root; None without a parse
    quote: int | None  # the direct quotation holding the trigger
    centre: float  # the trigger's middle, in characters


def _nearest_here(at: _Event, fitting: list[_Candidate], covering: list[_Candidate]) -> _Candidate | None:
    """The nearest expression of the event's sentence whose scope covers the trigger; failing that,
    the nearest that dates the trigger loosely: one of an adverbial clause when the trigger is in the
    main clause ("the strike came as the minister arrived on Thursday"), or one that follows a noun
    the trigger takes as its object ("agreed on a ceasefire on Sunday evening")."""
    strong = [c for c in fitting if c in covering]
    main = at.root is not None and in_main_clause(at.root)
    own = -1 if at.root is None else at.root.i
    loose = [
        c
        for c in fitting
        if c.scope is not None and ((main and c.scope.kind == "adverbial") or c.scope.verb == own)
    ]
    group = strong or loose
    if not group:
        return None
    return min(group, key=lambda c: abs((c.time.start + c.time.end) / 2 - at.centre))


def _carried(
    doc: Document, ctx: DatingContext, event: Event, tense: Tense | None, stage: str
) -> EventDate | None:
    """A past event of a sentence naming no time, in the paragraph of the previous sentence, continues
    that sentence's story: it takes the date its main-clause events took from a time expression
    ("Egypt and Qatar agreed on Monday ... The ministers held talks ... They called on Israel to ...");
    an event of a relative or adverbial clause has a time of its own, and one that did not happen
    (negated, hedged, hypothetical) tells no story to continue. Events are dated in text order, so the
    previous sentence's are dated already."""
    if tense != "past" or event.sentence == 0 or doc.spacy is None:
        return None
    sentences = doc.sentences
    if sentences[event.sentence].paragraph != sentences[event.sentence - 1].paragraph:
        return None
    sdoc = doc.spacy
    dated = [
        e.date
        for e in ctx.events_in.get(event.sentence - 1, [])
        if e.modality in FACTUAL_MODALITIES
        and e.date is not None
        and e.date.time_index is not None
        and (root := _root(sdoc, e.trigger.start, e.trigger.end)) is not None
        and in_main_clause(root)
    ]
    if not dated:
        return None
    source = max(dated, key=lambda d: d.prov.confidence)
    reason = f"date carried from the previous sentence of the paragraph ({source.value})"
    confidence = round(source.prov.confidence * K.EVENT_DATE_CARRIED, 3)
    return EventDate(source.value, source.precision, Provenance(stage, confidence, reason), source.time_index)


def _last_before(doc: Document, before: list[_Candidate], cues: DatingCues) -> _Candidate | None:
    """The last expression of the previous sentence's main clause, else of an adverbial clause;
    phrases and relative clauses lend nothing, nor, when that sentence is told in the present, its
    historical times (module docstring of ``event_tense``)."""
    if before and doc.spacy is not None:
        span = doc.spacy.char_span(before[0].time.start, before[0].time.end, alignment_mode="expand")
        if span is not None and tense_above(doc.spacy, span.sent.root, cues.tense) in ("present", "future"):
            before = [c for c in before if not historical(*c.value, doc.article.published)]
    for kind in ("sentence", "adverbial"):
        group = [c for c in before if c.scope is None or c.scope.kind == kind]
        if group:
            return group[-1]
    return None


def _candidates(
    doc: Document, ctx: DatingContext, sentences: Iterable[int], cues: DatingCues
) -> list[_Candidate]:
    indices = sorted(i for s in set(sentences) for i in ctx.times_in.get(s, []))
    found = [(i, t, v) for i in indices if (v := event_date_value(t := doc.times[i])) is not None]
    sdoc = doc.spacy
    time_tokens = _time_tokens(sdoc, [t for _, t, _ in found])
    return [
        _Candidate(
            i,
            t,
            v,
            time_scope(sdoc, t.start, t.end, time_tokens, cues),
            ctx.quote_of(t.start),
            tense_above(sdoc, _root(sdoc, t.start, t.end), cues.tense),
        )
        for i, t, v in found
    ]


def _time_tokens(sdoc: Any, times: list[TimeMention]) -> frozenset[int]:
    if sdoc is None:
        return frozenset()
    out: set[int] = set()
    for t in times:
        span = sdoc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return frozenset(out)


def _root(sdoc: Any, start: int, end: int) -> Any:
    """The syntactic root of characters ``[start, end)``; None without a parse."""
    if sdoc is None:
        return None
    span = sdoc.char_span(start, end, alignment_mode="expand")
    return None if span is None or len(span) == 0 else span.root


def _from_time(found: _Candidate, weight: float, stage: str, how: str) -> EventDate:
    value, precision = found.value
    reason = how if found.time.prov.reason is None else f"{how}; {found.time.prov.reason}"
    return EventDate(
        value,
        precision,
        Provenance(stage, round(weight * found.time.prov.confidence, 3), reason),
        found.index,
    )


def _governing(sdoc: Any, root: Any, candidates: list[_Candidate], cues: DatingCues) -> _Candidate | None:
    if sdoc is None or root is None or not candidates:
        return None
    targets = {root.i, root.head.i}
    # Fewest hops wins; on a tie, an expression on the trigger itself beats one on the trigger's head
    # ("landed on Sunday, hours after X held a call the previous evening": the call is the evening's),
    # and then the nearer one ("CITY, Feb 11 — X imposed sanctions on Tuesday": not the dateline).
    best: tuple[tuple[int, int, int], _Candidate] | None = None
    for cand in candidates:
        span = sdoc.char_span(cand.time.start, cand.time.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        found = _attachment(span.root, targets, cues.time_preps)
        if found is None:
            continue
        rank = (found[0], 0 if found[1] == root.i else 1, abs(span.root.i - root.i))
        if best is None or rank < best[0]:
            best = (rank, cand)
    return None if best is None else best[1]


def _attachment(tok: Any, targets: set[int], time_preps: frozenset[str]) -> tuple[int, int] | None:
    """Hops from a time expression's root up to a target token through temporal attachments (its
    dependencies, and ``time_preps``: "on Sunday"), and that target's index; None when the expression
    hangs elsewhere."""
    for step in range(1, K.EVENT_DATE_CLIMB + 1):
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in time_preps:
            tok = tok.head
        elif tok.dep_ not in _TIME_DEPS and tok.dep_ != "prep":
            return None
        head = tok.head
        if head.i == tok.i:
            return None
        if head.i in targets:
            return step, head.i
        tok = head
    return None
