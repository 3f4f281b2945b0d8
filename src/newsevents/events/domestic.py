"""Unnamed domestic actors ("police", "protesters", "the government") belong to the country where
the article places them: the one country the sentence's places lie in, else the article's main one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Container

from newsevents.model import Document, PlaceMention

#: Actor kinds that are named or personal: their country comes from the name, never from the scene.
NAMED_KINDS = frozenset({"person", "pronoun", "state", "capital"})

#: Place mentions of the main country that make it the article's home (see ``SceneCountries.home``).
HOME_MIN_PLACES = 2

#: Mentions of a main country decided by its names (literal places and other uses together) that make
#: it the article's home: one more than ``HOME_MIN_PLACES``, since a name ("German police") says less
#: about where the article stands than a place does.
HOME_MIN_NAMED = HOME_MIN_PLACES + 1


class SceneCountries:
    """The country of each sentence's places and of the article, computed once per document."""

    def __init__(
        self, doc: Document, roaming: frozenset[str] = frozenset(), venues: Container[str] = ()
    ) -> None:
        #: roles that often act abroad ("envoy", "minister"): never placed by the scene
        self.roaming = roaming
        self.by_sentence: dict[int, set[str]] = {}
        counts: Counter[str] = Counter()
        named: Counter[str] = Counter()
        for place in doc.places:
            if place.country and place.literal and _venue(doc, place, venues):
                # "the government and the rebels held talks in Doha": a gathering's venue is where its
                # parties went, not whose they are
                named[place.country] += 1
            elif place.country and place.literal:
                self.by_sentence.setdefault(place.sentence, set()).add(place.country)
                counts[place.country] += 1
            elif place.country:
                named[place.country] += 1
        ranked = counts.most_common(2)
        # an article split between countries has no main one
        clear = len(ranked) == 1 or (len(ranked) == 2 and ranked[0][1] > ranked[1][1])
        self.main = ranked[0][0] if ranked and clear else None
        self.main_why = "the article's main country"
        #: the main country, when the article names places in it more than once: enough to take an
        #: unqualified person for its national, where a lone place name ("in Lahore") is not
        self.home = self.main if ranked and clear and ranked[0][1] >= HOME_MIN_PLACES else None
        if self.main is None and counts:
            # places tied ("in Berlin", "in Austria and Italy"): the country the article otherwise
            # names most ("German police", "the German government") among the tied ones decides
            top = [c for c, n in counts.items() if n == ranked[0][1]]
            by_name = sorted(((named[c], c) for c in top), reverse=True)
            if by_name[0][0] > (by_name[1][0] if len(by_name) > 1 else 0):
                self.main = by_name[0][1]
                self.main_why = "the article's main country by its places and the country it names most"
                self.home = self.main if by_name[0][0] + ranked[0][1] >= HOME_MIN_NAMED else None

    def country(self, sentence: int) -> tuple[str, str] | None:
        """(country, why) for the scene of ``sentence``."""
        here = self.by_sentence.get(sentence, set())
        if len(here) == 1:
            return next(iter(here)), "the sentence's places"
        if not here and self.main is not None:
            return self.main, self.main_why
        return None

    def here(self, sentence: int) -> str | None:
        """The one country of the sentence's own places, if there is exactly one."""
        found = self.by_sentence.get(sentence, set())
        return next(iter(found)) if len(found) == 1 else None


#: Prepositions of a venue: "talks in Doha", "a summit at Camp David".
VENUE_PREPS = frozenset({"in", "at"})


def _venue(doc: Document, place: PlaceMention, venues: Container[str]) -> bool:
    """Whether the place is where a gathering (``venue_word``: talks, a meeting, a summit) was held:
    its preposition hangs on the gathering's word, or on a verb whose object is one ("met in
    Geneva", "held talks in Doha")."""
    if doc.spacy is None or not venues:
        return False
    span = doc.spacy.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ not in VENUE_PREPS:
        return False
    holder = prep.head
    words = [holder, *(c for c in holder.children if c.dep_ == "dobj")]
    return any(w.lemma_.lower() in venues for w in words)
