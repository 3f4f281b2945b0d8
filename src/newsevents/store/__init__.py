"""Storage of event data in DuckDB: runs, articles, mentions, quotes, events and failures.

>>> with Store("events.duckdb") as store:
...     run_id = store.start_run(pipeline.resolved())
...     store.write(doc, run_id)
...     store.finish_run(run_id)
...     store.events(types="ASSAULT", country="UKR", since="2025-11")
"""

from __future__ import annotations

from newsevents.store.db import Store
from newsevents.store.export import FORMATS

__all__ = ["FORMATS", "Store"]
