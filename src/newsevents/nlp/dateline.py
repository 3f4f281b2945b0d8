"""Datelines ("MANILA, Philippines –", "KYIV, March 3 —", "Hanoi (VNA) –"): the one place that knows
their shape.

A dateline says where a report was filed, so its toponyms are places, whatever role the parse
gives them (spaCy often makes "KYIV" the subject of the first sentence), and it is no part of the
sentence it opens (the words a cue reports, the subject of the first verb). It is recognised by its
surface shape alone, looking at a few tokens around a name:

* it opens a paragraph, follows a byline "By", or is written in capitals (a dateline after a
  byline or photo credit on the same line);
* it is a run of capitalised words or abbreviations, commas, numbers and slashes, and a
  parenthesised agency ("(AP)", "(The Associated Press)");
* it ends in a dash or colon before the report proper, or in the agency parenthesis.

A title-case list that carries on into prose ("Moscow, Tel Aviv and Washington agreed") has no
such ending, so it is not a dateline. The marks that end one are data (``dateline_mark`` rows of
``knowledge/actors/metonymy.tsv``, read by :func:`load_marks`); every caller passes the set it was given.

Public: :func:`is_dateline` (is this token part of the name in a dateline), :func:`dateline_span`
(its token range) and :func:`dateline_end` (where a dateline opening a span ends).
"""

from __future__ import annotations

from typing import Any

from newsevents.knowledge import packaged, read_tsv

#: How many tokens a dateline may span on each side of the name; real ones are short.
MAX_TOKENS = 10
#: Fewest letters for a capitalised name to open a dateline anywhere; "US" or "UK" in capitals
#: is an abbreviation, not a dateline.
MIN_CAPS_LETTERS = 4
#: Most tokens inside an agency parenthesis: "(AP)", "(The Associated Press)".
MAX_AGENCY_TOKENS = 4
#: Most letters of an abbreviation in a dateline: "Sept. 24", "D.C.", "Calif." (AP state names).
MAX_ABBREVIATION_LETTERS = 5
#: Most letters of a word whose full stop the tokenizer split off ("ST. PETERSBURG", "W.Va. --"):
#: fewer, as a stop after "GAZA." ends a sentence.
MAX_SPLIT_ABBREVIATION_LETTERS = 3
#: Dashes no compound name is written with, so they end a dateline even with no space around.
UNJOINING_MARKS = frozenset({"—", "--"})
MARK_FILE = "actors/metonymy.tsv"
MARK_TYPE = "dateline_mark"


def load_marks() -> frozenset[str]:
    """The packaged punctuation that ends a dateline."""
    rows = read_tsv(packaged(MARK_FILE), ("cue", "type"))
    return frozenset(row["cue"] for row in rows if row["type"] == MARK_TYPE)


def _letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


def _is_caps(tok: Any) -> bool:
    return bool(tok.text.isupper() and _letters(tok.text) >= MIN_CAPS_LETTERS)


def _paragraph_start(tok: Any) -> bool:
    # Walks tokens, not ``doc.text``: spaCy rebuilds that string on every access, which made this
    # check cost as much as the parse. Runs of blanks are whitespace tokens; a newline ends a line.
    doc = tok.doc
    j = tok.i - 1
    while j >= 0 and doc[j].is_space:
        if "\n" in doc[j].text:
            return True
        j -= 1
    return j < 0 or "\n" in doc[j].whitespace_


def _abbreviation(text: str, most: int) -> bool:
    """ "Sept.", "D.C.", "W.Va": a capitalised word of at most ``most`` letters with full stops."""
    letters = text.replace(".", "")
    return bool("." in text and text[:1].isupper() and letters.isalpha() and len(letters) <= most)


def _part(tok: Any) -> bool:
    """A token a dateline may consist of: a capitalised word or abbreviation, comma, number, or the
    slash of "NEW YORK/LONDON" and the stop the tokenizer split off "ST." ."""
    text: str = tok.text
    if text == "," or tok.like_num or (text[:1].isupper() and tok.is_alpha):
        return True
    if _abbreviation(text, MAX_ABBREVIATION_LETTERS):
        return True
    if text not in ("/", ".") or tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    if text == "/":
        return bool(before.text[:1].isupper())
    return bool(not before.whitespace_ and _abbreviation(before.text + ".", MAX_SPLIT_ABBREVIATION_LETTERS))


def _opens_sentence(doc: Any, i: int) -> bool:
    """Whether the report proper starts at token ``i``: a dateline is followed by a new sentence,
    an aside ("Russia – a key ally – vetoed") by lower-case words."""
    return i >= len(doc) or doc[i].text[:1].isupper() or doc[i].is_quote or doc[i].like_num


def _closing(doc: Any, open_i: int) -> int | None:
    """Index of the ")" (alone, glued to a mark: "):", or glued to the agency and a mark: "RHC)--")
    closing the agency parenthesis at ``open_i``."""
    for k in range(open_i + 1, min(open_i + MAX_AGENCY_TOKENS + 2, len(doc))):
        if doc[k].text.startswith(")") or (")" in doc[k].text and doc[k].text.rstrip(")-–—:").isalpha()):
            return k
    return None


def _after_paren(text: str) -> str:
    """What a closing-parenthesis token carries after its ")": "" for ")", ":" for "):"."""
    return text.partition(")")[2]


def _end(doc: Any, j: int, caps: bool, marks: frozenset[str]) -> int | None:
    """Scanning on from token ``j``: the index just after the dateline's end, or None when the
    words that follow are no dateline. ``caps``: the name so far is written in capitals."""
    limit = min(len(doc), j + MAX_TOKENS - 1)
    while j < limit:
        t = doc[j]
        # a hyphen or en dash must stand apart on one side at least: "DPRK-South Korea" and
        # "Israel–Hamas" are compound names; "MANILA—Police", "Cebu City--Police" are datelines
        apart = bool(doc[j - 1].whitespace_ or t.whitespace_) or t.text in UNJOINING_MARKS
        glued = len(t.text) > 1 and t.text[-1] in marks and t.text[:-1].isupper()  # "SANA-"
        if (t.text in marks and apart) or glued:
            return j + 1 if _opens_sentence(doc, j + 1) else None
        if t.text == "(":
            close = _closing(doc, j)
            if close is None:
                return None
            after = close + 1
            if _after_paren(doc[close].text) in marks:  # "(Pajhwok):" as one "):", "(RHC)--"
                return after
            if after < len(doc) and doc[after].text in marks:
                return after + 1
            # "MEXICO CITY (AP) Mexico's Senate": the agency parenthesis ends the dateline
            return after if after >= len(doc) or caps else None
        if not _part(t):
            return None
        j += 1
    return None


def _caps_name(doc: Any, first: int) -> bool:
    """Whether the run of dateline words from ``first`` holds a name in capitals."""
    k = first
    while k < len(doc) and k - first < MAX_TOKENS and _part(doc[k]):
        if _is_caps(doc[k]):
            return True
        k += 1
    return False


def dateline_span(tok: Any, marks: frozenset[str]) -> tuple[int, int] | None:
    """Token range ``[first, end)`` of the dateline ``tok`` stands in, the closing mark or agency
    parenthesis included; None when ``tok`` is in none. ``first`` skips a byline "By"."""
    if tok.is_punct:
        return None  # a stop or comma names nothing; "GAZA. Officials – two –" is no dateline
    doc = tok.doc
    first = tok.i
    sent_start = tok.sent.start
    while first > sent_start and tok.i - first < MAX_TOKENS and _part(doc[first - 1]):
        first -= 1
    byline = doc[first].lower_ == "by" and first < tok.i
    if byline:
        first += 1
    opener = doc[first]
    # "ST. PARIS —" after a headline on the same line: a name in capitals makes it a dateline
    caps = _caps_name(doc, first)
    if not (byline or caps or _paragraph_start(opener)) or not opener.text[:1].isupper():
        return None
    end = _end(doc, tok.i + 1, caps, marks)
    return None if end is None else (first, end)


def is_dateline(tok: Any, marks: frozenset[str]) -> bool:
    """Whether ``tok`` (a name's head, or any word of the dateline before its end) stands in a
    dateline ended by one of ``marks``."""
    return dateline_span(tok, marks) is not None


def dateline_end(doc: Any, start: int, marks: frozenset[str]) -> int:
    """Index of the first token after a dateline that token ``start`` opens or stands in; ``start``
    itself when there is none ("PRISTINA, Sept. 24 (AP) — Police said" → the index of "Police")."""
    if start >= len(doc):
        return start
    span = dateline_span(doc[start], marks)
    return start if span is None else max(start, span[1])
