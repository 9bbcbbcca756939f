"""Define the corpus data model: what ingestion produces and analysis reads.

Every value is a frozen dataclass so stages can share them without copying
and nothing downstream can mutate what a reader found.  The ones an archive holds
by the hundred thousand (locations, paragraphs, articles, sections) have slots:
no per-object dict, about half their memory.  Every extracted thing
carries a `Location` (file and 1-based line) for citations and error messages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal, Union


@dataclass(frozen=True, order=True, slots=True)
class Location:
    """A place in a source file: path as given relative to the project, 1-based line."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Diagnostic:
    """A problem a reader met but could read past (level 'warning') or not ('error')."""

    level: Literal["warning", "error"]
    location: Location
    message: str

    def __str__(self) -> str:
        return f"{self.level}: {self.location}: {self.message}"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block of body text; `kind` is 'paragraph' or 'bullet' (a list item)."""

    id: str
    text: str
    location: Location
    kind: Literal["paragraph", "bullet"] = "paragraph"
    markup: str = ""  # the paragraph as written, inline Markdown kept (papers), for parts that lay it out


@dataclass(frozen=True, slots=True)
class Article:
    """One news article.  `title_derived` is true when the source had no title."""

    id: str
    doc_id: str
    title: str
    date: dt.date | None
    paragraphs: tuple[Paragraph, ...]
    location: Location
    language: str = "en"
    title_derived: bool = False
    time: str | None = None  # "14:10" when the feed header gives one
    extra: tuple[tuple[str, str], ...] = ()  # e.g. (("retrieved", "2025-12-14"), ("id", "17851"))

    kind = "article"

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


@dataclass(frozen=True, slots=True)
class Section:
    """One section of a paper; `level` is the Markdown heading level (2 for ##)."""

    id: str
    doc_id: str
    title: str
    level: int
    paragraphs: tuple[Paragraph, ...]
    location: Location
    language: str = "en"
    date: dt.date | None = None  # a paper section has no date of its own

    kind = "section"

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


Item = Union[Article, Section]


@dataclass(frozen=True)
class Table:
    """A table as written: every cell a string, exactly as in the source."""

    id: str
    number: int
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    location: Location
    note: str | None = None  # e.g. the "*Source: ...*" line under the table
    section_id: str | None = None


@dataclass(frozen=True)
class Reference:
    """One bibliography entry of a paper."""

    id: str
    text: str
    location: Location
    url: str | None = None
    year: int | None = None


@dataclass(frozen=True)
class Abstract:
    """A paper's title, abstract and keywords in one language (ISO 639-1 code)."""

    language: str
    title: str
    text: str
    keywords: tuple[str, ...]
    location: Location
    authors: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    """One source file: a news article, a news feed or a paper."""

    id: str
    path: str
    kind: Literal["news", "paper"]
    title: str
    published: dt.date | None
    items: tuple[Item, ...]
    location: Location
    format: str = ""  # reader that produced it: 'article', 'feed', 'paper'
    authors: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    abstracts: tuple[Abstract, ...] = ()
    keywords: tuple[str, ...] = ()
    tables: tuple[Table, ...] = ()
    references: tuple[Reference, ...] = ()
    author_info: tuple[Paragraph, ...] = ()
    metadata: tuple[tuple[str, str], ...] = ()  # e.g. submission history
    language: str = "en"
    digest: str = ""  # sha256 of the file's bytes
    # (id, content_digest) of the items ingest left out because a build's period excludes their
    # date: never selected, but the run history still records them (see ingest.load's `keep`).
    omitted: tuple[tuple[str, str], ...] = ()

    def table(self, number: int) -> Table | None:
        return next((t for t in self.tables if t.number == number), None)

    def date_of(self, item: Item) -> dt.date | None:
        """The date an item of this document goes by (periods, the source list): its own; a paper's
        section takes the paper's.  A news article never borrows its feed's: an article whose date
        line was impossible stays undated."""
        return item.date if item.date or self.kind == "news" else self.published


def content_digest(item: Item) -> str:
    """A short digest of an item's title and text: the run history tells changed items by it."""
    import hashlib

    return hashlib.sha256((item.title + "\n" + item.text).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Corpus:
    """Everything ingested from the configured sources, in a stable order."""

    documents: tuple[Document, ...]
    diagnostics: tuple[Diagnostic, ...] = field(default=())

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for doc in self.documents for item in doc.items)

    @cached_property
    def _found(self) -> dict[str, Document | None]:
        return {}

    def document(self, key: str) -> Document | None:
        """Find a document by id, file name or path (each key looked up once: an archive has thousands)."""
        found = self._found
        if key not in found:
            found[key] = next(
                (doc for doc in self.documents if key in (doc.id, doc.path) or doc.path.endswith("/" + key)), None
            )
        return found[key]


PAPER = "paper"  # the document selector meaning "the only paper among the sources"


def find_document(corpus: Corpus, selector: str) -> tuple[Document | None, str]:
    """Resolve a document selector (id, file name, path or `paper`); (None, why) if it names none."""
    import difflib

    if selector == PAPER:
        papers = [d for d in corpus.documents if d.kind == "paper"]
        if len(papers) == 1:
            return papers[0], ""
        if not papers:
            return None, "no paper among the sources; name a document by id or file name"
        paths = ", ".join(d.path for d in papers)
        return (
            None,
            f"'paper' is ambiguous: the sources hold {len(papers)} papers ({paths}); name one by id or file name",
        )
    doc = corpus.document(selector)
    if doc is not None:
        return doc, ""
    names = [d.id for d in corpus.documents] + [d.path.rsplit("/", 1)[-1] for d in corpus.documents]
    close = difflib.get_close_matches(selector, names, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return None, (
        f"no document '{selector}' among the sources{hint}; give a document id, file name or path, or 'paper'"
    )
