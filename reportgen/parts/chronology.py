"""The chronology: dated events found in the selected items, each with its citations."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportgen.parts.kind import Option, PartKind


@dataclass(frozen=True)
class ChronologyEntry:
    start: dt.date
    end: dt.date
    precision: str
    label: str
    text: str
    citations: tuple[int, ...]
    topics: tuple[str, ...] = ()
    focus: bool = False
    planned: bool = False


@dataclass(frozen=True)
class ChronologyPart:
    id: str
    title: str
    events: tuple[ChronologyEntry, ...]
    group: str = "none"  # "year": a heading per year
    kind: str = "chronology"


def rows(events, spec) -> tuple:
    """The events a chronology part shows, by its options: focus_only, from, to, order, limit.

    from/to keep an event whose dates overlap them, so "2024" stays in a chronology from
    2024-06-01; without `to`, planned events after the as-of date stay.
    """
    start, end = spec.get("from"), spec.get("to")
    kept = [e for e in events if (not spec.get("focus_only") or e.focus)
            and (start is None or e.end >= start) and (end is None or e.start <= end)]
    if spec.get("order", "oldest") == "newest":
        kept.reverse()
    limit = spec.get("limit")
    return tuple(kept[:limit] if limit else kept)


def assemble(ctx, spec, part_id: str, title: str) -> ChronologyPart:
    events = rows(ctx.analysis.events, spec)
    entries = tuple(
        ChronologyEntry(
            start=e.start,
            end=e.end,
            precision=e.precision,
            label=e.label,
            text=e.text,
            citations=tuple(dict.fromkeys(ctx.citations.cite(item_id) for item_id, _ in e.sources)),
            topics=e.topics,
            focus=e.focus,
            planned=e.planned,
        )
        for e in events
    )
    return ChronologyPart(part_id, title, entries, group=spec.get("group", "none"))


KIND = PartKind(
    name="chronology",
    title="Chronology",
    help="one row per dated happening the selected items state, oldest first; those after the as-of date "
         "marked planned",
    example="chronology: {}",
    options=(
        Option("focus_only", "bool", "true to list only events that mention a focus term.", default=False),
        Option("order", "choice", "oldest (default) or newest first.", default="oldest", choices=("oldest", "newest")),
        Option("limit", "int", "At most this many rows (the first ones in that order)."),
        Option("group", "choice", "year for a heading per year, or none (default).", default="none",
               choices=("year", "none")),
        Option("from", "date", "Leave out events before this date (YYYY-MM-DD)."),
        Option("to", "date", "Leave out events after this date; planned events are kept without it."),
    ),
    assemble=assemble,
    models=(ChronologyPart, ChronologyEntry),
)
