"""The seed article (shared/seeds): its two gold quotes come out with their speakers resolved.

Spans come from the seed's gold file at run time; no text of the article is copied here.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from newsevents.model import Document
from tests.conftest import SHARED

SEED = SHARED / "seeds" / "000_8edc7b6c48c4ce7e.txt"
GOLD = SHARED / "seeds" / "000_8edc7b6c48c4ce7e.gold.json"
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not GOLD.exists(), reason="shared seeds not present")]


def test_seed_quotes(run_stages: Callable[..., Document]) -> None:
    text = SEED.read_text(encoding="utf-8")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["quotes"]
    doc = run_stages(text, stages=["nlp", "actors", "places", "quotes"])
    for g in gold:
        gs, ge = g["content"]["start"], g["content"]["end"]
        found = [q for q in doc.quotes if q.content.start <= gs + 5 and ge - 5 <= q.content.end]
        found = [q for q in found if q.speaker and q.speaker.start == g["speaker"]["start"]]
        assert len(found) == 1, g
        q = found[0]
        assert q.direct == g["direct"]
        if g["direct"]:
            assert q.speaker_name == g["resolved_speaker"]  # the pronoun resolved to its antecedent
        else:
            assert (q.speaker_country, q.speaker_sector) == ("RUS", "GOV")
        assert q.claim  # the article's own disclaimer leaves everything in it unverified
