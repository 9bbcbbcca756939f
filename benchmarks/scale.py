"""Time ingest, selection (topics + focus), chronology and summaries on generated feed corpora.

Run from the repo root:  .venv/bin/python benchmarks/scale.py [--sizes 1000 10000 50000]

Each size runs in a fresh process (so peak memory is its own) on a temp folder of feed
files (100 articles each, the DD.MM.YYYY / title / paragraphs format of the seeds),
with varied text, dates, titles, Qatar mentions, amounts and ids.  Prints seconds per
stage, articles per second, time per article relative to the smallest size (1.00 is
linear growth) and peak RSS.  Target: 10,000 articles under 10 s on one core.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PER_FILE = 100

PLACES = [
    "Astana",
    "Almaty",
    "Doha",
    "Geneva",
    "Istanbul",
    "Oslo",
    "Brussels",
    "Tashkent",
    "Baku",
    "Seoul",
    "New Delhi",
    "Paris",
    "Rabat",
    "Addis Ababa",
    "Shymkent",
    "Aktau",
]
PARTNERS = [
    "Qatar",
    "Turkey",
    "Norway",
    "Belgium",
    "Uzbekistan",
    "Azerbaijan",
    "Korea",
    "India",
    "France",
    "Morocco",
    "Ethiopia",
    "Israel",
    "Germany",
    "Japan",
    "Oman",
    "Kuwait",
]
FIELDS = [
    "trade",
    "investment",
    "energy",
    "culture",
    "education",
    "transport",
    "logistics",
    "agriculture",
    "healthcare",
    "digitalization",
    "tourism",
    "security",
    "archives",
    "science",
    "finance",
    "water",
]
ROLES = [
    "Minister of Foreign Affairs",
    "Ambassador",
    "Deputy Prime Minister",
    "Consul General",
    "Minister of Culture",
    "Minister of Energy",
    "Permanent Representative",
    "Chairman of the Board",
]
VERBS = [
    "discussed",
    "reviewed",
    "agreed to expand",
    "signed a memorandum on",
    "outlined prospects for",
    "noted progress in",
    "proposed joint projects in",
    "considered new approaches to",
]
WHEN = [
    "on 14 February 2024",
    "in autumn 2024",
    "in March 2025",
    "by the end of 2026",
    "in 2023",
    "on 1 July 1993",
    "in the first quarter of 2025",
    "last year",
    "in December 2023",
    "from 2 to 4 February 2026",
]


def sentence(rng: random.Random, partner: str) -> str:
    field, other = rng.sample(FIELDS, 2)
    kind = rng.randrange(6)
    if kind == 0:
        return (
            f"The {rng.choice(ROLES)} of Kazakhstan and representatives of {partner} {rng.choice(VERBS)} "
            f"{field} and {other} {rng.choice(WHEN)}."
        )
    if kind == 1:
        amount = rng.choice(
            [
                f"${rng.randint(2, 900)}.{rng.randint(0, 9)} million",
                f"{rng.randint(2, 99)} billion tenge",
                f"USD {rng.randint(1, 20)} billion",
            ]
        )
        return f"The joint projects in {field} are estimated at {amount}, according to the parties."
    if kind == 2:
        return (
            f"Special attention was paid to {field}, {other} and the exchange of experience between "
            f"specialists of the two countries, the Ministry of Foreign Affairs reports."
        )
    if kind == 3:
        return (
            f"Agreement No. {rng.randint(100, 99999)} on {field} was signed in {rng.choice(PLACES)} {rng.choice(WHEN)}."
        )
    if kind == 4:
        return (
            f"Trade turnover between Kazakhstan and {partner} grew by {rng.randint(2, 60)}% in "
            f"{rng.randint(2015, 2025)}, reaching {rng.randint(50, 5000)} million dollars."
        )
    return (
        f"The sides noted that cooperation in {field} will contribute to sustainable development and to "
        f"strengthening the friendship between the peoples of Kazakhstan and {partner}."
    )


def article(rng: random.Random, day: dt.date) -> str:
    partner = "Qatar" if rng.random() < 0.2 else rng.choice(PARTNERS)
    title = f"Kazakhstan and {partner} Discuss {rng.choice(FIELDS).title()} Cooperation in {rng.choice(PLACES)}"
    paragraphs = [" ".join(sentence(rng, partner) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(3, 7))]
    return "\n".join([day.strftime("%d.%m.%Y"), title, *paragraphs])


def generate(folder: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    start = dt.date(2026, 2, 20)
    for f in range(0, n, PER_FILE):
        texts = [article(rng, start - dt.timedelta(days=(f + i) // 40)) for i in range(min(PER_FILE, n - f))]
        (folder / f"feed_{f // PER_FILE:05d}.txt").write_text("\n".join(texts) + "\n", encoding="utf-8")


def run_one(n: int, chronology_max: int) -> dict:
    """Generate `n` articles and time every stage; runs in its own process."""
    from reportgen import ingest
    from reportgen.analysis.select import select
    from reportgen.analysis.summarise import summarise
    from reportgen.analysis.topics import score_topics
    from reportgen.config import load_config

    cfg = load_config(ROOT / "config.yaml")
    timings: dict[str, float] = {}
    cpu_start = time.process_time()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        generate(folder, n)
        t = time.perf_counter()
        corpus = ingest.load([str(folder)], root=folder)
        timings["ingest"] = time.perf_counter() - t
    items = corpus.items
    t = time.perf_counter()
    for item in items:
        score_topics(item, cfg.topics)
    timings["topics"] = time.perf_counter() - t
    scoped = dataclasses.replace(cfg, path=folder / "config.yaml", sources=(".",))
    t = time.perf_counter()
    selection = select(corpus, scoped)
    timings["select"] = time.perf_counter() - t
    try:
        from reportgen.analysis.chronology import build_chronology
    except ImportError:
        build_chronology = None
    if build_chronology is not None and n <= chronology_max:
        topics = {d.item.id: d.joined for d in selection.decisions}
        focus = {d.item.id: bool(d.focus) for d in selection.decisions}
        t = time.perf_counter()
        events = build_chronology(items, as_of=cfg.as_of, topics_for=topics.get, focus_for=focus.get)
        timings["chronology"] = time.perf_counter() - t
    else:
        events = ()
    t = time.perf_counter()
    for item in items:
        summarise([item], 3)
    timings["summaries"] = time.perf_counter() - t
    cpu = time.process_time() - cpu_start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {
        "n": len(items),
        "timings": timings,
        "cpu": cpu,
        "peak_mib": peak,
        "selected": len(selection.selected),
        "events": len(events),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument(
        "--chronology-max",
        type=int,
        default=50000,
        metavar="N",
        help="skip the chronology stage above N articles (default 50000)",
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.chronology_max)))
        return 0
    results = []
    for n in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n), "--chronology-max", str(args.chronology_max)],
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    stages = list(dict.fromkeys(s for r in results for s in r["timings"]))
    print(
        f"{'articles':>8}  " + "  ".join(f"{s:>10}" for s in stages) + f"  {'total':>8}  {'art/s':>8}  "
        f"{'growth':>6}  {'CPU s':>6}  {'peak MiB':>8}  selected  events"
    )
    base = None
    for r in results:
        total = sum(v for k, v in r["timings"].items() if k != "topics")  # select includes topics
        per = sum(r["timings"].get(k, 0.0) for k in ("ingest", "select", "chronology", "summaries")) / r["n"]
        base = base or per
        cells = "  ".join(f"{r['timings'][s]:>9.2f}s" if s in r["timings"] else f"{'skipped':>10}" for s in stages)
        print(
            f"{r['n']:>8}  {cells}  {total:>7.2f}s  {r['n'] / total:>8.0f}  {per / base:>6.2f}  "
            f"{r['cpu']:>6.2f}  {r['peak_mib']:>8.0f}  {r['selected']:>8}  {r['events']:>6}"
        )
    print(
        "total = ingest + select + chronology + summaries; topics is score_topics alone, which select repeats\n"
        "with focus and reasons; growth = total per article / the smallest size's\n"
        "(1.00 = linear); CPU s = process CPU time of the whole run, including corpus generation"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
