"""Render pages of a briefing PDF to PNG for the README: cover, topics, tables, chart and timeline pages.

usage: python scripts/page_images.py OUT.pdf docs/images [--pages 1,4,7] [--scale 1.2]

Without --pages it picks the cover (page 1), the first page whose text has
"Developments by topic" or a topic heading, the first page with "Table 1", the
first with a chart ("USD billion", else "Figure 1.") and the first with "Timeline of
events"; images are written as page-cover.png, page-topics.png, page-tables.png,
page-chart.png, page-timeline.png (or page-N.png for explicit pages).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pypdfium2 as pdfium


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", help="comma-separated 1-based page numbers")
    parser.add_argument("--scale", type=float, default=1.2)
    args = parser.parse_args(argv)

    pdf = pdfium.PdfDocument(str(args.pdf))
    texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    if args.pages:
        wanted = {f"page-{n}": int(n) - 1 for n in args.pages.split(",")}
    else:
        wanted = {
            "page-cover": 0,
            "page-topics": _first(texts, "Developments by topic", "by topic"),
            "page-tables": _first(texts, "Table 1 –", "Table 1"),
            "page-chart": _first(texts, "USD billion", "Figure 1."),
            "page-timeline": _first(texts, "Timeline of events"),
        }
    args.out.mkdir(parents=True, exist_ok=True)
    for name, index in wanted.items():
        if index is None or not 0 <= index < len(pdf):
            print(f"skipped {name}: no such page", file=sys.stderr)
            continue
        path = args.out / f"{name}.png"
        pdf[index].render(scale=args.scale).to_pil().save(path)
        print(path)
    return 0


def _first(texts: list[str], *needles: str) -> int | None:
    """The first page after the contents (page 3 on) holding one of needles, in needle order."""
    for needle in needles:
        for index, text in enumerate(texts[2:], start=2):
            if needle in text:
                return index
    return None


if __name__ == "__main__":
    sys.exit(main())
