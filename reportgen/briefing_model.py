"""Define the Briefing: the only object layouts see, and what the JSON output serialises.

Parts hold only data.  Citations are 1-based numbers into `Briefing.sources`.
Each part has a `kind` (which template renders it), an `id` (its HTML anchor and
PDF bookmark target) and a `title` (its heading).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any, Union


@dataclass(frozen=True)
class Source:
    """One entry of the numbered source list that citations point to."""

    number: int
    item_id: str
    doc_id: str
    document: str  # the document's title
    title: str  # the item's title (article or section)
    date: dt.date | None
    path: str
    line: int
    kind: str  # 'article' | 'section' | 'table' | 'paper'


@dataclass(frozen=True)
class CitedSentence:
    text: str
    cite: int
    language: str = "en"


@dataclass(frozen=True)
class TopicScore:
    topic: str
    title: str
    score: float
    terms: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class ItemEntry:
    """An article or section as it appears in a topic section."""

    item_id: str
    title: str
    date: dt.date | None
    source: str  # document title or feed name
    cite: int
    summary: tuple[CitedSentence, ...]
    topics: tuple[TopicScore, ...]
    focus_terms: tuple[str, ...]
    language: str = "en"


@dataclass(frozen=True)
class TopicSection:
    key: str
    title: str
    id: str
    summary: tuple[CitedSentence, ...]
    items: tuple[ItemEntry, ...]


@dataclass(frozen=True)
class ChronologyEntry:
    start: dt.date
    end: dt.date
    precision: str
    label: str
    text: str
    citations: tuple[int, ...]
    topics: tuple[str, ...] = ()
    focus: bool = False
    planned: bool = False


@dataclass(frozen=True)
class AbstractEntry:
    language: str  # ISO 639-1: en, kk, ru
    language_name: str  # "English", "Kazakh", "Russian"
    title: str
    text: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class SummaryPart:
    id: str
    title: str
    sentences: tuple[CitedSentence, ...]
    kind: str = "summary"


@dataclass(frozen=True)
class TopicsPart:
    id: str
    title: str
    sections: tuple[TopicSection, ...]
    empty: tuple[str, ...] = ()  # titles of the part's topics no selected item is mainly about
    kind: str = "topics"


@dataclass(frozen=True)
class TablePart:
    id: str
    title: str  # "Table 1. <caption>"
    number: int
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str | None
    cite: int
    kind: str = "table"


@dataclass(frozen=True)
class ChronologyPart:
    id: str
    title: str
    events: tuple[ChronologyEntry, ...]
    group: str = "none"  # "year": a heading per year
    kind: str = "chronology"


@dataclass(frozen=True)
class NewItemsPart:
    """Items first seen since the previous successful run of this config."""

    id: str
    title: str
    items: tuple[ItemEntry, ...]
    since: dt.datetime | None
    kind: str = "new"


@dataclass(frozen=True)
class AboutPart:
    """The source paper: full reference, keywords and abstracts in every language."""

    id: str
    title: str
    reference: str
    authors: tuple[str, ...]
    keywords: tuple[str, ...]
    abstracts: tuple[AbstractEntry, ...]
    cite: int
    kind: str = "about"


@dataclass(frozen=True)
class SourcesPart:
    id: str
    title: str
    kind: str = "sources"


Part = Union[SummaryPart, TopicsPart, TablePart, ChronologyPart, NewItemsPart, AboutPart, SourcesPart]


@dataclass(frozen=True)
class Briefing:
    title: str
    subtitle: str
    organisation: str
    author: str
    as_of: dt.date
    period_from: dt.date | None
    period_to: dt.date | None
    period_label: str
    keywords: tuple[str, ...]
    language: str
    parts: tuple[Part, ...]
    sources: tuple[Source, ...]
    slug: str

    def to_json(self) -> dict[str, Any]:
        """A plain-JSON view: dates as ISO strings, tuples as lists."""
        return _jsonable(dataclasses.asdict(self))


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value
