"""Test layout resolution, the sandboxed Jinja environment, template errors and the static layout check."""

from __future__ import annotations

import dataclasses
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from reportgen.errors import TemplateError
from reportgen.layouts import BLOCKS, available, resolve
from reportgen.render.html import check_layout, render_html
from reportgen.render.markup import long_date, sanitize

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parent.parent


def _load_sample():
    spec = importlib.util.spec_from_file_location("briefing_sample", FIXTURES / "briefing_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SAMPLE = _load_sample()


@pytest.fixture(scope="module")
def briefing():
    return SAMPLE.sample_briefing()


def _layout(tmp_path: Path, files: dict[str, str], name: str = "mine") -> Path:
    folder = tmp_path / name
    for rel, text in files.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text, encoding="utf-8")
    return folder


# --- resolution ---------------------------------------------------------------


def test_resolve_builtin_layouts_search_layout_then_shared():
    layout = resolve("briefing", base_dir=Path("."))
    assert layout.name == "briefing"
    assert [p.name for p in layout.search_path] == ["briefing", "_shared"]
    assert resolve("digest", base_dir=Path(".")).builtin == "digest"


def test_resolve_user_folder_extends_builtin_from_layout_yaml():
    layout = resolve("layouts/override-summary", base_dir=FIXTURES)
    assert layout.name == "override-summary"
    assert [p.name for p in layout.search_path] == ["override-summary", "briefing", "_shared"]


def test_resolve_unknown_layout_names_builtins(tmp_path):
    with pytest.raises(TemplateError) as err:
        resolve("fancy", base_dir=tmp_path)
    assert "layout 'fancy': no such built-in layout (briefing, digest) or folder" in str(err.value)


def test_resolve_rejects_unknown_extends(tmp_path):
    _layout(tmp_path, {"base.html.j2": "x", "layout.yaml": "extends: glossy\n"})
    with pytest.raises(TemplateError) as err:
        resolve("mine", base_dir=tmp_path)
    assert str(err.value).endswith(
        "layout.yaml:1: extends: unknown built-in layout 'glossy'; built-in layouts: briefing, digest"
    )


def test_available_lists_builtins_then_project_layouts(tmp_path):
    _layout(tmp_path / "layouts", {"base.html.j2": '{% extends "briefing:base.html.j2" %}'}, name="house")
    names = [layout.name for layout in available(tmp_path)]
    assert names == ["briefing", "digest", "house"]


def test_blocks_lists_every_documented_block():
    blocks = resolve("briefing", base_dir=Path(".")).blocks()
    assert list(blocks) == list(BLOCKS)
    assert blocks["part"] == BLOCKS["part"]
    assert set(resolve("digest", base_dir=Path(".")).blocks()) == set(BLOCKS)


def test_every_part_kind_has_a_shared_template():
    from reportgen import parts
    from reportgen.layouts import builtin_root, part_templates

    assert list(part_templates()) == [f"parts/{name}.html.j2" for name in parts.kinds()]
    for name in part_templates():
        assert (builtin_root() / "_shared" / name).is_file(), name


# --- rendering ----------------------------------------------------------------


def test_render_dispatches_every_part_kind(briefing):
    html = render_html(briefing, resolve("briefing", base_dir=Path(".")))
    for part in briefing.parts:
        assert f'class="part part-{part.kind}" id="{part.id}"' in html
    assert 'id="src-14"' in html
    assert '<section class="abstract" lang="kk" dir="ltr">' in html
    assert "<bdi>Saad Twaissi (سعد الطويسي)</bdi>" in html
    assert '<meta name="dcterms.created" content="2026-02-20">' in html


def test_source_text_is_escaped_not_markup(briefing):
    hostile = dataclasses.replace(
        briefing.parts[0],
        sentences=(
            SAMPLE.CitedSentence('Talks <script>alert("x")</script> and <img src=file:///etc/passwd> ended.', 1),
        ),
    )
    html = render_html(dataclasses.replace(briefing, parts=(hostile,)), resolve("briefing", base_dir=Path(".")))
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "&lt;img src=file:///etc/passwd&gt;" in html
    assert "<script" not in html and "<img" not in html


def test_sanitize_keeps_inline_markup_and_drops_the_rest():
    assert (
        sanitize('<b>bold</b><script>x()</script><img src="file:///etc/passwd"><a href="http://x">l</a>')
        == "<b>bold</b>l"
    )


def test_long_date_is_locale_independent():
    import datetime as dt

    assert long_date(dt.date(2025, 12, 5)) == "5 December 2025"
    assert long_date(None) == "undated"


def test_user_layout_overrides_one_block_and_keeps_the_rest(briefing):
    html = render_html(briefing, resolve("layouts/override-summary", base_dir=FIXTURES))
    assert "Bottom line for the minister: 6 points." in html
    assert '<ul class="key-points">' not in html  # the built-in summary is replaced...
    assert '<nav class="toc"' in html and '<table class="data">' in html  # ...everything else is built-in


def test_user_file_replaces_builtin_partial_of_same_name(tmp_path, briefing):
    _layout(tmp_path, {"parts/sources.html.j2": "<h1 class=\"part-title\">Reading list</h1>\n"})
    html = render_html(briefing, resolve("mine", base_dir=tmp_path))
    assert "Reading list" in html and 'id="src-1"' not in html


@pytest.mark.parametrize(
    "since, items, wording",
    [
        (None, (), "This is the first run: there is no earlier briefing to compare with."),
        (None, ("item",), "This is the first run: every item is new."),
        ("since", (), "Nothing new since the previous run."),
    ],
)
def test_new_items_part_says_what_the_run_compared_with(briefing, since, items, wording):
    new = SAMPLE.NEW
    part = dataclasses.replace(new, since=new.since if since else None, items=new.items if items else ())
    html = render_html(dataclasses.replace(briefing, parts=(part,)), resolve("briefing", base_dir=Path(".")))
    assert wording in html
    assert ("Nothing new" in html) == (since is not None and not items)


# --- template errors ------------------------------------------------------------


def test_syntax_error_names_file_and_line(tmp_path, briefing):
    _layout(tmp_path, {"parts/summary.html.j2": "<h1>{{ part.title }}</h1>\n{% if part.sentences %}\n<p>unclosed\n"})
    out = tmp_path / "out.pdf"
    with pytest.raises(TemplateError) as err:
        _build(briefing, resolve("mine", base_dir=tmp_path), out)
    assert str(err.value) == (
        "mine/parts/summary.html.j2:3: Unexpected end of template. Jinja was looking for the following tags: "
        "'elif' or 'else' or 'endif'. The innermost block that needs to be closed is 'if'."
    )
    assert not out.exists()


def test_undefined_variable_names_file_and_line(tmp_path, briefing):
    _layout(tmp_path, {"parts/chronology.html.j2": "<h1>{{ part.title }}</h1>\n\n<p>{{ foo }}</p>\n"})
    out = tmp_path / "out.pdf"
    with pytest.raises(TemplateError) as err:
        _build(briefing, resolve("mine", base_dir=tmp_path), out)
    assert str(err.value) == "mine/parts/chronology.html.j2:3: 'foo' is undefined"
    assert not out.exists()


def test_misspelt_field_names_the_model_class(tmp_path, briefing):
    _layout(tmp_path, {"cover.html.j2": "<h1>{{ briefing.titel }}</h1>\n"})
    with pytest.raises(TemplateError) as err:
        render_html(briefing, resolve("mine", base_dir=tmp_path))
    assert str(err.value) == "mine/cover.html.j2:1: 'Briefing' has no attribute 'titel'"


def test_builtin_template_errors_are_named_relative_to_the_repo(briefing, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    bad = dataclasses.replace(
        briefing, parts=(SAMPLE.SUMMARY.__class__(id="s", title="S", sentences=("not a sentence",)),)
    )
    with pytest.raises(TemplateError) as err:
        render_html(bad, resolve("briefing", base_dir=tmp_path))
    assert str(err.value).startswith("templates/_shared/parts/summary.html.j2:5: ")
    assert "'str' has no attribute 'text'" in str(err.value)


def test_sandbox_refuses_python_internals(tmp_path, briefing):
    _layout(tmp_path, {"cover.html.j2": "{{ briefing.__class__.__init__.__globals__ }}\n"})
    with pytest.raises(TemplateError) as err:
        render_html(briefing, resolve("mine", base_dir=tmp_path))
    assert str(err.value).startswith("mine/cover.html.j2:1: ")


def test_missing_include_is_a_template_error(tmp_path, briefing):
    _layout(tmp_path, {"cover.html.j2": "\n{% include 'nowhere.html.j2' %}\n"})
    with pytest.raises(TemplateError) as err:
        render_html(briefing, resolve("mine", base_dir=tmp_path))
    assert str(err.value) == "mine/cover.html.j2:2: template 'nowhere.html.j2' not found"


# --- static check ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["briefing", "digest"])
def test_builtin_layouts_check_clean(name):
    assert check_layout(resolve(name, base_dir=Path("."))) == []


def test_fixture_layout_checks_clean():
    assert check_layout(resolve("layouts/override-summary", base_dir=FIXTURES)) == []


def test_check_reports_every_problem_with_file_and_line(tmp_path):
    _layout(
        tmp_path,
        {
            "cover.html.j2": "<h1>{{ briefing.titel }}</h1>\n<p>{{ orgname }}</p>\n{% include 'missing.html.j2' %}\n",
            "parts/new.html.j2": "{% for item in part.itemz %}{{ item.title }}{% endfor %}\n",
            "toc.html.j2": "{% for x in briefing.parts %}\n{% endfor\n",
        },
    )
    problems = check_layout(resolve("mine", base_dir=tmp_path))
    assert problems[:3] == [
        "mine/cover.html.j2:2: 'orgname' is undefined (templates see 'briefing', and 'part' in part blocks)",
        "mine/cover.html.j2:1: 'briefing.titel': the Briefing has no field 'titel'",
        f"mine/cover.html.j2:3: template 'missing.html.j2' not found in {tmp_path / 'mine'} → "
        f"{REPO / 'templates' / 'briefing'} → {REPO / 'templates' / '_shared'}",
    ]
    assert "mine/parts/new.html.j2:1: '.itemz': no part of the Briefing has a field 'itemz'" in problems
    assert any(p.startswith("mine/toc.html.j2:2: ") for p in problems)
    assert len(problems) == 5


# --- laziness -------------------------------------------------------------------


def test_rendering_modules_do_not_import_weasyprint():
    code = (
        "import sys, reportgen.render.html, reportgen.render.pdf, reportgen.layouts; "
        "sys.exit('weasyprint' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO).returncode == 0


def _build(briefing, layout, out: Path) -> None:
    """The render pipeline as the build command runs it: HTML, PDF, atomic write."""
    from reportgen.files import write_atomic
    from reportgen.render.pdf import render_pdf

    html = render_html(briefing, layout)
    write_atomic(out, render_pdf(html, layout=layout, briefing=briefing).bytes)


def test_compiled_templates_are_reused_until_their_source_changes(tmp_path, briefing, monkeypatch):
    import jinja2

    loaded: list[bool] = []  # each load of the layout's own template: whether compiled code was found for it
    original = jinja2.BytecodeCache.get_bucket

    def get_bucket(self, environment, name, filename, source):
        bucket = original(self, environment, name, filename, source)
        if name == "parts/sources.html.j2":
            loaded.append(bucket.code is not None)
        return bucket

    monkeypatch.setattr(jinja2.BytecodeCache, "get_bucket", get_bucket)
    folder = _layout(tmp_path, {"parts/sources.html.j2": '<h1 class="part-title">Reading list</h1>\n\n{{ foo }}\n'})
    layout = resolve("mine", base_dir=tmp_path)
    for _ in range(2):  # compiled, then loaded compiled: the same error, at the same line
        with pytest.raises(TemplateError, match=r"^mine/parts/sources.html.j2:3: 'foo' is undefined$"):
            render_html(briefing, layout)
    (folder / "parts/sources.html.j2").write_text('<h1 class="part-title">Further reading</h1>\n', encoding="utf-8")
    assert "Further reading" in render_html(briefing, layout)
    assert loaded == [False, True, False]


def test_a_cache_folder_that_cannot_be_written_never_fails_a_render(tmp_path, briefing, monkeypatch):
    import tempfile

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x")  # the cache folder would have to be made inside a file
    monkeypatch.setattr(tempfile, "tempdir", str(blocked))
    assert "<html" in render_html(briefing, resolve("briefing", base_dir=tmp_path))


def test_a_running_title_too_long_for_its_header_is_cut_at_a_word_with_an_ellipsis():
    from reportgen.render.markup import fit_line

    assert fit_line("Kazakhstan–Qatar Relations", 180, 7.5, upper=True, spacing=0.06) == "Kazakhstan–Qatar Relations"
    assert (
        fit_line("Kyrgyzstan–United Arab Emirates Relations", 180, 7.5, upper=True, spacing=0.06)
        == "Kyrgyzstan–United Arab Emirates…"
    )


@pytest.mark.parametrize("layout", ["briefing", "digest"])
def test_a_briefing_without_an_organisation_says_so_without_a_gap(briefing, layout):
    html = render_html(dataclasses.replace(briefing, organisation="", author=""), resolve(layout, base_dir=Path(".")))
    colophon = html[html.index('<p class="colophon">') :].split("</p>")[0]
    assert "Prepared by  " not in colophon and "Prepared by from" not in colophon
    assert '<p class="colophon">·' not in colophon and "> · " not in colophon
    assert " sources · as of " in colophon or " source · as of " in colophon
    if layout == "briefing":  # (the cover names no one, and leaves no empty label or line for it)
        cover = html[html.index('<header class="cover">') : html.index("</header>")]
        assert "Prepared by" not in cover and 'class="cover-org"' not in cover


def test_an_arabic_sentence_is_laid_out_in_a_block_of_its_own_direction(briefing):
    arabic = "وبحث جلالته مع الرئيسة ميلوني العلاقات بين الأردن وإيطاليا."
    summary = next(p for p in briefing.parts if p.kind == "summary")
    first = dataclasses.replace(summary.sentences[0], text=arabic, language="ar")
    parts = tuple(
        dataclasses.replace(p, sentences=(first, *p.sentences[1:])) if p is summary else p for p in briefing.parts
    )
    html = render_html(dataclasses.replace(briefing, parts=parts), resolve("briefing", base_dir=Path(".")))
    assert f'<li dir="rtl"><span class="when">' in html or '<li dir="rtl"><span class="sentence" lang="ar"' in html
    assert html.count('<li dir="rtl">') == 1 and '<li dir="ltr">' in html


def test_a_right_to_left_source_title_is_isolated_so_its_ellipsis_stays_at_its_end():
    from markupsafe import Markup

    from reportgen.render.markup import isolated

    title = "وقّع وزير التعليم العالي والسفير…"
    assert str(isolated(title)) == f"\u2067{title}\u2069"
    assert (
        isolated("Tajani in Tripoli: Italy to supply six vessels") == "Tajani in Tripoli: Italy to supply six vessels"
    )
    assert str(isolated(Markup("<span>وقّع</span>"))) == "\u2067<span>وقّع</span>\u2069"  # (markup kept)
    assert str(isolated("a < b")) == "a &lt; b"


def test_the_digest_tells_a_summary_sentence_without_a_date_of_its_own_with_its_day(briefing):
    import dataclasses
    import datetime as dt

    from reportgen.briefing_model import CitedSentence
    from reportgen.parts.summary import SummaryPart

    told = CitedSentence("A hospital built with Turkish aid opened in Osh on Wednesday.", 2, when=dt.date(2027, 9, 1))
    dated = CitedSentence("The two countries signed a grant agreement in July 2027.", 3)
    summary = SummaryPart("summary", "In brief", (told, dated))
    html = render_html(dataclasses.replace(briefing, parts=(summary,)), resolve("digest", base_dir=Path(".")))
    brief = html[html.index('<p class="in-brief">') :]
    assert (
        '<span class="when"><time datetime="2027-09-01">1 September 2027</time>:</span> <span class="sentence"' in brief
    )
    assert brief.count('class="when"') == 1
