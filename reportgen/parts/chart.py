"""A chart of one table column, read from what each cell says: bars, bars over years, or a line."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from reportgen.briefing import named_document
from reportgen.corpus import PAPER
from reportgen.figures.model import Drawing, Shape
from reportgen.parts.kind import Option, PartKind

log = logging.getLogger("reportgen")


@dataclass(frozen=True)
class ChartValue:
    row: int  # 1-based row of the table
    label: str  # the label cell as written
    cell: str  # the value cell as written ("USD 2.5 billion")
    value: float | None = None  # in the chart's unit (2.5 on a "USD billion" axis); None for a span of years
    amount: float | None = None  # in base units (2500000000.0)
    start: int | None = None  # a span of years: its first and last year ("2022–2024")
    end: int | None = None
    year: float | None = None  # a line chart: the year its label names (2023.25 for "2023 Q2")


@dataclass(frozen=True)
class ChartPart:
    id: str
    title: str  # "Figure 2. …"
    number: int  # the figure's number
    caption: str
    chart: str  # bar | span (bars over years) | line
    document: str  # the table's document, as a reader names it
    table: int
    label_column: str
    value_column: str
    unit: str  # the axis unit, e.g. "USD billion" ("" for a plain count or years)
    values: tuple[ChartValue, ...]
    total: float | None  # the sum of the bars, in `unit` (amounts only)
    total_text: str  # the sum as a reader writes it: "USD 4.55 billion"
    left_out: tuple[str, ...]  # cells that are not numbers (or not in the chart's unit), named by row
    drawing: Drawing
    note: str | None  # what the table's own note gives as its source, "Source:" dropped
    cite: int
    kind: str = "chart"


def assemble(ctx, spec, part_id: str, title: str) -> ChartPart:
    from reportgen.briefing import display_title
    from reportgen.figures import chart as draw
    from reportgen.figures import quantities as q

    doc = ctx.document(spec)
    table = doc.table(int(spec.get("table")))
    label_col = _column(table.header, spec.get("label"))
    value_col = _column(table.header, spec.get("value"))
    line = spec.get("kind") == "line"
    where = f"{table.location}: table {table.number}"
    left_out: list[str] = []

    def leave_out(row: int, label: str, why: str) -> None:
        left_out.append(f"row {row} ({label}): {why}")
        log.warning("warning: %s, row %d (%s): %s; left out of the chart", where, row, label, why)

    read: list[tuple[int, str, str, q.Quantity, float | None]] = []  # (row, label, cell, quantity, year)
    for row, cells in enumerate(table.rows, start=1):
        label = cells[label_col] if label_col < len(cells) else ""
        cell = cells[value_col] if value_col < len(cells) else ""
        quantity = q.parse(cell)
        at = q.time_of(label) if line else None  # (a year, or a quarter or half of one: "2023 Q1")
        year = int(at) if at is not None and at == int(at) else at
        if quantity is None:
            leave_out(row, label, f"'{cell}' in '{table.header[value_col]}' is not a number")
        elif line and year is None:
            leave_out(row, label, f"'{label}' in '{table.header[label_col]}' is not a year, a quarter or a half")
        else:
            read.append((row, label, cell, quantity, year))

    # (counts between 1000 and 2999 are no years: "1,570")
    spans = (
        not line
        and bool(read)
        and all(q.is_year(quantity) and q.written_as_year(cell) for _, _, cell, quantity, _ in read)
    )
    if not spans:
        units = [quantity.unit for *_, quantity, _ in read]
        main = max(dict.fromkeys(units), key=units.count) if units else ""
        kept: list[tuple[int, str, str, q.Quantity, float | None]] = []
        for row, label, cell, quantity, year in read:
            if quantity.unit != main:
                leave_out(
                    row, label, f"'{cell}' is in {quantity.unit or 'no unit'}, the other values in {main or 'no unit'}"
                )
            elif quantity.is_range:
                leave_out(row, label, f"'{cell}' is a range; a {'line' if line else 'bar'} needs one number")
            else:
                kept.append((row, label, cell, quantity, year))
        read = kept

    # The drawing is made from these typed rows, not from ChartValue's optional fields.
    drawing: Drawing | None
    if spans:
        year_spans = [
            (row, label, cell, int(quantity.value), int(quantity.high or quantity.value))
            for row, label, cell, quantity, _ in read
        ]
        values = tuple(
            ChartValue(row, label, cell, start=start, end=end) for row, label, cell, start, end in year_spans
        )
        unit, total, base_unit, word = "", None, "", ""
        drawing = (
            draw.spans([(label, start, end, cell) for _, label, cell, start, end in year_spans]) if values else None
        )
    else:
        base_unit = read[0][3].unit if read else ""
        factor, word = q.axis_scale(max((abs(quantity.value) for *_, quantity, _ in read), default=0.0))
        unit = _unit_label(base_unit, word)
        scaled = [
            (row, label, cell, round(quantity.value / factor, 10), quantity.value, year)
            for row, label, cell, quantity, year in read
        ]
        values = tuple(
            ChartValue(row, label, cell, value=value, amount=amount, year=year)
            for row, label, cell, value, amount, year in scaled
        )
        total = (
            round(sum(value for *_, value, _, _ in scaled), 10) if values and not line and base_unit != "%" else None
        )
        if not values:
            drawing = None
        elif line:
            points: list[tuple[float, float]] = []
            for *_, value, _, year in scaled:
                assert year is not None, "a line chart keeps only rows whose label is a year"
                points.append((year, value))
            drawing = draw.line(points, unit, labels=[label for _, label, *_ in scaled])
        else:
            drawing = draw.bars([(label, value) for _, label, _, value, _, _ in scaled], unit)

    chart = "line" if line else "span" if spans else "bar"
    caption = spec.get("title") or f"{table.caption}: {table.header[value_col]}" + (f" ({unit})" if unit else "")
    number = ctx.next_figure()
    alt = describe(chart, table.header[label_col], table.header[value_col], unit, values, total, ctx.cfg.language)
    cite_id = table.section_id or (doc.items[0].id if doc.items else None)
    return ChartPart(
        id=part_id,
        title=ctx.gettext("Figure {number}. {caption}").format(number=number, caption=caption),
        number=number,
        caption=caption,
        chart=chart,
        document=display_title(doc.title),
        table=table.number,
        label_column=table.header[label_col],
        value_column=table.header[value_col],
        unit=unit,
        values=values,
        total=total,
        total_text=_amount_text(total, base_unit, word) if total is not None else "",
        left_out=tuple(left_out),
        drawing=Drawing(draw.WIDTH, 0.0, (), alt) if drawing is None else _with_alt(drawing, alt),
        note=re.sub(r"^\s*sources?\s*:\s*", "", table.note, flags=re.IGNORECASE) if table.note else None,
        cite=ctx.citations.cite(cite_id) if cite_id else 0,
    )


def describe(chart: str, label: str, value: str, unit: str, values, total, language: str = "en") -> str:
    """The chart in words, from its numbers: what a screen reader says instead of the figure."""
    from reportgen.figures.chart import number
    from reportgen.i18n import catalog

    tr = catalog(language)
    if not values:
        return tr.gettext("Chart of {value} by {label}: no numbers to draw.").format(value=value, label=label)
    if chart == "span":
        items = "; ".join(f"{v.label}: {v.cell}" for v in values)
        return tr.gettext("Bars over years of {value} by {label}: {items}.").format(
            value=value, label=label, items=items
        )
    items = "; ".join(
        f"{v.year if chart == 'line' and v.year == int(v.year or 0) else v.label}: {number(v.value)}" for v in values
    )
    if chart == "line":
        text = tr.gettext("Line chart of {value} by {label}").format(value=value, label=label)
    else:
        text = tr.gettext("Bar chart of {value} by {label}").format(value=value, label=label)
    text += (tr.gettext(", in {unit}").format(unit=unit) if unit else "") + f": {items}."
    return text + (" " + tr.gettext("Total {total}.").format(total=number(total)) if total is not None else "")


def _with_alt(drawing: Drawing, alt: str) -> Drawing:
    from dataclasses import replace

    return replace(drawing, alt=alt)


def _amount_text(value: float, unit: str, scale: str) -> str:
    """USD 4.55 billion, 17.6 billion tenge, 21,400."""
    from reportgen.figures.chart import number

    if unit.isupper():
        return " ".join(filter(None, (unit, number(value), scale)))
    return " ".join(filter(None, (number(value), scale, unit)))


def _unit_label(unit: str, scale: str) -> str:
    """USD billion, billion tenge, %, million."""
    if not scale:
        return unit
    if unit.isupper():
        return f"{unit} {scale}"
    return f"{scale} {unit}".strip()


def _column(header, name: str) -> int:
    wanted = " ".join(str(name).split()).casefold()
    return next(i for i, h in enumerate(header) if " ".join(h.split()).casefold() == wanted)


def check(corpus, spec) -> list[tuple[str, str]]:
    """The document, the table and both columns exist, and the value column holds a number."""
    import difflib

    from reportgen.figures.quantities import parse

    doc, problems = named_document(corpus, spec)
    if doc is None:
        return problems
    table = doc.table(spec.get("table"))
    if table is None:
        numbers = ", ".join(str(t.number) for t in doc.tables)
        return [
            (
                "table",
                f"no table {spec.get('table')} in {doc.path}; "
                + (f"tables: {numbers}" if numbers else "it has no tables"),
            )
        ]
    columns = ", ".join(f"'{h}'" for h in table.header)
    for option in ("label", "value"):
        name = str(spec.get(option))
        try:
            _column(table.header, name)
        except StopIteration:
            close = difflib.get_close_matches(name, table.header, n=1, cutoff=0.5)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            problems.append(
                (option, f"no column '{name}' in table {table.number} of {doc.path}{hint}; columns: {columns}")
            )
    if not problems:
        index = _column(table.header, str(spec.get("value")))
        if not any(parse(row[index]) for row in table.rows if index < len(row)):
            problems.append(
                (
                    "value",
                    f"column '{table.header[index]}' of table {table.number} in {doc.path} "
                    "holds no numbers; choose a column of amounts, counts or years",
                )
            )
    return problems


KIND = PartKind(
    name="chart",
    title="Chart",
    help="a table's column drawn as bars (or bars over years, or a line over years), read from what each cell says",
    example='chart: {document: paper, table: 2, label: Project, value: "Planned Investment Volume"}',
    options=(
        Option("document", "document", "Document id, file name or path, or `paper` for the only paper.", default=PAPER),
        Option("table", "int", "The table's number in that document.", required=True),
        Option(
            "label", "text", "The column that names each bar (for `line`, of years, quarters or halves).", required=True
        ),
        Option("value", "text", "The column of numbers: amounts, counts, or years and spans of years.", required=True),
        Option("kind", "choice", "`bar`, or `line` for a series over years.", default="bar", choices=("bar", "line")),
    ),
    assemble=assemble,
    check=check,
    models=(ChartPart, ChartValue, Drawing, Shape),
)
