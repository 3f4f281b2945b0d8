"""The actors stage: who is named in each sentence, resolved to the actor dictionary.

Each mention gets a canonical name and id, an ISO3 country (or "IGO"), a PLOVER sector and a kind
(person, state, capital, organisation, group, demonym, role, pronoun). Countries and capitals become
mentions only when the parse shows them acting or acted upon (``actors/metonymy.py``); used as places
they are left to the places stage.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy

from newsevents.actors.context import read_rules
from newsevents.actors.dictionary import ActorDictionary
from newsevents.actors.dictionary_file import cached_dictionary
from newsevents.actors.items import Found
from newsevents.actors.metonymy import load_cues
from newsevents.actors.resolve import ArticleResolver
from newsevents.actors.words import ActorWords, load_words
from newsevents.model import ActorMention, Document, Provenance
from newsevents.pipeline import Stage, register_stage
from newsevents.resources import Resources
from newsevents.settings import SharedSettings
from newsevents.stages._knowledge import dateline_marks, pronouns

RESOURCE_KEY = "actor_dictionary"


def dictionary_for(resources: Resources, extra: list[str]) -> ActorDictionary:
    """The indexed dictionary, read from its index file once per resources and set of user files.

    Cached under ``"actor_dictionary"`` for the packaged files alone, and under a key naming the user
    files otherwise, so pipelines with different configs never share a wrong index.
    """
    key = RESOURCE_KEY if not extra else RESOURCE_KEY + "|" + "|".join(extra)

    def tokenizer() -> Callable[[str], list[str]]:
        # Aliases must be split exactly as article text is; a blank English pipeline has the same
        # tokenizer rules as the model and is made in a fraction of the time. Needed only when the
        # index file is built.
        split = spacy.blank("en").tokenizer
        return lambda text: [t.text for t in split(text)]

    return resources.get(key, lambda: cached_dictionary([Path(p) for p in extra], tokenizer))


@dataclass(frozen=True)
class ActorsSettings:
    extra_dictionaries: tuple[str, ...] = ()  # user actor files (TSV), merged over the packaged ones


@register_stage
class ActorsStage(Stage):
    name = "actors"
    requires = ("spacy", "sentences")
    assigns = ("actors",)
    Settings = ActorsSettings
    settings: ActorsSettings

    def __init__(
        self, config: Mapping[str, Any], resources: Resources, shared: SharedSettings | None = None
    ) -> None:
        super().__init__(config, resources, shared)
        self.extra = list(self.settings.extra_dictionaries)
        # Built now, so a malformed dictionary file stops the run at once (E205) instead of
        # failing every article.
        self.index = dictionary_for(self.resources, self.extra)
        self.context_rules = self.resources.get("actors.context_rules", read_rules)
        self.words: ActorWords = self.resources.get(
            "actors.words",
            lambda: load_words(load_cues(dateline_marks(self.resources)), pronouns(self.resources)),
        )

    def __call__(self, doc: Document) -> Document:
        sdoc = doc.spacy
        resolver = ArticleResolver(sdoc, self.index, doc.article.published, self.words, self.context_rules)
        mentions: list[ActorMention] = []
        for sent in sdoc.sents:
            if sent.start_char == sent.end_char:
                continue
            number = doc.sentence_at(sent.start_char)
            for f in resolver.sentence(number, sent):
                mentions.append(self._mention(doc, sdoc, f))
        mentions.sort(key=lambda m: (m.start, m.end))
        doc.actors = mentions
        return doc

    def _mention(self, doc: Document, sdoc: Any, f: Found) -> ActorMention:
        start = sdoc[f.start].idx
        last = sdoc[f.end - 1]
        end = last.idx + len(last.text)
        reason = "; ".join(f.reasons) if f.reasons else None
        return ActorMention(
            start=start,
            end=end,
            text=doc.text[start:end],
            sentence=doc.sentence_at(start),
            prov=Provenance(self.name, round(f.confidence, 3), reason),
            actor_id=f.actor_id,
            name=f.name,
            country=f.country,
            sector=f.sector,
            kind=f.kind,
        )
