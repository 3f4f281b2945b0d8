"""An event's own figure of one kind of count (its killed, its injured, ...) from the counts it is told
with: the one rule that the ACLED export's ``fatalities``, ``/stats``' sums and the differences between
an incident's reports all use. ``newsevents.store.magnitude_sql`` states the same rule in SQL, for
DuckDB to apply over a whole store; a test keeps the two in agreement."""

from __future__ import annotations


def figure(count: dict[str, object]) -> int | None:
    """A count's figure: its best estimate, else its low bound (UCDP's convention, as ACLED's)."""
    value = count.get("best")
    if value is None:
        value = count.get("low")
    return int(value) if isinstance(value, int | float) else None


def own_count(magnitudes: object, kind: str) -> int | None:
    """The ``kind`` (``killed``, ``injured``, ...) an event is told with, or None (never 0: no count
    is not "nobody died").

    Running tolls ("the war has killed 20,000") are never an event's own. Counts of different sides
    ("five soldiers and three civilians were killed") add up; otherwise the counts restate one figure
    ("at least 40 people were killed ... the 40 dead included 12 children") and the largest is taken.
    A count with neither a best estimate nor a low bound ("up to 40" alone) gives no figure.
    """
    counts = magnitudes if isinstance(magnitudes, list) else []
    own = [m for m in counts if isinstance(m, dict) and m.get("kind") == kind and not m.get("cumulative")]
    known = [(m.get("side"), n) for m in own if (n := figure(m)) is not None]
    if not known:
        return None
    sides = {side for side, _ in known}
    if len(sides) == len(known) and None not in sides:
        return sum(n for _, n in known)
    return max(n for _, n in known)
