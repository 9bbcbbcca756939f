"""Tell which reader fits a text by looking at its content, never at its file name."""

from __future__ import annotations

import re

# ' date 2026-02-05 Body text...' (a single article) or ' date 2025-12-14 13.12.2025, 14:10 17851' (a feed).
DATE_HEADER = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+(.*?))?[ \t]*$")
FEED_HEADER_REST = re.compile(r"^(\d{1,2}\.\d{1,2}\.\d{4})(?:,?[ \t]+(\d{1,2}:\d{2}))?(?:[ \t]+(\S+))?$")
# Years of 5+ digits (01.01.99999) too: such a line still opens an article, reported as impossible,
# rather than being read as a paragraph of the article before it.
DATE_LINE = re.compile(r"^[ \t]*(\d{1,2})\.(\d{1,2})\.(\d{4,9})[ \t]*$")
_DATE_LINE_M = re.compile(DATE_LINE.pattern, re.M)
HEADING = re.compile(r"^(#{1,6})[ \t]+(\S.*?)[ \t#]*$")
_HEADING_M = re.compile(r"^#{1,6}[ \t]+\S", re.M)
# Inline markup only Markdown prose has: **bold**, [text](url), <https://...>, <sup>.  Bare '- ' lists
# are left out on purpose: YAML and plain notes have them too.
_MARKDOWN_HINT = re.compile(
    r"(?<![\w*])\*\*[^\s*][^*\n]*?(?<=[^\s*])\*\*(?![\w*])|\[[^\]\n]+\]\((?:https?://|/|#)[^)\s]*\)|<https?://|</?sup>"
)

# Lines of code or configuration: imports, definitions, 'key = value', 'key: token', brackets, shebangs.
_CODE_LINE = re.compile(
    r"[ \t]*(?:import\s|from\s+\S+\s+import\s|def\s|class\s|return\b|@\w|#!|[\[\]{}()<]|"
    r"[\w.\-\"'#]+[ \t]*=[ \t]|[\w.\-\"'#]+:(?:[ \t]|$)|- (?:[\w.\-\"']+:|[\[{\"']))"
)
CODE_SHARE = 0.3  # papers have almost no such lines; code and YAML are mostly made of them

SUPPORTED = (
    "news articles (first line ' date YYYY-MM-DD text'), news feeds (DD.MM.YYYY lines each "
    "followed by a title) and Markdown papers (## headings)"
)


def sniff(text: str) -> str | None:
    """Name the format of `text`: 'article', 'feed', 'paper', 'markdown' (no headings) or None."""
    lines = text.split("\n", 400)  # the first lines decide; the rest is searched with regexes
    first_index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first_index is None:
        return None
    first = lines[first_index]
    header = DATE_HEADER.match(first)
    if header:
        if FEED_HEADER_REST.match(header.group(2) or ""):
            return "feed"
        later = text.split("\n")[first_index + 1 :]
        return "feed" if first_dated_title(later) is not None else "article"
    if DATE_LINE.match(first) and first_dated_title(lines[first_index:]) == 0:
        return "feed"
    if first.startswith("#!") or _looks_like_code(lines):
        return None  # '# comments' and '**kwargs' are not Markdown
    if _HEADING_M.search(text):
        return "paper"
    if _MARKDOWN_HINT.search(text):
        return "markdown"
    return None


def _looks_like_code(lines: list[str]) -> bool:
    """Tell whether many of the first lines are code or configuration rather than prose."""
    sample = [line for line in lines[:200] if line.strip() and not line.lstrip().startswith("#")]
    return bool(sample) and sum(1 for line in sample if _CODE_LINE.match(line)) >= CODE_SHARE * len(sample)


def first_dated_title(lines: list[str]) -> int | None:
    """Find the first line that is a DD.MM.YYYY date followed by a title line; None if none."""
    for i, line in enumerate(lines):
        if is_date_line(line) and title_follows(lines, i):
            return i
    return None


def is_date_line(line: str) -> bool:
    """Tell whether a line is just a DD.MM.YYYY date (a cheap first-character test comes first)."""
    return (line[:1].isdigit() or line[:1] in " \t") and DATE_LINE.match(line) is not None


def title_follows(lines: list[str], i: int) -> bool:
    """Tell whether the next non-blank line after `i` exists and is not itself a date line."""
    for j in range(i + 1, len(lines)):  # indexes, not a slice: feeds have 100k lines
        if lines[j].strip():
            return not DATE_LINE.match(lines[j])
    return False
