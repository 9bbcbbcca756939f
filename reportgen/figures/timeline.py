"""Lay out a timeline: events as marks of their precision in lanes over a compressed time axis.

A day is a point, anything longer a bar from its first to its last day; planned events are
hollow; decades are pale (the text says no more than "the 2000s"). Marks are packed into
lanes first-fit, each mark's extent including its key number and, for the events chosen for
a label, the label itself, so no two texts or marks overlap by construction. Labelled events
are packed first, nearest the axis.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportgen.figures.measure import fit, text_width
from reportgen.figures.model import Drawing, Shape, r1
from reportgen.figures.timescale import TimeScale, year_scale

WIDTH = 465.0  # points: the text column of A4 with the built-in layout's margins
MAX_LANES = 24  # a taller figure stops being one figure; the rest stay in the chronology
LANE = 10.0  # lane height
TOP = 14.0  # room for the as-of label
KEY_SIZE = 5.6
LABEL_SIZE = 6.4
TICK_SIZE = 6.4
LEGEND_SIZE = 6.2
LABEL_WIDTH = 240.0  # longest label, points
GAP = 2.5  # between neighbours in a lane
RADIUS = 2.7
BAR = 5.0  # bar height

#: How much a precision says about when: a day is worth a label more than a decade.
PRECISION_WEIGHT = {"day": 3.0, "month": 2.5, "season": 2.0, "quarter": 2.0, "year": 1.0, "range": 0.5, "decade": 0.0}


@dataclass(frozen=True)
class Mark:
    """One event as the timeline sees it."""

    key: int  # its row number in the chronology
    start: dt.date
    end: dt.date
    precision: str
    label: str  # the date as a reader writes it
    headline: str  # a few words of what happened
    planned: bool = False
    approximate: bool = False  # a decade: pale


@dataclass(frozen=True)
class Layout:
    drawing: Drawing
    labelled: tuple[int, ...]  # keys of the events drawn with a label
    omitted: tuple[int, ...]  # keys of events that found no lane (too many at once)


def importance(precision: str, focus: bool, sources: int, planned: bool) -> float:
    """Which events deserve a label: precise, about the focus, stated by several sources, or ahead."""
    return PRECISION_WEIGHT.get(precision, 0.0) + 1.5 * focus + (sources - 1) + 1.0 * planned


def choose_labels(candidates: Sequence[tuple[int, dt.date, float]], count: int) -> list[int]:
    """Keys of the `count` events to label, from (key, start, importance): the most important
    first, but one per year until every year with a candidate has one, so labels spread over
    the span instead of piling up in its busiest year."""
    ranked = sorted(candidates, key=lambda c: (-c[2], -c[1].toordinal(), c[0]))
    chosen: list[int] = []
    years: set[int] = set()
    rest: list[int] = []
    for key, start, _ in ranked:
        if len(chosen) == count:
            break
        if start.year in years:
            rest.append(key)
        else:
            chosen.append(key)
            years.add(start.year)
    return chosen + rest[: count - len(chosen)]


def headline(text: str, expression: str = "") -> str:
    """The event's text without the date phrase it opens with ("In 2007, Kazakhstan …" → "Kazakhstan …")."""
    text = " ".join(text.split())
    if expression:
        lead = re.compile(
            r"(?:(?:in|on|by|since|during|from|until|as early as|as of|at the end of|for)\s+)?"
            r"(?:the\s+)?" + re.escape(expression) + r"(?:\s+(?:года?|г\.|жылы|жылғы))?[\s,:–—-]*",
            re.IGNORECASE,
        )
        match = lead.match(text)
        if match and match.end() < len(text):
            text = text[match.end() :]
            text = text[:1].upper() + text[1:]
    return text.rstrip(" .")


def lay_out(
    marks: Sequence[Mark],
    *,
    as_of: dt.date | None,
    labelled: Sequence[int] = (),
    keyed: bool = True,
    width: float = WIDTH,
    language: str = "en",
) -> Layout:
    """Place every mark; `labelled` keys get their label beside the mark (if a lane has room).

    The legend and the as-of label are in `language`; the marks' labels come as given."""
    if not marks:
        return Layout(Drawing(width, 0.0, (), "No dated events."), (), ())
    counts: dict[int, int] = {}
    for mark in marks:
        if (mark.end - mark.start).days < 400:  # ranges and decades do not make a year busy
            counts[mark.start.year] = counts.get(mark.start.year, 0) + 1
    first = min(m.start.year for m in marks)
    last = max(m.end.year for m in marks)
    scale = year_scale(counts, first, last, 4.0, width - 4.0)

    lanes: list[_Lane] = []
    placed: list[tuple[_Group, int, _Geometry]] = []
    omitted: list[int] = []
    shown_labels: list[int] = []
    for group in _groups(marks, set(labelled)):
        geometry = lane = None
        if group.labelled:
            geometry = _geometry(group, scale, keyed, width, with_label=True)
            lane = _find_lane(lanes, geometry)
            if lane is not None and geometry.label_strong:
                shown_labels.append(group.mark.key)
        if lane is None:
            geometry = _geometry(group, scale, keyed, width, with_label=False)
            lane = _find_lane(lanes, geometry)
        if lane is None:
            omitted.extend(group.keys)
            continue
        assert geometry is not None, "a lane is only found for a computed geometry"
        placed.append((group, lane, geometry))

    n_lanes = max((lane for _, lane, _ in placed), default=0) + 1
    axis_y = TOP + n_lanes * LANE + 4.0
    shapes: list[Shape] = []
    shapes += _bands(scale, TOP - 2.0, axis_y)
    if as_of is not None and scale.first <= as_of.year < scale.last:
        shapes += _as_of(scale.x(as_of), as_of, axis_y, width, language)
    for group, lane, g in sorted(placed, key=lambda p: p[0].keys):
        shapes += _mark_shapes(group, g, axis_y - 4.0 - (lane + 0.5) * LANE)
    shapes += _axis(scale, axis_y)
    legend_y = axis_y + 24.0
    shapes += _legend(marks, legend_y, as_of is not None and scale.first <= as_of.year < scale.last, language)
    drawing = Drawing(width, r1(legend_y + 5.0), tuple(shapes), "")
    return Layout(drawing, tuple(sorted(shown_labels)), tuple(sorted(omitted)))


@dataclass(frozen=True)
class _Group:
    """Events drawn as one mark: those with the same dates and precision (eleven "2023"s are one
    bar keyed 19–29), except a labelled event, which keeps a mark of its own."""

    mark: Mark  # the first of them
    keys: tuple[int, ...]
    labelled: bool = False

    @property
    def key_text(self) -> str:
        runs: list[list[int]] = []
        for key in self.keys:
            if runs and key == runs[-1][-1] + 1:
                runs[-1].append(key)
            else:
                runs.append([key])
        return ", ".join(
            str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" if len(r) > 2 else f"{r[0]}, {r[1]}" for r in runs
        )


def _groups(marks: Sequence[Mark], labelled: set[int]) -> list[_Group]:
    """Labelled events first (they are packed nearest the axis), then the rest by date."""
    same: dict[tuple, list[Mark]] = {}
    groups = [_Group(m, (m.key,), True) for m in marks if m.key in labelled]
    for mark in marks:
        if mark.key not in labelled:
            same.setdefault((mark.start, mark.end, mark.precision, mark.planned), []).append(mark)
    rest = [_Group(ms[0], tuple(sorted(m.key for m in ms))) for ms in same.values()]
    by_date = lambda g: (g.mark.start, g.mark.end, g.keys)  # noqa: E731
    return sorted(groups, key=by_date) + sorted(rest, key=by_date)


@dataclass(frozen=True)
class _Geometry:
    x0: float  # the mark
    x1: float
    point: bool
    key: str  # the key numbers ("" when the figure is not keyed)
    key_x: float  # where their text starts
    key_inside: bool
    label_x: float = 0.0
    label_anchor: str = "start"
    label_strong: str = ""
    label_text: str = ""
    extent: tuple[float, float] = (0.0, 0.0)


class _Lane:
    """Occupied intervals of one lane, sorted."""

    def __init__(self) -> None:
        self.starts: list[float] = []
        self.ends: list[float] = []

    def free(self, a: float, b: float) -> bool:
        # Intervals in a lane never overlap, so ends are sorted like starts: only the last one
        # starting before b can reach past a.
        i = bisect.bisect_left(self.starts, b)
        return i == 0 or self.ends[i - 1] <= a

    def take(self, a: float, b: float) -> None:
        i = bisect.bisect_left(self.starts, a)
        self.starts.insert(i, a)
        self.ends.insert(i, b)


def _find_lane(lanes: list[_Lane], g: _Geometry) -> int | None:
    a, b = g.extent
    for index, lane in enumerate(lanes):
        if lane.free(a - GAP, b + GAP):
            lane.take(a, b)
            return index
    if len(lanes) < MAX_LANES:
        lanes.append(_Lane())
        lanes[-1].take(a, b)
        return len(lanes) - 1
    return None


def _geometry(group: _Group, scale: TimeScale, keyed: bool, width: float, *, with_label: bool) -> _Geometry:
    mark = group.mark
    point = mark.precision == "day"
    if point:
        x0 = x1 = scale.x(mark.start) + 0.5 * (scale.after(mark.start) - scale.x(mark.start))
        left, right = x0 - RADIUS, x0 + RADIUS
    else:
        x0, x1 = scale.x(mark.start), scale.after(mark.end)
        if x1 - x0 < 3.0:  # a month in a quiet year: still a bar, not a dot
            middle = (x0 + x1) / 2
            x0, x1 = middle - 1.5, middle + 1.5
        left, right = x0, x1
    key = group.key_text if keyed else ""
    key_w = text_width(key, KEY_SIZE) if key else 0.0
    key_inside = bool(key) and not point and (x1 - x0) >= key_w + 3.0 and not mark.planned
    key_x = (x0 + x1 - key_w) / 2 if key_inside else right + 1.2
    if key and not key_inside:
        if key_x + key_w > width - 1.0:  # no room right of the mark: the key goes to its left
            key_x = left - 1.2 - key_w
            left = key_x
        else:
            right = key_x + key_w
    if not with_label:
        return _Geometry(x0, x1, point, key, key_x, key_inside, extent=(left, right))
    strong = mark.label + " "
    strong_w = text_width(strong, LABEL_SIZE, bold=True)
    room = min(LABEL_WIDTH, width - 8.0) - strong_w
    text = fit(mark.headline, LABEL_SIZE, room) if room > 20 else ""
    label_w = strong_w + text_width(text, LABEL_SIZE)
    if right + 2.0 + label_w <= width - 2.0:  # label to the right of the mark and its key
        label_x = right + 2.0
        return _Geometry(
            x0, x1, point, key, key_x, key_inside, label_x, "start", strong, text, (left, label_x + label_w)
        )
    label_x = left - 2.0  # else to its left, ending at the mark
    if label_x - label_w < 2.0:
        # (near the left edge: the headline is cut to the room there, or the label left out, never clipped)
        room = label_x - 2.0 - strong_w
        text = fit(mark.headline, LABEL_SIZE, room) if room > 20 else ""
        if not text:
            return _Geometry(x0, x1, point, key, key_x, key_inside, extent=(left, right))
        label_w = strong_w + text_width(text, LABEL_SIZE)
    return _Geometry(x0, x1, point, key, key_x, key_inside, label_x, "end", strong, text, (label_x - label_w, right))


def _mark_shapes(group: _Group, g: _Geometry, y: float) -> list[Shape]:
    mark = group.mark
    style = "mark" + (" planned" if mark.planned else "") + (" approx" if mark.approximate else "")
    tip = (
        f"{mark.key}. {mark.label}: {mark.headline}"
        if len(group.keys) == 1
        else f"{group.key_text}. {mark.label}: {len(group.keys)} events"
    )
    shapes = []
    if g.point:
        shapes.append(Shape("circle", style + " point", x=r1(g.x0), y=r1(y), w=RADIUS, tip=tip))
    else:
        shapes.append(Shape("rect", style + " bar", x=r1(g.x0), y=r1(y - BAR / 2), w=r1(g.x1 - g.x0), h=BAR, tip=tip))
    if g.key:
        shapes.append(
            Shape(
                "text", "key inside" if g.key_inside else "key", size=KEY_SIZE, x=r1(g.key_x), y=r1(y + 2.0), text=g.key
            )
        )
    if g.label_strong:
        shapes.append(
            Shape(
                "text",
                "label" + (" planned" if mark.planned else ""),
                size=LABEL_SIZE,
                x=r1(g.label_x),
                y=r1(y + 2.2),
                strong=g.label_strong,
                text=g.label_text,
                anchor=g.label_anchor,
            )
        )
    return shapes


def _bands(scale: TimeScale, top: float, bottom: float) -> list[Shape]:
    """Alternate years shaded, so a mark's year reads at a glance on an uneven axis."""
    return [
        Shape("rect", "band", x=r1(s.x0), y=r1(top), w=r1(s.x1 - s.x0), h=r1(bottom - top))
        for s in scale.spans
        if not s.broken and s.start % 2 == 0
    ]


def _axis(scale: TimeScale, y: float) -> list[Shape]:
    shapes: list[Shape] = []
    for span in scale.spans:
        if span.broken:  # the axis cut by two slashes: quiet years left out
            middle = (span.x0 + span.x1) / 2
            shapes.append(Shape("line", "axis", x=r1(span.x0), y=r1(y), x2=r1(middle - 2.2), y2=r1(y)))
            shapes.append(Shape("line", "axis", x=r1(middle + 2.2), y=r1(y), x2=r1(span.x1), y2=r1(y)))
            for x in (middle - 1.6, middle + 1.6):
                shapes.append(Shape("line", "axis-break", x=r1(x - 1.4), y=r1(y + 3.0), x2=r1(x + 1.4), y2=r1(y - 3.0)))
        else:
            shapes.append(Shape("line", "axis", x=r1(span.x0), y=r1(y), x2=r1(span.x1), y2=r1(y)))
        shapes.append(Shape("line", "tick", x=r1(span.x0), y=r1(y), x2=r1(span.x0), y2=r1(y + 2.5)))
    shapes.append(Shape("line", "tick", x=r1(scale.spans[-1].x1), y=r1(y), x2=r1(scale.spans[-1].x1), y2=r1(y + 2.5)))
    shapes += _year_labels(scale, y + 9.5)
    return shapes


def _year_labels(scale: TimeScale, y: float) -> list[Shape]:
    """Each year named under its band, as many as fit: those after a cut first, then the widest."""
    candidates = []
    for index, span in enumerate(scale.spans):
        if span.broken:
            continue
        after_break = index == 0 or scale.spans[index - 1].broken
        candidates.append((not after_break, -(span.x1 - span.x0), span.start, (span.x0 + span.x1) / 2))
    taken: list[tuple[float, float]] = []
    shapes = []
    for *_, year, x in sorted(candidates):
        half = text_width(str(year), TICK_SIZE) / 2 + 1.5
        a, b = x - half, x + half
        if any(a < tb and ta < b for ta, tb in taken):
            continue
        taken.append((a, b))
        shapes.append(Shape("text", "tick-label", size=TICK_SIZE, x=r1(x), y=r1(y), text=str(year), anchor="middle"))
    return sorted(shapes, key=lambda s: s.x)


def _as_of(x: float, as_of: dt.date, axis_y: float, width: float, language: str) -> list[Shape]:
    from reportgen.datefmt import short_date
    from reportgen.i18n import catalog

    text = catalog(language).pgettext("timeline", "as of {date}").format(date=short_date(as_of, language))
    anchor = "end" if x + text_width(text, LEGEND_SIZE) / 2 > width else "middle"
    return [
        Shape("line", "as-of", x=r1(x), y=TOP - 3.0, x2=r1(x), y2=r1(axis_y)),
        Shape("text", "as-of-label", size=LEGEND_SIZE, x=r1(min(x, width)), y=TOP - 5.0, text=text, anchor=anchor),
    ]


def _legend(marks: Sequence[Mark], y: float, as_of: bool, language: str) -> list[Shape]:
    """What the marks mean, only for those drawn."""
    from reportgen.i18n import catalog

    tr = catalog(language)
    kinds = [("point", "mark point", tr.pgettext("legend", "a day"))]
    if any(m.precision != "day" and not m.approximate for m in marks):
        kinds.append(("bar", "mark bar", tr.pgettext("legend", "a month, season, year or range")))
    if any(m.approximate for m in marks):
        kinds.append(("bar", "mark bar approx", tr.pgettext("legend", "a decade")))
    if any(m.planned for m in marks):
        kinds.append(("bar", "mark bar planned", tr.pgettext("legend", "planned")))
    if as_of:
        kinds.append(("line", "as-of", tr.pgettext("legend", "the as-of date")))
    shapes, x = [], 4.0
    for symbol, style, text in kinds:
        if symbol == "point":
            shapes.append(Shape("circle", style, x=r1(x + RADIUS), y=r1(y - 2.0), w=RADIUS))
            x += 2 * RADIUS + 3.0
        elif symbol == "bar":
            shapes.append(Shape("rect", style, x=r1(x), y=r1(y - 2.0 - BAR / 2), w=12.0, h=BAR))
            x += 15.0
        else:
            shapes.append(Shape("line", style, x=r1(x + 3.0), y=r1(y - 6.0), x2=r1(x + 3.0), y2=r1(y + 1.0)))
            x += 8.0
        shapes.append(Shape("text", "legend", size=LEGEND_SIZE, x=r1(x), y=r1(y), text=text))
        x += text_width(text, LEGEND_SIZE) + 10.0
    return shapes
