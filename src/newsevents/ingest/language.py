"""The language of an article, detected offline with py3langid (its model ships inside the package).

The rules of newsevents read English only. An article is taken as not English only when that is
certain: most of its letters are in a script English does not use (Arabic, Cyrillic, CJK, ...), or,
in Latin script, the classifier is at least :data:`MIN_CONFIDENCE` sure over at least
:data:`MIN_LETTERS` letters. A short or mixed text is given the benefit of the doubt and coded,
because wrongly skipping an English article loses its events while coding a foreign one finds none.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Characters of the text the classifier reads: its n-gram counts are stable long before this, and
#: the cost stays constant for long articles.
SAMPLE_CHARS = 5000
#: Fewer letters than this are too few to call a Latin-script text foreign: py3langid gives "nl"
#: at 0.15 for "Putin met Erdogan in Sochi." and "sk" for a list of Ukrainian place names.
MIN_LETTERS = 200
#: The normalised probability above which a Latin-script text is taken as foreign (French and German
#: news sentences score 0.9-1.0; English headlines of names 0.06-0.7).
MIN_CONFIDENCE = 0.9
#: Share of letters outside Latin script above which a text is not English whatever the classifier says.
FOREIGN_SCRIPT_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # ISO 639-1 as py3langid names it ("en", "ar", "ru"); "und" when undetermined
    confidence: float
    english: bool  # whether the English rules should code the article


def load_identifier() -> Any:
    """py3langid's identifier with normalised probabilities (about 0.2 s, once per process)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str, identifier: Any) -> Language:
    sample = text[:SAMPLE_CHARS]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return Language("und", 0.0, True)
    code, confidence = identifier.classify(sample)
    code, confidence = str(code), float(confidence)
    foreign_script = sum(1 for c in letters if not _latin(c)) / len(letters) > FOREIGN_SCRIPT_SHARE
    if foreign_script:
        return Language(code if code != "en" else "und", confidence, False)
    if code != "en" and (len(letters) < MIN_LETTERS or confidence < MIN_CONFIDENCE):
        return Language("und", confidence, True)
    return Language(code, confidence, code == "en")


def _latin(char: str) -> bool:
    # Basic Latin, Latin-1, Latin Extended A/B and Additional: what English and its names are written in.
    return char < "\u0250" or "\u1e00" <= char <= "\u1eff"
