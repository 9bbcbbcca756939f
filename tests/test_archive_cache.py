"""Parsed sources kept between builds never change a briefing, and a damaged cache is only slower."""

from __future__ import annotations

import json
import logging
import os
import shutil
from pathlib import Path

import pytest

from reportgen import ingest
from reportgen.build import build
from reportgen.ingest import cache as cache_mod
from reportgen.ingest.cache import DocumentCache
from reportgen.ingest.records import decode_document, encode_document
from reportgen.state import RunState

REPO = Path(__file__).resolve().parent.parent

# The weekly digest over every seed (feeds, single articles, the paper): most items are
# outside `last 7 days`, so the build reads them only as run-history rows.
CONFIG = """\
title: Seeds Weekly
as_of: 2026-02-20
period: last 7 days
sources: [seeds/]
topics:
  diplomacy: {title: Diplomacy, keywords: [ambassador, embassy, visit, talks, minister, ministry, summit]}
  economy: {title: Economy, keywords: [trade, invest, business, transport, energy, finance]}
  culture: {title: Culture, keywords: [culture, art, exhibition, education, science, university]}
parts:
  - summary: {sentences: 4}
  - new: {}
  - topics: {keys: [diplomacy, economy, culture], sentences: 2}
  - sources
formats: [html, json]
output: out/{slug}.{ext}
"""

NEW_ARTICLE = """\
20.02.2026
Kazakhstan and Mongolia Open a Trade House in Ulaanbaatar
The Ambassador of Kazakhstan opened a trade house in Ulaanbaatar on 20 February 2026 to expand trade and investment, the Ministry reports.
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    (tmp_path / "config.yaml").write_text(CONFIG, encoding="utf-8")
    monkeypatch.setenv("REPORTGEN_PREFORK", "0")
    return tmp_path


def _outputs(project: Path, state_dir: Path, *, cache: bool) -> dict[str, bytes]:
    """Build with a fresh run history in `state_dir` (whose cache/ the build uses); the files it wrote."""
    history = state_dir / f"state-{len(list(state_dir.glob('state-*.sqlite')))}.sqlite"
    result = build(project / "config.yaml", state=RunState(history), cache=cache)
    return {p.suffix: p.read_bytes() for p in result.outputs}


def _entries(state_dir: Path) -> list[Path]:
    return sorted((state_dir / "cache").glob("*/??/*.json"))  # not signatures.json, summaries-*.json


def test_a_build_reads_the_same_briefing_without_the_cache_from_a_cold_one_a_warm_one_and_a_stale_one(project):
    plain, cached = project / "plain", project / "cached"
    without = _outputs(project, plain, cache=False)
    assert not (plain / "cache").exists()
    cold = _outputs(project, cached, cache=True)
    assert len(_entries(cached)) == 5  # one per seed
    warm = _outputs(project, cached, cache=True)
    assert without == cold == warm
    assert set(without) == {".html", ".json"}

    feed = project / "seeds" / "004_6441b8d8daaa15d8.txt"
    feed.write_text(NEW_ARTICLE + feed.read_text(encoding="utf-8"), encoding="utf-8")  # a feed grows at the top
    changed = _outputs(project, plain, cache=False)
    stale = _outputs(project, cached, cache=True)  # the feed's old entry is still there
    assert stale == changed
    assert b"Kazakhstan and Mongolia Open a Trade House in Ulaanbaatar" in changed[".html"]
    assert changed != without


def test_leaving_out_at_ingest_the_items_the_period_excludes_changes_nothing(project, monkeypatch):
    import reportgen.analysis.select as select_mod

    pruned = _outputs(project, project / "pruned", cache=False)
    monkeypatch.setattr(select_mod, "date_filter", lambda cfg, since=None: lambda date: True)
    whole = _outputs(project, project / "whole", cache=False)
    assert pruned == whole


def test_the_run_history_records_the_items_the_period_leaves_out(project):
    build(project / "config.yaml", state=RunState(project / "s" / "state.sqlite"))
    import datetime as dt
    import sqlite3

    everything = ingest.load(["seeds/"], root=project)

    with sqlite3.connect(project / "s" / "state.sqlite") as db:
        recorded = {row[0] for row in db.execute("SELECT item_id FROM items")}
    assert recorded == {item.id for item in everything.items}
    in_period = [i for i in everything.items if i.date is None or i.date >= dt.date(2026, 2, 14)]
    assert len(in_period) < len(recorded)  # the period left some out, and they are recorded all the same


def test_damaged_truncated_and_foreign_entries_are_read_past_without_a_warning_and_written_again(project, caplog):
    state_dir = project / "cached"
    first = _outputs(project, state_dir, cache=True)
    entries = _entries(state_dir)
    entries[0].write_bytes(entries[0].read_bytes()[:200])  # truncated
    entries[1].write_bytes(b"\x00\xffnot json at all")
    other = json.loads(entries[2].read_bytes().split(b"\n")[0])
    entries[3].write_bytes(entries[2].read_bytes())  # a well-formed entry under another key
    entries[4].write_text(json.dumps({**other, "format": 999}), encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="reportgen"):
        again = _outputs(project, state_dir, cache=True)
    assert again == first
    notes = [r.getMessage() for r in caplog.records if "cache entries" in r.getMessage()]
    assert len(notes) == 1 and "4 damaged or foreign cache entries ignored" in notes[0]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    cache = DocumentCache.beside(state_dir / "state.sqlite")
    hits = [cache.get(DocumentCache.key(*_identity(project, p))) for p in sorted((project / "seeds").iterdir())]
    assert all(hits) and cache.damaged == 0  # rewritten


def _identity(project: Path, path: Path) -> tuple[str, str, str]:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest(), f"seeds/{path.name}", path.stem


def test_a_cache_that_cannot_be_written_costs_one_warning_and_nothing_else(project, caplog):
    state_dir = project / "blocked"
    state_dir.mkdir()
    (state_dir / "cache").write_text("a file where the cache folder goes")
    expected = _outputs(project, project / "plain", cache=False)
    with caplog.at_level(logging.WARNING, logger="reportgen"):
        got = _outputs(project, state_dir, cache=True)
    assert got == expected
    (warning,) = [r.getMessage() for r in caplog.records]
    assert warning.startswith("warning: cannot keep parsed sources in ")
    assert warning.endswith("; the build is complete, but the next one reads every source again")


def test_a_new_reportgen_ignores_an_old_cache_and_removes_it(project, monkeypatch):
    state_dir = project / "cached"
    _outputs(project, state_dir, cache=True)
    (old,) = (state_dir / "cache").iterdir()
    monkeypatch.setattr(cache_mod, "version_key", lambda: "v9.9.9-0000000000000000")
    cache = DocumentCache.beside(state_dir / "state.sqlite")
    ingest.load(["seeds/"], root=project, cache=cache)
    assert cache.written == 5  # every seed parsed again: nothing read from the old folder
    cache.finish()
    assert [p.name for p in (state_dir / "cache").iterdir()] == ["v9.9.9-0000000000000000"]
    assert not old.exists()


def test_the_version_key_follows_reportgens_version_and_the_reader_code(monkeypatch):
    import reportgen

    key = cache_mod.version_key()
    assert key.startswith(f"v{reportgen.__version__}-")
    cache_mod.version_key.cache_clear()
    monkeypatch.setattr(reportgen, "__version__", "99.0")
    try:
        assert cache_mod.version_key() != key
    finally:
        cache_mod.version_key.cache_clear()


def test_pruning_drops_entries_unused_for_30_days_then_the_oldest_past_the_size_cap(tmp_path, monkeypatch):
    cache = DocumentCache(tmp_path / "cache")
    now = 2_000_000_000.0
    for n, age_days in enumerate([40, 20, 10, 5, 1]):
        entry = cache.folder / "ab" / f"{n:064x}.json"
        entry.parent.mkdir(parents=True, exist_ok=True)
        entry.write_bytes(b"x" * 1000)
        os.utime(entry, (now - age_days * 86400, now - age_days * 86400))
    cache.used = {f"{0:064x}"}  # the oldest, but this build read it: it stays
    monkeypatch.setattr(cache_mod, "MAX_UNUSED_BYTES", 2500)
    cache.prune(now=now)
    left = sorted(int(p.stem, 16) for p in (cache.folder / "ab").iterdir())
    assert left == [0, 3, 4]  # 1 and 2 were the oldest unused ones past 2,500 bytes


@pytest.mark.parametrize(
    "folder", ["seeds", "tests/fixtures/ingest", "benchmarks/corpora/kenya-germany", "benchmarks/corpora-holdout"]
)
def test_every_document_survives_its_record_unchanged(folder):
    corpus = ingest.load([folder], root=REPO)
    assert corpus.documents
    for doc in corpus.documents:
        head, index, bodies = encode_document(doc)
        text = json.loads(json.dumps([head, index, bodies]))
        head, index, bodies = text
        assert decode_document(head, index, lambda: bodies) == doc


def test_a_record_read_for_a_period_lists_the_items_it_leaves_out():
    import datetime as dt

    (doc,) = ingest.load(["seeds/004_6441b8d8daaa15d8.txt"], root=REPO).documents
    keep = lambda date: date is None or date >= dt.date(2026, 2, 18)  # noqa: E731
    head, index, bodies = encode_document(doc)
    partial = decode_document(head, index, lambda: bodies, keep=keep)
    assert [a.date.isoformat() for a in partial.items] == ["2026-02-20", "2026-02-19", "2026-02-18"]
    assert [item_id for item_id, _ in partial.omitted] == [a.id for a in doc.items[3:]]
    assert partial == ingest.load(["seeds/004_6441b8d8daaa15d8.txt"], root=REPO, keep=keep).documents[0]


def test_a_source_unchanged_since_it_was_hashed_is_not_read_and_a_rewritten_one_is(project, monkeypatch):
    from reportgen.ingest import source

    monkeypatch.setattr(cache_mod, "_RACY_SECONDS", -1.0)  # the copies were just made; treat them as settled
    reads: list[str] = []
    real_read = source.read_bytes
    monkeypatch.setattr(source, "read_bytes", lambda real, path, *a: reads.append(path) or real_read(real, path, *a))
    state_dir = project / "cached"
    _outputs(project, state_dir, cache=True)
    assert len(reads) == 5
    reads.clear()
    _outputs(project, state_dir, cache=True)
    assert reads == []

    feed = project / "seeds" / "004_6441b8d8daaa15d8.txt"
    before = feed.stat()
    text = feed.read_text(encoding="utf-8")
    feed.write_text(text.replace("Al-Farabi", "Al-Farobi"), encoding="utf-8")  # same size, ...
    os.utime(feed, ns=(before.st_atime_ns, before.st_mtime_ns))  # ... same mtime: only the ctime tells
    got = _outputs(project, state_dir, cache=True)
    assert reads == ["seeds/004_6441b8d8daaa15d8.txt"]
    assert b"Al-Farobi" in got[".html"] and b"Al-Farabi" not in got[".html"]


def test_a_source_changed_in_the_last_two_seconds_is_hashed_again_next_time(tmp_path):
    cache = DocumentCache(tmp_path / "cache")
    source_file = tmp_path / "feed.txt"
    source_file.write_text("just written")
    _, info = cache.known_digest(source_file)
    cache.remember(source_file, info, "0" * 64)
    cache.finish()
    assert cache.known_digest(source_file)[0] is None


def test_items_summarised_once_are_not_summarised_again_and_a_damaged_store_is_only_slower(project, monkeypatch):
    from reportgen.analysis import summarise

    calls: list[int] = []
    real = summarise.summarise
    monkeypatch.setattr(summarise, "summarise", lambda items, n, **kw: calls.append(len(items)) or real(items, n, **kw))
    state_dir = project / "cached"
    first = _outputs(project, state_dir, cache=True)
    singles = calls.count(1)
    assert singles > 5
    calls.clear()
    assert _outputs(project, state_dir, cache=True) == first
    assert calls.count(1) == 0 and calls  # topic summaries span items: always computed

    (store,) = (state_dir / "cache").glob("*/summaries-*.json")
    store.write_text('{"not": "ours"', encoding="utf-8")
    calls.clear()
    assert _outputs(project, state_dir, cache=True) == first
    assert calls.count(1) == singles
    calls.clear()
    assert _outputs(project, state_dir, cache=True) == first
    assert calls.count(1) == 0  # written again by the run before


def test_check_reads_what_the_build_kept_writes_nothing_and_reads_a_changed_source_again(project, monkeypatch):
    from reportgen.cli import main

    monkeypatch.chdir(project)
    assert main(["build", "config.yaml"]) == 0
    cache_dir = project / ".reportgen" / "cache"
    before = {p: p.stat().st_mtime_ns for p in cache_dir.rglob("*")}
    parsed = []
    real_parse = ingest._parse
    monkeypatch.setattr(ingest, "_parse", lambda data, *a: parsed.append(a[1]) or real_parse(data, *a))
    assert main(["check", "config.yaml"]) == 0
    assert parsed == []  # every source came from the build's cache
    # A source changed since the build is parsed again, and check still keeps the cache as it was.
    paper = project / "seeds" / "002_26179e7a99fe8ed4.txt"
    paper.write_text(paper.read_text(encoding="utf-8") + "\nA closing line.\n", encoding="utf-8")
    assert main(["check", "config.yaml"]) == 0
    assert parsed == ["seeds/002_26179e7a99fe8ed4.txt"]
    assert {p: p.stat().st_mtime_ns for p in cache_dir.rglob("*")} == before
