"""Read papers whose second abstracts, reference lists and author notes are in many languages, labelled or not."""

from __future__ import annotations

import re

import pytest

from reportgen import ingest
from reportgen.ingest.paper import read_paper

ENGLISH = (
    "Amina Juma<sup>1</sup>, Lars Berg<sup>2</sup>\n\n"
    "<sup>1</sup>University of Dar es Salaam, Tanzania\n\n"
    "<sup>2</sup>Uppsala University, Sweden\n\n"
    "## TWO COUNTRIES AND SIX DECADES OF COOPERATION\n\n"
    "The two countries have cooperated since the 1960s. This paper examines the energy agreement signed in "
    "2019 and the trade that followed.\n\n"
    "**Keywords:** development cooperation, energy, trade.\n\n"
)
BODY = (
    "## Introduction\n\nThe two countries signed an energy agreement in 2019.\n\n"
    "## Trade\n\nTrade between the two countries reached USD 200 million in 2024.\n\n"
)


def _read(text: str):
    doc, diagnostics = read_paper(text.split("\n"), doc_id="p", path="p.md")
    assert diagnostics == []
    return doc


def _group(title: str, label: str, text: str, keywords_label: str, keywords: str) -> str:
    opening = f"**{label}:** {text}" if label else text
    return f"### **{title}**\n\n{opening}\n\n**{keywords_label}:** {keywords}\n\n"


# (language, title, abstract label, abstract, keywords label, keywords, references heading)
LANGUAGES = [
    (
        "sw",
        "Tanzania na Uswidi",
        "Muhtasari",
        "Tanzania na Uswidi zimeshirikiana tangu miaka ya 1960. Makala hii inachunguza makubaliano ya nishati "
        "yaliyosainiwa mwaka 2019 na biashara iliyofuata kati ya nchi hizo mbili.",
        "Maneno muhimu",
        "ushirikiano wa maendeleo, nishati, biashara.",
        "Marejeo",
    ),
    (
        "sr",
        "Србија и Емирати",
        "Апстракт",
        "Србија и Уједињени Арапски Емирати развијају сарадњу од 2013. године. У раду се анализирају "
        "споразуми о инвестицијама и трговини између две земље.",
        "Кључне речи",
        "сарадња, инвестиције, трговина.",
        "Литература",
    ),
    (
        "sr",
        "Srbija i Emirati",
        "Sažetak",
        "Srbija i Ujedinjeni Arapski Emirati razvijaju saradnju od 2013. godine. U radu se analiziraju sporazumi "
        "o investicijama i trgovini između dve zemlje, kao i posete koje su usledile.",
        "Ključne reči",
        "saradnja, investicije, trgovina.",
        "Literatura",
    ),
    (
        "hr",
        "Hrvatska i Japan",
        "Sažetak",
        "Hrvatska i Japan razvijaju suradnju od 1993. godine. U radu se analiziraju sporazumi o ulaganjima i "
        "trgovini između dvije zemlje, kao i posjeti koji su uslijedili tijekom prošlog desetljeća, prije pandemije.",
        "Ključne riječi",
        "suradnja, ulaganja, trgovina.",
        "Literatura",
    ),
    (
        "bs",
        "Bosna i Hercegovina i Turska",
        "Sažetak",
        "Bosna i Hercegovina i Turska razvijaju saradnju od 1995. godine. U radu se analiziraju sporazumi o "
        "ulaganjima i trgovini između dvije zemlje, kao i posjete koje su uslijedile prije pandemije.",
        "Ključne riječi",
        "saradnja, ulaganja, trgovina.",
        "Literatura",
    ),
    (
        "ga",
        "Éire agus an Aetóip",
        "Achoimre",
        "Tá caidreamh idir Éire agus an Aetóip ó 1994. Scrúdaíonn an páipéar seo an comhar forbartha agus an "
        "trádáil idir an dá thír, agus na cuairteanna stáit a bhí ann le deich mbliana anuas.",
        "Eochairfhocail",
        "comhar forbartha, trádáil, cuairteanna stáit.",
        "Tagairtí",
    ),
    (
        "hu",
        "Magyarország és Kazahsztán",
        "Összefoglaló",
        "Magyarország és Kazahsztán között a kapcsolatok 1992 óta fejlődnek. A tanulmány azt vizsgálja, hogy a "
        "két ország közötti kereskedelem és az energetikai együttműködés hogyan alakult, valamint az egyetemi "
        "csereprogramok szerepét.",
        "Kulcsszavak",
        "kereskedelem, energetika, együttműködés.",
        "Irodalomjegyzék",
    ),
    (
        "ro",
        "România și Iordania",
        "Rezumat",
        "România și Iordania au stabilit relații diplomatice în 1963. Articolul analizează cooperarea economică "
        "și politică dintre cele două țări, precum și vizitele oficiale care au avut loc în ultimul deceniu.",
        "Cuvinte cheie",
        "cooperare economică, vizite oficiale, diplomație.",
        "Bibliografie",
    ),
    (
        "cs",
        "Česko a Srí Lanka",
        "Abstrakt",
        "Česká republika a Srí Lanka navázaly diplomatické vztahy v roce 1957. Článek zkoumá obchod a spolupráci "
        "mezi oběma zeměmi, které se podle autorů rozvíjejí pomalu, a také roli, kterou hraje cestovní ruch.",
        "Klíčová slova",
        "obchod, spolupráce, cestovní ruch.",
        "Seznam literatury",
    ),
    (
        "sk",
        "Slovensko a Vietnam",
        "Abstrakt",
        "Slovenská republika a Vietnam nadviazali diplomatické vzťahy v roku 1993. Článok skúma obchod a "
        "spoluprácu medzi oboma krajinami, ktoré sa podľa autorov rozvíjajú pomaly, a tiež úlohu, ktorú "
        "zohráva cestovný ruch.",
        "Kľúčové slová",
        "obchod, spolupráca, cestovný ruch.",
        "Zoznam literatúry",
    ),
    (
        "am",
        "ኢትዮጵያ እና አየርላንድ",
        "አጭር መግለጫ",
        "ኢትዮጵያ እና አየርላንድ ከ1994 ጀምሮ ግንኙነት አላቸው። ይህ ጥናት የሁለቱን ሀገራት የልማት ትብብር ይመረምራል።",
        "ቁልፍ ቃላት",
        "ልማት፣ ትብብር፣ ንግድ።",
        "ዋቢ መጻሕፍት",
    ),
    (
        "ms",
        "Malaysia dan Brazil",
        "Abstrak",
        "Malaysia dan Brazil menjalin hubungan dua hala sejak tahun 1959. Kajian ini meneliti kerjasama "
        "ekonomi, pelaburan dan perdagangan antarabangsa di antara kedua-dua negara, manakala lawatan rasmi "
        "kerajaan turut dibincangkan.",
        "Kata kunci",
        "kerjasama ekonomi, pelaburan, perdagangan.",
        "Rujukan",
    ),
    (
        "tl",
        "Pilipinas at Poland",
        "Buod",
        "Ang Pilipinas at Poland ay nagtatag ng ugnayang diplomatiko noong 1973. Sinusuri ng pag-aaral na ito "
        "ang kalakalan at pakikipagtulungan ng dalawang bansa sa larangan ng edukasyon at paggawa upang "
        "mapalawak ang ugnayan.",
        "Mga susing salita",
        "kalakalan, edukasyon, paggawa.",
        "Mga sanggunian",
    ),
    (
        "fi",
        "Suomi ja Tunisia",
        "Tiivistelmä",
        "Suomi ja Tunisia solmivat diplomaattisuhteet vuonna 1956. Tämä artikkeli tarkastelee maiden välistä "
        "kauppaa ja yhteistyötä, joka on kasvanut hitaasti, sekä myös koulutuksen ja matkailun roolia.",
        "Avainsanat",
        "kauppa, yhteistyö, matkailu.",
        "Lähteet",
    ),
    (
        "el",
        "Ελλάδα και Αίγυπτος",
        "Περίληψη",
        "Η Αίγυπτος και η Ελλάδα συνεργάζονται στον τομέα της ενέργειας από το 2020.",
        "Λέξεις-κλειδιά",
        "ενέργεια, θαλάσσια σύνορα.",
        "Βιβλιογραφία",
    ),
    (
        "fa",
        "ایران و قزاقستان",
        "چکیده",
        "روابط ایران و قزاقستان از سال ۱۹۹۲ آغاز شد. این مقاله همکاری اقتصادی و تجاری دو کشور را بررسی "
        "می‌کند و چشم‌انداز گسترش آن را نشان می‌دهد.",
        "واژگان کلیدی",
        "همکاری اقتصادی، تجارت، قزاقستان.",
        "منابع",
    ),
    (
        "ur",
        "پاکستان اور قازقستان",
        "خلاصہ",
        "پاکستان اور قازقستان کے تعلقات ۱۹۹۲ سے قائم ہیں۔ یہ مقالہ دونوں ممالک کے درمیان تجارتی اور اقتصادی "
        "تعاون کا جائزہ لیتا ہے۔",
        "کلیدی الفاظ",
        "تجارت، اقتصادی تعاون، قازقستان۔",
        "حوالہ جات",
    ),
    (
        "tr",
        "Türkiye ve Gana",
        "Özet",
        "Türkiye ile Gana arasındaki ilişkiler 1957 yılında kurulmuştur. Bu makale iki ülke arasındaki ticaret "
        "ve yatırım ilişkilerini ele almaktadır ve daha çok ekonomik iş birliği için öneriler sunmaktadır.",
        "Anahtar kelimeler",
        "ticaret, yatırım, iş birliği.",
        "Kaynakça",
    ),
    (
        "az",
        "Azərbaycan və İtaliya",
        "Xülasə",
        "Azərbaycan və İtaliya arasında diplomatik əlaqələr 1992-ci ildə qurulmuşdur. Bu məqalədə iki ölkə "
        "arasında enerji sahəsində əməkdaşlıq təhlil edilir.",
        "Açar sözlər",
        "enerji, əməkdaşlıq, diplomatiya.",
        "Ədəbiyyat",
    ),
    (
        "uz",
        "O'zbekiston va Koreya",
        "Annotatsiya",
        "O'zbekiston va Koreya Respublikasi o'rtasidagi munosabatlar 1992 yilda o'rnatilgan. Ushbu maqolada "
        "ikki davlat o'rtasidagi iqtisodiy hamkorlik va investitsiyalar bilan bog'liq masalalar tahlil "
        "qilinadi, hamda istiqbollar uchun tavsiyalar beriladi.",
        "Kalit so'zlar",
        "iqtisodiy hamkorlik, investitsiyalar.",
        "Adabiyotlar",
    ),
    (
        "ky",
        "Кыргызстан жана Германия",
        "Кыскача мазмуну",
        "Кыргызстан менен Германиянын ортосундагы мамилелер 1992-жылы түзүлгөн. Бул макалада эки өлкөнүн "
        "ортосундагы соода жана инвестициялык кызматташтык талданат.",
        "Ачкыч сөздөр",
        "соода, инвестиция, кызматташтык.",
        "Адабияттар",
    ),
    (
        "mn",
        "Монгол ба Япон",
        "Хураангуй",
        "Монгол Улс ба Япон улсын харилцаа 1972 онд тогтоогдсон. Энэ өгүүлэлд хоёр орны эдийн засгийн хамтын "
        "ажиллагаа, хөгжлийн тусламжийг судалсан болно.",
        "Түлхүүр үг",
        "хамтын ажиллагаа, хөгжлийн тусламж.",
        "Ном зүй",
    ),
    (
        "ka",
        "საქართველო და იაპონია",
        "ანოტაცია",
        "საქართველოსა და იაპონიას შორის დიპლომატიური ურთიერთობები 1992 წელს დამყარდა. სტატიაში "
        "განხილულია ორი ქვეყნის ეკონომიკური თანამშრომლობა.",
        "საკვანძო სიტყვები",
        "თანამშრომლობა, ვაჭრობა.",
        "ლიტერატურა",
    ),
    (
        "hy",
        "Հայաստան և Հնդկաստան",
        "Ամփոփում",
        "Հայաստանի և Հնդկաստանի միջև դիվանագիտական հարաբերությունները հաստատվել են 1992 թվականին։ "
        "Հոդվածում քննարկվում է երկու երկրների տնտեսական համագործակցությունը։",
        "Բանալի բառեր",
        "համագործակցություն, առևտուր։",
        "Գրականություն",
    ),
]
REFERENCES = (
    "- Juma, A. (2021). Energy in East Africa. *Journal of African Studies*, 4(2), 1–9.\n"
    "- Berg, L. (2019). *Sweden and Tanzania*. Uppsala University Press. <https://doi.org/10.1000/st_2>\n\n"
)


@pytest.mark.parametrize("case", LANGUAGES, ids=lambda case: f"{case[0]}-{case[2]}")
def test_a_second_abstract_in_many_languages_is_front_matter_in_its_language(case):
    language, title, label, text, keywords_label, keywords, references = case
    doc = _read(
        ENGLISH + _group(title, label, text, keywords_label, keywords) + BODY + f"## {references}\n\n{REFERENCES}"
    )
    assert doc.title == "TWO COUNTRIES AND SIX DECADES OF COOPERATION"
    assert [a.language for a in doc.abstracts] == ["en", language]
    second = doc.abstracts[1]
    assert (second.title, second.text) == (title, text)
    assert second.keywords == tuple(re.split(r"[,،፣] ?", keywords.rstrip(".።։۔")))
    assert doc.keywords == ("development cooperation", "energy", "trade")
    assert [s.title for s in doc.items] == ["Introduction", "Trade"]
    assert [(r.year, r.text[:8]) for r in doc.references] == [(2021, "Juma, A."), (2019, "Berg, L.")]


@pytest.mark.parametrize("case", LANGUAGES, ids=lambda case: f"{case[0]}-{case[2]}")
def test_a_second_abstract_without_its_label_is_still_told_by_its_language(case):
    language, title, _label, text, keywords_label, keywords, _references = case
    doc = _read(ENGLISH + _group(title, "", text, keywords_label, keywords) + BODY)
    assert [(a.language, a.title, a.text) for a in doc.abstracts[1:]] == [(language, title, text)]
    assert [s.title for s in doc.items] == ["Introduction", "Trade"]


# Labels nobody wrote down: the structure alone must tell the abstract, the keywords, the references
# and the notes about the authors.
MADE_UP = (
    "### **Tanzania na Uswidi: miongo sita ya ushirikiano**\n\n"
    "**Zorvath:** Tanzania na Uswidi zimeshirikiana tangu miaka ya 1960. Makala hii inachunguza makubaliano ya "
    "nishati yaliyosainiwa mwaka 2019 na biashara iliyofuata.\n\n"
    "**Plimbo tarsk:** ushirikiano wa maendeleo, nishati; biashara.\n\n"
)


def test_made_up_labels_are_read_by_structure():
    text = (
        ENGLISH
        + MADE_UP
        + BODY
        + "## Quellbrix\n\n"
        + REFERENCES
        + "**Vrendal oskar:**\n\n"
        + "Amina Juma – PhD, professor at the University of Dar es Salaam (e-mail: a.juma@udsm.ac.tz).\n\n"
        + "Lars Berg – researcher at Uppsala University (e-mail: lars.berg@uu.se).\n\n"
        + "Received March 3, 2024.\n\nAccepted May 1, 2024.\n"
    )
    doc = _read(text)
    assert doc.title == "TWO COUNTRIES AND SIX DECADES OF COOPERATION"
    en, sw = doc.abstracts
    assert (sw.language, sw.title, sw.keywords) == (
        "sw",
        "Tanzania na Uswidi: miongo sita ya ushirikiano",
        ("ushirikiano wa maendeleo", "nishati", "biashara"),
    )
    assert sw.text.startswith("Tanzania na Uswidi zimeshirikiana tangu")
    assert sw.location.line == 13
    assert [s.title for s in doc.items] == ["Introduction", "Trade"]
    assert [r.url for r in doc.references] == [None, "https://doi.org/10.1000/st_2"]
    assert [p.text[:10] for p in doc.author_info] == ["Amina Juma", "Lars Berg "]
    assert doc.metadata == (("submitted", "2024-03-03"), ("accepted", "2024-05-01"))


def test_an_abstract_with_a_made_up_label_line_of_its_own_comes_first(tmp_path):
    (tmp_path / "paper.md").write_text(
        "## Hrvatska i Japan: tri desetljeća suradnje\n\n"
        "**Qwentor**\n\n"
        "Hrvatska i Japan razvijaju suradnju od 1993. godine. U radu se analiziraju sporazumi o ulaganjima i "
        "trgovini između dvije zemlje, kao i posjeti koji su uslijedili tijekom prošlog desetljeća.\n\n"
        "Vlimmo dask: suradnja, ulaganja, trgovina\n\n"
        "## CROATIA AND JAPAN: THREE DECADES OF COOPERATION\n\n"
        "Croatia and Japan have cooperated since 1993. This paper examines the investment agreements.\n\n"
        "**Keywords:** cooperation, investment, trade.\n\n"
        "## Introduction\n\nCroatia and Japan signed an investment agreement in 2019.\n",
        encoding="utf-8",
    )
    corpus = ingest.load(["paper.md"], root=tmp_path)
    assert corpus.diagnostics == ()
    (doc,) = corpus.documents
    assert doc.title == "CROATIA AND JAPAN: THREE DECADES OF COOPERATION"
    hr, en = doc.abstracts
    assert (hr.language, hr.title, hr.keywords) == (
        "hr",
        "Hrvatska i Japan: tri desetljeća suradnje",
        ("suradnja", "ulaganja", "trgovina"),
    )
    assert hr.text.startswith("Hrvatska i Japan razvijaju suradnju od 1993.")
    assert (en.language, en.keywords) == ("en", ("cooperation", "investment", "trade"))
    assert [s.title for s in doc.items] == ["Introduction"]


def test_a_made_up_keywords_label_after_a_made_up_abstract_in_an_unlisted_order():
    # English last, two unlabelled translations before it, each a group of its own.
    text = (
        "### Éire agus an Aetóip\n\n"
        "Tá caidreamh idir Éire agus an Aetóip ó 1994. Scrúdaíonn an páipéar seo an comhar forbartha agus an "
        "trádáil idir an dá thír, agus na cuairteanna stáit a bhí ann.\n\n"
        "**Glorp:** comhar forbartha, trádáil\n\n"
        "### Magyarország és Etiópia\n\n"
        "**Blentic**\n\n"
        "Magyarország és Etiópia között a kapcsolatok 1992 óta fejlődnek. A tanulmány azt vizsgálja, hogy a két "
        "ország közötti kereskedelem hogyan alakult, valamint az egyetemi csereprogramok szerepét.\n\n"
        "**Tribbel:** kereskedelem, együttműködés\n\n" + ENGLISH + BODY
    )
    doc = _read(text)
    assert [(a.language, a.keywords) for a in doc.abstracts] == [
        ("ga", ("comhar forbartha", "trádáil")),
        ("hu", ("kereskedelem", "együttműködés")),
        ("en", ("development cooperation", "energy", "trade")),
    ]
    assert doc.abstracts[1].text.startswith("Magyarország és Etiópia")
    assert doc.title == "TWO COUNTRIES AND SIX DECADES OF COOPERATION"
    assert [s.title for s in doc.items] == ["Introduction", "Trade"]


def test_a_made_up_keywords_label_over_phrases_of_many_short_words():
    # (languages of particles spell a keyword in seven or eight words: "ny fiaraha-miasa ara-toekarena eo amin'ny ...")
    text = (
        "### Madagasikara sy Etiopia\n\n"
        "Ity lahatsoratra ity dia mandinika ny fifandraisana eo amin'i Madagasikara sy Etiopia nanomboka tamin'ny "
        "taona 1994, ny varotra ary ny fitsidihana ofisialy.\n\n"
        "**Glorp zonk:** fifandraisana, varotra, ny fiaraha-miasa eo amin'ny firenena roa tonta ireo, fitsidihana\n\n"
        + ENGLISH
        + BODY
    )
    doc = _read(text)
    assert [(a.language, a.keywords) for a in doc.abstracts][0][1] == (
        "fifandraisana",
        "varotra",
        "ny fiaraha-miasa eo amin'ny firenena roa tonta ireo",
        "fitsidihana",
    )
    assert len(doc.abstracts) == 2 and doc.abstracts[0].text.startswith("Ity lahatsoratra")
    assert [s.title for s in doc.items] == ["Introduction", "Trade"]


def test_a_keywords_label_of_four_words_closes_its_abstract():
    # (Wolof writes "keywords" in four: "Baat yu am solo")
    text = (
        ENGLISH + "### Tënk\n\n"
        "Bii liggéey dafay saytu diggante Senegaal ak Norwees ci biir at yi 1975 ba 2026, rawatina ci wàllu napp "
        "ak ndimbal.\n\n"
        "Baat yu am solo: Senegaal; Norwees; napp; ndimbal\n\n" + BODY
    )
    doc = _read(text)
    assert [a.keywords for a in doc.abstracts][1] == ("Senegaal", "Norwees", "napp", "ndimbal")
    assert [s.title for s in doc.items] == ["Introduction", "Trade"]


def test_a_body_list_line_and_a_literature_review_stay_in_the_body():
    text = (
        ENGLISH
        + "## Background\n\nThe partners met several times in the capital after the agreement of 2019.\n\n"
        + "**Partners:** Kazakhstan, Qatar, Turkey.\n\n"
        + "## Literature review\n\n"
        + "Kamrava (2013) describes Qatar as a small state with big politics, and its policy in Asia.\n\n"
        + "Koch (2017) asks what is at stake for the Gulf in Central Asia, and finds investment.\n\n"
        + "Roberts (2017) traces the global ambitions of a city-state over two decades.\n\n"
    )
    doc = _read(text)
    assert [a.language for a in doc.abstracts] == ["en"]
    assert [s.title for s in doc.items] == ["Background", "Literature review"]
    assert [p.text for p in doc.items[0].paragraphs][1] == "Partners: Kazakhstan, Qatar, Turkey."
    assert len(doc.items[1].paragraphs) == 3 and doc.references == ()


def test_a_paper_without_known_labels_or_abstracts_keeps_its_sections():
    lines = ["# Grain Corridors", "", "## Overview", "", "Grain moves by rail.", "", "Ports: Aktau, Kuryk", ""]
    doc, diagnostics = read_paper(lines, doc_id="g", path="g.md")
    assert diagnostics == [] and doc.abstracts == ()
    assert doc.title == "Grain Corridors"
    assert [(s.title, [p.text for p in s.paragraphs]) for s in doc.items] == [
        ("Overview", ["Grain moves by rail.", "Ports: Aktau, Kuryk"])
    ]


@pytest.mark.parametrize(
    ("text", "title", "abstract", "keywords", "sections"),
    [
        (  # a short bold title over the abstract is the title, not a label
            "**Srbija i Emirati**\n\nSrbija i Ujedinjeni Arapski Emirati razvijaju saradnju od 2013. godine. "
            "U radu se analiziraju sporazumi između dve zemlje.\n\n**Ključne reči:** saradnja, trgovina\n\n"
            "## Uvod\n\nTekst.",
            "Srbija i Emirati",
            ("sr", "Srbija i Ujedinjeni Arapski Emirati razvijaju"),
            ("saradnja", "trgovina"),
            ["Uvod"],
        ),
        (  # an 'Abstract' heading under the title is the abstract's label
            "## River Basins\n\n### Abstract\n\nShared rivers link the economies of Central Asia and this paper "
            "examines them.\n\n**Keywords:** water, rivers\n\n## Introduction\n\nText here.",
            "River Basins",
            ("en", "Shared rivers link the economies of"),
            ("water", "rivers"),
            ["Introduction"],
        ),
        (  # an unknown keywords label, told by the 'Introduction' after it
            "## River Basins\n\nShared rivers link the economies of Central Asia and this paper examines them.\n\n"
            "Key terms: water, rivers\n\n## Introduction\n\nText here.",
            "River Basins",
            ("en", "Shared rivers link the economies of"),
            ("water", "rivers"),
            ["Introduction"],
        ),
    ],
)
def test_front_matter_shapes(text, title, abstract, keywords, sections):
    doc = _read(text)
    ((language, start),) = [(a.language, a.text[: len(abstract[1])]) for a in doc.abstracts]
    assert (doc.title, (language, start), doc.keywords) == (title, abstract, keywords)
    assert [s.title for s in doc.items] == sections


def test_a_first_section_with_a_list_line_is_not_an_abstract():
    doc = _read(
        "## Overview\n\nGrain moves by rail from the north to the ports in the south every week.\n\n"
        "Ports: Aktau, Kuryk\n\n## Outlook\n\nMore trains."
    )
    assert doc.abstracts == () and doc.title == "Overview"
    assert [(s.title, len(s.paragraphs)) for s in doc.items] == [("Overview", 2), ("Outlook", 1)]


def test_an_abstract_in_an_unidentifiable_language_is_never_taken_for_the_english_one():
    made_up = (
        "Vorrin dak felmor ustra piven kalo, tessil moradan vek orrun fashta mil keddo. Zunvar elt bimmo "
        "rastak vellin, osh kortan mirrel dasko venn fular tomasku elvin darro."
    )
    doc = _read(f"### Vorrin dak\n\n{made_up}\n\n**Glorp:** felmor ustra, piven kalo\n\n" + ENGLISH + BODY)
    assert [(a.language, a.title, a.keywords) for a in doc.abstracts] == [
        ("und", "Vorrin dak", ("felmor ustra", "piven kalo")),
        ("en", "TWO COUNTRIES AND SIX DECADES OF COOPERATION", ("development cooperation", "energy", "trade")),
    ]
    assert doc.title == "TWO COUNTRIES AND SIX DECADES OF COOPERATION"
    assert doc.authors == ("Amina Juma", "Lars Berg")


def test_a_seed_like_paper_with_four_more_abstracts_each_after_its_authors():
    def group(authors: str, title: str, abstract: str, keywords: str) -> str:
        return f"{authors}<sup>1</sup>\n\n<sup>1</sup>Tartu Ülikool\n\n### **{title}**\n\n{abstract}\n\n{keywords}\n\n"

    text = (
        ENGLISH
        + group(
            "Amina Juma",
            "Eesti ja Tansaania",
            "**Kokkuvõte.** Eesti ja Tansaania suhted on arenenud alates 1991. aastast ning artikkel käsitleb "
            "majanduskoostööd, mis on kasvanud, kuid samuti turismi.",
            "**Märksõnad:** majanduskoostöö, turism",
        )
        + group(
            "Amina Juma",
            "Catalunya i Tanzània",
            "Resum: Les relacions entre Catalunya i Tanzània s'han desenvolupat des de 1991 i l'article "
            "analitza la cooperació econòmica.",
            "Paraules clau: cooperació econòmica, turisme",
        )
        + group(
            "Amina Juma",
            "Zembla eta Tanzania",
            "Vorxtal. Zembla eta Tanzania harremanak aztertzen dira artikulu honetan zehazki eta luze.",
            "Drimbo: harremanak, artikulua",
        )
        + BODY
        + "## Kirjandus\n\n"
        + REFERENCES
        + "**Autoritest:**\n\n"
        + "Amina Juma – PhD, Tartu Ülikool (e-mail: a.juma@ut.ee).\n\n"
        + "Received March 3, 2024.\n"
    )
    doc = _read(text)
    assert [(a.language, a.text.split()[0], a.keywords[0]) for a in doc.abstracts] == [
        ("en", "The", "development cooperation"),
        ("et", "Eesti", "majanduskoostöö"),
        ("ca", "Les", "cooperació econòmica"),
        ("und", "Zembla", "harremanak"),
    ]
    assert [a.authors for a in doc.abstracts[1:]] == [("Amina Juma",)] * 3
    assert doc.title == "TWO COUNTRIES AND SIX DECADES OF COOPERATION"
    assert [s.title for s in doc.items] == ["Introduction", "Trade"]
    assert len(doc.references) == 2
    assert [p.text for p in doc.author_info] == ["Amina Juma – PhD, Tartu Ülikool (e-mail: a.juma@ut.ee)."]


def test_a_khmer_abstract_labelled_with_the_khmer_colon_is_front_matter():
    # Khmer writes its colon '៖' and full stop '។', and runs words together without spaces.
    khmer = (
        "### **កម្ពុជា និង នូវែលសេឡង់**\n\n"
        "**សេចក្តីសង្ខេប៖** អត្ថបទនេះពិនិត្យលើទំនាក់ទំនងរវាងកម្ពុជានិងនូវែលសេឡង់ចាប់តាំងពីឆ្នាំ១៩៩៣។\n\n"
        "**ពាក្យគន្លឹះ៖** កម្ពុជា, នូវែលសេឡង់, ការអប់រំ។\n\n"
    )
    doc = _read(ENGLISH + khmer + BODY)
    assert [a.language for a in doc.abstracts] == ["en", "km"]
    assert doc.abstracts[1].text == "អត្ថបទនេះពិនិត្យលើទំនាក់ទំនងរវាងកម្ពុជានិងនូវែលសេឡង់ចាប់តាំងពីឆ្នាំ១៩៩៣។"
    assert doc.abstracts[1].keywords == ("កម្ពុជា", "នូវែលសេឡង់", "ការអប់រំ")
    assert (doc.language, [s.title for s in doc.items]) == ("en", ["Introduction", "Trade"])


@pytest.mark.parametrize(
    "label, keywords_label, after",
    [
        ("စာတမ်းအကျဉ်းချုပ်", "သော့ချက်စကားလုံးများ", ":"),  # the labels known
        ("အနှစ်ချုပ်", "ဝေါဟာရများ", ":"),  # others, read from the layout
        ("စာတမ်းအကျဉ်းချုပ်", "သော့ချက်စကားလုံးများ", " -"),  # a dash after the label, inside the bold
        ("အနှစ်ချုပ်", "ဝေါဟာရများ", " –"),
    ],
)
def test_a_burmese_abstract_with_its_full_stop_and_its_comma_between_keywords_is_front_matter(
    label, keywords_label, after
):
    # Burmese ends a sentence with '။' and parts a list with '၊'.
    burmese = (
        "### နီပေါနှင့် လာအို - ရေအားလျှပ်စစ်နှင့် ကုန်သွယ်ရေး\n\n"
        f"**{label}။** ဤစာတမ်းသည် ၁၉၇၅ ခုနှစ်မှစ၍ နီပေါနှင့် လာအိုနိုင်ငံတို့၏ ဆက်ဆံရေးကို ရေအားလျှပ်စစ်၊ "
        "ကုန်သွယ်ရေးနှင့် အလုပ်သမားရေးရာများကို အဓိကထား၍ လေ့လာထားသည်။\n\n"
        f"**{keywords_label}{after}** နီပေါ၊ လာအို၊ ရေအားလျှပ်စစ်၊ ကုန်သွယ်ရေး\n\n"
    )
    doc = _read(ENGLISH + burmese + BODY)
    assert [a.language for a in doc.abstracts] == ["en", "my"]
    assert doc.abstracts[1].keywords == ("နီပေါ", "လာအို", "ရေအားလျှပ်စစ်", "ကုန်သွယ်ရေး")
    assert doc.abstracts[1].text.startswith("ဤစာတမ်းသည် ၁၉၇၅")
    assert (doc.language, [s.title for s in doc.items]) == ("en", ["Introduction", "Trade"])
