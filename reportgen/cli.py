"""Parse the command line, run one command, map errors to exit codes.

Exit codes: 0 built, skipped or ok; 1 a build failed; 2 bad config or usage;
128+N stopped by signal N (130 Ctrl-C, 143 SIGTERM, 141 the reader of stdout went away).
Every error is reported on stderr as one line, never as a traceback.
Human chatter goes to stderr; stdout carries only what a pipe wants (paths
written, JSON).  Commands import their machinery lazily so `--help` and
`inspect` never pay for WeasyPrint.
"""

from __future__ import annotations

import argparse
import errno
import logging
import os
import signal
import sys
from collections.abc import Sequence

from reportgen import __version__
from reportgen.errors import ConfigError, ReportgenError, one_line

log = logging.getLogger("reportgen")


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: unwind like Ctrl-C (temp files removed, run marked failed, helper stopped)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    def __str__(self) -> str:  # what the run history records
        return f"stopped by {signal.Signals(self.signum).name}"


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (the usage text is one --help away)."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message}; see '{self.prog} --help'\n")


def main(argv: Sequence[str] | None = None) -> int:
    for name in ("stdout", "stderr"):  # started with `>&-`: write into nothing rather than fail on None
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))
    parser = _parser()
    args = parser.parse_args(argv)
    args.verbose, args.quiet = getattr(args, "verbose", 0), getattr(args, "quiet", False)
    _setup_logging(args.verbose, args.quiet, strict=getattr(args, "strict", False))
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        os.getcwd()
    except FileNotFoundError:  # relative paths would all fail with a bare "no such file or directory"
        _say("error: the current folder no longer exists (deleted or moved); cd into the project folder again")
        return 2
    previous = _catch_termination()
    try:
        status = int(args.run(args) or 0)
        sys.stdout.flush()  # here, where a closed pipe is caught below, not at interpreter exit
        return status
    except ReportgenError as exc:
        # A ConfigError with several problems prints one line each, then its own "error: aborted ..." line.
        _say(str(exc) if isinstance(exc, ConfigError) else one_line(f"error: {exc}"))
        return exc.exit_code
    except KeyboardInterrupt:
        _say("error: interrupted")
        return 130
    except Terminated as exc:
        _say(f"error: {exc}")
        return 128 + exc.signum
    except BrokenPipeError:
        # The reader of stdout went away (`reportgen inspect seeds/ | head -1`): stop quietly, as
        # a Unix tool killed by SIGPIPE would.  Point stdout at /dev/null so the final flush is silent.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 128 + signal.SIGPIPE
    except OSError as exc:  # the system refused what no check foresaw (stdout on a full disk: > /dev/full)
        log.debug("traceback:", exc_info=True)
        where = (
            f"{exc.filename}: " if exc.filename else "cannot write the output: " if exc.errno == errno.ENOSPC else ""
        )
        _say(f"error: {where}{(exc.strerror or str(exc)).lower()} (run with -v for the traceback)")
        return 1
    except Exception as exc:  # a bug: still one line, with the traceback behind -v
        log.debug("traceback:", exc_info=True)
        _say(
            one_line(f"error: internal error: {type(exc).__name__}: {exc}") + "; please report this bug "
            "(run with -v for the traceback)"
        )
        return 1
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _catch_termination() -> dict:
    """Turn SIGTERM and SIGHUP into Terminated, so a killed build cleans up as Ctrl-C does (main thread only)."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        return {}
    signums = [s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s is not None]
    return {signum: signal.signal(signum, _terminate) for signum in signums}


def _terminate(signum, frame) -> None:
    raise Terminated(signum)


class SafeFormatter(logging.Formatter):
    """Log records as their message, control characters escaped (source text and file names reach them)."""

    def __init__(self) -> None:
        super().__init__("%(message)s")

    def format(self, record: logging.LogRecord) -> str:
        from reportgen.messages import escape_controls

        return escape_controls(super().format(record))


def _say(text: str) -> None:
    """Print to stderr, control characters escaped; if stderr is gone too there is nobody left to tell."""
    from reportgen.messages import escape_controls

    try:
        print(escape_controls(text), file=sys.stderr, flush=True)
    except OSError:
        pass


def _setup_logging(verbose: int, quiet: bool, *, strict: bool = False) -> None:
    """Print what `-v`/`-q` ask for.  Warnings are always logged (--strict counts them); `-q` only keeps
    them off stderr, unless --strict, whose failure should say what to fix (a cron mail shows them)."""
    level = (
        logging.ERROR
        if quiet and not strict
        else logging.WARNING
        if quiet
        else logging.DEBUG
        if verbose
        else logging.INFO
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(SafeFormatter())
    handler.setLevel(level)
    root = logging.getLogger("reportgen")
    root.handlers[:] = [handler]
    root.setLevel(min(level, logging.WARNING))
    root.propagate = False


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="reportgen",
        description="Turn a folder of source documents into a briefing PDF.",
    )
    parser.add_argument("--version", action="version", version=f"reportgen {__version__}")
    _add_verbosity(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help: str, run) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        _add_verbosity(p)  # `reportgen -v build` and `reportgen build -v` alike
        p.set_defaults(run=run)
        return p

    for module in _command_modules():
        p = add(module.__name__.rsplit(".", 1)[1].replace("_", "-"), module.HELP, module.run)
        module.configure(p)

    return parser


def _add_verbosity(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: a subcommand that is not given -v must not reset the -v given before it.
    parser.add_argument("-v", "--verbose", action="count", default=argparse.SUPPRESS, help="say more")
    parser.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help="say nothing but errors")


def _command_modules() -> list:
    """Every module in reportgen/commands, in their ORDER (each has HELP, configure, run)."""
    import importlib
    import pkgutil

    from reportgen import commands

    modules = [
        importlib.import_module(f"reportgen.commands.{info.name}")
        for info in pkgutil.iter_modules(commands.__path__)
        if not info.name.startswith("_")
    ]
    return sorted(modules, key=lambda m: (getattr(m, "ORDER", 50), m.__name__))
