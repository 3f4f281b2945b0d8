"""Linking argument tokens to ``doc.actors``; creating mentions for what no actor mention covers."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Any

from newsevents.actors.antecedent import choose
from newsevents.events import constants as C
from newsevents.events.domestic import NAMED_KINDS, SceneCountries
from newsevents.events.lexicon import EventLexicon
from newsevents.events.roles import NON_ACTOR_ENTS, PLACE_ENTS
from newsevents.events.triggers import ACTOR_ENTS, Token
from newsevents.model import ActorMention, Document, Provenance
from newsevents.nlp.dateline import dateline_end, is_dateline
from newsevents.nlp.doc_views import entities_between
from newsevents.span_index import SpanIndex

STAGE = "events"
#: Left dependents that belong to a noun phrase's name ("Russia's Deputy Minister").
NP_LEFT_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "flat", "case"})
#: Relative pronouns whose antecedent is a person or group ("the bandits who attacked").
PERSONAL_RELATIVES = frozenset({"who"})
#: Entity labels of a bare number that can count people: a cardinal or none, never a date, a sum of
#: money or a percentage.
COUNT_ENTS = frozenset({"CARDINAL", ""})
#: Dependencies of a gerund used as a noun, which may head an argument like one.
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
#: Entity labels of names of someone: a word inside one is no act or thing ("Flying Aid").
NAME_ENTS = frozenset({"ORG", "PERSON", "NORP", "GPE"})
#: A sentence whose words longer than TITLE_WORD_MIN letters are capitalised at least in this share
#: is a title-case headline; set by hand so that one or two lower-case words ("says", "after") in a
#: headline do not hide it, while prose, about half names at most, never reaches it.
TITLE_WORD_MIN = 3
TITLE_SHARE = 0.8
#: Entity labels of dates and times, which never belong to the name of an actor.
TIME_ENTS = frozenset({"DATE", "TIME"})
#: spaCy entity labels a pronoun may refer to when no actor mention precedes it.
PERSON_ENTS = frozenset({"PERSON"})
GROUP_ENTS = frozenset({"ORG", "GPE", "NORP"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
#: Dependencies of a modifier naming whose goods a noun names ("US products", "Iran's oil").
OWNER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
#: Entity labels of such a modifier: a country's name or its demonym.
OWNER_ENTS = PLACE_ENTS | {"NORP"}
#: Punctuation that no noun phrase spans: words before it belong to a dateline, a heading or
#: another clause ("Russia – a close ally – blocked").
PHRASE_BREAKS = frozenset({"-", "--", "—", "–", ":", '"'})


class ActorLinker:
    """Maps tokens to actor mentions of one document, adding mentions the event stage creates."""

    def __init__(self, doc: Document, lex: EventLexicon) -> None:
        self.doc = doc
        self.lex = lex
        sdoc = doc.spacy
        self.tok_actor: list[int | None] = [None] * len(sdoc)
        for k, actor in enumerate(doc.actors):
            span = sdoc.char_span(actor.start, actor.end, alignment_mode="expand")
            if span is None:
                continue
            for i in range(span.start, span.end):
                prev = self.tok_actor[i]
                if prev is None or (doc.actors[prev].country is None and actor.country is not None):
                    self.tok_actor[i] = k
        self._created: dict[tuple[int, int, int], int] = {}
        #: (start, -index) of every actor mention, sorted, kept as mentions are created: the pronoun's
        #: look-back walks it from the pronoun backwards instead of sorting every earlier mention
        self._by_start = sorted((actor.start, -k) for k, actor in enumerate(doc.actors))
        #: the places, for the place a visit goes to (a look-up, not a scan of every place)
        self._places = SpanIndex((p.start, p.end) for p in doc.places)
        #: person-name token → actor mentions with a country that contain it; built on first need
        self._persons: dict[str, list[int]] | None = None
        #: When the actor stage ran, it is the authority on common nouns ("officials", "troops"):
        #: a common noun it did not take ("the goal", "the danger") is no actor.
        self.nouns_checked = "actors" in doc.done

    # ------------------------------------------------------------------ queries

    def actor_like(self, tok: Token) -> bool:
        """Whether a token can be a participant (used by role flags such as 'actorobj')."""
        if self.tok_actor[tok.i] is not None:
            return True
        if tok.pos_ == "PRON":
            return tok.lower_ in self.lex.actor_pronouns
        return bool(tok.pos_ == "PROPN" or tok.ent_type_ in ACTOR_ENTS)

    def non_agent(self, tok: Token) -> str | None:
        """The kind of non-agent a head noun names (act, document, media, weapon, place, building,
        goods, abstract, time, country), or None when it may name an agent. Every event noun is an act;
        a word the actor stage took as an actor's head ("the UN Mission") is an agent."""
        gerund = tok.tag_ == "VBG" and tok.dep_ in NOMINAL_DEPS  # "Shelling of the camp kills 23"
        if (tok.pos_ not in ("NOUN", "PROPN") and not gerund) or self._named_by_actor_stage(tok):
            return None
        capitalised = tok.text[:1].isupper() and not tok.is_sent_start
        if tok.ent_type_ in NAME_ENTS or (capitalised and not _title_case(tok.sent)):
            # a word of a name, "Action Against Hunger", "Israel Flying Aid", unless every word of a
            # headline is capitalised ("Junta Airstrikes Hit Resistance Strongholds")
            return None
        lemma = tok.lemma_.lower()
        forms = [lemma, tok.lower_]
        if tok.lower_.endswith("s"):
            forms.append(tok.lower_[:-1])  # a title-case headline word is a proper noun, not lemmatised
        for c in tok.children:
            if c.dep_ == "compound" and c.i < tok.i:
                kind = self.lex.non_agents.get(f"{c.lemma_.lower()} {lemma}")
                if kind is not None:
                    return None if kind == "agent" else kind
        for form in forms:
            kind = self.lex.non_agents.get(form)
            if kind is not None:
                return None if kind == "agent" else kind
        if any(form in self.lex.event_nouns for form in forms):
            return "act"
        return None

    def _named_by_actor_stage(self, tok: Token) -> bool:
        """The actor stage took the word itself as (the head of) an actor: "the UN Mission", "the House"."""
        k = self.tok_actor[tok.i]
        if k is None:
            return False
        actor = self.doc.actors[k]
        if actor.prov.stage == STAGE:
            return False
        if actor.actor_id is None and actor.kind == "person" and _title_case(tok.sent):
            return False  # "Junta Airstrikes Hit …": a headline's capitals make no unknown person
        span = self.doc.spacy.char_span(actor.start, actor.end, alignment_mode="expand")
        return span is not None and span.root.i == tok.i

    def _no_antecedent(self, tok: Token) -> bool:
        """A phrase a pronoun cannot refer to as an actor: a non-agent other than a state's description."""
        kind = self.non_agent(tok)
        return kind is not None and kind != "country"

    def _leader_hyphen(self, sdoc: Any, i: int) -> bool:
        """A hyphen inside a word whose first part names who heads the phrase ("the Saudi-led
        coalition" is Saudi Arabia's), not a dash between phrases ("PARIS - Fighters") nor a sponsor
        ("Russian-backed separatists" are not Russia)."""
        return (
            sdoc[i].text == "-"
            and 0 < i < len(sdoc) - 1
            and not sdoc[i - 1].whitespace_
            and not sdoc[i].whitespace_
            and sdoc[i + 1].lower_ in self.lex.words["leader_hyphen"]
        )

    def np_bounds(self, head: Token) -> tuple[int, int]:
        """Token range [start, end) of the base noun phrase around ``head``."""
        start, end = head.i, _np_end(head, C.NP_NEST_DEPTH)
        for c in head.children:
            if c.i < head.i and c.dep_ in NP_LEFT_DEPS:
                start = min(start, c.left_edge.i)
        sdoc = head.doc
        if end < len(sdoc) and sdoc[end].text == ")" and any(t.text == "(" for t in sdoc[start:end]):
            end += 1  # "The Nigerian Air Force (NAF)"
        # A dateline or a dash before the phrase ("PARIS (Reuters) - Fighters") is not part of it.
        after = dateline_end(sdoc, start, self.lex.dateline_marks)
        if after <= head.i:
            start = after
        for i in range(head.i - 1, start - 1, -1):
            if sdoc[i].text in PHRASE_BREAKS and not self._leader_hyphen(sdoc, i):
                start = i + 1
                break
        if sdoc[start].text == "(":
            # "(AFP) Police arrested …": an agency tag opening the text is no part of the phrase
            close = next((i for i in range(start + 1, head.i) if sdoc[i].text.startswith(")")), None)
            if close is not None:
                start = close + 1
        return start, end

    def link(self, head: Token, named_place: bool = False) -> int | None:
        """Index in ``doc.actors`` of the actor the noun phrase headed by ``head`` names."""
        # the by-phrase of a passive or of an act names who acted, like a subject ("killed by a group
        # of bandits", "an attack by herdsmen")
        by = head.head if head.dep_ == "pobj" else None
        agentive = by is not None and (by.dep_ == "agent" or (by.lower_ == "by" and by.head.pos_ == "NOUN"))
        # so does the antecedent of a personal relative subject ("the bandits who attacked a village";
        # "a ceasefire which could end the war" names no one)
        agentive = agentive or any(
            c.dep_ == "relcl"
            and any(g.dep_ == "nsubj" and g.lower_ in PERSONAL_RELATIVES for g in c.children)
            for c in head.children
        )
        if head.like_num or head.pos_ == "NUM" or head.lemma_.lower() in self.lex.quantity_nouns:
            # "Thousands of workers", "a majority of the guards": the people are in the of-phrase
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if obj is not None:
                        # "thousands of traders and farmers": the conjunct the actor stage knows
                        known = [t for t in (obj, *obj.conjuncts) if self.tok_actor[t.i] is not None]
                        head = known[0] if known else obj
                        break
        found = self.tok_actor[head.i]
        if named_place and (found is None or self.doc.actors[found].country is None):
            host = self._host(head)
            if host is not None:
                return host
        inside: bool = found is None
        if found is None:
            start, end = self.np_bounds(head)
            found = self._best_in(start, end, head.i)
        if inside and found is not None and self._act_of(head, found):
            return int(found)
        if found is not None:
            actor = self.doc.actors[found]
            if actor.country is None and actor.kind == "pronoun":
                resolved = self._pronoun(head)
                return found if resolved is None else resolved
            if actor.country is None:
                merged = self._apposition(head, found)
                if merged is None:
                    merged = self._country_inside(head, found)
                if merged is None:
                    merged = self._same_person(found)
                if merged is not None:
                    return merged
            return self._widen(head, found)
        if head.pos_ == "PRON":
            return self._pronoun(head)
        if _bare_count_subject(head, self.lex.words.get("crowd_verb", ())) or (
            head.pos_ == "NOUN" and head.lemma_.lower() in self.lex.crowd_nouns
        ):
            # "Thousands gathered in protest": with no of-phrase the count stands for the people
            start, end = self.np_bounds(head)
            return self._create(
                start, end, None, "unresolved noun phrase: a count of people", C.NP_ACTOR_CONFIDENCE
            )
        if head.ent_type_ in NON_ACTOR_ENTS or head.like_num or head.pos_ not in ("NOUN", "PROPN"):
            return None
        reason = "unresolved noun phrase"
        if head.ent_type_ in PLACE_ENTS:
            if named_place:
                return self._destination(head)
            locative = head.dep_ == "pobj" and head.head.lower_ in self.lex.words["locative_prep"]
            if locative or head.ent_type_ != "GPE":
                return None  # a place name alone is a location, not an actor
            reason = "unresolved noun phrase: toponym as participant"
            country = self._toponym_country(head)
            if country is not None:
                # "agreed to extradite to the United States": the place the gazetteer resolved names
                # the party, its country known even where no dictionary entry read it as an actor
                start, end = self.np_bounds(head)
                k = self._create(start, end, None, f"{reason}, resolved to {country}", C.NP_ACTOR_CONFIDENCE)
                self.doc.actors[k].country = country
                return k
        elif self.nouns_checked and head.pos_ == "NOUN" and head.ent_type_ not in ACTOR_ENTS:
            # Only the subject of a full verb stays ("Musicians lifted the boycott"), and a noun naming
            # people in any role ("arrested 25 people"); "the goal is …", "discussed developments"
            # and the like name no actor.
            if head.lemma_.lower() in self.lex.person_nouns:
                reason = "unresolved noun phrase: a noun naming people"
            elif agentive or (head.dep_ == "nsubj" and head.head.pos_ == "VERB"):
                reason = "unresolved noun phrase: subject the actor dictionary does not know"
            else:
                return None
        start, end = self.np_bounds(head)
        return self._create(start, end, None, reason, C.NP_ACTOR_CONFIDENCE)

    # ------------------------------------------------------------------ helpers

    def _toponym_country(self, head: Token) -> str | None:
        """The country of the resolved place mention the token lies in, if any."""
        for i in self._places.holding(head.idx):
            if self.doc.places[i].country:
                return self.doc.places[i].country
        return None

    def _act_of(self, head: Token, found: int) -> bool:
        """'the Indian government's decision', 'a request from Russia': a phrase naming an act
        stands for the actor its possessor or prepositional phrase names. An actor as a modifier
        ("the Quetta attack", "the NGO Israel Flying Aid") is part of a name or a description."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in self.lex.event_nouns:
            return False
        actor = self.doc.actors[found]
        span = self.doc.spacy.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is None:
            return False
        tok = span.root
        for _ in range(C.NP_NEST_DEPTH + 1):
            if tok.head.i == head.i:
                # "the killing of civilians": an of-phrase names whom the act concerns, not its actor
                return tok.dep_ in ("poss", "agent", "acl") or (tok.dep_ == "prep" and tok.lower_ != "of")
            if tok.head.i == tok.i:
                break
            tok = tok.head
        return False

    def _widen(self, head: Token, found: int) -> int:
        """The argument is the whole noun phrase ("Fighters loyal to X", "Iran's Ambassador to the
        UN"); the actor mention inside it gives the identity."""
        if head.pos_ == "PRON":
            return found
        actor = self.doc.actors[found]
        span = self.doc.spacy.char_span(actor.start, actor.end, alignment_mode="expand")
        start, end = self.np_bounds(head)
        if (
            span is None
            or (span.start, span.end) == (start, end)
            or not (start <= span.start and span.end <= end)
        ):
            return found
        if any(t.dep_ == "cc" for t in head.doc[start : head.i]):
            return found  # "Russia and Turkey's ministers": two actors, not one phrase
        reason = f"noun phrase around actor mention '{actor.text}'"
        name = actor.name or actor.text
        return self._create(start, end, actor, reason, actor.prov.confidence, name=name)

    def _host(self, head: Token) -> int | None:
        """The host country of a place a visit goes to or a withdrawal leaves, if ``head`` names
        one ("Damascus", "the northern city of Gao")."""
        found = self._destination(head)
        if found is None and head.pos_ == "NOUN":
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if obj is not None:
                        return self._destination(obj)
        return found

    def _destination(self, head: Token) -> int | None:
        """'landed in Damascus': the place a visit goes to stands for its host country."""
        for i in self._places.holding(head.idx):
            place = self.doc.places[i]
            if place.literal and place.country:
                start, end = self.np_bounds(head)
                reason = f"visit destination '{place.text}' stands for its host country"
                k = self._create(start, end, None, reason, place.prov.confidence * C.NP_ACTOR_CONFIDENCE)
                self.doc.actors[k].country = place.country
                self.doc.actors[k].kind = "place"
                return k
        return None

    def _best_in(self, start: int, end: int, head_i: int) -> int | None:
        best: int | None = None
        best_key: tuple[int, int] = (2, 0)
        sdoc = self.doc.spacy
        for i in range(start, end):
            k = self.tok_actor[i]
            if k is None or (i != head_i and _locative(sdoc[i], self.lex.words["place_prep"])):
                continue
            key = (0 if self.doc.actors[k].country else 1, abs(i - head_i))
            if key < best_key:
                best, best_key = k, key
        return best

    def _same_person(self, found: int) -> int | None:
        """'Foreign Secretary Herrera' after 'Mexican Foreign Secretary Lucía Herrera Campos': a later
        mention by surname is the person named in full before, with that mention's country."""
        actor = self.doc.actors[found]
        span = self.doc.spacy.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is None or actor.kind not in (None, "person"):
            return None
        last = span[-1]
        if last.pos_ != "PROPN" or not last.is_title or len(last) < 3:
            return None
        names = [last.text]
        if self._persons is None:
            # surnames close a full name: "Lucía Herrera Campos" is found as Herrera or Campos
            self._persons = {}
            for k, other in enumerate(self.doc.actors):
                other_span = self.doc.spacy.char_span(other.start, other.end, alignment_mode="expand")
                if other.kind != "person" or other.country is None or other_span is None:
                    continue
                if len(other_span) < 3:
                    continue  # "Minister Herrera" is no full name to refer back to
                for t in other_span[-2:]:
                    if t.pos_ == "PROPN" and t.is_title:
                        self._persons.setdefault(t.text, []).append(k)
        earlier = [k for k in self._persons.get(names[-1], []) if self.doc.actors[k].start < actor.start]
        if not earlier:
            return None
        first = self.doc.actors[earlier[-1]]
        reason = f"'{names[-1]}' refers back to '{first.text}'"
        return self._create(
            span.start,
            span.end,
            first,
            reason,
            min(actor.prov.confidence, C.PRONOUN_CONFIDENCE),
            name=first.name or first.text,
        )

    def _country_inside(self, head: Token, found: int) -> int | None:
        """'Prime Minister Haddad of Lebanon', 'the President of the European Council': a mention
        with a country inside the phrase gives the country of a mention without one."""
        start, end = self.np_bounds(head)
        best = self._best_in(start, end, head.i)
        if best is None or best == found or self.doc.actors[best].country is None:
            return None
        if any(t.dep_ == "cc" for t in head.doc[start:end]):
            return None  # "Haddad and the Syrian envoy": two actors, not one phrase
        if self._other_side(best, list(head.doc[start:end])):
            return None  # "his counterpart FM Rabbani": the possessor is the other party
        base, inner = self.doc.actors[found], self.doc.actors[best]
        reason = f"'{inner.text}' inside the phrase gives the country of '{base.text}'"
        confidence = min(base.prov.confidence, inner.prov.confidence)
        k = self._create(start, end, inner, reason, confidence, name=base.name or base.text)
        made = self.doc.actors[k]
        made.kind, made.sector = base.kind, base.sector or inner.sector
        return k

    def _other_side(self, k: int, phrase: list[Token]) -> bool:
        """Whether mention ``k`` possesses, in ``phrase``, a relational noun naming the other party
        ("his counterpart FM Rabbani"); a demonym ("his Chinese counterpart") still says whose it is."""
        actor = self.doc.actors[k]
        span = self.doc.spacy.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is None or span.root.dep_ != "poss":
            return False
        return any(t.i > span.root.i and t.lemma_.lower() in self.lex.words["other_side"] for t in phrase)

    def _apposition(self, head: Token, found: int) -> int | None:
        """'General Yevkurov, Russia's Deputy Minister': the apposition supplies the country."""
        for c in head.children:
            if c.dep_ != "appos":
                continue
            start, end = self.np_bounds(c)
            k = self._best_in(start, end, c.i)
            if k is None or self.doc.actors[k].country is None:
                continue
            base, extra = self.doc.actors[found], self.doc.actors[k]
            hs, _ = self.np_bounds(head)
            reason = f"apposition '{extra.text}' gives the country of '{base.text}'"
            return self._create(
                hs,
                end,
                extra,
                reason,
                min(base.prov.confidence, extra.prov.confidence),
                name=base.name or base.text,
            )
        return None

    def _pronoun(self, pron: Token) -> int | None:
        """He/she/it/they: the nearest preceding fitting actor, preferring a subject of the same
        sentence (``actors.antecedent.choose``); spaCy's entities stand in when no actor mention
        precedes."""
        lower = pron.lower_
        if lower in self.lex.person_pronouns:
            want_person = True
        elif lower in self.lex.group_pronouns:
            want_person = False
        else:
            return None
        sent_index = self.doc.sentence_at(pron.idx)
        actors = self.doc.actors
        before = self._ending_by(pron.idx)

        def fits(k: int) -> bool:
            actor = actors[k]
            if actor.kind == "pronoun":
                return False
            span = self.doc.spacy.char_span(actor.start, actor.end, alignment_mode="expand")
            if span is not None and self._no_antecedent(span.root):
                return False  # "the sanctions … its rule": an act is no antecedent
            person = self._is_person(actor)
            if not self.lex.pronouns.agrees(lower, personal=person, group=not person):
                return False
            return not (actor.country is None and actor.prov.stage != STAGE and want_person)

        def rank(k: int) -> int:
            actor = actors[k]
            return self._antecedent_key(actor.start, actor.end, actor.sentence, sent_index)[0]

        choice = choose(((actors[k].sentence, k) for k in before), sent_index, C.PRONOUN_WINDOW, fits, rank)
        best = choice.item if choice is not None else None
        best_key = (choice.rank, -actors[choice.item].start) if choice is not None else None
        ent = self._entity_antecedent(pron, want_person, sent_index)
        if ent is not None and (best_key is None or ent[1] < best_key):
            best = self._create(
                *ent[0], None, "unresolved noun phrase: pronoun antecedent", C.NP_ACTOR_CONFIDENCE
            )
        if best is None:
            return None
        ante = self.doc.actors[best]
        if ante.sentence == sent_index:
            return best  # the name is in view: the event names it directly
        reason = f"pronoun '{pron.text}' refers to the nearest fitting actor '{ante.text}'"
        return self._create(
            pron.i, pron.i + 1, ante, reason, C.PRONOUN_CONFIDENCE, name=ante.name or ante.text
        )

    def _ending_by(self, offset: int) -> Iterator[int]:
        """The actor mentions ending at or before ``offset``, the latest start first (on a tie, the
        first made), lazily: the look-back stops a few sentences back."""
        actors = self.doc.actors
        at = bisect.bisect_right(self._by_start, (offset, 1))
        for i in range(at - 1, -1, -1):
            k = -self._by_start[i][1]
            if actors[k].end <= offset:
                yield k

    def _antecedent_key(self, start: int, end: int, sentence: int, sent_index: int) -> tuple[int, int]:
        span = self.doc.spacy.char_span(start, end, alignment_mode="expand")
        head = span.root if span is not None else None
        subjectish = head is not None and (
            head.dep_ in SUBJECT_DEPS and (head.dep_ != "poss" or head.head.dep_ in SUBJECT_DEPS)
        )
        return (0 if sentence == sent_index and subjectish else 1, -start)

    def _entity_antecedent(
        self, pron: Token, want_person: bool, sent_index: int
    ) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """Token bounds and ranking key of the best spaCy entity antecedent."""
        labels = PERSON_ENTS if want_person else GROUP_ENTS
        first = self.doc.sentences[max(0, sent_index - C.PRONOUN_WINDOW)].start if self.doc.sentences else 0
        best = None
        best_key: tuple[int, int] | None = None
        for ent in entities_between(self.doc.spacy, first, pron.idx):
            if ent.label_ not in labels:
                continue
            if ent.label_ == "GPE" and _in_place_phrase(ent.root, self.lex.words["locative_prep"]):
                continue  # "in Jaghatu district": a place, no antecedent
            key = self._antecedent_key(
                ent.start_char, ent.end_char, self.doc.sentence_at(ent.start_char), sent_index
            )
            if best_key is None or key < best_key:
                best, best_key = ent, key
        bounds: tuple[int, int] | None = None
        if best is not None:
            start, end = self.np_bounds(best.root)
            bounds = (min(start, best.start), max(end, best.end))
        if not want_person:
            # "Opposition leaders have announced they are boycotting …": an earlier subject.
            for tok in pron.sent:
                if tok.i >= pron.i:
                    break
                if (
                    tok.dep_ == "nsubj"
                    and tok.pos_ in ("NOUN", "PROPN")
                    and not is_dateline(tok, self.lex.dateline_marks)
                    and not self._no_antecedent(tok)
                    and (best_key is None or best_key[0] > 0)
                ):
                    bounds, best_key = self.np_bounds(tok), (0, -tok.idx)
        if bounds is None or best_key is None:
            return None
        return bounds, best_key

    def _is_person(self, actor: ActorMention) -> bool:
        if actor.kind is not None:
            return actor.kind == "person"
        span = self.doc.spacy.char_span(actor.start, actor.end, alignment_mode="expand")
        return span is not None and span.root.ent_type_ == "PERSON"

    def localise(self, k: int, scene: SceneCountries) -> int:
        """An unnamed common-noun actor without a country ("police", "protesters") as an actor of
        the country where the sentence takes place; any other actor unchanged."""
        actor = self.doc.actors[k]
        if actor.country is None and actor.kind == "person" and actor.actor_id is None:
            return self._unknown_person(k, scene)
        if (
            actor.country is not None
            or actor.kind in NAMED_KINDS
            or (actor.name or "").lower() in scene.roaming
        ):
            return k
        span = self.doc.spacy.char_span(actor.start, actor.end, alignment_mode="expand")
        # a count of people ("Thousands") is tagged a number, but names people like "protesters"
        crowd_verbs = self.lex.words.get("crowd_verb", ())
        counted = span is not None and (
            span.root.lemma_.lower() in self.lex.crowd_nouns or _bare_count_subject(span.root, crowd_verbs)
        )
        if span is None or (
            not _generic_body(actor)
            and ((span.root.pos_ != "NOUN" and not counted) or (span.root.ent_type_ and not counted))
        ):
            return k
        inner = self._best_in(span.start, span.end, span.root.i)
        partner = self._partner(span.root)
        if inner is not None and self.doc.actors[inner].country is not None:
            # "the Guatemalan consulate in Atlanta": the phrase names its own country
            country, why = self.doc.actors[inner].country, f"'{self.doc.actors[inner].text}' in the phrase"
        elif partner is not None:
            if partner[0] is None:
                return k  # "its forces" whose owner has no known country: not the scene's either
            country, why = partner[0], partner[1]
        else:
            found = scene.country(actor.sentence)
            if found is None:
                return k
            country, why = found
        reason = f"unnamed actor '{actor.text}' placed in {country} by {why}"
        confidence = actor.prov.confidence * C.NP_ACTOR_CONFIDENCE
        made = self._create(span.start, span.end, actor, reason, confidence, key_extra=-2)
        self.doc.actors[made].country = country
        return made

    def _partner(self, root: Token) -> tuple[str | None, str] | None:
        """(country, why) of whom an unnamed group belongs to by the text: its possessor ("the
        government and its rebels", "the general staff said its forces"), with no country when the
        possessor has none, or the government it is coordinated with ("the Sudanese government and
        rebels signed"); either beats the country of the places around."""
        poss = next((c for c in root.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if poss is not None:
            k = self._pronoun(poss)
            owner = self.doc.actors[k] if k is not None else None
            if owner is None:
                return None, "an unresolved possessor"
            country = owner.country
            if country is None:
                span = self.doc.spacy.char_span(owner.start, owner.end, alignment_mode="expand")
                inner = self._best_in(span.start, span.end, span.root.i) if span is not None else None
                country = self.doc.actors[inner].country if inner is not None else None
            return country, f"its possessor '{owner.text}'"
        for other in root.conjuncts:
            k = self.tok_actor[other.i]
            if k is None:
                start, end = self.np_bounds(other)
                k = self._best_in(start, end, other.i)
            partner = self.doc.actors[k] if k is not None else None
            if partner is not None and partner.country is not None and partner.sector == "GOV":
                return partner.country, f"the government it is coordinated with, '{partner.text}'"
        return None

    def _unknown_person(self, k: int, scene: SceneCountries) -> int:
        """A person the dictionary lacks, whose phrase names no country, as a national of the article's
        main country: local news names its own officials, protest leaders and victims unqualified."""
        actor = self.doc.actors[k]
        if scene.home is None:
            return k
        span = self.doc.spacy.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is None:
            return k
        reason = f"person '{actor.text}' not in the dictionary: of the article's home country {scene.home}"
        confidence = actor.prov.confidence * C.NP_ACTOR_CONFIDENCE
        made = self._create(span.start, span.end, actor, reason, confidence, key_extra=-2)
        self.doc.actors[made].country = scene.home
        return made

    def coordinated_modifiers(self, head: Token) -> list[int]:
        """'the Philippine and Japanese coast guards', 'the presidents of Venezuela and Colombia': one
        phrase, one actor per coordinated country modifier (or country of a plural's of-phrase); empty
        unless two countries are found."""
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "of" and head.tag_ in C.PLURAL_TAGS:
                obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                mods = [obj, *obj.conjuncts] if obj is not None else []
            elif c.dep_ not in ("amod", "compound", "nmod") or c.i > head.i:
                continue
            else:
                mods = [c, *(t for t in c.conjuncts if t.i < head.i)]
            if len(mods) < 2:
                continue
            found = [k for t in mods if (k := self.tok_actor[t.i]) is not None]
            by_country = {self.doc.actors[k].country: k for k in found if self.doc.actors[k].country}
            if len(by_country) >= 2:
                reason = f"'{head.text}' of each coordinated country"
                return [self.stand_in(head, k, reason) for k in by_country.values()]
        return []

    def located(self, head: Token, scene: SceneCountries) -> int | None:
        """'struck a car south of Tripoli', 'withdrew from positions near X': a thing hit or left stands
        for the country it lies in."""
        if head.pos_ != "NOUN" or head.ent_type_ or self.tok_actor[head.i] is not None:
            return None
        country = scene.here(self.doc.sentence_at(head.idx))
        if country is None:
            return None
        start, end = self.np_bounds(head)
        reason = f"'{head.text}' stands for where it lies, {country}"
        k = self._create(start, end, None, reason, C.NP_ACTOR_CONFIDENCE, key_extra=-3)
        self.doc.actors[k].country = country
        return k

    def owner(self, head: Token) -> int | None:
        """'tariffs on US products', 'seized Iran's oil', 'tariffs on imports from China': goods that
        a country's name qualifies or that come from a country belong to it, which the act on them is
        aimed at."""
        if self.non_agent(head) != "goods":
            return None
        origin = self.lex.words["origin_prep"]
        # "US products", "China's exports"; "imports from China"
        named = [c for c in head.children if c.dep_ in OWNER_DEPS and c.i < head.i]
        holders = [head]
        governor = head
        while governor.dep_ == "pobj" and governor.head.dep_ == "prep":
            # "tariffs on steel from Canada", "on $200 billion of goods from China": the parser hangs
            # the origin on the verb the goods phrase depends on
            governor = governor.head.head
            if governor.pos_ == "VERB":
                holders.append(governor)
                break
            if governor.ent_type_ not in NON_ACTOR_ENTS:
                break
        named += [
            g
            for holder in holders
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ in origin
            for g in c.children
            if g.dep_ == "pobj"
        ]
        for c in named:
            if c.ent_type_ not in OWNER_ENTS:
                continue
            known = self.tok_actor[c.i]
            countries = [self.doc.actors[known].country] if known is not None else []
            countries += [self.doc.places[i].country for i in self._places.holding(c.idx)]
            for country in countries:
                if country is None:
                    continue
                start, end = self.np_bounds(head)
                reason = f"'{head.text}' of '{c.text}' belong to {country}"
                k = self._create(start, end, None, reason, C.NP_ACTOR_CONFIDENCE, key_extra=-5)
                self.doc.actors[k].country = country
                return k
        return None

    def state(self, head: Token, country: str, reason: str) -> int:
        """A description of a state ("the country", "the island nation") as that state's government."""
        start, end = self.np_bounds(head)
        k = self._create(start, end, None, reason, C.NP_ACTOR_CONFIDENCE, key_extra=-4)
        made = self.doc.actors[k]
        made.country, made.sector, made.kind = country, "GOV", "state"
        return k

    def stand_in(self, head: Token, like: int, reason: str) -> int:
        """A mention of the phrase headed by ``head`` standing for actor ``like`` ("the two
        ministers" for each minister named before); one per phrase and actor."""
        start, end = self.np_bounds(head)
        actor = self.doc.actors[like]
        name = actor.name or actor.text
        confidence = actor.prov.confidence * C.NP_ACTOR_CONFIDENCE
        return self._create(start, end, actor, reason, confidence, name=name, key_extra=like)

    def _create(
        self,
        start: int,
        end: int,
        like: ActorMention | None,
        reason: str,
        confidence: float,
        name: str | None = None,
        key_extra: int = -1,
    ) -> int:
        key = (start, end, key_extra)
        if key in self._created:
            return self._created[key]
        sdoc = self.doc.spacy
        cstart, cend = sdoc[start].idx, sdoc[end - 1].idx + len(sdoc[end - 1].text)
        mention = ActorMention(
            start=cstart,
            end=cend,
            text=self.doc.text[cstart:cend],
            sentence=self.doc.sentence_at(cstart),
            prov=Provenance(STAGE, confidence, reason),
            actor_id=like.actor_id if like else None,
            name=name if like else None,
            country=like.country if like else None,
            sector=like.sector if like else None,
            kind=("pronoun" if sdoc[start].pos_ == "PRON" and end - start == 1 else like.kind)
            if like
            else None,
        )
        self.doc.actors.append(mention)
        index = len(self.doc.actors) - 1
        bisect.insort(self._by_start, (cstart, -index))
        self._created[key] = index
        for i in range(start, end):
            if self.tok_actor[i] is None:
                self.tok_actor[i] = index
        return index


def _generic_body(actor: ActorMention) -> bool:
    """An institution the role dictionary names without a country ("the Supreme Court", "the
    Interior Ministry"): capitalised, the parser takes it for a proper name, but like "police" it
    belongs to the country where it acts."""
    return actor.actor_id is None and actor.sector is not None and actor.kind == "organisation"


def _np_end(head: Token, depth: int) -> int:
    """End of the noun phrase headed by ``head``: its name and description ("Ministry of Defence",
    "Movement for Democratic Change", "fighters loyal to X", "forces led by Y", "the group's
    leader, Abu Bakr"), never a clause hanging on it (relative clauses, "a man suspected of …"),
    which would drown the name in the event's span."""
    end: int = head.i + 1
    for c in head.children:
        if c.i < head.i:
            continue
        dep = c.dep_
        if dep in ("flat", "compound", "amod"):
            end = max(end, c.right_edge.i + 1)
        elif depth <= 0:
            continue
        elif dep == "appos":
            # "Jotyar Adil, the KRG's spokesperson", "the group's leader, Abu Bakr": without what
            # hangs on the apposition ("…, which was founded by …")
            end = max(end, _coordinated_end(c, depth - 1))
        elif dep == "prep":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            # "forces in Jaghatu district on Sunday", "the bloc in October": a date is no part of a name
            if (
                obj is not None
                and obj.ent_type_ not in TIME_ENTS
                and (c.lower_ == "of" or obj.pos_ == "PROPN")
            ):
                end = max(end, _coordinated_end(obj, depth - 1))
        elif dep == "acl" and c.tag_ == "VBN":
            # "forces led by Y": the by-phrase identifies them; other participial clauses do not
            agent = next((g for g in c.children if g.dep_ == "agent"), None)
            obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
            if obj is not None:
                end = max(end, _coordinated_end(obj, depth - 1))
    return end


def _coordinated_end(head: Token, depth: int) -> int:
    """End of a noun phrase with its conjuncts ("leaders of France, Germany and Britain")."""
    end = _np_end(head, depth)
    for conj in head.conjuncts:
        if conj.i > head.i:
            end = max(end, _np_end(conj, depth))
    return end


def _title_case(sent: Token) -> bool:
    """A headline in title case: nearly all its longer words capitalised, so that the tagger's proper
    nouns there are ordinary words."""
    words = [t for t in sent if t.is_alpha and len(t) > TITLE_WORD_MIN]
    return bool(words) and sum(t.text[:1].isupper() for t in words) >= TITLE_SHARE * len(words)


def _in_place_phrase(tok: Token, locative_preps: tuple[str, ...]) -> bool:
    """A toponym that is, or names, the object of a locative preposition ("in Kabul", "in Jaghatu
    district")."""
    while tok.dep_ in ("compound", "flat", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return bool(tok.dep_ == "pobj" and tok.head.lower_ in locative_preps)


def _locative(tok: Token, place_preps: tuple[str, ...]) -> bool:
    """A token inside a place phrase ("negotiators in Brussels"): where someone is, not who."""
    while tok.dep_ in ("compound", "flat", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return bool(tok.dep_ == "pobj" and tok.head.lower_ in place_preps)


def _bare_count_subject(head: Token, crowd_verbs: tuple[str, ...]) -> bool:
    """Whether a bare number is the subject of a verb of a crowd coming together: it counts people
    ("150,000 had gathered", "about 2,000 marched"), as "thousands" does. Under any other verb a bare
    number may stand for things told before ("Two hit a building")."""
    return (
        head.like_num
        and head.dep_ == "nsubj"
        and head.ent_type_ in COUNT_ENTS
        and head.head.lemma_.lower() in crowd_verbs
        and not any(c.dep_ == "prep" for c in head.children)
    )
