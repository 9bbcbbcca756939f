"""Find English dates written in words: spelled-out years, decades by name, and holidays.

- Spelled-out years, as transcripts write them: "nineteen ninety-one", "nineteen oh five",
  "the year two thousand" ("two thousand" alone is a count).  `dates` qualifies them like a
  written year: "January nineteen ninety-seven", "the winter of nineteen ninety-four".
- Decades by name: "the nineties", "the '80s", "the early seventies" (the latest such decade
  not after the text's date), "the last decade" (the decade before the text's).
- Holidays: Christmas (Day/Eve), New Year's Day/Eve, Thanksgiving (fourth Thursday of
  November), Easter (Sunday/Monday), Good Friday, Easter week (the week ending on Easter
  Sunday), Labor Day, Memorial Day, Veterans Day, Halloween, Valentine's Day.  With a year
  ("Christmas 1997") that year; with "last"/"next"/"this" that occurrence; otherwise the one
  the nearest tense cue points to, else the nearest.  A holiday's name used as a noun
  modifier of a thing ("Christmas tree", "Easter Island") is no date.
"""

from __future__ import annotations

import datetime as dt
import re

from reportgen.analysis.date_spans import DateSpan, day_span, week_span
from reportgen.analysis.relative_dates import sentence_bounds, tense_near

_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNIT = "|".join(_UNITS)
_TEEN = "|".join(_TEENS)
_TEN = "|".join(_TENS)
SPELLED_YEAR = re.compile(
    rf"""(?ix)\b(?:
      (?P<century>nineteen|eighteen)[\s-]+(?:(?P<tens>{_TEN})(?:[\s-]+(?P<unit>{_UNIT}))?|(?P<teen>{_TEEN})|o(?:h)?[\s-]+(?P<oh>{_UNIT}))
    | (?<=the\s)year\s+two\s+thousand(?:\s+(?:and\s+)?(?:(?P<k_tens>{_TEN})(?:[\s-]+(?P<k_unit2>{_UNIT}))?|(?P<k_teen>{_TEEN})|(?P<k_unit>{_UNIT})))?
    )\b(?![\s-]+(?:percent|per\s+cent|dollars|people|years|hundred|thousand|million|billion)\b)"""
)


def may_hold(text: str) -> bool:
    """Cheap substring test for the forms of this module."""
    return _may_spell(text) or _may_name_decade(text) or _HOLIDAY_KEYS(text)


def _may_spell(text: str) -> bool:
    return "ineteen" in text or "ighteen" in text or "two thousand" in text


# What comes before "ties" in a decade's name ("nineties" .. "twenties").
_DECADE_STEMS = ("nine", "eigh", "seven", "six", "fif", "for", "thir", "twen")


def _may_name_decade(text: str) -> bool:
    if "0s" in text or "decade" in text:
        return True
    # "ties" is common ("parties", "activities"): look at the few places it occurs instead of
    # scanning the text once for each decade's name.
    at = text.find("ties")
    while at >= 0:
        if text.endswith(_DECADE_STEMS, 0, at):
            return True
        at = text.find("ties", at + 1)
    return False


def _HOLIDAY_KEYS(text: str) -> bool:
    # " Day" stands for Labor, Memorial, Veterans, Valentine's and New Year's Day.  Each
    # name's capital is looked for first: a one-character search runs at memchr speed and
    # most paragraphs lack most of these capitals, so the names themselves are rarely searched.
    return (
        ("D" in text and " Day" in text)
        or ("C" in text and "Christmas" in text)
        or ("E" in text and "Easter" in text)
        or ("T" in text and "Thanksgiving" in text)
        or ("Y" in text and "New Year" in text)
        or ("G" in text and "Good Friday" in text)
        or ("H" in text and "Halloween" in text)
    )


def spelled_years(text: str) -> list[tuple[int, int, int]]:
    """(start, end, year) for every spelled-out year; "the year two thousand" starts at "the"."""
    found: list[tuple[int, int, int]] = []
    if not _may_spell(text):
        return found
    for match in SPELLED_YEAR.finditer(text):
        if match.group("century"):
            base = 1900 if match.group("century").lower() == "nineteen" else 1800
            if match.group("tens"):
                year = base + _TENS[match.group("tens").lower()] + _UNITS.get((match.group("unit") or "").lower(), 0)
            elif match.group("teen"):
                year = base + _TEENS[match.group("teen").lower()]
            else:
                year = base + _UNITS[match.group("oh").lower()]
            found.append((match.start(), match.end(), year))
        else:
            rest = 0
            if match.group("k_tens"):
                rest = _TENS[match.group("k_tens").lower()] + _UNITS.get((match.group("k_unit2") or "").lower(), 0)
            elif match.group("k_teen"):
                rest = _TEENS[match.group("k_teen").lower()]
            elif match.group("k_unit"):
                rest = _UNITS[match.group("k_unit").lower()]
            found.append((match.start() - 4, match.end(), 2000 + rest))
    return found


_DECADE_NAMES = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
_DECADES = re.compile(
    r"""(?ix)\bthe\s+(?:(?P<part>early|mid|late)[\s-]+)?
    (?:(?P<name>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|['’]?(?P<short>[1-9]0)['’]?s)\b
  | \bthe\s+(?P<which>last|previous|past)\s+decade\b(?!s)"""
)


def decades(text: str, reference: dt.date) -> list[tuple[int, int, int, str]]:
    """(start, end, first year, part word or '') for "the nineties", "the early '80s", "the last decade"."""
    found: list[tuple[int, int, int, str]] = []
    if not _may_name_decade(text):
        return found
    for match in _DECADES.finditer(text):
        if match.group("which"):
            first, part = reference.year // 10 * 10 - 10, ""
        else:
            tens = (
                _DECADE_NAMES[match.group("name").lower()] if match.group("name") else int(match.group("short")) // 10
            )
            first = reference.year // 100 * 100 + tens * 10
            if first > reference.year:
                first -= 100
            part = (match.group("part") or "").lower()
        if first >= dt.MINYEAR:  # a text with no date of its own (a paper's section) places no decade
            found.append((match.start(), match.end(), first, part))
    return found


# The name first (a capital letter starts the scan); "last"/"this"/"next" are read before it.
_HOLIDAYS = re.compile(
    r"(?P<name>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?"
    r"|Easter(?:\s+(?:Sunday|Monday|[Ww]eek))?|Good\s+Friday|Labor\s+Day|Memorial\s+Day|Veterans['’]?\s+Day"
    r"|Halloween|(?:St\.?\s+)?Valentine['’]s\s+Day)\b"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
    r"(?!\s+(?:[Ii]sland|[Tt]rees?|[Cc]ards?|[Cc]arols?|[Ee]ggs?|[Bb]unn(?:y|ies)|[Pp]arade|[Rr]ising|[Oo]ffensive|[Tt]ruce|[Mm]arkets?|[Ll]ights?|[Pp]art(?:y|ies)|[Ss]pecial)\b)"
)


_WHICH_BEFORE = re.compile(r"\b([Ll]ast|[Tt]his|[Nn]ext)\s+$")


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month (n = -1: the last)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def holiday_date(name: str, year: int) -> dt.date:
    key = " ".join(name.lower().replace("’", "'").replace("st. ", "").replace("st ", "").split())
    if key.startswith("easter"):
        sunday = easter(year)
        return sunday + dt.timedelta(days=1) if key.endswith("monday") else sunday
    if key == "good friday":
        return easter(year) - dt.timedelta(days=2)
    if key.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 3, 4)
    if key == "labor day":
        return _nth_weekday(year, 9, 0, 1)
    if key == "memorial day":
        return _nth_weekday(year, 5, 0, -1)
    if key.startswith("christmas"):
        return dt.date(year, 12, 24 if key.endswith("eve") else 25)
    if key.startswith("new year"):
        return dt.date(year, 12, 31) if key.endswith("eve") else dt.date(year, 1, 1)
    month, day = {
        "halloween": (10, 31),
        "valentine's day": (2, 14),
        "veterans day": (11, 11),
        "veterans' day": (11, 11),
    }[key]
    return dt.date(year, month, day)


def holidays(text: str, reference: dt.date | None) -> list[DateSpan]:
    """Each holiday of `text` as a day (Easter week as its week); needs `reference` without a year."""
    spans: list[DateSpan] = []
    if not _HOLIDAY_KEYS(text):
        return spans
    for match in _HOLIDAYS.finditer(text):
        which_match = _WHICH_BEFORE.search(text, max(0, match.start() - 6), match.start())
        name, year = match.group("name"), match.group("year")
        which = which_match.group(1).lower() if which_match else ""
        if name.lower().startswith("new year") and not name.lower().endswith(("day", "eve")):
            continue  # "New Year's celebrations": not one day
        if year is not None:
            day = holiday_date(name, int(year))
        elif reference is None:
            continue
        else:
            day = _placed(text, match, name, which, reference)
        offset = which_match.start() if which_match else match.start()
        expression = text[offset : match.end()]
        if name.lower().endswith("week"):
            spans.append(week_span(day - dt.timedelta(days=6), expression, offset))
        else:
            spans.append(day_span(day, expression, offset))
    return spans


def _placed(text: str, match: re.Match[str], name: str, which: str, reference: dt.date) -> dt.date:
    """The occurrence of a holiday without a year that "last"/"next"/"this", the nearest tense
    cue or, without one, the calendar points to."""
    previous = holiday_date(name, reference.year - 1)
    this = holiday_date(name, reference.year)
    following = holiday_date(name, reference.year + 1)
    before = this if this < reference else previous
    after = this if this > reference else following
    if this == reference or which == "this":
        return this
    if which == "last":
        return before
    if which == "next":
        return after
    bounds = sentence_bounds(text, match.start())
    tense, _ = tense_near(text[bounds], match.start() - bounds.start, match.end() - bounds.start)
    if tense == "future":
        return after
    if tense == "past":
        return before
    return min((before, after), key=lambda d: abs((d - reference).days))
