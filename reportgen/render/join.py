"""Join the PDFs of a chunked render (reportgen.render.chunked) into one, with pikepdf (qpdf).

pikepdf rather than pypdf: a tagged chunk holds tens of thousands of small structure objects
that pypdf parses, clones and writes one by one in Python (7 s CPU at 204 pages) and writes
without object streams (5x the file of a single render); qpdf does the same in C++ and packs
them into object streams (the file within a few % of a single render's).  Imported only here.
"""

from __future__ import annotations

import io
import warnings


def join(
    front: bytes,
    chunks: list[bytes],
    owner: dict[str, int],
    outlines: list | None = None,
    nest: list[int] | None = None,
) -> bytes:
    """One PDF of the front matter's pages then each chunk's: metadata, language and viewer
    settings from the front matter, each destination name where its anchor is (`owner`: the PDF,
    0 the front, that holds it), the outlines in order, and one structure tree if tagged.

    `outlines`: per PDF, None (its own outline) or an outline to use instead, as WeasyPrint's
    Document.make_bookmark_tree gives it, its page numbers counted from that PDF's first page
    (a chunk drawn in halves: the whole chunk's outline with the first half, none with the second).
    `nest`: per PDF, how many of its leading top-level outline items go under the last top-level
    item before them (a chunk that starts inside a part: its topics under the part's heading).
    """
    import pikepdf

    sources = [pikepdf.open(io.BytesIO(data)) for data in (front, *chunks)]
    try:
        return _joined(sources, owner, outlines or [None] * len(sources), nest or [0] * len(sources))
    finally:
        for pdf in sources:
            pdf.close()


def _joined(sources, owner: dict[str, int], outlines: list, nest: list[int]) -> bytes:
    import pikepdf

    out = sources[0]  # its catalog (metadata, /Lang, /MarkInfo, /ViewerPreferences) is the joined one's
    tagged = all("/StructTreeRoot" in pdf.Root for pdf in sources)
    trees = [pdf.Root.StructTreeRoot for pdf in sources] if tagged else []
    counts = [len(pdf.pages) for pdf in sources]  # before the front matter's (`out`) grows
    page_index: list[dict] = [  # per source: its page objects → index in the joined PDF
        {page.objgen: sum(counts[:k]) + n for n, page in enumerate(pdf.pages)} for k, pdf in enumerate(sources)
    ]
    with warnings.catch_warnings():  # about named destinations: they are rebuilt below
        warnings.simplefilter("ignore", pikepdf.PageCopyWarning)
        for pdf in sources[1:]:
            out.pages.extend(pdf.pages)
    names = []
    for k, pdf in enumerate(sources):
        for name, dest in _dests(pdf):
            if owner.get(name, 0) == k:
                names.append((name, [out.pages[page_index[k][dest[0].objgen]].obj, *dest[1:]]))
    flat: list = []
    for name, dest in sorted(dict(reversed(names)).items()):  # the first one wins
        flat.extend([pikepdf.String(name), pikepdf.Array(dest)])
    out.Root.Names = pikepdf.Dictionary(Dests=pikepdf.Dictionary(Names=pikepdf.Array(flat)))
    if tagged:
        _join_structure(out, sources, trees, counts)
    items = [
        _outline(pdf, page_index[k]) if outlines[k] is None else _outline_of(outlines[k], sum(counts[:k]))
        for k, pdf in enumerate(sources)
    ]
    roots: list = []
    for chunk_items, under in zip(items, nest):
        if under and roots:
            roots[-1].children.extend(chunk_items[:under])
            chunk_items = chunk_items[under:]
        roots.extend(chunk_items)
    with out.open_outline() as outline:
        outline.root.clear()
        outline.root.extend(roots)
    data = io.BytesIO()
    # deterministic_id: the same chunks make the same bytes (qpdf would otherwise put the time in /ID).
    out.save(data, object_stream_mode=pikepdf.ObjectStreamMode.generate, compress_streams=True, deterministic_id=True)
    return data.getvalue()


def _join_structure(out, sources, trees, counts) -> None:
    """One structure tree of the chunks' trees, in page order, as a single tagged render has.

    WeasyPrint tags each chunk as StructTreeRoot → one /Document element → the elements of each
    page, with a flat ParentTree whose keys are the pages' /StructParents (0..n-1), then the link
    annotations' /StructParent (n...).  The joined tree is one /Document whose kids are the chunks'
    kids; each chunk's ParentTree keys are renumbered after the chunks before it, on the pages and
    annotations too.  A chunk's tree is copied after its pages were (qpdf maps a source's objects
    once), so /Pg and /Obj references resolve to the joined PDF's pages and annotations; the copied
    chunk roots and /Document elements are then unreferenced and not written.
    """
    import pikepdf

    tree = trees[0]
    document = tree.K[0] if isinstance(tree.K, pikepdf.Array) else tree.K
    kids: list = []  # Python lists: extending a pikepdf.Array copies it (quadratic)
    nums: list = []
    next_key, first_page = 0, 0
    for k, (root, count) in enumerate(zip(trees, counts)):
        if k:
            root = out.copy_foreign(root)
        (chunk_document,) = root.K if isinstance(root.K, pikepdf.Array) else [root.K]
        for kid in chunk_document.K:
            if isinstance(kid, pikepdf.Dictionary):
                kid.P = document
            kids.append(kid)
        pairs = list(root.ParentTree.Nums)
        renumbered = {int(pairs[i]): next_key + n for n, i in enumerate(range(0, len(pairs), 2))}
        for i in range(0, len(pairs), 2):
            nums.extend([renumbered[int(pairs[i])], pairs[i + 1]])
        for n in range(count):
            page = out.pages[first_page + n].obj
            if "/StructParents" in page:
                page.StructParents = renumbered[int(page.StructParents)]
            for annot in page.get("/Annots", []):
                if "/StructParent" in annot:
                    annot.StructParent = renumbered[int(annot.StructParent)]
        next_key += len(renumbered)
        first_page += count
    document.K = pikepdf.Array(kids)
    tree.K = pikepdf.Array([document])
    tree.ParentTree = out.make_indirect(pikepdf.Dictionary(Nums=pikepdf.Array(nums)))
    tree.ParentTreeNextKey = next_key


def _dests(pdf) -> list[tuple[str, list]]:
    """(name, [page, /XYZ, x, y, zoom]) from the PDF's destination name tree."""
    if "/Names" not in pdf.Root or "/Dests" not in pdf.Root.Names:
        return []
    import pikepdf

    return [(str(name), list(dest)) for name, dest in pikepdf.NameTree(pdf.Root.Names.Dests).items()]


def _outline_of(tree: list, first_page: int) -> list:
    """Outline items of a WeasyPrint bookmark tree ((title, (page, x, y), children, state) each)
    whose page numbers start at `first_page` of the joined PDF, as WeasyPrint would write them."""
    import pikepdf

    def item(title, target, children, state):
        page, left, top = target
        new = pikepdf.OutlineItem(title, first_page + page, "XYZ", left=left, top=top, zoom=0.0)
        new.is_closed = state == "closed"
        new.children.extend(item(*child) for child in children)
        return new

    return [item(*entry) for entry in tree]


def _outline(pdf, page_index: dict) -> list:
    """The PDF's outline items, pointing at their pages in the joined PDF."""
    import pikepdf

    def copy(item):
        dest = item.destination
        if dest is None and item.action is not None:
            dest = item.action.get("/D")
        page = page_index[dest[0].objgen]
        location = str(dest[1]).lstrip("/")
        numbers = [float(v) if v is not None and not isinstance(v, pikepdf.Object) else None for v in dest[2:]]
        kwargs = dict(zip(("left", "top", "zoom"), numbers)) if location == "XYZ" else {}
        new = pikepdf.OutlineItem(str(item.title), page, location, **{k: v for k, v in kwargs.items() if v is not None})
        new.is_closed = item.is_closed
        new.children.extend(copy(child) for child in item.children)
        return new

    with pdf.open_outline() as outline:
        return [copy(item) for item in outline.root]
