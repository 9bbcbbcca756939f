"""Identify languages by script, and sniff formats by content."""

from __future__ import annotations

import pytest

from reportgen.ingest.lang import identify
from reportgen.ingest.sniff import sniff


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kazakhstan and Qatar signed an agreement.", "en"),
        ("Kazakhstan’s embassy in Doha — opened in 2007.", "en"),
        ("Қазақстан мен Катар келісімге қол қойды.", "kk"),
        ("Казахстан и Катар подписали соглашение.", "ru"),
        ("Президент Токаев провёл переговоры с эмиром Катара в Астане, сообщает Ақорда.", "ru"),
        ("وقعت كازاخستان وقطر اتفاقية", "ar"),
        ("Η Ελλάδα και η Αίγυπτος υπέγραψαν συμφωνία για τη διασύνδεση.", "el"),
        ("বাংলাদেশ ও নেদারল্যান্ডস পানি ব্যবস্থাপনা চুক্তি স্বাক্ষর করেছে।", "bn"),
        ("日本とモンゴルは協定に署名した。", "ja"),
        ("中国和蒙古签署了协议。", "zh"),
        ("한국과 우즈베키스탄이 협정에 서명했다.", "ko"),
        ("Polska i Filipiny podpisały umowę, która została przyjęta przez rząd oraz jest ważna dla obu krajów.", "pl"),
        # (a news lead's prepositions and "r." of a date: "We wtorek 19 stycznia 2027 r. w Seulu ...")
        ("We wtorek 19 stycznia 2027 r. w Seulu koncern Hyundai Rotem i Bumar-Łabędy podpisały umowę.", "pl"),
        ("W piątek na Zamku Królewskim w Warszawie zainaugurowano Rok Kultury Koreańskiej w Polsce.", "pl"),
        ("Nederland en Bangladesh hebben een overeenkomst getekend; het is een stap voor de samenwerking.", "nl"),
        ("Việt Nam và Úc đã ký kết các thỏa thuận hợp tác trong lĩnh vực của những năm gần đây.", "vi"),
        ("Erdoğan’s visit to Accra – the first by a Turkish president – opened a new chapter.", "en"),
        ("Србија и Уједињени Арапски Емирати развијају сарадњу од 2013. године.", "sr"),
        ("Ўзбекистон ва Корея ўртасидаги иқтисодий ҳамкорлик таҳлил қилинади.", "uz"),
        ("Кыргызстан менен Германиянын ортосундагы соода жана инвестициялык кызматташтык.", "ky"),
        ("Монгол Улс ба Япон улсын харилцаа 1972 онд тогтоогдсон.", "mn"),
        ("روابط ایران و قزاقستان از سال ۱۹۹۲ آغاز شد و همکاری اقتصادی گسترش یافت.", "fa"),
        ("پاکستان اور قازقستان کے تعلقات ۱۹۹۲ سے قائم ہیں۔", "ur"),
        ("ኢትዮጵያ እና አየርላንድ ከ1994 ጀምሮ ግንኙነት አላቸው።", "am"),
        ("Tanzania na Uswidi zimeshirikiana tangu miaka ya 1960 katika nishati kwa ajili ya maendeleo.", "sw"),
        ("Srbija i Emirati razvijaju saradnju, kao i trgovinu između dve zemlje koje su potpisale sporazum.", "sr"),
        (
            "Hrvatska i Japan razvijaju suradnju, kao i trgovinu između dvije zemlje koje su prije potpisale ugovor.",
            "hr",
        ),
        ("Bosna i Turska razvijaju saradnju, kao i trgovinu između dvije zemlje koje su prije potpisale ugovor.", "bs"),
        ("Tá caidreamh idir Éire agus an Aetóip ó 1994, agus bhí cuairteanna stáit ann le deich mbliana.", "ga"),
        (
            "A tanulmány azt vizsgálja, hogy a két ország között a kereskedelem és az együttműködés hogyan alakult.",
            "hu",
        ),
        ("Articolul analizează cooperarea economică și politică dintre cele două țări în ultimul deceniu.", "ro"),
        ("Článek zkoumá obchod a spolupráci mezi oběma zeměmi, které se podle autorů rozvíjejí pomalu.", "cs"),
        ("Článok skúma obchod a spoluprácu medzi oboma krajinami, ktoré sa podľa autorov rozvíjajú pomaly.", "sk"),
        (
            "Kajian ini meneliti kerjasama ekonomi dan pelaburan antarabangsa, manakala lawatan kerajaan dibincangkan.",
            "ms",
        ),
        ("Ang Pilipinas at Poland ay nagtatag ng ugnayan noong 1973 upang mapalawak ang kalakalan.", "tl"),
        (
            "Tämä artikkeli tarkastelee maiden välistä kauppaa ja yhteistyötä, joka on kasvanut sekä myös matkailua.",
            "fi",
        ),
        ("Azərbaycan və İtaliya arasında enerji sahəsində əməkdaşlıq təhlil edilir.", "az"),
        (
            "O'zbekiston va Koreya o'rtasidagi hamkorlik bilan bog'liq masalalar uchun tavsiyalar, hamda istiqbollar.",
            "uz",
        ),
        ("Відносини між Україною та Казахстаном розвиваються з 1992 року.", "uk"),
        ("Отношенията между България и Казахстан се развиват, а статията разглежда сътрудничеството.", "bg"),
        ("Адносіны паміж Беларуссю і Казахстанам развіваюцца з 1992 года.", "be"),
        ("Односите меѓу Македонија и Казахстан се развиваат и ќе ги анализира.", "mk"),
        ("Муносибатҳои Тоҷикистон ва Қазоқистон аз соли 1992 инкишоф меёбанд.", "tg"),
        ("Članek obravnava sodelovanje med državama, ki je bilo uspešno, ter tudi turizem.", "sl"),
        ("Ky artikull shqyrton bashkëpunimin ekonomik dhe tregtinë në të dy vendet, që është rritur.", "sq"),
        ("Artikkel käsitleb majanduskoostööd ning kaubandust, mis on kasvanud, kuid samuti turismi.", "et"),
        ("Rakstā tiek analizēta ekonomiskā sadarbība starp abām valstīm, kas ir arī tirdzniecība.", "lv"),
        ("Straipsnyje nagrinėjamas bendradarbiavimas tarp abiejų šalių, kuris yra svarbus, bei prekyba.", "lt"),
        ("Artikeln analyserar samarbetet mellan länderna, som också omfattar handel och att energi är viktig.", "sv"),
        ("இந்தியா மற்றும் இலங்கை இடையேயான உறவுகள்", "ta"),
        ("2024 – 2025", "und"),
        ("", "und"),
    ],
)
def test_identify(text, language):
    assert identify(text) == language


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (" date 2026-01-02 Body starts here.\n\nMore.", "article"),
        ("date 2026-01-02 Body starts here.", "article"),
        (" date 2025-12-14 13.12.2025, 14:10 17851\nTitle\nBody.", "feed"),
        (" date 2025-12-14 13.12.2025\nTitle\nBody.", "feed"),
        (" date 2025-12-14 Untitled lead.\n12.12.2025\nTitle\nBody.", "feed"),
        ("\n\n12.12.2025\nTitle\n\nBody.", "feed"),
        ("12.12.2025\n13.12.2025\n", None),
        ("Intro\n\n## Heading\n\nText", "paper"),
        ("Some **bold** text only.", "markdown"),
        ("plain words\nand more", None),
        ("See [the site](https://a.kz) for more.", "markdown"),
        ("Notes:\n- milk\n- bread\n", None),
        ("def f(**a, **b):\n    return g(**a)\n", None),
        ("key: value\nitems:\n  - one\n", None),
        ("# Build settings\n[project]\nname = \"x\"\n# More\nversion = \"1\"\n", None),
        ("#!/bin/sh\n# Run it\nset -e\nexec python -m x\n", None),
        ("import os\n\n\n# Helpers\ndef f(**kw):\n    return 1\n", None),
        ("   \n", None),
    ],
)
def test_sniff(text, kind):
    assert sniff(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        # Kurmanji: "di" thrice is Italian's only word here, and hardly an English function word is there
        "Ev gotar têkiliyên di navbera Komara Tirkiyê û Komara Iraqê de ji sala 2003an heta destpêka 2027an "
        "dinirxîne. Ew guherîna ji alîkariya mirovî ber bi hevkariya enerjî û bazirganiyê ve şirove dike. "
        "Bazirganiya dualî ji 9 milyar dolar di sala 2021an de gihîşt 14 milyar dolar di sala 2026an de.",
        # Wolof
        "Ndajem bi ñu amal ci Dakar ak Ankara dafa jëkk ci atum 2024, te ñaari réew yi dañoo xaatim benn pase ci "
        "wàllu mbay ak napp, te kilifa yi dañoo waxtaan ci jëflante ak yokkute bu réew yi. Njiitu réew mi dafa "
        "wax ne dañuy yokk liggéey bi ci atum 2027, te ministar yi dinañu daje ci Ankara ci weeru oktoobar.",
    ],
)
def test_a_long_latin_text_in_no_listed_language_is_undetermined_not_english_or_italian(text):
    assert identify(text) == "und"
