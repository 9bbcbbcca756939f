"""Split text into sentences and words; shared by summaries, topics and the chronology.

Splitting must survive initials ("A. Smailov", "K.Torebayev", "К.-Ж. Токаев"),
abbreviations ("Dr.", "No.", "e.g.", "U.S."; Russian "г.", "гг.", "т.е.", "им."; Kazakh
"ж.", "т.б.") and decimals, because a wrong split both cuts a summary sentence in half and
detaches a date from the event it dates.
"""

from __future__ import annotations

import re
from array import array
from functools import lru_cache
from itertools import chain

# Lower-cased abbreviations (without the final dot) after which a period does not end a sentence.
# Scripts written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar): a word in them has no edges
# to find, it stands among other characters.
SPACELESS = re.compile("[\u3040-\u30ff\u4e00-\u9fff\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]")
ABBREVIATIONS = frozenset(
    """
    dr mr mrs ms prof gen col lt sgt st mt no nos vol vols p pp fig figs eq ed eds
    e.g i.e etc cf vs al approx dept est inc ltd co corp jr sr univ gov sen rep amb hon
    jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k u.n u.s.a e.u ph.d
    г гг им ул т.е т.д т.п др см стр с сс т тт ч п пп ст тыс руб долл тел проф акад обл просп пос напр
    ж жж б т.б т.с.с
    """.split()
)
# "Etc." abbreviations that end a list: a capital after them opens a new sentence.
_LIST_ENDS = frozenset("т.д т.п т.б т.с.с др".split())
# Year abbreviations ("в 2023 г.", "2024 ж."): after a number a sentence opener follows a real end.
_YEAR_ABBREVIATIONS = frozenset("г гг ж жж".split())

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace,
# then something that can open a sentence (capital, digit, quote, bracket).
# It opens with a plain character class so the regex engine can skip ahead in C.
# Latin capitals with accents ("Đây là", "Élysée", "Ústí"): Latin-1's, Extended-A's and Vietnamese's letters
_ACCENTED_CAPITALS = (
    "\u00c0-\u00d6\u00d8-\u00de" + "".join(chr(c) for c in range(0x0100, 0x0180, 2)) + "\u01a0\u01af\u1ea0-\u1ef9"
)
# (a script without capitals opens one with any of its letters: Arabic "مشروعاً. ووقّع الجانبان"; Greek with its
# capitals)
_BOUNDARY = re.compile(
    r"""[.!?…؟][.!?…؟]*(["'»”’)\]]*)(\s+)"""
    rf"""(?=["'«“‘(\[]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9\u0391-\u03a9\u0386-\u038f\u0621-\u064a{_ACCENTED_CAPITALS}])"""
)
_NEXT_WORD = re.compile(r"\s*[\"'«“‘(\[]?(\w+)")
# Words that open sentences but rarely follow an abbreviation inside one: after "U.S.",
# "etc." or "a.m." they mark a real boundary ("... in the U.S. The next day ...").
_OPENERS = frozenset(
    "the a an this that these those it its he she they we i there in on at but and however then "
    "meanwhile also according during after before since for".split()
) | frozenset(  # Russian and Kazakh function words: lower-case inside a sentence
    "в во на по с со к ко у о об от из за для при после до перед между через это этот эта эти он она они "
    "мы но а и однако также кроме затем тогда когда если хотя поэтому сегодня вчера всего все там здесь "
    "бұл осы ол олар біз алайда сондай-ақ сонымен бірақ және содан сол қазір бүгін кеше ал".split()
)
_LETTER = "A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі"
# Dotted runs, hyphenated or not: "U.S", "e.g", "A.K", "К.-Ж" (the final dot is the one examined).
_DOTTED = re.compile(rf"(?:[{_LETTER}]\.-?)+[{_LETTER}]")


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping each sentence's text verbatim."""
    return [text[start:end] for start, end in sentence_spans(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence in `text`, stripped of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        dot = match.start()
        if match.start(1) == dot + 1 and text[dot] == "." and not match.group(1) and _is_abbreviation(text, dot):
            if not _ends_sentence_anyway(text, dot, match.end(2)):
                continue
        _append_span(text, start, match.end(1), spans)
        start = match.end(2)
    _append_span(text, start, len(text), spans)
    return spans


def paragraph_spans(paragraph: str) -> list[tuple[int, int]]:
    """`sentence_spans` of a paragraph of the corpus: the chronology and the summaries read the same
    paragraphs, so each is split once and its offsets kept packed (about 6 MB for 10,000 articles)."""
    offsets = iter(_packed_spans(paragraph))
    return list(zip(offsets, offsets))


@lru_cache(maxsize=65536)
def _packed_spans(paragraph: str) -> array[int]:
    return array("I", chain.from_iterable(sentence_spans(paragraph)))


def _append_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def _word_before(text: str, dot: int) -> str:
    """The run of non-space characters that ends at `dot` (found without a regex: speed)."""
    start = dot
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:dot]


def _ends_sentence_anyway(text: str, dot: int, next_start: int) -> bool:
    """True after "etc." or a dotted abbreviation ("U.S.") when a sentence opener follows."""
    word = _word_before(text, dot).lstrip("\"'«“‘([")
    bare = word.lower()
    if bare in _LIST_ENDS:
        return True  # "... транспорт и т.д. Президент ...": _BOUNDARY already saw a capital
    if bare in _YEAR_ABBREVIATIONS:
        # "в 2023 г. В 2024 г. ..." ends; "г. Алматы" (a city) and "В 2023 г. Казахстан ..." do not.
        if not _after_number(text, dot - len(word)):
            return False
    elif bare in ("e.g", "i.e", "т.е") or (bare != "etc" and not _DOTTED.fullmatch(word)):
        return False
    following = _NEXT_WORD.match(text, next_start)
    return following is not None and following.group(1).lower() in _OPENERS


def _after_number(text: str, start: int) -> bool:
    """True when the word starting at `start` follows a number ("2023 г", "2011–2012 гг")."""
    before = start
    while before > 0 and text[before - 1] == " ":
        before -= 1
    return before > 0 and text[before - 1].isdigit()


_INITIAL = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation or an initial, not a sentence."""
    word = _word_before(text, dot).lstrip("\"'«“‘([")
    if not word:
        return False
    bare = word.lower()
    if bare in ABBREVIATIONS:
        return True
    # A single capital letter is an initial ("A. Smailov"), as is a dotted run ("A.K.", "K.Torebayev" splits fine).
    if _INITIAL.fullmatch(word):
        return True
    return _DOTTED.fullmatch(word) is not None  # "U.S", "e.g", "A.K", "К.-Ж" (the final dot is the one at `dot`)


_WORD = re.compile(r"[^\W_]+(?:[-’'][^\W_]+)*", re.UNICODE)


def words(text: str) -> list[str]:
    """Word tokens (letters and digits, keeping inner hyphens and apostrophes)."""
    return _WORD.findall(text)


# A run of words written twice in a row, a slip of copying ("an accord on strategic collaboration with
# Qatar, with the aim of advancing key projects, collaboration with Qatar, with the aim of advancing key
# projects, ..."): so many words at least, so few at most.
DOUBLED_MIN_WORDS = 6
DOUBLED_MAX_WORDS = 40
_RUN_WORD = re.compile(r"\S+")
# Characters: a doubled run is only looked for where a stretch this long recurs, so a run must be 1.5
# stretches long (36 characters) to be caught; six short words written twice stay as they are.
STRETCH = 24


def _repeats_a_stretch(text: str) -> bool:
    """Whether some stretch of the text starting at a multiple of STRETCH / 2 recurs later in it: a
    cheap test (str.find) that any run long enough to be doubled passes."""
    find, half = text.find, STRETCH // 2
    return any(find(text[k : k + STRETCH], k + STRETCH) >= 0 for k in range(0, len(text) - 2 * STRETCH, half))


def undouble(text: str) -> str:
    """The text with each run of DOUBLED_MIN_WORDS words or more that is written twice in a row kept once.

    Prose never repeats so many words on end; a reader of the briefing should not meet the slip.  A text
    in which no stretch of characters recurs (`_repeats_a_stretch`, most texts) is passed at once; in the
    others a run is looked for where a pair of words recurs at a run's distance.
    """
    if not _repeats_a_stretch(text):
        return text
    spans = [m.span() for m in _RUN_WORD.finditer(text)]
    words = [text[a:b] for a, b in spans]
    last: dict[tuple[str, str], int] = {}
    starts = []  # where a pair of words recurs far enough on: a second copy may open there
    for i in range(len(words) - 1):
        pair = (words[i], words[i + 1])
        before = last.get(pair)
        if before is not None and DOUBLED_MIN_WORDS <= i - before <= DOUBLED_MAX_WORDS:
            starts.append((before, i))
        last[pair] = i
    for first, second in starts:
        length = second - first
        if words[first:second] == words[second : second + length]:
            # (the second copy goes, with the space before it)
            cut_from, cut_to = spans[second - 1][1], spans[second + length - 1][1]
            return undouble(text[:cut_from] + text[cut_to:])
    return text


# A paper's in-text citation: "(Sabayeva, 2015)", "(Berdibay, 2012; Weitz, 2013)", "(Kazinform International News
# Agency, 2022, October 12)", "(On Signing the Agreement ..., 2023)": the paper's bibliography, which a briefing
# does not print, so in a briefing it points at nothing (the briefing cites the paper itself).
_IN_TEXT_CITATION = re.compile(
    r"\s*\((?:see\s+)?[^()]{1,200}?,\s*(?:1[89]|20)\d\d[a-z]?(?:,\s*(?:pp?\.\s*)?[\w\s–-]{1,20})?"
    r"(?:\s*;\s*[^();]{1,200}?,\s*(?:1[89]|20)\d\d[a-z]?(?:,\s*(?:pp?\.\s*)?[\w\s–-]{1,20})?)*\)"
)


# (a source cited by a title that states a figure tells the news itself: "(Qatar-Kazakhstan joint investment
# projects exceed USD 20 billion, 2024)")
_FIGURE_TOLD = re.compile(r"(?:USD|US\$|\$|€|EUR|£|\b[A-Z]{3})\s?\d|\d\s*(?:million|billion|trillion|percent|%)")


def without_citations(sentence: str) -> str:
    """A paper's sentence as a briefing shows it: without its in-text citations (`_IN_TEXT_CITATION`),
    but for one whose title states a figure (`_FIGURE_TOLD`)."""
    if "(" not in sentence:
        return sentence
    return _IN_TEXT_CITATION.sub(lambda m: m.group() if _FIGURE_TOLD.search(m.group()) else "", sentence)
