"""The analyst's own words: a Markdown file (key judgements, a note) placed as a part."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from reportgen.parts.kind import Option, PartKind

MAX_TEXT_BYTES = 1024 * 1024  # a note is a few KB


@dataclass(frozen=True)
class TextPart:
    id: str
    title: str
    html: str  # sanitised markup rendered from the file's Markdown
    kind: str = "text"


def read(path: Path) -> str:
    """The note's text; ReportgenError naming the file when it cannot be read as UTF-8."""
    from reportgen import files
    from reportgen.errors import ReportgenError

    try:
        data = files.read_limited(path, MAX_TEXT_BYTES)
        return data.decode("utf-8")
    except files.FileProblem as exc:
        raise ReportgenError(f"{path}: {exc.reason}; check text: file: in the config") from None
    except UnicodeDecodeError as exc:
        raise ReportgenError(f"{path}: not UTF-8 text (byte {exc.start}); save the file as UTF-8") from None


# A note's own heading on its first line: "# Key judgements".
_LEADING_HEADING = re.compile(r"\A\s*#{1,6}[ \t]+(?P<title>[^\n]+?)[ \t#]*(?:\n|\Z)")


def assemble(ctx, spec, part_id: str, title: str) -> TextPart:
    from reportgen.render.markup import markdown_html

    text = read(ctx.cfg.root / spec.get("file"))
    heading = _LEADING_HEADING.match(text)
    if heading is not None:
        own = heading.group("title").strip()
        # The note's heading is the part's title, not a second heading under it: the title a config
        # gives when it is the same words, else the note's own in place of the default.
        if not spec.get("title") or own.casefold() == " ".join(spec.get("title").split()).casefold():
            title = title if spec.get("title") else own
            text = text[heading.end() :]
    return TextPart(part_id, title, markdown_html(text))


KIND = PartKind(
    name="text",
    title="Assessment",
    help="a Markdown file the analyst writes (key judgements, a note), in the layout's style",
    example="text: {file: assessment.md}",
    options=(Option("file", "file", "The Markdown file, absolute or relative to the config.", required=True),),
    assemble=assemble,
    cites=False,
    models=(TextPart,),
)
