"""Tests for the chronology: date grammar, event extraction, merging, planned events."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
import yaml

from reportgen.analysis.scenes import hour_scene, sense_scene
from reportgen.analysis.chronology import (
    _is_happening,
    called_off,
    build_chronology,
    extract_events,
    group_clauses,
    happening_sentence,
    merge_events,
    procedural,
)
from reportgen.analysis.eventness import states_event
from reportgen.analysis.clauses import clause_spans
from reportgen.analysis.dates import find_dates
from reportgen.corpus import Article, Location, Paragraph, Section
from reportgen.ingest.news import read_feed

FIXTURES = Path(__file__).parent / "fixtures" / "chronology"
REF = dt.date(2025, 6, 18)  # a Wednesday
LOC = Location("doc.txt", 1)
D = dt.date


def spans(text: str, reference: dt.date | None = REF) -> list[tuple]:
    return [(s.expression, s.start, s.end, s.precision, s.label) for s in find_dates(text, reference)]


def one(text: str, reference: dt.date | None = REF) -> tuple:
    found = spans(text, reference)
    assert len(found) == 1, found
    return found[0]


# --- fixtures: input documents with expected events side by side ---------------------------


def _fixture_cases():
    return sorted(path.stem for path in FIXTURES.glob("*.txt"))


@pytest.mark.parametrize("name", _fixture_cases())
def test_fixture_documents(name):
    head, _, body = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8").partition("\n\n")
    value = head.split(":", 1)[1].strip()
    reference = None if value == "none" else dt.date.fromisoformat(value)
    got = []
    for line in body.splitlines():
        for e in extract_events(line, reference=reference, item_id=name, location=LOC):
            got.append([e.expression, e.start, e.end, e.precision, e.label])
    expected = yaml.safe_load((FIXTURES / f"{name}.expected.yaml").read_text(encoding="utf-8"))
    expected = [[v if isinstance(v, dt.date) else str(v) for v in row] for row in expected]
    assert got == expected


# --- each expression form ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("signed on 1 July 1993 in Almaty", ("1 July 1993", D(1993, 7, 1), D(1993, 7, 1), "day", "1 July 1993")),
        (
            "on February 14, 2024, he arrived",
            ("February 14, 2024", D(2024, 2, 14), D(2024, 2, 14), "day", "14 February 2024"),
        ),
        ("dated 14.02.2024 in Doha", ("14.02.2024", D(2024, 2, 14), D(2024, 2, 14), "day", "14 February 2024")),
        ("dated 2024-02-14 in Doha", ("2024-02-14", D(2024, 2, 14), D(2024, 2, 14), "day", "14 February 2024")),
        (
            "the 14th of February 2024",
            ("14th of February 2024", D(2024, 2, 14), D(2024, 2, 14), "day", "14 February 2024"),
        ),
        ("signed on Oct. 30, 2024.", ("Oct. 30, 2024", D(2024, 10, 30), D(2024, 10, 30), "day", "30 October 2024")),
        ("In June 2017, Qatar", ("June 2017", D(2017, 6, 1), D(2017, 6, 30), "month", "June 2017")),
        ("the October 2022 state visit", ("October 2022", D(2022, 10, 1), D(2022, 10, 31), "month", "October 2022")),
        ("in February 2024 during talks", ("February 2024", D(2024, 2, 1), D(2024, 2, 29), "month", "February 2024")),
        ("opened in 1998.", ("1998", D(1998, 1, 1), D(1998, 12, 31), "year", "1998")),
        (
            "In the autumn of 2024, the Senate",
            ("the autumn of 2024", D(2024, 9, 1), D(2024, 11, 30), "season", "Autumn 2024"),
        ),
        ("in spring 2023", ("spring 2023", D(2023, 3, 1), D(2023, 5, 31), "season", "Spring 2023")),
        ("Summer 2022 saw", ("Summer 2022", D(2022, 6, 1), D(2022, 8, 31), "season", "Summer 2022")),
        ("the winter of 2024", ("the winter of 2024", D(2024, 12, 1), D(2025, 2, 28), "season", "Winter 2024/25")),
        ("winter 2023 was cold", ("winter 2023", D(2023, 12, 1), D(2024, 2, 29), "season", "Winter 2023/24")),
        (
            "For the initial quarter of 2023, trade",
            ("the initial quarter of 2023", D(2023, 1, 1), D(2023, 3, 31), "quarter", "Q1 2023"),
        ),
        ("in Q1 2023", ("Q1 2023", D(2023, 1, 1), D(2023, 3, 31), "quarter", "Q1 2023")),
        (
            "in the first quarter of 2023",
            ("the first quarter of 2023", D(2023, 1, 1), D(2023, 3, 31), "quarter", "Q1 2023"),
        ),
        (
            "the fourth quarter of 2024",
            ("the fourth quarter of 2024", D(2024, 10, 1), D(2024, 12, 31), "quarter", "Q4 2024"),
        ),
        ("during the period 2011-2012, it", ("2011-2012", D(2011, 1, 1), D(2012, 12, 31), "range", "2011–2012")),
        ("agreements for 2022–2024 were", ("2022–2024", D(2022, 1, 1), D(2024, 12, 31), "range", "2022–2024")),
        ("from 2022 to 2024 the", ("from 2022 to 2024", D(2022, 1, 1), D(2024, 12, 31), "range", "2022–2024")),
        ("between 2011 and 2012 the", ("between 2011 and 2012", D(2011, 1, 1), D(2012, 12, 31), "range", "2011–2012")),
        ("the 2024/25 season", ("2024/25", D(2024, 1, 1), D(2025, 12, 31), "range", "2024–2025")),
        (
            "held from 2 to 4 February 2026.",
            ("from 2 to 4 February 2026", D(2026, 2, 2), D(2026, 2, 4), "range", "2–4 February 2026"),
        ),
        ("held 2–4 February 2026.", ("2–4 February 2026", D(2026, 2, 2), D(2026, 2, 4), "range", "2–4 February 2026")),
        (
            "on February 14-15, 2026, in",
            ("February 14-15, 2026", D(2026, 2, 14), D(2026, 2, 15), "range", "14–15 February 2026"),
        ),
        (
            "from November 19 to December 11, 2025,",
            (
                "from November 19 to December 11, 2025",
                D(2025, 11, 19),
                D(2025, 12, 11),
                "range",
                "19 November – 11 December 2025",
            ),
        ),
        (
            "from 30 December 2025 to 2 January 2026",
            (
                "from 30 December 2025 to 2 January 2026",
                D(2025, 12, 30),
                D(2026, 1, 2),
                "range",
                "30 December 2025 – 2 January 2026",
            ),
        ),
        (
            "from January to March 2024",
            ("from January to March 2024", D(2024, 1, 1), D(2024, 3, 31), "range", "January–March 2024"),
        ),
        ("during the 1990-s", ("1990-s", D(1990, 1, 1), D(1999, 12, 31), "decade", "1990s")),
        ("during the 1990s", ("1990s", D(1990, 1, 1), D(1999, 12, 31), "decade", "1990s")),
        ("and 2000-s focused", ("2000-s", D(2000, 1, 1), D(2009, 12, 31), "decade", "2000s")),
        ("in the 1980's", ("1980's", D(1980, 1, 1), D(1989, 12, 31), "decade", "1980s")),
        ("By the early 2010-s, the", ("the early 2010-s", D(2010, 1, 1), D(2013, 12, 31), "decade", "early 2010s")),
        ("in the late 1990s", ("the late 1990s", D(1997, 1, 1), D(1999, 12, 31), "decade", "late 1990s")),
        (
            "Since the second half of the 2000-s, there",
            ("the second half of the 2000-s", D(2005, 1, 1), D(2009, 12, 31), "decade", "second half of the 2000s"),
        ),
        (
            "in the first half of 2023",
            ("the first half of 2023", D(2023, 1, 1), D(2023, 6, 30), "year", "first half of 2023"),
        ),
        ("by mid-2023 the", ("mid-2023", D(2023, 5, 1), D(2023, 8, 31), "year", "mid-2023")),
        ("by the end of 2024 the", ("the end of 2024", D(2024, 9, 1), D(2024, 12, 31), "year", "late 2024")),
        ("Development Concept through 2035.", ("2035", D(2035, 1, 1), D(2035, 12, 31), "year", "2035")),
        ("opened on 16/12/1993.", ("16/12/1993", D(1993, 12, 16), D(1993, 12, 16), "day", "16 December 1993")),
        ("opened on 12/16/1993.", ("12/16/1993", D(1993, 12, 16), D(1993, 12, 16), "day", "16 December 1993")),
        ("exports rose in H1 2025", ("H1 2025", D(2025, 1, 1), D(2025, 6, 30), "year", "first half of 2025")),
        ("the 2025/26 season", ("2025/26", D(2025, 1, 1), D(2026, 12, 31), "range", "2025–2026")),
        (
            "held between 5 and 7 March 2025",
            ("between 5 and 7 March 2025", D(2025, 3, 5), D(2025, 3, 7), "range", "5–7 March 2025"),
        ),
        (
            "between May and July 2024",
            ("between May and July 2024", D(2024, 5, 1), D(2024, 7, 31), "range", "May–July 2024"),
        ),
        ("the 1st of March, 2024", ("1st of March, 2024", D(2024, 3, 1), D(2024, 3, 1), "day", "1 March 2024")),
    ],
)
def test_expression_forms(text, expected):
    assert one(text) == expected


def test_several_bare_years_are_separate_events():
    assert [s[0] for s in spans("visited Doha in 1998 and 2007, and Astana in 1999, 2008 and 2011.")] == [
        "1998",
        "2007",
        "1999",
        "2008",
        "2011",
    ]


# --- never a date -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Qatar committed USD 2.5 billion.",
        "It committed 17.6 billion tenge.",
        "Resolution No. 1088 was adopted.",
        "ILO Convention No. 131 concerning wages.",
        "students of School №4 visited.",
        "Over 3,000 people attended.",
        "life expectancy of 75.4 years",
        "brings together 24 partners",
        "worth $20 billion",
        "worth \\$2024 million",
        "pp. 78–102",
        "pages 481–487",
        "Post-Soviet Studies, 5(7), 481–487.",
        "call +7 717 2024 1990",
        "registered under id 17851",
        "at 14:10 local time",
        "https://www.ng.ru/cis/2024-12-08/6\\_9151\\_kazakhstan.html",
        "write to info2024@example.kz",
        "Some 2000 participants and 1995 students",
        "a rise of 2010%",
        "the Goals of Agenda 2063.",
        "the Kazakhstan-2050 strategy",
        "room #2019 and price €2020",
        "pp. 1998–2004 of the volume",
        "students of 10-12 grades",
        "the 34th anniversary and the 100th Anniversary",
        "in the 21st century",
        "(Weitz, 2013; Sabayeva, 2015; Cooley & Heathershaw, 2017)",
        "(Kazinform International News Agency, 2022, October 12)",
        "as Aushev (2024) argues",
        "ISO 9001:2015 certification",
        "up 2,024 from the level before",
        "tel. +7 7172 2025 2026, office 1905",
    ],
)
def test_amounts_counts_and_identifiers_are_not_dates(text):
    assert spans(text) == []


def test_an_amount_next_to_an_offset_stays_an_amount():
    assert spans("up 2,024 from a year earlier") == [("a year earlier", D(2024, 1, 1), D(2024, 12, 31), "year", "2024")]


def test_time_of_day_and_identifier_next_to_a_date():
    assert [s[0] for s in spans("13.12.2025, 14:10 17851")] == ["13.12.2025"]


# --- relative expressions ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("They met yesterday.", ("yesterday", D(2025, 6, 17), D(2025, 6, 17), "day", "17 June 2025")),
        ("They meet today.", ("today", D(2025, 6, 18), D(2025, 6, 18), "day", "18 June 2025")),
        ("They meet tomorrow.", ("tomorrow", D(2025, 6, 19), D(2025, 6, 19), "day", "19 June 2025")),
        ("It was approved last year.", ("last year", D(2024, 1, 1), D(2024, 12, 31), "year", "2024")),
        ("It will open next year.", ("next year", D(2026, 1, 1), D(2026, 12, 31), "year", "2026")),
        ("It opens this year.", ("this year", D(2025, 1, 1), D(2025, 12, 31), "year", "2025")),
        ("They met last month.", ("last month", D(2025, 5, 1), D(2025, 5, 31), "month", "May 2025")),
        ("They meet next month.", ("next month", D(2025, 7, 1), D(2025, 7, 31), "month", "July 2025")),
        ("They met last week.", ("last week", D(2025, 6, 9), D(2025, 6, 15), "range", "9–15 June 2025")),
        ("It was held in September.", ("September", D(2024, 9, 1), D(2024, 9, 30), "month", "September 2024")),
        ("It will be held in September.", ("September", D(2025, 9, 1), D(2025, 9, 30), "month", "September 2025")),
        ("The fair is in April.", ("April", D(2025, 4, 1), D(2025, 4, 30), "month", "April 2025")),
        ("The summit comes in August.", ("August", D(2025, 8, 1), D(2025, 8, 31), "month", "August 2025")),
        ("The upcoming summit in April.", ("April", D(2026, 4, 1), D(2026, 4, 30), "month", "April 2026")),
        ("They met last April.", ("last April", D(2025, 4, 1), D(2025, 4, 30), "month", "April 2025")),
        ("They meet next April.", ("next April", D(2026, 4, 1), D(2026, 4, 30), "month", "April 2026")),
        ("It was published on 3 May.", ("3 May", D(2025, 5, 3), D(2025, 5, 3), "day", "3 May 2025")),
        ("The visit is scheduled for July 2.", ("July 2", D(2025, 7, 2), D(2025, 7, 2), "day", "2 July 2025")),
        ("It opened two years ago.", ("two years ago", D(2023, 1, 1), D(2023, 12, 31), "year", "2023")),
        ("It opened 3 months ago.", ("3 months ago", D(2025, 3, 1), D(2025, 3, 31), "month", "March 2025")),
        ("It opened 10 days ago.", ("10 days ago", D(2025, 6, 8), D(2025, 6, 8), "day", "8 June 2025")),
        (
            "On the eve of 16 December 2025, a ceremony was held.",
            ("On the eve of 16 December 2025", D(2025, 12, 15), D(2025, 12, 15), "day", "15 December 2025"),
        ),
    ],
)
def test_relative_expressions_resolve_against_the_reference(text, expected):
    assert one(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("They met last Tuesday.", ("last Tuesday", D(2025, 6, 17), D(2025, 6, 17), "day", "17 June 2025")),
        ("They meet next Tuesday.", ("next Tuesday", D(2025, 6, 24), D(2025, 6, 24), "day", "24 June 2025")),
        ("He arrived on Monday.", ("Monday", D(2025, 6, 16), D(2025, 6, 16), "day", "16 June 2025")),
        ("He will arrive on Monday.", ("Monday", D(2025, 6, 23), D(2025, 6, 23), "day", "23 June 2025")),
        ("He speaks on Wednesday.", ("Wednesday", D(2025, 6, 18), D(2025, 6, 18), "day", "18 June 2025")),
        ("Last winter was cold.", ("Last winter", D(2024, 12, 1), D(2025, 2, 28), "season", "Winter 2024/25")),
        (
            "The Emir is due back in the autumn.",
            ("the autumn", D(2025, 9, 1), D(2025, 11, 30), "season", "Autumn 2025"),
        ),
        ("This summer will be hot.", ("This summer", D(2025, 6, 1), D(2025, 8, 31), "season", "Summer 2025")),
    ],
)
def test_weekdays_and_seasons_without_a_year(text, expected):
    assert one(text) == expected


@pytest.mark.parametrize(
    "text", ["It was approved last year.", "It was held in September.", "They met yesterday.", "on 3 May"]
)
def test_relative_expressions_need_a_reference(text):
    assert spans(text, reference=None) == []


@pytest.mark.parametrize(
    "text",
    [
        "the challenges archives worldwide face today",
        "in today's world",
        "May I add",
        "the Winter Olympics",
        "a four-day event",
        "Independence Day",
        "the Decree on Marketing",
    ],
)
def test_nowadays_and_modal_may_are_not_dates(text):
    assert spans(text) == []


# --- events ------------------------------------------------------------------------------


def test_extract_events_keeps_sentence_source_and_location():
    text = "The talks went well. On 14 February 2024, the President visited Doha.\nHe met A. Smailov in May 2023."
    events = extract_events(
        text, reference=None, item_id="doc#s1", location=Location("p.md", 10), topics=("political",)
    )
    assert [(e.label, e.text, e.sources, e.expression, e.topics) for e in events] == [
        (
            "14 February 2024",
            "On 14 February 2024, the President visited Doha.",
            (("doc#s1", Location("p.md", 10)),),
            "14 February 2024",
            ("political",),
        ),
        ("May 2023", "He met A. Smailov in May 2023.", (("doc#s1", Location("p.md", 11)),), "May 2023", ("political",)),
    ]


def test_one_span_twice_in_a_sentence_is_one_event():
    events = extract_events(
        "In 2022, Qatar invited Kazakhstan to the FIFA 2022 as a guest nation.",
        reference=None,
        item_id="x",
        location=LOC,
    )
    assert [(e.label, e.expression) for e in events] == [("2022", "2022")]


def _article(item_id: str, date: dt.date | None, title: str, *paragraphs: str, line: int = 1) -> Article:
    return Article(
        id=item_id,
        doc_id=item_id.split("#")[0],
        title=title,
        date=date,
        paragraphs=tuple(
            Paragraph(f"{item_id}-p{n}", text, Location(f"{item_id}.txt", line + n))
            for n, text in enumerate(paragraphs, 1)
        ),
        location=Location(f"{item_id}.txt", line),
    )


def _read(tmp_path: Path, name: str, text: str) -> list:
    """The items of a source file `name` holding `text`, read as a build reads it."""
    from reportgen import ingest

    (tmp_path / name).write_text(text, encoding="utf-8")
    return list(ingest.load([name], root=tmp_path).documents[0].items)


def _section(item_id: str, *paragraphs: str) -> Section:
    return Section(
        id=item_id,
        doc_id="paper",
        title="History",
        level=2,
        paragraphs=tuple(
            Paragraph(f"{item_id}-p{n}", text, Location("paper.md", 10 * n)) for n, text in enumerate(paragraphs, 1)
        ),
        location=Location("paper.md", 1),
    )


def test_same_sentence_in_two_sections_merges_into_one_event_with_both_sources():
    sentence = "In 2023, the two governments signed an agreement on the mutual protection of investments."
    events = build_chronology([_section("paper#s1", sentence), _section("paper#s2", sentence)], as_of=D(2026, 1, 1))
    assert len(events) == 1
    assert events[0].sources == (("paper#s1", Location("paper.md", 10)), ("paper#s2", Location("paper.md", 10)))


def test_paraphrased_statement_of_one_happening_merges():
    a = (
        "During the sixth meeting of the Kazakhstan-Qatar Joint High-Level Commission, held in Doha in October 2023, "
        "Kazakhstan advanced a proposal to expand its export portfolio to the Qatari market by offering meat, fish, "
        "honey, caviar, and gas-related products."
    )
    b = (
        "A notable development occurred during the sixth meeting of the Joint High-Level Commission in Doha in "
        "October 2023, when Kazakhstan introduced proposals to increase exports of meat, fish, honey and caviar, "
        "as well as gas and related processed products."
    )
    events = build_chronology([_section("paper#s1", a, b)], as_of=D(2026, 1, 1))
    assert [(e.label, len(e.sources)) for e in events] == [("October 2023", 2)]


def test_different_happenings_in_the_same_year_stay_apart():
    events = build_chronology(
        [
            _section(
                "paper#s1",
                "In 2007, Kazakhstan established an embassy in Doha.",
                "Kazakh President Nursultan Nazarbayev visited Doha in 1998 and 2007.",
            )
        ],
        as_of=D(2026, 1, 1),
    )
    assert [(e.label, e.text[:12]) for e in events] == [("1998 and 2007", "Kazakh Presi"), ("2007", "In 2007, Kaz")]


def test_an_article_whose_happening_sentence_is_dated_gives_one_row_from_that_sentence():
    article = _article(
        "feed#a1",
        D(2026, 2, 7),
        "Culture Days open in Doha",
        "On 5 February 2026 the Culture Days of Kazakhstan opened in Doha.",
    )
    events = build_chronology([article], as_of=D(2026, 2, 20))
    assert [(e.label, e.text, e.sources) for e in events] == [
        (
            "5 February 2026",
            "On 5 February 2026 the Culture Days of Kazakhstan opened in Doha.",
            (("feed#a1", Location("feed#a1.txt", 2)),),
        )
    ]


def test_article_date_event_merges_with_its_own_sentence_for_that_day():
    article = _article(
        "feed#a1",
        D(2026, 2, 5),
        "Culture Days open in Doha",
        "The Culture Days of Kazakhstan opened in Doha with a gala concert.",
        "On 5 February 2026 the Culture Days of Kazakhstan opened in Doha.",
    )
    events = build_chronology([article], as_of=D(2026, 2, 20))
    assert [(e.label, sorted(where.line for _, where in e.sources)) for e in events] == [("5 February 2026", [1, 3])]


def test_a_story_s_dated_sentence_of_another_deed_that_day_keeps_its_words():
    article = _article(
        "feed#a1",
        D(2026, 2, 5),
        "Culture Days open in Doha",
        "The Culture Days of Kazakhstan opened in Doha with a gala concert.",
        "On 5 February 2026 the delegation visited the Darb Al-Saai cultural centre.",
    )
    events = build_chronology([article], as_of=D(2026, 2, 20))
    assert _labelled(events) == [
        ("5 February 2026", "On 5 February 2026 the delegation visited the Darb Al-Saai cultural centre."),
        ("5 February 2026", "The Culture Days of Kazakhstan opened in Doha with a gala concert."),
    ]


def test_two_articles_of_one_day_with_similar_titles_stay_apart():
    events = build_chronology(
        [
            _article("f#a1", D(2025, 12, 11), "Kazakhstan and World Health Organization Strengthen Cooperation"),
            _article(
                "f#a2", D(2025, 12, 11), "Kazakhstan and the World Meteorological Organization Strengthen Cooperation"
            ),
        ],
        as_of=D(2026, 1, 1),
    )
    assert len(events) == 2


def test_an_opening_date_is_that_of_every_undated_deed_the_sentence_goes_on_with():
    def texts(sentence):
        return [e.text for e in extract_events(sentence, reference=D(2026, 9, 1), item_id="p", location=LOC)]

    whole = (
        "In March 2025 the President returned to Lima as chief guest, and the two presidents raised the "
        "relationship to a strategic partnership."
    )
    assert texts(whole) == [whole]
    # (a clause with its own date, or a state since then, stays apart)
    assert texts("In 2007, Chile opened an embassy in Doha, and in 2008 Qatar opened one in Santiago.") == [
        "In 2007, Chile opened an embassy in Doha.",
        "In 2008 Qatar opened one in Santiago.",
    ]
    assert texts("In 2021 the two signed a memorandum on floods, and experts have since trained rescue teams.") == [
        "In 2021 the two signed a memorandum on floods."
    ]


def test_a_verb_after_an_apposition_is_the_subjects_own_and_this_year_frames_its_day():
    sentence = (
        "This year the bell rang in a new building: the Vilnius Lyceum, the largest Polish-language school in "
        "the city, moved yesterday into premises built with EUR 6 million from Warsaw."
    )
    events = group_clauses(extract_events(sentence, reference=D(2026, 9, 2), item_id="a", location=LOC))
    assert [(e.label, e.text) for e in events] == [("1 September 2026", sentence)]


def test_a_phrase_after_after_names_things_and_a_datas_period_is_not_its_release():
    def rows(sentence, reference=None):
        events = group_clauses(extract_events(sentence, reference=reference, item_id="a", location=LOC))
        return [(e.label, e.text) for e in events if _is_happening(e, "en")]

    treaty = "The border treaty was signed in Riga on 3 May 1993, after long talks over the maps of 1920."
    assert rows(treaty) == [("3 May 1993", treaty)]
    # (a clause after "after" is a deed of its own)
    assert rows("The shipment arrived in May 2025 after Australia granted market access in January 2025.") == [
        ("May 2025", "The shipment arrived in May 2025."),
        ("January 2025", "The shipment arrived in May 2025 after Australia granted market access in January 2025."),
    ]
    # (a happening named by its noun keeps its date: the call is a row of its own)
    flew = "The minister flew to Riga on 17 September, following a phone call with her counterpart on 15 September."
    assert [label for label, _ in rows(flew, D(2026, 9, 20))] == ["17 September 2026", "15 September 2026"]
    assert rows("Data for the third quarter will be published in the next trade bulletin.", D(2026, 8, 14)) == []
    assert rows("Data for the third quarter will be published on 13 November.", D(2026, 8, 14)) != []


def test_a_meeting_that_will_not_take_place_stands_where_it_was_to_be():
    sentence = "The fifth session of the Joint Committee, which had been set for 3 and 4 June in Lima, will not take place this week."
    events = group_clauses(extract_events(sentence, reference=D(2026, 6, 1), item_id="a", location=LOC))
    assert [(e.label, _is_happening(e, "en")) for e in events] == [("3–4 June 2026", True)]


def test_a_plan_or_a_purchase_told_in_other_words_shares_its_words_for_merging():
    from reportgen.analysis.chronology import _stem

    # "planned for" / "targeted for" / "scheduled for"; "acquired" / "bought" / "purchased"
    assert {_stem(w) for w in ("planned", "targeted", "scheduled", "slated")} == {"plan"}
    assert {_stem(w) for w in ("acquired", "bought", "purchased")} == {"acquire"}


def test_the_same_article_in_two_feeds_merges():
    events = build_chronology(
        [
            _article("f#a1", D(2025, 12, 11), "Kazakh Room Reopened in Geneva"),
            _article("g#a7", D(2025, 12, 11), "Kazakh Room reopened in Geneva"),
        ],
        as_of=D(2026, 1, 1),
    )
    assert [len(e.sources) for e in events] == [2]


def test_planned_events_start_after_as_of_and_relative_dates_use_the_article_date():
    article = _article(
        "f#a1",
        D(2025, 12, 11),
        "WHO talks",
        "The parties discussed the upcoming Regional Environmental Summit in April.",
        "The strategy was approved last year.",
    )
    events = build_chronology([article], as_of=D(2025, 12, 31))
    # The article's first happening ("discussed ... in April") is dated: it stands for the article.
    assert [(e.label, e.planned) for e in events] == [("2024", False), ("April 2026", True)]


def test_a_period_holding_the_as_of_date_is_planned_only_when_worded_as_future():
    article = _article(
        "f#a1",
        D(2026, 1, 10),
        "Archives",
        "The III Congress of Archivists will take place in 2026.",
        "In 2025 trade reached USD 2 billion.",
        "In 2026 the two archives signed a protocol on digitisation.",
        "The ministers agreed to set up a Centre of Excellence for Skills in Mombasa, to be opened in 2026.",
    )
    events = build_chronology([article], as_of=D(2026, 2, 20), include_item_dates=False)
    assert [(e.label, e.text, e.planned) for e in events] == [
        ("2025", "In 2025 trade reached USD 2 billion.", False),
        ("2026", "In 2026 the two archives signed a protocol on digitisation.", False),
        ("2026", "The III Congress of Archivists will take place in 2026.", True),
        (
            "2026",
            "The ministers agreed to set up a Centre of Excellence for Skills in Mombasa, to be opened in 2026.",
            True,
        ),
    ]


def test_what_a_government_expects_or_a_speaker_says_a_body_would_do_in_the_as_of_period_is_planned():
    text = "The Prime Minister said New Zealand expects to complete its treaty procedures before the end of the year."
    rows = _rows(text, date=D(2026, 10, 7), as_of=D(2026, 10, 16))
    assert [(planned, row) for _, row, planned in rows] == [(True, text)]
    # ... and what someone said a body would do, "that" left out
    text = "The Egyptian legislators said their own chamber would examine the agreement before the end of the year."
    rows = _rows(text, date=D(2026, 10, 29), as_of=D(2026, 11, 19))
    assert [(planned, row) for _, row, planned in rows] == [(True, text)]


def test_russian_and_kazakh_future_wording_marks_a_current_period_planned():
    article = _article(
        "f#a1",
        D(2026, 1, 10),
        "Планы",
        "Программа будет реализована с 2026 по 2028 год.",
        "Конгресс архивистов 2026 жылы Астанада өтеді.",
    )
    events = build_chronology([article], as_of=D(2026, 2, 20), include_item_dates=False)
    assert [(e.label, e.planned) for e in events] == [("2026", True), ("2026–2028", True)]


def test_sorted_by_start_end_label_with_topics_and_focus_from_callbacks():
    items = [
        _article(
            "f#a1", D(2026, 2, 16), "Referendum briefing", "The referendum on 15 March 2026 will be a day of choice."
        ),
        _section("paper#s1", "Relations were established on 1 July 1993.", "In 1993, embassies were discussed."),
    ]
    events = build_chronology(
        items,
        as_of=D(2026, 2, 20),
        topics_for=lambda item_id: ("political",) if item_id.startswith("f#") else ("history",),
        focus_for=lambda item_id: item_id == "paper#s1",
    )
    assert [(e.start, e.end, e.label, e.topics, e.focus, e.planned) for e in events] == [
        (D(1993, 1, 1), D(1993, 12, 31), "1993", ("history",), True, False),
        (D(1993, 7, 1), D(1993, 7, 1), "1 July 1993", ("history",), True, False),
        # The story states no happening of its day, so its title is no row: its plan is.
        (D(2026, 3, 15), D(2026, 3, 15), "15 March 2026", ("political",), False, True),
    ]


def test_item_dates_can_be_left_out():
    article = _article("f#a1", D(2026, 2, 16), "Briefing", "Nothing dated here.")
    assert build_chronology([article], as_of=D(2026, 2, 20), include_item_dates=False) == ()


def test_merge_events_keeps_every_source_and_unions_topics():
    first = extract_events(
        "In 2024, Doha hosted business meetings of dozens of companies.",
        reference=None,
        item_id="a",
        location=LOC,
        topics=("economic",),
    )
    second = extract_events(
        "In 2024, Doha hosted business meetings involving dozens of companies.",
        reference=None,
        item_id="b",
        location=LOC,
        topics=("political",),
    )
    merged = merge_events(first + second)
    assert [(e.sources, e.topics) for e in merged] == [((("a", LOC), ("b", LOC)), ("economic", "political"))]


@pytest.mark.parametrize(
    "text",
    [
        "Aushev, H. T. (2024). Qatar and Kazakhstan on the way to strategic cooperation. Post-Soviet Studies, 5(7), 481–487.",
        "- Kamrava, M. (2013). *Qatar: Small State, Big Politics*. Cornell University Press.",
        "Panfilova, V. (2024, December 8). Qatar Enters Kazakhstan with Large Investments. Nezavisimaya Gazeta.",
        "Cooley, A., & Heathershaw, J. (2017). Dictators without borders. Yale University Press.",
        "Previously sent April 8, 2025.",
        "Re-registered June 3, 2025.",
        "Accepted August 20, 2025.",
    ],
)
def test_bibliography_entries_and_submission_history_yield_no_events(text):
    assert extract_events(text, reference=None, item_id="paper#refs", location=LOC) == []


def test_prose_that_starts_with_a_name_still_yields_events():
    events = extract_events(
        "Tokayev, the President, visited Doha on 14 February 2024.", reference=None, item_id="x", location=LOC
    )
    assert [e.label for e in events] == ["14 February 2024"]


# --- clauses: a sentence coordinating independent clauses gives each date its own clause ----


def texts(text: str, reference: dt.date | None = None) -> list[tuple[str, str]]:
    return _labelled(extract_events(text, reference=reference, item_id="x", location=LOC))


def test_each_date_gets_the_clause_that_states_it():
    assert texts(
        "In 2007, Kazakhstan established an embassy in Doha, and in 2008 the Qatari embassy in Astana "
        "commenced operations (Kazakhstan – Qatar: Opportunities and Prospects, 2008)."
    ) == [
        ("2007", "In 2007, Kazakhstan established an embassy in Doha."),
        (
            "2008",
            "In 2008 the Qatari embassy in Astana commenced operations "
            "(Kazakhstan – Qatar: Opportunities and Prospects, 2008).",
        ),
    ]
    assert texts(
        "The ministry signed the accord on 3 March 2021, but the parliament ratified it only in May 2022!"
    ) == [
        ("3 March 2021", "The ministry signed the accord on 3 March 2021!"),
        ("May 2022", "The parliament ratified it only in May 2022!"),
    ]


def test_several_dates_of_one_clause_share_it():
    assert texts(
        "For instance, Kazakh President Nursultan Nazarbayev visited Doha in 1998 and 2007, and the Emir "
        "of Qatar Sheikh Hamad bin Khalifa Al-Thani visited Kazakhstan in 1999, 2008 and 2011."
    ) == [
        ("1998", "For instance, Kazakh President Nursultan Nazarbayev visited Doha in 1998 and 2007."),
        ("2007", "For instance, Kazakh President Nursultan Nazarbayev visited Doha in 1998 and 2007."),
        ("1999", "The Emir of Qatar Sheikh Hamad bin Khalifa Al-Thani visited Kazakhstan in 1999, 2008 and 2011."),
        ("2008", "The Emir of Qatar Sheikh Hamad bin Khalifa Al-Thani visited Kazakhstan in 1999, 2008 and 2011."),
        ("2011", "The Emir of Qatar Sheikh Hamad bin Khalifa Al-Thani visited Kazakhstan in 1999, 2008 and 2011."),
    ]


def test_semicolons_and_whereas_while_whilst_cut_clauses():
    assert texts("Phase one of the corridor runs until the end of 2025; phase two is planned for 2026-2028.") == [
        ("late 2025", "Phase one of the corridor runs until the end of 2025."),
        ("2026–2028", "Phase two is planned for 2026-2028."),
    ]
    assert texts("Exports fell sharply in 2019; and in 2021 they had recovered, whereas imports grew in 2022.") == [
        ("2019", "Exports fell sharply in 2019."),
        ("2021", "In 2021 they had recovered."),
        ("2022", "Imports grew in 2022."),
    ]
    assert texts("Did the office in Doha open in 2015, whilst the branch was closed in 2017?") == [
        ("2015", "Did the office in Doha open in 2015?"),
        ("2017", "The branch was closed in 2017?"),
    ]
    assert texts("The first flight is expected on 1 April 2026, while tickets went on sale in March 2026.") == [
        ("1 April 2026", "The first flight is expected on 1 April 2026."),
        ("March 2026", "Tickets went on sale in March 2026."),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a side shorter than four words
        "Exports rose, and imports grew again in 2020.",
        "The embassy opened in 2007; closed 2012.",
        # inside parentheses or quotes
        "The accord was ratified in 2024 (the Senate voted in May, and the President signed it in June).",
        'Officials said: "Trade rose sharply in 2019, and investment followed in 2020."',
        "Officials said: “Trade rose sharply in 2019, and investment followed in 2020.”",
        # a list of dates, or a range written with a comma
        "The Emir of Qatar visited Kazakhstan in 1999, 2008 and 2011.",
        "Kazakhstan chaired the organisation between 2011, and 2012.",
        "The forum met in 2019, and 2021, and 2023, and 2025.",
        # a list of items, or a second verb of the first clause's subject
        "In 2017 the neighbours closed their land borders, restricted air travel, and banned Qatari citizens.",
        "The 2024 funds go to the construction of new gas plants, the expansion of trunk lines, and the creation "
        "of enterprises focused on grain.",
        "The delegation met the minister in March 2023, and was received by the Emir.",
        # no verb after the cut
        "The summit in 2019 gathered leaders from Asia, and representatives of twenty international organisations.",
        # a second object of the first clause's verb, whatever participle follows it
        "The President thanked his host for the welcome in Accra in 2025, and for Ghana's role in mediating the "
        "accord signed on 8 August 2022 between the government and the rebels.",
    ],
)
def test_sentences_that_are_not_cut(sentence):
    assert {text for _, text in texts(sentence)} == {sentence}


def test_a_date_in_two_clauses_of_one_sentence_is_one_event_with_the_whole_sentence():
    sentence = "In 2022, Qatar hosted the FIFA World Cup, and in 2022 Kazakhstan opened a trade house in Doha."
    assert texts(sentence) == [("2022", sentence)]


def test_clause_events_keep_the_sentence_location_and_the_whole_sentence():
    text = "Nothing dated here.\nIn 2007, Kazakhstan opened an embassy in Doha, and Qatar opened one in Astana in 2008."
    events = extract_events(text, reference=None, item_id="doc#s1", location=Location("p.md", 10))
    assert [(e.text, e.sources, e.sentence) for e in events] == [
        (
            "In 2007, Kazakhstan opened an embassy in Doha.",
            (("doc#s1", Location("p.md", 11)),),
            "In 2007, Kazakhstan opened an embassy in Doha, and Qatar opened one in Astana in 2008.",
        ),
        (
            "Qatar opened one in Astana in 2008.",
            (("doc#s1", Location("p.md", 11)),),
            "In 2007, Kazakhstan opened an embassy in Doha, and Qatar opened one in Astana in 2008.",
        ),
    ]


def test_clause_events_merge_with_every_citation():
    sentence = (
        "In 2007, Kazakhstan established an embassy in Doha, and in 2008 the Qatari embassy in Astana "
        "commenced operations."
    )
    feed = _article(
        "feed#a3", D(2025, 12, 11), "Embassies", "In 2008 the Qatari embassy in Astana commenced operations."
    )
    events = build_chronology(
        [_section("paper#s1", sentence), _section("paper#s2", sentence), feed],
        as_of=D(2026, 1, 1),
        include_item_dates=False,
    )
    assert [(e.label, e.text, e.sources) for e in events] == [
        (
            "2007",
            "In 2007, Kazakhstan established an embassy in Doha.",
            (("paper#s1", Location("paper.md", 10)), ("paper#s2", Location("paper.md", 10))),
        ),
        (
            "2008",
            "In 2008 the Qatari embassy in Astana commenced operations.",
            (
                ("paper#s1", Location("paper.md", 10)),
                ("paper#s2", Location("paper.md", 10)),
                ("feed#a3", Location("feed#a3.txt", 2)),
            ),
        ),
    ]


def test_a_short_clause_of_names_does_not_merge_with_another_happening_of_those_people():
    # The clauses share "Emir", "Hamad", "bin", "Al-Thani", "visit": the sentences do not share most words.
    events = build_chronology(
        [
            _section(
                "paper#s1",
                "For instance, Kazakh President Nursultan Nazarbayev visited Doha in 1998 and 2007, and the Emir of Qatar "
                "Sheikh Hamad bin Khalifa Al-Thani visited Kazakhstan in 1999, 2008 and 2011.",
                "For instance, in 2011, during the inaugural visit of the newly-en-throned Emir Tamim bin Hamad Al-Thani, a "
                "series of accords were ratified with the objective of fostering enhanced collaboration in the economic "
                "sphere (Sabayeva, 2015).",
            )
        ],
        as_of=D(2026, 1, 1),
    )
    assert [(e.label, e.text[:40], e.sources) for e in events if "2011" in e.label] == [
        ("1999, 2008 and 2011", "The Emir of Qatar Sheikh Hamad bin Khali", (("paper#s1", Location("paper.md", 10)),)),
        ("2011", "In 2011, during the inaugural visit of t", (("paper#s1", Location("paper.md", 20)),)),
    ]


def test_no_cut_goes_through_a_date_expression():
    text = "The works ran from the spring of 2019, and the autumn of 2020 saw them finished by the company."
    cut = text.index(", and")
    assert clause_spans(text, 0, len(text)) == [
        (0, cut, "The works ran from the spring of 2019."),
        (cut + 6, len(text), "The autumn of 2020 saw them finished by the company."),
    ]
    # Were "the spring of 2019, and the autumn of 2020" one expression, the sentence would stay whole.
    expression = (text.index("the spring"), text.index(" saw"))
    assert clause_spans(text, 0, len(text), [expression]) == [(0, len(text), text)]


def test_no_cut_leaves_a_noun_phrase_before_an_attribution():
    text = (
        "Santiago and Vienna will coordinate more closely on regional security and the reconstruction of the port, "
        "the two sides agreed on Sunday."
    )
    assert clause_spans(text, 0, len(text)) == [(0, len(text), text)]


# --- one row per happening: several dates of a clause, advice and states left out ----------


def test_a_clause_naming_several_dates_is_one_row_under_its_first_date():
    events = build_chronology(
        [
            _section(
                "paper#s1",
                "The Japan-Mongolia forum met in Ulaanbaatar in 2019, 2021 and 2023.",
                "For the first quarter of 2024, Mongolian coal exports to Japan reached 2.1 million tonnes, "
                "compared with 0.5 million tonnes in 2023.",
            )
        ],
        as_of=D(2025, 1, 1),
    )
    assert [(e.label, e.start, e.end, e.text[:30]) for e in events] == [
        ("2019, 2021 and 2023", D(2019, 1, 1), D(2019, 12, 31), "The Japan-Mongolia forum met i"),
        ("Q1 2024", D(2024, 1, 1), D(2024, 3, 31), "For the first quarter of 2024,"),
    ]


def test_a_clause_coordinating_deeds_of_their_own_dates_gives_a_row_per_deed():
    events = build_chronology(
        [
            _section(
                "paper#s1",
                "The Mobility Agreement, signed in 2021 and ratified by Angola in 2023, has simplified visas for students.",
                "A credit line for Angolan projects was opened in 2018, raised to €1.5 billion in 2022 and to "
                "€2 billion in October 2024.",
                "Poland closed its embassy in Manila in 2008 for budgetary reasons and reopened it in 2018.",
                "The airline opened direct flights between Baku and Milan in 2012 and between Baku and Rome in 2019.",
                "Norway paid USD 56 million in November 2022 and USD 100 million in December 2023 for emission "
                "reductions.",
            )
        ],
        as_of=D(2025, 1, 1),
    )
    assert _labelled(events) == [
        ("2008", "Poland closed its embassy in Manila in 2008 for budgetary reasons."),
        ("2012", "The airline opened direct flights between Baku and Milan in 2012."),
        ("2018", "A credit line for Angolan projects was opened in 2018."),
        ("2018", "Poland reopened its embassy in Manila in 2018."),  # the pronoun's thing, not the deed again
        ("2019", "The airline opened direct flights between Baku and Rome in 2019."),
        ("2021", "The Mobility Agreement signed in 2021."),
        ("2022", "A credit line for Angolan projects was raised to €1.5 billion in 2022."),
        ("November 2022", "Norway paid USD 56 million in November 2022."),  # two payments: a row each
        ("2023", "The Mobility Agreement, ratified by Angola in 2023, has simplified visas for students."),
        ("December 2023", "Norway paid USD 100 million in December 2023 for emission reductions."),
        ("October 2024", "A credit line for Angolan projects was raised to €2 billion in October 2024."),
    ]


def test_a_thing_named_with_its_own_earlier_deed_gives_that_deed_a_row():
    events = build_chronology(
        [
            _article(
                "jornal#a-1",
                D(2026, 10, 9),
                "Parliament",
                "The National Assembly on Thursday approved for ratification the Social Security Agreement between "
                "Angola and Portugal, signed in Lisbon in June 2024, with 171 votes in favour and none against.",
                "The Senate on Wednesday concurred in the ratification of the Agreement on Defence Cooperation "
                "between the Philippines and Poland, which was signed in Warsaw in June 2024.",
                "The arrears of the state, estimated at about €1 billion in 2018, were largely paid in 2019–2023.",
            )
        ],
        as_of=D(2026, 12, 1),
        include_item_dates=False,
    )
    assert _labelled(events) == [
        (
            "2018 and 2019–2023",
            "The arrears of the state, estimated at about €1 billion in 2018, were largely paid in 2019–2023.",
        ),
        (
            "June 2024",
            "The Agreement on Defence Cooperation between the Philippines and Poland was signed in Warsaw in June 2024.",
        ),
        ("June 2024", "The Social Security Agreement between Angola and Portugal, signed in Lisbon in June 2024."),
        (
            "7 October 2026",
            "The Senate on Wednesday concurred in the ratification of the Agreement on Defence Cooperation between the "
            "Philippines and Poland.",
        ),
        (
            "8 October 2026",
            "The National Assembly on Thursday approved for ratification the Social Security Agreement between Angola "
            "and Portugal with 171 votes in favour and none against.",
        ),
    ]


def test_a_second_thing_agreed_keeps_what_was_agreed_and_a_place_after_to_is_no_infinitive():
    events = build_chronology(
        [
            _article(
                "dfa#a-1",
                D(2026, 11, 27),
                "Consultations",
                "They agreed that the first session of the Joint Commission will be held in Warsaw in March 2027, and "
                "that the Trade and Investment Center in Warsaw will open next spring.",
                "The two sides reviewed the follow-up to the state visit of President Marcos to Warsaw in June.",
            )
        ],
        as_of=D(2026, 12, 1),
        include_item_dates=False,
    )
    assert _labelled(events) == [
        ("June 2026", "The two sides reviewed the follow-up to the state visit of President Marcos to Warsaw in June."),
        (
            "March 2027",
            "They agreed that the first session of the Joint Commission will be held in Warsaw in March 2027.",
        ),
        ("Spring 2027", "They agreed that the Trade and Investment Center in Warsaw will open next spring."),
    ]


def test_a_paper_joins_what_happened_during_a_dated_visit_and_tells_a_clause_about_the_one_before_with_it():
    events = build_chronology(
        [
            _section(
                "paper#s1",
                "The turning point was the visit of King Mohammed VI to Abuja on 1–3 December 2016. During the visit "
                "the two countries signed 22 agreements and announced a gas pipeline project. Among them were an "
                "agreement on fertilizers and a memorandum on the pipeline. Trade grew.",
                "The Joint Economic Commission was created in 2013 and has met in 2014, 2017 and 2022.",
                "In 2015 Karpowership moored its first floating power plant in Tema; it was relocated to Takoradi in 2020.",
            )
        ],
        as_of=D(2025, 1, 1),
    )
    assert _labelled(events) == [
        ("2013", "The Joint Economic Commission was created in 2013."),
        ("2014, 2017 and 2022", "The Joint Economic Commission has met in 2014, 2017 and 2022."),
        ("2015", "In 2015 Karpowership moored its first floating power plant in Tema."),
        (
            "1–3 December 2016",
            "The turning point was the visit of King Mohammed VI to Abuja on 1–3 December 2016. During the visit the "
            "two countries signed 22 agreements and announced a gas pipeline project. Among them were an agreement "
            "on fertilizers and a memorandum on the pipeline.",
        ),
        (
            "2020",
            "In 2015 Karpowership moored its first floating power plant in Tema; it was relocated to Takoradi in 2020.",
        ),
    ]


def test_a_new_text_that_replaces_the_one_signed_at_a_date_adds_its_citation_to_that_signing_s_row():
    signed = (
        "In June 2003 the two governments signed a memorandum of understanding on employment cooperation, which "
        "created a legal channel for recruitment."
    )
    lead = (
        "The labour ministers of Finland and Chile signed a new memorandum of understanding on the employment of "
        "workers in Helsinki on 14 December."
    )
    story = _article(
        "feed#a1",
        D(2026, 12, 21),
        "Labour Memorandum Signed",
        lead,
        "The new memorandum replaces the one signed in June 2003.",
    )
    events = build_chronology([_section("paper#s1", signed), story], as_of=D(2027, 1, 1))
    assert _labelled(events) == [("June 2003", signed), ("14 December 2026", lead)]
    assert {item for item, _ in events[0].sources} == {"paper#s1", "feed#a1"}


def test_what_a_work_s_relative_clause_tells_is_the_work_s_not_the_contract_s():
    sentence = (
        "On Thursday, Finnish Healthcare Oy and the Chilean Ministry of Health signed a contract for the design of a "
        "cancer treatment centre in Valparaíso, which is to be commissioned in 2029."
    )
    rows = _labelled(
        build_chronology([_article("feed#a-1", D(2027, 2, 12), "Contract", sentence)], as_of=D(2027, 3, 1))
    )
    assert rows[-1] == ("2029", "The cancer treatment centre in Valparaíso is to be commissioned in 2029.")


def test_an_and_inside_the_phrase_that_opens_a_sentence_joins_no_clauses():
    sentence = (
        "After the sanctions imposed on Minsk by the United States and the European Union in 2020 and 2021, Finland "
        "became one of the few partners that kept its embassy open."
    )
    assert _section_rows(sentence) == [("2020 and 2021", sentence)]


def test_a_vote_on_a_text_named_by_its_signing_is_no_row_of_the_signing_s_month():
    lead = "Chilean lawmakers on Wednesday approved a USD 420 million credit line from Finland for new power lines."
    vote = (
        "The agreement, signed in Helsinki in November during Gabriel Boric's state visit, was backed by 87 deputies."
    )
    story = _article("feed#a1", D(2027, 1, 21), "Vote", lead, vote)
    assert _labelled(build_chronology([story], as_of=D(2027, 3, 1))) == [
        ("November 2026", "The agreement, signed in Helsinki in November during Gabriel Boric's state visit."),
        ("20 January 2027", lead),
    ]


def test_two_days_a_clause_names_as_the_ends_of_a_span_are_that_span():
    def rows(text: str) -> list[tuple[str, str]]:
        return _labelled(build_chronology([_article("feed#a0", D(2027, 1, 10), "Trade", text)], as_of=D(2027, 3, 1)))

    english = "Trade through the Tornio border crossing reached EUR 112 million between 1 April and 25 December 2026."
    assert rows(english) == [("1 April – 25 December 2026", english)]
    # (two days told apart are two dates: "on 1 April and on 25 December")
    apart = "The ferry Finnmaid sailed from Helsinki to Valparaíso on 1 April and on 25 December 2026."
    assert [label for label, _ in rows(apart)] == ["1 April and 25 December 2026"]
    spanish = dataclasses.replace(
        _article(
            "feed#a1",
            D(2026, 12, 10),
            "Decreto",
            "Los ejercicios conjuntos se realizarán entre el 1 de febrero y el 30 de junio de 2027, según el decreto.",
        ),
        language="es",
    )
    rows = _labelled(build_chronology([spanish], as_of=D(2027, 1, 1)))
    assert [label for label, _ in rows] == ["1 February – 30 June 2027"]


def test_a_week_told_relatively_yields_to_the_day_it_holds():
    sentence = (
        "Foreign Minister Elina Valtonen will travel to Santiago next week and hold talks with her Chilean "
        "counterpart on 18 March 2027, the ministry announced on Monday."
    )
    rows = _labelled(build_chronology([_article("feed#a-1", D(2027, 3, 8), "Trip", sentence)], as_of=D(2027, 3, 10)))
    assert [label for label, _ in rows] == ["18 March 2027"]


@pytest.mark.parametrize(
    "sentence, label",
    [
        # a state's bound after the deed's date
        (
            "Ferry services between Helsinki and Tallinn were halted in April 2020 and had not resumed by the end "
            "of 2021.",
            "April 2020",
        ),
        # what a signed text provides for
        (
            "On 3 May 2026 the two ministers signed an agreement in Santiago providing for 40 Finnish teachers to be "
            "sent in 2027, with Chile paying their housing.",
            "3 May 2026",
        ),
        # a clause of "since" naming what a route went through before
        (
            "Finnair will open a route between Helsinki and Santiago on 2 June 2027, the first direct service since "
            "the route was suspended in March 2020.",
            "2 June 2027",
        ),
    ],
)
def test_a_date_of_what_a_clause_only_names_is_no_date_of_its_row(sentence, label):
    assert [row_label for row_label, _ in _section_rows(sentence, as_of=D(2027, 5, 20))] == [label]


def test_a_thing_s_past_told_to_name_it_in_spanish_is_no_date_of_the_row():
    story = dataclasses.replace(
        _article(
            "feed#a1",
            D(2027, 5, 3),
            "Brigada",
            "La brigada de 40 profesores llegó a Santiago el 28 de abril de 2027 en virtud del acuerdo educativo "
            "firmado en noviembre de 2026.",
        ),
        language="es",
    )
    assert [label for label, _ in _labelled(build_chronology([story], as_of=D(2027, 5, 20)))] == ["28 April 2027"]


def test_a_text_done_to_by_its_pronoun_is_named_as_the_sentence_before_names_it():
    rows = _section_rows(
        "The agreement on the delimitation of the continental shelf was signed in Helsinki on 3 May 2026 by the "
        "two foreign ministers. The Eduskunta ratified it on 19 October 2026, and the Chilean Senate approved its "
        "ratification on 25 January 2027.",
        as_of=D(2027, 3, 1),
    )
    assert rows[1:] == [
        (
            "19 October 2026",
            "The Eduskunta ratified it [the agreement on the delimitation of the continental shelf] on 19 October "
            "2026.",
        ),
        (
            "25 January 2027",
            "The Chilean Senate approved its ratification [of the agreement on the delimitation of the continental "
            "shelf] on 25 January 2027.",
        ),
    ]


def test_a_dated_relative_clause_is_a_row_though_another_relative_after_it_tells_a_present_state():
    sentence = (
        "Both were founding members of the Baltic Sea Council, whose charter was signed in Visby in 1992 and whose "
        "secretariat is in Stockholm."
    )
    assert _section_rows(sentence) == [("1992", sentence)]


def test_a_return_home_on_a_day_its_story_tells_a_deed_of_is_no_row_of_its_own():
    story = _article(
        "feed#a1",
        D(2026, 10, 23),
        "Prime Minister Ends Visit to Chile",
        "Prime Minister Petteri Orpo returned to Helsinki on Friday evening from a three-day official visit to Chile, "
        "the government reports.",
        "On Wednesday, Orpo and President Gabriel Boric signed an agreement on cooperation in mining research in Santiago.",
        "On Friday the Prime Minister opened the Finnish trade office in Valparaíso.",
    )
    assert _labelled(build_chronology([story], as_of=D(2026, 11, 1))) == [
        (
            "21 October 2026",
            "On Wednesday, Orpo and President Gabriel Boric signed an agreement on cooperation in mining research in "
            "Santiago.",
        ),
        ("23 October 2026", "On Friday the Prime Minister opened the Finnish trade office in Valparaíso."),
    ]
    # on a day of its own, or told alone, the return dates the trip's end
    alone = _article("feed#a2", D(2026, 10, 23), "Return", story.paragraphs[0].text)
    assert [label for label, _ in _labelled(build_chronology([alone], as_of=D(2026, 11, 1)))] == ["23 October 2026"]


def test_rights_won_during_a_dated_visit_join_the_visit_s_row():
    events = build_chronology(
        [
            _section(
                "paper#s1",
                "In May 1991 the Chilean Minister of Mining became the first foreign minister to visit Helsinki after "
                "the reforms. During the visit Finnish companies obtained mining and forestry concessions.",
            )
        ],
        as_of=D(2025, 1, 1),
    )
    assert _labelled(events) == [
        (
            "May 1991",
            "In May 1991 the Chilean Minister of Mining became the first foreign minister to visit Helsinki after the "
            "reforms. During the visit Finnish companies obtained mining and forestry concessions.",
        )
    ]


def test_talks_held_earlier_in_the_day_are_a_further_deed_of_the_story():
    lead = "President Lourenço received on Monday in Luanda the Minister of Foreign Affairs of Portugal, Paulo Rangel."
    talks = (
        "Earlier in the day Paulo Rangel held talks with his Angolan counterpart at the Ministry of External Relations."
    )
    assert _story_rows(lead, talks, date=D(2026, 11, 24)) == [("23 November 2026", f"{lead} {talks}")]


def test_a_row_that_names_nothing_takes_the_undated_sentence_before_it():
    events = build_chronology(
        [
            _article(
                "mofa#a-1",
                D(2026, 3, 2),
                "Meeting held",
                "The Ambassador met the President of KOICA in Seongnam on 27 February.",
                "The agency will finance a 300-bed children's hospital in Namangan.",
                "Construction will start in June.",
                "President Nawrocki accepted an invitation to visit the Philippines, and the visit is expected in 2027.",
                "The Embassy of Korea opened in Tashkent in December 1992, and the Embassy of Uzbekistan began its work "
                "in Seoul in 1995.",
            )
        ],
        as_of=D(2026, 3, 2),
        include_item_dates=False,
    )
    assert _labelled(events) == [
        ("December 1992", "The Embassy of Korea opened in Tashkent in December 1992."),
        ("1995", "The Embassy of Uzbekistan began its work in Seoul in 1995."),
        ("27 February 2026", "The Ambassador met the President of KOICA in Seongnam on 27 February."),
        (
            "June 2026",
            "The agency will finance a 300-bed children's hospital in Namangan. Construction will start in June.",
        ),
        (
            "2027",
            "President Nawrocki accepted an invitation to visit the Philippines, and the visit is expected in 2027.",
        ),
    ]


def test_a_visit_called_off_stands_where_it_was_to_be_and_is_not_planned():
    postponed = (
        "The visit of the Prime Minister to Athens, planned for 18 March, has been postponed at the request of the "
        "Egyptian side, the Greek Foreign Ministry said on Wednesday."
    )
    events = build_chronology([_article("f#a-1", D(2026, 3, 12), "Visit postponed", postponed)], as_of=D(2026, 3, 12))
    assert [(e.label, e.text, e.planned) for e in events] == [("18 March 2026", postponed, False)]
    cancelled = (
        "A planned visit of the Minister of Agriculture in February was cancelled because of the farmers' protests."
    )
    due = "The trip had been due to take place in April but was postponed after the government reshuffle."
    scheduled = (
        "The fifth round of consultations, scheduled for 10 November in Dhaka, has been postponed until February "
        "2027, the ministry said on Thursday."
    )
    summer = _article("f#a-2", D(2026, 7, 2), "Called off", cancelled, due)
    autumn = _article("f#a-3", D(2026, 11, 13), "Postponed", scheduled)
    assert [(e.label, e.planned) for e in build_chronology([summer, autumn], as_of=D(2026, 11, 13))] == [
        ("February 2026", False),
        ("April 2026", False),
        ("February 2027", True),  # put off to a date of its own: still to come, there
    ]


def test_the_two_sides_signing_after_a_dated_session_is_that_days_deed_and_their_talk_is_not():
    lead = "Prime Minister Kamal Perera returned to Colombo last night after a three-day official visit to Czechia."
    chaired = "On Monday he and Prime Minister Fiala co-chaired the first session of the Joint Commission in Prague."
    signed = "The two sides signed seven documents, among them an agreement on double taxation."
    talk = "The two sides discussed cooperation in tourism."
    story = _article("pmo#a-1", D(2026, 11, 18), "Visit", lead, chaired, signed, talk)
    rows = {e.label: e.text for e in build_chronology([story], as_of=D(2026, 11, 30))}
    assert rows["16 November 2026"] == f"{chaired} {signed}"


def test_after_the_talks_the_story_leads_with_and_at_a_forum_for_a_planned_plant_are_their_days_deeds():
    lead = (
        "President Boric and President Ramaphosa agreed to raise relations to a strategic partnership during talks "
        "at the Union Buildings in Pretoria on Monday, the Presidency reports."
    )
    arrived = (
        "The President arrived in Pretoria on Sunday evening and was welcomed at the airport by the Foreign Minister."
    )
    signed = "After the talks, ministers of the two countries signed five documents, including a mining protocol."
    forum = "Yesterday the President opened the Chile–South Africa Business Forum in Johannesburg."
    plant = "At the forum, copper firm Andes Cobre signed an incentives agreement with Gauteng for its planned plant."
    story = _article("dirco#a-1", D(2026, 9, 30), "Visit", lead, arrived, signed, forum, plant)
    rows = {e.label: e.text for e in build_chronology([story], as_of=D(2026, 10, 30))}
    assert rows["27 September 2026"] == arrived
    assert rows["28 September 2026"] == f"{lead} {signed}"
    assert rows["29 September 2026"] == f"{forum} {plant}"


def test_a_papers_visit_row_tells_what_its_parties_and_a_clause_set_during_it_did():
    visit = "President Karis paid a state visit to Singapore on 3–4 May 2024."
    parties = "The two presidents agreed to establish a Joint Council, and Karis opened an innovation office."
    clause = "Talks on a digital trade agreement were concluded during the visit, and it was signed in March 2025."
    rows = _rows(visit, parties, clause)
    assert rows[0] == (
        "3–4 May 2024",
        f"{visit} {parties} Talks on a digital trade agreement were concluded during the visit.",
        False,
    )
    assert [label for label, _, _ in rows] == ["3–4 May 2024", "March 2025"]


def test_a_plan_under_a_text_signed_on_a_day_is_one_planned_row_of_its_own_date():
    text = (
        "The ambassador said the first consignment of Chilean cherries under the phytosanitary protocol signed on "
        "28 September is expected to reach Qingdao next month."
    )
    assert _rows(text, date=D(2026, 10, 10), as_of=D(2026, 10, 14)) == [("November 2026", text, True)]


def test_a_paper_sentence_opening_with_later_that_year_is_dated_by_the_year_before_it():
    text = (
        "Italy launched its plan for Africa at a summit in Rome in January 2024. Later that year the Italian group "
        "Verde signed an agreement to grow durum wheat on 36,000 hectares in Adrar."
    )
    assert [label for label, _, _ in _rows(text)] == ["January 2024", "2024"]


def test_a_meeting_put_off_to_a_bare_month_or_for_a_purpose_stands_planned_at_its_new_date():
    to_month = (
        "The fourth session of the Joint Commission, which was to be held in Lima on 9 and 10 December, has been "
        "postponed to March at the request of the Peruvian side."
    )
    purpose = (
        "The third meeting of the Business Council, which had been planned for Accra in November, has been "
        "moved to the second quarter of 2027 so that it can review the new investment code."
    )
    assert _rows(to_month, date=D(2026, 11, 30), as_of=D(2026, 11, 30)) == [("March 2027", to_month, True)]
    assert _rows(purpose, date=D(2026, 10, 2), as_of=D(2026, 10, 2)) == [("Q2 2027", purpose, True)]


def test_a_phrase_postponed_in_a_month_keeps_its_past_and_a_day_range_without_a_year_is_one_date():
    text = (
        "The two sides agreed that the second session of the Joint Commission, postponed in May, will be held in "
        "Prague from 23 to 25 November."
    )
    assert _rows(text, date=D(2026, 7, 2), as_of=D(2026, 7, 2)) == [
        ("May 2026", "The second session of the Joint Commission, postponed in May.", False),
        (
            "23–25 November 2026",
            "The two sides agreed that the second session of the Joint Commission will be held in Prague from 23 to "
            "25 November.",
            True,
        ),
    ]


def test_a_target_year_agreed_dates_nothing_but_the_story():
    lead = "The two Presidents held talks in Ankara on Monday, the Presidency reports."
    target = "The two Presidents agreed to raise bilateral trade to USD 2 billion a year by 2030."
    assert _story_rows(lead, target, date=D(2026, 9, 15)) == [("14 September 2026", f"{lead} {target}")]


def test_a_series_of_visits_told_twice_is_one_row_and_a_who_clause_tells_its_own_dates():
    events = build_chronology(
        [
            _section(
                "paper#s1",
                "President Lourenço, who visited Portugal in 2018, 2021 and 2024, accepted an invitation to the summit.",
                "Lourenço travelled to Portugal again in 2021 and 2024.",
                "President Lourenço visited Spain in 2019 and 2022.",
            )
        ],
        as_of=D(2026, 12, 1),
    )
    assert [(e.label, e.text, len(e.sources)) for e in events] == [
        ("2018, 2021 and 2024", "President Lourenço visited Portugal in 2018, 2021 and 2024.", 2),
        ("2019 and 2022", "President Lourenço visited Spain in 2019 and 2022.", 1),
    ]


def test_a_restated_deed_adds_its_citation_to_the_row_that_tells_it():
    visit = _article(
        "presidency#a-1",
        D(2026, 9, 15),
        "State visit",
        "President Mahama and President Erdoğan signed three agreements in Ankara on Monday, the Presidency reports.",
    )
    later = _section(
        "paper#s1",
        "During the talks the sides discussed the implementation of the agreements signed in Ankara in "
        "September 2026 and parliamentary exchanges.",
    )
    events = build_chronology([visit, later], as_of=D(2026, 12, 1))
    assert [(e.label, list(dict.fromkeys(item for item, _ in e.sources))) for e in events] == [
        ("14 September 2026", ["presidency#a-1", "paper#s1"])
    ]


def test_a_paper_dates_what_it_counts_from_a_date_it_names():
    events = build_chronology(
        [
            _section(
                "paper#s1",
                "The Preferential Trade Agreement was signed in New Delhi on 8 March 2006 and entered into force the "
                "following year.",
                "Costa paid an official visit to Luanda in September 2018, and two months later President Lourenço "
                "made a state visit to Portugal.",
                "Ministers met in Astana in May 2023. The visit laid the groundwork for the agreements of the "
                "following year.",
                "Last year trade grew to USD 2 billion.",  # a paper has no date of writing: no row
            )
        ],
        as_of=D(2025, 1, 1),
    )
    assert _labelled(events) == [
        ("8 March 2006", "The Preferential Trade Agreement was signed in New Delhi on 8 March 2006."),
        ("2007", "The Preferential Trade Agreement entered into force the following year."),
        ("September 2018", "Costa paid an official visit to Luanda in September 2018."),
        ("November 2018", "Two months later President Lourenço made a state visit to Portugal."),
        ("May 2023", "Ministers met in Astana in May 2023."),
    ]


def test_deeds_of_a_thing_named_in_passing_are_told_of_that_thing():
    sentence = (
        "The sides discussed preparations for the visit of the Prime Minister and the progress of the free trade "
        "agreement signed in 2003 and upgraded in 2024."
    )
    assert [(row[0], row[1]) for row in _rows(sentence)] == [
        ("2003", "The free trade agreement signed in 2003."),
        ("2024", "The free trade agreement upgraded in 2024."),
    ]


def test_a_deed_told_in_passing_joins_the_row_that_states_it():
    events = build_chronology(
        [
            _section(
                "paper#s1",
                "The Ghana–Türkiye Business Council was established in 2018 under the Foreign Economic Relations Board.",
                "The Ghana–Türkiye Business Council, established in 2018, will hold its next meeting in Kumasi in March 2027.",
            )
        ],
        as_of=D(2025, 1, 1),
    )
    assert [(e.label, e.text, len(e.sources)) for e in events] == [
        (
            "2018",
            "The Ghana–Türkiye Business Council was established in 2018 under the Foreign Economic Relations Board.",
            2,
        ),
        (
            "March 2027",
            "The Ghana–Türkiye Business Council will hold its next meeting in Kumasi in March 2027.",
            1,
        ),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is recommended that a joint mining council be set up in 2027.",
        "In this regard, it is necessary to adopt a roadmap for the 2024 memorandum.",
        "Mongolia should open a consulate in Osaka by 2026.",
        "As of 2021, trade between Mongolia and Japan remained low.",
        "Overall, for 2022, bilateral trade was well above the previous year's level.",
        "The partnership agreement signed in 2020 will help attract Japanese investors.",
        "During the 1990s their relations were largely shaped by aid programmes.",
        "A joint venture could be launched in 2026.",
    ],
)
def test_advice_conjecture_and_states_are_not_events(sentence):
    assert build_chronology([_section("paper#s1", sentence)], as_of=D(2025, 1, 1)) == ()


@pytest.mark.parametrize(
    "sentence, label",
    [
        ("The consulate of Mongolia opened in Osaka in March 2021.", "March 2021"),
        ("The memorandum was signed by both ministers on 4 May 2022.", "4 May 2022"),
        ("A notable example was the October 2022 state visit of the Japanese Prime Minister.", "October 2022"),
        ("The next session will take place in Tokyo in 2026.", "2026"),
    ],
)
def test_happenings_stay(sentence, label):
    assert [e.label for e in build_chronology([_section("paper#s1", sentence)], as_of=D(2025, 1, 1))] == [label]


def test_an_articles_own_row_states_what_happened_and_future_events_are_planned():
    article = _article(
        "mn#a-1",
        D(2025, 3, 1),
        "The document opens new opportunities for cooperation in mining",
        "The document opens new opportunities for cooperation in mining and energy.",
        "The memorandum was signed in Ulaanbaatar by the ministers of mining of Mongolia and Japan.",
        "The next round of talks will be held in Tokyo in June.",
        "Direct flights between Ulaanbaatar and Osaka start next month.",
    )
    events = build_chronology([article], as_of=D(2025, 3, 10))
    assert [(e.label, e.text, e.planned) for e in events] == [
        (
            "1 March 2025",
            "The memorandum was signed in Ulaanbaatar by the ministers of mining of Mongolia and Japan.",
            False,
        ),
        ("April 2025", "Direct flights between Ulaanbaatar and Osaka start next month.", True),
        ("June 2025", "The next round of talks will be held in Tokyo in June.", True),
    ]


def _rows(*paragraphs: str, as_of: dt.date = D(2025, 1, 1), date: dt.date | None = None) -> list[tuple[str, str, bool]]:
    items = [_article("x#a-1", date, "Untitled", *paragraphs)] if date else [_section("paper#s1", " ".join(paragraphs))]
    return [(e.label, e.text, e.planned) for e in build_chronology(items, as_of=as_of, include_item_dates=False)]


def test_the_noun_a_row_opens_with_takes_the_name_the_sentence_before_gives_it():
    story = _article(
        "azertac#a-1",
        D(2026, 6, 10),
        "Graduates",
        "The Italy–Azerbaijan University in Baku awarded diplomas to its first 120 graduates on 9 June, AZERTAC reports.",
        "The university, founded in 2022 by ADA University and five Italian universities, offers degrees in design.",
    )
    assert _labelled(build_chronology([story], as_of=D(2026, 12, 1)))[0] == (
        "2022",
        "The Italy–Azerbaijan University, founded in 2022 by ADA University and five Italian universities.",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Relations improved in the 1980s.",
        "According to the Investment Centre, Turkish companies registered 187 projects between 1994 and 2025.",
        "Relations were difficult because of the question of the retornados, the Portuguese who had left Angola in 1975.",
        "The most serious recent crisis, between 2017 and 2018, concerned the prosecution of a former minister.",
    ],
)
def test_a_change_of_mood_a_count_over_decades_background_and_a_relation_are_no_events(sentence):
    assert _rows(sentence) == []


def test_who_did_something_on_a_date_is_still_a_happening():
    sentence = "The relationship was shaped by President Karimov, who visited Seoul in 1992, 1995 and 2006."
    assert [row[0] for row in _rows(sentence)] == ["1992, 1995 and 2006"]


def test_a_timetable_is_no_event_but_launching_the_service_is():
    assert _rows("The route will be flown three times a week during the winter season.") == []
    launch = "LOT will launch three weekly flights between Warsaw and Manila in October 2026."
    assert _rows(launch) == [("October 2026", launch, True)]


@pytest.mark.parametrize(
    "service",
    [
        "Binter will fly between Gran Canaria and Dakar four times a week from October.",
        "The airline will operate three weekly flights and plans to raise them to five from March 2027.",
    ],
)
def test_a_timetable_that_starts_on_a_date_is_the_start_of_the_service(service):
    assert [(label, planned) for label, _, planned in _rows(service, as_of=D(2026, 5, 10), date=D(2026, 5, 10))] == [
        ("October 2026" if "October" in service else "March 2027", True)
    ]


def test_a_scene_timed_by_a_deed_is_no_further_deed_of_the_story():
    lead = "Turkish contractor Ozkaya signed a $95 million road contract in Ankara on Tuesday, GNA reports."
    scene = "The hall of the Ankara Chamber of Commerce was full long before the two delegations arrived."
    assert _story_rows(lead, scene, date=D(2026, 9, 16)) == [("15 September 2026", lead)]


def test_a_figure_told_by_two_sources_is_one_row_but_a_round_one_is_not_enough():
    news = _article(
        "expansao#a-1",
        D(2026, 2, 20),
        "Trade",
        "Trade between Angola and Portugal grew by 8% in 2025 to €2.6 billion, according to data of the National "
        "Statistics Institute published on Wednesday, Expansão reports.",
        "Portugal pledged €2 billion in 2025 for a credit line.",
    )
    paper = _section(
        "paper#s1",
        "It has recovered since 2021 and grew to €2.6 billion in 2025 (Table 1).",
        "Angola received €2 billion in 2025 from Chinese banks.",
    )
    events = build_chronology([news, paper], as_of=D(2026, 3, 1), include_item_dates=False)
    assert [(e.label, e.text[:40], len(e.sources)) for e in events] == [
        ("2025", "Angola received €2 billion in 2025 from ", 1),
        ("2025", "Portugal pledged €2 billion in 2025 for ", 1),
        ("2025", "Trade between Angola and Portugal grew b", 2),
    ]


def test_a_figure_s_release_dates_no_row_and_its_revision_tells_the_figure():
    first = _article(
        "feed#a1",
        D(2026, 5, 5),
        "Exports",
        "Figures released last week by the National Statistics Institute show that Chile exported goods worth "
        "USD 48 million to Austria in the first quarter of the year, most of it copper.",
    )
    revised = _article(
        "ine#a1",
        D(2026, 8, 20),
        "Half-year trade",
        "The first-quarter figure has been revised to USD 53 million from the USD 48 million published in April, "
        "after late customs declarations were processed.",
    )
    rows = [(e.label, e.text[:60], len(e.sources)) for e in build_chronology([first, revised], as_of=D(2026, 12, 1))]
    assert rows == [("Q1 2026", "The first-quarter figure has been revised to USD 53 million ", 2)]


def test_a_revised_figure_stands_for_the_first_one_and_its_announcement_dates_nothing():
    text = (
        "Chilean companies applied for investment privileges worth USD 41 million in the first half of 2026, "
        "according to revised figures released on Friday, more than the USD 38 million announced in July."
    )
    assert [(label, row) for label, row, _ in _rows(text, date=D(2026, 8, 22))] == [("first half of 2026", text)]
    paper = _section("paper#s1", "Trade between Chile and Austria reached USD 208 million in 2025.")
    bank = _article(
        "bank#a1",
        D(2026, 8, 12),
        "Trade",
        "Revised customs figures put trade between Chile and Austria in 2025 at USD 214 million, up from the "
        "preliminary estimate of USD 208 million released in January.",
    )
    rows = [
        (e.label, e.text[:24]) for e in build_chronology([paper, bank], as_of=D(2026, 12, 1), include_item_dates=False)
    ]
    assert rows == [("2025", "Revised customs figures ")]


def test_an_ordinal_standing_for_the_noun_before_it_keeps_that_clause():
    sentence = "Bilateral summits have been held since 2013, and the seventh took place in Luanda in 2023."
    assert _rows(sentence) == [("2023", sentence, False)]


@pytest.mark.parametrize("name", ["Erdoğan", "Wałęsa", "Nguyễn Xuân Phúc"])
def test_a_name_in_letters_beyond_ascii_is_one_word_not_a_determiner_before_the_verb(name):
    sentence = f"President {name} signed three agreements in Ankara in May 2024."
    assert _rows(sentence) == [("May 2024", sentence, False)]


def test_a_list_closed_by_its_own_and_still_lets_the_next_clause_be_cut():
    assert _rows(
        "The prime minister toured Chile in 1994, 1997 and 2001, and the foreign minister of Chile "
        "visited Hanoi in 1999."
    ) == [
        ("1994, 1997 and 2001", "The prime minister toured Chile in 1994, 1997 and 2001.", False),
        ("1999", "The foreign minister of Chile visited Hanoi in 1999.", False),
    ]


def test_a_relative_clause_with_a_date_of_its_own_is_its_own_row():
    sentence = (
        "In 2021 the two navies agreed to hold joint drills, the second of which took place off Valparaíso in May 2023."
    )
    assert _rows(sentence) == [
        ("2021", "In 2021 the two navies agreed to hold joint drills.", False),
        ("May 2023", sentence, False),
    ]
    # A relative clause dated within the main clause's date is the same happening.
    assert _rows("In 2019 the city hosted the fair, which was opened in June 2019 by the mayor.") == [
        ("2019 and June 2019", "In 2019 the city hosted the fair, which was opened in June 2019 by the mayor.", False)
    ]


@pytest.mark.parametrize(
    "sentence, label",
    [
        (
            "The free trade agreement, the first one signed by Chile in Asia, entered into force on 1 January 2014.",
            "1 January 2014",
        ),
        ("Relations were normalised after the elections of 1990.", "1990"),
        ("The remaining ships will be delivered by the end of 2027.", "late 2027"),
        ("The new port is expected to open in 2028.", "2028"),
        ("The first cargo is expected in the third quarter of 2026.", "Q3 2026"),
        ("The cadets will leave for Chile in April 2026.", "April 2026"),
        ("The next session is scheduled for 2025–2026.", "2025–2026"),
        ("The next call for proposals opens in June 2026.", "June 2026"),
    ],
)
def test_scheduled_entered_into_force_and_dated_by_another_happening_are_events(sentence, label):
    assert [row[0] for row in _rows(sentence)] == [label]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade has grown steadily after 2015.",
        "The free trade agreement has been in force since January 2014.",
        "The two ministers adopted an action plan for 2022–2026.",
        "The new port is expected to cut freight costs by a third in 2028.",
        "The document opens new opportunities for cooperation in 2026.",
    ],
)
def test_trends_forecasts_and_headlines_stay_out(sentence):
    assert _rows(sentence) == []


def test_an_article_restating_its_happening_a_day_within_a_month_is_one_row():
    article = _article(
        "feed#a-1",
        D(2025, 11, 5),
        "Air Astana to fly to Doha",
        "Air Astana will launch direct flights between Almaty and Doha next month, the airline reports.",
        "Flights will operate three times a week, with the first flight scheduled for 15 December.",
    )
    other = _article(
        "feed#a-2",
        D(2025, 11, 6),
        "Rail talks",
        "The railway administrations will meet in Shymkent in December to discuss cargo trains.",
    )
    events = build_chronology([article, other], as_of=D(2025, 11, 10), include_item_dates=False)
    assert [(e.label, sorted({s[0] for s in e.sources}), len(e.sources)) for e in events] == [
        ("December 2025", ["feed#a-2"], 1),
        ("15 December 2025", ["feed#a-1"], 2),  # both of its sentences cited
    ]


def test_the_noun_phrase_of_an_event_names_it_across_a_few_words():
    assert [
        row[0]
        for row in _rows("The high point was the state visit of President Boric to Vietnam from 8 to 10 March 2024.")
    ] == ["8–10 March 2024"]


def test_an_articles_row_skips_openings_that_judge_or_time_and_plans_that_a_deed_follows():
    judged = _article(
        "no#a-1",
        D(2025, 9, 2),
        "The visit was the first of its kind in the history of the two countries.",
        "The talks lasted more than four hours behind closed doors.",
        "The two foreign ministers initialled a protocol on fisheries quotas in the Barents Sea.",
    )
    planned = _article(
        "no#a-2",
        D(2025, 9, 3),
        "Norway and Chile will set up a joint salmon research centre in Puerto Montt.",
        "A memorandum to this effect was signed by the two fisheries agencies.",
    )
    assert happening_sentence(judged) == (
        "The two foreign ministers initialled a protocol on fisheries quotas in the Barents Sea."
    )
    assert happening_sentence(planned) == "A memorandum to this effect was signed by the two fisheries agencies."


def test_an_undated_deed_takes_the_day_the_article_reports_within_its_week():
    article = _article(
        "no#a-3",
        D(2025, 9, 10),
        "Parliament speakers meet in Oslo",
        "The speaker of the Storting met the president of the Chilean Senate in Oslo on 8 September.",
        "The sides signed a memorandum on cooperation between the two parliaments.",
    )
    assert [(e.label, e.text, len(e.sources)) for e in build_chronology([article], as_of=D(2025, 9, 30))] == [
        (
            "8 September 2025",
            "The speaker of the Storting met the president of the Chilean Senate in Oslo on 8 September. The sides "
            "signed a memorandum on cooperation between the two parliaments.",
            2,
        )
    ]


def test_a_baseline_year_of_a_comparison_dates_nothing():
    assert _rows("In 2023 trade reached USD 5.2 billion, compared with USD 4.1 billion in 2022.") == [
        ("2023", "In 2023 trade reached USD 5.2 billion, compared with USD 4.1 billion in 2022.", False)
    ]
    assert _rows("Compared with 2021, exports of salmon rose by 8 percent.") == []
    # and in Russian: "больше, чем в 2024 году", "по сравнению с 2022 годом"
    more = "Товарооборот в 2025 году составил 742 млн долларов США, что на 11 процентов больше, чем в 2024 году."
    assert _rows(more) == [("2025", more, False)]
    grew = "Товарооборот в 2023 году вырос на 8 процентов по сравнению с 2022 годом."
    assert _rows(grew) == [("2023", grew, False)]


def test_a_term_year_or_a_target_year_dates_nothing_but_the_article_dates_the_deed():
    assert _rows("The ministers signed a roadmap on energy cooperation to 2035.") == []
    assert _rows("The sides set a goal of tripling bilateral trade by 2030.") == []
    assert _rows("The minister said Italy intends to double its imports of fruit from Chile by 2030.") == []
    assert _rows("Chile imports 90,000 tonnes of pasta a year, a bill the government wants to halve by 2031.") == []
    assert _rows("The two leaders agreed to work towards a comprehensive partnership by 2026.") == []
    # a rate to reach by a year, or a volume to double, told as what will or should be
    assert _rows("The port authority expects to handle 2 million containers a year by 2031.") == []
    assert _rows("The cooperative will triple its cocoa exports to Chile by 2030, its chairman said.") == []
    assert [label for label, _, _ in _rows("Chile will open an embassy in Rome by 2027.")] == ["2027"]
    article = _article(
        "no#a-4",
        D(2025, 6, 4),
        "Defence ties",
        "The two defence ministers signed a joint vision statement on defence cooperation to 2035.",
    )
    assert _labelled(build_chronology([article], as_of=D(2025, 6, 30))) == [
        ("4 June 2025", "The two defence ministers signed a joint vision statement on defence cooperation to 2035.")
    ]


def test_a_clause_after_after_dates_its_own_happening():
    sentence = "The first cargo of apples arrived in Busan on 3 May after Korea lifted its import ban in February."
    assert _rows(sentence, date=D(2025, 5, 5), as_of=D(2025, 6, 1)) == [
        ("February 2025", sentence, False),
        ("3 May 2025", "The first cargo of apples arrived in Busan on 3 May.", False),
    ]
    # "five years after" measures time from another happening: one row, dated by the main clause.
    assert [
        label
        for label, _, _ in _rows(
            "The line carried its millionth passenger on 2 May, four years after it opened on 1 June 2021.",
            date=D(2025, 5, 5),
            as_of=D(2025, 6, 1),
        )
    ] == ["2 May 2025"]


def test_and_without_a_comma_cuts_two_dated_clauses_with_their_own_subjects():
    assert _rows(
        "Work will start in May and the bridge is to be opened to traffic in 2029.",
        date=D(2025, 3, 1),
        as_of=D(2025, 3, 2),
    ) == [
        ("May 2025", "Work will start in May.", True),
        ("2029", "The bridge is to be opened to traffic in 2029.", True),
    ]
    # Names joined by "and" are no clause: "The President of Chile and the King of Norway ..."
    assert len(_rows("The President of Chile and the King of Norway opened the exhibition in Oslo in 2024.")) == 1


@pytest.mark.parametrize(
    "sentence, label",
    [
        ("The corridor, launched by four states in March 2021, is expected to carry power to Europe.", "March 2021"),
        ("Chile recognised the independence of Timor-Leste on 20 May 2002.", "20 May 2002"),
    ],
)
def test_a_dated_participle_and_a_recognition_are_happenings(sentence, label):
    assert [row[0] for row in _rows(sentence)] == [label]


def test_a_since_clause_dates_its_own_happening_and_a_year_before_a_count_noun_is_a_year():
    assert _rows(
        "Since the free trade agreement came into force in March 2024, Chilean wine has entered India duty-free."
    ) == [
        (
            "March 2024",
            "Since the free trade agreement came into force in March 2024, Chilean wine has entered India duty-free.",
            False,
        )
    ]
    assert _rows("Indian companies have invested in Chilean copper since the 1990s.") == []
    assert [
        row[0] for row in _rows("In 2022 members of the Chilean Senate studied Indian solar parks in Gujarat.")
    ] == ["2022"]


def test_two_planned_centres_in_different_cities_stay_two_rows():
    article = _article(
        "cl#a-1",
        D(2025, 6, 1),
        "Skills talks",
        "The parties agreed to open a joint skills centre in Antofagasta in July 2026.",
    )
    other = _article(
        "cl#a-2",
        D(2025, 6, 2),
        "Skills agreement",
        "The ministries also agreed to set up a Chilean-Indian Centre of Excellence for Skills in Pune, "
        "to be opened in 2026.",
    )
    events = build_chronology([article, other], as_of=D(2025, 6, 30), include_item_dates=False)
    assert [(e.label, [s[0] for s in e.sources]) for e in events] == [
        ("2026", ["cl#a-2"]),
        ("July 2026", ["cl#a-1"]),
    ]


def test_a_deed_set_during_a_visit_stays_apart_from_the_visit():
    paper = _section(
        "paper#s1",
        "The high point of recent years was the state visit of President Gabriel Boric to India on 4–6 March 2025.",
        "The contract for the copper smelter, worth USD 300 million, was signed in March 2025 during the state "
        "visit of President Gabriel Boric.",
    )
    events = build_chronology([paper], as_of=D(2025, 12, 1))
    assert [e.label for e in events] == ["March 2025", "4–6 March 2025"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Consequently, by 2021-2022, contacts between the two ministries had already reached a new intensity.",
        "By the early 2010s, the scope of cooperation had expanded well beyond fisheries.",
        "By the end of 2023 more than 40 joint ventures had been registered in Santiago.",
    ],
)
def test_where_things_stood_by_a_date_is_not_a_happening(sentence):
    assert _rows(sentence) == []


def test_a_deadline_by_a_date_is_still_a_planned_happening():
    assert [row[0] for row in _rows("The remaining ferries will be delivered by the end of 2027.")] == ["late 2027"]


def _labelled(events) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in events]


def _story_rows(*paragraphs: str, date: dt.date = D(2025, 4, 2)) -> list[tuple[str, str]]:
    item = _article("feed#a-1", date, "Visit to India", *paragraphs)
    return _labelled(build_chronology([item], as_of=D(2026, 1, 1)))


def test_a_storys_further_deeds_join_its_row():
    lead = "President Boric held talks with Prime Minister Modi in New Delhi on 1 April 2025, the presidency reports."
    deed = "The two leaders inked five memorandums of understanding, on Antarctic cooperation and on lithium."
    travel = "From New Delhi he travelled on to Agra and Bengaluru, where he met technology companies."
    assert _story_rows(lead, "The atmosphere was cordial.", deed, travel) == [
        ("1 April 2025", f"{lead} {deed} {travel}")
    ]


def test_a_guarantee_or_loan_given_in_a_visit_is_a_further_deed_and_a_figure_of_it_is_not():
    lead = "President Boric paid a state visit to Finland on 3 and 4 March 2026, the presidency reports."
    guarantee = "Finland also provided a guarantee of EUR 40 million for the Atacama hydrogen project."
    figure = "The project will cost about EUR 900 million."
    assert _story_rows(lead, guarantee, figure) == [("3–4 March 2026", f"{lead} {guarantee}")]


def test_a_sum_pledged_over_years_is_a_deed_of_the_visit_and_the_years_its_term():
    lead = "President Boric paid a state visit to Finland on 3 and 4 March 2026, the presidency reports."
    pledge = "Finland also pledged EUR 60 million in grants for water and energy projects in 2027–2029."
    assert _story_rows(lead, pledge) == [("3–4 March 2026", f"{lead} {pledge}")]
    spread = "Finland pledged EUR 60 million for the programme over 2027–2030."
    assert _story_rows(lead, spread) == [("3–4 March 2026", f"{lead} {spread}")]
    # (years that are not a pledge's term stay the row's own: a plan for those years)
    plan = "Finnish engineers will build water and energy projects in 2027–2029."
    assert _story_rows(lead, plan) == [("3–4 March 2026", lead), ("2027–2029", plan)]


def test_the_delegations_signing_is_a_further_deed_of_their_session():
    lead = (
        "The fourth session of the Chile–India Joint Commission was held in Santiago on 20–21 October 2025, "
        "co-chaired by the two foreign ministers."
    )
    signed = "The delegations signed memoranda of understanding on fisheries and on agricultural research."
    assert _story_rows(lead, signed, date=D(2025, 10, 22)) == [("20–21 October 2025", f"{lead} {signed}")]


def test_witnessing_a_signing_and_pledging_money_are_further_deeds_and_a_forums_next_day_its_own_row():
    lead = "The two Prime Ministers held official talks on Monday at the Presidential Palace in Luanda."
    signing = "The two leaders then witnessed the signing of three instruments: a memorandum on energy and a protocol."
    pledge = (
        "At a joint press conference, Prime Minister Montenegro announced that Portuguese companies intend to "
        "invest about USD 1.2 billion in Angola over the next five years."
    )
    forum = "The next day, the two Heads of Government opened the Angola–Portugal Economic Forum at Talatona."
    story = _article("presidency#a-1", D(2026, 7, 14), "Talks", lead, signing, pledge, forum)
    other = _article(
        "paper#a-1",
        D(2026, 7, 15),
        "Contract",
        "At the Angola–Portugal Economic Forum on Tuesday, the group Mota-Engil signed a $75m water contract.",
    )
    events = build_chronology([story, other], as_of=D(2026, 12, 1))
    assert _labelled(events) == [
        ("13 July 2026", f"{lead} {signing} {pledge}"),
        (
            "14 July 2026",
            "At the Angola–Portugal Economic Forum on Tuesday, the group Mota-Engil signed a $75m water contract.",
        ),
        ("14 July 2026", forum),
    ]


def test_a_description_of_a_deed_the_chronology_tells_adds_its_citation_to_that_row():
    story = _article(
        "pna#a-1",
        D(2026, 6, 23),
        "Accords",
        "President Marcos and President Nawrocki witnessed the signing of an Agreement on Defence Cooperation "
        "and a memorandum on agriculture in Warsaw on Monday.",
    )
    paper = _section(
        "paper#s1",
        "The Agreement on Defence Cooperation of 2026 broadens this relationship to training and cyber defence.",
        "The Strategic Partnership signed in 2010 forms the legal basis of the relationship.",
    )
    events = build_chronology([story, paper], as_of=D(2026, 12, 1))
    assert [(e.label, e.text[:40], [item for item, _ in e.sources]) for e in events] == [
        ("2010", "The Strategic Partnership signed in 2010", ["paper#s1"]),
        ("22 June 2026", "President Marcos and President Nawrocki ", ["pna#a-1", "paper#s1"]),
    ]


def test_a_visits_signings_and_sessions_join_its_row_though_a_plan_or_a_modal_is_named_in_them():
    lead = (
        "Prime Minister Chowdhury held bilateral talks with Prime Minister Visser in The Hague on Monday, BSS reports."
    )
    signing = (
        "After the talks, the two leaders witnessed the signing of a memorandum renewing the partnership on the "
        "Bangladesh Delta Plan 2100."
    )
    session = "The two leaders co-chaired the first session of the High-Level Cooperation Council in The Hague."
    signed = (
        "Ministers signed a protocol that raises the number of seasonal workers who may work in the Netherlands to "
        "5,000 a year."
    )
    assert _story_rows(lead, signing, session, signed, date=D(2026, 6, 23)) == [
        ("22 June 2026", f"{lead} {signing} {session} {signed}")
    ]


def test_a_quote_is_no_further_deed():
    lead = "Bangladeshi and Dutch companies signed deals worth $410m at a business forum in Rotterdam on Tuesday."
    quote = (
        '"Rotterdam is where our goods enter Europe," said Pieter Jansen, whose company pledged USD 300 million for '
        "the Payra port project."
    )
    assert _story_rows(lead, quote, date=D(2026, 6, 24)) == [("23 June 2026", lead)]


def test_a_sentence_about_it_never_stands_for_a_story():
    story = _article(
        "bss#a-1",
        D(2026, 6, 25),
        "Visit ends",
        "It rained in the Netherlands for most of the three days.",
        "The Chittagong Port Authority and the Port of Rotterdam signed a twinning agreement on port management.",
    )
    assert happening_sentence(story).startswith("The Chittagong Port Authority")


def test_a_year_that_names_a_thing_leaves_the_label_when_the_clause_has_its_own_date():
    sentence = "The agreement will enter into force on 1 January 2027 and replace the agreement of 1994."
    assert _rows(sentence, as_of=D(2026, 11, 27)) == [("1 January 2027", sentence, True)]
    assert [row[0] for row in _rows("The agreement of 1994 was signed in Dhaka.")] == ["1994"]


def test_being_put_on_a_list_is_a_deed():
    sentence = "The project was included in the European Union's list of projects of common interest in 2023."
    assert _rows(sentence) == [("2023", sentence, False)]


def test_two_figures_of_overlapping_periods_stay_two_rows():
    story = _article(
        "bss#a-2",
        D(2026, 8, 1),
        "Exports",
        "Bangladesh's exports to the Netherlands rose by 11 percent to USD 2.9 billion in fiscal year 2025-26, "
        "according to the Export Promotion Bureau.",
        "In 2025 exports to the Netherlands stood at USD 2.61 billion.",
    )
    events = build_chronology([story], as_of=D(2026, 12, 1), include_item_dates=False)
    assert [e.label for e in events] == ["2025", "2025–2026"]


def test_further_deeds_leave_out_figures_background_plans_and_restatements():
    lead = "Morocco and Nigeria concluded an agreement on the gas pipeline in Rabat, MAP reports."
    rows = _story_rows(
        lead,
        "The agreement was signed by the two energy ministers.",  # the lead's happening again
        "Exports to Nigeria amounted to MAD 5.1 billion.",  # a figure
        "The project had been discussed for years.",  # background
        "Host government agreements will be signed next year.",  # a plan, dated on its own row
        "Ministers also visited the Lekki free trade zone near Lagos.",
        date=D(2026, 9, 18),
    )
    assert rows[0] == ("18 September 2026", f"{lead} Ministers also visited the Lekki free trade zone near Lagos.")


def test_a_past_perfect_opening_does_not_stand_for_the_story():
    story = _article(
        "map#a-1",
        D(2025, 12, 9),
        "Visit",
        "The visit had been prepared for several months.",
        "In the presence of the two heads of state, ministers signed eleven agreements in Rabat.",
    )
    assert (
        happening_sentence(story)
        == "In the presence of the two heads of state, ministers signed eleven agreements in Rabat."
    )


def test_background_in_a_relative_clause_or_participle_does_not_stop_the_lead_standing_for_the_story():
    lead = (
        "Iberia's inaugural flight from Madrid landed at Blaise Diagne International Airport on Tuesday, restoring "
        "a direct air link between Spain and Senegal that had been suspended since 2020, the ministry reports."
    )
    story = _article(
        "mitma#a-1", D(2026, 10, 28), "Route", lead, "Minister Mountaga Diao welcomed the passengers at the airport."
    )
    assert happening_sentence(story) == lead


def test_a_contrastive_while_cuts_two_dated_clauses_after_a_parenthetical():
    assert _rows(
        "The Joint Commission, chaired by the vice-ministers of foreign affairs, held its fifth session in Santiago "
        "in November 2023, while the eighth round of foreign office consultations took place in New Delhi in October 2025.",
        as_of=D(2026, 8, 12),
    ) == [
        (
            "November 2023",
            "The Joint Commission, chaired by the vice-ministers of foreign affairs, held its fifth session in "
            "Santiago in November 2023.",
            False,
        ),
        (
            "October 2025",
            "The eighth round of foreign office consultations took place in New Delhi in October 2025.",
            False,
        ),
    ]


def test_who_announced_a_date_neither_sets_its_tense_nor_joins_its_label():
    sentence = (
        "Royal Air Maroc will launch three weekly flights between Casablanca and Port Harcourt on 1 November, "
        "the airline announced on 18 August."
    )
    assert _rows(sentence, date=D(2026, 8, 20), as_of=D(2026, 9, 25)) == [("1 November 2026", sentence, True)]


def test_a_modal_in_a_relative_clause_leaves_the_sentence_a_happening():
    sentence = (
        "In June 2021 OCP and the Nigeria Sovereign Investment Authority agreed to build an ammonia plant in "
        "Akwa Ibom State, valued at USD 1.4 billion, which would use Nigerian gas and Moroccan phosphate."
    )
    assert _rows(sentence) == [("June 2021", sentence, False)]


def test_a_trend_is_no_event_but_a_level_reached_or_a_passive_deed_is():
    from reportgen.analysis.eventness import is_trend

    assert is_trend("Traffic on Royal Air Maroc flights grew by 22 percent in the first half of 2026.")
    assert is_trend("Moroccan banks and insurers have expanded in Nigeria over the past decade.")
    assert is_trend("Deforestation in Indonesia fell sharply in the late 2010s and has remained low.")
    assert not is_trend("In 2024 the number of weekly flights rose to 14.")
    # (what a deed did next, after "and": not a trend of its own)
    assert not is_trend(
        "The Coral Sea Cable, financed by Australia, began operating in December 2019 and greatly improved "
        "internet connections with Port Moresby."
    )
    assert is_trend("Exports rose in 2019 and grew further in 2020.")
    assert not is_trend("Trade fell to USD 3.1 billion in 2023 as copper shipments declined.")
    assert not is_trend("The agreement was expanded in 2017 to cover some 1,800 tariff lines.")
    assert not is_trend("Exports grew after the two countries signed a trade agreement in 2019.")
    assert _rows("Traffic on Royal Air Maroc flights grew by 22 percent in the first half of 2026.") == []


def test_a_story_stands_for_its_plan_rather_than_for_a_state_since_long_ago():
    story = _article(
        "feed#a-2",
        D(2026, 4, 15),
        "Goethe-Institut Expands German Courses to Kisumu",
        "The Goethe-Institut Nairobi will open a language centre in Kisumu in September, the institute announced.",
        "Enrolment in German language courses has tripled since 2023.",
        "The Goethe-Institut has worked in Nairobi since 1963.",
    )
    assert happening_sentence(story).startswith("The Goethe-Institut Nairobi will open a language centre")


def test_the_same_numbered_round_stated_in_two_stories_is_one_row():
    plan = _article(
        "subrei#a-1",
        D(2026, 2, 18),
        "Trade",
        "The fourth round of negotiations on a partnership agreement with India will be held in Santiago in early March.",
    )
    done = _article(
        "minrel#a-1",
        D(2026, 8, 5),
        "Talks",
        "Five chapters had been closed at the fourth round, held in Santiago in March.",
    )
    rows = [
        (e.label, e.sources[0][0])
        for e in build_chronology([plan, done], as_of=D(2026, 8, 12), include_item_dates=False)
    ]
    assert len(rows) == 1 and rows[0][0].endswith("March 2026")


def test_the_same_numbered_summit_planned_for_one_year_by_two_stories_is_one_row():
    agreed = _article(
        "aps#a-1",
        D(2026, 10, 6),
        "Summit",
        "The two leaders agreed that the seventh summit will take place in Rome in 2027.",
    )
    announced = _article(
        "chigi#a-1", D(2026, 10, 8), "Summit", "Italy and Algeria will hold their seventh summit in Rome next year."
    )
    history = _section(  # "summit" and "Rome" in many rows: words that name no one happening
        "paper#s1",
        "The first summit was held in Rome in 2015. A summit in Rome in 2018 adopted a declaration on energy. "
        "Ministers met in Rome before the summit of 2021. The sixth summit, in Algiers in 2025, signed 12 texts.",
    )
    rows = build_chronology([history, agreed, announced], as_of=D(2026, 11, 24), include_item_dates=False)
    assert [(e.label, len(e.sources)) for e in rows if e.label == "2027"] == [("2027", 2)]


def test_a_decision_reported_with_would_is_a_plan_not_a_guess():
    rows = _rows(
        "He announced that ProChile would open a trade office in Mumbai before the end of the year.",
        date=D(2025, 4, 2),
        as_of=D(2025, 4, 10),
    )
    assert [(label, planned) for label, _, planned in rows] == [("late 2025", True)]
    assert _rows("Trade could double by the end of the year.", date=D(2025, 4, 2), as_of=D(2025, 4, 10)) == []


def test_a_scene_set_before_the_action_does_not_stand_for_the_story():
    story = _article(
        "gna#a-1",
        D(2026, 9, 17),
        "Forum",
        "The hall of the Ankara Chamber of Commerce was full long before the two delegations arrived.",
        "Turkish contractor Ozkaya Insaat signed a $95 million contract with the Ministry of Roads and Highways.",
    )
    assert happening_sentence(story).startswith("Turkish contractor Ozkaya Insaat signed")


def test_the_weather_at_an_arrival_does_not_stand_for_the_story_nor_head_it():
    from reportgen.analysis.bylines import headline

    arrival = (
        "A group of 24 Chilean mining engineers arrived in Helsinki on Wednesday to begin a two-year training "
        "programme, the Ministry of Education reports."
    )
    story = _article(
        "edu#a-1",
        D(2027, 4, 30),
        "",
        "A cold wind swept the apron as the charter from Santiago taxied to a stop.",
        arrival,
    )
    story = dataclasses.replace(story, title_derived=True)
    assert happening_sentence(story) == arrival
    assert headline(story, ["Chile", "Chilean"]).startswith("A group of 24 Chilean mining engineers arrived")
    assert sense_scene("A light drizzle fell on the harbour as the frigate docked.")
    assert not sense_scene("The Sun Group signed a supply contract with the port.")


def test_a_place_dressed_for_the_day_does_not_stand_for_the_story():
    story = _article(
        "pres#a-1",
        D(2026, 11, 19),
        "Visit",
        "The avenues of central Maseru were decorated with the flags of both countries.",
        "Prime Minister Costa held talks with President Matekane in Maseru on 18 November 2026.",
    )
    assert happening_sentence(story).startswith("Prime Minister Costa held talks")
    # (a thing hung with its name is no scene: "The new hall was opened with a ribbon ...")
    assert not sense_scene("The new hall was opened with a ceremony attended by the two ministers.")
    assert not sense_scene("The ministers decorated three veterans with the Order of Friendship.")


def test_earlier_this_week_ends_the_day_before_the_story():
    (span,) = find_dates("The two countries sealed three agreements earlier this week.", D(2026, 9, 17))
    assert (span.start, span.end, span.label) == (D(2026, 9, 14), D(2026, 9, 16), "14–16 September 2026")


def test_the_next_day_in_a_later_paragraph_counts_from_the_day_named_before():
    story = _article(
        "pna#a-1",
        D(2026, 6, 24),
        "Visit",
        "The two countries inked a defence pact as the presidents held talks in Warsaw on Monday, PNA reports.",
        "At the business forum the next day, the shipyard group Remontowa signed a USD 120 million agreement.",
    )
    rows = [(e.label, e.text[:40]) for e in build_chronology([story], as_of=D(2026, 7, 1))]
    assert rows == [
        ("22 June 2026", "The two countries inked a defence pact a"),
        ("23 June 2026", "At the business forum the next day, the "),
    ]


def test_an_undated_lead_takes_the_story_time_so_far_not_a_later_day():
    story = _article(
        "pco#a-1",
        D(2026, 6, 23),
        "Visit",
        "President Marcos was welcomed by President Nawrocki in Warsaw on Monday, the PCO said.",
        "The two presidents then witnessed the signing of three documents on defence, labour and agriculture.",
        "On Tuesday, President Marcos opened the Philippines–Poland Business Forum in Warsaw.",
    )
    rows = {e.text[:30]: e.label for e in build_chronology([story], as_of=D(2026, 7, 1))}
    assert rows["President Marcos was welcomed "] == "22 June 2026"  # with the signing after it


def test_a_day_of_a_visit_its_story_dates_from_to_is_a_row_of_its_own():
    lead = (
        "Emperor Naruhito and Empress Masako of Japan paid a state visit to Mongolia from 6 to 13 July 2025 at the "
        "invitation of President Khurelsukh, the Office of the President reports."
    )
    ceremony = (
        "On 7 July, the President hosted an official welcome ceremony and a state banquet for the imperial couple."
    )
    assert _story_rows(lead, ceremony, date=D(2025, 7, 14)) == [("6–13 July 2025", lead), ("7 July 2025", ceremony)]


def test_a_which_clause_dates_the_thing_it_tells_of_and_the_main_clause_is_a_deed_of_the_story():
    lead = "President Khurelsukh received the Emperor of Japan in Ulaanbaatar on 7 July 2025, his office reports."
    visit = (
        "The Emperor and Empress visited the Mongolia–Japan Center and the Mongolia Japan Hospital of the National "
        "University, which was built with a Japanese grant and opened in 2019."
    )
    assert _story_rows(lead, visit, date=D(2025, 7, 8)) == [
        (
            "2019",
            "The Mongolia Japan Hospital of the National University was built with a Japanese grant and opened in 2019.",
        ),
        (
            "7 July 2025",
            f"{lead} The Emperor and Empress visited the Mongolia–Japan Center and the Mongolia Japan Hospital of the "
            "National University.",
        ),
    ]


def test_a_which_clause_that_dates_a_deeds_setting_or_a_plan_dates_the_whole_sentence():
    forum = (
        "Ghanaian companies signed export deals worth $310m at the Türkiye–Africa Business Forum in Istanbul, "
        "which ended on Friday, the Ghana Export Promotion Authority says."
    )
    invitation = "President Erdoğan accepted an invitation to pay a state visit to Ghana, which is expected in 2027."
    assert _rows(forum, date=D(2026, 10, 18), as_of=D(2026, 11, 1)) == [("16 October 2026", forum, False)]
    assert _rows(invitation, as_of=D(2026, 9, 1)) == [("2027", invitation, True)]
    # the gathering the deed took part in
    show = "Forty Ghanaian exporters took part in the Istanbul Food Fair, which closed on Saturday."
    assert _rows(show, date=D(2026, 10, 19), as_of=D(2026, 11, 1)) == [("17 October 2026", show, False)]


def test_what_an_announced_visit_will_hold_is_told_with_the_visit():
    lead = (
        "The Presidency announced on Tuesday that President Mahama will pay a state visit to Ankara from 9 to 11 March."
    )
    during = "During his stay, the President is expected to open a Ghana–Türkiye business forum at the Ankara Chamber."
    story = _article("presidency#a-1", D(2027, 1, 20), "Visit", lead, during, "It will be his second visit.")
    assert _labelled(build_chronology([story], as_of=D(2027, 2, 1))) == [("9–11 March 2027", f"{lead} {during}")]


def test_a_which_clause_ends_at_a_comma_but_not_inside_a_figure():
    row = "The ministry thanked the embassy in Manila, which in 2024 issued 50,000 visas, for its work."
    assert _rows(row) == [("2024", "The embassy in Manila in 2024 issued 50,000 visas.", False)]


def test_a_visit_told_by_two_outlets_one_as_earlier_this_week_is_one_row_with_both_citations():
    presidency = _article(
        "presidency#a-1",
        D(2026, 9, 15),
        "State visit",
        "President John Dramani Mahama arrived in Ankara on Monday for a two-day state visit at the invitation of "
        "President Erdoğan, the Presidency reports.",
    )
    agency = _article(
        "gna#a-1",
        D(2026, 9, 17),
        "Agreements",
        "Ghana and Türkiye sealed three agreements during President Mahama's state visit to Ankara earlier this "
        "week, the Ghana News Agency reports.",
    )
    # Earlier state visits name the same people and places: those names are common in the chronology,
    # but in September 2026 only these two rows name them.
    earlier = [
        _article(
            f"feed#a-{month}",
            D(2025, month, 20),
            "Talks",
            f"President Mahama held talks in Ankara on {month} May 2025 during a state visit, the Presidency reports.",
        )
        for month in (3, 4, 5)
    ]
    rows = build_chronology([presidency, agency, *earlier], as_of=D(2026, 12, 1))
    assert [(e.label, len(e.sources)) for e in rows][-1] == ("14 September 2026", 2)
    assert rows[-1].text.startswith("President John Dramani Mahama arrived in Ankara on Monday")


def test_a_storys_scene_yields_its_row_to_the_sentence_that_settles_something():
    story = _article(
        "gestion#a-1",
        D(2026, 9, 16),
        "The forum drew a full house at a hotel in Toronto's financial district",
        "The forum drew a full house at a hotel in Toronto's financial district.",
        "Peruvian and Canadian companies signed agreements worth USD 650 million at the Peru–Canada Business "
        "Forum, which President Valdivia opened in Toronto on Tuesday, Gestión has learned.",
    )
    rows = build_chronology([story], as_of=D(2026, 12, 1))
    assert [(e.label, e.text[:60], len(e.sources)) for e in rows] == [
        ("15 September 2026", "Peruvian and Canadian companies signed agreements worth USD ", 1)
    ]


def test_a_years_figure_a_series_row_already_tells_joins_that_row():
    series = _section(
        "paper#s1", "It rose from €1.9 billion in 2021 to €3.4 billion in 2025, driven mainly by Greek exports."
    )
    record = _article("feed#a-1", D(2026, 2, 1), "Trade", "In 2025 bilateral trade totalled €3.4 billion, a record.")
    rows = build_chronology([series, record], as_of=D(2026, 12, 1), include_item_dates=False)
    assert [(e.label, len(e.sources)) for e in rows] == [("2021 and 2025", 2)]


def test_a_description_whose_date_is_set_off_by_commas_folds_into_the_row_of_its_deed():
    news = _article(
        "mfa#a-1",
        D(2026, 4, 17),
        "Ratified",
        "The agreement, signed in Ottawa in November 2024, allows workers to combine their periods of contributions.",
    )
    paper = _section(
        "paper#s1", "An agreement on social security, signed in Ottawa in November 2024, was ratified in April 2026."
    )
    rows = build_chronology([news, paper], as_of=D(2026, 12, 1), include_item_dates=False)
    assert [(e.label, e.text, len(e.sources)) for e in rows][0] == (
        "November 2024",
        "An agreement on social security, signed in Ottawa in November 2024.",
        2,
    )


def test_the_largest_deal_told_by_a_copula_is_a_further_deed_of_the_story():
    lead = (
        "Ghanaian companies signed export deals worth $310m at the Türkiye–Africa Business Forum in Istanbul on "
        "16 October, the Ghana Export Promotion Authority says."
    )
    deal = (
        "The largest single deal was a $75m agreement under which a Turkish food group will build a cashew "
        "processing plant in Wenchi."
    )
    assert _story_rows(lead, deal, date=D(2026, 10, 20)) == [("16 October 2026", f"{lead} {deal}")]


def test_a_scene_with_a_one_noun_subject_yields_the_story_to_the_sentence_that_settles_something():
    scene = "The hall was full long before the two delegations arrived at the ministry."
    lead = "Ministers Ali and Costa signed an agreement on seasonal workers in Cairo on 3 May."
    story = _article("amna#a-1", D(2026, 5, 4), "Seasonal workers", scene, lead)
    assert _labelled(build_chronology([story], as_of=D(2026, 12, 1))) == [("3 May 2026", lead)]


def test_a_series_of_figures_with_a_when_clause_between_them_is_one_row():
    rose = (
        "It rose from USD 310 million in 2020 to a record USD 780 million in 2022, when fertilizer prices peaked, "
        "and then fell to USD 560 million in 2023."
    )
    grew = (
        "Bilateral trade grew from USD 430 million in 2020 to USD 690 million in 2022, when prices were high, "
        "before falling to USD 610 million in 2023."
    )
    assert _rows(rose) == [("2020, 2022 and 2023", rose, False)]
    assert _rows(grew) == [("2020, 2022 and 2023", grew, False)]


def test_the_follow_up_to_agreements_signed_earlier_folds_into_the_signing_row():
    signed = "Greece and Egypt signed six agreements in Cairo in May 2026."
    follow_up = (
        "The ministers discussed preparations for the summit, which will be held in Athens in January 2027, and "
        "the follow-up to the agreements signed in Cairo in May 2026."
    )
    rows = _rows(signed, follow_up, as_of=D(2026, 10, 1))
    assert [(label, text[:40]) for label, text, _ in rows] == [
        ("May 2026", "Greece and Egypt signed six agreements i"),
        ("January 2027", "The ministers discussed preparations for"),
    ]


def test_a_feature_opening_yields_to_the_deed_and_a_relative_clauses_future_does_not_date_the_deed():
    opening = "Few visits by a Greek prime minister to Cairo have been prepared as carefully as this one."
    lead = (
        "Greece and Egypt put their signatures on Wednesday to a €3.5 billion power cable that will link the two "
        "electricity grids under the sea, the centrepiece of six deals struck during the trip."
    )
    next_day = "The next day Stavrou inaugurated the Hellenic Cultural Centre in Alexandria, a restored mansion."
    community = (
        '"Alexandria is a Greek city," said the president of the Greek Community of Alexandria, which numbers about '
        "1,500 people today compared with more than 100,000 in the 1940s."
    )
    story = _article("kathimerini#a-1", D(2026, 5, 16), opening, opening, lead, next_day, community)
    assert _labelled(build_chronology([story], as_of=D(2026, 12, 1))) == [
        ("13 May 2026", lead),
        ("14 May 2026", next_day),
    ]


def test_a_restated_memorandum_named_with_its_subject_folds_into_its_signing_row():
    from reportgen.analysis.chronology import fold_descriptions
    from reportgen.analysis.model import Event

    def row(day: dt.date, precision: str, label: str, text: str, expression: str, source: str) -> Event:
        end = day if precision == "day" else D(day.year, day.month, 30)
        location = Location(f"{source}.txt", 1)
        return Event(day, end, precision, label, text, ((source, location),), expression=expression, sentence=text)  # type: ignore[arg-type]

    signed = row(
        D(2026, 9, 14),
        "day",
        "14 September 2026",
        "The leaders oversaw the signing of a memorandum on critical minerals in Ottawa on 14 September 2026.",
        "14 September 2026",
        "presidency#a-1",
    )
    reviewed = row(
        D(2026, 9, 1),
        "month",
        "September 2026",
        "They reviewed the implementation of the memorandum of understanding on critical minerals signed in "
        "Ottawa in September 2026 and named its members.",
        "September 2026",
        "mfa#a-1",
    )
    folded = fold_descriptions([signed, reviewed])
    assert [(e.label, len(e.sources)) for e in folded] == [("14 September 2026", 2)]


def test_adopting_an_action_plan_for_a_term_is_a_deed_of_the_story_not_a_plan():
    lead = (
        "Foreign Ministers Bui Thanh Son and Penny Wong co-chaired the sixth Foreign Ministers' Meeting in Hanoi on "
        "11 June 2026, the Vietnam News Agency reports."
    )
    plan = "The ministers adopted an action plan for the Comprehensive Strategic Partnership for 2026–2030."
    assert _story_rows(lead, plan, date=D(2026, 6, 12)) == [("11 June 2026", f"{lead} {plan}")]


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The two ministers signed a plan of political consultations for the period 2029–2031."),
        ("es", "Los dos cancilleres firmaron un plan de consultas políticas para el período 2029–2031."),
        ("fr", "Les deux ministres ont signé un plan de consultations politiques pour la période 2029–2031."),
        ("ru", "Министры подписали план консультаций между министерствами иностранных дел на 2029–2031 годы."),
    ],
)
def test_the_years_a_signed_plan_is_for_are_its_term_not_a_planned_row(language, text):
    story = dataclasses.replace(_article("mfa#a-1", D(2027, 8, 12), "Talks", text), language=language)
    assert [(e.label, e.planned) for e in build_chronology([story], as_of=D(2027, 9, 1))] == [("12 August 2027", False)]


def test_a_plant_expected_to_supply_the_grid_by_a_date_is_a_planned_event():
    text = "The plant is expected to supply electricity to the Java–Bali grid by the end of 2028."
    assert _rows(text, as_of=D(2026, 6, 1)) == [("late 2028", text, True)]


def test_participles_set_off_by_a_comma_after_a_thing_named_in_passing_get_a_row_each():
    text = (
        "Both countries are founding members of the East Mediterranean Gas Forum, established in Cairo in 2019 and "
        "transformed into an international organisation in 2020."
    )
    assert [(label, row) for label, row, _ in _rows(text, as_of=D(2026, 1, 1))] == [
        ("2019", "The East Mediterranean Gas Forum established in Cairo in 2019."),
        ("2020", "The East Mediterranean Gas Forum transformed into an international organisation in 2020."),
    ]


def test_submitting_and_connecting_are_deeds():
    submit = "Greece will submit its application to the Connecting Europe Facility in March 2027."
    connect = "The plant is expected to connect to the national grid in 2028."
    assert _rows(submit, connect, as_of=D(2026, 6, 1)) == [("March 2027", submit, True), ("2028", connect, True)]


def test_putting_signatures_to_a_deal_settles_it_and_stands_for_its_row():
    lead = (
        "Greece and Egypt put their signatures in Cairo on 13 May 2026 to an agreement on a €3.5 billion power "
        "cable during the visit of Prime Minister Stavrou."
    )
    restated = "The agreement on the power cable was signed in Cairo on 13 May 2026 during the visit of Prime Minister Stavrou."
    first = _article("kathimerini#a-1", D(2026, 5, 16), "Cable", lead)
    second = _article("ypen#a-1", D(2026, 7, 10), "Ratified", restated)
    rows = build_chronology([first, second], as_of=D(2026, 12, 1), include_item_dates=False)
    assert [(e.label, e.text, len(e.sources)) for e in rows] == [("13 May 2026", lead, 2)]


def test_weeks_after_the_visit_count_from_the_day_the_story_told_of_the_visit():
    lead = "President Boric held talks with Prime Minister Modi in New Delhi on 1 April 2025, the presidency reports."
    later = "Two weeks after the visit, the first shipment of Chilean cherries left Valparaíso for Mumbai."
    assert _story_rows(lead, later, date=D(2025, 4, 20)) == [("1 April 2025", lead), ("15 April 2025", later)]


def test_a_deed_on_the_next_day_of_a_thing_that_will_serve_is_still_a_deed():
    from reportgen.analysis.chronology import states_deed

    assert states_deed(
        "The next day Stavrou inaugurated the Hellenic Cultural Centre in Alexandria, a restored mansion that will "
        "house a library and a Greek language school."
    )
    assert not states_deed("The ministers will inaugurate the Hellenic Cultural Centre in Alexandria next week.")


def test_an_invitation_accepted_is_a_deed_though_the_visit_it_promises_is_to_come():
    from reportgen.analysis.chronology import states_deed

    assert states_deed("President Mahama accepted an invitation to pay a state visit to Norway next year.")
    assert not states_deed("President Mahama will pay a state visit to Norway next year.")


def test_a_visit_story_keeps_a_deed_told_with_also_and_dates_the_following_morning():
    lead = (
        "Foreign Minister Ramírez received his Taiwanese counterpart, Lin Chia-lung, in Asunción on Wednesday, the "
        "ministry reports."
    )
    received = "Lin was also received by President Santiago Peña at the Palacio de los López."
    wreath = "Lin laid a wreath at the Pantheon of the Heroes the following morning."
    assert _story_rows(lead, received, wreath, date=D(2026, 8, 14)) == [
        ("12 August 2026", f"{lead} {received}"),
        ("13 August 2026", wreath),
    ]


def test_the_next_day_dates_a_sentence_that_also_names_another_date():
    lead = "Prime Minister Pedro Sánchez arrived in Dakar on 25 June 2026 for a two-day visit, Moncloa reports."
    next_day = (
        "The next day Sánchez visited the Instituto Cervantes in Dakar, the first Cervantes centre in West Africa, "
        "opened in 2025, and met Spanish aid workers in Saint-Louis."
    )
    rows = _story_rows(lead, next_day, date=D(2026, 6, 27))
    assert [label for label, _ in rows] == ["2025", "25 June 2026", "26 June 2026"]
    assert rows[2][1].startswith("The next day Sánchez visited the Instituto Cervantes in Dakar")


def test_an_irregular_past_after_an_appositive_ends_a_clause_and_a_year_later_gets_its_own_row():
    text = (
        "In 1960 the Kantale sugar factory, built with Czechoslovak equipment and engineers, began production, and a "
        "year later a trade and payments agreement was signed in Colombo."
    )
    assert [(label, row) for label, row, _ in _rows(text)] == [
        (
            "1960",
            "In 1960 the Kantale sugar factory, built with Czechoslovak equipment and engineers, began production.",
        ),
        ("1961", "A year later a trade and payments agreement was signed in Colombo."),
    ]


def test_a_series_of_meetings_and_its_first_instance_stay_two_rows():
    first = "In 2016 the first round of political consultations took place in Colombo."
    series = "Political consultations between the foreign ministries were held in 2016, 2019 and 2024."
    included = "In 2023 the Czech government included Sri Lanka in its Qualified Employee programme."
    assert [(label, text) for label, text, _ in _rows(first, series, included, as_of=D(2026, 1, 1))] == [
        ("2016", first),
        ("2016, 2019 and 2024", series),
        ("2023", included),
    ]


def test_a_sentence_listing_what_the_row_before_dated_is_told_in_that_row():
    signed = "During the visit in 2022 the two countries signed several agreements in Doha."
    listed = "These include the 2022 agreement on mutual protection of investments and a memorandum on trade."
    assert _rows(signed, listed, as_of=D(2026, 1, 1)) == [("2022", f"{signed} {listed}", False)]


def test_a_year_later_in_a_paragraph_of_its_own_counts_from_the_date_before_it():
    assert _rows(
        "In 2019 the two countries signed a pipeline accord.",
        "A year later, the first section of the pipeline was opened.",
        date=D(2025, 12, 9),
        as_of=D(2025, 12, 9),
    ) == [
        ("2019", "In 2019 the two countries signed a pipeline accord.", False),
        ("2020", "A year later, the first section of the pipeline was opened.", False),
    ]


def test_a_paper_paragraph_counts_the_following_year_from_the_paragraph_before():
    section = _section(
        "paper#s1",
        "The embassy in Nairobi opened in March 2012.",
        "The following year the two governments signed an air services agreement.",
    )
    assert [e.label for e in build_chronology([section], as_of=D(2026, 1, 1))] == ["March 2012", "2013"]


def test_the_same_day_in_a_paragraph_of_its_own_stays_a_deed_of_the_storys_row():
    lead = "The two ministers held the second Strategic Dialogue in Oslo on 23 October, ANTARA reports."
    deed = "Minister Sugiono was received by Crown Prince Haakon at the Royal Palace on the same day."
    assert _story_rows(lead, deed, date=D(2026, 10, 24)) == [("23 October 2026", f"{lead} {deed}")]


def test_a_future_agreed_in_reported_speech_is_planned():
    rows = _rows(
        "King Mohammed VI received President Tinubu in Rabat on 8 December 2025.",
        "They agreed that the Joint Commission would meet in Abuja the following year.",
        date=D(2025, 12, 9),
        as_of=D(2026, 3, 1),
    )
    assert rows[-1] == ("2026", "They agreed that the Joint Commission would meet in Abuja the following year.", True)


def test_a_clause_of_a_long_sentence_merges_with_another_statement_of_its_happening():
    news = _article(
        "chronicle#a-1",
        D(2026, 6, 16),
        "Embassy",
        "Trade talks opened in Colombo on Monday.",
        "The Czech Republic reopened its embassy in Colombo in February 2025, thirteen years after it had closed it "
        "for budgetary reasons.",
    )
    paper = _section(
        "paper#s1",
        "In 2022, during the economic crisis, the Czech Republic sent medicines worth CZK 10 million to Sri Lankan "
        "hospitals, and in February 2025 the Czech embassy in Colombo was reopened.",
    )
    events = [
        e
        for item in (news, paper)
        for p in item.paragraphs
        for e in extract_events(p.text, reference=item.date, item_id=item.id, location=p.location)
        if e.label == "February 2025"
    ]
    assert [sorted(item for item, _ in e.sources) for e in merge_events(events)] == [["chronicle#a-1", "paper#s1"]]


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        (
            "Relations were broken off in 1942 and restored in 1954.",
            [("1942", "Relations were broken off in 1942."), ("1954", "Relations were restored in 1954.")],
        ),
        (
            "The investment agreement signed in September 2011 entered into force in September 2015.",
            [
                ("September 2011", "The investment agreement signed in September 2011."),
                ("September 2015", "The investment agreement entered into force in September 2015."),
            ],
        ),
        (
            "The accord signed in Tokyo in 2011 was ratified in 2015.",
            [("2011", "The accord signed in Tokyo in 2011."), ("2015", "The accord was ratified in 2015.")],
        ),
        (
            "The agreement, signed in Dhaka in 2023 and ratified by Bangladesh in 2025, will replace the 1994 one.",
            [
                ("2023", "The agreement signed in Dhaka in 2023."),
                ("2025", "The agreement, ratified by Bangladesh in 2025."),
            ],
        ),
    ],
)
def test_two_deeds_with_dates_of_their_own_give_two_rows(sentence, rows):
    assert [(label, text) for label, text, _ in _rows(sentence)] == rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade amounted to USD 17.2 billion in 2022, driven by high energy prices, and declined to USD 15.6 billion "
        "in 2023.",
        "Norway transferred USD 60 million to the fund on 15 September 2025 in recognition of reduced emissions from "
        "deforestation in 2019–2020.",
    ],
)
def test_a_participle_that_only_describes_splits_no_deed(sentence):
    assert len(_rows(sentence)) == 1


def test_a_short_statement_merges_with_a_longer_one_that_holds_all_its_words():
    rows = _rows(
        "The agreement, signed in Dhaka in 2023, replaced the agreement of 1994.",
        "A new investment protection agreement was signed in Dhaka in 2023.",
    )
    assert [label for label, _, _ in rows].count("2023") == 1


def test_two_statements_of_one_round_figure_in_the_same_year_are_one_row():
    rows = _rows(
        "The fund was set up in 2020 with a capital of USD 50 million contributed equally by both governments.",
        "The Development Fund, set up in 2020 with USD 50 million, finances schools and clinics in the "
        "mountain districts.",
        # Other rows on the fund's money, as a corpus on it holds.
        *(
            f"In {year} the fund approved USD {n} million for projects of both governments in the {region} region."
            for year, n, region in [(2021, 3, "Osh"), (2022, 4, "Naryn"), (2023, 6, "Talas")]
        ),
    )
    assert [label for label, _, _ in rows].count("2020") == 1


def test_a_visits_days_and_deeds_each_take_the_day_the_story_tells_them():
    story = _article(
        "president#a-1",
        D(2025, 5, 24),
        "Visit",
        "The ceremony in front of the Sándor Palace was accompanied by the national anthems of both countries.",
        "President Japarov paid a state visit to Hungary from 21 to 23 May, the press service reports.",
        "On Thursday, the head of state held talks with President of Hungary Tamás Sulyok. The two leaders signed "
        "a declaration raising relations to the level of an enhanced strategic partnership.",
        "On the last day of the visit, the President addressed a business forum in Budapest. Contracts worth "
        "$230 million were concluded there.",
    )
    assert _labelled(build_chronology([story], as_of=D(2025, 12, 1))) == [
        (
            "21–23 May 2025",
            "President Japarov paid a state visit to Hungary from 21 to 23 May, the press service reports.",
        ),
        (
            "22 May 2025",
            "On Thursday, the head of state held talks with President of Hungary Tamás Sulyok. The two leaders signed "
            "a declaration raising relations to the level of an enhanced strategic partnership.",
        ),
        (
            "23 May 2025",
            "On the last day of the visit, the President addressed a business forum in Budapest. Contracts worth "
            "$230 million were concluded there.",
        ),
    ]


def test_a_deed_after_a_day_told_at_a_sentences_end_stays_with_the_storys_row():
    lead = "Minister Ramírez received his Taiwanese counterpart, Lin Chia-lung, in Asunción on Wednesday."
    wreath = "Lin laid a wreath at the Pantheon of the Heroes the following morning."
    signing = "At the end of the meeting, the two ministers signed the Agreement for the Avoidance of Double Taxation."
    rows = [
        (e.label, e.text)
        for e in build_chronology(
            [_article("mre#a-1", D(2026, 8, 14), "Visit", lead, wreath, signing)], as_of=D(2026, 12, 1)
        )
    ]
    assert rows == [("12 August 2026", f"{lead} {signing}"), ("13 August 2026", wreath)]


def test_a_weekday_after_a_span_of_days_is_the_one_within_the_span():
    story = _article(
        "eltiempo#a-1",
        D(2026, 3, 20),
        "Return",
        "Vice President Márquez returned on Friday from an official visit to Japan, which took her to Tokyo and "
        "Hiroshima from 9 to 13 March.",
        "In Tokyo on Tuesday, Márquez was received by the Prime Minister of Japan.",
        "The next day she and the Minister of Economy signed a memorandum of cooperation on critical minerals.",
    )
    labels = {e.text.split(",")[0]: e.label for e in build_chronology([story], as_of=D(2026, 12, 1))}
    assert labels["In Tokyo on Tuesday"] == "10 March 2026"
    assert (
        labels["The next day she and the Minister of Economy signed a memorandum of cooperation on critical minerals."]
        == "11 March 2026"
    )


def test_meeting_someone_next_and_exchanging_documents_are_further_deeds():
    lead = "President Japarov held talks with President Sulyok in Budapest on 22 May, the press service reports."
    met = "Japarov then met Prime Minister Viktor Orbán."
    exchanged = "In their presence, ministers exchanged seven documents, among them an agreement on driving licences."
    assert _story_rows(lead, met, exchanged, date=D(2025, 5, 24)) == [("22 May 2025", f"{lead} {met} {exchanged}")]


def test_that_june_is_the_june_of_the_year_named_before_it():
    rows = _rows(
        "The 30th anniversary of relations was marked in 2022 with a gala concert in Budapest, and the Hungarian "
        "foreign minister visited Bishkek that June."
    )
    assert [label for label, _, _ in rows] == ["2022", "June 2022"]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday she held talks with President Steinmeier on the question of the genocide of 1904–1908.",
        "She held talks with President Steinmeier on the question of the genocide of 1904–1908.",
    ],
)
def test_a_date_that_names_a_past_thing_dates_no_row_of_a_story(sentence):
    rows = _rows("President Mbumba arrived in Berlin on Monday for a state visit.", sentence, date=D(2025, 12, 4))
    assert [label for label, _, _ in rows] == ["1 December 2025"] + (
        ["2 December 2025"] if "Tuesday" in sentence else []
    )


def test_the_spring_of_a_year_is_still_its_time():
    assert [label for label, _, _ in _rows("In the spring of 2019 the two sides met in Rome.")] == ["Spring 2019"]


def test_days_later_in_a_paragraph_of_its_own_count_from_the_day_the_story_named_last():
    rows = _rows(
        "Japan's special envoy attended the presidential inauguration in Bogotá on 7 August.",
        "Two days later he met the new Foreign Minister, who asked for Japanese support.",
        date=D(2026, 8, 13),
        as_of=D(2026, 12, 1),
    )
    assert [label for label, _, _ in rows] == ["7 August 2026", "9 August 2026"]


def test_a_relative_clause_and_its_main_clause_each_dated_give_two_rows():
    assert _rows(
        "The Joint Economic Committee, which last met in Amman in 2023 after a gap of nine years, is to hold its "
        "next session in Bucharest in March 2027."
    ) == [
        ("2023", "The Joint Economic Committee last met in Amman in 2023 after a gap of nine years.", False),
        ("March 2027", "The Joint Economic Committee is to hold its next session in Bucharest in March 2027.", True),
    ]


def test_a_short_row_takes_no_context_from_a_sentence_that_is_a_row_of_its_own():
    rows = _rows(
        "In 2018 the two sides met in Cholpon-Ata. A year later the foreign ministers signed the agreement on the "
        "joint development fund. The pandemic interrupted visits in 2020 and 2021."
    )
    assert rows[-1] == ("2020 and 2021", "The pandemic interrupted visits in 2020 and 2021.", False)


def test_a_short_row_that_says_what_it_is_about_takes_no_context_and_a_vague_one_does():
    assert _rows("Tourism is the oldest link. The air services agreement was signed in 2021.") == [
        ("2021", "The air services agreement was signed in 2021.", False)
    ]
    assert (
        _rows("The ministry approved the plans for a hospital in Namangan. Construction will start in June 2026.")[0][1]
        == "The ministry approved the plans for a hospital in Namangan. Construction will start in June 2026."
    )


def test_a_year_in_an_events_name_dates_no_row_when_the_clause_has_a_date_or_is_a_deed_of_the_story():
    assert _rows("President Vučić visited the Expo 2020 Dubai in 2022.") == [
        ("2022", "President Vučić visited the Expo 2020 Dubai in 2022.", False)
    ]
    lead = "The United Arab Emirates signed the participation contract for Expo 2027 Belgrade on Monday."
    loan = "Serbia also agreed a loan of USD 1.5 billion for roads and the Expo 2027 site."
    assert _story_rows(lead, loan, date=D(2026, 11, 10)) == [("9 November 2026", f"{lead} {loan}")]
    assert _rows("Belgrade will host Expo 2027.", as_of=D(2026, 1, 1)) == [
        ("2027", "Belgrade will host Expo 2027.", True)
    ]


def test_a_relative_clause_with_its_own_subject_and_the_main_clause_after_it_each_give_their_row():
    assert _rows(
        "The double taxation agreement, which the National Congress ratified in 2025, came into force in January 2026.",
        as_of=D(2026, 6, 1),
    ) == [
        ("2025", "The National Congress ratified the double taxation agreement in 2025.", False),
        ("January 2026", "The double taxation agreement came into force in January 2026.", False),
    ]
    assert _rows(
        "President Lourenço, who visited Portugal in 2018, 2021 and 2024, accepted an invitation in May 2026."
    )[0] == ("2018, 2021 and 2024", "President Lourenço visited Portugal in 2018, 2021 and 2024.", False)


def test_a_relative_clause_inside_what_a_speaker_told_is_about_the_thing_told_of_by_the_speaker():
    # Not "He signed the House that the agreement ...": the antecedent starts after "told ... that",
    # and "he" is the named speaker.
    assert _rows(
        "Moving the motion, Minister for Foreign Affairs Rashid Makame told the House that the agreement, which he "
        "signed in Cairo on 23 June 2026, protects investors of both countries.",
        as_of=D(2026, 11, 6),
    ) == [
        (
            "23 June 2026",
            "Minister for Foreign Affairs Rashid Makame signed the agreement in Cairo on 23 June 2026.",
            False,
        )
    ]


def test_a_paper_section_counting_back_from_no_date_of_its_own_keeps_its_own_dates():
    # The nineties and "ten years ago" have no year in an undated section: left out, and no crash.
    assert _rows(
        "In the nineties trade was negligible. In 2019 the two governments signed an agreement on air services. "
        "A year later the first flight landed in Tbilisi."
    ) == [
        ("2019", "In 2019 the two governments signed an agreement on air services.", False),
        ("2020", "A year later the first flight landed in Tbilisi.", False),
    ]


def test_dates_counted_from_a_reference_at_the_calendars_ends_are_left_out():
    assert [s.label for s in find_dates("Trade grew in 2005 and ten years ago.", D(1, 1, 1))] == ["2005"]
    assert [s.label for s in find_dates("A year later the line opened, in May 2024.", D(9999, 12, 31))] == ["May 2024"]


def test_a_verb_after_and_that_takes_an_object_goes_on_with_the_sentences_subject_not_the_participles_thing():
    assert _rows(
        "The parties reviewed the implementation of the agreements signed during the visit to Stockholm in "
        "April 2026 and agreed that the Joint Commission will hold its next session in February 2027.",
        as_of=D(2026, 11, 1),
    ) == [
        ("April 2026", "The agreements signed during the visit to Stockholm in April 2026.", False),
        (
            "February 2027",
            "The parties reviewed the implementation of the agreements and agreed that the Joint Commission will "
            "hold its next session in February 2027.",
            True,
        ),
    ]


@pytest.mark.parametrize(
    "sentence, label",
    [
        (
            "The visit of the Speaker, originally planned for late October, has been postponed to March 2027 at the "
            "request of the Swedish side.",
            "March 2027",
        ),
        (
            "The two sides agreed that the Joint Commission, which had been scheduled to meet in June 2026, would "
            "instead be held in February 2027.",
            "February 2027",
        ),
    ],
)
def test_a_happening_put_off_to_a_date_of_its_own_stands_there_as_planned(sentence, label):
    assert _rows(sentence, as_of=D(2026, 11, 20), date=D(2026, 11, 6))[-1] == (label, sentence, True)


def test_a_thing_named_by_what_once_befell_it_is_not_called_off():
    asked = (
        "Asked about the postponed joint commission, the ambassador said the April session would be chaired by the "
        "Deputy Prime Minister."
    )
    events = build_chronology([_article("f#a-1", D(2026, 3, 12), "Interview", asked)], as_of=D(2026, 3, 20))
    assert [(e.label, e.planned) for e in events] == [("April 2026", True)]


def test_a_happening_called_off_without_a_new_date_stands_at_its_old_one_not_planned():
    sentence = "The official visit of the Vice President, scheduled for mid-August, has been postponed."
    assert _rows(sentence, as_of=D(2026, 11, 20), date=D(2026, 8, 3))[-1] == ("August 2026", sentence, False)


def test_a_visits_days_told_one_by_one_after_its_span_each_have_their_day():
    lead = (
        "President Vučić returned to Belgrade on Wednesday evening from an official visit to the United Arab "
        "Emirates that lasted from 11 to 13 May, Tanjug reports."
    )
    dinner = (
        "On the first evening of the visit, Vučić was received in Abu Dhabi by Sheikh Mohamed, who hosted a dinner."
    )
    talks = "The two presidents held talks the following morning at Qasr Al Watan and witnessed the exchange of seven agreements."
    assert _story_rows(lead, dinner, talks, date=D(2026, 5, 14)) == [
        ("11 May 2026", dinner),
        ("11–13 May 2026", lead),
        ("12 May 2026", talks),
    ]


def test_returning_on_the_last_day_of_a_visit_is_the_visits_row():
    lead = (
        "President Samia returned home on Thursday evening after an official visit to Sweden from 14 to 16 April "
        "2026, State House reports."
    )
    assert _story_rows(lead, date=D(2026, 4, 17)) == [("14–16 April 2026", lead)]


def test_a_visit_told_again_as_the_subject_of_a_judgement_folds_into_the_row_that_tells_it():
    assert _rows(
        "In 2024 Sheikh Mohamed paid his first state visit to Serbia. The state visit of 2024 produced the most "
        "extensive package of agreements in the history of the relationship."
    ) == [("2024", "In 2024 Sheikh Mohamed paid his first state visit to Serbia.", False)]


def test_a_clause_after_and_with_a_subject_and_a_date_of_its_own_is_a_row_of_its_own():
    assert _rows(
        "The route was suspended in 2020 and Etihad sold its remaining shares to the state in 2025.",
        as_of=D(2026, 1, 1),
    ) == [
        ("2020", "The route was suspended in 2020.", False),
        ("2025", "Etihad sold its remaining shares to the state in 2025.", False),
    ]


def test_a_deed_done_in_the_thing_of_a_date_is_dated_by_it():
    assert _rows(
        "Petronas entered the upstream sector in 2018 and won two exploration blocks in the auction of December 2023."
    ) == [
        ("2018", "Petronas entered the upstream sector in 2018.", False),
        ("December 2023", "Petronas won two exploration blocks in the auction of December 2023.", False),
    ]


def test_welcoming_a_past_happening_another_row_tells_is_a_deed_of_the_storys_day_not_a_row_again():
    lead = "The Joint Commission met in Putrajaya on 23 October 2026, the ministry reports."
    welcomed = (
        "The two ministers welcomed the entry into force of the tax agreement on 1 January 2026 and reviewed "
        "cooperation in trade."
    )
    in_force = _section("paper#s1", "On 1 January 2026 the double taxation agreement came into effect.")
    story = _article("x#a-1", D(2026, 10, 26), "Untitled", lead, welcomed)
    rows = _labelled(build_chronology([story, in_force], as_of=D(2026, 12, 1)))
    assert rows == [
        ("1 January 2026", "On 1 January 2026 the double taxation agreement came into effect."),
        ("23 October 2026", lead),
    ]


def test_welcoming_a_past_happening_nothing_else_tells_keeps_it_at_its_date():
    lead = "The Joint Commission met in Putrajaya on 23 October 2026, the ministry reports."
    welcomed = (
        "The two ministers welcomed the entry into force of the tax agreement on 1 January 2026 and reviewed "
        "cooperation in trade."
    )
    assert _story_rows(lead, welcomed, date=D(2026, 10, 26)) == [
        ("1 January 2026", welcomed),
        ("23 October 2026", lead),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Until the early 2010s the United Arab Emirates played a marginal role in Serbian foreign policy.",
        "By 2025 more than 90 Brazilian meat plants were approved for export to Malaysia.",
    ],
)
def test_what_stood_until_or_by_a_date_told_at_the_start_of_a_sentence_is_no_row(sentence):
    assert _rows(sentence, as_of=D(2026, 6, 1)) == []


def test_a_target_by_a_date_is_still_a_planned_row():
    assert _rows("By 2030 the plant will produce ten tonnes of hydrogen a day.", as_of=D(2026, 6, 1)) == [
        ("2030", "By 2030 the plant will produce ten tonnes of hydrogen a day.", True)
    ]


def test_since_a_date_when_a_deed_was_done_dates_that_deed():
    sentence = (
        "Emirati companies have invested in Serbian agriculture since 2014, when Al Dahra acquired farms in Vojvodina."
    )
    assert _rows(sentence) == [("2014", sentence, False)]
    assert _rows("Trade has grown since 2014, when relations were good.") == []
    assert _rows("Thirteen rounds were held until 2016, when they stopped over agricultural tariffs.") == [
        ("2016", "Thirteen rounds were held until 2016, when they stopped over agricultural tariffs.", False)
    ]


def test_a_figure_reached_in_a_two_letter_currency_is_a_dated_figure():
    sentence = "Trade rose 11 percent year on year to RM 6.2 billion in the second quarter of 2026."
    assert _rows(sentence, as_of=D(2026, 11, 1)) == [("Q2 2026", sentence, False)]


def test_a_storys_row_that_refers_back_to_its_announced_plan_is_told_after_it():
    plan = "Finland will support the Sfax desalination project with a concessional credit of €35 million."
    signed = "The agreement on the credit was signed in Tunis on 4 November by the Ambassador and the Minister."
    assert _story_rows(plan, signed, date=D(2026, 11, 6)) == [("4 November 2026", f"{plan} {signed}")]
    scene = "The applause lasted for almost a minute at the palace in Warsaw."
    inked = "The two ministers inked a defence cooperation pact on 22 June."
    assert _story_rows(scene, inked, date=D(2026, 6, 23)) == [("22 June 2026", inked)]


def test_a_storys_row_that_refers_back_to_the_meeting_it_opens_with_is_told_after_it():
    met = "President Lula met Prime Minister Anwar in Kuala Lumpur on Sunday, October 26, the ministry reports."
    decided = "The two leaders decided to elevate relations between Brazil and Malaysia to a Strategic Partnership."
    assert _story_rows(met, decided, date=D(2025, 10, 27)) == [("26 October 2025", f"{met} {decided}")]


def test_inviting_and_addressing_are_further_deeds_of_a_visit_and_others_attending_is_not():
    lead = "President Lula met Prime Minister Anwar in Kuala Lumpur on 26 October 2025, the ministry reports."
    invited = "President Lula invited Prime Minister Anwar to pay an official visit to Brazil, and he accepted."
    addressed = "The President also addressed the Peace and Security Council of the African Union."
    attended = "Several ministers and senior officials attended the meeting."
    assert _story_rows(lead, invited, addressed, attended, date=D(2025, 10, 27)) == [
        ("26 October 2025", f"{lead} {invited} {addressed}")
    ]


def test_a_speakers_trip_told_after_a_quotation_is_the_row_and_the_quotation_is_not():
    quote = (
        '"We want investment and legal routes," said Yassine Fall, the Minister of Foreign Affairs, who is expected '
        "in Madrid in December for the preparatory talks."
    )
    assert _rows(quote, as_of=D(2026, 11, 18), date=D(2026, 7, 2)) == [
        (
            "December 2026",
            "Yassine Fall, the Minister of Foreign Affairs, is expected in Madrid in December for the preparatory talks.",
            True,
        )
    ]


def test_a_state_under_an_agreement_of_a_year_is_no_row_but_a_deed_under_it_is():
    assert _rows("Under the agreement of 2024, Masdar is building 1 gigawatt of solar capacity in Serbia.") == []
    deed = "Under the memorandum of April 2025 the two institutes agreed to share logistics in Punta Arenas."
    assert _rows(deed, as_of=D(2026, 1, 1)) == [("April 2025", deed, False)]


def test_a_plan_told_in_passing_neither_dates_the_signing_nor_anchors_the_next_day():
    story = _article(
        "ge#a1",
        D(2026, 5, 22),
        "Georgian Prime Minister in Israel",
        "Prime Minister of Georgia Levan Chkheidze began an official visit to Israel on Monday, Agenda.ge reports.",
        "The two governments signed an agreement on social security, which will allow workers to transfer their "
        "pension rights, and which takes effect on January 1, 2027.",
        "The next day, Chkheidze opened the Georgia–Israel Business Forum in Tel Aviv.",
    )
    rows = {(e.label, e.planned): e.text for e in build_chronology([story], as_of=D(2026, 11, 10))}
    # The signing is a deed of the visit's day; the date it takes effect is a plan of its own.
    assert "The two governments signed an agreement on social security." in rows[("18 May 2026", False)]
    assert rows[("1 January 2027", True)].startswith("The two governments signed an agreement on social security")
    # "The next day" counts from the visit, not from the plan's January 2027.
    assert (
        rows[("19 May 2026", False)] == "The next day, Chkheidze opened the Georgia–Israel Business Forum in Tel Aviv."
    )
    assert set(rows) == {("18 May 2026", False), ("19 May 2026", False), ("1 January 2027", True)}


def test_a_story_whose_opening_only_names_the_day_dates_its_happening_by_it():
    story = _article(
        "ec#a1",
        D(2026, 11, 5),
        "Meeting held",
        "Quito and Seoul want more from each other than bananas and shrimp, and that was the message of a long "
        "morning at the Ministry of Production on Tuesday, Revista Horizonte writes.",
        "At the meeting, Vice Minister Lucía Andrade and the Korean ambassador agreed to set up a joint committee on "
        "sanitary standards.",
    )
    rows = _labelled(build_chronology([story], as_of=D(2026, 11, 20)))
    assert rows == [
        (
            "3 November 2026",
            "At the meeting, Vice Minister Lucía Andrade and the Korean ambassador agreed to set up a joint committee "
            "on sanitary standards.",
        )
    ]


def test_a_relative_clause_naming_only_a_term_keeps_the_sentence_whole():
    story = _article(
        "ec#a2",
        D(2026, 6, 12),
        "Visit to Korea",
        "Foreign Minister Cordero arrived in Seoul on 9 June for a three-day official visit.",
        "The next day, the minister met the chairman of the Export-Import Bank of Korea, who confirmed a USD 300 "
        "million framework of loans for 2026–2029.",
    )
    rows = _labelled(build_chronology([story], as_of=D(2026, 11, 20)))
    assert rows[1] == ("10 June 2026", story.paragraphs[1].text)
    assert len(rows) == 2


_ITEMS = "Exports include machinery, fish, mostly frozen, and honey from the north in 2011."
_RELATIVES = "The agreement that was signed in 2020 and that entered into force in 2021 covers fisheries."


@pytest.mark.parametrize(
    "text, clauses",
    [
        # a phrase saying how often, before ", and", ends no list
        (
            "Foreign ministers visited Seoul in 1988, 1996 and 2006, each time to seek support for infrastructure "
            "projects, and the two ministries held political consultations in 2009, 2014 and 2021.",
            [
                "Foreign ministers visited Seoul in 1988, 1996 and 2006, each time to seek support for "
                "infrastructure projects.",
                "The two ministries held political consultations in 2009, 2014 and 2021.",
            ],
        ),
        (_ITEMS, [_ITEMS]),
        # "and that" opens a second complement clause, told by who agreed to it
        (
            "The ministers agreed that Prime Minister Sonko will pay an official visit to Ottawa in the first "
            "quarter of 2027 and that the third session of the Joint Commission will be held in Ottawa in 2028.",
            [
                "The ministers agreed that Prime Minister Sonko will pay an official visit to Ottawa in the first "
                "quarter of 2027.",
                "The ministers agreed that the third session of the Joint Commission will be held in Ottawa in 2028.",
            ],
        ),
        (_RELATIVES, [_RELATIVES]),  # a second verb of one subject is no clause
        # "and" between two subjects of one verb is no cut; ", while" before them is
        (
            "Work on the Afghan section resumed in 2024, while the Tajik section and the converter station were "
            "completed in 2025.",
            [
                "Work on the Afghan section resumed in 2024.",
                "The Tajik section and the converter station were completed in 2025.",
            ],
        ),
        # an apposition in the possessive ends no list; "intends" is a finite verb
        (
            "Kuwait opened an embassy in Malé in January 2025, its first resident mission in the country, and the "
            "foreign minister visited Kuwait in September 2025.",
            [
                "Kuwait opened an embassy in Malé in January 2025, its first resident mission in the country.",
                "The foreign minister visited Kuwait in September 2025.",
            ],
        ),
        (
            "The President is expected to visit Kuwait in the second half of 2026, and the Maldives intends to open "
            "an embassy in Kuwait City in 2027.",
            [
                "The President is expected to visit Kuwait in the second half of 2026.",
                "The Maldives intends to open an embassy in Kuwait City in 2027.",
            ],
        ),
    ],
)
def test_where_a_sentence_is_cut_into_clauses(text, clauses):
    assert [c[2] for c in clause_spans(text, 0, len(text))] == clauses


def test_take_place_is_no_word_two_rows_can_share_a_happening_by():
    from reportgen.analysis.chronology import _content_words

    eighth = build_chronology(
        [_article("ge#a3", D(2026, 11, 6), "C", "The eighth round will take place in Jerusalem in 2027.")],
        as_of=D(2026, 11, 10),
    )[0]
    assert _content_words(eighth) == {"eighth", "round", "jerusalem"}


def test_a_sentence_opening_a_list_is_told_with_it_and_takes_in_its_vaguer_restatement():
    def paragraph(n: int, text: str, kind: str = "paragraph") -> Paragraph:
        return Paragraph(f"paper#s9-p{n}", text, Location("paper.md", 10 * n), kind=kind)

    section = Section(
        id="paper#s9",
        doc_id="paper",
        title="Political dialogue",
        level=2,
        paragraphs=(
            paragraph(1, "The free trade agreement was signed in 2024."),
            paragraph(2, "The joint statement issued in Jerusalem on 12 March 2024 listed the agreements signed:"),
            paragraph(3, "the free trade agreement;", "bullet"),
            paragraph(4, "an agreement on cooperation in health care;", "bullet"),
            paragraph(5, "a memorandum on water management.", "bullet"),
            paragraph(6, "Trade grew after that."),
        ),
        location=Location("paper.md", 1),
    )
    rows = [(e.label, e.text, len(e.sources)) for e in build_chronology([section], as_of=D(2026, 11, 10))]
    assert rows == [
        (
            "12 March 2024",
            "The joint statement issued in Jerusalem on 12 March 2024 listed the agreements signed: the free trade "
            "agreement; an agreement on cooperation in health care; a memorandum on water management.",
            2,
        )
    ]


def test_an_interview_or_a_feature_has_no_row_of_its_own_only_its_happenings():
    interview = _article(
        "ge#a5",
        D(2026, 9, 8),
        "Interview",
        '"The free trade agreement has done what we hoped," Ambassador Davit Kapanadze says.',
        "Georgia's ambassador to Israel spoke to Globes about trade, caregivers and a business forum.",
        "What has the free trade agreement changed since it was signed?",
        "The free trade agreement entered into force on 1 January 2025.",
    )
    feature = _article(
        "kh#a5",
        D(2026, 10, 5),
        "Bicycles",
        "On a September morning on the Danube cycle path, half of the bicycles that pass seem to be new, "
        "Khmer Times writes.",
        "Cambodia has become one of the largest suppliers of bicycles to the European Union.",
        "Cambodian bicycle exports to Austria rose 34 percent in the first half of 2026, to EUR 46 million.",
    )
    rows = _labelled(build_chronology([interview, feature], as_of=D(2026, 11, 20)))
    assert rows == [
        ("1 January 2025", "The free trade agreement entered into force on 1 January 2025."),
        (
            "first half of 2026",
            "Cambodian bicycle exports to Austria rose 34 percent in the first half of 2026, to EUR 46 million.",
        ),
    ]


def test_what_has_been_so_since_a_date_does_not_stand_for_the_storys_happening():
    story = _article(
        "il#a1",
        D(2026, 7, 14),
        "Caregivers",
        "Since 2012, Israel has signed bilateral agreements with several countries under which recruitment is run "
        "by governments.",
        "On Sunday, the first group of 120 Georgian caregivers arrived at Ben Gurion Airport.",
    )
    rows = _labelled(build_chronology([story], as_of=D(2026, 11, 10)))
    assert rows == [
        ("12 July 2026", "On Sunday, the first group of 120 Georgian caregivers arrived at Ben Gurion Airport.")
    ]


def test_two_deeds_joined_by_but_are_two_rows():
    rows = build_chronology(
        [_section("paper#s8", "The talks on a free trade agreement began in 2019 but stalled in 2021.")],
        as_of=D(2026, 11, 20),
    )
    assert _labelled(rows) == [
        ("2019", "The talks on a free trade agreement began in 2019."),
        ("2021", "The talks on a free trade agreement stalled in 2021."),
    ]


def test_a_row_naming_its_thing_by_it_joins_the_row_of_that_month_it_shares_a_word_with():
    story = _article(
        "my#a1",
        D(2026, 3, 2),
        "Tax",
        '"The double taxation agreement came into force in January, and companies already use it," the minister said.',
    )
    paper = _section(
        "paper#s7",
        "Malaysia and Brazil signed a double taxation agreement in 2024. It entered into force on 1 January 2026.",
    )
    rows = [(e.label, len(e.sources)) for e in build_chronology([story, paper], as_of=D(2026, 10, 28))]
    assert rows == [("2024", 1), ("1 January 2026", 2)]


def test_a_trip_said_to_be_rescheduled_in_a_later_year_is_planned_then():
    story = _article(
        "at#a1",
        D(2026, 6, 20),
        "Visit cancelled",
        "A spokesperson for the ministry said the minister had to remain in Vienna because of the budget "
        "negotiations, and that the trip would be rescheduled in 2027.",
    )
    rows = [(e.label, e.text, e.planned) for e in build_chronology([story], as_of=D(2026, 11, 28))]
    assert rows == [("2027", "A spokesperson for the ministry said the trip would be rescheduled in 2027.", True)]


def test_a_storys_further_deeds_include_one_with_a_plan_in_passing_and_a_fifth_deed():
    story = _article(
        "jo#a1",
        D(2026, 5, 21),
        "State visit",
        "King Abdullah II paid a state visit to Romania from 18 to 20 May 2026.",
        "The two heads of state signed a Joint Declaration on a Strategic Partnership.",
        "Ministers signed a social security agreement and a memorandum on nuclear energy.",
        "The delegations also signed an agreement under which the coast guard will train 120 rescue officers.",
        "Among the deals, Shannon AgriTech agreed to build a milk powder plant with an investment of USD 18 "
        "million, and a Cork-based software firm will open a development centre.",
        "The King also addressed an economic forum attended by more than 200 companies.",
    )
    (row,) = build_chronology([story], as_of=D(2026, 11, 5))
    assert row.label == "18–20 May 2026"
    assert "an agreement under which the coast guard will train 120 rescue officers." in row.text
    assert "Shannon AgriTech agreed to build a milk powder plant with an investment of USD 18 million." in row.text
    assert "will open a development centre" not in row.text
    assert row.text.endswith("The King also addressed an economic forum attended by more than 200 companies.")


def test_a_pledge_made_in_a_story_is_one_of_its_deeds():
    story = _article(
        "tz#a2",
        D(2026, 4, 17),
        "Visit",
        "President Samia Suluhu Hassan began an official visit to Sweden on Tuesday.",
        "Sweden will contribute SEK 400 million to the next phase of the rural electrification programme.",
        "The new plant will provide jobs for 400 people.",
    )
    (row,) = build_chronology([story], as_of=D(2026, 11, 25))
    assert row.text.endswith(
        "Sweden will contribute SEK 400 million to the next phase of the rural electrification programme."
    )


def test_a_thing_a_donor_will_pay_for_priced_in_the_story_is_one_of_its_deeds():
    story = _article(
        "lusa#a2",
        D(2026, 9, 25),
        "Protocol",
        "Spain and Senegal signed a revised protocol on medical evacuations in Madrid on 23 September 2026.",
        "Spain will also finance two oxygen plants for the hospitals of Thiès and Kaolack, worth EUR 1.6 million.",
        "The new plants will provide oxygen for 40 hospitals.",
    )
    (row,) = build_chronology([story], as_of=D(2026, 11, 25))
    assert row.text.endswith("worth EUR 1.6 million.")


def test_a_decision_or_an_announcement_made_on_the_storys_day_is_one_of_its_deeds():
    story = _article(
        "tn#a3",
        D(2026, 3, 12),
        "Visit",
        "Foreign Minister Mohamed Ali Nafti paid an official visit to Finland on Tuesday.",
        "At a meeting with the Tunisian community, he announced that the embassy would open a consular office in "
        "Helsinki.",
        "It is necessary to open more consular offices.",
    )
    (row,) = build_chronology([story], as_of=D(2026, 12, 1))
    assert row.text.endswith("he announced that the embassy would open a consular office in Helsinki.")


def test_a_row_that_points_at_a_list_gives_what_it_lists():
    section = _section(
        "paper#s9",
        "Undoubtedly, these events contributed to the adoption of agreements that became the institutional basis "
        "for further cooperation. These include the 2022 agreement on mutual protection of investments and the "
        "memorandum on trade cooperation.",
    )
    rows = _labelled(build_chronology([section], as_of=D(2026, 2, 20)))
    assert rows == [
        ("2022", "The 2022 agreement on mutual protection of investments and the memorandum on trade cooperation.")
    ]


def test_a_storys_list_of_documents_signed_is_told_on_the_day_its_signing_was(tmp_path):
    items = _read(
        tmp_path,
        "feed.txt",
        "17.09.2026\nForeign Minister Concludes Visit to Nepal\n"
        "The Swiss foreign minister paid an official visit to Nepal from 14 to 16 September 2026.\n"
        "He arrived in Kathmandu on Monday afternoon.\n"
        "On Tuesday the two foreign ministers held talks at Singha Durbar on trade.\n"
        "After the talks, the following documents were signed:\n"
        "- a memorandum of understanding on vocational education;\n"
        "- a letter of intent on glacier monitoring.\n"
        "The minister then called on the Prime Minister, who thanked Switzerland for its support.\n",
    )
    rows = {e.label: e.text for e in build_chronology(items, as_of=D(2026, 10, 1))}
    assert rows["15 September 2026"] == (
        "On Tuesday the two foreign ministers held talks at Singha Durbar on trade. After the talks, the following "
        "documents were signed: a memorandum of understanding on vocational education; a letter of intent on "
        "glacier monitoring. The minister then called on the Prime Minister, who thanked Switzerland for its support."
    )


def test_a_visit_called_off_stands_at_the_date_a_relative_clause_says_it_was_scheduled_for():
    rows = _rows(
        "The visit of the defence minister, which had been scheduled for 27 October, was called off at the request "
        "of the French side.",
        "A visit by the industry minister, which had been planned for the end of September, was called off because "
        "of the budget debate.",
        date=D(2026, 11, 4),
        as_of=D(2026, 11, 30),
    )
    assert [row[:2] for row in rows] == [
        (
            "September 2026",
            "A visit by the industry minister, which had been planned for the end of September, was called off "
            "because of the budget debate.",
        ),
        (
            "27 October 2026",
            "The visit of the defence minister, which had been scheduled for 27 October, was called off at the "
            "request of the French side.",
        ),
    ]


def test_a_verb_with_a_dated_object_and_a_parallel_one_after_and_is_a_row_per_object():
    rows = _rows(
        "Armenia became an associate member of the Organisation of La Francophonie in 2008 and a full member in 2012.",
        "Bilateral trade amounted to EUR 214.3 million in 2024 and EUR 231.7 million in 2025.",
        "The Emir visited Kazakhstan in 1999, 2008 and 2011.",
        "The minister visited Doha in 2022 and Astana in 2023.",
        "The Council held its first two meetings in Lima in May 2023 and in Ottawa in June 2024.",
    )
    assert [row[:2] for row in rows] == [
        ("1999, 2008 and 2011", "The Emir visited Kazakhstan in 1999, 2008 and 2011."),
        ("2008", "Armenia became an associate member of the Organisation of La Francophonie in 2008."),
        ("2012", "Armenia became a full member in 2012."),
        ("2022 and 2023", "The minister visited Doha in 2022 and Astana in 2023."),
        (
            "May 2023 and June 2024",
            "The Council held its first two meetings in Lima in May 2023 and in Ottawa in June 2024.",
        ),
        ("2024", "Bilateral trade amounted to EUR 214.3 million in 2024."),
        ("2025", "Bilateral trade amounted to EUR 231.7 million in 2025."),
    ]


def test_a_row_does_not_open_with_a_step_of_its_sources_argument():
    rows = _rows(
        "For instance, Kazakh President Nursultan Nazarbayev visited Doha in 1998 and 2007.",
        "Notably, the two countries opened embassies in 2008.",
        "Meanwhile, the ministers signed a protocol in 2010.",
    )
    assert [row[1] for row in rows] == [
        "Kazakh President Nursultan Nazarbayev visited Doha in 1998 and 2007.",
        "The two countries opened embassies in 2008.",
        "Meanwhile, the ministers signed a protocol in 2010.",  # a time of its own
    ]


def test_a_meeting_that_was_to_have_taken_place_and_will_now_be_held_is_one_planned_row():
    rows = _rows(
        "The fourth session of the Joint Committee, which was to have taken place in Muscat on 14 July, will now be "
        "held on 19 and 20 October, the ministry said.",
        date=D(2026, 9, 17),
        as_of=D(2026, 9, 30),
    )
    assert rows == [
        (
            "19–20 October 2026",
            "The fourth session of the Joint Committee, which was to have taken place in Muscat on 14 July, will now "
            "be held on 19 and 20 October, the ministry said.",
            True,
        )
    ]


def test_a_visits_award_and_a_listed_text_named_by_its_year_belong_to_the_day_told(tmp_path):
    items = _read(
        tmp_path,
        "president-2026-10-23.txt",
        " date 2026-10-23 President Rahmon returned to Dushanbe on Thursday evening from a state visit to Pakistan.\n"
        "On Monday, the President landed at Nur Khan Air Base in Rawalpindi.\n"
        "The next day the two leaders held talks in restricted and expanded formats. After the talks, the "
        "following documents were signed:\n"
        "- a Protocol amending the 2004 Agreement on the Avoidance of Double Taxation;\n"
        "- an Agreement on Mutual Legal Assistance.\n"
        "Later that day, Emomali Rahmon was awarded the Nishan-e-Pakistan by President Zardari.\n",
    )
    rows = _labelled(build_chronology(items, as_of=D(2026, 11, 14)))
    assert rows == [
        ("19 October 2026", "On Monday, the President landed at Nur Khan Air Base in Rawalpindi."),
        (
            "20 October 2026",
            "The next day the two leaders held talks in restricted and expanded formats. After the talks, the "
            "following documents were signed: a Protocol amending the 2004 Agreement on the Avoidance of Double "
            "Taxation; an Agreement on Mutual Legal Assistance. Later that day, Emomali Rahmon was awarded the "
            "Nishan-e-Pakistan by President Zardari.",
        ),
        (
            "22 October 2026",
            "President Rahmon returned to Dushanbe on Thursday evening from a state visit to Pakistan.",
        ),
    ]


def test_two_figures_of_a_year_with_different_counts_are_two_rows():
    from reportgen.analysis.chronology import merge_across_precisions

    arrivals, trade = (
        extract_events(text, reference=reference, item_id=item, location=Location(f"{item}.txt", 1))[0]
        for text, reference, item in (
            (
                "Arrivals reached 38,000 in 2025, up 24 percent on the previous year.",
                D(2026, 2, 10),
                "news#a-1",
            ),
            ("In 2025 it reached USD 214 million, up 9 percent on 2024.", None, "paper#s5"),
        )
    )
    # they share "reached", "up" and "percent", and nest in 2025, but no figure
    assert [e.text for e in merge_across_precisions([arrivals, trade])] == [arrivals.text, trade.text]


def test_a_question_or_a_quoted_view_is_no_row():
    rows = _rows(
        "– Mr Ambassador, what has changed in relations this year?",
        '"Tajik electricity will light homes in Peshawar and Islamabad next summer," the ambassador said.',
        "The transmission line was completed in 2025.",
        date=D(2026, 7, 20),
        as_of=D(2026, 11, 14),
    )
    assert [row[:2] for row in rows] == [("2025", "The transmission line was completed in 2025.")]


def test_a_participle_adjective_and_an_interrupting_relative_clause_keep_a_row_s_subject():
    # "revised" after "The" describes the agreement (no verb of the clause), and "and a visitor
    # centre, was finished" is the end of the relative clause, not a clause of its own.
    assert _rows(
        "The amended fisheries agreement between the two states, signed in Accra in May 2023, was ratified in "
        "February 2024.",
        "Building began in 2019, and the first stage, which included a quay and a visitor centre, was finished in "
        "August 2022.",
    ) == [
        ("2019", "Building began in 2019.", False),
        (
            "August 2022",
            "The first stage, which included a quay and a visitor centre, was finished in August 2022.",
            False,
        ),
        ("May 2023", "The amended fisheries agreement between the two states, signed in Accra in May 2023.", False),
        (
            "February 2024",
            "The amended fisheries agreement between the two states was ratified in February 2024.",
            False,
        ),
    ]


@pytest.mark.parametrize(
    "label, deed",
    [
        (
            "24 September 2025",
            "The new container terminal in Tema, built with Danish funds, was inaugurated on Wednesday by the Danish "
            "trade minister.",
        ),
        (
            "25 September 2025",
            "The visit of the Danish trade minister to Kumasi, which had been scheduled for Thursday, was called off.",
        ),
    ],
)
def test_a_day_s_deed_and_another_kind_of_deed_of_its_month_stay_two_rows(label, deed):
    ratified = "The Danish parliament ratified the shipping agreement with Ghana earlier this month."
    story = _article("wire#a-1", D(2025, 9, 26), "Port", deed, ratified)
    assert _labelled(build_chronology([story], as_of=D(2025, 12, 1), include_item_dates=False)) == [
        ("September 2025", ratified),
        (label, deed),
    ]


def test_a_year_taken_as_a_whole_is_the_row_s_date_and_a_figure_against_another_year_is_its_baseline():
    assert _rows(
        "For the whole of 2024, exports of cocoa amounted to CHF 410 million, against CHF 385 million in 2023.",
        as_of=D(2025, 6, 1),
    ) == [
        (
            "2024",
            "For the whole of 2024, exports of cocoa amounted to CHF 410 million, against CHF 385 million in 2023.",
            False,
        )
    ]


@pytest.mark.parametrize(
    "lead, told",
    [
        # a lead that names no one, no place and no figure
        (
            "The ceremony took place in bright sunshine.",
            "The new container terminal in Tema, built with Danish funds, was inaugurated on Wednesday by the Danish "
            "trade minister.",
        ),
        # a lead the next sentence turns from before a colon
        (
            "The flight from Lima to Madrid takes almost twelve hours with a change in Bogotá.",
            "That may soon change: during his visit to Madrid last week, the Peruvian foreign minister signed an air "
            "services agreement with Spain.",
        ),
    ],
)
def test_a_scene_setting_lead_yields_the_story_to_the_sentence_that_tells_it(lead, told):
    assert happening_sentence(_article("wire#a-1", D(2025, 9, 26), "Story", lead, told)) == told


@pytest.mark.parametrize(
    "lead",
    [
        "The Foreign Minister's delegation left Kotoka International Airport before dawn.",
        "The convoy pulled up outside State House shortly after noon.",
    ],
)
def test_a_party_on_its_way_at_an_hour_of_the_day_is_a_scene_not_the_story(tmp_path, lead):
    told = (
        "President John Mahama received the Prime Minister of Morocco in Accra on 14 May 2026, the Presidency reports."
    )
    items = _read(
        tmp_path,
        "presidency-2026-05-16.txt",
        f" date 2026-05-16 {lead}\n\n{told}\n\nIn their presence, the two governments signed an agreement on "
        "fertiliser supply.\n",
    )
    assert _labelled(build_chronology(items, as_of=D(2026, 6, 1))) == [
        ("14 May 2026", f"{told} In their presence, the two governments signed an agreement on fertiliser supply.")
    ]
    # (a day named, or a deed at the hour, is news: the arrival itself, the signing)
    for news in (
        "The President's plane landed in Accra shortly before noon on Monday.",
        "The delegation signed the fertiliser agreement before noon.",
    ):
        assert not hour_scene(news)


def test_a_feature_opening_in_the_timeless_present_is_no_happening_and_its_recalled_lead_takes_no_deeds():
    scene = "The drive from Dar es Salaam to the Rufiji River takes the better part of a day."
    recalled = (
        "The project, the largest ever carried out by Egyptian companies abroad, was awarded in December 2018 for "
        "TZS 6.5 trillion."
    )
    story = _article(
        "magazine#a-1",
        D(2026, 10, 2),
        "Feature",
        scene,
        recalled,
        "The dam has opened doors for other Egyptian firms in the country.",
    )
    assert happening_sentence(story) == recalled
    # (the present progressive tells what is under way: no timeless scene)
    lead = "The Danish minister is visiting the port of Tema with a delegation of forty investors."
    assert happening_sentence(_article("wire#a-2", D(2026, 10, 2), "Visit", lead, "Talks went on all day.")) == lead
    # The lead recalls 2018: the story's undated sentences are no deeds of that day.
    assert _labelled(build_chronology([story], as_of=D(2026, 11, 1))) == [("December 2018", recalled)]


def test_a_list_after_a_colon_is_no_turn_from_the_lead_it_details():
    # "The documents are: ..." lists what the lead says was signed; it does not turn from a scene,
    # so the lead, not the next sentence that sets a goal, tells the story.
    lead = (
        "The presidents of the two countries held talks in Baku yesterday, after which six documents were signed in "
        "their presence."
    )
    story = _article(
        "wire#a-1",
        D(2025, 9, 26),
        "Six Documents Signed",
        lead,
        "The documents are: an agreement on air services; a memorandum on tourism; and a programme of cultural "
        "exchanges.",
        "The presidents set the goal of raising bilateral trade to USD 500 million by 2030.",
    )
    assert happening_sentence(story) == lead


def test_a_lead_naming_the_first_and_last_day_of_a_visit_then_tells_the_days_in_order():
    story = _article(
        "wire#a-1",
        D(2025, 3, 14),
        "Visit",
        "Finnish President Anna Virtanen, who arrived in Hanoi on Tuesday 11 March with a delegation of forty "
        "business leaders, ends her state visit to Vietnam in Da Nang today.",
        "On the afternoon of her arrival, the two foreign ministers signed a treaty on legal assistance.",
        "The next day, the two presidents witnessed the signing of a memorandum on forestry research.",
    )
    assert _labelled(build_chronology([story], as_of=D(2025, 6, 1), include_item_dates=False)) == [
        (
            "11 March 2025",
            "Finnish President Anna Virtanen arrived in Hanoi on Tuesday 11 March with a delegation of forty business "
            "leaders.",
        ),
        (
            "11 March 2025",
            "On the afternoon of her arrival, the two foreign ministers signed a treaty on legal assistance.",
        ),
        (
            "12 March 2025",
            "The next day, the two presidents witnessed the signing of a memorandum on forestry research.",
        ),
        ("14 March 2025", "Finnish President Anna Virtanen ends her state visit to Vietnam in Da Nang today."),
    ]


def test_a_day_of_a_visit_told_by_another_source_stays_a_row_beside_the_visit_s_span():
    announced = _article(
        "office#a-1",
        D(2025, 9, 2),
        "State visit",
        "President Maria Lind will pay a state visit to Chile from 15 to 18 September at the invitation of "
        "President Gabriel Boric, her office announced on Tuesday.",
    )
    reported = _article(
        "wire#a-1",
        D(2025, 9, 16),
        "Welcome",
        "A welcome ceremony was held for the Swedish head of state at La Moneda on Monday, followed by talks with "
        "President Gabriel Boric.",
    )
    rows = _labelled(build_chronology([announced, reported], as_of=D(2025, 12, 1)))
    assert [label for label, _ in rows] == ["15 September 2025", "15–18 September 2025"]


def test_a_participle_after_talks_on_a_thing_tells_of_the_talks():
    assert _rows(
        "Negotiations on a treaty on the transfer of prisoners, opened in 2019 and concluded in 2022, led to its "
        "signing in May 2023.",
        as_of=D(2024, 1, 1),
    ) == [
        ("2019", "Negotiations on a treaty on the transfer of prisoners opened in 2019.", False),
        ("2022", "Negotiations on a treaty on the transfer of prisoners, concluded in 2022.", False),
        ("May 2023", "Negotiations on a treaty on the transfer of prisoners led to its signing in May 2023.", False),
    ]


def test_a_figure_corrected_is_news_of_the_story_s_day_not_of_the_figure_s_year():
    story = _article(
        "stats#a-1",
        D(2025, 8, 20),
        "Trade",
        "Exports of coffee to Korea rose to USD 88 million in the first half of 2025, up 9 percent on the first half "
        "of 2024.",
        "The statistics office corrected its figure for exports to Korea in 2024 to USD 151 million.",
    )
    assert _labelled(build_chronology([story], as_of=D(2025, 12, 1), include_item_dates=False)) == [
        (
            "first half of 2025",
            "Exports of coffee to Korea rose to USD 88 million in the first half of 2025, up 9 percent on the first "
            "half of 2024.",
        ),
        (
            "20 August 2025",
            "The statistics office corrected its figure for exports to Korea in 2024 to USD 151 million.",
        ),
    ]


def test_a_visit_recalled_at_one_of_a_series_dates_is_that_series_row():
    paper = _section("paper#s1", "President Ana Ruiz Costa visited Lisbon in 2011, 2015 and 2019.")
    story = _article(
        "wire#a-1",
        D(2025, 5, 8),
        "Visit",
        "President Marta Vidal arrived in Lisbon on Wednesday for a three-day state visit.",
        "It is the first state visit since Ana Ruiz Costa travelled there in 2015.",
    )
    rows = [(e.label, e.sources) for e in build_chronology([paper, story], as_of=D(2025, 12, 1))]
    assert [label for label, _ in rows] == ["2011, 2015 and 2019", "7 May 2025"]
    assert [source for source, _ in rows[0][1]] == ["paper#s1", "wire#a-1"]


def test_a_visit_recalled_as_the_last_one_or_in_a_list_written_with_prepositions_is_that_series_row():
    paper = _section(
        "paper#s1",
        "Chilean presidents paid official visits to Lima in 1993, 2004 and 2014.",
        "President Marta Vidal visited Quito in May 2015 and in July 2023.",
    )
    story = _article(
        "wire#a-1",
        D(2025, 5, 8),
        "Visit",
        "The last official visit of a Chilean head of state to Lima took place in 2014.",
        "It is the first state visit since Marta Vidal came to Quito in July 2023.",
    )
    rows = [(e.label, [s for s, _ in e.sources]) for e in build_chronology([paper, story], as_of=D(2025, 12, 1))]
    assert ("1993, 2004 and 2014", ["paper#s1", "wire#a-1"]) in rows
    assert ("May 2015 and July 2023", ["paper#s1", "wire#a-1"]) in rows
    assert not any(label in ("2014", "July 2023") for label, _ in rows)


def test_a_plan_announced_by_a_named_official_keeps_its_own_date_and_words():
    story = _article(
        "wire#a-1",
        D(2025, 11, 21),
        "Route",
        "Kenya Airways will open a direct route between Nairobi and Lisbon on 2 April 2026 with four flights a week, "
        "the airline's regional director for Europe, Ana Sousa, announced in Nairobi on Thursday.",
    )
    assert _labelled(build_chronology([story], as_of=D(2025, 12, 1), include_item_dates=False)) == [
        (
            "2 April 2026",
            "Kenya Airways will open a direct route between Nairobi and Lisbon on 2 April 2026 with four flights a "
            "week, the airline's regional director for Europe, Ana Sousa, announced in Nairobi on Thursday.",
        )
    ]


def test_a_thing_s_deed_still_to_come_set_off_by_a_comma_is_a_planned_row_of_its_own():
    rows = _rows(
        "The government approved the new bridge over the Volta, to be completed in 2028, on 12 October 2026.",
        "On 7 October 2026 the ministers visited the port, where the company presented plans for a grain terminal in "
        "Tema, a USD 60 million investment to be commissioned in 2029.",
        as_of=D(2026, 12, 1),
    )
    assert ("2028", "The new bridge over the Volta to be completed in 2028.", True) in rows
    assert (
        "2029",
        "A grain terminal in Tema, a USD 60 million investment, to be commissioned in 2029.",
        True,
    ) in rows
    assert (
        "12 October 2026",
        "The government approved the new bridge over the Volta on 12 October 2026.",
        False,
    ) in rows


def test_a_paper_s_day_or_month_without_a_year_is_in_the_year_it_last_named():
    assert _rows(
        "President Ana Reyes paid a state visit to Japan from 9 to 14 May 2024. On 11 May she met the Emperor in "
        "Tokyo. In September the two foreign ministers signed a treaty on investment.",
        "Exports of salmon peak every year from May to September.",
    ) == [
        ("9–14 May 2024", "President Ana Reyes paid a state visit to Japan from 9 to 14 May 2024.", False),
        ("11 May 2024", "On 11 May she met the Emperor in Tokyo.", False),
        ("September 2024", "In September the two foreign ministers signed a treaty on investment.", False),
    ]


def test_a_timetable_that_changes_at_a_date_a_forum_in_an_appositive_and_a_foreseen_review_are_planned_rows():
    rows = _rows(
        "The carrier will serve Lima twice a week from its hub, increasing to five times a week in April.",
        "The shuttle will be flown four times a week and will become daily in May, subject to demand.",
        "The council will help prepare the first Andean–Baltic Trade Fair, to be held in Riga in June 2027.",
        "A final evaluation of the scheme is foreseen for 2030.",
        "Ferries sail three times a week in summer.",
        as_of=D(2026, 11, 1),
        date=D(2026, 10, 20),
    )
    assert [(label, planned) for label, _, planned in rows] == [
        ("April 2027", True),
        ("May 2027", True),
        ("June 2027", True),
        ("2030", True),
    ]


def test_a_route_given_up_is_a_deed_and_ties_that_intensified_are_a_trend():
    # (the decade the flights ran in is an era, not a happening's date: see the test below)
    assert _rows(
        "Andes Air operated flights to Tallinn in the 1990s but dropped the route in 2009.",
        "Cultural exchanges intensified in 2024.",
    ) == [("2009", "Andes Air dropped the route in 2009.", False)]


def test_a_carrier_that_increased_its_flights_did_a_deed_but_partners_that_have_expanded_trade_tell_a_course():
    assert _rows(
        "Kenya Airways increased the number of its weekly flights between Nairobi and Accra from four to six on 2 "
        "March 2024.",
        "Since 2020 Ghana and Kenya have expanded their trade in tea.",
    ) == [
        (
            "2 March 2024",
            "Kenya Airways increased the number of its weekly flights between Nairobi and Accra from four to six on 2 "
            "March 2024.",
            False,
        )
    ]


def test_a_decade_is_an_era_unless_a_deed_dates_it():
    assert _rows("Chilean tourists discovered Austrian ski resorts in the 1970s.") == []
    text = "Relations cooled in the early 1990s, when Austria and other donors suspended part of their aid."
    assert [label for label, _, _ in _rows(text)] == ["early 1990s"]


def test_a_rule_told_in_a_relative_clause_is_no_advice_that_undoes_the_deed():
    assert _rows(
        "The treaty on legal aid, signed in Quito in 2015, was ratified by Ecuador in 2018 but waited for years in "
        "Tallinn, where such treaties must also pass a second reading.",
    ) == [
        ("2015", "The treaty on legal aid, signed in Quito in 2015.", False),
        (
            "2018",
            "The treaty on legal aid was ratified by Ecuador in 2018 but waited for years in Tallinn, where such "
            "treaties must also pass a second reading.",
            False,
        ),
    ]


def test_a_figure_corrected_with_and_not_is_one_clause():
    assert _rows(
        "Exports to Estonia reached EUR 41.2 million in 2025, and not EUR 44.7 million as first reported in March, "
        "after re-exports were left out.",
    ) == [
        (
            "2025",
            "Exports to Estonia reached EUR 41.2 million in 2025, and not EUR 44.7 million as first reported in March, "
            "after re-exports were left out.",
            False,
        ),
    ]


def test_the_first_day_of_a_visit_counted_back_from_the_day_it_concluded():
    rows = _rows(
        "Foreign Minister Lena Ortiz concluded a four-day official visit to Estonia on 12 March 2026, the ministry "
        "reports. On the first day of the visit, she opened an honorary consulate in Tartu. On the third day she "
        "addressed the Riigikogu.",
        as_of=D(2026, 4, 1),
        date=D(2026, 3, 12),
    )
    assert [(label, text.split(",")[0]) for label, text, _ in rows] == [
        ("9 March 2026", "On the first day of the visit"),
        ("11 March 2026", "On the third day she addressed the Riigikogu."),
        (
            "12 March 2026",
            "Foreign Minister Lena Ortiz concluded a four-day official visit to Estonia on 12 March 2026",
        ),
    ]


def test_talks_held_during_a_visit_dated_as_the_visit_are_the_visit_s_row():
    paper = _section(
        "paper#s1",
        "From 3 to 6 May 2026 Prime Minister Ana Reyes paid an official visit to Chile, the first in a decade. "
        "The Prime Minister of Chile visited Lima in 2019. Chile opened an embassy in 2004. The Chilean Prime "
        "Minister signed a treaty on ports in 2012.",
    )
    story = _article(
        "wire#a-1",
        D(2026, 5, 8),
        "Talks",
        "The talks, held during the Prime Minister's official visit to Chile from 3 to 6 May, focused on lithium mining, "
        "salmon fisheries, university exchanges, port logistics, consular questions and security in the Pacific.",
    )
    rows = build_chronology([paper, story], as_of=D(2026, 6, 1), include_item_dates=False)
    assert [(e.label, len(e.sources)) for e in rows if e.label.endswith("2026")] == [("3–6 May 2026", 2)]


def test_two_sources_signings_on_one_day_are_one_ceremony():
    paper = _section(
        "paper#s1",
        "On 5 October 2026 the executive programme on culture was signed in Manama during the joint commission.",
    )
    story = _article(
        "wire#a-1",
        D(2026, 10, 9),
        "Ratification",
        "The parliament ratified the air services agreement, signed in Bahrain's capital on 5 October, on Thursday.",
    )
    rows = build_chronology([paper, story], as_of=D(2026, 11, 1), include_item_dates=False)
    assert [(e.label, len(e.sources)) for e in rows] == [("5 October 2026", 2), ("8 October 2026", 1)]


def test_a_deed_told_of_it_that_month_is_the_deed_of_the_day_by_the_same_body():
    paper = _section(
        "paper#s1",
        "The health agreement was signed in Lima in 2025. The Estonian Parliament ratified it in July 2026. "
        "The Estonian Parliament held a debate on Peru in 2024. The Estonian Parliament hosted Peruvian deputies "
        "in 2023. The Estonian Parliament opened a friendship group in 2022.",
    )
    story = _article(
        "wire#a-1",
        D(2026, 7, 12),
        "Ratified",
        "The Estonian Parliament on Friday ratified the agreement with Peru on cooperation in health, ERR reports.",
    )
    rows = build_chronology([paper, story], as_of=D(2026, 11, 1), include_item_dates=False)
    assert [(e.label, len(e.sources)) for e in rows if e.start.year == 2026] == [("10 July 2026", 2)]


def test_a_document_title_that_coordinates_its_subjects_is_one_thing_and_a_gerund_s_object_is_the_thing():
    rows = _rows(
        "The cabinet on Monday approved a decree ratifying the Agreement for the Avoidance of Double Taxation and "
        "the Prevention of Fiscal Evasion with respect to Taxes on Income, signed in Lima on 3 March 2025.",
        "The ministers toured the Andean Centre for Mining Studies and the Baltic Maritime Hospital, which was "
        "opened in 2019.",
        as_of=D(2026, 11, 1),
        date=D(2026, 10, 14),
    )
    assert (
        "3 March 2025",
        "The Agreement for the Avoidance of Double Taxation and the Prevention of Fiscal Evasion with respect to Taxes "
        "on Income, signed in Lima on 3 March 2025.",
        False,
    ) in rows
    assert ("2019", "The Baltic Maritime Hospital was opened in 2019.", False) in rows


def test_a_year_that_names_a_thing_is_no_date_of_the_clause():
    story = _article(
        "wire#a-1",
        D(2026, 10, 20),
        "Traders",
        "A delegation of Estonian grain traders visited silos in Arequipa last week, the chamber reports.",
        "During the visit, the traders signed purchase agreements for 9,000 tonnes of quinoa from the 2027 harvest.",
        "The finance ministry cited the debate on the 2027 federal budget, which coincides with the dates.",
        "The 2019 state visit opened a new chapter.",
    )
    rows = [(e.label, e.text, e.planned) for e in build_chronology([story], as_of=D(2026, 11, 1))]
    assert [(label, planned) for label, _, planned in rows] == [("2019", False), ("12–18 October 2026", False)]
    assert rows[1][1] == (
        "A delegation of Estonian grain traders visited silos in Arequipa last week, the chamber reports. During the "
        "visit, the traders signed purchase agreements for 9,000 tonnes of quinoa from the 2027 harvest."
    )


def test_a_participle_phrase_that_opens_the_clause_is_a_deed_of_its_subject():
    assert _rows(
        "Signed in Quito on 4 May 2024, the treaty was approved by the Estonian Riigikogu in March 2025 and "
        "ratified by Ecuador on 2 June 2025.",
        "Completed in 2012, it was renovated by Estonian engineers in 2023.",
        as_of=D(2026, 1, 1),
    ) == [
        ("2012", "It was completed in 2012.", False),
        ("2023", "It was renovated by Estonian engineers in 2023.", False),
        ("4 May 2024", "The treaty signed in Quito on 4 May 2024.", False),
        ("March 2025", "The treaty was approved by the Estonian Riigikogu in March 2025.", False),
        ("2 June 2025", "The treaty was ratified by Ecuador on 2 June 2025.", False),
    ]


def test_a_deed_set_at_a_forum_held_during_a_visit_is_not_the_visit():
    paper = _section(
        "paper#s1",
        "From 3 to 6 May 2026 Prime Minister Ana Reyes paid an official visit to Chile, the first in a decade.",
    )
    story = _article(
        "wire#a-1",
        D(2026, 9, 8),
        "Turbines",
        "The USD 40 million contract for the turbines was signed in Santiago in May at the first Peruvian–Chilean "
        "Energy Forum, held during Prime Minister Ana Reyes's official visit to Chile.",
    )
    rows = build_chronology([paper, story], as_of=D(2026, 10, 1), include_item_dates=False)
    assert [(e.label, e.text[:30]) for e in rows] == [
        ("May 2026", "The USD 40 million contract fo"),
        ("3–6 May 2026", "From 3 to 6 May 2026 Prime Min"),
    ]


def test_a_thing_named_with_the_deed_that_made_it_after_a_preposition_is_no_row_of_that_date():
    assert _rows(
        "The committee reviewed the follow-up to the agreements signed in Quito in September 2025 and the budget.",
        "Under the memorandum signed in Tallinn in 2023, the two universities exchanged 40 students.",
        "The most important act of the decade is the treaty on fisheries was signed in Lima on 6 August 2020.",
        as_of=D(2026, 1, 1),
    ) == [
        (
            "6 August 2020",
            "The most important act of the decade is the treaty on fisheries was signed in Lima on 6 August 2020.",
            False,
        ),
        ("2023", "Under the memorandum signed in Tallinn in 2023, the two universities exchanged 40 students.", False),
    ]


def test_not_until_a_date_is_a_deed_at_that_date():
    assert _rows(
        "It was not until March 2021 that the treaty on fisheries was ratified.",
        "The consulate in Tartu was not opened until 2019.",
        "The treaty on ports was not ratified in 2022.",
        as_of=D(2026, 1, 1),
    ) == [
        ("2019", "The consulate in Tartu was not opened until 2019.", False),
        ("March 2021", "It was not until March 2021 that the treaty on fisheries was ratified.", False),
    ]


def test_a_date_narrowed_in_apposition_and_an_anniversary_marked():
    assert _rows(
        "Earlier this year, in April, Estonia and Peru marked 30 years of diplomatic relations.",
        "Last year, on 3 May, the ministers signed a treaty on fisheries.",
        "In 2023 the embassy celebrated the fiftieth anniversary of relations.",
        as_of=D(2026, 12, 1),
        date=D(2026, 11, 12),
    ) == [
        ("2023", "In 2023 the embassy celebrated the fiftieth anniversary of relations.", False),
        ("3 May 2025", "Last year, on 3 May, the ministers signed a treaty on fisheries.", False),
        ("April 2026", "Earlier this year, in April, Estonia and Peru marked 30 years of diplomatic relations.", False),
    ]


def test_a_deed_done_and_one_to_come_after_a_subject_set_off_by_commas_are_two_rows():
    assert _rows(
        "The consortium, led by a Dutch dredging firm, won the tender in August and will start work in January.",
        as_of=D(2026, 12, 1),
        date=D(2026, 11, 12),
    ) == [
        ("August 2026", "The consortium, led by a Dutch dredging firm, won the tender in August.", False),
        ("January 2027", "The consortium, led by a Dutch dredging firm, will start work in January.", True),
    ]


def test_a_deed_pointing_back_with_a_pronoun_is_told_of_the_thing_and_a_which_clause_of_the_one_just_named():
    events = build_chronology(
        [
            _section(
                "paper#s1",
                "Chile opened its consulate in Auckland in 1969, mothballed it in 1983 for lack of funds and reopened it in "
                "2001.",
                "Estonia signed the Convention on Cybercrime in 2003 and ratified it in 2008.",
                "Ghana opened a trade office in Lyon in 1988, which was raised to a consulate general in 1996.",
            )
        ],
        as_of=D(2025, 1, 1),
    )
    assert _labelled(events) == [
        ("1969", "Chile opened its consulate in Auckland in 1969."),
        ("1983", "Chile mothballed its consulate in Auckland in 1983 for lack of funds."),
        ("1988", "Ghana opened a trade office in Lyon in 1988."),
        ("1996", "The trade office in Lyon was raised to a consulate general in 1996."),
        ("2001", "Chile reopened its consulate in Auckland in 2001."),
        ("2003", "Estonia signed the Convention on Cybercrime in 2003."),
        ("2008", "Estonia ratified the Convention on Cybercrime in 2008."),
    ]


def test_the_next_day_counts_from_the_story_s_own_days_not_from_a_day_it_recalls():
    lead = "The Chancellor of Austria ended a three-day official visit to Chile on Wednesday, the ministry reports."
    talks = "On Monday, the two leaders held talks at La Moneda Palace."
    recalled = (
        "They welcomed the entry into force, on 1 July 2026, of the Social Security Agreement, which was signed in "
        "Vienna on 3 February 2025."
    )
    next_day = "The following day, the Chancellor toured the Escondida copper mine near Antofagasta."
    rows = _story_rows(lead, talks, recalled, next_day, date=D(2026, 10, 22))
    assert ("20 October 2026", next_day) in rows
    assert not any(label == "4 February 2025" for label, _ in rows)


def test_a_happening_told_twice_is_shown_by_the_statement_that_names_its_thing():
    news = _article(
        "feed#a1",
        D(2026, 6, 20),
        "Treaty in force",
        "The extradition treaty between Chile and Austria entered into force on Friday.",
        "The treaty was signed in Santiago in March 2024.",
    )
    paper = _section(
        "paper#s1", "In March 2024 the two governments signed in Santiago a treaty on extradition and legal aid."
    )
    rows = [(e.label, e.text, len(e.sources)) for e in build_chronology([news, paper], as_of=D(2026, 7, 1))]
    assert (
        "March 2024",
        "In March 2024 the two governments signed in Santiago a treaty on extradition and legal aid.",
        2,
    ) in rows


def test_two_meetings_of_one_day_that_share_only_office_words_stay_two_rows():
    story = _article(
        "feed#a1",
        D(2026, 5, 13),
        "Visit ends",
        "The Prime Minister of Nepal ended a two-day visit to Qatar on Wednesday, the ministry reports.",
        "He was received on Tuesday at the Amiri Diwan by His Highness Sheikh Tamim bin Hamad Al Thani, Amir of "
        "Qatar, and the Deputy Prime Minister.",
        "On Tuesday the Minister of Foreign Affairs, Arzu Rana Deuba, also held talks with the Deputy Prime Minister "
        "and Minister for Defence Affairs, Khalid Attiyah, on labour mobility.",
    )
    rows = [e.text for e in build_chronology([story], as_of=D(2026, 6, 1)) if e.label == "12 May 2026"]
    assert len(rows) == 2 and any("labour mobility" in row for row in rows)


def test_a_list_of_dates_stays_one_row_when_a_clause_after_it_names_one_of_its_years():
    text = (
        "President Bachelet visited Vienna in 2008, 2015 and 2017, and the social security agreement was signed "
        "during her last visit, in 2017."
    )
    assert [(label, row) for label, row, _ in _rows(text)] == [
        ("2008, 2015 and 2017", "President Bachelet visited Vienna in 2008, 2015 and 2017."),
        ("2017", "The social security agreement was signed during her last visit, in 2017."),
    ]


def test_a_which_clause_after_the_subject_tells_the_row_when_the_clause_goes_on_with_a_state():
    assert [
        (label, row)
        for label, row, _ in _rows(
            "Entel, which began commercial operations in May 2014, has about 2 million subscribers."
        )
    ] == [("May 2014", "Entel began commercial operations in May 2014.")]


def test_a_row_whose_words_another_row_of_its_dates_holds_is_that_row():
    news = _article(
        "feed#a1",
        D(2026, 9, 2),
        "Ferry to Heligoland",
        "A new ferry to Heligoland from Cuxhaven began service on Monday, the operator said.",
        "Heligoland, which Britain transferred to Germany in 1890, is now a resort island.",
    )
    paper = _section(
        "paper#s1",
        "On 1 July 1890 Heligoland was transferred to Germany in exchange for Zanzibar.",
        "In 1952 Britain returned Heligoland to Germany after years of use as a bombing range.",
        "Britain had occupied Heligoland in 1807.",
    )
    rows = [(e.label, e.text, len(e.sources)) for e in build_chronology([news, paper], as_of=D(2026, 10, 1))]
    assert [row for row in rows if "1890" in row[0]] == [
        ("1 July 1890", "On 1 July 1890 Heligoland was transferred to Germany in exchange for Zanzibar.", 2)
    ]


def test_the_first_and_last_days_of_a_counted_spell_are_one_row_over_the_spell():
    lead = "The navies of Chile and Peru on Friday concluded the joint exercise Pacific Shield off Arica."
    began = "The four-day exercise, which began on Tuesday, involved nine ships and two submarines."
    rows = _story_rows(lead, began, date=D(2026, 3, 21))
    assert rows == [("17–20 March 2026", lead)]


def test_a_deed_told_in_passing_in_reported_speech_is_the_thing_s_row():
    text = (
        '"Councils meet, markets do not," said Ana Ruiz, an economist at the University of Chile, who noted that '
        "the Chile–Austria Chamber, founded by exporters in 2011, had met only four times."
    )
    assert [(label, row) for label, row, _ in _rows(text)] == [
        ("2011", "The Chile–Austria Chamber, founded by exporters in 2011.")
    ]


def test_a_which_clause_of_a_thing_named_by_its_owner_s_pronoun_names_the_owner():
    text = "Codelco has explored in Peru since 2019 through its subsidiary Andes Mining, which built a pilot plant in 2023."
    assert [(label, row) for label, row, _ in _rows(text)] == [
        ("2023", "Codelco's subsidiary Andes Mining built a pilot plant in 2023.")
    ]


def test_a_which_clause_closed_before_the_date_leaves_the_date_to_the_main_clause():
    text = "The 120-bed clinic built by Chile in the capital, which bears her name, opened in March 2016."
    assert [(label, row) for label, row, _ in _rows(text)] == [("March 2016", text)]
    # (a date inside the clause is still the clause's own happening)
    inside = "The ministers praised the Chile–Austria Chamber, which was founded by exporters in 2011."
    assert [(label, row) for label, row, _ in _rows(inside)] == [
        ("2011", "The Chile–Austria Chamber was founded by exporters in 2011.")
    ]


def test_a_participle_after_the_subject_tells_the_row_when_the_clause_goes_on_with_no_happening():
    assert [
        (label, row)
        for label, row, _ in _rows(
            "The Chilean Cultural Centre in Vienna, opened by the Foreign Minister in 2019, will host a festival of "
            "Andean music every spring."
        )
    ] == [("2019", "The Chilean Cultural Centre in Vienna, opened by the Foreign Minister in 2019.")]
    assert [
        (label, row)
        for label, row, _ in _rows(
            "The Chairman of the Chile–Austria Business Council, founded in 2012, said that more firms should export."
        )
    ] == [("2012", "The Chile–Austria Business Council, founded in 2012.")]


def test_other_sources_statements_of_a_month_that_name_a_day_s_happening_join_its_row():
    stories = [
        _article("feed#a1", D(2026, 3, 10), "Embassy plans", "Chile will open its first embassy in Vienna in May."),
        _article(
            "feed#a2",
            D(2026, 5, 5),
            "Embassy opened",
            "Chile's first resident embassy in Austria was formally opened in Vienna yesterday, ending decades in "
            "which relations were handled from Berlin.",
        ),
        _article(
            "record#a1",
            D(2026, 6, 25),
            "Questions",
            "The Minister said the Embassy in Vienna was opened last month with four diplomatic officers.",
        ),
        # another deed in that city that month, and another document signed there, stay apart
        _article(
            "feed#a3",
            D(2026, 5, 20),
            "Contract",
            "A USD 52 million contract was signed in Vienna in May at the first Chile–Austria Business Forum.",
        ),
        _article(
            "feed#a4",
            D(2026, 5, 13),
            "Visas",
            "The agreement between Chile and Austria on working holidays was signed in Vienna on 12 May.",
        ),
    ]
    # so does a plan for the year; a plan sharing only the countries' names does not
    stories += [
        _section("paper#s1", "Chile has announced that it will open an embassy in Vienna in 2026."),
        _section("paper#s2", "Austria will host a Chilean trade week in Graz in 2026, officials said."),
    ]
    rows = [(e.label, [item for item, _ in e.sources]) for e in build_chronology(stories, as_of=D(2026, 12, 1))]
    assert rows == [
        ("2026", ["paper#s2"]),
        ("May 2026", ["feed#a3"]),
        ("4 May 2026", ["feed#a2", "feed#a1", "record#a1", "paper#s1"]),
        ("12 May 2026", ["feed#a4"]),
    ]


@pytest.mark.parametrize(
    "date, paragraphs, row",
    [
        # the one other day row that names the talks
        (
            D(2026, 3, 19),
            (
                "President Boric left Vienna for Santiago on Wednesday at the end of a four-day state visit.",
                "Boric arrived at Vienna International Airport on Sunday and held talks with President Van der "
                "Bellen at the Hofburg the next day.",
                "After the talks, the two presidents watched their ministers sign three agreements.",
            ),
            (
                "16 March 2026",
                "Boric held talks with President Van der Bellen at the Hofburg the next day. After the talks, the two "
                "presidents watched their ministers sign three agreements.",
            ),
        ),
        # else the last day of the sentence before
        (
            D(2026, 6, 19),
            (
                "Prime Minister Ruiz ended a four-day official visit to Austria on Thursday in Graz.",
                "The Prime Minister arrived in Vienna on Sunday and was received at the Hofburg by President Van der "
                "Bellen on Monday. After their talks, the two leaders adopted a joint declaration on a strategic "
                "partnership.",
            ),
            (
                "15 June 2026",
                # (named as the story named him: "Prime Minister Ruiz")
                "Prime Minister Ruiz was received at the Hofburg by President Van der Bellen on Monday. After their "
                "talks, the two leaders adopted a joint declaration on a strategic partnership.",
            ),
        ),
    ],
)
def test_a_deed_after_the_talks_joins_the_day_of_the_talks(date, paragraphs, row):
    story = _article("feed#a1", date, "Boric Ends Austria Visit", *paragraphs)
    assert row in _labelled(build_chronology([story], as_of=D(2026, 12, 1)))


def test_the_two_leaders_deed_joins_the_day_of_their_talks_and_a_day_s_own_row_is_not_repeated():
    story = _article(
        "feed#a1",
        D(2026, 10, 31),
        "Boric Ends Austria Visit",
        "President Boric returned home on Friday from a five-day state visit to Austria.",
        "The President landed in Vienna on Monday and held talks with Chancellor Stocker the next day.",
        "The two leaders witnessed the signing of five agreements.",
        "On Wednesday President Boric was in Graz, where he toured a steel plant, and the following day he "
        "addressed a business forum in Linz.",
    )
    rows = _labelled(build_chronology([story], as_of=D(2026, 12, 1)))
    assert rows == [
        ("26 October 2026", "President Boric landed in Vienna on Monday."),  # (named as the story named him)
        (
            "27 October 2026",
            "President Boric held talks with Chancellor Stocker the next day. The two leaders witnessed the signing of "
            "five agreements.",
        ),
        ("28 October 2026", "On Wednesday President Boric was in Graz, where he toured a steel plant."),
        ("29 October 2026", "The following day he addressed a business forum in Linz."),
        ("30 October 2026", "President Boric returned home on Friday from a five-day state visit to Austria."),
    ]


def test_an_arrival_on_the_first_day_of_a_counted_visit_is_told_by_the_visit_s_row():
    story = _article(
        "feed#a1",
        D(2026, 3, 19),
        "Boric Ends Austria Visit",
        "President Boric left Vienna for Santiago on Wednesday at the end of a four-day State Visit to Austria.",
        "Boric arrived at Vienna International Airport on Sunday.",
    )
    # the day's programme told that morning yields to the day told as done
    release = _article(
        "embassy#a1",
        D(2026, 3, 18),
        "Programme",
        "President Boric travels to Salzburg today before returning to Santiago.",
    )
    rows = _labelled(build_chronology([release, story], as_of=D(2026, 12, 1)))
    assert rows == [
        (
            "18 March 2026",
            "President Boric left Vienna for Santiago on Wednesday at the end of a four-day State Visit to Austria. "
            "Boric arrived at Vienna International Airport on Sunday.",
        )
    ]


def test_a_story_s_undated_happening_joins_its_opening_s_row_of_that_day():
    story = _article(
        "feed#a1",
        D(2026, 10, 26),
        "Talks in Santiago",
        "Santiago and Vienna will coordinate more closely on mining safety, the two sides agreed on Sunday.",
        "Foreign Minister Ana Ruiz received Austrian Foreign Minister Karl Huber, who was on his first visit to "
        "South America since taking office.",
    )
    rows = _labelled(build_chronology([story], as_of=D(2026, 12, 1)))
    assert rows == [
        (
            "25 October 2026",
            "Santiago and Vienna will coordinate more closely on mining safety, the two sides agreed on Sunday. "
            "Foreign Minister Ana Ruiz received Austrian Foreign Minister Karl Huber, who was on his first visit to "
            "South America since taking office.",
        )
    ]


def test_a_motion_on_a_thing_signed_on_a_date_is_a_row_of_the_signing():
    # the participle ending the sentence, and the which clause, tell of the motion's object
    motion = (
        "THE MINISTER OF FOREIGN AFFAIRS (Hon. Ana Ruiz): Mr Speaker, I beg to move that this House resolves to "
        "ratify the Agreement between Chile and Austria on Working Holidays, {} in Vienna on 12 May 2026."
    )
    assert [(label, row) for label, row, _ in _rows(motion.format("signed"))] == [
        ("12 May 2026", "The Agreement between Chile and Austria on Working Holidays, signed in Vienna on 12 May 2026.")
    ]
    assert [(label, row) for label, row, _ in _rows(motion.format("which was signed"))] == [
        (
            "12 May 2026",
            "The Agreement between Chile and Austria on Working Holidays was signed in Vienna on 12 May 2026.",
        )
    ]
    # a deed told before the phrase keeps the sentence; so does a subject set off by commas
    told = "The ministers signed the treaty on fisheries, drafted in Vienna in May 2026."
    assert [row for _, row, _ in _rows(told)] == [told]
    subject = "Codelco Europe, the European arm of the copper group, opened an office in Vienna in 2016."
    assert [row for _, row, _ in _rows(subject)] == [subject]


def test_a_story_s_deed_of_another_kind_on_its_own_day_keeps_a_row_of_its_own():
    story = _article(
        "feed#a1",
        D(2026, 10, 7),
        "Corridor memorandum",
        "The port authorities of Valparaíso and Hamburg signed a memorandum on a green shipping corridor.",
        "The new Consulate of Chile in Hamburg, inaugurated by the President on Wednesday, will serve the crews of "
        "Chilean ships.",
    )
    rows = _labelled(build_chronology([story], as_of=D(2026, 11, 1)))
    assert (
        "7 October 2026",
        "The new Consulate of Chile in Hamburg, inaugurated by the President on Wednesday.",
    ) in rows


def test_a_plan_whose_day_only_the_headline_gives_stands_on_that_day():
    story = _article(
        "feed#a1",
        D(2026, 11, 30),
        "Mining Dialogue with Austria Moved to 14 December",
        "The third Chile–Austria Mining Dialogue, which was to have been held in Vienna on 20 November, will take "
        "place in Santiago instead, the Ministry of Foreign Affairs announced on Monday.",
        "On the following day, Chilean and Austrian engineers will hold a workshop on tailings safety.",
    )
    rows = [(e.label, e.text[:40]) for e in build_chronology([story], as_of=D(2026, 12, 1))]
    assert rows == [
        ("14 December 2026", "The third Chile–Austria Mining Dialogue,"),
        ("15 December 2026", "On the following day, Chilean and Austri"),
    ]


def test_an_undated_happening_stands_on_the_past_day_its_headline_alone_names():
    story = _article(
        "feed#a1",
        D(2026, 9, 3),
        "Chilean Honorary Consulate in Graz Reopens on 1 September",
        "Chile's honorary consulate in Graz reopened its doors in the old town, four years after it closed.",
        "The consul will issue emergency passports to the 300 Chileans living in Styria.",
    )
    rows = [(e.label, e.text[:45]) for e in build_chronology([story], as_of=D(2026, 12, 1))]
    assert rows == [("1 September 2026", "Chile's honorary consulate in Graz reopened i")]


def test_a_visit_being_prepared_for_a_date_is_planned_and_told_with_the_clause_that_names_it():
    text = "President Boric accepted the invitation, and the visit is being prepared for the second half of 2027."
    assert [(label, row, planned) for label, row, planned in _rows(text)] == [("second half of 2027", text, True)]


def test_two_rows_of_one_year_that_name_one_body_are_one_row():
    news = _article(
        "feed#a1",
        D(2026, 10, 12),
        "Drought",
        'Chilean engineers know this: "When our team came in 2019, we saw a system built for a wetter century," '
        "said Ana Ruiz, who led the Chilean Glacier Monitoring Unit mission to Austria that year.",
    )
    paper = _section(
        "paper#s1",
        "In 2019 a Chilean Glacier Monitoring Unit visited Austria at the request of the Tyrol government and "
        "recommended new gauges on the Hintereis glacier.",
    )
    rows = [(e.label, len(e.sources)) for e in build_chronology([news, paper], as_of=D(2026, 11, 1))]
    assert rows == [("2019", 2)]


def test_a_plan_without_a_date_of_its_own_stands_on_the_day_its_headline_gives():
    story = _article(
        "feed#a1",
        D(2026, 10, 21),
        "Royal Air Maroc to Begin Casablanca–Lima Flights on 2 April 2027",
        "Royal Air Maroc will fly twice a week between Casablanca and Lima with Boeing 787 aircraft, the ministry said.",
        "Lima will become the carrier's second destination in South America.",
    )
    rows = [(e.label, e.text[:40], e.planned) for e in build_chronology([story], as_of=D(2026, 11, 1))]
    assert rows == [("2 April 2027", "Royal Air Maroc will fly twice a week be", True)]


def test_a_feature_s_happening_is_what_was_done_by_a_time_of_its_day_and_a_record_s_since_clause_is_no_date():
    story = _article(
        "feature#a1",
        D(2026, 7, 6),
        "Untitled",
        "The arrivals hall at Jorge Chávez was still quiet when the first coach pulled up outside.",
        "By early afternoon on Saturday, 180 Peruvian nurses had boarded a flight to Toronto, the largest group to "
        "leave for Canada on a single day since Canada reopened its nursing programme to Peruvians in 2021.",
        "Among them was Rosa Quispe, a 29-year-old nurse from Cusco who will work at a hospital in Ottawa.",
    )
    rows = [(e.label, e.text[:40]) for e in build_chronology([story], as_of=D(2026, 8, 1))]
    assert rows == [("4 July 2026", "By early afternoon on Saturday, 180 Peru")]


def test_a_storys_signing_whose_only_date_is_in_a_which_clause_is_a_deed_of_its_day():
    story = _article(
        "sre#a1",
        D(2026, 11, 5),
        "Visit",
        "Foreign Minister Ana Ruiz began a working visit to Peru in Lima on Monday, the ministry reports.",
        "On Tuesday she and her Peruvian counterpart co-chaired the third meeting of the Joint Commission.",
        "At the close of the meeting the ministers signed an agreement on fisheries, a work programme for "
        "2027–2028 and a declaration relaunching talks on a trade agreement, which had been suspended in 2012.",
        "The following day Ruiz travelled to Cusco, where she opened an honorary consulate.",
        "Later that day she addressed the Peru–Chile Business Council, attended by some 150 business people.",
    )
    rows = {e.label: e.text for e in build_chronology([story], as_of=D(2026, 12, 1))}
    assert "At the close of the meeting the ministers signed" in rows["3 November 2026"]
    assert "Later that day she addressed the Peru–Chile Business Council" in rows["4 November 2026"]


def test_a_span_after_a_date_set_off_by_commas_does_not_reach_the_next_date():
    rows = _rows(
        "The agreement, signed in Quito on 6 May 2025, two years to the day after the floods that struck the coast, "
        "will enter into force on 27 December.",
        date=D(2026, 11, 30),
        as_of=D(2026, 12, 1),
    )
    assert rows == [
        (
            "6 May 2025",
            "The agreement, signed in Quito on 6 May 2025, two years to the day after the floods that struck the coast.",
            False,
        ),
        ("27 December 2026", "The agreement will enter into force on 27 December.", True),
    ]


def test_a_with_phrase_naming_another_happening_and_its_date_is_a_row_of_its_own():
    rows = _rows(
        "They confirmed that the first negotiating round will take place in Lima in March, with a second round "
        "planned for Quito in September.",
        date=D(2026, 11, 12),
        as_of=D(2026, 12, 1),
    )
    assert [(label, text, planned) for label, text, planned in rows] == [
        ("March 2027", "The first negotiating round will take place in Lima in March.", True),
        ("September 2027", "A second round planned for Quito in September.", True),
    ]


def test_a_passive_clause_after_and_with_its_own_date_is_a_row_of_its_own():
    rows = _rows(
        "Peru recognised Namibia on the day of its independence, 21 March 1990, and diplomatic relations between "
        "the two countries were established on 4 May 1991."
    )
    assert [(label, text) for label, text, _ in rows] == [
        ("21 March 1990", "Peru recognised Namibia on the day of its independence, 21 March 1990."),
        ("4 May 1991", "Diplomatic relations between the two countries were established on 4 May 1991."),
    ]


def test_a_lead_of_people_arriving_at_an_hour_is_a_scene_before_the_storys_news():
    story = _article(
        "zda#a1",
        D(2026, 6, 11),
        "Untitled",
        "Guests began arriving at the site on the Arequipa road shortly after seven in the morning.",
        "Chilean mining group Andes Drill broke ground yesterday on a USD 85 million plant in Arequipa.",
    )
    rows = [(e.label, e.text[:40]) for e in build_chronology([story], as_of=D(2026, 8, 1))]
    assert rows == [("10 June 2026", "Chilean mining group Andes Drill broke g")]


def test_a_plan_story_dated_by_its_headline_keeps_that_row_beside_a_dated_sentence_further_on():
    story = _article(
        "feed#a1",
        D(2026, 10, 1),
        "Lima–Cusco Charter Flights to Start 12 December",
        "A Chilean tour operator will fly holidaymakers directly from Santiago to Cusco once a week during the "
        "coming season, the tourism agency reports.",
        "They are the first flights under the Chile–Peru Air Services Agreement, which took effect in August.",
    )
    rows = [(e.label, e.text[:40], e.planned) for e in build_chronology([story], as_of=D(2026, 11, 1))]
    assert ("12 December 2026", "A Chilean tour operator will fly holiday", True) in rows


def test_two_stories_naming_the_country_as_the_kingdom_are_not_one_happening():
    plants = _article(
        "feed#a1",
        D(2026, 8, 21),
        "Plants",
        "The Saudi regulator approved 14 additional Peruvian fish processing plants for export to the Kingdom last "
        "month, the ministry reports.",
    )
    workers = _article(
        "feature#a1",
        D(2026, 7, 6),
        "Untitled",
        "By noon on Saturday, 200 Peruvian workers had boarded a flight to Riyadh, the largest group to leave for the "
        "Kingdom on a single day.",
    )
    others = [  # what makes "Peruvian" and "Saudi" words of every row
        _article(
            f"feed#a{n}",
            D(2026, month, 10),
            "Other",
            f"A Peruvian trade mission visited Jeddah on {day} {name}, meeting Saudi importers of {goods}.",
        )
        for n, (month, day, name, goods) in enumerate(
            [(3, 9, "March", "grapes"), (4, 8, "April", "avocados"), (5, 6, "May", "blueberries")], 2
        )
    ]
    rows = [e.label for e in build_chronology([plants, workers, *others], as_of=D(2026, 10, 1))]
    assert rows == ["9 March 2026", "8 April 2026", "6 May 2026", "July 2026", "4 July 2026"]


def test_two_sources_figures_of_one_year_that_differ_stay_two_rows():
    paper = _section("paper#trade", "Bilateral trade reached USD 528 million in 2025, led by beef and dairy products.")
    feed = _article(
        "feed#a-1",
        D(2026, 3, 4),
        "Beef",
        "Beef exports to Vietnam amounted to USD 94 million last year, the ministry said.",
    )
    events = build_chronology([paper, feed], as_of=D(2026, 12, 1), include_item_dates=False)
    assert sorted(e.text for e in events) == [
        "Beef exports to Vietnam amounted to USD 94 million last year, the ministry said.",
        "Bilateral trade reached USD 528 million in 2025, led by beef and dairy products.",
    ]


def test_foreign_in_an_office_and_in_another_rows_noun_tells_no_shared_happening():
    visit = _article(
        "mfa#a-1",
        D(2026, 8, 21),
        "Visit",
        "Prime Minister Hun Manet received Australian Minister for Foreign Affairs Helen Carrick on Thursday.",
    )
    police = _article(
        "feed#a-2",
        D(2026, 9, 10),
        "Police",
        "A joint operation of the Cambodian and the Australian Federal Police last month led to raids on three "
        "compounds and the rescue of 214 foreign nationals.",
    )
    # (the two countries' words are in many rows, so they name no happening)
    paper = _section(
        "paper#history",
        "Australian engineers built the Mekong bridge in 1994.",
        "Australian volunteers opened a school in Kampot in 2001.",
    )
    events = build_chronology([visit, police, paper], as_of=D(2026, 12, 1), include_item_dates=False)
    assert [e.label for e in events] == ["1994", "2001", "August 2026", "20 August 2026"]


def test_a_programmes_years_are_its_term_and_a_deed_following_a_named_dialogue_joins_its_day():
    lead = (
        "Australian Foreign Minister Helen Carrick paid an official visit to Cambodia from 19 to 20 August 2026, "
        "the ministry reports."
    )
    dialogue = "On 19 August the two ministers co-chaired the fourth Foreign Ministers' Dialogue in Phnom Penh."
    deed = (
        "Following the dialogue, the ministers signed a memorandum on water resources management, and Carrick "
        "announced AUD 48 million for a second phase of the programme, to run from 2027 to 2031."
    )
    before = "The previous round took place in Canberra in June 2024."  # (the dialogue names the day)
    assert _story_rows(lead, f"{dialogue} {before}", deed, date=D(2026, 8, 21)) == [
        ("June 2024", before),
        ("19 August 2026", f"{dialogue} {deed}"),
        ("19–20 August 2026", lead),
    ]


def test_a_complement_after_an_appositive_is_cut_at_and_that_and_keeps_its_own_tense():
    sentence = (
        "The rapporteur of the Committee, Deputy Mame Diarra Fam, recalled that Canada had notified the completion "
        "of its internal procedures in April and that the agreement will enter into force thirty days after the "
        "exchange of notes."
    )
    assert _rows(sentence, date=D(2026, 6, 25), as_of=D(2026, 12, 1)) == [
        (
            "April 2026",
            "The rapporteur of the Committee, Deputy Mame Diarra Fam, recalled that Canada had notified the "
            "completion of its internal procedures in April.",
            False,
        )
    ]


def test_the_second_that_clause_is_told_by_who_said_it():
    text = (
        "The Minister for Defence told the House that officers have trained in Turkish academies since 2012 and "
        "that the Ghana Navy received two Turkish-built patrol boats in 2024."
    )
    assert [c[2] for c in clause_spans(text, 0, len(text))][1] == (
        "The Minister for Defence told the House that the Ghana Navy received two Turkish-built patrol boats in 2024."
    )


def test_a_departure_on_a_visits_last_day_is_told_by_the_visits_row():
    lead = "HMAS Toowoomba spent four days at Sihanoukville from 6 to 9 July on a goodwill visit, the navy reports."
    departure = "The frigate left on Thursday for Ho Chi Minh City."
    story = _article("navy#a-1", D(2026, 7, 10), "Visit", lead, "Sailors played football with local teams.", departure)
    events = build_chronology([story], as_of=D(2026, 12, 1))
    assert _labelled(events) == [("6–9 July 2026", lead)]
    assert [location.line for _, location in events[0].sources] == [2, 4]  # (the departure's line cited too)


def test_a_thing_recalled_by_its_own_name_keeps_the_row_of_its_date():
    sentence = (
        "The Australian plan for a transitional administration became the basis of the Paris Peace Agreements "
        "signed on 23 October 1991."
    )
    assert _rows(sentence, as_of=D(2026, 1, 1)) == [("23 October 1991", sentence, False)]


def test_a_sittings_resolutions_are_its_row_not_the_motion_nor_the_hour_it_met():
    record = _article(
        "parliament#a-1",
        D(2026, 6, 25),
        "The House met at two o'clock in the afternoon",
        "The House met at two o'clock in the afternoon.",
        "OFFICIAL REPORT OF PROCEEDINGS, WEDNESDAY, 24TH JUNE, 2026",
        "THE MINISTER OF FINANCE (Hon. J. Banda): Madam Speaker, I beg to move that this House resolves to ratify "
        "the Convention between Malawi and Ireland for the Avoidance of Double Taxation, which was signed in Dublin "
        "on 23 September 2025.",
        "Madam Speaker, the Convention caps withholding tax at 10 percent. It will help investment. Irish firms "
        "asked for it. The Treasury agrees. Members know the figures. The tax base will widen. Revenue will follow.",
        "Question put and agreed to.",
        "The House accordingly resolved to ratify the Convention.",
        "THE MINISTER OF FOREIGN AFFAIRS (Hon. G. Phiri): Madam Speaker, I beg to move that this House resolves to "
        "ratify the Agreement with Ireland on the Exemption from Visa Requirements.",
        "Question put and agreed to.",
        "The House accordingly resolved to ratify the Agreement.",
    )
    rows = _labelled(build_chronology([record], as_of=D(2026, 12, 1)))
    assert (
        "24 June 2026",
        "The House accordingly resolved to ratify the Convention. The House accordingly resolved to ratify the "
        "Agreement.",
    ) in rows
    assert not any("o'clock" in text or "beg to move" in text for label, text in rows if label == "24 June 2026")


def test_a_deed_framing_the_sentence_and_the_main_clauses_plan_are_two_rows():
    sentence = (
        "Under a codeshare agreement concluded with Air France in Vientiane last month, passengers will be able to "
        "travel from Vientiane to Paris on a single ticket from 29 March next year."
    )
    assert _rows(sentence, date=D(2026, 10, 29), as_of=D(2026, 12, 1)) == [
        ("September 2026", "A codeshare agreement concluded with Air France in Vientiane last month.", False),
        (
            "29 March 2027",
            "Passengers will be able to travel from Vientiane to Paris on a single ticket from 29 March next year.",
            True,
        ),
    ]


def test_a_storys_own_deed_of_the_day_its_row_absorbs_is_told_in_that_row():
    lead = (
        "Canada's Minister of International Development, Claire Beaulieu, concluded a three-day working visit to "
        "Senegal on 10 November, the Embassy of Canada in Dakar announces."
    )
    session = "On 9 November the minister co-chaired the second session of the Joint Commission in Dakar."
    hospital = (
        "The following day, Minister Beaulieu visited the Kolda regional hospital and met members of a women's "
        "rice cooperative."
    )
    from dataclasses import replace

    from reportgen.analysis.chronology import _with_same_day_deeds

    story = _article("embassy#a-1", D(2026, 11, 11), "Visit", lead, session, hospital)
    tenth = [e for e in build_chronology([story], as_of=D(2026, 12, 1)) if e.label == "10 November 2026"]
    # (the visit concluded and the visits of its last day are deeds of one kind: one row)
    assert [(e.text, [location.line for _, location in e.sources]) for e in tenth] == [(f"{lead} {hospital}", [2, 4])]
    row = tenth[0]
    tenth = [
        replace(row, text=lead, sentence=lead, sources=row.sources[:1]),
        replace(row, text=hospital, sentence=hospital, sources=row.sources[1:]),
    ]
    merged = _with_same_day_deeds(tenth)
    assert (merged.label, merged.text) == ("10 November 2026", f"{lead} {hospital}")
    assert [location.line for _, location in merged.sources] == [2, 4]
    # a restatement of the row's own deed adds nothing
    again = replace(tenth[1], text=lead, sentence=lead)
    assert _with_same_day_deeds([tenth[0], again]).text == lead


def test_a_participle_after_the_subject_and_the_main_clause_each_with_a_date_give_a_row_each():
    assert [
        (label, row)
        for label, row, _ in _rows(
            "The Chile–Austria parliamentary friendship group, re-established in 2021, sent a delegation to Vienna "
            "in May 2023."
        )
    ] == [
        ("2021", "The Chile–Austria parliamentary friendship group, re-established in 2021."),
        ("May 2023", "The Chile–Austria parliamentary friendship group sent a delegation to Vienna in May 2023."),
    ]


def test_a_clause_after_comma_and_with_an_irregular_past_verb_is_a_row_of_its_own():
    assert [
        (label, row)
        for label, row, _ in _rows(
            "A Chilean company commissioned a wind farm near Graz in 2019, and in 2022 an Austrian bank bought a "
            "stake in a Santiago fintech."
        )
    ] == [
        ("2019", "A Chilean company commissioned a wind farm near Graz in 2019."),
        ("2022", "In 2022 an Austrian bank bought a stake in a Santiago fintech."),
    ]


def test_a_text_named_in_passing_with_its_own_signing_date_is_a_row_of_its_own():
    rows = _rows(
        "A refrigerated container of Chilean cherries was cleared by Austrian inspectors in Vienna on Tuesday, the "
        "first shipment of the fruit under the phytosanitary protocol the two ministries signed in Santiago in June.",
        date=D(2026, 9, 3),
        as_of=D(2026, 10, 1),
    )
    assert [(label, text) for label, text, _ in rows] == [
        ("June 2026", "The phytosanitary protocol the two ministries signed in Santiago in June."),
        (
            "1 September 2026",
            "A refrigerated container of Chilean cherries was cleared by Austrian inspectors in Vienna on Tuesday, "
            "the first shipment of the fruit under the phytosanitary protocol the two ministries signed in Santiago "
            "in June.",
        ),
    ]


def test_another_source_s_signing_of_a_text_that_month_joins_the_one_such_signing_of_a_day():
    shipment = _article(
        "agency#a-1",
        D(2026, 9, 3),
        "Cherries",
        "A refrigerated container of Chilean cherries was cleared by Austrian inspectors in Vienna on Tuesday, the "
        "first shipment of the fruit under the phytosanitary protocol the two ministries signed in Santiago in June.",
    )
    protocol = _article(
        "magazine#a-1",
        D(2026, 9, 20),
        "Orchards",
        "The protocol, which the agriculture ministries of Chile and Austria finally signed on 12 June, requires "
        "cold treatment for 14 days.",
    )
    rows = _labelled(build_chronology([shipment, protocol], as_of=D(2026, 10, 1)))
    assert [label for label, _ in rows] == ["12 June 2026", "1 September 2026"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile's trade with Austria amounted to USD 61.3 million in January–June 2026, 14.6 percent more than in the "
        "first half of last year, the National Statistics Institute (INE) said on Tuesday.",
        "Trade between Chile and Austria reached USD 141.7 million in January–June 2026, 9.8 percent more than in "
        "the first half of 2025, according to figures published by the Central Bank of Chile on 14 August.",
    ],
)
def test_when_a_figure_was_told_is_no_row_beside_the_period_it_counts(sentence):
    rows = _rows(sentence, date=D(2026, 8, 20), as_of=D(2026, 10, 1))
    assert [(label, text) for label, text, _ in rows] == [("January–June 2026", sentence)]


def test_a_who_clause_of_a_person_named_by_title_after_a_preposition_is_the_row():
    rows = _rows(
        "Political contacts intensified under President Gabriel Boric, who visited Austria in 2022, 2023 and 2025, "
        "the last time to open the Chilean pavilion at a fair."
    )
    assert [(label, text) for label, text, _ in rows] == [
        ("2022, 2023 and 2025", "President Gabriel Boric visited Austria in 2022, 2023 and 2025.")
    ]


def test_a_text_signed_in_passing_is_the_row_of_a_clause_that_only_says_what_a_thing_is():
    rows = _rows(
        "The consignment is the first under the phytosanitary protocol signed by the two ministries in Vienna in July.",
        date=D(2026, 11, 19),
        as_of=D(2026, 12, 1),
    )
    assert [(label, text) for label, text, _ in rows] == [
        ("July 2026", "The phytosanitary protocol signed by the two ministries in Vienna in July.")
    ]


def test_a_meeting_planned_in_a_city_for_a_day_then_postponed_is_one_row_where_it_stands_now():
    text = (
        "The meeting of the Chile–Austria working group on energy, which had been planned in Santiago for "
        "15 December, has been postponed to February at the request of the Austrian side, the ministry reported."
    )
    rows = _rows(text, date=D(2026, 12, 4), as_of=D(2026, 12, 10))
    assert rows == [("February 2027", text, True)]


def test_a_volume_a_country_intends_to_export_up_to_is_no_event():
    rows = _rows(
        "Chile intends to export up to 1,500 tonnes of walnuts to Austria next year.",
        date=D(2026, 12, 4),
        as_of=D(2026, 12, 10),
    )
    assert rows == []


def test_a_list_of_dates_after_an_interjection_set_off_by_commas_is_one_row():
    text = "Chilean presidents, for their part, travelled to Vienna in 2006, 2013, 2018 and 2022."
    assert [(label, row) for label, row, _ in _rows(text)] == [("2006, 2013, 2018 and 2022", text)]


def test_in_force_since_a_day_is_the_entry_into_force():
    rows = _rows(
        "The main economic milestone was the free trade agreement, signed in Santiago on 22 September 2005 and in "
        "force since 1 July 2006."
    )
    assert [(label, row) for label, row, _ in rows] == [
        (
            "22 September 2005",
            "The main economic milestone was the free trade agreement signed in Santiago on 22 September 2005.",
        ),
        ("1 July 2006", "The main economic milestone was the free trade agreement in force since 1 July 2006."),
    ]


def test_a_forum_pushed_back_and_a_plant_approved_the_same_month_are_two_rows():
    # "pushed back" calls a happening off as "postponed" does: a deed of another kind than an approval,
    # so one Egyptian name in both does not make them one row.
    forum = (
        "A Tanzania–Egypt business forum that was to open in Arusha on 15 September was pushed back at short notice "
        "to February next year, after the Egyptian organisers asked for more time."
    )
    plant = (
        "Last month Misr Transformers Company told the Egyptian Exchange that its board had approved a USD 38 "
        "million plant in Kibaha."
    )
    rows = _rows(forum, plant, date=D(2026, 10, 2), as_of=D(2026, 11, 19))
    assert [row for _, row, _ in rows if row in (forum, plant)] == [plant, forum]


def test_a_figure_and_the_release_that_corrects_it_are_one_row_at_the_figures_period():
    figure = _article(
        "stat#a-1",
        D(2026, 10, 20),
        "Trade",
        "Trade between Kyrgyzstan and Kuwait amounted to USD 27.4 million in January–September 2026, an increase of "
        "21.2 percent over the same period of 2025, the National Statistical Committee reports.",
    )
    correction = (
        "The National Statistical Committee has revised its figure for trade between Kyrgyzstan and Kuwait in "
        "January–September 2026 to USD 29.1 million from the USD 27.4 million reported in October."
    )
    revision = _article("wire#a-1", D(2026, 11, 18), "Revised", correction)
    rows = build_chronology([figure, revision], as_of=D(2026, 12, 1))
    assert [(e.label, e.text) for e in rows] == [("January–September 2026", correction)]
    assert {item for item, _ in rows[0].sources} == {"stat#a-1", "wire#a-1"}


def test_a_correction_telling_the_period_in_other_words_folds_into_the_figure_it_replaces():
    figure = _article(
        "stat#a-1",
        D(2026, 8, 12),
        "Trade",
        "Trade between Belize and Norway reached NOK 61.3 million in January–June 2026, the statistics office said.",
    )
    lowered = (
        "The office also lowered its estimate for the first half of the year to NOK 58.7 million, from the NOK 61.3 "
        "million it had published in August, after fish exports were reclassified."
    )
    stands = (
        "The office also corrected its figure for January to June, which now stands at NOK 58.7 million instead of "
        "the NOK 61.3 million published in August."
    )
    for correction in (lowered, stands):
        revision = _article("wire#a-1", D(2026, 11, 5), "Nine months", correction)
        rows = build_chronology([figure, revision], as_of=D(2026, 12, 1))
        assert [(e.label, e.text) for e in rows] == [("January–June 2026", correction)]
        assert {item for item, _ in rows[0].sources} == {"stat#a-1", "wire#a-1"}


def test_when_a_replaced_figure_was_first_published_is_no_date_of_the_row():
    rows = _rows(
        "The agency corrected its figure for 2025: trade with Chad amounted to USD 71.4 million, not USD 69.2 "
        "million as reported in February.",
        date=D(2026, 8, 5),
        as_of=D(2026, 12, 1),
    )
    assert [label for label, _, _ in rows] == ["5 August 2026"]


def test_months_without_a_year_between_words_that_say_so_are_the_figure_s_period():
    rows = _rows(
        "Belize traded goods worth BZD 21.9 million with Norway between January and September, a third more than in "
        "the corresponding months of 2025.",
        date=D(2026, 11, 6),
        as_of=D(2026, 12, 1),
    )
    assert [label for label, _, _ in rows] == ["January–September 2026"]


def test_a_period_of_account_or_a_year_in_a_bill_s_name_is_no_time_of_a_happening():
    disclaimer = (
        "The Directors do not expect the plant to have a material effect on earnings for the financial year ending "
        "31 December 2026."
    )
    bill = "The House also gave a second reading to the Fisheries (Amendment) Bill, 2026, which raises licence fees."
    assert _rows(disclaimer, date=D(2026, 10, 29), as_of=D(2026, 12, 1)) == []
    assert _rows(bill, date=D(2026, 10, 29), as_of=D(2026, 12, 1)) == []


def test_a_date_in_the_possessive_after_the_clause_s_verb_names_a_thing_not_a_time():
    view = "The minister called the decision proof that last month's state visit had been about more than ceremony."
    assert _rows(view, date=D(2026, 10, 29), as_of=D(2026, 12, 1)) == []
    summit = "Last week's summit in Bridgetown produced a joint declaration on climate finance."
    assert [label for label, _, _ in _rows(summit, date=D(2026, 10, 29), as_of=D(2026, 12, 1))] == [
        "19–25 October 2026"
    ]


def test_a_row_of_a_person_named_by_a_title_takes_the_name_the_story_gave():
    story = _article(
        "gis#a-1",
        D(2026, 10, 16),
        "Visit to Ilaro Court",
        "Prime Minister Mia Mottley received Ghana's Minister for Health, Kwabena Akandoh, at Ilaro Court yesterday.",
        "In return, Barbados will pay for four clinical tutors in Koforidua for two years.",
        "The minister, who arrived on Tuesday, also toured the Queen Elizabeth Hospital.",
    )
    rows = _labelled(build_chronology([story], as_of=D(2026, 12, 1)))
    assert ("13 October 2026", "Minister Kwabena Akandoh arrived on Tuesday.") in rows


def test_a_past_date_inside_a_where_clause_in_the_present_does_not_date_the_deed_before_it():
    toured = (
        "The minister also toured the Queen Elizabeth Hospital, where 71 of the 95 nurses recruited in 2020 are "
        "still employed."
    )
    assert _rows(toured, date=D(2026, 10, 16), as_of=D(2026, 12, 1)) == []
    opened = "The minister toured the hospital, which opened in 2020."
    assert [label for label, _, _ in _rows(opened, date=D(2026, 10, 16), as_of=D(2026, 12, 1))] == ["2020"]


def test_a_plan_in_reported_speech_and_the_news_that_put_it_back_are_one_row_where_it_now_stands():
    plan = _article(
        "gis#a-1",
        D(2026, 9, 25),
        "Visit",
        "Officials said the second session of the Barbados–Ghana Joint Commission would follow in Bridgetown in "
        "November.",
    )
    put_back = (
        "The second session of the Barbados–Ghana Joint Commission, which was to have opened in Bridgetown on 23 "
        "November, has been put back to the first quarter of 2027, the Ministry of Foreign Affairs and Foreign "
        "Trade said on Wednesday."
    )
    news = _article("gis#a-2", D(2026, 11, 12), "Moved", put_back)
    rows = build_chronology([plan, news], as_of=D(2026, 11, 14))
    assert [(e.label, e.text) for e in rows] == [("Q1 2027", put_back)]
    assert {item for item, _ in rows[0].sources} == {"gis#a-1", "gis#a-2"}
    # ("postponed until March 2027")
    forum = _section("paper#s1", "A Blue Economy Forum is scheduled to take place in Reykjavík in September 2026.")
    until = (
        "The Blue Economy Forum, which was to open in Reykjavík on 24 September, has been postponed until March 2027."
    )
    rows = build_chronology([forum, _article("slena#a-1", D(2026, 8, 20), "Forum", until)], as_of=D(2026, 10, 1))
    assert [(e.label, e.text) for e in rows] == [("March 2027", until)]


def test_today_and_tomorrow_inside_a_quotation_are_rhetoric_not_a_day():
    said = 'Speaking in the town square, Macron said: "France will stand by Armenia, today and tomorrow."'
    assert _rows(said, date=D(2026, 10, 7), as_of=D(2026, 12, 1)) == []
    signed = 'The minister said: "We signed the agreement today."'
    assert [label for label, _, _ in _rows(signed, date=D(2026, 10, 7), as_of=D(2026, 12, 1))] == ["7 October 2026"]


def test_a_subject_doing_one_thing_today_and_another_on_a_later_day_gives_a_row_for_each():
    rows = _rows(
        "The President is opening a business forum in Auckland today and will fly to Wellington for talks with the "
        "Prime Minister on Tuesday.",
        date=D(2026, 10, 5),
        as_of=D(2026, 10, 20),
    )
    assert [(label, row) for label, row, _ in rows] == [
        ("5 October 2026", "The President is opening a business forum in Auckland today."),
        ("6 October 2026", "The President will fly to Wellington for talks with the Prime Minister on Tuesday."),
    ]


def test_a_plan_and_the_news_that_put_it_off_are_one_row_where_it_now_stands():
    plan = _article(
        "paper#a-1",
        D(2026, 6, 24),
        "Commission",
        "The commission agreed to hold a Tanzania–Egypt business forum in Arusha in September.",
    )
    put_off = (
        "A Tanzania–Egypt business forum that was to open in Arusha on 15 September was pushed back at short notice "
        "to February next year."
    )
    news = _article("wire#a-1", D(2026, 10, 2), "Forum", put_off)
    rows = build_chronology([plan, news], as_of=D(2026, 11, 1), include_item_dates=False)
    assert [(e.label, e.text, e.planned) for e in rows] == [("February 2027", put_off, True)]
    assert {item for item, _ in rows[0].sources} == {"paper#a-1", "wire#a-1"}


def test_a_relative_clause_inside_a_dated_main_clause_leaves_no_fragment_in_the_storys_row():
    lead = "Minister Phenyo Butale on Thursday received a delegation led by the High Commissioner of India in Gaborone."
    plan = (
        "The two sides agreed that the fifth session of the Joint Permanent Commission, which had been planned for "
        "Gaborone in August, will be held in New Delhi in November."
    )
    rows = _story_rows(lead, plan, date=D(2026, 7, 24))
    assert rows[0] == ("23 July 2026", lead)
    assert not any("Commission." in text and "November" not in text for _, text in rows)


def test_a_row_opening_with_its_names_the_subject_the_sentence_before_gives():
    rows = _rows(
        "An Intergovernmental Commission on Trade and Technical Cooperation was set up in 2016. Its third meeting "
        "took place in Kuwait City in 2024."
    )
    assert [row for _, row, _ in rows][-1] == (
        "The third meeting of the Intergovernmental Commission on Trade and Technical Cooperation took place in "
        "Kuwait City in 2024."
    )


def test_a_states_start_inside_a_participle_phrase_is_no_row_of_its_own():
    meeting = (
        "The third meeting of the commission, set up under the free trade agreement in force since March 2009, took "
        "place in Santiago in October 2023."
    )
    assert _rows(meeting) == [("October 2023", meeting, False)]


def test_what_befell_the_subjects_thing_in_a_whose_clause_goes_with_the_clauses_own_date():
    moved = (
        "The Free Trade Commission, whose meeting in Canberra was postponed in July, will now meet in Santiago in "
        "March, the two governments said."
    )
    assert _rows(moved, date=D(2026, 11, 5), as_of=D(2026, 11, 10)) == [("March 2027", moved, True)]
    # (after an object, the whose clause is what the sentence tells)
    expired = (
        "Spanish tuna vessels fished in Senegalese waters under the EU–Senegal fisheries agreement of 2014, whose "
        "protocol expired in November 2024 and was not renewed."
    )
    assert _rows(expired, date=D(2026, 10, 1), as_of=D(2026, 11, 10)) == [("November 2024", expired, False)]


def test_a_second_object_after_and_with_its_own_date_takes_the_verb_left_out():
    assert _rows(
        "The subsidiary signed a lease for a 12-hectare site with the Free Zones Authority on 19 May 2026 and, on 26 "
        "June 2026, a supply agreement with the Cocoa Board for up to 45,000 tonnes of beans a year from the 2027/28 "
        "crop season.",
        date=D(2026, 6, 30),
        as_of=D(2026, 10, 1),
    ) == [
        (
            "19 May 2026",
            "The subsidiary signed a lease for a 12-hectare site with the Free Zones Authority on 19 May 2026.",
            False,
        ),
        (
            "26 June 2026",
            "The subsidiary signed, on 26 June 2026, a supply agreement with the Cocoa Board for up to 45,000 tonnes of "
            "beans a year from the 2027/28 crop season.",
            False,
        ),
    ]


def test_when_a_timetable_runs_is_no_date_of_the_row():
    flights = (
        "Peru Air will launch a direct Lima–Nice route on 2 June, with two flights a week during the summer season."
    )
    assert _rows(flights, date=D(2026, 3, 2), as_of=D(2026, 3, 10)) == [("2 June 2026", flights, True)]


def test_who_told_whom_when_does_not_date_the_happening():
    lead = (
        "Armenian carrier Ararat Airways will launch the first direct scheduled flights between Yerevan and New Delhi "
        "on 20 January, the Civil Aviation Committee told Armenpress on Thursday."
    )
    assert _rows(lead, date=D(2026, 12, 11), as_of=D(2026, 12, 15)) == [("20 January 2027", lead, True)]


def test_a_count_of_people_now_is_no_storys_happening():
    lead = (
        "Armenian carrier Ararat Airways will launch the first direct scheduled flights between Yerevan and New Delhi "
        "on 20 January, the Civil Aviation Committee told Armenpress on Thursday."
    )
    students = (
        "More than 4,000 Indian students are enrolled at Armenian universities, and until now they have had to change "
        "planes in the Gulf to travel home."
    )
    item = _article("feed#a-1", D(2026, 12, 11), "Direct Flights to Start in January", lead, students)
    assert happening_sentence(item) != students
    assert [e.text for e in build_chronology([item], as_of=D(2026, 12, 15))] == [lead]


def test_a_note_that_a_figure_replaces_an_estimate_is_no_row():
    figure = (
        "Trade between Ghana and Japan amounted to GHS 5.06 billion in the first half of 2026, the service reports."
    )
    note = (
        "The figure replaces the preliminary estimate of GHS 4.87 billion published in August, which did not include "
        "late customs declarations for cocoa beans shipped in June."
    )
    assert [row for _, row, _ in _rows(figure, note, date=D(2026, 9, 17), as_of=D(2026, 10, 1))] == [figure]


def test_a_place_said_to_open_is_a_plan():
    said = (
        "The Ambassador said that the Japan External Trade Organization (JETRO) would open a desk in Kumasi in January "
        "to serve companies in the Ashanti and northern regions."
    )
    assert _rows(said, date=D(2026, 9, 28), as_of=D(2026, 10, 22)) == [("January 2027", said, True)]


def test_the_date_of_an_agreement_replaced_is_no_row():
    replaced = (
        "The agreement, signed in Canberra in March 2025, replaces the one in force since 2004 and allows people who "
        "have worked in both countries to combine periods of residence when claiming pensions."
    )
    assert _rows(replaced, date=D(2026, 10, 15), as_of=D(2026, 11, 1)) == [("March 2025", replaced, False)]


def test_a_scene_at_an_hour_of_the_morning_is_no_further_deed():
    arrived = (
        "The first commercial consignment of fresh Chilean blueberries to Australia arrived at Melbourne Airport on "
        "Tuesday aboard a freighter from Santiago, the embassy reports."
    )
    item = _article(
        "embassy#a-1", D(2026, 11, 12), "Blueberries", "The cargo doors opened just after six in the morning.", arrived
    )
    assert [e.text for e in build_chronology([item], as_of=D(2026, 11, 17))] == [arrived]


def test_one_visitors_visit_to_come_told_by_two_sources_is_one_row():
    accepted = _article(
        "wire#a-1", D(2026, 11, 3), "Talks", "Kast said he had accepted an invitation to visit Australia next year."
    )
    expected = _article(
        "magazine#a-1",
        D(2026, 10, 8),
        "Feature",
        "President José Antonio Kast is expected to pay a return visit to Australia in 2027.",
    )
    # (other rows make "visit" and "Australia" common words, as in any corpus on the relation)
    others = [
        _article(
            f"feed#a-{k}",
            D(2026, 11, k),
            "Visit",
            f"Chile's foreign minister paid a visit to Australia on {k} November {year}.",
        )
        for k, year in ((1, 2019), (2, 2021), (4, 2023), (5, 2024))
    ]
    rows = build_chronology([accepted, expected, *others], as_of=D(2026, 11, 17), include_item_dates=False)
    planned = [e for e in rows if e.planned]
    assert len(planned) == 1 and planned[0].label == "2027"
    assert {item for item, _ in planned[0].sources} == {"wire#a-1", "magazine#a-1"}


def test_what_a_papers_dated_happening_culminated_in_joins_its_row():
    visit = (
        "A notable example was the October 2022 state visit to Kazakhstan by Emir Sheikh Tamim bin Hamad Al-Thani of "
        "Qatar, which marked an important milestone."
    )
    signed = "This visit culminated in the signing of approximately a dozen bilateral agreements and memoranda."
    # (the row gives the visit, not that it is an example)
    shown = visit.replace("A notable example was the", "The")
    assert _rows(visit, signed) == [("October 2022", f"{shown} {signed}", False)]


def test_a_signing_named_in_passing_dates_its_protocol_across_a_name_with_a_comma():
    rows = _rows(
        "The consignment is the first under the phytosanitary protocol signed by the Ministry of Agriculture of "
        "Turkmenistan and the Ministry of Agriculture, Forestry and Fisheries of Japan in Tokyo in July.",
        date=D(2026, 11, 20),
        as_of=D(2026, 12, 1),
    )
    assert [(label, text[:40]) for label, text, _ in rows] == [
        ("July 2026", "The phytosanitary protocol signed by the")
    ]


def test_a_cabinet_expected_to_do_so_is_a_plan():
    step = (
        "On the Indian side it must be approved by the Union Cabinet, which is expected to do so in the first quarter "
        "of next year."
    )
    assert _rows(step, date=D(2026, 10, 21), as_of=D(2026, 12, 15)) == [("Q1 2027", step, True)]


def test_a_step_told_in_the_present_at_its_date_is_a_plan():
    rows = _rows(
        "The Embassy also reminds young Chileans that applications for the expanded Work and Holiday programme, which "
        "offers 5,000 places in 2027, open on 1 December.",
        date=D(2026, 11, 12),
        as_of=D(2026, 11, 17),
    )
    assert [(label, planned) for label, _, planned in rows] == [("1 December 2026", True)]
    assert "open on 1 December" in rows[0][1]


@pytest.mark.parametrize(
    "told",
    [
        "The air forces of Pakistan and Azerbaijan concluded the joint exercise Indus–Caspian 2026 at PAF Base Mushaf "
        "on Tuesday.",
        "The National Assembly on Tuesday passed the Customs (Second Amendment) Bill, 2026, which gives legal effect "
        "to the tariff concessions.",
        'The Royal Navy of Oman and the Pakistan Navy on Tuesday concluded the joint naval exercise "Sea Falcon 2026" in '
        "the Sea of Oman.",
    ],
)
def test_the_year_in_a_name_is_no_label_of_the_row(told):
    assert _rows(told, date=D(2026, 10, 28), as_of=D(2026, 12, 9)) == [("27 October 2026", told, False)]


def test_one_deed_on_two_occasions_is_one_row_with_both_dates():
    told = (
        "Indonesian presidents returned to Mexico only for the APEC summit in Los Cabos in 2002 and for the G20 summit "
        "there in 2012."
    )
    assert _rows(told) == [("2002 and 2012", told, False)]


def test_a_welcomed_arrival_of_a_month_told_on_its_day_is_no_row_of_its_own():
    arrived = _article(
        "apa#a-1",
        D(2026, 11, 4),
        "Heifers",
        "A first consignment of 1,150 pregnant Holstein heifers from Italy arrived at the port of Djen Djen on Tuesday, "
        "the ministry reports.",
    )
    welcomed = _article(
        "mfa#a-1",
        D(2026, 11, 20),
        "Talks",
        "The minister welcomed the arrival earlier this month of the first Italian breeding heifers and asked that "
        "the programme be extended to dairy equipment.",
    )
    ratified = _article(
        "mfa#a-2",
        D(2026, 11, 25),
        "Talks",
        "The leaders welcomed the ratification of the Investment Agreement by Parliament in November and agreed to "
        "work for its early entry into force.",
    )
    labels = [(e.label, e.text[:30]) for e in build_chronology([arrived, welcomed, ratified], as_of=D(2026, 12, 1))]
    assert labels == [
        ("November 2026", "The leaders welcomed the ratif"),  # (no day tells the ratification)
        ("3 November 2026", "A first consignment of 1,150 p"),
    ]


def test_a_relative_clauses_object_loses_the_capital_it_had_as_the_first_word():
    rows = _rows(
        "Negotiations on a phytosanitary protocol for avocados, which Guatemala first requested in 2015, were "
        "concluded in December 2025."
    )
    assert (
        "2015",
        "Guatemala first requested negotiations on a phytosanitary protocol for avocados in 2015.",
        False,
    ) in rows


def test_a_share_of_trade_is_no_row_but_a_figure_worth_an_amount_is():
    share = (
        "Cocoa beans and cocoa products accounted for 78 percent of Ghana's exports to Japan in the first half of 2026."
    )
    supplier = "Since then Algeria has been Italy's largest gas supplier, providing about 36 percent of Italian imports in 2024."
    worth = "South Africa's exports to Bahrain were worth R1.8 billion in 2025, according to the Revenue Service."
    restated = "In rupiah terms, bilateral trade in 2025 was worth about IDR 23.4 trillion."
    assert _rows(share, supplier, restated) == []
    assert _rows(worth) == [("2025", worth, False)]


def test_a_date_that_only_names_a_thing_in_a_present_clause_is_no_row():
    assert _rows("Investment has followed the political commitments of 2024.") == []
    assert (
        _rows(
            "Japanese investors cite the absence of an investment agreement as an obstacle, which explains the importance "
            "both governments attach to the agreement of December 2025."
        )
        == []
    )
    relief = "After the earthquake of April 2016, Korea provided USD 1 million in humanitarian aid."
    assert _rows(relief) == [("April 2016", relief, False)]


def test_a_who_clause_after_the_subject_tells_the_deed_when_the_rest_is_a_state():
    rows = _rows(
        "President Serdar Berdimuhamedov, who took office in March 2022, has maintained his predecessor's course."
    )
    assert rows == [("March 2022", "President Serdar Berdimuhamedov took office in March 2022.", False)]


def test_a_chambers_adopted_law_is_its_records_happening_not_of_the_committees_day():
    record = _article(
        "parl#a-1",
        D(2026, 10, 21),
        "Sitting",
        "The sitting resumed after a short break.",
        "Presiding Officer: Colleagues, we now take up the draft law on the ratification of the Agreement on Customs "
        "Matters.",
        "Chair of the Committee on Economic Affairs: The committee discussed the draft at its sitting of 14 October "
        "and recommends that the National Assembly adopt it.",
        "The National Assembly adopted the law on ratification with 96 votes in favour, none against and 2 "
        "abstentions.",
        "Presiding Officer: The law is adopted.",
    )
    assert happening_sentence(record).startswith("The National Assembly adopted the law")
    rows = [(e.label, e.text[:40]) for e in build_chronology([record], as_of=D(2026, 12, 15))]
    assert ("21 October 2026", "The National Assembly adopted the law on") in rows


def test_a_quoted_new_chapter_is_a_figure_of_speech_not_a_row():
    quote = '"Kuwait stood by us in our first years, and this week we have opened a new chapter," Japarov said.'
    signed = '"This week we signed eight agreements," Japarov said.'
    assert _rows(quote, date=D(2026, 11, 26), as_of=D(2026, 12, 8)) == []
    assert len(_rows(signed, date=D(2026, 11, 26), as_of=D(2026, 12, 8))) == 1


def test_when_a_signed_texts_change_takes_effect_is_not_when_it_was_signed():
    lead = "The two presidents agreed at La Moneda Palace on Tuesday to raise relations to a strategic partnership."
    signed = (
        "Ministers then signed a memorandum on critical minerals, an arrangement raising the annual cap of the Work "
        "and Holiday programme from 3,400 to 5,000 places from 1 January, and a memorandum on green hydrogen."
    )
    rows = _story_rows(lead, signed, date=D(2026, 11, 4))
    assert all(label != "1 January 2026" for label, _ in rows)
    assert rows[0][0] == "3 November 2026" and "Ministers then signed" in rows[0][1]


def test_a_disclosures_field_label_is_no_turn_from_its_lead():
    lead = (
        "Ayr Mining (TSX: AYR) announces that its board of directors resolved on 21 July 2026 to build a copper "
        "smelter in the Copperbelt, Zambia."
    )
    story = _article(
        "ayr#a-1",
        D(2026, 7, 22),
        "Untitled",
        lead,
        "Type of disclosure: new facility investment (final investment decision).",
        "Construction is scheduled to begin in November.",
    )
    assert happening_sentence(story) == lead


def test_a_sitting_opened_with_members_present_is_procedure_not_a_row_but_a_vote_is_one():
    opened = "The President of the Senate opened the ordinary sitting at 15:07 with 51 senators present."
    voted = "The Senate approved the convention with 49 of the 51 senators present in favour."
    story = _article("senate#a-1", D(2026, 10, 8), "Sitting of 8 October", opened, voted)
    assert [text for _, text in _labelled(build_chronology([story], as_of=D(2026, 12, 1)))] == [voted]


def test_a_colon_before_a_clause_of_its_own_cuts_but_not_before_a_list_of_titles():
    from reportgen.analysis.clauses import clause_spans

    def clauses(text: str) -> list[str]:
        return [description for _, _, description in clause_spans(text, 0, len(text))]

    assert clauses(
        "The crises of 2002–2011 slowed cooperation: Malta imposed targeted sanctions in January 2011 and lifted "
        "them in June."
    ) == [
        "The crises of 2002–2011 slowed cooperation.",
        "Malta imposed targeted sanctions in January 2011 and lifted them in June.",
    ]
    listed = (
        "After the talks, the following instruments were exchanged: Agreement on the transfer of sentenced persons, "
        "signed by the ministers; Protocol amending the convention on double taxation."
    )
    assert clauses(listed) == [listed]
    corrected = (
        "The office corrected its figure for 2025: trade with Peru amounted to EUR 38.4 million, not EUR 39.8 million."
    )
    assert clauses(corrected) == [corrected]


def test_a_text_added_to_a_visits_signings_is_a_further_deed_of_its_day():
    story = _article(
        "mfa#a-1",
        D(2026, 11, 3),
        "State Visit",
        "The Governor General of Malta arrived in Lima on Monday evening for a four-day state visit.",
        "Four agreements were signed after the talks this morning.",
        "In the afternoon, Malta's Minister of Development added a EUR 4 million contribution agreement supporting "
        "women coffee farmers.",
    )
    rows = _labelled(build_chronology([story], as_of=D(2026, 12, 1)))
    assert any("added a EUR 4 million contribution agreement" in text for _, text in rows)


def test_a_which_clause_inside_the_subject_dates_the_subjects_past_deed_not_the_main_verb():
    from reportgen.analysis.chronology import _main_clause

    told = (
        "Among them, Ayr Mining, which approved a smelter in the Copperbelt in July, signed a USD 38 million "
        "supply contract with a Maltese trader."
    )
    assert _main_clause(told) == "Among them, Ayr Mining signed a USD 38 million supply contract with a Maltese trader."
    setting = "During the round, which opened on 27 July, the negotiators closed four chapters."
    assert _main_clause(setting) == ""


def test_initialling_an_agreement_is_a_deed():
    from reportgen.analysis.chronology import states_deed

    assert states_deed("The two foreign ministers also initialled a framework agreement on science and technology.")
    assert not states_deed("The two foreign ministers also discussed a framework agreement on science and technology.")


def test_not_until_a_date_dates_the_deed_done_then():
    rows = _rows(
        "Peru opened a resident embassy in Valletta in 1966, whereas Malta did not open its embassy in Lima until 1988.",
        as_of=D(2026, 12, 1),
    )
    assert [(label, text) for label, text, _ in rows] == [
        ("1966", "Peru opened a resident embassy in Valletta in 1966."),
        ("1988", "Malta did not open its embassy in Lima until 1988."),
    ]


def test_and_between_two_subjects_of_a_relative_clause_cuts_nothing():
    from reportgen.analysis.clauses import clause_spans

    text = (
        "The shipment is the first under the protocol that the Malta Food Agency and the Peruvian Ministry of "
        "Agriculture signed in Lima on 9 June 2026."
    )
    assert [d for _, _, d in clause_spans(text, 0, len(text))] == [text]
    two = "The Agency approved the protocol that the ministers drafted, and the Ministry signed it in Lima in June."
    assert len(clause_spans(two, 0, len(two))) == 2


def test_a_figure_forecast_and_what_a_text_named_by_its_year_does_are_no_rows():
    assert (
        _rows(
            "Customs expect exports of coffee to Malta to rise further in the second half of 2026.", as_of=D(2026, 9, 1)
        )
        == []
    )
    assert _rows("The 2014 Mining Code shortened permit procedures for foreign companies.", as_of=D(2026, 9, 1)) == []
    assert [label for label, _, _ in _rows("The 2014 Mining Code was adopted by parliament in March 2014.")] == [
        "March 2014"
    ]


def test_one_of_the_deals_a_dated_sentence_told_joins_that_sentences_row():
    story = _article(
        "mfa#a-1",
        D(2026, 9, 18),
        "Visit",
        "On Wednesday, President Ana Ruiz toured the port of Marsaxlokk.",
        "On Thursday she opened the Malta–Peru Business Forum in Valletta, at which deals worth USD 310 million were "
        "announced. Among them, Ayr Mining, which approved a smelter in July, signed a USD 38 million supply contract "
        "with a Maltese trader.",
    )
    rows = dict(_labelled(build_chronology([story], as_of=D(2026, 10, 1))))
    assert "Ayr Mining signed a USD 38 million supply contract" in rows["17 September 2026"]
    assert "Ayr Mining" not in rows["16 September 2026"]


def test_a_figure_compared_with_a_year_earlier_is_the_releases_happening():
    opening = (
        "Malta's trade in goods with Peru totalled EUR 50.6 million in the first half of 2026, 9.1 percent more "
        "than a year earlier, the National Statistics Office reports."
    )
    release = _article(
        "nso#a-1",
        D(2026, 9, 10),
        "Trade",
        opening,
        "Imports from Peru, led by coffee and copper, amounted to EUR 43.1 million.",
    )
    assert happening_sentence(release) == opening


def test_a_date_in_a_closing_relative_clause_dates_that_clauses_deed_told_plainly():
    rows = _rows(
        "The shipment is the first under the phytosanitary protocol that the Malta Food Agency and the Peruvian "
        "Ministry of Agriculture signed in Lima on 9 June 2026.",
        as_of=D(2026, 12, 1),
    )
    assert [(label, text) for label, text, _ in rows] == [
        (
            "9 June 2026",
            "The Malta Food Agency and the Peruvian Ministry of Agriculture signed the phytosanitary protocol in Lima "
            "on 9 June 2026.",
        )
    ]
    story = _article(
        "wire#a-1",
        D(2026, 10, 21),
        "Groundbreaking",
        "On Tuesday, the two prime ministers broke ground on the Ayr smelter in Marsa, a EUR 240 million project "
        "that the company approved in August.",
    )
    labels = [label for label, _ in _labelled(build_chronology([story], as_of=D(2026, 12, 1)))]
    assert labels == ["August 2026", "20 October 2026"]


def test_a_deed_named_by_its_noun_and_dated_is_a_row():
    from reportgen.analysis.eventness import states_event

    def dated(text: str, date: str) -> bool:
        at = text.index(date)
        return states_event(text, date_at=(at, at + len(date)))

    told = (
        "The decision follows the signing of the mining convention with the State on 2 July 2026 and the grant of "
        "the mining permit by decree on 11 March 2026."
    )
    assert dated(told, "2 July 2026") and dated(told, "11 March 2026")
    assert not dated("The decision follows a long debate in the cabinet on 2 July 2026 about mining.", "2 July 2026")


def test_two_deeds_past_an_adjective_participle_and_a_phrase_set_off_by_commas_are_two_rows():
    rows = _rows(
        "Malta imposed targeted sanctions in January 2011, during the crisis, and lifted them in June of the same year.",
        as_of=D(2026, 12, 1),
    )
    assert [label for label, _, _ in rows] == ["January 2011", "June 2011"]
    assert rows[0][1] == "Malta imposed targeted sanctions in January 2011, during the crisis."


def test_one_ratification_worded_by_two_sources_is_one_row():
    wire = _article(
        "wire#a-1",
        D(2026, 11, 11),
        "Vote",
        "Malta's National Assembly on Tuesday passed the act promulgating the Agreement on Labour Cooperation "
        "between Peru and Malta by 41 votes to 8.",
    )
    feature = _article(
        "magazine#a-1",
        D(2026, 11, 16),
        "Workers",
        "The first 86 Peruvian welders arrived in Marsa in June.",
        "Valletta's parliament ratified the bilateral labour agreement last Tuesday.",
    )
    rows = [
        row
        for row in _labelled(build_chronology([wire, feature], as_of=D(2026, 12, 1)))
        if row[0] == "10 November 2026"
    ]
    assert len(rows) == 1


def test_a_feature_opening_on_a_long_while_yields_to_the_happening_after_it():
    scene = "For a decade, Peruvian coffee growers looked at the Maltese market as a promise that never came true."
    news = "On Tuesday, the first container of Peruvian coffee entitled to the zero tariff arrived in Valletta."
    story = _article("feature#a-1", D(2026, 3, 20), "Coffee", scene, news)
    assert happening_sentence(story) == news


def test_a_gatherings_days_told_in_a_relative_clause_date_it():
    from reportgen.analysis.eventness import states_event

    told = "Peru will be the guest country of the 54th Malta Arts Festival in Valletta, which runs from 16 October."
    at = told.index("16 October")
    assert states_event(told, date_at=(at, at + len("16 October")))


def test_a_participle_after_a_noun_is_no_trend():
    from reportgen.analysis.eventness import is_trend

    assert not is_trend("The first consignment, 48 tonnes grown in Gozo, was unloaded at Callao on Monday.")
    assert is_trend("Exports of seed potatoes have grown steadily since 2019.")


def test_the_period_a_figure_is_compared_with_is_no_label_of_its_row():
    rows = _rows(
        "Trade between Malta and Peru amounted to EUR 131.2 million in the first half of 2026, an increase of 7.4 "
        "percent on the first half of 2025, the office reports.",
        as_of=D(2026, 12, 1),
    )
    assert [label for label, _, _ in rows] == ["first half of 2026"]


def test_the_evening_before_counts_from_the_storys_last_day():
    call = "Ambassador Zhou Jian paid a courtesy call on the Deputy Prime Minister on Thursday."
    talk = "They discussed preparations for the Prime Minister's visit in November."
    reception = "The evening before, the Deputy Prime Minister had attended the embassy's national day reception."
    rows = _story_rows(call, talk, reception, date=D(2026, 10, 2))
    assert ("30 September 2026", reception) in rows and ("1 October 2026", call) in rows


def test_his_last_day_is_the_last_of_the_visits_days_and_its_row_ends_with_its_clause():
    lead = "Thani Al Zeyoudi concluded a three-day visit to Peru on Thursday, the news agency reports."
    last = (
        "On his last day in Lima the minister toured the Muelle Sur terminal, and the two ministers agreed that "
        "the Joint Committee will hold its first session in Abu Dhabi in February 2027."
    )
    rows = _story_rows(lead, last, date=D(2026, 10, 30))
    assert ("29 October 2026", "On his last day in Lima the minister toured the Muelle Sur terminal.") in rows


def test_a_story_opening_on_a_few_years_ago_yields_to_its_happening():
    then = "A few years ago most of the berries sold in Dubai came from South Africa and Chile."
    ship = "The first ship on a direct route from Callao to Jebel Ali left Peru on 2 October."
    assert happening_sentence(_article("f#a-1", D(2026, 10, 15), "x", then, ship)) == ship


def test_a_plan_rescheduled_without_the_word_postponed_is_one_row_with_the_news_that_moved_it():
    paper = _section(
        "paper#s1",
        "The Joint Commission held its seventh session in Beijing in 2023, and the eighth session is planned for "
        "October 2026 in Suva.",
    )
    moved = (
        "The minister was informed that the eighth session of the Joint Commission, which had been scheduled for "
        "October in Suva, will now take place in the first half of 2027."
    )
    story = _article("feed#a-1", D(2026, 10, 2), "Courtesy Call", moved)
    rows = _labelled(build_chronology([paper, story], as_of=D(2026, 12, 1)))
    assert [label for label, text in rows if "eighth session" in text] == ["first half of 2027"]


def test_a_day_told_in_a_where_clause_within_the_main_clauses_month_is_no_date_of_the_row():
    sentence = (
        "In May 2022 Foreign Minister Wang Yi visited Suva, where the Foreign Ministers' Meeting was held on 30 May "
        "without adopting the regional agreement."
    )
    assert _labelled(build_chronology([_section("paper#s1", sentence)], as_of=D(2026, 12, 1))) == [
        ("May 2022", sentence)
    ]


def test_a_row_tells_the_deed_not_the_advice_its_subject_went_on_to_give():
    told = (
        "He noted that the Standing Committee on Foreign Affairs had tabled its report on 17 November and "
        "recommended ratification with a declaration that Fiji may refuse requests."
    )
    story = _article("hansard#a-1", D(2026, 12, 3), "Motion", told)
    assert _labelled(build_chronology([story], as_of=D(2026, 12, 10))) == [
        (
            "17 November 2026",
            "He noted that the Standing Committee on Foreign Affairs had tabled its report on 17 November.",
        )
    ]


def test_a_forum_and_a_council_of_one_day_are_two_rows():
    forum = _article(
        "mfa#a-1",
        D(2026, 6, 17),
        "Forum",
        "On 16 June the Prime Minister opened the France–Laos Business Forum in Paris.",
    )
    council = _article(
        "wire#a-1",
        D(2026, 6, 20),
        "Council",
        "The Lao–French Business Council, founded in Paris on 16 June, will hold its first meeting in Vientiane in "
        "November, the department added.",
    )
    rows = _labelled(build_chronology([forum, council], as_of=D(2026, 10, 1)))
    assert [text for label, text in rows if label == "16 June 2026"] == [
        "On 16 June the Prime Minister opened the France–Laos Business Forum in Paris.",
        "The Lao–French Business Council, founded in Paris on 16 June.",
    ]


def test_the_same_day_and_in_the_evening_are_the_storys_last_day_told():
    arrived = "President Marcos arrived in Auckland on Sunday afternoon for a state visit to New Zealand."
    evening = "In the evening he met members of the Filipino community, which now numbers about 90,000 people."
    rows = _labelled(
        build_chronology([_article("dfa#a-1", D(2026, 10, 5), "Arrives", arrived, evening)], as_of=D(2026, 12, 1))
    )
    # (told in the lead's row, after it: the lead's day)
    assert rows == [("4 October 2026", f"{arrived} {evening}")]
    forum = "On Tuesday the President addressed a business forum at the Kuwait Chamber of Commerce."
    same = "The same day he held a separate meeting with Crown Prince Sheikh Sabah and visited the Kuwait Fund."
    rows = _labelled(
        build_chronology([_article("kabar#a-1", D(2026, 11, 26), "Returns", forum, same)], as_of=D(2026, 12, 1))
    )
    assert rows == [("24 November 2026", f"{forum} {same}")]


# -- session 24: holdout23's writers ---------------------------------------------------------------


def test_a_month_ahead_is_not_made_past_by_the_since_of_another_date():
    # "since" dates what follows it, not the month before it: the next February, not the last
    text = "The Joint Commission meets in Bangkok in February, its first session since March 2023."
    assert [(s.expression, s.start) for s in find_dates(text, D(2026, 10, 19))] == [
        ("February", D(2027, 2, 1)),
        ("March 2023", D(2023, 3, 1)),
    ]


def test_a_storys_deed_keeps_its_day_when_only_a_whose_clause_names_a_date():
    lead = "Foreign Minister Kinzang Wangmo received Thailand's Minister of Higher Education at the Tashichhodzong on Friday."
    signed = (
        "In the presence of the two ministers, the Royal University of Bhutan and Chulalongkorn University signed an "
        "agreement to launch a joint master's programme in public health, whose first 20 students will enrol in "
        "August 2027."
    )
    scholarships = "The Thai minister also announced 40 scholarships for Bhutanese students at Thai universities."
    rows = _story_rows(lead, signed, scholarships, date=D(2026, 10, 17))
    assert rows[0] == (
        "16 October 2026",
        f"{lead} {signed[: signed.index(', whose')]}. {scholarships}",
    )
    assert rows[1] == ("August 2027", signed)


def test_a_series_keeps_its_text_and_a_since_of_another_date_recalls_nothing():
    series = "Prime ministers of Bhutan visited Bangkok in 2004, 2013 and 2019."
    flights = (
        "Drukair and, since 2013, Bhutan Airlines fly between Paro and Bangkok, but the air services arrangement "
        "concluded in 2004 caps flights at five a week per carrier."
    )
    rows = _rows(series, flights)
    assert ("2004, 2013 and 2019", series, False) in rows
    assert any(label == "2004" and text.startswith("Drukair") for label, text, _ in rows)


def test_the_two_ends_of_a_route_are_no_two_clauses():
    text = "Luxair will fly once a week between Luxembourg and the island of Sal from 19 December, the airline said."
    assert [text[a:b] for a, b, _ in clause_spans(text, 0, len(text))] == [text]


def test_put_off_until_after_a_date_keeps_the_whole_sentence():
    text = "Its signature, first planned for March 2026, has been put off until after the legislative elections of 12 April 2026."
    assert _rows(text) == [("March 2026", text, False)]


def test_a_thing_that_dates_from_a_year_is_a_clause_and_a_happening():
    rows = _rows("Brazil opened an embassy in Georgetown in 1968, while Guyana's embassy in Brasília dates from 1974.")
    assert rows == [
        ("1968", "Brazil opened an embassy in Georgetown in 1968.", False),
        ("1974", "Guyana's embassy in Brasília dates from 1974.", False),
    ]


def test_a_year_naming_a_thing_does_not_date_the_deeds_after_it():
    text = (
        "A Joint Commission was created by the 1982 agreement but met for the first time only in 2009, again in "
        "2016 and a third time in Georgetown in May 2022."
    )
    assert _rows(text) == [("2009, 2016 and May 2022", text, False)]


def test_an_apposition_that_did_something_at_a_date_of_its_own_is_a_row():
    text = (
        "In 2019 the two governments agreed to let residents of the border towns cross with a local border card, "
        "an arrangement that took effect in 2021 and is used by several thousand people."
    )
    assert _rows(text) == [
        (
            "2019",
            "In 2019 the two governments agreed to let residents of the border towns cross with a local border card.",
            False,
        ),
        ("2021", "The arrangement took effect in 2021.", False),
    ]


def test_a_rule_adopted_in_passing_is_a_row_of_its_own():
    text = (
        "The cargo entered Guyana at Lethem on 2 and 3 November under the transit procedure adopted by the Guyana "
        "Revenue Authority in October, and travelled by road through Linden."
    )
    rows = _story_rows(text, date=D(2026, 11, 16))
    assert ("October 2026", "The transit procedure adopted by the Guyana Revenue Authority in October.") in rows
    assert rows[-1] == ("2–3 November 2026", text)


def test_the_new_date_of_a_happening_called_off_before_is_a_row():
    text = (
        "The Roraima–Guyana business round, which had been planned for October and was postponed because of the "
        "elections, will be held in Boa Vista on 24 and 25 February, the state Federation of Industries announced."
    )
    assert _rows(text, date=D(2026, 12, 8), as_of=D(2026, 12, 12)) == [("24–25 February 2027", text, True)]


def test_an_hour_that_opens_a_scene_of_common_things_is_no_story():
    from reportgen.analysis.chronology import procedural

    assert procedural("At six in the morning the queue of trucks at the customs yard already reached back to the road.")
    assert not procedural("At dawn, President Ali laid a wreath at the monument.")


def test_an_interviews_frame_and_its_answers_are_no_rows_of_the_story():
    rows = _story_rows(
        "The interview took place in a borrowed office above a bakery on Norzin Lam.",
        "Ambassador Sirirat Pholdee spoke to Kuensel about the September visit and what comes next.",
        "A: It gave us five signed documents, but more importantly a deadline.",
        "A: Cabinet approved it on 6 October.",
        date=D(2026, 10, 19),
    )
    assert rows == [("6 October 2026", "Cabinet approved it on 6 October.")]


def test_a_study_presented_on_a_day_is_a_happening_whatever_it_guesses():
    text = (
        "A feasibility study presented in Georgetown on Wednesday concluded that a transmission line to Boa Vista "
        "would be technically viable and could be built for about US$1.1 billion."
    )
    assert _story_rows(text, date=D(2026, 10, 23)) == [("21 October 2026", text)]


def test_a_wire_story_is_dated_by_what_it_tells_not_by_its_dateline():
    lines = [
        "20.10.2026",
        "Consultations",
        "PODGORICA, Oct 16 (MNA) - The two deputy ministers held political consultations in Podgorica on Thursday.",
    ]
    doc, _ = read_feed(lines, doc_id="mna", path="mna.txt")
    assert _labelled(build_chronology(doc.items, as_of=D(2026, 12, 1), include_item_dates=False)) == [
        ("15 October 2026", "The two deputy ministers held political consultations in Podgorica on Thursday.")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a service scheduled is no plan: the Monday before the story
        (
            "The first scheduled bus service linking Belize City with Chetumal set off on Monday morning with 41 "
            "passengers on board.",
            ["14 December 2026"],
        ),
        # when a thing named in passing runs out is no date of the deed told on Thursday
        (
            "The power company has signed a ten-year contract with CFE, replacing an agreement that expires at the end "
            "of March, the company said on Thursday.",
            ["10 December 2026"],
        ),
    ],
)
def test_a_story_s_day_is_not_taken_by_a_service_scheduled_or_a_term_that_ends(sentence, expected):
    rows = _rows(sentence, as_of=D(2026, 12, 31), date=D(2026, 12, 15))
    assert [label for label, _, _ in rows] == expected


def test_a_which_after_a_phrase_set_off_tells_of_the_thing_before_the_phrase():
    rows = _rows(
        "She pointed to the 180-room Hotel Bjelasica Park in Kolašin, built by the Istanbul-based Arda Turizm group "
        "for EUR 34 million, which opened on 20 June.",
        "The Senate on Thursday approved the Comprehensive Economic Partnership Agreement between Peru and the United "
        "Arab Emirates, signed in Abu Dhabi in January.",
        as_of=D(2026, 12, 31),
        date=D(2026, 10, 12),
    )
    assert [(label, text) for label, text, _ in rows] == [
        (
            "January 2026",
            "The Comprehensive Economic Partnership Agreement between Peru and the United Arab Emirates, signed in Abu "
            "Dhabi in January.",
        ),
        ("20 June 2026", "The 180-room Hotel Bjelasica Park in Kolašin opened on 20 June."),
        (
            "8 October 2026",
            "The Senate on Thursday approved the Comprehensive Economic Partnership Agreement between Peru and the "
            "United Arab Emirates.",
        ),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a date moved "from A to B" is B, still to come, not a span of days
        (
            "Air Niugini has postponed the launch of its direct flights between Port Moresby and Jayapura from "
            "10 December to 15 January 2027, the airline said on Monday.",
            [("15 January 2027", True)],
        ),
        # ... but a span after a postponement told in passing stays a span
        (
            "The second session of the Joint Commission, postponed in May, will be held in Prague from 23 to 25 "
            "November.",
            [("May 2026", False), ("23–25 November 2026", True)],
        ),
        # the period a release covers is not when it comes out
        (
            "The next bulletin, covering the third quarter, will be published on 13 November 2026.",
            [("13 November 2026", True)],
        ),
        ("The release for the third quarter of 2026 is scheduled for 29 January 2027.", [("29 January 2027", True)]),
        # a passive after "be" is no past: the December ahead
        ("All twelve boreholes are due to be finished before the end of December.", [("December 2026", True)]),
        ("The boreholes were finished before the end of December.", [("December 2025", False)]),
    ],
)
def test_dates_moved_released_passive_or_followed_by_a_result(sentence, expected):
    rows = _rows(sentence, as_of=D(2026, 6, 11), date=D(2026, 6, 11))
    assert [(label, planned) for label, _, planned in rows] == expected


def test_what_may_follow_from_a_deed_done_casts_no_doubt_on_the_deed():
    rows = _rows(
        "Our National Assembly ratified it in September, so once the diplomatic notes are exchanged it can enter into "
        "force, we hope in December.",
        as_of=D(2026, 11, 6),
        date=D(2026, 11, 6),
    )
    assert [label for label, _, _ in rows] == ["September and December 2026"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a change to a timetable is a happening, the timetable itself is not
        (
            "Flights will operate three times a week, on Mondays, Thursdays and Saturdays, with a fourth weekly "
            "frequency to be added in January 2027.",
            [("January 2027", True)],
        ),
        # building works are no scholarly works
        (
            "The tender for the works is expected to be launched in December.",
            [("December 2026", True)],
        ),
        # what a speaker adds casts no doubt on the plan he states
        (
            "A third hall is planned for 2028, the company's chief executive said, adding that the plant would train "
            "40 apprentices a year.",
            [("2028", True)],
        ),
        # "Since 1998, when ...": the deed the when-clause tells, however long its subject
        (
            "Since 1998, when the interconnection between the Mexican grid and the substation at Corozal was "
            "energised, Belize has bought power from CFE.",
            [("1998", False)],
        ),
        # ... but an era's "when" must name its deed at once
        (
            "The situation changed in the 1990s, when the liberalisation of the Peruvian mining sector opened the door "
            "to Canadian exploration companies.",
            [],
        ),
        # a deed after a colon, beside a habit told in a clause of its own
        (
            "Parliamentary contacts complement the dialogue of the executives: in May 2023 the Speaker of the Grand "
            "National Assembly visited Podgorica, and friendship groups in both parliaments meet regularly.",
            [("May 2023", False)],
        ),
        # a flow over a period told with a copula, not a share
        (
            "For the whole of 2025, bilateral trade was E 2.61 billion, compared with E 2.27 billion in 2024.",
            [("2025", False)],
        ),
        ("Trade was 36 percent higher in 2025.", []),
    ],
)
def test_changes_works_additions_when_clauses_colons_and_flows(sentence, expected):
    rows = _rows(sentence, as_of=D(2026, 10, 20), date=D(2026, 10, 20))
    assert [(label, planned) for label, _, planned in rows] == expected


def test_a_feature_s_opening_scene_at_an_hour_yields_to_the_deed_after_it():
    story = _article(
        "ohrid#a-1",
        D(2026, 7, 21),
        "Untitled",
        "The excavator arrived before the tourists did, and by eight o'clock the lakeside road at Kališta was down "
        "to a single lane.",
        "Work began yesterday on the last section of the wastewater collector at Lake Ohrid, a project paid for by "
        "Slovenia's development cooperation programme.",
    )
    assert _labelled(build_chronology([story], as_of=D(2026, 11, 19), include_item_dates=False)) == [
        (
            "20 July 2026",
            "Work began yesterday on the last section of the wastewater collector at Lake Ohrid, a project paid for "
            "by Slovenia's development cooperation programme.",
        )
    ]


def test_a_record_s_hours_are_no_rows_and_a_debate_put_off_to_a_sitting_is_planned():
    from reportgen.analysis.chronology import procedural

    assert procedural("The sitting was closed at 16:40.")
    assert not procedural("The meeting was closed by the chair after the vote.")
    rows = _rows(
        "At the request of the Government, the debate on this item was postponed to the sitting of 27 October 2026.",
        as_of=D(2026, 10, 21),
        date=D(2026, 9, 29),
    )
    assert [(label, planned) for label, _, planned in rows] == [("27 October 2026", True)]


def test_an_interviewer_s_turn_is_no_row_the_answer_is():
    story = _article(
        "radio#a-1",
        D(2026, 11, 6),
        "Untitled",
        "This is an edited transcript of the conversation with the Ambassador.",
        "HOST: In March you celebrated an anniversary.",
        "AMBASSADOR: Yes, on 17 March we marked 33 years of diplomatic relations with a concert.",
    )
    assert _labelled(build_chronology([story], as_of=D(2026, 11, 19), include_item_dates=False)) == [
        ("17 March 2026", "AMBASSADOR: Yes, on 17 March we marked 33 years of diplomatic relations with a concert.")
    ]


def test_a_record_s_heading_and_its_first_steps_are_no_rows():
    record = _article(
        "skupstina#a-1",
        D(2026, 9, 29),
        "Untitled",
        "Summary record of the ninth sitting of the second regular session of 2026, Parliament of Montenegro, Podgorica.",
        "The sitting was opened at 10:05 by the Speaker, with 63 members present.",
        "The agenda was adopted without amendments.",
        "Records of the talks show that the treaty was signed in 1991.",
    )
    assert _labelled(build_chronology([record], as_of=D(2026, 10, 21), include_item_dates=False)) == [
        ("1991", "Records of the talks show that the treaty was signed in 1991.")
    ]


def test_who_spoke_to_an_outlet_and_when_is_the_interview_not_a_happening():
    rows = _rows(
        "Taiwan's Ambassador, Chen Tsung-ming, spoke to the Weekend Herald this week, eight days after the Joint "
        "Commission closed in Taipei.",
        "The Commissioner spoke to the Daily News after the arrival of the first direct flight from Stockholm on "
        "2 December.",
        as_of=D(2026, 12, 31),
        date=D(2026, 12, 5),
    )
    assert [label for label, _, _ in rows] == ["2 December 2026"]


def test_the_name_an_answer_opens_with_is_who_speaks_not_who_acts():
    interview = _article(
        "herald#a-1",
        D(2026, 7, 24),
        "Interview",
        'Chen Tsung-ming: "The contractor will be selected before the end of this year.',
    )
    speech = _article(
        "gis#a-1",
        D(2026, 9, 7),
        "Speech",
        "In his speech on 6 September, Ambassador Chen Tsung-ming announced that 45 students had been awarded "
        "scholarships.",
    )
    rows = build_chronology([interview, speech], as_of=D(2026, 11, 12), include_item_dates=False)
    assert [(e.label, e.planned) for e in rows] == [("late 2026", True), ("6 September 2026", False)]


def test_a_month_s_plan_to_sign_folds_into_the_day_it_was_signed():
    plan = _article(
        "mae",
        D(2026, 8, 14),
        "Rice Project Closes Sixth Phase",
        "A ministry delegation will travel to Havana in November to sign an agreement on a joint rice seed company.",
    )
    done = _article(
        "vna",
        D(2026, 11, 19),
        "Seed Company Agreed",
        "Vietnamese and Cuban agricultural enterprises on Tuesday signed an agreement to establish a joint venture "
        "producing certified rice seed in Los Palacios, with a registered capital of USD 12 million.",
    )
    events = build_chronology([plan, done], as_of=D(2026, 11, 19), include_item_dates=False)
    assert [(e.label, [s for s, _ in e.sources]) for e in events] == [("17 November 2026", ["vna", "mae"])]


def test_a_deed_timed_by_another_happening_is_not_that_happening():
    paper = _section("paper#s1", "A dengue outbreak was declared in Samoa on 14 March 2026.")
    story = _article(
        "sps",
        D(2026, 8, 21),
        "Talks",
        "The Deputy Prime Minister recalled that New Zealand nurses had reached Apia within two days of the "
        "dengue outbreak in March.",
    )
    events = build_chronology([paper, story], as_of=D(2026, 12, 1), include_item_dates=False)
    assert [e.label for e in events] == ["March 2026", "14 March 2026"]


def test_an_opening_and_an_inauguration_of_one_embassy_on_one_day_are_one_row():
    others = [
        _section(f"paper#s{n}", f"Mexican and Omani officials met in Muscat in {year} to discuss {topic}.")
        for n, (year, topic) in enumerate(
            [(2015, "fisheries"), (2017, "visas"), (2019, "energy"), (2021, "ports"), (2023, "tourism")], 2
        )
    ]
    paper = _section(
        "paper#s1",
        "The opening of the Mexican embassy in Muscat on 15 March 2026 completed the diplomatic architecture of the "
        "relationship.",
    )
    story = _article(
        "na",
        D(2026, 3, 16),
        "Embassy",
        "The Embassy of Mexico in Muscat was inaugurated on Sunday by the Mexican Undersecretary for Foreign Affairs.",
    )
    events = build_chronology([paper, *others, story], as_of=D(2026, 12, 1), include_item_dates=False)
    assert [(e.label, len(e.sources)) for e in events if e.start.year == 2026] == [("15 March 2026", 2)]


def test_a_text_signed_that_month_by_its_title_and_a_day_s_plan_told_before_are_one_row_each():
    fillers = [
        _section(
            f"paper#s{n}", f"New Zealand and Samoa signed the Statement of Partnership for {year}–{year + 4} in {year}."
        )
        for n, year in enumerate((2006, 2011, 2016, 2021), 2)
    ]
    month = _section(
        "paper#s1",
        "The foreign ministers of both countries signed the Statement of Partnership in Apia in August 2026.",
    )
    day = _article(
        "pmo",
        D(2026, 8, 21),
        "Partnership",
        "On Thursday the two ministers signed the Statement of Partnership for 2026–2030, which sets priorities in "
        "climate resilience, health and education.",
    )
    events = build_chronology([month, *fillers, day], as_of=D(2026, 12, 1), include_item_dates=False)
    assert [(e.label, len(e.sources)) for e in events if e.start.year == 2026 and e.precision != "range"] == [
        ("20 August 2026", 2)
    ]
    plan = _article(
        "ami#a-1",
        D(2026, 9, 2),
        "Roadshow",
        "The minister added that a Mauritania investment roadshow was scheduled in Madrid for 22 September.",
    )
    held = _article(
        "ami#a-2",
        D(2026, 9, 23),
        "Roadshow",
        "More than 140 Spanish companies attended the Mauritania investment roadshow held in Madrid on 22 September.",
    )
    events = build_chronology([plan, held], as_of=D(2026, 12, 1), include_item_dates=False)
    assert [(e.label, e.text, len(e.sources)) for e in events] == [("22 September 2026", held.paragraphs[0].text, 2)]


def test_a_sitting_s_record_gives_rows_for_what_its_speakers_tell_not_for_its_procedure():
    record = _article(
        "hansard#a-1",
        D(2026, 7, 15),
        "Hansard",
        "The House met at a quarter past two o'clock in the afternoon.",
        "HONOURABLE CHIRISA: My question is directed to the Minister of Lands. What has happened to the plant?",
        "THE DEPUTY MINISTER OF LANDS (HONOURABLE NYAMANDE): Thank you, Madam Speaker. The plant was due to open "
        "in June. The kits reached Willowvale on 2 July, and assembly has started.",
        "On the motion of the Leader of Government Business, the House adjourned at twenty-five minutes to six "
        "o'clock until tomorrow, Thursday, 16th July, 2026.",
    )
    assert _labelled(build_chronology([record], as_of=D(2026, 11, 1))) == [
        ("June 2026", "The plant was due to open in June."),
        ("2 July 2026", "The kits reached Willowvale on 2 July, and assembly has started."),
    ]


def test_an_interview_s_setting_and_its_questions_give_no_row_its_answers_do():
    interview = _article(
        "daily#a-1",
        D(2026, 8, 3),
        "Interview",
        "On the eve of the sixth anniversary of the port explosion, the daily spoke to her at the embassy in Beirut.",
        "Q: President Aoun paid a state visit to Nicosia in February. What came out of it?",
        "A: I was a first secretary here then. On the morning of 5 August 2020 a team of twelve Cypriot rescuers "
        "with their dogs landed at Beirut airport.",
    )
    assert _labelled(build_chronology([interview], as_of=D(2026, 10, 1))) == [
        (
            "5 August 2020",
            "On the morning of 5 August 2020 a team of twelve Cypriot rescuers with their dogs landed at Beirut airport.",
        ),
    ]


def test_a_first_in_years_is_a_story_s_news_not_what_came_before():
    story = _article(
        "mail#a-1",
        D(2026, 10, 21),
        "Ferry",
        "By the time the last lorry had rolled up the ramp, the coffee machine had already run dry.",
        "The Aegean Elpida left Limassol on Tuesday evening, the first scheduled passenger ferry to Beirut since "
        "2012, and tied up in the Lebanese capital the next morning.",
        "On board were 312 passengers and 41 vehicles.",
    )
    assert happening_sentence(story) == story.paragraphs[1].text
    from reportgen.analysis.chronology import tells_background

    assert tells_background("The ferry has sailed to Beirut since 2012.")
    assert not tells_background("It was the first ferry to Beirut since 2012.")


def test_one_happening_told_again_by_its_listed_dates_its_recall_or_its_amount_is_one_row():
    paper = _section(
        "paper#s1",
        "In September 2023 Prime Minister Gusmão and President Xi Jinping met in Hangzhou and raised relations to a "
        "comprehensive strategic partnership.",
        "The visits of the navy hospital ship Peace Ark to Dili in 2010 and 2018 were widely reported.",
        "The programme moved to Natarbora, where a demonstration farm of 2,000 hectares was set up in June 2025 "
        "with Chinese funds.",
    )
    communique = _article(
        "mfa#a-1",
        D(2026, 10, 23),
        "Communique",
        "The two sides reviewed with satisfaction the development of the comprehensive strategic partnership "
        "established in September 2023.",
    )
    ship = _article(
        "tatoli#a-2", D(2026, 11, 25), "Ship", "It was the ship's third call at Dili, after visits in 2010 and 2018."
    )
    farm = _article(
        "tatoli#a-3",
        D(2026, 12, 9),
        "Farm",
        "The 2,000-hectare farm was set up in June 2025 with a Chinese grant of RMB 45 million.",
    )
    rows = _labelled(build_chronology([paper, communique, ship, farm], as_of=D(2026, 12, 17), include_item_dates=False))
    assert [label for label, _ in rows] == ["2010 and 2018", "September 2023", "June 2025"]
    assert rows[1][1].startswith("In September 2023 Prime Minister Gusmão")  # the deed told, not its recall


def test_since_then_counts_on_from_the_row_s_own_date_and_recalls_no_date_of_a_series():
    paper = _section(
        "paper#s1",
        "In 2010 Timor-Leste received two patrol boats built in China, the first vessels of its naval component, "
        "and Chinese military academies have trained small numbers of Timorese officers since then.",
        "The visits of the Chinese hospital ship Peace Ark to Timorese ports in 2010 and 2018 were widely reported.",
    )
    rows = _labelled(build_chronology([paper], as_of=D(2026, 12, 17), include_item_dates=False))
    assert [label for label, _ in rows] == ["2010", "2010 and 2018"]


def test_a_plan_its_deed_was_told_done_later_than_planned_is_that_deed_s_row():
    communique = _article(
        "mfa#a-1",
        D(2026, 10, 22),
        "Communique",
        "The Chinese side will send agricultural experts to help the Natarbora demonstration farm bring in its "
        "first hybrid rice harvest in late November.",
    )
    harvest = _article(
        "tatoli#a-2",
        D(2026, 12, 9),
        "Harvest",
        "Farmers and Chinese agronomists brought in the first harvest of hybrid rice from the Natarbora "
        "demonstration farm on Friday, a week later than first planned because of early rains.",
    )
    rows = _labelled(build_chronology([communique, harvest], as_of=D(2026, 12, 17), include_item_dates=False))
    assert rows == [("4 December 2026", harvest.paragraphs[0].text)]


def test_two_rows_of_one_day_sharing_three_rare_words_are_one_happening():
    plan = _article(
        "cna#a-1",
        D(2026, 10, 14),
        "Ferry",
        "The first passenger ferry service in fourteen years will start on 20 October, three months later than "
        "planned, once repairs to the terminal gangway are finished.",
    )
    done = _article(
        "mail#a-2",
        D(2026, 10, 21),
        "Crossing",
        "A passenger ferry left the harbour on 20 October, the first scheduled crossing since 2012, and tied up at "
        "the far quay shortly after seven the next morning.",
    )
    other = _article(
        "cna#a-3", D(2026, 10, 21), "Talks", "The two ministers met in Nicosia on 20 October to discuss energy."
    )
    rows = _labelled(build_chronology([plan, done, other], as_of=D(2026, 10, 23), include_item_dates=False))
    assert [label for label, _ in rows] == ["20 October 2026", "20 October 2026"]


def test_the_outlet_asking_in_its_own_name_is_an_interviewer_s_turn():
    from reportgen.analysis.chronology import INTERVIEWER_TURN

    assert INTERVIEWER_TURN.match("Weekend Herald: Ambassador, the Joint Commission met in Taipei from 14 to 16 July.")
    assert INTERVIEWER_TURN.match("Kuensel: Minister, you signed the agreement in May.")
    assert not INTERVIEWER_TURN.match('Chen Tsung-ming: "Six agreements were signed on the last day."')
    assert not INTERVIEWER_TURN.match("Note: The figures are provisional.")


def test_a_plan_called_off_is_told_by_its_calling_off():
    plan = _article(
        "embassy#a-1",
        D(2026, 11, 2),
        "Festival",
        "The Mexico–Belize cultural festival will take place in Corozal on 28 November, with 120 artists from "
        "Quintana Roo and Yucatán.",
    )
    off = _article(
        "wire#a-2",
        D(2026, 11, 20),
        "Festival",
        "The Mexico–Belize cultural festival planned for 28 November in Corozal has been cancelled because the "
        "civic centre is still under repair, the Mexican embassy said on Thursday.",
    )
    rows = _labelled(build_chronology([plan, off], as_of=D(2026, 11, 26), include_item_dates=False))
    assert rows == [("28 November 2026", off.paragraphs[0].text)]


def test_a_year_s_figure_told_first_as_preliminary_then_final_is_one_row():
    paper = _section(
        "paper#s1",
        "Trade between Cyprus and Lebanon has grown steadily. Preliminary data put it at EUR 405.2 million in 2025 "
        "(Table 1).",
    )
    release = _article(
        "cystat#a-1",
        D(2026, 6, 18),
        "Trade",
        "Trade in goods between Cyprus and Lebanon reached EUR 412.7 million in 2025, according to final data "
        "released today by the Statistical Service of Cyprus (CYSTAT).",
    )
    events = build_chronology([paper, release], as_of=D(2026, 10, 23), include_item_dates=False)
    assert [(e.label, len(e.sources)) for e in events] == [("2025", 2)]
    assert "according to final data" in events[0].text


def test_a_record_s_heading_is_procedure_and_its_sitting_s_report_leads():
    from reportgen.analysis.chronology import happening_sentence, procedural

    heading = (
        "Minutes of the ordinary session of the District Council of Valdemar, held in the town hall on "
        "Tuesday, 3 March 2026."
    )
    assert procedural(heading)
    assert procedural("Transcript of the sitting of the Committee on Foreign Affairs, 12 May 2026.")
    assert not procedural("Proceedings of the twelfth session were published in June.")
    assert not procedural("The minutes of the session record the vote.")
    minutes = _article(
        "council#a-1",
        dt.date(2026, 3, 4),
        heading,
        heading,
        "The session opened at 5.20 p.m. with nine of the eleven councillors present.",
        "The Mayor reported that the ceremony for the 50th anniversary of the twinning with Kolding had "
        "been held that morning in the main square.",
    )
    assert happening_sentence(minutes) == minutes.paragraphs[2].text


def test_a_journey_told_by_a_relative_clause_and_its_main_verb_is_one_row():
    text = (
        "A train of 30 wagons of wheat and dried apricots that left Almaty on 3 September reached the port of "
        "Klaipėda on Friday, after 24 days on the road."
    )
    rows = group_clauses(extract_events(text, reference=dt.date(2026, 9, 29), item_id="a", location=None))
    assert [(r.label, r.text) for r in rows] == [("3 September 2026 and 25 September 2026", text)]


def test_a_deed_on_the_eve_of_the_story_s_meeting_is_the_day_before():
    story = _article(
        "cci#a-1",
        dt.date(2026, 11, 12),
        "Commission Meets in Vilnius",
        "The fifth meeting of the Lithuania–Kazakhstan Intergovernmental Commission took place in Vilnius yesterday.",
        "On the eve of the meeting, the co-chairs opened a Kazakh Trade House in the Žirmūnai district.",
    )
    rows = {e.text: e.label for e in build_chronology([story], as_of=dt.date(2026, 12, 1))}
    assert rows[story.paragraphs[1].text] == "10 November 2026"


def test_a_service_that_starts_on_a_weekday_and_date_is_a_plan():
    rows = group_clauses(
        extract_events(
            "Air Astana will fly between Almaty and Vilnius three times a week from Sunday, 28 March 2027, the "
            "airline said on Tuesday.",
            reference=dt.date(2026, 10, 14),
            item_id="a",
            location=None,
        )
    )
    assert [r.label for r in rows if _is_happening(r, "en")] == ["28 March 2027"]


def test_a_clause_after_a_colon_keeps_its_own_subject():
    text = (
        "Many of you have asked me about the wagons: the first trial train along the corridor left Almaty on 4 "
        "May and is expected in Klaipėda in the third week of June."
    )
    rows = group_clauses(extract_events(text, reference=dt.date(2026, 5, 20), item_id="a", location=None))
    assert [r.text for r in rows] == [
        "The first trial train along the corridor left Almaty on 4 May.",
        "The first trial train along the corridor is expected in Klaipėda in the third week of June.",
    ]


def test_a_first_arrival_told_as_arrived_and_as_came_is_one_row():
    first = extract_events(
        "The first Korean volunteers arrived a year later, in 1991.", reference=None, item_id="a", location=LOC
    )
    second = extract_events(
        "The first group of Korean volunteers came to the country in 1991.", reference=None, item_id="b", location=LOC
    )
    assert [e.sources for e in merge_events(first + second)] == [(("a", LOC), ("b", LOC))]


def test_a_broadcast_presenter_s_news_is_a_row_and_a_host_s_question_is_not():
    rows = {
        text: _is_happening(row, "en")
        for text in (
            "PRESENTER: The minister signed the accord in Addis Ababa on Tuesday.",
            "HOST: In March you opened a consulate in Busan.",
            "ANCHOR: Did the talks on 3 May go well?",
        )
        for row in group_clauses(extract_events(text, reference=dt.date(2026, 11, 20), item_id="a", location=None))
    }
    assert rows == {
        "PRESENTER: The minister signed the accord in Addis Ababa on Tuesday.": True,
        "HOST: In March you opened a consulate in Busan.": False,
        "ANCHOR: Did the talks on 3 May go well?": False,
    }


def test_a_row_leaves_out_a_reporter_s_name_but_not_one_who_speaks_for_we():
    from reportgen.analysis.discourse import without_speakers

    assert (
        without_speakers(
            "CORRESPONDENT: Yesterday the President held talks. CORRESPONDENT: The two sides signed a loan."
        )
        == "Yesterday the President held talks. The two sides signed a loan."
    )
    kept = "AMBASSADOR: Yes, on 17 March we marked 33 years of relations."
    assert without_speakers(kept) == kept
    assert without_speakers("Note: the data are preliminary.") == "Note: the data are preliminary."
    # an answer's label names no one, whoever "we" are
    assert without_speakers("A: Exports reached USD 2 billion in 2025 and we expect more.") == (
        "Exports reached USD 2 billion in 2025 and we expect more."
    )


def test_a_figure_against_last_year_s_in_a_one_letter_currency_is_a_baseline():
    text = (
        "For the whole of 2025, trade between the two countries totalled K61.2 billion, against K52.6 billion in 2024."
    )
    rows = group_clauses(extract_events(text, reference=dt.date(2026, 3, 1), item_id="a", location=None))
    assert [r.label for r in rows] == ["2025"]


def test_people_named_by_their_past_in_a_dated_story_date_no_row_of_their_own():
    minutes = _article(
        "council#a-1",
        dt.date(2026, 5, 13),
        "Minutes",
        "The Mayor reported that the ceremony for the 100th anniversary of the arrival of the first Korean "
        "families had been held that morning in the town square.",
        "The Ambassador unveiled a plaque bearing the names of the 412 families who came to the town between "
        "1926 and 1931.",
    )
    rows = build_chronology([minutes], as_of=dt.date(2026, 6, 1))
    assert [(e.label, e.text) for e in rows] == [
        ("13 May 2026", minutes.paragraphs[0].text + " " + minutes.paragraphs[1].text)
    ]


def _labelled_planned(events) -> list[tuple[str, str, bool]]:
    return [(e.label, e.text, e.planned) for e in events]


def test_a_text_initialled_after_a_dated_lead_is_a_deed_of_its_day_not_of_the_years_it_covers():
    lead = "The third round of political consultations between Laos and Chile was held in Vientiane on 4 May 2026."
    deed = "The two vice-ministers initialled an education exchange programme for 2027–2030 and a visa memorandum."
    assert _story_rows(lead, deed, date=D(2026, 5, 5)) == [("4 May 2026", f"{lead} {deed}")]


def test_a_match_called_off_and_now_to_be_played_on_a_day_stands_there_planned():
    text = (
        "The friendly between the two women's teams, scheduled for the April window, was called off because of a "
        "waterlogged pitch and will now be played at the National Stadium in Apia on 21 October."
    )
    assert _labelled_planned(
        build_chronology([_article("fa#a-1", D(2026, 6, 2), "Friendly", text)], as_of=D(2026, 9, 1))
    ) == [("21 October 2026", text, True)]


def test_a_route_announced_for_one_spring_and_pushed_back_to_another_is_one_planned_row():
    text = (
        "The airline's plan to open a Suva–Honiara route, first announced for the spring of 2025, has been pushed "
        "back again, to the spring of 2027."
    )
    rows = build_chronology([_article("wire#a-1", D(2026, 9, 29), "Routes", text)], as_of=D(2026, 10, 28))
    assert _labelled_planned(rows) == [("Spring 2027", text, True)]


def test_a_hosts_introduction_of_a_guest_is_no_happening_of_the_programme():
    rows = _story_rows(
        "HOST: Good evening and welcome to Diaspora Hour.",
        "HOST: With me in the studio is Lela Abashidze, an engineer who studied in Tartu and now runs a software "
        "firm in Batumi.",
        "ABASHIDZE: In March the university raised the number of grants for Georgian students from 40 to 60.",
        date=D(2026, 5, 4),
    )
    assert rows == [
        ("March 2026", "In March the university raised the number of grants for Georgian students from 40 to 60.")
    ]


def test_a_body_named_by_its_initials_and_spelled_out_is_one_happening_told_twice():
    from reportgen.analysis.chronology import _spelled_out

    assert _spelled_out("EPS", "the first Employment Permit System language test")
    assert not _spelled_out("EPS", "the first Employment Pass language test")
    plan = _article(
        "faq#a-1",
        D(2026, 6, 10),
        "Questions",
        "The first TVS skills test in Fiji will take place in Suva in the second half of September 2026.",
    )
    done = _article(
        "wire#a-1",
        D(2026, 10, 2),
        "Test held",
        "The first Trade Visa Scheme skills test in Fiji was held in Suva from 21 to 25 September, with 930 "
        "candidates, the Korean agency reports.",
    )
    rows = build_chronology([plan, done], as_of=D(2026, 12, 1))
    assert [(e.label, len(e.sources)) for e in rows if "test" in e.text] == [("21–25 September 2026", 2)]


def test_a_bare_noun_opening_a_row_names_its_thing_as_it_does():
    report = _article(
        "report#a-1",
        D(2026, 3, 27),
        "Annual report",
        "Our subsidiary shipped 2.1 million pairs of shoes from its factory in Kigali in 2025.",
        "The factory opened in May 2018 and now employs 1,200 people.",
    )
    paper = _section(
        "paper#s1", "Lotte Shoes opened a factory in Kigali in May 2018 and is the largest employer there."
    )
    rows = build_chronology([report, paper], as_of=D(2026, 6, 1))
    may = [e for e in rows if e.label == "May 2018"]
    assert len(may) == 1 and len(may[0].sources) == 2


def test_a_delegations_days_told_by_weekdays_and_its_deed_on_one_of_them_are_two_rows():
    story = _article(
        "town#a-1",
        D(2026, 9, 21),
        "Twinning",
        "A delegation from the Latvian town of Cēsis spent four days in Gori, from Wednesday to Saturday last week, "
        "to mark 20 years of partnership.",
        "On Friday the two mayors signed a cooperation plan for 2027–2029.",
    )
    assert [e.label for e in build_chronology([story], as_of=D(2026, 12, 1))] == [
        "16–19 September 2026",
        "18 September 2026",
    ]


@pytest.mark.parametrize(
    "sentence, label",
    [
        ("Ghana will be the partner country of the Berlin Fruit Fair in February 2027.", "February 2027"),
        ("Employers in Japan will be able to recruit Nepali caregivers from April 2027.", "April 2027"),
        (
            "The company intends to offer card payments between Armenia and the European Union from March 2027.",
            "March 2027",
        ),
    ],
)
def test_a_part_in_a_show_a_possibility_opening_and_a_service_intended_from_a_date_are_planned_rows(sentence, label):
    rows = build_chronology([_article("x#a-1", D(2026, 11, 3), "News", sentence)], as_of=D(2026, 12, 1))
    assert _labelled_planned(rows) == [(label, sentence, True)]


def test_a_past_show_named_by_its_year_dates_its_own_deed_and_a_season_setting_a_scene_is_no_row():
    story = _article(
        "fair#a-1",
        D(2026, 11, 4),
        "Pavilion",
        "Winter came early to Hokkaido this year.",
        "Nine Kenyan exporters present their teas at the Sapporo Food Show, held from 5 to 8 November 2026.",
        "At the 2024 show, Kenyan exporters signed contracts worth USD 2.1 million.",
    )
    rows = _labelled(build_chronology([story], as_of=D(2027, 1, 1)))
    assert ("2024", "At the 2024 show, Kenyan exporters signed contracts worth USD 2.1 million.") in rows
    assert not any("Winter" in text for _, text in rows)
    assert not any("2024 show" in text for label, text in rows if label != "2024")


def test_helping_design_a_thing_is_a_deed():
    text = "In 2014 the Tartu Academy helped design the online registry of Moldova's Public Services Agency."
    assert _rows(text) == [("2014", text, False)]


def test_a_count_of_students_enrolled_in_a_year_is_a_state_not_a_row():
    text = "About 420 Moldovan students were enrolled at Latvian universities in the 2025/26 academic year."
    assert _rows(text) == []
    arrived = "About 420 Moldovan students arrived in Riga in September 2025 under the new exchange programme."
    assert _rows(arrived, as_of=D(2026, 1, 1)) == [("September 2025", arrived, False)]


@pytest.mark.parametrize(
    "sentence, label",
    [
        ("The joint border post should be operating by March 2027 and will share customs data.", "March 2027"),
        ("The substation is expected to be operational by the end of 2028.", "late 2028"),
    ],
)
def test_a_service_expected_to_run_by_a_date_is_a_planned_row(sentence, label):
    rows = build_chronology([_article("x#a-1", D(2026, 10, 1), "News", sentence)], as_of=D(2026, 11, 1))
    assert _labelled_planned(rows) == [(label, sentence, True)]
    assert _rows("The substation was operational in 2019.") == []


def _section_rows(*paragraphs: str, as_of: dt.date = D(2026, 11, 6)) -> list[tuple[str, str]]:
    return _labelled(build_chronology([_section("paper#s1", *paragraphs)], as_of=as_of))


def test_a_relative_clause_after_a_copula_tells_of_the_one_named_after_is():
    # (not "This week is Jorge Salazar took up ...": "this week" is a time, not the thing's determiner)
    guest = "Our guest this week is Jorge Salazar, who took up his post as Ambassador of Peru to Thailand in September."
    story = _article("feed#a-3", D(2027, 1, 28), "Episode 48", "The podcast of the business council.", guest)
    rows = _labelled(build_chronology([story], as_of=D(2027, 2, 3)))
    assert ("September 2026", "Jorge Salazar took up his post as Ambassador of Peru to Thailand in September.") in rows
    assert not [text for _, text in rows if "This week" in text or "Our guest" in text]


def test_a_sittings_hours_and_quorum_are_no_rows_but_what_it_closed_with_is():
    assert procedural(
        "The Chair, Konstantinos Petridis, opened the session at 11:05 and established that a quorum was present."
    )
    assert procedural("The session closed at 13:40.")
    assert not procedural("The meeting closed at 13:40 with the signing of two agreements.")
    assert not procedural("The committee approved the bill in principle by majority.")


def test_a_thing_under_consideration_is_no_happening_unless_a_deed_comes_first():
    assert not states_event("An honorary consulate in Gyumri is under consideration, but no decision has been taken.")
    assert not states_event("A consulate in Gyumri is being considered.")
    assert states_event("The agreement was tabled in Parliament in September and is under review by the committee.")


def test_one_deed_that_went_to_two_places_is_one_row_and_a_new_level_is_another():
    travelled = "Smaller selections travelled to Athens in 2002 and to Thessaloniki in 2011."
    raised = "The fund was opened in 2018 and raised to EUR 2 billion in 2022."
    assert _section_rows(travelled, raised) == [
        ("2002 and 2011", travelled),
        ("2018", "The fund was opened in 2018."),
        ("2022", "The fund was raised to EUR 2 billion in 2022."),
    ]


def test_another_who_followed_did_the_same_deed_and_a_thing_that_followed_is_its_own():
    ratified = (
        "The Hellenic Parliament ratified it in March 2026, and the National Assembly of Armenia followed in July."
    )
    completed = (
        "A water treatment plant in Ninh Binh province was completed in 2021, and a flood warning system in Quang Nam "
        "followed in 2024."
    )
    rows = _section_rows(ratified, completed)
    assert ("March and July 2026", ratified) in rows
    assert [label for label, _ in rows if "Quang Nam" in _ or "Ninh Binh" in _] == ["2021", "2024"]


def test_a_month_before_again_in_a_dated_month_is_in_its_year_and_the_label_names_the_year_once():
    visits = "The minister visited Doha in March and again in July 2025."
    days = "The delegation came to Astana on 3 September and on 25 September 2025."
    story = _article("feed#a-4", D(2026, 10, 1), "Ten years of flights", visits, days)
    rows = _labelled(build_chronology([story], as_of=D(2026, 10, 1)))
    assert ("March and July 2025", visits) in rows
    assert ("3 and 25 September 2025", days) in rows


def test_it_opening_a_row_is_named_as_the_sentence_before_names_its_subject():
    rows = _section_rows(
        "Trade between Thailand and Peru is small but growing. It rose from USD 402.7 million in 2021 to USD 531.9 "
        "million in 2025, according to preliminary data."
    )
    assert rows == [
        (
            "2021 and 2025",
            "Trade between Thailand and Peru rose from USD 402.7 million in 2021 to USD 531.9 million in 2025, "
            "according to preliminary data.",
        )
    ]


def test_what_may_be_done_under_a_dated_deed_dates_the_deed_but_advice_does_not():
    visas = "Citizens of both countries may stay up to 90 days without a visa under an agreement signed in 2009."
    advice = "It is necessary to implement the agreement signed in 2010."
    assert _section_rows(visas, advice) == [("2009", visas)]


def test_a_deed_told_as_a_rank_among_those_who_did_it_and_a_cancellation_by_its_noun_are_rows():
    first = (
        "Greece was among the first states to recognise the independence of the Republic of Armenia, in December 1991."
    )
    cancelled = "The dispute concerns the cancellation in March 2025 of the claimant's concession at the port of Paita."
    assert _section_rows(first, cancelled) == [("December 1991", first), ("March 2025", cancelled)]


def test_a_guest_at_a_fair_that_runs_for_days_of_the_month_named_is_one_row_on_those_days():
    guest = (
        "In November Oman will be the guest of honour at the Guadalajara International Book Fair, which runs from "
        "28 November to 6 December."
    )
    story = _article("feed#a-2", D(2026, 6, 22), "Oman at the Book Fair", guest)
    rows = _labelled(build_chronology([story], as_of=D(2026, 7, 1)))
    assert [row for row in rows if "Book Fair" in row[1]] == [("28 November – 6 December 2026", guest)]


def test_a_revised_final_figure_for_a_series_year_is_a_row_of_its_own():
    series = (
        "Trade between Thailand and Peru rose from USD 402.7 million in 2021 to USD 531.9 million in 2025, "
        "according to preliminary data."
    )
    revised = (
        "The final figure for 2025 has been revised to USD 548.3 million, compared with the preliminary USD 531.9 "
        "million announced last year."
    )
    told = "In 2025 bilateral trade totalled USD 531.9 million."
    paper = _section("paper#s1", series)
    briefing = _article("briefing#a-1", D(2027, 1, 13), "Trade in 2026", "Exports to Peru rose.", revised)
    again = _article("feed#a-5", D(2026, 3, 1), "Trade figures", "Exports to Peru rose.", told)
    rows = _labelled(build_chronology([paper, briefing, again], as_of=D(2027, 2, 3)))
    assert ("2025", revised) in rows
    assert ("2021 and 2025", series) in rows
    assert not [text for _, text in rows if text == told]  # (a figure the series tells joins it)


def test_a_condition_on_a_dated_deed_under_a_modal_is_no_happening():
    assert not states_event(
        "If ratified by the end of the year, the agreement would allow nurses to practise without new examinations.",
        date_at=(15, 34),
    )


def test_a_meeting_moved_to_a_new_date_stands_at_that_date_only():
    moved = (
        "The third round of energy talks, first scheduled for October, has been moved to February 2027 and will be "
        "held in Oslo."
    )
    talks = "The round, planned for October, was moved to February 2027."
    story = _article("feed#a-1", D(2026, 11, 20), "Energy talks", moved)
    other = _article("news#a-1", D(2026, 11, 21), "Energy talks", talks)
    rows = _labelled_planned(build_chronology([story, other], as_of=D(2026, 12, 1)))
    assert [row for row in rows if "moved" in row[1] or "planned" in row[1]] == [("February 2027", moved, True)]
    # (a building moved is no postponement)
    seat = "The secretariat was moved to a new building in Bergen in 2020."
    assert _section_rows(seat) == [("2020", seat)]


def test_a_happening_a_dated_deed_is_timed_by_as_a_thing_is_no_row_of_its_own():
    opened = (
        "Norway opened a consulate in Recife in May 2015, shortly after the regional summit held in the city in "
        "April 2015."
    )
    assert _section_rows(opened) == [("May 2015", "Norway opened a consulate in Recife in May 2015.")]
    # (a deed of its own after "shortly after" is a happening of its own)
    arrived = "The mission opened in May 2015, shortly after the delegation arrived in April 2015."
    assert [label for label, _ in _section_rows(arrived)] == ["April 2015", "May 2015"]


def test_a_plan_to_install_then_what_it_will_allow_is_a_planned_row():
    plan = "The turbines are to be installed by May 2027 and will allow the plant to supply 40,000 homes."
    story = _article("feed#a-1", D(2026, 11, 20), "Wind farm", "The grant was approved on Monday.", plan)
    assert ("May 2027", plan, True) in _labelled_planned(build_chronology([story], as_of=D(2026, 12, 1)))


def test_the_day_an_exhibition_closes_is_a_planned_row():
    runs = "The exhibition of Andean textiles, the largest ever lent abroad, runs until 14 March 2027."
    story = _article("feed#a-1", D(2026, 11, 20), "Textiles", "The exhibition opened on Friday.", runs)
    assert ("14 March 2027", runs, True) in _labelled_planned(build_chronology([story], as_of=D(2026, 12, 1)))
    # (a programme that runs until a year is a term, not a happening)
    assert _section_rows("The programme runs until 2029.") == []
    moves = "The National Gallery in Bergen will show it from April 2027."
    later = _article("feed#a-2", D(2026, 11, 20), "Textiles", "The exhibition opened on Friday.", moves)
    assert ("April 2027", moves, True) in _labelled_planned(build_chronology([later], as_of=D(2026, 12, 1)))


def test_a_square_decorated_with_flags_is_the_scene_not_a_further_deed_of_the_story():
    lead = "President Ilves held talks with President Sato in Tallinn on 3 May, the presidency reports."
    scene = "The square was decorated with the flags of both countries."
    deed = "The two presidents adopted a joint declaration on digital cooperation."
    story = _article("feed#a-1", D(2026, 5, 4), "Talks in Tallinn", lead, scene, deed)
    rows = _labelled(build_chronology([story], as_of=D(2026, 6, 1)))
    assert rows == [("3 May 2026", f"{lead} {deed}")]


def test_a_dialogue_that_became_more_regular_is_a_state_not_a_happening():
    assert _section_rows("After the ceasefire of 2011 the trade dialogue became more frequent.") == []
    assert not states_event(
        "The closure of the mine and the floods of 2019 strained the relationship.", date_at=(42, 46)
    )
    signed = "The accord signed in 2019 marked the relationship."
    assert _section_rows(signed) == [("2019", signed)]
    assert (
        _section_rows(
            "The partnership acquired a new dynamic in 2025.",
            "The return of the ambassadors in 2021 changed this picture quickly.",
        )
        == []
    )
    when = "Ties gained new momentum in 2024, when the two presidents signed a partnership."
    assert _section_rows(when) == [("2024", when)]


def test_two_dialogues_the_two_countries_launched_in_one_year_are_two_rows():
    energy = "In 2018 the two countries launched a dialogue on energy."
    naval = "The two countries held their first naval dialogue in Lisbon in 2018."
    assert _section_rows(energy, naval) == [("2018", energy), ("2018", naval)]


def test_a_deed_that_opens_a_period_is_the_row_without_the_state_since_then():
    since = (
        "Since President Boric launched a new mining policy in 2022, however, the relationship has revived, and new "
        "partners have emerged."
    )
    assert _section_rows(since) == [("2022", "President Boric launched a new mining policy in 2022.")]


def test_a_record_so_far_is_news_not_what_came_before():
    from reportgen.analysis.chronology import happening_sentence

    lead = (
        "A group of 140 Kenyan nurses left for Germany on Monday under the skilled immigration act, the largest "
        "single group so far, the agency reports."
    )
    count = "In the first nine months of 2026, 2,300 Kenyans left for work in Germany, against 1,500 in 2025."
    story = _article("feed#a-4", D(2026, 11, 25), "Nurses leave for Germany", lead, count)
    assert happening_sentence(story) == lead
    assert (
        happening_sentence(
            _article(
                "feed#a-5", D(2026, 11, 25), "Nurses", "The agency has so far placed 2,300 nurses in Germany.", count
            )
        )
        == count
    )


def test_a_return_that_concludes_a_trip_begun_on_a_weekday_is_the_trip_s_days():
    back = (
        "President Ilves returned to Tallinn on Wednesday morning, concluding the state visit to Chile that he "
        "began on Sunday, the presidency reports."
    )
    story = _article("feed#a-1", D(2026, 11, 26), "Return", back)
    assert _labelled(build_chronology([story], as_of=D(2026, 12, 1))) == [("22–25 November 2026", back)]


def test_preparations_for_a_visit_in_a_month_speak_of_that_month_ahead():
    told = (
        "The two sides reviewed preparations for the Prime Minister's official visit to Chile in June and agreed "
        "that the third session of the Joint Commission, which had been scheduled for 10 March, would be held later "
        "in the year."
    )
    story = _article("feed#a-1", D(2026, 2, 12), "Meeting at the Ministry", told)
    rows = _labelled(build_chronology([story], as_of=D(2026, 10, 1)))
    # (the main clause goes on after the relative one: its row keeps what it goes on to say)
    assert (
        "June 2026",
        "The two sides reviewed preparations for the Prime Minister's official visit to Chile in June and agreed "
        "that the third session of the Joint Commission would be held later in the year.",
    ) in rows
    assert not [label for label, _ in rows if "2025" in label]


def test_a_change_of_the_relation_after_a_thing_done_is_a_state():
    assert (
        _section_rows(
            "Contacts intensified after the reforms launched in Chile in 2016.",
            "Relations with Tallinn revived only after the fall of the junta in 1990.",
        )
        == []
    )
    # (a deed told in a clause of its own after "after" is a happening)
    signed = "Trade grew after the two countries signed a free trade agreement in 2019."
    assert _section_rows(signed) == [("2019", signed)]


def test_a_row_of_the_president_names_the_president_the_story_named():
    visit = "President Alar Karis paid a state visit to Chile from 9 to 11 November, the presidency reports."
    story = _article("feed#a-1", D(2026, 11, 10), "State visit", visit, "The President arrived on Monday.")
    rows = _labelled(build_chronology([story], as_of=D(2026, 12, 1)))
    assert ("9 November 2026", "President Alar Karis arrived on Monday.") in rows
    # (two presidents named: the row keeps its words)
    both = "President Alar Karis and President Gabriel Boric met in Santiago on 10 November."
    other = _article("feed#a-2", D(2026, 11, 11), "Talks", both, "The President left on Wednesday.")
    rows = _labelled(build_chronology([other], as_of=D(2026, 12, 1)))
    assert [text for _, text in rows if "left" in text] == ["The President left on Wednesday."]


def test_a_leading_clause_cut_from_its_main_one_is_told_without_its_subordinator():
    hosted = "After Bergen hosted the first Arctic forum in 2015, Punta Arenas hosted the second in May 2017."
    assert _section_rows(hosted) == [
        ("2015", "Bergen hosted the first Arctic forum in 2015."),
        ("May 2017", "Punta Arenas hosted the second in May 2017."),
    ]


def test_the_date_of_a_thing_a_participle_phrase_names_is_not_the_deed_s():
    lead = "President Boric held talks with President Karis in Tallinn on 29 September."
    resumed = (
        "The two presidents announced that Estonia would resume 6 projects suspended after Chile's floods in 2023, "
        "including a water plant."
    )
    story = _article("feed#a-1", D(2025, 9, 30), "Talks", lead, resumed)
    rows = _labelled(build_chronology([story], as_of=D(2026, 1, 1)))
    assert rows == [("29 September 2025", f"{lead} {resumed}")]


def test_the_thing_signed_or_met_in_a_place_is_the_one_another_source_names_there_that_month():
    named = (
        "In May 2025, during a visit by Minister Rabuka to Santiago, the two governments signed a convention for "
        "the avoidance of double taxation."
    )
    bare = "The convention, signed in Santiago in May 2025, caps withholding tax on dividends at 10 percent."
    body = "A joint commission set up under that treaty held its first session in Santiago in May 2019."
    met = "The commission last met in Santiago in May 2019, when it adopted a work plan on fisheries."
    paper = _section("paper#s1", named, body)
    story = _article("feed#a-1", D(2026, 3, 2), "Taxes", bare, met)
    rows = build_chronology([paper, story], as_of=D(2026, 6, 1))
    # (the meeting's row tells what it settled)
    assert [(e.label, e.text, len(e.sources)) for e in rows] == [("May 2019", met, 2), ("May 2025", named, 2)]


def test_a_deed_a_speaker_says_they_know_of_is_a_row_stating_the_deed():
    known = (
        "We are also aware that the National Museum of Chile opened a Fijian gallery in March, said the curator, "
        "Ana Torres."
    )
    glad = "I was glad that the ministers signed the fisheries protocol on 2 April, Rabuka said."
    story = _article("feed#a-1", D(2026, 5, 4), "Museums", known, glad)
    assert _labelled(build_chronology([story], as_of=D(2026, 6, 1))) == [
        ("March 2026", "The National Museum of Chile opened a Fijian gallery in March."),
        ("2 April 2026", "The ministers signed the fisheries protocol on 2 April."),
    ]


def test_a_short_row_told_by_all_but_one_of_its_words_is_that_days_row():
    short = "The Convention will enter into force on 1 September 2026."
    long = (
        "Both delegations welcomed the convention on the recognition of diplomas, in force since 1 September, "
        "under which some 300 Fijian graduates of Chilean universities have already applied."
    )
    other = "Flights will begin on 1 September 2026."
    paper = _section("paper#s1", short, other)
    story = _article("feed#a-1", D(2026, 10, 2), "Diplomas", long)
    rows = build_chronology([paper, story], as_of=D(2026, 11, 1))
    assert sorted((e.text, len(e.sources)) for e in rows) == [(long, 2), (other, 1)]


def test_a_visit_planned_for_a_season_is_the_visit_another_source_tells_done_on_a_day_of_it():
    done = "President Gabriel Boric arrived in Suva yesterday evening on a state visit, the first by a Chilean head of state."
    plan = "President Boric is expected to pay a state visit to Fiji in the autumn of 2026."
    # (rows enough that the visitor, the state visit and Fiji are words of many: no rare word is shared)
    others = [
        "President Boric paid a state visit to Samoa in 2019.",
        "President Boric received Fiji's ambassador in 2021.",
        "A state visit to Chile by Fiji's president took place in 2018.",
    ]
    rows = build_chronology(
        [
            _article("feed#a-1", D(2026, 11, 23), "Boric arrives", done),
            _article("feed#a-2", D(2026, 3, 1), "Plans", plan),
            _section("paper#s1", *others),
        ],
        as_of=D(2026, 12, 1),
    )
    assert [(e.label, e.text, len(e.sources)) for e in rows if e.start.year == 2026] == [("22 November 2026", done, 2)]


def test_an_exercise_set_for_a_month_is_a_planned_happening():
    assert _rows(
        "The plan includes a joint flood warning exercise on the Zambezi near Katima Mulilo in March 2026.",
    ) == [
        (
            "March 2026",
            "The plan includes a joint flood warning exercise on the Zambezi near Katima Mulilo in March 2026.",
            True,
        )
    ]


def test_one_thing_s_completion_planned_for_a_year_and_for_a_part_of_it_is_one_row():
    terminal = _article(
        "port#a-1",
        D(2026, 5, 16),
        "Terminal",
        "The port authority laid the foundation stone of the new container terminal in Tema yesterday.",
        "The terminal is scheduled to enter service in the second half of 2028.",
    )
    paper = _section(
        "paper#s1", "Construction of the Tema terminal began in May 2026. The terminal is to be completed in 2028."
    )
    rows = [
        (e.label, e.planned)
        for e in build_chronology([terminal, paper], as_of=D(2026, 12, 1), include_item_dates=False)
    ]
    assert rows.count(("second half of 2028", True)) == 1 and not any(label == "2028" for label, _ in rows)
    # two things, each finished in its year: two rows
    other = _section("paper#s2", "The bridge is to be completed in 2028.")
    labels = [e.label for e in build_chronology([terminal, other], as_of=D(2026, 12, 1), include_item_dates=False)]
    assert "2028" in labels and "second half of 2028" in labels


def test_a_round_of_consultations_led_the_same_day_is_a_further_deed_of_the_story():
    lead = "Deputy Minister Ana Ruiz and Ambassador Jon Berg signed a youth mobility agreement in Oslo on Monday."
    plan = "The agreement still needs the approval of both parliaments."
    talks = "The same day, Ruiz and Berg led the third round of political consultations between the two ministries."
    assert _story_rows(lead, plan, talks, date=D(2026, 3, 10)) == [("9 March 2026", f"{lead} {talks}")]


def test_a_postponement_from_one_month_to_another_names_two_months_not_a_span():
    # (written in January 2027: what is put off lies ahead, and the month it was set for before it)
    assert spans(
        "The airline has put off the restart of its Lisbon–Luanda route from April to September.", D(2027, 1, 20)
    ) == [
        ("April", D(2027, 4, 1), D(2027, 4, 30), "month", "April 2027"),
        ("September", D(2027, 9, 1), D(2027, 9, 30), "month", "September 2027"),
    ]
    assert spans("The forum was moved from November to February.", D(2026, 10, 2)) == [
        ("November", D(2026, 11, 1), D(2026, 11, 30), "month", "November 2026"),
        ("February", D(2027, 2, 1), D(2027, 2, 28), "month", "February 2027"),
    ]
    # a figure's months stay one span
    assert spans("Exports rose 5 percent from March to October.", D(2026, 12, 20)) == [
        ("March to October", D(2026, 3, 1), D(2026, 10, 31), "range", "March–October 2026")
    ]


def test_a_postponed_restart_is_one_planned_row_at_its_new_month():
    item = _article(
        "feed#a-1",
        D(2027, 1, 20),
        "Route delayed",
        "The airline has put off the restart of its Lisbon–Luanda route from April to September because of a lack of aircraft.",
    )
    events = build_chronology([item], as_of=D(2027, 1, 31))
    assert _labelled_planned(events) == [
        (
            "September 2027",
            "The airline has put off the restart of its Lisbon–Luanda route from April to September because of a "
            "lack of aircraft.",
            True,
        )
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the obligation is the first clause's; the date's own clause tells what is expected then
        "The treaty must be approved by both parliaments, and the two governments expect it to enter into force "
        "in the autumn of 2027.",
        "The research reactor is expected to restart by the end of 2029.",
    ],
)
def test_an_expected_entry_into_force_or_restart_is_a_happening_to_come(sentence):
    events = build_chronology([_article("feed#a-1", D(2026, 10, 1), "Treaty", sentence)], as_of=D(2026, 10, 31))
    assert _labelled_planned(events)[-1][1:] == (sentence, True)


def test_a_clause_whose_object_points_back_is_told_with_the_clause_before():
    text = (
        "The treaty must be approved by both parliaments, and the two governments expect it to enter into force "
        "in the autumn of 2027."
    )
    assert [c[2] for c in clause_spans(text, 0, len(text))] == [
        "The treaty must be approved by both parliaments.",
        text,
    ]
    other = "The treaty has to be approved by both parliaments, and the two governments expect talks on a second one."
    assert len(clause_spans(other, 0, len(other))) == 2


def test_a_paper_joins_a_deed_told_during_a_dated_visit_though_it_names_the_years_of_a_programme():
    events = build_chronology(
        [
            _section(
                "paper#s1",
                "In March 2018 President Ruto visited Oslo. During that visit the two governments adopted a five-year "
                "action plan on fisheries for 2019–2023.",
            )
        ],
        as_of=D(2025, 1, 1),
    )
    assert _labelled(events) == [
        (
            "March 2018",
            "In March 2018 President Ruto visited Oslo. During that visit the two governments adopted a five-year "
            "action plan on fisheries for 2019–2023.",
        )
    ]


def test_the_previous_or_next_sitting_in_a_place_is_the_one_another_source_names_there():
    named = "The fourth session took place in Lusaka in April 2025 and named mining and tourism as priorities."
    previous = "The previous session of the commission took place in Lusaka in April 2025."
    dialogue = "The second Fiji–Chile Foreign Ministers' Dialogue was held in Suva in June 2024."
    last_round = "The last round took place in Suva in June 2024."
    agreed = "The two ministers agreed that the sixth session would be held in Santiago in 2028."
    next_one = "The next session of the Commission will take place in Santiago in 2028."
    paper = _section("paper#s1", named, dialogue, agreed)
    story = _article("feed#a-1", D(2026, 3, 2), "Commission", previous, last_round, next_one)
    rows = build_chronology([paper, story], as_of=D(2026, 6, 1))
    assert [(e.label, e.text, len(e.sources)) for e in rows] == [
        ("June 2024", dialogue, 2),
        ("April 2025", named, 2),
        ("2028", agreed, 2),
    ]


def test_a_previous_sitting_of_a_body_is_that_bodys_not_anothers_of_the_same_place_and_month():
    commission = "The joint commission met in Lusaka in April 2025 and adopted a work plan."
    council = "The business council met in Lusaka in April 2025 and elected a new chair."
    previous = "The previous session of the council took place in Lusaka in April 2025."
    events = [
        e
        for number, text in enumerate((commission, council, previous))
        for e in extract_events(text, reference=None, item_id=f"paper#s{number}", location=Location("paper.md", 1))
    ]
    assert [(e.text, len(e.sources)) for e in merge_events(events)] == [(commission, 1), (council, 2)]


def test_the_thing_a_row_opens_with_is_the_one_signed_though_it_names_another_kind_after():
    from reportgen.analysis.chronology import _named_deed

    bare = (
        "The convention, signed in Suva in May 2025, caps withholding tax at 10 percent and is the first tax "
        "treaty Chile has concluded in the Pacific."
    )
    assert _named_deed(bare)[:3] == ("convention", "Suva", True)
    # (a row naming two such things, neither as its subject, names no one thing)
    assert _named_deed("In Suva the two ministers signed a convention and a treaty on fisheries in 2025.") is None


def test_a_plan_another_source_tells_done_within_its_span_is_the_deeds_row():
    plan = (
        "A loan of EUR 52 million from Nordbank for a water pipeline from Lake Kivu to Gisenyi, the largest in the "
        "province, is expected to be signed in mid-2026 and will then go to Parliament for approval."
    )
    done = "The loan agreement was signed in Kigali on 22 June this year, subject to the approval of this House."
    paper = _section("paper#s1", plan)
    story = _article("hansard#a-1", D(2026, 7, 2), "Sitting", done)
    rows = build_chronology([paper, story], as_of=D(2026, 8, 1), include_item_dates=False)
    assert [(e.label, e.text, len(e.sources), e.planned) for e in rows] == [("22 June 2026", done, 2, False)]


def test_a_plan_stays_beside_two_deeds_it_could_be_or_one_that_shares_only_names():
    plan = "The veterinary protocol is expected to be signed in 2026."
    one = _article(
        "feed#a-2", D(2026, 3, 12), "Protocol", "The ministries signed the veterinary protocol on pork on 10 March."
    )
    two = _article(
        "feed#a-3", D(2026, 5, 12), "Protocol", "The ministries signed the veterinary protocol on beef on 10 May."
    )
    rows = build_chronology([_section("paper#s1", plan), one, two], as_of=D(2026, 6, 1))
    assert plan in [e.text for e in rows]
    plan = "Minister Ana Ruiz said the new terminal will be completed in 2026."
    done = "Minister Ana Ruiz opened the fisheries school in Kitwe on 4 May."
    story = _article("feed#a-4", D(2026, 5, 5), "School", done)
    rows = build_chronology([_section("paper#s1", plan), story], as_of=D(2026, 6, 1))
    assert plan in [e.text for e in rows]


def test_a_forum_held_the_same_afternoon_is_a_further_deed_of_the_story():
    lead = "During the official visit of the Prime Minister to Vilnius on Wednesday, the two governments signed a memorandum on energy."
    plan = "The first group of experts will join the project team in January 2027."
    forum = "A business forum held the same afternoon at the Chamber of Commerce brought together about 90 companies."
    rows = _story_rows(lead, plan, forum, date=D(2026, 6, 11))
    assert rows[0] == ("10 June 2026", f"{lead} {forum}")


def test_a_first_appearance_and_a_deed_done_with_improved_things_are_happenings():
    debut = "In 2019 a Peruvian stand appeared for the first time at the Anuga food fair in Cologne."
    seeds = "In 1975 the ministry introduced improved maize varieties from the research station at Kitale."
    assert _section_rows(debut, seeds) == [("1975", seeds), ("2019", debut)]


def test_a_joint_statement_a_raised_loan_ceiling_and_the_largest_deal_are_further_deeds_of_the_story():
    lead = "President Ruto held talks with Prime Minister Luxon in Wellington on Tuesday, the presidency reports."
    statement = (
        "After the talks, the two leaders issued a joint statement elevating relations to a strategic partnership."
    )
    ceiling = "The state development bank raised the ceiling of its concessional loans for Kenya to NZD 90 million for 2027–2031."
    largest = "The largest agreement was a supply contract under which Fonterra will deliver milk powder to a plant in Nakuru."
    rows = _story_rows(lead, statement, ceiling, largest, date=D(2026, 6, 3))
    assert rows == [("2 June 2026", f"{lead} {statement} {ceiling} {largest}")]


def test_a_visit_to_come_told_by_an_invitation_and_by_its_preparations_is_one_row():
    visit = _article(
        "feed#a-1",
        D(2026, 10, 21),
        "Visit",
        "President Boluarte held talks with Prime Minister Christopher Luxon in Wellington on Tuesday during a state "
        "visit, the agency reports.",
        "It is the first state visit by a Peruvian president to New Zealand.",
        "Luxon accepted an invitation to visit Peru in 2028.",
    )
    call = _article(
        "feed#a-2",
        D(2026, 12, 22),
        "Courtesy Call",
        "The Minister of Foreign Affairs received the Ambassador of New Zealand in Lima on Monday.",
        "The two sides agreed that the joint commission will hold its second session in Lima in April 2027.",
        "They also began preparations for the visit of Prime Minister Christopher Luxon to Peru, expected in the "
        "second half of 2028.",
    )
    rows = build_chronology([visit, call], as_of=D(2027, 1, 13))
    assert [(e.label, len(e.sources)) for e in rows if "2028" in e.label] == [("second half of 2028", 2)]


def test_works_begun_on_one_plant_told_by_two_sources_are_one_row():
    plant = _article(
        "feed#a-1",
        D(2026, 4, 6),
        "Cement Plant Opens",
        "A cement plant built by Andes Cement was opened in Arequipa on Saturday, the ministry reports.",
        "The EUR 80 million plant can produce one million tonnes a year. Construction began in 2023.",
    )
    paper = _section(
        "paper#s1", "In 2023 Andes Cement, a Peruvian–Kenyan joint venture, began building a cement plant in Arequipa."
    )
    rows = build_chronology([paper, plant], as_of=D(2026, 6, 1))
    assert [len(e.sources) for e in rows if e.label == "2023"] == [2]


def test_a_plan_of_few_words_all_told_by_another_sources_deed_is_that_deeds_row():
    plan = "The first shipments are expected in the first half of 2026."
    arrived = "A first shipment of 40 tonnes of Kenyan avocados arrived in Busan on Tuesday, the ministry reports."
    story = _article("feed#a-1", D(2026, 3, 4), "Avocados", arrived)
    rows = build_chronology([_section("paper#s1", plan), story], as_of=D(2026, 6, 1))
    assert [(e.label, e.text, len(e.sources)) for e in rows] == [("3 March 2026", arrived, 2)]


def test_a_long_words_final_e_is_its_stem_as_in_its_other_forms():
    from reportgen.analysis.chronology import _stem

    assert _stem("complete") == _stem("completed") == _stem("completes")
    assert _stem("procedure") == _stem("procedures")
    # (a short word keeps it: "state" is not "stated")
    assert _stem("state") != _stem("stated")


def test_one_periods_trade_told_by_two_sources_in_their_own_figures_is_one_row_telling_both():
    ours = (
        "For the whole of 2025, trade between the two countries totalled K61.2 billion, against K52.6 billion in 2024."
    )
    theirs = "According to the statistics office of Ireland, it came to €31.7 million in 2025."
    story = _article("feed#a-1", D(2026, 2, 20), "Trade", ours)
    paper = _section("paper#s1", "Irish trade with Malawi is small.", theirs)
    rows = build_chronology([paper, story], as_of=D(2026, 6, 1))
    assert [(e.label, e.text, len(e.sources)) for e in rows] == [("2025", f"{ours} {theirs}", 2)]
    # exports alone are no total of the two countries' trade
    exports = "Malawi's exports to Ireland came to €4.1 million in 2025."
    rows = build_chronology([_section("paper#s1", exports), story], as_of=D(2026, 6, 1))
    assert len(rows) == 2


def test_another_sources_figure_of_a_growths_last_year_is_that_growths_row():
    growth = "Trade between Chile and Kenya grew from USD 212 million in 2021 to USD 348 million in 2025 (Table 1)."
    figure = "For the whole of 2025, two-way trade with Kenya amounted to USD 348.2 million."
    story = _article("feed#a-1", D(2026, 2, 20), "Trade", figure)
    rows = build_chronology([_section("paper#s1", growth), story], as_of=D(2026, 6, 1))
    assert [(e.label, e.text, len(e.sources)) for e in rows] == [("2021 and 2025", growth, 2)]
    # another figure of that year is another fact
    other = "For the whole of 2025, Kenyan exports to Chile amounted to USD 61.4 million."
    story = _article("feed#a-1", D(2026, 2, 20), "Trade", other)
    rows = build_chronology([_section("paper#s1", growth), story], as_of=D(2026, 6, 1))
    assert len(rows) == 2
    # and so is a correction of it
    revised = "The final figure for 2025 has been revised to USD 361.5 million, from the preliminary USD 348 million."
    story = _article("feed#a-1", D(2026, 9, 20), "Trade", revised)
    rows = build_chronology([_section("paper#s1", growth), story], as_of=D(2026, 12, 1))
    assert len(rows) == 2


def test_the_largest_deal_worth_a_sum_and_meetings_organised_beside_the_session_are_further_deeds():
    lead = "The joint commission met in Algiers on Monday, the Ministry of Energy reports."
    largest = (
        "The largest agreement, worth EUR 210 million, provides for the supply of two turbines by a Genoa firm to "
        "the state utility."
    )
    meetings = "Alongside the session, the two chambers of commerce organised B2B meetings for 38 companies."
    rows = _story_rows(lead, largest, meetings, date=D(2026, 5, 6))
    assert len(rows) == 1 and rows[0][0] == "4 May 2026"
    assert rows[0][1].startswith(lead) and largest in rows[0][1] and meetings in rows[0][1]


def test_a_row_that_says_it_is_an_example_gives_what_it_is_an_example_of():
    before = "High-level visits have driven the political dialogue between Kenya and Peru."
    example = (
        "A notable example was the March 2024 state visit to Lima by President Ruto, which opened a new phase of "
        "the relation."
    )
    rows = _section_rows(before, example)
    assert rows == [
        (
            "March 2024",
            "The March 2024 state visit to Lima by President Ruto, which opened a new phase of the relation.",
        )
    ]


def test_a_thing_named_in_passing_yields_its_row_to_the_sentence_that_tells_its_deed():
    visit = (
        "The next day the minister visited the Kenya Trade House in Lima, the first trade office of Kenya in South "
        "America, opened in 2024, and met exporters of avocados."
    )
    story = _article("feed#a-1", D(2026, 6, 27), "Visit", "The Kenyan minister arrived in Lima on 25 June.", visit)
    opened = "Kenya opened its first trade office in South America in Lima in 2024."
    rows = build_chronology([story, _section("paper#s1", opened)], as_of=D(2026, 12, 1))
    assert [(e.text, len(e.sources)) for e in rows if e.label == "2024"] == [(opened, 2)]


def test_goods_going_on_sale_are_another_happening_than_their_arrival():
    arrived = _article(
        "feed#a-1",
        D(2026, 9, 15),
        "Avocados",
        "The 30-tonne consignment arrived in the port of Callao on 14 September.",
    )
    on_sale = _article(
        "feed#a-2",
        D(2026, 9, 22),
        "On Sale",
        "Kenyan avocados went on sale in supermarkets in Lima and Callao last week, the exporters' association reports.",
    )
    rows = build_chronology([arrived, on_sale], as_of=D(2026, 12, 1))
    assert len(rows) == 2


def test_a_forum_held_alongside_the_session_is_a_further_deed_of_its_day():
    lead = "The fourth session of the joint commission was held in Accra on Thursday, the Ministry reports."
    forum = "A business forum held alongside the session brought together 52 companies from both countries."
    rows = _story_rows(lead, forum, date=D(2026, 5, 9))
    assert len(rows) == 1 and rows[0][0] == "7 May 2026"
    assert rows[0][1].startswith(lead) and forum in rows[0][1]


def test_a_visit_to_come_by_a_name_most_rows_give_is_one_row():
    # "Tarrant" and "Hangzhou" are in most rows of the relation: a name both rows give still tells
    # one visitor
    stories = [
        _article(
            "feed#a-1",
            D(2026, 3, 3),
            "Talks",
            "President Tarrant held talks in Hangzhou on Monday, the agency reports.",
        ),
        _article("feed#a-2", D(2026, 5, 5), "Port", "President Tarrant opened a port terminal in Hangzhou on Monday."),
        _article(
            "feed#a-3",
            D(2026, 9, 9),
            "Invitation",
            "Vice President Chen met President Tarrant in Wellington on Tuesday, the agency reports.",
            "The Vice President conveyed an invitation from President Lin to President Tarrant to attend the "
            "trade summit in Hangzhou in 2028.",
        ),
        _article(
            "feed#a-4",
            D(2026, 10, 12),
            "Reply",
            "The foreign ministry said on Friday that President Tarrant had written to President Lin.",
            "Tarrant accepted an invitation to travel to Hangzhou in 2028.",
        ),
    ]
    rows = build_chronology(stories, as_of=D(2026, 12, 1))
    assert [(e.label, len(e.sources)) for e in rows if e.label == "2028"] == [("2028", 2)]


def test_a_treaty_between_parties_named_with_their_of_is_one_thing():
    sentence = (
        "Members of Parliament on Tuesday ratified the Agreement on Development Cooperation between the Government of the "
        "Republic of South Sudan and the Government of Norway, signed in Oslo on 12 March 2026."
    )
    story = _article("feed#a-1", D(2026, 10, 9), "Ratified", sentence)
    rows = build_chronology([story], as_of=D(2026, 12, 1))
    assert [(e.label, e.text) for e in rows] == [
        (
            "12 March 2026",
            "The Agreement on Development Cooperation between the Government of the Republic of South Sudan and the "
            "Government of Norway, signed in Oslo on 12 March 2026.",
        ),
        (
            "6 October 2026",
            "Members of Parliament on Tuesday ratified the Agreement on Development Cooperation between the Government of the "
            "Republic of South Sudan and the Government of Norway.",
        ),
    ]


def test_what_was_announced_at_the_summit_just_dated_joins_its_row():
    dated = "In November 2018 Port Moresby hosted the APEC summit, for which Australia provided ships."
    announced = "At the summit Australia and the United States announced the joint redevelopment of the Lombrum base."
    assert _section_rows("Security cooperation has deepened.", f"{dated} {announced}") == [
        ("November 2018", f"{dated} {announced}")
    ]


def test_a_year_that_brought_what_the_next_sentences_tell_is_no_row():
    rows = _section_rows(
        "The year 2023 brought two symbolic firsts. On 12 January 2023 Anthony Albanese became the first foreign "
        "leader to address the National Parliament."
    )
    assert [label for label, _ in rows] == ["12 January 2023"]


def test_a_treaty_the_row_names_for_its_sentences_the_treaty_is_the_row_of_its_signing_day():
    # (thirty rows of other years, so that a name of three rows is still a rare one, and Canberra and
    # "treaty" common ones)
    towns = "Lae Madang Wewak Goroka Kimbe Kokopo Alotau Daru Vanimo Tabubil Mendi Kundiawa Canberra Canberra Kavieng"
    others = [f"In {1980 + n} a school opened in {town}." for n, town in enumerate(towns.split() * 2)]
    others += [f"A fisheries treaty was signed in Wewak in {year}." for year in (1975, 1977)]
    paper = _section(
        "paper#s1",
        *others,
        "The Bilateral Security Agreement was signed in Canberra on 7 December 2023. The Pukpuk Treaty, a mutual "
        "defence treaty, was signed in Canberra on 6 October 2025.",
    )
    story = _article(
        "abc#a-1",
        D(2026, 9, 17),
        "Leaders meet",
        "The leaders welcomed the entry into force of the Pukpuk Treaty on 1 July.",
        "The treaty, signed in Canberra in October 2025, commits each side to defend the other if it comes under attack.",
    )
    rows = _labelled(build_chronology([paper, story], as_of=D(2026, 12, 1)))
    assert [label for label, _ in rows if "2025" in label] == ["6 October 2025"]


def test_what_was_done_earlier_that_day_and_a_roadmap_to_a_target_year_join_the_storys_row():
    lead = "President Ruto received the Foreign Minister of Chile, Ana Lagos, at State House in Nairobi on Tuesday."
    earlier = (
        "Earlier that day, Lagos and Kenya's trade minister co-chaired the fourth session of the joint commission."
    )
    plan = "The commission adopted a plan for doubling bilateral trade to USD 400 million by 2030."
    assert _story_rows(lead, earlier, plan, date=D(2025, 4, 2)) == [("1 April 2025", f"{lead} {earlier} {plan}")]


def test_a_lead_dated_by_who_told_it_takes_the_day_its_deed_is_told_after():
    lead = (
        "Fiji Airways has signed a five-year contract with Qantas Engineering for the maintenance of its A350 "
        "fleet, the airline said on Friday."
    )
    done = "The contract was signed in Sydney on Wednesday, according to the airline."
    assert _story_rows(lead, done, date=D(2026, 5, 9)) == [("6 May 2026", f"{lead} {done}")]
    # (not a deed of another thing: "The grant was approved on Wednesday" after a contract)
    other = "The grant was approved in Sydney on Wednesday, according to the airline."
    assert len(_story_rows(lead, other, date=D(2026, 5, 9))) == 2


def test_a_plan_with_two_deeds_in_its_span_is_folded_into_the_one_that_does_just_what_it_planned():
    # (thirty rows of other years, so that the protocol's words are rare ones)
    towns = (
        "Lautoka Nadi Labasa Ba Sigatoka Nausori Savusavu Levuka Rakiraki Tavua Navua Korovou Seaqaqa Nabouwalu Vunisea"
    )
    others = [f"In {1980 + n} a school opened in {town}." for n, town in enumerate(towns.split() * 2)]
    paper = _section(
        "paper#s1",
        *others,
        "Fiji and Chile are preparing a veterinary protocol on frozen salmon, which is expected to be signed in the "
        "spring of 2026 and would allow the first direct imports of Chilean salmon.",
    )
    story = _article(
        "mfa#a-1",
        D(2026, 12, 10),
        "Salmon",
        "The Ambassador recalled that the first consignment of Chilean salmon arrived in Suva in May under the "
        "veterinary protocol signed in April, and that Fijian importers bought 40 tonnes of salmon over the season.",
    )
    rows = _labelled(build_chronology([paper, story], as_of=D(2026, 12, 31)))
    assert not [label for label, _ in rows if label == "Spring 2026"]
    assert ("April 2026", "The veterinary protocol signed in April.") in rows


def test_a_lead_telling_how_the_ceremony_began_yields_to_the_deed_told_next():
    scene = "The ceremony began with a blessing by the Patriarch of Georgia and the anthems of both countries."
    deed = (
        "The Georgian winemaker Kindzmarauli Marani laid the foundation stone of a EUR 15 million bottling plant "
        "near Telavi on Saturday, the Ministry of Economy reports."
    )
    assert _story_rows(scene, deed, date=D(2026, 5, 11)) == [("9 May 2026", deed)]


def test_tickets_going_on_sale_on_a_day_are_a_happening_planned_there():
    sale = "Tickets for the new Riga–Tbilisi route go on sale on 15 January."
    assert _rows(sale, date=D(2027, 1, 6), as_of=D(2027, 1, 10)) == [("15 January 2027", sale, True)]


def test_a_signing_witnessed_of_a_thing_still_to_be_built_is_a_further_deed_of_the_visit():
    lead = "Prime Minister Ilir Kola paid an official visit to Montenegro on 3 and 4 May 2026, the government reports."
    cable = (
        "They also witnessed the signing of an agreement on a power line between Shkodër and Podgorica, to be built "
        "by the two grid operators at a cost of EUR 30 million."
    )
    assert _story_rows(lead, cable, date=D(2026, 5, 5)) == [("3–4 May 2026", f"{lead} {cable}")]


def test_a_crisis_that_brought_two_governments_closer_is_no_row():
    assert _rows("The floods of 2019 and the pandemic brought the two governments closer.") == []
    assert _rows("The floods of 2019 drew the two capitals closer together.") == []


def test_a_thing_planned_in_a_named_province_for_a_year_is_a_row_planned_there():
    plan = "A second clinic is planned in Khatlon province for 2028."
    assert _rows(plan, date=D(2026, 12, 10), as_of=D(2026, 12, 20)) == [("2028", plan, True)]


def test_suffering_from_a_condition_is_no_row_but_losses_suffered_are():
    assert _rows("Cocoa farmers in the Cibao have suffered from low rainfall this year.", date=D(2026, 11, 10)) == []
    losses = "In March 1953 the battalion suffered its heaviest losses in the battle of Old Baldy."
    assert _rows(losses) == [("March 1953", losses, False)]


def test_a_sum_only_the_second_source_of_a_visit_tells_joins_its_row():
    # A feed and the host's office tell one visit; only the office's story announces a sum.
    feed = _article(
        "wire#a3",
        D(2026, 5, 15),
        "Norwegian Minister in Lusaka",
        "Norway's Minister of International Development Ola Berg paid a two-day visit to Lusaka on Thursday, "
        "his first to Zambia. He held talks with President Hakainde Hichilema on farming and climate finance.",
    )
    office = _article(
        "statehouse-2026-05-15",
        D(2026, 5, 15),
        "",
        "The meeting was cordial.",
        "President Hakainde Hichilema received Norway's Minister of International Development Ola Berg at "
        "State House in Lusaka on 14 May 2026, the Presidency reports.",
        "Minister Berg announced NOK 180 million for smallholder farmers in the Eastern Province.",
    )
    events = build_chronology([feed, office], as_of=D(2026, 6, 1))
    rows = [(e.label, e.text) for e in events if e.start == D(2026, 5, 14)]
    assert len(rows) == 1
    assert rows[0][1].startswith("Norway's Minister of International Development Ola Berg paid a two-day visit")
    assert rows[0][1].endswith(
        "Minister Berg announced NOK 180 million for smallholder farmers in the Eastern Province."
    )


def test_the_other_sides_answer_told_next_joins_the_dated_deed():
    events = build_chronology(
        [
            _section(
                "paper#s4",
                "Ties cooled after the coup. In March 2009 Madagascar recalled its ambassador from Paris over "
                "remarks by a French minister. France responded by suspending its budget support.",
            )
        ],
        as_of=D(2026, 1, 1),
    )
    assert [(e.label, e.text) for e in events] == [
        (
            "March 2009",
            "In March 2009 Madagascar recalled its ambassador from Paris over remarks by a French minister. "
            "France responded by suspending its budget support.",
        )
    ]


def test_two_plans_due_in_one_year_are_two_rows():
    events = build_chronology(
        [
            _section(
                "paper#s5",
                "Works on the wind farm are due to be completed in 2029.",
                "Its second project, a EUR 12 million irrigation scheme near Tulear, is due to be completed in 2029.",
            )
        ],
        as_of=D(2026, 1, 1),
    )
    assert [e.label for e in events] == ["2029", "2029"]


def test_being_included_among_partners_is_a_happening():
    events = build_chronology(
        [_section("paper#s6", "In 2024 Malawi was included among the focus countries of the Nordic initiative.")],
        as_of=D(2026, 1, 1),
    )
    assert [e.label for e in events] == ["2024"]


def test_an_announced_permission_opens_the_story():
    story = _article(
        "feed#a9",
        D(2027, 3, 4),
        "Permits Extended",
        "The Ministry of Interior of Botswana announced on Tuesday that holders of the Zimbabwe Special Permit may "
        "renew their permits until the end of 2030, Mmegi reports.",
        "The special permits replaced the temporary work passes introduced in 2018.",
    )
    events = build_chronology([story], as_of=D(2027, 4, 1))
    assert [e.label for e in events if "announced on Tuesday" in e.text] == ["2 March 2027"]


def test_a_thing_due_to_do_something_is_folded_into_the_story_that_it_did():
    paper = _section(
        "paper#s7",
        "The German School of Windhoek was founded in 1909. The school was closed in 2019 after a dispute over "
        "its lease. Under a new lease, the school is due to reopen in February 2027.",
    )
    story = _article(
        "feed#a4",
        D(2027, 2, 3),
        "School Reopens",
        "The German School of Windhoek reopened on Monday with 380 pupils, eight years after it was closed.",
    )
    events = build_chronology([paper, story], as_of=D(2027, 3, 1))
    rows = [(e.label, len(e.sources)) for e in events if e.start.year == 2027]
    assert rows == [("1 February 2027", 2)]


def test_one_thing_to_do_told_twice_for_a_year_is_one_row():
    paper = _section("paper#s8", "Deliveries from Rovuma to the Temane plant are scheduled to begin in 2030.")
    story = _article(
        "feed#a5",
        D(2027, 2, 3),
        "Pipeline Works",
        "Deliveries through the new 120-kilometre gas pipeline are expected to begin in 2030, the company said.",
    )
    events = build_chronology([paper, story], as_of=D(2027, 3, 1))
    assert [(e.label, len(e.sources)) for e in events if e.start.year == 2030] == [("2030", 2)]


def test_two_sources_totals_of_one_year_join_only_when_they_are_of_one_pair_of_countries():
    from reportgen.analysis.chronology import extract_events, join_trade_totals

    def joined(first: str, second: str) -> list[str]:
        events = [
            *extract_events(first, reference=D(2027, 2, 15), item_id="stat", location=LOC),
            *extract_events(second, reference=D(2027, 2, 10), item_id="feed#a2", location=LOC),
        ]
        return [e.text for e in join_trade_totals(events)]

    kyrgyz = "Trade between Kyrgyzstan and Oman reached USD 41.6 million in 2026, the National Statistical Committee reports."
    assert joined(kyrgyz, "According to Omani customs, it came to OMR 15.2 million in 2026.") == [
        f"{kyrgyz} According to Omani customs, it came to OMR 15.2 million in 2026."
    ]
    tajik = "Trade between Tajikistan and Oman exceeded USD 20 million in 2026 for the first time."
    assert joined(kyrgyz, tajik) == [kyrgyz, tajik]


def test_a_story_that_opens_on_a_quote_said_after_a_signing_is_dated_by_that_signing(tmp_path):
    items = _read(
        tmp_path,
        "sfd-bridge-loan-2026-09-17.txt",
        ' date 2026-09-17 "This bridge will change the lives of half a million people in Naryn," Minister of Transport Tilek Tekebaev said after signing '
        "a USD 60 million agreement with the Saudi Fund for Development in Bishkek on Tuesday.\n\n"
        "The concessional loan from Saudi Arabia will finance a new bridge over the Naryn river.\n\n"
        "The loan is granted for 25 years with a seven-year grace period at an annual interest rate of 1.5 percent. "
        "The Kyrgyz government will contribute KGS 900 million of its own funds.\n",
    )
    from reportgen.analysis.chronology import happening_sentence

    assert happening_sentence(items[0]).startswith('"This bridge will change the lives')
    events = build_chronology(items, as_of=D(2026, 10, 1))
    assert [(e.label, e.text[:40]) for e in events] == [
        ("15 September 2026", '"This bridge will change the lives of ha')
    ]


def test_a_meeting_held_a_week_late_stands_for_its_day_before_the_postponement_to_that_day():
    from reportgen.analysis.chronology import _telling_first, extract_events

    held = extract_events(
        "Peru's Minister of Trade, Ana Ruiz, and New Zealand's Minister for Trade, Tom Hall, co-chaired the fourth "
        "meeting of the Peru–New Zealand Free Trade Commission in Wellington on Monday, a week later than first planned.",
        reference=D(2026, 12, 1),
        item_id="wire#a1",
        location=LOC,
    )
    postponed = extract_events(
        "The visit to Wellington of Peru's Minister of Trade, Ana Ruiz, planned for tomorrow, has been postponed to "
        "30 November because of a late sitting of Congress, the ministry said on Sunday.",
        reference=D(2026, 11, 22),
        item_id="wire#a4",
        location=LOC,
    )
    on_the_day = [e for e in [*held, *postponed] if e.start == D(2026, 11, 30)]
    assert len(on_the_day) == 2
    assert _telling_first(on_the_day)[0].text.startswith("Peru's Minister of Trade, Ana Ruiz, and")


def test_a_year_a_when_clause_tells_the_deed_of_is_dated_by_that_deeds_days():
    events = build_chronology(
        [
            _section(
                "paper#s9",
                "The turning point came in 2019, when President Sooronbay Jeenbekov paid a state visit to Muscat on "
                "8 and 9 October 2019, the first by a Kyrgyz head of state.",
            )
        ],
        as_of=D(2026, 1, 1),
    )
    assert [(e.start, e.end) for e in events] == [(D(2019, 10, 8), D(2019, 10, 9))]


def test_its_in_a_clause_is_named_by_the_body_its_sentence_opened_with():
    events = build_chronology(
        [
            _section(
                "paper#s10",
                "The Mongolian-Omani joint committee was set up in 2012; its first meeting was held in Muscat in May "
                "2013, and the following meetings took place in 2016 and 2019.",
            )
        ],
        as_of=D(2026, 1, 1),
    )
    assert [e.text for e in events if e.label == "May 2013"] == [
        "The first meeting of the Mongolian-Omani joint committee was held in Muscat in May 2013."
    ]


def test_a_sum_announced_without_an_article_or_with_a_decimal_point_is_a_further_deed_of_the_visit():
    lead = "President Boric held talks with Prime Minister Ishiba in Tokyo on 3 March 2026, the presidency reports."
    pledge = "Japan announced JPY 2.4 billion in new assistance for seismic monitoring in Chile over four years."
    assert _story_rows(lead, pledge) == [("3 March 2026", f"{lead} {pledge}")]


def test_the_actors_they_of_an_agreement_to_come_do_not_merge_it_with_another_storys_plan_of_that_month():
    work = _article(
        "feed#a-1",
        D(2026, 12, 3),
        "Grid Upgrade",
        "Chile and Japan signed an exchange of notes on a grant for the Arica power grid on 1 December 2026.",
        "The national utility will begin the work in April 2027.",
    )
    holiday = _article(
        "feed#a-2",
        D(2026, 11, 20),
        "Policy Dialogue",
        "The fourth Chile–Japan policy dialogue was held in Santiago on 18 November 2026.",
        "They agreed to launch a working holiday programme for young Chileans and Japanese from April 2027.",
    )
    events = build_chronology([work, holiday], as_of=D(2026, 12, 10))
    assert sorted(e.text for e in events if e.label == "April 2027") == [
        "The national utility will begin the work in April 2027.",
        "They agreed to launch a working holiday programme for young Chileans and Japanese from April 2027.",
    ]


def test_what_a_papers_paragraph_tells_of_a_visit_after_it_without_a_date_joins_the_visits_row():
    visit = "The peak of the relationship was the state visit of President Ruto to Chile from 8 to 10 May 2024."
    aside = "The visit fell in the year of the fiftieth anniversary of relations."
    honour = "President Boric conferred on him the Order of Merit, Chile's highest distinction."
    pledge = "During the visit Chile announced that visas for Kenyan students would be free."
    later = "Later the two countries opened embassies."
    events = build_chronology(
        [_section("paper#s3", " ".join([visit, aside, honour, pledge, later]))], as_of=D(2026, 1, 1)
    )
    assert _labelled(events) == [("8–10 May 2024", f"{visit} {honour} {pledge}")]


def test_a_day_kept_every_year_told_without_a_year_is_no_happening():
    text = (
        "The Kenyan community, about 2 percent of the population according to the 2019 census, is growing. "
        "Settlers Arrival Day on 12 December is a national holiday. A fair is held every year on 3 May."
    )
    assert build_chronology([_section("paper#s4", text)], as_of=D(2026, 1, 1)) == ()


def test_it_is_named_by_the_text_the_sentence_before_names_with_its_signing_in_between():
    story = _article(
        "wire#a-1",
        D(2026, 3, 20),
        "Tea Exports",
        "The Free Trade Agreement between Chile and Kenya, signed in Nairobi in March 2023, cut tariffs on tea. It "
        "entered into force on July 1, 2025, after the Chilean Senate had approved it the previous December.",
    )
    paper = _section("paper#s5", "The Free Trade Agreement entered into force in 2025.")
    events = build_chronology([story, paper], as_of=D(2026, 4, 1))
    forced = [e for e in events if "force" in e.text]
    assert [(e.label, e.text[:67], len(e.sources)) for e in forced] == [
        ("1 July 2025", "The Free Trade Agreement between Chile and Kenya entered into force", 2)
    ]


def test_the_level_a_figure_is_compared_with_dates_no_row():
    events = build_chronology(
        [
            _article(
                "wire#a-2",
                D(2026, 5, 20),
                "Exports",
                "Avocado shipments to Kenya fell to about 900 tonnes last year, a fifth of their level in the late 1990s.",
            )
        ],
        as_of=D(2026, 6, 1),
        include_item_dates=False,
    )
    assert [e.label for e in events] == ["2025"]
    # (the level a deed brings a thing to is no baseline)
    downgraded = "Kenya downgraded its representation to the level of chargé d'affaires in 1990."
    assert [e.label for e in extract_events(downgraded, reference=None, item_id="x", location=LOC)] == ["1990"]


def test_a_thing_named_again_after_a_clause_with_its_own_date_is_its_own_row():
    text = (
        "In October 2024, after an incident at the border, the Government suspended visa-free entry for Kenyan "
        "citizens; the visa-free regime was restored in March 2025."
    )
    assert [e.text for e in extract_events(text, reference=D(2026, 1, 1), item_id="x", location=LOC)] == [
        "In October 2024, after an incident at the border, the Government suspended visa-free entry for Kenyan "
        "citizens.",
        "The visa-free regime was restored in March 2025.",
    ]


def test_it_that_will_do_a_deed_is_named_by_the_text_the_sentence_before_speaks_of():
    story = _article(
        "wire#a-3",
        D(2027, 1, 19),
        "Working Holidays",
        "Chile and Kenya signed an agreement on a working holiday scheme in Nairobi on 19 January 2027. The "
        "agreement was signed by the two foreign ministers, Ana Pérez and Musalia Mudavadi. It will enter into "
        "force on 1 July 2027.",
    )
    events = build_chronology([story], as_of=D(2027, 1, 20))
    assert [e.text for e in events if e.label == "1 July 2027"] == [
        "The agreement will enter into force on 1 July 2027."
    ]


def test_a_visit_told_done_over_its_days_stands_for_the_plan_of_its_first_day():
    plan = _article(
        "wire#a-4",
        D(2026, 10, 13),
        "Visit",
        "President William Ruto will arrive in Santiago on 9 November for a state visit to Chile, the Kenyan "
        "embassy said.",
    )
    done = _article(
        "wire#a-5",
        D(2026, 11, 12),
        "Visit",
        "President of Kenya William Ruto paid a state visit to Chile from 9 to 11 November 2026, the first by a "
        "Kenyan head of state.",
    )
    events = build_chronology([plan, done], as_of=D(2026, 12, 1))
    assert [(e.label, e.text.split(",")[0], len(e.sources)) for e in events] == [
        (
            "9–11 November 2026",
            "President of Kenya William Ruto paid a state visit to Chile from 9 to 11 November 2026",
            2,
        )
    ]


def test_what_someone_told_is_still_being_prepared_is_no_deed_of_the_story():
    story = _article(
        "wire#a-6",
        D(2026, 10, 14),
        "Visit",
        "The ambassador of Kenya, Jane Doe, said on 13 October 2026 that President William Ruto would arrive in "
        "Santiago on 9 November for a state visit. She told reporters that an agreement on mining was being "
        "prepared for signature during the visit.",
    )
    events = build_chronology([story], as_of=D(2026, 10, 20))
    assert [e.label for e in events] == ["9 November 2026"]


def test_a_figure_a_story_reports_is_its_row_and_the_record_it_counts_from_is_recalled():
    story = _article(
        "wire#a-9",
        D(2026, 12, 2),
        "Record Output",
        "Codelco said on 1 December 2026 that its Salvador plant in northern Chile produced 2.1 million tonnes of "
        "copper concentrate in the twelve months to November, a record since the plant started up in April 2023. "
        "The company invested USD 3.4 billion in the plant.",
    )
    events = build_chronology([story], as_of=D(2026, 12, 10))
    assert [(e.label, e.text.split(",")[0]) for e in events] == [
        (
            "1 December 2026",
            "Codelco said on 1 December 2026 that its Salvador plant in northern Chile produced 2.1 million tonnes of copper concentrate in the twelve months to November",
        )
    ]


def test_a_figure_told_in_spanish_joins_the_row_of_the_same_figure_told_in_english():
    paper = _section("paper#s6", "In 2025 bilateral trade in goods reached EUR 412.0 million.")
    feed = dataclasses.replace(
        _article(
            "ef#a-1",
            D(2027, 1, 8),
            "Comercio",
            "Según la cancillería, el comercio bilateral alcanzó 412 millones de euros en 2025.",
        ),
        language="es",
    )
    events = build_chronology([paper, feed], as_of=D(2027, 1, 20), include_item_dates=False)
    assert [(e.label, len(e.sources)) for e in events] == [("2025", 2)]


def test_a_year_naming_a_text_after_the_clauses_own_date_stays_out_of_its_label():
    text = (
        "On 20 April 2010 the Court ruled that Chile had breached its obligations under the 1975 Statute of the "
        "River Loa but had not breached its duty of care."
    )
    events = group_clauses(extract_events(text, reference=None, item_id="x", location=LOC))
    assert [e.label for e in events] == ["20 April 2010"]
    # (two dates of the clause's own stay: "in 1999, 2008 and 2011")
    listed = "The Emir visited Santiago in 1999, 2008 and 2011."
    assert [e.label for e in group_clauses(extract_events(listed, reference=None, item_id="x", location=LOC))] == [
        "1999, 2008 and 2011"
    ]


@pytest.mark.parametrize(
    "language, text",
    [
        (
            "ru",
            "14 января 2027 года МИД сообщил, что визит министра в Сантьяго, запланированный на 22 января 2027 "
            "года, перенесён на 12 марта 2027 года.",
        ),
        (
            "es",
            "La visita del ministro a Nairobi, prevista para el 22 de enero de 2027, fue aplazada al 12 de marzo de 2027.",
        ),
    ],
)
def test_a_happening_put_off_in_another_language_stands_at_its_new_date_planned(language, text):
    story = dataclasses.replace(_article("ru#a-1", D(2027, 1, 15), "Визит", text), language=language)
    events = build_chronology([story], as_of=D(2027, 2, 10))
    assert [(e.label, e.planned) for e in events] == [("12 March 2027", True)]


@pytest.mark.parametrize(
    "text, put_off",
    [
        ("La visite du ministre à Nairobi a été reportée au 12 mars 2027.", True),
        ("La réunion prévue le 22 janvier a été annulée.", True),
        ("Según el reporte publicado el 12 de marzo de 2026, el comercio creció un 8 %.", False),
        ("Los reportes del ministerio anulan las cifras anteriores.", False),
    ],
)
def test_only_an_accented_french_participle_tells_a_put_off(text, put_off):
    assert called_off(text) is put_off


def test_a_deed_agreed_or_invited_to_come_in_the_as_of_year_is_planned():
    story = _article(
        "wire#a-10",
        D(2026, 11, 20),
        "Talks",
        "Prime Minister Boric held talks with President Ruto in Santiago on 19 November 2026. Boric invited Ruto to "
        "visit Chile in 2027. The two sides agreed to launch direct charter flights in 2027.",
    )
    events = build_chronology([story], as_of=D(2027, 2, 10))
    assert [(e.label, e.planned) for e in events if e.label == "2027"] == [("2027", True), ("2027", True)]


def test_a_deed_in_the_opening_clause_dates_the_sentence_whatever_trend_follows():
    def happenings(text):
        return [
            e.label
            for e in group_clauses(extract_events(text, reference=None, item_id="x", location=LOC))
            if _is_happening(e, "en")
        ]

    switched = (
        "After Nauru switched diplomatic recognition from Taipei to Beijing in January 2024, Australian engagement "
        "in the central Pacific intensified."
    )
    assert happenings(switched) == ["January 2024"]
    # (no deed in the opening: the trend's date)
    assert happenings("After the earthquake of April 2016, trade between the two countries grew steadily.") == []


def test_a_sum_accumulated_over_the_years_is_a_level_not_a_happening():
    def happenings(text):
        return [
            e.label
            for e in group_clauses(extract_events(text, reference=None, item_id="x", location=LOC))
            if _is_happening(e, "en")
        ]

    assert (
        happenings("Accumulated French direct investment in Georgia reached about EUR 310 million at the end of 2025.")
        == []
    )
    assert happenings("Cumulative Korean investment stood at USD 1.2 billion at the end of 2025.") == []
    # (a year's flow is a happening of that year)
    assert happenings("French companies invested EUR 64 million in Georgia in 2025.") == ["2025"]


def test_a_pledge_told_with_would_is_a_deed_of_the_storys_day_and_its_years_its_term():
    story = _article(
        "elysee#a1",
        D(2026, 11, 18),
        "Talks",
        "Georgian Prime Minister Kobakhidze held talks with President Macron in Paris on 18 November 2026.",
        "Macron said France would provide EUR 200 million in budget support and loans to Georgia over 2027–2029.",
    )
    (row,) = build_chronology([story], as_of=D(2027, 2, 10))
    assert (row.label, row.planned) == ("18 November 2026", False)
    assert row.text.endswith("over 2027–2029.")


def test_a_clauses_years_are_labelled_in_the_order_of_time_when_the_row_stands_at_the_earliest():
    text = "Total trade rose from USD 344 million in 2018 to USD 431 million in 2025, with a dip in 2020."
    events = group_clauses(extract_events(text, reference=None, item_id="x", location=LOC))
    assert [(e.label, e.start) for e in events] == [("2018, 2020 and 2025", D(2018, 1, 1))]


def test_an_invitation_accepted_to_visit_in_the_as_of_year_is_planned():
    story = _article(
        "map#a-1",
        D(2026, 10, 16),
        "Communiqué",
        "In a joint communiqué, King Mohammed VI accepted an invitation to pay a state visit to Senegal in 2027.",
    )
    events = build_chronology([story], as_of=D(2027, 3, 5))
    assert [(e.label, e.planned) for e in events] == [("2027", True)]


def test_a_figure_put_right_by_another_outlet_stands_for_the_row_of_the_wrong_one():
    first = _article(
        "gna#a-1",
        D(2027, 1, 20),
        "Trade committee",
        "Bilateral trade reached USD 1.12 billion in 2026, the minister told the closing session.",
    )
    second = _article(
        "tt#a-1",
        D(2027, 1, 26),
        "Correction",
        "Bilateral trade between Ghana and Peru amounted to USD 1.02 billion in 2026, not USD 1.12 billion as "
        "announced last week, according to final data released on Monday.",
    )
    rows = [e for e in build_chronology([first, second], as_of=D(2027, 1, 28)) if e.start.year == 2026]
    assert [row.text.split(",")[0] for row in rows] == [
        "Bilateral trade between Ghana and Peru amounted to USD 1.02 billion in 2026"
    ]


def test_which_after_a_place_set_off_in_commas_is_said_of_the_thing_before_the_place():
    story = _article(
        "andina#a-1",
        D(2027, 2, 10),
        "Visit",
        "President Prabowo began a state visit to Peru in Lima on 8 February 2027.",
        "The same day, the state company PT Pupuk and the agency ProInversión signed a memorandum on a USD 320 "
        "million fertiliser plant in Bayóvar, in the Piura region, which is to be commissioned in 2029.",
    )
    rows = build_chronology([story], as_of=D(2027, 2, 12))
    assert not any(row.text.startswith("The Piura region") for row in rows)


def test_one_day_s_deed_told_in_another_language_joins_the_english_row_that_states_it():
    english = _article(
        "ant#a-1",
        D(2026, 9, 18),
        "Ratified",
        "Chile's Senate ratified the Economic Partnership Agreement with Kenya on 17 September 2026 in Valparaíso.",
    )
    spanish = dataclasses.replace(
        _article("em#a-1", D(2026, 10, 30), "Acuerdo", "El Senado chileno lo ratificó el 17 de septiembre de 2026."),
        language="es",
    )
    rows = [e for e in build_chronology([english, spanish], as_of=D(2026, 12, 1)) if e.label == "17 September 2026"]
    assert [(row.text.split(" ratified")[0], len(row.sources)) for row in rows] == [("Chile's Senate", 2)]
    # ... and the relations a day established
    english = _article(
        "mfa#a-1",
        D(2026, 2, 3),
        "Anniversary",
        "The two countries established diplomatic relations on 3 February 1988.",
    )
    spanish = dataclasses.replace(
        _article(
            "mrree#a-1",
            D(2026, 2, 4),
            "Aniversario",
            "Uruguay y China establecieron relaciones diplomáticas el 3 de febrero de 1988.",
        ),
        language="es",
    )
    rows = [e for e in build_chronology([english, spanish], as_of=D(2026, 12, 1)) if e.label == "3 February 1988"]
    assert [(row.text, len(row.sources)) for row in rows] == [(english.paragraphs[0].text, 2)]


def test_talks_of_a_span_a_figure_of_a_year_and_talks_told_in_two_other_languages_are_one_row_each():
    as_of = D(2027, 12, 1)
    # a session of two days, planned, in English and Russian
    english = _article(
        "mfa#a-1",
        D(2027, 9, 4),
        "Consultations",
        "The deputy ministers agreed that the tenth session of the Joint Commission will be held in Minsk on 21 and "
        "22 October 2027.",
    )
    russian = dataclasses.replace(
        _article(
            "ru#a-1",
            D(2027, 9, 5),
            "Консультации",
            "Стороны договорились, что десятое заседание совместной комиссии пройдёт в Минске 21–22 октября 2027 года.",
        ),
        language="ru",
    )
    rows = [e for e in build_chronology([english, russian], as_of=as_of) if e.start == D(2027, 10, 21)]
    assert [(row.text, len(row.sources)) for row in rows] == [(english.paragraphs[0].text, 2)]
    # a year's trade, the same figure
    english = _article(
        "stat#a-1", D(2027, 3, 1), "Trade", "Trade between the two countries reached USD 141.7 million in 2026."
    )
    russian = dataclasses.replace(
        _article(
            "ru#a-2", D(2027, 3, 2), "Торговля", "Товарооборот между странами в 2026 году составил 141,7 млн долларов."
        ),
        language="ru",
    )
    rows = [e for e in build_chronology([english, russian], as_of=as_of) if e.label == "2026"]
    assert [(row.text, len(row.sources)) for row in rows] == [(english.paragraphs[0].text, 2)]
    # talks of a day in Spanish and in Russian, no English row: the first told stays
    spanish = dataclasses.replace(
        _article(
            "es#a-1",
            D(2027, 8, 12),
            "Canciller",
            "El canciller sostuvo conversaciones el 11 de agosto de 2027 en Minsk con su homólogo bielorruso.",
        ),
        language="es",
    )
    russian = dataclasses.replace(
        _article(
            "ru#a-3",
            D(2027, 8, 13),
            "Переговоры",
            "По итогам переговоров 11 августа 2027 года министры подписали план консультаций.",
        ),
        language="ru",
    )
    rows = [e for e in build_chronology([spanish, russian], as_of=as_of) if e.start == D(2027, 8, 11)]
    assert [(row.text, len(row.sources)) for row in rows] == [(spanish.paragraphs[0].text, 2)]
    # a signing of a month, in English and French, in the same place; another of that month elsewhere stays apart
    english = _article(
        "mfa#a-2",
        D(2027, 2, 10),
        "Defence",
        "The National Assembly on Tuesday ratified the defence cooperation agreement between Belarus and Cuba, which "
        "was signed in Minsk last month.",
    )
    english = dataclasses.replace(
        english,
        paragraphs=(
            dataclasses.replace(
                english.paragraphs[0],
                text="The defence cooperation agreement between Belarus and Cuba was signed in Minsk last month.",
            ),
        ),
    )
    other = _article("mfa#a-3", D(2027, 2, 11), "Health", "A health agreement was signed in Havana in January 2027.")
    french = dataclasses.replace(
        _article(
            "fr#a-1",
            D(2027, 2, 12),
            "Défense",
            "Le mois dernier, les deux pays avaient déjà signé à Minsk un accord de coopération dans le domaine de la "
            "défense.",
        ),
        language="fr",
    )
    rows = [e for e in build_chronology([english, other, french], as_of=as_of) if e.label == "January 2027"]
    assert sorted((row.text, len(row.sources)) for row in rows) == [
        ("A health agreement was signed in Havana in January 2027.", 1),
        (english.paragraphs[0].text, 2),
    ]


def test_a_figure_put_right_is_matched_as_a_whole_number_not_inside_another():
    from reportgen.analysis.chronology import _telling_first

    def row(text, item):
        return group_clauses(extract_events(text, reference=None, item_id=item, location=LOC))[0]

    first = row("Exports to Peru reached USD 312 million in 2026, the office said.", "a")
    other = row("Imports from Peru came to USD 41 million in 2026, not USD 12 million as stated earlier.", "b")
    assert _telling_first([first, other])[0] is first


def test_a_short_clause_row_naming_nothing_is_told_with_the_rest_of_its_sentence():
    deal = (
        "Under the deal, Huta Stalowa Wola will build the chassis and integrate the launchers in Poland, and "
        "deliveries are to begin in 2028."
    )
    rows = _rows(
        "The contract is the third under the framework agreement.", deal, as_of=D(2027, 1, 25), date=D(2027, 1, 20)
    )
    assert ("2028", deal, True) in rows


def test_a_further_deed_is_told_without_how_its_place_stands_now():
    lead = "The third session of the Fiji–Chile Joint Commission was held in Suva on 4 May 2026, the ministry reports."
    deed = "The delegations toured the new fisheries laboratory at Lami, where fit-out work is now 70 percent done."
    assert _story_rows(lead, deed, date=D(2026, 5, 6)) == [
        ("4 May 2026", f"{lead} The delegations toured the new fisheries laboratory at Lami.")
    ]


def test_a_growth_pledge_reported_with_would_by_a_year_is_the_announcements_row():
    pledge = "Japan announced that it would triple its scholarships for Pacific students to 600 a year by 2029."
    assert _story_rows(pledge, date=D(2025, 9, 3)) == [("3 September 2025", pledge)]
    # (a completion said to be due by a year stays a plan of that year)
    due = "The minister said the terminal would reach full capacity by 2029."
    assert _rows(due, as_of=D(2027, 1, 25), date=D(2025, 9, 3)) == [("2029", due, True)]


def test_a_running_total_in_the_thousands_is_no_event_of_the_day_it_is_told():
    total = (
        "More than 9,500 visas have been issued under the new scheme in its first year, "
        "Consul General Ana Ruiz said on Monday."
    )
    opened = "The scheme was launched with Spanish support in May 2026."
    assert _rows(total, opened, as_of=D(2027, 4, 30), date=D(2027, 4, 14)) == [("May 2026", opened, False)]
    assert not states_event("A total of 420 Filipino nurses have been employed at Slovak hospitals since 2024.")


def test_a_sentence_turning_to_another_story_is_no_further_deed_of_the_storys_day():
    lead = "President Ruto paid a state visit to Japan on 3 and 4 March 2026, the presidency reports."
    signed = "The two leaders signed a memorandum on geothermal energy."
    aside = "In a separate development, Japan and Tanzania signed an agreement on a port in Dar es Salaam."
    assert _story_rows(lead, signed, aside, date=D(2026, 3, 5)) == [("3–4 March 2026", f"{lead} {signed}")]


def test_after_the_talks_looks_back_to_talks_already_told_not_ahead():
    lead = "President Ruto paid a state visit to Japan on Monday and Tuesday, the presidency reports."
    council = "Prime Minister Ishiba and President Ruto chaired the Kenya–Japan Business Council in Tokyo on Tuesday."
    signed = "Following the talks, the two leaders witnessed the signing of six agreements on energy and ports."
    later = "President Ruto also held talks with the Speaker of the House of Representatives on Monday evening."
    rows = _story_rows(lead, council, signed, later, date=D(2026, 3, 5))
    assert ("3 March 2026", f"{council} {signed}") in rows
    assert ("2 March 2026", later) in rows


def test_a_joint_declaration_adopted_is_a_deed_of_the_visit():
    lead = "President Ruto paid a state visit to Japan on 3 and 4 March 2026, the presidency reports."
    adopted = (
        "The two sides also adopted a Joint Statement on a Strategic Partnership and a Joint Declaration on Energy."
    )
    assert _story_rows(lead, adopted, date=D(2026, 3, 5)) == [("3–4 March 2026", f"{lead} {adopted}")]


def test_a_thing_put_on_a_list_by_a_relative_clause_reads_in_order():
    text = (
        "In May 2022 the two ministries signed a protocol on the Mombasa–Nairobi pipeline, which the African Union "
        "added to the list of flagship projects in March 2024."
    )
    assert (
        "March 2024",
        "The African Union added a protocol on the Mombasa–Nairobi pipeline to the list of flagship projects in March 2024.",
        False,
    ) in _rows(text, as_of=D(2026, 1, 1))


def test_two_pairs_trade_totals_of_one_year_are_two_rows():
    chile = _article(
        "a#a-1", D(2027, 2, 24), "Chile", "Two-way trade between Kenya and Chile reached USD 90 million in 2026."
    )
    japan = _article(
        "b#a-1",
        D(2027, 2, 10),
        "Japan",
        "Two-way trade between Kenya and Japan reached USD 1.12 billion in 2026, up 14.3 percent.",
    )
    rows = [
        (e.text, len(e.sources)) for e in build_chronology([chile, japan], as_of=D(2027, 3, 1)) if e.label == "2026"
    ]
    assert sorted(rows) == sorted([(chile.paragraphs[0].text, 1), (japan.paragraphs[0].text, 1)])


def test_an_opinion_piece_gives_no_row_of_its_own():
    opinion = _article(
        "f#a-1",
        D(2027, 2, 2),
        "Opinion: Nairobi should look beyond Tokyo",
        "Kenya's ties with Japan are strong, but Nairobi should not rely on one Asian lender, argues economist Jane Mwangi.",
    )
    assert build_chronology([opinion], as_of=D(2027, 3, 1)) == ()


def test_a_target_proposed_by_a_leader_is_no_plan_of_its_year():
    proposed = "Prime Minister Albanese proposed raising two-way trade with Kenya to AUD 3 billion by 2030."
    assert _rows(proposed, as_of=D(2027, 1, 25), date=D(2026, 11, 2)) == []


def test_a_count_told_by_numbered_is_no_row():
    lead = "President Ruto opened the Kenya–Armenia business forum in Nairobi on 1 April 2025, the presidency reports."
    count = "The Armenian community of Kenya numbered some 1,200 people in 1935."
    assert _story_rows(lead, count) == [("1 April 2025", lead)]


def test_a_count_of_students_who_studied_in_a_year_is_no_row():
    count = "Around 60 Kenyan students studied in Australia in 2025, most of them on government scholarships."
    assert _rows(count, as_of=D(2027, 1, 1)) == []


def test_things_presented_and_a_grant_promised_are_further_deeds_of_the_storys_day():
    lead = "Foreign Minister Musalia Mudavadi received the Ambassador of Korea in Nairobi on 2 April 2025."
    gift = "Ambassador Kim presented 25 tablet computers to the immigration department of the ministry."
    grant = "Korea will provide a grant of USD 3 million for the Thika water works."
    topped = "The Korea Eximbank will add USD 2 million for water meters in Machakos."
    assert _story_rows(lead, gift, grant, topped) == [("2 April 2025", f"{lead} {gift} {grant} {topped}")]


def test_a_signing_whose_relative_clause_tells_what_will_follow_leads_its_story_with_the_grant_also_promised():
    signed = (
        "Kenya and Korea signed an agreement on Wednesday under which the Korea Water Resources Corporation (K-water) "
        "will supervise the rehabilitation of the Thika dam, the Ministry of Water reports."
    )
    grant = "Korea will also provide a grant of USD 6 million to cover part of the cost of the works."
    plan = "The first contractors are expected on site in September."
    story = _article("water#a-1", D(2027, 6, 4), "Dam", signed, grant, plan)
    assert happening_sentence(story) == signed
    assert _labelled(build_chronology([story], as_of=D(2027, 6, 8))) == [
        ("2 June 2027", f"{signed} {grant}"),
        ("September 2027", plan),
    ]


def test_a_papers_deed_done_within_days_of_a_dated_happening_takes_its_date():
    struck = "Cyclone Pam struck Vanuatu in March 2015."
    sent = "Kenya sent a military aircraft with 30 tonnes of relief supplies within a week."
    assert _rows(f"Storms have shaped the relationship. {struck} {sent}") == [
        ("March 2015", struck, False),
        ("March 2015", sent, False),
    ]
    # (not a trend told so)
    assert _rows("Exports were suspended in May 2019. The situation improved within a few weeks.") == [
        ("May 2019", "Exports were suspended in May 2019.", False)
    ]


def test_a_papers_visit_of_a_month_gathers_the_deeds_its_paragraph_tells_of_it():
    paragraph = (
        "The high point of the relationship was the state visit of President Ruto to Australia in March 2025. "
        "Four memoranda of understanding were signed during the visit. Australia also agreed to fund a survey of "
        "Kenya's critical minerals."
    )
    assert _rows(paragraph, as_of=D(2026, 1, 1)) == [("March 2025", paragraph, False)]


def test_a_count_since_a_year_in_spanish_or_arabic_is_no_row():
    for language, text in (
        ("es", "El banco ha financiado desde 2018 más de 40 proyectos en Kenia."),
        ("ar", "ونفّذ المركز في كينيا منذ عام 2018 أكثر من 40 مشروعاً."),
    ):
        section = dataclasses.replace(_section("paper#s1", text), language=language)
        assert [e.label for e in build_chronology([section], as_of=D(2027, 1, 1))] == []


def test_a_story_opening_on_a_ceremony_begun_late_is_led_by_its_dated_deeds():
    story = _article(
        "hofburg#a-1",
        D(2027, 3, 10),
        "Untitled",
        "The signing in the great hall of the Hofburg started half an hour behind schedule because of the snow.",
        "Chancellor Reza Navabi of Tajikistan was welcomed by President Anna Keller at the Hofburg in Vienna on "
        "9 March 2027, at the start of an official visit to Austria.",
        "In the presence of the two leaders, the governments signed an agreement on air services.",
        "On 10 March, Chancellor Navabi opened the Austria–Tajikistan Economic Forum at the Vienna Trade Centre.",
    )
    rows = [(e.label, e.text) for e in build_chronology([story], as_of=D(2027, 6, 1))]
    assert [label for label, _ in rows] == ["9 March 2027", "10 March 2027"]
    assert rows[0][1].endswith(
        "In the presence of the two leaders, the governments signed an agreement on air services."
    )
    assert (
        rows[1][1]
        == "On 10 March, Chancellor Navabi opened the Austria–Tajikistan Economic Forum at the Vienna Trade Centre."
    )


def test_the_first_of_the_visits_a_sentence_lists_takes_the_first_listed_year():
    rows = _rows(
        "Icelandic foreign ministers travelled to Hanoi in 2008, 2014 and 2021. During the first of these visits "
        "the two governments signed an agreement on geothermal research. During the last of these trips, Iceland "
        "opened an honorary consulate in Ho Chi Minh City."
    )
    assert (
        "2008",
        "During the first of these visits the two governments signed an agreement on geothermal research.",
        False,
    ) in rows
    assert (
        "2021",
        "During the last of these trips, Iceland opened an honorary consulate in Ho Chi Minh City.",
        False,
    ) in rows


def test_a_days_deed_told_by_he_keeps_the_sentence_of_its_month_that_names_him():
    rows = _rows(
        "In September 2025 Minister Kalani Akana led Hawaii's trade mission to the Expo in Osaka. On 14 September "
        "2025 he met Governor Hirofumi Yoshimura at the Osaka prefectural office.",
        as_of=D(2026, 1, 1),
    )
    assert rows == [
        (
            "14 September 2025",
            "In September 2025 Minister Kalani Akana led Hawaii's trade mission to the Expo in Osaka. On 14 September "
            "2025 he met Governor Hirofumi Yoshimura at the Osaka prefectural office.",
            False,
        )
    ]


def test_a_further_deed_of_the_parties_after_a_visits_deed_is_the_visits_too():
    rows = _rows(
        "Prime Minister Lars Holm paid an official visit to Malawi from 3 to 5 May 2018. During the visit Denmark "
        "pledged DKK 90 million for maternal health. The two governments also signed an agreement on the "
        "recognition of diplomas."
    )
    assert len(rows) == 1 and rows[0][0] == "3–5 May 2018"
    assert rows[0][1].endswith("The two governments also signed an agreement on the recognition of diplomas.")


def test_a_plant_built_by_two_partners_is_one_clause():
    rows = _rows(
        "A cement mill built by Vietnam's Vicem and the Cambodian firm Khmer Build opened in Kampot on Friday.",
        as_of=D(2027, 6, 1),
        date=D(2027, 5, 16),
    )
    assert rows == [
        (
            "14 May 2027",
            "A cement mill built by Vietnam's Vicem and the Cambodian firm Khmer Build opened in Kampot on Friday.",
            False,
        )
    ]


def test_a_signing_under_which_a_deed_will_follow_next_year_is_a_deed_of_the_storys_day():
    story = _article(
        "feed#a-3",
        D(2027, 3, 4),
        "Rome and Tunis sign coast guard deal",
        "Foreign Minister Paolo Conti held talks in Tunis on Wednesday with his counterpart Nabil Ammar.",
        "The two sides signed an agreement under which Italy will deliver four patrol boats to the Tunisian navy "
        "and will train 60 officers next year.",
    )
    rows = [(e.label, e.text, e.planned) for e in build_chronology([story], as_of=D(2027, 4, 1))]
    assert rows[0][0] == "3 March 2027" and rows[0][1].endswith("The two sides signed an agreement.")
    assert rows[1][0] == "2028" and rows[1][2]


def test_a_ratification_and_its_entry_into_force_joined_by_and_it_are_two_rows():
    rows = _rows("The Maltese Parliament ratified the convention in May 2014 and it entered into force on 1 July 2014.")
    assert [label for label, _, _ in rows] == ["May 2014", "1 July 2014"]
    assert rows[0][1] == "The Maltese Parliament ratified the convention in May 2014."


def test_a_clause_ending_on_its_date_after_a_comma_is_no_list_before_and():
    rows = _rows(
        "Chile was the first Latin American country to open an embassy in Canberra, in March 1946, and on 5 May 1946 "
        "the two governments signed an exchange of notes on trade."
    )
    assert [label for label, _, _ in rows] == ["March 1946", "5 May 1946"]
    assert rows[1][1] == "On 5 May 1946 the two governments signed an exchange of notes on trade."


@pytest.mark.parametrize(
    "language, text",
    [
        ("ar", "وتشمل المنح دراسات الهندسة والزراعة للعام الجامعي 2028-2029."),
        ("es", "Las becas cubren estudios de agronomía para el año académico 2028-2029."),
        ("fr", "Les bourses couvrent des études d'agronomie pour l'année universitaire 2028-2029."),
    ],
)
def test_the_school_year_a_grant_is_for_is_its_term_not_a_row(language, text):
    story = dataclasses.replace(_article("emb#a-1", D(2027, 8, 12), "Grants", text), language=language)
    assert [(e.label, e.planned) for e in build_chronology([story], as_of=D(2027, 9, 1))] == [("12 August 2027", False)]


def test_a_sitting_of_a_year_in_english_and_its_month_in_another_language_are_one_row():
    english = _article(
        "jic#a-1",
        D(2026, 11, 13),
        "Joint Commission",
        "The sixth session of the Joint Commission was held in Rome on 12 November 2026. The sides agreed that the "
        "seventh session would be held in Nairobi in 2027.",
    )
    italian = dataclasses.replace(
        _article(
            "ansa#a-1",
            D(2027, 2, 10),
            "Commissione",
            "La prossima sessione della Commissione mista è prevista nel settembre 2027 a Nairobi.",
        ),
        language="it",
    )
    rows = [(e.label, e.planned, len(e.sources)) for e in build_chronology([english, italian], as_of=D(2027, 3, 1))]
    assert ("September 2027", True, 2) in rows and not any(label == "2027" for label, _, _ in rows)


@pytest.mark.parametrize(
    "language, text",
    [
        (
            "it",
            "Secondo i dati pubblicati martedì, l'interscambio tra l'Italia e il Cile ha raggiunto 2,4 miliardi di "
            "euro nel 2026, in calo rispetto ai 2,7 miliardi del 2025.",
        ),
        (
            "es",
            "Según los datos publicados el martes, el comercio entre Chile e Italia alcanzó 2,4 millones de dólares "
            "en 2026, frente a los 2,7 millones de 2025.",
        ),
    ],
)
def test_a_years_figure_published_on_a_weekday_and_compared_with_the_year_before_is_a_row_of_its_year(language, text):
    story = dataclasses.replace(_article("istat#a-1", D(2027, 2, 17), "Trade", text), language=language)
    assert [e.label for e in build_chronology([story], as_of=D(2027, 3, 1))] == ["2026"]


def test_a_years_figure_presented_at_a_forum_on_a_weekday_is_a_row_of_its_year():
    text = (
        "Trade between Norway and Kenya reached NOK 3.1 billion in 2026, up 6 percent from NOK 2.9 billion in 2025, "
        "according to figures presented at the Norway–Kenya Business Forum in Nairobi on Thursday."
    )
    assert [(label, row) for label, row, _ in _rows(text, as_of=D(2027, 6, 1), date=D(2027, 4, 23))] == [("2026", text)]


def test_a_months_signing_by_other_parties_is_no_days_signing_of_that_month():
    grant = _article(
        "kg#a-1",
        D(2027, 3, 31),
        "Grant",
        "Austria will provide Georgia with a grant of EUR 12 million for 40 schools, under an agreement signed in "
        "Tbilisi on Monday.",
    )
    line = _article(
        "feed#a-3",
        D(2027, 4, 28),
        "Line",
        "The 400 kV Gardabani–Akhaltsikhe line was inaugurated on Monday by the two energy ministers.",
        "Last month, the grid operators GSE and APG signed an operating agreement for the new line.",
    )
    rows = [(e.label, len({i for i, _ in e.sources})) for e in build_chronology([grant, line], as_of=D(2027, 5, 20))]
    assert ("March 2027", 1) in rows and ("29 March 2027", 1) in rows


def test_a_dated_happening_judged_by_what_it_made_of_things_is_no_row():
    # what a dated thing did to the relation, told as its subject, is an assessment
    assert _section_rows("The customs union of 1923 has made Liechtenstein's franc question moot.") == []
    assert (
        _section_rows(
            "Trade gave the relationship its weight, and an official visit at the end of 2025 gave it a political frame."
        )
        == []
    )
    assert _section_rows("The floods of August 2005 broke the old road links off.") == []
    # (the thing's own deed at a date of its own is a row)
    assert _section_rows("The agreement of 2019 entered into force in March 2021.") == [
        ("March 2021", "The agreement of 2019 entered into force in March 2021.")
    ]


def test_a_relation_s_arc_across_dated_eras_is_no_row():
    assert (
        _section_rows(
            "Nepal and the Republic of Austria have moved from the aid programme of 1975–1990 through a quiet decade "
            "to a partnership built on tourism and hydropower."
        )
        == []
    )


def test_a_past_deed_of_people_in_a_restrictive_relative_clause_is_no_date_of_the_row():
    story = _article(
        "pmo#a-1",
        D(2026, 4, 30),
        "Nepal's defence minister in Italy",
        "On 28 April the minister laid a wreath at the monument to the Nepali soldiers who fell at Monte Cassino in May 1944.",
    )
    rows = _labelled(build_chronology([story], as_of=D(2026, 6, 1)))
    assert rows == [("28 April 2026", story.paragraphs[-1].text)]


def test_a_disaster_and_the_help_it_brought_that_month_are_two_rows():
    story = _article(
        "feed#a-1",
        D(2025, 8, 20),
        "Relief",
        "Cyclone Ana devastated the island of Ha'apai on 3 August 2025.",
        "Austria sent a team of 12 engineers and medics to Ha'apai in August 2025.",
    )
    rows = _labelled(build_chronology([story], as_of=D(2025, 9, 1)))
    assert ("3 August 2025", "Cyclone Ana devastated the island of Ha'apai on 3 August 2025.") in rows
    assert ("August 2025", "Austria sent a team of 12 engineers and medics to Ha'apai in August 2025.") in rows


def test_a_short_row_about_the_diplomatic_relations_needs_no_sentence_before_it():
    assert _section_rows(
        "For nine years the two capitals had no contact at all. Diplomatic relations were resumed in 2004."
    ) == [("2004", "Diplomatic relations were resumed in 2004.")]
    # (a short row naming nothing still takes the sentence before it)
    assert _section_rows("The ministry approved the plans for a clinic in Osh. Construction began in 2019.") == [
        ("2019", "The ministry approved the plans for a clinic in Osh. Construction began in 2019.")
    ]


def test_a_bodys_founding_recalled_after_its_name_is_no_date_of_the_clauses_deed():
    story = _article(
        "kabar#a-1",
        D(2027, 9, 15),
        "Japarov in Ankara",
        "President Japarov and President Erdoğan held talks in Ankara on 14 September 2027.",
        "Following the talks, the two leaders co-chaired the seventh meeting of the Strategic Cooperation Council, "
        "established in 2011.",
    )
    rows = _labelled(build_chronology([story], as_of=D(2027, 10, 1)))
    assert [label for label, _ in rows] == ["14 September 2027"]
    assert _section_rows(
        "The Strategic Cooperation Council was set up in 2011. In 2022 the two presidents co-chaired the sixth "
        "meeting of the Council, established in 2011."
    ) == [
        ("2011", "The Strategic Cooperation Council was set up in 2011."),
        ("2022", "In 2022 the two presidents co-chaired the sixth meeting of the Council, established in 2011."),
    ]


def test_a_tally_up_to_a_date_is_no_happening_of_that_date():
    assert _section_rows("The Joint Council was founded in 2009 and had met seven times by 2026.") == [
        ("2009", "The Joint Council was founded in 2009 and had met seven times by 2026.")
    ]
    assert _section_rows("The Joint Council had met seven times by 2026.") == []


def test_a_contract_awarded_last_month_and_its_loan_approved_that_month_are_two_rows():
    story = _article(
        "feed#a-9",
        D(2027, 3, 8),
        "Builder wins hospital contract",
        "The Ministry of Health of Nepal awarded Himal Build Ltd a EUR 36 million contract last month to build a "
        "hospital in Pokhara.",
        "The contract is partly financed by a EUR 20 million loan from the Austrian Development Bank, approved by "
        "its board on 23 February 2027.",
    )
    rows = _labelled(build_chronology([story], as_of=D(2027, 3, 15)))
    assert [label for label, _ in rows] == ["February 2027", "23 February 2027"]


def test_a_series_first_time_told_on_its_own_is_one_of_the_series():
    rows = _section_rows(
        "Austrian Airlines operated its first charter flights between Vienna and Kathmandu in the autumn of 2023.",
        "Austrian Airlines operated charter flights to Kathmandu in the autumns of 2023, 2024 and 2025, carrying about "
        "9,000 passengers in total.",
    )
    assert [label for label, _ in rows] == ["2023, 2024 and 2025"]


def test_a_texts_entry_into_force_and_a_sentence_saying_it_is_in_force_since_that_day_are_one_row():
    # (other agreements in force make the words of the two common in the chronology)
    others = [
        f"The {kind} agreement between Nepal and Austria entered into force on {day}."
        for kind, day in (("air services", "3 March 2019"), ("visa", "1 July 2021"), ("tax", "1 January 2023"))
    ]
    rows = _section_rows(
        *others,
        "The interim agreement was replaced by a full one. The full agreement entered into force on 15 May 2025.",
        "The free trade agreement between the Union and Nepal, in force since 15 May 2025, removed duties on almost "
        "90 percent of the goods traded.",
    )
    assert [label for label, _ in rows] == ["3 March 2019", "1 July 2021", "1 January 2023", "15 May 2025"]


def test_a_signing_told_in_french_and_a_meeting_of_one_of_its_signers_that_month_are_two_rows():
    signing = _article(
        "atp#a-4",
        D(2027, 4, 14),
        "Convention",
        "Le ministre tchadien de l'Éducation et l'ambassadeur de France au Tchad, Éric Vallon, ont signé mardi à "
        "N'Djamena une convention de financement de 6,5 millions d'euros.",
    )
    meeting = _article(
        "atp#a-9",
        D(2027, 5, 6),
        "Visit",
        "The minister met the French Ambassador, Éric Vallon, last month to prepare the session.",
    )
    signing = dataclasses.replace(signing, language="fr")
    rows = _labelled(build_chronology([signing, meeting], as_of=D(2027, 5, 20)))
    assert [label for label, _ in rows] == ["April 2027", "13 April 2027"]


def test_a_french_deadline_d_ici_is_no_planned_happening():
    story = _article(
        "atp#a-2",
        D(2027, 3, 4),
        "Convention",
        "Le ministre de l'Éducation et l'ambassadeur de France ont signé le 3 mars 2027 une convention de 6,5 millions d'euros.",
        "Le programme permettra de former 1 200 enseignants d'ici 2029.",
    )
    story = dataclasses.replace(story, language="fr")
    rows = _labelled(build_chronology([story], as_of=D(2027, 5, 20)))
    assert [label for label, _ in rows] == ["3 March 2027"]
