"""Dates as a reader writes them: the one English month-name table and the formatters every stage uses.

Locale-independent on purpose (no strftime %B), so output never varies with the machine.
"""

from __future__ import annotations

import datetime as dt

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(value: dt.date | None) -> str:
    """20 February 2026 ('undated' for None)."""
    if value is None:
        return "undated"
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def short_date(value: dt.date | None) -> str:
    """20 Feb 2026."""
    if value is None:
        return "undated"
    return f"{value.day} {MONTHS[value.month - 1][:3]} {value.year}"


def span(start: dt.date, end: dt.date) -> str:
    """'14–20 February 2026', '1 March – 31 May 2026', '1 January 1990 – 20 February 2026'."""
    if start == end:
        return long_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{long_date(end)}"
    if start.year == end.year:
        return f"{start.day} {MONTHS[start.month - 1]} – {long_date(end)}"
    return f"{long_date(start)} – {long_date(end)}"
