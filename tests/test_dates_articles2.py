"""Event dates in whole articles, round 2: more wire stories written for these tests
(not taken from any gold file), in styles the first round (test_dates_articles.py) did
not use: AP copy with bare weekdays ("said Tuesday", "Monday night"), AFP ("at the
weekend"), Reuters "Oct 3 (Reuters) -" datelines, copy with no dateline, live-blog
updates, dates in quoted speech, counts from other days ("the day after", "two days
later", "within hours"), month-days of the year before, years, seasons and scheduled
acts, and undated events in a follow-up paragraph.

Same pattern and conventions as test_dates_articles.py: an event is dated when it
happened; an undated one goes on with its story's day (precision "lede" is a day); an
announced or scheduled act is dated by its announcement; a week is its Monday; a
season is its year (year precision, as "last year").
"""

from __future__ import annotations

import pytest

from dates_support import wrong_dates
from eventwire.config import Settings
from eventwire.pipeline import Coder

pytestmark = pytest.mark.slow

# (id, published, text, [(types, source, target, date, precision)])
ARTICLES = [
    ("ap-bare-weekdays", "2025-11-12",  # a Wednesday
     "KYIV, Ukraine (AP) \u2014 Russian drones attacked the Ukrainian port city of Odesa "
     "Monday night, damaging a power station, officials said Tuesday. Ukraine's foreign "
     "minister accused Moscow Tuesday of targeting civilian energy supplies ahead of "
     "winter. Russia's defense ministry said Wednesday its forces had shot down 40 "
     "Ukrainian drones over the Belgorod region overnight.",
     [("ASSAULT", "RUS", "UKR", "2025-11-10", "day"),
      ("ACCUSE", "UKR", "RUS", "2025-11-11", "day")]),
    ("reuters-earlier-on-day-after", "2025-10-03",  # a Friday
     "NAIROBI, Oct 3 (Reuters) - Kenya expelled two Somali diplomats on Friday, the day "
     "after Somalia accused Nairobi of meddling in its regional elections. Somali troops "
     "attacked Kenyan police near the border town of Mandera earlier on Thursday, killing "
     "five officers, Kenyan officials said.",
     [("SANCTION|COERCE", "KEN", "SOM", "2025-10-03", "day"),
      ("ACCUSE", "SOM", "KEN", "2025-10-02", "day"),
      ("ASSAULT", "SOM", "KEN", "2025-10-02", "day")]),
    ("afp-at-the-weekend", "2025-04-14",  # a Monday
     "PARIS (AFP) - France summoned Algeria's ambassador at the weekend after Algiers "
     "expelled twelve French embassy staff, the foreign ministry said Monday. French "
     "Foreign Minister Jean-Noel Barrot condemned the expulsions on Sunday and warned of "
     "a firm response.",
     [("ACCUSE|CONSULT|COERCE", "FRA", "DZA", "2025-04-12", "day"),
      ("ACCUSE", "FRA", "DZA", "2025-04-13", "day")]),
    ("bbc-no-dateline-early-hours", "2025-06-02",  # a Monday
     "Israel has carried out air strikes on southern Lebanon, days after rockets were "
     "fired across the border.\n\n"
     "The Israeli military said its jets bombed Lebanese villages near Nabatieh in the "
     "early hours of Sunday. Lebanon's president condemned the strikes on Sunday evening. "
     "Israel and Lebanon agreed a ceasefire last November.",
     [("ASSAULT", "ISR", "LBN", "2025-06-01", "day"),
      ("ACCUSE", "LBN", "ISR", "2025-06-01", "day"),
      ("AGREE|CEASEFIRE", "ISR", "LBN", "2024-11-01", "month")]),
    ("live-blog-updates", "2025-07-20",  # a Sunday
     "Iran nuclear talks: live updates\n\n"
     "14:05 GMT - Iran's foreign minister said on Sunday that Tehran would hold talks with "
     "Britain, France and Germany in Istanbul on Wednesday.\n\n"
     "11:30 GMT - Israeli jets struck Iranian air defences late Saturday, Iranian state "
     "media said. Iran fired missiles at Israel within hours.",
     [("CONSULT", "IRN", None, "2025-07-20", "day"),
      ("ASSAULT", "ISR", "IRN", "2025-07-19", "day"),
      ("ASSAULT", "IRN", "ISR", "2025-07-19", "day")]),
    ("live-blog-newest-first", "2025-10-22",  # a Wednesday
     "Live: Gaza ceasefire talks\n\n"
     "09:15 BST Egypt will host Israeli and Hamas negotiators in Cairo on Thursday, an "
     "Egyptian official said.\n\n"
     "08:40 BST Israeli jets struck Gaza City overnight, killing 12 people, health "
     "officials said.",
     [("ASSAULT", "ISR", "PSE", "2025-10-21", "day"),
      # announced in the newest entry, with no day of its own: the story's day
      ("CONSULT", "EGY", None, "2025-10-22", "day")]),
    ("bbc-fortnight-and-small-hours", "2025-06-18",  # a Wednesday
     "Britain has expelled a Russian diplomat after a drone was flown over a military "
     "base.\n\n"
     "The Foreign Office said the diplomat had been ordered to leave a fortnight ago. "
     "Russian jets had fired missiles near a British patrol plane over the Black Sea in "
     "the small hours of Sunday, the Ministry of Defence said on Tuesday.",
     [("SANCTION|COERCE", "GBR", "RUS", "2025-06-04", "day"),
      ("THREATEN|MOBILIZE|COERCE|ASSAULT", "RUS", "GBR", "2025-06-15", "day")]),
    ("january-day-in-february", "2026-02-10",  # a Tuesday
     "BEIJING, Feb 10 (Reuters) - China imposed sanctions on five U.S. defence companies "
     "on Tuesday over arms sales to Taiwan. Washington approved the sales on Jan. 3. "
     "Chinese coast guard ships seized a Philippine fishing boat in 2014, and China "
     "has held large drills around Taiwan since then.",
     [("SANCTION", "CHN", "USA", "2026-02-10", "day"),
      ("COERCE|ASSAULT", "CHN", "PHL", "2014-01-01", "year")]),
    ("quoted-speech-dates", "2025-03-05",  # a Wednesday
     "Serbia accuses Kosovo of border raid\n\n"
     "BELGRADE (Reuters) - \"Kosovo police raided Serbian villages on Monday night,\" "
     "Serbian President Aleksandar Vucic said on Wednesday. \"On Sunday Kosovo police "
     "arrested three Serbs without any reason,\" he told "
     "reporters. Kosovo denied the charges.",
     [("COERCE|ASSAULT", "XKX|KOS", None, "2025-03-03", "day"),
      ("COERCE", "XKX|KOS", None, "2025-03-02", "day"),
      ("ACCUSE", "SRB", "XKX|KOS", "2025-03-05", "day")]),
    ("future-weekday-announced", "2025-09-17",  # a Wednesday
     "TOKYO (AP) \u2014 Japan's prime minister will meet South Korean President Lee "
     "Jae-myung in Seoul on Friday, the government said Wednesday. The two leaders "
     "last met in Tokyo in August. Japan will host Indian Prime Minister Narendra Modi "
     "on Monday.",
     [("CONSULT", "JPN", "KOR", "2025-09-17", "day"),
      ("CONSULT", "JPN", "KOR", "2025-08-01", "month"),
      ("CONSULT", "JPN|IND", "IND|JPN", "2025-09-17", "day")]),
    ("eve-of-summit", "2025-12-09",  # a Tuesday
     "BRUSSELS, Dec 9 (Reuters) - Hungary blocked a new European Union aid package for "
     "Ukraine on Tuesday, on the eve of Wednesday's EU summit. Ukraine criticised "
     "Budapest the day before for delaying its membership talks. Two days later Poland "
     "pledged $500 million in military aid to Kyiv.",
     [("OPPOSE|REJECT|RETREAT|SANCTION", "HUN", None, "2025-12-09", "day"),
      ("ACCUSE|OPPOSE", "UKR", "HUN", "2025-12-08", "day")]),
    ("eve-of-vote-in-weekend-story", "2025-10-05",  # a Sunday
     "TBILISI (AFP) - Georgian police arrested two opposition leaders on the eve of "
     "Saturday's local elections, the interior ministry said Sunday. The European Union "
     "condemned the arrests on Sunday, and Georgian riot police fired tear gas at "
     "protesters in the capital at the weekend.",
     [("COERCE", "GEO", "GEO", "2025-10-03", "day"),
      ("ACCUSE", "EU", "GEO", "2025-10-05", "day"),
      ("COERCE|ASSAULT", "GEO", "GEO", "2025-10-04", "day")]),
    ("this-week-late-monday", "2025-05-22",  # a Thursday
     "Pakistan, India trade accusations after border firing\n\n"
     "ISLAMABAD, May 22 (Reuters) - Indian troops fired on Pakistani border posts in "
     "Kashmir late Monday, the Pakistani army said, the latest in a string of "
     "clashes this week. Pakistan accused India of violating the ceasefire. India "
     "and Pakistan held talks between their military commanders last weekend.",
     [("ASSAULT", "IND", "PAK", "2025-05-19", "day"),
      ("CONSULT", "IND", "PAK", "2025-05-17", "day")]),
    ("follow-up-paragraph", "2025-08-26",  # a Tuesday
     "ADDIS ABABA, Aug 26 (Reuters) - Ethiopia accused Eritrea on Monday of arming rebels "
     "in the northern Tigray region.\n\n"
     "Eritrea rejected the accusation. Egypt, which has backed Eritrea in a dispute over "
     "a Nile dam, sent military equipment to Asmara in the spring.",
     [("ACCUSE", "ETH", "ERI", "2025-08-25", "day"),
      ("REJECT", "ERI", "ETH", "2025-08-25", "day"),
      ("AID|COOPERATE", "EGY", "ERI", "2025-01-01", "year")]),
    ("decade-background", "2025-01-28",  # a Tuesday
     "MOSCOW (AP) \u2014 Russia and Belarus signed a new security treaty on Tuesday. "
     "Belarus joined a union with Russia in the 1990s. Russia deployed nuclear weapons to "
     "Belarus last year.",
     [("AGREE", "RUS", "BLR", "2025-01-28", "day"),
      ("MOBILIZE|COOPERATE|AID", "RUS", "BLR", "2024-01-01", "year")]),
    ("two-days-later-earlier-this-week", "2025-10-21",  # a Tuesday
     "CARACAS (Reuters) - Venezuela condemned U.S. military strikes on boats in the "
     "Caribbean on Tuesday. U.S. forces struck a Venezuelan boat in the Caribbean on "
     "Oct. 14. Two days later U.S. forces hit another Venezuelan vessel. Colombia "
     "expelled a U.S. diplomat earlier this week.",
     [("ACCUSE", "VEN", "USA", "2025-10-21", "day"),
      ("ASSAULT", "USA", "VEN", "2025-10-14", "day"),
      ("ASSAULT", "USA", "VEN", "2025-10-16", "day"),
      ("SANCTION|RETREAT|REDUCE", "COL", "USA", "2025-10-20", "week")]),
    ("ap-weekday-night-and-last-weekend", "2025-04-30",  # a Wednesday
     "ISLAMABAD (AP) \u2014 Pakistan expelled Indian military advisers Tuesday night, a "
     "week after a deadly attack on tourists in Kashmir. India suspended a water treaty "
     "with Pakistan last weekend. Pakistani Prime Minister Shehbaz Sharif met the "
     "Chinese ambassador on Wednesday morning.",
     [("SANCTION|COERCE", "PAK", "IND", "2025-04-29", "day"),
      ("SANCTION|RETREAT|REDUCE", "IND", "PAK", "2025-04-26", "day"),
      ("CONSULT", "PAK", "CHN", "2025-04-30", "day")]),
]

# Dates the coder still gets wrong, as (article id, index of the expected event): why.
XFAIL: dict[tuple[str, int], str] = {
    # entries run newest first: the older entry's overnight strike is the first day
    # the story names, and the undated announcement above it goes on with that day
    ("live-blog-newest-first", 1): "a live blog's entries are read as one lede",
    # the tagger leaves "a fortnight ago" untagged, so the headline's expulsion takes
    # the day the story tells (the statement's, Tuesday)
    ("bbc-fortnight-and-small-hours", 0): "'a fortnight ago' is no date entity",
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
