"""Read a Markdown research paper: abstracts per language, sections, tables, references, history."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from reportgen.corpus import Abstract, Diagnostic, Document, Location, Paragraph, Reference, Section, Table
from reportgen.ingest import backmatter, front, history_forms, labels, tables
from reportgen.ingest.ids import content_id
from reportgen.ingest.lang import identify
from reportgen.ingest.markdown import (
    Block,
    bullet_text,
    clean_inline,
    continues,
    first_url,
    vocabulary,
    join,
    split_blocks,
)
from reportgen.ingest.news import derive_title
from reportgen.ingest.sniff import HEADING
from reportgen.text import undouble

_REFERENCES = re.compile(rf"^(?:{labels.REFERENCES_ALTERNATION})\W*$", re.I)
_AUTHOR_INFO = re.compile(labels.ABOUT_AUTHORS_ALTERNATION, re.I)
_BOLD_LINE = re.compile(r"^\*\*(.+?)\*\*$")
MAX_LABEL_WORDS = 6
_YEAR = re.compile(r"\((\d{4})[a-z]?[,)]|\b(1[89]\d\d|20\d\d)\b")
# Submission history lines at the end of a paper: 'Previously sent April 8, 2025.'
# ("Manuscript received 2 April 2026", "Revised version received 2 May 2026")
_HISTORY = re.compile(
    r"^(?:(?:manuscript|paper|article|final\s+version)\s+)?"
    r"(previously sent|sent|submitted|received|re-?registered|revised(?:\s+version\s+received)?|re-?submitted|"
    r"accepted(?: for publication)?|published(?: online)?|available online|"
    r"returned(?: to the authors?)? for revisions?)"
    # ("Received by the editors on ...", "Accepted after peer review 2 August 2026")
    r"(?: by the (?:editors?|editorial office|journal))?(?: (?:after|following) (?:peer )?review)?"
    r"(?: on)?[ \t:]+(.+?)\.?$",
    re.I,
)
_HISTORY_KEYS = {
    "previously": "submitted",
    "sent": "submitted",
    "submitted": "submitted",
    "received": "submitted",
    "re-registered": "revised",
    "reregistered": "revised",
    "revised": "revised",
    "re-submitted": "revised",
    "resubmitted": "revised",
    "accepted": "accepted",
    "published": "published",
    "available": "published",
    "returned": "revised",
}
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        1,
    )
    for name in names
}
# The date forms a history entry takes ('April 8, 2025', '8 April 2025', '14-Jan-2026', '2025-04-08',
# '08.04.2025', '12/04/2026').
_DATE_FORMS = (
    # (an ordinal day too: "June 12th, 2026", "the 12th of June 2026", "12th June 2026")
    r"([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})",
    r"(?:[Tt]he\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[ -]([A-Za-z]+)\.?[ -](\d{4})",
    r"(\d{4})-(\d{2})-(\d{2})",
    r"(\d{1,2})\.(\d{1,2})\.(\d{4})",
    r"(\d{1,2})/(\d{1,2})/(\d{4})",
    # ("on the twenty-ninth day of June 2026", "the 2nd day of March, 2026": a deed's or a minute's wording)
    r"(?:[Tt]he\s+)?([A-Za-z]+(?:-[a-z]+)?|\d{1,2}(?:st|nd|rd|th))\s+day\s+of\s+([A-Za-z]+),?\s+(\d{4})",
    # ("28.VII.2026": the month in Roman numerals)
    r"(\d{1,2})\.\s?([IVX]{1,4})\.\s?(\d{4})",
    # ("2026 March 4": the year first, then the month's name)
    r"(\d{4}),? ([A-Za-z]+)\.? (\d{1,2})",
    # ("4 Mar '26": the year's last two digits after an apostrophe, this century's)
    r"(\d{1,2})[ -]([A-Za-z]+)\.?[ -]['’](\d{2})",
)
_MONTH_DAY_YEAR, _DAY_MONTH_YEAR, _ISO, _DOTTED, _SLASHED, _DAY_OF, _ROMAN, _YEAR_MONTH_DAY, _SHORT_YEAR = (
    re.compile(f"^{form}$") for form in _DATE_FORMS
)
_ROMAN_MONTHS = {numeral: n for n, numeral in enumerate("I II III IV V VI VII VIII IX X XI XII".split(), 1)}
# A weekday before a history's date says nothing more: "first submitted on Monday, 19 January 2026".
_WEEKDAY_BEFORE_DATE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?=\d)")
# A step labelled in two languages, the journal's own after a slash: "Received / Primljeno: 3 March 2026",
# "Accepted / Accepté : 2 May 2026" (the English label is read, the other dropped).
_SECOND_LANGUAGE_LABEL = re.compile(
    r"\b([A-Z][a-z]+(?:\s+[a-z]+){0,3})\s+/\s+[^\W\d_][^\W\d_'’-]*(?:\s+[^\W\d_]+){0,3}\s*:"
)
_ORDINAL_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
_ORDINAL_DAYS = {
    **{word: n for n, word in enumerate(_ORDINAL_UNITS, 1)},
    **{
        word: n
        for n, word in enumerate(
            "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth "
            "seventeenth eighteenth nineteenth twentieth".split(),
            10,
        )
    },
    **{f"twenty-{word}": 20 + n for n, word in enumerate(_ORDINAL_UNITS, 1)},
    "thirtieth": 30,
    "thirty-first": 31,
}
# A slashed date's order, as a history's label states it ("Key dates (day/month/year):", "(mm/dd/yyyy)").
_MONTH_FIRST_NOTE = re.compile(r"\((?:month|mm?)\s*/\s*(?:day|dd?)\s*/\s*(?:year|yy(?:yy)?)\)", re.I)
_DAY_FIRST_NOTE = re.compile(r"\((?:day|dd?)\s*/\s*(?:month|mm?)\s*/\s*(?:year|yy(?:yy)?)\)", re.I)
_SLASHED_ANYWHERE = re.compile(r"\b(\d{1,2})/(\d{1,2})/\d{4}\b")


def _day_first(lines: Sequence[str]) -> bool:
    """Whether a history's slashed dates put the day first: as its label says, else as a date whose
    first or second number is over 12 shows, else day first (the order of most of the world)."""
    text = " ".join(lines)
    if _MONTH_FIRST_NOTE.search(text):
        return False
    if _DAY_FIRST_NOTE.search(text):
        return True
    pairs = [(int(a), int(b)) for a, b in _SLASHED_ANYWHERE.findall(text)]
    return not any(b > 12 >= a for a, b in pairs) or any(a > 12 for a, _ in pairs)


def _keywords_apart(blocks: list[Block]) -> list[Block]:
    """The blocks with a keywords line written straight under its abstract ("**Abstract:** ..." then
    "**Keywords:** ..." with no blank line between) as a block of its own, as the front matter reads it."""
    out: list[Block] = []
    for block in blocks:
        cuts = [i for i, line in enumerate(block.lines) if i and front.KEYWORDS.match(line)]
        if not cuts:
            out.append(block)
            continue
        for start, end in zip([0, *cuts], [*cuts, len(block.lines)]):
            out.append(Block(block.line + start, block.lines[start:end]))
    return out


def read_paper(lines: list[str], *, doc_id: str, path: str) -> tuple[Document, list[Diagnostic]]:
    """Read a Markdown paper; abstracts and references never become body sections."""
    diagnostics: list[Diagnostic] = []
    blocks = _keywords_apart(split_blocks(lines))
    known = vocabulary("\n".join(lines))
    groups = front.groups(blocks)
    front_end = sum(len(group) for group in groups)
    abstracts = [front.read(group, path, known) for group in groups]
    body = _Body(doc_id, path, known, diagnostics, title_heading=not abstracts)
    for block in blocks[front_end:]:
        body.add(block)
    sections = body.finish()
    main = next((a for a in abstracts if a.language == "en"), abstracts[0] if abstracts else None)
    if not any(s.title for s in sections) and not abstracts and not body.title:
        diagnostics.append(
            Diagnostic(
                "warning",
                Location(path, 1),
                ("no Markdown headings; read as one untitled section — add '## ' headings to divide it"),
            )
        )
    metadata = tuple(body.metadata)
    history = dict(metadata)
    # A paper is dated by its publication, else its acceptance: the last date its text changed.
    published = history.get("published") or history.get("accepted")
    diagnostics.extend(_unread_history_dates(lines, path, dated=bool(published)))
    sample = " ".join(s.text[:300] for s in sections[:3]) or (main.text if main else "")
    doc = Document(
        id=doc_id,
        path=path,
        kind="paper",
        title=_title(main, body.title, sections),
        published=dt.date.fromisoformat(published) if published else None,
        items=tuple(sections),
        location=Location(path, 1),
        format="paper",
        authors=main.authors if main else (),
        affiliations=main.affiliations if main else (),
        abstracts=tuple(abstracts),
        keywords=main.keywords if main else (),
        tables=tuple(body.tables),
        references=tuple(body.references),
        author_info=tuple(body.author_info),
        metadata=metadata,
        language=identify(sample) if sample.strip() else (main.language if main else "en"),
    )
    return doc, diagnostics


def _title(main: Abstract | None, heading: str, sections: list[Section]) -> str:
    """Choose the English abstract's title, else a '# Title', the first section's, or a derived one."""
    if main and main.title:
        return main.title
    if heading:
        return heading
    if sections and sections[0].title:
        return sections[0].title
    if sections and sections[0].paragraphs:
        return derive_title(sections[0].paragraphs[0].text)
    return ""


class _Body:
    """Collect a paper's body block by block: sections, tables, references, author notes."""

    def __init__(
        self,
        doc_id: str,
        path: str,
        known: frozenset[str],
        diagnostics: list[Diagnostic],
        *,
        title_heading: bool = False,
    ):
        self.doc_id, self.path, self.known, self.diagnostics = doc_id, path, known, diagnostics
        self.title_heading = title_heading  # may a leading '# Title' name the paper?
        self.title = ""
        self.sections: list[dict] = []
        self.tables: list[Table] = []
        self.references: list[Reference] = []
        self.reference_texts: list[list] = []  # [raw text, line]
        self.author_info: list[Paragraph] = []
        self.metadata: list[tuple[str, str]] = []
        self.mode = "body"  # or 'references', 'authors'
        self.joinable = False  # may the next text continue the last paragraph?
        self.caption: tuple[int, str, int] | None = None  # a table caption awaiting its rows
        self.table: dict | None = None  # a table awaiting a possible note line

    def add(self, block: Block) -> None:
        """Route one block to the part of the paper it belongs to."""
        # A table's source note or the next table's caption written straight under a table's
        # rows, with no blank line between, starts a block of its own.
        if self.mode == "body" and len(block.lines) > 1:
            cut = _table_cut(block.lines)
            if cut is not None:
                self.add(Block(block.line, block.lines[:cut]))
                self.add(Block(block.line + cut, block.lines[cut:]))
                return
        line = " ".join(block.lines)
        if self.table is not None:
            if tables.NOTE.match(block.first):
                self.table["note"] = tables.clean_note(line)
                self._flush_table()
                return
            self._flush_table()
        if self.caption is not None:
            self._rows(block.lines, block.line)
            return
        entries = _history(block.lines) or _steps_told(block.lines, after_references=self.mode != "body")
        if entries:
            self.metadata.extend(entries)
            return
        heading = HEADING.match(block.first)
        if heading:
            self._heading(len(heading.group(1)), clean_inline(heading.group(2)), block)
            return
        bold = _BOLD_LINE.match(line)
        if (
            bold
            and _HISTORY_HEADING.match(bold.group(1))
            and (self.mode != "body" or _PAPER_NOUN.search(bold.group(1)))
        ):
            return  # "**Dates in the life of this manuscript**": the history's label, its lines come next
        # Notes about the authors open with a label; after the references, any short bold label does.
        if bold and (_AUTHOR_INFO.search(bold.group(1)) or self.mode == "references" and _is_label(bold.group(1))):
            self.mode = "authors"
            return
        if self.mode == "authors":
            if not (bold and bold.group(1).rstrip("*").endswith(":")):  # skip per-language labels
                self.author_info.append(
                    Paragraph(
                        f"{self.doc_id}#info.p{len(self.author_info) + 1}", clean_inline(line), self._at(block.line)
                    )
                )
        elif self.mode == "references":
            self._reference_block(block)
        elif (caption := tables.match_caption(block.first)) and (
            len(block.lines) == 1 or tables.is_rows(block.lines[1:])
        ):
            self.caption = (*caption, block.line)
            if len(block.lines) > 1:
                self._rows(block.lines[1:], block.line + 1)
        elif tables.is_rows(block.lines) and len(block.lines) > 1:
            number = max((t.number for t in self.tables), default=0) + 1
            self.diagnostics.append(
                Diagnostic(
                    "warning",
                    self._at(block.line),
                    (f"tab-separated rows without a '**Table N** – caption' line; read as table {number}"),
                )
            )
            self.caption = (number, "", block.line)
            self._rows(block.lines, block.line)
        else:
            self._text_block(block)

    def finish(self) -> list[Section]:
        """Close pending parts and freeze the sections."""
        if self.caption is not None:
            number, _, line = self.caption
            self._missing_rows(number, line)
        if self.table is not None:
            self._flush_table()
        self._back_matter()
        for raw, line in sorted(self.reference_texts, key=lambda entry: entry[1]):
            year = _YEAR.search(raw)
            self.references.append(
                Reference(
                    id=f"{self.doc_id}#r{len(self.references) + 1}",
                    text=clean_inline(raw),
                    location=self._at(line),
                    url=first_url(raw),
                    year=int(year.group(1) or year.group(2)) if year else None,
                )
            )
        sections = []
        used: set[str] = set()
        ids = {}  # position-based id used while reading (tables) -> content id
        for n, s in enumerate(self.sections, 1):
            if s.get("back"):
                continue
            text = "\n\n".join(p[1] for p in s["paragraphs"])
            section_id = ids[f"{self.doc_id}#s{n}"] = content_id(self.doc_id, "s", s["title"], None, text, used)
            # (a manuscript's copying slip, a run of words written twice on end, is kept once: long papers
            # are where drafts are pasted together; news wires are not, and 10,000 stories would pay for it)
            paragraphs = tuple(
                Paragraph(f"{section_id}.p{k}", undouble(text), self._at(line), kind, undouble(markup))
                for k, (kind, text, line, markup) in enumerate(s["paragraphs"], 1)
            )
            sample = s["title"] + " " + (paragraphs[0].text if paragraphs else "")
            sections.append(
                Section(
                    id=section_id,
                    doc_id=self.doc_id,
                    title=s["title"],
                    level=s["level"],
                    paragraphs=paragraphs,
                    location=self._at(s["line"]),
                    language=identify(sample),
                )
            )
        self.tables = [replace(t, section_id=ids.get(t.section_id or "", t.section_id)) for t in self.tables]
        return sections

    def _back_matter(self) -> None:
        """Move sections shaped like a reference list or notes about the authors out of the body.

        Their headings are in a language the labels do not know ('Marejeo'); a bold label inside a
        reference list ('**Kuhusu waandishi:**') opens the notes about the authors, as it does under a
        known heading.
        """
        for s in self.sections[1:]:
            paragraphs = s["paragraphs"]
            cut = next((k for k, p in enumerate(paragraphs) if _BOLD_LINE.match(p[3])), len(paragraphs))
            if backmatter.is_bibliography([p[3] for p in paragraphs[:cut]]):
                self.reference_texts.extend([p[3], p[2]] for p in paragraphs[:cut])
                rest = paragraphs[cut + 1 :]
            elif backmatter.is_author_notes([p[1] for p in paragraphs]):
                rest = paragraphs
            else:
                continue
            if rest and backmatter.is_author_notes([p[1] for p in rest]):
                for p in rest:
                    number = len(self.author_info) + 1
                    self.author_info.append(Paragraph(f"{self.doc_id}#info.p{number}", p[1], self._at(p[2])))
                rest = []
            s["paragraphs"] = rest
            s["back"] = not rest

    def _heading(self, level: int, title: str, block: Block) -> None:
        self.joinable = False
        if self.title_heading and level == 1 and not self.sections and not self.title and len(block.lines) == 1:
            self.title = title  # '# Title' names a paper without abstracts; it is not a section
            return
        if _REFERENCES.match(title):
            self.mode = "references"
        elif _AUTHOR_INFO.search(title):
            self.mode = "authors"
        else:
            self.mode = "body"
            self.sections.append({"level": level, "title": title, "line": block.line, "paragraphs": []})
            rest = block.lines[1:]  # text written right under the heading, without a blank line
            if rest:
                self._text_block(Block(block.line + 1, rest))

    def _text_block(self, block: Block) -> None:
        """Add paragraphs and bullets, mending those split across a page break."""
        for kind, text, line in _pieces(block):
            self._add_text(kind, clean_inline(text), line, text)

    def _add_text(self, kind: str, text: str, line: int, markup: str) -> None:
        if not text:
            return
        if not self.sections:
            self.sections.append({"level": 2, "title": "", "line": line, "paragraphs": []})
        paragraphs = self.sections[-1]["paragraphs"]
        if (
            paragraphs
            and self.joinable
            and kind == "paragraph"
            and continues(paragraphs[-1][1], text)
            and not _BOLD_LINE.match(markup)  # a bold line is a label or subheading, never a broken line's end
        ):
            paragraphs[-1][1] = join(paragraphs[-1][1], text, self.known)
            paragraphs[-1][3] = join(paragraphs[-1][3], markup, self.known)
        else:
            paragraphs.append([kind, text, line, markup])
        self.joinable = True

    def _reference_block(self, block: Block) -> None:
        for kind, text, line in _pieces(block):
            last = self.reference_texts[-1] if self.reference_texts else None
            if last and kind == "paragraph" and continues(last[0], text):
                last[0] = join(last[0], text)
            else:
                self.reference_texts.append([text, line])

    def _rows(self, lines: list[str], line: int) -> None:
        assert self.caption is not None, "rows are read only under a caption"
        number, caption, caption_line = self.caption
        self.caption = None
        if not tables.is_rows(lines):
            self._missing_rows(number, caption_line)
            self.add(Block(line, lines))
            return
        section_id = f"{self.doc_id}#s{len(self.sections)}" if self.sections else None
        table_id = f"{self.doc_id}#t{number}"
        if any(t.number == number for t in self.tables):
            table_id += f"-{sum(t.number == number for t in self.tables) + 1}"
            self.diagnostics.append(
                Diagnostic(
                    "warning", self._at(caption_line), f"table {number} appears twice; number the tables uniquely"
                )
            )
        self.table = dict(
            table_id=table_id,
            number=number,
            caption=caption,
            rows_at=line,
            lines=lines,
            location=self._at(caption_line),
            path=self.path,
            note=None,
            section_id=section_id,
        )
        self.joinable = False

    def _missing_rows(self, number: int, line: int) -> None:
        self.caption = None
        self.diagnostics.append(
            Diagnostic(
                "warning",
                self._at(line),
                (f"table {number} has no rows; put tab-separated rows after a blank line under the caption"),
            )
        )

    def _flush_table(self) -> None:
        table, self.table = self.table, None
        assert table is not None, "flushed only while a table is open"
        self.tables.append(tables.build_table(**table, diagnostics=self.diagnostics))

    def _at(self, line: int) -> Location:
        return Location(self.path, line)


def _is_label(text: str) -> bool:
    """A short line of a few words, not an entry: a label such as 'Kuhusu waandishi:'."""
    return len(text.split()) <= MAX_LABEL_WORDS and not backmatter.is_entry(text)


def _table_cut(lines: list[str]) -> int | None:
    """Where a note or caption line starts inside a block of table lines, or None.

    The lines before it must be a table's (rows, maybe under their caption) or one note line,
    so prose that happens to start a line with "Table 2 – ..." is left alone.
    """
    for i in range(1, len(lines)):
        if not (tables.match_caption(lines[i]) or tables.NOTE.match(lines[i])):
            continue
        before = lines[1:i] if tables.match_caption(lines[0]) else lines[:i]
        if (before and tables.is_rows(before)) or (i == 1 and tables.NOTE.match(lines[0])):
            return i
    return None


def _pieces(block: Block):
    """Yield (kind, text, line) per list item ('bullet') or run of plain lines ('paragraph')."""
    text, kind, start = None, "paragraph", block.line
    for number, line in enumerate(block.lines, block.line):
        item = bullet_text(line)
        if item is not None:
            if text is not None:
                yield kind, text, start
            text, kind, start = item.strip(), "bullet", number
        elif text is None:
            text, kind, start = line.strip(), "paragraph", number
        else:
            text = join(text, line.strip())  # a hard-wrapped line continues the item
    if text is not None:
        yield kind, text, start


# One history line may hold several entries ("Received 3 March 2026; accepted 5 May 2026", "Received 3 May
# 2026 / Accepted 28 September 2026"), under a label ("Article history:"), as a list item or in bold
# ("**Received:** 3 March 2026"); a block may hold several such lines.
_HISTORY_LABEL = re.compile(
    r"^(?:(?:(?:article|paper|submission|publication|manuscript)?\s*history|(?:key\s+|important\s+|main\s+)?dates"
    # ("Dates of the manuscript:", "Dates in the life of this manuscript:")
    r"(?:\s+(?:of|in)\s+(?:the\s+life\s+of\s+)?(?:this|the)\s+(?:manuscript|paper|article))?|"
    r"(?:a\s+)?note\s+from\s+the\s+editors?|editors?['’]?\s+note|editorial\s+note|"
    # "Article timeline: first submitted on ...", "Peer-review record | submission 2026-03-02 | ..."
    r"(?:(?:article|submission|publication|manuscript|editorial|peer[- ]?review|review)\s+)?(?:timeline|record)"
    r"(?:\s+of\s+(?:this|the)\s+(?:article|paper|manuscript))?|"
    # "Handling: sub. 14-Jan-2026 / rev. 02-Apr-2026 / acc. 28-Apr-2026 / e-pub. 19-Jun-2026"
    r"(?:editorial\s+|manuscript\s+)?handling|"
    # "Peer review: double-blind, one round (...); ...", "Refereeing: ..."
    r"peer[- ]?review|refereeing|"
    # "Manuscript ECO-25-114: 2 March 2025 (received) | ...": the journal's number for the paper
    r"(?:manuscript|paper|article|submission)\s+(?:no\.?\s*|number\s+|id\s+|#\s*)?(?=[\w./-]*\d)[A-Z][\w./-]*)"
    # ("Key dates (day/month/year): ...": how its dates are written)
    r"(?:\s*\([^()]{1,40}\))?"
    r"(?:\s*[:|]|\s+[—–])\s*"  # ("Review timeline — submitted 2 March 2025, ...")
    # "History of this article. We received the manuscript on 9 February 2026 and ..."
    r"|(?:history\s+of\s+(?:this|the)\s+(?:article|paper|manuscript)"
    # "Paper information. Sent in 3 March 2026; ...", "Road to print: submission ... → acceptance ...",
    # "The authors' account of the review: we sent it ... on ..."
    r"|(?:article|paper|manuscript)\s+info(?:rmation)?|(?:path|road|route|way|journey)\s+to\s+(?:publication|print)"
    r"|(?:the\s+)?(?:authors?|editors?)['’]?\s+(?:own\s+)?account(?:\s+of\s+[^:.|]{1,50})?)\s*[.:|]\s*)",
    re.I,
)
# (in the body, "**History**" may head a paragraph: there the label names the paper)
_PAPER_NOUN = re.compile(r"\b(?:manuscript|paper|article|submission|publication)\b", re.I)
# A history's label on a line of its own, in bold.
_HISTORY_HEADING = re.compile(
    r"(?:(?:article|submission|publication|manuscript|paper)\s+)?(?:history|timeline|record|dates)"
    r"(?:\s+(?:of|in)\s+(?:the\s+life\s+of\s+)?(?:this|the)\s+(?:manuscript|paper|article))?\s*:?$",
    re.I,
)
# (not a dash before its step's date: "First version submitted – 11 March 2026")
_HISTORY_SPLIT = re.compile(
    r"\s*(?:[;|·•→⟶]|->)\s*|\s+/\s+|\s+[—–]\s+(?!\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
    # (nor before a step's name after its date: "4.3.2026 – submitted, 19.5.2026 – revised")
    r"|[a-z][a-z\s'-]*(?:[,;.]|$))"
    r"|(?<=\d)[.,]\s+(?=[A-Za-z])"
)
# (a list's mark, a blockquote's "> ", bold and italics)
_MARKUP = re.compile(r"^(?:[-*+•]|>)\s+|\*\*|__|(?<!\w)[*_]|[*_](?!\w)")
_HISTORY_PROSE = re.compile(
    r"(?:(?:the|this)\s+)?(?:manuscript|paper|article|submission)\s+was\s+"
    r"|(?:this|the)\s+(?:manuscript|paper|article)\s+(?=\w+ed\b)"
    # the editors' own account: "we received this article on 3 March 2026 and ..."
    # ("The editors first received this manuscript on ...", "The journal initially took in this paper on ...")
    r"|(?:we|the\s+(?:editors?|journal|editorial\s+office))\s+(?:(?:first|initially|originally)\s+)?(?=\w+(?:ed|ok)\b)",
    re.I,
)
# ("...; it was accepted for publication on 12 June 2026 and published on 30 September 2026.")
_HISTORY_PROSE_SPLIT = re.compile(r"\s*[;|]\s*(?:it\s+was\s+)?|,?\s+and\s+(?:was\s+)?|,\s+(?:was\s+)?")
MAX_HISTORY_ENTRY = 80  # characters: a longer line is prose that happens to open with "Received"


def _unread_history_dates(lines: Sequence[str], path: str, *, dated: bool) -> list[Diagnostic]:
    """A warning for each history line whose date is not read ("Accepted Febuary 27, 2026", "Revised
    May 40, 2026"): the step is lost (or the paper goes undated), and the reader should know why."""
    out = []
    for number, raw in enumerate(lines, 1):
        found = _HISTORY.match(_MARKUP.sub("", raw.strip()))
        if found is None or len(raw) > MAX_HISTORY_ENTRY or not _DATE_SHAPE.match(found.group(2).strip()):
            continue
        if _parse_date(found.group(2)) is None:
            out.append(
                Diagnostic(
                    "warning",
                    Location(path, number),
                    f"history date {found.group(2).strip()!r} not read; write it like '27 February 2026'"
                    + ("" if dated else " so the paper is dated"),
                )
            )
    return out


# A step told by its month and year only: "The manuscript was submitted in March 2026 and ...".
_IN_A_MONTH = re.compile(r"\bin\s+([A-Za-z]+)\s+\d{4}\.?$")
# A definition's line in a Markdown definition list: ": 4 March 2026" under its term "Received".
_DEFINITION = re.compile(r"^\s*:\s+(\S.*)$")


# The two written-out date forms, whatever the month word: a date whose month may be misspelt ("Febuary 27, 2026").
_DATE_SHAPE = re.compile(rf"^(?:{_DATE_FORMS[0]}|{_DATE_FORMS[1]})$")


def _history(lines: Sequence[str], *, under_label: bool = False) -> list[tuple[str, str]]:
    """The (key, ISO date) entries of a block of submission history lines, or [] when any part of
    the block is not one: prose that opens with "Published ..." is no history.  `under_label`: the
    lines are the sentences of one history under its label."""
    if len(lines) > 1 and any(_DEFINITION.match(line) for line in lines[1:]):
        # a definition list (Pandoc's): each step on a line of its own, its date on the next after ": "
        merged: list[str] = []
        for line in lines:
            if merged and (definition := _DEFINITION.match(line)):
                merged[-1] = f"{merged[-1].rstrip()}: {definition.group(1)}"
            else:
                merged.append(line)
        lines = merged
    if len(lines) > 1 and _HISTORY_HEADING.match(_MARKUP.sub("", lines[0].strip())):
        return _history(lines[1:])  # "**Article history**" on its own line over its steps, one per line
    if lines and lines[0].lstrip().startswith("|") and (table := history_forms.table_lines(lines)) is not None:
        return _history(table)  # its steps heading the columns of a Markdown table over a row of dates
    entries: list[tuple[str, str]] = []
    day_first = _day_first(lines)
    for raw in lines:
        bare = _SECOND_LANGUAGE_LABEL.sub(r"\1:", _WEEKDAY_BEFORE_DATE.sub("", _MARKUP.sub("", raw.strip())))
        bare = history_forms.in_english(bare)  # ("Rebut: 4 de març de 2026; revisat: ...": the journal's language)
        bare = history_forms.year_told_last(bare)  # ("received on the 4th of March, ... on the 20th of June 2026")
        line = _HISTORY_LABEL.sub("", bare)
        # (under a history's label, a step's words need not name the paper: "first submitted on ...")
        labelled = under_label or len(line) < len(bare)
        if labelled and not under_label and _NEXT_SENTENCE.search(line):
            # the editors' account in sentences ("We received the manuscript on 9 February 2026 and sent it
            # to two reviewers on 18 February. We returned it ..."): each sentence is a line of the history,
            # and a day without a year is in the year the history last named
            running = _RunningYear()
            found = _history(
                [_DAY_MONTH.sub(running, sentence) for sentence in _NEXT_SENTENCE.split(line)], under_label=True
            )
            if not any(key in ("accepted", "published") for key, _ in found):
                return []
            entries.extend(found)
            continue
        # "The manuscript was received on 19 January 2026 and accepted for publication on 2 June 2026."
        prose = _HISTORY_PROSE.match(line)
        if prose:
            split = _HISTORY_PROSE_SPLIT
        elif labelled and not under_label:
            # under a label, a step may be told in brackets and parted by bare commas: "double-blind, two
            # rounds (first round opened 3 February 2025, second round closed 2 April 2025); proofs ..."
            split = _HISTORY_LABELLED_SPLIT
            line = _BRACKETED_AFTER_WORDS.sub(r", \1", line)
        else:
            split = _HISTORY_SPLIT
        steps = []
        undated = False
        for part in filter(None, split.split(line[prose.end() :] if prose else line)):
            if (prose or split is _HISTORY_LABELLED_SPLIT) and not any(ch.isdigit() for ch in part):
                # "..., went through two rounds of review and was approved ...", "double-blind": a step or
                # a manner without its date
                undated = True
                continue
            if prose and (month := _IN_A_MONTH.search(part)) and month.group(1).lower() in _MONTHS:
                # "submitted in March 2026": a step known by its month only, no day of the paper's own
                undated = True
                continue
            told = prose is not None or labelled
            entry = _history_entry(part, prose=told, day_first=day_first) if len(part) < MAX_HISTORY_ENTRY else None
            if entry is None:
                return []
            steps.append(entry)
        if (prose or undated) and not under_label and not any(key in ("accepted", "published") for key, _ in steps):
            return []  # ("We received the minister on 3 May 2026.": a history tells the paper's acceptance)
        # (a step the paper's reference does not list, "sent it to two reviewers on 18 February" or
        # "proofs checked on 20 May", is read and left out)
        entries.extend(step for step in steps if step[0] not in _UNLISTED_STEPS)
    return entries


# A history told in a sentence of its own under a short label, in words the forms above do not know:
# "Processing times: 47 days from submission on 14 July 2026 to first decision on 30 August 2026; ...;
# published online on 12 December 2026", "Version record: this version of record, issued on 5 October
# 2026, supersedes the revised manuscript of 24 July 2026 ...".  Each date's step is what the few words
# just before it say, within its clause.
_LABEL_THEN_TEXT = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s*:\s+(?P<text>.+)$"
    # ... or a note's label closed by a full stop: "Editor's note. This article ...", "Production notes. ..."
    r"|^(?:[A-Z][\w'’-]*\s+){0,2}[Nn]otes?\.\s+(?P<noted>[A-Z].+)$"
)
_ANY_DATE = re.compile(r"\b(?:" + "|".join(_DATE_FORMS) + r")\b")
_CLAUSE_BEFORE = re.compile(r"[;,()]|\band\b")
STEP_WORDS = 6  # the words before a date that name its step ("all concerning the manuscript first submitted on")
# What a reference of the list has and a history has not: its year in brackets, a link, an italic title,
# pages ("Ministry of Trade (2024). *Annual report*, submitted on 3 May 2024, published 5 June 2024.")
_A_REFERENCE = re.compile(
    r"\((?:1[89]|20)\d\d[a-z]?\)|https?://|\bdoi\b|\*[^*\s][^*]*\*|_[^_\s][^_]*_|\bpp?\.\s*\d", re.I
)


def _steps_told(lines: Sequence[str], *, after_references: bool = False) -> list[tuple[str, str]]:
    """The (key, ISO date) steps of a labelled line that tells a paper's history in a sentence, when
    it names two dates or more and the paper's publication or acceptance among them; else [].

    After the references a history needs no label ("Version 1 lodged 14 January 2026. ... Version 3
    approved for publication 9 June 2026.", "Recommended for publication by the Editorial Council
    (minutes of its sixth sitting, 18 June 2026), the first version having been submitted on ..."),
    but it must tell the submission too: a reference names a publication and the day it was read."""
    raw = " ".join(line.strip() for line in lines)
    bare = _WEEKDAY_BEFORE_DATE.sub("", _MARKUP.sub("", raw))
    found = _LABEL_THEN_TEXT.match(bare)
    told = found.group("text") or found.group("noted") if found is not None else ""
    if found is not None and _HISTORY_NOUN.search(told.lower()):
        text = told
    elif after_references and not _A_REFERENCE.search(raw) and _HISTORY_NOUN.search(bare.lower()):
        # (it speaks of the paper: "Version 1 lodged ...", "approved for publication"; not an author's note,
        # "She received her doctorate on 12 June 2005 and published her first book on 3 May 2010")
        text = bare
    else:
        return []
    dates = list(_ANY_DATE.finditer(text))
    if len(dates) < 2:
        return []
    day_first = _day_first([bare])
    steps = []
    told_to = 0  # where the words of the next date's step may start
    stage = None  # the step of the span a date opened: "Time in revision: 1 May 2026 to 12 June 2026"
    for number, date in enumerate(dates):
        # (a date in brackets after its step: "the authors' response (15 June 2026)")
        before = text[told_to : date.start()].rstrip(" (")
        if number == 0 and found is not None and not before.strip():
            before = bare[: bare.index(told)]  # the label is the first date's step ("Time in peer review:")
        day = _parse_date(date.group(0), day_first=day_first)
        told_to = date.end()
        if stage is not None and _SPAN_TO.fullmatch(before):
            # a stage's end: the revision's is the revised version, the production's the publication
            key, stage = _STAGE_ENDS.get(stage), None
        else:
            # ("was accepted after two rounds of review on ...": the review is how, the acceptance what)
            words = _AFTER_REVIEW.sub("", _CLAUSE_BEFORE.split(before)[-1].lower())
            key = _nearest_step(" ".join(words.split()[-STEP_WORDS:]))
            opened = before.rfind("(")
            if key is None and opened > before.rfind(")"):
                # (a date told in brackets with what it records: "Recommended for publication by the Editorial
                # Council (minutes of its sixth sitting, 18 June 2026)": the step is the words before them)
                key = _nearest_step(_CLAUSE_BEFORE.split(before[:opened])[-1].lower())
            following = text[told_to : dates[number + 1].start()] if number + 1 < len(dates) else ""
            if key in _STAGE_ENDS and _SPAN_TO.fullmatch(following):
                # a stage's start: the review's is the submission; the revision's and the production's
                # are no step of the paper's own
                key, stage = ("submitted" if key == "review" else None), key
        if key is not None and day is not None and key not in _UNLISTED_STEPS:
            steps.append((key, day.isoformat()))
    keys = {key for key, _ in steps}
    if found is None and "submitted" not in keys:
        return []
    return steps if keys & {"accepted", "published"} else []


# A history in stages, each from one date to another ("Time in peer review: 16 February 2026 to 30 April
# 2026. Time in revision: ... Time in production: 29 June 2026 to 7 September 2026."): what each stage's
# end is in the paper's steps.
_SPAN_TO = re.compile(r"\s*(?:to|until|till|through|[–-])\s*")
_AFTER_REVIEW = re.compile(r"\b(?:after|following)\s+(?:[\w-]+\s+){0,3}?(?:peer\s+)?(?:review|refereeing)\b")
_STAGE_ENDS = {"review": None, "revised": "revised", "production": "published"}


def _nearest_step(words: str) -> str | None:
    """The step the words name last, nearest the date after them: "with this paper appear the report
    of reviewer 1" is the review's report, not the paper's appearance."""
    ends = [
        (max(m.end() for m in pattern.finditer(words)), -number, key)
        for number, (key, pattern) in enumerate(_HISTORY_STEPS)
        if pattern.search(words)
    ]
    if not ends:
        return None
    key = max(ends)[2]
    # ("Version 2 lodged 28 April 2026": a later version sent in is the revision)
    return "revised" if key == "submitted" and _LATER_VERSION.search(words) else key


_LATER_VERSION = re.compile(
    r"\b(?:version|draft)\s+(?:[2-9]|two|three|four)\b|\b(?:second|third|fourth|revised)\s+(?:version|draft)\b"
)


# (not a step's name after its date: "2 March 2025 (received)")
_BRACKETED_AFTER_WORDS = re.compile(r"(?<=[A-Za-z])\s*\(([^()]*)\)")
# (not the comma of "March 3, 2026")
_HISTORY_LABELLED_SPLIT = re.compile(_HISTORY_SPLIT.pattern + r"|\s*,\s+(?!\d{4}\b)")
_UNLISTED_STEPS = frozenset(("review", "production"))


_NEXT_SENTENCE = re.compile(r"(?<=[a-z\d])\.\s+(?=[A-Z])")
_DAY_MONTH = re.compile(r"\b(\d{1,2}\s+[A-Z][a-z]+)\b(?!\.?,?\s+\d{4})|\b(\d{4})\b")


class _RunningYear:
    """A substitution for _DAY_MONTH that writes after a day without a year the year named last
    before it, in the order of the history's sentences."""

    def __init__(self) -> None:
        self.year = ""

    def __call__(self, found: re.Match[str]) -> str:
        if found.group(2):
            self.year = found.group(2)
            return found.group(0)
        return f"{found.group(1)} {self.year}" if self.year else found.group(0)


def _history_entry(part: str, *, prose: bool = False, day_first: bool = True) -> tuple[str, str] | None:
    """One entry's (key, ISO date): a known wording ("Accepted 5 May 2026"), else a short label whose
    words say which step it was ("Manuscript lodged with the journal: 19 January 2026", "date of
    final decision: 2026-06-17", "reached the editorial board on 3 February 2026", "sent back to the
    authors for revision 17.03.2026", "6 April 2026 (second version)").  In the prose of a history
    already known as one ("we received this article on ..."), a step's words need not name the paper."""
    found = _HISTORY.match(part)
    if found is not None:
        date = _parse_date(found.group(2), day_first=day_first)
        key = found.group(1).split()[0].lower()
        if date:
            return (_HISTORY_KEYS.get(key, key), date.isoformat())
    found = _LABELLED_DATE.match(part) or _DATE_THEN_LABEL.match(part) or _DATE_COLON_LABEL.match(part)
    if found is None or len(found.group("label").split()) > MAX_HISTORY_LABEL_WORDS + (4 if prose else 0):
        return None
    date = _parse_date(found.group("date"), day_first=day_first)
    label = found.group("label").lower()
    if not prose and not _HISTORY_NOUN.search(label) and not _STEP_ABBREVIATION.fullmatch(label):
        return None  # "The delegation arrived on 3 May 2026.": a line of the body, not a step of the paper
    # ("reports of two referees returned on ...": what the review sent back, not the paper's revision)
    review = _REFEREES_REPORTS.match(label)
    key = "review" if review else next((key for key, words in _HISTORY_STEPS if words.search(label)), None)
    return (key, date.isoformat()) if key and date else None


# A step abbreviated as only a journal writes it: "Rec'd 4 Mar '26 · rev. 19 May '26 · acc. ... · publ. ...".
_STEP_ABBREVIATION = re.compile(r"rec['’]?d|rcvd|subm?|revd?|acc|e-?pub|publ?")
_REFEREES_REPORTS = re.compile(
    r"(?:the\s+)?(?:reports?|comments?|opinions?)\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:reviewers?|referees?)\b"
    r"|(?:the\s+)?(?:\w+\s+)?(?:reviewers?|referees?)['’]?\s+(?:reports?|comments?|opinions?)\b"
)


_LABELLED_DATE = re.compile(
    # ("sub. 14-Jan-2026": a step abbreviated; "Final version approved – 2 July 2026")
    r"^(?P<label>[A-Za-z][\w\s'-]*?)\.?(?:\s*:\s*|\s+on\s+|\s+[–—-]\s+|\s+)"
    rf"(?P<date>{'|'.join(_DATE_FORMS)})"
    r"(?:\s+(?:for|in)\s+(?:the|an?)\s+[\w\s-]{1,30}?)?\.?$"  # ("accepted on 2 June 2026 for the summer issue")
)
# The date first, its step in brackets: "6 April 2026 (second version)".
_DATE_THEN_LABEL = re.compile(rf"^(?P<date>{'|'.join(_DATE_FORMS)})\s*\((?P<label>[A-Za-z][\w\s'-]*)\)\.?$")
# ... or after a colon or a dash: "3 February 2026: first version sent to the journal".
_DATE_COLON_LABEL = re.compile(
    rf"^(?P<date>{'|'.join(_DATE_FORMS)})\s*(?::|\s[–—-])\s+(?P<label>[A-Za-z][\w\s'-]*?)\.?$"
)
MAX_HISTORY_LABEL_WORDS = 8
_HISTORY_NOUN = re.compile(
    r"\b(?:manuscript|paper|article|submission|version|journal|editor|editorial|referees?|reviewers?|review|"
    r"publication|print|printing|press|online|decision|authors?|revision|acceptance|receipt|issue)\b"
)
# What a step's label says, in the order asked: "cleared for publication" is an acceptance, "first
# appearance online" a publication, "changes requested by referees" a revision.
_HISTORY_STEPS = tuple(
    (key, re.compile(words))
    for key, words in (
        # (and the steps' abbreviations: "acc.", "e-pub.", "rev.", "sub.", "rec'd")
        # ("recommended for publication": accepted, the publication is to come)
        # ("publication confirmed by the editor", "publication agreed on ...")
        # ("Peer review completed on ...": the review ended, and the paper is here, so it passed)
        (
            "accepted",
            r"\b(?:accept|clear(?:ed|ance)|approv|recommend|confirm|agreed|final\s+decision|acc$)"
            r"|\breview\s+(?:was\s+)?(?:completed|concluded|finished)\b",
        ),
        # ("DOI registered with Crossref on ...": the article's own identifier goes live with it)
        (
            "published",
            r"\b(?:(?<!for\s)publi|online|appear|available|in\s+print|issue|(?:e-?)?publ?$)"
            r"|\bdoi\s+(?:was\s+)?(?:registered|assigned|minted|activated|deposited)\b",
        ),
        # ("the authors answered their comments in a version dated ...", "second version")
        (
            "revised",
            r"\b(?:revis|re-?submi|return|changes|corrections|amend|answer|repl(?:y|ied)|respon|"
            r"(?<!its\s)(?:second|third|new|later|final|changed|amended|corrected|updated)\s+version|final\s+form|first\s+decision|(?:handed|sent|passed|given|went)\s+(?:it\s+|them\s+)?back|"
            r"revd?$)",
        ),
        # ("sent it to two reviewers": a step of the review, which `_history` reads and leaves out)
        # ("the referees' reports came back to us on ...": what the review sent, no step of the paper)
        # ("first round opened ...", "second round closed ...": the review's rounds)
        (
            "review",
            r"\b(?:sent|passed|forwarded|gave)\b.*\b(?:reviewers?|referees?)\b"
            r"|\b(?:reviewers?|referees?)['’]?\s+(?:reports?|comments?|opinions?|reviews?)\b|\brounds?\b"
            r"|\b(?:reports?|comments?|opinions?)\s+of\s+(?:the\s+)?(?:reviewers?|referees?)\b"
            r"|^(?:opened|closed|began|ended|started|finished)$"  # (a round's, told in brackets after it)
            r"|\b(?:in|under|of)\s+(?:peer\s+)?review\b",  # ("Time in peer review: ... to ...")
        ),
        # ("copy-editing completed ...", "proofs checked ...": the making of the issue, no step of the paper's own)
        # ("signed for printing 15.06.2026", "sent to press": the making, the date before its release)
        (
            "production",
            r"\b(?:copy-?edit|proofs?\b|typeset|layout|signed\s+(?:off\s+)?(?:for|to)\s+(?:printing|print|press)|"
            r"(?:sent|went|passed)\s+to\s+(?:the\s+)?(?:press|printers?)|\bproduction\b)",
        ),
        (
            "submitted",
            r"\b(?:submi|receiv|sent|lodged|took\s+in|handed\s+(?:in|to|over)\b|reached|arrived|came\s+(?:in|to|into)\b|registered|"
            r"filed|first\s+version|cover(?:ing)?\s+letter|"
            # ("Manuscript RIO-2026-017, in the journal's system since 9 March 2026, ...")
            r"\b(?:in|into|entered)\s+(?:the\s+)?(?:journal['’]s\s+|editorial\s+|submission\s+)?system\b|"
            r"original|receipt|subm?$|rec['’]?d$)",
        ),
    )
)


def _parse_date(text: str, *, day_first: bool = True) -> dt.date | None:
    """Parse 'April 8, 2025', '8 April 2025' (or 'the 8th of April 2025'), '2025-04-08', '08.04.2025',
    '08/04/2025' (the day first unless `day_first` is false), 'the eighth day of April 2025', '8.IV.2025' or
    '2025 April 8' or '8 Apr '25'; None if none fits."""
    text = text.strip()
    try:
        if m := _MONTH_DAY_YEAR.match(text):
            month = _MONTHS.get(m.group(1).lower())
            return dt.date(int(m.group(3)), month, int(m.group(2))) if month else None
        if m := _DAY_MONTH_YEAR.match(text):
            month = _MONTHS.get(m.group(2).lower())
            return dt.date(int(m.group(3)), month, int(m.group(1))) if month else None
        if m := _ISO.match(text):
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _DOTTED.match(text):
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if m := _SLASHED.match(text):
            first, second = int(m.group(1)), int(m.group(2))
            return dt.date(int(m.group(3)), second, first) if day_first else dt.date(int(m.group(3)), first, second)
        if m := _DAY_OF.match(text):
            word, month = m.group(1).lower(), _MONTHS.get(m.group(2).lower())
            day = int(word.rstrip("stndrh")) if word[:1].isdigit() else _ORDINAL_DAYS.get(word)
            return dt.date(int(m.group(3)), month, day) if month and day else None
        if m := _ROMAN.match(text):
            month = _ROMAN_MONTHS.get(m.group(2))
            return dt.date(int(m.group(3)), month, int(m.group(1))) if month else None
        if m := _YEAR_MONTH_DAY.match(text):
            month = _MONTHS.get(m.group(2).lower())
            return dt.date(int(m.group(1)), month, int(m.group(3))) if month else None
        if m := _SHORT_YEAR.match(text):
            month = _MONTHS.get(m.group(2).lower())
            return dt.date(2000 + int(m.group(3)), month, int(m.group(1))) if month else None
    except ValueError:
        return None
    return None
