"""The database layout: every table's columns, declared once and shared by the DDL, the row builders
and the readers, so that a column added here reaches all three.

The values come from the one mapping of the model to flat fields (:mod:`newsevents.flat`), whose
names are these columns' names; ``tests/test_store_mapping.py`` fails when the two drift apart.
"""

from __future__ import annotations

#: Bumped whenever a table changes; a database written by another layout is refused (E130), because
#: silently mixing layouts would corrupt queries.
#: 6: events.actor_search; 5: events.magnitudes; 4: events.mentions; 3: the runs' status and item counts
SCHEMA_VERSION = 6
#: Columns added to a table since an earlier version, by that version: a writable store of that
#: version gets them (``ALTER TABLE ... ADD COLUMN``) instead of being refused.
ADDED_COLUMNS: dict[int, dict[str, tuple[tuple[str, str], ...]]] = {
    3: {
        "runs": (
            ("status", "VARCHAR"),
            ("n_given", "INTEGER"),
            ("n_merged", "INTEGER"),
            ("n_already", "INTEGER"),
            ("n_not_english", "INTEGER"),
        ),
        "events": (("mentions", "JSON"),),
    },
    4: {"events": (("magnitudes", "JSON"),)},
    5: {"events": (("actor_search", "VARCHAR"),)},
}

Columns = tuple[tuple[str, str], ...]

RUN_COLUMNS: Columns = (
    ("run_id", "VARCHAR PRIMARY KEY"),
    ("started", "TIMESTAMP"),
    ("finished", "TIMESTAMP"),
    ("resolved", "JSON"),
    ("versions", "JSON"),
    ("stages", "JSON"),
    ("n_articles", "INTEGER"),
    ("n_failures", "INTEGER"),
    ("n_events", "INTEGER"),
    # running while it writes, finished, or aborted (found unfinished by a later ingest: killed)
    ("status", "VARCHAR"),
    # What became of the items read: given = articles + merged + already + failures (``RunSummary``).
    ("n_given", "INTEGER"),
    ("n_merged", "INTEGER"),  # items whose text was that of an earlier item of the run
    ("n_already", "INTEGER"),  # items already stored by an earlier run, skipped
    ("n_not_english", "INTEGER"),  # articles stored without coding: not in English
)

ARTICLE_COLUMNS: Columns = (
    ("article_id", "VARCHAR PRIMARY KEY"),
    ("source", "VARCHAR"),
    ("source_id", "VARCHAR"),
    ("title", "VARCHAR"),
    ("url", "VARCHAR"),
    ("published", "DATE"),
    ("text", "VARCHAR"),
    ("n_chars", "INTEGER"),
    ("meta", "JSON"),
    ("run_id", "VARCHAR"),
)

FAILURE_COLUMNS: Columns = (
    ("failure_id", "VARCHAR PRIMARY KEY"),
    ("run_id", "VARCHAR"),
    ("source", "VARCHAR"),
    ("item", "VARCHAR"),
    ("code", "VARCHAR"),
    ("reason", "VARCHAR"),
)

_PROVENANCE: Columns = (("stage", "VARCHAR"), ("confidence", "DOUBLE"), ("reason", "VARCHAR"))

ACTOR_COLUMNS: Columns = (
    ("mention_id", "VARCHAR PRIMARY KEY"),
    ("article_id", "VARCHAR"),
    ("start", "INTEGER"),
    ("end", "INTEGER"),
    ("text", "VARCHAR"),
    ("sentence", "INTEGER"),
    ("name", "VARCHAR"),
    ("actor_id", "VARCHAR"),
    ("country", "VARCHAR"),
    ("sector", "VARCHAR"),
    ("kind", "VARCHAR"),
    *_PROVENANCE,
)

PLACE_COLUMNS: Columns = (
    ("place_id", "VARCHAR PRIMARY KEY"),
    ("article_id", "VARCHAR"),
    ("start", "INTEGER"),
    ("end", "INTEGER"),
    ("text", "VARCHAR"),
    ("sentence", "INTEGER"),
    ("name", "VARCHAR"),
    ("geonameid", "BIGINT"),
    ("lat", "DOUBLE"),
    ("lon", "DOUBLE"),
    ("country", "VARCHAR"),
    ("admin1", "VARCHAR"),
    ("precision", "VARCHAR"),
    ("use", "VARCHAR"),
    ("literal", "BOOLEAN"),
    *_PROVENANCE,
)

TIME_COLUMNS: Columns = (
    ("time_id", "VARCHAR PRIMARY KEY"),
    ("article_id", "VARCHAR"),
    ("start", "INTEGER"),
    ("end", "INTEGER"),
    ("text", "VARCHAR"),
    ("sentence", "INTEGER"),
    ("type", "VARCHAR"),
    ("value", "VARCHAR"),
    ("precision", "VARCHAR"),
    *_PROVENANCE,
)

QUOTE_COLUMNS: Columns = (
    ("quote_id", "VARCHAR PRIMARY KEY"),
    ("article_id", "VARCHAR"),
    ("sentence", "INTEGER"),
    ("content_start", "INTEGER"),
    ("content_end", "INTEGER"),
    ("content_text", "VARCHAR"),
    ("direct", "BOOLEAN"),
    ("cue_start", "INTEGER"),
    ("cue_end", "INTEGER"),
    ("cue_text", "VARCHAR"),
    ("speaker_start", "INTEGER"),
    ("speaker_end", "INTEGER"),
    ("speaker_text", "VARCHAR"),
    ("speaker_mention_id", "VARCHAR"),
    ("speaker_name", "VARCHAR"),
    ("speaker_country", "VARCHAR"),
    ("speaker_sector", "VARCHAR"),
    ("claim", "BOOLEAN"),
    ("claim_cue", "VARCHAR"),
    *_PROVENANCE,
)

#: One row per event. Article context (published, url, title) is copied in so that an exported row
#: can be checked on its own; the copy is rewritten with the article, so it cannot go stale.
EVENT_COLUMNS: Columns = (
    ("event_id", "VARCHAR PRIMARY KEY"),
    ("article_id", "VARCHAR"),
    ("article_published", "VARCHAR"),
    ("article_url", "VARCHAR"),
    ("article_title", "VARCHAR"),
    ("event_type", "VARCHAR"),
    ("mode", "VARCHAR"),
    ("cameo", "VARCHAR"),
    ("quad_class", "INTEGER"),
    ("source_actors", "JSON"),
    ("target_actors", "JSON"),
    ("source_countries", "VARCHAR[]"),
    ("target_countries", "VARCHAR[]"),
    ("trigger_start", "INTEGER"),
    ("trigger_end", "INTEGER"),
    ("trigger_text", "VARCHAR"),
    ("sentence", "INTEGER"),
    ("sentence_start", "INTEGER"),
    ("sentence_end", "INTEGER"),
    ("evidence_start", "INTEGER"),
    ("evidence_end", "INTEGER"),
    ("evidence_text", "VARCHAR"),
    ("mentions", "JSON"),  # the event's other mentions in its article (Event.mentions)
    ("magnitudes", "JSON"),  # the counts it is told with (Event.magnitudes: killed, injured, ...)
    # what the actor filter scans: both sides' texts, names and ids, lower-cased (store/query.py)
    ("actor_search", "VARCHAR"),
    ("date_value", "VARCHAR"),
    ("date_precision", "VARCHAR"),
    ("date_stage", "VARCHAR"),
    ("date_confidence", "DOUBLE"),
    ("date_reason", "VARCHAR"),
    ("date_time_id", "VARCHAR"),
    ("location_name", "VARCHAR"),
    ("location_geonameid", "BIGINT"),
    ("location_lat", "DOUBLE"),
    ("location_lon", "DOUBLE"),
    ("location_country", "VARCHAR"),
    ("location_admin1", "VARCHAR"),
    ("location_precision", "VARCHAR"),
    ("location_stage", "VARCHAR"),
    ("location_confidence", "DOUBLE"),
    ("location_reason", "VARCHAR"),
    ("location_place_id", "VARCHAR"),
    ("modality", "VARCHAR"),
    ("modality_cue", "VARCHAR"),
    ("attributed_source", "VARCHAR"),
    ("quote_id", "VARCHAR"),
    *_PROVENANCE,
)

#: One row per incident: the factual events of every article that report one real-world event
#: (``newsevents.incidents``). Derived data, rebuilt from the events by ``Store.merge_incidents``.
#: Type, date, countries and location are those of the representative report, under the events'
#: column names so that the events' filters apply; the countries are those of all members.
INCIDENT_COLUMNS: Columns = (
    ("incident_id", "VARCHAR PRIMARY KEY"),
    ("event_type", "VARCHAR"),
    ("date_value", "VARCHAR"),
    ("date_precision", "VARCHAR"),
    ("source_countries", "VARCHAR[]"),
    ("target_countries", "VARCHAR[]"),
    ("location_name", "VARCHAR"),
    ("location_country", "VARCHAR"),
    ("location_admin1", "VARCHAR"),
    ("location_lat", "DOUBLE"),
    ("location_lon", "DOUBLE"),
    ("location_precision", "VARCHAR"),
    ("representative_event_id", "VARCHAR"),
    ("n_reports", "INTEGER"),
    ("n_articles", "INTEGER"),
    ("n_sources", "INTEGER"),
    ("sources", "VARCHAR[]"),
    ("confidence", "DOUBLE"),
)

#: Which event belongs to which incident, and why it joined.
INCIDENT_MEMBER_COLUMNS: Columns = (
    ("incident_id", "VARCHAR"),
    ("event_id", "VARCHAR PRIMARY KEY"),
    ("article_id", "VARCHAR"),
    ("outlet", "VARCHAR"),
    ("representative", "BOOLEAN"),
    ("joined_to", "VARCHAR"),
    ("reason", "VARCHAR"),
)

TABLES: dict[str, Columns] = {
    "runs": RUN_COLUMNS,
    "articles": ARTICLE_COLUMNS,
    "failures": FAILURE_COLUMNS,
    "actors": ACTOR_COLUMNS,
    "places": PLACE_COLUMNS,
    "times": TIME_COLUMNS,
    "quotes": QUOTE_COLUMNS,
    "events": EVENT_COLUMNS,
    "incidents": INCIDENT_COLUMNS,
    "incident_members": INCIDENT_MEMBER_COLUMNS,
}

#: Tables whose rows belong to one article and are replaced together with it.
ARTICLE_TABLES: tuple[str, ...] = ("actors", "places", "times", "quotes", "events")


def names(columns: Columns) -> tuple[str, ...]:
    return tuple(name for name, _ in columns)


def json_columns(columns: Columns) -> frozenset[str]:
    return frozenset(name for name, kind in columns if kind == "JSON")


def quoted(name: str) -> str:
    """``name`` as a SQL identifier; needed because ``start`` and ``end`` are SQL keywords."""
    return '"' + name.replace('"', '""') + '"'


def ddl() -> list[str]:
    statements = ["CREATE TABLE IF NOT EXISTS store_meta (key VARCHAR PRIMARY KEY, value VARCHAR)"]
    for table, columns in TABLES.items():
        body = ", ".join(f"{quoted(name)} {kind}" for name, kind in columns)
        statements.append(f"CREATE TABLE IF NOT EXISTS {table} ({body})")
    return statements
