"""Reading input into :class:`~newsevents.model.Article` items; bad items become :class:`Failure` records.

Files (plain text, HTML, JSONL, JSON, CSV/TSV), directories and standard input are read one item at a
time. Nothing bad stops a batch and nothing is dropped silently: every unusable item yields a
``Failure`` with a catalogue code (E100–E110) and the batch goes on.
"""

from newsevents.ingest.options import IngestOptions
from newsevents.ingest.sources import iter_items

__all__ = ["IngestOptions", "iter_items"]
