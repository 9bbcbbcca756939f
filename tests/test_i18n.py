"""Other languages: the layouts' fixed words and dates through message catalogs; Cyrillic slugs."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io

import pytest
from pypdf import PdfReader

from reportgen.config import slugify
from reportgen.datefmt import event_label, long_date, month_year, short_date, span
from reportgen.errors import CatalogError
from reportgen.i18n import available, catalog, read_po
from reportgen.render.markup import css_counters

from conftest import REPO, run_cli

D = dt.date


def test_dates_in_russian_use_the_genitive_and_in_kazakh_the_year_first():
    assert long_date(D(2026, 12, 3), "ru") == "3 декабря 2026"
    assert long_date(D(2026, 12, 3), "kk") == "2026 жылғы 3 желтоқсан"
    assert short_date(D(2026, 2, 20), "ru") == "20 февр. 2026"
    assert month_year(3, 2024, "ru") == "март 2024"
    assert span(D(2026, 2, 14), D(2026, 2, 20), "ru") == "14–20 февраля 2026"
    assert span(D(2026, 3, 1), D(2026, 5, 31), "kk") == "2026 жылғы 1 наурыз – 31 мамыр"
    assert span(D(1990, 1, 1), D(2026, 2, 20), "ru") == "1 января 1990 – 20 февраля 2026"
    assert long_date(None, "ru") == "без даты"
    # English is unchanged, and a language without a catalog keeps the English words
    assert long_date(D(2026, 12, 3)) == long_date(D(2026, 12, 3), "de") == "3 December 2026"


@pytest.mark.parametrize(
    ("label", "ru", "kk"),
    [
        ("2–4 February 2026", "2–4 февраля 2026", "2026 жылғы 2–4 ақпан"),
        ("19 November – 11 December 2025", "19 ноября – 11 декабря 2025", "2025 жылғы 19 қараша – 11 желтоқсан"),
        ("June 2017", "Июнь 2017", "2017 жылғы маусым"),
        ("Autumn 2024", "Осень 2024", "2024 жылғы күз"),
        ("Winter 2024/25", "Зима 2024/25", "2024/25 жылғы қыс"),
        ("Q1 2026", "1-й квартал 2026", "2026 жылғы 1-тоқсан"),
        ("first half of 2023", "Первое полугодие 2023", "2023 жылдың бірінші жартысы"),
        ("early 2010s", "Начало 2010-х", "2010-жылдардың басы"),
        ("1990s", "1990-е", "1990-жылдар"),
        ("1999, 2008 and 2011", "1999, 2008 и 2011", "1999, 2008 және 2011"),
    ],
)
def test_the_chronologys_date_labels_are_written_in_the_briefings_language(label, ru, kk):
    english = label[:1].upper() + label[1:]  # "First half of 2023": a label standing alone
    assert (event_label(label, "ru"), event_label(label, "kk"), event_label(label, "en")) == (ru, kk, english)


def test_slugs_transliterate_russian_and_kazakh_titles():
    assert slugify("Казахстан и Катар: итоги 2026") == "kazakhstan-i-katar-itogi-2026"
    assert slugify("Қазақстан мен Қатар әріптестігі") == "qazaqstan-men-qatar-ariptestigi"
    assert slugify("Объём, щедрость, Ньютон, ұлы үй, һ") == "obyom-shchedrost-nyuton-uly-uy-h"
    assert slugify("Kazakhstan–Qatar Relations") == "kazakhstan-qatar-relations"


def test_page_x_of_y_becomes_css_counters_in_the_languages_own_order():
    assert css_counters(catalog("ru").gettext("page {page} of {pages}")) == (
        '"стр. " counter(page) " из " counter(pages)'
    )
    assert css_counters(catalog("kk").gettext("page {page} of {pages}")) == (
        'counter(pages) " беттің " counter(page) "-беті"'
    )


def test_russian_plurals_follow_the_catalogs_plural_forms():
    ru = catalog("ru")
    forms = [ru.ngettext("%(count)s source", "%(count)s sources", n) % {"count": n} for n in (1, 3, 5, 11, 21, 22)]
    assert forms == ["1 источник", "3 источника", "5 источников", "11 источников", "21 источник", "22 источника"]


def test_every_message_is_in_the_template_and_translated_by_every_catalog():
    spec = importlib.util.spec_from_file_location("catalogs", REPO / "scripts" / "catalogs.py")
    assert spec and spec.loader
    catalogs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(catalogs)
    out = io.StringIO()
    import contextlib

    with contextlib.redirect_stdout(out):
        code = catalogs.main(["--check"])
    assert code == 0, out.getvalue()
    assert {"ru", "kk"} <= set(available())


def test_a_fuzzy_or_empty_entry_falls_back_to_english_and_a_bad_line_is_named(tmp_path):
    po = tmp_path / "xx.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        '#, fuzzy\nmsgid "Contents"\nmsgstr "Inhalt"\n\nmsgid "Sources"\nmsgstr ""\n\n'
        'msgctxt "month"\nmsgid "May"\nmsgstr "Mai"\n',
        encoding="utf-8",
    )
    xx = read_po(po, "xx")
    assert (xx.gettext("Contents"), xx.gettext("Sources"), xx.pgettext("month", "May"), xx.gettext("May")) == (
        "Contents",
        "Sources",
        "Mai",
        "May",
    )
    po.write_text('msgid "Contents"\nmsgstr Inhalt\n', encoding="utf-8")
    with pytest.raises(CatalogError) as caught:
        read_po(po, "xx")
    assert str(caught.value) == f"{po}:2: expected a \"quoted string\", got 'Inhalt'; escape quotes inside as \\\""


ARTICLE = """ date 2026-11-20 Delegations of Kazakhstan and Qatar met in Doha to discuss trade.

On 12 March 2024, Kazakhstan and Qatar signed an agreement on investment in Astana.

The ministers agreed that a joint business forum will be held in Doha on 15 February 2027.
"""


def _build(root, language: str, title: str) -> tuple[str, list[str]]:
    (root / "news.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "config.yaml").write_text(
        f"title: {title}\norganisation: Analysis Unit\nlanguage: {language}\nas_of: 2026-12-03\n"
        "sources: [news.txt]\nparts:\n  - summary: {sentences: 2}\n  - chronology: {}\n  - sources: {}\n"
        "formats: [pdf]\n",
        encoding="utf-8",
    )
    code, out, err = run_cli("build", root / "config.yaml")
    assert code == 0, err
    pdf = out.strip().splitlines()[0]
    return pdf, [page.extract_text() for page in PdfReader(pdf).pages]


def test_a_russian_briefing_has_russian_fixed_words_dates_and_footer_but_its_sources_stay_english(
    tmp_path, monkeypatch
):
    monkeypatch.setenv("REPORTGEN_PREFORK", "0")
    pdf, pages = _build(tmp_path, "ru", "Казахстан и Катар")
    assert pdf.endswith("kazakhstan-i-katar-2026-12-03.pdf")
    cover, toc, *rest = pages
    assert "СПРАВКА" in cover and "ПО СОСТОЯНИЮ НА" in cover and "3 декабря 2026" in cover
    assert "все даты по 3 декабря 2026" in cover  # the period, `all` by default
    assert "Содержание" in toc and "Главное" in toc and "Хронология" in toc and "Источники" in toc
    body = "\n".join(rest)
    assert "12 марта 2024" in body and "15 февраля 2027" in body  # the chronology's dates
    assert "ПЛАНИРУЕТСЯ" in body  # the forum after the as-of date (the flag is set in capitals)
    assert "signed an agreement on investment" in body  # source text is never translated
    assert f"стр. 2 из {len(pages)}" in toc
    assert "Подготовлено: Analysis Unit, по 1 источнику · по состоянию на 3 декабря 2026" in pages[-1]
    assert not any(word in body for word in ("Contents", "Chronology", "Planned", "page 2 of"))


def test_a_kazakh_briefing_has_a_kazakh_cover_dates_and_footer(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTGEN_PREFORK", "0")
    pdf, pages = _build(tmp_path, "kk", "Қазақстан мен Қатар")
    assert pdf.endswith("qazaqstan-men-qatar-2026-12-03.pdf")
    cover, toc, *rest = pages
    assert "АНЫҚТАМА" in cover and "2026 жылғы 3 желтоқсан" in cover and "ДЕРЕККӨЗДЕР" in cover
    assert "Мазмұны" in toc and f"{len(pages)} беттің 2-беті" in toc
    assert "2024 жылғы 12 наурыз" in " ".join(" ".join(rest).split())  # the date column may wrap it


def test_figure_descriptions_for_screen_readers_are_in_the_briefings_language():
    from reportgen.parts.chart import describe as describe_chart
    from reportgen.parts.timeline import describe as describe_timeline

    assert describe_timeline((), (), "ru") == "Шкала событий: датированных событий нет."
    assert describe_chart("bar", "Project", "Volume", "", (), None, "kk") == (
        "«Volume» диаграммасы («Project» бағаны бойынша): сандар жоқ."
    )


def test_a_language_without_a_catalog_is_built_in_english_with_a_warning(project):
    config = project / "config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("language: en", "language: de"), encoding="utf-8")
    code, out, err = run_cli("check", "config.yaml")
    assert code == 0, err
    assert (
        "warning: config.yaml:15: language: no catalog for 'de', so the layouts' fixed words and dates stay "
        "English; catalogs: en, kk, ru (to add one, see 'Other languages' in the README)"
    ) in err


def test_a_papers_reference_and_short_form_are_in_the_briefings_language():
    from reportgen.briefing import paper_reference, short_reference
    from reportgen.corpus import Document, Location

    paper = Document(
        id="p",
        path="paper.md",
        kind="paper",
        title="Foreign Policy Cooperation",
        published=None,
        items=(),
        location=Location("paper.md", 1),
        authors=("A. Abu Shawer", "A.K. Kurmangali", "S. Twaiss"),
        metadata=(("submitted", "2025-04-08"), ("accepted", "2025-08-20")),
    )
    assert short_reference(paper, "ru") == "A. Abu Shawer и др. (2025)"
    assert paper_reference(paper, "ru").endswith("Поступила 8 апреля 2025; принята 20 августа 2025.")
    assert paper_reference(paper, "kk").endswith("Жіберілді: 2025 жылғы 8 сәуір; қабылданды: 2025 жылғы 20 тамыз.")
    assert paper_reference(paper).endswith("Submitted 8 April 2025; accepted 20 August 2025.")


def test_a_user_layout_translates_what_it_marks_and_keeps_its_own_words(tmp_path):
    import dataclasses

    from reportgen.layouts import resolve
    from reportgen.render.html import render_html

    spec = importlib.util.spec_from_file_location("briefing_sample", REPO / "tests" / "fixtures" / "briefing_sample.py")
    assert spec and spec.loader
    sample = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sample)
    briefing = dataclasses.replace(sample.sample_briefing(), language="ru")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "base.html.j2").write_text(
        '{{ _("Contents") }} | Contents | {{ briefing.as_of|long_date }}\n', encoding="utf-8"
    )
    html = render_html(briefing, resolve("mine", base_dir=tmp_path))
    assert html == "Содержание | Contents | 20 февраля 2026\n"
