"""Content-derived identifiers: the same content always gets the same id, so re-runs are idempotent."""

from __future__ import annotations

import hashlib


def content_id(prefix: str, *parts: object) -> str:
    """``prefix`` + 16 hex digits of a SHA-1 over ``parts`` (joined with a separator no text holds)."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}{digest[:16]}"


def article_id(text: str) -> str:
    """An article is identified by its text alone: the same story from two paths is one article."""
    return content_id("a", text)
