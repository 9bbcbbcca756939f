"""The forked renderer: same PDF as in-process, errors come back as errors, a dead helper is survived."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from reportgen.errors import RenderError
from reportgen.layouts import resolve
from reportgen.render import pdf
from reportgen.render.html import render_html
from reportgen.render.prefork import PreforkRenderer

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def job():
    spec = importlib.util.spec_from_file_location("briefing_sample", FIXTURES / "briefing_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    briefing = module.sample_briefing()
    layout = resolve("digest", base_dir=Path("."))
    return render_html(briefing, layout), layout, briefing


def test_the_helper_renders_what_the_parent_would(job):
    html, layout, briefing = job
    with PreforkRenderer() as renderer:
        forked = renderer.render_pdf(html, layout=layout, briefing=briefing)
    here = pdf.render_pdf(html, layout=layout, briefing=briefing)
    assert forked.bytes.startswith(b"%PDF-")
    assert forked.pages == here.pages > 1
    assert forked.warnings == here.warnings


def test_a_render_error_in_the_helper_is_raised_in_the_parent(job, monkeypatch):
    def fail(*args, **kwargs):
        raise RenderError("WeasyPrint could not lay out the briefing: boom")

    monkeypatch.setattr(pdf, "render_pdf", fail)  # before the fork, so the helper has it too
    html, layout, briefing = job
    with PreforkRenderer() as renderer, pytest.raises(RenderError, match="boom"):
        renderer.render_pdf(html, layout=layout, briefing=briefing)


def test_a_dead_helper_means_rendering_in_this_process(job):
    html, layout, briefing = job
    renderer = PreforkRenderer()
    renderer._process.kill()
    renderer._process.join()
    result = renderer.render_pdf(html, layout=layout, briefing=briefing)
    assert result.bytes.startswith(b"%PDF-") and result.pages > 1
    renderer.close()  # a second close is harmless
