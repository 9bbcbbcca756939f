"""Text from files is printed with its control characters escaped and cut to a short excerpt."""

import logging

from reportgen.cli import SafeFormatter
from reportgen.messages import escape_controls, excerpt


def test_controls_are_escaped_and_ordinary_text_kept():
    assert escape_controls("a\x1b[31mb\rc\x9bd\u202ee\tf\ng ü Қ") == "a\\x1b[31mb\\rc\\x9bd\\u202ee\tf\ng ü Қ"


def test_an_excerpt_is_one_short_line():
    assert excerpt("line one\nline two") == "line one\\nline two"
    assert excerpt("x" * 100) == "x" * 40 + "…"


def test_log_records_such_as_weasyprints_glyph_warnings_are_escaped():
    record = logging.makeLogRecord({"msg": "warning: weasyprint: no glyph for %s", "args": ("\x1b]0;title\x07",)})
    assert SafeFormatter().format(record) == "warning: weasyprint: no glyph for \\x1b]0;title\\x07"
