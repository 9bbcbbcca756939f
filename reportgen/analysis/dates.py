"""Find temporal expressions in English, Russian and Kazakh prose and resolve each to a bounded date span.

A purpose-built grammar, not a fuzzy parser: a cheap scan finds where an expression can
start (a number or a capitalised month), a compiled grammar matches its core there, a
short look at the words just before it adds qualifiers ("the autumn of", "the first
quarter of", "from", "the eve of"), and explicit filters reject amounts, counts and
identifiers ("No. 1088", "USD 2.5 billion", "+7 717 2024 1990", "Agenda 2063").
In a text with Cyrillic letters the Russian and Kazakh grammar of
`reportgen.analysis.dates_ru_kk` is tried first at each number ("14 февраля 2024 года",
"2024 жылғы 14 ақпанда"); labels stay English.

Decisions (also pinned in tests/test_chronology.py):
- Seasons are meteorological, northern hemisphere: spring Mar-May, summer Jun-Aug,
  autumn Sep-Nov, winter Y = 1 Dec Y .. end of Feb Y+1 (labelled "Winter 2024/25").
- Parts of a year keep precision "year" and narrow the bounds: early = Jan-Apr,
  mid = May-Aug, late/end = Sep-Dec, first half = Jan-Jun, second half = Jul-Dec.
  Parts of a decade keep precision "decade": early = years 0-3, mid = 3-6, late = 7-9,
  first half = 0-4, second half = 5-9 ("the second half of the 2000-s" = 2005..2009).
- A month, a day, a weekday or a season without a year needs a reference date (an
  article's own date) and is placed in the adjacent occurrence that fits: "last"/"next"/
  "this" decide; otherwise future wording in its sentence ("will", "upcoming", "planned",
  "due") picks the next occurrence, past wording ("was", "held", "-ed") the previous one,
  and with no cue the nearest one wins.  A weekday equal to the reference's is that day.
- "last week" is Monday..Sunday of the previous week (precision "range"); "today" that
  means "nowadays" ("the challenges archives face today", "today's world") is no date.
- "On the eve of <day>" ("накануне <day>") is the day before.
- Russian and Kazakh relative words ("в прошлом году", "в сентябре", "биыл", "қыркүйекте")
  are resolved like the English ones (`reportgen.analysis.relative_ru_kk`).
- "through 2035" is a (planned) year; a year that names a programme ("Agenda 2063",
  "Vision 2030", "Kazakhstan-2050") is not an event.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from reportgen.analysis import dates_romance as ro
from reportgen.analysis import dates_ru_kk as cy
from reportgen.analysis import dates_vi as vi
from reportgen.analysis import named_dates, period_dates
from reportgen.analysis import relative_ru_kk as cy_relative
from reportgen.analysis import relative_romance as ro_relative
from reportgen.analysis.date_spans import (
    MONTH_NAMES,
    DateSpan,
    day_label,
    month_end,
    month_span,
    months_span,
    range_label,
    safe_date,
    season_span,
)
from reportgen.analysis.relative_dates import (
    WEEKDAYS,
    may_be_relative,
    pick_year,
    relative_spans,
    sentence_around,
    sentence_bounds,
)

__all__ = ["MONTH_NAMES", "DateSpan", "day_label", "find_dates", "has_date_words", "range_label"]

_MONTH_NUMBER = {name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, 1)}
_MONTH_WORDS = frozenset({name.lower() for name in MONTH_NAMES} | {name[:3].lower() for name in MONTH_NAMES} | {"sept"})


def _month_alternatives() -> str:
    forms = set(MONTH_NAMES)
    forms.update(name[:3] + r"\." for name in MONTH_NAMES if len(name) > 4)
    forms.update(name[:3] for name in MONTH_NAMES if len(name) > 3)
    forms.update({r"Sept\.", "Sept"})
    return "|".join(sorted(forms, key=len, reverse=True))


MONTH = rf"(?<![\w])(?:{_month_alternatives()})(?![A-Za-z])"
YEAR_START = r"(?<![\w.,:/#№$\\])(?:1[89]\d\d|20\d\d|2100)"
YEAR = YEAR_START + r"(?![\w%]|[.,:]\d|\(\d|[-–/]\d)"
# A year with its month may be older ("the Constitution of 3 May 1791"): the month says it is a date,
# where a bare "1569" could as well be a count.
DATED_YEAR = r"(?<![\w.,:/#№$\\])(?:1[0-7]\d\d|1[89]\d\d|20\d\d|2100)(?![\w%]|[.,:]\d|\(\d|[-–/]\d)"
DAY = r"(?<![\w.,:/#№$\\])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w%]|[.,:]\d)"
TO = r"(?:\s*[-–—]\s*|\s+(?:to|until|till|through)\s+)"
# The words two days running follow: "on 13 and 14 October", "postponed to 9 and 10 December".
_DAYS_AFTER = r"(?:(?<=\bon\s)|(?<=\bto\s)|(?<=\bfor\s)|(?<=\buntil\s))"


def _named(name: str, body: str) -> str:
    return f"(?P<{name}>{body})"


# The grammar, split by an expression's first character (a digit or a month's capital).
_DIGIT_LED = [
    _named("iso", r"(?<![\w.\-/])(1[89]\d\d|20\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\w\-/]|\.\d)"),
    _named(
        "dotted",
        r"(?<![\w.,/])(0?[1-9]|[12]\d|3[01])(?P<sep>[./])(0?[1-9]|[12]\d|3[01])(?P=sep)(1[89]\d\d|20\d\d)(?![\w]|[./]\d)",
    ),
    _named(
        "dm_dm_range", rf"({DAY})(?:\s+of)?\s+({MONTH})(?:,?\s+({YEAR}))?{TO}({DAY})(?:\s+of)?\s+({MONTH}),?\s+({YEAR})"
    ),
    # "from 28 November to 6 December": the days between, in the year the context implies
    _named("dm_dm_range_yearless", rf"({DAY})(?:\s+of)?\s+({MONTH}){TO}({DAY})(?:\s+of)?\s+({MONTH})(?!\s*,?\s*\d)"),
    _named("d_d_range", rf"({DAY}){TO}({DAY})(?:\s+of)?\s+({MONTH}),?\s+({YEAR})"),
    _named("d_and_d_range", rf"(?<=[Bb]etween\s)({DAY})\s+and\s+({DAY})(?:\s+of)?\s+({MONTH}),?\s+({YEAR})"),
    # "on 13 and 14 October", "postponed to 9 and 10 December", "scheduled for ...": two days running
    _named("d_and_d_on", rf"{_DAYS_AFTER}({DAY})\s+and\s+({DAY})(?:\s+of)?\s+({MONTH}),?\s+({YEAR})"),
    _named("d_and_d_on_yearless", rf"{_DAYS_AFTER}({DAY})\s+and\s+({DAY})(?:\s+of)?\s+({MONTH})"),
    # "between 1 and 10 September": the days between, in the year the context implies
    _named("d_and_d_range_yearless", rf"(?<=[Bb]etween\s)({DAY})\s+and\s+({DAY})(?:\s+of)?\s+({MONTH})"),
    _named("d_d_range_yearless", rf"({DAY}){TO}({DAY})(?:\s+of)?\s+({MONTH})"),
    _named("dmy", rf"({DAY})(?:\s+of)?\s+({MONTH}),?\s+({DATED_YEAR})"),
    _named("dm", rf"({DAY})(?:\s+of)?\s+({MONTH})"),
    _named("decade", r"(?<![\w.,:/#№$\\])(1[89]\d0|20\d0)(?:-?s|['’]s)(?![A-Za-z])"),
    _named(
        "year_range",
        rf"({YEAR_START})"
        r"(\s*[-–—/]\s*|\s+(?:to|until|till|through)\s+|(?<=[Bb]etween\s\d{4})\s+and\s+)"
        r"(1[89]\d\d|20\d\d|2100|\d\d)(?![\w%]|[.,:]\d|[-–/]\d)",
    ),
    _named("year", YEAR),
]
_MONTH_LED = [
    _named("md_md_range", rf"({MONTH})\s+({DAY})(?:,?\s+({YEAR}))?{TO}({MONTH})\s+({DAY}),?\s+({YEAR})"),
    _named("md_d_range", rf"({MONTH})\s+({DAY}){TO}({DAY}),?\s+({YEAR})"),
    _named("mdy", rf"({MONTH})\s+({DAY}),?\s+({DATED_YEAR})"),
    # "from November 2022 to March 2023", "between November 2022 and March 2023": months across a new year
    _named("my_my_range", rf"({MONTH})(?:\s+of)?,?\s+({YEAR}){TO}({MONTH})(?:\s+of)?,?\s+({YEAR})"),
    _named(
        "my_and_my_range",
        rf"(?<=[Bb]etween\s)({MONTH})(?:\s+of)?,?\s+({YEAR})\s+and\s+({MONTH})(?:\s+of)?,?\s+({YEAR})",
    ),
    _named("m_m_range", rf"({MONTH}){TO}({MONTH}),?\s+({YEAR})"),
    _named("m_and_m_range", rf"(?<=[Bb]etween\s)({MONTH})\s+and\s+({MONTH}),?\s+({YEAR})"),
    # "in January–June, 31 percent more than ...": the months of the text's year (dash only: "May to
    # June" may be a manner of speech)
    _named("m_m_range_yearless", rf"({MONTH})\s*[-–—]\s*({MONTH})(?!,?\s+(?:of\s+)?(?:1[89]\d\d|20\d\d)\b)"),
    # "between January and September", "its figure for January to June", "from January to September":
    # a figure's months, when the words before them say so
    _named(
        "m_to_m_yearless",
        rf"(?:(?<=[Bb]etween\s)({MONTH})\s+and|(?:(?<=[Ff]rom\s)|(?<=for\s))({MONTH})\s+(?:to|through))\s+({MONTH})"
        r"(?!,?\s+(?:of\s+)?(?:1[89]\d\d|20\d\d)\b)",
    ),
    _named("my", rf"({MONTH})(?:\s+of)?,?\s+({DATED_YEAR})"),
    _named("md", rf"({MONTH})\s+({DAY})(?!\s*[-–—]\s*\d)"),
    _named("month", MONTH),
]
# At each anchor the first alternative that matches wins, so longer expressions come
# before their prefixes ("2-4 February 2026" before "4 February 2026").
_CORE_DIGIT = re.compile("|".join(_DIGIT_LED))
_YEAR_ONLY = re.compile(_DIGIT_LED[-1])  # fast path for the commonest case, a plain year
_RANGE_WORDS_AFTER = (" to ", " until ", " till ", " through ", " and ")
_CORE_MONTH = re.compile("|".join(_MONTH_LED))
_CORE_CYRILLIC = cy.GRAMMAR

# Words just before a core that qualify it; matched against the text that precedes the core.
_BEFORE_YEAR = re.compile(
    r"""(?ix)
    \b(?:the\s+)?
    (?:
        (?:(?:early|late|mid)[-\s]+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+of)?
      | (?P<quarter>first|second|third|fourth|1st|2nd|3rd|4th|initial|opening|final|last)\s+quarter\s+of(?:\s+the\s+year)?
      | (?P<q>q[1-4])(?:\s+of)?
      | (?P<h>h[12])(?:\s+of)?
      | (?P<half>first|second|1st|2nd|latter)\s+half\s+of(?:\s+the)?
      | (?P<part>early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|start\s+of|the\s+start\s+of|the\s+middle\s+of|middle\s+of)(?:\s+the)?
    )\s*[-–]?\s*$"""
)
_RANGE_LEADS = frozenset({"from", "between"}) | cy.RANGE_LEADS
_YEAR_QUALIFIER_ENDS = frozenset(
    "of the spring summer autumn fall winter q1 q2 q3 q4 h1 h2 early mid late year".split()
)
_MONTH_PREPOSITIONS = frozenset(
    "in on by since until till from during early late mid of this last next before after through throughout for that same".split()
)
_IDENTIFIER_WORDS = (
    frozenset(
        "no no. nos nos. usd eur kzt p. pp. page pages vol vol. art. article tel tel. phone fax number code id "
        "office room building apartment flat suite unit box ext ext. house flight route model version ref ref. "
        "account invoice ticket lot item".split()
    )
    | cy.IDENTIFIER_WORDS
)
_PROGRAMME_WORDS = frozenset("agenda vision strategy strategies programme program".split()) | cy.PROGRAMME_WORDS
_BEFORE_EVE = re.compile(r"(?i)(?:\b(?:on\s+)?the\s+eve\s+of\s+(?:the\s+)?|(?<!\w)накануне\s+)$")
_AFTER_NUMBER = re.compile(
    r"(?i)\s*(?:%|per\s*cent\b|percent\b|(?:million|billion|thousand|trillion|bn|mln|tenge|dollars?|euros?|usd|kzt|rubles?|roubles?|riyals?|"
    r"people|persons|participants|students|pupils|visitors|tourists|delegates|residents|employees|workers|members|units|companies|"
    r"jobs|cases|km|kilomet(?:er|re)s?|met(?:er|re)s?|kg|tons?|tonnes|barrels|hectares|ha|pieces|copies|times|hours|minutes|seconds|"
    r"sq|square|mw|kw|gw)\b)"
)
# A year inside a run of digit groups is part of a phone or account number ("+7 717 2024 1990").
_DIGIT_RUN_AFTER = re.compile(r"[\s-]+\d{3}")


def _month_tails(letter: str) -> str:
    """'(?<=J)(?=an(?:uary)?\\b|an\\.|une?\\b|...)': the rest of each month starting with `letter`."""
    tails = []
    for name in MONTH_NAMES:
        if name[0] == letter:
            rest, short = name[1:], name[1:3]
            tails.append(rf"{short}(?:{rest[2:]})?(?![A-Za-z])" if len(rest) > 2 else rf"{rest}(?![A-Za-z])")
            tails.append(rf"{short}t?\.")
    return rf"(?<={letter})(?={'|'.join(tails)})"


# Where an expression can start: a digit run or a capitalised month name.  The pattern
# opens with a plain character class so the regex engine skips other text in C; the
# grammar (_CORE_DIGIT, _CORE_MONTH) is then tried only at these few anchors.
_ANCHOR = re.compile(
    r"[0-9ADFJMNOS](?:(?<=[0-9])[0-9]*|" + "|".join(_month_tails(letter) for letter in "ADFJMNOS") + ")"
)
_MONTH_ANCHOR = re.compile(r"[ADFJMNOS](?:" + "|".join(_month_tails(letter) for letter in "ADFJMNOS") + ")")

_ORDINAL = {
    "first": 1,
    "1st": 1,
    "initial": 1,
    "opening": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}
_YEAR_PARTS = {
    "early": (1, 4),
    "beginning": (1, 4),
    "start": (1, 4),
    "mid": (5, 8),
    "middle": (5, 8),
    "late": (9, 12),
    "end": (9, 12),
    "first half": (1, 6),
    "second half": (7, 12),
}
_DECADE_PARTS = {
    "early": (0, 3),
    "beginning": (0, 3),
    "start": (0, 3),
    "mid": (3, 6),
    "middle": (3, 6),
    "late": (7, 9),
    "end": (7, 9),
    "first half": (0, 4),
    "second half": (5, 9),
}


def _plain_year_at(text: str, end: int) -> bool:
    """True when the 4 digits ending at `end` can only be a bare year (no range, decade, ISO date)."""
    following = text[end : end + 1]
    if following in ("-", "–", "—", "/", "s", "'", "’"):
        return False
    return not (following == " " and text.startswith(_RANGE_WORDS_AFTER, end))


# The first two digits of every year the grammar reads (1800-2100).
_CENTURIES = frozenset({"18", "19", "20"})
_DAY_NUMBERS = frozenset(str(n) for n in range(1, 10)) | frozenset(f"{n:02d}" for n in range(1, 32))
# ASCII characters that may follow a day's digits: an ordinal suffix, a date separator, a dash.
_AFTER_DAY = frozenset("stnr./-")


def _cannot_start_day(text: str, start: int, end: int) -> bool:
    """True when the 1- or 2-digit run text[start:end] cannot start any alternative of
    _CORE_DIGIT, so the regex (which would try them all) need not run.  With no digit after
    the run only the day-led alternatives and "14.02.2024" remain, and they need a day number
    ("45" and "0" are none), no word character or ".,/" just before it ("$12.5", "Q1") and,
    after it, a space, an ordinal suffix, a dash or a separator ("34%", "5,", "12)" have none).
    Whatever is not plainly excluded (non-ASCII neighbours) is left to the regex."""
    after = text[end : end + 1]
    if after.isdigit():
        return False  # a non-ASCII digit: the regex's \d may read it
    digits = text[start:end]
    if digits not in _DAY_NUMBERS:
        return digits.isdigit()
    if start:
        before = text[start - 1]
        if before in ".,/" or before.isalnum() or before == "_":
            return True
    if not after:
        return True
    return after.isascii() and after not in _AFTER_DAY and not after.isspace()


def has_date_words(text: str, relative: bool = True) -> bool:
    """Cheap prefilter: could `text` hold a date (a digit, a month, or with `relative` a relative word)?"""
    return (
        _has_digit(text)
        or _MONTH_ANCHOR.search(text) is not None
        or (relative and (may_be_relative(text) or (cy.has_cyrillic(text) and cy_relative.may_be_relative(text))))
    )


def _has_digit(text: str) -> bool:
    # Ten single-character searches run at memchr speed: much faster than any regex scan.
    return (
        "0" in text
        or "1" in text
        or "2" in text
        or "3" in text
        or "4" in text
        or "5" in text
        or "6" in text
        or "7" in text
        or "8" in text
        or "9" in text
    )


def find_dates(text: str, reference: dt.date | None = None, earlier: DateSpan | None = None) -> list[DateSpan]:
    """Every temporal expression in `text` (a sentence or a paragraph), in order of appearance.

    `reference` is the date the text was written; without it, expressions that need one
    ("last year", "in September") are skipped rather than guessed.  `earlier` is the last date
    of the text before this one (a story's previous paragraph), which "the following year", "a
    year later" and "that month" count from when this text names no date before them.
    """
    written = text
    if _CAPITAL_MONTH.search(text) is not None and _CAPITALS_DATE.search(text) is not None:
        # "OFFICIAL REPORT OF PROCEEDINGS, WEDNESDAY, 24TH JUNE, 2026": a header in capitals names its
        # day as "Wednesday, 24th June, 2026" would; only next to a day and a year ("MAY FALL" is no date).
        text = _CAPITALS_DATE.sub(_as_written_in_lower_case, text)
    if not text.isascii() and _FOLDS_TO_ASCII.search(text):  # isascii: a flag, no scan
        # "FİRST", "fırst": case-insensitive patterns match these letters as ASCII, but the word
        # tables do not hold them; tag a same-length ASCII copy and give back the text as written.
        text = text.translate(_TO_ASCII)
    spans = _dates_or_fewer(text, reference, earlier)
    if text is written:
        return spans
    return [replace(s, expression=written[s.offset : s.offset + len(s.expression)]) for s in spans]


def _dates_or_fewer(text: str, reference: dt.date | None, earlier: DateSpan | None) -> list[DateSpan]:
    try:
        return _find_dates(text, reference, earlier)
    except (ValueError, OverflowError):
        # "ten years ago" counted from a date near the calendar's ends (year 1, 9999) has no date:
        # the text's own dates still count, those counted from the reference do not.
        return _find_dates(text, None, None)


_CAPITAL_MONTHS = tuple(name.upper() for name in MONTH_NAMES)
_CAPITAL_MONTH = re.compile("|".join(_CAPITAL_MONTHS))  # the cheap test (a literal scan)
_CAPITALS_DATE = re.compile(
    rf"\b(?:(?:{'|'.join(day.upper() for day in WEEKDAYS)}),?\s+)?"
    rf"(?:\d{{1,2}}(?:ST|ND|RD|TH)?\s+(?:{'|'.join(_CAPITAL_MONTHS)}),?\s+\d{{4}}"
    rf"|(?:{'|'.join(_CAPITAL_MONTHS)})\s+\d{{1,2}}(?:ST|ND|RD|TH)?,?\s+\d{{4}})\b"
)
_CAPITAL_NAMES = frozenset(name.upper() for name in (*MONTH_NAMES, *WEEKDAYS))


def _as_written_in_lower_case(match: re.Match[str]) -> str:
    """'WEDNESDAY, 24TH JUNE, 2026' as 'Wednesday, 24th June, 2026' (same length, so offsets hold)."""
    return re.sub(
        r"[A-Z]+",
        lambda word: word.group().capitalize() if word.group() in _CAPITAL_NAMES else word.group().lower(),
        match.group(),
    )


# The letters that ignore-case matching folds to ASCII ones: Turkish İ and ı, long s, the Kelvin sign.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_TO_ASCII = str.maketrans({"\u0130": "I", "\u0131": "i", "\u017f": "s", "\u212a": "K"})


def _find_dates(text: str, reference: dt.date | None, earlier: DateSpan | None = None) -> list[DateSpan]:
    cyrillic = cy.has_cyrillic(text)  # then the Russian/Kazakh grammar is tried first at each number
    english = russian = romance_words = periods = named = None  # which word grammars may apply, worked out once
    if not _has_digit(text):
        # Without a number only a month name ("in September"), a relative word ("last year",
        # "в прошлом году", "el martes pasado") or a period ("the third quarter") can date the text, and all
        # need the reference date, except a year in words ("nineteen ninety-one").
        if _MONTH_ANCHOR.search(text) is None and reference is not None:
            english = may_be_relative(text)
            russian = cyrillic and cy_relative.may_be_relative(text)
            romance_words = not cyrillic and ro_relative.may_be_relative(text)
            if not english and not russian and not romance_words:
                periods = period_dates.may_hold(text)
                named = named_dates.may_hold(text)
                if not periods and not named:
                    return []
        elif reference is None:
            named = named_dates.may_hold(text)
            if not named:
                return []
    found: list[DateSpan] = []
    masked = ""
    resume = 0
    for anchor in _ANCHOR.finditer(text):
        start, end = anchor.span()
        # A date starts with a 1-, 2- or 4-digit number or a month name; skip "17851", "100".
        if start < resume or (text[start].isdigit() and end - start not in (1, 2, 4)):
            continue
        if not masked:
            masked = _mask(text)
        if masked[start] == " ":  # inside a URL or a citation
            continue
        if end - start <= 2 and masked[start].isdigit() and ro.AFTER_NUMBER.match(masked, end):
            # "7 de enero de 2027", "du 9 au 11 novembre 2026": Spanish, Portuguese and French
            romance = ro.match(masked, start)
            if romance is not None:
                resume = romance[1].end()
                span = _romance_span(*romance, masked, reference)
                if span is not None:
                    found.append(span)
                continue
        if end - start <= 2 and masked[start].isdigit() and vi.AFTER_NUMBER.match(masked, end):
            # "ngày 1 tháng 3 năm 2027", "tháng 3 năm 2027": Vietnamese numbers its months
            span = _vietnamese_span(masked, start, reference)
            if span is not None:
                found.append(span)
                resume = span.offset + len(span.expression)
                continue
        if end - start == 4 and (month_of := _romance_month_before(masked, start)) is not None:
            found.append(month_of)  # "en noviembre de 2026", "novembre 2026"
            resume = end
            continue
        if end - start == 4 and not cyrillic and (quarter := _quarter_before(masked, start)) is not None:
            found.append(quarter)  # "en el último trimestre de 2027", "في الربع الأخير من عام 2027"
            resume = end
            continue
        if cyrillic and masked[start].isdigit():
            match = _CORE_CYRILLIC.match(masked, start)
            if match is not None:
                resume = match.end()
                assert match.lastgroup is not None, "each grammar alternative is a named group"
                span = _HANDLERS[match.lastgroup](match, masked, reference)
                if isinstance(span, list):  # "2 и 4 февраля": one event per day
                    found.extend(span)
                elif span is not None:
                    found.append(span)
                continue
        if end - start == 4:
            if masked[start : start + 2] not in _CENTURIES and masked[start:end] != "2100":
                # "5000 million": no 4-digit alternative can match (cheap exact test), but an older year
                # in a history's words may ("The Union of Lublin of 1569 created the Commonwealth")
                if "10" <= masked[start : start + 2] <= "17" and (old := _old_year(masked, start, end)) is not None:
                    found.append(old)
                    resume = end
                continue
            if _plain_year_at(masked, end):
                match = _YEAR_ONLY.match(masked, start)
            else:
                match = _CORE_DIGIT.match(masked, start)
        elif masked[start].isdigit() and _cannot_start_day(masked, start, end):
            continue
        else:
            match = (_CORE_DIGIT if masked[start].isdigit() else _CORE_MONTH).match(masked, start)
        if match is None:
            continue
        resume = match.end()
        assert match.lastgroup is not None, "each grammar alternative is a named group"
        span = _HANDLERS[match.lastgroup](match, masked, reference)
        if isinstance(span, list):  # "on 3 and 10 May": one per day
            found.extend(span)
        elif span is not None:
            found.append(span)
    if reference is not None:
        if english is None:
            english = may_be_relative(text)
            russian = cyrillic and cy_relative.may_be_relative(text)
            romance_words = not cyrillic and ro_relative.may_be_relative(text)
        if english or russian or romance_words:
            masked = masked or _mask(text)
            if english:
                found.extend(_with_year_part(masked, span) for span in relative_spans(masked, reference))
            if russian:
                found.extend(cy_relative.relative_spans(masked, reference))
            if romance_words:
                taken = [(s.offset, s.offset + len(s.expression)) for s in found]
                found.extend(
                    span
                    for span in ro_relative.relative_spans(masked, reference)
                    if not any(a < span.offset + len(span.expression) and span.offset < b for a, b in taken)
                )
            found.sort(key=lambda s: s.offset)
    if named is None:
        named = named_dates.may_hold(text)
    if named:
        found = _with_named(masked or _mask(text), reference, found)
    if reference is not None:
        if periods is None:
            periods = period_dates.may_hold(text)
        if periods:
            found = period_dates.add_periods(masked or _mask(text), reference, found, earlier)
    return _years_between(text, found) if len(found) > 1 else found


# "between 1975 and the mid-1980s", "from the 1970s to the 1990s": years or decades that bound one span.
_BETWEEN_LEAD = re.compile(r"(?i)\b(?:between|from)\s+(?:the\s+)?$")
_BETWEEN_JOIN = re.compile(r"(?i)\s+(?:and|to|until|till)\s+(?:the\s+)?$")
_YEARS_OR_DECADES = frozenset({"year", "decade"})


def _years_between(text: str, found: list[DateSpan]) -> list[DateSpan]:
    """`found` with each pair of years or decades that "between ... and" or "from ... to" joins as one range."""
    out: list[DateSpan] = []
    for span in found:
        last = out[-1] if out else None
        if (
            last is not None
            and last.precision in _YEARS_OR_DECADES
            and span.precision in _YEARS_OR_DECADES
            and last.start < span.start
            and _BETWEEN_JOIN.fullmatch(text, last.offset + len(last.expression), span.offset) is not None
            and (lead := _BETWEEN_LEAD.search(text, max(0, last.offset - 12), last.offset))
        ):
            out[-1] = DateSpan(
                last.start,
                span.end,
                "range",
                f"{last.label}–{span.label}",
                text[lead.start() : span.offset + len(span.expression)],
                lead.start(),
            )
            continue
        out.append(span)
    return out


def _with_named(text: str, reference: dt.date | None, found: list[DateSpan]) -> list[DateSpan]:
    """`found` with the dates written in words added (`named_dates`); one that holds a span of
    `found` ("the winter" in "the winter of nineteen ninety-four") replaces it."""
    named: list[DateSpan] = []
    for start, end, year in named_dates.spelled_years(text):
        month = _MONTH_BEFORE.search(text, max(0, start - 12), start)
        if month is not None:
            number = _month(month.group(1))
            named.append(
                DateSpan(
                    dt.date(year, number, 1),
                    month_end(year, number),
                    "month",
                    f"{MONTH_NAMES[number - 1]} {year}",
                    text[month.start() : end],
                    month.start(),
                )
            )
        else:
            span = _qualified_year(text, start, end, year, bare=False)
            if span is not None:
                named.append(span)
    if reference is not None:
        for start, end, first, part in named_dates.decades(text, reference):
            named.append(_decade_span(text, first, part, start, end))
    named.extend(named_dates.holidays(text, reference))
    if not named:
        return found
    kept = [
        s
        for s in found
        if not any(n.offset <= s.offset and s.offset + len(s.expression) <= n.offset + len(n.expression) for n in named)
    ]
    for span in named:
        if not any(
            s.offset < span.offset + len(span.expression) and span.offset < s.offset + len(s.expression) for s in kept
        ):
            kept.append(span)
    kept.sort(key=lambda s: s.offset)
    return kept


# --- masking: URLs, e-mail addresses and bibliographic citations hold no events ---------

_URL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+")
_CITATION = re.compile(r"\((?=[^()]*?,\s*(?:1[89]|20)\d\d)[^()]*\)")
_YEAR_IN_PARENS = re.compile(r"\((?:1[89]|20)\d\d[a-z]?\)")
_NARRATIVE_CITATION = re.compile(r"(\b[A-Z][\w'’-]*[a-z](?:\s+et\s+al\.)?\s*)\((?:1[89]|20)\d\d[a-z]?\)")


def _mask(text: str) -> str:
    """Blank out (same length, so offsets hold) the parts of the text that cannot date events."""
    if "http" in text or "www." in text or "@" in text:
        text = _URL.sub(_blank, text)
    if "(" in text:
        text = _CITATION.sub(_blank, text)
        if _YEAR_IN_PARENS.search(text):
            text = _NARRATIVE_CITATION.sub(lambda m: m.group(1) + " " * (m.end() - m.end(1)), text)  # "Aushev (2024)"
    return text


def _blank(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


# --- handlers, one per alternative of _CORE ----------------------------------------------


def _before(text: str, index: int, width: int = 48) -> str:
    return text[max(0, index - width) : index]


def _last_word(text: str, index: int) -> str:
    """The word just before `index`, lower-cased, without trailing spaces and hyphens.

    The left-context patterns are only tried when this word could end one of them:
    a cheap gate that keeps the grammar fast on ordinary numbers.
    """
    window = text[max(0, index - 24) : index].rstrip(" \t\n-–")
    cut = max(window.rfind(" "), window.rfind("\n"), window.rfind("("), window.rfind("\t"))
    return window[cut + 1 :].lower()


def _range_lead(text: str, index: int) -> int:
    """Length of a "from "/"between "/"с " just before `index` (0 if none)."""
    if _last_word(text, index) not in _RANGE_LEADS:
        return 0
    lead = re.search(r"(?i)\b(?:from|between|с|со)\s+$", _before(text, index, 12))
    return len(lead.group(0)) if lead else 0


def _year_qualifier(text: str, index: int) -> re.Match[str] | None:
    """'the autumn of ', 'Q1 ', 'the second half of the ', 'mid-' ... just before a year."""
    if _last_word(text, index) not in _YEAR_QUALIFIER_ENDS:
        return None
    return _BEFORE_YEAR.search(_before(text, index))


def _identifier_before(text: str, index: int) -> bool:
    """An amount or identifier marker just before a number: "No. 1088", "$2024", "pp. 1998"."""
    window = text[max(0, index - 12) : index].rstrip()
    if not window:
        return False
    if window[-1] in "$€£#№+\\":
        return True
    cut = max(window.rfind(" "), window.rfind("("))
    return window[cut + 1 :].lower() in _IDENTIFIER_WORDS


# "in 2024 members of the committee studied ...": after "in", a year opens the clause even before a count noun.
_IN_BEFORE = re.compile(r"(?<![\w-])[Ii]n $")
_COUNT_NOUN = re.compile(r" (?!(?:percent|per|million|billion|thousand|hundred|tonnes|tons)\b)[a-z]+s\b")


def _unit_after(text: str, end: int) -> bool:
    """A unit or count noun right after a number: "2000 participants", "2010%", "2024 million", "2000 человек"."""
    following = text[end : end + 1]
    if not following or following in ",.;:)!?\"”’»":  # the usual end of a year: no regex needed
        return False
    if "\u0400" <= (text[end + 1 : end + 2] if following in " -" else following) <= "\u04ff":  # Cyrillic
        return cy.AFTER_NUMBER.match(text, end) is not None
    return _AFTER_NUMBER.match(text, end) is not None


def _in_digit_run(text: str, start: int, end: int) -> bool:
    """A number among other digit groups, like a phone number: "+7 717 2024 1990"."""
    before = start - 1
    while before >= 0 and text[before] in " -":
        before -= 1
    if before < start - 1 and before >= 0 and text[before].isdigit():
        return True
    return text[end : end + 1] in (" ", "-") and _DIGIT_RUN_AFTER.match(text, end) is not None


# Capitalised words that may stand just before a year without naming a thing with it.
_BEFORE_YEAR_WORDS = frozenset(
    "in by since from until till before after during through of for around about circa and or to between at on "
    "the early late mid end spring summer autumn fall winter christmas easter fiscal fy year "
    # events named with their year still date them: "the Regional Environmental Summit 2026"
    "summit forum games olympics olympiad cup expo exhibition conference congress championship championships "
    "festival election elections census biennale week session assembly meeting tournament fair show".split()
)
_POSSESSIVE_BEFORE = ("'s ", "’s ")


def _names_a_thing(text: str, start: int, end: int) -> bool:
    """A year that is part of a name: "a venture called Orion 1980", "Kopp's 1987 Chevrolet"."""
    if start >= 2 and text[start - 1] == " " and text[start - 2].isalpha():
        cut = text.rfind(" ", 0, start - 1)
        word = text[cut + 1 : start - 1]
        if (
            word[:1].isupper()
            and word.isalpha()
            and word.isascii()
            and word.lower() not in _BEFORE_YEAR_WORDS
            and _month_or_none(word) is None
            and cut > 0
            and text[cut - 1] not in ".!?:\"“(\n"
        ):
            return True  # "Orion 1980" inside a sentence (a capitalised word after a full stop may be "In")
    # "Kopp's 1987 Chevrolet": a possessive just before (a slice test, no regex)
    return (
        start >= 3
        and text[start - 3 : start] in _POSSESSIVE_BEFORE
        and end + 1 < len(text)
        and text[end] == " "
        and text[end + 1].isupper()
    )


def _month_or_none(word: str) -> int | None:
    return _MONTH_NUMBER.get(word[:3].lower()) if word.rstrip(".").lower() in _MONTH_WORDS else None


def _names_programme(text: str, index: int, word: str | None = None) -> bool:
    """A year that names something: "Agenda 2063", "Vision 2030", "Kazakhstan-2050".
    `word` is `_last_word(text, index)` when the caller has it already."""
    if index >= 2 and text[index - 1] == "-" and text[index - 2].isalpha():
        return True
    return (_last_word(text, index) if word is None else word) in _PROGRAMME_WORDS


def _month(word: str) -> int:
    return _MONTH_NUMBER[word[:3].lower()]


def _day(token: str) -> int:
    return int(token.rstrip("stndrh"))


def _with_eve(text: str, match_start: int, day: dt.date, expression: str) -> tuple[dt.date, str, int]:
    eve = (
        _BEFORE_EVE.search(_before(text, match_start))
        if _last_word(text, match_start) in ("of", "the", "накануне")
        else None
    )
    if eve is None:
        return day, expression, match_start
    offset = match_start - (len(eve.group(0)))
    return day - dt.timedelta(days=1), text[offset:match_start] + expression, offset


def _day_span(text: str, match: re.Match[str], year: int, month: int, day: int) -> DateSpan | None:
    date = safe_date(year, month, day)
    if date is None:
        return None
    date, expression, offset = _with_eve(text, match.start(), date, match.group(0))
    return DateSpan(date, date, "day", day_label(date), expression, offset)


def _range_span(text: str, match: re.Match[str], start: dt.date | None, end: dt.date | None) -> DateSpan | None:
    if start is None or end is None or end <= start:
        return None
    offset = match.start() - _range_lead(text, match.start())
    return DateSpan(start, end, "range", range_label(start, end), text[offset : match.end()], offset)


def _iso(match, text, reference):
    year, month, day = match.group(match.lastindex + 1, match.lastindex + 2, match.lastindex + 3)
    return _day_span(text, match, int(year), int(month), int(day))


def _dotted(match, text, reference):
    """'14.02.2024' and '14/02/2024' are day first; '02/14/2024' (second number > 12) is month first."""
    first, _, second, year = _groups(match, 4)
    day, month = int(first), int(second)
    if month > 12 and day <= 12:
        day, month = month, day
    return _day_span(text, match, int(year), month, day)


def _groups(match: re.Match[str], count: int) -> tuple[str | None, ...]:
    assert match.lastindex is not None, "handlers get matches of a named alternative"
    first = match.lastindex + 1
    return match.group(*range(first, first + count)) if count > 1 else (match.group(first),)


def _dm_dm_range(match, text, reference):
    d1, m1, y1, d2, m2, y2 = _groups(match, 6)
    end = safe_date(int(y2), _month(m2), _day(d2))
    start = safe_date(int(y1) if y1 else int(y2), _month(m1), _day(d1))
    if start and end and not y1 and start > end:  # "30 December to 2 January 2026"
        start = safe_date(end.year - 1, start.month, start.day)
    return _range_span(text, match, start, end)


def _dm_dm_range_yearless(match, text, reference):
    """'from 28 November to 6 December': from the first day, in the year the context implies, to the
    next such second day."""
    d1, m1, d2, m2 = _groups(match, 4)
    first = _yearless(match, text, reference, _month(m1), _day(d1))
    if first is None:
        return None
    end = safe_date(first.start.year, _month(m2), _day(d2))
    if end is not None and end < first.start:  # "from 30 December to 2 January"
        end = safe_date(first.start.year + 1, end.month, end.day)
    return _range_span(text, match, first.start, end)


def _md_md_range(match, text, reference):
    m1, d1, y1, m2, d2, y2 = _groups(match, 6)
    end = safe_date(int(y2), _month(m2), _day(d2))
    start = safe_date(int(y1) if y1 else int(y2), _month(m1), _day(d1))
    if start and end and not y1 and start > end:
        start = safe_date(end.year - 1, start.month, start.day)
    return _range_span(text, match, start, end)


def _d_d_range(match, text, reference):
    d1, d2, month, year = _groups(match, 4)
    m = _month(month)
    return _range_span(text, match, safe_date(int(year), m, _day(d1)), safe_date(int(year), m, _day(d2)))


def _d_d_range_yearless(match, text, reference):
    """'from 23 to 25 November': the days of the month in the year the context implies."""
    d1, d2, month = _groups(match, 3)
    first = _yearless(match, text, reference, _month(month), _day(d1))
    if first is None:
        return None
    return _range_span(text, match, first.start, safe_date(first.start.year, first.start.month, _day(d2)))


def _d_and_d(match, text, reference):
    """'on 13 and 14 October 2026': two days running are a span, two others two days."""
    return _two_days(match, text, _d_d_range(match, text, reference))


def _d_and_d_yearless(match, text, reference):
    return _two_days(match, text, _d_d_range_yearless(match, text, reference))


def _two_days(match: re.Match[str], text: str, span: DateSpan | None) -> DateSpan | list[DateSpan] | None:
    if span is None or (span.end - span.start).days == 1:
        return span
    at = match.start((match.lastindex or 0) + 2)  # "10 May 2024" of "3 and 10 May 2024"
    first, second = span.start, span.end
    return [
        DateSpan(first, first, "day", day_label(first), text[match.start() : at].split()[0], match.start()),
        DateSpan(second, second, "day", day_label(second), text[at : match.end()], at),
    ]


def _md_d_range(match, text, reference):
    month, d1, d2, year = _groups(match, 4)
    m = _month(month)
    return _range_span(text, match, safe_date(int(year), m, _day(d1)), safe_date(int(year), m, _day(d2)))


def _dmy(match, text, reference):
    day, month, year = _groups(match, 3)
    return _day_span(text, match, int(year), _month(month), _day(day))


def _mdy(match, text, reference):
    month, day, year = _groups(match, 3)
    return _day_span(text, match, int(year), _month(month), _day(day))


def _my_my_range(match, text, reference):
    m1, y1, m2, y2 = _groups(match, 4)
    first, last = (int(y1), _month(m1)), (int(y2), _month(m2))
    k = match.lastindex + 1
    if last <= first:  # (no span: "from March 2024 to January 2024" names two months)
        return [
            _month_span(*first, text[match.start(k) : match.end(k + 1)], match.start(k)),
            _month_span(*last, text[match.start(k + 2) : match.end(k + 3)], match.start(k + 2)),
        ]
    offset = match.start() - _range_lead(text, match.start())
    label = f"{MONTH_NAMES[first[1] - 1]} {first[0]} – {MONTH_NAMES[last[1] - 1]} {last[0]}"
    return DateSpan(dt.date(*first, 1), month_end(*last), "range", label, text[offset : match.end()], offset)


def _m_m_range(match, text, reference):
    m1, m2, year = _groups(match, 3)
    first, last = _month(m1), _month(m2)
    if last <= first:
        return None
    offset = match.start() - _range_lead(text, match.start())
    return months_span(int(year), first, last, text[offset : match.end()], offset)


def _m_m_range_yearless(match, text, reference):
    m1, m2 = _groups(match, 2)
    return _months_of_the_text_year(match, text, reference, m1, m2)


def _months_of_the_text_year(match, text, reference, m1: str, m2: str):
    if reference is None:
        return None
    first, last = _month(m1), _month(m2)
    if last <= first:
        return None
    bounds = sentence_bounds(text, match.start())
    at = (match.start() - bounds.start, match.end() - bounds.start)
    year = pick_year(text[bounds], reference, last, None, "", at)
    if year is None:
        return None
    return months_span(year, first, last, match.group(0), match.start())


def _m_to_m_yearless(match, text, reference):
    between, from_, last = _groups(match, 3)
    if from_ and reference is not None and _RESCHEDULED_FROM.search(_before(text, match.start(), 120)):
        return _moved_month(match, reference, _month(from_), _month(last))
    return _months_of_the_text_year(match, text, reference, between or from_, last)


# "has postponed the resumption of its Auckland–Beijing service from March to October": the date it
# was set for and the date it now stands at, not a span of months.
_RESCHEDULED_FROM = re.compile(
    r"\b(?:postponed|rescheduled|moved|deferred|delayed|pushed\s+back|put\s+back|put\s+off|brought\s+forward)"
    r"\b[^.;]{0,80}?\s+from\s+$"
)


def _moved_month(match: re.Match[str], reference: dt.date, was: int, now: int) -> list[DateSpan]:
    """The months of a change of date: the new one is the first such month from the text's date on
    (what is put off has not happened yet), the old one the last such month before the new one."""
    year = reference.year if now >= reference.month else reference.year + 1
    was_year = year if was < now else year - 1
    first = (match.lastindex or 0) + 2  # the groups of "March" and "October" in "March to October"
    return [
        _month_span(was_year, was, match.group(first), match.start(first)),
        _month_span(year, now, match.group(first + 1), match.start(first + 1)),
    ]


def _my(match, text, reference):
    month, year = _groups(match, 2)
    m, y = _month(month), int(year)
    return DateSpan(
        dt.date(y, m, 1), month_end(y, m), "month", f"{MONTH_NAMES[m - 1]} {y}", match.group(0), match.start()
    )


def _dm(match, text, reference):
    day, month = _groups(match, 2)
    return _yearless(match, text, reference, _month(month), _day(day))


def _md(match, text, reference):
    month, day = _groups(match, 2)
    return _yearless(match, text, reference, _month(month), _day(day))


def _month_only(match, text, reference):
    # A bare month name is a date only after a time preposition ("in May", not "May I"), as a
    # possessive ("December's figures") or after an article before a noun ("a June agreement").
    if reference is None:
        return None
    word, name = _last_word(text, match.start()), match.group(0)
    if word == "to" and _RESCHEDULED_TO.search(_before(text, match.start())):
        word = "until"  # "postponed to February": the month it now stands at
    if word not in _MONTH_PREPOSITIONS and not (
        name not in ("May", "March")
        and (
            text.startswith(("'s ", "’s "), match.end())
            or (word in ("a", "the") and _LOWER_WORD.match(text, match.end()))
        )
    ):
        return None
    # A month naming a thing ("a June agreement", "December's figures") names one already past, unless
    # what is said of the thing is still to come ("the April session will be chaired by ...").
    attributive = word not in _MONTH_PREPOSITIONS
    direction = "last" if attributive else ""
    if attributive and (
        _TO_COME_AFTER.match(text, match.end())
        or _READYING_BEFORE.search(text, max(0, match.start() - 40), match.start())
    ):
        direction = "next"
    return _yearless(match, text, reference, _month(match.group(0).rstrip(".")), None, direction)


# ... or what readies it: "met the ambassador on 5 April to prepare the June session", "ahead of the June summit".
_READYING_BEFORE = re.compile(
    r"\b(?:to\s+prepare(?:\s+for)?|preparations?\s+for|preparing(?:\s+for)?|ahead\s+of|in\s+the\s+run-up\s+to)\s+the\s+$"
)
# The verb after a month's noun, of what is to come: "the April session will be chaired by", "would be held".
_TO_COME_AFTER = re.compile(
    r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:will|would|shall|(?:is|are)\s+(?:(?:due|set|scheduled|expected|planned)\s+)?to)\s"
)


_NEXT_MONTH_S_YEAR = re.compile(
    # ("in March and again in July 2025", "on 3 March and on 5 July 2025")
    rf"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through|until)\s+|\s*[-–]\s*)"
    rf"(?:(?:again|then|later|once\s+more)\s+)?(?:(?:in|on)\s+)?(?:\d{{1,2}}\s+)?(?:{MONTH})\.?)+"
    r"\s+((?:1[89]|20)\d\d)\b"
)
_DATED_BEFORE = re.compile(rf"(?:(\d{{1,2}})\s+)?({MONTH})\.?\s+((?:1[89]|20)\d\d)\b")


def _year_of_the_date_before(
    text: str, start: int, at: int, reference: dt.date, month: int, day: int | None
) -> int | None:
    """The year of the last full date the sentence names before text[at:], when it is a past year and
    the date at `at` falls later in it, told in the past."""
    last = None
    for last in _DATED_BEFORE.finditer(text, start, at):
        pass
    if last is None:
        return None
    year = int(last.group(3))
    earlier = (month, day or 1) < (_month(last.group(2).rstrip(".")), int(last.group(1) or 1))
    if year >= reference.year or (earlier and not _AFTER_A_SPAN.match(text, last.end(), at)):
        # (", three months after Madrid backed the plan in March": earlier in the same year)
        return None
    if _OF_OR_SINCE.search(text, max(start, last.start() - 8), last.start()):
        return None  # "after the earthquakes of February 2023 was unveiled ... on 6 February": a thing's date
    gap = text[last.end() : at]
    if "," in gap and not _COORDINATED.match(gap):
        # "visited Tangier Med, a port that Morocco opened in July 2007, on 2 September": the date before
        # sits in an aside; the main clause's date is its own
        return None
    if _AHEAD.search(text, last.end(), at + 40):
        return None  # "signed in March 2019, will enter into force on 1 January": the year ahead
    return year


_AHEAD = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:to|due|expected|scheduled|set)|would)\b")
_AFTER_A_SPAN = re.compile(r",\s+(?:[\w-]+\s+)?(?:months?|weeks?|days?)\s+after\b")
_OF_OR_SINCE = re.compile(r"\b(?:of|since|until|till|from)\s+$")
_COORDINATED = re.compile(
    r"\s*(?:;|,\s+(?:and|but|while|whereas)\b|,\s+(?:[\w-]+\s+)?(?:years?|months?|weeks?|days?)\s+(?:after|before)\b)"
)


# "has been postponed to February", "was moved back to May": "to" after a change of date.
_RESCHEDULED_TO = re.compile(
    r"\b(?:postponed|rescheduled|moved|deferred|delayed|pushed\s+back|put\s+back|put\s+off|brought\s+forward)"
    r"(?:\s+(?:back|forward|again))?(?:\s+(?:at\s+(?:short|the\s+last)\s+notice|at\s+the\s+last\s+minute|once\s+more))?"
    r"\s+to\s+$"
)
_WHICH = re.compile(r"(?i)\b(last|this|next)\s+$")
_MONTH_BEFORE = re.compile(rf"({MONTH})\s+$")
_LOWER_WORD = re.compile(r" [a-z]{3,}(?<!ing)\b")


def _romance_span(form: str, match: re.Match[str], text: str, reference: dt.date | None) -> DateSpan | None:
    """The span of a Spanish, Portuguese or French date (see `dates_romance`)."""
    month, day = ro.month_number(match.group("month")), int(match.group("day"))
    if ro.TOLD_THAT.match(text, match.end()) and ro.TOLD_ON.search(text, max(0, match.start() - 24), match.start()):
        return None  # "informó el 7 de enero de 2027 que ...": the day it was told
    if form == "range":
        year = int(match.group("year"))
        return _range_span(text, match, safe_date(year, month, int(match.group("first"))), safe_date(year, month, day))
    if form == "dated":
        return _day_span(text, match, int(match.group("year")), month, day)
    return _yearless(match, text, reference, month, day)


def _vietnamese_span(text: str, start: int, reference: dt.date | None) -> DateSpan | None:
    """A Vietnamese day ("1 tháng 3 năm 2027", "18 tháng 11" placed by the text's date) or month ("tháng 3 năm
    2027") at the number at `start`."""
    if (before := vi.MONTH_BEFORE.search(text, max(0, start - 8), start)) is not None:
        month_only = vi.MONTH.match(text, start)
        if month_only is None or not 1 <= int(month_only.group("month")) <= 12:
            return None
        year, month = int(month_only.group("year")), int(month_only.group("month"))
        return month_span(year, month, text[before.start() : month_only.end()], before.start())
    day_of = vi.DAY.match(text, start)
    if day_of is None or not 1 <= int(day_of.group("month")) <= 12:
        return None
    month, day = int(day_of.group("month")), int(day_of.group("day"))
    if day_of.group("year"):
        return _day_span(text, day_of, int(day_of.group("year")), month, day)
    return _yearless(day_of, text, reference, month, day)


def _romance_month_before(text: str, start: int) -> DateSpan | None:
    """A month of these languages just before the year at `start`: "noviembre de 2026"."""
    if start < 4 or text[start - 1] not in " \u00a0":
        return None
    before = text[max(0, start - 16) : start]
    found = ro.MONTH_BEFORE_YEAR.search(before)
    if found is None:
        return None
    offset = start - len(before) + found.start()
    year = int(text[start : start + 4])
    return month_span(year, ro.month_number(found.group("month")), text[offset : start + 4], offset)


# A quarter named before its year in Spanish, Portuguese, Italian, French or Arabic: "el último trimestre de",
# "o primeiro trimestre de", "au dernier trimestre", "الربع الأخير من عام" (Russian quarters are read with its
# other year words).
_QUARTER_BEFORE = re.compile(
    r"(?:(?P<word>primer|primeiro|primo|premier|segundo|secondo|second|deuxième|tercer|terceiro|terzo|troisième|"
    r"cuarto|quarto|quatrième|último|ultimo|dernier)\s+trimestre|"
    r"الربع\s+(?P<ar>الأول|الاول|الثاني|الثالث|الرابع|الأخير|الاخير))"
    r"(?:\s+(?:de|del|do|da|de\s+l['’]année)(?:\s+(?:año|ano|anno))?|\s+من(?:\s+(?:عام|سنة|العام))?)?\s+$",
    re.IGNORECASE,
)
_QUARTER_NUMBER = {
    **dict.fromkeys(("primer", "primeiro", "primo", "premier", "الأول", "الاول"), 1),
    **dict.fromkeys(("segundo", "secondo", "second", "deuxième", "الثاني"), 2),
    **dict.fromkeys(("tercer", "terceiro", "terzo", "troisième", "الثالث"), 3),
    **dict.fromkeys(("cuarto", "quarto", "quatrième", "último", "ultimo", "dernier", "الرابع", "الأخير", "الاخير"), 4),
}


def _quarter_before(text: str, start: int) -> DateSpan | None:
    """A quarter named in another language just before the year at `start` (see above)."""
    if start < 10 or text[start - 1] not in " \u00a0" or "trimestre" not in text and "الربع" not in text:
        return None
    before = text[max(0, start - 48) : start]
    found = _QUARTER_BEFORE.search(before)
    if found is None:
        return None
    offset = start - len(before) + found.start()
    number = _QUARTER_NUMBER[(found.group("word") or found.group("ar")).lower()]
    return _quarter_span(int(text[start : start + 4]), number, text[offset : start + 4], offset)


def _yearless(match, text, reference, month: int, day: int | None, implied: str = "") -> DateSpan | None:
    """A month (and maybe a day) without a year, placed in the year the context implies
    (`implied`: "last" for a month that names a past thing)."""
    if reference is None:
        return None
    which_match = (
        _WHICH.search(_before(text, match.start(), 8))
        if _last_word(text, match.start()) in ("last", "this", "next")
        else None
    )
    which = which_match.group(1).lower() if which_match else implied
    bounds = sentence_bounds(text, match.start())
    year = None if which else _year_told_before(text, bounds.start, match.start(), reference)
    if year is None and not which:
        # "fought a border war in February and March 1979", "on 3 March and 17 March 2025": the year the
        # next date names; "recalled its ambassador on 16 January 2008; Peru followed suit on 18 January":
        # the past year of the date the sentence named just before, later in that year
        shared = _NEXT_MONTH_S_YEAR.match(text, match.end())
        if shared is not None:
            year = int(shared.group(1))
        else:
            year = _year_of_the_date_before(text, bounds.start, match.start(), reference, month, day)
    if year is None or not safe_date(year, month, day or 1):
        year = pick_year(
            text[bounds], reference, month, day, which, (match.start() - bounds.start, match.end() - bounds.start)
        )
    if year is None:
        return None
    if day is not None:
        return _day_span(text, match, year, month, day)
    offset = match.start() - len(which_match.group(0)) if which_match else match.start()
    return DateSpan(
        dt.date(year, month, 1),
        month_end(year, month),
        "month",
        f"{MONTH_NAMES[month - 1]} {year}",
        text[offset : match.end()],
        offset,
    )


# "In 2019 the ministers met on 12 June", "In May 2022 Wang Yi visited Suva, where the meeting was
# held on 30 May": a day without a year in the year its sentence opens with ("Under a program approved
# in 1987, Nashua had purchased 481,000 shares through Sept. 29" names 1987 in passing).
_YEAR_TOLD = re.compile(
    r"\s*(?:In|During)\s+(?:(?:early|late|mid-)\s*)?(?:(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+)?((?:19|20)\d\d)\b(?![–-]\d)"
)
_TOLD_BETWEEN = re.compile(r"\b(?:said|says|announced|reported|reports|told|stated|added|noted|according)\b")


def _year_told_before(text: str, start: int, at: int, reference: dt.date) -> int | None:
    """The past year a sentence opens with before a date without one, when no one is said to tell it in
    between."""
    told = _YEAR_TOLD.match(text, start, at)
    if told is None or int(told.group(1)) >= reference.year or _TOLD_BETWEEN.search(text, told.end(), at):
        return None
    return int(told.group(1))


def _decade(match, text, reference):
    if _identifier_before(text, match.start()):
        return None
    first = int(match.group(match.lastindex + 1))
    part = _year_qualifier(text, match.start())
    words = _part_words(part)
    offset = match.start() - len(part.group(0)) if part else match.start()
    if not words:
        words, offset = _cyrillic_decade_part(text, match.start())
    return _decade_span(text, first, words, offset, match.end())


def _decade_span(text: str, first: int, words: str, offset: int, end: int) -> DateSpan:
    """The decade from `first`, narrowed by a part-words key of _DECADE_PARTS ('' for all of it)."""
    if words in _DECADE_PARTS:
        lo, hi = _DECADE_PARTS[words]
        return DateSpan(
            dt.date(first + lo, 1, 1),
            dt.date(first + hi, 12, 31),
            "decade",
            _part_label(words, f"{first}s"),
            text[offset:end],
            offset,
        )
    return DateSpan(dt.date(first, 1, 1), dt.date(first + 9, 12, 31), "decade", f"{first}s", text[offset:end], offset)


def _cyrillic_decade_part(text: str, index: int) -> tuple[str, int]:
    """'в начале 1990-х' -> ('beginning', offset of 'начале'); ('', index) without such words."""
    part = _cyrillic_qualifier(text, index)
    if part is not None and part.group("part"):
        return cy.part_word(part.group("part")), index - len(part.group(0))
    if part is not None and part.group("half"):
        return _half_words(part.group("half")), index - len(part.group(0))
    return "", index


def _half_words(ordinal: str) -> str:
    return "first half" if ordinal.lower().startswith(("перв", "бір", "1")) else "second half"


def _part_words(part: re.Match[str] | None) -> str:
    """Normalise a matched qualifier to a key of _YEAR_PARTS/_DECADE_PARTS ('' if none)."""
    if part is None:
        return ""
    if part.group("half"):
        return "first half" if part.group("half").lower() in ("first", "1st") else "second half"
    if part.groupdict().get("h"):
        return "first half" if part.group("h").lower() == "h1" else "second half"
    if part.group("part"):
        words = part.group("part").lower().split()
        return next(w for w in words if w not in ("the", "of"))
    return ""


def _year_range(match, text, reference):
    first_token, separator, second_token = _groups(match, 3)
    first = int(first_token)
    second = int(second_token) if len(second_token) == 4 else first - first % 100 + int(second_token)
    if _identifier_before(text, match.start()) or _names_programme(text, match.start()):
        return None  # "pp. 1998-2004", "No. 2011-2012"
    if not first < second <= first + 100 or (len(second_token) == 2 and second > first + 10):
        return None
    offset = match.start() - _range_lead(text, match.start())
    return DateSpan(
        dt.date(first, 1, 1), dt.date(second, 12, 31), "range", f"{first}–{second}", text[offset : match.end()], offset
    )


# An older year stands as a date only between words that make it one: "of 1569 created", "in 1648,"
# (not a count: "in 1500 villages").
_OLD_YEAR_BEFORE = re.compile(r"\b(?:[Ii]n|of|[Ss]ince|until|from)\s$")
_OLD_YEAR_AFTER = re.compile(r"\s*[,.;:)]|\s+(?:when|the|a|an|[a-z]+ed)\b")


def _old_year(text: str, start: int, end: int) -> DateSpan | None:
    if _OLD_YEAR_BEFORE.search(text, max(0, start - 7), start) is None or _OLD_YEAR_AFTER.match(text, end) is None:
        return None
    return _qualified_year(text, start, end, int(text[start:end]), True)


def _year(match, text, reference):
    start, end = match.start(), match.end()
    if (
        _identifier_before(text, start)
        or (
            _unit_after(text, end)
            and not (_IN_BEFORE.search(text, max(0, start - 4), start) and _COUNT_NOUN.match(text, end))
        )
        or _names_a_thing(text, start, end)
    ):
        return None
    return _qualified_year(text, start, end, int(match.group(0)), True)


_ATTRIBUTE_AFTER = re.compile(
    r"\s+(?!(?:and|or|to|until|till|through|when|as|with|in|on|at|for|from|fiscal|financial|calendar|year)\b)[a-z]{3,}"
)


def _qualified_year(text: str, start: int, end: int, year: int, bare: bool) -> DateSpan | None:
    """The year text[start:end] names (a bare year, or one with a year word: "2023 году"),
    narrowed by the words before it: "the autumn of", "Q1", "осенью", "в первом квартале", "в июне"."""
    word = _last_word(text, start)
    if word in _YEAR_QUALIFIER_ENDS:
        part = _BEFORE_YEAR.search(_before(text, start))
        if part is not None and part.group(0).rstrip().lower().endswith(" the") and _ATTRIBUTE_AFTER.match(text, end):
            part = None  # "at the start of the 2027 harvest": the harvest's start, not the year's
    else:
        if "\u0400" <= word[:1] <= "\u04ff":  # a Cyrillic word: Russian qualifiers
            russian = cy.BEFORE_YEAR.search(_before(text, start))
            if russian is not None:
                return _cyrillic_year_span(russian, text, start, end, year)
            if bare and word in cy.COUNT_WORDS_BEFORE:
                return None  # "более 2000": a count
        part = None
    if part is None:
        if bare and (_in_digit_run(text, start, end) or _names_programme(text, start, word)):
            return None
        return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", str(year), text[start:end], start)
    offset = start - len(part.group(0))
    expression = text[offset:end]
    if part.group("season"):
        return season_span(part.group("season").lower(), year, expression, offset)
    if part.group("quarter") or part.group("q"):
        number = int(part.group("q")[1]) if part.group("q") else _ORDINAL[part.group("quarter").split()[0].lower()]
        return _quarter_span(year, number, expression, offset)
    return _year_part_span(year, _part_words(part), expression, offset)


def _cyrillic_qualifier(text: str, index: int) -> re.Match[str] | None:
    """Russian words qualifying the year or decade at `index`: a season, quarter, half, part or month."""
    word = _last_word(text, index)
    if not word or not cy.is_cyrillic_letter(word[0]):
        return None
    return cy.BEFORE_YEAR.search(_before(text, index))


def _cyrillic_year_span(part: re.Match[str], text: str, start: int, end: int, year: int) -> DateSpan:
    offset = start - len(part.group(0))
    expression = text[offset:end]
    if part.group("season"):
        return season_span(cy.season_name(part.group("season")), year, expression, offset)
    if part.group("quarter"):
        return _quarter_span(year, cy.quarter_number(part.group("quarter")), expression, offset)
    if part.group("month"):
        first = cy.month_number(part.group("month"))
        last = cy.month_number(part.group("month2")) if part.group("month2") else first
        if last > first:
            return months_span(year, first, last, expression, offset)
        return _month_span(year, first, expression, offset)
    words = _half_words(part.group("half")) if part.group("half") else cy.part_word(part.group("part"))
    return _year_part_span(year, words, expression, offset)


def _quarter_span(year: int, number: int, expression: str, offset: int) -> DateSpan:
    first_month = 3 * number - 2
    return DateSpan(
        dt.date(year, first_month, 1),
        month_end(year, first_month + 2),
        "quarter",
        f"Q{number} {year}",
        expression,
        offset,
    )


def _month_span(year: int, month: int, expression: str, offset: int) -> DateSpan:
    return DateSpan(
        dt.date(year, month, 1), month_end(year, month), "month", f"{MONTH_NAMES[month - 1]} {year}", expression, offset
    )


# "early next year", "by late last year", "mid-next year": a part of the year a relative expression names
_PART_BEFORE = re.compile(r"\b(early|late|mid)[\s-]+$", re.IGNORECASE)


def _with_year_part(text: str, span: DateSpan) -> DateSpan:
    """A relative year narrowed to the part of it the word before names ("early next year")."""
    if span.precision != "year" or not span.expression.endswith("year"):
        return span
    part = _PART_BEFORE.search(text, max(0, span.offset - 8), span.offset)
    if part is None:
        return span
    expression = text[part.start() : span.offset] + span.expression
    return _year_part_span(span.start.year, part.group(1).lower(), expression, part.start())


def _year_part_span(year: int, words: str, expression: str, offset: int) -> DateSpan:
    lo, hi = _YEAR_PARTS[words]
    return DateSpan(
        dt.date(year, lo, 1), month_end(year, hi), "year", _part_label(words, str(year)), expression, offset
    )


# --- Russian and Kazakh handlers, one per alternative of dates_ru_kk.GRAMMAR -------------


def _cy_day_range(
    match: re.Match[str],
    text: str,
    reference: dt.date | None,
    first: tuple[str, str, str | None],
    last: tuple[str, str, str | None],
) -> DateSpan | None:
    """(day, month word, year or None) to (day, month word, year or None); a range without a
    year is placed like a yearless day ("14-15 февраля" in an article of March 2025)."""
    (d1, m1, y1), (d2, m2, y2) = first, last
    month1, month2, day1, day2 = cy.month_number(m1), cy.month_number(m2), int(d1), int(d2)
    if y2 is None:
        if reference is None:
            return None
        year1 = pick_year(sentence_around(text, match.start()), reference, month1, day1, "")
        if year1 is None:
            return None
        start = safe_date(year1, month1, day1)
        end = safe_date(year1 + ((month2, day2) < (month1, day1)), month2, day2)
        return _range_span(text, match, start, end)
    end = safe_date(int(y2), month2, day2)
    start = safe_date(int(y1) if y1 else int(y2), month1, day1)
    if start and end and not y1 and start > end:  # "с 30 декабря по 2 января 2026 года"
        start = safe_date(end.year - 1, start.month, start.day)
    return _range_span(text, match, start, end)


def _cy_dm_dm_range(match, text, reference):
    d1, m1, y1, d2, m2, y2 = _groups(match, 6)
    return _cy_day_range(match, text, reference, (d1, m1, y1), (d2, m2, y2))


def _cy_d_d_range(match, text, reference):
    d1, d2, month, year = _groups(match, 4)
    return _cy_day_range(match, text, reference, (d1, month, year), (d2, month, year))


def _cy_dmy(match, text, reference):
    day, month, year = _groups(match, 3)
    return _day_span(text, match, int(year), cy.month_number(month), int(day))


def _cy_dm(match, text, reference):
    day, month = _groups(match, 2)
    return _yearless(match, text, reference, cy.month_number(month), int(day))


def _cy_d_and_d(match, text, reference):
    """'2 и 4 февраля 2026 года': two days of one month, two events (the first spans the whole
    expression, the second its own "4 февраля 2026 года")."""
    d1, d2, month, year = _groups(match, 4)
    m = cy.month_number(month)
    if year is None:
        if reference is None:
            return None
        y = pick_year(sentence_around(text, match.start()), reference, m, int(d1), "")
        if y is None:
            return None
    else:
        y = int(year)
    first, second = safe_date(y, m, int(d1)), safe_date(y, m, int(d2))
    if first is None or second is None or second <= first:
        return None
    first, expression, offset = _with_eve(text, match.start(), first, match.group(0))
    at = match.start(match.lastindex + 2)
    return [
        DateSpan(first, first, "day", day_label(first), expression, offset),
        DateSpan(second, second, "day", day_label(second), text[at : match.end()], at),
    ]


def _cy_short_decade(match, text, reference):
    """'в 90-е годы', '90-х годов', '90-жылдары': 30-99 in the 1900s, 00-29 in the 2000s."""
    if _identifier_before(text, match.start()):
        return None
    short = int(_groups(match, 1)[0])
    first = (1900 if short >= 30 else 2000) + short
    words, offset = _cyrillic_decade_part(text, match.start())
    return _decade_span(text, first, words, offset, match.end())


def _kk_until_range(match, text, reference):
    """'2025 жылғы 19 қарашадан 11 желтоқсанға дейін': the year, stated once, is the first day's."""
    year, d1, m1, d2, m2 = _groups(match, 5)
    if year is None:
        return _cy_day_range(match, text, reference, (d1, m1, None), (d2, m2, None))
    first, last = (cy.month_number(m1), int(d1)), (cy.month_number(m2), int(d2))
    start = safe_date(int(year), *first)
    end = safe_date(int(year) + (last < first), *last)
    return _range_span(text, match, start, end)


def _kk_yd_d_range(match, text, reference):
    year, d1, d2, month = _groups(match, 4)
    m = cy.month_number(month)
    return _range_span(text, match, safe_date(int(year), m, int(d1)), safe_date(int(year), m, int(d2)))


def _kk_ydm(match, text, reference):
    year, day, month = _groups(match, 3)
    return _day_span(text, match, int(year), cy.month_number(month), int(day))


def _kk_ym(match, text, reference):
    """'2024 жылғы ақпанда', '2025 жылдың қаңтар-қыркүйек айларында' (a range of months)."""
    year, month, last = _groups(match, 3)
    y, first = int(year), cy.month_number(month)
    if last and cy.month_number(last) > first:
        return months_span(y, first, cy.month_number(last), match.group(0), match.start())
    return _month_span(y, first, match.group(0), match.start())


def _kk_part(match, text, reference):
    """'2024 жылдың күзінде', '2023 жылдың бірінші тоқсанында', '2024 жылдың басында'."""
    year, expression, offset = int(_groups(match, 1)[0]), match.group(0), match.start()
    if match.group("kk_season"):
        return season_span(cy.season_name(match.group("kk_season")), year, expression, offset)
    if match.group("kk_quarter"):
        return _quarter_span(year, cy.quarter_number(match.group("kk_quarter")), expression, offset)
    if match.group("kk_half"):
        return _year_part_span(year, _half_words(match.group("kk_half")), expression, offset)
    return _year_part_span(year, cy.part_word(match.group("kk_when")), expression, offset)


def _cy_decade(match, text, reference):
    """'1990-е годы', '1990-х годов', '1990 жылдары', 'в начале 1990-х', '1990 жылдардың басында'."""
    if _identifier_before(text, match.start()):
        return None
    first = int(_groups(match, 1)[0])
    if match.group("kk_decade_when"):
        return _decade_span(text, first, cy.part_word(match.group("kk_decade_when")), match.start(), match.end())
    words, offset = _cyrillic_decade_part(text, match.start())
    return _decade_span(text, first, words, offset, match.end())


def _cy_year_range(match, text, reference):
    """'2011–2012 гг.', 'с 2022 по 2024 год', '2011-2012 жылдары', '2022 жылдан 2024 жылға дейін'."""
    first_token, dashed, until, kazakh = _groups(match, 4)
    second_token = dashed or until or kazakh
    first = int(first_token)
    second = int(second_token) if len(second_token) == 4 else first - first % 100 + int(second_token)
    if _identifier_before(text, match.start()):
        return None  # "с. 1998–2004 гг."
    if not first < second <= first + 100 or (len(second_token) == 2 and second > first + 10):
        return None
    offset = match.start() - _range_lead(text, match.start())
    return DateSpan(
        dt.date(first, 1, 1), dt.date(second, 12, 31), "range", f"{first}–{second}", text[offset : match.end()], offset
    )


def _cy_year(match, text, reference):
    """'2023 году', '2023 г.', '2023 жылы', with the Russian words before it ('осенью 2024 года')."""
    start = match.start()
    if _identifier_before(text, start):
        return None
    return _qualified_year(text, start, match.end(), int(_groups(match, 1)[0]), bare=False)


def _part_label(words: str, whole: str) -> str:
    """'early 2023', 'mid-2023', 'late 2023', 'second half of 2023' ('the 2000s' for decades)."""
    if "half" in words:
        return f"{words} of {'the ' if whole.endswith('s') else ''}{whole}"
    if words in ("mid", "middle"):
        return f"mid-{whole}"
    if words in ("beginning", "start"):
        return f"early {whole}"
    if words == "end":
        return f"late {whole}"
    return f"{words} {whole}"


_HANDLERS = {
    "iso": _iso,
    "dotted": _dotted,
    "dm_dm_range": _dm_dm_range,
    "dm_dm_range_yearless": _dm_dm_range_yearless,
    "d_d_range": _d_d_range,
    "d_and_d_range": _d_d_range,
    "d_and_d_on": _d_and_d,
    "d_and_d_on_yearless": _d_and_d_yearless,
    "d_d_range_yearless": _d_d_range_yearless,
    "d_and_d_range_yearless": _d_d_range_yearless,
    "dmy": _dmy,
    "md_md_range": _md_md_range,
    "md_d_range": _md_d_range,
    "mdy": _mdy,
    "my_my_range": _my_my_range,
    "my_and_my_range": _my_my_range,
    "m_m_range": _m_m_range,
    "m_and_m_range": _m_m_range,
    "m_m_range_yearless": _m_m_range_yearless,
    "m_to_m_yearless": _m_to_m_yearless,
    "my": _my,
    "dm": _dm,
    "md": _md,
    "decade": _decade,
    "year_range": _year_range,
    "year": _year,
    "month": _month_only,
    "kk_until_range": _kk_until_range,
    "kk_yd_d_range": _kk_yd_d_range,
    "kk_ydm": _kk_ydm,
    "kk_ym": _kk_ym,
    "kk_part": _kk_part,
    "cy_dm_dm_range": _cy_dm_dm_range,
    "cy_d_d_range": _cy_d_d_range,
    "cy_dmy": _cy_dmy,
    "cy_dm": _cy_dm,
    "cy_decade": _cy_decade,
    "cy_d_and_d": _cy_d_and_d,
    "cy_short_decade": _cy_short_decade,
    "cy_year_range": _cy_year_range,
    "cy_year": _cy_year,
}
