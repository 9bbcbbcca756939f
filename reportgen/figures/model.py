"""Define a Drawing: the shapes of one figure, in points, each with a CSS class for the template."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Shape:
    """One element of a figure. `shape` is rect | circle | line | path | text; unused fields stay 0 / "".

    Shapes are drawn as SVG; text is laid over the SVG as HTML positioned in points (x, and
    y its baseline), because WeasyPrint lays out SVG text letter by letter (unkerned, and
    slow: a timeline's labels cost 0.4 s that way).
    """

    shape: str
    cls: str  # space-separated classes the template's <style> gives colours and fonts
    x: float = 0.0
    y: float = 0.0
    w: float = 0.0  # rect width; circle radius
    h: float = 0.0  # rect height
    x2: float = 0.0  # line end
    y2: float = 0.0
    d: str = ""  # path data
    text: str = ""  # text content (escaped by the template)
    size: float = 0.0  # text: font size in points (the layout measured the text at this size)
    strong: str = ""  # text: a bold lead-in drawn before `text` (a date)
    anchor: str = "start"  # text: start | middle | end
    tip: str = ""  # a tooltip in the HTML (<title>); what the mark stands for


@dataclass(frozen=True)
class Drawing:
    """A figure: its size in points (the SVG viewBox), its shapes, and a text alternative."""

    width: float
    height: float
    shapes: tuple[Shape, ...]
    alt: str  # what a screen reader says instead of the figure, made from the data


def r1(value: float) -> float:
    """Coordinates to a tenth of a point: plenty for print, and stable HTML and JSON."""
    return round(value, 1)


def svg_paths(shapes) -> list[tuple[str, str]]:
    """(class, path data) for every shape but text, one path per class in first-drawn order.

    WeasyPrint computes styles for every element of an inline SVG as for HTML; a timeline's
    150 marks, ticks and bands as 150 elements cost more to render than as one path per class.
    """
    paths: dict[str, list[str]] = {}
    for s in shapes:
        if s.shape == "rect":
            piece = f"M{s.x},{s.y}h{s.w}v{s.h}h{r1(-s.w)}z"
        elif s.shape == "circle":
            piece = f"M{r1(s.x - s.w)},{s.y}a{s.w},{s.w} 0 1,0 {r1(2 * s.w)},0a{s.w},{s.w} 0 1,0 {r1(-2 * s.w)},0z"
        elif s.shape == "line":
            piece = f"M{s.x},{s.y}L{s.x2},{s.y2}"
        elif s.shape == "path":
            piece = s.d
        else:
            continue
        paths.setdefault(s.cls, []).append(piece)
    return [(cls, "".join(pieces)) for cls, pieces in paths.items()]
