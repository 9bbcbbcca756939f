"""Define the Briefing: the only object layouts see, and what the JSON output serialises.

Parts hold only data.  Citations are 1-based numbers into `Briefing.sources`.
Each part has a `kind` (which template renders it), an `id` (its HTML anchor and
PDF bookmark target) and a `title` (its heading); each kind's dataclass lives in
its module under reportgen/parts/, the pieces several kinds share live here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any


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
    outlet: str = ""  # the agency or ministry an article's text names as its reporter
    # A paper is one source: the sections cited, in reading order, as (item id, title, line).
    locators: tuple[tuple[str, str, int], ...] = ()


@dataclass(frozen=True)
class CitedSentence:
    text: str
    cite: int
    language: str = "en"
    when: dt.date | None = None  # the story's date, for a summary sentence that names no date itself
    # the month or year a phrase counted from the story's date names ("last month" in a story of 17 February
    # 2027: "January 2027"), shown in place of `when`
    when_label: str = ""


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


#: A part is the dataclass of one part kind (reportgen/parts/<kind>.py), with at least
#: `id`, `title` and `kind`; layouts dispatch on `kind`.
Part = Any


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
    cover: bool = True  # the layout draws its cover
    contents: bool = True  # ... and its contents
    run_on: tuple[str, ...] = ()  # ids of parts that follow the previous one without a page break
    lists_all: bool = True  # a JSON output is written, which lists what a layout leaves out ("… and N more")

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
