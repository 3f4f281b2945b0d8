"""Actors by name or alias: the entries of the actor dictionary and the actors the store holds, with
how often each is named, in how many articles, and in how many events it acts.

A search text matches, case- and accent-insensitively, anywhere in a dictionary entry's name or
aliases ("Hemedti" finds Mohamed Hamdan Dagalo), and in a stored mention's text, resolved name or
actor id. Mentions resolved to a dictionary entry count under that entry (so a mention "Hemedti"
counts for Dagalo); the others count under their name, country and sector ("police", SDN, COP).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any

from newsevents.actors.dictionary import Entry
from newsevents.flat import Row
from newsevents.model import FACTUAL_MODALITIES

#: The form both sides are compared in: DuckDB's ``strip_accents(lower(x))``, mirrored by :func:`folded`.
_FOLD = "strip_accents(lower(coalesce({}, '')))"
#: Surface texts shown per actor: enough to see the spellings found, few enough to stay short.
TEXTS_SHOWN = 10

#: Columns of :func:`counts_sql`'s rows, in order.
COUNT_KEYS = (
    "actor_id", "name", "country", "sector", "kind", "texts", "n_mentions", "n_articles", "n_events",
    "n_factual_events",
)  # fmt: skip


def folded(text: str) -> str:
    """``text`` lowercased without diacritics, as :data:`_FOLD` folds stored text."""
    low = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in low if not unicodedata.combining(c))


def matching_entries(entries: Mapping[str, Entry], needle: str) -> dict[str, list[str]]:
    """The ids of the entries whose name or an alias contains the folded ``needle``, each with the
    names that do."""
    found: dict[str, list[str]] = {}
    for entry in entries.values():
        names = [n for n in dict.fromkeys([entry.name, *entry.aliases]) if needle in folded(n)]
        if names:
            found[entry.id] = names
    return found


def counts_sql(needle: str, actor_ids: list[str]) -> tuple[str, list[Any]]:
    """Stored actors whose mention text, name or id contains ``needle`` or whose id is one of
    ``actor_ids``, grouped by actor id (else name, country, sector), with their counts."""
    match = " OR ".join(f"contains({_FOLD.format(col)}, ?)" for col in ("text", "name", "actor_id"))
    sql = f"""
        WITH matched AS (
            SELECT mention_id, article_id, actor_id, name, country, sector, kind, text FROM actors
            WHERE list_contains(?, actor_id) OR {match}
        ), acting AS (
            SELECT event_id, modality, unnest(
                json_extract_string(source_actors, '$[*].mention_id')
                || json_extract_string(target_actors, '$[*].mention_id')
            ) AS mention_id
            FROM events WHERE article_id IN (SELECT article_id FROM matched)
        )
        SELECT
            m.actor_id, mode(m.name), mode(m.country), mode(m.sector), mode(m.kind),
            array_slice(list(DISTINCT m.text ORDER BY m.text), 1, {TEXTS_SHOWN}),
            count(DISTINCT m.mention_id), count(DISTINCT m.article_id), count(DISTINCT a.event_id),
            count(DISTINCT CASE WHEN list_contains(?, a.modality) THEN a.event_id END)
        FROM matched m LEFT JOIN acting a USING (mention_id)
        GROUP BY m.actor_id,
            CASE WHEN m.actor_id IS NULL THEN m.name END,
            CASE WHEN m.actor_id IS NULL THEN m.country END,
            CASE WHEN m.actor_id IS NULL THEN m.sector END
    """
    return sql, [actor_ids, needle, needle, needle, sorted(FACTUAL_MODALITIES)]


def merge(stored: list[Row], entries: Mapping[str, Entry], matched: dict[str, list[str]]) -> list[Row]:
    """One record per actor: the stored ones with their dictionary entry's name, kind and aliases when
    they have one, then the matched entries the store never names (counts 0); the most active first."""
    out: list[Row] = []
    seen: set[str] = set()
    for row in stored:
        entry = entries.get(row["actor_id"] or "")
        out.append(_record(row, entry, matched.get(entry.id, []) if entry else []))
        if entry is not None:
            seen.add(entry.id)
    empty = dict.fromkeys(("n_mentions", "n_articles", "n_events", "n_factual_events"), 0)
    for actor_id, names in matched.items():
        if actor_id not in seen:
            entry = entries[actor_id]
            out.append(_record({"actor_id": actor_id, "texts": [], **empty}, entry, names))
    out.sort(key=lambda r: (-r["n_events"], -r["n_mentions"], str(r["name"]).lower(), r["actor_id"] or ""))
    return out


def _record(row: Row, entry: Entry | None, names: list[str]) -> Row:
    return {
        "actor_id": row["actor_id"],
        "name": entry.name if entry else row["name"],
        "kind": entry.kind if entry else row["kind"],
        "country": entry.country if entry else row["country"],
        "sector": entry.sector if entry else row["sector"],
        "in_dictionary": entry is not None,
        "aliases": list(dict.fromkeys(entry.aliases)) if entry else [],
        "matched_aliases": names,
        "texts": list(row["texts"] or []),
        **{k: int(row[k]) for k in ("n_mentions", "n_articles", "n_events", "n_factual_events")},
    }
