"""Read the files a briefing PDF carries (`pdf: {attach: [config, json]}`) and write them back, never over a file.

The PDF may come from anyone: an attachment's name is used only when it is a plain file
name (no folder, not hidden, no control characters), and nothing is written unless every
attachment can be.
"""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

from reportgen import files
from reportgen.errors import ReportgenError, UsageError

MAX_PDF_BYTES = 512 * files.MB  # a briefing is a few MB; more is the wrong file


def embedded_files(pdf: Path) -> list[tuple[str, bytes]]:
    """(name, bytes) of every file embedded in `pdf`, in the PDF's order; one-line errors otherwise."""
    label = files.shown(pdf)
    try:
        data = files.read_limited(pdf, MAX_PDF_BYTES)
    except files.FileProblem as exc:
        raise UsageError(f"{label}: {exc.reason}; give the path of a briefing PDF") from None
    if not data.lstrip(b"\0\t\n\f\r ").startswith(b"%PDF-"):
        raise UsageError(f"{label}: not a PDF (it does not start with %PDF-); give the path of a briefing PDF")
    from pypdf import PdfReader  # lazy: only this command reads PDFs
    from pypdf.errors import PyPdfError

    try:
        found = PdfReader(io.BytesIO(data)).attachments
        pairs = [(name, content) for name, contents in found.items() for content in contents]
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ReportgenError(f"{label}: cannot read the PDF's attachments ({type(exc).__name__}: {exc})") from None
    if not pairs:
        raise ReportgenError(
            f"{label}: the PDF carries no attached files; build it with pdf: {{attach: [config, json]}} in the config"
        )
    for name, _ in pairs:
        if not _plain_name(name):
            raise ReportgenError(
                f"{label}: an attachment is named {name!r}, not a plain file name; nothing was written"
            )
    names = [name for name, _ in pairs]
    for name in names:
        if names.count(name) > 1:
            raise ReportgenError(f"{label}: two attachments are named {name}; nothing was written")
    return pairs


def write_back(pairs: list[tuple[str, bytes]], folder: Path) -> list[Path]:
    """Write each (name, bytes) into `folder`; an existing file is never replaced (nothing is written then)."""
    targets = [folder / name for name, _ in pairs]
    for target in targets:
        if os.path.lexists(target):
            raise ReportgenError(
                f"{files.shown(target)} already exists; nothing was written; move it away or give --to another folder"
            )
    written: list[Path] = []
    try:
        for (_, data), target in zip(pairs, targets):
            temp = files.write_temp(target, data)
            try:
                os.link(temp, target)  # fails if the file appeared meanwhile: still never over it
            finally:
                os.unlink(temp)
            written.append(target)
    except FileExistsError as exc:
        _remove(written)
        raise ReportgenError(f"{files.shown(exc.filename or folder)} already exists; nothing was written") from None
    except OSError as exc:
        _remove(written)
        reason = files.why_not_writable(exc.filename or folder, exc)
        raise ReportgenError(f"cannot write into {files.shown(folder)}: {reason}; nothing was written") from None
    files.fsync_dir(folder)
    return written


def _plain_name(name: str) -> bool:
    return (
        0 < len(name) <= 255
        and name == os.path.basename(name)
        and "\\" not in name
        and not name.startswith(".")
        and name.isprintable()
    )


def _remove(paths: list[Path]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()
