"""The story's home country for role words: datelines and domestic organs."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors.context import dateline_country
from eventwire.actors.resolve import resolve_actors

pytestmark = pytest.mark.slow

STORY = ("CARACAS, Aug 24 (Agency) — Venezuela's Supreme Court certified the result on "
         "Friday.\n\nBrazil and Colombia criticised the ruling. Police arrested 20 "
         "protesters outside the court.")


def test_context_dateline_city_gives_the_home_country(nlp, kb):
    assert dateline_country(nlp(STORY), kb) == "VEN"
    assert dateline_country(nlp("Police arrested 20 protesters in Caracas."), kb) is None


def test_context_police_belong_to_the_story_country_not_the_last_state(nlp, kb):
    doc = nlp(STORY)
    police = next(m for m in resolve_actors(doc, kb, date(2024, 8, 24))
                  if doc[m.head].lower_ == "police")
    assert [(a.country, a.sector) for a in police.actors] == [("VEN", "COP")]


def test_context_the_leaders_are_the_people_just_named(nlp, kb):
    doc = nlp("U.S. President Joe Biden hosted Japanese Prime Minister Fumio Kishida and "
              "South Korean President Yoon Suk Yeol on Friday. The leaders condemned "
              "China's behaviour. They also condemned North Korea.")
    mentions = resolve_actors(doc, kb, date(2023, 8, 19))
    leaders = next(m for m in mentions if doc[m.head].lower_ == "leaders")
    they = next(m for m in mentions if doc[m.head].text == "They")
    assert {a.country for a in leaders.actors} == {"USA", "JPN", "KOR"}
    assert {a.country for a in they.actors} == {"USA", "JPN", "KOR"}


def test_context_the_authorities_are_the_story_country_not_the_last_state(nlp, kb):
    doc = nlp("Bangladesh's prime minister fled Dhaka on Monday after weeks of protests in "
              "Bangladesh. Bangladesh's army said it would form an interim government. "
              "India said it was watching the situation. U.N. rights chief Volker Turk "
              "urged the authorities to ensure accountability.")
    authorities = next(m for m in resolve_actors(doc, kb, date(2024, 8, 6))
                       if doc[m.head].lower_ == "authorities")
    assert [a.country for a in authorities.actors] == ["BGD"]


def test_context_the_army_is_the_story_countrys(nlp, kb):
    doc = nlp("Soldiers fought in Bujumbura, Burundi, on Thursday. Burundi's president, who "
              "was in Tanzania, could not fly home from Tanzania. Nkurunziza thanked the "
              "army.")
    army = next(m for m in resolve_actors(doc, kb, date(2015, 5, 14))
                if doc[m.head].lower_ == "army")
    assert [a.country for a in army.actors] == ["BDI"]


def test_context_the_leaders_named_two_sentences_back(nlp, kb):
    doc = nlp("U.S. President Joe Biden hosted Japanese Prime Minister Fumio Kishida and "
              "South Korean President Yoon Suk Yeol on Friday. The summit was held at Camp "
              "David. The leaders condemned China's behaviour. The authorities in Beijing "
              "protested.")
    mentions = resolve_actors(doc, kb, date(2023, 8, 19))
    leaders = next(m for m in mentions if doc[m.head].lower_ == "leaders")
    assert {a.country for a in leaders.actors} == {"USA", "JPN", "KOR"}
    authorities = next(m for m in mentions if doc[m.head].lower_ == "authorities")
    assert [a.country for a in authorities.actors] == ["CHN"]


def test_context_led_by_names_the_side(nlp, kb):
    # The gunmen are the leading group's, not the country named last.
    doc = nlp("Israeli troops entered the town on Monday. Hezbollah-led gunmen attacked "
              "an Israeli patrol near the border.")
    gunmen = next(m for m in resolve_actors(doc, kb, date(2024, 8, 6))
                  if doc[m.head].lower_ == "gunmen")
    assert [a.country for a in gunmen.actors] == ["LBN"]


@pytest.mark.slow
def test_role_word_takes_the_country_of_the_region_its_sentence_names(nlp, kb):
    """Security forces acting in a region of a country are that country's, whatever the
    dateline: "ISLAMABAD — ... troops were deployed in the Kashmir valley"."""
    doc = nlp("ISLAMABAD, Aug 8 (eventwire) — Pakistan expelled India's envoy on Wednesday.\n\n"
              "Internet lines remained cut in the Kashmir valley, and thousands of extra "
              "troops were deployed there.")
    troops = [m for m in resolve_actors(doc, kb, date(2019, 8, 8))
              if doc[m.head].lower_ == "troops"]
    assert troops and troops[0].actors[0].country == "IND"


def test_context_a_domestic_organ_sets_the_sentence_in_its_state(nlp, kb):
    doc = nlp("Germany sent more tanks to Poland on Monday. Chile's senate on Tuesday urged "
              "the government to cut fuel taxes.")
    government = next(m for m in resolve_actors(doc, kb, date(2024, 1, 13))
                      if doc[m.head].lower_ == "government")
    assert [a.country for a in government.actors] == ["CHL"]


def test_context_unknown_titled_person_takes_the_one_named_groups_country(nlp, kb):
    doc = nlp("President Jan Kowalski has conceded to demands from Hamas to free prisoners.")
    person = next(m for m in resolve_actors(doc, kb, date(2024, 1, 13))
                  if "Kowalski" in doc[m.start:m.end].text)
    assert [a.country for a in person.actors] == ["PSE"]


def test_context_dateline_with_an_agency_and_no_comma_gives_the_city(nlp, kb):
    assert dateline_country(nlp("ROME (Agency) - Italy's cabinet met on Monday."), kb) == "ITA"


@pytest.mark.parametrize("text, home", [
    # filed from a foreign capital the story never names again
    ("LONDON, April 12 (Agency) — Sudan's army chief met rebel envoys in Jeddah on Friday. "
     "The army said Sudanese troops would hold their positions.\n\nPolice arrested 30 "
     "protesters on Saturday.", "SDN"),
    # the dateline's own country word is where it was filed, not a story mention
    ("NAIROBI, Kenya (Agency) — Ethiopian troops clashed with rebels in the north, the "
     "Ethiopian army said.\n\nPolice arrested 30 protesters on Saturday.", "ETH"),
])
def test_context_a_foreign_dateline_does_not_outweigh_the_story(nlp, kb, text, home):
    doc = nlp(text)
    police = next(m for m in resolve_actors(doc, kb, date(2024, 4, 14))
                  if doc[m.head].lower_ == "police")
    assert [a.country for a in police.actors] == [home]
