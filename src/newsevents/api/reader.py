"""The one read-only store an app serves, used by one request at a time.

A DuckDB connection is not safe to use from two threads at once, and the endpoints run in a thread
pool: a lock serialises them. The store is opened read-only, so no request can write; while the app
holds it, DuckDB lets no ingest open the file for writing either, so the data cannot change under it,
and the incidents are brought up to date once, at start (in temporary tables when stale).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsevents.actors.dictionary import Entry, read_all
from newsevents.store import Store


class StoreReader:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._store = Store(path, read_only=True)  # E212 when missing, E207 when locked or not a store
        try:
            self._store.refresh_incidents()
            #: The packaged actor dictionary, searched by /actors.
            self.entries: dict[str, Entry] = read_all()
        except BaseException:
            self._store.close()
            raise
        self._lock = threading.Lock()

    @contextmanager
    def store(self) -> Iterator[Store]:
        with self._lock:
            yield self._store

    def close(self) -> None:
        with self._lock:
            self._store.close()
