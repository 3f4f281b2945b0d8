"""The layouts of other event datasets, written from a store: a GDELT 2.0 event table, an ACLED-style
CSV and a POLECAT-style JSON Lines file (docs/EXPORTS.md: every column's mapping and what is lost).

Only the store is read, through its read-only queries: any store can be exported again, in any layout,
without coding anything again.
"""

from __future__ import annotations

from pathlib import Path

from newsevents.errors import NewsEventsError
from newsevents.exports import acled, gdelt, polecat
from newsevents.exports.reports import reports
from newsevents.exports.tables import load_tables
from newsevents.store import Store

#: The layouts, by the name ``newsevents export --format`` takes.
LAYOUTS: tuple[str, ...] = ("gdelt", "acled", "polecat")


def export_layout(store: Store, path: str | Path, layout: str, include_all_modalities: bool = False) -> int:
    """Write the store's events in ``layout`` to ``path``; returns the records written. Facts only
    unless ``include_all_modalities``."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if layout == "polecat":
            return polecat.write(target, store.export_events(include_all_modalities))
        tables = load_tables()
        found = reports(store, include_all_modalities)
        if layout == "gdelt":
            return gdelt.write(target, found, tables)
        if layout == "acled":
            return acled.write(target, found, tables)
    except OSError as exc:
        raise NewsEventsError("E131", path=target, detail=exc) from exc
    raise NewsEventsError("E210", fmt=layout)


__all__ = ["LAYOUTS", "export_layout"]
