"""Renderings of stored rows: event, incident, quote and toponym tables, and an article with highlighted
evidence.

A table is built once, as a Rich table; on a terminal it is printed as a box fitted to the width, and
elsewhere (a pipe, a file) as plain aligned columns or TSV (:func:`plain_text`, :func:`tsv_text`),
never wrapped, so that no word is cut and each row stays one line for ``grep``, ``sort`` and ``cut``.
Built with ``short=False``, the ids are whole and quotes uncut, for output that other tools read.
"""

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
    "total", since it is not the event's own count. A count the article restates (the same figure in
    the lede and the body, each kept with its span) is shown once."""
    parts: list[str] = []
    for m in value or []:
        words = [str(m.get("kind")), figure(m), str(m.get("side") or "")]
        part = ("total " if m.get("cumulative") else "") + " ".join(w for w in words if w)
        if part not in parts:
            parts.append(part)
    return "; ".join(parts)


#: Characters of an id a terminal table shows: enough to tell the rows apart and to give `show`.
SHORT_ID = 8
#: Characters of a quote a terminal table shows before cutting it with "…".
SHORT_QUOTE = 160


def _cut(text: str, short: bool, length: int) -> str:
    return text[:length] if short else text


def events_table(rows: Sequence[Row], title: str = "Events", short: bool = True) -> Table:
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
            _cut(str(row.get("article_id") or ""), short, SHORT_ID),
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


def incidents_table(rows: Sequence[Row], title: str = "Incidents", short: bool = True) -> Table:
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
            _cut(str(row.get("incident_id") or ""), short, SHORT_ID + 1),  # its "i" and 8 more
            " ".join(str(x) for x in (row.get("location_name"), row.get("location_country")) if x),
            str(row.get("n_reports") or 0),
            f"{row.get('n_sources') or 0}: " + ", ".join(row.get("sources") or []),
            "; ".join(row.get("differences") or []),
        )
    return table


def quotes_table(rows: Sequence[Row], title: str = "Quotes", short: bool = True) -> Table:
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
            content if len(content) <= SHORT_QUOTE or not short else content[: SHORT_QUOTE - 3] + "…",
            _cut(str(row.get("article_id") or ""), short, SHORT_ID + 2),
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


def _cells(table: Table) -> tuple[list[str], list[list[str]]]:
    """The header and the rows of ``table`` as text (its cells are plain strings)."""
    columns = [[str(cell) for cell in column.cells] for column in table.columns]
    return [str(column.header) for column in table.columns], [list(row) for row in zip(*columns, strict=True)]


def _one_line(cell: str, sep: str) -> str:
    # A line break or the separator inside a cell would split its row; a space keeps it one row.
    return " ".join(cell.replace(sep, " ").split())


def plain_text(table: Table) -> str:
    """``table`` as left-aligned columns two spaces apart, a header line first, no box, no wrapping."""
    header, rows = _cells(table)
    lines = [header] + [[_one_line(cell, "\t") for cell in row] for row in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in lines
    )


def tsv_text(table: Table) -> str:
    """``table`` as tab-separated values, a header line first."""
    header, rows = _cells(table)
    return "\n".join("\t".join(_one_line(cell, "\t") for cell in line) for line in [header, *rows])
