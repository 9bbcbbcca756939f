"""Submission histories in forms the history reader of `paper` does not read as they stand, put in the
English lines it reads:

- a history in the journal's own language: "Rebut: 4 de març de 2026; revisat: 19 de maig de 2026; ...",
  "Recibido el 4 de marzo de 2026", "Reçu le 4 mars 2026", "Ricevuto il 4 marzo 2026",
  "Eingegangen am 4. März 2026" become "Received: 4 March 2026; revised: 19 May 2026; ...";
- a history that gives its year once, after the last date ("received on the 4th of March, revised on the
  19th of May ... and published online on the 20th of June 2026"), gets it after each date without one;
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
    if not any(ch.isdigit() for ch in line) or _STEP.search(line) is None:
        return line
    line = _STEP.sub(lambda found: next(key for key, word in found.groupdict().items() if word), line)
    return _DATE.sub(
        lambda found: f"{found.group(1)} {ENGLISH_MONTHS[_MONTH_NUMBER[found.group(2).lower()] - 1]} {found.group(3)}",
        line,
    )


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
