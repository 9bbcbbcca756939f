"""Pick the executive summary: the main happenings across all selected items, verbatim, cited.

An analyst's summary says who did what, when and for how much, newest first, across topics and
sources.  It never reports the paper speaking of itself, advice, a heading left in the text, or
a sentence that opens by pointing at one not shown ("These investments ...").

Method (linear in the input):
1. Candidates are `summarise.candidates` of the items, without methods and literature sections
   and without sentences that are meta-discourse, advice or conjecture, lean back, or are
   heading fragments (see `discourse`, `eventness`).
2. Each scores CONCRETE cues, all read from the sentence itself:
   - an action verb (signed, visited, was ratified, will take place);
   - a date (a year, a month name, "last year"; a dated story's lead happening is dated by it);
   - an amount (a currency, "billion", "million", a percentage);
   - named actors: capitalised words after the first, up to four;
   - the kind of happening an analyst reports first: a visit (a state visit more), an agreement,
     a contract, loan or grant (nouns in _HAPPENING), an amount in billions;
   - recency: the newest year the sentence names (else its item's date), 1 in the as-of
     year, halving every RECENCY_HALF_LIFE years;
   plus a little of summarise's centrality and position and of the focus terms.
3. Greedy selection: the best candidate, then the best after penalties for word overlap with
   what is chosen (REDUNDANCY), another sentence of an item already used (SAME_ITEM), and a
   topic already covered (SAME_TOPIC); a near-duplicate is never taken, an item gives at most
   PER_ITEM sentences.
4. The chosen sentences are returned newest first (undated last, in input order).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from reportgen.analysis.chronology import happening_sentence
from reportgen.analysis.discourse import is_fragment, is_meta, is_meta_section, leans_back
from reportgen.analysis.eventness import has_action_verb, is_advice
from reportgen.analysis.model import Sentence
from reportgen.analysis.summarise import DUPLICATE, Candidate, candidates, overlap, score
from reportgen.corpus import Item

WEIGHTS = {"action": 1.0, "date": 1.0, "amount": 1.0, "names": 0.8, "recency": 1.2, "base": 0.25, "kind": 1.0,
           "state_visit": 0.5, "billion": 0.4}
RECENCY_HALF_LIFE = 3.0  # years
REDUNDANCY = 1.0
SAME_ITEM = 0.8
SAME_TOPIC = 0.25
PER_ITEM = 2
LONG_WORDS = 45  # longer sentences read poorly as bullets

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DATE = re.compile(rf"\b(?:1[89]\d\d|20\d\d)\b|\b(?:{_MONTHS})\b|\b(?:last|this|next)\s+(?:year|month|week)\b")
_AMOUNT = re.compile(
    r"(?:\b(?:USD|EUR|GBP|JPY|KRW|CNY|RUB|KZT|UZS|KSh|US\$)|[$€£¥₸])\s?\d|\d\s*(?:billion|million|bn|mln|thousand|"
    r"percent|per\s+cent|%)|\b\d[\d,.]*\s+(?:tenge|som|tugrik|yen|won|euros?|dollars?|shillings?|rubles?|roubles?)\b",
    re.IGNORECASE)
# Nouns naming the happenings an analyst reports first: visits, agreements, loans and grants.
_HAPPENING = re.compile(
    r"\b(?:visits?|summits?|agreements?|memorand(?:um|a)|treat(?:y|ies)|accords?|partnerships?|protocols?|"
    r"contracts?|loans?|grants?|deals?|declarations?|joint\s+statements?)\b", re.IGNORECASE)
_BILLION = re.compile(r"\d\s*(?:billion|bn)\b", re.IGNORECASE)
_STATE_VISIT = re.compile(r"\b(?:state|official)\s+visit\b", re.IGNORECASE)
_CAPITALISED = re.compile(r"(?<=\s)[A-Z][\w’'-]+")
_CITATION = re.compile(r"\([^()]*\b(?:1[89]|20)\d\d[a-z]?\)")  # "(Aushev, 2024)" dates a source, not the news
_EARLY_DEMONSTRATIVE = re.compile(r"^(?:\S+\s+){1,4}(?:this|these|those|such)\s+(?!year|month|week)", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"^(?:We|I|Our|My)\b")  # a quote whose speaker the sentence does not name


def headlines(items: Sequence[Item], n: int, *, as_of: dt.date, topic_of=None,
              query_terms: Sequence[str] = ()) -> tuple[Sentence, ...]:
    """Up to `n` verbatim sentences stating the main happenings of `items`, newest first.

    `topic_of(text) -> str | None` names a sentence's topic, for diversity.
    """
    if n <= 0 or not items:
        return ()
    items = [i for i in items if not (i.kind == "section" and is_meta_section(i.title, introduction=False))]
    pool = [c for c in candidates(items) if _reportable(c)]
    if not pool:
        return ()
    base = score(pool, items, query_terms)
    top = max(base) or 1.0
    dates = [_when(c, items[c.item_rank]) for c in pool]
    leads = {item.id: happening_sentence(item) for item in items if item.kind == "article" and item.date}
    values = [_value(c, b / top, when, as_of, leads.get(c.item_id) == c.text) for c, b, when in zip(pool, base, dates)]
    topics = [topic_of(c.text) if topic_of else None for c in pool]
    chosen = _choose(pool, values, topics, n)
    order = sorted(chosen, key=lambda i: (dates[i] is None, -(dates[i] or dt.date.min).toordinal(), i))
    return tuple(pool[i].sentence for i in order)


def _reportable(c: Candidate) -> bool:
    text = c.text
    return not (is_meta(text) or is_advice(text) or leans_back(text) or is_fragment(text)
                or _FIRST_PERSON.match(text))


def _when(c: Candidate, item: Item) -> dt.date | None:
    """The newest year the sentence names (its item's date when it names none)."""
    years = [int(y) for y in _YEAR.findall(_CITATION.sub("", c.text))]
    if item.date and (not years or max(years) >= item.date.year):
        return item.date
    return dt.date(max(years), 1, 1) if years else None


def _value(c: Candidate, base: float, when: dt.date | None, as_of: dt.date, lead: bool) -> float:
    w = WEIGHTS
    text = _CITATION.sub("", c.text)
    names = len(_CAPITALISED.findall(text))
    value = w["base"] * base
    value += w["action"] * has_action_verb(text)
    value += w["date"] * (lead or bool(_DATE.search(text)))  # a story's lead is dated by its publication
    value += w["amount"] * bool(_AMOUNT.search(text))
    value += w["names"] * min(names, 4) / 4
    kinds = {m.group().lower().rstrip("s") for m in _HAPPENING.finditer(text)}
    value += w["kind"] * min(len(kinds), 2) / 2 * 1.5 + w["state_visit"] * bool(_STATE_VISIT.search(text))
    value += w["billion"] * bool(_BILLION.search(text))
    if when is not None:
        years = max(0.0, (as_of - when).days / 365.25)
        # A story's later sentences are details of its lead: half the credit unless they name a date.
        share = 1.0 if lead or _DATE.search(text) else 0.5
        value += share * w["recency"] * 0.5 ** (years / RECENCY_HALF_LIFE)
    if len(text.split()) > LONG_WORDS:
        value -= 0.5
    if _EARLY_DEMONSTRATIVE.match(text):
        value -= 0.5  # "The development of this area ...": leans on what came before
    return value


def _choose(pool: Sequence[Candidate], values: Sequence[float], topics: Sequence[str | None], n: int) -> list[int]:
    chosen: list[int] = []
    per_item: Counter = Counter()
    per_topic: Counter = Counter()
    left = set(range(len(pool)))
    while left and len(chosen) < n:
        best, best_value = -1, float("-inf")
        for i in sorted(left):
            c = pool[i]
            if per_item[c.item_rank] >= PER_ITEM:
                continue
            similarity = max((overlap(c.keys, pool[j].keys) for j in chosen), default=0.0)
            if similarity >= DUPLICATE:
                continue
            value = (values[i] - REDUNDANCY * similarity - SAME_ITEM * per_item[c.item_rank]
                     - SAME_TOPIC * (per_topic[topics[i]] if topics[i] else 0))
            if value > best_value:
                best, best_value = i, value
        if best < 0:
            break
        chosen.append(best)
        left.discard(best)
        per_item[pool[best].item_rank] += 1
        per_topic[topics[best]] += 1
    return chosen

