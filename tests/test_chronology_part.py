"""The chronology part: future events stay past the as-of date; options order, limit, group, from, to."""

from __future__ import annotations

import json
import re
from pathlib import Path


from reportgen import cli
from reportgen.build import build

ARTICLE = """\
 date 2025-03-01 The document opens new opportunities for cooperation between Mongolia and Japan in mining.

The memorandum was signed in Ulaanbaatar by the mining ministers of Mongolia and Japan.

In 2019, Japan opened a trade office in Ulaanbaatar.

The next round of talks will be held in Tokyo in June.

The III Mongolia-Japan Mining Forum will take place in 2026.
"""


def _project(tmp_path: Path, chronology: str) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "memo.txt").write_text(ARTICLE)
    config = tmp_path / "config.yaml"
    config.write_text(f"""\
title: Mongolia and Japan
as_of: 2025-03-10
period: {{from: 2025-01-01}}
sources: [news/]
focus: {{terms: [Japan]}}
parts:
  - chronology: {chronology}
formats: [json, html]
output: out/{{slug}}.{{ext}}
""")
    return config


def _rows(config: Path) -> list[tuple[str, bool]]:
    build(config)
    data = json.loads((config.parent / "out" / "mongolia-and-japan.json").read_text())
    (part,) = data["parts"]
    return [(e["label"], e["planned"]) for e in part["events"]]


def test_events_after_the_as_of_date_stay_marked_planned(tmp_path):
    assert _rows(_project(tmp_path, "{}")) == [
        ("2019", False),
        ("1 March 2025", False),
        ("June 2025", True),
        ("2026", True),
    ]


def test_to_cuts_planned_events_and_from_cuts_old_ones(tmp_path):
    assert _rows(_project(tmp_path, "{from: 2025-01-01, to: 2025-03-10}")) == [("1 March 2025", False)]


def test_newest_first_with_a_limit(tmp_path):
    assert _rows(_project(tmp_path, "{order: newest, limit: 2}")) == [("2026", True), ("June 2025", True)]


def test_grouped_by_year_shows_a_heading_per_year(tmp_path):
    config = _project(tmp_path, "{group: year}")
    build(config)
    html = (tmp_path / "out" / "mongolia-and-japan.html").read_text()
    years = re.findall(r'<h2 class="chronology-year">(\d+)</h2>', html)
    assert years == ["2019", "2025", "2026"]


def test_an_unknown_order_is_a_config_error(tmp_path, capsys):
    config = _project(tmp_path, "{order: latest}")
    assert cli.main(["build", str(config)]) == 2
    assert (
        "config.yaml:7:25: parts[0].chronology.order: 'latest' is not one of oldest, newest (did you mean 'newest'?)\n"
        in capsys.readouterr().err
    )


def test_a_limit_keeps_the_latest_rows_in_either_order(tmp_path):
    assert _rows(_project(tmp_path, "{limit: 2}")) == [("June 2025", True), ("2026", True)]


def test_the_rows_a_limit_leaves_out_are_said_to_be_in_the_json_only_when_it_is_written(tmp_path):
    config = _project(tmp_path, "{limit: 2}")
    build(config)
    html = (tmp_path / "out" / "mongolia-and-japan.html").read_text()
    assert "… and 2 more events, listed in the JSON output." in html
    config.write_text(config.read_text().replace("formats: [json, html]", "formats: [html]"))
    build(config)
    html = (tmp_path / "out" / "mongolia-and-japan.html").read_text()
    assert "… and 2 more events.</p>" in html and "JSON" not in html
