"""Validate the example articles and their gold files.

usage: python scripts/check_gold.py [FOLDER]   (default: the package's src/newsevents/examples)

Every ``NN_slug.input.json`` must have a ``NN_slug.gold.json`` with the same id, and the gold must be
consistent with the text: offsets in range, every span's ``text`` equal to ``text[start:end]``, the fields
the scorers and the golden tests read present and well-formed, weekday names agreeing with the dates
they resolve to, every place carrying coordinates and a ``use`` that agrees with its ``literal`` flag,
every must-not place span listed as a non-literal place. Exits 1 and lists every problem when anything is
wrong. Standard library only.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

EVENT_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
     "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
)  # fmt: skip
MODALITIES = frozenset({"asserted", "reported", "hedged", "hypothetical", "future", "negated"})
TIME_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
COUNTRY = re.compile(r"^([A-Z]{3})$")
#: How a toponym is used (GeoWebNews-style): a literal location, a capital/country/seat standing for its
#: government, a demonym or attributive modifier, or a toponym inside an organisation's or event's name.
PLACE_USES = frozenset({"location", "government", "demonym", "embedded"})
#: The bundled examples, package data of newsevents (read by path: this script needs no install).
DEFAULT_FOLDER = Path(__file__).resolve().parents[1] / "src" / "newsevents" / "examples"


class Checker:
    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.text = text
        self.problems: list[str] = []

    def fail(self, where: str, message: str) -> None:
        self.problems.append(f"{self.name}: {where}: {message}")

    def span(self, where: str, obj: Any, with_text: bool = False) -> tuple[int, int] | None:
        """Check one ``{"start", "end"[, "text"]}`` object; return the offsets when they are valid."""
        if not isinstance(obj, dict):
            self.fail(where, f"expected a span object, got {obj!r}")
            return None
        start, end = obj.get("start"), obj.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            self.fail(where, f"start/end must be integers, got {start!r}, {end!r}")
            return None
        if not 0 <= start < end <= len(self.text):
            self.fail(where, f"offsets [{start}, {end}) outside a text of {len(self.text)} characters")
            return None
        if ("text" in obj or with_text) and obj.get("text") != self.text[start:end]:
            self.fail(where, f"text {obj.get('text')!r} != text[{start}:{end}] {self.text[start:end]!r}")
        return start, end

    def actor(self, where: str, actor: Any) -> None:
        if not isinstance(actor, dict) or not isinstance(actor.get("text"), str):
            self.fail(where, f"actor needs a text: {actor!r}")
            return
        if actor.get("start") is not None:
            self.span(where, actor, with_text=True)
        country = actor.get("country")
        if country is not None and not (COUNTRY.match(str(country))):
            self.fail(where, f"country must be ISO3 or IGO: {country!r}")
        if "sector" not in actor:
            self.fail(where, "actor needs a sector (may be null)")

    def event(self, where: str, ev: Any) -> None:
        if not isinstance(ev, dict):
            self.fail(where, "event must be an object")
            return
        if ev.get("event_type") not in EVENT_TYPES:
            self.fail(where, f"unknown event_type {ev.get('event_type')!r}")
        alt = ev.get("alt_type") or []
        for t in [alt] if isinstance(alt, str) else alt:
            if t not in EVENT_TYPES:
                self.fail(where, f"unknown alt_type {t!r}")
        if ev.get("modality") not in MODALITIES:
            self.fail(where, f"unknown modality {ev.get('modality')!r}")
        if not isinstance(ev.get("optional"), bool):
            self.fail(where, "optional must be true or false")
        if ev.get("modality") not in ("asserted", "reported") and ev.get("optional") is not True:
            self.fail(where, "a hedged/hypothetical/future/negated event must be optional")
        for role in ("source", "target"):
            actors = ev.get(role)
            if not isinstance(actors, list):
                self.fail(where, f"{role} must be a list")
                continue
            for i, a in enumerate(actors):
                self.actor(f"{where}.{role}[{i}]", a)
        if not ev.get("optional") and not any(a.get("country") for a in ev.get("source") or []):
            self.fail(where, "a non-optional event needs a source country")
        date = ev.get("date")
        if date is not None and not (isinstance(date, dict) and DATE_VALUE.match(str(date.get("value")))):
            self.fail(where, f"date must be null or {{'value': YYYY[-MM[-DD]]}}, got {date!r}")
        loc = ev.get("location")
        if loc is not None:
            if not isinstance(loc, dict) or not loc.get("name"):
                self.fail(where, f"location needs a name: {loc!r}")
            elif not (isinstance(loc.get("lat"), (int, float)) and isinstance(loc.get("lon"), (int, float))):
                self.fail(where, "location needs lat/lon")
        self.span(f"{where}.evidence", ev.get("evidence"))

    def time(self, where: str, t: Any) -> None:
        got = self.span(where, t, with_text=True)
        if t.get("type") not in TIME_TYPES:
            self.fail(where, f"unknown time type {t.get('type')!r}")
        value = t.get("value")
        if value is not None and not isinstance(value, str):
            self.fail(where, f"value must be a string or null: {value!r}")
        if got is None or not isinstance(value, str):
            return
        day = re.match(r"^(\d{4}-\d{2}-\d{2})", value)
        named = [i for i, w in enumerate(WEEKDAYS) if w in self.text[got[0] : got[1]].lower()]
        if day and named and dt.date.fromisoformat(day.group(1)).weekday() != named[0]:
            self.fail(where, f"{self.text[got[0] : got[1]]!r} is not a {WEEKDAYS[named[0]]}: {value}")

    def quote(self, where: str, q: Any) -> None:
        if not isinstance(q, dict):
            self.fail(where, "quote must be an object")
            return
        self.span(f"{where}.content", q.get("content"))
        if q.get("speaker") is not None:
            self.span(f"{where}.speaker", q["speaker"], with_text=True)
        if q.get("cue") is not None:
            self.span(f"{where}.cue", q["cue"])
        if not isinstance(q.get("direct"), bool):
            self.fail(where, "direct must be true or false")
        if "resolved_speaker" not in q:
            self.fail(where, "resolved_speaker must be present (may be null)")

    def place(self, where: str, p: Any) -> None:
        if not isinstance(p, dict):
            self.fail(where, "place must be an object")
            return
        self.span(where, p, with_text=True)
        if not (isinstance(p.get("lat"), (int, float)) and isinstance(p.get("lon"), (int, float))):
            self.fail(where, "every place needs lat/lon (a non-literal one those of the place it names)")
        if not p.get("name"):
            self.fail(where, "place needs the name of the place it names")
        country = p.get("country")
        if country is not None and not COUNTRY.match(str(country)):
            self.fail(where, f"country must be ISO3 or null: {country!r}")
        literal, use = p.get("literal"), p.get("use")
        if not isinstance(literal, bool):
            self.fail(where, f"literal must be true or false, got {literal!r}")
        if use not in PLACE_USES:
            self.fail(where, f"use must be one of {sorted(PLACE_USES)}, got {use!r}")
        elif isinstance(literal, bool) and literal != (use == "location"):
            # a demonym naming the place's ground ("Belarusian territory") is written use "location"
            self.fail(where, f"use {use!r} contradicts literal={literal}: only 'location' is literal")
        tolerance = p.get("tolerance_km")
        if tolerance is not None and not (isinstance(tolerance, (int, float)) and tolerance > 0):
            self.fail(where, f"tolerance_km must be a positive number: {tolerance!r}")

    def must_not_place_agrees(self, where: str, m: dict[str, Any], places: list[Any]) -> None:
        """A must-not place span (no literal place here) must be a non-literal entry of ``places``."""
        key = (m.get("start"), m.get("end"))
        same = [p for p in places if isinstance(p, dict) and (p.get("start"), p.get("end")) == key]
        if not same:
            self.fail(where, f"{m.get('text')!r} at {key[0]} is not a span listed in places")
        elif any(p.get("literal") is not False for p in same):
            self.fail(where, f"{m.get('text')!r} at {key[0]} is a literal place in places")

    def must_not(self, where: str, m: Any) -> None:
        kind = m.get("kind") if isinstance(m, dict) else None
        if not isinstance(m, dict) or not m.get("why"):
            self.fail(where, "must_not entries need a 'why'")
        elif kind == "event":
            if m.get("event_type") not in EVENT_TYPES:
                self.fail(where, f"unknown event_type {m.get('event_type')!r}")
            if not m.get("source_country"):
                self.fail(where, "an event must_not needs a source_country")
        elif kind == "place":
            self.span(where, m, with_text=True)
        else:
            self.fail(where, f"unknown must_not kind {kind!r}")


def check_pair(input_path: Path, gold_path: Path) -> list[str]:
    name = input_path.name.removesuffix(".input.json")
    try:
        article = json.loads(input_path.read_text("utf-8"))
        gold = json.loads(gold_path.read_text("utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        return [f"{name}: cannot read: {exc}"]
    text = article.get("text")
    if not isinstance(text, str) or not text:
        return [f"{name}: input has no text"]
    c = Checker(name, text)
    for key in ("id", "title", "published", "url", "text"):
        if key not in article:
            c.fail("input", f"missing field {key!r}")
    if not str(article.get("id", "")).startswith("ex-"):
        c.fail("input", f"id should start with 'ex-': {article.get('id')!r}")
    if gold.get("id") != article.get("id"):
        c.fail("gold", f"id {gold.get('id')!r} != input id {article.get('id')!r}")
    if gold.get("published") != article.get("published"):
        c.fail("gold", "published differs from the input")
    if article.get("published") is not None:
        try:
            dt.date.fromisoformat(article["published"])
        except (TypeError, ValueError):
            c.fail("input", f"published must be YYYY-MM-DD or null: {article['published']!r}")
    for key in ("events", "times", "quotes", "places", "must_not"):
        if not isinstance(gold.get(key), list):
            c.fail("gold", f"missing list {key!r}")
    required = [e for e in gold.get("events") or [] if isinstance(e, dict) and not e.get("optional")]
    if not 2 <= len(required) <= 6:
        c.fail("gold", f"expected 2-6 non-optional events, found {len(required)}")
    for i, ev in enumerate(gold.get("events") or []):
        c.event(f"events[{i}]", ev)
    for i, t in enumerate(gold.get("times") or []):
        c.time(f"times[{i}]", t)
    for i, q in enumerate(gold.get("quotes") or []):
        c.quote(f"quotes[{i}]", q)
    for i, p in enumerate(gold.get("places") or []):
        c.place(f"places[{i}]", p)
    for i, m in enumerate(gold.get("must_not") or []):
        c.must_not(f"must_not[{i}]", m)
        if isinstance(m, dict) and m.get("kind") == "place":
            c.must_not_place_agrees(f"must_not[{i}]", m, gold.get("places") or [])
    return c.problems


def check_folder(folder: Path) -> tuple[int, list[str]]:
    """Number of pairs checked and every problem found."""
    problems: list[str] = []
    inputs = sorted(folder.glob("*.input.json"))
    if not inputs:
        problems.append(f"{folder}: no *.input.json files")
    for inp in inputs:
        gold = inp.with_name(inp.name.removesuffix(".input.json") + ".gold.json")
        if not gold.exists():
            problems.append(f"{inp.name}: no gold file {gold.name}")
            continue
        problems.extend(check_pair(inp, gold))
    for gold in sorted(folder.glob("*.gold.json")):
        if not gold.with_name(gold.name.removesuffix(".gold.json") + ".input.json").exists():
            problems.append(f"{gold.name}: no input file")
    ids = [json.loads(p.read_text("utf-8")).get("id") for p in inputs]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids among the inputs")
    return len(inputs), problems


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else DEFAULT_FOLDER
    n, problems = check_folder(folder)
    for p in problems:
        print(p)
    print(f"{n} article(s) checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
