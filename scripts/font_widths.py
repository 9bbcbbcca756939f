"""Write reportgen/figures/fontwidths.py: DejaVu Sans advance widths, so figures can measure labels.

usage: python scripts/font_widths.py [FONT_DIR]   (default /usr/share/fonts/truetype/dejavu)

Figures place labels without overlaps by measuring them; reading the font at build time
would cost an import of fontTools and a font file per build, so the widths of the
characters briefings use (Latin, Latin-1, Latin Extended-A, Cyrillic incl. Kazakh,
general punctuation) are kept as a table, in thousandths of an em.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.ttLib import TTFont

RANGES = ((0x20, 0x7E), (0xA0, 0x17F), (0x400, 0x4FF), (0x2010, 0x203A))
FACES = {"REGULAR": "DejaVuSans.ttf", "BOLD": "DejaVuSans-Bold.ttf"}


def widths(path: Path) -> list[tuple[int, list[int]]]:
    font = TTFont(path)
    cmap, hmtx, upem = font.getBestCmap(), font["hmtx"], font["head"].unitsPerEm
    return [
        (start, [round(hmtx[cmap[c]][0] * 1000 / upem) if c in cmap else 0 for c in range(start, end + 1)])
        for start, end in RANGES
    ]


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "/usr/share/fonts/truetype/dejavu")
    lines = ['"""DejaVu Sans advance widths in thousandths of an em (made by scripts/font_widths.py)."""', ""]
    for name, file in FACES.items():
        lines.append(f"{name} = (")
        for start, values in widths(folder / file):
            rows = [", ".join(map(str, values[i : i + 24])) for i in range(0, len(values), 24)]
            lines.append(f"    (0x{start:X}, (")
            lines.extend(f"        {row}," for row in rows)
            lines.append("    )),")
        lines.append(")")
    out = Path(__file__).resolve().parent.parent / "reportgen" / "figures" / "fontwidths.py"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
