"""Whole-document views of a spaCy ``Doc`` (its text, its entities), computed once per Doc.

spaCy rebuilds ``Doc.text`` and ``Doc.ents`` on every access by walking every token, and ``Span.ents``
walks all the Doc's entities: one such access per mention or per sentence makes a stage quadratic in
the length of the text (issue 10: on a 160,000-character text the actors and places stages spent most
of their time there). The views live in the Doc's own ``user_data``, so they go when the Doc goes: they
hold the Doc's entity spans, and each span holds its Doc, so a table outside the Doc, even a weak-keyed
one, kept every Doc alive (a worker coding thousands of articles grew by about 0.3 MB an article).
They assume the Doc is not edited after parsing, which no stage does.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass
class _Views:
    text: str | None = None
    ents: tuple[Any, ...] | None = None
    #: token starts, character starts and character ends of ``ents``, in order (entities do not
    #: overlap, so each of the three is sorted)
    starts: list[int] = field(default_factory=list)
    start_chars: list[int] = field(default_factory=list)
    end_chars: list[int] = field(default_factory=list)


#: The key of the views in ``Doc.user_data`` (a tuple, as spaCy's own extension keys are, so that no
#: user's string key can clash with it).
_KEY = ("newsevents", "doc_views", None, None)


def _views(sdoc: Any) -> _Views:
    views = sdoc.user_data.get(_KEY)
    if not isinstance(views, _Views):
        views = sdoc.user_data[_KEY] = _Views()
    return views


def release(sdoc: Any) -> None:
    """Drop ``sdoc``'s views. The views and the Doc form a cycle (view → span → Doc → user_data), so
    without this a dropped Doc waits for the cyclic collector's next full pass: a worker coding batch
    after batch held up to ~150 MB of parsed Docs between passes (peak RSS 622 MB after 5,000
    articles). Released, the Doc is freed the moment its last reference goes."""
    sdoc.user_data.pop(_KEY, None)


def doc_text(sdoc: Any) -> str:
    """``sdoc.text``, built once."""
    views = _views(sdoc)
    if views.text is None:
        views.text = sdoc.text
    return views.text


def entities(sdoc: Any) -> tuple[Any, ...]:
    """``sdoc.ents``, built once."""
    views = _views(sdoc)
    if views.ents is None:
        views.ents = tuple(sdoc.ents)
        views.starts = [e.start for e in views.ents]
        views.start_chars = [e.start_char for e in views.ents]
        views.end_chars = [e.end_char for e in views.ents]
    return views.ents


def entity_at(sdoc: Any, i: int) -> Any | None:
    """The entity holding token ``i``, or None."""
    ents = entities(sdoc)
    k = bisect_right(_views(sdoc).starts, i) - 1
    return ents[k] if k >= 0 and i < ents[k].end else None


def entities_within(sdoc: Any, start: int, end: int) -> list[Any]:
    """The entities wholly inside tokens ``[start, end)``, in order: ``sdoc[start:end].ents``."""
    ents = entities(sdoc)
    out = []
    for k in range(bisect_left(_views(sdoc).starts, start), len(ents)):
        if ents[k].end > end:
            break
        out.append(ents[k])
    return out


def entities_between(sdoc: Any, start_char: int, end_char: int) -> list[Any]:
    """The entities wholly inside characters ``[start_char, end_char)``, in order."""
    ents = entities(sdoc)
    views = _views(sdoc)
    return list(ents[bisect_left(views.start_chars, start_char) : bisect_right(views.end_chars, end_char)])


def entities_back_from(sdoc: Any, end_char: int) -> Iterator[Any]:
    """The entities ending at or before character ``end_char``, the latest first, lazily."""
    ents = entities(sdoc)
    for k in range(bisect_right(_views(sdoc).end_chars, end_char) - 1, -1, -1):
        yield ents[k]
