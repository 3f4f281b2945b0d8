"""Reports grouped into incidents: blocking by (type, day), links applied strongest first under
cannot-link constraints, then a representative, an id and a reason for every member.

Single-link clustering alone chains: a report with no place would join a strike on Kharkiv to one on
Odesa the same day. So a union is refused when any two of the reports it would bring together
contradict each other (:func:`rules.conflict`) or come from one article (an article that tells two
events apart is evidence that they are two); a report with no place joins a located incident
only when exactly one fits it; and mates (two articles shown to tell one story, or moderately alike
sentences) join only where each is the only report of its article that fits the other.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial
from itertools import combinations
from typing import Any

from newsevents.ids import content_id
from newsevents.incidents import constants as K
from newsevents.incidents.reports import Report, report_of
from newsevents.incidents.rules import Link, conflict, link, mate_link
from newsevents.incidents.similarity import TextSimilarity
from newsevents.incidents.types import TypePairs, load_compatible_types, type_groups
from newsevents.model import FACTUAL_MODALITIES


@dataclass(frozen=True, slots=True)
class Member:
    report: Report
    representative: bool
    joined_to: str | None  # the event it was linked to, on the path to the representative
    reason: str


@dataclass(slots=True)
class Incident:
    incident_id: str
    representative: Report
    members: list[Member] = field(default_factory=list)

    @property
    def outlets(self) -> list[str]:
        return sorted({m.report.outlet for m in self.members})

    @property
    def articles(self) -> list[str]:
        return sorted({m.report.article_id for m in self.members})


Signature = tuple[Any, ...]


def _signature(r: Report) -> Signature:
    """Everything :func:`rules.conflict` reads: reports with one signature never contradict each
    other, so a cluster is checked once per distinct signature, not once per report."""
    return (r.event_type, r.sources, r.targets, r.lo, r.hi, r.place)


class _Clusters:
    """Union-find over report indices that keeps, per cluster, what the constraint checks need: its
    members, their distinct signatures and their articles."""

    def __init__(self, reports: list[Report], compatible: TypePairs) -> None:
        self.reports = reports
        self.compatible = compatible
        self.parent = list(range(len(reports)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(reports))}
        self.sigs: dict[int, dict[Signature, int]] = {i: {_signature(r): i} for i, r in enumerate(reports)}
        self.articles: dict[int, dict[str, list[int]]] = {
            i: {r.article_id: [i]} for i, r in enumerate(reports)
        }
        self.edges: list[tuple[int, int, str]] = []
        self._conflicts: dict[tuple[Signature, Signature], bool] = {}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def _conflict(self, x: tuple[Signature, int], y: tuple[Signature, int]) -> bool:
        key = (x[0], y[0])
        found = self._conflicts.get(key)
        if found is None:
            found = conflict(self.reports[x[1]], self.reports[y[1]], self.compatible) is not None
            self._conflicts[key] = found
        return found

    def can_join(self, x: int, y: int) -> bool:
        """Whether no two reports the union would bring together contradict each other or are two
        different events of one article."""
        rx, ry = self.find(x), self.find(y)
        if rx == ry:
            return False
        mine, theirs = self.articles[rx], self.articles[ry]
        for article in mine.keys() & theirs.keys():
            for i in mine[article]:
                if not all(_same_article_ok(self.reports[i], self.reports[j]) for j in theirs[article]):
                    return False
        return not any(self._conflict(a, b) for a in self.sigs[rx].items() for b in self.sigs[ry].items())

    def join(self, x: int, y: int, reason: str) -> None:
        rx, ry = self.find(x), self.find(y)
        if len(self.members[rx]) < len(self.members[ry]):
            rx, ry = ry, rx
        self.parent[ry] = rx
        self.members[rx].extend(self.members.pop(ry))
        for sig, i in self.sigs.pop(ry).items():
            self.sigs[rx].setdefault(sig, i)
        for article, indices in self.articles.pop(ry).items():
            self.articles[rx].setdefault(article, []).extend(indices)
        self.edges.append((x, y, reason))


def _same_article_ok(a: Report, b: Report) -> bool:
    found = link(a, b)
    return found is not None and found.strength == K.IDENTICAL


def _keys(r: Report) -> set[tuple[str, str]]:
    """What two reports must share to be linked at all (:func:`rules.link`): their article (told
    twice), the country of a specific place (same place), or an actor country. Either side: a type
    whose sides may be swapped ("met") can be linked to a compatible one whose sides may not ("signed")."""
    keys = {("article", r.article_id)}
    if r.specific and r.place is not None:
        keys.add(("place", r.place.country or r.place.name))
    keys.update(("party", c) for c in r.sources | r.targets)
    return keys


def _cell(r: Report) -> tuple[int, int] | None:
    """The grid cell of a specific place (cells of CELL_DEGREES): two places within CITY_KM of each
    other lie in the same or neighbouring cells."""
    p = r.place
    if not r.specific or p is None or p.lat is None or p.lon is None:
        return None
    return math.floor(p.lat / K.CELL_DEGREES), math.floor(p.lon / K.CELL_DEGREES)


def _dated_candidates(
    reports: list[Report], groups: Mapping[str, str], similarity: TextSimilarity
) -> Iterable[tuple[int, int]]:
    """Pairs of dated reports that could be linked: types that may name one act, dates within the slack
    of each other and a shared key. Blocking by (type group, day, key) keeps the comparisons far from
    all pairs; a block of more than ``DATED_MAX_BLOCK`` reports (a country's attacks of one day in a
    store at wire-service scale) pairs only those alike in words or place (:func:`_crowded_pairs`)."""
    blocks: dict[tuple[str, dt.date, tuple[str, str]], list[int]] = defaultdict(list)
    slack = dt.timedelta(days=K.DAY_SLACK_DAYS)
    for i, r in enumerate(reports):
        if r.lo is None or r.hi is None or (r.span_days or 0) > K.MAX_JOIN_SPAN_DAYS:
            continue
        group, keys = groups[r.event_type], _keys(r)
        day = r.lo - slack
        while day <= r.hi + slack:
            for key in keys:
                blocks[(group, day, key)].append(i)
            day += dt.timedelta(days=1)
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        pairs = (
            combinations(members, 2)
            if len(members) <= K.DATED_MAX_BLOCK
            else _crowded_pairs(reports, members, similarity)
        )
        for i, j in pairs:
            pair = (i, j) if i < j else (j, i)
            if pair not in seen:
                seen.add(pair)
                yield pair


def _crowded_pairs(
    reports: list[Report], members: list[int], similarity: TextSimilarity
) -> Iterable[tuple[int, int]]:
    """The pairs of a crowded block worth comparing: each report with at most
    ``CROWDED_MAX_NEIGHBOURS`` others of the block that share the most of its most telling words
    (``similarity.salient``; a word shared by more than ``DATED_MAX_BLOCK`` of them tells nothing) or
    lie in its grid cell or a neighbouring one. Sharing only a type, a day and a country, two of
    hundreds of reports are no more likely one event than any other two, and comparing all of them
    would be quadratic."""
    salient = {i: similarity.salient(i) for i in members}
    cell_of = {i: _cell(reports[i]) for i in members}
    words: dict[str, list[int]] = defaultdict(list)
    cells: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i in members:
        for w in salient[i]:
            words[w].append(i)
        if (cell := cell_of[i]) is not None:
            cells[cell].append(i)
    for i in members:
        shared: Counter[int] = Counter()
        for w in salient[i]:
            if len(words[w]) <= K.DATED_MAX_BLOCK:
                shared.update(words[w])
        if (cell := cell_of[i]) is not None:
            y, x = cell
            near = [j for dy in (-1, 0, 1) for dx in (-1, 0, 1) for j in cells.get((y + dy, x + dx), ())]
            if len(near) <= K.DATED_MAX_BLOCK:
                shared.update(near)
        shared.pop(i, None)
        ranked = sorted(shared.items(), key=lambda x: (-x[1], x[0]))[: K.CROWDED_MAX_NEIGHBOURS]
        yield from ((i, j) for j, _ in ranked)


def _undated_candidates(
    reports: list[Report], groups: Mapping[str, str], similarity: TextSimilarity
) -> Iterable[tuple[int, int]]:
    """Pairs with a report that has no date, which no day can block: those that could be linked by
    alike sentences (they share one of its most telling words, :meth:`TextSimilarity.salient`, that
    is not common to hundreds of reports) or by
    place (a specific place in its grid cell or a neighbouring one, unless so many reports of its type
    lie there that a place-only join could never find the one incident that fits)."""
    words: dict[tuple[str, str], list[int]] = defaultdict(list)
    cells: dict[tuple[str, tuple[int, int]], list[int]] = defaultdict(list)
    for i, r in enumerate(reports):
        group = groups[r.event_type]
        for w in similarity.words(i):
            words[(group, w)].append(i)
        cell = _cell(r)
        if cell is not None:
            cells[(group, cell)].append(i)
    seen: set[tuple[int, int]] = set()
    for i, r in enumerate(reports):
        if r.lo is not None:
            continue
        group, cell = groups[r.event_type], _cell(r)
        postings = (words[(group, w)] for w in similarity.salient(i))
        found = {j for posting in postings if len(posting) <= K.COMMON_WORD_REPORTS for j in posting}
        if cell is not None:
            near = [
                j
                for dy in (-1, 0, 1)
                for dx in (-1, 0, 1)
                for j in cells[(group, (cell[0] + dy, cell[1] + dx))]
            ]
            if len(near) <= K.UNDATED_MAX_NEIGHBOURS:
                found.update(near)
        for j in sorted(found - {i}):
            pair = (i, j) if i < j else (j, i)
            if pair not in seen:
                seen.add(pair)
                yield pair


def _links(reports: list[Report], compatible: TypePairs) -> list[tuple[int, int, Link]]:
    groups = type_groups(compatible, (r.event_type for r in reports))
    similarity = TextSimilarity(reports)
    pairs = set(_dated_candidates(reports, groups, similarity)) | set(
        _undated_candidates(reports, groups, similarity)
    )
    found = [
        (i, j, lk)
        for i, j in pairs
        if (lk := link(reports[i], reports[j], partial(similarity, i, j), compatible)) is not None
    ]
    # Strongest first, then the most alike, then closest in time; ties in a fixed order of event ids,
    # so that the result never depends on row order.
    found.sort(
        key=lambda x: (
            -x[2].strength,
            -x[2].similarity,
            x[2].gap,
            reports[x[0]].event_id,
            reports[x[1]].event_id,
        )
    )
    return found


def _located(r: Report) -> bool:
    return r.specific


def _dated(r: Report) -> bool:
    return r.lo is not None


def _has(clusters: _Clusters, root: int, has: Callable[[Report], bool]) -> bool:
    return any(has(clusters.reports[i]) for i in clusters.members[root])


Days = tuple[dt.date, dt.date]


def _span(clusters: _Clusters, root: int) -> Days | None:
    """The first and last day the dated members of a cluster allow."""
    dated = [clusters.reports[i] for i in clusters.members[root] if clusters.reports[i].lo is not None]
    if not dated:
        return None
    return min(r.lo for r in dated if r.lo), max(r.hi for r in dated if r.hi)


def _article_spans(clusters: _Clusters) -> dict[str, Days]:
    """For each article with undated reports: the days of the dated incidents its reports joined. An
    article with no publication date that retells the sanctions of 30 January 2026 is about January
    2026, so its undated reports belong to nothing four years away."""
    spans: dict[str, Days] = {}
    for root in list(clusters.members):
        span = _span(clusters, root)
        if span is None:
            continue
        for i in clusters.members[root]:
            r = clusters.reports[i]
            if r.lo is None:
                lo, hi = spans.get(r.article_id, span)
                spans[r.article_id] = (min(lo, span[0]), max(hi, span[1]))
    return spans


def _near(span: Days | None, window: Days | None) -> bool:
    if span is None or window is None:
        return True
    gap = max(0, (max(span[0], window[0]) - min(span[1], window[1])).days)
    return gap <= K.UNDATED_ARTICLE_DAYS


def _attach(
    clusters: _Clusters,
    weak: list[tuple[int, int, Link]],
    has: Callable[[Report], bool],
    windows: Mapping[str, Days] | None = None,
) -> None:
    """A cluster lacking a place (or a date) joins the one cluster with it that it fits; with several,
    it stays apart (a strike "in Ukraine" on the day Kharkiv and Odesa were both struck belongs to
    neither); then the clusters that fit none join among themselves. With ``windows`` (undated
    reports), a cluster dated far from the days its article's other reports were found to tell is no
    fit."""
    # Every cluster a link reaches counts as a fit, even one the constraints bar: a report whose own
    # article put a sibling event in Kharkiv is no evidence for Odesa.
    fits: dict[int, dict[int, tuple[int, int, str]]] = defaultdict(dict)
    for i, j, lk in weak:
        ri, rj = clusters.find(i), clusters.find(j)
        for (x, rx), (y, ry) in (((i, ri), (j, rj)), ((j, rj), (i, ri))):
            if not _has(clusters, rx, has) and _has(clusters, ry, has):
                window = None if windows is None else windows.get(clusters.reports[x].article_id)
                if _near(_span(clusters, ry), window):
                    fits[rx].setdefault(ry, (x, y, lk.reason))
    for root in sorted(fits, key=lambda r: min(clusters.reports[i].event_id for i in clusters.members[r])):
        options = fits[root]
        if len(options) == 1:
            x, y, reason = next(iter(options.values()))
            if clusters.can_join(x, y):
                clusters.join(x, y, reason)
    for i, j, lk in weak:  # reports lacking it that fit no cluster with it: among themselves
        ri, rj = clusters.find(i), clusters.find(j)
        if not _has(clusters, ri, has) and not _has(clusters, rj, has) and clusters.can_join(i, j):
            clusters.join(i, j, lk.reason)


def _fits_window(clusters: _Clusters, x: int, y: int, windows: Mapping[str, Days]) -> bool:
    """Whether an undated report ``x`` and a dated ``y`` lie near the days ``x``'s article was found to
    tell (as for UNDATED links); true when both or neither are dated."""
    rx, ry = clusters.reports[x], clusters.reports[y]
    if rx.lo is not None or ry.lo is None or ry.hi is None:
        return True
    return _near((ry.lo, ry.hi), windows.get(rx.article_id))


def _join_mates(
    clusters: _Clusters,
    stories: Iterable[tuple[str, str]],
    alike: Mapping[tuple[int, int], Link],
    windows: Mapping[str, Days],
) -> None:
    """Mates (:func:`rules.mate_link`) of two articles, each the only report of its article that fits the
    other and neither yet joined to a report of the other article, are joined when the two articles
    were shown to tell one story (``stories``: a strong link joined reports of both) or when their
    sentences are moderately alike (``alike``: MATE links). Two articles about one rally that each
    tell one protest by the same people tell the same protest; with two arrests in either (25 people,
    two judges), nothing says which goes with which, and both stay apart."""
    by_article: dict[str, list[int]] = defaultdict(list)
    by_type: dict[tuple[str, str], list[int]] = defaultdict(list)  # mates are of one type
    for i, r in enumerate(clusters.reports):
        by_article[r.article_id].append(i)
        by_type[(r.article_id, r.event_type)].append(i)
    anchored = set(stories)
    pairs = anchored | {_articles(clusters, i, j) for i, j in alike}

    def joined_to(i: int, article: str) -> bool:
        return article in clusters.articles[clusters.find(i)]

    for a, b in sorted(pairs):
        fits: list[tuple[int, int, Link]] = []
        for i in by_article[a]:
            for j in by_type[(b, clusters.reports[i].event_type)]:
                if joined_to(i, b) or joined_to(j, a):
                    continue
                lk = mate_link(clusters.reports[i], clusters.reports[j])
                near = _in_window(clusters, i, j, windows) and _in_window(clusters, j, i, windows)
                if lk is not None and near:
                    fits.append((i, j, lk))
        mates_of = Counter(i for i, _, _ in fits) + Counter(j for _, j, _ in fits)
        for i, j, lk in fits:
            if mates_of[i] > 1 or mates_of[j] > 1 or not clusters.can_join(i, j):
                continue
            key = (i, j) if i < j else (j, i)
            if (a, b) in anchored:
                clusters.join(i, j, f"story mates, each the only one of its article: {lk.reason}")
            elif key in alike:
                clusters.join(i, j, f"mates, each the only one of its article: {alike[key].reason}")


def _articles(clusters: _Clusters, i: int, j: int) -> tuple[str, str]:
    a, b = sorted((clusters.reports[i].article_id, clusters.reports[j].article_id))
    return a, b


def _in_window(clusters: _Clusters, x: int, y: int, windows: Mapping[str, Days]) -> bool:
    """Whether, ``x`` being undated and ``y`` dated, ``y`` lies near the days ``x``'s article was found
    to tell (as for UNDATED links); true unless exactly ``x`` is undated."""
    rx, ry = clusters.reports[x], clusters.reports[y]
    if rx.lo is not None or ry.lo is None or ry.hi is None:
        return True
    return _near((ry.lo, ry.hi), windows.get(rx.article_id))


def _rank(r: Report) -> tuple[Any, ...]:
    return (
        r.lo is None,  # a fallback date still says roughly when; no date says nothing
        r.fallback,
        K.DATE_RANK.get(r.date_precision or "", 9) if r.date_value else 9,
        K.PLACE_RANK.get(r.place.precision or "", 5) if r.place is not None else 9,
        -r.confidence,
        r.event_id,
    )


def _describe_representative(r: Report, size: int) -> str:
    if size == 1:
        return "only report of this incident"
    date = "fallback date" if r.fallback else f"{r.date_precision or 'no'} date"
    place = f"{r.place.precision or 'unresolved'} location" if r.place is not None else "no location"
    return f"representative: most specific ({date}, {place}), confidence {r.confidence:.2f}"


def _incident(clusters: _Clusters, root: int, adjacency: Mapping[int, list[tuple[int, str]]]) -> Incident:
    reports = clusters.reports
    indices = clusters.members[root]
    rep = min(indices, key=lambda i: _rank(reports[i]))
    incident = Incident(
        content_id("i", *sorted(reports[i].event_id for i in indices)), representative=reports[rep]
    )
    # Each member's reason is the link that brought it towards the representative.
    first = _describe_representative(reports[rep], len(indices))
    via: dict[int, tuple[int | None, str]] = {rep: (None, first)}
    queue = deque([rep])
    while queue:
        at = queue.popleft()
        for other, reason in sorted(adjacency.get(at, []), key=lambda x: reports[x[0]].event_id):
            if other not in via:
                via[other] = (at, reason)
                queue.append(other)
    for i in sorted(indices, key=lambda i: _rank(reports[i])):
        parent, reason = via[i]
        incident.members.append(
            Member(reports[i], i == rep, None if parent is None else reports[parent].event_id, reason)
        )
    return incident


def group_reports(reports: list[Report], compatible: TypePairs | None = None) -> list[Incident]:
    """Incidents of ``reports`` (every report in exactly one), ordered by representative date and id.
    ``compatible``: the pairs of types that may name one act (default: the packaged
    ``knowledge/incidents/compatible_types.tsv``)."""
    compatible = load_compatible_types() if compatible is None else compatible
    reports = sorted(reports, key=lambda r: r.event_id)
    clusters = _Clusters(reports, compatible)
    links = _links(reports, compatible)
    stories: set[tuple[str, str]] = set()
    for i, j, lk in links:
        if lk.strength not in K.WEAK and clusters.can_join(i, j):
            clusters.join(i, j, lk.reason)
            if reports[i].article_id != reports[j].article_id:
                stories.add(_articles(clusters, i, j))
    _attach(clusters, [x for x in links if x[2].strength == K.UNLOCATED], _located)
    undated = [x for x in links if x[2].strength == K.UNDATED]
    windows = _article_spans(clusters)
    _attach(clusters, undated, _dated, windows)
    alike = {(i, j): lk for i, j, lk in links if lk.strength == K.MATE}
    _join_mates(clusters, stories, alike, windows)
    adjacency: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for i, j, reason in clusters.edges:
        adjacency[i].append((j, reason))
        adjacency[j].append((i, reason))
    incidents = [_incident(clusters, root, adjacency) for root in clusters.members]
    incidents.sort(key=lambda inc: (inc.representative.date_value or "", inc.incident_id))
    return incidents


def group_incidents(rows: Iterable[Mapping[str, Any]], compatible: TypePairs | None = None) -> list[Incident]:
    """Incidents of stored event rows (``Store.events()``): the factual ones only (asserted or
    reported); others are left out. ``article_source`` in a row names its article's stream when
    there is no URL to take the outlet from."""
    factual = [report_of(row) for row in rows if row.get("modality") in FACTUAL_MODALITIES]
    return group_reports(factual, compatible)
