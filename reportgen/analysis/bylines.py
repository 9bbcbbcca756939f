"""How the reader sees an item: a heading that says who did what, and the outlet that reported it.

- `headline(item, focus_terms)`: for an article the source left untitled, its first sentence
  that states a happening and names a focus term (else the first that states a happening),
  with names in apposition dropped (", Aliya Mustafina,") and cut at a word boundary, kept long
  enough to reach the focus term: "The agreement was signed by the director of the Kazakh
  Presidential Archive and the secretary general of the National Archives of Qatar".
- `outlet(item)`: the agency of the article's wire dateline ("BELMOPAN, Nov 26 (CaribWire) -"), else
  the agency or ministry the text names as its reporter ("..., Ministry of Foreign Affairs of the
  Republic of Kazakhstan reports.", "Qazinform News Agency has learnt", "Previously, Kazinform
  reported"), or "".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportgen.analysis.eventness import states_event
from reportgen.analysis.relative_dates import WEEKDAYS
from reportgen.corpus import Item
from reportgen.text import split_sentences

TITLE_WORDS = 14  # a heading is cut to about this many words ...
TITLE_MAX_WORDS = 24  # ... or up to this many, to reach a focus term

_NAME = r"(?:Dr\.?\s+|Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+)?[A-Z][\w’'.-]*(?:\s+(?:bin|al|ibn|de|van|von|[A-Z][\w’'.-]*)){1,4}"
_APPOSITION = re.compile(rf",\s+{_NAME}\s*(?:,(?=\s)|(?=\.$|$))")
_SAID = re.compile(r",\s+(?:said|says|noted|stated|reported)\s+[^,]+\.?$|\.$")
_DANGLING = frozenset(
    "a an the and or but of in on at to for from by with as into than that which who whose "
    "is are was were be its their his her our this these those".split()
)

_ORG = r"[A-Z][\w’'-]*(?:\s+(?:of|the|for|and|on|[A-Z][\w’'-]*|\([A-Z]+\)))*"
# "according to Kazinform" (see `_MEDIA`)
_ACCORDING_TO = re.compile(rf"\b[Aa]ccording\s+to\s+(?:the\s+)?({_ORG})(?:\s+reported|,)")
_OUTLET_PATTERNS = (
    # "..., Ministry of Foreign Affairs of the Republic of Kazakhstan reports."; a ministry whose name lists its
    # portfolios after a comma: "..., the Ministry of Foreign Affairs, European Union and Cooperation reports."
    re.compile(
        rf",\s+(?:the\s+)?((?:Ministry|Department|Secretariat)\s+of\s+{_ORG},\s+{_ORG}|{_ORG})\s+"
        r"(?:reports|reported|informs|writes)\.?\s*$"
    ),
    # "Qazinform News Agency has learnt from ...", "Kazinform correspondent reports"
    re.compile(
        rf"\b((?:{_ORG}\s+)?(?:News\s+Agency|Agency|News|Press|Times|Post|Gazette|Telegraph|Herald|TV|Radio))"
        r"(?:'s)?\s+(?:has\s+learnt|has\s+learned|learnt|learned|reports|reported|correspondent)"
    ),
    # "Previously, Kazinform reported"
    re.compile(rf"\b[Pp]reviously,\s+(?:the\s+)?({_ORG})(?:\s+reported|,)"),
    _ACCORDING_TO,
)
# Who "according to" names is the reporter when it is a news outlet: one name ("according to Kazinform")
# or a media word's; "According to the Korea Customs Service, trade amounted to ..." names where a figure
# comes from, not who reports the story.
_MEDIA = re.compile(
    r"^[\w’'-]+$|\b(?:News|Agency|Press|Times|Post|Gazette|Telegraph|Herald|TV|Radio|Television|Broadcasting|"
    r"Media|Journal|Daily|Weekly|Tribune|Express|Observer|Chronicle|Wire)\b"
)
_DATELINE_AGENCY = re.compile(r"\(([^()]+)\)$")


def headline(item: Item, focus_terms: Sequence[str] = (), *, look: int = 8) -> str:
    """A heading for an untitled article (see the module docstring); the item's own title otherwise."""
    if item.kind != "article" or not (
        getattr(item, "title_derived", False) or _UNINFORMATIVE_TITLE.fullmatch(item.title.strip(" .:")) is not None
    ):
        return item.title
    sentences = [s for p in item.paragraphs for s in split_sentences(p.text)][:look]
    happenings = [s for s in sentences if len(s.split()) >= 5 and states_event(s, language=item.language)]
    naming = [s for s in happenings if _focus_at(s, focus_terms) >= 0]
    # (who did what: not a line of scene before the lead, "The discussions went on well past the
    # scheduled time.")
    named = [s for s in happenings if _NAME_AFTER_FIRST.search(s)]
    chosen = (naming or named or happenings or [""])[0]
    if not chosen:
        return item.title
    return _shorten(chosen, focus_terms)


# A title that says what kind of text it is, or where a meeting was, not what happened: "Press release",
# "Audience", "Meeting in Tarawa".  Such an article is headed as an untitled one is.
_UNINFORMATIVE_TITLE = re.compile(
    r"(?:press\s+release|news(?:\s+release)?|statement|communiqu[ée]|update|audience|announcement|notice|"
    r"information|brief|briefing|untitled|(?:meeting|talks|visit|reception|audience|event)s?\s+(?:in|at)\s+"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})",
    re.IGNORECASE,
)
# A capitalised word after the sentence's first that is no month or weekday: a name.
_NAME_AFTER_FIRST = re.compile(
    r"(?<=\s)(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'’-]+"
)


def _focus_at(text: str, terms: Sequence[str]) -> int:
    """Word index of the first focus term in `text`, or -1."""
    words = text.split()
    for i, word in enumerate(words):
        if any(word.startswith(term) for term in terms):
            return i
    return -1


def _shorten(sentence: str, focus_terms: Sequence[str]) -> str:
    text = _APPOSITION.sub("", sentence.strip())
    text = _SAID.sub("", text).rstrip(" ,;:")
    # (a heading says who did what, not the day: "... Assembly on Thursday ratified ...", "... el miércoles en Moscú")
    if (opening := _WEEKDAY_OPENING.match(text)) is not None and opening.end() < len(text):
        # ("On Tuesday, Deputy Head of Government ... received ...": the heading starts at the doer)
        text = text[opening.end()].upper() + text[opening.end() + 1 :]
    text = _WEEKDAY_TOLD.sub("", text)
    words = text.split()
    reach = _focus_at(text, focus_terms) + 1
    limit = reach if TITLE_WORDS < reach <= TITLE_MAX_WORDS else TITLE_WORDS
    if len(words) <= limit + 2:
        return text
    kept = words[:limit]
    # (at a clause's comma near the limit: "... on cooperation in international information security, signed in
    # Moscow ..." ends at "security")
    comma = max((k for k in range(limit - 3, min(len(words), limit + 2)) if words[k].endswith(",")), default=-1)
    if comma >= limit - 3:
        kept = words[: comma + 1]
    # (nor an amount: "will invest PLN 2.4…" of "PLN 2.4 billion" ends with its scale, "… PLN 2.4 billion…")
    while len(kept) < min(len(words), limit + 2) and (
        (_CURRENCY.fullmatch(kept[-1]) and _NUMBER.match(words[len(kept)]))
        or (_NUMBER.match(kept[-1]) and _SCALE.fullmatch(words[len(kept)].strip(",;:.")))
    ):
        kept.append(words[len(kept)])
    # (not a date cut in two: "... held in Dakar on 20…" of "on 20 November 2026")
    # (a date's parts and the small words around them, in any order: "... on 13 and" of "on 13 and 14 May 2027")
    while len(kept) > 1 and (
        _PART_OF_A_DATE.fullmatch(kept[-1].strip(",;:")) or kept[-1].lower().strip(",;:") in _DANGLING
    ):
        kept.pop()
    return " ".join(kept).rstrip(",;:–—-") + "…"


# The weekdays of the languages whose dates are read, as a deed's day is told in them.
_DAYS_EN = "|".join(WEEKDAYS)
_DAYS_ES = "lunes|martes|miércoles|jueves|viernes|sábado|domingo"
_DAYS_FR = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_DAYS_RU = "понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье"
# A weekday told as the day of the deed, in the languages whose dates are read.
_WEEKDAY_TOLD = re.compile(
    rf"\s+(?:on\s+|last\s+)?(?:{_DAYS_EN})\b(?=[\s,])"
    rf"|\s+(?:el|este|el\s+pasado)\s+(?:{_DAYS_ES})\b"
    rf"|\s+(?:{_DAYS_FR})(?:\s+dernier)?\b"
    rf"|\s+в\s+(?:{_DAYS_RU})\b"
)
# A weekday that opens the sentence, with its comma: "On Tuesday, ...", "Last Friday ...", "El martes, ...".
_WEEKDAY_OPENING = re.compile(
    rf"(?:(?:On|Last)\s+)?(?:{_DAYS_EN})\b,?\s+"
    rf"|(?:El|Este|El\s+pasado)\s+(?:{_DAYS_ES})\b,?\s+"
    rf"|(?:{_DAYS_FR.title()})(?:\s+dernier)?\b,?\s+"
    rf"|В\s+(?:{_DAYS_RU})\b,?\s+"
)
_CURRENCY = re.compile(r"[A-Z]{3}|US\$|\$|€|£|¥")
_NUMBER = re.compile(r"[$€£¥]?\d[\d.,]*$")
_SCALE = re.compile(r"million|billion|thousand|trillion|crore|lakh|percent|per|tonnes|tons|%")
_PART_OF_A_DATE = re.compile(
    r"\d{1,2}|(?:January|February|March|April|May|June|July|August|September|October|November|December)",
)


def outlet(item: Item) -> str:
    """The outlet the article's text names as its reporter, or ''."""
    if item.kind != "article":
        return ""
    # The agency of a wire dateline filed the story ("BELMOPAN, Nov 26 (CaribWire)").
    dateline = dict(getattr(item, "extra", ())).get("dateline", "")
    agency = _DATELINE_AGENCY.search(dateline)
    if agency:
        return agency.group(1).strip()
    for paragraph in item.paragraphs:
        for sentence in split_sentences(paragraph.text):
            for pattern in _OUTLET_PATTERNS:
                match = pattern.search(sentence)
                if match and (pattern is not _ACCORDING_TO or _MEDIA.search(match.group(1).strip())):
                    return match.group(1).strip()
    return ""
