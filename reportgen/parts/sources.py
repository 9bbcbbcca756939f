"""The numbered source list that every citation of the briefing points to."""

from __future__ import annotations

from dataclasses import dataclass

from reportgen.parts.kind import PartKind


@dataclass(frozen=True)
class SourcesPart:
    id: str
    title: str
    kind: str = "sources"


def assemble(ctx, spec, part_id: str, title: str) -> SourcesPart:
    return SourcesPart(part_id, title)  # the list itself is Briefing.sources, complete only at the end


KIND = PartKind(
    name="sources",
    title="Sources",
    help="the numbered list of sources cited",
    example="sources: {}",
    assemble=assemble,
    cites=False,
    models=(SourcesPart,),
)
