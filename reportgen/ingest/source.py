"""Read a file's bytes safely and decode them to text, saying what was wrong with them."""

from __future__ import annotations

import codecs
import hashlib
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from reportgen.corpus import Diagnostic, Location
from reportgen.files import kind_problem
from reportgen.ingest.sniff import SUPPORTED

MB = 1024 * 1024
MAX_BYTES = 20 * MB
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z]")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Source:
    """Hold a decoded file: its text with '\\n' line ends and the sha256 of its bytes."""

    text: str
    digest: str


def read(real: Path, path: str, max_bytes: int = MAX_BYTES) -> tuple[Source | None, list[Diagnostic]]:
    """Return the decoded text of `real` (shown as `path`), or None and why it could not be read."""
    data, diagnostics = read_bytes(real, path, max_bytes)
    if data is None:
        return None, diagnostics
    return decode(data, path, hashlib.sha256(data).hexdigest())


def read_bytes(real: Path, path: str, max_bytes: int = MAX_BYTES) -> tuple[bytes | None, list[Diagnostic]]:
    """The bytes of `real` (shown as `path`), or None and why they could not be read."""
    where = Location(path, 1)
    try:
        info = real.stat()
        if not stat.S_ISREG(info.st_mode):  # replaced by a FIFO or a folder since it was listed: never read it
            return None, [Diagnostic("warning", where, f"skipped: it {kind_problem(info.st_mode)}")]
        size = info.st_size
        if size > max_bytes:  # decided from the size alone: the file is never loaded
            return None, [
                Diagnostic("warning", where, (f"skipped: {size / MB:.1f} MB exceeds the {max_bytes / MB:g} MB limit"))
            ]
        data = real.read_bytes()
    except FileNotFoundError:
        return None, [Diagnostic("warning", where, "skipped: it was deleted or renamed while reportgen was reading")]
    except OSError as exc:
        return None, [Diagnostic("error", where, f"cannot read: {exc.strerror or exc}")]
    return data, []


def decode(data: bytes, path: str, digest: str) -> tuple[Source | None, list[Diagnostic]]:
    """The text of a file's bytes (`digest` their sha256), or None and why it is not text."""
    where = Location(path, 1)
    if not data.strip():
        return None, [Diagnostic("warning", where, "skipped: empty file")]
    diagnostics: list[Diagnostic] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
        diagnostics.append(Diagnostic("warning", where, "UTF-16 text decoded; save the file as UTF-8"))
    elif b"\x00" in data:
        return None, [
            Diagnostic("warning", where, f"skipped: binary file (NUL bytes); reportgen reads UTF-8 text: {SUPPORTED}")
        ]
    else:
        text, warning = _decode(data, path)
        diagnostics += [warning] if warning else []
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Source(text.removeprefix("\ufeff"), digest), diagnostics


def _decode(data: bytes, path: str) -> tuple[str, Diagnostic | None]:
    """Decode UTF-8 (BOM stripped); else Windows-1251 if it reads as Cyrillic; else Windows-1252."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        where = Location(path, data.count(b"\n", 0, exc.start) + 1)
    cyrillic = data.decode("cp1251", errors="replace")
    if _reads_as_cyrillic(cyrillic):
        return cyrillic, Diagnostic(
            "warning", where, ("not UTF-8; decoded as Windows-1251 (Cyrillic) — save the file as UTF-8 to silence this")
        )
    return data.decode("cp1252", errors="replace"), Diagnostic(
        "warning",
        where,
        ("not UTF-8; decoded as Windows-1252 (Western European) — save the file as UTF-8 to silence this"),
    )


def _reads_as_cyrillic(text: str) -> bool:
    """Tell whether Cyrillic letters form whole words ('Президент'), not islands ('cafй')."""
    cyrillic = mixed = 0
    for word in _WORD.findall(text[:20000]):
        if _CYRILLIC.search(word):
            cyrillic += 1
            mixed += bool(_LATIN.search(word))
    return cyrillic > 0 and mixed * 2 < cyrillic
