"""Pick the few sentences that best sum up some items, verbatim, with citations.

Method (extractive, linear in the input; no graph over the whole corpus):
1. Candidates are the sentences of every paragraph (`reportgen.text.split_sentences`),
   minus junk: fragments (starting in lower case or not ending a sentence), headings,
   shorter than MIN_WORDS, source lines and link-only text, sentences opening with a word
   that points back ("These", "Such"), and the paper speaking of itself (see `discourse`);
   `summarise` also leaves out guesses ("can become a turning point") that give no amount.
2. Each candidate scores a weighted sum (WEIGHTS) of
   - position: 1/(1 + rank) of the sentence within its item: news puts the gist first (but a
     story's opening that states no happening, "The talks lasted three hours.", gets none); a paper
     section opens with its topic sentence, which counts for less ("section_position"): the
     happenings it recounts after it are what a reader of the briefing looks for;
   - title: the share of its item's title words it repeats (a title is a human summary);
   - centrality: how many other sentences share each of its content words (stems, stop
     words dropped), averaged over its words and scaled to 0..1 over the input;
   - happening: an action with a date or a figure, or an amount whoever states it, or a body that
     met somewhere at a date (`_happening`); in a story, a dated next step ("The final round is
     scheduled for October", often its last sentence) more; a table or source pointer ("(Table 1)",
     "(Islam, 2010)") is no figure.  The summaries `summarise` makes weigh a happening
     SUMMARY_HAPPENING more (the executive summary uses `score` alone), as much as a topic's
     keywords: a section's dated deeds before its topic sentences, a topic's left-out facts
     before a sentence that only names the topic;
   - query: the share of query terms (topic keywords, focus terms) it contains, capped
     at three, weighted so that a topic's own sentences beat another topic's lead.
   The weights were set on benchmarks/gold/summaries (hand-written items) and checked
   on seed items; see benchmarks/quality.py.
3. Greedy selection (maximal marginal relevance): take the best candidate, then the
   best remaining one after subtracting REDUNDANCY x its word overlap with what is
   chosen; a candidate whose overlap coefficient with a chosen sentence reaches
   DUPLICATE is dropped, so a paragraph repeated verbatim, or reworded slightly, is
   never summarised twice.  A further sentence from an item already used pays
   SAME_ITEM, spreading multi-item summaries.  A sentence that points back at the one
   before it ("They agreed that ...") may be chosen only right after that one (`followers`).
4. The chosen sentences are returned in input order: by item, then source position.
Each sentence is cited at its paragraph's line (plus any line breaks kept inside it).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from itertools import chain
from operator import itemgetter
from typing import NamedTuple

from reportgen.analysis.antecedents import opens_with_connective, opens_with_setting
from reportgen.analysis.collector import fewer_collections
from reportgen.analysis.cues import has_case_traps, keys, may_hold
from reportgen.analysis.discourse import (
    ALSO_BACK,
    LISTS_BACK,
    frames_the_subject,
    is_fragment,
    is_meta,
    leans_back,
    reports_findings,
    tells_an_arc,
    without_speaker,
)
from reportgen.analysis.eventness import (
    gives_advice,
    has_action_verb,
    is_advice,
    only_talk,
    settles,
    speculates,
    states_event,
)
from reportgen.analysis.model import Sentence
from reportgen.analysis.relative_dates import sounds_future
from reportgen.analysis.scenes import (
    INTERVIEWER_TURN,
    delay_scene,
    hour_scene,
    manner_scene,
    procedural,
    sense_scene,
)
from reportgen.analysis.topics import stem
from reportgen.corpus import Item, Location, Paragraph
from reportgen.text import paragraph_spans

MIN_WORDS = 7  # shorter sentences are rarely self-contained
DUPLICATE = 0.7  # overlap coefficient at which a sentence repeats a chosen one
REDUNDANCY = 0.5
SAME_ITEM = 0.35
SERIES = 0.5  # a further figure in the units of one already chosen from the same item
WEIGHTS = {
    "centrality": 0.3,
    "position": 2.0,
    "section_position": 1.0,
    "title": 1.0,
    "query": 3.0,
    "happening": 1.0,
    "next": 0.5,
}
# A happening's further weight in the summaries `summarise` makes (an item's own, a topic's): with
# WEIGHTS["happening"], as much as a topic's keywords weigh, so a dated deed or an amount beats a
# section's topic sentence ("Water management is the core of the relationship") or one that only
# names the topic.  (The executive summary scores happenings its own way and uses `score` alone.)
SUMMARY_HAPPENING = 2.0
CONNECTIVE_COST = 0.5
LEFTOVER_FLOOR = 0.2  # a topic's summary beside its items' own: a sentence scoring no more adds nothing
FOLLOWER_COST = 0.3  # a sentence that needs the one before it: two to read for one finding

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours ourselves out over
    own same she should so some such than that the their theirs them themselves then there these they
    this those through to too under until up very was we were what when where which while who whom why
    will with would you your yours yourself yourselves said says say noted stated well within upon
    two one new per among via amid toward towards however also further already thus therefore
    particular particularly especially including like many much several various
    """.split()
)

_WORD_RUN = re.compile(r"[^\W_]+")
_CLOSERS = "\"'»”’)]"
# (an outlet's notice of its own error, "CORRECTION: In our statement of 28 August ...", is no news)
_NON_PROSE_START = re.compile(
    r"\*?source\b|keywords?\b|table\s+\d|figure\s+\d|(?:correction|erratum|corrigendum)\s*:"
    # a speaker's greeting: "Good afternoon, and thank you all for coming at this slightly unusual hour."
    r"|good\s+(?:morning|afternoon|evening|day)\b|thank\s+you\s+(?:all\s+)?for\s+coming\b"
    # a release's contact line: "Press enquiries: communications office of the museum, weekdays from 09:00"
    r"|(?:press|media)\s+(?:enquiries|inquiries|contacts?)\b|for\s+(?:further|more)\s+information\b",
    re.IGNORECASE,
)


class Candidate(NamedTuple):
    """A sentence that may enter a summary, with what scoring needs to know about it."""

    text: str
    keys: frozenset[str]
    item_rank: int  # position of its item in the input
    rank: int  # position among its item's candidates
    index: int  # type: ignore[assignment]  # a field may shadow tuple.index; position among all its item's sentences
    item_id: str
    paragraph: Paragraph
    offset: int  # where the sentence starts in its paragraph

    @property
    def sentence(self) -> Sentence:
        line = self.paragraph.location.line + self.paragraph.text.count("\n", 0, self.offset)
        return Sentence(self.text, self.item_id, Location(self.paragraph.location.path, line), self.index)


class _TokenKeys(dict):
    """Whitespace token as written -> (word count, stems of its content words); filled on demand.

    Tokens repeat far more than sentences, so caching per token ("Qatar’s",
    "Kazakhstan-Qatar") makes keying a sentence a split and a few dict lookups.
    """

    def __missing__(self, token: str) -> tuple[int, tuple[str, ...]]:
        words = _WORD_RUN.findall(token.lower())
        keys = tuple(stem(w) for w in words if len(w) > 2 and w not in STOPWORDS)
        value = self[token] = (len(words), keys)
        return value


_TOKENS = _TokenKeys()


class _WordKey(dict):
    """Lower-case word -> its stem, or None for a stop word or a word of one or two letters."""

    def __missing__(self, word: str) -> str | None:
        if len(self) >= 200_000:
            self.clear()
        value = self[word] = stem(word) if len(word) > 2 and word not in STOPWORDS else None
        return value


_WORD_KEY = _WordKey()
# ASCII bytes: letters lower-cased, digits kept, anything else a space (the words _WORD_RUN finds).
_ASCII_WORDS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256))


def _keys_and_count(text: str) -> tuple[frozenset[str], int]:
    """Content-word stems of `text` and its number of words."""
    if text.isascii():  # the same words by one byte translation and a split
        words = text.encode("ascii").translate(_ASCII_WORDS).decode("ascii").split()
        keys = set(map(_WORD_KEY.__getitem__, words))
        keys.discard(None)  # stop words and short words
        return frozenset(keys), len(words)
    parts = list(map(_TOKENS.__getitem__, text.split()))
    return frozenset(chain.from_iterable(map(_second, parts))), sum(map(_first, parts))


_first, _second = itemgetter(0), itemgetter(1)


def content_keys(text: str) -> frozenset[str]:
    """Stems of the content words of `text` (stop words and one- or two-letter words dropped)."""
    return _keys_and_count(text)[0]


def is_junk(text: str, word_count: int | None = None) -> bool:
    """True for text that is not a self-contained prose sentence ("A: It was the first state visit
    ..." leans back past its speaker's name)."""
    said = without_speaker(text) if ":" in text[:200] else text
    return leans_back(said) or _it_refers_back(said) or _not_prose(text, word_count)


_QUOTE_MARKS = "\"“«„"


def _adds_to_another(text: str) -> bool:
    """Whether a sentence reads only beside another: a French or Spanish agreement named by its definite article
    alone, or a warning or view of how things stand."""
    return _THE_DEAL_ELSEWHERE.match(text) is not None or (
        _WARNS.search(text) is not None and not states_event(_WARNS.sub(" ", text))
    )


_THE_DEAL_ELSEWHERE = re.compile(
    r"(?:L['’]|Le\s+|La\s+|El\s+)(?:accord|acuerdo|convenio|mémorandum|memorando|traité|tratado|contrat|contrato)\s+"
    r"(?:a\s+été|fue|ha\s+sido|est)\b"
)
_WARNS = re.compile(r"\b(?:warn|warns|warned|fear|fears|feared|believe|believes|believed)\s+that\b")


# ", the ministry said.": a view or a state told by whom (see `summarise`)
_VIEW_SAID = re.compile(r",\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,4}?(?:said|says|added|noted|stressed)\.?$")
# "The ambassador said the shipment was "a sign of the friendship between our peoples".": a speaker's words quoted
# (not a word quoted as a name: 'which Angola described as an "irritant"')
_SAID_IN_QUOTES = re.compile(
    r"\b(?:said|says|stressed|noted|added|called|described|hailed)\b[^.;\"“«„]{0,80}[\"“«„][^\"”»“]{20,}"
)
_DATA_TO_COME = re.compile(
    r"\b(?:figures|data|statistics|results|estimates)\b[^.;]{0,60}?\b(?:will|would)\s+be\s+(?:published|released|available)\b"
)


_NAME_AFTER_FIRST = re.compile(r"(?<=\s)[A-Z]")


def _judges_only(text: str) -> bool:
    """Whether the sentence names no one and tells no figure, no date and no deed: a judgement of what others tell."""
    return _DIGIT.search(text) is None and _NAME_AFTER_FIRST.search(text) is None and _happening(text) <= 0


def _not_prose(text: str, word_count: int | None = None) -> bool:
    """is_junk, except that a sentence pointing back at the one before ("They agreed that ...") is prose."""
    if not text[:1].isalpha() and text[:1] not in "\"'«“‘(0123456789$":
        return True
    # (a question asks, it does not tell: "Q: What did the Prime Minister's visit achieve?")
    if text[:1].islower() or text.rstrip(_CLOSERS)[-1:] not in (".", "!", "…") or _NON_PROSE_START.match(text):
        return True
    if "://" in text or "\t" in text:  # a link or a table row
        return True
    if (len(_WORD_RUN.findall(text)) if word_count is None else word_count) < MIN_WORDS:
        return True
    # Not a sentence a reader can take alone: a heading left in the text, the paper speaking of
    # itself, or advice (nor, see is_junk, one leaning on the sentence before: "These investments ...").
    # (nor a sitting's hours: "The sitting was opened at 10:05 by the Speaker, with 63 members present.")
    return (
        is_fragment(text)
        or (":" in text[:80] and INTERVIEWER_TURN.match(text) is not None)  # "Q: Ambassador, 2026 was a busy year."
        or is_meta(text)
        or gives_advice(text)
        or procedural(text)
        or hour_scene(text)
        or sense_scene(text)
        or delay_scene(text)  # "The ceremony ... began a few minutes late because of the rain."
        or manner_scene(text)  # "The talks ... took place in a cordial atmosphere and lasted well into the afternoon."
        or tells_an_arc(text)  # "Relations between A and B have moved from ... to ...": an assessment
        or frames_the_subject(text)  # "Few relationships in the region carry as much history as ...": a frame
        or reports_findings(text)  # "The analysis indicates that ...": the study's finding
        or (("daily" in text or "every " in text or "each " in text) and _DAILY_ROUTINE.search(text) is not None)
        or (_JUDGED_A_MILESTONE.match(text) is not None and _DIGIT.search(text) is None)
    )


# A happening judged, with nothing of it told: "The visit was a new milestone in the history of
# Turkmen–Japanese relations." (not "The visit of May 2024 was a milestone: ten agreements were signed"
# with a figure of its own)
_JUDGED_A_MILESTONE = re.compile(
    r"(?:The|This|That|Its|Their)\s+(?:[\w'’-]+\s+){0,5}?(?:was|is|marks|marked|became|represents|represented)\s+"
    r"(?:a|an)\s+(?:(?:new|real|true|historic|important|major|genuine|significant)\s+)*"
    r"(?:milestone|landmark|turning\s+point|chapter|page|watershed|breakthrough)\b"
)


# A programme's daily routine, a timetable rather than news: "Cupping sessions are held daily at 11:00 and
# 15:00, and a traditional coffee ceremony is performed every afternoon."
_DAILY_ROUTINE = re.compile(
    r"\b(?:is|are)\s+(?:held|performed|served|offered|shown|given|run)\s+(?:[^.;]{0,40}?\s)?"
    r"(?:daily|every\s+(?:day|morning|afternoon|evening)|each\s+(?:day|morning|afternoon|evening))\b"
)


# A pronoun or determiner naming what the sentence before names ("They agreed that ...", "This visit
# culminated in ..."), not a step of an argument ("Therefore", "However", "In turn").
_REFERS_BACK = re.compile(
    rf"^(?:This|These|Those|Such|They|It|(?:All|Both|Each)\s+(?:of\s+)?(?:these|those|this|such))\s+(?!is\b|was\b|means\b|shows\b)"
    rf"|{LISTS_BACK}|{ALSO_BACK}"
)


# "It is necessary to ...", "It was agreed that ...": an impersonal "it" that points at nothing before.
_IMPERSONAL_IT = re.compile(
    r"^It\s+(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be)\s+(?:\w+\s+)?(?:necessary|important|essential|"
    r"advisable|expedient|desirable|useful|possible|impossible|difficult|easy|clear|evident|obvious|noteworthy|worth|"
    r"likely|unlikely|agreed|decided|proposed|suggested|recommended|planned|noted|reported|announced|known|believed|"
    r"hoped|estimated|understood|emphasi[sz]ed|stressed)\b|^It\s+\w+\s+\w+\s+that\b"
)


def _it_refers_back(text: str) -> bool:
    """An opening "It" that stands for what the sentence before names ("It is designed to carry gas
    ...": the pipeline), not an impersonal one ("It is necessary to ...")."""
    if text.startswith("It "):
        return _IMPERSONAL_IT.match(text) is None
    # ("In 2025 it reached USD 24.8 billion.": the trade the sentence before named)
    return text[:2] in ("In", "By") and _DATED_IT.match(text) is not None


_DATED_IT = re.compile(r"(?:In|By)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d,?\s+(?:it|its|they|their)\s")


@lru_cache(maxsize=16384)
def follows_previous(sentence: str) -> bool:
    """A sentence that reads only right after the one before it: it points back by a pronoun or a
    determiner and is otherwise a self-contained prose sentence ("They agreed that the Joint
    Commission will meet in Abuja next year.")."""
    refers = (leans_back(sentence) and _REFERS_BACK.match(sentence) is not None) or _it_refers_back(sentence)
    return refers and not _not_prose(sentence)


_Parsed = list[tuple[str, frozenset[str], bool, int, Paragraph, int]]
# One build summarises an item several times (its own summary, its topic's, the executive
# summary's pool): parse it once. Keyed by identity, holding the item so the id stays its own.
_PARSED: dict[int, tuple[Item, _Parsed]] = {}
_PARSED_MAX = 20_000  # items; a big archive is parsed in passes rather than held whole


def _parse(item: Item) -> _Parsed:
    """Every sentence of `item` in source order: (text, keys, is junk, words, paragraph, offset)."""
    cached = _PARSED.get(id(item))
    if cached is not None and cached[0] is item:
        return cached[1]
    if len(_PARSED) >= _PARSED_MAX:
        _PARSED.clear()
    out = _parse_uncached(item)
    _PARSED[id(item)] = (item, out)
    return out


# "The analysis shows that ... It also shows that ...": the study goes on speaking of itself.
_STUDY_GOES_ON = re.compile(
    r"(?:It|They|This|These)\s+(?:also\s+|further\s+)?(?:shows?|showed|demonstrates?|confirms?|suggests?|reveals?|"
    r"indicates?|finds?|argues?|highlights?)\s+that\b"
)


def _parse_uncached(item: Item) -> _Parsed:
    out = []
    paragraphs = item.paragraphs
    skip = -1
    after_meta = False
    for number, paragraph in enumerate(paragraphs):
        if number <= skip:
            continue
        text = paragraph.text
        spans = paragraph_spans(text)
        for k, (offset, end) in enumerate(spans):  # where each sentence starts: no search for it
            piece = text[offset:end]
            if k == len(spans) - 1 and piece.rstrip().endswith(":"):
                # "... ministers signed five documents:" and the bulleted list after it: one sentence
                listed = bullets_after(paragraphs[number + 1 :])
                told = f"{piece.rstrip()[:-1]}: {'; '.join(listed)}." if listed else ""
                if listed and len(told.split()) <= LISTED_WORDS:
                    piece, skip = told, number + len(listed)
            keys, count, junk = _read(piece)
            study = after_meta and _STUDY_GOES_ON.match(piece) is not None
            after_meta = study or is_meta(piece)
            # (the study's own sentences stay out even where an item offers its junk: its word count is 0)
            out.append((piece, keys, junk or study, 0 if study else count, paragraph, offset))
    return out


LISTED_WORDS = 120  # a longer list stays a list: no sentence reads that long


def bullets_after(following: Sequence[Paragraph]) -> list[str]:
    """The items of the bulleted list that opens `following`, without their closing punctuation."""
    items = []
    for paragraph in following:
        if paragraph.kind != "bullet":
            break
        items.append(paragraph.text.strip().rstrip(";,.").strip())
    return items


@lru_cache(maxsize=16384)  # a feed repeats sentences ("The Ministry of Foreign Affairs reports.")
def _read(sentence: str) -> tuple[frozenset[str], int, bool]:
    """A sentence's content keys, word count and whether it is junk."""
    keys, count = _keys_and_count(sentence)
    return keys, count, is_junk(sentence, count)


def sentences(item: Item) -> list[tuple[Sentence, bool]]:
    """Every sentence of `item` in source order, each with whether it is junk."""
    return [
        (Candidate(text, keys, 0, 0, index, item.id, paragraph, offset).sentence, junk)
        for index, (text, keys, junk, _, paragraph, offset) in enumerate(_parse(item))
    ]


def candidates(items: Sequence[Item]) -> list[Candidate]:
    """The non-junk sentences of `items`; a single item with none offers its longer junk instead,
    but never advice, the paper speaking of itself (a "Prospects" section of advice has no summary)
    or a sentence leaning on one before it ("It depends heavily on ..." after the study's finding)."""
    out = []
    for item_rank, item in enumerate(items):
        found = list(enumerate(_parse(item)))
        usable = [f for k, f in enumerate(found) if not f[1][2] or _opens_a_pair(found, k)]
        if not usable and len(items) == 1:
            usable = [
                f
                for f in found
                if f[1][3] >= MIN_WORDS
                and not (
                    is_meta(f[1][0])
                    or gives_advice(f[1][0])
                    or leans_back(f[1][0])
                    or _it_refers_back(f[1][0])
                    # ("The analysis indicates that ...", "Relations ... have moved from ... to ...": what the
                    # study concludes, however alone its section)
                    or reports_findings(f[1][0])
                    or tells_an_arc(f[1][0])
                )
            ]
        for rank, (index, (text, keys, _, _, paragraph, offset)) in enumerate(usable):
            out.append(Candidate(text, keys, item_rank, rank, index, item.id, paragraph, offset))
    return out


SHORT_OPENER_WORDS = 3


def _opens_a_pair(found, k: int) -> bool:
    """A short sentence, prose otherwise, that the next one goes on about ("Trade remains modest
    but is growing. It reached €164 million in 2025"): a candidate, so the pair can be shown."""
    text, _, junk, count, _, _ = found[k][1]
    return (
        junk
        and SHORT_OPENER_WORDS <= count < MIN_WORDS
        and k + 1 < len(found)
        and not is_junk(text, MIN_WORDS)
        and _IT_GOES_ON.match(found[k + 1][1][0]) is not None
        and follows_previous(found[k + 1][1][0])
    )


# "It reached ...", "In 2025 it reached ...": one thing the short sentence named goes on ("They
# agreed ..." after "Talks were held in private." would name other people).
_IT_GOES_ON = re.compile(r"(?:It|Its)\s|In\s+(?:1[89]|20)\d\d,?\s+(?:it|its)\s")


def followers(items: Sequence[Item], pool: Sequence[Candidate]) -> list[Candidate]:
    """Sentences of `items` that point back at the one before (`follows_previous`) when that one is
    in `pool`: each may join a summary right after its predecessor, never alone."""
    before: dict[tuple[int, int], Candidate] | None = None
    out = []
    for item_rank, item in enumerate(items):
        for index, (text, keys, junk, _, paragraph, offset) in enumerate(_parse(item)):
            if not (junk and index and follows_previous(text)):
                continue
            if before is None:
                before = {(c.item_rank, c.index): c for c in pool}
            previous = before.get((item_rank, index - 1))
            if previous is not None:
                out.append(Candidate(text, keys, item_rank, previous.rank + 1, index, item.id, paragraph, offset))
    return out


def score(pool: Sequence[Candidate], items: Sequence[Item], query_terms: Iterable[str] = ()) -> list[float]:
    """Relevance of each candidate (see the module docstring)."""
    spread = Counter(chain.from_iterable(c.keys for c in pool))
    centrality = [(sum(map(spread.__getitem__, c.keys)) - len(c.keys)) / len(c.keys) if c.keys else 0.0 for c in pool]
    top = max(centrality, default=0.0) or 1.0
    query = frozenset(k for term in query_terms for k in content_keys(term))
    titles = [frozenset() if getattr(item, "title_derived", False) else content_keys(item.title) for item in items]
    w = WEIGHTS
    # A story's opening before the sentence that tells its happening sets a scene or says nothing
    # ("The embassy's small staff had spent weeks getting ready for this moment."): no gist.
    # (An opening that tells a deed with its date or figure leads its story: not asked.)
    scenes = {
        c.item_rank
        for c in pool
        if c.rank == 0 and _happening(c.text) < 1 and _sets_the_scene(c.text, items[c.item_rank])
    }
    out = []
    for c, cent in zip(pool, centrality):
        title = titles[c.item_rank]
        position = w["position"] if items[c.item_rank].kind == "article" else w["section_position"]
        value = w["centrality"] * cent / top + position / (1 + c.rank)
        if title:
            value += w["title"] * len(c.keys & title) / len(title)
        if query:
            value += w["query"] * min(1.0, len(c.keys & query) / min(len(query), 3))
        happening = _happening_in(c, items)
        if happening < 0 and c.rank == 0:
            value -= position  # a lead that only talks or guesses is no gist ("described the talks as warm")
        elif (happening == 0 or c.item_rank in scenes) and c.rank == 0 and items[c.item_rank].kind == "article":
            value -= position  # a story's opening that says nothing ("The atmosphere was cordial.")
        value += w["happening"] * happening
        if items[c.item_rank].kind == "article" and happening > 0 and _next_step(c.text):
            value += w["next"]  # "The sixth and final round is scheduled for October": what comes next
        if opens_with_connective(c.text):
            value -= CONNECTIVE_COST  # "Furthermore, the agenda includes ...": a step of an argument
        out.append(value)
    return out


def _sets_the_scene(opening: str, item: Item) -> bool:
    """Whether a dated story's opening sentence comes before the one that tells what happened, and
    is no plan either ("Turkish Airlines will fly three times a week ..." is news of its own)."""
    if item.kind != "article" or item.date is None:
        return False
    from reportgen.analysis.chronology import happening_sentence  # (chronology builds on this module)

    if sounds_future(opening):
        return False
    told = happening_sentence(item)
    return bool(told) and told.strip() not in opening and opening.strip() not in told


# A figure or a date: a digit, a month's name ("In December, Kenya and Germany signed ...") or a day of
# the story's week ("On Thursday morning the president flew north to Olukonda, where he visited ...").
_FIGURE = re.compile(
    r"\d|\b(?:January|February|March|April|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_DIGIT = re.compile(r"\d")
# A pointer to a table or a source in parentheses: "(table 1,2)", "(Table 1)", "(Islam, 2010)", "(Kim et al. 2021; Lee, 2019)".
_REFERENCE = re.compile(
    r"\((?i:see\s+)?(?i:tables?|figures?|fig\.)\s*[\d,.\s–-]+\)"
    r"|\((?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,3},?\s+(?:1[89]|20)\d\d[a-z]?(?:[;,][^()]*)?\)"
)
_MET_AT = re.compile(r"\bmet\s+(?:again\s+)?(?:in|at|on)\b")
# A request made of someone: "urged the business communities to make full use of ...", "asked the
# developer to hire workers from the sub-county".
_REQUEST = re.compile(
    r"\b(?:urged|asked|called\s+on|appealed\s+to)\s+(?:[^,;.]{1,80}?\s)?to\s+(?!the\b|a\b|an\b)[a-z]+"
)
# Thanks, or a view of a visit or of relations: "The Prime Minister thanked New Zealand for being a
# steadfast friend", "Kabba said the visit proved that distance is no barrier", "described the relations
# between the two countries as ...".
_THANKS_OR_VIEW = re.compile(
    r"\bthanked\s+[^.;]{1,80}?\bfor\b"
    r"|\b(?:said|says)\s+(?:that\s+)?(?:the|this|his|her|their)\s+(?:[\w-]+\s+)?(?:visit|talks|relations?|relationship|"
    r"partnership|ties)\s+(?:had\s+|has\s+|was\s+|is\s+|would\s+)?(?:opened|proved|showed|marked|been|brought|become)\b"
    r"|\b(?:described|called)\s+(?:the\s+)?(?:visit|relations|relationship|ties|partnership)\b"
    # a thing done, named in quoted words: 'Papikyan called the contract "a new stage in our defence partnership"'
    r"|\b(?:described|called|hailed)\s+(?:the|this|that|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:contract|agreement|"
    r"deal|talks|meeting|decision|project|loan|visit|treaty|memorandum)\s+(?:as\s+)?[\"“'‘«]"
    # courtesies: "welcomed the excellent state of relations", "wished the ambassador-designate success"
    r"|\bwelcomed\s+the\s+(?:excellent|good|high|positive|current|dynamic)\s+(?:state|level|dynamics)\s+of\s+relations\b"
    r"|\bwished\s+[^.;]{1,60}?\bsuccess\b"
)
# A quotation and then who said it: '"...," the minister told reporters.'
_QUOTED_THEN_SAID = re.compile(
    r"[\"“«]([^\"”»]{8,})[,.!?]?[\"”»],?\s+(?:[^.;\"“”«»]{0,80}?\s)?"
    r"(?:said|says|told|added|stated|noted|remarked|declared|explained|recalled|insisted)\b[^\"“”«»]*$"
)
_MONTH_OR_WEEKDAY_KEYS = keys(
    "january february march april june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)
# A day a dated story names by its own: "Last week, SOCAR opened a representative office in Belgrade.",
# "Later that day, ... was awarded ...", "Earlier this month, a visit ... was called off" (not "this
# year": "Autumn came early to Kakheti this year" sets a scene).
_RELATIVE_DAY = re.compile(
    r"\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|(?:[Ll]ast|[Nn]ext|[Tt]hat)\s+(?:week|month|year|morning|afternoon|evening)"
    r"|(?:[Ee]arlier|[Ll]ater)\s+(?:this|that|in\s+the)\s+(?:week|month|year|day)|[Ll]ater\s+that\s+day"
    r"|[Tt]he\s+(?:next|following|previous)\s+(?:day|morning|week|month))\b"
)
_RELATIVE_KEYS = keys("yesterday today tomorrow week month year morning afternoon evening day")
_MONEY = re.compile(r"\b(?:USD|EUR|GBP|JPY|KRW|CNY|RUB|KZT|UZS|KSh)\s?\d|[$€£¥₸]\s?\d|\d\s*(?:billion|million)\b")
# What every _MONEY match holds: a literal search is a few times faster than _MONEY's, which tries
# its alternatives at every position.
_MONEY_HINT = re.compile(r"USD|EUR|GBP|JPY|KRW|CNY|RUB|KZT|UZS|KSh|[$€£¥₸]|illion")
# _MONEY's alternatives apart, each searched only where a literal it needs stands: a third of the time.
_MONEY_SCALE = re.compile(r"\d\s*(?:billion|million)\b")
_MONEY_SIGN = re.compile(r"[$€£¥₸]\s?\d")
_MONEY_CODE = re.compile(r"\b(?:USD|EUR|GBP|JPY|KRW|CNY|RUB|KZT|UZS|KSh)\s?\d")


def _has_money(text: str) -> bool:
    """Whether `_MONEY` matches `text`."""
    if "illion" in text and _MONEY_SCALE.search(text) is not None:
        return True
    if ("$" in text or "€" in text or "£" in text or "¥" in text or "₸" in text) and _MONEY_SIGN.search(text):
        return True
    return (
        "USD" in text
        or "EUR" in text
        or "GBP" in text
        or "JPY" in text
        or "KRW" in text
        or "CNY" in text
        or "RUB" in text
        or "KZT" in text
        or "UZS" in text
        or "KSh" in text
    ) and _MONEY_CODE.search(text) is not None


@lru_cache(maxsize=65536)  # item and topic summaries see the same sentences again
def _happening(text: str) -> float:
    """How much the sentence states a happening: an action verb, with a date or a figure ("signed
    a EUR 65 million loan ... on 24 April") or a figure alone ("The largest deal was a EUR 210
    million contract"), whoever states it; nothing for talk ("described the talks as warm") but a
    body's session at a date; less than nothing for conjecture ("can become a turning point",
    "will help ... to capture")."""
    if "(" in text:  # "(table 1,2)", "(Islam, 2010)": a pointer to a table or a source, not a figure or a date
        text = _REFERENCE.sub("", text)
    quoted = None
    if text[:1] in "\"“«":
        # '"A university is measured by the doors it opens," the ambassador told the students.': what the
        # quote says, not that it was said
        quoted = _QUOTED_THEN_SAID.match(text)
        if quoted is not None:
            text = quoted.group(1)
    digit = _DIGIT.search(text) is not None  # every _MONEY match holds one
    money = digit and _has_money(text)
    if speculates(text):
        # An amount is a fact whoever states it ("announced that Romania would contribute €2.5
        # million"), unless it is a guess or advice ("could attract USD 1 billion").
        return 1.0 if money and not is_advice(text) else -0.5
    if (
        money
        or (("partner" in text or "investor" in text or "market" in text) and _RANKED.search(text))
        or (("led" in text or "halved" in text) and _MULTIPLIED.search(text))
        or (digit and any(cue in text for cue in _PRESENCE_CUES) and _COUNTED_PRESENCE.search(text) is not None)
    ):
        # (a rank among partners is a figure too: "India remained South Africa's fifth largest trading
        # partner"; so is a growth told as a multiple, "Kolev noted that exports have doubled over five
        # years", and a count of one side's firms or people in the other, "Some 110 Japanese companies ...")
        return 1.0
    # (a speaker's "today" is rhetoric as often as a day: "today we have given our brotherhood an
    # institutional form")
    figure = digit or _dated(text, relative=quoted is None)
    if not figure and ("urged" in text or "asked" in text or "called on" in text or "appealed" in text):
        if _REQUEST.search(text) is not None:
            return -0.5  # "The Speaker urged Denmark to support ...": a request, talk about what might be done
    if not figure and (
        "thanked" in text
        or "visit" in text
        or "relation" in text
        or "described" in text
        or "wished" in text
        or "called" in text
        or "hailed" in text
    ):
        if _THANKS_OR_VIEW.search(text) is not None:
            return -0.5  # "thanked Ireland for its steady support", "said the visit had opened a new chapter"
    if not figure and manner_scene(text):
        return -0.5  # "The talks took place in a friendly atmosphere.": how it went, no finding
    if only_talk(text):
        # A body that met somewhere at a date held a session, a happening ("The Joint Commission met in
        # Rabat in 2018"); ministers who met someone, discussed or noted something only talk.
        if not figure:
            return -0.5
        return 1.0 if _MET_AT.search(text) is not None and states_event(text) else 0.0
    if figure and settles(text):
        return 1.0  # something settled at a date: "In December, A and B signed an agreement"
    if has_action_verb(text):
        return 1.0 if figure else 0.5
    return 0.5 if figure else 0.0


# "China remained New Zealand's largest trading partner for the 13th consecutive year", "Argentina is
# Bulgaria's second largest trading partner in Latin America": a partner's rank, a statistic.
_RANKED = re.compile(
    r"\b(?:remained|remains|is|was|became|becomes|ranked|ranks|rose\s+to\s+become)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w-]*\s+){0,2}[\w-]+['’]s\s+|its\s+|their\s+)?"
    r"(?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[- ]"
    r"(?:largest|biggest|most\s+important)|largest|biggest|leading|top|most\s+important)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:partner|investor|market|supplier|buyer|customer)s?\b"
)


# How many of one side's people or firms the other holds: "Some 110 Japanese companies operate in
# Colombia", "About 28,000 Chinese students study in New Zealand each year", "An estimated 250,000
# Argentines are of Croatian descent", "The Bulgarian community in Argentina numbers about 18,000".
_COUNTED_PRESENCE = re.compile(
    r"\b\d[\d,.]*\s+(?:[\w'’-]+\s+){0,3}?(?:companies|firms|enterprises|students|nationals|citizens|people|residents|"
    r"workers|[A-Z][a-z]+(?:ans|ians|ines|ese|ish|is|ers))\b[^.;]{0,60}?\b(?:operate|are\s+(?:\w+ly\s+)?(?:present|active|registered|based|"
    r"studying|enrolled|employed|of\s+[A-Z][\w-]+\s+(?:descent|origin))|study|live|work|employ)\b"
    r"|\b(?:community|diaspora)\b[^.;]{0,60}?\bnumbers?\s+(?:about\s+|some\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?\d"
)
_PRESENCE_CUES = (
    "operate",
    "present",
    "active",
    "registered",
    "based",
    "stud",
    "enrolled",
    "employ",
    "descent",
    "origin",
    " live",
    " work",
    "numbers",
)
_MULTIPLIED = re.compile(
    r"\b(?:has|have|had)\s+(?:more\s+than\s+|almost\s+|nearly\s+)?(?:doubled|tripled|trebled|quadrupled|halved)\b"
)


def _happening_in(c: Candidate, items: Sequence[Item]) -> float:
    """`_happening`, where a dated story's deed is dated by its story ("The delegations signed six
    agreements, covering fisheries, ..."): something settled at a date, as if the sentence named it."""
    value = _happening(c.text)
    return 1.0 if value == 0.5 and _settled_on_its_day(c, items) else value


def _told_in(c: Candidate, items: Sequence[Item]) -> float:
    """`_told`, with a dated story's deed dated by its story (`_happening_in`)."""
    value = _told(c.text)
    return 1.0 if value == 0.5 and _settled_on_its_day(c, items) else value


def _settled_on_its_day(c: Candidate, items: Sequence[Item]) -> bool:
    item = items[c.item_rank]
    return item.kind == "article" and item.date is not None and _settles(c.text)


_settles = lru_cache(maxsize=65536)(settles)  # (item and topic summaries see the same sentences again)


@lru_cache(maxsize=65536)
def _guess(text: str) -> bool:
    """Conjecture that gives no amount ("can become a turning point"): no finding for a summary."""
    return _happening(text) < 0 and speculates(text)


@lru_cache(maxsize=65536)
def _told(text: str) -> float:
    """`_happening`, and a dated plan in full ("The final investment decision is expected in the first
    half of 2027", "A joint committee will review the agreement in Geneva in November"): what comes
    next is news in an item's or a topic's summary (the executive summary weighs plans its own way)."""
    value = _happening(text)
    if value == 0.5 and not has_action_verb(text) and states_event(text):  # a figure, no action verb
        return 1.0
    if value <= 0 and only_talk(text) and _reports_a_plan(text):
        return 1.0
    return value


# What someone said will be done, at a date: "The ambassador said a Viet Nam Trade Centre would open in
# Havana in March 2027."; what they discussed, planned for a date: "They also discussed the first
# Investment Forum, planned for Kathmandu in March 2027."
_REPORTED_PLAN = re.compile(
    r"\b(?:said|says|announced|confirmed|stated|told\s[^,.;]{1,60}?)\s+(?:that\s+)?"
    r"(?P<plan>[^.;\"“”]{3,200}?\s(?:would|will)\s[^;\"“”]{3,200})"
)
_PLAN_VERB = re.compile(
    r"\b(?:will|would)\s+(?:be\s+)?(?:open(?:ed)?|start(?:ed)?|begin|launch(?:ed)?|held|take\s+place|visit|hold|"
    r"host(?:ed)?|sign(?:ed)?|meet|arrive|travel|(?:enter|come)\s+into\s+force|resumed?|inaugurat\w+|set\s+up|"
    r"establish(?:ed)?|convened?|organi[sz]ed?|staged?)\b"
)
_PLANNED_FOR = re.compile(
    r",\s+(?:which\s+(?:is|was)\s+)?(?:planned|scheduled|set|due)\s+(?:for|to\s+(?:open|take\s+place|be\s+held))\s"
)


def _reports_a_plan(text: str) -> bool:
    """Whether talk tells a plan with its date (see _REPORTED_PLAN)."""
    planned = _PLANNED_FOR.search(text)
    if planned is not None:
        return _dated(text[planned.end() :])
    reported = _REPORTED_PLAN.search(text) if "ll " in text or "would" in text else None
    if reported is None:
        return False
    plan = reported.group("plan")
    return _dated(plan) and _PLAN_VERB.search(plan) is not None  # (not "relations would grow stronger")


def _dated(text: str, *, relative: bool = True) -> bool:
    """A figure or a date: a digit, a month's or a weekday's name, or (`relative`) a day the text
    names by its own words ("last week")."""
    return (
        _DIGIT.search(text) is not None
        or (may_hold(text, _MONTH_OR_WEEKDAY_KEYS) and _FIGURE.search(text) is not None)
        or (relative and may_hold(text, _RELATIVE_KEYS) and _RELATIVE_DAY.search(text) is not None)
    )


def happenings(item: Item) -> int:
    """How many of the item's candidate sentences state a happening in full (`_told` 1: a deed
    with a date or a figure, an amount, or a dated plan): what a summary of it should cover.  A sentence
    that reads only after the one before ("It amounted to USD 78.5 million in 2024") counts: it is
    shown as a pair with that one."""
    return sum(
        (not junk or (k > 0 and follows_previous(text))) and _told(text) >= 1.0
        for k, (text, _, junk, _, _, _) in enumerate(_parse(item))
    )


_NEXT = re.compile(
    r"\b(?:will|to\s+be\s+held|scheduled|due\s+to|expected\s+to|is\s+to|are\s+to|plans?\s+to)\b.*?"
    r"(?:\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"next|following|later\s+this)\b)"
)
_NEXT_KEYS = keys("will to scheduled")  # every _NEXT match holds one of these words


@lru_cache(maxsize=65536)
def _next_step(text: str) -> bool:
    """A dated next step a story reports, often last ("The sixth and final round is scheduled to
    take place in Santiago in October."): news as much as what was done."""
    return may_hold(text, _NEXT_KEYS) and _NEXT.search(text) is not None


# A figure's unit: the currency or scale word written with it ("KSh 24.1 billion", "12 percent").
# (The lookahead names every character a match can start with, so the search skips the others in C.)
_UNIT = re.compile(
    r"(?=[UEGJKCR\d.,])(?:\b(USD|EUR|GBP|JPY|KRW|CNY|RUB|KZT|UZS|KSh)\s?\d|[\d.,]+\s*(billion|million|percent|per\s+cent|%))",
    re.IGNORECASE,
)


# Every _UNIT match holds one of these, lower-cased; most sentences hold none.  (Ignore-case
# also equates a few non-ASCII letters with ASCII ones, which lower() does not: see `cues`.)
_UNIT_HINT = re.compile(r"usd|eur|gbp|jpy|krw|cny|rub|kzt|uzs|ksh|llion|cent|%")


@lru_cache(maxsize=65536)
def _units(text: str) -> frozenset[str]:
    if _UNIT_HINT.search(text.lower()) is None and not has_case_traps(text):
        return frozenset()
    return frozenset((m.group(1) or m.group(2)).lower() for m in _UNIT.finditer(text))


def _newest_figures_first(pool: Sequence[Candidate], scores: list[float]) -> list[float]:
    """An item's figure of a series that a later year's figure of it follows ("Bilateral trade amounted
    to USD 23.9 billion in 2023" before "In 2025 it reached USD 24.8 billion") is worth less: the
    latest year is what the reader wants first."""
    by_item: dict[int, list[tuple[int, int]]] = {}  # (compared within an item only: a topic's pool is large)
    for k, c in enumerate(pool):
        if "20" in c.text or "19" in c.text:
            years = _FIGURE_YEAR.findall(c.text)
            if years:
                by_item.setdefault(c.item_rank, []).append((k, int(max(years))))
    out = scores
    for dated in by_item.values():
        for k, year in dated:
            if any(later > year and same_series(pool[k].text, pool[j].text) for j, later in dated):
                if out is scores:
                    out = list(scores)
                out[k] -= OLDER_FIGURE
    return out


OLDER_FIGURE = 0.5
_FIGURE_YEAR = re.compile(r"\b(?:[Ii]n|[Ff]or|of)\s+((?:19|20)\d\d)\b")


def same_series(a: str, b: str) -> bool:
    """Two sentences of one item giving figures in the same units ("exports rose to KSh 24.1
    billion" after "trade reached KSh 98.6 billion"): parts of one figure, not two happenings."""
    return bool(_units(a) & _units(b))


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap coefficient: shared words over the smaller set's size."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def choose(
    pool: Sequence[Candidate],
    scores: Sequence[float],
    n: int,
    after: Sequence[int] = (),
    pairs: dict[int, int] | None = None,
) -> list[Candidate]:
    """Greedy MMR: best first, never a near-duplicate of a chosen sentence; a candidate with an
    `after` index other than -1 only once the candidate at that index is chosen; a candidate in
    `pairs` brings the follower it is paired with, even past the `n`th (an opener is never shown
    without the finding it opens).

    Penalties only lower a score, so candidates are visited best-first and each round
    stops once no remaining score can beat the best penalised value (lazy greedy).
    """
    order = sorted(range(len(pool)), key=lambda i: -scores[i])
    chosen: list[Candidate] = []
    # Per candidate: how many chosen sentences it was compared with, its largest overlap with
    # them and whether one gives a figure in its units; each pair is compared once, not every
    # round, and the units only when the candidate could still win the round.
    compared = [0] * len(pool)
    similarities = [0.0] * len(pool)
    checked = [0] * len(pool)
    series = [False] * len(pool)
    used_items = dict.fromkeys({c.item_rank for c in pool}, 0)  # sentences chosen per item
    taken: set[int] = set()
    while order and len(chosen) < n:
        best, best_value = -1, -math.inf
        survivors = []
        # Every item pays SAME_ITEM per sentence of it chosen: once each has one, no score can beat
        # the best value unless it does after the smallest such penalty (one item: after its own).
        floor = SAME_ITEM * min(used_items.values(), default=0)
        for position, i in enumerate(order):
            if scores[i] - floor <= best_value:
                survivors.extend(order[position:])
                break
            c = pool[i]
            for d in chosen[compared[i] :]:
                similarities[i] = max(similarities[i], overlap(c.keys, d.keys))
            compared[i] = len(chosen)
            similarity = similarities[i]
            if similarity >= DUPLICATE:
                continue  # drop for good: it repeats a chosen sentence
            survivors.append(i)
            if after and after[i] >= 0 and after[i] not in taken:
                continue  # not yet: the sentence it points back at is not shown
            value = scores[i] - REDUNDANCY * similarity - SAME_ITEM * used_items[c.item_rank]
            if value <= best_value:
                continue  # the penalty below could only lower it further
            if used_items[c.item_rank]:
                if not series[i]:
                    series[i] = any(
                        d.item_rank == c.item_rank and same_series(c.text, d.text) for d in chosen[checked[i] :]
                    )
                    checked[i] = len(chosen)
                if series[i]:
                    value -= SERIES  # another figure of a series already given: a restatement, not a happening
            if value > best_value:
                best, best_value = i, value
        if best < 0:
            break
        order = [i for i in survivors if i != best]
        chosen.append(pool[best])
        taken.add(best)
        used_items[pool[best].item_rank] += 1
        follower = pairs.get(best) if pairs else None
        if follower is not None and follower in order:
            order.remove(follower)
            chosen.append(pool[follower])
            taken.add(follower)
    return chosen


# "He outlined Kazakhstan's plans to ...": a person named only by a pronoun, the sentence before says who;
# "For instance, in 2011, ...", "A notable example was ...": an instance of what the sentence before claims.
_INSTANCE = r"For\s+(?:instance|example),|(?:A|One|Another)\s+(?:notable\s+|striking\s+|clear\s+|good\s+)?example\s+(?:is|was|of)\b"
_NEEDS_BEFORE = re.compile(
    rf"(?:(?:[A-Z][\w-]*(?:\s+[\w-]+){{0,5}}),\s+)?(?:[Hh]e|[Ss]he)\s+(?!said\b|says\b)(?:also\s+|then\s+|later\s+|publicly\s+)?[a-z]"
    rf"|{_INSTANCE}"
)


def _with_whom_he_names(chosen: list[Candidate], items: Sequence[Item], exclude: Collection[str]) -> list[Candidate]:
    """`chosen` with the sentence before each one that opens on "He", "She" or "For instance,"
    (`_NEEDS_BEFORE`), when it is not chosen already and not a heading: "President Tokayev highlighted ...
    He outlined Kazakhstan's plans ..." reads; "He outlined ..." alone names no one, and "For instance,
    ..." alone is an instance of nothing."""
    have = {(c.item_rank, c.index) for c in chosen}
    added = []
    for c in chosen:
        if not _NEEDS_BEFORE.match(c.text) or (c.item_rank, c.index - 1) in have or c.index == 0:
            continue
        text, keys, _, _, paragraph, offset = _parse(items[c.item_rank])[c.index - 1]
        if text in exclude or is_fragment(text):
            continue
        added.append(Candidate(text, keys, c.item_rank, c.rank, c.index - 1, c.item_id, paragraph, offset))
        have.add((c.item_rank, c.index - 1))
    return chosen + added if added else chosen


def _needs_what_is_shown_elsewhere(c: Candidate, items: Sequence[Item], exclude: Collection[str]) -> bool:
    """ "For instance, in 2011, ..." or "During that visit, he proposed ..." whose sentence before it is
    shown elsewhere, under its item or an earlier topic: it goes there or nowhere.  So does a story's
    "The visit will be the first ..." or "The agreement is the first ..." whose story named the visit or
    the agreement in a sentence shown elsewhere."""
    if c.index == 0:
        return False
    parsed = _parse(items[c.item_rank])
    if (_NEEDS_BEFORE.match(c.text) is not None or opens_with_setting(c.text)) and parsed[c.index - 1][0] in exclude:
        return True
    named = bare_thing(c.text)
    # (a story's: a paper's passage goes on about what it named, "The pilot was replaced by ... in July 2012")
    if named is None or items[c.item_rank].kind != "article":
        return False
    noun = re.compile(rf"\b{re.escape(named.removesuffix('s'))}", re.IGNORECASE)
    return any(text in exclude and noun.search(text) for text, *_ in parsed[: c.index])


def bare_thing(text: str, *, to_come: bool = True) -> str | None:
    """The noun of a bare definite noun opening a sentence, with no name before its verb, which a story
    names before it: "The committee was set up under ..." -> "committee", "The 20-year loan is the largest
    ..." -> "loan", and with `to_come` "The visit will be the first ..." -> "visit"; None otherwise (nor
    "The next day")."""
    found = _BARE_THE.match(text)
    if found is None or found.group(1) in _NOT_A_THING or (not to_come and found.group(2) in _TO_COME):
        return None
    return found.group(1)


# ("The 20-year loan is the largest ...": a measure before the noun)
_BARE_THE = re.compile(
    r"The\s+(?:\d[\w,.-]*\s+)?([a-z][\w-]{3,})\s+(?:[a-z]+\s+){0,2}?"
    r"(was|were|is|are|has|have|had|will|would|shall|can|came|followed|began)\b"
)
_TO_COME = frozenset("have will would shall can".split())
_NOT_A_THING = frozenset("next following same previous first last day week month year morning evening".split())


@fewer_collections
def summarise(
    items: Sequence[Item],
    n: int,
    *,
    query_terms: Sequence[str] = (),
    exclude: Collection[str] = (),
) -> tuple[Sentence, ...]:
    """Up to `n` verbatim sentences summing up `items`, in item order then source order (but one
    opening on a connective, "For instance, ...", never first when another can be).

    Sentences whose text is in `exclude` (already shown nearby, e.g. in the items' own
    summaries under a topic) are not candidates: a topic's summary adds the happenings they leave out.
    """
    if n <= 0 or not items:
        return ()
    items = list(items)
    pool = [c for c in candidates(items) if c.text not in exclude] if exclude else candidates(items)
    if exclude:
        pool = [c for c in pool if not _needs_what_is_shown_elsewhere(c, items, exclude)]
        # Beside the items' own summaries a topic's adds findings: not a speaker's words ('"Education is where
        # our two countries can learn most," President Stubb said'), nor when figures will be published.
        pool = [
            c
            for c in pool
            if c.text[:1] not in _QUOTE_MARKS
            and not _DATA_TO_COME.search(c.text)
            and not _SAID_IN_QUOTES.search(c.text)
        ]
        # nor how things stand in someone's view ("Relations between the two countries remain excellent, the ministry
        # said."): a happening or a figure, what the items' summaries leave out
        pool = [c for c in pool if not (_VIEW_SAID.search(c.text) and not states_event(_VIEW_SAID.sub(".", c.text)))]
        # nor a sentence that names its deal as one shown elsewhere ("L'accord a été signé par ..."), nor a warning of
        # how things stand ("Aid workers warn that funding remains far below needs.")
        pool = [c for c in pool if not _adds_to_another(c.text)]
        # nor a story's scene-setting opening ("Journalists waited outside the building for most of the
        # afternoon."), which its own summary passed over
        pool = [
            c
            for c in pool
            if not (c.rank == 0 and _happening(c.text) < 1 and _sets_the_scene(c.text, items[c.item_rank]))
        ]
    # A guess is no finding ("The summit can become a turning point", "would help both sides"),
    # unless it gives an amount (`_happening`).
    pool = [c for c in pool if not _guess(c.text)]
    # "They agreed that the Joint Commission will meet in Abuja": shown right after the sentence
    # that names them, or not at all.
    extra = [c for c in followers(items, pool) if c.text not in exclude]
    after: list[int] = []
    if extra:
        position = {(c.item_rank, c.index): k for k, c in enumerate(pool)}
        after = [-1] * len(pool) + [position[(c.item_rank, c.index - 1)] for c in extra]
        pool += extra
    scores = score(pool, items, query_terms)
    # What a reader of the briefing looks for in a summary is what happened (see SUMMARY_HAPPENING).
    scores = [v + SUMMARY_HAPPENING * _told_in(c, items) for v, c in zip(scores, pool)]
    scores = _newest_figures_first(pool, scores)
    pairs: dict[int, int] = {}  # an opener worth showing only for its follower: the follower comes with it
    for k, before in enumerate(after):
        if before >= 0 and scores[k] - FOLLOWER_COST > scores[before]:
            # the sentence a good follower needs is worth showing for it ("Trade is unbalanced. It
            # reached USD 641.8 million in 2024 ..."): one finding, told in two sentences
            scores[before] = scores[k] - FOLLOWER_COST
            pairs[before] = k
    if exclude:
        # What is left once the items' own summaries took their best: a scene ("The talks lasted well into
        # the afternoon.") or a courtesy scores next to nothing and adds nothing to the topic.
        # Nor does a sentence that names no one, no figure and no date ("Energy is the backbone of the relationship.",
        # "Migration has been the most contested field of cooperation."): it only judges what they tell, unless a
        # follower that does needs it ("Trade has grown steadily. It reached USD 30.4 million ...").
        scores = [
            v if v > LEFTOVER_FLOOR and (k in pairs or not _judges_only(pool[k].text)) else -math.inf
            for k, v in enumerate(scores)
        ]
        keep = [k for k, v in enumerate(scores) if v > -math.inf]
        if len(keep) < len(pool):
            renumber = {k: j for j, k in enumerate(keep)}
            pool, scores = [pool[k] for k in keep], [scores[k] for k in keep]
            # (a follower whose opener is dropped waits for an index never chosen)
            after = [renumber.get(after[k], len(keep)) if after[k] >= 0 else -1 for k in keep] if after else []
            pairs = {renumber[a]: renumber[b] for a, b in pairs.items() if a in renumber and b in renumber}
    chosen = choose(pool, scores, n, after, pairs)
    chosen = _with_whom_he_names(chosen, items, exclude)
    chosen.sort(key=lambda c: (c.item_rank, c.index))
    if (
        len(chosen) > 1
        and opens_with_connective(chosen[0].text)
        and not opens_with_connective(chosen[1].text)
        and (chosen[1].item_rank, chosen[1].index) != (chosen[0].item_rank, chosen[0].index + 1)
    ):
        # A summary does not open on a step of an argument ("For instance, in 2011, ..."): with
        # nothing before it to be an instance of, it reads as a dangling aside; the next goes first.
        chosen[0], chosen[1] = chosen[1], chosen[0]
    return tuple(c.sentence for c in chosen)
