"""A long briefing rendered in parallel chunks is the same PDF, page by page, as one rendered in one piece."""

from __future__ import annotations

import datetime as dt
import io
import re
import logging
from pathlib import Path

import pypdf
import pytest

from reportgen.build import build
from reportgen.errors import LimitExceeded
from reportgen.parts import topics
from reportgen.render import chunked

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ["trade", "energy", "culture", "transport", "security", "education", "investment"]


def _project(folder: Path, articles: int) -> Path:
    lines = []
    for i in range(articles):
        day, field = dt.date(2026, 2, 20) - dt.timedelta(days=i // 3), FIELDS[i * 5 % len(FIELDS)]
        lines += [
            day.strftime("%d.%m.%Y"),
            f"Qatar and Kazakhstan talk {field}, round {i}",
            f"Officials from Qatar discussed {field} cooperation in Doha on {day:%d %B %Y}, item {i}. "
            f"They agreed on a joint {field} programme of {i % 37 + 2} projects.",
            "",
        ]
    (folder / "seeds").mkdir(parents=True)
    (folder / "seeds" / "feed.txt").write_text("\n".join(lines), encoding="utf-8")
    text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    text = re.sub(r"  - (table|about|chart): \{document: paper.*\n", "", text)
    text = text.replace(
        "  - topics: [political, economic, military, cultural, transport]",
        "  - topics: {keys: [political, economic, military, cultural, transport], max_items: 1000}",
    )
    text = re.sub(r"  - chronology: \{[^}]*\}", "  - chronology: {limit: 1000, break: page}", text)
    text = re.sub(r"(?m)^formats:.*$", "formats: [pdf, html]", text)
    (folder / "config.yaml").write_text(text, encoding="utf-8")
    return folder / "config.yaml"


def _facts(data: bytes) -> dict:
    """Everything a reader sees: text of every page, outline, links and where they lead, metadata."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    dests = {
        name: (
            reader.get_destination_page_number(dest),
            round(float(dest.left or 0), 1),
            round(float(dest.top or 0), 1),
        )
        for name, dest in reader.named_destinations.items()
    }

    def outline(items, depth=0):
        for item in items:
            if isinstance(item, list):
                yield from outline(item, depth + 1)
            else:
                yield depth, str(item.title), reader.get_destination_page_number(item), round(float(item.top or 0), 1)

    links = []
    for i, page in enumerate(reader.pages):
        for annot in page.get("/Annots", []) or []:
            annot = annot.get_object()
            rect = tuple(round(float(v), 1) for v in annot["/Rect"])
            if "/Dest" in annot:
                links.append((i, rect, "dest", dests.get(str(annot["/Dest"]))))
            else:
                links.append((i, rect, "uri", str(annot["/A"]["/URI"])))
    meta = {k: str(v) for k, v in (reader.metadata or {}).items()}
    return {
        "pages": [page.extract_text() for page in reader.pages],
        "outline": list(outline(reader.outline)),
        "links": links,
        "dests": dests,
        "metadata": meta,
        "lang": str(reader.trailer["/Root"].get("/Lang")),
    }


def _structure(data: bytes) -> tuple[list, list[str]]:
    """The structure tree as a reader of a tagged PDF walks it: (element type, page, marked contents) in
    reading order (empty wrappers left out: the front matter's anchor placeholders), and what does not resolve."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    tree = reader.trailer["/Root"]["/StructTreeRoot"].get_object()
    page_of = {page.indirect_reference.idnum: i for i, page in enumerate(reader.pages)}
    elements = []

    def walk(node) -> None:
        node = node.get_object()
        if node.get("/Type") == "/OBJR":
            return
        kids = node.get("/K", [])
        kids = kids if isinstance(kids, list) else [kids]
        marked = sum(isinstance(kid, int) for kid in kids)
        if node["/S"] not in ("/Span", "/Div", "/NonStruct") or marked:
            elements.append((str(node["/S"]), page_of[node.raw_get("/Pg").idnum] if "/Pg" in node else None, marked))
        for kid in kids:
            if not isinstance(kid, int):
                walk(kid)

    walk(tree["/K"][0])
    nums = tree["/ParentTree"].get_object()["/Nums"]
    keys = {int(nums[i]) for i in range(0, len(nums), 2)}
    unresolved = [f"page {i + 1}" for i, page in enumerate(reader.pages) if page.get("/StructParents") not in keys]
    for i, page in enumerate(reader.pages):
        for annot in page.get("/Annots", []) or []:
            if annot.get_object().get("/StructParent") not in keys:
                unresolved.append(f"a link on page {i + 1}")
    return elements, unresolved


@pytest.fixture(scope="module")
def renders(tmp_path_factory):
    folder = tmp_path_factory.mktemp("long")
    config = _project(folder, 40)
    made = {}
    logger = logging.getLogger("reportgen")
    with pytest.MonkeyPatch.context() as patch:  # each topic on a new page: chunks may start inside the part
        patch.setattr(topics, "PAGED_MIN_ITEMS", 20)
        for jobs in (1, 3):  # three chunks: a middle one gets both a carried header and an offset
            made[jobs] = _render(config, jobs, logger)
    return made


def _render(config: Path, jobs: int, logger: logging.Logger) -> tuple:
    """(PDF bytes, pages, what the build logged, warnings, HTML) of a build in `jobs` chunks."""
    said: list[str] = []
    handler = logging.Handler(logging.DEBUG)
    handler.emit = lambda record: said.append(record.getMessage())
    logger.addHandler(handler)
    level, logger.level = logger.level, logging.DEBUG
    try:
        result = build(config, render_jobs=jobs, lock_timeout=5)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    pdf = next(path for path in result.outputs if path.suffix == ".pdf")
    html = next(path for path in result.outputs if path.suffix == ".html")
    return pdf.read_bytes(), result.pages, said, result.warnings, html.read_text(encoding="utf-8")


def test_a_long_briefing_is_cut_into_chunks():
    html = (
        "<html><body><nav>c</nav><main>"
        + "".join(f'<section class="part part-x" id="p{i}"><h1>{i}</h1></section>' for i in range(6))
        + "</main></body></html>"
    )
    plan = chunked.plan(html, 3)
    assert plan is not None and len(plan.chunks) == 3
    assert plan.front == "<nav>c</nav>"
    assert "".join(chunk.removeprefix("<main>") for chunk in plan.chunks) == html[html.index("<section") :]
    assert plan.chunk_html(0).endswith("</main></body></html>") and 'id="p0"' in plan.chunk_html(0)
    assert plan.chunk_html(2).endswith("</main></body></html>") and 'id="p5"' in plan.chunk_html(2)


def test_a_long_topics_part_is_cut_between_topics_that_start_a_page(monkeypatch):
    topics_ = "".join(
        f'<section class="topic{" new-page" if i else ""}" id="t{i}"><h2>{i}</h2>{"x" * 100}</section>'
        for i in range(4)
    )
    html = (
        "<html><head><style>section.topic.new-page { break-before: page }</style></head><body><main>"
        '<section class="part part-topics" id="p0"><h1>T</h1>'
        + topics_
        + '</section><section class="part part-x" id="p1"><h1>X</h1></section></main></body></html>'
    )
    unstyled = html.replace("section.topic.new-page", "h1")  # a layout that does not start them on a page
    assert chunked.plan(unstyled, 2).continued == [False, False]
    plan = chunked.plan(html, 2)
    assert plan is not None and plan.continued == [False, True]
    assert plan.chunks[1].startswith(
        '<main><section class="part part-topics" data-continued><section class="topic new-page" id="t3">'
    )
    assert plan.chunks[1].count('id="p0"') == 0 and 'id="p1"' in plan.chunks[1]
    # No chunk holds more than MAX_CHUNK_BYTES when it can be cut: more chunks than jobs.
    monkeypatch.setattr(chunked, "MAX_CHUNK_BYTES", 150)
    plan = chunked.plan(html, 2)
    assert plan is not None and plan.continued == [False, True, True, True, False]


@pytest.mark.parametrize(
    "css",
    [
        "@page :first { margin: 0 }",
        "@page :left { margin: 0 }",
        "h1 { counter-reset: page 1 }",
        "header { position: running(top) }",
    ],
)
def test_a_layout_that_depends_on_page_position_is_not_cut(css):
    html = (
        f"<html><head><style>{css}</style></head><body><main>"
        + "".join(f'<section class="part" id="p{i}"></section>' for i in range(4))
        + "</main></body></html>"
    )
    assert chunked.plan(html, 2) is None


@pytest.mark.parametrize("jobs", [3])
def test_chunked_render_matches_the_single_render_page_by_page(renders, jobs):
    assert f"the PDF was laid out in {jobs} parallel chunks" in renders[jobs][2]  # not a fallback to one piece
    plan = chunked.plan(renders[jobs][4], jobs)
    assert plan is not None and len(plan.chunks) == jobs and any(plan.continued)  # one starts inside the topics
    single, chunks = _facts(renders[1][0]), _facts(renders[jobs][0])
    assert renders[jobs][1] == renders[1][1] == len(single["pages"]) >= 10
    assert len(chunks["pages"]) == len(single["pages"])
    for number, (a, b) in enumerate(zip(single["pages"], chunks["pages"]), 1):
        assert b == a, f"page {number} differs"
    assert f"page {len(single['pages'])} of {len(single['pages'])}" in chunks["pages"][-1]
    assert chunks["outline"] == single["outline"] and len(single["outline"]) > 5
    assert chunks["links"] == single["links"] and any(kind == "dest" for _, _, kind, _ in single["links"])
    assert all(target is not None for _, _, kind, target in chunks["links"] if kind == "dest")
    assert chunks["dests"] == single["dests"]
    assert chunks["metadata"] == single["metadata"] and chunks["lang"] == single["lang"]
    assert renders[jobs][3] == renders[1][3]  # the same warnings (no part "lost" in another chunk)
    # Tagged (the default): one structure tree in the same reading order, every page and link in it.
    tree, unresolved = _structure(renders[jobs][0])
    assert tree == _structure(renders[1][0])[0] and len(tree) > 500
    assert tree[0][0] == "/Document" and {"/H1", "/P", "/Link"} <= {kind for kind, _, _ in tree}
    assert {page for _, page, _ in tree} == set(range(len(single["pages"]))) | {None}
    assert unresolved == []


def test_a_chunked_render_stops_at_the_page_limit(tmp_path):
    config = _project(tmp_path, 40)
    config.write_text(config.read_text(encoding="utf-8") + "\nlimits: {pages: 5}\n", encoding="utf-8")
    with pytest.raises(LimitExceeded, match="past the 5-page limit"):
        build(config, render_jobs=3, lock_timeout=5)
    assert not list((tmp_path / "out").glob("*.pdf"))


def test_a_tagged_chunked_pdf_is_about_the_size_of_a_single_render(renders):
    """The join writes object streams (pikepdf): a structure tree of thousands of small objects
    packed, not one plain object each (pypdf made the file ~5x a single render's)."""
    single, joined = renders[1][0], renders[3][0]
    assert b"/ObjStm" in joined
    # Each chunk still embeds its own font subsets: ~13 KB a chunk here, 0.3x of this 126 KB
    # fixture, a smaller share the longer the PDF (204 pages: 1.10x).  pypdf's join was ~5x.
    assert len(joined) <= 1.35 * len(single), (len(joined), len(single))
    reader = pypdf.PdfReader(io.BytesIO(joined))
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"]) and bool(root["/ViewerPreferences"]["/DisplayDocTitle"])
    tree = root["/StructTreeRoot"].get_object()
    nums = tree["/ParentTree"].get_object()["/Nums"]
    assert tree["/ParentTreeNextKey"] == len(nums) // 2 > len(reader.pages)  # pages and links, numbered 0..n-1
    assert sorted(int(nums[i]) for i in range(0, len(nums), 2)) == list(range(len(nums) // 2))
    (document,) = [kid.get_object() for kid in tree["/K"]]
    assert document["/S"] == "/Document" and document.raw_get("/P").idnum == root.raw_get("/StructTreeRoot").idnum
    assert {kid.get_object().raw_get("/P").idnum for kid in document["/K"]} == {tree["/K"][0].idnum}


def test_which_pdfs_are_cut_into_chunks():
    from reportgen.config.model import PdfOptions
    from reportgen.render.pdf import EmbeddedFile

    config = EmbeddedFile("config.yaml", b"title: x\n", "reportgen config", "Source")
    # Tagged (the default) or not: joined exactly, and about the size of one piece.
    assert chunked.joinable(PdfOptions(tags=False), ()) and chunked.joinable(PdfOptions(), ())
    for options in (
        PdfOptions(variant="pdf/a-3b"),
        PdfOptions(variant="pdf/ua-1"),
        PdfOptions(tags=False, variant="pdf/a-3b"),
    ):
        assert not chunked.joinable(options, ())
    assert not chunked.joinable(PdfOptions(tags=False, attach=("config",)), (config,))


def test_chunks_drawn_in_halves_after_a_front_matter_longer_than_its_draft_render_exactly(
    renders, tmp_path, monkeypatch
):
    """The chunks draw while the front matter is laid out, with the length a draft of it gave; when the
    final one differs (here: the draft is made to say one page more), the render is redone knowing it.
    Here every chunk draws its pages in two processes (by default only one far longer than the others):
    the joins, outline, links and structure at those page boundaries are exact too."""
    said = tmp_path / "said"  # written by the render helper, which forks with these patches
    finish, draft = chunked._finish_front, chunked._draft_numbers

    def say(line: str) -> None:
        with said.open("a") as out:
            out.write(line + "\n")

    def drafted(*args):
        say("draft")
        return draft(*args)

    def first_one_page_longer(front):
        answer = finish(front)
        first = not said.read_text().count("front")
        say(f"front {answer[1]}")
        return (answer[0], answer[1] + 1, *answer[2:]) if first else answer

    monkeypatch.setattr(topics, "PAGED_MIN_ITEMS", 20)  # as `renders` made them
    monkeypatch.setattr(chunked, "_halves", lambda pages: [n >= 2 for n in pages])
    monkeypatch.setattr(chunked, "_draft_numbers", drafted)
    monkeypatch.setattr(chunked, "_finish_front", first_one_page_longer)
    result = build(_project(tmp_path, 40), render_jobs=3, lock_timeout=5)
    pdf = next(path for path in result.outputs if path.suffix == ".pdf")
    single, chunks = _facts(renders[1][0]), _facts(pdf.read_bytes())
    assert result.pages == renders[1][1]
    assert chunks["pages"] == single["pages"] and chunks["links"] == single["links"]
    assert chunks["outline"] == single["outline"] and chunks["dests"] == single["dests"]
    assert chunks["metadata"] == single["metadata"] and result.warnings == renders[1][3]
    tree, unresolved = _structure(pdf.read_bytes())
    assert tree == _structure(renders[1][0])[0] and unresolved == []
    # The draft, the final front matter (not what the chunks drew with), the second render's (no draft).
    lines = said.read_text().splitlines()
    assert lines[0] == "draft" and len(lines) == 4 and len(set(lines[1:])) == 1, lines


def test_a_briefing_too_long_for_one_process_is_cut_even_with_no_idle_core(monkeypatch):
    monkeypatch.setattr(chunked, "free_cores", lambda: 1)
    monkeypatch.setattr(chunked.sys, "platform", "linux")
    assert chunked.wanted_jobs("x" * (chunked.MAX_CHUNK_BYTES + 1), None) == 2
    assert chunked.wanted_jobs("x" * chunked.MAX_CHUNK_BYTES, None) == 1
    assert chunked.wanted_jobs("x" * (chunked.MAX_CHUNK_BYTES + 1), 1) == 1  # --render-jobs 1: one piece
