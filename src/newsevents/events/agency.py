"""Only agents act: an argument headed by an act, a document, a picture, a weapon, a place, goods,
an abstraction or a time is no actor ("the first strike killed four civilians", "a press release
urged people to leave", "footage showed arrests", "goods were stricken from the list"). It stands
for the agent the text names around it, which takes its place: the author of an act or document ("a
Supreme Court ruling", "the court's ruling", "a document signed by the government", "the
government issued a press release urging …"), the user of a weapon, or, for an act or weapon that
names no one, whoever carried out the latest act of its kind before ("the strike" → who struck).
Failing that, the role stays empty: a picture shows acts its maker did not do. A description of a
state ("the country", "the tiny archipelago") stands for that state.

Which head nouns name no agent is data (``knowledge/events/non_agents.tsv``); every event noun of
the trigger lexicon is an act.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsevents.actors.pronouns import REFERENTS
from newsevents.events import constants as C
from newsevents.events.anaphora import latest_author
from newsevents.events.domestic import SceneCountries
from newsevents.events.lexicon import EventLexicon
from newsevents.events.linking import STAGE, ActorLinker
from newsevents.events.roles import subject
from newsevents.events.triggers import Token
from newsevents.model import Event

#: Kinds whose author is the agent: possessor, by-phrase, named modifier ("Russian missiles").
AUTHORED = frozenset({"act", "document", "weapon"})
#: Kinds whose author, when the text names none, is whoever did the latest act of the kind before.
DISCOURSE = frozenset({"act", "weapon"})
#: A weapon used is an attack: its user is the author of the latest attack.
WEAPON_TYPES = frozenset({"ASSAULT"})
#: Kinds left as they are in the target role: a place, a building, a thing or an act hit or named
#: as the recipient stands for whoever is there, owns it or did it ("shelled the village", "struck a
#: car near X", "condemned the strike"), which the linker and the reaction rules already read.
TARGET_KEPT = frozenset({"act", "place", "building", "goods"})
#: Entity labels of a modifier that names an author ("a Supreme Court ruling", "Israeli strikes").
NAME_ENTS = frozenset({"ORG", "GPE", "NORP", "PERSON"})
#: Dependencies of a modifier that may name an author.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


@dataclass(slots=True)
class Agents:
    """The heads to link instead of the given ones, actors found in the discourse, and notes for the
    event's reason."""

    heads: list[Token] = field(default_factory=list)
    actors: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def agents(
    lex: EventLexicon,
    linker: ActorLinker,
    heads: list[Token],
    prior: list[Event],
    scene: SceneCountries,
    target: bool = False,
) -> Agents:
    """The agents ``heads`` stand for, in the source role or, with ``target``, the target role."""
    out = Agents()
    for head in heads:
        kind = linker.non_agent(head)
        if kind is None or (target and kind in TARGET_KEPT):
            out.heads.append(head)
            continue
        phrase = _phrase(linker, head)
        if kind == "country" and head.tag_ == "NNS":
            out.heads.append(head)  # "the two countries": the parties of the latest events
            continue
        if kind == "country":
            k = _state(linker, head, scene)
            if k is not None:
                out.actors.append(k)
                out.notes.append(f"'{phrase}' names a state")
            continue
        named = _named_agents(linker, head, kind, target)
        if named:
            out.heads.extend(t for t in named if t not in out.heads)
            said = ", ".join(t.text for t in named)
            out.notes.append(f"'{phrase}' names no agent: '{said}' acts for it")
            continue
        if kind in DISCOURSE and not target:
            types = WEAPON_TYPES if kind == "weapon" else _act_types(lex, head)
            found = latest_author(linker.doc, types, head, prior, C.ACT_ANAPHORA_WINDOW) if types else None
            if found is not None:
                authors, act = found
                out.actors.extend(k for k in authors if k not in out.actors)
                said = linker.doc.text[act.trigger.start : act.trigger.end]
                out.notes.append(f"'{phrase}' names no agent: the author of the earlier '{said}' acts")
                continue
        out.notes.append(f"'{phrase}' names no agent ({kind}): left out")
    return out


def _phrase(linker: ActorLinker, head: Token) -> str:
    start, end = linker.np_bounds(head)
    return str(head.doc[start:end].text)


def _act_types(lex: EventLexicon, head: Token) -> frozenset[str]:
    return frozenset(e.event_type for e in lex.triggers.get((head.lemma_.lower(), "NOUN"), ()))


def _named_agents(linker: ActorLinker, head: Token, kind: str, target: bool) -> list[Token]:
    """Tokens naming the agent a non-agent phrase stands for, as the text gives it; as a target, the
    one an abstraction or a time belongs to ("guaranteed his wellbeing", "discussed Iran's future")."""
    out: list[Token] = []
    if kind in AUTHORED or (target and kind in ("abstract", "time")):
        for c in head.children:
            if c.dep_ == "poss" and (linker.actor_like(c) or _possessive(linker, c)):
                return [_relative_owner(c)]  # "the court's ruling", "its missiles"
    if kind in AUTHORED:
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                out += [g for g in c.children if g.dep_ == "pobj" and linker.actor_like(g)]
            elif c.dep_ == "acl" and c.tag_ == "VBN":
                # "footage shared by the party", "a document signed by the government"
                for agent in (g for g in c.children if g.dep_ == "agent"):
                    out += [g for g in agent.children if g.dep_ == "pobj" and linker.actor_like(g)]
        if out:
            return _with_conjuncts(out)
        author = modifier_author(linker, head)
        if author is not None:
            return [author]  # "a Supreme Court ruling", "Russian missiles", "army shelling"
        if kind == "document" and head.dep_ == "dobj":
            issuer = subject(head.head, linker.lex.dateline_marks)
            if issuer is not None and linker.actor_like(issuer):
                return _with_conjuncts([issuer])  # "the government issued a press release urging …"
    for c in head.children:
        if c.dep_ == "appos" and linker.actor_like(c):
            return [c]  # "the anniversary of ties, President X" parsed as one phrase
    return out


def modifier_author(linker: ActorLinker, head: Token) -> Token | None:
    """The actor a modifier of an act, document or weapon names as its author: a name or demonym
    ("a Supreme Court ruling", "Russian missiles", "Syrian government air strikes") or a word the actor
    stage took as an actor ("army shelling", "a police raid", "government air strikes", where the
    modifier sits on another modifier). The noun's own modifiers first, in order; a modifier that
    makes one name with the noun ("a press release", non_agents.tsv) names no one; the leader of a
    hyphened "-led" names the act's author ("in a US-led strike"). None if none."""
    head_lemma = head.lemma_.lower()
    layer = [c for c in head.children if c.dep_ in MODIFIER_DEPS and c.i < head.i]
    while layer:
        for tok in layer:
            k = linker.tok_actor[tok.i]
            if k is None or f"{tok.lemma_.lower()} {head_lemma}" in linker.lex.non_agents:
                continue
            if _name(tok) or linker.doc.actors[k].prov.stage != STAGE:
                return tok
        layer = [c for tok in layer for c in tok.children if _on_modifier(linker, tok, c)]
    return None


def _on_modifier(linker: ActorLinker, modifier: Token, tok: Token) -> bool:
    """A word on a modifier that may name the author too: its own modifier ("Syrian government air
    strikes"), or the named party hyphened to a leading participle ("Kenya Defence Force-led")."""
    if tok.i > modifier.i:
        return False
    if tok.dep_ in ("compound", "amod"):
        return True
    # only a name leads: "an intelligence-led operation" is guided by intelligence, not led by a service
    return tok.dep_ == "npadvmod" and modifier.lower_ in linker.lex.words["leader_hyphen"] and _name(tok)


def _relative_owner(poss: Token) -> Token:
    """'whose' stands for the noun its relative clause modifies ("the president, whose country …")."""
    if poss.lower_ != "whose":
        return poss
    tok = poss
    while tok.dep_ != "relcl" and tok.head.i != tok.i:
        tok = tok.head
    return tok.head if tok.dep_ == "relcl" else poss


def _name(tok: Token) -> bool:
    """A modifier that names someone: a proper noun, a named entity or a demonym."""
    return bool(tok.pos_ == "PROPN" or tok.ent_type_ in NAME_ENTS)


def _with_conjuncts(heads: list[Token]) -> list[Token]:
    out: list[Token] = []
    for tok in heads:
        for t in (tok, *tok.conjuncts):
            if t not in out and t.pos_ in ("NOUN", "PROPN", "PRON"):
                out.append(t)
    return out


def _state(linker: ActorLinker, head: Token, scene: SceneCountries) -> int | None:
    """'the country', 'the tiny archipelago': the state named inside the phrase, the possessor's
    state ("whose country"), else the article's home country."""
    doc = linker.doc
    start, end = linker.np_bounds(head)
    for i in range(start, end):
        k = linker.tok_actor[i]
        if k is not None and doc.actors[k].kind == "state" and doc.actors[k].country:
            return k
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is not None:
        k = linker.link(_relative_owner(poss))
        country = doc.actors[k].country if k is not None else None
        if k is not None and country is not None:
            why = f"'{head.text}' of '{doc.actors[k].text}' is {country}"
            return linker.state(head, country, why)
    if scene.home is not None:
        return linker.state(head, scene.home, f"'{head.text}' is the article's home country {scene.home}")
    return None


def _possessive(linker: ActorLinker, tok: Token) -> bool:
    """A possessive pronoun ("its", "their") or the relative "whose" (tag WP$)."""
    possessives = linker.lex.pronouns.select(REFERENTS, ("possessive",))
    return tok.tag_ == "WP$" or tok.lower_ in possessives
