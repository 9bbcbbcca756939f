"""Property-based tests: random and mutated documents, random YAML configs, random date text.

Each property holds for every input: no exception escapes, every diagnostic names the file
and a line of it.  The suite runs a few dozen examples per property (profile "suite");
benchmarks/fuzz.py runs the same properties with thousands (profile "long") and checks that
reading stays linear in size.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportgen.analysis.dates import find_dates
from reportgen.config import load_config
from reportgen.errors import ConfigError
from reportgen.ingest import read_file

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
settings.register_profile(
    "suite", max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long",
    max_examples=int(os.environ.get("REPORTGEN_FUZZ_EXAMPLES", "2000")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("REPORTGEN_FUZZ_PROFILE", "suite"))

# Lines of the kinds readers look for, good and broken, and text that is none of them.
_LINES = st.one_of(
    st.builds("{:02d}.{:02d}.{}".format, st.integers(0, 99), st.integers(0, 99), st.integers(0, 99999)),
    st.builds(
        " date {}-{:02d}-{:02d} {}".format,
        st.integers(0, 9999),
        st.integers(0, 13),
        st.integers(0, 32),
        st.text(max_size=40),
    ),
    st.builds("{} {}".format, st.sampled_from(["#", "##", "###", "####"]), st.text(max_size=30)),
    st.builds("| {} | {} |".format, st.text(max_size=10), st.text(max_size=10)),
    st.sampled_from(
        [
            "",
            " ",
            "|---|---|",
            "Table 1. Trade",
            "Source: customs",
            "- item",
            "**Keywords:** a, b",
            "Abstract",
            "References",
            "1. Smith, J. (2020). Title.",
            "Received 1 May 2024",
        ]
    ),
    st.text(max_size=80),
)
DOCUMENTS = st.lists(_LINES, max_size=40).map("\n".join)
_SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir()) if p.is_file()]


@st.composite
def mutated_seeds(draw) -> str:
    """A seed file with a few lines deleted, repeated or spliced with random text."""
    lines = draw(st.sampled_from(_SEED_TEXTS)).split("\n")
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(lines)))
        action = draw(st.sampled_from(["delete", "repeat", "insert", "cut"]))
        if action == "delete" and lines:
            del lines[min(at, len(lines) - 1)]
        elif action == "repeat" and lines:
            lines.insert(at, lines[min(at, len(lines) - 1)])
        elif action == "insert":
            lines.insert(at, draw(_LINES))
        elif lines:
            line = lines[min(at, len(lines) - 1)]
            lines[min(at, len(lines) - 1)] = line[: draw(st.integers(0, len(line)))]
    return "\n".join(lines)


def _read(data: bytes):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.txt"
        path.write_bytes(data)
        # Lines as the reader (and an editor) counts them: LF, CRLF and a lone CR each end one.
        return read_file(path, "doc.txt", "doc"), data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n") + 1


def _check_diagnostics(diagnostics, lines: int) -> None:
    for diagnostic in diagnostics:
        assert diagnostic.location.path == "doc.txt", diagnostic
        assert 1 <= diagnostic.location.line <= lines, diagnostic
        assert "please report this as a bug" not in diagnostic.message, diagnostic  # a reader raised


@given(DOCUMENTS)
def test_random_documents_are_read_or_skipped_with_located_warnings(text):
    (document, diagnostics), lines = _read(text.encode("utf-8", "surrogatepass"))
    _check_diagnostics(diagnostics, lines)
    if document is not None:
        assert all(1 <= item.location.line <= lines for item in document.items)


@given(mutated_seeds())
def test_mutated_seeds_are_read_with_located_warnings(text):
    (document, diagnostics), lines = _read(text.encode("utf-8"))
    _check_diagnostics(diagnostics, lines)


@given(st.binary(max_size=400))
def test_random_bytes_never_raise(data):
    (_, diagnostics), lines = _read(data)
    _check_diagnostics(diagnostics, lines)


# Config values: the real keys and part kinds with values of any shape, and keys that do not exist.
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 10**6),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.dates().map(dt.date.isoformat),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)),
    max_leaves=12,
)
_KEYS = st.sampled_from(
    [
        "title",
        "subtitle",
        "as_of",
        "period",
        "layout",
        "sources",
        "focus",
        "topics",
        "parts",
        "summaries",
        "output",
        "formats",
        "latest",
        "state",
        "limits",
        "sections",
        "slug",
        "language",
    ]
) | st.text(min_size=1, max_size=12)
_PARTS = st.lists(
    st.dictionaries(
        st.sampled_from(["summary", "topics", "table", "chronology", "sources", "new", "about", "section", "text"]),
        _VALUES,
        min_size=1,
        max_size=1,
    ),
    max_size=4,
)
CONFIGS = st.dictionaries(_KEYS, _VALUES, max_size=8).flatmap(
    lambda d: st.builds(lambda parts, title: {**d, "parts": parts, "title": title}, _PARTS, _SCALARS)
)


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(CONFIGS)
def test_random_configs_load_or_fail_with_one_located_line_per_problem(config):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "config.yaml"
        path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        try:
            load_config(path, today=dt.date(2026, 2, 20))
        except ConfigError as exc:
            assert exc.problems
            for problem in exc.problems:
                assert problem.startswith((f"{path}:", "config.yaml:", "warning: ")), problem
                assert "\n" not in problem and "Traceback" not in problem


_DATE_WORDS = st.sampled_from(
    [
        "14 February 2024",
        "autumn 2024",
        "in March 2025",
        "by the end of 2026",
        "1990s",
        "from 2 to 4 February 2026",
        "Q1 2025",
        "last year",
        "в сентябре",
        "биыл",
        "31 February 2026",
        "99.99.9999",
        "2026-13-45",
        "on 1 July 1993",
        "the 2020s",
    ]
)
DATE_TEXT = st.lists(st.one_of(_DATE_WORDS, st.text(max_size=20)), max_size=12).map(" ".join)


@given(DATE_TEXT, st.one_of(st.none(), st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31))))
def test_the_date_grammar_never_raises_and_spans_point_into_the_text(text, reference):
    for span in find_dates(text, reference):
        assert span.start <= span.end
        assert text[span.offset :].startswith(span.expression) or span.expression in text
