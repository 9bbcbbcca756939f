"""The part kinds a briefing is made of, declared once each.

A part kind is one module of this package plus one template, `parts/<kind>.html.j2`,
in a layout (built-in ones in templates/_shared/parts/). The module defines `KIND`,
a PartKind: its options (type, default, one-line help), its default heading, its
assembler and, if it names things only the corpus can confirm, a corpus check. The
registry below drives config validation, assembly, `reportgen layouts`, the README's
part table and the JSON (each part's dataclass serialises itself).

Adding a kind: write `reportgen/parts/<kind>.py` and `templates/_shared/parts/<kind>.html.j2`,
and add the module's name to MODULES.
"""

from __future__ import annotations

import importlib
from functools import cache

from reportgen.parts.kind import Option, PartKind

#: Part kinds in the order they are documented.
MODULES = (
    "summary",
    "topics",
    "section",
    "text",
    "table",
    "chronology",
    "timeline",
    "chart",
    "about",
    "new",
    "sources",
)

__all__ = ["MODULES", "Option", "PartKind", "kinds", "get"]


@cache
def kinds() -> dict[str, PartKind]:
    """Every part kind by name, in documentation order."""
    found = {}
    for module in MODULES:
        kind = importlib.import_module(f"reportgen.parts.{module}").KIND
        found[kind.name] = kind
    return found


def get(name: str) -> PartKind | None:
    return kinds().get(name)
