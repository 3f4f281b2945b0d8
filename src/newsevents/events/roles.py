"""Source and target of an event from the dependency parse: voice, control, coordination, nominals."""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass, field

from newsevents.events.lexicon import EventLexicon
from newsevents.events.triggers import ACTOR_ENTS, RELATIVE_TAGS, Candidate, Token, has_to
from newsevents.nlp.dateline import dateline_span, is_dateline

#: Places: a toponym alone is a location, not an actor, unless the actor stage says it stands for a
#: government ("Damascus welcomed …"); "by the river" says where, not who.
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: Entity labels that are never actors (dates, amounts).
NON_ACTOR_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL"})
MAX_CONTROL_STEPS = 4
#: Amounts nest ("tens of billions in imports"): how many prepositional phrases to follow to the thing.
MAX_AMOUNT_STEPS = 3
#: Entity labels of sums given or pledged ("€40 million", "500 tonnes").
SUM_ENTS = frozenset({"MONEY", "QUANTITY"})
#: Tags of a bare infinitive ("watched the crowds rally"; the small model often tags it VBP).
BARE_INFINITIVE_TAGS = frozenset({"VB", "VBP"})


@dataclass(slots=True)
class Roles:
    source: list[Token] = field(default_factory=list)
    target: list[Token] = field(default_factory=list)
    reciprocal: bool = False
    how: list[str] = field(default_factory=list)
    #: The event noun a verb pattern took as its object ("release" in "demanded their release").
    act_object: Token | None = None
    #: The clause leaves its agent unstated ("twelve people were detained", "the crowd dispersed"):
    #: the coder may take it from the discourse.
    unstated_agent: bool = False
    #: The target is what a governed verb acts on through its own preposition ("threatened to
    #: intervene in Iran"): a named place there stands for its country, not for where it happened.
    place_acted_on: bool = False
    #: The act a passive clause happened in ("were killed in Syrian government air strikes"), whose
    #: modifier may name the agent the clause leaves unstated.
    setting_act: Token | None = None


def _expand(heads: list[Token]) -> list[Token]:
    """Each head plus the heads coordinated with it ("Putin and Trump")."""
    out: list[Token] = []
    stack = list(heads)
    while stack:
        tok = stack.pop(0)
        if tok in out:
            continue
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"))
    return out


def _pobj(prep: Token) -> Token | None:
    for c in prep.children:
        if c.dep_ != "pobj":
            continue
        if c.ent_type_ in SUM_ENTS:
            measured = _measured(c)
            if measured is not None:
                return measured
        if c.ent_type_ not in NON_ACTOR_ENTS:
            return c
    return None


def _measured(amount: Token) -> Token | None:
    """'tariffs on tens of billions in Chinese imports', 'on $50 billion of goods': an amount's own
    prepositional phrase names what it measures, which stands in its place."""
    tok = amount
    for _ in range(MAX_AMOUNT_STEPS):
        obj = next(
            (g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"), None
        )
        if obj is None:
            return None
        if obj.ent_type_ not in NON_ACTOR_ENTS:
            return obj
        tok = obj
    return None


def _prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the first preposition (in ``preps`` order) attached to ``tok``."""
    children = [c for c in tok.children if c.dep_ == "prep"]
    for p in preps:
        for c in children:
            if c.lemma_.lower() == p:
                obj = _pobj(c)
                if obj is not None:
                    return [obj]
    return []


#: The prepositions of an owning participle's owner: "linked to X", "owned by X".
OWNER_PREPS = ("to", "by")


def _owners(thing: Token, lex: EventLexicon) -> list[Token]:
    """'assets linked to Putin', 'funds owned by the central bank': whoever the thing belongs to."""
    for c in thing.children:
        if c.dep_ == "acl" and c.lemma_.lower() in lex.words["owner_participle"]:
            agent = [o for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            return agent or _prep_objects(c, OWNER_PREPS)
    return []


def act_parties(head: Token, lex: EventLexicon) -> list[Token]:
    """The parties an act noun names in its with/from/by phrase, with their conjuncts."""
    return _expand(_prep_objects(head, lex.words["act_party_prep"]))


def _named(tok: Token) -> bool:
    """A proper name, a pronoun or an actor entity: surely a participant, unlike a common noun."""
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ACTOR_ENTS


def _child(tok: Token, *deps: str) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def subject(tok: Token, marks: frozenset[str]) -> Token | None:
    """The nominal subject, skipping a dateline (ended by one of ``marks``) parsed as a subject
    ("HYDERABAD, Feb 20 (newswire) — Thousands marched"); a subject the parser hung on the auxiliary
    ("X had, as promised, released") is the verb's."""
    subs = [c for c in tok.children if c.dep_ == "nsubj"]
    if not subs:
        subs = [g for c in tok.children if c.dep_ == "aux" for g in c.children if g.dep_ == "nsubj"]
    for c in subs:
        if not is_dateline(c, marks):
            if c.tag_ in RELATIVE_TAGS and tok.dep_ == "relcl" and tok.head.i != tok.i:
                return tok.head  # "bandits who attacked a village": the bandits attacked
            return c
    for c in subs:
        span = dateline_span(c, marks)
        if span is None:
            continue
        end = span[1]
        for d in c.subtree:
            if d.i >= end and d.head.i < end and d.pos_ in ("PROPN", "NOUN"):
                return d  # "KABUL (Pajhwok): President Ghani held …": the phrase after the dateline
    return subs[0] if subs else None


def participants(tok: Token) -> list[Token]:
    """An event noun as an argument ("the summit between the EU and Turkey failed …") stands for
    its participants."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("between", "among"):
            obj = _pobj(c)
            if obj is not None:
                return _expand([obj])
    return [tok]


def _agent(tok: Token) -> Token | None:
    agent = _child(tok, "agent")
    return _pobj(agent) if agent is not None else None


#: Prepositions whose object is the act a passive happened in ("killed in an airstrike by X").
ACT_SETTING_PREPS = ("in", "during")
#: Non-agent kinds (non_agents.tsv) of a noun a passive can have happened in: a deed or a weapon.
SETTING_KINDS = frozenset({"act", "weapon"})


def _setting_agent(tok: Token, lex: EventLexicon) -> tuple[Token | None, Token | None]:
    """'were killed in an airstrike by government forces', 'in the army's offensive … were killed':
    the act the passive happened in names its agent in a by-phrase or a possessor. Returns that agent
    and the act; with no such agent, the act alone, whose modifier may still name its author ("in
    Syrian government air strikes"; see ``agency.modifier_author``). Only an act counts: "killed in
    the country's northwest", "killed in his home" say where, and the possessor did nothing."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ACT_SETTING_PREPS:
            continue
        act = _pobj(prep)
        if act is None or act.pos_ != "NOUN" or not _is_act(act, lex):
            continue
        by = _prep_objects(act, ("by",))
        if by and by[0].ent_type_ not in PLACE_ENTS:
            return by[0], act
        poss = _child(act, "poss")
        return poss, act
    return None, None


def toll_of(tok: Token, lex: EventLexicon) -> Token | None:
    """The whole war or campaign (``lex.toll_nouns``) a verb's clause counts a toll of, or None: its
    subject ("the conflict has killed 10,000 people") or the phrase it, or a verb coordinated with it,
    happened in ("were killed and displaced as a result of the conflict", "killed in the war"); the
    prepositions are ``function_words.tsv``'s toll_prep and result_noun words."""
    verbs = [tok, *(c for c in tok.conjuncts if c.pos_ in ("VERB", "AUX"))]
    found: list[Token] = []
    for verb in verbs:
        subj = _child(verb, "nsubj")
        if subj is not None:
            found.append(subj)
        for prep in verb.children:
            if prep.dep_ not in ("prep", "agent") or prep.lower_ not in lex.words["toll_prep"]:
                continue
            obj = _pobj(prep)
            if obj is not None and obj.lemma_.lower() in lex.words["result_noun"]:
                of = _prep_objects(obj, ("of",))
                obj = of[0] if of else None
            if obj is not None:
                found.append(obj)
    for noun in found:
        if noun.pos_ != "NOUN":
            continue
        lemma = noun.lemma_.lower()
        compounds = (f"{c.lemma_.lower()} {lemma}" for c in noun.children if c.dep_ in ("compound", "amod"))
        if lemma in lex.toll_nouns or any(k in lex.toll_nouns for k in compounds):
            return noun
    return None


def _is_act(noun: Token, lex: EventLexicon) -> bool:
    """An event noun of the lexicon, or a noun ``non_agents.tsv`` files as a deed or a weapon."""
    forms = (noun.lemma_.lower(), noun.lower_)
    return any(f in lex.event_nouns or lex.non_agents.get(f) in SETTING_KINDS for f in forms)


def _is_passive(tok: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return True
    return bool(tok.dep_ == "acl" and tok.tag_ == "VBN")


def _controller(head: Token, tok: Token, dep: str, perception: Container[str] = ()) -> Token | None:
    """'urged Iran to release', 'called on Iran to release': the object controls the infinitive; so it
    does a bare infinitive after a verb of perception ("watched crowds of demonstrators rally")."""
    bare = tok.tag_ in BARE_INFINITIVE_TAGS and not any(c.dep_ in ("nsubj", "aux") for c in tok.children)
    if bare and head.lemma_.lower() in perception:
        obj = _child(head, "dobj")
        if obj is not None and obj.i < tok.i:
            return obj
    if dep == "xcomp":
        obj = _child(head, "dobj")
        if obj is not None:
            return obj
    elif not has_to(tok):
        return None
    on = _prep_objects(head, ("on", "upon"))
    return on[0] if on and on[0].i < tok.i else None


def inherited_subject(verb: Token, lex: EventLexicon) -> tuple[Token | None, str]:
    """The understood subject of a verb without one: control, coordination, participles."""
    marks = lex.dateline_marks
    tok = verb
    for _ in range(MAX_CONTROL_STEPS):
        dep, head = tok.dep_, tok.head
        if head.i == tok.i:
            return None, ""
        if dep in ("xcomp", "advcl"):
            controller = _controller(head, tok, dep, lex.words["perception_verb"])
            if controller is not None:
                return controller, "object control"
        elif dep == "acl" and has_to(tok):
            # "its commitment to support X": the noun's possessor, else the subject of its verb
            poss = _child(head, "poss")
            if poss is not None:
                return poss, f"possessor of '{head.text}'"
            verb = head.head
            if head.dep_ == "pobj" and verb.dep_ == "prep":
                verb = verb.head  # "sent teams in a rush to investigate"
            if verb.i == head.i or verb.pos_ not in ("VERB", "AUX"):
                return None, ""
            subj = subject(verb, marks)
            return (subj, f"subject of '{verb.text}'") if subj is not None else (None, "")
        elif dep == "acl" and head.lemma_.lower() in lex.act_nouns and head.dep_ == "dobj":
            # "the Council adopted a decision granting aid": the decision's author grants
            subj = subject(head.head, marks)
            return (subj, f"author of '{head.text}'") if subj is not None else (None, "")
        elif dep in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            return head, "modified noun"
        elif dep == "pcomp" and head.dep_ == "prep":
            head = head.head
        elif dep not in ("conj", "advcl", "xcomp", "acomp"):
            return None, ""
        subj = subject(head, marks)
        if subj is not None:
            return subj, f"subject of '{head.text}'"
        tok = head
    return None, ""


def verb_roles(cand: Candidate, lex: EventLexicon) -> Roles:
    tok = cand.token
    flags = cand.entry.roles
    roles = Roles()
    passive = _is_passive(tok)
    verb_preps, noun_preps = lex.words["verb_target_prep"], lex.words["noun_target_prep"]
    around = lex.words["around_prep"]
    agent: Token | None
    patient: Token | None
    if passive:
        agent = _agent(tok)
        if agent is None:
            agent, roles.setting_act = _setting_agent(tok, lex)
            if agent is not None:
                roles.how.append("agent of the act it happened in")
        patient = _child(tok, "nsubjpass")
        if patient is None and tok.dep_ == "acl":
            patient = tok.head  # "a tank captured in 1982"
        roles.how.append("passive")
        roles.unstated_agent = agent is None
    elif "erg" in flags and _child(tok, "dobj") is None and not _prep_objects(tok, verb_preps):
        # "the crowd dispersed": with no object, the subject undergoes the act and its agent is unstated
        agent, patient = None, subject(tok, lex.dateline_marks)
        roles.how.append("intransitive: the subject undergoes")
        roles.unstated_agent = True
    else:
        agent = subject(tok, lex.dateline_marks)
        patient = _child(tok, "dobj")
        if (
            patient is not None
            and patient.tag_ in RELATIVE_TAGS
            and tok.dep_ == "relcl"
            and tok.head.i != tok.i
        ):
            # "judges and commanders whom it accuses": the relative object is the noun the clause
            # modifies, with the nouns coordinated before it
            patient = tok.head
            while patient.dep_ == "conj" and patient.head.i != patient.i:
                patient = patient.head
            roles.how.append("antecedent of the relative object")
        if agent is None:
            agent, why = inherited_subject(tok, lex)
            if agent is not None:
                roles.how.append(why)
        dative = _child(tok, "dative")
        if dative is not None and dative.pos_ == "ADP":
            dative = _pobj(dative)  # "gives equipment to Nicaragua" parsed with a dative "to"
        if dative is not None and dative.pos_ in ("NOUN", "PROPN", "PRON"):
            patient = dative
    matched_i = {m.i for m in cand.matched}
    # "spoke by phone with X": an object that is itself part of the pattern ("phone") is no target
    pattern_target = [
        o
        for m in cand.matched
        if m.dep_ == "prep"
        for o in [_pobj(m)]
        if o is not None and o.i not in matched_i
    ]
    if not pattern_target and patient is None and any(m.dep_ == "prep" for m in cand.matched):
        free = tuple(p for p in verb_preps if p not in {m.lower_ for m in cand.matched})
        pattern_target = _prep_objects(tok, free)
    # "called for the journalists' release": the pattern's own noun names the act asked for
    own_noun = [
        o for m in cand.matched if m.dep_ == "prep" for o in [_pobj(m)] if o is not None and o.i in matched_i
    ]
    if own_noun and own_noun[0].pos_ == "NOUN":
        roles.act_object = own_noun[0]
    if pattern_target:
        patient = pattern_target[0]  # "land in Damascus", "call on Iran"
    elif patient is not None and any(m.i == patient.i for m in cand.matched):
        # "held talks with X", "provided aid to Y": the object is part of the trigger
        on_verb = _prep_objects(tok, verb_preps)
        on_noun = _prep_objects(patient, noun_preps) or _owners(patient, lex)
        # "launched an investigation into X on suspicion of …": a named party beats a thing
        objs = on_noun if on_noun and _named(on_noun[0]) and not (on_verb and _named(on_verb[0])) else []
        objs = objs or on_verb or on_noun
        if "around" in flags:
            objs = _prep_objects(patient, around) or _prep_objects(tok, around) or objs
        roles.act_object = patient
        patient = objs[0] if objs else None
    elif patient is None or "recv" in flags:
        objs = _prep_objects(tok, verb_preps)
        if objs and patient is None:
            patient = objs[0]
    if patient is not None and patient.dep_ == "dobj" and patient.ent_type_ not in ACTOR_ENTS:
        # "gave medical equipment to Nicaragua": the thing given is no participant, the receiver is
        receiver = lex.words["receiver_prep"]
        receivers = _prep_objects(tok, receiver) or _prep_objects(patient, receiver)
        own = _own_preps(tok, lex)
        # "blamed the attack on the ADF", "demanded answers from the government": the verb's own
        # preposition, on it or on the thing, names whom it acts on, actor-like or not
        acted_on = (_prep_objects(tok, own) or _prep_objects(patient, own)) if own else []
        if acted_on:
            patient = acted_on[0]
            roles.how.append(f"object of '{patient.head.text}', through which '{tok.lemma_}' acts")
        elif receivers and (receivers[0].pos_ in ("PROPN", "PRON") or receivers[0].ent_type_):
            patient = receivers[0]
    if patient is None and cand.entry.event_type == "RETREAT" and cand.entry.mode == "withdraw":
        # "withdrew from Gao", "pulled out of Mali": the place left stands for its host
        out = _child(tok, "prt")
        objs = _prep_objects(tok, ("from", "of")) or (_prep_objects(out, ("of",)) if out is not None else [])
        patient = objs[0] if objs else None
    if patient is not None and patient.ent_type_ in SUM_ENTS and not passive:
        # "pledged €40 million to help the Lebanese army …": the sum is no participant, the one it
        # helps is
        helped = _purpose_beneficiary(tok)
        if helped is not None:
            patient = helped
            roles.how.append("beneficiary of the purpose clause")
    if patient is None and not passive:
        patient = _complement_target(tok, lex, frozenset(matched_i))
        if patient is not None:
            roles.how.append("target of the complement")
            roles.place_acted_on = _acted_on(patient, lex)
    if "recv" in flags:
        giver = _prep_objects(tok, ("from",))
        agent, patient = (giver[0] if giver else None), agent
    if "host" in flags:
        agent, patient = patient, agent
        roles.how.append("host")
    roles.source = _expand(participants(agent)) if agent is not None else []
    # "talks between X and Y were mediated by Z": the act acted on stands for its parties
    parties = participants(patient) if patient is not None else []
    if patient is not None and parties != [patient]:
        roles.how.append(f"the parties to '{patient.text}'")
    roles.target = _expand(parties)
    return roles


def condition_subjects(
    tok: Token, is_condition: Callable[[Token], bool], marks: frozenset[str]
) -> list[Token]:
    """'warned of tariffs if China retaliates', 'warned of a bloodbath unless the president recalls
    parliament': the subject of a condition set in the trigger's clause or its complement."""
    clauses = [tok, *(c for c in tok.children if c.dep_ in ("ccomp", "xcomp"))]
    for clause in clauses:
        for c in clause.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and is_condition(m) for m in c.children):
                subj = subject(c, marks)
                if subj is not None:
                    return _expand([subj])
    return []


def complement_subjects(tok: Token, marks: frozenset[str], clause_marks: tuple[str, ...]) -> list[Token]:
    """'demanded that parliament meet', 'alleged that the army opened fire': the that-clause's subject;
    also of an adverbial clause a complement mark opens ('called for parliament to meet')."""
    for c in tok.children:
        if c.dep_ == "ccomp" or (
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in clause_marks for m in c.children)
        ):
            subj = subject(c, marks)
            if subj is not None:
                return _expand([subj])
    return []


def _purpose_beneficiary(tok: Token) -> Token | None:
    """The object of an infinitival purpose clause, or the subject of the clause it governs."""
    for comp in tok.children:
        if comp.dep_ not in ("advcl", "xcomp") or not has_to(comp):
            continue
        obj = _child(comp, "dobj")
        if obj is None:
            inner = _child(comp, "ccomp", "xcomp")
            obj = _child(inner, "nsubj") if inner is not None else None
        if obj is not None and obj.ent_type_ not in NON_ACTOR_ENTS:
            return obj
    return None


def _infinitive_of(noun: Token) -> Token | None:
    """The to-infinitive a noun governs ("threats to intervene", "a decision to designate")."""
    for c in noun.children:
        if c.dep_ == "acl" and has_to(c):
            return c
    return None


def _own_preps(verb: Token, lex: EventLexicon) -> tuple[str, ...]:
    """The prepositions through which ``verb`` acts on its party (``verb_object_preps.tsv``)."""
    return tuple(p for v, p in lex.verb_object_preps if v == verb.lemma_.lower())


def _acted_on(tok: Token, lex: EventLexicon) -> bool:
    """'intervene in Iran': the token is the object of the preposition its verb acts on."""
    prep = tok.head
    return tok.dep_ == "pobj" and (prep.head.lemma_.lower(), prep.lower_) in lex.verb_object_preps


def _complement_target(tok: Token, lex: EventLexicon, matched: frozenset[int] = frozenset()) -> Token | None:
    """'refused to provide aid to Saudi Arabia', 'threatened to attack Israel': the recipient of
    the action a verb governs is the recipient of the refusal or threat; so is that of the action
    an event noun's infinitive names ('threats to strike Iran', 'a decision to expel the envoy')."""
    comp = _child(tok, "xcomp") if tok.pos_ != "NOUN" else _infinitive_of(tok)
    obj = _child(tok, "dobj")
    if comp is None and obj is not None and obj.i in matched:
        comp = _infinitive_of(obj)  # "issued threats to strike X": the pattern's noun governs it
    if comp is None:
        return None
    # spaCy takes the first object of a two-object verb for a dative ("designate the group a …")
    obj = _child(comp, "dobj", "dative")
    if obj is not None and (obj.pos_ in ("PROPN", "PRON") or obj.ent_type_):
        return obj
    own = _own_preps(comp, lex)
    # "threatened to intervene in Iran": the verb's own preposition names what it acts on
    objs = _prep_objects(comp, own) or _prep_objects(comp, lex.words["verb_target_prep"])
    if (
        objs
        and objs[0].lemma_.lower() in lex.event_nouns
        and not _prep_objects(objs[0], lex.words["act_party_prep"])
    ):
        # "refused to agree to an amnesty for the rebels": an act with no party of its own named
        # ("a request from X" has one) is aimed at whom it is for
        preps = (*lex.words["complement_object_prep"], *lex.words["beneficiary_prep"])
        for_whom = _prep_objects(objs[0], preps)
        if for_whom:
            return for_whom[0]
    if objs:
        return objs[0]
    if obj is not None:
        objs = _prep_objects(obj, lex.words["complement_object_prep"])
        return objs[0] if objs else obj
    return None


def noun_roles(cand: Candidate, lex: EventLexicon) -> Roles:
    tok = cand.token
    roles = Roles()
    source: list[Token] = []
    target: list[Token] = []
    support = cand.support
    if support is not None and cand.support_is_subject:
        # "clashes erupted between X and Y": the verb's partners are the event's, its subject is the event
        target = _prep_objects(support, lex.words["support_target_prep"])
    elif support is not None:
        if cand.support_is_relcl:
            subj = subject(support, lex.dateline_marks)
        else:
            subj = subject(support, lex.dateline_marks)
            if subj is None:
                subj, _ = inherited_subject(support, lex)
            if subj is None and tok.dep_ == "nsubjpass":
                subj = _agent(support)
                roles.unstated_agent = subj is None  # "arrests were made"
        if subj is not None:
            source = [subj]
            roles.how.append(f"subject of '{support.text}'")
        target = _prep_objects(support, lex.words["support_target_prep"])
    poss = _child(tok, "poss")
    if not source and poss is not None:
        source = [poss]
        roles.how.append("possessor")
    if not source:
        by = _prep_objects(tok, ("by",))
        if by:
            source = by
            roles.how.append("by-phrase")
    between = _prep_objects(tok, ("between", "among"))
    if not between and support is not None and cand.support_is_subject:
        between = _prep_objects(support, ("between", "among"))
    if between:
        pair = _expand(between)
        if source:
            # "Norway's mediation between Colombia and the FARC": the pair is acted upon
            roles.source, roles.target = _expand(source), pair
            return roles
        if len(pair) >= 2:
            roles.source, roles.target = pair, pair
            roles.reciprocal = True
            roles.how.append("between")
            return roles
        target = target or pair
    if not target:
        target = _prep_objects(tok, lex.words["noun_target_prep"])
    if "around" in cand.entry.roles:
        # "launched drills around Taiwan on Monday": the manoeuvre's area beats the verb's "on"
        target = _prep_objects(tok, lex.words["around_prep"]) or target
    if not target:
        governed = _complement_target(tok, lex)
        if governed is not None:
            target = [governed]
            roles.how.append("target of the noun's infinitive")
            roles.place_acted_on = _acted_on(governed, lex)
    if not source:
        for c in tok.children:
            if (
                c.dep_ in ("compound", "amod", "nmod")
                and c.i < tok.i
                and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG"))
            ):
                source = [c]
                roles.how.append("modifier")
                break
    roles.source = _expand(source)
    roles.target = _expand(target)
    if support is not None and cand.support_is_subject and not source:
        roles.unstated_agent = True  # "heavy gunfire broke out near the palace": fired by someone unsaid
    return roles


def apply_reciprocity(roles: Roles, reciprocal: bool, force: bool = False) -> bool:
    """Coordinated actors of a symmetric event with no separate recipient are each other's target."""
    if reciprocal and (force or not roles.target) and len(roles.source) >= 2:
        roles.target = list(roles.source)
        roles.reciprocal = True
        roles.how.append("reciprocal")
        return True
    return False


def mediators(cand: Candidate, lex: EventLexicon) -> list[Token]:
    """The third party of talks, as the text names it: the of-phrase or possessor of a mediation noun
    on the talks ("negotiating under the mediation of IGAD", "under the AU's auspices"), or the
    by-phrase or hyphenated name of a mediating participle on them ("talks mediated by Uganda",
    "IGAD-brokered talks"); ``lex.mediation`` names the words."""
    found: list[Token] = []
    # the trigger, the verb carrying it and the pattern's nouns ("held talks under the auspices of X")
    for tok in dict.fromkeys((cand.token, cand.anchor, *cand.matched)):
        for c in tok.children:
            if c.dep_ == "prep":
                for noun in (g for g in c.children if g.dep_ == "pobj"):
                    # the word as written too: the lemmatiser makes "auspices" "auspex"
                    forms = {noun.lemma_.lower(), noun.lower_}
                    if not any((form, "NOUN") in lex.mediation for form in forms):
                        continue
                    found += [g for g in noun.children if g.dep_ == "poss"]
                    found += [
                        o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in _objects(p)
                    ]
            elif c.dep_ in ("amod", "acl") and (c.lemma_.lower(), "VERB") in lex.mediation:
                for g in c.children:
                    if g.dep_ == "agent":
                        found += _objects(g)
                    elif g.dep_ in ("npadvmod", "compound", "nmod") and g.pos_ == "PROPN":
                        found.append(g)
    return _expand(found)


def _objects(prep: Token) -> list[Token]:
    return [g for g in prep.children if g.dep_ == "pobj"]
