"""Lay out a chart of one table column: horizontal bars, bars over years (spans), or a line over years."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportgen.figures.measure import fit, text_width
from reportgen.figures.model import Drawing, Shape, r1

WIDTH = 465.0
LABEL_SIZE = 7.0
VALUE_SIZE = 6.8
TICK_SIZE = 6.4
UNIT_SIZE = 6.6
LABEL_WIDTH = 160.0  # the column of bar labels
LINE_HEIGHT = 8.6
# The bars' share of a page: with its heading and caption a chart fits one A4 page of the built-in layouts, or
# its heading stands alone on a page while the chart (never split) goes to the next.  Many bars are set
# closer, their labels on one line each, down to COMPACT_ROW.
ROWS_HEIGHT = 540.0
COMPACT_ROW = 11.0


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering [low, high]: steps of 1, 2, 2.5 or 5 times a power of ten."""
    if high <= low:
        high = low + 1.0
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step + 1e-9) * step
    ticks, value = [], first
    while value < high - 1e-9 * step:
        ticks.append(round(value, 10))
        value += step
    ticks.append(round(value, 10))
    return ticks


def number(value: float, decimals: int | None = None) -> str:
    """2.5, 0.35, 21,400: as few decimals as the value needs (at most 3), thousands separated."""
    if decimals is None:
        decimals = next((d for d in range(4) if abs(round(value, d) - value) < 1e-9), 3)
    return f"{value:,.{decimals}f}".replace("-", "−")


def _decimals(ticks: Sequence[float]) -> int:
    return max(next((d for d in range(4) if abs(round(t, d) - t) < 1e-9), 3) for t in ticks)


def wrap(text: str, size: float, width: float, lines: int = 2) -> list[str]:
    """Words onto at most `lines` lines of `width` points, the last cut with an ellipsis if need be."""
    out: list[str] = []
    words = text.split()
    while words and len(out) < lines:
        line = words.pop(0)
        while words and text_width(line + " " + words[0], size) <= width:
            line += " " + words.pop(0)
        out.append(line)
    if words:
        out[-1] = fit(out[-1] + " " + " ".join(words), size, width) or out[-1][:1] + "…"
    return [fit(line, size, width) or line for line in out]


def bars(rows: Sequence[tuple[str, float]], unit: str, *, width: float = WIDTH) -> Drawing:
    """Horizontal bars from zero, one per (label, value); the axis titled with `unit`."""
    ticks = nice_ticks(min(0.0, *(v for _, v in rows)), max(0.0, *(v for _, v in rows)))
    x0, x1 = LABEL_WIDTH + 10.0, width - 36.0
    lo, hi = ticks[0], ticks[-1]

    def x(value: float) -> float:
        return x0 + (x1 - x0) * (value - lo) / (hi - lo)

    shapes: list[Shape] = []
    y, top = 4.0, 4.0
    labels = [wrap(label, LABEL_SIZE, LABEL_WIDTH) for label, _ in rows]
    compact = sum(max(18.0, len(lines) * LINE_HEIGHT + 6.0) for lines in labels) > ROWS_HEIGHT
    if compact:
        labels = [wrap(label, LABEL_SIZE, LABEL_WIDTH, lines=1) for label, _ in rows]
    row = max(COMPACT_ROW, min(18.0, ROWS_HEIGHT / len(rows)))
    bar = min(10.0, row - 3.0)
    for (label, value), lines in zip(rows, labels):
        height = row if compact else max(18.0, len(lines) * LINE_HEIGHT + 6.0)
        middle = y + height / 2
        for i, line in enumerate(lines):
            baseline = middle + 2.5 + (i - (len(lines) - 1) / 2) * LINE_HEIGHT
            shapes.append(
                Shape("text", "category", size=LABEL_SIZE, x=r1(LABEL_WIDTH), y=r1(baseline), text=line, anchor="end")
            )
        a, b = sorted((x(0.0), x(value)))
        shapes.append(
            Shape(
                "rect",
                "bar",
                x=r1(a),
                y=r1(middle - bar / 2),
                w=r1(max(b - a, 0.6)),
                h=bar,
                tip=f"{label}: {number(value)}" + (f" ({unit})" if unit else ""),
            )
        )
        end, anchor = (b + 3.0, "start") if value >= 0 else (a - 3.0, "end")
        shapes.append(
            Shape("text", "value", size=VALUE_SIZE, x=r1(end), y=r1(middle + 2.4), text=number(value), anchor=anchor)
        )
        y += height
    shapes = _grid(ticks, x, top, y) + shapes
    shapes += _x_axis(ticks, x, y, unit, _decimals(ticks))
    return Drawing(width, r1(y + 30.0), tuple(shapes), "")


def spans(rows: Sequence[tuple[str, float, float, str]], *, width: float = WIDTH) -> Drawing:
    """Bars over years, one per (label, first year, last year, the cell as written): "2022–2024"."""
    first = int(min(r[1] for r in rows))
    last = int(max(r[2] for r in rows)) + 1
    x0, x1 = LABEL_WIDTH + 10.0, width - 8.0

    def x(year: float) -> float:
        return x0 + (x1 - x0) * (year - first) / (last - first)

    shapes: list[Shape] = []
    y, top = 4.0, 4.0
    for label, start, end, cell in rows:
        lines = wrap(label, LABEL_SIZE, LABEL_WIDTH)
        height = max(18.0, len(lines) * LINE_HEIGHT + 6.0)
        middle = y + height / 2
        for i, line in enumerate(lines):
            baseline = middle + 2.5 + (i - (len(lines) - 1) / 2) * LINE_HEIGHT
            shapes.append(
                Shape("text", "category", size=LABEL_SIZE, x=r1(LABEL_WIDTH), y=r1(baseline), text=line, anchor="end")
            )
        a, b = x(start), x(end + 1)
        shapes.append(Shape("rect", "bar", x=r1(a), y=r1(middle - 5.0), w=r1(b - a), h=10.0, tip=f"{label}: {cell}"))
        inside = text_width(cell, VALUE_SIZE) + 6.0 <= b - a
        shapes.append(
            Shape(
                "text",
                "value inside" if inside else "value",
                size=VALUE_SIZE,
                x=r1((a + b) / 2 if inside else b + 3.0),
                y=r1(middle + 2.4),
                text=cell,
                anchor="middle" if inside else "start",
            )
        )
        y += height
    years = list(range(first, last + 1))
    shapes = _grid(years, x, top, y) + shapes
    shapes.append(Shape("line", "axis", x=r1(x0), y=r1(y), x2=r1(x1), y2=r1(y)))
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if (x1 - x0) / (last - first) * s >= 24)
    for year in range(first, last):
        if (year - first) % step == 0:
            shapes.append(
                Shape(
                    "text",
                    "tick-label",
                    size=TICK_SIZE,
                    x=r1((x(year) + x(year + 1)) / 2),
                    y=r1(y + 9.5),
                    text=str(year),
                    anchor="middle",
                )
            )
    return Drawing(width, r1(y + 14.0), tuple(shapes), "")


def line(
    points: Sequence[tuple[float, float]],
    unit: str,
    *,
    labels: Sequence[str] = (),
    width: float = WIDTH,
    height: float = 170.0,
) -> Drawing:
    """A series over years: (year, value) points joined in order, each with its value.  A year may hold
    a fraction (2023.25, the second quarter); the axis marks whole years and each point's tip gives its
    label ("2023 Q2") when `labels` (one per point) are given."""
    named = dict(zip(points, labels))
    points = sorted(points)
    ticks = nice_ticks(min(0.0, *(v for _, v in points)), max(v for _, v in points))
    decimals = _decimals(ticks)
    left = max(text_width(number(t, decimals), TICK_SIZE) for t in ticks) + 8.0
    x0, x1, top, bottom = left + 10.0, width - 16.0, 16.0, height - 18.0  # points clear of the y axis
    first, last = points[0][0], points[-1][0]
    span = max(last - first, 1)

    def x(year: float) -> float:
        return x0 + (x1 - x0) * (year - first) / span if last > first else (x0 + x1) / 2

    def y(value: float) -> float:
        return bottom - (bottom - top) * (value - ticks[0]) / (ticks[-1] - ticks[0])

    shapes = [Shape("text", "unit", size=UNIT_SIZE, x=r1(left), y=8.0, text=unit)] if unit else []
    for t in ticks:
        shapes.append(Shape("line", "grid", x=r1(left), y=r1(y(t)), x2=r1(width - 8.0), y2=r1(y(t))))
        shapes.append(
            Shape(
                "text",
                "tick-label",
                size=TICK_SIZE,
                x=r1(left - 4.0),
                y=r1(y(t) + 2.2),
                text=number(t, decimals),
                anchor="end",
            )
        )
    path = " ".join(f"{'M' if i == 0 else 'L'}{r1(x(yr))},{r1(y(v))}" for i, (yr, v) in enumerate(points))
    shapes.append(Shape("path", "series", d=path))
    taken: list[tuple[float, float]] = []
    step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if (x1 - x0) / span * s >= 24 or last == first)
    for year, value in points:
        shapes.append(
            Shape(
                "circle",
                "point",
                x=r1(x(year)),
                y=r1(y(value)),
                w=2.2,
                tip=f"{named.get((year, value), _year_text(year))}: {number(value)}" + (f" ({unit})" if unit else ""),
            )
        )
        text = number(value)
        half = text_width(text, VALUE_SIZE) / 2 + 1.0
        if not any(x(year) - half < b and a < x(year) + half for a, b in taken):
            taken.append((x(year) - half, x(year) + half))
            shapes.append(
                Shape("text", "value", size=VALUE_SIZE, x=r1(x(year)), y=r1(y(value) - 5.0), text=text, anchor="middle")
            )
    shapes.append(Shape("line", "axis", x=r1(left), y=r1(bottom), x2=r1(width - 8.0), y2=r1(bottom)))
    whole = math.ceil(first)
    for year in range(whole, math.floor(last) + 1):
        if (year - whole) % step == 0:
            shapes.append(Shape("line", "tick", x=r1(x(year)), y=r1(bottom), x2=r1(x(year)), y2=r1(bottom + 2.5)))
            shapes.append(
                Shape(
                    "text",
                    "tick-label",
                    size=TICK_SIZE,
                    x=r1(x(year)),
                    y=r1(bottom + 10.0),
                    text=str(year),
                    anchor="middle",
                )
            )
    return Drawing(width, height, tuple(shapes), "")


def _year_text(year: float) -> str:
    return str(int(year)) if year == int(year) else str(year)


def _grid(ticks, x, top: float, bottom: float) -> list[Shape]:
    return [Shape("line", "grid", x=r1(x(t)), y=r1(top), x2=r1(x(t)), y2=r1(bottom)) for t in ticks]


def _x_axis(ticks, x, y: float, unit: str, decimals: int) -> list[Shape]:
    shapes = [Shape("line", "axis", x=r1(x(ticks[0])), y=r1(y), x2=r1(x(ticks[-1])), y2=r1(y))]
    for t in ticks:
        shapes.append(Shape("line", "tick", x=r1(x(t)), y=r1(y), x2=r1(x(t)), y2=r1(y + 2.5)))
        shapes.append(
            Shape(
                "text",
                "tick-label",
                size=TICK_SIZE,
                x=r1(x(t)),
                y=r1(y + 10.0),
                text=number(t, decimals),
                anchor="middle",
            )
        )
    if unit:
        middle = (x(ticks[0]) + x(ticks[-1])) / 2
        shapes.append(Shape("text", "unit", size=UNIT_SIZE, x=r1(middle), y=r1(y + 22.0), text=unit, anchor="middle"))
    return shapes
