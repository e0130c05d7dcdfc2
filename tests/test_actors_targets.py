"""Countries of descriptions, role words and unknown officials that name none: the
dateline's country, the state a possessive pronoun names, governments described by
their rulers, officials whose state the last sentences were about, and rebels a
state's forces fight."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors.resolve import resolve_actors

pytestmark = pytest.mark.slow

DAY = date(2025, 3, 4)


def _mention(nlp, kb, text, head):
    doc = nlp(text)
    found = [m for m in resolve_actors(doc, kb, DAY) if doc[m.head].lower_ == head.lower()
             or head in doc[m.start:m.end].text]
    assert found, head
    return found[0]


def _countries(nlp, kb, text, head):
    return [a.country for a in _mention(nlp, kb, text, head).actors]


@pytest.mark.parametrize("text, head, country", [
    # "her"/"his" on a role word name the person's state, not the last state named
    ("OSLO (Agency) - Danish Prime Minister Mette Frederiksen spoke to Swedish officials "
     "about the Baltic on Monday. Her government then summoned the Russian envoy.",
     "government", "DNK"),
    ("Kenyan President William Ruto flew to Addis Ababa for talks with Ethiopian "
     "officials. His administration later protested to Somalia.", "administration", "KEN"),
])
def test_owner_pronoun_gives_a_role_word_its_persons_state(nlp, kb, text, head, country):
    assert _countries(nlp, kb, text, head) == [country]


STORY = ("LAGOS, Nigeria (Agency) - Chad's military rulers told the Sudanese envoy to "
         "leave the country on Tuesday. The junta accused Khartoum of arming rebels in "
         "the east.")


def test_a_datelines_country_word_is_no_state_of_the_story(nlp, kb):
    # "Nigeria" only says where the story was filed: "the country" the envoy leaves and
    # "the junta" are Chad's
    assert _countries(nlp, kb, STORY, "country") == ["TCD"]
    assert _countries(nlp, kb, STORY, "junta") == ["TCD"]


def test_military_rulers_are_their_states_government(nlp, kb):
    rulers = _mention(nlp, kb, "Mali's military rulers expelled a French journalist.",
                      "rulers")
    assert [(a.country, a.sector) for a in rulers.actors] == [("MLI", "GOV")]


def test_a_government_named_with_its_state_is_salient_for_the_government_later(nlp, kb):
    text = ("Ethiopian drones struck a market in Tigray on Monday, Eritrea's government "
            "said. The government condemned the strike.")
    assert _countries(nlp, kb, text, "The government") == ["ERI"]


@pytest.mark.parametrize("text", [
    # the capital standing for a government that the official addresses is the other
    # party, not his own state
    ("ACCRA (Agency) - Ethiopian drones struck a market in Eritrea on Monday, Eritrea's "
     "government said. The government condemned the Ethiopian strike. Foreign Minister "
     "Osman Saleh called on Washington to restrain its ally."),
    # of two states the story names as often, the one the last sentences were about
    ("ACCRA (Agency) - Ethiopian drones struck a market in Eritrea on Monday, Eritrea's "
     "government said. The government condemned the Ethiopian strike. Foreign Minister "
     "Osman Saleh demanded compensation."),
])
def test_an_unknown_official_speaks_for_the_state_just_described(nlp, kb, text):
    assert _countries(nlp, kb, text, "Osman Saleh") == ["ERI"]


def test_a_capital_where_an_official_acts_is_still_his_country(nlp, kb):
    text = "President Omar Haddad threatened to impose a curfew in Algiers."
    assert _countries(nlp, kb, text, "Omar Haddad") == ["DZA"]


def test_a_head_of_state_is_of_the_story_country_not_of_the_last_speaker(nlp, kb):
    # the story names Peru most; a U.S. office spoke last
    text = ("LIMA, Peru (Agency) - Thousands of Peruvians marched in Lima on Monday. "
            "Peruvian police fired tear gas. The U.S. State Department urged Peruvian "
            "authorities to show restraint.\n\nPresident Ana Quispe rejected the "
            "criticism.")
    assert _countries(nlp, kb, text, "Ana Quispe") == ["PER"]


def test_unnamed_rebels_a_states_forces_fight_are_its_own(nlp, kb):
    # not the dateline's country, which the story names most
    text = ("NAIROBI, Kenya (Agency) - Kenyan officials said on Monday that Kenya had "
            "closed a crossing. Kenyan police were sent north. Ethiopia's army attacked "
            "rebels in the Afar region, killing dozens.")
    assert _countries(nlp, kb, text, "rebels") == ["ETH"]
