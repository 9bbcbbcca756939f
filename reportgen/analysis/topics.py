"""Score items against the config's topics by stem-aware keyword matching.

Matching rules
- Keywords and text are both cut into word runs (letters and digits; hyphens,
  apostrophes and dashes separate words) and each word is reduced by `stem`, a
  light English suffix stripper, so "invest" matches invest, invests, invested,
  investing, investor(s) and investment(s), and "culture" matches cultural.
- A keyword of several words ("strategic partnership", "Central Asia – Persian
  Gulf") matches the same run of stems with any punctuation between them.
- Case is ignored, except for a keyword written as an acronym (all capitals, two
  or more letters: "AIFC", "IT", "UN"): it matches only that exact upper-case word,
  so "IT" never matches "it".

Score (documented for users in `explain`): for each distinct keyword matched n
times, 1 + ln(n); plus TITLE_BONUS for each distinct keyword found in the title.
One mention scores 1.0, three mentions 2.1, ten 3.3: breadth of vocabulary counts
more than repetition.  An item joins a topic when its score reaches min_score.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain, compress

from reportgen.analysis.model import TopicMatch
from reportgen.config import TopicDef
from reportgen.corpus import Item, Paragraph
from reportgen.text import SPACELESS

TITLE_BONUS = 1.0

_WORD_RUN = re.compile(r"[^\W_]+")

# Suffixes with the shortest stem each may leave, in four passes: a plural, a verb
# ending, up to two derivations, then a final -e/-y.  Derivations need longer stems so
# "station" never becomes "stat" nor "nation" "nat".
_PLURALS = (("ies", 3), ("es", 3), ("s", 3))
_VERBALS = (("ing", 3), ("ed", 3), ("ly", 4))
_DERIVATIONS = (
    ("ation", 4),
    ("ment", 4),
    ("ness", 4),
    ("ship", 4),
    ("ion", 5),
    ("ity", 4),
    ("ive", 4),
    ("ate", 4),
    ("er", 4),
    ("or", 4),
    ("ic", 4),
    ("al", 4),
)
_FINALS = (("e", 3), ("y", 4))  # but never the e of -ee: agree stays agree
_VOWELS = frozenset("aeiouy")


def _strip(word: str, suffixes: tuple[tuple[str, int], ...]) -> str:
    for suffix, min_stem in suffixes:
        if not word.endswith(suffix):
            continue
        base = word[: -len(suffix)]
        if len(base) < min_stem or not _VOWELS.intersection(base):
            continue
        if suffix == "s" and base[-1] in "sui":  # class, bus, analysis
            continue
        if suffix in ("ing", "ed") and base[-1] == base[-2] and base[-1] not in "lsfz":
            base = base[:-1]  # planned -> plan, shipping -> ship
        elif suffix in ("ed", "es") and base.endswith("e"):
            base += "e"  # agreed, agrees -> agree
        elif suffix == "ies":
            base += "y"  # universities -> university, so it meets -ity below
        return base
    return word


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Reduce a lower-case English word to a crude stem shared by its common forms.

    invest/invested/investing/investor/investments -> invest; culture/cultural -> cultur;
    education/educational/educate -> educ.  A Cyrillic word loses its Russian ending (`_cyrillic_stem`);
    other non-ASCII words are left as they are.
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    if not word.isascii():
        return _cyrillic_stem(word) if _CYRILLIC.fullmatch(word) else word
    word = _strip(_strip(word, _PLURALS), _VERBALS)  # meetings -> meeting -> meet
    for _ in range(2):
        shorter = _strip(word, _DERIVATIONS)
        if shorter == word:
            break
        word = shorter
    return word if word.endswith("ee") else _strip(word, _FINALS)


_CYRILLIC = re.compile(r"[а-яёәіңғүұқөһ]+")
# Russian case, number and adjective endings, longest first: "торговля", "торговли", "торговлей" ->
# "торговл"; "бизнеса" -> "бизнес"; "экономического" -> "экономическ".  (Kazakh words lose at most
# one of them the same way on both sides, so a keyword still meets its text.)
_RUSSIAN_ENDINGS = tuple(
    sorted(
        "ыми ими ого его ому ему ая яя ое ее ые ие ый ий ой ую юю ых их ым им ом ем ами ями ах ях ам ям ов ев ей "
        "ию ия ью а я о е и ы у ю ь".split(),
        key=len,
        reverse=True,
    )
)
CYRILLIC_MIN_STEM = 4


def _cyrillic_stem(word: str) -> str:
    for ending in _RUSSIAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= CYRILLIC_MIN_STEM:
            return word[: -len(ending)]
    return word


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def term_keys(term: str) -> tuple[str, ...]:
    """The keys a keyword must match, one per word: its stem, or the word itself for an acronym."""
    return tuple(w if _is_acronym(w) else stem(w.lower()) for w in _WORD_RUN.findall(term))


class _TokenKeys(dict):
    """Whitespace token as written -> the keys of its words (see `term_keys`), filled on demand.

    One per topic set, since which capitals count as acronyms depends on its keywords.
    Tokens repeat far more than texts, so keying a text is a split and dict lookups.
    """

    def __init__(self, acronyms: frozenset[str]) -> None:
        super().__init__()
        self.acronyms = acronyms

    def __missing__(self, token: str) -> tuple[str, ...]:
        keys = self[token] = tuple(w if w in self.acronyms else stem(w.lower()) for w in _WORD_RUN.findall(token))
        return keys


class _WordKeys(dict):
    """A word of `_WORD_RUN` as written -> its key (see `term_keys`), filled on demand."""

    def __init__(self, acronyms: frozenset[str]) -> None:
        super().__init__()
        self.acronyms = acronyms

    def __missing__(self, word: str) -> str:
        key = self[word] = word if word in self.acronyms else stem(word.lower())
        return key


# ASCII bytes: letters and digits kept (what _WORD_RUN finds in ASCII), anything else a space.
_ASCII_RUNS = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256))


class _Matcher:
    """Keyword keys of one topic set, indexed by their first key for one pass over the text."""

    def __init__(
        self,
        first: dict[str, tuple[tuple[tuple[str, ...], list[str]], ...]],
        acronyms: frozenset[str],
        spaceless: tuple[tuple[str, ...], ...] = (),
    ) -> None:
        self.first = first  # first key -> (keys, the keys after the first), longest first
        self.token_keys = _TokenKeys(acronyms)
        self.word_keys = _WordKeys(acronyms)
        self.spaceless = spaceless  # keywords of scripts without spaces, counted as substrings

    def count(self, text: str) -> dict[tuple[str, ...], int]:
        """How often each keyword (as its keys) occurs; a longer keyword wins over a shorter one."""
        if text.isascii():  # the same words, found by one byte translation and keyed one by one
            runs = text.encode("ascii").translate(_ASCII_RUNS).decode("ascii").split()
            words = list(map(self.word_keys.__getitem__, runs))
        else:
            words = list(chain.from_iterable(map(self.token_keys.__getitem__, text.split())))
        first = self.first
        found: dict[tuple[str, ...], int] = {}
        free = 0  # words before this index are part of a match already
        for i in compress(range(len(words)), map(first.__contains__, words)):  # keyword starts only
            if i < free:
                continue
            for keys, rest in first[words[i]]:
                if not rest or words[i + 1 : i + 1 + len(rest)] == rest:
                    found[keys] = found.get(keys, 0) + 1
                    free = i + len(keys)
                    break
        if self.spaceless and not text.isascii():
            for keys in self.spaceless:
                # (a run of such characters is one "word": the keyword inside it, not as it)
                inside = text.count(keys[0]) - found.get(keys, 0)
                if inside > 0:
                    found[keys] = found.get(keys, 0) + inside
        return found


@lru_cache(maxsize=64)
def _compile(topics: tuple[TopicDef, ...]) -> tuple[_Matcher, dict[tuple[str, ...], tuple[tuple[int, str], ...]]]:
    """The matcher for a topic set, and for each keyword's keys the (topic index, keyword) it counts for.

    Within a topic, keywords with the same keys count once ("invest" and "investment").
    """
    index: dict[str, set[tuple[str, ...]]] = {}
    owners: dict[tuple[str, ...], list[tuple[int, str]]] = {}
    for position, topic in enumerate(topics):
        seen: set[tuple[str, ...]] = set()
        for keyword in topic.keywords:
            keys = term_keys(keyword)
            if keys and keys not in seen:
                seen.add(keys)
                owners.setdefault(keys, []).append((position, keyword))
                index.setdefault(keys[0], set()).add(keys)
    first = {
        k: tuple((keys, list(keys[1:])) for keys in sorted(v, key=lambda keys: (-len(keys), keys)))
        for k, v in index.items()
    }
    acronyms = frozenset(k for keys_set in index.values() for keys in keys_set for k in keys if _is_acronym(k))
    # (a keyword of a script written without spaces, "奖学金", is found inside its run of characters)
    spaceless = tuple(keys for keys in owners if len(keys) == 1 and SPACELESS.search(keys[0]))
    return _Matcher(first, acronyms, spaceless), {keys: tuple(v) for keys, v in owners.items()}


def topic_of(text: str, topics: Sequence[TopicDef]) -> str | None:
    """The key of the topic whose keywords `text` mentions most (config order breaks ties), or None."""
    topics = tuple(topics)
    if not topics:
        return None
    matcher, owners = _compile(topics)
    counts: dict[int, int] = {}
    for keys, n in matcher.count(text).items():
        for position, _ in owners[keys]:
            counts[position] = counts.get(position, 0) + n
    return topics[min(counts, key=lambda p: (-counts[p], p))].key if counts else None


def score_topics(item: Item, topics: Sequence[TopicDef]) -> tuple[TopicMatch, ...]:
    """Score `item` against each topic; only topics scoring above 0, best first."""
    topics = tuple(topics)
    if not topics:
        return ()
    matcher, owners = _compile(topics)
    # A derived title is the first sentence again: it earns no title bonus.
    title = {} if getattr(item, "title_derived", False) else matcher.count(item.title)
    body = matcher.count(item.text)
    scores: dict[int, float] = {}
    terms: dict[int, list[tuple[str, int]]] = {}
    for keys in sorted(body.keys() | title.keys()):  # a fixed order keeps float sums reproducible
        n = title.get(keys, 0) + body.get(keys, 0)
        gain = 1.0 + math.log(n) + (TITLE_BONUS if keys in title else 0.0)
        for position, keyword in owners[keys]:
            scores[position] = scores.get(position, 0.0) + gain
            terms.setdefault(position, []).append((keyword, n))
    matches = []
    for position in sorted(scores):  # config order, so the stable sort below breaks ties by it
        found = sorted(terms[position], key=lambda t: (-t[1], t[0].lower()))
        matches.append(TopicMatch(topics[position].key, round(scores[position], 2), tuple(found)))
    matches.sort(key=lambda m: -m.score)
    return tuple(matches)


PASSAGE_WORDS = 120  # short paragraphs (a news story's lines) are read together up to this many words
LONG_ITEM_WORDS = 400  # a shorter news story is one passage: its topics are the story's
PASSAGE_MIN_SCORE = 2.0  # two keywords, or one three times: a passage that names a topic in passing stays out


def passages(item: Item) -> list[tuple[Paragraph, ...]]:
    """The item cut into passages: runs of consecutive paragraphs of at least PASSAGE_WORDS words
    (the last run may be shorter and joins the one before), so a long section is read a paragraph
    or so at a time and a short news story stays whole."""
    runs: list[list[Paragraph]] = []
    words = 0
    for paragraph in item.paragraphs:
        if not runs or words >= PASSAGE_WORDS:
            runs.append([])
            words = 0
        runs[-1].append(paragraph)
        words += len(paragraph.text.split())
    if len(runs) > 1 and words < PASSAGE_WORDS // 2:
        runs[-2].extend(runs.pop())
    return [tuple(run) for run in runs]


def passage_topics(item: Item, topics: Sequence[TopicDef]) -> list[tuple[tuple[Paragraph, ...], tuple[str, ...]]]:
    """Each passage of `item` with the topics it joins, scored on its own text (see `joined`) and
    reaching PASSAGE_MIN_SCORE; a story under LONG_ITEM_WORDS is one passage with its own topics."""
    topics = tuple(topics)
    if item.kind == "article" and sum(len(p.text.split()) for p in item.paragraphs) < LONG_ITEM_WORDS:
        return [(item.paragraphs, tuple(m.topic for m in joined(score_topics(item, topics), topics)))]
    out = []
    for run in passages(item):
        piece = replace(item, paragraphs=run, title="")  # the passage alone: no title bonus
        found = joined(score_topics(piece, topics), topics)
        out.append((run, tuple(m.topic for m in found if m.score >= PASSAGE_MIN_SCORE)))
    return out


def joined(matches: Sequence[TopicMatch], topics: Sequence[TopicDef]) -> tuple[TopicMatch, ...]:
    """The matches that reach their topic's threshold (see `threshold`)."""
    best = max((m.score for m in matches), default=0.0)
    by_key = {t.key: t for t in topics}
    return tuple(m for m in matches if m.score >= threshold(by_key.get(m.topic), best))


def threshold(topic: TopicDef | None, best: float) -> float:
    """The score an item needs to join `topic` when its best topic scores `best`.

    Both min_score and min_share of the best score: a long paper section on trade that
    names "defense" twice stays out of the military topic, a short note on defense joins.
    """
    if topic is None:
        return 1.0
    return max(topic.min_score, topic.min_share * best)
