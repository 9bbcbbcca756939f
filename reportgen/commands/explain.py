"""Explain, item by item, what a config's briefing selects and leaves out, and why."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
from pathlib import Path

from reportgen.commands import _args

HELP = "list every item with its topics, focus terms and why it is selected or left out"
ORDER = 30
log = logging.getLogger("reportgen")

SCORING = (
    "topic score: for each keyword found n times, 1 + ln(n); +1 for each keyword in the title; "
    "an item joins a topic when the score reaches its min_score and min_share × the item's best score"
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("config", type=Path, metavar="CONFIG", help="config.yaml file")
    _args.add_as_of(parser)
    parser.add_argument(
        "--since",
        type=_args.as_of,
        metavar="DATE",
        help="explain as if the last run was on DATE (YYYY-MM-DD or 'today')",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def run(args: argparse.Namespace) -> int:
    from reportgen import ingest
    from reportgen.analysis.select import select
    from reportgen.config import load_config

    cfg = load_config(args.config, as_of=_args.as_of_date(args.as_of))
    corpus = ingest.load(list(cfg.sources), root=cfg.root)
    for diagnostic in corpus.diagnostics:
        log.warning("%s", diagnostic)
    since = _args.as_of_date(args.since) or _last_run(cfg)
    selection = select(corpus, cfg, since=since)
    if args.json:
        print(json.dumps(to_json(selection, cfg), ensure_ascii=False, indent=2))
    else:
        print(to_text(selection, cfg), end="")
    return 0


def _last_run(cfg) -> dt.date | None:
    """The as-of date of the last successful build, for `period: since last run`."""
    if not cfg.period.since_last_run or not (cfg.root / cfg.state).exists():
        return None
    from reportgen.state import RunState

    last = RunState.for_config(cfg).last_successful(str(cfg.path))
    return last.as_of if last else None


def to_text(selection, cfg) -> str:
    """One block per item: status line, focus, topics (all scores), then the reasons."""
    from reportgen.analysis.select import describe
    from reportgen.analysis.topics import threshold

    lines = [f"# {SCORING}", ""]
    for d in selection.decisions:
        item = d.item
        status = "SELECTED" if d.selected else "LEFT OUT"
        date = item.date.isoformat() if item.date else "undated"
        lines.append(f"{status}  {item.id}  {date}  {item.title}  ({item.location})")
        focus = ", ".join(f"{term} ×{n}" for term, n in d.focus_counts) or "none"
        lines.append(f"  focus: {focus}")
        if d.topics:
            best = d.topics[0].score
            topics = "; ".join(
                describe(m) + ("" if m.topic in d.joined else f" below {threshold(cfg.topic(m.topic), best):.3g}")
                for m in d.topics
            )
        else:
            topics = "none"
        lines.append(f"  topics: {topics}")
        lines.extend(f"  {reason}" for reason in d.reasons)
        lines.append("")
    chosen = sum(d.selected for d in selection.decisions)
    lines.append(f"{chosen} of {len(selection.decisions)} items selected")
    return "\n".join(lines) + "\n"


def to_json(selection, cfg) -> dict:
    return {
        "config": str(cfg.path),
        "scoring": SCORING,
        "items": [
            {
                "id": d.item.id,
                "title": d.item.title,
                "date": d.item.date.isoformat() if d.item.date else None,
                "location": str(d.item.location),
                "selected": d.selected,
                "reasons": list(d.reasons),
                "focus": dict(d.focus_counts),
                "topics": [
                    {"topic": m.topic, "score": m.score, "joined": m.topic in d.joined, "terms": dict(m.terms)}
                    for m in d.topics
                ],
            }
            for d in selection.decisions
        ],
    }
