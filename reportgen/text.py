"""Split text into sentences and words; shared by summaries, topics and the chronology.

Splitting must survive initials ("A. Smailov", "K.Torebayev"), abbreviations
("Dr.", "No.", "e.g.", "U.S.") and decimals, because a wrong split both cuts a
summary sentence in half and detaches a date from the event it dates.
"""
from __future__ import annotations

import re

# Lower-cased abbreviations (without the final dot) after which a period does not end a sentence.
ABBREVIATIONS = frozenset(
    """
    dr mr mrs ms prof gen col lt sgt st mt no nos vol vols p pp fig figs eq ed eds
    e.g i.e etc cf vs al approx dept est inc ltd co corp jr sr univ
    jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k u.n u.s.a e.u ph.d
    г гг им ул т.е т.д т.п др см
    """.split()
)

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace,
# then something that can open a sentence (capital, digit, quote, bracket).
_BOUNDARY = re.compile(r"""([.!?…]+)(["'»”’)\]]*)(\s+)(?=["'«“‘(\[]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9])""")
_WORD_BEFORE = re.compile(r"(\S+)$")


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping each sentence's text verbatim."""
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group(1) == "." and not match.group(2) and _is_abbreviation(text, match.start(1)):
            continue
        end = match.end(2)
        piece = text[start:end].strip()
        if piece:
            sentences.append(piece)
        start = match.end(3)
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation or an initial, not a sentence."""
    word_match = _WORD_BEFORE.search(text, 0, dot)
    if not word_match:
        return False
    word = word_match.group(1).lstrip("\"'«“‘([")
    if not word:
        return False
    bare = word.lower()
    if bare in ABBREVIATIONS:
        return True
    # A single capital letter is an initial ("A. Smailov"), as is a dotted run ("A.K.", "K.Torebayev" splits fine).
    if re.fullmatch(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]", word):
        return True
    if re.fullmatch(r"(?:[A-Za-zА-Яа-яЁё]\.)+[A-Za-zА-Яа-яЁё]", word):
        return True  # "U.S", "e.g", "A.K" (the final dot is the one at `dot`)
    return False


_WORD = re.compile(r"[^\W_]+(?:[-’'][^\W_]+)*", re.UNICODE)


def words(text: str) -> list[str]:
    """Word tokens (letters and digits, keeping inner hyphens and apostrophes)."""
    return _WORD.findall(text)
