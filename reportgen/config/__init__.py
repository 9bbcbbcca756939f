"""Load config.yaml into a BriefingConfig; every problem names config.yaml:LINE:COL and the key.

schema.py declares every key once (type, default, help); readers.py reads each by its
type; nodes.py keeps the YAML positions; part options come from the part-kind registry
(reportgen/parts/). The whole file is checked before anything is built, and every
problem is reported at once (ConfigError).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportgen.config.model import BriefingConfig, FocusSpec, PartSpec, Period, SectionRule, TopicDef
from reportgen.config.nodes import NodeReader, parse, read_config_text
from reportgen.config.periods import resolve_since_last_run
from reportgen.config.readers import FORMATS, PLACEHOLDERS, Reading, slugify
from reportgen.config.schema import KEYS
from reportgen.errors import ConfigError

__all__ = [
    "BriefingConfig",
    "FocusSpec",
    "PartSpec",
    "Period",
    "SectionRule",
    "TopicDef",
    "KEYS",
    "FORMATS",
    "PLACEHOLDERS",
    "load_config",
    "read_config_text",
    "resolve_since_last_run",
    "slugify",
]


def load_config(path: Path, *, as_of: dt.date | None = None, today: dt.date | None = None) -> BriefingConfig:
    """Read and fully check a config file; raise ConfigError listing every problem found.

    `as_of` overrides the file's as_of; `today` stands in for date.today() (tests).
    """
    path = Path(path)
    root = parse(path)
    reader = NodeReader(str(path))
    cfg = Reading(reader, path, as_of, today or dt.date.today()).build(root)
    if reader.problems or cfg is None:
        raise ConfigError(reader.sorted_problems())
    return cfg
