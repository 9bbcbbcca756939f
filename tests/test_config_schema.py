"""The README's key and part tables, `check --explain-keys` and init's comments come from one schema."""

from pathlib import Path

from reportgen.cli import main
from reportgen.config import docs
from reportgen.config.schema import KEYS
from reportgen.project_init import FILES

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _between(start: str, end: str) -> str:
    return README[README.index(start) + len(start) : README.index(end)].strip()


def test_readme_key_table_is_the_schema():
    assert _between(docs.KEYS_START, docs.KEYS_END) == docs.keys_markdown()
    assert _between(docs.PARTS_START, docs.PARTS_END) == docs.parts_markdown()


def test_explain_keys_lists_every_key_and_part(capsys):
    assert main(["check", "--explain-keys"]) == 0
    out = capsys.readouterr().out
    for key in KEYS:
        assert any(line.startswith(key.name + " ") and key.help in line for line in out.splitlines()), key.name
    assert "  table: {document: paper, number: 1}  — a table from a document" in out
    assert "      number: The table's number in that document. (required)" in out


def test_init_config_comments_come_from_the_schema():
    config = FILES["config.yaml"]
    for key in ("title", "as_of", "period", "layout", "sources", "focus", "topics", "parts", "output", "formats"):
        assert docs.comment(key) + "\n" + key + ":" in config, key
