"""Run the allocation-heavy analysis stages with the cyclic GC's young collections made rare.

The analysis allocates millions of small acyclic objects (tuples, sets, match objects) that
reference counting frees at once; the cyclic collector's passes find nothing to free but, as
the corpus and the stage's results grow, its older passes walk them all again and again: about
a third of the analysis time at 10,000 articles (benchmarks/results/scale.txt).  The same
thresholds as the render's (reportgen.render.prefork.GC_THRESHOLDS); ingest pauses it outright.
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
    """Run `function` under THRESHOLDS, then restore the caller's (a no-op inside another such stage)."""

    @wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        previous = gc.get_threshold()
        if previous[0] >= THRESHOLDS[0]:
            return function(*args, **kwargs)
        gc.set_threshold(*THRESHOLDS)
        try:
            return function(*args, **kwargs)
        finally:
            gc.set_threshold(*previous)

    return run
