"""Provide the template filters: dates as a reader writes them, and sanitised source markup."""
from __future__ import annotations

import datetime as dt

import nh3
from markupsafe import Markup

MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")

#: Inline markup a source may carry into a briefing; everything else is stripped.
ALLOWED_TAGS = {"b", "strong", "i", "em", "sup", "sub", "br", "span", "bdi", "q", "abbr"}
ALLOWED_ATTRIBUTES = {"span": {"lang", "dir"}, "bdi": {"dir"}, "abbr": {"title"}}


def long_date(value: dt.date | None) -> str:
    """20 February 2026; locale-independent so output does not vary with the machine."""
    if value is None:
        return "undated"
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def short_date(value: dt.date | None) -> str:
    """20 Feb 2026."""
    if value is None:
        return "undated"
    return f"{value.day} {MONTHS[value.month - 1][:3]} {value.year}"


def iso_date(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else ""


def sanitize(markup: str) -> Markup:
    """Source-derived markup through an allow-list: no scripts, links, images or styles."""
    return Markup(nh3.clean(markup, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes=set()))


FILTERS = {
    "long_date": long_date,
    "short_date": short_date,
    "iso_date": iso_date,
    "sanitize": sanitize,
}
