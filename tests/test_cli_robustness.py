"""The CLI against hostile and careless input: one line per error, the right exit code, no traceback.

Exit codes: 1 a build failed, 2 bad config or usage, 128+N stopped by signal N.  Most tests stop
at the config or ingest stage and render nothing; the few that need a process of their own
(signals, a closed pipe) build JSON only, so no PDF is laid out.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import REPO, run_cli


def error_line(*args: str | Path) -> tuple[int, str]:
    """Run reportgen expecting a failure reported on exactly one stderr line; (exit code, that line)."""
    code, _, err = run_cli(*args)
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return code, lines[0]


def edit(config: Path, old: str, new: str) -> Path:
    text = config.read_text(encoding="utf-8")
    assert old in text
    config.write_text(text.replace(old, new, 1), encoding="utf-8")
    return config


def line_of(config: Path, start: str) -> int:
    return next(
        i for i, line in enumerate(config.read_text(encoding="utf-8").splitlines(), 1) if line.startswith(start)
    )


# -- command-line usage ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ["frobnicate"],
            "reportgen: error: argument COMMAND: invalid choice: 'frobnicate' (choose from 'build', "
            "'inspect', 'check', 'explain', 'extract', 'watch', 'schedule', 'init', 'layouts'); see 'reportgen --help'",
        ),
        (
            ["build", "--frob", "config.yaml"],
            "reportgen: error: unrecognized arguments: --frob; see 'reportgen --help'",
        ),
        (
            ["build"],
            "reportgen build: error: the following arguments are required: CONFIG; see 'reportgen build --help'",
        ),
        (
            ["build", "config.yaml", "--as-of", "2026-13-01"],
            "reportgen build: error: argument --as-of: '2026-13-01' is not a date; use YYYY-MM-DD or 'today'; "
            "see 'reportgen build --help'",
        ),
        (
            ["explain", "config.yaml", "--since", "nonsense"],
            "reportgen explain: error: argument --since: 'nonsense' is not a date; use YYYY-MM-DD or 'today'; "
            "see 'reportgen explain --help'",
        ),
        (
            ["build", "config.yaml", "--jobs", "0"],
            "reportgen build: error: argument --jobs/-j: must be 1 or more, not 0; see 'reportgen build --help'",
        ),
        (
            ["build", "config.yaml", "--jobs", "-1"],
            "reportgen build: error: argument --jobs/-j: must be 1 or more, not -1; see 'reportgen build --help'",
        ),
        (
            ["build", "config.yaml", "--lock-timeout", "-5"],
            "reportgen build: error: argument --lock-timeout: must be 0 or more seconds, not -5; "
            "see 'reportgen build --help'",
        ),
        (
            ["schedule", "config.yaml", "--cron", "0 7 * * *", "--lock-timeout", "nan"],
            "reportgen schedule: error: argument --lock-timeout: 'nan' is not a number of seconds; "
            "see 'reportgen schedule --help'",
        ),
        (
            ["watch", "config.yaml", "--interval", "0"],
            "reportgen watch: error: argument --interval: must be more than 0 seconds, not 0; see 'reportgen watch --help'",
        ),
        (
            ["schedule", "config.yaml", "--cron", "bad"],
            "error: invalid --cron 'bad': 1 field; expected 5 fields: minute hour day-of-month month day-of-week, "
            "e.g. '0 7 * * MON'",
        ),
        (
            ["schedule", "config.yaml", "--cron", "0 0 31 2 *"],
            "error: invalid --cron '0 0 31 2 *': no date ever matches it (such as 31 February); "
            "check the day-of-month and month fields",
        ),
        (
            ["schedule", "config.yaml", "--cron", "@reboot"],
            "error: invalid --cron '@reboot': unknown alias; use one of @yearly, @annually, @monthly, @weekly, @daily, "
            "@midnight, @hourly, or 5 fields such as '0 7 * * MON'",
        ),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(project, args, message):
    assert error_line(*args) == (2, message)


# -- signals and pipes: a process of its own -------------------------------------------------------

_MAIN = "import sys; from reportgen import cli; sys.exit(cli.main(sys.argv[1:]))"

# Runs the CLI with the atomic writer's fsync held until the test sends a signal: the signal
# lands while a temp file exists beside the output.
_HELD_WRITE = textwrap.dedent("""
    import os, sys, time
    from reportgen import cli
    from reportgen import files
    real_fsync = os.fsync
    def held_fsync(fd):
        print("writing", file=sys.stderr, flush=True)
        time.sleep(30)
    files.os.fsync = held_fsync
    sys.exit(cli.main(sys.argv[1:]))
""")


def _json_only(project: Path) -> Path:
    return edit(project / "config.yaml", "formats: [pdf, html, json]", "formats: [json]")


@pytest.mark.parametrize(
    "signum, code, message",
    [
        (signal.SIGINT, 130, "error: interrupted"),
        (signal.SIGTERM, 143, "error: stopped by SIGTERM"),
    ],
)
def test_a_signal_during_the_build_exits_with_one_line_and_leaves_no_temp_file(project, signum, code, message):
    _json_only(project)
    env = dict(os.environ, REPORTGEN_PREFORK="0")
    proc = subprocess.Popen(
        [sys.executable, "-c", _HELD_WRITE, "build", "config.yaml"],
        cwd=project,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stderr.readline() == "writing\n"
        temps = [p.name for p in (project / "out").iterdir()]
        assert len(temps) == 1 and temps[0].endswith(".reportgen-tmp")  # the signal lands mid-write
        proc.send_signal(signum)
        _, err = proc.communicate(timeout=20)
    finally:
        proc.kill()
    assert (proc.returncode, err) == (code, message + "\n")
    assert list((project / "out").iterdir()) == []


def test_a_reader_that_goes_away_ends_the_output_quietly(project):
    for i in range(400):  # enough JSON to outgrow the pipe's buffer
        (project / "seeds" / f"n{i:03d}.txt").write_text(f" date 2026-01-05 Item {i} about Qatar.\n", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-c", _MAIN, "inspect", "--json", "seeds"],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout.readline() == b"{\n"
    proc.stdout.close()  # like `| head -1`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=20) == 141
    assert err == ""


# -- the config file itself -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content, message",
    [
        ("title: [unclosed\n  foo: : :\n", "bad.yaml:2:6: invalid YAML: expected ',' or ']', but got ':'"),
        ("- a\n- b\n", "bad.yaml:1:1: expected a mapping of settings (key: value lines), got a list"),
        ("hello\n", "bad.yaml:1:1: expected a mapping of settings (key: value lines), got 'hello'"),
        ("title: x\n\tsubtitle: y\n", "bad.yaml:2:1: invalid YAML: found character '\\t' that cannot start any token"),
        ("title: x\ntitle: y\n", "bad.yaml:2:1: title: duplicate key; it is first given at line 1"),
        ("title: a\x00b\n", "bad.yaml:1:9: invalid YAML: character U+0000 is not allowed in YAML; delete it"),
        (
            "title: x\nfocus: " + "[" * 5_000 + "]" * 5_000 + "\n",
            "bad.yaml: invalid YAML: nested too deeply; a config needs a few levels at most",
        ),
        ("", "bad.yaml:1:1: the file is empty; expected a mapping of settings starting with title:"),
    ],
)
def test_a_config_that_is_not_a_config_is_one_line_and_exit_2(project, content, message):
    (project / "bad.yaml").write_text(content, encoding="utf-8")
    assert error_line("build", "bad.yaml") == (2, message)


def test_a_binary_config_names_the_line(project):
    (project / "bad.yaml").write_bytes(b"title: x\n\x7fELF\x02\x01\x01\x00\xff\xfe\n")
    assert error_line("build", "bad.yaml") == (2, "bad.yaml:2: not UTF-8 text (byte 17); save the file as UTF-8")


def test_a_huge_config_is_refused_before_it_is_parsed(project):
    with open(project / "huge.yaml", "wb") as handle:  # sparse: 30 MB on paper, nothing on disk
        handle.truncate(30 * 1024 * 1024)
    assert error_line("check", "huge.yaml") == (
        2,
        "huge.yaml: is 30.0 MB, over the 1 MB limit; a config is a few kilobytes; is this the right file?",
    )


HINT = "give the path of a YAML file such as config.yaml"


@pytest.mark.parametrize(
    "command", [["build"], ["check"], ["explain"], ["watch"], ["schedule", "--cron", "@daily"], ["layouts", "--config"]]
)
def test_every_command_says_what_is_wrong_with_the_config_path(project, command):
    os.mkfifo(project / "fifo.yaml")  # reading it would wait for a writer forever
    os.symlink("loop-b", project / "loop-a")
    os.symlink("loop-a", project / "loop-b")
    assert error_line(*command, "fifo.yaml") == (2, f"fifo.yaml: is a named pipe (FIFO); {HINT}")
    assert error_line(*command, "seeds") == (2, f"seeds: is a folder; {HINT}")
    assert error_line(*command, "nope.yaml") == (2, f"nope.yaml: no such config file; {HINT}")
    assert error_line(*command, "loop-a") == (2, f"loop-a: is a loop of symbolic links; {HINT}")
    assert error_line(*command, "config.yaml/x") == (
        2,
        f"config.yaml/x: cannot be reached: part of the path is a file, not a folder; {HINT}",
    )
    assert error_line(*command, "/dev/zero") == (2, f"/dev/zero: is a device; {HINT}")


def test_an_unreadable_config_says_permission_denied(project, monkeypatch):
    # chmod 000 cannot stop root, who runs these tests in CI: refuse the open instead.
    from reportgen import files

    real_open = os.open

    def denying_open(path, flags, *args):
        if str(path).endswith("config.yaml"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(files.os, "open", denying_open)
    assert error_line("build", "config.yaml") == (2, f"config.yaml: cannot be read: permission denied; {HINT}")


# -- paths in the config: everything read or written stays in the project ---------------------------


@pytest.mark.parametrize(
    "source, message",
    [
        ("loop-a", "loop-a is a loop of symbolic links; give files or folders of sources"),
        ("fifo", "fifo is a named pipe (FIFO), not a file or folder; give files or folders of sources"),
    ],
)
def test_sources_that_are_not_files_or_folders_are_config_errors(project, source, message):
    os.symlink("/etc", project / "escape")
    os.symlink("loop-b", project / "loop-a")
    os.symlink("loop-a", project / "loop-b")
    os.mkfifo(project / "fifo")
    config = edit(project / "config.yaml", "  - seeds/", f"  - {source}")
    where = f"config.yaml:{line_of(config, '  - ')}:5: sources[0]: "
    assert error_line("check", "config.yaml") == (2, where + message.format(root=project.resolve()))


@pytest.mark.parametrize(
    "layout, message",
    [
        (
            "mylayout/",
            "no folder mylayout/ next to config.yaml; give a built-in layout (briefing, digest) "
            "or a folder of templates",
        ),
    ],
)
def test_layout_folders_must_exist(project, layout, message):
    config = edit(project / "config.yaml", "layout: briefing", f"layout: {layout}")
    where = f"config.yaml:{line_of(config, 'layout:')}:9: layout: "
    assert error_line("check", "config.yaml") == (2, where + message)


def test_paths_outside_the_project_are_honoured_as_named(project):
    """Sources on a shared mount, a layout kept elsewhere, outputs published to a web folder."""
    shared = project.parent / f"{project.name}-shared"
    shutil.copytree(project / "seeds", shared / "corpus")
    shutil.copytree(REPO / "templates" / "briefing", shared / "layout")  # a full layout, copied
    (shared / "layout" / "cover.html.j2").write_text('<p class="cover">Shared layout cover</p>\n')
    config = project / "config.yaml"
    text = config.read_text(encoding="utf-8").replace("  - seeds/", f"  - ../{shared.name}/corpus/")
    text = text.replace("layout: briefing", f"layout: {shared / 'layout'}")
    text = text.replace("output: out/{slug}-{as_of}.{ext}", f'output: "{shared}/www/{{slug}}.{{ext}}"')
    text = text.replace("state: .reportgen/state.sqlite", f"state: ../{shared.name}/state/history.sqlite")
    config.write_text(text.replace("formats: [pdf, html, json]", "formats: [html]"), encoding="utf-8")
    code, out, err = run_cli("build", "config.yaml")
    assert code == 0, err
    html = (shared / "www" / "kazakhstan-qatar-relations.html").read_text(encoding="utf-8")
    assert "Shared layout cover" in html and "seeds" not in html and "corpus" in html
    assert (shared / "state" / "history.sqlite").is_file()
    assert not (project / "out").exists()


def test_an_output_pattern_without_ext_would_collide(project):
    config = edit(project / "config.yaml", "output: out/{slug}-{as_of}.{ext}", "output: out/{slug}.pdf")
    assert error_line("build", "config.yaml") == (
        2,
        f"config.yaml:{line_of(config, 'output:')}:9: output: must contain {{ext}}, so each format gets its own "
        "file; e.g. out/{slug}-{as_of}.{ext}",
    )


def test_state_must_be_a_file(project):
    config = edit(project / "config.yaml", "state: .reportgen/state.sqlite", "state: seeds")
    assert error_line("build", "config.yaml") == (
        2,
        f"config.yaml:{line_of(config, 'state:')}:8: state: seeds is a folder; give the path of a file, "
        "e.g. .reportgen/state.sqlite",
    )


# -- sources -------------------------------------------------------------------------------------


def test_odd_entries_in_a_sources_folder_are_skipped_with_a_warning_each(project):
    seeds = project / "seeds"
    os.mkfifo(seeds / "fifo.txt")  # reading it would wait for a writer forever
    os.symlink("loop-b", seeds / "loop-a")
    os.symlink("loop-a", seeds / "loop-b")
    os.symlink("/etc/passwd", seeds / "passwd.txt")
    os.symlink("/etc", seeds / "etc")
    os.symlink("missing.txt", seeds / "broken.txt")
    (seeds / "empty.md").write_bytes(b"")
    code, _, err = run_cli("inspect", "seeds")
    assert code == 0
    assert err.splitlines() == [
        "warning: seeds/etc:1: skipped: it links to the folder /etc, outside seeds; "
        "list that folder under sources: if it belongs in the briefing",
        f"warning: seeds/broken.txt:1: skipped: a broken link; {project.resolve()}/seeds/missing.txt does not exist",
        "warning: seeds/fifo.txt:1: skipped: it is a named pipe (FIFO), not a file",
        "warning: seeds/loop-a:1: skipped: it is a loop of symbolic links",
        "warning: seeds/loop-b:1: skipped: it is a loop of symbolic links",
        "warning: seeds/passwd.txt:1: skipped: it links to /etc/passwd, outside seeds; "
        "name that file under sources: if it belongs in the briefing",
        "warning: seeds/empty.md:1: skipped: empty file",
    ]


def test_a_socket_in_a_sources_folder_is_skipped(project):
    import socket

    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(project / "seeds" / "sock.txt"))
        code, _, err = run_cli("inspect", "seeds")
    assert code == 0
    assert err == "warning: seeds/sock.txt:1: skipped: it is a socket, not a file\n"


@pytest.mark.parametrize(
    "path, message",
    [
        ("nope", "error: nope: no such file or folder under {root}; check the path"),
        ("loop-a", "error: loop-a is a loop of symbolic links; give files or folders of sources"),
        ("fifo", "error: fifo is a named pipe (FIFO), not a file; give files or folders of sources"),
    ],
)
def test_inspect_on_a_path_it_cannot_read_is_a_usage_error(project, path, message):
    os.symlink("loop-b", project / "loop-a")
    os.symlink("loop-a", project / "loop-b")
    os.mkfifo(project / "fifo")
    assert error_line("inspect", path) == (2, message.format(root=project.resolve()))


def test_a_file_deleted_or_replaced_by_a_fifo_after_listing_is_skipped(project, monkeypatch):
    from reportgen import ingest

    listed = ingest._expand

    def expand_then_change(*args):
        found = listed(*args)
        (project / "seeds" / "000_81944cfbacb2fa5d.txt").unlink()
        fifo = project / "seeds" / "001_42fa1f2987897a64.txt"
        fifo.unlink()
        os.mkfifo(fifo)
        return found

    monkeypatch.setattr(ingest, "_expand", expand_then_change)
    code, _, err = run_cli("inspect", "seeds")
    assert code == 0
    assert err.splitlines() == [
        "warning: seeds/000_81944cfbacb2fa5d.txt:1: skipped: it was deleted or renamed while reportgen was reading",
        "warning: seeds/001_42fa1f2987897a64.txt:1: skipped: it is a named pipe (FIFO), not a file",
    ]


def test_file_names_with_spaces_newlines_and_bytes_that_are_not_utf8(project):
    article = (project / "seeds" / "000_81944cfbacb2fa5d.txt").read_bytes()
    for name in (b"with space.txt", b"new\nline.txt", b"bad\xff\xfename.txt"):
        with open(os.path.join(os.fsencode(project / "seeds"), name), "wb") as handle:
            handle.write(article.replace(b"Aida", b"Ayda"))
    _json_only(project)
    code, out, err = run_cli("build", "config.yaml")
    assert code == 0, err
    import json

    paths = {s["path"] for s in json.loads((project / out.split()[0]).read_text(encoding="utf-8"))["sources"]}
    assert {"seeds/with space.txt", "seeds/new\ufffdline.txt", "seeds/bad\ufffd\ufffdname.txt"} <= paths


def test_a_table_caption_without_rows_is_explained_by_check(project):
    paper = project / "seeds" / "002_26179e7a99fe8ed4.txt"
    lines = paper.read_text(encoding="utf-8").split("\n")
    start = lines.index(next(line for line in lines if line.startswith("**Table 1**"))) + 1
    end = next(i for i in range(start + 2, len(lines)) if not lines[i].strip())
    paper.write_text("\n".join(lines[:start] + lines[end:]), encoding="utf-8")
    code, out, err = run_cli("check", "config.yaml")
    config = project / "config.yaml"
    assert code == 2 and out == ""
    assert err.splitlines() == [
        f"warning: seeds/002_26179e7a99fe8ed4.txt:{start}: table 1 has no rows; put tab-separated rows after a "
        "blank line under the caption",
        f"config.yaml:{line_of(config, '  - table: {document: paper, number: 1}')}:30: parts[2].table.number: "
        "no table 1 in seeds/002_26179e7a99fe8ed4.txt; tables: 2",
    ]


# -- layouts: templates read only their own folder; a template's failure is one line -------------------


def _layout(project: Path, files: dict[str, str], formats: str = "[html]") -> Path:
    folder = project / "mine"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    config = edit(project / "config.yaml", "layout: briefing", "layout: mine")
    return edit(config, "formats: [pdf, html, json]", f"formats: {formats}")


EXTENDS = '{% extends "briefing:base.html.j2" %}\n'


@pytest.mark.parametrize(
    "cover, message",
    [
        ("{{ 1/0 }}", "error: mine/base.html.j2:2: ZeroDivisionError: division by zero"),
        ('{% include "missing.html.j2" %}', "error: mine/base.html.j2:2: template 'missing.html.j2' not found"),
        (
            '{% include "passwd.j2" %}',
            "error: mine/base.html.j2:2: template 'passwd.j2' is a link to /etc/passwd, "
            "outside the layout folder {folder}; copy the file into the layout",
        ),
        (
            '{% include "fifo.j2" %}',
            "error: mine/base.html.j2:2: template 'fifo.j2' is a named pipe (FIFO), not a file",
        ),
        (
            '{% include "latin1.j2" %}',
            "error: mine/base.html.j2:2: template 'latin1.j2' is not UTF-8 text (byte 3); save it as UTF-8",
        ),
        (
            "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}",
            "error: mine/base.html.j2:2: templates include or call themselves without end",
        ),
    ],
)
def test_a_failing_template_is_one_line_exit_1_and_writes_nothing(project, cover, message):
    _layout(project, {"base.html.j2": EXTENDS + "{% block cover %}" + cover + "{% endblock %}\n"})
    os.symlink("/etc/passwd", project / "mine" / "passwd.j2")
    os.mkfifo(project / "mine" / "fifo.j2")
    (project / "mine" / "latin1.j2").write_bytes(b"caf\xe9")
    assert error_line("build", "config.yaml") == (1, message.format(folder=project / "mine"))
    assert not (project / "out").exists()


def test_a_stylesheet_linked_out_of_the_layout_is_refused_not_inlined(project):
    _layout(project, {"base.html.j2": EXTENDS})
    os.symlink("/etc/hostname", project / "mine" / "style.css")
    assert error_line("build", "config.yaml") == (
        1,
        "error: templates/briefing/base.html.j2:17: template 'style.css' is a link to /etc/hostname, outside the "
        f"layout folder {project / 'mine'}; copy the file into the layout",
    )
    code, out, err = run_cli("check", "config.yaml")
    assert (code, err) == (2, "error: 1 template problem in layout mine\n")
    assert out == (
        f"mine/style.css: is a link to /etc/hostname, outside the layout folder {project / 'mine'}; "
        "copy the file into the layout\n"
    )


@pytest.mark.parametrize(
    "meta, message",
    [
        ("extends: [1\n", "{meta}:2:1: invalid YAML: expected ',' or ']', but got '<stream end>'"),
        (
            "extends: glossy\n",
            "{meta}:1: extends: unknown built-in layout 'glossy'; built-in layouts: briefing, digest",
        ),
        ("extends: 3\n", "{meta}:1: extends: expected the name of a built-in layout, e.g. extends: briefing"),
    ],
)
def test_a_bad_layout_yaml_is_a_config_error(project, meta, message):
    _layout(project, {"base.html.j2": "<p>x</p>\n", "layout.yaml": meta})
    expected = message.format(meta=project / "mine" / "layout.yaml")
    assert error_line("build", "config.yaml") == (2, expected)
    assert error_line("check", "config.yaml") == (2, expected)


def test_layouts_lists_without_reading_fifos_links_out_or_folders_elsewhere(project):
    folder = project / "layouts" / "odd"
    folder.mkdir(parents=True)
    (folder / "base.html.j2").write_text(EXTENDS + "{% block cover %}{% endblock %}\n")
    os.mkfifo(folder / "fifo.j2")
    os.symlink("/etc/passwd", folder / "passwd.j2")
    (folder / "latin1.j2").write_bytes(b"{% block caf\xe9 %}")
    os.symlink("/etc", project / "layouts" / "etc")
    code, out, err = run_cli("layouts")
    assert (code, err) == (0, "")
    assert [line for line in out.splitlines() if not line.startswith(" ")][1:] == [
        "briefing  (built-in)",
        "digest  (built-in)",
        "odd  (layouts/odd, extends briefing)",
    ]
    assert "  cover " in out and "(overridden here)" in out


def test_fetches_outside_the_layout_are_blocked_with_a_warning_each(project):
    # One short article and one part: a PDF of a page or two.
    shutil.rmtree(project / "seeds")
    (project / "seeds").mkdir()
    (project / "seeds" / "one.txt").write_text(
        " date 2026-02-05 Qatar and Kazakhstan met in Doha.\n\nThey talked about trade with Qatar.\n", encoding="utf-8"
    )
    (project.parent / f"{project.name}-secret.png").write_bytes(b"SECRET")
    config = _layout(
        project,
        {
            "base.html.j2": EXTENDS + '{% block cover %}<img src="http://example.com/x.png">{% endblock %}\n',
            "style.css": "@import url(file:///etc/passwd);\n"
            f"body {{ background: url(../../{project.name}-secret.png); }}\n",
        },
        formats="[pdf]",
    )
    text = config.read_text(encoding="utf-8")
    start, end = text.index("\nparts:"), text.index("\n# Summary lengths")
    config.write_text(text[:start] + "\nparts: [sources]\n" + text[end:], encoding="utf-8")
    code, out, err = run_cli("build", "config.yaml")
    assert code == 0, err
    warnings = sorted(line for line in err.splitlines() if line.startswith("warning: blocked"))
    assert warnings == [
        "warning: blocked fetch of file:///etc/passwd: outside the layout folder",
        f"warning: blocked fetch of {(project.parent / (project.name + '-secret.png')).as_uri()}: "
        "outside the layout folder",
        "warning: blocked fetch of http://example.com/x.png: only files in the layout folder may be read",
    ]
    assert "SECRET" not in (project / out.split()[0]).read_bytes().decode("latin-1")


# -- outputs and the run history: checked before anything is rendered --------------------------------

OUT_JSON = "out/kazakhstan-qatar-relations-2026-02-20.json"


def test_a_file_where_the_output_folder_should_be(project):
    _json_only(project)
    (project / "out").write_text("not a folder")
    assert error_line("build", "config.yaml") == (
        1,
        f"error: cannot write {OUT_JSON}: out is a file, not a folder; remove it or change output: in the config",
    )


def test_a_folder_where_the_output_file_should_be(project):
    _json_only(project)
    (project / OUT_JSON).mkdir(parents=True)
    assert error_line("build", "config.yaml") == (
        1,
        f"error: cannot write {OUT_JSON}: a folder of that name is in the way; "
        "remove it or change output: in the config",
    )


def test_an_output_folder_linked_elsewhere_is_written_through(project):
    _json_only(project)
    elsewhere = project.parent / f"{project.name}-published"
    elsewhere.mkdir()
    os.symlink(elsewhere, project / "out")
    assert run_cli("build", "config.yaml")[0] == 0
    assert [p.name for p in elsewhere.iterdir()] == [Path(OUT_JSON).name]


def test_an_output_folder_that_cannot_be_written(project, monkeypatch):
    _json_only(project)
    (project / "out").mkdir()
    real_access = os.access
    # chmod cannot stop root; `chattr +i out` can, and os.access reports it, as it does here.
    monkeypatch.setattr(os, "access", lambda path, mode: False if Path(path).name == "out" else real_access(path, mode))
    assert error_line("build", "config.yaml") == (
        1,
        f"error: cannot write {OUT_JSON}: no permission to write in out; "
        "fix the folder's permissions or change output: in the config",
    )


@pytest.mark.skipif(shutil.which("chattr") is None or os.geteuid() != 0, reason="needs root and chattr")
def test_an_immutable_output_folder_stops_even_root(project):
    _json_only(project)
    (project / "out").mkdir()
    if subprocess.run(["chattr", "+i", project / "out"], capture_output=True).returncode:
        pytest.skip("this file system has no immutable flag")
    try:
        assert error_line("build", "config.yaml") == (
            1,
            f"error: cannot write {OUT_JSON}: no permission to write in out; "
            "fix the folder's permissions or change output: in the config",
        )
    finally:
        subprocess.run(["chattr", "-i", project / "out"], check=True)


def test_a_full_disk_while_writing_is_one_line_and_leaves_nothing_behind(project, monkeypatch):
    from reportgen import files

    _json_only(project)

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    assert error_line("build", "config.yaml") == (
        1,
        f"error: cannot write {OUT_JSON}: no space left on device; "
        "nothing was replaced — free some space or check the folder",
    )
    assert list((project / "out").iterdir()) == []


def test_latest_needs_the_date_in_the_output_pattern(project):
    config = edit(project / "config.yaml", "output: out/{slug}-{as_of}.{ext}", "output: out/{slug}.{ext}")
    edit(config, "latest: false", "latest: true")
    assert error_line("build", "config.yaml") == (
        2,
        f"config.yaml:{line_of(config, 'latest:')}:9: latest: true needs {{as_of}} in output: the -latest copy "
        "takes the place of the date, and without it both are the same file",
    )


def test_a_run_history_that_is_not_a_database(project):
    _json_only(project)
    (project / ".reportgen").mkdir()
    (project / ".reportgen" / "state.sqlite").write_text("garbage, not SQLite")
    assert error_line("build", "config.yaml") == (
        1,
        "error: .reportgen/state.sqlite: cannot use the run history (file is not a database); if the "
        "file is damaged or is not reportgen's, move it away and the next build starts a new one",
    )


def test_a_run_history_under_a_file(project):
    config = edit(project / "config.yaml", "state: .reportgen/state.sqlite", "state: seeds/000_81944cfbacb2fa5d.txt/s")
    assert error_line("build", config.name)[0] == 1
    assert error_line("build", config.name)[1].startswith(
        "error: cannot create the lock file seeds/000_81944cfbacb2fa5d.txt/config-"
    )
    assert error_line("build", config.name)[1].endswith(
        ".lock: seeds/000_81944cfbacb2fa5d.txt is a file, not a folder; "
        "check state: in the config (the lock lives beside the run history)"
    )


# -- init ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "target, message",
    [
        ("full", "error: full is not empty; reportgen init never overwrites files — give a new or empty folder"),
        ("a-file", "error: a-file is a file; give a new or empty folder for the project"),
        (
            "a-file/sub",
            "error: cannot create the project in a-file/sub: a-file is a file, not a folder; "
            "give a folder you can write to",
        ),
        ("dangling", "error: dangling is a link to nowhere; give a new or empty folder for the project"),
    ],
)
def test_init_refuses_places_it_cannot_fill(tmp_path, monkeypatch, target, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("mine")
    (tmp_path / "a-file").write_text("mine")
    os.symlink(tmp_path / "nowhere" / "deep", tmp_path / "dangling")
    assert error_line("init", target) == (2, message)
    assert (tmp_path / "full" / "notes.txt").read_text() == "mine"


def test_init_that_fails_half_way_removes_what_it_made(tmp_path, monkeypatch):
    from reportgen import project_init

    monkeypatch.chdir(tmp_path)
    written = []

    def open_until_the_fourth(path, *args, **kwargs):
        written.append(path)
        if len(written) == 4:
            raise OSError(28, "No space left on device", str(path))
        return open(path, *args, **kwargs)

    monkeypatch.setattr(project_init, "open", open_until_the_fourth, raising=False)
    assert error_line("init", "new/project") == (
        2,
        "error: cannot create the project in new/project: no space left on device; give a folder you can write to",
    )
    assert list(tmp_path.iterdir()) == []  # not even new/


@pytest.mark.parametrize("period, as_of", [("last 3 months", "0001-01-15"), ("last 99999999999 years", "2026-02-20")])
def test_a_period_reaching_back_before_the_year_1(project, period, as_of):
    config = project / "config.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("period:\n  from: 1990-01-01\n", f"period: {period}\n"), encoding="utf-8")
    assert error_line("build", "config.yaml", "--as-of", as_of) == (
        2,
        f"config.yaml:{line_of(config, 'period:')}:9: period: '{period}' reaches back before the year 1 "
        f"(from as_of {as_of}); give a shorter period",
    )


def test_several_configs_each_failure_is_named_once(project):
    (project / "bad.yaml").write_text("title: [x\n")
    code, _, err = run_cli("build", "bad.yaml", "nope.yaml")
    assert code == 2
    assert err.splitlines()[:2] == [
        "bad.yaml:2:1: invalid YAML: expected ',' or ']', but got '<stream end>'",
        f"nope.yaml: no such config file; {HINT}",
    ]


@pytest.mark.parametrize(
    "stdout, code, err",
    [
        ("closed", 0, ""),
        ("/dev/full", 1, "error: cannot write the output: no space left on device (run with -v for the traceback)\n"),
    ],
)
def test_stdout_closed_or_on_a_full_disk(project, stdout, code, err):
    with open("/dev/full", "w") if stdout == "/dev/full" else contextlib.nullcontext(None) as target:
        proc = subprocess.run(
            [sys.executable, "-c", _MAIN, "inspect", "seeds"],
            cwd=project,
            capture_output=False,
            stdout=target if target else subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            **({} if target else {"preexec_fn": lambda: os.close(1)}),
        )
    assert (proc.returncode, proc.stderr) == (code, err)


def test_run_from_a_folder_that_was_deleted(tmp_path, monkeypatch):
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    assert error_line("inspect", "seeds") == (
        2,
        "error: the current folder no longer exists (deleted or moved); cd into the project folder again",
    )


# -- bounded builds: time, memory and pages ----------------------------------------------------------


def _last_run(project: Path):
    from reportgen.state import RunState

    return RunState(project / ".reportgen" / "state.sqlite").runs(project / "config.yaml")[-1]


def test_a_render_over_its_time_limit_keeps_the_old_outputs_and_fails_the_run(project):
    import multiprocessing

    _layout(project, {"base.html.j2": EXTENDS}, formats="[html, json]")
    assert run_cli("build", "config.yaml")[0] == 0
    before = {p.name: p.read_bytes() for p in (project / "out").iterdir()}
    (project / "mine" / "base.html.j2").write_text(
        EXTENDS + "{% block cover %}{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}"
        "{% endfor %}{% endblock %}\n",
        encoding="utf-8",
    )
    # 3 s: room for the analysis on a loaded machine; the template's loop runs for minutes.
    message = (
        "error: the render ran past the build's 3 s time limit and was stopped; raise it with --timeout SECONDS or "
        "limits: {seconds: ...} in the config; the old outputs are kept"
    )
    assert error_line("build", "config.yaml", "--timeout", "3") == (1, message)
    assert {p.name: p.read_bytes() for p in (project / "out").iterdir()} == before
    assert multiprocessing.active_children() == []  # the helper was killed and reaped
    run = _last_run(project)
    assert (run.status, run.message) == ("failed", message.removeprefix("error: "))


@pytest.mark.parametrize("command", ["build", "watch", "schedule"])
def test_timeout_must_be_a_positive_number_of_seconds(project, command):
    extra = ["--cron", "0 7 * * *"] if command == "schedule" else []
    assert error_line(command, "config.yaml", *extra, "--timeout", "0") == (
        2,
        f"reportgen {command}: error: argument --timeout: must be more than 0 seconds, not 0; "
        f"see 'reportgen {command} --help'",
    )


# -- signals stop watch, schedule and parallel builds at once, even while a render hangs ---------------

_HANG = EXTENDS + (
    "{% block cover %}{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}{% endblock %}\n"
)

# `schedule` with a clock 1 s before a minute starts, so '* * * * *' fires at once.
_SCHEDULE_NOW = textwrap.dedent("""
    import datetime as dt, sys
    from reportgen import cli, schedule
    class SoonClock:
        offset = None
        def now(self):
            real = dt.datetime.now().astimezone()
            if SoonClock.offset is None:  # at the first look, not at start-up: imports take a while
                SoonClock.offset = real.replace(second=59, microsecond=0) - real
            return real + SoonClock.offset
    schedule.SystemClock = SoonClock
    sys.exit(cli.main(sys.argv[1:]))
""")


def _helpers(pid: int) -> list[int]:
    """Render helpers among the descendants of pid (by their process name, set by the helper itself)."""
    from reportgen.render.prefork import COMM

    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            for child in map(int, (task / "children").read_text().split()):
                with contextlib.suppress(OSError):
                    if Path(f"/proc/{child}/comm").read_text().strip() == COMM:
                        found.append(child)
                found += _helpers(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize(
    "argv, helpers, signum, code",
    [
        (["watch", "config.yaml"], 1, signal.SIGHUP, 129),
        (["schedule", "config.yaml", "--cron", "* * * * *"], 1, signal.SIGTERM, 143),
        (["build", "config.yaml", "second.yaml", "--jobs", "2"], 2, signal.SIGINT, 130),
    ],
)
def test_a_signal_stops_a_hanging_render_at_once(project, argv, helpers, signum, code):
    import time

    _layout(project, {"base.html.j2": _HANG})
    (project / "second.yaml").write_text((project / "config.yaml").read_text().replace("title:", "title: Second #", 1))
    script = _SCHEDULE_NOW if argv[0] == "schedule" else _MAIN
    proc = subprocess.Popen(
        [sys.executable, "-c", script, *argv, "--timeout", "600"],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while len(_helpers(proc.pid)) < helpers and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        children = _helpers(proc.pid)
        assert len(children) == helpers, proc.stderr.read() if proc.poll() is not None else children
        time.sleep(0.3)  # well inside the render
        os.killpg(proc.pid, signum)  # to the whole group, as a terminal's Ctrl-C or hang-up does
        started = time.monotonic()
        _, err = proc.communicate(timeout=15)
        stopped = time.monotonic() - started
    finally:
        proc.kill()
    message = "error: interrupted" if signum == signal.SIGINT else f"error: stopped by {signal.Signals(signum).name}"
    assert (proc.returncode, err.splitlines()[-1:]) == (code, [message]), err
    assert "Traceback" not in err
    assert stopped < 10
    time.sleep(0.2)
    assert [pid for pid in children if _alive(pid)] == []
    assert not (project / "out").exists()
    run = _last_run(project)
    # A worker may see the group's signal or the SIGTERM its parent sends on: whichever comes first.
    stops = ("interrupted", "stopped by SIGHUP", "stopped by SIGINT", "stopped by SIGTERM")
    assert run.status == "failed" and run.message in stops


# -- links and special files: nothing reportgen writes is written through a link ------------------------


def _small_project(project: Path, files: dict[str, str], formats: str = "[pdf]") -> Path:
    """One short article, one part and the layout `files`: a PDF of a page."""
    shutil.rmtree(project / "seeds")
    (project / "seeds").mkdir()
    (project / "seeds" / "one.txt").write_text(
        " date 2026-02-05 Qatar and Kazakhstan met in Doha.\n\nThey talked about trade with Qatar.\n", encoding="utf-8"
    )
    config = _layout(project, files, formats=formats)
    text = config.read_text(encoding="utf-8")
    start, end = text.index("\nparts:"), text.index("\n# Summary lengths")
    config.write_text(text[:start] + "\nparts: [sources]\n" + text[end:], encoding="utf-8")
    return config


@pytest.mark.parametrize("kind", ["link", "fifo"])
def test_a_lock_file_replaced_by_a_link_or_a_fifo_is_refused(project, kind):
    from reportgen.locking import lock_path

    _json_only(project)
    lock = lock_path(project / "config.yaml")
    lock.parent.mkdir()
    victim = project.parent / f"{project.name}-victim.txt"
    victim.write_text("precious\n")
    os.symlink(victim, lock) if kind == "link" else os.mkfifo(lock)
    reason = (
        "is a symbolic link; reportgen does not write through links —"
        if kind == "link"
        else "is a named pipe (FIFO), not a file;"
    )
    assert error_line("build", "config.yaml") == (
        1,
        f"error: the lock file .reportgen/{lock.name} {reason} delete it, the next build makes a new one",
    )
    assert victim.read_text() == "precious\n"


@pytest.mark.parametrize("kind, what", [("link", "is a symbolic link"), ("fifo", "is a named pipe (FIFO)")])
def test_an_output_that_is_a_link_or_a_fifo_is_not_replaced(project, kind, what):
    _json_only(project)
    (project / "out").mkdir()
    target = project / OUT_JSON
    os.symlink(project / "config.yaml", target) if kind == "link" else os.mkfifo(target)
    config = (project / "config.yaml").read_text()
    assert error_line("build", "config.yaml") == (
        1,
        f"error: cannot write {OUT_JSON}: it {what}; reportgen replaces only regular files — remove it or "
        "change output: in the config",
    )
    assert (project / "config.yaml").read_text() == config


def test_a_run_history_that_is_a_link_inside_the_project_is_refused(project):
    _json_only(project)
    (project / ".reportgen").mkdir()
    os.symlink(project / "seeds" / "000_81944cfbacb2fa5d.txt", project / ".reportgen" / "state.sqlite")
    assert error_line("build", "config.yaml") == (
        1,
        "error: .reportgen/state.sqlite: the run history is a symbolic link; reportgen writes only regular "
        "files — move it away and the next build starts a new history",
    )


def test_a_fifo_stylesheet_is_refused_by_the_fetcher_and_reported_by_check(project):
    _small_project(
        project, {"base.html.j2": EXTENDS + '{% block cover %}<link rel="stylesheet" href="pipe.css">{% endblock %}\n'}
    )
    os.mkfifo(project / "mine" / "pipe.css")
    code, out, err = run_cli("build", "config.yaml", "--timeout", "60")
    assert code == 0, err
    assert [line for line in err.splitlines() if "pipe.css" in line] == [
        f"warning: blocked fetch of {(project / 'mine' / 'pipe.css').as_uri()}: is a named pipe (FIFO), not a file"
    ]
    code, out, err = run_cli("check", "config.yaml")
    assert (code, out) == (
        2,
        "mine/pipe.css: is a named pipe (FIFO), not a file; a layout holds only files and folders\n",
    )


def test_a_pdf_keeps_only_web_mail_and_internal_links(project):
    import pypdf

    links = (
        '<a href="javascript:app.alert(1)">j</a> <a href="file:///etc/passwd">f</a> '
        '<a href="https://example.org/x">w</a> <a href="mailto:a@example.org">m</a> '
        '<a href="#top" id="top">t</a> <a href="launch.exe">r</a>'
    )
    _small_project(project, {"base.html.j2": EXTENDS + "{% block cover %}" + links + "{% endblock %}\n"})
    code, out, err = run_cli("build", "config.yaml")
    assert code == 0, err
    tail = ": a PDF keeps only http(s), mailto and in-document links"
    dropped = sorted(line.removesuffix(tail) for line in err.splitlines() if line.endswith(tail))
    assert dropped == [
        "warning: dropped a link to file:///etc/passwd",
        f"warning: dropped a link to {(project / 'mine' / 'launch.exe').as_uri()[:60]}…",  # a long target: cut
        "warning: dropped a link to javascript:app.alert(1)",
    ]
    reader = pypdf.PdfReader(project / out.split()[0])
    uris = [
        annot.get_object()["/A"].get("/URI")
        for page in reader.pages
        for annot in page.get("/Annots", [])
        if "/A" in annot.get_object()
    ]
    assert sorted(u for u in uris if u) == ["https://example.org/x", "mailto:a@example.org"]
    assert b"javascript" not in (project / out.split()[0]).read_bytes()


# -- outputs are published as a set -------------------------------------------------------------------

# Builds with the rename of the outputs held after the first one, until the test kills the process.
_HELD_RENAME = textwrap.dedent("""
    import os, sys, time
    from reportgen import cli
    real_replace = os.replace
    def held_replace(src, dst):
        real_replace(src, dst)
        if os.path.basename(os.path.dirname(dst)) == "out":
            print("renamed", os.path.basename(dst), file=sys.stderr, flush=True)
            time.sleep(30)
    os.replace = held_replace
    sys.exit(cli.main(sys.argv[1:]))
""")


def test_a_kill_between_the_renames_is_finished_by_the_next_run(project):
    config = edit(project / "config.yaml", "formats: [pdf, html, json]", "formats: [html, json]")
    subtitle = next(line for line in config.read_text().splitlines() if line.startswith("subtitle:"))
    edit(config, subtitle, "subtitle: Old edition")
    assert run_cli("build", "config.yaml")[0] == 0
    outputs = sorted((project / "out").iterdir())
    assert [p.suffix for p in outputs] == [".html", ".json"]
    edit(config, "subtitle: Old edition", "subtitle: New edition")
    proc = subprocess.Popen(
        [sys.executable, "-c", _HELD_RENAME, "build", "config.yaml"], cwd=project, stderr=subprocess.PIPE, text=True
    )
    try:
        assert proc.stderr.readline().startswith("renamed ")
        proc.send_signal(signal.SIGKILL)  # between the renames: no cleanup runs
        proc.wait(timeout=20)
    finally:
        proc.kill()
    editions = ["New edition" in p.read_text() for p in outputs]
    assert sorted(editions) == [False, True]  # half published
    journals = list((project / ".reportgen").glob("*.publish"))
    assert len(journals) == 1

    (project / "mine").mkdir()
    (project / "mine" / "base.html.j2").write_text(EXTENDS + "{% block cover %}{{ 1/0 }}{% endblock %}\n")
    edit(config, "layout: briefing", "layout: mine")
    code, _, err = run_cli("build", "config.yaml")  # fails at the render, after finishing the set
    assert code == 1
    assert err.splitlines()[0] == (
        "warning: finished publishing "
        + ", ".join(str(p.relative_to(project)) for p, new in zip(outputs, editions) if not new)
        + ", left half done by a run that was killed"
    )
    assert ["New edition" in p.read_text() for p in outputs] == [True, True]
    assert sorted((project / "out").iterdir()) == outputs  # no temp file left
    assert not journals[0].exists()


# -- error output: bounded, and never a control character from a file ----------------------------------


def test_thousands_of_config_errors_print_twenty_and_a_count(project):
    (project / "many.yaml").write_text("title: x\n" + "".join(f"bogus{i}: 1\n" for i in range(2_000)))
    code, out, err = run_cli("build", "many.yaml")
    lines = err.splitlines()
    assert (code, out, len(lines)) == (2, "", 22)
    assert lines[0].startswith("many.yaml:2:1: bogus0: unknown key; allowed: title, ")
    assert lines[-2:] == ["… and 1980 more", "error: aborted with 2000 configuration errors"]


def test_a_file_that_is_no_config_is_quoted_in_a_short_excerpt(project):
    (project / "passwd").write_text(
        "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
        "secret:x:2:2:do-not-print-this:/home:/bin/sh\n"
    )
    assert error_line("build", "passwd") == (
        2,
        "passwd:1:1: expected a mapping of settings (key: value lines), got "
        "'root:x:0:0:root:/root:/bin/bash daemon:x…'",
    )


def test_control_characters_from_a_config_value_are_escaped(project):
    config = edit(project / "config.yaml", "sources:\n  - seeds/", 'sources:\n  - "seeds/\\e[2Jx\\u202e.txt"')
    code, line = error_line("build", "config.yaml")
    assert code == 2
    assert line == (
        f"config.yaml:{line_of(config, 'sources:') + 1}:5: sources[0]: no file or folder "
        "seeds/\\x1b[2Jx\\u202e.txt next to config.yaml; paths are relative to the config's folder, or absolute"
    )


def test_control_characters_in_a_source_file_name_never_reach_the_terminal(project):
    _json_only(project)
    (project / "seeds" / "evil\x1b]0;pwned\x07.bin").write_bytes(b"\x00\x01\x02binary")
    code, _, err = run_cli("build", "config.yaml")
    assert code == 0, err
    assert "\x1b" not in err and "\x07" not in err
    assert "warning: seeds/evil\ufffd]0;pwned\ufffd.bin:1: skipped: binary file (NUL bytes)" in err


def test_an_article_with_an_impossible_date_is_undated_in_the_source_list_too(project):
    import json

    _json_only(project)
    (project / "seeds" / "feed.txt").write_text(
        "05.02.2026\nQatar and Kazakhstan sign a grain deal\nQatar will buy grain from Kazakhstan.\n\n"
        "01.01.99999\nQatar opens a trade office in Astana\nThe office of Qatar opens in Astana.\n",
        encoding="utf-8",
    )
    code, out, err = run_cli("build", "config.yaml")
    assert code == 0, err
    assert (
        "warning: seeds/feed.txt:5: impossible date 01.01.99999 (year 99999 is not between 1 and 9999); "
        "the article is kept without a date — correct it in the source"
    ) in err.splitlines()
    sources = json.loads((project / out.split()[0]).read_text(encoding="utf-8"))["sources"]
    dates = {s["title"]: s["date"] for s in sources if s["path"] == "seeds/feed.txt"}
    assert dates["Qatar opens a trade office in Astana"] is None  # not the feed's date, 2026-02-05


# -- a huge selection still makes a readable briefing -------------------------------------------------


def _many_articles(project: Path, n: int) -> None:
    shutil.rmtree(project / "seeds")
    (project / "seeds").mkdir()
    feed = "".join(
        f"{1 + i % 28:02d}.01.2026\nQatar and Kazakhstan discuss trade, round {i}\n"
        f"Trade ministers of Qatar and Kazakhstan met for round {i} of trade and investment talks.\n\n"
        for i in range(n)
    )
    (project / "seeds" / "feed.txt").write_text(feed, encoding="utf-8")
    config = project / "config.yaml"
    text = config.read_text(encoding="utf-8")
    start, end = text.index("\nparts:"), text.index("\n# Summary lengths")
    config.write_text(
        text[:start] + "\nparts:\n  - topics: [economic]\n  - chronology: {}\n  - sources: {}\n" + text[end:],
        encoding="utf-8",
    )
    edit(config, "formats: [pdf, html, json]", "formats: [html, json]")


def test_a_topic_section_shows_its_newest_items_and_counts_the_rest(project):
    import json

    _many_articles(project, 40)
    code, out, err = run_cli("build", "config.yaml")
    assert code == 0, err
    html = (project / next(p for p in out.split() if p.endswith(".html"))).read_text(encoding="utf-8")
    briefing = json.loads((project / next(p for p in out.split() if p.endswith(".json"))).read_text(encoding="utf-8"))
    section = briefing["parts"][0]["sections"][0]
    assert (len(section["items"]), len(section["more"])) == (25, 15)
    assert len({i["item_id"] for i in section["items"] + section["more"]}) == 40
    assert min(i["date"] for i in section["items"]) >= max(i["date"] for i in section["more"])  # newest shown
    assert set(section["more"][0]) == {"item_id", "title", "date", "path", "line"}
    assert "… and 15 more, listed in the JSON output." in html


@pytest.mark.parametrize("argv", [["-v", "check", "config.yaml"], ["check", "-v", "config.yaml"]])
def test_verbosity_goes_before_or_after_the_command(project, argv):
    assert run_cli(*argv)[0] == 0


@pytest.mark.parametrize("command", ["build", "watch", "schedule", "explain"])
def test_one_as_of_parser_for_every_command(project, command):
    extra = ["--cron", "0 7 * * *"] if command == "schedule" else []
    code, _, err = run_cli(command, "config.yaml", *extra, "--as-of", "2026-02-31")
    assert (code, err) == (
        2,
        f"reportgen {command}: error: argument --as-of: '2026-02-31' is not a date; "
        f"use YYYY-MM-DD or 'today'; see 'reportgen {command} --help'\n",
    )


def test_explain_takes_as_of_today(project):
    code, out, _ = run_cli("explain", "config.yaml", "--as-of", "today")
    assert code == 0 and "selected" in out


def test_since_last_run_cuts_items_events_and_cover_by_one_period(project):
    import json

    _json_only(project)
    config = edit(project / "config.yaml", "period:\n  from: 1990-01-01", "period: since last run")
    assert run_cli("build", "config.yaml", "--as-of", "2025-12-31")[0] == 0
    assert run_cli("build", "config.yaml", "--as-of", "2026-02-20")[0] == 0
    briefing = json.loads(next((project / "out").glob("*2026-02-20.json")).read_text(encoding="utf-8"))
    assert (briefing["period_from"], briefing["period_to"]) == ("2025-12-31", "2026-02-20")
    assert briefing["period_label"] == "since last run (31 December 2025 – 20 February 2026)"
    articles = [s["date"] for s in briefing["sources"] if s["kind"] == "article"]
    assert articles == ["2026-02-05"]  # the older feed articles are outside the period; tables still cite the paper
    assert config.exists()


def test_two_configs_writing_the_same_files_are_refused_with_both_names(project):
    _json_only(project)
    shutil.copy(project / "config.yaml", project / "copy.yaml")
    # a copy never built is a draft: the build goes on, with a warning naming it
    code, _, err = run_cli("build", "config.yaml")
    assert code == 0
    assert (
        "warning: config.yaml and copy.yaml would both write out/kazakhstan-qatar-relations-2026-02-20.json; "
        "copy.yaml has never been built, so this build goes on — give one of them its own output: or slug:"
    ) in err.splitlines()
    # built in turn, the copy would overwrite what config.yaml wrote: refused
    assert error_line("build", "copy.yaml") == (
        1,
        "error: copy.yaml and config.yaml would both write out/kazakhstan-qatar-relations-2026-02-20.json; "
        "give one of them its own output: or slug:",
    )
    assert run_cli("build", "config.yaml")[0] == 0  # (the refused copy still counts as never built)
    edit(project / "copy.yaml", "title: Kazakhstan–Qatar Relations", "title: A Copy")
    assert run_cli("build", "copy.yaml")[0] == 0


def test_an_empty_briefing_warns_and_keeps_the_previous_latest(project):
    _json_only(project)
    edit(project / "config.yaml", "latest: false", "latest: true")
    assert run_cli("build", "config.yaml")[0] == 0
    latest = project / "out" / "kazakhstan-qatar-relations-latest.json"
    before = latest.read_bytes()
    edit(project / "config.yaml", "terms: [Qatar, Qatari, Doha]", "terms: [Atlantis]")
    code, _, err = run_cli("build", "config.yaml", "--as-of", "2026-02-21")
    assert code == 0
    assert err.splitlines()[:2] == [
        "warning: config.yaml: the briefing selects no items (period: 1 January 1990 – 21 February 2026); "
        "`reportgen explain config.yaml` says why each item is left out",
        "warning: config.yaml: the previous -latest files are kept; --allow-empty publishes an empty briefing "
        "as the latest",
    ]
    assert latest.read_bytes() == before
    assert (project / "out" / "kazakhstan-qatar-relations-2026-02-21.json").is_file()
    assert run_cli("build", "config.yaml", "--as-of", "2026-02-22", "--allow-empty")[0] == 0
    assert latest.read_bytes() != before


def test_check_accepts_a_top_level_import_in_a_child_template(project):
    _layout(
        project,
        {
            "base.html.j2": EXTENDS + '{% import "macros.html.j2" as m %}\n'
            '{% from "macros.html.j2" import cite %}\n{% set note = "x" %}\n'
            "{% block colophon %}<p>{{ m.date(briefing.as_of) }} {{ cite(1) }} {{ note }}</p>"
            "{% endblock %}\n"
        },
    )
    assert run_cli("check", "config.yaml")[:1] == (0,)


def test_check_warns_when_citations_have_no_sources_part(project):
    config = edit(project / "config.yaml", "  - sources: {}\n", "")
    code, out, err = run_cli("check", "config.yaml")
    assert code == 0
    assert err.splitlines()[-1] == (
        f"warning: config.yaml:{line_of(config, 'parts:')}: parts: summary, topics, table, chart, timeline, chronology, about cite "
        "sources but there is no sources part, so citation numbers link nowhere; add `- sources` at the end"
    )


def test_limits_and_max_items_come_from_the_config(project):
    import json

    _many_articles(project, 10)
    config = edit(project / "config.yaml", "  - topics: [economic]", "  - topics: {keys: [economic], max_items: 3}")
    code, out, err = run_cli("build", "config.yaml")
    assert code == 0, err
    briefing = json.loads((project / next(p for p in out.split() if p.endswith(".json"))).read_text(encoding="utf-8"))
    assert [len(briefing["parts"][0]["sections"][0][k]) for k in ("items", "more")] == [3, 7]

    edit(config, "formats: [html, json]", "formats: [pdf]")
    config.write_text(config.read_text(encoding="utf-8") + "limits: {pages: 1}\n", encoding="utf-8")
    assert error_line("build", "config.yaml") == (
        1,
        "error: the PDF grew past the 1-page limit and was stopped; raise it with limits: {pages: ...} in the "
        "config, or show fewer items (max_items: in topic sections); the old outputs are kept",
    )


@pytest.mark.parametrize(
    "limits, message",
    [
        ("{seconds: 0}", "limits.seconds: must be a number above 0, got 0"),
        ("{memory_mb: 10}", "limits.memory_mb: must be 64 or more, got 10"),
        ("{pages: many}", "limits.pages: expected a whole number, got 'many'"),
    ],
)
def test_bad_limits_are_config_errors(project, limits, message):
    config = project / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8") + f"limits: {limits}\n", encoding="utf-8")
    code, line = error_line("build", "config.yaml")
    assert code == 2 and line.endswith(message), line


def test_a_hidden_part_and_dead_citations_are_warned_and_strict_fails_the_build(project):
    config = _layout(
        project,
        {
            "base.html.j2": EXTENDS + "{% block style %}{{ super() }} "
            "section.part-about, section.part-sources { display: none }{% endblock %}\n"
        },
        formats="[pdf]",
    )
    code, _, err = run_cli("build", "config.yaml")
    assert code == 0
    warnings = [line for line in err.splitlines() if line.startswith("warning: ")]
    assert warnings[0] == (
        "warning: part 'About the source paper' (about, #part-8-about) is on no page of the PDF; "
        "the layout hides it or WeasyPrint could not place it (a flex or grid container "
        "taller than a page?)"
    )
    assert warnings[1].startswith("warning: part 'Sources' (sources, #part-9-sources) is on no page")
    assert (
        warnings[2].startswith("warning: ") and "internal links lead nowhere in the PDF (#part-8-about" in warnings[2]
    )
    assert not any("No anchor" in line for line in warnings)
    before = next((project / "out").glob("*.pdf")).stat().st_mtime_ns
    code, _, err = run_cli("build", config.name, "--strict", "--as-of", "2026-02-21")
    assert code == 1
    assert err.splitlines()[-1] == (
        "error: config.yaml: 3 warnings and --strict: nothing was written; fix what "
        "they name, or build without --strict"
    )
    assert [p.name for p in (project / "out").glob("*.pdf")] == ["kazakhstan-qatar-relations-2026-02-20.pdf"]
    assert next((project / "out").glob("*.pdf")).stat().st_mtime_ns == before


def test_an_item_with_nothing_but_advice_is_not_shown_under_a_topic(project):
    import json

    (project / "seeds" / "advice-2026-01-15.txt").write_text(
        " date 2026-01-15 Kazakhstan and Qatar should deepen trade and investment cooperation\n\n"
        "Kazakhstan and Qatar should expand trade and investment cooperation in the coming years.\n\n"
        "It is necessary to create a roadmap for trade and investment between Kazakhstan and Qatar.\n\n"
        "Experts recommend that both countries simplify investment procedures for Qatari companies.\n",
        encoding="utf-8",
    )
    config = project / "config.yaml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("formats: [pdf, html, json]", "formats: [json]"), encoding="utf-8"
    )
    code, _, err = run_cli("build", "-q", config)
    assert code == 0, err
    briefing = json.loads(next((project / "out").glob("*.json")).read_text(encoding="utf-8"))
    topics = next(p for p in briefing["parts"] if p["kind"] == "topics")
    items = [item for section in topics["sections"] for item in section["items"]]
    assert items and all(item["summary"] for item in items)
    assert not any(item["item_id"].startswith("advice-2026-01-15") for item in items)


def test_quiet_strict_still_counts_the_warnings_prints_them_and_writes_nothing(project):
    (project / "seeds" / "empty.txt").write_text("", encoding="utf-8")
    code, out, err = run_cli("build", "-q", "--strict", "config.yaml")
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert lines[0].startswith("warning: seeds/empty.txt") and lines[-1].endswith(
        "--strict: nothing was written; fix what they name, or build without --strict"
    )
    assert not (project / "out").exists() or not any((project / "out").iterdir())
    # -q alone still says nothing but errors
    code, out, err = run_cli("build", "-q", "config.yaml")
    assert code == 0 and err == ""
