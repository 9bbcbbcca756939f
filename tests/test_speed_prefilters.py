"""Cheap tests put in front of costly patterns and word splits give the same answers as the full work."""

from __future__ import annotations

import re
from pathlib import Path

from reportgen.analysis import chronology, summarise, topics
from reportgen.analysis.cues import may_hold
from reportgen.config import load_config
from reportgen.ingest import lang
from reportgen.text import split_sentences

ROOT = Path(__file__).resolve().parent.parent

EXAMPLES = [
    "The loan of USD 5 million was signed; EUR 3,5 billion more is planned.",
    "A grant of $12.5 million, €4 billion and KSh 24.1 billion; 12 percent, 3 per  cent and 45%.",
    "Trade reached 98 MILLION dollars and usd 7 in 2024 (ＵＳＤ 5, uſd 5, \u212aZT 9).",
    "The sixth round is scheduled to take place in Santiago in October.",
    "The forum will be held next year; the talks are to resume on 4 May.",
    "A strategy for 2025–2030, a vision to the year 2030, growth compared with 2022 and than in 2021.",
    "In the same period of 2023 and the corresponding period in 2022, (for 2024) and (through 2027).",
]


def _lines() -> list[str]:
    lines = list(EXAMPLES)
    for folder in ("seeds", "benchmarks/corpora", "benchmarks/corpora-holdout"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in (".txt", ".md"):
                lines.extend(path.read_text(encoding="utf-8").splitlines())
    return lines


def _sentences() -> list[str]:
    return [sentence for line in _lines() for sentence in split_sentences(line)]


def test_amount_test_is_the_amount_pattern():
    texts = _sentences()
    assert any(summarise._MONEY.search(text) for text in texts)
    assert [summarise._has_money(text) for text in texts] == [bool(summarise._MONEY.search(text)) for text in texts]


def test_next_step_words_never_hide_a_match():
    matched = [text for text in _sentences() if summarise._NEXT.search(text)]
    assert matched and all(may_hold(text, summarise._NEXT_KEYS) for text in matched)


def test_unit_lookahead_finds_what_the_pattern_finds():
    plain = re.compile(summarise._UNIT.pattern.removeprefix(r"(?=[UEGJKCR\d.,])"), re.IGNORECASE)
    assert plain.pattern != summarise._UNIT.pattern
    for text in _sentences():
        assert [m.groups() + m.span() for m in summarise._UNIT.finditer(text)] == [
            m.groups() + m.span() for m in plain.finditer(text)
        ]


def test_subordinate_token_test_never_hides_a_match():
    tails = [line[max(0, end - 40) : end] for line in _lines() for end in range(0, len(line) + 1, 3)]
    tails += [" compared with the year ", "than in\n", "(for ", "x—to the ", "same period of ", "than  in  "]
    matched = [tail for tail in tails if chronology._SUBORDINATE.search(tail)]
    assert len(matched) > 20
    assert [tail for tail in matched if not chronology._may_be_subordinate(tail)] == []


def test_topic_words_of_ascii_text_are_the_token_words():
    matcher, _ = topics._compile(tuple(load_config(ROOT / "config.yaml").topics))
    texts = [text for text in _lines() if text.isascii()] + ["EU-Qatar trade_2024: UN's plan, 3.5bn", ""]
    for text in texts:
        by_token = [key for token in text.split() for key in matcher.token_keys[token]]
        runs = text.encode("ascii").translate(topics._ASCII_RUNS).decode("ascii").split()
        assert [matcher.word_keys[run] for run in runs] == by_token, text


def test_language_words_of_ascii_text_are_the_pattern_words():
    for text in [text for text in _lines() if text.isascii()] + ["l'ete_2024 der-die 3rd x9y"]:
        assert text.encode("ascii").translate(lang._ASCII_LETTERS).decode("ascii").split() == lang._LATIN_WORD.findall(
            text.lower()
        )
