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
# "but", "while", "whereas" or "whilst".  The cut takes the conjunction with it.
_CONJUNCTIONS = r"(?:and|but|while|whereas|whilst)\s+"
# Without a comma, "and" cuts only before a determiner and after a clause with a verb: "Construction
# will begin in October and the plant is to be connected to the grid in 2028."
_CUT = re.compile(
    rf";\s+(?:{_CONJUNCTIONS})?|,\s+{_CONJUNCTIONS}|\s+and\s+(?=(?:the|a|an|its|their|this|these)\s)", re.IGNORECASE
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
    thought went won wrote
    says remains continues includes becomes seeks aims holds makes takes comes goes sees gives expects
    """.split()
)
_FINAL_PUNCTUATION = ".!?…"
_CLOSERS = "\"'»”’)]"


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
    for cut in reversed(cuts):
        # "...; it opened to traffic in May 2000": a clause about the one before stays with it.
        if _is_clause(text[cut[1] : right]):
            kept.append(cut)
            right = cut[0]
    kept.reverse()
    # ... then left to right, drop a cut when what precedes it is too short or ends a list.
    cuts, left = [], start
    for cut in kept:
        bare = text[cut[0]] not in ",;"
        # No list ends in ", while" or ", but": only "and" needs the list test.
        contrast = _CONTRAST.search(text, cut[0], cut[1]) is not None
        # A list never ends in "; ": only its length decides.
        semicolon = text[cut[0]] == ";"
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
        elif number and _points_back(text, bounds[number - 1][0], cuts[number - 1]):
            # "...; it was relocated to Takoradi in 2020": told with the clause that says what "it" is.
            piece = text[bounds[number - 1][0] : b].strip()
        if number and piece[:1].islower():
            piece = piece[0].upper() + piece[1:]
        if number < len(bounds) - 1:
            piece = piece.rstrip(",;:") + final
        clauses.append((a, b, piece))
    return clauses


_PRONOUN = re.compile(r"(?:it|they|he|she|this|these)\s", re.IGNORECASE)
# "the visit" after "an invitation to visit": a common noun again, without a complement that would
# tell another one of its kind ("the Embassy of Uzbekistan" after "the Embassy of Korea").
_DEFINITE = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?!(?:the|this|that|these|those)\b)([a-z]{3,})\b(?!\s+of\b)"
)


def _points_back(text: str, start: int, cut: tuple[int, int]) -> bool:
    """Whether the clause after `cut` is about what the words before it name: "...; it was
    relocated in 2020", "... accepted an invitation to visit Manila, and the visit is expected in
    2027"."""
    if _PRONOUN.match(text, cut[1]):
        return True
    definite = _DEFINITE.match(text, cut[1])
    return (
        definite is not None and re.search(rf"\b{definite.group(1)}", text[start : cut[0]], re.IGNORECASE) is not None
    )


_SAID_THAT = re.compile(r"\b[a-z]+ed\s+that\s")


def _is_clause(piece: str) -> bool:
    """Words after a cut: long enough, with a finite verb, but not opening with one (that is a
    verb phrase sharing the first clause's subject: "..., and banned Qatari citizens")."""
    return len(piece.split(None, CLAUSE_MIN_WORDS - 1)) >= CLAUSE_MIN_WORDS and _has_verb(piece, opening=False)


_CONTRAST = re.compile(r"\b(?:but|while|whereas|whilst)\b", re.IGNORECASE)


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
    return not comma or _has_verb(last, opening=False) or _CLOSED_LIST.search(last) is not None


# Words before an "-ed" word that make it a participle, not a verb ("the signed agreements").
_BEFORE_PARTICIPLE = frozenset("the a an its their his her our this these those that newly well".split())
_NOT_VERBS = frozenset("hundred indeed need speed seed feed breed kindred sacred naked wicked beloved united".split())
_VERB_CANDIDATE = re.compile(
    r"(?<![\w'’-])(?:"
    + "|".join(map(re.escape, sorted(_FINITE_VERBS, key=len, reverse=True)))
    + r"|[a-z]{2,}ed)(?![\w'’-])"
)
_BY = re.compile(r"\s+by\b")
_CLOSED_LIST = re.compile(r"\s(?:and|or)\s")
_FIRST_WORD = re.compile(r"[\s\"'«“‘(\[]*")


def _has_verb(piece: str, *, opening: bool) -> bool:
    """Crudely, whether `piece` holds a finite verb: a listed one, or a lower-case "-ed" word
    that is not after a determiner ("the established quotas") nor before "by" ("followed
    by").  With opening=False a piece whose first word is such a verb has none."""
    first = _FIRST_WORD.match(piece).end()  # type: ignore[union-attr]
    for match in _VERB_CANDIDATE.finditer(piece):
        word = match.group()
        if word not in _FINITE_VERBS:
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


# -- one clause, several deeds ----------------------------------------------------------------

# Where a clause coordinates one more dated deed: "signed in 2021 and ratified in 2023", "opened in
# 2018, raised to €1.5 billion in 2022 and to €2 billion in October 2026".
_LINK_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
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
        separator = _LINK_SEPARATOR.search(clause, gap_start, gap_end)
        if separator is None:
            links[-1][2].append(k)
            continue
        head = clause[separator.end() : gap_end].split()
        content = [w for w in head if w.lower() not in _ADVERBS]
        if all(w.lower() in _LIST_FILLER for w in head):
            links[-1][2].append(k)  # "in 1999, 2008 and 2011"
            continue
        links[-1][1] = separator.start()
        if content and (
            _is_verb(content[0]) or (content[0] in _AUXILIARIES and len(content) > 1 and _is_verb(content[1]))
        ):
            links.append([separator.end(), None, [k], ""])  # "and ratified ...", "and has met ..."
            continue
        # An ellipsis ("and to €2 billion in ..."): the last verb's words up to where this link's
        # first word stands in the link before it.
        previous = clause[links[-1][0] : links[-1][1]]
        verb = _WORD.match(previous)
        if not content or verb is None or _is_verb(verb.group()) is False:
            return None
        at = re.search(rf"(?<!\S){re.escape(content[0])}(?!\S)", previous[verb.end() :])
        if at is None or content[0] not in _PREPOSITIONS:  # "paid X in 2022 and Y in 2023": one deed
            return None
        carried = links[-1][3] or previous[: verb.end() + at.start()]
        links.append([separator.end(), None, [k], carried])
    if len(links) < 2:
        return None
    last = links[-1]
    stop = re.compile(r"[,;]").search(clause, dates[-1][1])
    last[1] = stop.start() if stop else len(clause.rstrip().rstrip(_CLOSERS).rstrip(_FINAL_PUNCTUATION))
    prefix, suffix = clause[:first_verb], clause[last[1] :]
    final = _final_punctuation(clause) or "."
    rows = []
    for number, (start, end, indexes, carried) in enumerate(links):
        deed = carried + clause[start:end].strip()
        # "was signed in 2006 and entered into force the following year": not "was entered".
        if not deed:
            return None
        first = deed.split(None, 1)[0]
        own = prefix if carried or first not in _ACTIVE_ONLY | _AUXILIARIES else _AUXILIARY_END.sub("", prefix) + " "
        if number and _BACK_REFERENCE.search(clause[start:end]):
            deed = clause[first_verb:end].strip()  # "closed its embassy in 2008 and reopened it in 2018"
        if number == len(links) - 1:
            text = own + deed + suffix
        else:
            text = own.rstrip().rstrip(",") + " " + deed.rstrip(" ,") + final
        rows.append((text.strip(), indexes))
    return rows


def _is_verb(word: str) -> bool:
    word = word.strip("\"'“‘(")
    return (
        _VERB_CANDIDATE.fullmatch(word) is not None
        and word not in _NOT_VERBS
        and word not in {"be", "been", "is", "are", "was", "were", "has", "have", "had"}
    )


def _last_verb(clause: str, start: int, end: int) -> int | None:
    """Where the last deed verb before `end` starts (not an auxiliary, not after a determiner)."""
    found = None
    for match in _VERB_CANDIDATE.finditer(clause, start, end):
        word = match.group()
        if not _is_verb(word):
            continue
        before = clause[: match.start()].rsplit(None, 1)
        if before and before[-1].lower() in _BEFORE_PARTICIPLE:
            continue
        found = match.start()
    return found


# -- what a participle or a relative clause tells of --------------------------------------------

_DETERMINER = re.compile(r"(?<![\w'’-])(?:the|a|an|its|their|this|these)\s", re.IGNORECASE)
# "the ratification of the Agreement ...": the act of which the noun after "of" is the object.
_ACT_OF = re.compile(r"(?:the|a|an|its|their)\s+[a-z]+(?:tion|ing|ment|al|sion)\s+of\s+(?=(?:the|a|an)\s)", re.I)


def antecedent(clause: str, at: int) -> str | None:
    """The noun phrase that ends just before `at` (a comma before "signed in 2024" or "which ..."),
    from its determiner, or None: "approved for ratification the Social Security Agreement
    between Angola and Portugal" gives "the Social Security Agreement between Angola and
    Portugal"; "concurred in the ratification of the Agreement on Defence" gives "the Agreement
    on Defence"."""
    start = 0
    for match in _VERB_CANDIDATE.finditer(clause, 0, at):
        if _is_verb(match.group()):
            start = match.end()
    for stop in (clause.rfind(",", start, at), clause.rfind(";", start, at)):
        start = max(start, stop + 1)
    determiner = _DETERMINER.search(clause, start, at)
    if determiner is None:
        return None
    phrase = clause[determiner.start() : at].strip()
    act = _ACT_OF.match(phrase)
    if act is not None:
        phrase = phrase[act.end() :]
    if len(phrase.split()) < 2:
        return None
    return phrase


# ", signed in Lisbon in June 2024,": a participle phrase set off by commas after a noun phrase.
_APPOSITIVE = re.compile(
    r",\s+(?:(?:first|originally|jointly|formally)\s+)?([a-z]{3,}ed|built|held|made|set\s+up)\b[^,;]*"
)


# Participles that describe a thing rather than tell a deed done to it ("estimated at €1 billion in 2018").
_STATIVE_PARTICIPLES = frozenset(
    "estimated valued priced rated ranked located based called named known considered regarded described "
    "expected scheduled planned accompanied chaired headed composed measured".split()
)


def appositive_rows(clause: str, dates: Sequence[tuple[int, int]]) -> list[tuple[str, list[int]]] | None:
    """A clause that dates a deed of its own and, in a participle phrase set off by commas, an
    earlier deed of a thing it names: a row for each, with the indexes of `dates` it holds.

    "The National Assembly on Thursday approved the Social Security Agreement, signed in Lisbon
    in June 2024, with 171 votes." gives "The National Assembly on Thursday approved the Social
    Security Agreement with 171 votes." and "The Social Security Agreement signed in Lisbon in
    June 2024."  None when no such phrase holds some of the dates and not all of them."""
    for match in _APPOSITIVE.finditer(clause):
        if not _is_verb(match.group(1).split()[0]) or match.group(1) in _STATIVE_PARTICIPLES:
            continue
        inside = [k for k, (a, b) in enumerate(dates) if match.start() < a and b <= match.end()]
        if not inside or len(inside) == len(dates):
            continue
        thing = antecedent(clause, match.start())
        if thing is None:
            return None
        rest = clause[match.end() :]
        main = clause[: match.start()] + (" " + rest[1:].lstrip() if rest.startswith(",") else rest)
        final = _final_punctuation(clause) or "."
        deed = thing[0].upper() + thing[1:] + " " + match.group()[1:].strip() + final
        outside = [k for k in range(len(dates)) if k not in inside]
        rows = [(main.strip(), outside), (deed, inside)]
        return sorted(rows, key=lambda row: row[1][0])
    return None
