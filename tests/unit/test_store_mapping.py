"""One mapping from the model: stored rows are its flat fields plus ids and links, their columns are
exactly the schema's, and the interchange records carry the same values under the same names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from newsevents.interchange import document_record
from newsevents.model import Document, Magnitude, Provenance, Span
from newsevents.store.records import document_rows
from newsevents.store.schema import ARTICLE_TABLES, TABLES, names
from tests.unit.test_store import kharkiv_doc, tbilisi_doc

#: The Python types a value may have in a row, by the column's SQL type.
PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "VARCHAR": (str,),
    "INTEGER": (int,),
    "BIGINT": (int,),
    "DOUBLE": (float,),
    "BOOLEAN": (bool,),
    "DATE": (dt.date,),
    "JSON": (dict, list),
    "VARCHAR[]": (list,),
}


def _docs() -> list[Document]:
    doc = kharkiv_doc()
    doc.quotes[0].claim, doc.quotes[0].claim_cue = True, "claimed"
    doc.actors[0].actor_id, doc.actors[0].name = "RUS.MIL", "Russian Armed Forces"
    for part in (doc.actors[0], doc.times[0], doc.quotes[0], doc.events[0]):
        part.prov.reason = "a reason"
    trigger = doc.events[0].trigger
    doc.events[0].magnitudes = [
        Magnitude("killed", Span(trigger.start, trigger.end), doc.events[0].sentence,
                  Provenance("magnitudes", 0.9, "a count"), best=3, low=3, high=3, side="civilians",
                  source="the governor"),
    ]  # fmt: skip
    return [doc, tbilisi_doc()]


def _rows(table: str) -> list[dict[str, Any]]:
    return [row for doc in _docs() for row in document_rows(doc, "r-test")[table]]


@pytest.mark.parametrize("table", ["articles", *ARTICLE_TABLES])
def test_a_stored_row_has_exactly_the_columns_of_its_table(table: str) -> None:
    rows = _rows(table)
    assert rows
    for row in rows:
        assert sorted(row) == sorted(names(TABLES[table]))


@pytest.mark.parametrize("table", ["articles", *ARTICLE_TABLES])
def test_every_column_is_filled_with_values_of_its_type(table: str) -> None:
    rows = _rows(table)
    for name, kind in TABLES[table]:
        values = [row[name] for row in rows if row[name] is not None]
        assert values, f"{table}.{name} is never filled by the test documents"
        expected = PYTHON_TYPES[kind.removesuffix(" PRIMARY KEY")]
        # a bool is an int to isinstance, but no INTEGER column should hold one
        wrong = [v for v in values if not isinstance(v, expected) or (type(v) is bool) != (bool in expected)]
        assert not wrong, f"{table}.{name} ({kind}) holds {wrong!r}"


def _flat(record: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """A record's scalar values under their flat names: ``{"trigger": {"start": 3}}`` → trigger_start."""
    for key, value in record.items():
        if isinstance(value, dict):
            yield from _flat(value, f"{prefix}{key}_")
        elif not isinstance(value, list):
            yield prefix + key, value


def _shared(record: dict[str, Any], row: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    flat = dict(_flat(record))
    assert flat.keys() & row.keys()
    return {name: (flat[name], row[name]) for name in flat.keys() & row.keys()}


@pytest.mark.parametrize("table", ["places", "times", "quotes", "events"])
def test_interchange_records_carry_the_stored_values(table: str) -> None:
    for doc in _docs():
        records = document_record(doc)[table]
        rows = document_rows(doc, "r-test")[table]
        assert len(records) == len(rows)
        for record, row in zip(records, rows, strict=True):
            for name, (written, stored) in _shared(record, row).items():
                # the interchange writer rounds confidences (and writes a week as its month, which
                # these documents do not hold)
                if name == "confidence":
                    stored = round(stored, 4)
                assert written == stored, f"{table}.{name}: interchange {written!r}, store {stored!r}"
            for side in ("source", "target") if table == "events" else ():
                for actor, stored_actor in zip(record[side], row[f"{side}_actors"], strict=True):
                    assert actor == {key: stored_actor[key] for key in actor}
