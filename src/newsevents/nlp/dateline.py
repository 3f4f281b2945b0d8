"""Is a name part of a dateline ("MANILA, Philippines –", "KYIV, March 3 —", "Hanoi (VNA) –")?

A dateline says where a report was filed, so its toponyms are places, whatever role the parse
gives them (spaCy often makes "KYIV" the subject of the first sentence). It is recognised by its
surface shape alone, looking at a few tokens around the name:

* it opens a paragraph, follows a byline "By", or is written in capitals (a dateline after a
  byline or photo credit on the same line);
* it is a run of capitalised words, commas, numbers and a parenthesised agency ("(AP)");
* it ends in a dash or colon before a capitalised word, or in the agency parenthesis.

A title-case list that carries on into prose ("Moscow, Tel Aviv and Washington agreed") has no
such ending, so it is not a dateline.
"""

from __future__ import annotations

from typing import Any

#: How many tokens a dateline may span on each side of the name; real ones are short.
MAX_TOKENS = 10
#: Fewest letters for a capitalised name to open a dateline anywhere; "US" or "UK" in capitals
#: is an abbreviation, not a dateline.
MIN_CAPS_LETTERS = 4


def _letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


def _is_caps(tok: Any) -> bool:
    return bool(tok.text.isupper() and _letters(tok.text) >= MIN_CAPS_LETTERS)


def _paragraph_start(tok: Any) -> bool:
    text: str = tok.doc.text
    i = tok.idx - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


def _part(tok: Any) -> bool:
    """A token a dateline may consist of: a capitalised word, comma or number."""
    return bool(tok.text == "," or tok.like_num or (tok.text[:1].isupper() and tok.is_alpha))


def _opens_sentence(doc: Any, i: int) -> bool:
    """Whether the report proper starts at token ``i``: a dateline is followed by a new sentence,
    an aside ("Russia – a key ally – vetoed") by lower-case words."""
    return i >= len(doc) or doc[i].text[:1].isupper() or doc[i].is_quote or doc[i].like_num


def is_dateline(head: Any, marks: frozenset[str]) -> bool:
    """Whether the name whose head token is ``head`` stands in a dateline ended by one of ``marks``."""
    doc = head.doc
    first = head.i
    sent_start = head.sent.start
    while first > sent_start and head.i - first < MAX_TOKENS and _part(doc[first - 1]):
        first -= 1
    byline = doc[first].lower_ == "by" and first < head.i
    if byline:
        first += 1
    opener = doc[first]
    opens = byline or _is_caps(opener) or _paragraph_start(opener)
    if not opens or not opener.text[:1].isupper():
        return False
    j = head.i + 1
    limit = min(len(doc), head.i + MAX_TOKENS)
    while j < limit:
        t = doc[j]
        # a mark must stand apart on one side at least: "DPRK-South Korea" is a compound name
        apart = bool(doc[j - 1].whitespace_ or t.whitespace_)
        glued = len(t.text) > 1 and t.text[-1] in marks and t.text[:-1].isupper()  # "SANA-"
        if (t.text in marks and apart) or glued:
            return _opens_sentence(doc, j + 1)
        if t.text == "(":
            close = next((k for k in range(j + 1, min(j + 4, len(doc))) if doc[k].text == ")"), None)
            if close is None:
                return False
            # "MEXICO CITY (AP) Mexico's Senate": the agency parenthesis ends the dateline
            return close + 1 >= len(doc) or doc[close + 1].text in marks or _is_caps(opener)
        if not _part(t):
            return False
        j += 1
    return False
