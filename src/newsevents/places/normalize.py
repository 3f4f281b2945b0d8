"""One normal form for place names, used on both sides of every gazetteer lookup.

Casefolded; diacritics stripped; apostrophes, dots and ayn/hamza marks dropped ("U.S." is "us");
hyphens turned into spaces; the Arabic article ("al-", "el-", "ad-", ...) and English "the" dropped
from the front; common abbreviations ("St.", "Ft.", "Mt.") spelled out. So "Dar‘ā", "Dar'a" and
"Daraa" differ only where transliteration does ("dara" vs "daraa"); those are covered by the
gazetteer's alternate names.

The articles and abbreviations are data (``knowledge/places/normal_forms.tsv``), read once when this
module is imported: the gazetteer's index and every lookup must share one normal form, so unlike the
stages' cue words it is not a per-pipeline object.
"""

from __future__ import annotations

import unicodedata

from newsevents.errors import NewsEventsError
from newsevents.knowledge import packaged, read_tsv

_DROP = {ord(c): None for c in ".'’‘`´ʿʾʼ\u02bb\u02bc\"“”"}
_SPACE = {ord(c): " " for c in "-‐‑‒–—/,()"}
NORMAL_FORMS_FILE = "places/normal_forms.tsv"


def _read_normal_forms() -> tuple[frozenset[str], dict[str, str]]:
    """The Arabic articles and the abbreviations with their expansions."""
    path = packaged(NORMAL_FORMS_FILE)
    rows = list(read_tsv(path, ("word", "kind", "expansion")))
    for row in rows:
        known = row["kind"] == "arabic_article" or (row["kind"] == "abbreviation" and row["expansion"])
        if not known:
            raise NewsEventsError("E205", path=path, detail=f"bad kind or expansion of {row['word']!r}")
    articles = frozenset(row["word"] for row in rows if row["kind"] == "arabic_article")
    expansions = {row["word"]: row["expansion"] for row in rows if row["kind"] == "abbreviation"}
    return articles, expansions


#: The Arabic definite article in its assimilated transliterations.
ARABIC_ARTICLES, _ABBREVIATIONS = _read_normal_forms()
_ARTICLES = ARABIC_ARTICLES | {"the"}


def normalise(name: str) -> str:
    """The lookup key of ``name``; empty when nothing letter-like is left."""
    text = name.casefold()
    if not text.isascii():  # the decomposition is the slow part; most names do not need it
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_DROP).translate(_SPACE)
    words = text.split()
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin once diacritics are stripped (news is English)."""
    stripped = unicodedata.normalize("NFKD", name)
    return all(ord(c) < 0x250 or unicodedata.combining(c) for c in stripped if c.isalpha())
