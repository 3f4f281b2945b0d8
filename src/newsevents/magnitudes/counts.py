"""What a number counts: the cue word nearest to it in the dependency tree names the kind
("killed 40 people", "40 people were killed", "the death toll rose to 40"), the counted noun the
victims' side ("40 civilians"), and the clause whether the count is a running toll ("to date", "the
war has killed")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsevents.magnitudes.lexicon import MagnitudeLexicon
from newsevents.magnitudes.numbers import DATE_LABEL, DETERMINER, Quantity, quantities
from newsevents.model import MagnitudeKind

#: The farthest a cue may stand from the counted noun, in dependency steps: "the death toll rose to
#: 40" is four (40 → to → rose → toll → death); farther cues belonged to other clauses in the
#: examples written for the tests.
MAX_STEPS = 4
#: The farthest a crowd cue may stand: a crowd is counted on its own noun or verb ("thousands of
#: protesters", "thousands marched"), never across clauses.
MAX_CROWD_STEPS = 2
#: The farthest the cue of a single victim ("a police officer was stabbed") may stand: its own verb.
#: An article counts one far more loosely than a number does, and a cue farther off is another
#: clause's ("a police officer was stabbed during the arrest" is no one detained).
MAX_SINGLE_STEPS = 1
#: How a single victim named with an article is read (newsevents.magnitudes.numbers).
SINGLE = "single"
#: Confidence by steps from the counted noun to its cue: adjacent cues are nearly always right, a
#: cue reached through a clause ("the toll rose to 40") less so.
CONFIDENCE_BY_STEPS = (0.9, 0.9, 0.8, 0.65, 0.6)
#: Dependency labels of a noun's modifiers that may name the victims' side ("Palestinian civilians",
#: "police officers").
SIDE_MODIFIERS = frozenset({"amod", "compound"})
#: Labels of a doer: the active subject and the passive's by-phrase.
DOER_LABELS = frozenset({"nsubj", "agent"})
#: Labels of a clause's subject.
SUBJECT_LABELS = frozenset({"nsubj", "nsubjpass"})
#: The tag of a past participle, and the labels of the auxiliaries that make one a perfect ("have killed").
PARTICIPLE = "VBN"
PERFECT_AUXILIARY = "have"
#: The tag of a plural common noun ("attacks") and a noun's part of speech.
PLURAL_NOUN = "NNS"
NOUN_POS = "NOUN"
AUXILIARY_LABELS = frozenset({"aux", "auxpass"})
#: Labels and tags read to find a clause's subject: a conjoined verb, a relative clause and its pronoun.
CONJUNCT = "conj"
RELATIVE_CLAUSE = "relcl"
RELATIVE_TAGS = frozenset({"WDT", "WP"})
#: The label of a preposition's object ("as a result of the conflict").
OBJECT_OF_PREPOSITION = "pobj"
#: Parts of speech that head a clause.
CLAUSE_POS = frozenset({"VERB", "AUX"})
#: The kind read last: a crowd's size, counted only when nothing else counts the number.
CROWD = "crowd"
#: The part of speech of a proper noun, the entity label of a person, the label of a number in
#: apposition ("Ahmed, 18,") and of a number's noun ("March 30").
PROPER_NOUN = "PROPN"
PERSON_LABEL = "PERSON"
APPOSITION = "appos"
NUMBER_MODIFIER = "nummod"


@dataclass(frozen=True)
class Count:
    """A number with what it counts, before it is attached to an event."""

    quantity: Quantity
    kind: MagnitudeKind
    cue: int  # token index of the cue word
    counted: int  # token index of the counted noun (the number itself when it stands alone)
    steps: int
    side: str | None
    cumulative: bool
    cumulative_cue: str | None
    start: int  # character span of the number through its cue
    end: int


def _cue_kind(tok: Any, lex: MagnitudeLexicon) -> MagnitudeKind | None:
    return lex.cues.get(tok.lower_) or lex.cues.get(tok.lemma_.lower())


def _ancestors(tok: Any) -> list[Any]:
    out = [tok]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out


def _path(a: Any, b: Any) -> tuple[int, list[Any]] | None:
    """Steps between ``a`` and ``b`` in the tree and ``a``'s side of the path (``a`` up to, not
    including, the common ancestor); None when they share no ancestor."""
    up_a, up_b = _ancestors(a), _ancestors(b)
    index_b = {t.i: n for n, t in enumerate(up_b)}
    for n, tok in enumerate(up_a):
        if tok.i in index_b:
            return n + index_b[tok.i], up_a[:n]
    return None


def _counted(tokens: list[Any], q: Quantity, lex: MagnitudeLexicon) -> Any | None:
    """The noun the number counts ("40 people", "dozens of protesters", "a family of five"), the
    number itself when it stands alone ("killing 12"), None when it counts something else
    ("3 villages", "10 years")."""
    number = tokens[q.head]
    noun = number.head if number.dep_ in ("nummod", "quantmod", DETERMINER) else number
    if _is_date(number) or _is_age(number):
        return None
    # "two families were killed": a number of groups tells no number of people
    if noun is not number and (noun.lemma_.lower() in lex.groups or noun.lower_ in lex.groups):
        return None
    # "dozens of protesters", "40 of the passengers": the of-phrase names what is counted
    for prep in noun.children if noun is number else ():
        if prep.dep_ == "prep":
            for obj in prep.children:
                if obj.dep_ == "pobj" and _names_people(obj, lex):
                    return obj
    # "a family of five": the group is counted
    if noun is number and number.dep_ == "pobj" and number.head.dep_ == "prep":
        group = number.head.head
        if group.lemma_.lower() in lex.groups or group.lower_ in lex.groups:
            return group
    if noun is number or _names_people(noun, lex) or _cue_kind(noun, lex) is not None:
        return noun
    return None


def _is_date(number: Any) -> bool:
    """A number in a date with a month's or a day's name ("March 30", "4 June 2011"): no count, nor
    is the name a cue ("march")."""
    head = number.head
    return bool(
        number.dep_ == NUMBER_MODIFIER
        and number.ent_type_ == DATE_LABEL
        and head.ent_type_ == DATE_LABEL
        and head.pos_ == PROPER_NOUN
    )


def _is_age(number: Any) -> bool:
    """A bare number in apposition to a name is the person's age ("Ali Hassan, 34, said")."""
    return bool(number.dep_ == APPOSITION and number.head.ent_type_ == PERSON_LABEL)


def _names_people(tok: Any, lex: MagnitudeLexicon) -> bool:
    words = (tok.lower_, tok.lemma_.lower())
    return (
        any(w in lex.persons or w in lex.sides or w in lex.groups for w in words)
        or tok.ent_type_ == "NORP"
        or _cue_kind(tok, lex) is not None
    )


def _side(noun: Any, lex: MagnitudeLexicon) -> str | None:
    for tok in (noun, *(c for c in noun.children if c.dep_ in SIDE_MODIFIERS)):
        side = lex.sides.get(tok.lower_) or lex.sides.get(tok.lemma_.lower())
        if side is not None:
            return side
    return None


def _is_doer(path_up: list[Any], cue: Any, lex: MagnitudeLexicon) -> bool:
    """Whether the counted noun is the doer of the cue ("12 gunmen killed", "killed by 12 gunmen")
    rather than what it counts; a cue whose subject is counted ("12 died") has no doer."""
    if not path_up:
        return False
    top = path_up[-1]
    if top.head.i != cue.i:
        return any(t.dep_ == "agent" for t in path_up)
    if top.dep_ == "agent":
        return True
    words = (cue.lower_, cue.lemma_.lower())
    return (
        top.dep_ == "nsubj" and not any(w in lex.subject_counted for w in words) and not _reduced_passive(cue)
    )


def _reduced_passive(verb: Any) -> bool:
    """A past participle with a subject and no auxiliary: "five people killed and one injured", "40
    injured": the parser reads it as active, but its subject is what happened to them."""
    return bool(verb.tag_ == PARTICIPLE and not any(c.dep_ in AUXILIARY_LABELS for c in verb.children))


def _best_cue(
    tokens: list[Any], anchor: Any, start: int, end: int, lex: MagnitudeLexicon
) -> tuple[Any, int] | None:
    found: list[tuple[int, int, int, Any]] = []  # (crowd last, steps, distance in words, cue)
    for tok in tokens[start:end]:
        kind = _cue_kind(tok, lex)
        if kind is None or tok.ent_type_ == DATE_LABEL:  # "Monday, March 30": a month, not a march
            continue
        if _penalty(tok, lex):
            continue
        path = _path(anchor, tok)
        if path is None:
            continue
        steps, up = path
        limit = MAX_CROWD_STEPS if kind == CROWD else MAX_STEPS
        if steps > limit or _is_doer(up, tok, lex):
            continue
        found.append((kind == CROWD, steps, abs(tok.i - anchor.i), tok))
    if not found:
        return None
    _crowd, steps, _distance, cue = min(found, key=lambda f: f[:3])
    return cue, steps


def _penalty(cue: Any, lex: MagnitudeLexicon) -> bool:
    """Whether ``cue`` names a penalty passed, not a death: "sentenced three men to death"."""
    prep = cue.head
    return bool(
        cue.dep_ == OBJECT_OF_PREPOSITION and prep.i != cue.i and prep.head.lemma_.lower() in lex.penalties
    )


def _clause(tok: Any) -> Any:
    """The verb heading ``tok``'s clause (``tok`` itself when it is one; the root failing that)."""
    for t in _ancestors(tok):
        if t.pos_ in CLAUSE_POS:
            return t
    return _ancestors(tok)[-1]


def _subjects(verb: Any) -> list[Any]:
    """The subjects of ``verb``: its own, else those of the verb it is conjoined to ("has killed 20,000
    and displaced 14 million"); a relative pronoun stands for the noun its clause modifies ("a war that
    has killed")."""
    while True:
        found = [c for c in verb.children if c.dep_ in SUBJECT_LABELS]
        if found or verb.dep_ != CONJUNCT or verb.head.i == verb.i:
            break
        verb = verb.head
    return [verb.head if s.tag_ in RELATIVE_TAGS and verb.dep_ == RELATIVE_CLAUSE else s for s in found]


def _many_events(subject: Any, verb: Any, lex: MagnitudeLexicon) -> bool:
    """Whether the subject of a perfect is many events ("attacks that have killed thousands", "strikes
    have killed 12 people over the past day"): the toll is a sum over them, none's own. A simple past
    ("the twin attacks killed 30") tells one incident and is not read so."""
    nouns = [subject]
    # "attacks on civilian targets that have killed": the parser hangs the clause on the nearer noun
    if subject.dep_ == OBJECT_OF_PREPOSITION and subject.head.head.pos_ == NOUN_POS:
        nouns.append(subject.head.head)
    plural = any(n.tag_ == PLURAL_NOUN and n.lemma_.lower() in lex.event_nouns for n in nouns)
    perfect = any(c.dep_ in AUXILIARY_LABELS and c.lemma_.lower() == PERFECT_AUXILIARY for c in verb.children)
    return plural and perfect


def _clause_cue(cue: Any, lex: MagnitudeLexicon) -> str | None:
    """What in the counting clause makes the count a running toll, or None: its subject names a long
    course of events ("the war has killed") or many events ("attacks that have killed"), or such a
    noun is the object of a preposition of the clause ("as a result of the conflict"), or a plural span
    of time is ("in the first six months")."""
    clause = _clause(cue)
    for subject in _subjects(clause):
        if subject.lemma_.lower() in lex.cumulative_agents:
            return str(subject.text)
        if _many_events(subject, clause, lex):
            return str(subject.text)
    for tok in clause.subtree:
        if tok.dep_ == OBJECT_OF_PREPOSITION and tok.lemma_.lower() in lex.cumulative_contexts:
            return str(tok.text)
        if tok.lower_ in lex.cumulative_periods and tok.ent_type_ == DATE_LABEL:
            return str(tok.text)
    return None


def _phrase_cues(tokens: list[Any], start: int, end: int, lex: MagnitudeLexicon) -> list[tuple[int, str]]:
    """The cumulative phrases of the sentence ("to date", "total") with their token positions."""
    words = [t.lower_ for t in tokens[start:end]]
    out: list[tuple[int, str]] = []
    for k, word in enumerate(words):
        for phrase in lex.cumulative_phrases:
            if phrase[0] == word and tuple(words[k : k + len(phrase)]) == phrase:
                out.append((start + k, " ".join(phrase)))
    return out


def _share_with_conjuncts(found: list[tuple[Quantity, Any, Any, int]], phrase_of: dict[int, str]) -> None:
    """A phrase marks the count it stands nearest to, and with it the counts of verbs conjoined to
    that count's ("in a week more than 60 soldiers have been killed and 30 injured": the 30 too): one
    clause tells both of one span, and an elided verb repeats no cue of its own."""
    for n, phrase in list(phrase_of.items()):
        cue = found[n][2]
        for m, (_q, _noun, other, _steps) in enumerate(found):
            joined = (other.dep_ == CONJUNCT and other.head.i == cue.i) or (
                cue.dep_ == CONJUNCT and cue.head.i == other.i
            )
            if m != n and joined:
                phrase_of.setdefault(m, phrase)


def sentence_counts(tokens: list[Any], start: int, end: int, lex: MagnitudeLexicon) -> list[Count]:
    """The counts of one sentence (tokens ``start`` to ``end``), in text order. A cumulative phrase
    marks the count it stands nearest to ("killed three on Monday, bringing the total to 45": the 45)."""
    found: list[tuple[Quantity, Any, Any, int]] = []
    for q in quantities(tokens, start, end, lex):
        noun = _counted(tokens, q, lex)
        best = None if noun is None else _best_cue(tokens, noun, start, end, lex)
        # "killing 11 soldiers and a police officer": a conjunct is one step farther from the verb
        reach = MAX_SINGLE_STEPS + (noun is not None and noun.dep_ == CONJUNCT)
        if best is not None and (q.how != SINGLE or best[1] <= reach):
            found.append((q, noun, *best))
    phrase_of: dict[int, str] = {}
    for at, phrase in _phrase_cues(tokens, start, end, lex) if found else ():
        nearest = min(
            range(len(found)),
            key=lambda n: min(abs(at - i) for i in (found[n][0].first, found[n][0].last, found[n][2].i)),
        )
        phrase_of.setdefault(nearest, phrase)
    _share_with_conjuncts(found, phrase_of)
    out: list[Count] = []
    for n, (q, noun, cue, steps) in enumerate(found):
        kind = _cue_kind(cue, lex)
        assert kind is not None  # _best_cue returns cue words only
        cumulative = _clause_cue(cue, lex) or phrase_of.get(n)
        first, last = min(q.first, noun.i, cue.i), max(q.last, noun.i, cue.i)
        out.append(
            Count(
                q, kind, cue.i, noun.i, steps, _side(noun, lex), cumulative is not None, cumulative,
                tokens[first].idx, tokens[last].idx + len(tokens[last].text),
            )
        )  # fmt: skip
    return out
