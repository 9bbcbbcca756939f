"""Identify a text's language from its script: a small, fast, dependency-free guess."""

from __future__ import annotations

import re

# Letters used by Kazakh but not by Russian (і is shared with Ukrainian, which we do not expect).
_KAZAKH = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")

SAMPLE = 600  # characters; enough to tell scripts apart, cheap for 10k articles
KAZAKH_SHARE = 0.02  # Kazakh text has ~8% of these letters; Russian quoting a name has <1%


def identify(text: str) -> str:
    """Return 'kk', 'ru', 'ar' or 'en' for the dominant script of `text` ('und' if it has no letters)."""
    sample = text[:SAMPLE]
    if sample.isascii():
        return "en" if _LATIN.search(sample) else "und"
    cyrillic = len(_CYRILLIC.findall(sample))
    arabic = len(_ARABIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if not (cyrillic or arabic or latin):
        return "und"
    if arabic > cyrillic and arabic > latin:
        return "ar"
    if cyrillic > latin:
        return "kk" if len(_KAZAKH.findall(sample)) >= KAZAKH_SHARE * cyrillic else "ru"
    return "en"
