"""Turn a Document into plain JSON values and back, its items kept apart so a reader can skip them.

The cache stores these values as JSON, a format that cannot run code when it is read
(pickle can): whoever can write the cache can change a briefing's text, no more.
A record is the document without its items, an index of them ([own date, id, content
digest] each) and each item's JSON text apart: ingest leaves an item out of a build by its
index row alone, without parsing or building it.
Values are positional (a dataclass is its class name and its field values in order),
which keeps the files small; the cache's version key covers this module and corpus.py,
so a change to either makes older records unreachable rather than misread.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any

from reportgen.corpus import Abstract, Article, Diagnostic, Document, Item, Location, Paragraph, Reference, Section
from reportgen.corpus import Table, content_digest

_CLASSES = {
    cls.__name__: cls for cls in (Abstract, Article, Diagnostic, Location, Paragraph, Reference, Section, Table)
}
_FIELDS_BY_CLASS = {cls: tuple(f.name for f in dataclasses.fields(cls)) for cls in _CLASSES.values()}
_PLAIN = (str, int, float, bool)
# _encode's fast path for paragraphs holds only while these are the fields, in this order.
_PARAGRAPH_FAST = _FIELDS_BY_CLASS[Paragraph] == ("id", "text", "location", "kind", "markup") and _FIELDS_BY_CLASS[
    Location
] == ("path", "line")
_to_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


class RecordError(ValueError):
    """Raised when a stored record is not one this version wrote (damaged or foreign)."""


def encode_document(doc: Document) -> tuple[dict, list, list[str]]:
    """(document fields except items, [[date, id, digest], ...], each item as JSON text)."""
    head = {f.name: _encode(getattr(doc, f.name)) for f in dataclasses.fields(doc) if f.name != "items"}
    index = [[item.date.isoformat() if item.date else None, item.id, content_digest(item)] for item in doc.items]
    bodies = [_to_json(_encode(item)) for item in doc.items]
    return head, index, bodies


def decode_document(head: Any, index: Any, read_bodies: Callable[[], Sequence[bytes | str]], keep=None) -> Document:
    """The Document a record holds; items whose own date `keep` rejects are only listed in `omitted`.

    `read_bodies()` gives the items' JSON texts; it is called only when an item is kept.
    """
    try:
        bodies: Sequence[bytes | str] = ()
        kept: list[Item] = []
        omitted: list[tuple[str, str]] = []
        verdicts: dict[str | None, bool] = {}  # a feed file spans a few days: ask `keep` once a day
        for date in {row[0] for row in index}:
            verdicts[date] = keep is None or keep(dt.date.fromisoformat(date) if date else None)
        if not any(verdicts.values()):  # most files of an archive: nothing to build, the index is enough
            fields = {name: _decode(value) for name, value in head.items()}
            earlier = fields.pop("omitted", ())
            return Document(**fields, items=(), omitted=(*earlier, *[(i, d) for _, i, d in index]))
        for n, (date, item_id, digest) in enumerate(index):
            verdict = verdicts.get(date)
            if verdict is None:
                verdict = verdicts[date] = keep is None or keep(dt.date.fromisoformat(date) if date else None)
            if verdict:
                if not bodies:
                    bodies = read_bodies()
                    if len(bodies) != len(index):
                        raise RecordError("the item index and the items differ in number")
                item = _decode(json.loads(bodies[n]))
                if not isinstance(item, (Article, Section)):
                    raise RecordError("an item that is neither an article nor a section")
                kept.append(item)
            else:
                omitted.append((str(item_id), str(digest)))
        fields = {name: _decode(value) for name, value in head.items()}
        earlier = fields.pop("omitted", ())
        return Document(**fields, items=tuple(kept), omitted=(*earlier, *omitted))
    except RecordError:
        raise
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise RecordError(f"not a document record ({type(exc).__name__})") from None


def encode_diagnostics(diagnostics: list[Diagnostic]) -> list:
    return [_encode(d) for d in diagnostics]


def decode_diagnostics(values: Any) -> list[Diagnostic]:
    try:
        found = [_decode(v) for v in values]
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise RecordError(f"not a list of diagnostics ({type(exc).__name__})") from None
    if not all(isinstance(d, Diagnostic) for d in found):
        raise RecordError("not a list of diagnostics")
    return found


def _encode(value: Any) -> Any:
    kind = type(value)
    if kind is Paragraph and _PARAGRAPH_FAST:  # most of a record: spelt out, a third of the time
        loc = value.location
        return {
            "t": "Paragraph",
            "v": [value.id, value.text, {"t": "Location", "v": [loc.path, loc.line]}, value.kind, value.markup],
        }
    if kind in _PLAIN or value is None:
        return value
    if kind is tuple:
        return [_encode(v) for v in value]
    fields = _FIELDS_BY_CLASS.get(kind)
    if fields is not None:
        return {"t": kind.__name__, "v": [_encode(getattr(value, f)) for f in fields]}
    if kind is dt.date:
        return {"d": value.isoformat()}
    raise TypeError(f"cannot store a {kind.__name__} in a record")


def _decode(value: Any) -> Any:
    kind = type(value)
    if kind is list:
        return tuple([_decode(v) for v in value])
    if kind is dict:
        if "d" in value:
            return dt.date.fromisoformat(value["d"])
        cls = _CLASSES[value["t"]]  # a name outside the corpus model is a KeyError: never a class we did not list
        return cls(*[_decode(v) for v in value["v"]])
    return value
