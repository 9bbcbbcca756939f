"""Read a sentence's words once, so cue tests skip their regular expression when no key word is there.

Most cue patterns (advice, talk, settling verbs) can only match where one of a few words stands
whole ("signed", "should", "recommended"); a set of the sentence's lower-case words, built once
per sentence and shared by the tests, rules most patterns out without running them.  The set
is only a filter: a test that may match still runs its pattern, so results are unchanged.

What is kept per text is only its words that some key set holds (`cue_words`: mostly none): found
by set membership rather than by building the set of all its words, and tested against in a few
steps.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import lru_cache

_RUN = re.compile(r"\w+")
# ASCII bytes: letters lower-cased, digits and "_" kept (what \w is in ASCII), anything else a space.
_ASCII_WORDS = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or 48 <= c <= 57 or c == 95 else 32 for c in range(256)
)
# Characters that ignore-case matching equates with an ASCII letter ("ſ" with "s", the Kelvin
# sign with "k", dotted and dotless i) while str.lower() does not: a set would miss their matches.
_CASE_TRAPS = re.compile("[\u0130\u0131\u017f\u212a]")


@lru_cache(maxsize=4096)  # the tests of one sentence run one after another
def word_set(text: str) -> frozenset[str] | None:
    """The lower-cased runs of word characters in `text` (what `\\b...\\b` delimits), or None when
    the text holds a character for which the set cannot stand in for ignore-case matching."""
    if text.isascii():  # the same words, found by one byte translation (half the time)
        return frozenset(text.encode("ascii").translate(_ASCII_WORDS).decode("ascii").split())
    if _CASE_TRAPS.search(text):
        return None
    return frozenset(word.lower() for word in _RUN.findall(text))


def has_case_traps(text: str) -> bool:
    """Whether `text` holds a character ignore-case matching takes for an ASCII letter but lower() keeps."""
    return not text.isascii() and _CASE_TRAPS.search(text) is not None


def may_hold(text: str, keys: frozenset[str]) -> bool:
    """False only when none of `keys` (lower-case whole words) is a word of `text`."""
    if keys not in _KNOWN:
        _know(keys)
    words = cue_words(text)
    return words is None or not keys.isdisjoint(words)


def keys(words: str) -> frozenset[str]:
    """A key set from a space-separated list."""
    found = frozenset(words.split())
    _know(found)
    return found


_CUE_WORDS: set[str] = set()  # every word of every key set seen so far
_KNOWN: set[frozenset[str]] = set()  # the key sets whose words are all in _CUE_WORDS
_NONE: frozenset[str] = frozenset()


def _know(keys: frozenset[str]) -> None:
    if not keys <= _CUE_WORDS:
        _CUE_WORDS.update(keys)
        cue_words.cache_clear()  # the sets kept so far lack the new words
    _KNOWN.add(keys)


# Large enough to hold a big corpus's sentences from the chronology to the summaries, which read
# them again (10,000 articles: ~61,000 texts; ~87,000 repeated word splits saved for ~20 MiB).
@lru_cache(maxsize=65536)
def cue_words(text: str) -> frozenset[str] | None:
    """The words of `word_set(text)` that some key set holds (None where `word_set` is None)."""
    if text.isascii():
        found = _CUE_WORDS.intersection(text.encode("ascii").translate(_ASCII_WORDS).decode("ascii").split())
    elif _CASE_TRAPS.search(text):
        return None
    else:
        found = _CUE_WORDS.intersection([word.lower() for word in _RUN.findall(text)])
    return frozenset(found) if found else _NONE


class Prefiltered:
    """A pattern whose `search` scans only a text holding one of `keys` as a word, the words every
    match holds: a search that starts with alternatives ("\\b(?:[Pp]reviously|[Ss]ince|...)") tries
    them at every position, which takes a sentence microseconds; most sentences hold none of them."""

    __slots__ = ("pattern", "keys")

    def __init__(self, pattern: re.Pattern[str], words: str) -> None:
        self.pattern = pattern
        self.keys = keys(words)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not may_hold(text, self.keys):
            return None
        return self.pattern.search(text, pos, endpos)


def occurrences(text: str, needles: Iterable[str]) -> list[int]:
    """Every offset where one of `needles` starts in `text`, sorted: where a pattern whose
    matches all begin with one of them need be tried, instead of at every position."""
    starts = set()
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            starts.add(at)
            at = text.find(needle, at + 1)
    return sorted(starts)
