"""The bounds of one build (wall time, memory, pages) and the one-line message for each.

The render runs in a helper process (reportgen.render.prefork) that the parent kills at
the limit.  The analysis runs here, in the build's own process: it is bounded by a timer
signal and a temporary cap on the address space (see `in_process`), because a corpus of
hundreds of thousands of items makes it superlinear (benchmarks/scale.py: 10,000 articles
8 s and 190 MB, 50,000 articles 53 s and 840 MB).
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from reportgen.errors import LimitExceeded

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Defaults fit a briefing of a few hundred pages with room to spare; a runaway layout hits one."""

    seconds: float = 300.0
    memory_mb: int = 2048
    pages: int = 1000

    def with_timeout(self, seconds: float | None) -> Limits:
        """These limits with `--timeout` applied (None: keep the config's)."""
        return self if seconds is None else replace(self, seconds=seconds)


def time_exceeded(limits: Limits, stage: str = "render") -> LimitExceeded:
    return LimitExceeded(
        f"the {stage} ran past the build's {limits.seconds:g} s time limit and was stopped; raise it "
        "with --timeout SECONDS or limits: {seconds: ...} in the config; the old outputs are kept"
    )


def memory_exceeded(limits: Limits, stage: str = "render", died_of: str = "") -> LimitExceeded:
    """`died_of`: the signal that ended the render when it could not say so itself (a C library's abort)."""
    what = (
        f"died of {died_of}, most likely at the {limits.memory_mb} MB memory limit"
        if died_of
        else f"needed more than the {limits.memory_mb} MB memory limit and was stopped"
    )
    return LimitExceeded(
        f"the {stage} {what}; raise it with limits: {{memory_mb: ...}} in the config; the old outputs are kept"
    )


def pages_exceeded(limits: Limits) -> LimitExceeded:
    return LimitExceeded(
        f"the PDF grew past the {limits.pages}-page limit and was stopped; raise it with "
        "limits: {pages: ...} in the config, or show fewer items (max_items: in topic sections); "
        "the old outputs are kept"
    )


class _OutOfTime(BaseException):
    """Raised by the timer inside the bounded stage; a BaseException so no `except Exception` swallows it."""


@contextmanager
def in_process(limits: Limits, deadline: float, stage: str) -> Iterator[None]:
    """Bound a stage that runs in this process: stopped at `deadline` (time.monotonic()), and
    allocations past `limits.memory_mb` of address space fail, for this block only.

    The timer needs the main thread (signals are delivered there); elsewhere only memory is capped.
    """
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise time_exceeded(limits, stage)
    timed = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
    if timed:

        def expire(signum, frame):
            raise _OutOfTime

        previous = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, remaining)
    restore = _cap_address_space(limits.memory_mb)
    try:
        yield
    except _OutOfTime:
        raise time_exceeded(limits, stage) from None
    except MemoryError:
        raise memory_exceeded(limits, stage) from None
    finally:
        restore()
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def cap_address_space(megabytes: int) -> None:
    """Cap this process's address space for good (the render helper, which exits after one render)."""
    _cap_address_space(megabytes)


def _cap_address_space(megabytes: int):
    """Lower the soft RLIMIT_AS to `megabytes` (never above the hard limit); return what undoes it."""
    try:
        import resource
    except ImportError:  # not POSIX: the time limit still holds
        return lambda: None
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = megabytes * MB
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft <= wanted:  # already tighter: leave it
        return lambda: None
    resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    return lambda: resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
