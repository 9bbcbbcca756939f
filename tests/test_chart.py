"""The chart part: numbers read from what each cell says, warnings for cells that are not numbers."""

from __future__ import annotations

import json

import pytest

from reportgen.figures.quantities import Quantity, parse

from conftest import run_cli


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("USD 2.5 billion", Quantity(2.5e9, "USD")),
        ("USD 350 million", Quantity(3.5e8, "USD")),
        ("$350 million", Quantity(3.5e8, "USD")),
        ("21,400", Quantity(21400.0)),
        ("1 200", Quantity(1200.0)),
        ("17.6 billion tenge", Quantity(17.6e9, "tenge")),
        ("2,5 млрд тенге", Quantity(2.5e9, "tenge")),
        ("2022–2024", Quantity(2022.0, "", 2024.0)),
        ("2–3 million USD", Quantity(2e6, "USD", 3e6)),
        ("12%", Quantity(12.0, "%")),
    ],
)
def test_a_cell_is_read_as_a_reader_reads_it(cell, expected):
    assert parse(cell) == expected


@pytest.mark.parametrize("cell", ["n/a", "about 3", "3 projects", "5 m", "to be agreed", "USD 5 EUR", ""])
def test_a_cell_that_is_not_only_a_number_is_not_guessed(cell):
    assert parse(cell) is None


def _config(project, parts: str) -> None:
    text = (project / "config.yaml").read_text(encoding="utf-8")
    start = text.index("parts:\n")
    end = text.index("\n\n", start)
    (project / "config.yaml").write_text(text[:start] + "parts:\n" + parts + text[end:], encoding="utf-8")


def test_table_2_becomes_bars_summing_to_usd_4_55_billion_in_json_and_html(project):
    _config(
        project,
        '  - chart: {document: paper, table: 2, label: Project, value: "Planned Investment Volume"}\n'
        '  - chart: {document: paper, table: 1, label: Direction of Cooperation, '
        'value: Implementation Year}\n  - sources\n',
    )
    code, _, err = run_cli("build", "config.yaml")
    assert code == 0, err
    data = json.loads(next((project / "out").glob("*.json")).read_text(encoding="utf-8"))
    bars, spans = data["parts"][0], data["parts"][1]
    assert bars["kind"] == "chart" and bars["chart"] == "bar" and bars["unit"] == "USD billion"
    assert [v["value"] for v in bars["values"]] == [2.5, 0.35, 1.2, 0.5]
    assert sum(v["amount"] for v in bars["values"]) == pytest.approx(4.55e9)
    assert bars["total"] == pytest.approx(4.55) and bars["total_text"] == "USD 4.55 billion"
    assert bars["title"].startswith("Figure 1. Key bilateral projects") and spans["title"].startswith("Figure 2. ")
    assert spans["chart"] == "span" and [(v["start"], v["end"]) for v in spans["values"]] == [
        (2022, 2024),
        (2022, 2024),
        (2023, 2023),
        (2022, 2024),
        (2023, 2024),
    ]
    html = next((project / "out").glob("*.html")).read_text(encoding="utf-8")
    figure = html[html.index('<div class="drawing drawing-chart"') :]
    assert (
        'role="img" aria-label="Bar chart of Planned Investment Volume by Project, in USD billion: '
        'Construction of Gas Processing Plant (GPP) at Kashagan: 2.5; Joint Agro-industrial Complex: 0.35;' in figure
    )
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="drawing-chart"' in figure  # the same figure as the PDF's
    assert ">USD billion</span>" in figure and ">0.35</span>" in figure
    assert "the bars sum to USD 4.55 billion" in html


def test_a_cell_that_is_not_a_number_is_named_with_its_table_and_row(project, tmp_path):
    paper = next(p for p in (project / "seeds").iterdir() if "Planned Investment Volume" in p.read_text("utf-8"))
    text = paper.read_text(encoding="utf-8")
    paper.write_text(
        text.replace("USD 350 million", "to be agreed").replace("USD 500 million", "17.6 billion tenge"),
        encoding="utf-8",
    )
    _config(
        project,
        '  - chart: {document: paper, table: 2, label: Project, value: "Planned Investment Volume"}\n  - sources\n',
    )
    code, _, err = run_cli("build", "config.yaml")
    assert code == 0, err
    assert (
        "table 2, row 2 (Joint Agro-industrial Complex): 'to be agreed' in 'Planned Investment Volume' "
        "is not a number; left out of the chart"
    ) in err
    assert (
        "table 2, row 4 (Joint Islamic Financial Center based on AIFC): '17.6 billion tenge' is in tenge, "
        "the other values in USD; left out of the chart"
    ) in err
    data = json.loads(next((project / "out").glob("*.json")).read_text(encoding="utf-8"))
    assert [v["row"] for v in data["parts"][0]["values"]] == [1, 3]
    assert data["parts"][0]["total_text"] == "USD 3.7 billion"


def test_missing_table_or_column_is_a_config_error_with_line_and_column(project):
    _config(
        project,
        '  - chart: {document: paper, table: 2, label: Projects, value: "Planned Investment"}\n'
        '  - chart: {document: paper, table: 9, label: A, value: B}\n'
        '  - chart: {document: paper, table: 2, label: Project, value: Sector}\n  - sources\n',
    )
    code, _, err = run_cli("build", "config.yaml")
    assert code == 2
    lines = err.strip().splitlines()
    line = next(i for i, l in enumerate((project / "config.yaml").read_text().splitlines(), 1) if "Projects" in l)
    assert lines[0].startswith(f"config.yaml:{line}:")
    assert lines[0].endswith(
        "parts[0].chart.label: no column 'Projects' in table 2 of "
        "seeds/002_26179e7a99fe8ed4.txt (did you mean 'Project'?); "
        "columns: 'Project', 'Sector', 'Planned Investment Volume'"
    )
    assert "parts[0].chart.value: no column 'Planned Investment' in table 2" in lines[1]
    assert "parts[1].chart.table: no table 9 in seeds/002_26179e7a99fe8ed4.txt; tables: 1, 2" in lines[2]
    assert lines[3].endswith(
        "parts[2].chart.value: column 'Sector' of table 2 in seeds/002_26179e7a99fe8ed4.txt "
        "holds no numbers; choose a column of amounts, counts or years"
    )


def test_a_line_chart_plots_values_over_the_years_its_label_column_names():
    from reportgen.figures.chart import line

    drawing = line([(2022, 1.5), (2021, 0.5), (2023, 2.0)], "USD billion")
    path = next(s for s in drawing.shapes if s.shape == "path")
    xs = [float(p[1:].split(",")[0]) for p in path.d.split()]
    assert xs == sorted(xs) and len(xs) == 3  # joined in year order
    texts = [s.text for s in drawing.shapes if s.shape == "text"]
    assert {"2021", "2022", "2023", "USD billion", "1.5"} <= set(texts)


@pytest.mark.parametrize(
    "label, at",
    [
        ("2023", 2023.0),
        ("2023 Q1", 2023.0),
        ("2023 Q3", 2023.5),
        ("Q2 2024", 2024.25),
        ("2024-Q4", 2024.75),
        ("H2 2025", 2025.5),
        ("2025 Q5", None),
        ("Spring 2025", None),
        # a year marked provisional or estimated is still its year
        ("2026 (provisional)", 2026.0),
        ("2026*", 2026.0),
        ("2025e", 2025.0),
        ("Total (provisional)", None),
    ],
)
def test_a_line_chart_reads_a_year_a_quarter_or_a_half_from_its_label(label, at):
    from reportgen.figures.quantities import time_of

    assert time_of(label) == at


def test_quarters_are_a_line_over_the_years_and_counts_near_two_thousand_are_bars(project):
    paper = next(p for p in (project / "seeds").iterdir() if "Planned Investment Volume" in p.read_text("utf-8"))
    rows = "\n".join(
        f"{year} Q{n}\t{1400 + 37 * (4 * (year - 2024) + n):,}" for year in (2024, 2025) for n in (1, 2, 3, 4)
    )
    table = (
        f"**Table 9** – Quarterly trade, 2024–2025 (USD million)\n\nQuarter\tTotal\n{rows}\n\n*Source: customs.*\n\n"
    )
    paper.write_text(
        paper.read_text(encoding="utf-8").replace("**Table 2**", table + "**Table 2**", 1), encoding="utf-8"
    )
    _config(
        project,
        "  - chart: {document: paper, table: 9, label: Quarter, value: Total, kind: line}\n"
        "  - chart: {document: paper, table: 9, label: Quarter, value: Total}\n  - sources\n",
    )
    code, _, err = run_cli("build", "config.yaml")
    assert code == 0, err
    assert "left out of the chart" not in err
    data = json.loads(next((project / "out").glob("*.json")).read_text(encoding="utf-8"))
    line, bars = data["parts"][0], data["parts"][1]
    assert (line["chart"], [v["year"] for v in line["values"]][:3]) == ("line", [2024, 2024.25, 2024.5])
    assert (bars["chart"], bars["values"][0]["label"], bars["values"][0]["value"]) == ("bar", "2024 Q1", 1437)


def test_many_bars_are_set_closer_so_the_chart_and_its_heading_share_a_page():
    from reportgen.figures.chart import ROWS_HEIGHT, bars

    few = bars([(f"Project {i}", float(i)) for i in range(1, 6)], "USD million")
    assert few.height == 4.0 + 5 * 18.0 + 30.0  # (as ever: a row of 18 points each)
    many = bars(
        [(f"Plant number {i} of the cement group, Dakar region", float(i)) for i in range(1, 36)], "USD million"
    )
    assert many.height <= 4.0 + ROWS_HEIGHT + 30.0
    labels = [s.text for s in many.shapes if s.shape == "text" and s.cls == "category"]
    assert len(labels) == 35  # one line each


def test_a_figure_pushed_to_the_next_page_draws_its_lines_where_its_labels_are(project):
    """WeasyPrint drew an absolutely positioned SVG where its figure first fell when `break-inside:
    avoid` moved the figure to the next page, outside the figure's clip: the digest's line chart showed
    its numbers and no line.  The SVG in the flow moves with its figure."""
    import re

    import pypdfium2
    import weasyprint

    text = (project / "config.yaml").read_text(encoding="utf-8")
    (project / "config.yaml").write_text(re.sub(r"(?m)^layout: .*$", "layout: digest", text), encoding="utf-8")
    _config(project, "  - chart: {document: paper, table: 2, label: Project, value: Planned Investment Volume}\n")
    code, _, err = run_cli("build", "config.yaml")
    assert code == 0, err
    html = next((project / "out").glob("*.html")).read_text(encoding="utf-8")
    start = html.index('<section class="part part-chart"')

    def page_of_label(lines: int) -> tuple[int, bool]:
        """The page the figure's first value lands on after `lines` paragraphs, and whether a drawn
        shape lies beside that value."""
        filler = "".join(f"<p>Line {n} of the text before the figure.</p>" for n in range(lines))
        pdf = pypdfium2.PdfDocument(weasyprint.HTML(string=html[:start] + filler + html[start:]).write_pdf())
        for number in range(len(pdf)):
            page = pdf[number]
            found = page.get_textpage().search("2.5").get_next()
            if found is not None:
                _, bottom, _, top = page.get_textpage().get_charbox(found[0])
                shapes = [o.get_bounds() for o in page.get_objects() if o.type == pypdfium2.raw.FPDF_PAGEOBJ_PATH]
                return number, any(b[1] - 10 <= bottom and top <= b[3] + 10 for b in shapes)
        raise AssertionError("no value label")

    # the fewest lines that push the figure to the second page: it was laid out on the first, then moved
    low, high = 0, 80
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if page_of_label(middle)[0] == 0 else (low, middle)
    assert page_of_label(high) == (1, True)
    assert page_of_label(low) == (0, True)
