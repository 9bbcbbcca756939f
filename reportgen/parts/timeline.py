"""The chronology drawn as a figure: each event a mark on a time axis, keyed to its chronology row."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportgen.figures.model import Drawing, Shape
from reportgen.parts.kind import Option, PartKind


@dataclass(frozen=True)
class TimelineEntry:
    key: int  # the event's row number in the chronology
    start: dt.date
    end: dt.date
    precision: str
    label: str
    headline: str  # what happened, in a few words (the label drawn beside the mark)
    planned: bool
    labelled: bool  # drawn with its label
    citations: tuple[int, ...]


@dataclass(frozen=True)
class TimelinePart:
    id: str
    title: str  # "Figure 1. Timeline of events, 1993–2026"
    number: int  # the figure's number
    caption: str
    events: tuple[TimelineEntry, ...]
    drawing: Drawing  # the figure as shapes; the template writes it as inline SVG
    keyed: bool  # marks carry the chronology's row numbers (there is a chronology part)
    omitted: tuple[int, ...]  # keys of events left out of the drawing (too many at one time)
    citations: tuple[int, ...]  # every source of the events drawn
    kind: str = "timeline"


def assemble(ctx, spec, part_id: str, title: str) -> TimelinePart:
    from dataclasses import replace

    from reportgen.datefmt import event_label
    from reportgen.figures import timeline as layout

    from reportgen.parts.chronology import rows

    chronologies = [s for s in ctx.cfg.parts if s.kind == "chronology"]
    keyed = bool(chronologies)
    # Keyed to a chronology, the figure draws the rows it shows: a mark numbered 3 points at a row 3
    # (a chronology's limit or dates leave rows out: `limit: 12` newest first shows rows 30–41).
    listed = {id(e) for part in chronologies for e in rows(ctx.analysis.events, part)}
    chosen = [
        (key, e)
        for key, e in enumerate(ctx.analysis.events, start=1)
        if (e.focus or not spec.get("focus_only")) and (not keyed or id(e) in listed)
    ]
    marks = [
        layout.Mark(
            key,
            e.start,
            e.end,
            e.precision,
            event_label(e.label, ctx.cfg.language),
            layout.headline(e.text, e.expression),
            e.planned,
            approximate=e.precision == "decade",
        )
        for key, e in chosen
    ]
    wanted = layout.choose_labels(
        [(key, e.start, layout.importance(e.precision, e.focus, len(e.sources), e.planned)) for key, e in chosen],
        spec.get("labels"),
    )
    drawn = layout.lay_out(marks, as_of=ctx.cfg.as_of, labelled=wanted, keyed=keyed, language=ctx.cfg.language)
    entries = tuple(
        TimelineEntry(
            mark.key,
            mark.start,
            mark.end,
            mark.precision,
            mark.label,
            mark.headline,
            mark.planned,
            mark.key in drawn.labelled,
            tuple(sorted({ctx.citations.cite(item_id) for item_id, _ in event.sources})),
        )
        for mark, (_, event) in zip(marks, chosen)
    )
    number = ctx.next_figure()
    caption = spec.get("title") or (
        ctx.gettext("Timeline of events, {years}").format(years=_span(entries))
        if entries
        else ctx.gettext("Timeline of events")
    )
    drawing = replace(drawn.drawing, alt=describe(entries, drawn.omitted, ctx.cfg.language))
    return TimelinePart(
        id=part_id,
        title=ctx.gettext("Figure {number}. {caption}").format(number=number, caption=caption),
        number=number,
        caption=caption,
        events=entries,
        drawing=drawing,
        keyed=keyed,
        omitted=drawn.omitted,
        citations=tuple(sorted({c for e in entries for c in e.citations})),
    )


def describe(entries: tuple[TimelineEntry, ...], omitted: tuple[int, ...] = (), language: str = "en") -> str:
    """The figure in words, for screen readers and the HTML's alt text: span, density, labelled events."""
    from reportgen.i18n import catalog

    tr = catalog(language)
    if not entries:
        return tr.gettext("Timeline: no dated events.")
    years: dict[int, int] = {}
    for e in entries:
        if e.precision not in ("range", "decade"):
            years[e.start.year] = years.get(e.start.year, 0) + 1
    n = len(entries)
    parts = [
        tr.ngettext(
            "Timeline of {count} dated event, {years}.", "Timeline of {count} dated events, {years}.", n
        ).format(count=n, years=_span(entries))
    ]
    if years:
        busiest = max(sorted(years), key=lambda y: years[y])
        parts.append(tr.gettext("Most in {year} ({count}).").format(year=busiest, count=years[busiest]))
    labelled = [e for e in entries if e.labelled]
    if labelled:
        parts.append(tr.gettext("Labelled:") + " " + "; ".join(f"{e.label}: {e.headline}" for e in labelled) + ".")
    planned = [e for e in entries if e.planned]
    if planned:  # a screen reader reads all of it: the first few, then how many more
        more = tr.gettext("; and {count} more").format(count=len(planned) - 5) if len(planned) > 5 else ""
        listed = "; ".join(f"{e.label}: {e.headline}" for e in planned[:5])
        parts.append(tr.gettext("Planned:") + " " + listed + more + ".")
    if omitted:
        n = len(omitted)
        parts.append(
            tr.ngettext(
                "{count} event not drawn for lack of room; the chronology lists it.",
                "{count} events not drawn for lack of room; the chronology lists them.",
                n,
            ).format(count=n)
        )
    return " ".join(parts)


def _span(entries) -> str:
    first, last = min(e.start.year for e in entries), max(e.end.year for e in entries)
    return str(first) if first == last else f"{first}–{last}"


KIND = PartKind(
    name="timeline",
    title="Timeline",
    help=(
        "the chronology drawn as a figure: each event a mark of its precision on a time axis, keyed to its row "
        "(with a chronology part, the rows it shows: its `limit`, `from` and `to` hold for the figure too)"
    ),
    example="timeline: {labels: 6}",
    options=(
        Option(
            "labels",
            "int",
            "How many of the most telling events carry a label beside their mark.",
            default=6,
            minimum=0,
        ),
        Option("focus_only", "bool", "true to draw only events that mention a focus term.", default=False),
    ),
    assemble=assemble,
    models=(TimelinePart, TimelineEntry, Drawing, Shape),
)
