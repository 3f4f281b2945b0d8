"""Country and capital names: actor when they act or are acted upon, place when locative."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsevents.model import Document

Run = Callable[..., Document]


def kinds_of(doc: Document, name: str) -> list[str | None]:
    start = doc.text.index(name)
    return [m.kind for m in doc.actors if m.start == start]


@pytest.mark.parametrize(
    ("text", "name", "actor"),
    [
        ("Turkey accused Greece of violating its airspace.", "Turkey", True),
        ("Turkey accused Greece of violating its airspace.", "Greece", True),
        ("The ceasefire was brokered by Qatar last week.", "Qatar", True),
        ("Kenya signed a defence pact with Somalia.", "Somalia", True),
        ("Protests against Beijing spread through the city.", "Beijing", True),
        ("Ukraine's request for air defence was approved.", "Ukraine", True),
        ("Seoul and Tokyo agreed to share intelligence.", "Tokyo", True),
        ("The envoy arrived in Cairo late on Tuesday.", "Cairo", False),
        ("Fighting spread across Sudan during the rainy season.", "Sudan", False),
        ("The minister visited Baghdad twice this year.", "Baghdad", False),
        ("Her first visit to Kyiv lasted four hours.", "Kyiv", False),
        ("Refugees fled from Myanmar by boat.", "Myanmar", False),
        ("Drones struck the north of Syria overnight.", "Syria", False),
        ("The new US sanctions hit Iranian banks.", "US", True),
        ("Flights resumed at Damascus airport on Monday.", "Damascus", False),
        ("Troops were deployed to Lebanon after the vote.", "Lebanon", False),
        ("The United Nations sent food aid to Yemen.", "Yemen", True),
    ],
)
def test_metonymy(run_stages: Run, text: str, name: str, actor: bool) -> None:
    doc = run_stages(text, stages=["nlp", "actors"])
    kinds = kinds_of(doc, name)
    if actor:
        assert kinds and kinds[0] in ("state", "capital"), (text, [(m.text, m.kind) for m in doc.actors])
        assert all(m.sector == "GOV" for m in doc.actors if m.text == name)
    else:
        assert kinds == [], (text, [(m.text, m.kind, m.prov.reason) for m in doc.actors])
