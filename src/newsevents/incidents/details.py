"""Where the reports of one incident disagree: each detail the members give differently, with who
gave what. An incident keeps every member's own date, place and type; nothing is averaged, and the
representative is only the most specific report, so a reader sees "date: 2019-02-17 (qrius.com) /
2019-02-18 (mercopress.com)" or "killed: 23 (a.example) / 40 (b.example)" rather than one of them
silently.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

#: The member fields compared, with the name a difference is shown under. Every member row of
#: ``Store.incidents`` carries them (``killed`` and ``injured``: the report's own figure, by the rule
#: of ``newsevents.magnitudes.totals.own_count``).
DETAILS = (
    ("event_type", "type"),
    ("date_value", "date"),
    ("location_name", "place"),
    ("killed", "killed"),
    ("injured", "injured"),
)

#: What ``Store.incidents`` adds to each incident from its members: the differences and the range of
#: the killed the reports give.
INCIDENT_DETAILS = ("differences", "killed_min", "killed_max")


def _in_order(value: str) -> tuple[int, str]:
    # Counts in numeric order ("9" before "12"); dates, places and types as text.
    return (int(value), "") if value.isdigit() else (-1, value)


def differences(members: Sequence[Mapping[str, Any]]) -> list[str]:
    """One line per detail the members give differently ("place: Delhi (qrius.com) / New Delhi
    (mercopress.com)"), in the order of :data:`DETAILS`; none when they all agree. A member that does
    not give the detail is left out: a report that says less contradicts nothing."""
    out = []
    for key, label in DETAILS:
        given: dict[str, list[str]] = {}
        for m in members:
            value = m.get(key)
            if value not in (None, ""):
                given.setdefault(str(value), []).append(str(m.get("outlet") or m.get("article_id")))
        if len(given) > 1:
            parts = [
                f"{value} ({', '.join(sorted(set(outlets)))})"
                for value, outlets in sorted(given.items(), key=lambda item: _in_order(item[0]))
            ]
            out.append(f"{label}: " + " / ".join(parts))
    return out


def killed_range(members: Sequence[Mapping[str, Any]]) -> tuple[int | None, int | None]:
    """The fewest and the most killed the member reports give (each its own figure), (None, None)
    when none gives one: the range an analyst reads, never an average."""
    told = [int(m["killed"]) for m in members if m.get("killed") is not None]
    return (min(told), max(told)) if told else (None, None)
