"""Run the property-based tests long, and check that reading stays linear in a document's size.

Run from the repo root:  .venv/bin/python benchmarks/fuzz.py [--examples 2000] [--lines 2000 16000]

1. tests/test_fuzz.py with the "long" Hypothesis profile (2,000 examples per property instead
   of the suite's 25): random and mutated documents, random bytes, random YAML configs, random
   date text.
2. Linearity: documents of random reader-shaped lines (dates good and broken, headings, table
   rows, text) at two sizes, read by the same path as `reportgen build`; the time per line of
   the larger over the smaller (1.0 is linear; target at most 2.0 for 8 times the size).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def document(rng: random.Random, lines: int) -> str:
    kinds = [
        lambda: f"{rng.randint(0, 40):02d}.{rng.randint(0, 14):02d}.{rng.choice([2024, 2025, 99999])}",
        lambda: f"Kazakhstan and Qatar discuss trade #{rng.randint(0, 10**6)}",
        lambda: "Officials met in Doha on 14 February 2024 and agreed to expand cooperation in energy.",
        lambda: f"## Section {rng.randint(1, 99)}",
        lambda: f"| {rng.randint(0, 999)} | {rng.random():.3f} |",
        lambda: "",
    ]
    return "\n".join(rng.choice(kinds)() for _ in range(lines))


def seconds_per_line(lines: int, runs: int = 3) -> float:
    from reportgen.ingest import read_file

    rng = random.Random(lines)
    best = float("inf")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.txt"
        for _ in range(runs):
            path.write_text(document(rng, lines), encoding="utf-8")
            started = time.perf_counter()
            read_file(path, "doc.txt", "doc")
            best = min(best, time.perf_counter() - started)
    return best / lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000)
    parser.add_argument("--lines", type=int, nargs=2, default=[2000, 16000])
    args = parser.parse_args()
    os.chdir(ROOT)
    env = dict(os.environ, REPORTGEN_FUZZ_PROFILE="long", REPORTGEN_FUZZ_EXAMPLES=str(args.examples))
    started = time.perf_counter()
    code = subprocess.call(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/test_fuzz.py",
            f"--hypothesis-seed={random.randrange(2**32)}",
        ],
        env=env,
    )
    print(
        f"property tests, {args.examples} examples each: {'passed' if code == 0 else 'FAILED'} in "
        f"{time.perf_counter() - started:.0f} s"
    )
    small, large = args.lines
    ratio = seconds_per_line(large) / seconds_per_line(small)
    print(
        f"reading {small} vs {large} lines: time per line × {ratio:.2f} (1.0 = linear; target ≤ 2.0) "
        f"{'ok' if ratio <= 2.0 else 'MISSED'}"
    )
    return code or (ratio > 2.0)


if __name__ == "__main__":
    sys.exit(main())
