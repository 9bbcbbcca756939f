"""About the source paper: its full reference, authors, keywords and abstracts in every language."""

from __future__ import annotations

from dataclasses import dataclass

from reportgen.briefing import LANGUAGE_NAMES, named_document, paper_reference
from reportgen.corpus import PAPER
from reportgen.parts.kind import Option, PartKind


@dataclass(frozen=True)
class AbstractEntry:
    language: str  # ISO 639-1: en, kk, ru
    language_name: str  # "English", "Kazakh", "Russian"
    title: str
    text: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class AboutPart:
    id: str
    title: str
    reference: str
    authors: tuple[str, ...]
    keywords: tuple[str, ...]
    abstracts: tuple[AbstractEntry, ...]
    cite: int
    kind: str = "about"


def assemble(ctx, spec, part_id: str, title: str) -> AboutPart:
    doc = ctx.document(spec)
    abstracts = tuple(
        AbstractEntry(a.language, LANGUAGE_NAMES.get(a.language, a.language), a.title, a.text, a.keywords)
        for a in doc.abstracts
    )
    return AboutPart(
        id=part_id,
        title=title,
        reference=paper_reference(doc, ctx.cfg.language),
        authors=doc.authors,
        keywords=doc.keywords,
        abstracts=abstracts,
        cite=ctx.citations.cite(doc.items[0].id) if doc.items else 0,
    )


def check(corpus, spec) -> list[tuple[str, str]]:
    doc, problems = named_document(corpus, spec)
    if doc is None:
        return problems
    if doc.kind != "paper":
        return [("document", f"{doc.path} is a {doc.kind} document; `about` describes a paper")]
    return []


KIND = PartKind(
    name="about",
    title="About the source paper",
    help="the paper's reference, authors, keywords and abstracts in each language",
    example="about: {document: paper}",
    options=(
        Option("document", "document", "The paper to describe: id, file name or path, or `paper`.", default=PAPER),
    ),
    assemble=assemble,
    check=check,
    models=(AboutPart, AbstractEntry),
)
