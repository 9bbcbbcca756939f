"""The render helper: same PDF as in-process, errors come back as errors, every limit stops it."""

from __future__ import annotations

import importlib.util
import os
import signal
from pathlib import Path

import pytest

from reportgen.errors import LimitExceeded, RenderError, TemplateError
from reportgen.layouts import resolve
from reportgen.limits import Limits
from reportgen.render import html as html_mod
from reportgen.render import pdf
from reportgen.render.html import render_html
from reportgen.render.prefork import Renderer

FIXTURES = Path(__file__).parent / "fixtures"
EXTENDS = '{% extends "briefing:base.html.j2" %}\n'


@pytest.fixture(scope="module")
def briefing():
    spec = importlib.util.spec_from_file_location("briefing_sample", FIXTURES / "briefing_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.sample_briefing()


@pytest.fixture(scope="module")
def digest():
    return resolve("digest", base_dir=Path("."))


def hostile_layout(tmp_path: Path, cover: str):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "base.html.j2").write_text(EXTENDS + "{% block cover %}" + cover + "{% endblock %}\n", encoding="utf-8")
    return resolve("mine", base_dir=tmp_path)


def render(briefing, layout, **limits):
    renderer = Renderer()
    try:
        return renderer.render(briefing, layout, pdf=True, limits=Limits(**limits))
    finally:
        assert not renderer._process.is_alive()  # never a helper left running, whatever happened
        renderer.close()


def test_the_helper_renders_what_this_process_would(briefing, digest):
    with Renderer(preimport=True) as renderer:
        forked = renderer.render(briefing, digest, pdf=True, limits=Limits())
    html = render_html(briefing, digest)
    here = pdf.render_pdf(html, layout=digest, briefing=briefing)
    assert forked.html == html
    assert forked.pdf.bytes.startswith(b"%PDF-")
    assert forked.pdf.pages == here.pages > 1
    assert forked.pdf.warnings == here.warnings
    assert [name for name, _ in forked.timings] == ["html", "pdf"]


def test_html_only_lays_out_no_pdf(briefing, digest):
    with Renderer() as renderer:
        rendered = renderer.render(briefing, digest, pdf=False, limits=Limits())
    assert rendered.pdf is None and rendered.html.startswith("<!DOCTYPE html>")
    assert [name for name, _ in rendered.timings] == ["html"]


def test_a_render_error_in_the_helper_is_raised_here(briefing, digest, monkeypatch):
    def fail(*args, **kwargs):
        raise RenderError("WeasyPrint could not lay out the briefing: boom")

    monkeypatch.setattr(pdf, "render_pdf", fail)  # before the fork, so the helper has it too
    with pytest.raises(RenderError, match="boom"):
        render(briefing, digest)


def test_a_template_error_keeps_its_file_and_line(briefing, tmp_path):
    with pytest.raises(TemplateError) as err:
        render(briefing, hostile_layout(tmp_path, "{{ 1/0 }}"))
    assert str(err.value) == "mine/base.html.j2:2: ZeroDivisionError: division by zero"


def test_a_template_that_loops_for_ever_is_stopped_at_the_time_limit(briefing, tmp_path):
    layout = hostile_layout(
        tmp_path, "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    )
    with pytest.raises(LimitExceeded) as err:
        render(briefing, layout, seconds=0.5)
    assert str(err.value) == (
        "the render ran past the build's 0.5 s time limit and was stopped; raise it with --timeout "
        "SECONDS or limits: {seconds: ...} in the config; the old outputs are kept"
    )


def _address_space_mb() -> int:
    status = Path("/proc/self/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmSize"))) // 1024


def test_a_template_that_doubles_a_string_is_stopped_at_the_memory_limit(briefing, tmp_path):
    layout = hostile_layout(
        tmp_path,
        "{% set ns = namespace(s='a') %}{% for i in range(40) %}"
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}",
    )
    limit = _address_space_mb() + 300  # the helper starts as a copy of this process
    with pytest.raises(LimitExceeded) as err:
        render(briefing, layout, memory_mb=limit)
    assert str(err.value) == (
        f"the render needed more than the {limit} MB memory limit and was stopped; raise it "
        "with limits: {memory_mb: ...} in the config; the old outputs are kept"
    )


def test_a_briefing_longer_than_the_page_limit_is_stopped(briefing, digest):
    with pytest.raises(LimitExceeded) as err:
        render(briefing, digest, pages=1)
    assert str(err.value).startswith(
        "the PDF grew past the 1-page limit and was stopped; raise it with "
        "limits: {pages: ...} in the config, or show fewer items"
    )


def test_a_helper_that_crashes_mid_render_is_reported_as_memory_at_its_limit(briefing, digest, monkeypatch):
    def crash(*args, **kwargs):  # what a C library does when malloc fails under RLIMIT_AS
        os.kill(os.getpid(), signal.SIGSEGV)

    monkeypatch.setattr(html_mod, "render_html", crash)
    with pytest.raises(LimitExceeded) as err:
        render(briefing, digest)
    assert str(err.value).startswith("the render died of SIGSEGV, most likely at the 2048 MB memory limit; ")


def test_a_helper_killed_while_idle_is_replaced(briefing, digest):
    renderer = Renderer()
    renderer._process.kill()
    renderer._process.join()
    with renderer:
        result = renderer.render(briefing, digest, pdf=True, limits=Limits())
    assert result.pdf.bytes.startswith(b"%PDF-") and result.pdf.pages > 1
    renderer.close()  # a second close is harmless
