import os
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from reportgen.errors import TemplateError
from reportgen.watch import changes, snapshot, watch


@dataclass(frozen=True)
class FakeResult:
    outputs: tuple = (Path("out/x.pdf"),)
    pages: int = 3
    sources: int = 2
    events: int = 1
    skipped: bool = False
    message: str = ""


@pytest.fixture
def project(tmp_path):
    (tmp_path / "layouts" / "custom").mkdir(parents=True)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "config.yaml").write_text("title: x\n")
    (tmp_path / "layouts" / "custom" / "base.html.j2").write_text("{% block cover %}{% endblock %}\n")
    (tmp_path / "seeds" / "a.txt").write_text(" date 2026-02-05 Body.\n")
    return tmp_path


def touch(path: Path, text: str) -> None:
    """Rewrite a file and move its mtime on by a second (file systems with coarse mtimes)."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text)
    os.utime(path, ns=(before + 1_000_000_000, before + 1_000_000_000))


class Script:
    """A fake sleep that runs one scripted action per poll and stops after the last."""

    def __init__(self, stop: threading.Event, actions):
        self.stop = stop
        self.actions = list(actions)
        self.polls = 0

    def __call__(self, seconds):
        self.polls += 1
        if not self.actions:
            self.stop.set()
            return
        action = self.actions.pop(0)
        if action:
            action()


class Ticks:
    """A clock where each rebuild takes 0.25 s."""

    def __init__(self):
        self.t = 0.0

    def __call__(self):
        self.t += 0.125
        return self.t


def test_rebuilds_after_a_template_edit_and_keeps_watching_after_an_error(project):
    template = project / "layouts" / "custom" / "base.html.j2"
    stop = threading.Event()
    results = [FakeResult(), TemplateError("layouts/custom/base.html.j2:3: 'titel' is undefined"), FakeResult()]
    calls = []

    def rebuild():
        calls.append(template.read_text())
        outcome = results.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    script = Script(
        stop,
        [
            None,  # nothing changed
            lambda: touch(template, "{{ briefing.titel }}\n"),  # a broken edit
            None,  # settled: rebuild (fails)
            lambda: touch(template, "{{ briefing.title }}\n"),  # the fix
            None,  # settled: rebuild
            None,
        ],
    )
    lines = []
    paths = lambda config: [project / "config.yaml", project / "layouts" / "custom", project / "seeds"]

    status = watch(
        project / "config.yaml",
        rebuild=rebuild,
        poll_interval=0.01,
        clock=Ticks(),
        stop=stop,
        sleep=script,
        paths=paths,
        out=lines.append,
    )

    assert status == 0
    assert calls == ["{% block cover %}{% endblock %}\n", "{{ briefing.titel }}\n", "{{ briefing.title }}\n"]
    changed = f"changed: {template}"
    assert lines == [
        "built out/x.pdf (3 pages, 2 sources, 1 events) in 0.1 s",
        "watching 3 files; press Ctrl-C to stop",
        changed,
        "error: layouts/custom/base.html.j2:3: 'titel' is undefined",
        changed,
        "built out/x.pdf (3 pages, 2 sources, 1 events) in 0.1 s",
    ]


def test_a_save_in_several_steps_triggers_one_rebuild(project):
    seed = project / "seeds" / "a.txt"
    stop = threading.Event()
    builds = []
    script = Script(
        stop,
        [
            lambda: touch(seed, "one"),
            lambda: touch(project / "seeds" / "b.txt", "two"),  # still changing: wait
            None,  # settled: one rebuild
            None,
        ],
    )

    watch(
        project / "config.yaml",
        rebuild=lambda: builds.append(1) or FakeResult(),
        stop=stop,
        sleep=script,
        paths=lambda c: [project / "seeds"],
        out=lambda line: None,
        initial_build=False,
    )

    assert builds == [1]


def test_snapshots_see_added_removed_and_modified_files_but_not_hidden_folders(project):
    before = snapshot([project])
    touch(project / "seeds" / "a.txt", "changed")
    (project / "layouts" / "custom" / "base.html.j2").unlink()
    (project / "seeds" / "new.txt").write_text("new")
    (project / ".reportgen").mkdir()
    (project / ".reportgen" / "state.sqlite").write_text("db")

    assert [Path(p).relative_to(project).as_posix() for p in changes(before, snapshot([project]))] == [
        "layouts/custom/base.html.j2",
        "seeds/a.txt",
        "seeds/new.txt",
    ]
    assert snapshot([project / "missing"]) == {}


def test_watched_paths_come_from_the_config(tmp_path):
    from reportgen.project_init import create_project
    from reportgen.watch import watched_paths

    create_project(tmp_path / "p")
    paths = watched_paths(tmp_path / "p" / "config.yaml")
    root = (tmp_path / "p").resolve()

    assert paths[0] == root / "config.yaml"
    assert root / "seeds/" in paths or root / "seeds" in paths
    assert root / "layouts" / "custom" in paths
    assert any(p.name == "briefing" for p in paths)  # the built-in layout it extends
