"""The word-set filter in front of the cue patterns never hides a match, so results are unchanged."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from reportgen.analysis import chronology, discourse, eventness, summarise
from reportgen.analysis.collector import THRESHOLDS, fewer_collections
from reportgen.analysis.cues import has_case_traps, may_hold, word_set
from reportgen.text import split_sentences

ROOT = Path(__file__).resolve().parent.parent

# One sentence per alternative of each pattern, in assorted case.
EXAMPLES = [
    "The parties SHOULD act.",
    "It must be done.",
    "They ought to meet.",
    "It needs to be done.",
    "It is therefore necessary to create a roadmap.",
    "It is also Essential to act.",
    "Talks are also recommended.",
    "The council recommends new talks.",
    "It was recommended that both sides meet.",
    "It would be useful.",
    "Trade could grow.",
    "Perhaps the sides will meet.",
    "Possibly in May.",
    "The plant will help the region.",
    "Exports shall remain high.",
    "The treaty was signed in 2023 and ratified in 2024.",
    "Parliament RATIFIES the accord.",
    "The fund was founded and opened; the bank launches a line.",
    "The minister paid an official visit to Doha.",
    "The agreement entered into force; the law came into force.",
    "Astana will host the summit; the delegation arrived.",
    "Trade amounted to USD 1 billion and exceeded forecasts; it reaches 2 billion.",
    "The ministers met and discussed trade, exchanged views and focused on energy.",
    "He emphasized, emphasised, stressed, highlighted and praised the talks; she said so.",
    "This study demonstrates the point.",
    "The authors combined interviews with experts.",
    "Scholars disagree.",
    "We argue that trade grew.",
    "A review of the extant literature reveals gaps; the methodology is new.",
    "The hypothesis holds on theoretical grounds.",
    "A comparative analysis of historical-legal approach was used.",
    "Based on the analysis, the analysis showed growth.",
    "The paper finds growth.",
    "What scholars call soft power has hardly been studied and is understudied; its novelty is clear.",
]

PATTERNS = [
    (eventness._ADVICE, eventness._ADVICE_KEYS),
    (eventness._CONJECTURE, eventness._CONJECTURE_KEYS),
    (eventness._FUTURE_STATIVE, eventness._FUTURE_KEYS),
    (eventness._DECISIVE, eventness.DECISIVE_KEYS),
    (eventness._TALK, eventness._TALK_KEYS),
    (eventness._HABIT, eventness._HABIT_KEYS),
    (eventness._STEADFAST, eventness._STEADFAST_KEYS),
]


def _sentences() -> list[str]:
    texts = list(EXAMPLES)
    for folder in ("seeds", "benchmarks/corpora", "benchmarks/corpora-holdout"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in (".txt", ".md"):
                for line in path.read_text(encoding="utf-8").splitlines():
                    texts.extend(split_sentences(line))
    return texts


def test_word_set_is_the_lower_case_words():
    assert word_set("The Minister SIGNED it, in 2023.") == {"the", "minister", "signed", "it", "in", "2023"}
    assert word_set("Министр ПОДПИСАЛ соглашение.") == {"министр", "подписал", "соглашение"}


def test_no_word_set_where_ignore_case_sees_more_than_lower():
    # "ſ" matches "s" when the case is ignored, but "ſigned".lower() has no "signed".
    assert word_set("The treaty was ſigned.") is None
    assert has_case_traps("İstanbul") and not has_case_traps("Astana – Doha")
    assert may_hold("The treaty was ſigned.", eventness.DECISIVE_KEYS)
    assert eventness.settles("The treaty was ſigned.")


@pytest.mark.parametrize(("pattern", "keys"), PATTERNS, ids=lambda p: getattr(p, "pattern", "")[:30])
def test_key_words_never_hide_a_match(pattern, keys):
    matched = [text for text in _sentences() if pattern.search(text)]
    assert matched  # the examples reach every pattern
    assert [text for text in matched if not may_hold(text, keys)] == []


def test_meta_key_words_never_hide_a_match():
    for text in _sentences():
        if discourse._META.search(text):
            assert "methodolog" in text.lower() or may_hold(text, discourse._META_KEYS), text


PREFILTERED = [chronology._ANNOUNCES, chronology._BACKGROUND, chronology._EARLIER, chronology._TAKING_PART]


def test_prefiltered_patterns_find_what_their_patterns_find():
    texts = _sentences() + [
        "Until now fruit reached India through Panama.",
        "The visit had been prepared for months.",
        "The minister TOOK PART in the forum; the delegation attended it.",
        "Qatar plans to open a consulate.",
    ]
    for prefiltered in PREFILTERED:
        found = [text for text in texts if prefiltered.pattern.search(text)]
        assert found  # the texts reach every pattern
        assert [text for text in texts if prefiltered.search(text)] == found
    # Every _MONEY match holds what _MONEY_HINT looks for.
    money = [text for text in texts if summarise._MONEY.search(text)]
    assert money and all(summarise._MONEY_HINT.search(text) for text in money)


def test_cue_tests_on_examples():
    assert eventness.gives_advice("It is therefore necessary to create a roadmap.")
    assert not eventness.gives_advice("The sides signed a roadmap.")
    assert eventness.only_talk("The ministers met and discussed trade.")
    assert not eventness.only_talk("The ministers met and signed an accord.")
    assert eventness.speculates("The plant will help the region.")
    assert not eventness.states_event("Trade could grow in 2026.", date_at=(21, 25))
    assert eventness.states_event("The treaty was signed in 2023.", date_at=(25, 29))


def test_fewer_collections_restores_the_thresholds():
    before = gc.get_threshold()
    inside = fewer_collections(gc.get_threshold)()
    assert inside == THRESHOLDS
    assert gc.get_threshold() == before


def test_fewer_collections_freezes_older_objects_and_leaves_another_freeze_alone():
    assert gc.get_freeze_count() == 0
    inside = fewer_collections(gc.get_freeze_count)()
    assert inside > 0 and gc.get_freeze_count() == 0  # everything alive before it, then handed back
    gc.freeze()  # someone else's (the render's prefork parent)
    try:
        frozen = gc.get_freeze_count()
        assert fewer_collections(gc.get_freeze_count)() == frozen
        assert gc.get_freeze_count() == frozen  # not unfrozen by the stage
    finally:
        gc.unfreeze()
