"""Extractive summaries: verbatim sentences, citations, no repeats, n, order, junk."""

import datetime as dt
import re

import pytest

from reportgen.analysis.eventness import is_advice
from reportgen.analysis.summarise import candidates, is_junk, score, summarise
from reportgen.corpus import Article, Location, Paragraph, Section

TRADE = (
    "However, as of 2022, mutual trade remained modest, partially reduced by the impact of the pandemic. "
    "However, as early as 2023, trade turnover had increased exponentially. "
    "For the initial quarter of 2023, trade figures increased by 17 times in comparison with 2022."
)
INVEST = (
    "Particular attention has been drawn to Qatar's growing investment into Kazakhstan's energy infrastructure. "
    "In March 2024, the Qatari government committed 17.6 billion tenge to support key projects."
)
HUB = (
    "Qatar's engagement with the Astana International Financial Center has emerged as a promising avenue. "
    "As one of the global leaders in Sharia-compliant banking, Qatar brings substantial experience."
)


def section(
    id: str, *texts: str, title: str = "Trade, economic and investment cooperation", line: int = 100
) -> Section:
    paragraphs = []
    for i, text in enumerate(texts):
        paragraphs.append(Paragraph(f"{id}-p{i}", text, Location("seeds/paper.md", line + 2 * i)))
    return Section(id, "paper", title, 3, tuple(paragraphs), Location("seeds/paper.md", line - 1))


def article(id: str, *texts: str, title: str = "News", line: int = 1, date: dt.date | None = None) -> Article:
    paragraphs = tuple(Paragraph(f"{id}-p{i}", t, Location("feed.txt", line + 1 + i)) for i, t in enumerate(texts))
    return Article(id, "feed", title, date, paragraphs, Location("feed.txt", line))


def test_sentences_are_verbatim_substrings_of_their_item():
    items = [section("s6", TRADE, INVEST, HUB), article("a1", INVEST, HUB)]
    by_id = {item.id: item for item in items}
    for n in (1, 3, 5):
        for sentence in summarise(items, n):
            assert sentence.text in by_id[sentence.item_id].text


def test_citations_name_the_paragraph_line_and_lines_within_it():
    wrapped = Paragraph(
        "p0",
        "Qatar and Kazakhstan signed a memorandum on trade.\nThe trade memorandum covers food and grain exports.",
        Location("feed.txt", 10),
    )
    item = Article("a1", "feed", "Trade memorandum", None, (wrapped,), Location("feed.txt", 9))
    got = {s.text: (str(s.location), s.index) for s in summarise([item], 2)}
    assert got == {
        "Qatar and Kazakhstan signed a memorandum on trade.": ("feed.txt:10", 0),
        "The trade memorandum covers food and grain exports.": ("feed.txt:11", 1),
    }


def test_a_repeated_paragraph_never_enters_a_summary_twice():
    items = [section("s6", TRADE, INVEST, TRADE, HUB), section("s7", TRADE, title="Cultural", line=200)]
    for n in range(1, 8):
        texts = [s.text for s in summarise(items, n)]
        assert len(texts) == len(set(texts))


def test_a_slightly_reworded_repeat_is_redundant_too():
    reworded = TRADE.replace("partially reduced", "partly reduced")
    texts = [s.text for s in summarise([section("s6", TRADE, reworded)], 6)]
    assert len(texts) == 1  # each sentence once; its rewording never (the two opening "However," are not shown alone)


def test_n_is_respected():
    items = [section("s6", TRADE, INVEST, HUB)]
    assert len(summarise(items, 2)) == 2
    assert len(summarise(items, 0)) == 0
    assert len(summarise(items, 50)) == 5  # every sentence but the two that open with "However,"
    assert summarise([], 3) == ()


def test_order_is_item_order_then_source_order():
    items = [article("a1", INVEST, HUB), article("a2", TRADE, line=20)]
    got = [(s.item_id, s.index) for s in summarise(items, 5)]
    assert got == sorted(got, key=lambda k: ([i.id for i in items].index(k[0]), k[1]))


def test_multi_item_summaries_spread_over_items():
    items = [article("a1", TRADE + " " + INVEST), article("a2", HUB, line=20)]
    assert {s.item_id for s in summarise(items, 2)} == {"a1", "a2"}


def test_query_terms_pull_matching_sentences_in():
    item = section("s6", TRADE, INVEST, HUB)
    (sentence,) = summarise([item], 1, query_terms=["Sharia", "banking"])
    assert "Sharia-compliant" in sentence.text


def test_junk_is_skipped():
    assert is_junk("Trade, economic and investment cooperation")  # heading: no full stop
    assert is_junk("a major player in the Islamic world has rendered it pivotal.")  # fragment
    assert is_junk("Secondly, strategic location of Qatar in the Middle East and its role as")
    assert is_junk("It was suggested.")  # too short
    assert is_junk("*Source: Proposals and initiatives discussed during negotiations (2023–2024).*")
    assert not is_junk("It was suggested to sign an interdepartmental action plan.")
    assert not is_junk("\"Music knows no borders,\" emphasized the Ambassador of Kazakhstan.")
    assert is_junk("Q: What did the Prime Minister's visit to Thimphu achieve for the two countries?")  # it asks
    assert is_junk("How will the new embassy in Thimphu change the work of the two foreign ministries?")
    assert is_junk("Good afternoon, and thank you all for coming to the briefing at this slightly unusual hour.")
    assert is_junk("Press enquiries: the communications office of the ministry, weekdays from 09:00 to 15:00.")
    assert is_junk("The visit was a new milestone in the history of the relations between Kenya and Ghana.")
    assert not is_junk("The visit of May 2024 was a milestone: ten agreements were signed in Accra.")


def test_items_with_only_junk_still_yield_their_longer_sentences():
    item = article("a1", "Kazakhstan and Qatar sign a memorandum on archives and research")
    assert [s.text for s in summarise([item], 3)] == ["Kazakhstan and Qatar sign a memorandum on archives and research"]


def test_the_study_going_on_about_itself_is_never_summarised():
    # "It also shows that" reads as an impersonal "it" alone; after the study's own sentence it is the study.
    prospects = section(
        "s9",
        "The analysis shows that the relationship between Mauritius and India is broader than ever. "
        "It also shows that the asymmetry between the partners makes transparency essential.",
        title="Prospects and recommendations",
    )
    assert not summarise([prospects], 3)


def test_the_seed_paper_repeats_are_never_summarised_twice():
    from pathlib import Path

    from reportgen import ingest

    root = Path(__file__).resolve().parent.parent
    paper = ingest.load(["seeds/002_26179e7a99fe8ed4.txt"], root=root).documents[0]
    sentences = summarise(paper.items, 40)
    texts = [s.text for s in sentences]
    assert len(texts) == len(set(texts))
    assert sum(t.startswith("However, as of 2022, mutual trade remained modest") for t in texts) <= 1
    assert sum(t.startswith("Cooperation in the field of defense demonstrates the importance") for t in texts) <= 1
    by_id = {item.id: item for item in paper.items}
    assert all(s.text in by_id[s.item_id].text for s in sentences)
    lines = (root / paper.path).read_text(encoding="utf-8").splitlines()
    plain = lambda text: " ".join(re.findall(r"\w+", text))  # noqa: E731 (markup like *...* is dropped by ingest)
    for s in sentences:  # cited at its paragraph: the sentence follows within the paragraph's lines
        assert plain(s.text)[:25] in plain(" ".join(lines[s.location.line - 1 : s.location.line + 4]))


def test_an_item_summary_gives_a_further_happening_over_more_figures_of_the_same_series():
    item = article(
        "a9",
        "Trade between Chile and Vietnam reached USD 1.9 billion in 2025, the customs service reports.",
        "Chilean exports to Vietnam rose by 8 percent to USD 0.6 billion, led by copper and fruit.",
        "Imports from Vietnam, mainly phones and textiles, amounted to USD 1.3 billion.",
        "About 40 Chilean companies have offices in Ho Chi Minh City.",
        "In November, Chile and Vietnam signed an agreement on the avoidance of double taxation.",
        title="Chile–Vietnam trade in 2025",
    )
    assert [s.text for s in summarise([item], 3)] == [
        "Trade between Chile and Vietnam reached USD 1.9 billion in 2025, the customs service reports.",
        "Chilean exports to Vietnam rose by 8 percent to USD 0.6 billion, led by copper and fruit.",
        "In November, Chile and Vietnam signed an agreement on the avoidance of double taxation.",
    ]


def test_a_lead_that_only_talks_is_not_taken_for_the_gist():
    item = article(
        "a10",
        "The minister described the talks with his Vietnamese counterpart as frank and friendly.",
        "Chile and Vietnam signed a memorandum on mining cooperation in Hanoi on 3 March 2026.",
        "Vietnam will open a trade office in Santiago in June 2026.",
        "The two ministers also exchanged views on regional affairs and the situation in the Pacific.",
        title="Minister describes talks with Vietnamese counterpart",
    )
    assert [s.text for s in summarise([item], 2)] == [
        "Chile and Vietnam signed a memorandum on mining cooperation in Hanoi on 3 March 2026.",
        "Vietnam will open a trade office in Santiago in June 2026.",
    ]


def test_a_long_paper_section_gets_a_longer_summary_than_a_news_story_and_a_long_story_one_more():
    import dataclasses

    from reportgen.analysis.item_summaries import item_summary_length
    from reportgen.corpus import Article, Location, Paragraph, Section

    def paragraphs(words: int) -> tuple[Paragraph, ...]:
        return (Paragraph("p1", " ".join(["word"] * words), Location("x", 1)),)

    section = Section(
        id="p#s1", doc_id="p", title="History", level=2, paragraphs=paragraphs(500), location=Location("p.md", 1)
    )
    story = Article(
        id="f#a1", doc_id="f", title="T", date=None, paragraphs=paragraphs(500), location=Location("f.txt", 1)
    )
    assert item_summary_length(section, 3) == 5  # one for every 120 words
    assert item_summary_length(story, 3) == 4  # a long story reports several deeds: one more
    assert item_summary_length(dataclasses.replace(story, paragraphs=paragraphs(150)), 3) == 3
    assert item_summary_length(section, 2) == 4  # at most twice the configured length
    assert item_summary_length(dataclasses.replace(section, paragraphs=paragraphs(100)), 3) == 3
    assert item_summary_length(story, 0) == 0


def test_a_storys_opening_that_says_nothing_does_not_lead_its_summary():
    texts = (
        "The atmosphere was cordial from the first minute.",
        "President Boric held talks with Prime Minister Modi in New Delhi on 1 April 2025.",
        "The two leaders inked five memorandums of understanding on Antarctic cooperation and lithium.",
    )
    story = article("f#a1", *texts, title="Visit", date=dt.date(2025, 4, 2))
    assert [s.text for s in summarise([story], 2)] == list(texts[1:])


def test_how_talks_went_is_no_finding_for_a_topics_summary():
    texts = (
        "The talks took place in a friendly atmosphere.",
        "President Boric held talks with Prime Minister Modi in New Delhi on 1 April 2025.",
        "The two leaders issued a joint statement on a partnership in mining and health.",
        "India is Chile's fifth largest trading partner.",
    )
    story = article("f#a1", *texts, title="Visit", date=dt.date(2025, 4, 2))
    # (beside the story's own summary, a topic on talks: what is left over)
    got = [s.text for s in summarise([story], 2, query_terms=["talks", "partnership"], exclude={texts[1]})]
    assert got == list(texts[2:])
    # told with its day, the talks are a happening still
    from reportgen.analysis.summarise import _happening

    assert _happening("The talks took place in Tokyo on 3 May in a friendly atmosphere.") > 0
    assert _happening("The meeting was held in a spirit of mutual trust.") < 0


def test_a_storys_scene_setting_opening_does_not_lead_its_summary_but_a_plan_does():
    texts = (
        "The embassy's small staff had spent weeks getting ready for this moment.",
        "A first consignment of 18 tonnes of chilled lamb from Kyrgyzstan landed at Kuwait International Airport "
        "late on Thursday.",
        "Inspectors of the food authority audited the abattoir in September, and two more plants await approval.",
        "Kuwait imports about 90 percent of the food it consumes.",
    )
    story = article("f#a1", *texts, title="Lamb", date=dt.date(2026, 12, 5))
    assert [s.text for s in summarise([story], 3)] == list(texts[1:])
    # an opening that announces a plan is the story's news, whatever deed it recalls later
    plan = "Turkish Airlines will fly three times a week between Istanbul and Monterrey with Airbus aircraft."
    story = article("f#a2", plan, texts[0], title="Flights", date=dt.date(2026, 12, 5))
    first, second = score(candidates([story]), [story])
    assert first > second  # (the opening keeps its credit: without it, it would score less)


def test_a_step_of_an_argument_does_not_open_a_sections_summary_when_a_finding_can():
    section = Section(
        id="p#s2",
        doc_id="p",
        title="Cultural and humanitarian cooperation",
        level=2,
        paragraphs=(
            Paragraph(
                "p1",
                "Furthermore, the agenda includes cultural and sporting activities between the two countries. "
                "In 2022, Qatar invited Kazakhstan to the FIFA World Cup as a guest nation with President Tokayev attending.",
                Location("p.md", 3),
            ),
        ),
        location=Location("p.md", 1),
    )
    assert [s.text[:8] for s in summarise([section], 1)] == ["In 2022,"]


def test_a_sentence_pointing_back_is_shown_right_after_the_one_it_points_at_or_not_at_all():
    item = article(
        "a11",
        "Deputy ministers of Chile and Vietnam co-chaired the fourth political consultations in Hanoi on Tuesday.",
        "The two delegations reviewed the follow-up to the state visit of President Boric in March.",
        "They agreed that the Joint Commission on Trade will hold its first session in Santiago in May 2027.",
        "The atmosphere of the consultations was described as warm and constructive by both delegations.",
        title="Chile and Vietnam hold political consultations",
    )
    got = [s.text for s in summarise([item], 3)]
    assert got[-2:] == [
        "The two delegations reviewed the follow-up to the state visit of President Boric in March.",
        "They agreed that the Joint Commission on Trade will hold its first session in Santiago in May 2027.",
    ]
    # Its predecessor no candidate (too short to stand alone): it is never shown.
    alone = article(
        "a12",
        "Deputy ministers of Chile and Vietnam co-chaired the fourth political consultations in Hanoi on Tuesday.",
        "Talks were held in private.",
        item.paragraphs[2].text,
        item.paragraphs[3].text,
    )
    assert item.paragraphs[2].text not in [s.text for s in summarise([alone], 3)]


def test_a_paper_sections_summary_gives_a_happening_before_its_topic_sentence():
    part = section(
        "s9",
        "Culture is an important dimension of the relationship between the two countries and their peoples. "
        "The Indian Council for Cultural Relations opened a chair of Indian studies at the University of Chile in 2013. "
        "President Michelle Bachelet visited New Delhi in March 2009 with a delegation of rectors and artists. "
        "Cultural cooperation is expected to deepen further in the coming years through exchanges.",
        title="Culture and education",
    )
    assert [s.text for s in summarise([part], 1)] == [
        "The Indian Council for Cultural Relations opened a chair of Indian studies at the University of Chile in 2013.",
    ]


def test_an_opening_it_that_stands_for_something_named_before_is_never_shown_alone():
    assert is_junk("It is designed to carry Nigerian gas for about 5,600 kilometres along the Atlantic coast.")
    assert is_junk("It has recovered since 2021 and grew to 2.6 billion euros in 2025.")
    assert not is_junk("It was agreed that the Joint Commission will meet in Abuja next year.")
    part = section(
        "s10",
        "The pipeline is the most ambitious project of the partnership. "
        "It is designed to carry Nigerian gas for about 5,600 kilometres along the Atlantic coast, at a cost of "
        "USD 25 billion.",
        title="Energy",
    )
    # the opener is worth showing only for the finding after it: the two come together, even past the length
    for n in (1, 2):
        assert [s.text for s in summarise([part], n)] == [
            "The pipeline is the most ambitious project of the partnership.",
            "It is designed to carry Nigerian gas for about 5,600 kilometres along the Atlantic coast, at a cost of "
            "USD 25 billion.",
        ]


def test_a_summary_covers_as_many_happenings_as_the_item_tells():
    from reportgen.analysis.item_summaries import item_summary_length

    happenings = (
        "The Canada–Peru Chamber of Commerce was founded in Lima in 1995.",
        "A double taxation convention was signed in 2001 and entered into force in 2003.",
        "In 2021 Pronabec and Colleges and Institutes Canada signed an agreement on technical training.",
        "Canada financed the Centre for Mining Dialogue in Cusco, which opened in 2019.",
        "In 2023 Canada committed C$40 million to a programme against illegal gold mining.",
    )
    views = (
        "The relationship between the two countries is broad but remains uneven in several respects.",
        "Both governments regard education as a pillar of the partnership between their societies.",
    )
    told = section("s9", " ".join(views[:1] + happenings + views[1:]), title="History")
    # Five dated happenings in a short section: five sentences, the five happenings, not the views.
    assert item_summary_length(told, 3) == 5
    assert [s.text for s in summarise([told], 5)] == list(happenings)
    # The same section telling two happenings keeps the configured length.
    assert item_summary_length(section("s10", " ".join(views[:1] + happenings[:2] + views[1:])), 3) == 3
    # A story telling more happenings than the configured length gets one more sentence.
    assert item_summary_length(article("a20", *happenings[:4]), 3) == 4
    assert item_summary_length(article("a21", *happenings[:3]), 3) == 3


def test_a_storys_title_line_that_only_talks_stays_out_of_a_longer_summary():
    texts = (
        "The President described the talks as warm and productive.",
        "President Steinmeier held talks with President Ruto at State House, Nairobi, on 28 October 2025.",
        "The two presidents signed a joint declaration on a green hydrogen partnership.",
        "Germany pledged EUR 112 million for renewable energy and climate adaptation projects.",
        "Kenya will host a green hydrogen investment conference in Mombasa in March 2026.",
    )
    # The feed gives the line as the story's title too.
    assert [s.text for s in summarise([article("a22", *texts, title=texts[0])], 4)] == list(texts[1:])


def test_a_storys_dated_next_step_is_news_even_when_it_comes_last():
    texts = (
        "Negotiators of Chile and India concluded the fifth round of talks on a partnership agreement on 31 July.",
        "The round covered trade in goods, services, investment and rules of origin, the ministry said.",
        "Chile's chief negotiator Felipe Lopeandía led a delegation of 25 officials from eight ministries.",
        "Chilean exports of fruit and wine to India rose by 9 percent in 2025.",
        "The sixth and final round is scheduled to take place in Santiago in October.",
    )
    assert [s.text for s in summarise([article("a23", *texts)], 3)] == [texts[0], texts[2], texts[4]]


def test_advice_never_fills_a_summary_of_a_section_that_gives_only_advice():
    advice = section(
        "s11",
        "It is necessary to diversify exports to Portugal. "
        "Portuguese and Angolan universities should develop joint degrees in engineering and medicine. "
        "It is advisable to create a joint fund for small and medium-sized enterprises.",
        title="Prospects",
    )
    told = section("s12", "In 2023 Portugal committed EUR 40 million to a programme of vocational schools in Luanda.")
    # Alone, the section of advice has no summary; in a topic's summary it gives nothing either.
    assert summarise([advice], 3) == ()
    # (nor does the sentence after the study's finding, which leans on it)
    finding = section(
        "s13",
        "The analysis shows that the revival of Angolan–Portuguese ties is real but fragile. It rests on public "
        "money from the Portuguese side and on a few committed officials. It is necessary to diversify exports.",
        title="Prospects",
    )
    assert summarise([finding], 2) == ()
    assert [s.text for s in summarise([advice, told], 3)] == [
        "In 2023 Portugal committed EUR 40 million to a programme of vocational schools in Luanda."
    ]


def test_an_amount_announced_and_a_body_that_met_at_a_date_are_happenings():
    story = article(
        "a24",
        "Foreign Minister Ayman Safadi received Romanian Foreign Minister Andrei Munteanu in Amman on Sunday.",
        "The ministers reviewed the situation in the region and the reconstruction of Gaza.",
        "Both sides praised the long friendship between the two peoples and their cooperation.",
        "Munteanu announced that Romania would contribute €2.5 million to UNRWA schools in Jordan in 2027.",
    )
    # A pledged amount is news even when someone announces it and it comes last.
    assert [s.text for s in summarise([story], 2)] == [story.paragraphs[0].text, story.paragraphs[3].text]
    history = section(
        "s13",
        "Relations between Morocco and Nigeria were cool for decades and have warmed only slowly. "
        "Both countries see themselves as gateways to the rest of the continent and its markets. "
        "The Morocco–Nigeria Joint Commission met in Rabat in 2018, in Abuja in 2021 and again in Rabat in 2024. "
        "The two ministers discussed the pipeline and the training of diplomats in considerable detail.",
        title="Rapprochement",
    )
    # A body's sessions at given dates, not another assessment or the ministers' talk.
    assert [s.text for s in summarise([history], 2)] == [
        "Relations between Morocco and Nigeria were cool for decades and have warmed only slowly.",
        "The Morocco–Nigeria Joint Commission met in Rabat in 2018, in Abuja in 2021 and again in Rabat in 2024.",
    ]


def test_a_partners_rank_is_a_figure_of_a_trade_story_and_a_lectureship_in_literature_no_study():
    story = article(
        "a25",
        "Trade between Peru and Hungary reached USD 412 million in 2025, 9 percent more than in 2024, the ministry reports.",
        "Machinery, medicines and vehicles were the main Hungarian exports to Peru.",
        "Peru remained Hungary's third largest trading partner in South America after Brazil and Chile.",
    )
    assert [s.text for s in summarise([story], 2)] == [story.paragraphs[0].text, story.paragraphs[2].text]
    lectureship = article(
        "a26",
        "A chair of Hungarian language and literature opened at the National University of San Marcos in Lima on "
        "Monday, the ministry reports.",
        "About 30 students enrolled in the first term.",
    )
    assert [s.text for s in summarise([lectureship], 1)] == [lectureship.paragraphs[0].text]


def test_a_growth_told_as_a_multiple_is_a_figure_and_an_it_after_a_year_leans_back():
    from reportgen.analysis.summarise import _happening, follows_previous

    # what a minister noted is a figure when it gives one, as an amount is
    assert _happening("Kovacs noted that Hungarian exports to Peru have doubled over the past five years.") == 1.0
    assert _happening("Kovacs noted the good atmosphere of the talks.") < 0
    # "it" is the trade the sentence before names: the sentence reads only after that one
    assert follows_previous("In 2025 it reached USD 412 million.")
    assert not follows_previous("In 2025 the ministry reached an agreement with the bank.")


def test_how_many_of_one_sides_firms_or_people_the_other_holds_is_a_figure():
    from reportgen.analysis.summarise import _happening

    for sentence in (
        "Some 90 Hungarian companies operate in Peru, among them Richter and Zwack.",
        "About 1,200 Peruvian students study in Hungary each year.",
        "An estimated 15,000 Peruvians are of Hungarian descent.",
        "The Hungarian community in Peru numbers about 3,000 people.",
        "Some 300 Peruvians are currently studying in Budapest.",
    ):
        assert _happening(sentence) == 1.0, sentence
    assert _happening("The company employs 300 people.") < 1.0


def test_of_two_figures_of_one_series_the_latest_years_comes_first():
    trade = section(
        "s15",
        "Bilateral trade amounted to USD 300 million in 2023, against USD 280 million in 2022, when grain prices "
        "were high. Trade with Peru reached USD 412 million in 2025, led by machinery.",
        title="Trade",
    )
    assert [s.text for s in summarise([trade], 1)] == [
        "Trade with Peru reached USD 412 million in 2025, led by machinery."
    ]


def test_a_topic_summary_adds_the_happenings_its_items_own_summaries_leave_out():
    water = section(
        "s14",
        "Water management is the core of the relationship between Bangladesh and the Netherlands. "
        "Dutch engineers and Bangladeshi planners share a long tradition of water management and flood protection. "
        "Both countries are active in the Global Center on Adaptation, whose South Asia office opened in Dhaka in 2020. "
        "The two governments signed an agreement on the Delta Plan in 2012.",
        title="Water and climate cooperation",
    )
    shown = {"The two governments signed an agreement on the Delta Plan in 2012."}
    keywords = ["water", "climate", "flood", "delta"]
    # Under its topic, the section's own summary already gives the agreement: the topic's summary
    # adds the office opened in 2020, not another sentence naming water management.
    assert [s.text for s in summarise([water], 1, query_terms=keywords, exclude=shown)] == [
        "Both countries are active in the Global Center on Adaptation, whose South Asia office opened in Dhaka in 2020."
    ]


def test_a_sections_summary_gives_its_happenings_over_its_topic_sentences():
    oceans = section(
        "s15",
        "Energy cooperation between Indonesia and Norway has moved from oil and gas to renewable energy. "
        "Norwegian consultants have long advised the Indonesian authorities on energy policy and petroleum management. "
        "Indonesia and Norway were among the founding members of the High Level Panel for a Sustainable Ocean Economy. "
        "In 2024 the two countries agreed on a programme against illegal fishing worth NOK 150 million. "
        "In 2023 the Norwegian Institute of Marine Research launched a joint programme on seaweed farming in Lombok.",
        title="Energy and the oceans",
    )
    # The section's topic sentence, then what happened, not the consultants' long advice.
    assert [s.text for s in summarise([oceans], 3)] == [
        "Energy cooperation between Indonesia and Norway has moved from oil and gas to renewable energy.",
        "In 2024 the two countries agreed on a programme against illegal fishing worth NOK 150 million.",
        "In 2023 the Norwegian Institute of Marine Research launched a joint programme on seaweed farming in Lombok.",
    ]


def test_a_pointer_to_a_table_or_a_source_is_no_figure():
    culture = section(
        "s16",
        "Kazakhstan and Qatar held the first Days of Culture in Doha in February 2026. "
        "These events are poised to reinforce public diplomacy and the image of each nation (table 1,2). "
        "Later authors described a shift towards a broader humanitarian agenda (Islam, 2010).",
        title="Culture",
    )
    assert [s.text for s in summarise([culture], 1)] == [
        "Kazakhstan and Qatar held the first Days of Culture in Doha in February 2026."
    ]
    from reportgen.analysis.summarise import _happening

    assert _happening("Trade reached USD 4.6 billion in 2025 (Table 1).") == 1.0
    assert _happening("Later authors described a shift towards a broader agenda (Islam, 2010).") < 0
    assert _happening("The plant (opened in May 2019) is the largest of its kind.") > 0


def test_a_dated_plan_without_an_action_verb_is_news_in_a_summary():
    story = article(
        "a25",
        "Morocco and Nigeria concluded the intergovernmental agreement on the gas pipeline in Rabat on 18 September.",
        "The agreement was signed by the energy ministers in the presence of officials of both countries.",
        "The pipeline would bring Nigerian gas along the Atlantic coast to thirteen countries and on to Europe.",
        "The final investment decision is expected in the first half of 2027.",
    )
    assert [s.text for s in summarise([story], 2)] == [story.paragraphs[0].text, story.paragraphs[3].text]


def test_a_history_section_recounting_many_happenings_gets_one_sentence_each_up_to_three_times_the_length():
    from reportgen.analysis.item_summaries import item_summary_length

    happenings = [
        "German South West Africa was proclaimed a protectorate in 1884.",
        "South African troops occupied the territory in 1915, and German rule ended.",
        "Germany and Namibia established diplomatic relations on 21 March 1990.",
        "Chancellor Helmut Kohl visited Windhoek in September 1995.",
        "In August 2004 Minister Heidemarie Wieczorek-Zeul asked for forgiveness at Ohamakari.",
        "In 2011 the Charité returned twenty skulls to a Namibian delegation in Berlin.",
        "Negotiations between special envoys began in 2015.",
        "The two envoys initialled a joint declaration in May 2021.",
        "Namibia signed an agreement on green hydrogen with Germany in 2022.",
        "Germany committed EUR 40 million to the hydrogen partnership in 2023.",
    ]
    history = section("s17", " ".join(happenings), title="Historical background")
    assert item_summary_length(history, 3) == 9  # ten happenings, at most three times the length
    assert item_summary_length(history, 2) == 6
    chosen = [s.text for s in summarise([history], 9)]
    assert len(chosen) == 9 and set(chosen) <= set(happenings)


def test_a_guess_never_fills_a_summary_but_an_amount_pledged_does():
    prospects = section(
        "s18",
        "The Korea–Central Asia summit planned for 2026 can become a turning point for the partnership. "
        "Regular consultations on the green energy corridor would help both sides prepare for the post-gas era. "
        "The ministry announced that Romania would contribute €2.5 million to the vocational schools in 2027.",
        title="Prospects",
    )
    assert [s.text for s in summarise([prospects], 3)] == [
        "The ministry announced that Romania would contribute €2.5 million to the vocational schools in 2027."
    ]


def test_a_short_sentence_that_the_next_goes_on_about_is_shown_with_it():
    part = section(
        "s12",
        "Trade remains modest but is growing. It reached €164 million in 2025, up from €97 million in 2020. "
        "Finland exports paper and machinery, while Tunisia exports olive oil and dates.",
    )
    got = [s.text for s in summarise([part], 2)]
    assert got[:2] == [
        "Trade remains modest but is growing.",
        "It reached €164 million in 2025, up from €97 million in 2020.",
    ]


def test_a_visit_told_deed_by_deed_gets_a_sentence_per_deed_up_to_twice_the_length():
    from reportgen.analysis.item_summaries import item_summary_length

    texts = (
        "Prime Minister Inga Ruginiene returned to Vilnius on Friday from a four-day official visit to Vietnam.",
        "On Monday she laid a wreath at the Ho Chi Minh Mausoleum and met Vietnamese engineers in Hanoi.",
        "On Tuesday she held talks with Prime Minister Ho Quang Minh at the Presidential Palace in Hanoi.",
        "On Wednesday Ruginiene opened the Lithuania–Vietnam Business Forum attended by some 160 companies.",
        "On Thursday the delegation flew to Ho Chi Minh City, where the Prime Minister opened a trade office.",
        "The weather stayed hot.",
    )
    story = article("lrt#a1", *texts, title="Visit", date=dt.date(2026, 10, 23))
    # four deeds and the return, each dated by its day of the story's week
    assert item_summary_length(story, 3) == 5
    assert item_summary_length(story, 2) == 4  # at most twice the configured length


def test_a_list_of_what_the_sentence_before_counted_is_shown_only_after_it():
    lead = "The two presidents held talks in Bishkek yesterday, after which eight documents were signed."
    listed = "The documents are: an agreement on double taxation; a road loan of USD 40 million; and a memorandum on culture."
    other = "Trade between the two countries reached USD 31.2 million in 2025, the statistics committee said."
    story = article("f#a1", lead, listed, other, title="Documents", date=dt.date(2026, 11, 24))
    for n in (1, 2, 3):
        got = [s.text for s in summarise([story], n)]
        assert listed not in got or got[got.index(listed) - 1] == lead


def test_a_sentence_opening_a_bulleted_list_is_one_candidate_with_its_items():
    opener = "The next day, in the presence of the two leaders, ministers signed three documents:"
    paragraphs = (
        Paragraph("a-p1", "President Ruiz arrived in Valletta on Monday for a state visit.", Location("feed.txt", 2)),
        Paragraph("a-p2", opener, Location("feed.txt", 3)),
        Paragraph("a-p3", "a memorandum on maritime training;", Location("feed.txt", 4), kind="bullet"),
        Paragraph("a-p4", "an agreement on air services;", Location("feed.txt", 5), kind="bullet"),
        Paragraph("a-p5", "a programme of cultural exchanges for 2027–2029.", Location("feed.txt", 6), kind="bullet"),
        Paragraph("a-p6", "On Wednesday the President opened a business forum in Sliema.", Location("feed.txt", 7)),
    )
    story = Article(
        id="feed#a-1",
        doc_id="feed",
        title="State Visit",
        date=dt.date(2026, 10, 5),
        paragraphs=paragraphs,
        location=Location("feed.txt", 1),
    )
    assert [c.text for c in candidates([story])] == [
        "President Ruiz arrived in Valletta on Monday for a state visit.",
        "The next day, in the presence of the two leaders, ministers signed three documents: a memorandum on "
        "maritime training; an agreement on air services; a programme of cultural exchanges for 2027–2029.",
        "On Wednesday the President opened a business forum in Sliema.",
    ]


def test_an_outlet_s_notice_of_its_own_error_is_no_summary_sentence():
    assert is_junk("CORRECTION: In our statement of 28 August 2026, the number of tractors was given as 1,432.")
    assert is_junk("Erratum: the table's second column was misprinted in the first edition.")
    assert not is_junk("The ministry corrected the number of tractors delivered under the programme to 1,342.")


def test_an_answer_leaning_back_past_its_speaker_s_name_is_no_summary_sentence():
    assert is_junk("A: It was the first state visit by a Lebanese president to Cyprus since 2010.")
    assert is_junk("HONOURABLE NYAMANDE: They agreed to send the kits through Durban.")
    assert not is_junk("A: President Aoun paid the first state visit by a Lebanese president to Cyprus since 2010.")


def test_a_sitting_s_hours_are_no_summary_sentence():
    assert is_junk("The sitting was opened at 10:05 by the Speaker, Andrija Mandić, with 63 members present.")
    assert is_junk("The sitting was closed at 16:40.")
    assert not is_junk("The Parliament ratified the agreement on free trade with 63 votes in favour.")


def test_advice_to_the_governments_and_a_scene_at_an_hour_are_no_summary_sentences():
    assert is_junk("The two governments are advised to turn the Joint Commission into a working body.")
    assert is_junk(
        "The excavator arrived before the tourists did, and by eight o'clock the lakeside road was down to one lane."
    )
    assert not is_junk("The two governments turned the Joint Commission into a working body in 2025.")


def test_a_dated_story_s_deed_is_a_happening_of_its_day():
    story = article(
        "feed#a-1",
        "The third session of the Joint Commission closed in Strelsau on Monday after two days of talks.",
        "The delegations signed four agreements, covering forestry, customs, tourism promotion and the "
        "recognition of diplomas.",
        "The Joint Commission was set up to promote trade and investment between the two countries.",
        title="Joint Commission Ends in Strelsau",
        date=dt.date(2026, 5, 12),
    )
    got = [s.text for s in summarise([story], 2)]
    assert got == [story.paragraphs[0].text, story.paragraphs[1].text]


def test_a_study_s_results_and_a_relation_s_arc_are_no_summary_sentences():
    from reportgen.analysis.discourse import reports_findings, tells_an_arc

    assert reports_findings("The analysis indicates that the partnership rests on goodwill but on a narrow base.")
    assert reports_findings("Interviews with Georgian students in Tartu show that housing is the main obstacle.")
    assert reports_findings("Interviewees on both sides pointed to the lack of language teaching.")
    assert reports_findings("Interviewed Estonian officials expressed interest in Georgian wine exports.")
    assert not reports_findings("Interviewed on Monday, the minister confirmed the visit.")
    assert reports_findings("The experience of two decades suggests that people, not money, hold this partnership.")
    assert is_junk("Tastings are held daily at 10:00 and 16:00, and a tea ceremony is performed every evening.")
    assert not is_junk("The two ministers held talks in Hanoi every day of the three-day visit.")
    assert not reports_findings("The analysis of the soil samples began in March 2026 at the Tartu laboratory.")
    assert not reports_findings("Data from the customs service show that trade rose by 12 percent.")
    assert is_junk("The findings show that the partnership has moved beyond solidarity, but its base is narrow.")
    arc = "Relations between Nepal and Bangladesh have moved from shared rivers to a partnership in energy."
    assert tells_an_arc(arc)
    assert not tells_an_arc("Trade has grown from USD 20 million in 2015 to USD 96 million in 2025.")
    assert not tells_an_arc("The company has moved from Riga to Tallinn.")
    assert is_junk(arc)
    # an essay's opening frame compares its subject with the world and tells nothing that happened
    frame = "Few bilateral relationships in the Baltic carry as much history as that between Estonia and Georgia."
    assert is_junk(frame)
    assert is_junk("Few European countries are as present in everyday life in Georgia as Estonia.")
    assert not is_junk("Few companies invested in Georgia in 2025, the chamber of commerce reported.")


def test_a_request_made_of_someone_and_a_full_hall_are_no_happenings():
    from reportgen.analysis.scenes import sense_scene
    from reportgen.analysis.summarise import _told

    assert _told("The Speaker urged Estonia to support the training of parliamentary staff.") == -0.5
    assert _told("Local leaders asked the developer to hire workers from the district.") == -0.5
    assert _told("Georgia asked Estonia to extradite the suspect in May 2026.") == 1.0
    assert _told('Papikyan called the contract "a new stage in our defence partnership".') == -0.5
    assert sense_scene("The hall of the Chamber of Commerce was full long before the two delegations arrived.")
    assert not sense_scene("The order book was full in 2025.")


def test_thanks_and_a_view_of_a_visit_are_talk_and_the_evidence_is_the_study_s():
    from reportgen.analysis.discourse import reports_findings
    from reportgen.analysis.summarise import _told

    assert _told("The Prime Minister thanked Estonia for being a steadfast friend.") == -0.5
    assert _told("The minister said the visit had opened a new chapter in the history of the two nations.") == -0.5
    assert _told("Mr Ramful described the relations between the two countries as unique.") == -0.5
    assert _told("Ireland thanked Malawi for hosting 300 volunteers in 2025.") == 1.0
    assert reports_findings("The evidence suggests that the relationship has entered a new phase.")
    assert _told("The two sides welcomed the excellent state of relations between Tbilisi and Tallinn.") == -0.5
    assert _told("The Undersecretary wished the ambassador-designate success in her duties.") == -0.5


def test_a_day_of_the_story_s_week_dates_a_deed_as_a_month_does():
    from reportgen.analysis.summarise import _happening

    assert _happening("On Thursday morning the minister flew to Kisumu, where she opened a maternity clinic.") == 1.0
    assert _happening("The minister flew to Kisumu, where she opened a maternity clinic.") == 0.5


def test_a_day_a_story_names_by_its_own_words_dates_a_deed():
    from reportgen.analysis.summarise import _happening

    assert _happening("Last week, Kenya Airways opened a sales office in Accra.") == 1.0
    assert _happening("Later that day, the minister was received by the King at the palace.") == 1.0
    assert _happening("Kenya Airways opened a sales office in Accra.") == 0.5
    assert _happening("Autumn came early to the valley this year.") == 0.5  # a scene: no day named


def test_a_plan_told_as_what_someone_said_or_discussed_is_news_for_an_item_summary():
    from reportgen.analysis.summarise import _happening, _told

    said = "The ambassador said a Kenyan trade centre would open in Accra in March 2027."
    discussed = "They also discussed the first Ghana–Kenya Investment Forum, planned for Nairobi in May 2027."
    assert _happening(said) == 0.0 and _told(said) == 1.0
    assert _told(discussed) == 1.0
    assert _told("The minister said relations would grow stronger in 2027.") == 0.0  # a forecast, no plan
    assert _told("The two ministers discussed the situation in the region.") < 0


def test_who_tells_a_deed_and_why_is_no_talk():
    from reportgen.analysis.eventness import only_talk

    assert not only_talk(
        "Kenya Airways has postponed the launch of its flights to Accra from 1 May to 1 June, the airline said on "
        "Monday, citing a shortage of aircraft."
    )
    assert only_talk("The two ministers discussed the launch of flights to Accra, the ministry said on Monday.")


def test_a_happening_told_as_a_pair_with_a_short_opener_counts_for_the_summary_s_length():
    from reportgen.analysis.item_summaries import item_summary_length
    from reportgen.analysis.summarise import happenings

    trade = section(
        "Trade",
        "Trade is unbalanced. It reached USD 410.2 million in 2024, compared with USD 388.5 million in 2021. "
        "The first business forum, held in Accra in May 2022, brought together 90 companies. "
        "In 2023 a Ghanaian bank opened a branch in Nairobi. "
        "A direct flight between Accra and Nairobi was launched in March 2024.",
    )
    assert happenings(trade) == 4 and item_summary_length(trade, 3) == 4
    got = [s.text for s in summarise([trade], 4)]
    assert "Trade is unbalanced." in got and got[got.index("Trade is unbalanced.") + 1].startswith("It reached")


def test_a_speaker_s_today_is_no_day_of_a_happening():
    from reportgen.analysis.summarise import _happening

    assert (
        _happening(
            '"Today we have given our friendship an institutional form," the Prime Minister said in his address.'
        )
        < 1.0
    )


def test_a_dated_plan_counts_for_an_item_summary_s_length():
    from reportgen.analysis.summarise import happenings

    story = article(
        "pmo#a1",
        "The Prime Minister arrived in Accra yesterday and was received at the airport by the Vice-President.",
        "The two leaders signed an agreement on visa-free travel for holders of ordinary passports on Tuesday.",
        "The Vice-President said the first Ghana–Kenya business forum would be held in Nairobi in April.",
        title="Visit",
        date=dt.date(2026, 11, 16),
    )
    assert happenings(story) == 3


def test_a_summary_never_opens_on_a_connective_when_another_sentence_can():
    example = (
        "For instance, in 2019 the Baltic Shipping Company opened a weekly container line from Klaipeda to "
        "Gdynia with two vessels."
    )
    finding = "Maritime links between Lithuania and Poland doubled their capacity between 2018 and 2024."
    items = [section("s1", example, title="History"), section("s2", finding, title="Transport", line=40)]
    assert [s.text for s in summarise(items, 2)] == [finding, example]
    assert [s.text for s in summarise(items[:1], 2)] == [example]  # alone, it is all there is


def test_a_sentence_opening_on_he_is_shown_after_the_one_that_names_him():
    item = section(
        "s1",
        "Relations in the economic sphere have long been modest and were mostly confined to a few goods. "
        "The cooperation gained momentum in March 2024 during talks in Lima, where President Ana Ruiz highlighted "
        "the importance of trade. He outlined Peru's plans to raise its exports of copper and fruit to Malta to "
        "USD 300 million by 2030 and to open a trade office in Valletta in 2025.",
    )
    got = [s.text for s in summarise([item], 1)]
    assert got == [
        "The cooperation gained momentum in March 2024 during talks in Lima, where President Ana Ruiz highlighted "
        "the importance of trade.",
        "He outlined Peru's plans to raise its exports of copper and fruit to Malta to USD 300 million by 2030 and "
        "to open a trade office in Valletta in 2025.",
    ]


def test_a_thing_named_again_by_a_bare_definite_noun_goes_where_its_naming_sentence_is_shown():
    lead = "Prime Minister Robert Abela will pay an official visit to Peru from 14 to 16 April 2026, the ministry said."
    first = "The visit will be the first by a Maltese head of government to Peru since 2019."
    forum = "Maltese and Peruvian companies signed five contracts worth EUR 12 million at a business forum in Lima."
    story = article("a1", lead, first, forum, date=dt.date(2026, 3, 2))
    assert [s.text for s in summarise([story], 2, exclude={lead})] == [forum]
    # (shown beside the sentence that names the visit, it reads)
    assert first in [s.text for s in summarise([story], 3)]


def test_an_instance_of_a_claim_shown_elsewhere_is_left_out_and_a_pronoun_after_a_setting_takes_its_sentence():
    claim = "Since the 2000s the frequency of contacts between the two states has increased markedly."
    instance = "For instance, the President of Peru visited Valletta in 2008, 2011 and 2019, and signed four accords."
    item = section("s1", f"{claim} {instance} The two states opened embassies in 2012 and 2013 in Lima and Valletta.")
    got = [s.text for s in summarise([item], 2, exclude={claim})]
    assert instance not in got
    visit = "On 3 May 2024 President Ana Ruiz of Peru paid a state visit to Malta, the first in twenty years."
    proposal = "During the talks, she proposed raising relations to a strategic partnership with a joint commission."
    other = section("s2", f"Relations were long modest and mostly confined to a few goods. {visit} {proposal}")
    got = [s.text for s in summarise([other], 1, query_terms=("partnership", "commission"))]
    assert got[-2:] == [visit, proposal]


def test_what_is_left_beside_the_items_own_summaries_adds_only_what_is_worth_saying():
    # Under a topic whose items already show a story's best sentences, the topic's own summary takes
    # what they leave out, but not its scene-setting opener or its courtesies.
    lines = [
        "The talks lasted until late in the evening.",
        "President Bola Tinubu received the Norwegian Minister of Trade Cecilie Myrseth at the State House "
        "in Abuja on 3 March 2026, the Presidency reports.",
        "The two signed a memorandum on fisheries cooperation.",
        "The two sides discussed direct flights between Oslo and Lagos and a new shipping line to Tin Can Island.",
        'The President thanked Norway and the Nigerian community in Oslo for their "steady friendship".',
    ]
    story = Article(
        id="presidency-2026-03-04#a1",
        doc_id="presidency-2026-03-04",
        title="",
        date=dt.date(2026, 3, 4),
        paragraphs=tuple(Paragraph(f"p{n}", text, Location("s.txt", n)) for n, text in enumerate(lines, 1)),
        location=Location("s.txt", 1),
    )
    shown = summarise([story], 3, query_terms=["flights", "shipping"], exclude={lines[1], lines[2]})
    assert [s.text for s in shown] == [lines[3]]


def test_an_interviewers_turn_is_no_summary_sentence():
    assert is_junk("Q: Minister, 2026 was a good year for the port.")
    assert is_junk("Weekly Mirror: Ambassador, the commission met in March.")
    assert not is_junk("The commission met in Colombo in March and approved three projects.")


def test_a_topics_summary_beside_its_items_adds_no_speakers_words_nor_when_figures_come():
    texts = (
        "Trade between Chile and Kenya reached USD 41.2 million in 2026, the statistics office reports.",
        '"Trade is where our two countries can grow most," President Boric said at a press conference.',
        "The statistics office said final figures for 2026 would be published in June 2027.",
        "Chilean wine exports to Kenya doubled to USD 3.1 million.",
    )
    story = article("f#a1", *texts, title="Trade", date=dt.date(2027, 1, 18))
    got = [s.text for s in summarise([story], 3, query_terms=["trade", "exports"], exclude={texts[0]})]
    assert got == [texts[3]]


def test_a_topics_summary_beside_its_items_adds_no_view_no_also_and_no_advice_in_another_language():
    texts = (
        "Kenya Airways opened a weekly flight between Nairobi and Santiago on 3 March 2027, the airline reports.",
        "The airline also flies to São Paulo three times a week.",
        "Relations between the two countries remain excellent, the ministry said.",
        "The ambassador said the route was \"a bridge between our peoples\".",
        "Travel agents warn that fares remain far above the regional average.",
        "The Chilean carrier LATAM signed a codeshare agreement with Kenya Airways on 5 March 2027.",
    )
    story = article("f#a1", *texts, title="Flights", date=dt.date(2027, 3, 8))
    got = [s.text for s in summarise([story], 4, query_terms=["flight", "airline"], exclude={texts[0]})]
    assert got == [texts[5]]
    conseil = "Selon plusieurs observateurs, le Kenya devrait veiller à ce que les tarifs restent abordables."
    assert is_advice(conseil) and is_advice("Chile debería diversificar sus exportaciones a Kenia.")


def test_a_topics_summary_beside_its_items_leaves_out_a_storys_scene_setting_opening():
    texts = (
        "Reporters waited outside the building for most of the afternoon.",
        "President Boric held talks with President Ruto in Nairobi on 8 October 2026, the Presidency reports.",
        "Chile pledged USD 20 million for solar mini-grids in rural Kenya.",
        "The President said that Chile wanted to open a new chapter in its relations with Kenya.",
    )
    story = article("p#a1", *texts, title="", date=dt.date(2026, 10, 10))
    got = [s.text for s in summarise([story], 3, query_terms=["talks"], exclude={texts[1], texts[2]})]
    assert texts[0] not in got


def test_a_topics_summary_beside_its_items_adds_no_judgement_without_a_deed_nor_a_quote_called():
    texts = (
        "Fiji Airways opened a weekly flight between Nadi and Seoul on 4 April 2027, the airline reports.",
        "Tourism is the backbone of the relationship.",
        "The minister called the flight \"a new bridge across the Pacific for our two peoples\".",
        "Korean Air signed a codeshare agreement with Fiji Airways on 6 April 2027.",
    )
    story = article("f#a1", *texts, title="Flights", date=dt.date(2027, 4, 8))
    got = [s.text for s in summarise([story], 3, query_terms=["flight", "tourism"], exclude={texts[0]})]
    assert got == [texts[3]]


@pytest.mark.parametrize(
    "advice",
    [
        "Il serait souhaitable que Niamey allège aussi ses procédures douanières.",
        "Il convient de renforcer la coopération consulaire entre les deux pays.",
        "Sería conveniente que ambos gobiernos actualizaran el convenio de 1991.",
        "Es necesario ampliar las becas para estudiantes nigerinos.",
        "Sarebbe opportuno rafforzare i collegamenti aerei.",
        "Seria desejável que os dois governos revissem o acordo.",
        "Es wäre wünschenswert, die Visaverfahren zu vereinfachen.",
    ],
)
def test_advice_in_the_other_languages_is_advice_and_no_topics_summary_sentence(advice):
    from reportgen.analysis.eventness import gives_advice

    assert gives_advice(advice) and is_advice(advice)
    deed = "Le Niger et l'Espagne ont signé lundi à Niamey une convention fiscale, a annoncé le ministère."
    story = article("f#a1", deed, advice, title="", date=dt.date(2027, 3, 8))
    assert advice not in [s.text for s in summarise([story], 2)]


def test_a_step_after_the_one_told_before_leans_on_it():
    from reportgen.analysis.discourse import leans_back

    assert leans_back("Ms Aubert then travelled to Mongo, where she visited a hospital financed by France.")
    assert leans_back("President Macron later visited the port of Abidjan.")
    assert not leans_back("Chad and France signed a financing agreement in N'Djamena in 2026.")
    assert not leans_back("Paris then became the main partner of the region.")  # (a state, not a further step)
    texts = (
        "France's Minister of Development, Claire Aubert, signed a EUR 45 million financing agreement in N'Djamena on 12 May 2027.",
        "Ms Aubert then travelled to Mongo, where she visited a hospital financed by France.",
    )
    story = article("atp#a3", *texts, title="", date=dt.date(2027, 5, 14))
    got = [s.text for s in summarise([story], 1, exclude={texts[0]})]
    assert texts[1] not in got
    assert not leans_back("Ministers then signed a memorandum on a critical minerals partnership.")
