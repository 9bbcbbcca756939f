"""Check a config and its layout's templates without rendering anything."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportgen.config.model import BriefingConfig
    from reportgen.ingest.cache import DocumentCache

HELP = "check a config and its layout's templates without rendering (exit 2 on problems)"
ORDER = 30
log = logging.getLogger("reportgen")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("config", type=Path, metavar="CONFIG", nargs="?", help="config.yaml")
    parser.add_argument(
        "--explain-keys",
        action="store_true",
        help="list every config key and part kind with its default and meaning, then exit",
    )
    parser.add_argument("--markdown", action="store_true", help="with --explain-keys: as the README's tables")


def run(args: argparse.Namespace) -> int:
    if args.explain_keys:
        from reportgen.config import docs

        print(docs.keys_markdown() + "\n\n" + docs.parts_markdown() if args.markdown else docs.keys_text())
        return 0
    if args.config is None:
        from reportgen.errors import UsageError

        raise UsageError("check needs a CONFIG (or --explain-keys)")
    from reportgen import ingest
    from reportgen.briefing import check_against_corpus, citation_warnings
    from reportgen.config import load_config
    from reportgen.errors import TemplateError, UsageError
    from reportgen.layouts import resolve
    from reportgen.render.html import check_layout

    cfg = load_config(args.config)  # a ConfigError lists every problem and exits 2
    # Table numbers and document names in `parts` can only be checked against the sources, read
    # from what the last build kept where they have not changed since (a check writes nothing).
    corpus = ingest.load(list(cfg.sources), root=cfg.root, cache=_parsed_sources(cfg))
    for diagnostic in corpus.diagnostics:  # e.g. why a table that parts name was not found
        log.warning("%s", diagnostic)
    check_against_corpus(cfg, corpus)
    from reportgen.i18n import language_warnings

    for warning in [*citation_warnings(cfg), *language_warnings(cfg)]:
        log.warning("%s", warning)
    try:
        layout = resolve(cfg.layout, base_dir=cfg.root)
    except TemplateError as exc:
        raise UsageError(str(exc)) from None  # a missing layout is a config mistake: exit 2
    problems = check_layout(layout)
    for problem in problems:
        print(problem)
    if problems:
        raise UsageError(f"{len(problems)} template problem{'s' if len(problems) != 1 else ''} in layout {cfg.layout}")
    templates = sum(1 for path, _ in layout.template_files() if path.suffix == ".j2")
    print(f"ok: config and {templates} templates")
    return 0


def _parsed_sources(cfg: BriefingConfig) -> DocumentCache | None:
    """The build's cache of parsed sources, read-only; None where the run history cannot be used."""
    from reportgen.errors import StateError
    from reportgen.ingest.cache import DocumentCache
    from reportgen.state import RunState

    try:
        return DocumentCache.beside(RunState.for_config(cfg).path, read_only=True)
    except StateError:  # a link where the history should be: the build explains it; check reads every source
        return None
