"""Build several configs in parallel worker processes and summarise what each one did.

Why processes: the pipeline is CPU-bound Python (analysis, WeasyPrint layout), so
threads would serialise on the GIL.  On Linux the parent imports WeasyPrint once and
forks the workers, which share it (copy on write) instead of each importing it again.
Forking is safe here because it happens before any build: the parent holds no config
lock, no SQLite connection and runs no other thread at that point (ProcessPoolExecutor
forks every worker before it starts its own manager thread).  Elsewhere (macOS, whose
system libraries do not survive fork) workers are spawned and import in parallel.

Exit status of `run_builds`: 0 when every config was built or skipped; 1 when any
build failed for a reason that may pass on a retry (a render error, a lock timeout, a
crash); 2 when every failure was a config or usage error (fix the input; retrying
cannot help).  So 1 wins over 2: a script that retries on 1 retries what can succeed.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
import time
from typing import Any
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportgen.locking import DEFAULT_LOCK_TIMEOUT

log = logging.getLogger("reportgen")


@dataclass(frozen=True)
class BuildOptions:
    """Everything a worker needs besides the config path (picklable: plain values only)."""

    as_of: dt.date | None = None
    if_changed: bool = False
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT
    timeout: float | None = None  # --timeout: the render's time limit, over the config's
    strict: bool = False  # --strict: a warning fails the build before anything is written
    log_level: int = logging.WARNING  # what a worker process lets through to stderr


@dataclass(frozen=True)
class JobOutcome:
    """What one config's build did.  `message` is one line; `detail` the full error text."""

    config_path: str
    status: str  # built | skipped | failed
    exit_code: int  # 0, or the error's exit code (1 build error, 2 config/usage error)
    seconds: float
    outputs: tuple[str, ...] = ()
    pages: int = 0
    sources: int = 0
    events: int = 0
    message: str = ""
    detail: str = ""


BuildFn = Callable[[str, BuildOptions], Any]  # returns a BuildResult, raises ReportgenError


def build_one(config_path: str, options: BuildOptions):
    """The default build_fn: reportgen.build.build for one config (it takes the config's lock)."""
    from reportgen.build import build

    return build(
        Path(config_path),
        as_of=options.as_of,
        if_changed=options.if_changed,
        lock_timeout=options.lock_timeout,
        timeout=options.timeout,
        strict=options.strict,
    )


def run_job(build_fn: BuildFn, config_path: str, options: BuildOptions) -> JobOutcome:
    """Run build_fn and turn its result or error into a JobOutcome (in the worker: errors need not pickle)."""
    from reportgen.errors import ReportgenError
    from reportgen.errors import one_line

    started = time.perf_counter()
    try:
        result = build_fn(config_path, options)
    except _WorkerStopped as exc:  # the build has unwound (helper killed, temp files gone): end the worker now
        os._exit(128 + exc.signum)
    except ReportgenError as exc:
        return JobOutcome(
            config_path, "failed", exc.exit_code, time.perf_counter() - started, message=one_line(exc), detail=str(exc)
        )
    except Exception as exc:  # a bug in one build must not take the others down
        log.debug("traceback of %s", config_path, exc_info=True)
        return JobOutcome(
            config_path,
            "failed",
            1,
            time.perf_counter() - started,
            message=one_line(exc),
            detail=f"internal error: {one_line(exc)}",
        )
    return JobOutcome(
        config_path,
        "skipped" if result.skipped else "built",
        0,
        time.perf_counter() - started,
        outputs=tuple(str(p) for p in result.outputs),
        pages=result.pages,
        sources=result.sources,
        events=result.events,
        message=result.message,
    )


def build_many(
    config_paths: Sequence[Path | str],
    *,
    jobs: int,
    build_fn: BuildFn = build_one,
    options: BuildOptions = BuildOptions(),
    progress: bool = False,
    on_done: Callable[[JobOutcome], None] | None = None,
) -> list[JobOutcome]:
    """Build each config (in `jobs` processes when jobs > 1); outcomes in the order given.

    build_fn must be picklable (a module-level function).  `on_done` is called in this
    process as each build finishes.  With `progress`, one updating line goes to stderr.
    """
    from reportgen.errors import UsageError

    if jobs < 1:
        raise UsageError(f"--jobs must be at least 1, not {jobs}")
    paths = _unique([str(p) for p in config_paths])
    meter = _Progress(paths, enabled=progress)
    outcomes: dict[str, JobOutcome] = {}

    def done(outcome: JobOutcome) -> None:
        outcomes[outcome.config_path] = outcome
        meter.clear()
        if on_done:
            on_done(outcome)
        meter.finished(outcome)

    if jobs == 1 or len(paths) == 1:
        if len(paths) > 1 and sys.platform == "linux":
            from reportgen.render.prefork import preload

            preload()  # once: each build's render helper is forked from here with WeasyPrint loaded
        for path in paths:  # in this process: no pickling, no second import of WeasyPrint
            meter.start(path)
            done(run_job(build_fn, path, options))
    else:
        _run_pool(paths, min(jobs, len(paths)), build_fn, options, meter, done)
    meter.clear()
    return [outcomes[p] for p in paths]


def _run_pool(paths, workers, build_fn, options, meter, done) -> None:
    import concurrent.futures as cf
    import multiprocessing

    if sys.platform == "linux":
        from reportgen.render.prefork import preload

        preload()  # once, here; the forked workers share it (see the module docstring)
        context = multiprocessing.get_context("fork")
    else:
        context = multiprocessing.get_context("spawn")
    pool = cf.ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_init_worker, initargs=(options.log_level,)
    )
    try:
        futures = {pool.submit(run_job, build_fn, path, options): path for path in paths}
        pending = set(futures)
        while pending:
            meter.show(running=[futures[f] for f in pending if f.running()])
            finished, pending = cf.wait(pending, timeout=0.5, return_when=cf.FIRST_COMPLETED)
            for future in finished:
                try:
                    outcome = future.result()
                except Exception as exc:  # the worker itself died (killed, out of memory)
                    outcome = JobOutcome(
                        futures[future], "failed", 1, 0.0, message=f"worker process died: {type(exc).__name__}: {exc}"
                    )
                done(outcome)
    except BaseException:
        # Ctrl-C or SIGTERM reached this process: stop the builds in flight as well, rather than
        # wait minutes for them to finish.  Each worker unwinds (temp files removed, run marked failed).
        workers = list((getattr(pool, "_processes", None) or {}).values())  # no public API; shutdown clears it
        pool.shutdown(wait=False, cancel_futures=True)
        for process in workers:
            if process.is_alive():
                process.terminate()
        deadline = time.monotonic() + 5  # let them unwind, but never hang on one
        for process in workers:
            process.join(max(deadline - time.monotonic(), 0))
            if process.is_alive():
                process.kill()
        raise
    pool.shutdown(wait=True)


def _init_worker(level: int) -> None:
    """Send a worker's log records to stderr as the CLI does; make a signal unwind its build, not kill it."""
    import signal

    for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):  # Ctrl-C and a closed terminal reach the group
        signal.signal(signum, _stop_worker)
    from reportgen.cli import SafeFormatter

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(SafeFormatter())
    logger = logging.getLogger("reportgen")
    logger.handlers[:] = [handler]
    logger.setLevel(level)
    logger.propagate = False


class _WorkerStopped(SystemExit):
    """SIGTERM, SIGHUP or SIGINT in a worker: a BaseException, so the build's cleanup runs and nothing swallows it;
    a SystemExit, so an idle worker just ends (multiprocessing prints no traceback for it)."""

    def __init__(self, signum: int) -> None:
        super().__init__(128 + signum)
        self.signum = signum

    def __str__(self) -> str:  # what the run history records
        import signal

        return f"stopped by {signal.Signals(self.signum).name}"


def _stop_worker(signum, frame) -> None:
    import signal

    # Once is enough: the group's Ctrl-C is followed by the parent's SIGTERM, which must not cut
    # short the cleanup this one starts (marking the run failed in the history).
    # A no-op handler, not SIG_IGN: a signal already on its way would then be reported as "ignored due to race".
    for other in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(other, _ignore)
    raise _WorkerStopped(signum)


def _ignore(signum, frame) -> None:
    pass


def exit_status(outcomes: Sequence[JobOutcome]) -> int:
    """0 all built/skipped; 1 any retryable build failure; else 2 (only config/usage errors)."""
    codes = {o.exit_code for o in outcomes if o.status == "failed"}
    if not codes:
        return 0
    return 2 if codes == {2} else 1


def summary_table(outcomes: Sequence[JobOutcome], seconds: float) -> str:
    """A table of outcomes and a closing line such as `3 built, 1 failed in 4.2 s: b.yaml: b.yaml:4:1: ...`."""
    names = [_shown(o.config_path) for o in outcomes]
    width = max([len("config"), *map(len, names)])
    rows = [f"{'config':<{width}}  {'result':<7}  {'time':>7}  {'pages':>5}  output or message"]
    for name, o in zip(names, outcomes):
        pdf = next((p for p in o.outputs if p.endswith(".pdf")), o.outputs[0] if o.outputs else "")
        what = _shown(pdf) if o.status == "built" else o.message
        pages = str(o.pages) if o.status == "built" else ""
        result = "FAILED" if o.status == "failed" else o.status
        rows.append(f"{name:<{width}}  {result:<7}  {o.seconds:5.1f} s  {pages:>5}  {what}".rstrip())
    rows.append(closing_line(outcomes, seconds))
    return "\n".join(rows)


def closing_line(outcomes: Sequence[JobOutcome], seconds: float) -> str:
    counts = [(sum(o.status == s for o in outcomes), s) for s in ("built", "skipped", "failed")]
    head = ", ".join(f"{n} {s}" for n, s in counts if n) or "nothing to build"
    failed = [o for o in outcomes if o.status == "failed"]
    if len(failed) == 1:
        return f"{head} in {seconds:.1f} s: {_shown(failed[0].config_path)}: {failed[0].message}"
    # Several failures: their messages are in the table (or above); name the configs only.
    names = ", ".join(_shown(o.config_path) for o in failed)
    return f"{head} in {seconds:.1f} s" + (f": {names}" if failed else "")


def run_builds(
    config_paths: Sequence[Path | str],
    *,
    jobs: int,
    as_of: dt.date | None = None,
    if_changed: bool = False,
    quiet: bool = False,
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT,
    timeout: float | None = None,
    strict: bool = False,
    build_fn: BuildFn = build_one,
) -> int:
    """The `build` command for several configs: paths written on stdout, errors and a summary on stderr."""
    from reportgen.messages import escape_controls

    progress = sys.stderr.isatty() and not quiet
    options = BuildOptions(
        as_of=as_of,
        if_changed=if_changed,
        lock_timeout=lock_timeout,
        timeout=timeout,
        strict=strict,
        log_level=logging.ERROR if quiet else logging.WARNING,
    )

    def report(outcome: JobOutcome) -> None:
        for path in [] if quiet else outcome.outputs:
            print(_shown(path), flush=True)
        if outcome.status == "failed":
            # A ConfigError's text is its problem lines, each already naming file:line.
            text = outcome.detail or outcome.message
            names_config = text.startswith(outcome.config_path)
            print(
                escape_controls(
                    text
                    if outcome.exit_code == 2 and ("\n" in text or names_config)
                    else f"error: {_shown(outcome.config_path)}: {text}"
                ),
                file=sys.stderr,
                flush=True,
            )

    started = time.perf_counter()
    outcomes = build_many(
        config_paths, jobs=jobs, build_fn=build_fn, options=options, progress=progress, on_done=report
    )
    elapsed = time.perf_counter() - started
    if not quiet or exit_status(outcomes):
        print(
            escape_controls(summary_table(outcomes, elapsed) if len(outcomes) > 1 else closing_line(outcomes, elapsed)),
            file=sys.stderr,
        )
    return exit_status(outcomes)


def describe(result) -> str:
    """A BuildResult in a few words: `built out/x.pdf (14 pages, 23 sources, 31 events)` or `skipped: ...`."""
    if result.skipped:
        return f"skipped: {result.message or 'unchanged since the last successful build'}"
    main = next((p for p in result.outputs if Path(p).suffix == ".pdf"), result.outputs[0] if result.outputs else None)
    written = _shown(main) if main else "nothing"
    return f"built {written} ({result.pages} pages, {result.sources} sources, {result.events} events)"


def _unique(paths: list[str]) -> list[str]:
    """Drop repeats of one config (they would only queue on its lock)."""
    seen: set[Path] = set()
    kept = []
    for path in paths:
        key = Path(path).resolve()
        if key in seen:
            log.warning("warning: %s given twice; building it once", path)
            continue
        seen.add(key)
        kept.append(path)
    return kept


def _shown(path: Path | str) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


class _Progress:
    """One self-overwriting status line on stderr (only on a terminal)."""

    def __init__(self, paths: Sequence[str], *, enabled: bool) -> None:
        self.total = len(paths)
        self.enabled = enabled
        self.counts = {"built": 0, "skipped": 0, "failed": 0}
        self.started = time.perf_counter()
        self.current: list[str] = []

    def start(self, path: str) -> None:
        self.show(running=[path])

    def finished(self, outcome: JobOutcome) -> None:
        self.counts[outcome.status] += 1
        self.show(running=[])

    def show(self, *, running: list[str]) -> None:
        if not self.enabled:
            return
        done = sum(self.counts.values())
        counts = ", ".join(f"{n} {s}" for s, n in self.counts.items() if n)
        now = ("building " + ", ".join(_shown(p) for p in running)) if running else ""
        parts = [f"[{done}/{self.total}]", counts, now, f"{time.perf_counter() - self.started:.0f} s"]
        sys.stderr.write("\r\x1b[K" + "  ".join(p for p in parts if p))
        sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
