"""Items are identified by their content: a feed that grows keeps its ids, so `new` is exact."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
import threading
from pathlib import Path

from reportgen.build import build
from reportgen.ingest.news import read_feed
from reportgen.schedule import run_schedule
from reportgen.state import RunState

CONFIG = """\
title: Mongolia and Japan
as_of: 2025-03-10
period: all
sources: [news/]
focus: {terms: [Japan, Japanese]}
topics:
  economic: {title: Economy, keywords: [trade, loan, mine, invest]}
  political: {title: Politics, keywords: [visit, minister, talks]}
parts:
  - new: {}
  - topics: [economic, political]
formats: [json]
output: out/{slug}.{ext}
"""

OLD_FEED = """\
04.03.2025
Japanese Minister Visits Ulaanbaatar
Japan's foreign minister held talks in Ulaanbaatar on the Oyu Tolgoi mine and trade.

02.03.2025
Japan Extends Loan for Mongolian Rail
The Japan International Cooperation Agency signed a loan for the Mongolian rail line, invest officials said.
"""

NEW_ARTICLE = """\
09.03.2025
Mongolia and Japan Sign Trade Protocol
Mongolian and Japanese trade ministers signed a protocol on beef exports to Japan in Tokyo.

"""


class Clock:
    def __init__(self, start: dt.datetime) -> None:
        self.moment = start

    def now(self) -> dt.datetime:
        return self.moment

    def sleep(self, seconds: float) -> None:
        self.moment += dt.timedelta(seconds=seconds)


def _new_titles(project: Path) -> list[str]:
    data = json.loads((project / "out" / "mongolia-and-japan.json").read_text())
    (part,) = [p for p in data["parts"] if p["kind"] == "new"]
    return [item["title"] for item in part["items"]]


def test_a_feed_grown_at_the_top_between_two_scheduled_runs_reports_exactly_the_new_article(tmp_path):
    (tmp_path / "news").mkdir()
    feed = tmp_path / "news" / "feed.txt"
    feed.write_text(OLD_FEED)
    config = tmp_path / "config.yaml"
    config.write_text(CONFIG)
    clock, stop, seen = Clock(dt.datetime(2025, 3, 9, 6, 59)), threading.Event(), []

    def job(fire: dt.datetime) -> str:
        build(config, clock=clock.now)
        seen.append(_new_titles(tmp_path))
        if len(seen) == 1:
            feed.write_text(NEW_ARTICLE + OLD_FEED)  # feeds grow at the top
        else:
            stop.set()
        return "built"

    status = run_schedule(
        "0 7 * * *",
        job,
        clock=clock,
        sleep=clock.sleep,
        stop=stop,
        log=logging.getLogger("test.new"),
        timer=lambda: 0.0,
    )

    assert status == 0
    assert seen == [[], ["Mongolia and Japan Sign Trade Protocol"]]


def test_ids_do_not_depend_on_position_and_repeated_stories_are_told_apart():
    old, _ = read_feed(OLD_FEED.splitlines(), doc_id="feed", path="feed.txt")
    grown, _ = read_feed(
        (NEW_ARTICLE + OLD_FEED + "\n" + OLD_FEED.split("\n\n")[1]).splitlines(), doc_id="feed", path="feed.txt"
    )
    old_ids = [a.id for a in old.items]
    grown_ids = [a.id for a in grown.items]
    assert grown_ids[1:3] == old_ids
    assert grown_ids[3] == old_ids[1] + "-2"  # the loan story again, word for word
    assert all(i.startswith("feed#a-") and len(i) == len("feed#a-") + 10 for i in grown_ids[:3])


def test_the_run_history_carries_first_sightings_over_from_position_ids(tmp_path):
    """A history written when ids were positions (`feed#a1`) is upgraded without a crash or a flood of 'new'."""
    state = RunState(tmp_path / "state.sqlite")
    config = tmp_path / "config.yaml"
    start = dt.datetime(2025, 3, 1, 7)
    run1 = state.begin_run(config, as_of=dt.date(2025, 3, 1), digests={}, started=start)
    state.record_items(config, [("feed#a1", "d-minister"), ("feed#a2", "d-loan")], run1)
    state.finish_run(run1, "ok", finished=start)
    run2 = state.begin_run(config, as_of=dt.date(2025, 3, 9), digests={}, started=start + dt.timedelta(days=8))
    new = state.record_items(
        config, [("feed#a-111", "d-protocol"), ("feed#a-222", "d-minister"), ("feed#a-333", "d-loan")], run2
    )
    assert new == {"feed#a-111"}
    with sqlite3.connect(state.path) as db:
        rows = dict(db.execute("SELECT item_id, first_seen_run FROM items WHERE item_id LIKE 'feed#a-%'"))
    assert rows == {"feed#a-111": run2, "feed#a-222": run1, "feed#a-333": run1}
