"""Parse the command line, run one command, map errors to exit codes.

Exit codes: 0 built, skipped or ok; 1 a build failed; 2 bad config or usage.
Human chatter goes to stderr; stdout carries only what a pipe wants (paths
written, JSON).  Commands import their machinery lazily so `--help` and
`inspect` never pay for WeasyPrint.
"""
from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from reportgen import __version__
from reportgen.errors import ConfigError, ReportgenError

log = logging.getLogger("reportgen")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    _setup_logging(getattr(args, "verbose", 0), getattr(args, "quiet", False))
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.run(args) or 0)
    except ReportgenError as exc:
        # A ConfigError already ends with its own "error: aborted ..." line.
        print(str(exc) if isinstance(exc, ConfigError) else f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130


def _setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else logging.DEBUG if verbose else logging.INFO
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    root = logging.getLogger("reportgen")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reportgen",
        description="Turn a folder of source documents into a briefing PDF.",
    )
    parser.add_argument("--version", action="version", version=f"reportgen {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help: str, run) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        p.add_argument("-v", "--verbose", action="count", default=0, help="say more")
        p.add_argument("-q", "--quiet", action="store_true", help="say nothing but errors")
        p.set_defaults(run=run)
        return p

    for module in _command_modules():
        p = add(module.__name__.rsplit(".", 1)[1].replace("_", "-"), module.HELP, module.run)
        module.configure(p)

    return parser


def _command_modules() -> list:
    """Every module in reportgen/commands, in their ORDER (each has HELP, configure, run)."""
    import importlib
    import pkgutil

    from reportgen import commands

    modules = [importlib.import_module(f"reportgen.commands.{info.name}")
               for info in pkgutil.iter_modules(commands.__path__) if not info.name.startswith("_")]
    return sorted(modules, key=lambda m: (getattr(m, "ORDER", 50), m.__name__))
