"""Read YAML nodes into values; every problem names config.yaml:LINE:COL and the key path.

The file is parsed with yaml.compose so every node keeps its position, and problems are
collected rather than raised, so the whole file is checked and reported at once.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from reportgen import files
from reportgen.errors import ConfigError

MAX_CONFIG_BYTES = files.MB  # hand-written configs are a few KB; 30 MB of YAML takes a minute to check

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"


def parse(path: Path) -> yaml.MappingNode:
    """The config file's top-level mapping node; ConfigError (one line) if it is no YAML mapping."""
    label = str(path)
    text = read_config_text(path)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{label}:{mark.line + 1}:{mark.column + 1}" if mark else label
        raise ConfigError([f"{where}: invalid YAML: {exc.problem or exc.context}"])
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow (NUL, most control characters)
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - text.rfind("\n", 0, exc.position)
        char = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise ConfigError(
            [f"{label}:{line}:{column}: invalid YAML: character U+{char:04X} is not allowed in YAML; delete it"]
        )
    except yaml.YAMLError as exc:
        raise ConfigError([f"{label}: invalid YAML: " + " ".join(str(exc).split())])
    except RecursionError:  # yaml.compose recurses once per level: [[[[...]]]]
        raise ConfigError([f"{label}: invalid YAML: nested too deeply; a config needs a few levels at most"])
    if root is None:
        raise ConfigError([f"{label}:1:1: the file is empty; expected a mapping of settings starting with title:"])
    if not isinstance(root, yaml.MappingNode):
        raise ConfigError(
            [
                f"{label}:{root.start_mark.line + 1}:{root.start_mark.column + 1}: "
                f"expected a mapping of settings (key: value lines), got {describe(root)}"
            ]
        )
    return root


def read_config_text(path: Path) -> str:
    """The text of a config file; ConfigError (one line, exit 2) if it is no readable UTF-8 file of sane size."""
    label = str(path)
    try:
        data = files.read_limited(path, MAX_CONFIG_BYTES)
    except files.FileProblem as exc:
        if exc.reason == "does not exist":  # also a dangling symlink
            raise ConfigError([f"{label}: no such config file; give the path of a YAML file such as config.yaml"])
        hint = (
            "a config is a few kilobytes; is this the right file?"
            if "MB limit" in exc.reason
            else "give the path of a YAML file such as config.yaml"
        )
        raise ConfigError([f"{label}: {exc.reason.removesuffix(', not a file')}; {hint}"])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ConfigError([f"{label}:{line}: not UTF-8 text (byte {exc.start}); save the file as UTF-8"])


class NodeReader:
    """Collects problems and key positions while values are read from YAML nodes."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.problems: list[tuple[int, int, str]] = []
        self.positions: dict[str, tuple[int, int]] = {}

    def fail(self, node: yaml.Node, key: str, message: str) -> None:
        from reportgen.messages import flat  # key names come from the file: "a\nb" is a valid YAML key

        line, col = position(node)
        self.problems.append((line, col, flat(f"{self.label}:{line}:{col}: " + (f"{key}: " if key else "") + message)))

    def position_of(self, node: yaml.Node) -> tuple[int, int]:
        return position(node)

    def sorted_problems(self) -> list[str]:
        return [p for *_, p in sorted(self.problems, key=lambda p: p[:2])]

    def mark(self, key: str, node: yaml.Node) -> None:
        self.positions.setdefault(key, position(node))

    def mapping(
        self, node: yaml.Node, key: str, allowed: dict[str, str] | None = None, what: str = "key"
    ) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        """The entries of a mapping node by key text; unknown keys reported if `allowed` is given."""
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, key, f"expected a mapping, got {describe(node)}")
            return None
        entries: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _NULL:
                self.fail(key_node, key, f"expected a key name, got {describe(key_node)}")
                continue
            name = key_node.value
            sub = join(key, name)
            if name in entries:
                first = entries[name][0].start_mark.line + 1
                self.fail(key_node, sub, f"duplicate key; it is first given at line {first}")
                continue
            if allowed is not None and name not in allowed:
                hint = did_you_mean(name, allowed)
                self.fail(key_node, sub, f"unknown {what}" + (hint or "; allowed: " + ", ".join(allowed)))
                continue
            entries[name] = (key_node, value_node)
            self.mark(sub, key_node)
        return entries

    def text(self, node: yaml.Node, key: str) -> str | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag == _NULL:
            self.fail(node, key, f"expected text, got {describe(node)}")
            return None
        if not node.value.strip():
            self.fail(node, key, "must not be empty")
            return None
        return node.value

    def integer(self, node: yaml.Node, key: str, minimum: int) -> int | None:
        if not (isinstance(node, yaml.ScalarNode) and node.tag == _INT):
            self.fail(node, key, f"expected a whole number, got {describe(node)}")
            return None
        value = construct(node)
        if value < minimum:
            self.fail(node, key, f"must be {minimum} or more, got {value}")
            return None
        return value

    def number(self, node: yaml.Node, key: str) -> float | None:
        if not (isinstance(node, yaml.ScalarNode) and node.tag in (_INT, _FLOAT)):
            self.fail(node, key, f"expected a number, got {describe(node)}")
            return None
        value = float(construct(node))
        if not value > 0 or value == float("inf"):
            self.fail(node, key, f"must be a number above 0, got {node.value}")
            return None
        return value

    def fraction(self, node: yaml.Node, key: str) -> float | None:
        value = construct(node) if isinstance(node, yaml.ScalarNode) and node.tag in (_INT, _FLOAT) else None
        if value is None or not 0 <= float(value) <= 1:
            self.fail(node, key, f"must be a number from 0 to 1, got {describe(node) if value is None else node.value}")
            return None
        return float(value)

    def boolean(self, node: yaml.Node, key: str) -> bool | None:
        if not (isinstance(node, yaml.ScalarNode) and node.tag == _BOOL):
            self.fail(node, key, f"expected true or false, got {describe(node)}")
            return None
        return bool(construct(node))

    def date(self, node: yaml.Node, key: str) -> dt.date | None:
        # Read the text ourselves: YAML's own timestamp rules accept 2026-2-3 and
        # crash on 2026-02-30, and an unquoted 20260101 arrives as a number.
        value = node.value if isinstance(node, yaml.ScalarNode) and node.tag != _NULL else None
        if value is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            self.fail(node, key, f"expected a date as YYYY-MM-DD, got {describe(node)}")
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            self.fail(node, key, f"{value} is not a real date ({exc}); expected YYYY-MM-DD")
            return None

    def texts(self, node: yaml.Node, key: str, *, what: str = "text") -> tuple[str, ...] | None:
        """A non-empty list of non-empty texts."""
        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, key, f"expected a list of {what}s, got {describe(node)}")
            return None
        if not node.value:
            self.fail(node, key, f"must not be empty; give at least one {what}")
            return None
        values = []
        for i, item in enumerate(node.value):
            self.mark(f"{key}[{i}]", item)
            value = self.text(item, f"{key}[{i}]")
            if value is not None:
                values.append(value)
        return tuple(values) if len(values) == len(node.value) else None


def construct(node: yaml.ScalarNode) -> Any:
    """The Python value of a plain scalar, by YAML's safe rules."""
    return yaml.constructor.SafeConstructor().construct_object(node)


def position(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def join(base: str, key: str) -> str:
    return f"{base}.{key}" if base else key


def describe(node: yaml.Node) -> str:
    """How a wrong value reads in a message: 'six', 20260101, a list, nothing."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag == _NULL:
        return "nothing"
    from reportgen.messages import excerpt  # a value may be a whole file given as the config by mistake

    if node.tag == _STR:
        return f"'{excerpt(node.value)}'"
    return excerpt(node.value)


def did_you_mean(name: str, choices: Iterable[str]) -> str:
    choices = list(choices)
    # a word of the same meaning before one spelt alike: "latest" is "newest", not "oldest"
    meant = next((c for c in _SAME_MEANING.get(name.strip().lower(), ()) if c in choices), None)
    close = [meant] if meant else difflib.get_close_matches(name, choices, n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


_SAME_MEANING = {
    "latest": ("newest", "last"),
    "recent": ("newest",),
    "most recent": ("newest",),
    "earliest": ("oldest", "first"),
    "chronological": ("oldest",),
    "ascending": ("oldest",),
    "descending": ("newest",),
    "reverse": ("newest",),
}
