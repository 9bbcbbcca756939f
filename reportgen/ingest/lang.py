"""Identify a text's language from its script and function words: a small, fast, dependency-free guess."""

from __future__ import annotations

import re
from collections import Counter

# Letters used by Kazakh but not by Russian (і is shared with Ukrainian, which we do not expect).
_KAZAKH = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
# Other Cyrillic alphabets by their own letters: Macedonian (ѓ ќ ѕ), Tajik (ӣ ӯ ҷ), Serbian (ђ ј љ њ ћ џ),
# Uzbek (ў ҳ), Kazakh alone (ә ғ қ ұ һ і); Kyrgyz and Mongolian share ө and ү, and are told apart by
# function words.  Without ы, і means Ukrainian and ъ Bulgarian; і without Turkic letters, Belarusian.
_CYRILLIC_LETTERS = (
    ("mk", re.compile("[ѓќѕЃЌЅ]")),
    ("tg", re.compile("[ӣӯҷӢӮҶ]")),
    ("sr", re.compile("[ђјљњћџЂЈЉЊЋЏ]")),
    ("uz", re.compile("[ўҳЎҲ]")),
    ("kk", re.compile("[әғқұһіӘҒҚҰҺІ]")),
)
_TURKIC_LETTERS = re.compile("[әғқұһңөүӘҒҚҰҺҢӨҮ]")
_KYRGYZ_WORDS = frozenset("жана менен боюнча үчүн бул жылы болуп ортосундагы".split())
_MONGOLIAN_WORDS = frozenset("ба болон нь юм байна энэ онд оны хоёр улсын".split())
_CYRILLIC_WORD = re.compile("[\u0400-\u04ff]+")
KYRGYZ_OR_MONGOLIAN_WORDS = 2  # their function words a text without their letters needs
# Arabic-script languages by their own letters: Urdu (ٹ ڈ ڑ ں ے ھ), then Persian (پ چ ژ گ ک ی).
_URDU = re.compile("[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]")
_PERSIAN = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
# Scripts that name their language (or its usual one): a paper's second abstract may be in any.
_SCRIPTS = (
    ("el", re.compile("[\u0370-\u03ff\u1f00-\u1fff]")),  # Greek
    ("he", re.compile("[\u0590-\u05ff]")),  # Hebrew
    ("hy", re.compile("[\u0530-\u058f]")),  # Armenian
    ("ka", re.compile("[\u10a0-\u10ff]")),  # Georgian
    ("am", re.compile("[\u1200-\u139f]")),  # Ethiopic (Amharic)
    ("hi", re.compile("[\u0900-\u097f]")),  # Devanagari
    ("bn", re.compile("[\u0980-\u09ff]")),  # Bengali
    ("th", re.compile("[\u0e00-\u0e7f]")),  # Thai
    ("ko", re.compile("[\uac00-\ud7af\u1100-\u11ff]")),  # Hangul
    ("ja", re.compile("[\u3040-\u30ff]")),  # kana (a Japanese text also has Han characters)
    ("zh", re.compile("[\u4e00-\u9fff]")),  # Han
    ("ta", re.compile("[\u0b80-\u0bff]")),  # Tamil
    ("si", re.compile("[\u0d80-\u0dff]")),  # Sinhala
    ("ml", re.compile("[\u0d00-\u0d7f]")),  # Malayalam
    ("te", re.compile("[\u0c00-\u0c7f]")),  # Telugu
    ("kn", re.compile("[\u0c80-\u0cff]")),  # Kannada
    ("gu", re.compile("[\u0a80-\u0aff]")),  # Gujarati
    ("pa", re.compile("[\u0a00-\u0a7f]")),  # Gurmukhi (Punjabi)
    ("or", re.compile("[\u0b00-\u0b7f]")),  # Odia
    ("km", re.compile("[\u1780-\u17ff]")),  # Khmer
    ("lo", re.compile("[\u0e80-\u0eff]")),  # Lao
    ("my", re.compile("[\u1000-\u109f]")),  # Myanmar
    ("bo", re.compile("[\u0f00-\u0fff]")),  # Tibetan
    ("dv", re.compile("[\u0780-\u07bf]")),  # Thaana (Dhivehi)
)

_ANY_OTHER_SCRIPT = re.compile("|".join(pattern.pattern for _, pattern in _SCRIPTS))

SAMPLE = 600  # characters; enough to tell scripts apart, cheap for 10k articles
KAZAKH_SHARE = 0.02  # Kazakh text has ~8% of these letters; Russian quoting a name has <1%
OWN_LETTER_SHARE = 0.01  # of an alphabet's letters: Serbian has ~3% ј/њ/љ, Persian ~8% ی/ک


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
    "pl": "się jest nie że oraz dla przez jako jak też tym które został w we roku także również podczas została zostały który która był była są r".split(),
    "vi": "của và các những được trong cho với này không là một".split(),
    "sw": "ya wa za kwa katika ni cha vya kuwa hii pia kati ambayo ambao yake zao".split(),
    "sr": "koji koja koje kao ili što sa su između iz od takođe nakon".split(),  # and hr, bs
    "cs": "který která které jako pro také podle mezi byl bylo jsou že".split(),
    "sk": "ktorý ktorá ktoré ako pre tiež podľa medzi bol bolo sú že".split(),
    "ga": "agus ar ag sa den don leis ina atá bhí idir mar".split(),
    "hu": "az és hogy egy van volt mint vagy között valamint pedig amely".split(),
    "ro": "și şi în cu pe din este sunt pentru prin lui între acest această dintre cele sau fost unei unui precum asupra".split(),
    "ms": "ialah iaitu kerana daripada boleh manakala antarabangsa kerjasama pelaburan hala kerajaan menerusi".split(),
    "tl": "ang ng mga ay sa ito nito upang noong".split(),
    "fi": "ja että ovat oli tai kuin myös sekä joka jotka tämä välillä".split(),
    "uz": "va bilan uchun hamda orqali".split(),
    "sl": "ki tudi ter med kot bil bila".split(),
    "sq": "dhe të në për një që nga është edhe".split(),
    "et": "ning või kui mis aga kuid samuti".split(),
    "lv": "un ir ar kas uz tika arī starp".split(),
    "lt": "ir yra kad iš kaip bei tarp buvo".split(),
    "sv": "och att är som inte av mellan också".split(),
    "da": "og af ikke som mellem også blev".split(),
    "nb": "og av ikke som mellom også ble".split(),
    "ha": "kuma wanda daga cikin tsakanin".split(),
    "so": "iyo oo ee waxaa ayaa kala dhexeeya".split(),
}
# Ijekavian spellings ('rijeka', 'prije') tell Croatian and Bosnian from Serbian; Bosnian keeps
# Serbian words ('saradnja', 'hiljada') where Croatian has its own ('suradnja', 'tisuća').
_IJEKAVIAN = re.compile(
    r"\b(?:dio\b|dijel|djel|rijek|vrijem|vrijed|prije|poslije|riječ|rječ|dvije|mjest|mjesec|mjer|vijest|vijeć"
    r"|cijel|cjel|svijet|sjedi|sjever|tijek|uvjet|lijep|bijel|pjes)",
    re.I,
)
_BOSNIAN = re.compile(r"\b(?:saradnj|historij|hiljad|sedmic|univerzitet|evrop)", re.I)
_CROATIAN = re.compile(r"\b(?:suradnj|povijes|tisuć|tjed|tijekom|uvjet|sveučilišt|europ)", re.I)
_LANGUAGE_OF_WORD: dict[str, list[str]] = {}
for _language, _words in _FUNCTION_WORDS.items():
    for _word in _words:
        _LANGUAGE_OF_WORD.setdefault(_word, []).append(_language)
_LATIN_WORD = re.compile(r"[^\W\d_]+")
# ASCII bytes: letters lower-cased, anything else (digits and "_" too) a space.
_ASCII_LETTERS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))
OTHER_LATIN_SHARE = 1.5  # another language must outnumber English function words by this much
MALAY_WORDS = 3  # Malay words an Indonesian-looking text needs to read as Malay (Indonesian uses a few)
UNTOLD_WORDS = 40  # words a sample needs before it may read as no listed language
ONE_WORD_ENOUGH = 25  # a shorter sample may show a language by one of its words, repeated
ENGLISH_SHARE_FLOOR = 0.04  # English text has ~30% of these; a lead full of names ~10%, not none
# English function words with the prepositions and pronouns a lead full of names still holds ("met ... in Beijing on
# Tuesday"), but none another Latin-script language writes alone ("a", "an", "he" are Kurmanji words too)
_ENGLISH_HINTS = frozenset(
    [*_FUNCTION_WORDS["en"], *"in on at its his her their they said will after who also".split()]
)


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
    if "ə" in sample:  # the schwa is Azerbaijani's own letter
        return "az"
    best = max(counts, key=counts.__getitem__)
    if best == "id" and counts["ms"] >= MALAY_WORDS:
        return "ms"  # Malay shares Indonesian's function words and has some of its own
    if (
        best != "en"
        and counts[best] >= 3
        and counts[best] > OTHER_LATIN_SHARE * counts["en"]
        # (in a long text one word repeated is no evidence: Kurmanji's "di" thrice is no Italian)
        and (len(words) < ONE_WORD_ENOUGH or sum(best in _LANGUAGE_OF_WORD[word] for word in found) >= 2)
    ):
        if best == "sr" and len(_IJEKAVIAN.findall(sample)) >= 2:
            return "bs" if len(_BOSNIAN.findall(sample)) > len(_CROATIAN.findall(sample)) else "hr"
        return best
    if len(words) >= UNTOLD_WORDS and sum(word in _ENGLISH_HINTS for word in words) < ENGLISH_SHARE_FLOOR * len(words):
        return "und"  # hardly an English word: a language not listed here (Kurmanji, Fon, Wolof ...)
    return "en"


def english_share(text: str) -> float:
    """The share of English function words among the words of `text`'s sample (an English abstract: ~0.25)."""
    words = _LATIN_WORD.findall(text[:SAMPLE].lower())
    english = set(_FUNCTION_WORDS["en"])
    return sum(word in english for word in words) / len(words) if words else 0.0


def _cyrillic_language(sample: str, cyrillic: int) -> str:
    """Russian unless the letters of another Cyrillic alphabet (or its function words) make up a share of the text."""
    share = OWN_LETTER_SHARE * cyrillic
    if "ы" not in sample and "Ы" not in sample:
        if sample.count("і") + sample.count("ї") + sample.count("є") >= share:
            return "uk"
        if sample.count("ъ") >= share:
            return "bg"
    if sample.count("і") >= share and not _TURKIC_LETTERS.search(sample):
        return "be"  # і without the Kazakh letters beside it (ў is Belarusian's own, but rarer)
    kazakh_letters = len(_KAZAKH.findall(sample)) >= KAZAKH_SHARE * cyrillic
    for language, pattern in _CYRILLIC_LETTERS[: None if kazakh_letters else 4]:
        if len(pattern.findall(sample)) >= OWN_LETTER_SHARE * cyrillic:
            return language
    words = _CYRILLIC_WORD.findall(sample.lower())
    kyrgyz = sum(word in _KYRGYZ_WORDS for word in words) + 2 * ("ң" in sample)
    mongolian = sum(word in _MONGOLIAN_WORDS for word in words)
    if kazakh_letters or max(kyrgyz, mongolian) >= KYRGYZ_OR_MONGOLIAN_WORDS:
        return "ky" if kyrgyz > mongolian else "mn" if mongolian else "kk"
    return "ru"


def identify(text: str) -> str:
    """Return the language of `text` from its dominant script, letters and function words: a Cyrillic
    one ('ru', 'kk', 'sr', 'uz', 'ky', 'mn'), an Arabic-script one ('ar', 'fa', 'ur'), a Latin-script
    one ('en', 'es', 'fr', 'de', 'pt', 'it', 'id', 'ms', 'tr', 'az', 'nl', 'pl', 'cs', 'sk', 'vi', 'sw',
    'sr', 'hr', 'bs', 'ga', 'hu', 'ro', 'tl', 'fi', 'uz'; 'en' when none stands out, 'und' when hardly an
    English function word is there either) or the language a script names ('el', 'he', 'hy', 'ka', 'am', 'hi',
    'bn', 'th', 'ko', 'ja', 'zh'); 'und' without letters."""
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
        if len(_URDU.findall(sample)) >= OWN_LETTER_SHARE * arabic:
            return "ur"
        return "fa" if len(_PERSIAN.findall(sample)) >= OWN_LETTER_SHARE * arabic else "ar"
    if cyrillic > latin:
        return _cyrillic_language(sample, cyrillic)
    return _latin_language(sample)
