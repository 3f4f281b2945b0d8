"""Which of a list of character spans overlap a range, found without scanning the whole list.

A look-up per mention that scans every span of the article (actors, quotes, places) makes a stage
quadratic in the length of the text (issue 10); this index answers the same question from the
spans near the range, in the list's own order, so that "the first span that overlaps" stays the
first one of the list whatever order the spans were made in.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class SpanIndex:
    """Positions in a list of ``(start, end)`` spans, queried by overlap with a character range."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = list(spans)
        self._order = sorted(range(len(self._spans)), key=lambda k: self._spans[k][0])
        self._starts = [self._spans[k][0] for k in self._order]
        #: no span is longer: one that ends after a range's start begins at most this far before it
        self._longest = max((end - start for start, end in self._spans), default=0)

    def overlapping(self, start: int, end: int) -> list[int]:
        """Positions of the spans overlapping ``[start, end)`` (``s < end and start < e``), ascending."""
        lo = bisect_right(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end)
        return sorted(k for k in self._order[lo:hi] if self._spans[k][1] > start)

    def holding(self, offset: int) -> list[int]:
        """Positions of the spans with ``s <= offset < e``, ascending."""
        return self.overlapping(offset, offset + 1)
