"""Read tables written as a '**Table N** – caption' line, a blank line and tab-separated rows."""
from __future__ import annotations

import re

from reportgen.corpus import Diagnostic, Location, Table
from reportgen.ingest.markdown import clean_inline

_LABEL = r"(?:Table|Таблица|Кесте)[ \t]+(\d+)"
# '**Table 1** – Caption', '**Table 1.** Caption', '**Таблица 1** — ...'
_BOLD_CAPTION = re.compile(rf"^\*\*{_LABEL}\.?\*\*[ \t]*(?:[–—:.-][ \t]*)?(.*)$", re.I)
# 'Table 1 – Caption' or '**Table 1 – Caption**': without bold, the dash is what marks a caption,
# so a paragraph opening 'Table 1 shows ...' stays a paragraph.
_DASH_CAPTION = re.compile(rf"^(\*\*)?{_LABEL}[ \t]*[.:]?[ \t]*[–—-][ \t]*(.*?)(?(1)\*\*)$", re.I)
# The source line under a table: '*Source: ...*', 'Note: ...', 'Источник: ...', 'Дереккөз: ...'.
NOTE = re.compile(r"^[*_]*(?:Sources?|Notes?|Источник|Источники|Примечание|Дереккөз|Ескерту)[ \t]*:", re.I)


def match_caption(line: str) -> tuple[int, str] | None:
    """Return (number, caption) when a line is a table caption, else None."""
    if match := _BOLD_CAPTION.match(line):
        return int(match.group(1)), match.group(2)
    if match := _DASH_CAPTION.match(line):
        return int(match.group(2)), match.group(3)
    return None


def is_rows(lines: list[str]) -> bool:
    """Tell whether a block looks like table rows (tab-separated cells)."""
    return "\t" in lines[0]


def build_table(*, table_id: str, number: int, caption: str, rows_at: int, lines: list[str],
                location: Location, path: str, note: str | None, section_id: str | None,
                diagnostics: list[Diagnostic]) -> Table:
    """Split rows into cells exactly as written; pad short rows and fold surplus cells, with a warning."""
    header = tuple(cell.strip() for cell in lines[0].split("\t"))
    width = len(header)
    rows = []
    for offset, line in enumerate(lines[1:], 1):
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) != width:
            where = Location(path, rows_at + offset)
            if len(cells) < width:
                fix = "padded with empty cells"
                cells += [""] * (width - len(cells))
            else:
                fix = "the extra cells are kept in the last one, tab-separated"
                cells = cells[:width - 1] + ["\t".join(cells[width - 1:])]
            diagnostics.append(Diagnostic("warning", where, (
                f"table {number} row has {len(line.split(chr(9)))} cells, header has {width}; "
                f"{fix} — check the tabs in that row")))
        rows.append(tuple(cells))
    return Table(
        id=table_id, number=number, caption=clean_inline(caption), header=header, rows=tuple(rows),
        location=location, note=note, section_id=section_id,
    )


def clean_note(line: str) -> str:
    """Drop the emphasis around a note: '*Source: X.*' -> 'Source: X.'."""
    return clean_inline(line).strip("*_ ")
