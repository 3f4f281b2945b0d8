"""Find toponym spans in a parsed article: spaCy place entities plus gazetteer hits the model missed.

The small English model misses or mislabels many non-Western names ("Daraa" as ORG, "Quneitra" as
PERSON, "Togo" as NORP, "Niger" as DATE, "Niger and Equatorial Guinea" as one ORG). A capitalised
proper-noun run that matches the gazetteer becomes a place when the hit is a country, division or
region, a large city, or when its syntax is locative ("in X", "provinces of X", coordinated with a
place, followed by ", Texas"). A country's or capital's name is read by the gazetteer, not by the
label: only a longer name holding it ("Niger Delta Development Commission") makes it something else.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from newsevents.nlp.dateline import is_dateline
from newsevents.nlp.doc_views import doc_text, entities, entity_at
from newsevents.places import constants as C
from newsevents.places.cues import PlaceCues
from newsevents.places.demonyms import find_demonyms
from newsevents.places.gazetteer import Candidate, Gazetteer, Place
from newsevents.places.mention import (
    UNIDENTIFIED,
    ActorSpan,
    ActorSpans,
    RawMention,
    actor_spans,
    overlapping,
)
from newsevents.places.normalize import ARABIC_ARTICLES, normalise

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Labels of the longer names a toponym may be embedded in ("Paris Police Department").
NAME_LABELS = frozenset({"ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
#: Entity labels under which a gazetteer hit needs locative syntax to count.
DOUBTFUL_LABELS = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE", ""})
#: Labels of what is no place's name (a people, a date, a number) that the small model still gives
#: some ("arrived in Togo" as NORP, "rule in Niger" as DATE). A hit under one of them counts only
#: when it is a whole entity naming a country, division, capital or large city, and no people's name.
MISREAD_LABELS = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY"})
Spans = ActorSpans


#: Precisions of named areas: a gazetteer hit on one is a place name without further evidence.
DIVISIONS = frozenset({"country", "admin1", "admin2", "region"})

METONYMIC_KINDS = frozenset({"state", "capital"})
#: Actors a toponym can be part of the name of ("Damascus University", "the Syrian Observatory").
NAMED_BODY_KINDS = frozenset({"organisation", "group", "role"})
#: A capital governed by a locative or destination preposition ("a visit to Brussels", "southwest of
#: Athens", "the outskirts of Tripoli") is where something is, not the government the actor stage read it as.
LOCATED_BLOCKING_KINDS = frozenset({"state"})


def _locative(tok: Any, cues: PlaceCues) -> bool:
    head = tok.head
    if tok.dep_ != "pobj" or head is tok:
        return False
    word = head.lower_
    if word in cues["locative_prep"] or word in cues["destination_prep"]:
        return True
    governor = head.head.lower_
    return word == "of" and (governor in cues["direction"] or governor in cues["place_noun"])


def place_object(tok: Any, actor_reading: bool, cues: PlaceCues) -> str | None:
    """Why a name is ground a verb acts on ("shelled Daraa", "Kyiv was shelled", "missiles hit
    Kyiv"), or None. With ``actor_reading`` the name is also read as a government, and a strike verb
    ("hit", "attack") counts only when a weapon strikes: "Beijing hit Washington with tariffs" acts
    on a government."""
    tok = _climb(tok)  # "shelled Daraa and Quneitra"
    dep = tok.dep_
    if dep == "prep" and tok.lower_ in ARABIC_ARTICLES:
        dep = "dobj"  # "entered As-Suwayda": the parser read the name's article as a preposition
    if dep not in ("dobj", "nsubjpass"):
        return None
    verb = tok.head
    lemma = verb.lemma_.lower()
    if lemma in cues["place_object_verb"]:
        return f"object of {verb.lower_!r}"
    if lemma not in cues["strike_verb"]:
        return None
    if not actor_reading:
        return f"object of {verb.lower_!r}"
    agents = [c for c in verb.children if c.dep_ == "nsubj"] if dep == "dobj" else _passive_agents(verb)
    if any(a.lemma_.lower() in cues["weapon_noun"] for a in agents):
        return f"struck by a weapon ({verb.lower_!r})"
    return None


def _possessed_ground(tok: Any, cues: PlaceCues) -> str | None:
    """Why a name is the country of the ground its possessive names ("Pakistan's Bajaur district",
    "Congo's troubled east"), or None: there it is where things happen, not a government."""
    if tok.dep_ != "poss" or tok.head.i == tok.i:
        return None
    noun = tok.head
    word = noun.lemma_.lower()
    if word in cues["place_noun"] or word in cues["direction"]:
        return f"possessor of the ground {noun.lower_!r}"
    return None


def _passive_agents(verb: Any) -> list[Any]:
    return [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]


def recognise(sdoc: Any, gaz: Gazetteer, actors: Iterable[Any], cues: PlaceCues) -> list[RawMention]:
    spans = actor_spans(actors)
    out: list[RawMention] = []
    taken = bytearray(len(sdoc))
    for ent in _joined_entities(sdoc, gaz):
        if ent.label_ not in PLACE_LABELS:
            continue
        mention = _from_entity(ent, gaz, cues)
        if mention is None:
            continue
        ground = place_object(ent.root, True, cues) or _possessed_ground(ent.root, cues)
        if ground is not None:
            kinds: frozenset[str] = frozenset()
            mention.reason += f"; {ground}"
        else:
            kinds = LOCATED_BLOCKING_KINDS if _locative(ent.root, cues) else METONYMIC_KINDS
        actor = overlapping(mention.start, mention.end, spans, kinds)
        if (
            actor is not None
            and not is_dateline(ent.root, cues.dateline_marks)
            and not _names_venue(ent, cues)
        ):
            as_government(mention, actor)
        elif actor is None:
            _modifier_of_actor(mention, ent, spans)
            if mention.use == "location":
                _owner_of_unit(mention, ent, cues)
            acting = (
                acting_division(_trim(ent), mention.candidates, cues) if mention.use == "location" else None
            )
            if acting is not None:
                mention.use = "government"
                mention.reason += f"; {acting}"
        out.append(mention)
        for i in range(ent.start, ent.end):
            taken[i] = 1
    out += _gazetteer_hits(sdoc, gaz, taken, spans, out, cues)
    out += find_demonyms(sdoc, gaz, taken, spans, cues)
    out.sort(key=lambda m: m.start)
    for mention in out:
        _time_zone(sdoc, mention, cues)
    _attach_qualifiers(sdoc, gaz, out, spans, cues)
    return out


def _time_zone(sdoc: Any, mention: RawMention, cues: PlaceCues) -> None:
    """A name before a time-zone noun ("10:00 Moscow time") tells a clock, not where anything is or
    whose anything is: neither a location nor a government."""
    after = mention.head + 1
    if after < len(sdoc) and sdoc[after].lemma_.lower() in cues["time_zone_noun"]:
        mention.use = "embedded"
        mention.government_of = None
        mention.reason += f"; names the clock of '{sdoc[mention.head].text} {sdoc[after].text}', not a place"


def _joined_entities(sdoc: Any, gaz: Gazetteer) -> list[Any]:
    """The parser's entities, with "X and Y" joined where the whole is one gazetteer name that the
    parser split in two ("Jammu and Kashmir", "Trinidad and Tobago")."""
    from spacy.tokens import Span

    ents = list(entities(sdoc))
    out: list[Any] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        if i + 1 < len(ents) and ent.label_ in PLACE_LABELS:
            nxt = ents[i + 1]
            joined = ent.end + 1 == nxt.start and sdoc[ent.end].lower_ in ("and", "&")
            if joined and gaz.lookup(sdoc[ent.start : nxt.end].text):
                out.append(Span(sdoc, ent.start, nxt.end, label=ent.label_))
                i += 2
                continue
        out.append(ent)
        i += 1
    return out


def _modifier_of_actor(mention: RawMention, ent: Any, spans: Spans) -> None:
    """A place name modifying an actor inside the actor's phrase names whose actor it is, not where
    anything is: "Sudan's army" (the government's), "Kosovo police", "U.S. citizens" (a demonym's use)."""
    body = overlapping(mention.start, mention.end, spans, NAMED_BODY_KINDS)
    if body is None or (body.start >= mention.start and body.end <= mention.end):
        return
    root = ent.root
    if root.dep_ == "poss" or any(c.dep_ == "case" for c in root.children):
        mention.use = "government"
        mention.reason += f"; possessor of the {body.kind} it names"
    elif root.dep_ in ("compound", "nmod", "amod"):
        mention.use = "demonym"
        mention.reason += f"; modifies the {body.kind} it names, as a demonym would"


def _owner_of_unit(mention: RawMention, ent: Any, cues: PlaceCues) -> None:
    """A country's name modifying a facility or unit ("a U.S. airbase", "a U.S. military convoy") names
    its owner, not where it is: the airbase of an Iraqi story stands in Iraq."""
    if not any(c.primary and c.place.precision == "country" for c in mention.candidates):
        return
    tok = ent.root
    # up the modifiers' chain: "U.S." modifies "military", which modifies "convoy"; a conjunct
    # ("Iraqi and U.S. troops") modifies what its first conjunct does
    for _ in range(4):
        if tok.dep_ not in ("compound", "nmod", "amod", "conj") or tok.head.i == tok.i:
            return
        tok = tok.head
        if tok.lemma_.lower() in cues["owned_noun"] or tok.lower_ in cues["owned_noun"]:
            mention.use = "demonym"
            mention.reason += f"; owner of the {tok.lower_} it modifies, not where it is"
            return


def as_government(mention: RawMention, actor: ActorSpan) -> None:
    """Mark a toponym the actor stage read as a government ("Moscow informed Tel Aviv"): not a
    location, and resolved with a preference for the actor's country. The preference is not a filter:
    the actor dictionary knows "Paris" as France's capital, but in a story about Paris, Texas the
    article's focus decides, and the places stage then reads the name as the town."""
    mention.use = "government"
    mention.reason += f"; stands for a government (actor {actor.kind}"
    if actor.country and any(c.place.country == actor.country for c in mention.candidates):
        mention.reason += f" of {actor.country}"
        mention.government_of = actor.country
    mention.reason += ")"


def namesake_use(sdoc: Any, mention: RawMention, place: Place) -> None:
    """A name read as a government that the article's context resolved to a same-named place in
    another country ("the Paris police" in a Tennessee story): the town, not the government; part
    of a longer name when the parser saw one ("Paris Police Department")."""
    tok = sdoc[mention.head]
    ent = entity_at(sdoc, tok.i)
    inside = (
        ent is not None
        and ent.label_ in NAME_LABELS
        and (ent.start_char < mention.start or ent.end_char > mention.end)
    )
    mention.use = "embedded" if inside else "location"
    mention.government_of = None
    mention.reason += f"; resolved to {place.name} in {place.country}, so a place, not that government"


def _trim(span: Any) -> Any:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].lower_ in ("'s", "’s", "'") or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end]


def _from_entity(ent: Any, gaz: Gazetteer, cues: PlaceCues) -> RawMention | None:
    span = _trim(ent)
    if len(span) == 0:
        return None
    text = span.text
    cands, how, suffix_dropped = lookup_with_fallbacks(gaz, [t.text for t in span], cues)
    head = span.end - 1
    words = {t.lower_.rstrip(".") for t in span}
    facility = ent.label_ == "FAC" or bool(words & cues["facility_word"])
    abbrev = gaz.qualifiers.get(normalise(text)) if "." in text else None
    if abbrev is not None and (not cands or text.endswith(".")):
        # "Kan.", "Ga.": a dotted state abbreviation, not a town spelled like its letters
        cands, how = [Candidate(abbrev, True)], "division abbreviation"
    if not cands and not facility and not words & cues["natural_word"]:
        # A name the gazetteer lacks and nothing marks as a facility or natural feature: in news these
        # are mostly people, products and organisations the small model tagged GPE.
        return None
    reason = f"spaCy {ent.label_} entity" + (f"; {how}" if how else "")
    mention = RawMention(
        span.start_char, span.end_char, text, ent.label_, cands, reason, head, facility=facility
    )
    mention.suffix_dropped = suffix_dropped
    return mention


def lookup_with_fallbacks(
    gaz: Gazetteer, words: list[str], cues: PlaceCues
) -> tuple[list[Candidate], str, bool]:
    """Candidates for the words, trying the whole, then without leading modifiers or a generic suffix;
    with how they matched, and whether the generic suffix was dropped."""
    cands = gaz.lookup(" ".join(words))
    if cands:
        return cands, "", False
    core = list(words)
    while len(core) > 1 and core[0].lower() in cues["modifier"]:
        core = core[1:]
    lone_modifier = len(core) == 1 and core[0].lower() in cues["modifier"]  # "North West"
    if core != words and not lone_modifier and (cands := gaz.lookup(" ".join(core))):
        return cands, f"matched {' '.join(core)!r} without its modifier", False
    if (
        len(core) > 1
        and core[-1].lower() in cues["generic_suffix"]
        and (cands := gaz.lookup(" ".join(core[:-1])))
    ):
        return cands, f"matched {' '.join(core[:-1])!r} without {core[-1]!r}", True
    return [], "", False


def _article_prefix(tok: Any) -> bool:
    """A transliterated Arabic article before a capitalised name ("al-Qunaytirah", "as-Suwayda"):
    the start of the name, even in lower case."""
    doc = tok.doc
    return (
        tok.lower_ in ARABIC_ARTICLES
        and tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == "-"
        and not tok.whitespace_
        and doc[tok.i + 2].text[:1].isupper()
    )


def _candidate_text(tok: Any, marks: frozenset[str]) -> bool:
    if _article_prefix(tok) and tok.ent_type_ in DOUBTFUL_LABELS | PLACE_LABELS:
        return True
    if tok.ent_type_ not in DOUBTFUL_LABELS | MISREAD_LABELS or not tok.text[:1].isupper():
        return False
    # The model tags some unfamiliar names NOUN ("Dar'a"); mid-sentence capitals still mark a name.
    return (
        tok.pos_ == "PROPN"
        or (tok.pos_ == "NOUN" and not tok.is_sent_start)
        or (tok.is_upper and is_dateline(tok, marks))
    )


def _qualified(tok: Any, qualifier_starts: set[int]) -> bool:
    """A capitalised proper noun right before ", <division abbreviation>", whatever the parser
    labelled it ("Greer, S.C." read as a nationality)."""
    return (
        tok.pos_ == "PROPN"
        and tok.text[:1].isupper()
        and tok.i + 2 in qualifier_starts
        and (tok.nbor(1).text == ",")
    )


def _local_word(tok: Any, gaz: Gazetteer, cues: PlaceCues) -> bool:
    """A one-word proper noun before a lowercase local noun ("a Berea man"), whatever the parser
    labelled it, unless it is a people's name ("a Syrian man"), which the demonym pass reads."""
    return (
        tok.pos_ == "PROPN"
        and tok.text[:1].isupper()
        and local_modifier(tok.doc[tok.i : tok.i + 1], cues) is not None
        and normalise(tok.text) not in gaz.demonyms
    )


def _gazetteer_hits(
    sdoc: Any,
    gaz: Gazetteer,
    taken: bytearray,
    actor_spans: Spans,
    found: list[RawMention],
    cues: PlaceCues,
) -> list[RawMention]:
    out: list[RawMention] = []
    qualifiers = _qualifier_starts(sdoc, gaz)
    place_heads = {m.head for m in found if m.use == "location"} | qualifiers
    government_heads = {m.head for m in found if m.use == "government"}
    identified = ActorSpans(t for t in actor_spans if t.kind != UNIDENTIFIED)
    n = len(sdoc)
    i = 0
    while i < n:
        tok = sdoc[i]
        # a town before ", S.C." or "man" is one whatever its label ("Greer" as NORP)
        placed = _qualified(tok, qualifiers) or _local_word(tok, gaz, cues)
        if taken[i] or not (placed or _candidate_text(tok, cues.dateline_marks)):
            i += 1
            continue
        run_end = i
        while (
            run_end < n and run_end - i < 4 and not taken[run_end] and _run_token(sdoc[run_end], run_end == i)
        ):
            run_end += 1
        hit = _longest_hit(sdoc, gaz, i, run_end)
        if hit is None:
            i += 1
            continue
        span, cands, embedded = hit
        if not placed and span[0].ent_type_ in MISREAD_LABELS and not _misread_name(span, cands, gaz):
            i = span.end
            continue
        mention = _classify(span, cands, embedded, identified, place_heads, government_heads, cues)
        if mention is not None:
            if _listed_in_entity(span, gaz):
                mention.reason += f"; one of a list of places spaCy tagged as one {span[0].ent_type_}"
            out.append(mention)
            if mention.use == "location":
                place_heads.add(span.end - 1)
            for k in range(span.start, span.end):
                taken[k] = 1
        i = span.end
    return out


def _longest_hit(sdoc: Any, gaz: Gazetteer, i: int, run_end: int) -> tuple[Any, list[Candidate], bool] | None:
    """The longest gazetteer name starting at token ``i`` that is a whole entity or none; failing
    that, the longest inside a longer name ("Damascus" in "Damascus University"), flagged embedded."""
    inner = None
    for j in range(run_end, i, -1):
        span = sdoc[i:j]
        if span[-1].is_punct:
            continue
        cands = gaz.lookup_key(normalise(span.text))
        if not cands:
            continue
        if (_whole_entity_or_none(span) or _listed_in_entity(span, gaz)) and not _inside_longer_name(span):
            return span, cands, False
        if inner is None:
            inner = (span, cands, True)
    return inner


def _classify(
    span: Any,
    cands: list[Candidate],
    embedded: bool,
    identified: Spans,
    place_heads: set[int],
    government_heads: set[int],
    cues: PlaceCues,
) -> RawMention | None:
    """A gazetteer hit as a location, a government, part of a name, or nothing (a person's name)."""
    label = span[0].ent_type_ or "none"
    actor = overlapping(span.start_char, span.end_char, identified, None)
    if actor is not None and actor.kind in ("person", "demonym"):
        return None
    mention = RawMention(
        span.start_char,
        span.end_char,
        span.text,
        "GAZ",
        cands,
        f"gazetteer match; spaCy label {label}",
        span.end - 1,
    )
    if actor is not None and actor.kind in METONYMIC_KINDS and not embedded:
        ground = place_object(span.root, True, cues)
        if _names_venue(span, cues):
            mention.reason = (
                f"gazetteer match (names the venue of {span.root.head.lower_!r}); spaCy label {label}"
            )
        elif ground is not None:
            mention.reason = f"gazetteer match ({ground}); spaCy label {label}"
        else:
            as_government(mention, actor)
        return mention
    inside = actor is not None and (actor.start < span.start_char or actor.end > span.end_char)
    if (embedded or actor is not None) and any(c.place.source == "landmarks" for c in cands):
        # a seat of government named alone or inside a longer name: "White House officials"
        mention.use = "government"
        mention.reason = f"gazetteer match: a seat of government; spaCy label {label}"
        return mention
    unions = [c for c in cands if c.primary and c.place.precision == "region"]
    if actor is not None and not inside and not embedded and unions:
        # a union named for the region it spans ("the EU said"): the institution, not a town that
        # shares its abbreviation (Eu, France)
        mention.candidates = unions
        mention.use = "government"
        mention.reason = f"gazetteer match: a region's union acting as a body; spaCy label {label}"
        return mention
    if actor is not None and not inside:
        return None  # the actor's own name ("Hamas", "NATO") merely spells a place somewhere
    local = local_modifier(span, cues) is not None and any(
        c.primary and c.place.precision == "city" for c in cands
    )
    if embedded or inside:
        if not local and (span[0].ent_type_ == "PERSON" or not _significant(cands)):
            return None
        mention.use = "embedded"
        mention.reason = f"gazetteer match inside a longer name; spaCy label {label}"
        return mention
    if _coordinated(span, government_heads) and _significant(cands):
        mention.use = "government"
        mention.reason = f"gazetteer match coordinated with a government; spaCy label {label}"
        return mention
    ok, why = _accept(span, cands, place_heads, cues)
    if not ok:
        return None
    mention.reason = f"gazetteer match ({why}); spaCy label {label}"
    acting = acting_division(span, cands, cues)
    if acting is not None:
        mention.use = "government"
        mention.reason += f"; {acting}"
    return mention


def _names_venue(span: Any, cues: PlaceCues) -> bool:
    """A seat of government modifying a gathering noun names where it happened: "a White House
    meeting", "the Kremlin talks" (but "White House officials" are the government's)."""
    root = span.root
    return root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in cues["venue_noun"]


def _significant(cands: list[Candidate]) -> bool:
    """Whether a name inside another name is surely a toponym: a country, division, region, capital
    or large city ("Syrian Observatory", "Texas Instruments"), not a hamlet that shares a word."""
    for cand in cands:
        place = cand.place
        if cand.primary and (
            place.precision in DIVISIONS
            or place.capital
            or place.population >= C.UNLABELLED_CITY_MIN_POPULATION
        ):
            return True
    return False


def _misread_name(span: Any, cands: list[Candidate], gaz: Gazetteer) -> bool:
    """A whole entity under a label for no name that is a well-known place's name, not a people's:
    "Togo" tagged NORP, "Niger" tagged DATE; "Mexican" and "Monday" stay what spaCy says."""
    return _one_entity(span) and normalise(span.text) not in gaz.demonyms and _significant(cands)


def _inside_longer_name(span: Any) -> bool:
    """A hit followed by more of a capitalised name ("Riverside High School") names something else."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    return nxt.text[:1].isupper() and nxt.pos_ in ("PROPN", "NOUN") and not nxt.is_sent_start


def _run_token(tok: Any, first: bool) -> bool:
    if first:
        return True
    return (tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ")) or tok.text[:1] in (
        "-",
        "'",
        "’",
        "‘",
    )


def _one_entity(span: Any) -> bool:
    """Whether ``span`` is exactly one of the model's entities, whatever its label."""
    ent = entity_at(span.doc, span.start)
    return ent is not None and ent.start == span.start and ent.end == span.end


def _whole_entity_or_none(span: Any) -> bool:
    """A hit inside a longer ORG or PERSON entity ("Damascus University") is part of a name."""
    label = span[0].ent_type_
    if not label:
        return all(not t.ent_type_ for t in span)
    ent = entity_at(span.doc, span.start)
    return ent is not None and ent.start == span.start and ent.end == span.end


def _listed_in_entity(span: Any, gaz: Gazetteer) -> bool:
    """One item of an entity that is only a list of well-known places ("Niger and Equatorial Guinea",
    "Niger, Burkina Faso" tagged ORG): the model joined names, no organisation bears the whole."""
    ent = entity_at(span.doc, span.start)
    if ent is None:
        return False
    items: list[tuple[int, int]] = []
    start = ent.start
    for tok in ent:
        if tok.text == "," or tok.dep_ == "cc":
            items.append((start, tok.i))
            start = tok.i + 1
    items.append((start, ent.end))
    if len(items) < 2 or (span.start, span.end) not in items:
        return False
    doc = span.doc
    return all(s < e and _significant(gaz.lookup_key(normalise(doc[s:e].text))) for s, e in items)


def _locative_context(cues: PlaceCues) -> frozenset[str]:
    return cues["locative_prep"] | cues["destination_prep"] | cues["origin_prep"]


def _coordinated(span: Any, heads: set[int]) -> bool:
    """Whether ``span`` is coordinated or in apposition with a mention whose head is in ``heads``."""
    tok = span[-1]
    for _ in range(6):
        if any(c.i in heads for c in tok.children if c.dep_ == "conj"):
            return True  # the first of the coordinated names: "between Pristina and Belgrade"
        if tok.dep_ not in ("conj", "appos", "compound"):
            return False
        if tok.head.i in heads:
            return True
        tok = tok.head
    return False


def _climb(tok: Any) -> Any:
    for _ in range(6):
        if tok.dep_ not in ("conj", "appos", "compound"):
            break
        tok = tok.head
    return tok


def local_modifier(span: Any, cues: PlaceCues) -> str | None:
    """A name right before the noun it modifies for someone or something local ("an Alexandria
    man", "Gainesville police"): people's names do not modify these nouns, towns' names do."""
    doc = span.doc
    if span.end >= len(doc):
        return None
    root, nxt = span[-1], doc[span.end]
    if root.head.i != nxt.i or root.dep_ not in ("compound", "nmod", "amod"):
        return None
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.text[:1].isupper() and prev.pos_ == "PROPN":
        return None  # the end of a longer name ("Task Force officers", "National Front voters")
    # a capitalised noun makes a title or a name ("Vice Mayor", "City Council", "Task Force"),
    # whose first word is no town
    if not nxt.text.islower() or nxt.lower_ not in cues["local_noun"]:
        return None
    return f"modifies {nxt.lower_!r}"


def locative(span: Any, place_heads: set[int], cues: PlaceCues, national: bool = False) -> str | None:
    """Why the syntax around ``span`` says it is a place, or None. ``national``: the name is a
    country's or capital's, which no label of spaCy's makes a person's."""
    if _coordinated(span, place_heads):
        return "coordinated with a place"
    tok = _climb(span[-1])
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in _locative_context(cues):
        return f"object of {head.lower_!r}"
    if tok.dep_ == "pobj" and head.lower_ == "of":
        governor = head.head
        if governor.lemma_.lower() in cues["place_noun"] or governor.lower_ in cues["direction"]:
            return f"'{governor.lower_} of'"  # "the province of X", "north of X"
    # a person's name is attacked, seized or visited as often as a town, but not as often as Togo
    if (span[0].ent_type_ != "PERSON" or national) and (ground := place_object(span.root, False, cues)):
        return ground
    nxt = span.end
    doc = span.doc
    if nxt + 1 < len(doc) and doc[nxt].text == "," and doc[nxt + 1].i in place_heads:
        return "followed by a place"
    return None


def _accept(span: Any, cands: list[Candidate], place_heads: set[int], cues: PlaceCues) -> tuple[bool, str]:
    if span[0].ent_type_ == "LANGUAGE" and normalise(span.text) in cues.languages:
        return False, ""  # "in English"
    why = locative(span, place_heads, cues, _national(span, cands))
    if why:
        return True, why
    local = local_modifier(span, cues)
    if local and any(c.primary and c.place.precision == "city" for c in cands):
        return True, local
    if is_dateline(span[-1], cues.dateline_marks):
        return True, "dateline"
    if span[0].ent_type_ == "PERSON" and not (len(span) > 1 and _division(cands)):
        # a person's name unless the syntax says place; a name of several words that is a
        # division's own ("Tamil Nadu", "Baden-Württemberg") is no person's
        return False, ""
    if span.text.isupper() and len(span.text) <= 3:
        # Short acronyms ("EU", "UN") hit small towns; only country and division codes count.
        return _division_or_country(cands)
    if not span[0].ent_type_ and span.start == span.sent.start:
        return False, ""  # sentence-initial capitals say nothing
    for cand in cands:
        place = cand.place
        if not cand.primary:
            continue
        if place.precision in DIVISIONS:
            return True, f"{place.precision} name"
        if place.population >= C.UNLABELLED_CITY_MIN_POPULATION:
            return True, "large city name"
    return False, ""


def _national(span: Any, cands: list[Candidate]) -> bool:
    """A whole entity that is a country's or a national capital's own name ("Togo", "Lome")."""
    return _one_entity(span) and any(
        c.primary and (c.place.precision == "country" or c.place.capital) for c in cands
    )


def _division(cands: list[Candidate]) -> bool:
    return any(c.primary and c.place.precision in ("admin1", "region") for c in cands)


def acting_division(span: Any, cands: list[Candidate], cues: PlaceCues) -> str | None:
    """A state or province named as the subject of what it does ("Tamil Nadu said", "Texas sued the
    administration") stands for its government, as a capital does; not when it merely is or has
    something ("Florida saw record rain"). Countries are the actor stage's."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or not _division(cands):
        return None
    if verb.lemma_.lower() in cues["ground_subject_verb"]:
        return None
    return f"a division acting as its government (subject of {verb.lower_!r})"


def _division_or_country(cands: list[Candidate]) -> tuple[bool, str]:
    for cand in cands:
        if cand.primary and cand.place.precision in ("country", "admin1", "region"):  # codes only
            return True, f"{cand.place.precision} code"
    return False, ""


def _attach_qualifiers(
    sdoc: Any, gaz: Gazetteer, mentions: list[RawMention], actor_spans: Spans, cues: PlaceCues
) -> None:
    """ "X, Y" where Y is a division or country: Y qualifies X; abbreviations become mentions too."""
    by_start = {m.start: m for m in mentions}
    text = doc_text(sdoc)
    added: list[RawMention] = []
    entries = {id(m): _entries(m) for m in mentions}
    for m in list(mentions):
        pos = m.end
        if not text.startswith(",", pos):
            continue
        pos += 1
        while pos < len(text) and text[pos] == " ":
            pos += 1
        other = by_start.get(pos)
        if other is not None:
            m.qualifier = _qualifying_place(other.candidates, m.candidates)
            if m.qualifier is None and not _listed(text, other.end, by_start):
                _within_named_area(sdoc, m, other, gaz)
            continue
        qual = _abbreviation_at(sdoc, gaz, pos)
        if qual is None:
            # "Kani Township, Sagaing Region": a division named as such that the parser left untagged
            area = _named_area_at(sdoc, gaz, pos, cues)
            if (
                area is not None
                and not _listed(text, area.end, by_start)
                and _within_named_area(sdoc, m, area, gaz)
            ):
                added.append(area)
            continue
        start, end, place = qual
        if overlapping(start, end, actor_spans, METONYMIC_KINDS) is not None:
            continue
        m.qualifier = place
        tok = sdoc.char_span(start, end, alignment_mode="expand")
        head = tok.end - 1 if tok is not None else m.head
        added.append(
            RawMention(
                start,
                end,
                text[start:end],
                "QUAL",
                [Candidate(place, True)],
                "division abbreviation after a place",
                head,
            )
        )
    _same_reading(mentions, entries)
    mentions.extend(added)
    mentions.sort(key=lambda x: x.start)


def _entries(m: RawMention) -> frozenset[str]:
    return frozenset(c.place.key for c in m.candidates)


def _same_reading(mentions: list[RawMention], entries: dict[int, frozenset[str]]) -> None:
    """A name placed by the area after it once ("Kani Township, Sagaing Region") is the same place
    when the article names it again bare ("south Kani residents"): an article does not move a town."""
    settled: dict[frozenset[str], RawMention] = {}
    for m in mentions:
        before = entries[id(m)]
        if before and _entries(m) != before:
            settled.setdefault(before, m)
    for m in mentions:
        first = settled.get(entries[id(m)])
        if first is None or first is m or m.qualifier is not None or _entries(m) != entries[id(m)]:
            continue
        m.candidates = list(first.candidates)
        m.reason += f"; as {first.text!r} placed by the area named after it"


def _listed(text: str, end: int, by_start: dict[int, RawMention]) -> bool:
    """Whether another place follows ``end`` as the next item of a list ("Benin, Senegal and ...")."""
    pos = end
    for joiner in (",", " and ", " or ", " "):
        if text.startswith(joiner, pos):
            pos += len(joiner)
    while text.startswith(" ", pos):
        pos += 1
    for joiner in ("and ", "or "):
        if text.startswith(joiner, pos):
            pos += len(joiner)
    return pos in by_start


def _within_named_area(sdoc: Any, m: RawMention, other: RawMention, gaz: Gazetteer) -> bool:
    """ "X Township, Y Region": a division named as such (its generic suffix dropped) or a country
    after a comma holds X even when the gazetteer lacks Y's division. X's entries in Y's country
    are then the only ones it may be; with none, X is somewhere in Y, not a namesake abroad ("Kani,
    Sagaing Region" is not Kani in Japan). Whether it decided anything."""
    areas = [
        c.place
        for c in other.candidates
        if c.place.country
        and (c.place.precision in ("admin1", "country") or (other.suffix_dropped and c.primary))
    ]
    if not areas or not m.candidates:
        return False
    # "In Idlib, Turkey's troops ...", "In Idlib, Turkey said": the next clause's subject, no qualifier
    head = sdoc[other.head]
    if head.dep_ in ("nsubj", "nsubjpass", "poss") or doc_text(sdoc).startswith(("'s", "’s"), other.end):
        return False
    # a name that is itself a country, division or capital is an item of a list, not a place in Y
    if any(c.place.precision in ("country", "admin1", "region") or c.place.capital for c in m.candidates):
        return False
    countries = {p.country for p in areas if p.country}
    if len(countries) != 1:
        return False
    iso3 = next(iter(countries))
    inside = [c for c in m.candidates if c.place.country == iso3]
    if inside:
        m.candidates = inside
        m.reason += f"; only its entries in {iso3}, the country of {other.text!r} after it"
        return True
    area = next((p for p in areas if p.precision == "admin1"), None) or gaz.countries.get(iso3)
    if area is None:
        return False
    m.candidates = [Candidate(area, True)]
    m.reason += f"; not in the gazetteer within {other.text!r} after it: placed in {area.name}"
    return True


def _named_area_at(sdoc: Any, gaz: Gazetteer, pos: int, cues: PlaceCues) -> RawMention | None:
    """A capitalised name ending in a generic suffix ("Sagaing Region", "Idlib Province") at ``pos``,
    found in the gazetteer without its suffix."""
    first = next((t for t in sdoc if t.idx == pos), None)
    if first is None:
        return None
    words: list[Any] = []
    for tok in sdoc[first.i : first.i + 4]:
        if not tok.text[:1].isupper() or not tok.is_alpha:
            break
        words.append(tok)
        if tok.lower_ in cues["generic_suffix"] and len(words) > 1:
            cands, how, dropped = lookup_with_fallbacks(gaz, [w.text for w in words], cues)
            if not dropped:
                return None
            end = tok.idx + len(tok.text)
            mention = RawMention(pos, end, doc_text(sdoc)[pos:end], "QUAL", cands, how, tok.i)
            mention.suffix_dropped = True
            mention.reason = f"named area after a place; {how}"
            return mention
    return None


def _qualifying_place(qual_cands: list[Candidate], cands: list[Candidate]) -> Place | None:
    from newsevents.places.disambiguate import contains

    best: Place | None = None
    for qc in qual_cands:
        q = qc.place
        if q.precision not in ("admin1", "country"):
            continue
        better = best is None or (q.precision == "admin1" and best.precision == "country")
        if better and any(contains(q, c.place) for c in cands):
            best = q
    return best


def _qualifier_starts(sdoc: Any, gaz: Gazetteer) -> set[int]:
    """First tokens of division abbreviations right after a comma ("Greer, S.C.", "Lanexa, Va."):
    the name before the comma is a place even when the parser did not say so."""
    out: set[int] = set()
    for tok in sdoc:
        if tok.text != "," or tok.i + 1 >= len(sdoc):
            continue
        nxt = sdoc[tok.i + 1]
        if nxt.text[:1].isupper() and _abbreviation_at(sdoc, gaz, nxt.idx) is not None:
            out.add(nxt.i)
    return out


def _abbreviation_at(sdoc: Any, gaz: Gazetteer, pos: int) -> tuple[int, int, Place] | None:
    text = doc_text(sdoc)
    # Up to three short tokens ("W. Va.", "D.C."), longest first.
    end = pos
    pieces: list[int] = []
    for _ in range(3):
        nxt = end
        while nxt < len(text) and not text[nxt].isspace() and text[nxt] not in ",;:)":
            nxt += 1
        if nxt == end:
            break
        pieces.append(nxt)
        end = nxt
        while end < len(text) and text[end] == " ":
            end += 1
    for stop in reversed(pieces):
        raw = text[pos:stop]
        if not raw[:1].isupper():
            return None
        if len(raw) == 2 and not raw.isupper():
            continue  # "In", "Me": words, not the postal codes IN, ME
        place = gaz.qualifiers.get(normalise(raw))
        if place is not None:
            return pos, stop, place
    return None
