"""Loading the event knowledge files into lookup tables built once per process.

Files (``newsevents/knowledge/events``): ``triggers.tsv`` (trigger patterns), ``modality_cues.tsv``,
``support_verbs.tsv``, ``cameo_plover.tsv`` (CAMEO → PLOVER, QuadClass), ``plover_types.tsv``, the
noun and type lists, and ``function_words.tsv`` (prepositions by role and other closed-class words).
Users' trigger files (config ``extra_lexicons``) are merged over the packaged one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.actors.pronouns import ARGUMENT_FORMS, GROUPS, PERSONAL, PLURAL, Pronouns, load_pronouns
from newsevents.errors import NewsEventsError
from newsevents.events.furniture import FurnitureWords
from newsevents.incidents.types import TypePairs, load_compatible_types
from newsevents.knowledge import malformed, packaged, read_tsv, read_tsv_numbered, read_word_lists
from newsevents.model import EVENT_TYPES
from newsevents.nlp.dateline import load_marks

TRIGGER_COLUMNS = ("pattern", "pos", "event_type", "mode", "cameo", "roles", "weight")
CUE_KINDS = frozenset({"negated", "hypothetical", "hedged", "future", "reported", "factual", "obligation"})
CUE_SCOPES = frozenset(
    {"aux", "neg", "mark", "adverb", "modifier", "governor", "object", "prep", "backshift", "count"}
)
ROLE_FLAGS = frozenset(
    {
        "host",
        "actorobj",
        "obj",
        "recip",
        "recv",
        "active",
        "around",
        "erg",
        "forces",
        "riot",
        "aim",
        "judged",
        "obstruct",
    }
)
POS_VALUES = frozenset({"VERB", "NOUN"})
#: The kinds of ``function_words.tsv``, documented in its header.
WORD_KINDS = (
    "verb_target_prep",
    "noun_target_prep",
    "act_party_prep",
    "receiver_prep",
    "around_prep",
    "complement_object_prep",
    "beneficiary_prep",
    "complement_mark",
    "support_target_prep",
    "locative_prep",
    "place_prep",
    "origin_prep",
    "owner_participle",
    "volition_aux",
    "sequence_prep",
    "definite",
    "group_number",
    "other_side",
    "habitual_adverb",
    "period_prep",
    "period_start_prep",
    "campaign_verb",
    "trend_verb",
    "crowd_verb",
    "leader_hyphen",
    "toll_prep",
    "result_noun",
    "topic_word",
    "topic_prep",
    "disapproval_word",
    "perception_verb",
    "venue_word",
)

#: The clauses of clause_targets.tsv whose subject may be an event's recipient.
CLAUSE_KINDS = frozenset({"condition", "complement"})

NON_AGENT_KINDS = frozenset(
    {
        "act",
        "document",
        "media",
        "weapon",
        "place",
        "building",
        "goods",
        "abstract",
        "time",
        "country",
        "agent",
    }
)


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One trigger pattern: a head lemma, the dependent lemmas it needs, and what it codes."""

    pattern: str
    head: str
    pos: str
    deps: tuple[str, ...]
    event_type: str
    mode: str | None
    cameo: str | None
    quad_class: int
    roles: frozenset[str]
    weight: float


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    prep: str | None
    kind: str
    scope: str


@dataclass(slots=True)
class EventLexicon:
    """Lookup tables: every query is a dict access keyed by a lemma."""

    #: (head lemma, pos) → entries, most specific (most dependents) first.
    triggers: dict[tuple[str, str], list[TriggerEntry]] = field(default_factory=dict)
    #: (head lemma, pos) → the dependent lemmas of each idiom that makes the word no event
    #: ("press release", "released a statement", "declined to comment").
    idioms: dict[tuple[str, str], list[tuple[str, ...]]] = field(default_factory=dict)
    #: scope → lemma → cues (governor/object cues may differ by preposition).
    cues: dict[str, dict[str, list[Cue]]] = field(default_factory=dict)
    #: support verb lemma → prepositions linking it to its event noun ("" = direct object); a verb
    #: may carry its noun in several ways ("gathered for a march", "gathered in protest").
    support_verbs: dict[str, frozenset[str]] = field(default_factory=dict)
    #: light nouns whose compound modifier names the event ("mediation effort").
    support_nouns: frozenset[str] = frozenset()
    #: quantity heads whose of-phrase names the participants ("thousands of workers").
    quantity_nouns: frozenset[str] = frozenset()
    #: quantity heads that alone count people ("Thousands gathered", "the crowd"): participants.
    crowd_nouns: frozenset[str] = frozenset()
    #: common nouns naming unnamed people ("25 people", "two suspects"): participants of the scene.
    person_nouns: frozenset[str] = frozenset()
    #: event type → sectors of the actors that can be its agent when the clause names none.
    implicit_agents: dict[str, frozenset[str]] = field(default_factory=dict)
    #: event type → sectors of the authority of the source's country it is aimed at when the text names
    #: no target ("thousands protested" → the government).
    implicit_targets: dict[str, frozenset[str]] = field(default_factory=dict)
    #: event type → the sectors its source must be of for that unstated target (empty: any source),
    #: and the sectors it must not be of ("the opposition rejected the results" is aimed at the
    #: government; a government rejecting something is not aimed at itself).
    implicit_target_sources: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)
    #: event types whose acted-on force of an agent sector is the agent itself ("police were deployed").
    own_forces_types: frozenset[str] = frozenset()
    #: event type → clauses whose subject is its recipient when it names none ("condition", "complement").
    clause_targets: dict[str, frozenset[str]] = field(default_factory=dict)
    #: nouns that refer back to an earlier act of any kind ("the move", "the decision").
    act_nouns: frozenset[str] = frozenset()
    #: event types coded with no source named ("two people were killed"): what befell people.
    agentless_types: frozenset[str] = frozenset()
    #: event types whose past participle on a noun tells the act that befell it ("citizens detained").
    participle_types: frozenset[str] = frozenset()
    #: the words that tell page furniture from the article (list openers, articles, credit labels).
    furniture: FurnitureWords = field(default_factory=FurnitureWords)
    #: event types whose simple present passive tells a standing state (``state_types.tsv``).
    state_types: frozenset[str] = frozenset()
    #: nouns that name an act, not who acts: act nouns, support nouns and the nominal triggers
    #: ("the decision", "an effort", "a request"); a phrase they head names its actor inside.
    event_nouns: frozenset[str] = frozenset()
    #: closed-class words by kind (one of ``WORD_KINDS``); prepositions in the order they are tried.
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)

    #: head nouns that name no agent → their kind (act, document, media, weapon, place, building, goods,
    #: abstract, time, country; "agent" takes an event noun back); two-word keys are a compound
    #: modifier and the head ("press release").
    non_agents: dict[str, str] = field(default_factory=dict)
    #: (verb, preposition) pairs whose object is what the verb acts on ("intervene in X").
    verb_object_preps: frozenset[tuple[str, str]] = frozenset()
    #: event types whose object act's author is their target ("condemned the strike").
    reaction_types: frozenset[str] = frozenset()
    #: event types whose thing-object stands for the country it lies in ("struck a car near X").
    #: (type, mode) pairs, mode None for every mode of the type.
    located_target_types: frozenset[tuple[str, str | None]] = frozenset()
    #: (type, mode) → the non_agents kinds of an object that make the trigger no event ("seized 20
    #: guns", "the release of funds"); mode None for every mode of the type.
    thing_object_types: dict[tuple[str, str | None], frozenset[str]] = field(default_factory=dict)
    #: lemmas naming a meeting's third party, by part of speech ("under the mediation of M" → NOUN,
    #: "talks brokered by M" → VERB).
    mediation: frozenset[tuple[str, str]] = frozenset()
    #: actor-dictionary roles that often act abroad and never take the scene's country.
    roaming_roles: frozenset[str] = frozenset()
    #: pairs of types that outlets use for one act (``knowledge/incidents/compatible_types.tsv``): a
    #: headline coded under one may be its body's event coded under the other.
    compatible_types: TypePairs = frozenset()
    #: (main type, restating type): a clause of the second type under a trigger of the first tells the
    #: same act ("signed a deal, pledging to …"; ``restating_types.tsv``); the main type may be
    #: "TYPE:mode" for one mode of it ("ASSAULT:crowd-control").
    restating_types: frozenset[tuple[str, str]] = frozenset()
    #: (deciding verb, event type): an act of the type that the verb governs is enacted by the decision,
    #: a fact, not an intention ("voted to impose sanctions"; ``decided_types.tsv``).
    decided_types: frozenset[tuple[str, str]] = frozenset()
    #: nouns naming a whole war or campaign, whose toll is no event ("killed in the conflict";
    #: ``toll_nouns.tsv``).
    toll_nouns: frozenset[str] = frozenset()
    #: (type, mode) of an act done to a crowd → (crowd head lemmas, the crowd's own type, mode and
    #: CAMEO code) it tells (``implied_acts.tsv``: tear gas fired at protesters tells their protest).
    implied_acts: dict[tuple[str, str | None], tuple[frozenset[str], str, str | None, str | None]] = field(
        default_factory=dict
    )
    #: CAMEO code → (event type, mode, quad class).
    cameo: dict[str, tuple[str, str, int]] = field(default_factory=dict)
    #: event type → quad class, default CAMEO code, valid modes, reciprocal by default.
    type_quad: dict[str, int] = field(default_factory=dict)
    type_cameo: dict[str, str] = field(default_factory=dict)
    type_modes: dict[str, frozenset[str]] = field(default_factory=dict)
    reciprocal_types: frozenset[str] = frozenset()
    #: event type → (type, mode, cameo) it becomes when stated in the future / refused.
    future_as: dict[str, tuple[str, str | None, str | None]] = field(default_factory=dict)
    refused_as: dict[str, tuple[str, str | None, str | None]] = field(default_factory=dict)
    demanded_as: dict[str, tuple[str, str | None, str | None]] = field(default_factory=dict)
    #: punctuation that ends a dateline (``nlp.dateline.load_marks``): a dateline names no actor.
    dateline_marks: frozenset[str] = frozenset()
    #: the pronoun table (``actors/pronouns.py``); the pronouns that may be a participant, and the
    #: ones linked to a person or to a group ("he", "its")
    pronouns: Pronouns = field(default_factory=lambda: Pronouns({}, {}))
    actor_pronouns: frozenset[str] = frozenset()
    person_pronouns: frozenset[str] = frozenset()
    group_pronouns: frozenset[str] = frozenset()
    #: "they", "them", "their": pronouns of more than one.
    plural_pronouns: frozenset[str] = frozenset()

    def cue(self, scope: str, lemma: str) -> list[Cue]:
        return self.cues.get(scope, {}).get(lemma, [])


def _type_key(written: str) -> str:
    """'assault:crowd-control' -> 'ASSAULT:crowd-control': types upper-case, modes as PLOVER writes them."""
    etype, sep, mode = written.partition(":")
    return f"{etype.strip().upper()}{sep}{mode.strip()}"


def _knowledge(name: str) -> Path:
    return packaged(f"events/{name}")


def load_addressed_types() -> frozenset[tuple[str, str | None, str | None]]:
    """The event types (or one mode, or one CAMEO code of a mode) coded only with a target
    (``addressed_types.tsv``): (type, mode, cameo) triples, None for any mode or code."""
    rows = read_tsv(_knowledge("addressed_types.tsv"), ("event_type", "mode", "cameo"))
    return frozenset((row["event_type"].upper(), row["mode"] or None, row["cameo"] or None) for row in rows)


#: The kinds of ``occurrence_cues.tsv``, documented in its header.
OCCURRENCE_KINDS = ("another_marker",)


def load_occurrence_cues() -> dict[str, tuple[str, ...]]:
    """The words that tell a mention as another occurrence of its type (``occurrence_cues.tsv``), by
    kind."""
    return read_word_lists(_knowledge("occurrence_cues.tsv"), "word", "kind", OCCURRENCE_KINDS)


def _sectors(cell: str) -> frozenset[str]:
    """A "|"-separated cell of PLOVER sectors."""
    return frozenset(s.strip().upper() for s in cell.split("|") if s.strip())


def _split_pattern(pattern: str, pos: str) -> tuple[str, tuple[str, ...]]:
    words = pattern.split()
    starred = [i for i, w in enumerate(words) if w.startswith("*")]
    default = 0 if pos == "VERB" else len(words) - 1
    head_at = starred[0] if starred else default
    words = [w.lstrip("*") for w in words]
    head = words[head_at]
    deps = tuple(w for i, w in enumerate(words) if i != head_at)
    return head, deps


def load_lexicon(
    extra: Sequence[Path | str] = (),
    dateline_marks: frozenset[str] | None = None,
    pronouns: Pronouns | None = None,
) -> EventLexicon:
    """All event knowledge, with users' trigger files merged over the packaged triggers; the
    packaged dateline marks and pronouns unless the caller passes the ones it shares with other
    stages."""
    pronouns = load_pronouns() if pronouns is None else pronouns
    lex = EventLexicon(
        dateline_marks=load_marks() if dateline_marks is None else dateline_marks,
        pronouns=pronouns,
        actor_pronouns=pronouns.select((*PERSONAL, "plural", "speaker"), ("subject", "object")),
        person_pronouns=pronouns.select(PERSONAL, ARGUMENT_FORMS),
        group_pronouns=pronouns.select(GROUPS, ARGUMENT_FORMS),
        plural_pronouns=pronouns.select(PLURAL, ARGUMENT_FORMS),
    )
    _load_types(lex, _knowledge("plover_types.tsv"))
    _load_cameo(lex, _knowledge("cameo_plover.tsv"))
    by_key: dict[tuple[str, str, frozenset[str]], TriggerEntry] = {}
    for path in [_knowledge("triggers.tsv"), *(Path(p) for p in extra)]:
        for entry in _read_triggers(lex, path):
            by_key[(entry.pattern, entry.pos, entry.roles)] = entry
    for entry in by_key.values():
        lex.triggers.setdefault((entry.head, entry.pos), []).append(entry)
    for entries in lex.triggers.values():
        entries.sort(key=lambda e: (-len(e.deps), -e.weight))
    _load_idioms(lex, _knowledge("idioms.tsv"))
    _load_cues(lex, _knowledge("modality_cues.tsv"))
    for row in read_tsv(_knowledge("support_verbs.tsv"), ("verb", "prep")):
        verb = row["verb"].lower()
        lex.support_verbs[verb] = lex.support_verbs.get(verb, frozenset()) | {row["prep"].lower()}
    nouns = read_tsv(_knowledge("support_nouns.tsv"), ("noun",))
    lex.support_nouns = frozenset(row["noun"].lower() for row in nouns)
    quantities = list(read_tsv(_knowledge("quantity_nouns.tsv"), ("noun", "people")))
    lex.quantity_nouns = frozenset(row["noun"].lower() for row in quantities)
    lex.crowd_nouns = frozenset(row["noun"].lower() for row in quantities if row["people"].lower() == "yes")
    persons = read_tsv(_knowledge("person_nouns.tsv"), ("noun",))
    lex.person_nouns = frozenset(row["noun"].lower() for row in persons)
    own: set[str] = set()
    for row in read_tsv(_knowledge("implicit_agents.tsv"), ("event_type", "sectors", "own_forces")):
        sectors = frozenset(s.strip().upper() for s in row["sectors"].split("|") if s.strip())
        lex.implicit_agents[row["event_type"].upper()] = sectors
        if row["own_forces"].lower() == "yes":
            own.add(row["event_type"].upper())
    lex.own_forces_types = frozenset(own)
    for row in read_tsv(
        _knowledge("implicit_targets.tsv"), ("event_type", "sectors", "source", "not_source")
    ):
        etype = row["event_type"].upper()
        lex.implicit_targets[etype] = _sectors(row["sectors"])
        lex.implicit_target_sources[etype] = (_sectors(row["source"]), _sectors(row["not_source"]))
    clauses: dict[str, set[str]] = {}
    for line, row in read_tsv_numbered(_knowledge("clause_targets.tsv"), ("event_type", "clause")):
        if row["clause"] not in CLAUSE_KINDS:
            raise malformed(
                _knowledge("clause_targets.tsv"),
                line,
                f"clause {row['clause']!r} not in {sorted(CLAUSE_KINDS)}",
            )
        clauses.setdefault(row["event_type"].upper(), set()).add(row["clause"])
    lex.clause_targets = {etype: frozenset(kinds) for etype, kinds in clauses.items()}
    acts = read_tsv(_knowledge("act_nouns.tsv"), ("noun",))
    lex.act_nouns = frozenset(row["noun"].lower() for row in acts)
    agentless = read_tsv(_knowledge("agentless_types.tsv"), ("event_type",))
    lex.agentless_types = frozenset(row["event_type"].upper() for row in agentless)
    participles = read_tsv(_knowledge("participle_types.tsv"), ("event_type",))
    lex.participle_types = frozenset(row["event_type"].upper() for row in participles)
    lex.furniture = FurnitureWords.load(_knowledge("page_furniture.tsv"))
    implied = read_tsv(
        _knowledge("implied_acts.tsv"),
        ("event_type", "mode", "crowd", "implied_type", "implied_mode", "implied_cameo"),
    )
    lex.implied_acts = {
        (r["event_type"].upper(), r["mode"] or None): (
            frozenset(w.strip().lower() for w in r["crowd"].split("|") if w.strip()),
            r["implied_type"].upper(),
            r["implied_mode"] or None,
            r["implied_cameo"] or None,
        )
        for r in implied
    }
    states = read_tsv(_knowledge("state_types.tsv"), ("event_type",))
    lex.state_types = frozenset(row["event_type"].upper() for row in states)
    nominal = {head for head, pos in lex.triggers if pos == "NOUN"}
    lex.event_nouns = frozenset(nominal) | lex.act_nouns | lex.support_nouns
    _load_non_agents(lex, _knowledge("non_agents.tsv"))
    reactions = read_tsv(_knowledge("reaction_types.tsv"), ("event_type",))
    lex.reaction_types = frozenset(row["event_type"].upper() for row in reactions)
    mediation = read_tsv(_knowledge("mediation.tsv"), ("word", "pos"))
    lex.mediation = frozenset((row["word"].lower(), row["pos"].upper()) for row in mediation)
    located = read_tsv(_knowledge("located_target_types.tsv"), ("event_type", "mode"))
    lex.located_target_types = frozenset((row["event_type"].upper(), row["mode"] or None) for row in located)
    _load_thing_object_types(lex, _knowledge("thing_object_types.tsv"))
    governed = read_tsv(_knowledge("verb_object_preps.tsv"), ("verb", "prep"))
    lex.verb_object_preps = frozenset((r["verb"].lower(), r["prep"].lower()) for r in governed)
    roaming = read_tsv(_knowledge("roaming_roles.tsv"), ("name",))
    lex.roaming_roles = frozenset(row["name"].lower() for row in roaming)
    lex.words = read_word_lists(_knowledge("function_words.tsv"), "word", "kind", WORD_KINDS)
    lex.compatible_types = load_compatible_types()
    restating = read_tsv(_knowledge("restating_types.tsv"), ("main_type", "restating_type"))
    lex.restating_types = frozenset(
        (_type_key(r["main_type"]), r["restating_type"].upper()) for r in restating
    )
    decided = read_tsv(_knowledge("decided_types.tsv"), ("verb", "event_type"))
    lex.decided_types = frozenset((r["verb"].lower(), r["event_type"].upper()) for r in decided)
    lex.toll_nouns = frozenset(
        " ".join(r["noun"].lower().split()) for r in read_tsv(_knowledge("toll_nouns.tsv"), ("noun",))
    )
    return lex


def _load_non_agents(lex: EventLexicon, path: Path) -> None:
    for line, row in read_tsv_numbered(path, ("noun", "kind")):
        kind = row["kind"].lower()
        if kind not in NON_AGENT_KINDS:
            raise malformed(path, line, f"kind {kind!r} is none of {sorted(NON_AGENT_KINDS)}")
        lex.non_agents[" ".join(row["noun"].lower().split())] = kind


def _load_thing_object_types(lex: EventLexicon, path: Path) -> None:
    for line, row in read_tsv_numbered(path, ("event_type", "mode", "kinds")):
        kinds = frozenset(k.strip().lower() for k in row["kinds"].split("|") if k.strip())
        if not kinds or not kinds <= NON_AGENT_KINDS:
            raise malformed(path, line, f"kinds must be some of {sorted(NON_AGENT_KINDS)}")
        lex.thing_object_types[(row["event_type"].upper(), row["mode"] or None)] = kinds


def _load_types(lex: EventLexicon, path: Path) -> None:
    recip: set[str] = set()
    recode_columns = ("future_as", "refused_as", "demanded_as")
    columns = ("event_type", "quad_class", "default_cameo", "reciprocal", "modes", *recode_columns)
    for row in read_tsv(path, columns):
        etype = row["event_type"]
        recodings = (
            ("future_as", lex.future_as),
            ("refused_as", lex.refused_as),
            ("demanded_as", lex.demanded_as),
        )
        for column, table in recodings:
            if row[column]:
                parts = [*row[column].split(":"), "", ""]
                table[etype] = (parts[0], parts[1] or None, parts[2] or None)
        lex.type_quad[etype] = int(row["quad_class"])
        lex.type_cameo[etype] = row["default_cameo"]
        lex.type_modes[etype] = frozenset(m for m in row["modes"].split(",") if m)
        if row["reciprocal"] == "yes":
            recip.add(etype)
    lex.reciprocal_types = frozenset(recip)
    missing = set(EVENT_TYPES) - set(lex.type_quad)
    if missing:
        raise NewsEventsError("E205", path=path, detail=f"event types missing: {sorted(missing)}")


def _load_cameo(lex: EventLexicon, path: Path) -> None:
    for row in read_tsv(path, ("cameo", "event_type", "mode", "quad_class")):
        lex.cameo[row["cameo"]] = (row["event_type"], row["mode"], int(row["quad_class"]))


def _read_triggers(lex: EventLexicon, path: Path) -> Iterable[TriggerEntry]:
    for line, row in read_tsv_numbered(path, TRIGGER_COLUMNS[:3]):
        pos = row["pos"].upper()
        etype = row["event_type"].upper()
        pattern = " ".join(row["pattern"].lower().split())
        roles = frozenset(f for f in row.get("roles", "").split("+") if f)
        if pos not in POS_VALUES or etype not in lex.type_quad or not pattern or roles - ROLE_FLAGS:
            raise malformed(path, line, "bad pos, type, pattern or roles")
        try:
            weight = float(row["weight"]) if row.get("weight") else 1.0
        except ValueError as exc:
            raise malformed(path, line, "weight is not a number") from exc
        cameo = row.get("cameo") or lex.type_cameo.get(etype) or None
        mode = row.get("mode") or _table_mode(lex, etype, cameo)
        head, deps = _split_pattern(pattern, pos)
        quad = lex.type_quad[etype]
        yield TriggerEntry(pattern, head, pos, deps, etype, mode, cameo, quad, roles, weight)


def _load_idioms(lex: EventLexicon, path: Path) -> None:
    for line, row in read_tsv_numbered(path, ("pattern", "pos")):
        pos = row["pos"].upper()
        pattern = " ".join(row["pattern"].lower().split())
        if pos not in POS_VALUES or len(pattern.split()) < 2:
            raise malformed(path, line, "bad pos, or a pattern without a dependent")
        head, deps = _split_pattern(pattern, pos)
        lex.idioms.setdefault((head, pos), []).append(deps)


def _table_mode(lex: EventLexicon, etype: str, cameo: str | None) -> str | None:
    """The CAMEO table's mode, kept only when it is a PLOVER v2 mode of the type."""
    if cameo is None or cameo not in lex.cameo:
        return None
    table_type, mode, _ = lex.cameo[cameo]
    return mode if table_type == etype and mode in lex.type_modes.get(etype, ()) else None


def _load_cues(lex: EventLexicon, path: Path) -> None:
    for line, row in read_tsv_numbered(path, ("cue", "kind", "scope")):
        words = row["cue"].lower().split()
        kind, scope = row["kind"], row["scope"]
        if not words or kind not in CUE_KINDS or scope not in CUE_SCOPES:
            raise malformed(path, line, "bad cue, kind or scope")
        cue = Cue(words[0], words[1] if len(words) > 1 else None, kind, scope)
        lex.cues.setdefault(scope, {}).setdefault(cue.lemma, []).append(cue)
