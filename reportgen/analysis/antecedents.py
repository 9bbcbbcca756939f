"""Tell whether a sentence can stand alone or needs the sentence before it to be understood.

A summary shows sentences out of their context, so one that points back at what it does not
name reads as a riddle: "The agreement was signed by ..." (which agreement?), "An agreement
to this effect ...", "Following the talks, the sides signed ...", "Since 1991 its assistance
...".  English cues, in the sentence's opening words (its first clause):
- a word pointing back (`discourse.leans_back`: This, These, Such, It, They, However ...);
- a demonstrative early on ("The development of this area", "to this effect"), not "this year";
- a pronoun before any name ("Since 1991 its official development assistance ...");
- a definite description of a happening or a document with nothing naming it ("The agreement
  was signed", "The contract for the trains, worth ..., was signed"), "the sides/parties",
  or an opening "Following/During/As part of the talks/visit/...";
- an example of what the text before says ("A notable example was ...").
A discourse connective ("For instance,", "In addition,", "Furthermore,") does not hide a
referent, but shows the sentence was written as a step of an argument; `opens_with_connective`
tells it apart so a summary may prefer a sentence that reads alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportgen.analysis.discourse import leans_back

_DEMONSTRATIVE = re.compile(
    r"^(?:\S+\s+){1,5}?(?:this|these|those|such)\s+(?!year|month|week|day|time|spring|summer|autumn|fall|winter)",
    re.IGNORECASE,
)
# "the debate on this item was postponed": the item, matter or point only the text before names
_THIS_MATTER = re.compile(
    r"\b(?:on|of|about|for|to|under)\s+this\s+(?:item|matter|issue|question|point|subject|topic)\b"
)
_PRONOUN = re.compile(
    # opening the sentence: "Its sixth meeting, held in Belgrade, ...", "He outlined Kazakhstan's plans to
    # boost its exports" (tried first: the names after it do not name him), not "His Majesty the King"
    r"^(?:Its|Their|His|Her|He|She)\b(?!\s+(?:Majesty|Highness|Excellency|Royal|Holiness|Eminence)\b)"
    r"|^(?:\S+\s+){0,7}?(?:its|their|his|her|he|she|they|them|it)\b"
)
_NOUNS = (
    r"agreements?|accords?|memorand(?:um|a)|documents?|contracts?|deals?|treat(?:y|ies)|declarations?|"
    r"visits?|meetings?|talks|negotiations|forum|events?|projects?|programmes?|programs?|centre|center|"
    r"plant|hospital|institute|pipeline|loans?|grants?|trains|ceremony|session|initiative|route|facility|"
    r"shipments?|deliver(?:y|ies)|consignments?|"
    r"sides|parties|delegations?|ministers|minister|guests|leaders|presidents|heads\s+of\s+state|"
    # ("The two officials agreed to open a business centre": which officials, only the text before says)
    r"officials|envoys|ambassadors|governors|mayors|companies|firms|banks|agencies|universities|"
    # ("The organisers also announced ...", "the message concerns ...": whose, which one?)
    r"organi[sz]ers|message|letter"
)
# "The agreement was signed", "The contract for the trains, worth USD 270 million, was signed",
# "The two sides agreed": a definite description whose referent is only in the text before;
# not "The memorandum signed during the June 2024 state visit ...", which says which one.
_DEFINITE = re.compile(
    # ("The full agreement entered into force on 15 May 2025": which one, the sentence before says)
    rf"^(?:According\s+to\s+[^,;]{{1,80}},\s+)?[Tt]he\s+(?:new\s+|signed\s+|two\s+|first\s+|latest\s+|full\s+|interim\s+|final\s+|revised\s+|bilateral\s+)?(?:{_NOUNS})\b"
    rf"(?:\s+(?:for|of|on)\s+the\s+[\w-]+)?(?:,[^,]{{1,60}},)?\s+(?:\w+\s+)?(?:was|were|is|are|will|has|have|had|"
    r"[a-z]+ed(?!\s+(?:during|in|at|on|with|between|under|by|for|from)\b)|[a-z]+s)\b"
)
_SIDES = re.compile(r"\b(?:the|both)\s+(?:two\s+)?(?:sides|parties)\b", re.IGNORECASE)
_SETTING = re.compile(
    rf"^(?:Following|During|After|At|As\s+part\s+of|In\s+the\s+course\s+of|On\s+the\s+sidelines\s+of)\s+th(?:e|at)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_NOUNS}|Culture\s+Days|event)\b"
    # ... in the other languages read: "По итогам форума было подписано ...", "В ходе визита ...", "À l'issue des
    # entretiens, ...", "Lors de la visite", "Tras la reunión", "Durante la visita", "Al término de", "Nel corso della visita"
    r"|^(?:По\s+итогам|В\s+ходе|В\s+рамках|По\s+завершении)\s+(?:[\w-]+\s+)?(?:форума|переговоров|визита|встречи|заседания|"
    r"саммита|консультаций|сессии)\b"
    r"|^(?:À\s+l['’]issue\s+d(?:es|e\s+la|u)|Lors\s+d(?:e\s+la|u|es)|Au\s+cours\s+d(?:e\s+la|u|es)|En\s+marge\s+d(?:e\s+la|u|es)|"
    r"Tras\s+(?:la|el|las|los)|Durante\s+(?:la|el|las|los)|Al\s+término\s+de\s+(?:la|el|las|los)|En\s+el\s+marco\s+de\s+(?:la|el)|"
    r"Nel\s+corso\s+(?:della|del|dei|degli)|Al\s+termine\s+(?:della|del|dei|degli)|Durante\s+(?:a|o|as|os))\s+"
    r"(?:[\w-]+\s+)?(?:entretiens|réunion|visite|rencontre|sommet|forum|reunión|visita|encuentro|cumbre|foro|"
    r"conversaciones|incontro|colloqui|vertice|reunião|conversações|cúpula)\b"
)
_CONNECTIVE = re.compile(
    r"^(?:For\s+(?:instance|example)|In\s+addition|Additionally|Furthermore|Moreover|Besides|Also|Notably|"
    r"In\s+turn|At\s+the\s+same\s+time|Meanwhile|Likewise|Similarly|Nevertheless|Nonetheless|Indeed|"
    r"In\s+particular|To\s+note|It\s+is\s+worth\s+noting\s+that|Previously|Earlier|Later)\b,?"
)
# (a weekday or a month is capitalised but names no one: "On Friday, he and the Minister ...")
_NAME = re.compile(
    r"(?<=\s)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b)[A-Z][\w’'-]+"
)
# A name opening the sentence ("Albania opened its embassy in Seoul"): a capitalised first word that is
# no function word, pronoun, number or adverb of time.
_OPENING_NAME = re.compile(
    r"^(?!(?:The|A|An|This|That|These|Those|It|Its|They|Their|Them|He|His|Him|She|Her|We|Our|You|Your|I|My|"
    r"In|On|At|After|Before|During|Since|For|With|Without|Under|By|As|When|While|Where|Both|Each|Every|All|Some|"
    r"Any|Many|Most|Much|More|Few|Such|Other|Another|Then|There|Here|Also|However|But|And|Or|Yet|So|Thus|Hence|"
    r"Meanwhile|Later|Earlier|Last|Next|First|Second|Third|Finally|According|Over|From|To|Of|Between|Among|"
    r"Despite|Although|Though|If|Once|Until|Unlike|Like|Together|Now|Today|Yesterday|Tomorrow|One|Two|Three|"
    r"Four|Five|Six|Seven|Eight|Nine|Ten|Neither|Either|No|Not|Only|Even|Still|Instead|Besides|Moreover|"
    r"Furthermore|Nevertheless|Nonetheless|Similarly|Likewise|Indeed|Overall|Why|What|Which|Who|How)\b)"
    r"[A-Z][\w’'-]*[a-zA-Z](?<!ing)(?<!ly)\s"
)
_FIRST_CLAUSE = re.compile(r"^[^,;]*(?:,[^,;]*)?")


# A deed done to "it" or "them" in the opening clause.
_OBJECT_PRONOUN = re.compile(r"^[^,;.]{0,80}?\b[a-z]{3,}ed\s+(?:it|them)\b(?!\s+(?:was|is|to|that)\b)")
# "A notable example was ...", "Another case in point is ...": an example of what the text before says.
# The next step of a sequence the sentence before began: "Ministers of the two countries then signed five
# agreements", "The delegation then travelled to Gyumri" (then: after what?).
_THEN_NEXT = re.compile(
    r"^[A-Z][^,;.]{0,80}?\s(?:then|afterwards|subsequently)\s+[a-z]+(?:ed|ew|ent|ook|ave|ade|et|eld)\b"
)
_EXAMPLE = re.compile(r"^(?:An?|One|Another)\s+(?:[a-z]+\s+)?(?:example|instance|illustration|case\s+in\s+point)\b")
# A reaction to what the text before told: "Minister Paszyk welcomed the decision, saying ..." (not "welcomed the
# decision of LG to invest in Wroclaw", which says what was decided).
_REACTION = re.compile(
    r"^[^,;.]{0,90}?\b(?:welcomed|praised|hailed|applauded|critici[sz]ed|condemned|regretted|deplored)\s+the\s+"
    r"(?:decision|move|step|announcement|news|outcome|result|deal|gesture|initiative)\b(?!\s+(?:of|to|by|on)\b)"
)
# "Another recovery mission is planned for March.": another besides one the text before told, naming nothing
# of its own.
_ANOTHER = re.compile(r"^(?:Another|A\s+further)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")


def another_told_before(sentence: str, previous: str) -> bool:
    """Whether the sentence before tells the one an "Another ..." sentence adds to: "A team recovered the
    remains of 42 soldiers during a six-week mission ... Another recovery mission is planned for March"
    (not "About 10,000 soldiers died in the fighting. Another recovery mission is ...")."""
    found = _ANOTHER.match(sentence)
    if found is None:
        return True
    told = previous.lower()
    return any(word[:5] in told for word in found.group(1).split() if len(word) > 3)


@lru_cache(maxsize=65536)
def needs_antecedent(sentence: str) -> bool:
    """Whether the sentence points back at something only the text before it names."""
    if (
        leans_back(sentence)
        or _DEMONSTRATIVE.match(sentence)
        or _DEFINITE.match(sentence)
        or _SETTING.match(sentence)
        or _EXAMPLE.match(sentence)
        or (_ANOTHER.match(sentence) is not None and _NAME.search(sentence) is None)
        or ("the" in sentence and _REACTION.match(sentence) is not None)
        or (("then" in sentence or "fterwards" in sentence or "ubsequently" in sentence) and _THEN_NEXT.match(sentence))
        or ("this" in sentence and _THIS_MATTER.search(sentence) is not None)
        # "The State Statistical Office revised it in October": what "it" is, the sentence before says
        or ((" it " in sentence or " them " in sentence) and _OBJECT_PRONOUN.match(sentence) is not None)
    ):
        return True
    opening = _FIRST_CLAUSE.match(sentence).group()  # type: ignore[union-attr]
    # "the sides" and a pronoun refer back only when no name comes before them in the sentence.
    sides = _SIDES.search(opening)
    if sides is not None and not _NAME.search(sentence, 0, sides.start()):
        return True
    pronoun = _PRONOUN.match(sentence)
    return pronoun is not None and not _named_before(sentence, pronoun.end())


def _named_before(sentence: str, end: int) -> bool:
    """Whether a name comes before `end` for a pronoun there to stand for ("Albania opened its ...")."""
    return _NAME.search(sentence, 0, end) is not None or _OPENING_NAME.match(sentence) is not None


def refers_by_pronoun(sentence: str) -> bool:
    """Whether the sentence points back by a pronoun or a demonstrative ("These ...", "its ..."), which
    the sentence before it would have to resolve in turn; a definite description does not count."""
    if leans_back(sentence) or _DEMONSTRATIVE.match(sentence):
        return True
    pronoun = _PRONOUN.match(sentence)
    return pronoun is not None and not _named_before(sentence, pronoun.end())


def opens_with_setting(sentence: str) -> bool:
    """Whether the sentence opens on the happening of its story: "Following the talks, ...",
    "During the visit, ..." (which the story's lead states)."""
    return _SETTING.match(sentence) is not None


def opens_with_connective(sentence: str) -> bool:
    """Whether the sentence opens as a step of an argument: "For instance, ...", "In addition, ..."."""
    return _CONNECTIVE.match(sentence) is not None
