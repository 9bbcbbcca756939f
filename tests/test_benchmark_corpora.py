"""The content-quality benchmark's corpora are read as intended, and their references are sound.

Each corpus must be ingested without a diagnostic, in the seeds' three formats, and every fact
and event its reference.yaml names must be stated by some sentence of the corpus; otherwise
benchmarks/content_quality.py would score the reference, not the briefing.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from reportgen import ingest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = sorted(p.parent for p in ROOT.glob("benchmarks/corpora*/*/reference.yaml"))


def _benchmark():
    spec = importlib.util.spec_from_file_location("content_quality", ROOT / "benchmarks" / "content_quality.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up there
    spec.loader.exec_module(sys.modules[spec.name])
    return sys.modules[spec.name]


def test_every_reference_corpus_is_found():
    assert len(CORPORA) == 161


@pytest.mark.parametrize("folder", CORPORA, ids=lambda p: p.name)
def test_corpus_is_read_in_the_seed_formats_without_diagnostics(folder):
    files = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md"))
    corpus = ingest.load([p.relative_to(ROOT).as_posix() for p in files], root=ROOT)
    assert corpus.diagnostics == ()
    formats = sorted(d.format for d in corpus.documents)
    assert formats.count("paper") == 1 and formats.count("feed") == 1 and formats.count("article") >= 2
    paper = next(d for d in corpus.documents if d.format == "paper")
    assert len(paper.tables) == 2 and len(paper.abstracts) >= 2 and paper.published is not None
    feed = next(d for d in corpus.documents if d.format == "feed")
    assert 4 <= len(feed.items) <= 12


@pytest.mark.parametrize("folder", CORPORA, ids=lambda p: p.name)
def test_every_reference_fact_and_event_is_stated_in_the_corpus(folder):
    benchmark = _benchmark()
    reference = benchmark.load_reference(folder / "reference.yaml")
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()) if p.suffix in (".txt", ".md")]
    assert benchmark.check_reference(reference, texts) == []
    assert 8 <= len(reference.headline) <= 12 and len(reference.facts) >= 15 and len(reference.events) >= 25
