"""Tests for sentence splitting and word tokens."""

from __future__ import annotations

import pytest

from reportgen.text import sentence_spans, split_sentences, words


@pytest.mark.parametrize(
    "text, expected",
    [
        # initials
        (
            "In May 2023, the Prime Minister of Kazakhstan, A. Smailov, visited Doha. He met officials.",
            ["In May 2023, the Prime Minister of Kazakhstan, A. Smailov, visited Doha.", "He met officials."],
        ),
        (
            "A proposal by the first president, N. Nazarbayev, was adopted. Qatar joined.",
            ["A proposal by the first president, N. Nazarbayev, was adopted.", "Qatar joined."],
        ),
        (
            "K.Torebayev conveyed an invitation. S.Saulo agreed.",
            ["K.Torebayev conveyed an invitation.", "S.Saulo agreed."],
        ),
        ("A.K. Kurmangali wrote it. It was read.", ["A.K. Kurmangali wrote it.", "It was read."]),
        ("- K. Torebayev noted in his remarks.", ["- K. Torebayev noted in his remarks."]),
        # titles and abbreviations
        (
            "The secretary general, Dr. Ahmed Abdullah Al-Buainain, spoke. Talks followed.",
            ["The secretary general, Dr. Ahmed Abdullah Al-Buainain, spoke.", "Talks followed."],
        ),
        (
            "It ratified ILO Convention No. 131 concerning wages. It was welcomed.",
            ["It ratified ILO Convention No. 131 concerning wages.", "It was welcomed."],
        ),
        (
            "Sectors, e.g. Energy and Finance, grew. Others did not.",
            ["Sectors, e.g. Energy and Finance, grew.", "Others did not."],
        ),
        ("That is, i.e. Astana, the capital. Fine.", ["That is, i.e. Astana, the capital.", "Fine."]),
        ("The U.S. Congress met. It adjourned.", ["The U.S. Congress met.", "It adjourned."]),
        (
            "Mr. Smith met Prof. Jones on Oct. 30, 2024 in St. Petersburg. They agreed.",
            ["Mr. Smith met Prof. Jones on Oct. 30, 2024 in St. Petersburg.", "They agreed."],
        ),
        ("See pp. 78 and Vol. 5 of the report. Next.", ["See pp. 78 and Vol. 5 of the report.", "Next."]),
        # an abbreviation that really ends the sentence
        ("It was held in the U.S. The next day they left.", ["It was held in the U.S.", "The next day they left."]),
        ("They sold meat, fish, etc. The trade grew.", ["They sold meat, fish, etc.", "The trade grew."]),
        # numbers, quotes and other terminal punctuation
        ("Trade was $56.6 million. It grew 75.4 percent.", ["Trade was $56.6 million.", "It grew 75.4 percent."]),
        ("Relations date from 1993. 2024 was a record year.", ["Relations date from 1993.", "2024 was a record year."]),
        ('He said "we won." Then he left! Did he? Yes.', ['He said "we won."', "Then he left!", "Did he?", "Yes."]),
        (
            "Music knows no borders. «Culture unites», he said.",
            ["Music knows no borders.", "«Culture unites», he said."],
        ),
        ("one sentence without a final stop", ["one sentence without a final stop"]),
        ("", []),
    ],
)
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


def test_sentence_spans_point_into_the_text():
    text = "  First one.  Second one.\nThird one. "
    assert [text[a:b] for a, b in sentence_spans(text)] == ["First one.", "Second one.", "Third one."]


def test_russian_abbreviations():
    assert split_sentences("Университет им. Абая, г. Алматы. Новое предложение.") == [
        "Университет им. Абая, г. Алматы.",
        "Новое предложение.",
    ]


def test_words_keep_inner_hyphens_and_apostrophes():
    assert words("Kazakhstan-Qatar ties, Qatar’s role and 2022-2024 plans.") == [
        "Kazakhstan-Qatar",
        "ties",
        "Qatar’s",
        "role",
        "and",
        "2022-2024",
        "plans",
    ]


def test_a_run_of_words_written_twice_in_a_row_is_kept_once():
    from reportgen.text import undouble

    doubled = (
        "The Senate endorsed an accord on strategic collaboration with Chile, with the aim of advancing key "
        "projects, collaboration with Chile, with the aim of advancing key projects, in the autumn of 2024."
    )
    assert undouble(doubled) == (
        "The Senate endorsed an accord on strategic collaboration with Chile, with the aim of advancing key "
        "projects, in the autumn of 2024."
    )
    # short repeats are prose, not a slip: "step by step", "again and again", "the the"
    for text in ("Trade grew step by step by step over the years 2019 to 2024 in the region.", "a b c d e a b c d e"):
        assert undouble(text) == text


def test_a_papers_in_text_citations_are_left_out_of_what_the_briefing_prints():
    from reportgen.text import without_citations

    assert without_citations("accords were ratified in the economic sphere (Sabayeva, 2015).") == (
        "accords were ratified in the economic sphere."
    )
    assert (
        without_citations("as Qatar's own agenda (Berdibay, 2012; Weitz, 2013) shows.")
        == "as Qatar's own agenda shows."
    )
    assert without_citations("the agency said (Kazinform International News Agency, 2022, October 12).") == (
        "the agency said."
    )
    # a source cited by a title that states a figure tells the news itself
    figure = "the new status of relations (Qatar-Kazakhstan joint investment projects exceed USD 20 billion, 2024)."
    assert without_citations(figure) == figure
    # a span of years, an amount, a narrative citation and a pointer to a table stay
    for kept in (
        "Main areas (2022–2024) grew.",
        "Trade (USD 20 million) grew.",
        "As Aushev (2024) argues (see Table 2).",
    ):
        assert without_citations(kept) == kept


def test_sentences_of_arabic_and_greek_end_at_their_full_stops():
    from reportgen.text import split_sentences

    assert split_sentences("وصل الوفد إلى نيروبي أمس. ووقّع الجانبان اتفاقية للتعاون؟ نعم.") == [
        "وصل الوفد إلى نيروبي أمس.",
        "ووقّع الجانبان اتفاقية للتعاون؟",
        "نعم.",
    ]
    assert split_sentences("Ο υπουργός έφτασε στο Ναϊρόμπι. Η συνάντηση έγινε χθες.") == [
        "Ο υπουργός έφτασε στο Ναϊρόμπι.",
        "Η συνάντηση έγινε χθες.",
    ]
    # and a Latin capital with an accent ("Đây", "Élysée")
    assert split_sentences("Đoàn đã đến Nairobi hôm qua. Đây là chuyến thăm đầu tiên.") == [
        "Đoàn đã đến Nairobi hôm qua.",
        "Đây là chuyến thăm đầu tiên.",
    ]
