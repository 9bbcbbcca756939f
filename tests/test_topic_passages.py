"""Topics are scored passage by passage: one paper section can feed several topics."""

from __future__ import annotations

import json
from pathlib import Path

from reportgen.build import build

TRADE = (
    "Trade between Chile and Finland grew quickly after the free trade agreement entered into force. "
    "Finnish exports of paper machinery, mining equipment and forestry technology to Chile doubled, while "
    "Chilean exports of copper, salmon, wine and fruit to Finland rose by a third. The investment of Finnish "
    "companies in Chilean pulp mills reached USD 2 billion, and the trade ministries met every year to review "
    "the tariff schedule, the rules of origin and the customs procedures that exporters found difficult. "
    "Business forums in Santiago and Helsinki brought together several hundred companies each year."
)
MORE_TRADE = (
    "The economic commission also discussed energy, in particular green hydrogen produced in the Atacama "
    "desert, which Finnish industry hopes to import through the port of Rotterdam. Banks from both countries "
    "signed a memorandum on export finance, and the business councils agreed on a plan for joint ventures in "
    "lithium processing, copper refining and forestry. The trade figures for the first half of the year showed "
    "a further rise in exports of machinery and a small fall in imports of wine, which the commission "
    "attributed to freight costs rather than to demand."
)
DEFENCE = (
    "The two navies held their first joint exercise in the Strait of Magellan, and the defence ministers signed "
    "an agreement on military education that lets Chilean officers study at the Finnish National Defence "
    "University. Defence industry contacts followed: Finnish armoured vehicles were tested by the Chilean army, "
    "and both armed forces exchanged observers at winter exercises in Lapland and in the Andes."
)
PAPER = f"""\
## Introduction

This paper examines the relations between Chile and Finland since 1990 and their trade, defence and culture.

## Trade and defence ties

{TRADE}

{MORE_TRADE}

{DEFENCE}

## Culture

The Finnish Institute opened an office in Santiago, and Chilean universities signed student exchange agreements
with the University of Helsinki, bringing music festivals, film weeks and translations of Chilean poetry to Finland.
"""

CONFIG = """\
title: Chile and Finland
as_of: 2025-06-01
period: all
sources: [paper.md]
focus: {terms: [Finland, Finnish]}
topics:
  economic: {title: Economy, keywords: [trade, export, import, invest, business, bank, energy]}
  military: {title: Defence, keywords: [military, defence, army, navy, navies, armed forces, exercise]}
  cultural: {title: Culture, keywords: [culture, university, student, music, film, poetry, institute]}
parts:
  - topics: [economic, military, cultural]
formats: [json]
output: out/{slug}.{ext}
"""


def _topics_part(tmp_path: Path, paper: str, config: str) -> dict:
    """The topics part of the JSON briefing built from `paper` with `config`."""
    (tmp_path / "paper.md").write_text(paper)
    (tmp_path / "config.yaml").write_text(config)
    build(tmp_path / "config.yaml")
    (part,) = json.loads((tmp_path / "out" / "chile-and-finland.json").read_text())["parts"]
    return part


def test_a_section_appears_under_each_topic_one_of_its_passages_speaks_of(tmp_path: Path):
    part = _topics_part(tmp_path, PAPER, CONFIG)
    shown = {
        section["key"]: [(item["title"], item["summary"][0]["text"][:39]) for item in section["items"]]
        for section in part["sections"]
    }
    assert shown == {
        "economic": [("Trade and defence ties", "Trade between Chile and Finland grew qu")],
        "military": [("Trade and defence ties", "The two navies held their first joint e")],
        "cultural": [("Culture", "The Finnish Institute opened an office ")],
    }
    assert part["empty"] == []


FEED = """\
12.05.2025
Finnish Yard to Build Ferries for Chile
A Finnish yard will build two electric ferries for the Chacao crossing, the Chilean ministry of works said.
14.05.2025
Finnish Institute Opens Office in Santiago
The Finnish Institute opened an office in Santiago with a season of music and film.
"""


def test_a_story_no_topic_speaks_of_goes_under_other_developments(tmp_path: Path):
    (tmp_path / "feed.txt").write_text(FEED)
    (tmp_path / "config.yaml").write_text(
        CONFIG.replace("sources: [paper.md]", "sources: [feed.txt]").replace(
            "  - topics: [economic, military, cultural]", "  - topics"
        )
    )
    build(tmp_path / "config.yaml")
    data = json.loads((tmp_path / "out" / "chile-and-finland.json").read_text())
    (part,) = data["parts"]
    shown = {section["title"]: [item["title"] for item in section["items"]] for section in part["sections"]}
    assert shown == {
        "Culture": ["Finnish Institute Opens Office in Santiago"],
        "Other developments": ["Finnish Yard to Build Ferries for Chile"],
    }


def test_an_introductions_passage_on_a_topic_informs_its_summary_but_is_no_development(tmp_path: Path):
    paper = PAPER.replace(
        "This paper examines the relations between Chile and Finland since 1990 and their trade, defence and culture.",
        "This paper examines the relations between Chile and Finland since 1990.\n\n"
        "Chile and Finland established a trade office in Helsinki in 1931, and Finnish exports of paper "
        "machinery to Chile began in 1952.",
    ) + (
        "\n## Trade figures\n\nTrade between Chile and Finland reached USD 900 million in 2024, and Finnish "
        "investment in Chilean pulp mills rose again.\n"
    )
    economic = next(s for s in _topics_part(tmp_path, paper, CONFIG)["sections"] if s["key"] == "economic")
    assert "Introduction" not in [item["title"] for item in economic["items"]]
    assert any("trade office in Helsinki in 1931" in s["text"] for s in economic["summary"])


VISITS_AND_TRADE = """\
## Introduction

This paper examines the relations between Chile and Finland since 1990.

## Visits and trade

President Lagos visited Helsinki in May 2002 and held talks with President Halonen on trade. \
The two presidents signed an agreement on investment protection, and trade rose by a quarter the next year. \
In 2008 the Finnish prime minister visited Santiago with a business delegation of forty companies. \
During that visit the trade ministers opened a business forum on mining equipment and forestry exports. \
President Bachelet paid a state visit to Finland in 2015, when a memorandum on green hydrogen investment was signed. \
Finnish exports to Chile reached EUR 400 million in 2019 after the summit in Helsinki. \
The foreign ministers met in 2021 and agreed that the trade commission would meet every year. \
Chilean exports of copper and wine to Finland doubled between 2010 and 2022.
"""

TWO_TOPICS = """\
title: Chile and Finland
as_of: 2025-06-01
period: all
sources: [paper.md]
focus: {terms: [Finland, Finnish]}
topics:
  political: {title: Visits, keywords: [visit, president, summit, talks, foreign minister, prime minister]}
  economic: {title: Economy, keywords: [trade, export, invest, business, mining]}
parts:
  - topics: [political, economic]
formats: [json]
output: out/{slug}.{ext}
"""


def test_a_passage_under_two_topics_never_shows_a_sentence_twice(tmp_path: Path):
    # The passage speaks of visits and of trade alike, so it is shown under both topics; the
    # second shows the passage's next sentences, not the ones the reader has just read.
    part = _topics_part(tmp_path, VISITS_AND_TRADE, TWO_TOPICS)
    told = {
        section["key"]: [s["text"][:30] for item in section["items"] for s in item["summary"]]
        + [s["text"][:30] for s in section["summary"]]
        for section in part["sections"]
    }
    assert told == {
        "political": [
            "President Lagos visited Helsin",
            "The two presidents signed an a",
            "In 2008 the Finnish prime mini",
            "During that visit the trade mi",
            "President Bachelet paid a stat",
            "Finnish exports to Chile reach",
            "The foreign ministers met in 2",
        ],
        # the passage's sentence on trade the visits left, picked for the topic's words
        "economic": ["Chilean exports of copper and "],
    }
    assert part["empty"] == []


def test_a_passage_whose_every_sentence_an_earlier_topic_showed_is_named_there(tmp_path: Path):
    short = (
        "## Introduction\n\nThis paper examines the relations between Chile and Finland since 1990.\n\n"
        "## Visits and trade\n\n"
        "President Lagos visited Helsinki in May 2002 and held talks on trade with President Halonen. "
        "The two presidents signed an agreement on investment protection during the visit. "
        "Trade and business ties between Chile and Finland grew after the visit.\n"
    )
    part = _topics_part(tmp_path, short, TWO_TOPICS)
    sections = {section["key"]: section for section in part["sections"]}
    assert [item["title"] for item in sections["political"]["items"]] == ["Visits and trade"]
    assert len(sections["political"]["items"][0]["summary"]) == 3
    assert sections["economic"]["items"] == []
    assert [(a["title"], a["section_title"]) for a in sections["economic"]["also"]] == [("Visits and trade", "Visits")]
    assert part["empty"] == []


def test_an_untitled_story_headed_by_its_whole_first_sentence_does_not_repeat_it_below(tmp_path: Path):
    (tmp_path / "kauppa-2025-05-20.txt").write_text(
        " date 2025-05-20 Finnish shipyard Rauma signed a contract with Chile's navy.\n\n"
        "The first of two icebreakers will be delivered in 2027.\n",
        encoding="utf-8",
    )
    (tmp_path / "config.yaml").write_text(
        CONFIG.replace("sources: [paper.md]", "sources: [kauppa-2025-05-20.txt]").replace(
            "  - topics: [economic, military, cultural]", "  - topics"
        )
    )
    build(tmp_path / "config.yaml")
    (part,) = json.loads((tmp_path / "out" / "chile-and-finland.json").read_text())["parts"]
    (item,) = [item for section in part["sections"] for item in section["items"]]
    assert item["title"] == "Finnish shipyard Rauma signed a contract with Chile's navy"
    assert [s["text"] for s in item["summary"]] == ["The first of two icebreakers will be delivered in 2027."]
