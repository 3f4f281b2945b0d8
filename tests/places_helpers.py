"""Helpers of the place tests: parse with the real model, add hand-made actors, run the places stage."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsevents.model import ActorMention, Article, Document, PlaceMention, Provenance
from newsevents.resources import Resources
from newsevents.settings import SharedSettings
from newsevents.stages.nlp import NlpStage
from newsevents.stages.places import PlacesStage


def actor(
    text: str, whole: str, kind: str, country: str | None, nth: int = 0, actor_id: str | None = None
) -> ActorMention:
    """An actor mention over the ``nth`` occurrence of ``text`` in ``whole``."""
    start = -1
    for _ in range(nth + 1):
        start = whole.index(text, start + 1)
    prov = Provenance("test")
    return ActorMention(
        start, start + len(text), text, 0, prov, actor_id=actor_id, country=country, kind=kind
    )


def parse(resources: Resources, text: str) -> Document:
    return NlpStage({}, resources)(Document(article=Article(id="t", text=text)))


def places_of(
    resources: Resources,
    text: str,
    actors: list[ActorMention] | None = None,
    gazetteer: Mapping[str, Any] | None = None,
) -> list[PlaceMention]:
    """The places of ``text``; ``gazetteer`` is a ``[gazetteer]`` config section."""
    doc = parse(resources, text)
    doc.actors = actors or []
    shared = SharedSettings.from_config({"gazetteer": gazetteer or {}})
    return PlacesStage({}, resources, shared)(doc).places


def find(places: list[PlaceMention], text: str) -> PlaceMention:
    hits = [p for p in places if p.text == text]
    assert hits, f"{text!r} not among {[p.text for p in places]}"
    return hits[0]
