"""Trigger coverage through the real pipeline (model-backed): wordings of events that
once coded nothing in their sentence. Every sentence is written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.config import Settings
from eventwire.pipeline import Coder
from eventwire.records import Article

pytestmark = pytest.mark.slow

PUBLISHED = date(2024, 3, 15)


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings())


def coded(coder: Coder, text: str) -> set[tuple[str, str | None, str | None]]:
    """(type, source code, target code) of the sentence's asserted events."""
    events = coder.code_text(Article(id="t", text=text, published=PUBLISHED))
    return {(e.event_type, e.source.code, e.target.code if e.target else None)
            for e in events if not (e.negated or e.hypothetical)}


@pytest.mark.parametrize(("text", "expected"), [
    # a noun of giving with an "of" object reads as its verb with that object
    ("Germany announced the delivery of 40 tanks to Ukraine.", ("AID", "DEU", "UKR")),
    ("Sweden approved the dispatch of medical supplies to Gaza.", ("AID", "SWE", "PSE")),
    ("Canada approved the transfer of 20 helicopters to the Philippines.",
     ("AID", "CAN", "PHL")),
    ("The shipment of ammunition to Kyiv by Poland began in March.", ("AID", "POL", "UKR")),
])
def test_giving_noun_with_an_of_object_is_aid(coder, text, expected):
    assert expected in coded(coder, text)


@pytest.mark.parametrize("text", [
    "Tunisia's president oversaw the transfer of power to a new cabinet.",
    "The region's water supply was restored on Monday.",
])
def test_giving_noun_without_a_given_thing_is_no_aid(coder, text):
    assert not {e for e in coded(coder, text) if e[0] == "AID"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Guinea threw out the French ambassador on Monday.", ("SANCTION", "GIN", "FRA")),
    ("Mali's junta kicked out UN peacekeepers last year.", ("SANCTION", "MLI", "UN")),
])
def test_throwing_or_kicking_out_envoys_and_missions_is_an_expulsion(coder, text, expected):
    assert expected in coded(coder, text)


def test_throwing_out_a_case_is_no_event(coder):
    assert coded(coder, "The judge threw out the case against the former minister.") == set()


@pytest.mark.parametrize(("text", "expected"), [
    ("Venezuela shut down internet service in Caracas on Sunday.", ("COERCE", "VEN", "VEN")),
    ("Ethiopia suspended social media platforms in the Amhara region.",
     ("COERCE", "ETH", "ETH")),
])
def test_cutting_off_the_internet_is_censorship(coder, text, expected):
    assert expected in coded(coder, text)


@pytest.mark.parametrize("text", [
    "Russian forces fell back from Kherson on Friday.",
    "Russian troops pulled back from the outskirts of Kharkiv on Friday.",
])
def test_falling_back_from_a_place_is_a_withdrawal(coder, text):
    assert any(e[:2] == ("RETREAT", "RUS") for e in coded(coder, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile and Peru set up a joint working group on migration.", ("COOPERATE", "CHL", "PER")),
    ("Egypt and Sudan formed a joint military committee on Monday.",
     ("COOPERATE", "EGY", "SDN")),
])
def test_setting_up_a_joint_body_is_cooperation(coder, text, expected):
    assert expected in coded(coder, text)


def test_a_drone_slamming_into_a_depot_is_a_strike(coder):
    events = coded(coder, "A Ukrainian drone slammed into an oil depot in Russia's "
                          "Belgorod region.")
    assert ("ASSAULT", "UKR", "RUS") in events
    assert not {e for e in events if e[0] == "ACCUSE"}


def test_declaring_a_no_fly_zone_restricts_movement(coder):
    assert ("COERCE", "RUS", "RUS") in coded(
        coder, "Russia declared a no-fly zone over the region on Monday.")


@pytest.mark.parametrize("text", [
    "Russia waged a propaganda campaign against Moldova's government.",
    "Russia waged a disinformation campaign against Moldova's government.",
])
def test_a_campaign_of_words_is_no_attack(coder, text):
    assert not {e for e in coded(coder, text) if e[0] == "ASSAULT"}


def test_a_cyber_campaign_is_a_cyber_attack(coder):
    events = coded(coder, "North Korean hackers waged a cyber campaign against South "
                          "Korean banks.")
    assert ("COERCE", "PRK", "KOR") in events
    assert not {e for e in events if e[0] == "ASSAULT"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Laos suspended plans to impose a curfew in the capital.", ("CONCEDE", "LAO", "LAO")),
    # toward whom the given-up act would have been
    ("Belarus shelved a proposal to expel Polish diplomats.", ("CONCEDE", "BLR", "POL")),
])
def test_giving_up_a_plan_of_coercion_is_a_concession(coder, text, expected):
    assert expected in coded(coder, text)


def test_a_given_up_plan_is_not_carried_out(coder):
    events = coded(coder, "Serbia dropped its plan to deploy troops to the Kosovo border.")
    assert ("CONCEDE", "SRB", "XKX") in events
    assert not {e for e in events if e[0] == "MOBILIZE"}


def test_a_plan_named_by_the_clause_that_gave_it_up_is_read_once(coder):
    # "the order the government withdrew": the relative clause is the giving up itself
    # (its object is the order); reading it as the planned act recursed without end
    events = coded(coder, "Romanian protesters marched against the order the government "
                          "withdrew on Friday.")
    assert ("PROTEST", "ROU", "ROU") in events


def test_giving_up_a_plan_of_no_coercion_is_no_concession(coder):
    assert not {e for e in coded(coder, "Egypt scrapped plans to build a new dam on the "
                                         "Nile.") if e[0] == "CONCEDE"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey floated the idea of imposing sanctions on Syria.", ("THREATEN", "TUR", "SYR")),
    ("Hungary raised the potential of imposing tariffs on Ukrainian grain.",
     ("THREATEN", "HUN", "UKR")),
])
def test_raising_the_idea_of_sanctions_threatens_them(coder, text, expected):
    events = coded(coder, text)
    assert expected in events
    assert not {e for e in events if e[0] == "SANCTION"}
