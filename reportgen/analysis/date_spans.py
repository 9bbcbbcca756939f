"""Define date spans and their labels: the calendar arithmetic the date grammar shares."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from reportgen.month_words import ENGLISH_MONTHS as MONTH_NAMES

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
        return DateSpan(
            dt.date(year, 12, 1), end, "season", f"Winter {year}/{(year + 1) % 100:02d}", expression, offset
        )
    name = "Autumn" if season == "fall" else season.capitalize()
    return DateSpan(dt.date(year, first, 1), month_end(year, first + 2), "season", f"{name} {year}", expression, offset)


def year_span(year: int, expression: str, offset: int) -> DateSpan:
    return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", str(year), expression, offset)


def month_span(year: int, month: int, expression: str, offset: int) -> DateSpan:
    return DateSpan(
        dt.date(year, month, 1), month_end(year, month), "month", f"{MONTH_NAMES[month - 1]} {year}", expression, offset
    )


def months_span(year: int, first: int, last: int, expression: str, offset: int, precision: str = "range") -> DateSpan:
    """Whole months first..last of one year, labelled 'January–June 2026'."""
    label = f"{MONTH_NAMES[first - 1]}–{MONTH_NAMES[last - 1]} {year}"
    return DateSpan(dt.date(year, first, 1), month_end(year, last), precision, label, expression, offset)


def day_span(day: dt.date, expression: str, offset: int) -> DateSpan:
    return DateSpan(day, day, "day", day_label(day), expression, offset)


def quarter_span(year: int, number: int, expression: str, offset: int) -> DateSpan:
    first = 3 * number - 2
    return DateSpan(
        dt.date(year, first, 1), month_end(year, first + 2), "quarter", f"Q{number} {year}", expression, offset
    )


def half_span(year: int, number: int, expression: str, offset: int) -> DateSpan:
    """A half year keeps precision "year" with narrowed bounds, like "the first half of 2023"."""
    first, last = (1, 6) if number == 1 else (7, 12)
    words = "first half" if number == 1 else "second half"
    return DateSpan(dt.date(year, first, 1), month_end(year, last), "year", f"{words} of {year}", expression, offset)


def week_span(monday: dt.date, expression: str, offset: int) -> DateSpan:
    sunday = monday + dt.timedelta(days=6)
    return DateSpan(monday, sunday, "range", range_label(monday, sunday), expression, offset)


def with_text(span: DateSpan, expression: str, offset: int) -> DateSpan:
    """The same dates under another expression (a longer phrase that holds the span's own)."""
    return DateSpan(span.start, span.end, span.precision, span.label, expression, offset)
