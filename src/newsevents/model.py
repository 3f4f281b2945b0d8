"""The one typed document model that flows through the pipeline.

An :class:`Article` enters; stages fill a :class:`Document` with sentences, mentions (actors, places,
times), quotes and events. Every decided value carries :class:`Provenance`: the stage that decided it,
a confidence and, whenever a fallback or heuristic decided, a short reason. Every span is a pair of
``str`` offsets ``[start, end)`` into ``Article.text``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from newsevents.dates import parse_published
from newsevents.errors import NewsEventsError

Modality = Literal["asserted", "reported", "hedged", "hypothetical", "future", "negated"]
MODALITIES: tuple[Modality, ...] = ("asserted", "reported", "hedged", "hypothetical", "future", "negated")
#: Modalities counted as facts in tables, maps and exports unless the user asks for more.
FACTUAL_MODALITIES: frozenset[str] = frozenset({"asserted", "reported"})

TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
#: ``Article.meta`` keys the times stage sets when an article has no publication date: the date
#: (YYYY-MM-DD or YYYY-MM) it still shows it was written around, and how that was found.
TIME_ANCHOR = "time_anchor"
TIME_ANCHOR_REASON = "time_anchor_reason"

DatePrecision = Literal["time", "day", "week", "month", "season", "year", "decade", "century"]
PlacePrecision = Literal["point", "city", "admin1", "country", "region", "admin2"]
#: How a toponym is used. Only a "location" is somewhere things happen; the others name a place
#: without putting anything there: a capital or country standing for its government ("Moscow
#: informed Tel Aviv"), a people's name ("Syrian forces"), or part of a longer name ("Damascus
#: University", the time zone of "10:00 Moscow time"). They are kept, resolved, so that a reader
#: sees every toponym and why it is not on the map.
PlaceUse = Literal["location", "government", "demonym", "embedded"]
PLACE_USES: tuple[PlaceUse, ...] = ("location", "government", "demonym", "embedded")
#: What a count counts: people killed, injured, detained, abducted or displaced, or a crowd's size.
MagnitudeKind = Literal["killed", "injured", "detained", "abducted", "displaced", "crowd"]
MAGNITUDE_KINDS: tuple[MagnitudeKind, ...] = (
    "killed", "injured", "detained", "abducted", "displaced", "crowd",
)  # fmt: skip

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


@dataclass(slots=True)
class Provenance:
    """Who decided a value, how sure it is, and why when a heuristic or fallback decided."""

    stage: str
    confidence: float = 1.0
    reason: str | None = None


@dataclass(slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class Article:
    """One input item. ``id`` is content-derived unless the caller supplies one (interchange input)."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    source: str | None = None  # the file, record or stream it came from
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Library callers pass "2025-11-16" or a datetime as often as a date; every stage reads a
        # date, so take ISO 8601 here and refuse anything else with E107 rather than fail later.
        value: object = self.published
        if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
            return
        try:
            self.published = parse_published(value)
        except ValueError as exc:
            raise NewsEventsError("E107", source=self.source or self.id, value=value) from exc


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int = 0


@dataclass(slots=True)
class ActorMention:
    start: int
    end: int
    text: str
    sentence: int
    prov: Provenance
    actor_id: str | None = None  # canonical id in the actor dictionary, e.g. "RUS.GOV.putin"
    name: str | None = None  # canonical name, e.g. "Vladimir Putin"
    country: str | None = None  # ISO 3166-1 alpha-3, or "IGO"
    sector: str | None = None  # PLOVER sector code: GOV, MIL, COP, REB, CVL, ...
    kind: str | None = None  # person, state, capital, organisation, group, demonym, role, pronoun


@dataclass(slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    sentence: int
    prov: Provenance
    name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO3
    admin1: str | None = None
    precision: PlacePrecision | None = None
    use: PlaceUse = "location"

    @property
    def literal(self) -> bool:
        """Whether the toponym is used as a location: only these may place an event."""
        return self.use == "location"


@dataclass(slots=True)
class TimeMention:
    start: int
    end: int
    text: str
    sentence: int
    prov: Provenance
    type: TimeType = "DATE"
    value: str | None = None  # TIMEX3-style: 2025-11-16, 2025-W46, P1M, XXXX-WI, PRESENT_REF, ...
    precision: DatePrecision | None = None


@dataclass(slots=True)
class EventDate:
    value: str  # YYYY-MM-DD, YYYY-MM or YYYY
    precision: DatePrecision
    prov: Provenance
    time_index: int | None = None  # index into Document.times when a time expression decided


@dataclass(slots=True)
class EventLocation:
    name: str
    prov: Provenance
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    precision: PlacePrecision | None = None
    place_index: int | None = None  # index into Document.places when a mention decided


@dataclass(slots=True)
class EventMention:
    """One more place where the article tells an event already coded: the headline, the lede, a
    caption or a later restatement ("Police arrested 25 people … The arrests came after …")."""

    trigger: Span
    sentence: int
    evidence: Span | None = None  # the sentence that states it


@dataclass(slots=True)
class Magnitude:
    """A count the article gives of an event: "at least 40 civilians were killed, the ministry said".

    ``best``, ``low`` and ``high`` follow UCDP's convention: an exact figure sets all three, "at
    least 40" best and low, "up to 40" best and high, "about 40" best only, "between 30 and 50" low
    and high, a vague "dozens" low and high from the documented range (knowledge/magnitudes)."""

    kind: MagnitudeKind
    span: Span  # the number through the word that says what it counts
    sentence: int
    prov: Provenance
    best: int | None = None
    low: int | None = None
    high: int | None = None
    side: str | None = None  # civilians, soldiers, militants, police, ... when the text says it
    #: A running or overall toll ("the war has killed 20,000", "so far"): told with the event, never
    #: its own count.
    cumulative: bool = False
    source: str | None = None  # who gives the figure ("the health ministry"), from the quote holding it


@dataclass(slots=True)
class Quote:
    content: Span
    sentence: int
    prov: Provenance
    direct: bool
    cue: Span | None = None
    speaker: Span | None = None
    speaker_text: str | None = None
    speaker_actor: int | None = None  # index into Document.actors
    speaker_name: str | None = None  # resolved name, e.g. "Donald Trump"
    speaker_country: str | None = None
    speaker_sector: str | None = None
    claim: bool = False  # contested or unverified statement
    claim_cue: str | None = None


@dataclass(slots=True)
class Event:
    event_type: str
    trigger: Span
    sentence: int
    prov: Provenance
    mode: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    source: list[int] = field(default_factory=list)  # indices into Document.actors
    target: list[int] = field(default_factory=list)
    modality: Modality = "asserted"
    modality_cue: str | None = None
    attributed_source: str | None = None  # "the Kremlin", "SANA", ...
    quote: int | None = None  # index into Document.quotes when the event is known through a quote
    date: EventDate | None = None
    location: EventLocation | None = None
    evidence: Span | None = None  # the clause or sentence that states the event
    #: The other mentions of the same event in the article, in text order, folded into this one by
    #: the event_mentions stage; ``trigger`` and ``evidence`` are those of its most complete mention.
    mentions: list[EventMention] = field(default_factory=list)
    #: The counts the article gives of this event (the magnitudes stage), in text order.
    magnitudes: list[Magnitude] = field(default_factory=list)

    @property
    def joint(self) -> bool:
        """Whether the event is joint (see :func:`shares_party`): "Putin and Trump agreed"."""
        return shares_party(self.source, self.target)


@dataclass(slots=True)
class Failure:
    """A bad input item: recorded with its reason, never dropped."""

    source: str
    code: str
    reason: str
    item: str | None = None  # record number or id within the source


@dataclass(slots=True)
class Document:
    """An article plus everything the stages found in it."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    #: The spaCy ``Doc`` of ``article.text``; transient, never serialised.
    spacy: Any = None
    #: Names of the stages that have run, in order.
    done: list[str] = field(default_factory=list)
    #: Set when a stage failed on this article; later stages skip it and the run records a failure.
    error: str | None = None

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding ``offset`` (the last one starting at or before it)."""
        lo, hi = 0, len(self.sentences) - 1
        best = 0
        while lo <= hi:
            mid = (lo + hi) // 2
            if self.sentences[mid].start <= offset:
                best = mid
                lo = mid + 1
            else:
                hi = mid - 1
        return best


def shares_party(source: Iterable[Hashable], target: Iterable[Hashable]) -> bool:
    """Whether an event's two sides share a party, which makes it joint: the events coder puts every
    party of a symmetric act told with no separate recipient on both sides ("Putin and Trump agreed":
    each is the other's partner). The parties are compared by what identifies them: actor indices in
    the model, mention ids in the store. A joint event is one act of all its parties together, not
    an act of each upon itself."""
    return not set(source).isdisjoint(target)
