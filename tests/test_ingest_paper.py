"""Read Markdown papers of our own: two languages, other tables, mending rules, odd layouts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reportgen import ingest
from reportgen.ingest.markdown import clean_inline, first_url, join, vocabulary
from reportgen.ingest.paper import read_paper

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
PATH = "paper_two_langs.md"


@pytest.fixture(scope="module")
def paper():
    corpus = ingest.load([PATH], root=FIXTURES)
    assert corpus.diagnostics == ()
    return corpus.documents[0]


def test_two_language_front_matter(paper):
    assert (paper.id, paper.kind, paper.format) == ("paper_two_langs", "paper", "paper")
    assert paper.title == "RIVER BASINS AND $1 BILLION OF SHARED WATER"
    assert paper.authors == ("Jane Doe", "B.C. Roe")
    assert paper.affiliations == ("Northern University, Oslo, Norway", "Steppe Institute, Astana, Kazakhstan")
    en, ru = paper.abstracts
    assert (en.language, ru.language) == ("en", "ru")
    assert (
        en.text == "Shared rivers link the economies of Central Asia. This paper examines how two states divide water."
    )
    assert en.keywords == paper.keywords == ("water", "rivers", "treaties")
    assert (ru.title, ru.keywords) == ("Речные бассейны и общая вода", ("вода", "реки", "договоры"))
    assert ru.authors == ("Джейн Доу", "Б.К. Роу")
    assert ru.affiliations == ("Северный университет, Осло, Норвегия",)
    assert (en.location.line, ru.location.line) == (9, 21)


def test_sections_levels_and_mended_paragraphs(paper):
    assert [(s.id, s.level, s.title) for s in paper.items] == [
        ("paper_two_langs#s-43563c2db3", 1, "Background"),
        ("paper_two_langs#s-2f2ae81ba7", 2, "Data and methods"),
        ("paper_two_langs#s-971b7682a1", 3, "Findings"),
    ]
    (background,) = paper.items[0].paragraphs
    assert background.text == (
        "Rivers cross borders and so do disputes. The upper state builds dams, while the lower state farms the "
        "plain and depends on a steady flow of water for cotton and wheat, which makes the flow a matter of "
        "negotiation every spring. Water-sharing rules were first written in 1992."
    )
    assert background.location.line == 29
    (methods,) = paper.items[1].paragraphs
    assert (
        methods.text
        == "We compare the flows of two rivers (Syr *Darya* and Chu) and a Norwegian-Kazakh survey of farmers."
    )
    findings = paper.items[2].paragraphs
    assert [(p.kind, p.text) for p in findings] == [
        ("bullet", "Upstream releases peak in winter, when demand downstream is low and reservoirs are full."),
        ("bullet", "Downstream farms need water in summer."),
    ]


def test_table_of_four_columns_and_two_rows(paper):
    (table,) = paper.tables
    assert (table.id, table.number, table.caption) == ("paper_two_langs#t3", 3, "Annual flow by river (km³)")
    assert table.header == ("River", "2019", "2020", "2021")
    assert table.rows == (("Syr Darya", "«32.1»", "30,4", "–"), ("Chu", "6.2", "5.9", "6.0"))
    assert table.note == "Note: figures are provisional."
    assert table.section_id == "paper_two_langs#s-2f2ae81ba7"
    assert table.location.line == 42


def test_references_author_info_and_history(paper):
    assert [(r.id, r.year, r.url) for r in paper.references] == [
        ("paper_two_langs#r1", 2021, "https://doi.org/10.1000/river_1"),
        ("paper_two_langs#r2", 2019, "https://example.org/dams_and_treaties"),
        ("paper_two_langs#r3", None, None),
    ]
    assert paper.references[0].text == (
        "Doe, J. (2021). Rivers of the Steppe. Water Journal, 4(2), 1–9. https://doi.org/10.1000/river_1"
    )
    assert [p.text for p in paper.author_info] == [
        "Jane Doe – professor at Northern University.",
        "B.C. Roe – researcher at the Steppe Institute.",
    ]
    assert paper.metadata == (("submitted", "2024-03-03"), ("accepted", "2024-05-01"))
    assert paper.published == dt.date(2024, 5, 1)


@pytest.mark.parametrize(
    ("previous", "text", "joined"),
    [
        ("friendly states, identify-", "ing Qatar as an ally.", "friendly states, identifying Qatar as an ally."),
        ("the Kazakh-", "Qatari talks.", "the Kazakh-Qatari talks."),
        ("and its role as", "a major player.", "and its role as a major player."),
        ("visited Doha in 2007, and the", "Emir came in 2008.", "visited Doha in 2007, and the Emir came in 2008."),
        ("over the 2022-", "2024 period.", "over the 2022- 2024 period."),
    ],
)
def test_join_mends_breaks(previous, text, joined):
    assert join(previous, text) == joined


def test_join_uses_the_document_vocabulary():
    known = vocabulary("long-term plans; academic exchanges")
    assert join("a long-", "term plan", known) == "a long-term plan"
    assert join("faculty exchange-", "es and visits", known) == "faculty exchanges and visits"
    assert join("faculty exchange-", "es and visits") == "faculty exchangees and visits"


def test_clean_inline_and_urls():
    assert clean_inline("Abu<sup>1\\*</sup>, **Bold** and *it* costs \\$5 \\\\_x") == "Abu, Bold and it costs $5 _x"
    assert clean_inline("see [the site](https://a.kz/x) or <https://b.kz>") == "see the site or https://b.kz"
    assert first_url("Text [https://n.ru/6\\\\_9](https://n.ru/6_9)") == "https://n.ru/6_9"
    assert first_url("Text <https://a.kz/a\\_b> and <https://c.kz>") == "https://a.kz/a_b"


def test_paper_without_keywords_takes_its_title_from_a_level_one_heading():
    lines = ["# Grain Corridors", "", "## Overview", "", "Grain moves by rail.", "", "## Outlook", "", "More trains."]
    doc, diagnostics = read_paper(lines, doc_id="g", path="g.md")
    assert diagnostics == []
    assert doc.title == "Grain Corridors"
    assert [(s.id, s.level, s.title) for s in doc.items] == [
        ("g#s-72bdf7e5a9", 2, "Overview"),
        ("g#s-782b9fb87e", 2, "Outlook"),
    ]
    assert doc.abstracts == () and doc.published is None


def test_markdown_without_headings_is_one_untitled_section_with_a_warning():
    lines = ["Notes on **river** talks. They went well.", "", "- first point", "- second point"]
    doc, diagnostics = read_paper(lines, doc_id="n", path="notes.md")
    assert [str(d) for d in diagnostics] == [
        "warning: notes.md:1: no Markdown headings; read as one untitled section — add '## ' headings to divide it"
    ]
    (section,) = doc.items
    assert (doc.title, section.title, section.level) == ("Notes on river talks", "", 2)
    assert [(p.kind, p.text) for p in section.paragraphs] == [
        ("paragraph", "Notes on river talks. They went well."),
        ("bullet", "first point"),
        ("bullet", "second point"),
    ]


def test_ragged_table_rows_are_padded_or_folded_with_warnings():
    lines = ["## Data", "", "**Table 5** - Ports", "", "Port\tShips\tTons", "Aktau\t12", "Kuryk\t4\t900\t?", ""]
    doc, diagnostics = read_paper(lines, doc_id="p", path="data/p.md")
    (table,) = doc.tables
    assert (table.number, table.caption, table.header) == (5, "Ports", ("Port", "Ships", "Tons"))
    assert table.rows == (("Aktau", "12", ""), ("Kuryk", "4", "900\t?"))
    assert [str(d) for d in diagnostics] == [
        "warning: data/p.md:6: table 5 row has 2 cells, header has 3; padded with empty cells — check the tabs in that row",
        "warning: data/p.md:7: table 5 row has 4 cells, header has 3; "
        "the extra cells are kept in the last one, tab-separated — check the tabs in that row",
    ]


def test_table_caption_without_rows_warns_and_text_is_kept():
    lines = ["## Data", "", "**Table 2** – Missing", "", "Just text follows."]
    doc, diagnostics = read_paper(lines, doc_id="p", path="p.md")
    assert doc.tables == ()
    assert [p.text for p in doc.items[0].paragraphs] == ["Just text follows."]
    assert [str(d) for d in diagnostics] == [
        "warning: p.md:3: table 2 has no rows; put tab-separated rows after a blank line under the caption"
    ]


def test_caption_forms_and_rows_right_under_the_caption():
    lines = [
        "## Data",
        "",
        "Table 1 shows the ports.",
        "",
        "**Table 1 – Ports by size**",
        "Port\tShips",
        "Aktau\t12",
        "",
        "**Table 2.** Ferries",
        "",
        "Route\tDays",
        "Kuryk–Baku\t3",
    ]
    doc, diagnostics = read_paper(lines, doc_id="p", path="p.md")
    assert diagnostics == []
    assert [p.text for p in doc.items[0].paragraphs] == ["Table 1 shows the ports."]
    assert [(t.number, t.caption, t.header, t.rows) for t in doc.tables] == [
        (1, "Ports by size", ("Port", "Ships"), (("Aktau", "12"),)),
        (2, "Ferries", ("Route", "Days"), (("Kuryk–Baku", "3"),)),
    ]
    assert [t.location.line for t in doc.tables] == [5, 9]


def test_caption_at_the_end_of_the_file_warns():
    doc, diagnostics = read_paper(["## Data", "", "**Table 9** – Pending"], doc_id="p", path="p.md")
    assert doc.tables == ()
    assert [str(d) for d in diagnostics] == [
        "warning: p.md:3: table 9 has no rows; put tab-separated rows after a blank line under the caption"
    ]


def test_a_note_and_the_next_caption_right_under_a_tables_rows_are_not_rows():
    lines = [
        "## Data",
        "",
        "**Table 1** – Ports",
        "",
        "Port\tShips",
        "Aktau\t12",
        "Source: port authority, 2024.",
        "**Table 2** – Ferries",
        "Route\tDays",
        "Kuryk–Baku\t3",
    ]
    doc, diagnostics = read_paper(lines, doc_id="p", path="p.md")
    assert diagnostics == []
    assert [(t.number, t.caption, t.header, t.rows, t.note) for t in doc.tables] == [
        (1, "Ports", ("Port", "Ships"), (("Aktau", "12"),), "Source: port authority, 2024."),
        (2, "Ferries", ("Route", "Days"), (("Kuryk–Baku", "3"),), None),
    ]
    assert [t.location.line for t in doc.tables] == [3, 8]


def test_markdown_pipe_tables_read_cell_for_cell():
    lines = [
        "## Trade",
        "",
        "**Table 3** – Exports by year",
        "",
        "| Year | Goods | Value (USD) |",
        "|------|:-----:|------------:|",
        "| 2023 | Wheat, flour | 1.2 billion |",
        "| 2024 | Oil \\| gas | |",
        "| 2025 | Copper | 3 | extra |",
        "",
        "*Source: customs data.*",
    ]
    doc, diagnostics = read_paper(lines, doc_id="p", path="p.md")
    (table,) = doc.tables
    assert (table.number, table.caption, table.header) == (3, "Exports by year", ("Year", "Goods", "Value (USD)"))
    assert table.rows == (
        ("2023", "Wheat, flour", "1.2 billion"),
        ("2024", "Oil | gas", ""),
        ("2025", "Copper", "3|extra"),
    )
    assert table.note == "Source: customs data."
    assert [str(d) for d in diagnostics] == [
        "warning: p.md:9: table 3 row has 4 cells, header has 3; the extra cells are kept in the last one, "
        "|-separated — check the | borders in that row"
    ]


def test_a_pipe_line_without_a_separator_row_is_text():
    lines = ["## Notes", "", "| this is a quote-like line |", "and more text."]
    doc, diagnostics = read_paper(lines, doc_id="p", path="p.md")
    assert doc.tables == () and diagnostics == []
    assert [p.text for p in doc.items[0].paragraphs] == ["| this is a quote-like line | and more text."]


def test_abstracts_in_spanish_and_indonesian_are_front_matter_in_their_languages(tmp_path):
    (tmp_path / "paper.md").write_text(
        "Ana Pérez<sup>1</sup>\n\n<sup>1</sup>Universidad de Chile, Santiago\n\n"
        "## COPPER AND SOLAR POWER: CHILE AND INDONESIA\n\n"
        "Copper and solar power link the two economies. This paper examines the trade agreement of 2017.\n\n"
        "**Keywords:** copper, solar power, trade.\n\n"
        "### **Cobre y energía solar: Chile e Indonesia**\n\n"
        "**Resumen:** El cobre y la energía solar unen las dos economías. El artículo examina el acuerdo "
        "comercial de 2017 y las perspectivas de la cooperación entre los dos países.\n\n"
        "**Palabras clave:** cobre, energía solar, comercio.\n\n"
        "### **Tembaga dan tenaga surya**\n\n"
        "Tembaga dan tenaga surya menghubungkan kedua ekonomi. Artikel ini membahas perjanjian dagang yang "
        "ditandatangani pada tahun 2017 dan prospek kerja sama dari kedua negara.\n\n"
        "**Kata kunci:** tembaga, tenaga surya, perdagangan.\n\n"
        "## Introduction\n\nChile and Indonesia signed a trade agreement in 2017.\n",
        encoding="utf-8",
    )
    corpus = ingest.load(["paper.md"], root=tmp_path)
    assert corpus.diagnostics == ()
    paper = corpus.documents[0]
    assert [(a.language, a.keywords) for a in paper.abstracts] == [
        ("en", ("copper", "solar power", "trade")),
        ("es", ("cobre", "energía solar", "comercio")),
        ("id", ("tembaga", "tenaga surya", "perdagangan")),
    ]
    assert paper.abstracts[1].text.startswith("El cobre y la energía solar")
    assert [s.title for s in paper.items] == ["Introduction"]


def test_abstracts_in_greek_and_bengali_are_front_matter_in_their_languages(tmp_path):
    (tmp_path / "paper.md").write_text(
        "## EGYPT AND GREECE IN THE EASTERN MEDITERRANEAN\n\n"
        "Energy links the two countries. This paper examines the maritime agreement of 2020.\n\n"
        "**Keywords:** energy, maritime boundaries.\n\n"
        "### **Η Αίγυπτος και η Ελλάδα**\n\n"
        "**Περίληψη:** Η ενέργεια συνδέει τις δύο χώρες. Το άρθρο εξετάζει τη θαλάσσια συμφωνία του 2020.\n\n"
        "**Λέξεις-κλειδιά:** ενέργεια, θαλάσσια σύνορα.\n\n"
        "### **মিশর ও গ্রিস**\n\n"
        "জ্বালানি দুই দেশকে যুক্ত করে। এই প্রবন্ধে ২০২০ সালের সমুদ্র চুক্তি আলোচনা করা হয়েছে।\n\n"
        "**মূলশব্দ:** জ্বালানি, সমুদ্রসীমা।\n\n"
        "## Introduction\n\nEgypt and Greece signed a maritime agreement in 2020.\n",
        encoding="utf-8",
    )
    corpus = ingest.load(["paper.md"], root=tmp_path)
    assert corpus.diagnostics == ()
    paper = corpus.documents[0]
    assert [(a.language, a.keywords) for a in paper.abstracts] == [
        ("en", ("energy", "maritime boundaries")),
        ("el", ("ενέργεια", "θαλάσσια σύνορα")),
        ("bn", ("জ্বালানি", "সমুদ্রসীমা")),
    ]
    assert [s.title for s in paper.items] == ["Introduction"]

    lines = ["## Data", "", "**Table 2** - Ports", "", "Port\tShips\tNote", "Aktau\t12\t", "Kuryk\t4\tnew  ", ""]
    doc, diagnostics = read_paper(lines, doc_id="p", path="data/p.md")
    (table,) = doc.tables
    assert table.rows == (("Aktau", "12", ""), ("Kuryk", "4", "new"))
    assert diagnostics == []


@pytest.mark.parametrize(
    ("lines", "entries"),
    [
        (
            ["Manuscript received 2 April 2026; revised 15 June 2026; accepted 1 September 2026."],
            [("submitted", "2026-04-02"), ("revised", "2026-06-15"), ("accepted", "2026-09-01")],
        ),
        (
            ["Received 3 May 2026 / Accepted 28 September 2026"],
            [("submitted", "2026-05-03"), ("accepted", "2026-09-28")],
        ),
        (
            ["Submitted 9 March 2026", "Revised version received 2 May 2026", "Accepted for publication 11 June 2026"],
            [("submitted", "2026-03-09"), ("revised", "2026-05-02"), ("accepted", "2026-06-11")],
        ),
        (
            ["**Received:** April 8, 2025. **Published:** 2025-06-01"],
            [("submitted", "2025-04-08"), ("published", "2025-06-01")],
        ),
        (
            ["- Article history: received 3 March 2026 | accepted 5 May 2026"],
            [("submitted", "2026-03-03"), ("accepted", "2026-05-05")],
        ),
        # the history told as a sentence
        (
            [
                "The manuscript was received on 19 January 2026, revised on 3 March 2026 and accepted for publication on 2 June 2026."
            ],
            [("submitted", "2026-01-19"), ("revised", "2026-03-03"), ("accepted", "2026-06-02")],
        ),
        # entries set apart by a middle dot; a qualifier after the entry's word; "available online"
        (
            ["Received: 2 February 2026 · Revised: 9 March 2026 · Published online: 1 May 2026"],
            [("submitted", "2026-02-02"), ("revised", "2026-03-09"), ("published", "2026-05-01")],
        ),
        (
            ["Submitted 4 June 2026 | Accepted following peer review 1 August 2026 | Available online 3 October 2026"],
            [("submitted", "2026-06-04"), ("accepted", "2026-08-01"), ("published", "2026-10-03")],
        ),
        (
            [
                "The paper was received by the editorial office on 5 January 2026 and returned to the authors for "
                "revisions on 1 March 2026; it was accepted for publication on 2 April 2026 and published on 7 May 2026."
            ],
            [
                ("submitted", "2026-01-05"),
                ("revised", "2026-03-01"),
                ("accepted", "2026-04-02"),
                ("published", "2026-05-07"),
            ],
        ),
        # a step named by a label of its own words, entries set apart by dashes, ISO dates
        (
            ["Manuscript filed with the journal: 2 February 2026 — corrections asked by referees: 9 March 2026"],
            [("submitted", "2026-02-02"), ("revised", "2026-03-09")],
        ),
        (
            [
                "Date of first submission: 2026-01-12; date of final decision: 2026-04-17; first appearance online: 2026-05-01."
            ],
            [("submitted", "2026-01-12"), ("accepted", "2026-04-17"), ("published", "2026-05-01")],
        ),
        # told in prose, a step without its date passed over
        (
            [
                "This article reached the editorial office on 3 March 2026, went through one round of review and was "
                "cleared for publication on 9 May 2026."
            ],
            [("submitted", "2026-03-03"), ("accepted", "2026-05-09")],
        ),
        # the editors' own account, under a label of theirs, a step's phrase after its date
        (
            [
                "Editorial note: we received this paper on 4 March 2026 and sent it to three referees; the authors "
                "replied to their comments in a version dated 12 May 2026, which we accepted on 3 June 2026 for the "
                "autumn issue, published online on 21 July 2026."
            ],
            [
                ("submitted", "2026-03-04"),
                ("revised", "2026-05-12"),
                ("accepted", "2026-06-03"),
                ("published", "2026-07-21"),
            ],
        ),
        # the date first and its step in brackets, under "Dates:"
        (
            [
                "Dates: 18 January 2026 (first version) / 7 April 2026 (second version) / 29 April 2026 (acceptance) / 1 July 2026 (issue)."
            ],
            [
                ("submitted", "2026-01-18"),
                ("revised", "2026-04-07"),
                ("accepted", "2026-04-29"),
                ("published", "2026-07-01"),
            ],
        ),
        # a known step word followed by more words before its dotted date
        (
            [
                "Manuscript history: submitted 03.02.2026 · sent back to the authors for revision 18.03.2026 · revised version 15.04.2026"
            ],
            [("submitted", "2026-02-03"), ("revised", "2026-03-18"), ("revised", "2026-04-15")],
        ),
        # steps set apart by vertical bars after a record's label, the first decision a call to revise
        (
            [
                "Editorial record | received 2026-01-12 | first decision 2026-02-20 | revised 2026-03-30 | accepted "
                "2026-04-08 | published online 2026-05-27"
            ],
            [
                ("submitted", "2026-01-12"),
                ("revised", "2026-02-20"),
                ("revised", "2026-03-30"),
                ("accepted", "2026-04-08"),
                ("published", "2026-05-27"),
            ],
        ),
        # a timeline's steps whose words name no paper, under its label
        (
            [
                "Manuscript timeline: first sent on 9 January 2026; handed back to the authors with two reports on "
                "2 March 2026; approved for print on 30 March 2026; online since 11 May 2026."
            ],
            [
                ("submitted", "2026-01-09"),
                ("revised", "2026-03-02"),
                ("accepted", "2026-03-30"),
                ("published", "2026-05-11"),
            ],
        ),
        # the editors' account in sentences under a heading-like label; a day without a year is in the
        # year named last, and sending the paper to referees is read but listed nowhere
        (
            [
                "History of this paper. We received the manuscript on 3 March 2025 and sent it to three referees on "
                "10 March. We returned it to the authors for changes on 2 May and received the second version on 30 "
                "June. We accepted the paper on 14 July 2025, and it was published online on 1 August 2025."
            ],
            [
                ("submitted", "2025-03-03"),
                ("revised", "2025-05-02"),
                ("revised", "2025-06-30"),
                ("accepted", "2025-07-14"),
                ("published", "2025-08-01"),
            ],
        ),
        (["History of the article. The delegation arrived on 3 May 2026. It left on 5 May."], []),
        # abbreviated steps and day-month-year dates with hyphens under a handling label
        (
            ["Editorial handling: subm. 3-Feb-2025 / rev. 12-May-2025 / acc. 1-Jun-2025 / e-pub. 30-Jun-2025"],
            [
                ("submitted", "2025-02-03"),
                ("revised", "2025-05-12"),
                ("accepted", "2025-06-01"),
                ("published", "2025-06-30"),
            ],
        ),
        # an "information" label ending in a full stop, steps with their dates after them, one in final form
        (
            [
                "*Paper information.* Sent to the editors 2 February 2025; in final form after one round of review "
                "9 April 2025; cleared for publication 20 April 2025; online 15 May 2025."
            ],
            [
                ("submitted", "2025-02-02"),
                ("revised", "2025-04-09"),
                ("accepted", "2025-04-20"),
                ("published", "2025-05-15"),
            ],
        ),
        # steps joined by arrows under a "road to print" label
        (
            [
                "Road to print: submission 5 November 2024 → revised text 8 January 2025 → acceptance 3 February 2025 "
                "→ online first 1 March 2025."
            ],
            [
                ("submitted", "2024-11-05"),
                ("revised", "2025-01-08"),
                ("accepted", "2025-02-03"),
                ("published", "2025-03-01"),
            ],
        ),
        # the authors' own account: the referees' reports reaching them are read but listed nowhere
        (
            [
                "The authors' account of the review process: we sent the paper to the journal on 4 January 2026; the "
                "referees' comments came back to us on 1 March 2026; we resubmitted on 2 April 2026; we were told of "
                "its acceptance on 20 April 2026; it appeared online on 12 May 2026."
            ],
            [
                ("submitted", "2026-01-04"),
                ("revised", "2026-04-02"),
                ("accepted", "2026-04-20"),
                ("published", "2026-05-12"),
            ],
        ),
        # a timeline label before a dash, steps parted by commas
        (
            [
                "Review timeline — submitted 2 March 2025, first decision 10 April 2025, revised version 3 May 2025, "
                "acceptance 20 May 2025."
            ],
            [
                ("submitted", "2025-03-02"),
                ("revised", "2025-04-10"),
                ("revised", "2025-05-03"),
                ("accepted", "2025-05-20"),
            ],
        ),
        # the journal's own voice, an adverb before its first step, steps parted by commas, "and" and ";"
        (
            [
                "The journal initially took in this paper on 5 May 2025, sent it back to the authors for changes on "
                "2 June 2025 and approved the second version on 1 August 2025; it went online on 3 September 2025."
            ],
            [
                ("submitted", "2025-05-05"),
                ("revised", "2025-06-02"),
                ("accepted", "2025-08-01"),
                ("published", "2025-09-03"),
            ],
        ),
        (["The editors first met the minister on 3 May 2026."], []),
        # the journal's number for the paper as the label, each date before its step in brackets
        (
            [
                "Paper ECO-25-114: 2 March 2025 (received) | 3 May 2025 (revised) | 20 May 2025 (accepted) | 1 July 2025 (online)."
            ],
            [
                ("submitted", "2025-03-02"),
                ("revised", "2025-05-03"),
                ("accepted", "2025-05-20"),
                ("published", "2025-07-01"),
            ],
        ),
        # the review's manner and rounds in brackets and the making of the issue are read and left out
        (
            [
                "Refereeing: single-blind, one round (opened 3 March 2025, closed 2 May 2025); proofs checked 20 May "
                "2025; issue date 1 July 2025."
            ],
            [("published", "2025-07-01")],
        ),
        (["Refereeing: single-blind, one round (opened 3 March 2025, closed 2 May 2025)."], []),
        # the making before its release ("signed for printing", "sent to press"): read and left out
        (
            ["Came to the editorial office 11.01.2025; signed for printing 20.05.2025; published 02.06.2025."],
            [("submitted", "2025-01-11"), ("published", "2025-06-02")],
        ),
        (
            ["Manuscript received 4 March 2025; sent to press 2 June 2025; issue released 20 June 2025."],
            [("submitted", "2025-03-04"), ("published", "2025-06-20")],
        ),
        # slashed dates in the order the label states, else as a day over 12 shows, else the day first
        (
            ["Important dates (mm/dd/yyyy): received 03/02/2025, revised 04/15/2025, accepted 05/06/2025."],
            [("submitted", "2025-03-02"), ("revised", "2025-04-15"), ("accepted", "2025-05-06")],
        ),
        (
            ["Dates: submission 03/02/2025, revision 04/15/2025, acceptance 05/06/2025."],
            [("submitted", "2025-03-02"), ("revised", "2025-04-15"), ("accepted", "2025-05-06")],
        ),
        (
            ["Dates: submission 03/02/2025, revision 15/04/2025, acceptance 05/06/2025."],
            [("submitted", "2025-02-03"), ("revised", "2025-04-15"), ("accepted", "2025-06-05")],
        ),
        (["Key dates: the talks began on 03/05/2026, the ministers met on 04/05/2026."], []),
        # a month's name before the day, its year after a comma, under a label
        (
            ["Article history: Received March 3, 2026; Accepted May 5, 2026; Published online June 1, 2026."],
            [("submitted", "2026-03-03"), ("accepted", "2026-05-05"), ("published", "2026-06-01")],
        ),
        (
            ["Key dates: submitted April 8, 2025, revised June 2, 2025, accepted July 1, 2025."],
            [("submitted", "2025-04-08"), ("revised", "2025-06-02"), ("accepted", "2025-07-01")],
        ),
        # steps labelled in two languages, the journal's own after a slash
        (
            [
                "Received / Zaprimljeno: 9 January 2025",
                "Revised / Ispravljeno: 2 March 2025",
                "Accepted / Odobreno: 30 March 2025",
            ],
            [("submitted", "2025-01-09"), ("revised", "2025-03-02"), ("accepted", "2025-03-30")],
        ),
        (
            ["**Submitted / Soumis :** 4 February 2025; **Published online / Publié en ligne :** 1 June 2025"],
            [("submitted", "2025-02-04"), ("published", "2025-06-01")],
        ),
        (
            ["Received 3 May 2026 / Accepted 28 September 2026"],
            [("submitted", "2026-05-03"), ("accepted", "2026-09-28")],
        ),
        # a step and its date parted by a dash, a line of its own
        (["Manuscript first sent in – 4 February 2025"], [("submitted", "2025-02-04")]),
        (["Changes asked for by the referees – 9 March 2025"], [("revised", "2025-03-09")]),
        (["Last version accepted – 28 April 2025"], [("accepted", "2025-04-28")]),
        (["The delegation arrived – 3 May 2026"], []),
        (["Timeline: the talks began on 3 May 2026; the ministers met on 4 May 2026."], []),
        (["Road to Doha: the talks began on 3 May 2026 → the ministers met on 4 May 2026."], []),
        # a line of the body with a date and such a verb is no history
        (["The delegation arrived on 3 May 2026."], []),
        (["We received the minister on 3 May 2026."], []),
        (["Dates: the talks began on 3 May 2026 (Monday)."], []),
        (["The agreement was approved on 3 May 2026."], []),
        (["The manuscript was written during a long winter."], []),
        # prose that opens with a history word is no history
        (["Published reports since 2019 show that trade grew."], []),
        (["Received 3 May 2026", "The editors thank the reviewers."], []),
    ],
)
def test_submission_history_entries_in_their_common_forms(lines, entries):
    from reportgen.ingest.paper import _history

    assert _history(lines) == entries


@pytest.mark.parametrize(
    "line, entries",
    [
        # durations between steps, each step named by the words just before its date
        (
            "Handling times: 30 days from first submission on 2 March 2025 to first decision on 1 April 2025; "
            "20 days from the revised text of 5 May 2025 to final approval on 25 May 2025; online on 9 June 2025.",
            [
                ("submitted", "2025-03-02"),
                ("revised", "2025-04-01"),
                ("revised", "2025-05-05"),
                ("accepted", "2025-05-25"),
                ("published", "2025-06-09"),
            ],
        ),
        # the version of record and what it replaces; the referees' reports are read and left out
        (
            "Record of versions: this final version, issued on 3 September 2025, replaces the revised manuscript of "
            "10 July 2025; the referees' reports are dated 1 June 2025 and 4 June 2025.",
            [("published", "2025-09-03"), ("revised", "2025-07-10")],
        ),
        # dates in brackets after their steps; a report before no step word is no step
        (
            "Open review: with this paper appear the report of reviewer 1 (2 April 2025), the authors' reply "
            "(20 May 2025) and the manuscript first submitted on 1 March 2025; the article went online on 1 July 2025.",
            [("revised", "2025-05-20"), ("submitted", "2025-03-01"), ("published", "2025-07-01")],
        ),
        # a line of the body under a label, with two dates and no publication or acceptance, is no history
        ("Chronology: the manuscript of the treaty was drafted on 3 May 2024 and revised on 5 June 2024.", []),
        ("Note: the agreement was signed on 3 May 2024 and published on 5 June 2024.", []),
        ("Processing: the paper was sent on 3 May 2024.", []),
    ],
)
def test_a_history_told_in_a_labelled_sentence_of_its_own(line, entries):
    from reportgen.ingest.paper import _steps_told

    assert _steps_told([line]) == entries


def test_a_paper_is_dated_by_a_history_told_in_a_labelled_sentence_after_its_references():
    lines = [
        "# Rivers and treaties",
        "",
        "## Introduction",
        "",
        "The two states signed a water treaty in 1998.",
        "",
        "## References",
        "",
        "Doe, J. (2021). Rivers of the Steppe. Water Journal, 4(2), 1–9.",
        "",
        "Handling times: 30 days from first submission on 2 March 2025 to first decision on 1 April 2025; "
        "online on 9 June 2025.",
    ]
    doc, diagnostics = read_paper(lines, doc_id="p", path="p.md")
    assert diagnostics == []
    assert doc.published == dt.date(2025, 6, 9)
    assert [r.text for r in doc.references] == ["Doe, J. (2021). Rivers of the Steppe. Water Journal, 4(2), 1–9."]
    assert [p.text for s in doc.items for p in s.paragraphs] == ["The two states signed a water treaty in 1998."]


@pytest.mark.parametrize(
    "history, published, entries",
    [
        # versions counted, each a sentence of its own; a later version is the revision
        (
            "First draft filed 3 February 2025. Draft 2 filed 9 April 2025, after the referees had read it. "
            "Version 3 approved for publication 1 June 2025.",
            dt.date(2025, 6, 1),
            [("submitted", "2025-02-03"), ("revised", "2025-04-09"), ("accepted", "2025-06-01")],
        ),
        # days told in words, as a deed's clerk writes them
        (
            "Received on the eleventh day of January 2025, sent back for changes on the 3rd day of March, 2025, "
            "and cleared for publication on the twenty-first day of April 2025.",
            dt.date(2025, 4, 21),
            [("submitted", "2025-01-11"), ("revised", "2025-03-03"), ("accepted", "2025-04-21")],
        ),
        # the acceptance dated in brackets with the record that holds it, the submission after it
        (
            "Recommended for publication by the board of editors (record of its fourth meeting, 7 May 2025), "
            "the manuscript having been submitted on 2 February 2025 and revised on 1 April 2025.",
            dt.date(2025, 5, 7),
            [("accepted", "2025-05-07"), ("submitted", "2025-02-02"), ("revised", "2025-04-01")],
        ),
        # a reference that names its publication and the day it was read tells no submission: no history
        (
            "Ministry of Trade (2024). Annual report, published 12 March 2024, accessed on 3 May 2025.",
            None,
            [],
        ),
        # nor one that names its submission: a reference has its year in brackets, an italic title or a link
        (
            "Ministry of Trade (2024). *Report to Parliament*, submitted on 3 May 2024, published 5 June 2024.",
            None,
            [],
        ),
        (
            "Council of Ministers. Draft law submitted 3 May 2024, published 5 June 2024. https://example.org/law",
            None,
            [],
        ),
        # nor an author's note that names no step of the paper
        (
            "She received her doctorate on 12 June 2005 and published her first book on 3 May 2010.",
            None,
            [],
        ),
        # under a label naming the paper's record, the days of the week before the dates; the referees'
        # reports returned are the review's, not the revision
        (
            "Editorial record of this paper: lodged on Friday, 7 February 2025; referees' comments returned on "
            "Monday, 10 March 2025; amended text lodged on Wednesday, 9 April 2025; printing agreed on Friday, "
            "2 May 2025.",
            dt.date(2025, 5, 2),
            [("submitted", "2025-02-07"), ("revised", "2025-04-09"), ("accepted", "2025-05-02")],
        ),
        # months in Roman numerals
        (
            "Dates of the paper: received by the board 3.II.2025, sent back for changes 14.III.2025, accepted "
            "for the June issue 30.IV.2025.",
            dt.date(2025, 4, 30),
            [("submitted", "2025-02-03"), ("revised", "2025-03-14"), ("accepted", "2025-04-30")],
        ),
        # stages from one date to another: the review opens on the submission, the revision ends with the
        # revised version, the production with the publication
        (
            "Duration of peer review: 4 March 2025 to 2 May 2025. Duration of revision: 3 May 2025 to 20 June "
            "2025. Duration of production: 1 July 2025 to 15 September 2025.",
            dt.date(2025, 9, 15),
            [("submitted", "2025-03-04"), ("revised", "2025-06-20"), ("published", "2025-09-15")],
        ),
        # a licence line, then the manuscript's number and its time in the journal's system; "accepted in
        # its second version" is the acceptance
        (
            "© The Authors 2025. Published under a Creative Commons licence. Manuscript WJ-2025-044, in the "
            "journal's system since 11 February 2025, accepted in its third version on 2 June 2025, posted "
            "online on 1 August 2025.",
            dt.date(2025, 8, 1),
            [("submitted", "2025-02-11"), ("accepted", "2025-06-02"), ("published", "2025-08-01")],
        ),
        # the letters exchanged, each dated: the cover letter came with the submission
        (
            "Letters about this paper: the authors' cover letter is dated 3 February 2025, the revised text is "
            "dated 2 May 2025, and the editor's letter of acceptance is dated 9 June 2025.",
            dt.date(2025, 6, 9),
            [("submitted", "2025-02-03"), ("revised", "2025-05-02"), ("accepted", "2025-06-09")],
        ),
        # an editor's note closed by a full stop; accepted "after three rounds of review" is accepted, and
        # the proofs the authors approved are the making
        (
            "Editor's note. This paper is part of a special issue on river basins. It was received on 28 February "
            "2025 and accepted after three rounds of review on 2 May 2025; the authors approved the final proofs "
            "on 3 June 2025.",
            dt.date(2025, 5, 2),
            [("submitted", "2025-02-28"), ("accepted", "2025-05-02")],
        ),
        # production notes: the review completed is the acceptance, the DOI registered the publication;
        # a plagiarism check and a data deposit are no steps of the paper's own
        (
            "Publication notes. Plagiarism check passed on 2 March 2025. Peer review completed on 4 May 2025. "
            "Data deposited on 1 June 2025. DOI registered on 2 July 2025.",
            dt.date(2025, 7, 2),
            [("accepted", "2025-05-04"), ("published", "2025-07-02")],
        ),
        # days told as ordinals
        (
            "The paper arrived at the journal on the 3rd of February 2025, went back to the authors on the 21st of "
            "March 2025 and was accepted on the 1st of May 2025; it appeared on June 2nd, 2025.",
            dt.date(2025, 6, 2),
            [
                ("submitted", "2025-02-03"),
                ("revised", "2025-03-21"),
                ("accepted", "2025-05-01"),
                ("published", "2025-06-02"),
            ],
        ),
        # the editors' own account: the changed version they received is the revision
        (
            "We received this paper on 3 February 2025, sent it back to the authors on 2 March 2025, received the "
            "corrected version on 4 April 2025 and accepted it on 5 May 2025.",
            dt.date(2025, 5, 5),
            [
                ("submitted", "2025-02-03"),
                ("revised", "2025-03-02"),
                ("revised", "2025-04-04"),
                ("accepted", "2025-05-05"),
            ],
        ),
        # the year first, each step named in brackets after its date
        (
            "Paper history: 2025 February 3 (received); 2025 April 9 (revised); 2025 May 1 (accepted); 2025 June 2 "
            "(published online).",
            dt.date(2025, 6, 2),
            [
                ("submitted", "2025-02-03"),
                ("revised", "2025-04-09"),
                ("accepted", "2025-05-01"),
                ("published", "2025-06-02"),
            ],
        ),
        # a bold label on its own line over steps and dates parted by a tab, with no blank line between
        (
            "**Article history**\nReceived\t3 February 2025\nRevised\t9 April 2025\nAccepted\t1 May 2025",
            dt.date(2025, 5, 1),
            [("submitted", "2025-02-03"), ("revised", "2025-04-09"), ("accepted", "2025-05-01")],
        ),
        # a blockquote of "Date of ..." lines
        (
            "> Date of receipt: 3 February 2025\n> Date of revision: 9 April 2025\n> Date of acceptance: 1 May 2025",
            dt.date(2025, 5, 1),
            [("submitted", "2025-02-03"), ("revised", "2025-04-09"), ("accepted", "2025-05-01")],
        ),
        # day.month.year without leading zeros, each before a dash and its step
        (
            "History: 3.2.2025 – submitted, 9.4.2025 – revised, 1.5.2025 – accepted, 2.6.2025 – published.",
            dt.date(2025, 6, 2),
            [
                ("submitted", "2025-02-03"),
                ("revised", "2025-04-09"),
                ("accepted", "2025-05-01"),
                ("published", "2025-06-02"),
            ],
        ),
        # steps and months abbreviated, the year's last two digits after an apostrophe, in italics
        (
            "*Rec'd 3 Feb '25 · rev. 9 Apr '25 · acc. 1 May '25 · publ. 2 Jun '25*",
            dt.date(2025, 6, 2),
            [
                ("submitted", "2025-02-03"),
                ("revised", "2025-04-09"),
                ("accepted", "2025-05-01"),
                ("published", "2025-06-02"),
            ],
        ),
        # a Markdown table under a bold label: the steps head the columns over a row of dates
        (
            "**Article history**\n\n| Submitted | Revised | Accepted | Online |\n|:--|:--|:--|:--|\n"
            "| 3 February 2025 | 9 April 2025 | 1 May 2025 | 2 June 2025 |",
            dt.date(2025, 6, 2),
            [
                ("submitted", "2025-02-03"),
                ("revised", "2025-04-09"),
                ("accepted", "2025-05-01"),
                ("published", "2025-06-02"),
            ],
        ),
        # ... or one step and its date to a row under a heading row
        (
            "| Step | Date |\n|---|---|\n| Date of receipt | 2025-02-03 |\n| Date of acceptance | 2025-05-01 |",
            dt.date(2025, 5, 1),
            [("submitted", "2025-02-03"), ("accepted", "2025-05-01")],
        ),
        # the year given once, after the last date, the days as ordinals "of" the month
        (
            "This paper was submitted on the 3rd of February, revised on the 9th of April and accepted on the "
            "1st of May 2025.",
            dt.date(2025, 5, 1),
            [("submitted", "2025-02-03"), ("revised", "2025-04-09"), ("accepted", "2025-05-01")],
        ),
        # ... or month first
        (
            "Submitted Feb 3, revised Apr 9, accepted May 1, 2025.",
            dt.date(2025, 5, 1),
            [("submitted", "2025-02-03"), ("revised", "2025-04-09"), ("accepted", "2025-05-01")],
        ),
        # in capitals, parted by dashes
        (
            "SUBMITTED 3 FEBRUARY 2025 — ACCEPTED 1 MAY 2025 — PUBLISHED 2 JUNE 2025",
            dt.date(2025, 6, 2),
            [("submitted", "2025-02-03"), ("accepted", "2025-05-01"), ("published", "2025-06-02")],
        ),
        # a bulleted list under a heading, each step in bold
        (
            "#### Manuscript dates\n\n- **Submitted:** February 3, 2025\n- **Accepted:** May 1, 2025",
            dt.date(2025, 5, 1),
            [("submitted", "2025-02-03"), ("accepted", "2025-05-01")],
        ),
        # a definition list (Pandoc's), each step over its date after ": ", pairs parted by blank lines or not
        (
            "Submitted\n: 3 February 2025\n\nRevised\n: 9 April 2025\n\nAccepted\n: 1 May 2025\n\nPublished\n"
            ": 2 June 2025",
            dt.date(2025, 6, 2),
            [
                ("submitted", "2025-02-03"),
                ("revised", "2025-04-09"),
                ("accepted", "2025-05-01"),
                ("published", "2025-06-02"),
            ],
        ),
        (
            "Received\n: 3 February 2025\nAccepted\n: 1 May 2025",
            dt.date(2025, 5, 1),
            [("submitted", "2025-02-03"), ("accepted", "2025-05-01")],
        ),
        # the first steps told by their month only, the last by their days
        (
            "This article was received in February 2025 and revised in April; it was accepted on 1 May 2025 and "
            "first published online on 2 June 2025.",
            dt.date(2025, 6, 2),
            [("accepted", "2025-05-01"), ("published", "2025-06-02")],
        ),
        # in the journal's own language: Catalan, Spanish, French, Portuguese, German
        (
            "Rebut: 3 de febrer de 2025; revisat: 9 d'abril de 2025; acceptat: 1 de maig de 2025; publicat: 2 de juny "
            "de 2025.",
            dt.date(2025, 6, 2),
            [
                ("submitted", "2025-02-03"),
                ("revised", "2025-04-09"),
                ("accepted", "2025-05-01"),
                ("published", "2025-06-02"),
            ],
        ),
        (
            "Recibido el 3 de febrero de 2025 · Aceptado el 1 de mayo de 2025 · Publicado el 2 de junio de 2025",
            dt.date(2025, 6, 2),
            [("submitted", "2025-02-03"), ("accepted", "2025-05-01"), ("published", "2025-06-02")],
        ),
        (
            "Reçu le 3 février 2025 ; accepté le 1er mai 2025 ; publié le 2 juin 2025",
            dt.date(2025, 6, 2),
            [("submitted", "2025-02-03"), ("accepted", "2025-05-01"), ("published", "2025-06-02")],
        ),
        (
            "Recebido em 3 de fevereiro de 2025; aceito em 1 de maio de 2025",
            dt.date(2025, 5, 1),
            [("submitted", "2025-02-03"), ("accepted", "2025-05-01")],
        ),
        (
            "Eingegangen am 3. Februar 2025 / Angenommen am 1. Mai 2025 / Veröffentlicht am 2. Juni 2025",
            dt.date(2025, 6, 2),
            [("submitted", "2025-02-03"), ("accepted", "2025-05-01"), ("published", "2025-06-02")],
        ),
        # in Chinese, with years of the Republic of China (Minguo 114 is 2025)
        (
            "收稿日期：114年2月3日；修訂日期：114年4月9日；接受日期：114年5月1日；線上出版：114年6月2日",
            dt.date(2025, 6, 2),
            [
                ("submitted", "2025-02-03"),
                ("revised", "2025-04-09"),
                ("accepted", "2025-05-01"),
                ("published", "2025-06-02"),
            ],
        ),
        # each Gregorian date with its Hijri one in brackets, under a bold label
        (
            "**Submission history**\n\nReceived: 3 February 2025 (4 Sha'ban 1446 AH)\n\nAccepted: 1 May 2025 (3 Dhu "
            "al-Qa'dah 1446 AH)\n\nPublished online: 2 June 2025 (6 Dhu al-Hijjah 1446 AH)",
            dt.date(2025, 6, 2),
            [("submitted", "2025-02-03"), ("accepted", "2025-05-01"), ("published", "2025-06-02")],
        ),
    ],
)
def test_a_history_after_the_references_needs_no_label(history, published, entries):
    lines = ["# Rivers and treaties", "", "## Introduction", "", "The two states signed a water treaty in 1998.", ""]
    lines += ["## References", "", "Doe, J. (2021). Rivers of the Steppe. Water Journal, 4(2), 1–9.", ""]
    lines += history.split("\n")
    doc, diagnostics = read_paper(lines, doc_id="p", path="p.md")
    assert diagnostics == []
    assert doc.published == published
    assert list(doc.metadata) == entries
    assert [p.text for s in doc.items for p in s.paragraphs] == ["The two states signed a water treaty in 1998."]


def test_a_dated_line_of_the_body_without_a_label_is_no_history():
    from reportgen.ingest.paper import _steps_told

    line = "The treaty was submitted to parliament on 2 March 2025 and approved for publication on 9 May 2025."
    assert _steps_told([line]) == []
    assert _steps_told([line], after_references=True) == [("submitted", "2025-03-02"), ("accepted", "2025-05-09")]


def test_a_history_under_a_bold_label_with_each_date_before_its_step():
    lines = ["# Rivers and treaties", "", "## Introduction", "", "The two states signed a water treaty in 1998.", ""]
    lines += ["## References", "", "Doe, J. (2021). Rivers of the Steppe. Water Journal, 4(2), 1–9.", ""]
    lines += [
        "**Dates in the life of this article**",
        "",
        "- 2 March 2025: manuscript handed to the journal",
        "- 4 April 2025: comments of three referees sent to the authors",
        "- 5 May 2025: revised manuscript handed in",
        "- 6 June 2025: publication confirmed by the editors",
    ]
    doc, diagnostics = read_paper(lines, doc_id="p", path="p.md")
    assert diagnostics == []
    assert doc.published == dt.date(2025, 6, 6)
    assert list(doc.metadata) == [("submitted", "2025-03-02"), ("revised", "2025-05-05"), ("accepted", "2025-06-06")]
    assert [r.text for r in doc.references] == ["Doe, J. (2021). Rivers of the Steppe. Water Journal, 4(2), 1–9."]


@pytest.mark.parametrize(
    "code", ["IRSTI 11.25.91", "МРНТИ 11.25.91", "UDC 327 (574)", "**УДК 327.8**", "JEL: F15, F50"]
)
def test_a_classification_code_over_the_authors_is_not_an_author(code):
    lines = [code, "", *(FIXTURES / PATH).read_text(encoding="utf-8").splitlines()]
    doc, diagnostics = read_paper(lines, doc_id="p", path="p.md")
    assert diagnostics == []
    assert doc.authors == ("Jane Doe", "B.C. Roe")
    assert doc.title == "RIVER BASINS AND $1 BILLION OF SHARED WATER"


def test_a_history_date_that_cannot_be_read_is_warned_of_with_its_line():
    lines = ["# Rivers and treaties", "", "## Introduction", "", "The two states signed a water treaty in 1998.", ""]
    lines += ["## References", "", "Doe, J. (2021). Rivers of the Steppe. Water Journal, 4(2), 1–9.", ""]
    lines += ["Received 3 January 2026", "", "Accepted Febuary 27, 2026"]
    doc, diagnostics = read_paper(lines, doc_id="p", path="p.md")
    assert doc.published is None
    assert [str(d) for d in diagnostics] == [
        "warning: p.md:13: history date 'Febuary 27, 2026' not read; write it like '27 February 2026' so the "
        "paper is dated"
    ]
    # (prose that opens with such a word is no history)
    lines[-1] = "Published in 2019 by the ministry"
    assert read_paper(lines, doc_id="p", path="p.md")[1] == []


def test_a_step_of_a_dated_paper_whose_date_cannot_be_read_is_warned_of_too():
    lines = ["# Rivers and treaties", "", "## Introduction", "", "The two states signed a water treaty in 1998.", ""]
    lines += ["## References", "", "Doe, J. (2021). Rivers of the Steppe. Water Journal, 4(2), 1–9.", ""]
    lines += ["Received March 12, 2026.", "", "Revised April 31, 2026.", "", "Accepted June 30, 2026."]
    doc, diagnostics = read_paper(lines, doc_id="p", path="p.md")
    assert doc.published == dt.date(2026, 6, 30)
    assert [str(d) for d in diagnostics] == [
        "warning: p.md:13: history date 'April 31, 2026' not read; write it like '27 February 2026'"
    ]


def test_authors_under_a_leading_title_are_the_papers_not_its_abstract():
    lines = [
        "# Copper and Cables: Chile–Kenya Relations",
        "",
        "Ana Pérez<sup>1*</sup>, John Mwangi<sup>2</sup>",
        "",
        "<sup>1</sup>University of Chile, Santiago, Chile",
        "",
        "<sup>2</sup>University of Nairobi, Nairobi, Kenya",
        "",
        "\\*e-mail: ana.perez@uchile.cl",
        "",
        "**Abstract:** The article traces the relations between Chile and Kenya from the first trade mission "
        "of 2005 to the state visit of 2026.",
        "",
        "**Keywords:** Chile, Kenya, copper, trade.",
        "",
        "## Introduction",
        "",
        "The two states signed a trade agreement in 2019.",
    ]
    doc, diagnostics = read_paper(lines, doc_id="p", path="p.md")
    assert diagnostics == []
    assert doc.title == "Copper and Cables: Chile–Kenya Relations"
    assert doc.authors == ("Ana Pérez", "John Mwangi")
    assert doc.affiliations == ("University of Chile, Santiago, Chile", "University of Nairobi, Nairobi, Kenya")
    assert [a.text for a in doc.abstracts] == [
        "The article traces the relations between Chile and Kenya from the first trade mission of 2005 to the "
        "state visit of 2026."
    ]


def test_a_keywords_line_straight_under_its_abstract_closes_it():
    lines = [
        "# Copper and Cables",
        "",
        "Ana Pérez<sup>1</sup>",
        "",
        "<sup>1</sup>University of Chile",
        "",
        "**Abstract:** The article traces the relations between Chile and Kenya since the first trade mission of 2005.",
        "**Keywords:** Chile, Kenya, copper",
        "",
        "**Аннотация:** В статье рассматриваются отношения между Чили и Кенией с первой торговой миссии 2005 года.",
        "**Ключевые слова:** Чили, Кения, медь",
        "",
        "## Introduction",
        "",
        "The two states signed a trade agreement in 2019.",
    ]
    doc, diagnostics = read_paper(lines, doc_id="p", path="p.md")
    assert diagnostics == []
    assert [(a.language, a.keywords) for a in doc.abstracts] == [
        ("en", ("Chile", "Kenya", "copper")),
        ("ru", ("Чили", "Кения", "медь")),
    ]
    assert [s.title for s in doc.items] == ["Introduction"]
