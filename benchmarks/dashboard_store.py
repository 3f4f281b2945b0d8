"""A large synthetic store for the dashboard's timings: the rows of a store of the example articles,
copied until it holds about ``--events`` events, each copy with new ids and its dates moved.

usage: python benchmarks/dashboard_store.py EXAMPLES_DB OUT_DB [--events 100000]

EXAMPLES_DB is a store of the bundled examples (``newsevents demo --db EXAMPLES_DB``). Copy ``k`` gives
every id the suffix ``-k`` (references inside the actor JSON included, so the evidence view of a copy
works) and moves every date by ``k * 3 % 730`` days at its own precision, so the copies spread over two
years instead of piling onto the examples' few days. The incidents are copied the same way and marked
current, not merged again: a merge of 100,000 events takes about a minute here, and would join copies
a few days apart into one incident, which is not what the copies stand for.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsevents.store import Store
from newsevents.store.incident_rows import fingerprint, fingerprint_sql
from newsevents.store.schema import TABLES, names, quoted

#: The columns holding an id of a row of the store, suffixed in each copy so that ids stay unique and
#: references between tables still meet.
ID_COLUMNS = frozenset(
    {
        "article_id", "mention_id", "place_id", "time_id", "quote_id", "event_id", "speaker_mention_id",
        "date_time_id", "location_place_id", "incident_id", "representative_event_id", "joined_to",
    }
)  # fmt: skip
#: Dates moved in each copy: the events' dates and the articles' publication dates.
DATE_COLUMNS = frozenset({"date_value", "article_published"})
#: The days between one copy's dates and the next: 3 spreads 100,000 events (about 760 copies of
#: the examples' 132) over two years of days.
SHIFT_DAYS = 3
SPAN_DAYS = 730
#: Tables copied: everything but the runs and failures.
COPIED = ("articles", "actors", "places", "times", "quotes", "events", "incidents", "incident_members")


def _moved_date(column: str) -> str:
    # A date keeps its precision: "2025-11" moves as its first day and is cut back to a month.
    day = f"TRY_CAST(rpad({column}, 10, '-01') AS DATE)"
    text = f"strftime({day} + to_days(CAST(copy.k * {SHIFT_DAYS} % {SPAN_DAYS} AS INTEGER)), '%Y-%m-%d')"
    return f"CASE WHEN {day} IS NULL THEN {column} ELSE substr({text}, 1, length({column})) END"


def _copied_value(table: str, column: str) -> str:
    """The SQL of a column's value in copy ``copy.k``."""
    q = quoted(column)
    if column in ID_COLUMNS:
        return f"{q} || '-' || copy.k"
    if column in DATE_COLUMNS or (table == "articles" and column == "published"):
        cast = "::DATE" if column == "published" else ""
        return f"({_moved_date(f'{q}::VARCHAR')}){cast}"
    if column in ("source_actors", "target_actors"):
        suffixed = """'"mention_id": "\\1-' || copy.k || '"'"""
        return f"""regexp_replace({q}::VARCHAR, '"mention_id": "([^"]+)"', {suffixed}, 'g')"""
    return q


def build(examples: Path, out: Path, events: int) -> dict[str, float]:
    started = time.perf_counter()
    with Store(out) as store:
        store.con.execute(f"ATTACH '{examples}' AS src (READ_ONLY)")
        per_copy = store.con.execute("SELECT count(*) FROM src.events").fetchone()
        copies = max(1, -(-events // int(per_copy[0] if per_copy else 1)))
        for table in COPIED:
            columns = names(TABLES[table])
            values = ", ".join(_copied_value(table, c) for c in columns)
            store.con.execute(
                f"INSERT INTO {table} ({', '.join(map(quoted, columns))}) "
                f"SELECT {values} FROM src.{table}, range({copies}) AS copy(k)"
            )
        store.con.execute("DETACH src")
        sql, params = fingerprint_sql()
        count, digest = store.con.execute(sql, params).fetchall()[0]
        store.con.execute(
            "INSERT OR REPLACE INTO store_meta VALUES ('incidents_of', ?)", [fingerprint(count, digest)]
        )
        counts = store.counts()
    return {
        "copies": copies,
        "events": counts["events"],
        "incidents": counts["incidents"],
        "seconds": round(time.perf_counter() - started, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("examples", type=Path, help="a store of the bundled examples")
    parser.add_argument("out", type=Path, help="the store to write (must not exist)")
    parser.add_argument("--events", type=int, default=100_000)
    args = parser.parse_args()
    if args.out.exists():
        parser.error(f"{args.out} exists; give a new path")
    print(build(args.examples, args.out, args.events))


if __name__ == "__main__":
    main()
