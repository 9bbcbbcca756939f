"""Create a new briefing project: a commented config, example sources and a custom layout.

The files are kept here as strings rather than as package data: pyproject.toml lists
the packages and data globs explicitly, and one module is easier to keep in step with
the config schema (tests build the generated project to prove it still works).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from reportgen.errors import UsageError
from reportgen.files import why_not_writable

_HEADER = """\
# A reportgen briefing. Build it with:
#
#   reportgen build config.yaml          # writes out/<slug>-<as_of>.pdf (and .html)
#   reportgen watch config.yaml          # rebuilds whenever a file below changes
#   reportgen check config.yaml          # checks config and templates without rendering
#   reportgen check --explain-keys       # every key, its default and meaning
#
# Relative paths (sources, layout, output, state) are relative to this file's folder.
# Every key is checked before anything is built; mistakes are reported as
# config.yaml:LINE:COL with the key and what is allowed.
"""

# The example's values; each key's comment comes from the schema (reportgen/config/schema.py).
_EXAMPLE: tuple[tuple[str, str], ...] = (
    ("title", "Arvenia–Belmora Relations"),
    ("subtitle", "An example briefing made by reportgen init"),
    ("organisation", "Example Analysis Unit"),
    ("as_of", "today"),
    ("period", "all"),
    ("layout", "layouts/custom            # extends the built-in briefing layout with its own cover"),
    ("sources", "\n  - seeds/"),
    ("focus", "[Belmora, Belmoran]"),
    (
        "topics",
        """
  economic:
    title: Trade and investment
    keywords: [trade, invest, econom, export, energy, agricultur, business]
  transport:
    title: Transport
    keywords: [rail, freight, corridor, port, transport, route]
  cultural:
    title: Culture and education
    keywords: [cultur, exhibition, concert, music, universit, student, exchange]""",
    ),
    (
        "parts",
        """
  - summary: {sentences: 4}
  - topics: [economic, transport, cultural]
  - chronology: {}
  - new: {}          # items first seen since the last successful build
  - sources: {}""",
    ),
    ("output", "out/{slug}-{as_of}.{ext}"),
    ("formats", "[pdf, html]"),
)


def _config() -> str:
    from reportgen.config.docs import comment

    blocks = [f"{comment(key)}\n{key}:" + ("" if value.startswith("\n") else " ") + value for key, value in _EXAMPLE]
    return _HEADER + "\n" + "\n\n".join(blocks) + "\n"


CONFIG = _config()

ARTICLE = """\
 date 2026-02-10 Arvenia and Belmora signed an agreement on a joint rail freight corridor in Kessa on 10 February 2026.

The corridor will link the port of Kessa with the Belmoran capital, Doran, and is due to open in autumn 2027. Officials said the first trial trains would run in June 2026.

Belmora's transport minister said the route would cut freight times by a third and open new markets for Arvenian farmers.

The two governments also agreed to set up a working group on customs procedures, which will hold its first meeting in March 2026.
"""

FEED = """\
18.02.2026
Belmoran Culture Days open in Kessa
The Culture Days of Belmora opened in Kessa with an exhibition of Belmoran textiles and a concert of traditional music. The programme runs until 25 February 2026.
Organisers said a return event in Doran is planned for 2027.
12.02.2026
Arvenian and Belmoran universities agree a student exchange
Three Arvenian universities signed memoranda with partners in Belmora on student exchange and joint research. The first exchange students will arrive in September 2026.
05.02.2026
Arvenian trade mission visits Doran
An Arvenian trade mission of 40 companies visited Doran to discuss investment in Belmoran energy and agriculture. Trade between the two countries grew by 12 per cent in 2025.
"""

LAYOUT_META = """\
# This folder is a layout: its templates come first, then those of the built-in
# layout it extends, then the shared partials. A file with a built-in's name replaces it.
extends: briefing
"""

LAYOUT_BASE = """\
{#- A custom layout: the built-in briefing layout with its own cover.
    `reportgen layouts` lists every block you can override; templates see only `briefing`. -#}
{% extends "briefing:base.html.j2" %}

{% block cover %}
<header class="cover">
  <p class="cover-org">{{ briefing.organisation }}</p>
  <div class="cover-main">
    <p class="cover-kicker">Example briefing</p>
    <h1 class="cover-title">{{ briefing.title }}</h1>
    {% if briefing.subtitle %}<p class="cover-subtitle">{{ briefing.subtitle }}</p>{% endif %}
  </div>
  <dl class="cover-facts">
    <div><dt>As of</dt><dd>{{ briefing.as_of|long_date }}</dd></div>
    <div><dt>Period covered</dt><dd>{{ briefing.period_label }}</dd></div>
  </dl>
</header>
{% endblock %}
"""

GITIGNORE = """\
out/
.reportgen/
"""

#: Relative path -> content, in the order they are written and listed.
FILES: dict[str, str] = {
    "config.yaml": CONFIG,
    "seeds/belmora-rail-corridor.txt": ARTICLE,
    "seeds/belmora-news-feed.txt": FEED,
    "layouts/custom/layout.yaml": LAYOUT_META,
    "layouts/custom/base.html.j2": LAYOUT_BASE,
    ".gitignore": GITIGNORE,
}


def create_project(folder: Path | str) -> list[Path]:
    """Write a new project into `folder` (created if missing); UsageError if it exists and is not empty.

    All or nothing: if a file cannot be written (no permission, a file where a folder
    should be, a full disk), what this call created is removed again, so a second try
    does not meet a half-made project that "is not empty".
    """
    folder = Path(folder)
    if os.path.lexists(folder) and not folder.is_dir():
        what = "a link to nowhere" if folder.is_symlink() and not folder.exists() else "a file"
        raise UsageError(f"{folder} is {what}; give a new or empty folder for the project")
    if folder.is_dir() and any(folder.iterdir()):
        raise UsageError(f"{folder} is not empty; reportgen init never overwrites files — give a new or empty folder")
    created: list[Path] = []  # files and folders made here, in order
    try:
        for name, text in FILES.items():
            path = folder / name
            for parent in reversed([path.parent, *path.parent.parents]):
                if not os.path.lexists(parent):
                    parent.mkdir()
                    created.append(parent)
            with open(path, "x", encoding="utf-8") as out:  # "x": never clobber a file that appeared meanwhile
                created.append(path)
                out.write(text)
    except OSError as exc:
        for path in reversed(created):
            with contextlib.suppress(OSError):
                path.rmdir() if path.is_dir() else path.unlink()
        raise UsageError(
            f"cannot create the project in {folder}: {why_not_writable(exc.filename or folder, exc)}; "
            "give a folder you can write to"
        ) from None
    return [path for path in created if path.is_file()]
