"""Find which focus terms (and their declared variants) a text mentions.

Rules, all case-insensitive:
- A term matches as a whole word: "Qatar" in "Qatar", "Qatar's", "Qatar’s",
  "Qatars'" and "Kazakhstan-Qatar" (apostrophes, hyphens and dashes end a word),
  never inside another word ("Qatargas").
- A Latin-script term also matches its adjective and demonym forms: the term plus
  -i, -is, -ian(s), -ese, -an(s), -ish ("Qatari", "Omani", "Iranian"); a term ending
  in a vowel also drops it first ("China" -> "Chinese", "Italy" -> "Italian",
  "Asia" -> "Asian").
- A Cyrillic term also matches the word followed by up to four Cyrillic letters,
  which covers Russian and Kazakh case endings ("Катара", "Қазақстанның"); a term of five
  letters or more that ends in a vowel does so without it ("Россия" -> "Россией", "России").
- Declared variants ("Nur-Sultan" for "Astana") match by the same rules and count
  for their canonical term; words of a multi-word term may be joined by spaces,
  hyphens, dashes or apostrophes ("N'Djamena" matches "N’Djamena").
- A country's demonym that these rules cannot derive counts for the country too:
  "Argentine" for "Argentina", "Dutch" for "Netherlands", "Swiss" for "Switzerland"
  (_DEMONYMS, with their plurals and the forms above), capitalised as written.
- A word that is itself a declared term is credited to that term only: with focus
  [Qatar, Qatari], "Qatari" counts for "Qatari", not for "Qatar".
- Accents on Latin letters do not matter, on either side: "Peru" matches "Perú" and
  "Türkiye" matches "Turkiye" (a Spanish or French source spells the country its own way).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache

from reportgen.analysis.cues import occurrences
from reportgen.config import FocusSpec
from reportgen.text import SPACELESS

_ADJECTIVE_SUFFIXES = ("i", "is", "ian", "ians", "ese", "an", "ans", "ish")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_ENDING = r"[\u0400-\u04ff]{0,4}"
_CYRILLIC_VOWELS = "аяеёиыоуюэьйә"
# spaces, hyphens, dashes and apostrophes between words of a term ("N'Djamena", "N’Djamena", "Côte d'Ivoire")
_JOIN = r"[\s\-\u2010-\u2015'’]+"
_EDGE_BEFORE = r"(?<![^\W_])"
_EDGE_AFTER = r"(?![^\W_])"


def _forms(term: str) -> tuple[str, str]:
    """(exact pattern, derived pattern) for one spelling; derived may be empty."""
    words = re.findall(r"[^\W_]+", term)
    if not words:
        return "", ""
    head = _JOIN.join(re.escape(w) for w in words[:-1])
    head = head + _JOIN if head else ""
    last = words[-1]
    exact = head + re.escape(last) + "s?"  # "Qatars" as a plural; possessives end at the apostrophe
    if _CYRILLIC.search(last):
        # ("Россия" -> "России", "Россией", "Россию": a case ending replaces the final vowel)
        stem = last[:-1] if len(last) > 4 and last[-1].lower() in _CYRILLIC_VOWELS else last
        return exact, head + re.escape(stem) + _CYRILLIC_ENDING
    stems = [last] + ([last[:-1]] if last[-1].lower() in "aeiouy" and len(last) > 3 else [])
    alternatives = sorted(
        {re.escape(s) + suffix for s in stems for suffix in _ADJECTIVE_SUFFIXES}, key=len, reverse=True
    )
    return exact, head + "(?:" + "|".join(alternatives) + ")"


# Demonyms and adjectives a country's name does not yield by the suffix rules: an analyst writes
# `focus: [Argentina]` and expects "Argentine exporters" to count.
_DEMONYMS: dict[str, tuple[str, ...]] = {
    key: tuple(value.split(","))
    for key, value in {
        "argentina": "Argentine",
        "philippines": "Filipino,Filipina,Philippine",
        "the philippines": "Filipino,Filipina,Philippine",
        "slovenia": "Slovene",
        "slovakia": "Slovak",
        "czechia": "Czech",
        "czech republic": "Czech",
        "netherlands": "Dutch",
        "the netherlands": "Dutch",
        "switzerland": "Swiss",
        "france": "French",
        "greece": "Greek",
        "thailand": "Thai",
        "denmark": "Danish",
        "sweden": "Swedish",
        "finland": "Finnish",
        "poland": "Polish",
        "ireland": "Irish",
        "iceland": "Icelandic,Icelander",
        "peru": "Peruvian",
        "norway": "Norwegian",
        "serbia": "Serb",
        "croatia": "Croat",
        "kyrgyzstan": "Kyrgyz",
        "tajikistan": "Tajik",
        "uzbekistan": "Uzbek",
        "kazakhstan": "Kazakh",
        "turkmenistan": "Turkmen",
        "afghanistan": "Afghan",
        "turkey": "Turkish",
        "türkiye": "Turkish",
        "turkiye": "Turkish",
        "cyprus": "Cypriot",
        "madagascar": "Malagasy",
        "côte d'ivoire": "Ivorian",
        "cote d'ivoire": "Ivorian",
        "ivory coast": "Ivorian",
        "united arab emirates": "Emirati",
        "uae": "Emirati",
        "saudi arabia": "Saudi",
        "laos": "Lao,Laotian",
        "myanmar": "Burmese",
        "maldives": "Maldivian",
        "singapore": "Singaporean",
        "new zealand": "New Zealander",
        "barbados": "Barbadian,Bajan",
        "belize": "Belizean",
        "panama": "Panamanian",
        "dominican republic": "Dominican",
        "cabo verde": "Cabo Verdean,Cape Verdean",
        "cape verde": "Cape Verdean",
        "sierra leone": "Sierra Leonean",
        "botswana": "Motswana,Batswana",
        "mozambique": "Mozambican",
        "eswatini": "Swazi,Emaswati",
        "mauritius": "Mauritian",
        "spain": "Spanish,Spaniard",
        "portugal": "Portuguese",
        "belgium": "Belgian",
        "montenegro": "Montenegrin",
        "luxembourg": "Luxembourgish,Luxembourger",
        "united kingdom": "British,Briton",
        "uk": "British,Briton",
        "togo": "Togolese",
        "congo": "Congolese",
        "burkina faso": "Burkinabe",
        "niger": "Nigerien",
        "timor-leste": "Timorese",
        "east timor": "Timorese",
        "papua new guinea": "Papua New Guinean",
        "trinidad and tobago": "Trinidadian,Tobagonian",
        "el salvador": "Salvadoran",
        "bahamas": "Bahamian",
        "seychelles": "Seychellois",
        "comoros": "Comorian",
        "brunei": "Bruneian",
        "lesotho": "Basotho,Mosotho",
        "monaco": "Monegasque",
        "liechtenstein": "Liechtensteiner",
        "bosnia and herzegovina": "Bosnian",
        "viet nam": "Vietnamese",
        "north macedonia": "Macedonian",
    }.items()
}


# Latin letters with diacritics (Latin-1, Extended-A and -B, Extended Additional: Vietnamese)
_LATIN_ACCENTED = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")


def _fold(text: str) -> str:
    """The text with accents taken off its Latin letters ("Perú" -> "Peru"), each letter one letter, so
    Cyrillic, Arabic and letters without a base ("ß", "ø") stay as they are."""
    if text.isascii() or _LATIN_ACCENTED.search(text) is None:
        return text
    return _LATIN_ACCENTED.sub(lambda found: _base_letter(found.group()), text)


@lru_cache(maxsize=512)
def _base_letter(letter: str) -> str:
    parts = unicodedata.normalize("NFKD", letter)
    if len(parts) > 1 and parts[0].isascii() and all(unicodedata.combining(mark) for mark in parts[1:]):
        return parts[0]
    return letter


def _prefix(spelling: str) -> str:
    """Lower-case text every form of `spelling` starts with (its first word, less a final vowel)."""
    first = re.findall(r"[^\W_]+", spelling)[0].lower()
    return first[:-1] if len(first) > 3 and first[-1] in "aeiouy" + _CYRILLIC_VOWELS else first


@lru_cache(maxsize=64)
def _compile(focus: FocusSpec) -> tuple[re.Pattern[str], dict[str, str], tuple[str, ...]]:
    """One alternation over every spelling (exact forms first, so a declared term wins),
    and the prefixes that let a text without any of them skip the regex."""
    variants = dict(focus.variants)
    exact: list[tuple[str, str]] = []
    derived: list[tuple[str, str]] = []
    prefixes: set[str] = set()
    spaceless: set[str] = set()
    for term in focus.terms:
        for spelling in dict.fromkeys(_fold(written) for written in (term, *variants.get(term, ()))):
            if re.search(r"[^\W_]", spelling):
                prefixes.add(_prefix(spelling))
            if SPACELESS.search(spelling):
                # "玻利维亚" stands among other characters with no space: matched as written, anywhere
                exact.append((re.escape(spelling), term))
                spaceless.add(re.escape(spelling))
                continue
            e, d = _forms(spelling)
            if e:
                exact.append((e, term))
            if d:
                derived.append((d, term))
        for demonym in _DEMONYMS.get(term.lower(), _DEMONYMS.get(_fold(term).lower(), ())):
            # (after every declared spelling: "Argentine" declared counts for itself)
            prefixes.add(_prefix(demonym))
            # (as written, capitalised: "polish the draft" is no Poland's)
            derived.extend((f"(?-i:{form})", term) for form in _forms(demonym) if form)
    exact.sort(key=lambda p: -len(p[0]))
    groups: dict[str, str] = {}
    parts = []
    for i, (pattern, term) in enumerate(exact + derived):
        groups[f"g{i}"] = term
        if pattern in spaceless:  # (no word edges)
            parts.append(f"(?P<g{i}>{pattern})")
        else:
            parts.append(f"{_EDGE_BEFORE}(?P<g{i}>{pattern}){_EDGE_AFTER}")
    regex = "(?:" + "|".join(parts) + ")" if parts else r"(?!x)x"
    return re.compile(regex, re.IGNORECASE), groups, tuple(sorted(prefixes))


@lru_cache(maxsize=64)
def _prefix_starts_ascii_matches(focus: FocusSpec) -> bool:
    """Whether every match in an ASCII text starts where its lower case holds a prefix: true unless a
    spelling holds a character that ignore-case matching takes for an ASCII one ("ſ", the Kelvin sign)."""
    variants = dict(focus.variants)
    odd = {
        c for term in focus.terms for spelling in (term, *variants.get(term, ())) for c in spelling if not c.isascii()
    }
    return not any(re.fullmatch(re.escape(c), chr(a), re.IGNORECASE) for c in odd for a in range(128))


def _matches_at_prefixes(
    pattern: re.Pattern[str], text: str, lower: str, prefixes: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` where every match starts at a prefix of `lower` (see above): tried
    only there, instead of at every position of a long text that names the focus a few times."""
    end = 0
    for at in occurrences(lower, prefixes):
        if at >= end and (match := pattern.match(text, at)) is not None:
            end = match.end()
            yield match


def focus_counts(text: str, focus: FocusSpec) -> tuple[tuple[str, int], ...]:
    """(canonical term, mentions) for each focus term the text mentions, in the focus order."""
    if not focus.terms or not text:
        return ()
    text = _fold(text)
    pattern, groups, prefixes = _compile(focus)
    lower = text.lower()
    if not any(prefix in lower for prefix in prefixes):
        return ()
    found: Counter[str] = Counter()
    ascii_text = text.isascii() and _prefix_starts_ascii_matches(focus)
    for match in _matches_at_prefixes(pattern, text, lower, prefixes) if ascii_text else pattern.finditer(text):
        assert match.lastgroup is not None, "every alternative of the pattern is a named group"
        found[groups[match.lastgroup]] += 1
    return tuple((term, found[term]) for term in focus.terms if found[term])


def focus_matches(text: str, focus: FocusSpec) -> tuple[str, ...]:
    """The canonical focus terms the text mentions, in the focus order."""
    return tuple(term for term, _ in focus_counts(text, focus))


# A sentence that turns to another story within a relation's article: "Meanwhile, Romania received its first K9
# howitzers ...", "In a separate development, Italy and Tunisia signed ...".
# In other languages: "En otro orden, ...", "Mientras tanto, ..." (Spanish), "Dans un autre registre, ...",
# "Pendant ce temps, ..." (French), "Entretanto, ..." (Portuguese), "Unterdessen, ..." (German), "Тем временем,
# ...", "Между тем, ..." (Russian), "وفي سياق منفصل، ..." (Arabic).
_ANOTHER_STORY = re.compile(
    r"^(?:Meanwhile|Separately|Elsewhere|In\s+other\s+news|"
    r"In\s+(?:a|an|another)\s+(?:separate|unrelated|other)?\s*(?:development|move|story)|"
    r"En\s+otro\s+orden(?:\s+de\s+cosas)?|Mientras\s+tanto|En\s+otra\s+noticia|"
    r"Dans\s+un\s+autre\s+(?:registre|domaine|dossier)|Pendant\s+ce\s+temps|Entretanto|Noutra\s+frente|"
    r"Unterdessen|Derweil|Тем\s+временем|Между\s+тем|و?في\s+سياق\s+(?:منفصل|آخر)|و?في\s+غضون\s+ذلك)\b[,،]?\s*",
    re.IGNORECASE,
)
_ANOTHER_STORY_ANYWHERE = re.compile(
    r"\b(?:Meanwhile|Separately|Elsewhere|other\s+news|development|otro\s+orden|Mientras|otra\s+noticia|autre|"
    r"Pendant|Entretanto|Noutra|Unterdessen|Derweil|временем|Между)\b|سياق|غضون",
    re.IGNORECASE,
)


def off_focus(sentence: str, focus: FocusSpec) -> bool:
    """Whether the sentence turns to another story ("Meanwhile, ...", "In a separate development, ...") that
    does not name the focus (every term when the focus asks for all, else any): another relation's news told
    in a story of this one, which the briefing leaves out as it leaves out that relation's own articles."""
    if not focus.terms or _ANOTHER_STORY.match(sentence) is None:
        return False
    named = focus_matches(sentence, focus)
    return len(named) < len(focus.terms) if focus.every else not named


def turns_to_another_story(sentence: str) -> bool:
    """Whether the sentence opens by turning to another story ("Meanwhile, ...", "In a separate development, ...")."""
    return _ANOTHER_STORY.match(sentence) is not None


def may_turn_to_another_story(text: str) -> bool:
    """Whether `text` holds a word that may turn a sentence to another story (a cheap test before splitting it)."""
    return _ANOTHER_STORY_ANYWHERE.search(text) is not None


def off_focus_sentences(texts: Iterable[str], focus: FocusSpec) -> frozenset[str]:
    """The sentences of `texts` (each an item's sentences) that are `off_focus`."""
    if not focus.terms:
        return frozenset()
    return frozenset(s for s in texts if _ANOTHER_STORY_ANYWHERE.search(s) and off_focus(s, focus))
