"""What a part kind declares: its options and how it is assembled."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

#: Option types the config reader knows (reportgen/config/parts.py reads each).
OPTION_TYPES = ("text", "int", "bool", "date", "choice", "document", "topic_keys", "texts", "file")


@dataclass(frozen=True)
class Option:
    """One option of a part kind, e.g. Option("sentences", "int", "How many sentences.", default=6)."""

    name: str
    type: str  # one of OPTION_TYPES
    help: str
    default: Any = None  # filled in when absent, so later stages never guess; None: stays absent
    required: bool = False
    choices: tuple[str, ...] = ()  # for type "choice"
    minimum: int = 1  # for type "int"

    def __post_init__(self) -> None:
        if self.type not in OPTION_TYPES:
            raise ValueError(f"option {self.name}: unknown type {self.type!r}")


#: Every part takes a heading of its own, and may run on after the previous part.
TITLE = Option("title", "text", "Heading of the part (default: the kind's own heading).")
BREAK = Option(
    "break",
    "choice",
    "`none` to run on after the previous part instead of starting a new page (a chronology right after a "
    "timeline runs on under it unless `page`).",
    choices=("page", "none"),
)


@dataclass(frozen=True)
class PartKind:
    """A part kind: `assemble(ctx, spec, part_id, title)` returns the part's dataclass."""

    name: str
    title: str  # default heading; a layout may relabel it, the JSON keeps it
    help: str  # one line: what the part shows
    example: str  # how a config writes it, e.g. "summary: {sentences: 6}"
    assemble: Callable[..., Any]
    options: tuple[Option, ...] = ()
    # Reads `- topics: [a, b]` as {keys: [a, b]}: the option a bare list fills.
    list_option: str | None = None
    # corpus, spec -> [(option name, problem)], for what only the corpus can confirm.
    check: Callable[..., list[tuple[str, str]]] | None = None
    models: tuple[type, ...] = field(default=())  # dataclasses its parts are made of (for `check`)
    cites: bool = True  # its citations link to the `sources` part

    def all_options(self) -> tuple[Option, ...]:
        """The kind's options, `title` (unless the kind gives it a meaning of its own) and `break`."""
        common = [o for o in (TITLE, BREAK) if not any(mine.name == o.name for mine in self.options)]
        return (*self.options, *common)

    def option(self, name: str) -> Option:
        """The option of that name (KeyError if the kind has none: callers check names first)."""
        found = next((o for o in self.all_options() if o.name == name), None)
        if found is None:
            raise KeyError(f"part kind {self.name} has no option {name}")
        return found
