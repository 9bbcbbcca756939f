"""The wheel ships every package of reportgen/ and every layout folder of templates/."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_and_layout_folder_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    code = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "reportgen").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    layouts = {
        ".".join(("reportgen", *folder.relative_to(ROOT).parts))
        for folder in [ROOT / "templates", *(ROOT / "templates").rglob("*")]
        if folder.is_dir() and "__pycache__" not in folder.parts
    }
    assert code | layouts == listed


def test_the_message_catalogs_are_package_data():
    import fnmatch

    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    patterns = setuptools["package-data"]["reportgen.locale"]
    catalogs = [p.name for p in (ROOT / "reportgen" / "locale").iterdir() if p.suffix in (".po", ".pot")]
    assert {"ru.po", "kk.po", "reportgen.pot"} <= set(catalogs)
    assert [c for c in catalogs if not any(fnmatch.fnmatch(c, p) for p in patterns)] == []
