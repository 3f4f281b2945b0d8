"""One action told twice in a sentence is one event ("marched …, blocking the bridge to protest";
"struck the camp, killing 23"; "signed a truce, pledging to halt fighting"): a trigger in a clause
under a trigger of the same type, or of a type that tells what such an act is, and of the same actor
restates it. A headline told again in the body is one event too."""

from __future__ import annotations

from newsevents.events.lexicon import EventLexicon
from newsevents.events.triggers import Token, has_to
from newsevents.model import Document, Event, EventMention

#: Clause links under which a same-type trigger restates its governor: participle and purpose
#: clauses, complements and coordinated verbs.
RESTATING_DEPS = frozenset({"advcl", "xcomp", "conj", "acl"})
#: How many clause links up the restating trigger may sit.
MAX_CLAUSE_STEPS = 3


def _governor(tok: Token) -> Token | None:
    """The head of the clause ``tok`` opens, or None when ``tok`` opens no restating clause."""
    if tok.dep_ not in RESTATING_DEPS or tok.head.i == tok.i:
        return None
    return tok.head


def _under(sub: Token, main: Token) -> bool:
    tok: Token | None = sub
    for _ in range(MAX_CLAUSE_STEPS):
        tok = _governor(tok) if tok is not None else None
        if tok is None:
            return False
        if tok.i == main.i:
            return True
    return False


def _purpose(tok: Token) -> bool:
    """A to-infinitive clause of purpose ("fired tear gas to disperse the crowd")."""
    return tok.dep_ in ("advcl", "xcomp") and has_to(tok)


def _factual(event: Event) -> bool:
    return event.modality in ("asserted", "reported")


def _another_named_person(
    doc: Document, main: Event, sub: Event, sub_anchor: Token, main_anchor: Token
) -> bool:
    """'arrested two judges and detained former president Gayoom': a coordinated verb with its own
    target, a named person the first verb's target does not hold, tells a second act."""
    if sub_anchor.dep_ != "conj" or sub_anchor.head.i != main_anchor.i or not main.target or not sub.target:
        return False
    if set(main.target) & set(sub.target):
        return False
    return any(doc.actors[k].kind == "person" and doc.actors[k].name for k in sub.target)


def merge_restatements(doc: Document, coded: list[tuple[Event, Token]], lex: EventLexicon) -> list[Event]:
    """The events of one sentence with restatements folded into the event they restate: of the same
    type, or of a type that tells what an act of the main type is (``lex.restating_types``: "signed
    a ceasefire agreement, pledging to halt fighting" is one SUPPORT)."""
    dropped: set[int] = set()
    for j, (sub, sub_anchor) in enumerate(coded):
        for i, (main, main_anchor) in enumerate(coded):
            # a mode's own line holds for a purpose clause under its trigger only: "fired tear gas to
            # disperse them" is one act, "fired tear gas and arrested 20" or "… as they dispersed
            # the rally" two
            by_mode = _purpose(sub_anchor) and (
                (f"{main.event_type}:{main.mode}", sub.event_type) in lex.restating_types
            )
            kindred = (main.event_type, sub.event_type) in lex.restating_types or by_mode
            if i == j or i in dropped or (main.event_type != sub.event_type and not kindred):
                continue
            # a purpose clause ("marched … to protest") restates a factual event, not the reverse
            if (_factual(sub) and not _factual(main)) or not _under(sub_anchor, main_anchor):
                continue
            if sub.source and not set(sub.source) <= set(main.source):
                continue  # "Russia struck X, and Ukraine hit back": two attackers, two events
            if _another_named_person(doc, main, sub, sub_anchor, main_anchor):
                continue
            if not main.target and sub.target:
                main.target = list(sub.target)
                why = f"target from the restating '{sub_anchor.text}'"
                main.prov.reason = f"{main.prov.reason}; {why}" if main.prov.reason else why
            if kindred:
                why = f"restated as {sub.event_type} by '{sub_anchor.text}'"
                main.prov.reason = f"{main.prov.reason}; {why}" if main.prov.reason else why
            dropped.add(j)
            break
    return [event for k, (event, _) in enumerate(coded) if k not in dropped]


#: The type of a stated intention: a verb of this type whose complement is coded as the intended
#: act ("agreed to free the prisoners" → CONCEDE) states nothing besides it.
INTENT_TYPE = "AGREE"


def drop_intent_carriers(coded: list[tuple[Event, Token]]) -> list[tuple[Event, Token]]:
    """'agreed to free 11 detainees', 'pledged to withdraw': the manual codes the announced act (here
    CONCEDE), recoded from its future reading with the intention verb as the cue; the intention verb's
    own AGREE would count the same statement twice, so it is folded into the act."""
    dropped: set[int] = set()
    for main, main_anchor in coded:
        if main.event_type != INTENT_TYPE:
            continue
        for sub, sub_anchor in coded:
            if (
                sub is main
                or sub.event_type == INTENT_TYPE
                or not _factual(sub)
                or sub_anchor.dep_ != "xcomp"
                or sub_anchor.head.i != main_anchor.i
                or (sub.modality_cue or "").lower() != main_anchor.lemma_.lower()
            ):
                continue
            if not sub.target and main.target:
                sub.target = list(main.target)
            why = f"states the intention of '{main_anchor.text}'"
            sub.prov.reason = f"{sub.prov.reason}; {why}" if sub.prov.reason else why
            dropped.add(id(main))
            break
    return [(e, t) for e, t in coded if id(e) not in dropped]


def _countries(doc: Document, actors: list[int]) -> set[str]:
    return {c for k in actors if (c := doc.actors[k].country)}


#: Fewer words than this make no title worth finding again in the text: a one- or two-word title
#: ("Live", "World news") also stands in menus and captions that are not the headline.
MIN_TITLE_WORDS = 3


def headline_sentences(doc: Document) -> set[int]:
    """The sentences that are a copy of the article's title, wherever a page repeats it (after a
    section name, a date field, a dateline or a share bar, or twice): at least half of such a
    sentence's characters lie in a copy of the title."""
    title = " ".join((doc.article.title or "").split())
    if len(title.split()) < MIN_TITLE_WORDS:
        return set()
    spans: list[tuple[int, int]] = []
    at = doc.text.find(title)
    while at >= 0:
        spans.append((at, at + len(title)))
        at = doc.text.find(title, at + len(title))
    heading: set[int] = set()
    for i, sent in enumerate(doc.sentences):
        inside = sum(max(0, min(sent.end, b) - max(sent.start, a)) for a, b in spans)
        if inside and 2 * inside >= sent.end - sent.start:
            heading.add(i)
    return heading


def _body_event(doc: Document, lex: EventLexicon, event: Event, body: list[Event]) -> Event | None:
    """The body's event a headline event summarises: the first of its type, else the first of a type
    outlets use for the same act ("sign ceasefire" in the headline, "agreed on a ceasefire" in the
    lede); with a shared source country or no source country on either side, and for another type
    no two different target countries either."""
    sources, targets = _countries(doc, event.source), _countries(doc, event.target)

    def same_source(other: Event) -> bool:
        theirs = _countries(doc, other.source)
        return bool(sources & theirs) or not (sources or theirs)

    def same_target(other: Event) -> bool:
        theirs = _countries(doc, other.target)
        return bool(targets & theirs) or not (targets and theirs)

    for b in body:
        if b.event_type == event.event_type and same_source(b):
            return b
    for b in body:
        if (
            frozenset((b.event_type, event.event_type)) in lex.compatible_types
            and same_source(b)
            and same_target(b)
        ):
            return b
    return None


def _note(event: Event, why: str) -> None:
    event.prov.reason = f"{event.prov.reason}; {why}" if event.prov.reason else why


def _complete_from_headline(body: Event, headline: Event) -> None:
    """A role the body's clause leaves unnamed ("an invitation was sent") is the headline's."""
    if not body.source and headline.source:
        body.source = list(headline.source)
        _note(body, "source from the headline")
    if not body.target and headline.target:
        body.target = list(headline.target)
        _note(body, "target from the headline")
    if body.event_type != headline.event_type:
        _note(body, f"told as {headline.event_type} in the headline")


def drop_headline_repeats(doc: Document, lex: EventLexicon, events: list[Event]) -> list[Event]:
    """A headline summarises the story: its event becomes a mention of the body's event when the body
    tells the same one (:func:`_body_event`); the body's mention, told in full with its date and
    place, carries the event."""
    heading = headline_sentences(doc)
    if not heading:
        return events
    body = [e for e in events if e.sentence not in heading]
    kept: list[Event] = []
    for event in events:
        if event.sentence in heading:
            same = _body_event(doc, lex, event, body)
            if same is not None:
                same.mentions.insert(0, EventMention(event.trigger, event.sentence, event.evidence))
                _complete_from_headline(same, event)
                continue
        kept.append(event)
    return kept


def _caption_body_event(doc: Document, lex: EventLexicon, event: Event, body: list[Event]) -> Event | None:
    """The body's event a caption's event shows: the first of its type with a party of a country the
    caption names on either side, or with no country on either ("Xi meets Putin" under "Putin has
    been meeting China's leaders": a picture shows the story's act from either side), else what a
    headline would take (:func:`_body_event`)."""
    mine = _countries(doc, event.source) | _countries(doc, event.target)
    for b in body:
        theirs = _countries(doc, b.source) | _countries(doc, b.target)
        if b.event_type == event.event_type and (mine & theirs or not (mine and theirs)):
            return b
    return _body_event(doc, lex, event, body)


def fold_captions(
    doc: Document, lex: EventLexicon, events: list[Event], captions: dict[int, str]
) -> list[Event]:
    """A photo caption describes a picture of the story: its event becomes a mention of the body's
    event when the body tells the same one (:func:`_caption_body_event`), which carries it, told in
    full; a caption's event the body does not tell is no event of the article (a file picture of an
    earlier scene, a portrait "speaking at a conference"). ``captions`` maps the index of each
    caption sentence to why its line was taken for a caption. The headline is no body here: a
    caption and a headline both summarise, and the headline's own event is decided after."""
    if not captions:
        return events
    heading = headline_sentences(doc)
    body = [e for e in events if e.sentence not in captions]
    told = [e for e in body if e.sentence not in heading]
    for event in events:
        if event.sentence in captions and (same := _caption_body_event(doc, lex, event, told)) is not None:
            same.mentions.append(EventMention(event.trigger, event.sentence, event.evidence))
            same.mentions.sort(key=lambda m: m.trigger.start)
            _note(same, f"also told in {captions[event.sentence]} (sentence {event.sentence + 1})")
    return body
