"""Identify a text's language from its script and function words: a small, fast, dependency-free guess."""

from __future__ import annotations

import re
from collections import Counter

# Letters used by Kazakh but not by Russian (і is shared with Ukrainian, which we do not expect).
_KAZAKH = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
# Scripts that name their language (or its usual one): a paper's second abstract may be in any.
_SCRIPTS = (
    ("el", re.compile("[\u0370-\u03ff\u1f00-\u1fff]")),  # Greek
    ("he", re.compile("[\u0590-\u05ff]")),  # Hebrew
    ("hy", re.compile("[\u0530-\u058f]")),  # Armenian
    ("ka", re.compile("[\u10a0-\u10ff]")),  # Georgian
    ("hi", re.compile("[\u0900-\u097f]")),  # Devanagari
    ("bn", re.compile("[\u0980-\u09ff]")),  # Bengali
    ("th", re.compile("[\u0e00-\u0e7f]")),  # Thai
    ("ko", re.compile("[\uac00-\ud7af\u1100-\u11ff]")),  # Hangul
    ("ja", re.compile("[\u3040-\u30ff]")),  # kana (a Japanese text also has Han characters)
    ("zh", re.compile("[\u4e00-\u9fff]")),  # Han
)

_ANY_OTHER_SCRIPT = re.compile("|".join(pattern.pattern for _, pattern in _SCRIPTS))

SAMPLE = 600  # characters; enough to tell scripts apart, cheap for 10k articles
KAZAKH_SHARE = 0.02  # Kazakh text has ~8% of these letters; Russian quoting a name has <1%


# Frequent function words that tell Latin-script languages apart (a paper's abstracts in Spanish,
# French or Indonesian, an article in German).  Words shared by several languages ("de", "la",
# "e") are left out; a text with none of them counts as English.
_FUNCTION_WORDS = {
    "en": "the and of to is that with for was were are by this from which have has been".split(),
    "es": "el los las del que y por con para una es se su al como entre más".split(),
    "fr": "le les des du et est une dans pour sur au aux qui ce cette sont avec par".split(),
    "de": "der die das und ist nicht mit von den dem ein eine zu für auf im sich wird".split(),
    "pt": "os do dos das em não com uma para pelo pela ao como entre mais são".split(),
    "it": "il gli della delle che di per con nel nella sono dei degli tra anche".split(),
    "id": "yang dan di dengan untuk dalam ini itu dari pada adalah tidak oleh sebagai".split(),
    "tr": "ve bir bu için ile olarak olan gibi daha çok arasında".split(),
    "nl": "het een van zijn niet met voor ook wordt door aan dat naar bij".split(),
    "pl": "się jest nie że oraz dla przez jako jak też tym które został".split(),
    "vi": "của và các những được trong cho với này không là một".split(),
}
_LANGUAGE_OF_WORD: dict[str, list[str]] = {}
for _language, _words in _FUNCTION_WORDS.items():
    for _word in _words:
        _LANGUAGE_OF_WORD.setdefault(_word, []).append(_language)
_LATIN_WORD = re.compile(r"[^\W\d_]+")
# ASCII bytes: letters lower-cased, anything else (digits and "_" too) a space.
_ASCII_LETTERS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))
OTHER_LATIN_SHARE = 1.5  # another language must outnumber English function words by this much


def _latin_language(sample: str) -> str:
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    # Only function words count: pick them out in C, then add each distinct one's count once.
    if sample.isascii():  # the same words as _LATIN_WORD's, by one byte translation (a third of the time)
        words = sample.encode("ascii").translate(_ASCII_LETTERS).decode("ascii").split()
    else:
        words = _LATIN_WORD.findall(sample.lower())
    found = Counter(filter(_LANGUAGE_OF_WORD.__contains__, words))
    for word, n in found.items():
        for language in _LANGUAGE_OF_WORD[word]:
            counts[language] += n
    best = max(counts, key=counts.__getitem__)
    if best != "en" and counts[best] >= 3 and counts[best] > OTHER_LATIN_SHARE * counts["en"]:
        return best
    return "en"


def identify(text: str) -> str:
    """Return 'kk', 'ru', 'ar', a Latin-script language ('en', 'es', 'fr', 'de', 'pt', 'it', 'id',
    'tr', 'nl', 'pl', 'vi') or the language a script names ('el', 'he', 'hy', 'ka', 'hi', 'bn',
    'th', 'ko', 'ja', 'zh') for the dominant script and function words of `text` ('und' if it
    has no letters)."""
    sample = text[:SAMPLE]
    if sample.isascii():
        return _latin_language(sample) if _LATIN.search(sample) else "und"
    cyrillic = len(_CYRILLIC.findall(sample))
    arabic = len(_ARABIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if _ANY_OTHER_SCRIPT.search(sample):  # one scan spares most texts the per-script counts
        others = [(len(pattern.findall(sample)), language) for language, pattern in _SCRIPTS]
        count, other = max(others)
        if other == "zh" and dict((lang, n) for n, lang in others)["ja"]:
            other = "ja"  # Japanese writes Han characters among its kana
        if count > max(cyrillic, arabic, latin):
            return other
    if not (cyrillic or arabic or latin):
        return "und"
    if arabic > cyrillic and arabic > latin:
        return "ar"
    if cyrillic > latin:
        return "kk" if len(_KAZAKH.findall(sample)) >= KAZAKH_SHARE * cyrillic else "ru"
    return _latin_language(sample)
