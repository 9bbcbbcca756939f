"""Give items ids from their content, so a feed that grows keeps the ids it had.

An id is the document id, '#', a letter for the kind ('a' article, 's' section) and a digest
of the item's title, date and text: `feed#a-3f9c01d2e4`.  Position plays no part, so an
article added at the top of a feed takes a new id and every older article keeps its own.
Two items with the same content in one document (a story repeated verbatim) are told apart
by a suffix in reading order: `feed#a-3f9c01d2e4-2`.
"""

from __future__ import annotations

import datetime as dt
import hashlib

DIGEST_CHARS = 10


def content_id(doc_id: str, kind: str, title: str, date: dt.date | None, text: str, used: set[str]) -> str:
    """An id for one item of `doc_id`, unique among `used` (which it joins)."""
    digest = hashlib.sha256(
        "\x1f".join((title.strip(), date.isoformat() if date else "", text.strip())).encode("utf-8")
    ).hexdigest()[:DIGEST_CHARS]
    base = f"{doc_id}#{kind}-{digest}"
    item_id, n = base, 1
    while item_id in used:
        n += 1
        item_id = f"{base}-{n}"
    used.add(item_id)
    return item_id
