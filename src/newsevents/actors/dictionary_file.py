"""The actor dictionary as an index file (``newsevents.cache``): built once, then read in milliseconds.

Building the dictionary reads the actor files and splits every alias with a spaCy tokenizer (a blank
English pipeline, about 0.3 s to make, and the splitting itself); the file keeps the built indexes
as one JSON section: the entries, the exact and fuzzy keys with their candidates (entry id, case
shape, demonym flag) in the order they were added, the office holders and the spellings. Every
candidate and holder names its entry by id, so a read dictionary has one ``Entry`` object per id, as
the built one has.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsevents.actors import dictionary, normalize
from newsevents.actors.dictionary import ActorDictionary, Candidate, Entry, Office
from newsevents.cache import IndexFile, Section, inputs_digest, load_or_build
from newsevents.errors import NewsEventsError
from newsevents.knowledge import packaged

KIND = "actors"
#: The layout of the dictionary's section; a change to it makes older files stale.
SECTIONS_LAYOUT = 1


def _date(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _day(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def dictionary_sections(index: ActorDictionary) -> dict[str, Section]:
    """The one section of the index file of ``index``."""

    def cands(table: dict[tuple[str, ...], list[Candidate]]) -> list[Any]:
        return [[list(k), [[c.entry.id, list(c.shape), c.demonym] for c in v]] for k, v in table.items()]

    data = {
        "spelling": index.spelling,
        "entries": [_entry_record(e) for e in index.entries.values()],
        "exact": cands(index.exact),
        "fuzzy": cands(index.fuzzy),
        "lengths": [[first, list(lengths)] for first, lengths in index.lengths.items()],
        "holders": [
            [country, office, [[e.id, _office_position(e, o)] for o, e in held]]
            for (country, office), held in index.holders.items()
        ],
    }
    return {"dictionary": Section("bytes", json.dumps(data, ensure_ascii=False).encode())}


def _entry_record(e: Entry) -> dict[str, Any]:
    offices = [[o.office, o.country, _date(o.start), _date(o.end)] for o in e.offices]
    return {
        "id": e.id, "kind": e.kind, "name": e.name, "country": e.country, "sector": e.sector,
        "gender": e.gender, "source": e.source, "aliases": e.aliases, "demonyms": e.demonyms,
        "offices": offices,
    }  # fmt: skip


def _office_position(entry: Entry, office: Office) -> int:
    return next(i for i, o in enumerate(entry.offices) if o is office)


def read_dictionary(index: IndexFile) -> ActorDictionary:
    """The dictionary of an index file written from ``dictionary_sections``."""
    data = index.json("dictionary")
    entries: dict[str, Entry] = {}
    for e in data["entries"]:
        entries[e["id"]] = Entry(
            e["id"], e["kind"], e["name"], e["country"], e["sector"], e["gender"],
            offices=[Office(o, c, _day(start), _day(end)) for o, c, start, end in e["offices"]],
            aliases=e["aliases"], demonyms=e["demonyms"], source=e["source"],
        )  # fmt: skip

    def cands(rows: list[Any]) -> dict[tuple[str, ...], list[Candidate]]:
        return {
            tuple(key): [Candidate(entries[ident], tuple(shape), demonym) for ident, shape, demonym in found]
            for key, found in rows
        }

    return ActorDictionary(
        spelling=data["spelling"],
        exact=cands(data["exact"]),
        lengths={first: tuple(lengths) for first, lengths in data["lengths"]},
        fuzzy=cands(data["fuzzy"]),
        holders={
            (country, office): [(entries[i].offices[n], entries[i]) for i, n in held]
            for country, office, held in data["holders"]
        },
        entries=entries,
    )


def _inputs(extra: list[Path]) -> str:
    """The digest of everything the built dictionary depends on: the versions (spaCy's tokenizer
    splits the aliases), the packaged and user files, and the builder's source, so that an edited
    file in a development checkout, where the package version stays the same, makes the file stale."""
    from spacy.about import __version__ as spacy_version

    import newsevents

    parts = [
        f"actor sections {SECTIONS_LAYOUT}",
        f"newsevents {newsevents.__version__}",
        f"spacy {spacy_version}",
        *(f"user dictionary {p.name}" for p in extra),
    ]
    files = [packaged(name) for name in (*dictionary.PACKAGED_FILES, dictionary.SPELLING_FILE)]
    sources = [Path(m.__file__ or "") for m in (dictionary, normalize)] + [Path(__file__)]
    return inputs_digest(parts, [*files, *sources, *extra])


def cached_dictionary(
    extra: list[Path], tokenizer: Callable[[], Callable[[str], list[str]]], folder: Path | None = None
) -> ActorDictionary:
    """The packaged dictionary with the user's ``extra`` files, from its index file in ``folder``
    (the cache folder by default), built with the tokenizer ``tokenizer()`` makes when missing,
    stale or corrupt."""
    try:
        digest = _inputs(extra)
    except OSError as exc:  # a user file that cannot be read: as the builder would report it
        raise NewsEventsError("E205", path=getattr(exc, "filename", ""), detail=exc) from exc
    index = load_or_build(
        KIND, digest, lambda: dictionary_sections(dictionary.load_dictionary(extra, tokenizer())), folder
    )
    return read_dictionary(index)
