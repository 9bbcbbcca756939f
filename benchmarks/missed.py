"""Why the chronology misses the events it misses: a count per cause, per corpus.

For each expected event (benchmarks/corpora/README.md) that no chronology row holds, the first
cause that applies, in the order the pipeline meets them:

  not one sentence   no paragraph of the corpus matches the event's words (they are spread over
                     sentences, or stand in a title)
  not selected       the paragraph's item is left out of the briefing (focus, topics, period)
  no date            the paragraph's sentence holds no date the tagger finds
  no happening       it has one, but the happening tests reject it (trend, state, talk, bound ...)
  wrong date         a row holds the event's words, at a date outside the event's
  lost later         grouping, merging, folding or a story's lead took it

Only counts are printed unless -v is given, so a held-out set can be read for the kinds of miss
without reading its documents or events:

    .venv/bin/python benchmarks/missed.py benchmarks/corpora-holdout8/*/
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

import content_quality as cq

CAUSES = ("not one sentence", "not selected", "no date", "no happening", "wrong date", "lost later")


def causes(ref: cq.Reference, workdir: Path, briefing: dict) -> list[tuple[str, cq.Event]]:
    from reportgen.analysis.chronology import _is_happening, extract_events
    from reportgen.analysis.select import select
    from reportgen.config import load_config
    from reportgen.ingest import load

    read = cq.read_briefing(briefing)
    found = {i for r in read.rows for i, e in enumerate(ref.events) if e.matches(r.start, r.end, r.text)}
    cfg = load_config(workdir / "config.yaml")
    corpus = load([workdir / "sources"], root=workdir)
    selected = {d.item.id for d in select(corpus, cfg).decisions if d.selected}
    items = [item for document in corpus.documents for item in document.items]
    out = []
    for i, event in enumerate(ref.events):
        if i in found:
            continue
        words = _holds_words(event)
        if any(words(r.text) for r in read.rows):
            out.append(("wrong date", event))
            continue
        places = [(item, p) for item in items for p in item.paragraphs if words(p.text)]
        if not places:
            out.append(("not one sentence", event))
            continue
        places = [(item, p) for item, p in places if item.id in selected]
        if not places:
            out.append(("not selected", event))
            continue
        dated = [
            e
            for item, p in places
            for e in extract_events(
                p.text,
                reference=item.date if item.kind == "article" else None,
                item_id=item.id,
                location=p.location,
            )
            if words(e.sentence or e.text)
        ]
        if not dated:
            out.append(("no date", event))
        elif not any(_is_happening(e, "en") for e in dated):
            out.append(("no happening", event))
        else:
            out.append(("lost later", event))
    return out


def _holds_words(event: cq.Event):
    """Whether a text holds the event's words (one alternative's patterns, as rows are scored)."""
    return lambda text: any(all(p.search(text) for p in alt) for alt in event.alternatives)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", help="corpus folders or reference files")
    parser.add_argument("-v", "--verbose", action="store_true", help="also list each missed event (reads the set)")
    args = parser.parse_args()
    sys.path.insert(0, str(cq.ROOT))
    total: Counter[str] = Counter()
    print(f"{'corpus':24}" + "".join(f"{c:>18}" for c in CAUSES))
    for path in [Path(p) for p in args.corpora]:
        ref = cq.load_reference(path if path.suffix == ".yaml" else path / "reference.yaml")
        with tempfile.TemporaryDirectory(prefix="missed-") as tmp:
            briefing = cq.build(ref, Path(tmp), None)
            missed = causes(ref, Path(tmp), briefing)
        counts = Counter(cause for cause, _ in missed)
        total.update(counts)
        print(f"{ref.name:24}" + "".join(f"{counts[c]:>18}" for c in CAUSES))
        if args.verbose:
            for cause, event in missed:
                print(f"  {cause}: {cq._label(event)}")
    print(f"{'TOTAL':24}" + "".join(f"{total[c]:>18}" for c in CAUSES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
