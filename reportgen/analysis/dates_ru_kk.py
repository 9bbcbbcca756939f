"""The Russian and Kazakh part of the date grammar: month names, year words, qualifiers.

`reportgen.analysis.dates` tries this grammar first at each number of a text that holds
Cyrillic letters, and falls back to the English one.  Every form here carries a Cyrillic
word after its number (a month, "года", "г.", "жылы", "-е годы"), so English dates keep
their own rules; a Russian year without a year word ("июнь 2017", "осенью 2024") is the
English bare year, qualified by the Russian words before it (`BEFORE_YEAR`, which
`dates._qualified_year` tries when the word before a year is Cyrillic).

Forms (labels stay English, as for English text):
- Russian: "14 февраля 2024 года", "1 июля 1993 г.", "в июне 2017 года", "июнь 2017",
  "в 2023 году", "2023 г.", "2011–2012 гг.", "в 2022-2024 годах", "с 2022 по 2024 год",
  "с 2 по 4 февраля 2026 года", "14-15 февраля 2026 г.", "с 19 ноября по 11 декабря 2025 года",
  "осенью 2024 года", "в первом квартале 2023 года", "в первом полугодии 2024 года",
  "в начале 2024 года", "в 1990-е годы", "1990-х годов", "в начале 1990-х годов",
  "в 90-е годы" / "90-х годов" (30-99 the 1900s, 00-29 the 2000s; a year word is required,
  "90-е заседание" is an ordinal), "2 и 4 февраля 2026 года" (two days, two events),
  "накануне 14 февраля" (the day before, like "on the eve of").
- Kazakh (year first, months with case endings): "2024 жылғы 14 ақпанда", "2024 жылы 14
  ақпанда", "2026 жылғы 2-4 ақпанда", "2025 жылғы 19 қарашадан 11 желтоқсанға дейін",
  "2024 жылғы ақпанда", "2025 жылдың қаңтар-қыркүйек айларында", "2023 жылы", "2011-2012
  жылдары", "2022 жылдан 2024 жылға дейін", "2024 жылдың күзінде", "2023 жылдың бірінші
  тоқсанында", "2024 жылдың басында", "1990 жылдары" / "1990-жылдары" (the 1990s).
- Winter follows the English rule: "зимой 2024 года" is 1 December 2024 .. end of February
  2025.  A day and month without a year ("14 февраля", "14 ақпанда") needs the text's date,
  like "14 February".
- "2025 жылғы 30 желтоқсаннан 2 қаңтарға дейін" runs into the next year: a Kazakh range states
  its year once, before the first day.
"""

from __future__ import annotations

import re

_CYRILLIC = re.compile("[\u0400-\u04ff]")


def has_cyrillic(text: str) -> bool:
    """True when `text` holds a Cyrillic letter (ASCII text is ruled out at C speed first)."""
    return not text.isascii() and _CYRILLIC.search(text) is not None


def is_cyrillic_letter(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


# Month names: Russian in the nominative, genitive and prepositional ("июнь", "июня", "июне")
# and a few dotted abbreviations; Kazakh with any short case ending ("ақпанда", "қарашаның").
RU_MONTH = (
    r"(?:(?:[Яя]нвар|[Фф]еврал|[Аа]прел|[Ии]юн|[Ии]юл|[Сс]ентябр|[Оо]ктябр|[Нн]оябр|[Дд]екабр)[ьяе]"
    r"|(?:[Мм]арт|[Аа]вгуст)[ае]?|[Мм]а[йяе])(?!\w)"
    r"|(?:[Яя]нв|[Фф]евр?|[Аа]пр|[Аа]вг|[Сс]ент?|[Оо]кт|[Нн]ояб?|[Дд]ек)\."
)
# Stems as regexes: a final к turns to г before a vowel ("қыркүйегінде").
_KK_MONTH_NAMES = "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйе[кг] қазан қараша желтоқсан".split()
# Lower-case only where no day precedes: "2024 жылы Қазан қаласында" is the city of Kazan.
KK_MONTH_LOWER = rf"(?:{'|'.join(_KK_MONTH_NAMES)})\w{{0,5}}(?!\w)"
KK_MONTH = rf"(?:{'|'.join(f'[{n[0].upper()}{n[0]}]{n[1:]}' for n in _KK_MONTH_NAMES)})\w{{0,5}}(?!\w)"
MONTH = rf"(?:{RU_MONTH}|{KK_MONTH})"

_MONTH_NUMBER = {
    "янв": 1,
    "фев": 2,
    "мар": 3,
    "апр": 4,
    "май": 5,
    "мая": 5,
    "мае": 5,
    "июн": 6,
    "июл": 7,
    "авг": 8,
    "сен": 9,
    "окт": 10,
    "ноя": 11,
    "дек": 12,
    **{name[:3]: number for number, name in enumerate(_KK_MONTH_NAMES, 1)},
}


def month_number(word: str) -> int:
    return _MONTH_NUMBER[word[:3].lower()]


DAY = r"(?<![\w.,:/#№$\\])(?:[12]\d|3[01]|0?[1-9])(?![\w%]|[.,:]\d)"
_YEAR = r"(?<![\w.,:/#№$\\])(?:1[89]\d\d|20\d\d|2100)(?!\d)"
_DECADE_YEAR = r"(?<![\w.,:/#№$\\])(?:1[89]\d0|20\d0)"
# "года", "году", "год", "годы", "годах", "г.", "гг." (and "2023-м году", "2023г.").
RU_YEAR_WORD = r"(?:-?(?:м|го|й)(?=\s))?\s*(?:год(?:а|у|ом|е|ы|ов|ах|ам|ами)?(?!\w)|гг?\.|гг?(?!\w))"
# "жылы", "жылғы", "жылдың", "жылдары", "ж.", "жж." (and "2024-жылы").
KK_YEAR_WORD = r"[\s-]*(?:жыл\w{0,8}(?!\w)|жж?\.)"
_KK_OF_YEAR = r"[\s-]*(?:жылғы|жылы|жылдың|ж\.)"  # a Kazakh year that a day or month follows
_DAY_RANGE = r"(?:\s*[-–—]\s*|\s+(?:по|до)\s+)"
# "басында" (at the beginning), "соңында"/"аяғында" (at the end), "ортасында" (in the middle).
_KK_PART = r"(?:бас|соң|аяғ|орта)(?:ы|ында|ына|ынан|ындағы|сы|сында|сына|сынан|сындағы)"


def _named(name: str, body: str) -> str:
    return f"(?P<{name}>{body})"


# Tried at a number, in this order (a longer expression before its prefixes); each alternative
# is handled by the function of its name in reportgen.analysis.dates.
_GRAMMAR = [
    # Kazakh, year first: "2025 жылғы 19 қарашадан 11 желтоқсанға дейін" (from .. to; the year may be
    # left out), "2024 жылғы 14 ақпанда", "2026 жылғы 2-4 ақпанда", "2024 жылғы ақпанда".
    _named(
        "kk_until_range",
        rf"(?:({_YEAR}){_KK_OF_YEAR}\s+)?({DAY})\s+({KK_MONTH})\s+({DAY})\s+({KK_MONTH})\s+(?:дейін|шейін)(?!\w)",
    ),
    _named("kk_yd_d_range", rf"({_YEAR}){_KK_OF_YEAR}\s+({DAY})\s*[-–—]\s*({DAY})\s+({KK_MONTH})"),
    _named("kk_ydm", rf"({_YEAR}){_KK_OF_YEAR}\s+({DAY})\s+({KK_MONTH})"),
    _named("kk_ym", rf"({_YEAR}){_KK_OF_YEAR}\s+({KK_MONTH_LOWER})(?:\s*[-–—]\s*({KK_MONTH_LOWER}))?(?:\s+ай\w*)?"),
    # "2024 жылдың күзінде", "2023 жылдың бірінші тоқсанында", "2024 жылдың басында".
    _named(
        "kk_part",
        rf"({_YEAR})[\s-]*(?:жылдың|жылғы|жылы)\s+(?:"
        r"(?P<kk_season>күз(?:і(?:нде|н)?|де|гі)|көктем(?:і(?:нде|н)?|де|гі)|жаз(?:ы(?:нда|н)?|да|ғы)|қыс(?:ы(?:нда|н)?|та|қы))"
        r"|(?P<kk_quarter>бірінші|екінші|үшінші|төртінші|IV|I{1,3}|[1-4])(?:-?(?:ші|шы|інші|ыншы))?\s+тоқсан\w*"
        r"|(?P<kk_half>бірінші|екінші|[12])(?:-?(?:ші|шы))?\s+жарты\s*жыл\w*"
        rf"|(?P<kk_when>{_KK_PART}))(?!\w)",
    ),
    # Days and months, day first (Russian, and Kazakh written day first).
    _named(
        "cy_dm_dm_range",
        rf"({DAY})\s+({MONTH})(?:\s+({_YEAR})(?:{RU_YEAR_WORD}|{KK_YEAR_WORD})?)?{_DAY_RANGE}"
        rf"({DAY})\s+({MONTH})(?:,?\s+({_YEAR})(?:{RU_YEAR_WORD}|{KK_YEAR_WORD})?)?",
    ),
    _named(
        "cy_d_d_range", rf"({DAY}){_DAY_RANGE}({DAY})\s+({MONTH})(?:,?\s+({_YEAR})(?:{RU_YEAR_WORD}|{KK_YEAR_WORD})?)?"
    ),
    _named("cy_dmy", rf"({DAY})\s+({MONTH}),?\s+({_YEAR})(?:{RU_YEAR_WORD}|{KK_YEAR_WORD})?"),
    # Two days of one month: "2 и 4 февраля 2026 года" (two events).
    _named(
        "cy_d_and_d",
        rf"({DAY})\s+(?:и|және)\s+({DAY})\s+({MONTH})(?:,?\s+({_YEAR})(?:{RU_YEAR_WORD}|{KK_YEAR_WORD})?)?",
    ),
    _named("cy_dm", rf"({DAY})\s+({MONTH})"),
    # Two-digit decades with a year word: "в 90-е годы", "90-х годов", "90-жылдары".
    _named(
        "cy_short_decade",
        r"(?<![\w.,:/#№$\\])(\d0)(?:\s*-\s*(?:ые|ых|ыми|е|х|м|ми)\s+(?:год\w*|гг\.?)"
        r"|-(?:(?:шы|ыншы|інші|ші)\s+)?жылдар\w*)(?!\w)",
    ),
    # Decades: "1990-е годы", "1990-х годов", "к 1990-м годам"; "1990 жылдары", "1990-жылдардың басында".
    _named(
        "cy_decade",
        rf"({_DECADE_YEAR})(?:\s*-?\s*(?:ые|ых|ыми|е|х|ми)(?!\w)(?:\s+год\w*)?|-?м\s+годам\w*"
        rf"|[\s-]*(?:(?:ші|шы|ыншы|інші)\s+)?жылдар\w*(?:\s+(?P<kk_decade_when>{_KK_PART}))?)(?!\w)",
    ),
    # Year ranges with a year word: "2011–2012 гг.", "с 2022 по 2024 год", "2011-2012 жылдары",
    # "2022 жылдан 2024 жылға дейін".
    _named(
        "cy_year_range",
        rf"({_YEAR})(?:\s*[-–—]\s*((?:1[89]|20)\d\d|\d\d)(?!\d)(?:{RU_YEAR_WORD}|{KK_YEAR_WORD})"
        rf"|\s+(?:по|до)\s+((?:1[89]|20)\d\d)(?:{RU_YEAR_WORD}|(?![\w%]|[.,:]\d))"
        rf"|\s+жылдан\s+(?:бастап\s+)?((?:1[89]|20)\d\d)\s+жыл(?:ға|ды)\s+(?:дейін|шейін|аралығында))",
    ),
    _named("cy_year", rf"({_YEAR})(?:{RU_YEAR_WORD}|{KK_YEAR_WORD})"),
]
GRAMMAR = re.compile("|".join(_GRAMMAR))

# Words just before a year (or decade) that qualify it, matched against the text before it;
# the preposition ("в", "во", "к", "до", "с") is left out of the expression.
BEFORE_YEAR = re.compile(
    rf"""(?ix)(?<!\w)
    (?:
        (?P<season>весн(?:ой|а|ы|у|е)|лет(?:ом|а|о|е)|осен(?:ью|ь|и)|зим(?:ой|а|ы|у|е))
      | (?P<quarter>перв|втор|трет|четв[её]рт|IV|I{{1,3}}|[1-4])\w*(?:-?(?:м|й|го|ом))?\s+квартал\w*
      | (?P<half>перв|втор)\w*\s+(?:полугоди|половин)\w*
      | (?P<part>начал[оаеу]|кон(?:ец|ца|це|цу)|середин[аыеу]|окончани[еяюи])
      | (?P<month>{RU_MONTH})(?:\s*[-–—]\s*(?P<month2>{RU_MONTH}))?
    )\s+$"""
)
SEASONS = {
    "весн": "spring",
    "лет": "summer",
    "осен": "autumn",
    "зим": "winter",
    "көк": "spring",
    "жаз": "summer",
    "күз": "autumn",
    "қыс": "winter",
}
QUARTERS = {
    "перв": 1,
    "втор": 2,
    "трет": 3,
    "четв": 4,
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "бір": 1,
    "екі": 2,
    "үші": 3,
    "төр": 4,
}
PARTS = {
    "начал": "beginning",
    "конц": "end",
    "коне": "end",
    "оконч": "end",
    "серед": "middle",
    "бас": "beginning",
    "соң": "end",
    "аяғ": "end",
    "орт": "middle",
}


def part_word(word: str) -> str:
    """'начале' -> 'beginning', 'соңында' -> 'end', 'середине' -> 'middle'."""
    word = word.lower()
    return next(value for key, value in PARTS.items() if word.startswith(key))


def quarter_number(word: str) -> int:
    word = word.lower()
    return QUARTERS.get(word) or next(value for key, value in QUARTERS.items() if len(key) > 2 and word.startswith(key))


def season_name(word: str) -> str:
    word = word.lower()
    return next(value for key, value in SEASONS.items() if word.startswith(key))


# Identifiers and amounts, like their English counterparts in reportgen.analysis.dates.
IDENTIFIER_WORDS = frozenset(
    "с. сс. стр. стр т. тт. вып. ст. п. пп. ч. тел. тел факс д. кв. каб. корп. офис рейс номер номером код "
    "приказ приказа приказом решение решения постановление постановления закон закона б. бет бетте беттер "
    "нөмір нөмірі".split()
)
PROGRAMME_WORDS = frozenset(
    "стратегия стратегии стратегию программа программы программе повестка повестки видение концепция "
    "стратегиясы стратегиясын бағдарлама бағдарламасы бағдарламасын пайымдау".split()
)
RANGE_LEADS = frozenset({"с", "со"})
# Words before a bare number that make it a count: "более 2000", "свыше 2000", "около 2000".
COUNT_WORDS_BEFORE = frozenset("более свыше около порядка почти менее".split())
# Units and counted nouns after a number ("2,5 млрд долларов", "2024 участника", "2000 адам"),
# also after a Kazakh case ending ("2000-нан астам адам": more than 2000 people).
AFTER_NUMBER = re.compile(
    r"(?i)(?:-\w{1,4})?\s*(?:из(?=\s+\d)|астам|аса|артық|жуық|млн|млрд|трлн|тыс|тысяч\w*|миллион\w*|миллиард\w*|мың|тенге|теңге|доллар\w*|евро|рубл\w*|"
    r"человек\w*|адам\w*|участник\w*|гост[ьяеи]\w*|қатысушы\w*|студент\w*|школьник\w*|оқушы\w*|учащи\w*|жител\w*|тұрғын\w*|"
    r"сотрудник\w*|работник\w*|қызметкер\w*|турист\w*|посетител\w*|делегат\w*|компаний|предприяти\w*|рабочих|"
    r"мест[ао]?|случа\w*|км|километр\w*|шақырым\w*|метр\w*|кг|тонн\w*|баррел\w*|гектар\w*|га|штук\w*|дана|"
    r"экземпляр\w*|раз|раза|рет|час\w*|сағат\w*|минут\w*|секунд\w*|кв|мвт|квт|гвт|процент\w*|пайыз\w*)(?!\w)"
)
