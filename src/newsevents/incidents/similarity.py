"""How alike the evidence of two reports is: the cosine of the TF-IDF vectors of the sentences each was
told in (its evidence and its other mentions', taken together).

No word list: a word's weight is its inverse document frequency among the reports being grouped, so
function words, which nearly every report has, weigh little, and names and numbers ("Momeni", "25")
a lot. Two outlets retelling one wire report ("imposed sanctions Friday on Iran's interior minister")
score far above two reports of different acts by the same actors. The sentences of a report are
taken together rather than the best pair of sentences, so that one quote both articles repeat ("we
don't know where they are held") does not decide alone which of two events it goes with.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from newsevents.incidents import constants as K
from newsevents.incidents.reports import Report

#: A word: letters or digits (Unicode); single letters other than digits are dropped.
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The words of ``text``, lower-cased and without accents ("Condé" and "Conde" are one name)."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    return [w for w in _WORD.findall(folded) if len(w) > 1 or w.isdigit()]


class TextSimilarity:
    """Similarity of ``reports`` by index, with the inverse document frequencies of their words."""

    def __init__(self, reports: Sequence[Report]) -> None:
        counts = [Counter(words(" ".join(r.texts))) for r in reports]
        df: Counter[str] = Counter(w for c in counts for w in c)
        n = len(reports)
        # Smoothed: a word every report has still weighs 1, so that with few reports (two outlets'
        # sentences and nothing else) the words they share are not all weighed to nothing.
        idf = {w: math.log((1 + n) / (1 + c)) + 1.0 for w, c in df.items()}
        self._vectors = [_vector(c, idf) for c in counts]

    def words(self, i: int) -> list[str]:
        """The words of report ``i``."""
        return list(self._vectors[i][0])

    def salient(self, i: int) -> list[str]:
        """The most telling words of report ``i`` (highest weight first): two reports whose sentences
        are alike share at least one of them."""
        weights = self._vectors[i][0]
        return sorted(weights, key=lambda w: (-weights[w], w))[: K.SALIENT_WORDS]

    def __call__(self, i: int, j: int) -> float:
        (wa, na), (wb, nb) = self._vectors[i], self._vectors[j]
        if not na or not nb:
            return 0.0
        small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
        return sum(x * large.get(w, 0.0) for w, x in small.items()) / (na * nb)


def _vector(counts: Counter[str], idf: dict[str, float]) -> tuple[dict[str, float], float]:
    weights = {w: (1.0 + math.log(c)) * idf[w] for w, c in counts.items()}
    return weights, math.sqrt(sum(x * x for x in weights.values()))
