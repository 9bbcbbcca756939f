"""Read a user's file without surprises: a regular file only, never a hang, never more than a limit.

A path a user hands reportgen may name a folder, a FIFO (reading it waits for a writer
forever), a device (/dev/zero never ends), a symlink loop, or a 30 MB file passed by
mistake.  `read_limited` turns each of these into a FileProblem whose `reason` reads as
the end of a sentence ("is a named pipe (FIFO), not a file"), so every caller can say
`<path>: <reason>; <what to do>` on one line.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

MB = 1024 * 1024


class FileProblem(Exception):
    """A path that cannot be read as a file; `reason` completes "<path>: ..."."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_limited(path: str | os.PathLike, max_bytes: int) -> bytes:
    """The bytes of the regular file at `path` (symlinks followed); FileProblem otherwise.

    The type is checked before opening (a device is never opened), the file is opened
    non-blocking (a FIFO swapped in meanwhile cannot hang us) and checked again on the
    open descriptor, and no more than max_bytes + 1 bytes are ever read.
    """
    try:
        info = os.stat(path)
        _check(info.st_mode, info.st_size, max_bytes)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise FileProblem(os_reason(exc)) from None
    try:
        info = os.fstat(fd)
        _check(info.st_mode, info.st_size, max_bytes)
        chunks, total = [], 0
        while total <= max_bytes:
            chunk = os.read(fd, min(MB, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > max_bytes:  # it grew while we read
            raise FileProblem(too_large(total, max_bytes))
        return b"".join(chunks)
    except OSError as exc:
        raise FileProblem(os_reason(exc)) from None
    finally:
        os.close(fd)


def stat_problem(path: str | os.PathLike) -> tuple[int, str | None]:
    """The file type bits of path (0 if it cannot be stat'ed, symlinks followed) and why it is no
    regular file ("does not exist", "is a folder, not a file"), or None if it is one."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return 0, os_reason(exc)
    return mode, kind_problem(mode)


def kind_problem(mode: int) -> str | None:
    """Why a file of this mode is not a regular file ("is a folder, not a file"), or None if it is one."""
    if stat.S_ISREG(mode):
        return None
    kinds = [
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
    ]
    what = next((name for test, name in kinds if test(mode)), "not a regular file")
    return f"is {what}, not a file"


def too_large(size: int, max_bytes: int) -> str:
    return f"is {size / MB:.1f} MB, over the {max_bytes / MB:g} MB limit"


def os_reason(exc: OSError) -> str:
    """An OSError as the end of "<path>: ...", without repeating the path."""
    reasons = {
        errno.ENOENT: "does not exist",
        errno.EACCES: "cannot be read: permission denied",
        errno.EPERM: "cannot be read: operation not permitted",
        errno.ELOOP: "is a loop of symbolic links",
        errno.ENOTDIR: "cannot be reached: part of the path is a file, not a folder",
        errno.EISDIR: "is a folder, not a file",
        errno.ENAMETOOLONG: "has too long a name",
    }
    return reasons.get(exc.errno or 0, f"cannot be read: {(exc.strerror or str(exc)).lower()}")


def why_not_writable(path: str | os.PathLike, exc: OSError) -> str:
    """Why a file at `path` could not be created, naming the folder at fault ("out is a file, not a folder")."""
    folder = os.path.dirname(os.path.abspath(path))
    while not os.path.lexists(folder):
        folder = os.path.dirname(folder)
    try:
        is_folder = stat.S_ISDIR(os.stat(folder).st_mode)
    except OSError as problem:
        return f"{shown(folder)} {os_reason(problem)}"
    if not is_folder:
        return f"{shown(folder)} is a file, not a folder"
    if not os.access(folder, os.W_OK | os.X_OK) or isinstance(exc, PermissionError):
        return f"no permission to write in {shown(folder)}"
    return (exc.strerror or str(exc)).lower()


def shown(path: str | os.PathLike) -> str:
    """A path as messages show it: relative to the current folder when it is inside it."""
    try:
        return str(Path(path).relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _check(mode: int, size: int, max_bytes: int) -> None:
    problem = kind_problem(mode)
    if problem:
        raise FileProblem(problem)
    if size > max_bytes:
        raise FileProblem(too_large(size, max_bytes))


# -- writing: temp file beside the target, fsync, rename (a failure leaves the old file) ----------

_TEMP_SUFFIX = ".reportgen-tmp"


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write data to path via a temp file beside it, fsync, rename; a failure leaves the old file.

    The target's folder is created if missing (the first build into out/).  `durable=False`
    (a cache, which may lose a file but never show half of one) skips the fsyncs and the
    sweep for temp files of killed runs, which lists the folder on every write.
    """
    path = Path(path)
    temp = write_temp(path, data, durable=durable)
    try:
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    if durable:
        fsync_dir(path.parent)


def write_temp(path: Path, data: bytes, *, durable: bool = True) -> Path:
    """Write data, fsynced, to a new temp file beside `path` (named after it and this pid) and return it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if durable:
        _remove_stale_temps(path)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=_TEMP_SUFFIX, dir=path.parent)
    try:
        os.fchmod(fd, _file_mode(path))  # mkstemp makes 0600; keep the mode a plain write would give
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            if durable:
                os.fsync(out.fileno())
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    return Path(temp)


def is_temp_of(temp: Path, target: Path) -> bool:
    """Whether `temp` is a name write_temp gives for `target` (same folder, `.<name>.<pid>.…-tmp`)."""
    pid = temp.name[len(target.name) + 2 :].split(".", 1)[0]
    return (
        temp.parent == target.parent
        and temp.name.startswith(f".{target.name}.")
        and pid.isdigit()
        and temp.name.endswith(_TEMP_SUFFIX)
    )


def _file_mode(path: Path) -> int:
    """The existing file's mode, else 0666 less the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _remove_stale_temps(path: Path) -> None:
    """Delete temp files of this target left by runs that were killed (their pid is gone)."""
    from reportgen.state import pid_alive

    for temp in path.parent.glob(f".{path.name}.*{_TEMP_SUFFIX}"):
        pid = temp.name[len(path.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and not pid_alive(int(pid)):
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()


def fsync_dir(folder: Path) -> None:
    """Make renames in `folder` durable (a power cut after a rename keeps it)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
