import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from reportgen.errors import ConfigError, RenderError
from reportgen.jobs import BuildOptions, JobOutcome, build_many, closing_line, exit_status, run_builds


@dataclass(frozen=True)
class FakeResult:
    outputs: tuple
    pages: int = 3
    sources: int = 2
    events: int = 1
    skipped: bool = False
    message: str = ""


def fake_build(config_path, options):
    """A picklable stand-in for reportgen.build.build: the config file's text says what to do."""
    path = Path(config_path)
    text = path.read_text()
    if "config-error" in text:
        raise ConfigError([f"{path.name}:4:1: title: missing", f"{path.name}:9:3: topics.x: unknown topic"])
    if "render-error" in text:
        raise RenderError("WeasyPrint could not lay out the briefing: boom")
    if "crash" in text:
        raise KeyError("oops")
    if "unchanged" in text and options.if_changed:
        return FakeResult((), skipped=True, message="unchanged since the last successful build")
    out = path.with_suffix(".pdf")
    out.write_text(f"built by {os.getpid()} as of {options.as_of}")
    return FakeResult((out,))


def configs(tmp_path, **texts):
    paths = []
    for name, text in texts.items():
        path = tmp_path / f"{name}.yaml"
        path.write_text(text)
        paths.append(path)
    return paths


def test_parallel_builds_each_have_their_own_outcome_in_the_order_given(tmp_path):
    paths = configs(tmp_path, a="ok", b="config-error", c="ok", d="unchanged")

    outcomes = build_many(paths, jobs=2, build_fn=fake_build, options=BuildOptions(if_changed=True))

    assert [(Path(o.config_path).name, o.status, o.exit_code) for o in outcomes] == [
        ("a.yaml", "built", 0),
        ("b.yaml", "failed", 2),
        ("c.yaml", "built", 0),
        ("d.yaml", "skipped", 0),
    ]
    assert outcomes[0].outputs == (str(tmp_path / "a.pdf"),)
    assert outcomes[1].message == "b.yaml:4:1: title: missing (+1 more)"
    assert outcomes[1].detail.splitlines()[-1] == "error: aborted with 2 configuration errors"
    workers = {(tmp_path / n).read_text().split()[2] for n in ("a.pdf", "c.pdf")}
    assert str(os.getpid()) not in workers  # built in worker processes


def test_one_job_builds_in_this_process_and_turns_any_exception_into_an_outcome(tmp_path):
    paths = configs(tmp_path, a="ok", b="render-error", c="crash")

    outcomes = build_many(paths, jobs=1, build_fn=fake_build)

    assert [(o.status, o.exit_code, o.message) for o in outcomes] == [
        ("built", 0, ""),
        ("failed", 1, "WeasyPrint could not lay out the briefing: boom"),
        ("failed", 1, "KeyError: 'oops'"),
    ]
    assert (tmp_path / "a.pdf").read_text().split()[2] == str(os.getpid())


def test_a_config_given_twice_is_built_once(tmp_path):
    paths = configs(tmp_path, a="ok")
    outcomes = build_many([paths[0], str(paths[0])], jobs=2, build_fn=fake_build)
    assert len(outcomes) == 1


@pytest.mark.parametrize(
    ("codes", "status"),
    [
        ([0, 0], 0),
        ([0, 2], 2),
        ([2, 1], 1),
        ([1, 0], 1),
    ],
)
def test_exit_status_is_1_for_any_build_failure_else_2_for_config_errors(codes, status):
    outcomes = [JobOutcome(f"{i}.yaml", "failed" if c else "built", c, 0.0) for i, c in enumerate(codes)]
    assert exit_status(outcomes) == status


def test_the_closing_line_counts_results_and_names_each_failure():
    outcomes = [
        JobOutcome("a.yaml", "built", 0, 1.0),
        JobOutcome("b.yaml", "failed", 2, 0.1, message="b.yaml:4:1: title: missing"),
        JobOutcome("c.yaml", "built", 0, 1.0),
        JobOutcome("d.yaml", "skipped", 0, 0.1),
    ]
    assert closing_line(outcomes, 2.25) == "2 built, 1 skipped, 1 failed in 2.2 s: b.yaml: b.yaml:4:1: title: missing"


def test_run_builds_prints_paths_on_stdout_and_a_summary_table_on_stderr(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    configs(tmp_path, a="ok", b="config-error", c="ok")

    status = run_builds(["a.yaml", "b.yaml", "c.yaml"], jobs=1, build_fn=fake_build)
    out, err = capsys.readouterr()

    assert status == 2
    assert out.splitlines() == ["a.pdf", "c.pdf"]
    lines = err.splitlines()
    assert lines[:3] == [
        "b.yaml:4:1: title: missing",
        "b.yaml:9:3: topics.x: unknown topic",
        "error: aborted with 2 configuration errors",
    ]
    assert lines[3].split() == ["config", "result", "time", "pages", "output", "or", "message"]
    assert lines[4].split()[:2] == ["a.yaml", "built"] and lines[4].endswith("3  a.pdf")
    assert lines[5].split()[:2] == ["b.yaml", "FAILED"] and lines[5].endswith("b.yaml:4:1: title: missing (+1 more)")
    assert lines[-1].startswith("2 built, 1 failed in ")
    assert lines[-1].endswith(" s: b.yaml: b.yaml:4:1: title: missing (+1 more)")


def test_with_several_failures_the_closing_line_names_the_configs_only():
    outcomes = [
        JobOutcome("a.yaml", "failed", 1, 1.0, message="boom"),
        JobOutcome("b.yaml", "failed", 2, 0.1, message="b.yaml:4:1: title: missing"),
    ]
    assert closing_line(outcomes, 1.0) == "2 failed in 1.0 s: a.yaml, b.yaml"


def test_the_progress_line_updates_in_place_and_is_cleared_at_the_end(tmp_path, capsys):
    paths = configs(tmp_path, a="ok", b="ok")

    build_many(paths, jobs=1, build_fn=fake_build, progress=True)
    err = capsys.readouterr().err

    assert "\n" not in err
    assert "[2/2]  2 built" in err
    assert err.endswith("\r\x1b[K")
