"""Rows for the deeds one clause tells: coordinated deeds with dates of their own, and the deed a
participle phrase or a relative clause tells of a thing the clause names.

"The Mobility Agreement, signed in 2021 and ratified by Angola in 2023, has simplified visas"
is two happenings, so two chronology rows; so is "Parliament on Thursday approved the Social
Security Agreement, signed in Lisbon in June 2024, ...".  Rows keep the source's words: only
the words of the other deeds are left out, and nothing is added but a verb an ellipsis leaves
out or the noun phrase a participle or a "which" clause is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain

from reportgen.analysis.eventness import IRREGULAR_PAST
from reportgen.analysis.clauses import (
    _BEFORE_PARTICIPLE,
    _DOCUMENT_TITLE,
    _TITLE_GOES_ON,
    _CLOSERS,
    _FINAL_PUNCTUATION,
    _NOT_VERBS,
    _VERB_CANDIDATE,
    _FOLLOWED_SUIT,
    _final_punctuation,
    _has_verb,
)

# Where a clause coordinates one more dated deed: "signed in 2021 and ratified in 2023", "opened in
# 2018, raised to €1.5 billion in 2022 and to €2 billion in October 2026".
CLAUSE_STOP = re.compile(r";|,(?!\d)")  # where the words of a deed named last end (not in "50,000")
_LINK_SEPARATOR = re.compile(
    # (", with a second round planned for Ankara in September": a happening of its own)
    r",\s+(?:(?:and|but|with)\s+)?|\s+(?:and|but)\s+(?!also\b)"
)
# "... and, on 26 June 2026, a supply agreement": a date set off after "and", before the object of a
# verb left out.
_GAPPED_DATE = re.compile(r",?\s+and,\s+(?P<date>(?:on|in)\s+(?:the\s+)?)$")
_OBJECT_AFTER = re.compile(r",\s+(?:a|an|the|its|their)\s")
# Words that may come between a separator and the next date in a plain list of dates ("in 1999,
# 2008 and 2011", "in May and again in June"): one deed on several dates.
_LIST_FILLER = frozenset("in on at of the year years and or again also then later during".split())
_ADVERBS = frozenset("again later then also subsequently finally eventually only soon".split())
_BACK_REFERENCE = re.compile(r"\b(?:it|them|its|their|this|these|there|which)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\s,;]+")
_AUXILIARIES = frozenset("has have had was were is are will would".split())
_AUXILIARY_END = re.compile(r"\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s*$")
# Verbs that take no passive: after "was signed ... and" they stand without the "was".
_ACTIVE_ONLY = frozenset("entered came became expired began ended went started remained lapsed took".split())
# A verb followed by its object, a count, an amount or an indefinite thing, is active: "was launched
# in 2022 and brought 1,342 tractors by 2025", not "was brought".
_ACTIVE_WITH_OBJECT = re.compile(r"[a-z]+\s+(?:\d|(?:US|NZ|A|C|HK)?\$|€|£|[A-Z]{3}\s?\d|an?\s)")
# An ellipsis that moves the deed elsewhere or to another level ("and between Baku and Rome in
# 2019", "and to €2 billion in 2026") is another deed; one that only adds an object ("paid USD 56
# million in 2022 and USD 100 million in 2023") is taken as one.
_PREPOSITIONS = frozenset("to in at between from into on with for".split())


def deed_links(clause: str, dates: Sequence[tuple[int, int]]) -> list[tuple[str, list[int]]] | None:
    """One row text per deed of a clause that coordinates deeds each with its own date, with the
    indexes of `dates` (sorted (start, end) offsets in `clause`) each row holds; None when the
    clause states one deed (on one date or several: "visited Doha in 1999, 2008 and 2011").

    "The CPLP Mobility Agreement, signed in 2021 and ratified by Angola in 2023, has simplified
    visas." gives "The CPLP Mobility Agreement signed in 2021." and "The CPLP Mobility
    Agreement, ratified by Angola in 2023, has simplified visas."  A deed without its own verb
    takes the one before it ("... raised to €1.5 billion in 2022 and to €2 billion in October
    2026" gives "... was raised to €2 billion in October 2026."); one that points back ("and
    reopened it in 2018") keeps the deeds before it.  Only the words between the deeds' verbs
    and their dates are left out; nothing is added but the verb an ellipsis leaves out.
    """
    if len(dates) < 2:
        return None
    first_verb = _last_verb(clause, 0, dates[0][0])
    if first_verb is None:
        return None
    # links: [start, end, date indexes, verb text of an ellipsis or ""]
    links: list[list] = [[first_verb, None, [0], ""]]
    for k in range(1, len(dates)):
        gap_start, gap_end = dates[k - 1][1], dates[k][0]
        gapped = _GAPPED_DATE.search(clause, gap_start, gap_end)
        if gapped is not None and _OBJECT_AFTER.match(clause, dates[k][1]):
            # "signed a lease ... on 19 May 2026 and, on 26 June 2026, a supply agreement ...": the
            # second object takes the first one's verb, which the sentence leaves out.
            verb = _WORD.match(clause, links[-1][0])
            if verb is None or not _is_verb(verb.group()):
                return None
            links[-1][1] = gapped.start()
            links.append([gapped.start("date"), None, [k], verb.group() + ", "])
            continue
        separator = _LINK_SEPARATOR.search(clause, gap_start, gap_end)
        if separator is not None and _SET_OFF_PHRASE.match(clause, separator.start(), gap_end):
            # ("in January 2011, during the crisis, and lifted them in June": past a phrase set off by commas)
            later = _AND_A_VERB.search(clause, separator.end(), gap_end)
            if later is not None and _is_verb(later.group(1)):
                separator = later
        if separator is None:
            main = _main_verb_after_participle(clause, links, gap_start, gap_end)
            if main is None:
                links[-1][2].append(k)
                continue
            # "The investment agreement signed in September 2011 entered into force in September
            # 2015": the participle's deed, then the sentence's own.
            links[-1][1] = main
            links.append([main, None, [k], ""])
            continue
        head = clause[separator.end() : gap_end].split()
        content = [w for w in head if w.lower() not in _ADVERBS]
        if all(w.lower() in _LIST_FILLER for w in head):
            links[-1][2].append(k)  # "in 1999, 2008 and 2011"
            continue
        links[-1][1] = separator.start()
        if content and (
            _is_verb(content[0])
            or (content[0] in _AUXILIARIES and len(content) > 1 and _is_verb(content[1]))
            or (content[0] in ("will", "shall") and len(content) > 1)  # "and will start work in January"
        ):
            links.append([separator.end(), None, [k], ""])  # "and ratified ...", "and has met ..."
            continue
        stop = CLAUSE_STOP.search(clause, dates[k][1])
        if _FOLLOWED_SUIT.match(clause, separator.end(), stop.start() if stop else len(clause)):
            # "The Hellenic Parliament ratified it in March, and the National Assembly of Armenia
            # followed in July": the same deed by another, one row with both dates
            return None
        if _own_subject(content):
            # "The route was suspended in 2020 and Etihad sold its shares last year": a clause of its own
            links.append([separator.end(), None, [k], _OWN])
            continue
        # An ellipsis ("and to €2 billion in ..."): the last verb's words up to where this link's
        # first word stands in the link before it.
        previous = clause[links[-1][0] : links[-1][1]]
        verb = _WORD.match(previous)
        if not content or verb is None or _is_verb(verb.group()) is False:
            return None
        if content[0] in ("in", "at") and len(content) > 1 and content[1][:1].isupper():
            # "held its first two meetings in Riyadh in October 2023 and in Bangkok in September
            # 2024": one deed in two places, like "visited Doha in 2022 and Astana in 2023"
            return None
        if (
            content[0] == "to"
            and len(content) > 1
            and re.match(r"[A-Z][a-z]", content[1])
            and not (len(content) > 2 and content[2][:1].isdigit())
        ):
            # "smaller selections travelled to Athens in 2002 and to Thessaloniki in 2011": one deed
            # that went to two places (not "to EUR 2 billion": a new level)
            return None
        if content[0] == "for" and content[1:2] == ["the"] and len(content) > 2 and content[2][:1].isupper():
            # "returned to Mexico only for the APEC summit in 2002 and for the G20 summit there in
            # 2012": one deed on two occasions
            return None
        if content[:2] == ["in", "force"]:
            # "signed in 2005 and in force since 1 July 2006": a state from that day, with no verb to carry
            links.append([separator.end(), None, [k], ""])
            continue
        if content[0] in _PREPOSITIONS:
            at = re.search(rf"(?<!\S){re.escape(content[0])}(?!\S)", previous[verb.end() :])
        else:  # "amounted to EUR 214.3 million in 2024 and EUR 231.7 million in 2025"
            at = _parallel_object(previous[verb.end() :], content)
        if at is None:  # "visited Doha in 2022 and Astana in 2023": one deed
            return None
        carried = links[-1][3] or previous[: verb.end() + at.start()]
        links.append([separator.end(), None, [k], carried])
    if len(links) < 2:
        return None
    last = links[-1]
    stop = CLAUSE_STOP.search(clause, dates[-1][1])
    last[1] = stop.start() if stop else len(clause.rstrip().rstrip(_CLOSERS).rstrip(_FINAL_PUNCTUATION))
    prefix, suffix = clause[:first_verb], clause[last[1] :]
    colon = prefix.rfind(": ")
    if colon >= 0 and not _finite_before(prefix[colon + 2 :]):
        # "Many of you have asked me about the containers: the first trial shipment ... left Tashkent on 2
        # June and is expected in Riga in July": the clause after the colon has its own subject
        subject = prefix[colon + 2 :]
        prefix = subject[:1].upper() + subject[1:]
    if not _AUXILIARY_END.search(" " + prefix) and _finite_before(prefix):
        # "The sides discussed ... the free trade agreement signed in 2003 and upgraded in 2024":
        # participles of a thing a sentence names in passing; the rows tell of that thing.
        before = clause[:first_verb].rstrip()
        # "... the East Mediterranean Gas Forum, established in 2019 and transformed ... in 2020"
        thing = antecedent(clause, len(before) - 1 if before.endswith(",") else first_verb)
        if thing is None:
            return None
        active = next(
            (k for k in range(1, len(links)) if _ACTIVE_AFTER.match(clause, _verb_end(clause, links[k][0]))), None
        )
        if active is not None:
            # "The parties reviewed the agreements signed in April and agreed that ... in February
            # 2027": the verb after "and" goes on with the sentence's subject, not the thing's.
            passing = clause[first_verb : links[active - 1][1]].strip(" ,")
            told = thing[0].upper() + thing[1:] + " " + passing + (_final_punctuation(clause) or ".")
            rest = before + " " + clause[links[active - 1][1] :].lstrip(" ,")
            return [
                (told, [k for link in links[:active] for k in link[2]]),
                (rest, [k for link in links[active:] for k in link[2]]),
            ]
        prefix, suffix = thing[0].upper() + thing[1:] + " ", _final_punctuation(clause) or "."
    elif (act := _ACT_OF.match(prefix)) is not None:  # "The progress of the agreement signed in 2003 ..."
        prefix = prefix[act.end()].upper() + prefix[act.end() + 1 :]
    final = _final_punctuation(clause) or "."
    rows = []
    for number, (start, end, indexes, carried) in enumerate(links):
        if carried == _OWN:
            own_clause = clause[start:end].strip().rstrip(" ,")
            tail = suffix if number == len(links) - 1 else final
            rows.append(((own_clause[0].upper() + own_clause[1:] + tail).strip(), indexes))
            continue
        deed = carried + clause[start:end].strip()
        if not deed:
            return None
        # "was signed in 2006 and entered into force the following year": not "was entered".
        first = deed.split(None, 1)[0]
        own = (
            prefix
            if carried or (first not in _ACTIVE_ONLY | _AUXILIARIES and not _ACTIVE_WITH_OBJECT.match(deed))
            else _AUXILIARY_END.sub("", prefix).rstrip() + " "
        )
        pointed = _pointing_back(clause, start, end, first_verb, dates[links[0][2][0]][0]) if number else None
        if pointed is not None:
            deed = pointed  # "closed its embassy in 2008 and reopened it in 2018": "reopened its embassy in 2018"
        elif number and _BACK_REFERENCE.search(clause[start:end]):
            deed = clause[first_verb:end].strip()  # (a deed told only with the ones before it)
        if number == len(links) - 1:
            text = own + deed + suffix
        else:
            subject = own.rstrip()
            if subject.endswith(",") and subject.count(",") % 2:  # (", led by Van Oord," stays closed)
                subject = subject[:-1]
            text = subject + " " + deed.rstrip(" ,") + final
        rows.append((text.strip(), indexes))
    return rows


# A deed whose object points back at the first deed's ("and reopened it in 2018").
_POINTS_BACK = re.compile(r"\s*(?P<verb>[a-z]{3,})\s+(?:it|them)\b")
_OBJECT_START = re.compile(r"(?:the|an?|its|their|his|her|[A-Z])")
_INDEFINITE = re.compile(r"(?:a|an)\s", re.IGNORECASE)
# A passive participle that tells a deed done to a thing: "signed", "built", "set up".
PARTICIPLE = r"(?:(?:re|co)-)?(?:[a-z]{3,}ed|built|held|made|set\s+up)"  # ("re-established", "co-founded")


def definite(thing: str) -> str:
    """The thing named again, so with "the": "a legation in Panama City" gives "the legation in Panama City"."""
    found = _INDEFINITE.match(thing)
    return thing if found is None else "the " + thing[found.end() :]


def _pointing_back(clause: str, start: int, end: int, first_verb: int, first_date: int) -> str | None:
    """A deed that takes the first deed's object by a pronoun, with that object in the pronoun's
    place: "Poland closed its embassy in Manila in 2008 ... and reopened it in 2018" gives "reopened
    its embassy in Manila in 2018" (the object is the words between the first verb and its date),
    so the row does not repeat the first deed.  None when the words after "and" are no such deed."""
    back = _POINTS_BACK.match(clause, start, end)
    if back is None or not _is_verb(back.group("verb")):
        return None
    verb_end = _verb_end(clause, first_verb)
    thing = re.sub(r"\s+(?:in|on|at|during|since|from)$", "", clause[verb_end:first_date].strip())
    if not _OBJECT_START.match(thing) or len(thing.split()) > 12 or CLAUSE_STOP.search(thing):
        return None
    return (back.group("verb") + " " + definite(thing) + clause[back.end() : end]).strip()


_AMOUNT_START = re.compile(r"(?:USD|US\$|EUR|GBP|CHF|[€$£¥]|\d)")
_ARTICLES = frozenset("a an the".split())


def _parallel_object(previous: str, content: list[str]) -> re.Match[str] | None:
    """Where the verb's object stands in `previous` that the object `content` after "and" parallels
    ("became an associate member of the OIF in 2008 and a full member in 2012": "an associate
    member"; "EUR 214.3 million in 2024 and EUR 231.7 million in 2025": "EUR 214.3 million"), or None:
    an amount parallels an amount, an article's noun phrase one with the same head noun."""
    if _AMOUNT_START.match(content[0]):
        return _AMOUNT_START.search(previous)
    words = [w for w in content if w.lower() not in _PREPOSITIONS]
    if content[0].lower() not in _ARTICLES or len(words) < 2:
        return None
    return re.search(rf"\b(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(words[-1])}\b", previous)


# After a verb, what makes it an active one with a subject of its own: a clause, an infinitive or
# an object ("agreed that", "decided to", "approved the plan"), never a participle's "in", "by".
_ACTIVE_AFTER = re.compile(r"\s+(?:that|to\s+[a-z]+|the|a|an|its|their|his|her|on\s+a)\b")


def _verb_end(clause: str, at: int) -> int:
    """The end of the word that starts at (or after the spaces from) `at`."""
    word = _WORD.match(clause, len(clause) - len(clause[at:].lstrip()))
    return word.end() if word else at


_OWN = "\0"  # a link that is a clause with a subject of its own
_SUBJECT_OPENERS = frozenset("the a an its their his her both".split())


def _own_subject(content: list[str]) -> bool:
    """Words after "and" that open a clause of their own: a name or a noun phrase, then a past verb
    within four words ("Etihad sold ...", "the ministry opened ...")."""
    if content and content[0] not in _PREPOSITIONS and not _is_verb(content[0]):
        # "and diplomatic relations between the two countries were established on ...": a passive
        # clause of its own
        for k in range(1, min(len(content) - 1, 8)):
            if content[k] in ("was", "were") and content[k + 1].endswith("ed") and _is_verb(content[k + 1]):
                return True
    if not content or not (content[0][:1].isupper() or content[0] in _SUBJECT_OPENERS):
        return False
    return any(
        w.lower() in IRREGULAR_PAST or (w.endswith("ed") and _is_verb(w)) for w in content[1:5] if w[:1].islower()
    )


# Irregular past participles ("were broken off in 1942 and restored in 1954"): verbs of a deed,
# though not of a clause (clauses.py splits on finite verbs only).
_PARTICIPLES = frozenset(
    """
    broken taken given begun done drawn driven known shown grown risen fallen flown spoken sworn undertaken
    withdrawn chosen written frozen overtaken shaken forgiven forbidden stolen torn worn
    """.split()
)
_DEED_VERB = re.compile(
    r"(?<![\w'’-])(?:"
    + "|".join(sorted(_PARTICIPLES, key=len, reverse=True))
    + r")(?![\w'’-])|"
    + _VERB_CANDIDATE.pattern
)


def _main_verb_after_participle(clause: str, links: list[list], start: int, end: int) -> int | None:
    """Where the sentence's own verb starts between two dates, when the only link so far is a
    participle right after its subject ("The agreement signed in 2011 entered into force in
    2015"), else None."""
    if len(links) != 1:
        return None
    participle = clause[links[0][0] :].split(None, 1)[0]
    before = clause[: links[0][0]]
    if not participle.endswith("ed") or _AUXILIARY_END.search(" " + before) or _finite_before(before):
        return None
    found = _VERB_RIGHT_AFTER.match(clause, start, end)
    if found is None or not _is_verb(found.group("verb")):
        return None
    return found.start("verb") if found.group("auxiliary") is None else found.start("auxiliary")


# The sentence's verb right after the participle's date ("... signed in 2011 entered into force",
# "... signed in 2011 was ratified in 2015"); words in between make it part of another phrase
# ("in recognition of reduced emissions").
_VERB_RIGHT_AFTER = re.compile(r"\s+(?P<auxiliary>(?:was|were|has|have|had)\s+(?:been\s+)?)?(?P<verb>[a-z]{2,}ed)\b")


_SET_OFF = re.compile(r",[^,;]*,")


def _finite_before(prefix: str) -> bool:
    """Whether the words before a participle chain hold a verb of their own (then the chain tells
    of a noun phrase they end with, not of the sentence's subject)."""
    prefix = _SET_OFF.sub(",", prefix)  # "The consortium, led by Van Oord, won ...": "led" is the subject's
    return (
        any(_is_verb(m.group()) for m in _VERB_CANDIDATE.finditer(prefix))
        or re.search(r"\b(?:is|are|was|were|has|have|had)\b", prefix) is not None
    )


def _is_verb(word: str) -> bool:
    word = word.strip("\"'“‘(")
    return (
        _VERB_CANDIDATE.fullmatch(word) is not None
        and word not in _NOT_VERBS
        and word not in {"be", "been", "is", "are", "was", "were", "has", "have", "had"}
    )


_SET_OFF_PHRASE = re.compile(r",\s+(?:during|amid|after|before|following|at|in|under)\s[^,;]{1,60},\s+and\s")
_AND_A_VERB = re.compile(r",\s+and\s+(?=([a-z]+)\b)")


def _last_verb(clause: str, start: int, end: int) -> int | None:
    """Where the last deed verb before `end` starts (not an auxiliary, not after a determiner)."""
    found = None
    for match in _DEED_VERB.finditer(clause, start, end):
        word = match.group()
        if not _is_verb(word) and not (word in _PARTICIPLES and _AUXILIARY_END.search(" " + clause[: match.start()])):
            continue
        before = clause[: match.start()].rsplit(None, 1)
        if before and before[-1].lower() in _BEFORE_PARTICIPLE and not (before[-1] == "that" and word in _IRREGULAR):
            continue  # (not "fruit that left Tashkent": a relative pronoun before a past tense)
        if (
            found is not None
            and clause[found : match.start()].count(" ") == 1
            and _NOUN_NEXT.match(clause, match.end())
        ):
            continue  # "imposed targeted sanctions": an adjective of the verb's object
        found = match.start()
    return found


_NOUN_NEXT = re.compile(r"\s+[a-z]+(?:s|ions?|ments?)\b")
# Past tenses not in -ed that no determiner goes before ("that left", "that met"; "that signed" may be
# "that signed agreement"): the part of eventness.IRREGULAR_PAST that is no participle ("given") and no
# noun after "that" ("that set of rules").
_IRREGULAR = frozenset(
    "left met held sent took made gave brought built came flew fled grew laid led paid rose sold spent won wrote".split()
)


# -- what a participle or a relative clause tells of --------------------------------------------

# (not a time's "this": "Our guest this week is Jorge Salazar, who ...")
_DETERMINER = re.compile(
    r"(?<![\w'’-])(?:the|a|an|its|their|this(?!\s+(?:week|month|year|morning|evening|time)\b)|these)\s", re.IGNORECASE
)
# "the ratification of the Agreement ...": the act of which the noun after "of" is the object.
_ACT_OF = re.compile(
    r"(?:the|a|an|its|their)\s+(?:[a-z]+(?:tion|ing|ment|al|sion)|progress|review|status|terms|text|results?|outcome|"
    r"upgrade|extension)\s+of\s+(?=(?:the|a|an)\s)|(?:the|a|an)\s+follow-up\s+(?:to|of|on)\s+(?=(?:the|a|an)\s)",
    re.IGNORECASE,
)


# A sentence's opening noun and the preposition of its topic: "Negotiations on", "Talks over", "Work on".
_TOPIC_OF = re.compile(r"\s*[A-Z][a-z]+(?:\s+[a-z]+){0,2}?\s+(?:on|over|about|towards)\s+")


_COPULA = re.compile(r"\s(?:is|was)\s+(?=[A-Z])")
_NAME_ONLY = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,4}")
_AND_THE = re.compile(r"(\s(?:and|or)\s)(?=(?:the|a|an|its|their)\s)")
# (and an infinitive's: "resolves to ratify the Convention ...")
_GERUND_OBJECT = re.compile(r"\b(?:[a-z]{3,}ing|to\s+[a-z]{3,})\s(?=(?:the|an?|its|their)\s)")


# What someone said or told, from its subject on: "told the House that the agreement, which he signed ...".
_REPORTED_THAT = re.compile(
    r"\b(?:said|told|noted|stated|announced|informed|reported|added|stressed|recalled|explained|confirmed|"
    r"reminded|assured)\b[^,;]{0,60}?\sthat\s(?=(?:the|a|an|its|their|this|these)\s)"
)


def antecedent(clause: str, at: int) -> str | None:
    """The noun phrase that ends just before `at` (a comma before "signed in 2024" or "which ..."),
    from its determiner, or None: "approved for ratification the Social Security Agreement
    between Angola and Portugal" gives "the Social Security Agreement between Angola and
    Portugal"; "concurred in the ratification of the Agreement on Defence" gives "the Agreement
    on Defence"."""
    start = 0
    for match in _VERB_CANDIDATE.finditer(clause, 0, at):
        before = clause[: match.start()].rsplit(None, 1)
        if before and before[-1].lower() in _BEFORE_PARTICIPLE:
            continue  # "The revised air services agreement": an adjective of the phrase, not its verb
        if _is_verb(match.group()):
            start = match.end()
    for gerund in _GERUND_OBJECT.finditer(clause, start, at):
        start = gerund.end()  # "a law ratifying the Agreement ...": the thing is the verb's object
    named = None
    for named in _COPULA.finditer(clause, start, at):
        start = named.end()  # "Our guest this week is Jorge Salazar, who ...": the one named after "is"
    # "told the House that the agreement, which ...": the agreement, not the House
    for reported in _REPORTED_THAT.finditer(clause, 0, at):
        start = max(start, reported.end())
    for stop in (clause.rfind(",", start, at), clause.rfind(";", start, at)):
        start = max(start, stop + 1)
    for joined in _AND_THE.finditer(clause, start, at):  # "the visit of X and the progress of Y"
        if _TITLE_GOES_ON.match(clause, joined.end()) and _DOCUMENT_TITLE.search(clause, start, joined.start()):
            continue  # "the Agreement for the Avoidance of Double Taxation and the Prevention of Fiscal Evasion"
        if _BETWEEN_ONE.search(clause, start, joined.start()):
            continue  # "the Comprehensive Economic Partnership Agreement between Peru and the United Arab Emirates"
        start = joined.start() + len(joined.group(1))
    determiner = _DETERMINER.search(clause, start, at)
    if determiner is not None and not start and _TOPIC_OF.fullmatch(clause, 0, determiner.start()):
        # "Negotiations on an agreement ..., opened in 2021": the talks were opened, not the agreement.
        return clause[:at].strip()
    if determiner is None:
        # "President Lourenço, who ...": a name opening the clause.
        phrase = clause[start:at].strip()
        if start and (person := _TITLED_PERSON.fullmatch(phrase)) is not None:
            return person.group("name")  # "intensified under President Berdimuhamedov, who visited ..."
        if named is not None and named.end() == start and _NAME_ONLY.fullmatch(phrase):
            return phrase
        if start and clause[start - 1 : start] == "," and _COMPANY_NAME.fullmatch(phrase):
            return phrase  # "through a wholly owned subsidiary, Pacific Blue Ocean (Fiji) Pte Limited, which ..."
        if start or not phrase[:1].isupper() or len(phrase.split()) > 8:
            return None
        return phrase
    phrase = clause[determiner.start() : at].strip()
    # "opened a legation in Panama City in 1951, which ...": the date is the opening's, not the thing's
    phrase = _TRAILING_DATE.sub("", phrase)
    act = _ACT_OF.match(phrase)
    if act is not None:
        phrase = phrase[act.end() :]
    # "received a legal basis with the Partial Scope Agreement, signed in June 2001": the text, not the basis
    text = _A_TEXT_LAST.search(phrase)
    if text is not None:
        phrase = text.group("text")
    if len(phrase.split()) < 2:
        return None
    return phrase


_A_TEXT_LAST = re.compile(
    r"\s(?:with|under|by|through|from|to)\s+(?P<text>(?:the|an?|its|their)\s+(?:[\w’'-]+\s+){0,5}?"
    r"(?:[Aa]greement|[Tt]reaty|[Cc]onvention|[Pp]rotocol|[Mm]emorandum|[Aa]ccord|[Cc]harter))$"
)


# (a party named with its "of": "between the Government of the Republic of Sierra Leone and the Government of Iceland")
_BETWEEN_ONE = re.compile(r"\bbetween\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,6}$")


def before_passing(clause: str, at: int) -> int:
    """Where the thing a ", which" at `at` is said of ends: before a participle phrase set off just
    before it, which is said of the same thing ("the Hotel Bjelasica Park in Kolašin, built by the
    Istanbul-based Arda Turizm group, which opened on 20 June" tells the hotel opened)."""
    passing = _PARTICIPLE_BEFORE.search(clause, 0, at)
    if passing is not None and _is_verb(passing.group("verb").split()[0]):
        return passing.start()
    # ... or before where the thing is, set off just before it: "a phosphate fertiliser plant in Bayóvar, in the
    # Piura region, which is to be commissioned in 2029" tells the plant is to be commissioned
    place = _PLACE_BEFORE.search(clause, 0, at)
    if place is not None:
        return place.start()
    return at


_PARTICIPLE_BEFORE = re.compile(rf",\s+(?P<verb>{PARTICIPLE})\s[^,;]*$")
_PLACE_BEFORE = re.compile(
    r",\s+(?:in|near|outside|off)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:region|province|district|state|county|"
    r"department|governorate|area|prefecture|oblast)$"
)


# A company named in apposition, by its legal form: "Pacific Blue Ocean (Fiji) Pte Limited".
_COMPANY_NAME = re.compile(
    r"(?:[A-Z][\w&'’.-]*\s+|\([A-Z][\w ]*\)\s+){1,6}(?:Limited|Ltd\.?|LLC|Inc\.?|PLC|AG|S\.A\.|SA|SAA|GmbH|Corporation|"
    r"Pte\s+(?:Limited|Ltd\.?)|Holdings?|Group|Company)"
)


# A person named by title after a verb or a preposition: "... under President Gurbanguly Berdimuhamedov".
_TITLED_PERSON = re.compile(
    r"(?:[a-z]+\s+)?(?P<name>(?:President|Prime\s+Minister|King|Queen|Emir|Emperor|Sultan|Chancellor|Minister|Premier|"
    r"Sheikh)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)
_TRAILING_DATE = re.compile(r"\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?\d{4}$")


# ", signed in Lisbon in June 2024,": a participle phrase set off by commas after a noun phrase.
_LIST_GOES_ON = re.compile(r",?\s+(?:and\s+)?|,")
_APPOSITIVE = re.compile(
    # (", which last met in Amman in 2023, is to hold ...": the relative clause tells the same way)
    r",\s+(?:which\s+(?:was\s+|were\s+|had\s+(?:been\s+)?|has\s+(?:been\s+)?)?(?:last\s+|first\s+|also\s+)?)?"
    r"(?P<verb>(?:(?:first|originally|jointly|formally)\s+)?([a-z]{3,}ed|built|held|made|met|set\s+up))\b"
    r"(?!\s+(?:it|them)\b)[^,;]*"  # (", closed it in 1991": a verb with an object goes on with the subject)
)


# ", a USD 45 million investment to be commissioned in 2028", ", due to be completed in 2027": a thing's
# deed still to come, set off by a comma after it.
_TO_BE_DONE = re.compile(
    r",\s+(?:(?:an?|the)\s+[^,;]{0,60}?\s)?(?P<verb>(?:(?:due|expected|set|scheduled)\s+)?to\s+be\s+"
    r"([a-z]{3,}ed|built|held|made))\b[^,;]*"
)


# "Signed in Zagreb on 21 March 2025, the agreement was approved ...": a participle phrase that opens
# the clause and tells an earlier deed of its subject.
_FRONTED_PARTICIPLE = re.compile(r"(?P<verb>[A-Z][a-z]{2,}ed)\b[^,;]*,\s+(?=(?:the|its|their|this|these|it|they)\s)")
_PRONOUN_BE = {"it": "It was", "they": "They were"}  # "Signed in 2025, it was ...": "It was signed in 2025."


def _fronted_rows(clause: str, end: int, dates: Sequence[tuple[int, int]]) -> list[tuple[str, list[int]]] | None:
    inside = [k for k, (_, b) in enumerate(dates) if b <= end]
    if not inside or len(inside) == len(dates):
        return None
    rest = clause[end:]
    verb = next((m for m in _VERB_CANDIDATE.finditer(rest) if m.group() in _AUXILIARIES or _is_verb(m.group())), None)
    subject = rest[: verb.start()].strip() if verb is not None else ""
    subject = _PRONOUN_BE.get(subject, subject)
    if not 2 <= len(subject.split()) <= 8:
        return None
    told = clause[:end].rstrip().rstrip(",")
    final = _final_punctuation(clause) or "."
    deed = subject[0].upper() + subject[1:] + " " + told[0].lower() + told[1:] + final
    main = rest[0].upper() + rest[1:]
    return [(deed, inside), (main, [k for k in range(len(dates)) if k not in inside])]


# Participles that describe a thing rather than tell a deed done to it ("estimated at €1 billion in 2018").
STATIVE_PARTICIPLES = frozenset(
    "estimated valued priced rated ranked located based called named known considered regarded described "
    "expected scheduled planned accompanied chaired headed composed measured".split()
)


_SPAN_AFTER_DATE = re.compile(
    r",\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:years?|months?|weeks?|days?)\s+"
    r"(?:to\s+the\s+day\s+)?(?:after|before|since)\b[^,;]*(?=,)"
)


_CLAUSE_GOES_ON = re.compile(r"[,;]")


def _verb_after_apposition(clause: str, match: re.Match[str]) -> bool:
    """Whether the "participle" runs to the end of the sentence after a subject with no verb of its
    own (from the sentence's start or a colon): then it is the subject's verb, not a phrase."""
    if _CLAUSE_GOES_ON.search(clause, match.end()):
        return False
    start = clause.rfind(": ", 0, match.start()) + 1
    return not _has_verb(clause[start : match.start()].strip(), opening=True)


def appositive_rows(clause: str, dates: Sequence[tuple[int, int]]) -> list[tuple[str, list[int]]] | None:
    """A clause that dates a deed of its own and, in a participle phrase set off by commas, an
    earlier deed of a thing it names: a row for each, with the indexes of `dates` it holds.

    "The National Assembly on Thursday approved the Social Security Agreement, signed in Lisbon
    in June 2024, with 171 votes." gives "The National Assembly on Thursday approved the Social
    Security Agreement with 171 votes." and "The Social Security Agreement signed in Lisbon in
    June 2024."  None when no such phrase holds some of the dates and not all of them."""
    fronted = _FRONTED_PARTICIPLE.match(clause)
    if fronted is not None and _is_verb(fronted.group("verb").lower()):
        rows = _fronted_rows(clause, fronted.end(), dates)
        if rows:
            return rows
    for match in chain(_APPOSITIVE.finditer(clause), _TO_BE_DONE.finditer(clause)):
        verb = match.group(2)
        if not (_is_verb(verb) or verb == "met") or verb in STATIVE_PARTICIPLES:
            continue
        if match.group().startswith(", which") and not clause.startswith(",", match.end()):
            continue  # a relative clause that ends the sentence tells of the main clause's happening
        if _verb_after_apposition(clause, match):
            continue  # "...: the Gymnasium, the largest school in the district, moved yesterday into ...": the verb
        inside = [k for k, (a, b) in enumerate(dates) if match.start() < a and b <= match.end()]
        end = match.end()
        # (", for their part, travelled to Taipei in 2006, 2013 and 2018": the phrase's list goes on)
        while inside and inside[-1] + 1 < len(dates) and _LIST_GOES_ON.fullmatch(clause, end, dates[inside[-1] + 1][0]):
            inside.append(inside[-1] + 1)
            end = dates[inside[-1]][1]
        if not inside or len(inside) == len(dates):
            continue
        thing = antecedent(clause, match.start())
        if thing is None:
            return None
        span = _SPAN_AFTER_DATE.match(clause, end) if match.re is _APPOSITIVE else None
        if span is not None:  # ", two years to the day after the earthquakes ...,": said of the phrase's date
            end = span.end()
        rest = clause[end:]
        main = clause[: match.start()] + (" " + rest[1:].lstrip() if rest.startswith(",") else rest)
        final = _final_punctuation(clause) or "."
        told = clause[match.start() : end][1:].strip()
        if match.re is _TO_BE_DONE:
            # ", a USD 45 million investment to be commissioned in 2028": what it is, then what is to come
            start = match.start("verb") - match.start()
            what = match.group()[1:start].strip()
            told = (what + ", " if what else "") + match.group()[start:].strip()
            thing = thing + "," if what else thing
        if told.startswith("which "):  # "which last met in Amman in 2023" tells "last met ..."
            told = told[len("which ") :]
            told = re.sub(r"^(?:has|had)\s+(?=met\b|[a-z]+ed\b)", "", told)
        told = told.rstrip(".!?…")  # (a phrase that ends the sentence takes its final stop)
        # "The Binational Commission, established in 1991.": the source's own words, comma and all,
        # when the phrase was set off after the thing (not a "which" clause made a participle)
        joint = ", " if match.re is _APPOSITIVE and not match.group().startswith(", which") else " "
        deed = thing[0].upper() + thing[1:] + joint + told + final
        main = main.strip()
        if main[-1:] not in ".!?…":
            main += final
        outside = [k for k in range(len(dates)) if k not in inside]
        rows = [(main, outside), (deed, inside)]
        return sorted(rows, key=lambda row: row[1][0])
    return _apposition_did(clause, dates)


# ", an arrangement that took effect in 2021 and is used by several thousand people": an apposition
# naming what the clause made, and a deed of it of its own date.
_APPOSITION_DID = re.compile(
    r",\s+(?P<what>(?:an?|the)\s+(?:[\w’'–-]+\s+){0,3}?[a-z][\w’'–-]+)\s+(?:that|which)\s+"
    r"(?P<deed>(?:took\s+effect|(?:entered|came)\s+into\s+force|began|opened|[a-z]{3,}ed)\b[^,;]*?)"
    r"(?=\s+and\s+(?:is|are|has|have|remains?)\b|[,;]|[.!?…]?$)"
)


_APPOSITION_ENDS = re.compile(r"(?:\s+and\s+(?:is|are|has|have|remains?)\b[^,;]*)?[.!?…]?[\"”’)]*\s*")


def _apposition_did(clause: str, dates: Sequence[tuple[int, int]]) -> list[tuple[str, list[int]]] | None:
    found = _APPOSITION_DID.search(clause)
    if (
        found is None
        or not _is_verb(found.group("deed").split()[0])
        and not found.group("deed").startswith(("took", "entered", "came", "began", "opened"))
    ):
        return None
    inside = [k for k, (a, b) in enumerate(dates) if found.start("deed") <= a and b <= found.end("deed")]
    outside = [k for k in range(len(dates)) if k not in inside]
    if (
        not inside
        or not outside
        or any(found.start() <= a < found.start("deed") for a, _ in dates)
        or not _APPOSITION_ENDS.fullmatch(clause, found.end())  # (the apposition closes the sentence)
    ):
        return None
    final = _final_punctuation(clause) or "."
    main = clause[: found.start()].rstrip() + final
    what = found.group("what").split(None, 1)
    deed = f"The {what[1]} {found.group('deed').rstrip('.!?…')}{final}"
    return sorted([(main, outside), (deed, inside)], key=lambda row: row[1][0])


# -- the kind of deed a sentence states ---------------------------------------------------------

_DEED_KINDS = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        (
            "meet",
            r"\b(?:visited|paid\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?visits?|held\s+(?:[\w-]+\s+){0,2}?talks|met|"
            r"(?:was|were)\s+received|received\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w'’-]*|(?:[\w-]+\s+)?(?:delegations?|ambassadors?|envoys?|"
            r"ministers?|counterparts?|visitors?|guests?|credentials|heads?\b))|welcomed|arrived|co-?chaired|hosted|discussed|reviewed)\b"
            # ("today concluded a three-day official visit to the Sultanate of Oman")
            # (or "concluded on Friday a state visit to the People's Republic of China")
            r"|\b(?:concluded|ended|completed|wrapped\s+up)\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+|today\s+|yesterday\s+)?"
            r"(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\b",
        ),
        (
            "sign",
            r"\b(?:signed|signing|inked|sealed|concluded(?!\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:visit|trip|tour|stay))|signatures?|initialled|agreed)\b"
            # ("Signed in Malé in February, the agreement guarantees ...")
            r"|^(?:Signed|Initialled)\b"
            # ("announces that on 25 November 2026 it entered into a new Power Purchase Agreement with ...")
            r"|\bentered\s+into\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:[Aa]greement|[Cc]ontract|deal|[Mm]emorandum)\b"
            # ("The two sides also adopted a Joint Declaration on a Comprehensive Strategic Partnership")
            r"|\badopted\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:[Dd]eclaration|[Ss]tatement|[Cc]ommuniqu[eé]|[Rr]oadmap|[Aa]ction\s+[Pp]lan|"
            r"[Cc]harter)\b"
            # ("The Ministry of Health awarded Obras y Redes Atlántico S.A. a EUR 36 million contract": a contract let)
            r"|\bawarded\s+(?:[\w.&-]+\s+){0,6}?(?:a|an|the)\s+(?:[\w$€£.,-]+\s+){0,4}?(?:contract|tender|concession)\b"
            # (in the other languages read: "ont signé", "firmaron", "assinaram", "hanno firmato", "подписали", "imzaladı")
            r"|\b(?:ont\s+signé|a\s+signé|a\s+été\s+signée?|firmaron|firmó|suscribieron|assinaram|assinou|hanno\s+firmato|"
            r"ha\s+firmato|подписали|подписал[аи]?|подписано|подписан[аоы]?|imzaladı|imzaladılar|imzalandı)(?!\w)"
            # ("the following instruments were exchanged: an agreement on ...")
            r"|\b(?:instruments|documents|agreements|memoranda|notes)\s+(?:of\s+\w+\s+)?(?:were\s+)?(?:later\s+|then\s+|also\s+|\w+ly\s+)?exchanged\b",
        ),
        # ("Chilled beef from Eswatini went on sale in supermarkets in Taipei": a product launched on a market)
        (
            "open",
            r"\b(?:opened|inaugurated|launched|commissioned|handed\s+over|founded|established|set\s+up|went\s+on\s+sale)\b",
        ),
        (
            "fund",
            r"\b(?:pledged|committed|granted|provided|invest(?:ed|s)|disbursed|allocated|transferred|"
            r"announced\s+(?:a|an)\s+(?:[\w$€£.,-]+\s+){0,3}?(?:grant|loan|credit\s+line|investment))\b"
            # "announced a Resilient Reconstruction Partnership of CAD 60 million": a sum announced is a sum given
            # (or no article: "Japan announced JPY 3.5 billion in new assistance for ...")
            r"|\bannounced\s+(?:(?:a|an|new|further|additional|fresh)\s+[^.;,]{0,60}?)?"
            r"(?:\b[A-Z]{3}\s?\d|[$€£]\s?\d|\d[\d.,]*\s*(?:million|billion)\b)",
        ),
        ("ratify", r"\b(?:ratified|ratification|ratifying|approved|concurred|entered\s+into\s+force)\b"),
        (
            "cancel",
            r"\b(?:called\s+off|cancell?ed|postponed|put\s+off|pushed\s+back|put\s+back|deferred|rescheduled)\b",
        ),
    )
)


@lru_cache(maxsize=4096)  # merging asks of one row against several others
def deed_kinds(text: str) -> frozenset[str]:
    """The kinds of deed a sentence states by its verbs: meet (a visit, talks), sign, open, fund,
    ratify, cancel.  "Stavrou was received by the President" and "the two put their signatures to a cable
    during Stavrou's trip" are two happenings of one visit."""
    return frozenset(kind for kind, pattern in _DEED_KINDS if pattern.search(text))


def planned_kinds(text: str) -> frozenset[str]:
    """The kinds of deed a plan names by its infinitive ("will travel to Havana in November to sign an
    agreement", "is to open", "plans to visit"): what its later news will tell done."""
    return frozenset(kind for kind, pattern in _PLANNED_KINDS if pattern.search(text))


_TO_DO = r"\b(?:to|will|shall|would)\s+(?:(?:also|then|jointly|formally|officially)\s+)?"
_PLANNED_KINDS = tuple(
    (kind, re.compile(_TO_DO + pattern))
    for kind, pattern in (
        ("meet", r"(?:visit|meet|hold\s+talks)\b"),
        ("sign", r"(?:sign|conclude|initial)\b"),
        ("open", r"(?:open|inaugurate|launch|commission|establish|set\s+up)\b"),
        ("ratify", r"(?:ratify|approve)\b"),
    )
)


# A thing named, then what someone did to it and when, in a relative clause: "a pilot scheme that the
# two countries' labour ministries launched in April", "the protocol that the Agency and the Ministry
# signed in Abidjan on 9 June 2026", "a EUR 240 million project that the company approved in August".
_OBJECT_RELATIVE = re.compile(
    r"(?P<thing>\b(?:the|a|an)\s+(?:[\w’'–-]+\s+){0,6}?[\w’'–-]+)\s+(?:that|which)\s+"
    r"(?P<doer>(?:[Tt]he|[Ii]ts|[Tt]heir|[Bb]oth|[A-Z])[^,;]{0,90}?)\s+"
    r"(?P<deed>signed|launched|concluded|adopted|approved|opened|set\s+up|established|ratified|initiall?ed|"
    r"inaugurated|built|founded|agreed|announced|awarded|granted|commissioned)\b"
    r"(?P<rest>[^;,]*?)[.!?…]?$"
)


_FINITE_AFTER = re.compile(r"\b(?:would|will|could|should|is|are|was|were|has|have|had|can|may|must)\s")


def object_relative_rows(clause: str, dates: Sequence[tuple[int, int]]) -> list[tuple[str, list[int]]] | None:
    """A clause whose last relative clause tells who did what to a thing it names, and when: the
    clause as a row for its other dates, and "<doer> <deed> <thing> <rest>." for the relative
    clause's own ("The two countries' labour ministries launched a pilot scheme in April.").  None
    when no such clause holds a date, or the doer is no bare noun phrase."""
    found = _OBJECT_RELATIVE.search(clause)
    if found is None or any(
        w.lower() not in _NOT_VERBS for part in ("doer", "thing") for w in _VERB_CANDIDATE.findall(found.group(part))
    ):
        return None
    # "told this House that the plant being built with Belarus would open in June": "that" opens what
    # was said, and the clause goes on to its own verb, so no relative clause ends it
    if _FINITE_AFTER.search(found.group("rest")):
        return None
    inside = [k for k, (a, b) in enumerate(dates) if a >= found.start("rest") and b <= found.end("rest")]
    if not inside:
        return None
    doer = found.group("doer")
    thing = _bare_thing(found.group("thing"))
    told = f"{doer[0].upper()}{doer[1:]} {found.group('deed')} {thing}{found.group('rest').rstrip()}."
    outside = [k for k in range(len(dates)) if k not in inside]
    rows = [(told, inside)]
    if outside:
        rows.insert(0, (clause, outside))
    return rows


_PREPOSITION = re.compile(r"\s(?:under|with|from|to|in|at|by|for|into|through|among|after|before)\s")
_DETERMINER_AT = re.compile(r"\b(?:the|a|an)\s")


def _bare_thing(phrase: str) -> str:
    """The noun phrase that ends `phrase`, from its last determiner with no preposition after it:
    "the first under the phytosanitary protocol" gives "the phytosanitary protocol"."""
    for determiner in _DETERMINER_AT.finditer(phrase):
        if not _PREPOSITION.search(phrase, determiner.start()):
            thing = phrase[determiner.start() :]
            # ("a loan from the Export-Import Bank of China that the Intendencia signed": a lender named is
            # where the thing came from; the thing signed is the loan)
            lent = _THING_FROM.search(phrase, 0, determiner.start()) if _NAMED_BODY.match(thing) else None
            return phrase[lent.start() :] if lent is not None else thing
    return phrase


_NAMED_BODY = re.compile(r"the\s+(?:[A-Z][\w’'-]*\s+)+(?:of\s+)?[A-Z]")
_THING_FROM = re.compile(r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*\s+(?:from|of|by)\s+$")


# ", with first production of copper concentrate in 2029": a later step of the happening the clause
# dates, named by its noun and dated in a phrase of its own.
_STEP = (
    r"(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:production|operations?|output|completion|"
    r"commissioning|delivery|deliveries|exports?|shipments?|opening|launch|start-up|first\s+[\w-]+)\b[^,;]{0,60}?"
)
_WITH_A_STEP = re.compile(
    rf",\s+with\s+(?P<thing>{_STEP})\s+"
    # (", with commercial operation targeted for the second half of 2028")
    r"(?=(?:(?:targeted|planned|scheduled|set)\s+for|in|by|from|on|at|during)\s+(?:the\s+|early\s+|late\s+|mid-)?$)"
)
# Such a step as a row of its own (see `with_a_step_rows`): a happening, though it has no verb.
STEP_ROW = re.compile(
    rf"(?!.*\b(?:is|are|was|were|will|be|been|has|have|had|expected|due)\b)(?i:{_STEP})\s+"
    r"(?:(?:targeted|planned|scheduled|set)\s+for\s+|(?:in|by|from|on|at|during)\s+)[^,;]{3,40}[.!?]"
)


def with_a_step_rows(clause: str, dates: Sequence[tuple[int, int]]) -> list[tuple[str, list[int]]] | None:
    """Two rows for a clause whose second date is a later step's, told in a closing with-phrase:
    "Construction is expected to begin in the first half of 2027, with first production of copper
    concentrate in 2029." gives "Construction is expected to begin in the first half of 2027." and
    "First production of copper concentrate in 2029."  None for any other clause."""
    if len(dates) != 2:
        return None
    step = _WITH_A_STEP.search(clause, dates[0][1], dates[1][0])
    if step is None or step.end() > dates[1][0] or any(w in _VERB_WORDS for w in step.group("thing").split()):
        return None
    final = clause.rstrip()[-1:] if clause.rstrip()[-1:] in ".!?" else "."
    thing = step.group("thing")
    later = thing[0].upper() + thing[1:] + " " + clause[step.end() :].rstrip()
    return [(clause[: step.start()] + final, [0]), (later if later[-1:] in ".!?" else later + final, [1])]


_VERB_WORDS = frozenset("is are was were will be been has have had would could".split())
