"""Translate the built-in layouts' fixed words through gettext catalogs: reportgen/locale/<language>.po.

The .po files are read as they are (no compiled .mo): adding a language is adding one text
file, and a catalog of a few hundred short messages parses in about a millisecond. English
is the source language and needs no catalog; a language without one keeps the English words.
Text from the sources is never translated, only what the layouts and part assemblers write.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from reportgen.errors import CatalogError

LOCALE = Path(__file__).with_name("locale")
SOURCE_LANGUAGE = "en"
_GERMANIC = "nplurals=2; plural=(n != 1);"


class Catalog:
    """One language's messages: (context or None, msgid) -> its translated forms.

    Has the methods of gettext.NullTranslations that Jinja's i18n extension calls. An entry
    without a translation, or marked fuzzy, falls back to the English msgid, as with
    msgfmt-compiled catalogs.
    """

    def __init__(self, language: str, messages: dict[tuple[str | None, str], tuple[str, ...]], plural) -> None:
        self.language = language
        self.messages = messages
        self.plural: Callable[[int], int] = plural

    def gettext(self, message: str) -> str:
        return self.pgettext(None, message)

    def pgettext(self, context: str | None, message: str) -> str:
        forms = self.messages.get((context, message))
        return forms[0] if forms and forms[0] else message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return self.npgettext(None, msgid1, msgid2, n)

    def npgettext(self, context: str | None, msgid1: str, msgid2: str, n: int) -> str:
        forms = self.messages.get((context, msgid1))
        if forms:
            index = self.plural(n)
            if index < len(forms) and forms[index]:
                return forms[index]
        return msgid1 if n == 1 else msgid2


def available() -> tuple[str, ...]:
    """Languages with a catalog, English first."""
    return (SOURCE_LANGUAGE, *sorted(p.stem for p in LOCALE.glob("*.po")))


@cache
def catalog(language: str) -> Catalog:
    """The catalog of `language` ('kk', or 'kk-KZ' falling back to 'kk'); English words if there is none."""
    for name in (language, language.split("-")[0]):
        path = LOCALE / f"{name}.po"
        if name != SOURCE_LANGUAGE and path.is_file():
            return read_po(path, name)
    return Catalog(SOURCE_LANGUAGE, {}, lambda n: int(n != 1))


def language_warnings(cfg) -> list[str]:
    """A warning when the config's language has no catalog: its layouts would stay English."""
    if catalog(cfg.language).language != SOURCE_LANGUAGE or cfg.language.split("-")[0] == SOURCE_LANGUAGE:
        return []
    return [
        f"warning: {cfg.path}:{cfg.line_of('language')}: language: no catalog for '{cfg.language}', so the "
        f"layouts' fixed words and dates stay English; catalogs: {', '.join(available())} (to add one, see "
        f"'Other languages' in the README)"
    ]


def read_po(path: Path, language: str) -> Catalog:
    """Parse a .po file: msgctxt, msgid, msgid_plural, msgstr and msgstr[N], strings split over lines."""
    messages: dict[tuple[str | None, str], tuple[str, ...]] = {}
    entry: dict[str, str] = {}
    field = ""
    fuzzy = False

    def finish() -> None:
        nonlocal entry, fuzzy
        if "msgid" in entry and not fuzzy:
            forms = tuple(entry[k] for k in sorted((k for k in entry if k.startswith("msgstr")), key=_form_index))
            messages[(entry.get("msgctxt"), entry["msgid"])] = forms
        entry, fuzzy = {}, False

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            if line.startswith("#,") and "fuzzy" in line:
                if "msgid" in entry:
                    finish()
                fuzzy = True
            continue
        keyword, _, rest = line.partition(" ")
        if line.startswith('"'):
            if not field:
                raise CatalogError(f"{path}:{number}: a string outside an entry; start it with msgid")
            entry[field] += _string(path, number, line)
            continue
        if keyword not in ("msgctxt", "msgid", "msgid_plural", "msgstr") and not keyword.startswith("msgstr["):
            raise CatalogError(
                f"{path}:{number}: unknown keyword '{keyword}'; a .po entry has msgctxt, msgid, msgid_plural, msgstr"
            )
        if keyword in ("msgctxt", "msgid") and any(k.startswith("msgstr") for k in entry):
            finish()  # a new entry starts
        field = keyword
        entry[field] = _string(path, number, rest.strip())
    finish()
    header = dict(line.split(":", 1) for line in messages.pop((None, ""), ("",))[0].splitlines() if ":" in line)
    plural_forms = header.get("Plural-Forms", _GERMANIC)
    expression = plural_forms.split("plural=", 1)[-1].strip().rstrip(";")
    import gettext  # its plural-expression compiler; English builds never load it

    try:
        plural = gettext.c2py(expression)
    except ValueError:
        raise CatalogError(f"{path}: Plural-Forms '{plural_forms.strip()}' is no plural expression") from None
    return Catalog(language, messages, plural)


def _form_index(key: str) -> int:
    return int(key[7:-1]) if key.startswith("msgstr[") else 0


_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')


def _string(path: Path, number: int, text: str) -> str:
    """The text of a .po string literal: "..." with \\n, \\t, \\" and \\\\ escapes."""
    match = _QUOTED.fullmatch(text)
    if match is None:
        raise CatalogError(f'{path}:{number}: expected a "quoted string", got {text!r}; escape quotes inside as \\"')
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m[1], m[0]), match[1])
