"""Test the rendered PDFs by reading them back: text, contents page numbers, tables, outline, metadata, fetches."""

from __future__ import annotations

import importlib.util
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from reportgen.layouts import resolve
from reportgen.render.html import render_html
from reportgen.files import write_atomic
from reportgen.render.pdf import RenderedPdf, render_pdf

FIXTURES = Path(__file__).parent / "fixtures"


def _load_sample():
    spec = importlib.util.spec_from_file_location("briefing_sample", FIXTURES / "briefing_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.sample_briefing()


@dataclass
class Rendered:
    result: RenderedPdf
    reader: PdfReader
    texts: list[str]  # per page, whitespace collapsed

    def first_page_with(self, needle: str, start: int = 2) -> int | None:
        return next((i for i, text in enumerate(self.texts) if i >= start and needle in text), None)


def _render(layout_name: str, base_dir: Path) -> Rendered:
    briefing = _load_sample()
    layout = resolve(layout_name, base_dir=base_dir)
    result = render_pdf(render_html(briefing, layout), layout=layout, briefing=briefing)
    reader = PdfReader(io.BytesIO(result.bytes))
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    return Rendered(result, reader, texts)


@pytest.fixture(scope="session")
def sample():
    return _load_sample()


@pytest.fixture(scope="session")
def briefing_pdf() -> Rendered:
    return _render("briefing", Path("."))


@pytest.fixture(scope="session")
def digest_pdf() -> Rendered:
    return _render("digest", Path("."))


@pytest.fixture(scope="session")
def override_pdf() -> Rendered:
    return _render("layouts/override-summary", FIXTURES)


def _heading(part) -> str:
    return f"Table {part.number} – {part.caption}" if part.kind == "table" else part.title


# --- the default layout -----------------------------------------------------------


def test_every_part_heading_is_in_the_text(briefing_pdf, sample):
    text = " ".join(briefing_pdf.texts)
    for part in sample.parts:
        assert _heading(part) in text


def test_pdf_has_no_warnings_but_the_font_subsetter_note(briefing_pdf):
    assert [w for w in briefing_pdf.result.warnings if "HarfBuzz-Subset" not in w] == []
    assert briefing_pdf.result.pages == len(briefing_pdf.reader.pages)


def test_contents_page_numbers_are_where_the_headings_are(briefing_pdf, sample):
    toc = briefing_pdf.texts[1]
    assert toc.startswith("Contents")
    for part in sample.parts:
        heading = _heading(part)
        listed = re.search(re.escape(heading) + r"[ .]*?(\d+)(?: |$)", toc)
        assert listed, f"{heading!r} not in contents"
        actual = briefing_pdf.first_page_with(heading)
        assert int(listed.group(1)) == actual + 1, heading


def test_outline_has_an_entry_per_part_pointing_at_its_page(briefing_pdf, sample):
    reader = briefing_pdf.reader
    top = [entry for entry in reader.outline if not isinstance(entry, list)]
    pages = {entry.title: reader.get_destination_page_number(entry) for entry in top}
    for part in sample.parts:
        heading = _heading(part)
        assert pages[heading] == briefing_pdf.first_page_with(heading)
    nested = [e.title for group in reader.outline if isinstance(group, list) for e in group]
    assert nested == [section.title for section in sample.parts[1].sections]


def test_tables_extract_cell_for_cell(briefing_pdf, sample):
    tables = [p for p in sample.parts if p.kind == "table"]
    start = briefing_pdf.first_page_with(_heading(tables[0]))
    end = briefing_pdf.first_page_with("Chronology")  # the part after the tables
    extracted: list[list[list[str]]] = []
    with pdfplumber.open(io.BytesIO(briefing_pdf.result.bytes)) as pdf:
        for page in pdf.pages[start:end]:
            extracted.extend(
                [[" ".join((cell or "").split()) for cell in row] for row in t] for t in page.extract_tables()
            )
    # A table broken across pages comes back in pieces, each starting with the repeated header.
    pieces = iter(extracted)
    for table in tables:
        header = list(table.header)
        rows: list[list[str]] = []
        while len(rows) < len(table.rows):
            piece = next(pieces)
            assert piece[0] == header, f"table {table.number}: header not repeated"
            rows.extend(piece[1:])
        assert rows == [list(row) for row in table.rows]
    assert len(extracted) == 5  # tables 1, 2, and table 3 over three pages


def test_long_table_repeats_header_on_each_page(briefing_pdf):
    pages = [i for i, text in enumerate(briefing_pdf.texts) if "Protocol No." in text]
    assert len(pages) >= 2
    for index in pages:
        assert "Year Contact Place Level Outcome" in briefing_pdf.texts[index]


def test_no_heading_is_left_at_the_bottom_of_a_page(briefing_pdf):
    mm = 72 / 25.4
    with pdfplumber.open(io.BytesIO(briefing_pdf.result.bytes)) as pdf:
        for number, page in enumerate(pdf.pages[1:], start=2):
            body = [c for c in page.chars if 25 * mm < c["top"] and c["bottom"] < page.height - 24 * mm]
            last_top = max(c["top"] for c in body)
            last_line = [c for c in body if abs(c["top"] - last_top) < 2]
            is_heading = all("Sans-Bold" in c["fontname"] and c["size"] >= 10 for c in last_line)
            assert not is_heading, f"page {number} ends with a heading: {''.join(c['text'] for c in last_line)!r}"


def test_kazakh_and_russian_abstracts_extract_intact(briefing_pdf):
    text = " ".join(briefing_pdf.texts)
    assert "Қазақстан Республикасы мен Катар мемлекетінің" in text
    assert "ынтымақтастық" in text and "Қазақстан" in text
    assert "Внешнеполитическое сотрудничество между Республикой Казахстан" in text
    assert "Казахстан" in text


def test_arabic_names_are_set_in_arabic_script(briefing_pdf):
    text = " ".join(briefing_pdf.texts)
    assert re.search(r"[\u0600-\u06FF]{3,}", text)


def test_metadata_is_fixed_from_the_briefing(briefing_pdf, sample):
    meta = briefing_pdf.reader.metadata
    assert meta.title == sample.title
    assert meta.author == sample.author
    assert meta.subject == sample.subtitle
    assert meta["/Keywords"] == ", ".join(sample.keywords)
    assert meta["/CreationDate"] == meta["/ModDate"] == "D:20260220000000Z"


def test_running_footer_and_header_skip_the_cover(briefing_pdf, sample):
    total = briefing_pdf.result.pages
    assert f"page 2 of {total}" in briefing_pdf.texts[1]
    assert f"page {total} of {total}" in briefing_pdf.texts[-1]
    assert "page 1 of" not in briefing_pdf.texts[0]
    assert sample.title.upper() in briefing_pdf.texts[2]  # running header


def test_citations_link_to_their_source_entry(briefing_pdf):
    links = [
        annot.get_object().get("/Dest") or annot.get_object().get("/A", {}).get("/D")
        for page in briefing_pdf.reader.pages
        for annot in page.get("/Annots", []) or []
    ]
    assert any(str(dest).startswith("src-") for dest in links if dest is not None)


# --- other layouts ----------------------------------------------------------------


def test_digest_renders_compactly(digest_pdf, briefing_pdf, sample):
    assert digest_pdf.result.pages < briefing_pdf.result.pages
    assert digest_pdf.texts[0].startswith(sample.organisation.upper() + " · DIGEST")
    assert "IN THIS ISSUE" in digest_pdf.texts[0]
    text = " ".join(digest_pdf.texts)
    for part in sample.parts:
        assert _heading(part).upper() in text


def test_user_layout_overrides_only_its_block(override_pdf, briefing_pdf):
    assert "Bottom line for the minister: 6 points." in override_pdf.texts[2]
    assert override_pdf.texts[1] == briefing_pdf.texts[1]  # contents: built-in
    assert override_pdf.texts[3:] == briefing_pdf.texts[3:]  # every later part: built-in


# --- confinement ------------------------------------------------------------------


def test_fetches_outside_the_layout_are_blocked_and_reported(tmp_path, sample):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "base.html.j2").write_text("x")
    (folder / "extra.css").write_text("p { color: #333 }")
    (folder / "sneaky.css").symlink_to("/etc/passwd")
    layout = resolve("mine", base_dir=tmp_path)
    html = (
        "<html><head><link rel=stylesheet href='extra.css'><link rel=stylesheet href='sneaky.css'>"
        "<link rel=attachment href='file:///etc/hostname'></head><body><p>Hello</p>"
        "<img src='file:///etc/passwd'><img src='http://example.com/pixel.png'>"
        "<img alt='a dot' src='data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'>"
        "<a rel=attachment href='extra.css'>attached</a></body></html>"
    )
    result = render_pdf(html, layout=layout, briefing=sample)
    # This HTML is not the briefing's, so its parts are reported as on no page: leave those aside here.
    warnings = [w for w in result.warnings if "HarfBuzz-Subset" not in w and "is on no page" not in w]
    assert "blocked fetch of file:///etc/passwd: outside the layout folder" in warnings
    assert "blocked fetch of http://example.com/pixel.png: only files in the layout folder may be read" in warnings
    assert f"blocked fetch of {(folder / 'sneaky.css').as_uri()}: outside the layout folder" in warnings
    assert len(warnings) == 3  # extra.css and the data: image load; attachments are never fetched
    reader = PdfReader(io.BytesIO(result.bytes))
    assert "/EmbeddedFiles" not in str(reader.trailer["/Root"].get("/Names", {}))
    assert not any(
        annot.get_object().get("/Subtype") == "/FileAttachment"
        for page in reader.pages
        for annot in page.get("/Annots", []) or []
    )


# --- atomic write -------------------------------------------------------------------


def test_write_atomic_replaces_the_file(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]


def test_write_atomic_creates_the_output_folder(tmp_path):
    write_atomic(tmp_path / "out" / "b.pdf", b"new")
    assert (tmp_path / "out" / "b.pdf").read_bytes() == b"new"


def test_write_atomic_gives_new_files_the_umask_mode_and_keeps_existing_modes(tmp_path):
    fresh, kept = tmp_path / "fresh.pdf", tmp_path / "kept.pdf"
    kept.write_bytes(b"old")
    kept.chmod(0o640)
    umask = os.umask(0o022)
    try:
        write_atomic(fresh, b"new")
        write_atomic(kept, b"new")
    finally:
        os.umask(umask)
    assert fresh.stat().st_mode & 0o777 == 0o644
    assert kept.stat().st_mode & 0o777 == 0o640


def test_write_atomic_leaves_the_old_file_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")

    def fail(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]


def test_write_atomic_sweeps_temps_of_killed_runs(tmp_path):
    target = tmp_path / "out.pdf"
    dead = tmp_path / ".out.pdf.999999999.abc123.reportgen-tmp"  # no such pid
    alive = tmp_path / f".out.pdf.{os.getpid()}.def456.reportgen-tmp"  # a run in progress
    other = tmp_path / ".other.pdf.999999999.abc123.reportgen-tmp"
    for temp in (dead, alive, other):
        temp.write_bytes(b"partial")
    write_atomic(target, b"new")
    assert not dead.exists()
    assert alive.exists() and other.exists()


def test_characters_no_font_has_are_one_warning_naming_their_script():
    import logging

    from reportgen.render.pdf import _captured_log

    warnings: list[str] = []
    with _captured_log(warnings):
        for character in "자유자":
            logging.getLogger("weasyprint").warning(
                '.notdef glyph rendered for Unicode string unsupported by fonts: "%s" (U+%04X)',
                character,
                ord(character),
            )
    assert len(warnings) == 1
    assert warnings[0].startswith(
        "weasyprint: no installed font has the Hangul characters of this briefing (2, e.g. 자유)"
    )


def test_a_table_with_long_headings_over_numbers_keeps_to_the_text_width(sample, tmp_path):
    import dataclasses

    table = next(p for p in sample.parts if p.kind == "table")
    wide = dataclasses.replace(
        table,
        header=(
            "Year",
            "Exports to the partner country (EUR million)",
            "Imports from the partner country (EUR million)",
            "Total trade in goods (EUR million)",
        ),
        rows=tuple((str(2000 + n), f"{100 + n}.5", f"{50 + n}.2", f"{150 + 2 * n}.7") for n in range(6)),
        numeric=(0, 1, 2, 3),
    )
    briefing = dataclasses.replace(sample, parts=(wide,))
    layout = resolve("briefing", base_dir=Path("."))
    pdf_bytes = render_pdf(render_html(briefing, layout), layout=layout, briefing=briefing).bytes
    mm = 72 / 25.4
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        page = next(p for p in pdf.pages if "Exports to the partner" in (p.extract_text() or ""))
        right = max(c["x1"] for c in page.chars if c["top"] > 25 * mm and c["bottom"] < page.height - 24 * mm)
        assert right <= page.width - 22 * mm + 1


def test_a_long_part_title_is_cut_for_the_running_header_not_clipped(sample):
    import dataclasses

    from reportgen.render.markup import fit_line

    table = next(p for p in sample.parts if p.kind == "table")
    caption = (
        "Trade in goods between the two countries by product group and by year, with the shares of each group "
        "in the total (USD million)"
    )
    long = dataclasses.replace(table, caption=caption, rows=table.rows * 30)
    briefing = dataclasses.replace(sample, parts=(long,))
    layout = resolve("briefing", base_dir=Path("."))
    reader = PdfReader(io.BytesIO(render_pdf(render_html(briefing, layout), layout=layout, briefing=briefing).bytes))
    running = fit_line(f"Table {table.number} – {caption}", 262, 7.5)
    assert running.endswith("…") and len(running) < len(caption)
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    first = next(i for i, text in enumerate(pages) if "Direction of Cooperation" in text)  # the table's own
    later = pages[first + 1 :]
    # on the pages the table runs on to, the header shows the cut title, and no hidden rest of it
    assert later and all(running in text for text in later)
    assert not any("shares of each group in the total" in text for text in later)


def test_an_executive_summary_sentence_breaks_only_where_the_line_is_full():
    # WeasyPrint 70 broke "reached EUR / 612 / million in 2026" (a line of one number) in a key point whose later
    # names were wrapped in spans; the key points are never hyphenated, so their names are not wrapped.
    import weasyprint

    css = (Path(__file__).parents[1] / "templates" / "briefing" / "style.css").read_text(encoding="utf-8")
    sentence = (
        "Trade in goods between Spain and Equatorial Guinea reached EUR 612 million in 2026, up from EUR 540 million "
        "in 2025, according to figures released on Thursday by the Spanish Secretariat of State for Trade."
    )
    from reportgen.render.html import environment

    env = environment(resolve("briefing", base_dir=Path(".")))
    template = env.from_string(
        '{% import "macros.html.j2" as m %}<ul class="key-points"><li><span class="when"><time>21 January 2027'
        '</time>.</span> {{ m.sentence(s, marked=false) }}</li></ul>'
    )
    ul = template.render(s={"language": "en", "text": sentence, "cite": 6})
    assert 'class="pn"' not in ul
    html = f"<html><head><style>{css}</style></head><body>{ul}</body></html>"
    lines = []
    for page in weasyprint.HTML(string=html).render().pages:
        for box in page._page_box.descendants():
            if type(box).__name__ == "LineBox":
                lines.append("".join(getattr(b, "text", "") for b in box.descendants() if hasattr(b, "text")))
    lines = [line for line in lines if line.strip()]
    assert lines[1].startswith("612 million in 2026")
