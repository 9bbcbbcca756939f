"""Recognise text about the text: the study, its method, the literature; meta-sections; fragments.

A briefing reports what happened, so sentences where a paper speaks of itself ("This study
demonstrates ...", "The authors combined ...", "A review of the extant literature reveals ...")
and sections that hold only that (introduction, literature review, materials and methods,
acknowledgements, references) are kept out of summaries, developments and the chronology.
The cues are English meta-discourse markers; text in other languages passes unchecked.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportgen.analysis.cues import keys, may_hold
from reportgen.analysis.eventness import has_action_verb

# Meta-discourse: the text, its authors, its method, its sources.
_META = re.compile(
    # (not what a body grew out of: "The church, which grew out of this work, became independent in 1954")
    r"(?<!\bout\sof\s)\b(?:this|the\s+present|our|the\s+current|the\s+given)\s+(?:study|paper|article|research|review|analysis|work|"
    r"chapter|section|survey)\b"
    # (not scholarship holders: "The scholars will begin master's programmes in February")
    r"|\b(?:the|these|other|some|several|many|few)\s+(?:authors?|scholars|researchers|historians|analysts|studies)\b"
    r"(?!\s+(?:will|are\s+to|arrived|left|departed|travelled|began|start(?:ed)?)\b)"
    # ("other works completed before the opening of the new locks", "the tender for the works" are building works)
    r"|(?:(?<!\bfor\s)(?<!\bof\s)\bthe|\b(?:these|other|some|several|many|few))\s+works\b"
    # ("The works are financed by a concessional loan", "the works will start in May": building works)
    r"(?!\s+[a-z]+ed\b|\s+(?:on|at|in|of|for)\s+(?:the\s+)?[a-z]+\s|\s+(?:are|were|will|began|begin|started|start)\b)"
    r"|^(?:authors|scholars|researchers|historians|analysts|studies|publications|few\s+works)\b"
    r"|\bwe\s+(?:have\s+)?(?:argue|argued|show|shown|find|found|propose|proposed|examine|examined|analy[sz]e|analy[sz]ed|"
    r"suggest|suggested|conclude|concluded|compare|compared|consider|considered|can\s+say)\b"
    # "Our findings point to several practical steps."
    r"|^Our\s+(?:findings|results|analysis|argument|conclusions?|data|evidence|interviews)\b"
    r"|\bliterature\b|\bscholarly\b|\bacademic\s+discourse\b|\bmethodolog|\bhypothes[ie]s\b"
    # (a party's "theoretical seminar" is a gathering, not the study's theory)
    r"|\btheoretical\b(?!\s+(?:seminars?|conferences?|symposi|workshops?|forums?))"
    r"|\b(?:content|comparative|historical-\w+)\s+(?:analysis|approach|method)\b"
    r"|\b(?:interviews?|questionnaires?|surveys?)\s+(?:with|of)\s+(?:experts|diplomats|officials|respondents)\b"
    r"|\bbased\s+on\s+the\s+analysis\b|\bthe\s+analysis\s+(?:shows|showed|reveals|revealed|demonstrates)\b"
    r"|^the\s+(?:study|paper|article|research|analysis)\s+(?:has\s+|have\s+)?(?:shows?|showed|shown|demonstrat\w*|finds?|"
    r"found|conclud\w*|argues?|argued|reveal\w*|suggests?|confirm\w*)\b"
    r"|\bwhat\s+(?:scholars|researchers|analysts|historians|experts)\s+(?:refer\s+to|call|term|describe|have\s+called)\b"
    r"|\bnovelty\b|\bhas\s+(?:hardly|rarely|not)\s+been\s+(?:studied|analy[sz]ed|examined)\b|\bunderstudied\b"
    # what the study draws on: "The article is based on trade data ... and on twenty interviews conducted in Dakar"
    r"|^the\s+(?:study|paper|article|research|analysis|chapter)\s+(?:is|was)\s+(?:based|built|drawn)\s+on\b"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|several|"
    r"semi-structured|in-depth)\s+(?:[\w-]+\s+)?interviews\s+(?:conducted|carried\s+out)\b"
    # what the study leaves to others: "Further research is needed on the role of the municipalities."
    r"|\b(?:further|more|additional|future)\s+research\s+(?:is|will\s+be|would\s+be)\s+(?:needed|required|necessary)\b"
    # the paper pointing at its own tables: "The major projects ... are listed in Table 2.", "Table 1 shows ..."
    r"|\b(?:are|is)\s+(?:listed|shown|given|presented|summari[sz]ed|set\s+out)\s+in\s+(?:Table|Figure|Fig\.)\s+\d+\s*\.?$"
    r"|^(?:Table|Figure)\s+\d+\s+(?:lists|shows|gives|presents|summari[sz]es|sets\s+out)\b",
    re.IGNORECASE,
)
# A sentence that leans on the one before it: "These investments ...", "Such a step ...".
# A list of what the sentence before counted ("eight documents were signed"): "The documents are: ...".
LISTS_BACK = r"^The\s+(?:[\w-]+\s+){0,2}?[a-z]+s\s+(?:are|were|include|included|comprise|comprised)\s*:"
# "The institute also exports vaccines to ...", "The agreement also provides for ...": a thing the sentence before
# named, by its common noun, doing something more.
ALSO_BACK = r"^The\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+also\s+(?!known\b)[a-z]+s\b"
_LEANS_BACK = re.compile(
    # ("This year the paint was on a whole new building": the speaker's own time points at nothing)
    r"^(?:This(?!\s+(?:year|month|week|weekend|morning|afternoon|evening|spring|summer|autumn|winter|season)\b)"
    r"|These|Those|Such|That|Thus|Therefore|Hence|However|Nevertheless|Nonetheless|Consequently|Accordingly|In\s+turn|They"
    r"|(?:All|Both|Each)\s+(?:of\s+)?(?:these|those|this|such)"  # "All these measures also make it possible ..."
    r"|It(?!\s+(?:is|was|has\s+been|will\s+be)\s+[\w-]+\s+(?:to|that)\b))\b"
    # ... or a pronoun after an opening adverb: "Currently, this is also a relevant area", not
    # "In 2024, this foundation was ..." (a determiner names what it points at).
    r"|^[A-Z][a-z]+(?:\s+[a-z]+)?,\s+(?:this|these|those|that|they)\s+"
    r"(?:is|are|was|were|has|have|had|will|would|can|could|also|remains?|shows?|means?)\b"
    # ... or a subject that is a step in a direction the sentence before gave: "The initial steps in this
    # direction have already been delineated"
    r"|^(?:The|An?)\s+(?:[\w-]+\s+){0,3}?(?:in|of|for|on|to)\s+this\s+"
    r"(?:direction|regard|respect|area|field|sphere|context|process|endeavou?r|effort)\b"
    # ... or lists what the sentence before counted: "The documents are: an agreement on ...; a loan ..."
    rf"|{LISTS_BACK}"
    # ... or a thing named by its common noun that "also" does something: "The institute also exports vaccines to
    # Venezuela and Cuba." (which institute, and what else?)
    rf"|{ALSO_BACK}"
    # ... or a step after the one the sentence before told: "Ms Aubert then travelled to Mongo, where she visited a
    # hospital financed by France." (then after what?)
    # (a person named, not "Ministers then signed ...", the deeds of a story's day told on)
    r"|^(?:[A-Z][\w'’.-]*\s+){2,3}(?:then|afterwards|later)\s+(?:travelled|traveled|went|flew|visited|moved|headed|"
    r"continued|proceeded|met|signed|held|toured|inspected|opened)\b"
)  # not "It was agreed to ..."
_META_SECTION = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s*)?(?:introduction|literature\s+review|review\s+of\s+(?:the\s+)?literature|"
    r"(?:materials?|data|sources)\s+and\s+methods?|methods?|methodology|research\s+methods?|"
    r"acknowledge?ments?|funding|conflicts?\s+of\s+interests?|author\s+contributions?|references|bibliography|"
    r"abstract|keywords)\s*$",
    re.IGNORECASE,
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|shall|should|can|could|may|might|must|do|does|did)\b"
    r"|\b[a-z]{3,}ed\b"
)


# Every _META alternative but "methodolog..." holds one of these words whole (see `cues`).
_META_KEYS = keys(
    "study paper article research review analysis work chapter section survey author authors scholars "
    "researchers historians analysts works studies publications we literature scholarly discourse hypotheses "
    "hypothesis theoretical approach method experts diplomats officials respondents what novelty studied "
    "analysed analyzed examined understudied our table figure"
)
# Every _META alternative holds one of these (lower-cased); a sentence with none is not meta.
_META_HINTS = (
    "study",
    "studies",
    "paper",
    "article",
    "research",
    "review",
    "analys",
    "work",
    "chapter",
    "section",
    "survey",
    "author",
    "scholar",
    "historian",
    "we ",
    "literature",
    "methodolog",
    "hypothes",
    "theoretical",
    "discourse",
    "approach",
    "method",
    "interview",
    "questionnaire",
    "novelty",
    "studied",
    "examined",
    "publication",
    "our ",
    "table ",
    "figure ",
)
_ANY_META_HINT = re.compile("|".join(map(re.escape, _META_HINTS)))


@lru_cache(maxsize=65536)  # summaries of overlapping item sets see the same sentences again
def is_meta(sentence: str) -> bool:
    """Whether the sentence speaks of the study, its authors, method or literature, not of the world."""
    lower = sentence.lower()
    # No word a _META alternative needs ("reviewed", "approaches" are only hints); the word set is
    # shared with the sentence's other cue tests.
    if "methodolog" not in lower and not may_hold(sentence, _META_KEYS):
        return False
    if _ANY_META_HINT.search(lower) is None:
        return False
    return any(
        not (found.group().lower() == "literature" and _LITERATURE_TAUGHT.search(sentence, max(0, found.start() - 40)))
        for found in _META.finditer(sentence)
    )


# Literature as a subject or an art, not the scholarship on a question: "a lectureship in Bulgarian
# language and literature", "film, music and literature".
_LITERATURE_TAUGHT = re.compile(
    r"\b(?:languages?|linguistics|cultures?|music|film|arts?|poetry|theatre|history)\s*(?:,\s*|\s+and\s+)"
    r"(?:[\w-]+\s*(?:,\s*|\s+and\s+))?literature\b"
    r"|\bliterature\s*(?:,\s*|\s+and\s+)(?:languages?|cultures?|music|film|arts?|poetry|theatre)\b",
    re.IGNORECASE,
)


# "The analysis indicates that ...", "The findings show that ...", "Interviews with Tunisian students in
# Finland show that ...", "Interviewees on both sides pointed to ...": what the study found, told as its
# finding (a summary tells the world; a chronology may still date a deed such a sentence names).
_FINDINGS = re.compile(
    # ("The experience of the last three decades suggests that knowledge, not trade, is the currency of ...")
    r"^(?:The\s+)?(?i:analysis|findings|interviews|interviewees|respondents|evidence|experience)\b[^.;:]{0,80}?\b(?:indicates?|indicated|"
    r"suggests?|suggested|shows?|showed|reveals?|revealed|demonstrat\w*|points?\s+to|pointed\s+to|confirms?|confirmed)\b"
    # ("Interviewed Mexican officials expressed interest in ...": who the study asked, and what they told it)
    r"|^Interviewed\s+(?:[\w'’-]+\s+){0,4}?(?:officials|experts|diplomats|respondents|participants|businesspeople|"
    r"entrepreneurs|students|representatives)\b"
)


def reports_findings(sentence: str) -> bool:
    """Whether the sentence tells the study's findings as such (see _FINDINGS)."""
    return sentence[:1] in "TAFIRE" and _FINDINGS.match(sentence) is not None  # (the letters its openings start with)


# A relation's arc told in one sentence, an assessment of its course ("Relations between Laos and France
# have moved from a colonial relationship through a long period of distance to ...", "Indonesia and
# Mexico have moved from a relationship of courtesy to one of emerging interests").
_ARC = re.compile(
    # (a relation, or the two parties, as the subject: "Energy cooperation has moved from oil and gas to
    # renewable energy" tells a shift in one field)
    r"(?:\b(?:[Rr]elations|[Rr]elationship|[Tt]ies|[Pp]artnership)\b[^.;]{0,80}?|^(?:[A-Z][\w-]+\s+){1,3}and\s+(?:the\s+)?(?:[A-Z][\w-]+\s+){1,3})"
    r"(?:have|has)\s+(?:(?:since|gradually|steadily|slowly)\s+)?(?:travelled|traveled|moved|evolved|come|gone|"
    r"grown|developed|progressed|shifted|passed)\s+(?:a\s+long\s+way\s+)?from\s+[a-z][^.;]{3,160}?\bto\s+"
    r"(?!\d|[A-Z]{3}\s?\d|US\$|[$€£])"  # (not a figure's rise: "has grown from USD 20 million to ...")
)


def tells_an_arc(sentence: str) -> bool:
    """Whether the sentence sums up a relation's course from one state to another (see _ARC)."""
    return "from" in sentence and _ARC.search(sentence) is not None


# An essay's opening frame, a comparison with the rest of the world that tells nothing that happened:
# "Few bilateral relationships in the Mediterranean carry as much history as that between Greece and
# Egypt.", "Few European countries are as present in everyday life in Malawi as Ireland."
_FRAME = re.compile(
    r"Few\s+(?:[\w'’-]+\s+){1,8}?(?:are|is|were|was|have|has|had|carry|carries|can|could|match|matches|"
    r"receive|received|enjoy|enjoyed)\s+(?:been\s+)?(?:[\w'’-]+\s+){0,4}?as\s+(?:[\w'’-]+\s+){0,3}?"
)


def frames_the_subject(sentence: str) -> bool:
    """Whether the sentence is an essay's opening frame (see _FRAME)."""
    return sentence.startswith("Few ") and _FRAME.match(sentence) is not None


def leans_back(sentence: str) -> bool:
    """Whether the sentence opens with a word pointing at the sentence before ("These", "Such", "It")."""
    return _LEANS_BACK.match(sentence) is not None


@lru_cache(maxsize=65536)
def is_fragment(sentence: str, max_words: int = 12) -> bool:
    """A short line with no finite verb: a heading left in the text ("Further directions and ways to
    develop cooperation.", "Diversification of trade relations.")."""
    words = sentence.split()
    if len(words) > max_words or _FINITE.search(sentence) or has_action_verb(sentence):
        return False
    return not _present_verb(_TOKEN.findall(sentence))


_TOKEN = re.compile(r"[\w'’-]+")
_NOT_BEFORE_VERB = frozenset("the a an of for to in on at by with and or from further new".split())
_NOT_AFTER_VERB = frozenset("and or of for to in on at by with from".split())


def has_present_verb(text: str) -> bool:
    """Whether a phrase holds a verb in the present ("their growth owes much to ...", "Peru exports
    grapes"): a clause, not a noun phrase (see `_present_verb`)."""
    return _present_verb(_TOKEN.findall(text))


def _present_verb(words: list[str]) -> bool:
    """A lower-case "-s" word between a subject and what follows ("the memorandum covers food"),
    not a plural at the end or before a conjunction or preposition ("directions and ways")."""
    for i in range(1, len(words) - 1):
        word = words[i]
        if (
            word.islower()
            and word.endswith("s")
            and not word.endswith("ss")
            and words[i - 1].lower() not in _NOT_BEFORE_VERB
            and words[i + 1].lower() not in _NOT_AFTER_VERB
        ):
            return True
    return False


def is_meta_section(title: str, *, introduction: bool = True) -> bool:
    """Introduction, literature review, materials and methods, acknowledgements, references ...

    With introduction=False an introduction does not count: it often dates real happenings
    ("In 2023 the two states marked 30 years of relations") that a chronology keeps.
    """
    match = _META_SECTION.match(_bare(title))
    return match is not None and (introduction or not _bare(title).lower().endswith("introduction"))


def _bare(title: str) -> str:
    return title.strip().strip("*#_ ").rstrip(":.").strip()


# A speaker's name before a record's or an interview's words: "HONOURABLE CHIRISA: ", "THE DEPUTY
# MINISTER OF LANDS (HONOURABLE NYAMANDE): ".  It says who speaks, not what happened.
# An interview's "Q: " and "A: " are such names too.
_SPEAKER = re.compile(
    r"(?:[QA]|(?:[A-Z][A-Z'’.-]+,?\s+){0,12}[A-Z][A-Z'’.-]+(?:\s+\([A-Z][A-Z'’. -]+\))?):\s+(?=[A-Z])"
)


# A speaker's name at the start of the text or of a sentence in it: "CORRESPONDENT: X. CORRESPONDENT: Y."
_SPEAKERS = re.compile(r"(^|[.!?…][\"”’)]?\s+)" + _SPEAKER.pattern)


def without_speakers(text: str) -> str:
    """A row's text without the speakers' names in capitals before its sentences (a transcript's
    "ANCHOR:", "CORRESPONDENT:"): the reader of a chronology wants what was said, not who said it
    on air.  A speaker who speaks for someone ("AMBASSADOR: Yes, on 17 March we marked ...") keeps
    the name: it says who "we" are."""
    if ":" not in text:
        return text
    text = _ANSWER_LABEL.sub(r"\1", text)  # ("A: Trade reached USD 6.9 billion in 2025 ..."): names no one
    if _FIRST_PERSON_WORD.search(text):
        return text
    return _SPEAKERS.sub(r"\1", text)


_ANSWER_LABEL = re.compile(r"(^|[.!?]\s+)(?:A|ANSWER)\s*:\s+")


_FIRST_PERSON_WORD = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|us|me)\b")


def without_speaker(sentence: str) -> str:
    """The sentence without a speaker's name in capitals before its words."""
    if ":" not in sentence[:200]:
        return sentence
    speaker = _SPEAKER.match(sentence)
    return sentence[speaker.end() :] if speaker is not None else sentence
