"""The analyst's own words: a Markdown file (key judgements, a note) placed as a part."""

from __future__ import annotations

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


def assemble(ctx, spec, part_id: str, title: str) -> TextPart:
    from reportgen.render.markup import markdown_html

    return TextPart(part_id, title, markdown_html(read(ctx.cfg.root / spec.get("file"))))


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
