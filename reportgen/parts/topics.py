"""Developments by topic: one section per topic, its items newest first, with a summary of its own."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace

from reportgen.briefing import by_date
from reportgen.briefing_model import CitedSentence, ItemEntry
from reportgen.corpus import Item
from reportgen.parts.kind import Option, PartKind


#: Items a section shows by default: 20,000 articles would otherwise make a 2,000-page PDF.
DEFAULT_MAX_ITEMS = 25
#: From this many shown items (about 40 pages in the built-in layouts) each topic starts on a new
#: page (`TopicsPart.paged`): the renderer can then cut the part between topics and lay its pages
#: out in several processes, each holding fewer pages (WeasyPrint holds ~2.2 MB a laid-out page).
PAGED_MIN_ITEMS = 300


@dataclass(frozen=True)
class MoreItem:
    """An item a section leaves out of the layout (`max_items`); the JSON lists every one."""

    item_id: str
    title: str
    date: dt.date | None
    path: str
    line: int


@dataclass(frozen=True)
class AlsoItem:
    """A news story that speaks of this topic too but is shown in full under its best one."""

    item_id: str
    title: str
    date: dt.date | None
    section_id: str  # where it is shown
    section_title: str


@dataclass(frozen=True)
class TopicSection:
    key: str
    title: str
    id: str
    summary: tuple[CitedSentence, ...]
    items: tuple[ItemEntry, ...]  # the newest `max_items`, shown
    more: tuple[MoreItem, ...] = ()  # the rest: "… and N more" in the layout, every one in the JSON
    also: tuple[AlsoItem, ...] = ()  # stories shown under another topic: "See also" in the layout


@dataclass(frozen=True)
class TopicsPart:
    id: str
    title: str
    sections: tuple[TopicSection, ...]
    empty: tuple[str, ...] = ()  # titles of the part's topics no selected passage speaks of
    paged: bool = False  # long (PAGED_MIN_ITEMS): each topic after the first starts on a new page
    kind: str = "topics"


def _with_something_to_show(ctx, items: list, cap: int, summaries: dict) -> list:
    """The items, less those among the first `cap` shown whose summary (`summaries`, filled here) is
    empty (a "Prospects and recommendations" section of advice: a heading over no text, or a passage
    all of whose sentences an earlier topic showed); items past them are only counted and listed, so
    their summaries are not made."""
    if ctx.cfg.item_sentences <= 0:
        return items
    shown: list = []
    for k, item in enumerate(items):
        if len(shown) == cap:
            return shown + items[k:]
        if item not in summaries:  # (a shared passage's is made for its topic already)
            summaries[item] = ctx.summarise.own(item, ctx.cfg.item_sentences)
        if summaries[item]:
            shown.append(item)
    return shown


def _unprinted(sentences: tuple[CitedSentence, ...], printed: set[str]) -> tuple[CitedSentence, ...]:
    """The sentences whose printed text is not in `printed`, which then holds them too."""
    out = tuple(s for s in sentences if s.text not in printed)
    printed.update(s.text for s in out)
    return out


def _passage_summaries(ctx, items: list, shown_before: set[str], shared: set[str], keywords) -> dict:
    """Summaries of a topic's paper passages that join other topics of the part too (`shared`): a
    passage on defence and education joins the military and the cultural topic, and its reader should
    read its defence sentences under the one and its education sentences under the other, never one
    sentence twice.  Each such passage is summed up for this topic's `keywords`, leaving out what an
    earlier topic showed (the passage then shows its next best sentences, or nothing)."""
    from reportgen.analysis.item_summaries import item_summary_length

    out = {}
    shown = set(shown_before)  # (and what this topic's passages before it show: a paper may repeat itself)
    for item in items:
        if item.kind == "article" or item.id not in shared:  # a story is shown under one topic only (see `home`)
            continue
        n = item_summary_length(item, ctx.cfg.item_sentences)
        out[item] = tuple(ctx.summarise([item], n, query_terms=keywords, exclude=shown))
        shown.update(s.text for s in out[item])
    return out


def assemble(ctx, spec, part_id: str, title: str) -> TopicsPart:
    """Place each selected item under every topic of this part that one of its passages speaks of.

    A long item is read passage by passage (`analysis.topics.passage_topics`), so the military
    passage of a trade section also puts it under the military topic; under each topic the item
    is shown by the passages that belong there.  An item whose passages join none of the part's
    topics goes under its best topic as a whole.  Paper meta-sections (introduction, literature
    review, methods, acknowledgements, references) are not developments and stay out; an
    introduction's passages on a topic still inform that topic's summary (where a relation began).
    """
    from reportgen.analysis.discourse import is_meta_section
    from reportgen.analysis.bylines import headline
    from reportgen.analysis.topics import passage_topics

    cfg, analysis = ctx.cfg, ctx.analysis
    keys = list(spec.get("keys") or [t.key for t in cfg.topics])
    n = int(spec.get("sentences") or cfg.topic_sentences)
    members: dict[str, list[Item]] = {key: [] for key in keys}
    # A news story is one passage: it is shown once, under its best topic of the part, and named
    # under its other topics ("See also"), so the reader never reads the same story twice.
    home: dict[str, str] = {}
    elsewhere: dict[str, list[Item]] = {key: [] for key in keys}
    # A story about the focus that no configured topic speaks of (selected for its headline) goes
    # under "Other developments" when the part shows every topic, so no selected story is lost.
    others: list[Item] = []
    every_topic = set(keys) >= {t.key for t in cfg.topics}
    # An introduction is no development, but its passages on a topic ("Malaysia and Brazil
    # established diplomatic relations in 1959") may inform that topic's summary.
    background: dict[str, list[Item]] = {key: [] for key in keys}
    for item in analysis.selected:
        if item.kind == "section" and is_meta_section(item.title):
            if not is_meta_section(item.title, introduction=False):
                for run, joined in passage_topics(item, cfg.topics):
                    for key in joined:
                        if key in background:
                            background[key].append(replace(item, paragraphs=tuple(run)))
            continue
        matches = [m for m in analysis.topics.get(item.id, ()) if m.topic in members]
        if not matches:
            if every_topic and item.kind == "article" and not analysis.topics.get(item.id):
                others.append(item)
            continue
        runs: dict[str, list] = {}
        for run, joined in passage_topics(item, cfg.topics):
            for key in joined:
                if key in members:
                    runs.setdefault(key, []).extend(run)
        if not runs:
            runs[max(matches, key=lambda m: m.score).topic] = list(item.paragraphs)
        if item.kind == "article" and len(runs) > 1:
            score = {m.topic: m.score for m in matches}
            best = max(runs, key=lambda key: (score.get(key, 0.0), -keys.index(key)))
            for key in runs:
                if key != best:
                    elsewhere[key].append(item)
            home[item.id] = best
            runs = {best: runs[best]}
        for key, paragraphs in runs.items():
            whole = len(paragraphs) == len(item.paragraphs)
            members[key].append(item if whole else replace(item, paragraphs=tuple(paragraphs)))
    sections, empty = [], []
    cap = int(spec.get("max_items") or DEFAULT_MAX_ITEMS)  # items shown per section; the rest are counted
    # Sentences an earlier section's entries or summary gave: never a second time.  A paper passage
    # that speaks of two topics is shown under both, by different sentences.
    shown_before: set[str] = set()
    # ... and as printed: a paper may tell one sentence twice with different in-text citations, which the
    # briefing leaves out (`Context.shown`), so two sentences can print alike
    printed: set[str] = set()
    # (the paper passages under more than one of the part's topics)
    placed = Counter(item.id for key in keys for item in members[key] if item.kind != "article")
    shared = {item_id for item_id, count in placed.items() if count > 1}
    for key in keys:
        topic = cfg.topic(key)
        dated = by_date(members[key])
        retold = _passage_summaries(ctx, dated, shown_before, shared, topic.keywords) if cfg.item_sentences > 0 else {}
        summaries = dict(retold)
        items = _with_something_to_show(ctx, dated, cap, summaries)
        # A passage whose every sentence worth showing an earlier topic showed is named, not repeated.
        shown_whole = [i for i in dated[:cap] if i in retold and not retold[i] and i.id in home]
        also = tuple(
            AlsoItem(
                i.id, headline(i, cfg.focus.spellings), i.date, f"{part_id}-{home[i.id]}", cfg.topic(home[i.id]).title
            )
            for i in by_date(elsewhere[key]) + shown_whole
        )
        if not items and not also:
            empty.append(topic.title)
            continue
        summary: tuple[CitedSentence, ...] = ()
        if len(items) > 1:
            # The section's summary adds to what its items show rather than repeating their leads.
            shown = {s.text for item in items for s in summaries.get(item, ())}
            told = items + background[key]
            said = ctx.summarise(told, n, query_terms=topic.keywords, exclude=shown | shown_before)
            shown_before.update(s.text for s in said)
            summary = _unprinted(ctx.cited(said), printed)
        # Cited after the summary, so citation numbers grow in reading order.  Only the newest
        # `max_items` are shown (and cited); the rest are counted and listed in the JSON.
        entries: list[ItemEntry] = []
        for item in items[:cap]:
            shown_before.update(s.text for s in summaries.get(item, ()))
            entry = ctx.entry(item, summaries.get(item))
            left = _unprinted(entry.summary, printed)
            if left or not entry.summary:  # (not a heading over sentences all printed already)
                entries.append(replace(entry, summary=left))
        for item in items[:cap]:
            home.setdefault(item.id, key)  # where "See also" sends a reader of a passage's later topics
        more = tuple(MoreItem(i.id, i.title, i.date, i.location.path, i.location.line) for i in items[cap:])
        sections.append(TopicSection(key, topic.title, f"{part_id}-{key}", summary, tuple(entries), more, also))
    if others:
        items = by_date(others)
        others_shown = tuple(ctx.entry(item) for item in items[:cap])
        more = tuple(MoreItem(i.id, i.title, i.date, i.location.path, i.location.line) for i in items[cap:])
        title_other = ctx.gettext("Other developments")
        key = OTHER if OTHER not in keys else f"{OTHER}-{len(keys)}"  # never a configured topic's id
        sections.append(TopicSection(key, title_other, f"{part_id}-{key}", (), others_shown, more))
    paged = sum(len(section.items) for section in sections) >= PAGED_MIN_ITEMS
    return TopicsPart(part_id, title, tuple(sections), tuple(empty), paged)


OTHER = "other"  # the key of the section of stories no topic speaks of


KIND = PartKind(
    name="topics",
    title="Developments by topic",
    help="one section per topic with its items and a summary; `topics: [a, b]` is short for {keys: [a, b]}",
    example="topics: [political, economic]",
    options=(
        Option("keys", "topic_keys", "Which topics, in order (default: all, in the order of topics:)."),
        Option("sentences", "int", "Summary sentences per topic (default: summaries.topic_sentences)."),
        Option(
            "max_items",
            "int",
            f"Items a section shows, newest first (default {DEFAULT_MAX_ITEMS}); the rest "
            "are counted (\"… and N more\") and listed in the JSON.",
        ),
    ),
    list_option="keys",
    assemble=assemble,
    models=(TopicsPart, TopicSection, MoreItem, AlsoItem),
)
