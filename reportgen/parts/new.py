"""New since the last run: items first seen since the previous successful build of this config."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportgen.briefing_model import ItemEntry
from reportgen.parts.kind import PartKind


@dataclass(frozen=True)
class NewItemsPart:
    id: str
    title: str
    items: tuple[ItemEntry, ...]
    since: dt.datetime | None
    kind: str = "new"


def assemble(ctx, spec, part_id: str, title: str) -> NewItemsPart:
    fresh = tuple(ctx.entry(item) for item in ctx.analysis.selected if item.id in ctx.analysis.new_item_ids)
    return NewItemsPart(part_id, title, fresh, ctx.analysis.new_since)


KIND = PartKind(
    name="new",
    title="New since the last briefing",
    help="items new since the last successful run of this config",
    example="new: {}",
    assemble=assemble,
    models=(NewItemsPart,),
)
