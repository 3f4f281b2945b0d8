"""One action told twice in a sentence is one event ("marched …, blocking the bridge to protest";
"struck the camp, killing 23"): a trigger in a clause under a trigger of the same type and actor
restates it."""

from __future__ import annotations

from newsevents.events.triggers import Token
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


def _factual(event: Event) -> bool:
    return event.modality in ("asserted", "reported")


def merge_restatements(coded: list[tuple[Event, Token]]) -> list[Event]:
    """The events of one sentence with restatements folded into the event they restate."""
    dropped: set[int] = set()
    for j, (sub, sub_anchor) in enumerate(coded):
        for i, (main, main_anchor) in enumerate(coded):
            if i == j or i in dropped or main.event_type != sub.event_type:
                continue
            # a purpose clause ("marched … to protest") restates a factual event, not the reverse
            if (_factual(sub) and not _factual(main)) or not _under(sub_anchor, main_anchor):
                continue
            if sub.source and not set(sub.source) <= set(main.source):
                continue  # "Russia struck X, and Ukraine hit back": two attackers, two events
            if not main.target and sub.target:
                main.target = list(sub.target)
                why = f"target from the restating '{sub_anchor.text}'"
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


def headline_sentences(doc: Document) -> int:
    """How many leading sentences form the article's title (0 when the text does not start with it)."""
    title = (doc.article.title or "").strip()
    if not title or not doc.text.lstrip().startswith(title):
        return 0
    end = doc.text.find(title) + len(title)
    return sum(1 for s in doc.sentences if s.start < end)


def drop_headline_repeats(doc: Document, events: list[Event]) -> list[Event]:
    """A headline summarises the story: its event becomes a mention of the body's event when the body
    tells the same one (same type, a shared source country or no source country on either side)."""
    heading = headline_sentences(doc)
    if heading == 0:
        return events
    body = [e for e in events if e.sentence >= heading]
    kept: list[Event] = []
    for event in events:
        if event.sentence < heading:
            mine = _countries(doc, event.source)
            same = next(
                (
                    b
                    for b in body
                    if b.event_type == event.event_type
                    and (mine & _countries(doc, b.source) or not (mine or _countries(doc, b.source)))
                ),
                None,
            )
            if same is not None:
                same.mentions.insert(0, EventMention(event.trigger, event.sentence, event.evidence))
                continue
        kept.append(event)
    return kept
