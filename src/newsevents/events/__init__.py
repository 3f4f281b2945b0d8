"""Parse-based PLOVER v2 event coding: triggers, roles, modality and CAMEO/QuadClass from data files."""

from __future__ import annotations

from newsevents.events.coder import code_document
from newsevents.events.lexicon import EventLexicon, load_lexicon

__all__ = ["EventLexicon", "code_document", "load_lexicon"]
