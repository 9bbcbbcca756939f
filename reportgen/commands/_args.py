"""argparse value types shared by the commands: a bad value is a one-line usage error (exit 2)."""
from __future__ import annotations

import argparse
import math


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
    parser.add_argument("--timeout", type=positive_seconds, default=None, metavar="SECONDS",
                        help="stop a render that runs longer than this (default: limits: seconds: in the config, "
                             "else 300)")


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
