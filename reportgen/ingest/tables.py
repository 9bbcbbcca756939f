"""Read tables written as a '**Table N** – caption' line, a blank line and rows.

Rows are tab-separated cells, or a Markdown pipe table (`| a | b |` lines with a
`|---|---|` separator under the header row).
"""

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


# A pipe table's separator row: '|---|:--:|', '--- | ---'.
_PIPE_SEPARATOR = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")
_PIPE = re.compile(r"(?<!\\)\|")  # a cell border; '\|' is a pipe inside a cell


def is_rows(lines: list[str]) -> bool:
    """Tell whether a block looks like table rows (tab-separated cells, or a pipe table)."""
    return "\t" in lines[0] or is_pipe_table(lines)


def is_pipe_table(lines: list[str]) -> bool:
    return len(lines) >= 2 and "|" in lines[0] and _PIPE_SEPARATOR.match(lines[1]) is not None


def _pipe_cells(line: str) -> list[str]:
    text = line.strip()
    text = text[1:] if text.startswith("|") else text
    text = text[:-1] if text.endswith("|") and not text.endswith("\\|") else text
    return [cell.strip().replace("\\|", "|") for cell in _PIPE.split(text)]


def build_table(
    *,
    table_id: str,
    number: int,
    caption: str,
    rows_at: int,
    lines: list[str],
    location: Location,
    path: str,
    note: str | None,
    section_id: str | None,
    diagnostics: list[Diagnostic],
) -> Table:
    """Split rows into cells exactly as written; pad short rows and fold surplus cells, with a warning."""
    pipes = is_pipe_table(lines)
    split = _pipe_cells if pipes else (lambda line: [cell.strip() for cell in line.split("\t")])
    sep = "|" if pipes else "\t"
    header = tuple(split(lines[0]))
    width = len(header)
    rows = []
    for offset, line in enumerate(lines[1:], 1):
        if pipes and offset == 1:
            continue  # the |---| separator
        cells = split(line)
        if len(cells) != width:
            where = Location(path, rows_at + offset)
            if len(cells) < width:
                fix = "padded with empty cells"
                cells += [""] * (width - len(cells))
            else:
                fix = f"the extra cells are kept in the last one, {'|' if pipes else 'tab'}-separated"
                cells = cells[: width - 1] + [sep.join(cells[width - 1 :])]
            diagnostics.append(
                Diagnostic(
                    "warning",
                    where,
                    (
                        f"table {number} row has {len(split(line))} cells, header has {width}; "
                        f"{fix} — check the {'| borders' if pipes else 'tabs'} in that row"
                    ),
                )
            )
        rows.append(tuple(cells))
    return Table(
        id=table_id,
        number=number,
        caption=clean_inline(caption),
        header=header,
        rows=tuple(rows),
        location=location,
        note=note,
        section_id=section_id,
    )


def clean_note(line: str) -> str:
    """Drop the emphasis around a note: '*Source: X.*' -> 'Source: X.'."""
    return clean_inline(line).strip("*_ ")
