"""Incidents across outlets on the real-news development set: pairwise precision, recall and F1.

usage: python benchmarks/incidents_eval.py [--store FILE] [--reuse] [--json] [--show] [--why]

The development articles (texts from the verified cache, as ``benchmarks/eval.py realnews`` reads
them) are ingested into a store (``--store``, default ``out/eval/realnews-dev.duckdb``; with
``--reuse`` an existing one is kept, so that only the merging is run again), its incidents are
rebuilt with the current rules (``Store.merge_incidents``), and they are scored against the
cross-report gold ``devset/realnews/gold/cross_reports.dev.json`` (see devset/realnews/CROSS_REPORTS.md).

Scoring:

* System events are mapped to gold events article by article with the article scorer's own matching
  (``../shared/eval/score_articles.py``: factual system events, one-to-one to core gold events,
  maximum matching preferring agreement on date and place).
* The units are pairs of core gold events of different articles. A pair is gold when a cross-report
  cluster holds both; it is predicted when the system events matched to both share an incident.
* A gold event no system event matched cannot be in a predicted pair: every gold pair it belongs to is
  missed and counts against recall (``missed_unextracted`` says how many were lost this way, apart from
  those the merging missed, ``missed_unmerged``).
* ``--why`` prints, for each gold pair whose two events were extracted but not joined, both reports
  as the merging rules read them (type, mode, actor countries, date, place, text similarity) and the
  rule that kept them apart.
* ``same_article_joins``: incidents holding the system events matched to two different core gold
  events of one article (an incident joining two real events of one article; must be 0).
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import eval as evaluation  # noqa: E402  (benchmarks/eval.py: the real-news input and gold)

sys.path.insert(0, str(evaluation.EVAL))
from score_articles import agreement, compatible, considered, is_optional  # noqa: E402
from scoring_common import max_bipartite, prf  # noqa: E402

from newsevents.incidents import constants as K  # noqa: E402
from newsevents.incidents.reports import Report, report_of  # noqa: E402
from newsevents.incidents.rules import (  # noqa: E402
    actor_relation,
    conflict,
    date_relation,
    link,
    place_relation,
    same_act,
)
from newsevents.incidents.similarity import TextSimilarity  # noqa: E402
from newsevents.incidents.types import load_compatible_types  # noqa: E402
from newsevents.interchange import date_record  # noqa: E402
from newsevents.model import FACTUAL_MODALITIES  # noqa: E402
from newsevents.store import Store  # noqa: E402


def cross_gold(split: str) -> Path:
    """The cross-report gold of ``split``: dev, or heldout (read at milestones only)."""
    return evaluation.REALNEWS / "gold" / f"cross_reports.{split}.json"


DEFAULT_STORE = ROOT / "out" / "eval" / "realnews-dev.duckdb"


def scorer_event(row: Mapping[str, Any]) -> dict[str, Any]:
    """A stored event row as the article scorer reads an interchange event."""
    value, precision = row.get("date_value"), row.get("date_precision")
    return {
        "event_type": row.get("event_type"),
        "source": list(row.get("source_actors") or []),
        "target": list(row.get("target_actors") or []),
        "date": None if value is None else date_record(value, precision),
        "location": {
            "country": row.get("location_country"),
            "lat": row.get("location_lat"),
            "lon": row.get("location_lon"),
        },
        "modality": row.get("modality"),
    }


def sentences(row: Mapping[str, Any]) -> list[tuple[int, int]]:
    """The spans of a stored event's evidence and of its other mentions' evidence."""
    spans = [(row.get("evidence_start"), row.get("evidence_end"))]
    mentions = row.get("mentions") or []
    if isinstance(mentions, str):
        mentions = json.loads(mentions)
    spans += [(m.get("evidence_start"), m.get("evidence_end")) for m in mentions]
    return [(int(a), int(b)) for a, b in spans if a is not None and b is not None]


def told_in(gold: Mapping[str, Any], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the gold event's evidence overlaps a sentence the system event was found in."""
    evidence = gold.get("evidence") or {}
    start, end = evidence.get("start"), evidence.get("end")
    return start is not None and end is not None and any(a < end and start < b for a, b in spans)


def _match_round(
    core: Sequence[Mapping[str, Any]],
    events: Sequence[Mapping[str, Any]],
    spans: Sequence[Sequence[tuple[int, int]]],
    found: Mapping[int, int],
    same_sentence: bool,
) -> dict[int, int]:
    """One maximum matching of the gold and system events ``found`` left, by the article scorer."""
    gold_left = [g for g in range(len(core)) if g not in found]
    used = set(found.values())
    sys_left = [s for s in range(len(events)) if s not in used]

    def fits(g: int, s: int) -> bool:
        gold, system = core[gold_left[g]], events[sys_left[s]]
        return compatible(gold, system) and (not same_sentence or told_in(gold, spans[sys_left[s]]))

    pairs = max_bipartite(
        len(gold_left), len(sys_left), fits, lambda g, s: agreement(core[gold_left[g]], events[sys_left[s]])
    )
    return {gold_left[g]: sys_left[s] for g, s in pairs.items()}


def match_article(
    gold_events: Sequence[Mapping[str, Any]], rows: Sequence[Mapping[str, Any]]
) -> dict[str, str]:
    """Core gold eid -> system event id, by the article scorer's matching (``compatible``, maximum
    one-to-one, ``agreement`` breaking ties), in two rounds: first the pairs told in one sentence,
    then the rest. With several compatible events of one type in an article (three arrests by one
    police), a single maximum matching may pair a system event with a gold event of another sentence,
    and the pairs would then score the mapping, not the merging."""
    core = [e for e in gold_events if not is_optional(e)]
    system = [r for r in rows if considered(scorer_event(r))]
    events = [scorer_event(r) for r in system]
    spans = [sentences(r) for r in system]
    found: dict[int, int] = {}
    for same_sentence in (True, False):
        found.update(_match_round(core, events, spans, found, same_sentence))
    return {str(core[g]["eid"]): str(system[s]["event_id"]) for g, s in found.items()}


def pairwise(
    gold: Mapping[str, Sequence[Mapping[str, Any]]],
    clusters: Sequence[Sequence[str]],
    matched: Mapping[str, str],
    incident_of: Mapping[str, str],
) -> dict[str, Any]:
    """Pairwise scores. ``gold``: article id -> its gold events; ``clusters``: eids of one real event;
    ``matched``: core eid -> system event id; ``incident_of``: system event id -> incident id."""
    article_of = {str(e["eid"]): a for a, events in gold.items() for e in events if not is_optional(e)}
    cluster_of = {eid: n for n, eids in enumerate(clusters) for eid in eids}
    unknown = sorted(set(cluster_of) - set(article_of))
    if unknown:
        raise SystemExit(f"cross-report gold names eids that are no core gold event: {unknown}")

    def incident(eid: str) -> str | None:
        event = matched.get(eid)
        return None if event is None else incident_of.get(event)

    tp = predicted = n_gold = unextracted = found_gold = 0
    for a, b in itertools.combinations(sorted(article_of), 2):
        if article_of[a] == article_of[b]:
            continue
        same_gold = a in cluster_of and cluster_of.get(a) == cluster_of.get(b)
        ia, ib = incident(a), incident(b)
        joined = ia is not None and ia == ib
        n_gold += same_gold
        predicted += joined
        tp += same_gold and joined
        both = ia is not None and ib is not None
        unextracted += same_gold and not both
        found_gold += same_gold and both
    by_incident: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for eid, article in article_of.items():
        inc = incident(eid)
        if inc is not None:
            by_incident[inc][article].add(eid)
    same_article = sum(any(len(e) > 1 for e in arts.values()) for arts in by_incident.values())
    p, r, f = prf(tp, predicted, n_gold)
    # The merging alone: pairs whose two events were both extracted (a predicted pair always is).
    fp, fr, ff = prf(tp, predicted, found_gold)
    return {
        "found_pairs": found_gold, "found_precision": fp, "found_recall": fr, "found_f1": ff,
        "gold_pairs": n_gold, "predicted_pairs": predicted, "tp": tp, "precision": p, "recall": r,
        "f1": f, "missed_unextracted": unextracted, "missed_unmerged": n_gold - tp - unextracted,
        "same_article_joins": same_article, "core_gold": len(article_of), "core_matched": len(matched),
    }  # fmt: skip


def ingest(inputs: Path, store: Path) -> None:
    exe = Path(sys.executable).with_name("newsevents")
    command = [str(exe), "ingest", str(inputs), "--db", str(store)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode not in (0, 1):  # 1: some item failed; what was stored is still scored
        sys.stderr.write(done.stderr)
        raise SystemExit(f"ingest failed with exit status {done.returncode}")


def evaluate(
    store_path: Path, reuse: bool, show: bool, split: str = "dev", why: bool = False
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        inputs, gold_path = evaluation.realnews_files(split, Path(tmp))
        if not (reuse and store_path.exists()):
            store_path.unlink(missing_ok=True)
            store_path.parent.mkdir(parents=True, exist_ok=True)
            ingest(inputs, store_path)
        gold_lines = [json.loads(x) for x in gold_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    gold = {str(g["id"]): list(g.get("events") or []) for g in gold_lines}
    clusters = [
        list(c["eids"]) for c in json.loads(cross_gold(split).read_text(encoding="utf-8"))["clusters"]
    ]
    with Store(store_path) as store:
        n_incidents = store.merge_incidents()
        ids = dict(store.con.execute("SELECT article_id, source_id FROM articles").fetchall())
        rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in store.events(modalities=None):
            rows[str(ids.get(row["article_id"]))].append(row)
        incidents = store.incidents(refresh=False)
    incident_of = {m["event_id"]: inc["incident_id"] for inc in incidents for m in inc["members"]}
    matched: dict[str, str] = {}
    for article, events in gold.items():
        matched.update(match_article(events, rows.get(article, [])))
    metrics = pairwise(gold, clusters, matched, incident_of)
    metrics["incidents"] = n_incidents
    if show:
        explain(clusters, matched, incident_of, incidents)
    if why:
        factual = [r for events in rows.values() for r in events if r.get("modality") in FACTUAL_MODALITIES]
        why_apart(clusters, matched, incident_of, factual)
    return metrics


def _describe(r: Report) -> str:
    place = "no place"
    if r.place is not None:
        place = f"{r.place.name} ({r.place.precision}, {r.place.country}, admin1 {r.place.admin1})"
    date = f"{r.date_value} ({r.date_precision}{', fallback' if r.fallback else ''}) [{r.lo}..{r.hi}]"
    sides = f"{'/'.join(sorted(r.sources)) or '?'}→{'/'.join(sorted(r.targets)) or '?'}"
    text = (r.texts[0] if r.texts else "")[:160].replace("\n", " ")
    return f"{r.event_type} mode={r.mode} {sides} date={date} place={place}\n        «{text}»"


def why_apart(
    clusters: Sequence[Sequence[str]],
    matched: Mapping[str, str],
    incident_of: Mapping[str, str],
    rows: Sequence[Mapping[str, Any]],
) -> None:
    """For each gold pair whose two events were extracted but not joined: both reports and the rule
    that kept them apart (a contradiction, too little agreement, or the clustering's constraints)."""
    reports = [report_of(row) for row in rows]
    index = {r.event_id: i for i, r in enumerate(reports)}
    similarity = TextSimilarity(reports)
    compatible = load_compatible_types()
    for eids in clusters:
        for a, b in itertools.combinations(eids, 2):
            ea, eb = matched.get(a), matched.get(b)
            if ea is None or eb is None or ea not in index or eb not in index:
                continue
            if incident_of.get(ea) == incident_of.get(eb):
                continue
            ra, rb = reports[index[ea]], reports[index[eb]]
            sim = similarity(index[ea], index[eb])
            print(f"apart: {a} / {b}")
            print(f"  A {_describe(ra)}")
            print(f"  B {_describe(rb)}")
            date, place, actors = date_relation(ra, rb), place_relation(ra, rb), actor_relation(ra, rb)
            print(
                f"  date {date.grade} ({date.detail}); place {place.verdict} ({place.detail}); "
                f"actors {actors.verdict} ({actors.detail}, shared {actors.shared}); "
                f"similarity {sim:.2f} (alike from {K.TEXT_ALIKE})"
            )
            found = link(ra, rb, sim, compatible)
            blocked = conflict(ra, rb, compatible)
            if not same_act(ra, rb, compatible):
                verdict = f"types {ra.event_type}/{rb.event_type} not compatible"
            elif blocked is not None:
                verdict = f"contradiction: {blocked}"
            elif found is None:
                verdict = "no contradiction, but too little agreement for any link"
            else:
                verdict = f"linked ({found.strength}: {found.reason}), kept apart by the clustering"
            print(f"  -> {verdict}")


def explain(
    clusters: Sequence[Sequence[str]],
    matched: Mapping[str, str],
    incident_of: Mapping[str, str],
    incidents: Sequence[Mapping[str, Any]],
) -> None:
    """Each gold cluster with the incident of each of its events, for error analysis."""
    by_id = {inc["incident_id"]: inc for inc in incidents}
    for eids in clusters:
        print("cluster:")
        for eid in eids:
            event = matched.get(eid)
            inc = incident_of.get(event or "")
            size = by_id[inc]["n_reports"] if inc else 0
            print(f"  {eid:22s} -> {event or 'unmatched':18s} incident {inc or '-'} ({size} reports)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--store", type=Path, default=DEFAULT_STORE, help="the store to ingest into")
    parser.add_argument("--reuse", action="store_true", help="keep an existing store: only merge again")
    parser.add_argument("--json", action="store_true", help="print the metrics as JSON")
    parser.add_argument("--show", action="store_true", help="print each gold cluster's incidents")
    parser.add_argument("--why", action="store_true", help="why each extracted gold pair was not joined")
    parser.add_argument(
        "--split",
        choices=("dev", "heldout"),
        default="dev",
        help="heldout: at milestones only, as the articles",
    )
    args = parser.parse_args(argv)
    held = args.split == "heldout" and args.store == DEFAULT_STORE
    store = DEFAULT_STORE.with_name("realnews-heldout.duckdb") if held else args.store
    metrics = evaluate(store, args.reuse, args.show, args.split, args.why)
    if args.json:
        print(json.dumps(metrics, indent=1))
    else:
        print(
            "incidents  pairwise F1={f1:.3f} P={precision:.3f} R={recall:.3f}  gold pairs={gold_pairs} "
            "predicted={predicted_pairs} tp={tp} missed: unextracted={missed_unextracted} "
            "unmerged={missed_unmerged}  same-article joins={same_article_joins}  "
            "core gold matched {core_matched}/{core_gold}  incidents={incidents}\n"
            "  on the {found_pairs} gold pairs whose two events were extracted (the merging alone): "
            "F1={found_f1:.3f} P={found_precision:.3f} R={found_recall:.3f}".format(**metrics)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
