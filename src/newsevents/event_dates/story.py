"""The story's day: the day a report's narrative has reached, lent to its later undated acts.

A news report opens with its story and the day it happened ("Police raided a house in east London on
Friday and arrested two men"); later sentences tell more of that story in the simple past without naming
the day again ("One man was shot in the shoulder"). Such a sentence, told in the simple past as a plain
fact in a main clause, outside a quotation and with no time expression of its own, happened on the day
the narrative has reached: that of the last act before it told in the simple past and dated by a time
expression of its own sentence ("On Monday, the minister met X. ... He also held talks with Y" is
Monday's). Other past forms place an act off that day: a perfect ("had condemned the coup", "has
rejected the results") tells background or a state reached, an adverb such as "earlier" or
"previously" (``off_story`` in the time lexicon) says so outright, a sentence naming a time the event
does not take (a span, "in recent weeks", a year) is about another time, and a relative or adverbial
clause ("the coup that ousted Bazoum") tells a circumstance of its own. A day long before publication
(``historical``) is a backstory's and sets no story day.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsevents.event_dates.cues import DatingCues
from newsevents.event_dates.event_tense import historical
from newsevents.event_dates.time_scope import in_main_clause
from newsevents.model import FACTUAL_MODALITIES, Document, Event, EventDate, Provenance
from newsevents.times import constants as K

_VERBAL = frozenset({"VERB", "AUX"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


@dataclass(frozen=True, slots=True)
class StoryDay:
    """The day the story has reached and the sentence whose event named it."""

    date: EventDate
    sentence: int


def story_day(doc: Document, event: Event, root: Any, quote: int | None, cues: DatingCues) -> StoryDay | None:
    """The story's day if ``event``, just dated, moves the story to it (module docstring), else None."""
    date = event.date
    if date is None or date.time_index is None or date.precision != "day" or root is None:
        return None
    if event.modality not in FACTUAL_MODALITIES or quote is not None or not in_main_clause(root):
        return None
    verb = _tensed_verb(root)
    if verb is None or not _simple_past(verb, cues):
        return None
    if doc.times[date.time_index].sentence != event.sentence:
        return None
    if historical(date.value, date.precision, doc.article.published):
        return None
    return StoryDay(date, event.sentence)


def on_story_day(
    doc: Document,
    story: StoryDay | None,
    event: Event,
    root: Any,
    quote: int | None,
    sentence_times: int,
    cues: DatingCues,
    stage: str,
) -> EventDate | None:
    """The story's day for an undated act of the story told after it (module docstring), else None.
    ``sentence_times`` counts the time expressions of the event's sentence."""
    if story is None or root is None or event.sentence <= story.sentence or sentence_times:
        return None
    if event.modality not in FACTUAL_MODALITIES or quote is not None or not in_main_clause(root):
        return None
    verb = _tensed_verb(root)
    if verb is None or not _simple_past(verb, cues) or _off_story(verb, cues):
        return None
    source = story.date
    reason = (
        f"story day: an undated act told in the simple past continues the story on the day "
        f"sentence {story.sentence} dates ({source.value})"
    )
    confidence = round(source.prov.confidence * K.EVENT_DATE_STORY, 3)
    return EventDate(source.value, source.precision, Provenance(stage, confidence, reason), source.time_index)


def _tensed_verb(tok: Any) -> Any:
    """The first verb at or above ``tok`` that shows a tense (a noun or gerund takes its verb's)."""
    while not (tok.pos_ in _VERBAL and tok.dep_ not in ("amod", "compound") and _tensed(tok)):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok


def _tensed(verb: Any) -> bool:
    if verb.tag_ in _FINITE_TAGS or _bare_participle(verb):
        return True
    return any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ in _FINITE_TAGS or c.lower_ == "to") for c in verb.children
    )


def _bare_participle(verb: Any) -> bool:
    """A participle with a subject and no auxiliary: the tagger's reading of a past form ("Thousands
    protested today" tagged VBN), which only a finite verb can be."""
    children = list(verb.children)
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "nsubj" for c in children)
        and not any(c.dep_ in ("aux", "auxpass") for c in children)
    )


def _simple_past(verb: Any, cues: DatingCues) -> bool:
    """ "raided", "was arrested": a past form or a passive on "was"/"were", with no perfect ("had
    attacked", "has been arrested"), modal or to-infinitive."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in cues.tense.perfect_aux or c.tag_ == "MD" or c.lower_ == "to" for c in aux):
        return False
    if verb.tag_ == "VBD" or _bare_participle(verb):
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in aux)


def _off_story(verb: Any, cues: DatingCues) -> bool:
    """Whether an adverb of the verb ("Earlier, ...", "had previously ...") puts it off the story's day."""
    return any(c.dep_ == "advmod" and c.lower_ in cues.off_story for c in verb.children)
