"""Wording classes found by the round-6 fresh articles (test_fresh_articles6.py), each
checked on sentences written for this test: the entities and peoples of Bosnia ("Bosnian
Serb", "the Serb Republic"), "would no longer" as an announced refusal, a union name
built on a generic party word after a country ("the Ghana Labour Congress"), a state
suspended from a bloc, an order or decree that does what its participle says, a site
named by its city ("at a Beijing airport"), a bloc's deployment sent to the story's
country, the dateline's country as the story's, a later deployment sent where the same
state sent forces before, and a sentence passed where the arrest was."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.config import Settings
from eventwire.pipeline import Coder
from eventwire.records import Article
from fresh_support import event_key, parse_key

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings())


def _keys(coder: Coder, text: str, counted: bool = True) -> set[tuple[str, str, str]]:
    events = coder.code_text(Article("t", text, published=date(2024, 5, 10)))
    return {event_key(e) for e in events
            if not counted or not (e.negated or e.hypothetical)}


@pytest.mark.parametrize(("text", "key", "counted"), [
    # Bosnia's Serb entity and its people are Bosnia's, not Serbia's
    ("The Serb Republic said on Monday it would no longer recognise the state court.",
     "REJECT BIH>BIH", True),
    ("Bosnian Serb lawmakers accused the state court of bias on Tuesday.",
     "ACCUSE BIH>BIH", True),
    # "would no longer" announces a refusal, as "would not" does
    ("Hungary said on Friday it would no longer accept asylum seekers from Serbia.",
     "REJECT HUN>*", True),
    # a generic party word inside a union's name after its country
    ("The Ghana Labour Congress rejected the government's wage offer on Monday.",
     "REJECT GHA>GHA", True),
    ("Kenya's Labour Congress accused the government of breaking its promises.",
     "ACCUSE KEN>KEN", True),
    # a member state suspended from a bloc
    ("The West African bloc ECOWAS suspended Guinea from its institutions on Wednesday.",
     "SANCTION ECOWAS>GIN", True),
    # an order or decree does what its participle says, by whoever issued it
    ("Argentina's President Javier Milei signed a decree on Friday imposing tariffs on "
     "Brazilian steel.", "SANCTION ARG>BRA", True),
    ("The Japanese government issued an order on Monday banning exports to North Korea.",
     "SANCTION JPN>PRK", True),
    # a site named by its city is in that city's country
    ("A Canadian journalist was detained at a Beijing airport on Sunday.",
     "COERCE CHN>CAN", True),
    ("Two British aid workers were arrested at a Tehran hotel last week.",
     "COERCE IRN>GBR", True),
    # a bloc has no home: its deployment goes to the story's country
    ("Mali asked ECOWAS for help on Tuesday. ECOWAS said it was sending 1,000 troops to "
     "protect the capital.", "MOBILIZE ECOWAS>MLI", True),
])
def test_round6_wording_classes(coder, text, key, counted):
    wanted = parse_key(key)
    keys = _keys(coder, text, counted)
    assert any(k[0] == wanted[0] and k[1] == wanted[1] and wanted[2] in ("*", k[2])
               for k in keys), keys


@pytest.mark.parametrize(("text", "key"), [
    # no Serbian actor in a Bosnian Serb's words
    ("Bosnian Serb leaders condemned the ruling of the state court on Tuesday.",
     "ACCUSE SRB>*"),
    # Labour alone is still Britain's party
    ("British Labour lawmakers criticised Nigeria on Monday.", "ACCUSE NGA>*"),
    # exports suspended from ports are no state suspended from a bloc
    ("Russia suspended grain exports from its ports on Monday.", "SANCTION RUS>RUS"),
])
def test_round6_wording_classes_not_coded(coder, text, key):
    wanted = parse_key(key)
    assert not any(k[0] == wanted[0] and k[1] == wanted[1] and wanted[2] in ("*", k[2])
                   for k in _keys(coder, text, False))


def test_dateline_country_is_the_story_country_when_named_again(coder):
    # Australia is named more often, but the story is filed from Fiji and is about it:
    # an offer with no addressee goes to Fiji
    text = ("SUVA, Fiji (Reuters) - Australia sent police officers to Fiji on Monday after "
            "two days of riots, Australian officials said. Canberra said more would "
            "follow. China offered humanitarian aid on Tuesday.")
    keys = _keys(coder, text)
    assert ("AGREE", "CHN", "FJI") in keys, keys


def test_later_deployment_goes_where_the_state_sent_forces_before(coder):
    # the second deployment names no destination: it is not one at home
    keys = _keys(coder, "Turkey sent warships to Libya on Monday. Ankara deployed 300 more "
                        "soldiers on Wednesday.")
    assert ("MOBILIZE", "TUR", "LBY") in keys and ("MOBILIZE", "TUR", "TUR") not in keys, keys


def test_sentence_told_with_an_arrest_is_by_the_state_where_the_arrest_was(coder):
    keys = _keys(coder, "A German engineer was detained at a Tehran airport in May and "
                        "sentenced to six years in prison.")
    assert ("SANCTION", "IRN", "DEU") in keys and ("SANCTION", "DEU", "DEU") not in keys, keys
