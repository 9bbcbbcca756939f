"""Load config.yaml into a BriefingConfig; every problem names config.yaml:LINE:COL and the key.

The file is parsed with yaml.compose so every node keeps its position; the whole
file is checked before anything is built, and every problem is reported at once
(ConfigError).  The value types below are the contract the other stages use.
"""
from __future__ import annotations

import calendar
import datetime as dt
import difflib
import os
import re
import stat
import string
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from reportgen import files
from reportgen.corpus import Corpus, Document
from reportgen.errors import ConfigError


@dataclass(frozen=True)
class TopicDef:
    """A topic from the config: its key, heading and the keywords that signal it."""

    key: str
    title: str
    keywords: tuple[str, ...]
    min_score: float = 1.0  # an item joins the topic when its score reaches this
    min_share: float = 0.3  # ... and this fraction of its best topic's score (a passing mention stays out)


@dataclass(frozen=True)
class FocusSpec:
    """Terms an item must mention to be included, with declared name variants.

    `variants` maps a canonical term to other spellings ("Astana" -> ("Nur-Sultan",)).
    An empty `terms` means no focus filter.
    """

    terms: tuple[str, ...] = ()
    variants: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class Period:
    """The span of dates a briefing covers; either bound may be open.

    `since_last_run` is set for `period: since last run`; the build resolves it
    from the run history (and `start` stays None until then).
    """

    start: dt.date | None = None
    end: dt.date | None = None
    label: str = ""
    since_last_run: bool = False


@dataclass(frozen=True)
class PartSpec:
    """One entry of `parts:`, e.g. kind='table', options={'document': 'paper', 'number': 1}."""

    kind: str  # summary | topics | table | chronology | sources | about | new
    options: tuple[tuple[str, Any], ...] = ()
    line: int = 0

    def get(self, key: str, default: Any = None) -> Any:
        return dict(self.options).get(key, default)


@dataclass(frozen=True)
class BriefingConfig:
    path: Path  # the config file; relative paths in it resolve against path.parent
    title: str
    subtitle: str = ""
    organisation: str = ""
    author: str = ""
    as_of: dt.date = field(default_factory=dt.date.today)
    period: Period = Period()
    layout: str = "briefing"
    sources: tuple[str, ...] = ("seeds/",)
    focus: FocusSpec = FocusSpec()
    topics: tuple[TopicDef, ...] = ()
    parts: tuple[PartSpec, ...] = ()
    item_sentences: int = 3  # summary length per item
    topic_sentences: int = 3  # summary length per topic section
    output: str = "out/{slug}-{as_of}.{ext}"
    formats: tuple[str, ...] = ("pdf",)
    latest: bool = False  # also write out/{slug}-latest.{ext}
    state: str = ".reportgen/state.sqlite"
    language: str = "en"
    lines: tuple[tuple[str, int], ...] = ()  # key path ("parts[2].table.number") -> line in the file
    slug: str = ""  # file-name stem for {slug}; derived from the title unless the config gives one
    columns: tuple[tuple[str, int], ...] = ()  # key path -> column, to go with `lines`

    @property
    def root(self) -> Path:
        return self.path.parent

    def line_of(self, key: str) -> int:
        return dict(self.lines).get(key, 1)

    def column_of(self, key: str) -> int:
        return dict(self.columns).get(key, 1)

    def topic(self, key: str) -> TopicDef | None:
        return next((t for t in self.topics if t.key == key), None)


# ---------------------------------------------------------------------------
# The schema: every key config.yaml may hold, with what it means (MkDocs style).
# The loader below checks exactly these keys; `reportgen init` and the docs can
# print this table.
# ---------------------------------------------------------------------------

SCHEMA: dict[str, str] = {
    "title": "Required. The briefing's title, on the cover and in the PDF metadata.",
    "subtitle": "A line under the title.",
    "organisation": "Who issues the briefing; shown on the cover.",
    "author": "PDF author metadata; defaults to `organisation`.",
    "language": "Language of the briefing as an ISO 639 code; default `en`.",
    "slug": "File-name stem for {slug} in `output`; derived from the title (ASCII, lowercase, hyphens) unless given.",
    "as_of": "`today` (the default) or a date YYYY-MM-DD; relative periods count back from it.",
    "period": "Which dates to cover: {from: YYYY-MM-DD, to: YYYY-MM-DD} (either optional), "
    "`last N days|weeks|months|years`, `since last run` or `all` (the default). "
    "A period never ends after `as_of` unless `to` says so.",
    "layout": "A built-in layout name (a folder of templates/ holding base.html.j2) or a folder "
    "relative to this file that holds base.html.j2 or extends a built-in layout.",
    "sources": "Files or folders to read, relative to this file's folder and inside it; default [seeds/].",
    "focus": "Terms an item must mention to be included: a list, or {terms: [...], "
    "variants: {Astana: [Nur-Sultan]}} where variants are other spellings of a name.",
    "topics": "Topic key -> {title: text, keywords: [words or stems], min_score: number (default 1), min_share: 0-1 (default 0.3)}.",
    "parts": "The briefing's parts in order; each one of: summary, topics, table, chronology, "
    "about, new, sources (see PART_OPTIONS). Default: summary, topics, chronology, sources.",
    "summaries": "{item_sentences: N, topic_sentences: N}: summary lengths per item and per topic (default 3).",
    "output": "Output path pattern relative to this file, with {slug} {as_of} {ext} {title}; "
    "default out/{slug}-{as_of}.{ext}.",
    "formats": "Which files to write: a list from pdf, html, json; default [pdf].",
    "latest": "true to also write out/{slug}-latest.{ext} (a stable name to link to).",
    "state": "Where the run history lives (SQLite), relative to this file; default .reportgen/state.sqlite.",
}

PART_OPTIONS: dict[str, dict[str, str]] = {
    "summary": {"sentences": "How many sentences (default 6).", "title": "Heading of the part."},
    "topics": {
        "keys": "Which topics, in order (default: all). `topics: [a, b]` is short for {keys: [a, b]}.",
        "sentences": "Summary sentences per topic (default summaries.topic_sentences).",
        "title": "Heading of the part.",
    },
    "table": {
        "document": "Document id, file name or path, or `paper` for the only paper (default paper).",
        "number": "Required. The table's number in that document.",
        "title": "Heading of the part.",
    },
    "chronology": {
        "focus_only": "true to list only events that mention a focus term.",
        "order": "oldest (default) or newest first.",
        "limit": "At most this many rows (the first ones in that order).",
        "group": "year to put rows under a heading per year, or none (default).",
        "from": "Leave out events before this date (YYYY-MM-DD).",
        "to": "Leave out events after this date (YYYY-MM-DD); planned events are kept by default.",
        "title": "Heading of the part.",
    },
    "about": {"document": "The paper to describe (default paper).", "title": "Heading of the part."},
    "new": {"title": "Heading of the part listing items new since the last run."},
    "sources": {"title": "Heading of the numbered list of sources."},
}

CHRONOLOGY_CHOICES = {"order": ("oldest", "newest"), "group": ("year", "none")}
SUMMARIES_OPTIONS = {"item_sentences": "Summary sentences per item.", "topic_sentences": "Summary sentences per topic."}
TOPIC_OPTIONS = {"title": "Required heading.", "keywords": "Required words or stems.", "min_score": "Score to join.",
                 "min_share": "Fraction (0-1) of the item's best topic score needed to join."}
FOCUS_OPTIONS = {"terms": "Terms an item must mention.", "variants": "Term -> other spellings."}
FORMATS = ("pdf", "html", "json")
PLACEHOLDERS = ("slug", "as_of", "ext", "title")
PAPER = "paper"  # the document selector meaning "the only paper among the sources"

DEFAULT_SUMMARY_SENTENCES = 6
MAX_CONFIG_BYTES = files.MB  # hand-written configs are a few KB; 30 MB of YAML takes a minute to check
_PLANNED_LAYOUTS = ("briefing", "digest")  # accepted until templates/ holds a layout

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")


# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------


def load_config(path: Path, *, as_of: dt.date | None = None, today: dt.date | None = None) -> BriefingConfig:
    """Read and fully check a config file; raise ConfigError listing every problem found.

    `as_of` overrides the file's as_of; `today` stands in for date.today() (tests).
    """
    path = Path(path)
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
        raise ConfigError([f"{label}:{line}:{column}: invalid YAML: character U+{char:04X} is not allowed "
                           "in YAML; delete it"])
    except yaml.YAMLError as exc:
        raise ConfigError([f"{label}: invalid YAML: " + " ".join(str(exc).split())])
    except RecursionError:  # yaml.compose recurses once per level: [[[[...]]]]
        raise ConfigError([f"{label}: invalid YAML: nested too deeply; a config needs a few levels at most"])
    if root is None:
        raise ConfigError([f"{label}:1:1: the file is empty; expected a mapping of settings starting with title:"])
    if not isinstance(root, yaml.MappingNode):
        raise ConfigError([f"{label}:{root.start_mark.line + 1}:{root.start_mark.column + 1}: "
                           f"expected a mapping of settings (key: value lines), got {_what(root)}"])
    reader = _Reader(label)
    cfg = _Builder(reader, path, as_of, today or dt.date.today()).build(root)
    if reader.problems or cfg is None:
        raise ConfigError(reader.sorted_problems())
    return cfg


def read_config_text(path: Path) -> str:
    """The text of a config file; ConfigError (one line, exit 2) if it is no readable UTF-8 file of sane size."""
    label = str(path)
    try:
        data = files.read_limited(path, MAX_CONFIG_BYTES)
    except files.FileProblem as exc:
        if exc.reason == "does not exist":  # also a dangling symlink
            raise ConfigError([f"{label}: no such config file; give the path of a YAML file such as config.yaml"])
        hint = ("a config is a few kilobytes; is this the right file?" if "MB limit" in exc.reason
                else "give the path of a YAML file such as config.yaml")
        raise ConfigError([f"{label}: {exc.reason.removesuffix(', not a file')}; {hint}"])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ConfigError([f"{label}:{line}: not UTF-8 text (byte {exc.start}); save the file as UTF-8"])


def check_against_corpus(cfg: BriefingConfig, corpus: Corpus) -> None:
    """Check what only the corpus can tell: the documents and tables that parts name exist."""
    problems: list[tuple[int, int, str]] = []

    def fail(key: str, message: str) -> None:
        line, col = cfg.line_of(key), cfg.column_of(key)
        problems.append((line, col, f"{cfg.path}:{line}:{col}: {key}: {message}"))

    for index, part in enumerate(cfg.parts):
        if part.kind not in ("table", "about"):
            continue
        base = f"parts[{index}].{part.kind}"
        selector = str(part.get("document", PAPER))
        doc, problem = find_document(corpus, selector)
        if doc is None:
            fail(f"{base}.document", problem)
        elif part.kind == "about" and doc.kind != "paper":
            fail(f"{base}.document", f"{doc.path} is a {doc.kind} document; `about` describes a paper")
        elif part.kind == "table" and doc.table(part.get("number")) is None:
            numbers = ", ".join(str(t.number) for t in doc.tables)
            fail(f"{base}.number", f"no table {part.get('number')} in {doc.path}; "
                                   + (f"tables: {numbers}" if numbers else "it has no tables"))
    if problems:
        raise ConfigError([p for *_, p in sorted(problems, key=lambda p: p[:2])])


def find_document(corpus: Corpus, selector: str) -> tuple[Document | None, str]:
    """Resolve a document selector (id, file name, path or `paper`); (None, why) if it names none."""
    if selector == PAPER:
        papers = [d for d in corpus.documents if d.kind == "paper"]
        if len(papers) == 1:
            return papers[0], ""
        if not papers:
            return None, "no paper among the sources; name a document by id or file name"
        paths = ", ".join(d.path for d in papers)
        return None, f"'paper' is ambiguous: the sources hold {len(papers)} papers ({paths}); name one by id or file name"
    doc = corpus.document(selector)
    if doc is not None:
        return doc, ""
    names = [d.id for d in corpus.documents] + [Path(d.path).name for d in corpus.documents]
    return None, (f"no document '{selector}' among the sources{_did_you_mean(selector, names)}; "
                  "give a document id, file name or path, or 'paper'")


def resolve_since_last_run(period: Period, last_run: dt.date | None) -> Period:
    """Fill in `since last run` from the as-of date of the previous successful run.

    The start is that date itself, not the day after: a day seen twice is better
    than items published after the last run on the same day being missed.
    """
    if not period.since_last_run:
        return period
    if last_run is None:
        label = f"since last run (first run: all dates up to {_long(period.end)})" if period.end else "since last run"
        return replace(period, start=None, label=label)
    end = period.end or last_run
    return replace(period, start=last_run, label=f"since last run ({_span(min(last_run, end), end)})")


def builtin_layouts() -> tuple[str, ...]:
    """Names of the layouts shipped in templates/ (folders holding base.html.j2)."""
    folder = _templates_folder()
    found = sorted(p.name for p in folder.iterdir() if (p / "base.html.j2").is_file()) if folder.is_dir() else []
    return tuple(found) or _PLANNED_LAYOUTS


def slugify(title: str) -> str:
    """'Kazakhstan–Qatar Relations' -> 'kazakhstan-qatar-relations' ('' if nothing ASCII is left)."""
    # Accents go (é -> e); any other non-ASCII character, like the en dash, separates words.
    letters = "".join(c for c in unicodedata.normalize("NFKD", title) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", letters.lower()).strip("-")


# ---------------------------------------------------------------------------
# Reading nodes: every check names file:line:col and the key path
# ---------------------------------------------------------------------------


class _Reader:
    """Collects problems and key positions while values are read from YAML nodes."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.problems: list[tuple[int, int, str]] = []
        self.positions: dict[str, tuple[int, int]] = {}

    def fail(self, node: yaml.Node, key: str, message: str) -> None:
        line, col = _position(node)
        self.problems.append((line, col, f"{self.label}:{line}:{col}: " + (f"{key}: " if key else "") + message))

    def sorted_problems(self) -> list[str]:
        return [p for *_, p in sorted(self.problems, key=lambda p: p[:2])]

    def mark(self, key: str, node: yaml.Node) -> None:
        self.positions.setdefault(key, _position(node))

    def mapping(self, node: yaml.Node, key: str, allowed: dict[str, str] | None = None,
                what: str = "key") -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        """The entries of a mapping node by key text; unknown keys reported if `allowed` is given."""
        if not isinstance(node, yaml.MappingNode):
            self.fail(node, key, f"expected a mapping, got {_what(node)}")
            return None
        entries: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _NULL:
                self.fail(key_node, key, f"expected a key name, got {_what(key_node)}")
                continue
            name = key_node.value
            sub = _join(key, name)
            if name in entries:
                first = entries[name][0].start_mark.line + 1
                self.fail(key_node, sub, f"duplicate key; it is first given at line {first}")
                continue
            if allowed is not None and name not in allowed:
                hint = _did_you_mean(name, allowed)
                self.fail(key_node, sub, f"unknown {what}" + (hint or "; allowed: " + ", ".join(allowed)))
                continue
            entries[name] = (key_node, value_node)
            self.mark(sub, key_node)
        return entries

    def text(self, node: yaml.Node, key: str) -> str | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag == _NULL:
            self.fail(node, key, f"expected text, got {_what(node)}")
            return None
        if not node.value.strip():
            self.fail(node, key, "must not be empty")
            return None
        return node.value

    def integer(self, node: yaml.Node, key: str, minimum: int) -> int | None:
        if not (isinstance(node, yaml.ScalarNode) and node.tag == _INT):
            self.fail(node, key, f"expected a whole number, got {_what(node)}")
            return None
        value = _construct(node)
        if value < minimum:
            self.fail(node, key, f"must be {minimum} or more, got {value}")
            return None
        return value

    def number(self, node: yaml.Node, key: str) -> float | None:
        if not (isinstance(node, yaml.ScalarNode) and node.tag in (_INT, _FLOAT)):
            self.fail(node, key, f"expected a number, got {_what(node)}")
            return None
        value = float(_construct(node))
        if not value > 0 or value == float("inf"):
            self.fail(node, key, f"must be a number above 0, got {node.value}")
            return None
        return value

    def fraction(self, node: yaml.Node, key: str) -> float | None:
        value = _construct(node) if isinstance(node, yaml.ScalarNode) and node.tag in (_INT, _FLOAT) else None
        if value is None or not 0 <= float(value) <= 1:
            self.fail(node, key, f"must be a number from 0 to 1, got {_what(node) if value is None else node.value}")
            return None
        return float(value)

    def boolean(self, node: yaml.Node, key: str) -> bool | None:
        if not (isinstance(node, yaml.ScalarNode) and node.tag == _BOOL):
            self.fail(node, key, f"expected true or false, got {_what(node)}")
            return None
        return bool(_construct(node))

    def date(self, node: yaml.Node, key: str) -> dt.date | None:
        # Read the text ourselves: YAML's own timestamp rules accept 2026-2-3 and
        # crash on 2026-02-30, and an unquoted 20260101 arrives as a number.
        value = node.value if isinstance(node, yaml.ScalarNode) and node.tag != _NULL else None
        if value is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            self.fail(node, key, f"expected a date as YYYY-MM-DD, got {_what(node)}")
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            self.fail(node, key, f"{value} is not a real date ({exc}); expected YYYY-MM-DD")
            return None

    def texts(self, node: yaml.Node, key: str, *, what: str = "text") -> tuple[str, ...] | None:
        """A non-empty list of non-empty texts."""
        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, key, f"expected a list of {what}s, got {_what(node)}")
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


def _construct(node: yaml.ScalarNode) -> Any:
    """The Python value of a plain scalar, by YAML's safe rules."""
    return yaml.constructor.SafeConstructor().construct_object(node)


def _position(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _join(base: str, key: str) -> str:
    return f"{base}.{key}" if base else key


def _what(node: yaml.Node) -> str:
    """How a wrong value reads in a message: 'six', 20260101, a list, nothing."""
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    if node.tag == _NULL:
        return "nothing"
    if node.tag == _STR:
        return f"'{node.value}'"
    return node.value


def _did_you_mean(name: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(choices), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


# ---------------------------------------------------------------------------
# Building the BriefingConfig
# ---------------------------------------------------------------------------


class _Builder:
    """Reads each top-level key with its own method; cross-key checks run once all are read."""

    def __init__(self, reader: _Reader, path: Path, as_of: dt.date | None, today: dt.date) -> None:
        self.r = reader
        self.path = path
        self.folder = path.parent
        self.as_of_override = as_of
        self.today = today
        self.topic_keys: list[str] = []

    def build(self, root: yaml.MappingNode) -> BriefingConfig | None:
        entries = self.r.mapping(root, "", SCHEMA) or {}
        if "title" not in entries:
            self.r.problems.append((1, 1, f"{self.r.label}:1:1: title: missing; give the briefing's title, "
                                          "e.g. title: Kazakhstan–Qatar Relations"))

        def read(key: str, method, *args):
            if key not in entries:
                return None
            return method(entries[key][1], key, *args)

        r = self.r
        title = read("title", r.text)
        values: dict[str, Any] = {}
        for key in ("subtitle", "organisation", "author"):
            values[key] = read(key, r.text)
        language = read("language", self._language)
        slug = read("slug", self._slug)
        if slug is None and "slug" not in entries and title is not None:
            slug = slugify(title)
            if not slug:
                r.fail(entries["title"][1], "title", "no ASCII letters or digits to make a file name from; "
                                                      "give slug: (lowercase letters, digits and hyphens)")
        as_of_value = read("as_of", self._as_of)
        as_of = self.as_of_override or as_of_value or self.today
        period = read("period", self._period, as_of) if "period" in entries else _all_period(as_of)
        layout = read("layout", self._layout)
        sources = read("sources", self._sources)
        focus = read("focus", self._focus)
        topics = read("topics", self._topics)
        summaries = read("summaries", self._summaries) or {}
        topic_sentences = summaries.get("topic_sentences", BriefingConfig.topic_sentences)
        parts = (read("parts", self._parts, topics or (), topic_sentences) if "parts" in entries
                 else _default_parts(topics or (), topic_sentences))
        output = read("output", self._output)
        formats = read("formats", self._formats)
        latest = read("latest", r.boolean)
        if latest and output and "as_of" not in {f[1] for f in string.Formatter().parse(output)}:
            r.fail(entries["latest"][1], "latest", "true needs {as_of} in output: the -latest copy takes the "
                                                   "place of the date, and without it both are the same file")
        state = read("state", self._state)

        if r.problems or title is None or period is None:
            return None
        optional = {
            "subtitle": values["subtitle"], "organisation": values["organisation"], "language": language,
            "layout": layout, "sources": sources, "focus": focus, "topics": topics, "parts": parts,
            "output": output, "formats": formats, "latest": latest, "state": state,
            "item_sentences": summaries.get("item_sentences"), "topic_sentences": summaries.get("topic_sentences"),
        }
        return BriefingConfig(
            path=self.path,
            title=title,
            author=values["author"] or values["organisation"] or "",
            as_of=as_of,
            period=period,
            slug=slug,
            lines=tuple((k, line) for k, (line, _) in r.positions.items()),
            columns=tuple((k, col) for k, (_, col) in r.positions.items()),
            **{k: v for k, v in optional.items() if v is not None},
        )

    # -- scalars -------------------------------------------------------------

    def _language(self, node: yaml.Node, key: str) -> str | None:
        value = self.r.text(node, key)
        if value is not None and not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]+)*", value):
            self.r.fail(node, key, f"'{value}' is not a language code; use an ISO 639 code such as en, ru or kk")
            return None
        return value

    def _slug(self, node: yaml.Node, key: str) -> str | None:
        value = self.r.text(node, key)
        if value is not None and not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", value):
            self.r.fail(node, key, f"'{value}' is not a slug; use lowercase ASCII letters, digits and single hyphens")
            return None
        return value

    def _as_of(self, node: yaml.Node, key: str) -> dt.date | None:
        value = node.value if isinstance(node, yaml.ScalarNode) and node.tag != _NULL else ""
        if value == "today":
            return self.today
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return self.r.date(node, key)  # says why a date-shaped value is no date
        self.r.fail(node, key, f"expected today or a date as YYYY-MM-DD, got {_what(node)}")
        return None

    # -- period --------------------------------------------------------------

    def _period(self, node: yaml.Node, key: str, as_of: dt.date) -> Period | None:
        if isinstance(node, yaml.MappingNode):
            return self._period_range(node, key, as_of)
        allowed = ("expected 'last N days|weeks|months|years', 'since last run', 'all' "
                   "or a mapping {from: YYYY-MM-DD, to: YYYY-MM-DD}")
        if not (isinstance(node, yaml.ScalarNode) and node.tag == _STR):
            self.r.fail(node, key, f"{allowed}, got {_what(node)}")
            return None
        phrase = " ".join(node.value.lower().split())
        if phrase == "all":
            return _all_period(as_of)
        if phrase == "since last run":
            return Period(end=as_of, label=f"since last run (up to {_long(as_of)})", since_last_run=True)
        match = re.fullmatch(r"last (?:(\d+) )?(day|week|month|year)s?", phrase)
        if not match:
            self.r.fail(node, key, f"unknown period '{node.value}'; {allowed}")
            return None
        count, unit = int(match.group(1) or 1), match.group(2)
        if count < 1:
            self.r.fail(node, key, f"'{node.value}' covers no time; count 1 or more {unit}s")
            return None
        try:
            start = _count_back(as_of, count, unit)
        except (ValueError, OverflowError):  # before 1 January of year 1
            self.r.fail(node, key, f"'{node.value}' reaches back before the year 1 (from as_of {as_of}); "
                                   "give a shorter period")
            return None
        words = f"last {unit}" if not match.group(1) else f"last {count} {unit}" + ("s" if count > 1 else "")
        return Period(start=start, end=as_of, label=f"{words} ({_span(start, as_of)})")

    def _period_range(self, node: yaml.MappingNode, key: str, as_of: dt.date) -> Period | None:
        entries = self.r.mapping(node, key, {"from": "First day covered.", "to": "Last day covered."})
        if entries is None:
            return None
        bounds = {name: self.r.date(value, f"{key}.{name}") for name, (_, value) in entries.items()}
        if any(bounds[name] is None for name in entries):
            return None
        start, end = bounds.get("from"), bounds.get("to")
        if start and end and start > end:
            self.r.fail(entries["from"][1], f"{key}.from", f"{start} is after period.to {end}; swap them")
            return None
        if start and not end and start > as_of:
            self.r.fail(entries["from"][1], f"{key}.from", f"{start} is after as_of {as_of}, so the period "
                                                           "would be empty; give an earlier date or a period.to")
            return None
        end = end or as_of  # an open end stops at the as-of date, so old briefings rebuild the same
        label = _span(start, end) if start else f"up to {_long(end)}"
        return Period(start=start, end=end, label=label)

    # -- paths ---------------------------------------------------------------

    def _layout(self, node: yaml.Node, key: str) -> str | None:
        value = self.r.text(node, key)
        if value is None:
            return None
        builtins = builtin_layouts()
        if value in builtins:
            return value
        looks_like_path = "/" in value or "\\" in value or value.startswith(".")
        folder = self.folder / value
        if not looks_like_path and not os.path.lexists(folder):
            self.r.fail(node, key, f"unknown layout '{value}'{_did_you_mean(value, builtins)}; built-in layouts: "
                                   + ", ".join(builtins) + ", or a folder relative to the config")
            return None
        if not _real(folder).is_relative_to(_real(self.folder)):  # symlinks resolved
            self.r.fail(node, key, f"{value} is outside the config's folder {_real(self.folder)}; a layout's "
                                   "templates are read only from inside the project: copy the folder next to the config")
            return None
        problem = _path_problem(folder)
        if problem or not folder.is_dir():
            what = (f"{value} {problem}" if problem and problem != "does not exist"
                    else f"no folder {value} next to {self.r.label}")
            self.r.fail(node, key, f"{what}; give a built-in layout (" + ", ".join(builtins) + ") or a folder of templates")
            return None
        if not (folder / "base.html.j2").is_file() and not _extends_builtin(folder, builtins):
            self.r.fail(node, key, f"folder {value} has no base.html.j2 and extends no built-in layout; add "
                                   'base.html.j2, or a template starting {% extends "briefing/base.html.j2" %}')
            return None
        return value

    def _sources(self, node: yaml.Node, key: str) -> tuple[str, ...] | None:
        values = self.r.texts(node, key, what="path")
        if values is None:
            return None
        inside = _real(self.folder)
        ok = True
        for i, value in enumerate(values):
            item = node.value[i]
            target = _real(self.folder / value)  # resolves symlinks too
            problem = _path_problem(target)
            if not target.is_relative_to(inside):
                self.r.fail(item, f"{key}[{i}]", f"{value} is outside the config's folder {inside}; "
                                                  "sources must be inside the folder that holds the config")
                ok = False
            elif problem == "does not exist":
                self.r.fail(item, f"{key}[{i}]", f"no file or folder {value} next to {self.r.label}; "
                                                  "paths are relative to the config's folder")
                ok = False
            elif problem:
                self.r.fail(item, f"{key}[{i}]", f"{value} {problem}; give files or folders of sources")
                ok = False
        return values if ok else None

    def _output(self, node: yaml.Node, key: str) -> str | None:
        value = self.r.text(node, key)
        if value is None:
            return None
        try:
            fields = [(name, spec, conv) for _, name, spec, conv in string.Formatter().parse(value)
                      if name is not None]
        except ValueError as exc:
            self.r.fail(node, key, f"'{value}' is not a valid pattern ({exc}); write {{{{ and }}}} for literal braces")
            return None
        allowed = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
        for name, spec, conv in fields:
            if name not in PLACEHOLDERS:
                shown = "{" + name + "}"
                self.r.fail(node, key, f"unknown placeholder {shown}{_did_you_mean(name, PLACEHOLDERS)}; "
                                       f"placeholders: {allowed}")
                return None
            if spec or conv:
                self.r.fail(node, key, f"placeholder {{{name}}} takes no format; placeholders: {allowed}")
                return None
        if "ext" not in {name for name, _, _ in fields}:
            self.r.fail(node, key, "must contain {ext}, so each format gets its own file; "
                                   "e.g. out/{slug}-{as_of}.{ext}")
            return None
        # Placeholders hold no '/' or '..' (slug, date, format), so any sample shows where files land.
        sample = value.format(slug="slug", as_of="2026-01-01", ext="pdf", title="slug")
        if not self._inside(sample):
            self.r.fail(node, key, f"'{value}' writes outside the config's folder {self.folder.absolute()}; "
                                   "outputs stay inside the project, e.g. out/{slug}-{as_of}.{ext} "
                                   "— copy them elsewhere after the build")
            return None
        return value

    def _state(self, node: yaml.Node, key: str) -> str | None:
        value = self.r.text(node, key)
        if value is None:
            return None
        if not self._inside(value):
            self.r.fail(node, key, f"{value} is outside the config's folder {self.folder.absolute()}; "
                                   "keep the run history in the project, e.g. .reportgen/state.sqlite")
            return None
        if (self.folder / value).is_dir():
            self.r.fail(node, key, f"{value} is a folder; give the path of a file, e.g. .reportgen/state.sqlite")
            return None
        return value

    def _inside(self, relative: str) -> bool:
        """Whether a path written in the config stays inside its folder, read as written (`..`, absolute paths).

        Symlinks on the way are not followed here (the folders may not exist yet); the build
        refuses one that leads out of the project when it resolves the path (build.check_outputs,
        RunState.for_config)."""
        folder = os.path.abspath(self.folder)
        target = os.path.normpath(os.path.join(folder, relative))
        return any(Path(target).is_relative_to(base) for base in (folder, os.path.realpath(folder)))

    def _formats(self, node: yaml.Node, key: str) -> tuple[str, ...] | None:
        values = self.r.texts(node, key, what="format")
        if values is None:
            return None
        ok = True
        for i, value in enumerate(values):
            if value not in FORMATS:
                self.r.fail(node.value[i], f"{key}[{i}]", f"unknown format '{value}'"
                            + (_did_you_mean(value, FORMATS) or "; formats: " + ", ".join(FORMATS)))
                ok = False
            elif value in values[:i]:
                self.r.fail(node.value[i], f"{key}[{i}]", f"'{value}' is listed twice")
                ok = False
        return values if ok else None

    # -- focus and topics ----------------------------------------------------

    def _focus(self, node: yaml.Node, key: str) -> FocusSpec | None:
        if isinstance(node, yaml.SequenceNode):
            terms = self.r.texts(node, key, what="term")
            return None if terms is None else FocusSpec(terms=terms)
        if not isinstance(node, yaml.MappingNode):
            self.r.fail(node, key, f"expected a list of terms or {{terms: [...], variants: {{...}}}}, got {_what(node)}")
            return None
        entries = self.r.mapping(node, key, FOCUS_OPTIONS)
        if entries is None:
            return None
        terms: tuple[str, ...] | None = ()
        if "terms" in entries:
            terms = self.r.texts(entries["terms"][1], f"{key}.terms", what="term")
        variants: list[tuple[str, tuple[str, ...]]] | None = []
        if "variants" in entries:
            variants = self._variants(entries["variants"][1], f"{key}.variants")
        if terms is None or variants is None:
            return None
        return FocusSpec(terms=terms, variants=tuple(variants))

    def _variants(self, node: yaml.Node, key: str) -> list[tuple[str, tuple[str, ...]]] | None:
        entries = self.r.mapping(node, key)
        if entries is None:
            return None
        out = []
        for name, (_, value) in entries.items():
            sub = f"{key}.{name}"
            # `Astana: Nur-Sultan` is as natural to write as `Astana: [Nur-Sultan]`.
            spellings = ((self.r.text(value, sub),) if isinstance(value, yaml.ScalarNode)
                         else self.r.texts(value, sub, what="spelling"))
            if spellings is None or None in spellings:
                return None
            out.append((name, spellings))
        return out

    def _topics(self, node: yaml.Node, key: str) -> tuple[TopicDef, ...] | None:
        entries = self.r.mapping(node, key)
        if entries is None:
            return None
        self.topic_keys = list(entries)  # parts may name a topic even if its definition has a mistake
        topics = []
        for name, (_, value) in entries.items():
            sub = f"{key}.{name}"
            options = self.r.mapping(value, sub, TOPIC_OPTIONS, what="topic option")
            if options is None:
                continue
            for required in ("title", "keywords"):
                if required not in options:
                    self.r.fail(value, f"{sub}.{required}", "missing; a topic needs a title and keywords")
            title = self.r.text(options["title"][1], f"{sub}.title") if "title" in options else None
            keywords = (self.r.texts(options["keywords"][1], f"{sub}.keywords", what="keyword")
                        if "keywords" in options else None)
            min_score = self.r.number(options["min_score"][1], f"{sub}.min_score") if "min_score" in options else 1.0
            min_share = self.r.fraction(options["min_share"][1], f"{sub}.min_share") if "min_share" in options else 0.3
            if title is not None and keywords is not None and min_score is not None and min_share is not None:
                topics.append(TopicDef(key=name, title=title, keywords=keywords, min_score=min_score,
                                       min_share=min_share))
        return tuple(topics) if len(topics) == len(entries) else None

    def _summaries(self, node: yaml.Node, key: str) -> dict[str, int] | None:
        entries = self.r.mapping(node, key, SUMMARIES_OPTIONS)
        if entries is None:
            return None
        values = {name: self.r.integer(value, f"{key}.{name}", 1) for name, (_, value) in entries.items()}
        return {k: v for k, v in values.items() if v is not None}

    # -- parts ---------------------------------------------------------------

    def _parts(self, node: yaml.Node, key: str, topics: tuple[TopicDef, ...],
               topic_sentences: int) -> tuple[PartSpec, ...] | None:
        if not isinstance(node, yaml.SequenceNode):
            self.r.fail(node, key, f"expected a list of parts, got {_what(node)}")
            return None
        if not node.value:
            self.r.fail(node, key, "must not be empty; list the parts in order, e.g. - summary: {sentences: 6}")
            return None
        parts = [self._part(item, f"{key}[{i}]", topics, topic_sentences) for i, item in enumerate(node.value)]
        return tuple(parts) if None not in parts else None

    def _part(self, node: yaml.Node, key: str, topics: tuple[TopicDef, ...], topic_sentences: int) -> PartSpec | None:
        kinds = ", ".join(PART_OPTIONS)
        self.r.mark(key, node)
        if isinstance(node, yaml.ScalarNode) and node.tag == _STR:  # `- sources` is short for `- sources: {}`
            kind, options_node, kind_node = node.value, None, node
        elif isinstance(node, yaml.MappingNode) and len(node.value) == 1:
            kind_node, options_node = node.value[0]
            kind = kind_node.value if isinstance(kind_node, yaml.ScalarNode) else ""
        else:
            self.r.fail(node, key, f"expected one part such as `- summary: {{sentences: 6}}`, got {_what(node)}"
                        + (f" with {len(node.value)} keys" if isinstance(node, yaml.MappingNode) else "")
                        + f"; parts: {kinds}")
            return None
        if kind not in PART_OPTIONS:
            hint = _did_you_mean(kind, PART_OPTIONS)
            self.r.fail(kind_node, f"{key}.{kind}", "unknown part" + (hint or f"; parts: {kinds}"))
            return None
        sub = f"{key}.{kind}"
        self.r.mark(sub, kind_node)
        if kind == "topics" and isinstance(options_node, yaml.SequenceNode):
            options = {"keys": self._topic_keys(options_node, sub)}  # list shorthand
            self.r.mark(f"{sub}.keys", options_node)
        elif options_node is None or (isinstance(options_node, yaml.ScalarNode) and options_node.tag == _NULL):
            options = {}
        else:
            entries = self.r.mapping(options_node, sub, PART_OPTIONS[kind], what=f"option of {kind}")
            if entries is None:
                return None
            options = {name: self._part_option(name, value, f"{sub}.{name}")
                       for name, (_, value) in entries.items()}
        if None in options.values():
            return None
        line = _position(node)[0]
        if kind == "table" and "number" not in options:
            self.r.fail(options_node if options_node is not None else node, f"{sub}.number",
                        "missing; say which table, e.g. table: {document: paper, number: 1}")
            return None
        # Fill in defaults so later stages never guess; defaulted keys point at the part's line.
        defaults = {
            "summary": {"sentences": DEFAULT_SUMMARY_SENTENCES},
            "topics": {"keys": tuple(t.key for t in topics), "sentences": topic_sentences},
            "table": {"document": PAPER},
            "about": {"document": PAPER},
            "chronology": {"focus_only": False, "order": "oldest", "group": "none"},
        }.get(kind, {})
        for name, value in defaults.items():
            if name not in options:
                options[name] = value
                self.r.mark(f"{sub}.{name}", kind_node)
        if kind == "topics" and not options["keys"]:
            self.r.fail(kind_node, sub, "no topics are defined; add some under topics: or remove this part")
            return None
        return PartSpec(kind=kind, options=tuple(options.items()), line=line)

    def _part_option(self, name: str, node: yaml.Node, key: str) -> Any:
        if name == "title":
            return self.r.text(node, key)
        if name in ("sentences", "number", "limit"):
            return self.r.integer(node, key, 1)
        if name in ("order", "group"):
            return self._choice(node, key, CHRONOLOGY_CHOICES[name])
        if name in ("from", "to"):
            return self.r.date(node, key)
        if name == "focus_only":
            return self.r.boolean(node, key)
        if name == "document":
            return self.r.text(node, key)
        return self._topic_keys(node, key)  # topics.keys

    def _choice(self, node: yaml.Node, key: str, allowed: tuple[str, ...]) -> str | None:
        value = self.r.text(node, key)
        if value is not None and value not in allowed:
            self.r.fail(node, key, f"unknown value '{value}'; expected {' or '.join(allowed)}")
            return None
        return value

    def _topic_keys(self, node: yaml.Node, key: str) -> tuple[str, ...] | None:
        values = self.r.texts(node, key, what="topic key")
        if values is None:
            return None
        known = self.topic_keys
        ok = True
        for i, value in enumerate(values):
            item = node.value[i]
            if value not in known:
                hint = _did_you_mean(value, known)
                self.r.fail(item, f"{key}[{i}]", f"unknown topic '{value}'" + (
                    hint or ("; topics: " + ", ".join(known) if known else "; no topics are defined under topics:")))
                ok = False
            elif value in values[:i]:
                self.r.fail(item, f"{key}[{i}]", f"topic '{value}' is listed twice")
                ok = False
        return values if ok else None


def _default_parts(topics: tuple[TopicDef, ...], topic_sentences: int) -> tuple[PartSpec, ...]:
    """Without `parts:` a briefing has a summary, every topic, a chronology and its sources."""
    parts = [PartSpec("summary", (("sentences", DEFAULT_SUMMARY_SENTENCES),))]
    if topics:
        parts.append(PartSpec("topics", (("keys", tuple(t.key for t in topics)), ("sentences", topic_sentences))))
    parts += [PartSpec("chronology", (("focus_only", False), ("order", "oldest"), ("group", "none"))), PartSpec("sources")]
    return tuple(parts)


def _real(path: Path) -> Path:
    """The path with symlinks resolved; unlike Path.resolve() on Python 3.11, a symlink loop does not raise."""
    return Path(os.path.realpath(path))


def _path_problem(path: Path) -> str | None:
    """Why a source or layout path cannot be used ("does not exist", "is a named pipe (FIFO), not a file"), or None."""
    mode, problem = files.stat_problem(path)
    if stat.S_ISDIR(mode):
        return None
    return problem.replace(", not a file", ", not a file or folder") if problem else None


def _extends_builtin(folder: Path, builtins: Iterable[str]) -> bool:
    """True if a template in the folder extends a built-in layout ("briefing/..." or "!briefing/...")."""
    from reportgen.layouts import read_template

    names = "|".join(re.escape(name) for name in builtins)
    pattern = re.compile(r"\{%-?\s*extends\s+[\"']!?(?:" + names + r")[/:]")
    for path in folder.glob("*.j2"):
        try:
            if pattern.search(read_template(path, folder)):
                return True
        except files.FileProblem:
            continue  # a FIFO or a link out of the folder: never read here; check and build name it
    return False


def _templates_folder() -> Path:
    try:
        return Path(str(resources.files("reportgen.templates")))
    except ModuleNotFoundError:  # a source checkout without the package mapping
        return Path(__file__).resolve().parent.parent / "templates"


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------


def _all_period(as_of: dt.date) -> Period:
    return Period(start=None, end=as_of, label=f"all dates up to {_long(as_of)}")


def _count_back(as_of: dt.date, count: int, unit: str) -> dt.date:
    """First day of `last N units` ending on as_of: as_of minus N units, plus one day.

    Months and years use calendar arithmetic, clamping to the month's last day:
    `last 3 months` from 2026-05-31 goes back to 2026-02-28 (no 02-31) and so
    starts on 2026-03-01 -- exactly March, April and May.
    """
    if unit == "day":
        back = as_of - dt.timedelta(days=count)
    elif unit == "week":
        back = as_of - dt.timedelta(weeks=count)
    else:
        months = count * (12 if unit == "year" else 1)
        index = as_of.year * 12 + as_of.month - 1 - months
        year, month = divmod(index, 12)
        back = dt.date(year, month + 1, min(as_of.day, calendar.monthrange(year, month + 1)[1]))
    return back + dt.timedelta(days=1)


def _long(day: dt.date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _span(start: dt.date, end: dt.date) -> str:
    """'14–20 February 2026', '1 March – 31 May 2026', '1 January 1990 – 20 February 2026'."""
    if start == end:
        return _long(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{_long(end)}"
    if start.year == end.year:
        return f"{start.day} {_MONTHS[start.month - 1]} – {_long(end)}"
    return f"{_long(start)} – {_long(end)}"
