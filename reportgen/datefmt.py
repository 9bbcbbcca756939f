"""Dates as a reader writes them, in the briefing's language: the one month-name table and the formatters.

Locale-independent on purpose (no strftime %B), so output never varies with the machine.
Other languages take their month names and word order from the message catalog
(reportgen/locale/<language>.po): "3 декабря 2026", "2026 жылғы 3 желтоқсан".
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

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
SHORT_MONTHS = tuple(m[:3] for m in MONTHS)


def long_date(value: dt.date | None, language: str = "en") -> str:
    """20 February 2026 ('undated' for None)."""
    if value is None:
        return _catalog(language).gettext("undated")
    tr = _catalog(language)
    pattern = tr.pgettext("date pattern", "{day} {month} {year}")
    return pattern.format(day=value.day, month=_month(tr, "month in a date", value.month), year=value.year)


def short_date(value: dt.date | None, language: str = "en") -> str:
    """20 Feb 2026."""
    if value is None:
        return _catalog(language).gettext("undated")
    tr = _catalog(language)
    pattern = tr.pgettext("short date pattern", "{day} {month} {year}")
    month = tr.pgettext("short month", SHORT_MONTHS[value.month - 1])
    return pattern.format(day=value.day, month=month, year=value.year)


def month_year(month: int, year: int, language: str = "en") -> str:
    """February 2026."""
    tr = _catalog(language)
    return tr.pgettext("month pattern", "{month} {year}").format(month=_month(tr, "month", month), year=year)


def span(start: dt.date, end: dt.date, language: str = "en") -> str:
    """'14–20 February 2026', '1 March – 31 May 2026', '1 January 1990 – 20 February 2026'."""
    if start == end:
        return long_date(start, language)
    tr = _catalog(language)
    if (start.year, start.month) == (end.year, end.month):
        pattern = tr.pgettext("date pattern", "{day1}–{day2} {month} {year}")
        return pattern.format(
            day1=start.day, day2=end.day, month=_month(tr, "month in a date", end.month), year=end.year
        )
    if start.year == end.year:
        pattern = tr.pgettext("date pattern", "{day1} {month1} – {day2} {month2} {year}")
        return pattern.format(
            day1=start.day,
            month1=_month(tr, "month in a date", start.month),
            day2=end.day,
            month2=_month(tr, "month in a date", end.month),
            year=end.year,
        )
    pattern = tr.pgettext("date pattern", "{start} – {end}")
    return pattern.format(start=long_date(start, language), end=long_date(end, language))


# -- the chronology's date labels in another language -------------------------
#
# The analysis labels a date as an English reader writes it ("Autumn 2024", "Q1 2026",
# "first half of 2023", "2–4 February 2026", "1999, 2008 and 2011"); that grammar is its own
# (reportgen/analysis/date_spans.py), never source text, so it can be rewritten word by word.

_MONTH = "|".join(MONTHS)
SEASONS = {"Spring": "Spring {year}", "Summer": "Summer {year}", "Autumn": "Autumn {year}"}
YEAR_PARTS = {
    "first half of": "first half of {year}",
    "second half of": "second half of {year}",
    "early": "early {year}",
    "mid-": "mid-{year}",
    "late": "late {year}",
}
DECADE_PARTS = {
    "first half of": "first half of the {decade}s",
    "second half of": "second half of the {decade}s",
    "early": "early {decade}s",
    "mid-": "mid-{decade}s",
    "late": "late {decade}s",
}

#: Messages this module looks up by a computed msgid, as (context, msgid): the catalog test reads them.
MESSAGES = (
    *(("month in a date", m) for m in MONTHS),
    *(("month", m) for m in MONTHS),
    *(("short month", m) for m in SHORT_MONTHS),
    *(("season", m) for m in SEASONS.values()),
    *(("part of a year", m) for m in YEAR_PARTS.values()),
    *(("part of a decade", m) for m in DECADE_PARTS.values()),
)
_LABEL = (
    rf"(?P<dd_m>(?P<a1>\d{{1,2}})–(?P<a2>\d{{1,2}}) (?P<am>{_MONTH}) (?P<ay>\d{{4}}))"
    rf"|(?P<dm_dm>(?P<b1>\d{{1,2}}) (?P<bm1>{_MONTH}) – (?P<b2>\d{{1,2}}) (?P<bm2>{_MONTH}) (?P<by>\d{{4}}))"
    rf"|(?P<dmy>(?P<c1>\d{{1,2}}) (?P<cm>{_MONTH}) (?P<cy>\d{{4}}))"
    rf"|(?P<mm>(?P<dm1>{_MONTH})–(?P<dm2>{_MONTH}) (?P<dy>\d{{4}}))"
    rf"|(?P<my>(?P<em>{_MONTH}) (?P<ey>\d{{4}}))"
    r"|(?P<winter>Winter (?P<wy>\d{4})/(?P<wn>\d{2}))"
    r"|(?P<season>(?P<sn>Spring|Summer|Autumn) (?P<sy>\d{4}))"
    r"|(?P<quarter>Q(?P<qn>[1-4]) (?P<qy>\d{4}))"
    r"|(?P<part>(?P<pw>first half of|second half of|early|late|mid-) ?(?:the )?(?P<py>\d{4})(?P<ps>s?))"
    r"|(?P<decade>(?:the )?(?P<xy>\d{3}0)s)"
    r"|(?P<and> and )"
)


def event_label(label: str, language: str = "en") -> str:
    """An English date label of the analysis in `language`, its first letter a capital as a label
    standing alone reads ("Late 2025", like "Autumn 2024")."""
    if language == "en":
        return label[:1].upper() + label[1:]
    tr = _catalog(language)
    if not tr.messages:
        return label
    text = _label_re().sub(lambda m: _label_piece(m, tr, language), label)
    return text[:1].upper() + text[1:]


@cache
def _label_re() -> re.Pattern[str]:
    return re.compile(_LABEL)  # compiled on first use: English builds and `check` never need it


def _label_piece(m: re.Match[str], tr, language: str) -> str:
    if m["dd_m"]:
        day1, day2 = int(m["a1"]), int(m["a2"])
        month, year = MONTHS.index(m["am"]) + 1, int(m["ay"])
        return span(dt.date(year, month, day1), dt.date(year, month, day2), language)
    if m["dm_dm"]:
        year = int(m["by"])
        start = dt.date(year, MONTHS.index(m["bm1"]) + 1, int(m["b1"]))
        return span(start, dt.date(year, MONTHS.index(m["bm2"]) + 1, int(m["b2"])), language)
    if m["dmy"]:
        return long_date(dt.date(int(m["cy"]), MONTHS.index(m["cm"]) + 1, int(m["c1"])), language)
    if m["mm"]:
        pattern = tr.pgettext("month pattern", "{month1}–{month2} {year}")
        first, last = MONTHS.index(m["dm1"]) + 1, MONTHS.index(m["dm2"]) + 1
        return pattern.format(month1=_month(tr, "month", first), month2=_month(tr, "month", last), year=m["dy"])
    if m["my"]:
        return month_year(MONTHS.index(m["em"]) + 1, int(m["ey"]), language)
    if m["winter"]:
        return tr.pgettext("season", "Winter {year}/{next}").format(year=m["wy"], next=m["wn"])
    if m["season"]:
        return tr.pgettext("season", SEASONS[m["sn"]]).format(year=m["sy"])
    if m["quarter"]:
        return tr.pgettext("quarter", "Q{quarter} {year}").format(quarter=m["qn"], year=m["qy"])
    if m["part"] and m["ps"]:
        return tr.pgettext("part of a decade", DECADE_PARTS[m["pw"]]).format(decade=m["py"])
    if m["part"]:
        return tr.pgettext("part of a year", YEAR_PARTS[m["pw"]]).format(year=m["py"])
    if m["decade"]:
        return tr.pgettext("decade", "the {decade}s").format(decade=m["xy"])
    return tr.pgettext("list", " and ")


def _month(tr, context: str, month: int) -> str:
    return tr.pgettext(context, MONTHS[month - 1])


def _catalog(language: str):
    from reportgen.i18n import catalog  # only when a date is written: `--help` never reads a catalog

    return catalog(language)
