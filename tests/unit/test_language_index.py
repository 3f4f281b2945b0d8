"""The language identifier read from its index file classifies as py3langid's own loader does."""

from __future__ import annotations

import json
from typing import Any

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from newsevents.examples import FOLDER as EXAMPLES
from newsevents.ingest.language import detect, load_identifier

TEXTS = [
    "Le président a dit que la guerre continue à Paris et ailleurs dans le pays, selon le ministre.",
    "Die Regierung in Berlin hat am Montag neue Sanktionen gegen das Land beschlossen.",
    "Войска вошли в город рано утром, сообщили местные власти.",
    "Putin met Erdogan in Sochi.",
    "",
]


@pytest.fixture(scope="module")
def identifiers() -> tuple[Any, Any]:
    return load_identifier(), LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def test_same_language_and_confidence_as_the_packaged_loader(identifiers: tuple[Any, Any]) -> None:
    ours, theirs = identifiers
    texts = TEXTS + [json.loads(p.read_text())["text"] for p in sorted(EXAMPLES.glob("*.input.json"))]
    for text in texts:
        assert ours.classify(text) == theirs.classify(text), text[:60]
        assert detect(text, ours) == detect(text, theirs), text[:60]
    assert ours.classify(TEXTS[0])[0] == "fr" and ours.classify(TEXTS[2])[0] == "ru"
    assert detect(TEXTS[2], ours).english is False and detect(texts[-1], ours).english is True
