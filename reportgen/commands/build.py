"""Build one or more briefings from their configs."""

from __future__ import annotations

import argparse
import logging
import time
from pathlib import Path

from reportgen.commands import _args
from reportgen.files import shown as _shown

HELP = "build the briefing(s) a config describes (PDF, HTML, JSON)"
ORDER = 10
log = logging.getLogger("reportgen")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("configs", nargs="+", metavar="CONFIG", type=Path, help="config.yaml file(s)")
    _args.add_as_of(parser)
    parser.add_argument(
        "--if-changed",
        action="store_true",
        help="skip when config, sources, templates and as-of date are unchanged since the last success",
    )
    parser.add_argument(
        "--jobs", "-j", type=_args.jobs, default=1, metavar="N", help="build several configs in N parallel processes"
    )
    parser.add_argument(
        "--render-jobs",
        type=_args.jobs,
        default=None,
        metavar="N",
        help="lay a long PDF out in N parallel processes (default: as many as free cores, "
        "for long briefings only; 1: in one piece)",
    )
    _args.add_lock_timeout(parser)
    _args.add_timeout(parser)
    parser.add_argument(
        "--strict",
        action="store_true",
        help="treat warnings (unreadable sources, lost layout content, …) as errors: exit 1, write nothing",
    )
    parser.add_argument(
        "--allow-empty", action="store_true", help="let a briefing that selects nothing replace the -latest files"
    )


def run(args: argparse.Namespace) -> int:
    if len(args.configs) > 1 or args.jobs > 1:
        from reportgen.jobs import run_builds

        return run_builds(
            args.configs,
            jobs=args.jobs,
            as_of=_args.as_of_date(args.as_of),
            if_changed=args.if_changed,
            quiet=args.quiet,
            lock_timeout=args.lock_timeout,
            timeout=args.timeout,
            strict=args.strict,
        )
    from reportgen.render import prefork

    started = time.perf_counter()
    # First, before the build takes its lock: fork the helper that imports WeasyPrint meanwhile.
    renderer = prefork.Renderer(preimport=True) if prefork.worth_it() else None
    try:
        from reportgen.build import build

        result = build(
            args.configs[0],
            as_of=_args.as_of_date(args.as_of),
            if_changed=args.if_changed,
            lock_timeout=args.lock_timeout,
            renderer=renderer,
            allow_empty=args.allow_empty,
            timeout=args.timeout,
            strict=args.strict,
            render_jobs=args.render_jobs,
        )
    finally:
        if renderer is not None:
            renderer.close(wait=0)  # idle if the build was skipped or failed before the render
    report(result, time.perf_counter() - started, verbose=args.verbose, quiet=args.quiet)
    return 0


def report(result, elapsed: float, *, verbose: int = 0, quiet: bool = False) -> None:
    """Paths on stdout (for pipes); stage times and the closing summary on stderr; -q: nothing."""
    if result.skipped:
        log.info("%s", result.message)
        return
    for path in [] if quiet else result.outputs:
        print(_shown(path))
    stages = "  ".join(f"{name} {seconds:.2f}s" for name, seconds in result.timings)
    log.info("stages: %s", stages)
    if verbose:
        for name, seconds in result.timings:
            log.debug("  %-8s %6.3f s", name, seconds)
    main = next((p for p in result.outputs if p.suffix == ".pdf"), result.outputs[0] if result.outputs else None)
    log.info(
        "wrote %s (%d pages, %d sources, %d events) in %.1f s",
        _shown(main) if main else "nothing",
        result.pages,
        result.sources,
        result.events,
        elapsed,
    )
