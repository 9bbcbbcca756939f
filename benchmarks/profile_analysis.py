"""Profile the analysis stages scale.py times (select, chronology, summaries) on generated articles.

Run from the repo root:  .venv/bin/python benchmarks/profile_analysis.py [--n 2000] [--stage chronology]
                         [--sort tottime] [--top 40]

Generates scale.py's feed corpus in a temp folder, ingests it, then runs the chosen stages under
cProfile and prints the top functions.  Use it to see where the time goes before speeding anything
up; check with analysis_diff.py that the output did not change.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="articles (default 2000)")
    parser.add_argument(
        "--stage", choices=["all", "select", "chronology", "summaries"], default="all", help="what to profile"
    )
    parser.add_argument("--sort", default="tottime", help="pstats sort key (default tottime)")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()

    import scale

    from reportgen import ingest
    from reportgen.analysis.chronology import build_chronology
    from reportgen.analysis.select import select
    from reportgen.analysis.summarise import summarise
    from reportgen.config import load_config

    cfg = load_config(ROOT / "config.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        scale.generate(folder, args.n)
        corpus = ingest.load([str(folder)], root=folder)
    items = corpus.items
    scoped = dataclasses.replace(cfg, path=folder / "config.yaml", sources=(".",))

    profiler = cProfile.Profile()
    timings = {}
    wanted = {"select", "chronology", "summaries"} if args.stage == "all" else {args.stage}
    selection = select(corpus, scoped)  # chronology needs its topics; profiled again below if asked
    topics = {d.item.id: d.joined for d in selection.decisions}
    focus = {d.item.id: bool(d.focus) for d in selection.decisions}
    stages = {
        "select": lambda: select(corpus, scoped),
        "chronology": lambda: build_chronology(items, as_of=cfg.as_of, topics_for=topics.get, focus_for=focus.get),
        "summaries": lambda: [summarise([item], 3) for item in items],
    }
    for name, run in stages.items():
        if name not in wanted:
            continue
        start = time.perf_counter()
        profiler.runcall(run)
        timings[name] = time.perf_counter() - start
    print("  ".join(f"{k} {v:.2f}s" for k, v in timings.items()), f"(profiled, {len(items)} articles)")
    pstats.Stats(profiler).strip_dirs().sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
