"""Tests for eventwire.events.ontology: PLOVER types, CAMEO codes, Goldstein and intensity."""

from __future__ import annotations

import dataclasses

import pytest

from eventwire.events.ontology import (
    CAMEO_ROOT_TYPES,
    EVENT_TYPES,
    GOLDSTEIN,
    MODE_CAMEO,
    PLOVER_VERSION,
    EventSense,
    cameo_root,
    cameo_types,
    check_sense,
    default_cameo,
    goldstein,
    intensity,
    is_known_cameo,
    normalize_cameo,
)

# ANNOTATION.md's table: type -> quad class.
ANNOTATION_QUADS = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "CONCEDE": 1,
    "COOPERATE": 2,
    "AID": 2,
    "RETREAT": 2,
    "REQUEST": 3,
    "ACCUSE": 3,
    "REJECT": 3,
    "THREATEN": 3,
    "PROTEST": 4,
    "SANCTION": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
}


def test_version_is_named():
    assert PLOVER_VERSION.startswith("0.8")


def test_sixteen_types_exactly():
    assert set(EVENT_TYPES) == set(ANNOTATION_QUADS)


@pytest.mark.parametrize("name,quad", sorted(ANNOTATION_QUADS.items()))
def test_quad_class_matches_annotation(name, quad):
    assert EVENT_TYPES[name].quad_class == quad
    assert EventSense.of(name).quad_class == quad


@pytest.mark.parametrize("name", sorted(ANNOTATION_QUADS))
def test_default_root_codes_the_type(name):
    root = EVENT_TYPES[name].cameo_root
    assert len(root) == 2 and name in CAMEO_ROOT_TYPES[root]


@pytest.mark.parametrize("name", sorted(ANNOTATION_QUADS))
def test_requires_target_only_for_cooperate_aid_sanction(name):
    assert EVENT_TYPES[name].requires_target is (name in {"COOPERATE", "AID", "SANCTION"})


@pytest.mark.parametrize(
    "name,modes",
    [
        ("CONSULT", {"visit", "third-party", "multilateral", "phone"}),
        ("ASSAULT", {"beat", "firearms", "explosives", "aerial", "abduct", "assassinate"}),
        ("PROTEST", {"demo", "riot", "hunger", "boycott"}),
        ("RETREAT", {"release", "withdraw", "ceasefire", "access"}),
        ("COERCE", {"arrest", "deport", "seize", "cyber"}),
    ],
)
def test_modes_include_plover_modes(name, modes):
    assert modes <= EVENT_TYPES[name].modes


@pytest.mark.parametrize(
    "code,score",
    [
        ("036", 4.0),
        ("042", 1.9),
        ("043", 2.8),
        ("0311", 5.2),
        ("051", 3.4),
        ("057", 8.0),
        ("061", 6.4),
        ("071", 7.4),
        ("0874", 10.0),
        ("111", -2.0),
        ("112", -2.0),
        ("120", -4.0),
        ("130", -4.4),
        ("138", -7.0),
        ("141", -6.5),
        ("150", -7.2),
        ("163", -8.0),
        ("173", -5.0),
        ("183", -10.0),
        ("190", -10.0),
        ("193", -10.0),
        ("195", -10.0),
        ("04", 1.0),
        ("19", -10.0),
    ],
)
def test_goldstein_published_values(code, score):
    assert goldstein(code) == score


@pytest.mark.parametrize("code,expected", [("0369", "036"), ("1999", "19"), ("3", "03")])
def test_goldstein_falls_back_to_shorter_codes(code, expected):
    assert goldstein(code) == GOLDSTEIN[expected]


@pytest.mark.parametrize("code", ["99", "abc", "", "12345"])
def test_goldstein_rejects_unknown_codes(code):
    with pytest.raises(ValueError):
        goldstein(code)


def test_goldstein_table_is_on_scale_and_complete_for_roots():
    assert all(-10.0 <= v <= 10.0 for v in GOLDSTEIN.values())
    assert {f"{i:02d}" for i in range(1, 21)} <= set(GOLDSTEIN)


@pytest.mark.parametrize("code,clean", [(" 042 ", "042"), ("3", "03"), ("0871", "0871")])
def test_normalize_cameo(code, clean):
    assert normalize_cameo(code) == clean
    assert cameo_root(code) == clean[:2]


def test_known_cameo_is_exact():
    assert is_known_cameo("042") and not is_known_cameo("0429") and not is_known_cameo("x")


@pytest.mark.parametrize(
    "code,types",
    [
        ("08", {"CONCEDE", "RETREAT"}),
        ("057", {"SUPPORT", "AGREE"}),
        ("116", {"ACCUSE", "SANCTION"}),
        ("191", {"ASSAULT", "COERCE"}),
        ("02", set()),
    ],
)
def test_cameo_types(code, types):
    assert cameo_types(code) == types


@pytest.mark.parametrize("pair,code", sorted(MODE_CAMEO.items()))
def test_every_mode_code_is_a_valid_sense(pair, code):
    event_type, mode = pair
    assert mode in EVENT_TYPES[event_type].modes
    check_sense(event_type, mode, code)


@pytest.mark.parametrize("name", sorted(ANNOTATION_QUADS))
def test_intensity_sign_follows_quad_class(name):
    for mode in [None, *sorted(EVENT_TYPES[name].modes)]:
        score = intensity(name, mode)
        assert -10.0 <= score <= 10.0
        assert (score > 0) is (ANNOTATION_QUADS[name] <= 2), (name, mode, score)


def test_intensity_uses_mode():
    assert intensity("ASSAULT", "beat") == goldstein("182")
    assert intensity("CONSULT", "visit") == 1.9
    assert intensity("CONSULT") == 1.0


def test_event_sense_properties():
    attack = EventSense("ASSAULT", "aerial", "195")
    agree = EventSense.of("AGREE")
    assert attack.goldstein < 0 < agree.goldstein
    assert attack.quad_class == 4 and agree.quad_class == 1
    assert attack.intensity == -10.0
    assert agree.cameo == "03" and default_cameo("CONSULT", "phone") == "041"
    assert EventSense.of("AID").requires_target and not attack.requires_target


def test_event_sense_is_frozen_and_hashable():
    sense = EventSense.of("CONSULT", "visit")
    with pytest.raises(dataclasses.FrozenInstanceError):
        sense.mode = "phone"  # type: ignore[misc]
    assert len({sense, EventSense("CONSULT", "visit", "042")}) == 1


@pytest.mark.parametrize(
    "args,message",
    [
        (("ATTACK", None, "190"), "unknown PLOVER type"),
        (("ASSAULT", "visit", "190"), "not allowed"),
        (("ASSAULT", None, "999"), "unknown CAMEO"),
        (("ASSAULT", None, "042"), "cannot code"),
        (("REQUEST", None, "020"), "cannot code"),
    ],
)
def test_invalid_senses_are_refused(args, message):
    with pytest.raises(ValueError, match=message):
        EventSense(*args)
