"""Turn temporal expressions in items into a merged, sorted chronology of dated events.

An event's text is the clause that holds its date when the sentence coordinates independent
clauses ("In 2007, A opened an embassy in Doha, and in 2008 B opened one in Astana." gives
"In 2007, A opened an embassy in Doha." and "In 2008 B opened one in Astana."; see
`clause_spans`), else the whole sentence, so a sentence with dates in several clauses is not
repeated whole under each date.

Merging rule: two events state the same happening when they have the same start, end and
precision and either (a) one is an article's own publication-date event and the other a
date in a sentence of that same article, (b) their texts are the same (publication dates:
titles the same but for case and spacing), or (c) the sentences they come from share most
of their content words once the date words are removed (overlap coefficient >= 0.6 with at
least 4 shared words, e.g. the same sentence repeated in two sections of a paper).  (c)
compares whole sentences, not clauses: a short clause made mostly of names ("the Emir ...
Al-Thani visited Kazakhstan in 2011") would otherwise match another happening of those
people.  A merged event keeps the first statement's text and label and every source.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from itertools import chain, islice
from operator import attrgetter, itemgetter
from typing import Callable, Iterable, Iterator, NamedTuple, Sequence

from reportgen.analysis.clauses import _has_verb, clause_spans
from reportgen.analysis.deeds import (
    CLAUSE_STOP,
    PARTICIPLE,
    STATIVE_PARTICIPLES,
    antecedent,
    before_passing,
    appositive_rows,
    deed_kinds,
    deed_links,
    object_relative_rows,
    planned_kinds,
    with_a_step_rows,
    definite,
    STEP_ROW,
)
from reportgen.analysis.collector import fewer_collections
from reportgen.analysis.cues import Prefiltered, keys, may_hold
from reportgen.analysis.dates import MONTH_NAMES, day_label, find_dates, has_date_words
from reportgen.analysis.date_spans import DateSpan, month_span, range_label
from reportgen.analysis.focus import turns_to_another_story
from reportgen.analysis.discourse import (
    has_present_verb,
    is_meta,
    is_meta_section,
    tells_an_arc,
    without_speaker,
    without_speakers,
)
from reportgen.analysis.eventness import (
    AMOUNT_NEXT,
    TALLY_BY,
    DECISIVE_KEYS,
    IRREGULAR_PAST,
    WONT_TAKE_PLACE,
    has_action_verb,
    is_advice,
    is_trend,
    names_a_thing_s_year,
    declared_year,
    only_talk,
    settles,
    states_event,
)
from reportgen.analysis.model import Event
from reportgen.analysis.relative_dates import COUNT_WORDS, WEEKDAYS, sounds_future
from reportgen.analysis.scenes import (
    INTERVIEWER_TURN,
    OUTLET_WORDS,
    delay_scene,
    manner_scene,
    hour_scene,
    procedural,
    sense_scene,
)
from reportgen.analysis.summarise import bullets_after, overlap
from reportgen.corpus import Item, Location, Paragraph
from reportgen.text import paragraph_spans, words

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
# A statement of three content words merges with one that holds all three ("The agreement signed
# in Dhaka in 2023." and "A new investment protection agreement was signed in Dhaka in 2023.").
MERGE_ALL_OF_FEW = 3

# "take place" says only that something happens, "due" only that it is to come: two rows sharing
# them share no happening.
_STOPWORDS = frozenset(
    """
    a an the and or but of in on at to for from by with as into onto over under between during since until
    is are was were be been being has have had do does did will would shall should can could may might must
    this that these those it its their there here which who whom whose what when where while than then also
    not no nor so such both each either more most other some any all only very same own further
    he she they we you i his her them our your us
    year years month months day days week weeks early late later earlier mid first second half quarter
    take takes took taken taking place
    due
    """.split()
) | {m.lower() for m in MONTH_NAMES}


def extract_events(
    text: str,
    *,
    reference: dt.date | None,
    item_id: str,
    location: Location,
    topics: tuple[str, ...] = (),
    earlier: DateSpan | None = None,
) -> list[Event]:
    """Every temporal expression in `text` as an Event dated by it, one per expression.

    `earlier` is the last date the item named before `text` (see `find_dates`).

    The event's text is the clause that holds the expression (see `clause_spans`): a sentence
    that coordinates independent clauses gives each of its dates the clause that states it,
    not the whole sentence.  A date stated in several clauses of one sentence is one event
    whose text is the whole sentence.  `Event.sentence` always holds the whole sentence.
    """
    # One pass over the whole paragraph; sentences are split only when it holds a date.
    spans = find_dates(text, reference, earlier)
    if reference is None and (spans or earlier):
        anchored, yearless = _ANCHORED.search(text), _YEARLESS_HINT.search(text)
        if anchored or yearless:
            # (one pass without a date of writing serves both: what counts from the text's dates,
            # and the days and months it names without a year)
            loose = find_dates(text, _NO_WRITING_DATE, earlier)
            if anchored:
                spans = _with_anchored(text, spans, earlier, loose)
            if yearless:
                spans = _with_yearless(text, spans, earlier, loose)
    if "that " in text or "same " in text:
        spans = _months_of_that_year(text, spans, earlier)
    if any(span.precision == "range" for span in spans):
        spans = _moved_ranges(text, spans)
    if not spans or _NOT_PROSE.match(text):
        return []
    sentences = paragraph_spans(text)
    starts = [start for start, _ in sentences]
    dates = [(span.offset, span.offset + len(span.expression)) for span in spans]  # no cut goes through one
    clauses_of: dict[int, list[tuple[int, int, str]]] = {}
    # (sentence, date) -> [its first span, the sentence, the clause number (or _WHOLE), the
    # event's text], in text order.
    # (a date a list and a clause after it both name is keyed again with that clause's number)
    found: dict[tuple, list] = {}
    for span in spans:
        index = max(bisect_right(starts, span.offset) - 1, 0)
        clauses = clauses_of.get(index)
        if clauses is None:
            clauses = clauses_of[index] = clause_spans(text, *sentences[index], dates)
        number = 0
        while number + 1 < len(clauses) and clauses[number + 1][0] <= span.offset:
            number += 1
        key = (index, span.start, span.end, span.precision)
        entry = found.get(key)
        if entry is None:
            description = clauses[number][2]
            if (
                number
                and _THE_HAPPENING_NOUN.match(description)
                and not any(clauses[number - 1][0] <= a < clauses[number - 1][1] for a, _ in dates)
            ):
                # "President Chapo accepted the invitation, and the visit is being prepared for the first
                # half of 2027": which visit only the undated clause before says.
                description = text[clauses[number - 1][0] : clauses[number][1]].strip()
            elif not number and _opening_date_scopes_all(text, sentences[index], clauses, span, dates):
                # "In March 2025 Modi returned to Port Louis as chief guest, and the two prime ministers
                # raised the relationship to an Enhanced Strategic Partnership": the opening date is the
                # second deed's too.
                found[key] = [span, index, _WHOLE, text[slice(*sentences[index])]]
                continue
            found[key] = [span, index, number, description]
        elif entry[2] != number and entry[2] != _WHOLE:  # "In 2022 A did X, and in 2022 B did Y"
            if _lists_other_dates(text, clauses[entry[2]], entry[0], spans) or _lists_other_dates(
                text, clauses[number], span, spans
            ):
                # "visited Muscat in 1991, 1998 and 2017, and the agreement ... was signed during his second
                # visit, in 1998": the list is one happening, the clause after it another of that year.
                found.setdefault((*key, number), [span, index, number, clauses[number][2]])
                continue
            start, end = sentences[index]
            entry[2:] = [_WHOLE, text[start:end]]  # the sentence states it
        # else "In 2022, ... the FIFA 2022 ...": one clause dates one happening once
    if reference is None and (
        "uring" in text
        or "At the" in text
        or "The two " in text
        or "Both " in text
        or "ulminated" in text
        or "espon" in text  # (responded, In response)
        or "etaliat" in text
        or "eciprocated" in text
        or "In return" in text
    ):
        _join_settings_told_after(text, sentences, found, clauses_of)
    if "nclude" in text or "mong" in text:
        _join_lists_of_the_row_before(text, sentences, found)
    if " of these " in text or " of those " in text:
        _date_the_nth_of_a_list(text, sentences, spans, found, clauses_of, dates)
    events: list[Event] = []
    for span, index, number, description in found.values():
        start, end = sentences[index]
        # The same string object when the text is the whole sentence (memory on large corpora).
        # (Longer than its sentence: the sentence with what the next one tells in its setting.)
        whole = (number == _WHOLE or len(clauses_of[index]) == 1) and len(description) <= end - start
        sentence = description if whole else text[start:end]
        # A sentence on a later line of a multi-line paragraph cites that line.
        where = Location(location.path, location.line + text.count("\n", 0, start)) if "\n" in text else location
        events.append(
            Event(
                start=span.start,
                end=span.end,
                precision=span.precision,
                label=span.label,
                text=description,
                sources=((item_id, where),),
                expression=span.expression,
                topics=topics,
                sentence=sentence,
            )
        )
    return events


_WHOLE = -1  # an event whose text is its whole sentence although the sentence has clauses

# "During the first of these visits the two governments signed a memorandum ...": the Nth date the
# sentence before lists ("visited Baku in 2012, 2015 and 2019").
_NTH_OF_THESE = re.compile(
    r"(?:During|At|On|In\s+the\s+course\s+of)\s+the\s+(?P<nth>first|second|third|fourth|fifth|last|latest|most\s+recent)\s+"
    r"of\s+(?:these|those)\s+(?:visits|trips|meetings|talks|summits|sessions|rounds|conferences)\b,?\s+"
)
_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}


def _date_the_nth_of_a_list(
    text: str,
    sentences: list[tuple[int, int]],
    spans: list[DateSpan],
    found: dict,
    clauses_of: dict[int, list[tuple[int, int, str]]],
    dates: list,
) -> None:
    """Date an undated sentence that opens on the Nth of the happenings the sentence before lists
    ("During the first of these visits ...") by the Nth date of that list (before it, the sentences
    that open so too)."""
    for index in range(1, len(sentences)):
        start, end = sentences[index]
        opening = _NTH_OF_THESE.match(text, start)
        if opening is None or any(start <= span.offset < end for span in spans):
            continue
        back = index - 1
        while back > 0 and _NTH_OF_THESE.match(text, sentences[back][0]):
            back -= 1  # ("During the first of these visits ... During the last of these trips, ...")
        before = sentences[back]
        listed = sorted((span for span in spans if before[0] <= span.offset < before[1]), key=lambda s: s.offset)
        if len(listed) < 2 or not all(
            _LIST_JOINT.fullmatch(text, a.offset + len(a.expression), b.offset) for a, b in zip(listed, listed[1:])
        ):
            continue  # (the dates of a list, one after another: "in 2012, 2015 and 2019")
        nth = opening.group("nth")
        position = _NTH.get(nth, len(listed) - 1)
        if position >= len(listed) or not states_deed(text[start:end]):
            continue
        span = listed[position]
        clauses_of.setdefault(index, [(start, end, text[start:end])])
        found[(index, span.start, span.end, span.precision)] = [span, index, _WHOLE, text[start:end].strip()]


_OPENING_DATE = re.compile(r"(?:In|On|By|During)\s+(?:the\s+)?")
_AND_JOINT = re.compile(r"\s*,?\s*and\s*")


def _opening_date_scopes_all(
    text: str, sentence: tuple[int, int], clauses: list[tuple[int, int, str]], span: DateSpan, dates: list
) -> bool:
    """Whether the sentence opens with its date ("In March 2025 ...") and goes on, after ", and",
    with clauses naming no date of their own: that date is theirs too."""
    start = sentence[0]
    opening = _OPENING_DATE.match(text, start)
    return (
        len(clauses) > 1
        and opening is not None
        and opening.end() == span.offset
        and all(_AND_JOINT.fullmatch(text, a[1], b[0]) for a, b in zip(clauses, clauses[1:]))
        and sum(start <= d < clauses[-1][1] for d, _ in dates) == 1
        # (a state since then is no deed of that date: "..., and Thai specialists have since trained ...")
        and _SINCE_THEN.search(text, clauses[1][0], clauses[-1][1]) is None
    )


_SINCE_THEN = re.compile(r"\b(?:has|have|had|since|then\s+on)\b")
# A clause that opens on a happening the clause before names ("..., and the visit is being prepared for").
_THE_HAPPENING_NOUN = re.compile(r"The\s+(?:visit|trip|meeting|session|talks|forum|summit|ceremony|signing|event)\s")


def _lists_other_dates(text: str, clause: tuple[int, int, str], span: DateSpan, spans: list[DateSpan]) -> bool:
    """Whether a date of the clause (start, end, text) stands in a list with another ("in 1991, 1998
    and 2017"): only commas and "and" between them."""
    start, end, _ = clause
    inside = sorted(
        (other.offset, other.offset + len(other.expression))
        for other in spans
        if start <= other.offset < end and (other.start, other.end) != (span.start, span.end)
    )
    if not inside:
        return False
    dates = sorted([*inside, *((o.offset, o.offset + len(o.expression)) for o in spans if o is span)])
    return any(_LIST_JOINT.fullmatch(text, a[1], b[0]) for a, b in zip(dates, dates[1:]))


_LIST_JOINT = re.compile(r",?\s+(?:and\s+)?|,\s*")

# "The turning point was the visit of the King to Abuja on 1–3 December 2016. During the visit the
# two countries signed 22 agreements ...": what the next sentence tells of the happening just dated.
_SETTING_BACK = re.compile(
    r"(?:During|At|In\s+the\s+course\s+of|On\s+the\s+sidelines\s+of)\s+(?:the|this|that)\s+"
    r"(?:visit|talks|meeting|summit|forum|session|trip|ceremony|conference)\b"
)


# "a three-year strategic programme of cooperation for 2020–2022": the years a thing covers.
_TERM = re.compile(r"\bfor\s+(?:the\s+(?:period|years)\s+)?(?:19|20)\d\d\s*[–-]\s*(?:19|20)?\d\d\b")


def _only_a_term(sentence: str) -> bool:
    """Whether the sentence's years all name the term of a thing ("a programme ... for 2020–2022")."""
    return _TERM.search(sentence) is not None and _A_YEAR.search(_TERM.sub("", sentence)) is None


# "At the summit Australia and the United States announced the joint redevelopment of the Lombrum naval
# base": what was announced at the happening just dated is news of its day (not "announced that ... will").
_ANNOUNCED_THERE = re.compile(r"\bannounced\s+(?:the|a|an|their|its)\s")

# "This visit culminated in the signing of approximately a dozen bilateral agreements ...": what the
# happening of the sentence before led to.
_HAPPENING_BACK = re.compile(
    r"(?:This|That|The)\s+(?:state\s+|official\s+)?(?:visit|talks|meeting|summit|forum|session|trip|conference)\s+"
    r"culminated\s+(?:in|with)\b"
)

# "In October 2001 Eritrea expelled the Italian ambassador ... Italy responded by expelling the Eritrean
# ambassador in Rome.": the other side's answer, a deed of the happening just dated.
_RESPONSE = re.compile(
    r"(?:In\s+(?:response|return|retaliation)\b(?!\s+to\b)|(?:[A-Z][\w'’-]+\s+){1,4}(?:responded|retaliated|reciprocated)\s+"
    r"(?:by|with|in\s+kind)\b)"
)


def _join_settings_told_after(
    text: str, sentences: list[tuple[int, int]], found: dict, clauses_of: dict[int, list[tuple[int, int, str]]]
) -> None:
    """Add to the rows of a paper's dated sentence the undated deeds the next sentence tells in its
    setting ("During the visit the two countries signed 22 agreements ...") or by its parties ("The
    two presidents agreed to establish a Council ...") and what the one after
    that lists of them ("Among them were the contract for 42 trains and a memorandum on ...")."""
    dated = {entry[1] for entry in found.values()}
    row = -1  # the dated sentence whose rows the last joined sentence went to
    joined = -1  # the last sentence joined to it
    for index in range(1, len(sentences)):
        start, end = sentences[index]
        if index in dated and not (
            # "During that visit the two countries adopted a programme of cooperation for 2020–2022.":
            # the years are the programme's term; the deed is the visit's
            index - 1 in dated and _SETTING_BACK.match(text, start) and _only_a_term(text[start:end])
        ):
            # The dated sentence before it, or the one the sentence before it went to ("The two
            # presidents agreed ..." after the visit's sentence).
            if index - 1 in dated:
                _join_first_clause_told_in_setting(index, index - 1, found, clauses_of)
            elif row >= 0 and joined == index - 1:
                _join_first_clause_told_in_setting(index, row, found, clauses_of)
            continue
        if index - 1 in dated and (
            _SETTING_BACK.match(text, start)
            or _THE_PARTIES.match(text, start)
            or _HAPPENING_BACK.match(text, start)
            or _RESPONSE.match(text, start)
        ):
            row = index - 1  # (also "The two presidents agreed to establish a Council": the visit's parties)
        elif row >= 0 and joined == index - 1 and _ALSO_DID.match(text, start):
            pass  # "During the visit India announced ... The two governments also signed agreements on ..."
        elif not (row >= 0 and row == index - 2 and _LISTS_THEM.match(text, start)):
            continue
        sentence = text[start:end].strip()
        if not (
            states_deed(sentence)
            or _LISTS_THEM.match(sentence)
            or _RESPONSE.match(sentence)
            or (_HAPPENING_BACK.match(sentence) and deed_kinds(sentence) - {"meet"})
            or (_SETTING_BACK.match(sentence) and _ANNOUNCED_THERE.search(sentence))
        ):
            continue
        last = len(clauses_of[row]) - 1
        for entry in found.values():
            if entry[1] == row and entry[2] in (last, _WHOLE):
                entry[3] = f"{entry[3].rstrip()} {sentence}"
        joined = index


def _join_first_clause_told_in_setting(
    index: int, row: int, found: dict, clauses_of: dict[int, list[tuple[int, int, str]]]
) -> None:
    """Add to the rows of sentence `row` (one before) the first clause of sentence `index` when that
    clause has no date and tells a deed in that sentence's setting ("Negotiations on a trade agreement
    were concluded during the visit, and the agreement was signed in Baku in February 2025")."""
    clauses = clauses_of.get(index, ())
    if len(clauses) < 2 or any(entry[1] == index and entry[2] in (0, _WHOLE) for entry in found.values()):
        return
    first = clauses[0][2].strip()
    if not _IN_THE_SETTING.search(first) or not states_deed(first):
        return
    last = len(clauses_of[row]) - 1
    for entry in found.values():
        if entry[1] == row and entry[2] in (last, _WHOLE):
            entry[3] = f"{entry[3].rstrip()} {first}"


_IN_THE_SETTING = re.compile(
    r"\b(?:during|at|in\s+the\s+course\s+of)\s+(?:the|this|that)\s+(?:visit|talks|meeting|summit|trip)\b"
)


LISTED_ITEMS = 12  # a longer list is a table's worth, not a row's


def _with_list_after(events: list[Event], following: Sequence[Paragraph]) -> list[Event]:
    """Rows of a sentence that opens a bulleted list ("The joint statement ... listed the agreements
    signed that day:") told with the list: what was signed is the row's news."""
    listed = _listed(following)
    if not listed:
        return events
    out = []
    for e in events:
        if e.text.rstrip().endswith(":"):
            told = _told_with(e.text, listed)
            e = replace(e, text=told, sentence=told)  # what merging compares holds the list too
        out.append(e)
    return out


def _listed(following: Sequence[Paragraph]) -> tuple[str, ...]:
    """The items of the bulleted list that opens `following` (none when there is no list, or a
    table's worth)."""
    items = bullets_after(following)
    return tuple(items) if len(items) <= LISTED_ITEMS else ()


def _told_with(opener: str, items: tuple[str, ...]) -> str:
    return f"{opener.rstrip()[:-1]}: {'; '.join(items)}."


def _join_lists_of_the_row_before(text: str, sentences: list[tuple[int, int]], found: dict) -> None:
    """A sentence that lists what the one before it dated ("The agreements signed in 2022 laid
    foundations ... These include the 2022 agreement on mutual protection of investments ...") is
    told in that row when it names the same date, not in a row that opens on "These"."""
    for key, entry in list(found.items()):
        index = entry[1]
        start, end = sentences[index]
        if not index or not _LISTS_THEM.match(text, start):
            continue
        span = entry[0]
        before = [e for e in found.values() if e[1] == index - 1 and (e[0].start, e[0].end) == (span.start, span.end)]
        if before:
            for row in before:
                row[3] = f"{row[3].rstrip()} {text[start:end].strip()}"
            del found[key]


# "The two governments also signed agreements on visa exemption ...": a further deed of the parties,
# told after one joined to the dated sentence before.
_ALSO_DID = re.compile(r"\s*(?:The\s+two\s+[a-z]+|Both\s+(?:sides|countries|governments|leaders)|They)\s+also\s+[a-z]")
_LISTS_THEM = re.compile(r"\s*(?:Among\s+(?:them|these|those)|(?:These|They)\s+include[ds]?)\b")


# A text without a date of writing (a paper) still dates what it counts from a date it names:
# "visited Luanda in September 2018, and two months later ...", "signed in 2006 and entered into
# force the following year".
# (a sentence may open with one: "Later that year ...", "The following year ...")
_ANCHORED = re.compile(
    rf"\b(?:[Ll]ater|[Ee]arlier|[Ff]ollowing|[Aa]fter|[Bb]efore|[Ss]ame|[Nn]ext|[Tt]hat\s+(?:{'|'.join(MONTH_NAMES)}))\b"
)
# find_dates resolves such expressions from the text's last date, and the rest ("last year", "in
# September") from the date of writing.  Given one in antiquity, whatever it resolved from that
# date lands there and is dropped: what is left is the text's own dates and those counted from them.
_NO_WRITING_DATE = dt.date(1000, 6, 15)  # (centuries either side stay valid dates: "ten years ago")
_FIRST_REAL_YEAR = 1500  # (the grammar finds no year written before 1800)


_THAT_MONTH = re.compile(r"\b(?:that|the\s+same)\s+$")


def _months_of_that_year(text: str, spans: list[DateSpan], earlier: DateSpan | None) -> list[DateSpan]:
    """ "... was marked in 2022, and the foreign minister visited Bishkek that June": the month
    of the year named before it, not of the year the text was written."""
    out: list[DateSpan] = []
    for span in spans:
        before = out[-1] if out else earlier
        if (
            span.precision == "month"
            and before is not None
            and not any(ch.isdigit() for ch in span.expression)
            and (found := _THAT_MONTH.search(text, max(0, span.offset - 12), span.offset)) is not None
        ):
            span = month_span(
                before.start.year, span.start.month, text[found.start() : span.offset] + span.expression, found.start()
            )
        out.append(span)
    return out


def _with_anchored(text: str, named: list, earlier: DateSpan | None, loose: list) -> list:
    """The text's dates (`named`: find_dates without a date of writing) and those counted from
    them or from `earlier` (`loose`: find_dates from a date of writing in antiquity), but one that
    names a thing ("the agreements of the following year") rather than when the clause happened."""
    return [
        span
        for span in _months_of_that_year(text, loose, earlier)
        if span.start.year >= _FIRST_REAL_YEAR and (span in named or not text.endswith("of ", 0, span.offset))
    ]


_SEASON_SPAN = re.compile(r"\b(?:from|between)\s+$")
_SEASON_SPAN_AFTER = re.compile(r"\s*(?:to|until|till|and|[-–])\s")
# A month name: a text without a date of writing may name a day or a month without its year.
_YEARLESS_HINT = re.compile(rf"\b(?:{'|'.join(MONTH_NAMES)})\b")


def _with_yearless(text: str, named: list, earlier: DateSpan | None, loose: list) -> list:
    """`named` and the days and months a text without a date of writing names without a year, in
    the year it last named ("from 1 to 7 February 2026. On 3 February he met ..."): the year a
    reader carries on with."""
    added = []
    taken = [(span.offset, span.offset + len(span.expression)) for span in named]
    for span in loose:
        if span.start.year >= _FIRST_REAL_YEAR or span.precision not in ("day", "month"):
            continue
        if any(a < span.offset + len(span.expression) and span.offset < b for a, b in taken):
            continue
        if _SEASON_SPAN.search(text, max(0, span.offset - 9), span.offset) or _SEASON_SPAN_AFTER.match(
            text, span.offset + len(span.expression)
        ):
            continue  # "from May to September": a season of every year, not one of the year named
        anchor = next((s for s in reversed(named) if s.offset < span.offset), earlier)
        if anchor is None or anchor.start.year < _FIRST_REAL_YEAR:
            continue
        found = _dated_in_year(span.expression, span.precision, anchor.start.year)
        if found is not None:
            added.append(replace(found, expression=span.expression, offset=span.offset))
    return sorted(named + added, key=lambda s: s.offset) if added else named


def _dated_in_year(expression: str, precision: str, year: int) -> DateSpan | None:
    """A day or month written without its year ("3 May", "September"), dated in `year`."""
    found = find_dates(f"{expression} {year}", dt.date(year, 6, 15))
    return found[0] if len(found) == 1 and found[0].precision == precision and found[0].start.year == year else None


# A date that bounds what a thing is for ("a strategy for 2025–2030", "a concept through 2035")
# or what a figure is compared with ("... compared with 2022") is not when the clause's
# happening took place; it leaves the row's label when the clause has another date.
_SUBORDINATE = re.compile(
    r"(?:\b(?:for|through|till|until|to)|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|than(?:\s+in)?"
    r"|(?:same|corresponding|comparable)\s+(?:period|months|(?:nine|six|three|[\w-]+)\s+months|quarter|half)\s+(?:of|in)"
    # (Russian: "на 11 процентов больше, чем в 2024 году", "по сравнению с 2024 годом")
    r"|\bчем(?:\s+в)?|\b(?:по\s+сравнению|в\s+сравнении)\s+с)"
    r"\s+(?:the\s+)?(?:year\s+)?$"
)


# "the largest group to leave on a single day since Saudi Arabia reopened its labour market to Thais
# in 2022": what a record counts from, like "since 2022".
# ("a record since it was launched in 2008": a pronoun's deed, told in the passive)
_SINCE_A_CLAUSE = (
    r"since\s+(?:(?:the\s+)?(?:[A-Z][\w-]*\s+)+|(?:it|they|he|she|we)\s+(?:(?:was|were|(?:had|has|have)\s+been)\s+)?"
    # ("since the route was suspended in March 2020")
    r"|(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:was|were|(?:had|has|have)\s+been)\s+)"
    r"[a-z]+ed\b"  # "since Saudi Arabia reopened", not "since 1963"
)
_SINCE_CLAUSE = re.compile(rf"\b{_SINCE_A_CLAUSE}[^,;.]*$")
# "The Free Trade Commission, whose meeting in Canberra was postponed in July, will now meet in
# Santiago in March": what befell a thing of the subject's, told on the way to the clause's own date.
# (Only right after the clause's subject: "... under the agreement of 2014, whose protocol expired in
# November 2024" tells the expiry.)
_WHOSE_CLAUSE = re.compile(r"(?:^|[.;:]\s+)[A-Z][^,;.]{0,80},\s+whose\s[^,;]*$")
# "up to 45,000 tonnes of beans a year from the 2027/28 crop season": when a term's rate starts.
_RATE_FROM = re.compile(
    r"\b(?:a|per|each)\s+(?:year|annum|month|season)\s+(?:from|starting(?:\s+(?:in|with))?)\s+(?:the\s+)?$"
)
# "with two flights a week during the summer season": when a timetable runs, not when the row's deed is.
_RATE_DURING = re.compile(r"\b(?:a|per|each)\s+(?:day|week|month)\s+(?:during|throughout|in|over)\s+$")
# "signed ... an arrangement raising the annual cap from 3,400 to 5,000 places from 1 January": when a
# change a signed text makes takes effect.
_CHANGE_FROM = re.compile(
    r"\b(?:raising|increasing|lowering|cutting|extending|expanding|reducing|doubling)\b(?:[^,;.]|[,.](?=\d)){0,80}?"
    r"\bfrom\s+(?:the\s+)?$"
)
# "The agreement, signed in March 2025, replaces the one in force since 2004": the old one's date.
_REPLACES_THE_ONE_SINCE = re.compile(
    r"\b(?:replac|supersed|succeed)(?:e|es|ed|ing|s)?\s+(?:the|a|an)\s[^,;]{0,40}?\b(?:in\s+(?:force|place|effect)|"
    r"valid|applied|applicable)\s+since\s+$"
)
# "The third meeting of the commission, set up under the free trade agreement in force since March
# 2009, took place ...": the start of a state of another thing, named inside a participle phrase.
_SINCE_OF_ANOTHER = re.compile(rf",\s+{PARTICIPLE}\b[^,;]*?\s(?:the|a|an)\s[^,;]*\bsince\s+$")


_SUBORDINATE_ENDS = ("for", "through", "till", "until", "to", "than", "with")


def _may_be_subordinate(tail: str) -> bool:
    """False when `_SUBORDINATE` cannot match `tail`: its match ends the text with whitespace after a
    word it names, then perhaps "the" and "year" (a few token tests instead of a scan at every position)."""
    if not tail[-1:].isspace():
        return False
    words = tail.split()
    if words and words[-1] == "year":
        words.pop()
    if words and words[-1] == "the":
        words.pop()
    if not words:
        return False
    last = words[-1]
    if last.endswith(_SUBORDINATE_ENDS) or last == "чем":  # "for", "compared with", "than"
        return True
    if last in ("в", "с") and len(words) > 1 and words[-2] in ("чем", "сравнению", "сравнении"):
        return True  # "чем в", "по сравнению с"
    return last in ("in", "of") and len(words) > 1 and words[-2].endswith(("than", "period"))  # "than in", "period of"


# "since 2017", "after 2022": a date that opens a period describes a trend, not a happening.
# "after the elections of 2002" dates a happening by another one, so "after" counts only right
# before the date.
_TREND = re.compile(r"\b[Ss]ince\b|\b[Aa]fter\s+(?:the\s+(?:year\s+)?)?$")


# "reopened its embassy in September 2016, shortly after the summit held in the capital in July 2016":
# the happening a dated deed is timed by, named as a thing (no verb of its own), is no row of its own.
_TIMED_BY_A_THING = re.compile(r"\b(?:shortly|soon|just|immediately)\s+(?:after|before)\s+(?:the|a|an)\s+([^,;.]*)$")
_HELD_THING = re.compile(r"(?:[\w'’–-]+\s+){1,6}?(?:held|organi[sz]ed|convened|staged|hosted)\s+(?:in|on|at|by)\b")


def _anchor_of_a_dated_deed(before: str) -> bool:
    if "ly " not in before and "ust " not in before and "oon " not in before:
        return False  # every match holds one
    found = _TIMED_BY_A_THING.search(before[-160:])
    if found is None:
        return False
    thing = found.group(1)
    deed_dated = has_date_words(before[: len(before) - len(before[-160:]) + found.start()])
    return deed_dated and (not has_action_verb(thing) or _HELD_THING.match(thing) is not None)


# "announced that Japan would resume 11 yen loan projects suspended after Sri Lanka's default in 2022":
# the date of what a participle's phrase names (the default), not of the clause's deed.
_PARTICIPLE_AFTER_A_THING = re.compile(
    r"\b[a-z]{3,}ed\s+(?:after|following|since|because\s+of|during)\s+(?P<thing>(?:[\w'’-]+\s+){1,6}?)(?:in|on)\s+$"
)


def _date_of_a_thing_named(before: str, *, founding: bool = False) -> bool:
    if "ed " not in before and "set up" not in before:
        return False
    founded = _FOUNDED_AFTER_ITS_NAME.search(before[-40:]) if founding else None
    if founded is not None:
        # "co-chaired the seventh meeting of the High-Level Strategic Cooperation Council, established in 2011":
        # the body's founding recalled beside a story's deed of its day (a paper's clause may have no other date:
        # "... grown through the Casa África in Las Palmas, founded in 2006" dates the founding)
        head = before[: len(before) - len(before[-40:]) + founded.start()]
        return has_action_verb(head) and _A_DATE_TOLD.search(head) is None
    found = _PARTICIPLE_AFTER_A_THING.search(before[-120:])
    if found is None or has_action_verb(found.group("thing")):
        return False
    head = before[: len(before) - len(before[-120:]) + found.start()]
    # (a deed of its own before the phrase, with no date of its own: "11 yen loan projects" is a count)
    return has_action_verb(head) and _A_DATE_TOLD.search(head) is None


_FOUNDED_AFTER_ITS_NAME = re.compile(
    r"[A-Z][\w'’-]*,\s+(?:(?:first\s+)?(?:established|founded|created|set\s+up|launched|formed))\s+(?:in|on)\s+$"
)
_A_DATE_TOLD = re.compile(
    rf"\b(?:1[89]\d\d|20\d\d|{'|'.join(MONTH_NAMES)}|today|yesterday|tomorrow|(?:last|next|this)\s+(?:week|month|year))\b"
    rf"|\b(?:on|last|next|this)\s+(?:{'|'.join(WEEKDAYS)})\b"
)


# "Under the agreement of 2024, Masdar is building ...": the framework a state of things stands on.
_UNDER_THE_THING_OF = re.compile(
    r"\s*(?:Under|Pursuant\s+to)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:agreements?|treaty|memorandum|"
    r"programme|program|plan|deal|contract|accord|protocol|strategy|law|framework)\s+of\s+(?:the\s+)?"
)
_PRESENT = re.compile(r"\b(?:is|are|has|have)\s")  # "... Masdar is building", not "... agreed to share"
# A verb in the past: "-ed" or an irregular one ("sold", "met").
_PAST_WORD = r"(?:[a-z]{2,}ed|" + "|".join(sorted(IRREGULAR_PAST)) + ")"
# "have invested in agriculture since 2014, when Al Dahra acquired ...": the date of a deed.
# (the subject may be long: "Since 1998, when the interconnection between the Mexican grid and the
# substation at Corozal was energised, ...")
_WHEN_A_DEED = re.compile(rf",\s+when\s+(?:[\w'’-]+\s+){{1,12}}?{_PAST_WORD}\b")
# (an era's "when" must name its deed at once: not "changed in the 1990s, when the liberalisation of the
# Peruvian mining sector opened the door to ...")
_WHEN_A_DEED_NEAR = re.compile(rf",\s+when\s+(?:[\w'’-]+\s+){{1,4}}?{_PAST_WORD}\b")


def _trend(before: str) -> bool:
    """Whether the words before a date open a period from it ("since 2017", "since the 1960s").
    "Since the agreement came into force in July 2024, ..." dates the clause after "since"."""
    if "ince" not in before and "fter" not in before:
        return False  # every match holds one (a substring test is far cheaper than the pattern)
    found = None
    for found in _TREND.finditer(before):
        pass
    if found is None:
        return False
    if found.group().lower() == "since" and _IN_FORCE.search(before, 0, found.start()):
        return False  # "in force since 1 July 2006": it entered into force that day
    return not (found.group().lower() == "since" and has_action_verb(before[found.end() :]))


_IN_FORCE = re.compile(r"\bin\s+force\s+$")


# "an action plan for 2022–2026", "a programme through 2027–2030": a term of several years after
# "for"/"through" bounds what a plan covers; as a row's only date it is not when anything happened
# ("scheduled for 2025–2026" is).
_SCHEDULING = re.compile(
    r"\b(?:scheduled|planned|set|due|slated|expected|postponed|moved|foreseen|envisaged|targeted|pencilled|penciled)\s+(?:\w+\s+)?"
    # ("A second centre is planned in Cañar province for 2028": where, then when; the pattern ignores
    # case, so any one to three words after "in" or "at" pass, not only a capitalised name)
    r"(?:(?:in|at)\s+(?:[A-Z][\w-]*\s+){1,3}(?:province\s+|region\s+|state\s+|county\s+|district\s+)?)?$"
    r"|\bbeing\s+(?:prepared|planned|organi[sz]ed|arranged)\s+(?:for\s+)?$",  # "the visit is being prepared for"
    re.IGNORECASE,
)


# What a figure is compared with, with the figure in between ("USD 2.4 billion in 2023, compared
# with USD 2.1 billion in 2022", "up from 310 in 2021"): the year of the baseline, not a happening.
_BASELINE = re.compile(
    r"(?:\bcompared\s+(?:with|to)|\bin\s+comparison\s+(?:with|to)|\b(?:up|down)\s+from|"
    r",\s+(?:as\s+)?against(?=\s+(?:[A-Z]{1,3}\s?|[$€£¥]\s?)?\d)|"  # (also "against K52.6 billion")
    r"\b(?:up|down)\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per\s+cent)\s+(?:on|from|over)|"
    # ("an increase of 7.4 percent on the first half of 2025")
    r"\b(?:increase|rise|decrease|decline|drop|fall|growth|gain)\s+of\s+[\d.,]+\s*(?:%|percent|per\s+cent)\s+(?:on|from|over)|"
    # ("Imports from Mexico were 6.4 percent higher than in January–September 2025")
    r"\b[\d.,]+\s*(?:%|percent|per\s+cent)\s+(?:higher|lower|more|less|up|down|above|below)\s+than)\s+"
    r"(?:(?:(?!\.\s)[^;:]){0,40}?\s)?(?:(?:in|of)\s+)?(?:the\s+)?(?:year\s+)?$",
    re.IGNORECASE,
)
# A year a target is to be met by ("a target of doubling investment by 2030").
_TARGET_BY = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
_D_ICI = re.compile(r"\b[Dd]['’]ici\s+(?:à\s+|la\s+fin\s+(?:de\s+|d['’])?)?(?:l['’]an\s+|l['’]année\s+)?$")
_TARGET = re.compile(
    r"\b(?:targets?|goals?|aims?|objectives?|ambitions?)\b"
    r"|\bwork(?:s|ing)?\s+towards?\b"  # "agreed to work towards a comprehensive partnership by 2026"
    r"|\b(?:agreed|decided|pledged|committed|aim|aims|seek|seeks|plan|plans|wants?|intends?|hopes?)\s+to\s+"
    # "agreed to raise trade to $2bn by 2030", "intends to double its imports ... by 2030", "a bill the
    # government wants to halve by 2030"
    r"(?:raise|increase|double|triple|halve|cut|reduce|bring|boost|lift|expand|reach)\b"
    # "announced that it would double its assistance ... by 2027": a pledge told in reported speech
    r"|\b(?:would|will)\s+(?:raise|increase|double|triple|halve|boost|lift)\b"
    # "expects to welcome at least 10,000 Russian visitors a year by 2029": a rate to reach by a year
    r"|\b(?:(?:a|per|each)\s+year|annually|per\s+annum)\s+by\b"
    # "approved a roadmap for raising bilateral trade to USD 3 billion by 2030"
    # ("Prime Minister Pham Minh Chinh proposed raising bilateral trade to USD 2 billion by 2030")
    r"|\b(?:for|on|towards|proposed|suggested|proposing|suggesting)\s+"
    r"(?:raising|increasing|doubling|tripling|halving|cutting|reducing|bringing|boosting|lifting|"
    r"expanding|reaching)\b",
    re.IGNORECASE,
)


# "By 2022-2023, contacts had already reached ...", "by the early 2010s the scope had expanded": a
# perfect tense up to a date states where things stood then, not a happening.
_BY_DATE = re.compile(r"\b[Bb]y\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?(?:the\s+)?$")
_PERFECT = re.compile(r"\b(?:had|has|have)\s+(?:already\s+|also\s+|long\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne)\b")


def _stood_by(event: Event, before: str) -> bool:
    """What stood by or until a date: "By 2025 the sides had signed 40 agreements", "By 2025 more
    than 90 plants were approved", "Until the early 2010s the UAE played a marginal role"."""
    if _OPENS_UNTIL.fullmatch(before):
        return True
    tail = before[-30:]
    if "by" not in tail and "By" not in tail:
        return False  # every _BY_DATE match holds one
    if _BY_DATE.search(tail) is None:
        return False
    return _PERFECT.search(event.text) is not None or (
        _OPENS_BY.fullmatch(before) is not None and not sounds_future(event.text)
    )


# A sentence that opens with the date a state held until, or had come to by.
_OPENS_UNTIL = re.compile(r"\s*(?:Until|Till|Up\s+until|Up\s+to)\s+(?:the\s+)?")
_OPENS_BY = re.compile(r"\s*By\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?(?:the\s+)?")


def _is_baseline(before: str) -> bool:
    tail = before[-70:]
    lower = tail.lower()  # "compar" and "from" have no letter ignore-case equates with a non-ASCII one
    # (every match ends in "... published in", "... given on": a cheap test first)
    first_told = ("ed " in tail[-16:] or "given" in tail[-16:]) and _FIRST_TOLD.search(tail) is not None
    if (
        "compar" not in lower
        and "from" not in lower
        and "against" not in lower
        and "%" not in lower
        and "cent" not in lower
        and " level" not in lower
        and " peak" not in lower
        and " high" not in lower
        and " volume" not in lower
        and " value" not in lower
    ):
        return first_told  # every _BASELINE match holds one of those
    return first_told or _BASELINE.search(tail) is not None or _LEVEL_THEN.search(tail) is not None


# The level a figure is set against: "fell to about 2,100 tonnes last year, a tenth of their level in the
# early 1990s" (not the level a deed brings a thing to: "downgraded its representation to the level of
# chargé d'affaires in 1990").
_LEVEL_THEN = re.compile(
    r"\b(?:of|from|below|above)\s+(?:its|their|the)\s+(?:former\s+|earlier\s+|previous\s+)?"
    r"(?:level|peak|high|volume|value)s?\s+(?:in|of|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# The figure a correction replaces: "RWF 17.9 billion, and not RWF 19.4 billion as first announced in
# August": when the wrong figure was told is no happening of its own.
_FIRST_TOLD = re.compile(
    r"\bnot\s+[^,;]{0,60}?\bas\s+(?:first|initially|originally|earlier|previously)\s+"
    r"(?:announced|reported|published|stated|estimated|given)\s+(?:in|on)\s+(?:the\s+)?$"
    # "now stands at US$4.3 million instead of the US$3.9 million published in August", "to BBD 14.2
    # million, from the BBD 14.8 million it had published in August"
    r"|\b(?:not|instead\s+of|rather\s+than|from)\s+(?:the\s+)?(?:[A-Z]{3}\s?|US\$\s?|[$€£¥]\s?)?\d[\d,.]*"
    r"(?:\s*(?:million|billion|bn|percent|per\s+cent|%))?\s+(?:(?:that|which|as)\s+)?(?:it\s+|they\s+)?"
    r"(?:had\s+(?:been\s+)?|was\s+)?(?:first\s+|initially\s+|originally\s+|previously\s+)?"
    r"(?:announced|reported|published|released|stated|estimated|given)\s+(?:in|on)\s+(?:the\s+)?$"
)


def _term_only(event: Event, before: str) -> bool:
    """A year that bounds a term ("a strategy for 2025–2030", "a vision to 2030") or a target."""
    # ("by" has no letter ignore-case equates with a non-ASCII one: lower() finds every match's.)
    if "by" in before[-20:].lower() and _TARGET_BY.search(before[-20:]) and _TARGET.search(event.text):
        return True
    if "ici" in before[-24:] and _D_ICI.search(before[-24:]):
        return True  # "Le programme permettra de former 1 200 enseignants d'ici 2029": a deadline, no happening
    if event.precision == "range" and _RUNS.search(before[-120:]):
        return True  # "a second phase of CAPRED, to run from 2027 to 2031" (not a fair "which runs from ...")
    if _term_of_years(event, before):
        return True  # "signed a plan of consultations for the period 2028–2030"
    if (
        event.precision == "range"
        and event.start.year < event.end.year
        and _OVER_YEARS.search(before[-30:])
        and may_hold(before, _PLEDGE_KEYS)
        and _PLEDGE.search(before)
    ):
        return True  # "pledged USD 150 million in development financing for ... projects in 2027–2029": its term
    if (
        (event.end.year == event.start.year and event.precision != "year")
        or not _may_be_subordinate(before[-40:])
        or not _SUBORDINATE.search(before[-40:])
        or _NOT_UNTIL.search(before[-60:])  # "was not opened until 2019": opened in 2019
        or _FIGURE_FOR.search(before[-40:])
    ):
        return False
    return not _SCHEDULING.search(_SUBORDINATE.sub("", before[-40:]))


# The years a plan or programme is for: "for the period", "para el período" (Spanish, Portuguese), "pour la
# période" (French), "на" and "на период" (Russian: "план консультаций на 2028–2030 годы").
_TERM_OF_YEARS = re.compile(
    r"(?:\bfor|\bpara|\bpour|(?<!\w)на)\s+(?:(?:the|el|la|o|a|los|las|les)\s+)?"
    r"(?:(?:period|years|per[ií]odo|p[ée]riode|años|anos|années|период)\s+(?:(?:of|de|del|do|des)\s+)?)?$",
    re.IGNORECASE,
)


_SCHOOL_YEAR = re.compile(
    r"(?:للعام|للسنة|للموسم|العام|الموسم)\s+(?:ال\w+\s+)?$"
    r"|\b(?:año|ano|année|annee|anno)\s+(?:académico|academico|acadêmico|escolar|lectivo|letivo|universitaire|scolaire|"
    r"académique|accademico|scolastico)\s+$|\b(?:curso|temporada|saison|campagne|stagione)\s+$",
    re.IGNORECASE,
)


def _term_of_years(event: Event, before: str) -> bool:
    """Whether a span of years is the term of what the sentence tells ("a plan of consultations for the period
    2028–2030", "para el período 2028–2030"), not when something is to happen ("scheduled for 2025–2026")."""
    if event.precision != "range" or event.start.year >= event.end.year:
        return False
    found = _TERM_OF_YEARS.search(before[-40:])
    if found is None:
        # "للعام الجامعي 2027-2028", "para el año académico 2027-2028": a school year or a season, a term
        return _SCHOOL_YEAR.search(before[-40:]) is not None
    words = before[-40:][: found.start()]
    return not (_SCHEDULING.search(words) or _SCHEDULED_ELSEWHERE.search(words))


# (before "para", "pour", "на": a happening's time, not a term; English words are `_SCHEDULING`'s)
_SCHEDULED_ELSEWHERE = re.compile(
    r"\b(?:put\s+off|previst[oa]s?|programad[oa]s?|fijad[oa]s?|aplazad[oa]s?|pospuest[oa]s?|prévue?s?|programmée?s?|"
    r"reportée?s?|запланирован\w*|намечен\w*|перенес[её]н\w*|отложен\w*)\s*$",
    re.IGNORECASE,
)


# The years a pledged sum is spread over: "... for energy projects in 2027–2029", "over 2026–2030".
_OVER_YEARS = re.compile(r"\b(?:in|for|over|during)\s+(?:the\s+(?:period|years)\s+)?(?:of\s+)?$")

# "lowered its estimate for the first half of the year to ...": the period a figure counts, not a term.
_FIGURE_FOR = re.compile(r"\b(?:figures?|estimates?|data|totals?|statistics)\s+for\s+(?:the\s+)?$")


# What a programme's years are: "a second phase of CAPRED, to run from", "The programme runs from".
_RUNS = re.compile(
    r"\b(?:programmes?|programs?|phase|plan|project|strategy|framework|fund|facility|initiative|agreement|contract)"
    r"\b(?:\s+(?:of|for)\s+[^.;,]{1,60})?,?\s+(?:which\s+|that\s+)?(?:will\s+)?"
    r"(?:to\s+run|runs?|running|to\s+last|lasts|lasting|valid)\s+(?:from\s+|between\s+)?$",
    re.IGNORECASE,
)


# A thing named with the deed that made it, after a preposition: "the follow-up to the agreements
# signed in Kigali in", "the implementation of the memorandum adopted on".
_RECALLED_THING = re.compile(
    r"\b(?:to|of|under|with|on|from|within)\s+(?:the|its|their)\s+(?:(?!(?:was|were|is|are|be|been|has|have|had|of)\s)[\w’'-]+\s+){1,3}?"
    r"(?:signed|adopted|concluded|reached|agreed|approved|launched)\s+(?:(?:in|at)\s+[A-Z][\w-]+\s+)?(?:in|on)\s+(?:the\s+)?$"
)
_NAMED_THING = re.compile(r"\s(?:the|its|their)\s+[A-Z]")
# A record counted from a happening told in passing: "a record since the mill started up in", "the highest
# since the line opened in".
_RECORD_SINCE = re.compile(
    r"\b(?:a\s+record|(?:the|its|their)\s+(?:highest|lowest|largest|biggest|best|worst)(?:\s+[\w-]+){0,3}?)\s+since\s+"
    r"(?:the|its|their)\s+(?:[\w’'-]+\s+){1,3}?(?:[a-z]+ed|began|opened|started\s+up|went)\b[^,;.]{0,30}?"
    r"\b(?:in|on)\s+(?:the\s+)?$"
)
# ... unless that thing opens the clause ("Under the agreement signed in 2019, ...": its frame).
_THING_IS_SUBJECT = re.compile(r"^(?:Under|Within|With|From|According\s+to)\b")


def _recalls_a_thing(event: Event) -> bool:
    if not event.expression or "ed " not in event.text:
        return False
    before = event.text[: _span_in(event.text, event.expression)[0]]
    if "since" in before and _RECORD_SINCE.search(before[-110:]):
        return True  # "produced 2.1 million tonnes ..., a record since the mill started up in April 2023"
    recalled = _RECALLED_THING.search(before[-90:])
    # ("the basis of the Paris Peace Agreements signed on 23 October 1991": a thing named by its
    # name, which no other row may tell, is not recalled in passing)
    return recalled is not None and not _NAMED_THING.search(recalled.group()) and not _THING_IS_SUBJECT.match(before)


# A relative clause in the past perfect that holds the date: ", the Portuguese who had left Angola in
# 1975" (background; "..., who visited Seoul in 1992" is a happening).
_WHO_BEFORE = re.compile(r",\s+(?:[\w'’-]+\s+){0,3}?(?:who|whom|which)\s+had\s[^,;]*$")
LONGEST_HAPPENING_DAYS = 3660  # a range of dates longer than ten years is an era, not a happening


# A figure forecast: "Customs expect exports of cocoa products to rise further", "is projected to grow".
_FORECAST = re.compile(
    r"\b(?:expects?|expected|forecasts?|projects?|projected|anticipates?|anticipated|predicts?|predicted)\s+"
    r"(?:[^.;]{0,80}?\s)?to\s+(?:rise|grow|increase|fall|decline|drop|climb|double|recover|slow|shrink|ease)\b"
)
# "earnings for the financial year ending 31 December 2026": a company's period of account, not a time
# anything happens.
_ACCOUNTS_PERIOD = re.compile(
    r"\b(?:financial|fiscal|accounting)\s+(?:year|period|quarter)\s+(?:ending|ended|to)\s+(?:on\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


# "The 2014 Mining Code ...": a year naming the text that is the sentence's subject.
_THE_YEARS = re.compile(r"(?:The|Its|Their|Under\s+(?:the|a|an|its|their))\s+")
_TEXT_NAMED = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,4}(?:Code|Act|Law|Constitution|Policy|Strategy|Charter|Doctrine|Concept|Memorandum|"
    r"Agreement|Treaty|Convention|Protocol|Accord|Declaration)\b"
    # "The 2019 agreement exempts holders of diplomatic passports ...", "Under a 1957 treaty, the waters ..."
    r"|\s+(?:[\w’'-]+\s+){0,2}?(?:agreements?|[Tt]reat(?:y|ies)|accords?|conventions?|protocols?|memorand(?:um|a)|"
    r"frameworks?|arrangements?|deals?|codes?|acts?|laws?|constitution|polic(?:y|ies)|strateg(?:y|ies)|charter)\b"
)


def _a_step_row(event: Event) -> bool:
    """A row `with_a_step_rows` made of a sentence's closing with-phrase."""
    text = event.text
    return (
        event.sentence != text
        and STEP_ROW.fullmatch(text) is not None
        and f", with {text[:1].lower()}{text[1:].rstrip('.!?')}" in event.sentence
    )


# A period as the subject of its own start or end: "The 2025/26 fiscal year ended in June."
_PERIOD_ENDED = re.compile(
    r"(?:The|Its|This|That|Their)\s+(?:[\d/–-]+\s+)?(?:(?:fiscal|financial|academic|school|calendar|budget|marketing"
    r"|crop|harvest|tourist|cyclone|rainy|dry)\s+)?(?:year|quarter|half|season|term|semester)\s+(?:ended|began|closed)\b"
)


# A day kept every year, told without a year ("... on 5 June is a national holiday", "is marked
# every year on 1 October"): no happening's date.
_RECURRING = re.compile(
    r"\b(?:is|are|has\s+been|became)\s+(?:a|an)\s+(?:national|public|official|bank|state)\s+holiday\b"
    r"|\b(?:every|each)\s+year\b|\bannually\b",
    re.IGNORECASE,
)
_YEAR_DIGITS = re.compile(r"\d{4}")


# "After Kiribati switched diplomatic recognition from Taipei to Beijing in September 2019, Australian
# engagement in the central Pacific intensified.": the date is the opening clause's deed's, whatever the
# trend after it.
_DEED_CLAUSE = re.compile(r"(?:After|When|Once|Following)\s+[^,;]{3,160}?,\s")


def _deed_opens_the_trend(text: str, at: tuple[int, int]) -> bool:
    clause = _DEED_CLAUSE.match(text)
    return (
        clause is not None
        and at[1] <= clause.end()
        and _SIMPLE_PAST.search(clause.group()) is not None
        and not is_trend(clause.group())
    )


def _is_happening(event: Event, language: str, *, article: bool = False) -> bool:
    """A clause that states a happening at its date (see eventness), not a trend since a date,
    nor the study speaking of itself.  (`article`: a story's, whose undated deeds are of its day.)"""
    at = _span_in(event.text, event.expression)
    if event.precision == "decade" and not _WHEN_A_DEED_NEAR.match(event.text, at[1]):
        # "Finnish tourists discovered Tunisian beaches in the 1970s": an era, not a happening's date
        # (unless a deed dates it: "cooled in the early 1990s, when donors suspended part of their aid")
        return False
    if _a_step_row(event):
        return True  # "First production of copper concentrate in 2029." (see with_a_step_rows)
    if _RECURRING.search(event.text) and not _YEAR_DIGITS.search(event.expression):
        return False  # "Indian Arrival Day on 5 June is a national holiday.": a day of every year
    if ("spoke" in event.text or "nterview" in event.text or "onversation" in event.text) and INTERVIEW_FRAME.search(
        event.text
    ):
        return False  # "X spoke to Kuensel about the September visit": the interview, not the visit
    if procedural(event.text):
        return False  # "At 6 a.m. on Monday the line of lorries already stretched back past ...": a scene
    if INTERVIEWER_TURN.match(event.sentence or event.text):
        return False  # "HOST: In March you celebrated an anniversary.": a prompt, the answer tells
    if ("ended" in event.text or "began" in event.text or "closed" in event.text) and _PERIOD_ENDED.match(event.text):
        return False  # "The 2025/26 fiscal year ended in June.": the calendar, not a happening
    if (brought := _THE_YEAR_BROUGHT.match(event.text)) and _names_nothing(event.text[brought.end() :]):
        return False  # "The year 2023 brought two symbolic firsts.": the sentences after it tell them
    if "numbered" in event.text and _NUMBERED.search(event.text):
        return False  # "The Greek community of Egypt numbered some 100,000 people in 1940.": a count, no happening
    if _RECORD_HEADING.match(event.text) and not _has_verb(event.text, opening=True):
        return False  # "Summary record of the ninth sitting of the second regular session of 2026, ...": a title
    if (
        (
            "debt" in event.text
            or "deposit" in event.text
            or "reserve" in event.text
            or "arrears" in event.text
            or "holdings" in event.text
            or "rate" in event.text
            or "stockpile" in event.text
            or "outstanding" in event.text
            or "ccumulated" in event.text
            or "umulative" in event.text
            or " as of" in event.text
        )
        and (_STOCK_LEVEL.search(event.text, max(0, at[0] - 120), at[0]) or event.text.endswith(" as of ", 0, at[0]))
        and not has_action_verb(event.text[at[1] :])  # (not "..., estimated at €1 billion in 2018, were paid in 2019")
    ):
        # "Mongolia's outstanding debt ... stood at USD 1.1 billion at the end of June": a level, not a deed
        return False
    if (
        _told_on_that(event)
        and not has_action_verb(told := _told_content(event.text, at[1]))
        and not sounds_future(told)  # ("announced last month that it will keep its stake": a decision told)
    ):
        return False  # "Pakistan's Senate was told on Tuesday that relations with Kabul remained tense"
    if event.text.rstrip().endswith("?") or (
        _QUOTED_VIEW.match(event.text)
        and (not (settles(event.text) or _quoted_deed(event.text)) or _FIGURATIVE.search(event.text))
    ):
        # "– What has changed in relations this year?"; '"Tajik power will light ...," he said.' (not
        # '"The agreement came into force in January, ...," the minister said.', nor '"The prime minister
        # will visit Jakarta on 8 October," the spokesperson confirmed.')
        return False
    if language != "en" and _SINCE_ELSEWHERE.search(event.text, max(0, at[0] - 16), at[0]):
        # "منذ عام 2018 أكثر من 40 مشروعاً", "desde 2018", "depuis 2018": a count or a state since a year
        return False
    if language != "en" and _COMPARED_ELSEWHERE.search(event.text, max(0, at[0] - 60), at[0]):
        # "in calo rispetto ai 10,4 miliardi del 2025", "frente a los 8,1 millones de 2025": the figure it is compared with
        return False
    if language != "en" and "ici" in event.text[max(0, at[0] - 24) : at[0]] and _D_ICI.search(event.text, 0, at[0]):
        return False  # "Le programme permettra de former 1 200 enseignants d'ici 2029": a deadline, no happening
    if language != "en" and _term_of_years(event, event.text[: at[0]]):
        return False  # "un plan de consultas para el período 2028–2030", "план консультаций на 2028–2030 годы": a term
    if language == "en":
        before = event.text[: at[0]]
        # "since 2014, when Al Dahra acquired ...", "were held until 2016, when they stopped ...":
        # whatever the words before it, the date is that of the deed after it.
        when_deed = _WHEN_A_DEED.match(event.text, at[1]) is not None
        if (
            (not when_deed and (_trend(before) or _term_only(event, before) or _stood_by(event, before)))
            or is_meta(event.sentence or event.text)
            # "A and B have moved from the alliance of 1979–1983 through a long break to ...": an assessment
            or tells_an_arc(event.sentence or event.text)
            or _is_baseline(before)
            or _anchor_of_a_dated_deed(before)
            or _date_of_a_thing_named(before, founding=article)
            or (_UNDER_THE_THING_OF.fullmatch(before) and _PRESENT.search(event.text, at[1], at[1] + 80))
            or _ACCOUNTS_PERIOD.search(before[-40:]) is not None
            # "Data for the third quarter will be published in the next bulletin": when, it does not say
            or (
                _DATA_FOR.search(before[-40:]) is not None
                and _RELEASED.search(event.text, at[1]) is not None
                and not has_date_words(event.text[at[1] :])
            )
            # "called the decision proof that last month's state visit had been ...": a date in the
            # possessive names a thing the clause speaks of, after its own verb (not "Last week's
            # summit produced a declaration")
            or (event.text.startswith(("'s", "’s"), at[1]) and _has_verb(before, opening=True))
            or _describes_a_place(event.text, before, at[1])
            or (", founded" in event.sentence and _PLACE_FOUNDED.match(event.sentence) is not None)
            # ('Macron said: "France will stand by Armenia, today and tomorrow."': rhetoric, not a day;
            # '"We signed the agreement today."' tells one)
            or (
                event.expression.lower() in ("today", "tomorrow")
                and _quoted(before)
                and _PAST_VERB.search(event.text, max(before.rfind('"'), before.rfind("“"))) is None
            )
            or ("," in before[-3:] and _NAME_S_YEAR.search(before[-40:]) is not None)
        ):
            return False
        if (is_trend(event.text) and not _deed_opens_the_trend(event.text, at)) or _REPLACES_A_FIGURE.match(
            event.sentence or event.text
        ):
            return False
        if " to " in event.text and _FORECAST.search(event.text):
            return False  # "Customs expect exports ... to rise further in the second half": a forecast
        if (
            (text := _TEXT_NAMED.match(event.text, at[1]))
            and (
                _THE_YEARS.fullmatch(before)
                # ("is part of a 2019 agreement under which ...", "Annex C of the 1973 Itaipú Treaty sets ...";
                # not a list of texts made: "These include the 2022 agreement on ...")
                or (
                    _A_OR_THE_BEFORE.search(before[-8:]) and not has_action_verb(before) and not _LISTING.search(before)
                )
            )
            and not settles(event.text[text.end() :])
        ):
            return False  # "The 2014 Mining Code shortened permit procedures": what a text does, not when it was made
        if "from" in before[-16:] and _CHANGE_FROM.search(before[-120:]) and _SIMPLE_PAST.search(before):
            return False  # "signed ... an arrangement raising the cap ... from 1 January": the change's start, not the signing's
        if (
            "of" in before[-14:]  # (every _OF_A_THING match ends with "of" and a space or "of the ")
            and _OF_A_THING.search(before[-60:])
            and not _IN_THE_THING_OF.search(before[-60:])
            and not _SIMPLE_PAST.search(event.text)  # ("After the earthquake of April 2016, Korea provided ...")
        ):
            return False  # "Investment has followed the political commitments of 2024": a thing's date, no deed at it
        relative = _WHO_BEFORE.search(before) if " had " in before else None
        if (
            relative is not None
            and not has_action_verb(before[: relative.start()])
            # "The visit, which had been scheduled for 27 October, was called off": the visit's date
            and not (_PLANNED_FOR.search(before[-40:]) and called_off(event.text[at[1] :]))
        ):
            return False  # "Relations were difficult because of ... the Portuguese who had left in 1975"
        if event.precision == "range" and (event.end - event.start).days > LONGEST_HAPPENING_DAYS:
            return False  # "registered 187 projects between 1994 and 2025": a count over decades
        if _timetable(event.text):
            return False  # "The route will be flown three times a week during the winter season."
        if (
            called_off(event.text)
            and not _PLANNED_FOR.search(before[-40:])
            and not _POSTPONED_TO.search(before[-80:])
            and not _POSTPONED_FROM_TO.search(before[-150:])
            and not _HELD_NOW.search(before[-80:])  # ("..., will be held in Boa Vista on 24 and 25 February")
            and _planned_for(event.text)
        ):
            return False  # a visit called off stands at the date it was to be on, not at when it was told
        participle = _TOLD_PARTICIPLE_ROW.match(event.text)
        if (
            participle is not None
            and event.text.rstrip(".!?…").endswith(event.expression)  # (the date closes the row)
            and not _COPULA.search(event.text)  # (not "The 2027 quota agreed by Norway is the lowest in ...")
            and not _NOT_DONE.search(event.text)  # (not "A working group needs to be set up in 2027.")
            # (not stative, nor a source's: "A report published by the daily ... on Saturday.")
            and participle.group("verb") not in _NOT_A_DEED_DONE
            and not _stative_word(participle.group("verb"))
        ):
            # "The river navigation protocol drafted by a joint commission in 2015.": the row an apposition's
            # participle gives (see appositive_rows), a deed done to the thing at its date
            return True
        if _FINDS_THAT.match(event.text, at[1]) and _SUBJECT_MADE_PUBLIC.match(before):
            # "A feasibility study presented in Georgetown on Wednesday concluded that a line would be
            # viable": the study was presented that day, whatever it guesses
            return True
    return states_event(event.text, date_at=at, language=language)


# "since" before a year in the languages read beside English (Spanish, Portuguese, French, Italian, Arabic)
_COMPARED_ELSEWHERE = re.compile(
    r"(?:\b(?:rispetto\s+a\w*|frente\s+a\w*|en\s+comparación\s+con|comparad[oa]s?\s+con|par\s+rapport\s+(?:à|aux?)|"
    r"contre|em\s+comparação\s+com|по\s+сравнению\s+с)|مقارنة\s+(?:ب|مع))[^.;]{0,40}$",
    re.IGNORECASE,
)
_COMPARED_WORDS = ("rispetto", "frente", "compara", "rapport", "contre", "сравнению", "مقارنة")
_SINCE_ELSEWHERE = re.compile(r"(?:\b(?:desde|depuis|dal|dall['’])|منذ(?:\s+عام)?)\s*$", re.IGNORECASE)
_NUMBERED = re.compile(
    r"\bnumbered\s+(?:some\s+|about\s+|around\s+|roughly\s+|over\s+|nearly\s+|almost\s+|more\s+than\s+|"
    r"fewer\s+than\s+)?\d"
)
# A row made of a thing and the participle of a deed done to it, then its date (and nothing after).
_TOLD_PARTICIPLE_ROW = re.compile(
    r"(?:The|A|An)\s+[^,;]{3,90}?,?\s(?P<verb>[a-z]{3,}ed|built|held|made|set\s+up)\s+(?:by\s+[^,;]{1,60}?\s+)?"
    r"(?:in|on|at|between|from|during)\s[^,;]{3,40}[.!?]$"
)


_NOT_A_DEED_DONE = STATIVE_PARTICIPLES | frozenset("published reported quoted cited posted broadcast aired".split())
_NOT_DONE = re.compile(r"\b(?:to\s+be|needs?|should|must|will|would|could|can|may|might|shall|not)\b")


def _stative_word(word: str) -> bool:
    return not has_action_verb(f"They {word} it")


# A subject named by its being made public, up to its date ...
_SUBJECT_MADE_PUBLIC = re.compile(
    r"(?:A|An|The)\s+(?:[\w’'-]+\s+){0,4}?(?:presented|published|released|unveiled|launched|submitted|handed\s+over)"
    r"\s+(?:[^,;.]{0,60}\s)?(?:on|in|at|last|this|yesterday)?\s*$"
)
# ... and what it found, after its date.
_FINDS_THAT = re.compile(
    r"\s+(?:concluded|found|showed|shows|finds|concludes|estimated|estimates|recommended|recommends|proposed|proposes)"
    r"\s+(?:that\s+)?"
)


# The new date of a happening called off before: "which had been planned for October and was postponed
# ..., will be held in Boa Vista on 24 and 25 February".
_HELD_NOW = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to)\s+(?:now\s+)?(?:be\s+held|take\s+place|meet|convene|be\s+staged)\b[^,;.]*$"
)


# "The figure replaces the preliminary estimate of GHS 4.87 billion published in August, which did
# not include ... shipped in June": a note on the figure the sentence before gave, whose dates are the
# old estimate's and its gaps'.
_REPLACES_A_FIGURE = re.compile(
    r"(?:The|This|That|These)\s+(?:new\s+|revised\s+|corrected\s+|final\s+|updated\s+)?"
    r"(?:figures?|numbers?|totals?|estimates?|data)\s+(?:replaces?|supersedes?|corrects?|updates?|revises?)\b"
)


# '"... this week we have opened a new chapter," Japarov said': a figure of speech, no deed.
_FIGURATIVE = re.compile(
    r"\b(?:opened|opens|open|turned|turns|written|wrote|begun|began)\s+(?:a\s+)?(?:new\s+)?(?:chapter|page)\b"
)


# A quotation that opens the sentence and is attributed after it: what someone says, a view or a
# hope ('"Tajik electricity will light homes in Peshawar next summer," the ambassador said.').
def _quoted_deed(text: str) -> bool:
    """Whether a quotation tells a deed, a plan or a happening called off of others than the speaker
    ('"The consulate in Basra will reopen in April 2027," the minister said', '"The border reopened on 3
    May," the driver says'): not the speaker's recollection ("I first went to Hanoi in 1998")."""
    quoted = text[1 : max(text.find("”"), text.find('"', 1))]
    if _SAID_AFTER_A_DEED.search(text, len(quoted)):
        return True  # '"This loan will change lives," the minister said after signing a USD 150 million agreement ...'
    return _FIRST_PERSON_QUOTE.search(quoted) is None and (
        (
            (_WILL_DO.search(quoted) is not None or _SIMPLE_PAST.search(quoted) is not None)
            and not _SUBORDINATE_OPENS.match(quoted)  # ("When SalamAir flew into Gwadar last month, half of ...")
            and has_action_verb(quoted)
        )
        or called_off(quoted)
    )


_SUBORDINATE_OPENS = re.compile(r"(?:When|As|After|Before|While|Since|If|Although|Though|Once|Until)\s")
_FIRST_PERSON_QUOTE = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Uu]s|[Mm]e)\b")
_WILL_DO = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due|scheduled|set)\s+to)\s")
# Who spoke, and the deed they spoke after or at: "..., the minister said after signing a USD 150 million
# agreement with the Fund in Bishkek on Tuesday", "..., she said at the opening of the consulate".
_SAID_AFTER_A_DEED = re.compile(
    r"[\"”»],?\s+[^\"“”«»]{0,100}?\b(?:said|says|told\s+[\w\s]{1,30}?|declared|stressed|noted)\s+"
    r"(?:after|while|when|upon|on)\s+(?:signing|opening|inaugurating|launching|ratifying|laying|unveiling|handing|"
    r"receiving|concluding)\b"
    r"|[\"”»],?\s+[^\"“”«»]{0,100}?\b(?:said|says|declared)\s+at\s+the\s+(?:signing|opening|inauguration|launch|"
    r"ratification|unveiling|handover)\s+(?:ceremony\s+)?of\b"
)
_QUOTED_VIEW = re.compile(
    r"^[\"“«„][^\"”»]{10,}[\"”»]\s*,?\s*(?:[a-z]|[A-Z][^.]{0,60}\b(?:said|says|told|added|noted|stressed)\b)"
)


# "the genocide of 1904–1908", "the crisis of 2017–2018", "the agreement of 1994": a date after
# "of" that names a thing, not a time ("the spring of 2019", "the end of 2024" are times).
_OF_A_THING = re.compile(
    r"\b(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?!(?:spring|summer|autumn|fall|winter|end|beginning|start"
    r"|middle|half|part|course|months?|years?|weeks?|days?|period|quarter|session|first|second|third|fourth|"
    r"whole|rest|remainder|entirety|morning|afternoon|evening|night|eve)\s)"
    r"[a-z][\w'’-]+\s+of\s+(?:the\s+)?$"
)


# "won two blocks in the auction of December 2023": the thing is when the deed took place.
_IN_THE_THING_OF = re.compile(r"\b(?:in|at|during)\s+the\s+(?:[\w'’-]+\s+){0,2}?[a-z][\w'’-]+\s+of\s+$")


def _names_a_past_thing(event: Event, reference: dt.date) -> bool:
    """In a dated story, a clause whose only date names a thing long before the story ("She held
    talks on the question of the genocide of 1904–1908") tells a deed of the story's day."""
    if event.end.year >= reference.year - 1 or len(event.label.split(" and ")) > 1:
        return False
    at, end = _span_in(event.text, event.expression)
    return at > 0 and (
        _OF_A_THING.search(event.text, max(0, at - 60), at) is not None
        # "The State Minister unveiled a memorial stone bearing the names of the 1,319 settlers who came to
        # the country between 1956 and 1959": the people the deed honours, named by their past
        or _people_of_the_past(event.text, at)
        # "a Protocol amending the 2004 Agreement on the Avoidance of Double Taxation"
        or (
            _THE_BEFORE.search(event.text, max(0, at - 8), at) is not None
            and _A_TEXT_AFTER.match(event.text, end) is not None
        )
    )


def _people_of_the_past(text: str, at: int) -> bool:
    """Whether the date at `at` is in a "who" clause naming people after the clause's own deed."""
    if " who " not in text[max(0, at - 80) : at]:
        return False
    who = _PEOPLE_WHO.search(text, max(0, at - 80), at)
    return who is not None and has_action_verb(text[: who.start()])


# "... the names of the 1,319 settlers who came to the country between": people, then what they did then
_PEOPLE_WHO = re.compile(r"\b[a-z]+s\s+who\s+(?:had\s+)?[a-z]+\b[^,;.]{0,60}?\s(?:(?:in|between|from|on|during)\s+)?$")
_THE_BEFORE = re.compile(r"\b(?:the|its|their|this|that)\s+$", re.IGNORECASE)
_A_TEXT_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+)?(?:[Aa]greements?|[Tt]reat(?:y|ies)|[Pp]rotocols?|[Cc]onventions?|[Mm]emorand(?:um|a)|"
    r"[Aa]ccords?|[Dd]eclarations?|[Cc]onstitution|[Ll]aw|[Cc]harter)\b"
)


_HOSTS = re.compile(
    r"\b(?:host(?:s|ed|ing)?|h[oe]lds?|held|open(?:s|ed)?|t[ao]ke?s?\s+place|took\s+place|stag(?:es?|ed))\b"
)


# "The INE corrected its figure for 2025", "revised its estimate of exports to Singapore in 2025": the
# year is the figure's, the correction the story's news.
_REVISED_FIGURE = re.compile(
    r"\b(?:corrected|revised|adjusted|amended|updated|lowered|raised|cut|trimmed)\s+(?:(?:up|down)(?:wards?)?\s+)?"
    r"(?:its|their|the)\s+(?:[\w-]+\s+)?(?:figures?|estimates?|data|numbers?|statistics)\s+(?:for|of|on)\s+[^,;.]{0,60}?$"
)
# The figure a correction replaces: "to BBD 14.2 million, from the BBD 14.8 million it had published".
_REPLACED_AMOUNT = re.compile(
    r"\b(?:from|instead\s+of|rather\s+than|not)\s+(?:the\s+)?(?:(?:preliminary|provisional|initial|earlier|first)\s+"
    r"(?:(?:figure|estimate)\s+of\s+)?)?(?:[A-Z]{3}\s?|US\$\s?|[$€£¥]\s?)?(\d[\d,.]*)\s*(million|billion|bn)\b"
)


def _fold_corrections(events: list[Event]) -> list[Event]:
    """A figure and the later release that corrects it as one row, at the figure's period, told by
    the correction: "Trade ... amounted to USD 27.4 million ... in January–September 2026" and
    "The Committee has revised its figure for trade ... in January–September 2026 to USD 29.1
    million from the USD 27.4 million reported in October" (a row of its story's day, see
    `_revises_a_figure`) tell one figure, now the corrected one."""
    corrections = [
        i
        for i, e in enumerate(events)
        if e.precision == "day" and not e.expression and may_hold(e.sentence or e.text, _REVISED_FIGURE_KEYS)
    ]
    if not corrections:
        return events
    out = list(events)
    gone: set[int] = set()
    for i in corrections:
        a = events[i]
        text = a.sentence or a.text
        amounts = _amounts(a)
        replaced = {
            f"{number.replace(',', '.')} {'billion' if scale == 'bn' else scale}"
            for number, scale in _REPLACED_AMOUNT.findall(text)
        }
        for j, b in enumerate(events):
            if j == i or j in gone or not b.expression or not amounts & _amounts(b):
                continue
            if b.expression in text:
                if _REVISED_FIGURE.search(text, 0, text.find(b.expression)) is None:
                    continue
            elif b.precision == "day" or " and " in b.label or not replaced & _amounts(b):
                # (the period told in other words, "the first half of the year": the row of one period
                # whose figure the correction says it replaces)
                continue
            # (under the figure's own period: "January–September 2026", not the baseline it was compared with)
            label = re.split(r",\s|\sand\s", out[j].label, maxsplit=1)[0]
            out[j] = replace(_combine([out[j], a]), text=a.text, sentence=a.sentence, label=label)
            gone.add(i)
            break
    return [e for k, e in enumerate(out) if k not in gone]


_REVISED_FIGURE_KEYS = keys("corrected revised adjusted amended updated lowered raised cut trimmed")


def _fold_superseded_plans(events: list[Event]) -> list[Event]:
    """A plan and the later news that put it off as one row, the postponement's: "The commission
    agreed to hold a business forum in Arusha in September." (a row of September) and "A business
    forum that was to open in Arusha on 15 September was pushed back to February next year." (a
    row of February, see `_one_row`) tell one forum.  The plan's month is named before the
    postponement, and the two share a name and another word."""
    postponed = [
        i
        for i, e in enumerate(events)
        if (e.sentence or e.text)
        and (
            (called_off(e.sentence or e.text) and _POSTPONED_TO_WORDS.search(e.sentence or e.text))
            or _NOW_TO_TAKE_PLACE.search(e.sentence or e.text)
        )
    ]
    if not postponed:
        return events
    # (a name in many rows, the two countries', names no one happening)
    named = Counter(w for e in events for w in _names(e))
    rare = max(3.0, ACROSS_COMMON * len(events))
    out = list(events)
    gone: set[int] = set()
    for i in postponed:
        a = events[i]
        text = a.sentence or a.text
        called = _CALLED_OFF.search(text)
        now = None if called is not None else _NOW_TO_TAKE_PLACE.search(text)
        if called is None and now is None:
            continue
        before = text[: called.start()] if called is not None else text[: now.end()]  # type: ignore[union-attr]
        words_a, names_a = _content_words(a), {w for w in _names(a) if named[w] < rare}
        for j, b in enumerate(events):
            told = b.sentence or b.text
            if (
                j == i
                or j in gone
                or b.precision not in ("month", "day")
                or not b.start < a.start
                or MONTH_NAMES[b.start.month - 1] not in before
                or called_off(told)
                or not (sounds_future(told) or _decided(told) or _PLAN.search(told) or _REPORTED_PLAN.search(told))
            ):
                continue
            shared = _content_words(b) & words_a
            # (a common name, the capital, is shared with an ordinal: "the eighth session ... in Suva")
            if len(shared) >= 2 and (shared & _names(b) & names_a or _ordinals(a) & _ordinals(b)):
                out[i] = _combine([out[i], b])
                gone.add(j)
                break
    return [e for k, e in enumerate(out) if k not in gone]


# "the eighth session ..., which had been scheduled for October in Suva, will now take place in the first
# half of 2027": put off without the word.
_NOW_TO_TAKE_PLACE = re.compile(
    r"\b(?:had\s+been|was)\s+(?:scheduled|planned|due|set)\b[^.;]{0,80}?\bwill\s+now\s+(?:take\s+place|be\s+held|"
    r"meet|open|convene)\b"
)
# "Officials said the second session ... would follow in Bridgetown in November": a plan told in
# reported speech.
_REPORTED_PLAN = re.compile(r"\b(?:would|was\s+to|were\s+to)\s+(?:follow|be\s+held|take\s+place|meet|open|convene)\b")
_POSTPONED_TO_WORDS = re.compile(
    r"\b(?:postponed|rescheduled|moved|deferred|pushed\s+back|put\s+back|put\s+off|delayed)\b[^.;]*?\b(?:to|until|till)\s"
)


def _revises_a_figure(event: Event) -> bool:
    """Whether a clause's only date is the period of a figure it says was corrected."""
    if " and " in event.label:
        return False
    at = _span_in(event.text, event.expression)[0]
    return _REVISED_FIGURE.search(event.text, max(0, at - 120), at) is not None


def _on_story_day(event: Event, day: dt.date) -> Event:
    """A clause of a dated story told as a deed of the story's day."""
    return _on_day(day, event.text, event.sources[0], event.topics, "", event.sentence)


def _names_an_event(event: Event) -> bool:
    """In a dated story, a clause whose only date is the year in an event's name ("agreed to lend USD
    1.5 billion for the Expo 2027 site") tells a deed of the story's day, unless the event itself is
    held or hosted there ("Belgrade will host Expo 2027")."""
    if " and " in event.label or not event.expression[:1].isdigit():
        return False
    at = _span_in(event.text, event.expression)[0]
    return _NAMED_EVENT_YEAR.search(event.text, max(0, at - 16), at) is not None and not _HOSTS.search(event.text)


# "The ministers welcomed the entry into force of the agreement on 1 January 2026": a deed of the
# story's day about a happening the chronology tells (or told) at its own date.
_WELCOMED = re.compile(
    r"\b(?:welcomed|praised|hailed|noted|recalled|commended|appreciated|celebrated|reviewed|discussed)\s+"
    r"(?:with\s+satisfaction\s+)?the\s+(?:successful\s+)?(?P<what>entry\s+into\s+force|signing|ratification|opening|"
    r"launch|adoption|completion|conclusion|results?|outcomes?|arrival)\b[^.;]{0,120}$"
)


_WELCOMED_KEYS = keys("welcomed praised hailed noted recalled commended appreciated celebrated reviewed discussed")


def _welcomed(event: Event, reference: dt.date) -> bool:
    if event.start >= reference or not may_hold(event.text, _WELCOMED_KEYS) or " and " in event.label:
        return False
    at = _span_in(event.text, event.expression)[0]
    return _WELCOMED.search(event.text, max(0, at - 160), at) is not None


def _told_on_a_day(event: Event, days: list[Event]) -> bool:
    """Whether a row of a day in a welcomed row's month tells what it welcomed: "welcomed the arrival
    earlier this month of the first Italian breeding heifers" and "A first consignment of 1,150
    pregnant Holstein heifers from Italy arrived at the port of Djen Djen on Tuesday"."""
    at = _span_in(event.text, event.expression)[0]
    found = _WELCOMED.search(event.text, max(0, at - 160), at)
    stem = _WELCOMED_STEMS.get(found.group("what").split()[0].lower()) if found else None
    return stem is not None and any(event.start <= day.start <= event.end and stem in day.text.lower() for day in days)


_WELCOMED_STEMS = {
    "arrival": "arriv",
    "signing": "signed",
    "ratification": "ratif",
    "opening": "open",
    "launch": "launch",
}


def _names_a_year(event: Event) -> bool:
    at = _span_in(event.text, event.expression)
    return names_a_thing_s_year(event.text, at) or declared_year(event.text, at)


def _premodifier_year(event: Event, noun: re.Pattern[str] | None = None) -> bool:
    """A year between "the" and a noun it names (`noun`: the words that may follow)."""
    at, end = _span_in(event.text, event.expression)
    return (
        _A_YEAR.fullmatch(event.expression) is not None
        and _THE_BEFORE.search(event.text, max(0, at - 8), at) is not None
        and (noun or _NOUN_NEXT).match(event.text, end) is not None
    )


def _year_of_a_named_text(event: Event) -> bool:
    """A year between "the" and a capitalised name: "the 1975 Statute", "the 2014 Mining Code"."""
    return _premodifier_year(event, _CAPITALISED_NEXT)


_CAPITALISED_NEXT = re.compile(r"\s+[A-Z][a-z]")
_NOUN_NEXT = re.compile(
    r"\s+(?!(?:and|or|to|through|until|till|when|after|before|onwards)\b)[A-Za-z][\w-]+(?:\s+[A-Za-z]|[.,;:]|$)"
)


# "has postponed the launch ... from 10 December to 15 January 2027": a date moved, not a span of days
_MOVED = re.compile(
    r"(?i)\b(?:postponed|moved|rescheduled|pushed\s+back|brought\s+forward|delayed|deferred|put\s+(?:off|back)|"
    r"shifted|changed)\b[^.;,]{0,80}$"
)
_RANGE_TO = re.compile(r"\s+(?:to|until|till)\s+|\s*[-–—]\s*")


def _moved_ranges(text: str, spans: list[DateSpan]) -> list[DateSpan]:
    """`spans` with a range "from A to B" that a verb of moving governs as its new date B alone."""
    out = []
    for span in spans:
        if (
            span.precision == "range"
            and span.expression[:5].lower() == "from "
            and _MOVED.search(text, max(0, span.offset - 100), span.offset)
        ):
            cut = list(_RANGE_TO.finditer(span.expression))
            # (read with the range's end as the date of writing, so a day without a year is that one)
            moved_to = find_dates(span.expression[cut[-1].end() :], span.end) if cut else []
            if len(moved_to) == 1:
                out.append(replace(moved_to[0], offset=span.offset + cut[-1].end() + moved_to[0].offset))
                continue
        out.append(span)
    return out


def group_clauses(events: list[Event]) -> list[Event]:
    """One event per clause: the dates one clause names become one event (extract_events order).

    "The Emir visited Kazakhstan in 1999, 2008 and 2011." is one happening stated once, so one
    row labelled "1999, 2008 and 2011", dated by its first date.  A date the clause names only
    as a bound or a comparison ("for the first quarter of 2023 ... compared with 2022") is left
    out of the label.
    """
    groups: dict[tuple, list[Event]] = {}
    for event in events:
        groups.setdefault((event.sources, event.text, event.sentence), []).append(event)
    out = []
    for group in groups.values():
        if len(group) > 1:
            # "The 2021 census was carried out in March 2021": the year names the census, not a time.
            # "that declared 2025 the International Year of ...": a year the clause names, not a time.
            group = [e for e in group if not _names_a_year(e)] or group
            # "was created by the 1982 agreement but met for the first time only in 2009, again in 2016
            # ...": a year that names a thing beside the clause's own dates is no date of its deeds.
            group = _without_the_day_told(group)
            # "set next year's cod quota in Murmansk on 14 July": a date in the possessive names a thing
            group = [
                e for e in group if not e.text.startswith(("'s", "’s"), _span_in(e.text, e.expression)[1])
            ] or group
            # (only when it comes first, where it would date the row)
            first = min(group, key=lambda e: _span_in(e.text, e.expression)[0])
            if len(group) > 1 and _premodifier_year(first):
                group = [e for e in group if e is not first]
            # "ruled on 20 April 2010 that Uruguay had breached its obligations under the 1975 Statute of
            # the River Uruguay": a year naming a text after the clause's own date is no date of its deed
            group = [e for e in group if e is first or not _year_of_a_named_text(e)] or group
            # "In 2022 the two presidents co-chaired the sixth meeting of the Council, established in 2011": the
            # body's founding recalled, no date of the clause's deed
            group = [
                e
                for e in group
                if e is first or not _FOUNDED_AFTER_ITS_NAME.search(e.text[: _span_in(e.text, e.expression)[0]][-40:])
            ] or group
            # "the first consignment under the protocol signed on 28 September is expected next month":
            # the date of a text named in passing, beside the plan the clause states.
            if sounds_future(group[0].text):
                group = [
                    e for e in group if not _SIGNED_TEXT.search(e.text, 0, _span_in(e.text, e.expression)[0])
                ] or group
        if len(group) == 1:
            out.append(_relative_deed(_dated_by_which(group[0])))
            continue
        group.sort(key=lambda e: _span_in(e.text, e.expression)[0])
        relative = _dating_relative(group[0].text, [_span_in(e.text, e.expression)[0] for e in group])
        if relative:
            # "A agreed in 2024 to hold consultations, the first of which took place in March 2025":
            # the relative clause states a happening of its own, shown with the sentence that
            # resolves its "which"; the main clause keeps the dates before it.
            main_dates = [e for e in group if _span_in(e.text, e.expression)[0] < relative.start()]
            later = [e for e in group if e not in main_dates]
            if not main_dates and appositive_rows(group[0].text, [_span_in(e.text, e.expression) for e in group]):
                # "The Committee, which last met in 2023, is to hold its next session in March 2027":
                # the main clause after the relative one has its own date (see appositive_rows).
                out.extend(_one_row(group))
                continue
            if all(any(m.start <= e.start and e.end <= m.end for m in main_dates) for e in later):
                if relative.group().rstrip().endswith("when") and all(
                    (e.start, e.end) != (m.start, m.end) for e in later for m in main_dates
                ):
                    # "The decisive step came in 2023, when the President ... paid a visit on 13 and 14 June
                    # 2023": the when-clause tells what the year was of, on its own finer date
                    out.extend(_one_row(later))
                    continue
                out.extend(_one_row(group))  # "in 2019 ..., which opened in June 2019": one happening
                continue
            if main_dates and all(_within_a_spell(m, later) for m in main_dates):
                out.extend(_one_row(group))  # "returned on Thursday after a visit from 14 to 16 April"
                continue
            text = group[0].text
            if main_dates and all(
                _term_only(e, before := text[: _span_in(text, e.expression)[0]]) or _is_baseline(before) for e in later
            ):
                # "met the chairman, who confirmed a framework of loans for 2026–2029": a term, no
                # happening of the clause's own; the sentence is one row of the main clause's date.
                # So is a figure's baseline ("which now stands at US$4.3 million instead of the US$3.9
                # million published in August").
                out.extend(_one_row(group))
                continue
            if (
                main_dates
                and _VERBLESS_AFTER.match(relative.group())
                and all(text.endswith(" of ", 0, _span_in(text, e.expression)[0]) for e in later)
                and not _has_verb(text[relative.end() : _stop_of(text, relative.end())], opening=False)
            ):
                # "was signed on 26 April 1994, after difficult negotiations over references to the events
                # of 1920": a phrase after "after" names things of their years, not a deed of that date
                # (unlike "following a phone call with her counterpart on 15 September")
                out.extend(_one_row(main_dates))
                continue
            stop = _end_of_relative(text, relative, [_span_in(text, e.expression) for e in later])
            after = [e for e in later if stop and _span_in(text, e.expression)[0] > stop.start()]
            if stop is not None and after and not main_dates and _PLAN.search(text, relative.end(), stop.start()):
                # "The Commission, which was set to meet in June, was postponed to February": one plan,
                # standing where the main clause puts it now.
                # (not the day it was told: "..., the Ministry said on Wednesday")
                now = [e for e in after if not _REPORTED_ON.search(text[: _span_in(text, e.expression)[0]][-160:])]
                planned = [e for e in later if e not in after]
                if planned and WONT_TAKE_PLACE.search(text, stop.start()):
                    # "..., which had been set for 20 and 21 October, will not take place this week": called
                    # off, it stands where it was to be
                    now = planned
                out.append(_labelled(now or after, text))
                continue
            if stop is not None and after and not main_dates and _WHICH.fullmatch(relative.group()):
                # "The agreement, which Congress ratified last year, came into force in January": the
                # main clause goes on after the relative one with a date of its own.
                main_text = text[: relative.start()] + text[stop.start() :].lstrip(",")
                out.extend(_one_row([_with_text(e, main_text) for e in after]))
                later = [e for e in later if e not in after]
            if (
                main_dates
                and _GATHERING_RUNS.match(text, relative.end())
                and all(any(e.start <= m.end and m.start <= e.end for m in main_dates) for e in later)
            ):
                # "In November Oman will be the guest of honour at the Guadalajara International Book Fair,
                # which runs from 28 November to 6 December": one happening, on the days of its run
                out.extend(_one_row([_with_text(e, text) for e in later]))
                continue
            span = _A_SPAN_BEFORE.search(text, 0, relative.start())
            if main_dates:
                # ("..., three years after China pledged funds ...": without the span, which measures the gap)
                main_text = text[: span.start() if span else relative.start()].rstrip(" ,;") + _final(text)
                if span is None and stop is not None and _GOES_ON.match(text, stop.end()):
                    # "agreed that the fifth session ..., which had been scheduled for 10 March, would be
                    # held later in the year": the main clause goes on after the relative one (with its
                    # own words and dates)
                    main_text = f"{text[: relative.start()].rstrip(' ,;')} {text[stop.end() :].strip()}"
                    # (and a plan the relative clause recalls, "which had been scheduled for 10 March", is
                    # what the main clause now tells otherwise: no row of its own)
                    recalls_a_plan = _PLAN.search(text, relative.end(), stop.start()) is not None
                    later = [] if recalls_a_plan else [e for e in later if e not in after]
                out.extend(_one_row([_with_text(e, main_text) for e in main_dates]))
                if not later:
                    continue
            told = _told_by_which(text, relative, later)
            if not told and span is not None:
                # "China pledged funds for the Kathmandu ring road in 2014."
                deed = text[relative.end() :].strip().rstrip(".!?…")
                told = deed[0].upper() + deed[1:] + (_final(text) or ".")
            if told:  # "..., which was signed in June" tells what was signed
                later = [_with_text(e, told) for e in later]
            out.extend(_one_row(later))
            continue
        main_dates = _before_a_restrictive_relative(group)
        if main_dates:
            out.extend(_one_row(main_dates))
            continue
        split = _participle_and_main(group) or _signed_in_passing(group) or _now_and_next(group)
        if split:
            out.extend(split)
            continue
        frame = _UNDER_A_DEED.match(group[0].text)
        if frame is not None:
            # "Under a codeshare agreement concluded with Air France last month, passengers will be able to
            # travel ... from 29 March next year": the deed the frame names, and the main clause's own.
            framed = [e for e in group if _span_in(e.text, e.expression)[1] <= frame.end()]
            rest = [e for e in group if e not in framed]
            if framed and rest:
                text = group[0].text
                thing = frame.group(1)
                out.extend(_one_row([_with_text(e, f"{thing[0].upper()}{thing[1:]}.") for e in framed]))
                main = text[frame.end() :]
                out.extend(_one_row([_with_text(e, main[0].upper() + main[1:]) for e in rest]))
                continue
        out.extend(_one_row(group))
    return out


_SIGNED_TEXT = re.compile(
    r"\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,4}?(?:agreements?|protocols?|memorand(?:um|a)|treat(?:y|ies)|accords?|"
    r"contracts?|deals?|declarations?|conventions?)\s+(?:signed|concluded|adopted|ratified)\s+(?:on|in)\s+$"
)
_UNDER_A_DEED = re.compile(
    r"(?:Under|Following)\s+((?:a|an|the)\s+[^,;]{3,120}?\b(?:signed|concluded|agreed|adopted|reached)\b[^,;]{0,80}),\s+"
)


# A restrictive relative clause telling a past deed of the thing it follows: "laid a wreath at the
# memorial to the Cuban workers who died in Grenada in October 1983".
_RESTRICTIVE_DEED = re.compile(
    # (of people only: "the treaty signed in 1994 that entered into force in 1996" tells the treaty's two deeds)
    r"\swho\s+(?:had\s+|have\s+|has\s+)?(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|died|fell|fought|built|won|"
    r"took|began|came|went|made|gave|sent|wrote|led|lost)\s[^,;:]*$"
)


def _before_a_restrictive_relative(group: list[Event]) -> list[Event]:
    """The dates of a clause's own deed when its later dates lie in a restrictive relative clause
    that tells a past deed of a thing it names (see _RESTRICTIVE_DEED): that deed is recalled in
    passing, not told (its own sentence, if any, tells it).  Empty otherwise."""
    text = group[0].text
    at = [_span_in(text, e.expression) for e in group]
    first_end = at[0][1]
    for k in range(1, len(group)):
        if at[k][0] <= first_end:
            continue
        if _RESTRICTIVE_DEED.search(text, first_end, at[k][0]) is None:
            continue
        if all(_RESTRICTIVE_DEED.search(text, first_end, a[0]) is not None for a in at[k:]):
            return group[:k]
        return []
    return []


def _dating_relative(text: str, dates_at: list[int]) -> re.Match[str] | None:
    """The first relative or adverbial clause of `text` that holds one of the dates at `dates_at`,
    or None.  It ends at the next comma: "grew to USD 690 million in 2022, when prices were high,
    and then fell to USD 610 million in 2023" dates the fall in the main clause, not in "when ...".
    "before falling to ..." goes on with the main clause's subject, so is no clause of its own."""
    for relative in _RELATIVE.finditer(text):
        if _GERUND.match(text, relative.end()):
            continue
        end = _stop_of(text, relative.end())
        if any(relative.start() < at < end for at in dates_at):
            return relative
    return None


_GERUND = re.compile(r"[a-z]+ing\b")
_VERBLESS_AFTER = re.compile(r"\s(?:after|before|following)\s")


def _stop_of(text: str, start: int) -> int:
    """Where the words of a clause or phrase starting at `start` end: the next clause stop, else the text's end."""
    stop = CLAUSE_STOP.search(text, start)
    return stop.start() if stop else len(text)


_A_SPAN_BEFORE = re.compile(r",\s+(?:[\w-]+\s+)?(?:years?|months?|weeks?|days?)$")


# A non-restrictive relative clause (", which ...", ", the first of which ...", ", where ..."), or
# an adverbial one that dates another happening ("arrived on 12 May after Australia granted
# market access in January"); "after 2015" (a trend) and "before the end of 2027" are not.
_RELATIVE = re.compile(
    r",\s+(?:(?:the\s+)?(?:\w+\s+){1,2}of\s+)?(?:which|whom|who|where)\s"
    # ("put off until after the elections of 12 April 2026": a bound, no clause)
    # (with its adverb: "in September 2016, shortly after the summit held in July 2016")
    r"|(?<!years)(?<!months)(?<!weeks)(?<!days)(?<!until)(?<!till)(?:,?\s(?:shortly|soon|just|immediately|long|well))?"
    r"\s(?:after|before|when|once|following)\s+(?!the\s+end\b)"
    r"(?=(?:the\s+|a\s+|an\s+)?[A-Za-z])"
    # "three years after China pledged funds for the ring road in 2014": a deed of its own subject, not
    # a span measured from a date ("four years after the opening in 2021")
    r"|(?:(?<=years)|(?<=months)|(?<=weeks)|(?<=days))\s(?:after|before)\s+(?=(?:the\s+)?(?!(?:it|they|this|that|these|those)\b)[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,4}?\s+(?:had\s+)?"
    r"(?!(?:[a-z]+ed\s+(?:in|on)\b))[a-z]{3,}ed\s)"
)


def _dated_by_which(event: Event) -> Event:
    """An event whose only date is in a ", which" clause, told of what the clause is about.

    "The Emperor visited the Mongolia Japan Hospital, which was built with a Japanese grant and
    opened in 2019." dates the hospital's opening, not the visit: its row is "The Mongolia Japan
    Hospital was built with a Japanese grant and opened in 2019." (the visit is a further deed of
    its story, see `_main_clause`)."""
    relative = _which_dates_another(event.text) or _subject_s_which(event.text)
    if relative is None:
        at = _span_in(event.text, event.expression)
        told = (
            _subject_s_participle(event.text, at)
            or _object_s_participle(event.text, at)
            or _only_the_text_signed(event.text, at)
            or _since_deed(event.text, at)
        )
        return _with_text(event, told) if told else event
    at = _span_in(event.text, event.expression)
    if at[0] < relative.end():
        return event
    stop = _end_of_relative(event.text, relative, [at])
    if stop is not None and stop.end() <= at[0] and " that " not in event.text[relative.end() : stop.start()]:
        # the clause closes before the date, which is the main clause's: "The 200-bed hospital built by
        # Türkiye in the capital, which bears his name, opened in January 2015." (not a clause that goes on
        # to report: ", who noted that the Chamber, founded by exporters in 2011, had met ...")
        return event
    told = _told_by_which(event.text, relative, [event])
    return _with_text(event, told) if told else event


# "Since President Mirziyoyev launched economic reforms in 2016, however, the relationship has revived.":
# the deed that opens a period, and a state of things since then.
_SINCE_DEED = re.compile(r"Since\s+(?P<deed>[^,;]{8,160}?)\s*,\s+(?:however,\s+|though,\s+)?(?P<main>[^;]+)$")
_RELATION_SUBJECT = re.compile(
    r"(?:[\w'’–-]+\s+){0,3}?(?:relationship|relations|ties|cooperation|partnership|dialogue|contacts)\s+(?:has|have)\b"
)
_PERFECT_STATE = re.compile(r"(?:[\w'’–-]+\s+){1,8}?(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|own|wn)\b")


def _since_deed(text: str, at: tuple[int, int]) -> str | None:
    """The deed a "Since ..." clause dates, when what follows is a state of things since it."""
    if not text.startswith("Since ") or (found := _SINCE_DEED.match(text)) is None or at[1] > found.end("deed"):
        return None
    deed, main = found.group("deed"), found.group("main")
    if (
        not has_action_verb(deed)
        or not _PERFECT_STATE.match(main)
        or has_date_words(main)
        # (the relation's state, not a deed the period brought: "Chilean wine has entered India duty-free")
        or not (_RELATION_SUBJECT.match(main) or is_trend(main))
    ):
        return None
    return f"{deed[0].upper()}{deed[1:]}."


def _subject_s_which(text: str) -> re.Match[str] | None:
    """The ", which" (or ", who") right after the clause's subject when what the clause goes on to say is a state:
    "Gwadar, which Oman transferred to Pakistan in 1958, is now linked to Muscat by a direct flight"
    tells the transfer, "Movitel, which began commercial operations in May 2012, has about 9 million
    subscribers" the start."""
    relative = _WHICH.search(text)
    if relative is None:
        return None
    subject = text[: relative.start()]
    stop = CLAUSE_STOP.search(text, relative.end())
    if stop is None or len(subject.split()) > 8 or not subject[:1].isupper() or has_action_verb(subject):
        return None
    rest = text[stop.end() :]
    return None if has_action_verb(rest) or sounds_future(rest) else relative


# "The new Consulate General of Panama in Rotterdam, inaugurated by the President on Wednesday, will
# serve ...": a participle phrase set off after the subject.
_SUBJECT_PARTICIPLE = re.compile(
    rf"(?P<thing>(?:The|This|Its|Their|[A-Z])[^,;]{{2,80}}?),\s+(?P<deed>{PARTICIPLE}\b[^,;]*),\s+"
)


def _participle_and_main(group: list[Event]) -> list[Event]:
    """Two rows for a clause whose subject's participle phrase and main clause each have a date:
    "The friendship group of the Congress, re-established in 2024, sent a delegation to Taipei in
    April 2025." gives "The friendship group of the Congress, re-established in 2024." and "The
    friendship group of the Congress sent a delegation to Taipei in April 2025."; [] otherwise."""
    text = group[0].text
    found = _SUBJECT_PARTICIPLE.match(text)
    if found is None:
        return []
    verb = found.group("deed").split(None, 1)[0]
    thing = found.group("thing")
    if verb in STATIVE_PARTICIPLES or has_action_verb(thing) or _HOLDER_OF.match(thing):
        return []
    at = {id(e): _span_in(text, e.expression) for e in group}
    framed = [e for e in group if found.start("deed") <= at[id(e)][0] and at[id(e)][1] <= found.end("deed")]
    rest = [e for e in group if at[id(e)][0] >= found.end()]
    if len(framed) + len(rest) != len(group):
        return []
    # "The agreement, signed in Canberra in March 2025, replaces the one in force since 2004": a
    # bound is no date of a deed, on either side.
    framed, rest = ([e for e in side if not _bound_or_baseline(text[: at[id(e)][0]])] for side in (framed, rest))
    after = text[found.end() :]
    if not framed or not rest or not states_event(after):
        return []
    if sounds_future(after):
        return []  # (a plan after the participle: its rows come from `_one_row`, which reads the plan)
    told = f"{thing[0].upper()}{thing[1:]}, {found.group('deed')}{_final(text) or '.'}"
    return _one_row([_with_text(e, told) for e in framed]) + _one_row([_with_text(e, f"{thing} {after}") for e in rest])


def _now_and_next(group: list[Event]) -> list[Event]:
    """Two rows for a clause whose subject does one thing at one date and will do another at a
    later one: "The President is opening a business forum in Auckland today and will fly to
    Wellington for talks on Tuesday." gives "The President is opening a business forum in Auckland
    today." and "The President will fly to Wellington for talks on Tuesday."; [] otherwise."""
    text = group[0].text
    if " and will " not in text or len(group) < 2:
        return []
    cut = text.index(" and will ")
    first = text[:cut]
    verb = _FIRST_VERB.search(first)
    if verb is None or text.find(" and will ", cut + 1) >= 0:
        return []
    subject = first[: verb.start()].strip()
    if not subject[:1].isupper() or "," in subject or len(subject.split()) > SUBJECT_WORDS:
        return []
    at = {id(e): _span_in(text, e.expression) for e in group}
    now = [e for e in group if at[id(e)][1] <= cut]
    later = [e for e in group if at[id(e)][0] > cut]
    if not now or not later or len(now) + len(later) != len(group):
        return []
    final = _final(text) or "."
    second = f"{subject} {text[cut + len(' and ') :]}"
    return _one_row([_with_text(e, first + final) for e in now]) + _one_row([_with_text(e, second) for e in later])


_FIRST_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had)\b|\b[a-z]{3,}ed\b")
SUBJECT_WORDS = 10


# "the first consignment imported under the veterinary protocol Uganda and Denmark signed in Kampala
# in April", "under the protocol that the two governments signed": a text named in passing, with the
# deed that made it and that deed's own date.
_TEXT_SIGNED = re.compile(
    r"\b(?:under|of|with|by|to)\s+(?P<thing>(?:the|its|their)\s+"
    r"(?:(?!(?:under|of|with|by|to|for|in|on|at)\s)[\w-]+\s+){0,4}?"  # (not "the fruit under the protocol")
    r"(?:agreements?|protocols?|memorand(?:um|a)|treat(?:y|ies)|accords?|contracts?|conventions?|deals?|"
    # (a rule made: "under the transit procedure adopted by the Guyana Revenue Authority in October")
    r"procedures?|regimes?|regulations?|rules|frameworks?|mechanisms?|arrangements?))\s+"
    r"(?P<deed>(?:(?:that|which)\s+)?(?:(?:the|both)\s+(?:two\s+)?[a-z]+\s+|[A-Z][\w'’-]*\s+(?:and\s+[A-Z][\w'’-]*\s+)?)?"
    r"(?:signed|concluded|ratified|initialled|adopted|approved|introduced|established)\b[^,;]*)"
)


_A_TEXT_NOUN = re.compile(
    r"agreement|protocol|memorand|treat|accord|contract|convention|deal|procedure|regime|regulation|rules|framework"
    r"|mechanism|arrangement"
)


def _text_signed(text: str, end: int | None = None) -> re.Match[str] | None:
    """Where `text` (up to `end`) names a text by its signing ("under the protocol the two ministries
    signed in April"), or None; the cue words first, since most clauses name none."""
    if not ("sign" in text or "conclu" in text or "ratif" in text) and not (
        ("adopt" in text or "approv" in text or "introduc" in text or "establish" in text) and _A_TEXT_NOUN.search(text)
    ):
        return None
    return _TEXT_SIGNED.search(text, 0, len(text) if end is None else end)


def _told_signed(found: re.Match[str], deed: str, text: str) -> str:
    """The row of a text named by its signing: "The veterinary protocol Uganda and Denmark signed in April."."""
    deed = deed.split(None, 1)[1] if deed.startswith(("that ", "which ")) else deed
    return f"The {found.group('thing').split(None, 1)[1]} {deed}".rstrip(" .!?…") + (_final(text) or ".")


_COPULA = re.compile(r"\b(?:is|are|was|were)\b")
_FINITE_BEFORE_DATE = re.compile(r"\b(?:is|are|was|were|will|has|have|had|would)\b")


def _only_the_text_signed(text: str, at: tuple[int, int]) -> str:
    """The row of a clause whose only date is a signing of a text it names in passing and whose own
    verb tells nothing done ("The consignment is the first under the phytosanitary protocol signed
    by the two ministries in Tokyo in July." gives "The phytosanitary protocol signed by the two
    ministries in Tokyo in July."), or ''."""
    found = _text_signed(text, at[0])
    if found is None or found.start("deed") > at[0]:
        return ""
    before = text[: found.start()]
    # (a main clause that states what a thing is: "The consignment is the first under ...")
    if _PAST_VERB.search(before) or sounds_future(before) or has_action_verb(before) or not _COPULA.search(before):
        return ""
    if _FINITE_BEFORE_DATE.search(text, found.end("thing"), at[0]):
        return ""  # "... under the protocol signed on 28 September is expected next month": the plan's date
    return _told_signed(found, text[found.start("deed") : _stop_of(text, at[1])].strip(), text)


def _signed_in_passing(group: list[Event]) -> list[Event]:
    """Two rows for a clause whose main happening has a date and names a text signed at a date of its
    own: "A chartered aircraft ... landed at Entebbe on Tuesday, the first consignment imported under
    the veterinary protocol Uganda and Denmark signed in Kampala in April." gives the landing's row
    and "The veterinary protocol Uganda and Denmark signed in Kampala in April."; [] otherwise."""
    text = group[0].text
    found = _text_signed(text)
    if found is None:
        return []
    at = {id(e): _span_in(text, e.expression) for e in group}
    signed = [e for e in group if found.start("deed") <= at[id(e)][0] and at[id(e)][1] <= found.end("deed")]
    main = [e for e in group if at[id(e)][1] <= found.start()]
    if not signed or not main or len(signed) + len(main) != len(group) or sounds_future(text[: found.start()]):
        return []
    told = _told_signed(found, found.group("deed"), text)
    return _one_row(main) + _one_row([_with_text(e, told) for e in signed])


def _subject_s_participle(text: str, at: tuple[int, int]) -> str:
    """The row of a clause whose only date is in a participle phrase after its subject and whose own
    verb tells no happening: "The new Consulate General ..., inaugurated by the President on
    Wednesday, will serve the crews of ..." gives "The new Consulate General ... inaugurated by the
    President on Wednesday.", or ''."""
    found = _SUBJECT_PARTICIPLE.match(text)
    if found is None or not (found.start("deed") < at[0] and at[1] <= found.end("deed")):
        return ""
    verb = found.group("deed").split(None, 1)[0]
    rest = text[found.end() :]
    if (
        verb in STATIVE_PARTICIPLES
        or has_action_verb(found.group("thing"))
        # ("The agreement, signed in Moscow in November ..., was backed by 87 deputies": the vote is undated,
        # November the signing's)
        or (states_event(rest) and _VOTED_ON.match(rest) is None)
    ):
        return ""
    # "The President of the Angola–Portugal Chamber of Commerce, founded in 1988, said ...": the chamber's
    # ("He said the treaty, signed in Beijing on 22 May 2025, would help ...": the treaty, not who spoke)
    thing = _HOLDER_OF.sub("", _REPORTING_FRAME.sub("", found.group("thing")))
    return f"{thing[0].upper()}{thing[1:]}, {found.group('deed')}{_final(text) or '.'}"


_VOTED_ON = re.compile(
    r"(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:backed|approved|ratified|endorsed|adopted|passed|supported|"
    r"rejected|welcomed|hailed|criticised|criticized)\s+by\b"
)


_REPORTING_FRAME = re.compile(
    # ("The Polish Investment and Trade Agency said the plant, opened in 2018, is ...": a body's name)
    r"^(?:He|She|They|We|I|(?:The\s+)?[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|and|of|for|the)){0,7}?)\s+(?:also\s+)?"
    r"(?:said|says|noted|notes|stressed|added|recalled|explained|argued|told\s+\w+)\s+(?:that\s+)?(?=\w)"
)


# "I beg to move that this House resolves to ratify the Agreement ..., signed at Kamuzu Palace on 16
# March 2026 during the State Visit.": a participle phrase that ends the sentence after its object.
_LAST_PARTICIPLE = re.compile(rf",\s+(?P<deed>{PARTICIPLE}\b[^,;]*?)[.!?]?\s*$")


_DETERMINED = re.compile(r"(?:the|a|an|its|their|this|these)\s", re.IGNORECASE)


def _object_s_participle(text: str, at: tuple[int, int]) -> str:
    """The row of a sentence whose only date is in a participle phrase ending it and whose main
    clause tells nothing done (no verb in the past: a motion, a wish, a present): the phrase's
    deed of the noun phrase before it ("The Agreement ... signed at Kamuzu Palace on 16 March
    2026 during the State Visit."), or ''."""
    found = _LAST_PARTICIPLE.search(text)
    if found is None or at[0] < found.start("deed") or found.group("deed").split(None, 1)[0] in STATIVE_PARTICIPLES:
        return ""
    before = text[: found.start()]
    if _PAST_VERB.search(before) or sounds_future(before):
        return ""
    thing = antecedent(text, found.start())
    if thing is None or _DETERMINED.match(thing) is None or not has_action_verb(before[: before.rfind(thing)]):
        return ""  # (no verb before the phrase: "OCP Africa, the ... group, opened an office" is the subject's deed)
    thing = definite(thing)
    return f"{thing[0].upper()}{thing[1:]}, {found.group('deed')}{_final(text) or '.'}"


_HOLDER_OF = re.compile(
    r"^(?:The|A)\s+(?:[A-Z][\w-]*\s+){0,2}?(?:President|Chairman|Chairwoman|Chair|Director|Head|Secretary|Minister|"
    r"Governor|Ambassador|Rector|Dean|Mayor|CEO|Founder)\s+of\s+(?=(?:the\s+)?[A-Z])"
)


def _main_clause(sentence: str) -> str:
    """A sentence without its ", which" clause when only that clause names a date, or ''.  A
    clause telling what the thing will do ("signed an agreement, which takes effect on 1 January
    2027") leaves the signing to the story's day too."""
    relative = _which_dates_another(sentence) or _which_plans(sentence)
    if relative is None:
        return ""
    main = sentence[: relative.start()].rstrip(" ,;")
    stop = CLAUSE_STOP.search(sentence, relative.end())
    if stop is not None and _GOES_ON.match(sentence, stop.end()):
        # "the fourth meeting ..., which had been planned for Bishkek this month, will be postponed to
        # March next year": the relative clause sat inside the main one, which goes on after it with
        # a date of its own (any date, "next year" too: a day of writing that only serves to find it)
        rest = sentence[stop.end() :].strip()
        if find_dates(rest, _SOME_DAY):
            return ""
        main = f"{main} {rest.rstrip('.!?…')}"
    # (a term the main clause names, "a work programme for 2027–2028", is no date of its own)
    if any(not _bound_or_baseline(main[: span.offset]) for span in find_dates(main)):
        return ""
    return main + (_final(sentence) or ".")


_SOME_DAY = dt.date(2000, 6, 15)
# (a past verb too: "Daeho Precision, which approved a plant in July, signed a USD 38 million contract")
_GOES_ON = re.compile(
    r"\s*(?:will|would|shall|is|are|was|were|has|have|had|can|could|may|must|"
    r"(?:also\s+)?(?:[a-z]{3,}ed|took|made|won|paid|held|sent|gave|sold|built|began|set|led|met|brought))\b"
)


def _which_dates_another(text: str) -> re.Match[str] | None:
    """The ", which" of a clause that tells a past happening of a thing the main clause names in
    passing, or None.  Not when the main clause is no clause ("During the round, which opened on
    27 July, ..."), the thing is the deed's setting ("signed deals at the forum, which ended on
    Friday": the forum's date is the deed's) or the clause tells a plan."""
    relative = _WHICH.search(text)
    if relative is None:
        return None
    if _QUOTE_SAID.search(text, 0, relative.start()):
        # '"We want legal routes," said the Minister, who is expected in Madrid in December': the
        # speaker's trip is the clause's happening, the quotation none.
        return relative if _speaker(text, relative.start()) else None
    if not has_action_verb(text[: relative.start()]):
        if not _subject_goes_on(text, relative):
            return None
        # (the clause tells a past deed of the sentence's subject: its date is not the main verb's)
        return None if sounds_future(text[relative.end() :]) else relative
    thing = antecedent(text, relative.start())
    if thing is None or _SETTING_BEFORE.search(text, 0, text.rfind(thing, 0, relative.start())):
        return None
    return None if sounds_future(text[relative.end() :]) else relative


def _subject_goes_on(text: str, relative: re.Match[str]) -> bool:
    """Whether a ", which" clause sits inside the subject and the main clause's verb comes after it
    ("Among them, Daeho Precision, which approved a plant in July, signed a USD 38 million contract"),
    not after a setting ("During the round, which opened on 27 July, ...")."""
    if _SETTING_OPENS.match(text):
        return False
    stop = CLAUSE_STOP.search(text, relative.end())
    return (
        stop is not None
        and _GOES_ON.match(text, stop.end()) is not None
        # (only the clause names a date: "The first stage, which included a quay, was finished in August 2022")
        and bool(find_dates(text[relative.end() : stop.start()], _SOME_DAY))
        and not find_dates(text[stop.end() :], _SOME_DAY)
    )


_SETTING_OPENS = re.compile(r"(?:During|At|In|On|After|Before|Under|For|With|Since|Throughout|Following)\b")


def _which_plans(text: str) -> re.Match[str] | None:
    """The ", which" of a clause telling what a thing the main clause names will do, or None
    (", whose first 20 students will enrol in August 2027" and "under which Italy will supply ..." too)."""
    relative = _WHICH_OR_WHOSE.search(text) or (
        _UNDER_WHICH.search(text) if "which" in text or "whereby" in text else None
    )
    if relative is None or not has_action_verb(text[: relative.start()]) or not sounds_future(text[relative.end() :]):
        return None
    return relative


_QUOTE_SAID = re.compile(r"[,.!?][\"”’]\s+(?:said|says|told|added)\s")


def _speaker(text: str, end: int) -> str | None:
    """Who said the quotation before text[end:] ('"...," said Yassine Fall, Minister of ...')."""
    said = None
    for said in _QUOTE_SAID.finditer(text, 0, end):
        pass
    if said is None:
        return None
    speaker = text[said.end() : end].strip(" ,")
    if not speaker[:1].isupper() or len(speaker.split()) > 12:
        return None
    return speaker + "," if "," in speaker else speaker  # "Yassine Fall, the Minister, is expected ..."


# (or the gathering the deed is taking part in: "took part in the Monaco Yacht Show, which closed on Saturday")
_SETTING_BEFORE = re.compile(
    r"\b(?:at|during|on\s+the\s+sidelines\s+of|(?:took|take|takes|taking)\s+part\s+in|participated\s+in|attended|"
    r"exhibited\s+at)\s+$"
)


def _told_by_which(text: str, relative: re.Match[str], dated: list[Event]) -> str:
    """What a ", which" or ", who" clause tells of the noun phrase before it, as a sentence, or ''.

    "... concurred in the ratification of the Agreement on Defence Cooperation, which was signed
    in Warsaw in June." gives "The Agreement on Defence Cooperation was signed in Warsaw in June.";
    "President Lourenço, who visited Portugal in 2018 and 2021, accepted ..." gives "President
    Lourenço visited Portugal in 2018 and 2021."  The clause ends at the first comma after its
    dates (`dated`)."""
    if not _WHICH.fullmatch(relative.group()):
        return ""
    thing = _speaker(text, relative.start()) or antecedent(text, before_passing(text, relative.start()))
    if thing is None:
        return ""
    last = max(_span_in(text, e.expression)[1] for e in dated)
    told = text[relative.end() : _stop_of(text, last)].strip().rstrip(".!?…")
    gathering = _NAMED_GATHERING_LAST.search(thing, 1)
    if gathering is not None and _GATHERING_RUNS.match(told):
        # "the guest of honour at the Guadalajara International Book Fair, which runs from 28 November":
        # the fair runs, not its guest
        thing = gathering.group(1)
    reported = _SAID_THAT.match(told)
    if reported is not None and (passing := _PASSING_DEED.fullmatch(told, reported.end())) is not None:
        # "..., who noted that the Joint Business Council, set up by the two chambers in 2012, had met
        # only nine times": the dated deed is the thing's, told in passing: "The Joint Business
        # Council set up by the two chambers in 2012."
        thing = passing.group("thing")
        return thing[0].upper() + thing[1:] + ", " + passing.group("deed") + (_final(text) or ".")
    if _OWN_SUBJECT.match(told):
        # "the agreement, which Brazil's Congress ratified last year," is the clause's object:
        # "Brazil's Congress ratified the agreement last year."
        verb = _PAST_VERB.search(told)
        if verb is None or _has_verb(thing, opening=False) or has_present_verb(thing):
            # (no noun phrase for an object: "their growth after 2022 owes much to table grapes, which ...")
            return ""
        # ("which Indonesian importers began to buy in volume": the thing is what they began to buy)
        verb = _TO_INFINITIVE.match(told, verb.end()) or verb
        # (a sentence's capital goes: "the agreement", "negotiations on a protocol", not "Guatemala")
        lower = _ARTICLE.match(thing) or (text.startswith(thing) and _COMMON_PLURAL.match(thing))
        told = f"{told[: verb.end()]} {thing[0].lower() + thing[1:] if lower else thing}{told[verb.end() :]}"
        who = _HE_OR_SHE.match(told) and _SPEAKER_FIRST.match(text, 0, relative.start())
        if who:  # "Minister Makame told the House that the agreement, which he signed ...": he is the minister
            told = who.group("who") + told[told.index(" ") :]
        return told[0].upper() + told[1:] + (_final(text) or ".")
    work = _WORK_ON.search(thing) if _COMPLETED.match(told) else None
    if work is not None:
        # "a contract for the design of a nuclear medicine centre in Managua, which is to be commissioned in 2029":
        # the centre is commissioned, not the contract
        thing = work.group("inner")
    # "opened a legation ..., which was raised ...": the one just named, so "The legation ... was raised"
    thing = definite(thing)
    pronoun = _ITS.match(thing)
    owner = _OWNER_FIRST.match(text) if pronoun is not None else None
    if pronoun is not None and owner is not None:
        # ("Orano has explored ... through its subsidiary Nurlikum Mining, which carried out ...": whose it is)
        thing = f"{owner.group(1)}'s {thing[pronoun.end() :]}"
    return thing[0].upper() + thing[1:] + " " + told + (_final(text) or ".")


_ITS = re.compile(r"(?:its|their)\s+")
# A text or a sum for work on a thing ("a contract for the design of a nuclear medicine centre"), and what befalls
# a work when done ("is to be commissioned in 2029")
_WORK_ON = re.compile(
    r"\b(?:for|on)\s+the\s+(?:design|construction|building|supply|financing|development|modernisation|"
    r"modernization|rehabilitation|expansion|upgrading|upgrade|renovation)\s+of\s+(?P<inner>(?:a|an|the)\s.+)$"
)
_COMPLETED = re.compile(
    r"(?:is|are|was|were)\s+(?:to\s+be|due\s+to\s+be|expected\s+to\s+be|scheduled\s+to\s+be|set\s+to\s+be)\s+"
    r"(?:commissioned|completed|opened|built|finished|operational|inaugurated|ready)\b"
    r"|(?:will|should)\s+(?:be\s+)?(?:commissioned|completed|opened|open|built|finished|operational|inaugurated|ready)\b"
)
# (not a place the thing was put: "which the Commission added to the list of ...")
_TO_INFINITIVE = re.compile(
    r"\s+to\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|some|all|each|every|both)\b)[a-z]+"
)
# The sentence's subject, a name, before its verb: "Orano has explored ...", "The Kuwait Fund granted ...".
_OWNER_FIRST = re.compile(
    r"((?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?[A-Z][\w'’&.-]*){0,3})\s+(?:has|have|had|was|were|is|are|[a-z]{3,}ed)\b"
)


_WHICH = re.compile(r",\s+wh(?:ich|o)\s")
_NAMED_GATHERING_LAST = re.compile(
    r"\s(?:at|of|in|during)\s+((?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,6}(?:Fair|Festival|Expo|Exhibition|Show|Forum|Summit|Games|"
    r"Championships?|Tournament|Congress|Conference|Biennale|Week))$"
)
_GATHERING_RUNS = re.compile(r"(?:runs|ran|is\s+held|was\s+held|takes\s+place|took\s+place|opens|opened|closes)\b")
_WHICH_OR_WHOSE = re.compile(r",\s+wh(?:ich|o|ose)\s")
# "signed an agreement under which Italy will supply six patrol vessels ... next year": what the text signed
# provides, told after it
_UNDER_WHICH = re.compile(r",?\s+(?:under|by|through)\s+which\s|,?\s+whereby\s")
# "Negotiations on a phytosanitary protocol ...": a plural common noun capitalised only as the sentence's first word.
_COMMON_PLURAL = re.compile(r"[A-Z][a-z]{2,}s\s+[a-z]")
_SAID_THAT = re.compile(r"(?:noted|said|recalled|pointed\s+out|stressed|added|explained|observed)\s+that\s+")
_PASSING_DEED = re.compile(rf"(?P<thing>(?:the|its|their|a|an)\s[^,;]{{3,80}}),\s+(?P<deed>{PARTICIPLE}\b[^,;]*)")
_PLAN = re.compile(
    # ("which had been planned in Ashgabat for 15 December")
    r"\b(?:set|scheduled|planned|due|expected|slated|intended)\s+(?:in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?"
    r"(?:to|for)\b"
    r"|\b(?:was|were)\s+to\s+(?:have\s+)?(?:be\s+)?[a-z]+"  # "which was to have taken place in Muscat on 14 July"
)


def _end_of_relative(text: str, relative: re.Match[str], dates: list[tuple[int, int]]) -> re.Match[str] | None:
    """The comma or stop that ends a relative clause: not one inside a list of its dates ("who
    visited Portugal in 2018, 2021 and 2024, accepted ...")."""
    at = relative.end()
    while (stop := CLAUSE_STOP.search(text, at)) is not None:
        following = text[stop.end() :].lstrip()
        if not any(start == len(text) - len(following) for start, _ in dates) and not following.startswith("and "):
            return stop
        at = stop.end()
    return None


# A relative clause with a subject of its own: a name, a pronoun or a noun phrase before its verb.
_OWN_SUBJECT = re.compile(r"(?:[A-Z][\w'’-]*|the|a|an|his|her|its|their|our|both|he|she|they|we)\s")
_PAST_VERB = re.compile(rf"\b{_PAST_WORD}\b")
_SIMPLE_PAST = re.compile(rf"(?<!\bhas\s)(?<!\bhave\s)\b{_PAST_WORD}\b")  # not "has followed": what holds now
_ARTICLE = re.compile(r"(?:The|A|An)\s")
_HE_OR_SHE = re.compile(r"(?:he|she)\s")
# A sentence's subject, named, who tells or says (after an opening phrase: "Moving the motion, ...").
_SPEAKER_FIRST = re.compile(
    r"(?:[A-Z][^,;]{0,40},\s+)?(?P<who>(?:[A-Z][\w'’-]*\s+)(?:(?:[A-Z][\w'’-]*|of|for|and|the)\s+){0,10}?[A-Z][\w'’-]*)\s+"
    r"(?:told|said|noted|stated|informed|reminded|assured|explained|recalled)\b"
)


def _final(text: str) -> str:
    stripped = text.rstrip()
    return stripped[-1] if stripped and stripped[-1] in ".!?" else ""


# A speaker's own knowledge of a deed: "We are also aware that the National Archives of Qatar approved
# their strategy last year, said Mustafina." tells the deed, which the row states as such.
_WE_KNOW_THAT = re.compile(
    r"(?:We|I)\s+(?:are|am|were|was)\s+(?:also\s+|well\s+)?(?:aware|pleased|glad|happy|proud|delighted|informed)"
    r"\s+that\s+"
)
# Who said it, after the deed: ", said the curator, Ana Torres." (from its first such comma: each is
# found once, so a long sentence costs one pass), ", Rabuka said."
_SAID_AFTER = re.compile(r",\s+(?:said|says|noted|added)\s")
_NAME_SAID = re.compile(r",\s+[A-Z][^,;]*\s+(?:said|says|added)$")


def _what_we_know(event: Event) -> Event:
    found = _WE_KNOW_THAT.match(event.text)
    if found is None or not event.expression or event.text[-1:] not in ".!":
        return event
    deed = event.text[found.end() : -1]
    said = _SAID_AFTER.search(deed) or _NAME_SAID.search(deed)
    if said is not None:
        deed = deed[: said.start()]
    if not deed or event.expression not in deed or any(q in deed for q in '"“”'):
        return event
    return _with_text(event, deed[0].upper() + deed[1:] + ".")


def _with_text(event: Event, text: str) -> Event:
    return Event(
        event.start,
        event.end,
        event.precision,
        event.label,
        text,
        event.sources,
        expression=event.expression,
        topics=event.topics,
        sentence=event.sentence,
    )


# The day a report was made, before what it tells: "said on Tuesday that ...", "was told on Tuesday that
# ...", "In a statement issued on Sunday, the Department said ...".
_TOLD_ON = re.compile(
    r"\b(?:said|says|announced|reported|stated|confirmed|disclosed|revealed|(?:was|were)\s+told|"
    r"told\s+(?:[\w'’-]+\s+){0,3}?|informed\s+(?:[\w'’-]+\s+){1,3}?)(?:\s*(?:on|last|this))?\s*$"
    r"|\b(?:[Ii]n\s+)?a\s+(?:statement|press\s+release|communiqué|note)\s+(?:issued|released|published)\s+(?:on\s+)?$"
)
_THAT_OR_COMMA = re.compile(r"\s+that\b|,")


def _without_the_day_told(group: list[Event]) -> list[Event]:
    """`group` without the day a report was made when what it tells comes after with dates of its own:
    "announced on Saturday that its waters would reopen to Senegalese pirogues on 15 October"."""
    told_on = [e for e in group if _told_on_that(e)]
    if not told_on or len(told_on) == len(group):
        return group
    last_told = max(_span_in(e.text, e.expression)[0] for e in told_on)
    if any(_span_in(e.text, e.expression)[0] < last_told for e in group if e not in told_on):
        return group
    return [e for e in group if e not in told_on]


def _told_on_that(event: Event) -> bool:
    text = event.text
    if not (
        "said" in text
        or "says" in text
        or "told" in text
        or "announced" in text
        or "reported" in text
        or "stated" in text
        or "confirmed" in text
        or "disclosed" in text
        or "revealed" in text
        or "informed" in text
        or "statement" in text
        or "release" in text
        or "communiqué" in text
        or "note " in text
    ):
        return False
    at, end = _span_in(text, event.expression)
    return (
        _THAT_OR_COMMA.match(event.text, end) is not None
        and _TOLD_ON.search(event.text, max(0, at - 60), at) is not None
    )


# A subject named by what was done to it ("the agreement ... that was signed during the visit") ...
_NAMED_BY_ITS_PAST = re.compile(r"\b(?:that|which)\s+(?:was|were|had\s+been)\s+[a-z]+ed\b[^,;]*$")
# ... and the plan the clause states of it after the date ("... last month will be submitted ... in January").
_THEN_PLANNED = re.compile(r"\s+(?:will|is\s+to|are\s+to|is\s+due\s+to|is\s+expected\s+to)\s+[^,;]*$")


def _one_row(group: list[Event]) -> list[Event]:
    """The dates one clause names as one event, labelled with all of them but bounds."""
    if len(group) == 1:
        return group
    main = [
        e
        for e in group
        if not _bound_or_baseline(before := e.text[: _span_in(e.text, e.expression)[0]]) and not _trend(before)
    ]
    if called_off(first_text := group[0].text):
        # "The visit, planned for 18 March, was postponed, the ministry said on Wednesday": the row
        # stands where the visit was to be, as a chronology of the relation would have shown it.
        kept = [e for e in group if _PLANNED_FOR.search(first_text[: _span_in(e.text, e.expression)[0]][-40:])]
        # ... unless it was put off to a date of its own: there it stands, still to come.
        kept = [e for e in group if _postponed_to(e)] or kept
        main = [e for e in kept if e in main] or kept or main
    if not main:
        # (all bounds: "has signed a contract ..., replacing an agreement that expires at the end of
        # March, the company said on Thursday" is the day it was told, not the day the old one ends)
        main = [e for e in group if not _ITS_TERM_ENDS.search(e.text, 0, _span_in(e.text, e.expression)[0])]
    shown = _without_refined(main or group)
    if len(shown) == 2:
        # "The agreement ... that was signed during the President's visit last month will be submitted to
        # deputies in January": the subject's past, told to name it, is no date of the plan
        at = [_span_in(shown[0].text, e.expression) for e in shown]
        named = _NAMED_BY_ITS_PAST.search(shown[0].text, 0, at[0][0])
        if named is not None and _THEN_PLANNED.match(shown[0].text, at[0][1]):
            shown = shown[1:]
    if any(_short_spell(e) for e in shown):
        # "returned on Wednesday evening from a visit that lasted from 11 to 13 May": the visit's days
        # (but a week told relatively holds the day it names: "will travel to Moscow next week and hold talks ...
        # on 18 March 2027" is the 18th)
        weeks = [e for e in shown if _short_spell(e) and _A_WEEK_TOLD.fullmatch(e.expression)]
        if weeks and any(_within_a_spell(e, weeks) for e in shown):
            shown = [e for e in shown if e not in weeks]
        else:
            shown = [e for e in shown if not _within_a_spell(e, shown)]
    links = None
    if len(shown) > 1:
        at = [_span_in(e.text, e.expression) for e in shown]
        links = appositive_rows(shown[0].text, at)
        if links:
            links = [split for text, indexes in links for split in _deeds_of_row(text, indexes, shown)]
        else:
            links = (
                deed_links(shown[0].text, at)
                or object_relative_rows(shown[0].text, at)
                or with_a_step_rows(shown[0].text, at)
            )
    if links:  # "signed in 2021 and ratified in 2023": a row per deed
        return [_labelled([shown[k] for k in indexes], _without_subordinator(text)) for text, indexes in links]
    if len(shown) == 2 and _CONCLUDING_A_TRIP.search(shown[0].text):
        # "returned to Bishkek on Wednesday morning, concluding the state visit that he began on Sunday":
        # the trip's days
        first, last = sorted(shown, key=lambda e: e.start)
        if first.precision == last.precision == "day" and 0 < (last.start - first.start).days <= TRIP_DAYS:
            return [replace(first, end=last.end, precision="range", label=range_label(first.start, last.end))]
    return [_labelled(shown, shown[0].text)]


def _without_subordinator(text: str) -> str:
    """A leading clause cut from its main one, told as the deed it states: "After Quebec City hosted
    the second summit in 1987, Dakar hosted the third ..." gives "Quebec City hosted the second summit
    in 1987." (not "After Quebec City hosted ...")."""
    found = _LEADING_SUBORDINATOR.match(text)
    if found is None or not _has_verb(text[found.end() :], opening=False):
        return text
    rest = text[found.end() :]
    return rest[0].upper() + rest[1:]


_LEADING_SUBORDINATOR = re.compile(
    r"(?:After|When|Once|Although|Though|While|As\s+soon\s+as)\s+(?=[A-Z]|the\s|a\s|an\s)"
)


TRIP_DAYS = 21
_CONCLUDING_A_TRIP = re.compile(
    r"\b(?:concluding|ending|wrapping\s+up|rounding\s+off|completing)\s+(?:a|an|the|his|her|their|its)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:visit|trip|tour|mission|stay|voyage)\b[^.;]{0,60}?\b(?:that|which)\s+"
    r"(?:he|she|they|it|the\s+\w+)\s+(?:had\s+)?(?:began|begun|started)\b"
)


def _relative_deed(event: Event) -> Event:
    """A clause dated only in its closing relative clause tells that clause's deed: "The shipment is
    the first under the protocol that the Agency and the Ministry signed on 9 June" is a row "The
    Agency and the Ministry signed the protocol on 9 June"."""
    if " that " not in event.text and " which " not in event.text:
        return event
    rows = object_relative_rows(event.text, [_span_in(event.text, event.expression)])
    if not rows or len(rows) != 1:
        return event
    return _with_text(event, rows[0][0])


def _without_refined(group: list[Event]) -> list[Event]:
    """Without a date the next one narrows in apposition ("Earlier this year, in April, ...")."""
    if len(group) < 2:
        return group
    text = group[0].text
    at = [_span_in(text, e.expression) for e in group]
    group = list(group)
    for k in range(len(group) - 1):
        # "Last year, on 3 May, ...": the day without a year is in the year just named
        year, day = group[k], group[k + 1]
        if (
            year.precision == "year"
            and not (year.start <= day.start and day.end <= year.end)
            and not _YEAR_DIGITS.search(day.expression)
            and _IN_APPOSITION.fullmatch(text, at[k][1], at[k + 1][0])
        ):
            group[k + 1] = _in_year(day, year.start.year)
    dropped = {
        k
        for k in range(len(group) - 1)
        if group[k].start <= group[k + 1].start
        and group[k + 1].end <= group[k].end
        and (group[k].start, group[k].end) != (group[k + 1].start, group[k + 1].end)
        and _IN_APPOSITION.fullmatch(text, at[k][1], at[k + 1][0])
    }
    # "The 2014 Mining Code was adopted in March 2014": a year that only names the text, told again finer
    dropped |= {
        k
        for k, e in enumerate(group)
        if e.precision == "year"
        and text[: at[k][0]].rstrip().endswith((" the", "The", " its", "Its"))
        and any(o is not e and e.start <= o.start and o.end <= e.end and o.precision != "year" for o in group)
    }
    # "In May 2022 Wang Yi visited Suva, where the meeting was held on 30 May": a day within the main
    # clause's month, told in a clause about the place, is part of that happening, not a date of the row
    dropped |= {
        k + 1
        for k in range(len(group) - 1)
        if group[k].start <= group[k + 1].start
        and group[k + 1].end <= group[k].end
        and (group[k].start, group[k].end) != (group[k + 1].start, group[k + 1].end)
        and _WHERE_CLAUSE.search(text, at[k][1], at[k + 1][0])
    }
    # "This year the paint was on a whole new building: the school moved yesterday into ...": the
    # writer's own year, opening the clause, frames the day the clause tells
    dropped |= {
        k
        for k, e in enumerate(group)
        if at[k][0] == 0
        and e.expression.lower() in _OWN_PERIOD
        and any(
            o is not e and e.start <= o.start and o.end <= e.end and (o.start, o.end) != (e.start, e.end) for o in group
        )
    }
    return [e for k, e in enumerate(group) if k not in dropped] if dropped else group


_OWN_PERIOD = frozenset({"this year", "this month", "earlier this year", "later this year", "this season"})


_WHERE_CLAUSE = re.compile(r",\s+(?:where|when)\s")


_IN_APPOSITION = re.compile(r",\s+(?:in|on)\s+(?:the\s+)?")
_YEAR_DIGITS = re.compile(r"\d{4}")


def _in_year(event: Event, year: int) -> Event:
    found = _dated_in_year(event.expression, event.precision, year)
    return event if found is None else replace(event, start=found.start, end=found.end, label=found.label)


def _deeds_of_row(text: str, indexes: list[int], shown: list[Event]) -> list[tuple[str, list[int]]]:
    """A row a participle phrase gives, split again when it coordinates deeds of their own dates
    ("The agreement, signed in Dhaka in 2023 and ratified in 2025, will ..." gives "The agreement
    signed in Dhaka in 2023." and "The agreement ratified in 2025.")."""
    if len(indexes) < 2:
        return [(text, indexes)]
    at = [_span_in(text, shown[k].expression) for k in indexes]
    if any(start == end for start, end in at) or at != sorted(at):
        return [(text, indexes)]
    links = deed_links(text, at)
    return [(row, [indexes[k] for k in own]) for row, own in links] if links else [(text, indexes)]


# How often a service runs is its timetable, not a happening ("will be flown three times a week",
# "operates daily"); launching it is ("will launch three weekly flights").
_SERVICE = re.compile(
    r"\b(?:flown|operated|served|run|fly|flies|operate|operates|serve|serves|runs)\b[^.;]{0,40}?"
    r"\b(?:(?:\w+|\d+)\s+times\s+(?:a|per)\s+(?:day|week|month)|once\s+a|twice\s+a|daily|weekly)\b"
)
_SERVICE_STARTS = re.compile(
    r"\b(?:first|inaugural|launch\w*|start\w*|begin\w*|began|open\w*|resum\w*|add|adds|added|adding"
    r"|ris(?:e|es|ing)\s+to|increas\w*\s+to|becom\w*\s+daily)\b",  # "..., rising to four in March"
    re.IGNORECASE,
)
_SERVICE_KEYS = keys("times once twice daily weekly")


# "will fly ... four times a week from October": the day a service starts is a happening.
_SERVICE_FROM = re.compile(r"\b(?:from|starting|beginning|as\s+of)\s+(?:(?:the\s+)?\d|[A-Z][a-z]+\b|next\b|this\b)")


def _timetable(text: str) -> bool:
    return (
        may_hold(text, _SERVICE_KEYS)
        and _SERVICE.search(text) is not None
        and not _SERVICE_STARTS.search(text)
        and not _SERVICE_FROM.search(text)
    )


_CALLED_OFF_KEYS = keys("postponed canceled cancelled called off put pushed deferred rescheduled not moved")


def called_off(text: str) -> bool:
    return (may_hold(text, _CALLED_OFF_KEYS) and _CALLED_OFF.search(text) is not None) or (
        any(stem in text for stem in _PUT_OFF_ABROAD_STEMS) and _PUT_OFF_ABROAD.search(text) is not None
    )


# Put off, in Russian, Spanish, Portuguese and French news: "визит ... перенесён на 12 марта 2027 года",
# "la reunión fue aplazada al 17 de marzo", "a cimeira foi adiada para", "la visite a été reportée au".
_PUT_OFF_ABROAD_STEMS = ("перенес", "отлож", "отмен", "aplaz", "pospuest", "adiad", "report", "annul")
_PUT_OFF_ABROAD = re.compile(
    r"\b(?:перенес[её]н[аоы]?|перенесли|отложен[аоы]?|отложили|отмен[её]н[аоы]?|aplazad[oa]s?|"
    # (French participles only with their accent: Spanish "el reporte" is a report)
    r"pospuest[oa]s?|adiad[oa]s?|reportée?s?|annulée?s?)(?![\w])"
)


_CALLED_OFF = re.compile(
    # (not a thing named by what once befell it: "Asked about the postponed commission, the ambassador said the
    # April session would be chaired by ...")
    r"(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)"
    r"\b(?:postponed|cancell?ed|called\s+off|put\s+off|pushed\s+back|put\s+back|deferred|rescheduled)\b"
    # "has been moved to March 2027" (a date after "to"; not "moved to a new building")
    rf"|\bmoved\s+(?:back\s+|forward\s+)?(?:again\s+)?to\s+(?:the\s+)?(?:(?:early|mid|late|end\s+of|spring\s+of|"
    rf"autumn\s+of|summer\s+of|winter\s+of|first\s+half\s+of|second\s+half\s+of)\s+)?(?:\d|next\b|{'|'.join(MONTH_NAMES)})"
    # "The fourth meeting ..., which had been set for 20 and 21 October, will not take place this week"
    rf"|{WONT_TAKE_PLACE.pattern}"
)


def _planned_for(text: str) -> bool:
    """Whether a called-off happening's text names the date it was planned for."""
    return any(_PLANNED_FOR.search(text[: m.start()][-40:]) for m in _DATE_WORD.finditer(text))


# "has been postponed to March 2027", "was moved to 4 June": the date the happening now stands at.
_POSTPONED_TO = re.compile(
    r"\b(?:postponed|rescheduled|moved|deferred|pushed\s+back|put\s+back|put\s+off|delayed)"
    r"(?:\s+(?:at\s+(?:short|the\s+last)\s+notice|at\s+the\s+last\s+minute|once\s+more|again))?"
    r",?\s+(?:un)?(?:to|till|til|for|until)\s+"  # ("has been pushed back again, to the spring of 2027")
    # ("postponed to the sitting of 27 October")
    r"(?:the\s+)?(?:(?:next\s+)?(?:sitting|session|meeting|plenary|hearing)\s+(?:of|on)\s+(?:the\s+)?)?$|\brescheduled\s+(?:in|on)\s+(?:the\s+)?$"  # "would be rescheduled in 2027": its new date
    # "whose meeting in Canberra was postponed in July, will now meet in Santiago in March" (looked for
    # in the 80 characters before the date: "will now be played at Dasharath Stadium on 14 November")
    r"|\b(?:will|would|is\s+to)\s+now\s+[^.;]{0,60}?\b(?:in|on|for)\s+(?:the\s+)?$"
    # ("перенесён на 12 марта", "aplazada al 17 de marzo", "adiada para 3 de maio", "reportée au 9 mars")
    r"|(?:перенес[её]н[аоы]?|перенесли|отложен[аоы]?)\s+(?:на|до)\s+$"
    r"|(?:aplazad[oa]s?|pospuest[oa]s?)\s+(?:para\s+el|al|hasta\s+el|para)\s+$"
    r"|adiad[oa]s?\s+(?:para|até)\s+(?:o\s+dia\s+|o\s+|a\s+)?$|report[ée]e?s?\s+(?:au|à|a)\s+$"
)


# "postponed the launch of its flights between A and B from 10 December to 15 January 2027"
_POSTPONED_FROM_TO = re.compile(
    r"\b(?:postponed|rescheduled|moved|deferred|pushed\s+back|put\s+back|put\s+off|delayed)\b[^.;]{0,80}?"
    r"\sfrom\s+[^.;]{1,30}?\s(?:to|until|till)\s+$"
)


def _postponed_to(event: Event) -> bool:
    at = _span_in(event.text, event.expression)[0]
    return (
        _POSTPONED_TO.search(event.text, max(0, at - 80), at) is not None
        or _POSTPONED_FROM_TO.search(event.text, max(0, at - 150), at) is not None
    )


def put_off_to_a_date(text: str) -> bool:
    """Whether a happening called off names the date it now stands at ("postponed to March 2027")."""
    return any(
        _POSTPONED_TO.search(text, max(0, span.offset - 80), span.offset) is not None
        or _POSTPONED_FROM_TO.search(text, max(0, span.offset - 150), span.offset) is not None
        or _HELD_NOW.search(text, max(0, span.offset - 80), span.offset) is not None
        for span in find_dates(text, _SOME_DAY)
    )


def _held_now(event: Event) -> bool:
    """Whether a called-off happening's date is where it is now to be held: "..., which had been
    planned for October and was postponed ..., will be held in Boa Vista on 24 and 25 February"."""
    at = _span_in(event.text, event.expression)[0]
    return _HELD_NOW.search(event.text, max(0, at - 80), at) is not None


_DATE_WORD = re.compile(
    r"\b(?:\d{1,4}|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|spring|summer|autumn|winter)\b"
)
_PLANNED_FOR = re.compile(
    # ("first announced for the spring of 2025": the date it was planned for)
    r"\b(?:(?:planned|scheduled|set|due|slated|expected|intended)\s+(?:to\s+take\s+place\s+)?(?:for|on|in)|announced\s+for)"
    r"\s+(?:the\s+)?"
    r"(?:(?:end|beginning|start|middle)\s+of\s+)?$"  # "planned for the end of September"
)


def _labelled(shown: list[Event], text: str) -> Event:
    """The first of `shown` as a row with `text`, labelled with all their dates (two days a clause names as
    the ends of a span, "between 1 April and 25 December", as that span)."""
    first = shown[0]
    if len(shown) == 2 and _between_days(shown, text):
        start, end = first.start, shown[1].end
        return Event(
            start,
            end,
            "range",
            range_label(start, end),
            text,
            first.sources,
            expression=first.expression,
            topics=first.topics,
            sentence=first.sentence,
        )
    if len({e.precision for e in shown}) == 1 and min(shown, key=lambda e: e.start) is first:
        # "rose from USD 344 million in 2018 to USD 431 million in 2025, with a dip in 2020": "2018, 2020
        # and 2025", in the order of time, when the row stands at the earliest anyway
        shown = sorted(shown, key=lambda e: (e.start, e.end))
    return Event(
        first.start,
        first.end,
        first.precision,
        _join_labels(list(dict.fromkeys(e.label for e in shown))),
        text,
        first.sources,
        expression=first.expression,
        topics=first.topics,
        sentence=first.sentence,
    )


def _between_days(shown: list[Event], text: str) -> bool:
    """Whether two days are the ends of one span the text names: "between 1 April and 25 December", "entre el
    1 de enero y el 30 de junio de 2027" (not "on 1 April and on 25 December")."""
    a, b = shown
    if not (a.precision == b.precision == "day" and a.start < b.start and (b.start - a.start).days <= 366):
        return False
    at_a, at_b = _span_in(text, a.expression), _span_in(text, b.expression)
    return (
        0 <= at_a[1] <= at_b[0]
        and _BETWEEN_BEFORE.search(text, max(0, at_a[0] - 12), at_a[0]) is not None
        and _AND_BETWEEN.fullmatch(text, at_a[1], at_b[0]) is not None
    )


_BETWEEN_BEFORE = re.compile(r"\b(?:[Bb]etween|[Ee]ntre(?:\s+el)?|[Ee]ntre\s+o)\s+$")
_AND_BETWEEN = re.compile(r"\s+(?:and|y(?:\s+el)?|e(?:\s+o)?)\s+")


# "four years after it opened on 1 June 2021": the date a span is measured from.
_SPAN_FROM = re.compile(r"\b(?:years?|months?|weeks?|days?)\s+(?:after|before)\s[^;,]{0,80}$", re.IGNORECASE)


# "has signed a contract ..., replacing an agreement that expires at the end of March": when a thing
# named in passing runs out, not a date of the clause's deed.
_ITS_TERM_ENDS = re.compile(
    r"\b(?:that|which)\s+(?:expires|ends|lapses|runs\s+out|runs\s+until|is\s+valid\s+until)\s+"
    r"(?:at\s+the\s+(?:end|close)\s+of\s+|on\s+|in\s+)?$"
)


# ("The release for the third quarter is scheduled for 29 January": the clause's own plan, not a
# participle beside another date, "with commercial operation scheduled for the fourth quarter")
_TARGETED_FOR = re.compile(r"\b(?:targeted|slated)\s+for\s+(?:the\s+)?$")
_SCHEDULED_FOR = re.compile(
    r"\b(?:is|are)\s+(?:now\s+)?(?:scheduled|planned|slated|set|fixed|due)\s+for\s+(?:the\s+)?$"
)


# "The next bulletin, covering the third quarter, will be published on 13 November": the period a
# release counts, not when it happens (a figure's period is its date: not "data" or "estimates").
_DATA_PERIOD = re.compile(
    r"\b(?:releases?|bulletins?|reports?|editions?|issues?|notes?)"
    r",?\s+(?:for|covering|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "the Expo 2020 Dubai", "Summit 2026": a year in the name of an event; the clause's own date, if it has one,
# is the row's ("visited the Expo 2020 Dubai in 2022").
_NAMED_EVENT_YEAR = re.compile(
    r"\b(?:Summit|Forum|Games|Olympics|Olympiad|Cup|Expo|EXPO|Exhibition|Conference|Congress|Championships?|"
    r"Festival|Biennale|Week|Fair|Show|Tournament)\s+$"
)


_DATA_FOR = re.compile(
    r"\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Rr]esults|[Aa]ccounts)\s+(?:for|on|covering)\s+(?:the\s+)?$"
)
_RELEASED = re.compile(r"\b(?:published|released|issued|announced|made\s+public|out)\b")


def _bound_or_baseline(before: str) -> bool:
    return (
        _NAMED_EVENT_YEAR.search(before[-16:]) is not None
        # ("... and had met six times by 2027": a tally up to a date, no happening of it)
        or (" times " in before[-40:] and TALLY_BY.search(before[-40:]) is not None)
        # ("in calo rispetto ai 10,4 miliardi del 2025", "frente a los 8,1 millones de 2025": compared with)
        or (any(word in before for word in _COMPARED_WORDS) and _COMPARED_ELSEWHERE.search(before[-60:]) is not None)
        or _NAME_S_YEAR.search(before[-40:]) is not None
        or (
            _SUBORDINATE.search(before[-40:]) is not None
            and not _NOT_UNTIL.search(before[-100:])
            and not _POSTPONED_FROM_TO.search(before[-150:])  # ("postponed ... from 10 December to 15 January")
            and not _SCHEDULED_FOR.search(before[-40:])  # ("The release ... is scheduled for 29 January")
            # (", with commercial operation targeted for the second half of 2028": the step's own date)
            and not _TARGETED_FOR.search(before[-40:])
            and not _FIGURE_FOR.search(before[-40:])
        )
        or _SINCE_CLAUSE.search(before[-120:]) is not None
        or _SINCE_OF_ANOTHER.search(before[-120:]) is not None
        or _REPLACES_THE_ONE_SINCE.search(before[-120:]) is not None
        or _WHOSE_CLAUSE.search(before[-200:]) is not None
        or _RATE_FROM.search(before[-40:]) is not None
        or _RATE_DURING.search(before[-40:]) is not None
        or _is_baseline(before)
        or _SPAN_FROM.search(before) is not None
        or _REPORTED_ON.search(before[-160:]) is not None
        or _PUBLISHED_ON.search(before[-120:]) is not None
        or _ITS_TERM_ENDS.search(before[-60:]) is not None
        or _DATA_PERIOD.search(before[-40:]) is not None
        or _NAMED_BY_YEAR.search(before[-40:]) is not None
        or (_OF_A_THING.search(before[-60:]) is not None and not _IN_THE_THING_OF.search(before[-60:]))
        or _NOT_DONE_BY.search(before[-60:]) is not None
        or _PROVIDES_FOR_LATER.search(before[-160:]) is not None
        or _A_THING_S_PAST_ELSEWHERE.search(before[-40:]) is not None
    )


# "were suspended in March 2020 and had not resumed by the end of 2026": the bound of a state, no happening
_NOT_DONE_BY = re.compile(r"\b(?:had|has|have)\s+(?:still\s+)?not\s+(?:yet\s+)?[a-z]+(?:ed|en)\s+(?:by|until)\s+$")
# "signed ... an agreement in Nassau providing for a brigade of 36 specialists to be deployed in 2027": what the
# text provides for, not the date of the signing
_PROVIDES_FOR_LATER = re.compile(
    r"\b(?:providing|provides|provided|allowing|allows|calling|calls)\s+for\s+[^;.]{0,100}?\bto\s+be\s+"
    r"[a-z]{3,}\s+(?:in|by|from|on|during)\s+(?:the\s+)?$"
)
# "llegó a Bahamas el 28 de abril de 2027 en virtud del acuerdo ... firmado en noviembre de 2026", "l'accord signé
# en mai 2025", "o acordo assinado em 2024": a thing's past told to name it, in Spanish, French or Portuguese
_A_THING_S_PAST_ELSEWHERE = re.compile(
    r"\b(?:firmad|suscrit|aprobad|ratificad|celebrad|assinad|ratifica|aprovad|sign|conclu|adopt|ratifi)"
    r"(?:[oa]s?|ée?s?|é|ído|ida)\s+(?:en|el|em|le|à)\s+$"
)


# "did not open its embassy in Seoul until 1988": it opened it then; the date is the deed's, no bound.
_NOT_UNTIL = re.compile(r"\b(?:not|n[’']t)\s[^.;,]{0,60}?\b(?:until|till)\s+(?:the\s+)?$")


# The year in a name: "the Customs (Second Amendment) Bill, 2026", "the joint exercise Indus–Caspian
# 2026", 'the exercise "Sea Falcon 2026"'.
_NAME_S_YEAR = re.compile(
    r"\b(?:Bill|Act|Ordinance|Code|Regulations|Rules),\s+$"
    r"|\b[A-Z][\w'’]+[–-][A-Z][\w'’]+\s+$"
    r"|[\"“](?:[A-Z][\w'’-]*\s+){1,3}$"  # (a name in quotes, not a quotation: '"We signed ... today"')
)


# "... and replace the agreement of 1994": a year that names a thing, when the clause has a date of its own.
_NAMED_BY_YEAR = re.compile(
    r"\b(?:agreements?|treat(?:y|ies)|accords?|conventions?|laws?|constitution|crisis|war|protocols?|"
    r"declarations?|memorand(?:um|a)|programmes?|plans?|strateg(?:y|ies))\s+of\s+$",
    re.IGNORECASE,
)


# ", the airline announced on 18 August": when the news was told, not when it happens.
_REPORTED_ON = re.compile(
    # (", the Uganda Bureau of Statistics (UBOS) said on Tuesday")
    # (", the Civil Aviation Committee told Armenpress on Thursday")
    r",\s+(?:the\s+|a\s+)?(?:[\w'’()-]+\s+){0,8}?(?:said|announced|reported|told|added|stated)\s+"
    r"(?:(?<=told\s)(?:[A-Z][\w'’-]*|reporters|journalists|the\s+press|parliament)\s+)?(?:on\s+|in\s+)?$"
    # "..., the airline's regional director for West Africa, Karim Bennani, announced in Abidjan on Thursday"
    r"|,\s+(?:the|a|an)\s+[^.;:]{0,80}?,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s+"
    r"(?:said|announced|reported|told|added|stated)\s+(?:in\s+[A-Z][\w'’-]*\s+)?(?:on\s+|in\s+)?$"
)


# "..., according to data of the National Statistics Institute published on Wednesday": when the
# figures came out, not when what they count happened.
# ("Figures released last week ... show", "revised to K5.3 billion from the K4.8 billion published in April")
_PUBLISHED_ON = re.compile(
    # ("according to figures published by the Banco de Guatemala on 14 August")
    # (not a release to come: "Full-year data for 2026 will be published on 20 February")
    # ("according to figures presented at the German–Iraqi Business Forum in Baghdad on Thursday")
    r"\b(?i:according\s+to|data|figures?|statistics|estimates?)\b[^.;]{0,80}?(?<!\bbe\s)\b(?:published|released|issued|presented)\s+"
    r"(?:(?:by|at)\s+[^.;,]{1,60}?\s+)?(?:on\s+|in\s+|last\s+)?$"
    r"|\b(?:million|billion)\s+(?:first\s+)?(?:published|released|issued|announced|reported)\s+(?:on\s+|in\s+|last\s+)?$"
)


_LABEL_PART = re.compile(r"(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(\d{4})")


def _with_year_once(event: Event) -> Event:
    """A row's label with a year its dates share written once: "March and July 2026", "3 and 25
    September 2026" (not "March 2026 and July 2026")."""
    parts = re.split(r",\s+|\s+and\s+", event.label)
    found = [_LABEL_PART.fullmatch(part) for part in parts]
    if not all(found) or len({m.group(1) for m in found if m}) != 1:
        return event
    year = found[0].group(1)  # type: ignore[union-attr]
    short = [part[: -len(year)].rstrip() for part in parts[:-1]]
    heads = [*short, parts[-1][: -len(year)].rstrip()]
    if all(len(head.split()) == 2 for head in heads) and len({head.split()[1] for head in heads}) == 1:
        short = [head.split()[0] for head in short]  # "3 and 25 September"
    return replace(event, label=_join_labels([*short, parts[-1]]))


def _join_labels(labels: list[str]) -> str:
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


def _span_in(text: str, expression: str) -> tuple[int, int]:
    """Where `expression` is in `text` (the start when it is not found)."""
    at = text.find(expression) if expression else -1
    return (at, at + len(expression)) if at >= 0 else (0, 0)


# "By mid-morning on Saturday, 212 workers had checked in": done by a time of the story, not background.
_BY_THEN = re.compile(
    rf"By\s+[^,]{{0,30}}?\b(?:morning|noon|midday|afternoon|evening|nightfall|{'|'.join(WEEKDAYS)})\b[^,]{{0,20}},"
)


@lru_cache(maxsize=16384)  # asked by the chronology, then by the summaries of the same stories
def happening_sentence(item: Item, *, look: int = 8) -> str:
    """The first of an article's opening sentences that states what happened, or ''.

    A headline or a lead such as "The document offers opportunities ..." or "The minister heads
    the delegation" names no happening; "The agreement was signed by ..." does.  Talk ("met",
    "discussed") yields to a later opening sentence that settles something.
    """
    # A meeting is often reported first and what it settled next ("X met Y." "KOICA approved a
    # grant of USD 45 million ..."): the first sentence that settles something wins over talk.
    # A plan announced in the lead ("X and Y will set up a centre") yields in the same way to the
    # sentence that says what was done about it ("An agreement to this effect was signed ...").
    first = ""
    # A sitting's record: "Question put and agreed to. The House accordingly resolved to ratify the
    # Convention." is what happened that day, however far down; the motion ("I beg to move that this
    # House resolves to ratify ...") only proposed it.
    resolved = next(
        (s for s in _resolutions(item.paragraphs) if not find_dates(s, item.date or _NO_WRITING_DATE)), None
    )
    if resolved is not None:
        return resolved
    opening = islice((sentence for paragraph in item.paragraphs for sentence in _sentences(paragraph.text)), look)
    for seen, sentence in enumerate(opening, 1):
        if sentence[:1] in _QUOTES and _SAID_AFTER_A_DEED.search(sentence):
            return (
                sentence  # '"This loan will change lives," the minister said after signing a USD 150 million loan ...'
            )
        # "That may soon change: during his visit ..., the minister signed ...": judged by what follows the turn
        turn = _turn(sentence)
        told = sentence[turn:] if turn else sentence
        if (
            len(told.split()) >= 6
            and not _EXPLETIVE.match(told)  # "It rained for most of the three days."
            and not _NO_STORY.search(told)
            and not procedural(told)  # ("The agenda was adopted without amendments.": the sitting's steps)
            and states_event(told, language=item.language)
            and not (item.language == "en" and (is_trend(told) or _timetable(told) or _timeless(told, item)))
            and not _acts_only_in_a_relative(told)  # (not even as talk: a guest introduced)
        ):
            if (
                (not only_talk(told) or _FIGURE_REPORTED.search(told) is not None)
                and not (_SCENE_OPENING.match(told) and not settles(told))
                and not _announces(told)
                and not (_BACKGROUND.search(main_clause(told)) and not _BY_THEN.match(told))
                and not (_earlier(main_clause(told)) and not settles(told))  # "has worked here since 1963"
                and not _acts_only_in_a_subclause(told)
                # A lead naming nothing ("The ceremony took place under a light drizzle.") sets a scene,
                # as one the story turns from ("That may soon change: ...") or a day's start does.
                and not (seen == 1 and (_names_nothing(sentence) or _scene_lead(sentence, item)))
                and not _told_in_the_making(told)
                # ("Ms Valtonen thanked Chile for the rescue team that arrived in April.": a word of thanks after a
                # courtesy call is no happening of the story's own)
                and not (seen > 1 and _THANKS.match(told))
                # ("During his stay, the Prince is expected to open ...": what a visit told before will hold)
                and not (seen > 1 and _DURING_THAT.match(told) and sounds_future(told))
            ):
                return sentence
            first = first or sentence
    return first


_THANKS = re.compile(r"(?:[A-Z][^,;]{0,60}?\s)?(?:also\s+)?(?:thanked|praised|commended)\s")


def _during_the_visit(item: Item, happening: str) -> list[str]:
    """The sentences of a story announcing a visit that tell, without a date of their own, what will be done
    during it ("During his stay, the Sovereign Prince is expected to open ...")."""
    out = []
    for paragraph in item.paragraphs[:FURTHER_DEEDS_LOOK]:
        for sentence in _sentences(paragraph.text):
            if (
                _DURING_THAT.match(sentence)
                and sounds_future(sentence)
                and not _within(sentence, happening)
                and not find_dates(sentence, item.date or _NO_WRITING_DATE)
            ):
                out.append(sentence)
    return out


_DURING_THAT = re.compile(
    r"(?:During|In\s+the\s+course\s+of)\s+(?:his|her|their|its|the|this|that)\s+(?:stay|visit|trip|tour)\b"
)


# A figure a story's source reports: "UPM said on 1 December 2026 that its mill produced 2.1 million tonnes
# of pulp in the twelve months to November": what the story tells, not talk.
_FIGURE_REPORTED = re.compile(
    r"\b(?:said|reported|announced|stated)\b[^.;]{0,40}?\bthat\s+[^.;]{0,120}?\b(?:produced|reached|exported|"
    r"imported|sold|shipped|handled|carried|earned|grew|rose|fell|totalled|amounted)\b[^.;]{0,60}?\d[\d.,]*\s*"
    r"(?:million|billion|tonnes|tons|percent|per\s+cent|%|barrels|passengers|visitors|units)\b"
)
# "She told reporters that an education agreement was being prepared for signature during the visit.":
# what someone said is still being made is talk of a deed to come, not a deed.
_TOLD_THAT = re.compile(r"\b(?:told|informed|assured|briefed)\s+(?:[\w'’-]+\s+){0,3}?that\s")
_IN_THE_MAKING = re.compile(
    r"\b(?:(?:was|were|is|are)\s+being\s+(?:prepared|negotiated|drafted|finali[sz]ed|discussed|considered)|"
    r"under\s+(?:preparation|negotiation|discussion|consideration)|in\s+preparation)\b"
)


def _told_in_the_making(sentence: str) -> bool:
    told = _TOLD_THAT.search(sentence) if "that" in sentence else None
    return told is not None and _IN_THE_MAKING.search(sentence, told.end()) is not None


def _timeless(sentence: str, item: Item) -> bool:
    """A story's sentence in the simple present with no date: a scene or a state ("The drive from
    Dar es Salaam to the Rufiji River takes the better part of a day."), not what happened."""
    # (the date tagger last: most sentences tell something in the past, and it is the dearest test)
    return (
        _COUNT_NOW.match(sentence) is not None
        or (_PAST_VERB.search(sentence) is None and _PRESENT_PROGRESSIVE.search(sentence) is None)
    ) and not find_dates(sentence, item.date or _NO_WRITING_DATE)


_PRESENT_PROGRESSIVE = re.compile(r"\b(?:is|are)\s+[a-z]{3,}ing\b")
# "More than 4,000 Indian students are enrolled at Armenian universities, ... and until now they have
# had to change planes": how many there are now, a state whatever tense comes after.
_COUNT_NOW = re.compile(
    r"(?:More\s+than|Over|About|Around|Some|Nearly|Almost|Fewer\s+than|Roughly)\s+\d[\d,.]*\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:are|is|live|work|study|operate|remain)\b"
)


# "I beg to move that this House resolves to ratify ...": a proposal, which a resolution may follow.
_MOTION = re.compile(r"\b(?:beg\s+to\s+move|I\s+(?:hereby\s+)?move|moved)\s+that\b")
_COMMITTEE = re.compile(r"\b[Cc]ommittee\b")
_RESOLVED = re.compile(
    r"(?:The\s+)?(?:House|Senate|Assembly|Chamber|Parliament|Council|Majlis|Sejm|Congress)\s+"
    r"(?:(?:accordingly|therefore|then|unanimously)\s+)?(?:resolved|voted)\s+to\s"
    # "The National Assembly adopted the law on ratification with 96 votes in favour"
    r"|(?:The\s+)?(?:National\s+)?(?:House|Senate|Assembly|Chamber|Parliament|Council|Majlis|Sejm|Congress)\s+"
    r"(?:(?:unanimously|then)\s+)?adopted\s+the\s+(?:law|bill|resolution|decision)\b"
)


# "The forum drew a full house at a hotel", "The hall was full" (a scene, its subject one common
# noun) and a feature's rhetorical opening ("Few visits ... have been prepared as carefully as this
# one") yield the story to a later opening sentence that settles something, as talk does.
_SCENE_OPENING = re.compile(
    r"The\s+[a-z]+\s+(?:was|were|is|are|had|has|drew|[a-z]+ed)\b|(?:Few|Rarely|Seldom|Never|Not\s+since)\s"
    # "The ceremony in front of the Sándor Palace was accompanied by the anthems": a place's scene,
    # not a happening named by its noun ("The talks in Ankara were held ...").
    # "The ceremony began with a recitation from the Quran": the order of the proceedings.
    r"|The\s+[a-z]+\s+(?:began|opened|started|ended|closed|concluded)\s+with\s+(?:a|an|the)\s"
    r"|The\s+(?!(?:visit|talks|meeting|summit|forum|agreement|treaty|accord|memorandum|deal|contract|declaration"
    r"|protocol|loan|grant|session|round|conference|negotiations)s?\b)[a-z]+\s+(?:in|at|on|outside|inside)\s"
    r"[^,.;]{0,60}?\s(?:was|were|is|are|had|has)\s"
)


def _scene_lead(lead: str, item: Item) -> bool:
    """Whether a story's lead sets a scene: the day as its subject ("Wednesday began early in
    Jiri."), or the next sentence turns from it before a colon ("That may soon change: during his
    visit ...", "Nobody seemed to mind: the agreement ...")."""
    if (
        _DAY_SUBJECT.match(lead)
        or procedural(lead)
        or hour_scene(lead)
        or sense_scene(lead)
        or delay_scene(lead)
        or manner_scene(lead)
    ):
        return True
    if not any(":" in p.text for p in item.paragraphs[:2]):
        return False  # (no turn without a colon: most stories are spared splitting again)
    after = next(islice((s for p in item.paragraphs[:2] for s in _sentences(p.text)), 1, None), "")
    return _turn(after) > 0


def _turn(sentence: str) -> int:
    """Where a sentence goes on after the few words that turn from the one before ("That may soon
    change: ...", "Nobody seemed to mind: ..."), or 0: a short phrase that names no one and tells
    no deed, then a colon."""
    turn = _TURNS_FROM.match(sentence)
    if turn is None:
        return 0
    phrase = turn.group(1)
    if any(w[:1].isupper() for w in phrase.split()[1:]) or has_action_verb(phrase):
        return 0
    if _OPENS_A_LIST.search(phrase):
        return 0  # "The documents are: ...": what the sentence before it did, listed
    if _FIELD_LABEL.match(phrase) and not _has_verb(phrase, opening=True):
        return 0  # "Type of disclosure: new facility investment": a disclosure's field, no turn
    return turn.end()


# A field's name: a noun phrase of a few plain words ("Investment amount", "Type of disclosure"), no verb.
_FIELD_LABEL = re.compile(
    r"^(?!(?:Not|No|Nobody|Nothing|None|But|Yet|Then|That|This|It|There|Now|So|Still|And)\b)[A-Z][a-z]+(?:\s+[a-z]+){0,3}$"
)


_DAY_SUBJECT = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The\s+(?:day|morning|evening))\s+"
    r"(?:began|started|opened|ended|was|brought)\b"
)
_TURNS_FROM = re.compile(r"([A-Z][^.:;,]{2,40}):\s")
_OPENS_A_LIST = re.compile(
    r"\b(?:is|are|was|were|include[sd]?|comprised?|cover(?:s|ed)?|as\s+follows|(?:the\s+)?following)\s*$"
)


# A year as the subject of what it held: "The year 2023 brought ...", "2019 saw ...".
_THE_YEAR_BROUGHT = re.compile(
    r"(?:The\s+year\s+)?(?:19|20)\d\d\s+(?:brought|saw|witnessed|marked|was\s+marked\s+by|was\s+a\s+year\s+of)\s"
)


def _names_nothing(sentence: str) -> bool:
    """Whether a sentence names no one, no place and no figure: no capital after its first word
    and no digit ("The ceremony took place under a light drizzle.")."""
    return _NAMES_SOMETHING.search(sentence) is None


_NAMES_SOMETHING = re.compile(r"\d|\s[\"“«(]?[A-Z]")  # a digit, or a capital opening a word after the first


# An interview's or a feature's opening stands for no happening: a quotation ('"The agreement has
# done what we hoped," the ambassador says'), who spoke to whom about what, an impression ("half of
# the bicycles that pass seem to be new"), a state reached or kept since a date, a question.
# The last word of an outlet's name: "the Weekend Herald", "Kuensel Daily".
INTERVIEW_INTRO = (
    r"\bspoke\s+(?:to|with)\s+[^.;]{0,60}?\babout\b"  # "X spoke to Globes about trade ..."
    # "X spoke to the Weekend Herald this week, eight days after ...": an outlet by its name, and when
    # (not "spoke to the Daily News after the arrival of the first flight on 2 December": the arrival's day)
    rf"|\bspoke\s+(?:to|with)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{OUTLET_WORDS}|Agency)"
    r"\s+(?:(?:this|last)\s+week|yesterday|today|(?:on\s+)?[A-Z][a-z]+day)\b"
    # "Phileleftheros spoke to her at the embassy in Beirut.": the interviewer and the one it introduced
    r"|\bspoke\s+(?:to|with)\s+(?:him|her|them)(?=\s+(?:at|in|on|by|over|during|after|before|for)\b|[.,])"
)
# The interview itself: "The interview took place in a borrowed office above a bakery on Norzin Lam".
# A record's heading: "Summary record of the ninth sitting ...", "Minutes of the meeting of ...".
_RECORD_HEADING = re.compile(
    r"(?:(?:Summary|Verbatim|Official)\s+)?(?:record|records|minutes|transcript|proceedings)\s+of\s+the\s+",
    re.IGNORECASE,
)
# An answer in a transcript, its speaker named before a quotation: 'Chen Tsung-ming: "The contractor ...'
_SPEAKER_LABEL = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}:\s*[\"“]")


def _speaker_words(event: Event) -> frozenset[str]:
    """The words of the name a transcript's answer opens with (as the merge's content words split them)."""
    label = _SPEAKER_LABEL.match(event.text) if ":" in event.text[:40] else None
    return frozenset(_LOWER_WORD.findall(label.group().lower())) if label else frozenset()


_LOWER_WORD = re.compile(r"[a-z]+")
INTERVIEW_FRAME = re.compile(
    rf"{INTERVIEW_INTRO}|^(?:The|This|Our)\s+(?:interview|conversation)\b[^.;]{{0,80}}?\b(?:took\s+place|was\s+(?:conducted|recorded|held))\b"
)
_NO_STORY = re.compile(
    rf"^[\"“«„]|^[QA]:\s|{INTERVIEW_FRAME.pattern}|\b(?:seems?|seemed|appears?)\s+to\s+(?:be|have)\b|"
    r"\bha(?:s|ve)\s+become\b|"  # "Cambodia has become one of the largest suppliers": a state reached
    # "Since 2012, Israel has signed agreements with several countries": what has been so since then
    r"^Since\s[^,;]{1,40},?\s[^.;]*?\bha(?:s|ve)\s+(?:been\s+)?[a-z]+(?:ed|en|wn|un|ght)\b|"
    r"\?[\"”’»]?$"  # an interviewer's question
)

# A sentence about "it" or "there" names nothing that could stand for a story.
_EXPLETIVE = re.compile(r"[\"“]?(?:It|There)\s")

# "The hall was full long before the two delegations arrived": the scene, its action in a clause
# that only times it.
_SUBCLAUSE = re.compile(r"\s(?:before|after|when|until|once|as\s+soon\s+as)\s")


def _acts_only_in_a_relative(sentence: str) -> bool:
    """A copula's sentence whose only deed is in a relative clause: "With me in the studio is Anjana
    Shrestha, a paediatrician who trained in Rajshahi" introduces a guest; the training is hers, long ago."""
    main = main_clause(sentence)
    return (
        len(main) < len(sentence)
        and _COPULA.search(main) is not None
        and not settles(main)
        and not has_action_verb(main)
    )


def _acts_only_in_a_subclause(sentence: str) -> bool:
    found = _SUBCLAUSE.search(sentence)
    if found is None:
        return False
    main = sentence[: found.start()]
    return not (settles(main) or has_action_verb(main))


# (Not "a mansion that will house a library": what a thing named in passing is for.)
_ANNOUNCES = Prefiltered(
    re.compile(
        r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)\b(?:will|shall)\s|\b(?:plans?|intends?|is|are)\s+to\s+(?!be\b)\w"
    ),
    "will shall to",
)


def _announces(sentence: str) -> bool:
    """Whether the sentence tells a plan or an announcement of one (`_ANNOUNCES`), not a deed done whose relative
    clause says what will follow ("signed an agreement on Wednesday under which the CFE will supervise ...")."""
    found = _ANNOUNCES.search(sentence)
    while found is not None and _IN_A_RELATIVE.search(sentence, 0, found.start()):
        found = _ANNOUNCES.search(sentence, found.end())
    return found is not None


_IN_A_RELATIVE = re.compile(r"\b(?:which|whereby|whom|who)\b[^,;.()]*(?:\([^()]*\)[^,;.()]*)*$")


# What came before the story's happening: a past perfect ("The visit had been prepared for months")
# or a marker of earlier times ("previously", "until now").  It neither stands for the story nor
# is one of its deeds.
_BACKGROUND = Prefiltered(
    re.compile(r"\bhad\s+(?:\w+ly\s+|already\s+|also\s+|long\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ht|lt|id|ng|de)\b"),
    "had",
)
_EARLIER = Prefiltered(
    re.compile(
        # ("Earlier in the day" is the story's own day.)
        # (nor a figure's comparison: "9.1 percent more than a year earlier")
        r"\b(?:[Pp]reviously|(?<!year\s)(?<!month\s)(?<!quarter\s)(?<!week\s)[Ee]arlier(?!\s+(?:in\s+the\s+day|that\s+day|on\s+\w+day|today|this\s+morning))|"
        r"[Uu]ntil\s+now|[Ss]o\s+far|[Tt]o\s+date|[Ii]n\s+the\s+past|[Ss]ince|[Aa]lready|"
        r"[Tt]raditionally|[Uu]sually|[Oo]ften|[Ee]very\s+year|[Aa]nnually|"
        # "For a decade, shrimp farmers looked at the Korean market as a promise": a long while, no happening
        r"^For\s+(?:a|two|three|four|five|many|several|some)\s+(?:decades?|years)|"
        # "A few years ago most of the berries here came from South Africa and Chile": then, not now
        r"^(?:A\s+few|Some|Several|Many|A\s+couple\s+of)\s+(?:decades|years)\s+ago)\b"
    ),
    "previously earlier now far date past since already traditionally usually often every annually decade decades "
    "years ago",
)


# Where a sentence's main clause ends: at a relative clause (", which had been ...", "a link that
# had been suspended since 2020") or a participle phrase after a comma (", restoring a link ...").
# What those say of a thing named in passing is background to it, not to the sentence's deed.
# A clause of time or cause ("..., five months after the meeting had been postponed") tells what
# came before the deed, not the deed.
_SUBORDINATE_START = re.compile(
    r"(?:,\s+|\s)(?:that|which|who|whose|where)\s|,\s+(?!during\b)[a-z]+ing\s|\s(?:after|before|because|until)\s"
    # "... on a single day since Saudi Arabia reopened its labour market": a clause, not "since 1963"
    rf"|\s(?={_SINCE_A_CLAUSE})"
)


def main_clause(sentence: str) -> str:
    """The sentence up to its first relative, participle or time clause: what it says itself."""
    found = _SUBORDINATE_START.search(sentence)
    return sentence[: found.start()] if found else sentence


# "the first scheduled passenger ferry to Beirut since 2012": a first in years, news, not what came before
# (a record so far is news: "the largest single departure so far", "its biggest order to date")
_FIRST_SINCE = re.compile(
    r"\b(?:first|largest|biggest|highest|lowest|longest)\b[^,;.]{0,60}?\b(?:since|so\s+far|to\s+date)\b"
)


def _earlier(text: str) -> bool:
    """Whether the text tells what came before (see _EARLIER), a first in years or a record aside."""
    if "since" in text or " so far" in text or " to date" in text:
        text = _FIRST_SINCE.sub(" ", text)
    return _EARLIER.search(text) is not None


def tells_background(sentence: str) -> bool:
    """Whether the sentence tells what came before or usually happens ("The visit had been prepared
    for months", "Until now fruit reached India through Panama"), not a happening."""
    return _BACKGROUND.search(sentence) is not None or _earlier(sentence)


# Figures are no deeds: "Imports from Germany amounted to KSh 74.5 billion" reports a statistic.
_FIGURE_VERB = re.compile(
    r"\b(?:reach(?:ed|es)|amount(?:ed|s)\s+to|exceed(?:ed|s)|rais(?:ed|es)|total(?:l?ed|s)|accounted)\b", re.IGNORECASE
)
# Taking part in the happening the story already stated ("took part in the two-day forum").
_TAKING_PART = Prefiltered(
    # (not "a meeting ..., attended by some 200 business people": who came to it)
    re.compile(r"\b(?:took\s+part|participated|attended(?!\s+by\b))\b", re.IGNORECASE),
    "took participated attended",
)
# Deeds a story reports after its lead without a date of their own: the story's day dates them.
_DEED = re.compile(
    r"\b(?:ink(?:ed)|seal(?:ed)|visit(?:ed)|tour(?:ed)|travell?ed|agreed|hosted|unveiled|handed\s+over|"
    r"invited|accepted\s+(?:the|an|his|her|their)\s+invitation|addressed|inaugurated|launched|"
    r"opened\s+(?:the|a|an)|paid\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:visit|call|tribute)|called\s+on|"
    r"(?:also|then|later|subsequently)\s+met|exchanged\s+(?:[\w-]+\s+){0,2}(?:documents|agreements|instruments|notes|memorand\w+)|"
    r"took\s+part|participated|held\s+(?:joint\s+|naval\s+|military\s+)?(?:exercises|drills|a\s+\w+\s+forum|"
    r"a\s+forum|a\s+ceremony|a\s+round)|(?:was|were)\s+(?:also\s+)?received|laid\s+(?:a\s+wreath|flowers|the\s+foundation\s+stone)|completed|"
    # (not a place "decorated with the flags of both countries": the scene)
    r"(?:was|were)\s+(?:also\s+)?(?:awarded|decorated(?!\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:flags?|banners?|"
    r"lights?|flowers?|garlands?|posters?|portraits?|bunting|lanterns?)\b))|awarded|conferred|inspected|"
    r"witnessed\s+the\s+(?:signing|exchange)|held\s+(?:official\s+|bilateral\s+|separate\s+)?talks|"
    r"(?:co-)?chaired\s+the\s+(?:\w+\s+)?(?:session|meeting|round|summit|forum|council|commission)|"
    # "A business forum held the same afternoon at the Chamber of Commerce brought together 120 companies"
    r"(?:forum|ceremony|reception|seminar|conference|round\s+table|exhibition|concert)\s+(?:was\s+)?held\s+(?:on\s+)?"
    r"(?:(?:the|that)\s+same\s+(?:day|morning|afternoon|evening)|"
    # "A business forum held alongside the session brought together 64 companies"
    r"(?:alongside|beside|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:session|visit|meeting|talks|summit|commission|committee|consultations))|"
    # "Dobrev and Ferraro led the eighth round of political consultations between the two ministries"
    r"(?:led|conducted|held)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:round\s+of\s+(?:[\w-]+\s+){0,2}?)?"
    r"(?:consultations|negotiations|dialogue)|"
    # "the two leaders issued a joint statement", "The bank raised the ceiling of its loans to USD 300 million"
    r"issued\s+(?:a|an|the)\s+joint\s+(?:statement|declaration|communiqu\w+)|"
    r"(?:raised|increased|lifted|doubled)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:ceiling|limit|cap|quota)\s+(?:of|on|for)\b|"
    # "Alongside the session, the Chamber ... organised B2B meetings for 46 companies"
    r"organi[sz]ed\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:meetings|forum|exhibition|seminar|conference|round\s+table)\b|"
    # a text signed beside others: "In the afternoon, the minister added a CAD 40 million contribution agreement"
    r"initiall?ed\s+(?:an?|the|two|three|four|five)\s+(?:[\w-]+\s+){0,4}?(?:agreements?|memorand\w+|treat(?:y|ies)|conventions?|protocols?|texts?|"
    r"programmes?|programs?|plans?|roadmaps?|minutes)|"
    r"added\s+(?:an?|the|two|three|four|five)\s+(?:[\w$€£-]+\s+){0,6}?(?:agreements?|memorand\w+|declarations?|protocols?|"
    r"contracts?|accords?|arrangements?)|"
    # rights gained: "During the visit Thai companies obtained timber and fishing concessions."
    r"(?:obtained|won|secured|gained)\s+(?:[\w-]+\s+){0,4}?(?:concessions?|contracts?|licen[cs]es?|rights|permits?)\b|"
    # things given, counted: "Ambassador Park presented 40 laptop computers to the passport office"
    r"(?:presented|donated|delivered|gifted)\s+"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+"
    r"(?:[\w-]+\s+){0,3}?[a-z-]{3,}s)\b",
    re.IGNORECASE,
)
FURTHER_DEEDS_LOOK = 12  # sentences of a story: past them comes background


def further_deeds(item: Item, happening: str, dated: Iterable[Event]) -> list[str]:
    """The further deeds a dated story reports after its lead, without dates of their own.

    "The two leaders inked five memorandums ...", "The delegation then travelled to Surabaya,
    where ...": a visit's deeds are stated one by one and its date only once, so they belong to
    the story's row.  A sentence with a date of its own (`dated`), talk, plans, background,
    figures, or one that names again a happening already stated ("The agreement was signed by
    the ministers ...", "took part in the forum") is no further deed.
    """
    if item.language != "en":
        return []
    # Stripped and deduplicated once (a sentence's dates share it): each sentence of the story is
    # compared with all of them, and `_within` would strip both sides at every comparison.
    dated_sentences = list(dict.fromkeys((e.sentence or e.text).strip() for e in dated))
    earlier = [happening]  # what the story has said so far, for "took part in the forum"
    out: list[str] = []
    seen = 0
    listed_by = -1  # the last paragraph of a list told with the sentence that opens it
    for number, paragraph in enumerate(item.paragraphs):
        text = paragraph.text
        if number <= listed_by:
            continue
        sentences = _sentences(text)  # split once already; a sentence's cue words serve states_deed too
        if not any(may_hold(sentence, _ANY_DEED_KEYS) for sentence in sentences):
            seen += text.count(". ") + 1  # no deed here: roughly its sentences, as before it was split
            continue
        for sentence in sentences:
            seen += 1
            if seen > FURTHER_DEEDS_LOOK:
                return out + _resolutions_after(item.paragraphs[number:], happening)
            if _within(sentence, happening):
                continue
            bare = sentence.strip()
            if turns_to_another_story(bare):
                continue  # "Meanwhile, the embassy in Brazil opened an exhibition": another story, not this one's deed
            # "After the talks, the following documents were signed:" and the list after it: what
            # was signed is the deed
            listed = _listed(item.paragraphs[number + 1 :]) if bare.endswith(":") else ()
            if listed:
                listed_by = number + len(listed)
                sentence = _told_with(bare, listed)
            if any(bare in other or other in bare for other in dated_sentences):  # `_within`, inlined
                # "The Emperor visited the hospital, which opened in 2019.": the visit is a deed of the story
                sentence = _main_clause(sentence)
            elif not states_deed(sentence):
                # "X agreed to build a plant, and a software firm will open a centre": the first clause's deed
                clauses = clause_spans(sentence, 0, len(sentence))
                if len(clauses) > 1 and states_deed(clauses[0][2]):
                    sentence = clauses[0][2]
            if sentence and "now" in sentence:
                # "The delegations inspected the plant at Meneng, where construction is now 85 percent
                # complete.": the deed, without how things stand
                state = _STATE_NOW_AFTER.search(sentence)
                if state is not None:
                    sentence = sentence[: state.start()] + (_final(sentence) or ".")
            if (
                sentence
                and (states_deed(sentence) or _decided(sentence))
                and not _MOTION.search(sentence)
                and not procedural(sentence)  # "The cargo doors opened just after six in the morning."
                and (
                    not _REFERS_BACK.match(sentence)
                    or _LARGEST_DEAL.match(sentence)  # "The largest deal was"
                    # "The two sides signed 11 documents": the parties' own deed of another kind than talk
                    or (_THE_SIDES.match(sentence) and deed_kinds(sentence) - {"meet"})
                )
                and not (
                    _TAKING_PART.search(sentence)
                    and set(_happening_nouns(sentence)) & {n for text in earlier for n in _happening_nouns(text)}
                )
            ):
                out.append(sentence)
            earlier.append(sentence)
    return out


# A closing relative clause telling how a thing stands now: ", where construction is now 85 percent complete"
_STATE_NOW_AFTER = re.compile(r",\s+(?:where|which|whose\s+\w+)\s+(?:[^,;.]{0,60}?\s)?(?:is|are)\s+now\b[^;]*$")


def _resolutions(paragraphs: Sequence[Paragraph]) -> Iterator[str]:
    """A chamber's resolutions in a record: "The House accordingly resolved to ratify the Convention."."""
    for paragraph in paragraphs:
        if "resolved" in paragraph.text or "voted" in paragraph.text or "adopted" in paragraph.text:
            yield from (sentence for sentence in _sentences(paragraph.text) if _RESOLVED.match(sentence))


def _resolutions_after(paragraphs: Sequence[Paragraph], happening: str) -> list[str]:
    """A sitting's further resolutions, however far down its record ("The House accordingly resolved
    to ratify the Agreement." after the Convention's): each is a deed of that day."""
    return [sentence for sentence in _resolutions(paragraphs) if not _within(sentence, happening)]


def _decided(sentence: str) -> bool:
    """A decision or an announcement made on the story's day ("The two sides agreed to prepare a
    Strategic Partnership Agreement", "he announced that the embassy would open a consular office in
    Helsinki"): a deed of that day, though what it decides is still to come."""
    return (
        may_hold(sentence, _DECIDED_KEYS)
        and _DECIDED.search(sentence) is not None
        and not is_advice(sentence)
        and not is_meta(sentence)
        and sentence[:1] not in _QUOTES
    )


_DECIDED = re.compile(
    r"^[^;\"“]{0,100}?\b(?:agreed|decided|announced|confirmed|pledged|promised)\s+"
    r"(?:(?:on|in|at)\s+[^,;]{1,40}?\s+)?(?:to\s+(?!be\b)[a-z]{3,}|that\s)"
)
_DECIDED_KEYS = keys("agreed decided announced confirmed pledged promised")


@lru_cache(maxsize=4096)  # a story's opening paragraphs are read for its lead, then for its deeds
def _sentences(paragraph: str) -> tuple[str, ...]:
    return tuple(paragraph[start:end] for start, end in paragraph_spans(paragraph))


@lru_cache(maxsize=4096)  # a feed repeats sentences ("The Ministry of Foreign Affairs reports.")
def states_deed(sentence: str) -> bool:
    """Whether a sentence of a story states a deed of its own ("The two leaders inked five
    memorandums ..."): not talk, plans, background, figures or the study."""
    if len(sentence.split()) < 6 or sentence[:1] in _QUOTES:
        return False  # a quote tells what someone said, not a deed
    if (
        may_hold(sentence, _LARGEST_KEYS)
        and (largest := _LARGEST_DEAL.match(sentence))
        and (_MONEY.search(sentence) or _A_DEAL_NAMED.match(sentence, largest.end()))
    ):
        return True  # "The largest deal was a C$320 million financing agreement ... for a plant"
    pledge = may_hold(sentence, _PLEDGE_KEYS) and _PLEDGE.search(sentence) is not None
    # ("accepted an invitation to pay an official visit to Finland next year": accepted that day, the visit to come)
    pledge = pledge or ("invitation" in sentence and INVITATION_ACCEPTED.search(sentence) is not None)
    deed = pledge or (may_hold(sentence, _DEED_KEYS) and _DEED.search(sentence) is not None)
    if not deed and not (
        settles(sentence) and (not may_hold(sentence, _FIGURE_KEYS) or settles(_FIGURE_VERB.sub("", sentence)))
    ):
        return False
    main = main_clause(sentence)
    return not (
        _earlier(main)
        or (_ANNOUNCES.search(_NOT_AHEAD.sub("", sentence)) and not pledge)
        or _BACKGROUND.search(main)
        or (only_talk(sentence) and not deed)  # "travelled on to Agra, where he met ..."
        or _acts_only_in_a_subclause(sentence)  # "The hall was full long before the delegations arrived."
        or not states_event(sentence)
        or is_meta(sentence)
        or (_sounds_future(sentence) and not pledge)
    )


_QUOTES = "\"“«‘'"

_A_GRANT_OF = (
    r"(?:\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:grant|loan|credit(?:\s+line)?|donation|contribution|package)\s+of)?"
)
# A pledge of money announced is a deed of the day it is made, though what it pledges is still to
# come ("Montenegro announced that Portuguese companies intend to invest about USD 1.2 billion").
_PLEDGE = re.compile(
    # (a decimal point is no sentence's end: "announced JPY 3.5 billion in new assistance")
    r"\b(?:announced|pledged|committed|promised)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,120}?"
    r"(?:USD|US\$|\$|€|EUR|£|\b(?:million|billion|trillion)\b)"
    # "Sweden will contribute SEK 400 million to the next phase": a pledge made that day
    # ("India will provide a grant of USD 4.5 million for the desalination plant")
    rf"|\bwill\s+(?:also\s+)?(?:contribute|provide|give|grant|allocate|lend|donate|add){_A_GRANT_OF}{AMOUNT_NEXT}"
    # ... or told so: "Macron said France would provide EUR 200 million in budget support ... over 2027–2029"
    r"|\b(?:said|announced|confirmed|promised)\s+(?:that\s+)?[^.;\"“]{1,60}?\bwould\s+(?:also\s+)?"
    rf"(?:contribute|provide|give|grant|allocate|lend|donate){_A_GRANT_OF}{AMOUNT_NEXT}"
    # "Portugal will also finance two oxygen production plants ..., worth EUR 1.6 million": what it pays for, priced
    r"|\bwill\s+(?:also\s+)?(?:finance|fund|pay\s+for)\s+[^.;]{3,100}?,?\s+(?:worth|at\s+a\s+cost\s+of|costing|valued\s+at)\s+"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|up\s+to\s+)?(?:USD|US\$|\$|€|EUR|£|[A-Z]{3}\s?\d)"
    # things counted: "The Thai minister also announced 40 scholarships for Bhutanese students"
    r"|\b(?:announced|pledged|promised|donated)\s+(?:a\s+further\s+|an\s+additional\s+|another\s+)?\d[\d,]*\s+"
    r"(?:(?:more|new|additional|further|extra|fully\s+funded)\s+)?(?!years\b|times\b|percent\b)[a-z-]{4,}s\b"
    # ... or offered: "Cuba will offer 60 university scholarships to Grenadian students over the next three years"
    r"|\bwill\s+(?:also\s+)?(?:offer|provide|grant|award|give)\s+(?:a\s+further\s+|an\s+additional\s+|another\s+)?"
    r"\d[\d,]*\s+(?:[a-z-]+\s+)?(?!years\b|times\b|percent\b|days\b|months\b)[a-z-]{4,}s\b"
    # a sum given in a named form: "France also provided a guarantee of EUR 40 million for the ... project"
    r"|\b(?:provided|granted|extended|allocated|disbursed)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:guarantee|loan|grant|"
    r"credit\s+line|line\s+of\s+credit)\s+(?:of|worth)\s+(?:USD|US\$|\$|€|EUR|£|[A-Z]{3}\s?\d)"
)
_PLEDGE_KEYS = keys(
    "announced pledged committed promised donated will would provided granted extended allocated disbursed"
)
INVITATION_ACCEPTED = re.compile(r"\baccepted\s+(?:the|an|his|her|their)\s+invitation\b")


def _sounds_future(sentence: str) -> bool:
    """sounds_future, without its (ignore-case, multilingual) pattern for English text holding none
    of its words."""
    if sentence.isascii() and " to " not in sentence and not may_hold(sentence, _FUTURE_KEYS):
        return False
    return sounds_future(_NOT_AHEAD.sub("", sentence))


# "The next day Stavrou inaugurated the centre, a mansion that will house a library": a day of the
# story and what a thing named in passing is for, not a plan.
_NOT_AHEAD = re.compile(
    r"\b(?:that|which|who)\s+will\b|\b[Tt]he\s+(?:next|following)\s+(?:day|morning|afternoon|evening)\b|"
    # "signed an agreement under which the agency will train 120 officers": what the text provides for
    r"\b(?:(?:under|by|through|with)\s+which|whereby)\s+[^,.;]{0,80}?\bwill\b|"
    # "signed an incentives agreement ... for its planned plant": a thing still to be, named in passing
    r"\b(?:its|their|his|her|the|a|an)\s+planned\s+(?=[a-z])|"
    # "witnessed the signing of an agreement on a cable ..., to be built by Melita": the thing's future
    r",\s+to\s+be\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t)\b"
)


_FUTURE_KEYS = keys(
    "will shall upcoming forthcoming planned plan plans scheduled expected due next going intend intends"
)


_DEED_KEYS = keys(
    "inked sealed visited toured travelled traveled agreed hosted unveiled handed met exchanged took participated held "
    "received laid completed witnessed chaired invited accepted addressed inaugurated launched opened paid "
    "called awarded decorated conferred inspected added initialled initialed led conducted issued raised increased "
    "lifted doubled organised organized presented donated delivered gifted obtained won secured gained"
)
# A story's deal of the day told by a copula, whatever it is for ("The largest single deal was a
# $75m agreement under which a Turkish group will build a cashew plant").
_LARGEST_DEAL = re.compile(
    r"(?:The|Its|Their)\s+(?:single\s+)?(?:largest|biggest|main|most\s+significant)\s+(?:single\s+|new\s+)?"
    r"(?:deal|contract|agreement|investment|order|commitment|pledge|transaction)s?"
    # ("The largest agreement, worth EUR 380 million, provides for the supply by Ansaldo Energia of ...")
    r"(?:\s+(?:was|were)\s+(?:an?|the)\s|,\s+worth\s+[^,;]{1,40},\s+(?:provides?\s+for|covers?|concerns?|is\s+for)\s)"
)
# "The largest agreement was a framework contract under which ...": a deal named, whatever its sum
_A_DEAL_NAMED = re.compile(
    r"(?:[\w-]+\s+){0,3}?(?:deal|contract|agreement|memorandum|order|treaty|accord|arrangement)\b"
)
_MONEY = re.compile(r"(?:USD|US\$|[A-Z]?\$|€|EUR|£|\b(?:million|billion|trillion|bn)\b|\d+m\b)")
_LARGEST_KEYS = keys("largest biggest main significant")
_ANY_DEED_KEYS = _DEED_KEYS | DECISIVE_KEYS | _PLEDGE_KEYS | _LARGEST_KEYS
_FIGURE_KEYS = keys("reached reaches amounted amounts exceeded exceeds raised raises totalled totaled totals accounted")


ROW_WORDS = 200  # a story's row with its further deeds: at most this many words
ROW_DEEDS = 5


def _with_deeds(text: str, deeds: list[str]) -> str:
    """The row's text followed by the story's further deeds, while the row stays short enough."""
    words_in = len(text.split())
    shown = []
    for deed in deeds[:ROW_DEEDS]:
        words_in += len(deed.split())
        if words_in > ROW_WORDS:
            break
        shown.append(deed)
    return " ".join([text, *shown]) if shown else text


# Nouns naming happenings: a sentence opening on one already stated ("The agreement was signed by
# ...", "The memorandum provides ...") speaks of that happening again.
_HAPPENING_NOUN = re.compile(
    r"\b(agreement|memorand(?:um|a)|treaty|accord|contract|deal|visit|forum|summit|declaration|statement|"
    r"document|protocol|plan|programme|program|talks|meeting|loan|grant)s?\b",
    re.IGNORECASE,
)
# (and the story's delegations: "The delegations signed memoranda of understanding on fisheries ...")
_THE_SIDES = re.compile(r"(?:The|Both)\s+(?:two\s+)?(?:sides|parties|delegations)\b")
_REFERS_BACK = re.compile(
    r"^(?:It\b|(?:The|This|These|That|Those|Such|Both)\s+(?!following\b)(?:[\w-]+\s+){0,2}?"
    r"(?:agreements?|memorand(?:um|a)|treat(?:y|ies)|accords?|contracts?|deals?|visits?|forums?|summits?|"
    r"declarations?|statements?|documents?|protocols?|plans?|programmes?|programs?|talks|meetings?|loans?|"
    r"grants?|sides?|parties)\b)"
)


def _happening_nouns(text: str) -> list[str]:
    return [m.group(1).lower() for m in _HAPPENING_NOUN.finditer(text)] if text else []


@fewer_collections
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
    welcomed: set[tuple[str, str]] = set()  # (item, row text) of happenings a story's deed welcomed
    # One text per paper (its sections restate each other), one per article (a feed holds many).
    text_of: dict[str, str] = {}
    language_of: dict[str, str] = {}
    for item in items:
        text_of[item.id] = item.doc_id if item.kind == "section" else item.id
        language_of[item.id] = item.language
        topics = topics_for(item.id) if topics_for else ()
        reference = item.date if item.kind == "article" else None
        if item.kind == "section" and is_meta_section(item.title, introduction=False):
            continue  # a methods or literature section dates the study's sources, not happenings
        found: list[Event] = []
        told_days: list[dt.date] = []  # the days the story has named so far, in its order
        arrival: dt.date | None = None  # the day the story says someone arrived
        spell: Event | None = None  # the story's last span of days ("from 21 to 23 May")
        earlier: DateSpan | None = None  # "A year later ..." in a paragraph of its own counts from it
        happening = happening_sentence(item) if item.kind == "article" else ""
        # "Maritime Dialogue Moved to 9 December" over "The Dialogue ... will take place in Panama City
        # instead": a plan whose day only the headline gives.
        opening = (
            next(iter(_sentences(item.paragraphs[0].text)), "") if item.kind == "article" and item.paragraphs else ""
        )
        headline = _headline_day(item) if opening and item.language == "en" and sounds_future(opening) else None
        for number, paragraph in enumerate(item.paragraphs):
            new = extract_events(
                paragraph.text,
                reference=reference,
                item_id=item.id,
                location=paragraph.location,
                topics=topics,
                earlier=earlier,
            )
            if new:
                # (not a period a figure is compared with: "up 6.2 percent on the same period of 2025")
                earlier = _anchor_of(next((e for e in reversed(new) if not _compared_with(e)), new[-1]))
            if told_days and item.language == "en":
                # "The next day Sánchez visited the Instituto Cervantes, opened in 2025, ...": the day
                # counts from the story's last one even when the sentence names another date.
                dated = {e.sentence for e in new if e.precision == "day"}
                new += [
                    e
                    for e in _days_after(
                        paragraph.text, told_days, reference, item.id, paragraph.location, topics, arrival
                    )
                    if e.sentence not in dated
                ]
            counted = next((c for e in new if (c := _spell_of_days_counted(e)) is not None), None)
            # (a visit's days counted in this paragraph: "concluded a three-day visit on 15
            # September. On the first day of the visit ...")
            days_of = counted or spell
            if days_of is not None and item.language == "en":
                if spell is not None:
                    new = [_weekday_within(e, spell) for e in new]
                dated = {e.sentence for e in new if e.precision == "day"}
                new += [
                    e
                    for e in _days_of_spell(paragraph.text, days_of, item.id, paragraph.location, topics)
                    if e.sentence not in dated
                ]
            spell = (
                next((e for e in reversed(new) if e.precision == "range" and _short_spell(e)), None) or counted or spell
            )
            if new and paragraph.text.rstrip().endswith(":"):
                new = _with_list_after(new, item.paragraphs[number + 1 :])
            found.extend(new)
            # A day after the story's own ("which takes effect on January 1, 2027") is a plan
            # told in passing: "The next day ..." still counts from the days the story recounts.
            days = [
                e.start
                for e in new
                if e.precision == "day" and e.start == e.end and (reference is None or e.start <= reference)
            ]
            told_days += days
            if headline is not None and opening in paragraph.text:
                told_days.append(headline)  # "On the following day, experts will hold a seminar"
            arrival = next((e.start for e in new if e.start in days and _arrived_on(e)), arrival)
        grouped = group_clauses(found)
        if reference is not None and item.language == "en":
            grouped = [_on_story_day(e, reference) if _revises_a_figure(e) else e for e in grouped]
        events = [
            e
            for e in grouped
            if _is_happening(e, item.language, article=item.kind == "article")
            and not (reference and (_names_a_past_thing(e, reference) or _names_an_event(e)))
        ]
        if reference is not None:
            welcomed.update((item.id, e.text) for e in events if _welcomed(e, reference))
        if item.language != "en":
            events = [_with_sentence_before(item, e) if _OTHER_PRONOUN.match(e.text) else e for e in events]
        if item.language == "en":
            events = [_with_context(item, e, reference, happening) if _needs_context(e) else e for e in events]
            events = [_named(item, e) if _THE_NOUN.match(e.text) else e for e in events]
            events = [_its_named(item, e) if e.text.startswith("Its ") else e for e in events]
            events = [_it_named(item, e) if e.text.startswith("It ") else e for e in events]
            events = [_object_named(item, e) if " it" in e.text and _DONE_TO_IT.search(e.text) else e for e in events]
            events = [_titled(item, e) if e.text.startswith("The ") and _THE_TITLE.match(e.text) else e for e in events]
            events = [_what_we_know(e) if e.text[:1] in "WI" else e for e in events]
            events = _days_of_one_spell(events)
            events = _deed_day_told_after(events)
        if item.kind == "section" and item.language == "en":
            events = _with_deeds_of_the_visit(item, events)
            events = _soon_after(item, events)
        planned = next((i for i, e in enumerate(events) if headline and _within(opening, e.sentence or e.text)), None)
        if headline is not None and planned is None and item.date and headline > item.date:
            # "Turkish Airlines to Begin Istanbul–Monterrey Flights on 29 March 2027" over "Turkish
            # Airlines will fly three times a week between ...": the story is about the opening's
            # plan, on the headline's day.
            events.append(_on_day(headline, opening, (item.id, item.paragraphs[0].location), topics, "", opening))
            planned, happening = len(events) - 1, opening
        # When the sentence that says what happened is dated as a happening of its own, its row
        # stands for the article; a date there that only bounds a term ("a vision to 2030") does not.
        # (not a date the sentence recalls in passing: "..., a record since the mill started up in April 2023")
        lead = next(
            (
                i
                for i, e in enumerate(events)
                if happening and _within(happening, e.sentence or e.text) and not _recalls_a_thing(e)
            ),
            None,
        )
        deeds = (
            further_deeds(item, happening, events)
            if happening
            and include_item_dates
            and item.date
            # (not of a lead that recalls the past: "The project ... was awarded in December 2018")
            and (lead is None or (item.date - events[lead].end).days <= STORY_DAYS)
            else []
        )
        if headline is not None and planned is not None and item.date and events[planned].end <= item.date:
            # (dated by who announced it when: "..., the Ministry announced on Monday")
            events[planned] = replace(
                events[planned], start=headline, end=headline, precision="day", label=day_label(headline)
            )
        if deeds and item.language == "en":
            deeds = _deeds_to_days_told(item, happening, deeds, events, lead)
        if lead is not None and deeds:
            events[lead] = _with_text(events[lead], _with_deeds(events[lead].text, deeds))
        if lead is not None and item.language == "en" and item.date and events[lead].start > item.date:
            # "During his stay, the Prince is expected to open a dialogue on ocean innovation": what the visit
            # the story announces will hold, told with it
            during = _during_the_visit(item, happening)
            if during:
                events[lead] = _with_text(events[lead], _with_deeds(events[lead].text, during))
        if lead is not None and item.language == "en":
            events = _same_day_told_with_lead(events, lead)
            lead = next((i for i, e in enumerate(events) if _within(happening, e.sentence or e.text)), None)
        if lead is not None and item.kind == "article" and item.language == "en":
            events[lead] = _with_text(
                events[lead], _after_its_announcement(item, happening, events[lead].text, events[lead].start)
            )
        # A story whose opening states no happening (an interview, a feature) has no row of its own
        # when its happenings have theirs.
        if (
            include_item_dates
            and item.kind == "article"
            and item.date is not None
            and lead is None
            and (happening or not events)
            # (an opinion piece or a title that advises tells no happening: "Opinion: Dakar should diversify
            # its Gulf partnerships")
            and (happening or not (_OPINION_TITLE.match(item.title) or is_advice(item.title)))
        ):
            line = next((p.location.line for p in item.paragraphs if happening and happening in p.text), None)
            # Any day the story names counts, a happening or not: "... was the message of a long
            # morning at the Ministry on Tuesday" dates the meeting its next sentence reports.
            named = found
            if happening and _RESOLVED.match(happening):
                # a chamber's resolution is not of the day its committee sat ("The committee discussed
                # the draft at its sitting of 14 October and recommends that the National Assembly adopt it")
                named = [e for e in found if not _COMMITTEE.search(e.sentence or e.text)]
            day = _reported_day(item.date, named, line, _headline_day(item))
            text = _with_deeds(happening or item.title, deeds)
            if happening and item.language == "en":
                text = _after_its_announcement(item, happening, text, day)
            opened = next(
                (
                    k
                    for k, e in enumerate(events)
                    if happening and e.precision == "day" and e.start == day and _within(opening, e.sentence or e.text)
                ),
                None,
            )
            if opened is not None and not deed_kinds(opening):
                opened = None  # a scene ("The conference hall was full well before the opening speeches on Wednesday.")
            if opened is not None and item.language == "en":
                # "Amman and Bucharest will coordinate more closely ..., the two sides agreed on Sunday."
                # over "Safadi received Romanian Foreign Minister Munteanu ...": the opening's row of
                # that day tells the occasion, and the story's happening with it.
                with_opening = text if text.startswith(events[opened].text) else f"{events[opened].text} {text}"
                events[opened] = replace(
                    _with_text(events[opened], with_opening),
                    sources=(*events[opened].sources, (item.id, item.location)),
                )
            else:
                # What merging compares: the lead, not the deeds after it.
                candidates.append(
                    _on_day(day, text, (item.id, item.location), topics, "", (happening or item.title) if deeds else "")
                )
        candidates.extend(events)  # after the article's own row: a merge keeps the first text
    merged = fold_descriptions(merge_repeated_dates(merge_across_precisions(merge_events(candidates), text_of=text_of)))
    merged = fold_returns_home(merged)
    merged = fold_growth_into_its_last_figure(
        join_trade_totals(fold_fulfilled_plans(fold_delayed_plans(merged), as_of))
    )
    if any(language != "en" for language in language_of.values()):
        merged = join_languages(merged, language_of)
    # A deed recalled in passing that told no row of its own ("The talks covered the follow-up to the
    # agreements signed in Kigali in September") only adds its citation to the row that tells it.
    merged = [e for e in merged if len({item for item, _ in e.sources}) > 1 or not _recalls_a_thing(e)]
    if welcomed:
        # "The ministers welcomed the outcomes of the session held yesterday": a deed of the story's day
        # whose happening its story tells in a row of that date; kept where nothing else tells it ("welcomed
        # the entry into force, on 1 August 2026, of the Agreement ...").
        tellers = [e for e in merged if len(e.sources) > 1 or (e.sources[0][0], e.text) not in welcomed]
        told = {(e.start, e.end) for e in tellers}
        day_rows = [e for e in tellers if e.precision == "day"]
        merged = [
            e
            for e in merged
            if len(e.sources) > 1
            or (e.sources[0][0], e.text) not in welcomed
            or not ((e.start, e.end) in told or (e.precision == "month" and _told_on_a_day(e, day_rows)))
        ]
    finished = [_finish(event, as_of, focus_for) for event in merged]
    finished = [_with_year_once(e) if " and " in e.label else e for e in finished]
    finished.sort(key=lambda e: (e.start, e.end, e.label, e.text, e.sources))
    return tuple(finished)


# A paper's row of a visit or talks of a few days, and the sentences after it in its paragraph
# that tell what was done then without a date of their own; a word that moves the time on ends them.
VISIT_DAYS = 10
_OCCASION = re.compile(r"\b(?:visit|talks|summit|stay|trip|tour)\b")
_TIME_MOVES = re.compile(
    r"\b(?:later|subsequently|afterwards|thereafter|since|(?:the\s+)?(?:following|next|subsequent)\s+years?)\b",
    re.IGNORECASE,
)


# "Mexico sent an air force aircraft with 25 tonnes of food within a week.", "Two days later, ...": a deed dated by
# the sentence before it.
_SOON_AFTER = re.compile(
    r"\b(?:within\s+(?:a|one|two|three|a\s+few)\s+(?:days?|weeks?)|(?:a\s+few|two|three|several)\s+days\s+later|"
    r"a\s+week\s+later|shortly\s+afterwards|soon\s+afterwards|the\s+following\s+(?:day|week))\b",
    re.IGNORECASE,
)


def _soon_after(item: Item, events: list[Event]) -> list[Event]:
    """A paper's deed told without a date of its own but as done days after what the sentence before it dates by
    its month ("Hurricane Tomas struck Saint Lucia in October 2010. Mexico sent an aircraft with 25 tonnes of food and
    medicine within a week."): a row of that sentence's date."""
    # (of a month: "the following day" after a day is another day)
    dated = [e for e in events if e.precision == "month" and e.expression]
    if not dated:
        return events
    out = list(events)
    for paragraph in item.paragraphs:
        sentences = _sentences(paragraph.text)
        for before, sentence in zip(sentences, sentences[1:]):
            if not _SOON_AFTER.search(sentence) or find_dates(sentence, _NO_WRITING_DATE):
                continue
            told = [e for e in dated if _within(before, e.sentence or e.text)]
            deed = sentence.strip()
            if (
                len(told) == 1
                and has_action_verb(deed)
                and states_event(deed)
                and not is_trend(deed)
                and not is_meta(deed)
            ):
                out.append(replace(told[0], text=deed, sentence=deed))
    return out


def _with_deeds_of_the_visit(item: Item, events: list[Event]) -> list[Event]:
    """A paper's visit row with the deeds its paragraph goes on to tell of it: "... the state visit
    of President Murmu to Suriname from 4 to 6 June 2023. President Santokhi conferred on her the
    Grand Order ... During the visit India announced that ...": one happening's deeds, one row."""
    out = list(events)
    dated = [e.sentence or e.text for e in events]
    for k, event in enumerate(events):
        own = event.sentence or event.text
        if (
            # (a visit of a month too: "the official visit of President Adeang to India in November 2025")
            not (event.precision in ("day", "range") and (event.end - event.start).days <= VISIT_DAYS)
            and event.precision != "month"
            or not _OCCASION.search(own)
            or event.text != own  # (a row already told with more)
        ):
            continue
        paragraph = next((p.text for p in item.paragraphs if own in p.text), "")
        sentences = _sentences(paragraph)
        at = next((n for n, s in enumerate(sentences) if _within(s, own)), None)
        if at is None:
            continue
        deeds = []
        for sentence in sentences[at + 1 :]:
            if (
                any(_within(sentence, d) for d in dated)
                or find_dates(sentence, _NO_WRITING_DATE)
                or _TIME_MOVES.search(sentence)
            ):
                break
            if (states_deed(sentence) or _decided(sentence)) and not is_meta(sentence):
                deeds.append(sentence)
        if deeds:
            out[k] = _with_text(event, _with_deeds(event.text, deeds))
    return out


# "The agreement on the credit was signed ...", "An agreement to this effect was signed ...": a
# happening that refers back to the story's opening sentence.
_REFERS_TO_OPENING = re.compile(r"(?:The|This|These|Those|It|They|Its|Their)\s|An?\s[^.;]{0,60}\bto\s+this\s+effect\b")


_MEETING = re.compile(r"\b(?:met|received|welcomed|hosted|held\s+(?:[\w-]+\s+){0,2}talks)\b")


def _after_its_announcement(item: Item, happening: str, text: str, day: dt.date) -> str:
    """A story's row told after the opening sentence it refers back to, when that sentence is a plan
    or an announcement without a date of its own ("Finland will support the project with a credit
    of €35 million. The agreement on the credit was signed on 4 November ...")."""
    if not item.paragraphs:
        return text
    opening = next(iter(_sentences(item.paragraphs[0].text)), "")
    if (
        not opening
        or opening == happening
        or _within(opening, text)
        or len(opening.split()) < 6
        or opening[0] in _QUOTES
        or _AT_AN_HOUR.search(opening)  # "The House met at two o'clock in the afternoon.": when, not what
    ):
        return text
    talk = only_talk(opening) and _MEETING.search(opening) is not None
    if not talk and not (
        _REFERS_TO_OPENING.match(happening) and (sounds_future(opening) or _ANNOUNCES.search(opening))
    ):
        return text
    dates = find_dates(opening, item.date)
    # "Lula met Anwar in Kuala Lumpur on Sunday." then "The two leaders decided ...": the meeting the
    # deed came out of, on the row's day; an announced plan has no date of its own.
    if (talk and not all(d.start == d.end == day for d in dates)) or (not talk and dates):
        return text
    return f"{opening} {text}"


_AT_AN_HOUR = re.compile(r"\bo['’]clock\b")
CONTEXT_WORDS = 8  # a row this short that names nobody needs the sentence before it


_COMPARED_BEFORE = re.compile(r"\b(?:on|than|over|against|compared\s+(?:with|to))\s+(?:in\s+)?$")


def _compared_with(event: Event) -> bool:
    """Whether the event's date is one a figure is compared with ("... on the same period of 2025")."""
    at = _span_in(event.sentence or event.text, event.expression)[0]
    return _COMPARED_BEFORE.search((event.sentence or event.text)[max(0, at - 30) : at]) is not None


def _anchor_of(event: Event) -> DateSpan:
    """The date a later paragraph's "the following year" or "a year later" counts from.  A day
    stands as its month: "the same day" or "two days later" in a paragraph of their own are days
    of the story, which its row and `_days_after` tell."""
    if event.precision == "day":
        return month_span(event.start.year, event.start.month, event.expression, -1)
    return DateSpan(event.start, event.end, event.precision, event.label, event.expression, -1)


def _deeds_to_days_told(
    item: Item, happening: str, deeds: list[str], events: list[Event], lead: int | None
) -> list[str]:
    """The deeds the story's row keeps; each other one joins the row of the day a sentence after
    the story's own opened on ("On Thursday, he held talks with Sulyok. The two leaders signed a
    declaration ..." is Thursday's deed, not the visit's first day's).  `events` gains them in
    place."""
    order: dict[str, int] = {}
    for paragraph in item.paragraphs:
        for sentence in _sentences(paragraph.text):
            order.setdefault(sentence, len(order))
    joined: dict[int, list[str]] = {}
    # "Connolly arrived on Sunday and held talks ... the next day. After the talks, the two presidents
    # watched their ministers sign three agreements": the deed of the one other day that names them.
    # Else the last day of the sentence before ("... and was received at the Élysée Palace ... on
    # Monday. After their talks, ...").
    # "The two leaders witnessed the signing ..." after "... before holding talks with Prime Minister
    # Modi" goes with that sentence's day too: the parties it names.
    sentences = list(order)
    days = [(e.start, k) for k, e in enumerate(events) if k != lead and e.precision == "day"]
    for deed in deeds:
        after = _AFTER_THE.match(deed)
        # ("Among them, Daeho Precision signed ...": one of the deals the sentence before told)
        if after is None and not _THE_PARTIES.match(deed) and not _LISTS_THEM.match(deed):
            continue
        if after and lead is not None and re.search(rf"\b{after.group(1)}\b", events[lead].text):
            continue  # "After the talks" when the story's own row tells the talks: its deed
        at = order.get(deed)
        if at is None:  # (a deed told without its relative clause: the sentence it comes from)
            at = next((order[told] for told in sentences if told.startswith(deed[:15]) and deed[-40:-1] in told), None)
        # (only talks told before it: "Following the talks, the two leaders witnessed the signing ..." does not
        # look ahead to "Mr el-Sisi also held talks with President Tasoulas on Monday evening" told after it)
        named = [
            k
            for _, k in days
            if after
            and re.search(rf"\b{after.group(1)}\b", events[k].text)
            and (at is None or order.get(events[k].sentence, -1) < at)
        ]
        previous = sentences[at - 1] if at else None
        last = [(start, k) for start, k in days if previous is not None and events[k].sentence == previous]
        if len(named) != 1 and last:
            named = [max(last)[1]]
        if len(named) == 1:
            joined.setdefault(named[0], []).append(deed)
    deeds = [d for d in deeds if not any(d in own for own in joined.values())]
    # (a deed that opens another row is told there: "On Wednesday President Boko was in Surat, where
    # he toured ...", split from "..., and the following day he addressed ...")
    deeds = [
        d
        for d in deeds
        if not any(
            k != lead and e.text.startswith(d.rstrip(".")) and (item.date is None or e.end <= item.date)
            for k, e in enumerate(events)
        )
    ]
    # Only a day told after the story's own sentence: before it, that sentence is the context.
    start = next((place for sentence, place in order.items() if _within(sentence, happening)), -1)
    told = [
        (order[e.sentence], k)
        for k, e in enumerate(events)
        if k != lead
        and e.precision == "day"
        and order.get(e.sentence, -1) > start
        and _opens_with_its_date(e)
        and not _sounds_future(e.sentence)
    ]
    kept: list[str] = []
    for deed in deeds if told else ():
        at = order.get(deed)
        if at is None:  # a sentence told with the list it opens, or without its which clause
            at = next(
                (
                    place
                    for sentence, place in order.items()
                    if sentence.strip() and (deed.startswith(sentence.strip()) or sentence.startswith(deed.rstrip(".")))
                ),
                None,
            )
        before = [(place, k) for place, k in told if at is not None and place < at]
        if before:
            joined.setdefault(max(before)[1], []).append(deed)
        else:
            kept.append(deed)
    for k, own in joined.items():
        events[k] = _with_text(events[k], _with_deeds(events[k].text, own))
    return kept if told else deeds


_AFTER_THE = re.compile(r"(?:After|Following)\s+(?:the|their|these|those)\s+([a-z]{4,})\b")
_THE_PARTIES = re.compile(
    r"(?:The\s+two|Both)\s+(?:leaders|presidents|prime\s+ministers|ministers|heads\s+of\s+state)\b"
)


def _opens_with_its_date(event: Event) -> bool:
    """Whether the sentence opens on its date ("On Thursday, ...", "On the last day of the visit,
    ..."), which sets the time of what follows; a date at its end ("... the following morning")
    times that sentence only."""
    sentence = event.sentence or ""
    at = sentence.find(event.expression) if event.expression else -1
    # ("CORRESPONDENT: Yesterday the President held talks ...": a speaker's name first)
    opening = len(sentence) - len(without_speaker(sentence)) if ":" in sentence[: max(at, 0)] else 0
    return 0 <= at - opening <= len("On the ")


def _needs_context(event: Event) -> bool:
    """ "Construction will start in June.", "The visit is expected in 2027.": a short row that names
    no one and nothing, so that a reader cannot tell what it is about."""
    words_in = event.text.split()
    if len(words_in) > CONTEXT_WORDS:
        return False
    own = set(words(event.expression))
    if any(w[:1].isupper() and w not in own for w in words(event.text)[1:]):
        return False
    # "The air services agreement was signed in 2021." says what it is about; "Construction will
    # start in June." and "The visit is expected in 2027." do not.
    subject = _SUBJECT.match(event.text)
    if subject is not None and _THE_RELATIONS.fullmatch(subject.group(1).strip()):
        return False  # "Diplomatic relations were restored in 1997.": the relation the briefing is about
    return subject is None or len(subject.group(1).split()) <= 2


_THE_RELATIONS = re.compile(r"(?:Diplomatic|Consular|Bilateral|Full\s+diplomatic)\s+(?:relations|ties)")


# The words before a row's verb (its subject), for whether they say what the row is about.
_SUBJECT = re.compile(r"((?:[\w'’-]+,?\s+){1,6}?)(?:was|were|is|are|will|has|have|had|[a-z]+ed)\b")


def _with_context(item: Item, event: Event, reference: dt.date | None, lead: str) -> Event:
    """The row with the undated sentence before it in its item ("The ministry approved the plans
    for a hospital in Namangan. Construction will start in June."), if there is one and it is not
    the story's `lead`, which has its own row.  A row of a person named by a title ("The minister
    arrived on Tuesday.") takes the name the story gave with that title instead."""
    titled = _TITLE_OPENS.match(event.text)
    if titled is not None and (named := _person_titled(item, event, titled.group(1))) is not None:
        return named
    sentence = event.sentence or ""
    if (
        sentence
        and event.text.rstrip(".!?") != sentence.rstrip(".!?")
        # (a clause as the sentence words it, not a row made of its parts: "Entel began commercial operations ...")
        and (event.text[:1].lower() + event.text[1:]).rstrip(".!?") in sentence
        and len(find_dates(sentence, reference or _NO_WRITING_DATE)) == 1
    ):
        # a clause cut from a sentence that names no other date: the sentence says what it is about ("Under the
        # deal, Huta Stalowa Wola will build the chassis ..., and deliveries are to begin in 2028.")
        return _with_text(event, sentence)
    previous = ""
    for paragraph in item.paragraphs:
        for sentence in _sentences(paragraph.text):
            if _within(sentence, event.sentence or event.text):
                if (
                    previous
                    # ("HONOURABLE NYAMANDE: Thank you, Madam Speaker." is a courtesy, no context)
                    and len(without_speaker(previous).split()) >= 5
                    and not (lead and _within(previous, lead))
                    # (a paper's "A year later ..." counts from an earlier date: a row of its own)
                    and not find_dates(previous, reference or _NO_WRITING_DATE)
                ):
                    return _with_text(event, f"{previous} {event.text}")
                return event
            previous = sentence
        if item.kind != "article":
            previous = ""  # a paper's paragraph opens a new matter
    return event


# ", where 71 of the 95 nurses recruited in 2020 are still employed": a where- or which-clause in
# the present that says what a place or thing is, with a date of its own past in it.
_WHERE_NOW = re.compile(r",\s+(?:where|which|whose)\s+[^,;]*$")
# (within the date's own clause: "whose treaty was signed in Libreville in 2001 and whose headquarters are in
# Luanda" dates the signing)
_PRESENT_STATE = re.compile(r"(?:(?!\band\s+wh)[^,;.])*?\b(?:is|are|remains?|still\s+\w+s)\b")


# "Lima, founded in 1535, is the capital of Peru": what a place is, its age told on the way
_PLACE_FOUNDED = re.compile(
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2},\s+founded\s+(?:by\s+[^,;]{1,40}?\s+)?in\s+[^,;]{4,30},\s+"
    r"(?:is|was|remains|became)\s+(?:the|a|an|one)\b"
)


def _describes_a_place(text: str, before: str, end: int) -> bool:
    """Whether a clause's date sits in a closing where- or which-clause in the present ("toured the
    hospital, where 71 of the nurses recruited in 2020 are still employed"): it dates what that
    clause recalls, not the deed before it (a story's deed of its own day, see further_deeds)."""
    if ", wh" not in before:
        return False
    return _WHERE_NOW.search(before) is not None and _PRESENT_STATE.match(text, end) is not None


def _quoted(before: str) -> bool:
    """Whether what follows `before` stands inside a quotation."""
    if '"' not in before and "“" not in before:
        return False
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


_TITLE_OPENS = re.compile(
    r"The\s+(minister|president|ambassador|governor|secretary|envoy|chairman|chairwoman|director|mayor|speaker)\s"
)


def _person_titled(item: Item, event: Event, title: str) -> Event | None:
    """The row with "The minister" named as the story first named a minister: "Ghana's Minister for
    Health, Kwabena Mintah Akandoh, ..." gives "Minister Kwabena Mintah Akandoh arrived on Tuesday."."""
    person = re.compile(
        rf"(?<!Prime\s)(?<!Vice\s)\b{title.capitalize()}(?:\s+(?:for|of)\s+(?:(?:the|and)\s+)?(?:[A-Z][\w'’-]*\s*)+)?,?\s+"
        r"((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)\b"
    )
    for paragraph in item.paragraphs:
        for sentence in _sentences(paragraph.text):
            if _within(sentence, event.sentence or event.text):
                return None
            found = person.search(sentence)
            if found is not None:
                name = found.group(1)
                return _with_text(event, f"{title.capitalize()} {name}{event.text[len('The ') + len(title) :]}")
    return None


# "The university, founded in 2022 ..." after "The Italy–Azerbaijan University in Baku awarded ...".
_THE_NOUN = re.compile(r"The\s+([a-z]{4,})\b")


def _named(item: Item, event: Event) -> Event:
    """The row with "The university" named as the sentence before it names it ("The Italy–Azerbaijan
    University"), when that sentence gives the noun a name of capitalised words."""
    match = _THE_NOUN.match(event.text)
    assert match is not None, "called for rows _THE_NOUN matches"
    noun = match.group(1)
    previous = ""
    for paragraph in item.paragraphs:
        for sentence in _sentences(paragraph.text):
            if _within(sentence, event.sentence or event.text):
                name = re.search(rf"(?:\b[Tt]he\s+)?\b((?:[A-Z][\w'’–-]*\s+){{1,5}}){noun.capitalize()}\b", previous)
                if name is None:
                    return event
                return _with_text(event, f"The {name.group(1)}{noun.capitalize()}{event.text[match.end() :]}")
            previous = sentence
    return event


def _its_named(item: Item, event: Event) -> Event:
    """The row "Its third meeting took place in Kuwait City in 2024." with "Its" named as the
    sentence before names its subject: "The third meeting of the Intergovernmental Commission on
    Trade ... took place in Kuwait City in 2024.", when that subject is a name of capitalised words."""
    own = _ITS_THING.match(event.text)
    subject = None
    if own is not None:
        # (a clause of its sentence first: "The ... commission was set up in 2014; its first meeting was held ...")
        at = (event.sentence or "").lower().find(event.text[:40].lower())
        subject = _NAMED_SUBJECT.match(event.sentence[:at].strip()) if at > 0 else None
        previous = _sentence_before(item, event, same_paragraph=False) if subject is None else None
        subject = subject or (_NAMED_SUBJECT.match(previous.strip()) if previous is not None else None)
    if own is None or subject is None:
        return event
    return _with_text(event, f"The {own.group(1).strip()} of the {subject.group(1)} {event.text[own.end() :]}")


def _it_named(item: Item, event: Event) -> Event:
    """The row "It grew from USD 96.2 million in 2021 to ... in 2025." with "It" named as the sentence
    before names its subject: "Trade between Armenia and Greece is modest and unbalanced." gives
    "Trade between Armenia and Greece grew from ...", so the row says what grew."""
    previous = _sentence_before(item, event, same_paragraph=True) if _IT_DID.match(event.text) else None
    told = without_speaker(previous.strip()) if previous is not None else ""
    subject = (
        (_SUBJECT_BEFORE_STATE.match(told) or _TEXT_NAMED_BEFORE_ITS_DEED.match(told) or _THE_TEXT_BEFORE.match(told))
        if told
        else None
    )
    if subject is None or subject.group(1).split()[0] in _NOT_A_SUBJECT:
        return event
    return _with_text(event, f"{subject.group(1)} {event.text[3:]}")


def _object_named(item: Item, event: Event) -> Event:
    """The row "Cuba's National Assembly ratified it on 19 December 2026." with "it" named as the sentence
    before names the text ("The treaty on the delimitation of the maritime boundary was signed in Havana
    ..."): "... ratified it [the treaty on the delimitation of the maritime boundary] on 19 December 2026.",
    so the row says what was ratified; "approved its ratification [of the treaty ...]" likewise."""
    previous = _sentence_before(item, event, same_paragraph=True)
    text = _TEXT_TOLD_BEFORE.match(without_speaker(previous.strip())) if previous else None
    if text is None:
        return event
    thing = text.group(1)
    thing = thing[0].lower() + thing[1:] if thing.startswith("The ") else thing
    done = _DONE_TO_IT.search(event.text)
    assert done is not None, "called for rows _DONE_TO_IT finds"
    # (the source's words kept, the name added in brackets as an editor would: "ratified it [the treaty ...]")
    named = f"{done.group()} [of {thing}]" if done.group("its") else f"{done.group()} [{thing}]"
    return _with_text(event, f"{event.text[: done.start()]}{named}{event.text[done.end() :]}")


# "ratified it", "approved its ratification": a text done to, named by a pronoun.
_DONE_TO_IT = re.compile(
    r"\b(?P<verb>ratified|signed|approved|adopted|endorsed|initiall?ed|countersigned|promulgated|published|"
    r"completed)\s+(?:it\b|its\s+(?P<its>ratification|approval|signature|adoption|entry\s+into\s+force)\b)"
)
# "The treaty on the delimitation of the maritime boundary was signed in Havana ...": a text named by its kind
# and what it is on, then what was done to it.
_TEXT_TOLD_BEFORE = re.compile(
    r"((?:The\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:agreement|memorandum|treaty|convention|protocol|accord|contract|"
    r"Agreement|Memorandum|Treaty|Convention|Protocol|Accord)(?:\s+(?:on|of|between|for)\s+[^,;]{1,80}?)?)\s+"
    r"(?:was|were)\s+(?:\w+ly\s+)?(?:signed|concluded|initiall?ed|adopted|agreed)\b"
)


# "The agreement was signed by ...": a text named by its kind, then what was done to it.
_THE_TEXT_BEFORE = re.compile(
    r"(The\s+(?:[a-z-]+\s+){0,2}?(?:agreement|memorandum|treaty|convention|protocol|accord|contract|deal))\s+"
    r"(?:was|were|has|had|is)\b"
)
# "The Strategic Economic Cooperation Agreement between Ecuador and the Republic of Korea, signed in Seoul in
# October 2023, removed most of that disadvantage.": a text named in capitals, then what it did.
_TEXT_NAMED_BEFORE_ITS_DEED = re.compile(
    r"((?:The\s+)?(?:[A-Z][\w'’-]*\s+){1,6}(?:Agreement|Treaty|Convention|Memorandum|Protocol|Accord|Charter)"
    r"(?:\s+(?:between|on|of|for)\s+[^,;]{1,60}?)?)(?:,\s+[^,;]{1,80},)?\s+"
    r"(?:[a-z]+ed|was|were|is|are|has|have|cut|set|made|gave|took|brought|won|led|opened|laid|put|built)\b"
)


# "The President arrived in Tokyo last night.": a title the story named its holder by before.
_THE_TITLE = re.compile(
    r"The\s+(?P<title>President|Prime\s+Minister|Foreign\s+Minister|Minister|Ambassador|King|Queen|Emir|Amir|Chancellor|"
    r"Premier|Crown\s+Prince|Sultan)\s+(?!of\b|and\b|for\b|to\b)(?=[a-z])"
)


def _titled(item: Item, event: Event) -> Event:
    """The row "The President arrived on Monday." with the title's holder as the story named them
    before it ("President Mohamed Muizzu arrived on Monday."), when it named one holder only."""
    title = _THE_TITLE.match(event.text)
    assert title is not None, "called for rows _THE_TITLE matches"
    word = title.group("title")
    # (the title itself, not a longer one ending in it: "Prime Minister X" holds no "Minister")
    holder = re.compile(
        rf"(?<!Prime\s)(?<!Foreign\s)(?<!Deputy\s)(?<!Vice\s)\b{word}\s+((?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’-]+)"
    )
    told = [item.title] + [s for p in item.paragraphs for s in _sentences(p.text)]
    names: set[str] = set()
    for sentence in told:
        if _within(sentence, event.sentence or event.text):
            break
        names.update(m.group(1) for m in holder.finditer(sentence) if not m.group(1).startswith(("Of ", "And ")))
    if len(names) != 1:
        return event
    return _with_text(event, f"{word} {names.pop()} {event.text[title.end() :]}")


# A row of another language opening with a bare subject pronoun: "Il doit encore être ratifié par les
# deux parlements ...", "Они договорились ...", "Ella entrará en vigor ...".
_OTHER_PRONOUN = re.compile(
    r"(?:Il|Elle|Ils|Elles|Él|Ella|Ellos|Ellas|Esso|Essa|Essi|Esse|Ele|Ela|Eles|Elas|Er|Sie|Es|Он|Она|Оно|Они)\s"
)


def _with_sentence_before(item: Item, event: Event) -> Event:
    """The row with the sentence before its own, which names what its pronoun stands for."""
    previous = _sentence_before(item, event, same_paragraph=False)
    if not previous or previous in event.text:
        return event
    return _with_text(event, f"{previous} {event.text}")


def _sentence_before(item: Item, event: Event, *, same_paragraph: bool) -> str | None:
    """The sentence before the row's own in its item ('' when the row's opens its item, or its
    paragraph when `same_paragraph`), or None when the row's sentence is not found."""
    previous = ""
    for paragraph in item.paragraphs:
        for sentence in _sentences(paragraph.text):
            if _within(sentence, event.sentence or event.text):
                return previous
            previous = sentence
        if same_paragraph:
            previous = ""  # (a paragraph opens a new matter)
    return None


# "It grew from ...", "It opened in 2019": a pronoun subject and its verb in the past.
_IT_DID = re.compile(
    r"It\s+(?!is\b|was\s+(?:not|also|the|a|an|one)\b)"
    # (or will do: "It will enter into force on 1 July 2027.")
    r"(?:[a-z]+ed|rose|grew|fell|was|reached|became|began|won|took|made|held|will\s+(?!be\s+(?:a|an|the)\b))\b"
)
# "Trade between Armenia and Greece is modest": a sentence's subject, named before its verb of state.
_SUBJECT_BEFORE_STATE = re.compile(
    r"((?:Bilateral\s+|Mutual\s+|Total\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|between|and|of|the|with|in)){0,7})\s+"
    r"(?:is|was|has|have|remains|remained)\b"
)
_NOT_A_SUBJECT = frozenset("It This That There These Those He She They We In On At For By As After Since".split())


# "Its third meeting took place ...": the thing, up to its verb.
_ITS_THING = re.compile(r"Its\s+((?:[a-z][\w-]*\s+){1,4}?)(?=(?:was|were|is|are|will|has|had|took|[a-z]+ed)\b)")
# "An Intergovernmental Commission on Trade, Economic and Technical Cooperation was set up in 2016.":
# a subject named in capitals, before its verb.
_NAMED_SUBJECT = re.compile(
    r"(?:An?|The)\s+([A-Z][\w'’–-]*(?:\s+(?:[A-Z][\w'’–-]*,?|of|on|for|and|the))*"
    # ("The Kyrgyz-Emirati intergovernmental commission was set up in 2014": a body named in part in lower case)
    r"(?:(?:\s+[a-z][\w-]*)?\s+(?:commission|committee|council|forum|fund|board|chamber))?)\s+(?:was|were|is|has|had)\b"
)


# "on the afternoon of his arrival": the day the story said he arrived.
_ON_ARRIVAL = re.compile(
    r"\b(?:[Oo]n|[Uu]pon)\s+(?:the\s+(?:morning|afternoon|evening|night|day)\s+of\s+)?(?:his|her|their)\s+arrival\b"
)
_ARRIVED = re.compile(r"\barrived\b")


def _arrived_on(event: Event) -> bool:
    """Whether a day is the one a sentence says someone arrived on ("who arrived in Rabat on Monday
    5 October at the head of ..."): its date follows "arrived" within a few words."""
    text = event.sentence or event.text
    arrived = _ARRIVED.search(text)
    at = text.find(event.expression) if event.expression else -1
    return arrived is not None and 0 <= at - arrived.end() <= ARRIVED_WITHIN


ARRIVED_WITHIN = 40  # characters: "arrived in Rabat on Monday 5 October"


# A day told by the one the text named last, in an earlier paragraph: "(on Monday ...) At the
# business forum the next day, Remontowa signed ...".  ("... on the same day" is that day: a
# story's further deed, see further_deeds.)
_NEXT_DAY = re.compile(
    r"\b(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|evening)|the\s+day\s+after|a\s+day\s+later)\b",
    re.IGNORECASE,
)
# "The evening before, the Deputy Prime Minister had attended ...": the day before the story's last
# day ("the day before the summit" names its own day).
_DAY_BEFORE = re.compile(
    r"\b(?:the\s+(?:day|morning|afternoon|evening|night)\s+before|a\s+day\s+earlier)\b(?!\s+(?:the|a|an|his|her|their|its)\b)"
    # "On the eve of the meeting, the co-chairs opened a Latvian Trade House": the day before the one
    # the story told of
    r"|\b(?:on\s+)?the\s+eve\s+of\s+(?:the|this|that|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|session|sitting|visit|talks|summit|forum|conference|signing|ceremony|opening|commission|consultations)\b",
    re.IGNORECASE,
)


# "The same day he held a separate meeting ...", "Earlier in the day, the Governor-General welcomed ...",
# "In the evening he met members of the Filipino community": the story's last day told.  ("Later that
# day, ..." goes on from the row before: see `further_deeds`.)
_SAME_DAY = re.compile(
    r"\s*(?:(?:On\s+)?(?:[Tt]he|That)\s+same\s+day|Earlier\s+(?:in\s+the|that)\s+day|"
    r"(?:In\s+the|That)\s+(?:morning|afternoon|evening))\b"
)


# ", the company said on Thursday.": the day the news was told, not the day of the deed it tells.
_SAID_ON_END = re.compile(
    r",\s+(?:the\s+|a\s+)?(?:[\w'’()-]+\s+){0,6}?(?:said|says|announced|reported|reports|confirmed|stated)\s+"
    r"(?:on\s+|late\s+on\s+|early\s+on\s+)?(?P<when>[^,;.]{3,25})\.?\s*$"
)
# "The contract was signed in Mexico City on Wednesday": the deed of the story's lead, on its own day.
_THE_THING_DONE = re.compile(
    r"(?:The|This)\s+(?:[\w-]+\s+){0,3}?(?P<thing>contract|agreement|deal|loan|memorandum|protocol|treaty|accord|"
    r"grant|line\s+of\s+credit|credit\s+line)\s+(?:was|were)\s+(?:signed|concluded|agreed|approved|finalised|finalized)\b"
)
DEED_TOLD_AFTER_DAYS = 7
_A_DEAL = (
    r"\b(?:contract|agreement|deal|loan|memorandum|protocol|treaty|accord|grant|line\s+of\s+credit|credit\s+line)s?\b"
)


def _deed_day_told_after(events: list[Event]) -> list[Event]:
    """A story's rows with a lead dated only by who told it ("BNPC has signed a ten-year contract with CFE
    ..., the company said on Thursday.") moved to the day a later sentence gives its deed ("The contract
    was signed in Mexico City on Wednesday, according to the company."), that sentence told after it."""
    for k, lead in enumerate(events):
        said = _SAID_ON_END.search(lead.text) if lead.precision == "day" and lead.expression else None
        if said is None or lead.expression not in said.group("when"):
            continue
        for j, done in enumerate(events):
            found = _THE_THING_DONE.match(done.text) if j != k and done.precision == "day" else None
            if (
                found is not None
                and 0 < (lead.start - done.start).days <= DEED_TOLD_AFTER_DAYS
                # ("The agreement was signed ..." after "has extended a line of credit": the deal's text)
                and re.search(
                    rf"\b{found.group('thing')}\b" if found.group("thing") != "agreement" else _A_DEAL, lead.text
                )
                is not None
            ):
                moved = replace(
                    _with_text(lead, f"{lead.text.rstrip()} {done.text.strip()}"),
                    start=done.start,
                    end=done.end,
                    label=done.label,
                    expression=done.expression,
                )
                return [moved if i == k else e for i, e in enumerate(events) if i != j]
    return events


def _same_day_told_with_lead(events: list[Event], lead: int) -> list[Event]:
    """The story's rows with a row of its lead's day that opens "Earlier that day" or "The same day" (and
    the deeds that joined it) told in the lead's row after the lead: "X received Y on Wednesday. Earlier
    that day, the ministers co-chaired the commission. The commission approved a roadmap ..."."""
    own = events[lead]
    joining = [
        k
        for k, e in enumerate(events)
        if k != lead
        and e.start == own.start
        and e.end == own.end
        and _SAME_DAY.match(e.text)
        and e.text not in own.text
    ]
    if not joining:
        return events
    text = " ".join([own.text.rstrip(), *(events[k].text.strip() for k in joining)])
    events = [_with_text(own, text) if k == lead else e for k, e in enumerate(events) if k not in joining]
    return events


# A day a paragraph names ("on Tuesday", "today", "14 June"), after which its "the same day" is that day.
_DAY_NAMED = re.compile(
    rf"\b(?:{'|'.join(WEEKDAYS)}|today|yesterday|tonight|\d{{1,2}}\s+(?:{'|'.join(MONTH_NAMES)}))\b", re.IGNORECASE
)


def _days_after(
    text: str,
    told: list[dt.date],
    published: dt.date | None,
    item_id: str,
    location: Location,
    topics: tuple[str, ...],
    arrival: dt.date | None = None,
) -> list[Event]:
    """Sentences of a story dated from the day it last named: "The next day ...", "The evening
    before, ...", "The same day ...", "Two weeks after the visit, ..." (the visit the story told of
    on that day).

    A story whose lead names its first and its last day ("arrived on Monday 5 October ... ends his
    visit today") then tells the days in order: a past deed "the next day" that would fall after
    the story's date counts from the latest day it named that keeps it on or before that date."""
    if not any(word in text for word in ("day", "week", "morning", "afternoon", "evening", " eve ")):
        return []
    out = []
    for sentence in _sentences(text):
        found = _NEXT_DAY.search(sentence)
        if found is not None:
            days = 1
        elif (found := _DAY_BEFORE.search(sentence)) is not None:
            days = -1
        elif (found := _SAME_DAY.match(sentence)) is not None and not _DAY_NAMED.search(text, 0, text.find(sentence)):
            days = 0  # (a day the paragraph named before it: the sentence joins that day's row, see further_deeds)
        elif arrival is not None and (found := _ON_ARRIVAL.search(sentence)) is not None:
            # "laid a wreath ... on the afternoon of his arrival": the day the story said he arrived
            out.append(_on_day(arrival, sentence, (item_id, location), topics, found.group(), sentence))
            continue
        else:
            found = _AFTER_THE_HAPPENING.search(sentence) or _LATER.search(sentence)
            if found is None:
                continue
            days = _count(found.group(1).lower()) * (7 if found.group(2) == "week" else 1)
        step = dt.timedelta(days=days)
        day = _story_day(told, published) + step
        if published is not None and day > published and not _sounds_future(sentence):
            day = next((d + step for d in reversed(told) if d + step <= published), day)
        out.append(_on_day(day, sentence, (item_id, location), topics, found.group(), sentence))
    return out


STORY_DAYS = 14  # a news story's own days lie within this many days before its date


def _story_day(told: list[dt.date], published: dt.date | None) -> dt.date:
    """The day "the next day" counts from: the story's last day, but not a day it recalls in passing.
    "... on Monday, the instruments were exchanged. The two sides welcomed the entry into force of
    the agreement, which was signed on 19 November 2025. The following day, the Prime Minister
    visited Duqm": Tuesday, the day after the last day of the story's own days (those shortly before
    its date), not the day after a day it recalls."""
    last = told[-1]
    if published is None or published - last <= dt.timedelta(days=STORY_DAYS):
        return last
    recent = [d for d in told if dt.timedelta(0) <= published - d <= dt.timedelta(days=STORY_DAYS)]
    return recent[-1] if recent else last


# "On the last day of the visit, the President addressed a business forum", "On his last day in Lima
# the minister toured the terminal": a day of the span of days the story named before ("a state
# visit to Hungary from 21 to 23 May").
_DAY_OF_SPELL = re.compile(
    r"\b[Oo]n\s+(?:the\s+|his\s+|her\s+|their\s+)?(first|opening|second|third|fourth|fifth|last|final|closing|concluding)\s+"
    r"(?:day|morning|afternoon|evening|night)\b"
)
_DAY_NUMBER = {"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
LONGEST_SPELL_DAYS = 14


_WEEKDAY = re.compile(rf"\b({'|'.join(WEEKDAYS)})\b")


def _weekday_within(event: Event, spell: Event) -> Event:
    """A weekday told after the story named a span of days ("from 9 to 13 March ... In Tokyo on
    Tuesday") is the one in that span, not the last one before the story's date."""
    if event.precision != "day" or spell.start <= event.start <= spell.end:
        return event
    named = _WEEKDAY.search(event.expression)
    if named is None or len(event.expression) > len(named.group()) + len("last "):
        return event  # "Tuesday, 17 March" names its own date
    day = spell.start + dt.timedelta(days=(WEEKDAYS.index(named.group()) - spell.start.weekday()) % 7)
    if day > spell.end:
        return event
    return replace(event, start=day, end=day, label=day_label(day))


_SPELL_OF_A_VISIT = r"visit|trip|tour|mission|stay"  # what "a three-day ..." counts the days of
# "concluded a three-day official visit to Rwanda on 15 September", "began a two-day visit on Monday":
# the span of days the visit took, counted back from its last day or on from its first.
_DAYS_COUNTED = re.compile(
    r"\b(?:(concluded|ended|wound\s+up|wrapped\s+up|completed|finished|at\s+the\s+end\s+of)|"
    r"(began|started|opened|arrived\s+(?:[^\s,;.]+\s+){0,4}?for))"
    r"\s+(?:a|an|his|her|their|the)\s+"
    rf"(two|three|four|five|six|seven|\d)-day\s+(?:[\w-]+\s+){{0,2}}?(?i:{_SPELL_OF_A_VISIT})\b"
)


# "The five-day exercise, which began last Wednesday off Muscat, ...": counted on from its first day.
_COUNTED_FROM_START = re.compile(
    r"\b[Tt]he\s+(two|three|four|five|six|seven|\d)-day\s+(?:[\w-]+\s+){0,2}?"
    rf"(?P<noun>{_SPELL_OF_A_VISIT}|exercises?|drills|festival|fair|forum|conference|summit|course|session)"
    r",?\s+(?:which\s+)?(?:began|started|opened)\b"
)


def _spell_of_days_counted(event: Event) -> Event | None:
    if event.precision != "day" or "-day" not in event.text:
        return None
    text = event.sentence or event.text
    found = _DAYS_COUNTED.search(text)
    if found is None:
        from_start = _COUNTED_FROM_START.search(text)
        if from_start is None:
            return None
        days = dt.timedelta(days=_count(from_start.group(1)) - 1)
        return replace(event, start=event.start, end=event.start + days, precision="range")
    days = dt.timedelta(days=_count(found.group(3)) - 1)
    start, end = (event.start - days, event.start) if found.group(1) else (event.start, event.start + days)
    return replace(event, start=start, end=end, precision="range")


def _headline_day(item: Item) -> dt.date | None:
    """The one day an article's headline names that its text does not ("... Moved to 9 December")."""
    if not item.title or not any(ch.isdigit() for ch in item.title):
        return None
    text = " ".join(p.text for p in item.paragraphs)
    days = [
        span.start
        for span in find_dates(item.title, item.date)
        if span.precision == "day" and span.expression not in text
    ]
    return days[0] if len(days) == 1 else None


def _days_of_one_spell(events: list[Event]) -> list[Event]:
    """A story's row of the day a counted spell began and its row of the day it ended are one row
    over the spell: "The Royal Navy ... on Sunday concluded the joint naval exercise" and "The
    five-day exercise, which began last Wednesday off Muscat, ..." are one exercise, 11-15 November."""
    out = list(events)
    for began in events:
        if began.precision != "day" or "-day" not in began.text:
            continue
        found = _COUNTED_FROM_START.search(began.text)
        if found is None:
            continue
        end = began.start + dt.timedelta(days=_count(found.group(1)) - 1)
        noun = found.group("noun").rstrip("s")
        ended = next(
            (e for e in out if e is not began and e.precision == "day" and e.start == end and noun in e.text.lower()),
            None,
        )
        if ended is None or began not in out:
            continue
        out.remove(began)
        out[out.index(ended)] = replace(
            ended, start=began.start, precision="range", label=range_label(began.start, end)
        )
    # "... ended a four-day official visit to France on Thursday" and "The Prime Minister arrived in
    # Paris on Sunday.": the arrival on the visit's first days is its start, told by the visit's row.
    for ended in list(out):
        found = _DAYS_COUNTED.search(ended.sentence or ended.text) if ended.precision == "day" else None
        if found is None or not found.group(1):
            continue
        first = ended.start - dt.timedelta(days=_count(found.group(3)))  # (a day's slack: "arrived late on Sunday")
        arrival = next(
            (
                e
                for e in out
                if e.precision == "day"
                and first <= e.start < ended.start
                and _arrived_on(e)
                and _ARRIVAL_ONLY.match(e.text)
            ),
            None,
        )
        if arrival is None:
            continue
        out.remove(arrival)
        out[out.index(ended)] = _combine([ended, arrival])
    # "HMAS Toowoomba ... spent four days at Sihanoukville from 6 to 9 July" and "The frigate left on
    # Thursday for Ho Chi Minh City.": the departure on a spell's last day is its end, told by the
    # spell's row (an arrival, often with its welcome, keeps a row of its own).
    for spell in [e for e in out if e.precision == "range" and _short_spell(e)]:
        for day in [e for e in out if e.precision == "day"]:
            if day.start == spell.end and _DEPARTURE_ONLY.match(day.text):
                out.remove(day)
                at = out.index(spell)
                spell = out[at] = _combine([spell, day])
    return out


# A row that tells a departure and nothing else: "The frigate left on Thursday for Ho Chi Minh City."
_DEPARTURE_ONLY = re.compile(r"(?:\S+\s+){1,6}?(?:left|departed)\s[^,;:]*$")


# A row that tells an arrival and nothing else: "Connolly arrived at Kamuzu International Airport on Sunday."
_ARRIVAL_ONLY = re.compile(r"(?:\S+\s+){1,6}?arrived\s[^,;:]*$")


def _count(word: str) -> int:
    return int(word) if word.isdigit() else COUNT_WORDS[word]


_A_WEEK_TOLD = re.compile(r"(?:next|last|this|the\s+(?:following|previous|coming|past))\s+week", re.IGNORECASE)


def _within_a_spell(day: Event, events: list[Event]) -> bool:
    return day.precision == "day" and any(_short_spell(e) and e.start <= day.start <= e.end for e in events)


def _short_spell(event: Event) -> bool:
    return event.end > event.start and (event.end - event.start).days < LONGEST_SPELL_DAYS


def _days_of_spell(text: str, spell: Event, item_id: str, location: Location, topics: tuple[str, ...]) -> list[Event]:
    """Sentences dated by the day of the story's span they name: "On the second day ..."."""
    if not any(word in text for word in ("day", "morning", "evening", "night")):
        return []
    out = []
    for sentence in _sentences(text):
        found = _DAY_OF_SPELL.search(sentence)
        if found is None:
            continue
        number = _DAY_NUMBER.get(found.group(1).lower())
        day = spell.end if number is None else spell.start + dt.timedelta(days=number - 1)
        if day <= spell.end:
            # (up to the clause that names the day: "On his last day in Lima the minister toured the
            # terminal, and the two ministers agreed that the Committee will meet in February" is a tour)
            # (and the clauses before it, which no date of their own takes away: "In Aichi she toured
            # a Toyota plant, and on the last day of the trip she laid a wreath")
            end = next(
                (b for a, b, _ in clause_spans(sentence, 0, len(sentence)) if a <= found.start() < b), len(sentence)
            )
            text = sentence if end >= len(sentence.rstrip()) - 1 else sentence[:end].rstrip(" ,;") + "."
            out.append(_on_day(day, text, (item_id, location), topics, found.group(), sentence))
    return out


# "Two days later he met the new Foreign Minister": counted from the day the story named last.
_LATER = re.compile(
    r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week)s?\s+later\b", re.IGNORECASE
)
# "Two weeks after the visit": counted from the day the story told of the visit.
_AFTER_THE_HAPPENING = re.compile(
    r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week)s?\s+after\s+"
    r"(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:visit|summit|talks|forum|meeting|signing|ceremony|session|round)\b",
    re.IGNORECASE,
)


def _on_day(
    day: dt.date, text: str, source: tuple[str, Location], topics: tuple[str, ...], expression: str, sentence: str
) -> Event:
    return Event(
        start=day,
        end=day,
        precision="day",
        label=day_label(day),
        text=text,
        sources=(source,),
        expression=expression,
        topics=topics,
        sentence=sentence,
    )


# How long before its publication a news article's reported happening may lie.
REPORTING_DAYS = 7


def _reported_day(
    published: dt.date, events: list[Event], line: int | None = None, titled: dt.date | None = None
) -> dt.date:
    """The day an article's undated happening took place: the latest day the article names in
    the week up to its publication ("... met in Rome on 16 June. The sides signed a memorandum",
    published on 17 June), else the publication date.  When the happening's line is known, the
    days named up to it come first: the story's time so far ("welcomed on Monday ... then
    witnessed the signing ... On Tuesday, opened the forum" dates the signing Monday).  Before
    any day the text names comes the one its headline alone names (`titled`: "Honorary Consulate
    in Blantyre Reopens on 14 October" over "... reopened its doors", published on 15 October)."""
    days = [
        e
        for e in events
        if e.precision == "day" and e.start == e.end and 0 <= (published - e.start).days <= REPORTING_DAYS
    ]
    if line is not None:
        so_far = [e.start for e in days if e.sources[0][1].line <= line]
        if so_far:
            return max(so_far)
    if titled is not None and 0 <= (published - titled).days <= REPORTING_DAYS:
        return titled
    return max((e.start for e in days), default=published)


def _within(sentence: str, other: str) -> bool:
    """Whether two sentence splits name the same sentence (one may hold the other)."""
    a, b = sentence.strip(), other.strip()
    return a in b or b in a


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Merge events that state the same dated happening, keeping every source (input order).

    Events only merge within one (start, end, precision) bucket.  Inside a bucket a new event
    joins the first cluster whose first statement states the same happening (see the module
    docstring).  Candidates come from indexes, not from a scan of the bucket, so merging stays
    linear on large corpora: exact text, article id, and an inverted index of each cluster's
    content words probed with the event's rarest words (prefix filtering: a cluster sharing
    MERGE_ALL_OF_FEW words with the event must hold one of its len - MERGE_ALL_OF_FEW + 1
    rarest words).  A cluster is indexed by its own such rarest words only: two sets sharing
    MERGE_ALL_OF_FEW words share the rarest of them, which is in both prefixes, so the common
    words ("kazakhstan", "cooperation"), whose lists are the long ones, are never probed.
    """
    events = list(events)
    words_of = [_content_words(event) for event in events]
    frequency = Counter(chain.from_iterable(words_of))
    # Each word's place in (frequency, word) order, so sorting an event's words is by one int.
    rank = {w: i for i, w in enumerate(sorted(frequency, key=lambda w: (frequency[w], w)))}
    buckets: dict[tuple[dt.date, dt.date, str], _Bucket] = {}
    order: list[_Cluster] = []
    for event, content in zip(events, words_of):
        bucket = buckets.setdefault((event.start, event.end, event.precision), _Bucket())
        rarest = sorted(content, key=rank.__getitem__)[: max(len(content) - MERGE_ALL_OF_FEW + 1, 0)]
        cluster = bucket.find(event, content, rarest)
        if cluster is None:
            cluster = _Cluster(event, content, number=len(order))
            order.append(cluster)
        bucket.add(cluster, event, rarest)
    return [_combine(_telling_first(cluster.events)) for cluster in order]


LOCAL_RARE = 4  # a name in at most this many rows of its month names the people of one happening


class _Spells:
    """Rows of a span of days ("earlier this week", "from 6 to 13 July") by the names they share
    with few rows of their month, and each precise row's such names."""

    def __init__(self) -> None:
        self.by_name: dict[tuple[int, int, str], list[int]] = {}
        self.names: dict[int, frozenset[str]] = {}


def _spells_by_local_name(events: list[Event], words: list[frozenset[str]]) -> _Spells:
    spells = _Spells()
    precise = [i for i, e in enumerate(events) if e.expression and (e.end - e.start).days <= PRECISE_DAYS]
    if not any(events[i].precision == "range" for i in precise):
        return spells
    named = {i: _names(events[i]) & words[i] for i in precise}
    count = Counter((events[i].start.year, events[i].start.month, w) for i in precise for w in named[i])
    for i in precise:
        e = events[i]
        spells.names[i] = local = frozenset(w for w in named[i] if count[e.start.year, e.start.month, w] <= LOCAL_RARE)
        if e.precision == "range":
            for w in local:
                spells.by_name.setdefault((e.start.year, e.start.month, w), []).append(i)
    return spells


def _same_spell(i: int, events: list[Event], spells: _Spells) -> list[int]:
    """Rows of a span of a few days holding row i's day that tell its happening in other words:
    "President Mahama arrived in Ankara on Monday for a two-day state visit" and "Ghana and Türkiye
    sealed three agreements during President Mahama's state visit to Ankara earlier this week".
    They share two names that few rows of the month name and a happening noun ("visit"), and come
    from different sources (a story's own days of a visit are its parts)."""
    local = spells.names.get(i)
    if not local or not spells.by_name:
        return []
    a = events[i]
    shared: Counter[int] = Counter()
    for w in local:
        for j in spells.by_name.get((a.start.year, a.start.month, w), ()):
            b = events[j]
            if j != i and b.start <= a.start and a.end <= b.end and (b.start, b.end) != (a.start, a.end):
                shared[j] += 1
    out = []
    for j, n in shared.items():
        b = events[j]
        if (
            n >= 2
            and b.sources[0][0] != a.sources[0][0]
            and not (local & spells.names[j]) <= (_setting(a) | _setting(b))  # "signed during the visit of X"
            and set(_happening_nouns(b.sentence or b.text)) & set(_happening_nouns(a.sentence or a.text))
        ):
            out.append(j)
    return out


_OPENS_WITH_ITS_SUBJECT = re.compile(r"(?!(?:It|Its|They|Their|He|She|This|These|On|In|At|During|After|Before)\b)[A-Z]")


def _telling_first(statements: list[Event]) -> list[Event]:
    """Statements of one happening, the one that stands for them first: the first, unless it
    settles nothing or describes ("The agreement, signed in 2024, allows ...") and another of the
    same dates tells the deed ("The forum drew a full house ...", a story's scene, and "Companies
    signed agreements worth USD 650 million at the forum")."""
    first = statements[0]
    if len(statements) == 1:
        return statements
    if (
        sounds_future(first.sentence or first.text)
        and not called_off(first.text)
        # (not a deed told done late: "co-chaired the fifth meeting ... on Tuesday, a week later than first planned")
        and not (LATER_THAN_PLANNED.search(first.text) and _PAST_VERB.search(main_clause(first.text)))
    ):
        # "The festival will take place in Corozal on 28 November" yields to "The festival planned for Nov 28
        # in Corozal has been cancelled": what became of the plan is the news
        turned = next((e for e in statements[1:] if _same_span(e, first) and called_off(e.text)), None)
        if turned is not None:
            return [turned, *(e for e in statements if e is not turned)]
    if _recalled(first):
        # "reviewed ... the partnership established in September 2023" yields to "In September 2023 ...
        # raised relations to a comprehensive strategic partnership": the deed told, not recalled
        told = next((e for e in statements[1:] if _same_span(e, first) and not _recalled(e)), None)
        if told is not None:
            return [told, *(e for e in statements if e is not told)]
    # "Bilateral trade reached USD 1.12 billion in 2026" yields to "... amounted to USD 1.02 billion in 2026, not
    # USD 1.12 billion as announced": the figure put right, whoever first gave the wrong one.
    righted = next(
        (
            e
            for e in statements[1:]
            if "not" in e.text
            and (wrong := _NOT_AS_STATED.search(e.text))
            and re.search(rf"(?<![\d.,]){re.escape(wrong.group(1))}(?![\d])", first.text)
        ),
        None,
    )
    if righted is not None:
        return [righted, *(e for e in statements if e is not righted)]
    # "Figures released last week show ... K4.8 billion in the first quarter" yields to "The
    # first-quarter figure has been revised to K5.3 billion": the last word on the figure.
    if _REVISION.search(first.text):
        return statements
    revision = next((e for e in statements[1:] if _same_span(e, first) and _REVISION.search(e.text)), None)
    if revision is not None:
        return [revision, *(e for e in statements if e is not revision)]
    bare = _BARE_THING.match(first.text)
    if bare is not None:
        # "The agreement was signed in Hanoi in November 2023." beside the paper's "... signed in Hanoi
        # an agreement for the avoidance of double taxation": the statement that says which one.
        # (or by the words before it: "concluded a revised social security agreement")
        naming = re.compile(
            rf"\b{bare.group(1)}\s+(?:for|on|between|of|with|to)\s|\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){{1,4}}{bare.group(1)}\b"
        )
        named = next((e for e in statements[1:] if _same_span(e, first) and naming.search(e.text)), None)
        if named is not None:
            return [named, *(e for e in statements if e is not named)]
    if _PLAN.search(first.text) and not called_off(first.text):
        # "a Mauritania investment roadshow was scheduled in Madrid for 22 September" yields to "More than
        # 140 Spanish companies attended the ... roadshow held in Madrid on 22 September": the plan done
        done = next(
            (
                e
                for e in statements[1:]
                if _same_span(e, first)
                and not _PLAN.search(e.text)
                and _PAST_VERB.search(e.text)
                and not _DESCRIPTION.match(e.text)
            ),
            None,
        )
        if done is not None:
            return [done, *(e for e in statements if e is not done)]
    if _TOLD_PARTICIPLE_ROW.match(first.text):
        # "The first Cervantes centre in West Africa, opened in 2025." (a thing a sentence named in passing)
        # yields to "The Instituto Cervantes opened its Dakar centre in 2025.": the deed told by a sentence
        whole = next(
            (
                e
                for e in statements[1:]
                if _same_span(e, first)
                and not _TOLD_PARTICIPLE_ROW.match(e.text)
                and settles(e.text)
                # (a sentence whose subject names the thing: not "It was signed in Zagreb on ...", nor "On 15
                # April he held talks ..., after which five documents were signed")
                and _OPENS_WITH_ITS_SUBJECT.match(e.text) is not None
                and bool(_proper_names(first) & _proper_names(e))
            ),
            None,
        )
        if whole is not None:
            return [whole, *(e for e in statements if e is not whole)]
    if settles(first.text) and not _DESCRIPTION.match(first.text):
        return statements
    telling = next(
        (e for e in statements[1:] if _same_span(e, first) and settles(e.text) and not _DESCRIPTION.match(e.text)),
        None,
    )
    if telling is None and _PAST_VERB.search(first.text) is None:
        # "The Prime Minister travels to Toulouse today" (told that morning) yields to "... ended a
        # four-day official visit to France on Thursday in Toulouse": the day told as done.
        telling = next(
            (
                e
                for e in statements[1:]
                if _same_span(e, first) and _PAST_VERB.search(e.text) and not _DESCRIPTION.match(e.text)
            ),
            None,
        )
    return statements if telling is None else [telling, *(e for e in statements if e is not telling)]


_NOT_AS_STATED = re.compile(
    r"\bnot\s+(?:[A-Z]{3}\s?|US\$\s?|[$€£])?(\d[\d.,]*\d|\d)\s*(?:million|billion|bn|mln)?\s+as\s+"
    r"(?:stated|published|reported|announced|given|first\s+reported)\b"
)
_REVISION = re.compile(
    r"\b(?:revised|corrected)\s+(?:\w+\s+)?(?:to|upwards|downwards|up|down)\b"
    r"|\b(?i:revised)\s+(?:[\w-]+\s+)?(?:figures?|data|estimates?|statistics)\b"  # "Revised customs figures put ..."
    # "lowered its estimate for the first half of the year to ...", "corrected its figure for January to June"
    r"|\b(?:revised|corrected|lowered|raised|cut|trimmed|adjusted)\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:figures?|estimates?|data|totals?)\b"
)


# A row that names its thing by a bare noun: "The agreement was signed ...", "The treaty entered ...".
_BARE_THING = re.compile(
    r"(?:The|This)\s+([a-z]{4,})(?:\s+(?:was|were|has|had|is|entered|came)"
    r"|,?\s+(?:last\s+|first\s+)?(?:[a-z]{3,}ed|met)\s+(?:in|on|by|at))\b"
)


class _Cluster:
    """Statements of one happening; the first one stands for the cluster."""

    __slots__ = ("events", "words", "pubdate", "number", "series")

    def __init__(self, first: Event, content: frozenset[str], number: int) -> None:
        self.events: list[Event] = []
        self.words = content  # of the first statement
        self.pubdate = not first.expression
        self.number = number  # creation order: the earliest matching cluster wins
        self.series = _is_series(first)


def _is_series(event: Event) -> bool:
    """A row of several dates ("held in 2016, 2019 and 2024"): not one of its instances ("In 2016
    the first round took place in Colombo"), though it is filed under the first."""
    label = event.label
    return (" and " in label or ", " in label) and label in event.text


class _Bucket:
    """The clusters of one (start, end, precision), indexed by what can make a new event join them."""

    def __init__(self) -> None:
        self.by_text: dict[str, _Cluster] = {}
        self.by_title: dict[str, _Cluster] = {}  # publication-date events, by normalised title
        self.pubdate_of: dict[str, _Cluster] = {}  # item id -> cluster holding its publication date
        self.sentence_of: dict[str, _Cluster] = {}  # item id -> a cluster holding one of its sentences
        self.by_word: dict[str, list[_Cluster]] = {}
        self.clusters: list[_Cluster] = []  # in creation order
        self.short: list[_Cluster] = []  # those whose first statement has few words (at most SHORT_ROW_SCAN)
        # (content words, is a series, is a publication date) -> the cluster the word probe found:
        # a feed restates one happening in the same words many times ("Trade turnover between A and
        # B grew ..."), and the same probe finds the same earliest cluster (later ones come after it).
        self.probed: dict[tuple[frozenset[str], bool, bool], _Cluster] = {}
        # (thing or "meet", place) -> (cluster, told by "The <thing>", body) for signings and sittings; see _named_deed
        self.by_deed: dict[tuple[str, str], list[tuple[_Cluster, bool, str | None]]] = {}

    def find(self, event: Event, content: frozenset[str], rarest: list[str]) -> _Cluster | None:
        items = [item_id for item_id, _ in event.sources]
        if not event.expression:
            # Two publication dates are one happening only if they are the same article twice.
            title = _normalised(event.text)
            found = self.by_title.get(title) or next(
                (self.sentence_of[i] for i in items if i in self.sentence_of), None
            )
            if found is not None:
                return found
        else:
            found = next((self.pubdate_of[i] for i in items if i in self.pubdate_of), None)
            if found is not None and _other_kinds(found.events[0], event):
                # (the story's row signs a memorandum, this sentence inaugurates a consulate: another
                # happening of its day, whose words the story's row would not show)
                found = None
            found = found or self.by_text.get(event.text)
            if found is not None:
                return found
        series = _is_series(event)
        deed = _named_deed(event.sentence or event.text) if event.expression else None
        if deed is not None:
            # "The convention, signed in Taipei in May 2025, caps ..." is the convention the other row
            # says was signed in Taipei that month, when no other row there signs one; "The previous
            # session took place in Sofia in April 2025" is the fourth session the other row says met there
            told = [
                (c, back)
                for c, back, body in self.by_deed.get((deed.kind, deed.place), ())
                if body is None or deed.body is None or body == deed.body
            ]
            joined = [c for c, back in told if back != deed.points_back]
            # (a row that names such a thing joins a bare "The <thing>" row only while none names one)
            if len({c.number for c in joined}) == 1 and (deed.points_back or all(back for _, back in told)):
                return joined[0]
        key = (content, series, not event.expression)
        best = self.probed.get(key)
        if best is not None:
            return best
        seen: set[int] = set()
        for word in rarest:
            for cluster in self.by_word.get(word, ()):
                if best is not None and cluster.number >= best.number:
                    break  # a word's clusters are in creation order: the rest came later still
                if cluster.number in seen or (cluster.pubdate and not event.expression):
                    continue
                seen.add(cluster.number)
                if (
                    _overlapping(content, cluster.words)
                    and cluster.series == series
                    and not _other_parties(event, cluster.events[0])
                ):
                    best = cluster
        if best is None and event.expression and event.precision in ("day", "month"):
            # "The Convention will enter into force on 1 September 2026." and "... the convention on ...
            # qualifications, in force since 1 September": a short row, all but one of its words told
            short = len(content) <= SHORT_ROW_WORDS
            pool = self.clusters if short and len(self.clusters) <= SHORT_ROW_SCAN else self.short
            best = next(
                (c for c in pool if not c.pubdate and c.series == series and _short_row_overlap(content, c.words)),
                None,
            )
        if best is not None:
            self.probed[key] = best
        return best

    def add(self, cluster: _Cluster, event: Event, rarest: list[str]) -> None:
        if not cluster.events:  # a new cluster: index its first statement's rarest words
            for word in rarest:
                self.by_word.setdefault(word, []).append(cluster)
            self.clusters.append(cluster)
            if len(cluster.words) <= SHORT_ROW_WORDS and len(self.short) < SHORT_ROW_SCAN:
                self.short.append(cluster)
            if rarest and event.expression:  # the same probe finds it (no earlier cluster matched)
                self.probed.setdefault((cluster.words, cluster.series, False), cluster)
        cluster.events.append(event)
        deed = _named_deed(event.sentence or event.text) if event.expression else None
        if deed is not None:
            self.by_deed.setdefault((deed.kind, deed.place), []).append((cluster, deed.points_back, deed.body))
        if event.expression:
            self.by_text.setdefault(event.text, cluster)
        else:
            self.by_title.setdefault(_normalised(event.text), cluster)
        index = self.sentence_of if event.expression else self.pubdate_of
        for item_id, _ in event.sources:
            index.setdefault(item_id, cluster)


# A document signed, or a body meeting, in a place: "signed a convention ... in Taipei", "The Joint
# Commission ... met in Kigali"; "The convention, signed in Taipei ..." and "The commission, which last
# met in Kigali ..." point back at the one the text names.
_DEED_OF_THING = {
    "agreement": "sign",
    "convention": "sign",
    "treaty": "sign",
    "memorandum": "sign",
    "protocol": "sign",
    "accord": "sign",
    "contract": "sign",
    "commission": "meet",
    "committee": "meet",
    "council": "meet",
}
_BODIES = frozenset(thing for thing, deed in _DEED_OF_THING.items() if deed == "meet")
_THING_WORDS = "|".join(rf"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _DEED_OF_THING)  # "[Aa]greement|..."
_DEED_THING = re.compile(rf"\b(?:{_THING_WORDS})\b")
_THE_THING = re.compile(rf"^The\s+({'|'.join(_DEED_OF_THING)})\b")
_MEETS = (
    r"\b(?:met|meet|meeting|held\s+(?:its|a|the)\s+(?:[\w-]+\s+){0,2}?session|convened|sat|t(?:ook|ake)\s+place|"
    r"(?:be|was|were|is|are)\s+held)\b"
)
_THING_DEED_VERBS = {"sign": re.compile(r"\bsign(?:ed|ing)\b"), "meet": re.compile(_MEETS)}
# A sitting of some body, which one the words around may not say: "The fourth session took place in
# Sofia in April 2025", "The previous round took place in Canberra in June 2024".
_SITTING = re.compile(r"\b(?:[Ss]ession|[Rr]ound|[Mm]eeting|[Dd]ialogue)\b")
# "The previous session ...", "Its next meeting ...", "The session ...": the sitting the text names elsewhere
_THE_SITTING = re.compile(
    r"^(?:The|Its|Their)\s+(?:(?:previous|last|latest|next|most\s+recent|coming|upcoming)\s+)?"
    r"(?:session|round|meeting|dialogue)\b"
)
_PLACE_IN = re.compile(r"\b(?:in|to)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


class _NamedDeed(NamedTuple):
    kind: str  # the document signed ("convention"), or "meet" for a body's sitting
    place: str
    points_back: bool  # told as "The convention, signed ...", "The previous session ...": named elsewhere
    body: str | None  # the body that sat, when the row says ("commission")


@lru_cache(maxsize=65536)  # asked when a row's cluster is found and when it is added
def _named_deed(text: str) -> _NamedDeed | None:
    """The document the row's sentence signs, or the sitting it tells, in a named place, when it names
    one such thing only; else None."""
    # (the thing whose deed the row tells: "A joint commission created under that agreement held its first session")
    things = {
        thing
        for thing in {m.group(0).lower() for m in _DEED_THING.finditer(text)}
        if _THING_DEED_VERBS[_DEED_OF_THING[thing]].search(text)
    }
    subject = _THE_THING.match(text)
    if subject is not None and subject.group(1).lower() in things:
        # "The convention, signed in Taipei in May 2025, ... is the first tax treaty ...": its subject's
        things = {subject.group(1).lower()}
    bodies = things & _BODIES
    if things and things == bodies and len(bodies) == 1:
        kind, body = "meet", next(iter(bodies))
    elif len(things) == 1:
        kind, body = things.pop(), None
    elif not things and _SITTING.search(text) is not None and _THING_DEED_VERBS["meet"].search(text) is not None:
        kind, body = "meet", None  # "The fourth session took place in Sofia in April 2025"
    else:
        return None
    place = _place_of(text, _THING_DEED_VERBS["meet" if kind == "meet" else "sign"])
    if place is None:
        return None
    points_back = _THE_THING.match(text) is not None or _THE_SITTING.match(text) is not None
    return _NamedDeed(kind, place, points_back, body)


def _place_of(text: str, verb: re.Pattern[str]) -> str | None:
    """Where the deed was done: the first place named after its verb ("signed in Taipei ... to cap
    ..."), else the one place the sentence names."""
    done = verb.search(text)
    if done is not None:
        after = next((m.group(1) for m in _PLACE_IN.finditer(text, done.end()) if m.group(1) not in _MONTHS), None)
        if after is not None:
            return after
    places = {m.group(1) for m in _PLACE_IN.finditer(text)} - _MONTHS
    return places.pop() if len(places) == 1 else None


_MONTHS = frozenset(MONTH_NAMES)


SHORT_ROW_WORDS = 3  # content words of a row short enough to be told by all but one of them
SHORT_ROW_SCAN = 40  # clusters of one date scanned for a short row (a bucket is small but for feeds' boilerplate)


def _short_row_overlap(a: frozenset[str], b: frozenset[str]) -> bool:
    fewer = min(len(a), len(b))
    shared = len(a & b)
    return fewer <= SHORT_ROW_WORDS and shared >= 2 and shared >= fewer - 1


def _normalised(text: str) -> str:
    return " ".join(text.lower().split())


def _overlapping(a: frozenset[str], b: frozenset[str]) -> bool:
    shared = len(a & b)
    fewer = min(len(a), len(b))
    if shared == fewer == MERGE_ALL_OF_FEW:
        return True
    return shared >= MERGE_MIN_SHARED and shared >= MERGE_OVERLAP * fewer


def _content_words(event: Event) -> frozenset[str]:
    """Lower-cased content words of the whole sentence (of the title for a publication date;
    of the row for one deed of several the sentence states), without the date's own words,
    crudely stemmed."""
    pairs = chain.from_iterable(map(_TOKEN_WORDS.__getitem__, _lower_words(_unattributed(_compared_text(event)))))
    date_words = _date_content_words(event.expression) if event.expression else None
    if not date_words:  # most dates' words ("14 February 2024", "the first quarter") are stop words
        return frozenset(map(itemgetter(1), pairs))
    return frozenset(stem for part, stem in pairs if part not in date_words)


def _same_span(a: Event, b: Event) -> bool:
    return a.start == b.start and a.end == b.end


def _unattributed(text: str) -> str:
    """A sentence without the outlet that tells it (", the Ghana News Agency reports."): two
    outlets' names say nothing of whether they tell one happening."""
    at = text.rfind(",")  # the outlet follows the last comma
    if at < 0 or not any(verb in text[at:] for verb in _ATTRIBUTION_VERBS):
        return text
    found = _ATTRIBUTION.match(text, at)
    return text if found is None else text[:at] + text[found.end() :]


_ATTRIBUTION = re.compile(
    r",\s+(?:the\s+|an?\s+)?[^,;]{2,80}?\s+(?:reports|reported|says|said|informs|writes|(?:has\s+)?learned|learnt)"
    r"(?=[.!?]?$)"
)
_ATTRIBUTION_VERBS = ("report", "said", "says", "informs", "writes", "learn")


def _compared_text(event: Event) -> str:
    """What merging compares: the whole sentence, but a row that abridges it to one of its
    deeds ("The Business Council, established in 2018." of "The Business Council, established in
    2018, will meet in March 2027.") is compared as written, so it joins another statement of
    that deed."""
    sentence = event.sentence
    if not sentence:
        return event.text
    if event.expression and "during" in sentence and not settles(sentence):
        # "The talks, held during the Prime Minister's official visit to Argentina from 14 to 17
        # April, focused on trade": dated as the visit, compared as the visit.
        at = sentence.find(event.expression)
        setting = _DURING_THE_HAPPENING.search(sentence, max(0, at - 100), at) if at > 0 else None
        if setting is not None:
            return sentence[setting.start() : at + len(event.expression)]
    if sentence in event.text:  # the sentence with the story's further deeds after it
        return sentence
    body = event.text[1:].rstrip(_FINAL)
    if body not in sentence or ("," in body and _TOLD_PARTICIPLE_ROW.match(event.text)):
        return event.text
    # One clause of several, long enough to name its own happening ("..., and in February 2025
    # the Czech embassy in Colombo was reopened"): compared by itself, so the sentence's other
    # clauses do not dilute what it shares with another statement of it.
    return event.text if len(body.split()) >= CLAUSE_COMPARED_WORDS else sentence


CLAUSE_COMPARED_WORDS = 8
_DURING_THE_HAPPENING = re.compile(
    r"\bduring\s+(?:the|his|her|their|its|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*[’']s)\s+[^,;.]{0,60}?"
    r"\b(?:visit|trip|tour|session|summit|forum|meeting|conference)\b[^,;.]{0,50}?$"
)


_FINAL = ".!?…"


@lru_cache(maxsize=4096)  # a corpus writes its dates in a few ways ("in 2023", "14 February 2024")
def _date_words(expression: str) -> frozenset[str]:
    return frozenset(w.lower() for w in words(expression))


@lru_cache(maxsize=4096)
def _date_content_words(expression: str) -> frozenset[str]:
    """`_date_words` that can be a content word's part (no stop word, no number): the others are never compared."""
    return frozenset(w for w in _date_words(expression) if w not in _STOPWORDS and not w.isdigit())


# ASCII bytes: letters lower-cased; digits, hyphens and apostrophes kept; anything else a space.
_ASCII_TOKENS = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or 48 <= c <= 57 or c in (39, 45) else 32 for c in range(256)
)


def _lower_words(text: str) -> list[str]:
    """`words(text)`, lower-cased and without numbers when the text is ASCII (_TOKEN_WORDS
    lower-cases anyway and gives a number no content word).

    A word never spans a space, so an ASCII text is split at every other character by one byte
    translation, and only a token with a hyphen or an apostrophe ("Kazakhstan-Qatar", "--")
    goes through the word pattern: about twice as fast as the pattern over the whole text.
    Numbers are dropped here rather than looked up: ids and amounts rarely repeat, and each new
    one would be a cache miss (and fill the cache until it is cleared)."""
    if not text.isascii():
        return words(text)
    tokens = text.encode("ascii").translate(_ASCII_TOKENS).decode("ascii")
    if "-" not in tokens and "'" not in tokens:  # every token is letters and digits (most sentences)
        return [token for token in tokens.split() if not token.isdigit()]
    out: list[str] = []
    for token in tokens.split():
        if token.isalnum():
            if not token.isdigit():
                out.append(token)
        else:
            out.extend(words(token))
    return out


class _TokenWords(dict):
    """A word as written -> (lower-cased part, its stem) for each content word in it; filled on demand.

    Hyphenated compounds count by their parts: "Kazakhstan-Qatar" shares "Qatar".  Words repeat far
    more than sentences, so a sentence's content words are a few lookups.
    """

    def __missing__(self, word: str) -> tuple[tuple[str, str], ...]:
        if len(self) >= 200_000:
            self.clear()
        parts = word.lower().split("-")
        value = self[word] = tuple((w, _stem(w)) for w in parts if w and w not in _STOPWORDS and not w.isdigit())
        return value


_TOKEN_WORDS = _TokenWords()


def _stem(word: str) -> str:
    if word[-2:] in ("'s", "’s"):  # "Mahama's state visit" names Mahama
        word = word[:-2]
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    if word in _CONCEPT:
        return _CONCEPT[word]
    if word[-1:] == "e" and len(word) > LONG_STEM:
        word = word[:-1]  # "complete" as "completed", "procedure" as "procedures" (not "state": "stated")
    return _CONCEPT.get(word, word)


LONG_STEM = 6


# One concept, however a source words it: "Budapest's parliament ratified the labour agreement" and
# "Hungary's National Assembly passed the act promulgating the Agreement on Labour Cooperation".
_CONCEPT = {
    **dict.fromkeys(
        "parliament assembly senate congress majlis bunge sejm riksdag bundestag legislature knesset storting".split(),
        "legislature",
    ),
    **dict.fromkeys("ratifi ratify pass promulgat".split(), "ratify"),
    # "First production is planned for ..." and "first production targeted for ..."
    **dict.fromkeys("plann target schedul slat".split(), "plan"),
    **dict.fromkeys("acquir bought purchas".split(), "acquire"),
    # "The opening of the Mexican embassy in Muscat on 15 March" and "The Embassy ... was inaugurated on Sunday"
    **dict.fromkeys("inaugurat".split(), "open"),
    # "a Turkish-led consortium was selected in July" and "The consortium was chosen in July"
    **dict.fromkeys("chosen chose pick".split(), "select"),
    # "The first Japanese volunteers arrived in 1986" and "The first group of volunteers came in 1986"
    **dict.fromkeys("came".split(), "arriv"),
}


_sources_of, _topics_of = attrgetter("sources"), attrgetter("topics")


def _combine(cluster: list[Event]) -> Event:
    first = cluster[0]
    if len(cluster) == 1:
        return first
    sources = tuple(dict.fromkeys(chain.from_iterable(map(_sources_of, cluster))))
    topics = tuple(dict.fromkeys(chain.from_iterable(map(_topics_of, cluster))))
    expression = next((e.expression for e in cluster if e.expression), "")
    return Event(
        first.start,
        first.end,
        first.precision,
        first.label,
        _with_who_told_before(first, cluster[1:]),
        sources,
        expression=expression,
        topics=topics,
        sentence=first.sentence,
    )


# "On 12 November 2024 he met President Ilham Aliyev on the margins of the conference.": a day's deed
# whose doer a pronoun names.
_DATED_PRONOUN = re.compile(r"(?:On|In|By|At)\s+[^,.;]{3,40}?,?\s+(?:he|she|they)\s+[a-z]")


# The names just before "signed": who signed ("the grid operators GSE and APG signed").
_SIGNERS = re.compile(
    r"((?:[A-Z][\w'’-]+\s+){0,3}?[A-Z][\w'’-]+(?:\s+(?:and|&)\s+(?:[A-Z][\w'’-]+\s+){0,3}?[A-Z][\w'’-]+)?)\s+signed\b"
)


def _other_signers(a: Event, b: Event) -> bool:
    """Whether row b names its signers by name and row a names none of them."""
    found = _SIGNERS.search(b.text)
    if found is None:
        return False
    signers = {
        w for w in re.findall(r"[A-Z][\w'’-]+", found.group(1)) if w not in ("The", "A", "An", "Last", "On", "In")
    }
    return bool(signers) and not any(w in a.text for w in signers)


def _with_who_told_before(first: Event, others: list[Event]) -> str:
    """The row's text (see _with_sums_told_elsewhere), after the statement of the same paragraph at a
    vaguer date that names whom its pronoun stands for ("In November 2024 Secretary of State ... led
    San Marino's delegation to the COP29 climate conference in Baku." before "On 12 November 2024 he
    met President Ilham Aliyev on the margins of the conference.")."""
    text = _with_sums_told_elsewhere(first, others)
    if _DATED_PRONOUN.match(first.text) is None:
        return text
    for other in others:
        if (
            other.sources[0] == first.sources[0]
            and other.start <= first.start
            and first.end <= other.end
            and (other.end - other.start) > (first.end - first.start)
            and other.text not in text
        ):
            return f"{other.text} {text}"
    return text


def _with_sums_told_elsewhere(first: Event, others: list[Event]) -> str:
    """The row's text with the deeds another source tells of the same happening that name a sum the
    row does not: a minister's visit told by a feed and by the host's office, whose story adds
    "Minister Anand announced CAD 22 million in humanitarian assistance ..." after its lead."""
    text = first.text
    own = {item for item, _ in first.sources}
    for other in others:
        if {item for item, _ in other.sources} <= own:
            continue
        for sentence in _sentences(other.text)[1:]:  # (its lead tells the happening the row tells)
            sums = _AMOUNT.findall(sentence)
            if sums and _CURRENCY_WORD.search(sentence) and not any(number in text for number, _ in sums):
                text = f"{text} {sentence}"
    return text


_DIGIT = re.compile(r"\d")
ACROSS_COMMON = 0.1  # words in this share of rows (the two countries, "cooperation") name no happening
ACROSS_MAX_ROWS = 20
ACROSS_SHARED = 2
SAME_DAY_SHARED = 3  # distinctive words two rows of one day share that tell one happening
NAMED_BODY_WORDS = 3  # capitalised distinctive words two rows of one span share: one named body
COVERED_WORDS = 4  # a row this long whose words all but one are another's states its happening
ACROSS_SHARE = 0.4  # ... and this share of the fewer distinctive words
PRECISE_DAYS = 31
NAMED_ALIKE = 4  # rare names two statements of one month share that tell one happening
THEME_SHARE, THEME_ROWS = 0.25, 5  # words of so many rows name the relation's theme, not a happening


# The kind of body a capitalised name ends with: "Business Forum", "Business Council", "Joint Commission".
_BODY = re.compile(
    r"\b[A-Z][\w–-]*\s+(Forum|Council|Commission|Committee|Chamber|Centre|Center|Institute|University|Fund|Bank|"
    r"Agency|Association|Authority|Festival|Summit|Conference|Exhibition|Congress|Academy|School|Hospital)\b"
)


def _other_bodies(a: Event, b: Event) -> bool:
    """Whether the two rows name bodies of different kinds only (a forum and a council): two things."""
    kinds_a = set(_BODY.findall(_compared_text(a)))
    kinds_b = set(_BODY.findall(_compared_text(b)))
    return bool(kinds_a) and bool(kinds_b) and not kinds_a & kinds_b


YEAR_DAYS = 364  # a span shorter than this lies within its year: a month, a season, a quarter or a half
# A thing's completion planned: "The plant is to be completed in 2028", "The terminal will enter service
# in the second half of 2027" (its subject, the definite noun phrase that opens the row).
_COMPLETION_PLANNED = re.compile(
    r"(?P<thing>The\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:is|are|will|should)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:be\s+completed|complete|be\s+finished|enter\s+(?:into\s+)?(?:service|operation)|be\s+commissioned|"
    r"become\s+operational|be\s+operational|start\s+(?:operating|operations|production)|begin\s+operating|"
    r"come\s+on\s+stream)\b"
)


def _completion_of(event: Event) -> str | None:
    """The thing whose completion the row plans (see _COMPLETION_PLANNED), lower-cased, or None."""
    found = _COMPLETION_PLANNED.match(_compared_text(event))
    return found.group("thing").lower() if found is not None else None


def merge_across_precisions(events: list[Event], text_of: dict[str, str] | None = None) -> list[Event]:
    """Merge rows that state one happening at different precisions or in different words.

    "Government negotiations ... concluded in Nairobi on 20 June 2025" (a news story) and "in June
    2025 government negotiations in Nairobi produced new commitments" (a paper) are one row: their
    dates nest (one lies within the other) and they share ACROSS_SHARED distinctive words (content
    words of fewer than ACROSS_COMMON of the rows: names and key nouns) and ACROSS_SHARE of the
    fewer distinctive words of the two (so "the Korea Development Bank ... in 2023" and "the
    Export-Import Bank of Korea ... in November 2023" stay apart), or one distinctive name
    when both dates are precise (a month or less).  The merged row keeps the most precise date,
    that statement's text and label, and every source.  Rows from one sentence never merge (a
    sentence that names two dates states two happenings, or one already grouped).
    """
    events = _fold_superseded_plans(_fold_corrections(events))
    if len(events) < 2:
        return events
    cache: dict[tuple[str, str], frozenset[str]] = {}
    words = []
    pronoun = []  # the row names its thing by "It" or "They" only
    for e in events:
        key = (_compared_text(e), e.expression)
        found = cache.get(key)
        if found is None:
            found = cache[key] = _content_words(e)
        words.append(found)
        pronoun.append(_PRONOUN_SUBJECT.match(key[0]) is not None)
    frequency = Counter(w for ws in words for w in ws)
    speaker = [_speaker_words(e) for e in events]
    # A name or key noun of one happening is in a few rows; one in many names a theme (and probing
    # its rows would make merging quadratic on large corpora).
    common = min(max(3.0, ACROSS_COMMON * len(events)), ACROSS_MAX_ROWS)
    distinct = [frozenset(w for w in ws if frequency[w] < common and w not in _OFFICE_WORDS) for ws in words]
    by_word: dict[str, list[int]] = {}
    for i, ws in enumerate(distinct):
        for w in ws:
            by_word.setdefault(w, []).append(i)
    # A document restating its own happening a day within a month ("will launch direct flights next
    # month" / "the first flight scheduled for 15 December"; "On 14 February 2024, Tokayev made a
    # state visit" / "in February 2024 during talks in Doha, where President Tokayev ...") needs only
    # one shared distinctive word or name: the document, the month and the word pin the happening.
    text_of = text_of or {}

    def text(event: Event) -> str:
        item_id = event.sources[0][0]
        return text_of.get(item_id, item_id)

    months: dict[tuple[str, int, int], list[int]] = {}
    for j, e in enumerate(events):
        if e.precision == "month" and e.expression:
            months.setdefault((text(e), e.start.year, e.start.month), []).append(j)
    spells = _spells_by_local_name(events, words)
    years: dict[tuple[str, int], list[int]] = {}
    for j, e in enumerate(events):
        if e.start.year == e.end.year:
            years.setdefault((text(e), e.start.year), []).append(j)
    # A figure precise enough to be told only once ("€2.6 billion", "USD 941 million") names its fact.
    rows_of_amount: dict[str, list[int]] = {}
    for j, e in enumerate(events):
        for amount in _amounts(e):
            rows_of_amount.setdefault(amount, []).append(j)
    by_amount: dict[int, list[int]] = {}
    for rows in rows_of_amount.values():
        if 1 < len(rows) <= 3:
            for j in rows:
                by_amount.setdefault(j, []).extend(k for k in rows if k != j)
    owner = _figures_of_a_series(events, by_amount)
    any_months: dict[tuple[int, int], list[int]] = {}  # month rows that name their thing by "it"
    any_month: dict[tuple[int, int], list[int]] = {}  # every month row
    plans_of_year: dict[int, list[int]] = {}  # "Malawi has announced that it will open an embassy in Dublin in 2026."
    # Words of a quarter of the rows or more: the two countries, "cooperation".
    theme = frozenset(w for w, n in frequency.items() if n >= max(THEME_ROWS, THEME_SHARE * len(events)))
    rows_of_day: dict[dt.date, list[int]] = {}
    for j, e in enumerate(events):
        if e.precision == "day" and e.expression:
            rows_of_day.setdefault(e.start, []).append(j)
        elif e.precision == "year" and e.expression and sounds_future(e.sentence or e.text):
            plans_of_year.setdefault(e.start.year, []).append(j)
        elif e.precision in ("season", "quarter", "half") and e.expression and sounds_future(e.sentence or e.text):
            # ("... is expected to pay a state visit to Kuwait in the autumn of 2026": checked against its span)
            plans_of_year.setdefault(e.start.year, []).append(j)
        elif e.precision == "month" and e.expression:
            any_month.setdefault((e.start.year, e.start.month), []).append(j)
            if _PRONOUN_OBJECT.search(_compared_text(e)):
                any_months.setdefault((e.start.year, e.start.month), []).append(j)
    # Day rows signing a kind of text ("protocol"), by month: the one such signing of a month is the
    # one another row of that month tells ("the phytosanitary protocol the two governments signed in
    # March" / "The protocol, which the two ministries finally signed on 10 March, requires ...").
    signed_of_month: Counter[tuple[int, int, str]] = Counter()
    for j in chain.from_iterable(rows_of_day.values()):
        if "sign" in _kinds(events[j]):
            for document in words[j] & _DOCUMENTS:
                signed_of_month[events[j].start.year, events[j].start.month, document] += 1
    recalled = [_recalled(e) for e in events]
    # Most precise first, so a vaguer statement joins the most precise one.
    order = sorted(range(len(events)), key=lambda i: ((events[i].end - events[i].start).days, i))
    for i in order:
        if i in owner:
            continue
        owner[i] = i
        a = events[i]
        seen: set[int] = set()
        for w in distinct[i]:
            for j in by_word[w]:
                if j in owner or j in seen:
                    continue
                seen.add(j)
                b = events[j]
                if (
                    not (b.start <= a.start and a.end <= b.end)
                    or (b.sentence or b.text) == (a.sentence or a.text)
                    or not (a.expression or b.expression)
                ):  # two stories' own dates: two stories
                    continue
                # (a span its text writes out: "from 14 to 17 September", not "next week")
                # ("from Wednesday to Saturday last week" too)
                part = (
                    b.precision == "range"
                    and a.precision == "day"
                    and (_DIGIT.search(b.expression) is not None or _FROM_WEEKDAY.match(b.expression) is not None)
                )
                if part and a.sources[0][0] == b.sources[0][0]:
                    continue  # a day of a visit "from 6 to 13 July" its own source tells apart: a part of it
                if _is_series(a) != _is_series(b):
                    continue  # "held in 2016, 2019 and 2024" and "In 2016 the first round took place"
                # (not the name a transcript's answer opens with: who speaks, not who acts)
                shared = distinct[i] & distinct[j] - speaker[i] - speaker[j]
                precise = (b.end - b.start).days <= PRECISE_DAYS
                enough = len(shared) >= (
                    ACROSS_SHARED
                    if recalled[i] or recalled[j]
                    else max(ACROSS_SHARED, ACROSS_SHARE * min(len(distinct[i]), len(distinct[j])))
                )
                names_a, names_b = _names(a) & distinct[i], _names(b) & distinct[j]
                revised = _figure_revised(a, b)
                if names_a and names_b and not names_a & names_b and not revised and not _abbreviates(a, b):
                    continue  # each names its own place or body ("a centre in Eldoret", "... in Mombasa")
                if _other_bodies(a, b):
                    continue  # "opened the France–Laos Business Forum" / "the Lao–French Business Council founded"
                # "rose to USD 2.9 billion in 2025-26" / "stood at USD 2.61 billion" the year before; round
                # ones too: "Beef exports ... USD 94 million last year" / "trade reached USD 528 million in 2025"
                if _other_figures(a, b, round_too=True) and not revised:
                    continue
                if shared <= _setting(a) or shared <= _setting(b):
                    continue  # "the contract was signed during the state visit of X": the visit is its setting
                # "The fund was set up in 2020 with USD 50 million" / "The Fund, set up in 2020 with
                # USD 50 million, ...": a round figure is one fact when the same span and a word agree.
                same_figure = _same_span(a, b) and bool(_amounts(a, round_too=True) & _amounts(b, round_too=True))
                # "It entered into force on 1 January 2026." names its thing only before: within a
                # month of another row, one shared word of its few says it is that row's deed.
                # "Oman transferred Gwadar to Pakistan in 1958." / "On 8 September 1958 Gwadar was transferred
                # to Pakistan in return for ...": all but one word of the shorter row, a rare one among them.
                fewer, more = sorted((words[i], words[j]), key=len)
                covered = (
                    bool(shared)
                    and len(fewer) >= COVERED_WORDS
                    and len(fewer - more) <= 1
                    and bool(deed_kinds(_compared_text(a)) & deed_kinds(_compared_text(b)))  # (not two figures)
                )
                if (
                    enough
                    or covered
                    or same_figure
                    or revised
                    # A day of a span of days ("a welcome ceremony on Monday" in "a state visit from
                    # 14 to 17 September") is a part of it, not a statement of it, however named.
                    or (precise and not part and (pronoun[i] or pronoun[j]) and shared)
                    or (precise and not part and shared & _names(a) & _names(b) and not _other_kinds(a, b))
                    # (or of one span however long: "the seventh summit will take place in Rome in 2027")
                    or ((precise or _same_span(a, b)) and _ordinals(a) & _ordinals(b))
                    # "the ship's third call at Dili, after visits in 2010 and 2018" / "The visits of the
                    # hospital ship Peace Ark to Dili in 2010 and 2018": the same dates, listed, and a word
                    or (_is_series(a) and a.label == b.label and shared and not _other_kinds(a, b))
                    # "The first passenger ferry between Limassol and Beirut ... will sail on 20 October" /
                    # "The Aegean Elpida left Limassol ..., the first scheduled passenger ferry to Beirut":
                    # one day, and three rare words of it in both
                    or (
                        a.start == a.end == b.start == b.end
                        and len(shared) >= SAME_DAY_SHARED
                        and not _other_kinds(a, b)
                    )
                    # "In 2020 a Dutch Risk Reduction Team visited Panama" / '"When our team came in 2020,"
                    # said ..., who led the Dutch Risk Reduction Team mission': one body's deed that year
                    or (
                        _same_span(a, b)
                        and len(shared & _names(a) & _names(b)) >= NAMED_BODY_WORDS
                        and not _other_kinds(a, b)
                    )
                    # "Kast said he had accepted an invitation to visit Australia next year." / "Kast is
                    # expected to pay a return visit to Australia in 2027.": one visitor's visit to come
                    # (or a part of its year: "the visit of Anwar to Nigeria, expected in the second half of 2027")
                    or ((_same_span(a, b) or b.precision == "year") and _one_visit_to_come(a, b))
                    # "The USD 120 million refinery can process ... Construction began in 2024." / "In 2024
                    # Calabar Palm Refineries ... began building a refinery in Calabar": one start of works
                    or (_same_span(a, b) and _one_start_of_works(a, b))
                    # "Water transfers from Polihali ... are scheduled to begin in 2029." / "Water transfers
                    # through the new tunnel are expected to begin in 2029.": one thing's one deed to come
                    or (_same_span(a, b) and _one_plan_of_a_thing(a, b))
                ):
                    owner[j] = i
        if a.precision == "day" and a.expression and "force" in a.text and _IN_FORCE.search(a.text):
            # "The full agreement entered into force on 15 May 2025." / "The free trade agreement ..., in force
            # since 15 May 2025, removed duties ...": a text's entry into force, that day (however common its words)
            for j in rows_of_day.get(a.start, ()):
                b = events[j]
                if (
                    j not in owner
                    and b.start == b.end
                    and (b.sentence or b.text) != (a.sentence or a.text)
                    and _IN_FORCE.search(b.text) is not None
                    # (one of them a text described as in force since the day: two texts may enter into force on
                    # one day, 1 January)
                    and ("in force since" in a.text) != ("in force since" in b.text)
                    and words[i] & words[j] & _DOCUMENTS
                ):
                    owner[j] = i
        if a.precision == "day" and a.expression:
            for j in months.get((text(a), a.start.year, a.start.month), ()):
                b = events[j]
                if j in owner or (b.sentence or b.text) == (a.sentence or a.text):
                    continue
                shared = (distinct[i] & distinct[j]) | (_names(a) & _names(b) & words[i] & words[j])
                # (not "... signed during the state visit of X": the visit is its setting)
                if shared and not shared <= _setting(b) and not _other_kinds(a, b):
                    owner[j] = i
        if a.precision == "day" and a.expression:
            # "Malawi will open its first embassy in Dublin in May." (told in March) and "Malawi's first
            # resident embassy ... was opened in Dublin yesterday" (4 May): another source's statement of
            # that month sharing a name and another word with the day's row, however common in the
            # corpus, states its happening, when neither names its own place or figure.  So does a
            # plan for its year ("... it will open an embassy in Dublin in 2026").
            for j in chain(any_month.get((a.start.year, a.start.month), ()), plans_of_year.get(a.start.year, ())):
                b = events[j]
                if j in owner or text(b) == text(a) or not (b.start <= a.start and a.end <= b.end):
                    continue
                shared = words[i] & words[j] - _OFFICE_WORDS
                names = shared & _names(a) & _names(b)
                if (
                    names
                    # a thing written in lower case (a noun, not "Germany"), not a city and a verb
                    # ("signed in Buenos Aires"), any agreement or "new"
                    and (
                        any(
                            len(w) > 4
                            and (re.search(rf"\b{re.escape(w)}", a.text) or re.search(rf"\b{re.escape(w)}", b.text))
                            for w in shared - theme - names - _DEED_VERBS - _DOCUMENTS
                        )
                        # "President Lula ... Kuala Lumpur ... ASEAN Summit" (not where a deed took place:
                        # "signed in Buenos Aires in April at the first ... Business Forum")
                        or len(names - theme - _setting(b)) >= NAMED_ALIKE
                    )
                    and not _other_kinds(a, b)
                    and not shared <= _setting(b)
                    and not _other_figures(a, b)
                ) or _plan_done(a, b, distinct[i] & distinct[j]):
                    owner[j] = i
        if a.precision == "day" and a.expression and (kinds := _kinds(a)):
            # "The Croatian Parliament ratified it in July 2026." names its thing only before: the
            # same deed by the same body that month is its deed.
            for j in any_months.get((a.start.year, a.start.month), ()):
                b = events[j]
                if j not in owner and _kinds(b) == kinds and words[i] & words[j] & _names(a) & _names(b):
                    owner[j] = i
        if a.precision == "day" and a.expression and "sign" in _kinds(a):
            for j in any_month.get((a.start.year, a.start.month), ()):
                b = events[j]
                if (
                    j not in owner
                    and "sign" in _kinds(b)
                    and any(
                        signed_of_month[a.start.year, a.start.month, d] == 1 for d in words[i] & words[j] & _DOCUMENTS
                    )
                    # (a title names its own text: "the Agreement on Economic Cooperation signed in April")
                    and not _TITLED_DOCUMENT.search(a.text)
                    and not _TITLED_DOCUMENT.search(b.text)
                    and not _other_figures(a, b)
                    # (nor when it names signers the day's row does not: "Moldelectrica and Transelectrica signed an
                    # operating agreement" last month is no agreement signed in Chișinău for a grant)
                    and not _other_signers(a, b)
                ) or ("sign" in _kinds(b) and _titles(a) & _titles(b)):
                    # ("On Thursday the two ministers signed the Statement of Partnership for 2026–2030" /
                    # "The foreign ministers ... signed the Statement of Partnership in Apia in August": one
                    # text by its title, signed once that month)
                    owner[j] = i
        if a.precision == "day" and a.expression and not _PLAN.search(a.sentence or a.text):
            # "More than 140 Spanish companies attended the Mauritania investment roadshow held in Madrid on
            # 22 September" / "a Mauritania investment roadshow was scheduled in Madrid for 22 September"
            # (another source, before): the plan of that day's happening, by a rare word and a name
            for j in rows_of_day.get(a.start, ()):
                b = events[j]
                if (
                    j not in owner
                    and b.sources[0][0] != a.sources[0][0]
                    and _PLAN.search(b.sentence or b.text)
                    and distinct[i] & distinct[j] - _DEED_VERBS
                    and (_names(a) & _names(b)) - theme - _CALENDAR_WORDS
                    and not _other_figures(a, b)
                ):
                    owner[j] = i
        if a.precision == "day" and a.expression and "sign" in _kinds(a):
            # Two sources' signings on one day are one ceremony ("the agreement ..., signed in
            # Buenos Aires on 15 April" / "On 15 April ... five documents were signed").
            for j in rows_of_day.get(a.start, ()):
                b = events[j]
                if j not in owner and b.sources[0][0] != a.sources[0][0] and "sign" in _kinds(b):
                    owner[j] = i
        # "The free trade agreement was signed in 2024." and "The joint statement of 12 March 2024
        # listed the agreements signed that day: the free trade agreement; ...": every word of the
        # vaguer row of the same text is in the precise one, common words too.
        for j in years.get((text(a), a.start.year), ()):
            b = events[j]
            if (
                j not in owner
                and len(words[j]) >= MERGE_ALL_OF_FEW
                and words[j] <= words[i]
                and b.start <= a.start
                and a.end <= b.end
                and (b.sentence or b.text) != (a.sentence or a.text)
                and (a.expression and b.expression)
            ):
                owner[j] = i
        if (
            a.expression
            and a.start.year == a.end.year
            and (a.end - a.start).days < YEAR_DAYS
            and (subject := _completion_of(a))
        ):
            # "The plant is scheduled to enter service in the second half of 2028." / "The plant is to be
            # completed in 2028.": one thing's completion, planned for the year and for a part of it
            for j in plans_of_year.get(a.start.year, ()):
                b = events[j]
                if (
                    j not in owner
                    and b.precision == "year"
                    and b.start <= a.start
                    and a.end <= b.end
                    and _completion_of(b) == subject
                ):
                    owner[j] = i
        for j in _same_spell(i, events, spells):
            if j not in owner:
                owner[j] = i
        for j in by_amount.get(i, ()):  # "grew by 8% in 2025 to €2.6 billion" / "grew to €2.6 billion in 2025"
            b = events[j]
            if (
                j not in owner
                and b.start <= a.start
                and a.end <= b.end
                and (b.sentence or b.text) != (a.sentence or a.text)
            ):
                owner[j] = i
    groups: dict[int, list[Event]] = {}
    for i in range(len(events)):
        groups.setdefault(owner[i], []).append(events[i])
    out = []
    for i in sorted(groups):
        first, *rest = [events[i]] + [e for e in groups[i] if e is not events[i]]
        told = first.sentence or first.text
        # (a plan told before it came, "said on 13 October that the President would arrive on 9 November")
        if rest and (sounds_future(told) or _WOULD_DO.search(told)) and not called_off(first.text):
            # "... would arrive in Montevideo on 9 November for a state visit" and "concluded a three-day state
            # visit to Uruguay on 11 November": the visit done, over its days, stands for its plan
            done = next((e for e in rest if _holds_its_plan(e, first)), None)
            if done is not None:
                first, rest = done, [first, *(e for e in rest if e is not done)]
        out.append(_with_same_day_deeds(_telling_first([first, *rest])) if rest else first)
    return out


_WOULD_DO = re.compile(r"\bwould\s+(?:arrive|visit|travel|come|hold|sign|open|meet|attend|take\s+place|be\s+held)\b")


def _holds_its_plan(done: Event, plan: Event) -> bool:
    """Whether a row told done spans a few days that hold the day a plan was for, by its dates or by
    the days it counts ("concluded a three-day state visit on 11 November" holds 9 November)."""
    spell = _spell_of_days_counted(done) if done.precision == "day" and "-day" in done.text else done
    return (
        spell is not None
        and spell.precision == "range"
        and (spell.end - spell.start).days <= VISIT_DAYS
        and spell.start <= plan.start
        and plan.end <= spell.end
        and not sounds_future(done.sentence or done.text)
    )


def _with_same_day_deeds(statements: list[Event]) -> Event:
    """The merged row, telling too its own story's further deeds of that day: "... concluded a three-day
    working visit to Senegal on 10 November" and "The following day, Minister Beaulieu visited the Kolda
    regional hospital ..." (its own day row, which merged into it) are one day, two deeds."""
    row = _combine(statements)
    first = statements[0]
    further = [
        e.text
        for e in statements[1:]
        if e.precision == "day"
        and _same_span(e, first)
        and e.sources[0][0] == first.sources[0][0]
        and (e.sentence or e.text) != (first.sentence or first.text)
        and not _within(e.text, row.text)
        and states_deed(e.sentence or e.text)
    ]
    return _with_text(row, " ".join([row.text, *further])) if further else row


# (a title names no one: "the Romanian President" and "President Dan" may be two people)
_TITLE_WORDS = frozenset(
    "president minister prime vice deputy foreign king queen emir secretary chancellor general state".split()
)


def _one_visit_to_come(a: Event, b: Event) -> bool:
    """Whether two rows of one span each tell a visit still to come by a visitor both name."""
    told_a, told_b = a.sentence or a.text, b.sentence or b.text
    return (
        _VISIT_TO_COME.search(told_a) is not None
        and _VISIT_TO_COME.search(told_b) is not None
        # (a name both give, though the relation's own names are in most rows: "Orsi", "Beijing")
        and bool(_proper_names(a) & _proper_names(b) - _TITLE_WORDS)
        # (an invitation accepted is a visit to come, however the acceptance is told)
        and (sounds_future(told_a) == sounds_future(told_b) or "invitation" in told_a or "invitation" in told_b)
    )


def _one_start_of_works(a: Event, b: Event) -> bool:
    """Whether two rows each tell works begun on a thing of one kind (a refinery, a plant), one
    of them perhaps by its context only ("Construction began in 2024." after the refinery's sentence)."""
    if not (_WORKS_BEGAN.search(a.sentence or a.text) and _WORKS_BEGAN.search(b.sentence or b.text)):
        return False
    things_a = set(_BUILT_THING.findall(a.text.lower()))
    return bool(things_a) and not things_a.isdisjoint(_BUILT_THING.findall(b.text.lower()))


_WORKS_BEGAN = re.compile(
    r"\b(?:[Cc]onstruction|[Ww]orks?|[Bb]uilding)\s+(?:of\s+[^,.;]{1,60}?\s+|on\s+[^,.;]{1,60}?\s+)?"
    r"(?:began|started|commenced|got\s+under\s+way)\b"
    r"|\b(?:began|started|commenced)\s+(?:building|constructing|construction|work\s+on)\b|\bbroke\s+ground\b"
)
# What works are begun on (lower case; a plural's stem is matched by its singular's start)
_BUILT_THING = re.compile(
    r"\b(refiner|plant|factor|mill|port|terminal|bridge|road|highway|railway|line|pipeline|dam|hospital|school|"
    r"campus|embass|centre|center|park|station|airport|tower|complex|hotel|mine|smelter|warehouse)(?:y|ies|s|es)?\b"
)


# "to visit Australia", "pay a return visit", "will visit": a visit told as to come; so is "the visit
# of the Prime Minister to Nigeria, expected in 2027", "preparations for the visit" and an invitation
# to travel or attend.
_VISIT_TO_COME = re.compile(
    r"\b(?:to|will|would|shall)\s+(?:pay\s+(?:a|an|his|her)\s+(?:[\w-]+\s+)?)?visit\b"
    r"|\bpreparations?\s+for\s+(?:the|a|an|his|her)\s+(?:[\w-]+\s+){0,2}?visit\b"
    # "agreed ... to prepare a visit by the Romanian President to Jordan next year"
    r"|\bprepare\s+(?:the|a|an|his|her)\s+(?:[\w-]+\s+){0,2}?visit\b"
    # "accepted an invitation to travel to Beijing", "conveyed an invitation ... to attend the summit in Beijing"
    r"|\binvitation\b[^.;]{0,100}?\bto\s+(?:travel|come|attend)\b"
    r"|\bvisit\s+of\s+[^,.;]{1,80}?,?\s+(?:(?:which\s+is|now)\s+)?(?:expected|planned|scheduled|due)\b"
)


def _other_figures(a: Event, b: Event, *, round_too: bool = False) -> bool:
    """Whether both rows give amounts, or counts, and none in common: two facts ("arrivals reached
    38,000 in 2025, up 24 percent" / "it reached USD 214 million, up 9 percent")."""
    if (amounts_a := _amounts(a, round_too=round_too)) and (
        (amounts_b := _amounts(b, round_too=round_too)) and not amounts_a & amounts_b
    ):
        return True
    return bool((counts_a := _counts(a)) and (counts_b := _counts(b)) and not counts_a & counts_b)


# "Preliminary data put it at EUR 405.2 million in 2025" / "Trade ... reached EUR 412.7 million in 2025,
# according to final data": one year's figure told first as an estimate, then final.
_PRELIMINARY = re.compile(r"\b(?:[Pp]reliminary|[Pp]rovisional|(?:first|earlier)\s+estimate)\b")
_FINAL_FIGURE = re.compile(r"\b(?:final|revised)\s+(?:data|figures?|statistics|results)\b")


def _figure_revised(a: Event, b: Event) -> bool:
    """Whether the two rows give one period's figure, in the same currency, first as an estimate and then final."""
    text_a, text_b = a.sentence or a.text, b.sentence or b.text
    if "final" not in text_a + text_b and "revised" not in text_a + text_b:
        return False  # (a quick look first: merging asks this of every pair it weighs)
    if not (
        (_PRELIMINARY.search(text_a) and _FINAL_FIGURE.search(text_b))
        or (_PRELIMINARY.search(text_b) and _FINAL_FIGURE.search(text_a))
    ):
        return False
    units_a, units_b = set(_CURRENCY_WORD.findall(text_a)), set(_CURRENCY_WORD.findall(text_b))
    return _same_span(a, b) and bool(units_a & units_b) and bool(_amounts(a) and _amounts(b))


_CURRENCY_WORD = re.compile(r"(?:\b[A-Z]{3}|US\$|\$|€|£)(?=\s?\d)")


def _kinds(event: Event) -> frozenset[str]:
    return deed_kinds(_compared_text(event))


def _other_kinds(a: Event, b: Event) -> bool:
    """Whether both rows state deeds and of different kinds: a project inaugurated on 17 June and an
    agreement ratified "earlier this month" are two happenings of one month; so are a disaster that
    struck and anything else (the help it brought)."""
    kinds_a, kinds_b = _kinds(a), _kinds(b)
    if kinds_a and kinds_b and not kinds_a & kinds_b:
        return True
    # "Hurricane Beryl devastated Carriacou on 1 July 2024." / "Cuba sent a brigade of 24 doctors to
    # Carriacou in July 2024.": the disaster and the help it brought are two happenings
    return (_DISASTER.search(_compared_text(a)) is None) != (_DISASTER.search(_compared_text(b)) is None)


_DISASTER = re.compile(
    r"\b(?:[Hh]urricane|[Cc]yclone|[Tt]yphoon|[Ss]torm|[Ee]arthquake|[Tt]sunami|[Ff]loods?|[Ww]ildfires?|[Ll]andslides?|"
    r"[Ee]ruption|[Vv]olcano)\b[^.;]{0,60}?\b(?:struck|hit|devastated|destroyed|swept|ravaged|battered|damaged|killed|"
    r"flooded|made\s+landfall|erupted)\b"
)


# A source describing a deed rather than telling it: the date is in the subject and the verb is in
# the present ("The protocol on defence cooperation signed in Luanda in July 2026 extends this
# cooperation to ...", "The state visit of 2026 has given this partnership a framework", "According
# to the Agreement on Military Cooperation adopted in 2023, Kazakhstan has ...").
_DESCRIPTION = re.compile(
    r"^(?:According\s+to\s+(?P<source>[^,;]{4,160}),|(?P<subject>(?:The|This|These|Its|Their)\s[^,;:]{4,160}?"
    r"(?:,[^,;:]{0,80},)?)\s(?:is|are|has|have|remains?|provides?|extends?|broadens?|gives?|shows?|offers?|covers?|"
    r"forms?|lays?|sets?|allows?|enables?|makes?|serves?|constitutes?|includes?|represents?|marks?|reflects?|"
    r"builds?|governs?|regulates?|defines?|opens?|paves?|strengthens?|deepens?|expands?|"
    # ... and told in the past: "The state visit of 2024 produced the largest package of agreements"
    r"gave|produced|marked|opened|paved|laid|provided|brought|created|yielded|resulted|led|made|set|showed|"
    r"reflected|represented|constituted|served|allowed|enabled|strengthened|deepened|expanded|broadened)\s)"
)


_PRONOUN_OBJECT = re.compile(
    r"\b(?:ratified|signed|approved|adopted|endorsed|opened|launched|inaugurated|unveiled)\s+(?:it|them)\b"
)
# ("The plant opened in July 2017 and now employs 3,900 people": a bare noun names its thing as "it" does)
# (not the actors' "They agreed to launch a working holiday programme ...": its thing is named after it)
_PRONOUN_SUBJECT = re.compile(
    r"[\"“]?(?:It|They)\s(?!(?:also\s+)?(?:agreed|decided|discussed|reviewed|welcomed|pledged|promised|noted|"
    r"called|said|announced)\b)|The\s+[a-z]+\s+(?:was|were|has|had|[a-z]{3,}ed)\s"
)


def fold_descriptions(events: list[Event]) -> list[Event]:
    """Fold a description of a deed into the row that tells the deed, adding its citation.

    A description ("The memorandum on renewable energy signed in July 2026 provides for ...",
    "The sides reviewed the implementation of the agreements signed in Ankara in September")
    joins a row dated within its date whose text holds every content word of what it describes,
    but one of four or more ("... witnessed the signing of three instruments: a memorandum of
    understanding on cooperation in renewable energy, ..."), the most precise one first.  A
    description whose deed no other row tells stays: it is then the chronology's only word on
    that deed ("The Strategic Partnership signed in 2010 forms the legal basis ...").
    """
    described = {i: words for i, e in enumerate(events) if (words := _described(e))}
    if not described:
        return events
    order = sorted(range(len(events)), key=lambda j: events[j].start)
    starts = [events[j].start for j in order]
    text_words: dict[int, frozenset[str]] = {}
    into: dict[int, int] = {}
    for i, needed in described.items():
        d = events[i]
        found = []
        for j in order[bisect_left(starts, d.start) : bisect_right(starts, d.end)]:
            e = events[j]
            if j in described or e.end > d.end or (e.sentence or e.text) == (d.sentence or d.text):
                continue
            if j not in text_words:
                text_words[j] = frozenset(_stem(w.lower()) for w in _lower_words(e.text))
            if len(needed - text_words[j]) <= (len(needed) >= 4):  # a place may go unnamed
                found.append(j)
        if found:
            into[i] = min(found, key=lambda j: ((events[j].end - events[j].start).days, j))
    return _folded(events, into)


# "President Serdar Berdimuhamedov returned to Ashgabat yesterday from an official visit to Japan.": the
# end of a trip whose days the chronology tells, no happening of its own.
_RETURNED_HOME = re.compile(
    r"\breturned\s+(?:home|to\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b[^.;]{0,60}?\b(?:from|completing|concluding|ending|"
    r"after)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,4}?(?:visit|trip|tour|mission)\b"
)
# ("..., where he visited the Airbus plant", "during which its doctors treated 4,000 patients": what the last day did)
_WHAT_IT_DID = re.compile(r",\s+where\b|\bduring\s+which\b|,\s+and\s")


def fold_returns_home(events: list[Event]) -> list[Event]:
    """Fold a row that only tells a delegation's return from a trip ("returned to Dushanbe on Thursday evening,
    completing a four-day state visit") into the row of that day its story tells ("On Thursday, in Karachi, the
    Head of State inspected ..."): the day's deed is the happening, the return adds its citation.  A return on a
    day of its own keeps its row (it dates the trip's end)."""
    returns = [
        i
        for i, e in enumerate(events)
        if e.precision == "day"
        and "returned" in e.text
        and _RETURNED_HOME.search(e.text)
        and not _WHAT_IT_DID.search(e.text)
        and len(paragraph_spans(e.text)) == 1  # (not a return told with the trip's deeds)
    ]
    if not returns:
        return events
    into: dict[int, int] = {}
    for i in returns:
        r = events[i]
        items = {item for item, _ in r.sources}
        trip = [
            j
            for j, e in enumerate(events)
            if j != i
            and j not in returns
            and not e.planned
            and e.start <= r.start <= e.end
            and items & {item for item, _ in e.sources}
        ]
        if trip:
            into[i] = max(trip, key=lambda j: (events[j].start, -j))
    if not into:
        return events
    extra: dict[int, list[Event]] = {}
    for i, j in into.items():
        extra.setdefault(j, []).append(events[i])
    return [
        replace(e, sources=tuple(dict.fromkeys([*e.sources, *(s for r in extra[j] for s in r.sources)])))
        if j in extra
        else e
        for j, e in enumerate(events)
        if j not in into
    ]


def merge_repeated_dates(events: list[Event]) -> list[Event]:
    """Merge rows that name two or more of the same dates and the same two names: "President
    Mahama visited Türkiye in 2013 and 2015." and "Mahama previously travelled to Türkiye in 2013
    and 2015 during his first term." tell one series of visits.  The row naming the most dates
    keeps its text; every citation stays."""
    several = {i: parts for i, e in enumerate(events) if len(parts := _label_parts(e.label)) >= 2}
    if not several:
        return events
    by_part: dict[str, list[int]] = {}
    for i, parts in several.items():
        for part in parts:
            by_part.setdefault(part, []).append(i)
    names = {i: _proper_names(events[i]) for i in several}
    owner: dict[int, int] = {}
    for i in sorted(several, key=lambda i: (-len(several[i]), i)):
        if i in owner:
            continue
        shared = Counter(j for part in several[i] for j in by_part[part] if j != i and j not in owner)
        for j, common in shared.items():
            if common >= 2 and len(names[i] & names[j]) >= 2:
                owner[j] = i
    # "It was the first state visit since Toomas Hendrik Ilves travelled there in 2013" is one of
    # "Ilves visited Singapore in 2009, 2013 and 2016": a happening recalled at one of a series'
    # dates, naming two of its names (or one, and saying half of what it says in its words).
    # (or its first time told on its own: "Korean Air operated its first charter flights between Seoul and Tirana
    # in the summer of 2024" beside "... operated charter flights to Tirana in the summers of 2024, 2025 and 2026")
    singles: dict[str, list[int]] = {}
    for j, e in enumerate(events):
        if j not in several and j not in owner and (_recalls_its_date(e) or _ITS_FIRST.search(e.text)):
            singles.setdefault(e.label.strip().lower(), []).append(j)
            if e.precision == "season" and e.start.year == e.end.year:  # (a series of seasons by their years)
                singles.setdefault(str(e.start.year), []).append(j)
    for i in several:
        # ("visited Port Moresby in May 2015 and in July 2023" names each of its dates, if not its label)
        if i in owner or not (_is_series(events[i]) or _lists_its_dates(events[i].text, several[i])):
            continue
        for part in several[i]:
            for j in singles.get(part, ()):
                if j in owner:
                    continue
                names_j = _proper_names(events[j])
                common_names = len(names[i] & names_j)
                if common_names >= 2 or (
                    common_names
                    and overlap(_content_words(events[i]), _content_words(events[j])) >= SERIES_MEMBER_SHARE
                ):
                    owner[j] = i
    # (the series keeps its text: "Prime ministers of Bhutan visited Bangkok in 2004, 2013 and 2019",
    # not "..., since 2013, ... the air services arrangement concluded in 2004 caps flights ...")
    return _folded(events, owner, keep_text=True)


SERIES_MEMBER_SHARE = 0.5
_ITS_FIRST = re.compile(r"\b(?:its|their)\s+first\b")
_DATE_LIST_JOINT = re.compile(r"(?:,\s*|\s+)(?:and\s+)?(?:again\s+)?(?:(?:in|on)\s+)?(?:the\s+)?", re.IGNORECASE)


def _lists_its_dates(text: str, parts: frozenset[str]) -> bool:
    """Whether the row's dates stand as one list in its text ("in May 2015 and in July 2023"), so the
    row is a series although its label is not written in it."""
    lower = text.lower()
    spans = sorted((lower.find(part), lower.find(part) + len(part)) for part in parts)
    if spans[0][0] < 0:
        return False
    return all(_DATE_LIST_JOINT.fullmatch(lower, a[1], b[0]) for a, b in zip(spans, spans[1:]))


def _recalls_its_date(event: Event) -> bool:
    """Whether a row recalls the happening of its own date in passing ("the first state visit since
    Ilves travelled there in 2013"); not when the recalling word is another date's ("Drukair and,
    since 2013, Bhutan Airlines fly ..., but the arrangement concluded in 2004 caps flights")."""
    at = event.text.find(event.expression)
    if at < 0:
        return _RECALLED.search(event.text) is not None
    after = at + len(event.expression)
    return any(
        not _A_YEAR.search(event.text, *((recalled.end(), at) if recalled.end() <= at else (after, recalled.start())))
        for recalled in _RECALLED.finditer(event.text)
    )


_LISTING = re.compile(r"\b(?:includ(?:e|es|ed|ing)|such\s+as|among\s+(?:them|these)|namely|notably)\b", re.IGNORECASE)
_A_OR_THE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+$", re.IGNORECASE)
# A level reached, not a flow over a period: debt, deposits, reserves, a rate.
_STOCK_LEVEL = re.compile(
    r"\b(?:debts?|deposits|reserves|arrears|holdings|exchange\s+rate|stockpiles?|outstanding)\b[^.;]{0,60}?"
    r"\b(?:stood|stands|were|was|amounted|totalled|estimated)\s+(?:at|to)\b"
    # a sum accumulated over the years, at a moment: "Accumulated French direct investment in Armenia reached
    # about EUR 310 million at the end of 2025"
    r"|\b(?:[Aa]ccumulated|[Cc]umulative)\b[^.;]{0,60}?\b(?:stood|stands|were|was|amounted|totall?ed|reached|came)\b"
)


def _told_content(text: str, after: int) -> str:
    """What a report made on a day tells: the words after its "that" (or after the day)."""
    that = _THAT_AFTER.match(text, after)
    return text[that.end() :] if that is not None else text[after:]


_THAT_AFTER = re.compile(r"\s*that\s")
_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# A happening recalled while telling another: "The previous visit ... took place in 2018", "the first
# state visit since Ilves travelled there in 2013".
_RECALLED = re.compile(
    # ("The last official visit of a Jamaican head of government to Ottawa took place in 2014")
    # (not "since then", which counts on from the row's own date: "received two patrol boats in 2010, and
    # Chinese academies have trained officers since then")
    r"\b(?:[Pp]revious|[Pp]rior|since(?!\s+then\b)|[Ll]ast\s+(?:such\s+|[a-z]+\s+){0,2}?(?:visit|time|meeting|trip|session))\b"
)


def _folded(events: list[Event], into: dict[int, int], keep_text: bool = False) -> list[Event]:
    """`events` with each row of `into`'s keys folded into the row it maps to (its citations added;
    with `keep_text`, that row's text stays, else the statement that tells the happening first)."""
    if not into:
        return events
    extra: dict[int, list[Event]] = {}
    for i, j in into.items():
        extra.setdefault(j, []).append(events[i])
    telling = (lambda statements: statements) if keep_text else _telling_first
    return [_combine(telling([e, *extra[j]])) if j in extra else e for j, e in enumerate(events) if j not in into]


# "Farmers ... brought in the first harvest of hybrid rice ... on Friday, a week later than first planned"
# tells done the plan "... help the farm bring in its first hybrid rice harvest in late November".
LATER_THAN_PLANNED = re.compile(
    r"\b(?:later|behind)\s+than\s+(?:first\s+|originally\s+|initially\s+)?(?:planned|scheduled|expected|announced|foreseen)\b"
    r"|\bbehind\s+schedule\b"
)
DELAYED_PLAN_DAYS = 92  # how long before a deed told late its plan may have been dated
DELAYED_PLAN_WORDS = 3  # distinctive words the plan and the deed share


def fold_delayed_plans(events: list[Event]) -> list[Event]:
    """Fold into a deed its source says came later than planned the plan another row dates a little
    before it, when the two share DELAYED_PLAN_WORDS distinctive words: one happening, done late."""
    late = [i for i, e in enumerate(events) if LATER_THAN_PLANNED.search(e.sentence or e.text)]
    if not late:
        return events
    words = [_content_words(e) for e in events]
    frequency = Counter(w for ws in words for w in ws)
    common = max(3.0, ACROSS_COMMON * len(events))
    owner: dict[int, int] = {}
    for i in late:
        done = events[i]
        if not _PAST_VERB.search(main_clause(done.text)):
            continue  # (told done: "later than planned" alone sounds like a plan)
        for j, plan in enumerate(events):
            if (
                j == i
                or j in owner
                or not (plan.end < done.start and (done.start - plan.start).days <= DELAYED_PLAN_DAYS)
                or not sounds_future(plan.sentence or plan.text)
                or _other_figures(done, plan)
            ):
                continue
            shared = {w for w in words[i] & words[j] if frequency[w] < common}
            if len(shared) >= DELAYED_PLAN_WORDS:
                owner[j] = i
    return _folded(events, owner, keep_text=True)


def fold_fulfilled_plans(events: list[Event], as_of: dt.date | None = None) -> list[Event]:
    """Fold a plan into the deed that fulfilled it within the plan's own span: "The protocol is expected
    to be signed in the first quarter of 2026." and "The protocol, which the two ministries finally
    signed on 10 March, ..." are one happening, now told done.  The deed is told done, dated more
    precisely inside the plan's span, by another source, by `as_of`, and shares FULFILLED_PLAN_WORDS
    distinctive words with the plan; a plan with two such deeds, or with other figures, stays."""
    # (not a span of days named outright, "will pay a state visit from 15 to 18 September": a day's row within
    # it is one of its days)
    plans = [
        j for j, e in enumerate(events) if e.expression and e.precision != "range" and _plan_told_before_a_relative(e)
    ]
    if not plans:
        return events
    words = [_content_words(e) for e in events]
    frequency = Counter(w for ws in words for w in ws)
    common = max(3.0, ACROSS_COMMON * len(events))
    by_word: dict[str, list[int]] = {}  # distinctive word -> rows told done with it
    for i, e in enumerate(events):
        told = e.sentence or e.text
        # (not a decision of a deed to come: "The parties agreed to open a skills centre in Pune in July 2026")
        if (
            e.expression
            and (as_of is None or e.end <= as_of)
            and not _told_as_plan(told)
            # ("The protocol, which the two ministries finally signed on 10 March, requires ...": the deed in its clause)
            and _PAST_VERB.search(told)
            and not planned_kinds(told)
        ):
            for w in words[i]:
                if frequency[w] < common:
                    by_word.setdefault(w, []).append(i)
    owner: dict[int, int] = {}
    for j in plans:
        plan = events[j]
        shared = Counter(
            i for w in words[j] if frequency[w] < common and w not in _TELLING_WORDS for i in by_word.get(w, ())
        )
        # A plan of few words all told by the deed ("The first consignments are expected in the second half of
        # 2026." / "A first consignment of 1,150 heifers ... arrived at the port on Tuesday") needs no second one.
        core = words[j] - _PLAN_WORDS - _TELLING_WORDS
        # ("Under an agreement in preparation, the school is due to reopen in January 2027." / "The Italian
        # School of Asmara reopened on Monday ...": the thing and what it is to do, however common the thing)
        thing_and_deed = _thing_and_deed_planned(plan.sentence or plan.text)
        deeds = [
            i
            for i, count in shared.items()
            if (
                count >= FULFILLED_PLAN_WORDS
                or (len(core) <= COVERED_PLAN_WORDS and core <= words[i])
                or (thing_and_deed and thing_and_deed <= words[i])
            )
            and i not in owner
            and plan.start <= events[i].start
            and events[i].end <= plan.end
            and events[i].end - events[i].start < plan.end - plan.start
            # (another source: a story's own plan beside its deed, "a second line is to open in 2027", is another happening)
            and not {item for item, _ in events[i].sources} & {item for item, _ in plan.sources}
            # (a thing both name, not only a person: "Chen Tsung-ming" says and announces other things)
            and {w for w in words[i] & words[j] if frequency[w] < common}
            - _capitalised(plan)
            - _capitalised(events[i])
            - _OFFICE_WORDS
            - _TELLING_WORDS
            and not _other_figures(events[i], plan)
        ]
        if len(deeds) > 1 and (kinds := _kinds(plan)):
            # ("expected to be signed in the spring of 2026": of "The phytosanitary protocol signed in April"
            # and "the first consignment arrived in May under the protocol", the one that does just that)
            deeds = [i for i in deeds if deed_kinds(events[i].text) == kinds] or deeds
        if len(deeds) == 1:
            owner[j] = deeds[0]
    return _folded(events, owner, keep_text=True)


FULFILLED_PLAN_WORDS = 2
_THING_TO_DO = re.compile(
    # "the school is due to reopen", "Water transfers from Polihali to the Katse reservoir are scheduled to begin"
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?|^(?:[A-Z][\w-]*\s+)?)(?P<thing>[A-Za-z][\w-]+)"
    r"(?:\s+(?:from|through|between|of|on|at|in|to|for)\s[^,;.]{1,60}?)?"
    r"\s+(?:is|are)\s+(?:due|expected|scheduled|set|planned)\s+to\s+(?!be\b|have\b)(?P<deed>[a-z]{3,})\b"
)


def _one_plan_of_a_thing(a: Event, b: Event) -> bool:
    planned = _thing_and_deed_planned(a.sentence or a.text)
    return bool(planned) and planned == _thing_and_deed_planned(b.sentence or b.text)


@lru_cache(maxsize=16384)  # asked of both rows of every pair merging weighs this far
def _thing_and_deed_planned(text: str) -> frozenset[str]:
    """The stems of the thing a plan names and of what it is to do ("the school is due to reopen"):
    a deed telling both fulfils it."""
    found = _THING_TO_DO.search(text)
    return frozenset((_stem(found.group("thing").lower()), _stem(found.group("deed")))) if found else frozenset()


COVERED_PLAN_WORDS = 2  # a plan with this few words of its own, all in the deed, is the deed's
# What says a thing is planned, not what is planned ("expected", "scheduled", "is due to").
_PLAN_WORDS = frozenset(_stem(w) for w in "expected planned due intended aimed hoped prepared will set".split())
# Words of telling, not of the thing told ("announced", "said"), as `_content_words` keys them.
_TELLING_WORDS = frozenset(
    _stem(w) for w in "announced announces said says reported reports told stated noted recalled added".split()
)


# The deed a sentence states, in English, Spanish, Portuguese, French or Russian: what two tellings of one day
# in two languages must share to be one happening.
_DEEDS_ACROSS_LANGUAGES = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        (
            "sign",
            r"\b(?:signed|sign[ée]e?s?|firm[óa]|firmaron|firmad[oa]s?|suscri(?:to|ta|tos|bieron|bió)|assinad[oa]s?|"
            r"assinaram|assinou|подписа)",
        ),
        ("ratify", r"\b(?:ratifi|ратифицир)"),
        ("approve", r"\b(?:approved|aprob[óa]|aprobad[oa]|aprovou|aprovad[oa]|approuv|одобр)"),
        ("force", r"\b(?:(?:entered|enter|enters)\s+into\s+force|took\s+effect|takes\s+effect|vigor|vigueur|вступ)"),
        ("open", r"\b(?:opened|inaugurat|inaugur[óa]|inaugurad[oa]|inaugurou|abri[óu]|ouvert|открыл)"),
        # talks and sittings ("sostuvo conversaciones", "По итогам переговоров", "ninth session ... will be held")
        (
            "meet",
            r"\b(?:talks|consultations|session|sesión|sessão|conversaciones|conversações|entretiens|reuni[óo]n?|"
            r"переговор|консультаци|заседани|встреч)|محادثات|مباحثات|الدورة",
        ),
        # ("Uruguay y China establecieron relaciones diplomáticas el 3 de febrero de 1988")
        (
            "relations",
            r"\b(?:establish\w*|establec\w*|estabelec\w*|établi\w*|etabli\w*|stabilit\w*|установ\w*)\s+"
            r"(?:\w+\s+){0,2}?(?:diplomatic\s+relations|relaciones\s+diplomáticas|relações\s+diplomáticas|"
            r"relations\s+diplomatiques|relazioni\s+diplomatiche|дипломатически\w*\s+отношени\w*)",
        ),
    )
)


# A capitalised word not opening a sentence, a name in any Latin-script language ("Doha", "Minsk").
_CAPITALISED_NAME = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-zà-ÿ]{3,}\b")


def join_languages(events: list[Event], language_of: dict[str, str]) -> list[Event]:
    """One happening of one day told in two languages ("El Parlamento indonesio lo ratificó el 17 de septiembre
    de 2026." / "Indonesia's House of Representatives ratified the Agreement ... on 17 September 2026"): the row
    of another language folds into the one English row of that day stating the same kind of deed, which keeps
    its text; its citation is added.  Never when two English rows of that day state it (which one?)."""

    def kinds(e: Event) -> frozenset[str]:
        told = e.sentence or e.text
        return frozenset(kind for kind, pattern in _DEEDS_ACROSS_LANGUAGES if pattern.search(told))

    def language(e: Event) -> str | None:
        # (the language of the row's text: its first source's, whatever the sources merged into it)
        return language_of.get(e.sources[0][0], "en") if e.sources else None

    def names(e: Event) -> frozenset[str]:
        return frozenset(_CAPITALISED_NAME.findall(e.sentence or e.text))

    days: dict[tuple[dt.date, dt.date], list[int]] = {}
    periods: dict[tuple[dt.date, dt.date], list[int]] = {}
    for j, e in enumerate(events):
        if e.precision in ("day", "range", "month"):
            # (a story's own row of its day too: "По итогам переговоров министры подписали ...")
            days.setdefault((e.start, e.end), []).append(j)
        elif e.expression and _amounts(e, round_too=True):
            periods.setdefault((e.start, e.end), []).append(j)
    into: dict[int, int] = {}
    for rows in days.values():
        if len(rows) < 2:
            continue
        english = [j for j in rows if language(events[j]) == "en"]
        for j in rows:
            other = language(events[j])
            if other is None or other == "en" or not (own := kinds(events[j])):
                continue
            alike = [k for k in english if kinds(events[k]) & own]
            if not english:
                # (no English row: "sostuvo conversaciones el miércoles en Moscú" and "По итогам переговоров ...
                # подписали план" of that day, the first told stays)
                alike = [
                    k
                    for k in rows
                    if k < j and k not in into and language(events[k]) not in (None, other) and kinds(events[k]) & own
                ]
            if events[j].precision == "month":
                # (a month holds several deeds of a kind: the one that names the same place or party, "Doha")
                alike = [k for k in alike if names(events[k]) & names(events[j])]
            if len(alike) == 1:
                into[j] = alike[0]
    # A sitting of a year in English told at its month in another language, in the same place ("The sides agreed that
    # the eighth session would be held in Tripoli in 2027." / "La prossima sessione ... è prevista nell'ottobre 2027 a
    # Tripoli."): one row, at the month (the precise date wins, as across precisions)
    years: dict[int, list[int]] = {}
    for k, e in enumerate(events):
        if e.precision == "year" and e.expression and language(e) == "en":
            years.setdefault(e.start.year, []).append(k)
    for j, e in enumerate(events):
        if not (e.precision == "month" and e.expression and j not in into and language(e) not in (None, "en")):
            continue
        own = kinds(e)
        alike = [
            k
            for k in years.get(e.start.year, ())
            if k not in into and kinds(events[k]) & own and names(events[k]) & names(e)
        ]
        if len(alike) == 1:
            into[alike[0]] = j
    # One period's figure told in two languages ("In 2026 it reached USD 312.6 million" / "Товарооборот ... в 2026 году
    # ... составил 312,6 млн долларов"): the same amount.
    for rows in periods.values():
        for j in rows:
            if language(events[j]) in (None, "en"):
                continue
            amounts = _amounts(events[j], round_too=True)
            alike = [k for k in rows if language(events[k]) == "en" and _amounts(events[k], round_too=True) & amounts]
            if len(alike) == 1:
                into[j] = alike[0]
    return _folded(events, into, keep_text=True)


def join_trade_totals(events: list[Event]) -> list[Event]:
    """One period's total trade told by two sources in their own figures ("For the whole of 2025, trade
    between the two countries totalled K61.2 billion" / "According to the Central Statistics Office of
    Ireland, it came to €31.7 million in 2025"): one row telling both, each with its citation, so the
    reader sees the two statistics side by side and neither figure stands under the other's source."""
    groups: dict[tuple[dt.date, dt.date], list[int]] = {}
    for j, e in enumerate(events):
        told = e.sentence or e.text
        if (
            e.expression
            and " and " not in e.label
            and (_TRADE_TOTAL.search(told) or _IT_TOTAL.match(told))
            and _amounts(e, round_too=True)
        ):
            groups.setdefault((e.start, e.end), []).append(j)
    into: dict[int, int] = {}
    texts: dict[int, list[str]] = {}
    for rows in groups.values():
        # ("it came to €31.7 million in 2025" only beside a row that names the trade it is)
        if not 1 < len(rows) <= TRADE_TOTALS_JOINED or not any(
            _TRADE_TOTAL.search(events[j].sentence or events[j].text) for j in rows
        ):
            continue
        # (the row that names the trade first: "it came to ...", "The figure ... has been revised to ..." after it)
        rows = sorted(rows, key=lambda j: _TRADE_TOTAL.search(events[j].text) is None)
        items = [{item for item, _ in events[j].sources} for j in rows]
        if any(a & b for k, a in enumerate(items) for b in items[k + 1 :]):
            continue  # one source's figures of one period: a series or a revision, told apart elsewhere
        if not all(_other_figures(events[a], events[b], round_too=True) for a, b in zip(rows, rows[1:])):
            continue
        parties = {p for j in rows if (p := _trade_parties(events[j].sentence or events[j].text))}
        if len(parties) > 1:
            continue  # "Trade between Uzbekistan and the UAE ..." / "Trade between the Kyrgyz Republic and the UAE ..."
        first = rows[0]
        texts[first] = [events[j].text for j in rows]
        into.update((j, first) for j in rows[1:])
    if not into:
        return events
    joined = _folded(events, into, keep_text=True)
    by_text = {events[first].text: " ".join(parts) for first, parts in texts.items()}
    return [_with_text(e, by_text[e.text]) if e.text in by_text and len(e.sources) > 1 else e for e in joined]


_PARTIES = re.compile(
    r"\bbetween\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+and\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
)


def _other_parties(a: Event, b: Event) -> bool:
    """Whether two trade totals name other pairs ("Trade between Vietnam and Chile reached ..." / "Trade
    between Vietnam and Peru reached ..."): two figures, however alike their words."""
    first, second = a.sentence or a.text, b.sentence or b.text
    if (
        "between" not in first
        or "between" not in second
        or not (_TRADE_TOTAL.search(first) and _TRADE_TOTAL.search(second))
    ):
        return False
    ours, theirs = _trade_parties(first), _trade_parties(second)
    return bool(ours and theirs and ours != theirs)


_OPINION_TITLE = re.compile(
    r"(?:Opinion|Comment|Commentary|Editorial|Op-?ed|Column|Viewpoint|Analysis|Letter|Letters)\s*[:|–—-]\s",
    re.IGNORECASE,
)


def _trade_parties(text: str) -> frozenset[str]:
    """The two countries a trade total names ("Trade between Uzbekistan and the UAE"), if it names them."""
    found = _PARTIES.search(text)
    return frozenset(found.group(1, 2)) if found else frozenset()


# "According to the Central Statistics Office of Ireland, it came to €31.7 million in 2025": a total the
# sentence before names
_IT_TOTAL = re.compile(
    r"^(?:According\s+to\s+[^,;]{3,100},\s+)?(?:[Ii]t|[Tt]his)\s+(?:came\s+to|reached|amounted\s+to|totall?ed|stood\s+at)\b"
)


def fold_growth_into_its_last_figure(events: list[Event]) -> list[Event]:
    """A growth told over years ("Trade ... grew from USD 702 million in 2021 to USD 948 million in 2025",
    filed under its first year) and another source's figure of its last year ("For the whole of 2025,
    two-way trade amounted to USD 948.1 million") are one fact: the growth's row, which tells both years,
    with both citations."""
    growths: dict[int, list[tuple[int, list[float]]]] = {}
    for j, e in enumerate(events):
        if " and " in e.label and e.precision == "year" and (found := _GROWTH_TO.search(e.sentence or e.text)):
            growths.setdefault(int(found.group("year")), []).append((j, _figure_values(found.group("figure"))))
    if not growths:
        return events
    into: dict[int, int] = {}
    for i, e in enumerate(events):
        if e.precision != "year" or e.start.year != e.end.year or e.start.year not in growths or " and " in e.label:
            continue
        told = e.sentence or e.text
        if _REVISES.search(told):
            continue  # "The final figure for 2025 has been revised to ...": a correction is news of its own
        values = _figure_values(told)
        items = {item for item, _ in e.sources}
        for j, figure in growths[e.start.year]:
            if not items & {item for item, _ in events[j].sources} and any(
                _alike(a, b) for a in values for b in figure
            ):
                into[i] = j
                break
    return _folded(events, into, keep_text=True)


# "grew from USD 702 million in 2021 to USD 948 million in 2025", "rose from about 9,000 in 2015 to 38,000 in 2025"
_GROWTH_TO = re.compile(
    r"\bfrom\s+[^;]{1,60}?\s+in\s+(?:19|20)\d\d\s+to\s+(?P<figure>[^;]{1,40}?)\s+in\s+(?P<year>(?:19|20)\d\d)\b"
)
_FIGURE_VALUE = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(million|billion|trillion|bn)\b)?", re.IGNORECASE
)
_SCALES = {"million": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
FIGURE_ROUNDING = 0.005  # two figures this close are one figure rounded ("USD 948 million", "USD 948.1 million")


def _figure_values(text: str) -> list[float]:
    """The figures a text gives, as numbers (a year is no figure)."""
    values = []
    for number, scale in _FIGURE_VALUE.findall(text):
        value = float(number.replace(",", ""))
        if not scale and (value < 100 or (1900 <= value <= 2100 and "," not in number)):
            continue  # a small count or a year
        values.append(value * _SCALES.get(scale.lower(), 1.0))
    return values


def _alike(a: float, b: float) -> bool:
    return abs(a - b) <= FIGURE_ROUNDING * max(a, b)


TRADE_TOTALS_JOINED = 3  # more rows of one period's trade are a table's, not two sources' totals
# A total of the two countries' trade, not one way of it ("Exports to China rose to ...").
_TRADE_TOTAL = re.compile(
    r"\b(?:bilateral|two-way|total|overall|mutual)\s+trade\b|\btrade\s+(?:between|with)\b|\btrade\s+turnover\b"
    r"|\b(?:trade|turnover)\b[^.;]{0,60}?\b(?:totalled|totaled|amounted\s+to|reached|came\s+to|stood\s+at)\b",
    re.IGNORECASE,
)


def _capitalised(event: Event) -> frozenset[str]:
    """The content words (as `_content_words` keys them) of the sentence's capitalised words after its
    first: its names."""
    capitalised = (w for w in words(event.sentence or event.text)[1:] if w[:1].isupper())
    return frozenset(stem for w in capitalised for _, stem in _TOKEN_WORDS[w])


def _told_as_plan(sentence: str) -> bool:
    return sounds_future(sentence) or _PLAN.search(sentence) is not None or _PREPARED_FOR.search(sentence) is not None


def _plan_told_before_a_relative(event: Event) -> bool:
    """Whether the event's clause is told as a plan, a ", which" clause after its date aside: "In 2025
    Canada disbursed CAD 5 billion ... loans, which are to be repaid from ..." tells a deed."""
    told = event.sentence or event.text
    relative = _WHICH.search(told, _span_in(told, event.expression)[1])
    return _told_as_plan(told[: relative.start()] if relative else told)


# "A visit to Freetown ... is being prepared for the autumn of 2026."
_PREPARED_FOR = re.compile(r"\b(?:is|are)\s+being\s+(?:prepared|planned|organi[sz]ed|arranged)\b")


def _label_parts(label: str) -> frozenset[str]:
    return frozenset(part.strip().lower() for part in re.split(r",\s+|\s+and\s+", label) if part.strip())


_OPENERS = frozenset("the a an in on at during this these that those it its after before since from".split())


def _proper_names(event: Event) -> frozenset[str]:
    """Capitalised words of a row but for the words a sentence opens with and date words."""
    return frozenset(
        _stem(w.lower())
        for w in words(event.text)
        if w[:1].isupper() and w.lower() not in _OPENERS and w.lower() not in _STOPWORDS
    )


# A deed named again while telling another happening: "The sides discussed the implementation of
# the agreements signed in Ankara in September", "reviewed the implementation of the memorandum of
# understanding on critical minerals signed in Ottawa", "reviewed the agreements reached during the state
# visit ... in June 2024".
_RESTATED = re.compile(
    r"\b(?:discussed|reviewed|examined|considered|assessed|noted|welcomed|praised|followed\s+up\s+on|"
    r"implementation\s+of|implementing|progress\s+(?:on|in)|follow-up\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?P<thing>agreements?|memorand(?:um|a)|treat(?:y|ies)|accords?|contracts?|deals?|documents?|protocols?|"
    r"decisions?|commitments?)(?:\s+[\w–-]+){0,6}?\s+"
    r"(?:signed|concluded|reached|adopted|agreed|made|taken)\b(?P<where>[^,;.]{0,120})"
)


# "The new memorandum replaces the one signed in June 2003.": the earlier text, named by the new one's noun.
_REPLACES_THE_ONE = re.compile(
    r"(?:The|This|A)\s+(?:new|revised|updated|renewed|amended)\s+(?P<thing>(?:[\w-]+\s+){0,3}?[\w-]+)\s+"
    r"(?:replaces|supersedes|succeeds|updates|amends)\s+(?:the|an?)\s+(?:earlier\s+|previous\s+|old\s+|first\s+)?"
    r"(?:one|ones)\s+(?:signed|concluded|adopted|agreed)\b(?P<where>[^,;.]{0,120})"
)


_RESTATED_KEYS = keys(
    "discussed reviewed examined considered assessed noted welcomed praised followed implementation implementing progress follow"
)


def _described(event: Event) -> frozenset[str]:
    """The content words of what a description describes, when its date is in that part, else none."""
    if not event.expression or event.expression not in event.text[:240]:
        return frozenset()
    found = _DESCRIPTION.match(event.text)
    if found is not None:
        subject = found.group("source") or found.group("subject")
    else:
        restated = _RESTATED.search(event.text) if may_hold(event.text, _RESTATED_KEYS) else None
        if restated is None and " one" in event.text:
            restated = _REPLACES_THE_ONE.match(event.text)
        if restated is None:
            return frozenset()
        subject = restated.group("thing") + " " + " ".join(_NAME.findall(restated.group("where")))
        if event.expression not in restated.group("where"):
            return frozenset()
    if found is not None and event.expression not in subject:
        return frozenset()
    subject = subject.replace(event.expression, " ")
    return frozenset(
        _stem(w)
        for w in map(str.lower, _lower_words(subject))
        if w not in _STOPWORDS and not w.endswith("ed") and not w.isdigit()
    )


_NAME = re.compile(r"\b[A-Z][\w'’-]+")


# (and as Spanish, Portuguese and French news write them: "412 millones de euros", "1,2 mil millones",
# "3,5 milhões", "2 milliards")
_AMOUNT = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s?(million|billion|trillion|bn|mil\s+millones|millones|millón|milhões|milhão|"
    r"bilhões|bilhão|millions|milliards?|млн|млрд|مليون|مليار)(?![\w])",
    re.IGNORECASE,
)
_SCALE_WORDS = {
    "bn": "billion",
    "млн": "million",
    "млрд": "billion",
    "مليون": "million",
    "مليار": "billion",
    "mil millones": "billion",
    "millones": "million",
    "millón": "million",
    "milhões": "million",
    "milhão": "million",
    "millions": "million",
    "bilhões": "billion",
    "bilhão": "billion",
    "milliard": "billion",
    "milliards": "billion",
}


_REVISES = re.compile(r"\b(?:revised|corrected|final\s+(?:figure|data|figures))\b")


def _figures_of_a_series(events: list[Event], by_amount: dict[int, list[int]]) -> dict[int, int]:
    """Rows that tell a figure of a year a series row already tells, joined to that row: "It rose
    from €1.9 billion in 2021 to €3.4 billion in 2025" (one row, "2021 and 2025") holds "In 2025
    bilateral trade totalled €3.4 billion, a record."  Row -> the row it joins (and the series row
    -> itself)."""
    owner: dict[int, int] = {}
    for i, others in by_amount.items():
        series = events[i]
        if " and " not in series.label and ", " not in series.label:
            continue  # one date: not a series
        for j in others:
            one = events[j]
            if j in owner or " and " in one.label or ", " in one.label:
                continue
            if _amounts(one) - _amounts(series) and _REVISES.search(one.sentence or one.text):
                # "The final figure for 2025 has been revised to USD 548.3 million, compared with the preliminary
                # USD 531.9 million": a new figure for the series' year, not one it tells
                continue
            for amount in _amounts(one) & _amounts(series):
                number, scale = amount.split()
                told = rf"(?<![\d.,]){re.escape(number)}\s?(?:{scale}|bn)\s+in\s+{re.escape(one.label)}\b"
                if re.search(told, series.text.replace(",", ".") if "," in number else series.text):
                    owner[j] = owner[i] = i
                    break
    return owner


def _amounts(event: Event, *, round_too: bool = False) -> frozenset[str]:
    """The amounts a statement names that are not round ("2.6 billion", "941 million"): a round one
    ("USD 100 million", "€2 billion") may be told of many things (`round_too` keeps them)."""
    text = event.sentence or event.text
    if (
        "ill" not in text
        and "bn" not in text
        and "ilh" not in text
        and "мл" not in text
        and "مليو" not in text
        and "مليا" not in text
    ):  # (million, millones, milliards, milhões, млн, млрд, مليون, مليار)
        return frozenset()
    found = set()
    for number, scale in _AMOUNT.findall(text):
        digits = number.replace(",", ".")
        if digits.endswith((".0", ".00")):
            digits = digits.split(".")[0]  # "EUR 412.0 million" is "412 millones de euros"
        if round_too or "." in digits or (len(digits) >= 3 and not digits.endswith("0")):
            scale = " ".join(scale.lower().split())
            found.add(f"{digits} {_SCALE_WORDS.get(scale, scale)}")
    return frozenset(found)


def _counts(event: Event) -> frozenset[str]:
    """The percentages and counts with thousands a statement gives ("24 percent", "38,000"): two
    statements that each give some, none the same, tell two facts."""
    text = event.sentence or event.text
    if "%" not in text and "per" not in text and "," not in text:
        return frozenset()
    return frozenset(m.group(1) or m.group(2) for m in _COUNT.finditer(text))


_COUNT = re.compile(
    r"\b(\d+(?:[.,]\d+)?)\s*(?:%|percent\b|per\s+cent\b)|\b(\d{1,3}(?:,\d{3})+)\b(?!\s*(?:million|billion))"
)


_SETTING = re.compile(
    r"\b(?:during|amid|at\s+the\s+time\s+of|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of"
    r"|at(?=\s+the\s+(?:[\w–'-]+\s+){0,5}?(?:forum|summit|conference|exhibition|fair|ceremony|expo)\b))\s+([^,;]+)",
    re.IGNORECASE,
)


def _plan_done(done: Event, plan: Event, shared: frozenset[str]) -> bool:
    """Whether a month's plan ("A ministry delegation will travel to Havana in November to sign an
    agreement on a joint rice seed company.") is told done by a day's row of that month ("... on
    Tuesday signed an agreement to establish a joint venture producing certified rice seed"): the
    deed the plan names is the day's, and two distinctive words agree."""
    return (
        len(shared) >= ACROSS_SHARED
        and sounds_future(plan.sentence or plan.text)
        and not sounds_future(done.sentence or done.text)
        and bool(_planned_deeds(_compared_text(plan)) & _kinds(done))
        and not _other_figures(done, plan)
    )


def _planned_deeds(text: str) -> frozenset[str]:
    """What a plan names to do, a visit to pay too ("is expected to pay a state visit to Kuwait")."""
    planned = planned_kinds(text)
    return planned | {"meet"} if _TO_PAY_A_VISIT.search(text) else planned


_TO_PAY_A_VISIT = re.compile(r"\b(?:to|will|would|shall)\s+pay\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?visit\b")


def _setting(event: Event) -> frozenset[str]:
    """Content words of the happening a statement is set in ("... signed during the state visit of
    President Yoon"): sharing only those, two statements speak of two happenings."""
    text = event.sentence or event.text
    setting: set[str] = set()
    # (every setting: "signed ... at the first Business Forum, held during the Prime Minister's visit")
    for found in _SETTING.finditer(text):
        if event.expression and event.expression in found.group(1) and found.group()[:2].lower() != "at":
            # "agreements reached during the visit ... in June 2024" dates the visit; "At the forum
            # on Tuesday, X signed a contract" still only sets the contract there.
            return frozenset()
        tokens = (part for w in words(found.group(1)) for part in w.lower().split("-"))
        setting.update(_stem(w) for w in tokens if w and w not in _STOPWORDS and not w.isdigit())
    # "nurses had reached Apia within two days of the dengue outbreak in March": the happening a deed
    # is timed by is another one, whatever date the phrase holds
    if " of " in text or "after" in text or "wake" in text or "response" in text:
        for found in _TIMED_BY.finditer(text):
            tokens = (part for w in words(found.group(1)) for part in w.lower().split("-"))
            setting.update(_stem(w) for w in tokens if w and w not in _STOPWORDS and not w.isdigit())
    return frozenset(setting)


_TIMED_BY = re.compile(
    r"\b(?:within\s+(?:\w+\s+)?(?:hours?|days?|weeks?)\s+of|(?:\w+\s+)?(?:hours?|days?|weeks?)\s+after"
    r"|(?:shortly|soon)\s+after|in\s+the\s+(?:wake|aftermath)\s+of|in\s+response\s+to)\s+([^,;]+)",
    re.IGNORECASE,
)


_ORDINAL = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))"
    r"\s+(?:and\s+final\s+)?(round|session|meeting|dialogue|summit|forum|congress|conference|consultations?)\b",
    re.IGNORECASE,
)


def _ordinals(event: Event) -> frozenset[str]:
    """The numbered happenings a statement names ("the fourth round", "its twelfth session"): two
    statements of "the fourth round" in one month speak of one round."""
    text = event.sentence or event.text
    if "th " not in text and "st " not in text and "nd " not in text and "rd " not in text:
        return frozenset()  # every ordinal ends so (a substring test is far cheaper than the pattern)
    return frozenset(f"{m.group(1).lower()} {m.group(2).lower()}" for m in _ORDINAL.finditer(text))


_FROM_WEEKDAY = re.compile(rf"(?:[Ff]rom|[Bb]etween)\s+(?:{'|'.join(WEEKDAYS)})\b")


def _abbreviates(a: Event, b: Event) -> bool:
    """Whether one row names by its initials a body the other spells out ("the first EPS Korean
    language test" / "the first Employment Permit System Korean language test"): one name, not two."""
    text_a, text_b = a.sentence or a.text, b.sentence or b.text
    return any(
        _spelled_out(initials, other)
        for text, other in ((text_a, text_b), (text_b, text_a))
        for initials in _INITIALS.findall(text)
    )


_INITIALS = re.compile(r"\b[A-Z]{3,6}\b")  # (two letters spell too much by chance)


@lru_cache(maxsize=4096)
def _spelled_out(initials: str, text: str) -> bool:
    """Whether `text` holds capitalised words whose first letters spell `initials`, with "of", "and",
    "for" or "the" between them ("EPS": "Employment Permit System"; "NBG": "National Bank of Georgia")."""
    between = r"(?:\s+(?:of|and|for|the|de|du))*\s+"
    pattern = between.join(rf"{letter}[\w'’]*" for letter in initials)
    return re.search(rf"\b{pattern}\b", text) is not None


def _names(event: Event) -> frozenset[str]:
    """Capitalised words after the first of the event's sentence, as `_content_words` keys them, but
    the words of offices and honorifics; and those of its text when that names what the sentence
    calls "the treaty" ("The Pukpuk Treaty, signed in Canberra in October 2025, ...")."""
    text = _unattributed(event.sentence or event.text)
    found = {_stem(w.lower()) for w in words(text)[1:] if w[:1].isupper()}
    if event.sentence and event.text.startswith("The ") and event.sentence.startswith("The "):
        # (its first sentence only: a text may carry the sentence before it, "The refinery can process
        # ... Construction began in 2024.")
        first = event.text.split(". ", 1)[0]
        if first[:24] not in event.sentence:
            found.update(_stem(w.lower()) for w in words(first)[1:] if w[:1].isupper())
    return frozenset(found) - _OFFICE_WORDS - _CURRENCIES - _CALENDAR_WORDS


# A thing recalled by the deed that made it, its date that deed's: "reviewed ... the comprehensive
# strategic partnership established in September 2023".  Its other words tell what was done with it
# later, so two words it shares with a row of that date are enough to tell the same happening.
_MADE_IN = re.compile(
    r"\bthe\s+(?:[\w-]+\s+){0,5}?(?:established|signed|launched|set\s+up|founded|concluded|adopted|opened|agreed)\s+"
    r"(?:in|on)\s+$"
)


def _recalled(event: Event) -> bool:
    """Whether the row's date is that of the deed that made a thing it recalls (see _MADE_IN)."""
    if "ed in" not in event.text and "ed on" not in event.text and "set up" not in event.text:
        return False  # (a quick look first: most rows recall nothing so)
    at = _span_in(event.text, event.expression)[0]
    return at > 0 and _MADE_IN.search(event.text, max(0, at - 90), at) is not None


# Currency codes are capitalised but name no one: "a Chinese grant of RMB 45 million" names no body.
_CURRENCIES = frozenset(
    _stem(code)
    for code in (
        "usd eur rmb cny gbp jpy chf cad aud nzd krw inr pkr bdt idr myr php thb vnd sgd hkd twd aed sar qar kwd "
        "bhd omr jod egp mad dzd tnd ngn ghs kes tzs ugx zar zmw mzn aoa xof xaf brl ars clp cop pen mxn uyu pyg "
        "bob rub kzt uzs azn gel amd try uah pln czk huf ron bgn rsd sek nok dkk isk tenge"
    ).split()
)


# Verbs of the deeds rows tell, as `_content_words` keys them: words two rows share that name no thing.
_DEED_VERBS = frozenset(
    _stem(w)
    for w in (
        "sign signed signing open opened opening inaugurated launched visit visited met meet meeting held hold "
        "received welcomed arrived hosted discussed concluded agreed established founded set expected planned "
        "take took place taken pledged committed approved ratified announced said will"
    ).split()
)


_TITLED_DOCUMENT = re.compile(
    r"\b(?:Agreements?|Memorand(?:um|a)|Treat(?:y|ies)|Accords?|Protocols?|Conventions?|Contracts?)\b"
)
# Capitalised words that name a time, not a body or a place.
_CALENDAR_WORDS = frozenset(_stem(w.lower()) for w in (*MONTH_NAMES, *WEEKDAYS))


# A text by its title: "the Statement of Partnership", "the Agreement on Economic Cooperation".
_TITLE = re.compile(
    r"\b(?:Joint\s+)?(?:Statement|Agreement|Declaration|Memorandum|Treaty|Protocol|Accord|Charter|Convention|Roadmap)"
    r"\s+(?:of|on|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]+(?:\s+(?:and|of|on)\s+|\s+)?)+"
)


def _titles(event: Event) -> frozenset[str]:
    text = event.sentence or event.text
    if "of " not in text and "on " not in text and "for " not in text:
        return frozenset()
    return frozenset(" ".join(m.group().split()).rstrip(" ,.").lower() for m in _TITLE.finditer(text))


_IN_FORCE = re.compile(r"\bin(?:to)?\s+force\b")
_DOCUMENTS = frozenset(
    _stem(w) for w in "agreement agreements memorandum treaty accord protocol document documents deal contract".split()
)


# Words of an office or an honorific ("Deputy Prime Minister", "Minister of Foreign Affairs", "His
# Highness Sayyid ... bin ..."), nouns that stand for a country ("exports to the Kingdom") and the
# pair itself ("the two countries", "both sides"): two rows that share them may tell of different
# people and deeds.
_OFFICE_WORDS = frozenset(
    _stem(w)
    for w in (
        "minister prime deputy vice foreign affairs highness excellency majesty sayyid sheikh bin "
        "two both countries sides "
        "kingdom republic sultanate emirate emirates principality"
    ).split()
)


def is_planned(event: Event, as_of: dt.date) -> bool:
    """After the as-of date, or spanning it and worded as future ("will take place in 2026").

    An event whose period holds the as-of date ("in 2026" on 20 February 2026) is planned
    only when its clause speaks of it as still to come, by the tense cues relative dates use."""
    if called_off(event.text) and not _postponed_to(event) and not _held_now(event):
        return False  # "The visit, planned for 18 March, was postponed": it will not take place then
    return event.start > as_of or (
        event.end > as_of and (sounds_future(event.text) or _REPORTED_FUTURE.search(event.text) is not None)
    )


# A row that only points at what it lists: "These include the 2022 agreement on ...".
_THEY_INCLUDE = re.compile(r"(?:These|They|Those)\s+(?:include|included|comprise|comprised)\s+(\S.*)$", re.DOTALL)


# A row that only says it is an example of the sentence before it: "A notable example was the October 2022
# state visit to Kazakhstan by Emir Sheikh Tamim ..." gives the visit.
_AN_EXAMPLE_WAS = re.compile(
    r"(?:A|One|Another)\s+(?:(?:notable|prominent|striking|good|clear|recent|further)\s+)?(?:example|instance|"
    r"illustration|case(?:\s+in\s+point)?)(?:\s+of\s+this)?\s+(?:was|is)\s+((?:the|a|an)\s+\S.*)$",
    re.DOTALL,
)


# What opens a sentence as a step of its source's argument, not as part of what happened.
_ASIDE_OPENER = re.compile(
    r"(?:For\s+(?:instance|example)|In\s+addition|Additionally|Furthermore|Moreover|Besides|Also|Notably|"
    r"In\s+turn|Likewise|Similarly|Indeed|In\s+particular|It\s+is\s+worth\s+noting\s+that),?\s+(\S.*)$",
    re.DOTALL,
)


# A future told in reported speech: "They agreed that the Joint Commission would meet in Abuja
# the following year".
_REPORTED_FUTURE = re.compile(
    r"\b(?:agreed|announced|decided|confirmed|promised|pledged|said|stated|added|told\s+[^.;]{1,40}?)\s+(?:that\s+)?"
    r"[^.;]*?\bwould\s+(?!have\b)"  # ("said their own chamber would examine it before the end of the year")
    # ("invited Morikawa to visit Georgia in 2027", "agreed to launch direct charter flights in 2027": a deed
    # still to come in the year that holds the as-of date)
    r"|\b(?:invited|agreed|decided|planned|plans|intends?|promised|pledged)\b[^.;]{0,60}?\bto\s+"
    r"(?:visit|launch|open|hold|build|start|begin|sign|set\s+up|establish|resume|introduce|host)\b"
    # ("accepted an invitation to pay a state visit to Senegal in 2027": accepted then, the visit to come)
    r"|\baccepted\s+(?:an?|the|his|her|their)\s+invitation\s+to\s+(?:pay|make|visit|attend)\b"
)


_AND_ADVISED = re.compile(r",?\s+and\s+(?:recommended|urged|advised|called\s+(?:on|for))\b")


def _finish(event: Event, as_of: dt.date, focus_for: Callable[[str], bool] | None) -> Event:
    focus = bool(focus_for) and any(focus_for(item_id) for item_id, _ in event.sources)  # type: ignore[misc]
    # A row is read alone: "These include the 2022 agreement on ... and the memorandum on ..." gives
    # what is listed, not a pointer to a sentence it does not show; "For instance, the Emir visited
    # ..." gives the visit, not a step of the source's argument.
    listed = _THEY_INCLUDE.match(event.text) or _ASIDE_OPENER.match(event.text) or _AN_EXAMPLE_WAS.match(event.text)
    text = listed.group(1)[0].upper() + listed.group(1)[1:] if listed else event.text
    text = without_speakers(text)  # ("CORRESPONDENT: Yesterday the President held talks ...")
    # "... had examined the protocol on 16 September and recommended its ratification": the row is
    # the deed; the advice the same subject went on to give is none
    advice = _AND_ADVISED.search(text)
    if advice is not None and has_action_verb(text[: advice.start()]):
        text = text[: advice.start()].rstrip(" ,") + (_final(text) or ".")
    return Event(
        event.start,
        event.end,
        event.precision,
        event.label,
        text,
        event.sources,
        expression=event.expression,
        topics=event.topics,
        focus=focus,
        planned=is_planned(event, as_of),
        sentence=event.sentence,
    )
