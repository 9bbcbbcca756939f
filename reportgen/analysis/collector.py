"""Run the allocation-heavy analysis stages with the cyclic GC's young collections made rare.

The analysis allocates millions of small acyclic objects (tuples, sets, match objects) that
reference counting frees at once; the cyclic collector's passes find nothing to free but, as
the corpus and the stage's results grow, its older passes walk them all again and again: about
a third of the analysis time at 10,000 articles (benchmarks/results/scale.txt).  The same
thresholds as the render's (reportgen.render.prefork.GC_THRESHOLDS); ingest pauses it outright.

What was alive before a stage (the corpus, earlier stages' results and caches) is frozen while it
runs, as the render's parent does, so no pass walks it again: a stage called once per item (the
items' own summaries) otherwise pays, at 10,000 articles, ~0.8 s of collections that walk every
earlier call's cached sentences.  Nothing is frozen when something else already froze objects
(the render's prefork parent): unfreezing would hand its objects back to the collector.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

#: gc.set_threshold while a stage runs: young collections 100x rarer, older ones as usual.
THRESHOLDS = (100_000, 50, 100)

P = ParamSpec("P")
R = TypeVar("R")


def fewer_collections(function: Callable[P, R]) -> Callable[P, R]:
    """Run `function` under THRESHOLDS with older objects frozen, then restore the caller's
    thresholds and unfreeze (a no-op inside another such stage)."""

    @wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        previous = gc.get_threshold()
        if previous[0] >= THRESHOLDS[0]:
            return function(*args, **kwargs)
        gc.set_threshold(*THRESHOLDS)
        freeze = gc.get_freeze_count() == 0
        if freeze:
            gc.freeze()  # O(1): the collector's lists are moved, not walked
        try:
            return function(*args, **kwargs)
        finally:
            if freeze:
                gc.unfreeze()  # back into the oldest generation: collected as before, only later
            gc.set_threshold(*previous)

    return run
