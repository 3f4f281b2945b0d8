"""Issue 12, point 3: the runner lets each article's spaCy Doc go as soon as the stages are done with
it, so a batch waiting for its commit holds the document model only."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsevents.ingest import iter_items
from newsevents.model import Document
from newsevents.pipeline import Pipeline, load_config
from newsevents.resources import Resources
from newsevents.runner import RunSummary, process

ENGLISH = "Police arrested two protesters in Kharkiv on Sunday, officials said."


class _Parsed:
    """Stands for a spaCy Doc: the runner releases its views (``user_data``) before letting it go."""

    def __init__(self) -> None:
        self.user_data: dict[object, object] = {}


class _Parsing:
    """A stage that parses: sets ``doc.spacy`` and notes that it did."""

    name = "parsing"
    seen: list[bool]

    def __init__(self) -> None:
        self.seen = []

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            doc.spacy = _Parsed()
            self.seen.append(isinstance(doc.spacy, _Parsed))
            yield doc


def test_documents_leave_the_runner_without_their_spacy_doc(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps({"id": str(n), "text": f"{ENGLISH} {n}."}) + "\n" for n in range(3)))
    pipeline = Pipeline(load_config(None, {"pipeline": {"stages": []}}), Resources())
    stage = _Parsing()
    pipeline.stages.append(stage)  # type: ignore[arg-type]
    docs = list(process(iter_items([path]), pipeline, RunSummary()))
    assert stage.seen == [True, True, True], "the stages had the parse"
    assert [type(d).__name__ for d in docs] == ["Document"] * 3
    assert all(isinstance(d, Document) and d.spacy is None for d in docs), "released after the stages"
