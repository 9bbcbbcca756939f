"""Assemble the Briefing from the corpus, the config and the analysis results.

Each part is assembled by its kind's module in reportgen/parts/; this module holds what
they share: the analysis results, the citation counter and how items are shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportgen.analysis.model import Event, Sentence, TopicMatch
from reportgen.briefing_model import Briefing, CitedSentence, ItemEntry, Source, TopicScore
from reportgen.config import BriefingConfig, PartSpec, slugify
from reportgen.corpus import PAPER, Corpus, Document, Item, find_document
from reportgen.datefmt import long_date
from reportgen.errors import ConfigError

LANGUAGE_NAMES = {
    "en": "English",
    "kk": "Kazakh",
    "ru": "Russian",
    "ar": "Arabic",
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "pt": "Portuguese",
    "it": "Italian",
    "id": "Indonesian",
    "tr": "Turkish",
    "nl": "Dutch",
    "pl": "Polish",
    "vi": "Vietnamese",
    "el": "Greek",
    "he": "Hebrew",
    "hy": "Armenian",
    "ka": "Georgian",
    "am": "Amharic",
    "hi": "Hindi",
    "bn": "Bengali",
    "th": "Thai",
    "ko": "Korean",
    "ja": "Japanese",
    "zh": "Chinese",
    "sr": "Serbian",
    "hr": "Croatian",
    "bs": "Bosnian",
    "sw": "Swahili",
    "ga": "Irish",
    "hu": "Hungarian",
    "ro": "Romanian",
    "cs": "Czech",
    "sk": "Slovak",
    "ms": "Malay",
    "tl": "Tagalog",
    "fi": "Finnish",
    "fa": "Persian",
    "ur": "Urdu",
    "az": "Azerbaijani",
    "uz": "Uzbek",
    "ky": "Kyrgyz",
    "mn": "Mongolian",
    "sv": "Swedish",
    "gl": "Galician",
    "ta": "Tamil",
    "si": "Sinhala",
    "ml": "Malayalam",
    "te": "Telugu",
    "kn": "Kannada",
    "gu": "Gujarati",
    "pa": "Punjabi",
    "or": "Odia",
    "km": "Khmer",
    "lo": "Lao",
    "my": "Burmese",
    "bo": "Tibetan",
    "dv": "Dhivehi",
    "uk": "Ukrainian",
    "bg": "Bulgarian",
    "be": "Belarusian",
    "mk": "Macedonian",
    "tg": "Tajik",
    "sl": "Slovenian",
    "sq": "Albanian",
    "et": "Estonian",
    "lv": "Latvian",
    "lt": "Lithuanian",
    "da": "Danish",
    "nb": "Norwegian",
    "ha": "Hausa",
    "so": "Somali",
    "und": "Other language",
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
    off_focus: frozenset[str] = frozenset()  # sentences telling another relation's story ("Meanwhile, ...")


if TYPE_CHECKING:
    from reportgen.analysis.item_summaries import ItemSummaries


class _Citations:
    """Number sources in order of first citation, so the list reads top to bottom.

    A paper is one source however many of its sections are cited; its entry lists the cited
    sections as locators in reading order.  An article is a source of its own.
    """

    def __init__(self, corpus: Corpus, focus_terms: Sequence[str] = (), language: str = "en") -> None:
        self._language = language
        self._items = {item.id: (doc, item) for doc in corpus.documents for item in doc.items}
        self._focus = tuple(focus_terms)
        self._numbers: dict[str, int] = {}  # item id or paper doc id -> number
        self._cited: dict[str, set[str]] = {}  # paper doc id -> ids of its cited sections
        self._first: list[tuple[Document, Item]] = []

    def cite(self, item_id: str) -> int:
        doc, item = self._items[item_id]
        key = doc.id if doc.kind == "paper" else item_id
        if key not in self._numbers:
            self._numbers[key] = len(self._first) + 1
            self._first.append((doc, item))
        if doc.kind == "paper":
            self._cited.setdefault(doc.id, set()).add(item_id)
        return self._numbers[key]

    @property
    def sources(self) -> list[Source]:
        from reportgen.analysis.bylines import headline, outlet

        out = []
        for number, (doc, item) in enumerate(self._first, 1):
            if doc.kind == "paper":
                cited = self._cited.get(doc.id, set())
                locators = tuple((s.id, s.title, s.location.line) for s in doc.items if s.id in cited)
                out.append(
                    Source(
                        number=number,
                        item_id=item.id,
                        doc_id=doc.id,
                        document=display_title(doc.title),
                        title=short_reference(doc, self._language),
                        date=doc.published,
                        path=doc.path,
                        line=doc.location.line,
                        kind="paper",
                        locators=locators,
                    )
                )
            else:
                out.append(
                    Source(
                        number=number,
                        item_id=item.id,
                        doc_id=doc.id,
                        document=display_title(doc.title),
                        title=headline(item, self._focus),
                        date=doc.date_of(item),
                        path=item.location.path,
                        line=item.location.line,
                        kind=item.kind,
                        outlet=outlet(item),
                    )
                )
        return out


@dataclass
class Context:
    """What a part's assembler reads, and the citation counter all parts share.

    Parts are assembled in config order and cite as they go, so source numbers grow in
    reading order.
    """

    corpus: Corpus
    cfg: BriefingConfig
    analysis: Analysis
    summarise: ItemSummaries  # items' own summaries (kept between builds) and topic summaries
    citations: _Citations
    figures: int = 0  # figures numbered so far: "Figure N." in reading order, like sources

    def __post_init__(self) -> None:
        self.items_by_id = {item.id: item for item in self.corpus.items}

    def gettext(self, message: str) -> str:
        """A fixed word of a part in the briefing's language (reportgen/locale/<language>.po)."""
        from reportgen.i18n import catalog

        return catalog(self.cfg.language).gettext(message)

    def next_figure(self) -> int:
        self.figures += 1
        return self.figures

    def cited(self, sentences: Sequence[Sentence]) -> tuple[CitedSentence, ...]:
        return tuple(
            CitedSentence(
                self.shown(s.text, s.item_id), self.citations.cite(s.item_id), self.items_by_id[s.item_id].language
            )
            for s in sentences
        )

    def shown(self, text: str, *item_ids: str) -> str:
        """A sentence as the briefing prints it: one a paper tells without the paper's in-text citations
        ("(Sabayeva, 2015)"), whose bibliography the briefing does not print; the briefing cites the paper."""
        from reportgen.text import without_citations

        if any(self.items_by_id[i].kind == "section" for i in item_ids if i in self.items_by_id):
            return without_citations(text)
        return text

    def entry(self, item: Item, summary: Sequence[Sentence] | None = None) -> ItemEntry:
        """An item as topic sections and the `new` part list it: heading, source, summary (its own
        unless given), citation.

        The source line names the outlet an article's text gives, or the paper in short form
        (first author, year), and never repeats the heading.
        """
        from reportgen.analysis.bylines import headline, outlet

        doc = self.corpus.document(item.doc_id)
        title = headline(item, self.cfg.focus.spellings)
        source = short_reference(doc, self.cfg.language) if doc and doc.kind == "paper" else outlet(item)
        scores = tuple(
            TopicScore(m.topic, topic_title(self.cfg, m.topic), round(m.score, 2), m.terms)
            for m in self.analysis.topics.get(item.id, ())
        )
        own = summary is None
        if summary is None:
            summary = self.summarise.own(item, self.cfg.item_sentences)
        if summary and _same_words(summary[0].text, title):
            # an untitled story headed by its whole first sentence: the body goes on from the next one
            summary = self.summarise.own(item, self.cfg.item_sentences + 1)[1:] if own else summary[1:]
        return ItemEntry(
            item_id=item.id,
            title=title,
            date=item.date,
            source="" if source == title else source,
            cite=self.citations.cite(item.id),
            summary=self.cited(summary),
            topics=scores,
            focus_terms=self.analysis.focus.get(item.id, ()),
            language=item.language,
        )

    def document(self, spec: PartSpec) -> Document:
        """The document a part names; the corpus check has already made sure it exists."""
        doc, problem = find_document(self.corpus, str(spec.get("document", PAPER)))
        if doc is None:
            raise LookupError(problem)
        return doc


def _same_words(sentence: str, heading: str) -> bool:
    """Whether a heading is the whole sentence (but its closing stop)."""
    return sentence.rstrip(" .!?。") == heading.rstrip(" .!?。")


def assemble(corpus: Corpus, cfg: BriefingConfig, analysis: Analysis, summarise: ItemSummaries) -> Briefing:
    """Build every configured part in order; citations resolve to `Briefing.sources`."""
    from reportgen import parts as part_kinds

    ctx = Context(corpus, cfg, analysis, summarise, _Citations(corpus, cfg.focus.spellings, cfg.language))
    parts = []
    for index, spec in enumerate(cfg.parts):
        kind = part_kinds.get(spec.kind)
        if kind is None:  # the config reader refuses unknown kinds; never drop one silently
            raise LookupError(f"unknown part kind {spec.kind!r}")
        part_id = f"part-{index + 1}-{spec.kind}"
        parts.append(kind.assemble(ctx, spec, part_id, spec.get("title") or ctx.gettext(kind.title)))

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
        sources=tuple(ctx.citations.sources),
        slug=cfg.slug or slugify(cfg.title) or "briefing",
        cover=cfg.cover,
        lists_all="json" in cfg.formats,
        contents=cfg.contents,
        run_on=_run_on(cfg.parts, parts),
    )


def check_against_corpus(cfg: BriefingConfig, corpus: Corpus) -> None:
    """Check what only the corpus can tell (the documents and tables parts name); ConfigError lists all."""
    from reportgen import parts as part_kinds

    problems: list[tuple[int, int, str]] = []
    for index, spec in enumerate(cfg.parts):
        kind = part_kinds.get(spec.kind)
        if kind is None or kind.check is None:
            continue
        for option, message in kind.check(corpus, spec):
            key = f"parts[{index}].{spec.kind}.{option}"
            line, col = cfg.line_of(key), cfg.column_of(key)
            problems.append((line, col, f"{cfg.path}:{line}:{col}: {key}: {message}"))
    if problems:
        raise ConfigError([p for *_, p in sorted(problems, key=lambda p: p[:2])])


def citation_warnings(cfg: BriefingConfig) -> list[str]:
    """Warnings about parts whose citations will lead nowhere (no `sources` part to link to)."""
    from reportgen import parts as part_kinds

    kinds = [spec.kind for spec in cfg.parts]
    citing = [kind for kind in kinds if part_kinds.kinds()[kind].cites]
    if citing and "sources" not in kinds:
        line = cfg.line_of("parts")
        return [
            f"warning: {cfg.path}:{line}: parts: {', '.join(dict.fromkeys(citing))} cite sources but there is "
            "no sources part, so citation numbers link nowhere; add `- sources` at the end"
        ]
    return []


def named_document(corpus: Corpus, spec: PartSpec) -> tuple[Document | None, list[tuple[str, str]]]:
    """The document a part's `document` names, or None and the problem (a corpus check parts share)."""
    doc, problem = find_document(corpus, str(spec.get("document", PAPER)))
    return doc, [("document", problem)] if doc is None else []


def short_reference(doc: Document, language: str = "en") -> str:
    """A paper in author–year form: "Abu Shawer et al. (2025)", or its title up to a colon."""
    from reportgen.i18n import catalog

    tr = catalog(language)
    year = (dict(doc.metadata).get("accepted") or (doc.published.isoformat() if doc.published else ""))[:4]
    if doc.authors:
        who = doc.authors[0] + (
            tr.pgettext("authors", " et al.")
            if len(doc.authors) > 2
            else tr.pgettext("authors", " and ") + doc.authors[1]
            if len(doc.authors) == 2
            else ""
        )
    else:
        who = display_title(doc.title).split(":")[0]
    return f"{who} ({year})" if year else who


def paper_reference(doc: Document, language: str = "en") -> str:
    """A full reference in author–year style, from what the paper itself states."""
    from reportgen.i18n import catalog

    tr = catalog(language)
    # the history keys the paper reader normalises to (reportgen/ingest/paper.py)
    steps = {
        "submitted": tr.pgettext("paper history", "submitted"),
        "revised": tr.pgettext("paper history", "revised"),
        "accepted": tr.pgettext("paper history", "accepted"),
        "published": tr.pgettext("paper history", "published"),
    }
    metadata = dict(doc.metadata)
    year = (metadata.get("accepted") or (doc.published.isoformat() if doc.published else ""))[:4]
    authors = ", ".join(doc.authors)
    parts = [authors + (f" ({year})." if year else "."), display_title(doc.title) + "."]
    history = "; ".join(
        f"{steps.get(key, key.replace('_', ' '))} {_long_date(value, language)}" for key, value in doc.metadata
    )
    if history:
        parts.append(history[0].upper() + history[1:] + ".")
    return " ".join(p for p in parts if p.strip(". "))


def _long_date(value: str, language: str = "en") -> str:
    try:
        d = dt.date.fromisoformat(value)
    except ValueError:
        return value
    return long_date(d, language)


def _run_on(specs, parts) -> tuple[str, ...]:
    """The ids of the parts that follow the one before without a page break: `break: none`, and a chronology
    right after a timeline unless `break: page` (the figure and its rows on one page, not a third of a page
    left blank)."""
    out = []
    for k, (spec, part) in enumerate(zip(specs, parts)):
        told = spec.get("break")
        after_its_timeline = k > 0 and part.kind == "chronology" and parts[k - 1].kind == "timeline"
        if told == "none" or (told is None and after_its_timeline):
            out.append(part.id)
    return tuple(out)


def topic_title(cfg: BriefingConfig, key: str) -> str:
    topic = cfg.topic(key)
    return topic.title if topic else key


def by_date(items: list[Item]) -> list[Item]:
    """Newest dated items first; undated (paper sections) after, in document order."""
    dated = sorted((i for i in items if i.date), key=lambda i: i.date or dt.date.min, reverse=True)
    return dated + [i for i in items if not i.date]


_SMALL_WORDS = frozenset("a an and as at between by for from in into of on or the to with".split())


def display_title(title: str) -> str:
    """Title-case a title written in capitals ("FOREIGN POLICY OF …"); leave others as they are."""
    letters = [c for c in title if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return title
    words = title.lower().split(" ")
    out: list[str] = []
    for i, word in enumerate(words):
        if i and word in _SMALL_WORDS and not out[-1].endswith(":"):
            out.append(word)
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)
