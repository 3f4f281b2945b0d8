"""The seed article (shared/seeds): its Syrian places resolve in Syria and the Golan is a region."""

from __future__ import annotations

import pytest

from newsevents.resources import Resources
from tests.conftest import SHARED
from tests.places_helpers import actor, places_of

SEED = SHARED / "seeds" / "000_8edc7b6c48c4ce7e.txt"
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not SEED.exists(), reason="shared seeds not present")]


def test_seed_places(resources: Resources) -> None:
    text = SEED.read_text(encoding="utf-8")
    # What the actors stage marks as governments (by syntax); given by hand so this test is the
    # places stage's alone.
    understanding = text.index("between Moscow and Tel Aviv")
    informed = text.index("Moscow informed Tel Aviv")
    actors = [
        actor("Moscow", text[understanding:], "capital", "RUS"),
        actor("Tel Aviv", text[understanding:], "capital", "ISR"),
        actor("Moscow", text[informed:], "capital", "RUS"),
        actor("Tel Aviv", text[informed:], "capital", "ISR"),
    ]
    for a, base in zip(actors, (understanding, understanding, informed, informed), strict=True):
        a.start += base
        a.end += base
    places = places_of(resources, text, actors)
    by_text: dict[str, set[str | None]] = {}
    for p in places:
        by_text.setdefault(p.text, set()).add(p.country)
    assert by_text["Damascus"] == {"SYR"}
    for name in ("Daraa", "Quneitra", "Suweida"):
        assert by_text.get(name) == {"SYR"}, name
    golan = [p for p in places if "Golan" in p.text]
    assert golan and golan[0].name == "Golan Heights" and golan[0].precision == "region"
    blocked = {(a.start, a.end) for a in actors}
    governments = [p for p in places if any(s < p.end and p.start < e for s, e in blocked)]
    assert len(governments) == 4
    assert all(p.use == "government" and not p.literal for p in governments)
    assert {p.country for p in governments} == {"RUS", "ISR"}
    demonyms = {(p.start, p.use, p.country) for p in places if p.text in ("Syrian", "Israeli", "Russian")}
    assert (text.index("Russian forces"), "demonym", "RUS") in demonyms
    assert (text.index("Israeli actions"), "demonym", "ISR") in demonyms
    assert (text.index("Russian Ministry of Defence"), "embedded", "RUS") in demonyms
    # a demonym on a noun of the place's ground is where things happen
    assert (text.index("Syrian territory"), "location", "SYR") in demonyms
