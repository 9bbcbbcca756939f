"""Locate layouts (built-in or user folders) and list the blocks a user layout may override.

A layout is a folder of Jinja templates with `base.html.j2` as its entry point.
Built-in layouts live in the repo's top-level `templates/` (shipped in the wheel as
the package `reportgen.templates`); folders starting with `_` hold shared partials.

A user layout is any folder with templates.  Its search path is
    user folder → the built-in layout it extends → templates/_shared
so a user file of the same name replaces the built-in one, first match wins.
It extends `briefing` unless its `layout.yaml` says `extends: <built-in name>`.
A user template may also name a built-in template explicitly with a prefix,
`<layout>:<template>`, e.g. `{% extends "briefing:base.html.j2" %}`, and then
override single blocks (see BLOCKS). Each part kind is rendered by its own template,
`parts/<kind>.html.j2` (see part_templates()); a layout replaces one by holding a
file of that name.
"""

from __future__ import annotations

import importlib.resources
import os
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from reportgen import files
from reportgen.errors import LayoutError

MAX_TEMPLATE_BYTES = 2 * files.MB  # templates and stylesheets are kilobytes

ENTRY = "base.html.j2"
SHARED = "_shared"
DEFAULT_EXTENDS = "briefing"

#: Blocks of the built-in layouts, in document order, with what each renders.
#: Inside a part block the current part is the variable `part`.
BLOCKS: dict[str, str] = {
    "head": "the <head>: title, PDF metadata <meta> tags, the stylesheet",
    "style": "the inline stylesheet (style.css of the first layout folder that has one)",
    "cover": "the cover page: title, subtitle, organisation, as-of date, period",
    "toc": "the table of contents with page numbers",
    "parts": "the loop over briefing.parts, one <section> each",
    "part": "one part (the variable `part`): includes parts/<part.kind>.html.j2, see part_templates()",
    "colophon": "the closing line after the last part",
}

_BLOCK_RE = re.compile(r"{%-?\s*block\s+(\w+)")


@dataclass(frozen=True)
class Layout:
    """A resolved layout: where its templates are found, in search order."""

    name: str
    folder: Path
    search_path: tuple[Path, ...]
    builtin: str  # the built-in layout this one is, or extends

    def blocks(self) -> dict[str, str]:
        """Block names defined by this layout's templates → their description ('' if undocumented)."""
        found: dict[str, str] = {}
        for folder in self.search_path:
            for name in block_names(folder):
                found.setdefault(name, BLOCKS.get(name, ""))
        order = list(BLOCKS)
        return dict(sorted(found.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else len(order), kv[0])))

    def template_files(self) -> list[tuple[Path, str]]:
        """Every template a render may load: (file, name the loader knows it by), first match wins."""
        seen: set[str] = set()
        found: list[tuple[Path, str]] = []
        for folder in self.search_path:
            for path in sorted(folder.rglob("*")):
                name = path.relative_to(folder).as_posix()
                if path.is_file() and path.suffix in {".j2", ".css"} and name not in seen:
                    seen.add(name)
                    found.append((path, name))
        return found

    def files(self) -> list[Path]:
        """Every regular file of the layout's folders that a render may read (links out of them left out)."""
        found = []
        for folder in self.search_path:
            inside = os.path.realpath(folder)
            for path in folder.rglob("*"):
                real = Path(os.path.realpath(path))
                if real.is_relative_to(inside) and real.is_file():
                    found.append(path)
        return sorted(found)


def part_templates() -> dict[str, str]:
    """The template of each part kind → what that part shows (from the part-kind registry)."""
    from reportgen import parts

    return {f"parts/{name}.html.j2": kind.help for name, kind in parts.kinds().items()}


def read_template(path: Path, folder: Path) -> str:
    """The text of a layout file; FileProblem if it links outside `folder`, is no regular file or is not UTF-8.

    Layouts may read only their own files: a plain FileSystemLoader would follow a link
    such as pw.j2 -> /etc/passwd and put that file into the briefing.
    """
    real = Path(os.path.realpath(path))
    if not real.is_relative_to(os.path.realpath(folder)):
        raise files.FileProblem(
            f"is a link to {real}, outside the layout folder {folder}; copy the file into the layout"
        )
    data = files.read_limited(real, MAX_TEMPLATE_BYTES)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise files.FileProblem(f"is not UTF-8 text (byte {exc.start}); save it as UTF-8") from None


def block_names(folder: Path) -> list[str]:
    """Names of the blocks the folder's templates define (files that cannot be read are left out)."""
    names = []
    for path in sorted(folder.rglob("*.j2")):
        try:
            names += _BLOCK_RE.findall(read_template(path, folder))
        except files.FileProblem:
            continue  # `reportgen check` and the build name the file and the problem
    return names


def macro_names(folder: Path) -> list[str]:
    """Macros of the folder's macros.html.j2, in the order they are defined."""
    try:
        return re.findall(r"{%-?\s*macro\s+(\w+)", read_template(folder / "macros.html.j2", folder))
    except files.FileProblem:
        return []


def builtin_root() -> Path:
    """The folder holding the built-in layouts: the repo's templates/ or the installed package."""
    repo = Path(__file__).resolve().parent.parent / "templates"
    if (repo / DEFAULT_EXTENDS / ENTRY).is_file():
        return repo
    return Path(str(importlib.resources.files("reportgen.templates")))


def builtin_names() -> list[str]:
    root = builtin_root()
    return sorted(p.name for p in root.iterdir() if (p / ENTRY).is_file() and not p.name.startswith("_"))


def resolve(layout: str, *, base_dir: Path) -> Layout:
    """A built-in layout by name, or a folder of templates relative to base_dir."""
    root = builtin_root()
    shared = root / SHARED
    if layout in builtin_names():
        folder = root / layout
        return Layout(layout, folder, (folder, shared), layout)
    folder = Path(os.path.realpath(Path(base_dir) / layout))  # unlike Path.resolve() on 3.11, a loop does not raise
    if not folder.is_dir():
        names = ", ".join(builtin_names())
        raise LayoutError(f"layout {layout!r}: no such built-in layout ({names}) or folder {folder}")
    extends = _declared_extends(folder)
    if extends not in builtin_names():
        line = _extends_line(folder / "layout.yaml")
        raise LayoutError(
            f"{folder / 'layout.yaml'}:{line}: extends: unknown built-in layout {extends!r}; "
            "built-in layouts: " + ", ".join(builtin_names())
        )
    return Layout(folder.name, folder, (folder, root / extends, shared), extends)


def available(project_dir: Path) -> list[Layout]:
    """Built-in layouts, then user layouts: folders under project_dir/layouts holding templates."""
    found = [resolve(name, base_dir=project_dir) for name in builtin_names()]
    user_root = Path(project_dir) / "layouts"
    inside = os.path.realpath(project_dir)
    if user_root.is_dir():
        for folder in sorted(p for p in user_root.iterdir() if p.is_dir()):
            # A folder linked from elsewhere is not the project's: do not walk or read it.
            if Path(os.path.realpath(folder)).is_relative_to(inside) and any(folder.rglob("*.j2")):
                found.append(resolve(str(folder), base_dir=project_dir))
    return found


def _declared_extends(folder: Path) -> str:
    """Read `extends:` from the folder's layout.yaml; briefing if there is none."""
    meta = folder / "layout.yaml"
    if not os.path.lexists(meta):
        return DEFAULT_EXTENDS
    try:
        data = yaml.safe_load(read_template(meta, folder)) or {}
    except files.FileProblem as exc:
        raise LayoutError(f"{meta}: {exc.reason}") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"{meta}:{mark.line + 1}:{mark.column + 1}" if mark else str(meta)
        raise LayoutError(f"{where}: invalid YAML: {exc.problem or exc.context}") from None
    except (yaml.YAMLError, RecursionError) as exc:
        raise LayoutError(f"{meta}: invalid YAML: " + " ".join(str(exc).split())) from None
    extends = data.get("extends", DEFAULT_EXTENDS) if isinstance(data, dict) else None
    if not isinstance(extends, str):
        raise LayoutError(
            f"{meta}:{_extends_line(meta)}: extends: expected the name of a built-in layout, e.g. extends: briefing"
        )
    return extends


def _extends_line(meta: Path) -> int:
    """The line of `extends:` in layout.yaml (1 if it cannot be found)."""
    try:
        lines = read_template(meta, meta.parent).splitlines()
    except files.FileProblem:
        return 1
    return next((i for i, line in enumerate(lines, 1) if line.startswith("extends:")), 1)
