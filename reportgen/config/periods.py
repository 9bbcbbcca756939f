"""Periods (`last 90 days`, `since last run`, {from, to}) and the date labels the cover shows."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import replace

import yaml

from reportgen.config.model import Period
from reportgen.datefmt import long_date, span
from reportgen.config.nodes import _STR, NodeReader, describe


def read_period(r: NodeReader, node: yaml.Node, key: str, as_of: dt.date, language: str = "en") -> Period | None:
    """The period a config gives, its label in the briefing's `language` (read before `period`)."""
    if isinstance(node, yaml.MappingNode):
        return _period_range(r, node, key, as_of, language)
    allowed = (
        "expected 'last N days|weeks|months|years', 'since last run', 'all' "
        "or a mapping {from: YYYY-MM-DD, to: YYYY-MM-DD}"
    )
    if not (isinstance(node, yaml.ScalarNode) and node.tag == _STR):
        r.fail(node, key, f"{allowed}, got {describe(node)}")
        return None
    phrase = " ".join(node.value.lower().split())
    if phrase == "all":
        return all_period(as_of, language)
    if phrase == "since last run":
        label = _tr(language).gettext("since last run (up to {date})").format(date=long_date(as_of, language))
        return Period(end=as_of, label=label, since_last_run=True)
    match = re.fullmatch(r"last (?:(\d+) )?(day|week|month|year)s?", phrase)
    if not match:
        r.fail(node, key, f"unknown period '{node.value}'; {allowed}")
        return None
    count, unit = int(match.group(1) or 1), match.group(2)
    if count < 1:
        r.fail(node, key, f"'{node.value}' covers no time; count 1 or more {unit}s")
        return None
    try:
        start = _count_back(as_of, count, unit)
    except (ValueError, OverflowError):  # before 1 January of year 1
        r.fail(node, key, f"'{node.value}' reaches back before the year 1 (from as_of {as_of}); give a shorter period")
        return None
    words = _last(language, count, unit) if match.group(1) else _last(language, 0, unit)
    return Period(start=start, end=as_of, label=f"{words} ({span(start, as_of, language)})")


def _last(language: str, count: int, unit: str) -> str:
    """'last 90 days' ('last week' for count 0, the phrase without a number) in `language`."""
    tr = _tr(language)
    if not count:
        return {
            "day": tr.gettext("last day"),
            "week": tr.gettext("last week"),
            "month": tr.gettext("last month"),
            "year": tr.gettext("last year"),
        }[unit]
    return {
        "day": tr.ngettext("last {count} day", "last {count} days", count),
        "week": tr.ngettext("last {count} week", "last {count} weeks", count),
        "month": tr.ngettext("last {count} month", "last {count} months", count),
        "year": tr.ngettext("last {count} year", "last {count} years", count),
    }[unit].format(count=count)


def _tr(language: str):
    from reportgen.i18n import catalog

    return catalog(language)


def _period_range(r: NodeReader, node: yaml.MappingNode, key: str, as_of: dt.date, language: str) -> Period | None:
    entries = r.mapping(node, key, {"from": "First day covered.", "to": "Last day covered."})
    if entries is None:
        return None
    bounds = {name: r.date(value, f"{key}.{name}") for name, (_, value) in entries.items()}
    if any(bounds[name] is None for name in entries):
        return None
    start, end = bounds.get("from"), bounds.get("to")
    if start and end and start > end:
        r.fail(entries["from"][1], f"{key}.from", f"{start} is after period.to {end}; swap them")
        return None
    if start and not end and start > as_of:
        r.fail(
            entries["from"][1],
            f"{key}.from",
            f"{start} is after as_of {as_of}, so the period would be empty; give an earlier date or a period.to",
        )
        return None
    end = end or as_of  # an open end stops at the as-of date, so old briefings rebuild the same
    label = (
        span(start, end, language)
        if start
        else _tr(language).gettext("up to {date}").format(date=long_date(end, language))
    )
    return Period(start=start, end=end, label=label)


def resolve_since_last_run(period: Period, last_run: dt.date | None, language: str = "en") -> Period:
    """Fill in `since last run` from the as-of date of the previous successful run.

    The start is that date itself, not the day after: a day seen twice is better
    than items published after the last run on the same day being missed.
    """
    if not period.since_last_run:
        return period
    if last_run is None:
        tr = _tr(language)
        label = (
            tr.gettext("since last run (first run: all dates up to {date})").format(
                date=long_date(period.end, language)
            )
            if period.end
            else tr.gettext("since last run")
        )
        return replace(period, start=None, label=label)
    end = period.end or last_run
    label = _tr(language).gettext("since last run ({dates})").format(dates=span(min(last_run, end), end, language))
    return replace(period, start=last_run, label=label)


def all_period(as_of: dt.date, language: str = "en") -> Period:
    label = _tr(language).gettext("all dates up to {date}").format(date=long_date(as_of, language))
    return Period(start=None, end=as_of, label=label)


def _count_back(as_of: dt.date, count: int, unit: str) -> dt.date:
    """First day of `last N units` ending on as_of: as_of minus N units, plus one day.

    Months and years use calendar arithmetic, clamping to the month's last day:
    `last 3 months` from 2026-05-31 goes back to 2026-02-28 (no 02-31) and so
    starts on 2026-03-01 -- exactly March, April and May.
    """
    if unit == "day":
        back = as_of - dt.timedelta(days=count)
    elif unit == "week":
        back = as_of - dt.timedelta(weeks=count)
    else:
        months = count * (12 if unit == "year" else 1)
        index = as_of.year * 12 + as_of.month - 1 - months
        year, month = divmod(index, 12)
        back = dt.date(year, month + 1, min(as_of.day, calendar.monthrange(year, month + 1)[1]))
    return back + dt.timedelta(days=1)
