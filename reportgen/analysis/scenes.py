"""Sentences that set a scene or tell a sitting's procedure, not news.

- `procedural(sentence)`: people or things at an hour of the day ("Guests began arriving at the site
  shortly after seven in the morning"), a sitting's steps and hours ("The sitting was opened at 10:05
  ... with 63 members present", "the House adjourned at twenty-five minutes to six o'clock"), a member's
  question ("My question is directed to the Minister of Lands"), a record's heading ("Minutes of the
  extraordinary session of ..."), read past a speaker's name.
- `hour_scene(sentence)`: a common thing at an hour of the day, a feature's opening scene.
- `INTERVIEWER_TURN`: an interviewer's turn in a transcript ("Q: Ambassador, 2026 was a busy year.").
- `delay_scene(sentence)`: a happening begun or ended late or early, or held up by the weather ("The
  ceremony in the courtyard began a few minutes late because of the rain."), a scene before the news.
- `sense_scene(sentence)`: a common place or thing as it smelled or sounded ("The lecture hall smelled
  of fresh paint and cardamom tea."), or a room full before the happening ("The hall was full long before
  the delegations arrived."), a feature's opening scene.
- `manner_scene(sentence)`: how a meeting went and nothing more ("The talks in the Palácio do Planalto
  took place in a cordial atmosphere and lasted well into the afternoon.").

The chronology keeps them out of its rows and of a story's lead; the summaries keep them out too.
"""

from __future__ import annotations

import re

from reportgen.analysis.discourse import without_speaker

# The last word of a newspaper's or a broadcaster's name ("Weekend Herald", "Phnom Penh Post").
OUTLET_WORDS = (
    r"Herald|Times|Post|News|Radio|TV|Television|Gazette|Tribune|Observer|Journal|Daily|Chronicle|Mail|Telegraph|"
    r"Courier|Express|Globe|Star|Sun"
)
# An interviewer's turn in a transcript: "HOST: In March you celebrated an anniversary.", "Q: ..."
INTERVIEWER_TURN = re.compile(
    r"(?:Q|INTERVIEWER|QUESTION|Q\.)\s*:\s"
    # a broadcast's host asks or addresses ("HOST: In March you celebrated an anniversary."); its news is
    # news ("PRESENTER: The minister signed the accord in Addis Ababa on Tuesday.")
    r"|(?:HOST|MODERATOR|PRESENTER|ANCHOR)\s*:\s(?=[^.!]*\b(?:you|your|yours)\b|[^.!]*\?)"
    # the outlet asking in its own name ("Weekend Herald: Ambassador, the Joint Commission met in Taipei ..."),
    # or any name addressing the one it interviews ("Kuensel: Minister, ...")
    rf"|(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{OUTLET_WORDS}|Review|Weekly|Magazine)\s*:\s"
    r"|(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*\s*:\s+(?:Mr|Mrs|Ms|Madam|Dr|Ambassador|Minister|Excellency|Your\s+Excellency|"
    r"President|Prime\s+Minister|Governor|Secretary|Director|Chairman|Chairwoman)\b[^,:.;]{0,30},\s"
)


# "Guests began arriving at the site ... shortly after seven in the morning.", "The cargo doors opened
# just after six in the morning.": common people or things at an hour of the day, a scene, not news.
_HOUR_SCENE = re.compile(
    r"^(?:The\s+)?(?:[a-z]+\s+)?[A-Z]?[a-z]+s\s[^.;]{0,80}?\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(?:o['’]clock|in\s+the\s+(?:morning|afternoon|evening))|(?:at|before|by)\s+(?:dawn|daybreak|dusk|sunrise))\b"
    # "At six in the morning the queue of trucks at the Bonfim customs yard already reached back ...":
    # the hour first, then common things
    r"|^(?:(?:Just|Shortly|Soon)\s+)?(?:At|By|Before|After)\s+(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve)\s+(?:o['’]clock|in\s+the\s+(?:morning|afternoon|evening))|\d{1,2}(?:[.:]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)"
    r"(?:\s+on\s+\w+)?|dawn|daybreak|dusk|sunrise|first\s+light)"
    r",?\s+(?:the|a|an)\s+[a-z]"
    # "On the morning of 3 November, the conference hall ... still smelled of fresh paint."
    r"|^On\s+the\s+(?:morning|afternoon|evening|eve)\s+of\s+[^,]{3,30},\s+(?:the|a|an)\s+[a-z][^.;]{0,80}?\b(?:still|already)\b"
    # "..., the Wutung border market was already crowded at seven o'clock": a place at an hour, already so
    r"|\balready\s[^.;]{0,60}?\b(?:at|by|before)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+o['’]clock\b"
    # "The smell of umu smoke drifted over Lepea on Thursday morning", "Morning mist hung over the flooded
    # paddies": air, light or weather at an hour
    r"|^(?:The\s+|A\s+)?(?:(?P<hour>Morning|Evening|Dawn|Night|morning|evening|dawn|night)\s+|[a-z]+\s+)?"
    r"(?:smell|scent|sound|smoke|mist|fog|haze|wind|breeze|rain|drizzle|dust|light|sunlight|heat|snow|tide)s?"
    r"(?:\s+of(?:\s+[\w'’-]+){1,3}?)?\s+(?:drifted|hung|blew|rolled|lay|swept|hovered|settled|filled|hid|covered|"
    r"lingered|rose|fell|crept)\b(?(hour)|[^.;]{0,80}?\b(?:morning|afternoon|evening|dawn|dusk|daybreak)\b)"
)


# "The session began shortly after four in the afternoon, with 29 senators present.", "The President of the
# Assembly opened the ordinary plenary session at 15:07 with 51 deputies present.": a sitting's procedure.
_SITTING_OPENED = re.compile(
    r"\bwith\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:of\s+(?:its|the)\s+\d+\s+)?"
    r"(?:deputies|senators|members|MPs|representatives|councillors|legislators|delegates)\s+present\b"
    r"(?!\s+(?:in\s+favou?r|voted|vot(?:ing|ed)\s+for|approved|backed))"  # (a vote: "with 149 of the 152 deputies present in favour")
    r"|\b(?:session|sitting|plenary)\s+(?:began|opened|started|resumed)\s+(?:at|shortly|just|soon)\b"
    # "The Chair ... opened the session at 11:05 and established that a quorum was present.": its hours, its quorum
    r"|\b(?:opened|closed|adjourned)\s+the\s+(?:session|sitting|meeting|plenary)\s+at\s+\d{1,2}[.:]\d\d\b"
    r"|\b(?:session|sitting|meeting|plenary)\s+(?:closed|ended)\s+at\s+\d{1,2}[.:]\d\d\s*\.?$"
    r"|\ba\s+quorum\s+(?:was|is)\s+present\b"
    # "The agenda was adopted without amendments.": a sitting's first step
    r"|^The\s+agenda\s+was\s+(?:adopted|approved)\b"
    # "The sitting was closed at 16:40.": a record's hours
    r"|\b(?:session|sitting|plenary|meeting)\s+was\s+(?:opened|closed|adjourned|suspended|resumed)\s+at\s+\d{1,2}[.:]\d\d\b"
    # "The House met at a quarter past two o'clock", "the House adjourned at twenty-five minutes to six
    # o'clock until tomorrow": a chamber's hours
    r"|\b(?:House|Senate|Assembly|Chamber|Council|Committee)\s+(?:met|rose|adjourned|was\s+adjourned)\s+(?:at|until)\b"
    r"(?![^.;]*\b(?:voted|adopted|approved|passed|ratified|resolved)\b)"  # (not "met at noon and voted to ...")
    # "My question is directed to the Minister of Lands": a member's question, the record's step
    r"|^(?:My|The|A)\s+(?:supplementary\s+)?question\s+(?:is|was)\s+(?:directed|addressed|put)\s+to\b"
)
# "Minutes of the extraordinary session of the Municipal Council of Constanza, held ... on Wednesday,
# 29 July 2026.": a record's heading, not what the sitting did
_RECORD_WORDS = ("Minutes", "Verbatim", "Summary", "Official", "Record", "Transcript", "Proceedings")
_HEADING_OF_A_RECORD = re.compile(
    r"(?:Minutes|(?:Verbatim|Summary|Official)\s+record|Record|Transcript|Proceedings)\s+of\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:session|sitting|meeting|plenary|hearing)\b(?![^.;]*\b(?:was|were|is|are|has|have)\s)"
)


_CHAMBERS = ("House", "Senate", "Assembly", "Chamber", "Council", "Committee")


def procedural(sentence: str) -> bool:
    """Whether a sentence tells a scene or a sitting's procedure, not news: people or things at an
    hour of the day, a sitting opened with so many members present."""
    sentence = without_speaker(sentence)
    # (each pattern is tried only where a word every match of it holds stands)
    return (
        (
            (
                "orning" in sentence  # ("Morning mist hung over ...")
                or "afternoon" in sentence
                or "evening" in sentence
                or "clock" in sentence
                or ".m." in sentence
                or "dawn" in sentence
                or "daybreak" in sentence
                or "dusk" in sentence
                or "sunrise" in sentence
                or "first light" in sentence
            )
            and _HOUR_SCENE.search(sentence) is not None
        )
        or (
            (
                "s present" in sentence  # ("with 63 members present": every such noun ends in s)
                or (
                    ("session" in sentence or "sitting" in sentence or "plenary" in sentence or "meeting" in sentence)
                    and (
                        "began" in sentence
                        or "opened" in sentence
                        or "started" in sentence
                        or "resumed" in sentence
                        or "closed" in sentence
                        or "adjourned" in sentence
                        or "suspended" in sentence
                    )
                )
                or ("agenda" in sentence)
                or ("quorum" in sentence)
                or ("question is" in sentence or "question was" in sentence)
                or (
                    (" met " in sentence or " rose " in sentence or "adjourned" in sentence)
                    and any(body in sentence for body in _CHAMBERS)
                )
            )
            and _SITTING_OPENED.search(sentence) is not None
        )
    ) or (sentence.startswith(_RECORD_WORDS) and _HEADING_OF_A_RECORD.match(sentence) is not None)


# "The excavator arrived before the tourists did, and by eight o'clock the lakeside road ... was down
# to a single lane.": a common thing at an hour of the day, a feature's opening scene.
_A_THING_BY_THE_HOUR = re.compile(
    r"The\s+[a-z]+\s[^.;]{0,80}?\b(?:by|at|before|after|until)\s+(?:one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve)\s+o['’]clock\b"
)


# "The Prime Minister's delegation left Hewanorra International Airport before dawn.", "The motorcade
# reached the Presidency of the Council shortly before noon.": a party on its way at an hour of the day,
# no day named, a feature's opening scene (the day's deed follows)
_A_PARTY_ON_ITS_WAY = re.compile(
    r"(?:The|A|An)\s+(?:[\w'’-]+\s+){0,4}?(?:delegation|motorcade|convoy|cortège|cortege|procession|"
    r"plane|aircraft|jet|ship|train)\s+(?:[a-z]+\s+){0,2}?(?:left|reached|arrived|departed|landed|touched\s+down|"
    r"set\s+off|set\s+out|pulled\s+(?:up|in|into|out)|drove|rolled|took\s+off)\b[^.;\d]{0,80}?\b"
    r"(?:(?:shortly|just|soon|well|long|an\s+hour|hours)\s+)?(?:before|after|at|around|by|towards?)\s+"
    r"(?:dawn|daybreak|dusk|sunrise|sunset|noon|midday|midnight|nightfall|first\s+light)\s*\.?$"
)
_HOURS_BY_NAME = (
    "dawn",
    "daybreak",
    "dusk",
    "sunrise",
    "sunset",
    "noon",
    "midday",
    "midnight",
    "nightfall",
    "first light",
)


def hour_scene(sentence: str) -> bool:
    """Whether a sentence sets a scene with a common thing at an hour of the day, or a party on its
    way at one (see above)."""
    if "clock" in sentence and _A_THING_BY_THE_HOUR.match(sentence) is not None:
        return True
    return (
        sentence.rstrip(" .").endswith(_HOURS_BY_NAME)
        and not _WEEKDAY.search(sentence)
        and _A_PARTY_ON_ITS_WAY.match(sentence) is not None
    )


_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:today|yesterday|tonight)\b")


# "The lecture hall at Tunguu smelled of fresh paint and cardamom tea.", "The old customs house echoed
# with hammering.": a common place or thing by its smell, its sound or its shine, a scene.
_SENSED = re.compile(
    r"(?:The|A|An)\s+(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*\s(?:[^.;]{0,60}?\s)?"
    r"(?:still\s+|already\s+)?(?:smell(?:ed|s)|smelt|reek(?:ed|s)|echo(?:ed|es)|buzz(?:ed|es)|hum(?:med|s)|"
    r"rang|rings|glitter(?:ed|s)|shimmer(?:ed|s)|sparkl(?:ed|es)|glow(?:ed|s))\s+(?:of|with)\b"
    # "The hall of the Chamber of Commerce was full long before the two delegations arrived.": a room
    # filled ahead of the happening, a scene
    r"|(?:The|A|An)\s+(?:[\w'’-]+\s+){0,8}?(?:was|were)\s+(?:already\s+)?(?:full|packed|crowded)\s+"
    r"(?:long|well|an\s+hour|hours|minutes)\s+before\b"
    # "The streets of central Bissau were decorated with the flags of both countries.": a place dressed
    # for the day, a scene
    r"|(?:The|A|An)\s+(?:[a-z][\w'’-]*\s+){0,3}?(?:streets?|avenues?|roads?|squares?|boulevards?|hall|halls|"
    r"rooms?|chamber|venue|stage|courtyard|ballroom|auditorium|lobby|entrance|"
    r"city|town|capital|airport|building|façade|facade|route)\b[^.;]{0,60}?\s(?:was|were|had\s+been)\s+"
    r"(?:decorated|adorned|draped|festooned|lined|hung|dressed)\s+with\b"
    # "A warm breeze carried the smell of jet fuel across the apron as the charter from Havana taxied to a stop.",
    # "A light drizzle fell on the harbour.": the weather doing, a scene
    r"|(?:The|A|An)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:breeze|wind|winds|rain|drizzle|mist|fog|haze|heat|sun|sunshine|"
    r"snow|dust|clouds?|sky|dawn|dusk|twilight)\s+(?:had\s+)?(?:carried|blew|swept|fell|hung|beat\s+down|lifted|settled|"
    r"drifted|rolled|poured|shone|bathed|softened|cleared|lingered|filled|whipped|tugged|rose|broke)\b"
    # "Flags of the two countries lined the Alameda for the occasion.": the same dressing told actively
    r"|(?:The\s+)?(?:national\s+)?[Ff]lags\s+(?:of\s+(?:the\s+|both\s+)?[^.;,]{1,40}?\s+)?"
    r"(?:lined|decorated|adorned|hung\s+(?:from|over|along|across)|flew\s+(?:from|over|along|above)|fluttered)\s"
    r"[^.;,]{1,60}[.!]?$"
)


def sense_scene(sentence: str) -> bool:
    """Whether a sentence sets a scene by a common place's smell, sound or shine, by the weather, or by a
    room full long before the happening (see above)."""
    # (the pattern only where one of its verbs stands: few sentences hold one)
    return (
        sentence.startswith(("The ", "A ", "An ", "Flags ", "National flags "))
        and any(verb in sentence for verb in _SENSE_VERBS)
        and _SENSED.match(sentence) is not None
    )


_SENSE_VERBS = (
    "smel",
    "reek",
    "echo",
    "buzz",
    "hum",
    "rang",
    "ring",
    "glitter",
    "shimmer",
    "sparkl",
    "glow",
    " full ",
    "packed",
    "crowded",
    "decorated",
    "adorned",
    "draped",
    "festooned",
    "lined",
    "hung ",
    "flew ",
    "flutter",
    "dressed with",
    "breeze",
    "wind",
    "rain",
    "drizzle",
    "mist",
    "fog",
    "haze",
    "heat",
    "sun",
    "snow",
    "dust",
    "cloud",
    "sky",
    "dawn",
    "dusk",
    "twilight",
)


# "The ceremony in the courtyard of the Palazzo Pubblico began a few minutes late because of the rain.",
# "The talks started an hour behind schedule.", "Fog delayed the arrival of the delegation by two hours.":
# when a happening began or ended, or what held it up, and nothing more; the happening is told after.
_NUMBER_WORDS = r"a\s+few|some|about|around|nearly|almost|more\s+than|half\s+an|an|a|one|two|three|four|five|ten|twenty|thirty|forty|\d+"
_DELAYED = re.compile(
    r"(?:The|A|An)\s+(?:[\w'’-]+\s+){0,8}?(?:(?:began|started|got\s+under\s+way|ended|finished|ran)\s+"
    rf"(?:(?:{_NUMBER_WORDS})\s+(?:minutes?|hours?)\s+)?"
    r"(?:late|later\s+than\s+(?:planned|scheduled|expected)|behind\s+schedule|early|earlier\s+than\s+(?:planned|scheduled)|"
    r"ahead\s+of\s+schedule)"
    # (held up by minutes or hours: put off by days or to a date is news)
    rf"|(?:was|were)\s+(?:delayed|held\s+up)\s+(?:by\s+)?(?:{_NUMBER_WORDS})\s+(?:minutes?|hours?))"
    r"|(?:Rain|Heavy\s+rain|Fog|Snow|A\s+storm|Bad\s+weather|Strong\s+winds?|Traffic|A\s+power\s+cut)\s+"
    r"(?:delayed|held\s+up)\s+the\s+"
)
_WHY = re.compile(
    r"\s*(?:(?:because\s+of|due\s+to|owing\s+to|on\s+account\s+of)\s+[^.;,]{1,60})?"
    rf"(?:\s+by\s+(?:{_NUMBER_WORDS})\s+(?:minutes?|hours?))?\s*[.!]?$"
)
_DELAY_WORDS = (" late", "schedule", "early", "earlier", "delayed", "held up")


def delay_scene(sentence: str) -> bool:
    """Whether a sentence tells only that a happening began or ended late or early, or what held it
    up (see above): the scene before the news."""
    if not any(word in sentence for word in _DELAY_WORDS):
        return False
    found = _DELAYED.match(sentence)
    if found is None:
        return False
    rest = sentence[found.end() :]
    if found.group().endswith("the "):  # "Rain delayed the opening ceremony by twenty minutes."
        object_ = re.match(r"[^.;,]{1,60}?(?=\s+by\s|\s*[.!]?$)", rest)
        return object_ is not None and _WHY.match(rest[object_.end() :]) is not None
    return _WHY.match(rest) is not None


# The manner of a meeting told on its own: "The talks took place in a friendly atmosphere.", "The meeting
# was held in a spirit of mutual understanding.", "The talks in the Palácio do Planalto took place in a
# cordial atmosphere and lasted well into the afternoon.": the happening is told by another sentence.
_MANNER = re.compile(
    r"(?:The|These|Those|Both)\s+(?:[\w-]+\s+){0,3}?(?:talks|meetings?|negotiations|consultations|discussions|"
    r"visit|session|dialogue)\s+(?:(?:in|at)\s+(?:the\s+)?[^.;,]{1,50}?\s+)?"
    r"(?:took\s+place|were\s+held|was\s+held|passed|proceeded|went|were|was)\s+"
    r"(?:in\s+an?\s+(?:[\w-]+\s+){0,3}?atmosphere|in\s+a\s+spirit\s+of)\b[^.;,]{0,60}?"
    r"(?:\s+and\s+lasted\s+(?:well\s+)?(?:into\s+the\s+(?:afternoon|evening|night)|"
    r"(?:more\s+than\s+|about\s+|nearly\s+|over\s+)?(?:an|one|two|three|four|five|six|\d+)\s+hours?))?"
    r"\s*[.!]?$"
)
_A_DEED = re.compile(r"\b(?:signed|agreed|adopted|announced|decided|approved|launched|opened)\b")


def manner_scene(sentence: str) -> bool:
    """Whether a sentence tells only how a meeting went (see above)."""
    return (
        ("atmosphere" in sentence or "spirit" in sentence)
        and _MANNER.match(sentence) is not None
        and _A_DEED.search(sentence) is None
    )
