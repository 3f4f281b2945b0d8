"""The bundled example articles, coded by the default pipeline and stored, exported in the GDELT, ACLED
and POLECAT layouts and read back with pandas: every joint event is two directed dyads, no row is a
party acting on itself, and the POLECAT records are the stored factual events."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from newsevents.examples import FOLDER as EXAMPLES
from newsevents.exports import export_layout
from newsevents.exports.gdelt import global_event_id
from newsevents.magnitudes.totals import own_count
from newsevents.model import shares_party
from newsevents.pipeline import Pipeline
from newsevents.runner import ingest
from newsevents.store import Store
from tests.unit.test_exports import ACLED_COLUMNS, ACLED_DTYPES, GDELT_COLUMNS, GDELT_DTYPES

#: ACLED's event types (ACLED codebook 2023).
ACLED_EVENT_TYPES = {
    "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
    "Strategic developments",
}  # fmt: skip


def _mention_ids(actors: list[dict[str, str]]) -> list[str]:
    return [a["mention_id"] for a in actors]


def test_the_examples_export_to_the_three_layouts(
    tmp_path: Path, default_pipeline: Callable[[], Pipeline]
) -> None:
    db = tmp_path / "examples.duckdb"
    with Store(db) as store:
        ingest(sorted(EXAMPLES.glob("*.input.json")), store, default_pipeline())
    with Store(db, read_only=True) as store:
        facts = store.events()
        representatives = {i["representative_event_id"] for i in store.incidents()}
        for layout in ("gdelt", "acled", "polecat"):
            export_layout(store, tmp_path / layout, layout)

    gdelt = pd.read_csv(tmp_path / "gdelt", sep="\t", header=None, names=GDELT_COLUMNS, dtype=GDELT_DTYPES)  # type: ignore[arg-type]
    assert len(gdelt) >= len(representatives) and gdelt["GLOBALEVENTID"].is_unique
    assert not (
        (gdelt["Actor1Code"] == gdelt["Actor2Code"]) & (gdelt["Actor1Name"] == gdelt["Actor2Name"])
    ).any()
    assert gdelt["GoldsteinScale"].notna().all() and gdelt["QuadClass"].between(1, 4).all()
    joint = [
        e for e in facts
        if e["event_id"] in representatives
        and shares_party(_mention_ids(e["source_actors"]), _mention_ids(e["target_actors"]))
        and len({a["name"] or a["text"] for a in e["source_actors"]}) == 2
    ]  # fmt: skip
    assert joint, "the examples hold joint events ('Israel and Hamas', 'the two sides')"
    by_id = gdelt.set_index("GLOBALEVENTID")
    for event in joint:
        first, second = (by_id.loc[global_event_id(event["event_id"], k)] for k in (0, 1))
        assert (first["Actor1Name"], first["Actor2Name"]) == (second["Actor2Name"], second["Actor1Name"])
        assert first["Actor1Name"] != first["Actor2Name"]

    acled = pd.read_csv(tmp_path / "acled", dtype=ACLED_DTYPES)  # type: ignore[arg-type]
    assert list(acled.columns) == ACLED_COLUMNS and len(acled) > 0
    assert set(acled["event_type"]) <= ACLED_EVENT_TYPES
    assert not (acled["actor1"] == acled["actor2"]).any()
    # the examples' own killed counts (Kharkiv 2, El Fasher 23, ...); empty where none is told, never 0
    killed = {own_count(e["magnitudes"], "killed") for e in facts if e["event_id"] in representatives}
    told = set(acled["fatalities"].dropna())
    assert told and told <= killed - {None}
    assert (acled["fatalities"].dropna() > 0).all()
    assert acled["fatalities"].isna().any()

    polecat = pd.read_json(tmp_path / "polecat", lines=True)
    assert sorted(polecat["Event ID"]) == sorted(e["event_id"] for e in facts)
    flagged = set(polecat.loc[polecat["Joint"].astype(bool), "Event ID"])
    assert {e["event_id"] for e in joint} <= flagged
    assert polecat.loc[polecat["Joint"].astype(bool), "Recipient Name"].isna().all()
