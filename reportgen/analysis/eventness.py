"""Tell a clause that states a happening from advice, assessment, conjecture and ongoing states.

A chronology row must say that something happened (or is set to happen) at its date:
"In 2007, Kazakhstan established an embassy in Doha", "the forum will take place in June",
"the October 2022 state visit".  English clauses that only judge or advise are not events:
- advice: "it is necessary to create a roadmap", "It is recommended that ...", "should", "must";
- conjecture: "could", "would", "might", lower-case "may";
- assessment or state, where no verb names an action: "trade remained modest", "was well above
  the previous year's level", "the engagement was shaped by ...", "will help maintain confidence".
A clause is an event when, after those checks, it has an action verb (a past or passive form
that is not a stative or judging verb, a listed irregular past, or a listed event verb after
"will", "to" or as a present form) or its date sits next to a noun that names an event ("the
October 2022 state visit", "the summit in May").  The lists are English; other languages pass
unchecked, since a wrong drop loses a row while a wrong keep shows one more.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import compress

from reportgen.analysis.clauses import clause_spans
from reportgen.analysis.cues import keys, may_hold
from reportgen.analysis.date_spans import MONTH_NAMES

_ADVICE = re.compile(
    r"\b(?:should|must|ought\s+to|needs?\s+to"
    r"|it\s+is\s+(?:therefore\s+|also\s+)?(?:necessary|recommended|advisable|imperative|essential|crucial|vital|desirable)"
    # "it is important that the two countries hold their consultations regularly" (not "it is important to note")
    r"|it\s+is\s+(?:therefore\s+|also\s+|equally\s+)?important\s+(?:that|to\s+(?!note|mention|stress|emphasi[sz]e|"
    r"underline|recall|remember|point\s+out)\w+)"
    r"|(?:is|are)\s+(?:also\s+)?(?:highly\s+|strongly\s+)?(?:recommended|advisable|imperative)"
    r"|recommends?|recommended\s+that|it\s+would\s+be"
    # a notice's advice to the public: "Customers ... are advised to contact their agent before 5 December"
    r"|(?:is|are)\s+(?:kindly\s+|strongly\s+)?(?:advised|requested|urged|reminded|encouraged)\s+to"
    # ... told in the active: "The Embassy advised Jordanian students planning to enrol ... to submit their visa
    # applications before 1 April 2027"
    r"|(?:advised|urged|reminded|encouraged|requested)\s+(?:[\w’'/-]+\s+){1,16}?to\s+(?:submit|apply|register|"
    r"contact|check|avoid|book|renew|obtain|carry|update|complete|file|pay|arrive|allow)\b"
    # "the council needs a permanent secretariat if it is to become more than a symbol": a condition set
    # ("Both sides need a reliable air link if multi-destination tourism is to succeed.")
    r"|needs?\s+(?:a|an|more|its\s+own)\s[^.;]{1,80}?\bif\s+(?:it|they|(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:is|are)\s+to"
    # the writers' own proposals: "We urge the ministries concerned to publish ...", "We further propose that ..."
    r"|\bwe\s+(?:also\s+|further\s+|therefore\s+|strongly\s+)?(?:urge|propose|suggest|recommend)"
    # "the preferential trade agreement deserves to be concluded quickly", "Sport exchanges deserve wider
    # support" (not "a visit that deserves its name")
    r"|deserves?\s+to\s+be|deserves?\s+(?:more|wider|greater|further|stronger|closer|better|special|particular)\s+"
    r"(?:support|attention|funding|priority|investment|study|consideration|backing)"
    # in a corpus's other languages: "le Tchad devrait veiller à ce que ...", "Nicaragua debería diversificar ...",
    # "Россия должна ...", "следует", "ينبغي", "يجب"
    r"|devrait|devraient|debería|deberían|deveria|deveriam|dovrebbe|dovrebbero|sollte|sollten"
    r"|должна|должен|должно|должны|следует"
    # "Il serait souhaitable que Malabo simplifie ...", "il convient de", "sería conveniente", "es necesario",
    # "se recomienda", "sarebbe opportuno", "è necessario", "seria desejável", "es wäre wünschenswert"
    r"|souhaitable|il\s+convient\s+de|il\s+faudrait|il\s+est\s+(?:donc\s+)?(?:nécessaire|essentiel|indispensable|recommandé)"
    r"|(?:sería|es|resulta)\s+(?:por\s+tanto\s+)?(?:conveniente|deseable|recomendable|necesario|imprescindible|aconsejable)"
    r"|se\s+recomienda|sarebbe\s+(?:opportuno|auspicabile|necessario|utile)|è\s+necessario|occorre"
    r"|seria\s+(?:desejável|conveniente|recomendável)|é\s+necessário|wünschenswert|empfiehlt\s+sich|es\s+ist\s+notwendig)\b"
    r"|ينبغي|يجب",
    re.IGNORECASE,
)
# Words every match of a pattern holds whole (lower-cased): see `cues`.
_ADVICE_KEYS = keys(
    "should must ought need needs necessary recommended advisable imperative essential crucial vital desirable important "
    "recommend recommends would advised requested urged reminded encouraged urge propose suggest deserve deserves "
    "devrait devraient debería deberían deveria deveriam dovrebbe dovrebbero sollte sollten должна должен должно должны "
    "следует ينبغي يجب souhaitable convient faudrait nécessaire essentiel indispensable recommandé conveniente deseable "
    "recomendable necesario imprescindible aconsejable recomienda opportuno auspicabile necessario utile occorre "
    "desejável recomendável necessário wünschenswert empfiehlt notwendig"
)
# Case-sensitive: "May" is a month.
# (a wish too: "Local exporters hope that the Senate will approve the agreement before Christmas")
_CONJECTURE = re.compile(
    r"\b(?:could|would|might|may|can)\b|\b(?:Could|Would|Might|Perhaps|Possibly)\b|\b(?:hopes?|hoped|hoping)\s+that\b"
)

# Verbs that judge, relate or describe a state; their forms never make a clause an event.
_STATIVE_STEMS = (
    "remain",
    "maintain",  # "has maintained his predecessor's course": a course kept
    "retain",
    "seem",
    "appear",
    "reflect",
    "demonstrat",
    "show",
    "signal",
    "signif",
    "indicat",
    "underscor",
    "underlin",
    "suggest",
    "mean",
    "represent",
    "constitut",
    "serv",
    "help",
    "contribut",
    "ensur",
    "allow",
    "enabl",
    "requir",
    "need",
    "depend",
    "regard",
    "consider",
    "view",
    "characteri",
    "mark",
    "shap",
    "focus",
    "center",
    "centre",
    "base",
    "driv",
    "involv",
    "includ",
    "cover",
    "span",
    "enjoy",
    "shar",
    "believ",
    "expect",
    "hop",
    "aim",
    "tend",
    "continu",
    "concentrat",
    "position",
    "known",
    "refer",
    "emphasi",
    "stress",
    "highlight",
    "not",
    "acknowledg",
    "associat",
    "relat",
    "concern",
    "attribut",
    "locat",
    "situat",
    "dedicat",
    "devot",
    "link",
    "connect",
    "interest",
    "limit",
    "symboli",  # "symbolised the end of isolation": a judgement
    "describ",  # "were described by both sides as constructive"
    "embod",
    "epitomi",
    "exemplif",
    "last",  # "the talks lasted three hours": how long, not what happened
    "stay",  # "stayed closed": a state kept
)
# Whole forms that judge or classify ("proved decisive", "was deemed a success"): stems would take
# "provided", "seeded" too.
_JUDGING_FORMS = frozenset("proved proven deemed hailed termed dubbed labelled labeled".split())
_CONJECTURE_KEYS = keys("could would might may can perhaps possibly hope hopes hoped hoping")
# Not in a relative clause: "signed a cable that will link the two grids" tells what the cable is for.
_FUTURE_STATIVE = re.compile(
    r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)\b(?:will|shall|would)\s+(?:\w+ly\s+|also\s+|further\s+|thus\s+)?(?:"
    + "|".join(_STATIVE_STEMS)
    + r")",
    re.IGNORECASE,
)
_FUTURE_KEYS = keys("will shall would")
IRREGULAR_PAST = frozenset(
    """
    began became brought built came chose drew fell flew forbade gave got grew held hosted kept laid led left
    lost made met paid put ran rose sat saw sent set sold spent spoke stood struck swore took told went won
    wrote broke bought caught fought froze hung overtook shook undertook withdrew arose begun done given threw thrown
    green-lit greenlit
    taken grown risen fallen flown spoken sworn undertaken withdrawn broken chosen written shot stole stolen fled lent
    overthrew overthrown drove driven sank sunk swept sought upheld withheld overcame overran rebuilt rewrote dealt
    dug forgave sprang beat
    """.split()
)
# Base forms of verbs that name an action (for "will visit", "to sign", "opens").
_EVENT_VERBS = frozenset(
    """
    visit sign hold meet open launch host attend ratify approve adopt establish found announce award
    start begin commence take arrive travel hand transfer donate organise organize celebrate commemorate
    deliver present unveil inaugurate appoint elect join accede withdraw sever declare initiate end close
    conclude agree allocate invest export import increase grow rise fall decline reach double triple
    complete finish build construct create set receive send pay win lose welcome tour discuss negotiate
    raise
    introduce release publish issue pass enact endorse approve resume suspend cancel postpone
    leave depart return admit enter sail fly supply connect submit report reopen commission design draft
    restart relaunch
    """.split()
)
# Verbs of giving that are a deed only when promised outright ("will offer", "will fund"); after "to"
# or as "-ing" they say what a thing does ("expected to contribute to EBITDA", "providing 36 percent").
_PROMISED_VERBS = frozenset("offer provide grant lend finance fund train deploy extend expand contribute".split())
_EVENT_NOUNS = (
    r"visits?|summits?|meetings?|agreements?|accords?|treat(?:y|ies)|memorand(?:um|a)|signing|ceremon(?:y|ies)"
    r"|forums?|conferences?|talks|elections?|referend(?:um|a)|exhibitions?|festivals?|congress(?:es)?"
    r"|sessions?|tours?|launch(?:es)?|openings?|inaugurations?|championships?|games|days|week|expo"
    r"|consignments?|shipment|journeys?|trips?|camps?|fairs?|tournaments?|exercises?|drills?"
    r"|(?<=the\s)show|(?<=\d\s)show|(?<=^\s)show"  # ("At the 2024 show, ...": not the verb, "Table 2 shows trade in 2023")
    # a deed named by its noun: "follows the registration of the project with the Centre on 11 August 2026"
    r"|registration|approval|ratification|establishment|adoption|completion|commissioning|accession|arrival|grant"
)
# "the summit in May", "the state visit of President X to Japan from 29 November": the noun's own
# phrase, without a comma or a verb in between.
_NOUN_BEFORE = re.compile(
    rf"\b(?:{_EVENT_NOUNS})\s+(?:[\w'’-]+\s+){{0,8}}?(?:on|in|of|from|at)\s+(?:the\s+)?$", re.IGNORECASE
)
_OPENING_PREPOSITION = re.compile(r"(?:from|between|on|in|at)\s+", re.IGNORECASE)
_NOUN_AFTER = re.compile(rf"^[\s'’s]*(?:[\w-]+\s+){{0,3}}?(?:{_EVENT_NOUNS})\b", re.IGNORECASE)

_NON_LATIN = re.compile(r"[\u0400-\u04ff\u0600-\u06ff]")  # Cyrillic, Arabic: the lists do not apply
_WORD = re.compile(r"[^\W\d_][\w'’-]*")  # "Erdoğan" is one word, not "Erdo" and "an"
# Words before an "-ed" word that make it an adjective ("the signed accord", "a more diversified agenda").
_BEFORE_PARTICIPLE = frozenset(
    "the a an its their his her our this these those that newly well more most less least highly increasingly "
    "very so".split()
) | frozenset("behind under with without within among between".split())  # "behind closed doors"
# Words after an "-ed" word that make it a participle of a reduced relative clause ("power expressed through").
_AFTER_PARTICIPLE = frozenset("through via as into".split())
_MOVED_INTO = frozenset("crossed moved marched sailed rolled stepped signed pushed poured ventured".split())
_NOT_VERBS = frozenset(
    "hundred indeed need speed seed feed breed kindred sacred naked wicked beloved united red bed shed led-by".split()
)
_FUTURE_OR_INFINITIVE = frozenset("will shall to did".split())  # "did sign" (emphatic; "did not sign" is negated)
_HELP = frozenset("help helps helped helping".split())  # "helped establish": a bare infinitive follows
_PRONOUNS = frozenset("it he she they who which".split())
_DETERMINERS = frozenset("the a an this that these those its their his her our".split())
_PASSIVE_AUXILIARIES = frozenset("was were been is are be".split())
_SKIPPABLE = frozenset("be been also soon then formally officially jointly again not finally".split())


# Verbs that settle something (signed, ratified, opened, approved, paid a visit) against verbs of talk.
_DECISIVE = re.compile(
    r"\b(?:sign(?:ed|s)?|ratif(?:ied|ies|y)|conclud(?:ed|es)|approv(?:ed|es)|adopt(?:ed|s)|establish(?:ed|es)|"
    r"endors(?:ed|es)|found(?:ed)|open(?:ed|s)|launch(?:ed|es)|inaugurat(?:ed|es)|commission(?:ed)|committ(?:ed)|"
    r"allocat(?:ed|es)|grant(?:ed)|rais(?:ed|es)|reach(?:ed|es)|amount(?:ed|s)\s+to|exceed(?:ed|s)|"
    r"paid\s+(?:a|an|his|her|their)\s+(?:state\s+|official\s+|working\s+)?visit|entered\s+into\s+force|"
    r"came\s+into\s+force|will\s+host|arrived|berthed|docked|put\s+(?:their|its|his|her)\s+signatures?|"
    # a decision to start something ("agreed to launch negotiations on a preferential trade agreement")
    r"agreed\s+to\s+(?:launch|start|begin|open|establish|set\s+up|create))\b",
    re.IGNORECASE,
)
DECISIVE_KEYS = keys(
    "sign signed signs ratified ratifies ratify concluded concludes approved approves adopted adopts established "
    "establishes endorsed endorses founded opened opens launched launches inaugurated inaugurates commissioned "
    "committed allocated allocates granted raised raises reached reaches amounted amounts exceeded exceeds visit "
    "force host arrived berthed docked signature signatures agreed"
)
_TALK = re.compile(
    r"\b(?:met|discussed|reviewed|noted|stressed|emphasi[sz]ed|highlighted|expressed|praised|described|said|"
    r"exchanged\s+views|focused|paid\s+(?:a\s+)?courtesy\s+(?:call|visit))\b",  # (a courtesy call: a meeting)
    re.IGNORECASE,
)
_TALK_KEYS = keys(
    "met discussed reviewed noted stressed emphasised emphasized highlighted expressed praised described said views "
    "focused courtesy"
)


# Substrings every match of a pattern holds (lower-cased): most sentences hold none, and a
# substring test is far cheaper than the regular expression.
_ADVICE_HINTS = (
    "urge",
    "propose",
    "suggest",
    "deserve",
    "should",
    "must",
    "ought",
    "need",
    "necessary",
    "recommend",
    "advisable",
    "imperative",
    "essential",
    "crucial",
    "vital",
    "desirable",
    "important",
    "would",
    # (the notice's "are advised to contact their agent", which the pattern reads only past these hints)
    "advised",
    "requested",
    "urged",
    "reminded",
    "encouraged",
    # (the other languages' words of advice, see _ADVICE)
    "devr",
    "deber",
    "dever",
    "dovr",
    "sollt",
    "долж",
    "следует",
    "ينبغي",
    "يجب",
    "souhait",
    "convient",
    "faudrait",
    "nécessaire",
    "essentiel",
    "indispensable",
    "recommand",
    "conveniente",
    "deseable",
    "recomend",
    "necesari",
    "necessari",
    "necessári",
    "imprescindible",
    "aconsejable",
    "opportuno",
    "auspicabile",
    "utile",
    "occorre",
    "desejável",
    "wünschenswert",
    "empfiehlt",
    "notwendig",
)
_TALK_HINTS = (
    "met",
    "discuss",
    "review",
    "noted",
    "stressed",
    "emphasi",
    "highlighted",
    "expressed",
    "praised",
    "described",
    "said",
    "exchanged",
    "focused",
    "courtesy",
)
_SPECULATION_HINTS = ("could", "would", "might", "may", "can", "perhaps", "possibly", "will", "shall")


def _hints(text: str, hints: tuple[str, ...]) -> bool:
    """Whether any hint occurs in the text, lower-cased (one regex scan instead of a loop of `in`)."""
    return _any_of(hints).search(text.lower()) is not None


@lru_cache(maxsize=None)
def _any_of(hints: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, hints)))


def settles(text: str) -> bool:
    """A verb that settles something: signed, ratified, opened, approved, paid a state visit, reached."""
    return may_hold(text, DECISIVE_KEYS) and _DECISIVE.search(text) is not None


def only_talk(text: str) -> bool:
    """Talk about happenings rather than one: met, discussed, noted, described ... and nothing settled."""
    if not (may_hold(text, _TALK_KEYS) and _hints(text, _TALK_HINTS)):
        return False
    # "The vessel berthed at Manzanillo on Saturday, Asyad Group said.": who tells it is no talk
    text = _SAID_AT_END.sub("", text) if "said" in text else text
    talk = _TALK.search(text)
    return (
        talk is not None
        and not settles(text)
        # "visited the port of Constanța, where officials discussed ...": the visit is the deed
        and _VISIT_DEED.search(text, 0, talk.start()) is None
    )


_SAID_AT_END = re.compile(
    r",\s+(?:(?:the\s+)?[^,;\"“”]{1,60}?\s+said|said\s+[^,;\"“”]{1,60}?)"
    r"(?:\s+(?:on\s+\w+|today|yesterday|in\s+a\s+statement))?"
    # ("..., the airline said on Monday, citing aircraft availability.")
    r"(?:,\s+(?:citing|adding|noting|quoting)\s[^;\"“”]{1,100}?)?[.!]?[\"”]?\s*$"
)
_VISIT_DEED = re.compile(r"\b(?:visited|toured|inaugurated|opened|launched|unveiled|laid)\b")


def speculates(text: str) -> bool:
    """Conjecture or a future state: "can become a turning point", "will help Uzbekistan to capture"."""
    return (
        (may_hold(text, _CONJECTURE_KEYS) or may_hold(text, _FUTURE_KEYS))
        and _hints(text, _SPECULATION_HINTS)
        and (_conjecture(text) or _future_stative(text))
    )


# A change in a figure or a state ("Traffic grew by 22 percent in the first half of 2026", "Then fell
# to USD 560 million in 2023", "banks have expanded in Nigeria over the past decade") is a trend:
# what an analyst reads in a figure, not a happening with a date.
_CHANGE = re.compile(
    r"\b(?:grew|grown|rose|risen|fell|fallen|increased|decreased|declined|doubled|tripled|quadrupled|halved|"
    r"expanded|dropped|climbed|surged|slowed|shrank|shrunk|contracted|recovered|revived|plunged|soared|slumped|"
    r"improved|deteriorated|worsened|fluctuated|stagnated|stabili[sz]ed|hovered|plateaued|oscillated|intensified|deepened|"
    r"widened|narrowed|"
    r"(?:became|become)\s+(?:much\s+|far\s+)?(?:more|less|increasingly))\b"  # ("the dialogue became more regular")
)
_CHANGE_KEYS = keys(
    "grew grown rose risen fell fallen increased decreased declined doubled tripled quadrupled halved expanded "
    "dropped climbed surged slowed shrank shrunk contracted recovered revived plunged soared slumped improved deteriorated "
    "worsened fluctuated stagnated stabilised stabilized hovered plateaued oscillated intensified deepened became become "
    "widened narrowed"
)


# The level a figure reached ("rose to 14", "fell to USD 3.1 billion in 2023", "grew from ... to
# more than USD 4 billion in 2022", "reaching about 25,000 in 2024"): a dated figure, kept.
_LEVEL = re.compile(
    r"\b(?:to|reaching)\s+(?:about\s+|around\s+|almost\s+|nearly\s+|some\s+|over\s+|more\s+than\s+|"
    r"less\s+than\s+|a\s+record\s+|an\s+all-time\s+high\s+of\s+)?(?:(?:[A-Z]{2,3}|Rs\.?|R\$|KSh)\s?\d|[$€£¥₸]\s?\d|\d)"
)
_AFTER_A_THING_DONE = re.compile(
    r"\s(?:after|following)\s+the\s+(?:[\w'’-]+\s+){1,3}?[a-z]{3,}ed\s+(?:in|on|by|at)\b(?P<rest>[^,;]*)$"
)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|be|being|is|are)\s+(?:\w+ly\s+)?$")
_COUNT_SUBJECT = re.compile(r"(?:The|the|Its|its)\s+(?:number|share|proportion|percentage)\s+of\b")


def is_trend(clause: str) -> bool:
    """A figure or a state changing over time ("grew by 22 percent", "fell sharply in the late
    2010s", "have expanded over the past decade"), with nothing settled and no level reached: not
    a happening.  "was expanded in 2017" (a deed) and "rose to 14 in 2024" (a dated figure) are."""
    if not may_hold(clause, _CHANGE_KEYS):
        return False
    change = next(
        (m for m in _CHANGE.finditer(clause) if not _attributive(clause, m) and not _fell_in_war(clause, m)), None
    )
    if (
        change is None
        or _PASSIVE_BEFORE.search(clause, 0, change.start())
        or _DROPPED_A_THING.match(clause, change.start())
        or _GREW_OUT_OF.match(clause, change.start())
        or (_CHANGED_A_THING.match(clause, change.start()) and not _PERFECT_BEFORE.search(clause, 0, change.start()))
    ):
        return False
    # (not a deed that only names what the change came after: "Contacts intensified after the reforms
    # launched in Uzbekistan in 2016")
    after = _AFTER_A_THING_DONE.search(clause, change.end()) if "after" in clause or "following" in clause else None
    if after is not None and has_action_verb(after.group("rest")):
        after = None  # ("after the agreement signed in 2019 entered into force in 2020": a deed of its own)
    if settles(clause[: after.start()] if after else clause):
        return False
    # "In March 2025 Mexico introduced an electronic visa, which halved the processing time": the
    # change is what the deed did, or why, told in a clause after it ("began operating in December
    # 2019 and greatly improved connections": what it did next).
    relative = _WHICH_CHANGED.search(clause, 0, change.start())
    if relative is not None and has_action_verb(clause[: relative.start()]):
        return False
    if _COUNT_SUBJECT.match(clause) and _FROM_DATED.search(clause, change.end()):
        # "The number of Turkish citizens living in Montenegro rose from about 3,000 in 2020 to ...": a
        # statistic over years (not "The number of companies at Gulfood grew to 46 in February 2026")
        return True
    level = _LEVEL.search(clause)
    if level is None:
        return True
    # "has grown steadily, from USD 0.71 billion in 2021 to USD 1.14 billion in 2025": a perfect
    # tells the change up to now, and its figures bound a period; "rose to 14 in 2024" is dated.
    # So does "has grown to 212 companies, from 140 five years ago": the baseline's date after the level.
    return _PERFECT_BEFORE.search(clause, 0, change.start()) is not None and (
        _FROM_DATED.search(clause, change.end(), level.start()) is not None
        or _FROM_AGO.search(clause, level.end()) is not None
    )


def _fell_in_war(clause: str, change: re.Match[str]) -> bool:
    """People who fell, not a figure: "the monument to the soldiers who fell at Monte Cassino"."""
    return change.group() in ("fell", "fallen") and clause.endswith(
        ("who ", "who had ", "who have "), 0, change.start()
    )


# (also a clause of time or cause: "was shelved in 2014 when European demand fell")
_WHICH_CHANGED = re.compile(r"(?:,\s+which|\b(?:when|as|because|after|and))\s+(?:[\w-]+\s+){0,3}$")


def _attributive(clause: str, change: re.Match[str]) -> bool:
    """A change word used as an adjective: "talks in restricted and expanded formats", "an
    increased quota" (not "and expanded by 12 percent"); a participle with no auxiliary before it
    ("48 tonnes grown in Prince Edward Island": a reduced relative clause; "exports have grown": a change)."""
    if change.group() in _PARTICIPLE_ONLY and not _AUXILIARY_BEFORE.search(
        clause, max(0, change.start() - 30), change.start()
    ):
        return True
    if _DETERMINER_OR_AND.search(clause, max(0, change.start() - 8), change.start()) is None:
        # "obtained improved oil palm seeds": the object of another deed's verb, before its noun
        return (
            _DEED_VERB_BEFORE.search(clause, max(0, change.start() - 16), change.start()) is not None
            and _NOUN_AFTER_CHANGE.match(clause, change.end()) is not None
        )
    # ("the expanded Work and Holiday programme": a name after an article)
    return _NOUN_AFTER_CHANGE.match(clause, change.end()) is not None or (
        clause[change.end() + 1 : change.end() + 2].isupper()
        and _ARTICLE_BEFORE.search(clause, max(0, change.start() - 8), change.start()) is not None
    )


# "Gulf Air dropped the route in 2012": a thing given up, a deed (not "exports dropped by 4 percent").
_DROPPED_A_THING = re.compile(r"dropped\s+(?:the|its|their|his|her|a|an|plans?)\b")
# "The church, which grew out of the mission's work, became independent in 1954": an origin, no figure
_GREW_OUT_OF = re.compile(r"(?:grew|grown)\s+out\s+of\b")
# "Azerbaijan Airlines increased the number of its flights ... on Sunday": someone changed a thing, a
# deed at its date (not "have expanded their trade": a course up to now)
_CHANGED_A_THING = re.compile(
    r"(?:increased|decreased|doubled|tripled|quadrupled|halved|expanded)\s+"
    r"(?:the\s+(?:number|frequency|capacity|size)\s+of|its|their)\s"
)


_DEED_VERB_BEFORE = re.compile(
    r"\b(?:obtained|received|bought|purchased|imported|supplied|exported|delivered|introduced|offered|"
    r"brought|sent|provided|acquired|adopted|developed)\s+$"
)
_DETERMINER_OR_AND = re.compile(r"\b(?:a|an|the|and|or|its|their|his|her)\s+$")
_PARTICIPLE_ONLY = frozenset("grown risen fallen shrunk".split())  # (their simple past is another word)
_AUXILIARY_BEFORE = re.compile(r"\b(?:has|have|had|having|be|been|being|is|are|was|were)\s+(?:\w+\s+)?$")
_NOUN_AFTER_CHANGE = re.compile(
    r"\s+(?!(?:by|to|from|in|into|over|during|at|on|with|since|for|further|again|sharply|steadily|rapidly|"
    r"significantly|slightly|strongly|markedly|considerably|substantially|fast|quickly|slowly)\b)[a-z]{3,}"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$")


_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|also\s+)?$")
_FROM_DATED = re.compile(r"\bfrom\b[^;]*?\b(?:1[89]|2[01])\d\d\b")
_FROM_AGO = re.compile(
    r",?\s+(?:up\s+)?from\s+[^;,]{1,40}?\s(?:(?:1[89]|2[01])\d\d|(?:\w+\s+)?(?:years?|months?)\s+(?:ago|earlier|before))\b"
)


def gives_advice(text: str) -> bool:
    """Advice: "It is recommended ...", "it is necessary to", "should", "must" (not conjecture)."""
    if not (may_hold(text, _ADVICE_KEYS) and _hints(text, _ADVICE_HINTS)) or (found := _ADVICE.search(text)) is None:
        return False
    return not _expected(text, found)


def _expected(text: str, advice: re.Match[str]) -> bool:
    """Whether the advice word found is only a "should" of what is expected to happen."""
    return (
        advice.group().lower() == "should"
        and _EXPECTED.match(text, advice.start()) is not None
        and _ADVICE.search(text, advice.end()) is None
    )


def is_advice(text: str) -> bool:
    """Advice or conjecture: "It is recommended ...", "should", "could", "would"."""
    return _advice(text) or _conjecture(text)


# "A second round should follow in Kingston early next year", "The interconnector should enter service
# in 2030": what is expected to happen, said of the happening itself, not advice to anyone.
_EXPECTED = re.compile(
    r"\bshould\s+(?:(?:follow|take\s+place|begin|start|open|arrive|resume)\s+(?=(?:in|on|by|at|next|early|late|"
    r"later|this|before|after|within|shortly|soon)\b)|be\s+held\b|enter\s+(?:into\s+)?(?:service|force|operation)\b|"
    r"come\s+into\s+(?:force|operation)\b|be\s+(?:completed|finished|commissioned|operational|delivered|operating|"
    r"in\s+operation|ready|in\s+place)\s+"
    r"(?=(?:in|on|by|before|next|early|late|later|this|within)\b))"
)


# "The meeting, set for 20 and 21 October, will not take place this week": called off.
WONT_TAKE_PLACE = re.compile(r"\bwill\s+not\s+(?:now\s+)?(?:take\s+place|be\s+held|go\s+ahead)\b")
_GUEST_AT = re.compile(
    r"\b(?:was|were|will\s+be|is\s+to\s+be)\s+(?:the\s+)?(?:chief\s+guest|main\s+guest|guests?\s+of\s+honou?r|"
    r"(?:partner|guest|focus)\s+(?:country|nation)|country\s+of\s+honou?r)\b"
)
_GUEST_KEYS = keys("guest guests partner focus honour honor")
_IN_OPERATION_BY = re.compile(
    r"\b(?:will|should|is\s+to|are\s+to|is\s+expected\s+to|are\s+expected\s+to)\s+be\s+(?:fully\s+)?"
    r"(?:operating|operational|in\s+operation|in\s+service|online|energi[sz]ed|up\s+and\s+running)\s+"
    r"(?:(?:by|in|from)\s+(?:the\s+end\s+of\s+)?)$"
)
# ("The company intends to offer cross-border transfers ... from January 2027": a service's start)
_ABLE_FROM = re.compile(
    r"\b(?:will\s+be\s+able|intends?|plans?)\s+to\s+[a-z]+\b[^.;]{0,80}?\b(?:from|starting(?:\s+(?:on|in))?|as\s+of)\s+"
    r"(?:the\s+)?$"
)


def _advice(text: str) -> bool:
    if not may_hold(text, _ADVICE_KEYS) or (found := _ADVICE.search(text)) is None:
        return False
    if _expected(text, found):
        return False
    # "..., where such treaties must also pass the regional parliaments": a rule described in a
    # relative clause after a deed, not advice.
    return found.group().lower() not in ("must", "need to", "needs to") or (
        _ADVICE.search(_RELATIVE_CLAUSE.sub("", text)) is not None
    )


# A figure foreseen: "The ministry expects mango exports to Australia to reach 2,000 tonnes next year",
# "Trade is expected to exceed USD 1 billion in 2027" (not "expected to reach an agreement in May").
_FORECAST = re.compile(
    r"\b(?:expects?|expected|forecasts?|projects?|projected|predicts?|predicted|estimates?|anticipates?)\b[^.;]{0,80}?"
    r"\bto\s+(?:reach|exceed|double|triple|grow|rise|increase|top|surpass|hit|fall|decline|total|amount)\b"
    # (a figure, not the year of its date: "expected to reach financial close in December 2026" is a step)
    r"[^.;]{0,30}?(?:(?<!\d)(?!(?:19|20)\d\d\b)\d|\b(?:million|billion|record)\b)"
    # "intends to export up to 1,500 tonnes of licorice root to Japan next year": a ceiling aimed at
    r"|\b(?:intends?|plans?|aims?|wants?|hopes?)\s+to\s+(?:export|import|sell|buy|supply|ship|produce)\s+"
    r"(?:[\w-]+\s+){0,3}?up\s+to\s+\d"
)


_FORECAST_KEYS = keys(
    "expect expects expected forecast forecasts project projects projected predict predicts predicted estimate "
    "estimates anticipate anticipates intend intends plan plans aim aims want wants hope hopes"
)


def _forecast(text: str) -> bool:
    return may_hold(text, _FORECAST_KEYS) and _FORECAST.search(text) is not None


def _conjecture(text: str) -> bool:
    if not may_hold(text, _CONJECTURE_KEYS):
        return False
    if _WISH.search(text):
        return True  # "said they hoped Lithuania would join the arrangement by 2028": a wish, however reported
    if _CONJECTURE.search(text) is None:
        return False
    # "agreed to build a plant ..., which would use Nigerian gas": a modal in a relative clause
    # says what the thing is for, not that the sentence guesses.
    # "They agreed that the Joint Commission would meet in Abuja": a decision reported, a plan.
    # "... has been postponed to 2027 so that it can take stock of ...": a purpose, not a guess.
    # "recommended ratification with a declaration that Fiji may refuse requests": what a text says.
    text = _NOUN_THAT_CLAUSE.sub("", _PURPOSE_CLAUSE.sub("", text))
    # "signed a joint declaration in support of the SoutH2 Corridor, a pipeline that would carry hydrogen":
    # what the thing a settled deed names would do
    modal_that = _THAT_MODAL.search(text)
    if modal_that is not None and settles(text[: modal_that.start()]):
        text = text[: modal_that.start()] + text[modal_that.end() :]
    # "asked the Authority to recognise the certificates, a request that could open the market": what
    # the deed before a closing apposition might bring, not a guess about the deed
    closing = _CLOSING_APPOSITION.search(text)
    if closing is not None and has_action_verb(text[: closing.start()]):
        text = text[: closing.start()]
    # "A feasibility study presented on Wednesday concluded that a line would be viable and could be
    # built for US$1.1 billion": what a study found, not the writer's guess
    found = _STUDY_FOUND.search(text)
    if found is not None:
        text = text[: found.start("finding")]
    return _CONJECTURE.search(_REPORTED_THAT.sub("", _RELATIVE_CLAUSE.sub("", text))) is not None


_STUDY_FOUND = re.compile(
    r"\b(?:study|report|assessment|analysis|review|survey|audit|evaluation|appraisal)\b[^.;]{0,80}?"
    r"\b(?:concluded|found|showed|concludes|finds|shows)\s+(?P<finding>that\b)"
)
_WISH = re.compile(r"\bhop(?:e|es|ed|ing)\s+(?:that\s+)?(?:[\w’'-]+\s+){1,5}?(?:would|will)\b")
_CLOSING_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,2}?(?:that|which)\s+(?:would|could|might|may|can)\s[^,;]*[.!]?$"
)
_MARK_OR_LEAD = re.compile(
    r"\bmark(?:s|ed|ing)?\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:anniversary|years\s+of)\b"
    r"|\blead(?:s|ing)?\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?(?:mission|delegation)\b"
    r"|\b(?:take|takes|took|taken|taking)\s+delivery\b"
)
# "cut" done to a thing: a ribbon at an opening, a supply or ties cut off ("Thailand cut the supply of electricity
# ... to five border areas", "cut diplomatic ties"), not the noun ("a cut in tariffs", "the budget cut")
_CUT_A_THING = re.compile(
    r"(?<!\ba\s)(?<!\bthe\s)\bcut\s+(?:off\s+)?(?:the\s+|its\s+|their\s+|all\s+|diplomatic\s+)?"
    r"(?:ribbon|tape|supply|supplies|ties|relations|power|electricity|fuel|funding|aid|links?|access|internet)\b"
)
_PURPOSE_CLAUSE = re.compile(r"\b(?:so\s+that|in\s+order\s+that)\b[^,;]*")
_THAT_MODAL = re.compile(r"\s(?:that|which)\s+(?:would|could|might|may|can)\s[^,;]*")
_NOUN_THAT_CLAUSE = re.compile(
    r"\b(?:a|an)\s+(?:[a-z][\w’'-]*\s+){0,2}?(?:declaration|reservation|clause|provision|condition|guarantee|"
    r"assurance|understanding|requirement|safeguard|stipulation)\s+that\b[^,;]*"
)


# (Also without a comma: "a protocol that raises the number of workers who may work in Greece".)
_RELATIVE_CLAUSE = re.compile(r"(?:,\s+|\s)(?:which|who|whose|where)\b[^,;]*")
# "may" that grants, not guesses: "announced that holders of the permit may renew their permits until 2031".
_ALLOWED_TO = r"(?:renew|apply|stay|enter|travel|work|study|reside|register|import|export|operate)"
# (Also with a date or an addressee before "that": "announced on Friday that the embassy would open".)
_REPORTED_THAT = re.compile(
    r"\b(?:agreed|announced|decided|confirmed|promised|pledged|noted|explained|stressed|indicated|assured)\s+"
    r"(?:[\w’'-]+\s+){0,4}?that\b(?![^;]*\b(?:could|might|can|may(?!\s+(?:now\s+|also\s+)?"
    + _ALLOWED_TO
    + r"\b))\b)[^;]*"
    # "..., who said the number of volunteers would double in 2027"; "According to the envoy, the
    # two sides would meet again in Windhoek": a plan reported, not a guess.
    r"|\b(?:said|stated|added|told\s+\w+)\s+(?:that\s+)?(?=[^;]*\bwould\b)[^;]*"
    r"|^According\s+to\s[^,;]+,[^;]*"
    # "denied a report that Lithuania would sign an agreement ...": what is denied is no guess of the source's
    r"|\b(?:denied|dismissed|rejected|refuted)\b[^;]*"
    # "Argentina objected that the mill would pollute the river and took Uruguay to the Court": a party's
    # fear reported, not the writer's guess
    r"|\b(?:objected|argued|warned|complained|claimed|protested|feared|alleged|insisted)\s+(?:[\w’'-]+\s+){0,4}?that\b[^;]*"
)


def _future_stative(text: str) -> bool:
    if not may_hold(text, _FUTURE_KEYS):
        return False
    for match in _FUTURE_STATIVE.finditer(text):
        if _IN_RELATIVE.search(text, max(0, match.start() - 120), match.start()):
            continue  # "signed a letter of intent under which the bank will consider ...": the signing is told
        if _MARK_OR_LEAD.match(text, match.end() - len(match.group().split()[-1])):
            continue  # "will mark the 40th anniversary of relations with a festival": a celebration
        so = _CONSEQUENCE.search(text, 0, match.start())
        if so is not None and has_action_verb(text[: so.start()]):
            continue  # "approved the Convention on 20 May, so ... only the exchange of notes will remain"
        before = text[: match.start()]
        if before.endswith("and ") and _DATED.search(before) and has_action_verb(before[:-4]):
            continue  # "is to be installed by June 2027 and will allow ...": the dated deed, then its use
        end = _WORD_REST.match(text, match.end()).end()  # type: ignore[union-attr]
        if not _PLEDGED.match(text, end):  # "will contribute €2.5 million to ...": a pledge
            return True
    return False


_WORD_REST = re.compile(r"\w*")
# What part of a whole a thing is ("made up almost 97 percent of the total", "accounted for a third of ...").
_SHARE_OF = re.compile(
    r"\b(?:made\s+up|accounted\s+for|represented|supplied|provided)\s+(?:about\s+|almost\s+|nearly\s+|some\s+|over\s+|more\s+than\s+|"
    r"roughly\s+|around\s+|less\s+than\s+|just\s+(?:over|under)\s+)?(?:a\s+(?:third|quarter|half|fifth|tenth)|"
    r"two\s+thirds|three\s+quarters|[\d.,]+\s*(?:%|percent|per\s+cent))"
)
# A place in a table of partners: "ranked eleventh among Tajikistan's trading partners", "ranks third among
# the suppliers" (not a place won in a contest).
_RANKED_AMONG = re.compile(
    r"\brank(?:ed|s)?\s+(?:as\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\d+(?:st|nd|rd|th))\s+among\s+(?:[\w'’-]+\s+){0,4}?(?:partners|suppliers|investors|markets|destinations|buyers|"
    r"sources|exporters|importers|customers|countries|donors)\b"
)
# A turn told as a judgement of it, with no deed named ("acquired a new dynamic", "changed this picture").
_JUDGED_TURN = re.compile(
    r"\b(?:acquired|gained|took\s+on)\s+(?:a\s+)?new\s+(?:dynamic|dynamism|momentum|impetus|quality|character|dimension)\b"
    r"|\bchanged\s+(?:this|the|that)\s+picture\b|\bshowed\s+the\s+limits\s+of\b"
)
# What things did to the relationship, in a judge's words: an assessment, not a deed.
_TESTED_TIES = re.compile(
    r"\b(?:tested|strained|overshadowed|clouded|soured|shaped|defined|marked)\s+(?:the\s+|their\s+|bilateral\s+)*"
    r"(?:friendship|relationship|relations|ties|partnership)\b"
)
# A show opening at another museum ("The Déri Museum in Debrecen will show it from March 2027").
_SHOWN_AT = re.compile(
    r"\b(?:[Mm]useums?|[Gg]allery|[Gg]alleries)\b[^.;]{0,80}?\bwill\s+(?:then\s+)?(?:show|display|exhibit|host|present)\s+"
    r"(?:it|them|the\s+(?:exhibition|collection|show|works|objects))\s+(?:from|in|on|until)\s+(?:the\s+end\s+of\s+)?$"
)
# A show and how long it stays open ("The exhibition, the largest loan ..., runs until 31 January 2027").
_SHOW_RUNS_UNTIL = re.compile(
    r"\b(?:[Ee]xhibitions?|[Ee]xpositions?|[Rr]etrospective|[Ff]estival|[Ff]air|[Bb]iennale|[Ee]xpo)\b[^.;]{0,90}?"
    r"\b(?:runs|will\s+run|is\s+open|remains\s+open|will\s+(?:remain|be|stay)\s+open|stays\s+open)\s+"
    r"(?:until|till)\s+(?:the\s+end\s+of\s+)?$"
)
_DATED = re.compile(rf"\b(?:1[89]|20)\d\d\b|\b(?:{'|'.join(MONTH_NAMES)})\b")  # a year or a month named
# A consequence drawn after the deed the sentence tells: what follows from it, not what it is.
_CONSEQUENCE = re.compile(r",\s+so\s+(?!(?:that|far|much|many|as|long)\b)")
_A_DAY = re.compile(r"\d{1,2}(?:[–-]\d{1,2})?\s+[A-Z]|[A-Z][a-z]+\s+\d{1,2}\b(?!\d)")  # (or days: "18–20 April")
_IN_FORCE_SINCE = re.compile(r"\bin\s+force\s+since\s+(?:the\s+)?$")
_IN_RELATIVE = re.compile(r"\b(?:which|whom)\s[^,;.]*$")


_DATES_FROM = re.compile(r"\bdates\s+(?:back\s+)?(?:from|to)\s+(?:the\s+)?$")


_RESULT_AFTER = re.compile(
    r",\s+so\s+(?!(?:far|much|many|long|that\s+it\s+is)\b)"
    # ("A third hall is planned for 2028, the company's chief executive said, adding that the plant would ...")
    r"|,\s+(?:adding|saying)\s+(?:that\s+)?"
)


# What past deeds are judged to have made of a relation: "created a solid political framework", "laid a
# firm foundation for ..." (the adjective judges; "established a legal framework for investment" is a law).
_LAID_A_BASE = re.compile(
    r"\b(?:created|laid|provided|formed|built|established|set|put\s+in\s+place)\s+(?:a|the)\s+"
    r"(?:solid|firm|strong|sound|good|reliable|stable|durable|lasting|robust)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:framework|foundation|basis|base|groundwork)\b"
)


# A dated happening as the subject of what it did to things, a judgement of its effect: "The visa
# exemption of 2019 has made travel easier.", "A state visit at the end of 2026 gave it a political
# framework.", "The events of October 1983 broke the relationship off." (the happening, if wanted, is
# told by a sentence of its own).
_DATED_SUBJECT = re.compile(
    # (not a text or a deed named by its participle: "The Pretoria agreement of November 2022 allowed the
    # dialogue to resume", "A protocol signed in May 2016 allowed India to ..." date the signing)
    r"(?:[Tt]he|[Aa]n?)\s+(?!(?:[\w'’-]+\s+){0,4}?(?:agreements?|accords?|protocols?|treat(?:y|ies)|memorand(?:um|a)|"
    r"conventions?|deals?|contracts?|declarations?|charters?|releases?|[a-z]+ed)\b)(?:[\w'’-]+\s+){1,4}?(?:of|in|from|at|at\s+the\s+(?:end|start|beginning|turn)\s+of)\s+(?:late\s+|early\s+)?"
)
_EFFECT_AFTER = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:made|gave|given|broke|broken|turned|changed|transformed|paved|helped)\s+"
    r"(?:it|them|the|travel|trade|relations|ties|this|that|a|an|[A-Z][\w'’-]*)\b"
)


# How often something had happened up to a date: "had met six times by 2027", "has visited 11 times until 2026".
TALLY_BY = re.compile(r"\b(?:\d+|[a-z]+)\s+times\s+(?:by|until|up\s+to|so\s+far\s+by)\s+(?:the\s+end\s+of\s+)?$")


def _judged_effect(clause: str, date_at: tuple[int, int]) -> bool:
    """Whether the date only dates the subject of a judged effect (see _DATED_SUBJECT)."""
    return (
        _DATED_SUBJECT.fullmatch(clause, 0, date_at[0]) is not None
        and _EFFECT_AFTER.match(clause, date_at[1]) is not None
    )


def states_event(clause: str, *, date_at: tuple[int, int] | None = None, language: str = "en") -> bool:
    """Whether `clause` states a happening rather than advice, conjecture, an assessment or a state.

    `date_at` is the (start, end) of the date expression in the clause, for the event-noun test.
    """
    if language != "en" or (not clause.isascii() and _NON_LATIN.search(clause)):
        return True
    if "should" in clause and (expected := _EXPECTED.search(clause)) is not None:
        # (read as what will happen: "should" and "will" are as long, so `date_at` still holds)
        clause = f"{clause[: expected.start()]}will  {clause[expected.start() + 6 :]}"
    if " not " in clause and WONT_TAKE_PLACE.search(clause):
        return True  # "The meeting, set for 20 and 21 October, will not take place this week": called off
    if may_hold(clause, _GUEST_KEYS) and _GUEST_AT.search(clause):
        # "President Murmu was the chief guest in March 2024": a visit, told by a copula; "Ethiopia will
        # be the partner country of the Seoul Café Show in November 2027": a part in a show
        return True
    if date_at is not None and "first" in clause and _AMONG_THE_FIRST.search(clause) and not _advice(clause):
        return True  # "Greece was among the first states to recognise the independence of Armenia, in December 1991"
    if date_at is not None and "found" in clause and _AMONG_THE_FOUNDERS.search(clause) and not _advice(clause):
        return True  # "In September 2018 A and B were among the founders of the High Level Panel ...": a founding
    if (
        date_at is not None
        and " be " in clause
        and _IN_OPERATION_BY.search(clause, max(0, date_at[0] - 80), date_at[0])
    ):
        return True  # "The centre should be operating by March 2027": a start of service expected then
    if date_at is not None and " to " in clause and _ABLE_FROM.search(clause, max(0, date_at[0] - 120), date_at[0]):
        return True  # "Employers in Korea will be able to select Ethiopian workers from March 2027": a start
    if (
        date_at is not None
        and "until" in clause
        and _SHOW_RUNS_UNTIL.search(clause, max(0, date_at[0] - 140), date_at[0])
    ):
        return True  # "The exhibition ... runs until 31 January 2027": the day a show closes
    if date_at is not None and " will " in clause and _SHOWN_AT.search(clause, max(0, date_at[0] - 140), date_at[0]):
        return True  # "The Déri Museum in Debrecen will show it from March 2027": the show opens there
    if date_at is not None and names_a_thing_s_year(clause, date_at):
        return False  # "signed purchase agreements for coffee from the 2027 harvest", "the 2027 federal budget"
    if (
        "made up" in clause
        or "accounted for" in clause
        or "represented" in clause
        or "supplied" in clause
        or "provided" in clause
    ) and _SHARE_OF.search(clause):
        # "Rough and polished diamonds made up almost 97 percent of the total.", "Mexico supplied roughly a
        # third of Belize's electricity last year.": a share, a statistic
        return False
    if "rank" in clause and _RANKED_AMONG.search(clause):
        return False  # "Pakistan ranked eleventh among Tajikistan's trading partners in the first half": a rank
    if (
        date_at is not None
        and "end of" in clause
        and (_STOCK_AT_THE_END.search(clause, 0, date_at[0]) or _LEVEL_AT_THE_END.search(clause, 0, date_at[0]))
    ):
        # "About 1,260 companies with Korean capital were registered in Romania at the end of last year", "The
        # regasification capacity of the terminal was 6.1 billion cubic metres a year at the end of 2025"
        return False
    if _CROWD.search(clause):
        return False  # "about 31,000 Austrians visited Cambodia in 2025": a count of people, a statistic
    if ("far" in clause or "date" in clause) and _TALLY_SO_FAR.search(clause):
        return False  # "So far this year 214 Cuban nationals have been returned to Cuba": a running count
    if date_at is not None and (did := _COUNT_WHO_DID.match(clause)) is not None and did.end() <= date_at[0]:
        return False  # "Around 40 Peruvian students studied in Vietnam in 2025": how many, that year
    if date_at is not None and _EARLIER_STATEMENT.search(clause, max(0, date_at[0] - 50), date_at[0]):
        return False  # "In our statement of 28 August 2026, the number ... was given as 1,432": a correction's
    if (
        ("ties" in clause or "relation" in clause or "friendship" in clause or "partnership" in clause)
        and (tested := _TESTED_TIES.search(clause)) is not None
        and not has_action_verb(clause[: tested.start()])
    ):
        return False  # "The cancellation of the project and the default of 2022 tested the friendship.": a judgement
    # "The relationship acquired a new dynamic in 2026.", "The restoration of 2022 changed this picture.": a
    # judgement (unless a deed follows: "gained new momentum in 2024, when the two presidents signed ...")
    if (
        (" new " in clause or "picture" in clause or "limits" in clause)
        and _JUDGED_TURN.search(clause)
        and " when " not in clause
    ):
        return False
    if _SEASON_AS_SUBJECT.match(clause):
        return False  # "Autumn came early to Kakheti this year.": the weather sets a scene
    if date_at is not None and " times " in clause and TALLY_BY.search(clause, max(0, date_at[0] - 40), date_at[0]):
        return False  # "The Council had met six times by 2027.": a tally, no happening of that year
    if date_at is not None and clause[:1] in "TAta" and _judged_effect(clause, date_at):
        return False  # "The visa exemption of 2019 has made travel easier.": what a dated thing did, judged
    if (
        "framework" in clause
        or "foundation" in clause
        or "basis" in clause
        or "base " in clause
        or "groundwork" in clause
    ) and _LAID_A_BASE.search(clause):
        return False  # "The visits of 2018 and 2023 ... created a solid political framework.": a judgement
    if (
        ("under" in clause or "being" in clause or "decision" in clause)
        and (undecided := _UNDECIDED.search(clause)) is not None
        and not has_action_verb(clause[: undecided.start()])  # ("was tabled in September and is under review")
    ):
        return False  # "An honorary consulate in Gyumri is under consideration, but no decision has been taken."
    if (
        date_at is not None
        and (date_at[0] <= 4 or _OPENING_PHRASE.fullmatch(clause, 0, date_at[0]))
        and _TIME_AS_SUBJECT.match(clause, date_at[1])
    ):
        # "Wednesday began early in Jiri.", "2024 was a year of change", "For the 340 families of the
        # cooperative, this week brought a milestone.": the time itself, no deed
        return False
    if (
        date_at is not None
        and (_TO_BE_HELD.search(clause, max(0, date_at[0] - 80), date_at[0]) or _frequency_changed(clause, date_at))
        and not _advice(clause)
    ):
        # "will help organise the first Business Forum, to be held in Antwerp in May 2027"; "will serve
        # Lima twice a week, increasing to five times a week in April"
        return True
    if date_at is not None and _OPENS_ON.search(clause, max(0, date_at[0] - 100), date_at[0]):
        return True  # "applications for the programme open on 1 December": a timetable's step
    if date_at is not None and "dates" in clause and _DATES_FROM.search(clause, max(0, date_at[0] - 24), date_at[0]):
        return True  # "Guyana's embassy in Brasília dates from 1974": when the thing began
    # "ratified it in September, so once the notes are exchanged it can enter into force": what may
    # follow from a deed, or what a speaker adds, is no doubt about the deed
    result = (
        _RESULT_AFTER.search(clause, date_at[1])
        if date_at is not None and (", so " in clause or ", add" in clause or ", say" in clause)
        else None
    )
    head = clause[: result.start()] if result is not None else clause
    if (
        date_at is not None
        and not _advice(head)
        and _conjecture(head)
        and _dated_deed(clause, date_at[0])
        and _CONDITION.search(clause, 0, date_at[0]) is None  # ("If ratified by the end of the year, ... would")
    ):
        # "Citizens ... may stay up to 90 days without a visa under an agreement signed in 2009": what
        # may be done now rests on a deed the date settles
        return True
    if _advice(head) or _conjecture(head) or _future_stative(head) or _forecast(head):
        # "the visit could not take place": called off, which is a happening; "must be approved by the
        # Union Cabinet, which is expected to do so in March": a step still to come
        if _not_held(clause) or (" so" in clause and _STEP_TO_DO.search(clause) is not None):
            return True
        # "The agreement must be ratified by both parliaments, and the ministries expect it to enter into
        # force in the spring of 2027": the date's own clause says what happens then
        told = _date_s_clause(clause, date_at)
        return told is not None and states_event(told[0], date_at=told[1], language=language)
    if (
        may_hold(clause, _HABIT_OR_STEADFAST_KEYS)
        and (_habitual(own := _own_part(clause, date_at)) or _steadfast(own))
        and not (date_at is not None and _dated_deed(clause, date_at[0]))
    ):
        return False  # a habit or a stance kept, unless the date is a deed's own ("the partnership signed in 2024")
    if date_at is not None and _dated_attribution(clause, date_at):
        return False
    if (
        date_at is not None
        and _IN_FORCE_SINCE.search(clause, max(0, date_at[0] - 20), date_at[0])
        and _A_DAY.match(clause, date_at[0], date_at[1])
    ):
        # "the agreement ... in force since 1 July 2006": the day it entered into force ("in force
        # since January 2014" is a state of things, as a trend is)
        return True
    # An open question tells nothing done: "It remains unclear whether the 2024 memorandum will be
    # implemented" (the deed asked about is no deed; "discussed whether to ..." keeps "discussed").
    core = _WHETHER.sub("", clause) if "whether" in clause else clause
    if has_action_verb(core) or _scheduled(core) or _worth_a_figure(core) or _flow_was(core):
        return True
    if _future_deed(core) and not (date_at and _ATTRIBUTIVE.search(clause, 0, date_at[0])):
        return True  # ("will replace the 1994 one": the year names a thing, not when it happens)
    if date_at is None:
        return _not_held(clause)
    start, end = date_at
    before = clause[max(0, start - 60) : start]
    opening = _OPENING_PREPOSITION.match(clause, start, end)  # "from 29 November to 2 December 2022"
    if opening:
        before += opening.group()
    # An event noun at the date ("the October 2022 state visit") unless the clause denies or judges
    # it ("did not sign the 2019 agreement", "the 2022 visit marked a turning point").
    # A day judged still dates its happening: "The official visit of ... to Manila on 18–20 April
    # 2024 marked a turning point" is the visit's only statement of its days.
    if (_NOUN_BEFORE.search(before) or _NOUN_AFTER.match(clause[end : end + 60])) and not (
        _negation(clause) or (_judged(clause) and not _A_DAY.match(clause, start, end))
    ):
        return True
    # "the 54th Festival Internacional Cervantino in Guanajuato, Mexico, which runs from 16 October":
    # a gathering's own days, told in a relative clause after its name
    if _RUNS.search(clause, max(0, start - 40), start) and _GATHERING.search(clause, max(0, start - 160), start):
        return True
    # "The decision follows the signing of the mining convention with the State on 2 July 2026": a
    # deed named by its noun, dated
    if _NOMINAL_DEED.search(clause, max(0, start - 140), start) and not _negation(clause):
        return True
    # "the memorandum signed by Turkey and Libya in 2019, which Greece considers void"
    return _dated_deed(clause, start) or _not_held(clause)


# The date of a statement an outlet corrects or recalls, named by its own words ("our statement of").
_EARLIER_STATEMENT = re.compile(
    r"\b(?:[Oo]ur|[Aa]n\s+earlier|[Tt]he\s+earlier|[Aa]\s+previous|[Tt]he\s+previous|[Ii]ts\s+earlier|[Ii]ts\s+previous)\s+"
    r"(?:press\s+)?(?:statement|release|report|article|story|bulletin|edition|issue|notice|announcement)\s+"
    r"(?:of|dated|on)\s+(?:the\s+)?$"
    # "the area covered, given in its release of 5 August as 12,400 hectares" (not "issued its statement on ...")
    r"|\b(?:given|stated|published|reported|announced)\s+in\s+(?:its|their|the)\s+(?:press\s+)?"
    r"(?:statement|release|report|bulletin|notice|announcement)\s+(?:of|dated)\s+(?:the\s+)?$"
)
_TIME_AS_SUBJECT = re.compile(
    r"\s+(?:began|begins|started|starts|dawned|was|is|proved|turned\s+out|marks|marked|brought|brings)\b"
)
_CONDITION = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Oo]nce|[Ss]hould)\s")
# A deed told as a rank among those who did it: "was among the first states to recognise", "was the first to sign".
_AMONG_THE_FIRST = re.compile(
    r"\b(?:was|were)\s+(?:among\s+the|one\s+of\s+the|the)\s+(?:very\s+)?first\s+(?:[a-z]+\s+){0,2}?to\s+"
    r"(?!be\b|have\b)[a-z]{3,}\b"
)
# A count of things in a state at a period's end: a stock, a statistic (not "opened ... by the end of").
_STOCK_AT_THE_END = re.compile(
    r"^(?:[A-Z][a-z]+\s+)?(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?\d[\d,.]*\s+"
    r"(?!per\s?cent|percent|million|billion)[^,;]{0,80}?\b(?:were|was|are|is)\s+(?:still\s+)?"
    r"(?:registered|enrolled|operating|active|employed|in\s+operation|living|resident|studying|working)\b"
    r"[^;]{0,80}?\b(?:at|by)\s+the\s+end\s+of\s+$",
    re.IGNORECASE,
)
# A level a thing stood at on a day: "The capacity of the terminal ... was 6.1 billion cubic metres a year at the end
# of", "French direct investment in Uzbekistan totalled about EUR 620 million at the end of".
_LEVEL_AT_THE_END = re.compile(
    r"\b(?:capacity|stock|level|reserves|portfolio|debt|fleet|membership|investments?)\b[^;]{0,100}?"
    r"\b(?:was|were|stood\s+at|totall?ed|amounted\s+to)\s+"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?(?:[A-Z]{3}\s?|US\$|\$|€)?\d[^;]{0,60}?"
    r"\b(?:at|by)\s+(?:the\s+end\s+of\s+)?$",
    re.IGNORECASE,
)
# Who founded a thing, told as who they were then: "were among the founders of", "was a founding member of".
_AMONG_THE_FOUNDERS = re.compile(
    r"\b(?:was|were)\s+(?:among\s+the|one\s+of\s+the|the|an?)\s+(?:[a-z]+\s+)?"
    r"(?:co-?)?(?:founders|founding\s+(?:members?|states|partners|signatories)|founder)\s+of\b"
)
# A thing still weighed, nothing done: "is under consideration", "no decision has been taken".
_UNDECIDED = re.compile(
    r"\b(?:is|are|remains?|was|were)\s+(?:still\s+)?(?:under\s+(?:consideration|study|review)|being\s+(?:considered|studied))\b"
    r"|\bno\s+decision\s+(?:has|had)\s+(?:yet\s+)?been\s+(?:taken|made)\b"
)
_SEASON_AS_SUBJECT = re.compile(
    r"(?:The\s+)?(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|(?:[Ff]irst\s+|[Tt]he\s+first\s+)?[Ss]now|[Mm]onsoon|[Rr]ains|"
    r"[Rr]ainy\s+season)\s+"
    r"(?:came|comes|arrived|arrives|began|begins|set\s+in|sets\s+in|was|is|lingered|returned)\b"
)
_OPENING_PHRASE = re.compile(r"(?:For|To|In|At|Across|Along)\s[^,;]{3,60},\s+(?:[Tt]his|[Tt]hat|[Ll]ast|[Tt]he)?\s*")
# A count of people in the thousands as what the clause tells of: "More than 110,000 Pakistani tourists
# visited Azerbaijan last year", "Tourism remains small, with about 6,000 Emirati visitors ...".
_CROWD = re.compile(
    r"(?:^|:\s+|,\s+with\s+|^[^,;]{0,30},\s+)(?:[Aa]bout\s+|[Aa]round\s+|[Ss]ome\s+|[Nn]early\s+|[Aa]lmost\s+|[Mm]ore\s+than\s+"
    r"|[Oo]ver\s+|[Aa]n?\s+(?:estimated|extra|additional)\s+)?(?:\d{1,3}(?:,\d{3})+|\d{4,}|\d+(?:\.\d+)?\s+(?:thousand|million))\s+"
    r"(?:[A-Z][\w-]*\s+)?(?:tourists|visitors|travell?ers|holidaymakers|people|citizens|students|nationals|pilgrims|"
    r"passengers|[A-Z][a-z]+(?:ans|ese|is|ers))\b"
    # (any count of people enrolled or employed: "About 380 Georgian students were enrolled at Estonian
    # universities in the 2025/26 academic year" tells how many there were, not a happening)
    r"|^(?:[Aa]bout|[Aa]round|[Ss]ome|[Nn]early|[Aa]lmost|[Mm]ore\s+than|[Oo]ver|[Aa]\s+total\s+of)\s+\d[\d,]*\s+"
    r"(?:[A-Z][\w-]*\s+)?(?:[a-z]+\s+)?(?:students|workers|nurses|doctors|nationals|citizens|people)\s+"
    r"(?:were|are|have\s+been|has\s+been)\s+(?:enrolled|employed|registered)\b"
    # a running total in the thousands: "More than 14,000 prescriptions have been filled at the centre in its
    # first six months" (how many so far, not a happening)
    r"|^(?:[Aa]bout|[Aa]round|[Ss]ome|[Nn]early|[Aa]lmost|[Mm]ore\s+than|[Oo]ver|[Aa]\s+total\s+of)?\s*"
    r"(?:\d{1,3}(?:,\d{3})+|\d{4,})\s+(?:[\w-]+\s+){0,3}?(?:have|has)\s+(?:now\s+|so\s+far\s+|already\s+)?been\s+"
    r"[a-z]+(?:ed|en|wn|ld|nt|ne)\b"
)
# A count kept up to now: "So far this year 214 nationals have been returned", "To date 1,200 students have
# received grants".
_TALLY_SO_FAR = re.compile(
    r"\b(?:[Ss]o|[Tt]hus)\s+far(?:\s+(?:this|in)\s+(?:year|month|\d{4}))?\b[^.;]{0,40}?\b\d[\d,]*\s[^.;]{0,80}?\b(?:have|has)\s"
    r"|\b[Tt]o\s+date\b,?\s+(?:some\s+|about\s+|more\s+than\s+)?\d[\d,]*\s[^.;]{0,80}?\b(?:have|has)\s"
)
_COUNT_WHO_DID = re.compile(
    r"(?:About|Around|Some|Nearly|Almost|More\s+than|Over)\s+\d[\d,]*\s+(?:[A-Z][\w-]*\s+)?(?:[a-z]+\s+)?"
    r"(?:students|workers|nurses|doctors|nationals|citizens|people)\s+(?:studied|worked|lived|resided)\b"
)
_RUNS = re.compile(
    r",\s+which\s+(?:runs|will\s+run|takes\s+place|will\s+take\s+place|opens|will\s+open|is\s+held)\s+(?:from|on|in|between)\s+$"
)
_GATHERING = re.compile(rf"\b(?:{_EVENT_NOUNS})\b", re.IGNORECASE)
_NOMINAL_DEED = re.compile(
    r"\bthe\s+(?:signing|signature|grant(?:ing)?|opening|ratification|adoption|launch|award|conclusion|inauguration|"
    r"establishment|entry\s+into\s+force|cancellation|termination|revocation|suspension)"
    r"(?:\s+of\s+[^;]{0,110}?)?\s(?:on|in)\s+(?:the\s+)?$"  # ("the cancellation in March 2025 of the concession")
)


_WHETHER = re.compile(r"\bwhether\b[^,;]*")


def names_a_thing_s_year(clause: str, date_at: tuple[int, int]) -> bool:
    """A bare year used as an adjective of a thing that is no happening ("the 2027 harvest", "its
    2025 budget"); "the 2022 state visit" and "the 2024 elections" are happenings."""
    start, end = date_at
    return (
        _YEAR_ONLY.fullmatch(clause, start, end) is not None
        and _ATTRIBUTIVE.search(clause, max(0, start - 8), start) is not None
        and _THING_AFTER.match(clause, end) is not None
        and _NOUN_AFTER.match(clause[end : end + 60]) is None
        # "the quota will rise to 1,300 places from the 2027 ballot": a level that holds from then on
        and not (_FROM_THE.search(clause, max(0, start - 10), start) and _LEVEL.search(clause, 0, start))
    )


_FROM_THE = re.compile(r"\b(?:from|with)\s+the\s+$")


_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")


def declared_year(clause: str, date_at: tuple[int, int]) -> bool:
    """A year a clause names as the object of a declaration ("adopted in December 2022, that declared
    2025 the International Year of Glaciers' Preservation"): the year the declaration named, not the
    time of a deed.  Alone in its clause it may still date the declaration ("Türkiye declared 2005
    the Year of Africa, opened dozens of embassies ...")."""
    start, end = date_at
    return (
        _YEAR_ONLY.fullmatch(clause, start, end) is not None
        and _DECLARED.search(clause, max(0, start - 14), start) is not None
        and _AS_THE.match(clause, end) is not None
    )


_DECLARED = re.compile(r"\b(?:declared|declares|declare|proclaimed|proclaims|proclaim|designated|designates|named)\s+$")
_AS_THE = re.compile(r"\s+(?:as\s+)?(?:the|an?)\s")
_THING_AFTER = re.compile(
    r"\s+(?!(?:and|or|to|in|on|at|by|for|of|from|with|was|were|is|are|will|has|had|one|ones)\b)(?:[a-z]{3,}|[A-Z][a-z]{2,}\s+[A-Z]?[a-z]{3,})"  # (or a name: "the 2027 National Budget")
)


# An event named with its date in an appositive of its own: ", to be held in Antwerp in May 2027".
_TO_BE_HELD = re.compile(
    r",\s+to\s+be\s+(?:held|hosted|opened|signed|launched|inaugurated|staged|convened|organi[sz]ed)\b[^,;]{0,60}?"
    r"\b(?:in|on|at|from|between)\s+(?:the\s+)?$"
)


# A happening that did not take place is called off, which is a happening at its date.
_NOT_HELD = re.compile(
    r"\b(?:could|did|was|were|has|had)(?:\s+not|n[’']t)\s+(?:been\s+)?(?:take\s+place|taken\s+place|held|go\s+ahead)\b"
    r"|\bnever\s+(?:took\s+place|went\s+ahead|happened)\b"
)


def _date_s_clause(clause: str, date_at: tuple[int, int] | None) -> tuple[str, tuple[int, int]] | None:
    """The coordinated clause that holds the date, with the date's place in it, when the sentence
    has another clause before it; else None."""
    if date_at is None or (", and " not in clause and "; " not in clause):
        return None
    for number, (a, b, _) in enumerate(clause_spans(clause, 0, len(clause), [date_at])):
        if number and a <= date_at[0] < b:
            return clause[a:b], (date_at[0] - a, date_at[1] - a)
    return None


def _not_held(clause: str) -> bool:
    return ("not" in clause or "n't" in clause or "n’t" in clause or "never" in clause) and _NOT_HELD.search(
        clause
    ) is not None


# A negated predicate with no deed done elsewhere in the clause: "did not sign", "has never been
# ratified", "No minister visited", "Neither side opened", "failed to agree", "has yet to".
_NEGATION = re.compile(
    r"\b(?:not(?!\s+(?:only|least|just|until)\b)(?![^.;,]{0,40}\buntil\b)|never|neither|nor|nobody|none)\b|n[’']t\b|\byet\s+to\b|\bfailed\s+to\b"
    r"|(?:^|,\s)no\s+(?!longer\b|sooner\b|less\b|more\b)[a-z]",
    re.IGNORECASE,  # "Neither government has published ..."
)


_NEGATION_KEYS = keys("not never neither nor nobody none yet failed no")


def _negation(clause: str) -> bool:
    return (may_hold(clause, _NEGATION_KEYS) or "n't" in clause or "n’t" in clause) and _NEGATION.search(
        clause
    ) is not None


# What a clause says of a happening it names, when it does nothing: a judgement ("the 2022 visit
# marked a turning point", "the December 2023 agreement represents an important step", "Observers
# regard the 2015 memorandum as the foundation", "Section 3 describes the 2019 agreement") or a
# class or quality given by a copula ("was a milestone", "were a lost decade", "is the most
# serious"); "was the first visit by an emir" and "was held in 2016" are happenings.
_JUDGED = re.compile(
    r"\b(?:mark(?:s|ed)?|represent(?:s|ed)?|constitut(?:e|es|ed)|signal(?:s|led|ed)?|symboli[sz](?:e|es|ed)"
    r"|embod(?:y|ies|ied)|epitomi[sz](?:e|es|ed)|remain(?:s|ed)?|prov(?:e|es|ed)|regard(?:s|ed)?|consider(?:s|ed)?"
    r"|view(?:s|ed)?|see|sees|saw|seen|describ(?:e|es|ed)|deem(?:s|ed)?|hail(?:s|ed)?|examin(?:e|es)|analys(?:e|es)"
    r"|discuss(?:es)?|stand|stands|serv(?:e|es|ed)\s+as|count(?:s|ed)?\s+as"
    r"|(?:laid|lays?)\s+the\s+(?:groundwork|foundations?(?!\s+stone)|basis))\b"
    r"|\b(?:is|was|are|were|been|becomes?|became)\s+(?:also\s+|thus\s+|therefore\s+|widely\s+|rightly\s+)?"
    r"(?:a|an|one\s+of|among|the\s+(?:most|least|best|worst|greatest|biggest|largest|main|key|real)"
    r"|(?:[a-z]+-)?[a-z]{2,}est|more|less|very|highly|particularly)\b"
)


def _judged(clause: str) -> bool:
    """A judgement in the clause itself, not in a relative clause of a noun it names ("the October
    2022 state visit, which marked an important milestone")."""
    return _JUDGED.search(clause) is not None and _JUDGED.search(_RELATIVE_CLAUSE.sub("", clause)) is not None


# How often something happens is a habit, not a happening: "the ferry ran three times a week",
# "the commission meets every year" (not in a relative clause: "the forum, held every two
# years, opened on 3 May"); a first time or a start is a happening ("launched weekly flights").
_HABIT = re.compile(
    r"\b(?:(?:\w+|\d+)\s+times\s+(?:a|per|each|every)|once\s+(?:a|per|every)|twice\s+(?:a|per|every)"
    r"|every\s+(?:day|week|month|year|spring|summer|autumn|winter|two|three|four|five|other)"
    r"|each\s+(?:day|week|month|year|spring|summer|autumn|winter)|annually|regularly|usually|typically|routinely)\b"
    # "runs daily", not "the number of weekly flights rose to 14": an adverb, not before its noun.
    r"|\b(?:daily|weekly|monthly|yearly)(?=\s*(?:[,.;]|$)|\s+(?:in|on|at|from|to|between|since|for|during|until|and)\b)",
    re.IGNORECASE,
)
_HABIT_KEYS = keys(
    "times once twice every each annually regularly usually typically routinely daily weekly monthly yearly"
)
_STARTS = re.compile(
    r"\b(?:first|inaugural|launch\w*|start\w*|begin\w*|began|begun|open\w*|resum\w*|introduc\w*|establish\w*"
    r"|found(?:ed|s)?|set\s+up|agreed|decided|signed)\b"
    # a timetable from a date is the service's start: "will fly four times a week from October"
    r"|\b(?:from|as\s+of)\s+(?:the\s+)?(?:next\s+|this\s+)?"
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:\d|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|spring|summer|autumn|winter|next\s+(?:week|month|year))",
    re.IGNORECASE,
)


def _habitual(clause: str) -> bool:
    if not may_hold(clause, _HABIT_KEYS):
        return False
    main = _MANNER_PHRASE.sub("", _RELATIVE_CLAUSE.sub("", _PARENTHETICAL.sub("", clause)))
    return _HABIT.search(main) is not None and _STARTS.search(main) is None


# "visited the Netherlands in 1998, 2007 and 2017, usually combining political talks with ...": how
# the deeds went, told after them, not a habit the clause states.
_MANNER_PHRASE = re.compile(r",\s+(?:usually|typically|often|generally)\s+[a-z]+ing\b[^,;.]*")


# A perfect with an adverb of constancy tells a stance kept, not a deed: "Greece has consistently
# supported Egypt in the EU, including in the negotiations of March 2024", "have long cooperated".
_STEADFAST = re.compile(
    r"\b(?:has|have)\s+(?:been\s+)?(?:consistently|always|long|repeatedly|continuously|constantly|steadily"
    r"|traditionally|invariably|regularly|persistently)\s+[a-z]+(?:ed|en)\b"
)
_STEADFAST_KEYS = keys(
    "consistently always long repeatedly continuously constantly steadily traditionally invariably regularly "
    "persistently years decades century centuries"
)
# So does a perfect held for a span of years: "Switzerland and Liechtenstein have formed a customs and currency
# union for more than a century."
_HELD_FOR_A_SPAN = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ne|lt|ld)\b[^;.]*?\bfor\s+(?:more\s+than\s+|over\s+|nearly\s+|"
    r"almost\s+|about\s+|some\s+|well\s+over\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|\d+|several|many)\s+(?:years?|decades?|centur(?:y|ies))\b"
)


_HABIT_OR_STEADFAST_KEYS = _HABIT_KEYS | _STEADFAST_KEYS  # one word test for both (most clauses hold none)


def _steadfast(clause: str) -> bool:
    return may_hold(clause, _STEADFAST_KEYS) and (
        _STEADFAST.search(clause) is not None or _HELD_FOR_A_SPAN.search(clause) is not None
    )


_PARENTHETICAL = re.compile(r",\s+(?:held|organi[sz]ed|convened|which|who)\b[^,;]*,")

# A quotation and who said it: the happening is the saying, and a date outside the quotation
# dates only that ('"Our friendship is not for sale," the President told reporters on Friday').
_QUOTE_FIRST = re.compile(r"^\s*[\"“‘]([^\"“”]{3,})[\"”’]\s*,?\s*")
_SPEECH = re.compile(
    r"\b(?:said|says|told|added|stressed|noted|declared|stated|explained|insisted|remarked|replied|wrote"
    r"|underlined|emphasi[sz]ed|asked|recalled|warned|concluded)\b"
)


def _dated_attribution(clause: str, date_at: tuple[int, int]) -> bool:
    if clause[:3].lstrip()[:1] not in ('"', "“", "‘"):
        return False
    quote = _QUOTE_FIRST.match(clause)
    if quote is None or date_at[0] < quote.end():
        return False
    rest = clause[quote.end() :]
    relative = _RELATIVE_CLAUSE.search(rest)
    if relative is not None and date_at[0] >= quote.end() + relative.start():
        return False  # '"...," said X, who is expected in Madrid in December': the speaker's own plan
    speech = _SPEECH.search(rest)
    return speech is not None and not has_action_verb(rest[: speech.start()] + rest[speech.end() :])


# "The corridor, launched by Azerbaijan, Georgia and Hungary in December 2022, is expected to ...":
# a participle that settles something, dated in its own phrase, states that happening.
_PARTICIPLE_PHRASE = re.compile(r"(?:^|,)\s+(?:\w+\s+)?(\w+ed)\b[^;]{0,90}?$")


# Without commas, right after its noun: "the memorandum on maritime zones signed by Turkey and Libya
# in 2019" (not "was signed", "has not been ratified since 2019": a verb of the clause).
_REDUCED_RELATIVE = re.compile(r"\b([A-Za-z]+)\s+([a-z]+ed)\b")
_NOT_BEFORE_PARTICIPLE = frozenset(
    "was were is are be been being has have had not never no also yet already just then later since".split()
)


# Where a sentence joins clauses of their own: "visited Nepal in 1998, 2009 and 2016, and Nepali
# ministers regularly travel to Geneva" (the habit is the second clause's, the visits the first's).
_JOINED = re.compile(
    r",\s+(?:and|but|while|whereas)\s+(?=[A-Z]|(?:the|its|their)\s)|;\s+"
    # ("visited Podgorica in May 2023, and friendship groups in both parliaments meet regularly")
    r"|,\s+and\s+(?=[a-z][\w-]*\s+(?:[\w-]+\s+){0,5}?(?:meet|are|have|remain|continue|hold|take)\s)"
    # "Flights will operate three times a week, with a fourth frequency to be added in January": a change
    r"|,\s+with\s+(?=(?:a|an|the)\s[^,;]{0,60}?\bto\s+be\s+[a-z]+ed\b)"
)


def _own_part(clause: str, date_at: tuple[int, int] | None) -> str:
    """The coordinated clause of `clause` that holds the date at `date_at` (the whole without one)."""
    if date_at is None:
        return clause
    start, end = 0, len(clause)
    for joint in _JOINED.finditer(clause):
        if joint.end() <= date_at[0]:
            start = joint.end()
        elif joint.start() >= date_at[1]:
            end = joint.start()
            break
    return clause[start:end]


def _dated_deed(clause: str, start: int) -> bool:
    """A participle that settles something in the phrase of the date starting at `start`."""
    return may_hold(clause, DECISIVE_KEYS) and _dated_participle(clause[max(0, start - 160) : start])


_PHRASE_BREAK = re.compile(r"[,;](?!\s*[A-Z])")


def _dated_participle(before: str) -> bool:
    match = _PARTICIPLE_PHRASE.search(before)
    if match is not None and _DECISIVE.match(match.group(1)) is not None:
        return True
    # The date's own phrase: after the last comma that ends one ("signed by the Ministry of Agriculture,
    # Forestry and Fisheries of Japan in Tokyo in July": not the one inside a name)
    cut = None
    for cut in _PHRASE_BREAK.finditer(before):
        pass
    phrase = before[cut.end() if cut else 0 :]
    return any(
        first.lower() not in _NOT_BEFORE_PARTICIPLE
        and not first.endswith("ly")
        and _DECISIVE.match(participle) is not None
        for first, participle in _REDUCED_RELATIVE.findall(phrase)
    )


# "X is expected in 2026", "is expected to admit its first patients in 2028", "is due to open",
# "is scheduled for June": a happening announced as scheduled.  After "to" the verb must name
# an action ("is expected to cut travel times" is a forecast, not a happening).
_SCHEDULED = re.compile(
    r"\b(?:is|are|was|were|be)\s+(?:now\s+|also\s+)?(?:expected|scheduled|planned|due|set|foreseen|envisaged|slated)\s+"
    r"(?:to\s+(?:be\s+)?([a-z]+)|in|on|for|at\s+the\s+(?:start|beginning|end|opening)\s+of)\b"
    r"|\b(?:is|are)\s+due\s+by\b"  # "The feasibility study is due by mid-2027": a deliverable's date
    r"|\b(?:falls?|fell|will\s+fall)\s+due\s+(?:in|on|by)\b"  # "The next instalment falls due in March 2027"
    # "a full service is expected by the end of that year" (not "is expected by analysts")
    r"|\b(?:is|are)\s+expected\s+by\s+(?:the\s+(?:end|middle|start|beginning)\b|mid|early|late|next|\d|"
    rf"(?:{'|'.join(MONTH_NAMES)})\b)"
    r"|\b(?:is|are)\s+being\s+(?:prepared|planned|organi[sz]ed|arranged)\s+for\b"  # "the visit is being prepared for ..."
    r"|\b(?:is|are)\s+to\s+(?:be\s+)?([a-z]+)"  # "the plant is to be connected to the grid in 2028"
    r"|,\s+to\s+be\s+([a-z]+)\s+(?:in|on|at|by)\b"  # "the first Business Forum, to be held in Antwerp in May 2027"
    # "a visit by President Paz to India, which we expect in the first half of 2027"
    r"|\b(?:visit|meeting|session|summit|trip|talks|round|forum|opening|signing)s?\b[^,;.]{0,60},?\s+which\s+"
    r"(?:we|they|he|she|it|the\s+\w+)\s+(?:now\s+)?(?:expects?|anticipates?|plans?)\s+(?:to\s+take\s+place\s+)?"
    r"(?:in|on|for|by|early|late|next)\b"
    # "Exporters plan weekly shipments from January", "The airline plans a second daily flight in May":
    # a plan whose object names the deed
    r"|\b(?:plans?|is\s+planning|are\s+planning)\s+(?:a|an|the|its|their|weekly|daily|monthly|regular|new|first|"
    r"second|third|\d+|two|three|four|five)\s+(?:[\w-]+\s+){0,2}?(?:shipments?|flights?|visits?|rounds?|meetings?|"
    r"missions?|forums?|exercises?|services?|deliveries|exports?|imports?|launch|opening|sailings?)\s+"
    r"(?:[^,;.]{0,40}?\s)?(?:from|in|on|by|next|early|late|starting)\b"
    # "a second interconnection line, which the parties aim to commission in the third quarter of 2028": a
    # deed planned at a time (not "aim to double trade by 2030", a target by a date)
    r"|\b(?:aims?|aiming|intends?|intending)\s+to\s+([a-z]+)(?=[^,;.]{0,60}\s(?:in|on|during)\s)",
    re.IGNORECASE,
)


def _scheduled(clause: str) -> bool:
    for match in _SCHEDULED.finditer(clause):
        verb = (match.group(1) or match.group(2) or match.group(3) or match.group(4) or "").lower()
        if not verb or _base(verb) in _EVENT_VERBS or verb.endswith("ed"):  # no verb: "scheduled for June"
            return True
        if verb in _READINGS:
            return True  # "whose Committee is expected to consider it in March 2027": a chamber's step
        if verb in _LIGHT_VERBS and _DEED_OBJECT.match(clause, match.end()):
            return True  # "is expected to make its first investments ... in December"
    return False


# A step told in the present at its date: "applications ... open on 1 December", "the service starts
# on 3 March", "the new rules take effect from 1 January", "Farmers may apply for the equipment through
# the Agricultural Finance Corporation from 1 October" (the day applications open).
_OPENS_ON = re.compile(
    r"\b(?:opens?|starts?|begins?|closes?|resumes?|takes?\s+effect|enters?\s+into\s+force|comes?\s+into\s+force)\s+"
    r"(?:on|from)\s+(?:the\s+)?$"
    r"|\b(?:can|may|will\s+be\s+able\s+to)\s+(?:apply|register|enrol|enroll|sign\s+up|book)\b[^.;]{0,90}\sfrom\s+(?:the\s+)?$"
)


# "it must be approved by the Union Cabinet, which is expected to do so in the first quarter of next
# year": the step a chamber or a government is to take, "do so" standing for it.
_STEP_TO_DO = re.compile(
    r"\b(?:approved|ratified|adopted|endorsed|signed|considered|examined)\s+by\s[^.;]{1,80}?,\s+which\s+"
    r"(?:is|are)\s+(?:expected|scheduled|due|set|likely)\s+to\s+do\s+so\b"
)


_MEANS_OF_TRAVEL = frozenset("air sea road rail land train bus ship".split())


# What a chamber or committee does with a bill, as a plan.
_READINGS = frozenset("consider examine debate vote review".split())


# A light verb whose object names the deed: "make its first investments", "pay a visit".
_LIGHT_VERBS = frozenset("make pay carry".split())
_DEED_OBJECT = re.compile(
    r"\s+(?:out\s+)?(?:its|their|the|a|an|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:investments?|payments?|deliver(?:y|ies)|disbursements?|visits?|purchases?|shipments?|debut)\b"
)


# An event verb's -s form that is hardly ever a noun, after a lower-case subject and before a
# time ("the next application round opens in June"); "visits", "talks", "meets" are left to
# the event nouns.
_S_FORMS = frozenset(
    "opens begins starts closes arrives departs leaves returns launches hosts signs ratifies "
    "approves adopts establishes announces awards takes travels hands transfers donates "
    "celebrates delivers presents unveils inaugurates appoints elects joins withdraws declares "
    "concludes allocates invests reaches completes builds creates receives sends pays welcomes "
    "introduces publishes passes resumes suspends postpones".split()
)
_WHEN_WORDS = frozenset("in on at from next this today tomorrow later soon".split())  # intransitive, dated
_NOT_SUBJECTS = _BEFORE_PARTICIPLE | frozenset("of in on at to for from by with and or as than".split())
# "South Africa's exports to Bahrain were worth R1.8 billion last year": a figure reached, as "amounted to" is.
_WORTH_A_FIGURE = re.compile(
    r"\b(?:was|were)\s+worth\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
    r"(?:[A-Z]{1,3}\$?\s?|[$€£¥])\d"
    # ("were worth 1.1 billion Australian dollars in 2025")
    r"|\b(?:was|were)\s+worth\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
    r"\d[\d,.]*\s+(?:million|billion|trillion)\s+(?:[A-Z][a-z]+\s+)?(?:dollars|euros|pounds|yen|yuan|francs|rupees|roubles|rubles)\b"
)
# "In rupiah terms, bilateral trade in January–June was worth about IDR 23.4 trillion": the figure the
# sentence before gave, in another unit.
_IN_OTHER_UNITS = re.compile(r"In\s+(?:[\w-]+\s+terms|[a-z]+s?|local\s+currency),\s")


def _flow_was(clause: str) -> bool:
    """A flow over a period told with a copula: "For the whole of 2025, bilateral trade was E 2.61
    billion" (as "amounted to" tells it; a share, "was 36 percent", is no flow)."""
    return (" was " in clause or " were " in clause) and _FLOW_WAS.search(clause) is not None


_FLOW_WAS = re.compile(
    r"\b(?:trade|turnover|exports|imports|investment|remittances|arrivals|sales|shipments|revenues?|receipts|spending)"
    r"\s+(?:[\w-]+\s+){0,4}?(?:was|were)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
    r"(?:(?:[A-Z]{1,3}\$?|US\$|\$|€|£)\s?\d[\d.,]*(?:\s*(?:million|billion|bn|m)\b)?|\d[\d.,]*\s*(?:million|billion)\b)"
)


def _worth_a_figure(clause: str) -> bool:
    return "worth" in clause and _WORTH_A_FIGURE.search(clause) is not None and not _IN_OTHER_UNITS.match(clause)


_NATIONALITY_ENDS = ("an", "ese", "ish", "i", "ch")  # "Italian", "Japanese", "Turkish", "Qatari", "French"
# Plural nouns of trade that read like a verb's -s form: "imports", "exports", "shipments".
_TRADE_NOUNS = frozenset("exports imports shipments sales arrivals deliveries purchases remittances flows".split())


def _stative(word: str) -> bool:
    return word.startswith(_STATIVE_STEMS) or word in _JUDGING_FORMS


_GO_ON_SALE = re.compile(r"\b(?:go|goes|going|will\s+go)\s+on\s+sale\b")


@lru_cache(maxsize=8192)  # an article's lead is tested for its happening, then as a dated clause
def has_action_verb(clause: str) -> bool:
    """An action verb in any form: "signed", "was ratified", "took", "will visit", "opens"."""
    if "cut " in clause and _CUT_A_THING.search(clause):
        return True  # "cut the ribbon at the chancery": "cut" is a past the lists cannot tell from a noun
    if (
        "anniversary" in clause
        or "years of" in clause
        or "mission" in clause
        or "delegation" in clause
        or "delivery" in clause
    ) and _MARK_OR_LEAD.search(clause):
        # "will mark the 40th anniversary of relations with a festival", "is due to lead a trade mission
        # to Ghana", "would take delivery of two patrol boats": deeds only so ("marks a new stage", "leads
        # the market" are not)
        return True
    if "on sale" in clause and _GO_ON_SALE.search(clause):
        return True  # "Tickets go on sale on 15 January": a sale opened
    words = _WORD.findall(clause)
    lower = list(map(_LOWER.__getitem__, words))
    negating = not _NEGATING.isdisjoint(lower) or "n't" in clause or "n’t" in clause  # mostly False
    # Only a word that can be a verb is examined (most are not); the others never decide.
    for i in compress(range(len(lower)), map(_MAYBE_VERB.__getitem__, lower)):
        word, low = words[i], lower[i]
        if word[0].isupper() and i:  # a name ("United", "Ahmed"), not a verb
            continue
        previous = lower[i - 1] if i else ""
        if negating and _negated(lower, i):
            continue  # "did not sign", "has yet to be ratified", "No minister visited": no deed done
        if low in _SHARE_VERBS and (_a_share(lower, i) or "%" in clause):  # ("accounted for 27% of exports")
            continue  # "diamonds made up almost 97 percent of the total": what a figure is made of
        if low in IRREGULAR_PAST:
            if previous in _ADJECTIVE_BEFORE or (low in _BECAME and _ranked(lower, i)):
                continue  # "a lost decade"; "became the largest market": a rank held, not a deed
            if low == "laid" and _groundwork(lower, i):
                continue  # "laid the groundwork for the partnership": a judgement
            if low in ("brought", "drew") and "closer" in lower[i + 1 : i + 6]:
                continue  # "the war in Libya brought the two governments closer": a judgement
            return True  # a stative irregular past is no candidate
        if low == "suffered" and lower[i + 1 : i + 2] == ["from"]:
            continue  # "Cocoa farmers have suffered from low rainfall this year": a condition (not "suffered losses")
        if low.endswith("ed") and len(low) > 4 and low not in _NOT_VERBS:
            if (previous in _LINKING or previous in _ADVERBS or previous.endswith("ly")) and _after_linking_verb(
                lower, i
            ):
                continue  # "remained closed", "stayed involved": a state

            if lower[i + 1 : i + 3] == ["into", "force"]:
                return True  # "entered into force", "was brought into force"
            if low == "appeared" and lower[i + 1 : i + 4] == ["for", "the", "first"]:
                return True  # "a Nigerian pavilion appeared for the first time at the Showcase": a debut
            if _of_a_rank(lower, i):
                continue  # "remained the largest single item imported from Pakistan": what the item is
            if low == "included" and (
                (previous in ("was", "were") and lower[i + 1 : i + 2] in (["in"], ["among"]))
                or (i + 1 < len(words) and words[i + 1][0].isupper() and "in" in lower[i + 2 : i + 5])
            ):
                return (
                    # "The project was included in the list", "Eritrea was included among the priority
                    # countries", "the government included Sri Lanka in its programme"
                    True
                )
            if low == "compared" and lower[i + 1 : i + 2] in (["with"], ["to"]):
                continue  # "1,500 people today compared with 100,000 in the 1940s": a preposition
            if (
                low == "marked"
                and previous in _PASSIVE_AUXILIARIES
                and lower[i + 1 : i + 2] in (["in"], ["on"], ["with"], ["at"])
            ):
                return True  # "The 30th anniversary was marked in 2022 with a gala concert": celebrated
            if low in ("marked", "celebrated", "commemorated") and (
                _ANNIVERSARY.match(" ".join(lower[i + 1 : i + 5]))
                or (previous in _PASSIVE_AUXILIARIES and _ANNIVERSARY.search(" ".join(lower[max(0, i - 12) : i])))
            ):
                return True  # "the two countries marked 40 years of diplomatic relations", "... the 30th anniversary"
            if (
                previous in _BEFORE_PARTICIPLE
                or _stative(low)
                or (
                    i + 1 < len(lower)
                    and lower[i + 1] in _AFTER_PARTICIPLE
                    and not _after_auxiliary(lower, i)
                    # ("Ugandan troops crossed into Kenya's West Pokot county", "signed into law")
                    and not (lower[i + 1] == "into" and low in _MOVED_INTO)
                )
            ):
                continue
            if (
                i + 1 < len(lower)
                and lower[i + 1] == "by"
                and previous not in _PASSIVE_AUXILIARIES
                and not (previous in _SKIPPABLE and i > 1 and lower[i - 2] in _PASSIVE_AUXILIARIES)  # "was also"
                and f"{word}," not in clause  # "approved, by 98 votes to 4, the agreement": the verb
                # ("approved by eleven votes to none a resolution", "adopted by a vote of 40 to 2"): a vote
                and lower[i + 3 : i + 4] not in (["votes"], ["vote"])
                and not (i + 2 < len(lower) and lower[i + 2] in _MEANS_OF_TRAVEL)  # "travelled by air": how
                and not _dated_agent(lower, i + 2)
            ):
                continue  # "followed by", "reduced by": a participle, unless passive ("was signed by")
            return True
        base = _base(low)
        if (
            low in _S_FORMS
            and i
            and previous not in _NOT_SUBJECTS
            and (i + 1 == len(lower) or lower[i + 1] in _WHEN_WORDS)
        ):
            return True  # "the next application round opens in June" ("the document opens new opportunities" not)
        if base == "hold" and _held_thing(lower, i):
            continue  # "will hold a free-carried interest of 10 percent": what is owned, not an event held
        if (
            low in _PROMISED_VERBS
            and i
            and (
                lower[i - 1] in ("will", "shall")
                or (i > 1 and lower[i - 1] == "also" and lower[i - 2] in ("will", "shall"))
            )
        ):
            return True  # "China will (also) offer 100 additional scholarships in 2027": a deed promised
        if base in _EVENT_VERBS:
            j = i - 1
            while j >= 0 and lower[j] in _SKIPPABLE:
                j -= 1
            if j >= 0 and (lower[j] in _FUTURE_OR_INFINITIVE or lower[j] in _HELP):
                if lower[j] == "to" and j and lower[j - 1].startswith(_NOT_DONE_BEFORE_TO):
                    continue  # "continued to invest", "hopes to visit": a state or a wish, not a deed
                return True  # ("helped establish the Heritage House": a bare infinitive after "help")
            if (
                low in _TRADE_NOUNS
                and i
                and (
                    previous.endswith(("'s", "’s"))
                    or (words[i - 1][0].isupper() and previous.endswith(_NATIONALITY_ENDS))
                )
            ):
                continue  # "Ghana's exports to Japan", "Italian imports in 2024": nouns
            subject_named = words[i - 1][0].isupper() and previous not in _DETERMINERS  # not "The visit was ..."
            if i and (subject_named or previous in _PRONOUNS or (low == base and previous.endswith("s"))):
                if low != base and _a_share(lower, i):
                    continue  # "Today Peru supplies nearly half": a share held, not a deed
                return True  # a present form after its subject: "Kazakhstan opens an embassy", "flights start"
        elif (
            low.endswith("ing")
            and previous not in _BEFORE_PARTICIPLE
            and (ing_base := _base_of_ing(low)) in _EVENT_VERBS
            and ing_base not in _CHANGE_BASES
        ):
            return True  # "flights ... starting next month" (not "trade is growing fast": a trend)
    return False


_MONTH_WORDS = frozenset(m.lower() for m in MONTH_NAMES)


def _dated_agent(lower: list[str], k: int) -> bool:
    """ "an audit of plants conducted by Vietnamese inspectors in March": the agent after "by", then
    a month or a year, dates the participle's deed."""
    for j in range(k + 1, min(k + 6, len(lower) - 1)):
        if lower[j] in ("in", "on") and (
            lower[j + 1] in _MONTH_WORDS or (lower[j + 1].isdigit() and len(lower[j + 1]) == 4)
        ):
            return True
    return False


# What one holds rather than holds as an event: a stake, a seat, an office.
_HELD_THINGS = frozenset(
    "stake stakes interest interests share shares majority seat seats position positions percent post office "
    "presidency chairmanship title record licence license licences licenses permits rights".split()
)


def _held_thing(lower: list[str], i: int) -> bool:
    """ "hold a free-carried interest", "holds 51 percent", "will hold the presidency": the object
    within a few words is owned or occupied."""
    return not _HELD_THINGS.isdisjoint(lower[i + 1 : i + 5])


# Before an irregular past, words that make it an adjective ("a lost decade", "the spoken word"); not
# "that" ("the agreement that led to ...").
_ADJECTIVE_BEFORE = _BEFORE_PARTICIPLE - {"that", "this", "so"}
# Negation of the verb after it, a few words back: "did not sign", "has never visited", "didn't
# attend", "No minister visited", "Neither side opened", "failed to ratify", "has yet to sign".
_NEGATORS = frozenset("not never no neither nor nobody none failed".split())
_NEGATION_SPAN = 3
_NEGATING = keys("not never no neither nor nobody none failed yet")


# (Words without digits: "the 40th anniversary" is "the th anniversary", "40 years of" is "years of".)
_ANNIVERSARY = re.compile(
    r"(?:the\s+|their\s+|its\s+)?(?:\w*(?:th|st|nd|rd)\s+anniversary|(?:\w+\s+)?years\s+(?:of|since))\b"
)


def _negated(lower: list[str], i: int) -> bool:
    """Whether the verb at i is negated: a negator among the few words before it, with no
    verb-like word of its own ("not only signed" is not negated; "failed" negates after "to")."""
    for j in range(i - 1, max(-1, i - 1 - _NEGATION_SPAN), -1):
        word = lower[j]
        if word in _NEGATORS or word.endswith(("n't", "n’t")):
            if word == "not" and (
                lower[j + 1 : j + 2] in (["only"], ["least"], ["just"], ["until"]) or "until" in lower[i + 1 : i + 8]
            ):
                # ("It was not until 2019 that ...", "was not ratified until 2021": it was, then)
                return False
            if word == "failed" and lower[j + 1 : j + 2] != ["to"]:
                return False
            return True
        if word == "yet" and lower[j + 1 : j + 2] == ["to"]:
            return True  # "has yet to ratify", "is yet to be signed"
    return False


# A rank held, after "became" ("became the largest market", "became one of the main partners",
# "became Vietnam's second-largest supplier"): a state reached, not a deed.
_RANK = re.compile(r"(?:[a-z]+-)?(?:[a-z]{2,}est|most|leading|top|main|biggest)$")
_RANK_FILLER = frozenset("the its their his her one of among a an".split())


_BECAME = frozenset(("became", "become"))
# Verbs of a share of a whole ("made up 97 percent of", "accounted for a third of", "represented 40% of").
_SHARE_VERBS = frozenset("made accounted represented comprised constituted".split())
_SHARE_WORDS = frozenset("percent per cent share half third quarter fifth tenth proportion bulk majority most".split())


def _a_share(lower: list[str], i: int) -> bool:
    """Whether a share of a whole follows the verb at i within a few words ("made up almost 97 percent")."""
    return not _SHARE_WORDS.isdisjoint(lower[i + 1 : i + 6]) or "%" in "".join(lower[i + 1 : i + 6])


# Verbs after which "to" + a deed tells no deed done: aspect, wish, attempt ("continued to invest",
# "hopes to visit", "seeks to open", "tried to sign"); not "helped to build", "agreed to open".
_NOT_DONE_BEFORE_TO = (
    "continu",
    "seem",
    "appear",
    "tend",
    "hop",
    "aim",
    "want",
    "wish",
    "intend",
    "seek",
    "sought",
    "tried",
    "tries",
    "try",
    "remain",
    "fail",
    "refus",
    "hesitat",
    "struggl",
    "need",
    "ought",
    "yet",
    "used",
)
# Verbs of change whose "-ing" tells a trend ("trade is growing fast"), not a happening.
_CHANGE_BASES = frozenset("increase grow rise fall decline double triple".split())


def _groundwork(lower: list[str], i: int) -> bool:
    """ "laid the groundwork / the foundations for ...": what a deed was worth, not one ("laid the
    foundation stone of the embassy" is one)."""
    after = lower[i + 1 : i + 4]
    return (
        len(after) >= 2
        and after[0] in ("the", "a", "an")
        and after[1] in ("groundwork", "foundation", "foundations", "basis", "ground")
        and after[2:3] != ["stone"]
    )


def _of_a_rank(lower: list[str], i: int) -> bool:
    """A participle in the noun phrase of a rank after a linking verb ("remained the largest single
    item imported from ...", "was the main product shipped to ...")."""
    before = lower[max(0, i - 6) : i]
    for k, word in enumerate(before[:-1]):
        if word == "the" and k and (before[k - 1] in _LINKING or before[k - 1] in ("was", "is", "were", "are")):
            return any(_RANK.match(w) is not None and w not in ("latest", "first") for w in before[k + 1 :])
    return False


def _ranked(lower: list[str], i: int) -> bool:
    for word in lower[i + 1 : i + 5]:
        if word in _RANK_FILLER or word.endswith(("'s", "’s")):
            continue
        return word not in ("latest", "first") and _RANK.match(word) is not None
    return False


_LINKING = frozenset(
    "remain remains remained stay stays stayed seem seems seemed appear appears appeared become becomes became "
    "became got get gets look looks looked keep keeps kept".split()
)


def _after_linking_verb(lower: list[str], i: int) -> bool:
    """Whether an "-ed" word follows a linking verb, past adverbs: "remained largely closed"."""
    j = i - 1
    while j >= 0 and (lower[j] in _ADVERBS or lower[j].endswith("ly")):
        j -= 1
    return j >= 0 and lower[j] in _LINKING


_AUXILIARIES = frozenset("was were is are be been being has have had".split())
_ADVERBS = frozenset("further also then later jointly formally officially first again finally not since".split())


def _after_auxiliary(lower: list[str], i: int) -> bool:
    """Whether the word at i follows an auxiliary, past adverbs: "was further reinforced through"."""
    j = i - 1
    while j >= 0 and (lower[j] in _ADVERBS or lower[j].endswith("ly")):
        j -= 1
    return j >= 0 and lower[j] in _AUXILIARIES


def _maybe_verb(low: str) -> bool:
    """Whether `has_action_verb` can take the lower-case word for an action verb in some context."""
    if low in IRREGULAR_PAST:
        return not _stative(low)
    if low.endswith("ed") and len(low) > 4 and low not in _NOT_VERBS:
        return True
    return (
        low in _S_FORMS
        or low in _PROMISED_VERBS
        or _base(low) in _EVENT_VERBS
        or (low.endswith("ing") and _base_of_ing(low) in _EVENT_VERBS)
    )


class _WordCache(dict):
    """A word -> what a function says of it, filled on demand (words repeat far more than clauses)."""

    def __init__(self, function: Callable[[str], object]) -> None:
        super().__init__()
        self.function = function

    def __missing__(self, word: str):
        if len(self) >= _WORD_CACHE_MAX:
            self.clear()
        value = self[word] = self.function(word)
        return value


_WORD_CACHE_MAX = 200_000
_LOWER = _WordCache(str.lower)
_MAYBE_VERB = _WordCache(_maybe_verb)


def _base(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("shes", "ches", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _base_of_ing(word: str) -> str:
    stem = word[:-3]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        return stem[:-1]  # "planning" -> "plan"
    return stem if stem in _EVENT_VERBS else stem + "e"  # "visiting" -> "visit", "closing" -> "close"


# A deed still to come, whatever its verb: "will train 60 technicians in Tsukuba next year", "will
# catalogue the objects", "plans to add a third weekly frequency from March" (and "would" once
# `_conjecture` has found it reported: "the envoy said the sides would meet").  A verb of state or
# of degree after "will" forecasts ("will help", "will strengthen ties"), which is no happening.
_FUTURE_DEED = re.compile(
    r"(?<!\bthat\s)(?<!\bwhich\s)\b(?:will|shall|would|plans?\s+to|intends?\s+to|is\s+to|are\s+to)\s+"
    r"(?:(?:also|then|jointly|soon|formally|officially|again|first)\s+)?([a-z]{3,})\b"
)
_FORECAST_VERBS = frozenset(
    """
    be have become boost strengthen improve reduce cut deepen enhance promote facilitate accelerate support
    benefit foster spur stimulate attract generate bring create transform lower open make give take
    remain stay keep get need cost account depend provide offer enable ensure help allow serve contribute
    """.split()
)
_FUTURE_DEED_KEYS = keys("will shall would plan plans intend intends is are")


_ATTRIBUTIVE = re.compile(r"\b(?:the|its|their|a|an|this|that)\s+$", re.IGNORECASE)


def _future_deed(clause: str) -> bool:
    if not may_hold(clause, _FUTURE_DEED_KEYS):
        return False
    for match in _FUTURE_DEED.finditer(clause):
        verb = match.group(1)
        if verb == "hold" and _held_thing(clause[match.end() : match.end() + 50].lower().split(), -1):
            continue  # "will hold a free-carried interest of 10 percent"
        adverb = verb.endswith("ly") and verb not in _LY_VERBS  # "will jointly ...", not "will apply"
        if verb not in _FORECAST_VERBS and not _stative(verb) and not adverb and not verb.endswith(("ing", "ed")):
            return True
        if verb in _FORECAST_VERBS and (
            _PLEDGED.match(clause, match.end())
            or _NEW_FREQUENCY.match(clause, match.end())
            or (verb == "open" and (_A_PLACE.match(clause, match.end()) or _OPENS_AT.match(clause, match.end())))
        ):
            return True  # "will contribute €2.5 million to ...", "plans to bring a delegation to ...": a deed to come
    return False


# A timetable that changes at the date: "..., rising to four in March", "will become daily in March".
_FREQUENCY_CHANGED = re.compile(
    r"\b(?:ris(?:e|es|ing)|increas(?:e|es|ing)|go(?:es|ing)?|becom(?:e|es|ing))\s+(?:to\s+)?"
    r"(?:daily|weekly|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s+times\s+(?:a|per)\s+\w+)?)"
    r"\s+(?:flights?\s+)?(?:in|from|on)\s+$"
)


def _frequency_changed(clause: str, date_at: tuple[int, int] | None) -> bool:
    return date_at is not None and _FREQUENCY_CHANGED.search(clause, max(0, date_at[0] - 40), date_at[0]) is not None


# "will become daily in March", "will go to four times a week": a service changed at a date.
_NEW_FREQUENCY = re.compile(r"\s+(?:to\s+)?(?:daily|weekly|twice\s+a|(?:\w+|\d+)\s+times\s+(?:a|per)\s)")


_LY_VERBS = frozenset("apply supply reply rely fly comply multiply ally".split())


# What a verb that mostly forecasts ("will bring benefits", "will provide opportunities") does when
# it names an amount or a party sent: a pledge or a trip.
_BEFORE_AMOUNT = (
    r"\s+(?:(?:a|an|the|another|some|about|around|up\s+to|nearly|almost|over|more\s+than|further|additional)\s+)*"
)
# An amount right after a verb ("will contribute SEK 400 million", "will lend about €35m"); the
# chronology's pledges use it too.
AMOUNT_NEXT = _BEFORE_AMOUNT + r"(?:(?:[A-Z]{3}|US\$|[$€£¥])\s?\d|\d[\d,.]*\s*(?:million|billion|bn|m)\b)"
# "would open a desk in Kumasi", not "will open opportunities": a place opened is a deed to come.
_A_PLACE = re.compile(
    r"\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:desk|office|embassy|consulate(?:\s+general)?|branch|plant|"
    r"factory|centre|center|school|hospital|route|representation|bureau|mission|campus|hub|terminal|"
    r"trade\s+house|liaison\s+office)\b"
)
# "a Trade Centre would open in Havana in March 2027": the thing itself opens (not "open new markets")
_OPENS_AT = re.compile(r"\s+(?:in|on)\s+(?:[A-Z]|\d)")
_PLEDGED = re.compile(rf"{AMOUNT_NEXT}|{_BEFORE_AMOUNT}(?:[\w-]+\s+){{0,2}}?(?:delegation|mission|group|team)s?\s+of\b")
