"""Precision and recall on fresh articles, round 4: wire stories written for this test
(no gold item), from regions and on topics earlier rounds covered less.

Twelve AP/Reuters/AFP-style stories from South and Southeast Asia, Latin America, the
Horn of Africa, the Gulf, the Balkans and the Caucasus: a ceasefire and its violation, a
mass arrest and an extradition request, hostages and prisoners freed, a water-cannon
incident at sea, a mass extradition, a foreign force arriving, a truce accepted and
rejected, an ambassador recalled, a tanker seized, border crossings reopened. They mix
events with sentences that carry none (trade, weather, prices, elections), passives
without an agent ("were abducted"), negation ("did not comment"), descriptions ("the
junta", "the group", "the move"), reported speech and coordination. Keys, ``core`` and
``optional`` are as in test_fresh_articles.py; what the coder still misses or gets wrong
is in KNOWN_MISSES and KNOWN_FALSE, so that every other core event and every other false
event is a guard.
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
    ("pak-afghan-ceasefire",
     "ISLAMABAD (Reuters) - Pakistan accused Afghan Taliban forces on Monday of "
     "violating a ceasefire agreed last week, saying they had fired mortars at a "
     "border post in the Kurram district and wounded three soldiers. The Taliban "
     "administration in Kabul denied the charge and said Pakistani troops had opened "
     "fire first. The two sides agreed to the truce in Doha on Oct. 19 after days of "
     "clashes that killed dozens of people. Qatar and Turkey, which mediated the "
     "talks, urged both governments to respect the deal. Pakistan has kept its main "
     "border crossing at Torkham closed since the fighting began. Thousands of trucks "
     "loaded with fruit were stranded on both sides.",
     ("ACCUSE PAK>AFG", "ASSAULT AFG>PAK", "REJECT AFG>PAK", "AGREE PAK>AFG", "REQUEST QAT>PAK",
      "REQUEST QAT>AFG", "REQUEST TUR>PAK", "REQUEST TUR>AFG", "COERCE PAK>AFG"),
     ("ACCUSE AFG>PAK", "SANCTION PAK>AFG", "ASSAULT PAK>AFG", "RETREAT PAK>AFG",
      "RETREAT AFG>PAK", "CONSULT PAK>AFG", "COOPERATE QAT>PAK", "COOPERATE QAT>AFG",
      "COOPERATE TUR>PAK", "COOPERATE TUR>AFG", "CONSULT QAT>*", "CONSULT TUR>*",
      "COERCE PAK>-")),
    ("bangladesh-arrests",
     "DHAKA, Bangladesh (AP) - Bangladeshi police arrested more than 1,200 people in "
     "an overnight crackdown after supporters of the banned Awami League clashed with "
     "students in the capital, officials said on Thursday. Home Affairs Adviser "
     "Jahangir Alam Chowdhury said those detained included several former lawmakers. "
     "The Awami League, whose leader Sheikh Hasina fled to India in August 2024, "
     "condemned the arrests as political revenge. Human Rights Watch urged the "
     "interim government to release anyone held without charge. Dhaka has repeatedly "
     "asked New Delhi to extradite Hasina, who was sentenced to death in absentia "
     "last month. India has not responded to the requests. Heavy rain flooded parts "
     "of the city on Wednesday.",
     ("COERCE BGD>BGD", "ASSAULT BGD>BGD", "ACCUSE BGD>BGD", "REQUEST BGD>IND",
      "SANCTION BGD>BGD", "REQUEST HRW>BGD"),
     ("REQUEST *>BGD", "REQUEST -->BGD", "AID IND>BGD", "RETREAT BGD>IND", "COERCE BGD>-",
      "REJECT IND>BGD", "ASSAULT BGD>-")),
    ("myanmar-hostages",
     "BANGKOK (AFP) - An ethnic armed group in eastern Myanmar freed 14 Thai workers "
     "on Saturday who had been held for two months, Thailand's foreign ministry said. "
     "The Karen National Liberation Army handed the men over to Thai officials at a "
     "border checkpoint near Mae Sot. Thai Foreign Minister Sihasak Phuangketkeow "
     "thanked the group and said Bangkok had not paid a ransom. The workers were "
     "abducted in September from a construction site on the Myanmar side of the Moei "
     "river. Myanmar's military government did not comment. The junta has been "
     "battling rebel groups along the border since it seized power in 2021.",
     ("RETREAT MMR>THA", "SUPPORT THA>MMR", "ASSAULT MMR>THA", "ASSAULT MMR>MMR"),
     ("RETREAT MMR>-", "COOPERATE MMR>THA", "COERCE MMR>MMR", "COERCE MMR>THA", "ASSAULT MMR>-")),
    ("philippines-shoal",
     "MANILA, Philippines (AP) - A Chinese coast guard ship fired a water cannon at a "
     "Philippine fisheries vessel near Scarborough Shoal on Sunday, damaging its "
     "mast, the Philippine Coast Guard said. Manila summoned China's deputy "
     "ambassador and lodged a diplomatic protest, the Department of Foreign Affairs "
     "said in a statement. China's coast guard said it had expelled the vessel after "
     "it illegally entered Chinese waters. Japan and Australia expressed concern over "
     "the incident and called for restraint. The United States reaffirmed that its "
     "mutual defense treaty with the Philippines covers attacks on Philippine coast "
     "guard ships. The shoal has been under Chinese control since a standoff in 2012.",
     ("ASSAULT CHN>PHL", "ACCUSE PHL>CHN", "COERCE CHN>PHL"),
     # "called for restraint" names no addressee: the gold leaves such calls uncoded
     ("REQUEST JPN>*", "REQUEST AUS>*", "ACCUSE CHN>PHL", "SUPPORT USA>PHL", "CONSULT PHL>CHN",
      "ACCUSE JPN>CHN",
      "ACCUSE AUS>CHN", "THREATEN USA>CHN", "AGREE USA>PHL", "COOPERATE USA>PHL",
      "REQUEST JPN>-", "REQUEST AUS>-", "COERCE CHN>-", "ACCUSE JPN>-", "ACCUSE AUS>-",
      "SANCTION PHL>CHN")),
    ("colombia-eln",
     "BOGOTA, Colombia (Reuters) - Colombia's ELN rebels released two soldiers they "
     "had held for three weeks in the northeastern province of Arauca, the "
     "ombudsman's office said on Tuesday. The soldiers were handed to a humanitarian "
     "commission that included delegates of the International Committee of the Red "
     "Cross. President Gustavo Petro suspended peace talks with the group in January "
     "after it launched an offensive in the Catatumbo region that killed more than 80 "
     "people. Defense Minister Pedro Sanchez said the military would keep up "
     "operations against the ELN. The group did not say whether it would free other "
     "captives.",
     ("RETREAT COL>COL", "SANCTION COL>COL", "ASSAULT COL>*"),
     ("REJECT COL>COL", "ASSAULT COL>-", "COOPERATE COL>ICRC", "RETREAT COL>ICRC",
      "THREATEN COL>COL", "MOBILIZE COL>COL", "ASSAULT COL>COL", "RETREAT COL>-",
      "COERCE COL>COL")),
    ("mexico-extradition",
     "MEXICO CITY (AP) - Mexico extradited 26 alleged cartel members to the United "
     "States on Tuesday, the second mass transfer this year, as President Claudia "
     "Sheinbaum seeks to ease pressure from Washington over drug trafficking. "
     "Attorney General Ernestina Godoy said the men were wanted by U.S. courts on "
     "charges including drug smuggling and murder. U.S. Attorney General Pam Bondi "
     "praised Mexico's cooperation. Sheinbaum has rejected any U.S. military action "
     "on Mexican soil, but her government has sent 10,000 National Guard troops to "
     "the northern border. President Donald Trump has threatened to impose tariffs of "
     "30% on Mexican goods.",
     ("COOPERATE MEX>USA", "SUPPORT USA>MEX", "REJECT MEX>USA", "THREATEN USA>MEX",
      "MOBILIZE MEX>*"),
     ("MOBILIZE MEX>-", "ACCUSE USA>MEX", "COERCE USA>MEX", "ACCUSE MEX>-", "RETREAT MEX>USA",
      "CONCEDE MEX>USA", "SANCTION USA>MEX", "MOBILIZE MEX>USA")),
    ("haiti-force",
     "PORT-AU-PRINCE, Haiti (AP) - The first contingent of a new U.N.-backed force "
     "arrived in Haiti on Friday to fight the gangs that control most of the capital. "
     "About 200 soldiers from Kenya and Guatemala landed at the airport, which "
     "reopened last month after gunfire forced it to close. Gang leader Jimmy "
     "Cherizier threatened to attack the troops if they entered his territory. "
     "Haiti's transitional council welcomed the soldiers and asked donors to fund the "
     "mission. Gangs killed more than 4,000 people in the first half of the year, the "
     "U.N. said. Haiti has not held an election since 2016.",
     ("MOBILIZE KEN>HTI", "MOBILIZE GTM>HTI", "SUPPORT HTI>*", "REQUEST HTI>*",
      "ASSAULT HTI>HTI"),
     ("THREATEN HTI>KEN", "THREATEN HTI>GTM", "AID KEN>HTI", "AID GTM>HTI", "ASSAULT HTI>-",
      "REQUEST HTI>-", "SUPPORT HTI>KEN", "SUPPORT HTI>GTM", "COOPERATE KEN>HTI",
      "COOPERATE GTM>HTI", "MOBILIZE KEN>-", "MOBILIZE GTM>-", "ACCUSE UN>HTI")),
    ("sudan-truce",
     "PORT SUDAN, Sudan (Reuters) - Sudan's paramilitary Rapid Support Forces said on "
     "Thursday it had accepted a humanitarian truce proposed by the United States, "
     "Saudi Arabia, Egypt and the United Arab Emirates. The army-led government in "
     "Port Sudan rejected the plan, saying it would let the RSF regroup. Hours after "
     "the announcement, RSF drones struck a power station in Atbara, cutting "
     "electricity to the city. The RSF seized the city of El Fasher last month after "
     "an 18-month siege. The U.N. refugee agency said more than 90,000 people had "
     "fled the city. The war, which began in April 2023, has displaced about 12 "
     "million people.",
     ("REJECT SDN>*", "ASSAULT SDN>SDN", "COERCE SDN>SDN"),
     ("AGREE SDN>USA", "AGREE SDN>SAU", "AGREE SDN>EGY", "AGREE SDN>ARE", "CONCEDE SDN>*",
      "REJECT SDN>-", "ASSAULT SDN>-", "COERCE SDN>-", "ASSAULT SDN>*", "AGREE SDN>-",
      "REQUEST USA>SDN", "REQUEST SAU>SDN", "REQUEST EGY>SDN", "REQUEST ARE>SDN",
      "ACCUSE SDN>SDN")),
    ("somalia-ethiopia",
     "MOGADISHU, Somalia (AFP) - Somalia recalled its ambassador to Ethiopia on "
     "Wednesday and accused Addis Ababa of arming a regional militia in the "
     "southwestern Gedo region, the foreign ministry said. Ethiopia's government "
     "rejected the accusation as baseless. Relations between the neighbours improved "
     "last year after Turkish mediation ended a dispute over a port deal between "
     "Ethiopia and the breakaway region of Somaliland. Ethiopian troops serve in the "
     "African Union mission that helps Somali forces fight the al Shabaab militant "
     "group. The AU urged both countries to settle their differences through "
     "dialogue.",
     ("SANCTION SOM>ETH", "ACCUSE SOM>ETH", "REJECT ETH>SOM", "REQUEST AU>SOM",
      "REQUEST AU>ETH"),
     ("RETREAT SOM>ETH", "AID ETH>SOM", "COOPERATE ETH>SOM", "AID ETH>-", "ASSAULT SOM>SOM",
      "ASSAULT ETH>SOM", "CONSULT TUR>*", "AGREE ETH>SOM", "COOPERATE AU>SOM", "AID AU>SOM",
      "ASSAULT AU>SOM", "COOPERATE SOM>ETH")),
    ("iran-tanker",
     "DUBAI (Reuters) - Iran's Revolutionary Guards seized a foreign oil tanker in "
     "the Strait of Hormuz on Friday, accusing it of smuggling fuel, Iranian state "
     "media reported. The Marshall Islands-flagged ship was taken to the port of "
     "Bandar Abbas and its 21 crew members were detained, the Tasnim news agency "
     "said. The U.S. Navy's Fifth Fleet said it was monitoring the situation and "
     "called on Iran to release the vessel immediately. Tehran has seized several "
     "tankers since 2019. Oil prices rose more than 1% after the news. Iran's foreign "
     "minister is due to visit Oman next week.",
     ("COERCE IRN>MHL", "ACCUSE IRN>MHL", "REQUEST USA>IRN"),
     ("COERCE IRN>-", "ACCUSE IRN>-", "COERCE IRN>*", "ACCUSE IRN>*", "CONSULT IRN>OMN")),
    ("serbia-kosovo",
     "PRISTINA, Kosovo (AP) - Kosovo reopened two border crossings with Serbia on "
     "Monday that had been closed for three weeks after a shooting that killed a "
     "Kosovo police officer, the interior ministry said. Kosovo Prime Minister Albin "
     "Kurti said the decision followed a request by the European Union. NATO "
     "peacekeepers, who had stepped up patrols in the north, will stay at the "
     "crossings. Serbian President Aleksandar Vucic welcomed the move but said Kosovo "
     "still had to allow Serbs to use the dinar. Pristina blames Belgrade for the "
     "attack, which Serbia denies. Snow closed several mountain roads in the region.",
     ("CONCEDE XKX>SRB", "SUPPORT SRB>XKX", "ACCUSE XKX>SRB", "REJECT SRB>XKX"),
     ("REQUEST SRB>XKX", "RETREAT XKX>SRB", "REQUEST EU>XKX", "MOBILIZE NATO>XKX",
      "MOBILIZE NATO>-", "ASSAULT *>XKX", "ASSAULT -->XKX", "SANCTION XKX>SRB",
      "COERCE XKX>SRB", "CONCEDE XKX>EU", "ASSAULT SRB>XKX")),
    ("armenia-azerbaijan",
     "YEREVAN, Armenia (Reuters) - Azerbaijan returned four Armenian prisoners on "
     "Wednesday in a goodwill gesture ahead of the signing of a peace treaty, "
     "Armenian Prime Minister Nikol Pashinyan said. The men had been captured during "
     "the 2020 war over Nagorno-Karabakh. Armenia in turn freed two Azerbaijani "
     "soldiers who crossed the border in April. Azerbaijani Foreign Minister Jeyhun "
     "Bayramov will visit Yerevan next month for talks on border demarcation, his "
     "ministry said. Pashinyan, who faces a parliamentary election in June, said "
     "Armenia would not change its constitution under pressure from Baku. Armenia's "
     "opposition accused him of surrendering territory.",
     ("RETREAT AZE>ARM", "RETREAT ARM>AZE", "CONSULT AZE>ARM", "ACCUSE ARM>ARM"),
     ("COERCE AZE>ARM", "AGREE AZE>ARM", "REJECT ARM>AZE", "COERCE AZE>-", "ASSAULT AZE>ARM",
      "COERCE ARM>AZE", "CONSULT ARM>AZE", "COERCE AZE>ARM", "ACCUSE ARM>-")),
]

# Core events the coder does not find yet.
KNOWN_MISSES: dict[str, tuple[str, ...]] = {
    # "has kept its main border crossing at Torkham closed": the crossing is Pakistan's
    # own and the other side is not named in the sentence
    "pak-afghan-ceasefire": ("COERCE PAK>AFG",),
    # "who was sentenced to death in absentia": a passive with no agent; "the interim
    # government" is read as India's (the country last named)
    "bangladesh-arrests": ("SANCTION BGD>BGD", "REQUEST HRW>BGD"),
    # "The workers were abducted": a passive with no agent
    "myanmar-hostages": ("ASSAULT MMR>THA",),
    # "had expelled the vessel": the bare description is not linked to the Philippine
    # vessel of the lede
    "philippines-shoal": ("COERCE CHN>PHL",),
    # "after it launched an offensive ... that killed more than 80 people": the
    # offensive's killing is not tied to the group
    "colombia-eln": ("ASSAULT COL>*",),
    # soldiers arriving or landing are deliberately no event unless peacekeepers
    # (predicates._arrival)
    "haiti-force": ("MOBILIZE KEN>HTI", "MOBILIZE GTM>HTI"),
    # "rejected the plan": the plan's authors are two clauses back
    "sudan-truce": ("REJECT SDN>*",),
    # the flag state is named only in the next sentence
    "iran-tanker": ("COERCE IRN>MHL", "ACCUSE IRN>MHL"),
    # "welcomed the move": read as the NATO patrols of the sentence before, not the
    # reopening
    "serbia-kosovo": ("SUPPORT SRB>XKX",),
}
# False events the coder still makes.
KNOWN_FALSE: dict[str, tuple[str, ...]] = {
    "bangladesh-arrests": ("REQUEST HRW>IND",),
    # "the vessel" taken for China's own
    "philippines-shoal": ("COERCE CHN>CHN",),
    # "the troops" (Kenya's and Guatemala's) read as Haiti's
    "haiti-force": ("THREATEN HTI>HTI",),
    "serbia-kosovo": ("SUPPORT SRB>NATO",),
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
    ("pak-afghan-ceasefire", "stranded"),  # trucks stranded: no actor's act
    ("haiti-force", "held"),  # "has not held an election": negated, no event
    ("iran-tanker", "rose"),  # oil prices
])
def test_fresh_article_non_events_stay_uncoded(coded, pid, trigger):
    assert not [e for e in coded[pid] if e.trigger == trigger]


@pytest.mark.parametrize(("pid", "key", "sectors"), [
    ("bangladesh-arrests", "COERCE BGD>BGD", ("COP", None)),
    ("myanmar-hostages", "SUPPORT THA>MMR", ("GOV", None)),
    ("somalia-ethiopia", "SANCTION SOM>ETH", ("GOV", None)),
    ("colombia-eln", "RETREAT COL>COL", ("REB", "MIL")),
    ("armenia-azerbaijan", "ACCUSE ARM>ARM", ("OPP", "GOV")),
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
