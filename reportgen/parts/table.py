"""A table lifted from a document exactly as written: caption, header, rows and source note."""

from __future__ import annotations

from dataclasses import dataclass

from reportgen.briefing import named_document
from reportgen.corpus import PAPER
from reportgen.parts.kind import Option, PartKind


@dataclass(frozen=True)
class TablePart:
    id: str
    title: str  # "Table 1. <caption>"
    number: int
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str | None
    cite: int
    numeric: tuple[int, ...] = ()  # columns whose every cell is a number (right-aligned, tabular figures)
    kind: str = "table"


def assemble(ctx, spec, part_id: str, title: str) -> TablePart:
    doc = ctx.document(spec)
    table = doc.table(int(spec.get("number")))
    cite_id = table.section_id or (doc.items[0].id if doc.items else None)
    return TablePart(
        id=part_id,
        title=spec.get("title")
        or ctx.gettext("Table {number}. {caption}").format(number=table.number, caption=table.caption),
        number=table.number,
        caption=table.caption,
        header=table.header,
        rows=table.rows,
        note=table.note,
        cite=ctx.citations.cite(cite_id) if cite_id else 0,
        numeric=numeric_columns(table.header, table.rows),
    )


def numeric_columns(header, rows) -> tuple[int, ...]:
    """Columns in which every filled cell reads as a number ("USD 2.5 billion", "21,400", "2022–2024")."""
    from reportgen.figures.quantities import looks_numeric

    columns = []
    for index in range(len(header)):
        cells = [row[index] for row in rows if index < len(row) and row[index].strip()]
        if cells and all(looks_numeric(cell) for cell in cells):
            columns.append(index)
    return tuple(columns)


def check(corpus, spec) -> list[tuple[str, str]]:
    doc, problems = named_document(corpus, spec)
    if doc is None:
        return problems
    if doc.table(spec.get("number")) is None:
        numbers = ", ".join(str(t.number) for t in doc.tables)
        return [
            (
                "number",
                f"no table {spec.get('number')} in {doc.path}; "
                + (f"tables: {numbers}" if numbers else "it has no tables"),
            )
        ]
    return []


KIND = PartKind(
    name="table",
    title="Table",
    help="a table from a document, cell for cell as written, with its caption and source note",
    example="table: {document: paper, number: 1}",
    options=(
        Option("document", "document", "Document id, file name or path, or `paper` for the only paper.", default=PAPER),
        Option("number", "int", "The table's number in that document.", required=True),
    ),
    assemble=assemble,
    check=check,
    models=(TablePart,),
)
