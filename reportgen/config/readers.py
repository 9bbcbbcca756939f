"""Read each key of config.yaml by its declared type into the values BriefingConfig holds.

Keys are read in schema order (KEYS), so a key may use the values before it; every problem
is collected by the NodeReader with its file:line:col, and the whole file is reported at once.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import string
import unicodedata
from pathlib import Path
from typing import Any, Callable

import yaml

from reportgen import files
from reportgen.config.model import (
    PDF_ATTACHMENTS,
    PDF_VARIANTS,
    BriefingConfig,
    FocusSpec,
    PdfOptions,
    SectionRule,
    TopicDef,
)
from reportgen.config.nodes import _NULL, NodeReader, describe, did_you_mean
from reportgen.config.periods import all_period, read_period
from reportgen.config.schema import KEYS, REQUIRED
from reportgen.limits import Limits

FORMATS = ("pdf", "html", "json")
PLACEHOLDERS = ("slug", "as_of", "ext", "title")
SUMMARIES_OPTIONS = {"item_sentences": "Summary sentences per item.", "topic_sentences": "Summary sentences per topic."}
TOPIC_OPTIONS = {
    "title": "Required heading.",
    "keywords": "Required words or stems.",
    "min_score": "Score to join.",
    "min_share": "Fraction (0-1) of the item's best topic score needed to join.",
}
FOCUS_OPTIONS = {
    "terms": "Terms an item must mention.",
    "variants": "Term -> other spellings.",
    "match": "any (default): one of the terms is enough; all: an item must mention every term.",
}
FOCUS_MATCHES = ("any", "all")
LIMITS_OPTIONS = {
    "seconds": "Wall time of the analysis and the render.",
    "memory_mb": "Address space of the analysis and the render.",
    "pages": "Pages of the PDF.",
}
PDF_OPTIONS = {
    "tags": "true (default) or false: the structure tree screen readers and reflow use.",
    "variant": "pdf/a-3b (archival) or pdf/ua-1 (accessible), with XMP metadata.",
    "attach": "Files to embed: config, json.",
}
SECTIONS_OPTIONS = {
    "include": "Title globs of paper sections to read (default: all).",
    "exclude": "Title globs of paper sections to leave out.",
}


class Reading:
    """One pass over a config's keys; `values` holds what is read so far, by key name."""

    def __init__(self, reader: NodeReader, path: Path, as_of: dt.date | None, today: dt.date) -> None:
        self.r = reader
        self.path = path
        self.folder = path.parent
        self.as_of_override = as_of
        self.today = today
        self.values: dict[str, Any] = {}
        self.entries: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        self.topic_keys: list[str] = []  # parts may name a topic even if its definition has a mistake

    def build(self, root: yaml.MappingNode) -> BriefingConfig | None:
        r = self.r
        self.entries = r.mapping(root, "", {key.name: key.help for key in KEYS}) or {}
        for key in KEYS:
            if key.name in self.entries:
                self.values[key.name] = READERS[key.type](self, self.entries[key.name][1], key.name)
            elif key.default is REQUIRED:
                r.problems.append(
                    (
                        1,
                        1,
                        f"{r.label}:1:1: {key.name}: missing; give the briefing's {key.name}, "
                        "e.g. title: Kazakhstan–Qatar Relations",
                    )
                )
            else:
                self.values[key.name] = ABSENT[key.name](self) if key.name in ABSENT else key.default
        _check_latest(self)
        if r.problems or any(self.values.get(k) is None for k in ("title", "period")):
            return None
        v = self.values
        summaries = v["summaries"] or {}
        return BriefingConfig(
            path=self.path,
            title=v["title"],
            subtitle=v["subtitle"],
            organisation=v["organisation"],
            author=v["author"] or v["organisation"] or "",
            language=v["language"],
            slug=v["slug"],
            as_of=self.as_of,
            period=v["period"],
            layout=v["layout"],
            sources=v["sources"],
            focus=v["focus"] or FocusSpec(),
            sections=v["sections"] or SectionRule(),
            topics=v["topics"],
            item_sentences=summaries.get("item_sentences", 3),
            topic_sentences=summaries.get("topic_sentences", 3),
            parts=v["parts"],
            output=v["output"],
            formats=v["formats"],
            latest=v["latest"],
            cover=v["cover"],
            contents=v["contents"],
            state=v["state"],
            limits=v["limits"] or Limits(),
            pdf=v["pdf"] or PdfOptions(),
            lines=tuple((k, line) for k, (line, _) in r.positions.items()),
            columns=tuple((k, col) for k, (_, col) in r.positions.items()),
        )

    @property
    def as_of(self) -> dt.date:
        return self.as_of_override or self.values.get("as_of") or self.today

    def node(self, name: str) -> yaml.Node:
        return self.entries[name][1]


# -- scalars -----------------------------------------------------------------


def _text(reading: Reading, node: yaml.Node, key: str) -> str | None:
    return reading.r.text(node, key)


def _bool(reading: Reading, node: yaml.Node, key: str) -> bool | None:
    return reading.r.boolean(node, key)


def _language(reading: Reading, node: yaml.Node, key: str) -> str | None:
    value = reading.r.text(node, key)
    if value is not None and not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]+)*", value):
        reading.r.fail(node, key, f"'{value}' is not a language code; use an ISO 639 code such as en, ru or kk")
        return None
    return value


def _slug(reading: Reading, node: yaml.Node, key: str) -> str | None:
    value = reading.r.text(node, key)
    if value is not None and not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", value):
        reading.r.fail(node, key, f"'{value}' is not a slug; use lowercase ASCII letters, digits and single hyphens")
        return None
    return value


def _derived_slug(reading: Reading) -> str | None:
    title = reading.values.get("title")
    if title is None:
        return None
    slug = slugify(title)
    if not slug:
        reading.r.fail(
            reading.node("title"),
            "title",
            "no ASCII letters or digits to make a file name from; give slug: (lowercase letters, digits and hyphens)",
        )
    return slug


def _as_of(reading: Reading, node: yaml.Node, key: str) -> dt.date | None:
    value = node.value if isinstance(node, yaml.ScalarNode) and node.tag != _NULL else ""
    if value == "today":
        return reading.today
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return reading.r.date(node, key)  # says why a date-shaped value is no date
    reading.r.fail(node, key, f"expected today or a date as YYYY-MM-DD, got {describe(node)}")
    return None


def _period(reading: Reading, node: yaml.Node, key: str):
    return read_period(reading.r, node, key, reading.as_of, reading.values.get("language") or "en")


#: Cyrillic letters of Russian and Kazakh in Latin, as a reader would spell them in a file name
#: (Kazakh's own letters by their nearest Latin: ә a, ғ g, қ q, ң ng, ө o, ұ u, ү u, һ h, і i).
CYRILLIC_LATIN = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziyklmnoprstufye")),
        **{"ё": "yo", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya"},
        **{"ъ": "", "ь": ""},
        **dict(zip("әғқөұүһі", "agqouuhi")),
        "ң": "ng",
    }
)


def slugify(title: str) -> str:
    """'Kazakhstan–Qatar Relations' -> 'kazakhstan-qatar-relations', 'Қазақстан және Катар' ->
    'qazaqstan-zhane-katar' ('' if nothing ASCII is left)."""
    # Accents go (é -> e), Cyrillic is transliterated; any other non-ASCII character, like the
    # en dash, separates words.  Lowercase first: й and ё are whole letters, not и and е with marks.
    latin = title.lower().translate(CYRILLIC_LATIN)
    letters = "".join(c for c in unicodedata.normalize("NFKD", latin) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", letters).strip("-")


# -- paths: honoured as named, absolute or relative to the config's folder ----


def _layout(reading: Reading, node: yaml.Node, key: str) -> str | None:
    from reportgen import layouts
    from reportgen.errors import LayoutError

    value = reading.r.text(node, key)
    if value is None:
        return None
    builtins = layouts.builtin_names()
    if value in builtins:
        return value
    looks_like_path = "/" in value or "\\" in value or value.startswith(".")
    if not looks_like_path and not os.path.lexists(reading.folder / value):
        reading.r.fail(
            node,
            key,
            f"unknown layout '{value}'{did_you_mean(value, builtins)}; built-in layouts: "
            + ", ".join(builtins)
            + ", or a folder of templates",
        )
        return None
    folder = reading.folder / value
    if not os.path.isdir(folder):
        problem = _path_problem(folder)
        shown = (
            f"{value} {problem}"
            if problem and problem != "does not exist"
            else f"no folder {value}" + ("" if os.path.isabs(value) else f" next to {reading.r.label}")
        )
        reading.r.fail(node, key, f"{shown}; give a built-in layout ({', '.join(builtins)}) or a folder of templates")
        return None
    try:
        layouts.resolve(value, base_dir=reading.folder)
    except LayoutError as exc:  # names layout.yaml and its line itself
        reading.r.problems.append((*reading.r.position_of(node), str(exc)))
        return None
    return value


def _paths(reading: Reading, node: yaml.Node, key: str) -> tuple[str, ...] | None:
    values = reading.r.texts(node, key, what="path")
    if values is None:
        return None
    ok = True
    for i, value in enumerate(values):
        item = node.value[i]
        problem = _path_problem(reading.folder / value)
        if problem == "does not exist":
            where = "" if os.path.isabs(value) else f" next to {reading.r.label}"
            reading.r.fail(
                item,
                f"{key}[{i}]",
                f"no file or folder {value}{where}; paths are relative to the config's folder, or absolute",
            )
            ok = False
        elif problem:
            reading.r.fail(item, f"{key}[{i}]", f"{value} {problem}; give files or folders of sources")
            ok = False
    return values if ok else None


def _output(reading: Reading, node: yaml.Node, key: str) -> str | None:
    r = reading.r
    value = r.text(node, key)
    if value is None:
        return None
    try:
        fields = [(name, spec, conv) for _, name, spec, conv in string.Formatter().parse(value) if name is not None]
    except ValueError as exc:
        r.fail(node, key, f"'{value}' is not a valid pattern ({exc}); write {{{{ and }}}} for literal braces")
        return None
    allowed = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
    for name, spec, conv in fields:
        if name not in PLACEHOLDERS:
            shown = "{" + name + "}"
            r.fail(node, key, f"unknown placeholder {shown}{did_you_mean(name, PLACEHOLDERS)}; placeholders: {allowed}")
            return None
        if spec or conv:
            r.fail(node, key, f"placeholder {{{name}}} takes no format; placeholders: {allowed}")
            return None
    if "ext" not in {name for name, _, _ in fields}:
        r.fail(node, key, "must contain {ext}, so each format gets its own file; e.g. out/{slug}-{as_of}.{ext}")
        return None
    return value


def _state(reading: Reading, node: yaml.Node, key: str) -> str | None:
    value = reading.r.text(node, key)
    if value is not None and (reading.folder / value).is_dir():
        reading.r.fail(node, key, f"{value} is a folder; give the path of a file, e.g. .reportgen/state.sqlite")
        return None
    return value


def _formats(reading: Reading, node: yaml.Node, key: str) -> tuple[str, ...] | None:
    r = reading.r
    values = r.texts(node, key, what="format")
    if values is None:
        return None
    ok = True
    for i, value in enumerate(values):
        if value not in FORMATS:
            r.fail(
                node.value[i],
                f"{key}[{i}]",
                f"unknown format '{value}'" + (did_you_mean(value, FORMATS) or "; formats: " + ", ".join(FORMATS)),
            )
            ok = False
        elif value in values[:i]:
            r.fail(node.value[i], f"{key}[{i}]", f"'{value}' is listed twice")
            ok = False
    return values if ok else None


def _check_latest(reading: Reading) -> None:
    output = reading.values.get("output")
    if reading.values.get("latest") and output and "as_of" not in {f[1] for f in string.Formatter().parse(output)}:
        reading.r.fail(
            reading.node("latest"),
            "latest",
            "true needs {as_of} in output: the -latest copy takes the "
            "place of the date, and without it both are the same file",
        )


# -- focus, sections, topics ---------------------------------------------------


def _focus(reading: Reading, node: yaml.Node, key: str) -> FocusSpec | None:
    if isinstance(node, yaml.SequenceNode):
        listed = reading.r.texts(node, key, what="term")
        return None if listed is None else FocusSpec(terms=listed)
    if not isinstance(node, yaml.MappingNode):
        reading.r.fail(
            node, key, f"expected a list of terms or {{terms: [...], variants: {{...}}}}, got {describe(node)}"
        )
        return None
    entries = reading.r.mapping(node, key, FOCUS_OPTIONS)
    if entries is None:
        return None
    terms: tuple[str, ...] | None = ()
    if "terms" in entries:
        terms = reading.r.texts(entries["terms"][1], f"{key}.terms", what="term")
    variants: list[tuple[str, tuple[str, ...]]] | None = []
    if "variants" in entries:
        variants = _variants(reading, entries["variants"][1], f"{key}.variants")
    every = False
    if "match" in entries:
        match_node = entries["match"][1]
        match = reading.r.text(match_node, f"{key}.match")
        if match is None:
            return None
        if match not in FOCUS_MATCHES:
            hint = did_you_mean(match.lower(), FOCUS_MATCHES)
            reading.r.fail(match_node, f"{key}.match", f"unknown value '{match}'{hint}; expected any or all")
            return None
        every = match == "all"
    if terms is None or variants is None:
        return None
    return FocusSpec(terms=terms, variants=tuple(variants), every=every)


def _variants(reading: Reading, node: yaml.Node, key: str) -> list[tuple[str, tuple[str, ...]]] | None:
    entries = reading.r.mapping(node, key)
    if entries is None:
        return None
    out: list[tuple[str, tuple[str, ...]]] = []
    for name, (_, value) in entries.items():
        sub = f"{key}.{name}"
        spellings: tuple[str, ...] | None
        # `Astana: Nur-Sultan` is as natural to write as `Astana: [Nur-Sultan]`.
        if isinstance(value, yaml.ScalarNode):
            one = reading.r.text(value, sub)
            spellings = None if one is None else (one,)
        else:
            spellings = reading.r.texts(value, sub, what="spelling")
        if spellings is None:
            return None
        out.append((name, spellings))
    return out


def _topics(reading: Reading, node: yaml.Node, key: str) -> tuple[TopicDef, ...] | None:
    entries = reading.r.mapping(node, key)
    if entries is None:
        return None
    reading.topic_keys = list(entries)  # parts may name a topic even if its definition has a mistake
    topics = []
    for name, (_, value) in entries.items():
        sub = f"{key}.{name}"
        options = reading.r.mapping(value, sub, TOPIC_OPTIONS, what="topic option")
        if options is None:
            continue
        for required in ("title", "keywords"):
            if required not in options:
                reading.r.fail(value, f"{sub}.{required}", "missing; a topic needs a title and keywords")
        title = reading.r.text(options["title"][1], f"{sub}.title") if "title" in options else None
        keywords = (
            reading.r.texts(options["keywords"][1], f"{sub}.keywords", what="keyword")
            if "keywords" in options
            else None
        )
        min_score = reading.r.number(options["min_score"][1], f"{sub}.min_score") if "min_score" in options else 1.0
        min_share = reading.r.fraction(options["min_share"][1], f"{sub}.min_share") if "min_share" in options else 0.3
        if title is not None and keywords is not None and min_score is not None and min_share is not None:
            topics.append(TopicDef(key=name, title=title, keywords=keywords, min_score=min_score, min_share=min_share))
    return tuple(topics) if len(topics) == len(entries) else None


def _summaries(reading: Reading, node: yaml.Node, key: str) -> dict[str, int] | None:
    entries = reading.r.mapping(node, key, SUMMARIES_OPTIONS)
    if entries is None:
        return None
    values = {name: reading.r.integer(value, f"{key}.{name}", 1) for name, (_, value) in entries.items()}
    return {k: v for k, v in values.items() if v is not None}


def _limits(reading: Reading, node: yaml.Node, key: str) -> Limits | None:
    entries = reading.r.mapping(node, key, LIMITS_OPTIONS)
    if entries is None:
        return None
    read = {
        "seconds": lambda n, k: reading.r.number(n, k),
        "memory_mb": lambda n, k: reading.r.integer(n, k, 64),  # less and Python itself does not start
        "pages": lambda n, k: reading.r.integer(n, k, 1),
    }
    values = {name: read[name](value, f"{key}.{name}") for name, (_, value) in entries.items()}
    if any(v is None for v in values.values()):
        return None
    return Limits(**values)  # type: ignore[arg-type]  # None ruled out just above


def _pdf(reading: Reading, node: yaml.Node, key: str) -> PdfOptions | None:
    r = reading.r
    entries = r.mapping(node, key, PDF_OPTIONS)
    if entries is None:
        return None
    tags: bool | None = True
    if "tags" in entries:
        tags = r.boolean(entries["tags"][1], f"{key}.tags")
    variant: str | None = None
    if "variant" in entries:
        value_node = entries["variant"][1]
        text = r.text(value_node, f"{key}.variant")
        if text is not None and text.lower() in PDF_VARIANTS:
            variant = text.lower()
        elif text is not None:
            hint = did_you_mean(text.lower(), PDF_VARIANTS) or "; variants: " + ", ".join(PDF_VARIANTS)
            r.fail(value_node, f"{key}.variant", f"unknown PDF variant '{text}'{hint}")
        if variant == "pdf/ua-1" and tags is False:
            r.fail(entries["tags"][1], f"{key}.tags", "false contradicts variant: pdf/ua-1, which is a tagged PDF")
            tags = None
    attach: tuple[str, ...] | None = ()
    if "attach" in entries:
        attach = _attach(reading, entries["attach"][1], f"{key}.attach")
    if tags is None or attach is None or "variant" in entries and variant is None:
        return None
    return PdfOptions(tags=tags, variant=variant, attach=attach)


def _attach(reading: Reading, node: yaml.Node, key: str) -> tuple[str, ...] | None:
    values = reading.r.texts(node, key, what="attachment")
    if values is None:
        return None
    ok = True
    for i, value in enumerate(values):
        if value not in PDF_ATTACHMENTS:
            hint = did_you_mean(value, PDF_ATTACHMENTS) or "; a PDF may carry: " + ", ".join(PDF_ATTACHMENTS)
            reading.r.fail(node.value[i], f"{key}[{i}]", f"unknown attachment '{value}'{hint}")
            ok = False
        elif value in values[:i]:
            reading.r.fail(node.value[i], f"{key}[{i}]", f"'{value}' is listed twice")
            ok = False
    return values if ok else None


def _sections(reading: Reading, node: yaml.Node, key: str) -> SectionRule | None:
    entries = reading.r.mapping(node, key, SECTIONS_OPTIONS)
    if entries is None:
        return None
    globs: dict[str, tuple[str, ...]] = {}
    for name, (_, value) in entries.items():
        read = reading.r.texts(value, f"{key}.{name}", what="title glob")
        if read is None:
            return None
        globs[name] = read
    return SectionRule(include=globs.get("include", ()), exclude=globs.get("exclude", ()))


def _path_problem(path: Path) -> str | None:
    """Why a source path cannot be used ("does not exist", "is a named pipe (FIFO), not a file"), or None."""
    mode, problem = files.stat_problem(path)
    if stat.S_ISDIR(mode):
        return None
    return problem.replace(", not a file", ", not a file or folder") if problem else None


def _parts(reading: Reading, node: yaml.Node, key: str):
    from reportgen.config.part_specs import read_parts

    return read_parts(reading, node, key)


def _default_parts(reading: Reading):
    from reportgen.config.part_specs import default_parts

    return default_parts(reading)


#: How each declared type is read (schema.Key.type -> reader).
READERS: dict[str, Callable[[Reading, yaml.Node, str], Any]] = {
    "text": _text,
    "bool": _bool,
    "language": _language,
    "slug": _slug,
    "as_of": _as_of,
    "period": _period,
    "layout": _layout,
    "paths": _paths,
    "focus": _focus,
    "sections": _sections,
    "topics": _topics,
    "summaries": _summaries,
    "limits": _limits,
    "pdf": _pdf,
    "parts": _parts,
    "output": _output,
    "formats": _formats,
    "state": _state,
}

#: Keys whose value when absent is worked out from others rather than a constant.
ABSENT: dict[str, Callable[[Reading], Any]] = {
    "slug": _derived_slug,
    "as_of": lambda reading: reading.as_of,
    "period": lambda reading: all_period(reading.as_of, reading.values.get("language") or "en"),
    "parts": _default_parts,
}
