"""Cut a sentence into the independent clauses it coordinates, for one-line event descriptions.

"In 2007, A opened an embassy in Doha, and in 2008 B opened one in Astana." is two clauses;
"Trade in meat, fish, honey, and caviar grew in 2023." is one.  The rules (see
`clause_spans`) err towards not cutting: a wrong cut loses meaning, a missed one only
repeats a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence


# Where a sentence may coordinate two independent clauses: "; " and a comma before "and",
# "but", "while", "whereas", "whilst" or "although".  The cut takes the conjunction with it.
_CONJUNCTIONS = r"(?:and|but|while|whereas|whilst|although)\s+"
# Without a comma, "and" cuts only before a determiner or "it"/"they" and after a clause with a verb: "Construction
# will begin in October and the plant is to be connected to the grid in 2028.", "The Parliament ratified the
# treaty in February 2009 and it entered into force on 2 March 2009."
# Nor "and that", which opens a second complement: "agreed that Sonko will visit Ottawa in 2027 and that
# the third session will be held in 2028".
_CUT = re.compile(
    rf";\s+(?:{_CONJUNCTIONS})?|,\s+{_CONJUNCTIONS}|\s+and\s+(?=(?:that\s+)?(?:the|a|an|its|their|this|these|it|they)\s)|"
    # a colon before a clause of its own: "The crises of 2002–2011 slowed cooperation: Canada imposed sanctions ..."
    r":\s+(?=(?-i:[A-Z][a-z]))",
    re.IGNORECASE,
)
_TITLE_GOES_ON = re.compile(r"\w+\s+[A-Z][a-z]")  # "(and) the Prevention ...": a title's next capitalised word
# A document's title, which may coordinate its subjects ("Agreement for the Avoidance of Double
# Taxation and the Prevention of Fiscal Evasion"); two bodies' names ("the Centre ... and the Hospital") may not.
_DOCUMENT_TITLE = re.compile(
    r"\b(?:Agreement|Convention|Treaty|Protocol|Memorandum|Accord|Charter)\s+(?:for|on|of|between|concerning)\s"
)
# Words before a colon that open a list of what the clause did: "the following documents were signed:",
# "They are:", "as follows:", "including:".
_LIST_OPENS = re.compile(
    r"(?:\bfollowing\b[^:;]*|\b(?:is|are|was|were|include[sd]?|including|comprised?|namely|as\s+follows|"
    r"(?:signed|exchanged|adopted|concluded|initialled)|documents|agreements|instruments))\s*$",
    re.IGNORECASE,
)
# ("between Luxembourg and ...", "between the Government of the Republic of Sierra Leone and ...")
_BETWEEN = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+$"
    r"|\bbetween\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,6}$"
)
_GROUPING = re.compile(r"[()\[\]\"“”«»]")  # parentheses, brackets and double quotes hold no cut
CLAUSE_MIN_WORDS = 4
# Finite verbs that mark the words after a cut as a clause ("the Emir visited ...", "trade
# grew ...") rather than a list's last item or a phrase ("and gas-related products").
# Lower-case words ending in "-ed" count too.
_FINITE_VERBS = frozenset(
    """
    is are was were be been has have had do does did will would shall should can could may might must
    am isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't cannot couldn't
    became began brought built came chose drew fell found gave got grew held kept knew laid led left
    lost made met paid put ran rose said sat saw sent set sold spent spoke stood struck took told
    thought went won wrote arose bought broke caught fled flew forbade fought froze hung overtook shook shot stole
    swore undertook withdrew
    says remains continues includes becomes seeks aims holds makes takes comes goes sees gives expects
    intends wants lent
    expect intend remain continue seek want
    """.split()
)
_FINAL_PUNCTUATION = ".!?…"
_CLOSERS = "\"'»”’)]"


# A clause that tells only that another did the same: "and the National Assembly of Armenia followed in July".
_FOLLOWED_SUIT = re.compile(
    r"\s*(?!an?\s|another\s)(?:[\w'’-]+\s+){1,8}?(?:followed(?:\s+suit)?|did\s+(?:so|the\s+same))"
    r"(?:\s+(?:in|on|at|a|the|two|three|four|five|six|[a-z]+\s+(?:later|after))\b[^,;]{0,40})?\s*[.!?]?\s*$"
)


def clause_spans(text: str, start: int, end: int, dates: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """(start, end, description) of each clause of the sentence text[start:end], in order.

    A sentence is cut only where it coordinates independent clauses: at "; " or at ", and",
    ", but", ", while", ", whereas", ", whilst", outside parentheses, brackets and double
    quotes, not inside a date expression (`dates`: sorted, non-overlapping (start, end)
    offsets), and only when the words before the cut are at least CLAUSE_MIN_WORDS long and
    do not end a list ("meat, fish, honey, and ..."), and the words after it are at least
    CLAUSE_MIN_WORDS long with a finite verb that is not their first word (not a list of
    dates, a noun phrase or a second verb of the first clause's subject).  Each description is the clause
    verbatim, without the conjunction, its first letter capitalised, ending with the
    sentence's final punctuation.  A sentence without such a cut is one clause, its own text.
    """
    if _CUT.search(text, start, end) is None:
        return [(start, end, text[start:end])]
    cuts = []
    for match in _CUT.finditer(text, start, end):
        a, b = match.span()
        if (
            text[a] not in ",;:"
            and _TITLE_GOES_ON.match(text, b)
            and _DOCUMENT_TITLE.search(text, max(start, a - 80), a)
        ):
            continue  # "the Agreement for the Avoidance of Double Taxation and the Prevention of Fiscal Evasion"
        if text[a] not in ",;:" and _BETWEEN.search(text, max(start, a - 60), a):
            continue  # "fly once a week between Luxembourg and the island of Sal": two ends, no clause
        if text[a] == ":" and _LIST_OPENS.search(text, start, a):
            continue  # "the following instruments were exchanged: Agreement on ...": a list, no clause
        after = bisect_left(dates, (b,))  # dates[:after] open before the cut ends
        if not after or dates[after - 1][1] <= a:
            cuts.append((a, b))
    if cuts and _GROUPING.search(text, start, end):
        outside, depth, quoted, marks = [], 0, False, _GROUPING.finditer(text, start, end)
        mark = next(marks, None)
        for cut in cuts:
            while mark is not None and mark.start() < cut[0]:
                char = mark.group()
                if char in "([":
                    depth += 1
                elif char in ")]":
                    depth = max(depth - 1, 0)
                else:
                    quoted = not quoted if char == '"' else char in "“«"
                mark = next(marks, None)
            if not depth and not quoted:
                outside.append(cut)
        cuts = outside
    if not cuts:
        return [(start, end, text[start:end])]
    # Right to left: keep a cut when what follows it (up to the next kept cut) is a clause ...
    kept: list[tuple[int, int]] = []
    right = end
    for number in range(len(cuts) - 1, -1, -1):
        cut = cuts[number]
        # "..., while the Tajik section and the converter station were completed": a bare "and"
        # after words without a verb since the cut before joins two subjects, not two clauses.
        since = cuts[number - 1][1] if number else start
        if text[cut[0]] not in ",;:" and not _has_verb(text[since : cut[0]], opening=True):
            continue
        if text[cut[0]] not in ",;:" and _subject_of_a_relative(text[since : cut[0]]):
            continue  # "the protocol that the Agency and the Ministry signed in June": two subjects of "that"
        if text[cut[0]] not in ",;:" and _OPENING_ADJUNCT.match(text, start) and "," not in text[start : cut[0]]:
            # "After the sanctions imposed on Managua by the United States and the European Union in 2018 and 2021,
            # Russia became ...": an "and" inside the phrase that opens the sentence joins no clauses
            continue
        if _FOLLOWED_SUIT.match(text, cut[1], right):
            continue  # "ratified it in March, and the National Assembly followed in July": one deed, two dates
        if _is_clause(text[cut[1] : right]):
            kept.append(cut)
            right = cut[0]
    kept.reverse()
    # ... then left to right, drop a cut when what precedes it is too short or ends a list.
    cuts, left = [], start
    for cut in kept:
        bare = text[cut[0]] not in ",;:"
        # No list ends in ", while" or ", but": only "and" needs the list test.
        contrast = _CONTRAST.search(text, cut[0], cut[1]) is not None
        # A list never ends in "; ": only its length decides.
        semicolon = text[cut[0]] in ";:"
        if ((contrast or semicolon) and _long_enough(text[left : cut[0]])) or (
            _opens_clause(text[left : cut[0]]) and (not bare or _has_verb(text[left : cut[0]], opening=True))
        ):
            cuts.append(cut)
            left = cut[1]
    if not cuts:
        return [(start, end, text[start:end])]
    final = _final_punctuation(text[start:end])
    clauses = []
    bounds = [(start, cuts[0][0])] + [(a[1], b[0]) for a, b in zip(cuts, cuts[1:])] + [(cuts[-1][1], end)]
    for number, (a, b) in enumerate(bounds):
        piece = text[a:b].strip()
        # "They agreed that X will ..., and that Y will ...": the second is also what they agreed.
        said = _SAID_THAT.search(text, start, bounds[0][1]) if number and piece.startswith("that ") else None
        if said is not None:
            piece = text[start : said.end()].lstrip() + piece[len("that ") :]
        elif number and (
            _points_back(text, bounds[number - 1][0], cuts[number - 1], dates)
            # "The agreement must be ratified by both parliaments, and the ministries expect it to enter
            # into force in 2027": what "it" is, the clause before says, which tells no date of its own
            or (
                _OBJECT_PRONOUN.match(text, cuts[number - 1][1])
                and not any(bounds[number - 1][0] <= d < bounds[number - 1][1] for d, _ in dates)
                and _A_YEAR.search(text, bounds[number - 1][0], bounds[number - 1][1]) is None
            )
        ):
            # "...; it was relocated to Takoradi in 2020": told with the clause that says what "it" is.
            piece = text[bounds[number - 1][0] : b].strip()
        if number and piece[:1].islower():
            piece = piece[0].upper() + piece[1:]
        if number < len(bounds) - 1:
            piece = piece.rstrip(",;:") + final
        clauses.append((a, b, piece))
    return clauses


_OPENING_ADJUNCT = re.compile(
    r"\s*(?:After|Before|Following|Since|Despite|Under|Amid|During|Without|Because\s+of|Due\s+to|In\s+response\s+to)\s"
)
_PRONOUN = re.compile(r"(?:it|they|he|she|this|these)\s", re.IGNORECASE)
_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# "..., and the two ministries expect it to enter into force in 2027": its object is the thing before.
_OBJECT_PRONOUN = re.compile(r"(?:the\s+)?(?:[\w'’-]+\s+){1,3}?[a-z]+\s+(?:it|them)\b")
# "the visit" after "an invitation to visit": a common noun again, without a complement that would
# tell another one of its kind ("the Embassy of Uzbekistan" after "the Embassy of Korea").
_DEFINITE = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?!(?:the|this|that|these|those)\b)([a-z]{3,})\b(?!\s+of\b)"
)


def _points_back(text: str, start: int, cut: tuple[int, int], dates: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether the clause after `cut` is about what the words before it name: "...; it was
    relocated in 2020", "... accepted an invitation to visit Manila, and the visit is expected in
    2027".  A thing named again in full after a clause with a date of its own reads alone: "In October
    2024 the Government suspended visa-free entry ...; the visa-free regime was restored in March 2025"
    (the clause before is a row of its own)."""
    if _PRONOUN.match(text, cut[1]) or _ELLIPTIC_ORDINAL.match(text, cut[1]):
        return True
    definite = _DEFINITE.match(text, cut[1])
    if definite is None or re.search(rf"\b{definite.group(1)}", text[start : cut[0]], re.IGNORECASE) is None:
        return False
    return not (text[cut[0]] == ";" and any(start <= d < cut[0] for d, _ in dates))


# "Bilateral summits have been held since 2013, and the seventh took place in Luanda in 2023."
_ELLIPTIC_ORDINAL = re.compile(
    r"(?:[Tt]he|[Aa])\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|next|"
    r"latter|former|\d+(?:st|nd|rd|th))\s+(?:was|were|is|will|has|had|took|came|met|opened|followed)\b"
)
# "They agreed that ...", "told the House that ...", "A spokesperson said the minister had to remain
# ..., and that ...".
_SAID_THAT = re.compile(
    r"\b(?:[a-z]+ed|said|says|told)(?:\s+[\w’'-]+){0,3}?\s+that\s|\b(?:said|says|told\s+\w+|added|announced|stated)\s"
)


def _is_clause(piece: str) -> bool:
    """Words after a cut: long enough, with a finite verb, but not opening with one (that is a
    verb phrase sharing the first clause's subject: "..., and banned Qatari citizens"), nor only
    in a relative clause ("and the question of the retornados, the Portuguese who had left")."""
    # "... which included the dredging and [a promenade, was completed ...]": no subject stands
    # alone before a comma and its verb.
    if (comma := _COMMA_THEN_AUXILIARY.match(piece)) is not None and not _has_verb(comma.group(1), opening=False):
        return False
    if _NOT_X.match(piece):
        return False  # "... amounted to RWF 17.9 billion, and not RWF 19.4 billion as first announced": a correction
    if _OBJECT_PHRASE.match(piece):
        # "... thanked the Amir for the hospitality, and for Qatar's role in mediating the agreement signed on 8
        # August 2022": a second object of the first clause's verb (a participle after it is no verb of its own)
        return False
    if (said := _THEN_ATTRIBUTION.match(piece)) is not None and not _has_verb(said.group(1), opening=False):
        return False  # "... on regional security and [the reconstruction of Gaza, the two sides agreed on Sunday]"
    return len(piece.split(None, CLAUSE_MIN_WORDS - 1)) >= CLAUSE_MIN_WORDS and _has_verb(
        _RELATIVE_TAIL.sub("", piece), opening=False
    )


_THEN_ATTRIBUTION = re.compile(
    r"([^,;]*),\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,5}?(?:said|says|agreed|announced|reported|told\s+\w+|added|stated|noted)"
    # (then only when: "..., the two sides agreed on Sunday.", not "..., El Al have added frequencies")
    r"(?:\s+(?:on|in|at|last|this|yesterday|today|earlier|later)\b[^,;]*)?[.!?]?$"
)
_NOT_X = re.compile(r"\s*not\s+(?!only\b|just\b|least\b|yet\b)")
# (without a comma after it: "with a capacity of 1,870 megawatts, it doubled ..." opens a clause)
_OBJECT_PHRASE = re.compile(r"\s*(?:for|of|with|towards)\s[^,;]*$", re.IGNORECASE)
_COMMA_THEN_AUXILIARY = re.compile(r"([^,;]*),\s+(?:was|were|is|are|has|have|had|will|would)\s")


# To its closing comma ("the first phase, which included ..., was completed"), else to the end.
_RELATIVE_TAIL = re.compile(r"\b(?:who|whom|which)\b[^,]*(?:,|$)")


_CONTRAST = re.compile(r"\b(?:but|while|whereas|whilst|although)\b", re.IGNORECASE)


def _long_enough(piece: str) -> bool:
    return len(piece.split(None, CLAUSE_MIN_WORDS - 1)) >= CLAUSE_MIN_WORDS


def _opens_clause(piece: str) -> bool:
    """Words before a cut: long enough, and not ending a list ("..., restricted air travel, and
    ...", "..., the establishment of a power station, and ..."), whose items after the last
    comma have no finite verb or open with one."""
    if len(piece.split(None, CLAUSE_MIN_WORDS - 1)) < CLAUSE_MIN_WORDS:
        return False
    _, comma, last = piece.rpartition(",")
    # "... in 1979, 1986 and 1991, and ...": a list already closed by its own "and" ends no list.
    # "The factory, built with Czech equipment, began production, and ...": an irregular past after
    # an appositive is the clause's own verb, not a list's item.
    return (
        not comma
        or _has_verb(last, opening=False)
        or _CLOSED_LIST.search(last) is not None
        or last.split(None, 1)[0] in _FINITE_VERBS
        or _ADJUNCT.match(last) is not None
        # "The rapporteur, Deputy Fam, recalled that Canada had notified ...": a verb of saying
        # after an appositive opens its complement, no list item does
        or _SAYS_THAT.match(last) is not None
        # "Kuwait opened an embassy in Malé in January 2025, its first resident mission in the country,
        # and ...": an apposition in the possessive says what the clause's thing is, no list item does
        or (
            _POSSESSIVE_APPOSITION.match(last) is not None
            and _has_verb(piece[: len(piece) - len(last) - 1], opening=True)
        )
    )


_POSSESSIVE_APPOSITION = re.compile(r"\s*(?:its|his|her|their)\s")


_SAYS_THAT = re.compile(r"\s*(?:[a-z]+ed|said|told|wrote|knew|thought)\s+that\s")


# "... visited Seoul in 1988, 1996 and 2006, each time to seek support, and ...": a phrase that says
# how or how often the clause's deed was done, not a list's last item.
_ADJUNCT = re.compile(
    r"\s*(?:each|every|both)\s+(?:time|times|year|visit|occasion)\b|\s*(?:in\s+each\s+case|mostly|mainly|usually|"
    r"always|often|largely|chiefly|partly)\b"
    # "... financed the water supply of Khujand, the second largest city, with CHF 19 million, and ...":
    # how much
    r"|\s*with\s+(?:an?\s+)?(?:[A-Z]{3}|US\$|\$|€|£|¥)\s?\d"
    # "Italy was the first Western country to reopen its embassy in Tripoli, in January 2017, and ...": when
    r"|\s*(?:in|on|by|during)\s+(?:(?:early|late|mid)[\s-]+)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?"
    r"(?:19|20)\d\d\s*$"
)


# Words before an "-ed" word that make it a participle, not a verb ("the signed agreements").
_BEFORE_PARTICIPLE = frozenset("the a an its their his her our this these those that newly well".split())
_NOT_VERBS = frozenset("hundred indeed need speed seed feed breed kindred sacred naked wicked beloved united".split())
_VERB_CANDIDATE = re.compile(
    r"(?<![\w'’-])(?:"
    + "|".join(map(re.escape, sorted(_FINITE_VERBS, key=len, reverse=True)))
    + r"|[a-z]{2,}ed"
    # "while Guyana's embassy in Brasília dates from 1974" (not the noun: "the dates of the visit")
    + r"|dates\s+(?:back\s+)?(?:from|to)(?=\s+(?:\d|(?:the|its|their|a|an)\b)))(?![\w'’-])"
)
_BY = re.compile(r"\s+by\b")
_BY_SOMEONE = re.compile(r"\s+by\s+(?!\d)")  # (not "built by 2020 a new plant")
_CLOSED_LIST = re.compile(r"\s(?:and|or)\s")
# Where a piece's first word is, past quotes and an adverb ("and then fell to USD 560 million":
# a verb phrase of the first clause's subject, not a clause).
_FIRST_WORD = re.compile(
    r"[\s\"'«“‘(\[]*(?:(?:then|later|subsequently|also|again|finally|eventually|soon|afterwards|thereafter)\s+)?"
)


# "that" then a determiner or a name: "the protocol that the Agency and ...", "a memorandum that Luka
# Koper and ...", "agreed that Slovenia and ..." (a relative's subject or a reported clause's: either way
# the "and" joins two subjects, not two clauses).
_RELATIVE = re.compile(r"\b(?:that|which|whom)\s+(?=(?:the|a|an|its|their)\s|[A-Z][\w'’-])")


def _subject_of_a_relative(piece: str) -> bool:
    """Whether `piece` ends inside a relative clause's subject: "that", "which" or "whom", then a noun
    phrase with no verb of its own yet."""
    last = None
    for last in _RELATIVE.finditer(piece):
        pass
    return last is not None and not _has_verb(piece[last.end() :], opening=True)


# Listed verbs whose past participle is their past tense: before "by" they tell who did it to a thing.
_PARTICIPLES_TOO = frozenset(
    "built brought bought caught found held hung kept laid led left lent lost made paid put sent set sold spent struck "
    "told won".split()
)


def _has_verb(piece: str, *, opening: bool) -> bool:
    """Crudely, whether `piece` holds a finite verb: a listed one, or a lower-case "-ed" word
    that is not after a determiner ("the established quotas") nor before "by" ("followed
    by").  With opening=False a piece whose first word is such a verb has none."""
    first = _FIRST_WORD.match(piece).end()  # type: ignore[union-attr]
    for match in _VERB_CANDIDATE.finditer(piece):
        word = match.group()
        if word in _PARTICIPLES_TOO and _BY_SOMEONE.match(piece, match.end()):
            continue  # "A fertiliser blending plant built by Morocco's OCP Group": a participle
        if word not in _FINITE_VERBS and not word.startswith("dates"):
            if word in _NOT_VERBS or _BY.match(piece, match.end()):
                continue
            before = piece[: match.start()].rsplit(None, 1)
            previous = before[-1].strip("\"'«“‘([") if before else ""
            if previous.lower() in _BEFORE_PARTICIPLE and previous != "A":  # "A. Smailov", "A opened"
                continue
        return opening or match.start() != first
    return False


def _final_punctuation(sentence: str) -> str:
    """The sentence's closing ".", "?", "!", "…" (or run of them), looking past closing quotes."""
    body = sentence.rstrip().rstrip(_CLOSERS)
    stripped = body.rstrip(_FINAL_PUNCTUATION)
    return body[len(stripped) :]
