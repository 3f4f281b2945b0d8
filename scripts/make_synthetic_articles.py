"""Synthetic news articles for scale runs: varied countries, actors, event kinds and lengths.

usage: python scripts/make_synthetic_articles.py N OUT.jsonl [--seed S]

Every article is built from the sentence templates of benchmarks/data/synthetic_sentences.txt
(written for this project) with countries, capitals, leaders and armed groups drawn from the
project's own actor dictionary, so the pipeline meets real names and places. Lengths follow a spread
like news (2 to 24 paragraphs, most around 11; about 2,500 characters). The texts are for timing and
memory only: they are not evidence of accuracy. The same N and seed always give the same file.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ACTORS = ROOT / "src" / "newsevents" / "knowledge" / "actors"
TEMPLATES = ROOT / "benchmarks" / "data" / "synthetic_sentences.txt"
WEEKDAYS = [dt.date(2024, 1, d).strftime("%A") for d in range(1, 8)]
MONTHS = [dt.date(2024, m, 1).strftime("%B") for m in range(1, 13)]


def _rows(name: str) -> list[dict[str, str]]:
    lines = [
        line for line in (ACTORS / name).read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    ]
    return list(csv.DictReader(lines, delimiter="\t"))


class Pools:
    """Countries with a capital, a demonym and, where the dictionary has them, leaders and groups."""

    def __init__(self) -> None:
        capitals = {r["country"]: r["name"] for r in _rows("capitals.tsv")}
        self.countries = [
            (r["name"], (r.get("demonyms") or "").split("|")[0], capitals[r["id"]])
            for r in _rows("countries.tsv")
            if r["kind"] == "state" and r.get("demonyms") and r["id"] in capitals
        ]
        self.codes = {r["name"]: r["id"] for r in _rows("countries.tsv")}
        self.leaders: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for r in _rows("people.tsv"):
            if r.get("name") and not r.get("end"):
                self.leaders[r["country"]].append((r["name"], r.get("office") or "minister"))
        self.groups: dict[str, list[str]] = defaultdict(list)
        for r in _rows("groups.tsv"):
            self.groups[r["country"]].append(r["name"])
        self.templates: dict[str, list[str]] = defaultdict(list)
        for line in TEMPLATES.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                kind, sentence = line.split("\t", 1)
                self.templates[kind].append(sentence)


def _slots(pools: Pools, rng: random.Random) -> dict[str, str]:
    (country, demonym, capital), (country2, demonym2, capital2) = rng.sample(pools.countries, 2)
    slots = {"country": country, "country2": country2, "demonym": demonym, "demonym2": demonym2,
             "capital": capital, "capital2": capital2, "city": capital, "city2": capital2}  # fmt: skip
    for suffix, name in (("", country), ("2", country2)):
        leader, office = rng.choice(
            pools.leaders.get(pools.codes[name], [("the prime minister", "prime minister")])
        )
        slots["leader" + suffix], slots["office" + suffix] = leader, office
    groups = pools.groups.get(pools.codes[country]) or ["An armed group"]
    slots.update(group=rng.choice(groups), weekday=rng.choice(WEEKDAYS), month=rng.choice(MONTHS),
                 number=str(rng.randint(3, 400)), small=str(rng.randint(2, 12)))  # fmt: skip
    return slots


def _fresh(templates: list[str], used: set[str], rng: random.Random) -> str:
    """A template not used yet in this article where one is left (articles rarely repeat a line)."""
    left = [t for t in templates if t not in used] or templates
    choice = rng.choice(left)
    used.add(choice)
    return choice


def article(pools: Pools, rng: random.Random, n: int) -> dict[str, str]:
    slots = _slots(pools, rng)
    paragraphs = max(2, min(24, round(rng.lognormvariate(2.4, 0.5))))
    body = [rng.choice(pools.templates["lead"])]
    kinds = ["event", "event", "detail", "background", "quote"]
    used: set[str] = set()
    for _ in range(paragraphs - 1):
        body.append(
            " ".join(_fresh(pools.templates[rng.choice(kinds)], used, rng) for _ in range(rng.randint(2, 4)))
        )
    published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(366))
    text = "\n\n".join(body).format(**slots)
    return {"id": f"synthetic-{n}", "text": text, "published": published.isoformat(),
            "url": f"https://example.org/synthetic/{n}"}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    pools, rng = Pools(), random.Random(args.seed)
    with args.out.open("w", encoding="utf-8") as out:
        for n in range(args.n):
            out.write(json.dumps(article(pools, rng, n), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
