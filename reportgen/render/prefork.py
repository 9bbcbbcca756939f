"""Render the briefing (Jinja, then WeasyPrint) in a helper process bounded in time, memory and pages.

Why a process: a layout is code.  A template loop of 10^10 turns, a string doubled forty
times, 100,000 nested boxes or a 5,000-page layout would otherwise run for minutes or take
the host's memory.  In a child the parent can stop all of them: it waits at most the time
limit and then kills the child (the one way to stop C code such as Pango mid-way), the
child caps its own address space (RLIMIT_AS: no cgroups needed) and WeasyPrint's
paginator counts pages.  One helper renders one request and exits.

Why early: importing WeasyPrint (about 0.4 s) is the largest fixed cost of a one-off
`reportgen build`, and the GIL keeps a thread from overlapping it with reportgen's own
stages.  `reportgen build` forks its helper at the very start (before the build takes its
lock or opens the run history, so the helper holds neither) and the helper imports
WeasyPrint on another core while the parent reads and analyses.  `watch`, `schedule` and
parallel workers have WeasyPrint loaded already: they fork a helper per build (copy on
write, a few milliseconds) and it starts warm.

If the parent dies, however it dies, Linux kills the helper (PR_SET_PDEATHSIG); a helper
that died while idle is replaced by a fresh one.

Why tuned: a layout makes millions of small objects that live until the PDF is written, so
the default GC thresholds run full collections over them again and again for nothing
(`GC_THRESHOLDS`: 0.82x the render time at 200 pages, same bytes), and the objects a warm
parent had before the fork are frozen out of the collector's sight (no copy-on-write from
GC passes).  The helper sends its answer and ends with os._exit while the laid-out document
is still referenced: freeing it object by object (~1 s at 200 pages) would be wasted work.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

from reportgen.errors import RenderError, ReportgenError
from reportgen.limits import Limits, cap_address_space, memory_exceeded, pages_exceeded, time_exceeded

if TYPE_CHECKING:  # reportgen.render.pdf imports WeasyPrint, which only the helper process loads
    from reportgen.render.pdf import RenderedPdf

#: The helper's process name (Linux: at most 15 bytes), as `ps -o comm` shows it.
COMM = "reportgen-rendr"
#: The helper's exit status when it ran out of memory and could not even say so.
_EXIT_MEMORY = 75
#: Signals a C library dies of when an allocation fails under RLIMIT_AS.
_MEMORY_DEATHS = (signal.SIGSEGV, signal.SIGABRT, signal.SIGBUS)
#: gc.set_threshold for the render: young collections 100x rarer, older ones as usual.
GC_THRESHOLDS = (100_000, 50, 100)


@dataclass(frozen=True)
class Rendered:
    """What the helper made: the HTML always, the PDF when asked; `timings` as (stage, seconds)."""

    html: str
    pdf: RenderedPdf | None
    timings: tuple[tuple[str, float], ...]


def worth_it() -> bool:
    """True when forking the helper early overlaps real work: Linux, 2+ CPUs, WeasyPrint not loaded."""
    if sys.platform != "linux" or "weasyprint" in sys.modules or os.environ.get("REPORTGEN_PREFORK") == "0":
        return False
    return len(os.sched_getaffinity(0)) > 1


def preload() -> None:
    """Import the build's modules and lay out a scrap of text in this process, so fontconfig and
    Pango have loaded their caches and the DejaVu faces: every helper (and worker) forked from
    here afterwards starts with them instead of paying for them on each build."""
    import importlib

    import weasyprint

    for module in (
        "reportgen.build",
        "reportgen.ingest",
        "reportgen.analysis.select",
        "reportgen.analysis.summarise",
        "reportgen.analysis.chronology",
        "reportgen.briefing",
        "reportgen.render.html",
        "reportgen.render.pdf",
        "reportgen.state",
    ):
        importlib.import_module(module)
    weasyprint.HTML(
        string='<p style="font-family: DejaVu Serif">a</p><p style="font-family: DejaVu Sans"><b>b</b></p>'
    ).render()


class Renderer:
    """A helper process that renders one briefing within limits (see the module docstring).

    `preimport`: import WeasyPrint and Jinja right away, before the request comes (worth it
    when the parent has other work to do meanwhile and has not imported them itself).
    """

    def __init__(self, *, preimport: bool = False) -> None:
        self._preimport = preimport
        self._start()

    def render(
        self,
        briefing,
        layout,
        *,
        pdf: bool,
        limits: Limits,
        deadline: float | None = None,
        render_jobs: int | None = None,
        pdf_options=None,
        attachments: tuple = (),
    ) -> Rendered:
        """HTML (and PDF if `pdf`) of `briefing`; LimitExceeded past a limit, with the helper stopped.

        `deadline` (time.monotonic()) is when the build's time is up; default `limits.seconds` from now.
        `render_jobs`: lay the PDF out in this many parallel chunks (None: decided by its size, see
        reportgen.render.chunked; 1: in one piece).
        `pdf_options` (a PdfOptions; None: the defaults) and `attachments` (EmbeddedFiles) go to render_pdf.
        """
        if not self._process.is_alive():  # killed while it waited: a fresh one, still bounded
            self.close(wait=0)
            self._start()
        if deadline is None:
            deadline = time.monotonic() + limits.seconds
        try:
            self._conn.send((briefing, layout, pdf, limits, render_jobs, pdf_options, attachments))
            if not self._conn.poll(max(deadline - time.monotonic(), 0)):
                self.close(wait=0)
                raise time_exceeded(limits)
            status, value = self._conn.recv()
        except (EOFError, OSError):  # it died mid-render: out of memory, most likely
            self.close(wait=0.5)
            raise self._death(limits) from None
        except BaseException:  # Ctrl-C or SIGTERM while it renders: stop it now, not after its render
            self.close(wait=0)
            raise
        self.close()
        if status == "ok":
            return value
        if status == "pages":
            raise pages_exceeded(limits)
        if status == "memory":
            raise memory_exceeded(limits)
        raise value

    def close(self, wait: float = 2) -> None:
        """Stop the helper (idle or not), waiting up to `wait` seconds for it to exit; safe to call twice."""
        self._conn.close()
        self._process.join(timeout=wait)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()

    def __enter__(self) -> Renderer:
        return self

    def __exit__(self, *exc) -> None:
        self.close(wait=0)

    def _start(self) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
        self._conn, child_end = context.Pipe()
        # typeshed's BaseContext has no .Process; the fork and spawn contexts get_context returns do
        self._process = context.Process(  # type: ignore[attr-defined]
            target=_serve,
            args=(child_end, self._conn, os.getpid(), self._preimport),
            daemon=True,
            name="reportgen-renderer",
        )
        self._process.start()
        child_end.close()

    def _death(self, limits: Limits) -> ReportgenError:
        code = self._process.exitcode
        if code == _EXIT_MEMORY:
            return memory_exceeded(limits)
        if code is not None and code < 0 and -code in (*_MEMORY_DEATHS, signal.SIGKILL):  # SIGKILL: the OOM killer
            return memory_exceeded(limits, died_of=signal.Signals(-code).name)
        how = f"was killed by {signal.Signals(-code).name}" if code and code < 0 else f"ended with status {code}"
        return RenderError(f"the renderer process {how} before it finished; the old outputs are kept")


def _die_with_parent(parent: int) -> None:
    """Ask Linux to SIGKILL this helper when its parent dies, however it dies (even SIGKILL).

    Otherwise a parent killed mid-render leaves the helper laying out the PDF for
    minutes, since it only notices the closed pipe when it sends its answer.
    """
    import ctypes

    PR_SET_PDEATHSIG, PR_SET_NAME = 1, 15
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        libc.prctl(PR_SET_NAME, ctypes.c_char_p(COMM.encode()))  # `ps` and `top` tell it from its parent
    except (OSError, AttributeError):  # not Linux/glibc: the pipe still ends an idle helper
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(0)


def _serve(conn: Connection, parent_end: Connection, parent: int, preimport: bool) -> None:
    """The helper: (import WeasyPrint,) take one request, send the answer back, exit."""
    parent_end.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it kills us
    for signum in (signal.SIGTERM, signal.SIGHUP):  # not the CLI's handlers: a plain kill ends the helper
        signal.signal(signum, signal.SIG_DFL)
    _die_with_parent(parent)
    # Failures are the parent's to report, in one line: no C stack dump on a crash, and no
    # "Exception ignored in ..." from finalisers that run out of memory at the limit.
    if "faulthandler" in sys.modules:
        sys.modules["faulthandler"].disable()
    sys.unraisablehook = lambda unraisable: None
    gc.freeze()  # the parent's objects: shared pages stay shared, and no pass walks them
    gc.set_threshold(*GC_THRESHOLDS)
    keep: list[object] = []  # the laid-out document, alive until os._exit
    try:
        if preimport:  # the point of forking early: import while the parent works
            import weasyprint  # noqa: F401

            from reportgen.render import html, pdf  # noqa: F401
        briefing, layout, want_pdf, limits, render_jobs, pdf_options, attachments = conn.recv()
        conn.send(_answer(briefing, layout, want_pdf, limits, keep, render_jobs, pdf_options, attachments))
    except (EOFError, OSError):
        pass  # the parent finished without rendering (skipped, failed) or died
    except MemoryError:  # not even the answer fitted
        os._exit(_EXIT_MEMORY)
    conn.close()
    os._exit(0)  # no teardown: the OS takes the memory back at once


def _answer(
    briefing,
    layout,
    want_pdf: bool,
    limits: Limits,
    keep: list[object],
    render_jobs: int | None = None,
    pdf_options=None,
    attachments: tuple = (),
) -> tuple[str, object]:
    """("ok", Rendered) or ("pages" | "memory", None) or ("error", a ReportgenError); the document goes to `keep`."""
    from reportgen.render import pdf
    from reportgen.render.html import render_html

    cap_address_space(limits.memory_mb)
    timings = []
    try:
        started = time.perf_counter()
        html = render_html(briefing, layout)
        timings.append(("html", time.perf_counter() - started))
        rendered = None
        if want_pdf:
            started = time.perf_counter()
            rendered = _render_pdf(html, layout, briefing, limits, keep, render_jobs, pdf_options, attachments)
            timings.append(("pdf", time.perf_counter() - started))
        return "ok", Rendered(html, rendered, tuple(timings))
    except pdf.PageLimitReached:
        return "pages", None
    except MemoryError:
        return "memory", None
    except ReportgenError as exc:
        return "error", exc
    except Exception as exc:  # an unexpected failure still reaches the user as one line
        return "error", RenderError(f"the renderer failed: {type(exc).__name__}: {exc}")


def _render_pdf(
    html: str,
    layout,
    briefing,
    limits: Limits,
    keep: list[object],
    render_jobs: int | None,
    pdf_options=None,
    attachments: tuple = (),
):
    """The PDF in parallel chunks when it is long enough (or asked to be) and splits exactly, else in one piece."""
    from reportgen.config.model import PdfOptions
    from reportgen.render import chunked, pdf

    options = pdf_options or PdfOptions()
    jobs = chunked.wanted_jobs(html, render_jobs)
    if jobs > 1 and chunked.joinable(options, attachments, asked=bool(render_jobs)):
        plan = chunked.plan(html, jobs, _layout_css(layout))
        if plan is not None:
            try:
                data, pages, warnings = chunked.render(
                    plan, layout=layout, briefing=briefing, max_pages=limits.pages, tags=options.tags
                )
                return pdf.RenderedPdf(data, pages, warnings, chunks=len(plan.chunks))
            except chunked.Unsplittable:
                pass  # this layout cannot be cut exactly: one piece, as if never tried
    return pdf.render_pdf(
        html,
        layout=layout,
        briefing=briefing,
        max_pages=limits.pages,
        keep=keep,
        options=options,
        attachments=attachments,
    )


def _layout_css(layout) -> str:
    """The layout's own CSS files (a linked stylesheet is not in the HTML)."""
    texts = []
    for path in layout.files():
        if str(path).endswith(".css"):
            try:
                texts.append(path.read_text(encoding="utf-8", errors="replace"))
            except OSError:
                pass
    return "\n".join(texts)
