"""Estimate how wide a label is in DejaVu Sans, the font the built-in figures use."""

from __future__ import annotations

from functools import cache

FALLBACK = 0.62  # em, for characters outside the table (about DejaVu Sans' mean width)


@cache
def _table(bold: bool) -> dict[str, float]:
    from reportgen.figures import fontwidths

    widths = {}
    for start, values in fontwidths.BOLD if bold else fontwidths.REGULAR:
        for offset, value in enumerate(values):
            if value:
                widths[chr(start + offset)] = value / 1000
    return widths


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Width in points of `text` at `size` points; combining marks count as nothing."""
    table = _table(bold)
    return size * sum(table.get(c, 0.0 if "\u0300" <= c <= "\u036f" else FALLBACK) for c in text)


def fit(text: str, size: float, width: float, *, bold: bool = False, upper: bool = False, spacing: float = 0.0) -> str:
    """`text` cut at a word boundary with an ellipsis so it fits in `width` points ("" if not even a word);
    measured in capitals when `upper` (CSS text-transform), each letter `spacing` em apart (letter-spacing)."""

    def width_of(line: str) -> float:
        shown = line.upper() if upper else line
        return text_width(shown, size, bold=bold) + spacing * size * len(shown)

    if width_of(text) <= width:
        return text
    words = text.split()
    while words:
        words.pop()
        candidate = " ".join(words).rstrip(",;:–—-") + "…"
        if words and width_of(candidate) <= width:
            return candidate
    return ""
