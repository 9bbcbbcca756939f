"""Tests for reportgen.config: the schema, every error message, relative periods, corpus checks."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from textwrap import dedent

import pytest

from reportgen import layouts
from reportgen.briefing import check_against_corpus
from reportgen.config import (
    BriefingConfig,
    FocusSpec,
    Period,
    load_config,
    resolve_since_last_run,
    slugify,
)
from reportgen.corpus import Corpus, Document, Location, Table
from reportgen.errors import ConfigError

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "config"
TODAY = dt.date(2026, 2, 20)


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A folder with seeds/ and a fixed list of built-in layouts; messages name config.yaml as given."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(layouts, "builtin_names", lambda: ["briefing", "digest"])
    (tmp_path / "seeds").mkdir()
    return tmp_path


def write(text: str, name: str = "config.yaml") -> Path:
    path = Path(name)
    path.write_text(dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def load(text: str, **kwargs) -> BriefingConfig:
    return load_config(write(text), today=kwargs.pop("today", TODAY), **kwargs)


def problems(text: str, **kwargs) -> list[str]:
    with pytest.raises(ConfigError) as info:
        load(text, **kwargs)
    return info.value.problems


# -- the shipped configs -------------------------------------------------------


def test_default_config_loads_with_its_topics_and_parts():
    cfg = load_config(REPO / "config.yaml")

    assert cfg.title == "Kazakhstan–Qatar Relations"
    assert cfg.slug == "kazakhstan-qatar-relations"
    assert cfg.author == cfg.organisation == "Foreign Policy Analysis Unit"
    assert cfg.as_of == dt.date(2026, 2, 20)
    assert cfg.period == Period(dt.date(1990, 1, 1), dt.date(2026, 2, 20), "1 January 1990 – 20 February 2026")
    assert cfg.layout == "briefing"
    assert cfg.sources == ("seeds/",)
    assert cfg.focus.terms == ("Qatar", "Qatari", "Doha")
    assert dict(cfg.focus.variants)["Astana"] == ("Nur-Sultan",)
    assert [t.key for t in cfg.topics] == ["political", "economic", "military", "cultural", "transport"]
    assert "invest" in cfg.topic("economic").keywords
    assert [p.kind for p in cfg.parts] == [
        "summary",
        "topics",
        "table",
        "table",
        "chart",
        "timeline",
        "chronology",
        "about",
        "sources",
    ]
    assert cfg.parts[0].get("sentences") is None  # as many as the happenings call for
    assert cfg.parts[1].get("keys") == ("political", "economic", "military", "cultural", "transport")
    assert [(p.get("document"), p.get("number")) for p in cfg.parts[2:4]] == [("paper", 1), ("paper", 2)]
    assert cfg.formats == ("pdf", "html", "json")
    assert cfg.output == "out/{slug}-{as_of}.{ext}"


def test_default_config_records_lines_of_keys():
    cfg = load_config(REPO / "config.yaml")
    lines = (REPO / "config.yaml").read_text(encoding="utf-8").splitlines()

    assert lines[cfg.line_of("title") - 1].startswith("title:")
    assert "number: 2" in lines[cfg.line_of("parts[3].table.number") - 1]
    assert lines[cfg.line_of("parts[3]") - 1].strip().startswith("- table:")


def test_weekly_digest_example_loads(monkeypatch):
    monkeypatch.setattr(layouts, "builtin_names", lambda: ["briefing", "digest"])
    cfg = load_config(REPO / "weekly-digest.yaml")

    assert cfg.layout == "digest"
    assert cfg.period.start == dt.date(2026, 2, 14) and cfg.period.end == dt.date(2026, 2, 20)
    assert cfg.period.label == "last 7 days (14–20 February 2026)"
    assert cfg.focus == FocusSpec()
    assert [p.kind for p in cfg.parts] == ["summary", "new", "topics", "sources"]
    assert cfg.parts[2].get("sentences") == 2
    assert cfg.item_sentences == 2 and cfg.topic_sentences == 3
    assert cfg.latest is True
    assert not any(p.kind in ("table", "about") for p in cfg.parts)


# -- defaults and shapes ---------------------------------------------------------


def test_minimal_config_takes_defaults(project):
    cfg = load("title: Weekly Notes\n")

    assert cfg.slug == "weekly-notes"
    assert cfg.as_of == TODAY
    assert cfg.period == Period(None, TODAY, "all dates up to 20 February 2026")
    assert [p.kind for p in cfg.parts] == ["summary", "chronology", "sources"]
    assert cfg.formats == ("pdf",)
    assert cfg.language == "en"
    assert cfg.state == ".reportgen/state.sqlite"


def test_default_parts_include_all_topics(project):
    cfg = load("""
        title: T
        topics:
          a: {title: A, keywords: [x]}
          b: {title: B, keywords: [y], min_score: 2.5}
        summaries: {topic_sentences: 5}
    """)

    assert [p.kind for p in cfg.parts] == ["summary", "topics", "chronology", "sources"]
    assert cfg.parts[1].get("keys") == ("a", "b")
    assert cfg.parts[1].get("sentences") == cfg.topic_sentences == 5
    assert cfg.topic("b").min_score == 2.5


def test_part_shorthands(project):
    cfg = load("""
        title: T
        topics:
          a: {title: A, keywords: [x]}
        summaries: {topic_sentences: 4}
        parts:
          - sources
          - chronology:
          - topics: {title: By theme}
          - new: {}
    """)

    assert [(p.kind, dict(p.options)) for p in cfg.parts] == [
        ("sources", {}),
        ("chronology", {"focus_only": False, "order": "oldest", "group": "none"}),
        ("topics", {"title": "By theme", "keys": ("a",), "sentences": 4}),
        ("new", {}),
    ]


def test_as_of_today_and_override(project):
    assert load("title: T\nas_of: today\n", today=dt.date(2030, 1, 2)).as_of == dt.date(2030, 1, 2)
    assert load("title: T\nas_of: 2026-01-05\n").as_of == dt.date(2026, 1, 5)
    assert load("title: T\nas_of: 2026-01-05\n", as_of=dt.date(2025, 7, 1)).as_of == dt.date(2025, 7, 1)


def test_focus_as_list_and_variants_as_text(project):
    assert load("title: T\nfocus: [Qatar, Doha]\n").focus == FocusSpec(("Qatar", "Doha"))
    cfg = load("title: T\nfocus: {terms: [Astana], variants: {Astana: Nur-Sultan}}\n")
    assert cfg.focus == FocusSpec(("Astana",), (("Astana", ("Nur-Sultan",)),))


def test_a_focus_may_ask_for_every_term(project):
    cfg = load("title: T\nfocus: {terms: [Morocco, Senegal], match: all}\n")
    assert cfg.focus == FocusSpec(("Morocco", "Senegal"), every=True)
    assert load("title: T\nfocus: {terms: [Morocco], match: any}\n").focus.every is False
    assert problems("title: T\nfocus: {terms: [Morocco, Senegal], match: alll}\n") == [
        "config.yaml:2:43: focus.match: unknown value 'alll' (did you mean 'all'?); expected any or all"
    ]


def test_slug_given_and_derived():
    assert slugify("Kazakhstan–Qatar Relations") == "kazakhstan-qatar-relations"
    assert slugify("Café: Über  2026!") == "cafe-uber-2026"


def test_layout_folder_with_base_or_extending_a_builtin(project):
    (project / "mine").mkdir()
    (project / "mine" / "base.html.j2").write_text("<html></html>")
    (project / "partial").mkdir()
    (project / "partial" / "cover.html.j2").write_text('{% extends "briefing/cover.html.j2" %}')

    assert load("title: T\nlayout: mine\n").layout == "mine"
    assert load("title: T\nlayout: ./partial\n").layout == "./partial"


# -- periods ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, as_of, start, label",
    [
        ("last 7 days", "2026-02-20", dt.date(2026, 2, 14), "last 7 days (14–20 February 2026)"),
        ("last day", "2026-02-20", dt.date(2026, 2, 20), "last day (20 February 2026)"),
        ("last 2 weeks", "2026-02-20", dt.date(2026, 2, 7), "last 2 weeks (7–20 February 2026)"),
        ("last 3 months", "2026-02-20", dt.date(2025, 11, 21), "last 3 months (21 November 2025 – 20 February 2026)"),
        # 2026-05-31 minus 3 months is 2026-02-28 (no 31 February), so the period is March to May.
        ("last 3 months", "2026-05-31", dt.date(2026, 3, 1), "last 3 months (1 March – 31 May 2026)"),
        ("last 1 month", "2026-03-31", dt.date(2026, 3, 1), "last 1 month (1–31 March 2026)"),
        ("last 1 year", "2028-02-29", dt.date(2027, 3, 1), "last 1 year (1 March 2027 – 29 February 2028)"),
        ("Last  90 Days", "2026-02-20", dt.date(2025, 11, 23), "last 90 days (23 November 2025 – 20 February 2026)"),
    ],
)
def test_relative_periods_count_back_from_as_of(project, phrase, as_of, start, label):
    cfg = load(f"title: T\nas_of: {as_of}\nperiod: {phrase}\n")

    assert cfg.period == Period(start, dt.date.fromisoformat(as_of), label)


def test_relative_period_follows_the_as_of_override(project):
    cfg = load("title: T\nas_of: 2026-02-20\nperiod: last 7 days\n", as_of=dt.date(2026, 1, 10))

    assert (cfg.period.start, cfg.period.end) == (dt.date(2026, 1, 4), dt.date(2026, 1, 10))


def test_period_since_last_run_and_its_resolution(project):
    cfg = load("title: T\nperiod: since last run\n")

    assert cfg.period == Period(None, TODAY, "since last run (up to 20 February 2026)", since_last_run=True)
    resolved = resolve_since_last_run(cfg.period, dt.date(2026, 2, 13))
    assert (resolved.start, resolved.end) == (dt.date(2026, 2, 13), TODAY)
    assert resolved.label == "since last run (13–20 February 2026)"
    first = resolve_since_last_run(cfg.period, None)
    assert first.start is None
    assert first.label == "since last run (first run: all dates up to 20 February 2026)"


def test_period_all_and_ranges(project):
    assert load("title: T\nperiod: all\n").period == Period(None, TODAY, "all dates up to 20 February 2026")
    assert load("title: T\nperiod: {to: 2025-12-31}\n").period == Period(
        None, dt.date(2025, 12, 31), "up to 31 December 2025"
    )
    assert load("title: T\nperiod: {from: 2025-12-01, to: 2025-12-31}\n").period.label == "1–31 December 2025"


# -- one test per error message ------------------------------------------------------


def test_missing_file(project):
    with pytest.raises(ConfigError) as info:
        load_config(Path("nope.yaml"))
    # One problem, one line: no "aborted with 1 configuration error" after it.
    assert str(info.value) == "nope.yaml: no such config file; give the path of a YAML file such as config.yaml"
    assert info.value.exit_code == 2


def test_yaml_syntax_error_is_one_line(project):
    assert problems("title: T\nparts: [summary\nformats: [pdf]\n") == [
        "config.yaml:3:8: invalid YAML: expected ',' or ']', but got ':'"
    ]


def test_file_that_is_not_a_mapping(project):
    assert problems("- title: T\n") == [
        "config.yaml:1:1: expected a mapping of settings (key: value lines), got a list"
    ]


def test_empty_file(project):
    assert problems("") == ["config.yaml:1:1: the file is empty; expected a mapping of settings starting with title:"]


def test_missing_title(project):
    assert problems("subtitle: S\n") == [
        "config.yaml:1:1: title: missing; give the briefing's title, e.g. title: Kazakhstan–Qatar Relations"
    ]


def test_unknown_key_with_suggestion(project):
    assert problems("title: T\nsubtitel: S\n") == ["config.yaml:2:1: subtitel: unknown key (did you mean 'subtitle'?)"]


def test_unknown_key_without_suggestion(project):
    assert problems("title: T\nzzz: 1\n") == [
        "config.yaml:2:1: zzz: unknown key; allowed: title, subtitle, organisation, author, language, slug, "
        "as_of, period, layout, sources, focus, sections, topics, summaries, cover, contents, parts, output, formats, "
        "latest, state, limits, pdf"
    ]


def test_duplicate_key(project):
    assert problems("title: T\ntitle: U\n") == ["config.yaml:2:1: title: duplicate key; it is first given at line 1"]


def test_wrong_type_for_sentences(project):
    assert problems("title: T\nparts:\n  - summary: {sentences: six}\n") == [
        "config.yaml:3:26: parts[0].summary.sentences: expected a whole number, got 'six'"
    ]


def test_negative_sentence_count(project):
    assert problems("title: T\nsummaries: {item_sentences: -2}\n") == [
        "config.yaml:2:29: summaries.item_sentences: must be 1 or more, got -2"
    ]


def test_title_must_be_text(project):
    assert problems("title: [a, b]\n") == ["config.yaml:1:8: title: expected text, got a list"]


def test_boolean_expected(project):
    assert problems("title: T\nlatest: sometimes\n") == [
        "config.yaml:2:9: latest: expected true or false, got 'sometimes'"
    ]


def test_impossible_as_of_date(project):
    assert problems("title: T\nas_of: 2026-02-30\n") == [
        "config.yaml:2:8: as_of: 2026-02-30 is not a real date (day is out of range for month); expected YYYY-MM-DD"
    ]


def test_as_of_word(project):
    assert problems("title: T\nas_of: tomorrow\n") == [
        "config.yaml:2:8: as_of: expected today or a date as YYYY-MM-DD, got 'tomorrow'"
    ]


def test_as_of_number(project):
    assert problems("title: T\nas_of: 20260220\n") == [
        "config.yaml:2:8: as_of: expected today or a date as YYYY-MM-DD, got 20260220"
    ]


def test_config_path_is_a_folder(project):
    with pytest.raises(ConfigError) as info:
        load_config(Path("seeds"))
    assert info.value.problems == ["seeds: is a folder; give the path of a YAML file such as config.yaml"]


def test_period_date_without_dashes(project):
    assert problems("title: T\nperiod:\n  from: 20260101\n") == [
        "config.yaml:3:9: period.from: expected a date as YYYY-MM-DD, got 20260101"
    ]


def test_period_from_after_to(project):
    assert problems("title: T\nperiod: {from: 2026-02-01, to: 2026-01-01}\n") == [
        "config.yaml:2:16: period.from: 2026-02-01 is after period.to 2026-01-01; swap them"
    ]


def test_period_from_after_as_of(project):
    assert problems("title: T\nas_of: 2026-01-01\nperiod: {from: 2026-02-01}\n") == [
        "config.yaml:3:16: period.from: 2026-02-01 is after as_of 2026-01-01, so the period would be empty; "
        "give an earlier date or a period.to"
    ]


def test_unknown_period_phrase(project):
    assert problems("title: T\nperiod: last fortnight\n") == [
        "config.yaml:2:9: period: unknown period 'last fortnight'; expected 'last N days|weeks|months|years', "
        "'since last run', 'all' or a mapping {from: YYYY-MM-DD, to: YYYY-MM-DD}"
    ]


def test_zero_length_period(project):
    assert problems("title: T\nperiod: last 0 days\n") == [
        "config.yaml:2:9: period: 'last 0 days' covers no time; count 1 or more days"
    ]


def test_unknown_layout(project):
    assert problems("title: T\nlayout: breifing\n") == [
        "config.yaml:2:9: layout: unknown layout 'breifing' (did you mean 'briefing'?); "
        "built-in layouts: briefing, digest, or a folder of templates"
    ]


def test_missing_layout_folder(project):
    assert problems("title: T\nlayout: ./mine\n") == [
        "config.yaml:2:9: layout: no folder ./mine next to config.yaml; "
        "give a built-in layout (briefing, digest) or a folder of templates"
    ]


def test_a_layout_folder_without_base_extends_briefing(project):
    # One rule for config, check and render (layouts.resolve): a folder without base.html.j2
    # extends the built-in `briefing`, so a layout that overrides only a partial is valid.
    (project / "mine" / "parts").mkdir(parents=True)
    (project / "mine" / "parts" / "summary.html.j2").write_text("<h1>{{ part.title }}</h1>\n", encoding="utf-8")
    assert load("title: T\nlayout: mine\n").layout == "mine"


def test_a_layout_folder_extending_an_unknown_layout(project):
    (project / "mine").mkdir()
    (project / "mine" / "layout.yaml").write_text("extends: glossy\n", encoding="utf-8")
    assert problems("title: T\nlayout: mine\n") == [
        f"{project.resolve() / 'mine' / 'layout.yaml'}:1: extends: unknown built-in "
        "layout 'glossy'; built-in layouts: briefing, digest"
    ]


def test_missing_source(project):
    assert problems("title: T\nsources: [seeds/, news/]\n") == [
        "config.yaml:2:19: sources[1]: no file or folder news/ next to config.yaml; "
        "paths are relative to the config's folder, or absolute"
    ]


def test_sources_outside_the_config_folder_are_honoured(project, tmp_path_factory):
    # The config's author is trusted: a corpus on a shared mount is named where it is.
    (project / "inner").mkdir()
    write("title: T\nsources: [../seeds/]\n", "inner/config.yaml")
    assert load_config(Path("inner/config.yaml")).sources == ("../seeds/",)
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    os.symlink(elsewhere, project / "linked")
    assert load(f"title: T\nsources: [linked, {elsewhere}]\n").sources == ("linked", str(elsewhere))


def test_empty_sources(project):
    assert problems("title: T\nsources: []\n") == [
        "config.yaml:2:10: sources: must not be empty; give at least one path"
    ]


def test_unknown_topic_in_parts(project):
    assert problems("""
        title: T
        topics:
          economic: {title: Economic, keywords: [trade]}
        parts:
          - topics: [economc]
    """) == ["config.yaml:5:14: parts[0].topics[0]: unknown topic 'economc' (did you mean 'economic'?)"]


def test_topic_listed_twice(project):
    assert problems("""
        title: T
        topics:
          economic: {title: Economic, keywords: [trade]}
        parts:
          - topics: {keys: [economic, economic]}
    """) == ["config.yaml:5:31: parts[0].topics.keys[1]: topic 'economic' is listed twice"]


def test_topics_part_without_topics(project):
    assert problems("title: T\nparts: [topics]\n") == [
        "config.yaml:2:9: parts[0].topics: no topics are defined; add some under topics: or remove this part"
    ]


def test_a_chronology_from_after_its_to_is_refused(project):
    assert problems("title: T\nparts:\n  - chronology: {from: 2026-12-01, to: 2026-01-01}\n") == [
        "config.yaml:3:5: parts[0].chronology: from: 2026-12-01 is after to: 2026-01-01; give a from on or before "
        "the to"
    ]
    one_day = load("title: T\nparts:\n  - chronology: {from: 2026-01-01, to: 2026-01-01}\n")
    assert dict(one_day.parts[0].options)["from"] == dt.date(2026, 1, 1)


def test_duplicate_topic_key(project):
    assert problems("""
        title: T
        topics:
          economic: {title: Economic, keywords: [trade]}
          economic: {title: Money, keywords: [bank]}
    """) == ["config.yaml:4:3: topics.economic: duplicate key; it is first given at line 3"]


def test_empty_keywords(project):
    assert problems("title: T\ntopics:\n  economic: {title: Economic, keywords: []}\n") == [
        "config.yaml:3:41: topics.economic.keywords: must not be empty; give at least one keyword"
    ]


def test_topic_without_title(project):
    assert problems("title: T\ntopics:\n  economic: {keywords: [trade]}\n") == [
        "config.yaml:3:13: topics.economic.title: missing; a topic needs a title and keywords"
    ]


def test_unknown_topic_option(project):
    assert problems("title: T\ntopics:\n  economic: {title: E, keywords: [trade], min_scor: 2}\n") == [
        "config.yaml:3:43: topics.economic.min_scor: unknown topic option (did you mean 'min_score'?)"
    ]


def test_min_share_must_be_a_fraction(project):
    assert problems("title: T\ntopics:\n  economic: {title: E, keywords: [trade], min_share: 1.5}\n") == [
        "config.yaml:3:54: topics.economic.min_share: must be a number from 0 to 1, got 1.5"
    ]
    assert (
        load("title: T\ntopics:\n  economic: {title: E, keywords: [trade], min_share: 0}\n").topic("economic").min_share
        == 0
    )


def test_min_score_must_be_positive(project):
    assert problems("title: T\ntopics:\n  economic: {title: E, keywords: [trade], min_score: 0}\n") == [
        "config.yaml:3:54: topics.economic.min_score: must be a number above 0, got 0"
    ]


def test_unknown_part_kind(project):
    assert problems("title: T\nparts:\n  - sumary: {}\n") == [
        "config.yaml:3:5: parts[0].sumary: unknown part (did you mean 'summary'?)"
    ]


def test_part_with_two_keys(project):
    assert problems("title: T\nparts:\n  - summary: {}\n    sources: {}\n") == [
        "config.yaml:3:5: parts[0]: expected one part such as `- summary: {sentences: 6}`, got a mapping with 2 keys; "
        "parts: summary, topics, section, text, table, chronology, timeline, chart, about, new, sources"
    ]


def test_unknown_part_option(project):
    assert problems("title: T\nparts:\n  - chronology: {focus: true}\n") == [
        "config.yaml:3:18: parts[0].chronology.focus: unknown option of chronology (did you mean 'focus_only'?)"
    ]


def test_table_part_needs_a_number(project):
    assert problems("title: T\nparts:\n  - table: {document: paper}\n") == [
        "config.yaml:3:12: parts[0].table.number: missing; the table's number in that document, e.g. table: {document: paper, number: 1}"
    ]


def test_unknown_format(project):
    assert problems("title: T\nformats: [pdf, htm]\n") == [
        "config.yaml:2:16: formats[1]: unknown format 'htm' (did you mean 'html'?)"
    ]


def test_format_listed_twice(project):
    assert problems("title: T\nformats: [pdf, pdf]\n") == ["config.yaml:2:16: formats[1]: 'pdf' is listed twice"]


def test_unknown_output_placeholder(project):
    assert problems("title: T\noutput: out/{slg}.{ext}\n") == [
        "config.yaml:2:9: output: unknown placeholder {slg} (did you mean 'slug'?); "
        "placeholders: {slug}, {as_of}, {ext}, {title}"
    ]


def test_output_without_ext(project):
    assert problems("title: T\noutput: out/{slug}.pdf\n") == [
        "config.yaml:2:9: output: must contain {ext}, so each format gets its own file; e.g. out/{slug}-{as_of}.{ext}"
    ]


def test_output_with_unbalanced_brace(project):
    assert problems("title: T\noutput: 'out/{slug.{ext}'\n") == [
        "config.yaml:2:9: output: 'out/{slug.{ext}' is not a valid pattern (unexpected '{' in field name); "
        "write {{ and }} for literal braces"
    ]


def test_bad_slug(project):
    assert problems("title: T\nslug: Big Report\n") == [
        "config.yaml:2:7: slug: 'Big Report' is not a slug; use lowercase ASCII letters, digits and single hyphens"
    ]


def test_title_without_ascii_needs_a_slug(project):
    assert load("title: Казахстан\n").slug == "kazakhstan"  # Cyrillic is transliterated
    assert problems("title: قطر\n") == [
        "config.yaml:1:8: title: no ASCII letters or digits to make a file name from; "
        "give slug: (lowercase letters, digits and hyphens)"
    ]


def test_bad_language(project):
    assert problems("title: T\nlanguage: English\n") == [
        "config.yaml:2:11: language: 'English' is not a language code; use an ISO 639 code such as en, ru or kk"
    ]


def test_sources_must_be_a_list(project):
    assert problems("title: T\nsources: seeds/\n") == [
        "config.yaml:2:10: sources: expected a list of paths, got 'seeds/'"
    ]


def test_python_tags_are_never_constructed(project):
    assert problems('title: !!python/object/apply:os.system ["echo hi"]\n') == [
        "config.yaml:1:8: title: expected text, got a list"
    ]


def test_focus_of_wrong_shape(project):
    assert problems("title: T\nfocus: Qatar\n") == [
        "config.yaml:2:8: focus: expected a list of terms or {terms: [...], variants: {...}}, got 'Qatar'"
    ]


# -- all at once ---------------------------------------------------------------------


def test_all_problems_reported_at_once_in_file_order(monkeypatch):
    case = FIXTURES / "bad"
    monkeypatch.chdir(case)
    monkeypatch.setattr(layouts, "builtin_names", lambda: ["briefing", "digest"])
    with pytest.raises(ConfigError) as info:
        load_config(Path("config.yaml"), today=TODAY)
    assert str(info.value) + "\n" == (case / "expected.txt").read_text(encoding="utf-8")
    assert len(info.value.problems) == 12


# -- against the corpus ---------------------------------------------------------------


def _doc(doc_id: str, kind: str, tables: int = 0) -> Document:
    path = f"seeds/{doc_id}.txt" if kind == "news" else f"seeds/{doc_id}.md"
    return Document(
        id=doc_id,
        path=path,
        kind=kind,
        title=doc_id,
        published=None,
        items=(),
        location=Location(path, 1),
        tables=tuple(
            Table(f"{doc_id}-t{n}", n, f"Table {n}", ("a",), (("1",),), Location(path, n)) for n in range(1, tables + 1)
        ),
    )


CORPUS = Corpus((_doc("001_feed", "news"), _doc("002_paper", "paper", tables=2)))

PARTS = """
    title: T
    parts:
      - summary: {sentences: 2}
      - table: {document: paper, number: 1}
      - table:
          document: 002_paper.md
          number: 3
      - about: {document: paper}
"""


def test_corpus_check_passes_for_existing_tables(project):
    check_against_corpus(load(PARTS.replace("number: 3", "number: 2")), CORPUS)


def test_corpus_check_names_missing_table(project):
    cfg = load(PARTS)
    with pytest.raises(ConfigError) as info:
        check_against_corpus(cfg, CORPUS)
    assert info.value.problems == [
        "config.yaml:7:7: parts[2].table.number: no table 3 in seeds/002_paper.md; tables: 1, 2"
    ]


def test_corpus_check_names_missing_document(project):
    cfg = load(PARTS.replace("002_paper.md", "002_papr"))
    with pytest.raises(ConfigError) as info:
        check_against_corpus(cfg, CORPUS)
    assert info.value.problems == [
        "config.yaml:6:7: parts[2].table.document: no document '002_papr' among the sources "
        "(did you mean '002_paper'?); give a document id, file name or path, or 'paper'"
    ]


def test_corpus_check_about_needs_a_paper(project):
    cfg = load("title: T\nparts:\n  - about: {document: 001_feed}\n")
    with pytest.raises(ConfigError) as info:
        check_against_corpus(cfg, CORPUS)
    assert info.value.problems == [
        "config.yaml:3:13: parts[0].about.document: seeds/001_feed.txt is a news document; `about` describes a paper"
    ]


def test_corpus_check_paper_is_ambiguous(project):
    cfg = load("title: T\nparts:\n  - table: {number: 1}\n")
    corpus = Corpus((*CORPUS.documents, _doc("003_other", "paper")))
    with pytest.raises(ConfigError) as info:
        check_against_corpus(cfg, corpus)
    assert info.value.problems == [
        "config.yaml:3:5: parts[0].table.document: 'paper' is ambiguous: the sources hold 2 papers "
        "(seeds/002_paper.md, seeds/003_other.md); name one by id or file name"
    ]


def test_corpus_check_without_a_paper(project):
    cfg = load("title: T\nparts:\n  - about: {}\n")
    with pytest.raises(ConfigError) as info:
        check_against_corpus(cfg, Corpus((_doc("001_feed", "news"),)))
    assert info.value.problems == [
        "config.yaml:3:5: parts[0].about.document: no paper among the sources; name a document by id or file name"
    ]


def test_the_default_humanitarian_topic_knows_health_aid_and_town_twinning():
    from reportgen.analysis.topics import score_topics
    from reportgen.corpus import Article, Location, Paragraph

    cfg = load_config(REPO / "config.yaml")
    for text in (
        "Volunteers of a Qatari charity ran a medical camp at the district hospital.",
        "Doha and Almaty signed a twinning agreement; the two sister cities will exchange delegations.",
    ):
        story = Article("a", "feed", "News", None, (Paragraph("p", text, Location("f.txt", 2)),), Location("f.txt", 1))
        assert [m.topic for m in score_topics(story, cfg.topics)][:1] == ["cultural"], text
