"""Quotes and claims: who said what, attributed to resolved actors (see :mod:`.extract`)."""

from newsevents.quotes.extract import extract_quotes
from newsevents.quotes.lexicon import QuoteLexicon, load_lexicon

__all__ = ["QuoteLexicon", "extract_quotes", "load_lexicon"]
