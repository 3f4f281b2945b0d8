"""One pass over the text for quotation marks: the spans of quoted speech, including multi-paragraph ones.

Conventions (those of news style, which PolNeAR also follows):

* A span runs from its opening mark to just after its closing mark, marks included.
* A paragraph that opens a quotation and does not close it, followed by a paragraph that opens with a
  quotation mark, continues the quotation: the span covers both paragraphs (and more, until one closes).
  A quotation left open with no continuation ends with its paragraph.
* Double marks (“ ” „ « », straight " and two apostrophes '') are tracked at the outer level.
  Single marks (‘ ’ and straight ') only count outside a double quotation and only where they cannot
  be apostrophes: an opening single mark must follow a space, a line start or an opening bracket or
  dash, a closing one must not be followed by a letter.
"""

from __future__ import annotations

from dataclasses import dataclass

OPEN_DOUBLE = frozenset("“„«")
CLOSE_DOUBLE = frozenset("”»")
OPEN_SINGLE = frozenset("‘")
CLOSE_SINGLE = frozenset("’")
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
TWO_SINGLES = "''"
ALL_OPENING = OPEN_DOUBLE | OPEN_SINGLE | {STRAIGHT_DOUBLE, STRAIGHT_SINGLE}
#: Characters after which a straight or single mark opens rather than closes.
_OPENING_CONTEXT = frozenset(" \t\n([{—–-/:") | OPEN_DOUBLE | {STRAIGHT_DOUBLE}


@dataclass(slots=True)
class Quoted:
    start: int  # the opening mark
    end: int  # just after the closing mark, or the end of the last paragraph when left open
    closed: bool
    single: bool
    paragraphs: int = 1


def _opens(text: str, i: int) -> bool:
    return i == 0 or text[i - 1] in _OPENING_CONTEXT


def _closes_single(text: str, i: int) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return not nxt.isalnum()


def scan_quotes(text: str) -> list[Quoted]:
    """Quoted spans of ``text`` in order; single-quoted spans only where no double quotation holds them."""
    out: list[Quoted] = []
    double_start = -1  # index of the open double mark, -1 when none is open
    single_start = -1
    paragraphs = 1
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        # Two apostrophes stand for a straight double mark in some wire and archive text (''Yes,'' he said).
        width = 2 if ch == STRAIGHT_SINGLE and text.startswith(TWO_SINGLES, i) else 1
        straight_double = ch == STRAIGHT_DOUBLE or width == 2
        if ch == "\n":
            if double_start >= 0:
                j = i
                while j < n and text[j].isspace():
                    j += 1
                if j < n and (
                    text[j] in OPEN_DOUBLE or text[j] == STRAIGHT_DOUBLE or text.startswith(TWO_SINGLES, j)
                ):
                    # The next paragraph reopens the same quotation: keep it open, skip its mark.
                    paragraphs += 1
                    i = j + (2 if text.startswith(TWO_SINGLES, j) else 1)
                    continue
                out.append(Quoted(double_start, _rstrip(text, i), False, False, paragraphs))
                double_start = -1
            if single_start >= 0:
                single_start = -1  # an unclosed single mark was an apostrophe or a typo
            paragraphs = 1
        elif double_start < 0 and (ch in OPEN_DOUBLE or (straight_double and _opens(text, i))):
            double_start = i
            single_start = -1
        elif double_start >= 0 and (ch in CLOSE_DOUBLE or straight_double):
            out.append(Quoted(double_start, i + width, True, False, paragraphs))
            double_start = -1
            paragraphs = 1
        elif double_start < 0:
            if single_start < 0 and (ch in OPEN_SINGLE or ch == STRAIGHT_SINGLE) and _opens(text, i):
                if i + 1 < n and text[i + 1].isalnum():
                    single_start = i
            elif (
                single_start >= 0
                and (ch in CLOSE_SINGLE or ch == STRAIGHT_SINGLE)
                and _closes_single(text, i)
                and text[i - 1] not in " \t"
            ):
                out.append(Quoted(single_start, i + 1, True, True))
                single_start = -1
        i += width
    if double_start >= 0:
        out.append(Quoted(double_start, _rstrip(text, n), False, False, paragraphs))
    out.sort(key=lambda q: q.start)
    return out


def _rstrip(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end
