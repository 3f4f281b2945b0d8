"""Page furniture the coder reads no event in: the headlines of other stories a page lists after a
"Read more" or "Related" line, and photo captions that end in a picture credit."""

from __future__ import annotations

import re
from collections.abc import Collection

#: A caption's credit closes its line: "[Name/Agency]" or "(Agency/Photographer)"; the slash tells a
#: credit from a parenthesised remark. A caption describes a picture, the body tells the event.
_CREDIT = re.compile(r"[\[(][^\[\]()\n]*/[^\[\]()\n]*[\])]\s*$")
#: Marks that end a sentence, closing quotes included: a listed headline carries none, a body
#: paragraph after the list does, and ends the list.
_SENTENCE_END = (".", "!", "?", '"', "\u201d", "'", "\u2019")
#: Longer than this, a line after a marker is a paragraph, not a listed headline (real headlines
#: stay well under 20 words).
MAX_TITLE_WORDS = 20


def furniture_spans(text: str, markers: Collection[str]) -> list[tuple[int, int]]:
    """Character spans of the page-furniture lines of ``text``."""
    spans: list[tuple[int, int]] = []
    listing = False
    at = 0
    for line in text.split("\n"):
        start, end = at, at + len(line)
        at = end + 1
        body = line.strip()
        if not body:
            continue
        key = body.rstrip(":").strip().lower()
        if key in markers:
            listing = True
            spans.append((start, end))
        elif listing and not body.endswith(_SENTENCE_END) and len(body.split()) <= MAX_TITLE_WORDS:
            spans.append((start, end))
        elif _CREDIT.search(body):
            listing = False
            spans.append((start, end))
        else:
            listing = False
    return spans
