"""Build a briefing at the times a cron expression names, in the foreground."""

from __future__ import annotations

import argparse
import logging
import threading
from pathlib import Path

from reportgen.commands import _args
from reportgen.files import shown as _shown

HELP = "build a briefing at each time a cron expression names (foreground; Ctrl-C stops)"
ORDER = 50
log = logging.getLogger("reportgen")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("config", type=Path, metavar="CONFIG", help="config.yaml")
    parser.add_argument(
        "--cron",
        required=True,
        metavar="EXPR",
        help="when to build, as 5 cron fields in local time, e.g. '0 7 * * MON' (Mondays 07:00)",
    )
    parser.add_argument(
        "--if-changed", action="store_true", help="skip a build when nothing changed since the last successful one"
    )
    _args.add_as_of(parser)
    _args.add_lock_timeout(parser)
    _args.add_timeout(parser)


def run(args: argparse.Namespace) -> int:
    from reportgen.config import read_config_text
    from reportgen.schedule import SystemClock, parse_cron, run_schedule

    parse_cron(args.cron)  # a bad expression fails now with exit 2, not at the first fire time
    read_config_text(args.config)  # a missing or unreadable file fails now, not at the first fire time
    # Import the whole pipeline once, now: every scheduled build reuses the loaded
    # modules (WeasyPrint, fonts, templates cache) instead of paying for them again.
    from reportgen.build import build
    from reportgen.jobs import describe
    from reportgen.render.prefork import preload

    preload()  # each build's render helper is forked from here, with WeasyPrint and its fonts loaded

    def job(fire) -> str:
        result = build(
            args.config,
            as_of=_args.as_of_date(args.as_of),
            if_changed=args.if_changed,
            lock_timeout=args.lock_timeout,
            timeout=args.timeout,
        )
        for path in result.outputs:
            print(_shown(path), flush=True)
        return describe(result)

    # Ctrl-C, SIGTERM and SIGHUP stop it at once, a build in progress too (reportgen.cli turns
    # them into exceptions): its render helper is killed, its temp files removed, its run marked failed.
    stop = threading.Event()
    log.info("scheduling %s at '%s'; Ctrl-C stops", args.config, args.cron)
    return run_schedule(args.cron, job, clock=SystemClock(), sleep=stop.wait, stop=stop, log=log)
