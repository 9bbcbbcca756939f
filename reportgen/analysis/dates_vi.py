"""The Vietnamese part of the date grammar: months are numbered, not named ("ngày 1 tháng 3 năm 2027", "tháng 3 năm
2027", "ngày 18 tháng 11"), so `reportgen.analysis.dates` tries it at a number that "tháng" follows or precedes.
Labels stay English, as for the other languages."""

from __future__ import annotations

import re

# At a day's number: "(ngày) 1 tháng 3 (năm 2027)"
DAY = re.compile(r"(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})(?:\s+năm\s+(?P<year>\d{4}))?(?!\d)")
# At a month's number: "tháng 3 năm 2027" (the words before it are "tháng ", checked by `MONTH_BEFORE`)
MONTH = re.compile(r"(?P<month>\d{1,2})\s+năm\s+(?P<year>\d{4})(?!\d)")
MONTH_BEFORE = re.compile(r"(?<!\d\s)tháng\s+$", re.IGNORECASE)
# What a number must be followed by for the grammar to be worth trying
AFTER_NUMBER = re.compile(r"\s+(?:tháng|năm)\s+\d")
