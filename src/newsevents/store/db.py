"""The :class:`Store`: one DuckDB file holding runs, articles, everything found in them, and failures."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from newsevents.actors.dictionary import Entry
from newsevents.errors import NewsEventsError, describe
from newsevents.flat import Row
from newsevents.ids import content_id
from newsevents.incidents import group_incidents
from newsevents.incidents.details import differences, killed_range
from newsevents.model import FACTUAL_MODALITIES, Document, Failure
from newsevents.store import actor_search, incident_rows, magnitude_sql, stats
from newsevents.store import export as exporters
from newsevents.store.query import ACTOR_SEARCH_SQL, EventFilter, make_filter, where
from newsevents.store.records import document_rows, from_values, to_values
from newsevents.store.schema import (
    ADDED_COLUMNS,
    ARTICLE_COLUMNS,
    ARTICLE_TABLES,
    EVENT_COLUMNS,
    INCIDENT_COLUMNS,
    QUOTE_COLUMNS,
    SCHEMA_VERSION,
    TABLES,
    Columns,
    ddl,
    names,
    quoted,
)

#: Rows per INSERT statement: large enough that a batch of articles goes in a few statements, small
#: enough to bound the memory of the parameter lists.
_ROWS_PER_INSERT = 5000
#: Documents per transaction in :meth:`Store.write_many`. Each commit of a file database costs about
#: 20 ms; with 50 documents per commit, 1000 synthetic 20-event articles took 2-4 ms each to write
#: instead of ~25 ms with one commit each (2-core development machine); batches of 10 and of 200
#: were no faster than 50.
_BATCH = 50
#: Rows fetched at a time while streaming an export.
_FETCH = 2000

#: The columns of :meth:`Store.export_events`: an event's, its article's stream and its run's start.
_EXPORT_COLUMNS: Columns = (*EVENT_COLUMNS, ("article_source", "VARCHAR"), ("run_started", "TIMESTAMP"))

_EVENT_ORDER = " ORDER BY article_published NULLS LAST, article_id, sentence, trigger_start, event_id"
#: The incident an event belongs to, as a column of a query over ``events`` (one at most: the
#: members' key is the event id).
_INCIDENT_OF_EVENT = (
    "(SELECT m.incident_id FROM incident_members m WHERE m.event_id = events.event_id) AS incident_id"
)


#: The events' filters that apply to an incident (to its representative report, its place included).
_INCIDENT_FILTERS = frozenset(
    {"types", "country", "since", "until", "limit", "offset", "location_country", "admin1", "bbox", "located"}
)


def _page(f: EventFilter) -> str:
    """The ``LIMIT``/``OFFSET`` of a validated filter (whole numbers, so safe to write into the SQL)."""
    page = "" if f.limit is None else f" LIMIT {int(f.limit)}"
    return page + (f" OFFSET {int(f.offset)}" if f.offset else "")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _base_type(kind: str) -> str:
    return kind.removesuffix(" PRIMARY KEY")


def _select(columns: Columns) -> str:
    return ", ".join(quoted(name) for name in names(columns))


def _sql_path(path: Path) -> str:
    """``path`` inside a single-quoted SQL literal (COPY takes no parameter for its file)."""
    return str(path).replace("'", "''")


def _failure_row(failure: Failure, run_id: str) -> Row:
    # One id per failing item, whatever the run: re-ingesting keeps one row, not one per run.
    return {
        "failure_id": content_id("f", failure.source, failure.item, failure.code, failure.reason),
        "run_id": run_id,
        "source": failure.source,
        "item": failure.item,
        "code": failure.code,
        "reason": failure.reason,
    }


def _unstored(doc: Document, exc: BaseException) -> Failure:
    source = doc.article.source or doc.article.id
    detail = f"{type(exc).__name__}: {exc}"
    item = doc.article.meta.get("item")
    return Failure(
        source, "E113", describe("E113", source=source, detail=detail), None if item is None else str(item)
    )


class Store:
    """Event data in one DuckDB file (``path``), or in memory when ``path`` is None.

    Writing is idempotent: an article's rows have content-derived ids and replace whatever an
    earlier write of the same article left, so re-running a batch never duplicates anything.
    A ``connection`` may be injected (tests, or a caller that already holds one); it is then left
    open by :meth:`close`.
    """

    def __init__(
        self,
        path: str | Path | None = None,
        connection: duckdb.DuckDBPyConnection | None = None,
        read_only: bool = False,
    ) -> None:
        self.path = ":memory:" if path is None else str(path)
        self.read_only = read_only and path is not None
        self._shadowed = False  # the incident tables are temporary ones (read-only, stale incidents)
        self._owns = connection is None
        if connection is None:
            connection = self._connect(path)
        self.con = connection
        try:
            if self.read_only:
                self._check_version()
            else:
                self._create()
            for macro in magnitude_sql.MACROS:  # an event's own killed, injured, ... (per connection)
                self._run(macro)
        except BaseException:
            self.close()
            raise

    def _connect(self, path: str | Path | None) -> duckdb.DuckDBPyConnection:
        """A connection; read-only ones never create the file and share it with other readers."""
        if self.read_only and not Path(self.path).is_file():
            raise NewsEventsError("E212", path=self.path)
        try:
            if path is not None and not self.read_only:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            return duckdb.connect(self.path, read_only=self.read_only)
        except (duckdb.Error, OSError) as exc:
            raise NewsEventsError("E207", path=self.path, detail=exc) from exc

    def _check_version(self) -> int:
        try:
            rows = self._run("SELECT value FROM store_meta WHERE key = 'schema_version'")
        except duckdb.CatalogException as exc:
            raise NewsEventsError("E207", path=self.path, detail="not a newsevents database") from exc
        found = rows[0][0] if rows else None
        if found is None:
            raise NewsEventsError("E207", path=self.path, detail="not a newsevents database")
        if found != str(SCHEMA_VERSION):
            raise NewsEventsError("E130", path=self.path, found=found, expected=SCHEMA_VERSION)
        return int(found)

    def _create(self) -> None:
        for statement in ddl():
            self._run(statement)
        rows = self._run("SELECT value FROM store_meta WHERE key = 'schema_version'")
        row = rows[0] if rows else None
        if row is None:
            self._run("INSERT INTO store_meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            return
        found = int(row[0]) if str(row[0]).isdigit() else -1
        if found in ADDED_COLUMNS:
            self._migrate(found)
        elif found != SCHEMA_VERSION:
            raise NewsEventsError("E130", path=self.path, found=row[0], expected=SCHEMA_VERSION)

    def _migrate(self, version: int) -> None:
        """Bring a store of an earlier ``version`` whose change was only added columns up to date."""
        self._run("BEGIN TRANSACTION")
        try:
            for done in range(version, SCHEMA_VERSION):
                for table, columns in ADDED_COLUMNS[done].items():
                    for name, kind in columns:
                        self._run(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {quoted(name)} {kind}")
            # the one added column derived from others: filled for the events stored before it
            self._run(f"UPDATE events SET actor_search = {ACTOR_SEARCH_SQL} WHERE actor_search IS NULL")
            self._run("UPDATE store_meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])
        except BaseException:
            self._run("ROLLBACK")
            raise
        self._run("COMMIT")

    # ------------------------------------------------------------ lifecycle

    def close(self) -> None:
        if self._owns:
            self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # ------------------------------------------------------------ writing

    def start_run(self, resolved: dict[str, Any]) -> str:
        """Record a run with its resolved config, versions and stages; returns its id.

        Runs still marked running are marked aborted first: only one process writes to a DuckDB
        file, so a run left running was killed (its committed batches stay stored).
        """
        self._run(
            "UPDATE runs SET status = 'aborted' WHERE coalesce(status, 'running') = 'running' "
            "AND finished IS NULL"
        )
        started = _now()
        run_id = content_id("r", started.isoformat(), uuid.uuid4().hex)
        row = {
            "run_id": run_id,
            "started": started,
            "finished": None,
            "resolved": resolved,
            "versions": resolved.get("versions"),
            "stages": resolved.get("stages"),
            "n_articles": None,
            "n_failures": None,
            "n_events": None,
            "status": "running",
            "n_given": None,
            "n_merged": None,
            "n_already": None,
            "n_not_english": None,
        }
        self._insert("runs", [row])
        return run_id

    def write(self, doc: Document, run_id: str) -> None:
        """Store ``doc`` and all it holds, replacing an earlier write of the same article."""
        self.write_many([doc], run_id)

    def write_many(self, docs: Iterable[Document], run_id: str, batch: int = _BATCH) -> int:
        """Store a stream of documents, ``batch`` per transaction; returns how many were written.

        Several times faster than one :meth:`write` each, because a file database pays for every
        commit. A document whose rows cannot be built (ValueError) stops the stream before its
        batch is written; the batches before it stay written.
        """
        written = 0
        pending: dict[str, dict[str, list[Row]]] = {}
        for doc in docs:
            pending[doc.article.id] = document_rows(doc, run_id)
            if len(pending) >= batch:
                written += self._write_batch(pending, [], run_id)
                pending = {}
        return written + self._write_batch(pending, [], run_id)

    def write_batch(
        self, docs: Sequence[Document], failures: Sequence[Failure], run_id: str
    ) -> dict[str, Failure]:
        """Store ``docs`` and ``failures`` in one transaction, with the run's counts moved on by them.

        A document that cannot be stored does not cost the others: its rows failing to build or to
        insert, the batch is written again without it. Returns the E113 failure of each document
        that was not stored, by article id; those failures are stored too.
        """
        rows: dict[str, dict[str, list[Row]]] = {}
        lost: dict[str, Failure] = {}
        by_id = {doc.article.id: doc for doc in docs}
        for doc in docs:
            try:
                rows[doc.article.id] = document_rows(doc, run_id)
            except (ValueError, TypeError, KeyError, IndexError) as exc:
                lost[doc.article.id] = _unstored(doc, exc)
        try:
            self._write_batch(rows, [*failures, *lost.values()], run_id)
            return lost
        except duckdb.Error:
            pass  # some document's rows cannot be inserted: find it by writing them one at a time
        for article_id, one in rows.items():
            try:
                self._write_batch({article_id: one}, [], run_id)
            except duckdb.Error as exc:
                lost[article_id] = _unstored(by_id[article_id], exc)
        self._write_batch({}, [*failures, *lost.values()], run_id)
        return lost

    def _write_batch(
        self, by_article: dict[str, dict[str, list[Row]]], failures: Sequence[Failure], run_id: str
    ) -> int:
        if not by_article and not failures:
            return 0
        self._run("BEGIN TRANSACTION")
        try:
            if by_article:
                found = self._run(
                    "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))",
                    [list(by_article)],
                )
                if found:
                    stale = [r[0] for r in found]
                    for table in ("articles", *ARTICLE_TABLES):
                        self._run(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [stale])
                for table in ("articles", *ARTICLE_TABLES):
                    self._insert(table, [row for rows in by_article.values() for row in rows[table]])
            self._insert("failures", [_failure_row(f, run_id) for f in failures], conflict="OR REPLACE")
            self._run(
                "UPDATE runs SET n_articles = coalesce(n_articles, 0) + ?, "
                "n_failures = coalesce(n_failures, 0) + ? WHERE run_id = ?",
                [len(by_article), len(failures), run_id],
            )
        except BaseException:
            self._run("ROLLBACK")
            raise
        self._run("COMMIT")
        return len(by_article)

    def merge_parquet(self, files: Mapping[str, str], run_id: str) -> tuple[int, int]:
        """Store the rows of one Parquet shard (``files``: table name → file, as
        :func:`newsevents.store.shards.write_shard` writes them) in one transaction, replacing the
        rows of any article the store holds already, as :meth:`write_batch` does; returns the
        articles and failures it added. Merging a shard twice leaves the store as merging it once.
        """
        self._run("BEGIN TRANSACTION")
        try:
            articles = self._run("SELECT article_id FROM read_parquet(?)", [files["articles"]])
            ids = [str(r[0]) for r in articles]
            if ids:
                for table in ("articles", *ARTICLE_TABLES):
                    self._run(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [ids])
            for table in ("articles", *ARTICLE_TABLES, "failures"):
                columns = _select(TABLES[table])
                conflict = "OR REPLACE" if table == "failures" else ""
                self._run(
                    f"INSERT {conflict} INTO {table} ({columns}) SELECT {columns} FROM read_parquet(?)",
                    [files[table]],
                )
            failures = self._count("SELECT count(*) FROM read_parquet(?)", files["failures"])
            self._run(
                "UPDATE runs SET n_articles = coalesce(n_articles, 0) + ?, "
                "n_failures = coalesce(n_failures, 0) + ? WHERE run_id = ?",
                [len(ids), failures, run_id],
            )
        except BaseException:
            self._run("ROLLBACK")
            raise
        self._run("COMMIT")
        return len(ids), failures

    def copy_tables(self, folder: Path) -> dict[str, Path]:
        """Every table an article's rows and failures go to, as one Parquet file each in ``folder``."""
        files: dict[str, Path] = {}
        for table in ("articles", *ARTICLE_TABLES, "failures"):
            files[table] = folder / f"{table}.parquet"
            rows = f"SELECT {_select(TABLES[table])} FROM {table}"
            self._run(f"COPY ({rows}) TO '{_sql_path(files[table])}' (FORMAT parquet)")
        return files

    def article_ids(self) -> set[str]:
        """The ids of every stored article (for an ingest to skip what is stored already)."""
        return {str(r[0]) for r in self._run("SELECT article_id FROM articles")}

    def record_failure(self, failure: Failure, run_id: str) -> None:
        """Keep a bad input item with its reason. One row per item: recording it again (the same
        failure, by this run or a later one) replaces the row, under the latest run."""
        self._insert("failures", [_failure_row(failure, run_id)], conflict="OR REPLACE")

    def finish_run(
        self,
        run_id: str,
        articles: int | None = None,
        failures: int | None = None,
        events: int | None = None,
        **totals: int,
    ) -> None:
        """Close a run with its counts; a count left out is counted from what the run stored.
        ``totals`` are the other counts of the ``runs`` table by column name without ``n_``
        (``given``, ``merged``, ``already``, ``not_english``)."""
        if not self._run("SELECT 1 FROM runs WHERE run_id = ?", [run_id]):
            raise NewsEventsError(
                "E209",
                what="run id",
                value=run_id,
                hint="Start runs with Store.start_run; list them with runs().",
            )
        if articles is None:
            articles = self._count("SELECT count(*) FROM articles WHERE run_id = ?", run_id)
        if failures is None:
            failures = self._count("SELECT count(*) FROM failures WHERE run_id = ?", run_id)
        if events is None:
            events = self._count(
                "SELECT count(*) FROM events JOIN articles USING (article_id) WHERE articles.run_id = ?",
                run_id,
            )
        known = ("given", "merged", "already", "not_english")
        unknown = sorted(set(totals) - set(known))
        if unknown:
            raise NewsEventsError("E209", what="run total", value=unknown[0], hint=f"Use {', '.join(known)}.")
        extra = "".join(f", n_{name} = ?" for name in known)
        self._run(
            "UPDATE runs SET finished = ?, status = 'finished', n_articles = ?, n_failures = ?, n_events = ?"
            f"{extra} WHERE run_id = ?",
            [_now(), articles, failures, events, *(totals.get(name) for name in known), run_id],
        )

    def _count(self, sql: str, *params: Any) -> int:
        return int(self._run(sql, list(params))[0][0])

    def _run(self, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        # Every result is fetched to its end: DuckDB refuses relation work on a connection that
        # still holds an unfinished result.
        return self.con.execute(sql, params).fetchall()

    def _insert(self, table: str, rows: Sequence[Row], conflict: str = "") -> None:
        # Column-wise: one list parameter per column, zipped back into rows by ``unnest``. DuckDB
        # converts each list in one go; binding a parameter per value (VALUES (?, ?), ...) was 4x
        # slower and executemany 20x slower on an article with 50 events.
        if not rows:
            return
        columns = TABLES[table]
        head = f"INSERT {conflict} INTO {table} ({_select(columns)}) SELECT "
        select = ", ".join(f"unnest(?::{_base_type(kind)}[])" for _, kind in columns)
        for lo in range(0, len(rows), _ROWS_PER_INSERT):
            values = [to_values(table, row) for row in rows[lo : lo + _ROWS_PER_INSERT]]
            self._run(head + select, [list(column) for column in zip(*values, strict=True)])

    # ------------------------------------------------------------ reading

    def _event_sql(self, f: EventFilter, with_incident: bool = False) -> tuple[str, list[Any]]:
        clause, params = where(f)
        cols = _select(EVENT_COLUMNS)
        if with_incident:
            cols += ", " + _INCIDENT_OF_EVENT
        return f"SELECT {cols} FROM events{clause}{_EVENT_ORDER}{_page(f)}", params

    def _stream(self, columns: Columns, sql: str, params: list[Any]) -> Iterator[Row]:
        if self._shadowed:
            # A cursor is a connection of its own and would not see this one's temporary tables.
            for values in self._run(sql, params):
                yield from_values(columns, values)
            return
        cursor = self.con.cursor()
        try:
            cursor.execute(sql, params)
            while batch := cursor.fetchmany(_FETCH):
                for values in batch:
                    yield from_values(columns, values)
        finally:
            cursor.close()

    def events(
        self,
        types: str | Iterable[str] | None = None,
        actor: str | None = None,
        country: str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        modalities: str | Iterable[str] | None = FACTUAL_MODALITIES,
        article_id: str | None = None,
        limit: int | None = None,
    ) -> list[Row]:
        """Event records matching every given filter; facts only unless ``modalities`` says more.

        ``actor`` is a case-insensitive substring of an actor's text, name or id on either side;
        ``country`` an ISO3 code on either side; ``since``/``until`` bound the event date, compared
        at the precision of the coarser of the two (so "2025-11" is inside ``since="2025-11-15"``).
        ``modalities=None`` selects every modality.
        """
        f = make_filter(types, actor, country, since, until, modalities, article_id, limit)
        sql, params = self._event_sql(f)
        return list(self._stream(EVENT_COLUMNS, sql, params))

    def select_events(self, f: EventFilter) -> list[Row]:
        """The events of a filter made by :func:`~newsevents.store.query.make_filter` (every filter,
        ``limit`` and ``offset`` included), each with the ``incident_id`` it belongs to.

        Call :meth:`refresh_incidents` first when the incidents may be stale: a filter by incident
        and the ``incident_id`` read the incident tables as they are.
        """
        sql, params = self._event_sql(f, with_incident=True)
        return list(self._stream(incident_rows.EVENT_WITH_INCIDENT_COLUMNS, sql, params))

    def count_events(self, f: EventFilter) -> int:
        """How many events match ``f``, its ``limit`` and ``offset`` ignored."""
        clause, params = where(f)
        return self._count(f"SELECT count(*) FROM events{clause}", *params)

    def event(self, event_id: str) -> Row:
        """One event with everything stored about it and its ``incident_id``; E213 when unknown."""
        sql = f"SELECT {_select(EVENT_COLUMNS)}, {_INCIDENT_OF_EVENT} FROM events WHERE event_id = ?"
        rows = list(self._stream(incident_rows.EVENT_WITH_INCIDENT_COLUMNS, sql, [event_id]))
        if not rows:
            raise NewsEventsError("E213", what="event", ident=event_id, path=self.path, listing="/events")
        return rows[0]

    def stats(self, f: EventFilter, interval: str = "month", by: str = "type") -> Row:
        """Counts of the events of ``f`` by period and ``by`` (:mod:`newsevents.store.stats`): the
        ``buckets`` (period, key, count and the sums of the events' own ``magnitudes`` by kind), the
        ``total``, how many were ``not_placed`` in a period, and the ``magnitudes`` of them all."""
        sql, params = stats.stats_sql(f, interval, by)
        buckets: list[Row] = []
        not_placed = 0
        totals: dict[str, int] = {}
        # One row per (period, key), already aggregated by DuckDB: never one per event.
        for period, key, n, *sums in self._run(sql, params):
            told = stats.told(sums)
            totals = stats.add(totals, told)
            if period is None:
                not_placed += int(n)
            else:
                buckets.append({"period": period, "key": key, "count": int(n), "magnitudes": told})
        total = not_placed + sum(b["count"] for b in buckets)
        return {
            "interval": interval,
            "by": by,
            "total": total,
            "not_placed": not_placed,
            "magnitudes": totals,
            "buckets": buckets,
        }

    def actors_matching(self, text: str, entries: Mapping[str, Entry]) -> list[Row]:
        """Actors of the dictionary ``entries`` and of the store whose names or aliases contain
        ``text`` (:mod:`newsevents.store.actor_search`), with their counts, the most active first."""
        needle = actor_search.folded(text)
        matched = actor_search.matching_entries(entries, needle)
        sql, params = actor_search.counts_sql(needle, list(matched))
        stored = [
            dict(zip(actor_search.COUNT_KEYS, values, strict=True)) for values in self._run(sql, params)
        ]
        return actor_search.merge(stored, entries, matched)

    def article(self, article_id: str) -> Row:
        """An article with its text and everything found in it, every modality included.

        ``article_id`` may be a prefix of the id, as long as it names one article.
        """
        rows = self._run(
            f"SELECT {_select(ARTICLE_COLUMNS)} FROM articles WHERE article_id = ?", [article_id]
        )
        row = rows[0] if rows else None
        if row is None:
            row = self._by_prefix(article_id)
        out = from_values(ARTICLE_COLUMNS, row)
        article_id = out["article_id"]
        out["events"] = self.events(article_id=article_id, modalities=None)
        for table in ("actors", "places", "times"):
            out[table] = self._rows(table, 'article_id = ? ORDER BY "start", "end"', [article_id])
        out["quotes"] = self.quotes(article_id=article_id)
        return out

    def _by_prefix(self, prefix: str) -> tuple[Any, ...]:
        rows = self._run(
            f"SELECT {_select(ARTICLE_COLUMNS)} FROM articles WHERE starts_with(article_id, ?) "
            "ORDER BY article_id LIMIT 4",
            [prefix],
        )
        if not rows or not prefix:
            raise NewsEventsError("E208", article_id=prefix, path=self.path)
        if len(rows) > 1:
            count = self._count("SELECT count(*) FROM articles WHERE starts_with(article_id, ?)", prefix)
            examples = ", ".join(str(r[0]) for r in rows[:3])
            raise NewsEventsError("E132", prefix=prefix, count=count, path=self.path, examples=examples)
        return rows[0]

    def _rows(self, table: str, condition: str, params: list[Any]) -> list[Row]:
        columns = TABLES[table]
        sql = f"SELECT {_select(columns)} FROM {table} WHERE {condition}"
        return list(self._stream(columns, sql, params))

    def quotes(self, speaker: str | None = None, article_id: str | None = None) -> list[Row]:
        """Quotes, optionally of a speaker (case-insensitive substring of its text or name)."""
        condition, params = self._quote_where(speaker, article_id)
        return self._rows("quotes", condition, params)

    @staticmethod
    def _quote_where(speaker: str | None, article_id: str | None) -> tuple[str, list[Any]]:
        clauses, params = ["TRUE"], []
        if speaker is not None:
            clauses.append("(contains(lower(speaker_text), ?) OR contains(lower(speaker_name), ?))")
            params += [speaker.lower(), speaker.lower()]
        if article_id is not None:
            clauses.append("article_id = ?")
            params.append(article_id)
        return " AND ".join(clauses) + " ORDER BY article_id, content_start", params

    def export_quotes(self, path: str | Path, fmt: str, speaker: str | None = None) -> int:
        """Write the stored quotes (optionally of one speaker) as JSONL, CSV or Parquet."""
        name = exporters.check_format(fmt)
        if name == "geojson":
            raise NewsEventsError(
                "E209",
                what="--format",
                value=fmt,
                hint="Quotes have no coordinates: use jsonl, csv or parquet.",
            )
        condition, params = self._quote_where(speaker, None)
        sql = f"SELECT {_select(QUOTE_COLUMNS)} FROM quotes WHERE {condition}"
        return self._write(Path(path), name, QUOTE_COLUMNS, sql, params)

    def articles(self, limit: int | None = None) -> list[Row]:
        """Stored articles without their text, newest publication first, with their event counts."""
        cols = [c for c in names(ARTICLE_COLUMNS) if c not in ("text", "meta")]
        sql = (
            f"SELECT {', '.join('a.' + quoted(c) for c in cols)}, count(e.event_id) AS n_events "
            "FROM articles a LEFT JOIN events e USING (article_id) "
            f"GROUP BY ALL ORDER BY a.published DESC NULLS LAST, a.article_id"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        keys = [*cols, "n_events"]
        out = []
        for values in self._run(sql):
            rec = dict(zip(keys, values, strict=True))
            if rec["published"] is not None:
                rec["published"] = rec["published"].isoformat()
            out.append(rec)
        return out

    def runs(self) -> list[Row]:
        return self._rows("runs", "TRUE ORDER BY started", [])

    def failures(self, run_id: str | None = None) -> list[Row]:
        if run_id is None:
            return self._rows("failures", "TRUE ORDER BY run_id, source, item", [])
        return self._rows("failures", "run_id = ? ORDER BY source, item", [run_id])

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {table: self._count(f"SELECT count(*) FROM {table}") for table in TABLES}

    # ------------------------------------------------------------ incidents

    def merge_incidents(self) -> int:
        """Group the stored factual events into incidents (``newsevents.incidents``) and store them,
        replacing the earlier ones: incidents are derived data, rebuilt from the events, and the
        same events always give the same incidents and ids. Returns how many incidents there are."""
        sql, params = incident_rows.source_sql()
        found = group_incidents(self._stream(incident_rows.SOURCE_COLUMNS, sql, params))
        stamp = self._incident_fingerprint()
        self._run("BEGIN TRANSACTION")
        try:
            self._run("DELETE FROM incident_members")
            self._run("DELETE FROM incidents")
            self._insert("incidents", [incident_rows.incident_row(i) for i in found])
            self._insert("incident_members", [r for i in found for r in incident_rows.member_rows(i)])
            if not self.read_only:
                self._run("INSERT OR REPLACE INTO store_meta VALUES ('incidents_of', ?)", [stamp])
        except BaseException:
            self._run("ROLLBACK")
            raise
        self._run("COMMIT")
        return len(found)

    def _shadow_incidents(self) -> None:
        """Temporary tables that stand in for the incident tables of a read-only store: a query
        merges stale incidents into them for its own use and leaves the file untouched."""
        self._shadowed = True
        for table in ("incidents", "incident_members"):
            body = ", ".join(f"{quoted(name)} {kind}" for name, kind in TABLES[table])
            self._run(f"CREATE TEMP TABLE IF NOT EXISTS {table} ({body})")

    def _incident_fingerprint(self) -> str:
        sql, params = incident_rows.fingerprint_sql()
        count, digest = self._run(sql, params)[0]
        return incident_rows.fingerprint(count, digest)

    def incidents_stale(self) -> bool:
        """Whether the events changed since the incidents were last merged."""
        rows = self._run("SELECT value FROM store_meta WHERE key = 'incidents_of'")
        return not rows or rows[0][0] != self._incident_fingerprint()

    def refresh_incidents(self) -> None:
        """Rebuild the incidents when the events changed since they were last merged. A read-only
        store merges them into temporary tables of its own connection and leaves the file untouched."""
        if self.incidents_stale():
            if self.read_only:
                self._shadow_incidents()
            self.merge_incidents()

    def incidents(
        self,
        types: str | Iterable[str] | None = None,
        country: str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        min_reports: int = 1,
        refresh: bool = True,
        limit: int | None = None,
        offset: int = 0,
        **place: Any,
    ) -> list[Row]:
        """Incidents matching every filter, each with its ``members`` (event, article, outlet, type,
        date, location, evidence, why it joined) and the ``differences`` between them (dates a day
        apart, two places: ``incidents.details``), by date. The filters are those of :meth:`events`, applied
        to the representative report (``country``: of any member's actors, or where it happened);
        ``min_reports`` keeps incidents told at least that many times; ``place`` takes the events'
        filters of where it happened (``location_country``, ``admin1``, ``bbox``, ``located``), and
        ``limit`` and ``offset`` page through them. With ``refresh`` (the default) the incidents are
        first rebuilt when the events changed since they were merged."""
        if refresh:
            self.refresh_incidents()
        f, clause, params = self._incident_where(
            min_reports=min_reports,
            types=types,
            country=country,
            since=since,
            until=until,
            limit=limit,
            offset=offset,
            **place,
        )
        sql = (
            f"SELECT {_select(INCIDENT_COLUMNS)} FROM incidents{clause} "
            f"ORDER BY date_value NULLS LAST, incident_id{_page(f)}"
        )
        return self._with_members(list(self._stream(INCIDENT_COLUMNS, sql, params)))

    def count_incidents(self, **filters: Any) -> int:
        """How many incidents :meth:`incidents` gives for these ``filters`` (its filters, without
        ``refresh``, ``limit`` and ``offset``; the incidents as stored)."""
        _, clause, params = self._incident_where(**filters)
        return self._count(f"SELECT count(*) FROM incidents{clause}", *params)

    def incident(self, incident_id: str) -> Row:
        """One incident with all its member reports (as stored: no refresh); E213 when unknown."""
        sql = f"SELECT {_select(INCIDENT_COLUMNS)} FROM incidents WHERE incident_id = ?"
        rows = self._with_members(list(self._stream(INCIDENT_COLUMNS, sql, [incident_id])))
        if not rows:
            raise NewsEventsError(
                "E213", what="incident", ident=incident_id, path=self.path, listing="/incidents"
            )
        return rows[0]

    def _incident_where(self, min_reports: int = 1, **filters: Any) -> tuple[EventFilter, str, list[Any]]:
        if min_reports < 1:
            raise NewsEventsError("E209", what="min reports", value=min_reports, hint="Give 1 or more.")
        unknown = sorted(set(filters) - _INCIDENT_FILTERS)
        if unknown:
            raise TypeError(f"unknown incident filters: {unknown}")
        f = make_filter(modalities=None, **filters)
        clause, params = where(replace(f, country=None))
        clause = (clause + " AND" if clause else " WHERE") + " n_reports >= ?"
        params.append(min_reports)
        if f.country is not None:
            # An incident is in a country when it happened there, not only when an actor is from it.
            clause += (
                " AND (list_contains(source_countries, ?) OR list_contains(target_countries, ?)"
                " OR location_country = ?)"
            )
            params += [f.country] * 3
        return f, clause, params

    def _with_members(self, incidents: list[Row]) -> list[Row]:
        members = self._incident_members([r["incident_id"] for r in incidents])
        for row in incidents:
            row["members"] = members.get(row["incident_id"], [])
            row["differences"] = differences(row["members"])
            row["killed_min"], row["killed_max"] = killed_range(row["members"])
        return incidents

    def _incident_members(self, incident_ids: list[str]) -> dict[str, list[Row]]:
        out: dict[str, list[Row]] = {}
        for values in self._run(incident_rows.members_sql(), [incident_ids]):
            row = from_values(incident_rows.MEMBER_VIEW_COLUMNS, values)
            out.setdefault(row["incident_id"], []).append(row)
        return out

    # ------------------------------------------------------------ export

    def export_events(self, include_all_modalities: bool = False) -> Iterator[Row]:
        """The stored events (facts only unless ``include_all_modalities``), each with its article's
        stream (``article_source``, the outlet when there is no URL) and the start of the run that
        stored it (``run_started``): what the layouts of other datasets read (``newsevents.exports``)."""
        f = make_filter(modalities=None if include_all_modalities else FACTUAL_MODALITIES)
        clause, params = where(f)
        cols = ", ".join("e." + quoted(name) for name in names(EVENT_COLUMNS))
        sql = (
            f"SELECT {cols}, a.source AS article_source, r.started AS run_started FROM events e "
            f"LEFT JOIN articles a USING (article_id) LEFT JOIN runs r ON r.run_id = a.run_id{clause}"
            f"{_EVENT_ORDER}"
        )
        return self._stream(_EXPORT_COLUMNS, sql, params)

    def export(
        self,
        path: str | Path,
        fmt: str,
        include_all_modalities: bool = False,
        **filters: Any,
    ) -> int:
        """Write the selected events to ``path``; returns the rows (GeoJSON: features) written.

        Facts only unless ``include_all_modalities``. ``filters`` are those of :meth:`events`
        (types, actor, country, since, until, article_id, limit).
        """
        name = exporters.check_format(fmt)
        modalities = None if include_all_modalities else filters.pop("modalities", FACTUAL_MODALITIES)
        f = make_filter(modalities=modalities, **filters)
        sql, params = self._event_sql(f)
        return self._write(Path(path), name, EVENT_COLUMNS, sql, params)

    def _write(self, target: Path, fmt: str, columns: Columns, sql: str, params: list[Any]) -> int:
        """Stream the rows of ``sql`` into ``target`` in the (checked) format ``fmt``."""
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if fmt == "parquet":
                cursor = self.con.cursor()
                try:
                    return exporters.write_parquet(target, cursor.sql(sql, params=params), cursor)
                finally:
                    cursor.close()
            records = self._stream(columns, sql, params)
            if fmt == "jsonl":
                return exporters.write_jsonl(target, records)
            if fmt == "csv":
                return exporters.write_csv(target, names(columns), records)
            return exporters.write_geojson(target, records)
        except OSError as exc:
            raise NewsEventsError("E131", path=target, detail=exc) from exc


__all__ = ["Store"]
