"""Render a Briefing to HTML through a layout's sandboxed Jinja environment; check layouts statically.

Loader (first match wins): the layout's search path (user folder → built-in layout
→ templates/_shared), then `<layout>:<template>` names for any built-in template,
e.g. `{% extends "briefing:base.html.j2" %}`, and `shared:<template>` for partials.
Templates see one variable, `briefing`; inside the part blocks also `part`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import posixpath
import re
import stat
from pathlib import Path
from types import TracebackType

import jinja2
from jinja2 import meta, nodes
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from reportgen import briefing_model, files
from reportgen.briefing_model import Briefing
from reportgen.errors import TemplateError
from reportgen.i18n import catalog
from reportgen.layouts import ENTRY, SHARED, Layout, builtin_names, builtin_root, read_template
from reportgen.render.markup import FILTERS, localized_filters

#: Names a template may use without defining them.
CONTEXT_NAMES = frozenset({"briefing", "part"})
_ESCAPED_SUFFIXES = (".html", ".htm", ".xml", ".j2")
_LOOP_ATTRS = {
    "index",
    "index0",
    "revindex",
    "revindex0",
    "first",
    "last",
    "length",
    "cycle",
    "depth",
    "depth0",
    "previtem",
    "nextitem",
    "changed",
}


class ConfinedLoader(jinja2.FileSystemLoader):
    """A FileSystemLoader that reads a template only from inside the folder it was found in.

    Jinja's own loader follows symlinks, so `{% include "pw.j2" %}` with pw.j2 -> /etc/passwd
    would print that file into the briefing; here such a link, a FIFO (which would hang the
    read) or a file that is not UTF-8 is a template error naming the file.
    """

    def get_source(self, environment, template):
        pieces = jinja2.loaders.split_template_path(template)  # refuses '..'
        for searchpath in self.searchpath:
            filename = posixpath.join(searchpath, *pieces)
            if os.path.lexists(filename) and not os.path.isdir(filename):
                break
        else:
            raise jinja2.TemplateNotFound(template)
        try:
            contents = read_template(Path(filename), Path(searchpath))
        except files.FileProblem as exc:
            raise jinja2.TemplateError(f"template '{template}' {exc.reason}") from None
        mtime = os.path.getmtime(filename)
        return contents, os.path.normpath(filename), lambda: _mtime(filename) == mtime


def _mtime(filename: str) -> float | None:
    try:
        return os.path.getmtime(filename)
    except OSError:
        return None


def environment(layout: Layout, language: str = "en") -> SandboxedEnvironment:
    """A sandboxed, autoescaping, strict environment over the layout's layered loader.

    `_()`, `gettext()` and `{% trans %}` translate a layout's fixed words through the catalog of
    `language` (reportgen/i18n.py), and the date filters write that language's dates; a layout
    that does not use them stays English.
    """
    root = builtin_root()
    prefixed = {name: ConfinedLoader(root / name) for name in builtin_names()}
    prefixed["shared"] = ConfinedLoader(root / SHARED)
    loader = jinja2.ChoiceLoader(
        [
            ConfinedLoader([str(p) for p in layout.search_path]),
            jinja2.PrefixLoader(prefixed, delimiter=":"),
        ]
    )
    env = SandboxedEnvironment(
        loader=loader,
        # select_autoescape matches only the last suffix's full list; `.html.j2` needs this.
        autoescape=_autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
        extensions=["jinja2.ext.i18n"],
    )
    env.filters.update(FILTERS)
    if language != "en":
        env.filters.update(localized_filters(language))
    env.install_gettext_translations(catalog(language), newstyle=True)  # type: ignore[attr-defined]
    env.bytecode_cache = _bytecode_cache(env)
    return env


def _bytecode_cache(env: SandboxedEnvironment) -> jinja2.BytecodeCache | None:
    """Jinja's cache of compiled templates, in its own per-user folder (private, 0700), or None if unsafe.

    Compiling the default layout's templates is ~0.1 s of every build's CPU; a template whose
    source is unchanged is loaded compiled instead (same output).  Jinja keys an entry by
    template name, file and source only, so the file names also carry what else shapes the
    compiled code: Jinja's version, this module's source and the environment's settings and filters.
    """
    import hashlib

    try:
        own = Path(__file__).read_bytes()
    except OSError:
        return None
    settings = (
        jinja2.__version__,
        type(env).__name__,
        env.trim_blocks,
        env.lstrip_blocks,
        env.keep_trailing_newline,
        sorted(env.extensions),
        sorted(env.filters),
        sorted(env.tests),
        getattr(env, "newstyle_gettext", None),
    )
    key = hashlib.sha1(own + repr(settings).encode()).hexdigest()[:16]
    try:
        return _QuietBytecodeCache(pattern=f"reportgen-{key}-%s.cache")
    except (RuntimeError, OSError):  # the folder is not private to this user, or cannot be made
        return None


class _QuietBytecodeCache(jinja2.FileSystemBytecodeCache):
    """A cache that never fails a build: a full or read-only disk only means compiling again."""

    def load_bytecode(self, bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, ValueError, EOFError):
            bucket.reset()

    def dump_bytecode(self, bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def render_html(briefing: Briefing, layout: Layout) -> str:
    """The layout's base.html.j2 rendered with `briefing`; any template failure is a TemplateError."""
    env = environment(layout, briefing.language)
    try:
        return env.get_template(ENTRY).render(briefing=briefing)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(
            f"{_display(exc.filename or exc.name or ENTRY, layout)}:{exc.lineno}: {exc.message}"
        ) from None
    except (jinja2.TemplateError, SecurityError, TypeError, ValueError) as exc:  # undefined, not found, sandbox
        where = _template_frame(exc.__traceback__, layout)
        raise TemplateError(f"{where}: {_message(exc)}") from None
    except RecursionError as exc:  # a macro or include that calls itself
        raise TemplateError(
            f"{_template_frame(exc.__traceback__, layout)}: templates include or call themselves without end"
        ) from None
    except MemoryError:  # the render's memory limit: the caller names it
        raise
    except Exception as exc:  # {{ 1/0 }}, {{ x[99] }}: whatever a template expression raises is the layout's error
        where = _template_frame(exc.__traceback__, layout)
        raise TemplateError(f"{where}: " + ": ".join(filter(None, (type(exc).__name__, _message(exc))))) from None


def check_layout(layout: Layout) -> list[str]:
    """Every problem in the layout's templates as `path:line: message`: syntax, unknown names and fields."""
    env = environment(layout)
    known_fields = _model_fields()
    briefing_fields = {f.name for f in dataclasses.fields(Briefing)}
    allowed = CONTEXT_NAMES | set(env.globals)
    problems: list[str] = [
        f"{_display(str(path), layout)}: {reason}; a layout holds only files and folders"
        for path, reason in _special_files(layout)
    ]
    for path, name in layout.template_files():
        shown = _display(str(path), layout)
        folder = next(f for f in layout.search_path if path.is_relative_to(f))
        try:
            source = read_template(path, folder)
        except files.FileProblem as exc:
            problems.append(f"{shown}: {exc.reason}")
            continue
        try:
            ast = env.parse(source, name, str(path))
        except jinja2.TemplateSyntaxError as exc:
            problems.append(f"{shown}:{exc.lineno}: {exc.message}")
            continue
        # Names a template defines at its top level ({% import %}, {% from %}, {% set %}) are visible
        # in its blocks at render time, though Jinja's static analysis reports them as undeclared.
        for var in sorted(meta.find_undeclared_variables(ast) - allowed - _top_level_names(ast)):
            line = min(n.lineno for n in ast.find_all(nodes.Name) if n.name == var)
            problems.append(
                f"{shown}:{line}: '{var}' is undefined (templates see 'briefing', and 'part' in part blocks)"
            )
        namespaces = _namespace_names(ast)
        for node in ast.find_all(nodes.Getattr):
            if isinstance(node.node, nodes.Name) and node.node.name in namespaces:
                continue  # macros of an imported template, `self.block()`, `loop.index`
            if isinstance(node.node, nodes.Name) and node.node.name == "briefing":
                if node.attr not in briefing_fields:
                    problems.append(
                        f"{shown}:{node.lineno}: 'briefing.{node.attr}': the Briefing has no field '{node.attr}'"
                    )
            elif node.attr not in known_fields:
                problems.append(
                    f"{shown}:{node.lineno}: '.{node.attr}': no part of the Briefing has a field '{node.attr}'"
                )
        loader = env.loader
        assert loader is not None  # environment() always sets one
        for ref in _template_refs(ast):
            try:
                loader.get_source(env, ref)
            except jinja2.TemplateNotFound:
                problems.append(f"{shown}:{_ref_line(ast, ref)}: template '{ref}' not found in {_search_text(layout)}")
            except jinja2.TemplateError:
                continue  # the file itself is reported above, under its own name
    return problems


def _special_files(layout: Layout) -> list[tuple[Path, str]]:
    """FIFOs, sockets and devices in the layout's folders: a render that fetched one would hang or read for ever."""
    found = []
    for folder in layout.search_path:
        for path in sorted(folder.rglob("*")):
            mode, problem = files.stat_problem(path)
            if problem and mode and not stat.S_ISDIR(mode):  # links to nowhere are the loader's to explain
                found.append((path, problem))
    return found


def _top_level_names(ast: nodes.Template) -> set[str]:
    names = set()
    for node in ast.body:
        if isinstance(node, nodes.Import):
            names.add(node.target)
        elif isinstance(node, nodes.FromImport):
            names.update(n if isinstance(n, str) else n[1] for n in node.names)
        elif isinstance(node, (nodes.Assign, nodes.AssignBlock)):
            targets = [node.target, *node.target.find_all(nodes.Name)]  # `set a` or `set a, b`
            names.update(n.name for n in targets if isinstance(n, nodes.Name))
    return names


def _autoescape(name: str | None) -> bool:
    return name is None or name.endswith(_ESCAPED_SUFFIXES)


def _model_fields() -> set[str]:
    """Field names of every Briefing dataclass, plus what dates, strings, tuples and loops offer."""
    fields: set[str] = set(_LOOP_ATTRS)
    from reportgen import parts

    models = [obj for obj in vars(briefing_model).values() if dataclasses.is_dataclass(obj) and isinstance(obj, type)]
    models += [model for kind in parts.kinds().values() for model in kind.models]
    for model in models:
        fields.update(f.name for f in dataclasses.fields(model))
    for kind in (dt.datetime, str, tuple, int, float):
        fields.update(a for a in dir(kind) if not a.startswith("_"))
    return fields


def _namespace_names(ast: nodes.Template) -> set[str]:
    """Names whose attributes are not model fields: imported templates, `self`, `loop`."""
    return {"self", "loop", "varargs", "kwargs", "caller"} | {node.target for node in ast.find_all(nodes.Import)}


def _template_refs(ast: nodes.Template) -> list[str]:
    return sorted({ref for ref in meta.find_referenced_templates(ast) if ref is not None})


def _ref_line(ast: nodes.Template, ref: str) -> int:
    for node in ast.find_all((nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)):
        template = getattr(node, "template", None)  # every node kind found above has one
        if isinstance(template, nodes.Const) and template.value == ref:
            return node.lineno
    return 1


def _template_frame(tb: TracebackType | None, layout: Layout) -> str:
    """`path:line` of the innermost template frame; Jinja rewrites tracebacks to template lines."""
    where = f"{_display(str(layout.folder / ENTRY), layout)}:1"
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".j2", ".css")) or "<template>" in filename:
            where = f"{_display(filename, layout)}:{tb.tb_lineno}"
        tb = tb.tb_next
    return where


def _message(exc: Exception) -> str:
    if isinstance(exc, jinja2.TemplateNotFound):
        return f"template '{exc.name}' not found"
    text = str(exc)
    # "'reportgen.briefing_model.Briefing object' has no attribute 'x'" → "'Briefing' has no attribute 'x'"
    return re.sub(r"'(?:[\w.]+\.)?(\w+) object'", r"'\1'", text)


def _display(filename: str, layout: Layout) -> str:
    """A template path as a user finds it: relative to cwd, else to the built-in templates' parent."""
    path = Path(os.path.abspath(filename))  # not resolved: a link shows under its own name
    for base in (Path.cwd(), builtin_root().parent, layout.folder.parent):
        if path.is_relative_to(base.resolve()):
            return path.relative_to(base.resolve()).as_posix()
    return str(path)


def _search_text(layout: Layout) -> str:
    return " → ".join(str(p) for p in layout.search_path)
