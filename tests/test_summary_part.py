"""When the executive summary says a news sentence happened."""

from __future__ import annotations

import datetime as dt

from reportgen.corpus import Article, Location, Paragraph
from reportgen.briefing_model import CitedSentence
from reportgen.parts.summary import _newest_first, _story_date


def _story(date: dt.date, text: str) -> Article:
    return Article(
        id="feed#a-1",
        doc_id="feed",
        title="Story",
        date=date,
        paragraphs=(Paragraph("feed#a-1-p1", text, Location("feed.txt", 2)),),
        location=Location("feed.txt", 1),
    )


def test_a_weekday_is_shown_as_the_day_it_stands_for_even_when_the_sentence_names_other_dates():
    text = "The deputy minister received the ambassador on Wednesday and discussed the summit of January 2027."
    assert _story_date(_story(dt.date(2026, 10, 9), text), text) == dt.date(2026, 10, 7)


def test_a_sentence_without_a_date_takes_its_storys_date_and_one_that_says_when_takes_none():
    undated = "The agreement was signed by the director of the archive."
    dated = "The agreement was signed in Doha on 5 December 2025."
    assert _story_date(_story(dt.date(2025, 12, 6), undated), undated) == dt.date(2025, 12, 6)
    assert _story_date(_story(dt.date(2025, 12, 6), dated), dated) is None


def test_a_sentence_counting_from_its_storys_date_shows_that_date():
    text = (
        "The sides agreed that the fourth meeting, which had been planned for Bishkek this month, will be postponed "
        "to March next year."
    )
    assert _story_date(_story(dt.date(2026, 10, 14), text), text) == dt.date(2026, 10, 14)
    # (whatever else it names: "last month" is placed only by the story's date)
    named = "The ministers agreed last month to meet again in March 2027."
    assert _story_date(_story(dt.date(2026, 10, 14), named), named) == dt.date(2026, 10, 14)


def test_a_month_without_its_year_shows_the_storys_date_and_a_day_or_a_year_does_not():
    story_day = dt.date(2026, 12, 7)
    month = "The loan of KWD 8.5 million was signed in Kuwait City in June."
    assert _story_date(_story(story_day, month), month) == story_day
    for said in ("The loan was signed in Kuwait City on 13 June.", "The loan was signed in Kuwait City in June 2026."):
        assert _story_date(_story(story_day, said), said) is None


def test_the_main_clauses_day_is_shown_not_the_day_of_a_who_clause():
    text = (
        "President Droupadi Murmu, who arrived in Yerevan on Tuesday evening, held talks with President Khachaturyan "
        "at the Presidential Palace today."
    )
    assert _story_date(_story(dt.date(2026, 10, 14), text), text) == dt.date(2026, 10, 14)


def test_the_dates_printed_before_summary_sentences_read_newest_first():
    def cited(text, cite, when=None):
        return CitedSentence(text, cite, when=when)

    ordered = _newest_first(
        (
            cited("a", 1, dt.date(2026, 12, 10)),
            cited("b", 2, dt.date(2026, 12, 2)),
            cited("c", 3, dt.date(2026, 12, 4)),
            cited("d", 3),  # its story's next sentence, naming its own date: stays after the one before it
            cited("e", 4, dt.date(2026, 11, 24)),
        )
    )
    assert [c.text for c in ordered] == ["a", "c", "d", "b", "e"]


def test_a_storys_sentences_stay_together_in_its_order_placed_by_its_newest_date():
    def cited(text, cite, when=None):
        return CitedSentence(text, cite, when=when)

    ordered = _newest_first(
        (
            cited("flights of 19 December", 1, dt.date(2026, 12, 19)),
            cited("the visit of 17 and 18 March", 2),
            cited("the talks on Tuesday 17 March and the leaders' statement", 2, dt.date(2026, 3, 17)),
            cited("seven other documents", 2),
            cited("trade of 22 March", 3, dt.date(2026, 3, 22)),
        )
    )
    assert [c.text for c in ordered] == [
        "flights of 19 December",
        "trade of 22 March",
        "the visit of 17 and 18 March",
        "the talks on Tuesday 17 March and the leaders' statement",
        "seven other documents",
    ]


def test_a_storys_further_sentence_naming_no_date_is_not_dated_by_the_story():
    # "Ministers signed seven other documents" was told on 19 March of a visit on 17 March: the story's
    # date would mislead, and the sentence before it gives the day
    text = "Ministers of the two countries signed seven other documents, among them a road transport agreement."
    story = _story(dt.date(2026, 3, 19), text)
    assert _story_date(story, text) == dt.date(2026, 3, 19)
    assert _story_date(story, text, goes_on=True) is None
    # a day it names by its weekday is still shown
    said = "On Tuesday, the ministers signed seven other documents."
    assert _story_date(_story(dt.date(2026, 3, 19), said), said, goes_on=True) == dt.date(2026, 3, 17)


def test_an_undated_sentence_of_another_source_keeps_its_place_and_a_storys_goes_with_its_lead():
    def cited(text, cite, when=None):
        return CitedSentence(text, cite, when=when)

    ordered = _newest_first(
        (
            cited("news of 10 December", 1, dt.date(2026, 12, 10)),
            cited("news of 15 May", 2, dt.date(2026, 5, 15)),
            cited("news of 18 May", 3, dt.date(2026, 5, 18)),
            cited("its detail", 3),
            cited("the treaty of 1975, told by the paper", 9),
            cited("the largest donor, told by the paper", 9),
        )
    )
    assert [c.text for c in ordered] == [
        "news of 10 December",
        "news of 18 May",
        "its detail",
        "news of 15 May",
        "the treaty of 1975, told by the paper",
        "the largest donor, told by the paper",
    ]


def test_a_sentence_naming_only_a_month_counted_from_its_story_shows_that_month():
    from reportgen.parts.summary import _counted_month_or_year

    loan = "The African Development Bank approved a loan of USD 300 million for the corridor last month."
    assert _counted_month_or_year(_story(dt.date(2027, 2, 17), loan), loan).label == "January 2027"
    opening = "Last month, the first shipment of 25,000 tonnes of Finnish wheat arrived at the port of Valparaíso."
    assert _counted_month_or_year(_story(dt.date(2027, 3, 8), opening), opening).label == "February 2027"
    june = "The loan of KWD 8.5 million was signed in Kuwait City in June."
    assert _counted_month_or_year(_story(dt.date(2026, 12, 7), june), june).label == "June 2026"
    # (a sentence naming other dates too, or a day, keeps the story's date or none)
    for text in (
        "The sides agreed that the fourth meeting, planned for Bishkek this month, will be held in March next year.",
        "The ministers met on Tuesday and agreed last month's plan.",
        "The agreement was signed in Doha on 5 December 2025.",
    ):
        assert _counted_month_or_year(_story(dt.date(2026, 10, 14), text), text) is None


def test_a_point_naming_its_doers_by_a_pronoun_goes_on_in_the_point_before_from_its_source():
    from reportgen.briefing_model import CitedSentence
    from reportgen.parts.summary import _read_on

    signed = CitedSentence("The two ministers signed a memorandum on consular cooperation.", 4)
    agreed = CitedSentence("They agreed to hold the fifth meeting of the Joint Commission in May 2027.", 4)
    other = CitedSentence("They opened a consulate in Bata.", 5)
    got = _read_on((signed, agreed, other))
    assert [(c.text, c.cite) for c in got] == [(f"{signed.text} {agreed.text}", 4), (other.text, 5)]
