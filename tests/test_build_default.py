"""End to end: `reportgen build` on the shipped configs and seeds, read back from the PDF.

The default briefing, the weekly digest and a user layout are each built once per test
session in a copy of the project (so the repository's out/ and state are never touched).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from reportgen import ingest

from conftest import REPO, copy_project, run_cli

PDF_NAME = "kazakhstan-qatar-relations-2026-02-20.pdf"


@dataclass
class Built:
    code: int
    stdout: str
    stderr: str
    root: Path
    pdf: Path
    reader: PdfReader
    texts: list[str]  # per page, whitespace collapsed

    @property
    def text(self) -> str:
        return " ".join(self.texts)

    def first_page_with(self, needle: str, start: int = 2) -> int | None:
        """0-based index of the first page from `start` (past cover and contents) holding `needle`."""
        return next((i for i, text in enumerate(self.texts) if i >= start and needle in text), None)


def _project(tmp_path_factory, name: str) -> Path:
    return copy_project(tmp_path_factory.mktemp(name))


def _build(root: Path, config: str, pdf_name: str) -> Built:
    code, stdout, stderr = run_cli("build", str(root / config))
    pdf = root / "out" / pdf_name
    reader = PdfReader(pdf) if pdf.exists() else None
    texts = [" ".join(page.extract_text().split()) for page in reader.pages] if reader else []
    return Built(code, stdout, stderr, root, pdf, reader, texts)


@pytest.fixture(scope="session")
def default(tmp_path_factory) -> Built:
    return _build(_project(tmp_path_factory, "default"), "config.yaml", PDF_NAME)


@pytest.fixture(scope="session")
def briefing_json(default) -> dict:
    return json.loads(default.pdf.with_suffix(".json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seeds():
    return ingest.load([str(REPO / "seeds")], root=REPO)


def _paper(seeds):
    return next(doc for doc in seeds.documents if doc.kind == "paper")


# --- the command ---------------------------------------------------------------------


def test_build_exits_0_and_names_every_output_and_stage(default):
    assert default.code == 0, default.stderr
    for ext in ("pdf", "html", "json"):
        assert f"out/kazakhstan-qatar-relations-2026-02-20.{ext}" in default.stdout
        assert (default.root / "out" / f"kazakhstan-qatar-relations-2026-02-20.{ext}").is_file()
    assert re.search(
        r"stages: config [\d.]+s +ingest [\d.]+s +analyse [\d.]+s +html [\d.]+s +pdf [\d.]+s", default.stderr
    )
    pages = len(default.reader.pages)
    assert f"({pages} pages, 3 sources, " in default.stderr  # the paper is one source, its sections locators
    assert not list((default.root / "out").glob("*.tmp*")), "temporary files left behind"


# --- parts, contents, outline ----------------------------------------------------------

PARTS = [
    "Executive summary",
    "Developments by topic",
    "Table 1 – Main areas of Kazakh-Qatari relations (2022–2024)",
    "Table 2 – Key bilateral projects between Astana and Doha (2024–2028)",
    "Chronology",
    "About the source paper",
    "Sources",
]


def test_every_part_heading_reaches_the_pdf_in_config_order(default):
    pages = [default.first_page_with(heading) for heading in PARTS]
    assert None not in pages, dict(zip(PARTS, pages))
    assert pages == sorted(pages)
    for title in (
        "Political and diplomatic",
        "Trade, economic and investment",
        "Cultural and humanitarian",
        "Transport and logistics",
    ):
        assert title in default.text


def test_contents_page_numbers_are_the_pages_the_headings_are_on(default):
    toc = default.texts[1]
    assert toc.startswith("Contents")
    for heading in PARTS:
        listed = re.search(re.escape(heading) + r"[ .]*?(\d+)(?: |$)", toc)
        assert listed, f"{heading!r} not in the contents"
        assert int(listed.group(1)) == default.first_page_with(heading) + 1, heading


def test_outline_has_an_entry_per_part_pointing_at_its_page(default):
    reader = default.reader
    top = {
        entry.title: reader.get_destination_page_number(entry)
        for entry in reader.outline
        if not isinstance(entry, list)
    }
    for heading in PARTS:
        assert top[heading] == default.first_page_with(heading), heading


def test_metadata_comes_from_the_config(default):
    meta = default.reader.metadata
    assert meta.title == "Kazakhstan–Qatar Relations"
    assert meta.author == "Foreign Policy Analysis Unit"
    assert meta.subject == "Political, economic and cultural ties"
    assert meta["/CreationDate"] == "D:20260220000000Z"


# --- tables ------------------------------------------------------------------------------


def test_tables_1_and_2_extract_from_the_pdf_cell_for_cell(default, seeds):
    paper = _paper(seeds)
    start = default.first_page_with(PARTS[2])
    end = default.first_page_with("Chronology")
    with pdfplumber.open(default.pdf) as pdf:
        extracted = [
            [[" ".join((cell or "").split()) for cell in row] for row in table]
            for page in pdf.pages[start : end + 1]
            for table in page.extract_tables()
        ]
    expected = [[list(paper.table(n).header), *map(list, paper.table(n).rows)] for n in (1, 2)]
    assert extracted[:2] == expected
    # and the paper's cells are what the Markdown says (the reader is tested in detail elsewhere)
    assert expected[0][3] == ["Military-Technical", "Agreement on military cooperation", "2023"]
    assert expected[1][-1] == ["Joint Islamic Financial Center based on AIFC", "Financial Sector", "USD 500 million"]
    assert "Source: Proposals and initiatives discussed during bilateral negotiations" in default.texts[start]


# --- chronology ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "label, words",
    [
        ("1 July 1993", "formal relations were officially established"),
        ("June 2017", ""),
        ("Autumn 2024", "Kazakh Senate formally endorsed"),
        ("2011–2012", ""),
        ("14 February 2024", "inaugural state visit to Qatar"),
    ],
)
def test_chronology_holds_the_dated_events(default, briefing_json, label, words):
    start, end = default.first_page_with("Chronology"), default.first_page_with("About the source paper")
    chronology = " ".join(default.texts[start:end])
    assert label in chronology
    events = next(p for p in briefing_json["parts"] if p["kind"] == "chronology")["events"]
    found = [e for e in events if e["label"] == label]
    assert found and all(e["citations"] for e in found)
    assert any(words in e["text"] for e in found)


def test_chronology_events_in_the_json_carry_dates_at_their_precision(briefing_json):
    events = next(p for p in briefing_json["parts"] if p["kind"] == "chronology")["events"]
    by_label = {e["label"]: e for e in events}
    assert (by_label["1 July 1993"]["start"], by_label["1 July 1993"]["end"], by_label["1 July 1993"]["precision"]) == (
        "1993-07-01",
        "1993-07-01",
        "day",
    )
    assert (by_label["Autumn 2024"]["start"], by_label["Autumn 2024"]["end"]) == ("2024-09-01", "2024-11-30")
    assert by_label["2011–2012"]["precision"] == "range"
    assert [e["start"] for e in events] == sorted(e["start"] for e in events)


# --- selection -------------------------------------------------------------------------------


def test_no_feed_article_without_a_qatar_mention_appears(default, seeds):
    feeds = [doc for doc in seeds.documents if doc.kind == "news" and len(doc.items) > 1]
    assert feeds
    left_out = [
        item
        for doc in feeds
        for item in doc.items
        if not re.search(r"Qatar|Doha|Катар|Қатар", item.title + " " + item.text)
    ]
    assert len(left_out) == 18
    for item in left_out:
        assert item.title not in default.text, item.title


# --- the paper's abstracts ------------------------------------------------------------------


def test_kazakh_and_russian_abstracts_extract_intact(default, seeds):
    about = default.first_page_with("About the source paper")
    text = " ".join(default.texts[about:])
    for abstract in _paper(seeds).abstracts:
        assert " ".join(abstract.title.split()) in text, abstract.language
        assert " ".join(abstract.text.split()[:12]) in text, abstract.language
    assert "Қазақстан Республикасы мен Катар мемлекетінің" in text


def test_html_marks_each_abstract_with_its_language(default):
    html = default.pdf.with_suffix(".html").read_text(encoding="utf-8")
    for lang in ("en", "kk", "ru"):
        assert re.search(rf'<[^>]+ lang="{lang}"[^>]*>', html), lang


# --- the second example config and a user layout ------------------------------------------


@pytest.fixture(scope="session")
def digest(tmp_path_factory) -> Built:
    return _build(
        _project(tmp_path_factory, "digest"), "weekly-digest.yaml", "foreign-ministry-weekly-digest-2026-02-20.pdf"
    )


def test_weekly_digest_builds_with_its_own_layout(digest, default):
    assert digest.code == 0, digest.stderr
    assert "FOREIGN POLICY ANALYSIS UNIT · DIGEST" in digest.texts[0]
    assert len(digest.texts) < len(default.texts)
    # last 7 days before 20 February 2026: the 20.02 feed article is in, 13.12.2025 is not
    assert "Al-Farabi" in digest.text
    assert "Table 1" not in digest.text and "About the source paper" not in digest.text


OVERRIDE = """\
{% extends "briefing:base.html.j2" %}
{% block cover %}
<section class="cover"><h1>Eyes only: {{ briefing.title }}</h1></section>
{% endblock %}
"""


def test_a_user_layout_overrides_one_block_and_keeps_the_rest(tmp_path_factory, default):
    root = _project(tmp_path_factory, "override")
    layout = root / "layouts" / "eyes-only"
    layout.mkdir(parents=True)
    (layout / "base.html.j2").write_text(OVERRIDE, encoding="utf-8")
    config = root / "config.yaml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("layout: briefing", "layout: layouts/eyes-only"), encoding="utf-8"
    )
    built = _build(root, "config.yaml", PDF_NAME)
    assert built.code == 0, built.stderr
    assert "Eyes only: Kazakhstan–Qatar Relations" in built.texts[0]
    assert "PERIOD COVERED" not in built.texts[0] and "PERIOD COVERED" in default.texts[0]
    assert built.texts[1:] == default.texts[1:]


def test_a_topic_summary_adds_to_its_items_summaries_instead_of_repeating_them(briefing_json):
    topics = next(p for p in briefing_json["parts"] if p["kind"] == "topics")
    with_summary = [s for s in topics["sections"] if s["summary"]]
    assert with_summary
    for section in with_summary:
        shown = {s["text"] for item in section["items"] for s in item["summary"]}
        assert not shown & {s["text"] for s in section["summary"]}, section["title"]
    assert topics["empty"] == []  # the military passage of the trade section speaks of it
    # nor does it repeat what another topic's summary said
    said = [s["text"] for section in with_summary for s in section["summary"]]
    assert len(said) == len(set(said))
    # and none opens on a sentence that points back at one it does not show ("He outlined ...",
    # "For instance, ...")
    for section in topics["sections"]:
        for summary in [section["summary"], *(item["summary"] for item in section["items"])]:
            if summary:
                assert not re.match(r"(?:He|She|For instance|For example|All these)\b", summary[0]["text"]), summary[0]
    # every item shown under a topic says something: no heading over an empty summary
    assert all(item["summary"] for section in topics["sections"] for item in section["items"])


def test_citation_numbers_first_appear_in_reading_order(briefing_json):
    first_seen: list[int] = []

    def walk(value):
        if isinstance(value, dict):
            for key in ("cite", "citations"):
                numbers = value.get(key)
                for n in [numbers] if isinstance(numbers, int) else numbers or []:
                    if n not in first_seen:
                        first_seen.append(n)
            for key, inner in value.items():
                if key not in ("cite", "citations"):
                    walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(briefing_json["parts"])
    assert first_seen == sorted(first_seen) == list(range(1, len(briefing_json["sources"]) + 1))


def test_figures_are_numbered_listed_in_the_contents_and_their_text_is_selectable(default, briefing_json):
    contents = default.texts[1]
    timeline = next(p for p in briefing_json["parts"] if p["kind"] == "timeline")
    first, last = min(e["start"] for e in timeline["events"])[:4], max(e["end"] for e in timeline["events"])[:4]
    assert (
        "Figure 1. Key bilateral projects between Astana and Doha (2024–2028): Planned Investment Volume" in contents
        and f"Figure 2. Timeline of events, {first}–{last}" in contents
    )
    page = default.first_page_with("Figure 2. Timeline of events")
    # The timeline's labels and year names are text in the PDF, not outlines.
    labelled = [e for e in timeline["events"] if e["labelled"]]
    assert labelled and all(e["label"] in default.texts[page] for e in labelled)
    assert "as of 20 Feb 2026" in default.texts[page] and first in default.texts[page]
    chart_page = default.first_page_with("Figure 1. Key bilateral")
    assert "USD billion" in default.texts[chart_page] and "0.35" in default.texts[chart_page]
    with pdfplumber.open(default.pdf) as pdf:
        fonts = {c["fontname"].split("+")[-1] for c in pdf.pages[page].chars if c["text"] == "1"}
    assert "DejaVu-Sans" in fonts and all(f.startswith("DejaVu-") for f in fonts)  # the document's fonts


def test_every_timeline_mark_is_keyed_to_its_chronology_row(briefing_json):
    timeline = next(p for p in briefing_json["parts"] if p["kind"] == "timeline")
    chronology = next(p for p in briefing_json["parts"] if p["kind"] == "chronology")
    rows = {e["key"]: (e["start"], e["label"]) for e in chronology["events"]}
    assert sorted(rows) == list(range(1, len(rows) + 1))
    assert {e["key"]: (e["start"], e["label"]) for e in timeline["events"]} == rows
    assert 1 <= sum(e["labelled"] for e in timeline["events"]) <= 6
    first, last = min(e["start"] for e in timeline["events"])[:4], max(e["end"] for e in timeline["events"])[:4]
    assert timeline["drawing"]["alt"].startswith(f"Timeline of {len(rows)} dated events, {first}–{last}.")


def test_no_proper_name_is_hyphenated_at_a_line_end(default, seeds):
    # pypdf keeps a line's end: "Kaza‐" (U+2010) when WeasyPrint hyphenated; "Kazakh-" when the source
    # wrote "Kazakh-Qatari". A capitalised word broken where the source has no hyphen is a hyphenated name.
    # A proper name is a word the sources capitalise inside a sentence ("… of Kazakhstan"); a
    # capitalised word that only opens sentences ("Officials …") may be hyphenated like any other.
    source_text = " ".join(item.text for item in seeds.items)
    broken = []
    for page in default.reader.pages:
        lines = page.extract_text().splitlines()
        for line, following in zip(lines, lines[1:]):
            match = re.search(r"([A-ZА-ЯЁ][^\W\d_]+)‐$", line)
            if not match or f"{match[1]}-" in source_text:
                continue
            word = match[1] + re.match(r"[^\W\d_]*", following.split()[0])[0]
            if re.search(rf"[a-zа-яё,] {word}\b", source_text):
                broken.append(match[1] + "‐" + following.split()[0])
    assert broken == []


def test_a_part_with_break_none_runs_on_under_the_one_before(default):
    timeline = default.first_page_with("Figure 2. Timeline of events")
    assert default.first_page_with("Chronology", start=timeline) == timeline


# --- written for the reader ------------------------------------------------------------


def test_no_scoring_line_in_the_pdf_but_the_json_keeps_the_scores(default, briefing_json):
    assert not re.search(r"[a-z] ×\d|FOCUS:", default.text)
    topics = next(p for p in briefing_json["parts"] if p["kind"] == "topics")
    assert topics["sections"][0]["items"][0]["topics"][0]["terms"]


def test_an_item_is_headed_by_what_happened_and_sourced_to_its_outlet(default):
    assert (
        "The agreement was signed by the director of the Kazakh Presidential Archive and the secretary general "
        "of the National Archives of Qatar 5 December 2025 · Qazinform News Agency [2]"
    ) in default.text
    # A paper section names the paper in short form, never the heading again.
    assert "History and evolution of bilateral relations Abu Shawer Omar Ahmad et al. (2025) [3]" in default.text


def test_the_source_list_cites_the_paper_once_with_its_sections_in_reading_order(default):
    start = default.first_page_with("Sources [1]")
    sources = " ".join(default.texts[start:]).replace("\u2010 ", "")  # words hyphenated at a line end
    assert sources.count("Foreign Policy Cooperation between the Republic of Kazakh") == 1
    assert (
        "[3] Abu Shawer Omar Ahmad et al. (2025). Foreign Policy Cooperation between the Republic of "
        "Kazakhstan and the State of Qatar: Key Areas and Prospects. Sections: Introduction (line 45); "
        "History and evolution of bilateral relations (line 77); Political and diplomatic cooperation (line 87); "
        "Trade, economic and investment cooperation (line 111); Cultural and humanitarian cooperation "
        "(line 157); Main directions and prospects for further co-operation (line 194); Conclusion (line 214)."
    ) in sources


def test_the_digest_colophon_names_the_organisation_once(digest):
    colophon = next(line for line in digest.reader.pages[-1].extract_text().splitlines() if " sources · as of " in line)
    assert (
        colophon.startswith("Foreign Policy Analysis Unit · ") and colophon.count("Foreign Policy Analysis Unit") == 1
    )


def test_figures_render_without_a_renderer_warning(default):
    # SVG properties (fill, stroke) belong in the SVG's own style sheet; in the page's they are
    # unknown properties WeasyPrint warns about.
    assert "warning: weasyprint" not in default.stderr


def test_an_undated_news_sentence_in_the_executive_summary_is_led_by_its_storys_date(default, briefing_json):
    summary = next(p for p in briefing_json["parts"] if p["kind"] == "summary")
    led = [(s["when"], s["text"][:30]) for s in summary["sentences"] if s["when"]]
    assert ("2025-12-05", "The document offers opportunit") in led
    assert all(not re.search(r"\b20\d\d\b", text) for _, text in led)
    assert "5 December 2025. The document offers opportunities" in default.text


def test_a_news_story_is_shown_once_and_named_under_its_other_topics(briefing_json):
    topics = next(p for p in briefing_json["parts"] if p["kind"] == "topics")
    shown = [item["item_id"] for section in topics["sections"] for item in section["items"]]
    stories = [i for i in shown if "#a" in i]
    assert len(stories) == len(set(stories))  # no story's summary is printed twice
    also = [(a, s["key"]) for s in topics["sections"] for a in s["also"]]
    assert also  # the archives memorandum speaks of diplomacy and of culture
    for entry, key in also:
        home = next(s for s in topics["sections"] if s["id"] == entry["section_id"])
        assert home["key"] != key and entry["item_id"] in [i["item_id"] for i in home["items"]]
        assert entry["section_title"] == home["title"]


def test_no_sentence_is_printed_twice_under_the_topics(default, briefing_json):
    # The paper's history section speaks of diplomacy, trade and culture, so its passages join three
    # topics; "In June 2017, Qatar experienced a diplomatic rupture ..." was once printed under each.
    topics = next(p for p in briefing_json["parts"] if p["kind"] == "topics")
    told = [s["text"] for section in topics["sections"] for s in section["summary"]]
    told += [s["text"] for section in topics["sections"] for item in section["items"] for s in item["summary"]]
    assert len(told) == len(set(told)) > 20
    start = default.first_page_with("Developments by topic")
    end = default.first_page_with("Table 1 – Main areas", start + 1)
    printed = " ".join(default.texts[start:end])
    assert printed.count("In June 2017, Qatar experienced a diplomatic rupture") == 1


def test_the_papers_in_text_citations_do_not_reach_the_pdf(default, briefing_json):
    # The briefing cites the paper itself; the paper's own bibliography is not printed, so "(Sabayeva, 2015)"
    # would point at nothing.  The chronology's row of 2011 and the executive summary show the sentence without it.
    assert "Sabayeva" not in default.text and "Weitz, 2013" not in default.text
    chronology = next(p for p in briefing_json["parts"] if p["kind"] == "chronology")
    (row,) = [e for e in chronology["events"] if e["text"].startswith("In 2011, during the inaugural visit")]
    assert row["text"].endswith("fostering enhanced collaboration in the economic sphere.")


def test_no_run_of_words_reaches_the_pdf_twice_in_a_row(default):
    # (the paper writes "... strategic collaboration with Qatar, with the aim of advancing key projects,
    # thereby solidifying the political" twice on end: a slip of copying the reader should not meet)
    from reportgen.text import undouble

    text = " ".join(" ".join(page.extract_text().split()) for page in default.reader.pages)
    assert "thereby solidifying the political framework" in text
    assert undouble(text) == text
