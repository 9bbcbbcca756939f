"""Russian and Kazakh date words that need the text's own date, resolved like the English ones
of `reportgen.analysis.relative_dates` (labels stay English).

- A Russian weekday after "в"/"во": "провёл в четверг переговоры", "во вторник", "в прошлую пятницу".

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
- Quarters, halves and years back, as in English: "в прошлом квартале", "в текущем квартале",
  "в первом квартале" / "в первом полугодии" (of the text's year, or of the year before when
  still ahead and said in the past), "в первом квартале текущего года", "в позапрошлом году",
  "год назад", "два года назад"; Kazakh "өткен тоқсанда", "осы тоқсанда", "бірінші тоқсанда",
  "бірінші жартыжылдықта", "бір жыл бұрын", "екі жыл бұрын".
"""

from __future__ import annotations

import datetime as dt
import re

from reportgen.analysis.date_spans import (
    MONTH_NAMES,
    DateSpan,
    day_label,
    half_span,
    month_end,
    quarter_span,
    year_span,
)
from reportgen.analysis.relative_dates import pick_year, sentence_around, sentence_bounds, tense_near

# Substrings, one of which every form holds (checked before any regex runs).
# Year and month words only after a letter ("прошлом году", "өткен жылы"), not after a number
# ("2024 году", "2024 жылы"), so absolute dates alone do not wake the regex.
_KEYS = (
    "м году",
    "о года",
    "м месяц",
    "о месяц",
    "н жыл",
    "і жыл",
    "ы жыл",
    "н ай",
    "і ай",
    "ы ай",
    "ылтыр",
    "иыл",
    # Russian months in the prepositional: январе .. декабре
    "нваре",
    "еврале",
    "арте",
    "преле",
    "мае",
    "июне",
    "июле",
    "вгусте",
    "ябре",
    # Kazakh month stems without their first letter (either case): қаңтар .. желтоқсан
    "аңтар",
    "қпан",
    "аурыз",
    "әуір",
    "амыр",
    "аусым",
    "ілде",
    "амыз",
    "ыркүй",
    "азан",
    "араша",
    "елтоқсан",
)

_RU_STEP = {"прошл": -1, "минувш": -1, "эт": 0, "текущ": 0, "нынешн": 0, "следующ": 1, "будущ": 1, "предстоящ": 1}
_KK_STEP = {"өткен": -1, "былтыр": -1, "биыл": 0, "осы": 0, "ағымдағы": 0, "келесі": 1, "алдағы": 1}

_RU_MONTHS_IN = {
    "январе": 1,
    "феврале": 2,
    "марте": 3,
    "апреле": 4,
    "мае": 5,
    "июне": 6,
    "июле": 7,
    "августе": 8,
    "сентябре": 9,
    "октябре": 10,
    "ноябре": 11,
    "декабре": 12,
}
_KK_MONTHS = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйе[кг]",
    "қазан",
    "қараша",
    "желтоқсан",
]
_YEAR_BEFORE = ("жылғы ", "жылы ", "жылдың ", "ж. ")
_KK_MONTH_NUMBER = {name[:3]: number for number, name in enumerate(_KK_MONTHS, 1)}
# The locative ("наурызда", "қыркүйекте", "шілдеде") or "<month> айында"; "Қазан" capitalised
# is the city of Kazan, so only the lower-case October is read.
_KK_MONTH = "|".join(f"(?:[{n[0].upper()}{n[0]}]{n[1:]})" if n != "қазан" else n for n in _KK_MONTHS)

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
    return (
        _may_hold_period(text)
        or "м году" in text
        or "о года" in text
        or "месяц" in text
        or "н жыл" in text
        or "і жыл" in text
        or "ы жыл" in text
        or "н ай" in text
        or "і ай" in text
        or "ы ай" in text
        or "ылтыр" in text
        or "иыл" in text
        or "нваре" in text
        or "еврале" in text
        or "арте" in text
        or "преле" in text
        or "мае" in text
        or "июне" in text
        or "июле" in text
        or "вгусте" in text
        or "ябре" in text
        or "аңтар" in text
        or "қпан" in text
        or "аурыз" in text
        or "әуір" in text
        or "амыр" in text
        or "аусым" in text
        or "ілде" in text
        or "амыз" in text
        or "ыркүй" in text
        or "азан" in text
        or "араша" in text
        or "елтоқсан" in text
        or _may_hold_weekday(text)
    )


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
            if start not in found and not (
                start >= 2 and (text[start - 2].isdigit() or text.endswith(_YEAR_BEFORE, 0, start))
            ):
                match = _RELATIVE.match(text, start)
                if match is not None:
                    found[start] = match
            at = text.find(key, at + 1)
    return [found[start] for start in sorted(found)]


def relative_spans(text: str, reference: dt.date) -> list[DateSpan]:
    periods = _period_spans(text, reference) if _may_hold_period(text) else []
    spans = list(periods)
    for match in _matches(text):
        if any(p.offset <= match.start() < p.offset + len(p.expression) for p in periods):
            continue  # "текущего года" inside "в первом квартале текущего года"
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
            spans.append(
                DateSpan(
                    dt.date(year, index + 1, 1),
                    month_end(year, index + 1),
                    "month",
                    f"{MONTH_NAMES[index]} {year}",
                    expression,
                    offset,
                )
            )
        else:
            year = reference.year + step
            spans.append(DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", str(year), expression, offset))
    if _may_hold_weekday(text):
        spans += _weekday_spans(text, reference)
    return spans


# A Russian weekday after "в"/"во" ("провёл в четверг переговоры", "во вторник", "в прошлую пятницу"): the last
# one unless a word says next or the sentence speaks of the future; the text's own day when it is that weekday.
_RU_WEEKDAYS = {"понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5, "воскресенье": 6}
_RU_WEEKDAY = re.compile(
    r"(?<![\w-])(?:[Вв]о?)\s+(?:(?P<which>прошл\w+|следующ\w+|эт\w+)\s+)?"
    rf"(?P<day>{'|'.join(_RU_WEEKDAYS)})(?![\w-])"
)
_RU_FUTURE = re.compile(r"(?:будет|будут|состоится|состоятся|пройд[её]т|планиру|намечен|намерен)", re.IGNORECASE)


def _may_hold_weekday(text: str) -> bool:
    return (
        "недельник" in text
        or "торник" in text
        or "среду" in text
        or "етверг" in text
        or "ятницу" in text
        or ("субботу" in text or "оскресенье" in text)
    )


def _weekday_spans(text: str, reference: dt.date) -> list[DateSpan]:
    spans = []
    for match in _RU_WEEKDAY.finditer(text):
        number = _RU_WEEKDAYS[match.group("day")]
        which = (match.group("which") or "").lower()
        back = (reference.weekday() - number) % 7
        previous = reference - dt.timedelta(days=back or 7)
        following = reference + dt.timedelta(days=(7 - back) or 7)
        if which.startswith("прошл"):
            day = previous
        elif which.startswith("следующ"):
            day = following
        elif back == 0:
            day = reference
        else:
            bounds = sentence_bounds(text, match.start())
            day = following if _RU_FUTURE.search(text, bounds.start, bounds.stop) else previous
        spans.append(DateSpan(day, day, "day", day_label(day), match.group(0), match.start()))
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
    return DateSpan(
        dt.date(year, month, 1),
        month_end(year, month),
        "month",
        f"{MONTH_NAMES[month - 1]} {year}",
        match.group(0),
        match.start(),
    )


# --- quarters, halves and years back -------------------------------------------------------

_PERIOD_KEYS = ("вартал", "олугоди", "озапрошл", "назад", "тоқсан", "жартыжыл", "бұрын")
_RU_ORDINAL = {"перв": 1, "втор": 2, "трет": 3, "четв": 4}
_KK_ORDINAL = {"бірінші": 1, "екінші": 2, "үшінші": 3, "төртінші": 4}
_COUNT = {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5}
_PERIODS = re.compile(
    r"(?<!\w)(?:"
    r"(?P<ru_qwhich>[Пп]рошл|[Мм]инувш|[Тт]екущ|[Ээ]т|[Нн]ынешн|[Сс]ледующ|[Бб]удущ)(?:ом|ем|ого|его|ий|ый|от)\s+квартал[аеу]?"
    r"|(?P<ru_ord>[Пп]ерв|[Вв]тор|[Тт]рет|[Чч]етв[её]рт)\w{0,3}\s+(?P<ru_unit>квартал|полугоди)\w*"
    r"(?:\s+(?P<ru_ofyear>текущего|этого|нынешнего|прошлого|минувшего|следующего)\s+года)?"
    r"|(?P<ru_two>[Пп]озапрошл)(?:ом|ого|ый)\s+(?:году|года|год)"
    r"|(?:(?P<ru_n>[Дд]ва|[Тт]ри|[Чч]етыре|[Пп]ять|\d{1,2})\s+)?(?:[Гг]од|года|[Лл]ет)\s+(?P<ru_ago>назад)"
    r"|(?P<kk_qwhich>[Өө]ткен|[Оо]сы|[Аа]ғымдағы|[Кк]елесі|[Аа]лдағы)\s+тоқсан\w*"
    r"|(?P<kk_ord>[Бб]ірінші|[Ее]кінші|[Үү]шінші|[Тт]өртінші)\s+(?P<kk_unit>тоқсан|жартыжылдық)\w*"
    r"|(?P<kk_n>[Бб]ір|[Ее]кі|[Үү]ш|[Тт]өрт|[Бб]ес|\d{1,2})\s+жыл\s+(?P<kk_ago>бұрын)"
    r")(?!\w)(?!\s*[-–—]?\s*\d)"
)
_YEAR_WORD_BEFORE = re.compile(r"(?:\d|жыл\w*|ж\.|года|г\.)[\s-]*$")


def _may_hold_period(text: str) -> bool:
    return (
        "вартал" in text
        or "олугоди" in text
        or "озапрошл" in text
        or "назад" in text
        or "тоқсан" in text
        or "жартыжыл" in text
        or "бұрын" in text
    )


def _period_spans(text: str, reference: dt.date) -> list[DateSpan]:
    """Quarters, halves and years back: "в прошлом квартале", "в первом полугодии", "год назад"."""
    found: dict[int, re.Match[str]] = {}
    for key in _PERIOD_KEYS:
        at = text.find(key)
        while at >= 0:
            word = at
            while word > 0 and text[word - 1].isalnum():
                word -= 1
            starts = [word]
            for _ in range(2):  # the one or two words before ("в первом квартале", "два года назад")
                back = starts[-1] - 1
                while back > 0 and text[back - 1] == " ":
                    back -= 1
                while back > 0 and text[back - 1].isalnum():
                    back -= 1
                starts.append(back)
            for start in reversed(starts):
                match = _PERIODS.match(text, start)
                if match is not None and match.end() > at and start not in found:
                    if not _YEAR_WORD_BEFORE.search(text, max(0, start - 12), start):
                        found[start] = match
                    break
            at = text.find(key, at + 1)
    spans = []
    end = -1
    for start in sorted(found):
        if start < end:
            continue
        span = _period_span(found[start], text, reference)
        if span is not None:
            spans.append(span)
            end = found[start].end()
    return spans


def _period_span(match: re.Match[str], text: str, reference: dt.date) -> DateSpan | None:
    expression, offset = match.group(0), match.start()
    current = (reference.year, (reference.month + 2) // 3)
    which = (match.group("ru_qwhich") or match.group("kk_qwhich") or "").lower()
    if which:
        step = (
            -1
            if which in ("прошл", "минувш", "өткен")
            else 1
            if which in ("следующ", "будущ", "келесі", "алдағы")
            else 0
        )
        index = current[0] * 4 + current[1] - 1 + step
        return quarter_span(index // 4, index % 4 + 1, expression, offset)
    ordinal = match.group("ru_ord") or match.group("kk_ord")
    if ordinal:
        lower = ordinal.lower()
        number = _KK_ORDINAL[lower] if lower in _KK_ORDINAL else _RU_ORDINAL[lower[:4].replace("ё", "е")]
        unit = (match.group("ru_unit") or match.group("kk_unit")).lower()
        half = unit.startswith(("полугоди", "жартыжыл"))
        if half and number > 2:
            return None
        first_month = 6 * number - 5 if half else 3 * number - 2
        of_year = (match.group("ru_ofyear") or "").lower()
        if of_year:
            year = reference.year + (
                -1 if of_year in ("прошлого", "минувшего") else 1 if of_year == "следующего" else 0
            )
        else:
            year = reference.year
            if dt.date(year, first_month, 1) > reference:
                bounds = sentence_bounds(text, offset)
                tense, _ = tense_near(text[bounds], offset - bounds.start, match.end() - bounds.start)
                if tense == "past":
                    year -= 1
        return half_span(year, number, expression, offset) if half else quarter_span(year, number, expression, offset)
    if match.group("ru_two"):
        return year_span(reference.year - 2, expression, offset)
    count_word = (match.group("ru_n") or match.group("kk_n") or "").lower()
    count = int(count_word) if count_word.isdigit() else _COUNT.get(count_word, 1)
    return year_span(reference.year - count, expression, offset)
