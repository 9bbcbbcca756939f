"""Render a long briefing as several chunks in parallel processes and join them into one PDF.

WeasyPrint lays out on one core; a 200-page briefing is ~95% layout.  The HTML is cut
before part sections (`<section class="part …">` inside `<main>`), which the layout starts
on a new page, so every chunk lays out exactly the pages a single render would.  A long topics
part starts each topic on a new page too (`TopicsPart.paged`), and is cut there as well: the
chunk opens the part again (without its id), and the join puts its first outline items under
the part's heading.  More chunks than processes wanted when one would hold more than
MAX_CHUNK_BYTES: WeasyPrint holds ~2.2 MB a laid-out page, and one flow is laid out at once.  What a
single render knows and a chunk does not is given to the chunk between its pagination and
its drawing (see `_Sync`):

- the page numbers: each body chunk paginates, says how many pages it made and where its
  anchors are, and waits; then its page counter is offset and `counter(pages)` is the total,
  so "page X of Y" footers are exact without laying out twice;
- running headers (`string()`): the value a chunk starts with is the last one of the chunks
  before it;
- the front matter (cover, contents) is laid out in its own process, with every body anchor
  present as an empty placeholder whose page counter is the anchor's real page, so the
  contents' `target-counter()` numbers are exact; it runs while the chunks draw, with the
  length a draft of it (laid out while the last chunks paginate) gave (see `_render_chunks`);
- links to anchors in other chunks are kept (WeasyPrint drops links to anchors it has not
  seen) as named destinations, and the joined PDF's destination names point at the pages
  where the anchors really are; the outline is rebuilt from the chunks' outlines.
- a tagged PDF gets one structure tree: the chunks' trees joined in page order, their content
  and link references renumbered (`reportgen.render.join`).  Which PDFs are cut at all: `joinable`.
- a chunk far longer than the others (`_halves`; a part cannot be cut, and the topics can be
  most of a briefing) lays its pages out once and draws their two halves in two processes, as
  two PDFs joined like chunks; the join takes that chunk's outline whole.

A layout this cannot reproduce exactly is rendered in one piece instead: page selectors that
depend on a page's position (`:first`, `:left`, `:right`, `:blank`, `:nth()`), page counters
reset or set by the layout, running elements, a part that does not start on a new page, or a
`target-*()` from one body chunk into another.  The joined PDF is checked against these by
tests/test_chunked_render.py, page by page against a single render.
"""

from __future__ import annotations

import os
import re
import signal
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # multiprocessing is imported only where a chunk is forked
    from multiprocessing.connection import Connection

#: A chunk's process that gave up because the layout cannot be split exactly.
_UNSAFE = "unsafe"
_SECTION = re.compile(r'<section class="part[ "]')
#: A topic section of a long topics part (reportgen.parts.topics.PAGED_MIN_ITEMS), which the
#: built-in layouts start on a new page: a chunk may start there too (checked: `_starts_a_page`).
_TOPIC_PAGE = re.compile(r'<section class="topic new-page[ "]')
_UNSPLITTABLE_CSS = re.compile(
    r"@page[^{]*:(first|left|right|recto|verso|blank|nth)|counter-(reset|set|increment)"
    r"[^;}]*\bpages?\b|running\(",
    re.I,
)
#: Below this much HTML (the built-in layouts: ~6 KB a page, so ~70 pages) the build renders in
#: one piece unless --render-jobs says otherwise.  Tagged or not alike: at 73 pages (~435 KB),
#: load ~2 on 2 cores, a tagged build in 2 chunks took 0.95x WeasyPrint alone's wall against
#: 0.99x in one piece (+9% CPU); at 204 pages 0.76x against 0.88x (+3% CPU).  Splitting costs
#: CPU (front matter laid out after the body, the join, one font subset per chunk) and saves
#: wall time only when a core is idle, which free_cores() checks (benchmarks/render_scale.py).
AUTO_MIN_BYTES = 400_000
#: A chunk this long, longer than all the others together, draws its pages in two processes
#: (drawing and writing are ~40% of a tagged render: ~1.5 s at 40 pages; a second process and
#: its font subsets cost ~0.3 s CPU and ~12 KB).
HALF_MIN_PAGES = 40
#: A chunk holds at most this much HTML if it can be cut (~6 KB a page in the built-in layouts, so
#: ~130 pages): laid out, WeasyPrint holds ~2.2 MB a page and drawing adds ~0.85 MB, so its process
#: stays near 500 MB.  Every chunk's process lives until all have paginated (the page numbers need
#: every chunk's count), so this bounds the largest process, not their sum.
MAX_CHUNK_BYTES = 800_000


@dataclass
class Plan:
    """The HTML cut into a front matter (cover, contents) and body chunks (part sections, or topic
    sections of a long topics part that start a page, see `_TOPIC_PAGE`)."""

    head: str  # up to and including <body …>
    front: str  # between <body> and <main>
    chunks: list[str]  # each: <main>, some sections (and the rest of the document, for the last)
    #: per chunk: whether it starts inside a part (at a topic that starts a page), its part's opening
    #: tag repeated without its id; the join nests its leading outline items under that part's.
    continued: list[bool] = field(default_factory=list)

    def front_html(self, placeholders: list[str]) -> str:
        spans = "".join(f'<span id="{name}"></span>' for name in placeholders)
        # Out of the flow and empty: it changes no page of the front matter.
        box = f'<div style="position:absolute;top:0;left:0;width:0;height:0;overflow:hidden">{spans}</div>'
        return f"{self.head}{box}{self.front}</body></html>"

    def chunk_html(self, index: int) -> str:
        tail = "" if index == len(self.chunks) - 1 else "</main></body></html>"
        return f"{self.head}{self.chunks[index]}{tail}"


def plan(html: str, jobs: int, layout_css: str = "") -> Plan | None:
    """Cut `html` into `jobs` body chunks of similar size, or None when it cannot be cut exactly.

    More chunks than `jobs` when that keeps each under MAX_CHUNK_BYTES (the memory of one process).
    """
    if jobs < 2 or _UNSPLITTABLE_CSS.search(html) or _UNSPLITTABLE_CSS.search(layout_css):
        return None
    body = re.compile(r"<body[^>]*>").search(html, max(html.find("</head>"), 0))  # not "<body>" in a CSS comment
    main = html.find("<main>", body.end()) if body else -1
    if body is None or main < 0:
        return None
    parts = [m.start() for m in _SECTION.finditer(html, main)]
    # Between topics only if the layout styles them (a layout of one's own may not start them on a page).
    styled = ".new-page" in html[: body.end()] or ".new-page" in layout_css
    topics = [m.start() for m in _TOPIC_PAGE.finditer(html, parts[0])] if parts and styled else []
    if len(parts) + len(topics) < 2:
        return None
    starts = sorted([*parts, *topics])
    size = len(html) - starts[0]
    chunks = max(jobs, -(-size // MAX_CHUNK_BYTES))
    cuts, target = [starts[0]], size / chunks
    for start, after in zip(starts[1:], [*starts[2:], len(html)]):
        if (len(cuts) < chunks and start - starts[0] >= target * len(cuts)) or after - cuts[-1] > MAX_CHUNK_BYTES:
            cuts.append(start)
    if len(cuts) < 2:
        return None
    pieces, continued = [], []
    for a, b in zip(cuts, [*cuts[1:], len(html)]):
        opening = ""
        if a not in parts:  # inside a part: open it again, without its id (the anchor is in an earlier chunk)
            part = max(p for p in parts if p < a)
            opening = re.sub(r'\sid="[^"]*"', "", html[part : html.index(">", part)]) + " data-continued>"
        pieces.append(f"<main>{opening}{html[a:b]}")
        continued.append(bool(opening))
    return Plan(head=html[: body.end()], front=html[body.end() : main], chunks=pieces, continued=continued)


def free_cores() -> int:
    """CPUs this process may use that the load average says are idle (at least 1)."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:
        cpus = os.cpu_count() or 1
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    return max(1, min(cpus, round(cpus - load + 1)))  # this render counts as one of the loaded


def wanted_jobs(html: str, render_jobs: int | None) -> int:
    """How many chunks: `render_jobs` if given (--render-jobs), else the free cores above AUTO_MIN_BYTES,
    and at least two above MAX_CHUNK_BYTES even with no idle core (`plan` then cuts by size): one
    process laying out all of it would hold ~2.2 MB a page (1 GB at 500 pages)."""
    if render_jobs:
        return render_jobs
    if sys.platform != "linux" or len(html) < AUTO_MIN_BYTES:
        return 1
    return max(free_cores(), 2 if len(html) > MAX_CHUNK_BYTES else 1)


def joinable(options, attachments) -> bool:
    """Whether chunks may make this PDF (asked for with --render-jobs N or chosen by size alike).

    A PDF/A or PDF/UA variant is rendered in one piece: its output intent, XMP and identifiers
    are whole-document objects only WeasyPrint writes consistently; so is a PDF with attachments
    (PDF/A-3 lists them in the catalog's /AF; one code path embeds them).  A tagged PDF is
    joined exactly (reportgen.render.join), with object streams, so it is no larger than a
    single render's (within ~5%) and is cut by size alone like an untagged one.
    """
    return options.variant is None and not attachments


class Unsplittable(Exception):
    """The layout cannot be rendered in chunks exactly; render it in one piece."""


def render(plan_: Plan, *, layout, briefing, max_pages: int | None, tags: bool = False) -> tuple[bytes, int, list[str]]:
    """PDF bytes, page count and warnings of the joined chunks; Unsplittable to fall back.

    `tags`: each chunk tagged, and the joined PDF one structure tree (see `reportgen.render.join`).

    PageLimitReached and MemoryError pass through as from a single render.
    """
    try:
        return _render_chunks(plan_, layout, briefing, max_pages, tags, front=None)
    except _FrontMoved as moved:  # the contents' final length is not their draft's (rare): again, knowing it
        try:
            return _render_chunks(plan_, layout, briefing, max_pages, tags, front=moved.front)
        except _FrontMoved:
            raise Unsplittable("the contents do not settle on a length") from None


class _FrontMoved(Exception):
    """The front matter was not the length (or did not end with the running strings) the chunks drew with."""

    def __init__(self, front: tuple[int, dict[str, str]]) -> None:
        super().__init__(front)
        self.front = front


def _render_chunks(plan_: Plan, layout, briefing, max_pages, tags, front: tuple[int, dict[str, str]] | None):
    """One chunked render.  `front`: the front matter's page count and last running strings, if known.

    The body chunks paginate in parallel.  Unless `front` is given, a draft of the front matter
    (every page number as wide as the estimated total) is laid out on the core the first chunk to
    finish paginating left idle, for its length; the chunks then draw with their real offsets while
    the front matter is laid out with the real page numbers, off the critical path.  If that gives
    another length than the draft's, `_FrontMoved` asks for one more render knowing it.
    """
    from multiprocessing.connection import wait

    from reportgen.render.pdf import PageLimitReached

    workers: list = []
    fronts: list = []  # front matter processes, each (process, connection)
    try:
        for index in range(len(plan_.chunks)):
            html = plan_.chunk_html(index)
            workers.append(_fork(lambda conn: _body_worker(conn, html, layout, briefing, max_pages, tags)))
        paginated: list = [None] * len(workers)  # (pages, anchors, last strings) of each chunk
        waiting = {conn: k for k, (_, conn) in enumerate(workers)}
        while waiting:
            for conn in wait(list(waiting)):
                k = waiting.pop(conn)
                paginated[k] = _receive(conn, workers[k][0])
                if paginated[k][0] == _UNSAFE:
                    raise Unsplittable(paginated[k][1])
            if front is None and not fronts and waiting:
                draft_pages, draft_total = _draft_numbers(plan_, paginated)
                fronts.append(_start_front(plan_, draft_pages, draft_total, layout, briefing, max_pages, tags))
        if fronts:
            draft = _finish_front(fronts.pop())
            front = (draft[1], draft[2])
        local = [(name, k, page) for k, (pages, anchors, _) in enumerate(paginated) for name, page in anchors]

        def numbers(front_pages: int) -> tuple[list[int], dict[str, int], int]:
            """Each chunk's page offset, each anchor's page (the first one wins), the page count."""
            offsets = _offsets(front_pages, [pages for pages, _, _ in paginated])
            total = offsets[-1] + paginated[-1][0]
            if max_pages is not None and total > max_pages:
                raise PageLimitReached(total)
            return offsets, {name: offsets[k] + page for name, k, page in reversed(local)}, total

        if front is None:  # no draft (the chunks finished together): the front matter first, its length guessed
            guess = 1
            for _ in range(3):  # the contents' page numbers could (rarely) change its own length
                offsets, pages_of, total = numbers(guess)
                final = _finish_front(_start_front(plan_, pages_of, total, layout, briefing, max_pages, tags))
                if final[1] == guess:
                    break
                guess = final[1]
            else:
                raise Unsplittable("the contents do not settle on a length")
            front = (final[1], final[2])
        else:  # laid out while the chunks draw
            offsets, pages_of, total = numbers(front[0])
            fronts.append(_start_front(plan_, pages_of, total, layout, briefing, max_pages, tags))
        known = set(pages_of)
        carried: dict[str, str] = dict(front[1])
        halves = _halves([pages for pages, _, _ in paginated])
        for k, (process, conn) in enumerate(workers):
            conn.send((offsets[k], total, dict(carried), known, halves[k]))
            carried.update(paginated[k][2])
        if fronts:
            final = _finish_front(fronts.pop())
            if (final[1], final[2]) != front:
                raise _FrontMoved((final[1], final[2]))
        front_pdf, _, _, front_warnings, front_refs = final
        # each: ([pdf bytes], warnings, refs, None, None, leading outline roots), or two PDFs, the
        # split page and the outline
        drawn = [_receive(conn, process) for process, conn in workers]
        warnings = list(front_warnings)
        for _, chunk_warnings, _, _, _, _ in drawn:
            warnings.extend(chunk_warnings)
        warnings = _lost(briefing, warnings, [front_refs, *(refs for _, _, refs, _, _, _ in drawn)])
        owner: dict[str, int] = {}  # anchor → the PDF (0: the front matter) that holds it
        outlines: list = [None]  # per PDF: None (its own outline) or the outline to use instead
        nest = [0]  # per PDF: its leading outline items that belong under the PDFs before it
        for k, ((_, anchors, _), (pdfs, _, _, split, outline, roots)) in enumerate(zip(paginated, drawn)):
            first = len(outlines)
            for name, page in anchors:
                owner.setdefault(name, first + (split is not None and page > split))
            outlines.extend([None] if split is None else [outline, []])
            nest.extend([roots if plan_.continued[k] else 0] + ([] if split is None else [0]))
        from reportgen.render.join import join

        pdfs = [pdf for chunk_pdfs, _, _, _, _, _ in drawn for pdf in chunk_pdfs]
        return join(front_pdf, pdfs, owner, outlines, nest), total, _unique(warnings)
    finally:
        for process, conn in [*workers, *fronts]:
            conn.close()
            process.stop()


def _halves(pages: list[int]) -> list[bool]:
    """Which chunks draw their pages in two processes: the longest, if it is longer than all the
    others together (a part can be most of a briefing), so no core waits idle while it draws, and
    long enough (HALF_MIN_PAGES) to pay for a second process and its own font subsets."""
    longest = max(pages)
    return [n == longest and n > sum(pages) - n and n >= HALF_MIN_PAGES for n in pages]


def _draft_numbers(plan_: Plan, paginated: list) -> tuple[dict[str, int], int]:
    """Page numbers for a draft of the front matter: every anchor it links to on the last page of the
    estimated total (the widest number it can show), the total from the pages per byte so far."""
    done = [k for k, answer in enumerate(paginated) if answer is not None]
    pages = sum(paginated[k][0] for k in done)
    size = sum(len(plan_.chunks[k]) for k in done)
    total = 1 + round(pages * sum(len(chunk) for chunk in plan_.chunks) / max(size, 1))
    return dict.fromkeys(re.findall(r'href="#([^"]+)"', plan_.front), total), total


def _lost(briefing, warnings: list[str], refs: list[tuple[set[str], set[str]]]) -> list[str]:
    """The warnings with reportgen.render.lost's, for the whole document (as render_pdf gives them)."""
    from types import SimpleNamespace

    from reportgen.render.lost import lost_content

    anchors = set().union(*(a for a, _ in refs))
    links = [("internal", target) for _, targets in refs for target in sorted(targets)]
    lost = lost_content(SimpleNamespace(pages=[SimpleNamespace(anchors=dict.fromkeys(anchors), links=links)]), briefing)
    if lost:
        warnings = [w for w in warnings if not w.startswith("weasyprint: No anchor #")] + lost
    return warnings


def _offsets(front_pages: int, chunk_pages: list[int]) -> list[int]:
    offsets, at = [], front_pages
    for pages in chunk_pages:
        offsets.append(at)
        at += pages
    return offsets


class _Child:
    """A forked process (the render helper is a daemon: multiprocessing would not let it have children)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.exitcode: int | None = None

    def wait(self, seconds: float) -> None:
        import time

        deadline = time.monotonic() + seconds
        while self.exitcode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.exitcode = os.waitstatus_to_exitcode(status)
            elif time.monotonic() > deadline:
                return
            else:
                time.sleep(0.01)

    def stop(self) -> None:
        """Wait a moment for it to exit (it does once its pipe closes), then kill it."""
        self.wait(0.2)
        if self.exitcode is None:
            os.kill(self.pid, signal.SIGKILL)
            self.wait(5)


def _fork(work) -> tuple[_Child, Connection]:
    """Run work(connection) in a forked process that ends with os._exit; (the process, our end)."""
    from multiprocessing import Pipe

    ours, theirs = Pipe()
    pid = os.fork()
    if pid == 0:  # the child
        try:
            ours.close()
            work(theirs)
        finally:
            os._exit(70)  # work ends with os._exit itself; here only if it raised
    theirs.close()
    return _Child(pid), ours


def _receive(conn, process):
    from reportgen.render.pdf import PageLimitReached

    try:
        status, value = conn.recv()
    except (EOFError, OSError):
        process.wait(1)
        if process.exitcode in (75, -signal.SIGSEGV, -signal.SIGABRT, -signal.SIGBUS, -signal.SIGKILL):
            raise MemoryError from None
        raise RuntimeError(f"a render chunk ended with status {process.exitcode}") from None
    if status == "pages":
        raise PageLimitReached(value)
    if status == "memory":
        raise MemoryError
    if status == "error":
        raise value
    return value


def _start_front(plan_: Plan, pages_of: dict[str, int], total: int, layout, briefing, max_pages, tags):
    """Lay out the front matter in a process of its own, each anchor in `pages_of` on its page there."""
    html = plan_.front_html(sorted(pages_of))
    return _fork(lambda conn: _front_worker(conn, html, pages_of, total, layout, briefing, max_pages, tags))


def _finish_front(front) -> tuple:
    """(pdf bytes, pages, last running strings, warnings, (anchors, link targets)) of a front matter process."""
    process, conn = front
    try:
        answer = _receive(conn, process)
    finally:
        conn.close()
        process.stop()
    if answer[0] == _UNSAFE:
        raise Unsplittable(answer[1])
    return answer


# ---- in the chunks' processes ---------------------------------------------------------------


def _start_worker(parent: int) -> list[object]:
    import gc

    from reportgen.render.prefork import GC_THRESHOLDS, _die_with_parent

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(parent)
    sys.unraisablehook = lambda unraisable: None
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
    return []


def _body_worker(conn, html: str, layout, briefing, max_pages, tags: bool) -> None:
    """Paginate, report (pages, anchors, last strings), wait for (offset, total, carried strings,
    known anchors), draw and write; ends with os._exit (no teardown)."""
    keep = _start_worker(os.getppid())
    try:
        conn.send(_run(lambda: _body(conn, html, layout, briefing, max_pages, keep, tags)))
    except (EOFError, OSError):
        pass
    except MemoryError:
        os._exit(75)
    os._exit(0)


def _front_worker(
    conn, html: str, pages_of: dict[str, int], total: int, layout, briefing, max_pages, tags: bool
) -> None:
    keep = _start_worker(os.getppid())
    try:
        conn.send(_run(lambda: _front(html, pages_of, total, layout, briefing, max_pages, keep, tags)))
    except (EOFError, OSError):
        pass
    except MemoryError:
        os._exit(75)
    os._exit(0)


def _run(work):
    from reportgen.errors import RenderError, ReportgenError
    from reportgen.render.pdf import PageLimitReached

    try:
        return "ok", work()
    except Unsplittable as exc:
        return "ok", (_UNSAFE, str(exc))
    except RenderError as exc:  # render_pdf wraps what WeasyPrint raises, also our Unsplittable
        if isinstance(exc.__cause__, Unsplittable):
            return "ok", (_UNSAFE, str(exc.__cause__))
        return "error", exc
    except PageLimitReached as exc:
        return "pages", exc.args[0] if exc.args else None
    except MemoryError:
        return "memory", None
    except ReportgenError as exc:
        return "error", exc
    except Exception as exc:
        return "error", RenderError(f"the renderer failed: {type(exc).__name__}: {exc}")


class _Sync:
    """Patches to WeasyPrint 70 (pinned) inside a chunk's process, between pagination and drawing."""

    def __init__(self) -> None:
        self.pages: list = []  # the page boxes of the latest pagination pass
        self.root_box = None  # the box tree they are made of
        self.synced = False
        self.offset = 0
        self.total = 0
        self.carried: dict[str, str] = {}
        self.known: set[str] = set()
        self.page_of: dict[str, int] = {}  # the front matter: body anchors' real page numbers

    def install(self, on_paginated) -> None:
        import weasyprint.pdf as wpdf
        from weasyprint import layout as wlayout
        from weasyprint.css.targets import TargetCollector
        from weasyprint.layout import LayoutContext

        original_pages, original_margins = wlayout.make_all_pages, wlayout.make_margin_boxes
        original_lookup = LayoutContext.get_string_or_element_for
        original_cache = TargetCollector.cache_target_page_counters
        original_resolve = wpdf.resolve_links
        sync = self

        def make_all_pages(context, root_box, *args, **kwargs):
            sync.pages, sync.root_box = [], root_box
            for page in original_pages(context, root_box, *args, **kwargs):
                sync.pages.append(page)
                yield page

        def make_margin_boxes(context, page, state):
            if not sync.synced:
                sync.synced = True
                on_paginated(context)
            counters = state[1]
            counters["page"] = [counters["page"][0] + sync.offset]
            counters["pages"] = [sync.total or counters["pages"][0]]
            return original_margins(context, page, state)

        def lookup(context, store, page, name, keyword):
            found = original_lookup(context, store, page, name, keyword)
            if not found and keyword != "all-once" and store is context.string_set and name in sync.carried:
                return (sync.carried[name],)
            return found

        def cache(collector, anchor_name, page_counter_values, page_maker_index, page_maker):
            if anchor_name in sync.page_of:
                page_counter_values = {**page_counter_values, "page": [sync.page_of[anchor_name]]}
            return original_cache(collector, anchor_name, page_counter_values, page_maker_index, page_maker)

        def resolve_links(pages):
            for links, anchors in original_resolve(_with_known_anchors(pages, sync.known)):
                yield links, anchors

        wlayout.make_all_pages, wlayout.make_margin_boxes = make_all_pages, make_margin_boxes
        LayoutContext.get_string_or_element_for = lookup
        TargetCollector.cache_target_page_counters = cache
        wpdf.resolve_links = resolve_links


def _with_known_anchors(pages, known: set[str]):
    """The pages as resolve_links sees them, with links to anchors of other chunks not dropped."""
    local = {name for page in pages for name in page.anchors}
    missing = known - local

    class View:
        def __init__(self, page, first):
            self.links = page.links
            self.anchors = page.anchors
            if first and missing:  # claimed, never written: the joined PDF names them
                self.anchors = {**page.anchors, **{name: (0, 0, 0, 0) for name in missing}}

    return [View(page, i == 0) for i, page in enumerate(pages)]


def _anchors(page_boxes) -> list[tuple[str, int]]:
    """(anchor, 1-based page) for every anchor on the page boxes, in document order."""
    found = []
    for number, page in enumerate(page_boxes, 1):
        for box in page.descendants():
            anchor = box.style["anchor"] if box.style is not None else None
            if anchor:
                found.append((anchor, number))
    return found


def _anchors_and_targets(document) -> tuple[set[str], set[str]]:
    """The anchors a rendered chunk holds and the internal link targets it points to."""
    anchors = {name for page in document.pages for name in page.anchors}
    targets = {link[1] for page in document.pages for link in page.links if link[0] == "internal"}
    return anchors, targets


def _last_strings(context) -> dict[str, str]:
    last = {}
    for name, by_page in context.string_set.items():
        if by_page:
            values = by_page[max(by_page)]
            if values:
                last[name] = values[-1]
    return last


def _starts_a_page(root_box) -> bool:
    """Whether the chunk starts where a single render starts a page: its first part section (in a
    part continued from an earlier chunk, its first topic section) begins with a forced page break."""
    for box in root_box.descendants() if root_box is not None else ():
        if box.element is None or box.element_tag != "section":
            continue
        classes = (box.element.get("class") or "").split()
        if ("part" in classes and box.element.get("data-continued") is None) or "new-page" in classes:
            return box.style["break_before"] == "page"
    return False


def _leading_roots(pages) -> int:
    """How many top-level outline items come before the chunk's first level-1 bookmark: in a chunk
    that continues a part, the items a single render nests under that part's heading."""
    roots, lowest = 0, None
    for page in pages:
        for level, _, _, _ in page.bookmarks:
            if level <= 1:
                return roots
            if lowest is None or level <= lowest:  # WeasyPrint's tree: a root unless under a lower level
                roots, lowest = roots + 1, level
    return roots


def _render(html, layout, briefing, max_pages, keep, tags, draw=None):
    """One piece of a chunked render: lost content is checked on the joined whole, not per piece."""
    from reportgen.config.model import PdfOptions
    from reportgen.render import pdf

    return pdf.render_pdf(
        html,
        layout=layout,
        briefing=briefing,
        max_pages=max_pages,
        keep=keep,
        check_lost=False,
        options=PdfOptions(tags=tags),
        draw=draw,
    )


def _body(conn, html, layout, briefing, max_pages, keep, tags):
    sync = _Sync()
    halves = [False]  # whether to draw in two processes (the parent says, with the offsets)
    second: list = []  # (pdf bytes, warnings) of the second half

    def on_paginated(context):
        if not _starts_a_page(sync.root_box):
            raise Unsplittable("a chunk does not start on a new page")
        conn.send(("ok", (len(sync.pages), _anchors(sync.pages), _last_strings(context))))
        sync.offset, sync.total, sync.carried, sync.known, halves[0] = conn.recv()

    def draw(document, write) -> bytes:
        """The PDF of the first half of the pages; the second half drawn at the same time in a fork."""
        if not halves[0] or len(document.pages) < 2:
            return write(document)
        split = len(document.pages) // 2  # drawing costs about the same per page
        rest = document.copy(document.pages[split:])
        process, theirs = _fork(lambda conn: _draw_worker(conn, write, rest))
        try:
            first = write(document.copy(document.pages[:split]))
            second.append(_receive(theirs, process))
        finally:
            theirs.close()
            process.stop()
        return first

    sync.install(on_paginated)
    rendered = _render(html, layout, briefing, max_pages, keep, tags, draw)
    if any("undefined anchor" in w for w in rendered.warnings):
        raise Unsplittable("a target-counter() points into another chunk")
    document = keep[0]
    roots = _leading_roots(document.pages)
    if not second:
        return [rendered.bytes], rendered.warnings, _anchors_and_targets(document), None, None, roots
    # The halves' own outlines would start the second one's mid-way; the join takes this one, of both.
    outline = document.make_bookmark_tree(0.75, transform_pages=True)  # WeasyPrint's scale: 72 pt per 96 px
    pdfs, warnings = [rendered.bytes, second[0][0]], _unique([*rendered.warnings, *second[0][1]])
    return pdfs, warnings, _anchors_and_targets(document), len(document.pages) // 2, outline, roots


def _draw_worker(conn, write, document) -> None:
    """Draw `document` (some pages of a chunk, laid out before the fork), send (pdf bytes, warnings)."""
    from reportgen.render.pdf import _captured_log

    _start_worker(os.getppid())
    warnings: list[str] = []

    def work():
        with _captured_log(warnings):
            data = write(document)
        return data, warnings

    try:
        conn.send(_run(work))
    except (EOFError, OSError):
        pass
    except MemoryError:
        os._exit(75)
    os._exit(0)


def _front(html, pages_of, total, layout, briefing, max_pages, keep, tags):
    sync = _Sync()
    sync.page_of, sync.total, sync.known = pages_of, total, set(pages_of)
    strings: dict[str, str] = {}
    sync.install(lambda context: strings.update(_last_strings(context)))
    rendered = _render(html, layout, briefing, max_pages, keep, tags)
    anchors, targets = _anchors_and_targets(keep[0])
    return rendered.bytes, rendered.pages, strings, rendered.warnings, (anchors - set(pages_of), targets)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
