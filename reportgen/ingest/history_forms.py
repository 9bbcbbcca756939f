"""Submission histories in forms the history reader of `paper` does not read as they stand, put in the
English lines it reads:

- a history in the journal's own language: "Rebut: 4 de març de 2026; revisat: 19 de maig de 2026; ...",
  "Recibido el 4 de marzo de 2026", "Reçu le 4 mars 2026", "Ricevuto il 4 marzo 2026",
  "Eingegangen am 4. März 2026" become "Received: 4 March 2026; revised: 19 May 2026; ...";
- a history that gives its year once, after the last date ("received on the 4th of March, revised on the
  19th of May ... and published online on the 20th of June 2026"), gets it after each date without one;
- a history that gives a Hijri date in brackets beside each Gregorian one, or is written in Chinese with years of
  the Republic of China ("收稿日期：115年9月14日；...；線上出版：116年3月26日"), is read by its Gregorian dates;
- a history laid out as a Markdown table, its steps heading the columns over a row of dates
  ("| Received | Revised | ... |", "|---|---|", "| 4 March 2026 | 19 May 2026 | ... |") or one step and its
  date to a row ("| Received | 4 March 2026 |"), become one "step date" line each.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportgen.month_words import ENGLISH_MONTHS, MONTHS

# The steps in Spanish, Portuguese, Catalan, French, Italian and German (either gender), and what the
# language puts between a step and its date ("Recibido el", "Recebido em", "Reçu le", "Ricevuto il",
# "Eingegangen am").
_STEPS = {
    "Received": "recibid[oa]|recebid[oa]|rebut|rebuda|reçue?|recue?|ricevut[oa]|eingegangen|eingereicht|erhalten",
    "Revised": "revisad[oa]|revisada?|revisat|révisée?|revisee?|revisionat[oa]|rivist[oa]|überarbeitet",
    "Accepted": "aceptad[oa]|aceit[oa]|aceite|acceptada?|acceptat|acceptée?|accettat[oa]|angenommen",
    "Published": "publicad[oa]|publicada?|publicat|publiée?|publiee?|pubblicat[oa]|veröffentlicht|publiziert",
}
_STEP = re.compile(
    r"(?<![\w])(" + "|".join(f"(?P<{key}>{words})" for key, words in _STEPS.items()) + r")"
    r"(?:\s+(?:el|em|le|il|am|a|en|on))?(?=\s*:?\s*\d)",
    re.IGNORECASE,
)
# The months of the news date grammar, and German's, which it does not read (capitalised, "4. März 2026").
_GERMAN_MONTHS = "januar februar märz april mai juni juli august september oktober november dezember".split()
_MONTH_NUMBER = {**dict(zip(_GERMAN_MONTHS, range(1, 13))), "jänner": 1, **MONTHS}
# "4 de març de 2026", "4 d'abril de 2026", "1.º de marzo de 2026", "1er mars 2026", "4. März 2026"
_DATE = re.compile(
    r"\b(\d{1,2})(?:\.?[º°ª]|er|\.)?\s+(?:de\s+|del\s+|d['’])?("
    + "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
    + r")\s+(?:de\s+|del\s+)?(\d{4})\b",
    re.IGNORECASE,
)


def in_english(line: str) -> str:
    """The line with its steps and dates in English when it names a step in another language before a
    date; else the line as it is."""
    if not any(ch.isdigit() for ch in line):
        return line
    line = _other_calendars(line)
    if _STEP.search(line) is None:
        return line
    line = _STEP.sub(lambda found: next(key for key, word in found.groupdict().items() if word), line)
    return _DATE.sub(
        lambda found: f"{found.group(1)} {ENGLISH_MONTHS[_MONTH_NUMBER[found.group(2).lower()] - 1]} {found.group(3)}",
        line,
    )


def _other_calendars(line: str) -> str:
    """The line without the Hijri date a journal gives beside each Gregorian one ("Received: 12 May 2026 (25 Dhu
    al-Qa'dah 1447 AH)"), and with a Chinese history in English: "收稿日期：115年9月14日；...；線上出版：116年3月26日"
    (years of the Republic of China, the Minguo calendar, 1911 after the Gregorian) gives "Received: 14 September
    2026; ...; Published: 26 March 2027"."""
    if "(" in line and _HIJRI_BESIDE.search(line):
        line = _HIJRI_BESIDE.sub("", line)
    if "年" in line and "月" in line:
        line = _CHINESE_DATE.sub(_western_date, line)
        line = _CHINESE_STEP.sub(lambda found: _CHINESE_STEP_NAMES[found.group(1)], line)
        line = line.replace("：", ": ").replace("；", "; ").replace("，", ", ")
    return line


# "(25 Dhu al-Qa'dah 1447 AH)", "(7 Jumada al-Ula 1448 A.H.)": the Hijri date beside a Gregorian one
_HIJRI_BESIDE = re.compile(r"\s*\(\s*\d{1,2}\s+[^()\d]{2,30}?\s+1[345]\d\d\s*(?:AH|A\.H\.|H|SH|AP)\s*\)")
# "115年9月14日" (a Minguo year), "2026年3月4日"; "民國" may name the era
_CHINESE_DATE = re.compile(r"(?:民國|民国)?\s*(\d{2,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_CHINESE_STEP_NAMES = {
    "收稿": "Received",
    "收件": "Received",
    "投稿": "Received",
    "修訂": "Revised",
    "修订": "Revised",
    "修改": "Revised",
    "接受": "Accepted",
    "錄用": "Accepted",
    "录用": "Accepted",
    "出版": "Published",
    "刊登": "Published",
    "發表": "Published",
    "发表": "Published",
}
_CHINESE_STEP = re.compile(
    r"(?:線上|线上|網路|网络)?(" + "|".join(_CHINESE_STEP_NAMES) + r")(?:日期|時間|时间|日)?(?=\s*[：:])"
)


def _western_date(found: re.Match[str]) -> str:
    year, month, day = (int(found.group(k)) for k in (1, 2, 3))
    if year < 1000:
        year += 1911  # the Minguo calendar counts from 1912, its year 1
    if not 1 <= month <= 12:
        return found.group(0)
    return f"{day} {ENGLISH_MONTHS[month - 1]} {year}"


_ROW = re.compile(r"^\|(.*)\|$")
_RULE_CELL = re.compile(r"^:?-+:?$")


def table_lines(lines: Sequence[str]) -> list[str] | None:
    """The "step date" lines of a history laid out as a Markdown table, or None when the lines are no
    such table (each line a row between bars, a rule of dashes under the first)."""
    rows = []
    for line in lines:
        found = _ROW.match(line.strip())
        if found is None:
            return None
        rows.append([cell.strip() for cell in found.group(1).split("|")])
    if len(rows) < 2 or not all(_RULE_CELL.match(cell) for cell in rows[1]):
        return None
    head, body = rows[0], rows[2:]
    if not body or any(len(row) != len(head) for row in body):
        return None
    if len(head) == 2:
        # one step and its date to a row, under a heading row ("| Step | Date |") or none
        steps = [head, *body] if _dated(head[1]) else body
        if all(not _dated(step) and _dated(date) for step, date in steps):
            return [f"{step} {date}" for step, date in steps]
    if len(body) == 1 and not any(_dated(step) for step in head):
        return [f"{step} {date}" for step, date in zip(head, body[0])]  # the steps head the columns
    return None


def _dated(cell: str) -> bool:
    return any(ch.isdigit() for ch in cell)


# English month words, whole or cut ("Mar", "Sept"), for a day and month without a year.
_ENGLISH_MONTH_WORDS = "|".join(
    sorted({*ENGLISH_MONTHS, *(name[:3] for name in ENGLISH_MONTHS), "Sept"}, key=len, reverse=True)
)
_ENGLISH_MONTH_NUMBER = {name[:3].lower(): number for number, name in enumerate(ENGLISH_MONTHS, 1)}
# "the 4th of March", "4 March", "March 4" with no year after them
_YEARLESS = re.compile(
    rf"(?:\b(?:[Tt]he\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<after>{_ENGLISH_MONTH_WORDS})\b"
    rf"|\b(?P<before>{_ENGLISH_MONTH_WORDS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b)(?!\.?,?\s+(?:of\s+)?\d{{4}}|\d)"
)
# the line's last date, with its year
_LAST_DATED = re.compile(
    rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<after>{_ENGLISH_MONTH_WORDS})\.?,?"
    rf"|\b(?P<before>{_ENGLISH_MONTH_WORDS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?)\s+(?P<year>\d{{4}})\b(?!.*\d{{4}})"
)


def year_told_last(line: str) -> str:
    """The line with the year of its last date after each earlier date without one, when those dates run in
    order up to it ("received on the 4th of March, ... published online on the 20th of June 2026"); else the
    line as it is."""
    last = _LAST_DATED.search(line)
    if last is None:
        return line
    yearless = list(_YEARLESS.finditer(line, 0, last.start()))
    if not yearless:
        return line
    months = [_month_of(found) for found in yearless] + [_month_of(last)]
    if months != sorted(months):
        return line  # ("in December ... on 3 March 2026": not one year's steps)
    out, end = [], 0
    for found in yearless:
        out += [line[end : found.end()], f" {last.group('year')}"]
        end = found.end()
    return "".join(out) + line[end:]


def _month_of(found: re.Match[str]) -> int:
    return _ENGLISH_MONTH_NUMBER[(found.group("after") or found.group("before"))[:3].lower()]
