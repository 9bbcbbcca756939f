"""Record build runs and the items each run saw in a small SQLite file beside the config.

The history answers three questions for the build: when did this config last build
successfully (and from what inputs), is anything different now (`--if-changed`), and
which items are new since that success (`period: since last run`, the `new` part).

Concurrency: WAL mode, a busy timeout and one short transaction per call, so parallel
builds of different configs can share one file.  A fresh connection per call keeps the
object safe to use after fork and from any thread.  A run killed mid-way leaves a row
with status 'running'; the next `begin_run` for that config marks it failed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Mapping
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

BUSY_TIMEOUT_MS = 10_000
STATUSES = ("running", "ok", "failed", "skipped")
DIGEST_KINDS = ("config", "inputs", "templates")
_SKIP_DIRS = {".reportgen", "__pycache__", ".git"}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    config_path      TEXT NOT NULL,
    started          TEXT NOT NULL,
    finished         TEXT,
    status           TEXT NOT NULL CHECK (status IN ('running', 'ok', 'failed', 'skipped')),
    as_of            TEXT,
    config_digest    TEXT NOT NULL DEFAULT '',
    inputs_digest    TEXT NOT NULL DEFAULT '',
    templates_digest TEXT NOT NULL DEFAULT '',
    outputs          TEXT NOT NULL DEFAULT '[]',
    message          TEXT NOT NULL DEFAULT '',
    pid              INTEGER
);
CREATE INDEX IF NOT EXISTS runs_by_config ON runs (config_path, status, id);
CREATE TABLE IF NOT EXISTS items (
    config_path    TEXT NOT NULL,
    item_id        TEXT NOT NULL,
    digest         TEXT NOT NULL,
    first_seen_run INTEGER NOT NULL,
    first_seen     TEXT NOT NULL,
    PRIMARY KEY (config_path, item_id)
);
CREATE INDEX IF NOT EXISTS items_by_first_run ON items (config_path, first_seen_run);
"""


@dataclass(frozen=True)
class Run:
    """One row of the run history.  Times are naive local datetimes, as `datetime.now()` gives."""

    id: int
    config_path: str
    started: dt.datetime
    finished: dt.datetime | None
    status: str
    as_of: dt.date | None
    digests: Mapping[str, str]
    outputs: tuple[Path, ...]
    message: str


class RunState:
    """The run history in one SQLite file, created (folder too) on first use."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._ready = False

    @classmethod
    def for_config(cls, cfg) -> RunState:
        """The history file a BriefingConfig names (`state:`, absolute or relative to the config's folder).

        The file itself (and SQLite's -wal, -shm, -journal beside it) must be a regular file or
        missing: a link put there would have SQLite write wherever it points.
        """
        path = cfg.root / cfg.state
        for name in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
            problem = _not_a_plain_file(name)
            if problem:
                from reportgen.errors import StateError
                from reportgen.files import shown

                raise StateError(
                    f"{shown(name)}: the run history {problem}; reportgen writes only "
                    "regular files — move it away and the next build starts a new history"
                )
        return cls(path)

    # -- runs -------------------------------------------------------------------------------

    def begin_run(
        self,
        config_path: Path | str,
        *,
        as_of: dt.date | None,
        digests: Mapping[str, str],
        started: dt.datetime | None = None,
    ) -> int:
        """Insert a 'running' row and return its id; first mark runs left by dead processes failed."""
        key = _key(config_path)
        with self._write() as db:
            self._fail_abandoned(db, key)
            cursor = db.execute(
                "INSERT INTO runs (config_path, started, status, as_of, config_digest, inputs_digest,"
                " templates_digest, pid) VALUES (?, ?, 'running', ?, ?, ?, ?, ?)",
                (
                    key,
                    _ts(started or dt.datetime.now()),
                    as_of.isoformat() if as_of else None,
                    *(digests.get(kind, "") for kind in DIGEST_KINDS),
                    os.getpid(),
                ),
            )
            return int(cursor.lastrowid)

    def finish_run(
        self,
        run_id: int,
        status: str,
        outputs: Iterable[Path | str] = (),
        message: str = "",
        *,
        finished: dt.datetime | None = None,
    ) -> None:
        if status not in STATUSES[1:]:
            raise ValueError(f"finish_run: status must be ok, failed or skipped, not {status!r}")
        paths = [str(Path(p).resolve()) for p in outputs]
        with self._write() as db:
            db.execute(
                "UPDATE runs SET status = ?, finished = ?, outputs = ?, message = ? WHERE id = ?",
                (status, _ts(finished or dt.datetime.now()), json.dumps(paths), message, run_id),
            )

    def last_successful(self, config_path: Path | str) -> Run | None:
        with self._read() as db:
            row = db.execute(
                "SELECT * FROM runs WHERE config_path = ? AND status = 'ok' ORDER BY id DESC LIMIT 1",
                (_key(config_path),),
            ).fetchone()
        return _run(row) if row else None

    def runs(self, config_path: Path | str) -> list[Run]:
        """Every run of the config, oldest first (abandoned 'running' rows show as failed once noticed)."""
        with self._read() as db:
            rows = db.execute("SELECT * FROM runs WHERE config_path = ? ORDER BY id", (_key(config_path),)).fetchall()
        return [_run(r) for r in rows]

    def unchanged_since_last_success(
        self, config_path: Path | str, digests: Mapping[str, str], as_of: dt.date | None
    ) -> bool:
        """True when the last success had the same digests and as-of date and its outputs still exist."""
        last = self.last_successful(config_path)
        if last is None or last.as_of != as_of:
            return False
        if any(last.digests.get(kind, "") != digests.get(kind, "") for kind in DIGEST_KINDS):
            return False
        return all(p.exists() for p in last.outputs)

    # -- items ------------------------------------------------------------------------------

    def record_items(self, config_path: Path | str, items: Iterable[tuple[str, str]], run_id: int) -> set[str]:
        """Remember (item id, digest) pairs; return the ids not seen by the last successful run or before.

        Ids first seen by a failed run since then count as new too: no briefing showed them yet.
        """
        key = _key(config_path)
        pairs = list(items)
        with self._write() as db:
            started = db.execute("SELECT started FROM runs WHERE id = ?", (run_id,)).fetchone()
            seen_at = started["started"] if started else _ts(dt.datetime.now())
            db.executemany(
                "INSERT INTO items (config_path, item_id, digest, first_seen_run, first_seen) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (config_path, item_id) DO UPDATE SET digest = excluded.digest",
                _first_sightings(db, key, pairs, run_id, seen_at),
            )
            last_ok = (
                db.execute(
                    "SELECT max(id) FROM runs WHERE config_path = ? AND status = 'ok' AND id < ?", (key, run_id)
                ).fetchone()[0]
                or 0
            )
            wanted = {item_id for item_id, _ in pairs}
            rows = db.execute(
                "SELECT item_id FROM items WHERE config_path = ? AND first_seen_run > ?", (key, last_ok)
            ).fetchall()
        return {r["item_id"] for r in rows} & wanted

    # -- plumbing ---------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        if not self._ready:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        db.row_factory = sqlite3.Row
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not self._ready:
            _initialise(db)
            self._ready = True
        db.execute("PRAGMA synchronous = NORMAL")  # safe with WAL; a power cut loses at most the last run row
        return db

    @contextmanager
    def _write(self):
        with self._errors(), closing(self._connect()) as db:
            db.execute("BEGIN IMMEDIATE")  # take the write lock up front: no upgrade deadlocks
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    @contextmanager
    def _read(self):
        with self._errors(), closing(self._connect()) as db:
            yield db

    @contextmanager
    def _errors(self):
        """SQLite's and the file system's complaints as one line naming the history file (exit 1)."""
        from reportgen.errors import StateError
        from reportgen.files import why_not_writable

        try:
            yield
        except sqlite3.DatabaseError as exc:  # not a database, damaged, locked past the busy timeout, disk full
            raise StateError(
                f"{self.path}: cannot use the run history ({exc}); if the file is damaged or is not "
                "reportgen's, move it away and the next build starts a new one"
            ) from None
        except OSError as exc:  # its folder cannot be made
            raise StateError(
                f"{self.path}: cannot create the run history: {why_not_writable(self.path, exc)}; "
                "check state: in the config"
            ) from None

    def _fail_abandoned(self, db: sqlite3.Connection, key: str) -> None:
        rows = db.execute("SELECT id, pid FROM runs WHERE config_path = ? AND status = 'running'", (key,)).fetchall()
        for row in rows:
            pid = row["pid"]
            # Our own pid here means an earlier run in this process raised before finishing.
            if pid is None or pid == os.getpid() or not pid_alive(pid):
                db.execute(
                    "UPDATE runs SET status = 'failed', message = ? WHERE id = ?",
                    (f"interrupted: process {pid} ended before the run finished", row["id"]),
                )


def _not_a_plain_file(path: Path) -> str | None:
    """Why SQLite must not open path ("is a symbolic link", "is a named pipe (FIFO), not a file"), or None."""
    import stat

    from reportgen.files import kind_problem

    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return None  # not there yet
    return "is a symbolic link" if stat.S_ISLNK(mode) else kind_problem(mode)


def _first_sightings(
    db: sqlite3.Connection, key: str, pairs: list[tuple[str, str]], run_id: int, seen_at: str
) -> list[tuple[str, str, str, int, str]]:
    """Rows to record for (item id, digest) pairs: an id the history does not know yet takes the
    first sighting of a known item with the same content under an id no longer in use.  A pair
    the history holds as it is needs no row (an archive's run writes only what changed).

    This carries the history over when ids change form (position-based `feed#a3` became
    content-based `feed#a-3f9c01d2e4`), so an upgrade does not report every item as new.
    """
    cursor = db.cursor()
    cursor.row_factory = None  # plain tuples: an archive's history has a row per article
    known = dict(cursor.execute("SELECT item_id, digest FROM items WHERE config_path = ?", (key,)))
    # Only an id the history does not know can take over a retired one's first sighting: look up
    # rows with the content of those alone (a scheduled run adds a file, not a whole archive).
    wanted = sorted({digest for item_id, digest in pairs if item_id not in known})
    current = {item_id for item_id, _ in pairs}
    retired: dict[str, tuple[int, str]] = {}
    for start in range(0, len(wanted), 500):  # SQLite's limit on parameters is far above 500
        chunk = wanted[start : start + 500]
        rows = cursor.execute(
            "SELECT item_id, digest, first_seen_run, first_seen FROM items WHERE config_path = ? AND digest IN "
            f"({','.join('?' * len(chunk))}) ORDER BY first_seen_run, rowid",
            (key, *chunk),
        ).fetchall()
        for item_id, digest, first_run, first_seen in rows:
            if item_id not in current:
                retired.setdefault(digest, (first_run, first_seen))
    out = []
    for item_id, digest in pairs:
        if known.get(item_id) == digest:
            continue
        first_run, first_seen = (run_id, seen_at) if item_id in known else retired.pop(digest, (run_id, seen_at))
        out.append((key, item_id, digest, first_run, first_seen))
    return out


def _initialise(db: sqlite3.Connection) -> None:
    """WAL mode and the schema, retried while another process does the same.

    Switching the journal mode can answer "database is locked" at once, without waiting
    for the busy timeout, when several first connections race; the retries cover that.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")  # readers never block the one writer
            db.executescript(_SCHEMA)
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists (on this machine)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def digest_files(paths: Iterable[Path | str], *, root: Path | str | None = None) -> str:
    """sha256 over the files' sorted paths (relative to root, default their common folder) and bytes.

    Relative names keep the digest stable when the project folder moves; a missing
    file is hashed as such rather than raising, so the digest still differs.
    """
    files = sorted({Path(p).resolve() for p in paths})
    if not files:
        return hashlib.sha256(b"").hexdigest()
    root = Path(root).resolve() if root else Path(os.path.commonpath([p.parent for p in files]))
    h = hashlib.sha256()
    for path in files:
        name = path.relative_to(root).as_posix().encode("utf-8")
        h.update(len(name).to_bytes(4, "big") + name)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            h.update(b"\xff" * 8)  # no length prefix can equal this
            continue
        h.update(len(data).to_bytes(8, "big") + data)
    return h.hexdigest()


def digest_tree(folder: Path | str) -> str:
    """digest_files over every file under folder (hidden and cache folders skipped), names relative to it."""
    folder = Path(folder).resolve()
    files = [p for p in folder.rglob("*") if p.is_file() and not _SKIP_DIRS & set(p.relative_to(folder).parts)]
    return digest_files(files, root=folder)


def _key(config_path: Path | str) -> str:
    return str(Path(config_path).resolve())


def _ts(moment: dt.datetime) -> str:
    """Store instants as naive local time, comparable as strings (aware values converted)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.isoformat(timespec="microseconds")


def _run(row: sqlite3.Row) -> Run:
    return Run(
        id=row["id"],
        config_path=row["config_path"],
        started=dt.datetime.fromisoformat(row["started"]),
        finished=dt.datetime.fromisoformat(row["finished"]) if row["finished"] else None,
        status=row["status"],
        as_of=dt.date.fromisoformat(row["as_of"]) if row["as_of"] else None,
        digests={kind: row[f"{kind}_digest"] for kind in DIGEST_KINDS},
        outputs=tuple(Path(p) for p in json.loads(row["outputs"])),
        message=row["message"],
    )
