"""Precision and recall on fresh articles, round 3: wire stories written for this test
(no gold item), half on domestic politics, half international.

Fourteen AP/Reuters-style stories: an election runoff, a minister's resignation, an
opposition leader's arrest and release on bail, a coup-plot verdict, a general strike,
coalition talks, a student sit-in broken up by police; a state visit, sanctions and the
junta's answer, a border mine blast, typhoon aid, joint military drills, a drone shot
down and envoys recalled, a naval buildup. They mix events with sentences that carry
none (markets, weather, sport, biography, analysis, turnout), hypotheticals ("could be
used as cover"), negation ("would not release"), descriptions ("the junta", "the bloc",
"the two leaders") and coordination. Keys, ``core`` and ``optional`` are as in
test_fresh_articles.py; what the coder still misses or gets wrong is in KNOWN_MISSES and
KNOWN_FALSE, so that every other core event and every other false event is a guard.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.config import Settings
from eventwire.pipeline import Coder
from eventwire.records import Article
from fresh_support import article_errors, event_key, parse_key

pytestmark = pytest.mark.slow

PUBLISHED = date(2025, 11, 7)  # a Friday

# (id, text, core keys, optional keys)
ARTICLES: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = [
    # --- domestic politics
    ("bolivia-runoff",
     "LA PAZ, Bolivia (Reuters) - Centrist senator Rodrigo Paz won Bolivia's presidential "
     "runoff on Sunday with 54.5% of the vote, ending two decades of rule by the Movement "
     "for Socialism, the electoral tribunal said. His rival, former President Jorge Quiroga, "
     "conceded defeat late on Sunday and congratulated Paz, telling supporters that "
     "Bolivians had chosen change. Quiroga's allies in Congress had earlier accused the "
     "tribunal of delaying the count. Paz, a 58-year-old economist and the son of a former "
     "president, has promised to end fuel shortages and tame inflation, which reached 23% "
     "in September. Bolivian bonds rallied on Monday. Hundreds of supporters of the "
     "outgoing party gathered outside the tribunal in La Paz on Monday to demand a recount, "
     "but police kept them away from the building.",
     ("SUPPORT BOL>BOL", "ACCUSE BOL>BOL", "PROTEST BOL>*"),
     ("CONCEDE BOL>BOL", "REQUEST BOL>BOL", "COERCE BOL>BOL", "AGREE BOL>*",
      "REQUEST BOL>-")),
    ("minister-resigns",
     "BRATISLAVA, Slovakia (AP) - Slovakia's interior minister resigned on Thursday after a "
     "leaked recording appeared to show him pressuring police investigators, the government "
     "said. Prime Minister Robert Fico accepted the resignation and named Deputy Prime "
     "Minister Tomas Taraba as acting minister. The opposition Progressive Slovakia party, "
     "which released the recording, called on Fico to sack the police chief as well and "
     "demanded an early election. Fico accused the opposition of staging a smear campaign "
     "financed from abroad. Thousands of people rallied in Bratislava on Thursday evening, "
     "the fifth protest in a month. Slovakia's economy grew 0.3% in the third quarter, the "
     "statistics office said on Friday.",
     ("REQUEST SVK>SVK", "ACCUSE SVK>SVK", "PROTEST SVK>*"),
     ("RETREAT SVK>*", "COERCE SVK>SVK", "CONCEDE SVK>SVK", "REQUEST SVK>-")),
    ("opposition-arrest",
     "KAMPALA, Uganda (AP) - Ugandan police arrested opposition leader Robert Kyagulanyi, "
     "better known as Bobi Wine, on Tuesday as he left a campaign rally east of the capital, "
     "his party said. The National Unity Platform said officers in plain clothes bundled "
     "Kyagulanyi into an unmarked van and beat several of his aides. Police spokesman "
     "Kituuma Rusoke said the politician had been detained for defying a ban on processions "
     "and would be charged in court. Hundreds of his supporters clashed with riot police in "
     "Kampala on Wednesday, and officers fired live bullets and tear gas to disperse them. A "
     "magistrate released Kyagulanyi on bail on Thursday. The U.S. Embassy in Kampala urged "
     "the authorities to respect the right to peaceful assembly. President Yoweri Museveni, "
     "81, is seeking a seventh term in January's election.",
     ("COERCE UGA>UGA", "ASSAULT UGA>UGA", "RETREAT UGA>UGA", "REQUEST USA>UGA"),
     # a clash with police is ASSAULT by the lexicon's convention; a riot coder may say
     # PROTEST
     ("PROTEST UGA>UGA", "ACCUSE UGA>UGA", "REJECT UGA>UGA", "SANCTION UGA>UGA", "PROTEST UGA>-",
      "COERCE UGA>-")),
    ("coup-plot-verdict",
     "BRASILIA (Reuters) - Brazil's Supreme Court on Thursday convicted five former military "
     "officers of plotting to overturn the 2022 election, sentencing them to between 16 and "
     "24 years in prison. A panel of justices voted 4-1 to convict the men, who the court "
     "said had planned to assassinate then President-elect Luiz Inacio Lula da Silva. "
     "Defense lawyers rejected the ruling as political and said they would appeal. Lula's "
     "chief of staff praised the court for defending democracy. Supporters of former "
     "President Jair Bolsonaro, who was convicted in a separate trial in September, staged "
     "small protests outside army barracks in Rio de Janeiro. Brazil's real weakened 0.8% "
     "against the dollar.",
     ("SANCTION BRA>BRA", "REJECT BRA>BRA", "SUPPORT BRA>BRA", "PROTEST BRA>*"),
     ("COERCE BRA>BRA", "ACCUSE BRA>BRA", "ASSAULT BRA>BRA")),
    ("general-strike",
     "BUENOS AIRES, Argentina (AP) - Argentina's largest labor federation staged a 24-hour "
     "general strike on Wednesday against President Javier Milei's labor reform, grounding "
     "flights and shutting down banks, schools and public transport. The General Labor "
     "Confederation said the bill, which Congress is due to debate next week, would strip "
     "workers of hard-won rights. Security Minister Patricia Bullrich called the strike "
     "\"extortion\" and warned that police would clear any roadblocks. Police detained 14 "
     "people after scuffles near the Congress building in the afternoon. Milei, a "
     "libertarian economist, has cut public spending sharply since taking office in "
     "December 2023. Inflation slowed to 2.1% in September, the lowest monthly rate in five "
     "years.",
     ("PROTEST ARG>ARG", "ACCUSE ARG>ARG", "THREATEN ARG>ARG", "COERCE ARG>*"),
     ("ACCUSE ARG>-", "PROTEST ARG>-", "ASSAULT ARG>ARG")),
    ("coalition-talks",
     "THE HAGUE, Netherlands (Reuters) - The Dutch centrist party D66 and the center-right "
     "Christian Democrats agreed on Tuesday to open formal coalition talks, a week after D66 "
     "narrowly won the most seats in a snap parliamentary election. D66 leader Rob Jetten, "
     "who is expected to become the country's youngest prime minister, said he would also "
     "invite the liberal VVD to join the talks. VVD leader Dilan Yesilgoz-Zegerius rejected "
     "any coalition that includes the Green-Left and Labour alliance. The far-right Party for "
     "Freedom of Geert Wilders, which lost 11 seats, accused Jetten of ignoring millions of "
     "voters. The previous government collapsed in June when Wilders pulled his party out of "
     "the coalition over asylum policy. Turnout was 78%, slightly lower than in 2023.",
     ("AGREE NLD>NLD", "REJECT NLD>NLD", "ACCUSE NLD>NLD"),
     ("CONSULT NLD>NLD", "RETREAT NLD>NLD", "REJECT NLD>-", "RETREAT NLD>-")),
    ("student-sit-in",
     "BELGRADE, Serbia (Reuters) - Serbian police used pepper spray and batons on Saturday "
     "to break up a sit-in by university students who had blocked a main road in central "
     "Belgrade for three days, the students' union said. The Interior Ministry said 22 "
     "officers were injured and 37 protesters were detained. The students have been "
     "demanding early elections since a railway station canopy collapsed in Novi Sad a year "
     "ago, killing 16 people. President Aleksandar Vucic accused foreign intelligence "
     "services of financing the protests but said he was ready to talk to students \"who "
     "want to study\". The European Commission urged Belgrade to respect freedom of "
     "assembly. Serbia's football team beat Albania 2-0 in a World Cup qualifier on the same "
     "evening.",
     ("COERCE SRB>SRB", "PROTEST SRB>*", "REQUEST SRB>SRB", "ACCUSE SRB>*",
      "REQUEST EU>SRB"),
     ("ASSAULT SRB>SRB", "AGREE SRB>SRB", "CONSULT SRB>SRB", "REQUEST SRB>-",
      "COERCE SRB>-", "ASSAULT SRB>-")),
    # --- international
    ("modi-tokyo",
     "TOKYO (Reuters) - Japan and India agreed on Friday to deepen defense cooperation and "
     "signed a pact on the supply of critical minerals, as Prime Minister Narendra Modi began "
     "a two-day visit to Tokyo. Modi and his Japanese counterpart held talks for more than "
     "two hours at the prime minister's office. The two leaders also pledged to hold joint "
     "naval exercises in the Indian Ocean next year. Japan will invest 10 trillion yen in "
     "India over the next decade, Japan's foreign ministry said. A spokesman for China's "
     "foreign ministry said Beijing hoped cooperation between the two countries would not "
     "target third parties. Modi will travel on to Sendai on Saturday to tour a "
     "semiconductor plant.",
     ("AGREE JPN>IND", "CONSULT IND>JPN"),
     ("COOPERATE JPN>IND", "AID JPN>IND", "REQUEST CHN>*", "REQUEST CHN>-")),
    ("myanmar-sanctions",
     "OTTAWA (Reuters) - Canada and Australia imposed sanctions on Thursday on four Myanmar "
     "military officers and two state-owned banks accused of funding air strikes on "
     "civilians, the two governments said in a joint statement. The measures freeze any "
     "assets the individuals hold and bar them from travel. Myanmar's junta rejected the "
     "sanctions as interference in the country's internal affairs, state media reported. The "
     "military seized power in a coup in February 2021 and has since been fighting a "
     "nationwide armed resistance. The Association of Southeast Asian Nations has called on "
     "the generals to end the violence, but the bloc has struggled to enforce its five-point "
     "peace plan. Myanmar plans to hold a general election in December that critics say "
     "will be neither free nor fair.",
     ("SANCTION CAN>MMR", "SANCTION AUS>MMR", "REJECT MMR>CAN", "REJECT MMR>AUS",
      "COERCE MMR>MMR", "REQUEST ASEAN>MMR"),
     ("ACCUSE CAN>MMR", "ACCUSE AUS>MMR", "ASSAULT MMR>MMR", "COOPERATE CAN>AUS",
      "REJECT MMR>-", "COERCE MMR>-", "ASSAULT MMR>-")),
    ("border-mines",
     "BANGKOK (AP) - Thailand accused Cambodia on Wednesday of laying new landmines along "
     "their disputed border after two Thai soldiers were wounded in an explosion during a "
     "patrol in Sisaket province. The Thai army said it would suspend the implementation of "
     "a ceasefire deal signed last month in Kuala Lumpur. Cambodia's Defense Ministry denied "
     "planting any mines and said the devices were left over from decades of civil war. "
     "Thai Prime Minister Anutin Charnvirakul ordered more troops to the frontier and said "
     "Bangkok would not release 18 Cambodian soldiers it has held since July. Malaysian "
     "Prime Minister Anwar Ibrahim, who brokered the truce, urged both neighbors to "
     "exercise restraint. Fighting in July killed more than 40 people and displaced some "
     "300,000 on both sides of the border.",
     ("ACCUSE THA>KHM", "REJECT KHM>THA", "MOBILIZE THA>*", "REQUEST MYS>THA",
      "REQUEST MYS>KHM"),
     ("ASSAULT KHM>THA", "REJECT THA>KHM", "SANCTION THA>KHM", "AGREE THA>KHM",
      "RETREAT THA>KHM", "COERCE THA>KHM", "ASSAULT THA>KHM", "THREATEN THA>KHM",
      "CONSULT MYS>THA", "CONSULT MYS>KHM", "ASSAULT ->THA", "ASSAULT THA>THA")),
    ("typhoon-aid",
     "MANILA, Philippines (Reuters) - Japan sent two military transport planes carrying "
     "tents, water purifiers and generators to the central Philippines on Thursday, as the "
     "death toll from Typhoon Kalmaegi rose to 188. The storm dumped a month's worth of rain "
     "on Cebu province in 24 hours, triggering flash floods that swept away cars and "
     "shipping containers. The United States pledged $1 million in emergency assistance, "
     "and U.S. Marines based in Okinawa flew helicopters to help reach isolated villages, "
     "the U.S. Embassy said. Philippine President Ferdinand Marcos Jr. declared a state of "
     "national calamity and thanked Tokyo and Washington for their quick response. A second "
     "storm is forecast to hit northern Luzon early next week, the weather bureau said.",
     ("AID JPN>PHL", "AID USA>PHL", "SUPPORT PHL>JPN", "SUPPORT PHL>USA"),
     ("AGREE USA>PHL", "MOBILIZE JPN>PHL", "MOBILIZE USA>PHL")),
    ("belarus-drills",
     "VILNIUS, Lithuania (AP) - Russia and Belarus began joint military exercises near the "
     "Lithuanian and Polish borders on Monday, involving some 13,000 troops and "
     "nuclear-capable missile systems, Belarus' Defense Ministry said. Lithuanian President "
     "Gitanas Nauseda condemned the drills as a provocation and said his country would close "
     "its border with Belarus for the duration of the exercises. NATO has deployed "
     "additional fighter jets to the Baltic states, and Poland moved 40,000 soldiers to its "
     "eastern frontier, the Polish defense minister said. Moscow denied any aggressive "
     "intent, saying the drills were purely defensive. Analysts said the exercises could be "
     "used as cover for a buildup of forces. Belarus' authoritarian leader Alexander "
     "Lukashenko has ruled the country since 1994.",
     ("COOPERATE RUS>BLR", "ACCUSE LTU>RUS", "ACCUSE LTU>BLR", "MOBILIZE NATO>*",
      "MOBILIZE POL>*", "REJECT RUS>*"),
     ("MOBILIZE RUS>*", "MOBILIZE BLR>*", "SANCTION LTU>BLR", "COERCE LTU>BLR", "THREATEN LTU>BLR",
      "MOBILIZE NATO>-", "MOBILIZE POL>-")),
    ("drone-downed",
     "ALGIERS, Algeria (Reuters) - Algeria recalled its ambassador from Bamako on Sunday and "
     "closed its airspace to flights from Mali, a day after the Malian junta accused "
     "Algerian forces of shooting down one of its drones near the border. Mali's military "
     "government said the drone had been on a routine surveillance mission inside Malian "
     "territory and called the incident \"a hostile act\". Algeria's Defense Ministry said "
     "the aircraft had violated its airspace by two kilometers. Burkina Faso and Niger, "
     "Mali's partners in the Alliance of Sahel States, also withdrew their envoys from "
     "Algiers in solidarity. The African Union called on the two neighbors to resolve the "
     "dispute through dialogue. Algeria is Africa's largest country by area and a major gas "
     "supplier to Europe.",
     ("SANCTION DZA>MLI", "ACCUSE MLI>DZA", "SANCTION BFA>DZA",
      "SANCTION NER>DZA", "REQUEST AU>DZA", "REQUEST AU>MLI"),
     ("ASSAULT DZA>MLI", "ACCUSE DZA>MLI", "RETREAT DZA>MLI", "RETREAT BFA>DZA", "RETREAT NER>DZA",
      "COERCE DZA>MLI", "COOPERATE MLI>BFA", "COOPERATE MLI>NER")),
    ("caribbean-buildup",
     "CARACAS, Venezuela (AP) - Venezuela's government accused the United States on Tuesday "
     "of plotting a military invasion after a U.S. aircraft carrier arrived in the "
     "Caribbean. President Nicolas Maduro ordered the deployment of 200,000 troops along the "
     "coast and called on citizens to join militias. U.S. forces have struck at least 15 "
     "boats that Washington says were carrying drugs from Venezuela, killing more than 60 "
     "people since September. Secretary of State Marco Rubio said the strikes would continue "
     "and dismissed Maduro as the head of a \"narco-terrorist\" cartel. Brazil and Colombia "
     "criticized the buildup, while Trinidad and Tobago, whose prime minister backs the U.S. "
     "operation, allowed American warships to dock at Port of Spain. Oil prices were little "
     "changed.",
     ("ACCUSE VEN>USA", "MOBILIZE VEN>*", "ASSAULT USA>*", "ACCUSE USA>VEN",
      "ACCUSE BRA>USA", "ACCUSE COL>USA", "SUPPORT TTO>USA"),
     ("MOBILIZE USA>VEN", "MOBILIZE USA>-", "REQUEST VEN>VEN", "THREATEN USA>VEN",
      "CONCEDE TTO>USA", "COOPERATE TTO>USA", "REQUEST VEN>-", "ASSAULT USA>-")),
]

# Core events the coder does not find yet.
KNOWN_MISSES: dict[str, tuple[str, ...]] = {
    # "Defense lawyers" resolve to no actor
    "coup-plot-verdict": ("REJECT BRA>BRA",),
    # "The military seized power": the description takes the dateline's country
    "myanmar-sanctions": ("COERCE MMR>MMR",),
    # "the two neighbors" read as the last pair named (Burkina Faso and Niger), not the
    # two sides of the dispute
    "drone-downed": ("REQUEST AU>DZA", "REQUEST AU>MLI"),
    # the boat strikes' victims are guessed American; "Trinidad and Tobago, whose prime
    # minister backs ..., allowed" is parsed as a conjunct of Brazil and Colombia's verb
    # "Brazil and Colombia criticized the buildup": the noun is bound to the nearer
    # deployment (Maduro's troops), not the U.S. carrier the story is about


    # "criticized the buildup": the buildup is the carrier's arrival, which is no event,
    # so it is read as Maduro's deployment
    "caribbean-buildup": ("ASSAULT USA>*", "SUPPORT TTO>USA", "ACCUSE BRA>USA",
                          "ACCUSE COL>USA"),
}
# False events the coder still makes.
KNOWN_FALSE: dict[str, tuple[str, ...]] = {
    # "the center-right Christian Democrats" matched to the German party
    "coalition-talks": ("AGREE NLD>DEU", "CONSULT NLD>DEU"),
    # "The measures freeze any assets the individuals hold and bar them": "bar" is
    # parsed as a conjunct of the relative clause's verb and takes its subject; "The
    # military" is guessed Canadian
    "myanmar-sanctions": ("COERCE CAN>CAN", "COERCE CAN>MMR"),
    "drone-downed": ("REQUEST AU>BFA", "REQUEST AU>NER"),
    "caribbean-buildup": ("CONCEDE BRA>USA", "CONCEDE COL>USA", "SUPPORT BRA>USA",
                          "ACCUSE BRA>VEN", "ACCUSE COL>VEN"),
}


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings())


@pytest.fixture(scope="module")
def coded(coder):
    """Each article's events that count (not negated, not hypothetical), by id."""
    return {pid: [e for e in coder.code_text(Article(pid, text, published=PUBLISHED))
                  if not e.negated and not e.hypothetical]
            for pid, text, _, _ in ARTICLES}


@pytest.mark.parametrize(("pid", "text", "core", "optional"),
                         [pytest.param(*a, id=a[0]) for a in ARTICLES])
def test_fresh_article(coded, pid, text, core, optional):
    keys = {event_key(e) for e in coded[pid]}
    false, missed = article_errors(keys, core, optional, KNOWN_MISSES.get(pid, ()),
                                   KNOWN_FALSE.get(pid, ()))
    assert not false and not missed, f"false {false}; missed {missed}"


@pytest.mark.parametrize(("pid", "trigger"), [
    ("bolivia-runoff", "rallied"),  # "Bolivian bonds rallied": a market, no protest
    ("student-sit-in", "beat"),  # a football score
    ("typhoon-aid", "hit"),  # a storm forecast to hit Luzon
])
def test_fresh_article_non_events_stay_uncoded(coded, pid, trigger):
    assert not [e for e in coded[pid] if e.trigger == trigger]


@pytest.mark.parametrize(("pid", "key", "sectors"), [
    ("opposition-arrest", "COERCE UGA>UGA", ("COP", "OPP")),
    ("opposition-arrest", "RETREAT UGA>UGA", ("JUD", "OPP")),
    ("coup-plot-verdict", "SANCTION BRA>BRA", ("JUD", None)),
    ("student-sit-in", "REQUEST EU>SRB", ("IGO", "GOV")),
    ("myanmar-sanctions", "REQUEST ASEAN>MMR", ("IGO", "MIL")),
    ("bolivia-runoff", "PROTEST BOL>BOL", (None, "JUD")),  # the party's supporters
    ("caribbean-buildup", "ACCUSE USA>VEN", ("GOV", "GOV")),
])
def test_fresh_article_actor_sectors(coded, pid, key, sectors):
    found = {(e.source.sector, e.target.sector if e.target else None)
             for e in coded[pid] if event_key(e) == parse_key(key)}
    assert any(all(w is None or w == g for w, g in zip(sectors, f, strict=True))
               for f in found), f"{key}: {sorted(found, key=str)}"


def test_known_gaps_are_core_events_of_their_articles():
    cores = {pid: core for pid, _, core, _ in ARTICLES}
    assert all(set(keys) <= set(cores[pid]) for pid, keys in KNOWN_MISSES.items())
    assert len(ARTICLES) >= 12 and len(cores) == len(ARTICLES)
