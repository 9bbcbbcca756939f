"""The Spanish, Portuguese, French, Italian, Catalan (and Polish, Arabic, Greek and German) part of the date grammar: a day,
a span of days or a month with its year, as a news agency of those languages writes them.

`reportgen.analysis.dates` tries it at a number followed by a month of these languages (and at a
year after one), so English text never reaches it.  Labels stay English, as for Russian and Kazakh.

Forms: "7 de enero de 2027", "1.º de marzo de 2026", "7 de janeiro de 2027", "7 janvier 2027", "7 gennaio 2027",
"1er mars 2026", German "3. Februar 2027", "del 9 al 11 de noviembre de 2026", "de 9 a 11 de novembro de 2026", "du 9 au
11 novembre 2026", "9 y 10 de noviembre de 2026" (a span of two days), "en noviembre de 2026" /
"novembre 2026" (a month), and a day without a year, "el 17 de marzo", placed by the text's date
like "17 March"; Greek "18 Νοεμβρίου 2026", "τον Μάρτιο του 2027".
"""

from __future__ import annotations

import re

from reportgen.month_words import CAPITALISED as _CAPITALISED
from reportgen.month_words import MONTHS as _MONTHS

# (lower case only, as these languages write months: "7 Mai" in an English text is no date of theirs; Greek
# capitalises them)
_MONTH = "(?:" + "|".join(sorted([*_MONTHS, *_CAPITALISED], key=len, reverse=True)) + ")"
# (German's point only before a German month or a span's "bis"/"und": a year ending an English sentence, "in 2026. The
# ...", tries no month after it)
_ORDINAL = r"(?:\.?[º°ª]|er|\.(?=\s+(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|bis|und)\s))?"  # "1.º de marzo", "1º de maio", "1er mars", German "3. Februar"
_OF = r"\s+(?:de|del|do|του)\s+"  # between a day, its month and its year ("τον Μάρτιο του 2027")
_DAY_MONTH = rf"(?P<day>\d{{1,2}}){_ORDINAL}(?:{_OF}|\s+)(?P<month>{_MONTH})(?![\w])"
_YEAR_AFTER = rf"(?:{_OF}|,?\s+)(?P<year>\d{{4}})(?!\d)"
_TO = r"\s+(?:al|a|au|y|e|et|bis|und)\s+"  # "del 9 al 11", "de 9 a 11", "du 9 au 11", "9 y 10", "9 e 10", "9 et 10", "9. bis 10."

# At a number, tried in this order: a span of days, a day with its year, a day without one.
FORMS = (
    ("range", re.compile(rf"(?P<first>\d{{1,2}}){_ORDINAL}{_TO}{_DAY_MONTH}{_YEAR_AFTER}")),
    ("dated", re.compile(rf"{_DAY_MONTH}{_YEAR_AFTER}")),
    ("yearless", re.compile(_DAY_MONTH)),
)


def match(text: str, start: int) -> tuple[str, re.Match[str]] | None:
    """(form, match) of the first form that matches at `start`, or None."""
    for form, pattern in FORMS:
        found = pattern.match(text, start)
        if found is not None:
            return form, found
    return None


# What a number must be followed by for the grammar to be worth trying: a month, or a span's second day.
AFTER_NUMBER = re.compile(
    rf"{_ORDINAL}(?:(?:{_OF}|\s+){_MONTH}(?![\w])|{_TO}\d{{1,2}}{_ORDINAL}(?:{_OF}|\s+){_MONTH}(?![\w]))"
)
# A month before a year: "(en) noviembre de 2026", "novembre 2026".
MONTH_BEFORE_YEAR = re.compile(rf"(?P<month>{_MONTH})(?:{_OF}|\s+)$")


# The day a source told something on: "informó el 7 de enero de 2027 que la reunión se celebrará ...",
# "a annoncé le 7 janvier 2027 que ...": the day of the telling, not of what it tells (as English "said on
# Monday that ..." is read).
TOLD_ON = re.compile(
    r"\b(?:informó|anunció|dijo|declaró|señaló|afirmó|indicó|comunicó|confirmó|informou|anunciou|disse|declarou|"
    r"afirmou|indicou|confirmou|annoncé|déclaré|indiqué|informé|confirmé|précisé|"
    # the day figures were published: "Secondo i dati dell'ISTAT pubblicati martedì, ..."
    r"pubblicat[oaie]|publicad[oa]s?|publicou|publié(?:e|s|es)?|diffusé(?:e|s|es)?|divulgad[oa]s?)\s+(?:el|em|a|le|ce|il|lo)?\s*$"
)
TOLD_THAT = re.compile(r"\s+(?:que|qu['’])")


def month_number(word: str) -> int:
    return _MONTHS[word.lower()]
