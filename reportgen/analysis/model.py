"""Define the values the analysis stages produce: sentences, topic matches, dated events."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from reportgen.corpus import Location

Precision = Literal["day", "month", "season", "quarter", "year", "range", "decade"]


@dataclass(frozen=True)
class Sentence:
    """One sentence taken verbatim from a source, with where it came from."""

    text: str
    item_id: str
    location: Location
    index: int  # position of the sentence within its item, for ordering


@dataclass(frozen=True)
class TopicMatch:
    """Why an item belongs to a topic: its score and the terms that matched (with counts)."""

    topic: str
    score: float
    terms: tuple[tuple[str, int], ...]


@dataclass(frozen=True, init=False)
class Event:
    """A dated happening found in a source.

    `start`/`end` bound the expression ("autumn 2024" is 2024-09-01..2024-11-30);
    `label` is how a reader would write the date; `text` states the happening: the clause
    of the sentence that holds the date when the sentence coordinates independent clauses
    ("In 2007, A opened an embassy in Doha, and in 2008 B ..." gives "In 2007, A opened an
    embassy in Doha."), else the whole sentence (an article's title for its publication date).
    `sentence` is the whole sentence (empty for a publication date); merging compares it.
    `sources` holds every (item id, location) that states the event, after merging.
    """

    start: dt.date
    end: dt.date
    precision: Precision
    label: str
    text: str
    sources: tuple[tuple[str, Location], ...]
    expression: str = ""  # the words in the text that gave the date
    topics: tuple[str, ...] = ()
    focus: bool = False
    planned: bool = False  # starts after the briefing's as-of date
    sentence: str = ""  # the whole sentence `text` comes from

    def __init__(
        self,
        start: dt.date,
        end: dt.date,
        precision: Precision,
        label: str,
        text: str,
        sources: tuple[tuple[str, Location], ...],
        expression: str = "",
        topics: tuple[str, ...] = (),
        focus: bool = False,
        planned: bool = False,
        sentence: str = "",
    ) -> None:
        # The generated frozen __init__ sets each field through object.__setattr__: twice as slow,
        # and a large corpus makes and remakes hundreds of thousands of events.
        self.__dict__.update(
            start=start,
            end=end,
            precision=precision,
            label=label,
            text=text,
            sources=sources,
            expression=expression,
            topics=topics,
            focus=focus,
            planned=planned,
            sentence=sentence,
        )
