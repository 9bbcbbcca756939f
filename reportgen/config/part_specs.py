"""Read `parts:` through the part-kind registry: each kind's declared options say what is allowed."""

from __future__ import annotations

import os
from typing import Any

import yaml

from reportgen import parts as part_kinds
from reportgen.config.model import PartSpec
from reportgen.config.nodes import _NULL, _STR, NodeReader, describe, did_you_mean, position
from reportgen.parts.kind import Option, PartKind


def read_parts(reading, node: yaml.Node, key: str) -> tuple[PartSpec, ...] | None:
    r = reading.r
    if not isinstance(node, yaml.SequenceNode):
        r.fail(node, key, f"expected a list of parts, got {describe(node)}")
        return None
    if not node.value:
        r.fail(node, key, "must not be empty; list the parts in order, e.g. - summary: {sentences: 6}")
        return None
    parts = [_part(reading, item, f"{key}[{i}]") for i, item in enumerate(node.value)]
    return tuple(p for p in parts if p is not None) if None not in parts else None


def default_parts(reading) -> tuple[PartSpec, ...]:
    """Without `parts:` a briefing has a summary, every topic, a chronology and its sources."""
    names = (
        ("summary", "topics", "chronology", "sources")
        if reading.values.get("topics")
        else ("summary", "chronology", "sources")
    )
    return tuple(PartSpec(name, tuple(_defaults(reading, part_kinds.kinds()[name], {}).items())) for name in names)


def _part(reading, node: yaml.Node, key: str) -> PartSpec | None:
    r: NodeReader = reading.r
    kinds = part_kinds.kinds()
    names = ", ".join(kinds)
    r.mark(key, node)
    if isinstance(node, yaml.ScalarNode) and node.tag == _STR:  # `- sources` is short for `- sources: {}`
        name, options_node, kind_node = node.value, None, node
    elif isinstance(node, yaml.MappingNode) and len(node.value) == 1:
        kind_node, options_node = node.value[0]
        name = kind_node.value if isinstance(kind_node, yaml.ScalarNode) else ""
    else:
        r.fail(
            node,
            key,
            f"expected one part such as `- summary: {{sentences: 6}}`, got {describe(node)}"
            + (f" with {len(node.value)} keys" if isinstance(node, yaml.MappingNode) else "")
            + f"; parts: {names}",
        )
        return None
    kind = kinds.get(name)
    if kind is None:
        r.fail(kind_node, f"{key}.{name}", "unknown part" + (did_you_mean(name, kinds) or f"; parts: {names}"))
        return None
    sub = f"{key}.{name}"
    r.mark(sub, kind_node)
    if kind.list_option and isinstance(options_node, yaml.SequenceNode):  # `topics: [a, b]`
        option = kind.option(kind.list_option)
        options = {option.name: _option(reading, option, options_node, sub)}  # items read as topics[0]
        r.mark(f"{sub}.{option.name}", options_node)
    elif options_node is None or (isinstance(options_node, yaml.ScalarNode) and options_node.tag == _NULL):
        options = {}
    else:
        allowed = {o.name: o.help for o in kind.all_options()}
        entries = r.mapping(options_node, sub, allowed, what=f"option of {name}")
        if entries is None:
            return None
        options = {
            opt: _option(reading, kind.option(opt), value, f"{sub}.{opt}") for opt, (_, value) in entries.items()
        }
    if None in options.values():
        return None
    for option in kind.all_options():
        if option.required and option.name not in options:
            example = kind.example
            r.fail(
                options_node if options_node is not None else node,
                f"{sub}.{option.name}",
                f"missing; {option.help[0].lower() + option.help[1:].rstrip('.')}, e.g. {example}",
            )
            return None
    problem = _cross_check(reading, kind, options)
    if problem:
        r.fail(kind_node, sub, problem)
        return None
    before = set(options)
    options = _defaults(reading, kind, options)
    for name_ in set(options) - before:  # defaulted options point at the part's line
        r.mark(f"{sub}.{name_}", kind_node)
    return PartSpec(kind=name, options=tuple(options.items()), line=position(node)[0])


def _defaults(reading, kind: PartKind, options: dict[str, Any]) -> dict[str, Any]:
    """Fill in defaults so later stages never guess."""
    filled = dict(options)
    for option in kind.all_options():
        if option.name in filled:
            continue
        if option.type == "topic_keys":  # all topics, in the order the config defines them
            filled[option.name] = tuple(t.key for t in reading.values.get("topics") or ())
        elif kind.name == "topics" and option.name == "sentences":
            filled[option.name] = (reading.values.get("summaries") or {}).get("topic_sentences", 3)
        elif option.default is not None:
            filled[option.name] = option.default
    return filled


def _cross_check(reading, kind: PartKind, options: dict[str, Any]) -> str | None:
    if kind.list_option and kind.option(kind.list_option).type == "topic_keys":
        if "keys" not in options and not reading.values.get("topics"):
            return "no topics are defined; add some under topics: or remove this part"
    start, end = options.get("from"), options.get("to")
    if start is not None and end is not None and start > end:
        # (a span that holds no day would show nothing, without a word why)
        return f"from: {start.isoformat()} is after to: {end.isoformat()}; give a from on or before the to"
    return None


def _option(reading, option: Option, node: yaml.Node, key: str) -> Any:
    r: NodeReader = reading.r
    if option.type in ("text", "document"):
        return r.text(node, key)
    if option.type == "int":
        return r.integer(node, key, option.minimum)
    if option.type == "bool":
        return r.boolean(node, key)
    if option.type == "date":
        return r.date(node, key)
    if option.type == "choice":
        value = r.text(node, key)
        if value is not None and value not in option.choices:
            r.fail(
                node, key, f"'{value}' is not one of {', '.join(option.choices)}" + did_you_mean(value, option.choices)
            )
            return None
        return value
    if option.type == "texts":
        if isinstance(node, yaml.ScalarNode):  # one glob is as natural as a list of one
            value = r.text(node, key)
            return None if value is None else (value,)
        return r.texts(node, key)
    if option.type == "file":
        value = r.text(node, key)
        if value is None:
            return None
        from reportgen import files

        _, problem = files.stat_problem(reading.folder / value)  # a folder is "is a folder, not a file"
        if problem == "does not exist":
            where = "" if os.path.isabs(value) else f" next to {r.label}"
            r.fail(
                node,
                key,
                f"no file {value}{where}; give the path of a Markdown file, "
                "relative to the config's folder or absolute",
            )
        elif problem:
            r.fail(node, key, f"{value} {problem}; give the path of a Markdown file")
        return None if problem else value
    return _topic_keys(reading, node, key)


def _topic_keys(reading, node: yaml.Node, key: str) -> tuple[str, ...] | None:
    r: NodeReader = reading.r
    values = r.texts(node, key, what="topic key")
    if values is None:
        return None
    known = reading.topic_keys
    ok = True
    for i, value in enumerate(values):
        item = node.value[i]
        if value not in known:
            hint = did_you_mean(value, known)
            r.fail(
                item,
                f"{key}[{i}]",
                f"unknown topic '{value}'"
                + (hint or ("; topics: " + ", ".join(known) if known else "; no topics are defined under topics:")),
            )
            ok = False
        elif value in values[:i]:
            r.fail(item, f"{key}[{i}]", f"topic '{value}' is listed twice")
            ok = False
    return values if ok else None
