"""Acts a sentence tells only through what was done to their doers.

"Police fired tear gas to disperse thousands of protesters" tells a protest as surely as "thousands
protested": a crowd named for what it does (``implied_acts.tsv``: protesters, demonstrators) was
doing it when a crowd-control act hit it. The crowd's act is coded beside the act done to it, with the
same modality when that is a fact, unless the sentence already codes an act of that type; its
target is left to the implicit targets ("thousands protested" → the government).
"""

from __future__ import annotations

from newsevents.events import constants as C
from newsevents.events.lexicon import EventLexicon
from newsevents.events.linking import STAGE
from newsevents.events.triggers import Token
from newsevents.model import FACTUAL_MODALITIES, Document, Event, Provenance, Span


def implied_acts(
    doc: Document, lex: EventLexicon, coded: list[tuple[Event, Token]]
) -> list[tuple[Event, Token]]:
    """The acts of the crowds that the sentence's coded events were done to, each with its anchor
    (the crowd's head noun)."""
    out: list[tuple[Event, Token]] = []
    for event, _ in coded:
        rule = lex.implied_acts.get((event.event_type, event.mode))
        if rule is None or event.modality not in FACTUAL_MODALITIES:
            continue
        nouns, etype, mode, cameo = rule
        if any(other.event_type == etype for other, _ in (*coded, *out)):
            continue  # "police fired tear gas as protesters gathered": the protest is told
        crowd = [(k, head) for k in event.target if (head := _head(doc, k)) is not None]
        crowd = [(k, head) for k, head in crowd if head.lemma_.lower() in nouns]
        if not crowd:
            continue
        k, head = crowd[0]
        actor = doc.actors[k]
        done = doc.text[event.trigger.start : event.trigger.end]
        implied = Event(
            event_type=etype,
            trigger=Span(actor.start, actor.end),
            sentence=event.sentence,
            prov=Provenance(
                STAGE,
                C.IMPLIED_CONFIDENCE,
                f"implied by '{done}' done to the crowd '{actor.text}', named for what it was doing",
            ),
            mode=mode,
            cameo=cameo,
            quad_class=lex.type_quad.get(etype),
            source=[k for k, _ in crowd],
            modality=event.modality,
            attributed_source=event.attributed_source,
            quote=event.quote,
            evidence=event.evidence,
        )
        out.append((implied, head))
    return out


def _head(doc: Document, k: int) -> Token | None:
    """The head word of an actor's phrase."""
    actor = doc.actors[k]
    span = doc.spacy.char_span(actor.start, actor.end, alignment_mode="expand")
    return None if span is None else span.root
