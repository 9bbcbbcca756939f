"""Time parallel builds (--jobs 1 vs 2) and a watch-style warm rebuild vs a cold build; print the figures.

Run from the repo root:  .venv/bin/python benchmarks/jobs.py [--briefings 8] [--runs 1]

Figures:
- `reportgen build c1.yaml ... c8.yaml --jobs 1` and `--jobs 2` in fresh processes: eight
  copies of the default config.yaml (different titles and outputs, one shared run history)
  in a temporary project; the ratio jobs2/jobs1 (target <= 0.55 on two cores), printed
  beside the machine's own two-process ratio for a pure CPU loop;
- a rebuild after a template edit in a process that already built once (what
  `reportgen watch` does) vs a cold `reportgen build` in a fresh process; the warm
  rebuild must import nothing new.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
CUSTOM_BASE = '{% extends "briefing:base.html.j2" %}\n{% block colophon %}<p>rev {rev}</p>{% endblock %}\n'


def make_project(folder: Path, briefings: int) -> list[Path]:
    """A project with the repo's seeds and `briefings` copies of config.yaml, plus a custom layout."""
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    configs = []
    for i in range(1, briefings + 1):
        copy = re.sub(r"(?m)^title: .*$", f"title: Briefing {i} on Kazakhstan and Qatar", text)
        copy = re.sub(r"(?m)^output: .*$", f"output: out/b{i}-{{as_of}}.{{ext}}", copy)
        path = folder / f"c{i}.yaml"
        path.write_text(copy, encoding="utf-8")
        configs.append(path)
    layout = folder / "layouts" / "custom"
    layout.mkdir(parents=True)
    (layout / "base.html.j2").write_text(CUSTOM_BASE.replace("{rev}", "0"), encoding="utf-8")
    watched = re.sub(r"(?m)^layout: .*$", "layout: layouts/custom", text)
    (folder / "watched.yaml").write_text(
        re.sub(r"(?m)^output: .*$", "output: out/w-{as_of}.{ext}", watched), encoding="utf-8"
    )
    return configs


def timed(argv: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    proc = subprocess.run(argv, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({proc.returncode}):\n{proc.stderr}")
    return elapsed


SPIN = "import time\nt = time.perf_counter()\nx = 0\nfor i in range(20_000_000): x += i\n"


def machine_parallelism() -> float:
    """Wall time of two CPU-bound processes at once / one alone: 0.5 on two free cores, 1.0 on one.

    Printed beside the jobs ratio, because no scheduler beats the machine: on a shared
    or throttled VM two "cores" may give no speed-up at all.
    """
    started = time.perf_counter()
    subprocess.run([PY, "-c", SPIN], check=True)
    alone = time.perf_counter() - started
    started = time.perf_counter()
    pair = [subprocess.Popen([PY, "-c", SPIN]) for _ in range(2)]
    for proc in pair:
        proc.wait()
    return (time.perf_counter() - started) / alone


def parallel(folder: Path, configs: list[Path], runs: int) -> None:
    names = [c.name for c in configs]
    base = [PY, "-m", "reportgen", "build", *names, "-q"]
    times = {}
    for jobs in (1, 2):
        samples = []
        for _ in range(runs):
            shutil.rmtree(folder / "out", ignore_errors=True)
            samples.append(timed([*base, "--jobs", str(jobs)], folder))
        times[jobs] = statistics.median(samples)
    ratio = times[2] / times[1]
    print(f"{len(configs)} briefings, cold processes, median of {runs} (cores: {os.cpu_count()}):")
    print(f"  --jobs 1  {times[1]:6.2f} s")
    print(f"  --jobs 2  {times[2]:6.2f} s")
    print(f"  ratio     {ratio:6.2f}  (target <= 0.55) {'ok' if ratio <= 0.55 else 'MISSED'}")
    print(f"  machine: two CPU-bound processes take {machine_parallelism():.2f} × one alone (0.5 = two free cores)")


def warm_rebuild(folder: Path, runs: int) -> None:
    config = folder / "watched.yaml"
    cold = statistics.median(timed([PY, "-m", "reportgen", "build", config.name, "-q"], folder) for _ in range(runs))
    os.chdir(folder)
    sys.path.insert(0, str(ROOT))
    started = time.perf_counter()
    from reportgen.build import build
    from reportgen.render.prefork import preload

    preload()  # what `reportgen watch` does first
    build(config)
    first = time.perf_counter() - started
    base = folder / "layouts" / "custom" / "base.html.j2"
    warm = []
    for rev in range(1, runs + 2):
        base.write_text(CUSTOM_BASE.replace("{rev}", str(rev)), encoding="utf-8")
        modules = set(sys.modules)
        started = time.perf_counter()
        build(config)
        warm.append(time.perf_counter() - started)
        imported = sorted(set(sys.modules) - modules)
    rebuild = statistics.median(warm)
    print("watch-style rebuild after a template edit:")
    print(f"  cold `reportgen build` (fresh process)  {cold:6.2f} s")
    print(f"  first build in the watching process      {first:6.2f} s")
    print(f"  warm rebuild after the edit, median      {rebuild:6.2f} s  ({rebuild / cold:.2f} × cold)")
    print(
        f"  modules imported by the last rebuild: {len(imported)}"
        + (f" ({', '.join(imported[:5])})" if imported else "")
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefings", type=int, default=8)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="reportgen-bench-") as tmp:
        folder = Path(tmp)
        configs = make_project(folder, args.briefings)
        parallel(folder, configs, args.runs)
        warm_rebuild(folder, args.runs)


if __name__ == "__main__":
    main()
