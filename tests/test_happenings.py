"""Summaries and the chronology speak of happenings: one each, readable alone, with every source."""

from __future__ import annotations

import datetime as dt

from reportgen.analysis.antecedents import needs_antecedent, opens_with_connective, refers_by_pronoun
from reportgen.analysis.chronology import build_chronology, happening_sentence
from reportgen.analysis.headlines import auto_length, headlines
from reportgen.analysis.summarise import summarise
from reportgen.corpus import Article, Location, Paragraph, Section

D = dt.date


def _article(item_id: str, date: dt.date, *paragraphs: str) -> Article:
    return Article(
        id=item_id,
        doc_id=item_id.split("#")[0],
        title=paragraphs[0],
        date=date,
        title_derived=True,
        paragraphs=tuple(
            Paragraph(f"{item_id}.p{n}", text, Location(f"{item_id}.txt", n)) for n, text in enumerate(paragraphs, 1)
        ),
        location=Location(f"{item_id}.txt", 1),
    )


def _section(title: str, *paragraphs: str) -> Section:
    return Section(
        id=f"p#{title[:4]}",
        doc_id="p",
        title=title,
        level=2,
        paragraphs=tuple(
            Paragraph(f"p#{title[:4]}.p{n}", text, Location("p.md", 10 * n)) for n, text in enumerate(paragraphs, 1)
        ),
        location=Location("p.md", 1),
    )


def test_sentences_pointing_back_are_told_from_those_that_read_alone():
    assert needs_antecedent("The agreement was signed by the rectors of the two universities.")
    assert needs_antecedent("An accord to this effect was signed in Lima on 3 May by the two ministries.")
    assert needs_antecedent("Following the talks, the sides signed a memorandum on fisheries.")
    assert needs_antecedent("Since 2001 its grants have exceeded EUR 90 million.")
    assert needs_antecedent("The contract for the ferries, worth EUR 40 million, was signed in 2024.")
    assert needs_antecedent("A striking example was the May 2019 visit of the Finnish president to Lima.")
    # which agreement, which officials, which crisis: only the sentence before says
    assert needs_antecedent("The full agreement entered into force on 15 May 2025.")
    assert needs_antecedent("The two officials agreed to open a business centre in Kapan in March.")
    assert needs_antecedent("During that visit the trade ministers opened a business forum.")
    assert not needs_antecedent("The two countries agreed to open consulates in Kapan and Tabriz.")
    # a weekday is capitalised but names no one "he" could stand for
    assert needs_antecedent("On Friday, he and the Minister of Foreign Affairs exchanged notes on a grant.")
    assert not needs_antecedent("On Friday, Minister Vera and he exchanged notes on a grant.")
    assert not needs_antecedent("The memorandum signed during the May 2024 visit opens the ports to Finnish ships.")
    assert not needs_antecedent("Peru and Finland signed a memorandum on fisheries in Lima on 3 May.")
    assert not needs_antecedent("President Boric thanked Finland for its support.")
    # another besides the one told before, naming nothing of its own
    assert needs_antecedent("Another recovery mission is planned for March.")
    assert needs_antecedent("A further tranche of the grant is due in May.")
    assert not needs_antecedent("Another round of talks will be held in Astana in June.")
    # a reaction to what the sentence before told
    assert needs_antecedent("Minister Paszyk welcomed the decision, saying it showed that investors trust Poland.")
    assert not needs_antecedent("Minister Paszyk welcomed the decision of LG to invest PLN 2.4 billion in Wroclaw.")
    from reportgen.analysis.antecedents import another_told_before

    planned = "Another recovery mission is planned for March."
    assert another_told_before(planned, "A team recovered the remains of 42 soldiers during a six-week mission.")
    assert not another_told_before(planned, "About 10,000 soldiers died in the fighting on the island.")
    # the next step of a sequence: after what?
    assert needs_antecedent("Ministers of the two countries then signed five agreements on energy and visas.")
    assert needs_antecedent("The delegation subsequently travelled to Gyumri.")
    assert not needs_antecedent("Since then, Peru and Finland have signed four agreements.")
    # whose organisers, which message: the sentence before says (behind a source too)
    assert needs_antecedent("The organisers also announced that the business forum will be held in Lima in May 2027.")
    assert needs_antecedent(
        "According to the foreign ministry, the message concerns the next session of the commission."
    )
    assert not needs_antecedent("According to the foreign ministry, trade grew by 8 percent in 2026.")
    assert needs_antecedent("At the request of the Government, the debate on this item was postponed to 27 October.")
    assert not needs_antecedent("The Assembly debated the item on trade with Türkiye this morning.")
    # a deed done to "it": what "it" is, the sentence before says
    assert needs_antecedent("The statistics office revised it in October, and the final figure is EUR 612 million.")
    assert not needs_antecedent("Statistics Mauritius revised its figure in October to EUR 612 million.")
    assert refers_by_pronoun("These funds went to the ports.")
    assert not refers_by_pronoun("The document opens new opportunities for the two archives.")
    assert opens_with_connective("For instance, in 2011 the two ministers met in Lima.")
    assert not opens_with_connective("In 2011 the two ministers met in Lima.")


def test_a_sentence_pointing_back_is_shown_after_the_one_it_points_at():
    story = _article(
        "pe#a1",
        D(2026, 3, 4),
        "Peru and Finland will open a joint marine research station in Paracas.",
        "An agreement to this effect was signed in Lima on 3 March by the Peruvian Sea Institute and "
        "the Finnish Environment Institute.",
        "The station will cost EUR 12 million.",
    )
    got = [s.text for s in headlines([story], 1, as_of=D(2026, 3, 20))]
    assert got == [
        "Peru and Finland will open a joint marine research station in Paracas. An agreement to this "
        "effect was signed in Lima on 3 March by the Peruvian Sea Institute and the Finnish Environment "
        "Institute."
    ]


def test_one_happening_told_by_a_story_and_a_paper_is_summarised_once():
    story = _article(
        "pe#a2",
        D(2025, 10, 30),
        "President Alar Karis held talks with President Dina Boluarte in Lima on 28 October 2025 "
        "during a state visit to Peru.",
        "The two presidents signed a declaration on green hydrogen.",
    )
    paper = _section(
        "Political dialogue",
        "In October 2025 President Alar Karis paid a state visit to Peru, during which a declaration "
        "on green hydrogen was signed.",
        "In 2019 Peru and Estonia signed an agreement on e-government cooperation worth EUR 5 million.",
    )
    got = [s.text for s in headlines([story, paper], 2, as_of=D(2026, 1, 10))]
    assert len(got) == 2
    assert sum("Karis" in text for text in got) == 1
    assert got[1] == "In 2019 Peru and Estonia signed an agreement on e-government cooperation worth EUR 5 million."


def test_the_default_summary_length_follows_the_number_of_happenings():
    assert [auto_length(n) for n in (0, 12, 21, 33, 48, 200)] == [5, 5, 7, 11, 14, 14]


def test_one_happening_at_two_precisions_is_one_row_with_both_citations_and_the_precise_date():
    story = _article(
        "ke#a1",
        D(2025, 6, 23),
        "Government negotiations between Peru and Finland concluded in Lima on 20 June 2025 with new "
        "Finnish commitments of EUR 40 million.",
    )
    paper = _section(
        "Development cooperation",
        "In June 2025 government negotiations in Lima produced new Finnish commitments of EUR 40 million.",
        "In November 2023 the Export Bank of Finland signed a loan for the Callao port.",
        "In 2023 Finnish universities admitted 300 Peruvian students.",
    )
    events = build_chronology([story, paper], as_of=D(2026, 1, 1))
    assert [(e.label, [item for item, _ in e.sources]) for e in events] == [
        ("2023", ["p#Deve"]),
        ("November 2023", ["p#Deve"]),
        ("20 June 2025", ["ke#a1", "p#Deve"]),
    ]


def test_an_articles_row_states_what_was_settled_rather_than_the_meeting():
    story = _article(
        "uz#a1",
        D(2026, 2, 20),
        "Ambassador Alisher Karimov met the head of the Finnish aid agency in Helsinki.",
        "The agency approved a grant of EUR 9 million for a school in Khiva.",
    )
    assert happening_sentence(story) == "The agency approved a grant of EUR 9 million for a school in Khiva."


def test_item_summaries_leave_out_advice_and_prefer_what_happened():
    paper = _section(
        "Prospects",
        "The partnership between Peru and Finland has a long history.",
        "Peru should use the agreement to diversify its exports.",
        "In 2024 Finnish companies opened three offices in Lima with investments of EUR 15 million.",
        "It is recommended that the two governments create a joint fund.",
    )
    got = [s.text for s in summarise([paper], 2)]
    assert got == [
        "The partnership between Peru and Finland has a long history.",
        "In 2024 Finnish companies opened three offices in Lima with investments of EUR 15 million.",
    ]
