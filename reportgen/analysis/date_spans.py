"""Define date spans and their labels: the calendar arithmetic the date grammar shares."""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

MONTH_NAMES = (
    "January February March April May June July August September October November December".split()
)
SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


@dataclass(frozen=True)
class DateSpan:
    """One temporal expression: its bounds, precision, reader's label and where it sits."""

    start: dt.date
    end: dt.date
    precision: str
    label: str
    expression: str
    offset: int  # index of the expression's first character in the text searched


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def day_label(day: dt.date) -> str:
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def range_label(start: dt.date, end: dt.date) -> str:
    """'2–4 February 2026', '19 November – 11 December 2025', '30 December 2025 – 2 January 2026'."""
    if start.year != end.year:
        return f"{day_label(start)} – {day_label(end)}"
    if start.month != end.month:
        return f"{start.day} {MONTH_NAMES[start.month - 1]} – {day_label(end)}"
    return f"{start.day}–{day_label(end)}"


def season_span(season: str, year: int, expression: str, offset: int) -> DateSpan:
    first = SEASON_MONTHS[season]
    if first == 12:
        end = month_end(year + 1, 2)
        return DateSpan(dt.date(year, 12, 1), end, "season", f"Winter {year}/{(year + 1) % 100:02d}", expression, offset)
    name = "Autumn" if season == "fall" else season.capitalize()
    return DateSpan(dt.date(year, first, 1), month_end(year, first + 2), "season", f"{name} {year}", expression, offset)
