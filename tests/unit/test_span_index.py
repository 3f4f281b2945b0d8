"""SpanIndex answers what a scan of every span would, in the list's own order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsevents.span_index import SpanIndex

spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1])), max_size=30
)


@given(spans, st.integers(-5, 80), st.integers(0, 15))
def test_overlapping_is_the_scan_of_every_span(items: list[tuple[int, int]], start: int, width: int) -> None:
    end = start + width
    expected = [k for k, (s, e) in enumerate(items) if s < end and start < e]
    assert SpanIndex(items).overlapping(start, end) == expected


@given(spans, st.integers(-5, 80))
def test_holding_is_the_scan_of_every_span(items: list[tuple[int, int]], offset: int) -> None:
    assert SpanIndex(items).holding(offset) == [k for k, (s, e) in enumerate(items) if s <= offset < e]


def test_the_first_span_of_the_list_comes_first_whatever_its_start() -> None:
    index = SpanIndex([(10, 20), (0, 30), (12, 14)])
    assert index.overlapping(13, 14) == [0, 1, 2]
    assert index.overlapping(25, 26) == [1]
    assert index.overlapping(30, 40) == []  # ends are exclusive
    assert SpanIndex([]).overlapping(0, 10) == []
