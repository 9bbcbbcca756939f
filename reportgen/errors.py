"""Define reportgen's exception family; the CLI turns each into one line and an exit code."""

from __future__ import annotations


class ReportgenError(Exception):
    """Base of every error reportgen reports to the user.  `exit_code` is the process status."""

    exit_code = 1

    def __init__(self, message: str, *, location: object | None = None) -> None:
        self.message = message
        self.location = location
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


class UsageError(ReportgenError):
    """Raised for bad command-line use: a missing file, an unknown option value."""

    exit_code = 2


class CatalogError(ReportgenError):
    """Raised when a message catalog (reportgen/locale/<language>.po) cannot be read: file, line, fix."""


class ConfigError(ReportgenError):
    """Raised when config.yaml is invalid.  `problems` holds every line found, all reported at once."""

    exit_code = 2

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        n = len(self.problems)
        super().__init__(f"aborted with {n} configuration error{'s' if n != 1 else ''}")

    #: Problems shown; a file with thousands (the wrong file given as config) is not printed whole.
    SHOWN = 20

    def __str__(self) -> str:
        if len(self.problems) == 1:  # one problem, one line: it already names file:line and what to do
            return self.problems[0]
        shown = self.problems[: self.SHOWN]
        more = len(self.problems) - len(shown)
        return "\n".join([*shown, *([f"… and {more} more"] if more else []), f"error: {self.message}"])


class IngestError(ReportgenError):
    """Raised when a source path given cannot be read at all (missing, not a file or folder): a usage error."""

    exit_code = 2


class TemplateError(ReportgenError):
    """Raised when a layout template fails to compile or render; names template file and line."""


class LayoutError(TemplateError):
    """Raised when a layout folder cannot be used at all (missing, a bad layout.yaml): a config mistake."""

    exit_code = 2


class RenderError(ReportgenError):
    """Raised when WeasyPrint cannot produce the PDF, or a fetch outside the layout was required."""


class OutputError(ReportgenError):
    """Raised when an output file cannot be written (its folder is a file, not writable, the disk is full)."""


class StrictWarnings(ReportgenError):
    """Raised before anything is written when a build run with --strict gave warnings (exit 1)."""


class StateError(ReportgenError):
    """Raised when the run history (SQLite) cannot be opened or used: damaged, not a database, no room."""


class LockTimeout(ReportgenError):
    """Raised when another run of the same config holds the lock for longer than the timeout."""


class LimitExceeded(ReportgenError):
    """Raised when the render runs past its time, memory or page limit; the message says how to raise it."""


def one_line(error: BaseException | str) -> str:
    """An error as the one line the product promises: lines joined; a ConfigError's first
    problem with '(+N more)'; an unexpected exception with its type."""
    if isinstance(error, ConfigError) and error.problems:
        more = len(error.problems) - 1
        return error.problems[0] + (f" (+{more} more)" if more else "")
    if isinstance(error, BaseException):
        error = str(error) if isinstance(error, ReportgenError) else f"{type(error).__name__}: {error}"
    return " ".join(line.strip() for line in error.splitlines() if line.strip())
