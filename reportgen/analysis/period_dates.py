"""Resolve English periods that need the text's date or an earlier date of the same paragraph.

- Quarters and halves without a year: "the third quarter", "third-quarter", "the fiscal first
  quarter", "this year's third quarter", "the 1988 second quarter", "the first half", "the first
  two quarters of 1990".  A numbered quarter is the one of the text's year, or of the year
  before when it is still ahead and the nearest tense cue is past ("the fourth quarter" in a
  February report of results).  "The quarter", "the latest quarter", "the period" are the
  quarter the paragraph last named, else the last completed one; "this quarter", "the current
  quarter" the one holding the date; "the year-ago quarter", "the quarter a year ago", "the
  year-earlier period" that quarter a year before.
- Year nouns: "the current fiscal year", "the full year", "for the year" (the paragraph's last
  year named, else the text's), "the latest fiscal year", "the past year" (the year before),
  "year-end", "the end of the year" (the end of the year, like "late 2024").
- Offsets from the paragraph's last date: "a year earlier" (a quarter a year before when the
  paragraph speaks of quarters, else the year before), "two years later", "the following year",
  "that year", "the following month", "the following morning", "that evening", "the day before",
  "the evening before"
  ("four years after it opened" counts from what follows, so is no date).  Without an earlier
  date, "a year earlier" counts from the text's date; "the following year" and "that year" are
  no date.  `add_periods(earlier=)` gives the date a previous paragraph named last.
- Combinations: "June last year" (one month, not June and the whole year), "January this
  year", "Saturday, April 25" (the year in which April 25 is a Saturday), "Friday evening",
  "noon Saturday", "5 p.m. EST, Nov. 6" (one day each).
- Times of day that fix a day: "this morning", "later this afternoon", "tonight" (the text's
  date), "last night" (the day before), "7:15 p.m." and "in the morning" (the paragraph's last
  day named, else the text's date for a clock time; "in the morning" alone is no date).
- Weekends: "the weekend", "last weekend", "this weekend" (Saturday and Sunday).
- The first months of a year: "the first eight months of the year", "the first nine months of
  2026" (January to that month, precision "year" with narrowed bounds; six months are the first
  half); "the same period of 2025" / "a year earlier" after months such as "January–June" are
  those months of that year.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Callable

from reportgen.analysis.cues import occurrences
from reportgen.analysis.date_spans import (
    MONTH_NAMES,
    SEASON_MONTHS,
    DateSpan,
    day_span,
    half_span,
    month_end,
    month_span,
    months_span,
    quarter_span,
    range_label,
    safe_date,
    season_span,
    with_text,
    year_span,
)
from reportgen.analysis.relative_dates import COUNT_WORDS, WEEKDAYS, sentence_bounds, tense_near

_WEEKDAY_NUMBER = {
    name: number for number, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def may_hold(text: str) -> bool:
    """Cheap substring test: could `text` hold one of these periods?"""
    # ("Y" in text: a one-character search at memchr speed spares most texts the "Year" scan)
    return (
        "year" in text
        or ("Y" in text and "Year" in text)
        or "uarter" in text
        or "half" in text
        or "month" in text
        or "day" in text
        or "ight" in text
        or "orning" in text
        or "fternoon" in text
        or "vening" in text
        or "eek" in text  # "weekend", "two weeks later"
        or "eriod" in text
        or ".m." in text
    )


# --- quarters, halves and periods --------------------------------------------------------

_PERIOD_WORD = re.compile(r"(?i)(?<!\w)(?:quarters?|half|period)\b")
_PERIOD_BEFORE = re.compile(
    r"""(?ix)
    (?:\b(?P<det>the|its|their|his|her|our|a|an|this|that|last|next|each)\s+)?
    (?:\b(?P<ryear>this|last|next|the\s+current|the\s+previous|the\s+prior)\s+year['’]s\s+)?
    (?:(?<![\w.,$])(?P<yy>(?:19|20)\d\d)\s+)?
    (?P<mods>(?:\b(?:comparable|corresponding|same|latest|current|previous|prior|past|recent|most\s+recent
        |just[\s-]+(?:ended|completed|concluded)|year[\s-]+(?:ago|earlier)|fiscal|calendar|coming|upcoming
        |flat|strong|weak|disappointing|seasonally\s+\w+)[\s-]+)*)
    (?:\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final|latter)[\s-]+(?:fiscal[\s-]+)?)?
    (?:\b(?P<count>two)\s+)?
    $"""
)
_PERIOD_AFTER = re.compile(
    r"""(?ix)
    (?P<compound>-\w|\s+of\s+(?:the|a|an|its|their)\s+(?:['’]?\d0s|\w+ties|decade|century|\w+s\b)|\s+of\s+(?:a|an)\b
      | \s+of\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)
  |
    (?:\s+of\s+(?:the\s+)?(?:fiscal\s+|calendar\s+)?|,\s*)(?P<of_year>(?:19|20)\d\d)(?![\d\w])
  | (?:\s+of)?\s+(?P<srel>this|last|next)\s+year\b(?!['’])
  | (?:\s+of)?\s+the\s+(?:previous|prior|preceding)\s+(?P<sprev>year)\b
  | \s+of\s+the\s+(?:current\s+|present\s+)?(?P<scur>year)\b(?!['’])
  | \s+(?:a|one)\s+year\s+(?P<sago>ago|earlier|before)\b
  | (?P<ended>\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\s+(?:on\s+)?)
    """
)
_WORD_START = re.compile(r"\b\w")
_PERIOD_NOUNS = ("quarter", "half", "period")


def _period_words(text: str) -> list[re.Match[str]]:
    """The matches of _PERIOD_WORD, in order.  In ASCII text the pattern is tried only where
    str.find sees a period noun in the lower-cased text (every case-insensitive match lies
    there): a case-insensitive scan of the whole paragraph costs several times more."""
    if not text.isascii():
        return list(_PERIOD_WORD.finditer(text))
    starts = occurrences(text.lower(), _PERIOD_NOUNS)
    # Matches start after a non-word character and end at a word boundary, so they never
    # overlap: the matches at these starts are exactly finditer's.
    return [match for match in map(_PERIOD_WORD.match, [text] * len(starts), starts) if match is not None]


def _words_before(text: str, pos: int, end: int) -> re.Match[str]:
    """_PERIOD_BEFORE.search(text, pos, end), trying only where a match can start: every part
    of the pattern opens with a word at a word boundary (or a year after a non-word
    character), so a match starts at a word start, or is empty at the end (`$` also holds
    before a final newline).  The search would try all of the 64 positions."""
    for word in _WORD_START.finditer(text, pos, end):
        match = _PERIOD_BEFORE.match(text, word.start(), end)
        if match is not None:
            return match
    if end > pos and text[end - 1] == "\n":
        match = _PERIOD_BEFORE.match(text, end - 1, end)
        if match is not None:
            return match
    match = _PERIOD_BEFORE.match(text, end, end)
    assert match is not None, "every part of the pattern is optional, so it matches empty at `end`"
    return match


_OFFSET_WORDS = re.compile(r"(?i)ago|earlier|before|last|previous|prior|\d{4}")
# Ordinals the date grammar itself reads before "quarter of <year>" and "half of <year>".
_GRAMMAR_ORDINALS = frozenset("first second third fourth 1st 2nd 3rd 4th".split())
_RELATIVE_MODS = (
    "latest",
    "recent",
    "just",
    "year",
    "comparable",
    "corresponding",
    "same",
    "current",
    "previous",
    "prior",
    "past",
    "coming",
    "upcoming",
)


def _quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month + 2) // 3


def _shift_quarter(year: int, number: int, step: int) -> tuple[int, int]:
    index = year * 4 + number - 1 + step
    return index // 4, index % 4 + 1


def _period(match: re.Match[str], text: str, reference: dt.date) -> "_Pending | None":
    """A quarter, half or reporting period at `match` (its noun), or None when it names no date."""
    word = match.group(0).lower()
    after = _PERIOD_AFTER.match(text, match.end())
    if (
        after is not None
        and after.group("of_year")
        and word in ("quarter", "half")
        and text.startswith(" of ", match.end())
    ):
        previous = text[max(0, match.start() - 12) : match.start()].replace("-", " ").split()
        if previous and previous[-1].lower() in _GRAMMAR_ORDINALS:
            return None  # "the first quarter of 2023": the date grammar's own form
    before = _words_before(text, max(0, match.start() - 64), match.start())
    det, ryear, yy, ord_, count = (before.group(g) for g in ("det", "ryear", "yy", "ord", "count"))
    mods = before.group("mods").lower()
    det = (det or "").lower()
    ord_ = (ord_ or "").lower()
    start = before.start() if before.group(0) else match.start()
    end = match.end()
    of_year = srel = sago = None
    ended = False
    if after is not None and after.group("compound"):
        return None  # "quarter-century", "the first half of the '80s", "a quarter of an hour", "the second half of
        # February" (a month's half: the month is the date)
    if after is not None:
        of_year, srel, sago = after.group("of_year"), after.group("srel"), after.group("sago") or after.group("sprev")
        if after.group("scur"):  # "the first half of the year": of this year
            srel = "this"
        ended = after.group("ended") is not None
        if not ended:
            end = after.end()
    if word == "quarters":  # "the first two quarters (of 1990)": a half
        if count is None or ord_ not in ("first", "last", "latter", "second"):
            return None
        ord_, word = ("first" if ord_ == "first" else "second"), "half"
    elif count is not None:
        return None
    if word == "half" and ord_ not in ("first", "1st", "second", "2nd", "last", "latter", "final"):
        return None
    has_year = bool(yy or ryear or srel or of_year or sago or "year" in mods)
    if word == "period" and not (has_year or any(m in mods for m in _RELATIVE_MODS)):
        return None  # "the period" alone: too vague
    if word != "half" and not ord_ and not det and not has_year and not mods.strip():
        return None  # "quarter" alone ("a rolling four-quarter test")
    if det in ("a", "an", "each") and not ord_:
        return None  # "a quarter", "each quarter": a count or a set
    expression = text[start:end]
    shift = -1 if (sago or "year-ago" in mods.replace(" ", "-") or "year-earlier" in mods.replace(" ", "-")) else 0

    def resolve(spans: list[DateSpan]) -> DateSpan | None:
        year_step = shift
        if of_year or yy:
            year = int(of_year or yy)
        elif relative := ryear or srel:
            which = relative.lower().split()[-1]
            year = reference.year + {"this": 0, "current": 0, "last": -1, "previous": -1, "prior": -1, "next": 1}[which]
        else:
            year = None
        # (a half or a few months of a year are whole months too: "in the first half of 2026, up 6.2
        # percent on the same period of 2025")
        # (the paragraph's last date, whatever it is: "signed on 29 March 1923 ... in force on 1 January 1924 ...
        # in the same period" is no year named before them)
        last = _last(spans, start) if word == "period" else None
        months = (
            last
            if last is not None
            and last.precision in (("range", "year", "quarter") if "same" in expression.lower() else ("range",))
            else None
        )
        if months is not None and _whole_months_of_a_year(months):
            # "in January–June, 31 percent more than in the same period of 2025": those months then
            y = year + year_step if year is not None else months.start.year + year_step
            if months.precision == "quarter":
                return quarter_span(y, _quarter_of(months.start)[1], expression, start)
            if months.precision == "year" and (months.start.month, months.end.month) in ((1, 6), (7, 12)):
                return half_span(y, 1 if months.start.month == 1 else 2, expression, start)
            return months_span(y, months.start.month, months.end.month, expression, start)
        if word == "period" and last is not None and months is None and year is None and "same" in expression.lower():
            return None  # "in the same period" after days: no span of months to take again
        if word == "half":
            number = 1 if ord_ in ("first", "1st") else 2
            if year is None:
                year = _placed_year(text, start, end, reference, dt.date(reference.year, 6 * number - 5, 1))
            return half_span(year + year_step, number, expression, start)
        anchor = _last(spans, start, ("quarter",))
        if ord_ in _ORDINALS or (ord_ in ("last", "final") and year is not None):
            number = _ORDINALS.get(ord_, 4)
            if year is None:
                year = _placed_year(text, start, end, reference, dt.date(reference.year, 3 * number - 2, 1))
            return quarter_span(year + year_step, number, expression, start)
        if ended:
            following = _first(spans, end)
            if following is not None and following.offset - end < 6 and following.precision == "day":
                y, number = _quarter_of(following.start)
                return quarter_span(y + year_step, number, expression, start)
        current = _quarter_of(reference)
        if (
            ord_ == "last"
            or det == "last"
            or any(m in mods for m in ("previous", "prior", "past"))
            and "year" not in mods
        ):
            base = (anchor.start.year, _quarter_of(anchor.start)[1]) if anchor else current
            y, number = _shift_quarter(*base, -1)
        elif det == "next" or "coming" in mods:
            y, number = _shift_quarter(*current, 1)
        elif det == "this" or "current" in mods:
            y, number = current
        elif any(m in mods for m in ("latest", "recent", "just")):
            y, number = _shift_quarter(*current, -1)  # the last completed quarter
        elif anchor is not None:
            y, number = _quarter_of(anchor.start)
            if year_step and anchor.start.year < reference.year and _OFFSET_WORDS.search(anchor.expression):
                year_step = 0  # "the year-ago quarter ... year-ago results": the same quarter
        elif word == "period" and yy:
            return year_span(int(yy), expression, start)  # "the 1988 period" with no quarter named
        else:
            y, number = _shift_quarter(*current, -1)  # the last completed quarter
        if year is not None:
            y = year
        return quarter_span(y + year_step, number, expression, start)

    return _Pending(start, end, resolve)


def _whole_months_of_a_year(span: DateSpan) -> bool:
    return (
        span.start.year == span.end.year
        and span.start.day == 1
        and span.end == month_end(span.end.year, span.end.month)
        and span.start.month < span.end.month
    )


def _placed_year(text: str, start: int, end: int, reference: dt.date, first_day: dt.date) -> int:
    """The text's year for a period starting `first_day` of it, or the year before when that
    period is still ahead and the tense nearest to it is past ("the fourth quarter was weak"
    in a February report)."""
    if first_day <= reference:
        return reference.year
    bounds = sentence_bounds(text, start)
    tense, strong = tense_near(text[bounds], start - bounds.start, end - bounds.start)
    if tense == "past" and (strong or (first_day - reference).days > 90):
        return reference.year - 1
    return reference.year


# --- year nouns and offsets ---------------------------------------------------------------

_NUMBER = r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}"
_NOUNS = re.compile(
    r"""(?ix)
    \b(?:
      (?P<current>(?:the\s+)?(?:current|present)\s+(?:fiscal\s+|calendar\s+)?year)(?!['’]s\s+(?:first|second|third|fourth|quarter|half))
    | (?P<latest>the\s+(?:latest|last|past)\s+(?:fiscal\s+|full\s+|calendar\s+)?year)(?![\s-]+(?:ago|earlier|or|and)\b|\s+\d|s)
    | (?P<previous>the\s+(?:previous|prior|preceding)\s+(?:fiscal\s+|calendar\s+)?year(?!s)|the\s+year\s+before(?!\s+(?:last|the|a)\b))
    | (?P<following>the\s+(?:following|next|succeeding|subsequent)\s+(?:fiscal\s+|calendar\s+)?year(?!s)|the\s+year\s+after(?!\s+(?:next|the|a)\b))
    | (?P<year_end>(?:the\s+)?end\s+of\s+(?P<end_which>the|this|last|next|that)\s+(?:fiscal\s+|calendar\s+)?year|(?:the\s+)?year[\s-]end|(?:the\s+)?year['’]s\s+end)
    | (?P<whole>the\s+(?:fiscal|full|calendar|entire|whole)\s+year)(?!s|\s+\d|['’]s\s+(?:first|second|third|fourth))
    | (?P<plain>(?<=for\s)the\s+year|(?<=in\s)the\s+year|(?<=of\s)the\s+year|(?<=during\s)the\s+year|(?<=throughout\s)the\s+year)
        (?!\w|\s*(?:\d|two|nineteen|before|after|since|earlier|ago|later|when|in\s+which|that|of\b|-|['’]s|\w+ing\b|\w+ed\b))
    | (?P<that>(?:that|the\s+same|that\s+same)\s+(?P<that_unit>year|month|day|quarter|morning|afternoon|evening))(?![\s-]+(?:ago|earlier)|s|['’]s)
    | (?P<offset>(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:\s+or\s+so)?\s+
        (?P<unit>year|month|week|day)s?(?:\s+or\s+so)?\s+(?P<dir>(?:earlier|later)(?!\s+(?:than|that|this|his|her|its)\b)|before(?!\s+[A-Za-z])|after(?!\s+[A-Za-z])))
    | (?P<step>the\s+(?P<step_dir>following|next|previous|prior|preceding)\s+(?P<step_unit>month|week|day|morning|afternoon|evening))(?!s)
    | (?P<weeks_after>the\s+(?:following|subsequent|ensuing)\s+(?:few\s+)?(?P<wa_unit>week|day)s)
    | (?P<unit_before>the\s+(?P<ub_unit>month|day|morning|afternoon|evening|night)\s+(?P<ub_dir>before|after)(?!\s+(?:last|next|the|a|yesterday|tomorrow)\b))
    | (?P<yago>year[\s-](?:ago|earlier))(?=[\s-]+[$\w])
    )"""
)


def _keyed(
    text: str, keys: tuple[str, ...], regex: re.Pattern[str], before: int = 50, after: int = 60, hints: bool = False
) -> list[re.Match[str]]:
    """Matches of `regex` that hold one of `keys`, tried only in a window around each key (and
    with `hints`, only where `_hinted` finds a word next to it that can make a match): a scan of the whole paragraph with a
    case-insensitive pattern would be several times slower."""
    found: dict[int, re.Match[str]] = {}
    for key in keys:
        at = text.find(key)
        while at >= 0:
            if hints and not _hinted(text, at, at + len(key)):
                at = text.find(key, at + 1)
                continue
            for match in regex.finditer(text, max(0, at - before), min(len(text), at + len(key) + after)):
                if match.start() <= at < match.end():
                    found.setdefault(match.start(), match)
            at = text.find(key, at + 1)
    return [found[start] for start in sorted(found)]


_NOUN_KEYS = ("year", "Year", "month", "Month", " week", "Week", " day", "Day", "morning", "afternoon", "evening")
# Words next to "year", "month" or "day" that can make one of _NOUNS: the regex is tried only
# around a key that has them (most "year"s are "this year", "last year", "two years").
_NOUN_BEFORE = frozenset(
    "current present latest previous prior preceding following succeeding subsequent fiscal full "
    "calendar entire whole that same".split()
)
_NOUN_AFTER_THE = frozenset("last next past".split())  # "the last year", not the commoner "last year"
_NOUN_AFTER = frozenset("earlier later before after ago end".split())
_NOUN_PLAIN = frozenset("for in of during throughout".split())


def _hinted(text: str, start: int, end: int) -> bool:
    if text[end : end + 1] in ("'", "’", "-"):
        return True  # "year-end", "year's end", "year-ago"
    before = text[max(0, start - 30) : start].replace("-", " ").lower().split()
    after = text[end : end + 16].lower().split()
    w1 = before[-1] if before else ""
    w2 = before[-2] if len(before) > 1 else ""
    n1 = after[0].strip(",.;:") if after else ""
    if text[end : end + 1] == "s":  # "two years earlier", "months": only offsets
        n1 = after[1].strip(",.;:") if len(after) > 1 else ""
    return (
        w1 in _NOUN_BEFORE
        or n1 in _NOUN_AFTER
        or (w1 == "the" and w2 in _NOUN_PLAIN)
        or (w1 in _NOUN_AFTER_THE and w2 == "the")
        or (w1 == "this" and w2 == "of")
        or w1 == "end"
    )


def _nouns(text: str, reference: dt.date) -> list["_Pending"]:
    found = []
    for match in _keyed(text, _NOUN_KEYS, _NOUNS, hints=True):
        start, end, kind = match.start(), match.end(), match.lastgroup
        assert kind is not None, "_NOUNS is an alternation of named groups, so one of them matched"
        expression = match.group(0)
        for name in (
            "current",
            "latest",
            "previous",
            "following",
            "year_end",
            "whole",
            "plain",
            "that",
            "offset",
            "step",
            "unit_before",
            "weeks_after",
            "yago",
        ):
            if match.group(name):
                kind = name
                break
        found.append(_Pending(start, end, _noun_resolver(kind, match, text, reference, expression, start)))
    return found


def _noun_resolver(
    kind: str, match: re.Match[str], text: str, reference: dt.date, expression: str, start: int
) -> Callable[[list[DateSpan]], DateSpan | None]:
    def resolve(spans: list[DateSpan]) -> DateSpan | None:
        # "exchanged ambassadors in 2023 for the first time since 1989, and in the same year ...": a
        # bound ("since 1989") is no time of a happening the sentence goes on from.  One a sentence
        # before names where the story picks up: "The picture has changed since 2024. Luxon made
        # Manila one of his first destinations, and the two signed an agreement a year later."
        told = [
            s
            for s in spans
            if not (_BOUND_BEFORE.search(text, max(0, s.offset - 8), s.offset) and ". " not in text[s.offset : start])
        ] or spans
        anchor = _last(told, start, ("day", "month", "quarter", "year", "season"))
        if kind == "current":
            return year_span(reference.year, expression, start)
        if kind == "latest":
            return year_span(reference.year - 1, expression, start)
        if kind in ("previous", "following"):
            step = -1 if kind == "previous" else 1
            if anchor is None:
                return year_span(reference.year - 1, expression, start) if step < 0 else None
            return year_span(anchor.start.year + step, expression, start)
        if kind == "year_end":
            which = (match.group("end_which") or "").lower()
            year = reference.year + {"last": -1, "next": 1}.get(which, 0)
            if which == "that":  # "by the end of that year": of the year just told
                if anchor is None:
                    return None
                year = anchor.start.year
            if not which and re.search(r"(?i)\bsince\s+(?:the\s+)?$", text[max(0, start - 10) : start]):
                year -= 1  # "since year-end": the end of last year
            return DateSpan(dt.date(year, 9, 1), dt.date(year, 12, 31), "year", f"late {year}", expression, start)
        if kind in ("whole", "plain"):
            year = anchor.start.year if anchor is not None and kind == "plain" else reference.year
            return year_span(year, expression, start)
        if kind == "that":
            return _same_as(anchor, _DAY_PARTS.get(unit := match.group("that_unit").lower(), unit), expression, start)
        if kind == "yago":
            quarter = _last(spans, start, ("quarter",))
            if quarter is not None:
                y, number = _quarter_of(quarter.start)
                if not (y < reference.year and _OFFSET_WORDS.search(quarter.expression)):
                    y -= 1  # "year-ago" after "the year-ago quarter" is that same quarter
                return quarter_span(y, number, expression, start)
            return year_span(reference.year - 1, expression, start)
        if kind == "offset":
            word = match.group("count").lower()
            count = int(word) if word.isdigit() else COUNT_WORDS[word]
            sign = -1 if match.group("dir").lower().startswith(("earlier", "before")) else 1
            unit = match.group("unit").lower()
            if unit == "week":  # "two weeks later": fourteen days
                unit, count = "day", 7 * count
            return _offset(text, spans, anchor, reference, unit, sign * count, expression, start)
        if kind == "step":
            sign = 1 if match.group("step_dir").lower() in ("following", "next") else -1
            unit = match.group("step_unit").lower()
            if unit == "week":
                # "signed on 15 September ... ordered the following week": the week after that day's
                if anchor is None or anchor.precision != "day":
                    return None
                monday = anchor.start - dt.timedelta(days=anchor.start.weekday()) + dt.timedelta(weeks=sign)
                sunday = monday + dt.timedelta(days=6)
                return DateSpan(monday, sunday, "range", range_label(monday, sunday), expression, start)
            return _offset(text, spans, anchor, None, _DAY_PARTS.get(unit, unit), sign, expression, start)
        if kind == "weeks_after":
            # "On 5 February 2025 Thailand cut ... In the following weeks more than 7,000 ... crossed": the
            # months those weeks (four of them, or a week of days) after the last day told fall in
            day = _last(told, start, ("day",))
            if day is None:
                return None
            last = day.start + dt.timedelta(days=28 if match.group("wa_unit").lower() == "week" else 7)
            first = day.start + dt.timedelta(days=1)
            if first.year != last.year:
                return DateSpan(first, last, "range", range_label(first, last), expression, start)
            if first.month == last.month:
                return month_span(first.year, first.month, expression, start)
            return months_span(first.year, first.month, last.month, expression, start)
        if kind == "unit_before":
            sign = -1 if match.group("ub_dir").lower() == "before" else 1
            named = match.group("ub_unit").lower()
            unit = _DAY_PARTS.get(named, named)  # "the evening before": the day before
            if unit == "day":
                # "on Thursday ... They discussed the visit in November. The evening before, ...": the
                # day before the last day told, not before a month named in passing
                anchor = _last(told, start, ("day",))
            return _offset(text, spans, anchor, None, unit, sign, expression, start)
        return None

    return resolve


_BOUND_BEFORE = re.compile(r"(?i)\b(?:since|until|till)\s+$")


# "the following morning", "that evening": a part of a day counts as its day.
_DAY_PARTS = {"morning": "day", "afternoon": "day", "evening": "day", "night": "day"}


def _same_as(anchor: DateSpan | None, unit: str, expression: str, start: int) -> DateSpan | None:
    """'that year', 'the same month', 'that day': the unit of the paragraph's last date."""
    if anchor is None:
        return None
    if unit == "year":
        return year_span(anchor.start.year, expression, start)
    if unit == "quarter" and anchor.precision == "quarter":
        return with_text(anchor, expression, start)
    if unit == "month" and anchor.precision in ("month", "day"):
        return month_span(anchor.start.year, anchor.start.month, expression, start)
    if unit == "day" and anchor.precision == "day":
        return day_span(anchor.start, expression, start)
    return None


def _offset(
    text: str,
    spans: list[DateSpan],
    anchor: DateSpan | None,
    reference: dt.date | None,
    unit: str,
    step: int,
    expression: str,
    start: int,
) -> DateSpan | None:
    """`step` units from the paragraph's last date (or from `reference` when there is none)."""
    if unit == "year":
        quarter = _last(spans, start, ("quarter",))
        if quarter is not None and abs(step) == 1:  # "a year earlier" in a report on a quarter
            assert reference is not None, "year offsets come only from 'N years earlier', which passes the reference"
            y, number = _quarter_of(quarter.start)
            if y < reference.year and _OFFSET_WORDS.search(quarter.expression):
                return quarter_span(y, number, expression, start)
            return quarter_span(y + step, number, expression, start)
        if anchor is None and reference is not None and step == -1:
            reported = _reported_quarter(text, start, reference)
            if reported is not None:
                return quarter_span(reported[0] - 1, reported[1], expression, start)
        base = anchor.start if anchor is not None else reference
        return None if base is None else year_span(base.year + step, expression, start)
    if unit == "month":
        if anchor is not None and anchor.precision in ("month", "day"):
            base = anchor.start
        elif anchor is None and reference is not None:
            base = reference
        else:
            return None
        year, month = divmod(base.year * 12 + base.month - 1 + step, 12)
        return month_span(year, month + 1, expression, start)
    if anchor is not None and anchor.precision == "day":
        return day_span(anchor.start + dt.timedelta(days=step), expression, start)
    if anchor is None and reference is not None:
        return day_span(reference + dt.timedelta(days=step), expression, start)
    return None


# --- times of day and weekends -----------------------------------------------------------

_DAY_PART = r"morning|afternoon|evening|night"
_TIMES = re.compile(
    rf"""(?ix)
      (?P<this>(?:(?:early|late|later|earlier)\s+)?this\s+(?:{_DAY_PART}))
    | (?P<tonight>(?:(?:early|late|later)\s+)?tonight)\b
    | (?P<last_night>(?:late\s+)?last\s+night)\b
    | (?P<mid>\b(?:by|in\s+the|during\s+the)\s+(?:(?:early|late|mid)[\s-]?)?(?:morning|afternoon|evening))\b
    | (?P<midday>\bmid[\s-]?(?:morning|afternoon))\b
    | (?P<weekend>\b(?P<weekend_which>the|this|last|next|this\s+past)\s+weekend)\b(?!['’]s\s+\w+s\b)
    """
)
# A clock time ("7:15 p.m.", "5 pm EST") is found from its digits, then widened over a preposition.
_CLOCK = re.compile(r"(?<![\w.:$])(?:1[0-2]|[1-9])(?::[0-5]\d)?\s?[ap]\.m\.(?:\s+(?:[ECMP][SD]T|GMT|local\s+time)\b)?")
_CLOCK_LEAD = re.compile(r"(?i)\b(?:at|around|about|by|until|before|after|shortly\s+(?:before|after))\s+$")
_TIME_KEYS = ("orning", "fternoon", "vening", "night", "eekend")
_ON_A_DAY_AFTER = re.compile(
    rf",?\s+(?:on\s+)?(?:(?:last|this|next)\s+)?(?:{'|'.join(WEEKDAYS)}|\d{{1,2}}\s+(?:{'|'.join(MONTH_NAMES)}))\b"
)


def _times(text: str, reference: dt.date) -> list["_Pending"]:
    found = []
    keys = tuple(key for key in _TIME_KEYS if key in text)
    for match in _keyed(text, keys, _TIMES, 40, 20) if keys else ():
        start, end, kind = match.start(), match.end(), match.lastgroup
        assert kind is not None, "_TIMES is an alternation of named groups, so one of them matched"
        for name in ("this", "tonight", "last_night", "mid", "midday", "weekend"):
            if match.group(name):
                kind = name
                break
        found.append(_Pending(start, end, _time_resolver(kind, match, text, reference)))
    if ".m." in text:
        for match in _CLOCK.finditer(text):
            lead = _CLOCK_LEAD.search(text, max(0, match.start() - 24), match.start())
            start = lead.start() if lead else match.start()
            found.append(_Pending(start, match.end(), _time_resolver("clock", match, text, reference, start)))
    return found


def _time_resolver(kind: str, match: re.Match[str], text: str, reference: dt.date, start: int | None = None):
    start = match.start() if start is None else start
    expression = text[start : match.end()]

    def resolve(spans: list[DateSpan]) -> DateSpan | None:
        if kind in ("this", "tonight"):
            return day_span(reference, expression, start)
        if kind == "last_night":
            return day_span(reference - dt.timedelta(days=1), expression, start)
        anchor = _last(spans, start, ("day",))
        if kind == "weekend":
            return _weekend(match, text, reference, expression, start)
        if _ON_A_DAY_AFTER.match(text, match.end()):
            return None  # "By mid-morning on Saturday": the day named next dates it
        if anchor is not None and start - anchor.offset < 300:
            return day_span(anchor.start, expression, start)
        if kind in ("clock", "midday") or (kind == "mid" and "mid" in expression.lower()):
            return day_span(reference, expression, start)
        return None  # "in the morning" with no day named: a habit, not a date

    return resolve


def _weekend(match: re.Match[str], text: str, reference: dt.date, expression: str, start: int) -> DateSpan:
    which = match.group("weekend_which").lower()
    saturday = reference + dt.timedelta(days=(5 - reference.weekday()) % 7)
    previous = (
        saturday - dt.timedelta(days=7)
        if reference.weekday() < 5
        else saturday - dt.timedelta(days=7 if reference.weekday() == 5 else 0)
    )
    if reference.weekday() == 6:
        saturday, previous = reference + dt.timedelta(days=6), reference - dt.timedelta(days=1)
    if which in ("last", "this past"):
        chosen = previous
    elif which == "next":
        chosen = saturday
    elif which == "this":
        chosen = previous if reference.weekday() >= 5 else saturday
    else:
        bounds = sentence_bounds(text, start)
        tense, _ = tense_near(text[bounds], start - bounds.start, match.end() - bounds.start)
        chosen = saturday if tense == "future" else previous
    sunday = chosen + dt.timedelta(days=1)
    return DateSpan(chosen, sunday, "range", range_label(chosen, sunday), expression, start)


# --- the first months of a year ------------------------------------------------------------

# "in the first eight months of the year", "the first nine months of 2026": a range from January.
_FIRST_MONTHS = re.compile(
    r"(?i)\bthe\s+first\s+(?P<count>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months"
    r"(?:\s+of\s+(?:(?P<which>the|this|last|the\s+current|the\s+previous)\s+year|(?P<year>1[89]\d\d|20\d\d)))?"
    r"(?!\s+(?:of\s+(?:the|its|his|her|their)\b|after|since|following))"
)


_MONTH_COUNTS = {**COUNT_WORDS, "eleven": 11}


def _fixed(span: DateSpan) -> Callable[[list[DateSpan]], DateSpan | None]:
    """A period's resolver that needs no date before it."""
    return lambda spans: span


def _first_months(text: str, reference: dt.date) -> list["_Pending"]:
    out = []
    for match in _FIRST_MONTHS.finditer(text):
        word = match.group("count").lower()
        count = int(word) if word.isdigit() else _MONTH_COUNTS.get(word, 0)
        if not 2 <= count <= 11:
            continue
        which = (match.group("which") or "").lower()
        if match.group("year"):
            year = int(match.group("year"))
        elif which in ("last", "the previous"):
            year = reference.year - 1
        else:  # of this year, unless those months are still ahead of the text's date
            year = reference.year if dt.date(reference.year, count, 1) <= reference else reference.year - 1
        if count == 6:  # the first half, labelled as one
            half = half_span(year, 1, match.group(0), match.start())
            out.append(_Pending(match.start(), match.end(), _fixed(half)))
            continue
        # (a part of a year keeps its precision, with narrowed bounds, like "the first half")
        span = months_span(year, 1, count, match.group(0), match.start(), precision="year")
        out.append(_Pending(match.start(), match.end(), _fixed(span)))
    return out


# --- putting it together -----------------------------------------------------------------


class _Pending:
    """A period whose dates depend on the dates before it in the paragraph."""

    __slots__ = ("offset", "end", "resolve")

    def __init__(self, offset: int, end: int, resolve: Callable[[list[DateSpan]], DateSpan | None]):
        self.offset, self.end, self.resolve = offset, end, resolve


def _last(spans: list[DateSpan], before: int, precisions: tuple[str, ...] | None = None) -> DateSpan | None:
    """The last span before `before` (of one of `precisions`, when given)."""
    for span in reversed(spans):
        if span.offset < before and (precisions is None or span.precision in precisions):
            return span
    return None


def _first(spans: list[DateSpan], after: int) -> DateSpan | None:
    return next((span for span in spans if span.offset >= after), None)


def _end(span: DateSpan) -> int:
    return span.offset + len(span.expression)


def add_periods(
    text: str, reference: dt.date, found: list[DateSpan], earlier: DateSpan | None = None
) -> list[DateSpan]:
    """`found` (the grammar's spans, in order) with the periods of this module added and the
    combinations above merged; a period that holds a span of `found` replaces it.

    `earlier` is the last date of the text before this one (a story's previous paragraph): what
    counts from "the paragraph's last date" counts from it when the paragraph names none before."""
    pending: list[_Pending] = []
    if "uarter" in text or "half" in text or "eriod" in text:
        pending.extend(p for p in (_period(m, text, reference) for m in _period_words(text)) if p is not None)
    pending.extend(_nouns(text, reference))
    pending.extend(_times(text, reference))
    if "months" in text:
        pending.extend(_first_months(text, reference))
    spans = _combine(text, reference, found)
    if not pending:
        return _year_ago_quarters(text, reference, spans)
    pending.sort(key=lambda p: (p.offset, -p.end))
    kept: list[_Pending] = []
    for item in pending:  # the longest of overlapping periods
        if kept and item.offset < kept[-1].end:
            continue
        kept.append(item)
    result: list[DateSpan] = []
    queue = sorted(spans, key=lambda s: s.offset)
    index = 0
    for item in kept:
        overruled = False
        while index < len(queue) and queue[index].offset < item.offset:
            span = queue[index]
            index += 1
            if _end(span) > item.offset and not (span.offset >= item.offset and _end(span) <= item.end):
                result.append(span)  # a grammar span that overlaps the period without fitting inside it wins
                overruled = True
                break
            result.append(span)
        if overruled:
            continue
        # grammar spans inside the period give way to it; one reaching past it keeps its place
        inside = []
        while index < len(queue) and queue[index].offset < item.end:
            inside.append(queue[index])
            index += 1
        if any(_end(span) > item.end for span in inside):
            result.extend(inside)
            continue
        # "the spring of the following year": the year counts from the date before the spring
        part = result[-1] if result and _yearless_part_of(result[-1], item.offset, text) else None
        before = result[:-1] if part else result
        resolved = item.resolve([earlier, *before] if earlier is not None else before)
        if resolved is None:
            result.extend(inside)
        elif part is not None and resolved.precision == "year":
            result[-1] = _part_of_year(part, resolved, text)
        else:
            result.append(resolved)
    result.extend(queue[index:])
    return _year_ago_quarters(text, reference, result)


_OF_YEAR = re.compile(r"\s+of\s+")


def _yearless_part_of(part: DateSpan, at: int, text: str) -> bool:
    """Whether `part` is a season or month without a year followed by "of" and the period at `at`."""
    return (
        part.precision in ("season", "month")
        and not any(c.isdigit() for c in part.expression)
        and _OF_YEAR.fullmatch(text, _end(part), at) is not None
    )


def _part_of_year(part: DateSpan, year: DateSpan, text: str) -> DateSpan:
    """A season or month without a year of its own in the year a period names: "in the spring of
    the following year", "in March of that year"."""
    expression = text[part.offset : _end(year)]
    if part.precision == "month":
        return month_span(year.start.year, part.start.month, expression, part.offset)
    season = next(name for name, first in SEASON_MONTHS.items() if first == part.start.month)
    return season_span(season, year.start.year, expression, part.offset)


_YEAR_AGO = re.compile(r"(?i)(?:a|one)\s+year\s+ago")
_PER_SHARE = re.compile(r"(?i)\b(?:a|per)\s+share\b")


def _reported_quarter(text: str, at: int, reference: dt.date) -> tuple[int, int] | None:
    """The quarter a results statement with no period named reports on: the last completed
    one, when the sentence gives per-share figures ("net of $1.1 million, or four cents a
    share, a year ago") outside the season of annual results (January to March)."""
    if reference.month <= 3:
        return None
    bounds = sentence_bounds(text, at)
    if _PER_SHARE.search(text, bounds.start, bounds.stop) is None:
        return None
    return _shift_quarter(*_quarter_of(reference), -1)


def _year_ago_quarters(text: str, reference: dt.date, spans: list[DateSpan]) -> list[DateSpan]:
    """'Third-quarter sales fell to $1.2 billion from $1.4 billion a year ago': in a paragraph
    on a quarter, "a year ago" is that quarter a year before."""
    for number, span in enumerate(spans):
        if span.precision != "year" or not _YEAR_AGO.fullmatch(span.expression):
            continue
        quarter = _last(spans, span.offset, ("quarter",))
        if quarter is None:
            reported = _reported_quarter(text, span.offset, reference)
            if reported is not None:
                spans[number] = quarter_span(reported[0] - 1, reported[1], span.expression, span.offset)
            continue
        y, q = _quarter_of(quarter.start)
        if not (y < reference.year and _OFFSET_WORDS.search(quarter.expression)):
            y -= 1
        spans[number] = quarter_span(y, q, span.expression, span.offset)
    return spans


_BEFORE_WEEKDAY = re.compile(
    r"(?i)\b(?:(?:at|about|around|before|after|until|by|in\s+the)\s+)?"
    r"(?:noon|midnight|early|late|(?:(?:early|late|mid)[\s-]?)?(?:morning|afternoon|evening))\s+$"
)
_AFTER_DAY = re.compile(rf"(?i)\s+(?:{_DAY_PART})\b")
_YEAR_AFTER_MONTH = re.compile(r"(?i),?\s+(last|this|next)\s+year\b")
_DATE_AFTER_WEEKDAY = re.compile(r",?\s+(?:\(\s*)?")
_TIME_BEFORE_DAY = re.compile(
    r"(?i)(?<![\w.:$])(?:[1-9]|1[0-2])(?::[0-5]\d)?\s*(?:[ap]\.m\.|[ap]m\b)(?:\s+(?:[ECMP][SD]T|GMT))?,?\s+$"
)


def _combine(text: str, reference: dt.date, found: list[DateSpan]) -> list[DateSpan]:
    """Join the grammar's spans that state one date together ("June last year",
    "Saturday, April 25", "Friday evening", "5 p.m. EST, Nov. 6")."""
    spans: list[DateSpan] = []
    for span in found:
        previous = spans[-1] if spans else None
        if previous is not None and span.precision == "year" and previous.precision in ("month", "day"):
            gap = text[_end(previous) : span.offset + len(span.expression)]
            which = _YEAR_AFTER_MONTH.fullmatch(gap)
            if which is not None and not any(c.isdigit() for c in previous.expression[-4:]):
                year = span.start.year
                spans[-1] = _in_year(previous, year, text[previous.offset : _end(span)])
                continue
        if previous is not None and span.precision == "day" and _is_weekday(previous) and previous.precision == "day":
            gap = text[_end(previous) : span.offset]
            if _DATE_AFTER_WEEKDAY.fullmatch(gap):
                spans[-1] = _weekday_date(previous, span, text, reference)
                continue
        if span.precision == "day":
            span = _with_day_parts(span, text)
        spans.append(span)
    return spans


def _is_weekday(span: DateSpan) -> bool:
    return span.expression.split()[-1].lower() in _WEEKDAY_NUMBER


def _in_year(span: DateSpan, year: int, expression: str) -> DateSpan:
    if span.precision == "month":
        return month_span(year, span.start.month, expression, span.offset)
    day = safe_date(year, span.start.month, span.start.day) or span.start
    return day_span(day, expression, span.offset)


def _weekday_date(weekday: DateSpan, date: DateSpan, text: str, reference: dt.date) -> DateSpan:
    """'Saturday, April 25': the date, in the year (of three around the text's) where it falls
    on that weekday when the date states no year."""
    expression = text[weekday.offset : _end(date)]
    day = date.start
    if not re.search(r"\d{4}", date.expression):
        number = _WEEKDAY_NUMBER[weekday.expression.split()[-1].lower()]
        fitting = [
            d
            for d in (safe_date(reference.year + k, day.month, day.day) for k in (0, -1, 1))
            if d is not None and d.weekday() == number
        ]
        if fitting:
            day = fitting[0]
    return day_span(day, expression, weekday.offset)


def _with_day_parts(span: DateSpan, text: str) -> DateSpan:
    """'Friday evening', 'noon Saturday', 'yesterday afternoon', '5 p.m. EST, Nov. 6': one day."""
    start, end = span.offset, _end(span)
    before = _BEFORE_WEEKDAY.search(text, max(0, start - 24), start) or _TIME_BEFORE_DAY.search(
        text, max(0, start - 24), start
    )
    after = _AFTER_DAY.match(text, end)
    if before is None and after is None:
        return span
    if before is not None:
        start = before.start()
    if after is not None:
        end = after.end()
    return with_text(span, text[start:end], start)
