"""Demonyms as toponyms: "Syrian forces", "the Kurds", "European markets".

A demonym names its place without putting anything there, so it is kept with use "demonym" (or
"embedded" inside an organisation's name: "the Syrian Observatory"). It is a location only when it
modifies a noun for part of that place's ground ("the Syrian-Turkish border", "on Greek islands",
"Iraqi airspace"). A demonym used for a language ("in Russian", "speaks Arabic") is no toponym at all.
"""

from __future__ import annotations

from typing import Any

from newsevents.model import PlaceUse
from newsevents.nlp.doc_views import entity_at
from newsevents.places import constants as C
from newsevents.places.cues import PlaceCues
from newsevents.places.gazetteer import Candidate, Gazetteer, Place
from newsevents.places.mention import ActorSpans, RawMention, overlapping
from newsevents.places.normalize import normalise

#: Entity labels under which a capitalised word is no people's name ("Mr English", "Arabic").
_NOT_DEMONYM_LABELS = frozenset({"PERSON", "LANGUAGE"})
#: Labels of the longer names a demonym may be embedded in.
_NAME_LABELS = frozenset({"ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})


def find_demonyms(
    sdoc: Any, gaz: Gazetteer, taken: bytearray, actors: ActorSpans, cues: PlaceCues
) -> list[RawMention]:
    """Demonym mentions among the tokens no other recogniser took; marks the ones it takes."""
    out: list[RawMention] = []
    n = len(sdoc)
    i = 0
    while i < n:
        found = _demonym_at(sdoc, gaz, taken, i)
        if found is None:
            i += 1
            continue
        end, place = found
        span = sdoc[i:end]
        if _excluded(span, actors, cues):
            i = end
            continue
        use, why = _use(span, place, cues)
        out.append(
            RawMention(
                span.start_char,
                span.end_char,
                span.text,
                "DEM",
                [Candidate(place, True)],
                why,
                end - 1,
                use=use,
            )
        )
        for k in range(i, end):
            taken[k] = 1
        i = end
    return out


def _demonym_at(sdoc: Any, gaz: Gazetteer, taken: bytearray, i: int) -> tuple[int, Place] | None:
    """The end token and place of a one- or two-word demonym starting at token ``i``."""
    tok = sdoc[i]
    if (
        taken[i]
        or not tok.text[:1].isupper()
        or not tok.is_alpha
        or tok.pos_ == "DET"
        or tok.ent_type_ in _NOT_DEMONYM_LABELS
    ):
        return None
    if i + 1 < len(sdoc) and not taken[i + 1] and sdoc[i + 1].text[:1].isupper():
        place = gaz.demonyms.get(normalise(f"{tok.text} {sdoc[i + 1].text}"))
        if place is not None:
            return i + 2, place
    place = gaz.demonyms.get(normalise(tok.text))
    return (i + 1, place) if place is not None else None


def _excluded(span: Any, actors: ActorSpans, cues: PlaceCues) -> bool:
    """A person's name, or a language: "in Russian", "translated from Arabic", "speaks Kurdish"."""
    actor = overlapping(span.start_char, span.end_char, actors, frozenset({"person"}))
    if actor is not None:
        return True
    tok = span[-1]
    if tok.tag_ in ("NNS", "NNPS"):
        return False  # "the Kurds": people
    return tok.dep_ in ("pobj", "dobj") and tok.head.lemma_.lower() in cues["language_governor"]


def _use(span: Any, place: Place, cues: PlaceCues) -> tuple[PlaceUse, str]:
    tok = span[-1]
    ent = entity_at(span.doc, span.start)
    if ent is not None and ent.label_ in _NAME_LABELS and len(ent) > len(span):
        return "embedded", f"demonym of {place.name} inside the name {ent.text!r}"
    noun = _modified_noun(tok)
    if noun is not None and noun.lemma_.lower() in cues["located_noun"]:
        return "location", f"demonym of {place.name} on {noun.lower_!r}: part of its ground"
    return "demonym", f"demonym of {place.name}"


def _modified_noun(tok: Any) -> Any | None:
    """The noun a demonym modifies, through coordinated demonyms ("Syrian and Turkish border")."""
    for _ in range(C.DEMONYM_MAX_HOPS):
        if tok.dep_ not in ("amod", "compound", "conj", "nmod") or tok.head is tok:
            return None
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN") and not tok.text[:1].isupper():
            return tok
    return None
