"""Precision and recall on fresh articles, round 6: wire stories written for this test
(no gold item) about real events of 2017-2025, their expected events written down before
the coder was first run on them.

Thirteen AP/Reuters-style stories of kinds the earlier rounds had few of: a coup in
Central Africa, a border war in Central Asia, a court verdict against a Balkan leader, an
opposition candidate driven into exile in Latin America, riots and foreign police in the
Pacific, a prisoner swap, a Security Council vote ending a peacekeeping mission, a trade
quarrel fought with anti-dumping duties, a sanctions listing, a general strike in Africa,
unrest put down with a regional bloc's troops, a refugee flow and a treason verdict in
Southeast Asia. Each story carries its own publication date. Keys, ``core`` and
``optional`` are as in test_fresh_articles.py ("SUPPORT|AGREE" accepts either type);
what the coder still misses or gets wrong is in KNOWN_MISSES and KNOWN_FALSE, so that
every other core event and every other false event is a guard. The round's first run
found 43 of 83 core events with 49 of 90 records right (P 0.544, R 0.518; scored with
`eventwire eval` on the same keys); after the wording classes fixed from it (their own
tests are in test_fresh6_mechanisms.py) 54 core events with 64 of 89 right (P 0.719,
R 0.651).
"""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.config import Settings
from eventwire.pipeline import Coder
from eventwire.records import Article
from fresh_support import article_errors, event_key

pytestmark = pytest.mark.slow

# (id, published, text, core keys, optional keys)
ARTICLES: list[tuple[str, date, str, tuple[str, ...], tuple[str, ...]]] = [
    ("gabon-coup", date(2023, 8, 31),
     'LIBREVILLE, Gabon (Reuters) - Army officers in Gabon seized power in the early hours'
     ' of Wednesday and placed President Ali Bongo Ondimba under house arrest, minutes '
     'after the election commission declared him the winner of a third term. Appearing on '
     'the state broadcaster Gabon 24, a dozen officers said they were annulling the '
     "results of Saturday's vote, dissolving state institutions and closing the country's "
     "borders. One of Bongo's sons was arrested on charges of high treason, the officers "
     'said. On Thursday the junta named General Brice Oligui Nguema, the head of the '
     'republican guard, as transitional president. Crowds took to the streets of the '
     'capital to celebrate, singing the national anthem alongside soldiers. In a video '
     'filmed at his residence, Bongo urged his friends all over the world to make noise on'
     ' his behalf. The African Union suspended Gabon from all its activities, and France, '
     'the former colonial power which keeps about 400 troops in the country, condemned the'
     ' takeover. The Central African bloc ECCAS demanded a swift return to constitutional '
     'order. The opposition, which had said the election was fraudulent, called on the '
     'army to hand its candidate Albert Ondo Ossa the victory.',
     ("COERCE GAB>GAB", "SANCTION AU>GAB", "ACCUSE FRA>GAB", "REQUEST ECCAS>GAB",
      "REQUEST GAB>GAB"),
     ("ASSAULT GAB>GAB", "COERCE GAB>-", "REQUEST GAB>-", "MOBILIZE FRA>GAB",
      "ACCUSE GAB>GAB", "PROTEST GAB>GAB", "SUPPORT GAB>GAB")),
    ("kyrgyz-tajik-clash", date(2022, 9, 17),
     'BISHKEK (Reuters) - Kyrgyzstan and Tajikistan agreed on Friday to a ceasefire and to'
     ' pull back troops from their disputed border after two days of fighting that killed '
     'at least 24 people, the worst clashes between the Central Asian neighbours in '
     "decades. Kyrgyzstan's health ministry said 24 of its citizens had been killed and 87"
     ' wounded, and accused Tajik forces of shelling villages and an airport in the Batken'
     ' region with mortars and rocket launchers. Tajikistan said Kyrgyz troops had opened '
     'fire on its border posts first and that it had only returned fire. Kyrgyz President '
     'Sadyr Japarov and Tajik President Emomali Rakhmon, both attending a summit of the '
     'Shanghai Cooperation Organisation in Uzbekistan, met on the sidelines and told their'
     ' security chiefs to stop the fighting. Bishkek said it had evacuated more than '
     '136,000 people from the area. Russia, which has military bases in both countries, '
     'urged the two sides to take steps to resolve the dispute by peaceful means, and '
     'United Nations Secretary-General Antonio Guterres called for dialogue. About half of'
     ' the 970-km border is not demarcated, and disputes over water and pasture have '
     'caused frequent skirmishes.',
     ("AGREE KGZ>TJK", "ASSAULT TJK>KGZ", "ACCUSE KGZ>TJK", "CONSULT KGZ>TJK",
      "REQUEST RUS>KGZ", "REQUEST RUS>TJK"),
     ("RETREAT KGZ>TJK", "RETREAT TJK>KGZ", "ASSAULT KGZ>TJK", "ACCUSE TJK>KGZ",
      "REQUEST UN>KGZ", "REQUEST UN>TJK", "MOBILIZE RUS>KGZ", "MOBILIZE RUS>TJK",
      "REQUEST KGZ>KGZ", "REQUEST TJK>TJK")),
    ("dodik-verdict", date(2025, 2, 26),
     'SARAJEVO (Reuters) - A court in Bosnia sentenced Bosnian Serb leader Milorad Dodik '
     'on Wednesday to one year in prison and banned him from holding political office for '
     'six years for defying the decisions of the international envoy overseeing the '
     "country's peace agreement. The state court found Dodik, president of the Serb "
     'Republic, guilty of signing laws that suspended the rulings of the constitutional '
     'court and of High Representative Christian Schmidt in the Serb-dominated region. '
     'Dodik, who can appeal, called the verdict political and told thousands of supporters'
     ' gathered in the town of Banja Luka that the Serb Republic would no longer recognise'
     ' the state court and police. Serbian President Aleksandar Vucic flew to Banja Luka '
     'to show solidarity with him and said the ruling was an attack on the Serb people. '
     "Russia's foreign ministry condemned the verdict as politically motivated. The "
     "European Union's foreign policy chief Kaja Kallas urged calm and said all leaders "
     'must respect the decisions of Bosnian courts. The United States, which sanctioned '
     'Dodik in 2017 for obstructing the peace accord, said it welcomed the ruling.',
     ("SANCTION BIH>BIH", "REJECT BIH>BIH", "ACCUSE BIH>BIH", "CONSULT SRB>BIH",
      "SUPPORT SRB>BIH", "ACCUSE SRB>BIH", "ACCUSE RUS>BIH", "REQUEST EU>BIH",
      "SANCTION USA>BIH", "SUPPORT USA>BIH"),
     ("COERCE BIH>BIH", "REJECT BIH>-", "PROTEST BIH>BIH")),
    ("venezuela-gonzalez", date(2024, 9, 8),
     'CARACAS (AP) - Venezuelan opposition candidate Edmundo Gonzalez left the country for'
     ' Spain on Sunday, days after a judge issued a warrant for his arrest over his claim '
     'to have won the July presidential election. Vice President Delcy Rodriguez said the '
     'government had granted him safe conduct for the sake of political peace after he '
     "took refuge in the Spanish embassy in Caracas. Spain's Foreign Minister Jose Manuel "
     'Albares said Gonzalez had requested political asylum and that Madrid would grant it.'
     ' Prosecutors accuse the 75-year-old former diplomat of conspiracy, usurpation of '
     'functions and forgery after the opposition published tally sheets showing him '
     'beating President Nicolas Maduro by a wide margin. The electoral council, loyal to '
     'Maduro, declared the incumbent the winner without releasing detailed results. '
     "Opposition leader Maria Corina Machado, who remains in hiding, said Gonzalez's life "
     'had been in danger and vowed that he would return to be sworn in in January. The '
     'United States and several Latin American governments have refused to recognise '
     "Maduro's victory. Police arrested more than 2,000 people in the protests that "
     'followed the vote, and at least 24 people were killed.',
     ("COERCE|THREATEN VEN>VEN", "AID ESP>VEN", "ACCUSE VEN>VEN", "REJECT USA>VEN"),
     ("CONCEDE VEN>VEN", "RETREAT VEN>VEN", "REQUEST VEN>ESP", "ASSAULT VEN>VEN",
      "PROTEST VEN>VEN", "AGREE VEN>VEN", "THREATEN VEN>VEN")),
    ("solomon-riots", date(2021, 11, 26),
     'HONIARA, Solomon Islands (Reuters) - Australia began deploying police and troops to '
     'the Solomon Islands on Thursday after rioters defied a lockdown and torched '
     'buildings in the capital Honiara for a second day, demanding the resignation of '
     'Prime Minister Manasseh Sogavare. Protesters, many of them from the island of '
     'Malaita, set fire to a police station and shops in the Chinatown district and tried '
     'to storm parliament on Wednesday. Police fired tear gas and rubber bullets to '
     'disperse them. Sogavare, who imposed a 36-hour lockdown, said he would not step down'
     ' and blamed foreign powers for stirring up the unrest, an apparent reference to '
     "Taiwan. Malaita's premier Daniel Suidani has long opposed Sogavare's 2019 decision "
     'to switch diplomatic recognition from Taipei to Beijing. Australian Prime Minister '
     'Scott Morrison said Canberra had sent 23 federal police officers and up to 50 more '
     'would follow, along with 43 defence force personnel and a navy patrol boat, at '
     "Sogavare's request. Morrison said Australia was not taking sides in the country's "
     "internal affairs. China's foreign ministry said it was seriously concerned about "
     'attacks on Chinese citizens and businesses and urged the Solomon Islands government '
     'to protect them. Papua New Guinea said it would send 34 peacekeepers.',
     ("MOBILIZE|AID|COOPERATE AUS>SLB", "PROTEST SLB>SLB", "COERCE SLB>SLB",
      "REQUEST CHN>SLB", "MOBILIZE|AID|COOPERATE PNG>SLB"),
     ("REQUEST SLB>SLB", "ASSAULT SLB>SLB", "REJECT SLB>SLB", "ACCUSE SLB>TWN",
      "ACCUSE SLB>-", "REQUEST SLB>AUS", "ACCUSE CHN>SLB", "ASSAULT SLB>CHN",
      "ACCUSE SLB>SLB", "REJECT SLB>TWN", "SANCTION SLB>TWN", "AID AUS>SLB",
      "COOPERATE AUS>SLB", "AID PNG>SLB", "COOPERATE PNG>SLB")),
    ("griner-bout-swap", date(2022, 12, 9),
     'WASHINGTON (Reuters) - Russia freed U.S. basketball star Brittney Griner on Thursday'
     ' in exchange for Russian arms dealer Viktor Bout, in a prisoner swap on the tarmac '
     'of Abu Dhabi airport that was brokered by the United Arab Emirates and Saudi Arabia.'
     " President Joe Biden, speaking at the White House with Griner's wife beside him, "
     'said Griner was safe and on her way home after months of being unjustly detained. '
     'Griner was arrested at a Moscow airport in February with vape cartridges containing '
     'cannabis oil and sentenced to nine years in a penal colony. Bout, dubbed the '
     'Merchant of Death, had served 12 years of a 25-year sentence in the United States '
     'for conspiring to kill Americans. Biden said Washington had not given up on Paul '
     'Whelan, a former Marine held in Russia since 2018, whom Moscow refused to include in'
     " the deal. Russia's foreign ministry confirmed the exchange, and Bout told state "
     'television that he had been woken up in the middle of the night and told he was '
     'going home. Republican lawmakers criticised the swap, saying it would encourage '
     'hostile governments to take Americans hostage. The Kremlin said the deal showed that'
     ' Moscow and Washington could still find compromises despite the war in Ukraine.',
     ("RETREAT RUS>USA", "RETREAT USA>RUS", "COERCE RUS>USA", "REJECT RUS>USA",
      "ACCUSE USA>USA"),
     ("CONSULT ARE>USA", "CONSULT ARE>RUS", "CONSULT SAU>USA", "CONSULT SAU>RUS",
      "ACCUSE USA>RUS", "SANCTION RUS>USA", "SANCTION USA>RUS", "COERCE USA>RUS",
      "AGREE RUS>USA", "ASSAULT RUS>UKR")),
    ("unsc-mali-mission", date(2023, 7, 1),
     'UNITED NATIONS (AP) - The U.N. Security Council voted unanimously on Friday to end '
     "the decade-old peacekeeping mission in Mali, after the country's military junta "
     'abruptly demanded that the 13,000-strong force leave without delay. The resolution '
     'drafted by France orders the mission, known as MINUSMA, to halt its operations '
     'immediately and withdraw all troops and civilian staff by the end of the year. '
     "Mali's Foreign Minister Abdoulaye Diop told the council two weeks ago that the "
     'mission had failed to respond to the security situation and accused it of fuelling '
     'community tensions. U.N. officials warned that the pullout would leave a security '
     'vacuum in the north and centre, where groups linked to al Qaeda and Islamic State '
     'carry out frequent attacks on civilians. More than 170 peacekeepers have been killed'
     ' in hostile acts since 2013, making it the deadliest U.N. mission in the world. The '
     'junta, which seized power in coups in 2020 and 2021, has expelled French troops and '
     "turned to Russia's Wagner Group for help fighting the insurgents. U.S. Deputy "
     'Ambassador Robert Wood said Washington regretted the decision but would continue to '
     'support the people of Mali.',
     ("RETREAT|CONCEDE UNSC>MLI", "REQUEST MLI>UN", "ACCUSE MLI>UN",
      "SANCTION|COERCE MLI>FRA", "COOPERATE|REQUEST MLI>RUS", "AID|SUPPORT USA>MLI"),
     ("REQUEST MLI>UNSC", "ACCUSE MLI>UNSC", "CONSULT MLI>UNSC", "THREATEN UN>-",
      "ASSAULT MLI>MLI", "ASSAULT MLI>UN", "COERCE MLI>MLI", "AID RUS>MLI",
      "ACCUSE USA>MLI", "ACCUSE USA>UNSC", "CONCEDE UNSC>MLI", "COERCE MLI>FRA",
      "REQUEST MLI>RUS", "SUPPORT USA>MLI")),
    ("brandy-duties", date(2024, 10, 9),
     'BEIJING (Reuters) - China will require importers of brandy from the European Union '
     'to pay deposits of up to 39% from Friday, its commerce ministry said on Tuesday, '
     'days after the bloc voted to impose steep tariffs on Chinese-made electric vehicles.'
     ' The measure, which follows an anti-dumping investigation launched in January, will '
     'hit mainly French cognac makers such as Hennessy, Remy Martin and Pernod Ricard. '
     'Beijing also said it was considering raising tariffs on large-engined imported cars '
     'and had opened an inquiry into subsidies for EU dairy products. The European '
     'Commission said it would challenge the brandy duties at the World Trade '
     'Organization, calling them unfounded. French Trade Minister Sophie Primas said the '
     'move was an obvious retaliation and urged Brussels to defend the sector. EU member '
     'states voted on Friday to impose duties of up to 35.3% on Chinese electric vehicles '
     'for five years, with Germany, which fears a trade war, voting against. Chinese and '
     'EU negotiators are still discussing a possible price undertaking as an alternative '
     'to the tariffs, the commission said. Shares in Remy Cointreau fell 7% in Paris.',
     ("SANCTION CHN>EU", "SANCTION EU>CHN", "ACCUSE CHN>EU", "ACCUSE EU>CHN",
      "ACCUSE FRA>CHN", "REQUEST FRA>EU", "CONSULT CHN>EU"),
     ("SANCTION CHN>FRA", "THREATEN CHN>EU", "REJECT DEU>EU")),
    ("settler-sanctions", date(2024, 2, 2),
     'WASHINGTON (Reuters) - President Joe Biden issued an executive order on Thursday '
     'imposing financial sanctions on four Israeli settlers accused of violence against '
     'Palestinians in the occupied West Bank, a rare step against citizens of a close '
     'ally. The order blocks any assets the men hold in the United States and bars '
     'Americans from dealing with them. The State Department said one of the men had led a'
     ' riot that set fire to buildings and vehicles and assaulted Palestinian civilians, '
     'and another had attacked activists and Palestinian farmers with stones. Biden said '
     'settler violence had reached intolerable levels and posed a grave threat to peace '
     "and stability in the region. Prime Minister Benjamin Netanyahu's office rejected the"
     ' measure, saying the overwhelming majority of settlers were law-abiding citizens and'
     ' that Israel acts against all lawbreakers. Finance Minister Bezalel Smotrich, '
     'himself a settler, called the sanctions an antisemitic lie. The Palestinian foreign '
     'ministry welcomed the move but said it was insufficient. Britain said it was '
     'preparing similar measures against violent settlers. More than 370 Palestinians have'
     ' been killed in the West Bank since October 7, according to the Palestinian health '
     'ministry.',
     ("SANCTION USA>ISR", "ASSAULT ISR>PSE", "ACCUSE USA>ISR", "REJECT ISR>USA",
      "ACCUSE ISR>USA", "SUPPORT PSE>USA"),
     ("PROTEST ISR>PSE", "ACCUSE PSE>USA", "SANCTION GBR>ISR", "THREATEN GBR>ISR",
      "ASSAULT PSE>ISR")),
    ("nigeria-wage-strike", date(2024, 6, 3),
     'ABUJA (Reuters) - Nigerian workers shut down the national grid, airports and '
     'government offices on Monday at the start of an indefinite general strike called by '
     "the country's two largest unions to demand a higher minimum wage. The Nigeria Labour"
     ' Congress and the Trade Union Congress are asking the government to raise the '
     'monthly minimum wage to 494,000 naira from 30,000 naira, saying soaring inflation '
     'and the removal of a fuel subsidy by President Bola Tinubu last year have left '
     'workers unable to feed their families. The government has offered 60,000 naira, '
     'which the unions rejected as an insult. Striking workers locked the gates of the '
     'national assembly in Abuja and flights were grounded at the Lagos and Abuja airports'
     ' after aviation unions joined the action. Information Minister Mohammed Idris said '
     'the strike was illegal and urged the unions to return to the negotiating table. A '
     'court last week barred the unions from striking, but labour leaders said they had '
     'not been served with the order. Late on Monday, union leaders met Senate President '
     'Godswill Akpabio and agreed to suspend the strike for a week after the government '
     'promised to raise its offer.',
     ("PROTEST NGA>NGA", "REQUEST NGA>NGA", "REJECT NGA>NGA", "ACCUSE NGA>NGA",
      "COERCE NGA>NGA", "CONSULT NGA>NGA", "AGREE NGA>NGA"),
     ("CONCEDE NGA>NGA", "RETREAT NGA>NGA")),
    ("kazakhstan-unrest", date(2022, 1, 7),
     'ALMATY, Kazakhstan (Reuters) - Kazakh President Kassym-Jomart Tokayev said on Friday'
     ' he had authorised security forces to shoot to kill without warning, as Russian-led '
     "troops arrived to help quell the worst unrest in the country's three decades of "
     'independence. Tokayev, who had asked the Collective Security Treaty Organisation for'
     ' help on Wednesday, rejected calls for talks with the protesters, calling them '
     'bandits and terrorists who must be destroyed. Dozens of protesters and 18 members of'
     ' the security forces have been killed since demonstrations over a sharp rise in fuel'
     ' prices turned violent, with crowds storming and setting fire to government '
     'buildings in Almaty. Police detained about 3,000 people, the interior ministry said.'
     ' The CSTO said it was sending about 2,500 troops, mostly Russian paratroopers, to '
     'guard state facilities. Tokayev also sacked his government and removed former '
     'president Nursultan Nazarbayev as head of the security council. U.S. Secretary of '
     'State Antony Blinken questioned why Kazakhstan needed the deployment and urged '
     "restraint, while China's President Xi Jinping praised Tokayev's strong measures. "
     'Internet access remained largely cut off across the country.',
     ("THREATEN|COERCE KAZ>KAZ", "MOBILIZE|AID|COOPERATE RUS>KAZ",
      "MOBILIZE|AID|COOPERATE CSTO>KAZ", "REQUEST KAZ>CSTO", "REJECT KAZ>KAZ",
      "ASSAULT KAZ>KAZ", "PROTEST KAZ>KAZ", "COERCE KAZ>KAZ", "REQUEST USA>KAZ",
      "SUPPORT CHN>KAZ"),
     ("ACCUSE KAZ>KAZ", "ACCUSE USA>KAZ", "AID RUS>KAZ", "COOPERATE RUS>KAZ",
      "AID CSTO>KAZ", "COOPERATE CSTO>KAZ")),
    ("darfur-refugees-chad", date(2023, 7, 14),
     "ADRE, Chad (Reuters) - More than 20,000 people fled into Chad from Sudan's Darfur "
     'region in the past week, the U.N. refugee agency said on Friday, as reports grew of '
     'ethnically targeted killings by the paramilitary Rapid Support Forces and allied '
     'Arab militias in West Darfur. UNHCR said many of the new arrivals at the border town'
     ' of Adre had gunshot wounds and told of fighters going house to house in El Geneina,'
     ' shooting men and boys from the Masalit community. Chad has taken in about 200,000 '
     'Sudanese refugees since fighting erupted between the Sudanese army and the RSF in '
     'mid-April, the agency said, and appealed to donors for more funds as the rainy '
     'season threatens to cut off roads to camps. The RSF denied involvement in the '
     "killings and blamed tribal clashes. The International Criminal Court's prosecutor "
     'Karim Khan told the Security Council on Thursday that his office had opened an '
     'investigation into the latest violence in Darfur. The United States and Britain '
     'called on both warring parties to respect a ceasefire brokered in Jeddah and allow '
     'aid to reach civilians. The World Food Programme said it had begun trucking food to '
     'the camps in eastern Chad.',
     ("ASSAULT SDN>SDN", "AID TCD>SDN", "ACCUSE ICC>SDN", "REQUEST USA>SDN",
      "REQUEST GBR>SDN"),
     ("REQUEST UNHCR>-", "REJECT SDN>-", "REJECT SDN>UNHCR", "ACCUSE SDN>SDN",
      "CONSULT ICC>UNSC", "AID WFP>TCD", "AID WFP>SDN", "AGREE SDN>SDN",
      "CONSULT SAU>SDN")),
    ("kem-sokha-verdict", date(2023, 3, 3),
     'PHNOM PENH (AP) - A court in Cambodia on Friday sentenced opposition leader Kem '
     'Sokha to 27 years of house arrest for treason, a verdict rights groups said was '
     "designed to sideline Prime Minister Hun Sen's critics ahead of July elections. The "
     'Phnom Penh Municipal Court found that Kem Sokha, co-founder of the dissolved '
     'Cambodia National Rescue Party, had conspired with the United States to topple the '
     'government, citing a 2013 speech in which he said he had received American advice. '
     "He was also barred from running for office or voting. Kem Sokha's lawyers said they "
     'would appeal and called the charges baseless. The U.S. Embassy said the case was '
     'based on a fabricated conspiracy and urged the authorities to release him. Police '
     'had arrested Kem Sokha in a midnight raid on his home in 2017, and the Supreme Court'
     " dissolved his party months later, allowing Hun Sen's ruling party to win every seat"
     ' in the 2018 vote. Human Rights Watch called the verdict a travesty of justice. '
     'Australia and the European Union also criticised the ruling, while a government '
     "spokesman said foreign countries should not interfere in Cambodia's courts.",
     ("SANCTION KHM>KHM", "COERCE KHM>KHM", "ACCUSE KHM>KHM", "ACCUSE USA>KHM",
      "REQUEST USA>KHM", "ACCUSE AUS>KHM", "ACCUSE EU>KHM"),
     ("ACCUSE KHM>USA", "REQUEST KHM>-", "REJECT KHM>-", "REJECT KHM>AUS",
      "REJECT KHM>EU", "REJECT KHM>USA", "REQUEST KHM>AUS", "REQUEST KHM>EU",
      "REQUEST KHM>USA")),
]

# Core events the coder still misses, with their causes.
KNOWN_MISSES: dict[str, tuple[str, ...]] = {
    # "The opposition, which had said ..., called on the army to hand ...": no call coded
    # after the relative clause
    "gabon-coup": ("REQUEST GAB>GAB",),
    # "accused Tajik forces of shelling villages": the accused act is flagged as alleged
    "kyrgyz-tajik-clash": ("ASSAULT TJK>KGZ",),
    # "flew to Banja Luka to show solidarity": a trip to a city of the other state is no
    # visit; "said the ruling was an attack on the Serb people": a ruling called an attack
    "dodik-verdict": ("CONSULT SRB>BIH", "ACCUSE SRB>BIH"),
    # "Madrid would grant it": the asylum is named by a pronoun
    "venezuela-gonzalez": ("AID ESP>VEN",),
    # "rioters defied a lockdown and torched buildings": the torching conjunct is not coded
    "solomon-riots": ("PROTEST SLB>SLB",),
    # "in exchange for Russian arms dealer Viktor Bout": a release named by "exchange"
    "griner-bout-swap": ("RETREAT USA>RUS",),
    # "voted to end the peacekeeping mission": ending a mission is no withdrawal the
    # lexicon knows; the mission ("the 13,000-strong force", "MINUSMA") is no UN actor;
    # "has expelled French troops": troops expelled are not read as an expulsion;
    # "turned to Russia's Wagner Group for help"
    "unsc-mali-mission": ("RETREAT|CONCEDE UNSC>MLI", "REQUEST MLI>UN", "ACCUSE MLI>UN",
                          "SANCTION|COERCE MLI>FRA", "COOPERATE|REQUEST MLI>RUS"),
    # "require importers of brandy from the EU to pay deposits": a duty told as a
    # requirement on importers; "tariffs on Chinese-made electric vehicles": the
    # "X-made" adjective is no actor; "an inquiry into subsidies for EU dairy products",
    # "would challenge ... at the WTO", "an obvious retaliation", "are still discussing"
    "brandy-duties": ("SANCTION CHN>EU", "SANCTION EU>CHN", "ACCUSE CHN>EU",
                      "ACCUSE EU>CHN", "ACCUSE FRA>CHN", "CONSULT CHN>EU"),
    # "settlers accused of violence", "had led a riot that ... assaulted": acts told as
    # allegations; "settler violence had reached intolerable levels"; "called the
    # sanctions an antisemitic lie"; "welcomed the move": the move's author is not found
    "settler-sanctions": ("ASSAULT ISR>PSE", "ACCUSE USA>ISR", "ACCUSE ISR>USA",
                          "SUPPORT PSE>USA"),
    # "workers shut down ... at the start of an indefinite general strike called by the
    # unions"; "agreed to suspend the strike" after "met ... and"
    "nigeria-wage-strike": ("PROTEST NGA>NGA", "AGREE NGA>NGA"),
    # "Dozens of protesters ... have been killed": an agentless passive; "questioned why
    # ... and urged restraint": a call for restraint read as one to both sides
    "kazakhstan-unrest": ("ASSAULT KAZ>KAZ", "REQUEST USA>KAZ"),
    # "ethnically targeted killings by the paramilitary Rapid Support Forces": a killing
    # noun with its agent
    "darfur-refugees-chad": ("ASSAULT SDN>SDN",),
    # "said they would appeal and called the charges baseless"; "said the case was based
    # on a fabricated conspiracy"
    "kem-sokha-verdict": ("ACCUSE KHM>KHM", "ACCUSE USA>KHM"),
}
# False events the coder still makes.
KNOWN_FALSE: dict[str, tuple[str, ...]] = {
    # "officers said they were ... closing the country's borders": "they" taken as France
    "gabon-coup": ("COERCE FRA>GAB",),
    # "agreed ... to pull back troops", "told their security chiefs to stop the
    # fighting": withdrawals with no target
    "kyrgyz-tajik-clash": ("RETREAT KGZ>-", "RETREAT TJK>-"),
    # "Gonzalez had requested political asylum": the asylum's giver is not found
    "venezuela-gonzalez": ("REQUEST VEN>VEN",),
    # "Malaita's premier" placed by the Taipei named later in the sentence; "said it would
    # send": the pledge coded beside the deployment; "would not step down" aimed at
    # Australia; "demanding the resignation" given the main clause's subject
    "solomon-riots": ("ACCUSE TWN>SLB", "AGREE PNG>SLB", "REJECT SLB>AUS",
                      "REQUEST AUS>SLB"),
    # "for conspiring to kill Americans": a charge read as an act; "it would encourage
    # hostile governments to take Americans hostage": encouraging read as a call
    "griner-bout-swap": ("ASSAULT RUS>USA", "REQUEST USA>RUS"),
    # "accused it of fuelling": "it" taken as France, which drafted the resolution;
    # "peacekeepers have been killed", "The junta ... seized power": placed in France
    "unsc-mali-mission": ("ACCUSE MLI>FRA", "ASSAULT FRA>FRA", "COERCE FRA>FRA"),
    # the inquiry into EU products aimed at France; "with Germany ... voting against":
    # Germany taken as the duties' target and France as what was voted against
    "brandy-duties": ("ACCUSE CHN>FRA", "REJECT EU>FRA", "SANCTION EU>DEU"),
    # "welcomed the move": aimed at the minister named in the sentence before
    "settler-sanctions": ("SUPPORT PSE>ISR",),
    # "agreed to suspend the strike": a stand-down with no target
    "nigeria-wage-strike": ("RETREAT NGA>-",),
    # "troops arrived to help quell the worst unrest": quelling read as coercion by
    # Russia, of Kazakhstan; since the merge of session 9's dateline change ("ALMATY,
    # Kazakhstan" no longer counts as a state of the story) the unrest's country is taken
    # as Russia itself (RUS>RUS): a merge interaction left for the next session
    "kazakhstan-unrest": ("COERCE RUS>RUS",),
    # "the agency said, and appealed to donors": the appeal given to Chad; "both warring
    # parties" read as Chad and Sudan; "denied involvement" answered to Chad
    "darfur-refugees-chad": ("REJECT SDN>TCD", "REQUEST GBR>TCD", "REQUEST TCD>SDN",
                             "REQUEST USA>TCD"),
    # the gold left out non-governmental actors ("Human Rights Watch called the verdict a
    # travesty"); "allowing Hun Sen's ruling party to win": a result read as a concession
    "kem-sokha-verdict": ("ACCUSE HRW>KHM", "CONCEDE KHM>KHM"),
}


@pytest.fixture(scope="module")
def coded():
    """Each article's events that count (not negated, not hypothetical), by id."""
    coder = Coder(Settings())
    return {pid: [e for e in coder.code_text(Article(pid, text, published=published))
                  if not e.negated and not e.hypothetical]
            for pid, published, text, _, _ in ARTICLES}


@pytest.mark.parametrize(("pid", "core", "optional"),
                         [pytest.param(a[0], a[3], a[4], id=a[0]) for a in ARTICLES])
def test_fresh_article(coded, pid, core, optional):
    keys = {event_key(e) for e in coded[pid]}
    false, missed = article_errors(keys, core, optional, KNOWN_MISSES.get(pid, ()),
                                   KNOWN_FALSE.get(pid, ()))
    assert not false and not missed, f"false {false}; missed {missed}"


@pytest.mark.parametrize(("pid", "trigger"), [
    ("brandy-duties", "fell"),  # shares fell
    ("griner-bout-swap", "woken"),  # woken up in the middle of the night
])
def test_fresh_article_non_events_stay_uncoded(coded, pid, trigger):
    assert not [e for e in coded[pid] if e.trigger == trigger]


def test_known_gaps_are_core_events_of_their_articles():
    cores = {pid: core for pid, _, _, core, _ in ARTICLES}
    assert all(set(keys) <= set(cores[pid]) for pid, keys in KNOWN_MISSES.items())
    assert len(ARTICLES) >= 12 and len(cores) == len(ARTICLES)
    assert all(1000 <= len(text) <= 1600 for _, _, text, _, _ in ARTICLES)
