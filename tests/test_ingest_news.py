"""Read single articles and feeds of our own, unlike the seeds in dates, titles and layout."""

from __future__ import annotations

import datetime as dt

import pytest
from pathlib import Path

from reportgen import ingest
from reportgen.analysis.bylines import outlet
from reportgen.ingest.ids import content_id
from reportgen.ingest.news import derive_title, read_article, read_feed

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def _load(name: str):
    corpus = ingest.load([name], root=FIXTURES)
    assert len(corpus.documents) == 1
    return corpus.documents[0], corpus.diagnostics


def test_feed_with_three_articles_and_blank_lines_after_titles():
    doc, diagnostics = _load("feed_three.txt")
    assert diagnostics == ()
    assert (doc.id, doc.kind, doc.format, doc.title) == ("feed_three", "news", "feed", "News feed (3 articles)")
    assert [(a.id, a.date, a.title) for a in doc.items] == [
        ("feed_three#a-37660f4546", dt.date(2023, 5, 7), "Almaty Launches Electric Bus Line"),
        ("feed_three#a-10bc75e935", dt.date(2023, 5, 6), "Shymkent Students Win Robotics Cup"),
        ("feed_three#a-42eb3d106b", dt.date(2023, 5, 5), "Caspian Port Expands Grain Terminal"),
    ]
    assert [[p.text for p in a.paragraphs] for a in doc.items] == [
        [
            "The city opened its first fully electric bus route on Monday.",
            "Officials expect forty buses by the end of the year.",
        ],
        ["A team from Shymkent won the national robotics cup."],
        ["The Aktau port finished building a new grain terminal.", "Exports through the terminal start in June."],
    ]
    assert [p.location.line for p in doc.items[1].paragraphs] == [11]
    assert doc.items[1].paragraphs[0].id == "feed_three#a-10bc75e935.p1"
    assert doc.published == dt.date(2023, 5, 7)
    assert doc.location.path == "feed_three.txt"


def test_feed_header_gives_publication_date_time_retrieval_and_id():
    doc, diagnostics = _load("feed_header.txt")
    assert diagnostics == ()
    first, second = doc.items
    assert (first.date, first.time, first.title) == (dt.date(2024, 6, 1), "09:30", "Morning Briefing on Trade Talks")
    assert first.extra == (("retrieved", "2024-06-02"), ("id", "555"))
    assert [p.text for p in first.paragraphs] == ["Negotiators met in Doha to discuss tariffs."]
    assert (second.date, second.time, second.title) == (dt.date(2024, 5, 31), None, "Evening News: Rail Link Approved")


def test_single_article_with_short_first_sentence_keeps_it_whole():
    doc, diagnostics = _load("article_short.txt")
    assert diagnostics == ()
    (article,) = doc.items
    assert (doc.format, article.title, article.title_derived) == (
        "article",
        "Astana hosts a regional water forum",
        True,
    )
    assert article.date == doc.published == dt.date(2024, 3, 9)
    assert [p.text for p in article.paragraphs] == [
        "Astana hosts a regional water forum. Delegates from five countries attended the opening session.",
        "The forum will continue until Friday.",
    ]
    assert [p.location.line for p in article.paragraphs] == [1, 3]


def test_derived_titles_cut_at_a_word_with_an_ellipsis():
    long = (
        "The delegation of the ministry of energy signed seven agreements on pipelines, refineries and "
        "solar parks in the capital on Tuesday. More followed."
    )
    assert derive_title(long) == "The delegation of the ministry of energy signed seven agreements on pipelines…"
    assert derive_title("Talks ended. Both sides left.") == "Talks ended"
    assert (
        derive_title("Dr. Smith met the U.S. envoy in Doha on Friday.")
        == "Dr. Smith met the U.S. envoy in Doha on Friday"
    )


def test_impossible_date_keeps_the_article_undated_with_a_warning():
    lines = ["01.02.2026", "Title A", "Body a.", "31.02.2026", "Title B", "", "Body b."]
    doc, diagnostics = read_feed(lines, doc_id="f", path="news/f.txt")
    assert [(a.date, a.title) for a in doc.items] == [(dt.date(2026, 2, 1), "Title A"), (None, "Title B")]
    assert [str(d) for d in diagnostics] == [
        "warning: news/f.txt:4: impossible date 31.02.2026 (no such day); "
        "the article is kept without a date — correct it in the source"
    ]


def test_an_impossible_month_is_named_as_such():
    lines = ["01.02.2026", "Title A", "Body a.", "20.13.2026", "Title B", "", "Body b."]
    _, diagnostics = read_feed(lines, doc_id="f", path="news/f.txt")
    assert [str(d) for d in diagnostics] == [
        "warning: news/f.txt:4: impossible date 20.13.2026 (no month 13); "
        "the article is kept without a date — correct it in the source"
    ]


def test_an_article_dated_the_iso_way_in_a_feed_opens_an_article_of_its_own_with_a_warning():
    lines = ["01.02.2026", "Title A", "Body a.", "", "2026-02-15", "Title B", "", "Body b."]
    doc, diagnostics = read_feed(lines, doc_id="f", path="news/f.txt")
    assert [(a.date, a.title, [p.text for p in a.paragraphs]) for a in doc.items] == [
        (dt.date(2026, 2, 1), "Title A", ["Body a."]),
        (dt.date(2026, 2, 15), "Title B", ["Body b."]),
    ]
    assert [str(d) for d in diagnostics] == [
        "warning: news/f.txt:5: article date 2026-02-15 read as 15.02.2026; feeds date their articles DD.MM.YYYY"
    ]


@pytest.mark.parametrize(
    "written, read",
    [
        ("20.01.27", "20.01.2027"),
        ("20/01/2027", "20.01.2027"),
        ("20 January 2027", "20.01.2027"),
        ("January 20, 2027", "20.01.2027"),
        ("20 Jan 2027", "20.01.2027"),
        ("2027/01/20", "20.01.2027"),
        ("2027.01.20", "20.01.2027"),
    ],
)
def test_an_article_dated_another_way_opens_an_article_of_its_own_with_a_warning(written, read):
    lines = ["01.02.2026", "Title A", "Body a.", "", written, "Title B", "", "Body b."]
    doc, diagnostics = read_feed(lines, doc_id="f", path="news/f.txt")
    assert [(a.title, [p.text for p in a.paragraphs]) for a in doc.items] == [
        ("Title A", ["Body a."]),
        ("Title B", ["Body b."]),
    ]
    assert doc.items[1].date == dt.date(2027, 1, 20)
    assert [str(d) for d in diagnostics] == [
        f"warning: news/f.txt:5: article date {written} read as {read}; feeds date their articles DD.MM.YYYY"
    ]


def test_article_under_date_header_followed_by_feed_is_untitled_first_article():
    lines = [" date 2024-01-05 Markets opened higher in Astana today.", "", "05.01.2024", "Oil Prices", "Oil rose."]
    doc, diagnostics = read_feed(lines, doc_id="mix", path="mix.txt")
    assert diagnostics == []
    assert [(a.date, a.title, a.title_derived) for a in doc.items] == [
        (dt.date(2024, 1, 5), "Markets opened higher in Astana today", True),
        (dt.date(2024, 1, 5), "Oil Prices", False),
    ]


def test_title_without_body_warns():
    doc, diagnostics = read_feed(["02.03.2024", "Only a title"], doc_id="t", path="t.txt")
    assert [a.paragraphs for a in doc.items] == [()]
    assert [str(d) for d in diagnostics] == ["warning: t.txt:1: article has no text; add its body or remove it"]


def test_article_language_is_identified():
    doc, _ = read_article(
        [" date 2024-01-05 Президент встретился с премьер-министром в Астане."], doc_id="ru", path="ru.txt"
    )
    assert doc.items[0].language == doc.language == "ru"


def test_a_year_of_five_digits_opens_an_undated_article_not_a_paragraph_of_the_one_before():
    lines = [
        "01.02.2026",
        "Title A",
        "Body a.",
        "",
        "01.01.99999",
        "Title B",
        "Body b.",
        "",
        "03.02.2026",
        "Title C",
        "Body c.",
    ]
    doc, diagnostics = read_feed(lines, doc_id="f", path="news/f.txt")
    assert [(a.date, a.title, [p.text for p in a.paragraphs]) for a in doc.items] == [
        (dt.date(2026, 2, 1), "Title A", ["Body a."]),
        (None, "Title B", ["Body b."]),
        (dt.date(2026, 2, 3), "Title C", ["Body c."]),
    ]
    assert [str(d) for d in diagnostics] == [
        "warning: news/f.txt:5: impossible date 01.01.99999 (year 99999 is not between 1 and 9999); "
        "the article is kept without a date — correct it in the source"
    ]


def test_list_lines_of_an_article_are_bullets_without_their_markers(tmp_path):
    text = (
        "15.09.2026\nMinister Visits Kathmandu\nThe minister arrived on Monday.\n"
        "After the talks, the following documents were signed:\n"
        "- a memorandum of understanding on vocational training;\n"
        "* a letter of intent on glacier monitoring.\n"
        "The minister left on Wednesday.\n"
    )
    (tmp_path / "feed.txt").write_text(text, encoding="utf-8")
    (article,) = ingest.load(["feed.txt"], root=tmp_path).documents[0].items
    assert [(p.kind, p.text, p.location.line) for p in article.paragraphs] == [
        ("paragraph", "The minister arrived on Monday.", 3),
        ("paragraph", "After the talks, the following documents were signed:", 4),
        ("bullet", "a memorandum of understanding on vocational training;", 5),
        ("bullet", "a letter of intent on glacier monitoring.", 6),
        ("paragraph", "The minister left on Wednesday.", 7),
    ]


def test_a_wire_dateline_is_kept_apart_from_the_story_and_names_its_outlet():
    lines = [
        "15.12.2026",
        "Bus Link Ties Belize City to the Tren Maya",
        "BELIZE CITY, Dec 14 (CaribWire) - The first scheduled bus service set off on Monday morning.",
        "The route was agreed last month.",
        "14.12.2026",
        "Trade Fair Opens",
        "DOHA – Qatar opened its trade fair on Sunday.",
        "13.12.2026",
        "EU Trade",
        "EU – Kazakhstan trade grew in November.",
    ]
    doc, diagnostics = read_feed(lines, doc_id="wire", path="wire.txt")
    assert diagnostics == []
    assert [a.paragraphs[0].text for a in doc.items] == [
        "The first scheduled bus service set off on Monday morning.",
        "Qatar opened its trade fair on Sunday.",
        "EU – Kazakhstan trade grew in November.",  # an acronym opening a sentence is no place
    ]
    assert [dict(a.extra).get("dateline") for a in doc.items] == ["BELIZE CITY, Dec 14 (CaribWire)", "DOHA", None]
    assert [outlet(a) for a in doc.items] == ["CaribWire", "", ""]
    # the id digests the text as written, so the run history of earlier versions keeps its ids
    as_written = "\n\n".join(lines[2:4])
    assert doc.items[0].id == content_id("wire", "a", lines[1], dt.date(2026, 12, 15), as_written, set())


def test_a_title_case_place_needs_its_day_to_be_a_dateline():
    doc, _ = read_article(
        [" date 2026-03-04 Astana, 3 March (Kazinform) – The two ministers met in Astana."], doc_id="k", path="k.txt"
    )
    assert doc.items[0].paragraphs[0].text == "The two ministers met in Astana."
    assert doc.items[0].title == "The two ministers met in Astana"
    doc, _ = read_article(
        [" date 2026-03-04 The Ministry (MFA) – a statement on the talks was issued."], doc_id="m", path="m.txt"
    )
    assert doc.items[0].paragraphs[0].text == "The Ministry (MFA) – a statement on the talks was issued."


def test_a_dateline_may_name_a_region_and_a_year():
    doc, _ = read_article(
        [" date 2026-12-09 NATARBORA, Manatuto, 8 December 2026 – Farmers brought in the first harvest on Friday."],
        doc_id="t",
        path="t.txt",
    )
    assert doc.items[0].paragraphs[0].text == "Farmers brought in the first harvest on Friday."
    assert dict(doc.items[0].extra)["dateline"] == "NATARBORA, Manatuto, 8 December 2026"
    doc, _ = read_article(
        [" date 2026-12-04 WASHINGTON, Dec. 3, 2026 (AP) — The two ministers met."], doc_id="w", path="w.txt"
    )
    assert doc.items[0].paragraphs[0].text == "The two ministers met."
    assert outlet(doc.items[0]) == "AP"


def test_a_dateline_may_follow_a_line_of_scene():
    doc, _ = read_article(
        [
            " date 2026-12-09 In Natarbora the rain arrives punctually.",
            "",
            "NATARBORA, 8 December 2026 – Farmers brought in the first harvest on Friday.",
            "NATO – the alliance met.",
        ],
        doc_id="t",
        path="t.txt",
    )
    assert [p.text for p in doc.items[0].paragraphs] == [
        "In Natarbora the rain arrives punctually.",
        "Farmers brought in the first harvest on Friday.",
        "NATO – the alliance met.",
    ]
    doc, _ = read_article([" date 2026-12-09 Rain came.", "NATO – the alliance met."], doc_id="n", path="n.txt")
    assert doc.items[0].paragraphs[1].text == "NATO – the alliance met."  # a second line needs its day or agency


def test_a_date_written_otherwise_under_an_articles_title_is_its_dateline_not_an_article():
    lines = [
        "05.03.2026",
        "Talks in Nairobi",
        "March 5, 2026",
        "The ministers met in Nairobi.",
        "",
        "06.03.2026",
        "B",
        "Body b.",
    ]
    doc, diagnostics = read_feed(lines, doc_id="f", path="news/f.txt")
    assert [(a.date, a.title, [p.text for p in a.paragraphs]) for a in doc.items] == [
        (dt.date(2026, 3, 5), "Talks in Nairobi", ["March 5, 2026", "The ministers met in Nairobi."]),
        (dt.date(2026, 3, 6), "B", ["Body b."]),
    ]
    assert diagnostics == []


def test_a_date_line_straight_over_another_date_line_opens_no_article_of_its_own():
    lines = ["01.02.2026", "2027/01/20", "Title B", "Body b."]
    doc, diagnostics = read_feed(lines, doc_id="f", path="news/f.txt")
    assert [(a.title, a.date) for a in doc.items] == [("Title B", dt.date(2027, 1, 20))]
