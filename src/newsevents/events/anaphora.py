"""Arguments that point back into the article: acts ("condemned the strike" → whoever struck) and
groups ("the two ministers", "both sides" → the parties of the latest events)."""

from __future__ import annotations

from newsevents.events import constants as C
from newsevents.events.lexicon import EventLexicon
from newsevents.events.triggers import Token
from newsevents.model import ActorMention, Document, Event
from newsevents.span_index import SpanIndex

#: Dependencies of a clause that gives the content of a noun ("allegations that he solicited bribes").
CONTENT_DEPS = frozenset({"acl", "ccomp"})
#: Penn tags of singular nouns: "a spokesperson" is one person, "officials" are many.
SINGULAR_TAGS = frozenset({"NN", "NNP"})


def _factual(event: Event) -> bool:
    return event.modality in ("asserted", "reported")


def _countries(doc: Document, actors: list[int]) -> set[str]:
    return {c for k in actors if (c := doc.actors[k].country)}


def act_author(
    doc: Document, lex: EventLexicon, obj: Token, prior: list[Event], source: list[int]
) -> tuple[list[int], Event] | None:
    """The author of the earlier act a definite object noun refers to ("condemned the strike",
    "rejected the move"), or None when the noun is no act or no earlier act fits."""
    if obj.pos_ != "NOUN" or not any(
        c.dep_ == "det" and c.lower_ in lex.words["definite"] for c in obj.children
    ):
        return None
    lemma = obj.lemma_.lower()
    typed = {e.event_type for e in lex.triggers.get((lemma, "NOUN"), ())}
    if not typed and lemma not in lex.act_nouns:
        return None
    here = doc.sentence_at(obj.idx)
    own = _countries(doc, source)
    # an event noun refers to an act of its own kind first ("the strike" → who struck), else, like
    # "the move", to the nearest act ("rejected the charges" after an arrest)
    searches = [(typed, C.ACT_ANAPHORA_WINDOW)] if typed else []
    searches.append((set(), C.GENERIC_ACT_WINDOW))
    for kinds, window in searches:
        for event in reversed(prior):
            if event.sentence >= here or event.sentence < here - window or not _factual(event):
                continue
            if kinds and event.event_type not in kinds:
                continue
            authors = _countries(doc, event.source)
            if authors and not authors & own:
                return list(event.source), event
    return None


def latest_author(
    doc: Document, kinds: frozenset[str], tok: Token, prior: list[Event], window: int
) -> tuple[list[int], Event] | None:
    """The source of the latest factual event of one of ``kinds`` at most ``window`` sentences before
    ``tok``'s: who carried out the act a noun or a weapon stands for."""
    here = doc.sentence_at(tok.idx)
    for event in reversed(prior):
        if event.sentence >= here or event.sentence < here - window or not _factual(event):
            continue
        if event.event_type in kinds and event.source:
            return list(event.source), event
    return None


def is_group(head: Token, lex: EventLexicon) -> bool:
    """'the two ministers', 'both sides': a plural noun counting two parties."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS":
        return False
    return any(
        c.dep_ in ("det", "nummod", "predet") and c.lower_ in lex.words["group_number"] for c in head.children
    )


def group_members(doc: Document, head: Token, prior: list[Event]) -> list[int]:
    """Actors of two different countries among the latest earlier events' participants, most
    recent first; empty unless two are found."""
    here = doc.sentence_at(head.idx)
    found: list[int] = []
    seen: set[str] = set()
    for event in reversed(prior):
        if event.sentence >= here or event.sentence < here - C.GROUP_ANAPHORA_WINDOW:
            continue
        for k in (*event.source, *event.target):
            actor = doc.actors[k]
            identity = actor.actor_id or actor.name or actor.text.lower()
            if actor.country and identity not in seen:
                seen.add(identity)
                found.append(k)
                if len(found) == 2:
                    return found
    return []


def plural_for_one(doc: Document, lex: EventLexicon, pron: Token, k: int, prior: list[Event]) -> list[int]:
    """'Cameron spoke to Rouhani … They agreed to …': a plural pronoun the linker resolved to one
    person (a name, or a role in the singular: "a spokesperson") cannot stand for that person alone;
    like "the two sides" it counts the parties of the latest events (``group_members``). Empty when
    the pronoun is no plural, its antecedent may be many, or no two parties are found."""
    if pron.lower_ not in lex.plural_pronouns:
        return []
    me = set(_identity(doc, k))
    named = [j for j, a in enumerate(doc.actors) if a.kind != "pronoun" and me & set(_identity(doc, j))]
    if not named or not all(_one_person(doc, j) for j in named):
        return []
    return group_members(doc, pron, prior)


def _one_person(doc: Document, k: int) -> bool:
    actor = doc.actors[k]
    if actor.kind == "person":
        return True
    if actor.kind != "role":
        return False
    span = doc.spacy.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and span.root.tag_ in SINGULAR_TAGS


def _root_lemma(doc: Document, k: int) -> str | None:
    actor = doc.actors[k]
    span = doc.spacy.char_span(actor.start, actor.end, alignment_mode="expand")
    return str(span.root.lemma_).lower() if span is not None else None


def holder_of(
    doc: Document, lex: EventLexicon, obj: Token, prior: list[Event], source: list[int]
) -> tuple[list[int], Event] | None:
    """'demanded the officers' release', 'condemned the journalists' detention': the author of the
    earlier act done to the possessor (who arrested the officers) is whom the event addresses."""
    if obj.pos_ != "NOUN" or (obj.lemma_.lower(), "NOUN") not in lex.triggers:
        return None
    poss = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
    if poss is None:
        return None
    wanted = poss.lemma_.lower()
    here = doc.sentence_at(obj.idx)
    own = _countries(doc, source)
    for event in reversed(prior):
        if event.sentence >= here or event.sentence < here - C.ACT_ANAPHORA_WINDOW or not _factual(event):
            continue
        if not any(_root_lemma(doc, k) == wanted for k in event.target):
            continue
        authors = _countries(doc, event.source)
        if authors and not authors & own:
            return list(event.source), event
    return None


def _agent_sector(doc: Document, k: int) -> str | None:
    actor = doc.actors[k]
    if actor.sector:
        return actor.sector
    return "GOV" if actor.kind in ("state", "capital") else None


def _speakers(doc: Document) -> list[tuple[int, int]]:
    return [(q.speaker.start, q.speaker.end) for q in doc.quotes if q.speaker is not None]


def _as_places(doc: Document) -> list[tuple[int, int]]:
    """Spans of toponyms used as places ("the main square of Tbilisi"): there, no actor acts."""
    return [(p.start, p.end) for p in doc.places if p.literal]


class Discourse:
    """What ``implicit_agent`` looks up for every agentless event of one document, indexed as the
    document grows (the event stage adds actor mentions and events as it goes): scanning every actor,
    quote, place and earlier event for each agentless event made the stage quadratic in the length of
    the text (issue 10)."""

    def __init__(self, doc: Document, prior: list[Event]) -> None:
        self.doc = doc
        #: the events coded so far, in text order (the stage appends to it)
        self.prior = prior
        self.speakers = SpanIndex(_speakers(doc) + _as_places(doc))
        self._actors_in: dict[int, list[int]] = {}
        self._actors_seen = 0
        self._prior_of: dict[str, list[Event]] = {}
        self._prior_seen = 0

    def actors_in(self, first: int, last: int) -> list[int]:
        """The actor mentions of sentences ``first`` to ``last``, in their order."""
        actors = self.doc.actors
        for k in range(self._actors_seen, len(actors)):
            self._actors_in.setdefault(actors[k].sentence, []).append(k)
        self._actors_seen = len(actors)
        return sorted(k for s in range(first, last + 1) for k in self._actors_in.get(s, []))

    def prior_of(self, event_type: str) -> list[Event]:
        """The events of ``event_type`` coded so far, in text order."""
        for act in self.prior[self._prior_seen :]:
            self._prior_of.setdefault(act.event_type, []).append(act)
        self._prior_seen = len(self.prior)
        return self._prior_of.get(event_type, [])


def implicit_agent(
    doc: Document, lex: EventLexicon, event: Event, mates: list[Event], discourse: Discourse
) -> tuple[list[int], str] | None:
    """The agent a clause leaves unstated ("twelve people were detained", "four civilians were
    killed"), from the discourse, with the reason: an actor of a sector that can so act
    (``implicit_agents.tsv``) who acts in the same sentence ("… as police fired tear gas"), else the
    source of the latest earlier event of the same type, else of any type with such agents, else the
    latest such actor named a sentence or two before ("Riot police moved in. Twelve people were
    detained."). Never one of the event's own targets or of their country and sector (soldiers killed
    are not killed by their own army), never a speaker of a quote."""
    sectors = lex.implicit_agents.get(event.event_type)
    if not sectors:
        return None
    victims = {(doc.actors[k].country, doc.actors[k].sector) for k in event.target if doc.actors[k].sector}
    if event.event_type in lex.own_forces_types:
        forces = [k for k in event.target if _agent_sector(doc, k) in sectors]
        if forces:
            return forces, "unstated agent: the forces moved stand for whoever moves them"

    def fits(k: int) -> bool:
        actor = doc.actors[k]
        sector = _agent_sector(doc, k)
        if k in event.target or sector not in sectors:
            return False
        # "soldiers were killed" is not done by their own army: same country and sector, or the same
        # sector where either country is unknown
        if any(c in (None, actor.country) or actor.country is None for c, s in victims if s == actor.sector):
            return False
        return not discourse.speakers.holding(actor.start)

    def acting(k: int) -> bool:
        """An actor named as the subject of a clause of its own ("… and police set up cordons")."""
        actor = doc.actors[k]
        span = doc.spacy.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        verb = root.head
        if verb.dep_ in CONTENT_DEPS and verb.head.pos_ == "NOUN":
            # "arrested on allegations that he solicited bribes": a clause that tells what a noun
            # says, not someone acting beside the event
            return False
        return bool(root.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.idx != event.trigger.start)

    def said(act: Event) -> str:
        return doc.text[act.trigger.start : act.trigger.end]

    for other in mates:
        found = [k for k in other.source if fits(k)]
        if found and _factual(other):
            return found, f"unstated agent: the source of '{said(other)}' in the same sentence"
    here = event.sentence
    subjects = [k for k in discourse.actors_in(here, here) if fits(k) and acting(k)]
    if subjects:
        k = subjects[0]
        return [k], f"unstated agent: '{doc.actors[k].text}', acting in the same sentence"
    # "Police arrested 25 people. … 25 people had been detained": the same act told again, however far
    heads = {_root_lemma(doc, k) for k in event.target} - {None}
    for act in reversed(discourse.prior_of(event.event_type)):
        if not _factual(act) or act.sentence >= here:
            continue
        found = [k for k in act.source if fits(k)]
        if found and heads & {_root_lemma(doc, k) for k in act.target}:
            return found, f"unstated agent: the source of the earlier '{said(act)}' done to the same people"
    for kinds in ({event.event_type}, set(lex.implicit_agents)):
        for act in reversed(discourse.prior):
            if act.sentence < here - C.IMPLICIT_AGENT_WINDOW:
                break  # the events are in text order: the rest are further back still
            if act.sentence >= here:
                continue
            if act.event_type not in kinds or not _factual(act):
                continue
            found = [k for k in act.source if fits(k)]
            if found:
                return found, f"unstated agent: the source of the earlier '{said(act)}'"
    first = here - C.AGENT_MENTION_WINDOW
    named = [
        k
        for k in discourse.actors_in(first, here - 1)
        if (actor := doc.actors[k]).prov.stage != "events"
        and not (actor.kind == "pronoun" and actor.country is None)
        and fits(k)
    ]
    if named:
        # a subject acting in its own clause ("Riot police moved in") before a name in passing
        k = max(named, key=lambda k: (acting(k), doc.actors[k].start))
        return [k], f"unstated agent: '{doc.actors[k].text}', named just before"
    return None


def relative_act_author(doc: Document, event: Event, events: list[Event]) -> tuple[list[int], str] | None:
    """'France condemned the coup that ousted President Bazoum': the act a reaction answers is the
    event of its object's relative clause; whoever did it, as that clause says or as the article tells
    the same act done to the same party elsewhere ("The military junta ousted Bazoum on July 26"), is
    the reaction's target, with the reason. Never a party of the reacting source's own country."""
    span = doc.spacy.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None:
        return None
    clauses = [
        c.i
        for tok in span
        for obj in tok.children
        if obj.dep_ == "dobj"
        for c in obj.children
        if c.dep_ == "relcl"
    ]
    told = [e for e in events if e is not event and any(_holds(doc, e, i) for i in clauses)]
    if not told:
        return None
    act = told[0]
    own = _countries(doc, event.source)

    def fits(authors: list[int]) -> bool:
        countries = _countries(doc, authors)
        return bool(countries) and not countries & own

    said = doc.text[act.trigger.start : act.trigger.end]
    if fits(act.source):
        return list(act.source), f"unstated target: the author of the act it answers ('{said}')"
    victims = {key for k in act.target for key in _identity(doc, k)}
    for other in events:
        if other is act or other.event_type != act.event_type or not _factual(other):
            continue
        if victims & {key for k in other.target for key in _identity(doc, k)} and fits(other.source):
            told_in = other.sentence + 1
            why = f"unstated target: the author of the act it answers ('{said}'), told in sentence {told_in}"
            return list(other.source), why
    return None


def _holds(doc: Document, event: Event, i: int) -> bool:
    """Whether ``event``'s trigger covers token ``i``."""
    at: int = doc.spacy[i].idx
    return event.trigger.start <= at < event.trigger.end


def implicit_target(doc: Document, lex: EventLexicon, event: Event) -> tuple[list[int], str] | None:
    """The authority a targetless event is aimed at (``implicit_targets.tsv``: "thousands protested
    in the capital" → the government), with the reason: an actor of one of the type's sectors and of
    the source's country, named in the event's sentence, else the nearest before it, else the nearest
    after it. Never a pronoun, never an actor named inside the source's own phrase or the same person
    ("supporters of the sacked prime minister" do not protest against him)."""
    sectors = lex.implicit_targets.get(event.event_type)
    if not sectors or event.target or not event.source:
        return None
    only, never = lex.implicit_target_sources.get(event.event_type, (frozenset(), frozenset()))
    acting = {_agent_sector(doc, k) for k in event.source}
    if (only and not acting <= only) or acting & never:
        return None  # "the government rejected the plan" is not aimed at the government
    countries = _countries(doc, event.source)
    if len(countries) != 1:
        return None  # protesters of several countries, or of none known: no one government
    spans = [(doc.actors[k].start, doc.actors[k].end) for k in event.source]
    # who the source's own phrase names ("supporters of the sacked prime minister") is on its side
    own = {key for k in event.source for key in _identity(doc, k)}
    own.update(key for j, a in enumerate(doc.actors) if _inside(a, spans) for key in _identity(doc, j))

    def fits(k: int) -> bool:
        actor = doc.actors[k]
        return (
            k not in event.source
            and actor.kind != "pronoun"
            and actor.country in countries
            and _agent_sector(doc, k) in sectors
            and not _inside(actor, spans)
            and not own & set(_identity(doc, k))
        )

    found = [k for k in range(len(doc.actors)) if fits(k)]
    here = [k for k in found if doc.actors[k].sentence == event.sentence]
    before = [k for k in found if doc.actors[k].sentence < event.sentence]
    after = [k for k in found if doc.actors[k].sentence > event.sentence]
    at = event.trigger.start
    if here:
        k = min(here, key=lambda k: abs(doc.actors[k].start - at))
        where = "in the same sentence"
    elif before:
        k = max(before, key=lambda k: doc.actors[k].start)
        where = "named before"
    elif after:
        k = min(after, key=lambda k: doc.actors[k].start)
        where = "named later"
    else:
        return None
    country = next(iter(countries))
    return [k], f"unstated target: '{doc.actors[k].text}', the authority of {country} {where}"


def _inside(actor: ActorMention, spans: list[tuple[int, int]]) -> bool:
    return any(s <= actor.start and actor.end <= e for s, e in spans)


def _identity(doc: Document, k: int) -> list[str]:
    """Keys under which two mentions are the same actor: the dictionary id, else the name."""
    actor = doc.actors[k]
    return [key for key in (actor.actor_id, (actor.name or "").lower() or None) if key]
