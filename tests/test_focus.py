"""Focus terms: possessives, adjectives, variants, case, and no false matches."""

import pytest

from reportgen.analysis.focus import focus_counts, focus_matches
from reportgen.config import FocusSpec

QATAR = FocusSpec(("Qatar", "Qatari", "Doha"))
VARIANTS = FocusSpec(
    ("Astana", "Kazakhstan", "Qatar"),
    (("Astana", ("Nur-Sultan",)), ("Kazakhstan", ("Қазақстан", "Казахстан")), ("Qatar", ("Катар",))),
)


def test_possessives_with_straight_and_curly_apostrophes():
    assert focus_matches("Qatar’s Minister of Culture", QATAR) == ("Qatar",)
    assert focus_matches("Qatar's Minister of Culture", QATAR) == ("Qatar",)


def test_case_insensitive():
    assert focus_matches("QATAR and doha", QATAR) == ("Qatar", "Doha")


def test_hyphenated_compounds():
    assert focus_matches("Kazakhstan-Qatar relations", QATAR) == ("Qatar",)


def test_adjective_counts_for_the_declared_adjective_term():
    assert focus_counts("Qatari investors met Qatar officials", QATAR) == (("Qatar", 1), ("Qatari", 1))


def test_adjective_counts_for_the_noun_when_not_declared():
    assert focus_matches("the Qatari delegation", FocusSpec(("Qatar",))) == ("Qatar",)
    assert focus_matches("an Iranian port", FocusSpec(("Iran",))) == ("Iran",)
    assert focus_matches("Chinese investors", FocusSpec(("China",))) == ("China",)


def test_variants_count_for_their_canonical_term():
    assert focus_matches("the summit in Nur-Sultan", VARIANTS) == ("Astana",)
    assert focus_matches("Nur Sultan", VARIANTS) == ("Astana",)
    assert focus_matches("Қазақстан Республикасы", VARIANTS) == ("Kazakhstan",)


def test_a_variant_spelt_with_an_apostrophe_matches_either_apostrophe():
    chad = FocusSpec(("Chad",), (("Chad", ("N'Djamena",)),))
    assert focus_matches("The envoy flew to N'Djamena on Sunday.", chad) == ("Chad",)
    assert focus_matches("The envoy flew to N’Djamena on Sunday.", chad) == ("Chad",)
    assert focus_matches("exports from Côte d’Ivoire", FocusSpec(("Côte d'Ivoire",))) == ("Côte d'Ivoire",)


def test_cyrillic_case_endings():
    assert focus_matches("Қазақстанның сыртқы саясаты", VARIANTS) == ("Kazakhstan",)
    assert focus_matches("визит в Казахстан и Катара", VARIANTS) == ("Kazakhstan", "Qatar")
    # a case ending in place of the final vowel ("Россия" -> "с Россией", "в России")
    russia = FocusSpec(("Россия",))
    assert focus_matches("Дума ратифицировала соглашение с Россией", russia) == ("Россия",)
    assert focus_matches("посол в России", russia) == ("Россия",)


def test_no_match_inside_words_or_without_the_term():
    assert focus_matches("Qatargas and Qatarian", FocusSpec(("Qatar",))) == ("Qatar",)  # only -ian
    assert focus_matches("Qatargas shipped", QATAR) == ()
    feed = (
        "Kazakhstan and the International Labour Organization Strengthen Strategic Partnership. "
        "The Embassy of Kazakhstan in Norway organized Kazakh Film Days in Oslo."
    )
    assert focus_matches(feed, QATAR) == ()


def test_counts_are_per_mention_in_focus_order():
    assert focus_counts("Doha, Qatar. Qatar’s capital, Doha. Qatar.", QATAR) == (("Qatar", 3), ("Doha", 2))


def test_empty_focus_matches_nothing():
    assert focus_matches("Qatar", FocusSpec()) == ()


def test_ascii_text_is_matched_at_its_prefixes_as_a_full_scan_would():
    from collections import Counter
    from pathlib import Path

    from reportgen.analysis import focus

    root = Path(__file__).resolve().parent.parent
    texts = [
        line
        for folder in ("seeds", "benchmarks/corpora")
        for path in sorted((root / folder).rglob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.isascii()
    ] + ["Qatari-Kazakh talks in Doha, QATAR's and Qatars' ties; Qatargas, Dohaa and qatar-"]
    for spec in (QATAR, VARIANTS, FocusSpec(("Kenya", "Germany", "German", "Nairobi"))):
        assert focus._prefix_starts_ascii_matches(spec)
        pattern, groups, _ = focus._compile(spec)
        for text in texts:
            full = Counter(groups[m.lastgroup] for m in pattern.finditer(text) if m.lastgroup)
            assert focus_counts(text, spec) == tuple((t, full[t]) for t in spec.terms if full[t]), text
    # A spelling that ignore-case matching can take for ASCII letters is scanned in full.
    assert not focus._prefix_starts_ascii_matches(FocusSpec(("İzmir",)))


def test_a_countrys_demonym_the_suffix_rules_cannot_derive_counts_for_it_capitalised():
    argentina = FocusSpec(terms=("Argentina",))
    assert focus_matches("Argentine exporters met Armenian buyers.", argentina) == ("Argentina",)
    assert focus_matches("About 18,000 Argentines of Armenian descent", argentina) == ("Argentina",)
    assert focus_matches("Dutch and Swiss firms", FocusSpec(terms=("Netherlands", "Switzerland"))) == (
        "Netherlands",
        "Switzerland",
    )
    # a common word spelled like one is no mention: "to polish the draft"
    assert focus_matches("The ministers will polish the draft.", FocusSpec(terms=("Poland",))) == ()
    assert focus_matches("Polish investors", FocusSpec(terms=("Poland",))) == ("Poland",)
    # a demonym declared as a term of its own counts for itself
    assert focus_counts("Argentine wine from Argentina", FocusSpec(terms=("Argentina", "Argentine"))) == (
        ("Argentina", 1),
        ("Argentine", 1),
    )


def test_a_sentence_turning_to_another_relations_story_is_off_the_focus():
    from reportgen.analysis.focus import off_focus

    pair = FocusSpec(terms=("Poland", "Korea"), every=True)
    assert off_focus("Meanwhile, Romania received its first K9 howitzers from Hanwha Aerospace last week.", pair)
    assert off_focus("In a separate development, Korea and Japan signed a fisheries accord on Monday.", pair)
    assert not off_focus("Meanwhile, Polish and Korean engineers began tests of the K2 tank in Gliwice.", pair)
    assert not off_focus("Romania received its first K9 howitzers last week.", pair)  # no turn to another story
    either = FocusSpec(terms=("Poland", "Korea"))
    assert not off_focus("In a separate development, Korea and Japan signed a fisheries accord on Monday.", either)
    assert off_focus("Elsewhere, Romania and Hungary opened a bridge on the Tisza.", either)
    assert not off_focus("Meanwhile, Romania received its first howitzers.", FocusSpec())


@pytest.mark.parametrize(
    "turn",
    [
        "En otro orden, el Gobierno de Rumanía inauguró el martes un puente sobre el Danubio con fondos europeos.",
        "Dans un autre registre, la Roumanie a inauguré mardi un pont sur le Danube.",
        "Тем временем Румыния открыла во вторник мост через Дунай.",
        "وفي سياق منفصل، افتتحت رومانيا يوم الثلاثاء جسرا على نهر الدانوب.",
        "Unterdessen eröffnete Rumänien am Dienstag eine Brücke über die Donau.",
    ],
)
def test_a_turn_to_another_story_is_read_in_other_languages_too(turn):
    from reportgen.analysis.focus import off_focus, off_focus_sentences

    pair = FocusSpec(terms=("Poland", "Korea"), every=True)
    assert off_focus(turn, pair) and off_focus_sentences([turn], pair) == {turn}


def test_another_relations_story_told_in_one_of_this_ones_reaches_no_part_of_the_briefing(tmp_path):
    import json

    from reportgen.build import build

    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "feed.txt").write_text(
        "20.01.2027\nPoland and Korea sign tank plant deal\n"
        "Poland and Korea signed an agreement on a K2 tank plant in Gliwice on Tuesday. The plant will employ "
        "1,200 people from 2029. Meanwhile, Romania received its first K9 howitzers from Hanwha Aerospace last "
        "week under a contract signed in July 2024.\n\n"
        "12.01.2027\nKorean minister visits Warsaw\n"
        "Korea's trade minister held talks in Warsaw with Poland's economy minister on Monday and signed a "
        "memorandum on batteries.\n"
    )
    (tmp_path / "config.yaml").write_text(
        "title: Poland and Korea\nas_of: 2027-01-25\nperiod: all\nsources: [news/]\n"
        "focus: {terms: [Poland, Korea], match: all}\n"
        "topics:\n  defence: {title: Defence, keywords: [tank, howitzer, plant]}\n"
        "parts:\n  - summary: {}\n  - topics: [defence]\n  - chronology: {}\nformats: [json]\noutput: out/{slug}.{ext}\n"
    )
    build(tmp_path / "config.yaml")
    briefing = json.loads((tmp_path / "out" / "poland-and-korea.json").read_text())
    text = json.dumps(briefing, ensure_ascii=False)
    assert "Gliwice" in text and "memorandum on batteries" in text
    assert "Romania" not in text and "howitzers" not in text


def test_another_relations_story_told_on_the_same_day_leaves_this_storys_row_its_own(tmp_path):
    import json

    from reportgen.build import build

    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "feed.txt").write_text(
        "20.01.2027\nToyota Tsusho to build wind farm in Kenya\n"
        "Toyota Tsusho, the Japanese trading house, signed a power purchase agreement with Kenya's national utility "
        "KenGen in Nairobi on Monday for a 100-megawatt wind farm near Marsabit.\n"
        "Meanwhile, Uganda and Kenya signed a memorandum on solar training in Kampala on the same day.\n"
    )
    (tmp_path / "config.yaml").write_text(
        "title: Kenya and Japan\nas_of: 2027-01-25\nperiod: all\nsources: [news/]\n"
        "focus: {terms: [Kenya, Japan], match: all, variants: {Japan: [Japanese]}}\n"
        "parts:\n  - chronology: {}\nformats: [json]\noutput: out/{slug}.{ext}\n"
    )
    build(tmp_path / "config.yaml")
    briefing = json.loads((tmp_path / "out" / "kenya-and-japan.json").read_text())
    rows = [e["text"] for part in briefing["parts"] if part["kind"] == "chronology" for e in part["events"]]
    assert rows == [
        "Toyota Tsusho, the Japanese trading house, signed a power purchase agreement with Kenya's national utility "
        "KenGen in Nairobi on Monday for a 100-megawatt wind farm near Marsabit."
    ]


def test_accents_on_latin_letters_do_not_matter_on_either_side():
    from reportgen.analysis.focus import focus_counts

    assert focus_counts("El Perú y México firmaron un acuerdo en Lima.", FocusSpec(terms=("Peru", "Mexico"))) == (
        ("Peru", 1),
        ("Mexico", 1),
    )
    assert focus_counts("Turkiye opened a consulate; Turkish firms followed.", FocusSpec(terms=("Türkiye",))) == (
        ("Türkiye", 2),
    )
    assert focus_counts("Đà Nẵng và Việt Nam", FocusSpec(terms=("Viet Nam",))) == (("Viet Nam", 1),)
    # (Cyrillic keeps its letters: "й" is no "и")
    assert focus_counts("Май", FocusSpec(terms=("Маи",))) == ()


def test_a_spelling_in_a_script_written_without_spaces_is_found_among_its_neighbours():
    focus = FocusSpec(terms=("Nepal", "Japan"), variants=(("Nepal", ("尼泊尔",)), ("Japan", ("日本",))))
    assert focus_counts("日本政府向尼泊尔学生提供120个奖学金名额。", focus) == (("Nepal", 1), ("Japan", 1))
    # (and a Latin spelling still needs its word's edges)
    assert focus_counts("Japanese food in a Nepalese town.", FocusSpec(terms=("Japa",))) == ()
