"""The PDF file itself: tagged by default, PDF/A-3b and PDF/UA-1 variants with XMP, attached config and JSON,
and `reportgen extract` writing them back.  Each PDF is read back (pypdf; pdfinfo and qpdf where installed)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import DictionaryObject

from reportgen.build import build
from conftest import REPO, run_cli

PAPER = "002_26179e7a99fe8ed4.txt"
CONFIG = """title: Investment Figures
organisation: Test Unit
as_of: 2026-02-20
cover: false
contents: false
sources: [seeds/]
parts:
  - table: {document: paper, number: 2}
  - chart: {document: paper, table: 2, label: Project, value: "Planned Investment Volume"}
formats: [pdf, json]
"""


def _project(folder: Path, pdf: str = "") -> Path:
    """A one-table, one-chart briefing of the seed paper (2 pages: quick to lay out)."""
    (folder / "seeds").mkdir(parents=True)
    shutil.copy(REPO / "seeds" / PAPER, folder / "seeds" / PAPER)
    config = folder / "config.yaml"
    config.write_text(CONFIG + (f"pdf: {pdf}\n" if pdf else ""), encoding="utf-8")
    return config


def _built(folder: Path, pdf: str = "") -> tuple[Path, pypdf.PdfReader, Path]:
    config = _project(folder, pdf)
    result = build(config, lock_timeout=5)
    path = next(p for p in result.outputs if p.suffix == ".pdf")
    return path, pypdf.PdfReader(path), config


@pytest.fixture(scope="module")
def default(tmp_path_factory):
    return _built(tmp_path_factory.mktemp("default"))


@pytest.fixture(scope="module")
def archival(tmp_path_factory):
    return _built(tmp_path_factory.mktemp("archival"), "{variant: pdf/a-3b, attach: [config, json]}")


def _catalog(reader: pypdf.PdfReader) -> DictionaryObject:
    return reader.trailer["/Root"].get_object()


def _elements(reader: pypdf.PdfReader) -> list[DictionaryObject]:
    """Every structure element, depth first (the reading order)."""
    found: list[DictionaryObject] = []

    def walk(node) -> None:
        node = node.get_object()
        if not isinstance(node, dict) or node.get("/Type") == "/OBJR":
            return
        found.append(node)
        kids = node.get("/K", [])
        for kid in kids if isinstance(kids, list) else [kids]:
            if not isinstance(kid, int):
                walk(kid)

    for kid in _catalog(reader)["/StructTreeRoot"]["/K"]:
        walk(kid)
    return found


def _text_of(reader: pypdf.PdfReader, element: DictionaryObject) -> str:
    """The text of an element's marked content, from its page's content stream by MCID."""
    page = next(p for p in reader.pages if p.indirect_reference.idnum == element.raw_get("/Pg").idnum)
    mcids: set[int] = set()

    def collect(node) -> None:
        node = node.get_object()
        for kid in node.get("/K", []) if isinstance(node.get("/K"), list) else [node.get("/K")]:
            if isinstance(kid, int):
                mcids.add(kid)
            elif kid is not None and isinstance(kid.get_object(), dict):
                collect(kid)

    collect(element)
    parts: list[str] = []
    current: list[int | None] = [None]

    def visit(text, cm, tm, font_dict, font_size):
        if current[0] in mcids:
            parts.append(text)

    def before(operator, operands, cm, tm):
        if operator == b"BDC" and isinstance(operands[1], dict) and "/MCID" in operands[1]:
            current[0] = int(operands[1]["/MCID"])
        elif operator == b"EMC":
            current[0] = None

    page.extract_text(visitor_text=visit, visitor_operand_before=before)
    return "".join(parts).strip()


def test_a_briefing_pdf_is_tagged_by_default(default):
    path, reader, _ = default
    catalog = _catalog(reader)
    assert catalog["/MarkInfo"]["/Marked"].value is True
    assert catalog["/Lang"] == "en"
    elements = _elements(reader)
    kinds = [str(e["/S"]) for e in elements]
    assert kinds[0] == "/Document" and "/Table" in kinds and "/H1" in kinds
    # Table headers are TH cells with the header's text, and data cells point at them.
    # (a heading over numbers may wrap onto two lines)
    headers = [" ".join(_text_of(reader, e).split()) for e in elements if e["/S"] == "/TH"]
    assert "Project" in headers and "Planned Investment Volume" in headers
    cells = [e for e in elements if e["/S"] == "/TD"]
    assert cells and all(e["/A"]["/Headers"] for e in cells)
    # The chart is a Figure whose alt text says what it shows, from the data.
    (figure,) = [e for e in elements if e["/S"] == "/Figure"]
    alt = str(figure["/Alt"])
    assert alt.startswith("Bar chart of Planned Investment Volume by Project, in USD billion: ")
    assert "Joint Agro-industrial Complex: 0.35;" in alt and alt.endswith("Total 4.55.")
    # Bookmarks: one per part, in order.
    assert [str(item.title) for item in reader.outline] == [
        "Table 2 – Key bilateral projects between Astana and Doha (2024–2028)",
        "Figure 1. Key bilateral projects between Astana and Doha (2024–2028): Planned Investment Volume (USD billion)",
    ]
    assert "/Metadata" not in catalog  # XMP comes with a variant
    assert not reader.attachments  # nothing attached unless asked
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        assert re.search(r"(?m)^Tagged:\s+yes$", info)
    if shutil.which("qpdf"):
        assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0


def test_tags_false_writes_an_untagged_pdf(tmp_path):
    _, reader, _ = _built(tmp_path, "{tags: false}")
    assert "/StructTreeRoot" not in _catalog(reader) and "/MarkInfo" not in _catalog(reader)
    assert "Planned Investment Volume" in reader.pages[0].extract_text()


def test_pdf_a_3b_has_xmp_an_output_intent_and_the_two_attachments(archival):
    path, reader, config = archival
    catalog = _catalog(reader)
    xmp = catalog["/Metadata"].get_object().get_data().decode("utf-8")
    assert re.search(r'pdfaid:part="3"|<pdfaid:part>3<', xmp) and re.search(r'pdfaid:conformance="B"|>B<', xmp)
    assert "Investment Figures" in xmp and "Test Unit" in xmp  # dc:title and dc:creator, as the Info dictionary
    assert reader.metadata.title == "Investment Figures"
    (intent,) = catalog["/OutputIntents"]
    assert intent.get_object()["/S"] == "/GTS_PDFA1" and "/DestOutputProfile" in intent.get_object()
    assert "/StructTreeRoot" in catalog  # tags stay on: the default
    # Exactly the config as written and the briefing's JSON output, each with its PDF/A-3 relationship.
    json_out = path.with_suffix(".json")
    assert reader.attachments == {
        "config.yaml": [config.read_bytes()],
        "investment-figures-2026-02-20.json": [json_out.read_bytes()],
    }
    relations = {str(f.get_object()["/F"]): str(f.get_object()["/AFRelationship"]) for f in catalog["/AF"]}
    assert relations == {"config.yaml": "/Source", "investment-figures-2026-02-20.json": "/Data"}
    if shutil.which("qpdf"):
        assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0


def test_pdf_ua_1_is_tagged_with_its_xmp_identification(tmp_path):
    _, reader, _ = _built(tmp_path, "{variant: pdf/ua-1}")
    catalog = _catalog(reader)
    xmp = catalog["/Metadata"].get_object().get_data().decode("utf-8")
    assert re.search(r'pdfuaid:part="1"|<pdfuaid:part>1<', xmp) and "Investment Figures" in xmp
    assert "/StructTreeRoot" in catalog and catalog["/Lang"] == "en"
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"].value is True


def test_extract_writes_back_the_config_and_json(archival, tmp_path):
    path, _, config = archival
    code, out, err = run_cli("extract", path, "--to", tmp_path / "back")
    assert (code, err) == (0, "")
    written = [Path(line) for line in out.splitlines()]
    assert [p.name for p in written] == ["config.yaml", "investment-figures-2026-02-20.json"]
    assert written[0].read_bytes() == config.read_bytes()
    assert written[1].read_bytes() == path.with_suffix(".json").read_bytes()
    # The extracted config builds the same briefing again.
    shutil.copytree(config.parent / "seeds", tmp_path / "back" / "seeds")
    again = build(written[0], lock_timeout=5)
    rebuilt = next(p for p in again.outputs if p.suffix == ".json")
    assert rebuilt.read_bytes() == written[1].read_bytes()


def test_extract_never_writes_over_a_file(archival, tmp_path):
    path, _, _ = archival
    (tmp_path / "investment-figures-2026-02-20.json").write_text("mine")
    code, out, err = run_cli("extract", path, "--to", tmp_path)
    assert (code, out) == (1, "")
    assert err == (
        f"error: {tmp_path / 'investment-figures-2026-02-20.json'} already exists; nothing was written; "
        "move it away or give --to another folder\n"
    )
    assert not (tmp_path / "config.yaml").exists()
    assert (tmp_path / "investment-figures-2026-02-20.json").read_text() == "mine"


def test_extract_from_a_pdf_without_attachments(default, monkeypatch):
    path, _, _ = default
    monkeypatch.chdir(path.parent)
    code, out, err = run_cli("extract", path.name)
    assert (code, out) == (1, "")
    assert err == (
        f"error: {path.name}: the PDF carries no attached files; build it with pdf: {{attach: [config, json]}} "
        "in the config\n"
    )


def test_extract_from_what_is_not_a_pdf(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("notes.pdf").write_text("title: x\n")
    assert run_cli("extract", "notes.pdf") == (
        2,
        "",
        "error: notes.pdf: not a PDF (it does not start with %PDF-); give the path of a briefing PDF\n",
    )
    assert run_cli("extract", "missing.pdf") == (
        2,
        "",
        "error: missing.pdf: does not exist; give the path of a briefing PDF\n",
    )


def test_extract_refuses_an_attachment_named_like_a_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    writer = pypdf.PdfWriter()
    writer.add_blank_page(100, 100)
    writer.add_attachment("notes.txt", b"fine")
    writer.add_attachment("../escape.sh", b"rm -rf ~")
    with open("odd.pdf", "wb") as out:
        writer.write(out)
    code, out, err = run_cli("extract", "odd.pdf", "--to", "here")
    assert (code, out) == (1, "")
    assert err == "error: odd.pdf: an attachment is named '../escape.sh', not a plain file name; nothing was written\n"
    assert not Path("here").exists() and not Path("escape.sh").exists()


@pytest.mark.parametrize(
    "value, problem",
    [
        (
            "{variant: pdf/a-3}",
            "config.yaml:11:16: pdf.variant: unknown PDF variant 'pdf/a-3' (did you mean 'pdf/a-3b'?)",
        ),
        (
            "{variant: archival}",
            "config.yaml:11:16: pdf.variant: unknown PDF variant 'archival'; variants: pdf/a-3b, pdf/ua-1",
        ),
        (
            "{attach: [config, sources]}",
            "config.yaml:11:24: pdf.attach[1]: unknown attachment 'sources'; a PDF may carry: config, json",
        ),
        ("{attach: [json, json]}", "config.yaml:11:22: pdf.attach[1]: 'json' is listed twice"),
        ("{tags: yes please}", "config.yaml:11:13: pdf.tags: expected true or false, got 'yes please'"),
        (
            "{tags: false, variant: pdf/ua-1}",
            "config.yaml:11:13: pdf.tags: false contradicts variant: pdf/ua-1, which is a tagged PDF",
        ),
        ("{tagged: true}", "config.yaml:11:7: pdf.tagged: unknown key (did you mean 'tags'?)"),
        (
            "{variant: PDF/UA-1, tags: false}",
            "config.yaml:11:32: pdf.tags: false contradicts variant: pdf/ua-1, which is a tagged PDF",
        ),
        ("{tags: maybe, variant: pdf/ua-1}", "config.yaml:11:13: pdf.tags: expected true or false, got 'maybe'"),
    ],
)
def test_pdf_key_problems_name_line_and_column(tmp_path, monkeypatch, value, problem):
    monkeypatch.chdir(tmp_path)
    _project(tmp_path, value)
    code, out, err = run_cli("check", "config.yaml")
    assert (code, out) == (2, "")
    assert err.splitlines() == [problem]  # one problem, one line


def test_check_and_help_do_not_import_pdf_libraries(tmp_path):
    _project(tmp_path, "{variant: pdf/a-3b, attach: [config, json]}")
    code = (
        "import sys\nfrom reportgen import cli\ntry:\n    rc = cli.main(sys.argv[1:])\nexcept SystemExit as exc:\n"
        "    rc = exc.code\nprint(rc, sorted(m for m in ('pypdf', 'weasyprint') if m in sys.modules), file=sys.stderr)"
    )
    for argv in (["check", "config.yaml"], ["extract", "--help"]):
        result = subprocess.run([sys.executable, "-c", code, *argv], cwd=tmp_path, capture_output=True, text=True)
        assert result.stderr.split("\n")[-2] == "0 []", result.stderr
