"""Collect every message the built-in layouts and part assemblers translate; write reportgen/locale/reportgen.pot.

    python scripts/catalogs.py           # rewrite reportgen.pot, list what each <language>.po lacks
    python scripts/catalogs.py --check   # exit 1 if reportgen.pot is stale or a catalog lacks a message

Messages come from the templates (`_()`, `gettext()`, `{% trans %}`), from calls such as
`ctx.gettext("...")` / `tr.pgettext("ctx", "...")` in reportgen/, from the part kinds' default
titles and from the tables reportgen.datefmt looks up by a computed msgid.  To add a language,
copy reportgen.pot to <code>.po, fill in every msgstr and set its Plural-Forms line.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "reportgen" / "locale"
POT = LOCALE / "reportgen.pot"

Message = tuple[str | None, str, str | None]  # context, msgid, msgid_plural


def messages() -> list[Message]:
    """Every message, in a stable order: templates, then code, then computed ones."""
    import jinja2

    from reportgen import datefmt, parts
    from reportgen.briefing import LANGUAGE_NAMES

    found: dict[tuple[str | None, str], str | None] = {}
    env = jinja2.Environment(extensions=["jinja2.ext.i18n"])
    for path in sorted((ROOT / "templates").rglob("*")):
        if path.suffix not in (".j2", ".css"):
            continue
        for _, func, message in env.extract_translations(path.read_text(encoding="utf-8")):
            if func in ("pgettext", "npgettext"):
                context, *rest = message
            else:
                context, rest = None, list(message) if isinstance(message, tuple) else [message]
            if isinstance(rest[0], str):
                found.setdefault((context, rest[0]), rest[1] if len(rest) > 1 and isinstance(rest[1], str) else None)
    for path in sorted((ROOT / "reportgen").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
            name = node.func.attr
            if name == "gettext" and args[:1] and args[0]:
                found.setdefault((None, args[0]), None)
            elif name == "ngettext" and len(args) >= 2 and args[0] and args[1]:
                found[(None, args[0])] = args[1]
            elif name == "pgettext" and len(args) == 2 and args[0] and args[1]:
                found.setdefault((args[0], args[1]), None)
            elif name == "npgettext" and len(args) >= 3 and all(args[:3]):
                found[(args[0], args[1])] = args[2]
    for kind in parts.kinds().values():
        found.setdefault((None, kind.title), None)
    for name in LANGUAGE_NAMES.values():
        found.setdefault((None, name), None)
    for context, msgid in datefmt.MESSAGES:
        found.setdefault((context, msgid), None)
    return [(context, msgid, plural) for (context, msgid), plural in found.items()]


def pot_text(found: list[Message]) -> str:
    out = [
        "# Messages of reportgen's built-in layouts; made by scripts/catalogs.py, do not edit.",
        "# A language is a copy of this file as <code>.po with every msgstr filled in.",
        'msgid ""',
        'msgstr ""',
        '"Content-Type: text/plain; charset=UTF-8\\n"',
        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"',
        "",
    ]
    for context, msgid, plural in found:
        if context is not None:
            out.append(f"msgctxt {_quote(context)}")
        out.append(f"msgid {_quote(msgid)}")
        if plural is None:
            out.append('msgstr ""')
        else:
            out += [f"msgid_plural {_quote(plural)}", 'msgstr[0] ""', 'msgstr[1] ""']
        out.append("")
    return "\n".join(out)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def lacking(found: list[Message]) -> dict[str, list[str]]:
    """Per language: the messages its catalog does not translate (every plural form filled counts)."""
    from reportgen.i18n import read_po

    out = {}
    for path in sorted(LOCALE.glob("*.po")):
        cat = read_po(path, path.stem)
        missing = []
        for context, msgid, plural in found:
            forms = cat.messages.get((context, msgid), ())
            if not forms or not all(forms) or (plural is not None and len(forms) < 2):
                missing.append(f"{context + ' | ' if context else ''}{msgid}")
        out[path.stem] = missing
    return out


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    found = messages()
    text = pot_text(found)
    problems = []
    if "--check" in argv:
        if not POT.is_file() or POT.read_text(encoding="utf-8") != text:
            problems.append(f"{POT.relative_to(ROOT)} is stale; run python scripts/catalogs.py")
    else:
        POT.write_text(text, encoding="utf-8")
    for language, missing in lacking(found).items():
        problems += [f"reportgen/locale/{language}.po: no translation of '{m}'" for m in missing]
    print("\n".join(problems) or f"{len(found)} messages; every catalog translates them all")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
