"""Targets of reactions and mobilisations that name none: "welcomed the decision" is
aimed at who decided, not at who spoke against it; forces put on alert answer whoever
just acted against their state."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.config import Settings
from eventwire.pipeline import Coder
from eventwire.records import Article

pytestmark = pytest.mark.slow

DAY = date(2025, 3, 4)


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings())


def test_the_decision_welcomed_is_a_deed_not_the_words_about_it(coder):
    # "the decision" names the sanctions, not the charge or the threat made about them
    events = coder.code_text(Article(
        "t", "Britain imposed new sanctions on Iran on Monday. Iran's foreign ministry "
             "accused Britain of hostility and threatened to retaliate. Israel welcomed "
             "the decision.", published=DAY))
    keys = {(e.event_type, e.source.code, e.target.code if e.target else None)
            for e in events if not e.hypothetical}
    assert ("SUPPORT", "ISR", "GBR") in keys
    assert ("SUPPORT", "ISR", "IRN") not in keys


def _keys(coder, text):
    return {(e.event_type, e.source.code, e.target.code if e.target else None)
            for e in coder.code_text(Article("t", text, published=DAY))
            if not e.hypothetical and not e.negated}


def test_forces_put_on_alert_answer_whoever_just_acted_against_their_state(coder):
    # the forces made ready are the state's own: the act is aimed at the adversary
    keys = _keys(coder, "Iranian boats seized a tanker near Oman on Monday. Oman's "
                        "defence ministry said it had raised the alert level of its "
                        "navy. Oil prices rose.")
    assert ("MOBILIZE", "OMN", "IRN") in keys
    assert ("MOBILIZE", "OMN", "OMN") not in keys


def test_police_deployed_at_home_stay_at_home(coder):
    keys = _keys(coder, "Police fired tear gas at protesters in Lima. The government "
                        "deployed more police in the capital.")
    assert ("MOBILIZE", "PER", "PER") in keys


def test_a_denial_answers_the_charge_made_not_one_only_asked_for(coder):
    # "ask the council to condemn Hanoi" is no charge by the council
    keys = _keys(coder, "Cambodian troops fired on a Thai patrol on Monday. Thailand's "
                        "government called the attack a provocation. Bangkok said it "
                        "would ask the U.N. Security Council to condemn Phnom Penh. "
                        "Cambodia denied that its troops were involved.")
    assert ("REJECT", "KHM", "THA") in keys
    assert ("REJECT", "KHM", "UNSC") not in keys


def test_forces_sent_for_a_purpose_are_aimed_at_whom_it_names(coder):
    events = coder.code_text(Article(
        "t", "Russia's navy began drills in the Baltic on Monday, sending warships and "
             "bombers to encircle Estonia's islands.", published=DAY))
    sent = {e.target.code for e in events if e.trigger == "sending" and e.target}
    assert sent == {"EST"}


def test_similar_exercises_are_aimed_where_the_states_last_ones_were(coder):
    keys = _keys(coder, "North Korea's army launched artillery drills near South Korea "
                        "on Monday. North Korea staged similar exercises in March.")
    assert ("MOBILIZE", "PRK", "PRK") not in keys
    assert ("MOBILIZE", "PRK", "KOR") in keys
