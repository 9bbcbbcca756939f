"""`reportgen inspect`: per-document listing and JSON, from the command line and the library."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from reportgen import cli, ingest, inspect

ROOT = Path(__file__).resolve().parents[1]


def test_inspect_seeds_prints_documents_items_and_totals(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    assert cli.main(["inspect", "seeds/"]) == 0
    out = capsys.readouterr().out
    for line in [
        "seeds/000_81944cfbacb2fa5d.txt",
        "  news article · 2026-02-05 · en",
        "    2026-02-05  Deputy Prime Minister and Culture and Information Minister Aida Balayeva heads the Kazakh delegation  (title derived)",
        "  news feed · 2025-12-13 · en",
        "  articles: 9",
        '    2025-12-13 14:10  "Armour of God: Ultimatum" to be filmed in Mangistau',
        "    2025-12-10  Kazakhstan and the International Labour Organization Strengthen Strategic Partnership",
        "  paper · 2025-08-20 · en",
        "  abstracts: 3 (en, kk, ru)",
        "  sections: 9",
        "    ## Introduction  [3 paragraphs]",
        "    ### Political and diplomatic cooperation  [7 paragraphs]",
        "  tables: 2",
        "    Table 1  Main areas of Kazakh-Qatari relations (2022–2024)  (5 rows × 3 columns)",
        "    Table 2  Key bilateral projects between Astana and Doha (2024–2028)  (4 rows × 3 columns)",
        "  references: 23",
        "    2024  Aushev, H. T. (2024). Qatar and Kazakhstan on the way to strategic cooperation. Post-Soviet…",
        "    2013  Kamrava, M. (2013). Qatar: Small State, Big Politics. Cornell University Press.",
        "  metadata: submitted 2025-04-08, revised 2025-06-03, accepted 2025-08-20",
        "5 documents: 20 articles, 9 sections, 2 tables, 23 references; 0 warnings",
    ]:
        assert line in out.splitlines(), line


def test_inspect_json_parses_and_matches(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    assert cli.main(["inspect", "--json", "seeds/"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["counts"] == {
        "documents": 5,
        "articles": 20,
        "sections": 9,
        "tables": 2,
        "references": 23,
        "warnings": 0,
        "errors": 0,
    }
    feed = data["documents"][1]
    assert (feed["format"], len(feed["articles"])) == ("feed", 9)
    assert feed["articles"][0] == {
        "id": "001_42fa1f2987897a64#a-8970cb6328",
        "date": "2025-12-13",
        "time": "14:10",
        "title": '"Armour of God: Ultimatum" to be filmed in Mangistau',
        "title_derived": False,
        "language": "en",
        "paragraphs": 3,
        "extra": {"retrieved": "2025-12-14", "id": "17851"},
        "line": 1,
    }
    paper = data["documents"][2]
    assert [(s["level"], s["title"]) for s in paper["sections"]][:2] == [(2, "Introduction"), (2, "Literature review")]
    assert [(t["number"], t["rows"], t["columns"]) for t in paper["tables"]] == [(1, 5, 3), (2, 4, 3)]
    assert paper["metadata"] == {"submitted": "2025-04-08", "revised": "2025-06-03", "accepted": "2025-08-20"}
    assert [a["language"] for a in paper["abstracts"]] == ["en", "kk", "ru"]


def test_inspect_reports_warnings_on_stderr(tmp_path, monkeypatch, capsys):
    (tmp_path / "feed.txt").write_text("01.02.2026\nA\nText.\n31.02.2026\nB\nText.\n", encoding="utf-8")
    (tmp_path / "junk.bin").write_bytes(b"\x00\x01")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["inspect", "."]) == 0
    captured = capsys.readouterr()
    assert "    no date     B" in captured.out.splitlines()
    assert "1 document: 2 articles, 0 sections, 0 tables, 0 references; 2 warnings" in captured.out
    assert (
        "warning: feed.txt:4: impossible date 31.02.2026 (no such day); "
        "the article is kept without a date — correct it in the source"
    ) in captured.err.splitlines()
    assert captured.err.count("junk.bin:1: skipped: binary file") == 1


def test_inspect_errors_are_one_line_without_traceback(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert cli.main(["inspect", "missing/"]) == 2  # a path that is not there is a usage error
    err = capsys.readouterr().err
    assert err == f"error: missing/: no such file or folder under {tmp_path.resolve()}; check the path\n"


def test_inspect_with_nothing_readable_is_a_usage_error(tmp_path, monkeypatch, capsys):
    (tmp_path / "notes.txt").write_text("just words\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["inspect", "notes.txt"]) == 2
    assert "error: no readable documents in notes.txt" in capsys.readouterr().err


def test_to_text_and_to_json_on_own_fixture():
    corpus = ingest.load(["feed_three.txt", "paper_two_langs.md"], root=ROOT / "tests" / "fixtures" / "ingest")
    text = inspect.to_text(corpus)
    assert "    2023-05-06  Shymkent Students Win Robotics Cup" in text.splitlines()
    assert "    Table 3  Annual flow by river (km³)  (2 rows × 4 columns)" in text.splitlines()
    assert "    # Background  [1 paragraph]" in text.splitlines()
    assert "    ----  Smith, K. Water law. Steppe Press." in text.splitlines()
    data = inspect.to_json(corpus)
    assert json.loads(json.dumps(data)) == data
    assert data["documents"][1]["references"][1]["url"] == "https://example.org/dams_and_treaties"


def test_inspect_never_imports_weasyprint():
    # Its time (target 0.3 s) is measured by benchmarks/build.py, not here: a unit test's timing
    # would depend on the machine and its load.
    code = (
        "import sys; from reportgen import cli; rc = cli.main(['inspect', 'seeds/']); "
        "print(rc, 'weasyprint' in sys.modules, file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stderr.split()[-2:] == ["0", "False"]
