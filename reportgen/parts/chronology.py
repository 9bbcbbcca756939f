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
    key: int = 0  # the row's number, which the timeline's marks carry (0: no timeline to key)


@dataclass(frozen=True)
class ChronologyPart:
    id: str
    title: str
    events: tuple[ChronologyEntry, ...]
    kind: str = "chronology"


def assemble(ctx, spec, part_id: str, title: str) -> ChronologyPart:
    # Rows are numbered by their place among all events, so a timeline drawn with other
    # options still points at the right row.
    keyed = any(s.kind == "timeline" for s in ctx.cfg.parts)
    events = [(key if keyed else 0, e) for key, e in enumerate(ctx.analysis.events, start=1)]
    if spec.get("focus_only"):
        events = [(key, e) for key, e in events if e.focus]
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
            key=key,
        )
        for key, e in events
    )
    return ChronologyPart(part_id, title, entries)


KIND = PartKind(
    name="chronology",
    title="Chronology",
    help="dated events found in the text, oldest first; those after the as-of date marked planned",
    example="chronology: {}",
    options=(Option("focus_only", "bool", "true to list only events that mention a focus term.", default=False),),
    assemble=assemble,
    models=(ChronologyPart, ChronologyEntry),
)
