"""The records the deduplicated layouts (GDELT, ACLED) write: one per incident, read from the store.

GDELT and ACLED hold one record per real event with the number of its mentions, articles and sources;
an incident (``newsevents.incidents``) is that: its representative event stands for it, its counts are
its members'. A non-factual event (exported with ``--all``) is in no incident and is a record alone.
Only the store is read (``Store.export_events``, ``Store.incidents``), so an export never re-codes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from newsevents.flat import Row
from newsevents.incidents.reports import outlet_of
from newsevents.store import Store


@dataclass(frozen=True, slots=True)
class Report:
    """One real event as a deduplicated dataset records it."""

    event: Row  # the representative event's row (``Store.export_events``)
    n_mentions: int  # every mention in every article: members and their other mentions
    n_articles: int
    n_sources: int
    sources: list[str]  # the outlets, in the incident's order
    incident_id: str | None


def _mentions(row: Row) -> int:
    return 1 + len(row.get("mentions") or [])


def _outlet(row: Row) -> str:
    return outlet_of(row.get("article_url"), row.get("article_source"), str(row["article_id"]))


def reports(store: Store, include_all_modalities: bool = False) -> Iterator[Report]:
    """One report per incident, in the events' order of their representatives, then one per event in
    no incident. Incidents stale in a read-only store are merged for this read only (``Store.incidents``)."""
    events = {row["event_id"]: row for row in store.export_events(include_all_modalities)}
    by_representative: dict[str, Row] = {}
    grouped: set[str] = set()
    for incident in store.incidents():
        members = [m["event_id"] for m in incident["members"]]
        grouped.update(members)
        by_representative[incident["representative_event_id"]] = {**incident, "member_ids": members}
    for event_id, row in events.items():
        told = by_representative.get(event_id)
        if told is not None:
            yield Report(
                event=row,
                n_mentions=sum(_mentions(events[m]) for m in told["member_ids"] if m in events),
                n_articles=int(told["n_articles"]),
                n_sources=int(told["n_sources"]),
                sources=list(told["sources"] or []),
                incident_id=str(told["incident_id"]),
            )
        elif event_id not in grouped:
            yield Report(row, _mentions(row), 1, 1, [_outlet(row)], None)
