"""Turn a sentence's items into resolved actor mentions: titles, possessives, metonymy, coreference."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from newsevents.actors import constants as C
from newsevents.actors.context import ContextRule, article_readings
from newsevents.actors.coref import History, copy_from, definite_role, pronoun
from newsevents.actors.dictionary import ActorDictionary, Candidate, Entry
from newsevents.actors.items import Found, Item
from newsevents.actors.matcher import TokenView, dictionary_items, ner_items
from newsevents.actors.metonymy import classify
from newsevents.actors.normalize import fold
from newsevents.actors.words import ActorWords

_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_OUTPUT_KIND = {"body": "organisation", "collective": "group"}
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_UNKNOWN = "country and sector unknown"
#: A role or body word must be used as a noun: "head" in "head to Moscow" is no leader.
_NOUNS = frozenset({"NOUN", "PROPN"})
#: Entity labels a name after a title may carry ("" when spaCy tagged nothing); not "Monday".
_NAME_ENTS = frozenset({"", "PERSON", "ORG", "GPE", "NORP"})
#: How a demonym qualifies a noun ("Iranian people") and the tags of a plural noun.
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: A run of letters: the words of a name, apart from its punctuation and possessive endings.
_WORD = re.compile(r"[^\W\d_]+")
#: Kinds of mention an unqualified body may stand for ("China … the Ministry of Commerce").
_BODY_KINDS = frozenset({"organisation", "group", "state", "capital"})
#: Dependents that say whose a body is or which one it is ("its military", "local soldiers").
_OWN_DEPS = frozenset({"poss", "amod"})


def span_head(sdoc: Any, start: int, end: int) -> int:
    """The token of ``[start, end)`` whose syntactic head lies outside it (the last such)."""
    best = end - 1
    for i in range(start, end):
        h = sdoc[i].head.i
        if h < start or h >= end or h == i:
            best = i
    return best


class ArticleResolver:
    """Resolves one article sentence by sentence, keeping the history coreference needs."""

    def __init__(
        self,
        sdoc: Any,
        index: ActorDictionary,
        day: dt.date | None,
        words: ActorWords,
        context_rules: list[ContextRule] | None = None,
    ) -> None:
        self.sdoc = sdoc
        self.words = words
        self.index = index
        # a datetime would not compare with the office dates
        self.day = day.date() if isinstance(day, dt.datetime) else day
        self.view = TokenView.of(sdoc, index)
        self.readings = article_readings(context_rules or [], set(self.view.folded), index.entries)
        self._reread: dict[int, str] = {}
        self.history = History()
        self._actor_nouns: frozenset[int] = frozenset()
        #: the mentions of the sentence being assembled, before they join the history
        self._pending: list[Found] = []

    # ---------------------------------------------------------------- driver

    def sentence(self, number: int, sent: Any) -> list[Found]:
        items = dictionary_items(self.view, sent.start, sent.end, self.index, self.day)
        extra = ner_items(sent, self.view, items, self.index, self.words)
        if extra:
            taken = {k for it in extra for k in range(it.start, it.end)}
            items = [it for it in items if not any(k in taken for k in range(it.start, it.end))] + extra
            items.sort(key=lambda it: it.start)
        items = [it for it in items if not it.generic or self.sdoc[it.end - 1].pos_ in _NOUNS]
        items = [it for it in items if not (it.demonym and self._feature_name(it.end))]
        items = [it for it in items if not self._foreign_acronym(it)]
        if self.readings:
            self._apply_readings(items)
        self._actor_nouns = frozenset(it.end - 1 for it in items if it.generic)
        found = self._assemble(number, items)
        self._appositions(found)
        found += self._surname_tokens(sent, found)
        found.sort(key=lambda f: f.start)
        return self._with_pronouns(number, sent, found)

    def _feature_name(self, after: int) -> bool:
        """A capitalised feature word follows: "Indian Ocean", "Persian Gulf" name places, no people."""
        if after >= len(self.sdoc):
            return False
        tok = self.sdoc[after]
        return bool(tok.text[:1].isupper() and tok.lower_ in self.words.metonymy.feature_noun)

    def _foreign_acronym(self, it: Item) -> bool:
        """An acronym in brackets after the name it abbreviates ("the Police Mobile Force (PMF)") is
        that name, not the dictionary's other bearer of the letters (Iraq's Popular Mobilization
        Forces); it keeps the dictionary's reading when the name before is one of the entry's own."""
        e = it.entry
        texts = self.view.texts
        if e is None or it.end - it.start != 1 or it.start < 2 or it.end >= len(texts):
            return False
        acronym = texts[it.start]
        if not (
            acronym.isupper() and acronym.isalpha() and texts[it.start - 1] == "(" and texts[it.end] == ")"
        ):
            return False
        words: list[int] = []  # the capitalised words before the bracket, nearest first
        k = it.start - 2
        while k >= 0 and len(words) < len(acronym):
            text = texts[k]
            if text[:1].isupper():
                words.append(k)
            elif not (text in ("-", "’s", "'s") or self.view.folded[k] in self.words.name_function):
                break
            k -= 1
        if len(words) != len(acronym) or "".join(texts[k][0] for k in reversed(words)).upper() != acronym:
            return False
        long_form = self._name_key(" ".join(texts[k] for k in reversed(words)))
        return long_form not in {self._name_key(name) for name in (e.name, *e.aliases)}

    def _name_key(self, name: str) -> tuple[str, ...]:
        """The capitalised words of a name, folded: "People’s Defense Force" = "People's Defence Force"."""
        return tuple(fold(w, self.index.spelling) for w in _WORD.findall(name) if w[:1].isupper())

    def _apply_readings(self, items: list[Item]) -> None:
        """One-word names the article's context rereads: "Georgia" → the US, a bare "Council" → the EU."""
        for it in items:
            if it.demonym or it.generic:
                continue
            k = it.start + 1 if it.end - it.start == 2 and self.view.folded[it.start] == "the" else it.start
            if it.end - k != 1:
                continue
            reading = self.readings.get(self.view.folded[k])
            if reading is None or (it.entry is None and it.label != "ORG"):
                continue
            entry, why = reading
            shape = it.cand.shape if it.cand is not None else (self.view.texts[k],)
            it.cand, it.n_cands, it.hint, it.body = Candidate(entry, shape, False), 1, None, None
            self._reread[it.start] = why

    def _with_pronouns(self, number: int, sent: Any, found: list[Found]) -> list[Found]:
        out: list[Found] = []
        k = 0
        for tok in sent:
            while k < len(found) and found[k].start <= tok.i:
                self._remember(number, found[k])
                out.append(found[k])
                k += 1
            if tok.lower_ in self.words.linked_pronouns and tok.pos_ == "PRON":
                link = pronoun(self.history, number, tok, self.words.pronouns)
                if link is not None:
                    self.history.add(number, link, None)
                    out.append(link)
        for f in found[k:]:
            self._remember(number, f)
            out.append(f)
        return out

    def _remember(self, number: int, found: Found) -> None:
        # Persons are remembered by surname, known ones too: a dictionary entry leaves out
        # a surname that is a common word or name ("May", "Cameron"), and a bare "Cameron" after
        # "David Cameron" in the same article is him. The history is the article's, so a bare
        # surname never guesses among dictionary entries the article did not name.
        surname = given = None
        if found.kind == "person" and found.name:
            words = found.name.split()
            surname = fold(words[-1], self.index.spelling)
            if len(words) > 1:
                given = fold(words[0], self.index.spelling)
        self.history.add(number, found, surname, given)

    # ---------------------------------------------------------------- composites

    def _assemble(self, number: int, items: list[Item]) -> list[Found]:
        out: list[Found] = []
        self._pending = out
        i = 0
        while i < len(items):
            it = items[i]
            mod: Item | None = None
            nxt = items[i + 1] if i + 1 < len(items) else None
            if nxt is not None and self._modifies(it, nxt) and self._linked(it, nxt):
                mod, i, it = it, i + 1, nxt
            if it.generic:
                role_found, i = self._role_phrase(number, mod, items, i)
                if role_found is not None:
                    out.append(role_found)
                continue
            if mod is not None and it.person:
                f = self._single(number, it)
                if f is not None:
                    f.start = mod.start
                    if f.country is None and mod.entry is not None:
                        f.country = mod.entry.country
                        f.reasons = [r for r in f.reasons if r != _UNKNOWN]
                        f.reasons.append(f"country from '{self._text(mod.start, mod.end)}'")
                    out.append(f)
                i += 1
                continue
            f = self._single(number, it)
            if f is not None:
                out.append(f)
            i += 1
        return out

    @staticmethod
    def _modifies(mod: Item, nxt: Item) -> bool:
        """Country words qualify roles and names; a known person qualifies a body ("Trump administration")."""
        if mod.modifier:
            return nxt.generic or nxt.person
        e, n = mod.entry, nxt.entry
        return e is not None and e.kind == "person" and n is not None and nxt.generic and n.kind != "title"

    def _appositions(self, found: list[Found]) -> None:
        """A name without country takes it from a role in apposition: "Ali Hassan, a Syrian official"."""
        # by every token of a role phrase, not its head alone: in "the head of Ghana's electoral
        # commission, Jean Mensa" the phrase's last head-like token is "Ghana", the apposition's "head"
        by_token = {k: f for f in found if f.kind == "role" for k in range(f.start, f.end)}
        for f in found:
            if f.kind != "person" or f.actor_id is not None or f.country is not None:
                continue
            tok = self.sdoc[f.head]
            partners = [by_token.get(c.i) for c in tok.children if c.dep_ == "appos"]
            if tok.dep_ == "appos":
                partners.append(by_token.get(tok.head.i))
            for g in partners:
                if g is not None and g.kind == "role" and g.country is not None:
                    f.country = g.country
                    f.sector = f.sector or g.sector
                    f.reasons = [r for r in f.reasons if r != _UNKNOWN]
                    f.reasons.append(f"country and sector from the apposition '{self._text(g.start, g.end)}'")
                    break

    def _linked(self, mod: Item, role: Item) -> bool:
        """Whether only a possessive, hyphens or a few adjectives stand between modifier and role."""
        gap = range(mod.end, role.start)
        if len(gap) > C.MAX_ADJ_GAP + 1:
            return False
        return all(self.view.texts[k] in _POSSESSIVE or self.sdoc[k].pos_ == "ADJ" for k in gap)

    def _role_phrase(
        self, number: int, mod: Item | None, items: list[Item], i: int
    ) -> tuple[Found | None, int]:
        roles = [items[i]]
        j = i + 1
        while j < len(items) and items[j].generic and items[j].start == roles[-1].end:
            roles.append(items[j])
            j += 1
        end = roles[-1].end
        # "the president of Iran", "officers of the Revolutionary Guards"
        of_at = end + 2 if end + 1 < len(self.sdoc) and self.view.folded[end + 1] == "the" else end + 1
        if (
            mod is None
            and end < len(self.sdoc)
            and self.view.folded[end] == "of"
            and j < len(items)
            and items[j].start == of_at
            and items[j].modifier
        ):
            mod, end, j = items[j], items[j].end, j + 1
        local = roles[0].entry is not None and roles[0].entry.sector in C.LOCAL_SECTORS
        after = ("from", "in") if local else ("from",)
        if mod is None and end + 1 < len(self.sdoc) and self.view.folded[end] in after:
            k = end + 2 if self.view.folded[end + 1] == "the" else end + 1
            if j < len(items) and items[j].start == k and items[j].modifier:
                # "officials from the Syrian Ministry", "police in Kenya": the country, not the span
                mod = items[j]
        name: Item | None = None
        if j < len(items) and items[j].start == end and items[j].person:
            name, j = items[j], j + 1
        else:
            run_end = self._proper_run(end)
            if run_end > end and not (j < len(items) and items[j].start < run_end):
                name = Item(end, run_end, None, 0, "PERSON")
        if name is None and all(r.entry is not None and r.entry.kind == "title" for r in roles):
            return None, j  # "General" or "Major" without a name is no actor
        start = mod.start if mod is not None and mod.start < roles[0].start else roles[0].start
        f_end = name.end if name is not None else end
        return self._compose(number, start, f_end, mod, roles, name), j

    def _proper_run(self, i: int) -> int:
        """End of a run of capitalised proper nouns starting at ``i`` (an untagged name after a title)."""
        j = i
        while (
            j < len(self.sdoc)
            and self.sdoc[j].pos_ == "PROPN"
            and self.view.texts[j][:1].isupper()
            and self.sdoc[j].ent_type_ in _NAME_ENTS
        ):
            if self.sdoc[j].is_sent_start and j > i:
                break
            j += 1
        return j

    def _compose(
        self, number: int, start: int, end: int, mod: Item | None, roles: list[Item], name: Item | None
    ) -> Found:
        role = next((r for r in roles if r.entry and r.entry.offices), roles[0])
        rentry = role.entry
        first = roles[0].entry
        assert rentry is not None and first is not None
        role_text = self._text(roles[0].start, roles[-1].end)
        office = rentry.offices[0].office if rentry.offices else None
        former = self._former(start) or any(
            self.view.folded[k] in self.words.former for k in range(start, roles[0].start)
        )
        if former or self._ranked(roles[-1]):
            # "former President Gayoom": his country, not the office ("the president" is someone else)
            office = None
        # the first word of a chain decides the sector: "police chief" is police, "army chief" army
        country, sector, why = self._context(mod, first)
        if country is None and mod is None and name is None and self._unqualified(roles[0]):
            country, sector, why = self._discourse_body(number, first, sector, why)
        head = span_head(self.sdoc, start, end)
        f = Found(start, end, head, "role", C.CONF_ROLE, subject=self.sdoc[head].dep_ in _SUBJECT_DEPS)
        f.offices = frozenset({office}) if office else frozenset()
        f.plural = self.sdoc[roles[-1].end - 1].tag_ in ("NNS", "NNPS")
        if name is not None:
            pf = self._single(number, name)
            if pf is not None and name.entry is not None:
                pf.start, pf.head, pf.subject = start, head, f.subject
                pf.reasons.append(f"title '{role_text}'" + (" (no longer held)" if former else ""))
                pf.offices = pf.offices | f.offices
                return pf
            f.kind, f.name, f.country = "person", self._text(name.start, name.end), country
            f.sector, f.confidence = sector, C.CONF_UNKNOWN
            if pf is not None and pf.kind == "person" and (pf.actor_id or pf.country):
                # surname of an earlier person: "Foreign Secretary Herrera" after "Mexican ... Herrera"
                return copy_from(f, pf, "person", pf.reasons[-1], C.CONF_COREF)
            f.reasons.append(f"name not in dictionary; role title '{role_text}' → sector {sector}")
            if why:
                f.reasons.append(why)
            if country is None and office is not None:
                self._office_country(number, f, office, role_text)
            return f
        f.country, f.sector = country, sector
        f.name = rentry.name
        f.kind = _OUTPUT_KIND.get(rentry.kind, rentry.kind)
        if office and not f.plural and self._definite(start):
            # "the Secretary" after "Secretary of State Dana Whitfield" is her, not the holder on file
            prior = definite_role(self.history, number, office, country)
            if prior is not None:
                return copy_from(
                    f, prior, "role", f"role '{role_text}' → earlier '{prior.name}'", C.CONF_COREF
                )
        if country and office and not f.plural:
            holder = self.index.holder(country, office, self.day)
            if holder is not None:
                when = self.day.isoformat() if self.day else "today (no publication date)"
                f.name, f.actor_id, f.sector, f.gender = holder.name, holder.id, holder.sector, holder.gender
                f.confidence = C.CONF_ROLE_HOLDER
                f.reasons.append(f"role '{role_text}' + {country} on {when} → {holder.name}")
                return f
        f.generic = rentry.id
        if country is not None:
            f.actor_id = f"{country}.{rentry.id}"
            f.reasons.append(f"role '{role_text}' → sector {sector}; {why}")
        else:
            f.confidence = C.CONF_ROLE_NO_COUNTRY
            f.reasons.append(f"role '{role_text}' → sector {sector}; no country in reach")
            if why:
                f.reasons.append(why)
        return f

    def _former(self, start: int) -> bool:
        """Whether a word such as "former" or "ex-" stands just before the phrase at ``start``."""
        k = start - 1
        if k >= 0 and self.view.texts[k] in ("-", "‐"):
            k -= 1
        return k >= 0 and self.view.folded[k] in self.words.former

    def _ranked(self, role: Item) -> bool:
        """ "the first British premier to call an Iranian leader": a role ranked by an ordinal is a
        description of someone in a series, not the office's holder on the day."""
        head = self.sdoc[role.end - 1]
        return any(c.ent_type_ == "ORDINAL" for c in head.children if c.i < role.start)

    def _discourse_body(
        self, number: int, entry: Entry, sector: str | None, why: str | None
    ) -> tuple[str | None, str | None, str | None]:
        """Country (and sector) of an unqualified body from the latest earlier mention of a body it
        may stand for (``discourse_bodies.tsv``): "Israeli forces … two soldiers" → Israel."""
        sectors = self.words.discourse_bodies.get(entry.id)
        if sectors is None and sector is not None:
            sectors = self.words.discourse_bodies.get(sector)
        if not sectors:
            return None, sector, why
        pending = ((number, prior) for prior in reversed(self._pending))
        taken: str | None = None  # the sector the latest fitting body decided
        for sent, prior in (*pending, *reversed(self.history.mentions)):
            body = prior.generic is not None or prior.kind in _BODY_KINDS
            if not body or prior.personal or prior.sector not in (sectors if taken is None else {taken}):
                continue
            # the latest body of the article decides the sector ("officers" after "police"); the
            # latest of that sector with a country, if near, the country ("Kenyan police … police")
            taken = taken or prior.sector
            if number - sent > C.DISCOURSE_BODY_WINDOW:
                break
            if prior.country:
                label = prior.name or "?"
                return prior.country, taken, f"country from the earlier '{label}' ({prior.country})"
        if taken is not None and taken != sector:
            return None, taken, f"sector {taken} from the earlier bodies of the article"
        return None, sector, why

    def _owned(self, head: int) -> bool:
        """Whether the noun at ``head`` says whose or which it is ("its military", "local soldiers")."""
        return any(c.dep_ in _OWN_DEPS for c in self.sdoc[head].children)

    def _unqualified(self, role: Item) -> bool:
        """A body word with nothing of its own to say whose it is: not "its military", "local
        soldiers" or "mutinous troops", and not a word inside a name ("the Lord's Resistance Army")."""
        if self._owned(role.end - 1):
            return False
        first = self.sdoc[role.start]
        return not (first.text[:1].isupper() and not first.is_sent_start and first.i > 0)

    def _office_country(self, number: int, f: Found, office: str, role_text: str) -> None:
        """A new name under a title takes the country of the office named just before it, unnamed:
        "Iran's interior minister … Interior Minister Eskandar Momeni" → Iran. A prior that names its
        holder is another person and gives nothing."""
        for sent, prior in reversed(self.history.mentions):
            if number - sent > C.ROLE_WINDOW:
                break
            if prior.generic is not None and prior.country and office in prior.offices and not prior.plural:
                f.country = prior.country
                f.reasons.append(f"country {prior.country} from the office named before ('{role_text}')")
                return

    def _context(self, mod: Item | None, role: Entry) -> tuple[str | None, str | None, str | None]:
        """Country and sector of a role phrase from its modifier: "Syrian", "Russia's", "UN", "Hamas"."""
        if mod is None or mod.entry is None:
            if role.country:  # a title only one state uses: "Secretary of State"
                return role.country, role.sector, f"country {role.country} from the title '{role.name}'"
            return None, role.sector, None
        m = mod.entry
        text = self._text(mod.start, mod.end)
        sector = role.sector
        if m.kind in ("organisation", "group") and role.sector in ("GOV", "MIL") and m.sector:
            # "Hamas leader", "UN official", "KGB officers": the body's own sector
            sector = m.sector
        reread = self._reread.get(mod.start)
        return m.country, sector, f"country from '{text}'" + (f" ({reread})" if reread else "")

    def _definite(self, start: int) -> bool:
        return start > 0 and self.view.folded[start - 1] in self.words.definite

    # ---------------------------------------------------------------- single items

    def _single(self, number: int, it: Item) -> Found | None:
        head = span_head(self.sdoc, it.start, it.end)
        subject = self.sdoc[head].dep_ in _SUBJECT_DEPS
        e = it.entry
        text = self._text(it.start, it.end)
        if e is None:
            return self._unknown(number, it, head, subject, text)
        f = Found(it.start, it.end, head, e.kind, C.CONF_DICTIONARY, subject=subject)
        f.name, f.country, f.sector, f.actor_id, f.gender = e.name, e.country, e.sector, e.id, e.gender
        f.offices = (
            frozenset(o.office for o in e.offices if o.holds_on(self.day))
            if self.day
            else frozenset(o.office for o in e.offices if o.end is None)
        )
        why_read = self._reread.get(it.start)
        if why_read is not None:
            f.reasons.append(why_read)
        if it.demonym:
            f.kind, f.confidence, f.sector, f.actor_id = "demonym", C.CONF_DEMONYM, None, e.id
            # "Syrians", or "the Iranian people": a demonym before a plural noun stands for a group
            noun = self.sdoc[head].head
            f.plural = text.endswith("s") or (
                self.sdoc[head].dep_ in _MODIFIER_DEPS and noun.i >= it.end and noun.tag_ in _PLURAL_TAGS
            )
            f.reasons.append(f"demonym '{text}' → {e.country}; sector unknown without a role noun")
            return f
        if e.kind in ("state", "capital"):
            actor, why = classify(self.sdoc[head], self.words.metonymy, self._actor_nouns)
            if not actor:
                return None
            f.sector = f.sector or "GOV"
            f.confidence = C.CONF_METONYMY
            used = "capital used as government" if e.kind == "capital" else "country used as actor"
            f.reasons.append(f"dictionary: {used} ({why})")
            return f
        if it.fuzzy:
            f.confidence = C.CONF_FUZZY
            f.reasons.append(f"spelling variant of '{e.name}'")
        elif it.n_cands > 1:
            f.confidence = C.CONF_AMBIGUOUS
            f.reasons.append(f"alias '{text}' shared by {it.n_cands} entries; chose '{e.name}' by date/order")
        else:
            f.reasons.append("dictionary")
        label = self.sdoc[head].ent_type_
        if e.kind == "person" and label and label != "PERSON":
            f.reasons.append(f"spaCy labelled it {label}; the dictionary knows a person")
        return f

    def _unknown(self, number: int, it: Item, head: int, subject: bool, text: str) -> Found | None:
        last = self.view.folded[it.end - 1]
        prior = self.history.surnames.get(last)
        f = Found(it.start, it.end, head, "person", C.CONF_UNKNOWN, subject=subject)
        if prior is not None and (it.end - it.start == 1 or it.label == "PERSON"):
            return copy_from(f, prior, "person", f"surname → earlier '{prior.name}'", C.CONF_COREF)
        one_name = it.end - it.start == 1 and it.label == "PERSON"
        given = self.history.given_names.get(last) if one_name else None
        if given is not None:
            # some outlets call a person by the given name after the full one ("Pranab said")
            return copy_from(f, given, "person", f"given name → earlier '{given.name}'", C.CONF_COREF)
        if it.label == "PERSON":
            f.name = text
            f.reasons += ["spaCy PERSON not in dictionary", _UNKNOWN]
            return f
        if it.label == "ORG":
            f.kind, f.name = "organisation", text
            f.reasons.append("spaCy ORG not in dictionary")
            if it.hint is not None:
                f.country = it.hint.entry.country
                f.reasons.append(f"country from '{it.hint.entry.name}' in its name")
            if it.body is not None:
                f.sector = it.body.entry.sector
                f.reasons.append(f"sector {f.sector} from '{it.body.entry.name}' in its name")
                if f.country is None and not self._owned(head):
                    # "China responded … the Ministry of Commerce said": the state just named
                    country, _, why = self._discourse_body(number, it.body.entry, None, None)
                    if country is not None and why:
                        f.country = country
                        f.reasons.append(why)
            if f.country is None and f.sector is None:
                f.reasons.append(_UNKNOWN)
            return f
        return None

    def _surname_tokens(self, sent: Any, found: list[Found]) -> list[Found]:
        """Bare surnames (or given names) of earlier persons that spaCy did not tag at all."""
        if not self.history.surnames:
            return []
        taken = {k for f in found for k in range(f.start, f.end)}
        out: list[Found] = []
        for tok in sent:
            if tok.i in taken or tok.pos_ != "PROPN" or tok.ent_type_:
                continue
            word = self.view.folded[tok.i]
            prior, how = self.history.surnames.get(word), "surname"
            if prior is None:
                prior, how = self.history.given_names.get(word), "given name"
            if prior is not None:
                f = Found(tok.i, tok.i + 1, tok.i, "person", C.CONF_COREF, subject=tok.dep_ in _SUBJECT_DEPS)
                out.append(copy_from(f, prior, "person", f"{how} → earlier '{prior.name}'", C.CONF_COREF))
        return out

    def _text(self, start: int, end: int) -> str:
        return str(self.sdoc[start:end].text)
