"""Time the default build stage by stage and against WeasyPrint alone; print the figures.

Run from the repo root:  .venv/bin/python benchmarks/build.py [--runs 5] [--config config.yaml]

Figures:
- per-stage medians of in-process builds (warm: imports already paid);
- cold end-to-end `reportgen build` in a fresh process vs a fresh process that only
  imports WeasyPrint and renders the same HTML (the floor reportgen cannot beat);
- peak RSS of the cold build; `reportgen --help` and `reportgen inspect` wall time and
  whether either imported WeasyPrint.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--config", default="config.yaml")
    args = parser.parse_args()
    os.chdir(ROOT)

    warm = warm_stages(Path(args.config), args.runs)
    own = sum(v for k, v in warm.items() if k not in ("pdf", "write"))
    print(f"in-process build, median of {args.runs} (warm):")
    for name, seconds in warm.items():
        print(f"  {name:<8} {seconds * 1000:8.1f} ms")
    print(
        f"  reportgen's own stages (all but pdf, write): {own * 1000:.1f} ms "
        f"= {own / warm['pdf']:.2f} × WeasyPrint's render"
    )

    with tempfile.TemporaryDirectory() as tmp:
        html_path = Path(tmp) / "briefing.html"
        cold_build, rss_kb, html_path = cold_reportgen(Path(args.config), Path(tmp), args.runs)
        cold_weasy = cold_weasyprint(html_path, args.runs, Path(args.config))
    print(f"cold, fresh process, median of {args.runs}:")
    print(
        f"  reportgen build end to end     {cold_build:6.2f} s   (peak RSS {rss_kb / 1024:.0f} MB, build + renderer helper)"
    )
    print(f"  WeasyPrint import + render     {cold_weasy:6.2f} s")
    print(f"  ratio                          {cold_build / cold_weasy:6.2f}   (target ≤ 1.10)")

    for label, cmd in (("reportgen --help", ["--help"]), ("reportgen inspect seeds/", ["inspect", "seeds/"])):
        seconds, imported = quick_command(cmd, args.runs)
        print(f"  {label:<26} {seconds * 1000:6.0f} ms   imports weasyprint: {'yes' if imported else 'no'}")


def warm_stages(config: Path, runs: int) -> dict[str, float]:
    from reportgen.build import build
    from reportgen.render.prefork import preload

    preload()  # what watch and schedule do: each build's render helper is forked warm from here
    build(config)  # pay imports and caches once
    samples: dict[str, list[float]] = {}
    for _ in range(runs):
        result = build(config)
        for name, seconds in result.timings:
            samples.setdefault(name, []).append(seconds)
    return {name: statistics.median(values) for name, values in samples.items()}


def cold_reportgen(config: Path, tmp: Path, runs: int) -> tuple[float, int, Path]:
    """Median wall time of `reportgen build` in a new process, its peak RSS, and its HTML.

    The build may fork a renderer helper (reportgen/render/prefork.py); the RSS returned is
    the parent's peak plus the helper's, an upper bound on what both held at once.
    """
    times, rss = [], 0
    code = (
        "import resource, sys; from reportgen.cli import main; rc = main(['build', sys.argv[1]]);"
        # VmHWM, not RUSAGE_SELF: Linux carries ru_maxrss over exec from the forking benchmark process.
        "hwm = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM'));"
        "print(hwm, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(rc)"
    )
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run([PY, "-c", code, str(config)], capture_output=True, text=True, check=True)
        times.append(time.perf_counter() - start)
        rss = max(rss, sum(map(int, proc.stderr.strip().splitlines()[-1].split())))
    html = next(Path(p) for p in proc.stdout.split() if p.endswith(".html"))
    return statistics.median(times), rss, html


def cold_weasyprint(html: Path, runs: int, config: Path) -> float:
    """WeasyPrint alone with the PDF options the build used (tagged by default, a variant if the config names one)."""
    from reportgen.config import load_config

    pdf = load_config(config).pdf
    options = json.dumps({"pdf_tags": pdf.tags, "pdf_variant": pdf.variant})
    code = "import json, sys, weasyprint; weasyprint.HTML(filename=sys.argv[1]).write_pdf(**json.loads(sys.argv[2]))"
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([PY, "-c", code, str(html), options], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def quick_command(argv: list[str], runs: int) -> tuple[float, bool]:
    code = (
        "import sys; from reportgen.cli import main\n"
        "try: main(sys.argv[1:])\nexcept SystemExit: pass\n"
        "print('WEASY' if 'weasyprint' in sys.modules else 'NOWEASY', file=sys.stderr)"
    )
    times, imported = [], False
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run([PY, "-c", code, *argv], capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        imported = imported or "WEASY\n" in proc.stderr.replace("NOWEASY", "")
    return statistics.median(times), imported


if __name__ == "__main__":
    main()
