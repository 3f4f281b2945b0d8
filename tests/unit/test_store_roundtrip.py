"""Property: an event record survives DuckDB and the JSONL export unchanged, whatever it holds."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.model import (
    EVENT_TYPES,
    MODALITIES,
    ActorMention,
    Article,
    Document,
    Event,
    EventDate,
    EventLocation,
    Provenance,
    Sentence,
    Span,
)
from newsevents.store import Store
from newsevents.store.records import document_rows

# Any text but surrogates (which no UTF-8 file can hold), including controls and NUL.
TEXT = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=12)
OPTIONAL_TEXT = st.none() | TEXT
ISO3 = st.sampled_from(["UKR", "RUS", "USA", "GEO", "IGO"])
CONFIDENCE = st.floats(0.0, 1.0)
PROV = st.builds(Provenance, stage=st.sampled_from(["events", "event_dates", "rules"]), confidence=CONFIDENCE,
                 reason=OPTIONAL_TEXT)  # fmt: skip


@st.composite
def dates(draw: st.DrawFn) -> EventDate:
    day = draw(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
    precision = draw(st.sampled_from(["day", "month", "year"]))
    value = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": day.isoformat()[:4]}[precision]
    return EventDate(value, precision, draw(PROV))


LOCATIONS = st.builds(
    EventLocation,
    name=TEXT,
    prov=PROV,
    geonameid=st.none() | st.integers(1, 2**40),
    lat=st.none() | st.floats(-90, 90),
    lon=st.none() | st.floats(-180, 180),
    country=st.none() | ISO3,
    admin1=OPTIONAL_TEXT,
    precision=st.none() | st.sampled_from(["point", "city", "admin1", "country", "region"]),
)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    # The text is the actor texts joined by a filler, so every span points at what it names.
    names = draw(st.lists(TEXT, min_size=1, max_size=6))
    parts, actors, pos = [], [], 0
    for i, name in enumerate(names):
        if i:
            parts.append(" struck ")
            pos += len(" struck ")
        actors.append(
            ActorMention(pos, pos + len(name), name, 0, draw(PROV), actor_id=draw(OPTIONAL_TEXT),
                         name=draw(OPTIONAL_TEXT), country=draw(st.none() | ISO3), sector=draw(OPTIONAL_TEXT))
        )  # fmt: skip
        parts.append(name)
        pos += len(name)
    text = "".join(parts)
    published = draw(st.none() | st.dates(dt.date(1950, 1, 1), dt.date(2100, 1, 1)))
    doc = Document(Article(id="a-" + draw(TEXT), text=text, published=published, url=draw(OPTIONAL_TEXT)))
    doc.sentences = [Sentence(0, 0, len(text))]
    doc.actors = actors
    index = st.integers(0, len(actors) - 1)
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(text)))
        doc.events.append(
            Event(
                draw(st.sampled_from(EVENT_TYPES)),
                Span(start, draw(st.integers(start, len(text)))),
                0,
                draw(PROV),
                mode=draw(OPTIONAL_TEXT),
                quad_class=draw(st.none() | st.integers(1, 4)),
                source=draw(st.lists(index, max_size=2)),
                target=draw(st.lists(index, max_size=2)),
                modality=draw(st.sampled_from(MODALITIES)),
                modality_cue=draw(OPTIONAL_TEXT),
                attributed_source=draw(OPTIONAL_TEXT),
                date=draw(st.none() | dates()),
                location=draw(st.none() | LOCATIONS),
                evidence=draw(st.none() | st.just(Span(0, len(text)))),
            )
        )
    return doc


def by_id(records: list[dict[str, object]]) -> list[dict[str, object]]:
    return sorted(records, key=lambda r: str(r["event_id"]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_event_records_survive_duckdb_and_jsonl(doc: Document) -> None:
    expected = by_id(document_rows(doc, "r-test")["events"])
    with Store(None) as store, TemporaryDirectory() as tmp:
        run_id = store.start_run({})
        store.write(doc, run_id)
        store.write(doc, run_id)
        assert by_id(store.events(modalities=None)) == expected
        path = Path(tmp) / "events.jsonl"
        assert store.export(path, "jsonl", include_all_modalities=True) == len(expected)
        lines = path.read_text(encoding="utf-8").splitlines()
        assert by_id([json.loads(line) for line in lines]) == expected
        # The factual view is exactly the asserted and reported part of the same records.
        facts = [r for r in expected if r["modality"] in ("asserted", "reported")]
        assert by_id(store.events()) == facts
