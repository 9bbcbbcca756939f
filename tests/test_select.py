"""Selection: sources, period, focus (per article, per paper) and topics, with pinned reasons."""

import dataclasses
import datetime as dt
from pathlib import Path

from reportgen.analysis.select import select
from reportgen.config import BriefingConfig, FocusSpec, Period, TopicDef
from reportgen.corpus import Abstract, Article, Corpus, Document, Location, Paragraph, Section

D = dt.date
FOCUS = FocusSpec(("Qatar", "Qatari", "Doha"))
TOPICS = (
    TopicDef("cultural", "Cultural", ("culture", "art")),
    TopicDef("economic", "Economic", ("trade", "invest"), min_score=2.0),
)


def paragraphs(path: str, text: str) -> tuple[Paragraph, ...]:
    return tuple(Paragraph(f"p{i}", t, Location(path, 3 + i)) for i, t in enumerate(text.split("\n\n")))


def article(id: str, date, text: str, path: str = "seeds/feed.txt", title: str = "News") -> Article:
    return Article(id, "feed", title, date, paragraphs(path, text), Location(path, 1))


def section(id: str, text: str, title: str = "Section") -> Section:
    return Section(id, "paper", title, 2, paragraphs("seeds/paper.md", text), Location("seeds/paper.md", 1))


def feed(*items, path="seeds/feed.txt", id="feed") -> Document:
    return Document(id, path, "news", "Feed", None, tuple(items), Location(path, 1))


def paper(*items, title="Kazakhstan and Qatar: key areas", published=None) -> Document:
    abstract = Abstract(
        "en", title, "Relations between the two states.", ("Kazakhstan",), Location("seeds/paper.md", 5)
    )
    return Document(
        "paper",
        "seeds/paper.md",
        "paper",
        title,
        published,
        tuple(items),
        Location("seeds/paper.md", 1),
        abstracts=(abstract,),
    )


def config(**changes) -> BriefingConfig:
    values = dict(
        path=Path("/project/config.yaml"),
        title="T",
        sources=("seeds/",),
        focus=FOCUS,
        topics=TOPICS,
        period=Period(start=D(2026, 1, 1), end=D(2026, 2, 20)),
    )
    values.update(changes)
    return BriefingConfig(**values)


CULTURE_DAYS = "Culture Days of Kazakhstan in Qatar. The arts and culture of Qatar’s partner."


def reasons(corpus: Corpus, cfg: BriefingConfig, **kw) -> dict[str, tuple[str, ...]]:
    return {d.item.id: d.reasons for d in select(corpus, cfg, **kw).decisions}


def test_selected_item_says_which_terms_and_topics():
    corpus = Corpus((feed(article("a1", D(2026, 2, 5), CULTURE_DAYS)),))
    (decision,) = select(corpus, config()).decisions
    assert decision.selected
    assert decision.focus == ("Qatar",)
    assert decision.reasons == ("selected: mentions Qatar ×2; topics cultural (2.69: culture×2, art×1)",)


def test_period_reasons():
    corpus = Corpus(
        (feed(article("old", D(2025, 12, 12), CULTURE_DAYS), article("late", D(2026, 3, 1), CULTURE_DAYS)),)
    )
    assert reasons(corpus, config()) == {
        "old": ("left out: published 2025-12-12, before the period (from 2026-01-01)",),
        "late": ("left out: published 2026-03-01, after the period (to 2026-02-20)",),
    }


def test_since_last_run_narrows_the_period():
    corpus = Corpus((feed(article("a", D(2026, 2, 1), CULTURE_DAYS), article("b", D(2026, 2, 10), CULTURE_DAYS)),))
    got = reasons(corpus, config(), since=D(2026, 2, 10))
    assert got["a"] == ("left out: published 2026-02-01, before the last run (2026-02-10)",)
    assert got["b"][0].startswith("selected:")


def test_focus_reason_for_a_feed_article_without_qatar():
    corpus = Corpus((feed(article("oslo", D(2026, 2, 5), "Kazakh Film Days in Oslo showed culture and art.")),))
    assert reasons(corpus, config()) == {"oslo": ("left out: no focus term (Qatar, Qatari, Doha)",)}


def test_a_company_story_passes_when_the_focus_news_names_the_company():
    visit = article("visit", D(2026, 2, 5), "In Doha the minister met Gulf Pearl Holdings and discussed culture.")
    disclosure = article(
        "board",
        D(2026, 2, 6),
        "The board of Gulf Pearl Holdings Limited announces that it approved an art centre in Astana.",
        path="seeds/gulf.txt",
    )
    stranger = article(
        "other",
        D(2026, 2, 6),
        "The board of Steppe Copper Company announces that it approved a culture fund in Almaty.",
        path="seeds/copper.txt",
    )
    corpus = Corpus(
        (
            feed(visit),
            feed(disclosure, path="seeds/gulf.txt", id="gulf"),
            feed(stranger, path="seeds/copper.txt", id="copper"),
        )
    )
    got = reasons(corpus, config())
    assert got["board"] == (
        "selected: its lead names Gulf Pearl, which news of the focus names; topics cultural (1: art×1)",
    )
    assert got["other"] == ("left out: no focus term (Qatar, Qatari, Doha)",)


def test_a_story_naming_an_agency_that_focus_news_spells_out_with_a_focus_term_passes():
    aid = article(
        "aid",
        D(2026, 2, 5),
        "In Astana the Qatar Fund for Development (QFFD) handed over equipment for a culture centre.",
    )
    tower = article(
        "tower",
        D(2026, 2, 6),
        "The clock tower in Turkistan, restored with USD 1.2 million from QFFD, reopened on Monday.",
        path="seeds/tower.txt",
    )
    other = article(
        "other",
        D(2026, 2, 6),
        "The bridge in Taraz, restored with USD 2 million from KAZAID, reopened on Monday.",
        path="seeds/bridge.txt",
    )
    corpus = Corpus(
        (feed(aid), feed(tower, path="seeds/tower.txt", id="tower"), feed(other, path="seeds/bridge.txt", id="b"))
    )
    got = reasons(corpus, config())
    # (no topic keyword: an agency of the focus makes it news of the focus all the same)
    assert got["tower"] == ("selected: its lead names QFFD, which news of the focus names; no topic",)
    assert got["other"] == (
        "left out: no focus term (Qatar, Qatari, Doha)",
        "left out: no topic reaches its minimum score (no topic keyword found)",
    )


def test_sources_reason():
    doc = feed(article("x", D(2026, 2, 5), CULTURE_DAYS, path="other/feed.txt"), path="other/feed.txt")
    assert reasons(Corpus((doc,)), config()) == {
        "x": ("left out: other/feed.txt is not under the configured sources (seeds/)",)
    }


def test_sources_may_name_a_single_file():
    corpus = Corpus((feed(article("a", D(2026, 2, 5), CULTURE_DAYS)),))
    assert select(corpus, config(sources=("seeds/feed.txt",))).decisions[0].selected
    assert not select(corpus, config(sources=("seeds/feed",))).decisions[0].selected


def test_every_failed_filter_is_listed():
    corpus = Corpus((feed(article("a", D(2025, 1, 1), "Film days in Oslo and more words here.")),))
    assert reasons(corpus, config()) == {
        "a": (
            "left out: published 2025-01-01, before the period (from 2026-01-01)",
            "left out: no focus term (Qatar, Qatari, Doha)",
            "left out: no topic reaches its minimum score (no topic keyword found)",
        )
    }


def test_topic_min_score_filters_and_is_explained():
    corpus = Corpus((feed(article("t", D(2026, 2, 5), "The ministers discussed trade. Qatar was there.")),))
    (decision,) = select(corpus, config()).decisions
    assert not decision.selected
    assert decision.reasons == ("left out: no topic reaches its minimum score (best economic 1 < 2)",)
    assert [m.topic for m in decision.topics] == ["economic"]  # scores kept for explain


def test_paper_sections_pass_focus_through_their_paper():
    doc = paper(
        section("s1", "The two states agreed to expand culture and art."),
        section("s2", "Methods were applied to the sources at hand."),
    )
    got = select(Corpus((doc,)), config())
    assert [d.selected for d in got.decisions] == [True, False]
    assert got.decisions[0].reasons == ("selected: part of a paper about Qatar; topics cultural (2: art×1, culture×1)",)
    assert got.decisions[0].focus == ()
    assert got.decisions[1].reasons == ("left out: no topic reaches its minimum score (no topic keyword found)",)


def test_a_section_of_a_paper_about_the_focus_that_names_it_needs_no_topic():
    doc = paper(section("s1", "Qatar financed demining and an early-warning network after the floods."))
    (decision,) = select(Corpus((doc,)), config()).decisions
    assert decision.selected
    assert decision.reasons == (
        "selected: part of a paper about Qatar (mentions Qatar ×1); no topic, but it names its paper's focus",
    )


def test_paper_not_about_the_focus_needs_mentions_per_section():
    doc = paper(
        section("s1", "Culture and art of Qatar."), section("s2", "Culture and art of Oman."), title="Gulf cultures"
    )
    got = select(Corpus((doc,)), config())
    assert [d.selected for d in got.decisions] == [True, False]


def test_undated_sections_take_the_paper_date_or_pass_the_period():
    undated = paper(section("s1", "Culture and art."))
    assert select(Corpus((undated,)), config()).decisions[0].selected
    dated = paper(section("s1", "Culture and art."), published=D(2025, 6, 1))
    assert reasons(Corpus((dated,)), config()) == {
        "s1": ("left out: its document seeds/paper.md published 2025-06-01, before the period (from 2026-01-01)",)
    }


def test_selected_items_keep_corpus_order():
    corpus = Corpus(
        (
            feed(article("b", D(2026, 2, 5), CULTURE_DAYS), article("x", D(2026, 2, 6), "No focus.")),
            feed(article("a", D(2026, 1, 5), CULTURE_DAYS), path="seeds/feed2.txt", id="feed2"),
        )
    )
    assert [i.id for i in select(corpus, config()).selected] == ["b", "a"]


def test_no_focus_and_no_topics_selects_everything_in_period():
    corpus = Corpus((feed(article("a", D(2026, 2, 5), "Anything at all.")),))
    (decision,) = select(corpus, config(focus=FocusSpec(), topics=())).decisions
    assert decision.reasons == ("selected: no focus filter",)


def test_seed_feeds_without_qatar_are_left_out():
    from reportgen import ingest

    root = Path(__file__).resolve().parent.parent
    corpus = ingest.load(["seeds/"], root=root)
    cfg = config(path=root / "config.yaml", topics=(), period=Period(start=D(1990, 1, 1), end=D(2026, 2, 20)))
    decisions = select(corpus, cfg).decisions
    chosen = {d.item.doc_id for d in decisions if d.selected}
    assert chosen == {"000_81944cfbacb2fa5d", "002_26179e7a99fe8ed4", "003_71cf52ac256759a6"}
    feeds = [d for d in decisions if d.item.doc_id.startswith(("001_", "004_"))]
    assert len(feeds) == 18
    assert all(d.reasons == ("left out: no focus term (Qatar, Qatari, Doha)",) for d in feeds)


def test_sections_are_picked_by_title_glob():
    from reportgen.config import SectionRule

    text = "Qatar and Kazakhstan expand trade and invest in trade corridors, and art and culture."
    corpus = Corpus(
        (
            paper(
                section("s1", text, "History of ties"),
                section("s2", text, "History and evolution"),
                section("s3", text, "Trade  Relations"),
                section("s4", text, "Method"),
            ),
        )
    )
    rule = SectionRule(include=("history*", "Trade*"), exclude=("*evolution",))
    got = reasons(corpus, config(sections=rule, period=Period()))
    assert [rid for rid, why in got.items() if why[0].startswith("selected")] == ["s1", "s3"]
    assert got["s2"] == ("left out: section 'History and evolution' is excluded by sections: in the config",)
    assert SectionRule().admits("Anything")
    assert SectionRule(include=("Introduction",)).names("introduction")


def test_a_story_whose_headline_names_the_focus_is_in_even_without_a_topic():
    corpus = Corpus(
        (
            feed(
                article(
                    "ferries",
                    D(2026, 2, 5),
                    "Qatari yards will build two ferries.",
                    title="Qatari Yard to Build Ferries",
                ),
                article(
                    "lead",
                    D(2026, 2, 5),
                    "Qatari yards will build two ferries. The hulls come from Finland.",
                    title="Shipbuilding News",
                ),
                article(
                    "aside",
                    D(2026, 2, 5),
                    "Gulf shipyards are busy. Qatari yards will build two ferries.",
                    title="Shipbuilding News",
                ),
            ),
        )
    )
    decisions = {d.item.id: d for d in select(corpus, config()).decisions}
    assert decisions["ferries"].selected and not decisions["ferries"].joined
    assert decisions["ferries"].reasons == (
        "selected: mentions Qatari ×2; no topic, but its headline or lead names the focus",
    )
    assert decisions["lead"].selected  # the lead names the focus
    assert not decisions["aside"].selected  # only a later sentence does


def test_a_feature_that_opens_on_a_scene_is_in_when_it_keeps_naming_the_focus():
    scene = "Morning mist hung over the paddies, and egrets stepped between the rows."
    corpus = Corpus(
        (
            feed(
                article(
                    "feature",
                    D(2026, 2, 5),
                    f"{scene} Qatari experts came in 2001. Yields in Qatar doubled. Qatari seed is now sown.",
                    title="Rice",
                ),
                article(
                    "aside",
                    D(2026, 2, 5),
                    f"{scene} Qatari experts came in 2001. Yields doubled since.",
                    title="Rice",
                ),
            ),
        )
    )
    decisions = {d.item.id: d for d in select(corpus, config()).decisions}
    assert decisions["feature"].selected
    assert decisions["feature"].reasons == (
        "selected: mentions Qatar ×1, Qatari ×2; no topic, but 3 of its sentences or more name the focus",
    )
    assert not decisions["aside"].selected  # one mention after the scene: a passing one


def test_the_outlet_that_reports_a_story_is_no_company_of_the_focus():
    # The focus news and a third country's story both end "..., the Broadcasting Corporation reports":
    # the outlet is not a party, so the story about Japan stays out.
    visit = article(
        "visit",
        D(2026, 2, 5),
        "Qatar and Kazakhstan opened a culture centre, the Steppe Broadcasting Corporation reports.",
    )
    other = article(
        "japan",
        D(2026, 2, 6),
        "Kazakhstan and Japan signed an art grant, the Steppe Broadcasting Corporation reports.",
        path="seeds/japan.txt",
    )
    corpus = Corpus((feed(visit), feed(other, path="seeds/japan.txt", id="japan")))
    assert reasons(corpus, config())["japan"] == ("left out: no focus term (Qatar, Qatari, Doha)",)


def test_a_sources_folder_above_a_config_named_by_a_relative_path_holds_its_documents(tmp_path, monkeypatch):
    # `reportgen build config.yaml` in proj/, with sources: [../sources/]: the root is ".", the
    # documents' paths absolute.
    (tmp_path / "proj").mkdir()
    monkeypatch.chdir(tmp_path / "proj")
    path = (tmp_path / "sources" / "feed.txt").as_posix()
    corpus = Corpus((feed(article("a", D(2026, 2, 5), CULTURE_DAYS, path=path), path=path),))
    assert select(corpus, config(sources=("../sources/",), path=Path("config.yaml"))).decisions[0].selected


def test_a_relation_focus_asks_every_term_of_a_story_and_of_a_section_through_its_paper():
    pair = FocusSpec(("Morocco", "Senegal"), variants=(("Morocco", ("Moroccan", "Rabat")),), every=True)
    corpus = Corpus(
        (
            feed(
                article("third", D(2026, 2, 5), "Mauritania and Senegal signed a new fisheries protocol on trade."),
                article("pair", D(2026, 2, 5), "Senegal and Rabat signed a trade protocol worth USD 9 million."),
            ),
            paper(
                section("s1", "Trade with Senegal grew, and culture ties too."),
                title="Morocco and Senegal: trade and culture",
            ),
        )
    )
    decisions = {d.item.id: d for d in select(corpus, config(focus=pair)).decisions}
    assert not decisions["third"].selected
    assert decisions["third"].reasons[0] == "left out: does not name Morocco (the focus asks for every term)"
    assert decisions["pair"].selected
    assert decisions["s1"].selected  # (the paper names the other side)
    # any one term is enough by default
    assert select(corpus, config(focus=dataclasses.replace(pair, every=False))).decisions[0].selected


def test_a_relation_focus_leaves_out_another_pairs_story_that_names_one_side_once_in_passing():
    pair = FocusSpec(("Morocco", "Senegal"), every=True)
    other = article(
        "other",
        D(2026, 2, 5),
        "Mauritania and Senegal signed a new fisheries protocol on trade in Nouakchott on Monday. "
        "The protocol raises the catch quota by a fifth. Mauritania is Senegal's second fishing partner after "
        "Morocco.",
    )
    later = article(
        "later",
        D(2026, 2, 6),
        "Senegal's fishing fleet landed a record catch on trade routes in January. "
        "Officials said Morocco had sent two research vessels to help map the stocks, and Morocco will send more.",
    )
    decisions = {d.item.id: d for d in select(Corpus((feed(other, later),)), config(focus=pair)).decisions}
    assert decisions["other"].reasons[0] == (
        "left out: names Morocco only once, in passing (not in its headline or lead; the focus asks for every term)"
    )
    assert decisions["later"].selected  # (named twice: the story is of the pair)


def test_a_story_naming_one_side_in_passing_passes_when_its_doer_is_a_party_the_focus_news_names():
    pair = FocusSpec(
        ("Italy", "Libya"), variants=(("Italy", ("Italian",)), ("Libya", ("Libyan", "Tripoli"))), every=True
    )
    news = article(
        "visit",
        D(2026, 2, 5),
        "During the Italian prime minister's visit to Tripoli, Saipem and the Libyan oil company signed a deal on trade.",
    )
    contract = article(
        "contract",
        D(2026, 2, 6),
        "Saipem and Libya's Mellitah Oil and Gas signed on Thursday a USD 900 million contract for a gas plant. "
        "The plant will process gas for export and trade. Libyan gas exports to Italy reached 2.6 billion cubic "
        "metres in 2025.",
        path="seeds/saipem.txt",
    )
    other = article(
        "other",
        D(2026, 2, 6),
        "Sonatrach and Libya's Mellitah Oil and Gas signed on Friday a contract for a gas pipeline. "
        "The pipeline will carry gas for export and trade. Libyan gas exports to Italy reached 2.6 billion cubic "
        "metres in 2025.",
        path="seeds/sonatrach.txt",
    )
    corpus = Corpus(
        (
            feed(news),
            feed(contract, path="seeds/saipem.txt", id="saipem"),
            feed(other, path="seeds/sonatrach.txt", id="s"),
        )
    )
    decisions = {d.item.id: d for d in select(corpus, config(focus=pair)).decisions}
    assert decisions["contract"].selected
    assert decisions["contract"].reasons[0].startswith("selected: its lead names Saipem, which news of the focus names")
    assert not decisions["other"].selected  # (Sonatrach: no party of the relation's news)
