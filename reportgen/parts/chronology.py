"""The chronology: dated events found in the selected items, each with its citations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportgen.datefmt import event_label
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
    item_ids: tuple[str, ...] = ()  # the items it comes from (only shown events are cited)
    key: int = 0  # the row's number among all events, which the timeline's marks carry (0: no timeline)


#: Rows a chronology shows without `limit`, the latest: a feed of 20,000 articles has as many events.
DEFAULT_LIMIT = 200


@dataclass(frozen=True)
class ChronologyPart:
    id: str
    title: str
    events: tuple[ChronologyEntry, ...]
    group: str = "none"  # "year": a heading per year
    kind: str = "chronology"
    more: tuple[ChronologyEntry, ...] = ()  # left out by the limit, uncited: "… and N more" in the layout


def rows(events, spec) -> tuple:
    """The events a chronology part shows, by its options: focus_only, from, to, order, limit."""
    return split_rows(events, spec)[0]


def split_rows(events, spec) -> tuple[tuple, tuple]:
    """(the events a chronology part shows, those its limit leaves out), by its options:
    focus_only, from, to, order, limit.

    from/to keep an event whose dates overlap them, so "2024" stays in a chronology from
    2024-06-01; without `to`, planned events after the as-of date stay.  The latest `limit` rows
    (DEFAULT_LIMIT without one) are shown, in the order asked for.
    """
    start, end = spec.get("from"), spec.get("to")
    kept = [
        e
        for e in events
        if (not spec.get("focus_only") or e.focus)
        and (start is None or e.end >= start)
        and (end is None or e.start <= end)
    ]
    newest = spec.get("order", "oldest") == "newest"
    # (the latest rows, whichever the order: a reader who caps a chronology wants what happened last)
    cap = spec.get("limit") or DEFAULT_LIMIT
    if len(kept) > cap:
        # (by when each row begins, as the rows are ordered: a year's row does not outrank the days in it)
        latest = set(sorted(range(len(kept)), key=lambda k: (kept[k].start, kept[k].end, k))[-cap:])
        shown, left = [e for k, e in enumerate(kept) if k in latest], [e for k, e in enumerate(kept) if k not in latest]
    else:
        shown, left = kept, []
    if newest:
        shown.reverse()
        left.reverse()
    return tuple(shown), tuple(left)


def assemble(ctx, spec, part_id: str, title: str) -> ChronologyPart:
    shown, left = split_rows(ctx.analysis.events, spec)
    # Rows are numbered by their place among all events, so a timeline drawn with other
    # options (or a chronology ordered newest first) still points at the right row.
    keyed = any(s.kind == "timeline" for s in ctx.cfg.parts)
    keys = {id(e): key for key, e in enumerate(ctx.analysis.events, start=1)} if keyed else {}

    def entry(e, cite: bool) -> ChronologyEntry:
        return ChronologyEntry(
            start=e.start,
            end=e.end,
            precision=e.precision,
            label=event_label(e.label, ctx.cfg.language),
            text=ctx.shown(e.text, *(i for i, _ in e.sources)),
            # (in number order, "[2][4][14][15]", however the statements were merged)
            citations=tuple(sorted({ctx.citations.cite(i) for i, _ in e.sources})) if cite else (),
            topics=e.topics,
            focus=e.focus,
            planned=e.planned,
            item_ids=tuple(dict.fromkeys(i for i, _ in e.sources)),
            key=keys.get(id(e), 0),
        )

    return ChronologyPart(
        part_id,
        title,
        tuple(entry(e, True) for e in shown),
        group=spec.get("group", "none"),
        more=tuple(entry(e, False) for e in left),
    )


KIND = PartKind(
    name="chronology",
    title="Chronology",
    help="one row per dated happening the selected items state, oldest first; those after the as-of date "
    "marked planned",
    example="chronology: {}",
    options=(
        Option("focus_only", "bool", "true to list only events that mention a focus term.", default=False),
        Option("order", "choice", "oldest (default) or newest first.", default="oldest", choices=("oldest", "newest")),
        Option(
            "limit",
            "int",
            f"At most this many rows, the latest (shown in the order asked for); default: the latest "
            f"{DEFAULT_LIMIT}. The rest are counted and listed in the JSON.",
        ),
        Option(
            "group",
            "choice",
            "year for a heading per year, or none (default).",
            default="none",
            choices=("year", "none"),
        ),
        Option("from", "date", "Leave out events before this date (YYYY-MM-DD)."),
        Option("to", "date", "Leave out events after this date; planned events are kept without it."),
    ),
    assemble=assemble,
    models=(ChronologyPart, ChronologyEntry),
)
