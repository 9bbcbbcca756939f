"""Import WeasyPrint in a forked helper while the build reads and analyses; render the PDF there.

Why: importing WeasyPrint (about 0.4 s) is the largest fixed cost of a one-off
`reportgen build`, and the GIL keeps a thread from overlapping it with reportgen's own
stages.  A child forked at the very start of the command imports it on another core;
when the HTML is ready the parent sends it over a pipe and gets the PDF bytes back, so
a cold build costs about what WeasyPrint alone does.  The child is forked before the
build takes its lock or opens the run history, so it holds neither.

Used only where it pays: Linux (fork), more than one usable CPU, and WeasyPrint not yet
imported (`watch`, `schedule` and parallel builds keep their own renderer loaded).  If
the helper dies, the parent renders in-process; if the parent dies, the helper sees the
pipe close and exits.
"""
from __future__ import annotations

import os
import signal
import sys
from multiprocessing.connection import Connection

from reportgen.errors import RenderError, ReportgenError


def worth_it() -> bool:
    """True when a forked renderer would overlap real work: Linux, 2+ CPUs, WeasyPrint not loaded."""
    if sys.platform != "linux" or "weasyprint" in sys.modules or os.environ.get("REPORTGEN_PREFORK") == "0":
        return False
    return len(os.sched_getaffinity(0)) > 1


class PreforkRenderer:
    """A renderer (see reportgen.build.build) whose render_pdf runs in a helper process."""

    def __init__(self) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self._conn, child_end = context.Pipe()
        self._process = context.Process(target=_serve, args=(child_end, self._conn, os.getpid()), daemon=True,
                                        name="reportgen-renderer")
        self._process.start()
        child_end.close()

    def render_pdf(self, html, *, layout, briefing):
        try:
            self._conn.send((html, layout, briefing))
            status, value = self._conn.recv()
        except (EOFError, OSError):  # the helper died (killed, out of memory): render here instead
            self.close()
            from reportgen.render import pdf

            return pdf.render_pdf(html, layout=layout, briefing=briefing)
        except BaseException:  # Ctrl-C or SIGTERM while it renders: stop it now, not after its render
            self.close(wait=0)
            raise
        if status == "error":
            raise value
        return value

    def close(self, wait: float = 2) -> None:
        """Stop the helper (idle or not), waiting up to `wait` seconds for it to exit; safe to call twice."""
        self._conn.close()
        self._process.join(timeout=wait)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()

    def __enter__(self) -> PreforkRenderer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _die_with_parent(parent: int) -> None:
    """Ask Linux to SIGKILL this helper when its parent dies, however it dies (even SIGKILL).

    Otherwise a parent killed mid-render leaves the helper laying out the PDF for
    minutes, since it only notices the closed pipe when it sends its answer.
    """
    import ctypes

    PR_SET_PDEATHSIG = 1
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux/glibc: the pipe still ends an idle helper
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(0)


def _serve(conn: Connection, parent_end: Connection, parent: int) -> None:
    """The helper: import WeasyPrint, render one request, send the result back, exit."""
    parent_end.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; we see EOF
    for signum in (signal.SIGTERM, signal.SIGHUP):  # not the CLI's handlers: a plain kill ends the helper
        signal.signal(signum, signal.SIG_DFL)
    _die_with_parent(parent)
    try:
        from reportgen.render import pdf

        import weasyprint  # noqa: F401  (the point of this process: import while the parent works)

        html, layout, briefing = conn.recv()
        try:
            reply = ("ok", pdf.render_pdf(html, layout=layout, briefing=briefing))
        except ReportgenError as exc:
            reply = ("error", exc)
        except Exception as exc:  # an unexpected failure still reaches the user as one line
            reply = ("error", RenderError(f"the renderer failed: {type(exc).__name__}: {exc}"))
        conn.send(reply)
    except (EOFError, OSError):
        pass  # the parent finished without rendering (skipped, failed) or died
    finally:
        conn.close()
