"""The month names of the languages whose dates reportgen reads beside English, lower case as those languages write
them, with their numbers: one table for the news date grammar (`analysis.dates_romance`) and the submission-history
reader (`ingest.history_forms`).  A leaf module: the ingest path imports it without the date grammar."""

from __future__ import annotations

ENGLISH_MONTHS = "January February March April May June July August September October November December".split()

MONTHS = {
    # Spanish, Portuguese, French, Italian, Catalan; Polish in the genitive ("19 stycznia 2027 r.")
    **dict.fromkeys(("enero", "janeiro", "janvier", "gennaio", "gener", "stycznia"), 1),
    **dict.fromkeys(("febrero", "fevereiro", "février", "fevrier", "febbraio", "febrer", "lutego"), 2),
    **dict.fromkeys(("marzo", "março", "marco", "mars", "març", "marca"), 3),
    **dict.fromkeys(("abril", "avril", "aprile", "kwietnia"), 4),
    **dict.fromkeys(("mayo", "maio", "mai", "maggio", "maig", "maja"), 5),
    **dict.fromkeys(("junio", "junho", "juin", "giugno", "juny", "czerwca"), 6),
    **dict.fromkeys(("julio", "julho", "juillet", "luglio", "juliol", "lipca"), 7),
    **dict.fromkeys(("agosto", "août", "aout", "agost", "sierpnia"), 8),
    **dict.fromkeys(("septiembre", "setiembre", "setembro", "septembre", "settembre", "setembre", "września"), 9),
    **dict.fromkeys(("octubre", "outubro", "octobre", "ottobre", "października"), 10),
    **dict.fromkeys(("noviembre", "novembro", "novembre", "listopada"), 11),
    **dict.fromkeys(("diciembre", "dezembro", "décembre", "decembre", "dicembre", "desembre", "grudnia"), 12),
    # Arabic: the Levantine names and the ones of Egypt and the Gulf ("26 كانون الثاني 2027", "3 مارس 2026")
    **dict.fromkeys(("كانون الثاني", "يناير"), 1),
    **dict.fromkeys(("شباط", "فبراير"), 2),
    **dict.fromkeys(("آذار", "مارس"), 3),
    **dict.fromkeys(("نيسان", "أبريل", "ابريل"), 4),
    **dict.fromkeys(("أيار", "مايو"), 5),
    **dict.fromkeys(("حزيران", "يونيو", "يونيه"), 6),
    **dict.fromkeys(("تموز", "يوليو", "يوليه"), 7),
    **dict.fromkeys(("آب", "أغسطس"), 8),
    **dict.fromkeys(("أيلول", "سبتمبر"), 9),
    **dict.fromkeys(("تشرين الأول", "أكتوبر"), 10),
    **dict.fromkeys(("تشرين الثاني", "نوفمبر"), 11),
    **dict.fromkeys(("كانون الأول", "ديسمبر"), 12),
}
