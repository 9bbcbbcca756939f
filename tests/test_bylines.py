"""Headings that say who did what, and the outlet an article's text names."""

from __future__ import annotations

import dataclasses
import datetime as dt

from reportgen.analysis.bylines import headline, outlet
from reportgen.corpus import Article, Location, Paragraph


def _article(*paragraphs: str, title: str | None = None) -> Article:
    return Article(
        id="n#a-1",
        doc_id="n",
        title=title or paragraphs[0],
        date=dt.date(2025, 9, 1),
        title_derived=title is None,
        paragraphs=tuple(Paragraph(f"n#a-1.p{k}", text, Location("n.txt", k)) for k, text in enumerate(paragraphs, 1)),
        location=Location("n.txt", 1),
    )


STORY = _article(
    "The document opens new opportunities for cooperation in geology.",
    "The memorandum was signed by the head of the Geological Survey of Chile, Marta Rojas, and the director "
    "general of the Geological Survey of Finland, Dr. Jussi Laine.",
    "Previously, Agencia Orbe reported that the ministers met in Helsinki.",
)


def test_an_untitled_article_is_headed_by_its_happening_naming_the_focus():
    assert headline(STORY, ["Finland", "Finnish"]) == (
        "The memorandum was signed by the head of the Geological Survey of Chile and the director general of "
        "the Geological Survey of Finland"
    )


def test_a_long_happening_is_cut_at_a_word_and_a_titled_article_keeps_its_title():
    long = _article(
        "Chilean and Finnish negotiators held a third round of talks on a treaty on mutual legal "
        "assistance, extradition and the transfer of sentenced persons in the capital of Finland."
    )
    assert headline(long, ["Finland"]) == "Chilean and Finnish negotiators held a third round of talks on a treaty…"
    assert headline(_article("Text of the story.", title="Chile and Finland Sign Memorandum"), ["Finland"]) == (
        "Chile and Finland Sign Memorandum"
    )


def test_the_outlet_is_the_reporter_the_text_names():
    assert outlet(STORY) == "Agencia Orbe"
    assert outlet(_article("Ministers met in Santiago, Ministry of Foreign Affairs of Chile reports.")) == (
        "Ministry of Foreign Affairs of Chile"
    )
    assert outlet(_article("Forestry exports rose, Helsinki Times has learnt.")) == "Helsinki Times"
    assert outlet(_article("Forestry exports rose sharply in August.")) == ""
    # "according to" names the reporter only when it is a news outlet, not where a figure comes from
    assert outlet(_article("Trade rose, according to Helsinki Times, as exports grew.")) == "Helsinki Times"
    assert outlet(_article("Trade rose, according to Kazinform, as exports grew.")) == "Kazinform"
    assert outlet(_article("According to the Finnish Customs Service, trade amounted to EUR 61 million.")) == ""


def test_an_untitled_article_without_the_focus_is_headed_by_who_did_what_not_by_a_line_of_scene():
    story = _article(
        "The discussions went on well past the scheduled time.",
        "President Gabriel Boric held talks with President Alexander Stubb in Santiago on Wednesday.",
    )
    assert headline(story, ["Estonia"]) == (
        "President Gabriel Boric held talks with President Alexander Stubb in Santiago on Wednesday"
    )


def test_a_title_that_only_names_the_kind_of_text_or_where_a_meeting_was_is_headed_as_an_untitled_one():
    text = "Finland and Chile signed a memorandum on geological research in Helsinki on 3 September 2025."
    for title in ("Press release", "Audience", "Meeting in Helsinki", "Communiqué"):
        assert headline(_article(text, title=title), ["Finland"]).startswith("Finland and Chile signed a memorandum")
    assert headline(_article(text, title="Press release on geology"), ["Finland"]) == "Press release on geology"


def test_a_heading_is_never_cut_inside_a_date():
    text = (
        "The fourteenth session of the Chile–Finland Joint Commission was held in Helsinki on 20 November 2025, "
        "co-chaired by the two ministers."
    )
    # (cut at the clause's comma after the date, the date whole)
    assert headline(_article(text), ["Finland"]) == (
        "The fourteenth session of the Chile–Finland Joint Commission was held in Helsinki on 20 November 2025…"
    )


def test_a_heading_says_who_did_what_not_the_weekday_and_ends_at_a_clause_s_comma():
    text = (
        "Peru's Congress on Thursday ratified the agreement with Japan on cooperation in maritime security and "
        "fisheries, signed in Tokyo in November 2026."
    )
    assert headline(_article(text), ["Japan"]) == (
        "Peru's Congress ratified the agreement with Japan on cooperation in maritime security and fisheries…"
    )
    spanish = "El canciller del Perú sostuvo conversaciones el miércoles en Tokio con su homólogo japonés, Kenji Sato."
    item = dataclasses.replace(_article(spanish), language="es")
    assert headline(item, ["Japón"]).startswith("El canciller del Perú sostuvo conversaciones en Tokio")


def test_a_heading_drops_the_weekday_its_sentence_opens_with_and_starts_at_the_doer():
    text = (
        "On Monday, Minister for Foreign Affairs Jaana Leppä received the State Secretary of the Estonian "
        "Ministry of Foreign Affairs in Helsinki."
    )
    assert headline(_article(text, title="Meeting in Helsinki"), ["Estonia", "Estonian"]) == (
        "Minister for Foreign Affairs Jaana Leppä received the State Secretary of the Estonian Ministry…"
    )
    spanish = dataclasses.replace(
        _article("El jueves, el canciller del Perú firmó un acuerdo con Japón en Lima."), language="es"
    )
    assert headline(spanish, ["Japón"]) == "El canciller del Perú firmó un acuerdo con Japón en Lima"


def test_a_heading_cut_at_an_amount_ends_with_its_scale():
    text = "Korea's LG Energy Solution announced on Tuesday that it will invest PLN 2.4 billion in a new plant near Wroclaw."
    assert headline(_article(text), ["Poland"]) == (
        "Korea's LG Energy Solution announced that it will invest PLN 2.4 billion…"
    )


def test_an_untitled_story_is_headed_by_its_lead_when_the_lead_names_a_variant_of_the_focus():
    from reportgen.config import FocusSpec

    story = _article(
        "The Spanish Agency for Development Cooperation handed over medical equipment worth EUR 2.1 million to the "
        "Nouakchott hospital on Monday.",
        "The equipment includes a CT scanner and was financed by Spain under the Mauritania health programme.",
    )
    focus = FocusSpec(("Spain", "Mauritania"), variants=(("Spain", ("Spanish", "Madrid")),))
    assert headline(story, focus.spellings).startswith("The Spanish Agency for Development Cooperation handed over")
    # (by the canonical terms alone only the second sentence names the focus: the briefing passes every spelling)
    assert headline(story, focus.terms).startswith("The equipment includes a CT scanner")


def test_an_untitled_storys_heading_is_not_cut_inside_a_span_of_two_days():
    story = _article(
        "Chilean President Ana Ruiz paid an official visit to Montevideo on 13 and 14 May 2027 at the invitation of "
        "President Yamandú Orsi."
    )
    assert (
        headline(story, ("Chile", "Uruguay", "Chilean"))
        == "Chilean President Ana Ruiz paid an official visit to Montevideo…"
    )


def test_a_ministry_whose_name_lists_its_portfolios_after_a_comma_is_named_whole():
    story = _article(
        "Spain and Panama signed a framework for 2027–2030 in Panama City on 15 January 2027, the Ministry of "
        "Foreign Affairs, European Union and Cooperation reports."
    )
    assert outlet(story) == "Ministry of Foreign Affairs, European Union and Cooperation"
    # (a list before the reporter is no part of its name)
    assert outlet(_article("Trade rose, prices fell, the Statistics Office reports.")) == "Statistics Office"
