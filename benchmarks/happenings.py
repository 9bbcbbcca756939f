"""Whether the chronology's happening test tells a sentence that states a happening at its date
from one that only names a date, on sentences written by hand (benchmarks/happenings/*.tsv).

Each line is read as one paragraph of a story written on its `written` date: its dates are
found, grouped by clause and tested as the chronology tests them (`_is_happening`); only the
events of its last sentence count (a sentence before it gives context: "the next day").  A `yes`
sentence counts as found when a kept event starts within its gold date (the year, month or day
given); a `no` sentence counts as wrongly kept when any event is kept.

    .venv/bin/python benchmarks/happenings.py            # counts
    .venv/bin/python benchmarks/happenings.py -v         # and every miss
    .venv/bin/python benchmarks/happenings.py --held-out # at a session's end: the kept-aside sets too (counts only)

REPORTGEN_ROOT=<a worktree> scores another checkout's code (a session's starting code) with these sets.
"""

from __future__ import annotations

import argparse
import os
import csv
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, os.environ.get("REPORTGEN_ROOT", str(ROOT)))

from reportgen.analysis.chronology import _is_happening, extract_events, group_clauses  # noqa: E402
from reportgen.corpus import Location  # noqa: E402
from reportgen.text import paragraph_spans  # noqa: E402

SETS = sorted((ROOT / "benchmarks" / "happenings").glob("sentences-*.tsv"))
# Sets kept aside: scored only at the end of a session (--held-out), table only.
HELD_OUT = {"sentences-b"}


def kept(text: str, written: dt.date) -> list:
    """The events the chronology keeps from the text's last sentence (a first one gives context only)."""
    events = extract_events(text, reference=written, item_id="x#a-1", location=Location("x.txt", 1))
    start, end = paragraph_spans(text)[-1]
    last = text[start:end]
    return [e for e in group_clauses(events) if _is_happening(e, "en") and (e.sentence or e.text) in last]


def gold_span(gold: str) -> tuple[dt.date, dt.date]:
    """The days a gold date covers (a year, a month or a day)."""
    parts = [int(p) for p in gold.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        return first, (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    day = dt.date(*parts)
    return day, day


def meets(start: dt.date, end: dt.date, gold: str) -> bool:
    """Whether a span starts within the gold date, or holds it and is at most a quarter long ("in June"
    for a day in June)."""
    first, last = gold_span(gold)
    return first <= start <= last or (start <= first <= end and (end - start).days <= 92)


def within(event, gold: str) -> bool:
    """Whether the event's span meets the gold date."""
    return meets(event.start, event.end, gold)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss (not for a held-out set)")
    parser.add_argument("--held-out", action="store_true", help="score the held-out sets too")
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args(argv)
    if not args.files:
        args.files = [p for p in SETS if args.held_out or p.stem not in HELD_OUT]
    print("set                    yes found   date right    no kept   accuracy")
    for path in args.files:
        rows = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))
        found = right = wrongly = 0
        misses: list[str] = []
        yes = [r for r in rows if r["happening"] == "yes"]
        no = [r for r in rows if r["happening"] == "no"]
        for row in rows:
            events = kept(row["sentence"], dt.date.fromisoformat(row["written"]))
            labels = ", ".join(e.label for e in events) or "nothing"
            if row["happening"] == "yes":
                found += bool(events)
                hit = any(within(e, row["date"]) for e in events)
                right += hit
                if not hit:
                    misses.append(f"  yes {row['date']:>10} got {labels}: {row['sentence']}")
            elif events:
                wrongly += 1
                misses.append(f"  no  {'-':>10} got {labels}: {row['sentence']}")
        accuracy = (right + len(no) - wrongly) / len(rows)
        print(
            f"{path.stem:20} {found:4}/{len(yes):<4} {right:4}/{len(yes):<4}  {wrongly:4}/{len(no):<4}   {accuracy:6.1%}"
        )
        if args.verbose and path.stem not in HELD_OUT:
            print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
