"""Build a briefing from one huge generated feed with the default limits; print pages, time and memory.

Run from the repo root:  .venv/bin/python benchmarks/big_feed.py [--articles 5000 20000 50000]

The red-team case of issue 12: a 858 KB feed of 20,000 short articles used to become a
2,175-page PDF after 296 s and 6.7 GB.  Topic sections now show their newest `max_items`
and the chronology its latest `max_events`, so the briefing stays readable and inside the
default limits (300 s, 2048 MB, 1,000 pages).  Each size runs `reportgen build` in a fresh
process; peak RSS is the largest of the build and its render helper.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ["trade", "energy", "culture", "transport", "security", "education", "investment"]


def feed(n: int) -> str:
    rng, start, lines = random.Random(1), dt.date(2026, 2, 20), []
    for i in range(n):
        day, field = start - dt.timedelta(days=i // 20), rng.choice(FIELDS)
        lines += [
            day.strftime("%d.%m.%Y"),
            f"Qatar and Kazakhstan talk {field} #{i}",
            f"Officials from Qatar discussed {field} cooperation in Doha, item {i}.",
            "",
        ]
    return "\n".join(lines)


def project(folder: Path, n: int) -> Path:
    (folder / "seeds").mkdir(parents=True)
    (folder / "seeds" / "feed.txt").write_text(feed(n), encoding="utf-8")
    text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    text = re.sub(r"  - (table|about): \{document: paper.*\n", "", text)  # the feed has no paper
    (folder / "config.yaml").write_text(text, encoding="utf-8")
    return folder / "config.yaml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[5000, 20000])
    args = parser.parse_args()
    code = (
        "import resource, sys; from reportgen.cli import main; rc = main(['build', sys.argv[1], '-v']);"
        "print('RSS', max(resource.getrusage(w).ru_maxrss for w in (resource.RUSAGE_SELF, "
        "resource.RUSAGE_CHILDREN)), file=sys.stderr); sys.exit(rc)"
    )
    print(f"{'articles':>8}  {'feed KB':>7}  {'exit':>4}  {'seconds':>7}  {'peak MB':>7}  result")
    for n in args.articles:
        folder = Path(tempfile.mkdtemp(prefix="reportgen-big-"))
        try:
            config = project(folder, n)
            size = (folder / "seeds" / "feed.txt").stat().st_size // 1024
            started = time.perf_counter()
            proc = subprocess.run([sys.executable, "-c", code, str(config)], cwd=folder, capture_output=True, text=True)
            seconds = time.perf_counter() - started
            lines = proc.stderr.splitlines()
            rss = next((int(line.split()[1]) // 1024 for line in lines if line.startswith("RSS ")), 0)
            result = next((line for line in lines if line.startswith(("wrote", "error"))), "?")
            print(f"{n:>8}  {size:>7}  {proc.returncode:>4}  {seconds:7.1f}  {rss:>7}  {result}")
        finally:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
