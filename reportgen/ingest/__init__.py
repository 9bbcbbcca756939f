"""Read source files into a Corpus: find the files, sniff each one's format, run its reader."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import os
import re
import stat
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from reportgen import files as files_mod
from reportgen.corpus import Corpus, Diagnostic, Document, Location
from reportgen.errors import IngestError
from reportgen.ingest import source
from reportgen.ingest.sniff import SUPPORTED, sniff

if TYPE_CHECKING:
    from reportgen.ingest.cache import DocumentCache

MAX_BYTES = source.MAX_BYTES
_UNSAFE_ID = re.compile(r"[^\w-]+")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")  # control characters; bytes that were not UTF-8


def load(
    paths: Sequence[str | Path],
    *,
    root: Path,
    max_bytes: int = MAX_BYTES,
    cache: DocumentCache | None = None,
    keep: Callable[[dt.date | None], bool] | None = None,
) -> Corpus:
    """Read every file under `paths` (relative to `root`, or absolute inside it) into a Corpus.

    `cache` keeps parsed documents between runs.  `keep(date)` says whether an item with that
    date of its own can matter (a build's period); the others are left out of their document
    and only listed, with their content digests, in its `omitted`.
    """
    root = Path(root).resolve()
    diagnostics: list[Diagnostic] = []
    files: dict[Path, str] = {}  # real path -> path shown (relative to root), first mention wins
    for given in paths:
        for real, shown in _expand(given, root, diagnostics):
            files.setdefault(real, shown)
    documents: list[Document] = []
    used_ids: set[str] = set()
    with _collector_paused():
        for real, shown in files.items():
            doc_id = _unique_id(Path(shown).stem, used_ids)
            document, found = read_file(real, shown, doc_id, max_bytes, cache=cache, keep=keep)
            diagnostics += found
            if document is not None:
                used_ids.add(doc_id)
                documents.append(document)
    return Corpus(documents=tuple(documents), diagnostics=tuple(diagnostics))


def read_file(
    real: Path,
    path: str,
    doc_id: str,
    max_bytes: int = MAX_BYTES,
    *,
    cache: DocumentCache | None = None,
    keep: Callable[[dt.date | None], bool] | None = None,
) -> tuple[Document | None, list[Diagnostic]]:
    """Read one file with the reader its content calls for (or from `cache`); never raises for bad content."""
    info = None
    if cache is not None:
        digest, info = cache.known_digest(real)  # unchanged since it was last hashed: not even read
        if digest is not None and info is not None and stat.S_ISREG(info.st_mode) and info.st_size <= max_bytes:
            cached = cache.get(cache.key(digest, path, doc_id), keep)
            if cached is not None:
                return cached
    data, diagnostics = source.read_bytes(real, path, max_bytes)
    if data is None:
        return None, diagnostics
    digest = hashlib.sha256(data).hexdigest()
    key = cache.key(digest, path, doc_id) if cache else ""
    if cache is not None:
        cache.remember(real, info, digest)
        cached = cache.get(key, keep)
        if cached is not None:
            return cached
    document, diagnostics = _parse(data, digest, path, doc_id)
    if document is not None and cache is not None:
        cache.put(key, document, diagnostics)
    if document is not None and keep is not None:
        document = _leave_out(document, keep)
    return document, diagnostics


def _leave_out(document: Document, keep: Callable[[dt.date | None], bool]) -> Document:
    """The document without the items whose own date `keep` rejects; those are listed in `omitted`."""
    from dataclasses import replace

    from reportgen.corpus import content_digest

    kept = tuple(item for item in document.items if keep(item.date))
    if len(kept) == len(document.items):
        return document
    omitted = tuple((item.id, content_digest(item)) for item in document.items if not keep(item.date))
    return replace(document, items=kept, omitted=document.omitted + omitted)


def _parse(data: bytes, digest: str, path: str, doc_id: str) -> tuple[Document | None, list[Diagnostic]]:
    from dataclasses import replace

    from reportgen.ingest import news, paper

    src, diagnostics = source.decode(data, path, digest)
    if src is None:
        return None, diagnostics
    kind = sniff(src.text)
    if kind is None:
        return None, diagnostics + [
            Diagnostic("warning", Location(path, 1), f"skipped: unknown format; supported are {SUPPORTED}")
        ]
    reader = {"article": news.read_article, "feed": news.read_feed}.get(kind, paper.read_paper)
    try:
        document, found = reader(src.text.split("\n"), doc_id=doc_id, path=path)
    except Exception as exc:  # a reader bug must cost one file, never the run or a traceback
        return None, diagnostics + [
            Diagnostic(
                "error",
                Location(path, 1),
                (f"skipped: the {kind} reader failed ({type(exc).__name__}: {exc}); please report this as a bug"),
            )
        ]
    return replace(document, digest=src.digest), diagnostics + found


@contextmanager
def _collector_paused():
    """Pause the cyclic GC: readers build ~10 small acyclic objects per line and its passes cost ~40%."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _expand(given: str | Path, root: Path, diagnostics: list[Diagnostic]) -> list[tuple[Path, str]]:
    """List the files a path names: a folder is walked in sorted order, hidden entries skipped.

    The path itself is honoured wherever it is (the config and the command line are the
    user's own words); inside a folder, a link that leads out of that folder is skipped,
    so what lands in a shared folder cannot pull other files of the machine into a briefing.
    """
    candidate = Path(os.path.normpath(Path(given) if Path(given).is_absolute() else root / given))
    if not os.path.lexists(candidate):
        raise IngestError(f"{given}: no such file or folder under {root}; check the path")
    real = Path(os.path.realpath(candidate))  # unlike Path.resolve() on 3.11, a symlink loop does not raise
    shown = _shown(candidate, real, root)
    mode, problem = files_mod.stat_problem(real)
    if stat.S_ISREG(mode):
        return [(real, shown)]
    if not stat.S_ISDIR(mode):
        raise IngestError(f"{given} {problem or 'is neither a file nor a folder'}; give files or folders of sources")
    found = []
    # Walk the path as given so files keep the names the user sees; `real` bounds what links may reach.
    for folder, dirs, names in os.walk(candidate):
        for name in sorted(d for d in dirs if os.path.islink(os.path.join(folder, d)) and not d.startswith(".")):
            # os.walk does not follow folder links (no loops, no escapes); say so rather than skip in silence.
            link = Path(folder, name)
            target = Path(os.path.realpath(link))
            message = (
                f"skipped: a link to the folder {target}; folder links are not followed, so list "
                f"{_shown(target, target, root)}/ under sources: instead"
                if target.is_relative_to(real)
                else f"skipped: it links to the folder {target}, outside {shown}; "
                "list that folder under sources: if it belongs in the briefing"
            )
            diagnostics.append(Diagnostic("warning", Location(_shown(link, link, root), 1), message))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):  # warnings in a stable order
            if name.startswith("."):
                continue
            entry = Path(folder, name)
            target = Path(os.path.realpath(entry))
            entry_shown = _shown(entry, target, root)
            mode, problem = files_mod.stat_problem(target)
            if not target.is_relative_to(real):
                diagnostics.append(
                    Diagnostic(
                        "warning",
                        Location(entry_shown, 1),
                        (
                            f"skipped: it links to {target}, outside {shown}; "
                            "name that file under sources: if it belongs in the briefing"
                        ),
                    )
                )
            elif stat.S_ISREG(mode):
                found.append((target, entry_shown))
            elif problem == "does not exist" and os.path.islink(entry):
                diagnostics.append(
                    Diagnostic(
                        "warning", Location(entry_shown, 1), (f"skipped: a broken link; {target} does not exist")
                    )
                )
            else:
                diagnostics.append(Diagnostic("warning", Location(entry_shown, 1), f"skipped: it {problem}"))
    return sorted(found, key=lambda pair: Path(pair[1]).parts)


def _shown(path: Path, real: Path, root: Path) -> str:
    """Show a path as the user sees it: relative to root, posix form, symlinks unresolved."""
    for candidate in (path, real):
        try:
            return _printable(candidate.relative_to(root).as_posix())
        except ValueError:
            continue
    return _printable(real.as_posix())


def _printable(name: str) -> str:
    """A file name fit for messages, HTML and JSON: a newline or a byte that is not UTF-8 becomes U+FFFD."""
    return _UNPRINTABLE.sub("\ufffd", name)


def _unique_id(stem: str, used: set[str]) -> str:
    """Make a document id from a file stem: safe characters only, suffixed when taken."""
    base = _UNSAFE_ID.sub("-", stem).strip("-") or "document"
    doc_id, n = base, 1
    while doc_id in used:
        n += 1
        doc_id = f"{base}-{n}"
    return doc_id
