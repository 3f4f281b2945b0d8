"""An event's own figure of one kind of count, as DuckDB macros over the JSON column
``events.magnitudes``, so that a query sums killed or injured over a whole store without reading
the rows into Python.

``own_count(magnitudes, kind)`` states the rule of :func:`newsevents.magnitudes.totals.own_count`
(which the ACLED export's ``fatalities`` uses) in SQL: running tolls never count; a count's figure is
its best estimate, else its low bound; counts of different, named sides add up, otherwise they
restate one figure and the largest is taken; NULL when the event is told with none. The macros are
temporary (``TEMP``): each connection defines its own, which a read-only store may do, and the
database file holds no function a reader without newsevents could not run.
"""

from __future__ import annotations

from newsevents.model import MAGNITUDE_KINDS

#: The macros' names, for queries to call.
OWN_COUNT = "own_count"
_OWN = "own_counts"  # the event's own counts of a kind that give a figure, as a list of structs
#: The fields of a count the rule reads, as DuckDB's json_transform takes them: the JSON is parsed
#: into typed structs (unknown keys are ignored), then read without JSON functions: /stats' sums of
#: 100,000 events, a third with counts, by month and type took 0.2 s so (0.03 s for the counts alone)
#: against 1.4 s reading each field with ->> (on a shared 2-core machine).
_SHAPE = (
    '[{"kind": "VARCHAR", "best": "BIGINT", "low": "BIGINT", "side": "VARCHAR", "cumulative": "BOOLEAN"}]'
)
_FIGURE = "lambda x: coalesce(x.best, x.low)"  # a count's figure: best, else low
#: The statements that define the macros, in order (``own_count`` calls ``own_counts``). DuckDB
#: computes the repeated ``own_counts(m, k)`` of a query once.
MACROS: tuple[str, ...] = (
    f"CREATE OR REPLACE TEMP MACRO {_OWN}(m, k) AS list_filter(json_transform(m, '{_SHAPE}'), "
    "lambda x: x.kind = k AND NOT coalesce(x.cumulative, false) AND coalesce(x.best, x.low) IS NOT NULL)",
    # list_distinct drops NULLs: as many distinct sides as counts means each count names its own side.
    f"CREATE OR REPLACE TEMP MACRO {OWN_COUNT}(m, k) AS CASE "
    f"WHEN len({_OWN}(m, k)) = 0 THEN NULL "
    f"WHEN len(list_distinct(list_transform({_OWN}(m, k), lambda x: x.side))) = len({_OWN}(m, k)) "
    f"THEN list_sum(list_transform({_OWN}(m, k), {_FIGURE})) "
    f"ELSE list_max(list_transform({_OWN}(m, k), {_FIGURE})) END",
)


def own_count_sql(column: str, kind: str) -> str:
    """The SQL of the event's own ``kind`` count read from the JSON ``column``."""
    if kind not in MAGNITUDE_KINDS:  # pasted into the SQL: only the model's kinds, never a user's text
        raise ValueError(f"unknown magnitude kind: {kind!r}")
    return f"{OWN_COUNT}({column}, '{kind}')"
