"""Time the default build with and without its two figures (chart, timeline); print the figures.

Run from the repo root:  .venv/bin/python benchmarks/figures.py [--runs 7]

Figures:
- per-stage medians of in-process warm builds, the config as shipped (two figures) and the
  same config without its `chart` and `timeline` parts, alternating so load drifts hit both;
- which reportgen.figures modules a build without figures imports (the drawing code must
  stay unimported until a figure is asked for).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    os.environ["REPORTGEN_PREFORK"] = "0"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.symlink(ROOT / "seeds", tmp / "seeds")
        shipped = (ROOT / "config.yaml").read_text(encoding="utf-8")
        (tmp / "with.yaml").write_text(shipped.replace("output: out/", "output: with/"), encoding="utf-8")
        plain = re.sub(r"(?m)^  - (chart|timeline):.*\n", "", shipped).replace("output: out/", "output: without/")
        (tmp / "without.yaml").write_text(plain, encoding="utf-8")
        from reportgen.build import build

        samples: dict[str, dict[str, list[float]]] = {"without": {}, "with": {}}
        pages = {}
        for name in ("without", "with"):
            build(tmp / f"{name}.yaml")  # imports, caches
        for _ in range(args.runs):
            for name in ("without", "with"):
                result = build(tmp / f"{name}.yaml")
                pages[name] = result.pages
                for stage, seconds in result.timings:
                    samples[name].setdefault(stage, []).append(seconds)
                samples[name].setdefault("total", []).append(result.seconds)
        print(f"in-process build, median of {args.runs} (warm), without → with two figures:")
        for stage in samples["with"]:
            a, b = (statistics.median(samples[n][stage]) for n in ("without", "with"))
            print(f"  {stage:<8} {a * 1000:8.1f} ms → {b * 1000:8.1f} ms   ({(b - a) * 1000:+.1f} ms)")
        print(f"  pages    {pages['without']} → {pages['with']}")
        probe = (
            "import sys; from reportgen.cli import main; main(['build', '-q', sys.argv[1]]); "
            "print(sorted(m for m in sys.modules if m.startswith('reportgen.figures')))"
        )
        for name in ("without", "with"):
            out = (
                subprocess.run(
                    [sys.executable, "-c", probe, str(tmp / f"{name}.yaml")], capture_output=True, text=True, check=True
                )
                .stdout.strip()
                .splitlines()[-1]
            )
            print(f"  figure modules imported by a build {name} figures: {out}")


if __name__ == "__main__":
    main()
