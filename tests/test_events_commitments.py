"""Commitments (AGREE and kin): what the committed clause is about is not its target."""

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


def keys(coder: Coder, text: str) -> set[tuple]:
    events = coder.code_text(Article(id="c1", text=text, published=date(2024, 5, 10)))
    return {(e.event_type, e.source.code, e.target.code if e.target else None)
            for e in events if not (e.negated or e.hypothetical)}


@pytest.mark.parametrize("text", [
    "Germany and France agreed on Thursday to work closely on China issues.",
    "Germany and France agreed on Thursday to cooperate on Iran policy.",
])
def test_commitment_topic_is_not_the_target(coder, text):
    found = keys(coder, text)
    assert not any(target in ("CHN", "IRN") for _, _, target in found), found


def test_commitment_recipient_is_the_target(coder):
    found = keys(coder, "Libya agreed on Thursday to hand over the two suspects to Britain.")
    assert ("AGREE", "LBY", "GBR") in found, found


@pytest.mark.parametrize(("text", "act"), [
    ("Ghana agreed to allow UN monitors into the northern region.", ("RETREAT", "GHA", "UN")),
    ("Brazil's president promised to release the Bolivian prisoners.",
     ("RETREAT", "BRA", "BOL")),
])
def test_agreement_is_for_whom_the_agreed_act_is(coder, text, act):
    """An agreement or promise to act names whom it is for only through the act: the
    AGREE takes the act's target, and the act is still coded."""
    found = keys(coder, text)
    assert act in found, found
    assert ("AGREE", act[1], act[2]) in found, found


@pytest.mark.parametrize(("text", "act"), [
    ("Norway will give Kenya a grant of $20 million to build schools.", ("AID", "NOR", "KEN")),
    ("Egypt said on Monday it would allow Sudanese refugees into the country.",
     ("CONCEDE", "EGY", "SDN")),
    ("Israel will release 50 Palestinian prisoners on Friday, officials said.",
     ("RETREAT", "ISR", "PSE")),
    ("Chile will support Peru's bid to host the summit, Chile's president said.",
     ("SUPPORT", "CHL", "PER")),
])
def test_announced_cooperation_is_also_a_pledge(coder, text, act):
    """CAMEO 03: an announced act of cooperation is an intent (AGREE) with the act's
    actors, and the committed act itself is still coded (ANNOTATION.md)."""
    found = keys(coder, text)
    assert act in found, found
    assert ("AGREE", act[1], act[2]) in found, found


@pytest.mark.parametrize(("text", "pair"), [
    ("The Chinese premier will visit Kenya in June, officials said.", ("CHN", "KEN")),
    ("Kenya's president said he would meet the Chinese envoy to discuss the loans.",
     ("KEN", "CHN")),
])
def test_announced_meeting_is_an_intent_to_meet(coder, text, pair):
    """CAMEO 036: a meeting announced with no day set is an intent to meet (AGREE),
    besides the consultation itself."""
    found = keys(coder, text)
    assert {("CONSULT", *pair), ("AGREE", *pair)} <= found, found


@pytest.mark.parametrize("text", [
    "Norway gave Kenya a grant of $20 million to build schools.",
    "Egypt said on Monday it would not allow Sudanese refugees into the country.",
    # a meeting set for a day is the consultation, not an intent to meet
    "Egypt will meet Sudan's foreign minister in Cairo on Monday.",
])
def test_done_refused_or_plain_future_acts_are_no_pledges(coder, text):
    found = keys(coder, text)
    assert not any(kind == "AGREE" for kind, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # A day after "agreed on" is no one who is to act.
    ("The European Union agreed on Saturday to provide aid to Romania.",
     {("AGREE", "EU", "ROU"), ("AID", "EU", "ROU")}),
    # "to Romania" parsed as the verb's dative still names the recipient.
    ("Japan agreed to provide 70 million dollars to Romania.",
     {("AGREE", "JPN", "ROU"), ("AID", "JPN", "ROU")}),
])
def test_commitment_to_give_names_giver_and_recipient(coder, text, expected):
    assert expected <= keys(coder, text)


def test_refusing_to_give_details_is_no_event(coder):
    assert not keys(coder, "The ministry declined to provide details on Monday.")


def test_joint_drills_promised_are_cooperation_not_mobilisation(coder):
    found = keys(coder, "The United States, Japan and South Korea agreed on Friday to hold "
                        "military exercises every year.")
    assert not any(kind == "MOBILIZE" for kind, _, _ in found), found
    assert {k for k in found if k[0] == "COOPERATE"} == {
        ("COOPERATE", "USA", "JPN"), ("COOPERATE", "USA", "KOR"), ("COOPERATE", "JPN", "KOR")}


@pytest.mark.parametrize(("announced", "kept_up", "act"), [
    ("Kenyan opposition leaders said they would boycott all talks with Uganda.",
     "Kenyan opposition leaders said they would continue to boycott all talks with Uganda.",
     ("PROTEST", "KEN", "UGA")),
    ("Kenya said it would tighten the blockade of the Somali port.",
     "Kenya said it would keep up the blockade of the Somali port.",
     ("COERCE", "KEN", "SOM")),
])
def test_new_harm_announced_by_its_doer_is_also_a_threat(coder, announced, kept_up, act):
    """CAMEO 13: a new act of coercion or protest announced for the future is also a
    threat, besides the act; keeping up what is done is only the act."""
    found = keys(coder, announced)
    assert {act, ("THREATEN", act[1], act[2])} <= found, found
    found = keys(coder, kept_up)
    assert act in found and not any(kind == "THREATEN" for kind, _, _ in found), found


@pytest.mark.parametrize("text", [
    "Kenya worried that the influx of refugees would put pressure on Uganda.",
    "Uganda drew up a plan under which its police will detain Kenyan traders.",
    "The Kenyan port will be blockaded by the Ugandan navy, Uganda said.",
])
def test_harm_told_but_not_announced_by_its_doer_is_no_threat(coder, text):
    """A fear or a description of what will be done is no announcement of one's own
    act: no THREATEN besides the act."""
    assert not any(kind == "THREATEN" for kind, _, _ in keys(coder, text))


def test_agreement_to_do_harm_is_the_harm_only(coder):
    """CAMEO 03 is intent to cooperate: agreeing to sanction someone is the sanction."""
    found = keys(coder, "Kenya and Tanzania agreed on Friday to impose sanctions on Uganda.")
    assert {("SANCTION", "KEN", "UGA"), ("SANCTION", "TZA", "UGA")} <= found, found
    assert not any(kind == "AGREE" for kind, _, _ in found), found


def test_meeting_doubted_is_no_intent_to_meet(coder):
    """Another's doubt that someone will visit is no announcement of an intent to meet."""
    found = keys(coder, "Kenyan officials doubt that Uganda's president will visit Nairobi.")
    assert not any(kind == "AGREE" for kind, _, _ in found), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya and Uganda failed to agree on a new border plan on Monday.",
     {("REJECT", "KEN", "UGA"), ("REJECT", "UGA", "KEN")}),
    ("Kenya failed to reach a deal with Uganda on Monday.", {("REJECT", "KEN", "UGA")}),
])
def test_failing_to_agree_is_a_rejection(coder, text, expected):
    """CAMEO codes FAIL as 120 (reject): sides that failed to agree reject each other;
    the topic of the talks is no target."""
    found = keys(coder, text)
    assert expected <= found, found
    assert not any(kind == "AGREE" for kind, _, _ in found), found


def test_failing_at_another_act_is_no_rejection(coder):
    found = keys(coder, "Kenyan police failed to stop the attack on the Ugandan embassy.")
    assert not any(kind == "REJECT" for kind, _, _ in found), found


def test_military_material_sent_is_aid(coder):
    assert ("AID", "JPN", "KEN") in keys(coder, "Japan sent military material to Kenya.")


def test_failing_to_agree_among_themselves_rejects_no_story_country(coder):
    found = keys(coder, "Serbia sealed its border with Hungary. EU ministers will meet "
                        "again after failing to agree on a plan to share refugees.")
    assert not any(kind == "REJECT" for kind, _, _ in found), found


def test_announced_return_is_a_pledge_to_whom_it_returns(coder):
    """The pledge an announced act makes is for whom the act is, even when only the
    act's own reading names it ("hand back ... seized from AU troops")."""
    found = keys(coder, "The Chadian rebel front announced it will hand back guns and "
                        "ammunition seized in May from African Union troops.")
    assert {("RETREAT", "TCD", "AU"), ("AGREE", "TCD", "AU")} <= found, found


def test_readiness_to_act_is_for_whom_the_act_is_meant(coder):
    """An intent to send aid that names no recipient is for whom its purpose names:
    "willing to send equipment to help defend Uganda" is an intent towards Uganda."""
    found = keys(coder, "Kenya is willing to send equipment to help defend Uganda if it "
                        "is invaded, Kenya's foreign minister said.")
    assert ("AGREE", "KEN", "UGA") in found, found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kenyan militia swore to attack Ugandan border posts.", ("THREATEN", "KEN", "UGA")),
    ("Hezbollah has sworn to retaliate against Israel.", ("THREATEN", "LBN", "ISR")),
    ("Kenya's president swore to work closely with Tanzania on trade.",
     ("AGREE", "KEN", "TZA")),
])
def test_swearing_to_act_is_vowing_it(coder, text, expected):
    """"swore to" commits like "vowed to": a commitment, or a threat when the act
    sworn is force."""
    assert expected in keys(coder, text)
    # being sworn in takes an office: no event
    assert not keys(coder, "The Kenyan general was sworn in as president of Uganda.")
