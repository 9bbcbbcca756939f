"""Score what a briefing tells its reader against reference briefings written by hand.

For each corpus (a folder of news feeds, single articles and a paper, with a reference.yaml
written from the documents), build a JSON briefing with the repo's topics and parts, then report:
headline-fact coverage of the executive summary, fact coverage across all summaries
(executive + topic + item), chronology precision and recall of events (not date mentions),
duplicate rows, rows that are not events, planned marks, and summary sentences about the
study itself.  Format of the reference files: benchmarks/corpora/README.md.

    .venv/bin/python benchmarks/content_quality.py              # development corpora
    .venv/bin/python benchmarks/content_quality.py --seeds      # + the seed corpus (tuned on)
    .venv/bin/python benchmarks/content_quality.py --holdout    # + the holdout corpora
    .venv/bin/python benchmarks/content_quality.py --holdout2   # + the second holdout (scored only at the end)
    .venv/bin/python benchmarks/content_quality.py --holdout3   # + the third holdout (scored only at the end)
    .venv/bin/python benchmarks/content_quality.py --holdout4   # + the fourth holdout (scored only at the end)
    .venv/bin/python benchmarks/content_quality.py --holdout5   # + the fifth holdout (scored only at the end)
    .venv/bin/python benchmarks/content_quality.py --holdout6   # + the sixth holdout (scored only at the end)
    .venv/bin/python benchmarks/content_quality.py --holdout7   # + the seventh holdout (scored only at the end)
    .venv/bin/python benchmarks/content_quality.py --holdout8   # + the eighth holdout (scored only at the end)
    .venv/bin/python benchmarks/content_quality.py --holdout9   # + the ninth holdout (scored only at the end)
    .venv/bin/python benchmarks/content_quality.py --dev7       # + the session-7 development corpora (tuned on)
    .venv/bin/python benchmarks/content_quality.py benchmarks/corpora/uzbekistan-korea
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "benchmarks" / "corpora"
HOLDOUT = ROOT / "benchmarks" / "corpora-holdout"
HOLDOUT2 = ROOT / "benchmarks" / "corpora-holdout2"
HOLDOUT3 = ROOT / "benchmarks" / "corpora-holdout3"
HOLDOUT4 = ROOT / "benchmarks" / "corpora-holdout4"
HOLDOUT5 = ROOT / "benchmarks" / "corpora-holdout5"
HOLDOUT6 = ROOT / "benchmarks" / "corpora-holdout6"
HOLDOUT7 = ROOT / "benchmarks" / "corpora-holdout7"
HOLDOUT8 = ROOT / "benchmarks" / "corpora-holdout8"
HOLDOUT9 = ROOT / "benchmarks" / "corpora-holdout9"
HOLDOUT10 = ROOT / "benchmarks" / "corpora-holdout10"
HOLDOUT11 = ROOT / "benchmarks" / "corpora-holdout11"
HOLDOUT12 = ROOT / "benchmarks" / "corpora-holdout12"
HOLDOUT13 = ROOT / "benchmarks" / "corpora-holdout13"
HOLDOUT14 = ROOT / "benchmarks" / "corpora-holdout14"
HOLDOUT15 = ROOT / "benchmarks" / "corpora-holdout15"
HOLDOUT16 = ROOT / "benchmarks" / "corpora-holdout16"
HOLDOUT17 = ROOT / "benchmarks" / "corpora-holdout17"
HOLDOUT18 = ROOT / "benchmarks" / "corpora-holdout18"
HOLDOUT19 = ROOT / "benchmarks" / "corpora-holdout19"
HOLDOUT20 = ROOT / "benchmarks" / "corpora-holdout20"
HOLDOUT21 = ROOT / "benchmarks" / "corpora-holdout21"
HOLDOUT22 = ROOT / "benchmarks" / "corpora-holdout22"
HOLDOUT23 = ROOT / "benchmarks" / "corpora-holdout23"
HOLDOUT24 = ROOT / "benchmarks" / "corpora-holdout24"
HOLDOUT25 = ROOT / "benchmarks" / "corpora-holdout25"
HOLDOUT26 = ROOT / "benchmarks" / "corpora-holdout26"
HOLDOUT27 = ROOT / "benchmarks" / "corpora-holdout27"
HOLDOUT28 = ROOT / "benchmarks" / "corpora-holdout28"
HOLDOUT29 = ROOT / "benchmarks" / "corpora-holdout29"
HOLDOUT30 = ROOT / "benchmarks" / "corpora-holdout30"
HOLDOUT31 = ROOT / "benchmarks" / "corpora-holdout31"
HOLDOUT32 = ROOT / "benchmarks" / "corpora-holdout32"
HOLDOUT33 = ROOT / "benchmarks" / "corpora-holdout33"
HOLDOUT34 = ROOT / "benchmarks" / "corpora-holdout34"
HOLDOUT35 = ROOT / "benchmarks" / "corpora-holdout35"
HOLDOUT36 = ROOT / "benchmarks" / "corpora-holdout36"
HOLDOUT37 = ROOT / "benchmarks" / "corpora-holdout37"
HOLDOUT38 = ROOT / "benchmarks" / "corpora-holdout38"
HOLDOUT39 = ROOT / "benchmarks" / "corpora-holdout39"
HOLDOUT40 = ROOT / "benchmarks" / "corpora-holdout40"
HOLDOUT41 = ROOT / "benchmarks" / "corpora-holdout41"
HOLDOUT42 = ROOT / "benchmarks" / "corpora-holdout42"
HOLDOUT43 = ROOT / "benchmarks" / "corpora-holdout43"
HOLDOUT44 = ROOT / "benchmarks" / "corpora-holdout44"
HOLDOUT45 = ROOT / "benchmarks" / "corpora-holdout45"
HOLDOUT46 = ROOT / "benchmarks" / "corpora-holdout46"
HOLDOUT47 = ROOT / "benchmarks" / "corpora-holdout47"
HOLDOUT48 = ROOT / "benchmarks" / "corpora-holdout48"
HOLDOUT49 = ROOT / "benchmarks" / "corpora-holdout49"
HOLDOUT50 = ROOT / "benchmarks" / "corpora-holdout50"
HOLDOUT51 = ROOT / "benchmarks" / "corpora-holdout51"
DEV7 = ROOT / "benchmarks" / "corpora-dev7"
DEV10 = ROOT / "benchmarks" / "corpora-dev10"
# The sets each flag adds, in the order they are scored, with what `--help` says of them.
EXTRA_SETS = {
    "holdout": (HOLDOUT, ""),
    "holdout2": (HOLDOUT2, ""),
    "holdout3": (HOLDOUT3, ""),
    "holdout4": (HOLDOUT4, ""),
    "holdout5": (HOLDOUT5, ""),
    "holdout6": (HOLDOUT6, ""),
    "holdout7": (HOLDOUT7, ""),
    "holdout8": (HOLDOUT8, ""),
    "holdout9": (HOLDOUT9, ""),
    "holdout10": (HOLDOUT10, ""),
    "holdout11": (HOLDOUT11, ""),
    "holdout12": (HOLDOUT12, ""),
    "holdout13": (HOLDOUT13, ""),
    "holdout14": (HOLDOUT14, ""),
    "holdout15": (HOLDOUT15, ""),
    "holdout16": (HOLDOUT16, ""),
    "holdout17": (HOLDOUT17, ""),
    "holdout18": (HOLDOUT18, ""),
    "holdout19": (HOLDOUT19, ""),
    "holdout20": (HOLDOUT20, ""),
    "holdout21": (HOLDOUT21, ""),
    "holdout22": (HOLDOUT22, ""),
    "holdout23": (HOLDOUT23, ""),
    "holdout24": (HOLDOUT24, ""),
    "holdout25": (HOLDOUT25, ""),
    "holdout26": (HOLDOUT26, ""),
    "holdout27": (HOLDOUT27, ""),
    "holdout28": (HOLDOUT28, ""),
    "holdout29": (HOLDOUT29, ""),
    "holdout30": (HOLDOUT30, ""),
    "holdout31": (HOLDOUT31, ""),
    "holdout32": (HOLDOUT32, ""),
    "holdout33": (HOLDOUT33, ""),
    "holdout34": (HOLDOUT34, ""),
    "holdout35": (HOLDOUT35, ""),
    "holdout36": (HOLDOUT36, ""),
    "holdout37": (HOLDOUT37, ""),
    "holdout38": (HOLDOUT38, ""),
    "holdout39": (HOLDOUT39, ""),
    "holdout40": (HOLDOUT40, ""),
    "holdout41": (HOLDOUT41, ""),
    "holdout42": (HOLDOUT42, ""),
    "holdout43": (HOLDOUT43, ""),
    "holdout44": (HOLDOUT44, ""),
    "holdout45": (HOLDOUT45, ""),
    "holdout46": (HOLDOUT46, ""),
    "holdout47": (HOLDOUT47, ""),
    "holdout48": (HOLDOUT48, ""),
    "holdout49": (HOLDOUT49, ""),
    "holdout50": (HOLDOUT50, ""),
    "holdout51": (HOLDOUT51, ""),
    "dev7": (DEV7, " (tuned on)"),
    "dev10": (DEV10, " (tuned on)"),
}
SEEDS_REFERENCE = CORPORA / "seeds-reference.yaml"
REPORTGEN = ROOT / ".venv" / "bin" / "reportgen"

# Rows and sentences that give advice or recommendations, in any corpus.
ADVICE = re.compile(
    r"\bit is (?:necessary|recommended|advisable|essential|expedient|important to)\b|"
    r"\bit would be (?:advisable|useful|expedient|desirable)\b|\bshould\b|\brecommend|\bneeds? to be\b",
    re.I,
)
# Sentences about the study, the paper, its method or the literature.
STUDY = re.compile(
    # (not literature taught or shown: "a lectureship in Bulgarian language and literature", "music and literature")
    r"\b(?:this|the present|our|the) (?:study|paper|article|research)\b|\bthe authors?\b|"
    r"(?<!language and )(?<!languages and )(?<!music and )(?<!film and )(?<!arts and )(?<!culture and )\bliterature\b|"
    r"\bscholar(?:s|ly)\b|\bmethodolog|\bresearchers\b|\bwe (?:argue|find|show|conclude)\b|"
    r"\bthe analysis (?:shows|showed|concluded|revealed|demonstrates)",
    re.I,
)
# A sentence that leans on the one before it ("These investments signal ...").
# ("This year the paint was on a new building" names the writer's own year, not the sentence before)
DANGLING = re.compile(
    r"^(?:This(?!\s+(?:year|month|week|weekend|morning|afternoon|evening|spring|summer|autumn|winter|season)\b)|These|Those|Such|It|They|Thus|Therefore|However|In turn)\b"
)
NEAR_IDENTICAL = 0.9  # SequenceMatcher ratio at which two rows say the same thing


# -- the reference -----------------------------------------------------------------------------


@dataclass
class Fact:
    id: str
    statement: str
    alternatives: list[list[re.Pattern]]

    def matches(self, sentence: str) -> bool:
        return any(all(p.search(sentence) for p in alt) for alt in self.alternatives)


@dataclass
class Event:
    label: str
    spans: list[tuple[dt.date, dt.date]]
    planned: bool
    alternatives: list[list[re.Pattern]]

    def matches(self, start: dt.date, end: dt.date, text: str) -> bool:
        return any(start <= e and s <= end for s, e in self.spans) and any(
            all(p.search(text) for p in alt) for alt in self.alternatives
        )


@dataclass
class Reference:
    name: str
    path: Path
    sources: list[Path]  # files or folders to copy next to the config
    focus: dict
    as_of: dt.date
    tuned_on: bool
    headline: list[Fact]
    facts: list[Fact]  # headline facts included
    events: list[Event]
    non_events: list[re.Pattern]
    states: list[re.Pattern]
    neutral: list[re.Pattern]


def _regex(pattern: str) -> re.Pattern:
    """A reference's regex, case-insensitive.  References are checked with `grep -P` when written
    (docs/holdout-brief.md), so PCRE's code points "\\x{0627}" are read as Python's "\\u0627"."""
    return re.compile(_PCRE_CODE_POINT.sub(lambda m: re.escape(chr(int(m.group(1), 16))), pattern), re.I)


_PCRE_CODE_POINT = re.compile(r"(?<!\\)\\x\{([0-9A-Fa-f]{1,6})\}")


def _alternatives(match) -> list[list[re.Pattern]]:
    """`match:` is a list of alternatives, each a list of regexes; a flat list is one alternative."""
    if match and all(isinstance(m, str) for m in match):
        match = [match]
    return [[_regex(p) for p in alt] for alt in match]


def _span(value) -> tuple[dt.date, dt.date]:
    """YYYY, YYYY-MM or YYYY-MM-DD as the first and last day it names."""
    if isinstance(value, dt.date):
        return value, value
    text = str(value)
    if re.fullmatch(r"\d{4}", text):
        return dt.date(int(text), 1, 1), dt.date(int(text), 12, 31)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
        year, month = int(m[1]), int(m[2])
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date(year, month, 1), last
    day = dt.date.fromisoformat(text)
    return day, day


def _facts(entries) -> list[Fact]:
    return [Fact(e["id"], e.get("statement", ""), _alternatives(e["match"])) for e in entries or []]


def load_reference(path: Path) -> Reference:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    headline = _facts(data.get("headline_facts"))
    extra = [f for f in _facts(data.get("facts")) if f.id not in {h.id for h in headline}]
    events = []
    for e in data.get("events") or []:
        dates = e["date"] if isinstance(e["date"], list) else [e["date"]]
        events.append(
            Event(
                e.get("id") or f"{dates[0]} {e['match']}",
                [_span(d) for d in dates],
                bool(e.get("planned")),
                _alternatives(e["match"]),
            )
        )
    focus = data["focus"] if isinstance(data["focus"], dict) else {"terms": list(data["focus"])}
    sources = [(path.parent / s).resolve() for s in data.get("sources", [])] or [path.parent]
    as_of = data["as_of"] if isinstance(data["as_of"], dt.date) else dt.date.fromisoformat(str(data["as_of"]))
    patterns = lambda key: [_regex(p) for p in data.get(key) or []]  # noqa: E731
    return Reference(
        name=data.get("name") or path.parent.name,
        path=path,
        sources=sources,
        focus=focus,
        as_of=as_of,
        tuned_on=bool(data.get("tuned_on")),
        headline=headline,
        facts=headline + extra,
        events=events,
        non_events=patterns("non_events"),
        states=patterns("states"),
        neutral=patterns("neutral"),
    )


# -- building ----------------------------------------------------------------------------------


def build(ref: Reference, workdir: Path, summary_sentences: int | None) -> dict:
    """Build the corpus with the repo's topics and parts; return the JSON briefing."""
    repo = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    names = []
    for source in ref.sources:
        target = workdir / "sources" / source.name
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.yaml", "README*"))
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, target)
        names.append(f"sources/{source.name}")
    # A chart names columns of the seed paper's table; other corpora's tables have their own.
    parts = [p for p in repo["parts"] if "chart" not in p]
    if summary_sentences:
        parts = [
            {"summary": {**(p["summary"] or {}), "sentences": summary_sentences}} if "summary" in p else p
            for p in parts
        ]
    config = {
        "title": f"Benchmark {ref.name}",
        "organisation": "Benchmark",
        "language": "en",
        "as_of": ref.as_of.isoformat(),
        "period": "all",
        "layout": repo.get("layout", "briefing"),
        "sources": names,
        "focus": ref.focus,
        "topics": repo["topics"],
        "parts": parts,
        "summaries": repo.get("summaries", {}),
        "output": "out/briefing.{ext}",
        "formats": ["json"],
        "state": ".reportgen/state.sqlite",
    }
    path = workdir / "config.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    run = subprocess.run([str(REPORTGEN), "build", "-q", str(path)], capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError(f"reportgen build failed ({run.returncode}): {run.stderr.strip() or run.stdout.strip()}")
    return json.loads((workdir / "out" / "briefing.json").read_text(encoding="utf-8"))


@dataclass
class Row:
    start: dt.date
    end: dt.date
    label: str
    text: str
    planned: bool


@dataclass
class Read:
    executive: list[str] = field(default_factory=list)
    summaries: list[str] = field(default_factory=list)  # executive + topic + item summaries
    rows: list[Row] = field(default_factory=list)
    blocks: list[list[tuple[str, int]]] = field(default_factory=list)  # each summary as (text, cite) pairs


def read_briefing(briefing: dict) -> Read:
    """The only place that knows the JSON's shape (README, 'The JSON output')."""
    out = Read()

    def texts(sentences) -> list[str]:
        out.blocks.append([(s["text"], s.get("cite")) for s in sentences or []])
        return [s["text"] for s in sentences or []]

    for part in briefing["parts"]:
        kind = part.get("kind")
        if kind == "summary":
            out.executive += texts(part.get("sentences"))
        elif kind in ("topics", "new"):
            for section in part.get("sections", []):
                out.summaries += texts(section.get("summary"))
                for item in section.get("items", []):
                    out.summaries += texts(item.get("summary"))
            for item in part.get("items", []):
                out.summaries += texts(item.get("summary"))
        elif kind == "chronology":
            for e in part.get("events", []):
                out.rows.append(
                    Row(
                        dt.date.fromisoformat(e["start"]),
                        dt.date.fromisoformat(e["end"]),
                        e.get("label", ""),
                        e.get("text", ""),
                        bool(e.get("planned")),
                    )
                )
    out.summaries = out.executive + out.summaries
    return out


# -- scoring -----------------------------------------------------------------------------------


@dataclass
class Score:
    name: str
    tuned_on: bool = False
    headline: tuple[int, int] = (0, 0)
    facts: tuple[int, int] = (0, 0)
    rows: int = 0
    correct: int = 0
    judged: int = 0  # rows not neutral
    recall: tuple[int, int] = (0, 0)
    duplicates: int = 0
    non_event_rows: int = 0
    advice_rows: int = 0
    planned: tuple[int, int] = (0, 0)  # planned events found and marked planned / planned events expected
    dangling: int = 0  # summary sentences opening with this/these/such without their predecessor
    study_sentences: tuple[int, int] = (0, 0)  # in the executive summary, in all summaries
    executive_sentences: int = 0
    notes: list[str] = field(default_factory=list)


def score(ref: Reference, read: Read) -> Score:
    s = Score(ref.name, rows=len(read.rows), executive_sentences=len(read.executive))
    missed = [f for f in ref.headline if not any(f.matches(x) for x in read.executive)]
    s.headline = (len(ref.headline) - len(missed), len(ref.headline))
    s.notes += [f"headline fact missing from the executive summary: {f.id}" for f in missed]
    missed = [f for f in ref.facts if not any(f.matches(x) for x in read.summaries)]
    s.facts = (len(ref.facts) - len(missed), len(ref.facts))
    s.notes += [f"fact in no summary: {f.id}" for f in missed]

    matches = [[i for i, e in enumerate(ref.events) if e.matches(r.start, r.end, r.text)] for r in read.rows]
    neutral = [not m and any(p.search(r.text) for p in ref.neutral) for r, m in zip(read.rows, matches)]
    s.judged = sum(not n for n in neutral)
    s.correct = sum(bool(m) for m in matches)
    found = {i for m in matches for i in m}
    s.recall = (len(found), len(ref.events))
    s.notes += [f"event missing: {_label(e)}" for i, e in enumerate(ref.events) if i not in found]
    planned = [i for i, e in enumerate(ref.events) if e.planned]
    s.planned = (sum(any(i in m and r.planned for r, m in zip(read.rows, matches)) for i in planned), len(planned))
    s.notes += [
        f"planned event found but not marked planned: {_label(ref.events[i])}"
        for i in planned
        if i in found and not any(i in m and r.planned for r, m in zip(read.rows, matches))
    ]

    duplicate = _same_event_extras(matches) | _near_identical(read.rows, matches)
    s.duplicates = len(duplicate)
    for k, row in enumerate(read.rows):
        flags = []
        if k in duplicate:
            flags.append("duplicate")
        # (a row the reference expects is an event, whatever its modal: "A second round should follow in
        # Kingston early next year" is a plan, and "should" alone cannot tell it from advice)
        advice = bool(ADVICE.search(row.text)) and not matches[k]
        non_event = advice or any(p.search(row.text) for p in ref.non_events + ref.states)
        s.advice_rows += advice
        s.non_event_rows += non_event
        if non_event:
            flags.append("advice" if advice else "not an event")
        elif not matches[k] and not neutral[k]:
            flags.append("no expected event")
        if flags:
            s.notes.append(f"row {row.label!r} ({', '.join(flags)}): {_short(row.text)}")
    for sentence in dict.fromkeys(read.summaries):
        if STUDY.search(sentence) or any(p.search(sentence) for p in ref.non_events) or ADVICE.search(sentence):
            executive = sentence in read.executive
            s.study_sentences = (s.study_sentences[0] + executive, s.study_sentences[1] + 1)
            s.notes.append(
                f"{'executive' if executive else 'summary'} sentence about the study or advice: {_short(sentence)}"
            )
    for block in read.blocks:
        for k, (text, cite) in enumerate(block):
            if DANGLING.match(text) and (k == 0 or block[k - 1][1] != cite):
                s.dangling += 1
                s.notes.append(f"summary sentence leaning on an unseen predecessor: {_short(text)}")
    return s


def _same_event_extras(matches: list[list[int]]) -> set[int]:
    """Rows beyond a maximum one-to-one assignment of rows to the events they match."""
    owner: dict[int, int] = {}  # event -> row

    def assign(row: int, seen: set[int]) -> bool:
        for event in matches[row]:
            if event not in seen:
                seen.add(event)
                if event not in owner or assign(owner[event], seen):
                    owner[event] = row
                    return True
        return False

    for row in range(len(matches)):
        assign(row, set())
    assigned = set(owner.values())
    return {row for row in range(len(matches)) if matches[row] and row not in assigned}


def _near_identical(rows: list[Row], matches: list[list[int]]) -> set[int]:
    """Rows worded (nearly) like an earlier row, unless each matches expected events the other does
    not ("opened flights between Baku and Milan in 2012" / "... Baku and Rome in 2019")."""
    norm = [re.sub(r"\W+", " ", r.text.lower()).strip() for r in rows]
    out = set()
    for j in range(len(rows)):
        for i in range(j):
            if matches[i] and matches[j] and not set(matches[i]) & set(matches[j]):
                continue
            if i not in out and (
                norm[i] == norm[j] or difflib.SequenceMatcher(None, norm[i], norm[j]).ratio() >= NEAR_IDENTICAL
            ):
                out.add(j)
                break
    return out


def check_reference(ref: Reference, texts: list[str]) -> list[str]:
    """Every fact and event of the reference must be stated by some sentence of the corpus."""
    from reportgen.text import split_sentences  # only for this sanity check

    sentences = [s for text in texts for line in text.splitlines() for s in split_sentences(line)]
    problems = [
        f"reference fact {f.id} matches no sentence of the corpus"
        for f in ref.facts
        if not any(f.matches(x) for x in sentences)
    ]
    problems += [
        f"reference event {_label(e)} matches no sentence of the corpus"
        for e in ref.events
        if not any(all(p.search(x) for p in alt) for alt in e.alternatives for x in sentences)
    ]
    return problems


def _label(event: Event) -> str:
    return event.label if len(event.label) < 80 else event.label[:77] + "…"


def _short(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# -- report ------------------------------------------------------------------------------------


def _pct(pair: tuple[int, int]) -> str:
    hit, total = pair
    return f"{hit:>3}/{total:<3} {100 * hit / total:5.1f}%" if total else "    –        "


def report(scores: list[Score], verbose: bool) -> None:
    print(
        f"\n{'corpus':<24} {'headline in exec':>16} {'facts in summaries':>18} {'chron. P':>14} "
        f"{'chron. R':>14} {'rows':>4} {'dup':>3} {'non-ev':>6} {'advice':>6} {'planned':>13} {'study exec/all':>14} {'dangl':>5}"
    )
    untuned = [s for s in scores if not s.tuned_on]
    totals = [_total(untuned, "TOTAL (not tuned on)")] if untuned else []
    for s in scores + totals:
        print(
            f"{s.name:<24} {_pct(s.headline):>16} {_pct(s.facts):>18} {_pct((s.correct, s.judged)):>14} "
            f"{_pct(s.recall):>14} {s.rows:>4} {s.duplicates:>3} {s.non_event_rows:>6} {s.advice_rows:>6} "
            f"{_pct(s.planned):>13} {s.study_sentences[0]:>8}/{s.study_sentences[1]:<5} {s.dangling:>5}"
        )
    if verbose:
        for s in scores:
            print(f"\n{s.name}: {s.executive_sentences} executive sentences, {s.rows} chronology rows")
            for note in s.notes:
                print(f"  - {note}")


def _total(scores: list[Score], name: str) -> Score:
    add = lambda key: tuple(map(sum, zip(*(getattr(s, key) for s in scores)))) or (0, 0)  # noqa: E731
    return Score(
        name,
        headline=add("headline"),
        facts=add("facts"),
        rows=sum(s.rows for s in scores),
        correct=sum(s.correct for s in scores),
        judged=sum(s.judged for s in scores),
        recall=add("recall"),
        duplicates=sum(s.duplicates for s in scores),
        non_event_rows=sum(s.non_event_rows for s in scores),
        advice_rows=sum(s.advice_rows for s in scores),
        planned=add("planned"),
        study_sentences=add("study_sentences"),
        dangling=sum(s.dangling for s in scores),
    )


def references(args) -> list[Path]:
    if args.corpora:
        return [Path(c) / "reference.yaml" if Path(c).is_dir() else Path(c) for c in args.corpora]
    paths = sorted(CORPORA.glob("*/reference.yaml"))
    if args.seeds:
        paths.append(SEEDS_REFERENCE)
    for flag, (folder, _) in EXTRA_SETS.items():
        if getattr(args, flag):
            paths += sorted(folder.glob("*/reference.yaml"))
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", help="corpus folders or reference files (default: benchmarks/corpora/*)")
    parser.add_argument("--seeds", action="store_true", help="also score the seed corpus (seeds-reference.yaml)")
    for flag, (folder, note) in EXTRA_SETS.items():
        parser.add_argument(f"--{flag}", action="store_true", help=f"also score {folder.relative_to(ROOT)}/*{note}")
    parser.add_argument("--summary-sentences", type=int, help="executive summary length (default: config.yaml's)")
    parser.add_argument("-q", "--quiet", action="store_true", help="only the table, no per-corpus details")
    parser.add_argument("--keep", type=Path, help="also write each corpus's briefing JSON into this folder")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))

    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    print(
        f"# {dt.date.today()} · commit {commit} · .venv/bin/python benchmarks/content_quality.py "
        f"{' '.join(sys.argv[1:])}".rstrip()
    )
    scores = []
    for path in references(args):
        ref = load_reference(path)
        texts = [
            p.read_text(encoding="utf-8")
            for src in ref.sources
            for p in (sorted(src.rglob("*")) if src.is_dir() else [src])
            if p.is_file() and p.suffix in (".txt", ".md")
        ]
        for problem in check_reference(ref, texts):
            print(f"warning: {path.relative_to(ROOT)}: {problem}")
        with tempfile.TemporaryDirectory(prefix="content-quality-") as tmp:
            try:
                briefing = build(ref, Path(tmp), args.summary_sentences)
                read = read_briefing(briefing)
            except (RuntimeError, OSError, ValueError, KeyError) as error:
                print(f"error: {ref.name}: {error}")
                continue
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / f"{ref.name}.json").write_text(
                json.dumps(briefing, indent=1, ensure_ascii=False), encoding="utf-8"
            )
        result = score(ref, read)
        if ref.tuned_on:
            result.name += " (tuned on)"
            result.tuned_on = True
        scores.append(result)
    report(scores, verbose=not args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
