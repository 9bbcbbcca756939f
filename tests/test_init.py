import importlib.util
import re

import pytest

from reportgen.cli import main
from reportgen.errors import UsageError
from reportgen.project_init import FILES, create_project


def test_init_creates_a_project_with_config_seeds_and_a_custom_layout(tmp_path, capsys):
    folder = tmp_path / "brief"

    status = main(["init", str(folder)])
    out = capsys.readouterr().out

    assert status == 0
    assert out.splitlines() == [str(folder / name) for name in FILES]
    assert (folder / "seeds" / "belmora-rail-corridor.txt").read_text().startswith(" date 2026-02-10 ")
    base = (folder / "layouts" / "custom" / "base.html.j2").read_text()
    assert '{% extends "briefing:base.html.j2" %}' in base
    assert re.findall(r"{% block (\w+)", base) == ["cover"]


def test_init_accepts_an_empty_folder(tmp_path):
    assert len(create_project(tmp_path)) == len(FILES)


def test_init_refuses_a_folder_that_is_not_empty(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("mine")

    with pytest.raises(UsageError) as caught:
        create_project(tmp_path)
    status = main(["init", str(tmp_path)])

    assert str(caught.value) == (
        f"{tmp_path} is not empty; reportgen init never overwrites files — give a new or empty folder"
    )
    assert status == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    assert capsys.readouterr().err.startswith("error: ")


def test_init_refuses_a_file(tmp_path):
    (tmp_path / "x").write_text("")
    with pytest.raises(UsageError) as caught:
        create_project(tmp_path / "x")
    assert str(caught.value) == f"{tmp_path / 'x'} is a file; give a new or empty folder for the project"


def test_the_generated_config_loads_and_its_layout_extends_briefing(tmp_path):
    from reportgen.config import load_config
    from reportgen.layouts import resolve

    create_project(tmp_path)
    cfg = load_config(tmp_path / "config.yaml")
    layout = resolve(cfg.layout, base_dir=cfg.root)

    assert [t.key for t in cfg.topics] == ["economic", "transport", "cultural"]
    assert [p.kind for p in cfg.parts] == ["summary", "topics", "chronology", "new", "sources"]
    assert layout.builtin == "briefing"
    assert "cover" in layout.blocks()


def test_the_generated_sources_are_read_as_one_article_and_one_feed(tmp_path):
    from reportgen import ingest

    create_project(tmp_path)
    corpus = ingest.load(["seeds/"], root=tmp_path)

    assert not corpus.diagnostics
    assert sorted(len(d.items) for d in corpus.documents) == [1, 3]


@pytest.mark.skipif(importlib.util.find_spec("reportgen.render.html") is None, reason="needs check_layout")
def test_check_passes_a_fresh_project(tmp_path, capsys):
    create_project(tmp_path)
    status = main(["check", str(tmp_path / "config.yaml")])
    out = capsys.readouterr().out
    assert status == 0
    assert re.fullmatch(r"ok: config and \d+ templates\n", out)


@pytest.mark.skipif(importlib.util.find_spec("reportgen.render.html") is None, reason="needs check_layout")
def test_check_names_a_misspelt_field_in_a_template_with_file_and_line(tmp_path, capsys, monkeypatch):
    create_project(tmp_path)
    base = tmp_path / "layouts" / "custom" / "base.html.j2"
    base.write_text(base.read_text().replace("{{ briefing.title }}", "{{ briefing.titel }}"))
    monkeypatch.chdir(tmp_path)

    status = main(["check", "config.yaml"])
    out, err = capsys.readouterr()

    line = next(i for i, text in enumerate(base.read_text().splitlines(), 1) if "titel" in text)
    assert status == 2
    assert any(
        p.endswith(f"base.html.j2:{line}: 'briefing.titel': the Briefing has no field 'titel'")
        for p in out.splitlines()
    )
    assert err.splitlines()[-1].startswith("error: ") and "template problem" in err


@pytest.mark.skipif(importlib.util.find_spec("reportgen.build") is None, reason="needs the build pipeline")
def test_init_then_build_writes_the_briefing(tmp_path, monkeypatch, capsys):
    pytest.importorskip("weasyprint")
    create_project(tmp_path)
    monkeypatch.chdir(tmp_path)

    status = main(["build", "config.yaml", "--as-of", "2026-02-20"])
    out, err = capsys.readouterr()

    assert status == 0, err
    assert out.splitlines() == [
        "out/arvenia-belmora-relations-2026-02-20.pdf",
        "out/arvenia-belmora-relations-2026-02-20.html",
    ]
    html = (tmp_path / "out" / "arvenia-belmora-relations-2026-02-20.html").read_text()
    assert "Example briefing" in html  # the custom cover block replaced the built-in one


def test_layouts_lists_built_in_and_project_layouts_with_their_blocks(tmp_path, capsys):
    create_project(tmp_path)

    status = main(["layouts", "--config", str(tmp_path / "config.yaml")])
    lines = capsys.readouterr().out.splitlines()

    headings = [line for line in lines if not line.startswith(" ")]
    assert status == 0
    assert "briefing  (built-in)" in headings
    assert headings[-1] == "custom  (layouts/custom, extends briefing)"
    custom = lines[lines.index(headings[-1]) + 1 :]
    assert [line.split()[0] for line in custom if line.endswith("(overridden here)")] == ["cover"]
    assert any(line.split()[0] == "part" for line in custom)
    assert any(line.split()[0] == "parts/chronology.html.j2" for line in custom)
    assert (
        "  filters    css_counters, css_string, direction, fit_line, iso_date, isolated, list_separator, long_date, names, "
        "sanitize, sanitize_block, short_date, shown_path, svg_paths, text_direction" in lines
    )
