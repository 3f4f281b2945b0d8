"""Where the reports of one incident disagree: each detail the members give differently, with who
gave what. An incident keeps every member's own date, place and type; nothing is averaged, and the
representative is only the most specific report, so a reader sees "date: 2019-02-17 (qrius.com) /
2019-02-18 (mercopress.com)" rather than one of them silently.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

#: The member fields compared, with the name a difference is shown under. Every member row of
#: ``Store.incidents`` carries them.
DETAILS = (("event_type", "type"), ("date_value", "date"), ("location_name", "place"))


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
                f"{value} ({', '.join(sorted(set(outlets)))})" for value, outlets in sorted(given.items())
            ]
            out.append(f"{label}: " + " / ".join(parts))
    return out
