"""List the built-in and project layouts: the blocks and part templates a layout may override, and its helpers."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

HELP = "list built-in and project layouts and the blocks each one offers"
ORDER = 70
log = logging.getLogger("reportgen")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        type=Path,
        metavar="CONFIG",
        help="list the layouts of this config's project (default: the current folder)",
    )


def run(args: argparse.Namespace) -> int:
    from reportgen import layouts

    project = Path.cwd()
    extra = None
    if args.config:
        from reportgen.config import load_config

        cfg = load_config(args.config)
        project = cfg.root.resolve()
        extra = layouts.resolve(cfg.layout, base_dir=cfg.root)  # the config's own, wherever it lives
    found = layouts.available(project)
    if extra is not None and all(layout.folder != extra.folder for layout in found):
        found.append(extra)
    _print_helpers()
    for layout in found:
        print(_heading(layout, project))
        own = _own_blocks(layout)
        blocks = layout.blocks()
        width = max(map(len, blocks), default=0)
        for name, doc in blocks.items():
            mark = "  (overridden here)" if name in own else ""
            print(f"  {name:<{width}}  {doc}{mark}".rstrip())
        templates = layouts.part_templates()
        width = max(map(len, templates), default=0)
        for name, doc in templates.items():
            mark = "  (overridden here)" if not _is_builtin(layout) and (layout.folder / name).is_file() else ""
            print(f"  {name:<{width}}  {doc}{mark}".rstrip())
    return 0


def _print_helpers() -> None:
    """What every layout's templates may use besides the Briefing: filters, macros, CSS hooks."""
    from reportgen import parts
    from reportgen.layouts import builtin_root, macro_names
    from reportgen.render.markup import FILTERS

    print("every layout  (templates see `briefing`, and `part` inside the block part)")
    print("  filters    " + ", ".join(sorted(FILTERS)))
    print('  words      _("Contents"), {% trans %}…{% endtrans %}: in the briefing\'s language (reportgen/locale)')
    print('  macros     {% import "macros.html.j2" as m %}: ' + ", ".join(macro_names(builtin_root() / "_shared")))
    kinds = "|".join(parts.kinds())
    print(
        f"  CSS hooks  body.layout-<name>, section.part.part-<{kinds}>, #part-<N>-<kind>, "
        "a.cite, #src-<N>, .planned, @page :first"
    )


def _heading(layout, project: Path) -> str:
    if _is_builtin(layout):
        return f"{layout.name}  (built-in)"
    try:
        where = layout.folder.relative_to(project)
    except ValueError:
        where = layout.folder
    return f"{layout.name}  ({where}, extends {layout.builtin})"


def _own_blocks(layout) -> set[str]:
    """Blocks a user layout's own templates define (empty for a built-in layout)."""
    from reportgen.layouts import block_names

    if _is_builtin(layout):
        return set()
    return set(block_names(layout.folder))


def _is_builtin(layout) -> bool:
    from reportgen.layouts import builtin_root

    return layout.folder.parent == builtin_root()
