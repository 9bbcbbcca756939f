"""The executive summary: the main happenings across everything selected, newest first, with citations."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reportgen.briefing_model import CitedSentence
from reportgen.datefmt import event_label
from reportgen.parts.kind import Option, PartKind


@dataclass(frozen=True)
class SummaryPart:
    id: str
    title: str
    sentences: tuple[CitedSentence, ...]
    kind: str = "summary"


def assemble(ctx, spec, part_id: str, title: str) -> SummaryPart:
    from reportgen.analysis.headlines import headlines
    from reportgen.analysis.topics import topic_of

    cfg = ctx.cfg
    n = spec.get("sentences")
    sentences = headlines(
        list(ctx.analysis.selected),
        None if n is None else int(n),
        as_of=cfg.as_of,
        topic_of=lambda text: topic_of(text, cfg.topics),
        query_terms=cfg.focus.terms,
        events=ctx.analysis.events,
        exclude=ctx.analysis.off_focus,
    )
    cited = []
    for k, (s, c) in enumerate(zip(sentences, ctx.cited(sentences))):
        item = ctx.items_by_id[s.item_id]
        counted = _counted_month_or_year(item, s.text)
        if counted is not None:  # "last month": the month it names, not the day it was told
            cited.append(replace(c, when=counted.start, when_label=event_label(counted.label, cfg.language)))
        else:
            goes_on = k > 0 and sentences[k - 1].item_id == s.item_id
            cited.append(replace(c, when=_story_date(item, s.text, goes_on=goes_on)))
    return SummaryPart(part_id, title, _read_on(_newest_first(tuple(cited))))


# A sentence that names its doers only by a pronoun: "They agreed to hold the fifth meeting ...".
_PRONOUN_OPENS = re.compile(r"(?:They|It|He|She|Both)\s")


def _read_on(cited: tuple[CitedSentence, ...]) -> tuple[CitedSentence, ...]:
    """The sentences, with one that names its doers only by a pronoun shown in the point of the sentence before
    it from the same source ("... The two ministers signed a memorandum ... They agreed to hold the fifth meeting
    ..."): alone, its "They" would point at the point above it."""
    out: list[CitedSentence] = []
    for c in cited:
        if out and out[-1].cite == c.cite and out[-1].language == c.language and _PRONOUN_OPENS.match(c.text):
            out[-1] = replace(out[-1], text=f"{out[-1].text} {c.text}")
        else:
            out.append(c)
    return tuple(out)


def _newest_first(cited: tuple[CitedSentence, ...]) -> tuple[CitedSentence, ...]:
    """The sentences in headline order (newest first by what they tell), moved so that the dates printed
    before them read newest first ("10 December", "4 December", "2 December").  Sentences in a row citing
    one source (a story's, in the order it tells them) move together, placed by the newest date printed
    among them; a run with no printed date keeps its place (a treaty of 1975 told by the paper is not
    pulled up among the news by the story before it)."""
    units: list[list[CitedSentence]] = []
    for c in cited:
        if units and units[-1][-1].cite == c.cite:
            units[-1].append(c)
        else:
            units.append([c])
    newest = {k: max(dates) for k, unit in enumerate(units) if (dates := [c.when for c in unit if c.when is not None])}
    if len(newest) < 2:
        return cited
    dated = list(newest)
    blocks = [units[k] for k in sorted(dated, key=lambda k: -newest[k].toordinal())]
    for k, block in zip(dated, blocks):
        units[k] = block
    return tuple(c for unit in units for c in unit)


def _story_date(item, text: str, *, goes_on: bool = False):
    """When a news story's sentence happened, for a reader who cannot tell from its words: the day
    a weekday or "yesterday" stands for ("landed on Thursday afternoon"), or the story's date for
    a sentence that names no date ("The agreement was signed by ...") or counts from the story's
    ("this month", "next year", "in June"); None for papers and for sentences that say when ("in January
    2027", "on 13 May"), and for a sentence that names no date and `goes_on` from the one before it in its
    story ("Ministers signed seven other documents" after the leaders' signing: the story's date would
    be the day it was told, not the day it happened)."""
    from reportgen.analysis.dates import find_dates
    from reportgen.analysis.headlines import names_a_date

    if item.kind != "article" or item.date is None:
        return None
    # (the main clause's day first: "President Murmu, who arrived in Yerevan on Tuesday evening, held
    # talks ... today" happened today)
    for told in (_EMBEDDED.sub("", text), text):
        for span in find_dates(told, item.date):
            if span.precision == "day" and span.start == span.end and not names_a_date(span.expression):
                return span.start  # "on Wednesday", "yesterday": which day the reader cannot tell
    if _COUNTED_FROM_TODAY.search(text):
        return item.date  # "planned for this month, postponed to March next year": from when, the reader cannot tell
    return None if names_a_date(text) or goes_on else item.date


def _counted_month_or_year(item, text: str):
    """The month or year (a DateSpan) a story's sentence counts from the story's date ("approved a loan last
    month" in a story of 17 February 2027: January 2027; "will open next year": 2028), when that is the only
    date it names; else None."""
    if item.kind != "article" or item.date is None or not _COUNTED_FROM_TODAY.search(text):
        return None
    from reportgen.analysis.dates import find_dates

    spans = find_dates(text, item.date)
    return spans[0] if len(spans) == 1 and spans[0].precision in ("month", "year") else None


_EMBEDDED = re.compile(r",\s+(?:who|which)\s[^,;]*,")  # a relative clause inside the sentence


# Months and years a reader can place only from the story's date: "this month", "next year", "in June".
_COUNTED_FROM_TODAY = re.compile(
    # (at a sentence's start too: "Last month, the first shipment ... arrived")
    r"\b(?:[Tt]his|[Nn]ext|[Ll]ast)\s+(?:year|month|week)\b|\b(?:[Ee]arlier|[Ll]ater)\s+this\s+(?:year|month)\b"
    r"|\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom)\s+(?:early\s+|mid-|late\s+)?(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\b(?!,?\s+(?:1[89]|20)\d\d)"
)


KIND = PartKind(
    name="summary",
    title="Executive summary",
    help="the main happenings across everything selected, newest first, sentence by sentence with citations",
    example="summary: {sentences: 6}",
    options=(Option("sentences", "int", "How many sentences (default: one per main happening, 5 to 14)."),),
    assemble=assemble,
    models=(SummaryPart,),
)
