"""`reportgen explain`: one block per item with focus, topics and the reason."""

import datetime as dt
from pathlib import Path

from reportgen.analysis.select import select
from reportgen.cli import main
from reportgen.commands.explain import to_text
from reportgen.config import BriefingConfig, FocusSpec, Period, TopicDef
from reportgen.corpus import Article, Corpus, Document, Location, Paragraph

FEED = """\
05.02.2026
Culture Days of Kazakhstan Held in Doha
The Culture Days of Kazakhstan opened in Doha with an exhibition of applied arts.
Qatar's Minister of Culture praised the cultural ties between the two nations.
12.12.2025
Kazakh Film Days Held in Oslo
The Embassy of Kazakhstan in Norway organized a week of Kazakh films in Oslo.
"""

CONFIG = """\
title: Test briefing
as_of: 2026-02-20
period: {from: 2026-01-01}
sources: [seeds/]
focus:
  terms: [Qatar, Qatari, Doha]
topics:
  cultural: {title: Cultural, keywords: [culture, art, exhibition, film]}
  political: {title: Political, keywords: [minister, embassy], min_score: 2}
parts:
  - summary: {sentences: 2}
"""


def project(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "feed.txt").write_text(FEED, encoding="utf-8")
    (tmp_path / "config.yaml").write_text(CONFIG, encoding="utf-8")
    return tmp_path / "config.yaml"


def test_explain_lists_every_item_with_reasons(tmp_path, capsys):
    code = main(["explain", str(project(tmp_path))])
    out = capsys.readouterr().out
    assert code == 0
    blocks = out.split("\n\n")
    assert blocks[0].startswith("# topic score: for each keyword found n times, 1 + ln(n)")
    doha, oslo = blocks[1].splitlines(), blocks[2].splitlines()
    assert (
        doha[0].startswith("SELECTED  ")
        and "2026-02-05  Culture Days of Kazakhstan Held in Doha  (seeds/feed.txt:1)" in doha[0]
    )
    assert doha[1:] == [
        "  focus: Qatar ×1, Doha ×2",
        "  topics: cultural (5.39: culture×4, art×1, exhibition×1); political (1: minister×1) below 2",
        "  selected: mentions Qatar ×1, Doha ×2; topics cultural (5.39: culture×4, art×1, exhibition×1)",
    ]
    assert oslo[0].startswith("LEFT OUT  ")
    assert oslo[1:] == [
        "  focus: none",
        "  topics: cultural (2.69: film×2); political (1: embassy×1) below 2",
        "  left out: published 2025-12-12, before the period (from 2026-01-01)",
        "  left out: no focus term (Qatar, Qatari, Doha)",
    ]
    assert out.endswith("\n1 of 2 items selected\n")


def test_explain_json(tmp_path, capsys):
    import json

    assert main(["explain", str(project(tmp_path)), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(i["selected"], i["focus"]) for i in data["items"]] == [(True, {"Qatar": 1, "Doha": 2}), (False, {})]
    assert data["items"][0]["topics"][0] == {
        "topic": "cultural",
        "score": 5.39,
        "joined": True,
        "terms": {"culture": 4, "art": 1, "exhibition": 1},
    }


def test_explain_since_moves_the_start(tmp_path, capsys):
    assert main(["explain", str(project(tmp_path)), "--since", "2026-02-06"]) == 0
    out = capsys.readouterr().out
    assert "  left out: published 2026-02-05, before the last run (2026-02-06)" in out
    assert out.endswith("\n0 of 2 items selected\n")


def test_to_text_on_a_constructed_selection():
    item = Article(
        "a1",
        "d",
        "Qatar trade",
        dt.date(2026, 2, 1),
        (Paragraph("p", "Trade with Qatar grew.", Location("f.txt", 2)),),
        Location("f.txt", 1),
    )
    cfg = BriefingConfig(
        path=Path("config.yaml"),
        title="T",
        sources=("f.txt",),
        focus=FocusSpec(("Qatar",)),
        topics=(TopicDef("economic", "Economic", ("trade",)),),
        period=Period(),
    )
    text = to_text(
        select(Corpus((Document("d", "f.txt", "news", "F", None, (item,), Location("f.txt", 1)),)), cfg), cfg
    )
    assert text.splitlines()[2:] == [
        "SELECTED  a1  2026-02-01  Qatar trade  (f.txt:1)",
        "  focus: Qatar ×2",
        "  topics: economic (2.69: trade×2)",
        "  selected: mentions Qatar ×2; topics economic (2.69: trade×2)",
        "",
        "1 of 1 items selected",
    ]


def test_explain_rejects_a_bad_since_date(tmp_path, capsys):
    import pytest

    with pytest.raises(SystemExit) as exc:
        main(["explain", str(project(tmp_path)), "--since", "2026-13-01"])
    assert exc.value.code == 2
    assert "argument --since: '2026-13-01' is not a date; use YYYY-MM-DD" in capsys.readouterr().err
