"""Turn temporal expressions in items into a merged, sorted chronology of dated events.

Merging rule: two events state the same happening when they have the same start, end and
precision and either (a) one is an article's own publication-date event and the other a
sentence of that same article, or (b) their sentences share most of their content words
once the date words are removed (overlap coefficient >= 0.6 with at least 4 shared words,
e.g. the same sentence repeated in two sections of a paper).  A merged event keeps the
first statement's text and label and every source.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from typing import Callable, Iterable

from reportgen.analysis.dates import MONTH_NAMES, day_label, find_dates
from reportgen.analysis.model import Event
from reportgen.corpus import Item, Location
from reportgen.text import sentence_spans, words

# A bibliography entry ("Kamrava, M. (2013). Qatar: ...", "Panfilova, V. (2024, December 8).")
# or a paper's submission history ("Accepted August 20, 2025.") dates a publication, not an
# event: such text yields none even if it reaches extract_events.
_NOT_PROSE = re.compile(
    r"\s*(?:[-*•]\s+)?(?:"
    r"[A-ZА-ЯЁ][\w'’-]+,\s+(?:[A-ZА-ЯЁ]\.\s*)+(?:,?\s*(?:&|and)\s+[A-ZА-ЯЁ][\w'’-]+,\s+(?:[A-ZА-ЯЁ]\.\s*)+)*\((?:1[89]|20)\d\d"
    r"|(?:Received|Accepted|Revised|Re-registered|Previously\s+sent|Submitted|Published\s+online)\b[^.]{0,40}?\b(?:1[89]|20)\d\d\.?\s*$"
    r")"
)
MERGE_OVERLAP = 0.6
MERGE_MIN_SHARED = 4

_STOPWORDS = frozenset(
    """
    a an the and or but of in on at to for from by with as into onto over under between during since until
    is are was were be been being has have had do does did will would shall should can could may might must
    this that these those it its their there here which who whom whose what when where while than then also
    not no nor so such both each either more most other some any all only very same own further
    he she they we you i his her them our your us
    year years month months day days week weeks early late mid first second half quarter
    """.split()
) | {m.lower() for m in MONTH_NAMES}


def extract_events(
    text: str,
    *,
    reference: dt.date | None,
    item_id: str,
    location: Location,
    topics: tuple[str, ...] = (),
) -> list[Event]:
    """Every temporal expression in `text` as an Event dated by it, one per expression."""
    # One pass over the whole paragraph; sentences are split only when it holds a date.
    spans = find_dates(text, reference)
    if not spans or _NOT_PROSE.match(text):
        return []
    sentences = sentence_spans(text)
    starts = [start for start, _ in sentences]
    events: list[Event] = []
    seen: set[tuple[int, dt.date, dt.date, str]] = set()
    for span in spans:
        index = max(bisect_right(starts, span.offset) - 1, 0)
        key = (index, span.start, span.end, span.precision)
        if key in seen:  # "In 2022, ... the FIFA 2022 ...": one sentence dates one happening once
            continue
        seen.add(key)
        start, end = sentences[index]
        # A sentence on a later line of a multi-line paragraph cites that line.
        where = Location(location.path, location.line + text.count("\n", 0, start)) if "\n" in text else location
        events.append(
            Event(
                start=span.start,
                end=span.end,
                precision=span.precision,  # type: ignore[arg-type]
                label=span.label,
                text=text[start:end],
                sources=((item_id, where),),
                expression=span.expression,
                topics=topics,
            )
        )
    return events


def build_chronology(
    items: Iterable[Item],
    *,
    as_of: dt.date,
    topics_for: Callable[[str], tuple[str, ...]] | None = None,
    focus_for: Callable[[str], bool] | None = None,
    include_item_dates: bool = True,
) -> tuple[Event, ...]:
    """Events from every item's paragraphs (plus each dated article's own date), merged and sorted."""
    candidates: list[Event] = []
    for item in items:
        topics = topics_for(item.id) if topics_for else ()
        reference = item.date if item.kind == "article" else None
        if include_item_dates and item.kind == "article" and item.date is not None:
            candidates.append(
                Event(
                    start=item.date,
                    end=item.date,
                    precision="day",
                    label=day_label(item.date),
                    text=item.title,
                    sources=((item.id, item.location),),
                    expression="",
                    topics=topics,
                )
            )
        for paragraph in item.paragraphs:
            candidates.extend(
                extract_events(paragraph.text, reference=reference, item_id=item.id,
                               location=paragraph.location, topics=topics)
            )
    merged = merge_events(candidates)
    finished = [_finish(event, as_of, focus_for) for event in merged]
    finished.sort(key=lambda e: (e.start, e.end, e.label, e.text, e.sources))
    return tuple(finished)


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Merge events that state the same dated happening, keeping every source (input order)."""
    groups: dict[tuple[dt.date, dt.date, str], list[list[Event]]] = {}
    order: list[list[Event]] = []
    for event in events:
        clusters = groups.setdefault((event.start, event.end, event.precision), [])
        for cluster in clusters:
            if any(_same_happening(event, other) for other in cluster):
                cluster.append(event)
                break
        else:
            cluster = [event]
            clusters.append(cluster)
            order.append(cluster)
    return [_combine(cluster) for cluster in order]


def _same_happening(a: Event, b: Event) -> bool:
    if not a.expression and not b.expression:  # two publication dates: the same article twice?
        return " ".join(a.text.lower().split()) == " ".join(b.text.lower().split())
    # A publication-date event (no expression) and a sentence of the same article dated that day.
    if not (a.expression and b.expression) and {i for i, _ in a.sources} & {i for i, _ in b.sources}:
        return True
    if a.text == b.text:
        return True
    words_a, words_b = _content_words(a), _content_words(b)
    shared = len(words_a & words_b)
    if shared < MERGE_MIN_SHARED:
        return False
    return shared / min(len(words_a), len(words_b)) >= MERGE_OVERLAP


def _content_words(event: Event) -> frozenset[str]:
    """Lower-cased content words of the sentence, without the date's own words, crudely stemmed."""
    date_words = {w.lower() for w in words(event.expression)}
    # Hyphenated compounds count by their parts: "Kazakhstan-Qatar" shares "Qatar".
    tokens = (part for w in words(event.text) for part in w.lower().split("-"))
    return frozenset(
        _stem(w) for w in tokens if w and w not in _STOPWORDS and w not in date_words and not w.isdigit()
    )


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _combine(cluster: list[Event]) -> Event:
    first = cluster[0]
    if len(cluster) == 1:
        return first
    sources = tuple(dict.fromkeys(source for event in cluster for source in event.sources))
    topics = tuple(dict.fromkeys(topic for event in cluster for topic in event.topics))
    expression = next((e.expression for e in cluster if e.expression), "")
    return Event(first.start, first.end, first.precision, first.label, first.text, sources,
                 expression=expression, topics=topics)


def _finish(event: Event, as_of: dt.date, focus_for: Callable[[str], bool] | None) -> Event:
    focus = bool(focus_for) and any(focus_for(item_id) for item_id, _ in event.sources)  # type: ignore[misc]
    return Event(event.start, event.end, event.precision, event.label, event.text, event.sources,
                 expression=event.expression, topics=event.topics, focus=focus, planned=event.start > as_of)
