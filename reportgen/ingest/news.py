"""Read news: a single article under a ' date' header, or a feed of dated, titled articles."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from reportgen.corpus import Article, Diagnostic, Document, Location, Paragraph
from reportgen.ingest.ids import content_id
from reportgen.ingest.lang import identify
from reportgen.ingest.markdown import bullet_text
from reportgen.ingest.sniff import DATE_HEADER, DATE_LINE, FEED_HEADER_REST, is_date_line, title_follows
from reportgen.text import split_sentences

TITLE_WORDS = 12  # a derived title is cut to about this many words ...
TITLE_SLACK = 2  # ... unless the whole first sentence is at most this many words longer
# Words a cut title should not end on ("... heads the…").
_DANGLING = frozenset(
    "a an the and or but of in on at to for from by with as into than that which who whose "
    "is are was were be its their his her our this these those".split()
)
_TRAILING_PUNCT = re.compile(r"[\s,;:–—-]+$")
_TERMINAL_DOT = re.compile(r"(?<!\.)\.$")
# A wire dateline before the first sentence: "BELMOPAN, Nov 26 (CaribWire) - ", "DOHA, 3 December
# (QNA) – ", "ASTANA (Reuters) — ", "NATARBORA, Manatuto, 8 December 2026 – ". It tells where and when
# the story was filed, not what happened, so it is kept apart: its day would otherwise date the story's
# first event, and its agency is the outlet.
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_PLACE_WORDS = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE_WORDS}(?:,\s+{_PLACE_WORDS}(?=,\s+\d|,\s+{_MONTH_ABBR}\s+\d))?)"
    rf"(?P<day>,\s+(?:{_MONTH_ABBR}\s+\d{{1,2}}(?:,\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH_ABBR}(?:\s+\d{{4}})?))?"
    r"(?:\s+\((?P<agency>[^()]{2,40})\))?\s+[-–—]\s+(?=\S)"
)


def read_article(lines: list[str], *, doc_id: str, path: str) -> tuple[Document, list[Diagnostic]]:
    """Read a single article: ' date YYYY-MM-DD' then its body, starting on the same line."""
    diagnostics: list[Diagnostic] = []
    start = next(i for i, line in enumerate(lines) if line.strip())
    header = DATE_HEADER.match(lines[start])
    assert header is not None, "sniffed as a single article: its first line is a date header"
    date = _iso_date(header.group(1), Location(path, start + 1), diagnostics)
    body = [(start + 1, header.group(2) or "")] + [(n, line) for n, line in enumerate(lines[start + 1 :], start + 2)]
    article = _article(set(), doc_id, path, date, None, start + 1, body, diagnostics)
    doc = Document(
        id=doc_id,
        path=path,
        kind="news",
        title=article.title,
        published=date,
        items=(article,),
        location=Location(path, 1),
        format="article",
        language=article.language,
    )
    return doc, diagnostics


def read_feed(lines: list[str], *, doc_id: str, path: str) -> tuple[Document, list[Diagnostic]]:
    """Read a feed: articles each opened by a DD.MM.YYYY line and a title line."""
    diagnostics: list[Diagnostic] = []
    starts = [
        i
        for i, line in enumerate(lines)
        # (another date form is a short line ending in its year: a cheap test first, feeds have 100k lines)
        if (is_date_line(line) or (len(line) < 26 and line.rstrip()[-1:].isdigit() and _other_date_line(line)))
        and title_follows(lines, i)
    ]
    if any(not is_date_line(lines[i]) for i in starts):
        starts = _without_datelines(lines, starts)
        # (a date over another date, "2027/01/20" then "2027.01.21", has no title of its own: not an article)
        starts = [
            i
            for k, i in enumerate(starts)
            if any(line.strip() for line in lines[i + 1 : starts[k + 1] if k + 1 < len(starts) else len(lines)])
        ]
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    articles: list[Article] = []
    used: set[str] = set()  # ids given so far
    header = DATE_HEADER.match(lines[first]) if lines else None
    if header:
        end = starts[0] if starts else len(lines)
        articles.append(_header_article(lines, first, end, header, doc_id, path, diagnostics, used))
    elif starts and any(line.strip() for line in lines[: starts[0]]):
        diagnostics.append(
            Diagnostic(
                "warning",
                Location(path, first + 1),
                ("text before the first dated article ignored; start the feed with a DD.MM.YYYY line"),
            )
        )
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        location = Location(path, start + 1)
        date_line = DATE_LINE.match(lines[start])
        if date_line is None:
            # "2026-01-15", "20.01.27", "20 January 2027" alone over a title: an article's date written
            # another way, read as such rather than taken for a paragraph of the article before it
            other = _other_date_line(lines[start])
            assert other is not None, "starts are the lines DATE_LINE or _other_date_line read"
            year, month, day = other
            diagnostics.append(
                Diagnostic(
                    "warning",
                    location,
                    f"article date {lines[start].strip()} read as {int(day):02d}.{int(month):02d}.{year}; "
                    "feeds date their articles DD.MM.YYYY",
                )
            )
        else:
            day, month, year = date_line.groups()
        date = _date(int(year), int(month), int(day), lines[start].strip(), location, diagnostics)
        title_at = next(i for i in range(start + 1, end) if lines[i].strip())
        body = [(n, line) for n, line in enumerate(lines[title_at + 1 : end], title_at + 2)]
        articles.append(
            _article(used, doc_id, path, date, (title_at + 1, lines[title_at].strip()), start + 1, body, diagnostics)
        )
    dates = [a.date for a in articles if a.date]
    doc = Document(
        id=doc_id,
        path=path,
        kind="news",
        title=f"News feed ({len(articles)} article{'' if len(articles) == 1 else 's'})",
        published=max(dates) if dates else None,
        items=tuple(articles),
        location=Location(path, 1),
        format="feed",
        language=_majority(a.language for a in articles),
    )
    return doc, diagnostics


def derive_title(text: str) -> str:
    """Derive a short title from the first sentence: about TITLE_WORDS words, cut with '…'."""
    sentences = split_sentences(text)
    sentence = sentences[0] if sentences else text.strip()
    words = sentence.split()
    if len(words) <= TITLE_WORDS + TITLE_SLACK:
        return _TERMINAL_DOT.sub("", sentence)
    kept = words[:TITLE_WORDS]
    while len(kept) > 1 and kept[-1].lower().strip(",;:") in _DANGLING:
        kept.pop()
    return _TRAILING_PUNCT.sub("", " ".join(kept)) + "…"


def _header_article(lines, first, end, header, doc_id, path, diagnostics, used) -> Article:
    """Read the article under a ' date' header: dated and titled by the header, or untitled."""
    location = Location(path, first + 1)
    rest = header.group(2) or ""
    retrieved = header.group(1)
    published = FEED_HEADER_REST.match(rest)
    extra = [("retrieved", retrieved)]
    if not published:
        date = _iso_date(retrieved, location, diagnostics)
        body = [(first + 1, rest)] + [(n, line) for n, line in enumerate(lines[first + 1 : end], first + 2)]
        return _article(used, doc_id, path, date, None, first + 1, body, diagnostics)
    day, month, year = published.group(1).split(".")
    date = _date(int(year), int(month), int(day), published.group(1), location, diagnostics)
    if published.group(3):
        extra.append(("id", published.group(3)))
    title_at = next((i for i in range(first + 1, end) if lines[i].strip()), None)
    title = (title_at + 1, lines[title_at].strip()) if title_at is not None else None
    body_from = title_at + 1 if title_at is not None else end
    body = [(n, line) for n, line in enumerate(lines[body_from:end], body_from + 1)]
    article = _article(used, doc_id, path, date, title, first + 1, body, diagnostics)
    return replace(article, time=published.group(2), extra=tuple(extra) + article.extra)


def _paragraph(paragraph_id: str, text: str, location: Location) -> Paragraph:
    """A line of an article: a list item ("- a memorandum on ...;") is a bullet, as in a paper."""
    item = bullet_text(text)
    if item is not None and item.strip():
        return Paragraph(paragraph_id, item.strip(), location, kind="bullet")
    return Paragraph(paragraph_id, text, location)


def _article(used, doc_id, path, date, title, line, body, diagnostics) -> Article:
    """Build an article from numbered body lines, one paragraph per non-blank line; its id from its content."""
    texts = [(n, t.strip()) for n, t in body if t.strip()]
    as_written = [text for _, text in texts]
    # A feature may open with a line of scene before its dateline, so the second line is looked at too;
    # there the dateline must give its day or agency, a capitalised word before a dash being too little.
    dateline = None
    for k, (number, text) in enumerate(texts[:2]):
        dateline = _dateline(text)
        if dateline and k and not (dateline.group("day") or dateline.group("agency")):
            dateline = None
        if dateline:
            texts[k] = (number, text[dateline.end() :])
            break
    derived = title is None or not title[1]
    if derived:
        heading = derive_title(texts[0][1]) if texts else ""
    else:
        heading = title[1]
    # The id digests the text as written, dateline and all, so ids stay those of earlier runs.
    article_id = content_id(doc_id, "a", heading, date, "\n\n".join(as_written), used)
    paragraphs = tuple(
        _paragraph(f"{article_id}.p{k}", text, Location(path, n)) for k, (n, text) in enumerate(texts, 1)
    )
    if not paragraphs:
        diagnostics.append(
            Diagnostic("warning", Location(path, line), "article has no text; add its body or remove it")
        )
    sample = heading + " " + (paragraphs[0].text if paragraphs else "")
    return Article(
        id=article_id,
        doc_id=doc_id,
        title=heading,
        date=date,
        paragraphs=paragraphs,
        location=Location(path, line),
        language=identify(sample),
        title_derived=derived,
        extra=(("dateline", dateline.group(0).strip(" -–—")),) if dateline else (),
    )


def _dateline(text: str) -> re.Match[str] | None:
    """The wire dateline opening an article's first line, or None."""
    match = _DATELINE.match(text)
    if match is None:
        return None
    place, day = match.group("place"), match.group("day")
    # A place in capitals may stand alone ("DOHA – "); one in title case ("Astana, 3 December
    # (Kazinform) – ") needs its day, else it is a sentence's subject before a dash ("The Ministry
    # (MFA) – "). A short capitalised word alone is more likely an acronym ("EU – Kazakhstan trade").
    if not place.isupper() and day is None:
        return None
    if place.isupper() and day is None and match.group("agency") is None and len(place) < 4:
        return None
    return match


# An article's date line written YYYY-MM-DD inside a feed.
# (the year first, parted by hyphens, slashes or dots: "2026-01-15", "2027/01/22", "2027.01.22")
_ISO_LINE = re.compile(r"^[ \t]*(\d{4})([-/.])(\d{1,2})\2(\d{1,2})[ \t]*$")
_SHORT_YEAR_LINE = re.compile(r"^[ \t]*(\d{1,2})\.(\d{1,2})\.(\d{2})[ \t]*$")
_SLASHED_LINE = re.compile(r"^[ \t]*(\d{1,2})/(\d{1,2})/(\d{4})[ \t]*$")
_MONTHS = "January February March April May June July August September October November December".split()
_MONTH_WORD = "(" + "|".join(_MONTHS) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
_DAY_MONTH_LINE = re.compile(rf"^[ \t]*(\d{{1,2}})[ \t]+{_MONTH_WORD},?[ \t]+(\d{{4}})[ \t]*$")
_MONTH_DAY_LINE = re.compile(rf"^[ \t]*{_MONTH_WORD}[ \t]+(\d{{1,2}}),?[ \t]+(\d{{4}})[ \t]*$")


def _without_datelines(lines: list[str], starts: list[int]) -> list[int]:
    """The starts less a date written otherwise just under an article's title ("05.03.2026", "Title",
    "March 5, 2026", then the text): the story's own dateline, not an article of its own."""
    kept: list[int] = []
    for i in starts:
        if not is_date_line(lines[i]) and kept:
            before = [j for j in range(kept[-1] + 1, i) if lines[j].strip()]
            if len(before) == 1:  # only the title of the article just opened stands between
                continue
        kept.append(i)
    return kept


def _other_date_line(line: str) -> tuple[str, str, str] | None:
    """(year, month, day) of a line that is only a date written otherwise than DD.MM.YYYY: "2026-01-15",
    "2027/01/22",
    "20.01.27" (this century), "20/01/2027" (the day first, as a feed's dates are), "20 January 2027",
    "January 20, 2027"; else None."""
    if found := _ISO_LINE.match(line):
        return found.group(1), found.group(3), found.group(4)
    if found := _SHORT_YEAR_LINE.match(line):
        return f"20{found.group(3)}", found.group(2), found.group(1)
    if found := _SLASHED_LINE.match(line):
        return found.group(3), found.group(2), found.group(1)
    if found := _DAY_MONTH_LINE.match(line):
        return found.group(3), str(_month_number(found.group(2))), found.group(1)
    if found := _MONTH_DAY_LINE.match(line):
        return found.group(3), str(_month_number(found.group(1))), found.group(2)
    return None


def _month_number(word: str) -> int:
    return next(n for n, name in enumerate(_MONTHS, 1) if name.startswith(word.rstrip(".")[:3]))


def _iso_date(text: str, location: Location, diagnostics: list[Diagnostic]) -> dt.date | None:
    year, month, day = text.split("-")
    return _date(int(year), int(month), int(day), text, location, diagnostics)


def _date(
    year: int, month: int, day: int, raw: str, location: Location, diagnostics: list[Diagnostic]
) -> dt.date | None:
    """Make the date, or warn and return None when no such day exists (31.02.2026)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        why = (
            f"year {year} is not between 1 and 9999"
            if not dt.MINYEAR <= year <= dt.MAXYEAR
            else f"no month {month}"
            if not 1 <= month <= 12
            else "no such day"
        )
        diagnostics.append(
            Diagnostic(
                "warning",
                location,
                (f"impossible date {raw} ({why}); the article is kept without a date — correct it in the source"),
            )
        )
        return None


def _majority(languages) -> str:
    counts: dict[str, int] = {}
    for language in languages:
        counts[language] = counts.get(language, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else "en"
