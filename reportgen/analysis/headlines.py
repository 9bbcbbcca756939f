"""Pick the executive summary: the main happenings across all selected items, verbatim, cited.

An analyst's summary says who did what, when and for how much, newest first, across topics and
sources.  It never reports the paper speaking of itself, advice, a heading left in the text, or
a sentence that opens by pointing at one not shown ("These investments ...").

Method (linear in the input):
1. Candidates are `summarise.candidates` of the items, without methods and literature sections
   and without sentences that are meta-discourse, advice or conjecture, or are heading fragments
   (see `discourse`, `eventness`); a sentence that leans back ("They agreed that ...", "It was
   signed in Lima on ...") only together with the sentence before it (`summarise.followers`).
2. Each scores CONCRETE cues, all read from the sentence itself:
   - an action verb (signed, visited, was ratified, will take place);
   - a date (a year, a month name, "last year"; a dated story's lead happening is dated by it);
   - an amount (a currency, "billion", "million", a percentage);
   - named actors: capitalised words after the first, up to four;
   - the kind of happening an analyst reports first: a visit (a state visit more), an agreement,
     a contract, loan or grant, an investment decided, a recent session of a joint commission
     (nouns in _HAPPENING), an embassy or consulate opened or closed
     (_MISSION), an amount in billions, a turn of events
     (postponed, called off, a report denied), last year's (or this year's) bilateral trade, a counted package
     of signed texts ("the signing of three instruments: ...", which may be long);
   - recency: the newest year the sentence names (else its item's date), 1 in the as-of
     year, halving every RECENCY_HALF_LIFE years;
   plus a little of summarise's centrality and position and of the focus terms; less for talk
   and reported views (a quotation opening the sentence, an interview's introduction, who led a
   delegation), unless they give an amount (a figure is a fact whoever states it),
   a habit ("Each year ..."), the routine of diplomacy (a courtesy call), what happenings mean
   ("... show that ..."), what a signed text does ("The protocol signed in July 2026 extends
   ..."), a figure of a story in the units of its opening figure or what its source "added" (a
   part of it), and "this partnership" further on (it reads on what came before).
3. Greedy selection: the best candidate, then the best after penalties for word overlap with
   what is chosen (REDUNDANCY), another sentence of an item already used (SAME_ITEM; less,
   SAME_DEED, for a story's further deed: a visit's talks, signings and pledges are several
   happenings), and a topic already covered (SAME_TOPIC); a near-duplicate or the same amount at
   the same time (a story's trade figure, the paper's series) is never taken twice, nor the same
   happening (the same date and names), unless the two state deeds of different kinds
   (`deed_kinds`: a visit's reception, its signings, an opening; a plan is a kind of its own),
   an item gives at most
   PER_ITEM sentences; a story's further sentence must be news of its own: a deed, a plan, or a
   figure not in the units of one already chosen from it ("Eximbank announced a credit line of
   USD 1.2 billion" after the visit's agreements, not "Exports rose to €1.82 billion" after
   "Trade grew to €2.6 billion"); a story's detail never goes before its main happening (its
   lead), nor a later sentence of a story before an earlier one, unless worth LEAD_FIRST more;
   "After the talks, ..." pays nothing for pointing back once its story's lead is chosen.
4. The chosen sentences are returned newest first (undated last, in input order), a news story's
   together in the order it tells them (`_stories_together`); a story's lead
   comes with its best further deed that signs or counts something, not chosen itself
   (`_deeds_told_with_leads`), and a counted package with its listing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Collection, Sequence

from reportgen.analysis.antecedents import (
    another_told_before,
    needs_antecedent,
    opens_with_connective,
    opens_with_setting,
    refers_by_pronoun,
)
from reportgen.analysis.dates import MONTH_NAMES, find_dates
from reportgen.analysis.scenes import INTERVIEWER_TURN
from reportgen.analysis.deeds import deed_kinds, planned_kinds
from reportgen.analysis.chronology import (
    INTERVIEW_FRAME,
    INVITATION_ACCEPTED,
    LATER_THAN_PLANNED,
    STORY_DAYS,
    delay_scene,
    manner_scene,
    hour_scene,
    sense_scene,
    called_off,
    happening_sentence,
    main_clause,
    procedural,
    put_off_to_a_date,
    states_deed,
    tells_background,
)
from reportgen.analysis.relative_dates import sounds_future
from reportgen.analysis.collector import fewer_collections
from reportgen.analysis.discourse import (
    is_fragment,
    is_meta,
    is_meta_section,
    leans_back,
    reports_findings,
    tells_an_arc,
)
from reportgen.analysis.eventness import is_advice, names_a_thing_s_year, only_talk, settles, states_event
from reportgen.analysis.model import Event, Sentence
from reportgen.analysis.summarise import (
    DUPLICATE,
    LISTED_WORDS,
    Candidate,
    bare_thing,
    candidates,
    content_keys,
    followers,
    overlap,
    same_series,
    score,
)
from reportgen.analysis.summarise import sentences as item_sentences
from reportgen.corpus import Item

WEIGHTS = {
    "action": 1.0,
    "date": 1.0,
    "amount": 1.0,
    "names": 0.8,
    "recency": 2.0,
    "base": 0.25,
    "kind": 1.0,
    "state_visit": 0.5,
    "billion": 0.4,
    "decisive": 0.5,
    "talk": 0.5,
    "lead": 0.5,
    "precise": 0.4,
    "next": 0.4,
    "salient": 0.8,
    "reported": 0.8,
    "background": 0.8,
    "describes": 0.5,
    "turn": 0.8,
    "total": 1.2,
    "package": 0.8,
}
RECENCY_HALF_LIFE = 3.0  # years
REDUNDANCY = 1.0
SAME_ITEM = 0.8  # a further sentence of a news story
SAME_SECTION = 0.3  # a further sentence of a paper section
SAME_DEED = 0.3  # a story's further deed (not a plan or a figure): another happening of its day
SAME_TOPIC = 0.1  # small: a visit's signings and pledges are mostly one topic
PER_ITEM = 3  # sentences of one news story at most
LEAD_FIRST = 0.5  # a story's detail goes before its lead only when worth this much more
# ... or this much, when it names its thing by a bare noun the lead named ("The meat, from a certified
# abattoir, ..." after "A first consignment of 18 tonnes of lamb landed ..."): it reads only after it
LEAD_FIRST_BACK = 1.5
_BARE_NOUN_OPENS = re.compile(
    # ("The four-tonne air shipment of the Pococí variety was sent by ...")
    # (not a time: "The next day, Chkheidze opened ...")
    r"The\s+[a-z]+,|The\s+(?:[a-z\d][\w-]*\s+){0,3}(?!(?:day|week|month|year|morning|afternoon|evening|night)\b)[a-z][\w-]*"
    r"(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:was|were|is|are|has|had|will|would)\b"
)
LONG_WORDS = 45  # longer sentences read poorly as bullets
PAIR_WORDS = 70  # a sentence shown with the one before it: at most this many words together
PAIR_COST = 0.3  # two sentences to read instead of one
ANAPHOR_COST = 1.0  # a sentence pointing back at what is not shown
NAMED_ENOUGH = 4  # distinct capitalised words
OUTDATED_COST = 2.0  # a figure a correction says was wrong: only when nothing else is left
OVERTAKEN_COST = 1.0  # a plan whose day has passed by the as-of date: what came of it is the news
DETAIL_COST = 0.5  # a figure of a story in the units of its opening sentence's figure
POINTS_BACK_COST = 0.5  # "this partnership" further on: it reads on what came before, less so alone
CONNECTIVE_COST = 0.6  # "For instance, ...": a step of an argument, not a finding
COMMON_SHARE = 0.1  # words in this share of candidates (the two countries) say nothing distinctive
SAME_HAPPENING_WORDS = 2
APART_DAYS = 180  # dates this far apart are two happenings, however alike their words
TOP_VISIT_DAYS = 4 * 365  # a leader's visit this recent weighs as a state visit
STATE_VISIT_DAYS = 20 * 365  # a state visit older than this is history
NEXT_DAYS = 2  # a signing and its disclosure a day or two later are one happening
SAME_HAPPENING_SHARE = 0.2  # of the fewer distinctive words: two long sentences share a few by chance
HAPPENINGS_PER_SENTENCE = 3  # see auto_length
RECENT_YEARS = (
    1  # a trade total or a commission's session of last year (or this year) is news; older ones are background
)
AUTO_MIN, AUTO_MAX = 5, 14
NEWS, FIGURE = 2, 1  # what a story's further sentence adds: a deed or a plan; a figure (see _further_news)

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_BOUND = re.compile(r"(?:\b(?:until|till|through|to|for|by(?:\s+the\s+end\s+of)?|from|since)\s+|\d[–-])$")
_FUTURE = re.compile(
    r"\b(?:will|shall|plans?\s+to|planned|scheduled|to\s+be\s+held|expected\s+to|(?:is|are)\s+being\s+prepared)\b",
    re.IGNORECASE,
)
_DATE = re.compile(rf"\b(?:1[89]\d\d|20\d\d)\b|\b(?:{_MONTHS})\b|\b(?:last|this|next)\s+(?:year|month|week)\b")
_AMOUNT = re.compile(
    r"(?:\b(?:USD|EUR|GBP|JPY|KRW|CNY|RUB|KZT|UZS|KSh|US\$)|[$€£¥₸])\s?\d|\d\s*(?:billion|million|bn|mln|thousand|"
    r"percent|per\s+cent|%)|\b\d[\d,.]*\s+(?:tenge|som|tugrik|yen|won|euros?|dollars?|shillings?|rubles?|roubles?)\b"
    # (in the other languages read: "9,8 miliardi di euro", "45 millones de dólares", "312,6 млн", "150 مليون")
    r"|\d\s*(?:miliardi|milioni|millones|millón|mil\s+millones|milliards?|millions?|bilhões|milhões|mil\s+milhões|"
    r"млрд|млн|миллион|миллиард|milyon|milyar|مليون|مليار)",
    re.IGNORECASE,
)
# Nouns naming the happenings an analyst reports first: visits, agreements, loans and grants.
_HAPPENING = re.compile(
    r"\b(?:visits?|summits?|agreements?|memorand(?:um|a)|treat(?:y|ies)|accords?|partnerships?|protocols?|"
    r"contracts?|loans?|grants?|deals?|declarations?|joint\s+statements?|(?:lines?|credit\s+lines?)\s+of\s+credit|"
    r"credit\s+lines?|(?:aid|support|assistance|financing|funding|finance|investment)\s+packages?|"
    r"packages?\s+(?:of|worth)\s+(?:[A-Z]{2,3}\$?\s?|[$€£¥])\d+|"  # "announced a package of NZD 25 million"
    # an investment decided: "made a final investment decision", "approved an investment of NT$3.1 billion"
    r"investment\s+decisions?|(?<=approved\s)an\s+investment|"
    # a plant, a mine or a line decided: "its board has approved the construction of the Kanzra gold project"
    r"construction\s+decisions?|(?<=approved\s)the\s+construction|"
    # a first of its kind arrived: "The first consignment of Canadian seed potatoes ... was unloaded"
    # (one: "would allow the first shipments" speaks of shipments in general)
    r"(?<=first\s)(?:[\w-]+\s+){0,2}?(?:consignment|shipment|cargo|delivery|container|batch)(?!s)|"
    # the first run of a new link: "The first vessel of a new direct weekly container service ... berthed at Koper"
    r"(?<=first\s)(?:[\w-]+\s+){0,2}?(?:vessel|ship|train|voyage)\s+(?:of|on)\s+(?:the|a)\s+new\b|"
    # a gathering held for the first time: "took part in the first Cabo Verde–Luxembourg Sustainable Finance Forum"
    r"(?<=the\sfirst\s)(?:[\w’'–-]+\s+){0,5}?(?:[Ff]orum|[Cc]onference|[Ee]xhibition|[Ff]air|[Ff]estival|[Cc]ongress)(?!s)|"
    # ("its board of directors resolved on 21 July 2026 to build a plant for catheter components")
    r"(?:resolved|decided)\s+(?:on\s+[^,;]{1,30}?\s+)?to\s+(?:build|construct|set\s+up|open)\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:plant|factory|mine|facility|refinery|terminal|smelter)|"
    # a treaty called a convention, not a trade fair ("the annual convention of the Prospectors ...")
    r"(?:taxation|tax|extradition|consular|security)\s+conventions?|conventions?\s+(?:between|for\s+the|on\s+(?!the\b))|"
    # a meeting of the two leaders under its own name: "the eighth Annual Leaders' Dialogue" (not "the
    # leaders' meeting of the Brdo-Brijuni Process": many leaders')
    r"(?-i:Leaders['’]?\s+(?:Dialogue|Meeting|Summit|Retreat))|"
    # a session of the commission that runs a relation: "the fifth Binational Commission", "the Joint Permanent Commission"
    r"(?:joint|intergovernmental|binational|mixed)\s+(?:[\w-]+\s+){0,2}?commissions?)\b",
    re.IGNORECASE,
)
# The happenings' nouns in the other languages read (see _HAPPENING): agreements, memoranda, visits, treaties, loans,
# grants and scholarships.
_HAPPENING_ELSEWHERE = re.compile(
    r"\b(?:acuerdos?|accordi|accordo|accords?|convenios?|memorand[oa]s?|tratados?|trattat[oi]|traités?|visitas?|"
    r"visites?|préstamos?|prestiti|prêts?|subvenci[oó]n|becas?|borse\s+di\s+studio|bourses|соглашени\w*|"
    r"меморандум\w*|договор\w*|визит\w*|кредит\w*)|اتفاقي|مذكرة|زيارة|معاهدة|منحة|منح\s|قرض",
    re.IGNORECASE,
)
# A deed settled in the other languages read: signed, ratified, approved.
_SETTLED_ELSEWHERE = re.compile(
    r"\b(?:firm[óa]|firmaron|firmad[oa]s?|firmat[oaie]|signée?s?|signé|assinaram|assinou|assinad[oa]s?|подписал\w*|"
    r"подписан\w*|ratific\w*|ratifié\w*|ратифицир\w*|aprob[óa]|approvat[oaie]|approuvée?s?)|وقّع|وقع|صادق",
    re.IGNORECASE,
)
# A plant, a line or a link put into service.
_IN_SERVICE = re.compile(
    r"\b(?:began|begun|started|entered|went\s+into)\s+(?:commercial\s+|full\s+|regular\s+)?(?:operations?|service)\b"
    r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:formally\s+|officially\s+)?(?:commissioned|energi[sz]ed|put\s+into\s+service)\b"
    r"|\bcompleted\s+the\s+(?:synchroni[sz]ation|construction|commissioning)\b"
)
# Relations broken off or restored (not established: a foundation, weighed as such).
_RELATIONS_TURNED = re.compile(
    r"\b(?:severed|broke\s+off|cut\s+off|suspended|restored|resumed|re-?established|normali[sz]ed)\s+"
    r"(?:(?:their|its|all|diplomatic|bilateral)\s+){0,2}(?:relations|ties)\b"
    r"|\b(?:diplomatic\s+)?(?:relations|ties)\s+(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:severed|broken\s+off|cut|suspended|restored|resumed|re-?established|normali[sz]ed)\b"
    # a donor's aid stopped or taken up again: "Belgium suspended part of its bilateral aid in May 2015"
    r"|\b(?:suspended|froze|frozen|halted|resumed|restored)\s+(?:(?:part|most|some)\s+of\s+|all\s+)?(?:its|their|the)\s+"
    r"(?:(?:bilateral|development|direct|governmental|official)\s+){0,2}(?:aid|assistance|budget\s+support|cooperation)\b"
)
# Relations raised to a partnership, done or agreed (not "could be used to raise relations ...").
_RELATIONS_RAISED = re.compile(
    r"\b(?:raised|elevated|upgraded|(?:agreed|decided)\s+to\s+(?:raise|elevate|upgrade)|"
    r"(?:statement|declaration|communiqu\w+)\s+(?:raising|elevating|upgrading))\s+"
    # ("agreed to raise relations between Benin and India to the level of a strategic partnership")
    r"(?:(?:the|their|its|bilateral|diplomatic)\s+){0,2}(?:relations|ties|relationship)"
    r"(?:\s+between\s+(?:[\w'’-]+\s+){1,6}?(?:and|&)\s+(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})?\s+to\b"
    r"|\b(?:relations|ties|relationship)\s+(?:were|was|have\s+been|had\s+been)\s+(?:raised|elevated|upgraded)\s+to\b"
)
# A sanction or an expulsion: one state's measure against the other's people or envoys.
_SANCTION = re.compile(
    r"\b(?:barred|banned)\s+(?:the\s+)?entry\b|\bimposed\s+(?:[\w-]+\s+){0,3}?sanctions\b|\b(?:entry|travel)\s+bans?\s+on\b"
    r"|\bexpelled\s+(?:[\w-]+\s+){0,3}?(?:diplomats?|ambassadors?|envoys?)\b|\brecalled\s+(?:its|their|the)\s+ambassador\b"
    r"|\bdeclared\s+(?:[\w-]+\s+){0,4}?persona\s+non\s+grata\b"
)
# A diplomatic mission opened, reopened, inaugurated or closed: "Poland's embassy in Lusaka was
# formally reopened on Tuesday", "inaugurated the Consulate General of Mexico".
_MISSION = re.compile(
    # ("cut the ribbon at the chancery of Ghana's High Commission": a Commonwealth country's embassy)
    r"\bcut\s+the\s+ribbon\s+at\s+(?:the|its|their)\s+(?:new\s+)?(?:[\w'’-]+\s+){0,5}?(?:[Ee]mbassy|[Cc]onsulate|High\s+Commission)\b|"
    r"\b(?:[Ee]mbass(?:y|ies)|[Cc]onsulates?(?:[- ][Gg]eneral)?|High\s+Commissions?)\b[^.;]{0,40}?\b(?:was|were|has\s+been)\s+(?:\w+ly\s+)?"
    r"(?:opened|reopened|inaugurated|closed|upgraded)\b"
    # ("Ireland's honorary consulate in Blantyre reopened its doors")
    r"|\b(?:[Ee]mbass(?:y|ies)|[Cc]onsulates?(?:[- ][Gg]eneral)?|High\s+Commissions?)\b[^.;]{0,40}?\b(?:opened|reopened|closed)\s+(?:its|their)\s+doors\b"
    # (one to come is news too: "Spain will open a consulate general in Saint-Louis in 2027")
    r"|\b(?:opened|reopened|inaugurated|closed|(?:will|to)\s+(?:re)?open)\s+(?:its|an?|the|their)\s+(?:new\s+)?(?:[A-Z][\w-]*\s+)*"
    r"(?:[Ee]mbassy|[Cc]onsulate|High\s+Commission)"
)
_PRECISE = re.compile(rf"\b(?:{_MONTHS})\b")
_CALENDAR_KEYS = content_keys(f"{_MONTHS.replace('|', ' ')} Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
_BILLION = re.compile(r"\d\s*(?:billion|bn)\b", re.IGNORECASE)
_STATE_VISIT = re.compile(r"\b(?:state|official)\s+visit\b", re.IGNORECASE)
# A head of state or government visiting is a visit at the top whatever the protocol calls it: "President
# Lai Ching-te visited Funafuti on 2 December 2024", "The visit of Emperor Akihito ... to Peleliu"
# (not a vice-president, a deputy or the president of a chamber or a bank).
_TOP_TITLE = (
    r"(?<!Vice\s)(?<!Vice-)(?<!Deputy\s)(?:President|Prime\s+Minister|King|Queen|Emperor|Empress|Emir|Amir|Sultan|"
    r"Chancellor|Crown\s+Prince)\b(?!\s+of\s+(?:the\s+)?(?:Senate|Assembly|National|Parliament|Chamber|Legislative|"
    r"Constitutional|Supreme|Commission|Bank|Council|Court|Board|Federation|Association|Union)\b)"
)
_TOP_VISIT = re.compile(
    rf"\b{_TOP_TITLE}(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?(?:\s+[A-Z][\w’'-]*){{1,4}}\s+"
    r"(?:(?:also|then|later|first)\s+)?(?:visited|(?:paid|made)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?visit)\b|"
    rf"\bvisit\s+of\s+(?:the\s+)?{_TOP_TITLE}"
)
_CAPITALISED = re.compile(r"(?<=\s)[A-Z][\w’'-]+")
_CITATION = re.compile(r"\([^()]*\b(?:1[89]|20)\d\d[a-z]?\)")  # "(Aushev, 2024)" dates a source, not the news
# Units of amounts: two sentences naming "EUR ... million" need not speak of one happening.
_UNITS = frozenset(
    "usd eur gbp jpy krw cny rub kzt uzs ksh tenge yen won euro euros dollar dollars million millions "
    "billion billions thousand percent bn mln".split()
)
_SALIENT = re.compile(
    r"\b(?:turning\s+point|high\s+point|milestone|landmark|breakthrough|key\s+(?:political\s+)?event|watershed|"
    r"(?:decisive|defining)\s+(?:step|moment|turn)|"
    # a first of its kind: "the first consignment of Barbadian rum to leave for Ghana"
    # ("when a first cargo of 500,000 barrels was delivered to the Manaus refinery")
    r"(?:(?<=the\s)|(?<=\ba\s))first\s+(?:[\w-]+\s+){0,2}?(?:consignment|shipment|cargo)\s+of|"
    # a visit marked as the first at its level: "paid a state visit ... on 17–18 May 2021, the first by a
    # Portuguese head of state in more than a decade"
    r"(?<=\bthe\s)first\s+(?:(?:official|state|working)\s+)?(?:visit\s+)?by\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:head\s+of\s+(?:state|government)|president|prime\s+minister|king|queen|chancellor|emir|amir)\b[^.;]{0,30}?"
    r"\b(?:in\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:a|two|three|four|five|\d+|[a-z]+)\s+"
    r"(?:decades?|years)|since\s+(?:19|20)\d\d|ever)|"
    # ... or the first ever, when the sentence names the visit: "visited Banjul, the first visit by a Spanish
    # head of government to The Gambia"
    r"(?<=\bthe\s)first\s+(?:(?:official|state|working)\s+)?visit\s+by\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:head\s+of\s+(?:state|government)|president|prime\s+minister|king|queen|chancellor|emir|amir|emperor)\b|"
    # a leader's first trip abroad spent on the partner: "visited Funafuti ..., on his first overseas tour"
    r"(?:his|her|their)\s+first\s+(?:(?:official|state)\s+)?(?:overseas|foreign)\s+(?:tour|trip|visit)|"
    r"(?:his|her|their)\s+first\s+(?:(?:official|state)\s+)?(?:trip|visit|tour)\s+abroad|"
    r"most\s+(?:significant|important|notable|symbolic)\s+(?:(?:recent|single|new)\s+)?"
    r"(?:event|step|achievement|development|moment))\b",
    re.IGNORECASE,
)
# A story marking its visit as the first at its level: "It was the first visit by a New Zealand foreign
# minister to Ecuador." (the lead it follows is the headline)
_FIRST_OF_ITS_KIND = re.compile(
    r"(?:It|This|The\s+(?:visit|trip))\s+(?:was|is)\s+the\s+first\s+(?:(?:official|state|working|ever)\s+)?"
    r"(?:visit\s+)?(?:by|of)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Mm]inister|[Hh]ead|[Kk]ing|[Qq]ueen|[Cc]hancellor|[Ee]mir|[Aa]mir)\b"
)
_REPORTED = re.compile(
    # (a subject with an apposition: "The report of the Committee on Foreign Relations, Europe, recalled that")
    r"^(?:[^,;]{0,80}?,\s+[^,;]{1,40}?,\s+)?[^,;]{0,80}?\b"
    r"(?:said|says|stated|noted|observed|added|stressed|emphasi[sz]ed|underlined|explained|recalled|believes|argued|"
    r"pointed\s+out)\s+that\b"
)
# "The state visit and the agreements signed during it show that both sides want ...": what happenings mean.
_VIEW = re.compile(
    r"\b(?:shows?|showed|demonstrat(?:es?|ed)|reflects?|reflected|signals?|signalled|indicates?|testif(?:y|ies)|"
    r"proves?|proved)\s+that\b"
    # "called the decision proof that last month's state visit had been about more than ceremony"
    r"|\bcalled\s+(?:it|this|that|the\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:proof|evidence|a\s+sign|a\s+testament|a\s+vote\s+of\s+confidence)\b"
    # 'has called the project "the heart of our reconstruction partnership"': a name given, in quotes
    r"|\b(?:called|described|termed|dubbed)\s+(?:it|this|that|(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:as\s+)?[\"“]"
    # "the Cypriot Ambassador in Beirut, Christina Solomou, believes the maritime agreement has opened a new
    # chapter": a belief about happenings
    r"|\b(?:believes|believed|thinks|feels|considers|is\s+convinced)\s+(?:that\s+)?(?:the|this|these|it|relations|ties)\b"
)
# A document named by its signing, then what it does: the signing is the happening, told where it happened.
# ("The convention, signed in Taipei in May 2025, caps withholding tax ...", "The protocol, which the two
# ministries signed on 10 March, requires cold treatment ...")
_DESCRIBES = re.compile(
    r"^The\s+[^,;]{0,80}?\b(?:signed|concluded|adopted|ratified)\s+(?:in|on|during|at|last|earlier)\b[^,;]*?\s"
    r"(?:provides?|extends?|covers?|allows?|sets?\s+out|establishes|aims|gives|opens|is|are|will)\b"
    r"|^The\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3},\s+(?:which\s+[^,;]{0,120}?\s)?(?:signed|concluded|adopted|ratified)\s+"
    r"(?:in|on|during|at|last|earlier)\b[^,;]*,\s+(?!was\b|were\b|has\b|had\b)[a-z]+s\b"
)
_HABITUAL = re.compile(r"\b(?:each|every)\s+year\b|\bannually\b|\byear\s+after\s+year\b", re.IGNORECASE)
_ROUTINE = re.compile(
    r"\bcourtesy\s+(?:call|visit)\b|\bworking\s+(?:session|meeting|breakfast|lunch|luncheon|dinner)\b|"
    r"\bdelegations?\s+(?:was|were)\s+(?:led|headed)\s+by\b|"  # who came, not what was done
    # a reception for a national day: the ceremony of diplomacy, every year
    r"\breception\b[^.;]{0,80}?\b(?:National|Independence|Republic|Constitution)\s+Day\b|"
    # ("received on Thursday the Ambassador of ...": a day between the verb and the envoy)
    r"\b(?:received|met|hosted|with)\s+(?:on\s+[A-Z][a-z]+day\s+|(?:yesterday|today)\s+)?(?:the\s+)?"
    r"(?:newly\s+(?:appointed|accredited)\s+)?Ambassador\b"
)
_ATTRIBUTION = re.compile(r",\s+(?:the\s+)?[A-Z][^,]*?\s+(?:reports|reported|says|said|announced|informs)\.?$")
# "... has given this partnership a framework": a demonstrative past the opening words, not "this year".
_POINTS_BACK = re.compile(
    r"\s(?:this|these|those)\s+(?!year|month|week|day|time|spring|summer|autumn|fall|winter|morning|evening)[a-z]"
)
# a quote whose speaker the sentence does not name (not a subject it names: "Our Ethiopian subsidiary,
# Daesung Knit Ethiopia PLC, shipped 9.4 million garments ...")
_FIRST_PERSON = re.compile(
    r"^(?:We|I|My)\b|^Our\b(?![^,;.]{1,60},\s+(?:[A-Z][\w&.'’-]*\s+){1,5}?[\w&.'’-]*,\s)"
    # a speaker's recollection: "When I arrived in Seoul in March 2024, the upgrade ... was stalled."
    r"|^(?:When|Since|After|Before|As|While|Until)\s+(?:I|we)\b"
)
# ... unless the writer only frames news named in full: "I was particularly pleased that our Latvian partners
# confirmed that President Edgars Rinkēvičs will pay a state visit to Uzbekistan next spring".
_GLAD_THAT = re.compile(
    r"^(?:I|We)\s+(?:was|were|am|are)\s+(?:(?:particularly|especially|very|most|so)\s+)?"
    r"(?:pleased|glad|delighted|happy|proud|honoured|honored)\s+(?:that|to\s+(?:report|announce|note|see)\s+that)\s+"
    r"(?=[^.;]*\b[A-Z][a-z])"
)
# "The ministry added that the new loan ... is being drawn as planned": what a story's source says
# further on, a detail of the story's news whatever figure it gives.
_ADDED = re.compile(r"^[^,;]{0,60}?\b(?:added|also\s+(?:said|noted|stated))\b")
# A turn of events an analyst reports as news: a visit or meeting postponed or called off, a
# report denied or corrected, talks suspended or resumed.
_TURN = re.compile(
    r"\b(?:postponed|pushed\s+back|put\s+back|cancell?ed|called\s+off|rescheduled|denied|dismissed\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?reports?|"
    r"corrected|revised|suspended|resumed|withdr[ae]wn?|"
    # a figure put right without the word: "EUR 951 million, not EUR 932 million as stated in the first estimate"
    r"not\s+[^,;]{0,20}?\d[^,;]{0,20}?\s+as\s+(?:stated|published|reported|announced|given)|"
    # a date moved without the word: "which was to have taken place on 14 July, will now be held on ..."
    r"(?:was|were)\s+to\s+have\s+(?:taken\s+place|been\s+held)|will\s+now\s+(?:be\s+held|take\s+place|meet)|"
    r"(?:was|were|been)\s+(?:moved|brought\s+forward)\s+to|"
    # a plan now late: "is now expected to be completed in July 2027, a year later than planned" (not a deed
    # done late: "was signed a year later than planned")
    r"(?:expected|due|scheduled|set|now|will)\b[^.;]{0,100}?\b(?:later|behind)\s+than\s+"
    r"(?:first\s+|originally\s+|initially\s+)?(?:planned|scheduled|expected|foreseen)|"
    # "the 42nd session, originally planned for October in Havana, will take place there in the first quarter"
    r"(?:originally|initially|first)\s+(?:planned|scheduled|set|due)\s+(?:for|to)\b[^;]{0,80}?\bwill\s+(?:now\s+)?"
    r"(?:be\s+held|take\s+place|meet|open))\b",
    re.IGNORECASE,
)
# A whole year's bilateral trade: the figure every briefing on a relation gives ("In 2025,
# bilateral trade reached EUR 412 million"), not a quarter's or one product's.
_TRADE = re.compile(
    r"\b(?:(?:bilateral|mutual|two-way|total)\s+trade|trade\s+(?:between|turnover|volume)|turnover|"
    # ("trade with Canada reached ...", "Hungary's trade in goods with Viet Nam in 2025 amounted to ...")
    r"trade(?:\s+in\s+goods)?(?:\s+with\s+[^,;.]{1,40}?)?\s+"
    r"(?:grew|rose|reached|increased|amounted|fell|declined|dropped|totall?ed|stood|was|came\s+to))\b"
    # (a year's trade in the other languages read: "l'interscambio commerciale tra l'Italia e la Libia ha raggiunto ...")
    r"|\b(?:interscambio|scambi\s+commerciali|intercambio\s+comercial|comercio\s+bilateral|comércio\s+bilateral|"
    r"échanges\s+commerciaux|commerce\s+bilatéral|товарооборот)|التبادل\s+التجاري",
    re.IGNORECASE,
)
_LAST_YEAR = re.compile(r"\blast\s+year\b", re.IGNORECASE)
# (the chronology's "accepted an invitation", or told the other way round: "..., and the invitation was accepted")
_ACCEPTED = re.compile(INVITATION_ACCEPTED.pattern + r"|\binvitation\s+was\s+accepted\b")
# A partner's rank among the other's partners, stated of it (not "one of the largest"): "Argentina was
# Armenia's largest trading partner in Latin America in 2026", "making Türkiye the fifth largest source of
# foreign direct investment".
_RANK = re.compile(
    r"(?<!one of the )(?<!among the )\b(?:(?:second|third|fourth|fifth|2nd|3rd|4th|5th)[- ])?(?:largest|biggest)\s+"
    r"(?:foreign\s+)?(?:trading\s+partner|investor|supplier|export\s+market|buyer|source\s+of\s+"
    r"(?:foreign\s+direct\s+investment|FDI|imports|visitors|tourists|remittances))\b"
)
# A whole year's traffic of the relation in its own units: "In 2025 the ports of Djibouti handled 17.8 million
# tonnes of Ethiopian transit cargo", "Last year the port handled 92,400 TEU of containers to and from India".
_VOLUME = re.compile(
    r"\b(?:handled|carried|transported|shipped|exported|imported|moved|supplied|delivered)\s+"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?\d[\d.,]*\s*(?:million\s+|billion\s+|thousand\s+)?"
    r"(?:tonnes|tons|TEU|passengers|gigawatt-hours|GWh|megawatt-hours|MWh|barrels|cubic\s+metres|containers)\b"
)
_PART_OF_YEAR = re.compile(r"\b(?:quarter|half|months?|Q[1-4]|H[12])\b", re.IGNORECASE)
# A visit's package of signed texts, counted: "witnessed the signing of three instruments: ...",
# "seven agreements were exchanged", "eleven intergovernmental and interagency documents".  Such a
# sentence lists them, so it may be long.
_PACKAGE = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:[\w-]+\s+){0,3}?"
    r"(?:agreements|documents|instruments|memorand(?:a|ums)|accords|deals|protocols|treaties)\b",
    re.IGNORECASE,
)
_SIGNING = re.compile(r"\b(?:sign(?:ed|ing)|exchanged|concluded|inked)\b", re.IGNORECASE)
# A quotation opening the sentence: the speaker's view, unless it gives a figure, settles something
# or tells a turn of events.
_QUOTE_OPENS = re.compile(r"^[\"“«„]")
# A sentence that is all quotation: someone's words, no statement to show a sentence after.
_QUOTED_WHOLE = re.compile(r"^[\"“«„][^\"“”«»„]*[\"”»]\s*$")


@fewer_collections
def headlines(
    items: Sequence[Item],
    n: int | None,
    *,
    as_of: dt.date,
    topic_of=None,
    query_terms: Sequence[str] = (),
    events: Sequence[Event] = (),
    exclude: Collection[str] = (),
) -> tuple[Sentence, ...]:
    """Verbatim sentences stating the main happenings of `items`, newest first.

    `n` sentences when given (fewer only when there are not enough); with `n=None`, as many as
    the number of distinct happenings calls for (see `auto_length`).  `topic_of(text) -> str | None` names a
    sentence's topic, for diversity; `events` (the chronology) date the sentences; no sentence of `exclude`
    is shown (another relation's story told in one of this one's).
    """
    if (n is not None and n <= 0) or not items:
        return ()
    items = [i for i in items if not (i.kind == "section" and is_meta_section(i.title, introduction=False))]
    pool = _pool(items)
    if exclude:
        pool = [(c, before) for c, before in pool if c.text not in exclude]
    if not pool:
        return ()
    base = score([c for c, _ in pool], items, query_terms)
    top = max(base) or 1.0
    dates = [_when(c, items[c.item_rank]) for c, _ in pool]
    # What is coming next ("The sixth and final round is scheduled for October") is news too.
    planned = {event.sentence or event.text for event in events if event.planned}
    # A story opening with a plan ("Riyadh Air will open a daily service ... on 15 November") is
    # about that plan, not about the first deed it recalls further on.
    first_of = {c.item_id: c.text for c, _ in pool if c.rank == 0}
    leads = {
        item.id: first if (first := first_of.get(item.id, "")) in planned else happening_sentence(item)
        for item in items
        if item.kind == "article" and item.date
    }
    # A release's opening figure is its news ("Hungary's trade in goods with Viet Nam totalled EUR 506
    # million in the first half of 2026, 9.1 percent more than a year earlier"), not the part of it told
    # next ("Imports from Viet Nam ... amounted to EUR 431 million"), however the chronology dates it.
    for item_id, lead in leads.items():
        first = first_of.get(item_id, "")
        if (
            first
            and lead
            and lead != first
            and _AMOUNT.search(first)
            and same_series(first, lead)
            and not deed_kinds(first)
            and not deed_kinds(lead)
            and first not in planned
        ):
            leads[item_id] = first
    # A story whose headline tells its opening figure ("310 Moroccan Seasonal Workers Employed This Winter": "A total
    # of 310 Moroccan seasonal workers have been employed ...") is about that figure, not about a deed of months
    # before that it recalls further on ("The workers arrived in the first week of December.").
    by_id = {item.id: item for item in items}
    for item_id, lead in leads.items():
        first = first_of.get(item_id, "")
        if first and lead and lead != first and first not in planned and _headline_figure(by_id[item_id], first, lead):
            leads[item_id] = first
    # A story headed by what is to come ("Chad and Qatar to hold first Joint Committee session in September") is
    # about that plan, not about the meeting that settled it ("The minister received the ambassador ... to follow
    # up on the outcomes of the visit.").
    # (the story's sentences gathered only for a headline that tells what is to come: few do)
    headed = {item_id for item_id in leads if _headline_tells_a_plan(by_id[item_id])}
    sentences_of: dict[str, list[str]] = {item_id: [] for item_id in headed}
    for c, _ in pool:
        if c.item_id in sentences_of:
            sentences_of[c.item_id].append(c.text)
    for item_id in headed:
        told = _headline_plan(by_id[item_id], leads[item_id], sentences_of[item_id], planned)
        if told:
            leads[item_id] = told
    trip_ends = _trip_deeds(leads, pool, planned)  # {trip's end: the deed that leads its story instead}
    leads.update({item_id: deed for item_id, (_, deed) in trip_ends.items()})
    # "The two leaders signed a Ghana–Norway Ocean Partnership ..." after its story's lead: the leaders
    # are the lead's, so once the lead is shown it reads alone, as a deed of its own, not the lead again.
    # (alone only once the lead is chosen: till then it comes with the lead, as a pair)
    pool, base, dates, after_lead = _with_cast_alone(pool, base, dates, leads)
    values: list[float] = []
    # A story's first candidate gives its main figure; a later one in the same units is a part of it
    # ("Portuguese exports rose to €1.82 billion" after "Trade grew by 8% to €2.6 billion").
    openers = {c.item_rank: c.text for c, _ in pool if c.rank == 0 and items[c.item_rank].kind == "article"}
    outdated = _superseded([c.text for c, _ in pool])
    overtaken = _overtaken_plans(events, planned, as_of)
    # (a plan merged into the row of its happening has no row of its own to tell it by: read from its text)
    overtaken |= _plans_overtaken_in_text(
        [(c.text, items[c.item_rank].date) for c, _ in pool if _TO_COME.search(c.text)], planned, as_of
    )
    # What "After the talks, ..." cost for pointing back, paid back once its story's lead is chosen.
    setting_cost = [0.0] * len(pool)
    # "It was the first visit by a New Zealand foreign minister to Ecuador.": the story marks its lead
    # as a first of its kind further on
    marked_first = {
        c.item_rank for c, _ in pool if items[c.item_rank].kind == "article" and _FIRST_OF_ITS_KIND.match(c.text)
    }
    for (c, before), b, when in zip(pool, base, dates):
        plan = c.text in planned
        lead = leads.get(c.item_id) == c.text
        value = _value(c.text, b / top, when, as_of, lead, items[c.item_rank], before, plan)
        value += WEIGHTS["next"] * plan
        if lead and c.item_rank in marked_first and not _SALIENT.search(c.text):
            value += WEIGHTS["salient"]
        opener = openers.get(c.item_rank)
        if (
            c.rank
            and opener
            and same_series(c.text, opener)
            and not _TURN.search(c.text)
            and not _trade_total(c.text, True)
        ):
            # (a figure corrected is news of its own; so is last year's total after this half-year's)
            value -= DETAIL_COST
        elif c.rank and _ADDED.match(c.text):
            value -= DETAIL_COST
        if len(_CITATION.sub("", c.text).split()) > LONG_WORDS and not is_package(c.text):
            value -= 0.5
        if (
            outdated
            and (figures := _figures(c.text)) & outdated
            and (not _CORRECTS.search(c.text) or figures <= outdated)
        ):
            # a figure its source has since corrected (or a correction that gives only the wrong one)
            value -= OUTDATED_COST
        if c.text in overtaken:
            value -= OVERTAKEN_COST
        if before:
            value -= PAIR_COST
        elif needs_antecedent(c.text) or _names_back(c, items):
            # No sentence before it that could be shown with it; a sentence naming its actors and
            # things ("In 2024, this foundation was reinforced by an agreement between A and B ...")
            # still reads, one naming little does not ("The development of this area is ...").
            names = len(set(_CAPITALISED.findall(_CITATION.sub("", c.text))))
            cost = ANAPHOR_COST / 2 if names >= NAMED_ENOUGH else ANAPHOR_COST
            value -= cost
            if items[c.item_rank].kind == "article" and (opens_with_setting(c.text) or after_lead[len(values)]):
                setting_cost[len(values)] = cost
        elif _POINTS_BACK.search(c.text):
            value -= POINTS_BACK_COST  # "The protocol ... extends this cooperation to ...": which one?
        if opens_with_connective(c.text):
            value -= CONNECTIVE_COST
        values.append(value)
    if trip_ends:
        # The deed that fills a trip tells the trip too: it takes the trip's worth, and the trip's
        # end alone is a detail of it.
        at = {c.text: i for i, (c, before) in enumerate(pool) if not before}
        for end, deed in trip_ends.values():
            if end in at and deed in at:
                values[at[deed]] = max(values[at[deed]], values[at[end]])
                values[at[end]] -= WEIGHTS["talk"]
    topics = [topic_of(c.text) if topic_of else None for c, _ in pool]
    spans = _spans(pool, items, events, leads)
    limit = n if n is not None else auto_length(len(events))
    # A story's second sentence must be news too: a further deed, what comes next, or a figure of
    # its own ("Eximbank announced a credit line of USD 1.2 billion"); not a detail of a figure
    # already given ("Imports from India amounted to USD 1.3 billion", see _choose) or background.
    # A story's lead is its main happening: news even after one of its details was taken.
    # A deed (not a plan) pays less for sharing its story: a visit's talks, signings and pledges.
    # A turn of events (a figure corrected, a meeting postponed) is news of its own in its story too.
    # (an invitation accepted is a deed of the story's day, though the visit it tells is to come: "Milei
    # accepted an invitation to visit Armenia in September 2027"; an invitation only extended is a plan)
    deeds = [
        ((c.text not in planned or _ACCEPTED.search(c.text) is not None) and _states_deed(c.text))
        or bool(_TURN.search(c.text))
        for c, _ in pool
    ]
    # ("President Muizzu is expected to pay an official visit to Kuwait in the second half of 2026",
    # beside the story of that visit: what was expected has happened)
    for i in _carried_out(pool, spans, [c.text in planned for c, _ in pool]):
        values[i] -= OVERTAKEN_COST
    # ("the official visit ..., which had been scheduled for 28 to 30 July 2026, has been postponed",
    # beside "left Paro this morning at the end of a three-day official visit" in September)
    for i in _carried_out(
        pool, spans, [called_off(c.text) and not put_off_to_a_date(c.text) for c, _ in pool], later=True
    ):
        values[i] -= 2 * OVERTAKEN_COST  # (no news at all once held; a plan's word still tells what was intended)
    # ("The visit ..., planned for tomorrow, has been postponed to 5 January" beside "co-chaired the fifth
    # meeting ... on Tuesday, a week later than first planned": held on its new date)
    for i in _carried_out(
        pool, spans, [called_off(c.text) and put_off_to_a_date(c.text) for c, _ in pool], new_date=True
    ):
        values[i] -= 2 * OVERTAKEN_COST
    # ("The signing, first planned for September, was postponed after a reshuffle." in the story whose
    # lead tells the agreement signed: how the deed came late, not news beside it)
    for i in _done_in_its_story(pool, planned):
        values[i] -= 2 * OVERTAKEN_COST
    further = [
        NEWS
        if deed or c.text in planned or leads.get(c.item_id) == c.text or _TURN.search(c.text)
        else FIGURE * bool(_AMOUNT.search(c.text))
        for deed, (c, _) in zip(deeds, pool)
    ]
    lead_of = {c.item_rank: i for i, (c, _) in enumerate(pool) if leads.get(c.item_id) == c.text}
    chosen = _choose(
        pool,
        values,
        topics,
        spans,
        [item.kind == "article" for item in items],
        limit,
        further,
        lead_of,
        deeds,
        [c.text in planned for c, _ in pool],
        setting_cost,
        after_lead,
    )
    if n is None:
        chosen += _foundations(pool, values, dates, chosen, as_of)
        chosen += _standing(pool, values, chosen, planned)
    # (the day each sentence's own dated happening began, from the chronology: not a year it names in passing)
    # (a plan the sentence also tells dates it only when it tells nothing done: "In January 2027 Siemens Energy
    # signed a EUR 1.2 billion contract for two plants, to be commissioned in 2029" is January's)
    began: dict[str, dt.date] = {}
    planned_began: dict[str, dt.date] = {}
    for event in events:
        if event.expression:
            into = planned_began if event.planned else began
            into[event.sentence or event.text] = max(into.get(event.sentence or event.text, event.start), event.start)
    done_began = dict(began)
    began = planned_began | began
    order = _stories_together(chosen, pool, dates, items, began, done_began)
    told_with = _deeds_told_with_leads(pool, values, chosen, lead_of, deeds, planned)
    told_with.update(_acceptances(pool, chosen, told_with, planned))
    shown: list[Sentence] = []
    shown_texts = {pool[i][0].text for i in chosen} | {pool[k][0].text for ks in told_with.values() for k in ks}
    for i in order:
        c, before = pool[i]
        if before and any(before in s.text for s in shown if s.item_id == c.item_id):
            # ("[lead] The two presidents held talks ..." then "The two presidents held talks ... Following
            # the talks, the sides signed nine documents": the sentence before is printed just above it)
            before = ""
        elif (
            before
            and _THE_CAST.match(before)
            and (opener := openers.get(c.item_rank))
            and opener not in shown_texts
            and opener not in before
            and len(f"{opener} {before} {c.text}".split()) <= CAST_CHAIN_WORDS
        ):
            # "They agreed to hold the fifth meeting ..." read on "The two ministers signed ...", which names
            # them by their part only: the story's opening sentence, which names them, comes first
            before = f"{opener} {before}"
        if is_package(c.text):
            shown.append(_with_listing(_shown(c, before), c, items))
        elif i in told_with:
            shown.append(_with_deed(_shown(c, before), " ".join(pool[k][0].text for k in told_with[i])))
        else:
            shown.append(_shown(c, before))
    # (a sentence a package's listing already shows is not shown again)
    return tuple(s for s in shown if not any(s.text != t.text and s.text in t.text for t in shown))


def _stories_together(
    chosen: list[int],
    pool,
    dates,
    items: Sequence[Item],
    began: dict[str, dt.date] | None = None,
    done: dict[str, dt.date] | None = None,
) -> list[int]:
    """The chosen sentences newest first, a news story's together in the order it tells them, at its
    newest sentence's place: "Pashinyan paid an official visit to Iran ... The two leaders signed a joint
    statement ... Ministers signed seven other documents" reads as the story does, the "other" documents
    after the statement.  A story stands at the day of what it tells when that is before its own date (the
    patrol vessels commissioned on 8 January, told on 10 January, come after a visit of 13 January); a paper's
    sentence at the day of the happening it tells done (`done`), else at its year."""
    newest: dict[int, dt.date] = {}
    for i in chosen:
        c = pool[i][0]
        item = items[c.item_rank]
        if item.kind == "article" and dates[i] is not None:
            when = dates[i]
            told = began.get(c.text) if began else None
            if told is not None and item.date is not None and when == item.date and told < item.date:
                when = told
            newest[c.item_rank] = max(newest.get(c.item_rank, dt.date.min), when)

    def place(i: int) -> tuple:
        c = pool[i][0]
        when = newest.get(c.item_rank) if items[c.item_rank].kind == "article" else None
        if when is not None:
            return (False, -when.toordinal(), c.item_rank, c.index)
        # (a paper's sentence at the day its own happening began, when the chronology dates one done)
        when = (done.get(c.text) if done else None) or dates[i]
        return (when is None, -(when or dt.date.min).toordinal(), len(items), i)

    return sorted(chosen, key=place)


# What follows a counted package of signed texts and says what they are: "They include an Economic and
# Technical Cooperation Agreement ...", "The largest of them is ...", "The other documents cover ...",
# "The remaining three concern ...".
CAST_CHAIN_WORDS = 90  # a lead, a sentence naming its people by their part and one reading on that, at most
LEAD_DEED_WORDS = 75  # a story's lead shown with its best further deed: at most this many words together


# A further sentence that tells the lead's deed again ("The arrangement was signed by the Minister and
# the Ambassador ..."): who did it, not another deed.
_RESTATES = re.compile(
    r"(?:The|This|That)\s+(?!largest\b|biggest\b|main\b)(?:[\w-]+\s+){0,3}?(?:agreement|arrangement|memorand(?:um|a)|"
    r"treaty|accord|contract|deal|document|protocol|declaration|statement|loan|grant|programme|plan)s?\s+"
    r"(?:was|were|had\s+been)\s+(?:signed|concluded|agreed|approved|initialled)\b"
)


def _deeds_told_with_leads(pool, values, chosen, lead_of, deeds, planned) -> dict[int, list[int]]:
    """{chosen sentence: the deed shown with it}: a chosen story lead's most valued further deed that
    signs, pledges or counts something and is not chosen itself ("Prime Minister Abela paid an
    official visit to Tunisia ... A memorandum on cooperation in civil protection was signed by the
    two interior ministers."): what the visit did, in the visit's bullet; after another chosen
    sentence of the story, such a deed that reads on it ("... signed a joint declaration ... They also
    witnessed the signing of an agreement on a subsea cable ..."); not one that tells the
    lead's deed again ("The arrangement was signed by the Minister and the Ambassador ...").  (What a
    story recalls counts too: "The Free Trade Agreement, signed on 7 April 2008, was the first such
    agreement that China concluded with a developed country" after its Joint Commission's meeting.)"""
    taken = set(chosen)
    shown = {pool[i][0].text for i in chosen}  # (a sentence may be in the pool alone and as a pair)
    # (the signings the chosen sentences tell: a visit's deed "witnessed the signing of a memorandum of
    # understanding on education" is not shown beside the story that leads with that signing)
    signings = {i: content_keys(pool[i][0].text) for i in chosen if _tells_a_signing(pool[i][0].text)}
    if signings:
        # (without the words of the relation every bullet uses: the two countries, "signed", "agreement")
        spread = Counter(k for c, _ in pool for k in content_keys(c.text))
        theme = {k for k, n in spread.items() if n >= max(3, THEME_SHARE * len(pool))}
        signings = {i: keys - theme for i, keys in signings.items()}
    else:
        theme = set()
    out: dict[int, list[int]] = {}
    for i in chosen:
        c, before = pool[i]
        if before or is_package(c.text):
            continue
        lead = lead_of.get(c.item_rank) == i
        deeds_of = [
            k
            for k, (d, b) in enumerate(pool)
            if k not in taken
            and d.text not in shown
            # (any sentence of the story after the lead; after another chosen sentence, the one that
            # reads on it: "They also witnessed the signing of ..." after "The two heads of government
            # signed a joint declaration ...")
            and ((lead and not b) or b == c.text)
            and d.item_rank == c.item_rank
            and d.index > c.index
            # (a plan the meeting decided is its deed: "They agreed to upgrade the crossing ... from 1 March 2027")
            and (d.text not in planned or _THEY_DECIDED.match(d.text) is not None)
            # ("The signing, first planned for September, was postponed"; not "co-chaired the fifth meeting
            # ..., five months after the meeting had been postponed")
            and not called_off(main := main_clause(d.text))
            # (its own deed, not one it names in passing: "the protocol that the two countries signed")
            and (
                (deeds[k] and (_SIGNING.search(main) or _AMOUNT.search(main)))
                or (lead and not b and _pledges(d.text))  # ("Cuba will offer 60 university scholarships ...")
                # (what a meeting decided to set up: "The two sides agreed to set up a joint working group of experts")
                or (lead and not b and _AGREED_TO_FOUND.search(main) is not None)
                # (what the parties of the chosen sentence went on to decide: "The two sides signed an agreement
                # on ... They agreed to upgrade the temporary crossing at Htee Khee ...")
                or (b == c.text and _THEY_DECIDED.match(d.text) is not None)
                # read on the chosen one, a figure it goes on to give ("Trade ... reached USD 96.8 million in
                # 2025. In January–October 2026 it amounted to USD 84.1 million") or a body's session
                # chaired ("... began a working visit to Türkiye on Monday. On Tuesday she and her
                # counterpart co-chaired the fifth meeting of the Binational Commission")
                or (b == c.text and ((_AMOUNT.search(main) and not _CORRECTS.search(d.text)) or _CHAIRED.search(main)))
            )
            and len(c.text.split()) + len(d.text.split()) <= LEAD_DEED_WORDS
            and not _RESTATES.match(d.text)
            and not _signed_in_another_bullet(d.text, signings, i, theme)
        ]
        best = max(deeds_of, key=values.__getitem__, default=None)
        if best is None:
            continue
        out[i] = [best]
        # A lead's signing and, after it, the sum or the things its story pledges ("Ministers signed five
        # agreements ... The Brunei Investment Agency pledged to invest USD 200 million ...", "Cuba will
        # offer 60 university scholarships ..."): both, while the bullet stays short.
        words = len(c.text.split()) + len(pool[best][0].text.split())
        if lead and not _pledges(pool[best][0].text):
            also = max(
                (
                    k
                    for k in deeds_of
                    if k != best
                    and _pledges(pool[k][0].text)
                    and words + len(pool[k][0].text.split()) <= LEAD_DEED_WORDS
                ),
                key=values.__getitem__,
                default=None,
            )
            if also is not None:
                out[i] = sorted([best, also], key=lambda k: pool[k][0].index)
        for k in out[i]:
            taken.add(k)
            shown.add(pool[k][0].text)
    return out


# A sum or counted things given or promised: "pledged to invest USD 200 million", "will offer 60 scholarships".
_PLEDGED = re.compile(
    r"\b(?:pledged|promised|committed|granted|donated|announced|will\s+(?:also\s+)?(?:offer|provide|grant|award|give|donate|"
    r"fund|finance|invest|contribute))\b[^.;]{0,60}?\d"
)


def _pledges(text: str) -> bool:
    return _PLEDGED.search(main_clause(text)) is not None and (
        _AMOUNT.search(text) is not None or re.search(r"\b\d[\d,]*\s+(?:[a-z-]+\s+)?[a-z-]{4,}s\b", text) is not None
    )


_INVITED = re.compile(r"\binvit(?:ed|ing|ation)\b")


def _acceptances(pool, chosen, told_with: dict[int, list[int]], planned) -> dict[int, list[int]]:
    """{chosen invitation: the sentence right after it that accepts it and dates the visit to come}
    ("... handed over a message from King Mohammed VI inviting President Asfura to pay a state visit to
    Morocco. The President accepted the invitation, and the visit is expected to take place in the
    first half of 2028."): when the visit will be, told with who invited whom."""
    shown = {pool[i][0].text for i in chosen} | {pool[k][0].text for ks in told_with.values() for k in ks}
    out: dict[int, list[int]] = {}
    for i in chosen:
        c, before = pool[i]
        if i in told_with or c.text in planned or _INVITED.search(c.text) is None:
            continue
        for k, (d, b) in enumerate(pool):
            if (
                d.item_rank == c.item_rank
                and d.index == c.index + 1
                and not b
                and d.text in planned
                and d.text not in shown
                and _ACCEPTED.search(d.text) is not None
            ):
                out[i] = [k]
                break
    return out


# A signing told done (not "agreed to study a memorandum"): "signed", "the signing of", "inked".
_SIGNED = re.compile(r"\bsign(?:ed|ing)\b|\binked\b")
# "the memorandum of understanding on critical minerals signed in Ottawa in September": a text named by
# its signing, which the sentence recalls rather than tells.
_SIGNED_AFTER_ITS_NOUN = re.compile(
    r"\b(?!(?:was|were|been|has|have|had|and|also|then|jointly|formally|officially)\b)[a-z]+\s+signed\s+(?:in|on|at|last|during|earlier)\b"
)


def _tells_a_signing(text: str) -> bool:
    """Whether the sentence tells a signing, not only names a text by the signing it recalls."""
    for found in _SIGNED.finditer(text):
        recalled = _SIGNED_AFTER_ITS_NOUN.search(text, max(0, found.start() - 30), found.end() + 12)
        if recalled is None or not recalled.start() < found.start() < recalled.end():
            return True
    return False


SAME_SIGNING_WORDS = 4  # content words a deed shares with another bullet's signing that make it that signing


THEME_SHARE = 0.2  # a word in this share of the candidates is the relation's, not one happening's


def _signed_in_another_bullet(deed: str, signings: dict[int, frozenset[str]], own: int, theme: set[str]) -> bool:
    if not _SIGNED.search(deed):
        return False
    keys = content_keys(deed) - theme
    return any(len(keys & other) >= SAME_SIGNING_WORDS for k, other in signings.items() if k != own)


def _with_deed(sentence: Sentence, deed: str) -> Sentence:
    return Sentence(f"{sentence.text} {deed}", sentence.item_id, sentence.location, sentence.index)


_NAMES_THE_PACKAGE = re.compile(
    r"(?:They\s+include[ds]?|These\s+include[ds]?|Among\s+them|The\s+(?:largest|first|second|main|most\s+important)"
    r"\s+(?:of\s+them|is|was)|The\s+(?:other|remaining)\s+(?:[\w-]+\s+)?(?:documents|agreements|texts|instruments|"
    r"memorand(?:a|ums)|ones|two|three|four|five|six)|Others)\b"
)


def _with_listing(sentence: Sentence, c: Candidate, items: Sequence[Item]) -> Sentence:
    """A package sentence ("four agreements and two memoranda were signed") with the sentences right
    after it that name what was signed, while the whole stays within LISTED_WORDS."""
    following = [s.text for s, _ in item_sentences(items[c.item_rank])[c.index + 1 : c.index + 4]]
    text = sentence.text
    for nxt in following:
        if not _NAMES_THE_PACKAGE.match(nxt) or len(text.split()) + len(nxt.split()) > LISTED_WORDS:
            break
        text = f"{text} {nxt}"
    return sentence if text == sentence.text else Sentence(text, sentence.item_id, sentence.location, sentence.index)


# What a relation rests on, whenever it was done: a treaty in force, relations established or raised to a
# partnership, a total given or invested since a year ("Ireland has provided more than €700 million
# since 1994").  The newest happenings fill the summary; these say what they build on.
_FOUNDATION = re.compile(
    r"\b(?:entered\s+into\s+force|came\s+into\s+force|(?:has\s+been\s+)?in\s+force\s+since|"
    r"(?:rais|elevat|upgrad|lift)(?:ed|ing)\s+(?:the\s+)?(?:bilateral\s+)?(?:relations|ties|the\s+relationship)\b[^.;]{0,80}?"
    r"\b[Pp]artnership|established\s+an?\s+(?:[\w-]+\s+){0,2}?[Pp]artnership|"
    r"(?:has|have)\s+(?:provided|financed|invested|disbursed|registered|granted|given)\b[^.;]{0,100}?\bsince\s+(?:19|20)\d\d|"
    # "Total Swiss bilateral assistance since 1993 amounts to about CHF 650 million"
    r"\b(?:[Tt]otal|[Cc]umulative)\s+(?:[\w-]+\s+){0,3}?(?:assistance|aid|investments?|lending|loans|grants|financing|"
    r"funding|support|disbursements)(?:\s+(?:to|in|for)\s+[A-Z][\w-]*)?\s+since\s+(?:19|20)\d\d\s+"
    r"(?:amounts?\s+to|totals?|totalled|reached|stands?\s+at|exceeds?)|"
    # the source's own mark on the step the relation turned on: "The decisive step came in 2007, when ..."
    r"\b(?:[Dd]ecisive|[Dd]efining)\s+(?:step|moment|turn)\s+came\s+in\s+(?:19|20)\d\d,\s+when\b|"
    r"\b(?:[Tt]urning\s+point|[Ww]atershed)\s+came\s+in\s+(?:19|20)\d\d,\s+when\b|"
    # the treaty a relation is built on: "The Treaty on Friendly Relations and Good-Neighbourly Cooperation was
    # signed in Vilnius on 26 April 1994", "The Treaty on the Lesotho Highlands Water Project was signed on ..."
    r"\b(?:[Bb]asic\s+[Tt]reaty|[Tt]reaty\s+(?:on|of)\s+(?:[\w-]+\s+){0,6}?(?:Friendship|Friendly\s+Relations|"
    r"Good[- ][Nn]eighbou?rl(?:y|iness))|Treaty\s+(?:on|of|between|for)\s+(?:the\s+)?[A-Z][^.;]{0,80}?)\b[^.;]{0,80}?"
    r"\b(?:was|were)\s+signed\b|"
    # where the relation began: "Diplomatic relations between A and B were established on 6 September 1968"
    r"\b[Dd]iplomatic\s+relations\s+(?:(?:between|with)\s+[^.;]{3,90}?\s+)?(?:were|was)\s+(?:first\s+)?established\s+(?:on|in)\s|"
    # where the relation's other party began: "Türkiye was the first state to recognise the independence of
    # Kyrgyzstan, on 16 December 1991", "Papua New Guinea became independent on 16 September 1975"
    # ("the first Western country to recognise the independence of Ukraine")
    r"\bfirst\s+(?:[A-Z][\w-]+\s+|foreign\s+|non-[\w-]+\s+){0,2}(?:state|country|nation|government)\s+to\s+recogni[sz]e\b|"
    r"\brecogni[sz]ed\s+(?:the\s+)?independence\s+of\b|"
    # where the source says the relation began: "Türkiye's large-scale engagement in Somalia began with the
    # visit of Recep Tayyip Erdoğan to Mogadishu in August 2011"
    r"\b(?:engagement|relations|ties|cooperation|partnership|presence)\s+(?:(?:in|with)\s+[A-Z][\w-]*\s+)?"
    r"(?:began|started)\s+(?:with|in)\b|"
    r"\b(?:became|declared)\s+(?:its\s+)?independen(?:t|ce)\s+(?:from\s+[A-Z][\w-]*\s+)?(?:on|in)\s|"
    r"\bestablished\s+diplomatic\s+relations\s+(?:[^.;]{0,40}?\s)?(?:on|in)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b)"
)
_NOT_YET = re.compile(r"\b(?:not|never|yet\s+to|awaits?)\b")
_SINCE_IT = re.compile(
    r"\bsince\s+(?:the\s+)?(?:[\w–-]+\s+){0,8}$"
)  # "has grown since the agreement ... entered into force"
_IT = re.compile(r"\b(?:it|they)\s+(?:entered|came|was|were|has|have)\b")
FOUNDATIONS = 3  # sentences on what the relation rests on, after the news (an automatic length only)


def _foundations(
    pool, values: Sequence[float], dates: Sequence[dt.date | None], chosen: Sequence[int], as_of: dt.date
) -> list[int]:
    """Up to FOUNDATIONS older sentences stating what the relation rests on (`_FOUNDATION`), best
    first, none repeating a chosen sentence or naming the same treaty or year as another.  A pair too:
    "The Canada–Ukraine Free Trade Agreement was signed in Kyiv on 11 July 2016. The agreement entered
    into force on 1 August 2017." tells the treaty by the sentence before its entry into force."""
    taken = [content_keys(pool[i][0].text) for i in chosen]
    # (a total "since 1970" is no happening of 1970: "established diplomatic relations in July 1970" still tells one)
    years_taken = {d.year for i in chosen if (d := dates[i]) is not None and f"ince {d.year}" not in pool[i][0].text}
    picked: list[int] = []
    ranked = sorted(range(len(pool)), key=lambda i: -values[i])
    for i in ranked:
        if len(picked) >= FOUNDATIONS:
            break
        text = pool[i][0].text
        found = _FOUNDATION.search(text)
        when = dates[i]
        if when is None and found is not None and (year := _YEAR.search(found.group())):
            when = dt.date(int(year.group()), 1, 1)  # "Total ... assistance since 1993 amounts to": a total since then
        if i in chosen or when is None or when.year >= as_of.year - RECENT_YEARS:
            continue
        if found is None or _SINCE_IT.search(text, 0, found.start()) or when.year in years_taken:
            continue
        # (not one still to come or not yet done, nor one naming its treaty by a pronoun: "it entered into force")
        if _NOT_YET.search(text) or _FUTURE.search(text) or refers_by_pronoun(text) or _IT.search(text):
            continue
        keys = content_keys(text)
        if _repeats(keys, taken):
            continue
        picked.append(i)
        taken.append(keys)
        years_taken.add(when.year)
    return picked


STANDING = 2  # sentences on where the relation stands (a rank, a share, a community), after the news


# Where the relation stands, in figures no happening tells: "India was Slovenia's second largest trading
# partner in Asia in 2025", "Australia remains the largest donor to Papua New Guinea, with about AUD 600
# million a year", "The corridor carries about 95 percent of Ethiopia's foreign trade", "The Armenian
# community of Argentina numbers about 120,000 people".
_STANDING = re.compile(
    r"\b(?<!one\sof\sthe\s)(?<!among\sthe\s)(?:largest|biggest|main|leading|(?:second|third|fourth|fifth)[- ](?:largest|biggest))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:trading\s+partner|trade\s+partner|investor|donor|creditor|lender|buyer|supplier|"
    r"source\s+of\s+(?:investment|tourists|imports|aid|remittances))s?\b"
    r"|\b(?:accounts?\s+for|carries|carried|handles|handled|makes?\s+up|represents?)\s+(?:about\s+|around\s+|some\s+|"
    r"nearly\s+|almost\s+|over\s+|more\s+than\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+of\b"
    r"|\b(?:community|diaspora)\b[^.;]{0,60}?\b(?:numbers?|numbered|totals?|counts?)\s+(?:about\s+|around\s+|some\s+|"
    r"nearly\s+|over\s+|more\s+than\s+)?\d[\d,.]*"
    r"|\b(?i:about|around|some|nearly|over|more\s+than)\s+\d[\d,.]*\s+(?:people|citizens|nationals)\s+of\s+[A-Z][\w-]*\s+"
    r"(?:descent|origin)\s+live\b"
    # nationals at work or study in the other country, counted: "About 2,300 i-Kiribati were working in Australia
    # under the Pacific Australia Labour Mobility scheme at the end of 2026"
    r"|\b(?i:about|around|some|nearly|over|more\s+than)\s+\d[\d,.]*(?:\s+(?:million|thousand))?\s+"
    r"(?:[a-z]-)?[A-Z][\w-]*(?:\s+(?:seasonal\s+)?(?:workers|students|nationals|citizens))?\s+(?:were|are)\s+"
    r"(?:working|employed|studying|enrolled|living)\s+in\s+[A-Z]"
    # a census's count: "About 1.26 million Canadians reported Ukrainian origin in the 2021 census"
    r"|\b(?i:about|around|some|nearly|over|more\s+than)\s+\d[\d,.]*(?:\s+(?:million|thousand))?\s+[A-Z][\w-]*\s+"
    r"(?:reported|reports?|declared|declares?|claimed|claims?)\s+[A-Z][\w-]*\s+(?:origin|descent|ancestry|roots)\b"
)


def _standing(pool, values: Sequence[float], chosen: Sequence[int], planned: set[str]) -> list[int]:
    """Up to STANDING sentences stating where the relation stands (`_STANDING`), best first, none a
    plan, a pair or repeating a chosen sentence."""
    taken = [(content_keys(pool[i][0].text), _numbers(pool[i][0].text)) for i in chosen]
    # what a shown sentence already says of the standing: "Korea remains Chile's fifth-largest trading
    # partner" and "For Chile, Korea is the fifth-largest trading partner" say one thing
    # (a chosen sentence shown with the one before it says that one's standing too: "Japan is one of
    # Tonga's largest bilateral donors. Since 1970 its assistance has exceeded ...")
    # (told in words only, a standing told again with its figure is news of it: "Algeria became its largest
    # supplier" in 2022, "Algeria has been Italy's largest gas supplier, providing about 36 percent of ...")
    said = {
        _standing_said(found) + ("" if _AMOUNT.search(shown) else " (words)")
        for i in chosen
        for shown in (pool[i][0].text, pool[i][1] or "")
        if (found := _STANDING.search(shown))
    }
    picked: list[int] = []
    for i in sorted(range(len(pool)), key=lambda i: -values[i]):
        if len(picked) >= STANDING:
            break
        text = pool[i][0].text
        if i in chosen or pool[i][1] or text in planned or _FUTURE.search(text):
            continue
        found = _STANDING.search(text)
        if (
            found is None
            or _standing_said(found) in said
            or (_standing_said(found) + " (words)" in said and not _AMOUNT.search(text))
        ):
            continue
        keys, numbers = content_keys(text), _numbers(text)
        # (not a story told in the same words with other figures: "About 2,300 i-Kiribati were working in
        # Australia under the ... scheme" beside "The first group of 36 i-Kiribati aged-care workers arrived ...
        # under the ... scheme")
        if any(
            overlap(keys, other) >= DUPLICATE and not (numbers and told and numbers.isdisjoint(told))
            for other, told in taken
        ):
            continue
        picked.append(i)
        taken.append((keys, numbers))
        said.add(_standing_said(found) + ("" if _AMOUNT.search(text) else " (words)"))
    return picked


def _numbers(text: str) -> frozenset[str]:
    """The numbers a sentence gives, without separators ("2,300" -> "2300"), its years apart."""
    return frozenset(n.replace(",", "") for n in _NUMBER.findall(text) if not _YEAR.fullmatch(n))


_NUMBER = re.compile(r"\d[\d,.]*\d|\d")


def _standing_said(found: re.Match[str]) -> str:
    """What a standing match says, spelt one way: "fifth-largest trading partner" is "fifth largest ...",
    and "largest bilateral donor" and "largest donors" are "largest donor"."""
    said = " ".join(found.group().lower().replace("-", " ").split())
    rank = _STANDING_RANK.match(said)
    if rank is None:
        return said
    kind = _STANDING_KIND.search(said, rank.end())
    return f"{rank.group()} {kind.group(1)}" if kind else said


_STANDING_RANK = re.compile(r"(?:(?:second|third|fourth|fifth)\s+)?(?:largest|biggest|main|leading)")
_STANDING_KIND = re.compile(
    r"\b(trading partner|trade partner|investor|donor|creditor|lender|buyer|supplier|source of \w+)s?$"
)


def _repeats(keys: frozenset[str], taken: Sequence[frozenset[str]]) -> bool:
    """Whether a sentence's content words repeat one already taken."""
    return any(overlap(keys, other) >= DUPLICATE for other in taken)


# "returned to Islamabad last night after a three-day official visit", "concluded a two-day visit
# to Ethiopia today": the end of a trip, which the story goes on to fill with what was done.
_TRIP_END = re.compile(
    r"\b(?:returned\s+(?:home|to)|left\s+[A-Z]|departed|concluded|wrapped\s+up|ended|completing|completed)\b"
    r"[^;]{0,80}?\b(?:visit|trip|tour|port\s+call)\b"
)
TRIP_LOOK = 4  # the story's further sentences that may tell what the trip did


def _trip_deeds(leads: dict[str, str], pool, planned: set[str]) -> dict[str, tuple[str, str]]:
    """{story: (its lead, the deed that leads it instead)}: a story whose lead only ends a trip,
    settling, signing or counting nothing, is led by the first deed it tells further on (see
    `_fills_trip`: "On Monday he and President Aliyev co-chaired the first session of the Council ...")."""
    shifted: dict[str, tuple[str, str]] = {}
    for item_id, lead in leads.items():
        if not lead or not _TRIP_END.search(lead) or settles(lead) or is_package(lead) or _AMOUNT.search(lead):
            continue
        later = [c.text for c, before in pool if c.item_id == item_id and c.text != lead and not before]
        ranks = {c.text: c.rank for c, _ in pool if c.item_id == item_id}
        start = ranks.get(lead, 0)
        for text in later:
            if start < ranks[text] <= start + TRIP_LOOK and text not in planned and _fills_trip(text):
                shifted[item_id] = (lead, text)
                break
    return shifted


def _with_cast_alone(pool: list[tuple[Candidate, str]], base, dates, leads: dict[str, str]):
    """The pool (with its base values and dates) where each pair of a story's lead and a sentence naming
    the lead's people by their part ("The two leaders signed ...") is followed by that sentence alone;
    and which entries are such sentences alone."""
    # (or a sentence further on that names them: "Prime Minister Pashinyan paid an official visit to Iran
    # ... On Tuesday, he held talks with President Pezeshkian ... The two leaders signed a joint statement")
    lead_index = {c.item_id: c.index for c, before in pool if not before and leads.get(c.item_id) == c.text}
    rows = []
    for (c, before), value, when in zip(pool, base, dates):
        rows.append(((c, before), value, when, False))
        if before and lead_index.get(c.item_id, c.index) < c.index and _THE_CAST.match(c.text):
            rows.append(((c, ""), value, when, True))
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows], [r[3] for r in rows]


# The people a story's lead names, called by their part: "The two leaders", "Both sides", "The presidents".
_THE_CAST = re.compile(
    r"(?:The\s+(?:two\s+)?|Both\s+)(?:leaders|presidents|prime\s+ministers|heads\s+of\s+(?:state|government)|"
    r"ministers|sides|parties|delegations|officials|envoys|ambassadors|governors|mayors)\b"
)

# A body's session chaired: the work of a visit, not its courtesies ("was received ... who hosted a dinner").
_CHAIRED = re.compile(r"\b(?:co-?)?chaired\b")
_THEY_DECIDED = re.compile(
    r"(?:They|The\s+two\s+(?:sides|countries|ministers|leaders|governments|delegations|presidents)|Both\s+sides)\s+"
    r"(?:also\s+)?(?:agreed|decided)\s+to\s+(?!(?:continue|maintain|keep|strengthen|deepen|expand|develop|promote|"
    r"enhance|intensify|step\s+up|work|explore|study|consider)\b)"
)
_AGREED_TO_FOUND = re.compile(
    r"\b(?:agreed|decided)\s+to\s+(?:jointly\s+)?(?:set\s+up|establish|create|form|found|launch)\s+(?:a|an|the|joint)\b"
)


def _fills_trip(text: str) -> bool:
    """Whether a story's further sentence tells what a trip did: signed, opened, funded, settled
    something, or chaired a body's session."""
    return bool(deed_kinds(text) - {"meet"}) or settles(text) or _CHAIRED.search(text) is not None


def auto_length(happenings: int) -> int:
    """How many sentences an executive summary needs: one for every HAPPENINGS_PER_SENTENCE
    distinct dated happenings (chronology rows), between AUTO_MIN and AUTO_MAX."""
    return max(AUTO_MIN, min(AUTO_MAX, -(-happenings // HAPPENINGS_PER_SENTENCE)))


def _pool(items: Sequence[Item]) -> list[tuple[Candidate, str]]:
    """Reportable candidates, each with the sentence to show before it ("" when it reads alone).

    A sentence that points back ("The agreement was signed by ...", "An agreement to this effect
    ...") comes with the sentence before it in its item when that one is reportable and does not
    point back itself, and the two are not too long together.
    """
    out = []
    by_item: dict[str, list[tuple[Sentence, bool]]] = {}
    pool = candidates(items)
    # "They agreed that the Joint Commission will meet in Warsaw in March 2027.", "It was signed in
    # Lima on 29 May 2008 ...": a sentence that reads only after the one before comes as a pair.
    follow = followers(items, pool)
    if follow:
        pool = sorted(pool + follow, key=lambda c: (c.item_rank, c.index))
    follows = {(c.item_rank, c.index) for c in follow}
    for c in pool:
        follower = (c.item_rank, c.index) in follows
        if not (_reportable(c.text, leaning=follower)):
            continue
        before = ""
        if needs_antecedent(c.text) and c.index > 0:
            item = items[c.item_rank]
            sentences = by_item.get(item.id)
            if sentences is None:
                sentences = by_item[item.id] = item_sentences(item)
            previous = sentences[c.index - 1][0].text
            if c.index > 1 and refers_by_pronoun(previous) and _THE_CAST.match(c.text):
                # the people it names by their part are named a sentence further back: "Consul General ...
                # met Governor ... on Thursday. [They discussed ...] The two officials agreed to open ..."
                previous = sentences[c.index - 2][0].text
            if not another_told_before(c.text, previous):
                continue  # ("Another recovery mission is planned for March." after a sentence on the fighting)
            if (
                _reportable(previous)
                and not refers_by_pronoun(previous)
                and not _QUOTED_WHOLE.match(previous)  # ('"A direct flight takes two days out of the chain."')
                and len(previous.split()) + len(c.text.split()) <= PAIR_WORDS
                and len(previous.split()) >= 5
            ):
                before = previous
        if follower and not before:
            continue
        out.append((c, before))
    return out


def _shown(c: Candidate, before: str) -> Sentence:
    sentence = c.sentence
    if not before:
        return sentence
    return Sentence(f"{before} {c.text}", sentence.item_id, sentence.location, sentence.index)


_MONTH_WORD = re.compile(rf"\b(?:{'|'.join(MONTH_NAMES)})\b")


def _spans(
    pool, items: Sequence[Item], events: Sequence[Event], leads: dict[str, str] | None = None
) -> list[tuple[tuple[dt.date, dt.date], ...]]:
    """The dates each candidate speaks of: its events' spans, else the years it names, else the
    date of its (dated) article and of its story's lead ("Following the talks, the leaders signed
    ..." in a story of 2 December that opened "On 1 December, the presidents held talks")."""
    by_sentence: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for event in events:
        if event.expression:
            by_sentence.setdefault(event.sentence or event.text, []).append((event.start, event.end))
    out = []
    for c, before in pool:
        found = by_sentence.get(c.text, []) + (by_sentence.get(before, []) if before else [])
        item = items[c.item_rank]
        if not found and _MONTH_WORD.search(c.text) and (item.date or item.kind != "article"):
            # a sentence whose row another statement holds ("In July the first ship carrying rice ...
            # reached Havana", told as "... arrived in the port of Havana on 19 July"): its own months (a
            # paper's written out in full: "from 14 to 17 September 2027")
            found = [(s.start, s.end) for s in find_dates(c.text, item.date if item.kind == "article" else None)]
        if not found:
            found = [(dt.date(int(y), 1, 1), dt.date(int(y), 12, 31)) for y in _YEAR.findall(_CITATION.sub("", c.text))]
            if not found and leads and item.id in leads:
                found = list(by_sentence.get(leads[item.id], []))
        if item.kind == "article" and item.date:
            found.append((item.date, item.date))  # a story's sentences speak of its happening too
        out.append(tuple(found))
    return out


# "..., which will bring together scientists ...": what the thing a deed made will do, not a plan.
_FUTURE_TAIL = re.compile(r",?\s+(?:which|that|who|where)\s+will\b[^.;]*")


def _states_deed(text: str) -> bool:
    """states_deed, reading past a relative clause about the future ("opened the Centre for Delta
    Research, which will bring together ..."): the opening is the deed."""
    if states_deed(text):
        return True
    return " will " in text and _FUTURE_TAIL.search(text) is not None and states_deed(_FUTURE_TAIL.sub("", text))


# "It was suggested to sign an action plan": a proposal reported without who made it or what came of it.
_PROPOSAL = re.compile(r"^It\s+(?:was|has\s+been)\s+(?:suggested|proposed|advised|recommended)\b")


def names_a_date(text: str) -> bool:
    """Whether the sentence says when itself: a year, a month name, "last year", "next week"."""
    return _DATE.search(text) is not None


def _headline_figure(item: Item, first: str, lead: str) -> bool:
    """Whether a story's headline tells the figure its first sentence gives (half its content words or more are the
    sentence's), a count or a level rather than a deed, and not the sentence taken for its happening, which
    tells a time weeks before the story's."""
    if getattr(item, "title_derived", False) or item.date is None or not _COUNT_OF_THINGS.search(first):
        return False
    if states_event(first, language=item.language):
        return False  # (a deed: the happening sentence was chosen over it for a reason)
    title = content_keys(item.title)
    if len(title) < 3 or len(title & content_keys(first)) * 2 < len(title):
        return False
    if len(title & content_keys(lead)) * 2 >= len(title):
        return False
    spans = find_dates(lead, item.date)
    return bool(spans) and all((item.date - span.end).days > STORY_DAYS for span in spans)


def _headline_tells_a_plan(item: Item) -> bool:
    """Whether a story's own headline tells what is to come ("X and Y to hold ...", "... will open ...")."""
    return not getattr(item, "title_derived", False) and _HEADLINE_FUTURE.search(item.title) is not None


def _headline_plan(item: Item, lead: str, sentences: Sequence[str], planned: set[str]) -> str:
    """The planned happening a story's headline announces (see `_headline_tells_a_plan`), when its lead tells
    something else: the first of the story's planned sentences that holds half the headline's content words or more
    (not the lead's); else ''."""
    if not _headline_tells_a_plan(item):
        return ""
    title = content_keys(item.title)
    if len(title) < 3 or len(title & content_keys(lead)) * 2 >= len(title):
        return ""
    return next(
        (text for text in sentences if text in planned and len(title & content_keys(text)) * 2 >= len(title)), ""
    )


# A headline telling what is to come: "Chad and Qatar to hold first Joint Committee session", "Airline will open ..."
_HEADLINE_FUTURE = re.compile(
    r"\b(?:to|will)\s+(?:hold|host|open|sign|launch|build|visit|meet|resume|stage|begin|start|establish|convene)\b",
    re.IGNORECASE,
)


# a count of things, not a year: "310 Moroccan seasonal workers", "about 14,800 visitors"
_COUNT_OF_THINGS = re.compile(r"\b(?!(?:19|20)\d\d\b)\d[\d,.]*\s+(?:[\w’'-]+\s+){0,3}?[a-z]{3,}s\b")


def _reportable(text: str, leaning: bool = False) -> bool:
    """Not the paper speaking of itself, advice, a fragment, an unnamed speaker or a proposal; nor,
    unless `leaning` (it will be shown after the sentence before), one leaning on that sentence."""
    return not (
        is_meta(text)
        or is_advice(text)
        or (leans_back(text) and not leaning)
        or is_fragment(text)
        or (_FIRST_PERSON.match(text) and not _GLAD_THAT.match(text))
        or _PROPOSAL.match(text)
        or procedural(text)  # "The session began shortly after four in the afternoon, with 29 senators present."
        or hour_scene(text)  # "The excavator arrived before the tourists did, and by eight o'clock the road ..."
        or sense_scene(text)  # "The lecture hall at Tunguu smelled of fresh paint and cardamom tea."
        or delay_scene(text)  # "The ceremony in the courtyard began a few minutes late because of the rain."
        or manner_scene(text)  # "The talks took place in a cordial atmosphere and lasted well into the afternoon."
        or reports_findings(text)  # "The analysis indicates that the relationship rests on ..."
        or tells_an_arc(text)  # "Relations between A and B have moved from ... to ...": an assessment
        or INTERVIEWER_TURN.match(text) is not None  # "HOST: In March you celebrated an anniversary."
        or INTERVIEW_FRAME.search(text) is not None  # "X spoke to Kuensel about the September visit ..."
        or _FIELD_LINE.match(text) is not None  # "Financing: 40 percent from equity, ...": a disclosure's field
    )


# A field of a form or a disclosure: a few plain words and a colon ("Financing: ...", "Investment amount: ...").
_FIELD_LINE = re.compile(r"(?!(?:Note|Update|Correction)\b)[A-Z][a-z]+(?:\s+[a-z]+){0,3}:\s")


def _when(c: Candidate, item: Item) -> dt.date | None:
    """The newest year the sentence names as a time of its happening (its item's date when it names
    none): not a bound ("until 2030", "for 2023–2027") nor, unless it speaks of the future, a year
    after its item's."""
    text = _CITATION.sub("", c.text)
    if item.date:
        # A story's year in a clause ("..., which had been suspended in 2015") dates what it recalls.
        text = main_clause(text)
    # (nor a year a figure is compared with: "between January and September, a third more than in the
    # corresponding months of 2025" is this year's figure)
    years = [
        int(m.group(1))
        for m in _YEAR.finditer(text)
        if not _BOUND.search(text, 0, m.start()) and not _COMPARED_YEAR.search(text, max(0, m.start() - 60), m.start())
    ]
    # A financial year ("in 2025–26") is as recent as the year it ends in.
    years += [
        int(m.group(1)) + 1
        for m in _FINANCIAL_YEAR.finditer(text)
        if int(m.group(2)) == (int(m.group(1)) + 1) % 100 and not _BOUND.search(text, 0, m.start())
    ]
    if item.date and not _FUTURE.search(text):
        years = [y for y in years if y <= item.date.year]
    elif not item.date and years and "to be " in text:
        # "In January 2027 Siemens Energy signed a EUR 1.2 billion contract for two plants, to be commissioned in
        # 2029": the deed's year, not the plan's its clause adds
        plan = _TO_BE_DONE.search(text)
        done = [int(m.group(1)) for m in _YEAR.finditer(text, 0, plan.start())] if plan else []
        if done:
            years = [y for y in years if y <= max(done)]
    if item.date and (not years or max(years) >= item.date.year):
        return item.date
    return dt.date(max(years), 1, 1) if years else None


_FINANCIAL_YEAR = re.compile(r"\b(20\d\d)[–/-](\d\d)\b")
_TO_BE_DONE = re.compile(r",?\s+to\s+be\s+[a-z]+ed\b")
_CUMULATIVE = re.compile(
    r"\b[Ss]ince\s+(?:(?:its|their|the)\s+[^,;.]{0,40}?\s)?(?:19|20)\d\d\b[^.;]{0,120}?\b(?:million|billion|bn)\b"
    r"|\b(?:[Cc]umulative|[Tt]otal)\b[^.;]{0,80}?\bsince\s+(?:19|20)\d\d\b"
)


def _value(
    text: str,
    base: float,
    when: dt.date | None,
    as_of: dt.date,
    lead: bool,
    item: Item,
    before: str = "",
    planned: bool = False,
) -> float:
    """The sentence's own cues; the sentence shown before it may only date it.  Talk that states
    a plan ("discussed the preparations for the summit, which is scheduled for ...") is news."""
    w = WEIGHTS
    text = _CITATION.sub("", text)
    names = len(_CAPITALISED.findall(text))
    date = _DATE.search(text)
    # An action verb, or a date next to a noun naming a happening ("the October 2022 state visit").
    action = states_event(text, date_at=date.span() if date else None, language=item.language)
    if not action and date and names_a_thing_s_year(text, date.span()):
        # ("has allocated Senegal a quota of 12,860 pilgrims for the 2027 Hajj season": the year names the season,
        # and the allocation is still an action)
        action = states_event(text, language=item.language)
    # ("The visit of Emperor Akihito ... to Peleliu on 8 and 9 April 2015 was the most symbolic moment": a dated
    # visit at the top told by a copula is still the visit)
    action = action or bool(date and _TOP_VISIT.search(text))
    # A dated story reports one happening: its sentences that state an action are dated by it.
    story = item.kind == "article" and item.date is not None and action
    value = w["base"] * base
    value += w["action"] * action
    value += w["date"] * (lead or story or bool(date) or bool(_DATE.search(before)))
    value += w["precise"] * bool(_PRECISE.search(text))  # "in December 2023" says more than "in 2023"
    value += w["lead"] * lead  # a story's first sentence that states a happening states its main one
    amount = bool(_AMOUNT.search(text))
    value += w["amount"] * amount
    value += w["names"] * min(names, 4) / 4
    # "They took stock of the agreements reached during the state visit": happenings named as what was
    # talked about are no happening of the sentence's own.
    talks = not planned and _talks_of(text)
    # ("received the Ambassador on Thursday to review the follow-up to the state visit": what a meeting
    # was for names happenings it did not do)
    own = text if planned else _NAMED_BY_ITS_PAST.sub(" ", _RECALLED_TEXT.sub(" ", _TALKED_ABOUT.sub(" ", text)))
    kinds = set() if talks else {m.group().lower().rstrip("s") for m in _HAPPENING.finditer(own)}
    if when is None or when.year < as_of.year - RECENT_YEARS:
        # a commission's session is routine once it is old: only a recent one is headline news
        kinds = {k for k in kinds if not k.endswith("commission")}
    if item.language != "en" and not talks:
        # ("وقّع ... اتفاقية لتقديم 150 منحة دراسية", "firmaron un acuerdo", "подписали соглашение"): the happening's
        # nouns in the other languages read
        kinds.update(m.group().lower()[:5] for m in _HAPPENING_ELSEWHERE.finditer(text))
    if _MISSION.search(text):
        kinds.add("mission")  # an embassy or a consulate opened, reopened or closed
    if _IN_SERVICE.search(own):
        kinds.add("service")  # "GIPL began commercial operation on 1 May 2022": a work of the relation done
    if any(word in text for word in ("relations", "ties", "aid", "assistance", "support", "cooperation")):
        if _RELATIONS_TURNED.search(text) or _RELATIONS_RAISED.search(text):
            # "Kigali severed relations on 17 March 2025", "agreed to raise relations ... to the level of a
            # strategic partnership": a turn of the relation itself
            kinds.add("relations")
    if _SANCTION.search(text):
        kinds.add("relations")  # "In December 2024 Estonia barred entry to eleven Georgian officials": a turn too
    # "India was Slovenia's second largest trading partner in Asia in 2025": the partner's standing
    rank = "rgest" in text and _RANK.search(text) is not None
    if rank:
        kinds.add("rank")
    value += w["kind"] * min(len(kinds), 2) / 2 * 1.5 + w["state_visit"] * bool(
        not talks
        and (
            # (a state visit of decades ago is the relation's history: "King Bhumibol ... paid a state visit to Burma
            # in March 1960")
            (_STATE_VISIT.search(own) and (when is None or (as_of - when).days <= STATE_VISIT_DAYS))
            # (a leader's visit of years ago is background, however high: "President Museveni visited Denmark in
            # 1994, 2005 and 2017")
            or (when is not None and (as_of - when).days <= TOP_VISIT_DAYS and _TOP_VISIT.search(own))
        )
    )
    value += w["billion"] * bool(_BILLION.search(text))
    # The source marks its own headline: "The turning point was the visit of ...".
    # (when it names what: "For the 340 families of the cooperative, this week brought a milestone" does not)
    value += w["salient"] * bool(
        (_SALIENT.search(text) or (before and _SALIENT.search(before))) and (kinds or names >= 2)
    )
    # An amount is a fact whoever states it: "The chairman of AIPEX said that Portugal was the
    # second-largest investor, with 62 projects worth USD 410 million", "also met Prime Minister
    # Tusk, who announced that Polish companies plan to invest USD 780 million".
    # (so is a plan: "The ambassador said that the Korean embassy in Tirana will open in September 2027")
    if (_REPORTED.match(text) and not amount and not planned) or _VIEW.search(text):
        value -= w["reported"]  # "X said that the agreement builds on ...", "... show that": a view of happenings
    if (not date and tells_background(main_clause(text))) or _HABITUAL.search(text):
        value -= w["background"]  # "Until now fruit reached India through Panama", "Each year about 25 students ..."
    if _SHARE_PRICE.search(text):
        value -= w["background"]  # "Condor's shares rose 6 percent on the exchange": the market's mood
    if _DESCRIBES.match(text):
        value -= w["describes"]  # "The protocol signed in Luanda in July 2026 extends ...": what a signed text does
    if _ROUTINE.search(text):
        value -= w["talk"]  # a courtesy call, a working session with an ambassador: the routine of diplomacy
    value += w["turn"] * bool(_TURN.search(text))
    if "relation" in text or "ties" in text:
        # "issued a joint statement raising relations to a comprehensive partnership": the relation's own
        # standing changed, the news a reader of the relation looks for first
        value += w["turn"] * bool(_RELATIONS_RAISED.search(text))
    # (or two texts named in one signing: "ministers signed a joint declaration on ... and an agreement on ...")
    value += w["package"] * (is_package(text) or ("sign" in text and _TWO_TEXTS_SIGNED.search(text) is not None))
    # "Trade between A and B has grown steadily. In 2025 it reached €1.12 billion": shown as a pair.
    # (of a recent year: an older total is background that newer figures replace)
    value += w["total"] * (
        (rank or _trade_total(f"{before} {text}" if before else text, amount))
        and when is not None
        and when.year >= as_of.year - RECENT_YEARS
    )
    if amount and "ince" in text and _CUMULATIVE.search(text):
        # "Since 2007 Ireland has provided more than €320 million to Malawi": the sum of a relation so
        # far, told as of now
        value += w["total"]
        if when is not None and when < as_of:
            value += w["recency"] * (1 - 0.5 ** (max(0.0, (as_of - when).days / 365.25) / RECENCY_HALF_LIFE))
    if _QUOTE_OPENS.match(text) and not amount and not settles(text) and not _TURN.search(text):
        value -= w["reported"]  # '"The agreement has done what we hoped," the ambassador says.'
    if (settles(text) or (item.language != "en" and _SETTLED_ELSEWHERE.search(text) is not None)) and not talks:
        value += w["decisive"]
    elif (talks or only_talk(text)) and not planned and not amount:
        value -= w["talk"]  # met, discussed, noted: talk about happenings rather than one
    if when is not None:
        years = max(0.0, (as_of - when).days / 365.25)
        # A story's sentences without an action are details of its lead: half the credit.
        share = 1.0 if lead or story or _DATE.search(text) else 0.5
        value += share * w["recency"] * 0.5 ** (years / RECENCY_HALF_LIFE)
    return value


# The sentence's own verb is talk about things ("They took stock of the agreements reached during the
# September state visit", "the National Assembly examined one bill"), with no deed beside it ("... and
# signed a protocol").
_TALK_VERB = re.compile(
    r"^(?:(?:On|In|At|After|During)\s+[^,;]{1,40},\s+|[A-Z][a-z]+ing\b[^;]{1,120}?,\s+)?"
    r"(?:They|He|She|We|[A-Z][^,;]{0,100}?|the\s+[^,;]{1,80}?)\s+(?:also\s+|then\s+|jointly\s+)?"
    r"(?:took\s+stock\s+of|reviewed|discussed|examined|considered|debated|exchanged\s+views\s+on|assessed|"
    r"went\s+over|looked\s+at|talked\s+about|touched\s+on|"
    # (thanks and praise for a happening told elsewhere: "Mr Mitchell thanked Cuba for the medical brigade that
    # arrived in April")
    r"thanked|praised|commended|expressed\s+(?:his\s+|her\s+|their\s+)?(?:gratitude|appreciation|thanks)\s+(?:to|for)|"
    # "Parliament then resumed the debate on the Sugar Cane Industry (Amendment) Bill 2026"
    r"(?:resumed|began|opened|continued|adjourned|concluded)\s+(?:the\s+|its\s+)?(?:debate|discussion|consideration)\s+(?:on|of))\s"
    # (talk that prepares a happening to come tells that it is coming: "discussed the preparations for the summit")
    r"(?!(?:the\s+)?(?:preparations?|preparing|plans?|arrangements)\b)"
)
# What a meeting was for: "to review the follow-up to the state visit", "to discuss the implementation of ...".
_TALKED_ABOUT = re.compile(
    r"\bto\s+(?:review|discuss|take\s+stock\s+of|assess|examine|consider|look\s+at|exchange\s+views\s+on)\s+"
    r"(?!(?:the\s+)?(?:preparations?|preparing|plans?|arrangements)\b)[^,;.]*"
)
# A text a deed was done under, recalled with its own signing: "was sent ... under the sanitary and
# phytosanitary protocol that the two governments signed in Seoul on 15 September during the state visit"
# (the sending is the sentence's happening, the protocol and the visit its background).
_RECALLED_TEXT = re.compile(
    r"\b(?:under|within|following|pursuant\s+to|as\s+part\s+of|in\s+line\s+with)\s+(?:the|a|an)\s+[^,;.]{0,80}?\s"
    r"(?:that|which)\s+[^,;.]{0,80}?\b(?:signed|concluded|agreed|adopted|ratified|approved)\b[^,;.]*"
)
# A text named by its signing between commas: "The agreement, signed in Moscow in November during Daniel Ortega's
# state visit, was backed by 87 deputies" (the backing is the sentence's happening, the visit its background).
# (or what a deed follows: "The contract follows the memorandum signed during the state visit ... in November 2026")
_NAMED_BY_ITS_PAST = re.compile(
    r",\s+(?:signed|concluded|agreed|adopted|reached|initiall?ed)\s+[^,;.]{3,120},"
    r"|\b(?:follows|followed|builds\s+on|implements)\s+(?:the|a|an)\s+[^,;.]{0,60}?\s(?:signed|concluded|agreed|adopted)\b"
    r"[^,;.]*"
)
_DEED_BESIDE = re.compile(
    r"\b(?:and|,)\s+(?:then\s+|also\s+)?(?:signed|agreed|approved|adopted|announced|launched|opened|ratified|decided)\b"
)


def _talks_of(text: str) -> bool:
    m = _TALK_VERB.match(text)
    return m is not None and not settles(text[: m.end()]) and _DEED_BESIDE.search(text, m.end()) is None


# A company's share price moving: how a market took the news, not a happening of the relation.
_SHARE_PRICE = re.compile(
    r"\b(?:[Ss]hares?|[Ss]tock|[Ss]hare\s+price)\b[^.;]{0,40}?\b(?:rose|fell|gained|jumped|climbed|dropped|slipped|"
    r"surged|soared|plunged|lost|added|slid)\b"
)


_TEXT_KIND = r"(?:declaration|agreement|memorandum|protocol|treaty|convention|accord|programme|partnership|statement)"
# ("witnessed the signing of a memorandum of understanding on green hydrogen and of an agreement on ...")
_TWO_TEXTS_SIGNED = re.compile(
    rf"\b(?:signed|signing\s+of)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?{_TEXT_KIND}\b[^;.]{{0,120}}?\s+and\s+(?:of\s+)?(?:an?|the)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?{_TEXT_KIND}\b"
)


def is_package(text: str) -> bool:
    """Whether the sentence tells a counted package of texts signed ("signed five agreements")."""
    return _PACKAGE.search(text) is not None and _SIGNING.search(text) is not None


def _trade_total(text: str, amount: bool) -> bool:
    """A year's trade figure (trade or turnover, an amount and a year) or a year's traffic (see _VOLUME),
    of no part of a year (the source named first, "According to the Bank's note for the second quarter,
    ...", is no part of it)."""
    text = _ACCORDING_TO.sub("", text, count=1)
    return (
        (amount or _VOLUME.search(text) is not None)
        and (
            _TRADE.search(text) is not None
            or _VOLUME.search(text) is not None
            or (_AID_TOTAL.search(text) is not None and "ince" not in text)
        )
        and (_YEAR.search(text) is not None or _LAST_YEAR.search(text) is not None)
        and not _PART_OF_YEAR.search(text)
        # (a target beside the year's total does not undo it: "trade, which reached EUR 287.4 million last
        # year, ... set a target of EUR 500 million by 2030")
        and (not _TARGET.search(text) or _TOTAL_REACHED.search(text) is not None)
    )


# A year's aid, the donor's other yearly figure: "Australia provided an estimated AUD 47.8 million of official
# development assistance to Kiribati in 2025–26", "Korea's official development assistance to Ethiopia reached
# USD 78 million in 2024" (not a sum "since" a year: see _CUMULATIVE).
_AID = r"(?:official\s+development\s+(?:assistance|aid)|development\s+(?:assistance|aid)|bilateral\s+aid|ODA)"
_AID_TOTAL = re.compile(
    rf"\b(?:provided|gave|disbursed|spent)\s+(?:an\s+estimated\s+|about\s+|some\s+|nearly\s+|more\s+than\s+)?"
    rf"(?:[A-Z]{{2,3}}\s?|US\$\s?|[$€£])?\d[\d.,]*\s*(?:million|billion|bn)?\s+(?:in|of)\s+{_AID}\b"
    rf"|\b{_AID}\s+(?:to\s+[^,;.]{{1,40}}?\s+)?(?:reached|amounted\s+to|totall?ed|came\s+to|was)\s+"
    rf"(?:an\s+estimated\s+|about\s+|some\s+|nearly\s+|more\s+than\s+)?(?:[A-Z]{{2,3}}\s?|US\$\s?|[$€£])?\d"
)
_TOTAL_REACHED = re.compile(
    r"\b(?:reached|amounted\s+to|totalled|totaled|came\s+to)\s+(?:[A-Z]{2,3}\s?|US\$\s?|[$€£])?\d[\d.,]*"
    r"(?:\s*(?:million|billion|bn))?\s+(?:last\s+year|in\s+(?:19|20)\d\d)\b"
)
_ACCORDING_TO = re.compile(r"^According\s+to\s+[^,;]{3,100},\s+")


# "a protocol setting the target of raising bilateral trade to USD 500 million by 2030": an aim, not a total
_TARGET = re.compile(r"\b(?:targets?|goals?|aims?\s+to)\b|\bby\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b", re.IGNORECASE)


def _choose(
    pool,
    values: Sequence[float],
    topics: Sequence[str | None],
    spans: Sequence[tuple[tuple[dt.date, dt.date], ...]],
    stories: Sequence[bool],
    n: int,
    further: Sequence[int] = (),
    lead_of: dict[int, int] | None = None,
    deeds: Sequence[bool] = (),
    plans: Sequence[bool] = (),
    setting_cost: Sequence[float] = (),
    after_lead: Sequence[bool] = (),
) -> list[int]:
    """Greedy: the best value after penalties for what is chosen; never the same happening twice.

    Two candidates state the same happening when they speak of overlapping dates and share
    SAME_HAPPENING_WORDS distinctive words (content words in fewer than COMMON_SHARE of the
    candidates: names and key nouns, not the two countries' names); word overlap counts only
    distinctive words too.
    """
    cands = [c for c, _ in pool]
    # What a sentence speaks of, without who reports it (", the National Statistics Office reports.");
    # a pair speaks of what both its sentences name.
    own = [content_keys(_ATTRIBUTION.sub("", c.text)) for c in cands]
    said = [ks | content_keys(before) if before else ks for ks, (_, before) in zip(own, pool)]
    frequency = Counter(k for ks in own for k in ks)  # each sentence counted once, not again in a pair
    common = max(3, COMMON_SHARE * len(cands))
    keys = [
        frozenset(k for k in ks if frequency[k] < common and k not in _UNITS and not any(ch.isdigit() for ch in k))
        for ks in said
    ]
    # A month or a weekday is capitalised but names no one: the dates are compared apart.
    names = [
        frozenset(k for k in content_keys(" ".join(_CAPITALISED.findall(c.text)))) & ks - _CALENDAR_KEYS
        for c, ks in zip(cands, keys)
    ]
    # The same amount at overlapping dates is one happening told twice ("Trade reached $1.14 billion
    # in 2025" in a story, "from USD 0.71 billion in 2021 to USD 1.14 billion in 2025" in the paper).
    # (Not a figure a correction names as wrong: "up from the preliminary USD 208 million".)
    outdated = _superseded([c.text for c in cands])
    figures = [_figures(f"{before} {c.text}" if before else c.text) - outdated for c, before in pool]  # a pair: both
    years = [_figure_years(c.text) if figures[k] else () for k, c in enumerate(cands)]
    # A visit's talks, its signings and an opening the next day are several happenings of one
    # date and one cast: sentences stating deeds of different kinds are never one happening.
    kinds: list[frozenset[str] | None] = [None] * len(cands)
    # A meeting postponed or called off (not a figure corrected: the story's own figure comes first).
    # (a plan now late: "is now expected to be completed in July 2027, a year later than planned")
    turns = [
        called_off(c.text) or (LATER_THAN_PLANNED.search(c.text) is not None and _TURN.search(c.text) is not None)
        for c in cands
    ]
    packages = [is_package(c.text) for c in cands]
    arrivals = [_ARRIVAL_OR_UPGRADE.search(c.text) is not None for c in cands]
    corrects = [_CORRECTS.search(c.text) is not None for c in cands]
    # A figure a correction among the candidates names as wrong is never shown, the correction tells the figure:
    # "Trade ... reached USD 486 million in 2026" beside "... corrected its figure for ... 2026 to USD 468
    # million, not USD 486 million".
    # (or shows it as the sentence before its own: "Bilateral trade reached USD 1.12 billion in 2026 ... The two
    # sides agreed to work towards ...")
    wrong = [
        bool(outdated) and not corrects[k] and bool(_figures(f"{before} {c.text}" if before else c.text) & outdated)
        for k, (c, before) in enumerate(pool)
    ]
    chosen: list[int] = []
    per_item: Counter = Counter()
    per_topic: Counter = Counter()
    left = set(range(len(cands)))
    similarity = [0.0] * len(cands)  # largest word overlap with a chosen sentence
    while left and len(chosen) < n:
        # What can no longer be taken stays out for good: what is chosen only grows, so each
        # candidate is compared with the sentence chosen last only.
        last = chosen[-1] if chosen else -1
        for i in sorted(left):
            c = cands[i]
            if wrong[i]:
                left.discard(i)  # (the correction that names it tells the figure)
                continue
            if last >= 0:
                alike = overlap(keys[i], keys[last])
                similarity[i] = max(similarity[i], alike)
                if (
                    (
                        alike >= DUPLICATE
                        and not _deeds_apart(kinds, cands, plans, spans, i, last)
                        # (a total of another year, worded alike: "Trade ... reached USD 812 million in
                        # 2025" beside "... USD 734 million in January–October 2026")
                        and not _figures_of_other_years(figures, years, i, last)
                    )
                    or (
                        (
                            _same_happening(keys[i], keys[last], names[i] & names[last], spans[i], spans[last])
                            or _one_signing_told_twice(kinds, cands, names, spans, i, last)
                            or _one_day_s_talks_told_twice(cands, spans, i, last)
                            or _one_text_signed_twice(cands, spans, i, last)
                        )
                        and not _other_deeds(kinds, cands, plans, i, last)
                        # (the documents a visit's talks produced are news beside its arrival)
                        and not _arrival_and_signings(packages, arrivals, i, last)
                        # (an amount the happening told without one brings: "Indonesia will provide USD 20
                        # million in development assistance" beside the state visit's lead)
                        and not (figures[i] and not figures[last] and _AMOUNT.search(cands[i].text))
                        # (a deed of a day within the year of a total: "Customs suspended on Saturday imports
                        # from three meat plants" beside "Uruguay exported 318,000 tonnes of beef in 2026")
                        and not _deed_of_a_day_in_a_total(figures, spans, i, last, cands)
                        # figures of other years: a half-year's trade and last year's corrected total;
                        # or a release's lead figure after another of its figures (ten months' trade after
                        # the nine months' corrected)
                        and not (
                            _figures_of_other_years(figures, years, i, last)
                            or (
                                _other_figures(figures, i, last)
                                and (
                                    # (a figure corrected beside the release's lead figure)
                                    corrects[i]
                                    or corrects[last]
                                    or (
                                        c.item_rank == cands[last].item_rank
                                        and stories[c.item_rank]
                                        and lead_of is not None
                                        and lead_of.get(c.item_rank) == i
                                    )
                                )
                            )
                        )
                    )
                    and not (
                        # "Since its first loan to the country in 1998, the Fund has financed 15 projects
                        # worth KWD 96 million" beside its story's "The loan of KWD 8.5 million was signed
                        # in June": a figure of years the other does not speak of
                        (figures[i] and years[i] and not _overlap(years[i], spans[last]))
                        or (figures[last] and years[last] and not _overlap(years[last], spans[i]))
                    )
                    or (
                        (figures[i] & figures[last] or _rounded_alike(figures[i], figures[last]))
                        # (an amount without a year of its own: "The terminal, to cost USD 450 million, ...")
                        and (
                            not years[i] or not years[last] or _overlap(spans[i] + years[i], spans[last] + years[last])
                        )
                    )
                ):
                    left.discard(i)
                    continue
            if stories[c.item_rank] and (
                per_item[c.item_rank] >= PER_ITEM
                or (per_item[c.item_rank] and further and not _further_news(further[i], i, cands, chosen, years, spans))
            ):
                left.discard(i)
        best, best_value = -1, float("-inf")
        # The best value among a story's sentences still left before this one (candidates come in
        # source order): news tells the gist first, so a later sentence waits for an earlier one
        # worth about as much.
        story, earlier, earlier_text = -1, float("-inf"), ""
        for i in sorted(left):
            c = cands[i]
            lead = lead_of.get(c.item_rank, i) if lead_of else i
            if after_lead and after_lead[i] and (lead == i or lead not in chosen):
                continue  # ("The two leaders signed ...": alone only after its story's lead)
            if (
                not turns[i]  # a turn of events (a meeting postponed) is news of its own, whatever the story led with
                and lead != i
                and lead in left
                and values[lead] >= values[i] - (LEAD_FIRST_BACK if _BARE_NOUN_OPENS.match(c.text) else LEAD_FIRST)
                and pool[i][1] != cands[lead].text
            ):
                # A story's detail after its main happening (or shown with it), unless clearly worth more.
                continue
            if stories[c.item_rank]:
                if c.item_rank != story:
                    story, earlier, earlier_text = c.item_rank, float("-inf"), ""
                waits = earlier >= values[i] - LEAD_FIRST and earlier_text != pool[i][1] and not turns[i]
                if values[i] > earlier:
                    earlier, earlier_text = values[i], c.text
                if waits:
                    continue
            # A news story reports one happening, a paper section recounts many.
            # (its lead is the story's main happening, news even after one of its details)
            own_news = (deeds and deeds[i]) or (lead_of and lead_of.get(c.item_rank) == i)
            same_item = (SAME_DEED if own_news else SAME_ITEM) if stories[c.item_rank] else SAME_SECTION
            # ("After the talks, ..." reads on the talks once its story's lead is shown)
            told = setting_cost and setting_cost[i] and lead_of and lead_of.get(c.item_rank, -1) in chosen
            value = (
                values[i]
                + (setting_cost[i] if told else 0.0)
                - REDUNDANCY * similarity[i]
                - same_item * per_item[c.item_rank]
                - SAME_TOPIC * (per_topic[topics[i]] if topics[i] else 0)
            )
            if value > best_value:
                best, best_value = i, value
        if best < 0:
            break
        if not figures[best]:  # (a figure is a fact of its own, whoever tells it)
            best = _its_own_story(best, left, cands, values, keys, names, spans, stories, lead_of)
        chosen.append(best)
        left.discard(best)
        per_item[cands[best].item_rank] += 1
        per_topic[topics[best]] += 1
    return chosen


def _its_own_story(best, left, cands, values, keys, names, spans, stories, lead_of) -> int:
    """The lead of the story a happening is the news of, over another story's passing mention of it
    worth a little more: "President Ramos-Horta is paying a state visit to China from 18 to 23
    October" (the communiqué's lead) over "An air services agreement was signed in Beijing during the
    state visit in October" (a detail in a story on flights)."""
    rank = cands[best].item_rank
    if not lead_of or (stories[rank] and lead_of.get(rank, best) == best):
        return best
    # (a paper's account of a visit, "In October 2026 Vice President Cevdet Yılmaz paid a visit to Lomé.", is a
    # mention too: the story of the day tells it)
    own = lead_of.get(rank, best)
    if stories[rank] and _same_happening(keys[own], keys[best], names[own] & names[best], spans[own], spans[best]):
        return best  # (its own story's news told again, not a mention in passing)
    for j in sorted(left):
        other = cands[j].item_rank
        if (
            j != best
            and other != rank
            and stories[other]
            and lead_of.get(other) == j
            and values[j] >= values[best] - LEAD_FIRST
            and _same_happening(keys[j], keys[best], names[j] & names[best], spans[j], spans[best])
            # (not the same deed told by both, the mention in detail: "five instruments were signed: an
            # Agreement on ..." beside "signed five cooperation instruments"; a paper's account is no detail)
            and not (stories[rank] and deed_kinds(cands[j].text) & deed_kinds(cands[best].text))
        ):
            return j
    return best


# A year a figure is compared with, not the figure's own: "up 6.8 percent on the same nine months of 2025",
# "compared with EUR 907 million in 2024", "9.1 percent more than in 2025".
_COMPARED_YEAR = re.compile(
    r"\b(?:on|over|against|than|compared\s+(?:with|to)|from)\s+(?:(?:in|the|a|same|its|their)\s+)*"
    r"(?:[^,;.\d]{0,30}?\d[\d,.]*\s*(?:billion|million|bn|mln|percent|per\s+cent|%)\s+)?(?:[A-Za-z-]+\s+){0,3}?(?:of|in)?\s*$"
)


def _figure_years(text: str) -> tuple[tuple[dt.date, dt.date], ...]:
    """The years a sentence's figures are of, as spans: every year it names but one it only
    compares with ("... between January and September 2026, up 6.8 percent on the same nine months
    of 2025" is a figure of 2026)."""
    text = _CITATION.sub("", text)
    found = [m for m in _YEAR.finditer(text)]
    own = [m for m in found if not _COMPARED_YEAR.search(text, max(0, m.start() - 60), m.start())] or found
    return tuple((dt.date(int(m.group(1)), 1, 1), dt.date(int(m.group(1)), 12, 31)) for m in own)


def _further_news(
    kind: int, i: int, cands: Sequence[Candidate], chosen: Sequence[int], years: Sequence[tuple], spans: Sequence[tuple]
) -> bool:
    """Whether a story's further sentence is news: a deed or a plan (NEWS), or a figure (FIGURE)
    not in the units of one already chosen from the story for the same years ("Portuguese exports
    rose to €1.82 billion" after "Trade grew to €2.6 billion" is a part of that figure; last year's
    total after this half-year's is a figure of its own)."""
    c = cands[i]
    if kind == FIGURE:
        return not any(
            cands[j].item_rank == c.item_rank
            and same_series(c.text, cands[j].text)
            and not (years[i] and years[j] and not set(years[i]) & set(years[j]))
            # ("Bilateral trade reached USD 318 million in 2025" after "signed contracts worth USD 46
            # million on the opening day" of a fair in 2026: a figure of another year than the story's)
            and not (years[i] and not years[j] and not _overlap(years[i], spans[j]))
            for j in chosen
        )
    return kind == NEWS


_FIGURE = re.compile(
    r"(?:\b(?:USD|EUR|GBP|JPY|KRW|CNY|RUB|KZT|UZS|KSh|US\$)|[$€£¥₸])\s?(\d[\d,.]*\d|\d)|"
    r"(\d[\d,.]*\d|\d)\s*(?:trillion|billion|million|bn|mln|"
    # (in the other languages of a corpus: "45 millions de dollars", "150 millones", "312,6 млн", "150 مليون")
    r"millions|milliards?|millones|mil\s+millones|milhões|milioni|miliardi|миллион\w*|миллиард\w*|млн|млрд|"
    r"مليون|مليار)(?!\w)",
    re.IGNORECASE,
)


# "corrected its figure for 2025: ... EUR 389.4 million, not EUR 398.4 million as published": the
# figure after "not" (or "down from", "instead of") is one the sources no longer stand by.
_CORRECTS = re.compile(
    # ("... amounted to EUR 951 million, not EUR 932 million as stated in the first estimate")
    r"\b(?:corrected|revised|amended)\b|\bnot\s+[^,;]{0,20}?\d[^,;]{0,20}?\s+as\s+(?:stated|published|reported|announced|given)\b"
    # ("lowered its estimate for the first half of the year to BBD 14.2 million, from the BBD 14.8 million")
    r"|\b(?:lowered|raised|cut|trimmed)\s+(?:its|their|the)\s+(?:[\w-]+\s+)?(?:estimates?|figures?)\b",
    re.IGNORECASE,
)
_WRONG_FIGURE = re.compile(
    # ("revised ... to 14.92 billion yen from the preliminary 14.37 billion yen", "from the USD 141.7 million published")
    r"\b(?:not|instead\s+of|rather\s+than|(?:down\s+|up\s+)?from|"
    # "which had been published in March as USD 1.21 billion", "A preliminary release had put exports at ..."
    r"(?:published|reported|given|announced)\s+(?:in\s+\w+\s+)?as|had\s+put\s+[^;,.]{0,40}?\s+at)\s+"
    # ("up from the preliminary estimate of USD 208 million")
    r"(?:the\s+)?(?:previously\s+\w+\s+|(?:preliminary|provisional|initial|earlier)\s+(?:(?:estimate|figure)\s+of\s+)?)?"
    # (any currency's sign: "from the Nu 3.92 billion", "from the R$ 1.2 billion", "from K4.8 billion")
    r"(?:(?:USD|EUR|GBP|US\$|[A-Z][A-Za-z]{0,3}\$?)\s?|[$€£¥])?(\d[\d,.]*\d|\d)",
)


_ORDINAL = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b")
_GATHERING = re.compile(r"\b(visit|summit|session|meeting|forum|trip|tour)s?\b", re.IGNORECASE)
CARRIED_OUT_DAYS = 31  # a deed told to the day or the month falls within a plan's wider window
HELD_LATER_DAYS = 183  # a happening put off and then held: within half a year of its first date


# A sentence about a happening by its noun: "The signing, first planned for September, was postponed".
_HAPPENING_SUBJECT = re.compile(
    r"(?:The|Its|Their)\s+(?:[\w-]+\s+){0,3}?(?:signing|visit|ceremony|session|meeting|launch|opening|talks|round|"
    r"forum|summit|inauguration)\b"
)


def _done_in_its_story(pool, planned) -> list[int]:
    """The deeds put off without a new date that their own story tells done: a signing postponed in
    the story of the signing."""
    out = []
    for i, (c, _) in enumerate(pool):
        if not _HAPPENING_SUBJECT.match(c.text) or not called_off(c.text) or put_off_to_a_date(c.text):
            continue  # (not "co-chaired the first session, which had been postponed ...": that tells it held)
        kinds = deed_kinds(c.text) - {"cancel"}
        if kinds and any(
            j != i
            and other.item_rank == c.item_rank
            and other.text not in planned
            and not called_off(other.text)
            and kinds & deed_kinds(other.text)
            for j, (other, _) in enumerate(pool)
        ):
            out.append(i)
    return out


def _carried_out(pool, spans, plans: Sequence[bool], later: bool = False, new_date: bool = False) -> list[int]:
    """The plans whose happening another candidate tells done: one of a precise date inside the
    plan's window, a gathering of the same kind ("visit", "session"), naming a name the plan names
    that few candidates name (not the two countries'), or the deed a plan names by its infinitive ("will
    travel ... to sign an agreement on ...") done in its window to a thing two rare words name.  With
    `later`, the plans are happenings put off without a new date, and the one done falls after their
    window (within HELD_LATER_DAYS); with `new_date`, happenings put off to a date ("postponed to 5
    January"), and the one done falls on it or a day or two after (its story's day)."""
    names = [content_keys(" ".join(_CAPITALISED.findall(c.text))) - _CALENDAR_KEYS for c, _ in pool]
    frequency = Counter(k for ks in names for k in ks)
    common = max(3, COMMON_SHARE * len(pool))
    kinds = [{m.group(1).lower() for m in _GATHERING.finditer(c.text)} for c, _ in pool]
    done = [
        j
        for j in range(len(pool))
        if not plans[j] and kinds[j] and any((b - a).days <= CARRIED_OUT_DAYS for a, b in spans[j])
    ]
    out = []
    words: list[frozenset[str]] = []
    if not later and any(plans):
        # "A ministry delegation will travel to Havana in November to sign an agreement on a joint rice
        # seed company" beside "... on Tuesday signed an agreement to establish a joint venture producing
        # certified rice seed": the deed the plan names, done on a day of its window, of the same thing
        keyed = [content_keys(c.text) for c, _ in pool]
        counts = Counter(k for ks in keyed for k in ks)
        words = [frozenset(k for k in ks if counts[k] < common) for ks in keyed]
        deeds = [frozenset() if plans[j] else deed_kinds(c.text) for j, (c, _) in enumerate(pool)]
    for i, plan in enumerate(plans):
        if (
            words
            and plan
            and spans[i]
            and not _TURN.search(pool[i][0].text)
            and sounds_future(pool[i][0].text)  # (not a decision told: "agreed to set up a Joint Committee")
            and (planned := planned_kinds(pool[i][0].text))
        ):
            if any(
                len(words[i] & words[j]) >= SAME_HAPPENING_WORDS
                and planned & deeds[j]
                and any(
                    s1 <= a and b <= e1 for s1, e1 in spans[i] for a, b in spans[j] if (b - a).days <= CARRIED_OUT_DAYS
                )
                for j in range(len(pool))
                if j != i and not plans[j]
            ):
                out.append(i)
                continue
        if not plan or not kinds[i] or not spans[i] or (_TURN.search(pool[i][0].text) and not (later or new_date)):
            continue  # (a plan put off is news of its own)
        window = spans[i]
        if new_date:
            # (the date it was put off to, the sentence's latest, and the story's day or two after it)
            start, end = max(window)
            window = ((start, end + dt.timedelta(days=NEXT_DAYS)),)
            # (a gathering of any kind on that day with the plan's rare names: the visit put off was to
            # co-chair the meeting held)
            plans_kinds = set().union(*kinds)
        elif later:
            end = max(b for _, b in window)
            window = ((end + dt.timedelta(days=1), end + dt.timedelta(days=HELD_LATER_DAYS)),)
            plans_kinds = kinds[i] - {"session", "meeting"} if "visit" in kinds[i] else kinds[i]
        else:
            plans_kinds = kinds[i]
        rare = {k for k in names[i] if frequency[k] < common}
        ordinal = set(_ORDINAL.findall(pool[i][0].text.lower()))
        if any(
            plans_kinds & kinds[j]
            and rare & names[j]
            # (not another of a series: "the sixth meeting" beside "the fifth meeting was held")
            and (not ordinal or ordinal & set(_ORDINAL.findall(pool[j][0].text.lower())))
            # (held, not agreed to be held: "agreed that the Committee will hold its first session in February")
            # (but "co-chaired ... on Tuesday, a week later than first planned" is held)
            and not (new_date and sounds_future(pool[j][0].text) and not LATER_THAN_PLANNED.search(pool[j][0].text))
            and any(s1 <= a and b <= e1 for s1, e1 in window for a, b in spans[j] if (b - a).days <= CARRIED_OUT_DAYS)
            for j in done
        ):
            out.append(i)
    return out


def _names_back(c: Candidate, items: Sequence[Item]) -> bool:
    """Whether a story's sentence opens on a bare definite noun its story named before it ("The
    committee was set up under one of the seven documents ..." after "The first meeting of the Joint
    Ministerial Committee ... has been postponed"), or on one that judges what came before ("The
    breakthrough came after ...")."""
    noun = bare_thing(c.text, to_come=False)  # (a plan's "The visit will ..." is weighed as a plan)
    if noun is None or items[c.item_rank].kind != "article":
        return False
    if _SALIENT.match(noun):
        return True  # "The breakthrough came after ...": the breakthrough is what the story told first
    earlier = " ".join(s.text for s, _ in item_sentences(items[c.item_rank])[: c.index])
    return re.search(rf"\b{re.escape(noun[:-1] if noun.endswith('s') else noun)}", earlier, re.IGNORECASE) is not None


# A verb of what is to come ("will arrive", "is due to open"), not a day after another ("The next day"),
# and the words that open a clause of its own after it.
_TO_COME = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:(?:due|set|scheduled|expected|planned)\s+)?to\s+(?!be\s+(?:found|seen)\b))"
    # (told before it came: "said on 13 October that the President would arrive in Montevideo on 9 November")
    r"|\bthat\s+(?:[\w'’.-]+\s+){1,6}?would\s+(?!have\b)"
)
_CLAUSE_OPENS = re.compile(r"\b(?:who|which|that|whose|after|when|since|because|as)\b")


def _overtaken_plans(events: Sequence[Event], planned: set[str], as_of: dt.date) -> set[str]:
    """Sentences announcing what was to happen before `as_of` ("President Mahama will arrive in
    Barbados on Tuesday for a state visit", told a week before): by the briefing's date the happening
    itself, or its absence, is the news.  The verb to come stands before the date, in the row's own
    clause ("arrived on Monday and will work in schools for two years" tells an arrival; "Financing will
    comprise a loan whose credit agreement was executed on 21 October" a deed done)."""
    found: dict[str, bool] = {}
    for event in events:
        if not event.expression or event.planned:
            continue
        sentence = event.sentence or event.text
        at = event.text.find(event.expression)
        verb = _TO_COME.search(event.text, 0, at) if event.end < as_of and at > 0 else None
        # (and no clause of its own between: "will build a plant after its directors approved it on Tuesday")
        to_come = verb is not None and _CLAUSE_OPENS.search(event.text, verb.end(), at) is None
        found[sentence] = found.get(sentence, True) and to_come
    return {text for text, overtaken in found.items() if overtaken and text not in planned and not _TURN.search(text)}


def _plans_overtaken_in_text(
    texts: Sequence[tuple[str, dt.date | None]], planned: set[str], as_of: dt.date
) -> set[str]:
    """The sentences (with their texts' dates) telling, with a verb to come before their first date, what
    was to happen before `as_of` ("President Japarov is expected to pay a state visit to Ankara
    in September 2027, ...", read in October 2027)."""
    out = set()
    for text, written in texts:
        if text in planned or _TURN.search(text):
            continue
        spans = find_dates(text, written)
        # (its first date: a term after it is what the happening adopts, "a programme ... for 2027–2031")
        if not spans or spans[0].end >= as_of:
            continue
        at = text.find(spans[0].expression)
        verb = _TO_COME.search(text, 0, at) if at > 0 else None
        if verb is not None and _CLAUSE_OPENS.search(text, verb.end(), at) is None:
            out.add(text)
    return out


def _superseded(texts: Sequence[str]) -> frozenset[str]:
    """The figures a correction among `texts` says were wrong (as `_figures` writes them), with what
    it gives them in other units ("down from the OMR 216.1 million (USD 562 million) published")."""
    found: set[str] = set()
    for text in texts:
        if _CORRECTS.search(text):
            for m in _WRONG_FIGURE.finditer(text):
                found.add(m.group(1).replace(",", ""))
                found |= _figures(text[m.start() : m.end() + 40].split(";")[0].split(" published")[0])
    return frozenset(found)


def _figures(text: str) -> frozenset[str]:
    """The amounts a sentence names, as written without separators: "USD 1.14 billion" -> {"1.14"}."""
    return frozenset(_figure(m.group(1) or m.group(2)) for m in _FIGURE.finditer(text))


def _figure(written: str) -> str:
    """A figure without separators; a decimal comma read as a point ("312,6 млн" is "312.6")."""
    return written.replace(",", ".") if _DECIMAL_COMMA.fullmatch(written) else written.replace(",", "")


_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")


def _arrival_and_signings(packages: list[bool], arrivals: list[bool], i: int, j: int) -> bool:
    """Whether one of two candidates tells a visitor's arrival or relations raised to a partnership
    and the other the documents signed during the visit ("arrived in Kuwait City on a state visit" /
    "held talks, after which eight documents were signed"): two pieces of news of one visit."""
    return packages[i] != packages[j] and (arrivals[j] if packages[i] else arrivals[i])


# An arrival, or relations raised to a new level ("agreed ... to raise relations ... to a Comprehensive
# Partnership"): news of a visit beside the documents signed at it.
_ARRIVAL_OR_UPGRADE = re.compile(
    r"\b(?:arrived|arrives|landed)\b"
    r"|\b(?:rais|elevat|upgrad|lift)(?:e|es|ed|ing)\s+(?:(?:the\s+)?(?:bilateral\s+)?relations|ties|the\s+relationship)\b"
    r"[^.;]{0,80}?\bto\s+(?:the\s+level\s+of\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}?[Pp]artnership\b"
)


def _rounded_alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether one sentence's whole figure is another's rounded: "USD 948 million" in a paper's
    table note and "USD 948.1 million" in the statistics release."""
    if not a or not b:
        return False
    return bool(_wholes(a) & _rounded(b) or _wholes(b) & _rounded(a))


def _wholes(figures: frozenset[str]) -> set[str]:
    # (three digits or more: "USD 1 billion" is no rounding of "USD 1.35 billion")
    return {f for f in figures if "." not in f and len(f) >= 3}


def _rounded(figures: frozenset[str]) -> set[str]:
    return {str(round(float(f))) for f in figures if _ONE_DECIMAL.fullmatch(f)}


_ONE_DECIMAL = re.compile(r"\d{3,}\.\d")


_RECALLED_SIGNING = re.compile(
    # (", which was signed in Abu Dhabi on 11 February 2027" too)
    r",\s+(?:which\s+(?:was|were|had\s+been)\s+)?(?:signed|concluded|adopted|agreed|initialled)\s+"
    r"(?:in|on|at|during|last|earlier)\b[^,;.]*(?=[,;.])"
)


def _other_deeds(
    kinds: list[frozenset[str] | None], cands: Sequence[Candidate], plans: Sequence[bool], i: int, j: int
) -> bool:
    """Whether candidates i and j both state deeds and of different kinds (kinds found once, as
    needed); what is planned is a kind of its own ("Italy will receive 1.5 bcm more from 2026")."""
    if plans and plans[i] != plans[j] and not _FUTURE.search(cands[j if plans[i] else i].text):
        # what is still to come is news of its own beside what was done (not beside the same plan told
        # otherwise: "A state visit by President Macron to Armenia is being prepared for the spring of 2027")
        return True
    for k in (i, j):
        if kinds[k] is None:
            # (not the deed a participle recalls: "ratified the agreement ..., signed in Buenos Aires on
            # 15 April, ..." ratifies; the signing names the agreement)
            own = _RECALLED_SIGNING.sub("", cands[k].text)
            kinds[k] = deed_kinds(own) | ({"plan"} if plans and plans[k] else frozenset())
    a, b = kinds[i], kinds[j]
    return bool(a and b and not a & b)


def _other_figures(figures, i: int, j: int) -> bool:
    """Whether two sentences both give figures, and none the same."""
    return bool(figures[i] and figures[j] and not figures[i] & figures[j])


def _figures_of_other_years(figures, years, i: int, j: int) -> bool:
    """Whether two sentences give different figures, each of years the other does not speak of."""
    return _other_figures(figures, i, j) and bool(years[i] and years[j] and not set(years[i]) & set(years[j]))


def _deeds_apart(kinds, cands, plans, spans, i: int, j: int) -> bool:
    """Whether two sentences worded alike tell deeds of different kinds at different dates: "its
    Supervisory Board approved an investment of EUR 27.5 million in a production plant in the Tashkent
    Pharma Park" (20 April) and "A plant built by ... Daugava Pharma opened in the Tashkent Pharma Park"
    (18 November) are two happenings."""
    if not spans[i] or not spans[j] or _overlap(spans[i], spans[j]):
        return False
    return _other_deeds(kinds, cands, plans, i, j) or _far_apart(spans[i], spans[j])


def _deed_of_a_day_in_a_total(figures, spans, i: int, j: int, cands) -> bool:
    """Whether one of two sentences tells a figure over a year, or a count over a season ("14,800 visitors from
    Morocco between December and March" beside "The Grandvalira ski area and the Moroccan resort of Oukaïmeden
    signed a twinning agreement"), and the other, with no figure, a day."""
    for total, day in ((i, j), (j, i)):
        if figures[total] and not figures[day] and spans[total] and spans[day]:
            # (a year's: not a sum over decades, "187 projects between 1994 and 2025", which may count the day's deed)
            if all(364 <= (e - s).days <= 366 for s, e in spans[total][:1]) and all(
                (e - s).days <= 7 for s, e in spans[day]
            ):
                return True
        # a season's count in the thousands: "about 14,800 visitors from Morocco between December and March"
        if (
            spans[total]
            and spans[day]
            and _THOUSANDS.search(cands[total].text)
            and not _THOUSANDS.search(cands[day].text)
            and not figures[day]
            and all(27 <= (e - s).days <= 200 for s, e in spans[total][:1])
            and all((e - s).days <= 7 for s, e in spans[day])
        ):
            return True
    return False


_THOUSANDS = re.compile(r"\b\d{1,3}(?:,\d{3})+\b(?![.,]\d)")


def _far_apart(spans_a, spans_b) -> bool:
    """Dates more than APART_DAYS apart: "President Barrow held talks with Prime Minister Sánchez in Madrid on
    Tuesday" (November 2026) and "On 28 August 2024 Prime Minister Pedro Sánchez visited Banjul" are two visits
    however alike their words."""
    return all(max((s2 - e1).days, (s1 - e2).days) > APART_DAYS for s1, e1 in spans_a for s2, e2 in spans_b)


def _one_signing_told_twice(kinds, cands, names, spans, i: int, j: int) -> bool:
    """A signing a company discloses and a story reports a day or two apart, naming the same
    parties: "Arabian Salt and Minerals Company ... announces the signing of a concession agreement"
    (21 October) and "the Minister ... and the chief executive of ... Arabian Salt and Minerals
    Company on Tuesday signed a 25-year concession" (20 October)."""
    shared = names[i] & names[j]
    if len(shared) < SAME_HAPPENING_WORDS or not spans[i] or not spans[j]:
        return False
    # (read apart from `kinds`, which `_other_deeds` fills with the plans marked too)
    if any("sign" not in (kinds[k] if kinds[k] is not None else deed_kinds(cands[k].text)) for k in (i, j)):
        return False
    return any(a == b and c == d and abs((a - c).days) <= NEXT_DAYS for a, b in spans[i] for c, d in spans[j])


def _one_day_s_talks_told_twice(cands, spans, i: int, j: int) -> bool:
    """Talks of one day, or one visit, told by two sources, naming the same people and place however often the
    corpus names them: "On Tuesday, Japarov held talks with President Recep Tayyip Erdoğan in Ankara ..." and
    "President Sadyr Japarov and President Recep Tayyip Erdoğan held talks in Ankara on 14 September 2027 ...";
    "President Rodrigo Paz concluded on Friday a state visit to the People's Republic of China, held from 14 to 17
    September 2027, ..." and "President Rodrigo Paz paid a state visit to China from 14 to 17 September 2027."."""
    if cands[i].item_id == cands[j].item_id or not spans[i] or not spans[j]:
        return False
    talks = all(_HELD_TALKS.search(cands[k].text) for k in (i, j))
    visit = all(_A_VISIT_TO.search(cands[k].text) for k in (i, j))
    if not (talks or visit):
        return False
    named = [content_keys(" ".join(_CAPITALISED.findall(cands[k].text))) - _CALENDAR_KEYS for k in (i, j)]
    if len(named[0] & named[1]) < SAME_TALKS_NAMES:
        return False
    for s1, e1 in spans[i]:
        for s2, e2 in spans[j]:
            # (a day each, at most two apart: a story's later telling may be dated by its own day)
            if talks and s1 == e1 and s2 == e2 and abs((s1 - s2).days) <= NEXT_DAYS:
                return True
            # (a visit's days, or a day within them or two after: "concluded on Friday a state visit")
            if visit and (e1 - s1).days <= VISIT_DAYS and (e2 - s2).days <= VISIT_DAYS:
                slack = dt.timedelta(days=NEXT_DAYS)
                if s1 <= e2 + slack and s2 <= e1 + slack:
                    return True
    return False


def _one_text_signed_twice(cands, spans, i: int, j: int) -> bool:
    """One text signed on one day (or a day or two apart), told by two sources naming it alike: "The ministers
    signed an agreement on health cooperation under which Cuba will send ..." (a story of 10 November that opened
    on the talks of the 9th) and "On 9 November 2026 the two foreign ministers signed a new health cooperation
    agreement in Nassau ..."."""
    if cands[i].item_id == cands[j].item_id or not spans[i] or not spans[j]:
        return False
    things = []
    for k in (i, j):
        signed = _SIGNED_A_TEXT.search(cands[k].text)
        if signed is None:
            return False
        things.append(content_keys(signed.group("what") + " " + (signed.group("on") or "")) - _GENERIC_TEXT_KEYS)
    if not things[0] & things[1]:
        return False
    return any(s1 == e1 and s2 == e2 and abs((s1 - s2).days) <= NEXT_DAYS for s1, e1 in spans[i] for s2, e2 in spans[j])


_SIGNED_A_TEXT = re.compile(
    r"\bsigned\s+(?:a|an|the)\s+(?P<what>(?:[\w-]+\s+){0,4}?)(?:agreement|memorandum|treaty|protocol|accord|convention)"
    r"(?P<on>\s+(?:on|of|for|in\s+the\s+field\s+of)\s+[^,;.]{3,60}?)?(?=[\s,;.]|$)"
)
_GENERIC_TEXT_KEYS = content_keys(
    "new cooperation intergovernmental bilateral framework general understanding mutual joint two countries"
)


_HELD_TALKS = re.compile(r"\b(?:held|hold|had)\s+(?:[\w-]+\s+){0,2}?talks\b")
_A_VISIT_TO = re.compile(r"\b(?:state|official|working)\s+visit\s+to\b")
VISIT_DAYS = 10  # a span of days this long or shorter is a visit's
SAME_TALKS_NAMES = 3  # names two statements of one day's talks share: the two leaders and the place


def _overlap(spans_a, spans_b) -> bool:
    return any(s1 <= e2 and s2 <= e1 for s1, e1 in spans_a for s2, e2 in spans_b)


def _same_happening(a: frozenset[str], b: frozenset[str], shared_names: frozenset[str], spans_a, spans_b) -> bool:
    """Overlapping dates and SAME_HAPPENING_WORDS distinctive words in common, or one distinctive
    name when both dates are precise (a month or less): "Steinmeier ... 28 October 2025" and
    "In October 2025 ... Steinmeier paid a state visit"."""
    shared = len(a & b)
    if not shared:
        return False
    for s1, e1 in spans_a:
        for s2, e2 in spans_b:
            if s1 <= e2 and s2 <= e1:
                precise = (e1 - s1).days <= 31 and (e2 - s2).days <= 31
                if shared >= max(SAME_HAPPENING_WORDS, SAME_HAPPENING_SHARE * min(len(a), len(b))) or (
                    precise and shared_names
                ):
                    return True
    return False
