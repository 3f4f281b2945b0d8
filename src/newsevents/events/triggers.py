"""Finding event triggers in a parsed sentence: one dict lookup per token, dependents only on a hit."""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsevents.events.lexicon import EventLexicon, TriggerEntry

Token = Any  # spacy.tokens.Token; spaCy is untyped

#: Dependency labels of a verb's object-like complements (for the "obj" role flag).
OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "nsubjpass", "dative", "attr", "oprd"})
#: Named-entity labels that make a noun phrase actor-like.
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Dependents that start another clause: a pattern never reaches into them.
CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj", "relcl", "acl", "csubj", "parataxis"})
#: Penn tag of a gerund or present participle ("targeting").
GERUND_TAG = "VBG"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
#: Penn tags of relative pronouns ("who", "which", "that"), which stand for the noun their clause modifies.
RELATIVE_TAGS = frozenset({"WP", "WDT"})


@dataclass(slots=True)
class Candidate:
    """A trigger token with the lexicon entry it matched."""

    token: Token
    entry: TriggerEntry
    #: Tokens of the pattern besides the head ("off" in "call off"), for the trigger span.
    matched: list[Token] = field(default_factory=list)
    #: The verb that carries a nominal event ("held" in "held talks"); None for verbal triggers.
    support: Token | None = None
    #: True when the support verb is a relative clause of the noun ("the talks he held").
    support_is_relcl: bool = False
    #: True when the noun is the subject of a verb saying that it happened ("clashes erupted").
    support_is_subject: bool = False

    @property
    def anchor(self) -> Token:
        """The token whose clause states the event: the support verb of a nominal, else the trigger."""
        if self.support is not None and not self.support_is_relcl:
            return self.support
        return self.token

    @property
    def span(self) -> tuple[int, int]:
        toks = [self.token, *self.matched]
        start = min(t.idx for t in toks)
        end = max(t.idx + len(t.text) for t in toks)
        return start, end


def pos_class(tok: Token) -> str | None:
    pos = tok.pos_
    if pos == "VERB":
        return "VERB"
    if pos == "NOUN":
        return "NOUN"
    return None


def near_lemmas(tok: Token, quantities: frozenset[str] = frozenset()) -> dict[str, Token]:
    """Lemmas of children and grandchildren (a preposition's object, a particle's object), and
    "@label" for each child's dependency label. A preposition heading a date ("on Tuesday") is left
    out, so that "called on Tuesday" does not read as "call on". A subject that is a quantity
    ("thousands of protesters") stands for the people its of-phrase names."""
    out: dict[str, Token] = {}
    for child in tok.children:
        if child.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in child.children):
            continue
        out.setdefault("@" + child.dep_, child)
        out.setdefault(child.lemma_.lower(), child)
        if child.dep_ in CLAUSE_DEPS and child.pos_ in ("VERB", "AUX"):
            # another clause's words are not part of this pattern ("called X to apologize for"), but
            # the word that introduces it is: "called for parliament to resolve it" is "call for"
            for mark in child.children:
                if mark.dep_ == "mark" and mark.i < child.i:
                    out.setdefault(mark.lemma_.lower(), mark)
            continue
        out.setdefault(child.lower_, child)
        if child.dep_ in SUBJECT_DEPS and child.dep_ != "nsubjpass":
            # "the Commission on Human Rights called …": the subject's words are not the verb's; a
            # passive subject is the verb's object, words and all ("tear gas was fired")
            if child.tag_ in RELATIVE_TAGS and tok.dep_ == "relcl":
                # a relative subject stands for the noun its clause modifies: "protesters who
                # gathered" is "protesters gathered"
                out.setdefault(tok.head.lemma_.lower(), tok.head)
                _quantity_people(tok.head, quantities, out)
            _quantity_people(child, quantities, out)
            continue
        for grand in child.children:
            out.setdefault(grand.lemma_.lower(), grand)
            for great in grand.children:
                if great.dep_ in ("pobj", "pcomp", "compound", "amod"):
                    out.setdefault(great.lemma_.lower(), great)
                if great.dep_ == "pobj":
                    # a measure's of-phrase is what is acted with, words and all: "fired volleys of
                    # tear gas" is "fired tear gas"
                    for word in great.children:
                        if word.dep_ in ("compound", "amod"):
                            out.setdefault(word.lemma_.lower(), word)
    return out


def _quantity_people(noun: Token, quantities: frozenset[str], out: dict[str, Token]) -> None:
    """A quantity ("thousands of protesters") stands for the people its of-phrase names."""
    if noun.lemma_.lower() not in quantities:
        return
    for of in noun.children:
        if of.dep_ == "prep" and of.lower_ == "of":
            for people in of.children:
                if people.dep_ == "pobj":
                    out.setdefault(people.lemma_.lower(), people)


def find_candidates(sent: Any, lex: EventLexicon, actor_like: Callable[[Token], bool]) -> list[Candidate]:
    """Trigger candidates of one sentence; nominal events carried by a trigger verb are dropped."""
    found: dict[int, Candidate] = {}
    for tok in sent:
        pos = pos_class(tok)
        if pos is None:
            continue
        lemma = tok.lemma_.lower()
        entries = lex.triggers.get((lemma, pos))
        if entries is None and pos == "VERB":
            # the tagger's lemma can be wrong ("staged" → "stag"): try the regular stems
            for form in verb_forms(tok)[1:]:
                if (form, "VERB") in lex.triggers:
                    lemma, entries = form, lex.triggers[(form, "VERB")]
                    break
        if entries is not None and _idiom(tok, lex.idioms.get((lemma, pos), ())):
            continue  # "issued a press release", "declined to comment": the word names no event here
        if entries is None:
            if pos == "NOUN" and lemma in lex.support_nouns:
                cand = _light_noun(tok, lex)
                if cand is not None:
                    found[tok.i] = cand
            continue
        cand = _match(tok, entries, actor_like, lex.quantity_nouns, lex.words["disapproval_word"])
        if cand is not None and not _acts_on_things(cand, lex):
            found[tok.i] = cand
    for cand in list(found.values()):
        if cand.entry.pos == "NOUN":
            _attach_support(cand, lex)
            support = cand.support
            if support is not None and not cand.support_is_relcl and support.i in found:
                verb = found[support.i].entry
                if verb.deps or verb.weight >= cand.entry.weight:
                    del found[cand.token.i]  # the verb's own entry codes "signed an agreement"
                else:
                    del found[support.i]  # a vague verb carries a clear noun: "ordered an investigation"
    return [found[i] for i in sorted(found)]


#: Dependency labels of a participle or relative clause whose head noun is the verb's object ("videos
#: released by the media", "the statement the police released").
MODIFIER_DEPS = frozenset({"acl", "relcl", "amod"})


def _idiom(tok: Token, idioms: Sequence[tuple[str, ...]]) -> bool:
    """Whether ``tok`` with its dependents forms an idiom: its children (and "@label" for each
    child's dependency label), the objects of its prepositions, the word that opens its clausal
    complement ("asked whether they would strike") and, for a participle or relative clause, the noun
    it modifies ("videos released by the media"). Nothing deeper, so that "released 90 prisoners,
    according to a statement" keeps its event."""
    if not idioms:
        return False
    near: set[str] = set()
    for child in tok.children:
        near.add(child.lemma_.lower())
        near.add("@" + child.dep_)
        if child.dep_ == "prep":
            near.update(g.lemma_.lower() for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "ccomp":
            near.update(g.lemma_.lower() for g in child.children if g.dep_ == "mark")
    if tok.dep_ in MODIFIER_DEPS:
        near.add(tok.head.lemma_.lower())
    return any(all(d in near for d in deps) for deps in idioms)


def _match(
    tok: Token,
    entries: list[TriggerEntry],
    actor_like: Callable[[Token], bool],
    quantities: frozenset[str] = frozenset(),
    disapproval: Container[str] = (),
) -> Candidate | None:
    near: dict[str, Token] | None = None
    for entry in entries:
        matched: list[Token] = []
        if entry.deps:
            if near is None:
                near = near_lemmas(tok, quantities)
            if not all(d in near for d in entry.deps):
                continue
            matched = [near[d] for d in entry.deps if not d.startswith("@")]
        if "obj" in entry.roles and not any(c.dep_ in OBJECT_DEPS for c in tok.children):
            continue
        if "actorobj" in entry.roles and not _has_actor_object(tok, actor_like):
            continue
        if "active" in entry.roles and (tok.dep_ == "acl" or any(c.dep_ == "auxpass" for c in tok.children)):
            continue  # "a town called Viridian" names; "X called the move illegal" accuses
        if "judged" in entry.roles and not _judges(tok, disapproval):
            continue  # "called it a tight race" describes; "called the move illegal" accuses
        if "aim" in entry.roles and (
            tok.dep_ in MODIFIER_DEPS or (tok.dep_ == "advcl" and tok.tag_ == GERUND_TAG)
        ):
            continue  # "the officials targeted", "raided 56 sites, targeting networks": another act's aim
        return Candidate(tok, entry, matched)
    return None


#: Labels of what a verb of judging says of its object: the object itself ("called the illegal move"
#: as parsed), the predicate ("called the sanctions illegal") and clausal complements.
JUDGED_DEPS = frozenset({"dobj", "oprd", "ccomp", "xcomp"})


def _judges(tok: Token, disapproval: Container[str]) -> bool:
    """Whether what ``tok`` says of its object holds a word of disapproval (``disapproval_word``)."""
    return any(
        w.lemma_.lower() in disapproval or w.lower_ in disapproval
        for c in tok.children
        if c.dep_ in JUDGED_DEPS
        for w in c.subtree
    )


#: Inflectional endings tried when the tagger's lemma misses ("staged" lemmatised as "stag").
_ENDINGS = (
    ("ied", "y"),
    ("ies", "y"),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
    ("es", ""),
    ("s", ""),
)


def has_to(tok: Token) -> bool:
    """Whether ``tok`` heads a to-infinitive ("to disperse", "to intervene")."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


def verb_forms(tok: Token) -> list[str]:
    """The lemma, then the word form with regular endings removed: a fallback for lemma errors."""
    low = tok.lower_
    forms = [tok.lemma_.lower()]
    for ending, replacement in _ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            forms.append(low[: -len(ending)] + replacement)
    return forms


def support_lemma(tok: Token, lex: EventLexicon) -> str | None:
    """The support-verb lemma of ``tok`` (with its particle: "break out"), tolerant of lemmatiser
    errors."""
    particles = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    for form in [f"{tok.lemma_.lower()} {p}" for p in particles] + verb_forms(tok):
        if form in lex.support_verbs:
            return form
    return None


def _light_noun(tok: Token, lex: EventLexicon) -> Candidate | None:
    """'a mediation effort': the compound modifier's bare entry, carried by the light noun."""
    for child in tok.children:
        if child.dep_ == "compound" and child.pos_ == "NOUN":
            for entry in lex.triggers.get((child.lemma_.lower(), "NOUN"), ()):
                if not entry.deps and not entry.roles - {"recip"}:
                    return Candidate(tok, entry, [child])
    return None


#: An amount of money (this named-entity label) is of this non_agents.tsv kind ("the release of P1 billion").
MONEY_ENT = "MONEY"
MONEY_KIND = "goods"


def _acts_on_things(cand: Candidate, lex: EventLexicon) -> bool:
    """Whether the candidate's type is no event when done to things (thing_object_types.tsv) and
    every noun it acts on is such a thing: "seized 20 guns" (weapons), "the release of funds" (goods).
    A trigger with no object found is kept."""
    entry = cand.entry
    kinds = lex.thing_object_types.get((entry.event_type, entry.mode)) or lex.thing_object_types.get(
        (entry.event_type, None)
    )
    if not kinds:
        return False
    objects = _acted_on(cand.token)
    if not objects:
        return False
    for obj in objects:
        kind = MONEY_KIND if obj.ent_type_ == MONEY_ENT else lex.non_agents.get(obj.lemma_.lower())
        if kind not in kinds:
            return False
    return True


def _acted_on(tok: Token) -> list[Token]:
    """The nouns a trigger acts on: a verb's direct object or passive subject, the noun its participle
    modifies, a noun's of-phrase; with the nouns coordinated with them."""
    heads: list[Token] = []
    if tok.pos_ == "NOUN":
        heads = [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
    else:
        heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if not heads and tok.dep_ in MODIFIER_DEPS:
            heads = [tok.head]
    out: list[Token] = []
    for head in heads:
        out.append(head)
        out.extend(c for c in head.conjuncts)
    return out


def _has_actor_object(tok: Token, actor_like: Callable[[Token], bool]) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") and actor_like(c) for c in tok.children)


#: The ``prep`` value of support_verbs.tsv for a verb whose subject is the event noun ("clashes erupted").
SUBJECT_SUPPORT = "@subject"

AMOUNT_PREPS = ("in", "of")
AMOUNT_ENTS = ("MONEY", "QUANTITY", "CARDINAL")


def _amount_support(prep: Token, lex: EventLexicon) -> Token | None:
    """'granted €270 million in assistance', 'sent 40 tonnes of aid': the verb whose direct object
    is an amount of the event noun carries it, as if the noun were its object."""
    if prep.lower_ not in AMOUNT_PREPS:
        return None
    amount = prep.head
    if amount.dep_ != "dobj" or amount.head.pos_ != "VERB":
        return None
    if amount.ent_type_ not in AMOUNT_ENTS and not any(c.dep_ == "nummod" for c in amount.children):
        return None
    lemma = support_lemma(amount.head, lex)
    if lemma is None or "" not in lex.support_verbs[lemma]:
        return None
    return amount.head


#: Prepositional phrases a support verb's own phrase may hang below: the parser often attaches a verb's
#: later phrase to the object of its earlier one ("gathered in locations across the islands in protest").
PP_CHAIN_HOPS = 2


def _pp_attachment(word: Token) -> Token:
    """The verb a prepositional phrase on ``word`` may belong to: ``word`` itself, or, when ``word``
    is the object of a chain of prepositional phrases of a verb, that verb."""
    verb = word
    for _ in range(PP_CHAIN_HOPS):
        if verb.pos_ not in ("NOUN", "PROPN") or verb.dep_ != "pobj" or verb.head.dep_ != "prep":
            break
        verb = verb.head.head
    return verb if verb.pos_ == "VERB" else word


def _mistagged_verb(tok: Token) -> bool:
    """A headline's present verb the small model tagged as an adjective ("Violent clashes erupt
    between …"): an adjective heading the sentence with a subject and no copula is a verb."""
    return (
        tok.pos_ == "ADJ"
        and tok.dep_ == "ROOT"
        and any(c.dep_ == "nsubj" for c in tok.children)
        and not any(c.dep_ in ("cop", "aux", "auxpass") for c in tok.children)
    )


def _attach_support(cand: Candidate, lex: EventLexicon) -> None:
    tok = cand.token
    while tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
        tok = tok.head  # "expressed its rejection and condemnation": both carried by "expressed"
    head = tok.head
    verb_lemma = support_lemma(head, lex) if head.pos_ == "VERB" or _mistagged_verb(head) else None
    if tok.dep_ in ("dobj", "nsubjpass") and verb_lemma is not None and "" in lex.support_verbs[verb_lemma]:
        cand.support = head
        return
    if (
        tok.dep_ in ("nsubj", "nsubjpass")
        and verb_lemma is not None
        and SUBJECT_SUPPORT in lex.support_verbs[verb_lemma]
    ):
        # "clashes erupted between X and Y", "gunfire was heard": the verb says the event happened
        cand.support = head
        cand.support_is_subject = True
        return
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        verb = _pp_attachment(head.head)
        lemma = support_lemma(verb, lex) if verb.pos_ == "VERB" else None
        if lemma is not None and head.lemma_.lower() in lex.support_verbs[lemma]:
            cand.support = verb
            return
        amount = _amount_support(head, lex)
        if amount is not None:
            cand.support = amount
            return
    for child in cand.token.children:
        if child.dep_ in ("relcl", "acl") and support_lemma(child, lex) is not None:
            cand.support = child
            cand.support_is_relcl = True
            return
