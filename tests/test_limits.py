"""Limits on the stages that run in the build's own process: a timer and a temporary memory cap."""

from __future__ import annotations

import resource
import signal
import time
from pathlib import Path

import pytest

from reportgen.errors import LimitExceeded
from reportgen.limits import Limits, in_process


def test_a_stage_past_the_deadline_is_stopped_and_the_timer_is_put_back():
    before = signal.getsignal(signal.SIGALRM)
    with pytest.raises(LimitExceeded) as err:
        with in_process(Limits(seconds=0.2), time.monotonic() + 0.2, "analysis"):
            while True:
                pass
    assert str(err.value) == (
        "the analysis ran past the build's 0.2 s time limit and was stopped; raise it with "
        "--timeout SECONDS or limits: {seconds: ...} in the config; the old outputs are kept"
    )
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_stage_whose_time_is_already_up_does_not_start():
    ran = []
    with pytest.raises(LimitExceeded):
        with in_process(Limits(seconds=5), time.monotonic() - 1, "analysis"):
            ran.append(True)
    assert ran == []


def test_a_stage_past_the_memory_limit_is_stopped_and_the_cap_lifted_after():
    status = Path("/proc/self/status").read_text()
    size_mb = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmSize"))) // 1024
    before = resource.getrlimit(resource.RLIMIT_AS)
    with pytest.raises(LimitExceeded) as err:
        with in_process(Limits(memory_mb=size_mb + 100), time.monotonic() + 60, "analysis"):
            bytearray(400 * 1024 * 1024)
    assert str(err.value) == (
        f"the analysis needed more than the {size_mb + 100} MB memory limit and was stopped; "
        "raise it with limits: {memory_mb: ...} in the config; the old outputs are kept"
    )
    assert resource.getrlimit(resource.RLIMIT_AS) == before
    assert len(bytearray(400 * 1024 * 1024)) == 400 * 1024 * 1024


def test_a_chronology_shows_its_latest_events_by_default_and_with_a_limit():
    import datetime as dt
    from types import SimpleNamespace

    from reportgen.parts.chronology import DEFAULT_LIMIT, split_rows

    day = dt.date(2020, 1, 1)
    events = [
        SimpleNamespace(start=day + dt.timedelta(days=k), end=day + dt.timedelta(days=k), focus=False)
        for k in range(DEFAULT_LIMIT + 50)
    ]
    shown, left = split_rows(events, {})
    assert (shown[0], shown[-1], len(left)) == (events[50], events[-1], 50)
    shown, left = split_rows(events, {"order": "newest"})
    assert (shown[0], len(shown), left[0]) == (events[-1], DEFAULT_LIMIT, events[49])
    shown, left = split_rows(events, {"limit": 10})
    assert (shown, len(left)) == (tuple(events[-10:]), DEFAULT_LIMIT + 40)
