"""The language of an article, detected offline with py3langid (its model ships inside the package).

The rules of newsevents read English only. An article is taken as not English only when that is
certain: most of its letters are in a script English does not use (Arabic, Cyrillic, CJK, ...), or,
in Latin script, the classifier is at least :data:`MIN_CONFIDENCE` sure over at least
:data:`MIN_LETTERS` letters. A short or mixed text is given the benefit of the doubt and coded,
because wrongly skipping an English article loses its events while coding a foreign one finds none.
"""

from __future__ import annotations

import json
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsevents.cache import Section, inputs_digest, load_or_build

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
    """py3langid's identifier with normalised probabilities, its model read from an index file.

    py3langid ships its model LZMA-compressed: decompressing it costs about 0.4 s of CPU in every
    process and holds its 68 MB in each. The index file (``newsevents.cache``) keeps the decompressed
    arrays, which are mapped, shared between processes and read only where a text's n-grams lead.
    """
    import numpy as np
    import py3langid
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    model = Path(MODEL_DIR) / MODEL_FILE
    parts = [f"langid sections {LANGID_LAYOUT}", f"py3langid {py3langid.__version__}"]
    index = load_or_build("langid", inputs_digest(parts, [model]), lambda: _langid_sections(model))
    meta = index.json("meta")
    ptc = np.frombuffer(index.data("ptc"), dtype=np.float16).reshape(meta["ptc_shape"])
    pc = np.frombuffer(index.data("pc"), dtype=np.float32)
    return LanguageIdentifier(
        ptc,
        pc,
        meta["classes"],
        index.ints("nextmove", "I"),
        index.ints("output", "i"),
        norm_probs=True,
        tk_row=index.ints("row", "I"),
    )


#: The layout of the language model's sections; a change to it makes older files stale.
LANGID_LAYOUT = 1


def _langid_sections(model: Path) -> dict[str, Section]:
    """The decompressed arrays of py3langid's model, as its own loader returns them."""
    import numpy as np
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, output = load_model(model)
    ptc = np.ascontiguousarray(ptc, dtype=np.float16)
    meta = {"ptc_shape": list(ptc.shape), "classes": list(classes)}
    return {
        "ptc": Section("bytes", ptc.tobytes()),
        "pc": Section("bytes", np.ascontiguousarray(pc, dtype=np.float32).tobytes()),
        "nextmove": Section("I", array("I", nextmove).tobytes()),
        "row": Section("I", array("I", row).tobytes()),
        "output": Section("i", array("i", output).tobytes()),
        "meta": Section("bytes", json.dumps(meta).encode()),
    }


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
