"""The section and text parts: a paper section and an analyst's note laid out as sanitised prose."""

import shutil
from pathlib import Path

import pytest

from reportgen.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures"

CONFIG = """\
title: Water Briefing
as_of: 2026-02-20
sources: [papers/]
formats: [html, json]
parts:
  - text: {file: notes/assessment.md, title: Key judgements}
  - section: {document: paper, title: "data and*"}
  - sources
"""

NOTE = """\
## What matters

- **Flows** are provisional: see [the survey](https://example.org/survey) and [this](javascript:alert(1)).
- <script>alert(1)</script>Winter releases ![chart](file:///etc/passwd) peak.
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "papers").mkdir()
    shutil.copy(FIXTURES / "ingest" / "paper_two_langs.md", tmp_path / "papers" / "water.md")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "assessment.md").write_text(NOTE, encoding="utf-8")
    (tmp_path / "config.yaml").write_text(CONFIG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REPORTGEN_PREFORK", "0")
    return tmp_path


def _html(project: Path) -> str:
    return next((project / "out").glob("*.html")).read_text(encoding="utf-8")


def test_text_and_section_parts_render_sanitised_markdown(project):
    assert main(["build", "config.yaml"]) == 0
    html = _html(project)
    note = html[html.index('class="prose analyst-note"') :]
    assert (
        '<h3>What matters</h3>\n<ul>\n<li><strong>Flows</strong> are provisional: see '
        '<a href="https://example.org/survey" rel="noopener noreferrer">the survey</a> and '
        '<a rel="noopener noreferrer">this</a>.</li>'
    ) in note
    assert "<script" not in html and "javascript:" not in html and "/etc/passwd" not in html
    section = html[html.index('class="part part-section"') :]
    assert '<h1 class="part-title" data-running="Data and methods">Data and methods</h1>' in section
    # The paper's inline Markdown survives (escaped asterisks stay literal), its subsection becomes h3,
    # and its bullets, split over two lines in the source, are one list.
    assert "We compare the flows of two rivers (Syr *Darya* and Chu)" in section
    assert (
        "<h3>Findings</h3>\n<ul>\n<li><em>Upstream</em> releases peak in winter, when demand downstream "
        "is low and reservoirs are full.</li>\n<li><em>Downstream</em> farms need water in summer.</li>\n</ul>"
    ) in section


def test_a_section_title_that_matches_nothing_is_a_config_error(project, capsys):
    config = project / "config.yaml"
    config.write_text(CONFIG.replace('"data and*"', "Results"), encoding="utf-8")
    assert main(["check", "config.yaml"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        "config.yaml:7:32: parts[1].section.title: no section of papers/water.md is titled 'Results'; sections: "
    )


def test_a_missing_note_is_a_config_error(project, capsys):
    (project / "notes" / "assessment.md").unlink()
    assert main(["check", "config.yaml"]) == 2
    assert capsys.readouterr().err.splitlines()[0] == (
        "config.yaml:6:18: parts[0].text.file: no file notes/assessment.md next to config.yaml; give the path "
        "of a Markdown file, relative to the config's folder or absolute"
    )


def test_editing_the_note_rebuilds_with_if_changed(project, capsys):
    assert main(["build", "config.yaml"]) == 0
    assert main(["build", "--if-changed", "config.yaml"]) == 0
    assert "unchanged since the last successful build" in capsys.readouterr().err
    (project / "notes" / "assessment.md").write_text("A new judgement.\n", encoding="utf-8")
    assert main(["build", "--if-changed", "config.yaml"]) == 0
    assert "<p>A new judgement.</p>" in _html(project)


def test_a_notes_own_heading_is_the_parts_title_not_a_second_heading(project):
    (project / "notes" / "assessment.md").write_text("# Key judgements\n\nThe flows will stay low.\n", encoding="utf-8")
    assert main(["build", "config.yaml"]) == 0
    html = _html(project)
    assert html.count("Key judgements</h1>") == 1 and "<h2>Key judgements" not in html and "<h3>Key" not in html
    # without a title in the config, the note's heading names the part (not the default "Assessment")
    config = project / "config.yaml"
    config.write_text(CONFIG.replace(", title: Key judgements", ""), encoding="utf-8")
    (project / "notes" / "assessment.md").write_text("# Outlook\n\nThe flows will stay low.\n", encoding="utf-8")
    assert main(["build", "config.yaml"]) == 0
    html = _html(project)
    assert "Outlook</h1>" in html and "Assessment" not in html and html.count("Outlook") >= 1
    note = html[html.index('class="prose analyst-note"') :]
    assert note.index("<p>The flows will stay low.</p>") < note.index("</div>") and "Outlook" not in note[:200]
