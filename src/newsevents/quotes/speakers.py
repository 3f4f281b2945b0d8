"""Link a speaker phrase to an actor mention of the actors stage.

In order: an actor mention covering the speaker's head word; for a pronoun, the actors stage's own
resolution when it gave one, otherwise the antecedent found here (the nearest earlier sentence holding a
compatible mention, preferring a subject or a subject's possessor over other mentions); for a bare
surname, an earlier mention ending with it. A speaker that none of these links says so in the reason.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from newsevents.actors.antecedent import choose
from newsevents.actors.pronouns import Pronouns
from newsevents.model import ActorMention, Document
from newsevents.nlp.doc_views import entities_back_from
from newsevents.quotes.constants import PRONOUN_LOOKBACK_SENTENCES
from newsevents.span_index import SpanIndex

PERSON_KINDS = frozenset({"person", "role"})
GROUP_KINDS = frozenset({"state", "capital", "organisation", "group", "demonym", "role"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
OTHER_ROLE = 2
#: Dependencies that keep a word inside the noun phrase whose grammatical role we ask for.
NP_INTERNAL = frozenset({"compound", "flat", "appos", "amod", "nmod", "det", "poss", "case"})


@dataclass(slots=True)
class Resolution:
    actor: int | None
    name: str | None
    country: str | None
    sector: str | None
    note: str | None  # None when a mention covering the speaker decided; else how, or why not


class SpeakerIndex:
    """The document's actor mentions, sorted for overlap and look-back queries."""

    def __init__(self, doc: Document, pronouns: Pronouns, speaker_pronouns: frozenset[str]) -> None:
        self.doc = doc
        self.pronouns = pronouns
        #: Pronouns a speaker phrase may be: "he said", "according to them", "it said in a statement".
        self.speaker_pronouns = speaker_pronouns
        self.order = sorted(range(len(doc.actors)), key=lambda i: doc.actors[i].start)
        self.starts = [doc.actors[i].start for i in self.order]

        self._spans = SpanIndex((a.start, a.end) for a in doc.actors)

    def covering(self, start: int, end: int) -> list[int]:
        """Mentions overlapping [start, end), by start (on a tie, in the order of ``doc.actors``)."""
        return sorted(self._spans.overlapping(start, end), key=lambda i: self.doc.actors[i].start)

    def before(self, offset: int) -> Iterator[int]:
        """Mentions ending before ``offset``, nearest first, lazily: a look-back stops early."""
        hi = bisect.bisect_left(self.starts, offset)
        for k in range(hi - 1, -1, -1):
            i = self.order[k]
            if self.doc.actors[i].end <= offset:
                yield i


def _from(index: int, m: ActorMention, note: str | None) -> Resolution:
    return Resolution(index, m.name or m.text, m.country, m.sector, note)


def resolve(idx: SpeakerIndex, head: Any, start: int, end: int) -> Resolution:
    doc = idx.doc
    h_start, h_end = head.idx, head.idx + len(head.text)
    on_head = idx.covering(h_start, h_end)
    covering = on_head or idx.covering(start, end)
    pronoun = head.pos_ == "PRON" and head.lower_ in idx.speaker_pronouns
    if pronoun:
        return _pronoun(idx, head, covering)
    for appos in (c for c in head.children if c.dep_ == "appos"):
        # "Serbia's foreign minister, Jane Roe, said": the name says who, the role only what
        named = [
            i for i in idx.covering(appos.idx, appos.idx + len(appos.text)) if doc.actors[i].kind == "person"
        ]
        if named:
            return _from(named[0], doc.actors[named[0]], f"the person named beside {head.text!r}")
    if covering:
        return _from(covering[0], doc.actors[covering[0]], None)
    if head.pos_ == "PROPN":
        return _surname(idx, head)
    return Resolution(None, None, None, None, f"speaker {head.text!r} matches no actor mention")


def _pronoun(idx: SpeakerIndex, head: Any, covering: list[int]) -> Resolution:
    """The actors stage's resolution of the pronoun, unless a subject antecedent here disagrees.

    Subjects are the likelier antecedents of a subject pronoun ("Trump's declarations suggest ...
    a meeting with President X, where he pledged" → Trump, not the nearer X), so a subject-role
    antecedent found here wins over a resolution that only looked at recency.
    """
    doc = idx.doc
    theirs = next((i for i in covering if doc.actors[i].kind == "pronoun" and doc.actors[i].name), None)
    mine, subject_like = _antecedent(idx, head)
    if theirs is not None:
        ours_differ = mine.name is not None and mine.name != doc.actors[theirs].name
        if not (subject_like and ours_differ):
            return _from(theirs, doc.actors[theirs], f"pronoun {head.text!r} resolved by the actors stage")
        mine.note = f"{mine.note} (a subject; the actors stage said {doc.actors[theirs].name!r})"
    return mine


def _antecedent(idx: SpeakerIndex, head: Any) -> tuple[Resolution, bool]:
    """The nearest earlier sentence with a compatible mention decides; within it a main-clause subject
    beats an embedded subject (or a subject's possessor), which beats any other mention."""
    doc = idx.doc
    word = head.lower_

    def compatible(c: tuple[int, Any]) -> bool:
        kind = doc.actors[c[0]].kind
        personal = kind in PERSON_KINDS and c[1].tag_ not in PLURAL_TAGS  # "he" is not "the officers"
        return idx.pronouns.agrees(word, personal=personal, group=kind in GROUP_KINDS)

    def rank(c: tuple[int, Any]) -> int:
        return _role_rank(c[1])

    here = doc.sentence_at(head.idx)
    choice = choose(_candidates(idx, head.idx), here, PRONOUN_LOOKBACK_SENTENCES, compatible, rank)
    if choice is None:
        note = f"pronoun {head.text!r}: no earlier compatible actor mention"
        return Resolution(None, None, None, None, note), False
    i = choice.item[0]
    m = doc.actors[i]
    subject = choice.rank < OTHER_ROLE
    role = "subject" if subject else "mention"
    note = f"pronoun {head.text!r} resolved here to the nearest earlier {role} {m.text!r}"
    return _from(i, m, note), subject


def _candidates(idx: SpeakerIndex, offset: int) -> Iterator[tuple[int, tuple[int, Any]]]:
    """Named (not pronoun) mentions before ``offset``, nearest first, as (sentence, (actor index,
    head token))."""
    doc = idx.doc
    for i in idx.before(offset):
        m = doc.actors[i]
        root = _root(doc.spacy, m) if m.kind in PERSON_KINDS or m.kind in GROUP_KINDS else None
        if root is not None:
            yield doc.sentence_at(m.start), (i, root)


def _root(sdoc: Any, m: ActorMention) -> Any | None:
    span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
    return None if span is None or len(span) == 0 else span.root


def _role_rank(tok: Any) -> int:
    """0: subject of the main clause; 1: another subject, or a subject's possessor ("Trump's
    declarations suggest ..."); OTHER_ROLE: anything else."""
    while tok.dep_ in NP_INTERNAL and tok.head is not tok:
        if tok.dep_ == "poss":
            return 1 if tok.head.dep_ in SUBJECT_DEPS else OTHER_ROLE
        tok = tok.head
    if tok.dep_ not in SUBJECT_DEPS:
        return OTHER_ROLE
    return 0 if tok.head.dep_ == "ROOT" else 1


def _surname(idx: SpeakerIndex, head: Any) -> Resolution:
    doc = idx.doc
    for i in idx.before(head.idx):
        m = doc.actors[i]
        if m.kind in PERSON_KINDS and m.text.split()[-1:] == [head.text] and (m.name or m.country):
            return _from(i, m, f"surname {head.text!r} resolved to the earlier mention {m.text!r}")
    for ent in entities_back_from(doc.spacy, head.idx):
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == head.text:
            return Resolution(
                None,
                ent.text,
                None,
                None,
                f"surname {head.text!r} matches the earlier name {ent.text!r}, which no actor mention covers",
            )
    return Resolution(None, None, None, None, f"speaker {head.text!r} matches no actor mention")
