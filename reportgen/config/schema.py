"""Every key config.yaml may hold, declared once: its type, default and one-line help.

The loader reads exactly these keys, in this order (a key may use those before it: `period`
counts back from `as_of`, `parts` names `topics`); `reportgen check --explain-keys`, the
README's key table and the config `reportgen init` writes are all produced from KEYS, and
tests/test_config_schema.py fails when the README's table drifts from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

REQUIRED = object()  # the default of a key that must be given


@dataclass(frozen=True)
class Key:
    name: str
    type: str  # how it is read: a reader in reportgen/config/readers.py (READERS)
    default: Any  # the Python value when absent (REQUIRED: must be given)
    help: str  # one line
    shown: str = ""  # the default as a user would write it, for docs ("" = none)


KEYS: tuple[Key, ...] = (
    Key("title", "text", REQUIRED, "The briefing's title, on the cover and in the PDF metadata."),
    Key("subtitle", "text", "", "A line under the title."),
    Key("organisation", "text", "", "Who issues the briefing; shown on the cover."),
    Key("author", "text", "", "PDF author metadata.", "the organisation"),
    Key(
        "language",
        "language",
        "en",
        "Language of the layouts' fixed words and dates, an ISO 639 code: en, ru or kk (a catalog in reportgen/locale).",
        "en",
    ),
    Key("slug", "slug", "", "File-name stem for {slug} in `output`.", "derived from the title"),
    Key("as_of", "as_of", "today", "The date the briefing speaks from: `today` or YYYY-MM-DD.", "today"),
    Key(
        "period",
        "period",
        "all",
        "Items to cover by publication date: `all`, `last N days|weeks|months|years`, `since last run` "
        "or {from: YYYY-MM-DD, to: YYYY-MM-DD}.",
        "all",
    ),
    Key(
        "layout",
        "layout",
        "briefing",
        "A built-in layout (`reportgen layouts`) or a folder of templates (absolute or relative to the config).",
        "briefing",
    ),
    Key("sources", "paths", ("seeds/",), "Files or folders to read (absolute or relative to the config).", "[seeds/]"),
    Key(
        "focus",
        "focus",
        None,
        "Terms an item must mention: a list, or {terms: [...], variants: {Astana: [Nur-Sultan]}, match: any|all} "
        "(all: every term, for a relation between two countries). A spelling in a script written without spaces "
        "(Chinese, Japanese, Thai, Lao, Khmer, Burmese: `玻利维亚`) is found among the characters around it; so is a "
        "topic keyword in one (`奖学金`).",
        "no filter",
    ),
    Key(
        "sections",
        "sections",
        None,
        "Paper sections to include or exclude by title: {include: [globs], exclude: [globs]}.",
        "all but meta-sections",
    ),
    Key(
        "topics",
        "topics",
        (),
        "Topic key -> {title, keywords, min_score (default 1), min_share 0-1 (default 0.3)}.",
        "none",
    ),
    Key("summaries", "summaries", None, "{item_sentences: N, topic_sentences: N}: summary lengths.", "3 and 3"),
    Key(
        "cover",
        "bool",
        True,
        "false to leave out the cover page (a short briefing starts with its first part).",
        "true",
    ),
    Key("contents", "bool", True, "false to leave out the contents page.", "true"),
    Key(
        "parts",
        "parts",
        None,
        "The briefing's parts in order (see the part table).",
        "summary, topics, chronology, sources",
    ),
    Key(
        "output",
        "output",
        "out/{slug}-{as_of}.{ext}",
        "Output path pattern with {slug} {as_of} {ext} {title} (absolute or relative to the config).",
        "out/{slug}-{as_of}.{ext}",
    ),
    Key("formats", "formats", ("pdf",), "Which files to write: a list from pdf, html, json.", "[pdf]"),
    Key("latest", "bool", False, "true to also write {slug}-latest.{ext} beside the dated files.", "false"),
    Key(
        "state",
        "state",
        ".reportgen/state.sqlite",
        "Run history (SQLite) for `since last run` and `new` (absolute or relative to the config).",
        ".reportgen/state.sqlite",
    ),
    Key(
        "limits",
        "limits",
        None,
        "Bounds of one build: {seconds: wall time of analysis and render (`--timeout` overrides), memory_mb: "
        "address space of the analysis and the render, pages: of the PDF}; past one the build stops and keeps the old outputs.",
        "{seconds: 300, memory_mb: 2048, pages: 1000}",
    ),
    Key(
        "pdf",
        "pdf",
        None,
        "The PDF file: {tags: true|false (structure tree for screen readers), variant: pdf/a-3b|pdf/ua-1 "
        "(archival or accessible, with XMP metadata), attach: [config, json] (embedded, for `reportgen extract`)}.",
        "{tags: true}",
    ),
)

BY_NAME = {key.name: key for key in KEYS}


def default(name: str) -> Any:
    """The declared default of a key (for the dataclass fields that mirror keys)."""
    value = BY_NAME[name].default
    if value is REQUIRED:
        raise KeyError(f"{name} has no default")
    return value
