"""Golden HTML for each built-in layout: a changed layout shows up as a reviewed diff.

The hand-built sample briefing (every part kind) is rendered through each built-in layout and
compared with tests/golden/<layout>.html. After an intended change, regenerate and review:

    REPORTGEN_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden_html.py && git diff tests/golden
"""
from __future__ import annotations

import dataclasses
import importlib.util
import os
from pathlib import Path

import pytest

from reportgen.layouts import builtin_names, resolve
from reportgen.parts.section import SectionPart
from reportgen.parts.text import TextPart
from reportgen.render.html import render_html

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"


def _sample():
    spec = importlib.util.spec_from_file_location("briefing_sample", HERE / "fixtures" / "briefing_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    briefing = module.sample_briefing()
    note = TextPart("part-text", "Key judgements",
                    '<ul>\n<li><strong>Ties deepen</strong>: two state visits in 16 months.</li>\n</ul>')
    section = SectionPart("part-section", "History and evolution", "History and evolution",
                          "Foreign policy cooperation", '<p>Diplomatic ties date from <em>1993</em>.</p>', 2)
    return dataclasses.replace(briefing, parts=(note, *briefing.parts[:2], section, *briefing.parts[2:]))


@pytest.mark.parametrize("layout", builtin_names())
def test_builtin_layout_renders_its_golden_html(layout):
    html = render_html(_sample(), resolve(layout, base_dir=Path(".")))
    golden = GOLDEN / f"{layout}.html"
    if os.environ.get("REPORTGEN_UPDATE_GOLDEN"):
        golden.write_text(html, encoding="utf-8")
    assert golden.exists(), f"no golden file {golden}; run with REPORTGEN_UPDATE_GOLDEN=1 and review it"
    assert html == golden.read_text(encoding="utf-8"), (
        f"{layout} renders differently from {golden.name}; if intended, regenerate with "
        "REPORTGEN_UPDATE_GOLDEN=1 and review the diff")
