"""The month names of the languages whose dates reportgen reads beside English, lower case (Greek, which capitalises
them, as well), with their numbers: one table for the news date grammar (`analysis.dates_romance`) and the
submission-history reader (`ingest.history_forms`).  A leaf module: the ingest path imports it without the date
grammar."""

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
    # Greek: the genitive after a day ("18 Νοεμβρίου 2026"), the accusative and nominative before a year ("τον
    # Μάρτιο του 2027", "Μάρτιος 2027")
    **dict.fromkeys(("ιανουαρίου", "ιανουάριο", "ιανουάριος"), 1),
    **dict.fromkeys(("φεβρουαρίου", "φεβρουάριο", "φεβρουάριος"), 2),
    **dict.fromkeys(("μαρτίου", "μάρτιο", "μάρτιος"), 3),
    **dict.fromkeys(("απριλίου", "απρίλιο", "απρίλιος"), 4),
    **dict.fromkeys(("μαΐου", "μαίου", "μάιο", "μάιος"), 5),
    **dict.fromkeys(("ιουνίου", "ιούνιο", "ιούνιος"), 6),
    **dict.fromkeys(("ιουλίου", "ιούλιο", "ιούλιος"), 7),
    **dict.fromkeys(("αυγούστου", "αύγουστο", "αύγουστος"), 8),
    **dict.fromkeys(("σεπτεμβρίου", "σεπτέμβριο", "σεπτέμβριος"), 9),
    **dict.fromkeys(("οκτωβρίου", "οκτώβριο", "οκτώβριος"), 10),
    **dict.fromkeys(("νοεμβρίου", "νοέμβριο", "νοέμβριος"), 11),
    **dict.fromkeys(("δεκεμβρίου", "δεκέμβριο", "δεκέμβριος"), 12),
}
# German, where its months differ from the English and the others' ("3. Februar 2027", "im Dezember 2026")
GERMAN_MONTHS = {"januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12}
MONTHS.update(GERMAN_MONTHS)
# Turkish ("7 Temmuz 2027 tarihinde", "Ekim 2027'de"), written with a capital
TURKISH_MONTHS = {
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6,
    "temmuz": 7, "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
}  # fmt: skip
# (and as the date grammar reads them, with "ı" folded to "i": "Kasim")
TURKISH_MONTHS.update({word.replace("ı", "i"): n for word, n in TURKISH_MONTHS.items() if "ı" in word})
MONTHS.update(TURKISH_MONTHS)
# (Greek, German and Turkish months are written with a capital: the date grammar reads them so too)
CAPITALISED = tuple(
    word[0].upper() + word[1:]
    for word in MONTHS
    if "\u0370" <= word[0] <= "\u03ff" or word in GERMAN_MONTHS or word in TURKISH_MONTHS
)
