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
