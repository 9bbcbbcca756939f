"""What tagging costs: WeasyPrint writing the same HTML with and without `pdf_tags`; print the figures.

Run from the repo root:  .venv/bin/python benchmarks/pdf_tags.py HTML [--runs 7] [--callgrind]

HTML is a briefing's HTML output (`formats: [pdf, html]`).  Figures:
- paired runs in fresh processes, alternating which goes first (a busy machine slows both
  alike): median wall and CPU of import + render + write, untagged and tagged, and their ratio;
- with --callgrind (valgrind installed): instructions of the same three processes (importing
  WeasyPrint alone, untagged, tagged), which no other load changes; the render's own
  instructions are the untagged run's less the import's;
- the file size both ways.
"""

from __future__ import annotations

import argparse
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PY = sys.executable
_RENDER = (
    "import sys, weasyprint\n"
    "if sys.argv[3] != 'import':\n"
    "    weasyprint.HTML(filename=sys.argv[1]).write_pdf(sys.argv[2], pdf_tags=sys.argv[3] == 'tagged')\n"
)


def timed(html: Path, out: Path, mode: str) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([PY, "-c", _RENDER, str(html), str(out), mode], check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def instructions(html: Path, out: Path, mode: str) -> int:
    proc = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            PY,
            "-c",
            _RENDER,
            str(html),
            str(out),
            mode,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(re.search(r"Collected : (\d+)", proc.stderr).group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--callgrind", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = {mode: Path(tmp) / f"{mode}.pdf" for mode in ("untagged", "tagged")}
        runs: dict[str, list[tuple[float, float]]] = {"untagged": [], "tagged": []}
        for i in range(args.runs):
            for mode in ("untagged", "tagged") if i % 2 == 0 else ("tagged", "untagged"):
                runs[mode].append(timed(args.html, out[mode], mode))
        wall = {m: statistics.median(w for w, _ in r) for m, r in runs.items()}
        cpu = {m: statistics.median(c for _, c in r) for m, r in runs.items()}
        print(f"import + render + write, median of {args.runs} paired runs in fresh processes:")
        for mode in ("untagged", "tagged"):
            print(
                f"  {mode:<9} wall {wall[mode]:6.2f} s   CPU {cpu[mode]:6.2f} s   {out[mode].stat().st_size // 1024} KB"
            )
        print(
            f"  tagged ÷ untagged: wall {wall['tagged'] / wall['untagged']:.3f}, CPU {cpu['tagged'] / cpu['untagged']:.3f}"
        )
        if args.callgrind:
            counts = {
                mode: instructions(args.html, out.get(mode, Path(tmp) / "x.pdf"), mode)
                for mode in ("import", "untagged", "tagged")
            }
            render = counts["untagged"] - counts["import"]
            extra = counts["tagged"] - counts["untagged"]
            print("instructions (callgrind):")
            for mode, count in counts.items():
                print(f"  {mode:<9} {count / 1e9:7.2f} G")
            print(
                f"  tagging adds {extra / 1e9:.2f} G: {extra / render:+.1%} of the render, {extra / counts['untagged']:+.1%} of the whole process"
            )


if __name__ == "__main__":
    main()
