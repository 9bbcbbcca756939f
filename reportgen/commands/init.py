"""Create a new briefing project in a folder (never overwrites anything)."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

HELP = "create a new briefing project: config.yaml, example seeds, a custom layout"
ORDER = 60
log = logging.getLogger("reportgen")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", type=Path, metavar="DIR", help="a new or empty folder")


def run(args: argparse.Namespace) -> int:
    from reportgen.project_init import create_project

    for path in create_project(args.folder):
        print(path)
    sys.stdout.flush()  # the paths first, then the chatter on stderr
    log.info("created a briefing project in %s; next: reportgen build %s", args.folder, args.folder / "config.yaml")
    return 0
