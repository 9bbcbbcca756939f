"""Make text from files safe to print: control characters escaped, long values cut to a short excerpt.

Source text, file names and config values reach messages; a terminal must never receive an
escape sequence, a carriage return or a right-to-left override from them, and a wrong file
given as the config must not be echoed back whole.
"""

from __future__ import annotations

import re

#: C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides and isolates.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
EXCERPT = 40


def escape_controls(text: str) -> str:
    """`text` with every control character written as a Python escape (\\x1b, \\u202e); newlines kept."""
    return _CONTROLS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def flat(text: str) -> str:
    """`text` on one line: controls escaped, newlines and tabs too (a YAML key may hold them)."""
    return escape_controls(text).replace("\n", "\\n").replace("\t", "\\t")


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """At most `limit` characters of `text` on one line, controls escaped, '…' where it was cut."""
    shown = flat(text)
    return shown if len(shown) <= limit else shown[:limit] + "…"
