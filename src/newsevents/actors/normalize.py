"""Token folding shared by the dictionary index and the text matcher, so both sides agree.

Folding lowercases, strips diacritics and dots ("U.S." → "us"), maps curly apostrophes and applies
the spelling table (defense → defence). Arabic article particles and hyphens are *skipped* by the
matcher rather than folded, so "al-Sharaa", "Al Sharaa" and "Sharaa" share one key.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import lru_cache

#: Tokens left out of keys: joiners inside names and the Arabic article.
JOINERS: frozenset[str] = frozenset({"-", "‐", "‑", "–"})
PARTICLES: frozenset[str] = frozenset({"al", "el"})
_VOWELS = frozenset("aeiouy")
#: Acronyms of at least this many letters also match in title case ("Nato", "Opec").
LONG_ACRONYM = 4


@lru_cache(maxsize=65536)
def _base_fold(text: str) -> str:
    low = text.lower().replace("’", "'").replace("‘", "'")
    if not low.isascii():
        low = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
    if len(low) > 1 and "." in low:
        low = low.replace(".", "")
    return low


def fold(text: str, spelling: Mapping[str, str]) -> str:
    base = _base_fold(text)
    return spelling.get(base, base)


@lru_cache(maxsize=65536)
def skeleton(folded: str) -> str:
    """First letter plus the consonants, runs collapsed: Ahmead/Ahmed/Ahmad → "ahmd".

    Transliterated Arabic and Russian names vary mostly in their vowels and doubled letters.
    """
    if not folded:
        return folded
    out = [folded[0]]
    for c in folded[1:]:
        if c in _VOWELS or not c.isalpha():
            continue
        if out[-1] != c:
            out.append(c)
    return "".join(out)


def skippable(texts: list[str], folded: list[str], i: int) -> bool:
    """Whether token ``i`` is left out of keys: a name joiner, or "al"/"el" before a hyphen or a name."""
    f = folded[i]
    if f in JOINERS:
        return True
    if f in PARTICLES and i + 1 < len(texts):
        nxt = texts[i + 1]
        return nxt in JOINERS or nxt[:1].isupper()
    return False


def shape_ok(alias_token: str, text_token: str) -> bool:
    """Case agreement: acronyms match only in capitals, capitalised name parts only capitalised."""
    if not alias_token[:1].isupper():
        return True
    letters = [c for c in alias_token if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        # British style writes long acronyms as words (Nato, Farc); short ones would catch "Us", "Is"
        return text_token.isupper() or (len(letters) >= LONG_ACRONYM and text_token.istitle())
    return text_token[:1].isupper()
