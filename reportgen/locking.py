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
def config_lock(
    config_path: Path | str,
    *,
    timeout: float,
    poll: float = 0.1,
    state_dir: Path | str | None = None,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> Iterator[Path]:
    """Hold the config's lock for the block; wait up to `timeout` seconds, then raise LockTimeout."""
    path = lock_path(config_path, state_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = _open_lock_file(path)
    except OSError as exc:  # a file where the folder should be, a read-only folder
        from reportgen.files import why_not_writable

        raise StateError(
            f"cannot create the lock file {_shown(path)}: {why_not_writable(path, exc)}; "
            "check state: in the config (the lock lives beside the run history)"
        ) from None
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
            holder = _holder(handle)
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


def _open_lock_file(path: Path):
    """The lock file, created if missing, never through a symlink and only if it is a regular file.

    Opened without truncating (the holder's pid stays readable) and without following a link:
    a lock replaced by a link to a file elsewhere would otherwise be emptied by the next build.
    """
    import stat

    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags, 0o644)
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # O_NOFOLLOW met a link
            raise StateError(
                f"the lock file {_shown(path)} is a symbolic link; reportgen does not write through "
                "links — delete it, the next build makes a new one"
            ) from None
        raise
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):  # a FIFO or a device put in its place
        os.close(fd)
        from reportgen.files import kind_problem

        raise StateError(
            f"the lock file {_shown(path)} {kind_problem(mode)}; delete it, the next build makes a new one"
        )
    return os.fdopen(fd, "r+", encoding="ascii", errors="replace")


def _holder(handle) -> str:
    """The pid the holder wrote (read from our own descriptor: the path may have been swapped meanwhile)."""
    try:
        handle.seek(0)
        text = handle.read(32).strip()
    except OSError:
        return ""
    return text if text.isdigit() else ""


def _timeout_message(config_path: Path | str, path: Path, holder: str, timeout: float) -> str:
    return (
        f"another reportgen run holds {config_path} (lock {_shown(path)}, pid {holder or 'unknown'}); "
        f"waited {timeout:g} s — try again later or raise --lock-timeout"
    )
