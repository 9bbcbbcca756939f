"""Score the chronology's extraction against hand-written gold, and time it.

Gold: benchmarks/gold/chronology.yaml (the seeds, and the Russian and Kazakh feeds of our own in
tests/fixtures/chronology/feeds/, read like the seeds) and tests/fixtures/chronology/*.expected.yaml
(small documents of our own; heldout*.txt and the feeds were written, with their gold, before
the extractor was run on them).  Each source is scored on the multiset of (start, end, precision) its
paragraphs yield before merging; invented events and misses are listed.

    .venv/bin/python benchmarks/quality_chronology.py          # quality and speed
    .venv/bin/python benchmarks/quality_chronology.py --no-speed
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportgen.analysis.chronology import extract_events  # noqa: E402
from reportgen.corpus import Location  # noqa: E402
from reportgen.ingest import load  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold" / "chronology.yaml"
FIXTURES = ROOT / "tests" / "fixtures" / "chronology"
# Sources read through ingestion like the seeds (feeds, articles), with their gold in GOLD.
DOCUMENT_SOURCES = ["seeds", "tests/fixtures/chronology/feeds"]
AMOUNTS_FIXTURE = "amounts.txt"  # every event found there is invented from an amount or id

Key = tuple[dt.date, dt.date, str]


def _date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _gold_rows(rows: list[list[object]]) -> list[tuple[str, Key]]:
    return [(str(row[0]), (_date(row[1]), _date(row[2]), str(row[3]))) for row in rows or []]


def seed_extractions() -> dict[str, list[tuple[str, Key]]]:
    """(expression, key) for every event the body paragraphs of each seed (or feed fixture) yield."""
    corpus = load(DOCUMENT_SOURCES, root=ROOT)
    found: dict[str, list[tuple[str, Key]]] = {}
    for document in corpus.documents:
        rows = found.setdefault(Path(document.path).name, [])
        for item in document.items:
            reference = item.date if item.kind == "article" else None
            for paragraph in item.paragraphs:
                for event in extract_events(
                    paragraph.text, reference=reference, item_id=item.id, location=paragraph.location
                ):
                    rows.append((event.expression, (event.start, event.end, event.precision)))
    return found


def read_fixture(path: Path) -> tuple[dt.date | None, list[tuple[int, str]]]:
    """A fixture: 'reference: <date|none>', a blank line, then one paragraph per line."""
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    value = head.split(":", 1)[1].strip()
    reference = None if value == "none" else dt.date.fromisoformat(value)
    first_line = head.count("\n") + 3
    return reference, [(first_line + n, line) for n, line in enumerate(body.splitlines()) if line.strip()]


def fixture_extractions() -> tuple[dict[str, list[tuple[str, Key]]], dict[str, list[tuple[str, Key]]]]:
    found, gold = {}, {}
    for path in sorted(FIXTURES.glob("*.txt")):
        reference, lines = read_fixture(path)
        rows = found.setdefault(path.name, [])
        for line_number, line in lines:
            for event in extract_events(
                line, reference=reference, item_id=path.stem, location=Location(path.name, line_number)
            ):
                rows.append((event.expression, (event.start, event.end, event.precision)))
        expected = yaml.safe_load(path.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
        gold[path.name] = _gold_rows(expected)
    return found, gold


def _score(found: list[tuple[str, Key]], gold: list[tuple[str, Key]]) -> dict:
    found_keys, gold_keys = Counter(k for _, k in found), Counter(k for _, k in gold)
    matched = found_keys & gold_keys
    tp = sum(matched.values())
    invented = [(e, k) for e, k in found if _take(found_keys - matched, k)]
    missed = [(e, k) for e, k in gold if _take(gold_keys - matched, k)]
    return {
        "tp": tp,
        "fp": len(found) - tp,
        "fn": len(gold) - tp,
        "precision": tp / len(found) if found else 1.0,
        "recall": tp / len(gold) if gold else 1.0,
        "invented": [_show(e, k) for e, k in invented],
        "missed": [_show(e, k) for e, k in missed],
    }


def _take(pool: Counter, key: Key) -> bool:
    """Consume one `key` from `pool` if any is left (so duplicates are listed once each)."""
    if pool[key] > 0:
        pool[key] -= 1
        return True
    return False


def _show(expression: str, key: Key) -> str:
    start, end, precision = key
    return f"{expression!r} {start}..{end} {precision}"


def evaluate() -> dict:
    """Precision/recall per source and overall (micro-averaged), plus invented amount events."""
    seed_gold = {name: _gold_rows(rows) for name, rows in yaml.safe_load(GOLD.read_text(encoding="utf-8")).items()}
    seed_found = seed_extractions()
    fixture_found, fixture_gold = fixture_extractions()
    sources = {}
    for name in sorted(set(seed_gold) | set(fixture_gold)):
        found = seed_found.get(name, []) if name in seed_gold else fixture_found.get(name, [])
        gold = seed_gold.get(name) if name in seed_gold else fixture_gold[name]
        sources[name] = _score(found, gold)
    tp = sum(s["tp"] for s in sources.values())
    fp = sum(s["fp"] for s in sources.values())
    fn = sum(s["fn"] for s in sources.values())
    return {
        "sources": sources,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "invented_from_amounts": sources.get(AMOUNTS_FIXTURE, {}).get("fp", 0),
    }


def measure_speed(seconds: float = 2.0) -> dict[str, float]:
    """Articles per second through extract_events: the seeds' real articles, and a date-dense one."""
    corpus = load(["seeds"], root=ROOT)
    articles = [[p.text for p in item.paragraphs] for item in corpus.items if item.kind == "article"]
    words = sum(len(t.split()) for a in articles for t in a) / len(articles)  # body text, as build_chronology reads
    dense = [
        "Kazakh President Kassym-Jomart Tokayev met the Emir of Qatar in Astana on 14 February 2024, "
        "Qazinform News Agency reports. The sides discussed trade, which rose by 17 times in the first quarter of 2023.",
        "During the talks, the parties noted that bilateral trade reached USD 56.6 million last year and agreed "
        "to prepare a roadmap for 2025-2030, with the next meeting of the commission planned for September.",
        "The Emir recalled that diplomatic relations were established on 1 July 1993 and that Doha opened its "
        "embassy in Astana in 2008, while Kazakhstan opened an embassy in Doha in 2007.",
    ] * 2
    figures = {
        f"seed articles ({words:.0f} words)": _rate(articles, seconds),
        f"date-dense articles ({sum(len(t.split()) for t in dense)} words, 12 dates)": _rate([dense], seconds),
    }
    for name, rate in figures.items():
        print(f"speed: {rate:,.0f} articles/s  {name}")
    # A fixed pure-Python loop, to compare figures taken on machines of different speed or load
    # (about 11 ms on an idle current desktop CPU with Python 3.11).
    calibration = min(_calibration() for _ in range(5))
    print(f"calibration: sum(range(10**6)) takes {calibration * 1000:.1f} ms on this machine now")
    figures["calibration_ms"] = calibration * 1000
    return figures


def _calibration() -> float:
    started = time.process_time()
    sum(range(10**6))
    return time.process_time() - started


def _rate(articles: list[list[str]], seconds: float, rounds: int = 5) -> float:
    """Best of `rounds` runs (like timeit): the least disturbed by other jobs on the machine."""
    reference, location = dt.date(2025, 12, 5), Location("bench.txt", 1)
    best = 0.0
    for _ in range(rounds):
        done, started = 0, time.process_time()
        while time.process_time() - started < seconds / rounds:
            for paragraphs in articles:
                for paragraph in paragraphs:
                    extract_events(paragraph, reference=reference, item_id="a", location=location)
            done += len(articles)
        best = max(best, done / (time.process_time() - started))
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-speed", action="store_true", help="skip the timing run")
    args = parser.parse_args(argv)
    result = evaluate()
    for name, score in result["sources"].items():
        print(
            f"{name:32} precision {score['precision']:.3f}  recall {score['recall']:.3f}  "
            f"(tp {score['tp']}, fp {score['fp']}, fn {score['fn']})"
        )
        for line in score["invented"]:
            print(f"    invented: {line}")
        for line in score["missed"]:
            print(f"    missed:   {line}")
    print(
        f"overall precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
        f"invented from amounts/ids: {result['invented_from_amounts']}"
    )
    if not args.no_speed:
        measure_speed()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
