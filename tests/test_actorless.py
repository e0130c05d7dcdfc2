"""Acts whose trigger is found but whose actors the text leaves unnamed, given the actors
coding conventions supply: a headline's crowd counted by its size ("Thousands protest
in Lima"), a bare count of people arrested in a named place ("Dozens detained after
protests in Tbilisi"), and the group that claims an attack ("X claimed responsibility
for the bombing"). Sentences written for this test."""

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


def _keys(coder: Coder, text: str) -> set[tuple[str, str, str]]:
    events = coder.code_text(Article("t", text, published=date(2024, 5, 10)))
    return {event_key(e) for e in events if not (e.negated or e.hypothetical)}


@pytest.mark.parametrize(("text", "key"), [
    # a headline's crowd by its size, with the protest verb parsed as a noun
    ("Thousands protest in Quito over fuel subsidies.", "PROTEST ECU>ECU"),
    ("Hundreds rally in Accra against new levies.", "PROTEST GHA>GHA"),
])
def test_counted_crowd_protests(coder, text, key):
    assert parse_key(key) in _keys(coder, text)


def test_counted_things_are_no_crowd(coder):
    keys = _keys(coder, "Thousands of ballots were protested in Ohio.")
    assert not [k for k in keys if k[0] == "PROTEST"]


@pytest.mark.parametrize(("text", "key"), [
    ("Dozens detained after protests in Yerevan.", "COERCE ARM>ARM"),
    ("Hundreds were arrested in Bishkek on Sunday.", "COERCE KGZ>KGZ"),
    ("Scores arrested during rally in Almaty.", "COERCE KAZ>KAZ"),
])
def test_counted_arrests_by_the_places_police(coder, text, key):
    assert parse_key(key) in _keys(coder, text)


def test_counted_arrests_need_a_place(coder):
    keys = _keys(coder, "Dozens were detained on Sunday.")
    assert not [k for k in keys if k[0] == "COERCE"]


@pytest.mark.parametrize(("text", "key"), [
    ("Al-Shabaab claimed responsibility for the assault on an army base in Kismayo.",
     "ASSAULT SOM>SOM"),
    ("The Taliban claimed responsibility for the attack on a checkpoint in Kandahar.",
     "ASSAULT AFG>AFG"),
])
def test_claimed_attack_is_the_claimers(coder, text, key):
    assert parse_key(key) in _keys(coder, text)


def test_unclaimed_attack_has_no_claimer(coder):
    keys = _keys(coder, "No group has claimed responsibility for the attack in Peshawar.")
    assert not [k for k in keys if k[0] == "ASSAULT" and k[1] != "-" and k[1] != "PAK"]


@pytest.mark.parametrize(("text", "key"), [
    # a victim named by what they are, in a named place: that country's civilian
    ("A cameraman was shot dead by masked gunmen in Tehran on Monday.", "ASSAULT IRN>IRN"),
    ("A man was shot dead by masked gunmen in Mosul.", "ASSAULT IRQ>IRQ"),
])
def test_described_victim_in_a_place(coder, text, key):
    assert parse_key(key) in _keys(coder, text)


@pytest.mark.parametrize(("text", "key"), [
    # a blast told again with "the", in a named place, by no one named
    ("The blast killed at least 14 people in Jalalabad on Friday.", "ASSAULT AFG>AFG"),
    ("The bomb wounded six people in Quetta.", "ASSAULT PAK>PAK"),
])
def test_told_blast_by_unidentified_attackers(coder, text, key):
    assert parse_key(key) in _keys(coder, text)


def test_told_blast_without_a_place_takes_no_guessed_country(coder):
    keys = _keys(coder, "Russian forces fired missiles at Odesa on Monday. "
                        "The explosion killed three civilians.")
    assert ("ASSAULT", "RUS", "RUS") not in keys


@pytest.mark.parametrize(("text", "key"), [
    # a curfew imposed by no one named: the authorities of where it is, on its people
    ("A curfew was imposed in Osh after clashes on Friday.", "COERCE KGZ>KGZ"),
    ("Curfew imposed in Jos after riots.", "COERCE NGA>NGA"),
])
def test_agentless_curfew(coder, text, key):
    assert parse_key(key) in _keys(coder, text)


def test_curfew_defied_is_no_new_curfew(coder):
    keys = _keys(coder, "Thousands marched in Dhaka in defiance of a curfew.")
    assert not [k for k in keys if k[0] == "COERCE"]


@pytest.mark.parametrize(("text", "key"), [
    # aircraft that strike for no side named: unidentified forces of the place
    ("War planes pounded rebel positions in Darfur on Tuesday.", "ASSAULT SDN>SDN"),
    ("Fighter jets bombed villages in Darfur on Friday.", "ASSAULT SDN>SDN"),
])
def test_unowned_aircraft(coder, text, key):
    assert parse_key(key) in _keys(coder, text)


def test_curfew_told_before_is_not_imposed_again(coder):
    keys = _keys(coder, "The general shortened by two hours the nightly curfew imposed in "
                        "Niamey after the coup.")
    assert ("COERCE", "NER", "NER") not in keys


@pytest.mark.parametrize(("text", "key"), [
    # a bare count killed in a named place ("dozens"), and a headline's gerund cause
    ("Shelling kills dozens in Kherson.", "ASSAULT UKR>UKR"),
    ("A roadside bomb killed scores in Kandahar on Friday.", "ASSAULT AFG>AFG"),
])
def test_counted_dead_in_a_place(coder, text, key):
    assert parse_key(key) in _keys(coder, text)


def test_placed_arrests_by_the_places_police(coder):
    assert ("COERCE", "BLR", "BLR") in _keys(coder, "Mass arrests in Minsk after opposition rally.")


def test_arrests_told_before_are_not_new(coder):
    keys = _keys(coder, "The arrests in Minsk drew condemnation.")
    assert ("COERCE", "BLR", "BLR") not in keys
