"""Event dates in whole articles: wire stories written for these tests (not taken from
any gold file), in which several days are told, as real copy tells them: statements
dated apart from the acts they report, days counted from other days ("the previous
day", "a day after", "hours after"), weeks and months ("last week", "earlier this
month", "late last year"), background events with dates of their own, scheduled acts,
undated paragraphs after a dated one, headlines, and month-days across a new year.

Each article lists the events whose date it checks, as (types, source, target, date,
precision); types may name alternatives ("ASSAULT|COERCE"), actors too ("KHM|THA"),
None is any actor, and a symmetric act may be coded either way round. Conventions
(ANNOTATION.md and the dev gold): an event is dated when it happened; an event with no
date of its own goes on with the day its story tells (precision "lede" is a day); an
announced or scheduled act ("will meet on Monday", "plans to visit in March") is dated
by its announcement, never by the day it is planned for; a week is its Monday.
"""

from __future__ import annotations

import pytest

from dates_support import wrong_dates
from eventwire.config import Settings
from eventwire.pipeline import Coder

pytestmark = pytest.mark.slow


# (id, published, text, [(types, source, target, date, precision)])
ARTICLES = [
    ("border-talks-next-week", "2025-10-16",  # a Thursday
     "Thailand, Cambodia agree to resume border talks\n\n"
     "BANGKOK, Oct 16 (Reuters) - Thailand and Cambodia agreed on Thursday to resume talks "
     "on their disputed border next week, a week after clashes near an ancient temple "
     "killed four soldiers. Thai Foreign Minister Maris Sangiampongsa said the two sides "
     "would meet in Kuala Lumpur on Monday. Cambodian troops fired rockets at a Thai army "
     "post on Oct. 8, the Thai army said, and Thai jets bombed Cambodian positions the "
     "following day. Cambodia accused Thailand last week of using cluster munitions, a "
     "charge Bangkok denied. Malaysia, which brokered a ceasefire between the neighbours "
     "in July, welcomed the agreement.",
     [("AGREE", "THA", "KHM", "2025-10-16", "day"),
      ("ASSAULT", "KHM", "THA", "2025-10-08", "day"),
      ("ASSAULT", "THA", "KHM", "2025-10-09", "day"),
      ("ACCUSE", "KHM", "THA", "2025-10-06", "week"),
      # "would meet ... on Monday": announced in a Thursday story, not last Monday's
      ("CONSULT", "THA", "KHM", "2025-10-16", "day")]),
    ("new-year-recapture", "2026-01-05",  # a Monday
     "KINSHASA, Jan 5 (Reuters) - Congolese troops recaptured the eastern town of Uvira "
     "from M23 rebels on Sunday, the army said, nearly three weeks after the rebels seized "
     "it. M23 rebels captured Uvira on Dec. 17 despite a peace deal signed in Washington "
     "earlier that month. Congo accused Rwanda on Saturday of sending more troops across "
     "the border to back the M23, an accusation Kigali rejected. The United States urged "
     "both sides on Monday to respect the agreement.",
     [("ASSAULT|COERCE", "COD", "COD", "2026-01-04", "day"),
      ("ASSAULT|COERCE", "COD", "COD", "2025-12-17", "day"),
      ("ACCUSE", "COD", "RWA", "2026-01-03", "day"),
      ("REQUEST", "USA", None, "2026-01-05", "day")]),
    ("said-tuesday-acted-wednesday", "2025-11-19",  # a Wednesday
     "Poland says Russia ordered railway sabotage\n\n"
     "WARSAW (AP) \u2014 Poland's prime minister accused Russian intelligence services on "
     "Tuesday of ordering the sabotage of a railway line that carries aid to Ukraine, and "
     "his government closed the last Russian consulate in Poland on Wednesday. An "
     "explosion damaged the track near the village of Mika on Sunday night. Poland "
     "expelled Russian diplomats in October after an arson attack on a Warsaw shopping "
     "centre last year. Moscow denied any involvement and said it would respond.",
     [("ACCUSE", "POL", "RUS", "2025-11-18", "day"),
      ("SANCTION", None, "RUS", "2025-11-19", "day"),
      ("SANCTION", "POL", "RUS", "2025-10-01", "month")]),
    ("weeks-months-years", "2025-05-14",  # a Wednesday
     "Venezuela frees jailed Americans after envoy's visit\n\n"
     "CARACAS, May 14 (Reuters) - Venezuela released six detained Americans on Tuesday "
     "after a visit by a U.S. envoy, the White House said. The envoy met President Nicolas "
     "Maduro in Caracas last week. Washington imposed new oil sanctions on Caracas earlier "
     "this month, and the two countries have had no diplomatic relations since 2019. "
     "Venezuelan authorities arrested the Americans late last year, accusing them of plotting "
     "against the government.",
     [("RETREAT", "VEN", "USA", "2025-05-13", "day"),
      ("CONSULT", "USA", "VEN", "2025-05-05", "week"),
      ("SANCTION", "USA", "VEN", "2025-05-01", "month"),
      ("COERCE", "VEN", "USA", "2024-01-01", "year")]),
    ("scheduled-sanctions", "2025-06-27",  # a Friday
     "EU extends Russia sanctions\n\n"
     "BRUSSELS (Reuters) - European Union leaders agreed on Thursday to extend economic "
     "sanctions on Russia for another six months. Hungary had threatened on Monday to "
     "block the extension. EU foreign ministers will meet on Monday to discuss a new aid "
     "package for Ukraine, and Ukrainian President Volodymyr Zelensky plans to visit "
     "Brussels in July. Russia condemned the decision on Friday.",
     [("SANCTION", "EU", "RUS", "2025-06-26", "day"),
      ("ACCUSE", "RUS", None, "2025-06-27", "day"),
      # planned for next month: dated by the story's day, not last July
      ("CONSULT", "UKR", "EU|BEL", "2025-06-26", "day")]),
    ("previous-day-hours-after", "2025-08-09",  # a Saturday
     "Armenia, Azerbaijan sign peace declaration at White House\n\n"
     "WASHINGTON (AP) \u2014 The leaders of Armenia and Azerbaijan signed a joint "
     "declaration at the White House on Friday, hours after their foreign ministers "
     "initialled the text of a peace treaty. Armenian Prime Minister Nikol Pashinyan and "
     "Azerbaijani President Ilham Aliyev had met in Abu Dhabi in July. Aliyev praised "
     "President Donald Trump on Friday for his mediation. Trump said the two countries "
     "had agreed the previous day to open a transit corridor through southern Armenia.",
     [("AGREE", "ARM", "AZE", "2025-08-08", "day"),
      ("CONSULT", "ARM", "AZE", "2025-07-01", "month"),
      ("SUPPORT", "AZE", "USA", "2025-08-08", "day"),
      ("AGREE|RETREAT|CONCEDE", "ARM", None, "2025-08-07", "day")]),
    ("overnight-headline-night", "2025-03-26",  # a Wednesday
     "Turkish police detain hundreds of protesters on Tuesday night\n\n"
     "ISTANBUL, March 26 (Reuters) - Turkish police detained more than 400 people "
     "overnight after a sixth night of protests over the jailing of Istanbul Mayor Ekrem "
     "Imamoglu, the interior minister said on Wednesday. A court jailed Imamoglu pending "
     "trial on Sunday. Protesters clashed with riot police outside city hall, and "
     "officers fired pepper spray and rubber bullets. Imamoglu was first detained on "
     "March 19.",
     [("COERCE", "TUR", "TUR", "2025-03-25", "day"),
      ("COERCE", None, "TUR", "2025-03-23", "day"),
      ("COERCE", "TUR", "TUR", "2025-03-19", "day")]),
    ("new-year-missiles", "2026-01-08",  # a Thursday
     "SEOUL, Jan 8 (Reuters) - North Korean troops fired artillery shells at South Korean "
     "border posts on Thursday, South Korea's military said. North Korea fired rockets at "
     "a South Korean island on Dec. 28, state media reported. South Korea and the United "
     "States plan to hold joint military exercises in March, which the North has condemned "
     "as an invasion rehearsal. Japan condemned the shelling.",
     [("ASSAULT", "PRK", "KOR", "2026-01-08", "day"),
      ("ASSAULT", "PRK", "KOR", "2025-12-28", "day"),
      # planned for March: not last March
      ("COOPERATE|MOBILIZE", "KOR", "USA|PRK", "2026-01-08", "day"),
      ("ACCUSE", "JPN", "PRK", "2026-01-08", "day")]),
    ("background-own-dates", "2025-09-30",  # a Tuesday
     "CHISINAU (AP) \u2014 Moldova's president accused Russia on Monday of trying to buy "
     "votes in Sunday's parliamentary election, which her pro-European party won. Police "
     "detained 74 people during raids on Sept. 22 over an alleged plot to stage riots "
     "after the vote. Moscow cut gas supplies to Moldova in January. Moldova expelled a "
     "Russian diplomat in 2023. The European Union pledged on Tuesday to "
     "speed up Moldova's accession talks.",
     [("ACCUSE", "MDA", "RUS", "2025-09-29", "day"),
      ("COERCE", "MDA", "MDA", "2025-09-22", "day"),
      ("SANCTION", "RUS", "MDA", "2025-01-01", "month"),
      ("SANCTION", "MDA", "RUS", "2023-01-01", "year"),
      ("AGREE|SUPPORT|AID|COOPERATE", "EU", None, "2025-09-30", "day")]),
    ("summoned-over-strikes", "2025-07-16",  # a Wednesday
     "Iraq summons Turkish envoy over drone strike\n\n"
     "BAGHDAD (Reuters) - Iraq's foreign ministry summoned Turkey's ambassador on Tuesday "
     "after Turkish drones struck a village in the Kurdistan region last Thursday, killing "
     "three people. The ministry said Turkish jets had bombed Iraqi Kurdish villages near "
     "Sulaimaniyah on Sunday as well. Turkey's defence ministry said on Wednesday that its "
     "forces had killed 12 Kurdish militants in northern Iraq over the weekend.",
     [("ACCUSE|CONSULT", "IRQ", "TUR", "2025-07-15", "day"),
      ("ASSAULT", "TUR", "IRQ", "2025-07-10", "day"),
      ("ASSAULT", "TUR", "IRQ", "2025-07-13", "day"),
      ("ASSAULT", "TUR", None, "2025-07-12", "day")]),
    ("hours-after-rockets", "2025-04-02",  # a Wednesday
     "Israel strikes Beirut suburb hours after rocket fire\n\n"
     "BEIRUT (Reuters) - Israeli warplanes struck a building in Beirut's southern suburbs "
     "on Tuesday, hours after rockets were fired from Lebanon at northern Israel. Lebanese "
     "President Joseph Aoun condemned the strike on Tuesday and called on France and the "
     "United States to press Israel to halt its attacks. Hezbollah denied firing the "
     "rockets. Israel and Hezbollah agreed to a ceasefire in late November.",
     [("ASSAULT", "ISR", "LBN", "2025-04-01", "day"),
      ("ACCUSE", "LBN", "ISR", "2025-04-01", "day"),
      ("REQUEST", "LBN", "FRA|USA", "2025-04-01", "day"),
      ("AGREE", "ISR", "LBN", "2024-11-01", "month")]),
    ("due-to-start-next-week", "2025-02-15",  # a Saturday
     "MUNICH (AP) \u2014 Chinese Foreign Minister Wang Yi met German Chancellor Olaf "
     "Scholz in Munich on Friday. Russian and U.S. officials are due to start talks in "
     "Saudi Arabia next week, the Kremlin said on Saturday. Ukrainian President Volodymyr "
     "Zelensky, who met U.S. Vice President JD Vance on Friday, said he would visit the "
     "United Arab Emirates on Sunday. Wang also criticised Washington's new tariffs on "
     "Chinese goods, which took effect on Feb. 4.",
     [("CONSULT", "CHN", "DEU", "2025-02-14", "day"),
      ("CONSULT", "RUS", "USA", "2025-02-15", "day"),
      ("CONSULT", "UKR", "USA", "2025-02-14", "day"),
      # "would visit ... on Sunday": not last Sunday
      ("CONSULT", "UKR", "ARE", "2025-02-14", "day"),
      ("ACCUSE", "CHN", "USA", "2025-02-14", "day")]),
    ("undated-paragraphs", "2025-12-02",  # a Tuesday
     "Honduras opposition protests vote count delays\n\n"
     "TEGUCIGALPA, Honduras (AP) \u2014 Thousands of opposition supporters marched in "
     "Tegucigalpa on Monday to protest delays in counting votes from Sunday's presidential "
     "election. Riot police fired tear gas to disperse the crowd outside the electoral "
     "council.\n\n"
     "Opposition leader Salvador Nasralla accused the ruling party of preparing fraud. The "
     "U.S. State Department urged Honduran authorities to publish the results quickly.\n\n"
     "President Xiomara Castro had rejected allegations of fraud last month.",
     [("PROTEST", "HND", "HND", "2025-12-01", "day"),
      ("COERCE|ASSAULT", "HND", "HND", "2025-12-01", "day"),
      ("ACCUSE", "HND", "HND", "2025-12-01", "day"),
      ("REQUEST", "USA", "HND", "2025-12-01", "day"),
      ("REJECT", "HND", None, "2025-11-01", "month")]),
    ("new-year-wednesday", "2026-01-02",  # a Friday
     "Sudan's army retakes key town from paramilitaries\n\n"
     "KHARTOUM, Jan 2 (Reuters) - Sudan's army said on Thursday it had recaptured the town "
     "of Bara in North Kordofan from the paramilitary Rapid Support Forces. The RSF shelled "
     "a market in El Obeid on Wednesday, killing 11 civilians, the army said. The "
     "RSF seized Bara on Oct. 25 after weeks of fighting. The United "
     "Nations on Friday urged both sides to agree to a humanitarian truce.",
     [("ASSAULT|COERCE", "SDN", "SDN", "2026-01-01", "day"),
      ("ASSAULT", "SDN", "SDN", "2025-12-31", "day"),
      ("ASSAULT|COERCE", "SDN", "SDN", "2025-10-25", "day"),
      ("REQUEST", "UN", "SDN", "2026-01-02", "day")]),
    ("came-a-day-after", "2025-04-11",  # a Friday
     "GAZA (Reuters) - Israeli air strikes killed at least 20 Palestinians in Gaza on "
     "Thursday, health officials said. The strikes came a day after Hamas fired rockets at "
     "southern Israel. Egypt condemned the Israeli strikes and urged both sides to show "
     "restraint.",
     [("ASSAULT", "PSE", "ISR", "2025-04-09", "day"),
      ("ACCUSE", "EGY", "ISR", "2025-04-10", "day")]),
    ("week-before-month-before", "2025-04-07",  # a Monday
     "KYIV (AP) \u2014 Russia and Ukraine exchanged 300 prisoners of war on Saturday, the "
     "second swap in a week. Ukraine had released 150 Russian soldiers the week before, and "
     "Russia freed 12 Ukrainian civilians the previous month. Ukrainian President Volodymyr "
     "Zelensky thanked the United Arab Emirates on Sunday for mediating.",
     [("RETREAT", "RUS", "UKR", "2025-04-05", "day"),
      ("RETREAT", "UKR", "RUS", "2025-03-24", "week"),
      ("RETREAT", "RUS", "UKR", "2025-03-01", "month"),
      ("SUPPORT", "UKR", "ARE", "2025-04-06", "day")]),
    ("paragraph-days", "2025-10-21",  # a Tuesday
     "Peru declares state of emergency in Lima\n\n"
     "LIMA (Reuters) - Peru's government declared a 30-day state of emergency in Lima on "
     "Tuesday after a week of protests. On Sunday, thousands of young people marched on "
     "Congress in Lima, and Peruvian police fired tear gas at the crowd.\n\n"
     "On Monday, President Jose Jeri visited the wounded in hospital and accused "
     "infiltrators of stirring violence.",
     [("COERCE", "PER", "PER", "2025-10-21", "day"),
      ("PROTEST", "PER", "PER", "2025-10-19", "day"),
      ("ACCUSE", "PER", "PER", "2025-10-20", "day")]),
    ("quote-then-previous-day", "2025-03-13",  # a Thursday
     "\"We will not surrender an inch of our land,\" Ukrainian President Volodymyr Zelensky "
     "told reporters in Kyiv on Wednesday, rejecting a Russian demand that Ukraine withdraw "
     "from four regions. Russian forces captured the village of Kurakhove last week, the "
     "Russian defence ministry said. Ukraine's military said on Thursday it had repelled 40 "
     "Russian attacks the previous day.",
     [("REJECT", "UKR", "RUS", "2025-03-12", "day"),
      ("ASSAULT|COERCE", "RUS", "UKR", "2025-03-03", "week"),
      ("ASSAULT", "RUS|UKR", "UKR|RUS", "2025-03-12", "day")]),
    ("new-year-weekend", "2026-01-14",  # a Wednesday
     "TEHRAN (Reuters) - Iranian security forces arrested more than 300 protesters over the "
     "weekend, a rights group said on Wednesday, as demonstrations that began on Dec. 28 "
     "spread to more cities. The United States imposed sanctions on Iran's interior minister "
     "on Monday. Iran's foreign minister accused Washington on Tuesday of inciting the "
     "unrest. Protesters clashed with police in Mashhad late last month.",
     [("COERCE", "IRN", "IRN", "2026-01-10", "day"),
      ("SANCTION", "USA", "IRN", "2026-01-12", "day"),
      ("ACCUSE", "IRN", "USA", "2026-01-13", "day"),
      ("PROTEST|ASSAULT", "IRN", "IRN", "2025-12-01", "month")]),
    ("headline-day-only", "2025-08-18",  # a Monday
     "Thai police arrest opposition leader on Sunday\n\n"
     "BANGKOK (AP) \u2014 Thai police arrested the leader of the main opposition party at "
     "his home in Bangkok, his party said. The United Nations human rights office urged "
     "Thailand to release him.",
     [("COERCE", "THA", "THA", "2025-08-17", "day"),
      ("REQUEST", "UN", "THA", "2025-08-17", "day")]),
    ("overnight-hours-after", "2025-05-07",  # a Wednesday
     "ISLAMABAD (Reuters) - Pakistan said on Wednesday it had shot down five Indian jets "
     "overnight, hours after Indian missiles struck nine sites in Pakistan. Pakistan's "
     "prime minister accused India of an act of war and vowed to retaliate.",
     [("ASSAULT", "PAK", "IND", "2025-05-06", "day"),
      ("ASSAULT", "IND", "PAK", "2025-05-06", "day"),
      ("ACCUSE", "PAK", "IND", "2025-05-07", "day")]),
    ("statement-days-back", "2025-03-12",  # a Wednesday
     "TEHRAN (Reuters) - Iran said on Friday that Israeli jets struck a military base near "
     "Isfahan on Monday. Tehran accused Israel of trying to drag the region into war. "
     "Iran's foreign ministry summoned the Swiss envoy on Saturday. On Tuesday, Iranian "
     "drones attacked an Israeli cargo ship in the Gulf of Oman, the British military "
     "said.",
     [("ASSAULT", "ISR", "IRN", "2025-03-03", "day"),
      ("ACCUSE", "IRN", "ISR", "2025-03-07", "day"),
      ("ASSAULT", "IRN", "ISR", "2025-03-11", "day")]),
    ("earlier-in-the-month", "2025-01-03",  # a Friday
     "WASHINGTON (Reuters) - The U.S. Treasury imposed sanctions on Monday on a Chinese "
     "cybersecurity company over a hacking campaign. On Dec. 30, the department said "
     "Chinese hackers had attacked U.S. government computer systems earlier in the month. "
     "China denied the accusations on Thursday.",
     [("SANCTION", "USA", None, "2024-12-30", "day"),
      ("COERCE|ASSAULT", "CHN", "USA", "2024-12-01", "month"),
      ("REJECT", "CHN", "USA", "2025-01-02", "day")]),
    ("present-tense-schedule", "2025-05-28",  # a Wednesday
     "EU sanctions on Russian gas take effect on June 1\n\n"
     "BRUSSELS (Reuters) - The European Union's new sanctions on Russia take effect on "
     "June 1, officials said on Wednesday. Russian President Vladimir Putin meets Chinese "
     "leader Xi Jinping in Beijing on Friday, the Kremlin said. Hungary criticised the "
     "sanctions package.",
     [("SANCTION", "EU", "RUS", "2025-05-28", "day"),
      ("CONSULT", "RUS", "CHN", "2025-05-28", "day"),
      ("ACCUSE", "HUN", None, "2025-05-28", "day")]),
    ("answering-act", "2025-06-04",  # a Wednesday
     "PARIS (AP) \u2014 France imposed sanctions on Algeria in response to Algeria's "
     "expulsion of French diplomats last week, officials said on Tuesday. Algeria "
     "condemned the decision.",
     [("SANCTION", "FRA", "DZA", "2025-06-03", "day"),
      ("SANCTION", "DZA", "FRA", "2025-05-26", "week"),
      ("ACCUSE", "DZA", "FRA", "2025-06-03", "day")]),
    ("overnight-after-protests", "2025-03-26",  # a Wednesday
     "ISTANBUL, March 26 (Reuters) - Turkish police detained more than 400 people overnight "
     "after a sixth night of protests over the jailing of Istanbul's mayor, the interior "
     "minister said on Wednesday. Israeli jets struck targets in southern Lebanon "
     "overnight after Hezbollah fired rockets at northern Israel, the Israeli army said on "
     "Wednesday.",
     [("COERCE", "TUR", "TUR", "2025-03-25", "day"),
      ("ASSAULT", "ISR", "LBN", "2025-03-25", "day")]),
]


@pytest.fixture(scope="module")
def coder():
    return Coder(Settings())


# Dates the coder still gets wrong, as (article id, index of the expected event): why.
XFAIL: dict[tuple[str, int], str] = {
    ("week-before-month-before", 1): "'the week before' counts from the day told",
}


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [pytest.param(published, text, expected, id=name)
     for name, published, text, expected in ARTICLES])
def test_article_event_dates(coder, request, published, text, expected):
    wrong, coded = wrong_dates(coder, request.node.callspec.id, published, text, expected,
                               XFAIL)
    assert not wrong, f"{wrong}; coded {coded}"
