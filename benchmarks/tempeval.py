"""Score the date grammar on TempEval-3 (TimeBank) with the shared scorer and save its table.

Run from the repo root:  .venv/bin/python benchmarks/tempeval.py [--bench ../shared/bench/tempeval]

The scorer (score_tempeval.py, not part of this repository) calls
`reportgen.analysis.dates.find_dates(text, reference)` on every paragraph of timebank.jsonl with
the document's date and prints precision, recall, F1 and value accuracy.  This script runs it
with this checkout's code, prints its table beside HeidelTime's published figures on the same
documents, and writes both to benchmarks/results/tempeval.txt under a line naming the machine,
the date and the commit.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = ROOT.parent / "shared" / "bench" / "tempeval"
RESULTS = ROOT / "benchmarks" / "results" / "tempeval.txt"
# Figures from the benchmark's README (same documents, same scoring).
OTHERS = [
    ("HeidelTime 2.2.1 (news mode)", "97.5", "94.8", "96.1", "89.0"),
    ("Microsoft Recognizers-Text", "89.9", "83.4", "86.5", "78.1"),
]


def _commit() -> str:
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return done.stdout.strip() or "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--bench",
        type=Path,
        default=DEFAULT_BENCH,
        help="folder holding score_tempeval.py and timebank.jsonl (default %(default)s)",
    )
    args = parser.parse_args()
    scorer, documents = args.bench / "score_tempeval.py", args.bench / "timebank.jsonl"
    for path in (scorer, documents):
        if not path.is_file():
            print(
                f"error: {path}: not found; pass --bench with the folder of the TempEval-3 benchmark", file=sys.stderr
            )
            return 2
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, str(scorer), str(documents)], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        print(
            f"error: {scorer} failed: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode}",
            file=sys.stderr,
        )
        return 1
    lines = done.stdout.strip().splitlines()
    summary = lines[-1]  # "tempeval: 183 docs in 0.2 s: P 98.4 R 97.7 F1 98.1 value accuracy 92.1"
    words = summary.split()
    ours = (words[words.index("P") + 1], words[words.index("R") + 1], words[words.index("F1") + 1], words[-1])
    comparison = [
        "| tagger (TimeBank, 183 documents, 877 gold dates) | P | R | F1 | value accuracy |",
        "|---|---|---|---|---|",
        f"| reportgen ({_commit()}) | " + " | ".join(ours) + " |",
    ]
    comparison += ["| " + " | ".join(row) + " |" for row in OTHERS]
    header = (
        f"# {dt.date.today().isoformat()} · {os.cpu_count()} cores · {platform.python_version()} "
        f"{platform.machine()} · commit {_commit()}"
    )
    text = "\n".join([header, "# .venv/bin/python benchmarks/tempeval.py", "", *lines, "", *comparison]) + "\n"
    RESULTS.write_text(text, encoding="utf-8")
    print(text, end="")
    print(f"wrote {RESULTS.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
