"""Provide the template filters: dates as a reader writes them, and sanitised source markup."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata

import nh3
from markupsafe import Markup, escape

from reportgen.datefmt import long_date, short_date

#: Inline markup a source may carry into a briefing; everything else is stripped.
ALLOWED_TAGS = {"b", "strong", "i", "em", "sup", "sub", "br", "span", "bdi", "q", "abbr"}
ALLOWED_ATTRIBUTES = {"span": {"lang", "dir"}, "bdi": {"dir"}, "abbr": {"title"}}


def iso_date(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else ""


def sanitize(markup: str) -> Markup:
    """Source-derived markup through an allow-list: no scripts, links, images or styles."""
    return Markup(nh3.clean(markup, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes=set()))


#: Block markup a Markdown section or an analyst's note may hold: text, lists, emphasis, links.
BLOCK_TAGS = ALLOWED_TAGS | {"p", "ul", "ol", "li", "blockquote", "h3", "h4", "a", "code", "hr"}
BLOCK_ATTRIBUTES = {**ALLOWED_ATTRIBUTES, "a": {"href"}}


def markdown_html(text: str) -> str:
    """Markdown rendered by python-markdown, then through nh3's allow-list.

    No images, scripts, styles or raw HTML survive, and links keep only http(s) and mailto
    targets: the text of a source or a note never makes the renderer fetch anything.
    Headings are shifted to h3 and below so they sit under the part's own heading.
    """
    import markdown  # ~40 ms: only builds with a section or text part pay it

    html = markdown.markdown(text, output_format="html", extensions=[])
    for level in (2, 1):  # h1/h2 would compete with the part headings
        html = html.replace(f"<h{level}>", "<h3>").replace(f"</h{level}>", "</h3>")
    return nh3.clean(
        html,
        tags=BLOCK_TAGS,
        attributes=BLOCK_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


def sanitize_block(markup: str) -> Markup:
    """Block markup (a section laid out in full, an analyst's note) through the block allow-list."""
    return Markup(
        nh3.clean(
            markup,
            tags=BLOCK_TAGS,
            attributes=BLOCK_ATTRIBUTES,
            url_schemes={"http", "https", "mailto"},
            link_rel="noopener noreferrer",
        )
    )


#: A proper name as the `names` filter finds it: a capitalised word long enough to be hyphenated
#: (hyphenate-limit-chars: 7) inside a sentence, i.e. after a space that does not end one, or after
#: a hyphen that joins it to a word before ("Qatar-Kazakhstan").
_NAME = re.compile(r"(?:(?<=[^\s.!?:>] )|(?<=[^\W\d_][-–‐]))([A-ZА-ЯЁІӘҒҚҢӨҰҮҺ][^\W\d_]{6,})")
_TEXT = re.compile(r"(>|^)([^<]+)")


def names(value, language: str | None = None) -> Markup:
    """Text (or sanitised markup) with proper names wrapped in <span class="pn">, which layouts
    keep whole: pyphen would print "Kaza-khstan" at a line end, and CSS has no selector for
    capitalised words.  Text in a `language` pyphen cannot hyphenate (Kazakh) is left as it is:
    nothing there is hyphenated, and WeasyPrint breaks a line too early before such spans in it
    (a Kazakh abstract's second line held one word)."""
    markup = value if isinstance(value, Markup) else escape(value)
    if language and not _hyphenated(language):
        return Markup(markup)
    return Markup(_TEXT.sub(lambda m: m[1] + _NAME.sub(r'<span class="pn">\1</span>', m[2]), str(markup)))


@functools.cache
def _hyphenated(language: str) -> bool:
    import pyphen  # (WeasyPrint's own hyphenation; imported with it)

    return pyphen.language_fallback(language.replace("-", "_")) is not None


def svg_paths(shapes) -> list[tuple[str, str]]:
    from reportgen.figures.model import svg_paths as paths  # only builds with a figure need it

    return paths(shapes)


def css_string(text: str) -> Markup:
    """Text as a CSS string literal, for `content:` in a stylesheet a template writes."""
    return Markup('"' + str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\a ") + '"')


def css_counters(text: str) -> Markup:
    """A translated "page {page} of {pages}" as CSS `content:`: the strings around the page counters,
    so a language may put them in its own order ("{pages} беттің {page}-беті")."""
    pieces = re.split(r"\{(page|pages)\}", str(text))
    out = [css_string(piece) if i % 2 == 0 else f"counter({piece})" for i, piece in enumerate(pieces)]
    return Markup(" ".join(p for p in out if p != '""'))


def localized_filters(language: str) -> dict:
    """The date filters writing `language`'s month names and word order."""
    return {
        "long_date": lambda value: long_date(value, language),
        "short_date": lambda value: short_date(value, language),
    }


def fit_line(text: str, width: float, size: float, upper: bool = False, spacing: float = 0.0) -> str:
    """`text` cut at a word boundary with an ellipsis to fit `width` points at `size` points in DejaVu Sans
    (`figures.measure.fit`): a running header cut here, not clipped by CSS, whose hidden rest would stay in the
    PDF's text layer ("memorandum ofATIONS" when copied).  Not even a word fits: the text, for CSS to clip."""
    from reportgen.figures.measure import fit

    return fit(text, size, width, upper=upper, spacing=spacing) or text


# Languages written right to left (ISO 639-1 and -3 codes a paper's abstract may carry).
RIGHT_TO_LEFT = frozenset("ar arb fa pes he heb ur urd ps pus yi yid dv div ug uig ckb sd snd ku".split())


def direction(language: str) -> str:
    """'rtl' for a language written right to left (an Arabic abstract), else 'ltr': its block's `dir`."""
    return "rtl" if str(language).split("-")[0].lower() in RIGHT_TO_LEFT else "ltr"


def text_direction(text: str) -> str:
    """'rtl' when the text's first letter of a strong direction is Arabic or Hebrew, else 'ltr': the `dir` of
    the block that holds it, as `dir="auto"` would give (WeasyPrint reads only "rtl" and "ltr").  An Arabic
    sentence in a left-to-right block is ordered run by run: its full stop and citation land mid-line."""
    for ch in str(text):
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def list_separator(language: str) -> str:
    """What parts the items of a list in `language`: the Arabic comma in Arabic, Persian and Urdu."""
    return "، " if str(language).split("-")[0].lower() in ("ar", "arb", "fa", "pes", "ur", "urd", "ps") else ", "


def isolated(text: str) -> Markup:
    """Right-to-left text wrapped in Unicode's right-to-left isolate (RLI ... PDI), other text as it is: WeasyPrint
    does not isolate a `<bdi>` by itself, so an Arabic title's closing "…" landed before its first word, beside the
    date after it.  (Escapes plain text; keeps Markup.)"""
    text = escape(text)
    return Markup(f"\u2067{text}\u2069") if text_direction(text.striptags()) == "rtl" else text


def shown_path(path: str) -> str:
    """A source's path as the source list shows it: as the config names it when relative, else its folder and
    file name only ("sources/feed.txt", not "/home/analyst/projects/.../sources/feed.txt"): a reader of the
    briefing needs the file, not the analyst's machine."""
    if not path.startswith("/") and not re.match(r"[A-Za-z]:[\\/]", path):
        return path
    parts = [p for p in re.split(r"[\\/]", path) if p]
    return "/".join(parts[-2:])


FILTERS = {
    "shown_path": shown_path,
    "isolated": isolated,
    "direction": direction,
    "text_direction": text_direction,
    "list_separator": list_separator,
    "fit_line": fit_line,
    "css_string": css_string,
    "css_counters": css_counters,
    "svg_paths": svg_paths,
    "names": names,
    "sanitize_block": sanitize_block,
    "long_date": long_date,
    "short_date": short_date,
    "iso_date": iso_date,
    "sanitize": sanitize,
}
