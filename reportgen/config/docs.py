"""Render the key and part declarations as docs: the README tables, `check --explain-keys`, init's comments."""

from __future__ import annotations

from reportgen.config.schema import BY_NAME, KEYS, REQUIRED

KEYS_START, KEYS_END = "<!-- keys:start (made by: reportgen check --explain-keys --markdown) -->", "<!-- keys:end -->"
PARTS_START, PARTS_END = (
    "<!-- parts:start (made by: reportgen check --explain-keys --markdown) -->",
    "<!-- parts:end -->",
)


def _default(key) -> str:
    return "required" if key.default is REQUIRED else key.shown or "—"


def keys_markdown() -> str:
    rows = ["| key | default | meaning |", "|---|---|---|"]
    rows += [f"| `{k.name}` | {_md(_default(k))} | {_md(k.help)} |" for k in KEYS]
    return "\n".join(rows)


def parts_markdown() -> str:
    from reportgen import parts

    rows = ["| part | options (default) | shows |", "|---|---|---|"]
    for kind in parts.kinds().values():
        options = (
            ", ".join(
                f"`{o.name}`"
                + (f" ({o.default})" if o.default not in (None, "") else "")
                + (" required" if o.required else "")
                for o in kind.options
            )
            or "—"
        )
        rows.append(f"| `{kind.example}` | {_md(options)} | {_md(kind.help)} |")
    return "\n".join(rows)


def keys_text() -> str:
    """The plain-text listing `reportgen check --explain-keys` prints."""
    from reportgen import parts

    width = max(len(k.name) for k in KEYS)
    lines = [f"{k.name:<{width}}  {k.help}  [default: {_default(k)}]" for k in KEYS]
    lines.append("")
    lines.append("parts (each also takes title:):")
    for kind in parts.kinds().values():
        lines.append(f"  {kind.example}  — {kind.help}")
        for option in kind.options:
            default = (
                " (required)"
                if option.required
                else (f" [default: {option.default}]" if option.default not in (None, "") else "")
            )
            lines.append(f"      {option.name}: {option.help}{default}")
    return "\n".join(lines)


def comment(name: str) -> str:
    """The comment line `reportgen init` writes above a key: its help from the schema."""
    return f"# {BY_NAME[name].help}"


def _md(text: str) -> str:
    return text.replace("|", "\\|")
