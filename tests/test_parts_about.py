"""The about part: a paper's facts and its abstracts, each in its own language and direction."""

from pathlib import Path

from reportgen.cli import main
from reportgen.render.markup import direction, list_separator, text_direction

PAPER = """\
# Morocco and Senegal: an Atlantic partnership

Aminata Diop<sup>1</sup>

<sup>1</sup> Cheikh Anta Diop University, Dakar, Senegal

**Abstract:** This article examines relations between Morocco and Senegal from 1960 to 2026, with a focus on trade.

**Keywords:** Morocco; Senegal; trade; investment

### المغرب والسنغال

يتناول هذا المقال العلاقات بين المملكة المغربية وجمهورية السنغال منذ الاستقلال حتى عام 2026 مع التركيز على التجارة.

الكلمات المفتاحية: المغرب؛ السنغال؛ التجارة

## Introduction

Relations between Morocco and Senegal began in 1960.
"""

CONFIG = """\
title: Morocco–Senegal
as_of: 2027-03-05
sources: [papers/]
formats: [html]
parts:
  - about: {document: paper}
"""


def test_an_arabic_abstract_is_laid_out_right_to_left_with_its_own_commas(tmp_path: Path, monkeypatch):
    (tmp_path / "papers").mkdir()
    (tmp_path / "papers" / "paper.md").write_text(PAPER, encoding="utf-8")
    (tmp_path / "config.yaml").write_text(CONFIG, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REPORTGEN_PREFORK", "0")
    assert main(["build", "-q", "config.yaml"]) == 0
    html = next((tmp_path / "out").glob("*.html")).read_text(encoding="utf-8")
    assert '<section class="abstract" lang="en" dir="ltr">' in html
    assert '<section class="abstract" lang="ar" dir="rtl">' in html
    # (the label is in the briefing's language: upper-cased in Turkish rules it would read "TURKİSH")
    assert '<h2 class="abstract-language" lang="en" dir="ltr">Abstract · Arabic</h2>' in html
    assert '<span lang="ar">المغرب، السنغال، التجارة</span>' in html


def test_direction_and_list_separator_by_language():
    assert [direction(code) for code in ("ar", "fa", "he", "en", "hy", "kk")] == ["rtl"] * 3 + ["ltr"] * 3
    assert (list_separator("ar"), list_separator("fr")) == ("، ", ", ")
    # a text's own: its first letter of a strong direction ("«" and digits have none)
    assert text_direction("«وبحث جلالته مع الرئيسة ميلوني» 2027") == "rtl"
    assert text_direction("2027: King Abdullah II وبحث") == "ltr"
    assert text_direction("") == "ltr"
