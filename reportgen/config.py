"""Load config.yaml into a BriefingConfig; every problem names config.yaml:LINE and the key.

(The loader is being written; the value types below are the contract other stages use.)
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class TopicDef:
    """A topic from the config: its key, heading and the keywords that signal it."""

    key: str
    title: str
    keywords: tuple[str, ...]
    min_score: float = 1.0  # an item joins the topic when its score reaches this


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

    @property
    def root(self) -> Path:
        return self.path.parent

    def line_of(self, key: str) -> int:
        return dict(self.lines).get(key, 1)

    def topic(self, key: str) -> TopicDef | None:
        return next((t for t in self.topics if t.key == key), None)
