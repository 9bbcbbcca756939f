"""Print what reportgen finds in source files (never imports the renderer)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

HELP = "print what reportgen finds in source files"
ORDER = 20
log = logging.getLogger("reportgen")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to read")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def run(args: argparse.Namespace) -> int:
    from reportgen import ingest, inspect
    from reportgen.errors import UsageError

    corpus = ingest.load(args.paths, root=Path.cwd())
    for diagnostic in corpus.diagnostics:
        log.warning("%s", diagnostic)
    if args.json:
        print(json.dumps(inspect.to_json(corpus), ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(inspect.to_text(corpus))
    if not corpus.documents:
        raise UsageError("no readable documents in " + ", ".join(args.paths) + "; give files in a supported format")
    return 0
