"""Find what a layout laid out nowhere: parts with no page, citation links whose target is missing.

WeasyPrint drops content silently in a few cases (a flex or grid container taller than a page,
a float that does not fit, `display: none` from a stylesheet); the reader would only notice a
part missing from the PDF or a citation that leads nowhere.
"""

from __future__ import annotations


def lost_content(document, briefing) -> list[str]:
    """Warnings for parts and link targets of `briefing` that no page of `document` holds."""
    anchors = {name for page in document.pages for name in page.anchors}
    warnings = [
        f"part '{part.title}' ({part.kind}, #{part.id}) is on no page of the PDF; the layout hides "
        "it or WeasyPrint could not place it (a flex or grid container taller than a page?)"
        for part in briefing.parts
        if part.id not in anchors
    ]
    targets = sorted(
        {link[1] for page in document.pages for link in page.links if link[0] == "internal"} - anchors, key=_natural
    )
    if targets:
        shown = ", ".join(f"#{t}" for t in targets[:5]) + (f" and {len(targets) - 5} more" if len(targets) > 5 else "")
        warnings.append(
            f"{len(targets)} internal link{'s' if len(targets) > 1 else ''} lead nowhere in the PDF "
            f"({shown}); is the sources part missing or hidden?"
        )
    return warnings


def _natural(name: str) -> tuple:
    head, _, tail = name.rpartition("-")
    return (head, int(tail)) if tail.isdigit() else (name, 0)
