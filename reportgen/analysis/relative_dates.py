"""Resolve date words that need the text's own date: "last year", "on Tuesday", "in September".

Each is placed in the adjacent occurrence the context implies: "last"/"next"/"this"
decide; otherwise future wording in its sentence ("will", "upcoming", "planned", "due")
picks the next occurrence, past wording ("was", "held", "-ed") the previous one, and with
no cue the nearest one wins.
"""
from __future__ import annotations

import datetime as dt
import re

from reportgen.analysis.date_spans import MONTH_NAMES, DateSpan, day_label, month_end, range_label, safe_date, season_span

_NOWADAYS = re.compile(r"(?i)\b(?:of|until|till|up\s+to|world|worldwide|face|faces|facing|exist|exists|remain|remains)\s+$")
# Spelled with explicit capitals rather than (?i): case-folding makes the engine slower.
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_RELATIVE = re.compile(
    r"\b(?:(?P<day>[Yy]esterday|[Tt]oday|[Tt]omorrow)"
    r"|(?P<which>[Ll]ast|[Tt]his|[Nn]ext|[Pp]revious|[Cc]urrent|[Cc]oming)\s+(?P<unit>year|month|week)"
    rf"|(?:(?P<wwhich>[Ll]ast|[Tt]his|[Nn]ext)\s+)?(?P<weekday>{'|'.join(WEEKDAYS)})"
    r"|(?P<swhich>[Ll]ast|[Tt]his|[Nn]ext|[Tt]he|in)\s+(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)"
    r"(?!\s+(?:of\s+)?\d)"
    r"|(?P<count>\d{1,2}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)\s+"
    r"(?P<ago>year|month|week|day)s?\s+ago)\b"
)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}
_WEEKDAY_NUMBER = {name.lower(): number for number, name in enumerate(WEEKDAYS)}
_FUTURE = re.compile(
    r"(?i)\b(?:will|shall|upcoming|forthcoming|planned|plans?|scheduled|expected|due|next|to\s+be\s+held|to\s+take\s+place|is\s+to|are\s+to|going\s+to|intends?"
    # Russian: "будет", "состоится", "пройдёт", "планируется", "предстоящий", "следующий"
    r"|будет|будут|состоится|состоятся|пройд[её]т|пройдут|планиру\w*|запланирован\w*|предстоящ\w*|намечен\w*|ожидает\w*|следующ\w*"
    # Kazakh: "өтеді", "өткізіледі", "болады", "алдағы", "жоспарлануда", "келесі", "өтетін"
    r"|өтеді|өтпек|өткізіледі|ұйымдастырылады|болады|алдағы|жоспарлан\w*|күтілуде|келесі|\w{2,}(?:етін|атын|йтын|йтін))\b"
)
_PAST = re.compile(
    r"(?i)\b(?:was|were|had|did|held|took|met|began|signed|last|previous|earlier|ago|\w{3,}ed"
    # Russian: "был", "прошла", "состоялась", "подписали", "заявил"
    r"|был[аои]?|прош[её]л|прошл[аои]|прошедш\w*|\w{3,}(?:лся|лась|лось|лись)|\w{3,}(?:али|яли|или|ели)"
    r"|подписал\w*|заявил\w*|отметил\w*|провел\w*|провёл|посетил\w*|принял\w*|обсудил\w*|открыл\w*|встретил\w*|сообщил\w*|прибыл\w*"
    # Kazakh: "өтті", "болды", "келді", "қол қойды"; passive past "өткізілді", "қабылданды", "ашылды"
    r"|өтті|болды|келді|барды|қойды|берді|алды|айтты|етті|кездесті|қатысты|талқылады|мәлімдеді|өткізді|өткен"
    r"|\w{2,}(?:ылды|ілді|лды|лді|нды|нді))\b"
)


def sounds_future(text: str) -> bool:
    """Whether the text speaks of something still to come ("will", "upcoming", "будет", "өтеді")."""
    return _FUTURE.search(text) is not None


def may_be_relative(text: str) -> bool:
    """Substring tests for relative words (first letters left out, so no lower-casing)."""
    if ("day" in text or "orrow" in text or " ago" in text  # today, Monday, tomorrow, 3 days ago
            or "ummer" in text or "utumn" in text or "pring" in text or "winter" in text or "Winter" in text):
        return True
    return (" year" in text or " month" in text or " week" in text) and (
        "ast " in text or "his " in text or "ext " in text or "revious " in text
        or "urrent " in text or "oming " in text
    )


def sentence_around(text: str, at: int) -> str:
    """Roughly the sentence around `at`: enough to read its tense from."""
    start = text.rfind(". ", 0, at) + 1
    end = text.find(". ", at)
    return text[start:end if end >= 0 else len(text)]


def pick_year(text: str, reference: dt.date, month: int, day: int | None, which: str) -> int | None:
    this = (month, day or 1)
    now = (reference.month, reference.day if day else 1)
    if which == "this" or this == now:
        return reference.year
    later = reference.year if this > now else reference.year + 1
    earlier = reference.year if this < now else reference.year - 1
    if which == "next":
        return later
    if which == "last":
        return earlier
    if _FUTURE.search(text):
        return later
    if _PAST.search(text):
        return earlier
    candidates = [y for y in (earlier, later) if safe_date(y, month, day or 1)]
    if not candidates:
        return None
    return min(candidates, key=lambda y: (abs((dt.date(y, month, day or 1) - reference).days), y))


# Substrings that spot candidates ("inter" alone would fire on every "international").
_RELATIVE_KEYS = ("day", "omorrow", "pring", "ummer", "utumn", "winter", "Winter",
                  " year", " month", " week", " ago")


def _relative_matches(text: str) -> list[re.Match[str]]:
    """_RELATIVE matches, tried only where str.find spots a key word (a full regex scan is slow).

    At each key the match is tried from the word before ("last", "next", "the") and
    then from the key's own word.
    """
    found: dict[int, re.Match[str]] = {}
    for key in _RELATIVE_KEYS:
        at = text.find(key)
        while at >= 0:
            word = at + 1 if key[0] == " " else _word_start(text, at)
            if key == " ago":  # "two years ago": the count is two words before "ago"
                word = _word_start(text, max(_word_start(text, at) - 1, 0))
            for start in (_word_start(text, max(word - 1, 0)) if word else 0, word):
                match = _RELATIVE.match(text, start)
                if match and (start == 0 or not text[start - 1].isalnum()):
                    found.setdefault(start, match)
                    break
            at = text.find(key, at + 1)
    matches, end = [], -1
    for start in sorted(found):  # drop a shorter match inside a longer one ("Tuesday" in "last Tuesday")
        if start >= end:
            matches.append(found[start])
            end = found[start].end()
    return matches


def _word_start(text: str, at: int) -> int:
    """Index where the word containing (or just before) `at` begins."""
    while at > 0 and text[at - 1] == " ":
        at -= 1
    while at > 0 and text[at - 1].isalnum():
        at -= 1
    return at


def relative_spans(text: str, reference: dt.date) -> list[DateSpan]:
    spans = []
    for match in _relative_matches(text):
        expression, offset = match.group(0), match.start()
        if match.group("day"):
            word = match.group("day").lower()
            if word == "today" and (_NOWADAYS.search(text, max(0, offset - 16), offset) or text.startswith(("'s", "’s"), match.end())):
                continue  # "the challenges archives face today", "today's world": nowadays, not a date
            day = reference + dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[word])
            spans.append(DateSpan(day, day, "day", day_label(day), expression, offset))
            continue
        if match.group("weekday"):
            day = _weekday(match, text, reference)
            spans.append(DateSpan(day, day, "day", day_label(day), expression, offset))
            continue
        if match.group("season"):
            if match.group("season")[0].isupper() and match.group("swhich").lower() in ("the", "in"):
                continue  # "the Winter Olympics", "the Spring Festival": a name
            span = _bareseason_span(match, text, reference)
            if span is not None:
                spans.append(span)
            continue
        if match.group("ago"):
            spans.append(_ago(match, reference))
            continue
        which, unit = match.group("which").lower(), match.group("unit").lower()
        if which == "current":
            which = "this"
        step = {"last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[which]
        if unit == "year":
            year = reference.year + step
            spans.append(DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", str(year), expression, offset))
        elif unit == "month":
            index = reference.year * 12 + reference.month - 1 + step
            year, month = divmod(index, 12)
            spans.append(DateSpan(dt.date(year, month + 1, 1), month_end(year, month + 1), "month",
                                  f"{MONTH_NAMES[month]} {year}", expression, offset))
        else:
            monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=step)
            sunday = monday + dt.timedelta(days=6)
            spans.append(DateSpan(monday, sunday, "range", range_label(monday, sunday), expression, offset))
    return spans


def _weekday(match: re.Match[str], text: str, reference: dt.date) -> dt.date:
    """'on Tuesday' placed like a yearless month: last/next/this, then tense, then nearest."""
    back = (reference.weekday() - _WEEKDAY_NUMBER[match.group("weekday").lower()]) % 7
    previous = reference - dt.timedelta(days=back or 7)
    following = reference + dt.timedelta(days=(7 - back) or 7)
    which = (match.group("wwhich") or "").lower()
    if which == "last":
        return previous
    if which == "next":
        return following
    if back == 0:
        return reference
    if which == "this":
        return reference - dt.timedelta(days=back) if back <= reference.weekday() else following
    clause = sentence_around(text, match.start())
    if _FUTURE.search(clause):
        return following
    if _PAST.search(clause):
        return previous
    return previous if back <= 3 else following


def _bareseason_span(match: re.Match[str], text: str, reference: dt.date) -> DateSpan | None:
    """'in the autumn', 'last summer': the season instance the context points to."""
    name = match.group("season").lower()
    instances = [season_span(name, year, "", 0) for year in (reference.year - 2, reference.year - 1, reference.year, reference.year + 1)]
    which = match.group("swhich").lower()
    before = [s for s in instances if s.end < reference]
    current = [s for s in instances if s.start <= reference <= s.end]
    after = [s for s in instances if s.start > reference]
    if which == "last":
        chosen = before[-1]
    elif which == "next":
        chosen = after[0]
    elif current:  # "this summer" or "in the summer" said during the summer
        chosen = current[0]
    elif which == "this":
        chosen = next(s for s in instances if s.start.year == reference.year)
    else:
        clause = sentence_around(text, match.start())
        if _FUTURE.search(clause):
            chosen = after[0]
        elif _PAST.search(clause):
            chosen = before[-1]
        else:
            chosen = min((before[-1], after[0]), key=lambda s: min(abs((s.start - reference).days), abs((s.end - reference).days)))
    return DateSpan(chosen.start, chosen.end, "season", chosen.label, match.group(0), match.start())


def _ago(match: re.Match[str], reference: dt.date) -> DateSpan:
    """'two years ago' is the year two before the reference; days, weeks and months alike."""
    count_word, unit = match.group("count").lower(), match.group("ago")
    count = int(count_word) if count_word.isdigit() else _COUNTS[count_word]
    expression, offset = match.group(0), match.start()
    if unit == "year":
        year = reference.year - count
        return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", str(year), expression, offset)
    if unit == "month":
        year, month = divmod(reference.year * 12 + reference.month - 1 - count, 12)
        return DateSpan(dt.date(year, month + 1, 1), month_end(year, month + 1), "month",
                        f"{MONTH_NAMES[month]} {year}", expression, offset)
    if unit == "week":
        monday = reference - dt.timedelta(days=reference.weekday(), weeks=count)
        sunday = monday + dt.timedelta(days=6)
        return DateSpan(monday, sunday, "range", range_label(monday, sunday), expression, offset)
    day = reference - dt.timedelta(days=count)
    return DateSpan(day, day, "day", day_label(day), expression, offset)
