"""Rebuild a briefing whenever its config, templates or sources change."""

from __future__ import annotations

import argparse
import logging
import threading
from pathlib import Path

from reportgen.commands import _args

HELP = "rebuild a briefing whenever its config, layout or sources change (Ctrl-C stops)"
ORDER = 40
log = logging.getLogger("reportgen")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("config", type=Path, metavar="CONFIG", help="config.yaml")
    parser.add_argument(
        "--interval",
        type=_args.positive_seconds,
        default=0.5,
        metavar="SECONDS",
        help="how often to look for changes (default 0.5)",
    )
    _args.add_as_of(parser)
    _args.add_lock_timeout(parser)
    _args.add_timeout(parser)


def run(args: argparse.Namespace) -> int:
    from reportgen.config import read_config_text
    from reportgen.watch import watch

    read_config_text(args.config)  # a missing or unreadable file fails now; a broken config is watched until fixed
    # Imported once: every rebuild after the first pays no import and reuses WeasyPrint.
    from reportgen.build import build
    from reportgen.render.prefork import preload

    preload()  # each build's render helper is forked from here, with WeasyPrint and its fonts loaded

    def rebuild():
        return build(
            args.config, as_of=_args.as_of_date(args.as_of), lock_timeout=args.lock_timeout, timeout=args.timeout
        )

    # Ctrl-C, SIGTERM and SIGHUP stop it at once, a rebuild in progress too (see commands/schedule.py).
    stop = threading.Event()
    return watch(args.config, rebuild=rebuild, poll_interval=args.interval, stop=stop)
