"""Mentions of one event within an article become one event with all its mentions.

An article tells its main event several times: in the lede, in a caption, in a later restatement
("Police arrested 25 people … The arrests came after …"). Each mention is coded on its own, often
with other, partly missing roles. Two events of one article are the same event when nothing tells
them apart: the same PLOVER type, the same factual status, no two different modes, no two different
countries or sides (state or not) on either role, no two different dates the text gives, no two
different places. The event kept is the most complete mention (roles with countries, a date from
the text, a place); what it lacks is taken from the others, each with its reason, and the others
are listed as its ``mentions``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from collections.abc import Mapping

from newsevents.event_dates.dating import ANCHOR_FALLBACK, PUBLICATION_FALLBACK, PUBLICATION_PRESENT
from newsevents.events.occurrence import told_as_another
from newsevents.model import FACTUAL_MODALITIES, Document, Event, EventDate, EventMention

#: Sectors of the state's own organs. An actor's side (state or not) tells apart an article's two
#: parties when both are of one country ("the army shelled rebel positions … rebels attacked
#: troops"), where the country says nothing; GOV and MIL are one side since outlets call the same
#: junta, ministry or army by either, and IGO too, since a body of governments is called by either
#: ("EU foreign ministers agreed to lift …" and later "ministers agreed to drop …").
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "IGO"})
#: Two located mentions of one event: places this close are one place (a town and its district, a
#: square and its city). The incidents package joins reports across articles with the same distance.
SAME_PLACE_KM = 25.0
#: Place precisions that name a spot, not an area holding many.
SPOT_PRECISIONS = frozenset({"point", "city", "admin2"})
#: Degrees of latitude to kilometres.
KM_PER_DEGREE = 111.2
#: Years a date of these precisions spans from its year ("the 1990s", "the 19th century").
SPAN_YEARS = {"decade": 10, "century": 100}
#: Characters an event looks back for an earlier mention of itself, to the first mention of a group.
#: A news article retells its event within its own length (lede, body, recap), and every text of at
#: most this length (the longest ordinary article, the size from which texts are parsed in pieces) is
#: merged as if there were no bound; in a book-length text, comparing each event with every earlier
#: one made the stage quadratic (issue 10), and mentions this far apart are told as separate events.
#: Measured from the first mention, so that a group retold every few paragraphs cannot grow forever.
MERGE_WINDOW_CHARS = 20_000
#: Days before its month that an undated mention dated by the publication fallback may be, against a
#: day the text gives: a story often tells again, undated, what happened in the weeks before it ran.
RECENT_DAYS = 31
#: Date precisions that pin a mention to days, unlike "last year" or "in 2019", which tell an undated
#: mention of the recent weeks apart.
TEXT_DAY_PRECISIONS = frozenset({"day", "week"})


def _countries(doc: Document, actors: list[int]) -> set[str]:
    return {c for k in actors if (c := doc.actors[k].country)}


def _sides(doc: Document, actors: list[int]) -> set[str]:
    return {"state" if s in STATE_SECTORS else "other" for k in actors if (s := doc.actors[k].sector)}


def _dated_by_text(event: Event) -> str | None:
    """The date value when a time expression of the text decided it, not a fallback."""
    date = event.date
    return date.value if date is not None and date.time_index is not None else None


def _days(date: EventDate) -> tuple[dt.date, dt.date]:
    """The first and last day ``date`` covers."""
    parts = [int(p) for p in date.value.split("-")]
    if len(parts) == 3:
        first = dt.date(*parts)
        return first, first + dt.timedelta(days=6 if date.precision == "week" else 0)
    if len(parts) == 2:
        year, month = parts
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    years = SPAN_YEARS.get(date.precision, 1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0] + years - 1, 12, 31)


def _fallback(date: EventDate) -> bool:
    """Whether the publication date dated it, no time expression: its month, or its day for a
    clause in the simple present (a headline's "Police detain 40" may be of the day before)."""
    return date.prov.reason in (PUBLICATION_FALLBACK, PUBLICATION_PRESENT)


def _unanchored(date: EventDate) -> bool:
    return (date.prov.reason or "").startswith(ANCHOR_FALLBACK)


def _span(date: EventDate, other: EventDate) -> tuple[dt.date, dt.date]:
    """The days ``date`` may be, beside ``other``: a publication fallback against a day or week the
    text gives also covers the days before its month, since an undated mention ("the coup that
    ousted the president") may be of a day some weeks before the story ran."""
    first, last = _days(date)
    if _fallback(date) and not _fallback(other) and other.precision in TEXT_DAY_PRECISIONS:
        first -= dt.timedelta(days=RECENT_DAYS)
    return first, last


def _same_date(a: Event, b: Event) -> bool:
    """Whether the two dates can be one day; a publication fallback counts too, since "last year"
    against an undated mention dated to the publication month tells two events apart. The month an
    article without a publication date was written in tells none apart: it may lie far from both."""
    if a.date is None or b.date is None or _unanchored(a.date) or _unanchored(b.date):
        return True
    (a0, a1), (b0, b1) = _span(a.date, b.date), _span(b.date, a.date)
    return a0 <= b1 and b0 <= a1


def _same_place(a: Event, b: Event) -> bool:
    la, lb = a.location, b.location
    if la is None or lb is None:
        return True
    if la.country != lb.country:
        return False
    if la.precision not in SPOT_PRECISIONS or lb.precision not in SPOT_PRECISIONS:
        return True  # a region and a town in it
    if None in (la.lat, la.lon, lb.lat, lb.lon):
        return la.name == lb.name
    assert la.lat is not None and la.lon is not None and lb.lat is not None and lb.lon is not None
    dx = (la.lon - lb.lon) * math.cos(math.radians((la.lat + lb.lat) / 2))
    return math.hypot(la.lat - lb.lat, dx) * KM_PER_DEGREE <= SAME_PLACE_KM


def _factual(event: Event) -> bool:
    return event.modality in FACTUAL_MODALITIES


def _named_person(doc: Document, k: int) -> bool:
    actor = doc.actors[k]
    return actor.kind == "person" and bool(actor.name)


def _other_named_targets(doc: Document, a: Event, b: Event) -> bool:
    """Whether ``a`` and ``b`` act on different parties, one of them a named person: in one sentence, two acts
    (the events stage keeps such a coordinated verb apart, ``events.merge``)."""
    if not a.target or not b.target or set(a.target) & set(b.target):
        return False
    return any(_named_person(doc, k) for k in (*a.target, *b.target))


def same_event(doc: Document, a: Event, b: Event) -> bool:
    """Whether nothing tells ``a`` and ``b`` apart as two events."""
    if a.event_type != b.event_type or _factual(a) != _factual(b):
        return False
    if a.sentence == b.sentence and _other_named_targets(doc, a, b):
        return False  # "arrested two judges and detained former president Gayoom": two acts
    if not _factual(a) and a.modality != b.modality:
        return False
    if a.mode is not None and b.mode is not None and a.mode != b.mode:
        return False
    for ra, rb in ((a.source, b.source), (a.target, b.target)):
        for facet in (_countries, _sides):
            fa, fb = facet(doc, ra), facet(doc, rb)
            if fa and fb and not fa & fb:
                return False
    return _same_date(a, b) and _same_place(a, b)


def _completeness(doc: Document, event: Event) -> tuple[int, bool, float]:
    """Roles first: a date or place the others give is taken over, roles that are wrong are not."""
    roles = bool(_countries(doc, event.source)) + bool(_countries(doc, event.target))
    return roles, event.location is not None, event.prov.confidence


def _mention(event: Event) -> EventMention:
    return EventMention(event.trigger, event.sentence, event.evidence)


def _note(reason: str | None, why: str) -> str:
    return f"{reason}; {why}" if reason else why


def _fold(doc: Document, group: list[Event]) -> Event:
    """The most complete event of ``group``, completed from the others, which become its mentions."""
    best = max(group, key=lambda e: _completeness(doc, e))
    others = [e for e in group if e is not best]
    for other in others:
        where = f"from its mention in sentence {other.sentence + 1}"
        if not best.source and other.source:
            best.source = list(other.source)
            best.prov.reason = _note(best.prov.reason, f"source {where}")
        if not best.target and other.target:
            best.target = list(other.target)
            best.prov.reason = _note(best.prov.reason, f"target {where}")
        # a place a mention's own clause gives beats a fallback of another (the story's country)
        if other.location is not None and (
            best.location is None or other.location.prov.confidence > best.location.prov.confidence
        ):
            best.location = other.location
            best.location.prov.reason = _note(best.location.prov.reason, f"place {where}")
        mine, theirs = _dated_by_text(best), _dated_by_text(other)
        if other.date is not None and theirs is not None and (mine is None or len(theirs) > len(mine)):
            best.date = other.date  # a date of the text over a fallback, a day over its month
            best.date.prov.reason = _note(best.date.prov.reason, f"date {where}")
        best.prov.confidence = max(best.prov.confidence, other.prov.confidence)
    best.mentions = sorted(
        [*best.mentions, *(m for e in others for m in (_mention(e), *e.mentions))],
        key=lambda m: m.trigger.start,
    )
    if others:
        said = ", ".join(str(e.sentence + 1) for e in others)
        best.prov.reason = _note(best.prov.reason, f"also told in sentence(s) {said}")
    return best


def merge_mentions(
    doc: Document, occurrence_cues: Mapping[str, tuple[str, ...]] | None = None
) -> list[Event]:
    """The events of ``doc`` with the mentions of one event folded into one, in text order.

    An event joins the first earlier group it is the same event as with every member (a group never
    holds two events that something tells apart), among the groups first mentioned within
    ``MERGE_WINDOW_CHARS`` before it. A mention its own clause tells as another occurrence of its type
    (``events.occurrence``, with ``occurrence_cues``; needs the parse) joins no earlier group."""
    groups: list[list[Event]] = []
    # the groups first mentioned in the window, in the order they were made, by type and factual
    # status (two events that differ in either are never the same event)
    open_groups: dict[tuple[str, bool], list[list[Event]]] = {}
    for event in sorted(doc.events, key=lambda e: e.trigger.start):
        horizon = event.trigger.start - MERGE_WINDOW_CHARS
        key = (event.event_type, _factual(event))
        live = [g for g in open_groups.get(key, []) if g[0].trigger.start >= horizon]
        joined = next((g for g in live if all(same_event(doc, m, event) for m in g)), None)
        cue = None
        if joined is not None and occurrence_cues and doc.spacy is not None:
            cue = told_as_another(doc.spacy, event, occurrence_cues)
        if joined is not None and cue is None:
            joined.append(event)
        else:
            if joined is not None:
                first = joined[0].sentence + 1
                why = f"not the event of sentence {first}: told as another ({cue!r})"
                event.prov.reason = _note(event.prov.reason, why)
            groups.append([event])
            live.append(groups[-1])
        open_groups[key] = live
    return sorted((_fold(doc, g) for g in groups), key=lambda e: e.trigger.start)
