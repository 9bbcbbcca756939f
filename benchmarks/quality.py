"""Measure summary quality (ROUGE vs lead-N, LexRank, TextRank) and topic precision/recall.

Run from the repo root after `pip install -r requirements-bench.lock`:

    .venv/bin/python benchmarks/quality.py [--sentences 3]

Gold data: benchmarks/gold/summaries/*.yaml (one hand-written item and its reference
summary per file), benchmarks/gold/summaries/seeds.yaml (references for seed items)
and benchmarks/gold/topics.yaml (topic labels for every seed item).  Also runs
benchmarks/quality_chronology.py's evaluate() when that file exists.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import importlib.util
import statistics
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "gold"
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "benchmarks"))
import baselines  # noqa: E402  (benchmarks/baselines.py: lead-N, LexRank, TextRank)
from reportgen.analysis.summarise import summarise  # noqa: E402
from reportgen.analysis.topics import joined, score_topics  # noqa: E402
from reportgen.corpus import Article, Location, Paragraph  # noqa: E402


def gold_items() -> list[tuple[Article, str]]:
    """The hand-written benchmark items with their reference summaries."""
    out = []
    for path in sorted((GOLD / "summaries").glob("[0-9]*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        rel = path.relative_to(ROOT).as_posix()
        paragraphs = tuple(
            Paragraph(f"{data['id']}-p{i}", text, Location(rel, 4 + i)) for i, text in enumerate(data["paragraphs"])
        )
        date = data["date"] if isinstance(data["date"], dt.date) else dt.date.fromisoformat(data["date"])
        out.append(
            (Article(data["id"], path.stem, data["title"], date, paragraphs, Location(rel, 1)), data["reference"])
        )
    return out


def seed_items(corpus) -> list[tuple[object, str]]:
    references = yaml.safe_load((GOLD / "summaries" / "seeds.yaml").read_text(encoding="utf-8"))
    items = {item.id: item for item in corpus.items}
    missing = sorted(set(references) - set(items))
    if missing:
        print(f"warning: seed references for unknown items: {', '.join(missing)}", file=sys.stderr)
    return [(items[i], ref) for i, ref in references.items() if i in items]


def rouge_table(pairs, n: int) -> dict[str, dict[str, float]]:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    idf = baselines.idf_table([s.text for item, _ in pairs for s, _ in _sentences(item)])
    methods = {
        "reportgen": lambda item: summarise([item], n),
        f"lead-{n}": lambda item: baselines.lead([item], n),
        "LexRank": lambda item: baselines.lexrank([item], n, idf=idf),
        "TextRank": lambda item: baselines.textrank([item], n),
    }
    table = {}
    for name, method in methods.items():
        scores = {"rouge1": [], "rouge2": [], "rougeL": []}
        for item, reference in pairs:
            summary = " ".join(s.text for s in method(item))
            result = scorer.score(reference, summary)
            for key in scores:
                scores[key].append(result[key].fmeasure)
        table[name] = {k: statistics.mean(v) for k, v in scores.items()}
    return table


def _sentences(item):
    from reportgen.analysis.summarise import sentences

    return sentences(item)


def print_rouge(title: str, table: dict[str, dict[str, float]], count: int) -> None:
    print(f"\n{title} ({count} items), mean F1")
    print(f"  {'method':<10} {'ROUGE-1':>8} {'ROUGE-2':>8} {'ROUGE-L':>8}")
    for name, row in table.items():
        print(f"  {name:<10} {row['rouge1']:>8.4f} {row['rouge2']:>8.4f} {row['rougeL']:>8.4f}")


def topic_scores(corpus, cfg) -> None:
    labels = yaml.safe_load((GOLD / "topics.yaml").read_text(encoding="utf-8"))
    items = [item for item in corpus.items if item.id in labels]
    unlabelled = [item.id for item in corpus.items if item.id not in labels]
    if unlabelled:
        print(f"warning: no gold topics for {', '.join(unlabelled)}", file=sys.stderr)
    # The config's thresholds, then absolute scores alone (min_share 0) for comparison.
    for threshold in (None, 1.0, 3.0):
        topics = (
            cfg.topics
            if threshold is None
            else tuple(dataclasses.replace(t, min_score=threshold, min_share=0.0) for t in cfg.topics)
        )
        label = "config thresholds" if threshold is None else f"min_score {threshold:g}, no min_share"
        predicted = {item.id: {m.topic for m in joined(score_topics(item, topics), topics)} for item in items}
        print(f"\ntopics vs gold/topics.yaml ({len(items)} seed items, {label})")
        print(f"  {'topic':<10} {'P':>5} {'R':>5} {'F1':>5}  tp fp fn")
        tp_all = fp_all = fn_all = 0
        for topic in topics:
            tp = sum(topic.key in predicted[i.id] and topic.key in labels[i.id] for i in items)
            fp = sum(topic.key in predicted[i.id] and topic.key not in labels[i.id] for i in items)
            fn = sum(topic.key not in predicted[i.id] and topic.key in labels[i.id] for i in items)
            tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
            print(f"  {topic.key:<10} {_prf(tp, fp, fn)}  {tp:>2} {fp:>2} {fn:>2}")
        print(f"  {'micro':<10} {_prf(tp_all, fp_all, fn_all)}  {tp_all:>2} {fp_all:>2} {fn_all:>2}")


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:>5.2f} {r:>5.2f} {f:>5.2f}"


def chronology() -> None:
    path = ROOT / "benchmarks" / "quality_chronology.py"
    if not path.exists():
        print("\nchronology: benchmarks/quality_chronology.py not present; skipped")
        return
    spec = importlib.util.spec_from_file_location("quality_chronology", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    print("\nchronology (benchmarks/quality_chronology.py)")
    result = module.evaluate()
    if isinstance(result, dict) and "precision" in result:
        print(f"  overall  P {result['precision']:.2f}  R {result['recall']:.2f}")
        for name, row in sorted(result.get("sources", {}).items()):
            print(
                f"  {name:<28} P {row['precision']:.2f}  R {row['recall']:.2f}  (tp {row['tp']}, fp {row['fp']}, fn {row['fn']})"
            )
    elif result is not None:
        print(result)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=3, help="summary length (default 3)")
    args = parser.parse_args()

    from reportgen import ingest
    from reportgen.config import load_config

    cfg = load_config(ROOT / "config.yaml")
    corpus = ingest.load(list(cfg.sources), root=cfg.root)
    own = gold_items()
    seeds = seed_items(corpus)
    print_rouge("own items", rouge_table(own, args.sentences), len(own))
    print_rouge("seed items", rouge_table(seeds, args.sentences), len(seeds))
    print_rouge("all items", rouge_table(own + seeds, args.sentences), len(own) + len(seeds))
    topic_scores(corpus, cfg)
    chronology()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
