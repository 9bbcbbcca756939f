"""Turn rendered HTML into PDF bytes with WeasyPrint, confined to the layout's folders; write files atomically.

WeasyPrint is imported inside the functions that need it, so importing this module
(and running `reportgen --help`) stays cheap.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import re
import unicodedata
import warnings as warnings_module
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from reportgen.briefing_model import Briefing
from reportgen.config.model import PdfOptions
from reportgen.errors import RenderError
from reportgen.layouts import Layout
from reportgen.render.lost import lost_content

MAX_ASSET_BYTES = 50 * 1024 * 1024  # a font or an image of a layout; more is a mistake, not a logo
#: Link actions a PDF may carry: web and mail links, and anchors inside the briefing ("internal").
LINK_SCHEMES = ("http", "https", "mailto")


@dataclass(frozen=True)
class RenderedPdf:
    bytes: bytes
    pages: int
    warnings: list[str] = field(default_factory=list)
    chunks: int = 1  # laid out in this many parallel processes (reportgen.render.chunked)


@dataclass(frozen=True)
class EmbeddedFile:
    """A file the PDF carries (`pdf: {attach: ...}`), for `reportgen extract`."""

    name: str  # a plain file name, no folders
    data: bytes
    description: str
    relationship: str  # the PDF/A-3 AFRelationship: Source (the config), Data (the briefing's JSON)


class PageLimitReached(Exception):
    """The layout made more pages than allowed; raised from inside WeasyPrint's pagination."""


def render_pdf(
    html: str,
    *,
    layout: Layout,
    briefing: Briefing,
    max_pages: int | None = None,
    keep: list[object] | None = None,
    check_lost: bool = True,
    options: PdfOptions = PdfOptions(),
    attachments: tuple[EmbeddedFile, ...] = (),
    draw: Callable[[Any, Callable[[Any], bytes]], bytes] | None = None,
) -> RenderedPdf:
    """Lay out `html` as PDF; fetches outside the layout's folders are refused and reported as warnings.

    With `max_pages`, pagination stops with PageLimitReached as soon as the page after it is laid out.
    `keep` receives the laid-out document, for a process that exits without freeing it.
    `check_lost=False`: a chunk of the document (reportgen.render.chunked checks the whole).
    `options`: tagged or not, a PDF/A or PDF/UA variant; `attachments`: the only files embedded.
    `draw(document, write)`: the PDF bytes, from write(document or a copy of some of its pages)
    (reportgen.render.chunked draws a long chunk's halves in two processes).
    """
    import weasyprint  # lazy: WeasyPrint and its dependencies take a while to import

    warnings: list[str] = []
    fetcher = _confined_fetcher(weasyprint, layout.search_path, warnings)
    # The same to render() and write_pdf(): a variant's defaults (sRGB output intent, PDF version) apply to both.
    pdf_options = {"pdf_tags": options.tags, "pdf_variant": options.variant}
    with _captured_log(warnings), _page_limit(max_pages):
        try:
            document = weasyprint.HTML(
                string=html,
                base_url=layout.folder.as_uri() + "/",
                url_fetcher=fetcher,
            ).render(attachments=[], **pdf_options)
            if keep is not None:
                keep.append(document)
            _set_metadata(document.metadata, briefing)
            _safe_links(document, warnings)
            lost = lost_content(document, briefing) if check_lost else []
            embedded = _embedded(weasyprint, attachments, document.metadata.created, fetcher)
            identifier = hashlib.md5(f"{briefing.slug}:{briefing.as_of}".encode()).hexdigest().encode()

            def write(pages) -> bytes:
                return pages.write_pdf(attachments=embedded, pdf_identifier=identifier, **pdf_options)

            data = draw(document, write) if draw else write(document)
        except (PageLimitReached, MemoryError):  # the caller names the limit
            raise
        except Exception as exc:  # WeasyPrint raises many kinds; the user needs one line
            raise RenderError(f"WeasyPrint could not lay out the briefing: {type(exc).__name__}: {exc}") from exc
    if max_pages is not None and len(document.pages) > max_pages:  # if pagination could not be watched
        raise PageLimitReached(len(document.pages))
    if lost:  # ours name the part or count the links; WeasyPrint's (from write_pdf) repeat them one by one
        warnings = [w for w in warnings if not w.startswith("weasyprint: No anchor #")] + lost
    return RenderedPdf(data, len(document.pages), _unique(warnings))


def _embedded(weasyprint, files: tuple[EmbeddedFile, ...], stamp: str, fetcher) -> list:
    """WeasyPrint attachments of `files`, dated like the PDF (same input, same bytes)."""
    when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return [
        weasyprint.Attachment(
            string=f.data,
            url_fetcher=fetcher,
            name=f.name,
            description=f.description,
            created=when,
            modified=when,
            relationship=f.relationship,
        )
        for f in files
    ]


def _confined_fetcher(weasyprint, roots: tuple[Path, ...], warnings: list[str]):
    """A URLFetcher that serves data: URLs and files inside `roots` (symlinks resolved), nothing else."""
    allowed = tuple(Path(r).resolve() for r in roots)

    class ConfinedFetcher(weasyprint.URLFetcher):
        def fetch(self, url, headers=None):
            scheme = urlsplit(url).scheme.lower()
            if scheme == "data":
                return super().fetch(url, headers)
            if scheme == "file":
                target = Path(unquote(urlsplit(url).path)).resolve()
                if any(target.is_relative_to(root) for root in allowed):
                    return _read_asset(weasyprint, url, target, warnings)
                reason = "outside the layout folder"
            else:
                reason = "only files in the layout folder may be read"
            message = f"blocked fetch of {url}: {reason}"
            warnings.append(message)
            raise PermissionError(message)

    return ConfinedFetcher(allowed_protocols=("file", "data"), allow_redirects=False)


def _read_asset(weasyprint, url: str, target: Path, warnings: list[str]):
    """A layout file as WeasyPrint's fetcher answers it; a FIFO, device or folder is refused, never opened
    for a blocking read (a FIFO would hang the render until the time limit)."""
    import mimetypes

    from reportgen.files import FileProblem, read_limited

    try:
        data = read_limited(target, MAX_ASSET_BYTES)
    except FileProblem as exc:
        message = f"blocked fetch of {url}: {exc.reason}"
        warnings.append(message)
        raise PermissionError(message) from None
    mime = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
    return weasyprint.urls.URLFetcherResponse(url, data, {"Content-Type": mime})


@contextlib.contextmanager
def _page_limit(max_pages: int | None) -> Iterator[None]:
    """Count pages as WeasyPrint's paginator makes them and stop past `max_pages`.

    WeasyPrint has no page limit of its own; without one a 5,000-page layout runs for
    minutes before its page count can be checked.  Its paginator is a generator in
    weasyprint.layout (WeasyPrint 70, pinned); if that name moves, the count is checked after.
    """
    from weasyprint import layout as wlayout

    original = getattr(wlayout, "make_all_pages", None)
    if max_pages is None or original is None:
        yield
        return

    def counted(*args, **kwargs):
        for number, page in enumerate(original(*args, **kwargs), 1):
            if number > max_pages:
                raise PageLimitReached(number)
            yield page

    wlayout.make_all_pages = counted
    try:
        yield
    finally:
        wlayout.make_all_pages = original


@contextlib.contextmanager
def _captured_log(warnings: list[str]) -> Iterator[None]:
    """Turn WeasyPrint's log warnings (missing font, bad CSS, failed fetch) into build warnings."""
    logger = logging.getLogger("weasyprint")

    unprintable: dict[str, None] = {}  # characters no font has, in the order met

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            message = record.getMessage()
            if "blocked fetch of" in message:  # already recorded by the fetcher
                return
            if (missing := _NO_GLYPH.match(message)) is not None:
                unprintable.update(dict.fromkeys(missing.group(1)))  # (said once per character: one line for all)
                return
            if "HarfBuzz-Subset" in message:  # said once per font and once more on import
                message = "HarfBuzz-Subset is not installed; fonts are subset with fontTools (slower)"
            warnings.append(f"weasyprint: {message}")

    handler = Collect(logging.WARNING)
    saved = (logger.level, logger.propagate)
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    try:
        # WeasyPrint also speaks through the warnings module (deprecations of system libraries).
        with warnings_module.catch_warnings(record=True) as caught:
            warnings_module.simplefilter("always")
            yield
        for warning in caught:
            if issubclass(warning.category, ResourceWarning):  # WeasyPrint's own unclosed files (its sRGB profile)
                continue
            handler.emit(logging.makeLogRecord({"msg": str(warning.message), "levelno": logging.WARNING}))
        if unprintable:
            warnings.append(_no_font_for(list(unprintable)))
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]


_NO_GLYPH = re.compile(r'\.notdef glyph rendered for Unicode string unsupported by fonts: "(.+)"')


def _no_font_for(characters: list[str]) -> str:
    """One warning for every character no installed font has ("자", "유", ...), by script."""
    scripts = dict.fromkeys(_script(c) for c in characters)
    sample = "".join(characters[:8])
    return (
        f"weasyprint: no installed font has the {' and '.join(scripts)} characters of this briefing "
        f"({len(characters)}, e.g. {sample}): they print as empty boxes; install a font that covers them "
        "(e.g. Noto Sans CJK for Hangul and Chinese) or name one in the layout's CSS"
    )


def _script(character: str) -> str:
    """The script a character's Unicode name opens with: "HANGUL SYLLABLE JA" -> "Hangul"."""
    name = unicodedata.name(character, "")
    first = name.split(" ")[0] if name else ""
    return {"CJK": "CJK", "": f"U+{ord(character):04X}"}.get(first, first.capitalize())


def _set_metadata(metadata, briefing: Briefing) -> None:
    """Fixed metadata from the Briefing, whatever the layout's <meta> tags say: same input, same PDF."""
    stamp = dt.datetime.combine(briefing.as_of, dt.time(0, 0), tzinfo=dt.timezone.utc).isoformat()
    metadata.title = briefing.title
    metadata.authors = [briefing.author] if briefing.author else []
    metadata.description = briefing.subtitle or None
    metadata.keywords = list(briefing.keywords)
    metadata.generator = "reportgen"
    metadata.created = stamp.replace("+00:00", "Z")
    metadata.modified = metadata.created
    metadata.lang = briefing.language
    metadata.attachments = []


def _safe_links(document, warnings: list[str]) -> None:
    """Keep only http(s), mailto and internal links: <a rel=attachment> would embed the file it points to,
    and file:, javascript: or launch-style targets in a PDF run things in the reader's viewer."""
    for page in document.pages:
        kept = []
        for link in page.links:
            kind, target = link[0], link[1]
            if kind == "internal" or kind == "external" and urlsplit(str(target)).scheme.lower() in LINK_SCHEMES:
                kept.append(link)
            elif kind != "attachment":
                warnings.append(
                    f"dropped a link to {_excerpt(str(target))}: a PDF keeps only http(s), mailto and in-document links"
                )
        page.links[:] = kept


def _excerpt(text: str, limit: int = 60) -> str:
    shown = text.encode("unicode_escape").decode("ascii")
    return shown if len(shown) <= limit else shown[:limit] + "…"


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
