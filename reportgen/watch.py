"""Rebuild a briefing whenever its config, layout templates or sources change.

Polling with a stat walk, not inotify: a project is a few hundred files, a walk costs
about a millisecond, it works the same on every OS and on network folders, and it
needs no new dependency.  After a change the watcher waits until two consecutive
walks agree, so an editor's save-in-several-steps triggers one rebuild, not three.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from reportgen.files import shown as _shown

log = logging.getLogger("reportgen")

Snapshot = dict[str, tuple[int, int]]  # path -> (mtime_ns, size)
_SKIP_DIRS = {".reportgen", "__pycache__", ".git", "node_modules"}


def watched_paths(config_path: Path | str) -> list[Path]:
    """The config file, its sources and its layout folders (user and built-in), from the config.

    If the config does not load, only the config file and the conventional `seeds/` and
    `layouts/` folders are watched: fixing the config is the change that matters then.
    """
    config_path = Path(config_path).resolve()
    root = config_path.parent
    fallback = [config_path, root / "seeds", root / "layouts"]
    try:
        from reportgen.config import load_config
        from reportgen.layouts import resolve

        cfg = load_config(config_path)
    except Exception:  # any failure to load: the rebuild reports it; keep watching the basics
        return fallback
    paths = [config_path, *(root / source for source in cfg.sources)]
    try:
        paths.extend(resolve(cfg.layout, base_dir=cfg.root).search_path)
    except Exception:
        paths.append(root / cfg.layout)  # a layout folder that does not exist yet
    return paths


def snapshot(paths: Iterable[Path]) -> Snapshot:
    """mtime and size of every file under the given paths (missing paths are simply absent)."""
    found: Snapshot = {}
    for path in paths:
        _scan(str(path), found)
    return found


def _scan(path: str, found: Snapshot) -> None:
    try:
        info = os.stat(path)
    except OSError:
        return
    if not os.path.isdir(path):
        found[path] = (info.st_mtime_ns, info.st_size)
        return
    try:
        entries = list(os.scandir(path))
    except OSError:
        return
    for entry in entries:
        if entry.name in _SKIP_DIRS or entry.name.startswith(".") and entry.is_dir():
            continue
        _scan(entry.path, found)


def changes(before: Snapshot, after: Snapshot) -> list[str]:
    """Paths added, removed or modified between two snapshots, sorted."""
    return sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p))


def watch(
    config_path: Path | str,
    *,
    rebuild: Callable[[], object],
    poll_interval: float = 0.5,
    clock: Callable[[], float] = time.perf_counter,
    stop: threading.Event | None = None,
    sleep: Callable[[float], object] | None = None,
    paths: Callable[[Path | str], list[Path]] = watched_paths,
    out: Callable[[str], None] = log.info,
    initial_build: bool = True,
) -> int:
    """Build once, then rebuild after each change until `stop` is set; return 0.

    `rebuild()` returns a BuildResult (described on one line with the time it took) or
    raises; an error is printed as one line and watching goes on.  `sleep` defaults to
    `stop.wait`, so setting `stop` ends the wait at once.
    """
    from reportgen.jobs import describe

    stop = stop or threading.Event()
    sleep = sleep or stop.wait

    def build() -> None:
        from reportgen.errors import one_line

        started = clock()
        try:
            result = rebuild()
        except Exception as exc:  # a broken template must not end the session
            out(f"error: {one_line(exc)}")
            log.debug("traceback of the failed rebuild", exc_info=True)
            return
        out(f"{describe(result)} in {clock() - started:.1f} s")

    watched = paths(config_path)
    current = snapshot(watched)
    if initial_build:
        build()
    out(f"watching {len(current)} files; press Ctrl-C to stop")
    while not stop.is_set():
        sleep(poll_interval)
        if stop.is_set():
            break
        latest = snapshot(watched)
        changed = changes(current, latest)
        if not changed:
            continue
        # Let a save-in-several-steps settle: rebuild once the tree stops changing.
        while not stop.is_set():
            sleep(poll_interval)
            settled = snapshot(watched)
            if settled == latest:
                break
            changed = sorted(set(changed) | set(changes(latest, settled)))
            latest = settled
        if stop.is_set():
            break
        out(
            "changed: "
            + ", ".join(_shown(p) for p in changed[:3])
            + (f" (+{len(changed) - 3} more)" if len(changed) > 3 else "")
        )
        current = latest  # taken before the build: edits during it trigger another rebuild
        build()
        # The config may now name other sources or another layout.
        new_watched = paths(config_path)
        if new_watched != watched:
            watched = new_watched
            current = snapshot(watched)
    return 0
