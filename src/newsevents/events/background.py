"""Triggers told as a circumstance of another act, not as an act of their own.

- a gerund or participle under a preposition ("suspected of supplying arms", "despite being warned",
  "with several workers arrested"); a preposition of time keeps its verb an event ("after storming the
  building": ``sequence_prep``);
- a relative clause in the simple present with no date ("an organisation that assists victims"): a
  description of its noun;
- a verb with an adverb of frequency ("have repeatedly accused", "routinely detain critics"): a
  pattern of acts, with no one occurrence told (``habitual_adverb`` in ``function_words.tsv``);
- a participle modifying a noun ("the agreement signed in 2019", "talks supported by Uruguay",
  "officers raiding homes"), unless the noun is a text or an act that carries the act ("a statement
  condemning", "a decision granting aid") or the participle tells what befell the people named
  ("citizens detained last month": ``participle_types.tsv``);
- a perfect or progressive verb over a stretch of time reaching back further than a month ("has been
  fighting the government since 1964", "have detained thousands since October 2023", "has battled
  jihadists over the last four years", "had taken to the streets since the protests began in
  June"): a standing state, no occurrence (``period_prep``, ``period_start_prep``);
- a verb of a standing conflict in the present that no day of its own dates ("Al Shabaab is fighting
  the government in a bid to impose its law"): a party's long war told as background
  (``campaign_verb``);
- a plural act noun carried by a verb of a changing rate that no day of its own dates ("has stepped up
  attacks against government forces", "arrest raids have intensified"): a trend of acts, no one
  occurrence (``trend_verb``);
- a main clause in the simple present passive that no day of its own dates, of a type that names a
  posture or custody ("around 5,000 troops are deployed across the Sahel"): a standing state
  (``state_types.tsv``);
- an act noun that is what people talk about: the object of a verb of talking or the object of a
  topic preposition on such a verb or noun ("discussed cooperation between Moscow and Minsk", "talks on
  security cooperation"): the topic of the talks, no occurrence (``topic_word``, ``topic_prep``).
"""

from __future__ import annotations

import re
from typing import Any

from newsevents.event_dates.event_tense import historical
from newsevents.events.lexicon import EventLexicon
from newsevents.events.triggers import Candidate, Token
from newsevents.model import Document
from newsevents.times import constants as K

#: Tags of the non-finite verb forms that modify a noun or follow a preposition: gerund and participle.
NONFINITE_TAGS = frozenset({"VBG", "VBN"})
#: Tags of the simple present: a relative clause in it says what its noun is or habitually does ("an
#: organisation that assists victims", "militants who commit attacks"), not an act done on a day.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
#: Entity labels of a time expression: a dated present relative clause is a scheduled act ("the
#: minister, who arrives in Paris on Monday"), an event after all.
TIME_LABELS = frozenset({"DATE", "TIME"})
#: Kinds of non-agent nouns (``non_agents.tsv``) that carry the act a participle on them names: a
#: "press release urging calm" is the appeal itself.
CARRIER_KINDS = frozenset({"document", "media"})
#: A duration as the times stage writes it (TIMEX3: "P4Y", "PXM" for "months", "P2W"); "X" is "some".
DURATION_VALUE = re.compile(r"^P(\d+(?:\.\d+)?|X)([YMWD])$")
#: A calendar date value (year, decade, month or day: "1964", "199", "2023-04", "2023-04-15"), the
#: forms ``historical`` reads; a week ("2026-W08") or a season is none of them.
CALENDAR_VALUE = re.compile(r"^\d{3,4}(?:-\d{2}){0,2}$")
#: Days in each unit of a duration.
UNIT_DAYS = {"Y": 365, "M": 30, "W": 7, "D": 1}
#: The amount an unspecified duration ("for years", "in recent months") stands for: at least two.
SOME = 2.0
#: Dependency labels of a clause on a noun: its times date that noun, not the verb above.
NOUN_CLAUSES = frozenset({"relcl", "acl"})
#: Types of a time expression that name a point in time ("on Sunday"), unlike a duration ("for years").
POINT_TIME_TYPES = frozenset({"DATE", "TIME"})
#: Parts of speech of a verb, whose clause a noun clause's noun belongs to.
VERBAL = frozenset({"VERB", "AUX"})
#: Parts of speech of an act noun.
NOUN_POS = frozenset({"NOUN", "PROPN"})
#: Gerunds a topic may lie under ("discussed ways of promoting cooperation" is one): deeper nesting
#: is rare and is read as told.
TOPIC_DEPTH = 2
#: Dependency labels of a main clause's verb (a sentence root or one conjoined with it).
MAIN_CLAUSE_DEPS = frozenset({"ROOT", "conj"})
#: Noun tags of a plural: a plural act noun under a verb of rate counts many acts ("stepped up attacks").
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def backgrounded(cand: Candidate, lex: EventLexicon, doc: Document) -> bool:
    """Whether the candidate's trigger is a circumstance of another act rather than an event."""
    anchor = cand.anchor
    if anchor.dep_ == "relcl" and anchor.tag_ in PRESENT_TAGS and not _dated(anchor):
        return True
    if cand.support is None and _talked_about(cand.token, lex):
        return True
    if _habitual(anchor, lex) or _standing(cand, lex, doc):
        return True
    if anchor.tag_ not in NONFINITE_TAGS:
        return False
    if anchor.dep_ == "pcomp" and anchor.head.lemma_.lower() not in lex.words.get("sequence_prep", ()):
        return True
    if anchor.dep_ != "acl" or _carries_act(anchor.head, lex):
        return False
    # what befell the people named ("citizens detained last month") is the act itself
    return not (anchor.tag_ == "VBN" and cand.entry.event_type in lex.participle_types)


def _talked_about(noun: Token, lex: EventLexicon) -> bool:
    """Whether an act noun is the topic of a word of talking: its object ("discussed cooperation"),
    the object of its topic preposition ("talks on cooperation", "a debate about sanctions"), or the
    object of a gerund that is the topic's content ("discussed ways of promoting cooperation")."""
    if noun.pos_ not in NOUN_POS:
        return False
    topic_words = lex.words.get("topic_word", ())
    token = noun
    for _ in range(TOPIC_DEPTH):
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in lex.words.get("topic_prep", ()):
            return head.head.lemma_.lower() in topic_words
        if token.dep_ != "dobj" or head.pos_ not in VERBAL:
            return False
        if head.lemma_.lower() in topic_words:
            return True
        if not (head.tag_ == "VBG" and head.dep_ == "pcomp"):
            return False
        token = head.head.head  # "ways" of "ways of promoting cooperation"
    return False


def _habitual(verb: Token, lex: EventLexicon) -> bool:
    """Whether an adverb of frequency modifies the verb ("repeatedly accused")."""
    habitual = lex.words.get("habitual_adverb", ())
    return any(c.dep_ == "advmod" and c.lower_ in habitual for c in verb.children)


def _dated(verb: Token) -> bool:
    """Whether a time expression stands in the clause of ``verb``."""
    return any(t.ent_type_ in TIME_LABELS for t in verb.subtree)


def _carries_act(noun: Token, lex: EventLexicon) -> bool:
    """Whether the noun is a text or an act noun whose participle names its content."""
    lemma = noun.lemma_.lower()
    compound = " ".join([*(c.lemma_.lower() for c in noun.children if c.dep_ == "compound"), lemma])
    return (
        lemma in lex.act_nouns
        or lex.non_agents.get(lemma) in CARRIER_KINDS
        or lex.non_agents.get(compound) in CARRIER_KINDS
    )


def _standing(cand: Candidate, lex: EventLexicon, doc: Document) -> bool:
    """Whether the candidate tells a standing state or a trend rather than one occurrence, or is told
    in a clause on a noun of such a state ("a war since April 2023 that has killed 20,000")."""
    anchor = cand.anchor
    if _standing_verb(anchor, lex, doc):
        return True
    if anchor.dep_ in NOUN_CLAUSES:
        above = anchor.head
        while above.pos_ not in VERBAL and above.head.i != above.i:
            above = above.head
        if above.pos_ in VERBAL and _standing_verb(above, lex, doc):
            return True
    if (
        cand.entry.event_type in lex.state_types
        and _present_passive(anchor)
        and not _point_dated(anchor, lex, doc)
    ):
        return True
    trend = cand.support is not None and not cand.support_is_relcl and _rate_verb(cand.support, lex)
    return trend and cand.token.tag_ in PLURAL_TAGS and not _point_dated(anchor, lex, doc)


def _standing_verb(verb: Token, lex: EventLexicon, doc: Document) -> bool:
    """Whether the verb tells a standing state: a perfect or progressive (or a campaign verb) over a
    stretch reaching back further than a month, or a campaign verb in the present no day dates."""
    campaign = verb.lemma_.lower() in lex.words.get("campaign_verb", ())
    if (campaign or _perfect_or_progressive(verb)) and _reaches_back(verb, lex, doc):
        return True
    return campaign and _present(verb) and not _point_dated(verb, lex, doc)


def _perfect_or_progressive(verb: Token) -> bool:
    """Whether the verb is a perfect ("has fought") or a progressive ("is fighting")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(a.lemma_ == "have" for a in auxes) or (
        verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxes)
    )


def _present(verb: Token) -> bool:
    """Whether the verb's clause is told in the present: a present form or a present auxiliary."""
    if verb.tag_ in PRESENT_TAGS:
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in PRESENT_TAGS for c in verb.children)


def _rate_verb(verb: Token, lex: EventLexicon) -> bool:
    """Whether the verb, with its particle if any ("stepped up"), tells a change in the rate of acts."""
    rate = lex.words.get("trend_verb", ())
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return lemma in rate or any(f"{lemma} {p}" in rate for p in particles)


def _period_phrases(verb: Token, lex: EventLexicon) -> list[Token]:
    """The verb's prepositions of a stretch of time ("since 1964", "for years"), and its clauses
    that say when the stretch began ("since the demonstrations began in mid-June")."""
    periods = lex.words.get("period_prep", ())
    starts = lex.words.get("period_start_prep", ())
    return [
        c
        for c in verb.children
        if (c.dep_ == "prep" and c.lower_ in periods)
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in starts for m in c.children))
    ]


def _times_in(doc: Document, tokens: list[Token]) -> list[Any]:
    """The time expressions of ``doc`` lying within the tokens' character span."""
    if not tokens:
        return []
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return [t for t in doc.times if start <= t.start and t.end <= end]


def _reaches_back(verb: Token, lex: EventLexicon, doc: Document) -> bool:
    """Whether a stretch of time on the verb reaches back further than a month: since a date that
    ended that long before publication, or for a duration longer than that."""
    starts = lex.words.get("period_start_prep", ())
    for prep in _period_phrases(verb, lex):
        for time in _times_in(doc, list(prep.subtree)):
            if time.type == "DURATION":
                days = _duration_days(time.value or "")
                if days is not None and days > K.EVENT_DATE_HISTORICAL_DAYS:
                    return True
            elif (prep.lower_ in starts or prep.dep_ == "advcl") and _calendar_before(time, doc):
                return True
    return False


def _calendar_before(time: Any, doc: Document) -> bool:
    """Whether a time is a calendar date that ended more than a month before publication."""
    calendar = time.type == "DATE" and time.precision and CALENDAR_VALUE.match(time.value or "")
    return bool(calendar) and historical(str(time.value), time.precision, doc.article.published)


def _duration_days(value: str) -> float | None:
    """The length in days of a TIMEX3 duration, None for a form not read here (hours, "PT5H")."""
    m = DURATION_VALUE.match(value)
    if m is None:
        return None
    amount = SOME if m[1] == "X" else float(m[1])
    return amount * UNIT_DAYS[m[2]]


def _point_dated(verb: Token, lex: EventLexicon, doc: Document) -> bool:
    """Whether a date or time of the verb's own clause, outside its stretches of time and the clauses
    on its nouns, dates it ("are fighting rebels on Sunday")."""
    skipped: set[int] = set()
    for prep in _period_phrases(verb, lex):
        skipped.update(t.i for t in prep.subtree)
    for tok in verb.subtree:
        if tok.dep_ in NOUN_CLAUSES and tok.i != verb.i:
            skipped.update(t.i for t in tok.subtree)
    own = [t for t in verb.subtree if t.i not in skipped]
    return any(t.type in POINT_TIME_TYPES for t in _times_in_tokens(doc, own))


def _times_in_tokens(doc: Document, tokens: list[Token]) -> list[Any]:
    """The time expressions of ``doc`` that begin at one of the tokens."""
    starts = {t.idx for t in tokens}
    return [t for t in doc.times if t.start in starts]


def _present_passive(verb: Token) -> bool:
    """Whether the verb heads a main clause in the simple present passive ("troops are deployed"): no
    perfect, modal or future auxiliary, and not a clause a report or another verb governs."""
    if verb.tag_ != "VBN" or verb.dep_ not in MAIN_CLAUSE_DEPS:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return not any(a.dep_ == "aux" for a in auxes) and any(a.tag_ in PRESENT_TAGS for a in auxes)
