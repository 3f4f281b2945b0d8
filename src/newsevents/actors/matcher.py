"""Find dictionary names and leftover NER names in a sentence with hash lookups over token n-grams."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from newsevents.actors.dictionary import ActorDictionary, Candidate
from newsevents.actors.items import Item
from newsevents.actors.normalize import JOINERS, PARTICLES, fold, shape_ok, skeleton, skippable
from newsevents.actors.words import ActorWords
from newsevents.nlp.doc_views import entities_within

#: spaCy labels whose spans may name an actor the dictionary lacks.
NER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_NOT_BODY = frozenset({"role", "title"})
_TRIM_RIGHT = frozenset({"'s", "'", ",", ".", ":", ";", '"', "s"})
_POSSESSIVES = frozenset({"'s", "’s"})


@dataclass(slots=True)
class TokenView:
    """Per-document token arrays computed once: texts, folded keys and skip flags."""

    texts: list[str]
    folded: list[str]
    skip: list[bool]

    @classmethod
    def of(cls, sdoc: Any, index: ActorDictionary) -> TokenView:
        texts = [t.text for t in sdoc]
        folded = [fold(t, index.spelling) for t in texts]
        skip = [skippable(texts, folded, i) for i in range(len(texts))]
        return cls(texts, folded, skip)


def choose(cands: Sequence[Candidate], day: dt.date | None) -> Candidate:
    """Among entries sharing an alias prefer a person in office on ``day``, else the first listed."""
    if len(cands) > 1 and day is not None:
        for c in cands:
            if any(o.holds_on(day) for o in c.entry.offices if o.country):
                return c
    return cands[0]


def dictionary_items(
    view: TokenView, start: int, end: int, index: ActorDictionary, day: dt.date | None
) -> list[Item]:
    """Greedy longest dictionary matches in tokens ``[start, end)``."""
    texts, folded = view.texts, view.folded
    cp = [i for i in range(start, end) if not view.skip[i]]
    items: list[Item] = []
    p, n = 0, len(cp)
    while p < n:
        lens = index.lengths.get(folded[cp[p]])
        step = 1
        if lens:
            for length in lens:
                if p + length > n:
                    continue
                key = tuple(folded[cp[q]] for q in range(p, p + length))
                cands = index.exact.get(key)
                if not cands:
                    continue
                ok = [c for c in cands if all(shape_ok(a, texts[cp[p + k]]) for k, a in enumerate(c.shape))]
                if ok:
                    first = _extend_left(view, cp[p], start)
                    items.append(Item(first, cp[p + length - 1] + 1, choose(ok, day), len(ok)))
                    step = length
                    break
        p += step
    return items


def _extend_left(view: TokenView, i: int, floor: int) -> int:
    """Take in a preceding Arabic article ("al-Sharaa"), which keys leave out."""
    j = i - 1
    if j >= floor and view.folded[j] in JOINERS and j - 1 >= floor and view.folded[j - 1] in PARTICLES:
        return j - 1
    if j >= floor and view.folded[j] in PARTICLES and view.skip[j]:
        return j
    return i


def ner_items(
    sent: Any, view: TokenView, items: list[Item], index: ActorDictionary, words: ActorWords
) -> list[Item]:
    """Items for NER names the dictionary did not cover; spelling variants of known persons included."""
    covered: dict[int, Item] = {}
    for it in items:
        for k in range(it.start, it.end):
            covered[k] = it
    out: list[Item] = []
    for ent in entities_within(sent.doc, sent.start, sent.end):
        if ent.label_ not in NER_LABELS:
            continue
        s, e = ent.start, ent.end
        while s < e and (
            view.folded[s] in words.name_trim
            or (s in covered and covered[s].generic and not _heads_a_name(s, e, view, words))
        ):
            s += 1
        while e > s and (view.folded[e - 1] in _TRIM_RIGHT or view.texts[e - 1] in _POSSESSIVES):
            e -= 1
        if ent.label_ == "PERSON":
            s = _after_possessor(s, e, view, covered)
        if s >= e:
            continue
        inside = {id(covered[k]): covered[k] for k in range(s, e) if k in covered}
        if len(inside) == 1:
            only = next(iter(inside.values()))
            if only.person and only.end == e and only.start > s and ent.label_ == "PERSON":
                only.start = s  # "Ahmead al-Sharaa": an unknown given name before a known surname
                only.fuzzy = True
                continue
        if inside:
            org = _organisation_name(ent.label_, s, e, view, covered, list(inside.values()), words)
            if org is not None:
                out.append(org)
            continue
        content = [view.folded[k] for k in range(s, e) if not view.skip[k]]
        fuzzy = index.fuzzy.get(tuple(skeleton(c) for c in content)) if len(content) > 1 else None
        if fuzzy:
            out.append(Item(s, e, fuzzy[0], len(fuzzy), ent.label_, fuzzy=True))
        else:
            out.append(Item(s, e, None, 0, ent.label_))
    return out


def _after_possessor(s: int, e: int, view: TokenView, covered: dict[int, Item]) -> int:
    """Where a person's name starts after a known possessor the model took into it: "Armenia's
    Edward Nalbandian" tagged as one PERSON is Armenia's, and the name is "Edward Nalbandian"
    (but "Mali's Tuareg-led" names no one)."""
    owner = covered.get(s)
    if owner is None or not owner.modifier or owner.start != s or owner.end + 1 >= e:
        return s
    if view.texts[owner.end] not in _POSSESSIVES:
        return s
    if not all(view.texts[k][:1].isupper() and view.texts[k].isalpha() for k in range(owner.end + 1, e)):
        return s
    return owner.end + 1


def _heads_a_name(k: int, e: int, view: TokenView, words: ActorWords) -> bool:
    """A body word that heads the name after it ("Ministry of Commerce"): part of the organisation's
    name, not a word to trim before it."""
    return (
        k + 2 < e
        and view.folded[k + 1] in words.name_function
        and view.texts[k][:1].isupper()
        and view.texts[k + 2][:1].isupper()
    )


def _organisation_name(
    label: str,
    s: int,
    e: int,
    view: TokenView,
    covered: dict[int, Item],
    inside: list[Item],
    words: ActorWords,
) -> Item | None:
    """An ORG whose own capitalised words surround dictionary words is one organisation.

    "The Syrian Observer" keeps Syria as a country hint; "Munich Regional Court" and "Federal
    Police" take their sector from the body word that ends them. The items inside are dropped.
    """
    if label != "ORG":
        return None
    if any(it.person or (it.entry is not None and it.entry.kind in _NOT_BODY) for it in inside):
        return None  # "Senate President" or "General X" are roles and names, not an organisation
    last = covered.get(e - 1)
    if last is not None and not last.generic:
        return None
    if any(view.texts[k] in ("'s", "’s") for k in range(s, e)):
        return None  # "Curbing Israel's Transgressions" is a phrase, not an organisation's name
    own = [k for k in range(s, e) if k not in covered and view.folded[k] not in words.name_function]
    if not own or not all(view.texts[k][:1].isupper() or view.texts[k][:1].isdigit() for k in own):
        return None
    if not view.texts[e - 1][:1].isupper():
        return None
    # "Inter-American", "Pan-African": a demonym after a hyphenated prefix names a region, not a state
    hints = [
        it.cand for it in inside if it.modifier and not (it.start > s and view.texts[it.start - 1] == "-")
    ]
    bodies = [it.cand for it in inside if it.generic]
    return Item(s, e, None, 0, "ORG", hint=hints[0] if hints else None, body=bodies[-1] if bodies else None)
