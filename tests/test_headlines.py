"""The executive summary reports happenings: concrete, recent, diverse, never the study itself."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from reportgen.analysis.discourse import is_fragment, is_meta, is_meta_section, leans_back
from reportgen.analysis.headlines import _reportable, _superseded, headlines
from reportgen.corpus import Article, Location, Paragraph, Section
from reportgen.text import split_sentences


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


def _article(item_id: str, date: dt.date, *paragraphs: str) -> Article:
    return Article(
        id=item_id,
        doc_id=item_id,
        title=paragraphs[0],
        date=date,
        title_derived=True,
        paragraphs=tuple(
            Paragraph(f"{item_id}.p{n}", text, Location(f"{item_id}.txt", n)) for n, text in enumerate(paragraphs, 1)
        ),
        location=Location(f"{item_id}.txt", 1),
    )


def _planned(item, index: int, start: dt.date, end: dt.date, precision: str, label: str, expression: str):
    """The chronology's planned event for an item's paragraph (what `headlines` reads plans from)."""
    from reportgen.analysis.model import Event

    sentence = item.paragraphs[index].text
    return Event(
        start=start,
        end=end,
        precision=precision,
        label=label,
        text=sentence,
        sources=((item.id, item.paragraphs[index].location),),
        expression=expression,
        planned=True,
        sentence=sentence,
    )


PAPER = [
    _section(
        "Materials and methods",
        "The paper applies comparative analysis and content analysis of official documents from 1995 to 2024.",
    ),
    _section(
        "Economic cooperation",
        "This study argues that Chilean-Finnish economic ties have grown steadily since the 1990s. "
        "In March 2023, the Finnish export credit agency signed a USD 400 million loan agreement with the "
        "Chilean state copper company Codelco. "
        "These investments signal the confidence of Finnish investors in the Chilean economy. "
        "Prospects for further cooperation. "
        "It is recommended that a joint business council be established.",
    ),
    _section(
        "Political dialogue",
        "President Gabriel Boric paid a state visit to Helsinki on 16 October 2024, the first by a Chilean head of state. "
        "The two countries have traditionally maintained friendly relations.",
    ),
]
NEWS = _article(
    "cl#a-1",
    dt.date(2026, 1, 20),
    "The ceremony gathered many guests.",
    "Finnish and Chilean ministers signed a memorandum on green hydrogen in Santiago.",
    "The guests enjoyed a reception afterwards.",
)


def test_the_summary_states_happenings_newest_first_and_never_the_study():
    got = [s.text for s in headlines([*PAPER, NEWS], 3, as_of=dt.date(2026, 2, 1))]
    assert got == [
        "Finnish and Chilean ministers signed a memorandum on green hydrogen in Santiago.",
        "President Gabriel Boric paid a state visit to Helsinki on 16 October 2024, the first by a Chilean head of state.",
        "In March 2023, the Finnish export credit agency signed a USD 400 million loan agreement with the Chilean "
        "state copper company Codelco.",
    ]


def test_meta_discourse_dangling_openers_fragments_and_meta_sections_are_recognised():
    assert is_meta("This study argues that Chilean-Finnish economic ties have grown steadily.")
    assert is_meta("A review of the extant literature reveals a gap.")
    assert is_meta("The authors combined a historical approach with interviews.")
    assert not is_meta("The two ministers discussed joint research in Antarctica.")
    assert not is_meta("Austrian firms took part in other works completed before the opening of the tunnel in 2016.")
    assert is_meta("Few of these works, however, examine trade.")
    assert is_meta("Our findings point to several practical steps.")
    assert is_meta("We have argued that this imbalance reflects caution about a port economy shaped by others.")
    assert not is_meta("Our embassy in Riyadh opened in 2019.")
    assert not is_meta("The tender for the works is expected to be launched in December.")
    assert not is_meta("The works are financed by a concessional loan from the Export-Import Bank of China.")
    assert not is_meta("The works will start after the rainy season.")
    # what the study draws on
    assert is_meta("The article is based on customs data and on twenty interviews conducted in Lima in 2025.")
    assert not is_meta("The agreement was based on the 1975 treaty.")
    assert not is_meta("The minister held several interviews with journalists in Lima.")
    # literature as a subject taught or an art, not the scholarship on a question
    assert not is_meta("A chair of Czech language and literature opened at the University of Lima on Monday.")
    assert not is_meta("The festival shows film, music and literature from both countries.")
    assert is_meta("Chile appears in this literature mainly as a copper exporter.")
    # a contrast with what the sentence before says reads only after it
    assert leans_back("Nevertheless, a new phase in relations has emerged in recent years.")
    assert leans_back("Nonetheless, trade grew in 2024.")
    assert is_meta("These works show that small states hedge between partners.")
    assert is_meta("In this work we examine the trade of Peru and Chile.")
    assert not is_meta("The Lutheran church of Angola, which grew out of this work, became independent in 1961.")
    assert leans_back("These investments signal the confidence of Finnish investors.")
    assert leans_back("Such a step was unprecedented.")
    assert leans_back("All these steps make it possible to deepen trust between the two armies.")
    assert leans_back("Both of these agreements entered into force in 2020.")
    assert not leans_back("All three agreements entered into force in 2020.")
    assert not leans_back("Thessaloniki hosted the forum.")
    assert leans_back("Currently, this is also a relevant area of cooperation.")
    assert not leans_back("In 2024, this foundation was reinforced by a fund agreement.")
    assert not leans_back("Today, it was announced that the plant opened.")
    assert not leans_back("This year the paint was on a whole new building, paid for by the Polish government.")
    assert leans_back("This time the delegation was led by the deputy minister.")
    # a list of what the sentence before counted ("eight documents were signed")
    assert leans_back("The documents are: an agreement on double taxation; a road loan; and a memorandum on culture.")
    assert not leans_back("The documents were signed in the presence of the two presidents.")
    assert is_fragment("Prospects for further cooperation.")
    assert is_fragment("Further directions and ways to develop cooperation.")
    assert not is_fragment("Chile and Finland sign a memorandum.")
    assert [
        t
        for t in (
            "Introduction",
            "**Literature review**",
            "2. Materials and methods",
            "Acknowledgements",
            "References",
            "Economic cooperation",
            "Conclusion",
        )
        if is_meta_section(t)
    ] == ["Introduction", "**Literature review**", "2. Materials and methods", "Acknowledgements", "References"]
    assert not is_meta_section("Introduction", introduction=False)


def test_two_long_sentences_sharing_two_words_in_one_year_are_two_happenings():
    from reportgen.analysis.headlines import _same_happening

    year = ((dt.date(2024, 1, 1), dt.date(2024, 12, 31)),)
    senate = frozenset(
        "senate formally endorsed accord long-term strategic collaboration advancing key projects political "
        "framework status joint investment".split()
    )
    fund = frozenset(
        "foundation reinforced sector-specific accord strategic samruk-kazyna sovereign wealth power holding "
        "energy gas construction processing kashagan".split()
    )
    assert not _same_happening(senate, fund, frozenset(), year, year)
    short_a, short_b = frozenset("senate endorsed accord".split()), frozenset("senate accord ratified".split())
    assert _same_happening(short_a, short_b, frozenset(), year, year)


def test_a_passive_through_is_an_action_and_a_reported_proposal_no_headline():
    from reportgen.analysis.eventness import has_action_verb
    from reportgen.analysis.headlines import _reportable

    assert has_action_verb("In 2024, the partnership was further reinforced through new accords.")
    assert not has_action_verb("Soft power expressed through culture matters.")
    assert not _reportable("It was suggested to sign an interdepartmental action plan.")
    assert _reportable("The ministers signed an interdepartmental action plan in Doha.")
    # a feature's scene at an hour of the day, a record's hours
    assert not _reportable(
        "The excavator arrived before the tourists did, and by eight o'clock the lakeside road was down to a single lane."
    )
    assert not _reportable("The sitting was closed at 16:40.")
    assert not _reportable("HOST: In March you celebrated an anniversary.")
    # a condition set for a body is advice
    assert not _reportable(
        "Finally, the Red Sea council needs a permanent secretariat if it is to become more than a symbol."
    )
    assert _reportable("The hospital needs a new wing, the ministry said on Tuesday after the floods in Obock.")


def test_a_view_of_happenings_and_background_rank_below_the_happenings_themselves():
    value = _valued(dt.date(2026, 6, 10), dt.date(2026, 8, 12))

    deed = "ENAMI and KABIL signed a memorandum on lithium exploration in Santiago."
    said = "ENAMI's executive president said that the company signed a memorandum on lithium exploration in Santiago."
    told = value(deed.replace("ENAMI and KABIL", "ENAMI's executive president and the company"))
    assert value(said) == pytest.approx(told - 0.8)
    grants = "About 25 Filipino students receive scholarships of the Polish agency NAWA."
    assert value(f"Each year a{grants[1:]}") < value(grants)  # a habit, not a happening
    described = "The protocol on defence cooperation signed in Luanda in July 2026 extends it to maritime security."
    assert value(described) < value(described.replace("The protocol", "A protocol"))  # what a signed text does
    call = "Ambassador Jan Kowalski paid a courtesy call on Secretary Hans Cacdac in Manila on 18 November."
    assert value(call) < value(call.replace("paid a courtesy call on", "held talks with"))  # routine, less than talk
    breakfast = "The President of the Chamber hosted the Slovenian Business Club on Tuesday for a working breakfast."
    assert value(breakfast) < value(breakfast.replace("working breakfast", "business forum"))
    envoy = "The Minister of Mining, Aurora Williams, received on Thursday the Ambassador of Austria, Karl Berger."
    assert value(envoy) < value(envoy.replace("the Ambassador of Austria", "the Vice-Chancellor of Austria"))
    # a High Commission is a Commonwealth country's embassy
    commission = "Ghana's High Commission in Bridgetown was opened by the Foreign Minister on 23 September."
    assert value(commission) > value(commission.replace("High Commission", "trade office"))
    signed = "The state visit of 2026 and the agreements signed during it gave the partnership a legal basis."
    assert value(signed.replace("gave", "show that both sides want to give")) < value(signed)
    proof = "The minister called the decision proof that last month's state visit had been about more than ceremony."
    assert value(proof) < value(proof.replace("called the decision proof that", "said"))
    assert value("Until now Chilean fruit reached India through Panama and Singapore ports.") < value(
        "Chilean fruit reached India through Panama and Singapore ports."
    )


def test_an_amount_is_a_fact_whoever_states_it():
    value = _valued(dt.date(2026, 6, 10), dt.date(2026, 8, 12))

    figure = (
        "Portugal was the second-largest foreign investor in Angola in 2025, with 62 projects worth USD 410 million."
    )
    said = f"The chairman of the investment agency AIPEX said that {figure[0].lower()}{figure[1:]}"
    assert value(said) > value(figure)  # it names its source; a view ("said that ... builds on") still pays
    met = "The President also met Prime Minister Donald Tusk, who announced that Polish companies plan to invest "
    pledge, talk = met + "USD 780 million in the Philippines.", met + "in the Philippines."
    assert round(value(pledge) - value(talk), 6) == 1.0 + 0.5  # the amount, and no cost for talk


def test_a_headline_the_source_marks_itself_is_preferred():
    from reportgen.analysis.headlines import _value

    section = _section("History", "x")
    as_of = dt.date(2026, 1, 1)
    marked = _value(
        "The turning point was the visit of King Carl to Santiago in December 2016.", 0.5, None, as_of, False, section
    )
    plain = _value(
        "The occasion was the visit of King Carl to Santiago in December 2016.", 0.5, None, as_of, False, section
    )
    assert round(marked - plain, 6) == 0.8


def test_a_storys_second_sentence_in_the_summary_is_a_deed_or_a_next_step_not_a_detail():
    story = _article(
        "cl#a-3",
        dt.date(2026, 2, 18),
        "Trade between Chile and India totalled USD 3.9 billion in 2025, the Undersecretariat reports.",
        "Imports from India, mainly motorcycles and medicines, amounted to USD 1.3 billion.",
        "Chile and India signed a memorandum on customs cooperation in Santiago.",
    )
    chosen = [s.text for s in headlines([story], 2, as_of=dt.date(2026, 3, 1))]
    assert "Imports from India, mainly motorcycles and medicines, amounted to USD 1.3 billion." not in chosen
    assert "Chile and India signed a memorandum on customs cooperation in Santiago." in chosen


def test_a_storys_second_sentence_may_be_a_figure_of_its_own_but_not_a_part_of_one_given():
    story = _article(
        "gh#a-1",
        dt.date(2026, 9, 15),
        "Ghanaian and Turkish ministers signed three agreements on defence, energy and health in Ankara on Monday.",
        "Türk Eximbank also announced a credit line of USD 1.2 billion for Ghanaian infrastructure projects.",
        "The delegation was welcomed with a ceremony at the Presidential Complex in Ankara.",
    )
    trade = _article(
        "gh#a-2",
        dt.date(2026, 2, 20),
        "Trade between Ghana and Türkiye grew by 8% in 2025 to USD 941 million, the statistics office reports.",
        "Turkish exports to Ghana rose to USD 820 million, while Ghanaian exports reached USD 121 million.",
    )
    got = [s.text for s in headlines([story, trade], 4, as_of=dt.date(2026, 10, 1))]
    assert got == [
        "Ghanaian and Turkish ministers signed three agreements on defence, energy and health in Ankara on Monday.",
        "Türk Eximbank also announced a credit line of USD 1.2 billion for Ghanaian infrastructure projects.",
        "Trade between Ghana and Türkiye grew by 8% in 2025 to USD 941 million, the statistics office reports.",
    ]


def test_talk_that_states_a_plan_is_news_and_a_demonstrative_further_on_reads_poorly_alone():
    from reportgen.analysis.headlines import headlines as pick

    audience = _article(
        "ao#a-1",
        dt.date(2026, 11, 24),
        "President Lourenço received the Foreign Minister of Portugal, Paulo Rangel, in Luanda on Monday.",
        "During the audience the sides discussed the preparations for the eighth Angola–Portugal Bilateral Summit, "
        "which is scheduled for Lisbon in the first quarter of 2027.",
    )
    paper = _section(
        "Defence",
        "The protocol on defence cooperation signed in Luanda in July 2026 extends this cooperation to maritime "
        "security and to cyber defence.",
        "The protocol on health cooperation signed in Lisbon in June 2026 extends the vaccination programme to coastal "
        "provinces and to rural clinics.",
    )
    from reportgen.analysis.model import Event

    sentence = audience.paragraphs[1].text
    plan = Event(
        start=dt.date(2027, 1, 1),
        end=dt.date(2027, 3, 31),
        precision="quarter",
        label="First quarter of 2027",
        text=sentence,
        sources=((audience.id, audience.paragraphs[1].location),),
        planned=True,
        sentence=sentence,
    )
    got = [s.text for s in pick([audience, paper], 2, as_of=dt.date(2026, 11, 25), events=[plan])]
    assert got == [
        f"{audience.paragraphs[0].text} {sentence}",  # shown with the sentence it leans on
        "The protocol on health cooperation signed in Lisbon in June 2026 extends the vaccination programme to coastal "
        "provinces and to rural clinics.",
    ]


def test_the_same_amount_at_the_same_time_told_twice_is_one_happening():
    story = _article(
        "ph#a-1",
        dt.date(2026, 3, 9),
        "Trade between the Philippines and Poland reached $1.14 billion in 2025, up 9% from a year earlier.",
    )
    paper = _section(
        "Trade",
        "Bilateral commerce has grown steadily, from USD 0.71 billion in 2021 to USD 1.14 billion in 2025.",
        "The Department of Migrant Workers opened a Migrant Workers Office in Warsaw in 2023.",
    )
    got = [s.text for s in headlines([story, paper], 2, as_of=dt.date(2026, 11, 30))]
    assert got == [
        "Trade between the Philippines and Poland reached $1.14 billion in 2025, up 9% from a year earlier.",
        "The Department of Migrant Workers opened a Migrant Workers Office in Warsaw in 2023.",
    ]


def test_a_storys_detail_does_not_go_before_its_main_happening():
    from reportgen.analysis import headlines as h

    paragraph = Paragraph("a.p1", "x", Location("a.txt", 1))
    pool = [
        (
            h.Candidate(
                "The first container service sailed on 3 June.", frozenset({"service"}), 0, 0, 0, "a", paragraph, 0
            ),
            "",
        ),
        (h.Candidate("Fruit exports reached USD 96 million.", frozenset({"exports"}), 0, 1, 1, "a", paragraph, 0), ""),
    ]
    day = ((dt.date(2026, 6, 3), dt.date(2026, 6, 3)),)
    # The detail is worth a little more on its own: the lead still comes first.
    assert h._choose(pool, [5.05, 5.3], [None, None], [day, day], [True], 1, [h.NEWS, h.FIGURE], {0: 0}) == [0]
    # A detail clearly worth more than a lead that says little goes first.
    assert h._choose(pool, [5.0, 6.0], [None, None], [day, day], [True], 1, [h.NEWS, h.FIGURE], {0: 0}) == [1]
    # With no lead known, news tells the gist first: the earlier sentence, unless clearly worth more.
    assert h._choose(pool, [5.05, 5.3], [None, None], [day, day], [True], 1, [h.NEWS, h.FIGURE]) == [0]
    assert h._choose(pool, [5.0, 6.0], [None, None], [day, day], [True], 1, [h.NEWS, h.FIGURE]) == [1]


def test_a_visits_several_deeds_are_several_happenings_but_its_plans_and_details_are_not():
    visit = _article(
        "pe#a-1",
        dt.date(2026, 9, 14),
        "President Ernesto Valdivia held talks with Prime Minister Daniel Whitford in Ottawa on Monday.",
        "Peru and Canada signed a memorandum of understanding on critical minerals.",
        "Canadian company Northcrest Copper announced an investment of USD 1.8 billion in the Cerro Pucará mine.",
        "On Tuesday the President will travel to Toronto to open a business forum.",
    )
    culture = _article(
        "pe#a-2",
        dt.date(2026, 8, 20),
        "A week of Peruvian cinema opened at the Cinémathèque québécoise in Montreal on 19 August.",
    )
    got = [s.text for s in headlines([visit, culture], 4, as_of=dt.date(2026, 10, 1))]
    # Talks, a signing and an investment: three happenings of one visit, each worth a line; the
    # visit's own timetable ("will travel to Toronto") is not.
    assert got == [
        "President Ernesto Valdivia held talks with Prime Minister Daniel Whitford in Ottawa on Monday.",
        "Peru and Canada signed a memorandum of understanding on critical minerals.",
        "Canadian company Northcrest Copper announced an investment of USD 1.8 billion in the Cerro Pucará mine.",
        "A week of Peruvian cinema opened at the Cinémathèque québécoise in Montreal on 19 August.",
    ]


def test_a_deed_followed_by_what_its_fruit_will_do_is_still_a_deed():
    visit = _article(
        "bd#a-1",
        dt.date(2026, 6, 25),
        "Bangladeshi and Dutch companies signed deals worth $410m at a business forum in Rotterdam on Tuesday.",
        "On Wednesday the prime minister opened the Centre for Delta Research at Wageningen University, "
        "which will bring together scientists working on river erosion.",
        "The delegation will return to Dhaka on Friday after a visit to the port.",
    )
    trade = _article(
        "bd#a-2",
        dt.date(2026, 5, 2),
        "Exports of jute goods to the European Union rose to USD 410 million in the first quarter of 2026.",
    )
    got = [s.text for s in headlines([visit, trade], 2, as_of=dt.date(2026, 7, 1))]
    # The opening of the centre is the visit's second happening, not a plan ("which will bring ...").
    assert got == [
        "Bangladeshi and Dutch companies signed deals worth $410m at a business forum in Rotterdam on Tuesday.",
        "On Wednesday the prime minister opened the Centre for Delta Research at Wageningen University, "
        "which will bring together scientists working on river erosion.",
    ]


# One visit told by two stories of the same day: its reception and its signings.
RECEIVED = _article(
    "gr#a-1",
    dt.date(2026, 5, 14),
    "Prime Minister Alexandros Stavrou was received by President Karim Abdel-Rahman at the Ittihadiya Palace in "
    "Cairo on 13 May, at the start of his two-day official visit to Egypt.",
)
SIGNED = _article(
    "gr#a-2",
    dt.date(2026, 5, 14),
    "Greece and Egypt put their signatures on 13 May to a EUR 3.5 billion power cable, the centrepiece of six deals "
    "struck during Prime Minister Alexandros Stavrou's trip to Cairo.",
)
TALKS = _article(
    "gr#a-3",
    dt.date(2026, 5, 14),
    "Prime Minister Alexandros Stavrou held talks with President Karim Abdel-Rahman in Cairo on 13 May, the "
    "Egyptian Presidency reports.",
)
FLIGHTS = _article(
    "gr#a-4", dt.date(2026, 3, 2), "Aegean Airlines launched direct flights between Athens and Luxor on 1 March."
)


def test_a_visits_reception_and_its_signings_are_two_happenings():
    got = [s.text for s in headlines([RECEIVED, SIGNED, FLIGHTS], 2, as_of=dt.date(2026, 6, 1))]
    assert got == [RECEIVED.paragraphs[0].text, SIGNED.paragraphs[0].text]


def test_a_visits_reception_and_its_talks_are_one_happening():
    got = [s.text for s in headlines([RECEIVED, TALKS, FLIGHTS], 2, as_of=dt.date(2026, 6, 1))]
    assert got == [RECEIVED.paragraphs[0].text, FLIGHTS.paragraphs[0].text]


def test_a_sentence_that_reads_only_after_the_one_before_is_shown_with_it():
    paper = _section(
        "Trade",
        "Trade grew slowly in the 1990s. The Canada–Peru Free Trade Agreement is the cornerstone of the economic "
        "relationship. It was signed in Lima on 29 May 2008 and entered into force on 1 August 2009.",
        "This study shows many things. It was written in 2020 and revised in 2024.",
    )
    got = [s.text for s in headlines([paper], 5, as_of=dt.date(2026, 6, 1))]
    assert got == [
        "The Canada–Peru Free Trade Agreement is the cornerstone of the economic relationship. It was signed in Lima "
        "on 29 May 2008 and entered into force on 1 August 2009."
    ]


def test_what_is_planned_and_what_was_done_are_two_happenings():
    plan = _article(
        "gr#a-5",
        dt.date(2026, 5, 14),
        "Prime Minister Alexandros Stavrou will open the Hellenic Cultural Centre in Alexandria on 15 May.",
    )
    sentence = plan.paragraphs[0].text
    event = _planned(plan, 0, dt.date(2026, 5, 15), dt.date(2026, 5, 15), "day", "15 May 2026", "15 May")
    older = _section("Tourism", "In 2019 Greece and Egypt signed a memorandum on tourism in Athens.")
    got = [s.text for s in headlines([RECEIVED, plan, older], 2, as_of=dt.date(2026, 5, 14), events=[event])]
    assert got == [RECEIVED.paragraphs[0].text, sentence]


def test_an_amount_shown_in_a_pair_and_told_again_is_one_happening():
    from reportgen.analysis import headlines as h

    paragraph = Paragraph("a.p1", "x", Location("a.txt", 1))
    signed = "In November 2026 Finland signed a concessional credit of €35 million for the Sfax desalination plant."
    announced = (
        "Finland will support the Sfax project with a concessional credit of €35 million, the ministry announced."
    )
    pair = "The agreement on the credit was concluded in Tunis by the ambassador and the minister of economy."
    talks = [f"Finland and Tunisia discussed the Sfax credit on concessional terms in round {k}." for k in range(30)]
    pool = [
        (h.Candidate(signed, frozenset(), 0, 0, 0, "a", paragraph, 0), ""),
        (h.Candidate(pair, frozenset(), 1, 1, 1, "b", paragraph, 0), announced),
    ] + [(h.Candidate(t, frozenset(), 2 + k, 0, 0, f"t{k}", paragraph, 0), "") for k, t in enumerate(talks)]
    november = ((dt.date(2026, 11, 1), dt.date(2026, 11, 30)),)
    n = len(pool)
    # The pair names the amount in the sentence shown before it: the credit is told once.
    got = h._choose(pool, [5.0, 4.0] + [0.0] * 30, [None] * n, [november, november] + [()] * 30, [True] * n, 2)
    assert got[:1] == [0] and 1 not in got


def test_a_turn_of_events_and_a_years_trade_are_headline_news():
    from reportgen.analysis.headlines import WEIGHTS, _value

    as_of = dt.date(2026, 11, 20)
    story = _article("kh#a-1", dt.date(2026, 11, 10), "x")

    def value(text: str) -> float:
        return _value(text, 0.5, story.date, as_of, False, story)

    denied = "The ministry also denied a report on the end of the Austrian soft loan programme for Cambodia."
    assert round(value(denied) - value(denied.replace("denied", "published")), 6) == 0.8
    postponed = "The state visit to Seoul was postponed to the first half of 2027."
    assert value(postponed) > value(postponed.replace("was postponed to", "is planned for"))
    year = "In 2025, bilateral trade reached EUR 412 million, 16 percent more than in 2024."
    quarter = "In the first quarter of 2026, bilateral trade reached EUR 102 million."
    assert value(year) > value(quarter)  # the quarter is newer, the year's total is the headline
    assert round(value(year) - value(year.replace("bilateral trade", "coffee exports")), 6) == WEIGHTS["total"]
    assert value("Our trade grew by 14 percent last year to USD 1.12 billion.") > value(
        "Our coffee grew by 14 percent last year to USD 1.12 billion."
    )


def test_a_relations_sum_so_far_is_headline_news_told_as_of_now():
    from reportgen.analysis.headlines import WEIGHTS, _value

    as_of = dt.date(2026, 11, 20)
    paper = _article("p#s-1", None, "x")
    total = "Since 2007 Ireland has provided more than EUR 320 million to Malawi, or about EUR 17 million a year."
    once = "In 2007 Ireland provided EUR 32 million to Malawi for school meals and child nutrition programmes."
    old = dt.date(2007, 12, 31)
    assert _value(total, 0.5, old, as_of, False, paper) - _value(once, 0.5, old, as_of, False, paper) > WEIGHTS["total"]


@pytest.mark.parametrize(
    "when, happening, talk",
    [
        # relations broken off or restored
        (
            dt.date(2025, 3, 17),
            "Kigali severed relations with Brussels on 17 March 2025 and gave Belgian diplomats 48 hours to leave.",
            "Kigali criticised Brussels on 17 March 2025 and gave Belgian diplomats 48 hours to leave.",
        ),
        (
            dt.date(2025, 8, 1),
            "Diplomatic relations were restored in August 2025 after talks in Doha.",
            "Diplomatic relations were discussed in August 2025 after talks in Doha.",
        ),
        # a plant, a line or a link put into service
        (
            dt.date(2022, 5, 1),
            "The gas interconnector between the two countries began commercial operation on 1 May 2022.",
            "The gas interconnector between the two countries was discussed by the two ministers on 1 May 2022.",
        ),
    ],
)
def test_a_turn_of_the_relation_or_a_work_put_into_service_is_a_happening_of_its_own_kind(when, happening, talk):
    from reportgen.analysis.headlines import WEIGHTS, _value

    paper = _article("p#s-1", None, "x")
    as_of = dt.date(2026, 11, 20)
    gain = _value(happening, 0.5, when, as_of, False, paper) - _value(talk, 0.5, when, as_of, False, paper)
    assert round(gain, 6) >= WEIGHTS["kind"] * 0.75


def test_a_quoted_view_and_an_interviews_introduction_rank_below_a_happening():
    value = _valued(dt.date(2026, 11, 1), dt.date(2026, 11, 20))

    view = '"The free trade agreement has done what we hoped," Ambassador Davit Kapanadze says.'
    assert round(value(view.replace('"', "")) - value(view), 6) == 0.8
    # A quote that states a deed or a figure is news whoever says it.
    deed = '"The agreement was signed in Tbilisi on Monday," Ambassador Davit Kapanadze says.'
    assert value(deed) == value(deed.replace('"', ""))
    turn = '"The state visit was postponed last month at our request," Ambassador Lee Jae-won says.'
    assert value(turn) == value(turn.replace('"', ""))
    # An interview's introduction and its setting are no news at all: never candidates.
    intro = "Ambassador Lee Jae-won spoke to El Comercio about trade, loans and the visit that did not happen."
    assert not _reportable(intro)
    assert _reportable(intro.replace("spoke to El Comercio about", "wrote of"))
    assert not _reportable("The interview took place in a borrowed office above a bakery on Norzin Lam.")
    # A name given to a project in quotes is a view of it, as "X said that ..." is.
    named = 'The minister, who toured the wards in April, has called the project "the heart of our partnership".'
    assert round(value(named.replace("has called", "has funded")) - value(named), 6) >= 0.8
    led = "The Senegalese delegation was led by the Secretary General of the Ministry, Ibrahima Sory Sylla."
    assert round(value(led.replace("was led by", "was joined by")) - value(led), 6) == 0.5  # who came, not a deed


def test_a_plan_named_beside_a_past_visit_is_news_of_its_own():
    feed = _article(
        "tz#a-1",
        dt.date(2026, 11, 20),
        "Tanzania and Sweden held political consultations in Dodoma on 18 November 2026.",
        "The parties reviewed the agreements signed during the President's visit to Stockholm in April and agreed "
        "that the Joint Commission will hold its next session in Stockholm in February 2027.",
    )
    visit = _section(
        "Political dialogue",
        "The high point was the official visit of President Samia Suluhu Hassan to Stockholm in April 2026.",
    )
    plan = feed.paragraphs[1].text
    event = _planned(feed, 1, dt.date(2027, 2, 1), dt.date(2027, 2, 28), "month", "February 2027", "February 2027")
    got = [s.text for s in headlines([visit, feed], 3, as_of=dt.date(2026, 11, 25), events=[event])]
    # Shown after the sentence naming "the parties"; not taken for the April visit told again.
    assert any(shown.endswith(plan) for shown in got)
    assert visit.paragraphs[0].text in got


def test_a_delegation_exploring_investment_and_an_investment_announced_are_two_deeds():
    from reportgen.analysis.headlines import deed_kinds

    assert deed_kinds("Sandvik announced a $40m investment in a service centre in Mwanza.") == {"fund"}
    # a sum announced under a programme's name is funding too, beside the talks of the same visit
    assert deed_kinds("The two leaders announced a Coastal Resilience Partnership of CAD 45 million.") == {"fund"}
    assert deed_kinds("A delegation of 22 Swedish companies visited Mwanza to explore investment in mining.") == {
        "meet"
    }
    # receiving a visitor, named or not, is a meeting; receiving a thing is none
    assert deed_kinds("The minister on Thursday received a delegation led by the High Commissioner.") == {"meet"}
    assert deed_kinds("The President received the Ambassador of Chile at the palace.") == {"meet"}
    assert deed_kinds("The ministry received an application for a licence.") == frozenset()
    # a visit concluded is no text concluded; instruments exchanged are signed texts
    assert deed_kinds("The Prime Minister today concluded a three-day official visit to Oman.") == {"meet"}
    assert deed_kinds("The two sides concluded an agreement on fisheries.") == {"sign"}
    assert deed_kinds("Seven agreements and memoranda were later exchanged in the presence of the Sultan.") == {"sign"}
    assert deed_kinds("The company announces that it entered into a new Power Purchase Agreement with CFE.") == {"sign"}
    assert deed_kinds("The agreement entered into force on 1 May.") == {"ratify"}
    # a signing told by the participle the sentence opens with
    assert deed_kinds("Signed in Suva in February, the agreement guarantees investors compensation.") == {"sign"}


def test_a_years_trade_told_by_it_after_the_sentence_naming_trade_is_a_headline():
    paper = _section(
        "Trade",
        "Trade between Spain and Senegal has grown steadily over the past decade. "
        "In 2025 it reached €1.12 billion, up 14 percent on the previous year.",
        "In 2024 a Spanish consortium signed a contract for transmission lines in Casamance with the Senegalese "
        "power utility Senelec.",
    )
    got = [s.text for s in headlines([paper], 1, as_of=dt.date(2026, 11, 18))]
    assert got == [
        "Trade between Spain and Senegal has grown steadily over the past decade. In 2025 it reached €1.12 billion, "
        "up 14 percent on the previous year."
    ]


def test_a_counted_package_of_signed_texts_is_a_headline_even_when_long():
    from reportgen.analysis.headlines import _value, is_package

    package = (
        "After the talks, the two leaders witnessed the signing of three instruments: a memorandum of understanding "
        "renewing the partnership on the Delta Plan 2100, a memorandum of understanding on maritime cooperation and "
        "safe ship recycling, and a letter of intent on vocational training in the maritime sector for young people."
    )
    assert is_package(package) and len(package.split()) > 45
    assert not is_package("Portugal has been among Angola's three largest suppliers since 2002.")
    assert not is_package("The two sides discussed three agreements now being drafted.")
    story = _article("bd#a-9", dt.date(2026, 6, 23), "x")
    plain = package.replace("three instruments", "instruments")
    assert (
        round(
            _value(package, 0.5, story.date, dt.date(2026, 7, 1), False, story)
            - _value(plain, 0.5, story.date, dt.date(2026, 7, 1), False, story),
            6,
        )
        == 0.8
    )


def test_what_a_storys_source_added_goes_after_the_storys_news():
    story = _article(
        "rs#a-1",
        dt.date(2026, 10, 8),
        "The Ministry of Finance on Wednesday denied a report by a Belgrade weekly that Serbia had asked the "
        "United Arab Emirates to reschedule its loans.",
        "The ministry added that the loan of USD 1.5 billion agreed in May is being drawn as planned.",
    )
    got = [s.text for s in headlines([story], 1, as_of=dt.date(2026, 11, 12))]
    assert got == [story.paragraphs[0].text]


def test_the_year_a_first_is_counted_since_does_not_date_a_storys_news():
    # "the first since 2019" compares; the visit is the story's own news, not a 2019 event
    lead = (
        "Mexico's Secretary of Foreign Affairs left Oman on Thursday at the end of a three-day official visit, "
        "the first by a Mexican foreign secretary since 2019."
    )
    old = "In 2021 the two countries signed an agreement on visa exemption in Muscat."
    story = _article("ona#a-1", dt.date(2026, 9, 12), lead, "The weather was fine.")
    paper = _section("History", old)
    got = [s.text for s in headlines([paper, story], 2, as_of=dt.date(2026, 9, 30))]
    assert got == [lead, old]  # newest first: the visit is dated by its story


def test_two_happenings_of_one_month_are_not_one_for_sharing_its_capitalised_name():
    from reportgen.analysis.chronology import build_chronology

    postponed = (
        "The seventh session of the Joint Ministerial Commission, originally scheduled for 17–18 November in "
        "Dushanbe, has been postponed to 8–9 December 2026 at the request of the Pakistani side."
    )
    ratified = (
        "The agreement on the cross-border trade of electricity was ratified by the Majlisi Namoyandagon on "
        "28 October; the federal cabinet of Pakistan is to approve it in December."
    )
    first = _article("khovar#a-1", dt.date(2026, 11, 12), postponed, "The delay was attributed to floods.")
    second = _article("khovar#a-2", dt.date(2026, 11, 5), ratified, "The vote was unanimous.")
    events = build_chronology([first, second], as_of=dt.date(2026, 11, 14))  # both name December 2026
    assert {(e.start.month, e.start.year) for e in events} >= {(12, 2026)}
    got = [s.text for s in headlines([first, second], 2, as_of=dt.date(2026, 11, 14), events=events)]
    assert got == [postponed, ratified]


def test_a_target_for_trade_is_not_a_years_trade_total():
    from reportgen.analysis.headlines import _trade_total

    assert _trade_total("In 2025 bilateral trade amounted to USD 212.4 million.", True)
    assert not _trade_total(
        "The commission last met in 2024, when a protocol setting the target of raising bilateral trade to "
        "USD 500 million by 2030 was signed.",
        True,
    )


def test_a_year_a_goal_is_to_be_met_by_is_no_time_of_its_sentence():
    goal = "In their joint statement the two leaders agreed to work towards a comprehensive partnership by 2030."
    deed = "In 2022 the two governments signed an agreement on air services and opened the first direct flights."
    got = [s.text for s in headlines([_section("Relations", goal, deed)], 1, as_of=dt.date(2026, 10, 1))]
    assert got == [deed]


def test_a_figure_and_the_same_figure_rounded_are_one_happening():
    from reportgen.analysis.headlines import _rounded_alike

    assert _rounded_alike(frozenset({"948.1"}), frozenset({"702", "948"}))
    assert not _rounded_alike(frozenset({"1.35"}), frozenset({"1"}))  # too few digits to tell
    assert not _rounded_alike(frozenset({"948.1"}), frozenset({"947"}))
    paper = "Trade between the two countries grew from USD 702 million in 2021 to USD 948 million in 2025."
    release = "For the whole of 2025, two-way trade with New Zealand amounted to USD 948.1 million."
    got = [
        s.text
        for s in headlines([_section("Trade", paper), _section("Release", release)], 2, as_of=dt.date(2026, 9, 1))
    ]
    assert len(got) == 1


def test_the_documents_a_visits_talks_produced_are_news_beside_its_arrival():
    arrival = _article(
        "feed#a-1",
        dt.date(2026, 11, 23),
        "President Sadyr Japarov arrived in Kuwait City yesterday evening on a state visit, the first by a Kyrgyz "
        "head of state to Kuwait since 2013.",
        "He was met at the airport by the Minister of Foreign Affairs of Kuwait and the Kyrgyz ambassador.",
    )
    talks = _article(
        "feed#a-2",
        dt.date(2026, 11, 24),
        "President Sadyr Japarov and the Amir of the State of Kuwait held talks at Bayan Palace yesterday, after "
        "which eight documents were signed in their presence.",
        "The Amir accepted an invitation to visit Bishkek next year.",
    )
    back = _article(
        "feed#a-3",
        dt.date(2026, 11, 26),
        "President Japarov returned to Bishkek on Wednesday morning, concluding the state visit to Kuwait that he "
        "began on Sunday.",
    )
    from reportgen.analysis.chronology import build_chronology

    stories = [arrival, talks, back]
    events = build_chronology(stories, as_of=dt.date(2026, 12, 8))
    got = [s.text for s in headlines(stories, 3, as_of=dt.date(2026, 12, 8), events=events)]
    assert any("eight documents" in text for text in got) and any("arrived" in text for text in got)


def test_a_detail_naming_its_thing_by_a_bare_noun_waits_for_its_lead():
    lead = (
        "A first consignment of 18 tonnes of chilled halal lamb from Kyrgyzstan landed at Kuwait International "
        "Airport late on Thursday, the embassy said today."
    )
    detail = (
        "The meat, from a certified abattoir near Tokmok, was flown from Manas International Airport and is the first "
        "shipment under the veterinary and sanitary protocol that the two countries signed in Bishkek in July."
    )
    story = _article("embassy#a-1", dt.date(2026, 12, 5), lead, detail)
    got = [s.text for s in headlines([story], 1, as_of=dt.date(2026, 12, 8))]
    assert got == [lead]


def _chosen(story: Article, paper: list[str], n: int, as_of: dt.date) -> list[str]:
    """The executive summary's sentences for a story beside a paper section of `paper`'s sentences."""
    return [s.text for s in headlines([_section("Trade", *paper), story], n, as_of=as_of)]


def test_a_corrected_figure_is_news_of_its_story_and_replaces_the_figure_it_corrects():
    lead = "Trade with Vietnam reached EUR 214.6 million in the first half of 2026, the State Data Agency reports."
    corrected = (
        "The State Data Agency corrected its figure for the whole of 2025: trade with Vietnam amounted to EUR 389.4 "
        "million, not EUR 398.4 million as published in February."
    )
    preliminary = "According to preliminary data published in February 2026, trade reached EUR 398.4 million in 2025."
    story = _article("stat#a-1", dt.date(2026, 8, 14), lead, corrected)
    others = [  # what makes "trade" and "Vietnam" words every candidate uses
        "Lithuania opened an embassy in Hanoi to deepen trade with Vietnam in September 2025.",
        "Trade with Vietnam was EUR 301.2 million in 2023, when a Vietnamese delegation visited Vilnius.",
        "A Lithuanian business mission travelled to Vietnam in May 2024 to promote trade in lasers.",
    ]
    assert _chosen(story, [preliminary, *others], 2, dt.date(2026, 11, 12)) == [lead, corrected]


def test_a_revision_in_other_units_and_of_another_year_is_news_beside_the_storys_lead():
    lead = (
        "Trade between Oman and Mexico rose to OMR 115.7 million in the first half of 2026, the National Centre "
        "for Statistics and Information reports."
    )
    revised = (
        "The NCSI revised its figure for bilateral trade in 2025 to OMR 206.9 million (USD 538 million), "
        "down from the OMR 216.1 million (USD 562 million) published in February."
    )
    preliminary = "Preliminary data published by the NCSI in February 2026 put trade in 2025 at USD 562 million."
    story = _article("ncsi#a-1", dt.date(2026, 8, 20), lead, revised)
    others = [  # what makes "trade", "Oman" and "Mexico" words every candidate uses
        "Trade between Oman and Mexico remains small compared with either country's trade with Asia.",
        "Most trade between Mexico and Oman still passes through transhipment hubs in Asia.",
        "Oman and Mexico are both oil producers, which limits the scope for trade in energy.",
    ]
    assert _chosen(story, [preliminary, *others], 2, dt.date(2026, 9, 30)) == [lead, revised]


def test_an_amount_told_again_without_a_year_of_its_own_is_one_happening():
    signed = (
        "The two sides signed nine documents, among them an investment protocol on a USD 450 million grain "
        "terminal at Port Qasim and an agreement on customs cooperation."
    )
    terminal = (
        "The terminal, to be built jointly by Agro Caspian and PSO at a cost of USD 450 million, will store up to "
        "300,000 tonnes of wheat."
    )
    visit = _article("pmo#a-1", dt.date(2026, 11, 16), signed)
    filing = _article("psx#a-2", dt.date(2026, 11, 5), terminal)
    others = [  # what makes "Pakistan" and "Azerbaijan" words every candidate uses
        "Pakistan opened an embassy in Baku to deepen ties with Azerbaijan in September 2024.",
        "A Pakistani business mission travelled to Azerbaijan in May 2024 to promote trade in rice.",
        "Azerbaijan and Pakistan held consultations on consular matters in Islamabad in March 2025.",
    ]
    got = [s.text for s in headlines([_section("History", *others), visit, filing], 3, as_of=dt.date(2026, 11, 30))]
    assert signed in got and terminal not in got


def test_a_preliminary_estimate_a_revision_moves_from_is_a_figure_no_longer_stood_by():
    revised = (
        "Revised customs figures put two-way trade in 2025 at USD 214.6 million, up from the preliminary estimate "
        "of USD 208 million released in January."
    )
    assert _superseded([revised]) == {"208"}


def test_a_revision_from_a_provisional_or_published_figure_supersedes_that_figure():
    provisional = (
        "The bureau also revised its figure for 2025 trade with Norway upward to USD 112.4 million, from the "
        "provisional USD 109.7 million, after adding imports cleared through Mombasa."
    )
    preliminary = "Trade in the first half was revised to 14.92 billion yen from the preliminary 14.37 billion yen."
    published = (
        "The Bank revised its figure for the first half to USD 146.2 million, from the USD 141.7 million published."
    )
    assert _superseded([provisional]) == {"109.7"}
    assert _superseded([preliminary]) == {"14.37"}
    assert _superseded([published]) == {"141.7"}
    lowered = (
        "The office also lowered its estimate for the first half of the year to NOK 58.7 million, from the NOK 61.3 "
        "million it had published in August."
    )
    assert _superseded([lowered]) == {"61.3"}
    # (a revision of what comes from a place names no old figure)
    assert _superseded(["The Bank revised its estimate of exports from Kenya to USD 146.2 million."]) == frozenset()


def test_the_year_a_figure_is_compared_with_does_not_date_the_newer_figure():
    half = _article(
        "stat#a-1",
        dt.date(2026, 8, 12),
        "Trade between Belize and Norway reached NOK 61.3 million in January–June 2026, the statistics office said.",
    )
    nine = (
        "Belize traded goods worth NOK 92.4 million with Norway between January and September, a third more than in "
        "the corresponding months of 2025, the statistics office said on Thursday."
    )
    lowered = (
        "The office also lowered its estimate for the first half of the year to NOK 58.7 million, from the NOK 61.3 "
        "million it had published in August."
    )
    release = _article("stat#a-2", dt.date(2026, 11, 6), nine, lowered)
    others = [  # what makes "trade", "Belize" and "Norway" words every candidate uses
        "Norway opened an embassy in Belmopan to deepen trade with Belize in September 2024.",
        "A Norwegian business mission travelled to Belize in May 2024 to promote trade in fish.",
        "Belize and Norway held consultations on trade in Oslo in March 2025.",
    ]
    got = [s.text for s in headlines([_section("History", *others), half, release], 1, as_of=dt.date(2026, 11, 30))]
    assert got == [nine]


def test_an_announcement_whose_day_has_passed_yields_to_the_happening_told_since():
    from reportgen.analysis.chronology import build_chronology

    announced = (
        "President Lula will arrive in Georgetown on Tuesday for a state visit at the invitation of President Ali, "
        "the Ministry of Foreign Affairs announced."
    )
    done = (
        "President Lula left Georgetown yesterday at the end of a three-day state visit, the first by a Brazilian "
        "head of state in twelve years."
    )
    trade = (
        "Trade between Guyana and Brazil reached USD 41.2 million in the first half of 2026, the Bureau of "
        "Statistics reports."
    )
    others = [  # what makes "Guyana" and "Brazil" words every candidate uses
        "Brazil opened an embassy in Georgetown in 1968.",
        "Guyana and Brazil signed a border agreement in 1940.",
        "A Brazilian business mission travelled to Guyana in May 2024 to promote trade in rice.",
    ]
    items = [
        _section("History", *others),
        _article("mfa#a-1", dt.date(2026, 9, 17), announced),
        _article("dpi#a-1", dt.date(2026, 9, 25), done),
        _article("gra#a-1", dt.date(2026, 8, 10), trade),
    ]
    as_of = dt.date(2026, 11, 14)
    events = build_chronology(items, as_of=as_of)
    assert [s.text for s in headlines(items, 2, as_of=as_of, events=events)] == [done, trade]


def test_a_release_s_lead_figure_is_news_after_another_of_its_figures_was_chosen():
    from reportgen.analysis import headlines as h

    paragraph = Paragraph("a.p1", "x", Location("a.txt", 1))
    lead = "Trade between Benin and Korea totalled KRW 81.3 billion in the first ten months of 2026."
    revised = (
        "The institute revised the January–September 2026 total of trade between Benin and Korea down to KRW 69.8 "
        "billion from KRW 72.4 billion."
    )
    words = frozenset({"trade", "total", "institute", "benin", "korea"})
    pool = [
        (h.Candidate(lead, words, 0, 0, 0, "a", paragraph, 0), ""),
        (h.Candidate(revised, words, 0, 1, 1, "a", paragraph, 0), ""),
    ]
    months = ((dt.date(2026, 1, 1), dt.date(2026, 10, 31)),)
    # The correction is worth clearly more and goes first; the lead's own figure still follows it.
    got = h._choose(pool, [5.0, 6.0], [None, None], [months, months], [True], 2, [h.NEWS, h.NEWS], {0: 0})
    assert got == [1, 0]


def test_a_bare_definite_noun_its_story_named_before_reads_only_after_it():
    from reportgen.analysis import headlines as h

    story = _article(
        "mfa#a-1",
        dt.date(2026, 11, 20),
        "The first meeting of the Joint Committee, due in Malé in December, has been postponed to early next year.",
        "The committee was set up under one of the documents signed during the visit of President Muizzu.",
        "The ceremony was attended by ministers of both countries.",
        "The 20-year committee mandate is the longest the two states have agreed.",
    )
    pool = h._pool([story])
    named_back = {c.text[:20]: h._names_back(c, [story]) for c, _ in pool}
    assert named_back["The committee was se"] is True  # "the Joint Committee" before it
    assert named_back["The ceremony was att"] is False  # no ceremony before it: it says which by itself
    assert named_back["The 20-year committe"] is True  # (a measure before the noun)


def test_a_visit_expected_in_a_window_is_carried_out_by_the_visit_told_within_it():
    from reportgen.analysis import headlines as h

    paragraph = Paragraph("a.p1", "x", Location("a.txt", 1))
    texts = [
        "A visit to Praia by Luxembourg's Minister for Cooperation, Henri Kox, is being prepared for the autumn "
        "of 2026.",
        "Luxembourg's Minister for Cooperation, Henri Kox, left Praia yesterday at the end of a three-day official "
        "visit.",
        "The sixth session of the Joint Commission with Luxembourg will be held in Praia in the autumn of 2026.",
        "The fifth session of the Joint Commission with Luxembourg was held in Praia on 7 October 2026.",
        "Luxembourg opened an embassy in Praia in 2002.",
        "Luxembourg and Cabo Verde signed a cooperation agreement in 1993.",
    ]
    pool = [(h.Candidate(t, frozenset(), k, 0, 0, f"a{k}", paragraph, 0), "") for k, t in enumerate(texts)]
    autumn = ((dt.date(2026, 9, 1), dt.date(2026, 11, 30)),)
    day = ((dt.date(2026, 10, 7), dt.date(2026, 10, 7)),)
    years = (((dt.date(2002, 1, 1), dt.date(2002, 12, 31)),), ((dt.date(1993, 1, 1), dt.date(1993, 12, 31)),))
    spans = [autumn, day, autumn, day, *years]
    plans = [True, False, True, False, False, False]
    # (the sixth session is another of the series than the fifth one held)
    assert h._carried_out(pool, spans, plans) == [0]


def test_a_correction_giving_only_the_wrong_figure_yields_to_the_figure_it_corrects():
    lead = (
        "Trade between Peru and Korea reached USD 3.2 billion in the first half of 2026, the statistics office reports."
    )
    total = "In 2025 trade between the two countries amounted to USD 5.12 billion, against USD 4.8 billion in 2024."
    corrected = (
        "The statistics office corrected its figure for 2025, which had been published in March as USD 5.41 billion, "
        "after copper shipments counted twice were removed."
    )
    story = _article("stat#a-1", dt.date(2026, 8, 21), lead, total, corrected)
    others = [  # what makes "trade", "Peru" and "Korea" words every candidate uses
        "Peru opened a trade office in Seoul to deepen trade with Korea in September 2025.",
        "Trade between Peru and Korea was USD 4.1 billion in 2022, when a Korean delegation visited Lima.",
        "A Peruvian business mission travelled to Korea in May 2024 to promote trade in fruit.",
    ]
    got = _chosen(story, others, 3, dt.date(2026, 11, 12))
    assert lead in got and total in got and not any("5.41" in text for text in got)


def _background(host: str, partner: str, capital: str, city: str, goods: str) -> list[str]:
    """Three older sentences naming both countries: what makes their names words every candidate uses."""
    return [
        f"{partner} opened an embassy in {capital} to deepen ties with {host} in September 2024.",
        f"Trade between {host} and {partner} was USD 301.2 million in 2023, when a delegation visited {city}.",
        f"A business mission from {partner} travelled to {host} in May 2024 to promote trade in {goods}.",
    ]


def test_a_story_that_opens_with_the_end_of_a_trip_is_led_by_what_the_trip_did():
    returned = "Prime Minister Ana Silva returned to Lisbon last night after a three-day official visit to Ghana."
    dinner = "On the first evening she was received by President Mahama, who hosted a dinner in her honour."
    chaired = (
        "On Tuesday she and President Mahama co-chaired the first session of the Ghana–Portugal Strategic "
        "Cooperation Council at Jubilee House."
    )
    story = _article("pmo#a-1", dt.date(2026, 11, 18), returned, dinner, chaired)
    others = _background("Ghana", "Portugal", "Accra", "Porto", "cork")
    assert _chosen(story, others, 1, dt.date(2026, 11, 30)) == [chaired]
    # a trip's end that tells what was signed leads its story itself
    signed = returned.replace("visit to Ghana.", "visit to Ghana, during which the two sides signed five agreements.")
    story = _article("pmo#a-1", dt.date(2026, 11, 18), signed, dinner, chaired)
    assert _chosen(story, others, 1, dt.date(2026, 11, 30)) == [signed]


def test_a_meeting_postponed_is_news_before_the_routine_its_story_leads_with():
    met = (
        "Minister Tariq Bajwa met the Ambassador of Peru, Rosa Vidal, in Islamabad on 2 December, the ministry reports."
    )
    reviewed = (
        "They reviewed the implementation of the documents signed at the first session of the Strategic Council "
        "in Lima last month, in particular the investment protocol."
    )
    postponed = (
        "The fifth session of the Joint Economic Commission, which was to be held in Islamabad on 14 and 15 "
        "December, has been postponed to February at the request of the Peruvian side."
    )
    story = _article("mea#a-1", dt.date(2026, 12, 3), met, reviewed, postponed)
    others = _background("Peru", "Pakistan", "Lima", "Karachi", "textiles")
    # (the lead is worth about as much: a detail would wait for it)
    assert _chosen(story, others, 1, dt.date(2026, 12, 9)) == [postponed]


def test_a_storys_deeds_are_dated_by_the_story_not_by_a_year_they_recall_in_a_clause():
    lead = "Foreign Minister Ana Sousa began a working visit to Kenya in Nairobi on Monday, the ministry reports."
    chaired = (
        "On Tuesday she and her Kenyan counterpart co-chaired the fourth meeting of the Angola–Kenya Joint "
        "Commission, three months after the meeting had been postponed."
    )
    signed = (
        "At the close of the meeting the ministers signed an agreement on fisheries, a memorandum on diplomatic "
        "training and a joint declaration resuming talks on a trade agreement, which had been suspended in 2012."
    )
    story = _article("mfa#a-1", dt.date(2026, 11, 5), lead, chaired, signed)
    paper = [
        "Relations date from the Treaty of Friendship signed in Lisbon on 12 May 1931 by the two governments.",
        "In March 1998 President Moi visited Angola, and an agreement on trade was signed in Luanda.",
        "Kenya Airways began flying to Luanda in June 2009, and by 2019 it carried most passengers on the route.",
    ]
    # (the session chaired is told with the lead: who "she" is, the lead says)
    assert _chosen(story, paper, 3, dt.date(2026, 12, 1))[:2] == [f"{lead} {chaired}", signed]


def test_a_sentence_opening_among_them_points_back():
    from reportgen.analysis.antecedents import needs_antecedent

    assert needs_antecedent("Among them was Ali Hassan, a welder from Mombasa who will work at a plant near Jubail.")
    assert not needs_antecedent("Among the guests was Ali Hassan, a welder from Mombasa.")


def test_a_story_opening_with_a_plan_is_about_that_plan():
    plan = (
        "Air Peru will open a daily service between Lima and Toronto on 15 November, the Civil Aviation "
        "Authority said on Thursday."
    )
    background = (
        "Air Canada, which resumed direct flights to Lima in May 2022 after a long interruption, operates 9 "
        "flights a week on the route and plans to add a Toronto–Cusco service in December."
    )
    visitors = "Peru received 118,000 visitors from Canada last year, against 96,000 in 2024."
    story = _article(
        "mtc#a-1", dt.date(2026, 9, 18), plan, "The new carrier will use Airbus A330 aircraft.", background, visitors
    )
    events = [
        _planned(story, 0, dt.date(2026, 11, 15), dt.date(2026, 11, 15), "day", "15 November 2026", "15 November"),
        _planned(story, 2, dt.date(2026, 12, 1), dt.date(2026, 12, 31), "month", "December 2026", "December"),
    ]
    chosen = [s.text for s in headlines([story], 2, as_of=dt.date(2026, 10, 16), events=events)]
    assert plan in chosen


def test_a_report_with_an_apposition_recalling_what_was_done_is_reported_speech():
    from reportgen.analysis.headlines import _REPORTED

    assert _REPORTED.match(
        "The report of the Committee on Foreign Relations, Europe, recalled that the Assembly had approved the "
        "agreement in May."
    )
    assert not _REPORTED.match("The ministers signed the agreement in Lima, and the president said that it mattered.")


def test_an_embassy_reopened_is_a_happening_an_analyst_reports_first():
    reopened = _article(
        "pap#a-1",
        dt.date(2026, 10, 29),
        "Poland's embassy in Lima was formally reopened on Tuesday, eighteen years after it was closed, PAP reports.",
    )
    forum = _article(
        "pap#a-2",
        dt.date(2026, 10, 30),
        "The Polish Minister of Culture opened an exhibition of Peruvian textiles in Warsaw on Wednesday, PAP reports.",
    )
    chosen = [s.text for s in headlines([forum, reopened], 1, as_of=dt.date(2026, 11, 26))]
    assert chosen == [reopened.paragraphs[0].text]


def test_a_story_s_undated_sentence_speaks_of_its_lead_s_day_so_another_source_s_telling_is_the_same_happening():
    from reportgen.analysis.model import Event

    talks = "On 3 March, President Boric and Chancellor Nehammer held talks at the Federal Chancellery in Vienna."
    signed = (
        "Following the talks, the leaders signed a Joint Declaration on Enhanced Partnership, after which six "
        "documents were exchanged, among them a general agreement between the Austrian Development Bank and CORFO "
        "on credit lines, a memorandum on lithium research and a grant of EUR 4 million for medical equipment."
    )
    readout = (
        "After their meeting in the Chancellery, the President of Chile and the Federal Chancellor of Austria put "
        "their names to the Joint Declaration, in the presence of journalists from both countries."
    )
    wreath = "Earlier in the day, the President laid a wreath at the Monument to the Republic."
    agency = _article("apa#a-1", dt.date(2026, 3, 4), talks, wreath, signed)
    ministry = _article("bmeia#a-1", dt.date(2026, 3, 3), readout)
    day = dt.date(2026, 3, 3)
    # The chronology dates the lead and the ministry's readout; the agency's further sentence has no date of its own.
    events = [
        Event(day, day, "day", "3 March 2026", text, ((item.id, item.location),), expression="3 March", sentence=text)
        for item, text in ((agency, talks), (ministry, readout))
    ]
    items = [_section("History", *_background("Chile", "Austria", "Santiago", "Vienna", "wine")), agency, ministry]
    got = " ".join(s.text for s in headlines(items, 5, as_of=dt.date(2026, 3, 20), events=events))
    assert signed in got and readout not in got


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("Andes Lithium has taken a final investment decision on a USD 900 million plant near Graz.", True),
        ("The company said its board had approved an investment of EUR 97 million in a plant in Linz.", True),
        ("Austrian investment in Chile is concentrated in mining.", False),
    ],
)
def test_an_investment_decided_is_a_kind_of_happening_an_investment_described_is_not(sentence, kind):
    from reportgen.analysis.headlines import _HAPPENING

    assert (_HAPPENING.search(sentence) is not None) == kind


@pytest.mark.parametrize(
    "sentence, describes",
    [
        ("The convention, signed in Vienna in May 2025, caps withholding tax on dividends at 10 percent.", True),
        ("The protocol, which the two ministries signed on 10 March, requires cold treatment for 18 days.", True),
        ("The agreement, signed in May 2025, was ratified by the National Council in October.", False),
    ],
)
def test_a_text_named_by_its_signing_then_what_it_does_describes_the_text(sentence, describes):
    from reportgen.analysis.headlines import _DESCRIBES

    assert (_DESCRIBES.match(sentence) is not None) == describes


def test_last_year_s_trade_total_after_this_half_year_s_is_news_and_an_old_total_is_background():
    lead = "Trade between Chile and Austria reached USD 121.4 million in the first half of 2026, Statistics Austria reports."
    total = "For 2025 as a whole, trade came to USD 214.6 million, compared with USD 197.3 million in 2024."
    story = _article("stat#a-1", dt.date(2026, 8, 20), lead, total)
    peak = "Trade between Chile and Austria reached its peak in 2014, when it exceeded USD 500 million."
    signed = "In March 2026 the two ministries signed a memorandum on lithium research in Santiago."
    got = _chosen(
        story, [peak, signed, *_background("Chile", "Austria", "Santiago", "Vienna", "wine")], 3, dt.date(2026, 10, 1)
    )
    assert lead in got and total in got and peak not in got


def test_a_recent_session_of_the_commission_that_runs_a_relation_is_a_kind_of_happening_an_old_one_is_not():
    from reportgen.analysis.headlines import _value

    as_of = dt.date(2026, 11, 20)
    story = _article("mre#a-1", dt.date(2026, 11, 4), "x")
    held = (
        "On Tuesday the two ministers co-chaired the fifth meeting of the Chile–Austria Binational Commission in "
        "Vienna."
    )
    assert _value(held, 0.5, story.date, as_of, False, story) > _value(
        held.replace("Binational Commission", "Binational Dialogue"), 0.5, story.date, as_of, False, story
    )
    paper = _section("History", "x")
    old = "The Joint Commission of the two countries met in Vienna in 2018."
    when = dt.date(2018, 1, 1)
    assert _value(old, 0.5, when, as_of, False, paper) == _value(
        old.replace("Joint Commission", "Joint Dialogue"), 0.5, when, as_of, False, paper
    )


def test_a_sentence_that_points_back_is_not_shown_after_a_quotation():
    quote = '"A direct flight takes two days out of the chain."'
    route = (
        "The route was made possible by the air services agreement signed in Vienna earlier this month, when the "
        "two ministers co-chaired the first meeting of the Joint Commission."
    )
    lead = "LATAM will open a direct route between Santiago and Vienna on 12 December with three flights a week."
    story = _article("apa#a-1", dt.date(2026, 11, 20), lead, quote, route)
    got = [s.text for s in headlines([story], 3, as_of=dt.date(2026, 11, 25))]
    assert not any(text.startswith(quote) for text in got)


def test_a_story_s_sentence_opening_on_its_happening_reads_once_the_story_s_lead_is_shown():
    lead = (
        "President Gabriel Boric and Chancellor Karl Nehammer agreed to raise relations between Chile and Austria "
        "to a strategic partnership during talks at the Federal Chancellery in Vienna on Monday."
    )
    talks = (
        "After the talks, ministers of the two countries signed seven documents, including: a memorandum on "
        "lithium research; a protocol on the export of Chilean cherries to Austria; an agreement on working "
        "holidays for young people; a memorandum between the two diplomatic academies; a convention on social "
        "security; and a programme of cultural cooperation for 2027-2029."
    )
    story = _article("apa#a-1", dt.date(2026, 9, 29), lead, talks)
    others = [
        "In March 2026 the Austrian Development Bank opened a credit line of EUR 40 million for Chilean cooperatives.",
        "In August 2026 the Austrian company Verbund signed a contract worth EUR 200 million to build a solar "
        "plant in the Atacama.",
        "In May 2024 a Chilean trade mission travelled to Linz and Graz to promote wine and fruit.",
        *_background("Chile", "Austria", "Santiago", "Vienna", "wine"),
    ]
    got = _chosen(story, others, 4, dt.date(2026, 10, 10))  # (the credit line is news too)
    assert lead in got and talks in got


def test_a_line_of_credit_is_a_kind_of_happening_as_a_loan_is():
    value = _valued(dt.date(2026, 10, 16), dt.date(2026, 12, 15))

    credit = "India also announced a line of credit of USD 120 million for irrigation projects in the Ararat valley."
    loan = "India also announced a loan of USD 120 million for irrigation projects in the Ararat valley."
    assert value(credit) == value(loan) > value("India also announced USD 120 million for irrigation projects.")


def test_a_share_price_moving_is_no_headline():
    value = _valued(dt.date(2026, 11, 16), dt.date(2026, 11, 17))

    shares = "Condor's shares rose 6 percent in Sydney on Monday."
    exports = "Condor's exports rose 6 percent in Sydney on Monday."
    assert round(value(exports) - value(shares), 6) == 0.8  # (the background cost)


def test_a_committees_observation_is_a_view_and_the_most_significant_recent_step_a_headline():
    value = _valued(dt.date(2026, 7, 28), dt.date(2026, 10, 22))

    fact = "the Agreement follows the model adopted by the African Union for investment treaties."
    assert round(value(f"The Committee found that {fact}") - value(f"The Committee observed that {fact}"), 6) == 0.8
    step = "step was the signing of the Ghana–Japan Investment Agreement in Accra on 9 December 2025."
    assert value(f"The most significant recent {step}") > value(f"The most debated recent {step}")


def test_the_documents_signed_are_news_beside_relations_raised_to_a_partnership():
    from reportgen.analysis.headlines import _ARRIVAL_OR_UPGRADE, _arrival_and_signings, is_package

    upgrade = (
        "President Marcos and Prime Minister Christopher Luxon agreed in Wellington yesterday to raise relations "
        "between the Philippines and New Zealand to a Comprehensive Partnership."
    )
    signed = (
        "After their talks at the Beehive, the two leaders witnessed the signing of five documents: a joint "
        "statement on the Comprehensive Partnership; a Plan of Action for 2026–2030; and a geothermal memorandum."
    )
    talks = "President Marcos and Prime Minister Christopher Luxon held talks in Wellington yesterday."
    texts = [upgrade, signed, talks]
    packages = [is_package(text) for text in texts]
    news = [_ARRIVAL_OR_UPGRADE.search(text) is not None for text in texts]
    assert packages == [False, True, False]
    assert _arrival_and_signings(packages, news, 0, 1) and _arrival_and_signings(packages, news, 1, 0)
    assert not _arrival_and_signings(packages, news, 2, 1)  # (talks and their signings: one happening)


def test_a_package_of_money_is_a_kind_of_happening():
    value = _valued(dt.date(2026, 11, 16), dt.date(2026, 11, 17))

    for told in (
        "Luxon announced a package of NZD 25 million for disaster resilience in the Philippines.",
        "Luxon announced a support package for disaster resilience in the Philippines.",
    ):
        plain = told.replace("a package of", "").replace("a support package", "help")
        assert value(told) > value(plain)


def _valued(story_date: dt.date, as_of: dt.date):
    """The executive summary's value of a sentence of a story of `story_date` (not its lead)."""
    from reportgen.analysis.headlines import _value

    story = _article("wire#a-1", story_date, "x")
    return lambda text: _value(text, 0.5, story.date, as_of, False, story)


def test_trade_with_a_partner_in_a_year_is_the_years_trade_total():
    from reportgen.analysis.headlines import _trade_total

    assert _trade_total("For 2025 as a whole, trade with Peru reached EUR 248.6 million.", True)
    assert _trade_total("Malta's trade in goods with Peru in 2025 amounted to EUR 95.1 million.", True)
    assert not _trade_total("Malta's exports to Peru in 2025 amounted to EUR 95.1 million.", True)
    assert not _trade_total("Trade with Peru reached EUR 61.8 million in the first half of 2025.", True)
    # a target beside the year's total does not undo it; a target alone is no total
    assert _trade_total(
        "Having reviewed bilateral trade, which reached EUR 287.4 million last year, they set a target of EUR 500 million by 2030.",
        True,
    )
    assert not _trade_total("The leaders set a target of raising trade to EUR 500 million by 2030.", True)
    # the source named first is no part of the year
    assert _trade_total(
        "According to the Bank's note for the second quarter, trade with Peru reached EUR 61.3 million in 2025.", True
    )


def test_a_figure_put_right_without_the_word_corrected_replaces_the_old_one():
    from reportgen.analysis.headlines import _TURN

    final = (
        "According to final data published today, Malta's trade with Peru in 2025 amounted to EUR 95.1 million, "
        "not EUR 93.2 million as stated in the first estimate of February."
    )
    assert _superseded([final]) == {"93.2"}
    assert _TURN.search(final)  # a correction is news of its own


def test_a_figures_year_is_not_the_year_it_is_compared_with():
    from reportgen.analysis.headlines import _figure_years

    def years(text: str) -> list[int]:
        return [start.year for start, _ in _figure_years(text)]

    assert years(
        "Trade totalled USD 479.2 million between January and September 2026, up 6.8 percent on the same nine "
        "months of 2025."
    ) == [2026]
    assert years("Trade reached EUR 932 million in 2025, compared with EUR 907 million in 2024.") == [2025]
    assert years("In 2024 trade fell, as it had in 2023.") == [2024, 2023]


def test_a_releases_opening_figure_leads_its_story_not_the_part_of_it_told_next():
    opening = (
        "Malta's trade in goods with Peru totalled EUR 50.6 million in the first half of 2026, 9.1 percent more "
        "than a year earlier, the National Statistics Office said on Thursday."
    )
    part = (
        "Imports from Peru, led by coffee, copper and grapes, amounted to EUR 43.1 million, while Maltese "
        "exports reached EUR 7.5 million."
    )
    story = _article("nso#a-1", dt.date(2026, 9, 10), opening, part)
    assert [s.text for s in headlines([story], 1, as_of=dt.date(2026, 11, 24))] == [opening]


def test_a_construction_decided_a_treaty_convention_and_a_consulate_reopening_are_kinds_of_happening():
    value = _valued(dt.date(2026, 9, 15), dt.date(2026, 12, 10))

    decided = "The board of Ayr Mining has approved the construction of the Tala copper project in Zambia."
    assert value(decided) > value(decided.replace("the construction of", "a study of"))
    treaty = "The double taxation convention between Malta and Peru entered into force on 7 October."
    fair = "The annual convention of the Malta Mining Association opened on 7 October."
    assert value(treaty) - value(treaty.replace("double taxation convention", "text")) == 0.75
    assert value(fair) == value(fair.replace("convention", "gathering"))
    reopened = "Malta's honorary consulate in Lima reopened its doors six years after it closed."
    assert value(reopened) > value(reopened.replace("consulate", "bakery"))
    to_come = "Malta will open a consulate general in Cusco in 2027, its first mission outside Lima."
    assert value(to_come) > value(to_come.replace("a consulate general", "a bakery"))


def test_a_storys_detail_on_the_balance_waits_for_its_lead():
    lead = "Ayr Mining Inc. today announced that its board has approved the construction of the Tala copper project."
    detail = "The balance will be funded from cash on hand and a copper stream agreement of USD 100 million signed on 14 September."
    story = _article("ayr#a-1", dt.date(2026, 9, 15), lead, "Tala will produce copper from 2028.", detail)
    assert [s.text for s in headlines([story], 1, as_of=dt.date(2026, 12, 10))] == [lead]


def test_happenings_named_as_what_was_talked_about_are_no_happening_of_the_sentences_own():
    from reportgen.analysis.headlines import _talks_of, _value

    as_of = dt.date(2026, 10, 27)
    story = _article("mfa#a-1", dt.date(2026, 10, 21), "x")
    took_stock = "They took stock of the agreements reached during the September state visit."
    assert _talks_of(took_stock)
    assert _talks_of("Meeting in plenary session on Tuesday, the National Assembly examined one bill.")
    assert _talks_of("Parliament then resumed the debate on the Sugar Cane Industry (Amendment) Bill 2026.")
    assert not _talks_of("Parliament then resumed flights to Nadi.")
    assert not _talks_of("The ministers discussed trade and signed a protocol on papaya.")
    assert not _talks_of("The sides discussed the preparations for the summit, which is scheduled for March.")
    signed = "They signed the agreements prepared during the September state visit."
    assert (
        _value(signed, 0.5, story.date, as_of, False, story) - _value(took_stock, 0.5, story.date, as_of, False, story)
        > 2.0
    )


def test_a_sitting_opened_with_members_present_is_no_headline():
    opened = "The session began shortly after four in the afternoon, with 29 senators present."
    voted = "The Senate approved the air services agreement with Peru by 25 votes to 4."
    story = _article("senate#a-1", dt.date(2026, 11, 12), opened, voted)
    assert [s.text for s in headlines([story], 2, as_of=dt.date(2026, 12, 1))] == [voted]


def test_a_board_resolving_to_build_a_plant_decides_an_investment():
    from reportgen.analysis.headlines import _value

    as_of = dt.date(2026, 10, 27)
    story = _article("ayr#a-1", dt.date(2026, 7, 22), "x")
    decided = "Ayr Mining announces that its board resolved on 21 July 2026 to build a copper smelter in Zambia."
    studied = decided.replace("to build a copper smelter", "to study copper markets")
    assert _value(decided, 0.5, story.date, as_of, True, story) > _value(studied, 0.5, story.date, as_of, True, story)


def _visit_of_ruiz(*more: str) -> list[Article]:
    """A month of news from a state visit to Malta, and `more` stories after it."""
    texts = [
        "President Ana Ruiz of Peru arrived in Valletta on Sunday for a three-day state visit, the first ever.",
        "The two presidents signed an agreement on maritime training and a memorandum on tourism on Monday.",
        "Air Malta launched a weekly flight to Lima on 4 October with 180 passengers on board.",
        *more,
    ]
    return [_article(f"mfa#a-{k}", dt.date(2026, 10, k), text) for k, text in enumerate(texts, 1)]


def test_an_automatic_summary_ends_with_the_treaty_the_relation_rests_on(monkeypatch):
    import reportgen.analysis.headlines as module

    stories = _visit_of_ruiz(
        "Malta's trade with Peru reached EUR 48.2 million in 2025, the National Statistics Office said.",
        "The Bank of Valletta opened a representative office in Lima on Thursday.",
        "Peru's Congress ratified the air services agreement with Malta on Wednesday by 98 votes to 3.",
    )
    history = _section(
        "History",
        "The free trade agreement between Malta and Peru was signed in Lima on 4 May 2008 and entered into force on "
        "1 August 2009.",
    )

    def texts() -> str:
        return " ".join(s.text for s in headlines([history, *stories], None, as_of=dt.date(2026, 11, 1)))

    assert "The free trade agreement between Malta and Peru" in texts()
    total = _section(
        "Aid",
        "Total Maltese development assistance to Peru since 1995 amounts to about EUR 40 million, a sum larger than "
        "the cumulative Maltese investment in the country.",
    )
    assert "Total Maltese development assistance to Peru since 1995" in " ".join(
        s.text for s in headlines([total, *stories], None, as_of=dt.date(2026, 11, 1))
    )
    # (the source's own mark on the step the relation turned on)
    step = _section(
        "Development cooperation",
        "The decisive step came in 2009, when the Maltese government named Peru a partner country of its aid.",
    )
    assert "The decisive step came in 2009" in " ".join(
        s.text for s in headlines([step, *stories], None, as_of=dt.date(2026, 11, 1))
    )
    # three of them, each of its own year
    three = _section(
        "History",
        "Malta was the first state to recognise the independence of Peru's new Republic in 1821. Diplomatic relations "
        "were established on 3 March 1975. The free trade agreement between Malta and Peru entered into force on 1 "
        "August 2009.",
    )
    shown = " ".join(s.text for s in headlines([three, *stories], None, as_of=dt.date(2026, 11, 1)))
    assert "first state to recognise" in shown and "Diplomatic relations" in shown and "free trade agreement" in shown
    monkeypatch.setattr(module, "FOUNDATIONS", 0)
    assert "The free trade agreement between Malta and Peru" not in texts()  # (the news alone leaves it out)


def test_a_first_consignment_is_a_kind_of_happening_first_shipments_in_general_are_not():
    value = _valued(dt.date(2026, 11, 18), dt.date(2026, 12, 10))

    first = "The first consignment of Maltese seed potatoes was unloaded at the Port of Callao on Monday."
    assert value(first) > value(first.replace("The first consignment", "A consignment"))
    # a first of its kind is news the source marks, however it tells it ("..., the first consignment of")
    landed = "The crates landed at Callao on Monday, the first consignment of Maltese wine to reach Peru."
    assert value(landed) - value(landed.replace("the first consignment of", "a consignment of")) > 1.0
    general = "Talks are expected to end in 2026, which would allow the first shipments to Peruvian growers."
    assert value(general) == value(general.replace("the first shipments", "sales"))


def test_what_a_meeting_was_for_and_a_milestone_naming_nothing_earn_nothing():
    value = _valued(dt.date(2026, 11, 12), dt.date(2026, 12, 10))

    met = "The Minister received the Ambassador of Malta on Thursday to review the follow-up to the state visit."
    assert value(met) == value(met.replace("the state visit", "the weather"))
    vague = "For the 340 families of the cooperative, this week brought a milestone."
    assert value(vague) == value(vague.replace("a milestone", "a change"))
    named = "The milestone was the signing of the Malta–Peru Investment Agreement in Lima."
    assert value(named) > value(named.replace("milestone", "change"))


def test_a_disclosures_field_is_no_headline_and_a_text_recalled_as_background_earns_nothing():
    from reportgen.analysis.headlines import _reportable

    assert not _reportable("Financing: 40 percent from equity and 60 percent from bank loans.")
    assert _reportable("Financing was agreed with two banks: 40 percent from equity and 60 percent from loans.")
    value = _valued(dt.date(2026, 9, 30), dt.date(2026, 10, 27))
    sent = (
        "The four-tonne air shipment was sent by a cooperative from Gozo under the phytosanitary protocol that the "
        "two governments signed in Lima on 15 September during the state visit."
    )
    assert value(sent) == value(sent.replace("the phytosanitary protocol", "the plan"))


def test_a_package_signed_comes_with_the_sentences_that_name_what_was_signed():
    package = "In Beijing on Tuesday he held talks with Premier Li Qiang, after which four agreements were signed."
    include = "They include an Economic and Technical Cooperation Agreement with a grant of RMB 200 million."
    other = "The other documents cover higher education and the donation of two fisheries patrol vessels."
    after = "Xi Jinping received the Prime Minister the following day at the Great Hall of the People."
    story = _article("fiji#a-1", dt.date(2026, 11, 25), package, include, other, after)
    shown = [s.text for s in headlines([story], 2, as_of=dt.date(2026, 12, 10))]
    assert f"{package} {include} {other}" in shown
    assert include not in shown and other not in shown


def test_a_visit_put_off_without_a_new_date_is_overtaken_once_it_is_held():
    from reportgen.analysis import headlines as h
    from reportgen.analysis.chronology import called_off, put_off_to_a_date

    paragraph = Paragraph("a.p1", "x", Location("a.txt", 1))
    texts = [
        "The official visit to Bhutan of the Prime Minister of Thailand, Anan Sukprasert, which had been scheduled "
        "for 28 to 30 July 2026, has been postponed, and new dates will be agreed through diplomatic channels.",
        "Prime Minister Anan Sukprasert of Thailand left Paro this morning at the end of a three-day official visit.",
        "The visit of the Thai Foreign Minister, set for 2 June, was postponed to 14 September.",
        "Bhutan opened an embassy in Bangkok in 1997.",
    ]
    pool = [(h.Candidate(t, frozenset(), k, 0, 0, f"a{k}", paragraph, 0), "") for k, t in enumerate(texts)]
    spans = [
        ((dt.date(2026, 7, 28), dt.date(2026, 7, 30)),),
        ((dt.date(2026, 9, 10), dt.date(2026, 9, 10)),),
        ((dt.date(2026, 6, 2), dt.date(2026, 6, 2)),),
        ((dt.date(1997, 1, 1), dt.date(1997, 12, 31)),),
    ]
    put_off = [called_off(t) and not put_off_to_a_date(t) for t in texts]
    assert put_off == [True, False, False, False]  # (the third names the date it now stands at)
    assert h._carried_out(pool, spans, put_off, later=True) == [0]
    # held more than half a year after its first date: another visit
    late = [spans[0], ((dt.date(2027, 3, 10), dt.date(2027, 3, 10)),), *spans[2:]]
    assert h._carried_out(pool, late, put_off, later=True) == []


def test_a_wrong_figure_in_any_currency_is_superseded():
    corrected = (
        "The department also corrected its figure for imports in the first half of the year to Nu 3.87 billion, "
        "from the Nu 3.92 billion published in July."
    )
    assert _superseded([corrected]) == {"3.92"}
    assert _superseded([corrected.replace("Nu ", "R$ ")]) == {"3.92"}


def test_a_study_presented_is_news_whatever_it_guesses_and_a_first_forum_is_a_happening():
    from reportgen.analysis import headlines as h

    study = (
        "A feasibility study presented in Georgetown on Wednesday concluded that a transmission line would be "
        "technically viable and could be built for about US$1.1 billion."
    )
    assert _reportable(study)
    assert not _reportable("Officials said the line could be built for about US$1.1 billion.")
    forum = "Some 180 bankers took part in the first Cabo Verde–Luxembourg Sustainable Finance Forum, held in Praia."
    assert [m.group() for m in h._HAPPENING.finditer(forum)] == ["Cabo Verde–Luxembourg Sustainable Finance Forum"]
    assert not list(h._HAPPENING.finditer(forum.replace("the first", "the annual")))


def test_a_signing_disclosed_a_day_after_the_story_of_it_is_one_happening_and_a_national_day_reception_routine():
    from reportgen.analysis.headlines import _ROUTINE, _one_signing_told_twice
    from reportgen.analysis.summarise import Candidate
    from reportgen.corpus import Location, Paragraph

    disclosure = "Arabian Salt and Minerals Company announces the signing of a concession agreement with Djibouti."
    story = "The Minister and the chief executive of Arabian Salt and Minerals Company on Tuesday signed a concession."
    opened = "The Minister and the chief executive of Arabian Salt and Minerals Company opened a plant on Tuesday."
    paragraph = Paragraph("x.p1", disclosure, Location("x.txt", 1))
    cands = [
        Candidate(text, frozenset(), k, 0, 0, "x", paragraph, 0) for k, text in enumerate((disclosure, story, opened))
    ]
    names = [frozenset({"arabian", "salt", "minerals"})] * 3
    day = dt.date(2026, 10, 20)
    spans = [((day + dt.timedelta(days=1),) * 2,), ((day, day),), ((day, day),)]
    kinds = [None, None, None]
    assert _one_signing_told_twice(kinds, cands, names, spans, 0, 1)
    assert not _one_signing_told_twice(kinds, cands, names, spans, 0, 2)  # an opening is another happening
    far = [spans[0], ((day - dt.timedelta(days=9),) * 2,), spans[2]]
    assert not _one_signing_told_twice([None] * 3, cands, names, far, 0, 1)
    assert _ROUTINE.search("The Embassy held a reception at the Kempinski hotel to celebrate the 96th National Day.")


def test_where_the_relation_began_is_a_foundation_of_it():
    from reportgen.analysis.headlines import _FOUNDATION

    assert _FOUNDATION.search(
        "Diplomatic relations between the Kingdom of Swaziland and the Republic of China were established on "
        "6 September 1968, the day the Kingdom gained independence."
    )
    assert _FOUNDATION.search("Türkiye and Montenegro established diplomatic relations on 3 July 2006.")
    assert not _FOUNDATION.search("The two ministers discussed diplomatic relations in Podgorica on 3 July.")
    # the treaty the relation is built on
    assert _FOUNDATION.search("The Treaty of Friendship and Cooperation was signed in Riga on 12 May 1995.")
    assert _FOUNDATION.search("The Basic Treaty between the two states was signed in Bonn in 1972.")
    assert not _FOUNDATION.search("The Treaty of Friendship was discussed by the two ministers in Riga on 12 May 1995.")
    # ... or a named treaty the two signed, whatever it is on
    assert _FOUNDATION.search("The Treaty on the Orange–Senqu River Basin was signed in Windhoek on 3 November 2000.")
    assert not _FOUNDATION.search("A treaty on water sharing was signed in 2000.")
    # where the other party began: its independence, and who recognised it first
    assert _FOUNDATION.search("Namibia became independent on 21 March 1990, and relations with Peru followed.")
    assert _FOUNDATION.search("Peru was the first country to recognise the independence of Namibia, in March 1990.")
    assert _FOUNDATION.search("Diplomatic relations with Peru were established on 21 March 1990.")
    assert not _FOUNDATION.search("Peru was the first country to send a trade mission to Namibia.")
    # the first of a kind of state, however it is qualified
    assert _FOUNDATION.search(
        "On 9 May 1990 Peru became the first Latin American country to recognise the independence of Namibia."
    )
    assert _FOUNDATION.search("Malta was the first European state to recognise Peru's new government in 1990.")
    assert not _FOUNDATION.search("Peru was the first Latin American country to open a fishery office in Namibia.")
    # where the source says the relation began
    assert _FOUNDATION.search("Malta's engagement in Peru began with the visit of President Borg to Lima in May 1998.")
    assert _FOUNDATION.search("Modern relations began in 1975, when the two countries exchanged ambassadors.")
    assert not _FOUNDATION.search("The talks began with a minute of silence for the victims of the earthquake.")
    assert not _FOUNDATION.search("Cooperation began to grow after 2010.")


def test_a_treaty_whose_entry_into_force_is_told_after_its_signing_is_a_foundation_shown_with_it():
    stories = _visit_of_ruiz(
        "Malta's trade with Peru reached EUR 48.2 million in 2025, the National Statistics Office said.",
        "The Bank of Valletta opened a representative office in Lima on Thursday.",
    )
    history = _section(
        "History",
        "The investment protection agreement between Malta and Peru was signed in Lima on 4 May 2008. The agreement "
        "entered into force on 1 August 2009.",
    )
    shown = [s.text for s in headlines([history, *stories], None, as_of=dt.date(2026, 11, 1))]
    assert (
        "The investment protection agreement between Malta and Peru was signed in Lima on 4 May 2008. The agreement "
        "entered into force on 1 August 2009." in shown
    )


def test_a_ratification_that_recalls_its_signing_is_another_deed_than_a_signing():
    from types import SimpleNamespace

    from reportgen.analysis.headlines import _other_deeds

    ratified = SimpleNamespace(
        text="The Parliament on Friday ratified the agreement on a work and holiday programme, signed in Lima on "
        "15 April, the agency reports."
    )
    signed = SimpleNamespace(text="The USD 52 million contract was signed in Lima in April at the business forum.")
    assert _other_deeds([None, None], [ratified, signed], [], 0, 1)
    also_signed = SimpleNamespace(text="The two ministers signed the agreement in Lima on 15 April.")
    assert not _other_deeds([None, None], [also_signed, signed], [], 0, 1)


def test_a_plan_to_sign_is_no_news_once_a_story_tells_it_signed():
    from reportgen.analysis.chronology import build_chronology

    plan = _article(
        "vn#a-1",
        dt.date(2026, 8, 14),
        "The Ministry of Agriculture held a ceremony in Hanoi on Thursday to close the sixth phase of the rice project.",
        "A ministry delegation will travel to Havana in November to sign an agreement on a joint rice seed company.",
    )
    done = _article(
        "vn#a-2",
        dt.date(2026, 11, 19),
        "Vietnamese and Cuban agricultural enterprises on Tuesday signed an agreement to establish a joint venture "
        "producing certified rice seed in Los Palacios, with a registered capital of USD 12 million.",
    )
    items = [plan, done]
    events = build_chronology(items, as_of=dt.date(2026, 11, 19))
    got = [s.text for s in headlines(items, 3, as_of=dt.date(2026, 11, 19), events=events)]
    assert got == [done.paragraphs[0].text, plan.paragraphs[0].text]


def test_a_month_a_sentence_names_dates_it_when_its_row_is_another_s():
    from reportgen.analysis.headlines import _spans
    from reportgen.analysis.summarise import Candidate

    feature = _article(
        "cu#a-1",
        dt.date(2026, 10, 9),
        "In July the first ship carrying rice donated by Vietnamese citizens reached Havana.",
    )
    paragraph = feature.paragraphs[0]
    candidate = Candidate(paragraph.text, frozenset(), 0, 0, 0, feature.id, paragraph, 0)
    # (its row merged into "... arrived in the port of Havana on 19 July": no event of its own)
    assert _spans([(candidate, "")], [feature], []) == [
        ((dt.date(2026, 7, 1), dt.date(2026, 7, 31)), (dt.date(2026, 10, 9), dt.date(2026, 10, 9)))
    ]


def test_a_figure_of_an_earlier_year_is_news_beside_a_storys_deal():
    fair = _article(
        "vn#a-4",
        dt.date(2026, 11, 4),
        "A Vietnamese national pavilion with 38 companies opened on Monday at the Havana International Fair.",
        "Vietnamese enterprises signed contracts worth USD 46 million on the opening day.",
        "Bilateral trade reached USD 318 million in 2025, according to Vietnamese customs data.",
    )
    got = [s.text for s in headlines([fair], 3, as_of=dt.date(2026, 11, 19))]
    assert fair.paragraphs[2].text in got


def test_a_relation_s_sum_so_far_and_a_corrected_figure_are_news_beside_a_story_s_own_figures():
    fund = _article(
        "kg#a-1",
        dt.date(2026, 12, 7),
        "The parliament on Thursday ratified a loan agreement with the Kuwait Fund for the water supply of Karakol.",
        "The loan of KWD 8.5 million, about USD 27.7 million, was signed in Kuwait City in June.",
        "Since 1998 the Kuwait Fund has financed 15 projects in Kyrgyzstan worth about KWD 96 million.",
    )
    got = [s.text for s in headlines([fund], 3, as_of=dt.date(2026, 12, 10))]
    assert fund.paragraphs[2].text in got
    release = _article(
        "ci#a-1",
        dt.date(2026, 12, 8),
        "Trade between Cote d'Ivoire and Canada reached XOF 198.4 billion between January and September 2026, "
        "up 6.9 percent year on year, according to the quarterly bulletin of the customs.",
        "In the same bulletin, customs revised Ivorian exports to Canada for the first half of the year to "
        "XOF 61.8 billion, from XOF 58.2 billion.",
    )
    got = [s.text for s in headlines([release], 2, as_of=dt.date(2026, 12, 10))]
    assert got == [release.paragraphs[0].text, release.paragraphs[1].text]


def test_a_session_moved_without_the_word_is_a_turn_of_events():
    story = _article(
        "vn#a-5",
        dt.date(2026, 11, 10),
        "Deputy Minister Nguyen Minh Chau on Tuesday received a delegation of the Cuban Ministry of Foreign Trade.",
        "The two sides reviewed the agreements reached at the 41st session of the Intergovernmental Committee.",
        "They agreed that the 42nd session of the committee, originally planned for October in Havana, will take "
        "place there in the first quarter of 2027.",
        "The Cuban guest thanked Viet Nam for its steadfast solidarity and support.",
    )
    got = [s.text for s in headlines([story], 2, as_of=dt.date(2026, 11, 19))]
    assert got[0] == story.paragraphs[0].text
    assert story.paragraphs[2].text in got[1]


def test_a_happening_is_told_by_the_lead_of_its_own_story_not_by_another_s_passing_mention():
    communique = _article(
        "mfa#a-1",
        dt.date(2026, 10, 23),
        "President José Ramos-Horta is paying a state visit to Beijing from 18 to 23 October 2026 at the invitation "
        "of President Xi Jinping.",
        "On 20 October the two heads of state held talks in the Great Hall of the People.",
    )
    flights = _article(
        "tatoli#a-2",
        dt.date(2026, 11, 5),
        "China Southern Airlines opened a weekly direct flight between Guangzhou and Dili on Tuesday.",
        "An air services agreement between the two countries was signed in Beijing during the state visit in October.",
    )
    got = [s.text for s in headlines([communique, flights], 1, as_of=dt.date(2026, 12, 17))]
    assert got == [communique.paragraphs[0].text]


def test_a_papers_account_of_a_visit_yields_to_the_story_of_the_day():
    lead = (
        "Prime Minister Victoire Tomégah Dogbé received the Vice President of Ghana, Jane Opoku-Agyemang, in Lomé on "
        "22 October 2026, the Prime Minister's Office reports."
    )
    story = _article(
        "presidency#a-1",
        dt.date(2026, 10, 23),
        lead,
        "In their presence, the two governments signed an agreement on the joint management of the Mono river basin.",
        "A memorandum on training customs officers was also signed.",
    )
    recount = "In October 2026 Vice President Jane Opoku-Agyemang paid a visit to Lomé."
    paper = [
        "Relations have intensified in recent years.",
        recount,
        "In 2025 the universities of Lomé and Legon signed an agreement on student exchange.",
        "Diplomatic relations were established on 1 March 1961.",
    ]
    for n in (1, 2, 3):
        got = _chosen(story, paper, n, dt.date(2026, 11, 20))
        assert got[0].startswith(lead) and recount not in got


def test_a_figure_told_in_another_language_is_the_same_figure():
    signed = (
        "Le Fonds koweïtien et le gouvernement du Niger ont signé le 22 février 2027 à Niamey un accord de financement "
        "de 38 millions de dollars pour la construction de 25 centres de santé."
    )
    story = dataclasses.replace(_article("fr#a-1", dt.date(2027, 2, 23), signed), language="fr")
    recount = "The Kuwait Fund committed USD 38 million for 25 health centres in February 2027 (Table 2)."
    paper = [
        "Relations have intensified in recent years.",
        recount,
        "Diplomatic relations were established on 1 March 1961.",
        "In 2025 the universities of Niamey and Kuwait signed an agreement on student exchange.",
    ]
    got = [s.text for s in headlines([_section("Aid", *paper), story], 3, as_of=dt.date(2027, 3, 20))]
    assert got[0] == signed and recount not in got
    from reportgen.analysis.headlines import _figures

    assert _figures("Товарооборот составил 312,6 млн долларов.") == _figures("Trade reached USD 312.6 million.")
    assert _figures("منحة بقيمة 150 مليون دولار") == _figures("a grant of USD 150 million")


def test_a_story_headed_by_a_plan_is_led_by_the_plan_not_the_meeting_that_settled_it():
    from reportgen.analysis.chronology import build_chronology

    courtesy = (
        "Niger's Minister of Foreign Affairs received Kuwait's Ambassador in Niamey on Wednesday to follow up on the "
        "outcomes of the President's visit to Kuwait."
    )
    plan = (
        "The two sides agreed that the first session of the Niger–Kuwait Joint Committee will be held in Niamey in "
        "October 2027."
    )
    story = _article("feed#a-1", dt.date(2027, 4, 29), courtesy, plan, "Observers see the committee as a test.")
    story = dataclasses.replace(story, title="Niger and Kuwait to hold first Joint Committee session in October")
    flights = _article(
        "feed#a-2", dt.date(2027, 3, 2), "Kuwait Airways launched two weekly flights to Niamey on Monday."
    )
    items = [dataclasses.replace(story, title_derived=False), dataclasses.replace(flights, title_derived=False)]
    as_of = dt.date(2027, 5, 10)
    got = [s.text for s in headlines(items, 1, as_of=as_of, events=build_chronology(items, as_of=as_of))]
    assert got == [f"{courtesy} {plan}"]  # (the plan's "The two sides" reads on its sentence before)


def test_a_belief_about_happenings_is_a_view_and_a_courtesy_call_is_talk():
    from reportgen.analysis.eventness import only_talk

    assert only_talk("The minister paid a courtesy call on President Christodoulides at the Presidential Palace.")
    story = _article(
        "cna#a-1",
        dt.date(2026, 10, 8),
        "Sixty-five years after the two countries established relations, the Ambassador, Christina Solomou, "
        "believes the maritime agreement has opened a new chapter between the two neighbours.",
        "The Statistical Service reported that trade reached EUR 412.7 million in 2025.",
    )
    got = [s.text for s in headlines([story], 1, as_of=dt.date(2026, 10, 23))]
    assert got == [story.paragraphs[1].text]


def test_an_amount_a_visit_brought_is_news_beside_the_visit():
    visit = _article(
        "pmo#a-1",
        dt.date(2026, 9, 16),
        "The State Visit of President Prabowo Subianto to Papua New Guinea on 15 and 16 September 2026 opened a new "
        "chapter, the two leaders said in a joint statement.",
        "Bilateral talks between Prime Minister Marape and President Prabowo were held at APEC Haus on 15 September.",
        "President Prabowo announced that Indonesia will provide USD 20 million in development assistance to Papua "
        "New Guinea for health and education.",
    )
    got = [s.text for s in headlines([visit], 2, as_of=dt.date(2026, 10, 1))]
    assert visit.paragraphs[2].text in got, got


def test_a_plan_now_late_is_news_of_its_own_in_its_story():
    story = _article(
        "bbc#a-1",
        dt.date(2026, 5, 12),
        "The third session of the Ruritania–Freedonia Joint Commission closed in Strelsau this evening after two "
        "days of talks.",
        "Foreign Minister Anton Varga and Freedonia's Minister of Trade Lena Kiss co-chaired the meeting.",
        "The rebuilding of the Old Customs House, which Freedonia is paying for, is now expected to be finished in "
        "May 2028, a year later than planned, because its timber arrived late.",
    )
    others = [  # what makes "Ruritania" and "Freedonia" words every candidate uses
        "Ruritania and Freedonia established diplomatic relations in 1994.",
        "Freedonia opened an embassy in Strelsau in 2001.",
        "Ruritania opened an embassy in Freedonia's capital in 2004.",
    ]
    got = [s.text for s in headlines([_section("History", *others), story], 2, as_of=dt.date(2026, 5, 20))]
    assert got == [story.paragraphs[0].text, story.paragraphs[2].text]
    # a deed done late is no turn of events: its lateness is a detail of the deed
    from reportgen.analysis.headlines import _TURN

    assert _TURN.search(story.paragraphs[2].text)
    assert not _TURN.search("The loan agreement was signed a year later than planned because of delays.")


def test_two_deeds_worded_alike_at_different_dates_are_two_happenings():
    approval = _article(
        "nasdaq#a-1",
        dt.date(2026, 3, 10),
        "Baltic Tools AS informs that on 9 March 2026 its Supervisory Board approved an investment of EUR 14.2 "
        "million in a factory in the Navoi free economic zone.",
    )
    opening = _article(
        "cci#a-2",
        dt.date(2026, 10, 16),
        "The Baltic Tools factory in the Navoi free economic zone opened on Thursday.",
    )
    got = [s.text for s in headlines([approval, opening], 2, as_of=dt.date(2026, 11, 1))]
    assert sorted(got) == sorted([approval.paragraphs[0].text, opening.paragraphs[0].text])


def test_a_scene_told_by_its_smell_is_no_lead_and_no_summary_sentence():
    from reportgen.analysis.chronology import happening_sentence
    from reportgen.analysis.scenes import sense_scene
    from reportgen.analysis.summarise import summarise

    story = _article(
        "uni#a-1",
        dt.date(2026, 9, 18),
        "The reading room at Mbweni smelled of fresh varnish and ginger coffee.",
        "Freedonia's Ambassador, Omar Haddad, on Thursday handed over to the university an endowment of EUR "
        "300,000 for a Chair of Freedonian Studies.",
    )
    assert sense_scene(story.paragraphs[0].text)
    assert sense_scene("The old market hall echoed with hammering.")
    assert not sense_scene("The Minister smelled a trap and left the talks.")
    assert happening_sentence(story) == story.paragraphs[1].text
    assert [s.text for s in summarise([story], 2)] == [story.paragraphs[1].text]
    assert [s.text for s in headlines([story], 1, as_of=dt.date(2026, 10, 1))] == [story.paragraphs[1].text]


def test_a_writer_glad_of_news_named_in_full_frames_the_news():
    assert _reportable(
        "I was particularly pleased that our hosts confirmed that President Alar Karis will pay a state visit to "
        "Kenya next spring."
    )
    assert not _reportable("We were pleased to welcome so many friends at the reception.")
    assert not _reportable("I was glad that so many of you came.")


def test_a_company_report_naming_its_subsidiary_is_reportable_but_a_bare_first_person_is_not():
    assert _reportable(
        "Our Kenyan subsidiary, Kiwi Dairy Kenya Ltd, exported 3,400 tonnes of milk powder to Japan in 2025."
    )
    assert not _reportable("Our partners confirmed the dates of the visit.")
    assert not _reportable("We visited eleven villages in the north of the country.")


def test_a_sanction_is_a_turn_of_the_relation_worth_more_than_a_plain_measure():
    from reportgen.analysis.headlines import _value

    section = _section("Politics", "x")

    def value(deed: str) -> float:
        text = f"In December 2024 Latvia {deed} seven Moldovan officials over the handling of the protests."
        return _value(text, 0.5, dt.date(2024, 12, 1), dt.date(2026, 12, 1), False, section)

    assert value("barred entry to") > value("sent letters to")


def test_a_signing_postponed_in_the_story_of_the_signing_is_no_news_beside_it():
    signed = _article(
        "mfa#a-1",
        dt.date(2026, 11, 11),
        "Estonia and Chile signed a EUR 20 million credit agreement for a desalination plant in Antofagasta on "
        "Tuesday, the ministry reports.",
        "The signing, first planned for the commission's session in September, was postponed after a cabinet "
        "reshuffle in Santiago.",
    )
    others = [
        _article(
            "uni#a-1", dt.date(2026, 10, 3), "The University of Tartu opened a centre for Chilean studies on Friday."
        ),
        _article(
            "trade#a-1", dt.date(2026, 10, 6), "A Chilean trade mission of 30 wine exporters visited Tallinn on Monday."
        ),
    ]
    got = [s.text for s in headlines([signed, *others], 3, as_of=dt.date(2026, 12, 1))]
    assert signed.paragraphs[0].text in got
    assert not [text for text in got if "postponed" in text]


def test_a_deed_of_the_leads_people_named_by_their_part_follows_the_lead_alone():
    lead = (
        "Prime Minister of Fiji Sitiveni Rabuka held talks with President Gabriel Boric at La Moneda in Santiago on "
        "2 November 2026, on the first official visit by a Fijian head of government to Chile, the Presidency reports."
    )
    signed = "The two leaders signed a Fiji–Chile Ocean Partnership covering fisheries, marine pollution and shipping."
    visit = _article("cl#a-1", dt.date(2026, 11, 4), lead, signed, "The weather in Santiago was mild.")
    other = _article(
        "fj#a-1",
        dt.date(2026, 10, 20),
        "Fiji Airways opened a weekly service between Nadi and Santiago on 18 October 2026, the airline said.",
    )
    got = [s.text for s in headlines([visit, other], 3, as_of=dt.date(2026, 11, 25))]
    # The lead once, then the signing alone (not the lead again before it).
    assert got.count(lead) == 1 and signed in got and not any(s.endswith(signed) and s != signed for s in got)
    # Without room for its lead, the signing comes only with it, as a pair.
    got = [s.text for s in headlines([visit], 1, as_of=dt.date(2026, 11, 25))]
    assert signed not in got


def test_a_deed_of_people_named_after_the_lead_is_told_with_the_lead():
    # The leaders are named in the sentence after the lead, not in the lead itself; their signing is
    # the visit's news, read after the lead ("The two leaders" are then the visitor and his host).
    lead = "Prime Minister of Fiji Sitiveni Rabuka paid an official visit to Chile on 2 and 3 November 2026, his office reports."
    talks = "On Monday, Prime Minister Rabuka held talks with President Gabriel Boric at La Moneda."
    signed = (
        "The two leaders signed a joint statement on a comprehensive partnership between Fiji and Chile, the first "
        "document of its kind in the history of their relations."
    )
    others = (
        "Ministers of the two countries signed seven other documents, among them an agreement on road transport "
        "and a memorandum on pharmaceuticals."
    )
    church = "On Tuesday, the Prime Minister visited the cathedral of Santiago and met the Fijian community."
    visit = _article("cl#a-1", dt.date(2026, 11, 4), lead, talks, signed, others, church)
    more = [
        _article(
            "fj#a-1",
            dt.date(2026, 10, 20),
            "Fiji Airways opened a weekly service between Nadi and Santiago on 18 October 2026, the airline said.",
        ),
        _article(
            "st#a-1",
            dt.date(2026, 11, 12),
            "Trade between Fiji and Chile reached USD 73 million in January–October 2026, 13 percent more than in "
            "the same period of 2025, the statistics office reports.",
        ),
        _article(
            "cm#a-1",
            dt.date(2026, 11, 15),
            "The Fiji–Chile Joint Commission concluded its third session in Suva on Friday with the signing of a "
            "protocol on fisheries and trade.",
        ),
        _article(
            "en#a-1",
            dt.date(2026, 9, 24),
            "Fiji and Chile signed a new contract on the supply of Chilean copper cable in Suva on Tuesday, the "
            "energy ministry reports.",
        ),
    ]
    got = [s.text for s in headlines([visit, *more], 6, as_of=dt.date(2026, 11, 25))]
    assert sum(signed in s for s in got) == 1 and sum(lead in s for s in got) == 1


def test_people_named_by_their_part_come_with_the_sentence_that_names_them_a_sentence_back():
    met = "Consul General of Fiji in Valparaíso Jone Waqa met Governor of the Valparaíso Region Rodrigo Mundaca on Thursday."
    talked = "They discussed port fees, the supply of Chilean timber and cooperation between the two ports."
    agreed = "The two officials agreed to open a joint business centre in Valparaíso in March."
    story = _article("feed#a-1", dt.date(2026, 12, 24), met, talked, agreed)
    got = [s.text for s in headlines([story], 2, as_of=dt.date(2027, 1, 10))]
    # never "The two officials agreed ..." alone, a riddle; the sentence between is left out
    assert f"{met} {agreed}" in got and agreed not in got and not any(talked in s for s in got)


def test_a_session_chaired_and_a_figure_read_on_the_lead_are_told_with_it():
    lead = "Secretary of Foreign Affairs Elena Cárdenas began a working visit to Chile in Santiago on Monday, the Secretariat reports."
    chaired = (
        "On Tuesday she and her Chilean counterpart co-chaired the fifth meeting of the Mexico–Chile Binational "
        "Commission, five months after the meeting had been postponed."
    )
    visit = _article("sre#a-1", dt.date(2026, 11, 5), lead, chaired)
    year = "Trade between Mexico and Chile reached USD 96.8 million in 2025, according to final figures of the Statistics Agency."
    months = (
        "In January–October 2026 it amounted to USD 84.1 million, 11 percent more than in the same months of last year."
    )
    trade = _article("cci#a-1", dt.date(2026, 11, 20), year, months)
    got = [s.text for s in headlines([visit, trade], 2, as_of=dt.date(2026, 11, 25))]
    # (who "she" is and what "it" is, the sentence each is told with says; a meeting held after its
    # postponement is no meeting called off)
    assert sorted(got) == sorted([f"{year} {months}", f"{lead} {chaired}"])


def test_two_totals_of_different_years_worded_alike_are_two_happenings():
    latest = _article(
        "feed#a-1",
        dt.date(2026, 11, 20),
        "Trade between Chile and Fiji reached USD 73 million in January–October 2026, 13 percent more than in "
        "the same period of 2025, the National Statistics Institute reports.",
    )
    year = _article(
        "stat#a-1",
        dt.date(2026, 2, 11),
        "Trade between Chile and Fiji reached USD 81 million in 2025, 11 percent more than in 2024, the "
        "National Statistics Institute reports.",
    )
    got = [s.text for s in headlines([latest, year], 3, as_of=dt.date(2026, 11, 25))]
    assert got == [latest.paragraphs[0].text, year.paragraphs[0].text]
    # the same total told twice is still one
    again = _article("feed#a-2", dt.date(2026, 11, 21), latest.paragraphs[0].text.replace(", the National", ", the"))
    got = [s.text for s in headlines([latest, again], 3, as_of=dt.date(2026, 11, 25))]
    assert len(got) == 1


def test_two_texts_named_in_one_signing_are_a_package():
    from reportgen.analysis.headlines import WEIGHTS

    value = _valued(dt.date(2026, 7, 9), dt.date(2026, 10, 21))
    two = (
        "In the presence of the two presidents, ministers signed a joint declaration on a strategic partnership and "
        "an agreement on the protection of cultural heritage."
    )
    one = "In the presence of the two presidents, ministers signed a joint declaration on a strategic partnership."
    assert round(value(two) - value(one), 6) == WEIGHTS["package"]
    # a text signed and another deed joined by "and" are no package
    other = "Ministers signed a joint declaration on a strategic partnership and a visit to the museum followed."
    assert round(value(other) - value(one.replace("In the presence of the two presidents, m", "M")), 6) == 0
    # the signing of two texts, witnessed
    witnessed = (
        "The two presidents witnessed the signing of a memorandum of understanding on solar energy and of an "
        "agreement on cooperation in education."
    )
    witnessed_one = "The two presidents witnessed the signing of a memorandum of understanding on solar energy."
    from reportgen.analysis.headlines import _TWO_TEXTS_SIGNED

    assert _TWO_TEXTS_SIGNED.search(witnessed) and not _TWO_TEXTS_SIGNED.search(witnessed_one)
    assert value(witnessed) - value(witnessed_one) > WEIGHTS["package"]


def test_a_sentence_opening_with_a_possessive_or_a_bare_shipment_points_back():
    from reportgen.analysis.antecedents import needs_antecedent

    # which body's meeting, whose shipments: the sentence before says
    assert needs_antecedent("Its fourth session, held in Nairobi in May 2025, drafted the visit's documents.")
    assert needs_antecedent("Their second round of talks ended without a text.")
    assert needs_antecedent("The first shipments are expected in March 2027.")
    assert not needs_antecedent("His Majesty the King opened the new terminal on 3 May.")
    assert not needs_antecedent("The first shipments of Chilean cherries to Kenya arrived in Mombasa on 3 May.")


def test_relations_raised_to_a_partnership_are_worth_a_turn_of_the_relation():
    from reportgen.analysis.headlines import WEIGHTS

    value = _valued(dt.date(2026, 7, 9), dt.date(2026, 10, 21))
    raised = (
        "After the talks, the two leaders adopted a joint statement elevating relations to a strategic partnership."
    )
    plain = "After the talks, the two leaders adopted a joint statement on a strategic partnership."
    assert round(value(raised) - value(plain), 6) == WEIGHTS["turn"]
    agreed = "The two presidents agreed to upgrade bilateral relations to a comprehensive partnership."
    hoped = "The two presidents hope that the visit could raise bilateral relations to a comprehensive partnership."
    assert value(agreed) - value(hoped) >= WEIGHTS["turn"]


def test_a_possessive_after_a_name_opening_the_sentence_points_at_that_name():
    from reportgen.analysis.antecedents import needs_antecedent

    assert not needs_antecedent("Albania opened its embassy in Seoul in March 2022.")
    assert not needs_antecedent("Fonterra moved its regional office to Nairobi in 2024.")
    assert needs_antecedent("It opened its embassy in Seoul in March 2022.")
    assert needs_antecedent("Two years later they opened an embassy in Seoul.")
    assert needs_antecedent("Following the talks, they signed it.")


def test_an_invitation_accepted_in_a_story_is_a_further_deed_of_it_though_its_visit_is_to_come():
    lead = (
        "President Tomas Varga began a state visit to Uruguay on Tuesday with talks with President Lucia Ortega in "
        "Montevideo, the Presidency reports."
    )
    invited = "Ortega accepted an invitation to visit Budapest in May 2027."
    story = _article("pres#a-1", dt.date(2026, 10, 14), lead, invited)
    events = [_planned(story, 1, dt.date(2027, 5, 1), dt.date(2027, 5, 31), "month", "May 2027", "May 2027")]
    others = [
        _article(
            "feed#a-2",
            dt.date(2026, 9, 2),
            "A Hungarian trade mission visited Montevideo on Monday, the Chamber reports.",
        ),
        _article(
            "feed#a-3",
            dt.date(2026, 8, 5),
            "Uruguay opened an honorary consulate in Debrecen on Friday, the Ministry reports.",
        ),
        _article(
            "feed#a-4",
            dt.date(2026, 7, 5),
            "The first container of Uruguayan beef arrived in Budapest on Friday, the Ministry reports.",
        ),
    ]
    chosen = [s.text for s in headlines([story, *others], 4, as_of=dt.date(2026, 12, 1), events=events)]
    assert chosen[:2] == [lead, invited]
    # an invitation only extended is a plan of the story, a detail beside its lead
    extended = "Varga invited Ortega to visit Budapest in May 2027."
    story = _article("pres#a-1", dt.date(2026, 10, 14), lead, extended)
    events = [_planned(story, 1, dt.date(2027, 5, 1), dt.date(2027, 5, 31), "month", "May 2027", "May 2027")]
    chosen = [s.text for s in headlines([story, *others], 4, as_of=dt.date(2026, 12, 1), events=events)]
    assert extended not in chosen and chosen[0] == lead


def test_a_years_traffic_in_its_own_units_is_worth_a_years_trade_total():
    from reportgen.analysis.headlines import WEIGHTS, _trade_total

    value = _valued(dt.date(2026, 11, 2), dt.date(2026, 12, 1))
    volume = (
        "In 2025 the port of Mombasa handled 3.1 million tonnes of Ugandan transit cargo, 8 percent more than in 2024."
    )
    plain = "In 2025 the port of Mombasa was busy with Ugandan transit cargo, 8 percent more than in 2024."
    assert _trade_total(volume, False)
    assert _trade_total("Last year the terminal handled 48,200 TEU of containers to and from Chile.", False)
    assert not _trade_total("In the first half of 2025 the port handled 1.4 million tonnes of transit cargo.", False)
    assert not _trade_total("The vessel carried 14,000 sheep to Jeddah on Tuesday.", False)
    assert round(value(volume) - value(plain) - WEIGHTS["amount"], 6) == WEIGHTS["total"]


def test_the_first_vessel_of_a_new_service_berthing_is_a_happening_of_its_kind():
    from reportgen.analysis.headlines import WEIGHTS

    value = _valued(dt.date(2026, 7, 14), dt.date(2026, 11, 20))
    berthed = "The first vessel of a new weekly service between Chennai and Rijeka berthed at the port on Sunday."
    moored = "A vessel of the weekly service between Chennai and Rijeka waited at the port on Sunday."
    # a happening of its kind (a first run of a new link) and a deed that settles it (berthed, docked)
    assert round(value(berthed) - value(moored), 6) == WEIGHTS["kind"] * 1.5 / 2 + WEIGHTS["decisive"]


def test_a_partners_rank_stated_of_it_is_worth_a_years_trade_total():
    from reportgen.analysis.headlines import WEIGHTS

    value = _valued(dt.date(2026, 2, 18), dt.date(2026, 11, 20))
    ranked = "Chile was Estonia's second largest trading partner in Latin America in 2025, after Brazil."
    vague = "Chile was one of Estonia's largest trading partners in Latin America in 2025, after Brazil."
    assert round(value(ranked) - value(vague), 6) == WEIGHTS["kind"] * 1.5 / 2 + WEIGHTS["total"]
    sourced = "Tourist arrivals from Chile rose, making it the fifth largest source of visitors to Estonia in 2025."
    assert round(value(sourced) - value(sourced.replace("fifth largest", "a growing")), 6) > WEIGHTS["total"]


def test_a_pronoun_opening_the_sentence_points_back_whatever_names_follow():
    from reportgen.analysis.antecedents import needs_antecedent

    assert needs_antecedent("He outlined Kazakhstan's ambitious plans to boost its exports to Qatar.")
    assert needs_antecedent("She signed the agreement with Ghana on behalf of its government.")
    assert not needs_antecedent("Albania opened its embassy in Seoul in March 2022.")
    assert not needs_antecedent("His Majesty the King opened the new terminal on 3 May.")


def test_the_two_leaders_meeting_under_its_own_name_is_a_kind_of_happening_a_many_leaders_meeting_is_not():
    from reportgen.analysis.headlines import _value

    as_of = dt.date(2026, 11, 20)
    story = _article("mre#a-1", dt.date(2026, 11, 4), "x")
    held = "Prime Minister Luxon and President Noboa held the second Annual Leaders' Dialogue in Quito on Tuesday."
    value = _value(held, 0.5, story.date, as_of, False, story)
    assert value > _value(held.replace("Leaders' Dialogue", "Policy Dialogue"), 0.5, story.date, as_of, False, story)
    many = "Next May, Quito will host the leaders' meeting of the Pacific Alliance, so many presidents will come."
    assert _value(many, 0.5, story.date, as_of, False, story) == _value(
        many.replace("leaders' meeting", "annual gathering"), 0.5, story.date, as_of, False, story
    )


def test_an_automatic_summary_tells_where_the_relation_stands_after_the_news():
    from reportgen.analysis.headlines import _STANDING

    assert _STANDING.search("Peru was Malta's second largest trading partner in Latin America in 2025.")
    assert _STANDING.search("Italy remains the largest donor to Malta, with about EUR 40 million a year.")
    assert _STANDING.search("The port handles about 70 percent of Malta's foreign trade.")
    assert _STANDING.search("The Maltese community of Peru numbers about 3,000 people.")
    assert not _STANDING.search("Peru is one of the largest trading partners of Malta.")
    # a census's count of the other country's people
    assert _STANDING.search("About 12,400 Peruvians reported Maltese origin in the 2021 census, most of them in Lima.")
    assert _STANDING.search("Some 2.1 million Argentines declare Italian descent.")
    assert not _STANDING.search("About 400 Peruvians attended the concert in Lima.")
    assert _STANDING.search("About 9,000 people of Maltese origin live in Peru, most of them in Lima.")
    assert not _STANDING.search("The largest deal signed at the forum was worth EUR 20 million.")
    trade = (
        "Malta's trade with Peru reached EUR 48.2 million in 2025, the National Statistics Office said. Peru was "
        "Malta's second largest trading partner in Latin America, after Brazil."
    )
    shown = [s.text for s in headlines(_visit_of_ruiz(trade), None, as_of=dt.date(2026, 11, 1))]
    assert "Peru was Malta's second largest trading partner in Latin America, after Brazil." in shown


def test_a_lead_its_story_marks_as_the_first_visit_at_its_level_is_the_headline():
    lead = (
        "Norway's Minister of Foreign Affairs Espen Barth Eide held talks with Ecuador's Foreign Minister in Quito on "
        "Tuesday, El Universo reports."
    )
    office = _article(
        "eu#a-2",
        dt.date(2026, 8, 22),
        "The Ecuadorian flower exporter Rosaprima opened a sales office in Oslo on Thursday, the company reports.",
    )

    def headline(after_lead: str) -> str:
        talks = _article("eu#a-1", dt.date(2026, 8, 20), lead, after_lead)
        return headlines([talks, office], 1, as_of=dt.date(2026, 9, 1))[0].text

    assert headline("It was the first visit by a Norwegian foreign minister to Ecuador.") == lead
    assert headline("Eide said the two countries share an interest in a healthy ocean.") != lead


def test_a_package_counts_its_texts_however_they_are_described():
    from reportgen.analysis.headlines import is_package

    assert is_package("The delegations then signed eleven intergovernmental and interagency documents.")


def test_a_plan_someone_said_is_worth_the_plan_itself():
    from reportgen.analysis.headlines import _value

    story = _article("ata#a-1", dt.date(2026, 11, 20), "x")
    told = "The ambassador said that the Korean embassy in Tirana will open in September 2027."
    plain = "The Korean embassy in Tirana will open in September 2027."

    def value(text: str, planned: bool) -> float:
        return _value(text, 0.5, dt.date(2027, 9, 1), dt.date(2026, 12, 1), False, story, "", planned)

    assert value(told, planned=True) == value(plain, planned=True)
    # (a view someone said is not: "The ambassador said that relations are excellent")
    assert value(told, planned=False) < value(plain, planned=False)


def test_a_chosen_story_lead_is_shown_with_its_best_further_deed():
    lead = (
        "Prime Minister Robert Abela paid an official visit to Tunisia on 14 and 15 September 2026, the Office of "
        "the Prime Minister reports."
    )
    deed = "A memorandum on cooperation in civil protection was signed by the two interior ministers."
    office = _article(
        "doi#a-3",
        dt.date(2026, 10, 9),
        "Malta Enterprise opened a representative office in Tunis on 8 October, the ministry reports.",
    )

    def bullets(*further: str) -> list[str]:
        visit = _article("opm#a-1", dt.date(2026, 9, 16), lead, *further)
        return [s.text for s in headlines([visit, office], 2, as_of=dt.date(2026, 11, 1))]

    assert f"{lead} {deed}" in bullets(deed)
    # (a detail that signs or counts nothing is not: "The Prime Minister also laid a wreath")
    assert lead in bullets("The Prime Minister also laid a wreath at the monument to the martyrs in Tunis.")


def test_a_sentence_telling_the_leads_signing_again_is_not_shown_with_it():
    signed = (
        "Chile and Norway signed a working holiday arrangement in Santiago on Monday, the Ministry of Foreign "
        "Affairs reports."
    )
    again = (
        "The arrangement was signed by Minister of Foreign Affairs Alberto van Klaveren and the Ambassador of "
        "Norway to Chile, Tone Skogen, who is resident in Santiago."
    )
    story = _article("minrel#a-1", dt.date(2027, 3, 3), signed, again)
    office = _article(
        "doi#a-3",
        dt.date(2027, 2, 9),
        "Equinor opened a representative office in Santiago on 8 February, the company reports.",
    )
    assert signed in [s.text for s in headlines([story, office], 2, as_of=dt.date(2027, 3, 10))]


def test_a_chosen_deed_is_shown_with_the_deed_that_reads_on_it():
    lead = (
        "Prime Minister Robert Abela paid an official visit to Tunisia on 14 and 15 September 2026, the Office of "
        "the Prime Minister reports."
    )
    declaration = (
        "The two heads of government signed a joint declaration establishing a strategic partnership between Malta "
        "and Tunisia."
    )
    cable = (
        "They also witnessed the signing of an agreement on a subsea fibre-optic cable between Kelibia and Malta, at "
        "a cost of EUR 48 million."
    )
    visit = _article("opm#a-1", dt.date(2026, 9, 16), lead, declaration, cable)
    office = _article(
        "doi#a-3",
        dt.date(2026, 10, 9),
        "Malta Enterprise opened a representative office in Tunis on 8 October, the ministry reports.",
    )
    ferry = _article(
        "tom#a-4",
        dt.date(2026, 6, 8),
        "The Tunisian ferry Carthage docked at the Valletta Cruise Port on 6 June at the end of its maiden sailing, "
        "Times of Malta reports.",
    )
    got = [s.text for s in headlines([visit, office, ferry], 4, as_of=dt.date(2026, 11, 1))]
    assert f"{declaration} {cable}" in got and lead in got


def test_a_text_named_by_its_signing_during_a_visit_does_not_stand_for_the_visit():
    visit = _article(
        "mfa#a-1",
        dt.date(2026, 11, 16),
        "Chilean President Gabriel Boric arrived in Helsinki on Sunday for a state visit to Finland at the invitation "
        "of President Alexander Stubb.",
    )
    vote = _article(
        "par#a-2",
        dt.date(2027, 1, 21),
        "Chilean lawmakers on Wednesday approved a USD 420 million credit line from Finland for new power lines.",
        "The agreement, signed in Helsinki in November during Gabriel Boric's state visit, was backed by 87 deputies.",
    )
    trade = _article(
        "cus#a-3",
        dt.date(2027, 2, 5),
        "Trade between Finland and Chile reached USD 612 million in 2026, Finnish Customs said on Friday.",
    )
    got = [s.text for s in headlines([visit, vote, trade], 3, as_of=dt.date(2027, 3, 10))]
    assert visit.paragraphs[0].text in got


def test_thanks_for_a_happening_told_in_a_relative_clause_is_talk_not_the_story_s_news():
    lead = (
        "Chilean Ambassador Ana Rojas paid a courtesy call on the Minister for Foreign Affairs, Elina Valtonen, at "
        "the ministry in Helsinki on Monday."
    )
    thanks = "Ms Valtonen thanked Chile for the rescue team that arrived in April."
    call = _article(
        "mfa#a-1",
        dt.date(2027, 5, 10),
        lead,
        "The two discussed preparations for the fifth round of consular talks, which will be held in Santiago next month.",
        thanks,
    )
    other = _article(
        "mfa#a-2",
        dt.date(2027, 4, 20),
        "Finland and Chile signed an agreement on the recognition of driving licences in Santiago on 18 April, the "
        "ministry reports.",
    )
    got = [s.text for s in headlines([call, other], 3, as_of=dt.date(2027, 5, 20))]
    assert lead in got and thanks not in got


def test_a_meeting_s_bullet_carries_what_its_parties_decided_to_set_up_or_to_do():
    lead = (
        "On Tuesday, Minister of Foreign Affairs Elina Valtonen received State Secretary Marta Kos of the Slovenian "
        "Ministry of Foreign Affairs in Helsinki."
    )
    talk = "They discussed the consequences of the new package of European Union rules for the two economies."
    group = "The two sides agreed to set up a joint working group of experts from both ministries."
    meeting = _article("um#a-1", dt.date(2027, 6, 25), lead, talk, group)
    commission = _article(
        "um#a-2",
        dt.date(2026, 11, 30),
        "The fifth meeting of the Finnish–Slovenian Joint Commission was held in Ljubljana on 26 November.",
        "The two sides signed an agreement on cooperation in combating cybercrime and fraud.",
        "They agreed to open a permanent border liaison office in Maribor from 1 March 2027.",
        "Slovenia is Finland's fourth largest trading partner in Central Europe.",
    )
    got = [s.text for s in headlines([meeting, commission], 3, as_of=dt.date(2027, 7, 1))]
    assert f"{lead} {group}" in got
    assert (
        "The two sides signed an agreement on cooperation in combating cybercrime and fraud. They agreed to open a "
        "permanent border liaison office in Maribor from 1 March 2027."
    ) in got


def test_a_sentence_shown_at_the_end_of_one_entry_is_not_shown_again_before_the_next():
    visit = _article(
        "mfa#a-9",
        dt.date(2025, 11, 24),
        "President Ana Ruiz of Peru paid a state visit to Malta from 20 to 22 November 2025 at the invitation of "
        "President Borg.",
        "The two presidents held talks at the Grandmaster's Palace on 21 November and adopted a joint statement "
        "elevating relations to a strategic partnership.",
        "Following the talks, the sides signed nine documents, including an investment agreement, an agreement on "
        "driving licences and a memorandum on critical minerals.",
        "President Ruiz also met the Speaker of the House of Representatives and addressed the Malta–Peru Business "
        "Forum, which brought together more than 300 companies.",
        "According to the National Statistics Office, bilateral trade amounted to EUR 61 million in the first ten "
        "months of 2025.",
        "The next meeting of the Joint Commission on Economic Cooperation will be held in February 2026 in Lima.",
    )
    from reportgen.analysis.chronology import build_chronology

    items = [*_visit_of_ruiz(), visit]
    events = build_chronology(items, as_of=dt.date(2026, 3, 15))
    shown = [s.text for s in headlines(items, None, as_of=dt.date(2026, 3, 15), events=events)]
    sentences = [t for text in shown for t in split_sentences(text)]
    assert any(t.startswith("Following the talks, the sides signed nine documents") for t in sentences)
    assert len(sentences) == len(set(sentences))


def test_a_ratification_recalling_the_signing_in_a_which_clause_is_a_deed_of_its_own_kind():
    from reportgen.analysis.deeds import deed_kinds
    from reportgen.analysis.headlines import _RECALLED_SIGNING

    ratified = (
        "The Milli Majlis of Azerbaijan on Wednesday ratified the agreement between Azerbaijan and Oman on the "
        "avoidance of double taxation, which was signed in Muscat on 11 February 2027, the parliament's press "
        "service reports."
    )
    kinds = deed_kinds(_RECALLED_SIGNING.sub("", ratified))
    assert "sign" not in kinds and kinds


def test_where_the_relation_stands_is_not_told_twice_in_other_words():
    from reportgen.analysis.headlines import _STANDING, _standing_said

    a = _STANDING.search("Peru remains Malta's third-largest trading partner, after Brazil and Mexico.")
    b = _STANDING.search("For Malta, Peru is the third largest trading partner and a growing investor.")
    assert a and b and _standing_said(a) == _standing_said(b)
    c = _STANDING.search("Peru was Malta's second largest trading partner in Latin America in 2025.")
    assert c and _standing_said(c) != _standing_said(a)
    # a word between the rank and the kind, and the plural, say the same standing
    d = _STANDING.search("Malta is one of Peru's largest bilateral donors.")
    e = _STANDING.search("For Peru, Malta is one of its largest donors and a source of training.")
    assert d and e and _standing_said(d) == _standing_said(e) != _standing_said(a)


def _candidate(text: str):
    """A pool candidate of its own section (for the foundations and standing pickers)."""
    from reportgen.analysis.summarise import Candidate

    item = _section("Trade", text)
    return Candidate(text, frozenset(), 0, 0, 0, item.id, item.paragraphs[0], 0)


def test_a_standing_told_in_words_is_told_again_only_with_its_figure():
    from reportgen.analysis.headlines import _standing

    candidate = _candidate
    words = candidate("When Peru opened its grain market in 2022, Malta became its largest supplier.")
    figure = candidate("Malta has been Peru's largest supplier since then, providing about 36 percent of its imports.")
    again = candidate("For Peru, Malta is the largest supplier and a growing investor.")
    pool = [(words, ""), (figure, ""), (again, "")]
    assert _standing(pool, [3.0, 2.0, 1.0], [], set()) == [0, 1]


def test_a_total_since_a_year_leaves_room_for_the_foundation_of_that_year():
    from reportgen.analysis.headlines import _foundations

    candidate = _candidate
    since = candidate("Since 1990 Malta's assistance to Peru has exceeded EUR 60 million in grants.")
    opened = candidate("In 1990 Malta opened an embassy in Lima.")
    relations = candidate("Malta and Peru established diplomatic relations in July 1990.")
    dates = [dt.date(1990, 1, 1), dt.date(1990, 7, 1)]
    as_of = dt.date(2026, 11, 1)
    assert _foundations([(since, ""), (relations, "")], [1.0, 0.5], dates, [0], as_of) == [1]
    # (a happening of that year shown already still keeps a second one of the year out)
    assert _foundations([(opened, ""), (relations, "")], [1.0, 0.5], dates, [0], as_of) == []


def test_a_speakers_recollection_is_not_reported():
    assert not _reportable("When I arrived in Lima in May 2023, the talks on the treaty were stalled.")
    assert not _reportable("Since we opened the office in 2021, trade has doubled.")
    assert _reportable("When the minister arrived in Lima on 3 May 2023, the two sides signed a treaty.")


def test_a_visit_put_off_to_a_date_is_no_news_once_its_meeting_was_held_that_day():
    postponed = _article(
        "wire-2026-11-22",
        dt.date(2026, 11, 22),
        "The visit to Wellington of Peru's Minister of Trade, Ana Ruiz, planned for tomorrow, has been postponed to "
        "30 November because of a late sitting of Congress, the ministry said on Sunday.",
    )
    held = _article(
        "wire-2026-12-01",
        dt.date(2026, 12, 1),
        "Peru's Minister of Trade, Ana Ruiz, and New Zealand's Minister for Trade, Tom Hall, co-chaired the fourth "
        "meeting of the Peru–New Zealand Free Trade Commission in Wellington on Monday, a week later than first planned.",
        "The two ministers agreed to conclude the review of the free trade agreement by June 2027.",
        "New Zealand's dairy exports to Peru reached NZD 210 million in 2025, the ministry said.",
    )
    shown = [s.text for s in headlines([held, postponed], 2, as_of=dt.date(2026, 12, 5))]
    assert any(text.startswith("Peru's Minister of Trade, Ana Ruiz, and New Zealand's") for text in shown)
    assert not any("has been postponed" in text for text in shown)


def test_a_visits_signing_another_bullet_leads_with_is_not_told_with_the_visit():
    from reportgen.analysis.chronology import build_chronology

    visit = _article(
        "cl#a-7",
        dt.date(2026, 11, 12),
        "President of Kenya William Ruto concluded a three-day state visit to Chile on 11 November 2026, the first "
        "by a Kenyan head of state.",
        "During the visit, Ruto and President Boric witnessed the signing of a memorandum of understanding on "
        "geothermal energy research.",
    )
    memorandum = _article(
        "ke#a-7",
        dt.date(2026, 11, 10),
        "Chile and Kenya signed a memorandum of understanding on geothermal energy research in Santiago on 10 "
        "November 2026, on the second day of the state visit. Chile will contribute USD 2 million to it.",
    )
    trade = _article(
        "st#a-7",
        dt.date(2026, 8, 10),
        "Trade between Chile and Kenya reached USD 41.2 million in the first half of 2026, the statistics office reports.",
    )
    items = [visit, memorandum, trade]
    as_of = dt.date(2026, 11, 20)
    shown = [s.text for s in headlines(items, 3, as_of=as_of, events=build_chronology(items, as_of=as_of))]
    assert visit.paragraphs[0].text in shown and not any("witnessed the signing" in s for s in shown)
    assert any(s.startswith("Chile and Kenya signed a memorandum") for s in shown)


def test_a_plan_told_before_it_came_is_overtaken_once_its_day_has_passed():
    from reportgen.analysis.chronology import build_chronology
    from reportgen.analysis.headlines import _overtaken_plans

    told = (
        "Kenya's ambassador to Chile, Jane Doe, said on 13 October 2026 that President William Ruto would arrive "
        "in Santiago on 9 November for a state visit."
    )
    story = _article("ke#a-8", dt.date(2026, 10, 14), told)
    events = build_chronology([story], as_of=dt.date(2026, 12, 1))
    assert _overtaken_plans(events, set(), dt.date(2026, 12, 1)) == {told}
    assert _overtaken_plans(events, set(), dt.date(2026, 11, 1)) == set()


def test_a_years_aid_is_the_donors_yearly_figure_and_a_financial_year_is_as_recent_as_its_end():
    from reportgen.analysis.headlines import _trade_total

    aid = "Japan provided an estimated USD 41.3 million of official development assistance to Palau in 2025–26."
    assert _trade_total(aid, True)
    assert _trade_total("Korea's official development assistance to Ghana reached USD 78 million in 2024.", True)
    # (a sum since a year is the relation's total so far, and a grant is one project)
    assert not _trade_total("Since 1994 Japan has provided USD 300 million of development assistance.", True)
    assert not _trade_total("Japan committed USD 25 million for a new hospital in 2026.", True)
    remitted = "Remittances from workers in Japan reached USD 12 million in 2025, nearly double the amount of 2022."
    story = _article(
        "mof#a-1", dt.date(2027, 1, 10), "Japan opened a consulate in Koror on Monday, the ministry reports."
    )
    got = _chosen(
        story, [remitted, aid, *_background("Palau", "Japan", "Koror", "Tokyo", "tuna")], 2, dt.date(2027, 1, 19)
    )
    assert aid in got and remitted not in got


def test_a_visit_marked_as_the_first_at_its_level_in_years_is_salient():
    from reportgen.analysis.headlines import _value

    as_of = dt.date(2027, 1, 19)
    paper = _section("History", "x")
    when = dt.date(2021, 1, 1)
    first = (
        "President Sogavare paid a state visit to Palau on 17–18 May 2021, the first by a Solomon Islands head of "
        "state in more than a decade."
    )
    plain = "President Sogavare paid a state visit to Palau on 17–18 May 2021, with a delegation of ministers."
    assert _value(first, 0.5, when, as_of, False, paper) > _value(plain, 0.5, when, as_of, False, paper) + 0.5
    # (a first of another kind is no mark of the visit: "the first by sea")
    by_sea = "President Sogavare paid a state visit to Palau on 17–18 May 2021, the first made by sea in a decade."
    assert _value(by_sea, 0.5, when, as_of, False, paper) < _value(first, 0.5, when, as_of, False, paper)


def test_a_donors_aid_suspended_or_resumed_is_a_turn_of_the_relation():
    from reportgen.analysis.headlines import _value

    as_of = dt.date(2027, 3, 30)
    paper = _section("History", "x")
    when = dt.date(2015, 1, 1)
    suspended = "Spain suspended part of its bilateral aid in May 2015, after the disputed election."
    redirected = "Spain redirected part of its bilateral aid in May 2015, after the disputed election."
    assert _value(suspended, 0.5, when, as_of, False, paper) > _value(redirected, 0.5, when, as_of, False, paper) + 1.2


def test_nationals_counted_at_work_in_the_partner_country_are_where_the_relation_stands():
    arrived = (
        "The first group of 36 Tongan aged-care workers arrived in Brisbane on 5 August under the Pacific Australia "
        "Labour Mobility scheme, ABC Pacific reports."
    )
    story = _article("abc#a-1", dt.date(2026, 8, 7), arrived)
    counted = (
        "About 2,300 Tongans were working in Australia under the Pacific Australia Labour Mobility scheme at the "
        "end of 2026."
    )
    paper = _section("Labour", counted, *_background("Tonga", "Australia", "Canberra", "Brisbane", "squash"))
    got = [s.text for s in headlines([paper, story], None, as_of=dt.date(2027, 1, 27))]
    assert arrived in got and counted in got


def test_a_plan_told_again_as_being_prepared_is_the_same_plan():
    from reportgen.analysis.chronology import build_chronology

    dated = (
        "President Stubb will pay a state visit to Peru on 14 and 15 April 2027, the Presidency announced on "
        "5 February 2027."
    )
    prepared = "A state visit by President Stubb to Peru is being prepared for the spring of 2027."
    story = _article("pres#a-1", dt.date(2027, 2, 5), dated)
    visit = (
        "In November 2026 Prime Minister Orpo paid an official visit to Lima, where the two sides signed a declaration."
    )
    paper = _section("Outlook", visit, prepared, *_background("Peru", "Finland", "Lima", "Helsinki", "fish"))
    as_of = dt.date(2027, 2, 10)
    events = build_chronology([story, paper], as_of=as_of)
    got = [s.text for s in headlines([story, paper], None, as_of=as_of, events=events)]
    assert dated in got and prepared not in got


def test_a_storys_lead_in_french_states_its_happening():
    from reportgen.analysis.headlines import _value

    story = dataclasses.replace(_article("mae#a-1", dt.date(2026, 10, 5), "x"), language="fr")
    lead = "Les deux ministres ont signé un accord sur la coopération décentralisée à Paris le 5 octobre 2026."
    as_of = dt.date(2027, 2, 10)
    english = dataclasses.replace(story, language="en")
    assert _value(lead, 0.5, story.date, as_of, True, story) > _value(lead, 0.5, story.date, as_of, True, english)


def test_among_the_largest_is_no_standing():
    from reportgen.analysis.headlines import _STANDING

    assert _STANDING.search("France is Armenia's fifth-largest trading partner in the European Union.")
    assert not _STANDING.search("French companies are among the largest foreign investors in Armenia.")


def test_a_release_whose_figure_a_later_story_corrects_is_not_shown_beside_the_correction():
    release = (
        "Trade between Peru and Chile reached USD 486 million in 2026, up from USD 431 million in 2025, according "
        "to figures released by the statistics office on 21 January 2027."
    )
    correction = (
        "The statistics office on 2 February 2027 corrected its figure for trade with Chile in 2026 to USD 468 "
        "million, not USD 486 million as published on 21 January."
    )
    first = _article("inei#a-1", dt.date(2027, 1, 21), release)
    second = _article("inei#a-2", dt.date(2027, 2, 2), correction)
    got = [s.text for s in headlines([first, second], 3, as_of=dt.date(2027, 3, 5))]
    assert correction in got and release not in got


def test_a_corrected_figure_shown_as_the_sentence_before_another_is_not_shown():
    told = "Bilateral trade reached USD 1.12 billion in 2026, the minister told the closing session."
    target = "The two sides agreed to work towards raising trade to USD 2 billion by 2030."
    correction = (
        "Bilateral trade between Ghana and Peru amounted to USD 1.02 billion in 2026, not USD 1.12 billion as "
        "announced last week, according to final data released on Monday."
    )
    first = _article(
        "gna#a-1", dt.date(2027, 1, 20), "Ghana and Peru held trade talks in Accra on Monday.", told, target
    )
    second = _article("tt#a-1", dt.date(2027, 1, 26), correction)
    got = " ".join(s.text for s in headlines([first, second], 4, as_of=dt.date(2027, 1, 28)))
    assert "1.02 billion" in got and "reached USD 1.12 billion" not in got


def test_a_story_stands_at_the_day_of_what_it_tells_when_that_is_before_its_own_date():
    from reportgen.analysis.chronology import build_chronology

    navy = _article(
        "gna#a-1",
        dt.date(2027, 1, 10),
        "The Ghana Navy commissioned two patrol vessels built in Istanbul at a ceremony in Sekondi on 8 January 2027.",
    )
    visit = _article(
        "gna#a-2",
        dt.date(2027, 1, 9),
        "Minister Ablakwa and Minister Fidan signed an agreement on visa exemption in Ankara on 9 January 2027.",
    )
    as_of = dt.date(2027, 1, 28)
    events = build_chronology([navy, visit], as_of=as_of)
    got = [s.text for s in headlines([navy, visit], 2, as_of=as_of, events=events)]
    assert got == [visit.paragraphs[0].text, navy.paragraphs[0].text]


def test_a_leader_s_visit_of_two_years_ago_is_news_beside_the_recent_visit_worded_alike():
    recent = (
        "President Irfaan Ali held talks with Prime Minister Mark Carney in Ottawa on Tuesday, during the first "
        "official visit of a Guyanese head of state to Canada."
    )
    earlier = (
        "On 14 May 2025 Prime Minister Mark Carney visited Georgetown, the first visit by a Canadian head of "
        "government to Guyana."
    )
    minor = "A team of Canadian nurses toured the Rupununi villages."
    others = [  # what makes "Guyana" and "Canada" words every candidate uses
        "Canada opened a high commission in Georgetown in 1967.",
        "Guyana and Canada signed an air services agreement in 2012.",
        "A Canadian business mission travelled to Guyana in May 2023 to promote trade in gold.",
    ]
    items = [
        _section("History", *others, earlier),
        _article("gc#a-1", dt.date(2026, 11, 20), recent),
        _article("gc#a-2", dt.date(2026, 11, 5), minor),
    ]
    got = [s.text for s in headlines(items, 2, as_of=dt.date(2026, 11, 30))]
    assert got == [recent, earlier]


def test_a_leader_s_first_trip_abroad_and_a_visit_marked_most_symbolic_are_headline_news():
    from reportgen.analysis import headlines as h

    item = _section("History", "x")
    as_of = dt.date(2027, 2, 1)

    def value(text: str, when: dt.date) -> float:
        return h._value(text, 1.0, when, as_of, False, item)

    tour = "President Taneti Maamau visited Wellington on 2 December 2024, on his first overseas tour."
    plain = "President Taneti Maamau met students in Wellington on 2 December 2024."
    assert value(tour, dt.date(2024, 12, 2)) > value(plain, dt.date(2024, 12, 2)) + 1.0
    symbolic = "The visit of Emperor Naruhito to Tarawa on 8 and 9 April 2015 was the most symbolic moment in the relationship."
    bare = "The exhibition on Tarawa on 8 and 9 April 2015 was a moment in the relationship."
    assert value(symbolic, dt.date(2015, 4, 8)) > value(bare, dt.date(2015, 4, 8)) + 2.0
    # a leader's visit of years ago weighs no more than any dated happening of its time
    leader, minister = "President Taneti Maamau visited Wellington", "Minister Taneti Maamau visited Wellington"
    assert value(f"{leader} in March 2009.", dt.date(2009, 3, 1)) == value(
        f"{minister} in March 2009.", dt.date(2009, 3, 1)
    )
    assert value(f"{leader} in March 2025.", dt.date(2025, 3, 1)) > value(
        f"{minister} in March 2025.", dt.date(2025, 3, 1)
    )
    assert not h._TOP_VISIT.search("Vice President Hsiao visited Wellington in March 2026.")
    assert not h._TOP_VISIT.search("President of the Senate Ana Lopez visited Wellington in March 2026.")


def test_a_deed_of_a_day_is_news_beside_a_years_total_that_shares_its_words():
    total = (
        "Uruguay exported 318,000 tonnes of beef to China in 2026, worth USD 1.62 billion, the meat institute reports."
    )
    suspended = (
        "China's customs suspended on Saturday imports of beef from three Uruguayan meat plants after finding "
        "labelling errors."
    )
    others = [  # what makes "Uruguay" and "China" words every candidate uses
        "China opened an embassy in Montevideo in 1988.",
        "Uruguay and China signed a visa agreement in 2016.",
        "A Chinese business mission travelled to Uruguay in May 2024 to promote trade in wool.",
    ]
    items = [
        _section("History", *others),
        _article("inac#a-1", dt.date(2027, 1, 28), total),
        _article("news#a-1", dt.date(2026, 9, 15), suspended),
    ]
    got = [s.text for s in headlines(items, 2, as_of=dt.date(2027, 3, 10))]
    assert sorted(got) == sorted([total, suspended])


def test_a_deed_for_a_season_named_by_its_year_is_still_an_action():
    from reportgen.analysis import headlines as h

    item = _article("x#a-1", dt.date(2027, 4, 8), "x")
    as_of = dt.date(2027, 4, 20)
    quota = (
        "The Ministry of Religious Affairs has allocated Kenya a quota of 4,200 pilgrims for the 2027 Hajj season, "
        "the Supreme Council said on Tuesday."
    )
    bare = (
        "The Ministry of Religious Affairs has a quota of 4,200 pilgrims for the 2027 Hajj season, "
        "the Supreme Council said on Tuesday."
    )
    assert (
        h._value(quota, 1.0, item.date, as_of, False, item) >= h._value(bare, 1.0, item.date, as_of, False, item) + 1.0
    )


def test_a_storys_opening_figure_its_headline_tells_leads_it_over_a_deed_of_months_before():
    story = Article(
        id="feed#a-1",
        doc_id="feed",
        title="2,400 Kenyan Nurses Employed in Germany This Year",
        date=dt.date(2027, 2, 19),
        paragraphs=(
            Paragraph(
                "feed#a-1.p1",
                "A total of 2,400 Kenyan nurses have been employed at German hospitals this year under the agreement "
                "on skilled migration, the Ministry of Labour reports. The first nurses arrived in the first week "
                "of October.",
                Location("feed.txt", 3),
            ),
        ),
        location=Location("feed.txt", 2),
    )
    others = [
        "Kenya opened an embassy in Berlin in 1964.",
        "German firms invested EUR 300 million in Kenya in 2024.",
        "Kenyan flower exports to Germany reached EUR 120 million in 2025.",
    ]
    got = [s.text for s in headlines([_section("History", *others), story], 3, as_of=dt.date(2027, 3, 1))]
    assert any(text.startswith("A total of 2,400 Kenyan nurses") for text in got)


def test_a_seasons_count_is_news_beside_a_days_signing_that_shares_its_words():
    visitors = (
        "Kenyan safari lodges received about 14,800 visitors from Germany between December and March, twice as many "
        "as last winter, the tourism board reports."
    )
    twinning = (
        "The Kenyan safari lodges association and the German visitors' park of Hodenhagen signed a twinning "
        "agreement on Wednesday."
    )
    others = [
        "Kenya opened an embassy in Berlin in 1964.",
        "German firms invested EUR 300 million in Kenya in 2024.",
        "Kenyan flower exports to Germany reached EUR 120 million in 2025.",
    ]
    items = [
        _section("History", *others),
        _article("tour#a-1", dt.date(2027, 3, 26), visitors),
        _article("twin#a-1", dt.date(2027, 1, 15), twinning),
    ]
    got = [s.text for s in headlines(items, 3, as_of=dt.date(2027, 3, 30))]
    assert visitors in got and twinning in got


def test_relations_raised_between_the_two_named_countries_are_headline_news():
    raised = "The two presidents agreed to raise relations between Chile and Vietnam to the level of a comprehensive partnership."
    visit = _article(
        "pres#a-1",
        dt.date(2026, 11, 12),
        "President Ana Ruiz of Chile held talks with President Tran Van Long in Hanoi on 11 November 2026, during "
        "a state visit to Vietnam.",
        "The two governments also signed four agreements, among them memoranda on mining and on fisheries.",
        raised,
        "Companies from the two countries signed contracts worth USD 210 million at a business forum.",
    )
    others = [
        "Chile opened an embassy in Hanoi in 1971.",
        "Vietnamese firms invested USD 40 million in Chile in 2024.",
        "Chilean wine exports to Vietnam reached USD 30 million in 2025.",
    ]
    got = [s.text for s in headlines([_section("History", *others), visit], 4, as_of=dt.date(2027, 1, 10))]
    assert raised in got


def test_an_invitation_is_shown_with_its_acceptance_that_dates_the_visit():
    invited = "Minister Haddad handed over a letter from King Abdullah II inviting President Luna to pay a state visit to Jordan."
    accepted = "The President accepted the invitation, and the visit is expected to take place in the spring of 2028."
    story = _article(
        "casa#a-1",
        dt.date(2027, 6, 9),
        "President Rafael Luna of Paraguay received Jordan's Minister of Foreign Affairs Omar Haddad in Asunción on "
        "8 June 2027.",
        invited,
        accepted,
    )
    event = _planned(story, 2, dt.date(2028, 3, 1), dt.date(2028, 5, 31), "season", "spring 2028", "spring of 2028")
    others = [
        "Paraguay and Jordan established diplomatic relations in 1993.",
        "Jordanian firms invested USD 12 million in Paraguay in 2024.",
    ]
    got = [
        s.text for s in headlines([_section("History", *others), story], 2, as_of=dt.date(2027, 7, 1), events=[event])
    ]
    assert f"{invited} {accepted}" in got


@pytest.mark.parametrize(
    "sentence, tells",
    [
        ("The deputy ministers reviewed the memorandum on rare earths signed in Oslo in September.", False),
        ("They discussed the air services agreement signed last year and the next round of talks.", False),
        ("The two ministers signed an agreement on air services in Oslo.", True),
        ("The protocol was signed in Montevideo on Tuesday.", True),
        ("The two leaders then witnessed the signing of three documents.", True),
        ("They recalled the accord signed in 2019, and the ministers signed a new protocol on Friday.", True),
    ],
)
def test_a_signing_told_is_not_a_text_named_by_the_signing_it_recalls(sentence, tells):
    # (a visit's deed "witnessed the signing of a memorandum on rare earths" is kept beside a later bullet
    # that only names that memorandum "signed in Oslo in September")
    from reportgen.analysis.headlines import _tells_a_signing

    assert _tells_a_signing(sentence) is tells


def test_a_papers_deed_with_a_plan_after_it_stands_at_the_deeds_date_not_the_plans():
    from reportgen.analysis.chronology import build_chronology

    contract = (
        "In January 2027 Hitachi Energy signed a EUR 900 million contract for two substations in Mosul and Kirkuk, "
        "to be commissioned in 2030."
    )
    visit = _article(
        "pmo#a-1",
        dt.date(2027, 3, 11),
        "Prime Minister Sara Lind of Sweden held talks with President Abdul Latif Rashid in Baghdad on 10 March 2027.",
    )
    items = [_section("Energy", contract), visit]
    events = build_chronology(items, as_of=dt.date(2027, 6, 1))
    got = [s.text for s in headlines(items, 2, as_of=dt.date(2027, 6, 1), events=events)]
    assert got == [visit.paragraphs[0].text, contract]


@pytest.mark.parametrize(
    "sentence, meta",
    [
        ("The main Swedish investments in Ghana announced in 2025 are listed in Table 2.", True),
        ("Figure 1 shows the growth of trade since 2010.", True),
        ("Further research is needed on the role of Ghanaian cooperatives in the cocoa trade.", True),
        ("Trade reached USD 2 billion in 2025 (Table 1).", False),
        ("The negotiating table was set up in Accra in 2024.", False),
    ],
)
def test_a_paper_pointing_at_its_own_table_speaks_of_itself(sentence, meta):
    assert is_meta(sentence) is meta


def test_a_signing_in_arabic_and_a_years_trade_in_italian_are_headline_news():
    signed = dataclasses.replace(
        _article(
            "ar#a-1",
            dt.date(2027, 4, 7),
            "وقّع وزير التعليم العالي التونسي والسفير الإيطالي يوم 7 أبريل 2027 في تونس اتفاقية لتقديم 120 منحة دراسية "
            "للطلبة التونسيين في الجامعات الإيطالية.",
        ),
        language="ar",
    )
    trade = dataclasses.replace(
        _article(
            "it#a-1",
            dt.date(2027, 2, 17),
            "Secondo i dati pubblicati martedì, l'interscambio commerciale tra l'Italia e la Tunisia ha raggiunto 7,4 "
            "miliardi di euro nel 2026, in calo rispetto ai 7,9 miliardi del 2025.",
        ),
        language="it",
    )
    others = [
        "Italy opened a cultural institute in Tunis in 1962.",
        "Italian firms invested EUR 40 million in Tunisia in 2025.",
        "In 2024 Italy financed a water treatment plant in Sfax with EUR 25 million.",
        "Tunisian olive oil exports to Italy reached EUR 180 million in 2025.",
    ]
    got = [s.text for s in headlines([_section("History", *others), signed, trade], 3, as_of=dt.date(2027, 5, 1))]
    assert got[:2] == [signed.paragraphs[0].text, trade.paragraphs[0].text]


def test_a_room_dressed_in_flags_or_a_meeting_told_by_its_mood_is_no_lead_and_no_summary_sentence():
    from reportgen.analysis.chronology import happening_sentence
    from reportgen.analysis.scenes import manner_scene, sense_scene
    from reportgen.analysis.summarise import summarise

    assert sense_scene("The banquet hall of the Hofburg was hung with the flags of both republics.")
    assert sense_scene("Flags of Austria and Nepal lined the Ringstrasse for the occasion.")
    assert not sense_scene("The two ministers signed the protocol in a hall lined with flags.")
    assert manner_scene(
        "The consultations at the Foreign Ministry were held in a warm atmosphere and lasted three hours."
    )
    assert not manner_scene("The talks were held in a warm atmosphere, and the sides signed two protocols.")
    story = _article(
        "kath#a-1",
        dt.date(2026, 5, 8),
        "The talks at the Singha Durbar took place in a constructive atmosphere and lasted well into the evening.",
        "Austria and Nepal signed an agreement on vocational training in Kathmandu on Thursday.",
    )
    assert happening_sentence(story) == story.paragraphs[1].text
    assert [s.text for s in summarise([story], 2)] == [story.paragraphs[1].text]
    assert [s.text for s in headlines([story], 1, as_of=dt.date(2026, 6, 1))] == [story.paragraphs[1].text]


def test_a_papers_plan_whose_month_has_passed_is_overtaken_though_merged_into_the_row_of_its_happening():
    from reportgen.analysis.headlines import _plans_overtaken_in_text

    plan = (
        "President Nasheed is expected to pay a state visit to Vienna in May 2027, when a programme of cooperation "
        "for 2027–2030 is to be adopted."
    )
    later = "President Nasheed is expected to pay a state visit to Vienna in September 2027."
    done = "President Nasheed paid a state visit to Vienna in May 2027, when a programme was adopted."
    texts = [(plan, None), (later, None), (done, None)]
    # (its first date is the plan's: the term the programme covers is no date of the visit)
    assert _plans_overtaken_in_text(texts, set(), dt.date(2027, 6, 30)) == {plan}


def test_one_days_talks_told_by_two_sources_are_one_bullet():
    # (the leaders and the place are named in every story of the corpus, so no word of theirs is rare)
    one = _article(
        "feed#a-1",
        dt.date(2027, 5, 21),
        "On Wednesday, Nasheed held talks with President Alexander Van der Bellen in Vienna and opened a business "
        "forum.",
    )
    two = _article(
        "pmo#a-2",
        dt.date(2027, 5, 20),
        "President Mohamed Nasheed and President Alexander Van der Bellen held talks in Vienna on 19 May 2027 during "
        "Nasheed's state visit to Austria.",
    )
    others = [
        _article(
            f"feed#a-{k}", dt.date(2027, 4, k), f"President Van der Bellen and President Nasheed {deed} in Vienna."
        )
        for k, deed in enumerate(("spoke by telephone", "exchanged letters", "sent greetings"), 3)
    ]
    got = [s.text for s in headlines([one, two, *others], 3, as_of=dt.date(2027, 6, 1))]
    assert sum("held talks" in text for text in got) == 1


def test_a_point_reading_on_a_sentence_that_names_its_people_by_their_part_opens_with_the_story_s_first():
    opener = (
        "Nepal's foreign minister, Arzu Deuba, met Austria's foreign minister, Beate Meinl, in Vienna on Wednesday."
    )
    signed = "The two ministers signed a memorandum of understanding on consular cooperation."
    agreed = "They agreed to hold the fifth meeting of the Nepal–Austria Joint Commission in Kathmandu on 20 and 21 May 2027."
    story = _article("feed#a-1", dt.date(2027, 2, 11), opener, signed, agreed)
    history = _section("History", *_background("Nepal", "Austria", "Kathmandu", "Vienna", "carpets"))
    (first,) = headlines([story, history], 1, as_of=dt.date(2027, 3, 15))
    assert first.text == f"{opener} {signed} {agreed}"


def test_a_russian_story_s_deals_signed_after_its_forum_are_shown_with_the_forum():
    from reportgen.analysis.antecedents import opens_with_setting

    forum = "23 сентября 2027 года в Бишкеке прошёл Кыргызско-австрийский бизнес-форум, в котором приняли участие 300 предпринимателей."
    deals = "По итогам форума было подписано 12 коммерческих соглашений на общую сумму 140 миллионов долларов США."
    assert opens_with_setting(deals) and opens_with_setting(
        "À l'issue des entretiens, les ministres ont signé un accord."
    )
    story = _article("kabar#a-7", dt.date(2027, 9, 25), forum, deals)
    story = dataclasses.replace(story, language="ru")
    history = _section("History", *_background("Kyrgyzstan", "Austria", "Bishkek", "Vienna", "cherries"))
    (first,) = headlines([story, history], 1, as_of=dt.date(2027, 10, 1))
    assert first.text == f"{forum} {deals}"


def test_one_visit_told_by_a_story_and_by_the_paper_is_one_bullet():
    from reportgen.analysis.chronology import build_chronology
    from reportgen.analysis.deeds import deed_kinds

    concluded = (
        "President Rodrigo Paz concluded on Friday a state visit to the Republic of Austria, held from 14 to 17 "
        "September 2027, during which the two countries signed 12 cooperation instruments."
    )
    assert "meet" in deed_kinds(concluded)
    story = _article("mre#a-1", dt.date(2027, 9, 18), concluded)
    paper = _section(
        "Political relations", "President Rodrigo Paz paid a state visit to Austria from 14 to 17 September 2027."
    )
    history = _section("History", *_background("Bolivia", "Austria", "La Paz", "Vienna", "quinoa"))
    as_of = dt.date(2027, 11, 30)
    events = build_chronology([story, paper, history], as_of=as_of)
    got = [s.text for s in headlines([story, paper, history], 3, as_of=as_of, events=events)]
    assert sum("state visit" in text for text in got) == 1


def test_one_text_signed_on_one_day_told_by_two_sources_is_one_happening():
    from reportgen.analysis.headlines import _one_text_signed_twice

    story = (
        _candidate(
            "The ministers signed an agreement on health cooperation under which Chile will send a team of 30 nurses "
            "to Finland in 2027."
        )
    )._replace(item_id="mfa#a-1")
    paper = _candidate(
        "On 9 November 2026 the two foreign ministers signed a new health cooperation agreement in Helsinki."
    )
    other = _candidate(
        "On 9 November 2026 the two ministers signed an agreement on the recognition of driving licences."
    )
    day, next_day = (dt.date(2026, 11, 9),) * 2, (dt.date(2026, 11, 10),) * 2
    assert _one_text_signed_twice([story, paper], [(next_day, day), (day,)], 0, 1)
    assert not _one_text_signed_twice([story, other], [(next_day, day), (day,)], 0, 1)  # another text
    assert not _one_text_signed_twice([story, paper], [((dt.date(2026, 3, 1),) * 2,), (day,)], 0, 1)  # another day
