"""English date rules as cases: files of sentences with a reference date and the expected values.

Each file in tests/fixtures/dates/ is one rule class (`reference:` and `cases:` of `text` and
`expect`, a list of [expression, value]).  Values are written as TimeML writes them: 2003-11-12,
2003-11, 2003-Q3, 2003-H2, 2003-SU, 2003, 2003-W05, 199 (a decade), or start/end for any other range.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from reportgen.analysis.dates import DateSpan, find_dates

CASES = Path(__file__).parent / "fixtures" / "dates"
SEASONS = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}


def value(span: DateSpan) -> str:
    """A span's dates written as a TimeML value."""
    start, end = span.start, span.end
    if span.precision == "day":
        return start.isoformat()
    if span.precision == "month":
        return f"{start:%Y-%m}"
    if span.precision == "quarter":
        return f"{start.year}-Q{(start.month + 2) // 3}"
    if span.precision == "season":
        return f"{start.year}-{SEASONS[start.month]}"
    if span.precision == "decade" and end.year - start.year == 9:
        return str(start.year // 10)
    if (
        span.precision == "year"
        and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
        and start.year == end.year
    ):
        return str(start.year)
    if span.precision == "year" and (start.month, end.month) in ((1, 6), (7, 12)) and start.year == end.year:
        return f"{start.year}-H{1 if start.month == 1 else 2}"
    if start.weekday() == 0 and (end - start).days == 6:
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{start.isoformat()}/{end.isoformat()}"


def _cases():
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        reference = data["reference"]
        for number, case in enumerate(data["cases"], 1):
            yield pytest.param(
                case["text"], case.get("reference", reference), case["expect"], id=f"{path.stem}-{number}"
            )


@pytest.mark.parametrize("text, reference, expected", list(_cases()))
def test_english_date_cases(text: str, reference: dt.date, expected: list[list[str]]):
    found = [[span.expression, value(span)] for span in find_dates(text, reference)]
    assert found == [[expression, str(v)] for expression, v in expected]


def test_letters_that_fold_to_ascii_do_not_break_the_tagger():
    spans = find_dates(
        "Exports rose in the FİRST QUARTER OF 2025 and in the fırst quarter of 2026.", dt.date(2026, 6, 1)
    )
    assert [(s.expression, s.label) for s in spans] == [
        ("the FİRST QUARTER OF 2025", "Q1 2025"),
        ("the fırst quarter of 2026", "Q1 2026"),
    ]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The centre was opened in Yerevan on the 14th by the minister.", "14 September 2026"),
        ("Ministers met on the 20th, when the accord was signed.", "20 August 2026"),  # past, after the 17th
        ("The forum will open on the 5th.", "5 October 2026"),  # future, before the 17th
        ("The summit will take place on the 25th.", "25 September 2026"),
        ("He arrived on the 14th of September.", "14 September 2026"),  # the month's own grammar
    ],
)
def test_on_the_nth_is_a_day_of_the_month_written_in_or_the_one_its_tense_points_to(text, label):
    assert [s.label for s in find_dates(text, dt.date(2026, 9, 17))] == [label]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the date's own participle, not the verb after it ("is expected"), tells its tense
        ("The first shipment under the protocol signed on 28 September is expected next month.", "28 September 2026"),
        ("The first shipment under the protocol signed on 28 September was cleared last week.", "28 September 2026"),
        # (a place between the participle and its date)
        ("The visa agreement signed in Jakarta in February will enter into force in December.", "February 2026"),
        ("The protocol will be signed on 28 September.", "28 September 2027"),
        ("The first talks, scheduled in September, are expected to open the way.", "September 2027"),
    ],
)
def test_a_nouns_past_participle_dates_its_own_date_whatever_the_verb_after_it(text, label):
    assert find_dates(text, dt.date(2026, 10, 10))[0].label == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a span told in the present is the nearest one, under way or ahead, whatever the sentence's future
        (
            "Peru will be the guest country of the festival, which runs from 16 October to 1 November.",
            "16 October – 1 November 2026",
        ),
        ("The exhibition, which runs from 16 March to 1 April, will show Kazakh carpets.", "16 March – 1 April 2027"),
        # (a span without a year across the year's end: "from 30 December to 2 January")
        ("The festival runs from 30 December to 2 January.", "30 December 2026 – 2 January 2027"),
    ],
)
def test_a_span_that_runs_from_a_day_is_the_nearest_one(text, label):
    assert find_dates(text, dt.date(2026, 10, 20))[0].label == label


@pytest.mark.parametrize(
    "text", ["They met on the 14th floor.", "The 14th session met.", "The talks ended on the 31st."]
)
def test_on_the_nth_before_a_noun_or_past_a_months_end_is_no_day(text):
    assert find_dates(text, dt.date(2026, 10, 5)) == []  # (September has no 31st)


@pytest.mark.parametrize(
    "text",
    ["The session will now be held on 19 October.", "The fourth session will then be held on 19 and 20 October."],
)
def test_an_adverb_after_will_keeps_the_date_ahead(text):
    assert [s.start for s in find_dates(text, dt.date(2026, 9, 17))][:1] == [dt.date(2026, 10, 19)]


def test_a_season_before_a_noun_is_no_date():
    ref = dt.date(2026, 9, 15)
    assert find_dates("The square was bathed in autumn sunshine.", reference=ref) == []
    assert [d.label for d in find_dates("The visit took place in autumn.", reference=ref)] == ["Autumn 2026"]
    assert [d.label for d in find_dates("In the autumn the minister visited Bern.", reference=ref)] == ["Autumn 2026"]


def test_a_day_without_a_year_takes_the_year_its_sentence_opens_with():
    ref = dt.date(2026, 12, 3)
    labels = lambda text: [d.label for d in find_dates(text, reference=ref)]  # noqa: E731
    assert labels("In 2019 the ministers met on 12 June in Astana.") == ["2019", "12 June 2019"]
    assert labels("In May 2022 Wang Yi visited Suva, where the meeting was held on 30 May.") == [
        "May 2022",
        "30 May 2022",
    ]
    # (a year named in passing, or a day someone is said to tell it on, keeps the calendar's year)
    assert labels("Trade in 2025 reached USD 3 billion, the ministry said on 12 June.") == ["2025", "12 June 2026"]
    assert labels("In 2025 trade grew, the ministry said on 12 June.") == ["2025", "12 June 2026"]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("The first shipment departed from Dar es Salaam port a fortnight ago.", ["30 May 2026"]),
        ("The ministry rolled out the platform at the start of the month.", ["June 2026"]),
        ("The agreement will be signed by the end of the year.", ["late 2026"]),
        # "plan" after its article and an adjective is a noun, no future cue: the Friday before
        ("Angola and Namibia unveiled a joint plan for the Baynes dam in Windhoek on Friday.", ["12 June 2026"]),
        ("The ministers plan to meet on Friday.", ["19 June 2026"]),
    ],
)
def test_a_fortnight_ago_the_start_of_the_month_and_a_plan_named_as_a_noun(text, labels):
    assert [s.label for s in find_dates(text, dt.date(2026, 6, 13))] == labels


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # a date without a year later in the year the sentence's clause named just before ...
        (
            "Chile recalled its ambassador from Lima on 16 January 2008; Peru followed suit on 18 January.",
            ["16 January 2008", "18 January 2008"],
        ),
        (
            "Bangladesh recalled its envoy in December 2024 after protesters stormed the mission on 2 December.",
            ["December 2024", "2 December 2024"],
        ),
        # ... not one in an aside, nor one ahead
        (
            "The delegation visited Tangier Med, a port that Morocco opened in July 2007, on 2 September.",
            ["July 2007", "2 September 2026"],
        ),
        ("The agreement signed in March 2019 will enter into force on 1 January.", ["March 2019", "1 January 2027"]),
        (
            "A monument to the teams who worked after the earthquakes of February 2023 was unveiled on 6 February.",
            ["February 2023", "6 February 2026"],
        ),
        # days and months listed before the year they share
        ("Surveyors reviewed border markers on 3 March and 17 March 2025.", ["3 March 2025", "17 March 2025"]),
        # "next year's" quota is no future cue for the day of the meeting
        ("Officials set next year's cod quota in Murmansk on 14 July.", ["2027", "14 July 2026"]),
    ],
)
def test_a_date_without_a_year_takes_the_year_of_the_date_its_clause_named_before(text, labels):
    assert [s.label for s in find_dates(text, dt.date(2026, 9, 10))] == labels


@pytest.mark.parametrize(
    "text, written, label",
    [
        # the next deed's tense after "and is": not the date's
        (
            "The first consignment of wool left Bishkek on 4 May and is expected in Tallinn in the third week of June.",
            dt.date(2026, 5, 20),
            "4 May 2026",
        ),
        # a plan in the past perfect, overtaken: most often a day gone by
        ("The launch had been expected in August but was delayed by the strike.", dt.date(2026, 11, 3), "August 2026"),
        ("The opening had originally been planned for April.", dt.date(2026, 10, 20), "April 2026"),
        # still the calendar's, when lopsided: a few weeks ahead
        ("The lease had been set to expire on 6 November.", dt.date(2026, 10, 1), "6 November 2026"),
    ],
)
def test_a_yearless_date_takes_the_tense_of_its_own_clause(text, written, label):
    assert [d.label for d in find_dates(text, written)][:1] == [label]


def test_the_following_years_name_no_single_year():
    from reportgen.analysis.chronology import extract_events

    text = (
        "In March 1975 the new government nationalised the plantations, and many Goan families left for Lisbon in "
        "the following years."
    )
    assert [e.label for e in extract_events(text, reference=None, item_id="a", location=None)] == ["March 1975"]


def test_between_two_days_of_a_month_without_a_year_is_a_span():
    spans = find_dates("Volunteers distributed 3,000 school kits between 2 and 9 July.", dt.date(2026, 11, 20))
    assert [(d.label, d.expression) for d in spans] == [("2–9 July 2026", "between 2 and 9 July")]


def test_a_part_of_next_or_last_year_is_that_part():
    spans = find_dates("The two sides plan to sign a labour agreement early next year.", dt.date(2026, 11, 20))
    assert [(d.label, d.start, d.end) for d in spans] == [("early 2027", dt.date(2027, 1, 1), dt.date(2027, 4, 30))]
    spans = find_dates("Construction began late last year.", dt.date(2026, 11, 20))
    assert [(d.label, d.expression) for d in spans] == [("late 2025", "late last year")]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a month naming a gathering: one past, unless what readies it is told
        ("The ministers reviewed the results of the June session.", "June 2026"),
        ("The minister met the ambassador on 5 April 2027 to prepare the June session of the commission.", "June 2027"),
        ("Talks were held ahead of the June summit in Lima.", "June 2027"),
    ],
)
def test_a_month_naming_a_gathering_being_readied_is_the_next_one(text, label):
    assert find_dates(text, dt.date(2027, 4, 6))[-1].label == label


def test_a_past_passive_with_its_purpose_infinitive_names_a_past_month():
    from reportgen.analysis.relative_dates import pick_year

    trained = "Thirty cadets were trained to fly the new aircraft at the academy in Salon-de-Provence in September."
    at = trained.index("September")
    assert pick_year(trained, dt.date(2026, 11, 20), 9, None, "", (at, at + 9)) == 2026
    # (an invitation is still a plan: the next September)
    invited = "Thirty cadets were invited to visit the academy in September."
    at = invited.index("September")
    assert pick_year(invited, dt.date(2026, 11, 20), 9, None, "", (at, at + 9)) == 2027
    # (nor is a change's "to" a purpose: the days near the story's date decide)
    extended = "The visa waiver, valid until March 2027, was extended to retired teachers on 12 November."
    at = extended.index("12 November")
    assert pick_year(extended, dt.date(2026, 11, 20), 11, 12, "", (at, at + 11)) == 2026
