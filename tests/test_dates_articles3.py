"""Event dates in whole articles, round 3: eighteen more wire stories written for these
tests (not taken from any gold file; 2016-2025, real actors, invented wording), with the
gold dates written before the coder was run on them. Styles the first two rounds did not
stress: reported speech whose act has its own day ("said on Tuesday that fighters had
withdrawn on Sunday"), a quote-first lede, a lede whose day is told only in a later
sentence, a live blog whose entries tell their own days, a day of the month alone ("on
the 5th"), month-days across a new year, British "yesterday" copy, "earlier in the day",
counts back ("ten days ago", "a decade ago", "two years ago"), years named inside a noun
("during the 2022 fighting"), decades, and acts still to come.

Same pattern and conventions as test_dates_articles.py: an event is dated when it
happened; an undated one goes on with its story's day (precision "lede" is a day); an
announced or scheduled act is dated by its announcement; a week is its Monday, a month
its first day, a year its Jan. 1. A decade ("in the 1990s") gives no year: the event
is undated (None), as ANNOTATION.md has an unknown date.
"""

from __future__ import annotations

import pytest

from dates_support import coded_events, wrong_dates
from eventwire.config import Settings
from eventwire.pipeline import Coder

pytestmark = pytest.mark.slow

# (id, published, text, [(types, source, target, date, precision)])
ARTICLES = [
    ("said-that-had-withdrawn", "2019-10-16",  # a Wednesday
     "ANKARA, Oct 16 (Reuters) - Turkey's defence ministry said on Tuesday that Kurdish "
     "fighters had withdrawn from the border town of Ras al-Ain on Sunday. Turkish "
     "President Tayyip Erdogan rejected U.S. calls for a ceasefire on Wednesday. Turkish "
     "troops crossed into northeastern Syria on Oct. 9.",
     [("RETREAT", "SYR", None, "2019-10-13", "day"),
      ("REJECT", "TUR", "USA", "2019-10-16", "day"),
      ("MOBILIZE|ASSAULT|COERCE", "TUR", "SYR", "2019-10-09", "day")]),
    ("quote-first-lede", "2022-03-02",  # a Wednesday
     "\"We will never accept this aggression,\" Lithuanian President Gitanas Nauseda said "
     "on Tuesday, as he condemned Russia's invasion of Ukraine. Russian forces shelled the "
     "centre of Kharkiv on Tuesday morning, killing at least ten people, Ukrainian "
     "officials said. Russia invaded Ukraine on Feb. 24. The European Union banned Russian "
     "state media outlets on Wednesday.",
     [("ACCUSE", "LTU", "RUS", "2022-03-01", "day"),
      ("ASSAULT", "RUS", "UKR", "2022-03-01", "day"),
      ("ASSAULT", "RUS", "UKR", "2022-02-24", "day"),
      ("COERCE|SANCTION", "EU", "RUS", "2022-03-02", "day")]),
    ("lede-day-told-later", "2023-06-07",  # a Wednesday
     "Ukraine accuses Russia of destroying dam\n\n"
     "KYIV (Reuters) - Ukraine accused Russia of destroying a major dam in the south of the "
     "country, flooding dozens of villages downstream. The dam was blown up in the early "
     "hours of Tuesday, Ukrainian President Volodymyr Zelenskiy said. Moscow blamed Kyiv "
     "for the disaster. The United Nations urged both sides on Wednesday to protect "
     "civilians.",
     [("ACCUSE", "UKR", "RUS", "2023-06-06", "day"),
      ("ACCUSE", "RUS", "UKR", "2023-06-06", "day"),
      ("REQUEST", "UN", None, "2023-06-07", "day")]),
    ("live-blog-own-days", "2024-04-14",  # a Sunday
     "Iran attack on Israel: live updates\n\n"
     "07:20 GMT - Israel's military said on Sunday that Iran had launched more than 300 "
     "drones and missiles at Israel overnight.\n\n"
     "06:45 GMT - U.S. President Joe Biden condemned the attack on Saturday night and said "
     "Washington would convene G7 leaders on Sunday.\n\n"
     "05:10 GMT - Jordan's air force shot down Iranian drones over its territory "
     "overnight, a Jordanian official said.",
     [("ASSAULT", "IRN", "ISR", "2024-04-13", "day"),
      ("ACCUSE", "USA", "IRN", "2024-04-13", "day"),
      ("ASSAULT|COERCE|MOBILIZE", "JOR", "IRN", "2024-04-13", "day")]),
    ("day-of-month-only", "2020-09-08",  # a Tuesday
     "MINSK (Reuters) - Belarusian security forces detained opposition leader Maria "
     "Kolesnikova in central Minsk on Monday, her allies said. Kolesnikova had led a march "
     "of thousands of women through the capital on the 5th. The European Union condemned "
     "the detention on Tuesday.",
     [("COERCE", "BLR", "BLR", "2020-09-07", "day"),
      ("PROTEST", "BLR", "BLR", "2020-09-05", "day"),
      ("ACCUSE", "EU", "BLR", "2020-09-08", "day")]),
    ("red-sea-new-year", "2024-01-03",  # a Wednesday
     "DUBAI, Jan 3 (Reuters) - Yemen's Houthis attacked a container ship in the Red Sea on "
     "Tuesday, the U.S. military said, days after U.S. Navy helicopters sank three Houthi "
     "boats. The helicopters fired on the boats on Dec. 31 after they tried to board a "
     "Maersk vessel. The Houthis fired two anti-ship missiles at a tanker on Dec. 28. "
     "Britain warned the Houthis on Wednesday of direct action.",
     [("ASSAULT", "YEM", None, "2024-01-02", "day"),
      ("ASSAULT", "USA", "YEM", "2023-12-31", "day"),
      ("ASSAULT", "YEM", None, "2023-12-28", "day"),
      ("THREATEN", "GBR", "YEM", "2024-01-03", "day")]),
    ("coup-years-ago", "2023-07-27",  # a Thursday
     "NIAMEY (AP) \u2014 Niger's army declared its support on Thursday for the soldiers "
     "who detained President Mohamed Bazoum at his residence on Wednesday. The African "
     "Union condemned the coup on Thursday. In neighbouring Burkina Faso, the army seized "
     "power last September. France withdrew its troops from Mali last year. Bazoum visited "
     "Paris two years ago.",
     [("COERCE", "NER", "NER", "2023-07-26", "day"),
      ("ACCUSE", "AU", "NER", "2023-07-27", "day"),
      ("COERCE|ASSAULT", "BFA", "BFA", "2022-09-01", "month"),
      ("RETREAT", "FRA", "MLI", "2022-01-01", "year"),
      ("CONSULT", "NER", "FRA", "2021-01-01", "year")]),
    ("during-the-fighting-decade", "2025-01-15",  # a Wednesday
     "YEREVAN (Reuters) - Armenia's parliament approved a bill on Wednesday to start the "
     "process of joining the European Union. Russia criticised the move on Wednesday. "
     "Azerbaijani troops shelled Armenian border towns during the 2022 fighting. The two "
     "countries also fought a war in the 1990s.",
     [("ACCUSE", "RUS", "ARM", "2025-01-15", "day"),
      ("ASSAULT", "AZE", "ARM", "2022-01-01", "year"),
      ("ASSAULT", "ARM", "AZE", None, None)]),
    ("summit-still-to-come", "2018-06-01",  # a Friday
     "WASHINGTON (Reuters) - U.S. President Donald Trump said on Friday he would meet North "
     "Korean leader Kim Jong Un in Singapore on June 12 after all, a week after he called "
     "off the summit. Trump cancelled the meeting last week, citing hostile statements from "
     "Pyongyang. North Korea released three American detainees on May 9.",
     [("CONSULT", "USA", "PRK", "2018-06-01", "day"),
      ("RETREAT", "PRK", "USA", "2018-05-09", "day")]),
    ("earlier-in-the-day", "2017-04-07",  # a Friday
     "WASHINGTON (Reuters) - U.S. warships fired 59 cruise missiles at a Syrian air base on "
     "Thursday night in response to a chemical attack on civilians. Earlier in the day, "
     "President Donald Trump had met Chinese President Xi Jinping at his Florida resort. "
     "Russia condemned the strikes as an act of aggression on Friday. Syrian government "
     "forces used poison gas on the town of Khan Sheikhoun on Tuesday, Washington said.",
     [("ASSAULT", "USA", "SYR", "2017-04-06", "day"),
      ("CONSULT", "USA", "CHN", "2017-04-06", "day"),
      ("ACCUSE", "RUS", "USA", "2017-04-07", "day"),
      ("ASSAULT", "SYR", "SYR", "2017-04-04", "day")]),
    ("yesterday-british", "2016-07-17",  # a Sunday
     "Turkey detains thousands after failed coup\n\n"
     "Turkish authorities detained almost 3,000 soldiers yesterday after a failed coup "
     "attempt, Prime Minister Binali Yildirim said. Renegade troops bombed the legislature "
     "late on Friday. President Recep Tayyip Erdogan accused the "
     "US-based cleric Fethullah Gulen of plotting the coup. The United States urged Turkey "
     "yesterday to respect the rule of law.",
     [("COERCE", "TUR", "TUR", "2016-07-16", "day"),
      ("ASSAULT", "TUR", "TUR", "2016-07-15", "day"),
      ("ACCUSE", "TUR", "TUR", "2016-07-16", "day"),
      ("REQUEST", "USA", "TUR", "2016-07-16", "day")]),
    ("this-week-last-week", "2021-02-04",  # a Thursday
     "YANGON (Reuters) - Myanmar police filed charges against ousted leader Aung San Suu "
     "Kyi on Wednesday, a day after the army detained her in a coup on Monday. Thousands of "
     "people protested in Yangon this week. The army threatened last week to take action "
     "over alleged election fraud. U.S. President Joe Biden threatened sanctions on the "
     "generals earlier this month.",
     [("ACCUSE|COERCE", "MMR", "MMR", "2021-02-03", "day"),
      ("COERCE", "MMR", "MMR", "2021-02-01", "day"),
      ("PROTEST", "MMR", "MMR", "2021-02-01", "week"),
      ("THREATEN", "MMR", "MMR", "2021-01-25", "week"),
      ("THREATEN", "USA", "MMR", "2021-02-01", "month")]),
    ("late-on-monday", "2019-09-17",  # a Tuesday
     "RIYADH (Reuters) - Houthi drones struck two Saudi Aramco oil plants early on "
     "Saturday, halving the kingdom's oil output. U.S. Secretary of State Mike Pompeo "
     "accused Iran on Saturday of being behind the attack. Iran rejected the accusation "
     "late on Monday. Saudi Arabia said on Tuesday it would invite United Nations experts "
     "to investigate.",
     [("ASSAULT", "YEM", "SAU", "2019-09-14", "day"),
      ("ACCUSE", "USA", "IRN", "2019-09-14", "day"),
      ("REJECT", "IRN", "USA", "2019-09-16", "day")]),
    ("tuesday-night-friday", "2024-10-02",  # a Wednesday
     "JERUSALEM (AP) \u2014 Iran fired about 180 ballistic missiles at Israel on Tuesday "
     "night. Israeli Prime Minister Benjamin Netanyahu vowed on Wednesday to retaliate. "
     "Israeli troops crossed into southern Lebanon early on Tuesday. Israel killed "
     "Hezbollah leader Hassan Nasrallah in an air strike in Beirut on Friday. Iran fired "
     "missiles and drones at Israel in April.",
     [("ASSAULT", "IRN", "ISR", "2024-10-01", "day"),
      ("THREATEN", "ISR", "IRN", "2024-10-02", "day"),
      ("ASSAULT|MOBILIZE", "ISR", "LBN", "2024-10-01", "day"),
      ("ASSAULT", "ISR", "LBN", "2024-09-27", "day"),
      ("ASSAULT", "IRN", "ISR", "2024-04-01", "month")]),
    ("last-june-in-2019", "2020-01-08",  # a Wednesday
     "BAGHDAD (Reuters) - Iran fired more than a dozen ballistic missiles at U.S. forces in "
     "Iraq early on Wednesday in retaliation for the killing of a top Iranian general. A "
     "U.S. drone strike killed Major General Qassem Soleimani at Baghdad airport on Jan. 3. "
     "Washington imposed sanctions on Iran's supreme leader last June, and Iran shot down "
     "a U.S. drone in 2019.",
     [("ASSAULT", "IRN", "USA", "2020-01-08", "day"),
      ("ASSAULT", "USA", "IRN", "2020-01-03", "day"),
      ("SANCTION", "USA", "IRN", "2019-06-01", "month"),
      ("ASSAULT", "IRN", "USA", "2019-01-01", "year")]),
    ("days-ago", "2021-08-16",  # a Monday
     "KABUL (Reuters) - Taliban fighters seized Kabul on Sunday as President Ashraf Ghani "
     "fled the country. U.S. troops took control of Kabul airport on Monday. The Taliban "
     "captured the provincial capital of Zaranj ten days ago. The United States agreed to "
     "withdraw its troops in a deal signed with the Taliban in February 2020.",
     [("COERCE|ASSAULT", "AFG", "AFG", "2021-08-15", "day"),
      ("COERCE|ASSAULT", "AFG", "AFG", "2021-08-06", "day"),
      ("AGREE", "USA", "AFG", "2020-02-01", "month")]),
    ("oct-7-in-january", "2024-01-10",  # a Wednesday
     "TEL AVIV (Reuters) - U.S. Secretary of State Antony Blinken met Israeli Prime "
     "Minister Benjamin Netanyahu in Tel Aviv on Tuesday and urged Israel to reduce "
     "civilian casualties in Gaza. Hamas militants attacked southern Israel on Oct. 7. "
     "South Africa filed a genocide case against Israel at the International Court of "
     "Justice on Dec. 29. Israeli forces killed a senior Hamas official in Beirut last "
     "week.",
     [("CONSULT", "USA", "ISR", "2024-01-09", "day"),
      ("REQUEST", "USA", "ISR", "2024-01-09", "day"),
      ("ASSAULT", "PSE", "ISR", "2023-10-07", "day"),
      ("ACCUSE", "ZAF", "ISR", "2023-12-29", "day"),
      ("ASSAULT", "ISR", "PSE", "2024-01-01", "week")]),
    ("decade-ago-overnight", "2024-03-18",  # a Monday
     "KYIV (Reuters) - Ukraine's military said on Monday its drones had attacked an oil "
     "refinery in Russia's Krasnodar region overnight. Russia annexed Crimea from Ukraine "
     "a decade ago, and Russian forces invaded the rest of Ukraine two years ago. Germany "
     "condemned Sunday's Russian presidential election on Monday.",
     [("ASSAULT", "UKR", "RUS", "2024-03-17", "day"),
      ("COERCE|ASSAULT", "RUS", "UKR", "2014-01-01", "year"),
      ("ASSAULT", "RUS", "UKR", "2022-01-01", "year"),
      ("ACCUSE", "DEU", "RUS", "2024-03-18", "day")]),
    # A second batch, written (gold first) after the first rule change of this round and
    # before the coder was run on it.
    ("later-on-friday-span", "2022-08-05",  # a Friday
     "TAIPEI (Reuters) - Chinese warships and aircraft crossed the median line of the "
     "Taiwan Strait on Friday, Taiwan's defence ministry said, a day after Beijing fired "
     "ballistic missiles into waters around the island. China imposed sanctions on U.S. "
     "House Speaker Nancy Pelosi later on Friday. Pelosi visited Taipei on Tuesday and "
     "Wednesday. Japan protested to Beijing on Thursday after five missiles landed in its "
     "exclusive economic zone.",
     [("MOBILIZE|COERCE|THREATEN", "CHN", "TWN", "2022-08-05", "day"),
      ("ASSAULT|THREATEN|MOBILIZE", "CHN", "TWN", "2022-08-04", "day"),
      ("SANCTION", "CHN", "USA", "2022-08-05", "day"),
      ("CONSULT", "USA", "TWN", "2022-08-02", "day"),
      ("ACCUSE|PROTEST", "JPN", "CHN", "2022-08-04", "day")]),
    ("quake-aid-night", "2023-02-07",  # a Tuesday
     "ANKARA (AP) \u2014 Turkish police detained 12 building contractors on Tuesday over "
     "the collapse of apartment blocks in Monday's earthquake, the justice ministry said. "
     "Greece sent rescue teams to Turkey on Monday night, and the United States pledged "
     "$85 million in aid to Turkey on Tuesday.",
     [("COERCE", "TUR", "TUR", "2023-02-07", "day"),
      ("AID", "GRC", "TUR", "2023-02-06", "day"),
      ("AID|AGREE", "USA", "TUR", "2023-02-07", "day")]),
    ("dateline-before-publication", "2019-05-16",  # a Thursday; the dateline's Wednesday
     "WASHINGTON, May 15 (Reuters) - The United States ordered non-emergency staff to "
     "leave its embassy in Baghdad on Wednesday, citing threats from Iranian-backed "
     "militias. Germany suspended military training in Iraq today.",
     [("RETREAT|REDUCE|SANCTION", "USA", "IRQ", "2019-05-15", "day"),
      ("RETREAT|REDUCE|SANCTION", "DEU", "IRQ", "2019-05-15", "day")]),
    ("earlier-on-tuesday-hours-later", "2025-03-19",  # a Wednesday
     "JERUSALEM (Reuters) - Israeli tanks pushed into central Gaza on Wednesday, a day "
     "after Israel launched its heaviest air strikes since a January ceasefire. Hamas "
     "accused Israel on Tuesday of overturning the truce. Earlier on Tuesday, Israeli jets "
     "bombed targets in Khan Younis and Rafah. Hours later, the Houthis fired a missile at "
     "Israel.",
     [("MOBILIZE|ASSAULT", "ISR", "PSE", "2025-03-19", "day"),
      ("ASSAULT", "ISR", "PSE", "2025-03-18", "day"),
      ("ACCUSE", "PSE", "ISR", "2025-03-18", "day"),
      ("ASSAULT", "YEM", "ISR", "2025-03-18", "day")]),
    ("previous-evening", "2021-05-12",  # a Wednesday
     "GAZA (Reuters) - Israeli air strikes destroyed a 13-storey tower in Gaza City on "
     "Tuesday evening, and Hamas fired more than 200 rockets at Tel Aviv in response. "
     "Hamas had launched rockets towards Jerusalem the previous evening after clashes at "
     "al-Aqsa mosque. Egypt and Qatar urged Israel and Hamas on Wednesday to halt the "
     "fighting.",
     [("ASSAULT", "ISR", "PSE", "2021-05-11", "day"),
      ("ASSAULT", "PSE", "ISR", "2021-05-11", "day"),
      ("ASSAULT", "PSE", "ISR", "2021-05-10", "day"),
      ("REQUEST", "EGY", "ISR", "2021-05-12", "day"),
      ("REQUEST", "QAT", "PSE", "2021-05-12", "day")]),
    ("kerch-martial-law", "2018-11-27",  # a Tuesday
     "KYIV (Reuters) - Ukraine's parliament imposed martial law in border regions on "
     "Monday, a day after Russian coast guard ships fired on and seized three Ukrainian "
     "navy vessels near Crimea. The European Union condemned Russia's actions on Monday. "
     "Ukraine will hold a presidential election on March 31. Russia annexed Crimea in "
     "March 2014, and Ukraine cut air links with Russia at the end of 2015.",
     [("ASSAULT|COERCE", "RUS", "UKR", "2018-11-25", "day"),
      ("ACCUSE", "EU", "RUS", "2018-11-26", "day"),
      ("COERCE|ASSAULT", "RUS", "UKR", "2014-03-01", "month"),
      ("SANCTION|REDUCE|RETREAT", "UKR", "RUS", "2015-01-01", "year")]),
    ("shoal-said-friday", "2024-06-07",  # a Friday
     "MANILA (Reuters) - China's coast guard boarded Philippine supply boats near the "
     "Second Thomas Shoal on Monday, the Philippine military said on Friday. Manila "
     "summoned a Chinese diplomat on Thursday. Chinese vessels fired water cannon at a "
     "Philippine boat near the shoal on March 23.",
     [("COERCE", "CHN", "PHL", "2024-06-03", "day"),
      ("ACCUSE|CONSULT", "PHL", "CHN", "2024-06-06", "day"),
      ("ASSAULT|COERCE", "CHN", "PHL", "2024-03-23", "day")]),
    ("resigned-today", "2017-11-21",  # a Tuesday
     "Zimbabwe's President Robert Mugabe resigned today, the speaker of parliament "
     "announced, ending 37 years of rule. The army seized control of the state "
     "broadcaster last Wednesday and placed Mugabe under house arrest. Thousands of "
     "people marched in Harare on Saturday to demand his departure.",
     [("RETREAT", "ZWE", None, "2017-11-21", "day"),
      ("COERCE", "ZWE", "ZWE", "2017-11-15", "day"),
      ("PROTEST", "ZWE", "ZWE", "2017-11-18", "day")]),
    ("overnight-into-weekend", "2023-10-10",  # a Tuesday
     "JERUSALEM (AP) \u2014 Israel pounded Gaza overnight into Tuesday after Hamas gunmen "
     "killed hundreds of people in southern Israel on Saturday. Israeli Defence Minister "
     "Yoav Gallant ordered a complete siege of Gaza on Monday. The United States said on "
     "Monday it would move an aircraft carrier group closer to Israel. Iran praised the "
     "attack at the weekend.",
     [("ASSAULT", "ISR", "PSE", "2023-10-09", "day"),
      ("ASSAULT", "PSE", "ISR", "2023-10-07", "day"),
      ("COERCE|SANCTION", "ISR", "PSE", "2023-10-09", "day"),
      ("MOBILIZE", "USA", None, "2023-10-09", "day"),
      ("SUPPORT", "IRN", "PSE", "2023-10-07", "day")]),
    ("the-10th", "2022-10-11",  # a Tuesday
     "KYIV (Reuters) - Russia launched a second day of missile strikes on Ukrainian cities "
     "on Tuesday, hitting power plants in Lviv. The strikes began on Monday morning, two "
     "days after a blast damaged the Kerch bridge to Crimea. Ukraine's air force shot down "
     "43 Russian cruise missiles on the 10th.",
     [("ASSAULT", "RUS", "UKR", "2022-10-11", "day"),
      ("ASSAULT", "RUS", "UKR", "2022-10-10", "day"),
      ("ASSAULT", "UKR", "RUS", "2022-10-10", "day")]),
]

# Dates the coder still gets wrong, as (article id, index of the expected event): why.
# Most are events the coder does not find, or finds with other actors, rather than
# wrong dates; those are listed for the record and for when the event is found.
XFAIL: dict[tuple[str, int], str] = {
    ("said-that-had-withdrawn", 0): "not found: 'Kurdish fighters' are not coded as Syria's",
    ("said-that-had-withdrawn", 2): "not found: 'crossed into' is no event",
    ("live-blog-own-days", 2): "not found: 'shot down drones' over its own territory",
    ("red-sea-new-year", 0): "not found: an attack on a ship of no named country",
    ("red-sea-new-year", 2): "not found: missiles fired at a ship of no named country",
    ("red-sea-new-year", 3): "not found: 'warned ... of direct action'",
    ("later-on-friday-span", 0): "not found: 'crossed the median line'",
    ("later-on-friday-span", 1): "not found: missiles fired 'into waters around' Taiwan",
    ("dateline-before-publication", 0): "not found: 'ordered staff to leave its embassy'",
    ("dateline-before-publication", 1): "not found: 'suspended military training'",
    ("earlier-on-tuesday-hours-later", 0): "not found: 'tanks pushed into central Gaza'",
    ("earlier-on-tuesday-hours-later", 1): "found with another target: targets in Khan Younis",
    ("previous-evening", 2): "not found: 'launched rockets towards Jerusalem'",
    ("overnight-into-weekend", 3): "not found: 'would move an aircraft carrier group'",
    ("overnight-into-weekend", 4): "found with another target: 'praised the attack'",
    ("the-10th", 1): "not found: 'the strikes began' names no actor",
    ("the-10th", 2): "not found: 'shot down cruise missiles'",
    ("during-the-fighting-decade", 0): "not found: 'criticised the move'",
    ("during-the-fighting-decade", 2): "not found: 'fought a war' between 'the two countries'",
    # an undated act after a coded day goes on with that day (Friday night's coup), not
    # with the lede's ("yesterday")
    ("yesterday-british", 2): "an undated act goes on with the day just told",
    ("this-week-last-week", 4): "found with another target: 'the generals' is not Myanmar",
    ("tuesday-night-friday", 1): "found with another target: 'vowed to retaliate'",
    ("tuesday-night-friday", 2): "not found: 'crossed into southern Lebanon'",
    ("last-june-in-2019", 3): "not found: 'shot down a U.S. drone'",
    # the month hangs on the deal ("in a deal signed ... in February 2020"), under the
    # agreed act's complement
    ("days-ago", 2): "the date of the deal the agreement was made in",
}


@pytest.fixture(scope="module")
def coder():
    return Coder(Settings())


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [pytest.param(published, text, expected, id=name)
     for name, published, text, expected in ARTICLES])
def test_article_event_dates(coder, request, published, text, expected):
    wrong, coded = wrong_dates(coder, request.node.callspec.id, published, text, expected,
                               XFAIL)
    assert not wrong, f"{wrong}; coded {coded}"


# Written with the rule they test (after the stories above were scored): an act dated
# only by a time with no year is undated, not the story's day; a decade counted back
# and a year naming the event an act happened within date it to a year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary accused Serbia on Monday of hoarding water. Serbian troops occupied "
         "Hungarian villages in the 1940s.", (None, None)),
        ("Hungary accused Serbia on Monday of hoarding water. Serbian troops occupied "
         "Hungarian villages decades ago.", (None, None)),
        ("Hungary accused Serbia on Monday of hoarding water. Serbian troops occupied "
         "Hungarian villages eight decades ago.", ("1945-01-01", "year")),
        ("Hungary accused Serbia on Monday of hoarding water. Serbian troops occupied "
         "Hungarian villages during the 1999 war.", ("1999-01-01", "year")),
    ])
def test_long_ago_acts(coder, text, expected):
    events = [e for e in coded_events(coder, "2025-06-10", text)
              if e.event_type in ("COERCE", "ASSAULT", "MOBILIZE") and e.source.code == "SRB"]
    assert events and all((e.date, e.date_precision) == expected for e in events), [
        (e.event_type, e.date, e.date_precision) for e in events]


# Written with the rule it tests: a story stamped a day or so after its dateline tells
# its days from the dateline ("today" is the day it was written).
@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        ("2024-02-03", "LIMA, Feb 2 (Reuters) - Peru expelled Bolivia's ambassador today.",
         "2024-02-02"),
        ("2024-02-03", "Peru expels envoy\n\nLIMA, Feb 2 (Reuters) - Peru expelled "
         "Bolivia's ambassador overnight.", "2024-02-01"),
        # the dateline's day is publication's, or too far back to be the writing day
        ("2024-02-03", "LIMA, Feb 3 (Reuters) - Peru expelled Bolivia's ambassador today.",
         "2024-02-03"),
        ("2024-02-23", "LIMA, Feb 2 (Reuters) - Peru expelled Bolivia's ambassador today.",
         "2024-02-23"),
    ])
def test_days_told_from_the_dateline(coder, published, text, expected):
    events = [e for e in coded_events(coder, published, text) if e.source.code == "PER"]
    assert events and all(e.date == expected for e in events), [
        (e.event_type, e.date, e.date_precision) for e in events]


# Written with the rule it tests: a lede that reports an act days before its statement
# ("'... shelled Armenian villages on Monday night,' he said on Thursday") tells the
# statement's day, and the headline's undated act is that day's.
def test_headline_act_takes_the_statement_day(coder):
    text = ("Armenia accuses Azerbaijan of border shelling\n\n"
            "YEREVAN (Reuters) - \"Azerbaijani forces shelled Armenian villages on Monday "
            "night,\" Armenian Prime Minister Nikol Pashinyan said on Thursday.")
    events = coded_events(coder, "2025-09-11", text)  # a Thursday
    dates = {(e.event_type, e.source.code, e.target and e.target.code): e.date
             for e in events}
    assert dates.get(("ACCUSE", "ARM", "AZE")) == "2025-09-11", dates
    assert dates.get(("ASSAULT", "AZE", "ARM")) == "2025-09-08", dates
