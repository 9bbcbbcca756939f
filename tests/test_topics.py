"""Topic scoring: word forms, multi-word terms, case, scores and kept terms."""

import math

from reportgen.analysis.topics import score_topics, stem
from reportgen.config import TopicDef
from reportgen.corpus import Article, Location, Paragraph


def article(text: str, title: str = "News") -> Article:
    paragraphs = tuple(Paragraph(f"p{i}", p, Location("feed.txt", 2 + i)) for i, p in enumerate(text.split("\n\n")))
    return Article("a1", "feed", title, None, paragraphs, Location("feed.txt", 1))


ECONOMIC = TopicDef("economic", "Economy", ("invest", "trade", "strategic partnership", "AIFC", "IT"))
CULTURAL = TopicDef("cultural", "Culture", ("culture", "art"))
TRANSPORT = TopicDef("transport", "Transport", ("Central Asia – Persian Gulf", "corridor"))


def terms(text: str, *topics: TopicDef, title: str = "News") -> dict:
    return {m.topic: dict(m.terms) for m in score_topics(article(text, title), topics or (ECONOMIC,))}


def test_word_forms_share_a_stem():
    forms = ["invest", "invests", "invested", "investing", "investor", "investors", "investment", "investments"]
    assert {stem(w) for w in forms} == {"invest"}
    assert stem("culture") == stem("cultural")
    assert stem("education") == stem("educational") == stem("educate")
    assert stem("agree") == stem("agreed") == stem("agreement") == stem("agreements")


def test_stemmer_keeps_short_and_unrelated_words_apart():
    assert stem("station") != stem("state")
    assert stem("nation") == "nation"
    assert stem("gas") == "gas"
    assert stem("Қазақстан") == "Қазақстан"


def test_a_russian_keyword_matches_its_inflected_forms():
    assert stem("торговля") == stem("торговли") == stem("торговлей")
    assert stem("бизнес") == stem("бизнеса") and stem("фонд") == stem("фонда")
    assert stem("экономический") == stem("экономического") == stem("экономическое")
    assert stem("визит") != stem("виза")
    russian = TopicDef("economic", "Economy", ("торговля", "бизнес", "фонд"))
    text = "Объём торговли вырос. Форум бизнеса и фонда поддержки открылся, торговлей занялись многие."
    assert terms(text, russian) == {"economic": {"торговля": 2, "бизнес": 1, "фонд": 1}}


def test_keyword_matches_every_form_and_counts_them():
    found = terms("Investors came. Investment grew, investing more than invested before.")
    assert found == {"economic": {"invest": 4}}


def test_multi_word_terms_match_across_punctuation():
    text = "A strategic partnership. The Central Asia-Persian Gulf corridor and the Central Asia – Persian Gulf route."
    found = terms(text, ECONOMIC, TRANSPORT)
    assert found["economic"] == {"strategic partnership": 1}
    assert found["transport"] == {"Central Asia – Persian Gulf": 2, "corridor": 1}


def test_multi_word_term_needs_all_its_words_in_order():
    assert terms("A partnership that is strategic.") == {}


def test_case_is_ignored_except_for_acronyms():
    assert terms("TRADE and Trade and trade") == {"economic": {"trade": 3}}
    assert terms("It was an aifc meeting") == {}
    assert terms("The AIFC hosts IT firms") == {"economic": {"AIFC": 1, "IT": 1}}


def test_words_inside_other_words_do_not_match():
    assert terms("Article about artificial intelligence", CULTURAL) == {}


def test_score_is_log_scaled_counts_plus_title_bonus():
    (match,) = score_topics(article("culture culture culture and art"), (CULTURAL,))
    assert match.score == round(1 + math.log(3) + 1, 2)
    (titled,) = score_topics(article("the arts", title="Culture week"), (CULTURAL,))
    assert titled.terms == (("art", 1), ("culture", 1))
    assert titled.score == 1 + (1 + 1.0)


def test_only_matching_topics_best_first():
    matches = score_topics(article("trade, trade and the arts"), (CULTURAL, ECONOMIC, TRANSPORT))
    assert [m.topic for m in matches] == ["economic", "cultural"]


def test_duplicate_keywords_with_one_stem_count_once():
    topic = TopicDef("economic", "Economy", ("invest", "investment"))
    (match,) = score_topics(article("investment"), (topic,))
    assert match.terms == (("invest", 1),)
    assert match.score == 1.0


def test_plural_ies_meets_singular_y():
    assert stem("universities") == stem("university")
    assert stem("countries") == stem("country")


def test_a_passing_mention_in_a_long_text_does_not_join_the_topic():
    from reportgen.analysis.topics import joined

    economic = TopicDef("economic", "Economy", ("trade",))
    culture = TopicDef("culture", "Culture", ("culture", "art", "museum", "concert", "film"))
    long_text = "Culture and art. A museum, a concert and a film festival on culture. Trade was mentioned."
    matches = score_topics(article(long_text), (economic, culture))
    assert [m.topic for m in matches] == ["culture", "economic"]
    assert [m.topic for m in joined(matches, (economic, culture))] == ["culture"]  # 1.0 < 0.3 × 5.7
    lenient = TopicDef("economic", "Economy", ("trade",), min_share=0.0)
    assert [m.topic for m in joined(matches, (lenient, culture))] == ["culture", "economic"]
    # With nothing stronger beside it, the same single mention joins.
    alone = score_topics(article("Trade was mentioned."), (economic, culture))
    assert [m.topic for m in joined(alone, (economic, culture))] == ["economic"]


def test_the_default_configs_transport_topic_takes_an_airport_story():
    from pathlib import Path

    from reportgen.config import load_config

    topics = load_config(Path(__file__).resolve().parent.parent / "config.yaml").topics
    story = article(
        "The operator began work on the expansion of the passenger terminal at the capital's airport on Monday.\n\n"
        "The terminal will handle 9 million passengers a year."
    )
    assert [(m.topic, dict(m.terms)) for m in score_topics(story, topics)] == [
        ("transport", {"passenger": 2, "airport": 1})
    ]


def test_a_keyword_in_a_script_written_without_spaces_counts_inside_its_run_of_characters():
    from reportgen.analysis.topics import topic_of

    topics = (
        TopicDef("pol", "Politics", ("visit", "访问")),
        TopicDef("edu", "Education", ("scholarship", "奖学金", "学生")),
    )
    assert topic_of("日本政府向尼泊尔学生提供120个奖学金名额。", topics) == "edu"
    assert topic_of("The scholarship programme for students.", topics) == "edu"
