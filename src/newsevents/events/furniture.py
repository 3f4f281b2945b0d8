"""Page furniture the coder reads no event in: the headlines of other stories a page lists (after a
"Read more" or "Related" line, or as a run of headline-shaped lines after the article has begun) and
photo captions that end in a picture credit. Each line found carries the reason it was taken for
furniture; the words that tell it are data (``knowledge/events/page_furniture.tsv``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from newsevents.knowledge import read_word_lists

KINDS = ("list_opener", "article", "credit_label")
#: A caption's credit closes its line: "[Name/Agency]" or "(Agency/Photographer)", the agency's name
#: sometimes glued after the bracket ("(AP Photo/Jane Roe)AP"); the slash tells a credit from a
#: parenthesised remark. A caption describes a picture, the body tells the event.
_BRACKET_CREDIT = re.compile(r"[\[(][^\[\]()\n]*/[^\[\]()\n]*[\])][A-Za-z]{0,12}\s*$")
#: A credit after the caption's last full stop: capitalised names on both sides of a slash, the
#: photographer and the agency in either order ("... on Sunday. Jane Roe /AFP", "REUTERS/Jane Roe",
#: "Jane Roe/Getty Images"). Prose does not end a paragraph on a name after its full stop.
_NAME = r"[A-Z][\w'.-]*"
_SLASH_CREDIT = re.compile(
    rf"[.!?][\"”’)]?\s+{_NAME}(?:\s+{_NAME}){{0,3}}\s*/\s*{_NAME}(?:\s+{_NAME}){{0,2}}\s*$"
)
#: A labelled credit ("Picture: Agency", "(Photo: Agency)") closing the line: the label, a colon and
#: a few words with no sentence inside them.
_LABEL_CREDIT = r"(?:^|[\s(\[])(?:{labels})\s*:\s*[^:.!?\n]{{1,60}}[)\]]?\s*$"
#: Marks that end a sentence, closing quotes included: a listed headline carries none, a body
#: paragraph after the list does, and ends the list.
_SENTENCE_END = (".", "!", "?", '"', "\u201d", "'", "\u2019")
#: The end of a line of prose: a full stop, question or exclamation mark, closing quotes and brackets
#: after it. A headline that is a quotation ends on a quote after a word ("Rebels 'ready to talk'").
_PROSE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")
#: Longer than this, a line is a paragraph, not a listed headline (real headlines stay well under 20
#: words).
MAX_TITLE_WORDS = 20
#: Fewer words than this make no headline of another story in a run without an opener: section names,
#: "Watch", and the two words a truncated last paragraph may end on.
MIN_TITLE_WORDS = 3
#: A line ending like a sentence with at least this many words is a paragraph of the article: only
#: after one does a run of headline-shaped lines list other stories (before it stand the article's
#: own headline, kicker and standfirst, which the headline handling reads).
MIN_PARAGRAPH_WORDS = 8
#: At least this many headline-shaped lines in a row, with no opener, make a list of other stories;
#: one alone may be the article's own subheading.
MIN_RUN = 2


@dataclass(frozen=True, slots=True)
class FurnitureWords:
    """The words of ``page_furniture.tsv`` by kind."""

    list_openers: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    credit_labels: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: Path) -> FurnitureWords:
        words = read_word_lists(path, "word", "kind", KINDS)
        return cls(
            list_openers=frozenset(words["list_opener"]),
            articles=frozenset(words["article"]),
            credit_labels=frozenset(words["credit_label"]),
        )


@dataclass(frozen=True, slots=True)
class Furniture:
    """A line of page furniture: its character span and why it was taken for furniture."""

    start: int
    end: int
    reason: str
    caption: bool = False


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """The non-blank lines of ``text`` with their spans, stripped."""
    at = 0
    for line in text.split("\n"):
        start, end = at, at + len(line)
        at = end + 1
        if line.strip():
            yield start, end, line.strip()


class _Shapes:
    """What a line looks like, with the words of one lexicon."""

    def __init__(self, words: FurnitureWords) -> None:
        self.words = words
        longest_first = sorted(words.credit_labels, key=len, reverse=True)
        labels = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in longest_first)
        self.label_credit = re.compile(_LABEL_CREDIT.format(labels=labels), re.IGNORECASE) if labels else None

    def credit(self, body: str) -> bool:
        """The line ends in a picture credit."""
        if _BRACKET_CREDIT.search(body) or _SLASH_CREDIT.search(body):
            return True
        return self.label_credit is not None and self.label_credit.search(body) is not None

    @staticmethod
    def title_like(body: str) -> bool:
        """No sentence-ending punctuation and no more words than a headline has."""
        return not body.endswith(_SENTENCE_END) and len(body.split()) <= MAX_TITLE_WORDS

    def headlinese(self, body: str) -> bool:
        """A title-like line written as a headline: capitalised, a few words, and none of them an
        article ("Army chief denies talks with opposition")."""
        tokens = re.findall(r"[^\W\d_]+", body.lower())
        return (
            not _PROSE_END.search(body)
            and len(body.split()) in range(MIN_TITLE_WORDS, MAX_TITLE_WORDS + 1)
            and (body[0].isupper() or body[0].isdigit() or not body[0].isalnum())
            and not any(t in self.words.articles for t in tokens)
        )


def _headline_runs(items: list[tuple[int, int, bool]]) -> list[Furniture]:
    """The lines of ``items`` (span, headline-shaped or not, in text order, after the article has
    begun) that list other stories: runs of at least ``MIN_RUN`` headline-shaped lines, and a teaser
    sentence standing alone between two such runs (a list whose items are a title and a blurb)."""
    runs: list[list[int]] = []
    for k, (_, _, head) in enumerate(items):
        if head and runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        elif head:
            runs.append([k])
    runs = [r for r in runs if len(r) >= MIN_RUN]
    listed = {k: "one of a run of headlines of other stories" for r in runs for k in r}
    for before, after in pairwise(runs):
        if after[0] - before[-1] == 2:
            listed[before[-1] + 1] = "a teaser between headlines of other stories"
    return [Furniture(items[k][0], items[k][1], why) for k, why in sorted(listed.items())]


def _caption_copies(text: str, found: list[Furniture]) -> list[Furniture]:
    """Lines that repeat a credited caption without its credit: a page gives a picture's caption
    twice (as the picture's text and under it), the credit only once."""
    captions = [" ".join(text[f.start : f.end].split()) for f in found if f.caption]
    if not captions:
        return []
    taken = {(f.start, f.end) for f in found}
    copies: list[Furniture] = []
    for start, end, body in _lines(text):
        words = " ".join(body.split())
        if (
            (start, end) not in taken
            and len(words.split()) >= MIN_TITLE_WORDS
            and any(c != words and c.startswith(words) for c in captions)
        ):
            copies.append(Furniture(start, end, "a copy of a photo caption", caption=True))
    return copies


def furniture_lines(text: str, words: FurnitureWords) -> list[Furniture]:
    """The page-furniture lines of ``text``, in order, each with its reason."""
    shapes = _Shapes(words)
    found: list[Furniture] = []
    listing = False
    begun = False
    #: the lines after the article's first paragraph that no other rule took, and whether each is
    #: headline-shaped
    rest: list[tuple[int, int, bool]] = []
    for start, end, body in _lines(text):
        if not any(c.isalpha() for c in body):
            continue  # a video's running time ("01:26") or a rule between the items of a list
        key = body.rstrip(":").strip().lower()
        label, colon, title = body.partition(":")
        if key in words.list_openers:
            listing = True
            found.append(Furniture(start, end, f"opens a list of other stories ({body!r})"))
            rest.append((start, end, False))
        elif colon and label.strip().lower() in words.list_openers and shapes.title_like(title.strip()):
            listing = False  # "See also: Rebels seize border town", one story on the opener's line
            found.append(Furniture(start, end, f"a headline after {label.strip()!r} on its line"))
            rest.append((start, end, False))
        elif listing and shapes.title_like(body):
            found.append(Furniture(start, end, "a headline listed after a list opener"))
            rest.append((start, end, False))
        elif shapes.credit(body):
            listing = False
            found.append(Furniture(start, end, "a photo caption ending in a credit", caption=True))
            rest.append((start, end, False))
        else:
            listing = False
            if begun:
                rest.append((start, end, shapes.headlinese(body)))
            elif _PROSE_END.search(body) and len(body.split()) >= MIN_PARAGRAPH_WORDS:
                begun = True
    taken = {(f.start, f.end) for f in found}
    found += [f for f in _headline_runs(rest) if (f.start, f.end) not in taken]
    found += _caption_copies(text, found)
    found.sort(key=lambda f: f.start)
    return found
