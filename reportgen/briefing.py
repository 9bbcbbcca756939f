"""Assemble the Briefing from the corpus, the config and the analysis results."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportgen.analysis.model import Event, Sentence, TopicMatch
from reportgen.briefing_model import (
    AboutPart,
    AbstractEntry,
    Briefing,
    ChronologyEntry,
    ChronologyPart,
    CitedSentence,
    ItemEntry,
    NewItemsPart,
    Part,
    Source,
    SourcesPart,
    SummaryPart,
    TablePart,
    TopicScore,
    TopicSection,
    TopicsPart,
)
from reportgen.config import BriefingConfig, PartSpec, slugify
from reportgen.corpus import Corpus, Document, Item

LANGUAGE_NAMES = {"en": "English", "kk": "Kazakh", "ru": "Russian", "ar": "Arabic"}

# Default headings; a layout can relabel them, the JSON keeps these.
PART_TITLES = {
    "summary": "Executive summary",
    "topics": "Developments by topic",
    "chronology": "Chronology",
    "sources": "Sources",
    "about": "About the source paper",
    "new": "New since the last briefing",
}


@dataclass(frozen=True)
class Analysis:
    """What the analysis stages found, handed to `assemble` (all pure values)."""

    selected: tuple[Item, ...]
    topics: dict[str, tuple[TopicMatch, ...]]  # item id -> its topic matches, best first
    focus: dict[str, tuple[str, ...]]  # item id -> focus terms it mentions
    events: tuple[Event, ...]
    new_item_ids: frozenset[str] = frozenset()
    new_since: dt.datetime | None = None


Summariser = Callable[..., Sequence[Sentence]]


class _Citations:
    """Number sources in order of first citation, so the list reads top to bottom."""

    def __init__(self, corpus: Corpus) -> None:
        self._items = {item.id: (doc, item) for doc in corpus.documents for item in doc.items}
        self._numbers: dict[str, int] = {}
        self.sources: list[Source] = []

    def cite(self, item_id: str) -> int:
        if item_id not in self._numbers:
            doc, item = self._items[item_id]
            number = len(self.sources) + 1
            self._numbers[item_id] = number
            self.sources.append(
                Source(
                    number=number,
                    item_id=item_id,
                    doc_id=doc.id,
                    document=display_title(doc.title),
                    title=item.title,
                    date=item.date or doc.published,
                    path=item.location.path,
                    line=item.location.line,
                    kind=item.kind,
                )
            )
        return self._numbers[item_id]


def assemble(corpus: Corpus, cfg: BriefingConfig, analysis: Analysis, summarise: Summariser) -> Briefing:
    """Build every configured part in order; citations resolve to `Briefing.sources`."""
    citations = _Citations(corpus)
    items_by_id = {item.id: item for item in corpus.items}
    language_of = {item.id: item.language for item in corpus.items}

    def cited(sentences: Sequence[Sentence]) -> tuple[CitedSentence, ...]:
        return tuple(
            CitedSentence(s.text, citations.cite(s.item_id), language_of.get(s.item_id, "en")) for s in sentences
        )

    def entry(item: Item) -> ItemEntry:
        doc = corpus.document(item.doc_id)
        scores = tuple(
            TopicScore(m.topic, _topic_title(cfg, m.topic), round(m.score, 2), m.terms)
            for m in analysis.topics.get(item.id, ())
        )
        return ItemEntry(
            item_id=item.id,
            title=item.title,
            date=item.date,
            source=display_title(doc.title) if doc and doc.kind == "paper" else _feed_name(doc),
            cite=citations.cite(item.id),
            summary=cited(summarise([item], cfg.item_sentences)),
            topics=scores,
            focus_terms=analysis.focus.get(item.id, ()),
            language=item.language,
        )

    parts: list[Part] = []
    for index, spec in enumerate(cfg.parts):
        part_id = f"part-{index + 1}-{spec.kind}"
        if spec.kind == "summary":
            n = int(spec.get("sentences", 6))
            sentences = summarise(list(analysis.selected), n, query_terms=cfg.focus.terms)
            parts.append(SummaryPart(part_id, spec.get("title", PART_TITLES["summary"]), cited(sentences)))
        elif spec.kind == "topics":
            parts.append(_topics_part(part_id, spec, cfg, analysis, entry, cited, summarise))
        elif spec.kind == "table":
            parts.append(_table_part(part_id, spec, corpus, citations))
        elif spec.kind == "chronology":
            events = chronology_rows(analysis.events, spec)
            entries = tuple(
                ChronologyEntry(
                    start=e.start,
                    end=e.end,
                    precision=e.precision,
                    label=e.label,
                    text=e.text,
                    citations=tuple(dict.fromkeys(citations.cite(item_id) for item_id, _ in e.sources)),
                    topics=e.topics,
                    focus=e.focus,
                    planned=e.planned,
                )
                for e in events
            )
            parts.append(ChronologyPart(part_id, spec.get("title", PART_TITLES["chronology"]), entries,
                                        group=spec.get("group", "none")))
        elif spec.kind == "new":
            fresh = tuple(entry(items_by_id[i]) for i in _in_order(analysis.selected, analysis.new_item_ids))
            parts.append(NewItemsPart(part_id, spec.get("title", PART_TITLES["new"]), fresh, analysis.new_since))
        elif spec.kind == "about":
            parts.append(_about_part(part_id, spec, corpus, citations))
        elif spec.kind == "sources":
            parts.append(SourcesPart(part_id, spec.get("title", PART_TITLES["sources"])))

    return Briefing(
        title=cfg.title,
        subtitle=cfg.subtitle,
        organisation=cfg.organisation,
        author=cfg.author or cfg.organisation,
        as_of=cfg.as_of,
        period_from=cfg.period.start,
        period_to=cfg.period.end,
        period_label=cfg.period.label,
        keywords=tuple(dict.fromkeys([*cfg.focus.terms, *(t.title for t in cfg.topics)])),
        language=cfg.language,
        parts=tuple(parts),
        sources=tuple(citations.sources),
        slug=cfg.slug or slugify(cfg.title) or "briefing",
    )


def chronology_rows(events: Sequence[Event], spec: PartSpec) -> tuple[Event, ...]:
    """The events a chronology part shows, by its options: focus_only, from, to, order, limit.

    from/to keep an event whose dates overlap them, so "2024" stays in a chronology from
    2024-06-01; without `to`, planned events after the as-of date stay.
    """
    start, end = spec.get("from"), spec.get("to")
    rows = [e for e in events if (not spec.get("focus_only", False) or e.focus)
            and (start is None or e.end >= start) and (end is None or e.start <= end)]
    if spec.get("order", "oldest") == "newest":
        rows.reverse()
    limit = spec.get("limit")
    return tuple(rows[:limit] if limit else rows)


def _topics_part(part_id, spec: PartSpec, cfg, analysis: Analysis, entry, cited, summarise) -> TopicsPart:
    """Place each selected item under its best-scoring topic of this part, so nothing repeats."""
    keys = list(spec.get("keys") or [t.key for t in cfg.topics])
    n = int(spec.get("sentences", cfg.topic_sentences))
    members: dict[str, list[Item]] = {key: [] for key in keys}
    for item in analysis.selected:
        matches = [m for m in analysis.topics.get(item.id, ()) if m.topic in members]
        if matches:
            best = max(matches, key=lambda m: m.score)
            members[best.topic].append(item)
    sections, empty = [], []
    for key in keys:
        items = _by_date(members[key])
        if not items:
            empty.append(cfg.topic(key).title)
            continue
        topic = cfg.topic(key)
        summary: tuple[CitedSentence, ...] = ()
        if len(items) > 1:
            # The section's summary adds to what its items show rather than repeating their leads.
            shown = {s.text for item in items for s in summarise([item], cfg.item_sentences)}
            summary = cited(summarise(items, n, query_terms=topic.keywords, exclude=shown))
        # Cited after the summary, so citation numbers grow in reading order.
        entries = tuple(entry(item) for item in items)
        sections.append(TopicSection(key, topic.title, f"{part_id}-{key}", summary, entries))
    return TopicsPart(part_id, spec.get("title", PART_TITLES["topics"]), tuple(sections), tuple(empty))


def _table_part(part_id: str, spec: PartSpec, corpus: Corpus, citations: _Citations) -> TablePart:
    # config.check_against_corpus has already guaranteed the document and table exist.
    doc = _find_document(corpus, spec.get("document", "paper"))
    table = doc.table(int(spec.get("number")))
    cite_id = table.section_id or (doc.items[0].id if doc.items else None)
    return TablePart(
        id=part_id,
        title=f"Table {table.number}. {table.caption}",
        number=table.number,
        caption=table.caption,
        header=table.header,
        rows=table.rows,
        note=table.note,
        cite=citations.cite(cite_id) if cite_id else 0,
    )


def _about_part(part_id: str, spec: PartSpec, corpus: Corpus, citations: _Citations) -> AboutPart:
    doc = _find_document(corpus, spec.get("document", "paper"))
    abstracts = tuple(
        AbstractEntry(a.language, LANGUAGE_NAMES.get(a.language, a.language), a.title, a.text, a.keywords)
        for a in doc.abstracts
    )
    return AboutPart(
        id=part_id,
        title=spec.get("title", PART_TITLES["about"]),
        reference=paper_reference(doc),
        authors=doc.authors,
        keywords=doc.keywords,
        abstracts=abstracts,
        cite=citations.cite(doc.items[0].id) if doc.items else 0,
    )


def paper_reference(doc: Document) -> str:
    """A full reference in author–year style, from what the paper itself states."""
    metadata = dict(doc.metadata)
    year = (metadata.get("accepted") or (doc.published.isoformat() if doc.published else ""))[:4]
    authors = ", ".join(doc.authors)
    parts = [authors + (f" ({year})." if year else "."), display_title(doc.title) + "."]
    history = "; ".join(f"{key.replace('_', ' ')} {_long_date(value)}" for key, value in doc.metadata)
    if history:
        parts.append(history[0].upper() + history[1:] + ".")
    return " ".join(p for p in parts if p.strip(". "))


def _long_date(value: str) -> str:
    try:
        d = dt.date.fromisoformat(value)
    except ValueError:
        return value
    return f"{d.day} {d:%B %Y}"


def _find_document(corpus: Corpus, key: str) -> Document:
    if key == "paper":
        papers = [d for d in corpus.documents if d.kind == "paper"]
        if len(papers) == 1:
            return papers[0]
    doc = corpus.document(key)
    if doc is None:
        raise LookupError(key)
    return doc


def _topic_title(cfg: BriefingConfig, key: str) -> str:
    topic = cfg.topic(key)
    return topic.title if topic else key


def _feed_name(doc: Document | None) -> str:
    if doc is None:
        return ""
    return doc.title if doc.format != "feed" else f"News feed ({doc.path.rsplit('/', 1)[-1]})"


def _by_date(items: list[Item]) -> list[Item]:
    """Newest dated items first; undated (paper sections) after, in document order."""
    dated = sorted((i for i in items if i.date), key=lambda i: i.date, reverse=True)
    return dated + [i for i in items if not i.date]


def _in_order(items: Sequence[Item], wanted: frozenset[str]) -> list[str]:
    return [item.id for item in items if item.id in wanted]


_SMALL_WORDS = frozenset("a an and as at between by for from in into of on or the to with".split())


def display_title(title: str) -> str:
    """Title-case a title written in capitals ("FOREIGN POLICY OF …"); leave others as they are."""
    letters = [c for c in title if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return title
    words = title.lower().split(" ")
    out = []
    for i, word in enumerate(words):
        if i and word in _SMALL_WORDS and not out[-1].endswith(":"):
            out.append(word)
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)
