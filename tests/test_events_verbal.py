"""Verbal acts (REQUEST, ACCUSE, SUPPORT, AGREE) and what they do not make happen."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.config import Settings
from eventwire.pipeline import Coder
from eventwire.records import Article

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings())


def events(coder: Coder, text: str) -> list:
    return coder.code_text(Article(id="v1", text=text, published=date(2024, 5, 10)))


def keys(coder: Coder, text: str) -> set[tuple]:
    return {(e.event_type, e.source.code, e.target.code if e.target else None)
            for e in events(coder, text) if not (e.negated or e.hypothetical)}


@pytest.mark.parametrize(("text", "pair"), [
    ("French President Emmanuel Macron told Chinese leader Xi Jinping on Monday to press "
     "Moscow to end the war.", ("FRA", "CHN")),
    ("German Chancellor Olaf Scholz told Turkish President Tayyip Erdogan to lift his veto "
     "on Sweden joining NATO.", ("DEU", "TUR")),
    ("The Kenyan president on Friday ordered the Ethiopian rebels to lay down their arms.",
     ("KEN", "ETH")),
])
def test_telling_another_to_act_is_a_request(coder, text, pair):
    assert ("REQUEST", *pair) in keys(coder, text)


def test_the_act_told_is_not_done(coder):
    found = events(coder, "The Saudi foreign minister told Yemen's Houthi rebels on "
                          "Thursday to withdraw from the port of Hodeidah.")
    assert ("REQUEST", "SAU", "YEM") in {(e.event_type, e.source.code, e.target and
                                          e.target.code) for e in found}
    assert not any(e.event_type == "RETREAT" and not e.hypothetical for e in found)


@pytest.mark.parametrize("text", [
    "Israeli Defence Minister Yoav Gallant on Sunday ordered the army to pull its "
    "brigades back from the northern border.",
    "Indian Prime Minister Narendra Modi told Indian officials to speed up the evacuation.",
])
def test_ordering_ones_own_side_is_no_request(coder, text):
    assert not any(k[0] == "REQUEST" for k in keys(coder, text))


def test_told_to_leave_is_no_request(coder):
    text = ("Mali's junta on Monday ordered the French ambassador to leave the country "
            "within 72 hours.")
    assert not any(k[0] == "REQUEST" for k in keys(coder, text))


@pytest.mark.parametrize("text", [
    "Russia arrested an American reporter in Yekaterinburg in March. Washington on "
    "Tuesday demanded his release.",
    "Belarus jailed a Lithuanian activist last year. Lithuania on Tuesday sought her "
    "release.",
])
def test_release_demanded_is_not_done(coder, text):
    found = events(coder, text)
    assert any(e.event_type == "REQUEST" for e in found)
    assert not any(e.event_type == "RETREAT" and not e.hypothetical for e in found)


def test_release_of_ones_own_is_asked_of_the_holder(coder):
    text = ("China detained a Japanese pharmaceutical executive in Beijing in March. "
            "Japan on Friday demanded the release of the Japanese executive.")
    found = keys(coder, text)
    assert ("REQUEST", "JPN", "CHN") in found
    assert ("REQUEST", "JPN", "JPN") not in found


@pytest.mark.parametrize(("text", "pair"), [
    ("South African President Cyril Ramaphosa on Thursday described Israel's offensive in "
     "Rafah as genocide.", ("ZAF", "ISR")),
    ("Lithuania's foreign minister said he regarded Belarusian leader Alexander Lukashenko "
     "as a dictator.", ("LTU", "BLR")),
    ("Estonian Prime Minister Kaja Kallas said Tallinn viewed Russia as a terrorist state.",
     ("EST", "RUS")),
])
def test_seeing_or_describing_as_damning_accuses(coder, text, pair):
    assert ("ACCUSE", *pair) in keys(coder, text)


@pytest.mark.parametrize("text", [
    "The Japanese foreign minister described the talks with South Korea as frank.",
    "Vietnam regards China as its biggest trading partner.",
    "Kenyan President William Ruto described the situation in Haiti as calm.",
])
def test_plain_description_is_no_accusation(coder, text):
    assert not any(k[0] == "ACCUSE" for k in keys(coder, text))


@pytest.mark.parametrize(("text", "pair"), [
    ("Armenia and Azerbaijan agreed on Tuesday to pull their troops back from the line of "
     "contact.", {"ARM", "AZE"}),
    ("Thailand and Cambodia agreed on Monday to withdraw soldiers from their disputed "
     "border.", {"THA", "KHM"}),
])
def test_sides_agreeing_together_agree_with_each_other(coder, text, pair):
    found = events(coder, text)
    agreements = {(e.source.code, e.target.code if e.target else None)
                  for e in found if e.event_type == "AGREE" and not e.hypothetical}
    assert agreements and all(set(a) == pair for a in agreements)


@pytest.mark.parametrize("text", [
    "China freed a detained Australian journalist on Wednesday. Australian Prime Minister "
    "Anthony Albanese welcomed her release.",
    "Venezuela freed two American oil executives on Saturday. Washington praised their "
    "release.",
])
def test_one_released_is_not_the_releaser(coder, text):
    releases = [e for e in events(coder, text) if e.event_type == "RETREAT"]
    assert releases and all(e.source.code != e.target.code if e.target else True
                            for e in releases)
    assert not any(e.source.code in ("AUS", "USA") for e in releases)


@pytest.mark.parametrize(("text", "pair"), [
    ("Dutch Prime Minister Mark Rutte on Friday made new allegations linking Russian "
     "military intelligence to the downing of the airliner.", ("NLD", "RUS")),
    ("Poland on Monday levelled allegations linking Belarusian border guards to the "
     "attacks on its soldiers.", ("POL", "BLR")),
])
def test_allegation_linking_someone_to_a_deed_accuses_them(coder, text, pair):
    assert ("ACCUSE", *pair) in keys(coder, text)


def test_dismissing_as_a_damning_thing_accuses(coder):
    text = ("Moldova's foreign ministry dismissed the referendum held in Transnistria by "
            "Russia as a farce.")
    found = keys(coder, text)
    assert any(k[0] == "ACCUSE" and k[1] == "MDA" for k in found)
    assert not any(k[0] == "REJECT" for k in found)


def test_dismissing_as_untrue_stays_a_denial(coder):
    text = "China's foreign ministry dismissed the Dutch report as groundless."
    assert not any(k[0] == "ACCUSE" for k in keys(coder, text))


def test_accused_named_on_the_deed_charged(coder):
    text = ("Armenia on Tuesday made accusations of ethnic cleansing against Azerbaijani "
            "troops in Nagorno-Karabakh.")
    assert ("ACCUSE", "ARM", "AZE") in keys(coder, text)
