"""Keep two runs of one config apart with a file lock, and sweep temp files dead runs left.

The lock is `fcntl.flock` on `.reportgen/<config-stem>-<hash>.lock` (beside the run
history).  The kernel drops a flock when its holder dies, however it dies, so a
killed run never leaves a stale lock; the file itself stays (deleting a lock file
races with the next opener) and holds the pid of the current holder for messages.
"""
from __future__ import annotations

import errno
import fcntl
import hashlib
import logging
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from reportgen.errors import LockTimeout, StateError
from reportgen.files import shown as _shown

DEFAULT_LOCK_TIMEOUT = 60.0
log = logging.getLogger("reportgen")



def lock_path(config_path: Path | str, state_dir: Path | str | None = None) -> Path:
    """The lock file for a config: named after it, with a hash so two `config.yaml`s never share one."""
    config = Path(config_path).resolve()
    folder = Path(state_dir) if state_dir is not None else config.parent / ".reportgen"
    digest = hashlib.sha256(str(config).encode("utf-8")).hexdigest()[:10]
    return folder / f"{config.stem}-{digest}.lock"


@contextmanager
def config_lock(config_path: Path | str, *, timeout: float, poll: float = 0.1,
                state_dir: Path | str | None = None,
                clock: Callable[[], float] = time.monotonic,
                sleep: Callable[[float], None] = time.sleep) -> Iterator[Path]:
    """Hold the config's lock for the block; wait up to `timeout` seconds, then raise LockTimeout."""
    path = lock_path(config_path, state_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # "a+" neither truncates nor needs the file to exist: the holder's pid stays readable.
        handle = open(path, "a+", encoding="ascii")
    except OSError as exc:  # a file where the folder should be, a read-only folder
        from reportgen.files import why_not_writable

        raise StateError(f"cannot create the lock file {_shown(path)}: {why_not_writable(path, exc)}; "
                         "check state: in the config (the lock lives beside the run history)") from None
    with handle:
        deadline = clock() + timeout
        announced = False
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise
            holder = _holder(path)
            if clock() >= deadline:
                raise LockTimeout(_timeout_message(config_path, path, holder, timeout))
            if not announced:
                log.info("waiting for another run of %s (pid %s) to finish", config_path, holder or "unknown")
                announced = True
            sleep(min(poll, max(deadline - clock(), 0.0)))
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n")
            handle.flush()
            yield path
        finally:
            handle.seek(0)
            handle.truncate()  # an empty file says "free" to anyone reading it for a message
            handle.flush()
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _holder(path: Path) -> str:
    try:
        return path.read_text(encoding="ascii").strip()
    except OSError:
        return ""


def _timeout_message(config_path: Path | str, path: Path, holder: str, timeout: float) -> str:
    return (f"another reportgen run holds {config_path} (lock {_shown(path)}, pid {holder or 'unknown'}); "
            f"waited {timeout:g} s — try again later or raise --lock-timeout")


