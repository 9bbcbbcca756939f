"""Summarise by lead-N, LexRank and TextRank: the baselines benchmarks/quality.py measures against.

All three take the same candidate sentences as `summarise` (junk dropped), so the
comparison is between ways of choosing, not of splitting.  Pure Python; fine for one
item or one topic (the graph methods are quadratic in the number of sentences).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence

from reportgen.analysis.model import Sentence
from reportgen.analysis.summarise import Candidate, candidates
from reportgen.analysis.topics import stem
from reportgen.corpus import Item
from reportgen.text import words


def lead(items: Sequence[Item], n: int) -> tuple[Sentence, ...]:
    """The first `n` sentences, taking each item's first sentence before any item's second."""
    pool = candidates(items)
    pool.sort(key=lambda c: (c.rank, c.item_rank))
    return _in_order(pool[:n])


def _terms(text: str) -> list[str]:
    return [stem(w.lower()) for w in words(text)]


def idf_table(texts: Sequence[str]) -> dict[str, float]:
    """Inverse document frequency of each stem over `texts` (each text one document)."""
    df: Counter = Counter()
    for text in texts:
        df.update(set(_terms(text)))
    n = len(texts)
    return {t: math.log(n / d) for t, d in df.items()}


def lexrank(
    items: Sequence[Item],
    n: int,
    *,
    idf: Mapping[str, float] | None = None,
    threshold: float = 0.1,
    damping: float = 0.85,
) -> tuple[Sentence, ...]:
    """LexRank (Erkan & Radev 2004): PageRank over the thresholded idf-cosine sentence graph."""
    pool = candidates(items)
    if not pool:
        return ()
    idf = idf if idf is not None else idf_table([c.text for c in pool])
    default = max(idf.values(), default=1.0)
    vectors = []
    for c in pool:
        tf = Counter(_terms(c.text))
        vectors.append({t: f * idf.get(t, default) for t, f in tf.items()})
    norms = [math.sqrt(sum(v * v for v in vec.values())) or 1.0 for vec in vectors]
    m = len(pool)
    edges = [[0.0] * m for _ in range(m)]
    for i in range(m):
        for j in range(i, m):
            shared = vectors[i].keys() & vectors[j].keys()
            cosine = sum(vectors[i][t] * vectors[j][t] for t in shared) / (norms[i] * norms[j])
            if i == j or cosine > threshold:
                edges[i][j] = edges[j][i] = 1.0
    return _in_order(_top(pool, _pagerank(edges, damping), n))


def textrank(items: Sequence[Item], n: int, *, damping: float = 0.85) -> tuple[Sentence, ...]:
    """TextRank (Mihalcea & Tarau 2004): weighted PageRank, similarity = shared words / (log|a| + log|b|)."""
    pool = candidates(items)
    if not pool:
        return ()
    bags = [set(_terms(c.text)) for c in pool]
    m = len(pool)
    edges = [[0.0] * m for _ in range(m)]
    for i in range(m):
        for j in range(i + 1, m):
            denominator = math.log(len(bags[i]) + 1) + math.log(len(bags[j]) + 1)
            weight = len(bags[i] & bags[j]) / denominator if denominator else 0.0
            edges[i][j] = edges[j][i] = weight
    return _in_order(_top(pool, _pagerank(edges, damping), n))


def _pagerank(edges: list[list[float]], damping: float, iterations: int = 100, tolerance: float = 1e-6) -> list[float]:
    m = len(edges)
    out_weight = [sum(row) or 1.0 for row in edges]
    rank = [1.0 / m] * m
    for _ in range(iterations):
        new = [
            (1 - damping) / m + damping * sum(edges[j][i] * rank[j] / out_weight[j] for j in range(m)) for i in range(m)
        ]
        done = sum(abs(a - b) for a, b in zip(new, rank)) < tolerance
        rank = new
        if done:
            break
    return rank


def _top(pool: list[Candidate], ranks: list[float], n: int) -> list[Candidate]:
    order = sorted(range(len(pool)), key=lambda i: (-ranks[i], i))
    return [pool[i] for i in order[:n]]


def _in_order(chosen: list[Candidate]) -> tuple[Sentence, ...]:
    return tuple(c.sentence for c in sorted(chosen, key=lambda c: (c.item_rank, c.index)))
