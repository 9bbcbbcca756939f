"""Pin what ingestion finds in the five seed documents, value by value."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reportgen import ingest
from reportgen.corpus import Article, Section

ROOT = Path(__file__).resolve().parents[1]
FEED_A = "001_42fa1f2987897a64"
FEED_B = "004_6441b8d8daaa15d8"
PAPER = "002_26179e7a99fe8ed4"


@pytest.fixture(scope="module")
def corpus():
    return ingest.load(["seeds"], root=ROOT)


def _doc(corpus, doc_id):
    doc = corpus.document(doc_id)
    assert doc is not None, doc_id
    return doc


def test_reads_all_five_seeds_without_diagnostics(corpus):
    assert [d.path for d in corpus.documents] == [
        "seeds/000_81944cfbacb2fa5d.txt",
        f"seeds/{FEED_A}.txt",
        f"seeds/{PAPER}.txt",
        "seeds/003_71cf52ac256759a6.txt",
        f"seeds/{FEED_B}.txt",
    ]
    assert [(d.kind, d.format) for d in corpus.documents] == [
        ("news", "article"),
        ("news", "feed"),
        ("paper", "paper"),
        ("news", "article"),
        ("news", "feed"),
    ]
    assert corpus.diagnostics == ()
    assert all(len(d.digest) == 64 for d in corpus.documents)


def test_feed_001_articles_dates_and_titles(corpus):
    doc = _doc(corpus, FEED_A)
    got = [(a.id, a.date.isoformat(), a.title) for a in doc.items]
    assert got == [
        (f"{FEED_A}#a-8970cb6328", "2025-12-13", '"Armour of God: Ultimatum" to be filmed in Mangistau'),
        (
            f"{FEED_A}#a-1f9f9c1b9e",
            "2025-12-12",
            "Kosshy Students Learned About the History and Evolution of Independent Kazakhstan’s Diplomacy",
        ),
        (
            f"{FEED_A}#a-2834de87a2",
            "2025-12-12",
            "Harmony of the Dombra and Saxophone: a Unique Musical Dialogue Sounds in Brussels",
        ),
        (f"{FEED_A}#a-e454819db1", "2025-12-12", "Kazakh Film Days Held in Oslo"),
        (f"{FEED_A}#a-cdb228c109", "2025-12-11", "Kazakhstan and World Health Organization Strengthen Cooperation"),
        (
            f"{FEED_A}#a-8ea03fdb2d",
            "2025-12-11",
            "Prospects for Establishing New Academic and Research Alliances Discussed in Istanbul",
        ),
        (
            f"{FEED_A}#a-ec3c23de7c",
            "2025-12-11",
            "Kazakhstan and the World Meteorological Organization Strengthen Cooperation in Climate Resilience",
        ),
        (f"{FEED_A}#a-6edf9e691b", "2025-12-11", "Kazakh Room Reopened at the Palais des Nations in Geneva"),
        (
            f"{FEED_A}#a-db94b40ce8",
            "2025-12-10",
            "Kazakhstan and the International Labour Organization Strengthen Strategic Partnership",
        ),
    ]
    first = doc.items[0]
    assert (first.time, first.extra) == ("14:10", (("retrieved", "2025-12-14"), ("id", "17851")))
    assert [len(a.paragraphs) for a in doc.items] == [3, 5, 5, 7, 7, 5, 5, 7, 5]
    assert first.paragraphs[0].id == f"{FEED_A}#a-8970cb6328.p1"
    assert first.paragraphs[0].location.line == 4
    assert first.paragraphs[0].text.startswith("Actor Jackie Chan and director of Armour of God")
    assert doc.items[1].location.line == 7
    assert doc.published == dt.date(2025, 12, 13)
    assert not any(a.title_derived for a in doc.items)


def test_feed_004_articles_dates_and_titles(corpus):
    doc = _doc(corpus, FEED_B)
    assert [(a.date.isoformat(), a.title) for a in doc.items] == [
        (
            "2026-02-20",
            "Kazakhstan Commemorates Al-Farabi at Islamic World Educational, Scientific and Cultural Organization Headquarters",
        ),
        (
            "2026-02-19",
            "Students of the Capital's School Visited the Ministry of Foreign Affairs of the Republic of Kazakhstan",
        ),
        ("2026-02-18", "Global Coalition on Primary Health Care Discussed in Geneva at Kazakhstan’s Initiative"),
        (
            "2026-02-17",
            "Kazakhstan’s Growing Role in Strengthening Eurasian Stability and Connectivity was Discussed in Paris",
        ),
        ("2026-02-17", "Kazakhstan Delegation Participates in the 39th African Union Summit"),
        (
            "2026-02-16",
            "Draft of New Constitution Presented to Diplomatic Corps, International Institutions and Experts",
        ),
        ("2026-02-16", 'Kazakhstan Participates in the "Busan City Diplomacy Network" Forum in Busan'),
        ("2026-02-16", "Kazakhstan Strengthens Cooperation with Israel in Special and Inclusive Education"),
        ("2026-02-15", "India and Kazakhstan elevate AI cooperation to strategic level"),
    ]
    assert all(a.time is None and a.extra == () for a in doc.items)
    assert doc.published == dt.date(2026, 2, 20)


def test_single_articles_get_derived_titles(corpus):
    culture = _doc(corpus, "000_81944cfbacb2fa5d")
    archive = _doc(corpus, "003_71cf52ac256759a6")
    (a,) = culture.items
    (b,) = archive.items
    assert (a.title, a.title_derived, a.date) == (
        "Deputy Prime Minister and Culture and Information Minister Aida Balayeva heads the Kazakh delegation",
        True,
        dt.date(2026, 2, 5),
    )
    assert (b.title, b.title_derived, b.date) == (
        "The document offers opportunities to expand cooperation between the two nations…",
        True,
        dt.date(2025, 12, 5),
    )
    assert a.paragraphs[0].text == (
        "Deputy Prime Minister and Culture and Information Minister Aida Balayeva heads the Kazakh delegation."
    )
    assert (len(a.paragraphs), len(b.paragraphs)) == (13, 10)
    assert a.paragraphs[-1].text == "To note, Kazakhstan Culture Days attracted over 3,000 people in Turkmenistan."
    assert culture.title == a.title and culture.published == a.date


def test_paper_title_authors_and_sections(corpus):
    doc = _doc(corpus, PAPER)
    assert doc.title == (
        "FOREIGN POLICY COOPERATION BETWEEN THE REPUBLIC OF KAZAKHSTAN AND THE STATE OF QATAR: KEY AREAS AND PROSPECTS"
    )
    assert doc.authors == ("Abu Shawer Omar Ahmad", "A.K. Kurmangali", "Saad Twaiss")
    assert doc.affiliations == (
        "Abai Kazakh National Pedagogical University, Almaty, Kazakhstan",
        "United Arab Emirates University, Al-Ain, United Arab Emirates",
    )
    assert [(s.level, s.title) for s in doc.items] == [
        (2, "Introduction"),
        (2, "Literature review"),
        (2, "Materials and methods"),
        (2, "History and evolution of bilateral relations"),
        (3, "Political and diplomatic cooperation"),
        (3, "Trade, economic and investment cooperation"),
        (3, "Cultural and humanitarian cooperation"),
        (3, "Main directions and prospects for further co-operation"),
        (2, "Conclusion"),
    ]
    assert [s.id for s in doc.items][:2] == [f"{PAPER}#s-f5495a171c", f"{PAPER}#s-6be8e0eb2f"]
    assert all(isinstance(s, Section) and s.language == "en" for s in doc.items)
    assert doc.items[0].location.line == 45


def test_paper_abstracts_in_three_languages(corpus):
    doc = _doc(corpus, PAPER)
    assert [a.language for a in doc.abstracts] == ["en", "kk", "ru"]
    en, kk, ru = doc.abstracts
    assert en.title == doc.title
    assert kk.title == (
        "Қазақстан Республикасы мен Катар мемлекетінің сыртқы саяси ынтымақтастығы: "
        "перспективалары мен негізгі бағыттары"
    )
    assert ru.title == (
        "Внешнеполитическое сотрудничество между Республикой Казахстан и Государством Катар: "
        "ключевые направления и перспективы"
    )
    assert en.text.startswith("The issues of foreign policy cooperation between Kazakhstan and the Gulf States")
    assert kk.text.startswith("Қазақстанның Парсы шығанағы мемлекеттерімен")
    assert ru.text.startswith("Вопросы внешнеполитического сотрудничества Казахстана")
    assert en.keywords == (
        "Kazakhstan",
        "Qatar",
        "foreign policy",
        "international cooperation",
        "strategic partnership",
    )
    assert kk.keywords == (
        "Қазақстан",
        "Катар",
        "сыртқы саясат",
        "халықаралық ынтымақтастық",
        "стратегиялық әріптестік",
    )
    assert ru.keywords == (
        "Казахстан",
        "Катар",
        "внешняя политика",
        "международное сотрудничество",
        "стратегическое партнерство",
    )
    assert kk.authors == ("Абу Шауер Омар Ахмад", "А.Қ. Құрманғали", "Саад Твайсси")
    assert doc.keywords == en.keywords
    body = "\n".join(p.text for s in doc.items for p in s.paragraphs)
    assert en.text[:60] not in body and ru.text[:60] not in body


def test_paper_paragraphs_split_by_page_breaks_are_mended(corpus):
    doc = _doc(corpus, PAPER)
    sections = {s.title: s for s in doc.items}
    intro = sections["Introduction"].paragraphs
    assert len(intro) == 3
    assert (
        "strategic location of Qatar in the Middle East and its role as a major player in the Islamic world"
        in intro[1].text
    )
    assert intro[1].location.line == 49
    political = sections["Political and diplomatic cooperation"].paragraphs
    assert "robust partnerships with Gulf Arab states, identifying Qatar as a key ally" in political[0].text
    assert "a nation that resonates with Qatar's own foreign policy agenda" in political[4].text
    culture = sections["Cultural and humanitarian cooperation"].paragraphs
    assert "enabling student and faculty exchanges, joint educational programs" in culture[1].text
    literature = sections["Literature review"].paragraphs
    assert literature[0].text.endswith(
        "the necessity for Central Asia countries, particularly Kazakhstan, to diversify their diplomatic strategies."
    )
    assert "Kazakh-Qatari collaboration" in literature[2].text
    body = "\n".join(p.text for s in doc.items for p in s.paragraphs)
    for fragment in ("identify-", "exchange-", "bilat-", "offi-", "Ka-\n"):
        assert fragment not in body
    assert "bilateral cooperation in the financial sector" in body
    assert "between QSTec and Kazatomprom." in body


def test_paper_bullets_keep_their_continuations(corpus):
    doc = _doc(corpus, PAPER)
    main = next(s for s in doc.items if s.title.startswith("Main directions"))
    assert [p.kind for p in main.paragraphs] == ["paragraph", "bullet", "bullet", "bullet", "paragraph", "paragraph"]
    trade = main.paragraphs[1].text
    assert trade.startswith("Trade and investment – undoubtedly the main material basis of relations.")
    assert "exceeding $20 billion, the attainment of trade turnover targets ($0.5 billion)" in trade
    assert "(Kashagan GPP), infrastructure (transport corridors) and agro-industry" in trade
    assert trade.endswith("active in the development of solar and hydrogen energy.")
    assert main.paragraphs[3].text.endswith(
        "shared approaches to the advancement of the digital economy. "
        "Such discourse establishes the foundation for specific projects in the domain of high technologies."
    )


def test_paper_tables_cell_for_cell(corpus):
    doc = _doc(corpus, PAPER)
    one, two = doc.tables
    assert (one.id, one.number, one.caption) == (f"{PAPER}#t1", 1, "Main areas of Kazakh-Qatari relations (2022–2024)")
    assert one.header == ("Direction of Cooperation", "Main Activities/Agreements", "Implementation Year")
    assert one.rows == (
        ("Political-Diplomatic", "State visits and agreements", "2022–2024"),
        (
            "Trade and Economic",
            "Investment protection agreement, cooperation in energy, construction of gas processing plants",
            "2022–2024",
        ),
        ("Military-Technical", "Agreement on military cooperation", "2023"),
        ("Cultural and Humanitarian", "Educational exchanges, joint cultural projects", "2022–2024"),
        ("Transport and Logistics", "Negotiations on Central Asia – Persian Gulf transport corridor", "2023–2024"),
    )
    assert one.note is None
    assert (two.number, two.caption) == (2, "Key bilateral projects between Astana and Doha (2024–2028)")
    assert two.header == ("Project", "Sector", "Planned Investment Volume")
    assert two.rows == (
        ("Construction of Gas Processing Plant (GPP) at Kashagan", "Energy", "USD 2.5 billion"),
        ("Joint Agro-industrial Complex", "Agriculture", "USD 350 million"),
        ("Development of «Central Asia – Persian Gulf» Logistics Route", "Transport and Logistics", "USD 1.2 billion"),
        ("Joint Islamic Financial Center based on AIFC", "Financial Sector", "USD 500 million"),
    )
    assert (
        two.note
        == "Source: Proposals and initiatives discussed during bilateral negotiations and agreements(2023–2024)."
    )
    assert one.section_id == two.section_id == f"{PAPER}#s-274f5cd605"
    assert (one.location.line, two.location.line) == (175, 184)
    assert doc.table(2) is two


def test_paper_references(corpus):
    doc = _doc(corpus, PAPER)
    refs = doc.references
    assert len(refs) == 23
    assert refs[0].id == f"{PAPER}#r1"
    assert (
        refs[0].text
        == "Aushev, H. T. (2024). Qatar and Kazakhstan on the way to strategic cooperation. Post-Soviet Studies, 5(7), 481–487."
    )
    assert (refs[0].url, refs[0].year) == (None, 2024)
    panfilova = next(r for r in refs if r.text.startswith("Panfilova"))
    assert panfilova.url == "https://www.ng.ru/cis/2024-12-08/6_9151_kazakhstan.html"
    assert panfilova.year == 2024
    assert refs[1].url == (
        "https://carnegieendowment.org/research/2024/02/the-geopolitics-of-economic-development-"
        "in-the-middle-east?center=middle-east&lang=en"
    )
    assert refs[-1].text.startswith("Yousef, N. (2023, July 21).")
    assert [r.year for r in refs].count(None) == 0
    assert not any(s.title == "References" for s in doc.items)


def test_paper_author_info_and_submission_history(corpus):
    doc = _doc(corpus, PAPER)
    assert len(doc.author_info) == 9
    assert doc.author_info[0].text.startswith("Abu Shawer Omar Ahmad (corresponding author) – 1st year PhD student")
    assert doc.author_info[3].text.startswith("Абу Шауер Омар Ахмад (корреспондент-автор)")
    assert doc.metadata == (("submitted", "2025-04-08"), ("revised", "2025-06-03"), ("accepted", "2025-08-20"))
    assert doc.published == dt.date(2025, 8, 20)
    body = "\n".join(p.text for s in doc.items for p in s.paragraphs)
    assert "Previously sent" not in body and "Accepted August" not in body and "e-mail: lunabarna55" not in body


def test_items_are_articles_then_sections_in_file_order(corpus):
    kinds = [type(item) for item in corpus.items]
    assert kinds.count(Article) == 1 + 9 + 1 + 9 and kinds.count(Section) == 9
