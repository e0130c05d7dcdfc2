"""Tests for eventwire.events.lexicon: loading, validation and trigger lookups."""

from __future__ import annotations

import pytest
import yaml

from eventwire.events.lexicon import Lexicon, LexiconError, noun_forms, parse_sense
from eventwire.events.ontology import EVENT_TYPES, EventSense


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


def kind(sense: EventSense | None) -> tuple[str, str | None] | None:
    return None if sense is None else (sense.event_type, sense.mode)


# (lemma, kwargs, expected type, expected mode or "*" for any)
VERBS = [
    ("condemn", {}, "ACCUSE", "*"),
    ("denounce", {}, "ACCUSE", "*"),
    ("criticise", {}, "ACCUSE", "*"),
    ("accuse", {}, "ACCUSE", "allege"),
    ("blame", {}, "ACCUSE", "allege"),
    ("investigate", {}, "ACCUSE", "investigate"),
    ("sue", {}, "ACCUSE", "*"),
    ("meet", {}, "CONSULT", None),
    ("visit", {}, "CONSULT", "visit"),
    ("host", {}, "CONSULT", "visit"),
    ("negotiate", {}, "CONSULT", None),
    ("phone", {}, "CONSULT", "phone"),
    ("talk", {"preps": ["with"]}, "CONSULT", None),
    ("call", {"preps": ["on"]}, "REQUEST", None),
    ("call", {"preps": ["for"]}, "REQUEST", None),
    ("call", {"object_lemma": "ceasefire"}, "REQUEST", "yield"),
    ("urge", {}, "REQUEST", None),
    ("demand", {}, "REQUEST", None),
    ("appeal", {}, "REQUEST", None),
    ("agree", {}, "AGREE", None),
    ("promise", {}, "AGREE", None),
    ("vow", {}, "AGREE", None),
    ("sign", {"object_lemma": "agreement"}, "AGREE", None),
    ("sign", {"object_lemma": "treaties"}, "AGREE", None),
    ("pledge", {"object_lemma": "aid"}, "AID", None),
    ("pledge", {}, "AGREE", None),
    ("reject", {}, "REJECT", "*"),
    ("refuse", {}, "REJECT", "*"),
    ("deny", {}, "REJECT", "*"),
    ("veto", {}, "REJECT", "yield"),
    ("rebuff", {}, "REJECT", "*"),
    ("threaten", {}, "THREATEN", None),
    ("threaten", {"object_lemma": "sanctions"}, "THREATEN", "restrict"),
    ("warn", {"preps": ["against"]}, "THREATEN", None),
    ("attack", {}, "ASSAULT", None),
    ("strike", {}, "ASSAULT", None),
    ("bomb", {}, "ASSAULT", "aerial"),
    ("shell", {}, "ASSAULT", "heavy-weapons"),
    ("kill", {}, "ASSAULT", None),
    ("shoot", {}, "ASSAULT", "firearms"),
    ("invade", {}, "ASSAULT", None),
    ("assassinate", {}, "ASSAULT", "assassinate"),
    ("abduct", {}, "ASSAULT", "abduct"),
    ("fire", {"object_lemma": "rocket"}, "ASSAULT", "*"),
    ("fire", {"object_lemma": "missile", "preps": ["at"]}, "ASSAULT", "aerial"),
    ("launch", {"object_lemma": "missile"}, "MOBILIZE", "weapons"),
    ("arrest", {}, "COERCE", "arrest"),
    ("detain", {}, "COERCE", "arrest"),
    ("seize", {}, "COERCE", "seize"),
    ("ban", {}, "COERCE", "ban"),
    ("deport", {}, "COERCE", "deport"),
    ("raid", {}, "COERCE", None),
    ("expel", {}, "COERCE", "deport"),
    ("expel", {"object_lemma": "diplomats"}, "SANCTION", "expel"),
    ("sanction", {}, "SANCTION", None),
    ("impose", {"object_lemma": "sanction"}, "SANCTION", None),
    ("impose", {"object_lemma": "tariffs"}, "SANCTION", None),
    ("impose", {"object_lemma": "curfew"}, "COERCE", "curfew"),
    ("cut", {"object_lemma": "ties"}, "SANCTION", "withdraw"),
    ("convict", {}, "SANCTION", "convict"),
    ("deploy", {}, "MOBILIZE", "troops"),
    ("mobilize", {}, "MOBILIZE", "troops"),
    ("mass", {"object_lemma": "troops"}, "MOBILIZE", "troops"),
    ("send", {"object_lemma": "troops"}, "MOBILIZE", "troops"),
    ("protest", {}, "PROTEST", "demo"),
    ("demonstrate", {}, "PROTEST", "demo"),
    ("rally", {}, "PROTEST", "demo"),
    ("riot", {}, "PROTEST", "riot"),
    ("boycott", {}, "PROTEST", "boycott"),
    ("strike", {"preps": ["over"]}, "PROTEST", "strike"),
    ("walk", {"particle": "out"}, "PROTEST", "strike"),
    ("withdraw", {}, "RETREAT", "withdraw"),
    ("pull", {"particle": "out"}, "RETREAT", "withdraw"),
    ("release", {"object_lemma": "prisoners"}, "RETREAT", "release"),
    ("free", {}, "RETREAT", "release"),
    ("resign", {}, "RETREAT", None),
    ("step", {"particle": "down"}, "RETREAT", None),
    ("surrender", {}, "RETREAT", "disarm"),
    ("ease", {"object_lemma": "sanctions"}, "CONCEDE", None),
    ("lift", {"object_lemma": "restriction"}, "CONCEDE", None),
    ("allow", {}, "CONCEDE", None),
    ("allow", {"object_lemma": "inspectors"}, "RETREAT", "access"),
    ("concede", {}, "CONCEDE", None),
    ("agree", {"preps": ["to"], "object_lemma": "demands"}, "CONCEDE", None),
    ("comply", {"preps": ["with"], "object_lemma": "ultimatum"}, "CONCEDE", None),
    ("succumb", {"preps": ["to"], "object_lemma": "pressure"}, "CONCEDE", None),
    ("send", {"object_lemma": "materiel"}, "AID", None),
    ("approve", {"preps": ["of"]}, "SUPPORT", None),
    ("expand", {"object_lemma": "sharing", "object_modifiers": ["intelligence"]},
     "COOPERATE", None),


    # "agreed to the strikers' demands", "agreed to concessions": yielding, not agreeing
    ("agree", {"preps": ["to"], "object_lemma": "demands"}, "CONCEDE", None),
    ("agree", {"preps": ["to"], "object_lemma": "concessions"}, "CONCEDE", None),
    ("praise", {}, "SUPPORT", None),
    ("welcome", {}, "SUPPORT", None),
    ("endorse", {}, "SUPPORT", None),
    ("back", {}, "SUPPORT", None),
    ("thank", {}, "SUPPORT", None),
    ("apologize", {}, "SUPPORT", None),
    ("cooperate", {}, "COOPERATE", None),
    ("share", {"object_lemma": "intelligence"}, "COOPERATE", None),
    ("extradite", {}, "COOPERATE", None),
    ("aid", {}, "AID", None),
    ("donate", {}, "AID", None),
    ("provide", {"object_lemma": "weapons"}, "AID", None),
    ("send", {"object_lemma": "aid"}, "AID", None),
    # staple foods handed out or sent are relief, like grain and flour
    ("distribute", {"object_lemma": "rice"}, "AID", "*"),
    ("send", {"object_lemma": "wheat"}, "AID", "*"),
    ("grant", {"object_lemma": "asylum"}, "AID", None),
    # a promise of coercion is a threat: "vowed arrests", "promised a crackdown"
    ("vow", {"object_lemma": "arrest"}, "THREATEN", None),
    ("promise", {"object_lemma": "crackdown"}, "THREATEN", None),
]


@pytest.mark.parametrize("lemma,kwargs,event_type,mode", VERBS)
def test_verb_sense(lexicon, lemma, kwargs, event_type, mode):
    sense = lexicon.verb_sense(lemma, **kwargs)
    assert sense is not None, lemma
    assert sense.event_type == event_type
    if mode != "*":
        assert sense.mode == mode


@pytest.mark.parametrize(
    "lemma,kwargs",
    [
        ("sign", {}),
        ("warn", {}),
        ("call", {}),
        ("call", {"particle": "off"}),
        ("release", {"object_lemma": "statement"}),
        ("fire", {"object_lemma": "minister"}),
        ("return", {}),
        ("impose", {}),
        ("launch", {}),
        ("regret", {"object_lemma": "move"}),  # "regretted the move": too mild for ACCUSE
        ("unknownverb", {}),
    ],
)
def test_verb_without_event_reading(lexicon, lemma, kwargs):
    assert lexicon.verb_sense(lemma, **kwargs) is None


def test_forces_ordered_or_called_to_a_place_are_mobilised(lexicon):
    # "ordered troops to the frontier", "police were called into the city"; an order to
    # act ("ordered troops to withdraw") is no deployment of its own
    assert kind(lexicon.verb_sense("order", object_lemma="troops", preps=["to"])) == (
        "MOBILIZE", "troops")
    assert kind(lexicon.verb_sense("call", object_lemma="police", preps=["into"])) == (
        "MOBILIZE", "police")
    assert lexicon.verb_sense("order", object_lemma="troops") is None


def test_craft_forced_to_land_or_down_are_coerced(lexicon):
    # "forced a passenger jet to land", "forced down the drone": seized in flight; forcing
    # a government to resign is no coercion of a craft (no event of "force" itself)
    assert lexicon.verb_sense("force", object_lemma="jets").event_type == "COERCE"
    assert lexicon.verb_sense("force", object_lemma="tanker").event_type == "COERCE"
    assert lexicon.verb_sense("force", particle="down").event_type == "COERCE"
    assert lexicon.verb_sense("force", object_lemma="government") is None


def test_shunning_or_ejecting_needs_the_object_that_makes_it_an_event(lexicon):
    # "shunned the summit" is a boycott, "shunned publicity" nothing; "ejected the
    # inspectors" expels them, "both pilots ejected" is no event
    assert kind(lexicon.verb_sense("shun", object_lemma="summit")) == ("PROTEST", "boycott")
    assert lexicon.verb_sense("shun", object_lemma="publicity") is None
    assert kind(lexicon.verb_sense("eject", object_lemma="inspector")) == (
        "SANCTION", "expel")
    assert lexicon.verb_sense("eject") is None


def test_figurative_objects_of_conflict_verbs(lexicon):
    # "slammed the door on" refuses; gathering one's own supporters, dipping into the
    # reserves and winning a market share are no protest, raid or capture
    assert lexicon.verb_sense("slam", object_lemma="door").event_type == "REJECT"
    assert lexicon.verb_sense("slam", object_lemma="decision").event_type == "ACCUSE"
    assert lexicon.verb_sense("rally", object_lemma="supporters") is None
    assert lexicon.verb_sense("rally").event_type == "PROTEST"
    assert lexicon.verb_sense("raid", object_lemma="reserves") is None
    assert lexicon.verb_sense("raid", object_lemma="office").event_type == "COERCE"
    assert lexicon.verb_sense("capture", object_lemma="share") is None
    assert lexicon.verb_sense("capture", object_lemma="town").event_type == "COERCE"
    # a company turning down a buyer is no political refusal
    assert lexicon.verb_sense("reject", object_lemma="bid", object_modifiers=["takeover"]) is None
    assert lexicon.verb_sense("reject", object_lemma="bid").event_type == "REJECT"


def test_verb_lookup_is_case_insensitive(lexicon):
    assert lexicon.verb_sense("Condemn") == lexicon.verb_sense("condemn")


def test_object_rule_beats_preposition_rule(lexicon):
    sense = lexicon.verb_sense("hit", preps=["with"], object_lemma="sanction")
    assert kind(sense) == ("SANCTION", None)
    assert kind(lexicon.verb_sense("hit")) == ("ASSAULT", None)


def test_phrasal_particle_shadows_plain_verb(lexicon):
    assert kind(lexicon.verb_sense("hit", particle="out")) == ("ACCUSE", "disapprove")
    assert kind(lexicon.verb_sense("call", particle="off", object_lemma="talks")) == (
        "SANCTION",
        "withdraw",
    )
    assert kind(lexicon.verb_sense("back", particle="down")) == ("CONCEDE", None)


@pytest.mark.parametrize(
    "verb,noun,kwargs,event_type,mode",
    [
        ("hold", "talks", {}, "CONSULT", None),
        ("hold", "summit", {}, "CONSULT", "multilateral"),
        ("pay", "visit", {}, "CONSULT", "visit"),
        ("carry", "airstrikes", {"particle": "out"}, "ASSAULT", "aerial"),
        ("launch", "attack", {}, "ASSAULT", None),
        ("conduct", "strike", {}, "ASSAULT", None),
        ("continue", "sanctions", {}, "SANCTION", None),
        ("slap", "sanction", {}, "SANCTION", None),
        ("keep", "sanction", {}, "SANCTION", None),
        ("express", "support", {}, "SUPPORT", None),
        ("voice", "concern", {}, "ACCUSE", "disapprove"),
        ("stage", "protest", {}, "PROTEST", "demo"),
        ("reach", "agreement", {}, "AGREE", None),
        ("approve", "aid", {}, "AID", None),
        ("file", "lawsuit", {}, "ACCUSE", "allege"),
        ("issue", "warning", {}, "THREATEN", None),
        ("launch", "investigation", {}, "ACCUSE", "investigate"),
        ("conduct", "drills", {}, "MOBILIZE", None),
        ("conduct", "drills", {"preps": ["around"]}, "MOBILIZE", None),
        ("conduct", "exercise", {"preps": ["with"]}, "COOPERATE", None),
        ("hold", "exercises", {"modifiers": ["joint"]}, "COOPERATE", None),
        ("declare", "ceasefire", {}, "RETREAT", "ceasefire"),
        ("take", "hostages", {}, "ASSAULT", "abduct"),
        ("go", "strike", {"preps": ["on"]}, "PROTEST", "strike"),
        ("go", "strike", {"modifiers": ["hunger"]}, "PROTEST", "hunger"),
        ("express", "respect", {}, "SUPPORT", None),
        # hosting talks between two others mediates them (CAMEO 045)
        ("host", "talks", {"preps": ["between"]}, "CONSULT", None),
    ],
)
def test_light_verb_sense(lexicon, verb, noun, kwargs, event_type, mode):
    sense = lexicon.light_verb_sense(verb, noun, **kwargs)
    assert kind(sense) == (event_type, mode)


def test_light_verbs_fold_into_verb_sense(lexicon):
    assert kind(lexicon.verb_sense("hold", object_lemma="talks")) == ("CONSULT", None)
    assert kind(lexicon.verb_sense("carry", particle="out", object_lemma="raid")) == (
        "COERCE",
        None,
    )


@pytest.mark.parametrize(
    "verb,noun", [("make", "statement"), ("issue", "statement"), ("hold", "election")]
)
def test_light_verb_non_events(lexicon, verb, noun):
    assert lexicon.light_verb_sense(verb, noun) is None


@pytest.mark.parametrize("verb,noun,modifier", [
    ("begin", "campaign", "election"), ("launch", "campaign", "vaccination"),
    ("launch", "operation", "rescue"), ("expand", "operation", "mining"),
])
def test_civil_campaigns_and_operations_are_no_attack(lexicon, verb, noun, modifier):
    assert lexicon.light_verb_sense(verb, noun, modifiers=[modifier]) is None
    assert kind(lexicon.light_verb_sense(verb, noun, modifiers=["ground"]))[0] == "ASSAULT"


def test_light_verb_and_verb_object_rules_agree(lexicon):
    """Asking light_verb_sense first (as the extractor does) or verb_sense gives one answer."""
    for verb_key, noun in lexicon.light_verbs:
        verb, _, particle = verb_key.partition(" ")
        light = lexicon.light_verb_sense(verb, noun, particle=particle or None)
        plain = lexicon.verb_sense(verb, particle=particle or None, object_lemma=noun)
        assert light is None or light == plain, (verb_key, noun, light, plain)


def test_no_unconditioned_light_verb_ties(lexicon):
    for key, rules in lexicon.light_verbs.items():
        plain = {r.sense for r in rules if not r.preps and not r.modifiers}
        assert len(plain) <= 1, (key, plain)


@pytest.mark.parametrize(
    "noun,kwargs,event_type,mode",
    [
        ("meeting", {}, "CONSULT", None),
        ("talks", {}, "CONSULT", None),
        ("visit", {}, "CONSULT", "visit"),
        ("summit", {}, "CONSULT", "multilateral"),
        ("call", {"modifiers": ["phone"]}, "CONSULT", "phone"),
        ("call", {"preps": ["for"]}, "REQUEST", None),
        ("attack", {}, "ASSAULT", None),
        ("attack", {"modifiers": ["cyber"]}, "COERCE", "cyber"),
        ("airstrike", {}, "ASSAULT", "aerial"),
        ("air-strikes", {}, "ASSAULT", "aerial"),
        ("strike", {"modifiers": ["air"]}, "ASSAULT", "aerial"),
        ("strike", {"modifiers": ["hunger"]}, "PROTEST", "hunger"),
        ("strike", {"modifiers": ["general"]}, "PROTEST", "strike"),
        ("offensive", {}, "ASSAULT", None),
        ("invasion", {}, "ASSAULT", None),
        ("shelling", {}, "ASSAULT", "heavy-weapons"),
        ("sanctions", {}, "SANCTION", None),
        ("embargo", {}, "SANCTION", None),
        ("aid", {}, "AID", None),
        ("aid", {"modifiers": ["military"]}, "AID", None),
        ("assistance", {}, "AID", None),
        ("support", {}, "SUPPORT", None),
        ("support", {"modifiers": ["military"]}, "AID", None),
        ("agreement", {}, "AGREE", None),
        ("deal", {}, "AGREE", None),
        ("ceasefire", {}, "RETREAT", "ceasefire"),
        ("cease-fire", {}, "RETREAT", "ceasefire"),
        ("truce", {}, "RETREAT", "ceasefire"),
        ("protest", {}, "PROTEST", "demo"),
        ("protest", {"modifiers": ["diplomatic"]}, "ACCUSE", "allege"),
        ("demonstration", {}, "PROTEST", "demo"),
        ("rally", {}, "PROTEST", "demo"),
        ("arrest", {}, "COERCE", "arrest"),
        ("crackdown", {}, "COERCE", None),
        ("deployment", {}, "MOBILIZE", "troops"),
        ("blockade", {}, "COERCE", "restrict"),
        ("condemnation", {}, "ACCUSE", "disapprove"),
        ("accusation", {}, "ACCUSE", "allege"),
        ("withdrawal", {}, "RETREAT", "withdraw"),
        ("release", {}, "RETREAT", "release"),
        ("drills", {"modifiers": ["joint"]}, "COOPERATE", None),
        ("venture", {"modifiers": ["joint"]}, "COOPERATE", None),
        ("project", {"modifiers": ["joint"]}, "COOPERATE", None),
        ("sharing", {"modifiers": ["intelligence"]}, "COOPERATE", None),
        ("threat", {}, "THREATEN", None),
        ("ultimatum", {}, "THREATEN", None),
    ],
)
def test_noun_sense(lexicon, noun, kwargs, event_type, mode):
    assert kind(lexicon.noun_sense(noun, **kwargs)) == (event_type, mode)


@pytest.mark.parametrize(
    "noun,kwargs",
    [
        ("election", {}),
        ("call", {}),
        ("release", {"modifiers": ["press"]}),
        ("conference", {"modifiers": ["press"]}),
        ("warning", {"modifiers": ["weather"]}),
        ("rally", {"modifiers": ["campaign"]}),
        ("minister", {}),
        ("project", {"modifiers": ["new"]}),
        ("sharing", {"modifiers": ["power"]}),
    ],
)
def test_noun_without_event_reading(lexicon, noun, kwargs):
    assert lexicon.noun_sense(noun, **kwargs) is None


@pytest.mark.parametrize(
    "lemma",
    [
        "say",
        "tell",
        "announce",
        "state",
        "add",
        "note",
        "claim",
        "insist",
        "confirm",
        "stress",
        "underscore",
        "reiterate",
        "emphasize",
        "affirm",
        "reaffirm",
        "believe",
        "think",
        "expect",
        "hope",
    ],
)
def test_reporting_verbs(lexicon, lemma):
    assert lexicon.is_reporting(lemma)
    assert lexicon.verb_sense(lemma) is None


@pytest.mark.parametrize("lemma", ["condemn", "attack", "warn", "meet", "declare"])
def test_event_verbs_are_not_reporting(lexicon, lemma):
    assert not lexicon.is_reporting(lemma)


@pytest.mark.parametrize(
    "verb,noun", [("face", "sanctions"), ("receive", "aid"), ("pose", "threat")]
)
def test_undergoer_and_blocked_pairs(lexicon, verb, noun):
    assert lexicon.verb_sense(verb, object_lemma=noun) is None
    assert verb == "pose" or lexicon.is_undergoer(verb)


def test_light_verb_protest_and_threat_idioms(lexicon):
    assert kind(lexicon.light_verb_sense("take", "streets")) == ("PROTEST", "demo")
    assert kind(lexicon.verb_sense("vow", object_lemma="revenge")) == ("THREATEN", "violence")
    assert kind(lexicon.light_verb_sense("warn", "retaliation")) == ("THREATEN", "violence")


def test_reporting_and_event_verbs_are_disjoint(lexicon):
    assert not lexicon.reporting & set(lexicon.verbs)


@pytest.mark.parametrize(
    "lemma,kwargs,expected",
    [
        ("decline", {}, None),
        ("decline", {"object_lemma": "invitation"}, ("REJECT", None)),
        ("meet", {"object_lemma": "criticism"}, None),
        ("meet", {"object_lemma": "demands"}, ("CONCEDE", None)),
        ("accept", {"object_lemma": "responsibility"}, None),
        ("provide", {"object_lemma": "support"}, ("AID", None)),
        ("give", {"object_lemma": "support"}, ("SUPPORT", None)),
        ("put", {"object_lemma": "pressure"}, ("COERCE", None)),
        ("announce", {"object_lemma": "sanctions"}, ("SANCTION", None)),
        ("reaffirm", {"object_lemma": "support"}, ("SUPPORT", None)),
        ("fire", {"object_lemma": "missile"}, ("MOBILIZE", "weapons")),
        ("fire", {"object_lemma": "missile", "preps": ["into"]}, ("ASSAULT", "aerial")),
        ("scrap", {"object_lemma": "tariffs"}, ("CONCEDE", None)),
        ("scrap", {"object_lemma": "deal"}, ("REJECT", "meet")),
        ("summon", {"object_lemma": "ambassador"}, ("ACCUSE", "allege")),
        ("send", {"object_lemma": "envoy"}, ("CONSULT", "visit")),
        # widening freedoms eases restrictions; widening anything else is no event
        ("expand", {"object_lemma": "freedom"}, ("CONCEDE", None)),
        ("enhance", {"object_lemma": "liberty"}, ("CONCEDE", None)),
        ("enhance", {"object_lemma": "security"}, None),
        ("expand", {"object_lemma": "market"}, None),
    ],
)
def test_debatable_readings(lexicon, lemma, kwargs, expected):
    assert kind(lexicon.verb_sense(lemma, **kwargs)) == expected


def test_modality_cues(lexicon):
    assert {"could", "might", "may", "would", "if", "unless"} <= lexicon.hypothetical_cues
    assert {"not", "n't", "never", "no", "without"} <= lexicon.negation_cues
    assert {"threaten", "consider", "urge"} <= lexicon.hypothetical_governors
    assert {"refuse", "fail", "decline"} <= lexicon.negation_governors
    assert "plan" not in lexicon.hypothetical_governors  # firm commitments are coded
    assert {"comment", "elaborate"} <= lexicon.empty_complements


def test_counts(lexicon):
    counts = lexicon.counts()
    assert all(isinstance(n, int) for n in counts.values())
    assert counts["verbs"] >= 250
    assert counts["light_verb_pairs"] >= 500
    assert counts["noun_rules"] >= 100
    for name in EVENT_TYPES:
        assert counts[f"{name} rules"] >= 10, name


def test_every_yaml_entry_validates(lexicon):
    every = [r for rules in lexicon.verbs.values() for r in rules]
    every += [r for rules in lexicon.nouns.values() for r in rules]
    every += [r for rules in lexicon.light_verbs.values() for r in rules]
    for rule in every:
        if rule.sense is not None:
            assert rule.sense == EventSense(
                rule.sense.event_type, rule.sense.mode, rule.sense.cameo
            )


def test_load_is_cached_and_immutable(lexicon):
    assert Lexicon.load() is lexicon
    with pytest.raises(TypeError):
        lexicon.verbs["condemn"] = ()  # type: ignore[index]


def test_load_from_path(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text("verbs: {meet: CONSULT}\nnouns: {talks: CONSULT:046}\n", encoding="utf-8")
    small = Lexicon.load(path)
    assert kind(small.verb_sense("meet")) == ("CONSULT", None)
    assert small.noun_sense("talk").cameo == "046"
    assert small.counts()["verbs"] == 1


@pytest.mark.parametrize(
    "data,message",
    [
        ({"verbs": {"meet": "CONSUL"}}, "verbs entry 'meet'.*unknown PLOVER type"),
        ({"verbs": {"bomb": "ASSAULT:195:napalm"}}, "verbs entry 'bomb'.*mode 'napalm'"),
        ({"verbs": {"bomb": "ASSAULT:999"}}, "verbs entry 'bomb'.*unknown CAMEO"),
        ({"verbs": {"bomb": "ASSAULT:042"}}, "verbs entry 'bomb'.*cannot code"),
        ({"verbs": {"call": [{"preps": [True], "sense": "REQUEST"}]}}, "'call'.*preps"),
        ({"verbs": {"call": [{"prep": ["on"], "sense": "REQUEST"}]}}, "unknown keys"),
        ({"nouns": {"air strike": "ASSAULT"}}, "one word"),
        ({"light_verbs": [{"verbs": ["hold"], "sense": "CONSULT"}]}, "light_verbs entry #1"),
        ({"modality": {"maybe": ["x"]}}, "modality"),
        ({"extra": {}}, "unknown sections"),
    ],
)
def test_invalid_entries_are_named(data, message):
    with pytest.raises(LexiconError, match=message):
        Lexicon.from_data(data)


def test_duplicate_keys_are_refused(tmp_path):
    path = tmp_path / "dup.yaml"
    path.write_text("verbs:\n  meet: CONSULT\n  meet: AGREE\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="dup.yaml.*duplicate key 'meet'"):
        Lexicon.load(path)


def test_yaml_booleans_are_caught(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("verbs:\n  call:\n    - {preps: [on], sense: REQUEST}\n", encoding="utf-8")
    assert yaml.safe_load(path.read_text())["verbs"]["call"][0]["preps"] == [True]
    with pytest.raises(LexiconError, match="bad.yaml.*'call'"):
        Lexicon.load(path)


@pytest.mark.parametrize(
    "spec,expected",
    [
        ("CONSULT:042:visit", ("CONSULT", "visit", "042")),
        ("ASSAULT::aerial", ("ASSAULT", "aerial", "195")),
        ("AGREE", ("AGREE", None, "03")),
    ],
)
def test_parse_sense(spec, expected):
    sense = parse_sense(spec)
    assert (sense.event_type, sense.mode, sense.cameo) == expected


def test_parse_sense_none():
    assert parse_sense("NONE") is None


@pytest.mark.parametrize(
    "lemma,form",
    [
        ("sanctions", "sanction"),
        ("talks", "talk"),
        ("air-strikes", "airstrike"),
        ("casualties", "casualty"),
        ("marches", "march"),
        ("press", "press"),
    ],
)
def test_noun_forms(lemma, form):
    assert form in noun_forms(lemma)


def test_noun_forms_are_worked_out_once_per_word():
    # asked for every noun of every sentence: the spellings are remembered
    assert noun_forms("Cease-Fires") is noun_forms("Cease-Fires")


@pytest.mark.parametrize(
    "lemma,kwargs,event_type",
    [
        ("fire", {"object_lemma": "mnangagwa", "object_modifiers": ("president",)}, None),
        ("dismiss", {"object_lemma": "smith", "object_modifiers": ("minister",)}, None),
        ("trade", {"object_lemma": "word"}, "ACCUSE"),
        ("seek", {"object_lemma": "exemption"}, "REQUEST"),
        ("share", {"object_lemma": "evidence"}, "COOPERATE"),
        ("strengthen", {"object_lemma": "force"}, "MOBILIZE"),
        ("activate", {"object_lemma": "reservist"}, "MOBILIZE"),
        ("activate", {"object_lemma": "account"}, None),
        ("vow", {"object_lemma": "punishment"}, "THREATEN"),
        # Bringing charges is a formal accusation.
        ("charge", {"object_lemma": "chauvin"}, "ACCUSE"),
        ("indict", {}, "ACCUSE"),
        ("breach", {"object_lemma": "network"}, "COERCE"),
        ("breach", {"object_lemma": "agreement"}, "REJECT"),
    ],
)
def test_added_verb_readings(lexicon, lemma, kwargs, event_type):
    sense = lexicon.verb_sense(lemma, **kwargs)
    assert (sense.event_type if sense else None) == event_type


def test_countermeasures_are_sanctions(lexicon):
    assert lexicon.noun_sense("countermeasures").event_type == "SANCTION"


# Coverage of the CAMEO codebook's common vocabulary (roots 03-20), added systematically.
# (kind, word, kwargs, expected type or None, expected CAMEO code or "*")
CODEBOOK_COVERAGE = [
    # 04 consult: a welcome given to a visitor is hosting
    ("light", ("give", "welcome"), {"modifiers": ["warm"]}, "CONSULT", "043"),
    ("light", ("extend", "welcome"), {}, "CONSULT", "043"),
    ("verb", "sit", {"particle": "down", "preps": ["with"]}, "CONSULT", "040"),
    ("verb", "sit", {"particle": "down"}, None, "*"),
    ("verb", "chat", {"preps": ["with"]}, "CONSULT", "040"),
    # 05 diplomatic cooperation (ANNOTATION.md: SUPPORT)
    ("verb", "upgrade", {"object_lemma": "ties", "object_modifiers": ["diplomatic"]},
     "SUPPORT", "050"),
    ("verb", "establish", {"object_lemma": "relations"}, "SUPPORT", "050"),
    ("verb", "establish", {"object_lemma": "base"}, None, "*"),
    ("verb", "mend", {"object_lemma": "ties"}, "SUPPORT", "050"),
    ("verb", "open", {"object_lemma": "embassy"}, "SUPPORT", "050"),
    ("verb", "open", {"object_lemma": "crossing"}, "CONCEDE", "081"),
    ("light", ("strengthen", "ties"), {}, "SUPPORT", "050"),
    ("light", ("strengthen", "ties"), {"modifiers": ["military"]}, "COOPERATE", "062"),
    ("light", ("resume", "relations"), {"modifiers": ["diplomatic"]}, "SUPPORT", "050"),
    ("verb", "vouch", {"preps": ["for"]}, "SUPPORT", "052"),
    # 03 intent
    ("light", ("reaffirm", "commitment"), {}, "AGREE", "030"),
    # 06 material cooperation
    ("light", ("boost", "trade"), {}, "COOPERATE", "061"),
    ("light", ("provide", "training"), {}, "COOPERATE", "062"),
    ("light", ("join", "forces"), {}, "COOPERATE", "060"),
    ("light", ("join", "forces"), {"modifiers": ["armed"]}, None, "*"),
    ("verb", "buy", {"object_lemma": "jets"}, "COOPERATE", "062"),
    ("verb", "purchase", {"object_lemma": "shares"}, None, "*"),
    # 07 aid: rescue teams, refugees, distribution
    ("verb", "fly", {"particle": "in", "object_lemma": "team", "object_modifiers": ["rescue"]},
     "AID", "073"),
    ("verb", "fly", {"object_lemma": "team", "object_modifiers": ["football"]}, None, "*"),
    ("verb", "send", {"object_lemma": "team", "object_modifiers": ["medical"]}, "AID", "073"),
    ("verb", "send", {"object_lemma": "team"}, None, "*"),
    ("verb", "dispatch", {"object_lemma": "rescuers"}, "AID", "073"),
    ("verb", "distribute", {"object_lemma": "food"}, "AID", "073"),
    ("verb", "distribute", {"object_lemma": "leaflet"}, None, "*"),
    ("verb", "resettle", {"object_lemma": "refugee"}, "AID", "075"),
    ("verb", "take", {"particle": "in", "object_lemma": "refugees"}, "AID", "075"),
    ("light", ("admit", "refugee"), {}, "AID", "075"),
    ("verb", "hand", {"particle": "over", "object_lemma": "medicine"}, "AID", "073"),
    ("verb", "contribute", {"object_lemma": "troops"}, "AID", "074"),
    ("noun", "bailout", {}, "AID", "071"),
    ("noun", "shipments", {"modifiers": ["arms"]}, "AID", "072"),
    ("noun", "shipment", {}, None, "*"),
    # 08 yield
    ("verb", "give", {"particle": "in"}, "CONCEDE", "080"),
    ("verb", "give", {"particle": "up", "object_lemma": "weapons"}, "RETREAT", "0873"),
    ("verb", "give", {"particle": "up", "object_lemma": "claim"}, "CONCEDE", "080"),
    ("verb", "lay", {"particle": "down", "object_lemma": "arms"}, "RETREAT", "0873"),
    ("verb", "hand", {"particle": "over", "object_lemma": "weapons"}, "RETREAT", "0873"),
    ("verb", "cancel", {"object_lemma": "restrictions"}, "CONCEDE", "081"),
    ("verb", "lift", {"object_lemma": "state"}, "CONCEDE", "0814"),
    ("light", ("end", "occupation"), {}, "RETREAT", "087"),
    ("light", ("hold", "fire"), {}, "RETREAT", "0871"),
    ("light", ("speed up", "withdrawal"), {}, "RETREAT", "087"),
    ("noun", "repatriation", {}, "RETREAT", "0841"),
    # 09 investigate
    ("verb", "look", {"preps": ["into"]}, "ACCUSE", "090"),
    ("verb", "look", {"preps": ["at"]}, None, "*"),
    ("light", ("put", "investigation"), {}, "ACCUSE", "090"),
    ("light", ("send", "investigators"), {}, "ACCUSE", "090"),
    # 10-12 demand, disapprove, reject
    ("verb", "beseech", {}, "REQUEST", "100"),
    ("verb", "chide", {}, "ACCUSE", "111"),
    ("verb", "disapprove", {"preps": ["of"]}, "ACCUSE", "110"),
    ("light", ("take", "action"), {"modifiers": ["legal"]}, "ACCUSE", "115"),
    ("light", ("take", "action"), {}, None, "*"),
    ("verb", "disobey", {}, "REJECT", "128"),
    # 14 protest
    ("verb", "rebel", {}, "PROTEST", "145"),
    ("noun", "hunger-strike", {}, "PROTEST", "142"),
    ("noun", "insurrection", {}, "PROTEST", "145"),
    ("verb", "break",
     {"preps": ["through"], "object_lemma": "lines", "object_modifiers": ["police"]},
     "PROTEST", "145"),
    ("verb", "break", {"preps": ["through"], "object_lemma": "lines"}, "ASSAULT", "190"),
    ("light", ("throw", "bombs"), {"modifiers": ["petrol"]}, "PROTEST", "145"),
    ("light", ("throw", "grenade"), {}, "ASSAULT", "183"),
    # 15 force posture
    ("verb", "remain", {"preps": ["on"], "object_lemma": "alert"}, "MOBILIZE", "152"),
    ("light", ("go", "alert"), {}, "MOBILIZE", "152"),
    ("light", ("tighten", "security"), {}, "MOBILIZE", "151"),
    ("light", ("boost", "security"), {"modifiers": ["energy"]}, None, "*"),
    ("light", ("put", "readiness"), {}, "MOBILIZE", "152"),
    ("light", ("launch", "games"), {"modifiers": ["war"]}, "MOBILIZE", "150"),
    ("verb", "call", {"particle": "up", "object_lemma": "reservists"}, "MOBILIZE", "154"),
    ("verb", "call", {"particle": "up", "object_lemma": "friend"}, None, "*"),
    ("verb", "draft", {"object_lemma": "resolution"}, None, "*"),
    ("verb", "draft", {"object_lemma": "soldiers"}, "MOBILIZE", "154"),
    ("noun", "games", {"modifiers": ["war"]}, "MOBILIZE", "150"),
    ("noun", "game", {"modifiers": ["football"]}, None, "*"),
    # 16 reduce relations
    ("verb", "withdraw", {"preps": ["from"], "object_lemma": "treaty"}, "SANCTION", "160"),
    ("verb", "withdraw", {"preps": ["from"], "object_lemma": "city"}, "RETREAT", "*"),
    ("verb", "quit", {"object_lemma": "accord"}, "SANCTION", "160"),
    ("verb", "exit", {"object_lemma": "agreement"}, "SANCTION", "160"),
    ("verb", "kick", {"particle": "out", "object_lemma": "diplomats"}, "SANCTION", "166"),
    ("light", ("end", "cooperation"), {}, "SANCTION", "160"),
    ("light", ("end", "efforts"), {"modifiers": ["mediation"]}, "SANCTION", "165"),
    ("verb", "prohibit", {"object_lemma": "imports"}, "SANCTION", "163"),
    # 04 mediation efforts
    ("light", ("launch", "effort"), {"modifiers": ["mediation"]}, "CONSULT", "045"),
    ("noun", "efforts", {"modifiers": ["mediation"]}, "CONSULT", "045"),
    ("noun", "efforts", {}, None, "*"),
    # 17 coerce
    ("verb", "clamp", {"particle": "down"}, "COERCE", "170"),
    ("verb", "search", {"object_lemma": "homes"}, "COERCE", "170"),
    ("verb", "search", {"object_lemma": "survivor"}, None, "*"),
    ("light", ("hold", "custody"), {"preps": ["in"]}, "COERCE", "173"),
    ("light", ("take", "custody"), {}, "COERCE", "173"),
    ("light", ("place", "arrest"), {"modifiers": ["house"]}, "COERCE", "173"),
    ("light", ("place", "curfew"), {}, "COERCE", "1723"),
    ("light", ("use", "gas"), {"modifiers": ["tear"]}, "COERCE", "170"),
    ("light", ("declare", "state"), {}, None, "*"),  # "a state of disaster"
    ("light", ("lay", "siege"), {}, "COERCE", "191"),
    ("verb", "reimpose", {"object_lemma": "blockade"}, "COERCE", "191"),
    ("verb", "suspend", {"object_lemma": "newspaper"}, "COERCE", "1721"),
    ("verb", "prevent", {"object_lemma": "demonstration"}, "COERCE", "1722"),
    ("verb", "prevent", {"object_lemma": "war"}, None, "*"),
    ("verb", "deface", {"object_lemma": "websites"}, "COERCE", "176"),
    ("verb", "purge", {"object_lemma": "officers"}, "COERCE", "170"),
    ("noun", "purge", {}, "COERCE", "170"),
    ("noun", "eviction", {}, "COERCE", "174"),
    ("verb", "recapture", {"object_lemma": "town"}, "COERCE", "192"),
    # 18-20 assault, fight, mass violence
    ("light", ("plant", "bomb"), {}, "ASSAULT", "183"),
    ("light", ("set off", "device"), {}, "ASSAULT", "183"),
    ("light", ("use", "weapons"), {"modifiers": ["chemical"]}, "ASSAULT", "2041"),
    ("verb", "mistreat", {}, "ASSAULT", "182"),
    ("verb", "engage", {"preps": ["in"], "object_lemma": "fighting"}, "ASSAULT", "190"),
    ("verb", "engage", {"preps": ["in"], "object_lemma": "cleansing"}, "ASSAULT", "203"),
    ("verb", "advance", {"preps": ["on"]}, "ASSAULT", "190"),
    ("verb", "advance", {}, None, "*"),
    ("verb", "violate", {"object_lemma": "agreement", "object_modifiers": ["ceasefire"]},
     "ASSAULT", "196"),
    ("verb", "violate", {"object_lemma": "agreement"}, "REJECT", "*"),
    ("noun", "fire", {"modifiers": ["artillery"]}, "ASSAULT", "194"),
    ("noun", "fire", {"modifiers": ["sniper"]}, "ASSAULT", "193"),
    ("noun", "fire", {}, None, "*"),
    ("noun", "attack", {"modifiers": ["mortar"]}, "ASSAULT", "194"),
    ("noun", "attempt", {"modifiers": ["assassination"]}, "ASSAULT", "186"),
    ("noun", "gunbattle", {}, "ASSAULT", "193"),
    ("noun", "shootout", {}, "ASSAULT", "193"),
    ("noun", "beheading", {}, "ASSAULT", "1823"),
    ("noun", "pogrom", {}, "ASSAULT", "202"),
    ("noun", "atrocities", {}, "ASSAULT", "202"),
    ("verb", "drop", {"preps": ["on"], "object_lemma": "bombs"}, "ASSAULT", "195"),
    ("verb", "drop", {"object_lemma": "bombs"}, None, "*"),
    ("verb", "drop", {"object_lemma": "agent", "object_modifiers": ["nerve"]}, "ASSAULT", "2041"),
    # censorship, civil disobedience, alert levels, checkpoints
    ("noun", "blackout", {"modifiers": ["media"]}, "COERCE", "1721"),
    ("noun", "blackout", {"modifiers": ["power"]}, None, "*"),
    ("noun", "shutdown", {"modifiers": ["internet"]}, "COERCE", "1721"),
    ("noun", "shutdown", {"modifiers": ["government"]}, None, "*"),
    ("verb", "impose", {"object_lemma": "blackout"}, "COERCE", "1721"),
    ("noun", "disobedience", {"modifiers": ["civil"]}, "PROTEST", "144"),
    ("light", ("raise", "level"), {"modifiers": ["alert"]}, "MOBILIZE", "152"),
    ("light", ("raise", "level"), {"modifiers": ["debt"]}, None, "*"),
    ("light", ("set up", "checkpoints"), {}, "MOBILIZE", "150"),
    ("light", ("use", "shields"), {"modifiers": ["human"]}, "ASSAULT", "184"),
    ("verb", "fire", {"object_lemma": "ammunition"}, "ASSAULT", "193"),
    ("light", ("approve", "countermeasures"), {}, "SANCTION", "163"),
    ("noun", "relief", {"modifiers": ["sanctions"]}, "CONCEDE", "085"),
    ("noun", "sales", {"modifiers": ["arms"]}, "COOPERATE", "062"),
    ("noun", "sales", {"modifiers": ["car"]}, None, "*"),
    ("noun", "freeze", {"modifiers": ["asset"]}, "SANCTION", "163"),
    ("noun", "freeze", {"modifiers": ["hiring"]}, None, "*"),
    ("light", ("hold", "videoconference"), {}, "CONSULT", "041"),
    # forcing out is expelling; ousting an office-holder is not
    ("verb", "force", {"preps": ["out"], "object_lemma": "agency"}, "SANCTION", "1663"),
    ("verb", "force", {"particle": "out", "object_lemma": "envoys"}, "SANCTION", "166"),
    ("verb", "force", {"particle": "out", "object_lemma": "migrants"}, "COERCE", "174"),
    ("verb", "force", {"particle": "out", "object_lemma": "chairman"}, None, "*"),
    ("verb", "force", {"object_lemma": "vote"}, None, "*"),
    ("verb", "block", {"object_lemma": "transport"}, "PROTEST", "144"),
    ("light", ("reduce", "supplies"), {}, "SANCTION", "163"),
    ("light", ("reduce", "costs"), {}, None, "*"),
    ("light", ("open", "hearing"), {"preps": ["into"]}, "ACCUSE", "090"),
    ("light", ("hold", "hearing"), {}, None, "*"),
    ("noun", "strike", {"modifiers": ["indefinite"]}, "PROTEST", "143"),
    ("verb", "dismiss", {"object_lemma": "president"}, None, "*"),
    ("verb", "dismiss", {"object_lemma": "chairman"}, None, "*"),
    ("verb", "dismiss", {"object_lemma": "proposal"}, "REJECT", "120"),
    ("light", ("use", "force"), {}, "ASSAULT", "190"),
    ("light", ("employ", "weapons"), {}, "ASSAULT", "190"),
    ("verb", "oppose", {"object_lemma": "deployment"}, "REJECT", "120"),
    ("verb", "oppose", {"object_lemma": "mediation"}, "REJECT", "125"),
    ("verb", "oppose", {"object_lemma": "decision"}, "ACCUSE", "110"),
    # 07 support named as military or financial is material aid, whatever the verb
    ("light", ("authorize", "support"), {"modifiers": ["logistical"]}, "AID", "072"),
    ("light", ("pledge", "support"), {"modifiers": ["financial"]}, "AID", "071"),
    ("light", ("pledge", "support"), {}, "SUPPORT", "051"),
    # 07 military intelligence handed over is military aid; shared intelligence is 064
    ("verb", "provide", {"object_lemma": "intelligence", "object_modifiers": ["military"]},
     "AID", "072"),
    ("light", ("pass", "intelligence"), {"modifiers": ["military"]}, "AID", "072"),
    ("verb", "provide", {"object_lemma": "intelligence"}, "COOPERATE", "064"),
    ("verb", "supply", {"object_lemma": "imagery"}, "AID", "072"),
    ("verb", "evacuate", {"object_lemma": "injured"}, "AID", "073"),
    # 08 shortening a curfew eases it; extending it is coercion
    ("light", ("shorten", "curfew"), {}, "CONCEDE", "0813"),
    ("light", ("extend", "curfew"), {}, "COERCE", "1723"),
    # 082 dissenters standing down; a halted military strike stays RETREAT
    ("light", ("call off", "rally"), {}, "CONCEDE", "082"),
    ("light", ("end", "sit-in"), {}, None, "*"),  # police may end it by force
    ("light", ("end", "strike"), {"modifiers": ["hunger"]}, "CONCEDE", "082"),
    ("light", ("call off", "strike"), {"modifiers": ["general"]}, "CONCEDE", "082"),
    ("light", ("call off", "strike"), {}, "RETREAT", "087"),
    ("light", ("call off", "strike"), {"modifiers": ["day"]}, "CONCEDE", "082"),
    # 08 paying reparations (RETREAT); asking for them is a request
    ("light", ("pay", "compensation"), {}, "RETREAT", "0842"),
    ("light", ("make", "reparations"), {}, "RETREAT", "0842"),
    ("verb", "seek", {"object_lemma": "compensation"}, "REQUEST", "*"),
    # 062 sailing with another navy; not sailing with a cargo
    ("verb", "sail", {"preps": ["with"], "object_lemma": "navy"}, "COOPERATE", "062"),
    ("verb", "sail", {"preps": ["with"], "object_lemma": "oil"}, None, "*"),
    # 071 donors' contributions
    ("light", ("pledge", "contributions"), {}, "AID", "071"),
    # 052 verbal defence, not armed defence of a place
    ("verb", "defend", {"object_lemma": "sovereignty"}, None, "*"),
    ("verb", "defend", {"object_lemma": "island"}, None, "*"),
    ("verb", "defend", {"object_lemma": "decision"}, "SUPPORT", "052"),
    # 040 travelling for talks ("returned to Geneva for talks"); plain travel is none
    ("light", ("return", "talks"), {}, "CONSULT", "040"),
    ("light", ("head", "negotiations"), {}, "CONSULT", "040"),
    ("verb", "return", {}, None, "*"),
    # 0842 returning seized goods; 087 leaving held places (evacuating people is aid)
    ("verb", "return", {"object_lemma": "weapons"}, "RETREAT", "0842"),
    ("verb", "evacuate", {"object_lemma": "settlements"}, "RETREAT", "087"),
    ("verb", "evacuate", {"object_lemma": "citizens"}, "AID", "073"),
    # 035 an offer of concessions is intent to yield; making them yields (080)
    ("light", ("offer", "concessions"), {}, "AGREE", "035"),
    ("verb", "offer", {"object_lemma": "compromise"}, "AGREE", "035"),
    ("light", ("make", "concessions"), {}, "CONCEDE", "080"),
    # 040 shaking hands; 071 credit lines (not a production line); 075 protection
    ("light", ("shake", "hands"), {}, "CONSULT", "040"),
    ("light", ("extend", "line"), {"modifiers": ["credit"]}, "AID", "071"),
    ("light", ("open", "line"), {"modifiers": ["production"]}, None, "*"),
    ("verb", "grant", {"object_lemma": "protection"}, "AID", "075"),
    # 0862 receiving foreign observers lets them in; receiving a minister is hosting
    ("verb", "receive", {"object_lemma": "observers"}, "RETREAT", "0862"),
    ("verb", "receive", {"object_lemma": "minister"}, "CONSULT", "043"),
    # 15 mobilizes forces; rallying voters, lobby groups or funds is no force posture
    ("verb", "mobilize", {"object_lemma": "troops"}, "MOBILIZE", "154"),
    ("verb", "mobilize", {"object_lemma": "voters"}, None, "*"),
    ("verb", "mobilise", {"object_lemma": "groups", "object_modifiers": ["lobby"]}, None, "*"),
    ("verb", "mobilize", {"object_lemma": "resources"}, None, "*"),
    # 170: an incursion into another's air zone or territorial waters; entering a city,
    # a market or plain waters is no coercion
    ("verb", "enter", {"object_lemma": "zone", "object_modifiers": ["air", "defence"]},
     "COERCE", "170"),
    ("verb", "enter", {"object_lemma": "waters", "object_modifiers": ["territorial"]},
     "COERCE", "170"),
    ("verb", "enter", {"object_lemma": "market"}, None, "*"),
    ("verb", "enter", {"object_lemma": "waters"}, None, "*"),
    # 1724 rule by decree: suspending the constitution, as martial law
    ("verb", "suspend", {"object_lemma": "constitution"}, "COERCE", "1724"),
    # 1722 banning politicians: a candidate or party disqualified from a race
    ("verb", "disqualify", {"object_lemma": "candidate"}, "COERCE", "1722"),
    ("verb", "disqualify", {"preps": ["from"]}, "COERCE", "1722"),
    ("verb", "disqualify", {"object_lemma": "bid"}, None, "*"),
    # 143/142 a strike or hunger strike kept up: "remain on strike", "is on hunger strike"
    ("light", ("remain", "strike"), {}, "PROTEST", "143"),
    ("light", ("be", "strike"), {"modifiers": ["hunger"]}, "PROTEST", "142"),
]


@pytest.mark.parametrize("kind_,word,kwargs,event_type,cameo", CODEBOOK_COVERAGE)
def test_codebook_coverage(lexicon, kind_, word, kwargs, event_type, cameo):
    if kind_ == "verb":
        sense = lexicon.verb_sense(word, **kwargs)
    elif kind_ == "noun":
        sense = lexicon.noun_sense(word, **kwargs)
    else:
        verb, noun = word
        particle = None
        if " " in verb:
            verb, particle = verb.split()
        sense = lexicon.light_verb_sense(verb, noun, particle=particle, **kwargs)
    assert (sense.event_type if sense else None) == event_type
    if sense is not None and cameo != "*":
        assert sense.cameo == cameo


def test_a_joint_venture_formed_is_economic_cooperation(lexicon):
    # "formed a joint venture with Sinopec", "set up a joint venture with Russian
    # partners", "announced a joint venture with a Chinese carmaker"; a venture alone
    # ("launched a new venture") is no cooperation with anyone
    for verb in ("form", "set up", "announce"):
        sense = lexicon.light_verb_sense(verb, "venture", modifiers=["joint"])
        assert sense is not None and (sense.event_type, sense.cameo) == ("COOPERATE", "061")
    assert lexicon.light_verb_sense("launch", "venture") is None
