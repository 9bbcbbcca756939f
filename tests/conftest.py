"""What several test modules share: a copy of the shipped project, and running the CLI in-process."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

import pytest

from reportgen import cli

REPO = Path(__file__).resolve().parent.parent


def run_cli(*args: str | Path) -> tuple[int, str, str]:
    """Run reportgen in this process; (exit code, stdout, stderr).  argparse's exits count too."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main([str(a) for a in args])
        except SystemExit as exc:
            code = exc.code
    return code, out.getvalue(), err.getvalue()


def copy_project(root: Path) -> Path:
    """The shipped configs and seeds, copied into `root` (so the repository's out/ and state stay untouched)."""
    shutil.copytree(REPO / "seeds", root / "seeds")
    for config in ("config.yaml", "weekly-digest.yaml"):
        shutil.copy(REPO / config, root / config)
    return root


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A copy of the shipped config and seeds in tmp_path, which is also the working folder."""
    copy_project(tmp_path)
    (tmp_path / "weekly-digest.yaml").unlink()  # one config per folder unless a test adds another
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REPORTGEN_PREFORK", "0")  # no renderer helper forked from pytest for each build
    return tmp_path
