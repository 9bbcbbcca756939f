"""Publish one run's outputs (PDF, HTML, JSON) as a set, and finish a set a killed run left half done.

Each output is first written in full to a temp file beside it (fsynced).  Then a journal
listing the (temp, output) pairs is written beside the config's lock, the temps are
renamed over the outputs in one short step with SIGINT, SIGTERM and SIGHUP held back, and
the journal is deleted.  A run killed (SIGKILL, power cut) between the renames leaves the
journal; the next run of the config, holding the lock, finishes the renames before anything
else, since every temp named there was complete before the first rename.  A run killed
before the journal was written leaves only temps, which write_temp sweeps: the old set stays.
So a reader sees the old set or the new one, never a new PDF beside an old JSON.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
from collections.abc import Iterator, Sequence
from pathlib import Path

from reportgen.errors import OutputError
from reportgen.files import FileProblem, read_limited
from reportgen.files import shown as _shown

log = logging.getLogger("reportgen")
_SIGNALS = {getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)}


def journal_path(lock: Path) -> Path:
    """The journal of a config's outputs: beside its lock file, named after it."""
    return lock.with_suffix(".publish")


def publish(outputs: Sequence[tuple[Path, bytes]], journal: Path) -> None:
    """Write every (path, data) to a temp file, then rename them all into place; OutputError if a write
    fails (nothing is replaced then)."""
    from reportgen.files import write_temp

    pairs: list[tuple[Path, Path]] = []
    try:
        for target, data in outputs:
            try:
                pairs.append((write_temp(target, data), Path(target)))
            except OSError as exc:  # the disk filled up, or the folder changed since check_outputs
                raise OutputError(
                    f"cannot write {_shown(target)}: {(exc.strerror or str(exc)).lower()}; "
                    "nothing was replaced — free some space or check the folder"
                ) from None
    except BaseException:
        for temp, _ in pairs:
            with contextlib.suppress(OSError):
                temp.unlink()
        raise
    with _signals_held():
        try:
            _write_journal(journal, pairs)
        except BaseException as exc:
            for temp, _ in pairs:
                with contextlib.suppress(OSError):
                    temp.unlink()
            if isinstance(exc, OSError):
                raise OutputError(
                    f"cannot write {_shown(journal)}: {(exc.strerror or str(exc)).lower()}; "
                    "nothing was replaced — free some space or check the folder"
                ) from None
            raise
        _finish(journal, pairs)


def recover(journal: Path) -> None:
    """Finish the set a killed run left (see the module docstring); nothing to do without a journal."""
    try:
        if not os.path.lexists(journal):
            return
        data = read_limited(journal, 1024 * 1024)
        pairs = [(Path(temp), Path(target)) for temp, target in json.loads(data)["files"]]
    except (FileProblem, ValueError, KeyError, TypeError) as exc:  # damaged: the temps are swept as usual
        log.warning(
            "warning: %s: ignored an unreadable output journal (%s)",
            _shown(journal),
            getattr(exc, "reason", type(exc).__name__),
        )
        with contextlib.suppress(OSError):
            journal.unlink()
        return
    from reportgen.files import is_temp_of

    pairs = [(temp, target) for temp, target in pairs if is_temp_of(temp, target)]  # never rename other files
    finished = [target for temp, target in pairs if temp.exists()]
    with _signals_held():
        _finish(journal, pairs)
    if finished:
        log.warning(
            "warning: finished publishing %s, left half done by a run that was killed",
            ", ".join(_shown(t) for t in finished),
        )


def _finish(journal: Path, pairs: Sequence[tuple[Path, Path]]) -> None:
    from reportgen.files import fsync_dir

    for temp, target in pairs:
        try:
            os.replace(temp, target)
        except FileNotFoundError:
            continue  # renamed before the kill
        except OSError as exc:
            raise OutputError(
                f"cannot replace {_shown(target)}: {(exc.strerror or str(exc)).lower()}; the next "
                "build finishes publishing this run's outputs"
            ) from None
    for folder in {target.parent for _, target in pairs}:
        fsync_dir(folder)
    with contextlib.suppress(FileNotFoundError):
        journal.unlink()


def _write_journal(journal: Path, pairs: Sequence[tuple[Path, Path]]) -> None:
    from reportgen.files import write_atomic

    if os.path.islink(journal):  # written by us only: a link put here is not followed
        journal.unlink()
    text = json.dumps({"files": [[str(temp), str(target)] for temp, target in pairs]})
    write_atomic(journal, text.encode("utf-8"))


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold back Ctrl-C and kill signals for the renames (a few milliseconds); they arrive right after."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
