"""Finish: numbers read as numbers, names kept whole, parts that run on, cover and contents switched off."""

from __future__ import annotations

import json
import re

from reportgen.render.markup import names

from conftest import run_cli


def test_proper_names_inside_a_sentence_are_marked_to_stay_whole():
    assert str(names("Tokayev visited Kazakhstan & Қазақстан. Kazakhstan then")) == (
        'Tokayev visited <span class="pn">Kazakhstan</span> &amp; <span class="pn">Қазақстан</span>. Kazakhstan then'
    )  # short words and sentence starts are left alone
    # (a name joined to a word before by a hyphen too)
    assert (
        str(names("(Qatar-Kazakhstan joint projects)")) == '(Qatar-<span class="pn">Kazakhstan</span> joint projects)'
    )
    escaped = "&lt;em&gt;Upstream&lt;/em&gt; and &lt;em&gt;Qatari&lt;/em&gt;"  # plain text is escaped first
    assert str(names("<em>Upstream</em> and <em>Qatari</em>")) == escaped


def test_names_in_a_language_without_hyphenation_are_left_unmarked():
    # nothing is hyphenated in Kazakh, and WeasyPrint breaks a line early before such spans
    text = "Мақалада Қазақстан Республикасы мен Катар & Doha"
    assert str(names(text, "kk")) == "Мақалада Қазақстан Республикасы мен Катар &amp; Doha"
    assert str(names(text, "ru")) == (
        'Мақалада <span class="pn">Қазақстан</span> <span class="pn">Республикасы</span> мен Катар &amp; Doha'
    )
    assert str(names("We visited Kazakhstan", "en-GB")) == 'We visited <span class="pn">Kazakhstan</span>'


def test_numeric_columns_are_marked_and_other_columns_are_not(project):
    text = (
        (project / "config.yaml")
        .read_text(encoding="utf-8")
        .replace("formats: [pdf, html, json]", "formats: [html, json]")
    )
    (project / "config.yaml").write_text(text, encoding="utf-8")
    code, _, err = run_cli("build", "config.yaml")
    assert code == 0, err
    data = json.loads(next((project / "out").glob("*.json")).read_text(encoding="utf-8"))
    tables = [p for p in data["parts"] if p["kind"] == "table"]
    assert [t["numeric"] for t in tables] == [[2], [2]]  # Implementation Year, Planned Investment Volume
    html = next((project / "out").glob("*.html")).read_text(encoding="utf-8")
    assert '<th scope="col" class="num">Planned Investment Volume</th>' in html
    assert '<td class="num">USD 2.5 billion</td>' in html and '<td>Energy</td>' in html


def test_cover_and_contents_can_be_switched_off_and_a_part_can_run_on(project):
    text = (project / "config.yaml").read_text(encoding="utf-8")
    text = text.replace("formats: [pdf, html, json]", "formats: [html]").replace(
        "language: en\n", "language: en\ncover: false\ncontents: false\n"
    )
    (project / "config.yaml").write_text(text, encoding="utf-8")
    code, _, err = run_cli("build", "config.yaml")
    assert code == 0, err
    html = next((project / "out").glob("*.html")).read_text(encoding="utf-8")
    assert '<header class="cover">' not in html and '<nav class="toc"' not in html
    assert re.search(r'<section class="part part-chronology run-on" id="part-\d+-chronology">', html)
    assert re.search(r'<section class="part part-timeline" id="part-\d+-timeline">', html)


def test_a_bad_break_value_is_a_config_error(project):
    text = (
        (project / "config.yaml")
        .read_text(encoding="utf-8")
        .replace("- chronology: {break: none}", "- chronology: {break: nope}")
    )
    (project / "config.yaml").write_text(text, encoding="utf-8")
    code, _, err = run_cli("build", "config.yaml")
    assert code == 2
    assert "parts[6].chronology.break: 'nope' is not one of page, none" in err


def test_a_chronology_after_its_timeline_starts_under_it_without_being_told_to(project):
    from pypdf import PdfReader

    text = (project / "config.yaml").read_text(encoding="utf-8")
    (project / "config.yaml").write_text(
        text.replace("formats: [pdf, html, json]", "formats: [pdf]").replace(
            "- chronology: {break: none}", "- chronology: {}"
        ),
        encoding="utf-8",
    )
    code, _, err = run_cli("build", "config.yaml")
    assert code == 0, err
    pages = [page.extract_text() for page in PdfReader(next((project / "out").glob("*.pdf"))).pages]
    timeline = next(i for i, page in enumerate(pages) if "Timeline of events" in page and "Contents" not in page)
    assert "Chronology" in pages[timeline]


def test_the_source_list_shows_a_source_outside_the_project_by_its_folder_and_file_not_the_machine_s_path(
    project, tmp_path_factory
):
    from reportgen.render.markup import shown_path

    assert shown_path("seeds/002_a.txt") == "seeds/002_a.txt"  # as the config names it
    assert shown_path("/home/analyst/work/nicaragua/sources/feed.txt") == "sources/feed.txt"
    assert shown_path("C:\\Users\\analyst\\sources\\feed.txt") == "sources/feed.txt"
    elsewhere = tmp_path_factory.mktemp("elsewhere") / "sources"
    elsewhere.mkdir()
    for path in (project / "seeds").iterdir():
        (elsewhere / path.name).write_bytes(path.read_bytes())
    text = (project / "config.yaml").read_text(encoding="utf-8")
    text = text.replace("formats: [pdf, html, json]", "formats: [html]").replace("  - seeds/", f"  - {elsewhere}/")
    (project / "config.yaml").write_text(text, encoding="utf-8")
    code, _, err = run_cli("build", "config.yaml")
    assert code == 0, err
    html = next((project / "out").glob("*.html")).read_text(encoding="utf-8")
    assert str(elsewhere) not in html.split('<ol class="sources">')[1]
    assert '<span class="source-location">sources/' in html
    assert '<span class="source-date">' in html
