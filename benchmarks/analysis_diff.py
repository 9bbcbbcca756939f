"""Dump what the analysis produces for every corpus we hold; compare two dumps byte for byte.

Run from the repo root:
    .venv/bin/python benchmarks/analysis_diff.py dump /tmp/before     # on the old code
    .venv/bin/python benchmarks/analysis_diff.py dump /tmp/after      # on the new code
    .venv/bin/python benchmarks/analysis_diff.py compare /tmp/before /tmp/after

To dump another checkout's code with this script: PYTHONPATH=/path/to/other/checkout in front.

A speed-up of the analysis must not change its output.  The dump holds, per corpus, the
briefing's JSON (and for the seeds' default config its HTML too), built by `reportgen build`
in a fresh process: the default config over seeds/, every corpus in benchmarks/corpora* but holdout5 (and the
seeds' reference) with the repo's topics and parts (as content_quality.py builds them), and two generated feed corpora
of scale.py's kind (1,000 and 600 articles, different seeds) with the repo's parts; and what
scale.py times (chronology over every item, per-item summaries) on 1,000 more articles.
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
REPORTGEN = ROOT / ".venv" / "bin" / "reportgen"
sys.path.insert(0, str(ROOT / "benchmarks"))


def _run(config: Path) -> None:
    run = subprocess.run([str(REPORTGEN), "build", "-q", str(config)], capture_output=True, text=True, check=False)
    if run.returncode != 0:
        raise SystemExit(f"error: {config}: build failed: {run.stderr.strip() or run.stdout.strip()}")


def dump_default(target: Path) -> None:
    """The seeds' default config, JSON and HTML (no PDF: WeasyPrint is not the analysis)."""
    with tempfile.TemporaryDirectory(prefix="analysis-diff-") as tmp:
        work = Path(tmp)
        shutil.copytree(ROOT / "seeds", work / "seeds")
        config = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
        config.update(formats=["json", "html"], output="out/briefing.{ext}")
        (work / "config.yaml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), "utf-8")
        _run(work / "config.yaml")
        for ext in ("json", "html"):
            shutil.copy(work / "out" / f"briefing.{ext}", target / f"default.{ext}")


def dump_corpora(target: Path) -> None:
    import content_quality

    paths = sorted(content_quality.CORPORA.glob("*/reference.yaml"))
    paths += [content_quality.SEEDS_REFERENCE, *sorted(content_quality.HOLDOUT.glob("*/reference.yaml"))]
    paths += sorted(content_quality.HOLDOUT2.glob("*/reference.yaml"))
    paths += sorted(content_quality.HOLDOUT3.glob("*/reference.yaml"))
    paths += sorted(content_quality.HOLDOUT4.glob("*/reference.yaml"))
    for path in paths:
        ref = content_quality.load_reference(path)
        with tempfile.TemporaryDirectory(prefix="analysis-diff-") as tmp:
            content_quality.build(ref, Path(tmp), None)
            shutil.copy(Path(tmp) / "out" / "briefing.json", target / f"corpus-{ref.name}.json")


def dump_generated(target: Path, n: int, seed: int) -> None:
    import scale

    with tempfile.TemporaryDirectory(prefix="analysis-diff-") as tmp:
        work = Path(tmp)
        (work / "feeds").mkdir()
        scale.generate(work / "feeds", n, seed=seed)
        repo = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
        config = {
            "title": f"Generated {n}",
            "as_of": "2026-02-20",
            "period": "all",
            "sources": ["feeds"],
            "focus": repo["focus"],
            "topics": repo["topics"],
            "parts": [p for p in repo["parts"] if not {"chart", "table", "about"} & set(p)],
            "summaries": repo.get("summaries", {}),
            "output": "out/briefing.{ext}",
            "formats": ["json"],
        }
        (work / "config.yaml").write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), "utf-8")
        _run(work / "config.yaml")
        shutil.copy(work / "out" / "briefing.json", target / f"generated-{n}-{seed}.json")


def dump_scale_path(target: Path, n: int, seed: int) -> None:
    """What scale.py times, on every item (not only the selected): events and per-item summaries."""
    code = (
        # reportgen first: scale.py puts this checkout first on sys.path (PYTHONPATH may name another)
        "import sys, tempfile, pathlib\n"
        "from reportgen import ingest\n"
        "from reportgen.analysis.chronology import build_chronology\n"
        "from reportgen.analysis.summarise import summarise\n"
        "sys.path.insert(0, sys.argv[1] + '/benchmarks'); import scale\n"
        "with tempfile.TemporaryDirectory() as tmp:\n"
        "    scale.generate(pathlib.Path(tmp), int(sys.argv[2]), seed=int(sys.argv[3]))\n"
        "    items = ingest.load([tmp], root=pathlib.Path(tmp)).items\n"
        "for e in build_chronology(items, as_of=__import__('datetime').date(2026, 2, 20)):\n"
        "    print(repr(e))\n"
        "for item in items:\n"
        "    print(item.id, repr(summarise([item], 3)))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(ROOT), str(n), str(seed)], capture_output=True, text=True, check=True
    )
    (target / f"scale-path-{n}-{seed}.txt").write_text(run.stdout, "utf-8")


def compare(before: Path, after: Path) -> int:
    names = sorted({p.name for p in before.iterdir()} | {p.name for p in after.iterdir()})
    differ = 0
    for name in names:
        a, b = before / name, after / name
        if not a.exists() or not b.exists():
            print(f"{name}: only in {'after' if b.exists() else 'before'}")
            differ += 1
        elif a.read_bytes() != b.read_bytes():
            differ += 1
            lines = difflib.unified_diff(
                a.read_text("utf-8").splitlines(), b.read_text("utf-8").splitlines(), str(a), str(b), n=1, lineterm=""
            )
            print(f"{name}: differs")
            print("\n".join(list(lines)[:40]))
    print(f"{len(names) - differ} of {len(names)} outputs identical")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("dump").add_argument("folder", type=Path)
    cmp = sub.add_parser("compare")
    cmp.add_argument("before", type=Path)
    cmp.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "compare":
        return compare(args.before, args.after)
    args.folder.mkdir(parents=True, exist_ok=True)
    dump_default(args.folder)
    dump_corpora(args.folder)
    dump_generated(args.folder, 1000, 7)
    dump_generated(args.folder, 600, 11)
    dump_scale_path(args.folder, 1000, 3)
    print(f"wrote {len(list(args.folder.iterdir()))} outputs to {args.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
