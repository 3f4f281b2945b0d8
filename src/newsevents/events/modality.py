"""Modality of an event: climb the dependency path from its anchor to the root and read the cues.

The nearest negated/hypothetical/hedged/future cue decides; "reported" (a reporting verb, "according
to", a quote) is kept apart and only decides when nothing else does, but its source is always recorded.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from newsevents.events import constants as C
from newsevents.events.lexicon import Cue, EventLexicon
from newsevents.events.triggers import Token, has_to
from newsevents.model import Document, Modality
from newsevents.span_index import SpanIndex

#: Relations through which a governor's clausal complement hangs ("said that …", "appears to …").
CLAUSAL_ENTRIES = frozenset({"ccomp", "xcomp", "csubj", "csubjpass", "pcomp", "oprd", "acl", "advcl"})
#: Relations through which an object hangs ("suggesting an understanding", "cancelled the visit").
OBJECT_ENTRIES = frozenset({"dobj", "nsubjpass", "attr"})
#: Penn tags of a tensed verb form (past, present, modal).
_TENSED_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Within one word, the order in which simultaneous cues win.
KIND_RANK = {"negated": 0, "hypothetical": 1, "obligation": 1, "hedged": 2, "future": 3}


@dataclass(slots=True)
class ModalityResult:
    modality: Modality = "asserted"
    cue: str | None = None
    #: Head of the phrase naming who the event is attributed to ("the Kremlin said", "according to X").
    attributed_token: Token | None = None
    #: A negated intention ("will not lift", "would not meet"): a refusal rather than a non-event.
    refusal: bool = False
    #: "must", "should": an obligation, which in reported speech is a demand.
    obligation: bool = False
    #: A condition, hedge or negation over a future or refusal cue ("if Ankara refuses to …").
    outer: Modality | None = None
    #: A report whose source the text does not name ("reportedly").
    unattributed_report: bool = False
    #: What a reporting or promising verb says its subject would do on a condition ("said it would
    #: retaliate if Washington imposed tariffs"): a conditional pledge, of which a forceful one is a threat.
    conditional_pledge: bool = False


def _governor_cues(
    lex: EventLexicon, tok: Token, entry: str, prep: str | None, verbal: bool, finite: bool = False
) -> list[Cue]:
    lemma = tok.lemma_.lower()
    out: list[Cue] = []
    for scope in ("governor", "object"):
        for cue in lex.cue(scope, lemma):
            if cue.prep is not None:
                # "called on Iran to release": the clause hangs from the verb, beside its "on"
                beside = entry in CLAUSAL_ENTRIES and any(
                    c.dep_ == "prep"
                    and c.lower_ == cue.prep
                    and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)  # "on Friday"
                    for c in tok.children
                )
                if prep == cue.prep or (prep is None and beside):
                    out.append(cue)
                continue
            if prep is not None:
                continue
            if cue.kind == "future" and entry == "advcl":
                continue  # "went to Cairo to meet Sisi": a purpose clause, not "is going to meet"
            if cue.kind == "future" and finite:
                # "is set to visit" looks ahead; a tensed clause it governs carries its own tense
                # ("roadblocks were set up" over "reported that police patrolled" is no future)
                continue
            clausal = entry in CLAUSAL_ENTRIES or (entry == "dobj" and verbal)
            if clausal or (scope == "object" and entry in OBJECT_ENTRIES):
                out.append(cue)
    return out


def _child_cues(lex: EventLexicon, tok: Token, is_anchor: bool, nominal: bool) -> list[tuple[Cue, Token]]:
    out: list[tuple[Cue, Token]] = []
    for c in tok.children:
        dep = c.dep_
        lemma = c.lemma_.lower()
        if dep in ("aux", "auxpass"):
            shifted = lex.cue("backshift", lemma)
            if shifted and _reported_clause(lex, tok):
                out.extend((q, c) for q in shifted)  # "said it would withdraw": the future of the past
            else:
                out.extend((q, c) for q in lex.cue("aux", lemma))
        elif dep == "neg":
            out.extend((q, c) for q in lex.cue("neg", c.lower_) or lex.cue("neg", lemma))
        elif dep == "mark" and tok.dep_ != "ROOT":
            out.extend((q, c) for q in lex.cue("mark", lemma))
        elif dep == "advmod":
            out.extend((q, c) for q in lex.cue("adverb", lemma) + lex.cue("neg", c.lower_))
        elif dep in ("amod", "det") and is_anchor and nominal:
            out.extend((q, c) for q in lex.cue("modifier", c.lower_) or lex.cue("modifier", lemma))
        elif dep == "prep":
            out.extend((q, c) for q in lex.cue("prep", lemma))
    return out


def _conditional(lex: EventLexicon, tok: Token) -> bool:
    """Whether the clause of ``tok`` carries a condition ("would withdraw if the talks fail")."""
    for c in tok.children:
        if c.dep_ == "mark" and any(q.kind == "hypothetical" for q in lex.cue("mark", c.lemma_.lower())):
            return True
        if c.dep_ == "advcl" and any(
            g.dep_ == "mark" and any(q.kind == "hypothetical" for q in lex.cue("mark", g.lemma_.lower()))
            for g in c.children
        ):
            return True
    return False


def _conditional_pledge(lex: EventLexicon, tok: Token) -> bool:
    """Whether the clause of ``tok`` is a backshifted future on a condition that a reporting or
    promising verb says ("said it would retaliate if …")."""
    backshifted = any(
        c.dep_ in ("aux", "auxpass") and lex.cue("backshift", c.lemma_.lower()) for c in tok.children
    )
    return backshifted and _conditional(lex, tok) and _reported_clause(lex, tok, conditions=True)


def _reported_clause(lex: EventLexicon, tok: Token, conditions: bool = False) -> bool:
    """Whether the clause of ``tok`` is, without a condition (or with one, given ``conditions``), what a
    reporting or promising verb says ("the minister said his government would respect …", "pledged
    that it would withdraw")."""
    if not conditions and _conditional(lex, tok):
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "ccomp" or tok.head.i == tok.i:
        return False
    governor = tok.head.lemma_.lower()
    cues = lex.cue("governor", governor) + lex.cue("object", governor)
    return any(q.kind in ("reported", "future") and q.prep is None for q in cues)


def _counted_subject(lex: EventLexicon, verb: Token) -> bool:
    """Whether the clause's subject is a count of people: a number ("150,000 had gathered"), a noun a
    number counts ("3,000 people took part") or a quantity ("thousands of protesters")."""
    subject = _subject_text(verb)
    if subject is None:
        return False
    return (
        subject.like_num
        or subject.lemma_.lower() in lex.quantity_nouns
        or any(c.dep_ == "nummod" for c in subject.children)
    )


def _subject_text(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    return None


def _according_to(prep: Token) -> Token | None:
    for c in prep.children:
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
        if c.dep_ == "pobj":
            return c
    return None


NONFACTUAL = frozenset({"hypothetical", "hedged", "negated", "obligation"})


@dataclass(slots=True)
class _Step:
    """One word on the path from the anchor to the root, and how the path entered it."""

    index: int
    tok: Token
    entry: str | None  # dependency label of the word we came from; None at the anchor
    prep: str | None  # the preposition we came through ("call for", "accuse of")
    came_from_verb: bool
    finite: bool = False  # we came from a tensed clause ("that police patrolled"), not an infinitive


def _path(anchor: Token) -> Iterator[_Step]:
    tok, entry, prep, came_from_verb, finite = anchor, None, None, False, False
    for index in range(C.MAX_PATH_STEPS):
        yield _Step(index, tok, entry, prep, came_from_verb, finite)
        head = tok.head
        if head.i == tok.i:
            return
        if tok.dep_ in ("pobj", "pcomp") and head.dep_ in ("prep", "agent"):
            prep, entry = head.lemma_.lower(), ("pcomp" if tok.dep_ == "pcomp" else "prep")
            came_from_verb, finite = tok.pos_ == "VERB", False
            if head.head.i == head.i:
                return
            tok = head.head
            continue
        prep, entry = None, tok.dep_
        if entry == "relcl" and has_to(tok):
            entry = "acl"  # "ways to pressure X" is an infinitival complement of the noun
        came_from_verb = tok.pos_ in ("VERB", "AUX")
        finite = entry == "ccomp" and _tensed(tok)
        tok = head


def _tensed(verb: Token) -> bool:
    """Whether a clause's verb carries tense itself or through an auxiliary ("patrolled", "had
    reported", "is shut"), as an infinitive ("to visit") does not."""
    return any(
        t.tag_ in _TENSED_TAGS for t in (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass")))
    )


def _as_modality(kind: str) -> Modality:
    return "hypothetical" if kind == "obligation" else kind  # type: ignore[return-value]


def find_modality(lex: EventLexicon, anchor: Token, nominal: bool) -> ModalityResult:
    result = ModalityResult()
    result.conditional_pledge = not nominal and _conditional_pledge(lex, anchor)
    # After a future, refusal or obligation cue the walk goes on, for a condition or hedge over the
    # whole statement ("if Ankara refuses to …") and for the speaker of a demand.
    pending = False
    # A relative clause in the past presupposes what it tells of its noun ("leaders who accepted the
    # peace process have not confirmed …", "if the troops that seized the town withdraw …"): past it,
    # the sentence's negation, condition, hedge or intention is about something else, and only who
    # reports it counts. A present one describes its noun and stays under the sentence's cues.
    presupposed = False
    below: Token | None = None
    for step in _path(anchor):
        tok = step.tok
        presupposed = presupposed or (step.entry == "relcl" and below is not None and _past(below))
        clause, below = below, tok
        found = _child_cues(lex, tok, step.index == 0, nominal and step.index == 0)
        if step.entry is not None:
            found.extend(
                (q, tok)
                for q in _governor_cues(lex, tok, step.entry, step.prep, step.came_from_verb, step.finite)
            )
        counted = lex.cue("count", tok.lemma_.lower())
        if counted and step.entry == "ccomp" and clause is not None and _counted_subject(lex, clause):
            # "Organisers estimated that 150,000 had gathered": the estimate is of the count
            found = [(q, where) for q, where in found if where.i != tok.i] + [(q, tok) for q in counted]
        if presupposed:
            found = [(q, where) for q, where in found if q.kind == "reported"]
        if any(cue.kind == "factual" and where.i == tok.i for cue, where in found):
            # "managed to meet", "continued to target": what it governs happened as much as the
            # implicative verb itself did ("did not manage to", "would continue to"), so the walk reads
            # that verb's own clause and goes on for who reports it
            found = [(q, where) for q, where in found if q.kind != "factual"]
        _record_speaker(result, found, tok)
        ranked = sorted((KIND_RANK[q.kind], i) for i, (q, _) in enumerate(found) if q.kind in KIND_RANK)
        if not ranked:
            if step.index == 0 and _to_infinitive(tok, lex):
                result.modality, result.cue = "hypothetical", "to-infinitive"
                return result
            continue
        cue, where = found[ranked[0][1]]
        if pending:
            if cue.kind in NONFACTUAL:
                result.outer = _as_modality(cue.kind)
                return result
            continue
        result.modality = _as_modality(cue.kind)
        result.obligation = cue.kind == "obligation"
        result.cue = where.text if where.i != tok.i else tok.lemma_
        if cue.kind == "negated" and cue.scope in ("neg", "adverb"):
            result.refusal = any(
                c.dep_ == "aux" and c.lemma_.lower() in lex.words["volition_aux"] for c in tok.children
            )
        elif cue.kind == "negated" and where.i == tok.i and step.entry == "xcomp":
            result.refusal = True  # "refused to meet", "failed to reach agreement"
        if not (result.refusal or result.obligation or cue.kind == "future"):
            return result
        outer = [q for q, _ in found if q is not cue and q.kind in NONFACTUAL]
        if outer:
            result.outer = _as_modality(outer[0].kind)
            return result
        pending = True
    return result


#: Penn tags of a verb in the simple past.
PAST_TAGS = frozenset({"VBD"})


def _past(verb: Token) -> bool:
    """Whether ``verb`` tells a past act: a simple past ("who accepted") or a perfect ("that partners
    have asked")."""
    if verb.tag_ in PAST_TAGS:
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _record_speaker(result: ModalityResult, found: list[tuple[Cue, Token]], tok: Token) -> None:
    """The first reporting cue on the path names who the event is attributed to."""
    for cue, where in found:
        if cue.kind == "reported" and cue.scope == "adverb":
            result.unattributed_report = True  # "reportedly": the subject is the actor, not the source
            result.cue = result.cue or where.text
        elif cue.kind == "reported" and result.attributed_token is None:
            result.attributed_token = _according_to(where) if cue.scope == "prep" else _subject_text(tok)


def _to_infinitive(tok: Token, lex: EventLexicon) -> bool:
    """'an opportunity to support', 'ways to remind': an infinitive states no fact by itself,
    unless its governor says what happened to it (managed to, refused to, agreed to). A purpose
    clause of a verb ("fired tear gas to disperse the crowd", "left his residence to condemn the
    decision") is told with its verb: the walk goes on to the verb's own cues."""
    if not has_to(tok):
        return False
    head = tok.head
    if head.i == tok.i or (tok.dep_ == "advcl" and head.pos_ in ("VERB", "AUX")):
        return False
    lemma = head.lemma_.lower()
    return not (lex.cue("governor", lemma) or lex.cue("object", lemma))


def quote_attribution(doc: Document, contents: SpanIndex, start: int) -> tuple[int, str | None] | None:
    """The first quote whose content holds ``start``: (index, speaker name or text); ``contents``
    indexes the contents of ``doc.quotes``."""
    holding = contents.holding(start)
    if not holding:
        return None
    quote = doc.quotes[holding[0]]
    return holding[0], quote.speaker_name or quote.speaker_text
