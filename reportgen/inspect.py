"""Describe a Corpus for people (text) and programs (JSON): what each document holds, with counts."""

from __future__ import annotations

from reportgen.corpus import Article, Corpus, Document, Section

REFERENCE_WIDTH = 100  # characters of each reference shown; the JSON has them whole


def to_json(corpus: Corpus) -> dict:
    """Return a JSON-ready summary of every document, the diagnostics and the totals."""
    return {
        "documents": [_document_json(doc) for doc in corpus.documents],
        "diagnostics": [
            {"level": d.level, "path": d.location.path, "line": d.location.line, "message": d.message}
            for d in corpus.diagnostics
        ],
        "counts": _counts(corpus),
    }


def to_text(corpus: Corpus) -> str:
    """Return a readable listing: per document its kind, title, date and contents, then totals."""
    out: list[str] = []
    for doc in corpus.documents:
        published = doc.published.isoformat() if doc.published else "no date"
        out.append(doc.path)
        kind = doc.kind if doc.format in ("", doc.kind) else f"{doc.kind} {doc.format}"
        out.append(f"  {kind} · {published} · {doc.language}")
        out.append(f"  title: {doc.title}")
        articles = [item for item in doc.items if isinstance(item, Article)]
        sections = [item for item in doc.items if isinstance(item, Section)]
        if articles:
            out.append(f"  articles: {len(articles)}")
            for article in articles:
                when = article.date.isoformat() if article.date else "no date   "
                when += f" {article.time}" if article.time else ""
                derived = "  (title derived)" if article.title_derived else ""
                out.append(f"    {when}  {article.title}{derived}")
        if doc.authors:
            out.append(f"  authors: {', '.join(doc.authors)}")
        if doc.abstracts:
            out.append(f"  abstracts: {len(doc.abstracts)} ({', '.join(a.language for a in doc.abstracts)})")
        if sections:
            out.append(f"  sections: {len(sections)}")
            for section in sections:
                out.append(
                    f"    {'#' * section.level} {section.title or '(untitled)'}  "
                    f"[{_plural(len(section.paragraphs), 'paragraph')}]"
                )
        if doc.tables:
            out.append(f"  tables: {len(doc.tables)}")
            for table in doc.tables:
                out.append(
                    f"    Table {table.number}  {table.caption}  ({len(table.rows)} rows × {len(table.header)} columns)"
                )
        if doc.references:
            out.append(f"  references: {len(doc.references)}")
            for reference in doc.references:
                out.append(f"    {reference.year or '----'}  {_shorten(reference.text, REFERENCE_WIDTH)}")
        if doc.metadata:
            out.append("  metadata: " + ", ".join(f"{key} {value}" for key, value in doc.metadata))
        out.append("")
    counts = _counts(corpus)
    out.append(
        f"{_plural(counts['documents'], 'document')}: {_plural(counts['articles'], 'article')}, "
        f"{_plural(counts['sections'], 'section')}, {_plural(counts['tables'], 'table')}, "
        f"{_plural(counts['references'], 'reference')}; {_plural(counts['warnings'], 'warning')}"
    )
    return "\n".join(out) + "\n"


def _document_json(doc: Document) -> dict:
    return {
        "id": doc.id,
        "path": doc.path,
        "kind": doc.kind,
        "format": doc.format,
        "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None,
        "language": doc.language,
        "digest": doc.digest,
        "authors": list(doc.authors),
        "keywords": list(doc.keywords),
        "articles": [
            {
                "id": a.id,
                "date": a.date.isoformat() if a.date else None,
                "time": a.time,
                "title": a.title,
                "title_derived": a.title_derived,
                "language": a.language,
                "paragraphs": len(a.paragraphs),
                "extra": dict(a.extra),
                "line": a.location.line,
            }
            for a in doc.items
            if isinstance(a, Article)
        ],
        "sections": [
            {
                "id": s.id,
                "level": s.level,
                "title": s.title,
                "language": s.language,
                "paragraphs": len(s.paragraphs),
                "line": s.location.line,
            }
            for s in doc.items
            if isinstance(s, Section)
        ],
        "abstracts": [
            {"language": a.language, "title": a.title, "keywords": list(a.keywords), "line": a.location.line}
            for a in doc.abstracts
        ],
        "tables": [
            {
                "id": t.id,
                "number": t.number,
                "caption": t.caption,
                "rows": len(t.rows),
                "columns": len(t.header),
                "header": list(t.header),
                "note": t.note,
                "section_id": t.section_id,
                "line": t.location.line,
            }
            for t in doc.tables
        ],
        "references": [
            {"id": r.id, "text": r.text, "url": r.url, "year": r.year, "line": r.location.line} for r in doc.references
        ],
        "metadata": dict(doc.metadata),
    }


def _counts(corpus: Corpus) -> dict[str, int]:
    items = corpus.items
    return {
        "documents": len(corpus.documents),
        "articles": sum(isinstance(item, Article) for item in items),
        "sections": sum(isinstance(item, Section) for item in items),
        "tables": sum(len(doc.tables) for doc in corpus.documents),
        "references": sum(len(doc.references) for doc in corpus.documents),
        "warnings": sum(d.level == "warning" for d in corpus.diagnostics),
        "errors": sum(d.level == "error" for d in corpus.diagnostics),
    }


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rsplit(" ", 1)[0] + "…"
