"""The timeline figure: a compressed time axis, marks of each event's precision, labels that never overlap."""

from __future__ import annotations

import datetime as dt

import pytest

from reportgen.figures.measure import text_width
from reportgen.figures.timeline import Mark, headline, lay_out
from reportgen.figures.timescale import year_scale

D = dt.date


def test_busy_years_are_wider_than_quiet_ones_and_long_quiet_runs_become_one_break():
    scale = year_scale({1993: 1, 2023: 11, 2024: 2}, 1990, 2024, 0.0, 400.0, break_width=16.0)
    spans = {(s.start, s.end): s for s in scale.spans}
    assert spans[(1990, 1993)].broken and spans[(1994, 2023)].broken
    assert spans[(1990, 1993)].x1 - spans[(1990, 1993)].x0 == 16.0
    width = {y: spans[(y, y + 1)].x1 - spans[(y, y + 1)].x0 for y in (1993, 2023, 2024)}
    assert width[2023] > width[2024] > width[1993]
    assert scale.spans[-1].x1 == pytest.approx(400.0)
    assert scale.x(D(2023, 1, 1)) < scale.x(D(2023, 7, 1)) < scale.after(D(2023, 12, 31)) == scale.year(2024)


def test_the_date_phrase_opening_an_event_is_not_its_headline():
    assert (
        headline("In 2007, Kazakhstan established an embassy in Doha.", "2007")
        == "Kazakhstan established an embassy in Doha"
    )
    assert headline("On 14 February 2024, Tokayev visited Doha.", "14 February 2024") == "Tokayev visited Doha"
    assert headline("Осенью 2024 года сенат одобрил соглашение.", "Осенью 2024") == "Сенат одобрил соглашение"
    assert headline("Trade grew in 2023.", "2023") == "Trade grew in 2023"


def _marks():
    marks = [
        Mark(1, D(1990, 1, 1), D(1999, 12, 31), "decade", "1990s", "Early contacts", approximate=True),
        Mark(2, D(1993, 7, 1), D(1993, 7, 1), "day", "1 July 1993", "Diplomatic relations established"),
    ]
    key = 3
    for month in range(1, 13):  # a crowded year: a month-precision event each month
        marks.append(
            Mark(
                key,
                D(2023, month, 1),
                D(2023, month, 28),
                "month",
                f"{month}/2023",
                f"Happening number {key} with a long description of what went on",
            )
        )
        key += 1
    for _ in range(5):  # five events stated only as "2023": one bar keyed 15–19
        marks.append(Mark(key, D(2023, 1, 1), D(2023, 12, 31), "year", "2023", "Something in 2023"))
        key += 1
    marks.append(Mark(key, D(2026, 5, 1), D(2026, 5, 31), "month", "May 2026", "A planned summit", planned=True))
    return marks


def _boxes(drawing):
    """(shape, x0, x1, y0, y1) of every mark and text; text boxes measured as the layout measures them."""
    boxes = []
    for s in drawing.shapes:
        if s.shape == "circle" and "mark" in s.cls:
            boxes.append((s, s.x - s.w, s.x + s.w, s.y - s.w, s.y + s.w))
        elif s.shape == "rect" and "mark" in s.cls:
            boxes.append((s, s.x, s.x + s.w, s.y, s.y + s.h))
        elif s.shape == "text" and s.cls.split()[0] in ("key", "label"):
            size = 5.6 if s.cls.startswith("key") else 6.4
            w = text_width(s.strong, size, bold=True) + text_width(s.text, size)
            x0 = {"start": s.x, "middle": s.x - w / 2, "end": s.x - w}[s.anchor]
            boxes.append((s, x0, x0 + w, s.y - size * 0.75, s.y))
    return boxes


def test_marks_show_precision_and_planned_events_and_no_text_overlaps_another_mark_or_text():
    marks = _marks()
    layout = lay_out(marks, as_of=D(2026, 2, 20), labelled=[2, 8, 20])
    shapes = layout.drawing.shapes
    day = [s for s in shapes if s.shape == "circle" and "mark" in s.cls and s.tip.startswith("2.")]
    assert len(day) == 1  # a day is a point
    bars = {s.tip.split(".")[0]: s for s in shapes if s.shape == "rect" and "mark" in s.cls and s.tip}
    assert "approx" in bars["1"].cls and "planned" in bars["20"].cls and "planned" not in bars["8"].cls
    assert "15–19" in bars  # the five "2023"s are one bar keyed to their five rows
    assert set(layout.labelled) == {2, 8, 20} and layout.omitted == ()
    labels = [s for s in shapes if s.shape == "text" and s.cls.startswith("label")]
    assert {s.strong.strip() for s in labels} == {"1 July 1993", "6/2023", "May 2026"}
    assert all(0 <= x0 and x1 <= layout.drawing.width for _, x0, x1, _, _ in _boxes(layout.drawing))
    boxes = _boxes(layout.drawing)
    for i, (a, ax0, ax1, ay0, ay1) in enumerate(boxes):
        for b, bx0, bx1, by0, by1 in boxes[i + 1 :]:
            inside = {a.cls, b.cls} & {"key inside"}  # a key written inside its own bar
            if not inside and ax0 < bx1 - 0.05 and bx0 < ax1 - 0.05 and ay0 < by1 and by0 < ay1:
                raise AssertionError(f"{a.cls} {a.text or a.tip!r} overlaps {b.cls} {b.text or b.tip!r}")
    keyed = {
        int(k)
        for s in shapes
        if s.shape == "text" and s.cls.startswith("key")
        for part in s.text.split(", ")
        for k in ([part] if "–" not in part else range(int(part.split("–")[0]), int(part.split("–")[1]) + 1))
    }
    assert keyed == {m.key for m in marks}  # every event is keyed to its chronology row


def test_as_of_line_and_legend_say_what_the_marks_mean():
    layout = lay_out(_marks(), as_of=D(2026, 2, 20))
    texts = [s.text for s in layout.drawing.shapes if s.shape == "text"]
    assert "as of 20 Feb 2026" in texts
    assert {"a day", "a month, season, year or range", "a decade", "planned"} <= set(texts)
    assert "2023" in texts and "1993" in texts  # year names under the axis


def test_too_many_events_at_once_are_left_out_and_named_not_drawn_on_top_of_each_other():
    marks = [
        Mark(k, D(2024, 3, 1), D(2024, 3, 1) + dt.timedelta(days=k % 200), "range", "2024", "x") for k in range(1, 301)
    ]
    layout = lay_out(marks, as_of=None)
    assert layout.omitted and len(layout.omitted) < 300
    assert all(s.shape != "rect" or s.h for s in layout.drawing.shapes)


def test_labels_go_to_the_most_telling_events_one_year_at_a_time():
    from reportgen.figures.timeline import choose_labels

    candidates = [
        (1, D(1993, 7, 1), 4.5),
        (2, D(2025, 1, 5), 5.0),
        (3, D(2025, 3, 1), 5.0),
        (4, D(2025, 6, 1), 4.9),
        (5, D(2011, 1, 1), 2.5),
    ]
    assert choose_labels(candidates, 3) == [3, 1, 5]  # 2025's best, then other years, before 2025's second
    assert choose_labels(candidates, 5) == [3, 1, 5, 2, 4]


def test_a_key_with_no_room_at_the_right_edge_goes_left_of_its_mark():
    marks = [
        Mark(1, D(2020, 1, 1), D(2024, 12, 31), "range", "2020–2024", "A long programme"),
        Mark(2, D(2024, 12, 20), D(2024, 12, 31), "range", "late 2024", "x"),
    ]
    layout = lay_out(marks, as_of=None)
    boxes = _boxes(layout.drawing)
    assert all(0 <= x0 and x1 <= layout.drawing.width for _, x0, x1, _, _ in boxes)


def test_the_text_alternative_says_span_density_labels_and_plans_in_words():
    from reportgen.parts.timeline import TimelineEntry, describe

    entries = [
        TimelineEntry(1, D(1993, 7, 1), D(1993, 7, 1), "day", "1 July 1993", "Ties established", False, True, ()),
        *(
            TimelineEntry(k, D(2023, 1, 1), D(2023, 12, 31), "year", "2023", f"Event {k}", False, False, ())
            for k in range(2, 5)
        ),
        *(
            TimelineEntry(k, D(2027, 1, 1), D(2027, 12, 31), "year", "2027", f"Plan {k}", True, False, ())
            for k in range(5, 12)
        ),
    ]
    assert describe(tuple(entries), (9,)) == (
        "Timeline of 11 dated events, 1993–2027. Most in 2027 (7). Labelled: 1 July 1993: Ties established. "
        "Planned: 2027: Plan 5; 2027: Plan 6; 2027: Plan 7; 2027: Plan 8; 2027: Plan 9; and 2 more. "
        "1 event not drawn for lack of room; the chronology lists it."
    )


def test_a_label_that_fits_on_neither_side_of_its_mark_is_cut_to_the_room_on_its_left_never_clipped():
    long = "Negotiations on an economic partnership agreement were launched by the two trade ministers in Seoul"
    marks = [
        Mark(1, D(2019, 1, 1), D(2019, 12, 31), "year", "2019", "Something in 2019"),
        Mark(2, D(2022, 6, 1), D(2022, 6, 30), "month", "June 2022", long),
        Mark(3, D(2026, 1, 1), D(2026, 12, 31), "year", "2026", "Something in 2026"),
    ]
    layout = lay_out(marks, as_of=None, labelled=[2], width=260.0)
    labels = [s for s in layout.drawing.shapes if s.shape == "text" and s.cls.startswith("label")]
    assert [s.strong.strip() for s in labels] == ["June 2022"] and labels[0].text.endswith("…")
    assert all(0 <= x0 and x1 <= layout.drawing.width for _, x0, x1, _, _ in _boxes(layout.drawing))


def test_a_timeline_keyed_to_a_limited_chronology_draws_only_the_rows_it_shows(project):
    import json

    from conftest import run_cli

    config = (project / "config.yaml").read_text(encoding="utf-8")
    parts = "parts:\n  - timeline: {}\n  - chronology: {order: newest, limit: 5}\n  - sources: {}\n"
    start = config.index("parts:")
    end = config.index("\n# Summary lengths")
    (project / "config.yaml").write_text(config[:start] + parts + config[end:], encoding="utf-8")
    config = (
        (project / "config.yaml").read_text(encoding="utf-8").replace("formats: [pdf, html, json]", "formats: [json]")
    )
    (project / "config.yaml").write_text(config, encoding="utf-8")
    code, _, err = run_cli("build", "-q", "config.yaml")
    assert code == 0, err
    briefing = json.loads(next((project / "out").glob("*.json")).read_text(encoding="utf-8"))
    timeline = next(p for p in briefing["parts"] if p["kind"] == "timeline")
    chronology = next(p for p in briefing["parts"] if p["kind"] == "chronology")
    rows = [e["key"] for e in chronology["events"]]
    assert len(rows) == 5 and sorted(e["key"] for e in timeline["events"]) == sorted(rows)


def test_a_rows_citations_are_in_number_order_however_its_statements_were_merged():
    from types import SimpleNamespace

    from reportgen.analysis.model import Event
    from reportgen.config.model import PartSpec
    from reportgen.corpus import Location
    from reportgen.parts.chronology import assemble

    numbers = {"late#a": 2, "early#a": 1}
    at = Location("x.txt", 1)
    event = Event(
        D(2026, 3, 1),
        D(2026, 3, 1),
        "day",
        "1 March 2026",
        "Peru and Chile signed a treaty.",
        (("late#a", at), ("early#a", at)),
    )
    ctx = SimpleNamespace(
        analysis=SimpleNamespace(events=[event]),
        cfg=SimpleNamespace(parts=(PartSpec("chronology"),), language="en"),
        citations=SimpleNamespace(cite=numbers.__getitem__),
        shown=lambda text, *ids: text,
    )
    part = assemble(ctx, PartSpec("chronology"), "part-1", "Chronology")
    assert part.events[0].citations == (1, 2)
