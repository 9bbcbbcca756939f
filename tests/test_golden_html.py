"""Golden HTML for each built-in layout: a changed layout shows up as a reviewed diff.

The hand-built sample briefing (every part kind) is rendered through each built-in layout and
compared with tests/golden/<layout>.html. After an intended change, regenerate and review:

    REPORTGEN_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden_html.py && git diff tests/golden
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import os
from pathlib import Path

import pytest

from reportgen.layouts import builtin_names, resolve
from reportgen.figures import chart, timeline
from reportgen.parts.chart import ChartPart, ChartValue
from reportgen.parts.section import SectionPart
from reportgen.parts.timeline import TimelineEntry, TimelinePart
from reportgen.parts.text import TextPart
from reportgen.render.html import render_html

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"


def _sample():
    spec = importlib.util.spec_from_file_location("briefing_sample", HERE / "fixtures" / "briefing_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    briefing = module.sample_briefing()
    note = TextPart(
        "part-text",
        "Key judgements",
        '<ul>\n<li><strong>Ties deepen</strong>: two state visits in 16 months.</li>\n</ul>',
    )
    section = SectionPart(
        "part-section",
        "History and evolution",
        "History and evolution",
        "Foreign policy cooperation",
        '<p>Diplomatic ties date from <em>1993</em>.</p>',
        2,
    )
    return dataclasses.replace(
        briefing, parts=(note, *briefing.parts[:2], section, *briefing.parts[2:], _chart(), _timeline())
    )


def _chart():
    values = (
        ChartValue(1, "Gas processing plant", "USD 2.5 billion", 2.5, 2.5e9),
        ChartValue(2, "Agro-industrial complex", "USD 350 million", 0.35, 3.5e8),
    )
    drawing = dataclasses.replace(chart.bars([(v.label, v.value) for v in values], "USD billion"), alt="Bar chart")
    return ChartPart(
        "part-chart",
        "Figure 1. Key projects",
        1,
        "Key projects",
        "bar",
        "Foreign policy cooperation",
        2,
        "Project",
        "Planned Investment Volume",
        "USD billion",
        values,
        2.85,
        "USD 2.85 billion",
        ("row 3 (Port): 'to be agreed' in 'Planned Investment Volume' is not a number",),
        drawing,
        "Bilateral negotiations",
        1,
    )


def _timeline():
    D = dt.date
    marks = [
        timeline.Mark(1, D(1993, 7, 1), D(1993, 7, 1), "day", "1 July 1993", "Diplomatic ties established"),
        timeline.Mark(2, D(2026, 5, 1), D(2026, 5, 31), "month", "May 2026", "A summit", planned=True),
    ]
    drawn = timeline.lay_out(marks, as_of=D(2026, 2, 20), labelled=[1])
    entries = tuple(
        TimelineEntry(m.key, m.start, m.end, m.precision, m.label, m.headline, m.planned, m.key in drawn.labelled, (1,))
        for m in marks
    )
    return TimelinePart(
        "part-timeline",
        "Figure 2. Timeline of events, 1993–2026",
        2,
        "Timeline of events, 1993–2026",
        entries,
        dataclasses.replace(drawn.drawing, alt="Timeline of 2 dated events"),
        True,
        (),
        (1,),
    )


@pytest.mark.parametrize("layout", builtin_names())
def test_builtin_layout_renders_its_golden_html(layout):
    html = render_html(_sample(), resolve(layout, base_dir=Path(".")))
    golden = GOLDEN / f"{layout}.html"
    if os.environ.get("REPORTGEN_UPDATE_GOLDEN"):
        golden.write_text(html, encoding="utf-8")
    assert golden.exists(), f"no golden file {golden}; run with REPORTGEN_UPDATE_GOLDEN=1 and review it"
    assert html == golden.read_text(encoding="utf-8"), (
        f"{layout} renders differently from {golden.name}; if intended, regenerate with "
        "REPORTGEN_UPDATE_GOLDEN=1 and review the diff"
    )
