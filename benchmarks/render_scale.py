"""`reportgen build` against WeasyPrint alone on the same HTML, for long briefings; print the ratios.

Run from the repo root:
  .venv/bin/python benchmarks/render_scale.py [--articles 600 1500] [--runs 3] [--render-jobs 1 2]
  .venv/bin/python benchmarks/render_scale.py --config config.yaml   (the default briefing)

Each size is a generated project: one feed (the format of the seeds) of ARTICLES short
articles, with the caps that keep a briefing readable lifted (topics max_items, chronology
limit), so the PDF grows with the feed (about 3 articles a page: 600 make 198 pages).  For every run, in a
fresh process each and in alternating order (paired, so a busy machine slows both alike):
`reportgen build` (PDF + HTML), then a process that imports WeasyPrint and writes the PDF
of the HTML that build wrote, with the same PDF options (tagged by default; `--pdf '{tags: false}'`
measures both untagged).  Wall and CPU (user + sys, the process and its helpers) are
medians; peak RSS is the largest single process of the build.  `--render-jobs` values are
passed to `reportgen build --render-jobs` (without it the build decides).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
FIELDS = ["trade", "energy", "culture", "transport", "security", "education", "investment"]
PLACES = ["Doha", "Astana", "Almaty", "Shymkent", "Aktau", "Geneva"]


def feed(n: int) -> str:
    rng, start, lines = random.Random(1), dt.date(2026, 2, 20), []
    for i in range(n):
        day, field, place = start - dt.timedelta(days=i // 6), rng.choice(FIELDS), rng.choice(PLACES)
        lines += [
            day.strftime("%d.%m.%Y"),
            f"Qatar and Kazakhstan talk {field} in {place}, round {i}",
            f"Officials from Qatar discussed {field} cooperation in {place} on {day:%d %B %Y}, item {i}. "
            f"The delegations agreed to meet again and to prepare a joint {field} programme "
            f"with {rng.randint(2, 40)} projects worth {rng.randint(5, 900)} million dollars.",
            "",
        ]
    return "\n".join(lines)


def project(folder: Path, n: int) -> Path:
    (folder / "seeds").mkdir(parents=True)
    (folder / "seeds" / "feed.txt").write_text(feed(n), encoding="utf-8")
    text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    text = re.sub(r"  - (table|chart|about): \{document: paper.*\n", "", text)  # the feed has no paper
    text = text.replace(
        "  - topics: [political, economic, military, cultural, transport]",
        "  - topics: {keys: [political, economic, military, cultural, transport], max_items: 100000}",
    )
    text = text.replace("  - chronology: {}", "  - chronology: {limit: 100000}")
    text = re.sub(r"(?m)^formats:.*$", "formats: [pdf, html]", text)
    text += "\nlimits: {seconds: 3000, memory_mb: 8000, pages: 5000}\n"
    (folder / "config.yaml").write_text(text, encoding="utf-8")
    return folder / "config.yaml"


_BUILD = (
    "import sys; from reportgen.cli import main; rc = main(['build', *sys.argv[1:]]);"
    "hwm = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM'));"
    "import resource; print('RSS', hwm, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr);"
    "sys.exit(rc)"
)
_WEASY = (  # with the PDF options the build used (argv[3], JSON): tagged or not, a variant
    "import json, sys, weasyprint; weasyprint.HTML(filename=sys.argv[1]).write_pdf(sys.argv[2], **json.loads(sys.argv[3]));"
    "hwm = next(int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM'));"
    "print('RSS', hwm, 0, file=sys.stderr)"
)


def timed(argv: list[str], cwd: Path) -> tuple[float, float, int, str]:
    """Wall seconds, CPU seconds (user + sys, with children), peak RSS MB of one process, stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(argv, cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        raise SystemExit(f"{' '.join(argv[:3])}… failed:\n{proc.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    rss = next(line.split()[1:] for line in proc.stderr.splitlines() if line.startswith("RSS "))
    return wall, cpu, max(map(int, rss)) // 1024, proc.stdout


def weasyprint_options(config: Path) -> dict:
    """The WeasyPrint options a build of `config` renders with (reportgen.render.pdf), for a like-for-like floor."""
    from reportgen.config import load_config

    options = load_config(config).pdf
    return {"pdf_tags": options.tags, "pdf_variant": options.variant}


def pages_of(pdf: Path) -> int:
    import pypdf  # requirements-bench.lock

    return len(pypdf.PdfReader(pdf).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[600, 1500])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--render-jobs", type=int, nargs="+", default=[None])
    parser.add_argument("--config", type=Path, help="measure this project's config instead of generated feeds")
    parser.add_argument(
        "--pdf",
        nargs="+",
        default=[""],
        metavar="OPTIONS",
        help="pdf: values to measure, e.g. '{tags: false}' (default: the config's own); WeasyPrint alone gets the same",
    )
    args = parser.parse_args()
    print(f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}; medians of {args.runs} paired runs")
    print(
        f"{'articles':>8} {'pages':>5} {'jobs':>4}  {'build s':>7} {'weasy s':>7} {'wall ×':>6}  "
        f"{'build cpu':>9} {'weasy cpu':>9} {'cpu ×':>6}  {'peak MB':>7}"
    )
    for n in [0] if args.config else args.articles:
        folder = Path(tempfile.mkdtemp(prefix="reportgen-render-scale-"))
        try:
            if args.config:  # a copy, so its history and outputs stay as they are
                shutil.copytree(
                    args.config.resolve().parent,
                    folder,
                    dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns(".venv", ".git", "out", ".reportgen", "benchmarks"),
                )
                config = folder / args.config.name
            else:
                config = project(folder, n)
            original = config.read_text(encoding="utf-8")
            for pdf_value, jobs in [(p, j) for p in args.pdf for j in args.render_jobs]:
                config.write_text(original + (f"\npdf: {pdf_value}\n" if pdf_value else ""), encoding="utf-8")
                options = json.dumps(weasyprint_options(config))
                extra = [] if jobs is None else ["--render-jobs", str(jobs)]
                build_wall, build_cpu, weasy_wall, weasy_cpu, peaks = [], [], [], [], []
                for _ in range(args.runs):
                    wall, cpu, rss, out = timed([PY, "-c", _BUILD, str(config), *extra], folder)
                    html = folder / next(p for p in out.split() if p.endswith(".html"))
                    pdf = html.with_suffix(".pdf")
                    build_wall.append(wall), build_cpu.append(cpu), peaks.append(rss)
                    wall, cpu, _, _ = timed([PY, "-c", _WEASY, str(html), str(folder / "weasy.pdf"), options], folder)
                    weasy_wall.append(wall), weasy_cpu.append(cpu)
                bw, ww = statistics.median(build_wall), statistics.median(weasy_wall)
                bc, wc = statistics.median(build_cpu), statistics.median(weasy_cpu)
                print(
                    f"{n:>8} {pages_of(pdf):>5} {jobs if jobs is not None else '-':>4}  {bw:7.2f} {ww:7.2f} "
                    f"{bw / ww:6.2f}  {bc:9.2f} {wc:9.2f} {bc / wc:6.2f}  {max(peaks):>7}  {pdf_value or 'pdf: default'}",
                    flush=True,
                )
        finally:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
