"""Outputs published as a set; a journal left by a killed run is finished, and never trusted further."""

from __future__ import annotations

import json
import logging

from reportgen.publish import publish, recover


def test_every_output_is_written_and_the_journal_removed(tmp_path):
    journal = tmp_path / "state" / "c.publish"
    journal.parent.mkdir()
    publish([(tmp_path / "out" / "a.pdf", b"A"), (tmp_path / "out" / "a.json", b"{}")], journal)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.json", "a.pdf"]
    assert (tmp_path / "out" / "a.pdf").read_bytes() == b"A"
    assert not journal.exists()


def test_a_journal_naming_files_that_are_no_temps_of_their_target_renames_nothing(tmp_path):
    precious, target = tmp_path / "precious.txt", tmp_path / "out.json"
    precious.write_text("keep")
    journal = tmp_path / "c.publish"
    journal.write_text(json.dumps({"files": [[str(precious), str(target)]]}))
    recover(journal)
    assert precious.read_text() == "keep" and not target.exists()
    assert not journal.exists()


def test_a_damaged_journal_is_reported_and_dropped(tmp_path, caplog):
    journal = tmp_path / "c.publish"
    journal.write_text("{not json")
    with caplog.at_level(logging.WARNING, logger="reportgen"):
        recover(journal)
    assert [r.getMessage() for r in caplog.records] == [
        f"warning: {journal}: ignored an unreadable output journal (JSONDecodeError)"
    ]
    assert not journal.exists()
