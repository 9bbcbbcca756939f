"""The executive summary: the most telling sentences of everything selected, with citations."""
from __future__ import annotations

from dataclasses import dataclass

from reportgen.briefing_model import CitedSentence
from reportgen.parts.kind import Option, PartKind


@dataclass(frozen=True)
class SummaryPart:
    id: str
    title: str
    sentences: tuple[CitedSentence, ...]
    kind: str = "summary"


def assemble(ctx, spec, part_id: str, title: str) -> SummaryPart:
    sentences = ctx.summarise(list(ctx.analysis.selected), int(spec.get("sentences")), query_terms=ctx.cfg.focus.terms)
    return SummaryPart(part_id, title, ctx.cited(sentences))


KIND = PartKind(
    name="summary",
    title="Executive summary",
    help="an overview of everything selected, sentence by sentence with citations",
    example="summary: {sentences: 6}",
    options=(Option("sentences", "int", "How many sentences.", default=6),),
    assemble=assemble,
    models=(SummaryPart,),
)
