"""Decide which items a briefing covers, and say why for every item.

An item is selected when it passes all four filters; a left-out item lists every
filter it failed, so `reportgen explain` can show the whole picture.

- sources: its document's path lies under one of `cfg.sources` (resolved against
  the config's folder).
- period: its date lies within `cfg.period` (and on or after `since`, the date of
  the last run, when given: an item from the day of the last run may have been
  published after it).  An undated item (a paper section) takes its document's
  published date; when that is unknown too, the period does not apply to it.
- focus: a news article must itself mention a focus term, because a feed mixes
  unrelated stories.  A paper section passes when its paper is about a focus term
  (its title, abstracts or keywords mention one): a paper names its subject once
  and then writes "the two countries", so per-section checks would drop its core.
- topics: when the config defines topics, the item must reach min_score in at
  least one; this keeps out methods sections and stories that are merely nearby.
  A news story whose headline or lead names a focus term, or one of whose sentences names the focus as
  a party to a pact it signs or ratifies, is about the relation and passes without a topic (the
  topics part shows it under "Other developments").
  A company's own announcement seldom names its country: a story whose lead names a company
  that the selected news of the focus names passes the focus filter too ("The board of Pacific
  Blue Ocean Holdings Limited announces ...", when a story of the Chinese visit names Pacific
  Blue Ocean Holdings).  Names of people and offices do not count: a country's leader is named in
  its news with every partner.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportgen.analysis.collector import fewer_collections
from reportgen.analysis.deeds import deed_kinds
from reportgen.analysis.focus import focus_counts, turns_to_another_story
from reportgen.analysis.model import TopicMatch
from reportgen.analysis.topics import joined, score_topics, threshold
from reportgen.config import BriefingConfig
from reportgen.corpus import Corpus, Document, Item
from reportgen.text import split_sentences


@dataclass(frozen=True)
class ItemDecision:
    """Whether one item is in the briefing, the human reasons, and what matched."""

    item: Item
    selected: bool
    reasons: tuple[str, ...]
    topics: tuple[TopicMatch, ...]  # every topic scoring above 0, best first
    focus: tuple[str, ...]  # focus terms the item itself mentions
    focus_counts: tuple[tuple[str, int], ...] = ()
    joined: tuple[str, ...] = ()  # topic keys whose min_score the item reaches


@dataclass(frozen=True)
class Selection:
    """One decision per item in corpus order, and the selected items in corpus order."""

    decisions: tuple[ItemDecision, ...]

    @property
    def selected(self) -> tuple[Item, ...]:
        return tuple(d.item for d in self.decisions if d.selected)


@fewer_collections
def select(corpus: Corpus, cfg: BriefingConfig, *, since: dt.date | None = None) -> Selection:
    """Decide for every item of `corpus` whether `cfg`'s briefing covers it."""
    decisions = []
    for doc in corpus.documents:
        in_sources = _in_sources(doc.path, cfg.sources, cfg.root)
        paper_focus = _document_focus(doc, cfg) if doc.kind == "paper" else ()
        for item in doc.items:
            decisions.append(_decide(item, doc, cfg, since, in_sources, paper_focus))
    if cfg.focus.terms:
        decisions = _with_companies_of_the_focus(decisions, corpus, cfg, since)
    return Selection(tuple(decisions))


# A company by its legal form: "Pacific Blue Ocean Holdings Limited", "Daeho Precision Co.".  The
# name proper is the capitalised words before the form ("Pacific Blue Ocean").
_COMPANY = re.compile(
    r"\b((?:[A-Z][\w&'’-]*\s+){1,5}?)(?:(?:Holdings?|Group|Limited|Ltd\.?|Corporation|Corp\.|Inc\.|PLC|plc|AG|S\.A\."
    r"|LLC|GmbH|Company|Co\.|Pte|Bhd|JSC|SE)(?!\w),?\s*)+"
)
_REPORTS = re.compile(r"\s*(?:reports|reported|says|said|writes|wrote|informs|informed)\b")
_ACCORDING_TO = re.compile(r"\b(?:according\s+to|reports?\s+by|told)\s+(?:the\s+)?$")
_NOT_A_NAME = {"The", "A", "An", "Board", "Directors", "Our", "Its", "This", "Shareholders"}


def _companies(text: str) -> list[str]:
    names = []
    for match in _COMPANY.finditer(text):
        if _REPORTS.match(text, match.end()) or _ACCORDING_TO.search(text, max(0, match.start() - 20), match.start()):
            continue  # "..., the National Broadcasting Corporation reports.": the outlet, not a party
        words = match.group(1).split()
        while words and words[0] in _NOT_A_NAME:
            words.pop(0)
        if words and len(" ".join(words)) >= 4:
            names.append(" ".join(words))
    return names


# An agency by its acronym ("restored with EUR 1.2 million from TIKA"), and where the corpus spells
# it out: "the Turkish Cooperation and Coordination Agency (TIKA)".
_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")


_IN_BRACKETS = re.compile(r"\(([A-Z]{3,6})\)")
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|the|on)\s+)*){2,8})$")


def _agencies_of_the_focus(focus_news: str, cfg: BriefingConfig) -> frozenset[str]:
    """The acronyms the news of the focus spells out with a focus term in the name before them: "TIKA"
    for "the Turkish Cooperation and Coordination Agency (TIKA)".  (Each bracketed acronym's name is read
    from the words just before it: one pass, however long the news.)"""
    found = set()
    for bracketed in _IN_BRACKETS.finditer(focus_news):
        start = bracketed.start()
        name = _NAME_BEFORE.search(focus_news, max(0, start - 120), start)
        if name is not None and focus_counts(name.group(1), cfg.focus):
            found.add(bracketed.group(1))
    return frozenset(found)


def _with_companies_of_the_focus(
    decisions: list[ItemDecision], corpus: Corpus, cfg: BriefingConfig, since: dt.date | None
) -> list[ItemDecision]:
    """Admit a story whose lead names a company that the selected news of the focus names, or an
    agency by an acronym that news spells out with a focus term ("Turkish ... Agency (TIKA)")."""
    left_out = f"left out: no focus term ({', '.join(cfg.focus.terms)})"
    candidates = [
        n
        for n, d in enumerate(decisions)
        if not d.selected
        and d.item.kind == "article"
        # (left out for want of a focus term, and perhaps of a topic: the company's story is news of the focus)
        and left_out in d.reasons
        and all(r == left_out or r.startswith(_NO_TOPIC) for r in d.reasons)
        and d.item.paragraphs
    ]
    # (or for naming one side in passing only: "Eni and Libya's National Oil Corporation (NOC) signed ... a USD 1.3
    # billion contract", whose Italian company the news of Libya–Italy names as a party of the relation)
    passing = [
        n
        for n, d in enumerate(decisions)
        if not d.selected
        and d.item.kind == "article"
        and d.item.paragraphs
        and all(r.startswith(_IN_PASSING) or r.startswith(_NO_TOPIC) for r in d.reasons)
        and any(r.startswith(_IN_PASSING) for r in d.reasons)
    ]
    if not candidates and not passing:
        return decisions
    # (a quick look first: most stories name no company, and few an agency the focus news spells out)
    companies = [n for n in candidates if _COMPANY.search(decisions[n].item.paragraphs[0].text)]
    acronyms = [n for n in candidates if _ACRONYM.search(decisions[n].item.paragraphs[0].text)]
    subjects = {n: name for n in passing if (name := _lead_subject(decisions[n].item, cfg))}
    if not companies and not acronyms and not subjects:
        return decisions
    focus_news = "\n".join(d.item.title + "\n" + d.item.text for d in decisions if d.selected and d.focus)
    agencies = _agencies_of_the_focus(focus_news, cfg) if acronyms and "(" in focus_news else frozenset()
    # (only a story whose opening names one of those agencies is read further)
    acronyms = [
        n for n in acronyms if any(a in agencies for a in _ACRONYM.findall(decisions[n].item.paragraphs[0].text))
    ]
    waiting: dict[int, list[str]] = {n: [name] for n, name in subjects.items()}
    for n in sorted(set(companies) | set(acronyms)):
        lead = _lead(decisions[n].item)
        names = _companies(lead) + [a for a in _ACRONYM.findall(lead) if a in agencies]
        if names:
            waiting[n] = names
    if not waiting:
        return decisions
    documents = {item.id: doc for doc in corpus.documents for item in doc.items}
    for n, names in waiting.items():
        item = decisions[n].item
        named = next(
            (c for c in names if c in agencies or re.search(r"\b" + re.escape(c) + r"\b", focus_news)),
            None,
        )
        if named:
            doc = documents[item.id]
            redone = _decide(item, doc, cfg, since, True, (), company=named)
            decisions[n] = redone if redone.selected else decisions[n]
    return decisions


_IN_PASSING = "left out: names "
# The name a story's first sentence opens with, its doer: "Eni and Libya's National Oil Corporation signed ...".
_OPENING_NAME = re.compile(
    r"((?:[A-Z][\w&'’-]+\s+){0,2}[A-Z][\w&'’-]+)(?=\s+(?:and|signed|has|have|will|is|was|opened|won)\b|,)"
)
_NOT_A_DOER = frozenset(
    "The A An On In At By For After Before During Since Last This That Today Yesterday President Minister Prime "
    "Foreign Government Parliament Ministry".split()
)


def _lead_subject(item: Item, cfg: BriefingConfig) -> str:
    """The name a story's lead opens with, when it is no focus term and no common opening word, else ''."""
    lead = next(iter(split_sentences(item.paragraphs[0].text)), "")
    found = _OPENING_NAME.match(lead)
    if found is None:
        return ""
    name = found.group(1)
    if name.split()[0] in _NOT_A_DOER or len(name) < 3 or focus_counts(name, cfg.focus):
        return ""
    return name


def _named_in_passing(item: Item, counts: tuple[tuple[str, int], ...], cfg: BriefingConfig) -> list[str]:
    """The focus terms a story names once only, and not in its headline or lead."""
    once = [term for term, count in counts if count == 1]
    if not once:
        return []
    lead = {term for term, _ in focus_counts(_lead(item), cfg.focus)}
    return [term for term in once if term not in lead]


def _lead(item: Item) -> str:
    """A story's headline (unless derived from its text) and its first sentence."""
    lead = next(iter(split_sentences(item.paragraphs[0].text)), "") if item.paragraphs else ""
    return ("" if getattr(item, "title_derived", False) else item.title + "\n") + lead


_NO_TOPIC = "left out: no topic reaches its minimum score"


def _decide(
    item: Item,
    doc: Document,
    cfg: BriefingConfig,
    since: dt.date | None,
    in_sources: bool,
    paper_focus: tuple[str, ...],
    company: str = "",
) -> ItemDecision:
    title = "" if getattr(item, "title_derived", False) else item.title + "\n\n"  # a derived title repeats the text
    counts = focus_counts(title + item.text, cfg.focus)
    matches = score_topics(item, cfg.topics)
    members = joined(matches, cfg.topics)
    failures = []
    if not in_sources:
        failures.append(f"left out: {doc.path} is not under the configured sources ({', '.join(cfg.sources)})")
    if item.kind == "section" and not cfg.sections.admits(item.title):
        failures.append(f"left out: section '{item.title}' is excluded by sections: in the config")
    period_failure = _period_failure(item, doc, cfg, since)
    if period_failure:
        failures.append(period_failure)
    if cfg.focus.terms and not counts and not paper_focus and not company:
        failures.append(f"left out: no focus term ({', '.join(cfg.focus.terms)})")
    elif cfg.focus.every and not company:
        # (a relation: "Mauritania and Senegal signed a fisheries protocol" names one side of Morocco–Senegal)
        named = {term for term, _ in counts} | (set(paper_focus) if item.kind == "section" else set())
        missing = [term for term in cfg.focus.terms if term not in named]
        if missing:
            failures.append(f"left out: does not name {', '.join(missing)} (the focus asks for every term)")
        elif item.kind == "article" and (passing := _named_in_passing(item, counts, cfg)):
            # ("Vietnam and Chile held the sixth meeting of their FTA committee ... while Peru ranks sixth": a story
            # of another pair that names one side of Peru–Vietnam once, in passing)
            failures.append(
                f"left out: names {', '.join(passing)} only once, in passing (not in its headline or lead; "
                "the focus asks for every term)"
            )
    # A story whose headline or lead names the focus, or a section of a paper about the focus that
    # names it too, is news of the relation even when no topic's keywords are in it.
    no_topic = bool(cfg.topics) and not members
    section_focus = item.kind == "section" and bool(paper_focus) and bool(counts)
    about_focus = _about_focus(item, cfg) if no_topic and counts and not (section_focus or company) else ""
    if no_topic and not (section_focus or company or about_focus):
        failures.append(f"{_NO_TOPIC} ({_best(matches, cfg)})")
    if failures:
        reasons = tuple(failures)
    else:
        about = (
            ""
            if not no_topic
            else "; no topic, but it names its paper's focus"
            if section_focus
            else "; no topic"
            if company
            else f"; no topic, but {about_focus}"
        )
        focus_phrase = (
            f"its lead names {company}, which news of the focus names"
            if company
            else _focus_phrase(counts, paper_focus, cfg)
        )
        reasons = (f"selected: {focus_phrase}{_topics_phrase(members)}{about}",)
    return ItemDecision(
        item=item,
        selected=not failures,
        reasons=reasons,
        topics=matches,
        focus=tuple(term for term, _ in counts),
        focus_counts=counts,
        joined=tuple(m.topic for m in members),
    )


def _about_focus(item: Item, cfg: BriefingConfig) -> str:
    """Whether a news story is about the focus: its headline or its lead (first sentence) names a
    focus term ("PT PAL and Norwegian Shipbuilder to Build Electric Ferries"; "Japanese auto-parts
    maker Yazaki inaugurated a plant ...").  Such a story is in the briefing even when no configured
    topic speaks of it: it is news of the relation.  So is a feature whose lead sets a scene ("Morning
    mist hung over the flooded paddies ...") when the focus comes back sentence after sentence: a
    passing mention in another pair's story names it once or twice.  So is a story one of whose sentences
    names the focus as a party to a pact ("The Government and the cantonal government on the Swiss side
    signed the agreement on the bridge ...").  Says why, or "" when it is not."""
    if item.kind != "article" or not item.paragraphs:
        return ""
    if focus_counts(_lead(item), cfg.focus):
        return "its headline or lead names the focus"
    naming = 0
    for paragraph in item.paragraphs:
        for sentence in split_sentences(paragraph.text):
            named = bool(focus_counts(sentence, cfg.focus))
            if named and not turns_to_another_story(sentence) and deed_kinds(sentence) & _PACTS:
                # ("The Government and the cantonal government on the Swiss side signed the agreement on the
                # bridge ...": the focus a party to a pact the story tells)
                return "a sentence of it tells a pact with the focus"
            naming += named
            if naming >= _SENTENCES_ABOUT_FOCUS:
                return f"{_SENTENCES_ABOUT_FOCUS} of its sentences or more name the focus"
    return ""


_PACTS = frozenset({"sign", "ratify"})


_SENTENCES_ABOUT_FOCUS = 3


def _in_sources(path: str, sources: Sequence[str], root: Path) -> bool:
    """True when `path` is one of `sources` or lies in a folder among them (no disk access)."""
    target = _absolute(path, root)
    for source in sources:
        folder = _absolute(source, root)
        if target == folder or target.startswith(folder.rstrip("/") + "/"):
            return True
    return False


def _absolute(path: str, root: Path) -> str:
    # (a config named by a relative path has a relative root, "."; its "../sources/" is still a folder
    # the documents' absolute paths lie in)
    joined_path = path if posixpath.isabs(path) else posixpath.join(root.absolute().as_posix(), path)
    return posixpath.normpath(joined_path)


def date_filter(cfg: BriefingConfig, since: dt.date | None = None) -> Callable[[dt.date | None], bool]:
    """Whether an item with this date of its own can pass the period; undated items always can.

    A build reads only those items in full (ingest's `keep`): the period alone leaves the others out.
    Only dated news articles can be left out so; parts that name a document (table, chart, about,
    section) read a paper's sections, which are undated, and its tables.
    """
    return lambda date: date is None or _date_failure(date, "", cfg, since) is None


def _period_failure(item: Item, doc: Document, cfg: BriefingConfig, since: dt.date | None) -> str | None:
    date = doc.date_of(item)
    if date is None:
        return None
    what = "published" if item.date else f"its document {doc.path} published"
    return _date_failure(date, what, cfg, since)


def _date_failure(date: dt.date, what: str, cfg: BriefingConfig, since: dt.date | None) -> str | None:
    start, end = cfg.period.start, cfg.period.end
    if since and (start is None or since > start):
        if date < since:
            return f"left out: {what} {date.isoformat()}, before the last run ({since.isoformat()})"
    elif start and date < start:
        return f"left out: {what} {date.isoformat()}, before the period (from {start.isoformat()})"
    if end and date > end:
        return f"left out: {what} {date.isoformat()}, after the period (to {end.isoformat()})"
    return None


def _document_focus(doc: Document, cfg: BriefingConfig) -> tuple[str, ...]:
    """Focus terms a paper is about: those in its title, abstracts or keywords."""
    about = "\n".join(
        [doc.title, *doc.keywords, *(a.title + "\n" + a.text + "\n" + " ".join(a.keywords) for a in doc.abstracts)]
    )
    return tuple(term for term, _ in focus_counts(about, cfg.focus))


def _focus_phrase(counts: tuple[tuple[str, int], ...], paper_focus: tuple[str, ...], cfg: BriefingConfig) -> str:
    mentions = ", ".join(f"{term} ×{n}" for term, n in counts)
    if not cfg.focus.terms:
        return "no focus filter"
    if counts and not paper_focus:
        return f"mentions {mentions}"
    about = f"part of a paper about {', '.join(paper_focus)}"
    return f"{about} (mentions {mentions})" if counts else about


def _topics_phrase(members: Sequence[TopicMatch]) -> str:
    if not members:
        return ""
    return "; topics " + ", ".join(describe(m) for m in members)


def describe(match: TopicMatch) -> str:
    """'cultural (4.2: culture×3, arts×1)'."""
    terms = ", ".join(f"{term}×{n}" for term, n in match.terms)
    return f"{match.topic} ({match.score:g}: {terms})"


def _best(matches: Sequence[TopicMatch], cfg: BriefingConfig) -> str:
    if not matches:
        return "no topic keyword found"
    best = matches[0]
    return f"best {best.topic} {best.score:g} < {threshold(cfg.topic(best.topic), best.score):.3g}"
