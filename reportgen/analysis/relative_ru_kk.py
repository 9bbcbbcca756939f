"""Russian and Kazakh date words that need the text's own date, resolved like the English ones
of `reportgen.analysis.relative_dates` (labels stay English).

- Years and months: "в прошлом году", "в этом/текущем году", "в следующем/будущем году",
  "в прошлом/следующем месяце" (also the genitive: "прошлого года"); Kazakh "өткен жылы",
  "былтыр", "биыл", "келесі жылы", "өткен айда", "келесі айда".  The expression leaves the
  preposition out ("прошлом году"), as the absolute Russian forms do.
- A month without a number or year: Russian after "в"/"во" ("в сентябре"), Kazakh in the
  locative or with "айында" ("қыркүйекте", "наурыз айында"), not after a day or a year
  ("14 қыркүйекте", "2024 жылғы қыркүйекте" are absolute forms); "маусымда" only as
  "маусым айында" ("маусым" is also "season").  The year is chosen by
  `pick_year` from the sentence's tense cues, exactly as English "in September".
- "прошлом", "келесі" without a year or month word are no date; plural "в прошлые годы",
  "өткен жылдары" neither.
"""
from __future__ import annotations

import datetime as dt
import re

from reportgen.analysis.date_spans import MONTH_NAMES, DateSpan, month_end
from reportgen.analysis.relative_dates import pick_year, sentence_around

# Substrings, one of which every form holds (checked before any regex runs).
# Year and month words only after a letter ("прошлом году", "өткен жылы"), not after a number
# ("2024 году", "2024 жылы"), so absolute dates alone do not wake the regex.
_KEYS = ("м году", "о года", "м месяц", "о месяц", "н жыл", "і жыл", "ы жыл", "н ай", "і ай", "ы ай", "ылтыр", "иыл",
         # Russian months in the prepositional: январе .. декабре
         "нваре", "еврале", "арте", "преле", "мае", "июне", "июле", "вгусте", "ябре",
         # Kazakh month stems without their first letter (either case): қаңтар .. желтоқсан
         "аңтар", "қпан", "аурыз", "әуір", "амыр", "аусым", "ілде", "амыз", "ыркүй", "азан", "араша", "елтоқсан")

_RU_STEP = {"прошл": -1, "минувш": -1, "эт": 0, "текущ": 0, "нынешн": 0, "следующ": 1, "будущ": 1, "предстоящ": 1}
_KK_STEP = {"өткен": -1, "былтыр": -1, "биыл": 0, "осы": 0, "ағымдағы": 0, "келесі": 1, "алдағы": 1}

_RU_MONTHS_IN = {"январе": 1, "феврале": 2, "марте": 3, "апреле": 4, "мае": 5, "июне": 6, "июле": 7,
                 "августе": 8, "сентябре": 9, "октябре": 10, "ноябре": 11, "декабре": 12}
_KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйе[кг]",
              "қазан", "қараша", "желтоқсан"]
_YEAR_BEFORE = ("жылғы ", "жылы ", "жылдың ", "ж. ")
_KK_MONTH_NUMBER = {name[:3]: number for number, name in enumerate(_KK_MONTHS, 1)}
# The locative ("наурызда", "қыркүйекте", "шілдеде") or "<month> айында"; "Қазан" capitalised
# is the city of Kazan, so only the lower-case October is read.
_KK_MONTH = "|".join(
    f"(?:[{n[0].upper()}{n[0]}]{n[1:]})" if n != "қазан" else n for n in _KK_MONTHS
)

_RELATIVE = re.compile(
    r"(?<!\w)(?:"
    r"(?P<ru>(?:[Пп]рошл|[Мм]инувш|[Ээ]т|[Тт]екущ|[Нн]ынешн|[Сс]ледующ|[Бб]удущ|[Пп]редстоящ)(?:ом|ем|ого|его))"
    r"\s+(?P<ru_unit>году|года|месяце|месяца)"
    r"|(?P<kk>[Өө]ткен|[Оо]сы|[Аа]ғымдағы|[Кк]елесі|[Аа]лдағы)\s+(?P<kk_unit>жылы|жылғы|жылдың|айда|айдың|айғы|айы)"
    r"|(?P<kk_word>[Бб]ылтыр|[Бб]иыл)(?:ғы)?"
    r"|(?:(?<=(?<!\w)[Вв]\s)(?P<ru_month>" + "|".join(_RU_MONTHS_IN) + ")"
    rf"|(?P<kk_month>{_KK_MONTH})(?:да|де|та|те|\s+айында))"
    r"(?!\w)(?!\s*[-–—]?\s*\d)(?![-–—]\w)"  # not "в сентябре 2024 года", "январе–марте"
    r")(?!\w)"
)
# Before a Kazakh month: a day or a year makes it an absolute form, handled elsewhere.
_KK_BEFORE_MONTH = re.compile(r"(?:\d|жыл\w*|ж\.)[\s-]*$")


def may_be_relative(text: str) -> bool:
    """Substring tests: could `text` (already known to hold Cyrillic letters) hold a relative form?"""
    # Written out: an `or` chain of `in` tests is several times faster than any() over _KEYS.
    return ("м году" in text or "о года" in text or "месяц" in text or "н жыл" in text or "і жыл" in text
            or "ы жыл" in text or "н ай" in text or "і ай" in text or "ы ай" in text or "ылтыр" in text or "иыл" in text
            or "нваре" in text or "еврале" in text or "арте" in text or "преле" in text or "мае" in text or "июне" in text
            or "июле" in text or "вгусте" in text or "ябре" in text
            or "аңтар" in text or "қпан" in text or "аурыз" in text or "әуір" in text or "амыр" in text or "аусым" in text
            or "ілде" in text or "амыз" in text or "ыркүй" in text or "азан" in text or "араша" in text or "елтоқсан" in text)


def _matches(text: str) -> list[re.Match[str]]:
    """_RELATIVE matches, tried only at the start of a word holding a key (a full scan is slower)."""
    found: dict[int, re.Match[str]] = {}
    for key in [key for key in _KEYS if key in text]:
        at = text.find(key)
        while at >= 0:
            start = at
            while start > 0 and text[start - 1].isalnum():
                start -= 1
            # After a day or a year ("14 ақпанда", "2024 жылғы ақпанда") a month is an absolute
            # form, handled by dates_ru_kk: skipped here before any regex runs.
            if start not in found and not (start >= 2 and (text[start - 2].isdigit() or text.endswith(_YEAR_BEFORE, 0, start))):
                match = _RELATIVE.match(text, start)
                if match is not None:
                    found[start] = match
            at = text.find(key, at + 1)
    return [found[start] for start in sorted(found)]


def relative_spans(text: str, reference: dt.date) -> list[DateSpan]:
    spans = []
    for match in _matches(text):
        offset, expression = match.start(), match.group(0)
        if match.group("ru_month") or match.group("kk_month"):
            span = _month_span(match, text, reference)
            if span is not None:
                spans.append(span)
            continue
        if match.group("ru"):
            word, unit = match.group("ru").lower(), match.group("ru_unit")
            step = next(value for key, value in _RU_STEP.items() if word.startswith(key))
            month = unit.startswith("месяц")
        elif match.group("kk"):
            step, month = _KK_STEP[match.group("kk").lower()], match.group("kk_unit").startswith("ай")
        else:
            step, month = _KK_STEP[match.group("kk_word").lower()], False
        if month:
            year, index = divmod(reference.year * 12 + reference.month - 1 + step, 12)
            spans.append(DateSpan(dt.date(year, index + 1, 1), month_end(year, index + 1), "month",
                                  f"{MONTH_NAMES[index]} {year}", expression, offset))
        else:
            year = reference.year + step
            spans.append(DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", str(year), expression, offset))
    return spans


def _month_span(match: re.Match[str], text: str, reference: dt.date) -> DateSpan | None:
    """'в сентябре', 'қыркүйекте': the month in the year the sentence's tense points to."""
    if match.group("ru_month"):
        month = _RU_MONTHS_IN[match.group("ru_month")]
    else:
        if _KK_BEFORE_MONTH.search(text, max(0, match.start() - 12), match.start()):
            return None
        stem = match.group("kk_month").lower()
        if stem == "маусым" and not match.group(0).endswith("айында"):
            return None  # "маусымда" is also "in the season"
        month = _KK_MONTH_NUMBER[stem[:3]]
    year = pick_year(sentence_around(text, match.start()), reference, month, None, "")
    if year is None:
        return None
    return DateSpan(dt.date(year, month, 1), month_end(year, month), "month", f"{MONTH_NAMES[month - 1]} {year}",
                    match.group(0), match.start())
