"""Arguments that point back into the article: acts ("condemned the strike" → whoever struck) and
groups ("the two ministers", "both sides" → the parties of the latest events)."""

from __future__ import annotations

from newsevents.events import constants as C
from newsevents.events.lexicon import EventLexicon
from newsevents.events.triggers import Token
from newsevents.model import Document, Event

DEFINITE = frozenset({"the", "this", "that", "these", "those"})
GROUP_NUMBERS = frozenset({"two", "both"})


def _factual(event: Event) -> bool:
    return event.modality in ("asserted", "reported")


def _countries(doc: Document, actors: list[int]) -> set[str]:
    return {c for k in actors if (c := doc.actors[k].country)}


def act_author(
    doc: Document, lex: EventLexicon, obj: Token, prior: list[Event], source: list[int]
) -> tuple[list[int], Event] | None:
    """The author of the earlier act a definite object noun refers to ("condemned the strike",
    "rejected the move"), or None when the noun is no act or no earlier act fits."""
    if obj.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in obj.children):
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


def is_group(head: Token) -> bool:
    """'the two ministers', 'both sides': a plural noun counting two parties."""
    if head.pos_ != "NOUN" or head.tag_ != "NNS":
        return False
    return any(c.dep_ in ("det", "nummod", "predet") and c.lower_ in GROUP_NUMBERS for c in head.children)


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
