"""A time axis scaled to where events are: busy years wide, quiet years narrow, long gaps broken."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

GAP_YEARS = 3  # this many quiet years in a row or more are drawn as one break in the axis
QUIET_WEIGHT = 0.6  # a quiet year between busy ones, relative to a year with one event


@dataclass(frozen=True)
class Span:
    """Years [start, end) drawn from x0 to x1; `broken` when a run of quiet years is compressed."""

    start: int
    end: int
    x0: float
    x1: float
    broken: bool = False


@dataclass(frozen=True)
class TimeScale:
    spans: tuple[Span, ...]

    @property
    def first(self) -> int:
        return self.spans[0].start

    @property
    def last(self) -> int:
        """The year after the last one drawn (the axis ends on its 1 January)."""
        return self.spans[-1].end

    def x(self, day: dt.date) -> float:
        """Where a day starts on the axis (days before or after the axis are clamped to its ends)."""
        return self._at(day.year + (day.timetuple().tm_yday - 1) / _days_in(day.year))

    def after(self, day: dt.date) -> float:
        """Where a day ends: the start of the next day."""
        return self.x(day + dt.timedelta(days=1)) if day < dt.date.max else self.spans[-1].x1

    def year(self, year: int) -> float:
        return self._at(float(year))

    def _at(self, t: float) -> float:
        if t <= self.spans[0].start:
            return self.spans[0].x0
        for span in self.spans:
            if t < span.end:
                return span.x0 + (span.x1 - span.x0) * (t - span.start) / (span.end - span.start)
        return self.spans[-1].x1


def year_scale(
    counts: dict[int, int], first: int, last: int, x0: float, x1: float, *, break_width: float = 16.0
) -> TimeScale:
    """Years `first`..`last` laid out from x0 to x1.

    A year with n events gets a width growing with log n (a year of eleven events is
    wider than a year of one, but not eleven times); runs of GAP_YEARS or more years
    without events shrink to one break of `break_width` points, shorter quiet runs to
    QUIET_WEIGHT each, so thirty empty years do not push the busy ones into a corner.
    """
    pieces: list[tuple[int, int, float | None]] = []  # (start, end, weight or None for a break)
    year = first
    while year <= last:
        if counts.get(year, 0):
            pieces.append((year, year + 1, 1.0 + math.log2(counts[year])))
            year += 1
            continue
        end = year
        while end <= last and not counts.get(end, 0):
            end += 1
        if end - year >= GAP_YEARS:
            pieces.append((year, end, None))
        else:
            pieces.extend((y, y + 1, QUIET_WEIGHT) for y in range(year, end))
        year = end
    breaks = sum(1 for *_, w in pieces if w is None)
    total = sum(w for *_, w in pieces if w is not None) or 1.0
    unit = max(0.0, (x1 - x0) - breaks * break_width) / total
    spans, x = [], x0
    for start, end, weight in pieces:
        width = break_width if weight is None else weight * unit
        spans.append(Span(start, end, x, x + width, weight is None))
        x += width
    return TimeScale(tuple(spans))


def _days_in(year: int) -> int:
    return 366 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 365
