"""argparse value types shared by the commands: a bad value is a one-line usage error (exit 2)."""

from __future__ import annotations

import argparse
import datetime as dt
import math

#: How long a run waits for another run of the same config before giving up (seconds).
LOCK_TIMEOUT = 60.0

TODAY = "today"


def as_of(text: str) -> dt.date | str:
    """--as-of: YYYY-MM-DD, or 'today', kept as a word so a long-running watch or schedule
    takes each build's own day (see `as_of_date`)."""
    if text == TODAY:
        return TODAY
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; use YYYY-MM-DD or 'today'") from None


def as_of_date(value: dt.date | str | None) -> dt.date | None:
    """The date an --as-of value means now (None: the config's own as_of)."""
    if isinstance(value, str):  # TODAY: the only word as_of() lets through
        return dt.date.today()
    return value


def add_as_of(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as-of",
        type=as_of,
        metavar="DATE",
        help="the briefing's as-of date (YYYY-MM-DD or 'today'); overrides the config",
    )


def add_lock_timeout(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lock-timeout",
        type=seconds,
        default=LOCK_TIMEOUT,
        metavar="SECONDS",
        help=f"how long to wait for another run of the same config (default {LOCK_TIMEOUT:g})",
    )


def jobs(text: str) -> int:
    """--jobs: a whole number of worker processes, 1 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number; give 1 or more") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def add_timeout(parser: argparse.ArgumentParser) -> None:
    """--timeout, the same on build, watch and schedule."""
    parser.add_argument(
        "--timeout",
        type=positive_seconds,
        default=None,
        metavar="SECONDS",
        help="stop a render that runs longer than this (default: limits: seconds: in the config, else 300)",
    )


def seconds(text: str) -> float:
    """--lock-timeout: seconds, 0 (do not wait) or more."""
    value = _number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more seconds, not {text}")
    return value


def positive_seconds(text: str) -> float:
    """--interval: seconds, more than 0 (0 would poll in a busy loop)."""
    value = _number(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds, not {text}")
    return value


def _number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):  # float() also takes 'nan' and 'inf'
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds")
    return value
