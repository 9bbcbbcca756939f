"""One section of a source paper laid out in full: its paragraphs, lists, emphasis and links."""

from __future__ import annotations

from dataclasses import dataclass

from reportgen.briefing import named_document, display_title
from reportgen.corpus import PAPER, Document, Section
from reportgen.parts.kind import Option, PartKind


@dataclass(frozen=True)
class SectionPart:
    id: str
    title: str
    section_title: str  # as the paper heads it
    document: str  # the paper's title
    html: str  # sanitised markup: <p>, <ul>, <h3> for its subsections, <a href> to http(s) only
    cite: int
    kind: str = "section"


def matching(doc: Document, title_glob: str) -> list[Section]:
    """The paper's sections whose title matches the glob (case-insensitive), in order."""
    from reportgen.config import SectionRule

    rule = SectionRule(include=(title_glob,))
    return [s for s in doc.items if isinstance(s, Section) and rule.names(s.title)]


def assemble(ctx, spec, part_id: str, title: str) -> SectionPart:
    from reportgen.render.markup import markdown_html

    doc = ctx.document(spec)
    (section,) = matching(doc, spec.get("title"))
    # The section with its subsections: the items after it at a deeper heading level.
    items = list(doc.items)
    start = items.index(section)
    chosen = [section]
    for item in items[start + 1 :]:
        if not isinstance(item, Section) or item.level <= section.level:
            break
        chosen.append(item)
    blocks = []
    for item in chosen:
        if item is not section:
            blocks.append(f"### {item.title}")
        for paragraph in item.paragraphs:
            text = paragraph.markup or paragraph.text
            blocks.append(f"- {text}" if paragraph.kind == "bullet" else text)
    markdown = "\n\n".join(_joined_lists(blocks))
    return SectionPart(
        id=part_id,
        title=spec.get("heading") or section.title,
        section_title=section.title,
        document=display_title(doc.title),
        html=markdown_html(markdown),
        cite=ctx.citations.cite(section.id),
    )


def _joined_lists(blocks: list[str]) -> list[str]:
    """Consecutive bullets as one Markdown list, not one list per item."""
    out: list[str] = []
    for block in blocks:
        if block.startswith("- ") and out and out[-1].startswith("- "):
            out[-1] += "\n" + block
        else:
            out.append(block)
    return out


def check(corpus, spec) -> list[tuple[str, str]]:
    doc, problems = named_document(corpus, spec)
    if doc is None:
        return problems
    found = matching(doc, spec.get("title"))
    titles = [s.title for s in doc.items if isinstance(s, Section) and s.title]
    if not found:
        return [("title", f"no section of {doc.path} is titled '{spec.get('title')}'; sections: " + "; ".join(titles))]
    if len(found) > 1:
        return [
            (
                "title",
                f"'{spec.get('title')}' matches {len(found)} sections of {doc.path} ("
                + "; ".join(s.title for s in found)
                + "); make it match one",
            )
        ]
    return []


KIND = PartKind(
    name="section",
    title="Section",
    help="one section of a paper in full (paragraphs, lists, emphasis, links), chosen by its title",
    example='section: {document: paper, title: "History*"}',
    options=(
        Option("document", "document", "Document id, file name or path, or `paper` for the only paper.", default=PAPER),
        Option("title", "text", "The section's title, or a glob such as `History and evolution*`.", required=True),
    ),
    assemble=assemble,
    check=check,
    models=(SectionPart,),
)
