"""Whether a sentence naming several dates gives the chronology the right rows, on sentences written
by hand (benchmarks/happenings/rows-*.tsv).

Each line gives the rows an analyst expects (`DATE|KEYWORD ; ...`, or `-` for none).  The sentence is
read as one paragraph of a story written on its `written` date; its dates are found, grouped by clause
and tested as the chronology does.  An expected row is found when a kept row's dates meet its date and
its text holds its keyword; a kept row that meets no expected row is an extra one.

    .venv/bin/python benchmarks/rows.py        # counts
    .venv/bin/python benchmarks/rows.py -v     # and every line with a miss or an extra row

REPORTGEN_ROOT=<a worktree> scores another checkout's code.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, os.environ.get("REPORTGEN_ROOT", str(ROOT)))

from happenings import kept, meets  # noqa: E402  (a one-sentence line: its events are its last sentence's)

from reportgen.analysis.dates import find_dates  # noqa: E402

SETS = sorted((ROOT / "benchmarks" / "happenings").glob("rows-*.tsv"))


def _dates(row) -> list[tuple[dt.date, dt.date]]:
    """A kept row's dates: its own, and for a row of several ("1999, 2008 and 2011") each of them."""
    spans = [(row.start, row.end)]
    if " and " in row.label or ", " in row.label:
        spans += [(s.start, s.end) for s in find_dates(row.label, row.start)]
    return spans


def row_meets(row, gold: str, keyword: str) -> bool:
    return any(meets(start, end, gold) for start, end in _dates(row)) and keyword.lower() in row.text.lower()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every line with a miss or an extra row")
    parser.add_argument("files", nargs="*", type=Path, default=SETS)
    args = parser.parse_args(argv)
    print("set            expected rows found   extra rows   lines right")
    for path in args.files:
        lines = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))
        expected = found = extra = right = 0
        report: list[str] = []
        for line in lines:
            wanted = [] if line["rows"].strip() == "-" else [r.strip().split("|", 1) for r in line["rows"].split(" ; ")]
            rows = kept(line["sentence"], dt.date.fromisoformat(line["written"]))
            hits = [any(row_meets(row, date, word) for row in rows) for date, word in wanted]
            spare = [row for row in rows if not any(row_meets(row, date, word) for date, word in wanted)]
            expected += len(wanted)
            found += sum(hits)
            extra += len(spare)
            right += all(hits) and not spare
            if args.verbose and (not all(hits) or spare):
                got = " ; ".join(f"{row.label}: {row.text[:60]}" for row in rows) or "nothing"
                report.append(f"  want {line['rows']}\n   got {got}\n       {line['sentence']}")
        print(f"{path.stem:14} {found:5}/{expected:<5}        {extra:5}      {right:4}/{len(lines)}")
        if args.verbose:
            print("\n".join(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
