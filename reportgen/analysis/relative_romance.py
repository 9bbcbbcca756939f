"""Spanish, Portuguese, French, Italian, Catalan and Polish date words that need the text's own date, resolved like
the English ones of `reportgen.analysis.relative_dates` (labels stay English).

- A weekday, as these languages write it (lower case): "recibió el lunes", "partió el martes pasado",
  "se reunirán el próximo jueves", "na segunda-feira", "a reçu lundi", "jeudi dernier", "giovedì scorso",
  "lunedì prossimo".  Last or next when a word says so; else the next one when the sentence speaks of the
  future ("se celebrará", "aura lieu", "si terrà"), else the last (news tells what was done); the text's own
  day when it is that weekday.  Portuguese weekdays only with "-feira" ("a segunda reunião" is no Monday);
  Polish ones as "w" or "we" puts them ("We wtorek", "w środę").
- Turkish weekdays with "günü" or a word for last or next ("Salı günü", "geçen Cuma") and weeks, months and years
  ("geçen ay", "önümüzdeki yıl").
- German weekdays after "am" ("am Dienstag", "am vergangenen Freitag") and weeks, months and years with a word for
  last or next ("vergangene Woche", "im kommenden Jahr").
- A week, a month or a year before or after the text's: "la semana pasada", "el mes pasado", "el año
  pasado", "el próximo mes", "o mês passado", "no ano que vem", "la semaine dernière", "le mois prochain",
  "l'année dernière", "l'an dernier", "il mese scorso", "l'anno prossimo", "la settimana scorsa".
"""

from __future__ import annotations

import datetime as dt
import re

from reportgen.analysis.dates_romance import TOLD_ON
from reportgen.analysis.date_spans import MONTH_NAMES, DateSpan, day_label, month_end, range_label

_WEEKDAYS = {
    "lunes": 0, "segunda-feira": 0, "lundi": 0, "lunedì": 0, "lunedi": 0, "dilluns": 0,
    "martes": 1, "terça-feira": 1, "terca-feira": 1, "mardi": 1, "martedì": 1, "martedi": 1, "dimarts": 1,
    "miércoles": 2, "miercoles": 2, "quarta-feira": 2, "mercredi": 2, "mercoledì": 2, "mercoledi": 2,
    "dimecres": 2,
    "jueves": 3, "quinta-feira": 3, "jeudi": 3, "giovedì": 3, "giovedi": 3, "dijous": 3,
    "viernes": 4, "sexta-feira": 4, "vendredi": 4, "venerdì": 4, "venerdi": 4, "divendres": 4,
    "sábado": 5, "samedi": 5, "sabato": 5, "dissabte": 5,
    "domingo": 6, "dimanche": 6, "domenica": 6, "diumenge": 6,
    # Romanian ("a aprobat miercuri", "vinerea trecută"; not "luni", also "months")
    "marți": 1, "marti": 1, "miercuri": 2, "joi": 3, "vineri": 4, "sâmbătă": 5, "sambata": 5, "duminică": 6,
    "duminica": 6,
    # Polish, as "w" or "we" puts them ("We wtorek", "w piątek", "w środę")
    "poniedziałek": 0, "wtorek": 1, "środę": 2, "środa": 2, "czwartek": 3, "piątek": 4, "sobotę": 5,
    "sobota": 5, "niedzielę": 6, "niedziela": 6,
}  # fmt: skip
_LAST = r"pasad[oa]|passad[oa]|derni[eè]re?|scors[oa]|passat|passada|ubiegł[ya]|zeszł[ya]|trecut[ăa]?"
_NEXT = (
    r"pr[oó]xim[oa]|prochaine?|prossim[oa]|que\s+vem|que\s+viene|vinent|seguinte|siguiente|przyszł[ya]|viitoare|viitor"
)
_WEEKDAY = "|".join(sorted(map(re.escape, _WEEKDAYS), key=len, reverse=True))
_UNITS = {
    "semana": "week", "semaine": "week", "settimana": "week", "setmana": "week",
    "mes": "month", "mês": "month", "mois": "month", "mese": "month",
    "año": "year", "ano": "year", "année": "year", "an": "year", "anno": "year", "any": "year",
}  # fmt: skip
_UNIT = "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True))
_ARTICLE = r"(?i:el|la|lo|le|l['’]|il|o|a|na|no|nel|nella|ce|cette|este|esta|questo|questa|aquest|aquesta)\s*"
_RELATIVE = re.compile(
    rf"(?<![\w-])(?:(?P<wbefore>{_LAST}|{_NEXT})\s+)?(?P<weekday>{_WEEKDAY})(?![\w-])(?:\s+(?P<wafter>{_LAST}|{_NEXT}))?"
    rf"|(?<![\w-]){_ARTICLE}(?:(?P<ubefore>{_LAST}|{_NEXT})\s+)?(?P<unit>{_UNIT})(?![\w-])"
    rf"(?:\s+(?P<uafter>{_LAST}|{_NEXT}))?"
)
_IS_NEXT = re.compile(rf"^(?:{_NEXT})$")
# The future of these languages, by its endings and auxiliaries: "se celebrará", "visitarán", "viajará",
# "sera", "aura lieu", "se tiendra", "signeront", "si terrà", "firmeranno", "vai visitar", "irá".
_FUTURE = re.compile(
    r"\b\w{2,}(?:rá|rán|rão|rà|ranno|ront|rons)\b|\b(?:sera|seront|aura|auront|tiendra|vai|vão|irá|va|vont)\s"
    r"|\b(?:prevista?|previsto|prevue?|programad[oa]|previst[oa]|odbędzie|odbędą|będzie|będą|planowan[aey]|va|vor|urmează)\b",
    re.IGNORECASE,
)
# German, as its news writes them: "am Dienstag", "am vergangenen Freitag", "vergangene Woche", "im kommenden Jahr"
# (weekdays and units capitalised, so only after "am" or a word for last or next).
_GERMAN_WEEKDAYS = {
    "Montag": 0,
    "Dienstag": 1,
    "Mittwoch": 2,
    "Donnerstag": 3,
    "Freitag": 4,
    "Samstag": 5,
    "Sonntag": 6,
}
_GERMAN_LAST = r"vergangene[nrs]?|letzte[nrs]?|vorige[nrs]?"
_GERMAN_NEXT = r"nächste[nrs]?|kommende[nrs]?"
_GERMAN = re.compile(
    rf"(?<![\w-])am\s+(?:(?P<wwhich>{_GERMAN_LAST}|{_GERMAN_NEXT})\s+)?(?P<weekday>{'|'.join(_GERMAN_WEEKDAYS)})\b"
    rf"|(?<![\w-])(?:(?:[Ii]m|[Ii]n\s+der)\s+)?(?P<uwhich>(?i:{_GERMAN_LAST}|{_GERMAN_NEXT}))\s+(?P<unit>Woche|Monat|Jahr)\b"
)
_GERMAN_IS_NEXT = re.compile(rf"^(?:{_GERMAN_NEXT})$")
_GERMAN_UNITS = {"Woche": "week", "Monat": "month", "Jahr": "year"}
_GERMAN_FUTURE = re.compile(r"\b(?:wird|werden|soll|sollen|wollen|plant|planen)\b")
# Turkish: "Salı günü" (on Tuesday), "geçen Cuma" (last Friday), "geçen ay" (last month), "önümüzdeki yıl" (next
# year); a weekday only with "günü" or a word for last or next ("Pazar" is also a market).
_TURKISH_WEEKDAYS = {"pazartesi": 0, "salı": 1, "çarşamba": 2, "perşembe": 3, "cuma": 4, "cumartesi": 5, "pazar": 6}
_TURKISH_LAST = r"geçen|geçtiğimiz"
_TURKISH_NEXT = r"önümüzdeki|gelecek"
# (the date grammar reads "ı" folded to "i": "Sali günü", "geçen yil")
_TURKISH_WEEKDAYS.update({day.replace("ı", "i"): n for day, n in _TURKISH_WEEKDAYS.items() if "ı" in day})
_TURKISH_DAY = "|".join(
    sorted((*_TURKISH_WEEKDAYS, *(d.capitalize() for d in _TURKISH_WEEKDAYS)), key=len, reverse=True)
)
_TURKISH = re.compile(
    rf"(?<![\w-])(?:(?P<wwhich>(?i:{_TURKISH_LAST}|{_TURKISH_NEXT}))\s+(?P<weekday>{_TURKISH_DAY})(?:\s+günü)?"
    rf"|(?P<lone>{_TURKISH_DAY})\s+günü)(?![\w-])"
    rf"|(?<![\w-])(?P<uwhich>(?i:{_TURKISH_LAST}|{_TURKISH_NEXT}))\s+(?P<unit>hafta|ay|yıl|yil|sene)(?![\w-])"
)
_TURKISH_IS_NEXT = re.compile(rf"^(?:{_TURKISH_NEXT})$")
_TURKISH_UNITS = {"hafta": "week", "ay": "month", "yıl": "year", "yil": "year", "sene": "year"}
# (the future by its suffix: "yapılacak", "düzenlenecek", "imzalanacağını")
_TURKISH_FUTURE = re.compile(r"\w(?:acak|ecek|acağ|eceğ)\w*")
# Substrings one of which every form holds (checked before the regex runs): a weekday, or a word for last or next.
_KEYS = (
    *_WEEKDAYS,
    *"pasad passad derni scors passat próxim proxim prochain prossim que vem vinent seguinte siguiente".split(),
    *"ubiegł zeszł przyszł trecut viitor".split(),
    *(day.lower() for day in _GERMAN_WEEKDAYS),
    *"vergangen letzte vorige nächste kommende".split(),
    *"günü geçen geçtiğimiz önümüzdeki gelecek".split(),
)


def may_be_relative(text: str) -> bool:
    lower = text.lower()
    return any(key in lower for key in _KEYS)


def relative_spans(text: str, reference: dt.date) -> list[DateSpan]:
    """The spans of the weekdays and the weeks, months and years before or after `reference` that `text` names
    in these languages."""
    spans = []
    for match in _RELATIVE.finditer(text):
        if match.group("weekday"):
            which = match.group("wbefore") or match.group("wafter")
            if which is None and match.group("weekday")[0].isupper() and not _opens_sentence(text, match.start()):
                continue  # ("Martes", a name)
            if TOLD_ON.search(text, max(0, match.start() - 24), match.start()):
                continue  # ("..., informó el lunes el Ministerio": the day it was told, not of what it tells)
            day = _weekday(_WEEKDAYS[match.group("weekday").lower()], which, text, match.start(), reference)
            spans.append(DateSpan(day, day, "day", day_label(day), match.group(0), match.start()))
            continue
        which = match.group("ubefore") or match.group("uafter")
        if which is None:
            continue  # ("el año", "le mois": no time of their own)
        step = 1 if _IS_NEXT.match(which.lower()) else -1
        unit = _UNITS[match.group("unit").lower()]
        expression, offset = match.group(0), match.start()
        spans.append(_unit_span(unit, step, expression, offset, reference))
    if (
        "am " in text
        or "ommende" in text
        or "ächste" in text
        or "ergangene" in text
        or "etzte" in text
        or "orige" in text
    ):
        spans += _german_spans(text, reference)
    if "günü" in text or "eçen" in text or "eçtiğimiz" in text or "nümüzdeki" in text or "elecek" in text:
        spans += _turkish_spans(text, reference)
    return spans


def _turkish_spans(text: str, reference: dt.date) -> list[DateSpan]:
    """The Turkish weekdays, weeks, months and years before or after `reference` (see _TURKISH)."""
    return _spans_of(_TURKISH, _TURKISH_WEEKDAYS, _TURKISH_UNITS, _TURKISH_IS_NEXT, _TURKISH_FUTURE, text, reference)


def _german_spans(text: str, reference: dt.date) -> list[DateSpan]:
    """The German weekdays, weeks, months and years before or after `reference` (see _GERMAN)."""
    weekdays = {day.lower(): n for day, n in _GERMAN_WEEKDAYS.items()}
    return _spans_of(_GERMAN, weekdays, _GERMAN_UNITS, _GERMAN_IS_NEXT, _GERMAN_FUTURE, text, reference)


def _spans_of(
    grammar: re.Pattern[str],
    weekdays: dict[str, int],
    units: dict[str, str],
    is_next: re.Pattern[str],
    future: re.Pattern[str],
    text: str,
    reference: dt.date,
) -> list[DateSpan]:
    """The spans one language's `grammar` finds: a weekday (group "weekday", or "lone" without a word for last
    or next; `weekdays` keyed in lower case) with its "wwhich", or a unit with its "uwhich"."""
    spans = []
    for match in grammar.finditer(text):
        expression, offset = match.group(0), match.start()
        found = match.groupdict()
        weekday = found.get("weekday") or found.get("lone")
        if weekday:
            day = _weekday(weekdays[weekday.lower()], found["wwhich"], text, offset, reference, is_next, future)
            spans.append(DateSpan(day, day, "day", day_label(day), expression, offset))
            continue
        step = 1 if is_next.match(match.group("uwhich").lower()) else -1
        spans.append(_unit_span(units[match.group("unit")], step, expression, offset, reference))
    return spans


def _opens_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip()
    return not before or before[-1] in ".!?"


def _weekday(
    number: int,
    which: str | None,
    text: str,
    at: int,
    reference: dt.date,
    is_next: re.Pattern[str] = _IS_NEXT,
    future: re.Pattern[str] = _FUTURE,
) -> dt.date:
    """The weekday `number` a text of `reference` names: last or next when `which` says so; else the next one when
    its sentence speaks of the future, else the last; the text's own day when it is that weekday."""
    back = (reference.weekday() - number) % 7
    previous = reference - dt.timedelta(days=back or 7)
    following = reference + dt.timedelta(days=(7 - back) or 7)
    if which is not None:
        return following if is_next.match(which.lower()) else previous
    if back == 0:
        return reference
    start = max(text.rfind(". ", 0, at), 0)
    end = text.find(". ", at)
    return following if future.search(text, start, end if end >= 0 else len(text)) else previous


def _unit_span(unit: str, step: int, expression: str, offset: int, reference: dt.date) -> DateSpan:
    """The week, month or year `step` before or after the one of `reference`."""
    if unit == "year":
        year = reference.year + step
        return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", str(year), expression, offset)
    if unit == "month":
        year, month = divmod(reference.year * 12 + reference.month - 1 + step, 12)
        first, last = dt.date(year, month + 1, 1), month_end(year, month + 1)
        return DateSpan(first, last, "month", f"{MONTH_NAMES[month]} {year}", expression, offset)
    monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=step)
    return DateSpan(
        monday,
        monday + dt.timedelta(days=6),
        "range",
        range_label(monday, monday + dt.timedelta(days=6)),
        expression,
        offset,
    )
