"""The actor dictionary: TSV files loaded once into hash indexes over folded token keys.

File format (documented in ``knowledge/actors/README.md``): columns ``id kind name`` are required;
``country sector aliases demonyms gender office start end`` are optional. Rows sharing an ``id`` in
one file describe one entry (each row may add an office and aliases); an ``id`` in a later file
replaces the whole entry of earlier files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsevents.actors.normalize import fold, skeleton, skippable
from newsevents.knowledge import malformed, packaged, read_tsv, read_tsv_numbered

#: Shipped files, in load order (later files override earlier ids).
PACKAGED_FILES: tuple[str, ...] = (
    "actors/countries.tsv",
    "actors/capitals.tsv",
    "actors/igos.tsv",
    "actors/groups.tsv",
    "actors/people.tsv",
    "actors/roles.tsv",
)
SPELLING_FILE = "actors/spelling.tsv"
REQUIRED = ("id", "kind", "name")
KINDS = frozenset(
    {"state", "capital", "organisation", "group", "person", "role", "title", "body", "collective"}
)
#: Data kinds that name no country themselves: their country comes from context ("Syrian army").
GENERIC_KINDS = frozenset({"role", "title", "body", "collective"})
#: PLOVER sector codes (shared/ontology/plover_event_types.md) plus IGO and NGO.
SECTORS = frozenset(
    {
        "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM",
        "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC", "IGO", "NGO",
    }
)  # fmt: skip

Tokenize = Callable[[str], Sequence[str]]


@dataclass(frozen=True, slots=True)
class Office:
    office: str
    country: str | None
    start: dt.date | None
    end: dt.date | None

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(slots=True)
class Entry:
    id: str
    kind: str
    name: str
    country: str | None
    sector: str | None
    gender: str | None = None
    offices: list[Office] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    source: str = ""


@dataclass(frozen=True, slots=True)
class Candidate:
    entry: Entry
    shape: tuple[str, ...]  # the alias tokens kept in the key, for case agreement
    demonym: bool = False


@dataclass(slots=True)
class ActorDictionary:
    spelling: dict[str, str]
    exact: dict[tuple[str, ...], list[Candidate]] = field(default_factory=dict)
    #: first folded token → key lengths starting with it, longest first
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: consonant skeletons of multi-token person names, for spelling variants
    fuzzy: dict[tuple[str, ...], list[Candidate]] = field(default_factory=dict)
    holders: dict[tuple[str, str], list[tuple[Office, Entry]]] = field(default_factory=dict)
    entries: dict[str, Entry] = field(default_factory=dict)

    def holder(self, country: str, office: str, day: dt.date | None) -> Entry | None:
        """Who held ``office`` in ``country`` on ``day`` (the current holder when ``day`` is None)."""
        best: tuple[Office, Entry] | None = None
        for off, entry in self.holders.get((country, office), ()):
            ok = off.end is None if day is None else off.holds_on(day)
            if ok and (best is None or (off.start or dt.date.min) > (best[0].start or dt.date.min)):
                best = (off, entry)
        return best[1] if best else None


def _date(value: str, path: Path, line: int) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise malformed(path, line, f"{value!r} is not a date") from exc


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def read_entries(path: Path) -> dict[str, Entry]:
    """Entries of one file, validated; a bad row raises E205 naming its line."""
    out: dict[str, Entry] = {}
    for line, row in read_tsv_numbered(path, REQUIRED):
        ident, kind, name = row["id"], row["kind"], row["name"]
        country = row.get("country", "") or None
        sector = row.get("sector", "") or None
        if not ident or not name:
            raise malformed(path, line, "id and name must not be empty")
        if kind not in KINDS:
            raise malformed(path, line, f"kind {kind!r} is not one of {sorted(KINDS)}")
        if country is not None and not (len(country) == 3 and country.isalpha() and country.isupper()):
            raise malformed(path, line, f"country {country!r} is not ISO3 or IGO")
        if sector is not None and sector not in SECTORS:
            raise malformed(path, line, f"sector {sector!r} is not a PLOVER code")
        entry = out.get(ident)
        if entry is None:
            gender = row.get("gender", "") or None
            entry = Entry(ident, kind, name, country, sector, gender, source=path.name)
            entry.aliases.append(name)
            out[ident] = entry
        entry.aliases.extend(_split(row.get("aliases", "")))
        entry.demonyms.extend(_split(row.get("demonyms", "")))
        office = row.get("office", "")
        if office:
            start = _date(row.get("start", ""), path, line)
            end = _date(row.get("end", ""), path, line)
            entry.offices.append(Office(office, country or entry.country, start, end))
    return out


def read_spelling(path: Path) -> dict[str, str]:
    return {r["variant"].lower(): r["canonical"].lower() for r in read_tsv(path, ("variant", "canonical"))}


def read_all(extra: Iterable[Path] = ()) -> dict[str, Entry]:
    """The entries of the packaged files with ``extra`` user files merged over them, by id."""
    merged: dict[str, Entry] = {}
    for path in [packaged(name) for name in PACKAGED_FILES] + [Path(p) for p in extra]:
        merged.update(read_entries(path))
    return merged


def load_dictionary(extra: Iterable[Path], tokenize: Tokenize) -> ActorDictionary:
    """The packaged files with ``extra`` user files merged over them, indexed for matching."""
    return build_index(read_all(extra), read_spelling(packaged(SPELLING_FILE)), tokenize)


def _key(alias: str, tokenize: Tokenize, spelling: dict[str, str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    texts = list(tokenize(alias))
    folded = [fold(t, spelling) for t in texts]
    kept = [i for i in range(len(texts)) if not skippable(texts, folded, i)]
    if len(kept) > 1 and folded[kept[0]] == "the":  # "the Kremlin" is matched as "Kremlin"
        kept = kept[1:]
    return tuple(folded[i] for i in kept), tuple(texts[i] for i in kept)


def _add(table: dict[tuple[str, ...], list[Candidate]], key: tuple[str, ...], cand: Candidate) -> None:
    """One candidate per entry and key: "Yunus-Bek" and "Yunus-bek" are one alias."""
    cands = table.setdefault(key, [])
    for i, old in enumerate(cands):
        if old.entry is cand.entry and old.demonym == cand.demonym:
            if cand.shape != old.shape and sum(c.isupper() for c in "".join(cand.shape)) < sum(
                c.isupper() for c in "".join(old.shape)
            ):
                cands[i] = cand  # keep the laxer case pattern
            return
    cands.append(cand)


def build_index(entries: dict[str, Entry], spelling: dict[str, str], tokenize: Tokenize) -> ActorDictionary:
    index = ActorDictionary(spelling=spelling, entries=entries)
    for entry in entries.values():
        forms = [(a, False) for a in dict.fromkeys(entry.aliases)]
        forms += [(d, True) for d in dict.fromkeys(entry.demonyms)]
        for alias, demonym in forms:
            key, shape = _key(alias, tokenize, spelling)
            if not key:
                continue
            _add(index.exact, key, Candidate(entry, shape, demonym))
            if entry.kind == "person" and len(key) > 1:
                _add(index.fuzzy, tuple(skeleton(k) for k in key), Candidate(entry, shape, False))
        for off in entry.offices:
            if off.country:
                index.holders.setdefault((off.country, off.office), []).append((off, entry))
    firsts: dict[str, set[int]] = {}
    for key in index.exact:
        firsts.setdefault(key[0], set()).add(len(key))
    index.lengths = {k: tuple(sorted(v, reverse=True)) for k, v in firsts.items()}
    return index
