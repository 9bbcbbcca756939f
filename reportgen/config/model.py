"""The config's value types: what every later stage reads (frozen, so no stage can change them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportgen.config.schema import default
from reportgen.limits import Limits


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
    An empty `terms` means no focus filter.  `every`: an item must mention every term (a relation
    between two countries, `match: all`), not any one of them.
    """

    terms: tuple[str, ...] = ()
    variants: tuple[tuple[str, tuple[str, ...]], ...] = ()
    every: bool = False

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every term and every declared variant ("Italy", "Italian", "Rome")."""
        return self.terms + tuple(v for _, spelled in self.variants for v in spelled)


@dataclass(frozen=True)
class SectionRule:
    """Which paper sections a briefing reads, by title glob (`History*`), case-insensitive.

    Empty `include` admits every section; `exclude` wins over `include`.
    """

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    def admits(self, title: str) -> bool:
        if _matches(self.exclude, title):
            return False
        return not self.include or _matches(self.include, title)

    def names(self, title: str) -> bool:
        """Whether `include` names this title explicitly (it then comes back even if it is a meta-section)."""
        return _matches(self.include, title)


def _matches(globs: tuple[str, ...], title: str) -> bool:
    """Whether any glob matches the title, case and runs of spaces aside."""
    from fnmatch import fnmatchcase

    name = " ".join(title.split()).casefold()
    return any(fnmatchcase(name, glob.casefold()) for glob in globs)


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

    kind: str  # a part kind of reportgen/parts/
    options: tuple[tuple[str, Any], ...] = ()
    line: int = 0

    def get(self, key: str, default: Any = None) -> Any:
        return dict(self.options).get(key, default)


#: PDF variants `pdf: {variant: ...}` may name (WeasyPrint's pdf_variant): archival and accessible.
PDF_VARIANTS = ("pdf/a-3b", "pdf/ua-1")
#: What `pdf: {attach: [...]}` may embed: the config file and the briefing's JSON, nothing else.
PDF_ATTACHMENTS = ("config", "json")


@dataclass(frozen=True)
class PdfOptions:
    """How the PDF file is written (`pdf:`): tagged for screen readers, a PDF/A or PDF/UA variant, attachments."""

    tags: bool = True  # a structure tree (reading order, headings, table headers, figure alt text)
    variant: str | None = None  # one of PDF_VARIANTS
    attach: tuple[str, ...] = ()  # from PDF_ATTACHMENTS, in the order given


@dataclass(frozen=True)
class BriefingConfig:
    """A checked config.  Defaults come from the key declarations in schema.py."""

    path: Path  # the config file; relative paths in it resolve against path.parent
    title: str
    subtitle: str = default("subtitle")
    organisation: str = default("organisation")
    author: str = default("author")
    as_of: dt.date = field(default_factory=dt.date.today)
    period: Period = Period()
    layout: str = default("layout")
    sources: tuple[str, ...] = default("sources")
    focus: FocusSpec = FocusSpec()
    sections: SectionRule = SectionRule()
    topics: tuple[TopicDef, ...] = ()
    parts: tuple[PartSpec, ...] = ()
    item_sentences: int = 3  # summary length per item (summaries.item_sentences)
    topic_sentences: int = 3  # summary length per topic section (summaries.topic_sentences)
    output: str = default("output")
    formats: tuple[str, ...] = default("formats")
    latest: bool = default("latest")
    cover: bool = default("cover")
    contents: bool = default("contents")
    state: str = default("state")
    language: str = default("language")
    lines: tuple[tuple[str, int], ...] = ()  # key path ("parts[2].table.number") -> line in the file
    slug: str = ""  # file-name stem for {slug}; derived from the title unless the config gives one
    columns: tuple[tuple[str, int], ...] = ()  # key path -> column, to go with `lines`
    limits: Limits = Limits()  # limits: time, memory and pages of one build
    pdf: PdfOptions = PdfOptions()  # pdf: tags, variant, attachments

    @property
    def root(self) -> Path:
        return self.path.parent

    def line_of(self, key: str) -> int:
        return dict(self.lines).get(key, 1)

    def column_of(self, key: str) -> int:
        return dict(self.columns).get(key, 1)

    def topic(self, key: str) -> TopicDef | None:
        return next((t for t in self.topics if t.key == key), None)
