"""Pick the few sentences that best sum up some items, verbatim, with citations.

Method (extractive, linear in the input; no graph over the whole corpus):
1. Candidates are the sentences of every paragraph (`reportgen.text.split_sentences`),
   minus junk: fragments (starting in lower case or not ending a sentence), headings,
   shorter than MIN_WORDS, source lines and link-only text.
2. Each candidate scores a weighted sum (WEIGHTS) of
   - position: 1/(1 + rank) of the sentence within its item: news puts the gist first,
     and a paper section opens with its topic sentence;
   - title: the share of its item's title words it repeats (a title is a human summary);
   - centrality: how many other sentences share each of its content words (stems, stop
     words dropped), averaged over its words and scaled to 0..1 over the input;
   - query: the share of query terms (topic keywords, focus terms) it contains, capped
     at three, weighted so that a topic's own sentences beat another topic's lead.
   The weights were set on benchmarks/gold/summaries (hand-written items) and checked
   on seed items; see benchmarks/quality.py.
3. Greedy selection (maximal marginal relevance): take the best candidate, then the
   best remaining one after subtracting REDUNDANCY x its word overlap with what is
   chosen; a candidate whose overlap coefficient with a chosen sentence reaches
   DUPLICATE is dropped, so a paragraph repeated
   verbatim, or reworded slightly, is never summarised twice.  A further sentence
   from an item already used pays SAME_ITEM, spreading multi-item summaries.
4. The chosen sentences are returned in input order: by item, then source position.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportgen.analysis.model import Sentence
from reportgen.analysis.topics import stem
from reportgen.corpus import Item, Location
from reportgen.text import split_sentences

MIN_WORDS = 6
DUPLICATE = 0.7
REDUNDANCY = 0.5
SAME_ITEM = 0.35
WEIGHTS = {"centrality": 0.3, "position": 2.0, "title": 1.0, "query": 3.0}

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours ourselves out over
    own same she should so some such than that the their theirs them themselves then there these they
    this those through to too under until up very was we were what when where which while who whom why
    will with would you your yours yourself yourselves said says say noted stated well within upon
    two one new per among via amid toward towards however also further already thus therefore
    particular particularly especially including like many much several various
    """.split()
)

_WORD_RUN = re.compile(r"[^\W_]+")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'»”’)\]]*$")
_NON_PROSE = re.compile(r"^\s*(?:\*?source\b|keywords?\b|https?://|table\s+\d|figure\s+\d)|https?://|\t", re.IGNORECASE)


@dataclass(frozen=True)
class Candidate:
    """A sentence that may enter a summary, with what scoring needs to know about it."""

    sentence: Sentence
    keys: frozenset[str]
    item_rank: int  # position of its item in the input
    rank: int  # position among its item's candidates


def content_keys(text: str) -> frozenset[str]:
    """Stems of the content words of `text` (stop words and one- or two-letter words dropped)."""
    out = set()
    for word in _WORD_RUN.findall(text.lower()):
        if len(word) > 2 and word not in STOPWORDS:
            out.add(stem(word))
    return frozenset(out)


def is_junk(text: str) -> bool:
    """True for text that is not a self-contained prose sentence."""
    if not text[:1].isalpha() and text[:1] not in "\"'«“‘(0123456789$":
        return True
    if text[:1].islower() or not _ENDS_SENTENCE.search(text) or _NON_PROSE.search(text):
        return True
    return len(_WORD_RUN.findall(text)) < MIN_WORDS


def sentences(item: Item) -> list[tuple[Sentence, bool]]:
    """Every sentence of `item` in source order, each with whether it is junk."""
    out = []
    index = 0
    for paragraph in item.paragraphs:
        text = paragraph.text
        cursor = 0
        for piece in split_sentences(text):
            offset = text.find(piece, cursor)
            if offset < 0:
                offset = cursor
            cursor = offset + len(piece)
            line = paragraph.location.line + text.count("\n", 0, offset)
            sentence = Sentence(piece, item.id, Location(paragraph.location.path, line), index)
            out.append((sentence, is_junk(piece)))
            index += 1
    return out


def candidates(items: Sequence[Item]) -> list[Candidate]:
    """The non-junk sentences of `items`; an item with none offers its longer junk instead."""
    out = []
    for item_rank, item in enumerate(items):
        found = sentences(item)
        usable = [s for s, junk in found if not junk]
        if not usable:
            usable = [s for s, _ in found if len(_WORD_RUN.findall(s.text)) >= MIN_WORDS]
        for rank, sentence in enumerate(usable):
            out.append(Candidate(sentence, content_keys(sentence.text), item_rank, rank))
    return out


def score(pool: Sequence[Candidate], items: Sequence[Item], query_terms: Iterable[str] = ()) -> list[float]:
    """Relevance of each candidate (see the module docstring)."""
    spread = Counter(key for c in pool for key in c.keys)
    centrality = [sum(spread[k] - 1 for k in c.keys) / len(c.keys) if c.keys else 0.0 for c in pool]
    top = max(centrality, default=0.0) or 1.0
    query = frozenset(k for term in query_terms for k in content_keys(term))
    titles = [frozenset() if getattr(item, "title_derived", False) else content_keys(item.title) for item in items]
    w = WEIGHTS
    out = []
    for c, cent in zip(pool, centrality):
        title = titles[c.item_rank]
        value = w["centrality"] * cent / top + w["position"] / (1 + c.rank)
        if title:
            value += w["title"] * len(c.keys & title) / len(title)
        if query:
            value += w["query"] * min(1.0, len(c.keys & query) / min(len(query), 3))
        out.append(value)
    return out


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap coefficient: shared words over the smaller set's size."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def choose(pool: Sequence[Candidate], scores: Sequence[float], n: int) -> list[Candidate]:
    """Greedy MMR: best first, never a near-duplicate of a chosen sentence."""
    chosen: list[Candidate] = []
    used_items: Counter = Counter()
    alive = list(range(len(pool)))
    while alive and len(chosen) < n:
        best, best_value = -1, -math.inf
        keep = []
        for i in alive:
            c = pool[i]
            similarity = max((overlap(c.keys, d.keys) for d in chosen), default=0.0)
            if similarity >= DUPLICATE:
                continue  # drop for good: it repeats a chosen sentence
            keep.append(i)
            value = scores[i] - REDUNDANCY * similarity - SAME_ITEM * used_items[c.item_rank]
            if value > best_value:
                best, best_value = i, value
        alive = [i for i in keep if i != best]
        if best < 0:
            break
        chosen.append(pool[best])
        used_items[pool[best].item_rank] += 1
    return chosen


def summarise(items: Sequence[Item], n: int, *, query_terms: Sequence[str] = ()) -> tuple[Sentence, ...]:
    """Up to `n` verbatim sentences summing up `items`, in item order then source order."""
    if n <= 0 or not items:
        return ()
    items = list(items)
    pool = candidates(items)
    chosen = choose(pool, score(pool, items, query_terms), n)
    chosen.sort(key=lambda c: (c.item_rank, c.sentence.index))
    return tuple(c.sentence for c in chosen)
