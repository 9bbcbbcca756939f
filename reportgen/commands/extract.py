"""Write back the config and JSON a briefing PDF carries (built with pdf: {attach: [config, json]})."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

HELP = "write the files a briefing PDF carries (its config and JSON) back to disk"
ORDER = 35
log = logging.getLogger("reportgen")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("pdf", metavar="PDF", help="a briefing PDF built with pdf: {attach: [config, json]}")
    parser.add_argument(
        "--to", metavar="DIR", default=".", help="folder to write them into (default: the current folder)"
    )


def run(args: argparse.Namespace) -> int:
    from reportgen.extract import embedded_files, write_back

    pairs = embedded_files(Path(args.pdf))
    for path in write_back(pairs, Path(args.to)):
        print(path)
    return 0
