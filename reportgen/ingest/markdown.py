"""Turn Markdown source lines into plain-text blocks, and mend paragraphs split by page breaks."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SUP = re.compile(r"<sup>.*?</sup>", re.I | re.S)  # footnote and affiliation markers: noise in text
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_LINK = re.compile(r"\[([^\]]*)\]\(\s*<?([^)\s>]*)>?[^)]*\)")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^<>\s]+|[^<>\s@]+@[^<>\s@]+)>")
_STRONG = re.compile(r"(?<![\\*])\*\*(?=\S)(.+?)(?<=[^\s\\])\*\*")
_EMPHASIS = re.compile(r"(?<![\\*\w])\*(?=[^\s*])(.+?)(?<=[^\s\\*])\*(?!\w)")
_ESCAPE = re.compile(r"\\+([!-/:-@\[-`{-~])")  # '\*', '\$', and the doubly escaped '\\_'
_SPACES = re.compile(r"[ \t\u00a0]+")
_BULLET = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?=\S)")
_URL = re.compile(r"<((?:https?|ftp)://[^<>\s]+)>|\]\(\s*<?((?:https?|ftp)://[^)\s>]+)")
# Ends like a finished paragraph: terminal punctuation, maybe closed by quotes, brackets or emphasis.
_TERMINAL = re.compile(r"[.!?…:;][\"'»”’)\]*_]*$")
_BROKEN_WORD = re.compile(r"(?<![^\W\d_])([^\W\d_]+)-$")  # 'identify-', not ' - ' or '2022-'
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass
class Block:
    """Hold consecutive non-blank lines; `line` is the 1-based number of the first."""

    line: int
    lines: list[str]

    @property
    def first(self) -> str:
        return self.lines[0]


def split_blocks(lines: list[str]) -> list[Block]:
    """Group lines into blocks separated by blank lines."""
    blocks: list[Block] = []
    current: Block | None = None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            current = None
        elif current is None:
            current = Block(number, [_trim(line)])
            blocks.append(current)
        else:
            current.lines.append(_trim(line))
    return blocks


def _trim(line: str) -> str:
    """The line without trailing blanks, but with trailing tabs: a table row's last cell may be empty."""
    return line.rstrip(" \r\n\v\f") if "\t" in line else line.rstrip()


def clean_inline(text: str) -> str:
    """Strip inline Markdown (emphasis, links, tags, escapes) and collapse spaces."""
    if "<" in text:
        text = _SUP.sub("", text)
        text = _AUTOLINK.sub(r"\1", text)
        text = _TAG.sub("", text)
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    if "*" in text:
        text = _STRONG.sub(r"\1", text)
        text = _EMPHASIS.sub(r"\1", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip()


def first_url(text: str) -> str | None:
    """Find the first URL written as <url> or [text](url), with Markdown escapes removed."""
    match = _URL.search(text)
    if not match:
        return None
    return _ESCAPE.sub(r"\1", match.group(1) or match.group(2))


def bullet_text(line: str) -> str | None:
    """Return the text after a list marker ('- ', '* ', '1. '), or None for other lines."""
    match = _BULLET.match(line)
    return line[match.end() :] if match else None


def is_finished(text: str) -> bool:
    """Tell whether `text` ends like a complete paragraph (terminal punctuation)."""
    return bool(_TERMINAL.search(text))


def continues(previous: str, text: str) -> bool:
    """Tell whether `text` carries on `previous`: cut mid-sentence, or resuming in lower case."""
    return not is_finished(previous) or text[:1].islower()


def join(previous: str, text: str, known: frozenset[str] = frozenset()) -> str:
    """Join two pieces of one paragraph, mending a word hyphenated across the break.

    'identify-' + 'ing' -> 'identifying'; 'Kazakh-' + 'Qatari' -> 'Kazakh-Qatari' (a capital
    means a real compound).  `known` (from `vocabulary`) settles the rest: a compound written
    elsewhere keeps its hyphen, and 'exchange-' + 'es' becomes 'exchanges' when only that is known.
    """
    broken = _broken_word(previous)
    if broken and text[:1].isalpha():
        if text[0].isupper():
            return previous + text
        word = _FIRST_WORD.match(text)
        head, tail = broken.group(1).lower(), word.group(0).lower() if word else ""
        if f"{head}-{tail}" in known:
            return previous + text
        if f"{head}{tail}" not in known and head[-1:] == tail[:1] and f"{head[:-1]}{tail}" in known:
            return previous[:-2] + text  # the typesetter repeated a letter across the break
        return previous[:-1] + text
    return previous + " " + text


def _broken_word(text: str) -> re.Match[str] | None:
    """The word `text` ends in with a hyphen ('identify-'), looked for in its tail only: a paragraph
    joined line by line would otherwise be searched whole at every line (quadratic in its length)."""
    if not text.endswith("-"):
        return None
    tail = text[-100:]
    found = _BROKEN_WORD.search(tail)
    if found and found.start() == 0 and len(text) > len(tail):  # the word may start before the tail
        found = _BROKEN_WORD.search(text)
    return found


def vocabulary(text: str) -> frozenset[str]:
    """Collect every lower-cased word and 'word-word' compound in `text`, to guide `join`."""
    found = set()
    for word in _WORDS.findall(text.lower()):
        found.add(word)
        if "-" in word:
            found.update(word.split("-"))
    return frozenset(found)
