"""Resolve date words that need the text's own date: "last year", "on Tuesday", "in September".

Each is placed in the adjacent occurrence the context implies: "last"/"next"/"this"
decide; otherwise future wording in its sentence ("will", "upcoming", "planned", "due")
picks the next occurrence, past wording ("was", "held", "-ed") the previous one, and with
no cue the nearest one wins.
"""

from __future__ import annotations

import datetime as dt
import re

from reportgen.analysis.date_spans import (
    MONTH_NAMES,
    DateSpan,
    day_label,
    month_end,
    range_label,
    safe_date,
    season_span,
)

_NOWADAYS = re.compile(
    r"(?i)\b(?:of|until|till|up\s+to|world|worldwide|face|faces|facing|exist|exists|remain|remains)\s+$"
)
# A sentence opening on "Today" that goes on to say how things are ("Today Batumi ... is one of the
# favourite destinations", "Today more than 6,000 students are enrolled"): no deed before its
# present-tense verb, which tells no presence or plan ("Today the President is in Doha").
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+)$")
_STATE_NOW = re.compile(
    r",?\s+(?:(?!\b(?:[a-z]+ed|was|were|had|has|have|will|did|met|held|signed|began|took|made)\b)[^.;:!?])*?"
    r"\b(?:is|are|remains?|stands?|lives?|live|works?|counts?)\b(?!\s+(?:in|at|on|visiting|expected|due|to)\b)"
)
_PART_OF = re.compile(r"\b(?:start|beginning|end|middle|turn|course|rest|remainder|close)\s+of\s+$")
# Spelled with explicit capitals rather than (?i): case-folding makes the engine slower.
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_RELATIVE = re.compile(
    r"\b(?:(?P<day>[Yy]esterday|[Tt]oday|[Tt]omorrow)"
    r"|(?P<which>[Ll]ast|[Tt]his|[Nn]ext|[Pp]revious|[Cc]urrent|[Cc]oming|(?<=of\s)the)\s+(?P<unit>year|month|week)"
    rf"|(?:(?P<wwhich>[Ll]ast|[Tt]his|[Nn]ext)\s+)?(?P<weekday>{'|'.join(WEEKDAYS)})"
    r"|(?P<swhich>[Ll]ast|[Tt]his\s+past|[Tt]his|[Nn]ext|[Tt]he|in)\s+(?:(?:early|late|mid)[\s-]+)?"
    r"(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|[Ff]all)"
    r"(?!\s+(?:of\s+)?\d)"
    r"|(?P<count>\d{1,2}|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)\s+"
    r"(?P<ago>year|month|week|day|fortnight)s?\s+ago)\b"
)
COUNT_WORDS = {  # "two years ago", "a year earlier": counts spelled as words
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_WEEKDAY_NUMBER = {name.lower(): number for number, name in enumerate(WEEKDAYS)}
_FUTURE_WORDS_EN = r"will|shall|upcoming|forthcoming|(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)planned|(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)(?<!action\s)(?-i:plans?)|scheduled(?!\s+(?:(?:direct|non-?stop|passenger|international|regular|bus|ferry|train|rail|air|cargo|charter)\s+)?(?:flights?|routes?|services?|air\b|connections?|links?|operations?|carriers?))|expected|due|next(?!\s+(?:year|month|week)['’]s)(?!\s+(?:phase|phases|stage|stages|step|steps|generation)\b)|to\s+be\s+(?:held|opened|completed|launched|signed|built|commissioned|inaugurated)|to\s+take\s+place|is\s+to|are\s+to|going\s+to|intends?|expects?\s+to|expecting\s+to|hopes?\s+to"
_FUTURE_WORDS = (
    _FUTURE_WORDS_EN
    # Russian: "будет", "состоится", "пройдёт", "планируется", "предстоящий", "следующий"
    + r"|будет|будут|состоится|состоятся|пройд[её]т|пройдут|планиру\w*|запланирован\w*|предстоящ\w*|намечен\w*|ожидает\w*|следующ\w*"
    # Kazakh: "өтеді", "өткізіледі", "болады", "алдағы", "жоспарлануда", "келесі", "өтетін"
    r"|өтеді|өтпек|өткізіледі|ұйымдастырылады|болады|алдағы|жоспарлан\w*|күтілуде|келесі|\w{2,}(?:етін|атын|йтын|йтін)"
)
_PAST_WORDS = (
    r"was|were|had|did|held|took|met|began|signed|last|previous|earlier|ago|\w{3,}ed"
    # Russian: "был", "прошла", "состоялась", "подписали", "заявил"
    r"|был[аои]?|прош[её]л|прошл[аои]|прошедш\w*|\w{3,}(?:лся|лась|лось|лись)|\w{3,}(?:али|яли|или|ели)"
    r"|подписал\w*|заявил\w*|отметил\w*|провел\w*|провёл|посетил\w*|принял\w*|обсудил\w*|открыл\w*|встретил\w*|сообщил\w*|прибыл\w*"
    # Kazakh: "өтті", "болды", "келді", "қол қойды"; passive past "өткізілді", "қабылданды", "ашылды"
    r"|өтті|болды|келді|барды|қойды|берді|алды|айтты|етті|кездесті|қатысты|талқылады|мәлімдеді|өткізді|өткен"
    r"|\w{2,}(?:ылды|ілді|лды|лді|нды|нді)"
)
# Cues read only next to a date (not by `sounds_future`): a deadline or a date something was
# moved to ("payable Dec. 1", "extended to Nov. 20", "set to expire"), a conditional.
_FUTURE_NEAR = (
    # (an adverb between: "will now be held", "will then be signed")
    r"(?:will|shall|would|going\s+to|is\s+to|are\s+to)"
    r"(?:\s+(?:not|now|then|also|still|again|only|soon|likely|probably|first|finally|formally|officially))*"
    r"(?:\s+(?:be|have|been))*\s+\w+"
    r"|would|payable|effective|deadline|expires?|(?:set|supposed|slated|due)\s+to"
    # ("reviewed preparations for the Prime Minister's official visit to France in June": still ahead)
    r"|preparations?\s+for|preparing\s+for"
    # ("Preparations are under way for a state visit ... in the autumn", "is being prepared for the autumn")
    r"|preparations?\s+(?:are|is)\s+(?:now\s+)?(?:under\s*way|being\s+made|in\s+progress)\s+for"
    r"|(?:is|are)\s+being\s+(?:prepared|planned|organi[sz]ed|arranged)"
    r"|(?:extended|postponed|delayed|deferred|adjourned|pushed\s+back|put\s+back|put\s+off|set|slated)\s+(?:until|till|to|for)"
    # ("moved to 4 June", not "moved to larger premises")
    r"|moved\s+(?:until|till|to|for)(?=\s+(?:\d|next|later|early|late|mid|the\s+(?:end|start|beginning|middle|first|second)"
    r"|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter))"
)
# Past tenses that may govern a report rather than the dated event ("said it would ... by
# Oct. 31", "announced an agreement to acquire ... in January"): they decide only when the
# calendar leaves the choice open (see `pick_year`).
# "The ceremony had been expected in July but was delayed": a plan in the past perfect, overtaken, so
# most often for a day gone by (a weak past: the calendar decides when it is lopsided)
_OVERTAKEN = (
    r"had\s+(?:(?:originally|initially|first)\s+)?been\s+(?:(?:originally|initially|first)\s+)?"
    # (up to its preposition, so that it ends where "planned for", a cue of its own, does and outweighs it)
    r"(?:due|set|scheduled|expected|slated|planned)\s+(?:for|on|in)\b"
)
_WEAK_PAST = (
    r"\w{3,}ed|said|told|made|gave|came|went|saw|found|left|rose|fell|sold|bought|paid|brought|won|lost"
    r"|spent|sent|ran|got|became|led|wrote|spoke|struck|chose|grew|knew|thought|fought|kept|stood"
)
# Plans told in the past or past perfect or compared with expectations say nothing of the tense:
# "had been set to expire Nov. 6" (still ahead), "was supposed to take place in June" (either
# side of the story's date: the nearer one), "lower-than-expected", "as planned".
_NEUTRAL_WORDS = (
    r"(?:had\s+been|was|were)\s+(?:due|set|scheduled|expected|slated|supposed|planned)\s+to(?:\s+take\s+place|\s+be\s+\w+|\s+\w+)?"
    r"|than[\s-]+(?:expected|planned|scheduled|anticipated)|as\s+(?:expected|planned|scheduled)"
    # "scheduled for 10 November, has been postponed": the plan is told as called off, so its date
    # is the nearest one, not necessarily ahead.
    r"|(?:planned|scheduled|slated|due|set)\s+(?:to\s+take\s+place\s+)?(?:for|on|in)"
    r"(?=[^.;]{0,160}\b(?:postponed|cancell?ed|called\s+off|put\s+off|deferred|rescheduled)\b)"
    # "the festival, which runs from 16 October to 1 November": a span told in the present, whichever
    # side of the date of writing it lies (the nearest)
    r"|(?:runs|is\s+running|are\s+running)\s+(?=from\b)"
)
_FUTURE = re.compile(rf"(?i)\b(?:{_FUTURE_WORDS})\b")
_FUTURE_EN = re.compile(rf"(?i)\b(?:{_FUTURE_WORDS_EN})\b")  # (an English text needs no Cyrillic word test)
_PAST = re.compile(rf"(?i)\b(?:{_PAST_WORDS})\b")
_STRONG_PAST = _PAST_WORDS.replace(r"|\w{3,}ed", "", 1) + r"|since"
# An infinitive is a weak future: "agreed to purchase the line ... in February".
_WEAK_FUTURE = r"to\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|be|have|date|record|about|around|over)\b)(?-i:[a-z])[a-z]{2,}(?<!ed)"
_DETERMINER_NEAR = re.compile(
    r"(?i)\b(?:a|an|the|its|his|her|their|our|this|that|these|those)\s+((?:[\w'’-]+\s+){0,3})$"
)
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:a|an|the|its|his|her|their|our|still|newly)\s+$")
# A deadline just before the date: "by August", "until Nov. 9", "through January".
_DEADLINE_BEFORE = re.compile(r"(?i)\b(?:by|until|till|through)\s+(?:the\s+end\s+of\s+|mid-?|early\s+|late\s+)?$")
_CUE = re.compile(
    rf"(?i)\b(?:(?P<neutral>{_NEUTRAL_WORDS})|(?P<overtaken>{_OVERTAKEN})|(?P<future>{_FUTURE_NEAR}|{_FUTURE_WORDS})"
    rf"|(?P<past>{_STRONG_PAST})|(?P<weak_past>{_WEAK_PAST})|(?P<weak_future>{_WEAK_FUTURE}))\b"
)


# A noun's past participle and its date: "the protocol signed on 28 September" (not "will be
# signed on", "to be signed in": a form of "be" before it).
# (and a place between: "The visa exemption agreement signed in Jakarta in February will enter into force ...")
# (only a month's "in": a weekday after a place, "the memorandum signed in Santiago on Tuesday", is left to
# the clause's tense, as before)
_OWN_PARTICIPLE = re.compile(
    r"\b(?!(?:be|been|being|is|are|was|were)\s)[a-z]+\s+([a-z]{3,}ed)\s+"
    r"(?:(?:on|in)|(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+in)\s+$"
)
_PLAN_PARTICIPLES = frozenset(
    "expected scheduled planned slated proposed intended timed earmarked foreseen envisaged".split()
)


def tense_near(text: str, start: int, end: int, infinitive: bool = False) -> tuple[str | None, bool]:
    """('future' | 'past' | None, strong): the tense cue of `text` (a sentence) nearest to
    text[start:end], and whether it is a strong one (an auxiliary, "ago", "since", "payable")
    rather than a past tense that may govern a report ("said", "-ed").

    The nearest cue, not the first, decides: in "the announcement Friday of a loss showed ...
    prepare for a turnaround next year" Friday is past although the sentence ends in the future.
    With `infinitive`, an infinitive before the expression is a weak future cue.
    """
    # Words are tried outwards from the expression, so the search stops at the nearest cue
    # instead of running the (case-insensitive, slow) cue pattern over the whole sentence.
    # cue_start/cue_end: the span of the backward cue chosen so far (-1 while there is none)
    # "the protocol signed on 28 September is expected to ...": the date's own participle, not the
    # clause's verb after it, tells its tense.
    own = _OWN_PARTICIPLE.search(text, max(0, start - 56), start)
    if own is not None and own.group(1).lower() not in _PLAN_PARTICIPLES:
        return "past", False
    best: int = _REACH + 1
    label: str | None = None
    cue_start, cue_end = -1, -1
    # ", the airline announced on 18 August": who reports the news is not the tense of its date.
    reported = _ATTRIBUTION_AFTER.match(text, end)
    limit = reported.start() if reported else min(len(text), end + _REACH)
    semicolon = text.find(";", end, limit)
    if semicolon >= 0:
        limit = semicolon  # "approved a loan in June; disbursement is expected to begin ...": June's clause ends
    second = text.find(" and that ", end, limit)
    if second >= 0:
        limit = second  # "had notified ... in April and that the agreement will enter ...": another complement's tense
    comma = text.find(",", end, limit)
    if comma >= 0 and _past_cue_between(text, text.rfind(",", 0, start) + 1, start):
        limit = comma  # ", postponed in May, will be held in November": May's tense is its own phrase's
    # ("signed an agreement on Monday under which Australia will provide ...": the tense after a relative
    # pronoun is its clause's, so it decides only when nothing before the date does, as in "the forum in
    # March, at which investors announced plans")
    relative: tuple[int, str | None] | None = None
    for word in _WORD_START.finditer(text, end, limit):
        if word.start() - end >= best:
            break
        if relative is None and _RELATIVE_WORD.match(text, word.start()):
            relative = (best, label)
        cue = _CUE.match(text, word.start())
        if cue is not None and _counts(cue, text, start, infinitive) and cue.group(0).lower() != "since":
            # ("meets in Bangkok in February, its first session since March 2023": "since" dates
            # what follows it)
            if _RELATIVE_BEFORE.search(text, max(end, word.start() - 8), word.start()):
                break  # "signed on Wednesday a cable that will link ...": the cable's tense, not the date's
            if _AND_BEFORE.search(text, max(end, word.start() - 10), word.start()):
                # "arrived in Bogotá on Monday and will work ...", "left Tashkent on 2 June and is expected
                # in Riga in July": the next deed's tense
                break
            best, label = cue.start() - end, cue.lastgroup
            break
    if relative is not None:
        (best, label), relative = relative, (best, label)
    for word_start in reversed([word.start() for word in _WORD_START.finditer(text, max(0, start - _REACH), start)]):
        if start - word_start > best + _LONGEST_CUE:
            break
        cue = _CUE.match(text, word_start)
        if cue is None or cue.end() > start or not _counts(cue, text, start, infinitive):
            continue
        distance = start - cue.end()
        # a longer cue over a shorter one ("had been set to expire" over "expire") replaces it
        if distance < best or (label is not None and cue_start >= 0 and cue.end() >= cue_end):
            best, label, cue_start, cue_end = distance, cue.lastgroup, cue.start(), cue.end()
    if label is None and relative is not None:
        best, label = relative
    if label in ("weak_past", "weak_future"):
        return label[5:], False
    if label == "overtaken":
        return "past", False
    return (None, False) if label == "neutral" else (label, label is not None)


def _past_cue_between(text: str, start: int, end: int) -> bool:
    """Whether a past cue stands wholly in text[start:end] (the words of a date's own phrase,
    "postponed in May"; "planned for March" is a plan told in the past, so no such cue)."""
    for word in _WORD_START.finditer(text, start, end):
        cue = _CUE.match(text, word.start())
        if cue is not None and cue.end() <= end and cue.lastgroup in ("past", "weak_past"):
            return True
    return False


_WORD_START = re.compile(r"\b\w")
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+$")
_RELATIVE_WORD = re.compile(r"(?:which|whereby|whom|whose)\b")
_AND_BEFORE = re.compile(r"\sand\s+(?:(?:is|are|was|were|has|have|had)\s+)?$")
_ATTRIBUTION_AFTER = re.compile(
    # (a speaker of up to eight words, and when and where: ", Uzbek Ambassador to France Sardor Rustambaev said
    # on Friday in an interview with the newspaper Le Figaro.")
    r"(?:,[\"”’]?|[\"”’],)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,8}?(?:said|says|announced|announces|reported|reports|told|added|stated)"
    r"(?:\s+(?:on|in|last|this|late|early)\b[^,;.]{0,70})?\s*(?:[.!?]|$)"
)
_REACH = 160  # characters either side of the expression where cues are looked for
_LONGEST_CUE = 48


def _counts(cue: re.Match[str], text: str, start: int, infinitive: bool) -> bool:
    """Whether a cue match counts: an infinitive only before the expression (and only when
    asked for), a past participle or "plan" not after a determiner ("the reduced dividend")."""
    if cue.lastgroup == "weak_future":
        return infinitive and cue.end() <= start and not _DONE_FOR.search(text, max(0, cue.start() - 40), cue.start())
    if cue.group(0)[:6].lower() == "prepar":
        return cue.end() <= start  # ("received X on Wednesday to review preparations for ...": that Wednesday is past)
    if cue.group(0).lower() in ("plan", "plans"):
        # ("unveiled a joint plan for the dam on Friday": the noun, a few words after its article; "The
        # ministers plan to meet": a verb after a plural subject)
        noun = _DETERMINER_NEAR.search(text, max(0, cue.start() - 40), cue.start())
        return noun is None or any(
            word.endswith("s") and not word.endswith(("'s", "’s", "ss")) for word in noun.group(1).split()
        )
    if cue.lastgroup == "weak_past":
        # (not "the reduced dividend", nor a passive after "be": "are due to be finished before December")
        return _DETERMINER_BEFORE.search(text, max(0, cue.start() - 8), cue.start()) is None and not text.endswith(
            " be ", max(0, cue.start() - 4), cue.start()
        )
    return True


# A past passive whose infinitive says what the deed was for: "officers were trained to operate the boats ...
# in October" (October past), not a plan: "were invited to attend", "was expected to sign"; nor a change's
# "to": "was extended to men over 50 on 7 July".
_DONE_FOR = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?!(?:invited|asked|urged|called|expected|scheduled|planned|slated|"
    r"supposed|required|obliged|allowed|permitted|encouraged|advised|instructed|authori[sz]ed|mandated|designed|"
    r"intended|timed|earmarked|extended|postponed|moved|deferred|delayed|rescheduled|advanced|raised|lowered|reduced|"
    r"increased|limited|restricted)\s)[a-z]{3,}ed\s+$"
)


def sounds_future(text: str) -> bool:
    """Whether the text speaks of something still to come ("will", "upcoming", "будет", "өтеді")."""
    return (_FUTURE_EN if text.isascii() else _FUTURE).search(text) is not None


# "opened in Yerevan on the 14th by the minister": a day of the month the text was written in (or
# of one near it); "on the 14th floor", "on the 14th of September" are no such day.
_NTH_DAY = re.compile(
    r"(?<=[Oo]n\s)the\s+(?P<nth>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:by|in|at|when|and|with|after|before|as|to|from|during|of\s+(?:this|that|the\s+same)\s+month)\b)"
)


def may_be_relative(text: str) -> bool:
    """Substring tests for relative words (first letters left out, so no lower-casing)."""
    if "n the " in text and _NTH_DAY.search(text) is not None:
        return True
    if (
        "day" in text
        or "orrow" in text
        or " ago" in text  # today, Monday, tomorrow, 3 days ago
        or "ummer" in text
        or "utumn" in text
        or "pring" in text
        or "winter" in text
        or ("W" in text and "Winter" in text)
        or " fall" in text
    ):
        return True
    return (" year" in text or " month" in text or " week" in text) and (
        "ast " in text
        or "his " in text
        or "ext " in text
        or "revious " in text
        or "urrent " in text
        or "oming " in text
        or "of the " in text  # "at the start of the month"
    )


# A sentence ends at ., ! or ? followed by closing quotes and a space ("... by May.'' Sinn
# Fein"), unless the word before the full stop is an abbreviation or an initial ("Sept. 30",
# "Mr. Bush", "U.S. Trust").
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jan feb mar apr jun jul aug sep sept oct nov dec corp inc co ltd no gen gov sen rep jr sr "
    "vs prof lt col sgt capt ft mt ave blvd dept est approx etc bros calif ill mass conn tenn wash fla ariz colo "
    "tex mich minn penn pa ok".split()
)


def _is_sentence_end(text: str, at: int) -> bool:
    """Whether the punctuation at `at` closes a sentence (not "Sept." or "U.S.")."""
    if text[at] != ".":
        return True
    word_start = at
    while word_start > 0 and (text[word_start - 1].isalnum() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:at].lower()
    if word[-1:].isdigit():
        return True  # "... record Nov. 22. The split"
    return not (len(word.replace(".", "")) <= 1 or word in _ABBREVIATIONS or "." in word)


def sentence_around(text: str, at: int) -> str:
    """The sentence around `at`: enough to read its tense from."""
    return text[sentence_bounds(text, at)]


def sentence_bounds(text: str, at: int) -> slice:
    start, end = 0, len(text)
    for match in _SENTENCE_END.finditer(text, max(0, at - 600), at):
        if match.end() <= at and _is_sentence_end(text, match.start()):
            start = match.end()
    for match in _SENTENCE_END.finditer(text, at):
        if _is_sentence_end(text, match.start()):
            end = match.start() + 1
            break
    return slice(start, end)


def pick_year(
    text: str, reference: dt.date, month: int, day: int | None, which: str, at: tuple[int, int] | None = None
) -> int | None:
    """The year of a month (and day) without one: "last"/"next"/"this" decide, then the tense
    cue nearest to the expression at text[at[0]:at[1]] (anywhere in `text` without `at`),
    then the nearest occurrence."""
    this = (month, day or 1)
    now = (reference.month, reference.day if day else 1)
    if which == "this" or this == now:
        return reference.year
    later = reference.year if this > now else reference.year + 1
    earlier = reference.year if this < now else reference.year - 1
    if which == "next":
        return later
    if which == "last":
        return earlier
    candidates = [y for y in (earlier, later) if safe_date(y, month, day or 1)]
    if not candidates:
        return None
    distance = {y: abs((dt.date(y, month, day or 1) - reference).days) for y in candidates}
    nearest = min(candidates, key=lambda y: (distance[y], y))
    if at is not None:
        tense, strong = tense_near(text, *at, infinitive=True)
        # A weak cue ("said", "-ed") does not outweigh the calendar or a deadline: a date a few
        # weeks ahead in "the parent asked it to respond by Oct. 31" is that date, not last year's.
        lopsided = len(candidates) == 2 and min(distance.values()) <= 60 and max(distance.values()) >= 240
        if not strong and (lopsided or _DEADLINE_BEFORE.search(text, max(0, at[0] - 24), at[0])):
            tense = None
    else:
        tense = "future" if _FUTURE.search(text) else "past" if _PAST.search(text) else None
    if tense == "future":
        return later
    if tense == "past":
        return earlier
    return nearest


# Substrings that spot candidates ("inter" alone would fire on every "international").
_RELATIVE_KEYS = (
    "day",
    "omorrow",
    "pring",
    "ummer",
    "utumn",
    "winter",
    "Winter",
    " fall",
    " year",
    " month",
    " week",
    " ago",
)


def _relative_matches(text: str) -> list[re.Match[str]]:
    """_RELATIVE matches, tried only where str.find spots a key word (a full regex scan is slow).

    At each key the match is tried from the word before ("last", "next", "the") and
    then from the key's own word.
    """
    found: dict[int, re.Match[str]] = {}
    for key in _RELATIVE_KEYS:
        at = text.find(key)
        while at >= 0:
            word = at + 1 if key[0] == " " else _word_start(text, at)
            if key == " ago":  # "two years ago": the count is two words before "ago"
                word = _word_start(text, max(_word_start(text, at) - 1, 0))
            before = _word_start(text, max(word - 1, 0)) if word else 0
            # from two words before ("this past fall", "the early summer"), one before ("last
            # year") or the key's own word ("Tuesday")
            for start in (_word_start(text, max(before - 1, 0)) if before else 0, before, word):
                match = _RELATIVE.match(text, start)
                # the match must hold the key: "Friday and Thursday" is two matches
                if match and match.end() > at and (start == 0 or not text[start - 1].isalnum()):
                    found.setdefault(start, match)
                    break
            at = text.find(key, at + 1)
    matches, end = [], -1
    for start in sorted(found):  # drop a shorter match inside a longer one ("Tuesday" in "last Tuesday")
        if start >= end:
            matches.append(found[start])
            end = found[start].end()
    return matches


def _word_start(text: str, at: int) -> int:
    """Index where the word containing (or just before) `at` begins."""
    while at > 0 and text[at - 1] == " ":
        at -= 1
    while at > 0 and text[at - 1].isalnum():
        at -= 1
    return at


_EVERY = re.compile(r"\b(?:[Ee]very|[Ee]ach)\s+(?:[A-Z][a-z]+day,?\s+(?:and\s+|or\s+)?)*$")


def relative_spans(text: str, reference: dt.date) -> list[DateSpan]:
    spans = _nth_days(text, reference) if "n the " in text else []
    for match in _relative_matches(text):
        expression, offset = match.group(0), match.start()
        if match.group("day"):
            word = match.group("day").lower()
            if word == "today" and (
                _NOWADAYS.search(text, max(0, offset - 16), offset) or text.startswith(("'s", "’s"), match.end())
            ):
                continue  # "the challenges archives face today", "today's world": nowadays, not a date
            if (
                word == "today"
                and _OPENS_SENTENCE.search(text, max(0, offset - 3), offset) is not None
                and _STATE_NOW.match(text, match.end()) is not None
            ):
                continue  # "Today Batumi, with its casinos, is one of the favourite destinations": nowadays
            if word == "tomorrow" and _NOWADAYS.search(text, max(0, offset - 16), offset):
                continue  # "the people of tomorrow": the future in general
            if match.group("day")[0].isupper() and _after_a_name(text, offset):
                continue  # "VOA Today", "USA Today": a name
            day = reference + dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[word])
            spans.append(DateSpan(day, day, "day", day_label(day), expression, offset))
            continue
        if match.group("weekday"):
            if _EVERY.search(text, max(0, offset - 40), offset):
                continue  # "will operate every Tuesday": a timetable, no day
            day = _weekday(match, text, reference)
            spans.append(DateSpan(day, day, "day", day_label(day), expression, offset))
            continue
        if match.group("season"):
            if match.group("swhich").lower() in ("the", "in") and (
                match.group("season")[0].isupper() or match.group("season").lower() == "fall"
            ):
                continue  # "the Winter Olympics", "the Spring Festival": a name; "the fall of Rome"
            if match.group("swhich").lower() in ("the", "in") and _NOUN_AFTER_SEASON.match(text, match.end()):
                continue  # "bathed in autumn sunshine", "the summer heat": what the season is like, no time
            span = _bareseason_span(match, text, reference)
            if span is not None:
                spans.append(span)
            continue
        if match.group("ago"):
            spans.append(_ago(match, reference))
            continue
        which, unit = match.group("which").lower(), match.group("unit").lower()
        if which == "the":
            if not _PART_OF.search(text, max(0, offset - 24), offset):
                continue  # "the event of the year": no time
            which = "this"  # "at the start of the month": the month written in
        if which == "current":
            which = "this"
        step = {"last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[which]
        if unit == "year":
            year = reference.year + step
            spans.append(DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", str(year), expression, offset))
        elif unit == "month":
            index = reference.year * 12 + reference.month - 1 + step
            year, month = divmod(index, 12)
            spans.append(
                DateSpan(
                    dt.date(year, month + 1, 1),
                    month_end(year, month + 1),
                    "month",
                    f"{MONTH_NAMES[month]} {year}",
                    expression,
                    offset,
                )
            )
        else:
            monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=step)
            sunday = monday + dt.timedelta(days=6)
            # "earlier this week" ends the day before the text's date, "later this week" starts after it
            if step == 0 and text.endswith("earlier ", 0, offset) and reference > monday:
                sunday = reference - dt.timedelta(days=1)
            elif step == 0 and text.endswith("later ", 0, offset) and reference.weekday() < 6:
                monday = reference + dt.timedelta(days=1)
            spans.append(DateSpan(monday, sunday, "range", range_label(monday, sunday), expression, offset))
    if " to " in text or " and " in text or " until " in text or " till " in text or " through " in text:
        spans = _weekday_spans(text, reference, spans)
    return spans


# "from Wednesday to Saturday last week": one span of days, in the week named or ending on the second day
_WEEKDAY_SPAN = re.compile(
    rf"\b(?:[Ff]rom|[Bb]etween)\s+({'|'.join(WEEKDAYS)})\s+(?:to|until|till|through|and)\s+({'|'.join(WEEKDAYS)})"
    r"(?:,?\s+(?P<week>(?:[Ll]ast|[Tt]his|[Nn]ext)\s+week)\b)?"
)


def _weekday_spans(text: str, reference: dt.date, spans: list[DateSpan]) -> list[DateSpan]:
    """`spans` with each "from Wednesday to Saturday (last week)" as one span of days."""
    for found in _WEEKDAY_SPAN.finditer(text):
        first, last = (_WEEKDAY_NUMBER[found.group(k).lower()] for k in (1, 2))
        if found.group("week"):
            step = {"last": -1, "this": 0, "next": 1}[found.group("week").split()[0].lower()]
            end = reference - dt.timedelta(days=reference.weekday() - last) + dt.timedelta(weeks=step)
        else:
            end_span = next((s for s in spans if s.offset == found.start(2)), None)
            if end_span is None:
                continue
            end = end_span.start
        start = end - dt.timedelta(days=(last - first) % 7)
        inside = range(found.start(), found.end())
        spans = [s for s in spans if s.offset not in inside]
        spans.append(DateSpan(start, end, "range", range_label(start, end), found.group(0), found.start()))
    return sorted(spans, key=lambda s: s.offset)


def _nth_days(text: str, reference: dt.date) -> list[DateSpan]:
    """'on the 14th': that day of the month written in, or placed by tense like a weekday (the
    month before for a past day after the date of writing, the next for a future one before it)."""
    spans = []
    for match in _NTH_DAY.finditer(text):
        number = int(match.group("nth"))
        bounds = sentence_bounds(text, match.start())
        tense, _ = tense_near(text[bounds], match.start() - bounds.start, match.end() - bounds.start)
        step = 0
        if tense == "future" and number < reference.day:
            step = 1
        elif tense != "future" and number > reference.day:
            step = -1
        year, month = divmod(reference.year * 12 + reference.month - 1 + step, 12)
        if number > month_end(year, month + 1).day:
            continue  # "the 31st" of a month of 30 days: no day to give
        day = dt.date(year, month + 1, number)
        spans.append(DateSpan(day, day, "day", day_label(day), match.group(0), match.start()))
    return spans


def _after_a_name(text: str, offset: int) -> bool:
    """Whether a capitalised word stands just before `offset` within its sentence."""
    before = text[max(0, offset - 30) : offset]
    words = before.split()
    if not words or not before.endswith(" "):
        return False
    word = words[-1]
    return word[:1].isupper() and word.isalpha() and (len(words) < 2 or words[-2][-1:] not in ".!?:\"“")


def _weekday(match: re.Match[str], text: str, reference: dt.date) -> dt.date:
    """'on Tuesday' placed like a yearless month: last/next/this, then tense, then nearest."""
    back = (reference.weekday() - _WEEKDAY_NUMBER[match.group("weekday").lower()]) % 7
    previous = reference - dt.timedelta(days=back or 7)
    following = reference + dt.timedelta(days=(7 - back) or 7)
    which = (match.group("wwhich") or "").lower()
    if which == "last":
        return previous
    if which == "next":
        return following
    if back == 0:
        return reference
    if which == "this":
        return reference - dt.timedelta(days=back) if back <= reference.weekday() else following
    bounds = sentence_bounds(text, match.start())
    tense, _ = tense_near(text[bounds], match.start() - bounds.start, match.end() - bounds.start)
    if tense == "future":
        return following
    if tense == "past":
        return previous
    return previous if back <= 3 else following


# A noun right after a season makes it an adjective: "in autumn sunshine", "the winter harvest".
_NOUN_AFTER_SEASON = re.compile(
    r"\s+(?!(?:the|a|an|of|and|or|to|when|with|as|at|in|on|for|by|from|he|she|they|we|it|his|her|their|its|is|"
    r"was|were|will|has|had|have|this|that|both|after|before|until|while|months?|weeks?|days?|holidays?|"
    r"semester|term|season|session|quarter|half|period)\b)[a-z]{3,}\b(?!-)"
)


def _bareseason_span(match: re.Match[str], text: str, reference: dt.date) -> DateSpan | None:
    """'in the autumn', 'last summer': the season instance the context points to."""
    name = match.group("season").lower()
    instances = [
        season_span(name, year, "", 0)
        for year in (reference.year - 2, reference.year - 1, reference.year, reference.year + 1)
    ]
    which = match.group("swhich").lower()
    if which.startswith("this") and which.endswith("past"):
        which = "last"
    before = [s for s in instances if s.end < reference]
    current = [s for s in instances if s.start <= reference <= s.end]
    after = [s for s in instances if s.start > reference]
    if which == "last":
        chosen = before[-1]
    elif which == "next":
        chosen = after[0]
    elif current:  # "this summer" or "in the summer" said during the summer
        chosen = current[0]
    elif which == "this":
        chosen = next(s for s in instances if s.start.year == reference.year)
    else:
        bounds = sentence_bounds(text, match.start())
        tense, _ = tense_near(text[bounds], match.start() - bounds.start, match.end() - bounds.start)
        if tense == "future":
            chosen = after[0]
        elif tense == "past":
            chosen = before[-1]
        else:
            chosen = min(
                (before[-1], after[0]),
                key=lambda s: min(abs((s.start - reference).days), abs((s.end - reference).days)),
            )
    return DateSpan(chosen.start, chosen.end, "season", chosen.label, match.group(0), match.start())


def _ago(match: re.Match[str], reference: dt.date) -> DateSpan:
    """'two years ago' is the year two before the reference; days, weeks and months alike."""
    count_word, unit = match.group("count").lower(), match.group("ago")
    count = int(count_word) if count_word.isdigit() else COUNT_WORDS[count_word]
    expression, offset = match.group(0), match.start()
    if unit == "year":
        year = reference.year - count
        return DateSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", str(year), expression, offset)
    if unit == "month":
        year, month = divmod(reference.year * 12 + reference.month - 1 - count, 12)
        return DateSpan(
            dt.date(year, month + 1, 1),
            month_end(year, month + 1),
            "month",
            f"{MONTH_NAMES[month]} {year}",
            expression,
            offset,
        )
    if unit == "week":
        monday = reference - dt.timedelta(days=reference.weekday(), weeks=count)
        sunday = monday + dt.timedelta(days=6)
        return DateSpan(monday, sunday, "range", range_label(monday, sunday), expression, offset)
    day = reference - dt.timedelta(days=count * (14 if unit == "fortnight" else 1))  # "a fortnight ago"
    return DateSpan(day, day, "day", day_label(day), expression, offset)
