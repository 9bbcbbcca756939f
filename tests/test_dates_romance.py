"""Spanish, Portuguese and French dates: read with English labels, and never found in English text."""

from __future__ import annotations

import datetime as dt

import pytest

from reportgen.analysis.dates import find_dates

REF = dt.date(2027, 1, 8)


def spans(text: str, reference: dt.date | None = REF) -> list[tuple[str, str, str]]:
    return [(s.label, s.expression, s.precision) for s in find_dates(text, reference)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "La delegación llegó el 7 de enero de 2027 y la reunión se celebrará el 17 de marzo de 2027.",
            [("7 January 2027", "7 de enero de 2027", "day"), ("17 March 2027", "17 de marzo de 2027", "day")],
        ),
        # the day a source told something is not the day of what it tells
        (
            "El Ministerio informó el 7 de enero de 2027 que la reunión se celebrará el 17 de marzo de 2027.",
            [("17 March 2027", "17 de marzo de 2027", "day")],
        ),
        ("El acuerdo fue firmado en noviembre de 2026.", [("November 2026", "noviembre de 2026", "month")]),
        (
            "La visita del 9 al 11 de noviembre de 2026 fue histórica.",
            [("9–11 November 2026", "9 al 11 de noviembre de 2026", "range")],
        ),
        ("El 1.º de marzo de 2026 asumió el gobierno.", [("1 March 2026", "1.º de marzo de 2026", "day")]),
        (
            "O acordo foi assinado em 7 de janeiro de 2027 e ratificado em maio de 2025.",
            [("7 January 2027", "7 de janeiro de 2027", "day"), ("May 2025", "maio de 2025", "month")],
        ),
        (
            "A cimeira decorreu de 9 a 11 de novembro de 2026.",
            [("9–11 November 2026", "9 a 11 de novembro de 2026", "range")],
        ),
        (
            "Le président est arrivé le 1er mars 2026 ; la visite a duré du 9 au 11 novembre 2026.",
            [("1 March 2026", "1er mars 2026", "day"), ("9–11 November 2026", "9 au 11 novembre 2026", "range")],
        ),
        ("L'accord a été signé en décembre 2025.", [("December 2025", "décembre 2025", "month")]),
        # a quarter before its year
        (
            "Las obras comenzarán en el último trimestre de 2027.",
            [("Q4 2027", "último trimestre de 2027", "quarter")],
        ),
        ("Les essais débuteront au premier trimestre 2028.", [("Q1 2028", "premier trimestre 2028", "quarter")]),
        (
            "O porto abrirá no terceiro trimestre de 2027.",
            [("Q3 2027", "terceiro trimestre de 2027", "quarter")],
        ),
        (
            "ومن المقرر أن يفتتح المطار في الربع الثاني من عام 2028.",
            [("Q2 2028", "الربع الثاني من عام 2028", "quarter")],
        ),
        # Greek: the genitive after a day, the accusative before "του" and a year
        (
            "Ο υπουργός επισκέφθηκε τη Λευκωσία στις 4 Οκτωβρίου 2026 και η επιτροπή θα συνεδριάσει τον Ιούνιο του 2027.",
            [("4 October 2026", "4 Οκτωβρίου 2026", "day"), ("June 2027", "Ιούνιο του 2027", "month")],
        ),
    ],
)
def test_a_date_of_these_languages_reads_with_an_english_label(text, expected):
    assert spans(text) == expected


def test_a_day_without_its_year_takes_the_texts_date():
    assert spans("La reunión será el 17 de marzo.") == [("17 March 2027", "17 de marzo", "day")]
    assert spans("La reunión será el 17 de marzo.", reference=None) == []


def test_english_text_keeps_its_own_dates():
    assert spans("The Mars mission of 2026 and the 7 Mai festival.") == [("2026", "2026", "year")]
    assert spans("Signed on 7 March 2026 in Lima, the agreement took effect in May 2026.") == [
        ("7 March 2026", "7 March 2026", "day"),
        ("May 2026", "May 2026", "month"),
    ]
    # an impossible day is no date
    assert spans("El 31 de febrero de 2026.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a weekday: the last one in a story of what was done, the next one when the sentence speaks of the future
        ("El canciller recibió el lunes al embajador de China.", ("1 February 2027", "lunes")),
        ("El buque partió el martes pasado del puerto de Montevideo.", ("2 February 2027", "martes pasado")),
        ("La delegación llegará el jueves a Pekín.", ("4 February 2027", "jueves")),
        ("La delegación viajará el próximo lunes a Pekín.", ("8 February 2027", "próximo lunes")),
        ("Si è svolto giovedì scorso a Milano il Business Forum.", ("28 January 2027", "giovedì scorso")),
        ("Le ministre a reçu lundi son homologue.", ("1 February 2027", "lundi")),
        ("O ministro visitou Pequim na segunda-feira.", ("1 February 2027", "segunda-feira")),
        ("La reunión se celebró el miércoles.", ("3 February 2027", "miércoles")),  # the text's own day
        # a week, a month or a year before or after the text's
        ("La semana pasada se firmó el acuerdo.", ("25–31 January 2027", "La semana pasada")),
        ("El mes pasado el comercio creció.", ("January 2027", "El mes pasado")),
        ("L'année dernière, les échanges ont augmenté.", ("2026", "L'année dernière")),
        ("Il mese scorso il ministro è arrivato a Roma.", ("January 2027", "Il mese scorso")),
        ("No ano que vem haverá eleições.", ("2028", "No ano que vem")),
        ("La prossima edizione si terrà ad Amman nell'ottobre 2027.", ("October 2027", "ottobre 2027")),
        ("Il ministro è arrivato il 4 marzo 2026 a Roma.", ("4 March 2026", "4 marzo 2026")),
        # Polish: a date in the genitive, a weekday after "w" or "we"
        ("Umowę podpisano 19 stycznia 2027 r. w Gliwicach.", ("19 January 2027", "19 stycznia 2027")),
        ("W piątek zainaugurowano Rok Kultury Koreańskiej.", ("29 January 2027", "piątek")),
        ("W czwartek odbędzie się koncert.", ("4 February 2027", "czwartek")),
        # Arabic months, the Levantine names and those of Egypt and the Gulf
        ("استقبل الملك يوم الثلاثاء 26 كانون الثاني 2027 رئيسة الوزراء.", ("26 January 2027", "26 كانون الثاني 2027")),
        ("وقع الجانبان الاتفاقية في 3 مارس 2026.", ("3 March 2026", "3 مارس 2026")),
    ],
)
def test_weekdays_and_relative_words_of_the_romance_languages(text, expected):
    assert [(s.label, s.expression) for s in find_dates(text, dt.date(2027, 2, 3))] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Martes Group signed a deal with the port.",
        "The same day he left.",
        "A segunda reunião foi adiada.",
        "El año fue bueno.",
    ],
)
def test_no_romance_relative_date_without_its_words(text):
    assert find_dates(text, dt.date(2027, 2, 3)) == []


def test_the_weekday_a_source_told_something_on_is_no_date_of_what_it_tells():
    told = "Las exportaciones a Kenia sumaron 80 millones de dólares, informó el lunes el Ministerio de Comercio."
    assert spans(told) == []
    assert spans("La delegación llegó el lunes a Nairobi.") == [("4 January 2027", "lunes", "day")]


def test_vietnamese_days_and_months_by_their_numbers():
    assert spans("Đoàn đã đến Nairobi vào ngày 1 tháng 3 năm 2027.") == [("1 March 2027", "1 tháng 3 năm 2027", "day")]
    assert spans("Hội nghị sẽ diễn ra vào tháng 6 năm 2027.") == [("June 2027", "tháng 6 năm 2027", "month")]
    assert spans("Hai bên ký kết ngày 18 tháng 11.") == [("18 November 2026", "18 tháng 11", "day")]
    assert spans("Có 3 tháng 13 năm 2020.") == [("2020", "2020", "year")]  # (no thirteenth month)


@pytest.mark.parametrize(
    "text, expected",
    [
        # reference Wednesday 3 February 2027
        (
            "Die Bundesregierung hat Jordanien am Dienstag weitere 40 Millionen Euro zugesagt.",
            ("2 February 2027", "am Dienstag"),
        ),
        ("Die Kommission wird am Freitag in Amman tagen.", ("5 February 2027", "am Freitag")),
        ("Der Minister reiste am vergangenen Montag nach Amman.", ("1 February 2027", "am vergangenen Montag")),
        ("Vergangene Woche unterzeichneten beide Seiten ein Abkommen.", ("25–31 January 2027", "Vergangene Woche")),
        ("Im kommenden Jahr soll die Botschaft eröffnet werden.", ("2028", "Im kommenden Jahr")),
    ],
)
def test_german_weekdays_and_weeks_months_and_years_before_or_after(text, expected):
    assert [(s.label, s.expression) for s in find_dates(text, dt.date(2027, 2, 3))] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Die KfW unterzeichnete am 3. Februar 2027 ein Abkommen mit Jordanien.",
            ("3 February 2027", "3. Februar 2027"),
        ),
        ("Vom 9. bis 10. März 2027 besuchte der König Berlin.", ("9–10 March 2027", "9. bis 10. März 2027")),
        ("Das Abkommen wurde im Dezember 2026 in Amman unterzeichnet.", ("December 2026", "Dezember 2026")),
    ],
)
def test_german_dates_with_their_months(text, expected):
    assert [(s.label, s.expression) for s in find_dates(text, dt.date(2027, 6, 1))] == [expected]


def test_no_german_relative_date_in_english_text():
    assert find_dates("The Freitag Group opened a plant in Amman.", dt.date(2027, 2, 3)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # reference Wednesday 3 February 2027
        ("Guvernul a aprobat vineri donația de microbuze.", ("29 January 2027", "vineri")),
        ("Comisia mixtă se va reuni joi la Cahul.", ("4 February 2027", "joi")),
        ("Ministrul a semnat acordul marți.", ("2 February 2027", "marți")),
    ],
)
def test_romanian_weekdays(text, expected):
    assert [(s.label, s.expression) for s in find_dates(text, dt.date(2027, 2, 3))] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # reference Wednesday 3 February 2027
        ("Bakan Çarşamba günü Taşkent'e gitti.", ("3 February 2027", "Çarşamba günü")),
        ("Heyet Pazartesi günü Ankara'ya vardı.", ("1 February 2027", "Pazartesi günü")),
        ("Karma komisyon Cuma günü Bakü'de toplanacak.", ("5 February 2027", "Cuma günü")),
        ("İki bakan geçen Salı bir protokol imzaladı.", ("2 February 2027", "geçen Salı")),
        ("Geçen ay iki ülke bir vize anlaşması imzaladı.", ("January 2027", "Geçen ay")),
        ("Yeni büyükelçilik önümüzdeki yıl açılacak.", ("2028", "önümüzdeki yıl")),
    ],
)
def test_turkish_weekdays_and_weeks_months_and_years_before_or_after(text, expected):
    assert [(s.label, s.expression) for s in find_dates(text, dt.date(2027, 2, 3))] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Anlaşma 12 Kasım 2026 tarihinde Bişkek'te imzalandı.", ("12 November 2026", "12 Kasım 2026")),
        ("Ortak tatbikat Mayıs 2027'de yapılacak.", ("May 2027", "Mayıs 2027")),
        ("Forum 4 Şubat 2027 günü açıldı.", ("4 February 2027", "4 Şubat 2027")),
    ],
)
def test_turkish_dates_with_their_months(text, expected):
    assert [(s.label, s.expression) for s in find_dates(text, dt.date(2027, 6, 1))] == [expected]


def test_no_turkish_weekday_without_its_word_for_day():
    # ("Pazar" is also a market; a weekday is read only with "günü" or a word for last or next)
    assert find_dates("Kapalı Pazar turistlerle doluydu.", dt.date(2027, 2, 3)) == []
