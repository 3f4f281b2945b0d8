"""Coding the events of one document: triggers → roles → actors → modality → confidence."""

from __future__ import annotations

from dataclasses import dataclass

from newsevents.events import constants as C
from newsevents.events.agency import agents, modifier_author
from newsevents.events.anaphora import (
    Discourse,
    act_author,
    group_members,
    holder_of,
    implicit_agent,
    implicit_target,
    is_group,
    plural_for_one,
    relative_act_author,
)
from newsevents.events.background import backgrounded
from newsevents.events.domestic import SceneCountries
from newsevents.events.furniture import furniture_lines
from newsevents.events.implied import implied_acts
from newsevents.events.lexicon import EventLexicon
from newsevents.events.linking import STAGE, ActorLinker
from newsevents.events.merge import (
    drop_headline_repeats,
    drop_intent_carriers,
    fold_captions,
    merge_restatements,
)
from newsevents.events.modality import ModalityResult, find_modality, quote_attribution
from newsevents.events.roles import (
    Roles,
    act_parties,
    apply_reciprocity,
    complement_subjects,
    condition_subjects,
    mediators,
    noun_roles,
    toll_of,
    verb_roles,
)
from newsevents.events.triggers import Candidate, Token, find_candidates
from newsevents.model import FACTUAL_MODALITIES, ActorMention, Document, Event, Modality, Provenance, Span
from newsevents.span_index import SpanIndex


def code_document(doc: Document, lex: EventLexicon) -> list[Event]:
    """All events of ``doc``; creates actor mentions for unresolved arguments as a side effect."""
    linker = ActorLinker(doc, lex)
    scene = SceneCountries(doc, lex.roaming_roles, lex.words["venue_word"])
    quotes = SpanIndex((q.content.start, q.content.end) for q in doc.quotes)
    events: list[Event] = []
    discourse = Discourse(doc, events)
    lines = furniture_lines(doc.text, lex.furniture)
    furniture = SpanIndex((f.start, f.end) for f in lines)
    captions: dict[int, str] = {}
    for sent in doc.spacy.sents:
        held = [lines[k] for k in furniture.holding(sent.start_char)]
        if any(not f.caption for f in held):
            continue  # another story's headline or a list opener: no event of this article
        if held:
            captions[doc.sentence_at(sent.start_char)] = held[0].reason
        coded: list[tuple[Event, Token]] = []
        agentless: list[Event] = []
        for cand in find_candidates(sent, lex, linker.actor_like):
            if backgrounded(cand, lex, doc):
                continue  # told as a circumstance of another act ("suspected of supplying arms")
            found = _code(doc, lex, linker, cand, events, scene, quotes)
            if found is not None:
                event, unstated = found
                event.source = _localised(linker, scene, event.source)
                event.target = _localised(linker, scene, event.target)
                coded.append((event, cand.anchor))
                if unstated and not event.source:
                    agentless.append(event)
        for event in agentless:
            mates = [other for other, _ in coded if other is not event]
            _fill_agent(doc, lex, linker, scene, event, mates, discourse)
        # an event said to happen ("gunfire broke out") whose agent the discourse did not give names no one
        coded = [(e, anchor) for e, anchor in coded if e.source or e.target]
        coded += implied_acts(doc, lex, coded)  # "fired tear gas at protesters": they protested
        events.extend(merge_restatements(doc, drop_intent_carriers(coded), lex))
    for event in events:
        _fill_target(doc, lex, event, events)  # once every sentence has named its actors
    kept = drop_headline_repeats(doc, lex, fold_captions(doc, lex, events, captions))
    return [e for e in kept if not _unattributable(lex, e)]


def _unattributable(lex: EventLexicon, event: Event) -> bool:
    """A fact told with no agent in its clause or the discourse ("services were suspended"): the coding
    convention names a source for every event it counts. What befell people stays, perpetrator unknown
    (``agentless_types.tsv``); a planned or possible act keeps its modality as the news."""
    return (
        not event.source
        and event.modality in FACTUAL_MODALITIES
        and event.event_type not in lex.agentless_types
    )


@dataclass(slots=True)
class _Coding:
    """Type, mode and CAMEO code after the manual's recoding of intentions and refusals."""

    event_type: str
    mode: str | None
    cameo: str | None
    modality: Modality
    recoded_from: str | None = None
    #: the deciding verb that enacts the act (``decided_types.tsv``), when one does
    decided_by: str | None = None


def _code(
    doc: Document,
    lex: EventLexicon,
    linker: ActorLinker,
    cand: Candidate,
    prior: list[Event],
    scene: SceneCountries,
    quotes: SpanIndex,
) -> tuple[Event, bool] | None:
    """The event of a candidate, and whether its clause leaves the agent unstated; ``quotes`` indexes
    the contents of ``doc.quotes``."""
    entry = cand.entry
    nominal = entry.pos == "NOUN"
    roles = noun_roles(cand, lex) if nominal else verb_roles(cand, lex)
    war = toll_of(cand.token, lex) if not nominal else None
    if war is not None:
        # "1,000 people were killed in the conflict": a war's toll over time (the magnitudes stage
        # flags the count cumulative) has no one agent for the discourse to lend
        roles.unstated_agent = False
        roles.how.append(f"the toll of '{war.text}': no one agent")
    participants = _participants(lex, linker, cand, roles, prior, scene)
    if participants is None:
        return None
    source, target = participants
    mediated = _mediated(lex, linker, cand, source, target)
    target += mediated
    start, end = cand.span
    anchor = cand.anchor
    mod = find_modality(lex, anchor, nominal and cand.support is None)
    attributed = _attribution(doc, linker, mod.attributed_token)
    quote_index: int | None = None
    quoted = quote_attribution(doc, quotes, start)
    if quoted is not None:
        quote_index, speaker = quoted
        attributed = attributed or speaker
    coding = _recode(lex, cand, mod)
    protest = _protesting_crowd(doc, cand, source) if coding.recoded_from is None else None
    if protest is not None:
        coding = _Coding(*C.CROWD_CODINGS[protest[1]][0], coding.modality, entry.event_type)
    if mediated and coding.event_type == C.MEDIATED_TYPE:
        coding.mode = C.THIRD_PARTY_MODE
    demanded = lex.demanded_as.get(entry.event_type) if mod.obligation else None
    demander = linker.link(mod.attributed_token) if demanded and mod.attributed_token is not None else None
    if demanded is not None and demander is not None:
        # "Russia said Sudan must return the helicopter": Russia demands, Sudan is asked
        source, target = [demander], [k for k in (source or target) if k != demander]
        etype, mode, cameo = demanded
        cameo = cameo or lex.type_cameo.get(etype)
        coding = _Coding(etype, mode, cameo, mod.outer or "asserted", entry.event_type)
        attributed = None
    if coding.modality == "asserted" and (
        attributed is not None or quote_index is not None or mod.unattributed_report
    ):
        coding.modality = "reported"
    sent_index = doc.sentence_at(start)
    sentence = doc.sentences[sent_index] if doc.sentences else None
    confidence = _confidence(cand, anchor, bool(source), bool(target))
    if coding.modality in ("hypothetical", "negated", "hedged"):
        confidence = max(C.MIN_CONFIDENCE, round(confidence - C.NONFACTUAL_PENALTY, 4))
    reason = _reason(cand, roles, mod.cue)
    if coding.recoded_from == coding.event_type:
        reason += f"; an announced {coding.event_type} is itself one"
    elif coding.decided_by is not None:
        reason += f"; '{coding.decided_by}' enacts the {coding.event_type}"
    elif protest is not None:
        reason += f"; done by the crowd '{protest[0]}': {C.CROWD_CODINGS[protest[1]][1]}"
    if mediated:
        said = ", ".join(doc.actors[k].text for k in mediated)
        reason += f"; third party '{said}' mediates"
    elif coding.recoded_from is not None:
        reason += f"; {coding.recoded_from} recoded as {coding.event_type}"
    event = Event(
        event_type=coding.event_type,
        trigger=Span(start, end),
        sentence=sent_index,
        prov=Provenance(STAGE, confidence, reason),
        mode=coding.mode,
        cameo=coding.cameo,
        quad_class=lex.type_quad.get(coding.event_type, entry.quad_class),
        source=source,
        target=target,
        modality=coding.modality,
        modality_cue=mod.cue,
        attributed_source=attributed,
        quote=quote_index,
        evidence=Span(sentence.start, sentence.end) if sentence is not None else None,
    )
    return event, roles.unstated_agent


def _mediated(
    lex: EventLexicon, linker: ActorLinker, cand: Candidate, source: list[int], target: list[int]
) -> list[int]:
    """The third party that mediates talks ("under the mediation of IGAD"), not yet a party to them."""
    if cand.entry.event_type != C.MEDIATED_TYPE:
        return []
    return [k for k in _link_all(linker, mediators(cand, lex)) if k not in source and k not in target]


def _protesting_crowd(doc: Document, cand: Candidate, source: list[int]) -> tuple[str, str] | None:
    """The civilian crowd doing an act that such a crowd does as a protest ("protesters stormed the
    parliament", "farmers blockaded highways"), by its text, with the trigger's flag that says which
    protest (``C.CROWD_CODINGS``); None for any other source or act."""
    flags = [f for f in C.CROWD_CODINGS if f in cand.entry.roles]
    if not flags:
        return None
    for k in source:
        actor = doc.actors[k]
        if actor.sector in C.CROWD_SECTORS and actor.kind == "group":
            return actor.text, flags[0]
    return None


def _fill_agent(
    doc: Document,
    lex: EventLexicon,
    linker: ActorLinker,
    scene: SceneCountries,
    event: Event,
    mates: list[Event],
    discourse: Discourse,
) -> None:
    """A clause with its agent unstated takes it from the discourse, saying so in the reason."""
    found = implicit_agent(doc, lex, event, mates, discourse)
    if found is None:
        return
    agents, why = found
    if set(agents) <= set(event.target):
        event.target = [k for k in event.target if k not in agents]  # the forces moved are the agent
    event.source = [k for k in _localised(linker, scene, agents) if k not in event.target]
    if event.source:
        event.prov.reason = f"{event.prov.reason}; {why}"


def _fill_target(doc: Document, lex: EventLexicon, event: Event, events: list[Event]) -> None:
    """A reaction with no target takes the author of the act it answers, as the article tells it;
    an event of a type aimed at an authority, with no target in its text, takes that authority from
    the article; either says so in the reason."""
    found = None
    if not event.target and event.event_type in lex.reaction_types:
        found = relative_act_author(doc, event, events)
    found = found or implicit_target(doc, lex, event)
    if found is not None:
        event.target, why = found
        event.prov.reason = f"{event.prov.reason}; {why}"


def _participants(
    lex: EventLexicon,
    linker: ActorLinker,
    cand: Candidate,
    roles: Roles,
    prior: list[Event],
    scene: SceneCountries,
) -> tuple[list[int], list[int]] | None:
    """Source and target actor indices, or None when the event has no usable participant."""
    entry = cand.entry
    nominal = entry.pos == "NOUN"
    symmetric = "recip" in entry.roles or entry.event_type in lex.reciprocal_types
    apply_reciprocity(roles, symmetric)
    # only agents act: "a press release", "the first strike" stand for their author, or for no one
    acting = agents(lex, linker, roles.source, prior, scene)
    roles.how.extend(acting.notes)
    source = _link_all(linker, acting.heads, prior=prior)
    source += [k for k in acting.actors if k not in source]
    setting = roles.setting_act
    author = modifier_author(linker, setting) if setting is not None and not source else None
    if author is not None and setting is not None:
        # "were killed in Syrian government air strikes": the act's modifier names who acted
        source = _link_all(linker, [author], prior=prior)
        if source:
            roles.unstated_agent = False
            roles.how.append(f"'{author.text}' named on the act it happened in, '{setting.text}'")
    # The place a visit goes to, or a withdrawal leaves, stands for its host ("landed in Damascus",
    # "a visit to Iraq", "withdrew from Gao").
    # So does the named place a manoeuvre surrounds ("drills around Taiwan"), or a governed verb
    # acts on ("threatened to intervene in Iran").
    destination = (
        entry.mode == "visit"
        or (entry.event_type == "RETREAT" and entry.mode == "withdraw")
        or "around" in entry.roles
        or roles.place_acted_on
    )
    # groups ("the two ministers agreed") are resolved as subjects only: as objects ("called on both
    # sides") they too often name parties the article has not yet shown as event participants
    if roles.reciprocal and roles.target == roles.source:
        hit = acting  # "the two sides met": the same agents on both sides
    else:
        hit = agents(lex, linker, roles.target, prior, scene, target=True)
        roles.how.extend(hit.notes)
    linked = list(dict.fromkeys(_link_all(linker, hit.heads, destination) + hit.actors))
    target = [t for t in linked if roles.reciprocal or t not in source]
    if not target and roles.target and entry.event_type in lex.reaction_types:
        target = _reacted_to(lex, linker, roles, source, prior)
    if not target and (roles.target or roles.act_object is not None):
        target = _holder(lex, linker, roles, source, prior)
    if not target and roles.act_object is not None and linker.tok_actor[roles.act_object.i] is not None:
        # "expelled diplomats": the pattern's object is itself the participant acted on
        target = [t for t in _link_all(linker, [roles.act_object]) if t not in source]
        if target:
            roles.how.append("object of the pattern")
    if not target and roles.target:
        target = _act_party(linker, roles, source)
    located = {(entry.event_type, None), (entry.event_type, entry.mode)} & lex.located_target_types
    if not target and hit.heads and located:
        thing = linker.located(hit.heads[0], scene)
        target = [thing] if thing is not None else []
    if not target and hit.heads:
        owned = [k for k in (linker.owner(h) for h in hit.heads) if k is not None and k not in source]
        if owned:
            target = owned
            roles.how.append("owner of the goods")
    if not target and not nominal and entry.event_type in lex.clause_targets:
        target = _clause_target(lex, linker, cand.token, lex.clause_targets[entry.event_type], source)
        if target:
            roles.how.append("subject of the clause it governs")
    if not target and entry.mode == C.CROWD_MODE:
        target = _crowd(linker, cand.token, source, roles)
    if symmetric and not target and len(source) >= 2 and not (roles.target and len(roles.source) >= 2):
        # one phrase for two parties ("the Philippine and Japanese coast guards held a joint patrol",
        # "the two sides agreed to resume talks"), whatever the object names: with no other party
        # named, each is the other's target
        target = list(source)
        roles.reciprocal = True
        roles.how.append("reciprocal")
    # "agreed on security arrangements": the object is no actor, so the partners are the
    # coordinated subjects
    if (
        not target
        and not roles.reciprocal
        and roles.target
        and apply_reciprocity(roles, symmetric, force=True)
    ):
        target = list(source)
    # "gunfire broke out": an event said to happen with no party named waits for the discourse's agent
    happened = nominal and cand.support_is_subject and roles.unstated_agent
    if not source and not target and not happened:
        return None
    if nominal and cand.support is None and not (source and target):
        return None  # "his tour", "the attack on X": a bare nominal names a background event
    if entry.weight < C.VAGUE_WEIGHT and not target:
        return None  # "a wet fall helped", "the driver was leaving": vague words need a recipient
    if "forces" in entry.roles:
        plural = any(t.tag_ in C.PLURAL_TAGS for t in roles.source)
        if not any(_armed_body(linker.doc.actors[k], plural) for k in source):
            return None  # "the general left the country", "demonstrators retreated": no military retreat
    return source, target


def _clause_target(
    lex: EventLexicon, linker: ActorLinker, tok: Token, kinds: frozenset[str], source: list[int]
) -> list[int]:
    """The subject of the condition or that-clause a threat, demand or allegation governs."""

    def is_condition(mark: Token) -> bool:
        return any(c.kind == "hypothetical" for c in lex.cue("mark", mark.lemma_.lower()))

    heads = condition_subjects(tok, is_condition, lex.dateline_marks) if "condition" in kinds else []
    if not heads and "complement" in kinds:
        heads = complement_subjects(tok, lex.dateline_marks, lex.words["complement_mark"])
    return [t for t in _link_all(linker, heads) if t not in source]


def _crowd(linker: ActorLinker, tok: Token, source: list[int], roles: Roles) -> list[int]:
    """'Police fired tear gas as protesters gathered': crowd-control weapons are used on the crowd,
    the civilian group the sentence names."""
    for word in tok.sent:
        k = linker.tok_actor[word.i]
        if k is None or k in source:
            continue
        actor = linker.doc.actors[k]
        if actor.sector in C.CROWD_SECTORS and actor.kind == "group":
            roles.how.append(f"the crowd '{word.text}' of the sentence")
            return [k]
    return []


def _armed_body(actor: ActorMention, plural: bool) -> bool:
    """An armed force, not one person: an armed sector's body or group, or several of its members."""
    if actor.sector is None:
        return actor.kind in C.UNSECTORED_BODY_KINDS
    return actor.sector in C.ARMED_SECTORS and (plural or actor.kind not in C.INDIVIDUAL_KINDS)


def _recode(lex: EventLexicon, cand: Candidate, mod: ModalityResult) -> _Coding:
    """The manual codes a stated intention (future cooperation → AGREE, future retreat → CONCEDE,
    future force → THREATEN) or a refusal (→ REJECT) as its own event, which the sentence asserts;
    the cue stays recorded. An act that a decision enacts ("voted to impose sanctions",
    ``decided_types.tsv``) is no intention: it keeps its type, as a fact."""
    entry = cand.entry
    coding = _Coding(entry.event_type, entry.mode, entry.cameo, mod.modality)
    if mod.refusal:
        recoded = lex.refused_as.get(entry.event_type)
    elif mod.modality == "future" and (str(mod.cue).lower(), entry.event_type) in lex.decided_types:
        # "voted to impose sanctions": the decision is the act, a fact of the deciding body
        coding.modality = mod.outer or "asserted"
        coding.decided_by = mod.cue
        recoded = None
    elif mod.modality == "future":
        recoded = lex.future_as.get(entry.event_type)
    elif mod.modality == "hypothetical" and mod.conditional_pledge:
        # "said it would retaliate if Washington imposed tariffs": a forceful act pledged on a
        # condition is a threat made now (the manual's THREATEN); a cooperative one stays hypothetical
        threat = lex.future_as.get(entry.event_type)
        recoded = threat if threat is not None and threat[0] == C.THREAT_TYPE else None
    else:
        recoded = None
    if recoded is not None:
        etype, mode, cameo = recoded
        coding = _Coding(
            etype, mode, cameo or lex.type_cameo.get(etype), mod.outer or "asserted", entry.event_type
        )
    return coding


def _link_all(
    linker: ActorLinker, heads: list[Token], named_place: bool = False, prior: list[Event] | None = None
) -> list[int]:
    out: list[int] = []
    for head in heads:
        shared = linker.coordinated_modifiers(head)
        if shared:
            out.extend(k for k in shared if k not in out)
            continue
        if prior is not None and _unlinked_they(linker, head):
            # "Cameron and Rouhani discussed … They agreed": no group in reach, so the parties of
            # the latest events, when they are two of different countries
            members = group_members(linker.doc, head, prior)
            if members:
                reason = f"'{head.text}' stands for the two parties of the latest events"
                out.extend(m for m in (linker.stand_in(head, g, reason) for g in members) if m not in out)
                continue
        k = linker.link(head, named_place)
        if (
            prior is not None
            and is_group(head, linker.lex)
            and (k is None or linker.doc.actors[k].country is None)
        ):
            members = group_members(linker.doc, head, prior)
            if members:
                reason = f"'{head.text}' counts the parties of the latest events"
                out.extend(m for m in (linker.stand_in(head, g, reason) for g in members) if m not in out)
                continue
        pair = (
            plural_for_one(linker.doc, linker.lex, head, k, prior)
            if prior is not None and k is not None
            else []
        )
        if pair:
            reason = f"plural '{head.text}' counts the parties of the latest events"
            out.extend(m for m in (linker.stand_in(head, g, reason) for g in pair) if m not in out)
            continue
        if k is not None and k not in out:
            out.append(k)
    return out


def _unlinked_they(linker: ActorLinker, head: Token) -> bool:
    """A plural personal pronoun the actor stage found no group or plural actor for."""
    return (
        head.pos_ == "PRON"
        and linker.lex.pronouns.referent.get(head.lower_) == "plural"
        and linker.tok_actor[head.i] is None
    )


def _localised(linker: ActorLinker, scene: SceneCountries, actors: list[int]) -> list[int]:
    out: list[int] = []
    for k in actors:
        m = linker.localise(k, scene)
        if m not in out:
            out.append(m)
    return out


def _holder(
    lex: EventLexicon, linker: ActorLinker, roles: Roles, source: list[int], prior: list[Event]
) -> list[int]:
    """'demanded the officers' release': whoever arrested the officers is addressed."""
    heads = roles.target or ([roles.act_object] if roles.act_object is not None else [])
    for head in heads:
        found = holder_of(linker.doc, lex, head, prior, source)
        if found is not None:
            authors, act = found
            said = linker.doc.text[act.trigger.start : act.trigger.end]
            roles.how.append(f"'{head.text}' concerns those the earlier '{said}' acted on")
            return authors
    return []


def _act_party(linker: ActorLinker, roles: Roles, source: list[int]) -> list[int]:
    """'refused talks with the government', 'rejected a request from Russia': the object names an
    act, and the party it names is the target."""
    for head in roles.target:
        if head.pos_ != "NOUN" or head.lemma_.lower() not in linker.lex.event_nouns:
            continue
        found = [t for t in _link_all(linker, act_parties(head, linker.lex)) if t not in source]
        if found:
            roles.how.append(f"party to '{head.text}'")
            return found
    return []


def _reacted_to(
    lex: EventLexicon, linker: ActorLinker, roles: Roles, source: list[int], prior: list[Event]
) -> list[int]:
    """'condemned the strike': the author of the earlier strike is the target."""
    for head in roles.target:
        found = act_author(linker.doc, lex, head, prior, source)
        if found is not None:
            authors, act = found
            said = linker.doc.text[act.trigger.start : act.trigger.end]
            roles.how.append(f"'{head.text}' refers to the earlier '{said}'")
            return authors
    return []


def _attribution(doc: Document, linker: ActorLinker, tok: Token | None) -> str | None:
    if tok is None:
        return None
    if tok.pos_ == "PRON":
        k = linker.link(tok)
        if k is not None:
            actor = doc.actors[k]
            return actor.name or actor.text
    start, end = linker.np_bounds(tok)
    return str(doc.spacy[start:end].text)


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i and depth < C.MAX_DEPTH:
        tok = tok.head
        depth += 1
    return depth


def _confidence(cand: Candidate, anchor: Token, has_source: bool, has_target: bool) -> float:
    if cand.entry.pos == "VERB":
        score = C.BASE_VERB
    elif cand.support is not None and not cand.support_is_relcl:
        score = C.BASE_SUPPORTED_NOUN
    else:
        score = C.BASE_NOUN
    depth = _depth(anchor)
    score += C.ROOT_BONUS if depth == 0 else -C.DEPTH_PENALTY * depth
    score += C.SOURCE_BONUS * has_source + C.TARGET_BONUS * has_target
    score += C.SPECIFICITY_BONUS * len(cand.entry.deps)
    score *= float(cand.entry.weight) ** 0.5
    return float(max(C.MIN_CONFIDENCE, min(C.MAX_CONFIDENCE, round(score, 4))))


def _reason(cand: Candidate, roles: Roles, cue: str | None) -> str:
    entry = cand.entry
    kind = "verb" if entry.pos == "VERB" else "noun"
    parts = [f"lexicon {kind} '{entry.pattern}'"]
    if cand.support is not None:
        parts.append(f"carried by '{cand.support.text}'")
    how = ", ".join(roles.how) if roles.how else "subject/object"
    parts.append(f"roles: {how}")
    if cue:
        parts.append(f"modality cue '{cue}'")
    return "; ".join(parts)
