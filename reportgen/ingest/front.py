"""Find a paper's front matter and read its abstract groups: by known labels first, else by their structure.

A group is an abstract in one language: author lines, a title, the abstract and a keywords line last.
Known labels ("Keywords:", "Аңдатпа") are the fast path.  A label in a language nobody listed is read
from the layout around it: a short label, a colon and a list of short phrases is a keywords line; a
short label opening the prose under a title is the abstract's label.
"""

from __future__ import annotations

import re

from reportgen.corpus import Abstract, Location
from reportgen.ingest import labels
from reportgen.ingest.lang import english_share, identify
from reportgen.ingest.markdown import Block, clean_inline, continues, join
from reportgen.ingest.sniff import HEADING

_AFTER_LABEL = r"(?![^\W\d_])"  # a whole word: 'Summary', not the start of 'Summarynet'
_COLON = "[:：៖]"  # (Khmer writes '៖')
KEYWORDS = re.compile(
    rf"^\*{{0,2}}(?:{labels.KEYWORDS_ALTERNATION}){_AFTER_LABEL}\*{{0,2}}[ \t]*(?:{_COLON}|[—–-])?[ \t]*\*{{0,2}}[ \t]*"
    rf"(?:{_COLON}|[—–-])?[ \t]*(.*)$",
    re.I,
)
ABSTRACT_LABEL = re.compile(
    rf"^\*{{0,2}}(?:{labels.ABSTRACT_ALTERNATION}){_AFTER_LABEL}\*{{0,2}}[ \t]*[.:：៖။—–-]?[ \t]*\*{{0,2}}[ \t]*", re.I
)
_NUMBERING = r"(?:(?:\d{1,2}|[IVX]{1,4})[.)]?[ \t]+)?"
_OPENS_BODY = re.compile(
    rf"^{_NUMBERING}(?:{labels.INTRODUCTION_ALTERNATION}|{labels.REFERENCES_ALTERNATION}"
    rf"|{labels.ABOUT_AUTHORS_ALTERNATION})\W*$",
    re.I,
)
# A label in any script: 1-3 words of letters (and the marks, hyphens and joiners inside words).
_WORD = r"[^\s\d:：៖,;.។။၊*#<>()\[\]\\/|@\"“”«»!?]+"
_LABEL = rf"{_WORD}(?:[ \t]{_WORD}){{0,2}}"
# 'Label: rest', '**Label:** rest', '**Label**: rest'
_LABELLED = re.compile(rf"^\*{{0,2}}(?P<label>{_LABEL})\*{{0,2}}[ \t]*{_COLON}[ \t]*\*{{0,2}}[ \t]*(?P<rest>.*)$")
# A keywords line's label may run to four words: 'Baat yu am solo: ...' (Wolof), 'Mga susing salita: ...'.
# (or a dash after it: '**သော့ချက်စကားလုံးများ -** မြန်မာ၊ ထိုင်း၊ ...' (Burmese))
_KEYWORDS_LABELLED = re.compile(
    rf"^\*{{0,2}}(?P<label>{_WORD}(?:[ \t]{_WORD}){{0,3}})\*{{0,2}}[ \t]*(?:{_COLON}|[—–-])[ \t]*\*{{0,2}}[ \t]*(?P<rest>.*)$"
)
# A label on a line of its own, over the abstract: 'Muhtasari', '**Sažetak**', 'Achoimre:'
_LABEL_LINE = re.compile(rf"^\*{{0,2}}(?P<label>{_LABEL})\*{{0,2}}[ \t]*[.:：៖။]?[ \t]*\*{{0,2}}$")
# A bold label opening the abstract's first line: '**Muhtasari.** Text' (a plain 'Label:' is matched by _LABELLED)
_BOLD_LABEL = re.compile(rf"^\*\*(?P<label>{_LABEL})[ \t]*[.:：៖။—–-]?\*\*[ \t]*[.:：៖။—–-]?[ \t]*(?=\S)")
# A one-word 'sentence' opening the abstract is its label: 'Kokkuvõte. Eesti ja Jaapan ...'
# (five letters or more: 'Dr. Smith', 'St. Petersburg' and 'Prof. Lee' open sentences)
_WORD_SENTENCE = re.compile(rf"^(?P<label>(?=[^\W\d_]{{5}}){_WORD})\.[ \t]+(?P<rest>[^\W\d_].*)$")
_BOLD_LINE = re.compile(r"^\*\*(.+?)\*\*$")
_EMAIL = re.compile(r"^\W*e-?mail\b|^\S+@\S+$", re.I)
# A subject classification code over the authors, as journals of the region print it: "IRSTI 11.25.91",
# "МРНТИ 11.25.91", "UDC 327 (574)", "УДК 327.8", "ӘОЖ 327", "JEL: F15, F50", "DOI: 10.1234/x.2026.1".
_CLASSIFICATION = re.compile(
    r"^(?:IRSTI|SCSTI|МРНТИ|ГРНТИ|UDC|UDK|УДК|ӘОЖ|ӘӨЖ|JEL(?:\s+[Cc]lassification)?|MSC|PACS|DOI)\b\s*[:.]?\s*"
    r"[\w./()\s,;:-]*\d[\w./()\s,;:-]*$",
    re.I,
)
_NAME_SEPARATOR = re.compile(r"\s*,\s*|\s+(?:and|&|и|және)\s+")
KEYWORD_SEPARATOR = re.compile(r"\s*[,;،؛、；，፣၊]\s*")  # (the Arabic comma and semicolon too; Burmese '၊')
_KEYWORD_ENDS = " .।。።։۔។။"

MAX_KEYWORD_WORDS = 8  # words in one keyword phrase: 'official development assistance' has 3, a language of
# particles more ('ny fiaraha-miasa eo amin'ny firenena roa', Malagasy); the characters still bound it (`_is_phrase`)
MAX_KEYWORDS_LENGTH = 400  # characters after the label; a paragraph is longer
MAX_ABSTRACT_BLOCKS = 6  # prose blocks of one abstract beyond the known groups; more is a body
MIN_PROSE_WORDS = 8  # a block of fewer words is a label, a name or a line of a title
MIN_WORDS_TO_TELL = 12  # words an abstract needs before its lack of English words says it is not English
MIN_ENGLISH_SHARE = 0.05  # English abstracts have ~25% function words ('the', 'of', 'and')


def groups(blocks: list[Block]) -> list[list[Block]]:
    """Split the blocks at the top of a paper into abstract groups, each ending with its keywords block.

    Every block up to the last known keywords line is front matter.  Past it, a group must show it is
    one: its abstract opens with a label, or authors with <sup> marks come first, or it follows another
    group in another language.  A second heading, an 'Introduction' or too much prose ends the search.
    """
    known = {i for i, block in enumerate(blocks) if KEYWORDS.match(block.first)}
    last_known = max(known, default=-1)
    found: list[list[Block]] = []
    current: list[Block] = []
    titled, prose = False, 0
    for i, block in enumerate(blocks):
        inside = i < last_known
        heading = HEADING.match(block.first)
        if i in known or (
            not heading
            and keywords_line(block)
            and _has_abstract(current)
            and (inside or _shows_group(current, block, found) or _opens_body(blocks[i + 1 : i + 2]))
        ):
            found.append([*current, block])
            current, titled, prose = [], False, 0
            continue
        if heading and _is_label_heading(block):
            heading = None
        elif heading and not inside and (titled or _OPENS_BODY.match(clean_inline(heading.group(2)))):
            break
        titled = titled or bool(heading)
        current.append(block)
        prose += _is_prose(block)
        if not inside and prose > MAX_ABSTRACT_BLOCKS:
            break
    return found


def keywords_line(block: Block) -> tuple[str, ...] | None:
    """The phrases of a keywords line with any short label ('Maneno muhimu: a, b, c'), or None."""
    text = " ".join(block.lines)
    if len(block.lines) > 3:
        return None
    match = _KEYWORDS_LABELLED.match(text)
    if not match or len(match.group("rest")) > MAX_KEYWORDS_LENGTH:
        return None
    phrases = _phrases(clean_inline(match.group("rest")))
    if len(phrases) < 2 or any(not _is_phrase(p) for p in phrases):
        return None
    return phrases


def _phrases(text: str) -> tuple[str, ...]:
    return tuple(k for k in (w.strip(_KEYWORD_ENDS) for w in KEYWORD_SEPARATOR.split(text)) if k)


def _is_phrase(text: str) -> bool:
    """Short, one clause, no address: a keyword, not a sentence or an e-mail."""
    return (
        len(text.split()) <= MAX_KEYWORD_WORDS
        and len(text) <= 60
        and not re.search(r"[.!?]\s|@|://|<sup>", text)
        and any(c.isalpha() for c in text)
    )


def _is_prose(block: Block) -> bool:
    return not HEADING.match(block.first) and len(" ".join(block.lines).split()) >= MIN_PROSE_WORDS


def _title_index(group: list[Block]) -> int | None:
    """The group's title: its first heading, else its first bold line that is not a short label."""
    heading = next((i for i, b in enumerate(group) if HEADING.match(b.first) and not _is_label_heading(b)), None)
    if heading is not None:
        return heading
    return next(
        (
            i
            for i, b in enumerate(group)
            if _BOLD_LINE.match(" ".join(b.lines)) and not _is_label_line(group, i) and "<sup>" not in b.first
        ),
        None,
    )


def _is_label_line(group: list[Block], i: int) -> bool:
    """A short line alone over a paragraph of prose: the abstract's label.

    A bold line of two or three words may be a short title instead; it is a label when it is a known
    one, ends with a colon, or comes after the group's heading.
    """
    block = group[i]
    match = _LABEL_LINE.match(block.first) if len(block.lines) == 1 else None
    if not match or i + 1 >= len(group) or not _is_prose(group[i + 1]):
        return False
    return bool(
        ABSTRACT_LABEL.match(block.first)
        or re.search(r"[:：]\**$", block.first)
        or len(match.group("label").split()) == 1
        or any(HEADING.match(b.first) for b in group[:i])
    )


def _is_label_heading(block: Block) -> bool:
    """A heading that only says 'Abstract' (in a known language) under the group's title."""
    heading = HEADING.match(block.first)
    if heading is None or len(block.lines) > 1:
        return False
    return bool(ABSTRACT_LABEL.fullmatch(clean_inline(heading.group(2))))


def _has_abstract(current: list[Block]) -> bool:
    """Some prose after the title (or anywhere, without a title): an abstract to close."""
    title = _title_index(current)
    return any(_is_prose(b) for b in current[(title + 1 if title is not None else 0) :])


def _opens_body(following: list[Block]) -> bool:
    """Whether the next block is a heading such as 'Introduction': the front matter ends there."""
    heading = HEADING.match(following[0].first) if following else None
    return bool(heading and _OPENS_BODY.match(clean_inline(heading.group(2))))


def _shows_group(current: list[Block], keywords: Block, found: list[list[Block]]) -> bool:
    """Evidence that blocks past the known front matter are an abstract group, not a body section."""
    title = _title_index(current)
    after = current[(title + 1 if title is not None else 0) :]
    if after and (_is_label_line(after, 0) or _opening_label(" ".join(after[0].lines))[0]):
        return True
    if title is not None and any("<sup>" in b.first for b in current[:title]):
        return True
    if found:  # a translation of the groups before it
        language = read([*current, keywords], "", frozenset()).language
        return all(read(group, "", frozenset()).language != language for group in found)
    return False


def _opening_label(line: str) -> tuple[str, str]:
    """Split a known or short bold label ('**Muhtasari:**') from the abstract's first line: (label, rest)."""
    known = ABSTRACT_LABEL.match(line)
    if known:
        return line[: known.end()], line[known.end() :]
    bold = _BOLD_LABEL.match(line)
    if bold and len(line[bold.end() :].split()) >= MIN_PROSE_WORDS:
        return bold.group("label"), line[bold.end() :]
    plain = _LABELLED.match(line) or _WORD_SENTENCE.match(line)
    if plain and not line.startswith("*") and len(plain.group("rest").split()) >= MIN_PROSE_WORDS:
        return plain.group("label"), plain.group("rest")
    return "", line


def read(group: list[Block], path: str, known: frozenset[str]) -> Abstract:
    """Read one group: author lines, then a heading (the title), the abstract, and keywords last."""
    body, keywords_block = group[:-1], group[-1]
    heading = _title_index(body)
    authors: list[str] = []
    affiliations: list[str] = []
    title, text, label = "", "", ""
    for i, block in enumerate(body):
        line = " ".join(block.lines)
        if i == heading:
            match = HEADING.match(block.first)
            title = clean_inline(match.group(2) if match else line)
        elif (
            heading is not None
            and i < heading
            or "<sup>" in line
            and (heading is None or not (text or label))
            # (under the title, before the abstract: "# Title", then the authors with their marks, their
            # affiliations and an address, then "**Abstract:** ...")
            or heading is not None
            and i > heading
            and not (text or label)
            and (authors or affiliations)
            and (_EMAIL.search(clean_inline(line)) or "<sup>" in block.first)
        ):
            if _EMAIL.search(clean_inline(line)) or _CLASSIFICATION.match(clean_inline(line)):
                continue  # (an address or a classification code, not the authors)
            if line.lstrip().startswith("<sup>") or authors:
                affiliations.append(clean_inline(line))
            else:
                authors = [name for name in _NAME_SEPARATOR.split(clean_inline(line)) if name]
        elif not text and not label and (_is_label_line(body, i) or _is_label_heading(block)):
            label = clean_inline(line).lstrip("# ").strip(" :.：")
        elif not text:
            opening, rest = _opening_label(line)
            label = label or clean_inline(opening).strip(" :.：—–-")
            text = clean_inline(rest)
        elif piece := clean_inline(line):
            if continues(text, piece):
                text = join(text, piece, known)
            else:
                text += "\n\n" + piece
    keywords_text = " ".join(keywords_block.lines)
    known_keywords = KEYWORDS.match(keywords_text)
    if known_keywords:
        keywords = _phrases(clean_inline(known_keywords.group(1)))
        keywords_label = keywords_text[: known_keywords.start(1)]
    else:
        keywords = keywords_line(keywords_block) or ()
        labelled = _LABELLED.match(keywords_text)
        keywords_label = labelled.group("label") if labelled else ""
    start = body[heading].line if heading is not None else group[0].line
    return Abstract(
        language=_language(f"{title} {text}", label, keywords_label),
        title=title,
        text=text,
        keywords=keywords,
        location=Location(path, start),
        authors=tuple(authors),
        affiliations=tuple(affiliations),
    )


def _language(text: str, abstract_label: str, keywords_label: str) -> str:
    """The text's language; where the text alone reads as English, a label that names one language wins.

    An abstract that reads as English by default only (a language nobody listed) is 'und', so it is
    never taken for the paper's English abstract.
    """
    language = identify(text)
    if language in ("en", "und"):
        named = labels.language_of(labels.ABSTRACT, abstract_label) or labels.language_of(
            labels.KEYWORDS, keywords_label
        )
        if named:
            return named
        if len(text.split()) >= MIN_WORDS_TO_TELL and english_share(text) < MIN_ENGLISH_SHARE:
            return "und"
    return language
