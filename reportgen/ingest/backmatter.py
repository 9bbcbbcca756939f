"""Tell a paper's back matter by its shape: a run of bibliography entries, notes about the authors.

Used where a heading's words are not among the known labels ('Marejeo', 'Tagairtí'): what follows the
heading decides.  The tests are strict so that a literature review citing 'Kamrava (2013)' stays prose.
"""

from __future__ import annotations

import re

_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")
_NUMBER = r"(?:\[\d{1,3}\]|\d{1,3}[.)])?\s*"
# 'Aushev, H. T. (2024).', 'Aushev H.T. Qatar...', 'H. T. Aushev, ...', 'Kamrava, Mehran. Qatar...'
_INITIALS_FIRST = re.compile(rf"^{_NUMBER}(?:[^\W\d_]\.\s?){{1,3}}\s*[^\W\d_]")
_SURNAME_THEN_INITIALS = re.compile(
    rf"^{_NUMBER}[^\W\d_][^\W\d_'’\-]+(?:\s[^\W\d_][^\W\d_'’\-]+)?,?\s(?:[^\W\d_]\.\s?){{1,3}}"
)
_SURNAME_COMMA_NAME = re.compile(rf"^{_NUMBER}[^\W\d_][^\W\d_'’\-]+,\s[^\W\d_][^\W\d_'’\-]+\.\s")
_APA_YEAR = re.compile(r"\((?:1[89]\d\d|20\d\d)[a-z]?(?:,[^)]{0,30})?\)\.")  # '(2024).', '(2024, May 15).'
_LINK = re.compile(r"doi\.org/|\bdoi:|https?://|\s//\s", re.I)
_AUTHOR_NOTE = re.compile(r"^[^\W\d_][^–—\n]{2,90}?\s[–—-]\s")  # 'Saad Twaissi – PhD, Professor ...'
_CONTACT = re.compile(r"@|e-?mail|orcid", re.I)

MAX_ENTRY_LENGTH = 700  # characters; a paragraph of prose is longer
BIBLIOGRAPHY_SHARE = 0.8  # of a section's paragraphs that must be entries


def is_entry(text: str) -> bool:
    """Tell whether `text` reads as one bibliography entry: a year and an author-first or linked form."""
    if len(text) > MAX_ENTRY_LENGTH or not _YEAR.search(text):
        return False
    head = text[:160]
    return bool(
        _APA_YEAR.search(head)
        or _INITIALS_FIRST.match(text)
        or _SURNAME_THEN_INITIALS.match(text)
        or _SURNAME_COMMA_NAME.match(text)
        or _LINK.search(text)
    )


def is_bibliography(texts: list[str]) -> bool:
    """Tell whether a section's paragraphs are a reference list: two or more, nearly all entries."""
    return len(texts) >= 2 and sum(is_entry(t) for t in texts) >= BIBLIOGRAPHY_SHARE * len(texts)


def is_author_notes(texts: list[str]) -> bool:
    """Tell whether paragraphs are notes about the authors: 'Name – position …', most with a contact."""
    return (
        len(texts) >= 1
        and all(_AUTHOR_NOTE.match(t) for t in texts)
        and sum(bool(_CONTACT.search(t)) for t in texts) * 2 >= len(texts)
    )
