"""Whether a mention of an event is told as another occurrence of its type, not as the one before.

The event_mentions stage merges two mentions of one type that nothing tells apart
(``events.coreference``). The text itself sometimes does: "another suicide bomber blew himself up",
"a second strike hit the market", "In a separate incident, police arrested …" tell a new act of the
same kind. Such a mention starts an event of its own. The words are data
(``knowledge/events/occurrence_cues.tsv``); this module reads where they stand.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsevents.model import Event

#: Dependencies of a determiner or adjective on a noun ("another attack", "a second strike").
MODIFIER_DEPS = frozenset({"det", "amod"})
#: The active subject of a verb: "another bomber blew himself up" is another act; the passive subject
#: is whom it befell ("another seven were wounded" may count the victims of the act told before).
AGENT_DEPS = frozenset({"nsubj"})
#: Dependencies by which an event noun is the argument of the verb that tells it ("launched another
#: attack"); not ``attr``: "This is the second protest this month" identifies the article's protest.
NOUN_ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass"})
VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})


def _marked(token: Any, words: tuple[str, ...]) -> str | None:
    for child in token.children:
        if child.dep_ in MODIFIER_DEPS and child.lower_ in words:
            return str(child.lower_)
    return None


def _verb_cue(verb: Any, words: tuple[str, ...]) -> str | None:
    """A cue on the verb that tells the event: its agent or a prepositional object marked as another."""
    for child in verb.children:
        if child.dep_ in AGENT_DEPS and (cue := _marked(child, words)):
            return cue
        if child.dep_ == "prep":
            for obj in child.children:
                if obj.dep_ == "pobj" and (cue := _marked(obj, words)):
                    return cue
    return None


def told_as_another(sdoc: Any, event: Event, cues: Mapping[str, tuple[str, ...]]) -> str | None:
    """The cue word by which ``event``'s own mention is told as another occurrence of its type, or
    None. Only its trigger's clause is read: a cue in another clause of the sentence is another act's."""
    words = cues["another_marker"]
    span = sdoc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span.root
    if token.pos_ in NOUN_POS:
        if token.dep_ == "attr":
            return None
        if cue := _marked(token, words):
            return cue
        if token.dep_ in NOUN_ARGUMENT_DEPS and token.head.pos_ in VERB_POS and token.head is not token:
            return _verb_cue(token.head, words)
        return None
    return _verb_cue(token, words) if token.pos_ in VERB_POS else None
