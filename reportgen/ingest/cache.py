"""Keep parsed documents between builds, one JSON file per source file's content, beside the run history.

An entry is a line of JSON (the document, its item index, the reader's diagnostics) and
then one line per item (reportgen.ingest.records), so a build whose period leaves most
items out parses only the first line and the items it keeps.  An entry's name is a digest of the source's bytes, the path it is shown by and its
document id (ids and citations name both), so a changed file simply misses.  Entries
live in a folder named by the version key: reportgen's version, the entry format and a
digest of the code that makes a record (ingest/ and corpus.py).  The code digest, not a
schema number someone must remember to raise, is what makes a changed reader ignore
older parses.  The cache is safe to delete; an entry that is damaged, truncated or not
ours is read past (one note with -v) and written again.  Entries are written atomically
(temp file, rename), without fsync: a power cut may lose one, never show half of one.
Size is bounded: entries no build used for 30 days go, then the least recently used
ones past 512 MiB (those the current build uses stay; they are as large as its sources).
A source whose inode, size, mtime and ctime are those recorded when it was last hashed is
not read again (`signatures.json`; a write always changes the ctime).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import time
from functools import lru_cache
from pathlib import Path

from reportgen.corpus import Diagnostic, Document
from reportgen.ingest.records import RecordError, decode_diagnostics, decode_document
from reportgen.ingest.records import encode_diagnostics, encode_document

log = logging.getLogger("reportgen")

FORMAT = 2  # the layout of an entry file; the code digest covers what is inside it
MAX_AGE = 30 * 86400  # seconds an entry no build uses is kept
MAX_UNUSED_BYTES = 512 * 1024 * 1024
_TOUCH_AFTER = 86400  # refresh an entry's mtime (its last use) at most once a day
_MAX_ENTRY_BYTES = 256 * 1024 * 1024  # a larger file in the cache is not one we wrote
_CODE = ("ingest", "corpus.py")  # what makes a record, relative to the package
_SIGNATURES = "signatures.json"
_MAX_SIGNATURES = 200_000  # past this many files, only those the current build read are kept
# A file changed this recently may change again within one tick of its clock: hash it next time too.
_RACY_SECONDS = 2.0


class DocumentCache:
    """Parsed documents by content; `get` and `put` never raise for the cache's own troubles."""

    def __init__(self, root: Path | str, *, read_only: bool = False) -> None:
        self.root = Path(root)
        self.read_only = read_only  # `check`: use what builds kept, write nothing
        self.folder = self.root / version_key()
        self.used: set[str] = set()
        self.written = 0
        self.damaged = 0
        self._write_problem: str | None = None
        self._signatures: dict | None = None  # real path -> [inode, size, mtime_ns, ctime_ns, sha256]
        self._seen: dict[str, list] = {}
        self.keep_files = {_SIGNATURES}  # files beside the entries pruning leaves alone (see item_summaries)

    @classmethod
    def beside(cls, state_path: Path | str, *, read_only: bool = False) -> DocumentCache:
        """The cache for a run history file: `cache/` in the history's folder."""
        return cls(Path(state_path).parent / "cache", read_only=read_only)

    @staticmethod
    def key(digest: str, path: str, doc_id: str) -> str:
        return hashlib.sha256(f"{digest}\0{path}\0{doc_id}".encode()).hexdigest()

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def known_digest(self, real: Path) -> tuple[str | None, os.stat_result | None]:
        """The sha256 recorded for `real` while its inode, size, mtime and ctime stay the same, and
        its stat now (take it before reading the file, for `remember`); (None, ...) means read it.

        As git's index does: a write changes the ctime, which no program can set back.
        """
        try:
            info = os.stat(real)
        except OSError:
            return None, None
        if self._signatures is None:
            self._signatures = _read_signatures(self.folder / _SIGNATURES)
        signature = self._signatures.get(str(real))
        if signature is not None and signature[:4] == [info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns]:
            self._seen[str(real)] = signature
            return signature[-1], info
        return None, info

    def remember(self, real: Path, info: os.stat_result | None, digest: str) -> None:
        """Record `digest` for `real` as it was when `info` was taken, before it was read."""
        if info is None or time.time() - max(info.st_mtime, info.st_ctime) < _RACY_SECONDS:
            return
        self._seen[str(real)] = [info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns, digest]

    def get(self, key: str, keep=None) -> tuple[Document, list[Diagnostic]] | None:
        """The document and diagnostics stored under `key`, or None (missing, damaged, not ours)."""
        try:
            with open(self._file(key), "rb") as f:
                info = os.fstat(f.fileno())
                if info.st_size > _MAX_ENTRY_BYTES:
                    raise RecordError("too large")
                entry = json.loads(f.readline())  # JSON text never holds a raw newline
                if not isinstance(entry, dict) or entry.get("format") != FORMAT or entry.get("key") != key:
                    raise RecordError("not an entry for this key")
                # The items' lines are read only if the period keeps one of them.
                document = decode_document(entry["document"], entry["items"], lambda: f.read().split(b"\n"), keep)
                diagnostics = decode_diagnostics(entry["diagnostics"])
            if time.time() - info.st_mtime > _TOUCH_AFTER and not self.read_only:
                os.utime(self._file(key))  # its last use, for pruning
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError) as exc:  # RecordError and JSON's errors are ValueErrors
            self.damaged += 1
            log.debug("cache: %s ignored (%s)", self._file(key), exc)
            return None
        self.used.add(key)
        return document, diagnostics

    def put(self, key: str, document: Document, diagnostics: list[Diagnostic]) -> None:
        from reportgen.files import write_atomic

        if self._write_problem or self.read_only:
            return
        try:
            head, index, bodies = encode_document(document)
        except TypeError as exc:  # a value the record format does not know yet: this document stays uncached
            log.debug("cache: %s not kept (%s)", document.path, exc)
            return
        entry = {
            "format": FORMAT,
            "key": key,
            "document": head,
            "items": index,
            "diagnostics": encode_diagnostics(diagnostics),
        }
        # One line of JSON with the document and its item index, then one line per item.
        lines = [json.dumps(entry, ensure_ascii=False, separators=(",", ":")), *bodies]
        data = "\n".join(lines).encode("utf-8")
        try:
            write_atomic(self._file(key), data, durable=False)
        except OSError as exc:
            from reportgen.files import why_not_writable

            self._write_problem = why_not_writable(self.folder, exc)
            return
        self.used.add(key)
        self.written += 1

    def finish(self) -> None:
        """Say once what went wrong, and prune after a build that added entries."""
        from reportgen.files import shown

        if self._write_problem:
            log.warning(
                "warning: cannot keep parsed sources in %s: %s; the build is complete, but the next "
                "one reads every source again",
                shown(self.folder),
                self._write_problem,
            )
        if self.damaged:
            log.info(
                "note: %s: %d damaged or foreign cache entries ignored and read again from their sources",
                shown(self.folder),
                self.damaged,
            )
        if self.written and not self._write_problem:
            try:
                self.prune()
            except OSError as exc:  # a cache that cannot be pruned is still a correct cache
                log.debug("cache: pruning %s failed: %s", self.root, exc)
        if not self._write_problem and any((self._signatures or {}).get(k) != v for k, v in self._seen.items()):
            self._write_signatures()

    def _write_signatures(self) -> None:
        """Merge this build's file signatures into the file other builds share (theirs kept, up to a bound)."""
        from reportgen.files import write_atomic

        merged = _read_signatures(self.folder / _SIGNATURES)
        merged.update(self._seen)
        if len(merged) > _MAX_SIGNATURES:
            merged = dict(self._seen)
        data = json.dumps(merged, separators=(",", ":")).encode("utf-8")
        try:
            write_atomic(self.folder / _SIGNATURES, data, durable=False)
        except OSError as exc:
            log.debug("cache: cannot write %s: %s", self.folder / _SIGNATURES, exc)

    def prune(self, *, now: float | None = None) -> None:
        """Drop other versions' folders, entries unused for MAX_AGE, then the oldest unused past the cap."""
        now = time.time() if now is None else now
        for other in _entries(self.root):
            if other.is_dir() and other.name != self.folder.name:
                shutil.rmtree(other, ignore_errors=True)  # a new reportgen never reads an old version's entries
        unused = []
        for sub in _entries(self.folder):
            if not sub.is_dir(follow_symlinks=False):
                if sub.name in self.keep_files:
                    continue
                if now - sub.stat(follow_symlinks=False).st_mtime > 3600:
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(sub.path)  # a temp file a killed build left
                continue
            for entry in _entries(sub.path):
                name = entry.name
                info = entry.stat(follow_symlinks=False)
                if name.endswith(".json") and name[:-5] in self.used:
                    continue
                if not name.endswith(".json") and now - info.st_mtime < 3600:
                    continue  # maybe another build's temp file, being written
                unused.append((info.st_mtime, info.st_size, entry.path))
        unused.sort()
        total = sum(size for _, size, _ in unused)
        for mtime, size, path in unused:
            if now - mtime < MAX_AGE and total <= MAX_UNUSED_BYTES:
                break
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
            total -= size


def _read_signatures(path: Path) -> dict:
    try:
        found = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(found, dict):
        return {}
    return {k: v for k, v in found.items() if isinstance(v, list) and len(v) == 5 and isinstance(v[-1], str)}


def _entries(folder: Path | str) -> list[os.DirEntry]:
    try:
        with os.scandir(folder) as it:
            return list(it)
    except (FileNotFoundError, NotADirectoryError):
        return []


@lru_cache(maxsize=1)
def version_key() -> str:
    """reportgen's version, FORMAT and a digest of the code that makes records: the cache folder's name."""
    import reportgen

    package = Path(reportgen.__file__).parent
    h = hashlib.sha256(f"{reportgen.__version__}\0{FORMAT}".encode())
    files = []
    for name in _CODE:
        target = package / name
        files += sorted(target.rglob("*.py")) if target.is_dir() else [target]
    for path in files:
        h.update(path.relative_to(package).as_posix().encode() + b"\0")
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"\xff")
    return f"v{reportgen.__version__}-{h.hexdigest()[:16]}"
