"""Find files, refuse paths outside the project, and read past bad input with clear warnings."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from reportgen import ingest
from reportgen.errors import IngestError

ARTICLE = " date 2024-04-01 Officials opened a new border crossing near Khorgos.\n\nTrucks crossed on day one.\n"


def _write(root: Path, name: str, data: str | bytes) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def _messages(corpus) -> list[str]:
    return [str(d) for d in corpus.diagnostics]


def test_folders_are_walked_sorted_skipping_hidden_entries(tmp_path):
    _write(tmp_path, "src/b.txt", ARTICLE)
    _write(tmp_path, "src/a/z.txt", ARTICLE)
    _write(tmp_path, "src/a.txt", ARTICLE)
    _write(tmp_path, "src/.hidden.txt", ARTICLE)
    _write(tmp_path, "src/.git/config.txt", ARTICLE)
    corpus = ingest.load(["src"], root=tmp_path)
    assert [d.path for d in corpus.documents] == ["src/a/z.txt", "src/a.txt", "src/b.txt"]  # by path parts
    assert [d.id for d in corpus.documents] == ["z", "a", "b"]
    assert corpus.diagnostics == ()


def test_absolute_paths_inside_root_duplicates_and_clashing_stems(tmp_path):
    _write(tmp_path, "one/note.txt", ARTICLE)
    _write(tmp_path, "two/note.txt", ARTICLE)
    corpus = ingest.load([tmp_path / "one" / "note.txt", "one", "two/"], root=tmp_path)
    assert [(d.id, d.path) for d in corpus.documents] == [("note", "one/note.txt"), ("note-2", "two/note.txt")]


def test_document_ids_are_sanitised_stems(tmp_path):
    _write(tmp_path, "Weekly report (v2).txt", ARTICLE)
    (doc,) = ingest.load(["."], root=tmp_path).documents
    assert doc.id == "Weekly-report-v2"
    assert doc.items[0].id == "Weekly-report-v2#a-a8d8860f9f"


def test_digest_is_sha256_of_the_bytes(tmp_path):
    path = _write(tmp_path, "a.txt", ARTICLE)
    (doc,) = ingest.load(["a.txt"], root=tmp_path).documents
    assert doc.digest == hashlib.sha256(path.read_bytes()).hexdigest()


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(IngestError) as caught:
        ingest.load(["nowhere/"], root=tmp_path)
    assert str(caught.value) == f"nowhere/: no such file or folder under {tmp_path.resolve()}; check the path"


def test_a_path_outside_root_is_read_as_named(tmp_path):
    root = tmp_path / "project"
    root.mkdir()
    _write(tmp_path, "shared/secret.txt", ARTICLE)
    corpus = ingest.load(["../shared/secret.txt", str(tmp_path / "shared")], root=root)
    # Outside the project a file is shown by its absolute path; named twice, it is read once.
    assert [d.path for d in corpus.documents] == [(tmp_path / "shared" / "secret.txt").resolve().as_posix()]
    assert _messages(corpus) == []


def test_a_named_link_is_read_but_a_link_out_of_a_named_folder_is_skipped(tmp_path):
    root = tmp_path / "project"
    _write(root, "src/ok.txt", ARTICLE)
    outside = _write(tmp_path, "elsewhere.txt", ARTICLE)
    os.symlink(outside, root / "link.txt")
    os.symlink(outside, root / "src" / "zz-link.txt")
    assert [d.path for d in ingest.load(["link.txt"], root=root).documents] == ["link.txt"]
    corpus = ingest.load(["src"], root=root)
    assert [d.path for d in corpus.documents] == ["src/ok.txt"]
    assert _messages(corpus) == [
        f"warning: src/zz-link.txt:1: skipped: it links to {outside.resolve()}, outside src; "
        "name that file under sources: if it belongs in the briefing"
    ]


def test_bad_files_become_warnings_and_the_rest_is_read(tmp_path):
    _write(tmp_path, "src/1-empty.txt", "  \n\n")
    _write(tmp_path, "src/2-binary.txt", b"PK\x03\x04\x00\x00binary")
    _write(tmp_path, "src/3-plain.txt", "a shopping list\nmilk\n")
    _write(tmp_path, "src/4-good.txt", ARTICLE)
    corpus = ingest.load(["src"], root=tmp_path)
    assert [d.path for d in corpus.documents] == ["src/4-good.txt"]
    supported = (
        "news articles (first line ' date YYYY-MM-DD text'), news feeds (DD.MM.YYYY lines each "
        "followed by a title) and Markdown papers (## headings)"
    )
    assert _messages(corpus) == [
        "warning: src/1-empty.txt:1: skipped: empty file",
        f"warning: src/2-binary.txt:1: skipped: binary file (NUL bytes); reportgen reads UTF-8 text: {supported}",
        f"warning: src/3-plain.txt:1: skipped: unknown format; supported are {supported}",
    ]


def test_large_file_is_skipped_without_being_read(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50 * 1024 * 1024)
    _write(tmp_path, "small.txt", ARTICLE)
    corpus = ingest.load(["."], root=tmp_path)
    assert [d.path for d in corpus.documents] == ["small.txt"]
    assert _messages(corpus) == ["warning: big.txt:1: skipped: 50.0 MB exceeds the 20 MB limit"]


def test_size_limit_can_be_lowered(tmp_path):
    _write(tmp_path, "a.txt", ARTICLE + "x" * 2_000_000)
    corpus = ingest.load(["a.txt"], root=tmp_path, max_bytes=1024 * 1024)
    assert corpus.documents == ()
    assert _messages(corpus) == ["warning: a.txt:1: skipped: 1.9 MB exceeds the 1 MB limit"]


def test_cp1251_is_decoded_with_a_warning(tmp_path):
    text = " date 2024-02-10 Президент встретился с послом Катара.\n\nСтороны обсудили торговлю.\n"
    _write(tmp_path, "ru.txt", text.encode("cp1251"))
    corpus = ingest.load(["ru.txt"], root=tmp_path)
    (doc,) = corpus.documents
    assert doc.items[0].title == "Президент встретился с послом Катара"
    assert doc.items[0].language == "ru"
    assert _messages(corpus) == [
        "warning: ru.txt:1: not UTF-8; decoded as Windows-1251 (Cyrillic) — save the file as UTF-8 to silence this"
    ]


def test_latin1_falls_back_to_windows_1252(tmp_path):
    _write(tmp_path, "fr.txt", " date 2024-02-10 Le café a ouvert à Almaty.\n".encode("cp1252"))
    corpus = ingest.load(["fr.txt"], root=tmp_path)
    assert corpus.documents[0].items[0].title == "Le café a ouvert à Almaty"
    assert _messages(corpus) == [
        "warning: fr.txt:1: not UTF-8; decoded as Windows-1252 (Western European) — save the file as UTF-8 to silence this"
    ]


def test_bom_and_crlf_are_normalised_silently(tmp_path):
    feed = "\ufeff12.03.2025\r\nBridge Opens\r\n\r\nThe bridge opened.\r\nTraffic flows.\r\n"
    _write(tmp_path, "feed.txt", feed.encode("utf-8"))
    corpus = ingest.load(["feed.txt"], root=tmp_path)
    assert corpus.diagnostics == ()
    (article,) = corpus.documents[0].items
    assert (article.title, [p.text for p in article.paragraphs]) == (
        "Bridge Opens",
        ["The bridge opened.", "Traffic flows."],
    )
    assert [p.location.line for p in article.paragraphs] == [4, 5]


def test_utf16_is_decoded_with_a_warning(tmp_path):
    _write(tmp_path, "u16.txt", ARTICLE.encode("utf-16"))
    corpus = ingest.load(["u16.txt"], root=tmp_path)
    assert corpus.documents[0].items[0].title == "Officials opened a new border crossing near Khorgos"
    assert _messages(corpus) == ["warning: u16.txt:1: UTF-16 text decoded; save the file as UTF-8"]


def test_readers_are_chosen_by_content_not_name(tmp_path):
    _write(tmp_path, "paper.txt", "## Intro\n\nText.\n")
    _write(tmp_path, "news.md", ARTICLE)
    _write(tmp_path, "feed.csv", "01.01.2025\nNew Year\nFireworks.\n")
    corpus = ingest.load(["."], root=tmp_path)
    assert [(d.path, d.format) for d in corpus.documents] == [
        ("feed.csv", "feed"),
        ("news.md", "article"),
        ("paper.txt", "paper"),
    ]


def test_ten_thousand_feed_articles_are_all_read(tmp_path):
    # How fast is measured by benchmarks/scale.py, not here (timed unit tests fail on a loaded machine).
    body = "Ministers discussed energy, transport and culture, and agreed to meet in Doha. Trade grew by 17%."
    lines = []
    for i in range(10_000):
        lines += [f"{i % 28 + 1:02d}.{i % 12 + 1:02d}.2025", f"Article {i} on Kazakhstan and Qatar", ""] + [body] * 5
    _write(tmp_path, "feed.txt", "\n".join(lines))
    corpus = ingest.load(["feed.txt"], root=tmp_path)
    assert len(corpus.items) == 10_000 and corpus.diagnostics == ()
    assert len({item.id for item in corpus.items}) == 10_000


def test_unreadable_file_is_an_error_diagnostic(tmp_path, monkeypatch):
    _write(tmp_path, "a.txt", ARTICLE)
    _write(tmp_path, "b.txt", ARTICLE)
    real_read = Path.read_bytes

    def read_bytes(self):
        if self.name == "a.txt":
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    corpus = ingest.load(["."], root=tmp_path)
    assert [d.path for d in corpus.documents] == ["b.txt"]
    assert _messages(corpus) == ["error: a.txt:1: cannot read: Permission denied"]


def test_a_failing_reader_costs_one_file_not_the_run(tmp_path, monkeypatch):
    from reportgen.ingest import news

    _write(tmp_path, "a.txt", ARTICLE)
    _write(tmp_path, "b.md", "## Notes\n\nText.\n")
    monkeypatch.setattr(news, "read_article", lambda *a, **k: 1 / 0)
    corpus = ingest.load(["."], root=tmp_path)
    assert [d.path for d in corpus.documents] == ["b.md"]
    assert _messages(corpus) == [
        "error: a.txt:1: skipped: the article reader failed (ZeroDivisionError: division by zero); "
        "please report this as a bug"
    ]
