"""Attribution from the dependency parse: what a cue word reports (its content) and who reports it.

Short, bounded walks from the cue token:

* content of a cue verb: its complement clauses (ccomp with the complementiser, and coordinated
  "and that ..." clauses), an infinitive complement for verbs that take one ("vowed to fight", "urged
  Iran to return"), a small clause ("called the plan a fraud"), a direct or prepositional object where
  the lexicon allows it ("denied the report", "warned of famine"), or, for a bare parenthetical cue
  ("the talks failed, officials said"), the clause it interrupts;
* content of "according to X": the rest of its sentence;
* content of a cue noun: its that-clause, infinitive or participle ("the claim that ...", "a promise
  to ...", "statements affirming ...");
* speaker: the subject of the cue verb; through a relative pronoun to the noun it modifies; through
  conjunctions, participles and infinitives to the nearest governing verb with a subject ("..., adding
  that ..."); "by X" for passives; the possessor of a cue noun ("Moscow's claim that").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from newsevents.quotes.constants import MAX_CLIMB, MAX_PARENTHETICAL_TOKENS
from newsevents.quotes.lexicon import Cue, QuoteLexicon
from newsevents.quotes.tokens import subtree_range

SUBJECTS = frozenset({"nsubj", "csubj"})
CLIMB_DEPS = frozenset({"conj", "xcomp", "advcl", "acl", "ccomp", "relcl", "dobj", "pobj", "prep", "pcomp"})
#: Kinds of cue (``knowledge/quotes/cues.tsv``) whose infinitive complement is the reported content
#: ("vowed to fight").
INFINITIVE_KINDS = frozenset({"pledge", "ask", "warn", "claim", "deny", "suggest", "believe", "accuse"})
#: How a parenthetical cue hangs on the clause it reports.
PARENTHETICAL_DEPS = frozenset({"parataxis", "ccomp", "advcl", "conj"})
#: The only dependents a parenthetical cue may have ("a senior official said on Monday").
PARENTHETICAL_CHILD_DEPS = frozenset(
    {"nsubj", "punct", "advmod", "npadvmod", "prep", "aux", "neg", "dative", "cc"}
)


@dataclass(slots=True)
class Attribution:
    """What the parse says a cue token attributes. Token indices, inclusive."""

    cue: Any  # the cue token
    entry: Cue
    content: tuple[int, int] | None
    method: str  # key of constants.CONFIDENCE
    speaker: Any | None  # head token of the speaker phrase (for a relative pronoun: the noun it stands for)
    speaker_note: str  # how the speaker was found, for the provenance reason
    #: the word whose phrase is the speaker span in the text, when not ``speaker`` ("who" in "X, who said")
    speaker_word: Any | None = None


def analyse_verb(tok: Any, entry: Cue, lex: QuoteLexicon) -> Attribution:
    content, method = verb_content(tok, entry, lex)
    speaker, note = verb_speaker(tok, lex)
    relative = lex.words["relative_pronoun"]
    word = next((c for c in tok.children if c.dep_ in SUBJECTS and c.lower_ in relative), None)
    return Attribution(tok, entry, content, method, speaker, note, word if tok.dep_ == "relcl" else None)


def verb_content(tok: Any, entry: Cue, lex: QuoteLexicon) -> tuple[tuple[int, int] | None, str]:
    clauses = [c for c in tok.children if c.dep_ == "ccomp" or (c.dep_ == "conj" and _marked(c, lex))]
    if clauses:
        # "said the dams were legal and that ...": the parse may hang the first clause as an object.
        if entry.np_content:
            clauses += [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i]
        return _cover(clauses), "indirect_clause"
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
    if entry.kind in INFINITIVE_KINDS and not passive:  # "is expected to rise" has no speaker
        inf = [c for c in tok.children if c.dep_ == "xcomp" and any(g.dep_ == "aux" for g in c.children)]
        if inf:
            parts = inf
            if entry.kind in {"ask", "warn"}:  # "urged Iran to return": the addressee is in the content
                parts = inf + [c for c in tok.children if c.dep_ == "dobj"] + _prep_objects(tok, entry)
            return _cover(parts), "indirect_clause"
    # Small clause: "called Trump “unhinged”", "calling the plan a fraud".
    small = [
        c
        for c in tok.children
        if c.dep_ == "oprd" or (c.dep_ == "xcomp" and c.i > tok.i and not _infinitive(c))
    ]
    if small and not passive:
        return _cover(small + [c for c in tok.children if c.dep_ == "dobj"]), "indirect_clause"
    objs = _prep_objects(tok, entry)
    if objs:
        # "accused Moscow of shelling", "called for Iran to stop": the object is part of what is said.
        extra = [
            c for c in tok.children if c.dep_ in ("xcomp", "dobj") or (c.dep_ == "advcl" and _infinitive(c))
        ]
        return _cover(objs + extra), "indirect_object"
    if entry.np_content:
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if objs:
            # "blamed the law on ...", "cited the cases as examples": the role given to the object too
            roles = [
                c
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in lex.words["role_prep"] and c.i > objs[0].i
            ]
            return _cover(objs + roles), "indirect_object"
    return _parenthetical(tok, entry), "indirect_parenthetical"


def _prep_objects(tok: Any, entry: Cue) -> list[Any]:
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in entry.preps]
    return [g for p in preps for g in p.children if g.dep_ in ("pobj", "pcomp")]


def _listener(child: Any, entry: Cue) -> bool:
    """ "…, an official told reporters": the object of a speech verb whose object is not what is said
    (tell), or a name or pronoun (not "…, helping Moscow maintain its influence")."""
    return (
        child.dep_ == "dobj"
        and not entry.np_content
        and (entry.kind == "say" or child.pos_ in ("PRON", "PROPN"))
    )


def _participle(child: Any) -> bool:
    """ "…, an official warned, speaking on condition of anonymity": a subjectless participle."""
    return (
        child.dep_ == "advcl"
        and child.tag_ in ("VBG", "VBN")
        and not any(g.dep_ in SUBJECTS or g.dep_ == "mark" for g in child.children)
    )


def _marked(clause: Any, lex: QuoteLexicon) -> bool:
    """A clause opened by a complementiser: "(and) that ...", "whether ..."."""
    return any(g.dep_ == "mark" and g.lower_ in lex.words["complementiser"] for g in clause.children)


def _infinitive(tok: Any) -> bool:
    return any(g.dep_ == "aux" and g.lower_ == "to" for g in tok.children)


def _cover(toks: list[Any]) -> tuple[int, int]:
    spans = [subtree_range(t) for t in toks]
    return min(s for s, _ in spans), max(e for _, e in spans)


def _parenthetical(tok: Any, entry: Cue) -> tuple[int, int] | None:
    """Content of a cue that interrupts or follows its clause: "The talks, he said, had failed".

    The cue must be bare: a subject, adverbs, time or place phrases and, for verbs whose object is the
    listener ("told reporters"), an object. A subordinate "as he spoke" or a clause with complements of
    its own is not a parenthetical attribution.
    """
    head = tok.head
    if tok.dep_ not in PARENTHETICAL_DEPS or head is tok:
        return None
    if not any(c.dep_ in SUBJECTS for c in tok.children) or any(
        c.dep_ not in PARENTHETICAL_CHILD_DEPS and not _participle(c) and not _listener(c, entry)
        for c in tok.children
    ):
        return None
    lo, hi = subtree_range(tok)
    if hi - lo + 1 > MAX_PARENTHETICAL_TOKENS:
        return None
    hlo, hhi = subtree_range(head)
    if hlo >= lo and hhi <= hi:
        return None
    if hhi <= hi:
        content = (hlo, lo - 1)  # "..., officials said"
    elif hlo >= lo:
        content = (hi + 1, hhi)  # "Officials said, ..." with the clause as head
    else:
        content = (hlo, hhi)  # "The talks, he said, had failed"
    sdoc = tok.doc
    if not any(
        sdoc[i].pos_ in ("VERB", "AUX") for i in range(content[0], content[1] + 1) if not lo <= i <= hi
    ):
        return None
    return content


def verb_speaker(tok: Any, lex: QuoteLexicon) -> tuple[Any | None, str]:
    cur = tok
    for step in range(MAX_CLIMB + 1):
        subj = next((c for c in cur.children if c.dep_ in SUBJECTS), None)
        if subj is not None:
            if subj.lower_ in lex.words["relative_pronoun"] and cur.dep_ == "relcl":
                return cur.head, f"the noun the relative clause of {tok.text!r} describes"
            if subj.pos_ == "PRON" and subj.lower_ in {"it", "there"} and _is_expletive(cur):
                return None, f"{tok.text!r} has an impersonal subject"
            where = "subject" if step == 0 else f"subject of {cur.text!r}, which governs {tok.text!r}"
            return subj, f"the {where}"
        agent = next((c for c in cur.children if c.dep_ == "agent"), None)
        if agent is not None:
            pobj = next((g for g in agent.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj, f"the agent of passive {cur.text!r}"
        passive_subject = next((c for c in cur.children if c.dep_ == "nsubjpass"), None)
        if passive_subject is not None and step > 0 and cur.lemma_.lower() in lex.words["quoted_as_verb"]:
            return passive_subject, f"the subject of passive {cur.text!r}"  # "X was quoted as saying"
        if passive_subject is not None or cur.dep_ not in CLIMB_DEPS or cur.head is cur:
            break  # "X was told that ...": X listens, and nobody above speaks for this cue
        if cur.dep_ == "acl" and cur.head.pos_ in ("NOUN", "PROPN"):
            # "a statement saying ...": the author of the statement speaks.
            owner = noun_speaker(cur.head)
            if owner is not None:
                return owner, f"the author of {cur.head.text!r}"
        cur = cur.head
    return None, f"no subject found for {tok.text!r}"


def _is_expletive(verb: Any) -> bool:
    return any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or verb.tag_ == "VBN"


def noun_speaker(noun: Any) -> Any | None:
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    for c in noun.children:
        if c.dep_ == "compound" and c.pos_ == "PROPN":
            return c
    return None


def analyse_noun(tok: Any, entry: Cue, lex: QuoteLexicon) -> Attribution | None:
    """A cue noun with a clause: "the claim that ...", "a promise to ...", "a statement affirming ...".

    A participle that is itself a cue verb ("a statement saying ...") is left to that verb.
    """
    clause = next((c for c in tok.children if _noun_clause(c, lex.verbs)), None)
    if clause is None:
        return None
    speaker = noun_speaker(tok)
    note = f"the owner of {tok.text!r}"
    if speaker is None and tok.dep_ in ("dobj", "attr", "pobj"):
        speaker, note = verb_speaker(tok.head if tok.dep_ != "pobj" else tok.head.head, lex)
    return Attribution(tok, entry, subtree_range(clause), "noun_clause", speaker, note)


def _noun_clause(child: Any, verbs: Mapping[str, Cue]) -> bool:
    if child.dep_ not in ("acl", "ccomp") or child.i < child.head.i:
        return False
    if any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children):
        return True
    if _infinitive(child):
        return True
    return child.tag_ == "VBG" and child.lemma_.lower() not in verbs


def analyse_according(tok: Any, entry: Cue) -> Attribution | None:
    """ "according to X, ...": X speaks; the rest of the sentence is the content."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None:
        return None
    source = next((g for g in to.children if g.dep_ == "pobj"), None)
    if source is None:
        return None
    sent = tok.sent
    lo, hi = subtree_range(tok)
    before = (sent.start, lo - 1) if lo > sent.start else None
    after = (hi + 1, sent.end - 1) if hi < sent.end - 1 else None
    if before and after:
        content = (before[0], after[1]) if after[1] - after[0] > 2 else before
    else:
        content = before or after  # type: ignore[assignment]
    return Attribution(tok, entry, content, "according_to", source, "the object of 'according to'")
