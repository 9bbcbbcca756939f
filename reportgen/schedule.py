"""Run a job at each time a cron expression names, in the foreground, until told to stop.

`run_schedule` owns only timing and logging: the clock, the sleep and the stop event
are injected, so tests drive it with a fake clock and no real waiting.  A failing job
is logged on one line and the schedule goes on; missed fire times (a build longer
than the interval, a suspended laptop) are skipped, never run as a backlog.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from typing import Protocol

from reportgen.errors import UsageError, one_line

log = logging.getLogger("reportgen")

#: The @-aliases croniter knows that name times (not @reboot).
ALIASES = ("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly")

#: Longest single sleep: the clock is re-read at least this often, so a wall-clock jump
#: (suspend, NTP step, DST) delays a build by at most this much.
MAX_NAP = 60.0


class Clock(Protocol):
    def now(self) -> dt.datetime: ...


class SystemClock:
    """Local wall-clock time, timezone-aware so cron fields mean local hours across DST."""

    def now(self) -> dt.datetime:
        return dt.datetime.now().astimezone()


def parse_cron(expression: str):
    """A croniter for a 5-field cron expression (or @daily-style alias); UsageError if invalid."""
    from croniter import croniter  # imported here: `reportgen --help` stays light

    fields = expression.split()
    hint = "expected 5 fields: minute hour day-of-month month day-of-week, e.g. '0 7 * * MON'"
    if not expression.startswith("@") and len(fields) != 5:
        raise UsageError(f"invalid --cron '{expression}': {len(fields)} field{'s' if len(fields) != 1 else ''}; {hint}")
    if expression.startswith("@") and expression.strip() not in ALIASES:  # @reboot means nothing to a clock
        raise UsageError(
            f"invalid --cron '{expression}': unknown alias; use one of {', '.join(ALIASES)}, "
            "or 5 fields such as '0 7 * * MON'"
        )
    try:
        croniter(expression, dt.datetime(2000, 1, 1)).get_next(dt.datetime)  # '0 0 31 2 *' parses, never fires
        return croniter(expression, dt.datetime(2000, 1, 1))
    except (ValueError, KeyError) as exc:  # croniter's errors are ValueErrors; some aliases KeyError
        if type(exc).__name__ == "CroniterBadDateError":
            raise UsageError(
                f"invalid --cron '{expression}': no date ever matches it (such as 31 February); "
                "check the day-of-month and month fields"
            ) from None
        reason = str(exc).strip().rstrip(".") or type(exc).__name__
        raise UsageError(f"invalid --cron '{expression}': {reason}; {hint}") from None


def next_fire(expression: str, after: dt.datetime) -> dt.datetime:
    """The first time strictly after `after` that the expression names."""
    from croniter import croniter

    parse_cron(expression)
    return croniter(expression, after).get_next(dt.datetime)


def run_schedule(
    cron: str,
    job: Callable[[dt.datetime], str | None],
    *,
    clock: Clock,
    sleep: Callable[[float], object],
    stop: threading.Event | None = None,
    log: logging.Logger = log,
    timer: Callable[[], float] = time.perf_counter,
) -> int:
    """Call job(fire_time) at each fire time until `stop` is set; return 0.

    `job` returns a short description of what it did ("built out/x.pdf"); it is logged as
    `2026-02-23 07:00 built out/x.pdf in 1.9 s`.  An exception is logged as
    `2026-02-23 07:00 FAILED: <one line>` and the schedule continues.  `sleep(seconds)`
    should return early when `stop` is set (pass `stop.wait`).
    """
    stop = stop or threading.Event()
    parse_cron(cron)  # fail before the first wait, not at the first fire time
    fire = next_fire(cron, clock.now())
    log.info("next build at %s", _minute(fire))
    while not stop.is_set():
        remaining = (fire - clock.now()).total_seconds()
        if remaining > 0:
            sleep(min(remaining, MAX_NAP))
            continue
        started = timer()
        try:
            what = job(fire) or "done"
        except Exception as exc:  # a failed build must not end the schedule
            log.info("%s FAILED: %s", _minute(fire), one_line(exc))
            log.debug("traceback of the failure", exc_info=True)
        else:
            log.info("%s %s in %.1f s", _minute(fire), what, timer() - started)
        # From "now", not from `fire`: slots missed while building are skipped.
        fire = next_fire(cron, max(clock.now(), fire))
        if not stop.is_set():
            log.debug("next build at %s", _minute(fire))
    return 0


def _minute(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")
