"""Time a scheduled build over a large feed archive: a cold run, then one new file and a warm run.

Run from the repo root:  .venv/bin/python benchmarks/archive.py [--articles 50000] [--keep DIR]

The archive is scale.py's: files of 100 articles each in the seeds' feed format
(DD.MM.YYYY / title / paragraphs), 40 articles a day back from 2026-02-20.  The
config is the one a scheduled digest uses: the default config's focus and topics,
`period: last 7 days`, parts summary, new, topics, chronology and sources, HTML and
JSON out (the PDF is WeasyPrint's time, not reportgen's).  Measured twice on copies of
the archive: a fresh process per build (cron running `reportgen build`: imports and
compiled patterns every time), and all builds in one process (`reportgen schedule`).
Own stages are config, ingest, analyse, json and write: everything but the render.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from scale import PER_FILE, article, generate  # noqa: E402

AS_OF = dt.date(2026, 2, 20)
RENDER_STAGES = ("html", "pdf")


def config_text() -> str:
    """The default config's focus and topics, as a weekly scheduled digest of the archive."""
    import yaml

    base = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    cfg = {
        "title": "Archive digest",
        "as_of": AS_OF.isoformat(),
        "period": "last 7 days",
        "sources": ["archive/"],
        "focus": base["focus"],
        "topics": base["topics"],
        "parts": [
            {"summary": {}},
            {"new": {}},
            {"topics": list(base["topics"])},
            {"chronology": {}},
            {"sources": {}},
        ],
        "output": "out/{slug}-{as_of}.{ext}",
        "formats": ["html", "json"],
    }
    return yaml.safe_dump(cfg, allow_unicode=True, sort_keys=False)


def add_new_file(folder: Path, seed: int) -> None:
    """One new feed file: a day's articles dated as of the briefing."""
    rng = random.Random(seed)
    texts = [article(rng, AS_OF) for _ in range(PER_FILE)]
    (folder / f"feed_new_{seed}.txt").write_text("\n".join(texts) + "\n", encoding="utf-8")


def run_one(config: Path) -> dict:
    """Build `config` in this process; own-stage seconds and CPU seconds, the process's CPU, peak RSS so far."""
    from contextlib import contextmanager

    from reportgen import build as build_mod

    stage_cpu: dict[str, float] = {}
    timed = build_mod._Stopwatch.stage

    @contextmanager
    def stage(self, name: str):  # the build's own stopwatch, with each stage's CPU time beside its wall time
        start = time.process_time()
        with timed(self, name):
            yield
        stage_cpu[name] = stage_cpu.get(name, 0.0) + time.process_time() - start

    build_mod._Stopwatch.stage = stage  # type: ignore[method-assign]
    cpu = time.process_time()
    result = build_mod.build(config)
    cpu = time.process_time() - cpu  # the render runs in a helper process, not counted here
    own = {name: seconds for name, seconds in result.timings if name not in RENDER_STAGES}
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    own_cpu = sum(v for k, v in stage_cpu.items() if k not in RENDER_STAGES)
    return {"own": own, "own_cpu": own_cpu, "cpu": cpu, "peak_mib": peak}


def run_schedule(config: Path, new_files: int) -> list[dict]:
    """As `reportgen schedule` does: every build in one process (imports and compiled patterns kept)."""
    runs = [run_one(config)]
    for n in range(new_files):
        add_new_file(config.parent / "archive", seed=100 + n)
        runs.append(run_one(config))
    return runs


def _child(*args: str | Path):
    proc = subprocess.run([sys.executable, __file__, *map(str, args)], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50000)
    parser.add_argument("--warm-runs", type=int, default=1, help="new files added, one warm run each")
    parser.add_argument("--keep", type=Path, help="build the projects in this folder and keep them")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--schedule", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one)))
        return 0
    if args.schedule:
        print(json.dumps(run_schedule(args.schedule, args.warm_runs)))
        return 0
    work = args.keep or Path(tempfile.mkdtemp(prefix="reportgen-archive-"))
    rows = []
    try:
        cron, schedule = work / "cron", work / "schedule"
        (cron / "archive").mkdir(parents=True, exist_ok=True)
        generate(cron / "archive", args.articles)
        shutil.copytree(cron / "archive", schedule / "archive", dirs_exist_ok=True)
        for project in (cron, schedule):
            (project / "config.yaml").write_text(config_text(), encoding="utf-8")
        # A build per process, as cron runs `reportgen build`: every run imports reportgen again.
        rows.append(("build: cold", _child("--one", cron / "config.yaml")))
        for n in range(args.warm_runs):
            add_new_file(cron / "archive", seed=100 + n)
            rows.append(("build: +1 file", _child("--one", cron / "config.yaml")))
        runs = _child("--schedule", schedule / "config.yaml", "--warm-runs", args.warm_runs)
        rows += [("schedule: cold", runs[0])] + [("schedule: +1 file", r) for r in runs[1:]]
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    stages = list(dict.fromkeys(s for _, r in rows for s in r["own"]))
    print(f"{args.articles} articles in {-(-args.articles // PER_FILE)} files, period: last 7 days")
    print(
        f"{'run':<18}  "
        + "  ".join(f"{s:>8}" for s in stages)
        + f"  {'own':>7}  {'own CPU':>7}  {'build CPU':>9}  {'peak MiB':>8}"
    )
    for name, r in rows:
        cells = "  ".join(f"{r['own'].get(s, 0.0):>7.2f}s" for s in stages)
        print(
            f"{name:<18}  {cells}  {sum(r['own'].values()):>6.2f}s  {r['own_cpu']:>6.2f}s  {r['cpu']:>8.2f}s  "
            f"{r['peak_mib']:>8.0f}"
        )
    print(
        "own = config + ingest + analyse + json + write, wall clock; own CPU = the CPU time of those stages;\n"
        "build CPU = the build process's CPU for the whole build (lock, run history, handing the briefing to\n"
        "the render helper; the render itself runs in that helper, not counted); peak MiB = the build\n"
        "process's peak RSS (schedule: over all its builds)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
