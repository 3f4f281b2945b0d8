"""Rich renderings of stored rows: event, quote and toponym tables, and an article with highlighted
evidence."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

Row = Mapping[str, Any]


def _actors(value: Any) -> str:
    if not value:
        return ""
    parts = []
    for actor in value:
        label = actor.get("name") or actor.get("text") or "?"
        tags = "/".join(t for t in (actor.get("country"), actor.get("sector")) if t)
        parts.append(f"{label} ({tags})" if tags else str(label))
    return "; ".join(parts)


def figure(magnitude: Row) -> str:
    """A count as a reader writes it: "40", "≥40" (at least), "≤40" (up to), "~40" (about),
    "30–50" (a range or a vague "dozens")."""
    best, low, high = magnitude.get("best"), magnitude.get("low"), magnitude.get("high")
    if best is not None and low == best and high == best:
        return str(best)
    if best is None and low is not None and high is not None:
        return f"{low}–{high}"
    if low is not None and high is None:
        return f"≥{low}"
    if high is not None and low is None:
        return f"≤{high}"
    return f"~{best}" if best is not None else "?"


def counts(value: Any) -> str:
    """An event's counts in one cell: "killed ≥40 civilians; injured 12"; a running toll is marked
    "total", since it is not the event's own count."""
    parts = []
    for m in value or []:
        words = [str(m.get("kind")), figure(m), str(m.get("side") or "")]
        parts.append(("total " if m.get("cumulative") else "") + " ".join(w for w in words if w))
    return "; ".join(parts)


def events_table(rows: Sequence[Row], title: str = "Events") -> Table:
    table = Table(title=title, show_lines=False, expand=False)
    for name in ("date", "type", "mode", "article"):
        table.add_column(name, no_wrap=True)
    for name in ("source", "target", "location", "counts", "modality"):
        table.add_column(name, overflow="fold", ratio=1)
    for row in rows:
        table.add_row(
            str(row.get("date_value") or ""),
            str(row.get("event_type") or ""),
            str(row.get("mode") or ""),
            str(row.get("article_id") or "")[:8],
            _actors(row.get("source_actors")),
            _actors(row.get("target_actors")),
            " ".join(str(x) for x in (row.get("location_name"), row.get("location_country")) if x),
            counts(row.get("magnitudes")),
            str(row.get("modality") or "")
            + (f" ({row['attributed_source']})" if row.get("attributed_source") else ""),
        )
    return table


def _sides(row: Row) -> str:
    sources = "/".join(row.get("source_countries") or []) or "?"
    targets = "/".join(row.get("target_countries") or []) or "?"
    return f"{sources}→{targets}"


def incidents_table(rows: Sequence[Row], title: str = "Incidents") -> Table:
    """One line per incident: its representative date, type, place, how many reported it, and where
    the reports disagree (every member's own date, place and type are kept; none is averaged)."""
    table = Table(title=title)
    for name in ("date", "type", "source→target", "incident"):
        table.add_column(name, no_wrap=True)
    table.add_column("location", overflow="fold")
    table.add_column("reports", justify="right")
    table.add_column("outlets", overflow="fold", ratio=1)
    table.add_column("differences", overflow="fold", ratio=1)
    for row in rows:
        table.add_row(
            str(row.get("date_value") or ""),
            str(row.get("event_type") or ""),
            _sides(row),
            str(row.get("incident_id") or "")[:9],
            " ".join(str(x) for x in (row.get("location_name"), row.get("location_country")) if x),
            str(row.get("n_reports") or 0),
            f"{row.get('n_sources') or 0}: " + ", ".join(row.get("sources") or []),
            "; ".join(row.get("differences") or []),
        )
    return table


def quotes_table(rows: Sequence[Row], title: str = "Quotes") -> Table:
    table = Table(title=title)
    for name in ("speaker", "resolved", "direct", "claim", "content", "article"):
        table.add_column(name, overflow="fold")
    for row in rows:
        content = str(row.get("content_text") or "")
        table.add_row(
            str(row.get("speaker_text") or ""),
            str(row.get("speaker_name") or ""),
            "yes" if row.get("direct") else "no",
            "claim" if row.get("claim") else "",
            content if len(content) <= 160 else content[:157] + "…",
            str(row.get("article_id") or "")[:10],
        )
    return table


def places_table(rows: Sequence[Row], title: str = "Toponyms") -> Table:
    """Every toponym with how it is used: only locations put events on the map."""
    table = Table(title=title)
    for name in ("text", "use", "resolved to", "country", "precision"):
        table.add_column(name, no_wrap=True)
    table.add_column("why", overflow="fold", ratio=1)
    for row in rows:
        table.add_row(
            str(row.get("text") or ""),
            str(row.get("use") or ""),
            str(row.get("name") or ""),
            str(row.get("country") or ""),
            str(row.get("precision") or ""),
            str(row.get("reason") or ""),
        )
    return table


def magnitudes_table(events: Sequence[Row], title: str = "Counts") -> Table:
    """Every count of the listed events: which event (its number in the listing), what and how many,
    whose, who gives it, the text it came from and why."""
    table = Table(title=title)
    for name in ("#", "kind", "figure", "side", "cumulative", "source"):
        table.add_column(name, no_wrap=True)
    table.add_column("text", overflow="fold")
    table.add_column("why", overflow="fold", ratio=1)
    for n, event in enumerate(events, start=1):
        for m in event.get("magnitudes") or []:
            table.add_row(
                str(n),
                str(m.get("kind") or ""),
                figure(m),
                str(m.get("side") or ""),
                "yes" if m.get("cumulative") else "",
                str(m.get("source") or ""),
                str(m.get("span_text") or ""),
                str(m.get("reason") or ""),
            )
    return table


STYLES = ("bold black on yellow", "bold black on cyan", "bold black on green", "bold black on magenta")


def article_view(article: Row) -> Group:
    """The article text with each event's trigger highlighted and numbered, events listed below."""
    text = str(article["text"])
    events = list(article.get("events", []))
    body = Text(text)
    for n, event in enumerate(events, start=1):
        style = STYLES[(n - 1) % len(STYLES)]
        if event.get("evidence_start") is not None:
            body.stylize("underline", int(event["evidence_start"]), int(event["evidence_end"]))
        body.stylize(style, int(event["trigger_start"]), int(event["trigger_end"]))
        for magnitude in event.get("magnitudes") or []:
            body.stylize("bold", int(magnitude["span_start"]), int(magnitude["span_end"]))
        body.append_text(Text(""))
    header = Text(str(article.get("title") or article["article_id"]), style="bold")
    meta = Text(
        f"id {article['article_id']}  published {article.get('published') or 'unknown'}  "
        f"source {article.get('source') or ''}"
        + (
            f"  language {(article.get('meta') or {})['language']}"
            if (article.get("meta") or {}).get("language")
            else ""
        ),
        style="dim",
    )
    meta_fields = article.get("meta") or {}
    notes = Text("\n".join(f"warning {w}" for w in meta_fields.get("warnings", [])), style="yellow")
    listing = events_table(events, title=f"{len(events)} events (all modalities)")
    places = list(article.get("places", []))
    located = sum(1 for p in places if p.get("literal"))
    toponyms = places_table(places, title=f"{len(places)} toponyms, {located} of them locations")
    n_counts = sum(len(e.get("magnitudes") or []) for e in events)
    tallies = magnitudes_table(events, title=f"{n_counts} counts of these events")
    return Group(header, meta, notes, Text(""), body, Text(""), listing, tallies, toponyms)
