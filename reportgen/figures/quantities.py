"""Read a table cell as a number the way a reader would: "USD 2.5 billion", "21,400", "2022–2024".

A cell is a Quantity only if all of it is accounted for: an optional currency or unit, a
number, an optional scale word (million, млрд, …) and an optional unit after it. Anything
else ("about 3", "n/a", "to be agreed") is not a number, and callers say so instead of
guessing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Scale words, in English, Russian and Kazakh, to their factor.
SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "тыс": 1e3,
    "тысяч": 1e3,
    "тысячи": 1e3,
    "мың": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "млн": 1e6,
    "миллион": 1e6,
    "миллиона": 1e6,
    "миллионов": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "млрд": 1e9,
    "миллиард": 1e9,
    "миллиарда": 1e9,
    "миллиардов": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "трлн": 1e12,
    "триллион": 1e12,
}
#: Spellings of one unit, so "USD 2.5 billion" and "$350 million" share an axis.
UNITS = {
    "usd": "USD",
    "us$": "USD",
    "$": "USD",
    "dollars": "USD",
    "долларов": "USD",
    "долл": "USD",
    "eur": "EUR",
    "€": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "евро": "EUR",
    "gbp": "GBP",
    "£": "GBP",
    "kzt": "tenge",
    "₸": "tenge",
    "tenge": "tenge",
    "тенге": "tenge",
    "теңге": "tenge",
    "qar": "QAR",
    "riyals": "QAR",
    "riyal": "QAR",
    "ksh": "KES",
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "процента": "%",
    "процентов": "%",
}
#: How axes name a scale: "USD billion".
SCALE_NAMES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))

_NUMBER = r"[-−]?\d{1,3}(?:(?:,|\u00a0|\u202f| )\d{3})+(?:\.\d+)?|[-−]?\d+(?:[.,]\d+)?"
_LETTERS = "A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі"
_UNIT = rf"[{_LETTERS}$€£₸%.]+(?:\s+[{_LETTERS}.]+)?"
_ONE = re.compile(rf"^(?P<pre>[$€£₸]|[A-Za-z]{{2,3}}\$?\s)?\s*(?P<num>{_NUMBER})\s*(?P<post>{_UNIT})?$")
_RANGE = re.compile(r"^(?P<a>.+?)\s*(?:[–—]|-(?=\s*\d)|\bto\b|\bдо\b)\s*(?P<b>.+)$")
_YEAR = re.compile(r"^\d{4}$")


@dataclass(frozen=True)
class Quantity:
    """`value` in base units (2.5e9 for "USD 2.5 billion"); a range has `high` too ("2022–2024")."""

    value: float
    unit: str = ""  # canonical: USD, tenge, %, "" for a count or a year
    high: float | None = None  # the end of a range; `value` is its start

    @property
    def is_range(self) -> bool:
        return self.high is not None


def parse(cell: str) -> Quantity | None:
    """The cell as a Quantity, or None when it is not (only) a number."""
    text = " ".join(cell.replace("\u00a0", " ").replace("\u202f", " ").split())
    if not text:
        return None
    single = _single(text)
    if single is not None:
        return single
    match = _RANGE.match(text)
    if match:
        a, b = _single(match["a"]), _single(match["b"])
        if a is not None and b is not None:
            if not a.unit and b.unit:  # "2–3 million USD": the unit and scale written once, at the end
                b_scale = _scale_of(match["b"])
                a = Quantity(a.value * b_scale, b.unit)
            if a.unit == b.unit and a.value <= b.value:
                return Quantity(a.value, a.unit, b.value)
    return None


def _single(text: str) -> Quantity | None:
    match = _ONE.match(text.strip())
    if not match:
        return None
    number = _number(match["num"])
    unit = _unit(match["pre"].strip()) if match["pre"] else ""
    if unit is None:
        return None
    scale = 1.0
    for word in (match["post"] or "").split():
        key = word.lower().rstrip(".")
        if key in SCALES and scale == 1.0 and (len(key) > 1 or unit):  # "USD 5m", but "5 m" may be metres
            scale = SCALES[key]
        elif (word_unit := _unit(word)) is not None:
            if unit:
                return None  # "USD 5 EUR"
            unit = word_unit
        else:
            return None  # a word that is neither: "3 projects", "about"
    return Quantity(number * scale, unit)


def _unit(word: str) -> str | None:
    """A unit's canonical name: a known spelling, or any ISO 4217-like code in capitals (JPY, KES)."""
    known = UNITS.get(word.lower()) or UNITS.get(word.lower().rstrip("."))
    return known or (word if re.fullmatch(r"[A-Z]{3}", word) else None)


def _scale_of(text: str) -> float:
    words = text.split()
    return next((SCALES[w.lower().rstrip(".")] for w in words if w.lower().rstrip(".") in SCALES), 1.0)


def _number(text: str) -> float:
    text = text.replace("−", "-")
    if re.fullmatch(r"-?\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?", text):  # 21,400 / 1 200 000.5: groups of three
        return float(text.replace(",", "").replace(" ", ""))
    return float(text.replace(",", "."))  # 2,5 (a decimal comma)


def is_year(q: Quantity) -> bool:
    """A year or a span of years: 2023, 2022–2024 (no unit, whole numbers 1000–2999)."""
    values = [q.value] + ([q.high] if q.high is not None else [])
    return not q.unit and all(v == int(v) and 1000 <= v <= 2999 for v in values)


def looks_numeric(cell: str) -> bool:
    """Whether a table cell reads as a number (for right-aligning a column)."""
    return parse(cell) is not None


def axis_scale(largest: float) -> tuple[float, str]:
    """(factor, word) that puts the largest value between 1 and 1,000: (1e9, "billion")."""
    for factor, word in SCALE_NAMES:
        if abs(largest) >= factor:
            return factor, word
    return 1.0, ""


def year_of(cell: str) -> int | None:
    text = cell.strip()
    return int(text) if _YEAR.match(text) else None


# "2023 Q1", "Q1 2023", "2023-Q1", "H2 2024", "2024 H2": a quarter or a half of a year.
_PART_OF_YEAR = re.compile(
    r"^(?:(?P<y1>\d{4})\s*[-/ ]?\s*(?P<k1>[QH])(?P<n1>[1-4])|(?P<k2>[QH])(?P<n2>[1-4])\s*[-/ ]?\s*(?P<y2>\d{4}))$", re.I
)


# A mark after a year in a table's label column: "2026 (provisional)", "2026*", "2025e", "2026 (est.)".
_YEAR_MARK = re.compile(r"(?<=\d)\s*(?:\*+|[†‡]|[pe]\b|\([^()]{1,24}\))\s*$")


def time_of(cell: str) -> float | None:
    """Where a label stands on a line of years: 2023 for "2023", 2023.25 for "2023 Q2", 2024.5 for "H2 2024" (a
    mark after it, "2026 (provisional)", "2026*", read past)."""
    cell = _YEAR_MARK.sub("", cell.strip())
    year = year_of(cell)
    if year is not None:
        return float(year)
    found = _PART_OF_YEAR.match(cell.strip())
    if found is None:
        return None
    kind, n = (found["k1"] or found["k2"]).upper(), int(found["n1"] or found["n2"])
    parts = 4 if kind == "Q" else 2
    if n > parts:
        return None
    return int(found["y1"] or found["y2"]) + (n - 1) / parts


def written_as_year(cell: str) -> bool:
    """Whether a cell is written as a year or a span of years ("2023", "2022–2024"), not a count ("1,570")."""
    return _WRITTEN_YEAR.match(cell.strip()) is not None


_WRITTEN_YEAR = re.compile(r"^\d{4}(?:\s*[–-]\s*(?:\d{2}|\d{4}))?$")
