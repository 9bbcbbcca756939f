"""Which dated clauses are chronology rows: a bank of sentences per class of non-event, each
beside close sentences that do state a happening (eventness, through the chronology's filter).

The sentences are written for these tests, not taken from any corpus: different verbs, word
orders, tenses, voices and clause positions, so a rule that passes them reads grammar (clause
structure, auxiliaries, negation scope), not one corpus's words.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reportgen.analysis.chronology import _is_happening, build_chronology, extract_events, group_clauses
from reportgen.analysis.eventness import states_event
from reportgen.corpus import Article, Location, Paragraph

REF = dt.date(2026, 6, 1)  # a Monday: "on Friday" is 29 May 2026


def rows(sentence: str) -> list[str]:
    """The chronology rows one sentence gives, as "label: text"."""
    events = extract_events(sentence, reference=REF, item_id="doc", location=Location("doc.txt", 1))
    return [f"{e.label}: {e.text}" for e in group_clauses(events) if _is_happening(e, "en")]


EVENT, NOT = True, False


# ongoing states and trends ("has grown since", "remained", "is home to", a rank reached) beside dated changes and deeds
STATES = [
    (NOT, 'Trade between the two countries has grown steadily since 2019.'),
    (NOT, 'Since 2015 the embassy in Doha has remained the only Gulf mission accredited to Astana.'),
    (NOT, 'Since 2018, cooperation in higher education has continued to expand.'),
    (NOT, 'The city has been home to a large Korean community since the 1930s.'),
    (NOT, 'Bilateral trade remained modest throughout the 2010s.'),
    (NOT, 'In 2024 the country was home to about 3,000 Nigerian students.'),
    (NOT, 'Investment flows have stayed below USD 1 billion a year since 2021.'),
    (NOT, 'In 2023 Portugal was still the second-largest supplier of the Angolan market.'),
    (NOT, 'Since 2020 Turkish firms have kept winning road contracts in Ghana.'),
    (NOT, 'Political dialogue has intensified since 2022.'),
    (NOT, 'The volume of trade continues to rise, as it has every year since 2017.'),
    (NOT, 'In 2021 Vietnam became the largest market for Australian live cattle.'),
    (NOT, 'Throughout 2023 the border stayed closed to freight traffic.'),
    (EVENT, 'Trade rose to USD 4.1 billion in 2023.'),
    (EVENT, 'The embassy in Doha opened in 2015.'),
    (EVENT, 'In 2022 the two countries set up a joint commission on higher education.'),
    (
        EVENT,
        'In 2021 Vietnam became a strategic partner of Australia when the two prime ministers signed a joint statement.',
    ),
    (EVENT, 'The border was closed to freight traffic in March 2023.'),
    (EVENT, 'In 2024 the Korean community of Tashkent founded a cultural centre.'),
    (NOT, 'Exports of Chilean copper to India have risen every year since 2016.'),
    (NOT, 'Ghanaian cocoa has dominated the bilateral basket since the 1990s.'),
    (NOT, 'The two navies have been holding joint drills since 2019.'),
    (NOT, 'Since 2014 the relationship has rested on three pillars: trade, energy and education.'),
    (NOT, 'In 2025 Norway remained the largest donor to the rainforest fund.'),
    (
        NOT,
        'Copper remained the largest single item shipped to Austria, at about 12,000 tonnes in the first half of the year.',
    ),
    (
        EVENT,
        'Heads of state of Chile visited Austria in 2001, 2011 and 2019, usually combining talks in Vienna with a stop in Salzburg.',
    ),
    (EVENT, 'The fund is expected to make its first disbursements, to farmers in the north, in March 2027.'),
    (EVENT, 'The Congress of Peru yesterday approved, by 98 votes to 4, the agreement on fisheries.'),
    # a vote told without commas, an irregular past of a regime's fall, a camp planned
    (EVENT, 'On 2 March 2026 the Council approved by nine votes to two a resolution naming a square after the town.'),
    (EVENT, 'In February 1974 the revolution overthrew the emperor.'),
    (EVENT, 'The national team beat Georgia 2-1 in Tbilisi on 14 November 2026.'),
    (EVENT, 'The charity plans its next eye camp for Mwanza in March 2027.'),
    (NOT, 'Exports in 2025, followed by a fall in 2026, were a record.'),
    (EVENT, 'In 2025 some 241,000 passengers travelled by air between the two countries.'),
    # an incident told with an irregular past
    (EVENT, 'In March 1994 two Chilean engineers were shot dead near the mine.'),
    (EVENT, 'In 1988 a clerk stole the treaty archive and fled to Lisbon.'),
    (EVENT, 'The environmental assessment of the line is due by mid-2027.'),
    (EVENT, 'A pilot is planned for May 2027, and the full service is expected by the end of that year.'),
    (NOT, 'A rise in tariffs in 2027 is expected by most analysts.'),
    (
        EVENT,
        'In May 2026 the ministers signed a letter of intent under which the state bank will consider loans of up '
        'to EUR 90 million.',
    ),
    (NOT, 'In 2027 the state bank will consider loans of up to EUR 90 million.'),
    (EVENT, 'In 1996 the town of Valdivia and the Austrian government helped establish the River House.'),
    (NOT, 'Copper accounted for 97 percent of the exports to Austria in 2025.'),
    (NOT, 'In 2025 services made up a third of the trade.'),
    # a consequence drawn after a deed told
    (
        EVENT,
        'I am informed that the Senate of Chile approved the treaty on 12 May, so once this House has voted only '
        'the exchange of notes will remain.',
    ),
    (NOT, 'The trade talks were slow, so the agreement will remain a draft until 2027.'),
    (NOT, 'Trade with Poland is still small: USD 1.1 billion in 2025.'),
    (NOT, 'Since the early 2000s Moroccan banks have kept expanding across West Africa.'),
    (NOT, 'Portuguese companies continued to invest in Angola throughout 2019.'),
    (NOT, 'As of 2026, some 4,000 Filipino workers live in Poland.'),
    (NOT, 'Turkish Airlines has flown to Accra since 2012.'),
    (EVENT, 'Turkish Airlines began flying to Accra in 2012.'),
    (EVENT, 'The navies held their first joint drill in 2019.'),
    (EVENT, 'In 2025 Norway paid USD 56 million into the rainforest fund.'),
    (EVENT, 'Chile and India signed a preferential trade agreement in 2006.'),
    (EVENT, 'Moroccan banks opened 12 branches in Nigeria in 2018.'),
    # a perfect of change between two dated figures, a perfect of constancy
    (NOT, 'Exports to Poland have risen sharply, from USD 0.4 billion in 2019 to USD 0.9 billion in 2024.'),
    (NOT, "Greece has consistently backed Egypt's candidacy, including at the vote of June 2023."),
    (NOT, 'The two parliaments have long cooperated, most visibly during the 2019 budget talks.'),
    (NOT, 'Turkey has repeatedly offered mediation, as in the Sudan talks of April 2023.'),
    # a running count kept up to now
    (NOT, 'So far this year 312 Chilean students have been admitted to Finnish universities, against 280 in 2025.'),
    # "cut" done to a thing
    (EVENT, 'On 3 March 2024 the Estonian government cut the supply of power and fuel to the two border towns.'),
    (EVENT, 'Chile cut diplomatic ties with the regime in September 1973.'),
    # a perfect held for a span of years
    (NOT, 'Estonia and Latvia have formed a common border regime for more than a century, renewed in 1995.'),
    (NOT, 'Finnish companies have operated in Chile for nearly three decades, since the trade fair of 1998.'),
    (EVENT, 'Finnish companies have operated in Chile for three decades and opened a plant in 2024.'),
    (EVENT, 'Exports to Poland rose to USD 0.9 billion in 2024.'),
    (
        EVENT,
        'Exports to Poland rose from USD 0.4 billion in 2019 to USD 0.9 billion in 2024 after the 2020 tariff cut.',
    ),
    (EVENT, 'The Ghana–Türkiye Joint Economic Commission has met in 2014, 2017 and 2022.'),
    (EVENT, 'The Netherlands has completed the ratification of the investment agreement on 7 October 2026.'),
    (EVENT, "Greece backed Egypt's candidacy at the vote of June 2023."),
    (NOT, "Bilateral trade fluctuated between USD 1.1 billion and USD 1.4 billion in 2019–2023."),
    (NOT, "After the 2020 slump, tourist arrivals stagnated."),
    (NOT, 'Relations have remained cordial ever since the 2008 visit.'),
    (NOT, 'In 2020 the two economies were still far apart in size.'),
    (NOT, 'Trade is expected to keep growing after 2026.'),
    (EVENT, 'Protesters blocked the road to the embassy on 12 April 2026.'),
    (EVENT, 'Kenya and Germany have signed a debt swap agreement on 4 May 2026.'),
]

# assessments of a dated happening ("marked a turning point", "was a milestone") beside what it did
ASSESSMENTS = [
    (NOT, 'The 2022 visit marked a turning point in relations.'),
    (NOT, 'The signing of the 2019 agreement was a milestone for both countries.'),
    (NOT, 'The crisis of 2017–2018 was the most serious in the history of the relationship.'),
    (NOT, 'The 2016 summit proved decisive for the later rapprochement.'),
    (NOT, 'Relations between the two countries have travelled a long way since 1992.'),
    (NOT, 'In retrospect, the 2010s were a lost decade for economic ties.'),
    (NOT, 'The treaty of 2004 remains the legal basis of the relationship.'),
    (NOT, 'The December 2023 agreement represents an important step in defence cooperation.'),
    (NOT, 'Observers regard the 2015 memorandum as the foundation of the energy partnership.'),
    (NOT, 'The year 2024 was a record year for tourism between the two countries.'),
    (EVENT, 'The visit in October 2022 ended with the signing of six agreements.'),
    # judged, but its days are the visit's only statement of when it took place
    (EVENT, 'The official visit of Prime Minister Luxon to Manila on 18–20 April 2024 marked a turning point.'),
    (EVENT, 'The agreement was signed in Doha in December 2023.'),
    (EVENT, 'The crisis of 2017–2018 ended when the Portuguese court transferred the case to Luanda in May 2018.'),
    (EVENT, 'In 2016 the two presidents held a summit in Rabat.'),
    (NOT, 'The 2006 agreement laid the groundwork for the later partnership.'),
    (NOT, 'The 2018 visit is considered the start of a new era.'),
    (NOT, 'The talks in June 2024 were a success for both sides.'),
    (NOT, 'For many observers, the 2017 summit symbolised the end of isolation.'),
    (NOT, 'The year 2019 was a turning point in relations.'),
    (NOT, 'Historians see the 1975 independence as the origin of the migration.'),
    (NOT, 'The 2021 framework agreement has become the main reference of cooperation.'),
    (EVENT, 'The 2018 visit opened a new chapter when the two leaders signed a partnership declaration.'),
    (EVENT, 'The talks in June 2024 produced an agreement on fisheries.'),
    (EVENT, 'The visit in March 2019 was the first by a Greek prime minister since 1990.'),
    (EVENT, 'The October 2022 state visit of the Emir to Astana.'),
    (NOT, 'The 2015 accord is widely seen as the cornerstone of the partnership.'),
    (NOT, 'The talks in May 2025 were described by both sides as constructive.'),
    (EVENT, 'The talks in May 2025 ended with a joint statement on energy.'),
]

# advice and prescriptions beside decisions
ADVICE = [
    (NOT, 'It is necessary to create a roadmap for cooperation until 2030.'),
    (NOT, 'The two governments should open direct flights by 2027.'),
    # what is expected of a happening itself is no advice to anyone
    (EVENT, 'A second round of talks should follow in Nairobi early in 2027.'),
    (EVENT, 'The cable should enter service in 2029, the operator said.'),
    (NOT, 'The government should open an embassy in Lima in 2027.'),
    (NOT, 'Other donors should follow in 2027 with grants that the ministry should match.'),
    (NOT, 'It is recommended that the joint commission meet before the end of 2026.'),
    (NOT, 'Kazakhstan ought to use the 2026 forum to attract investors.'),
    (NOT, 'A joint working group needs to be set up in 2027.'),
    (NOT, 'It would be advisable to hold the next round of consultations in 2027.'),
    (EVENT, 'The two governments agreed in 2025 to open direct flights.'),
    (EVENT, 'The joint commission met in Astana in May 2026.'),
    (NOT, 'Both governments must speed up the ratification of the 2023 treaty.'),
    (NOT, 'It is essential that the 2024 roadmap be implemented in full.'),
    (NOT, 'Greater use should be made of the 2019 visa facilitation agreement.'),
    (NOT, 'Exporters need to take advantage of the tariff cuts of 2025.'),
    (EVENT, 'The ministers agreed in May 2025 to speed up the ratification of the treaty.'),
]

# conjecture and hypotheses beside plans and deeds ("could not take place" is called off)
MODALITY = [
    (NOT, 'The Korea–Central Asia summit planned for 2026 can become a turning point.'),
    (NOT, 'The new corridor could cut travel times by half by 2030.'),
    (NOT, 'Without the 2022 sanctions, the project might have been completed earlier.'),
    (NOT, 'The ministers may sign the agreement in June 2026, according to diplomats.'),
    (NOT, 'In 2024 the refinery would have been able to process twice as much crude.'),
    (NOT, 'The parliament could ratify the treaty as early as March 2027.'),
    (EVENT, 'The summit is scheduled for June 2026.'),
    (EVENT, 'The parliament ratified the treaty in March 2025.'),
    (EVENT, 'The ministers will sign the agreement in June 2026.'),
    (EVENT, 'The visit planned for March 2024 could not take place because of the floods.'),
    (NOT, 'The agreement may enter into force as early as 2027.'),
    (NOT, 'Had the 2020 pandemic not intervened, the plant would have opened that year.'),
    (NOT, 'A free trade agreement might be concluded by 2028.'),
    (NOT, 'The 2026 summit can give new impetus to cooperation.'),
    (NOT, 'Perhaps the 2019 visit will be remembered as the high point of relations.'),
    (EVENT, 'The plant will open in 2027, the ministry said.'),
    (EVENT, 'The free trade agreement is expected to be concluded in 2027.'),
    (EVENT, 'Construction is due to begin in March 2027.'),
    (NOT, 'It remains unclear whether the 2024 memorandum will be implemented.'),
    (NOT, 'Had the treaty been ratified in 2018, trade would have doubled.'),
    (EVENT, 'The government ratified the treaty in 2018.'),
    (EVENT, 'The ministers agreed on 3 June 2026 to hold the next summit in 2027.'),
]

# negated deeds beside deeds and called-off happenings
NEGATION = [
    (NOT, 'The president did not sign the agreement in 2019.'),
    (NOT, 'Parliament has yet to ratify the 2012 treaty.'),
    (EVENT, 'The treaty has yet to be ratified, although it was signed in 2012.'),
    (NOT, 'In 2020 neither side opened a new consulate.'),
    (NOT, 'The trade agreement has not entered into force since its signing in 2021.'),
    (NOT, 'No minister visited Accra in 2018.'),
    (EVENT, 'The 2024 meeting never took place.'),
    (EVENT, 'The president signed the agreement in 2019.'),
    (EVENT, 'The treaty was ratified in 2023.'),
    (EVENT, 'The visit planned for March 2024 was cancelled.'),
    (EVENT, 'The visit, scheduled for 12 May 2025, was called off at the last minute.'),
    (EVENT, 'In 2020 both sides opened new consulates.'),
    (EVENT, 'The minister, who had not visited Accra since 2009, arrived there on 4 May 2018.'),
    (NOT, 'Ghana has not yet ratified the 2021 double taxation agreement.'),
    (NOT, 'The 2019 memorandum was never implemented.'),
    (
        EVENT,
        'Poland did not open an embassy in Manila until 2020, despite plans announced in 2015.',
    ),  # (it did, in 2020)
    (NOT, 'In 2022 no Egyptian president travelled to Athens.'),
    (EVENT, 'Poland opened an embassy in Manila in 2020.'),
    (EVENT, 'The 2023 talks ended without an agreement after three rounds in Lisbon on 4 May 2023.'),
    (EVENT, 'Angola ratified the double taxation agreement in March 2024.'),
    (NOT, 'Neither government has published the text of the 2022 agreement.'),
    (NOT, 'The ministers could not agree on a date for the 2027 summit.'),
    (NOT, 'Officials say the 2019 agreement has not delivered the expected results.'),
    (NOT, 'The commission has not met since 2019.'),
    (EVENT, 'The two ministers did sign the protocol in May 2025, after months of delay.'),
    (EVENT, 'The commission met for the last time in 2019.'),
    (EVENT, 'Both sides published the text of the agreement on 3 March 2022.'),
]

# habits and timetables beside a first time or a start
HABITS = [
    (NOT, 'The joint commission meets every year, most recently in 2025.'),
    (NOT, 'The flight from Colombo to Prague takes almost fourteen hours.'),
    (NOT, 'Since 2010 the forum has been held every two years.'),
    (NOT, 'Every summer since 2016, Polish students spend a month in Manila.'),
    (NOT, 'In 2023 the ferry ran three times a week between the two ports.'),
    (NOT, 'Since 2019 more than 12,000 people have studied Korean every year.'),
    (EVENT, 'The joint commission met in Ankara in 2025.'),
    (EVENT, 'The forum was held for the first time in 2010.'),
    (EVENT, 'The first direct flight from Colombo landed in Prague on 16 June 2026.'),
    (NOT, 'The Joint Economic Commission usually meets in the spring, as it did in 2024.'),
    (NOT, 'Each year since 2015, around 300 Peruvian students have received Canadian scholarships.'),
    (NOT, 'Ferries sail twice a week between the two ports, as they have since 2018.'),
    (NOT, 'Every September since 2012, Ghanaian traders travel to the Izmir fair.'),
    (EVENT, 'The Joint Economic Commission met for the fifth time in April 2024.'),
    (EVENT, 'In September 2012 a Ghanaian delegation travelled to the Izmir fair for the first time.'),
    (EVENT, 'Weekly flights between Lima and Toronto started in May 2024.'),
    (EVENT, "From May 2027 the ferry will sail twice a week between Dakar and Las Palmas."),
    (NOT, "In 2024 the ferry sailed twice a week between Dakar and Las Palmas."),
    (NOT, 'The forum takes place every two years, most recently in Lima in 2024.'),
    (EVENT, 'In 2024 the forum took place in Lima for the first time.'),
]

# the study speaking of itself
STUDY_TALK = [
    (NOT, 'This article examines relations between the two countries since 1991.'),
    (NOT, 'The study covers the period from 2000 to 2024.'),
    (NOT, 'In 2023 the authors interviewed twelve diplomats.'),
    (NOT, 'The literature on the relationship grew rapidly after 2010.'),
    (NOT, 'Section 3 describes the 2019 agreement in detail.'),
    (EVENT, 'The two countries established diplomatic relations in 1991.'),
    (NOT, 'The present article traces relations from 1975 to 2025.'),
    (NOT, 'Chapter 4 analyses the 2016 crisis.'),
    (NOT, 'The authors interviewed officials in Accra in 2024.'),
    (NOT, 'Our data cover exports between 2010 and 2024.'),
    (NOT, 'Table 2 shows trade in 2023.'),
    (EVENT, 'The Ghanaian foreign minister visited Ankara in 2024.'),
    (NOT, 'Several scholars have studied the relationship since 2010.'),
    (EVENT, "The scholars will begin master's programmes at Australian universities in February 2027."),
]

# background definitions
BACKGROUND = [
    (NOT, 'Astana has been the capital of Kazakhstan since 1997.'),
    (NOT, 'The Tengiz field is the largest oil field in Kazakhstan, with output of 29 million tonnes in 2023.'),
    (NOT, 'The Expo 2017 site is now an international financial centre.'),
    (NOT, 'Astana, the capital since 1997, is located on the Ishim river.'),
    (EVENT, 'The Shanghai Cooperation Organisation was founded in 2001.'),
    (EVENT, 'The Kashagan field was discovered in 2000.'),
    (NOT, 'Lima, founded in 1535, is the capital of Peru.'),
    (NOT, 'Astana, founded in 1830, is the capital of Kazakhstan.'),
    (NOT, 'The Tijani order, which dates back to the 18th century, has many followers in Nigeria.'),
    (NOT, 'Oslo has been the seat of the Nobel Peace Prize committee since 1901.'),
    (EVENT, 'The Tijani order opened a centre in Kano in 2018.'),
    (NOT, 'The embassy, open since 2012, employs 40 people.'),
    (NOT, 'The country is home to about 5,000 Polish citizens, according to the 2021 census.'),
    (EVENT, 'The embassy opened in 2012 with a staff of 12.'),
    (EVENT, 'The 2021 census was carried out in March 2021.'),
]

# quotations and reported states dated by their attribution beside reported deeds
QUOTES = [
    (NOT, '"Our friendship is not for sale," the president told reporters on 22 May 2026.'),
    (NOT, 'The minister said on Friday that Portugal was the second-largest investor in Angola.'),
    (NOT, '"We want investment, not patrol boats," said the minister on 3 December 2026.'),
    (EVENT, 'The minister announced on Friday that the embassy would open in June 2026.'),
    (EVENT, 'The president told reporters on 22 May 2026 that he had signed the decree.'),
    (NOT, '"Relations have never been better," the ambassador said on 4 May 2026.'),
    (NOT, '"This is a historic day," Prime Minister Tusk told journalists in Warsaw on 12 June 2026.'),
    (NOT, 'According to the minister, speaking on 3 March 2026, trade is growing fast.'),
    (NOT, 'On 2 June 2026 the ambassador said that relations were excellent.'),
    (EVENT, '"We signed six agreements today," the minister said on 4 May 2026.'),
    (EVENT, 'On 2 June 2026 the ambassador presented his credentials to the president.'),
    (EVENT, 'The minister said on 2 June 2026 that both sides had signed the visa agreement.'),
    (EVENT, 'The minister arrived in Accra on 4 May 2026, the first visit in a decade.'),
]

# a verb that mostly forecasts, with an amount or a party sent: a pledge or a trip to come
PLEDGES = [
    (EVENT, "Romania will contribute €2.5 million to UNRWA schools in Jordan in 2027."),
    (EVENT, "Sweden will contribute SEK 400 million to the next phase of rural electrification in 2027."),
    (EVENT, "The ministry plans to bring a delegation of bicycle makers to the Eurobike fair in June 2027."),
    (NOT, "The new plant will contribute to growth in the region in 2027."),
    (NOT, "The programme will bring jobs and growth to the region in 2027."),
    (EVENT, "The ministry will apply to the Connecting Europe Facility for a grant in December 2026."),
]

# a plan reported ("noted that ... would") or expected by the speaker: a happening to come
REPORTED_PLANS = [
    # a guest of honour came: a visit told by a copula
    (EVENT, "President Kovind was the chief guest at the National Day celebrations in March 2019."),
    # a plan whose object names the deed
    (EVENT, "Exporters plan weekly shipments of beef to Baku from January 2027."),
    (EVENT, "The airline plans a second daily flight to Nairobi in May 2027."),
    (NOT, "The ministry plans its budget for 2027 carefully."),
    (EVENT, "The minister noted that the Senate would examine the treaty before the end of the year."),
    (EVENT, "The ambassador stressed that the ministers would sign the treaty in Accra in March 2027."),
    (EVENT, "We are preparing a visit by the King to Ghana, which we expect in the first half of 2027."),
    (
        EVENT,
        "The bill now passes to the Chamber, whose Foreign Affairs Committee is expected to consider it in March 2027.",
    ),
    (EVENT, "The first shipments of mandarins to Viet Nam are expected at the start of the 2027 harvest, in May."),
    (NOT, "The minister noted that trade could double by 2030."),
    (NOT, "The ministry expects mango exports to Australia to reach 2,000 tonnes next year."),
    (NOT, "Disbursements in 2026 are expected to reach SEK 560 million, the highest since 2019."),
    (EVENT, "The two sides are expected to reach an agreement on fisheries in May 2027."),
    (NOT, "The State will hold a free-carried interest of 10 percent in the mine from 2027."),
    (EVENT, "The minister said the decision was the result of an audit conducted by Vietnamese inspectors in March."),
    (NOT, "The decision was the result of an audit of the plants conducted by Vietnamese inspectors."),
    (NOT, "The Senegalese state holds 10 percent of the company since 2021."),
    (EVENT, "The two navies will hold a joint exercise off Dakar in May 2027."),
    (NOT, "We are preparing the ground for growth, which we expect in the coming decade."),
]

# a habit in a clause of its own does not undo the dated deed of another
HABIT_BESIDE = [
    (
        EVENT,
        "Danish ministers visited Ghana in 2009, 2015 and 2021, and Ghanaian officials regularly travel to Aarhus.",
    ),
    (NOT, "Danish ministers regularly travel to Ghana, as they did in 2021."),
]

# a celebration told in the passive, a report tabled beside what a text may allow, a consignment due
MARKS_AND_STEPS = [
    (EVENT, "The fiftieth anniversary of diplomatic relations in November 2025 was marked by receptions in Suva."),
    (NOT, "The year 2025 was marked by volatility in cocoa prices."),
    (
        EVENT,
        "He noted that the committee had tabled its report on 17 November and recommended ratification with a "
        "declaration that Fiji may refuse requests.",
    ),
    (EVENT, "A second consignment of 40 tonnes is due to follow in November."),
    (NOT, "The first shipments are expected later in 2026."),
    (NOT, "Today Peru supplies nearly half."),
    # a count of people in the thousands is a statistic, not a visit
    (NOT, "More than 110,000 Pakistani tourists visited Azerbaijan last year, making Pakistan a large source."),
    (NOT, "Austrian tourists are a small but growing group: about 31,000 Austrians visited Cambodia in 2025."),
    (NOT, "Tourism remains small, with about 6,000 Emirati visitors travelling to Peru in 2025."),
    (EVENT, "A delegation of twelve Belgian coffee roasters visited washing stations in Huye in May."),
    # a count of things in a state at a period's end is a stock; a count of things done by then is not
    (NOT, "About 1,260 firms with Chilean capital were registered in Peru at the end of last year, the registry says."),
    (NOT, "Some 420 Ghanaian students were enrolled at Danish universities at the end of 2025."),
    (EVENT, "The company opened 12 stores in Lima by the end of 2025."),
    # ... and so is a level a thing stood at then
    (
        NOT,
        "The storage capacity of the Callao terminal, which serves Chile, was 2.4 million tonnes a year at the end of 2025.",
    ),
    (EVENT, "The terminal's capacity was raised to 2.4 million tonnes a year at the end of 2025."),
    (NOT, "Chilean direct investment in Peru totalled about USD 620 million at the end of 2025."),
    # a share of a whole supplied, a place in a table of partners: statistics; a place won in a contest is not
    (NOT, "Chile supplied roughly a third of Fiji's imported wine last year."),
    (EVENT, "Chile supplied 40 tonnes of wine to Fiji in 2025."),
    (NOT, "Fiji ranked ninth among Chile's trading partners in the Pacific in 2025."),
    (EVENT, "The Fijian team ranked first in the regional rugby championship in 2024."),
    # a gap widening or narrowing is a trend; a level it narrowed to is a dated figure
    (NOT, "The deficit with Chile widened again after narrowing slightly in 2024."),
    (EVENT, "The deficit with Chile narrowed to USD 12 million in 2024."),
    # who founded a thing, told as who they were then
    (EVENT, "In March 2019 Chile and Peru were among the founders of the Forum for the Progress of South America."),
    (EVENT, "Fiji was a founding member of the Pacific Islands Forum in 1971."),
    (NOT, "Chile and Peru are among the founders of the Pacific Alliance."),
    # the time as the subject: a scene or a judgement, unless what it saw is told
    (NOT, "Wednesday began early in Jiri."),
    (NOT, "2024 was a year of change for the two countries."),
    (EVENT, "2023 saw the opening of the embassy in Doha."),
    # what the thing a settled deed names would do is no guess of the source's; a report is a step
    (
        EVENT,
        "In January 2025 five ministers signed a declaration of intent on the SoutH2 Corridor, a pipeline that "
        "would carry hydrogen to central Europe.",
    ),
    (NOT, "The ministers expressed the hope that relations could improve in 2027."),
    (EVENT, "The treaty is still before the Committee of the House, which is due to report on it in November."),
    (EVENT, "First gold pour is targeted for the second half of 2028."),
    (NOT, "The government has a target of doubling exports by 2030."),
    (EVENT, "Today Kazakhstan opens an embassy in Doha."),
]

BANK = (
    MARKS_AND_STEPS
    + STATES
    + ASSESSMENTS
    + ADVICE
    + MODALITY
    + NEGATION
    + HABITS
    + STUDY_TALK
    + BACKGROUND
    + QUOTES
    + PLEDGES
    + REPORTED_PLANS
    + HABIT_BESIDE
)


@pytest.mark.parametrize("expected, sentence", BANK, ids=[s[:60] for _, s in BANK])
def test_a_clause_is_a_row_only_when_it_states_a_happening(expected, sentence):
    got = rows(sentence)
    assert bool(got) == expected, got


@pytest.mark.parametrize(
    "sentence, talk",
    [
        ("The minister visited the port of Constanța, where officials discussed a transit corridor.", False),
        ("The ministers met in Amman and discussed trade and transit.", True),
        ("The two sides discussed the visit and the new corridor.", True),
        # who tells a deed is no talk: the deed is the news
        ("The vessel Salalah Star berthed at Manzanillo on Saturday, completing its maiden voyage, Asyad said.", False),
        ("The ship arrived in Sohar, said Ibrahim Al Mahrouqi, chief executive of Asyad Line.", False),
        ("The two ministers met on Tuesday, the ministry said.", True),
        # ... when it is told today or yesterday too
        ("A first consignment of 20 tonnes of mangoes landed in Auckland on Thursday, the embassy said today.", False),
        ("The cargo reached Durban on Sunday, the shipping line said in a statement.", False),
    ],
)
def test_a_visit_with_talk_after_it_is_no_talk_only(sentence, talk):
    from reportgen.analysis.eventness import only_talk

    assert only_talk(sentence) is talk


@pytest.mark.parametrize(
    "clause, trend",
    [
        ("The next day the two leaders held talks in restricted and expanded formats.", False),
        ("Ministers agreed on an increased quota for seasonal workers in 2026.", False),
        ("Trade grew and expanded by 12 percent in 2025.", True),
        ("Bilateral trade and investment expanded rapidly after 2015.", True),
        # what a deed did, told after it: the deed is the happening
        ("In March 2025 Peru introduced an electronic visa for Thai citizens, which halved waiting times.", False),
        ("Trade, which grew by 20 percent in 2024, remains small.", True),
        ("The pipeline project was shelved in 2014 when European demand fell.", False),
        ("Exports rose in 2024 as demand grew.", True),
        # a perfect's level with its baseline's date after it: a change up to now
        ("The Chamber's membership has grown to 212 companies, from 140 five years ago.", True),
        ("The Council's membership has risen to 95 firms, up from 60 in 2021.", True),
        ("Membership rose to 212 companies in 2026, from 140 in 2021.", False),
        # an origin, not a figure that grew
        ("The Lutheran church of Angola, which grew out of the mission's schools, became independent in 1961.", False),
    ],
)
def test_a_change_word_used_as_an_adjective_is_no_trend(clause, trend):
    from reportgen.analysis.eventness import is_trend

    assert is_trend(clause) is trend


def test_what_a_denied_report_claimed_is_no_conjecture_of_the_source():
    from reportgen.analysis.eventness import is_advice, speculates

    denial = (
        "The Ministry of Social Security and Labour on Monday denied a report, published by the daily Lietuvos "
        "rytas on Saturday, that Lithuania would sign an agreement with Vietnam on recruiting 5,000 workers."
    )
    assert not speculates(denial) and not is_advice(denial)
    assert speculates("Lithuania would sign an agreement with Vietnam on recruiting 5,000 workers.")


def test_although_opens_a_clause_of_its_own():
    assert rows(
        "Tourism has never recovered its peak of 49,271 visitors in 2017, although Fiji Airways resumed its "
        "flights between Nadi and Hong Kong in April 2025."
    ) == ["April 2025: Fiji Airways resumed its flights between Nadi and Hong Kong in April 2025."]


def test_a_year_a_declaration_names_is_no_time_beside_the_clauses_own_date():
    resolution = (
        "Switzerland co-sponsored the resolution of the UN General Assembly, adopted in December 2022, that "
        "declared 2025 the International Year of Glaciers' Preservation."
    )
    assert rows(resolution) == [f"December 2022: {resolution}"]
    africa = "Türkiye declared 2005 the Year of Africa and opened dozens of embassies on the continent."
    assert rows(africa) == [f"2005: {africa}"]


def test_a_later_step_in_a_closing_with_phrase_is_a_row_of_its_own():
    assert rows(
        "Construction is expected to begin in the first half of 2027, with first production of copper "
        "concentrate in 2029."
    ) == [
        "first half of 2027: Construction is expected to begin in the first half of 2027.",
        "2029: First production of copper concentrate in 2029.",
    ]
    # the step's date after "targeted for" is its own, no bound
    assert rows(
        "Construction is scheduled to start in the first quarter of 2027, with commercial operation targeted for "
        "the second half of 2028."
    ) == [
        "Q1 2027: Construction is scheduled to start in the first quarter of 2027.",
        "second half of 2028: Commercial operation targeted for the second half of 2028.",
    ]


def test_a_sum_after_a_list_like_comma_ends_no_list():
    assert rows(
        "Between 2004 and 2011 the agency financed the water supply of Khujand, the second largest city, with "
        "CHF 19 million, and the first phase of a similar project in Kulob was completed in 2024."
    ) == [
        "2004–2011: Between 2004 and 2011 the agency financed the water supply of Khujand, the second largest "
        "city, with CHF 19 million.",
        "2024: The first phase of a similar project in Kulob was completed in 2024.",
    ]


def test_a_participle_row_of_a_reported_sentence_names_the_thing_not_the_speaker():
    assert rows(
        "He said the treaty, signed in Beijing on 22 May 2025, would help the police pursue drug trafficking."
    ) == ["22 May 2025: The treaty, signed in Beijing on 22 May 2025."]
    # (a body's name of many words, "and" and "of" among them)
    assert rows(
        "The Polish Investment and Trade Agency said the plant, opened in 2018, is already the largest Korean "
        "investment in Poland."
    ) == ["2018: The plant, opened in 2018."]


def test_a_company_named_in_apposition_is_what_its_which_clause_tells_of():
    assert rows(
        "The investment will be made through a wholly owned subsidiary, Pacific Blue Ocean (Fiji) Pte Limited, "
        "which was registered in July 2025."
    ) == ["July 2025: Pacific Blue Ocean (Fiji) Pte Limited was registered in July 2025."]


def test_a_subject_named_by_its_past_gives_no_date_to_the_plan_told_of_it():
    sentence = (
        "The agreement on the avoidance of double taxation that was signed during the visit to Kuwait last month "
        "will be submitted to deputies in July."
    )
    assert rows(sentence) == [f"July 2026: {sentence}"]


def test_a_loan_lent_a_journey_of_a_year_and_a_deed_named_by_its_noun_are_events():
    assert states_event(
        "In 2012 the Fund lent KWD 6 million for the expansion of the regional hospital.", date_at=(3, 7)
    )
    journey = "The 2019 journey, by Prime Minister Mottley, yielded a general cooperation agreement."
    assert states_event(journey, date_at=(4, 8))
    registered = "The decision follows the registration of the project with the investment centre on 11 August 2026."
    at = registered.index("11 August")
    assert states_event(registered, date_at=(at, at + len("11 August 2026")))


def test_what_a_deed_might_bring_in_a_closing_apposition_is_no_conjecture_about_the_deed():
    asked = (
        "In 2025 Sierra Leone asked Iceland's veterinary authority to recognise its health certificates, a request "
        "that could open the European market."
    )
    assert states_event(asked, date_at=(3, 7))
    assert not states_event("In 2025 the request could open the European market.", date_at=(3, 7))


def test_a_ribbon_cut_is_an_action():
    cut = "On 23 September the two presidents cut the ribbon at the chancery of the new High Commission."
    assert states_event(cut, date_at=(3, 15))
    assert not states_event(
        "On 23 September the ribbon at the chancery of the High Commission was red.", date_at=(3, 15)
    )


def test_a_gift_promised_outright_is_an_event_a_thing_s_effect_is_not():
    offer = "China will offer 100 additional government scholarships to Fijian students in 2027."
    assert states_event(offer, date_at=(offer.index("2027"), offer.index("2027") + 4))
    effect = "The Board expects the plant to contribute positively to earnings from 2029."
    assert not states_event(effect, date_at=(effect.index("2029"), effect.index("2029") + 4))
    share = "Since then Algeria has been Italy's largest gas supplier, providing about 36 percent of imports in 2024."
    assert not states_event(share, date_at=(share.index("2024"), share.index("2024") + 4))


@pytest.mark.parametrize(
    ("expected", "sentence"),
    [
        (EVENT, "Laos and Thailand threw open the fifth Friendship Bridge to traffic on Thursday."),
        (EVENT, "Bhutan and Japan will mark the 40th anniversary of relations with a festival in Tokyo in November."),
        (NOT, "The agreement marks a new stage in relations, the minister said on Friday."),
        (EVENT, "Canada's trade minister is due to lead a trade mission to Ghana in September."),
        (NOT, "In 2026 Ghana leads the region in cocoa exports to Canada."),
        # a year naming a text whose clause says what the text does, beside one that says what was done to it
        (NOT, "The 2019 agreement exempts holders of diplomatic passports from visa requirements."),
        (NOT, "Under a 1957 treaty, the waters of the lake are held in joint ownership by the two countries."),
        (EVENT, "The 2019 agreement was ratified by both parliaments on Friday."),
        # a wish is no plan
        (NOT, "Local exporters hope that the Senate will approve the agreement before Christmas."),
        (EVENT, "The Senate will vote on the agreement before Christmas."),
    ],
)
def test_new_writers_deeds_and_what_only_names_a_date(expected, sentence):
    assert bool(rows(sentence)) is expected, rows(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the day a report was made frames what it tells, which has a date of its own ...
        (
            "The ministry announced on Friday that its waters would reopen to Senegalese pirogues on 15 October.",
            ["15 October 2026"],
        ),
        ("Pakistan's Senate was told on Friday that Islamabad had expelled two diplomats on 20 May.", ["20 May 2026"]),
        # ... and is no row when what it tells is no deed
        ("Pakistan's Senate was told on Friday that relations with Kabul remained tense.", []),
        ("Pakistan's Senate was told on Friday that Islamabad had expelled two diplomats.", ["29 May 2026"]),
        # a level at a moment, beside a flow over a period and a deed after a level
        ("Mongolia's outstanding debt to Korean lenders stood at USD 1.1 billion at the end of April.", []),
        ("Reko Diq's reserves were estimated at 5.9 billion tonnes of ore as of December 2024.", []),
        ("Exports to Korea stood at USD 1.1 billion in April.", ["April 2026"]),
        # a notice's advice to the public
        ("Customers are advised to contact their local agent before 5 June.", []),
        ("The agent contacted all customers before 5 June.", ["5 June 2026"]),
        # ... told in the active
        (
            "The Embassy in Rome advised students enrolling at Italian universities to submit their visa applications before 5 June.",
            [],
        ),
        ("The minister urged parliament to ratify the treaty on 5 June.", ["5 June 2026"]),
        # a scene at an hour; an interview's setting
        ("At 6 a.m. on Friday the line of lorries already stretched back past the casino hotels of Poipet.", []),
        ("On the morning of 3 May, the conference hall at Murray Barracks still smelled of fresh paint.", []),
        ("The interview with the Serbian minister took place in his office in Belgrade on Friday.", []),
        # idioms and a wish
        ("The spokesman said the navy would take delivery of two patrol boats in October.", ["October 2026"]),
        ("Palau and Japan green-lit a visa waiver at a meeting in Koror last Thursday.", ["28 May 2026"]),
        ("The ministers said they hoped Lithuania would join the arrangement by 2028.", []),
        # a year naming a text in subject or predicate position, beside a list of texts made
        ("Annex C of the 1973 Itaipú Treaty sets the terms on which Paraguay sells power to Brazil.", []),
        ("The road is part of a 2019 agreement under which Uganda would build roads in eastern Congo.", []),
        ("These include the 2022 agreement on mutual protection of investments.", ["2022"]),
        # "moved to" a place and "its planned" shipment are no future
        ("Taiwan's office in Vilnius moved to larger premises in the Old Town on Friday.", ["29 May 2026"]),
        ("The state gas company shelved its planned LNG shipment to Jamaica on Friday.", ["29 May 2026"]),
        # a quotation telling a plan or a happening called off is news; a recollection or a view is not
        ('"The prime minister will visit Jakarta on 8 June," the spokesperson confirmed.', ["8 June 2026"]),
        ('"The visit to Jakarta planned for October has been called off," the spokesperson added.', ["October 2026"]),
        ('"I first went to Hanoi in 1998, when there were still more bicycles," she recalls.', []),
        ('"The border reopened on 29 May, two weeks earlier than anyone expected," the driver says.', ["29 May 2026"]),
        ('"When SalamAir flew into Gwadar last month, half of the passengers were businessmen," he said.', []),
        # a figure in words, a share with a sign, the time as the subject of "marks"
        ("Exports of wine to China were worth 1.1 billion Australian dollars in 2025.", ["2025"]),
        ("Germany accounted for 27% of Poland's exports in 2025.", []),
        ("Next year marks the fiftieth anniversary of diplomatic relations.", []),
        ("On 14 June we mark 37 years of diplomatic relations with a festival at the Clock Tower.", ["14 June 2026"]),
        # "N months after X did Y": a deed of its own subject at its own date (not a span's measure)
        (
            "Nepal signed up to the initiative in May 2017, three years after China pledged funds for the road in 2014.",
            ["May 2017", "2014"],
        ),
        (
            "Algeria suspended its treaty with Spain in June 2022, three months after Madrid backed the plan in March.",
            ["June 2022", "March 2022"],
        ),
        ("The plant reached full capacity in 2025, four years after it opened on 1 June 2021.", ["2025"]),
        # a deed an apposition's participle tells of a thing the clause names, at its own date
        (
            "Peru ratified the river navigation protocol with Ecuador, drafted by a joint commission in 2015, in March 2017.",
            ["2015", "March 2017"],
        ),
        (
            "Seized by the Indonesian navy in 2019, the Malaysian-flagged tanker was released in January 2020.",
            ["2019", "January 2020"],
        ),
        ("The 2027 cod quota agreed by Norway and Russia is the lowest in more than three decades.", []),
        # a step, not a figure foreseen: the digits are its date's
        ("The senior debt is expected to reach financial close in December 2026.", ["December 2026"]),
        ("Exports are expected to reach USD 2 billion in 2027.", []),
        # months listed before the year they share
        ("Vietnam and China fought a brief border war in February and March 1979.", ["February 1979 and March 1979"]),
        ("Renminbi holdings amounted to 5% of the Bank's total reserves at the end of April.", []),
        ("The 1994 Budapest Memorandum is frequently cited in debates on Ukrainian security.", []),
        ("Ugandan troops crossed into Kenya's West Pokot county in 2019 and again last year.", ["2019 and 2025"]),
        (
            "Under the 2019 agreement, Chile and Argentina held their first joint naval patrol in May 2026.",
            ["May 2026"],
        ),
        (
            "Citing the 2010 Barents Sea treaty, the officials set next year's cod quota in Murmansk on 14 May.",
            ["14 May 2026"],
        ),
        # a level that holds from a thing's year on (not "coffee from the 2027 harvest")
        ("New Zealand will raise the Samoan Quota from 1,100 to 1,300 places from the 2027 ballot.", ["2027"]),
        ("They signed purchase agreements for coffee from the 2027 harvest.", []),
        # a thing that opens somewhere, told in reported speech
        ("The ambassador said a Viet Nam Trade Centre would open in Havana in March 2027.", ["March 2027"]),
        # a party's seminar is no study
        ("The parties hold a theoretical seminar and have agreed to hold the next one in Havana in 2027.", ["2027"]),
        # the calendar, and air or light at an hour: no happening
        (
            "Remittances reached SAT 412.6 million in the 2025/26 fiscal year, which ended in June, up 7.9 percent.",
            ["2025–2026"],
        ),
        ("The 2025/26 fiscal year ended in June.", []),
        ("The smell of umu smoke drifted over Lepea on Thursday morning.", []),
        ("At the end of it, on a Tuesday last week, the border market was already crowded at seven o'clock.", []),
        # a count or a share over years is a statistic; a sum traded is a dated figure
        ("The number of Turkish citizens living in Montenegro rose from about 3,000 in 2020 to 15,000 in 2024.", []),
        (
            "Trade between the two countries grew from USD 430 million in 2019 to USD 980 million in 2024.",
            ["2019 and 2024"],
        ),
        (
            "The number of Peruvian companies exhibiting at Gulfood in Dubai grew to 46 in February 2026.",
            ["February 2026"],
        ),
        # the time as the subject after an opening phrase
        ("For the 340 families of the cooperative, this week brought a milestone.", []),
        ("For the first time, last week the minister visited Doha.", ["25–31 May 2026"]),
    ],
)
def test_reports_levels_notices_scenes_quotations_and_idioms(sentence, expected):
    assert [row.split(":")[0] for row in rows(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a payment falling due and the day applications open are steps of a timetable
        ("The next instalment of US$3.1 million falls due in March 2027.", ["March 2027"]),
        (
            "Farmers may apply for the equipment through the Agricultural Finance Corporation from 1 October.",
            ["1 October 2026"],
        ),
        # a year that names a budget by its capitalised name is the budget's, not a time
        ("Provision has been made for it in the 2027 National Budget.", []),
        ("They met at the 2023 Doha Forum.", ["2023"]),
        # the date of a statement an outlet corrects
        (
            "CORRECTION: In our statement of 28 August 2026, the number of tractors delivered was given as 1,432.",
            [],
        ),
        ("The ministry issued a statement on 28 August 2026.", ["28 August 2026"]),
        (
            "The ministry corrected the area of the sixth phase, given in its release of 5 August as 12,400 hectares.",
            [],
        ),
        ("The ministry issued its statement on 5 August.", ["5 August 2025"]),
    ],
)
def test_dues_applications_budgets_and_corrected_statements(sentence, expected):
    assert [row.split(":")[0] for row in rows(sentence)] == expected


def test_a_that_clause_of_what_was_said_is_no_relative_clause_of_a_deed():
    sentence = (
        "In March the Minister told this House that the tractor assembly plant being built with Belarus at "
        "Willowvale would open in June."
    )
    assert all(row.split(": ", 1)[1] == sentence for row in rows(sentence)), rows(sentence)
    assert rows("The shipment is the first under the protocol that the Agency and the Ministry signed on 9 June.") == [
        "9 June 2025: The Agency and the Ministry signed the protocol on 9 June."
    ]
    # the lender named after the loan is where it came from; the loan is what was signed
    assert rows(
        "The buses were financed with a loan from the Export-Import Bank of China that the Intendencia signed on 9 June."
    ) == ["9 June 2025: The Intendencia signed a loan from the Export-Import Bank of China on 9 June."]


def test_a_second_deed_with_its_own_object_keeps_the_active_voice():
    assert rows("The bank was founded in 2001 and opened a branch in Doha in 2010.") == [
        "2001: The bank was founded in 2001.",
        "2010: The bank opened a branch in Doha in 2010.",
    ]
    assert rows("The agreement was signed in 2006 and ratified in 2008.") == [
        "2006: The agreement was signed in 2006.",
        "2008: The agreement was ratified in 2008.",
    ]


def test_a_period_a_figure_is_compared_with_is_no_row():
    # (in a release whose lead gives this year's figure: alone, the sentence gives no row either way)
    texts = (
        "Belize imported goods worth BZ$318.7 million from Mexico in the first nine months of 2026, the Statistical "
        "Institute of Belize said in its external trade bulletin for September.",
        "Imports from Mexico were 6.4 percent higher than in January–September 2025, driven by electricity, "
        "construction materials and processed food.",
    )
    release = Article(
        id="sib#a-1",
        doc_id="sib",
        title="Trade",
        date=dt.date(2026, 10, 30),
        paragraphs=tuple(Paragraph(f"sib#a-1-p{n}", text, Location("sib.txt", n)) for n, text in enumerate(texts, 1)),
        location=Location("sib.txt", 1),
    )
    labels = [e.label for e in build_chronology([release], as_of=dt.date(2026, 12, 1))]
    assert "January–September 2026" in labels and "January–September 2025" not in labels
    assert [r.split(":")[0] for r in rows("Trade reached USD 5 million in 2025, 9.1 percent more than in 2024.")] == [
        "2025"
    ]


def test_a_deed_aimed_at_a_time_is_planned_a_level_aimed_at_by_a_date_is_a_target():
    assert [
        r.split(":")[0]
        for r in rows(
            "The agreement provides for a second interconnection line, which the parties aim to commission in the third "
            "quarter of 2028."
        )
    ] == ["Q3 2028"]
    assert rows("The two countries aim to double trade by 2030.") == []


def test_the_writers_own_proposals_are_advice():
    from reportgen.analysis.eventness import gives_advice

    assert gives_advice("We urge the ministries concerned to publish a joint annual report.")
    assert gives_advice("We further propose that the two countries create a joint border committee.")
    assert gives_advice("Third, the free trade agreement deserves to be concluded quickly.")
    assert gives_advice("Sport exchanges deserve wider support, because they reach young people.")
    assert not gives_advice("The visit deserved its name: six agreements were signed.")
    assert not gives_advice("The minister proposed a joint committee in May 2026.")
    # (the seed paper's military conclusion, shown under the military topic before)
    assert gives_advice("Immediate steps to implement the existing defence agreement are highly advisable.")
    # what is important to do is advice; what is important to note is not
    assert gives_advice("Finally, it is important that the two countries hold their consultations every year.")
    assert gives_advice("It is also important to develop direct flights between the two capitals.")
    assert not gives_advice("It is important to note that trade doubled in 2025.")
    assert not gives_advice("The port is important to both countries.")


def test_a_base_judged_solid_is_an_assessment_not_a_happening():
    assert not states_event(
        "The visits of 2018 and 2023 and the declaration of 2024 created a solid political framework."
    )
    assert not states_event("The agreements of 2015 laid a firm foundation for cooperation in energy.")
    assert states_event("In 2019 parliament established a legal framework for foreign investment.")


def test_a_share_of_a_whole_is_a_statistic_not_a_happening():
    assert not states_event("Cut flowers made up almost 40 percent of the total in 2025.", date_at=(50, 54))
    assert not states_event("In 2025 coffee accounted for a third of exports.", date_at=(3, 7))
    assert states_event("In 2025 the ministry accounted for the funds before parliament.", date_at=(3, 7))


def test_a_decision_to_launch_talks_settles_something():
    from reportgen.analysis.eventness import settles

    assert settles("The ministers agreed to launch negotiations on a free trade agreement.")
    assert not settles("The ministers agreed that cooperation should continue.")


def test_a_relatives_subject_that_opens_with_a_name_is_not_cut_at_its_and():
    # "that Port Authority X and the Y" is the subject of "signed": the "and" joins two signatories
    assert rows("It was set out in a protocol that Adria Rail and the Mumbai Freight Board signed in Pune in May.") == [
        "May 2026: Adria Rail and the Mumbai Freight Board signed a protocol in Pune in May."
    ]
    assert rows("They agreed that Ghana and the Bank will open a joint office in Accra in May.") == [
        "May 2027: They agreed that Ghana and the Bank will open a joint office in Accra in May."
    ]


def test_a_partys_fear_reported_is_no_guess_of_the_source():
    from reportgen.analysis.eventness import is_advice, states_event

    sentence = (
        "Kenya objected that the dam would dry the lake and took Ethiopia to the African Court of Justice in May 2006."
    )
    assert not is_advice(sentence) and states_event(sentence)
    assert is_advice("The dam would dry the lake.")


def test_a_need_set_on_a_condition_naming_a_long_subject_is_advice():
    from reportgen.analysis.eventness import is_advice

    assert is_advice(
        "Both ministries need a standing secretariat for the joint commission if the new economic partnership is "
        "to bring results in 2027."
    )
    # (a bare subject: "if cross-border tourism is to succeed")
    assert is_advice("Both sides need a direct air link if cross-border tourism is to succeed.")
