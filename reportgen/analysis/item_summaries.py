"""Keep each item's own summary between builds, in the cache beside the run history.

An item's own summary (`summarise([item], item_summary_length(item, base))`) depends on that
item alone and on the analysis code, so a scheduled run re-summarises only the items it has
not summarised before (nor even splits them into sentences to find their length).  The key is
a digest of the item as read (id, title, date, text, every paragraph's location) and the
length asked for; the file is named by a digest of reportgen's version and the analysis code, so changed
code starts afresh.  JSON, as the parsed-source cache (reportgen.ingest.cache): damaged or
foreign content is ignored, never run.  Topic summaries span items and are always computed.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportgen.analysis.model import Sentence
from reportgen.corpus import Item, Location

log = logging.getLogger("reportgen")

MAX_ENTRIES = 20_000  # past this many (some 12 MB), only the summaries the current build used are kept
_CODE = ("analysis", "text.py", "corpus.py")  # what a summary depends on, relative to the package


class ItemSummaries:
    """A summariser for the briefing that remembers single items' summaries in `folder` (None: memory only)."""

    def __init__(
        self, folder: Path | None, summarise: Callable[..., Sequence[Sentence]], exclude: frozenset[str] = frozenset()
    ) -> None:
        self._summarise = summarise
        # sentences no summary shows (another relation's story told in one of this one's): an item holding
        # one is summed up without it, and not kept
        self.exclude = exclude
        self._file = folder / file_name() if folder is not None else None
        self._stored: dict[str, list] | None = None
        self._used: dict[str, list] = {}
        self._memo: dict[str, tuple[Sentence, ...]] = {}
        self.computed = 0

    def __call__(self, items: Sequence[Item], n: int, **options) -> Sequence[Sentence]:
        if self.exclude:
            options["exclude"] = {*options.get("exclude", ()), *self.exclude}
        if len(items) != 1 or any(options.values()):
            return self._summarise(items, n, **options)
        return self._kept(items[0], str(n), lambda: n)

    def own(self, item: Item, base: int) -> Sequence[Sentence]:
        """The item's own summary, as long as what it tells calls for (`item_summary_length`)."""
        if self.exclude and any(text in item.text for text in self.exclude):
            return tuple(self._summarise([item], item_summary_length(item, base), exclude=self.exclude))
        return self._kept(item, f"own {base}", lambda: item_summary_length(item, base))

    def _kept(self, item: Item, length: str, n: Callable[[], int]) -> tuple[Sentence, ...]:
        key = _key(item, length)
        if key in self._memo:
            return self._memo[key]
        found = self._load().get(key)
        sentences = _decode(found) if found is not None else None
        if sentences is None:
            sentences = tuple(self._summarise([item], n()))
            self.computed += 1
        self._memo[key] = sentences
        self._used[key] = _encode(sentences)
        return sentences

    def save(self) -> None:
        """Write the summaries this build made or used, merged with those other builds keep."""
        from reportgen.files import write_atomic

        if self._file is None or all(self._load().get(k) == v for k, v in self._used.items()):
            return
        merged = dict(self._load())
        merged.update(self._used)
        if len(merged) > MAX_ENTRIES:
            merged = dict(self._used)
        try:
            write_atomic(self._file, json.dumps(merged, ensure_ascii=False).encode("utf-8"), durable=False)
        except OSError as exc:  # the parsed-source cache already warned about an unwritable folder
            log.debug("cache: cannot write %s: %s", self._file, exc)

    def _load(self) -> dict[str, list]:
        if self._stored is None:
            self._stored = {}
            if self._file is not None:
                try:
                    found = json.loads(self._file.read_bytes())
                except (OSError, ValueError):
                    found = {}
                self._stored = found if isinstance(found, dict) else {}
        return self._stored


def _key(item: Item, length: str) -> str:
    # repr names every field of the item and its paragraphs: text, title, date, ids and each line.
    return hashlib.sha256(f"{length}\0{item!r}".encode()).hexdigest()


WORDS_PER_SENTENCE = 120  # a long paper passage recounts more happenings than a news story


LONG_STORY_WORDS = 150  # the longest quarter of stories: a visit's several deeds (agreements, a loan, a forum)


def item_summary_length(item: Item, base: int) -> int:
    """Summary sentences for one item: `base` for a news story, one more for a story of over
    LONG_STORY_WORDS words, one per happening (`summarise.happenings`) or deed it tells
    (`chronology.states_deed`: a visit told day by day) up to twice `base`; a
    paper section or passage one for every WORDS_PER_SENTENCE words up to twice `base`, or one
    for every happening it tells up to three times `base` (a history section recounting a dozen
    dated visits and agreements), whichever is more, and never less than `base`."""
    from reportgen.analysis.summarise import happenings

    if base <= 0:
        return base
    words = sum(len(p.text.split()) for p in item.paragraphs)
    told = happenings(item)
    if item.kind != "section":
        # a visit told day by day: "On Thursday the delegation flew to Ho Chi Minh City, where ..."
        # is a deed of the story though it names no figure
        from reportgen.analysis.chronology import states_deed
        from reportgen.text import paragraph_spans

        deeds = sum(states_deed(p.text[a:b]) for p in item.paragraphs for a, b in paragraph_spans(p.text))
        return min(2 * base, max(base + (words > LONG_STORY_WORDS), told, deeds))
    return max(base, min(2 * base, -(-words // WORDS_PER_SENTENCE)), min(3 * base, told))


def _encode(sentences: Sequence[Sentence]) -> list:
    return [[s.text, s.item_id, s.location.path, s.location.line, s.index] for s in sentences]


def _decode(value: Any) -> tuple[Sentence, ...] | None:
    """The sentences a stored value holds, or None when it is not what _encode wrote."""
    try:
        out = tuple(Sentence(text, item_id, Location(path, line), index) for text, item_id, path, line, index in value)
    except (TypeError, ValueError):
        return None
    ok = all(isinstance(s.text, str) and isinstance(s.item_id, str) and isinstance(s.location.line, int) for s in out)
    return out if ok else None


def file_name() -> str:
    return f"summaries-{analysis_key()}.json"


@lru_cache(maxsize=1)
def analysis_key() -> str:
    """A digest of reportgen's version and the code a summary depends on."""
    import reportgen

    package = Path(reportgen.__file__).parent
    h = hashlib.sha256(reportgen.__version__.encode())
    for name in _CODE:
        target = package / name
        for path in sorted(target.rglob("*.py")) if target.is_dir() else [target]:
            h.update(path.relative_to(package).as_posix().encode() + b"\0")
            try:
                h.update(path.read_bytes())
            except OSError:
                h.update(b"\xff")
    return h.hexdigest()[:16]
