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
    ("grant", {"object_lemma": "asylum"}, "AID", None),
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
        ("unknownverb", {}),
    ],
)
def test_verb_without_event_reading(lexicon, lemma, kwargs):
    assert lexicon.verb_sense(lemma, **kwargs) is None


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
