"""Tests for actor resolution: unit tests on hand-built Docs, model-backed tests (slow)."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.matching import find_units, plural
from eventwire.actors.resolve import mentions_by_token, resolve_actors

PUBLISHED = date(2024, 1, 13)

PEOPLE = [
    {"id": "test_kamikawa", "name": "Yoko Kamikawa", "aliases": ["Kamikawa"], "gender": "f",
     "roles": [{"country": "JPN", "sector": "GOV", "title": "Foreign Minister",
                "start": "2023-09-13", "end": None}]},
    {"id": "test_blinken", "name": "Antony Blinken", "aliases": ["Blinken", "Tony Blinken"],
     "gender": "m",
     "roles": [{"country": "USA", "sector": "GOV", "title": "Secretary of State",
                "start": "2021-01-26", "end": "2025-01-20"}]},
]
PEOPLE.append(
    {"id": "test_may", "name": "Theresa May", "aliases": ["May"], "gender": "f",
     "roles": [{"country": "GBR", "sector": "GOV", "title": "Prime Minister",
                "start": "2016-07-13", "end": "2019-07-24"}]})
PEOPLE.append(
    {"id": "test_abiy", "name": "Abiy Ahmed", "aliases": ["Abiy"], "gender": "m",
     "roles": [{"country": "ETH", "sector": "GOV", "title": "Prime Minister",
                "start": "2018-04-02", "end": None}]})
GROUPS = [
    {"id": "test_hamas", "name": "Hamas", "names": ["Hamas"], "country": "PSE", "sector": "REB"},
    {"id": "test_houthis", "name": "Houthis", "names": ["Houthis", "Ansar Allah"],
     "adjectives": ["Houthi"], "country": "YEM", "sector": "REB"},
]
SMALL = {
    "countries": [
        {"iso3": "JPN", "name": "Japan", "adjectives": ["Japanese"], "capital": "Tokyo"},
        {"iso3": "USA", "name": "United States", "names": ["U.S.", "US"],
         "adjectives": ["U.S.", "American"], "capital": "Washington",
         "metonyms": {"Pentagon": "MIL"}},
        {"iso3": "GBR", "name": "United Kingdom", "names": ["Britain"],
         "adjectives": ["British"]},
        {"iso3": "IRN", "name": "Iran", "adjectives": ["Iranian"]},
        {"iso3": "YEM", "name": "Yemen", "adjectives": ["Yemeni"]},
    ],
    "agents": [{"phrase": "foreign minister", "sector": "GOV", "kind": "title"},
               {"phrase": "forces", "sector": "MIL", "kind": "group"},
               {"phrase": "rebels", "sector": "REB", "kind": "group"},
               {"phrase": "former", "sector": "ELI", "kind": "modifier"}],
    "groups": GROUPS,
    "people": PEOPLE,
}


@pytest.fixture(scope="module")
def small_kb() -> KnowledgeBase:
    return KnowledgeBase.from_dicts(**SMALL)


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def make_doc(vocab, words, heads, deps, pos):
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)


def summary(doc, mentions):
    """(text, codes, sectors, head text, kind) per mention, for compact assertions."""
    return [(doc[m.start:m.end].text, tuple(a.code for a in m.actors),
             tuple(a.sector for a in m.actors), doc[m.head].text, m.kind) for m in mentions]


@pytest.mark.parametrize(("word", "expected"), [
    ("minister", "ministers"), ("police", "polices"), ("militia", "militias"),
    ("spokesman", "spokesmen"), ("secretary", "secretaries"), ("boss", "boss")])
def test_matching_plural(word, expected):
    assert plural(word) == expected


def test_matching_case_sensitive_short_forms(small_kb, vocab):
    doc = Doc(vocab, words=["Let", "us", "hope", "the", "US", "helps"])
    units = find_units(doc, small_kb)
    assert [(u.start, u.kind, u.key) for u in units if u.kind != "candidate"] == [
        (4, "country", "USA")]


def test_matching_backed_modifier_is_not_a_unit(small_kb, vocab):
    doc = Doc(vocab, words=["Iranian", "-", "backed", "Houthi", "rebels"],
              spaces=[False, False, True, True, False])
    kinds = [(u.kind, u.key) for u in find_units(doc, small_kb)]
    assert ("adjective", "IRN") not in kinds
    assert ("group_adj", "test_houthis") in kinds


def test_resolve_compound_title_phrase(small_kb, vocab):
    doc = make_doc(
        vocab, ["Japanese", "Foreign", "Minister", "Yoko", "Kamikawa", "met", "Blinken", "."],
        [2, 2, 4, 4, 5, 5, 5, 5],
        ["amod", "compound", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"],
        ["ADJ", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"])
    mentions = resolve_actors(doc, small_kb, PUBLISHED)
    assert summary(doc, mentions) == [
        ("Japanese Foreign Minister Yoko Kamikawa", ("JPN",), ("GOV",), "Kamikawa", "name"),
        ("Blinken", ("USA",), ("GOV",), "Blinken", "name"),
    ]
    assert mentions[0].actors[0].kb_id == "test_kamikawa"


@pytest.mark.parametrize(("published", "sector"), [
    (date(2024, 1, 13), "GOV"), (date(2026, 3, 1), "ELI"), (None, "ELI")])
def test_resolve_person_role_by_date(small_kb, vocab, published, sector):
    doc = make_doc(vocab, ["Blinken", "spoke", "."], [1, 1, 1],
                   ["nsubj", "ROOT", "punct"], ["PROPN", "VERB", "PUNCT"])
    (mention,) = resolve_actors(doc, small_kb, published)
    assert (mention.actors[0].country, mention.actors[0].sector) == ("USA", sector)


def test_resolve_coordinated_modifiers_share_head(small_kb, vocab):
    doc = make_doc(
        vocab, ["U.S.", "and", "British", "forces", "struck", "Yemen", "."],
        [3, 0, 0, 4, 4, 4, 4],
        ["nmod", "cc", "conj", "nsubj", "ROOT", "dobj", "punct"],
        ["PROPN", "CCONJ", "ADJ", "NOUN", "VERB", "PROPN", "PUNCT"])
    assert summary(doc, resolve_actors(doc, small_kb, PUBLISHED)) == [
        ("U.S.", ("USA",), ("MIL",), "forces", "title"),
        ("British forces", ("GBR",), ("MIL",), "forces", "title"),
        ("Yemen", ("YEM",), ("GOV",), "Yemen", "name"),
    ]


# ---------------------------------------------------------------- model-backed tests


@pytest.fixture(scope="module")
def wire_kb(kb) -> KnowledgeBase:
    """The packaged KB with test people (fixed roles) and the two test groups if absent."""
    known = {n for g in kb.groups for n in (g.name, *g.names)}
    extra = KnowledgeBase.from_dicts(
        groups=[g for g in GROUPS if g["name"] not in known], people=PEOPLE)
    return KnowledgeBase(kb.countries, kb.organisations, kb.groups + extra.groups,
                         kb.agents, extra.people)


def resolve(nlp, wire_kb, text, published=PUBLISHED):
    doc = nlp(text)
    return doc, resolve_actors(doc, wire_kb, published)


def find(doc, mentions, text):
    """The mention whose span text is ``text``."""
    hits = [m for m in mentions if doc[m.start:m.end].text == text]
    assert hits, f"no mention {text!r} in {summary(doc, mentions)}"
    return hits[0]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "span", "code", "sector", "head"), [
    ("Japanese Foreign Minister Yoko Kamikawa held talks with U.S. Secretary of State "
     "Antony Blinken in Washington on Friday.",
     "Japanese Foreign Minister Yoko Kamikawa", "JPN", "GOV", "Kamikawa"),
    ("Japanese Foreign Minister Yoko Kamikawa held talks with U.S. Secretary of State "
     "Antony Blinken in Washington on Friday.",
     "U.S. Secretary of State Antony Blinken", "USA", "GOV", "Blinken"),
    ("Chinese troops held live-fire drills near the border on Sunday.",
     "Chinese troops", "CHN", "MIL", "troops"),
    ("Israeli police arrested a Palestinian man in east Jerusalem on Thursday.",
     "Israeli police", "ISR", "COP", "police"),
    ("The Palestinian militant group Hamas said on Sunday it would free more hostages.",
     "The Palestinian militant group Hamas", "PSE", "REB", "group"),
    ("Hamas, the Palestinian militant group that rules Gaza, said it accepted the deal.",
     "Hamas, the Palestinian militant group", "PSE", "REB", "Hamas"),
    ("Antony Blinken, the U.S. secretary of state, said Washington backed Kyiv.",
     "Antony Blinken, the U.S. secretary of state", "USA", "GOV", "Blinken"),
    ("Iranian-backed Houthi rebels fired two missiles at a cargo ship in the Red Sea.",
     "Houthi rebels", "YEM", "REB", "rebels"),
    ("Russia's defence ministry said air defences downed 20 drones overnight.",
     "Russia's defence ministry", "RUS", "GOV", "ministry"),
    ("Lawmakers in Paris questioned the president of France over the pension reform.",
     "the president of France", "FRA", "GOV", "president"),
    ("Taiwan's current leader Tsai Ing-wen of the Democratic Progressive Party will step "
     "down in May.",
     "Taiwan's current leader Tsai Ing-wen of the Democratic Progressive Party", "TWN", "GOV",
     "leader"),
    ("The Pentagon said it was closely monitoring the situation in the Red Sea.",
     "The Pentagon", "USA", "MIL", "Pentagon"),
    ("Beijing rejected the accusation as groundless on Tuesday.",
     "Beijing", "CHN", "GOV", "Beijing"),
    ("NATO Secretary General Jens Halvorsen urged members to boost ammunition output.",
     "NATO Secretary General Jens Halvorsen", "NATO", "IGO", "Halvorsen"),
    # a dependent territory with a code of its own
    ("Greenland's premier rejected the offer to buy the island on Monday.",
     "Greenland's premier", "GRL", "GOV", "premier"),
    ("Police in the Cayman Islands detained two bankers on Friday.",
     "the Cayman Islands", "CYM", "GOV", "Islands"),
    # a US state stands for the United States, not for a country named nearby
    ("The governor of Ohio criticized Mexican officials on Tuesday.",
     "The governor of Ohio", "USA", "GOV", "governor"),
    # singulars of role words listed in the plural
    ("An Italian peacekeeper was wounded in southern Lebanon on Sunday.",
     "Italian peacekeeper", "ITA", "MIL", "peacekeeper"),
    ("A Zambian opposition group said it would boycott the vote.",
     "Zambian opposition group", "ZMB", "OPP", "group"),
    # any community is civilian, a national one of its country
    ("Kenyan police evicted a Maasai community from the forest on Monday.",
     "community", "KEN", "CVL", "community"),
    ("Gunmen in northern Nigeria attacked members of a farming community on Sunday.",
     "community", "NGA", "CVL", "community"),
])
def test_resolve_noun_phrases(nlp, wire_kb, text, span, code, sector, head):
    doc, mentions = resolve(nlp, wire_kb, text)
    mention = find(doc, mentions, span)
    assert [(a.code, a.sector) for a in mention.actors] == [(code, sector)]
    assert doc[mention.head].text == head


@pytest.mark.slow
def test_resolve_backed_modifier_is_not_an_actor(nlp, wire_kb):
    doc, mentions = resolve(nlp, wire_kb, "Iranian-backed Houthi rebels attacked a tanker.")
    assert [a.code for m in mentions for a in m.actors] == ["YEM"]


@pytest.mark.slow
def test_resolve_coordinated_forces(nlp, wire_kb):
    doc, mentions = resolve(nlp, wire_kb, "U.S. and British forces launched strikes on "
                                          "Houthi targets in Yemen overnight.")
    us, uk = find(doc, mentions, "U.S."), find(doc, mentions, "British forces")
    assert (us.actors[0].code, us.actors[0].sector) == ("USA", "MIL")
    assert (uk.actors[0].code, uk.actors[0].sector) == ("GBR", "MIL")
    assert doc[us.head].text == doc[uk.head].text == "forces"
    assert find(doc, mentions, "Yemen").actors[0].code == "YEM"


@pytest.mark.slow
def test_resolve_coordinated_names_are_conj_linked(nlp, wire_kb):
    doc, mentions = resolve(nlp, wire_kb, "Japan and the United States agreed on Friday to "
                                          "expand defense cooperation. The two countries "
                                          "will hold drills in March.")
    japan, usa = find(doc, mentions, "Japan"), find(doc, mentions, "the United States")
    assert doc[usa.head] in doc[japan.head].conjuncts
    pair = find(doc, mentions, "The two countries")
    assert {a.code for a in pair.actors} == {"JPN", "USA"}
    assert pair.kind == "description"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "codes"), [
    ("The presidents of Armenia and Azerbaijan initialled a peace text at the White House "
     "on Friday. The U.S. president said the two countries would reopen their border.",
     {"ARM", "AZE"}),
    ("The foreign ministers of Peru and Chile met in Lima on Monday. Brazil's president "
     "said the two countries would sign a trade pact.", {"PER", "CHL"}),
    ("Presidents of Kenya and Uganda held talks in Nairobi. Ethiopia's prime minister "
     "said the two countries should settle the border dispute.", {"KEN", "UGA"}),
])
def test_resolve_countries_coordinated_inside_a_title_are_a_group(nlp, wire_kb, text, codes):
    """"the leaders of X and Y" names X and Y as a group, as "X and Y" does: a later
    "the two countries" is them, not the last two countries named."""
    doc, mentions = resolve(nlp, wire_kb, text)
    assert {a.code for a in find(doc, mentions, "the two countries").actors} == codes


@pytest.mark.slow
@pytest.mark.parametrize(("published", "sector"), [(PUBLISHED, "GOV"), (date(2026, 2, 1), "ELI")])
def test_resolve_surnames_mislabelled_by_ner(nlp, wire_kb, published, sector):
    doc, mentions = resolve(nlp, wire_kb, "Kamikawa told Blinken that Tokyo would keep "
                                          "supporting Ukraine.", published)
    assert find(doc, mentions, "Kamikawa").actors[0].code == "JPN"
    blinken = find(doc, mentions, "Blinken").actors[0]
    assert (blinken.code, blinken.sector) == ("USA", sector)


@pytest.mark.slow
def test_resolve_one_word_alias_is_not_a_date(nlp, wire_kb):
    doc, mentions = resolve(nlp, wire_kb, "In May, May said Britain would not delay Brexit.",
                            date(2019, 6, 1))
    may = [m for m in mentions if doc[m.start].text == "May"]
    assert [(m.start, m.actors[0].kb_id, m.actors[0].sector) for m in may] == [
        (3, "test_may", "GOV")]


@pytest.mark.slow
def test_resolve_former_title_is_elite(nlp, wire_kb):
    doc, mentions = resolve(nlp, wire_kb, "Former Secretary of State Antony Blinken "
                                          "criticized the decision.")
    actor = mentions[0].actors[0]
    assert (actor.code, actor.sector, actor.kb_id) == ("USA", "ELI", "test_blinken")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "span", "code", "confidence"), [
    ("U.S. Commerce Secretary Jane Whitfield arrived in Beijing on Monday.",
     "U.S. Commerce Secretary Jane Whitfield", "USA", 0.95),
    ("Commerce Secretary Jane Whitfield arrived in Beijing on Monday, the first U.S. "
     "cabinet visit in months.", "Commerce Secretary Jane Whitfield", "USA", 0.7),
    ("The United States tightened export rules on Tuesday. Commerce Secretary Jane "
     "Whitfield said more steps would follow.", "Commerce Secretary Jane Whitfield", "USA",
     0.5),
])
def test_resolve_unknown_titled_person(nlp, wire_kb, text, span, code, confidence):
    doc, mentions = resolve(nlp, wire_kb, text)
    mention = find(doc, mentions, span)
    assert mention.actors[0].code == code
    assert mention.actors[0].name == "Jane Whitfield"
    assert mention.confidence == confidence


@pytest.mark.slow
def test_resolve_titled_person_skips_own_verb_object(nlp, wire_kb):
    doc, mentions = resolve(nlp, wire_kb, "President Jan Novak threatened further action "
                                          "against Russia.")
    person = find(doc, mentions, "President Jan Novak")
    assert person.actors[0].code is None


@pytest.mark.slow
@pytest.mark.parametrize(("text", "span", "code"), [
    ("The Senate voted to send more weapons to Egypt.", "The Senate", None),
    ("The administration said Iran must halt its missile tests.", "The administration",
     None),
    ("Police arrested dozens of students in Egypt.", "Police", "EGY"),
    ("After talks with Iran, the government said it would lift the sanctions.",
     "the government", None),
])
def test_resolve_role_word_skips_own_verb_object(nlp, wire_kb, text, span, code):
    """A role word's context country is not the state its own verb acts on."""
    doc, mentions = resolve(nlp, wire_kb, text)
    assert find(doc, mentions, span).actors[0].code == code


@pytest.mark.slow
@pytest.mark.parametrize(("text", "span", "code", "sector"), [
    ("The Regional Water Forum urged donors to fund new wells.",
     "The Regional Water Forum", "NGO", "NGO"),
    ("The Kenyan Water Forum urged the government to repair the pipes.",
     "The Kenyan Water Forum", "KEN", "NGO"),
    ("Members of the League of Mountain Villages visited the camps.",
     "the League of Mountain Villages", "NGO", "NGO"),
    # A state word in a political body's name; a name carried on by "of" or "for".
    ("Police in Kenya arrested members of the National Renewal Front.",
     "the National Renewal Front", "KEN", "OPP"),
    ("The Union of Free Workers called a strike in Nairobi.",
     "The Union of Free Workers", "KEN", "LAB"),
    ("The Coalition for Justice urged donors to act.", "The Coalition for Justice", "NGO",
     "NGO"),
    # An armed word makes a movement rebels; a role word inside a name does not code it.
    ("The Movement for the Liberation of the North attacked a Malian army post.",
     "The Movement for the Liberation of the North", "MLI", "REB"),
    ("Citizens' Alliance condemned the arrests in Kenya.", "Citizens' Alliance", "KEN",
     "OPP"),
    ("The Free Press Watch criticised the Kenyan government.", "The Free Press Watch",
     "NGO", "NGO"),
])
def test_resolve_unknown_named_body(nlp, wire_kb, text, span, code, sector):
    """An unknown capitalised name with a body noun as head is an actor."""
    doc, mentions = resolve(nlp, wire_kb, text)
    actor = find(doc, mentions, span).actors[0]
    assert (actor.code, actor.sector) == (code, sector)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "span", "code"), [
    ("Armenia's Republican Party welcomed the decision.", "Armenia's Republican Party",
     "ARM"),
    ("The Armenian Republican Party welcomed the decision.",
     "The Armenian Republican Party", "ARM"),
])
def test_resolve_generic_party_takes_its_phrase_s_country(nlp, wire_kb, text, span, code):
    """A party name many countries share belongs to the country its phrase names."""
    doc, mentions = resolve(nlp, wire_kb, text)
    assert find(doc, mentions, span).actors[0].code == code


@pytest.mark.slow
@pytest.mark.parametrize(("text", "span", "code"), [
    ("Dutch Prime Minister Dick Schoof's coalition lost a vote in parliament on Tuesday. "
     "The center-right Christian Democrats said they would back the motion.",
     "Christian Democrats", "NLD"),
    ("Canada's prime minister called an early election. The Conservatives criticized the "
     "decision.", "The Conservatives", "CAN"),
    ("Israel's government approved the budget on Sunday. Labour said the plan would hurt "
     "Israeli families.", "Labour", "ISR"),
    ("Sweden's government faced a no-confidence vote. The Social Democrats accused the "
     "prime minister of lying.", "The Social Democrats", "SWE"),
    ("Austria's chancellor met the president on Monday. The Greens demanded new "
     "elections.", "The Greens", "AUT"),
    ("Spain's prime minister called a snap vote. The Socialists said they would campaign "
     "on housing.", "The Socialists", "ESP"),
])
def test_resolve_generic_party_members_are_the_story_s(nlp, wire_kb, text, span, code):
    """A party named by what many countries' party members are called ("the
    Conservatives") belongs to the story's country when its KB home never comes up."""
    doc, mentions = resolve(nlp, wire_kb, text)
    actor = find(doc, mentions, span).actors[0]
    assert (actor.code, actor.sector) == (code, "PTY")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "span", "code", "sector"), [
    ("The Union of Comoros signed a fisheries deal with France.", "The Union of Comoros",
     "COM", "GOV"),
    ("The Union of Myanmar protested to Thailand.", "The Union of Myanmar", "MMR", "GOV"),
    ("Argentina's largest labor federation called a general strike on Thursday.",
     "Argentina's largest labor federation", "ARG", "LAB"),
    ("A Kenyan labour federation threatened to strike.", "Kenyan labour federation",
     "KEN", "LAB"),
    ("The Brazilian labor confederation urged the government to raise wages.",
     "The Brazilian labor confederation", "BRA", "LAB"),
    ("Defense lawyers for the former Peruvian president appealed the ruling.",
     "Defense lawyers", "PER", "JUD"),
    ("Lawyers for the jailed Russian opposition leader filed an appeal on Monday.",
     "Lawyers", "RUS", "JUD"),
    ("A Turkish court jailed the journalist, and his defence lawyers denounced the "
     "verdict.", "defence lawyers", "TUR", "JUD"),
])
def test_resolve_state_forms_labour_bodies_and_lawyers(nlp, wire_kb, text, span, code,
                                                       sector):
    """A state's formal "Union of X" is the state; a labour federation is labour;
    lawyers are legal actors (CAMEO's JUD) of their client's or the story's country."""
    doc, mentions = resolve(nlp, wire_kb, text)
    actor = find(doc, mentions, span).actors[0]
    assert (actor.code, actor.sector) == (code, sector)


@pytest.mark.slow
def test_resolve_both_sides_are_the_opposed_pair(nlp, wire_kb):
    """"both sides" are the two states the story sets against each other, not the
    state named most in the sentences just before."""
    doc, mentions = resolve(nlp, wire_kb, (
        "Armenia accused Azerbaijan of shelling border villages. Azerbaijan's army fired "
        "on Armenian positions overnight. Russia held naval drills in the Black Sea on "
        "Tuesday, and Russia's defence ministry said Russia's fleet was ready. France urged "
        "both sides to return to talks."))
    assert sorted(a.code for a in find(doc, mentions, "both sides").actors) == ["ARM", "AZE"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "span", "codes"), [
    ("Armenia and Azerbaijan traded fire on the border. Russia and France called for "
     "restraint. The two countries agreed to a truce on Tuesday.", "The two countries",
     {"ARM", "AZE"}),
    ("Israel and Hezbollah traded fire across the border. Egypt and Qatar urged calm. Both "
     "sides said they would hold their fire.", "Both sides", {"ISR", "LBN"}),
    ("Venezuela and Guyana traded accusations over the disputed region. Brazil and "
     "Colombia offered to mediate. The two neighbors agreed to talks.", "The two neighbors",
     {"VEN", "GUY"}),
])
def test_resolve_sides_that_traded_fire(nlp, wire_kb, text, span, codes):
    """Two subjects who "traded fire" (or blows, accusations) are a fight's two sides, as
    two who "clashed" are."""
    doc, mentions = resolve(nlp, wire_kb, text)
    assert {a.code for a in find(doc, mentions, span).actors} == codes


@pytest.mark.slow
@pytest.mark.parametrize(("text", "span", "codes"), [
    ("A border dispute between Sudan and South Sudan flared this week. Egypt and Ethiopia "
     "offered to mediate. The two neighbors agreed to hold talks next month.",
     "The two neighbors", {"SDN", "SSD"}),
    ("Tensions between India and Pakistan rose after the attack. Saudi Arabia and Iran "
     "called for calm. Both countries pledged to avoid escalation.", "Both countries",
     {"IND", "PAK"}),
    ("Thailand accused Cambodia of laying mines. Cambodia denied the charge and accused "
     "Thailand of shelling. Malaysia and China offered to mediate. The two countries "
     "agreed to a ceasefire.", "The two countries", {"THA", "KHM"}),
])
def test_resolve_two_countries_are_a_quarrel_s_sides_not_its_mediators(
        nlp, wire_kb, text, span, codes):
    """A pair named last only to mediate or appeal stands apart from the quarrel: "the
    two countries" after it are the quarrel's sides."""
    doc, mentions = resolve(nlp, wire_kb, text)
    assert {a.code for a in find(doc, mentions, span).actors} == codes


@pytest.mark.slow
def test_resolve_all_parties_needs_a_conflict_that_names_them(nlp, wire_kb):
    """"all parties" is whoever is involved: not the last two countries named (here
    places), unless the story names the two sides of a fight."""
    doc, mentions = resolve(nlp, wire_kb, (
        "Peru fired rockets at Ecuador overnight. Chilean jets shot down drones over "
        "Bolivia and Paraguay. The U.N. chief urged all parties to show restraint."))
    assert not [m for m in mentions if doc[m.start:m.end].text == "all parties"]
    doc, mentions = resolve(nlp, wire_kb, (
        "Peru and Ecuador clashed on the border. Chilean jets shot down drones over "
        "Bolivia and Paraguay. The U.N. chief urged all parties to show restraint."))
    assert {a.code for a in find(doc, mentions, "all parties").actors} == {"PER", "ECU"}


@pytest.mark.slow
def test_resolve_both_sides_of_a_war_between(nlp, wire_kb):
    """"war broke out between X and Y": X and Y are "both sides", even of one country."""
    doc, mentions = resolve(nlp, wire_kb, (
        "War broke out between the Chadian army and Chadian rebels last year. Egypt hosted "
        "talks and Egypt invited Libya. The United Nations urged both sides to agree to a "
        "ceasefire."))
    actors = find(doc, mentions, "both sides").actors
    assert [(a.code, a.sector) for a in actors] == [("TCD", "MIL"), ("TCD", "REB")]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The Reagan administration accused Libya of backing the bombers.",
    "The Bush government said Cuba must free the dissidents.",
])
def test_resolve_leader_named_administration(nlp, kb, text):
    """"the X administration" with X a past leader the KB knows is X's state, coded
    with no publication date (a PLOVER sentence)."""
    doc, mentions = resolve(nlp, kb, text, published=None)
    actor = mentions[0].actors[0]
    assert (actor.code, actor.sector) == ("USA", "GOV")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "span", "kb_id", "code"), [
    ("Protesters demanded the resignation of Algerian President Ahmed Ben Bella.",
     "Algerian President Ahmed Ben Bella", None, "DZA"),
    ("Ethiopian Prime Minister Abiy Ahmed met Kenyan officials.",
     "Ethiopian Prime Minister Abiy Ahmed", "test_abiy", "ETH"),
])
def test_resolve_surname_inside_longer_name(nlp, wire_kb, text, span, kb_id, code):
    doc, mentions = resolve(nlp, wire_kb, text)
    actor = find(doc, mentions, span).actors[0]
    assert (actor.kb_id, actor.code) == (kb_id, code)


@pytest.mark.slow
def test_resolve_later_surname_is_alias(nlp, wire_kb):
    doc, mentions = resolve(nlp, wire_kb, "U.S. Commerce Secretary Jane Whitfield met "
                                          "Chinese officials in Beijing. Whitfield said "
                                          "the talks were candid.")
    alias = find(doc, mentions, "Whitfield")
    assert (alias.kind, alias.actors[0].code, alias.actors[0].sector) == ("alias", "USA", "GOV")


@pytest.mark.slow
def test_resolve_family_name_first_alias(nlp, wire_kb):
    doc, mentions = resolve(nlp, wire_kb, "Chinese Foreign Ministry spokeswoman Mao Ning "
                                          "told reporters that China opposes the move. Mao "
                                          "said Beijing had lodged a protest.")
    alias = find(doc, mentions, "Mao")
    assert (alias.kind, alias.actors[0].code, alias.actors[0].name) == (
        "alias", "CHN", "Mao Ning")


@pytest.mark.slow
def test_resolve_pair_keeps_group_actor(nlp, wire_kb):
    doc, mentions = resolve(nlp, wire_kb, "Israel and Hamas agreed to extend the truce. "
                                          "Both sides traded accusations.")
    pair = find(doc, mentions, "Both sides")
    assert [(a.code, a.sector) for a in pair.actors] == [("ISR", "GOV"), ("PSE", "REB")]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "pronoun", "codes"), [
    ("Kamikawa met Blinken on Friday. She said Japan would stand with Ukraine.",
     "She", ("JPN",)),
    ("Kamikawa met Blinken on Friday. He said Washington valued the alliance.",
     "He", ("USA",)),
    ("Japanese and South Korean officials met in Seoul on Monday. They agreed to share "
     "intelligence on missile launches.", "They", ("JPN", "KOR")),
    ("Russia's defence ministry said its forces repelled an attack near Bakhmut.",
     "its", ("RUS",)),
])
def test_resolve_pronouns(nlp, wire_kb, text, pronoun, codes):
    doc, mentions = resolve(nlp, wire_kb, text)
    mention = find(doc, mentions, pronoun)
    assert mention.kind == "pronoun"
    assert tuple(a.code for a in mention.actors) == codes
    assert mention.confidence == pytest.approx(0.6)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "span", "codes"), [
    ("Taiwan reported 20 Chinese warplanes near the island on Wednesday.",
     "the island", ("TWN",)),
    ("Taiwan said the mainland had stepped up military pressure.", "the mainland", ("CHN",)),
    ("China and Vietnam signed a maritime deal. Both sides pledged restraint.",
     "Both sides", ("CHN", "VNM")),
    ("Saudi Arabia and Iran restored ties in March. The kingdom said the deal would hold.",
     "The kingdom", ("SAU",)),
    ("NATO leaders met in Vilnius. The alliance said Ukraine would join one day.",
     "The alliance", ("NATO",)),
    ("Poland expelled a Russian diplomat. The country said he was a spy.",
     "The country", ("POL",)),
    ("Israel and Hamas agreed to extend the truce. Both sides traded accusations.",
     "Both sides", ("ISR", "PSE")),
    ("Japan and China held talks in Beijing. The two foreign ministers agreed to meet again.",
     "The two foreign ministers", ("JPN", "CHN")),
    ("Houthi rebels fired missiles at a tanker. The group vowed more attacks.",
     "The group", ("YEM",)),
    ("Houthi rebels fired missiles at a tanker on Monday. The rebels later denied it.",
     "The rebels", ("YEM",)),
    ("The World Health Organization warned of cholera in Sudan. The organization appealed "
     "for funds.", "The organization", ("WHO",)),
])
def test_resolve_descriptions(nlp, wire_kb, text, span, codes):
    doc, mentions = resolve(nlp, wire_kb, text)
    mention = find(doc, mentions, span)
    assert tuple(a.code for a in mention.actors) == codes


@pytest.mark.slow
@pytest.mark.parametrize(("text", "absent"), [
    ("Several Asian countries raised tariffs on Friday.", "Asian"),
    ("Let us hope the talks resume on Monday.", "us"),
])
def test_resolve_not_actors(nlp, wire_kb, text, absent):
    doc, mentions = resolve(nlp, wire_kb, text)
    assert all(absent not in doc[m.start:m.end].text for m in mentions)
    assert all(doc[m.start].ent_type_ != "DATE" for m in mentions)


@pytest.mark.slow
def test_resolve_places_are_mentions(nlp, wire_kb):
    doc, mentions = resolve(nlp, wire_kb, "The minister will travel to Ukraine next week.")
    assert find(doc, mentions, "Ukraine").actors[0].code == "UKR"


@pytest.mark.slow
def test_resolve_output_sorted_and_non_overlapping(nlp, wire_kb):
    doc, mentions = resolve(nlp, wire_kb, "U.S. and British forces struck Houthi sites after "
                                          "the rebels attacked ships. Japan and the U.S. "
                                          "condemned the attacks, and they urged restraint.")
    spans = [(m.start, m.end) for m in mentions]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(m.start <= m.head < len(doc) and m.actors for m in mentions)


def test_resolve_empty_doc(small_kb, vocab):
    assert resolve_actors(Doc(vocab, words=[]), small_kb, PUBLISHED) == []


def test_resolve_needs_a_parse(small_kb, vocab):
    with pytest.raises(ValueError, match="needs a parsed Doc"):
        resolve_actors(Doc(vocab, words=["Japan", "protested"]), small_kb, PUBLISHED)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "...", "\n\n", "THE U.S. AND JAPAN", "he she they it its their", "(((UN)))",
    "Kamikawa Kamikawa Kamikawa", "the two countries", "Президент России",
    "U.S.-Japan-South Korea trilateral summit", "Mr. Blinken, Ms. Kamikawa -- both",
])
def test_resolve_odd_inputs_do_not_crash(nlp, wire_kb, text):
    doc, mentions = resolve(nlp, wire_kb, text)
    spans = [(m.start, m.end) for m in mentions]
    assert all(0 <= a < b <= len(doc) for a, b in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_mentions_by_token_shares_head(small_kb, vocab):
    doc = make_doc(
        vocab, ["U.S.", "and", "British", "forces", "struck", "Yemen", "."],
        [3, 0, 0, 4, 4, 4, 4],
        ["nmod", "cc", "conj", "nsubj", "ROOT", "dobj", "punct"],
        ["PROPN", "CCONJ", "ADJ", "NOUN", "VERB", "PROPN", "PUNCT"])
    index = mentions_by_token(resolve_actors(doc, small_kb, PUBLISHED))
    assert [m.actors[0].code for m in index[3]] == ["USA", "GBR"]
    assert [m.actors[0].code for m in index[5]] == ["YEM"]
    assert 4 not in index


@pytest.mark.slow
@pytest.mark.parametrize(("text", "span", "code", "sector"), [
    ("Police in Pakistan arrested 20 people on Sunday.", "Police", "PAK", "COP"),
    ("Ukraine says Russia shelled Kharkiv. The government said it would respond.",
     "The government", "UKR", "GOV"),
    ("Sudan's army and a paramilitary force clashed again. The international community "
     "urged calm.", "The international community", None, "IGO"),
    # Parties act at home: the story's country, not the state named last.
    ("Kenyan police fired tear gas at protesters in Nairobi and Mombasa. Kenya's "
     "president called for calm. The United States urged restraint. Crowds burned the "
     "offices of ruling party leaders overnight.", "ruling party leaders", "KEN", "GOV"),
    # No state in particular, not the one named last.
    ("Floods hit Kenya on Monday. Britain sent tents. Kenya's president appealed to "
     "foreign governments for help.", "governments", None, "GOV"),
])
def test_resolve_role_words_without_country(nlp, wire_kb, text, span, code, sector):
    doc, mentions = resolve(nlp, wire_kb, text)
    actor = find(doc, mentions, span).actors[0]
    assert (actor.code, actor.sector) == (code, sector)


@pytest.mark.slow
def test_resolve_role_word_as_modifier_is_not_an_actor(nlp, wire_kb):
    doc, mentions = resolve(nlp, wire_kb, "Kamikawa told a press conference that Japan "
                                          "would help.")
    assert all("press" not in doc[m.start:m.end].text for m in mentions)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "pronoun", "codes"), [
    # A non-reflexive object is not its own clause's subject.
    ("Saudi Arabia cut diplomatic relations with Qatar on Monday, accusing it of "
     "supporting terrorism.", "it", ("QAT",)),
])
def test_resolve_object_pronoun_skips_its_clause_subject(nlp, wire_kb, text, pronoun, codes):
    doc, mentions = resolve(nlp, wire_kb, text)
    mention = find(doc, mentions, pronoun)
    assert mention.kind == "pronoun"
    assert tuple(a.code for a in mention.actors) == codes


@pytest.mark.slow
def test_resolve_it_naming_a_thing_is_not_an_actor(nlp, wire_kb):
    doc, mentions = resolve(nlp, wire_kb, "Japan said Tokyo regretted the outcome, calling "
                                          "it a missed opportunity.")
    assert all(doc[m.start:m.end].text != "it" for m in mentions)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "span", "codes"), [
    ("The United States, Britain and Australia signed a defence pact. China accused "
     "the three countries of a Cold War mentality.", "the three countries",
     {"USA", "GBR", "AUS"}),
    # The last group of three named together, however much was said of others since.
    ("The United States, Japan and South Korea agreed to hold drills every year. Russia "
     "and China held naval exercises on Friday. North Korea fired two missiles. China "
     "accused the three countries of stoking confrontation.", "the three countries",
     {"USA", "JPN", "KOR"}),
    # The three countries its own sentence names, not the most talked-about ones.
    ("France recalled its envoys to Canberra and Washington. French officials called it a "
     "betrayal. Under the pact, the United States and Britain will help Australia build "
     "submarines, and the three countries will share technology.", "the three countries",
     {"USA", "GBR", "AUS"}),
    ("Israel and Hamas fought for a third day. Egypt urged all sides to stop.",
     "all sides", {"ISR", "PSE"}),
    # The speaker is neither side.
    ("India and Pakistan traded fire across the border on Monday. The United States "
     "urged both sides to keep the peace.", "both sides", {"IND", "PAK"}),
])
def test_resolve_counted_and_side_descriptions(nlp, wire_kb, text, span, codes):
    doc, mentions = resolve(nlp, wire_kb, text)
    mention = find(doc, mentions, span)
    assert {a.code for a in mention.actors} == codes


@pytest.mark.slow
@pytest.mark.parametrize("noun", ["leaders", "top diplomats"])
def test_resolve_counted_leaders_are_the_story_s_people(nlp, wire_kb, noun):
    """"The two leaders" are the two people the story is about, not the two countries
    of the sentence before."""
    doc, mentions = resolve(nlp, wire_kb, (
        "Antony Blinken met Yoko Kamikawa in Tokyo on Friday. Blinken praised the "
        "alliance. Kamikawa said trade with Germany and the Netherlands had grown. The "
        f"two {noun} will meet again in March."))
    mention = find(doc, mentions, f"The two {noun}")
    assert [a.kb_id for a in mention.actors] == ["test_blinken", "test_kamikawa"]


@pytest.mark.slow
def test_resolve_subject_it_continues_the_subject(nlp, wire_kb):
    doc, mentions = resolve(nlp, wire_kb, "NATO said on Monday that the vote was an internal "
                                          "matter for Spain, but it urged restraint.")
    it = [m for m in mentions if doc[m.start:m.end].text == "it"]
    assert it and tuple(a.code for a in it[-1].actors) == ("NATO",)


@pytest.mark.slow
def test_resolve_subject_he_continues_the_main_subject(nlp, wire_kb):
    # Not the person named last: the one the last sentence was about.
    doc, mentions = resolve(nlp, wire_kb, "Blinken praised Abiy Ahmed during a visit to "
                                          "Addis Ababa. He also urged Eritrea to withdraw.")
    he = find(doc, mentions, "He")
    assert tuple(a.code for a in he.actors) == ("USA",)


@pytest.mark.slow
@pytest.mark.parametrize(("published", "kb_id"), [
    (date(2024, 3, 1), "luiz-inacio-lula-da-silva"),
])
def test_resolve_shared_surname_is_the_person_in_office(nlp, kb, published, kb_id):
    # "Silva" is shared by several office holders; on the story date it is the one in
    # office, coded as that person (not an anonymous namesake).
    doc = nlp("Silva urged Argentina to cut its tariffs on steel.")
    mentions = resolve_actors(doc, kb, published)
    (actor,) = find(doc, mentions, "Silva").actors
    assert actor.kb_id == kb_id
    assert (actor.country, actor.sector) == ("BRA", "GOV")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "span", "code", "sector"), [
    # A people takes the country it lives in: a country word before it ...
    ("Syrian Kurds marched through Qamishli on Friday.", "Syrian Kurds", "SYR", "CVL"),
    ("Croatian Serbs returned to their villages.", "Croatian Serbs", "HRV", "CVL"),
    ("Kosovo Serbs boycotted the local vote.", "Kosovo Serbs", "XKX", "CVL"),
    # ... a place attached to it, or the place of a minority ("ethnic X") in its sentence.
    ("The Hungarians of northern Serbia asked for schools in their language.",
     "The Hungarians", "SRB", "CVL"),
    ("Hundreds of ethnic Russians rallied in Estonia on Saturday.", "Russians", "EST", "CVL"),
    # A people with one home is that country's; of several homes, the one named nearby.
    ("Tamil protesters blocked the road to the harbour.", "Tamil protesters", "LKA", "CVL"),
    ("Turkey says Kurdish militants crossed into Iraq overnight.", "Kurdish militants",
     "TUR", "REB"),
    # A province or region stands for its country.
    ("Gunmen in Balochistan killed four policemen.", "Gunmen", "PAK", "UAF"),
    ("The government of Xinjiang banned the gathering.", "The government", "CHN", "GOV"),
    ("Police in the Kashmir valley detained 40 people.", "Police", "IND", "COP"),
    # A country adjective that is also a people of the country before it.
    ("Iraqi Turkmen militiamen guarded the road.", "Iraqi Turkmen militiamen", "IRQ", "UAF"),
    # A people's leaders are its elite, not the state's government they may address.
    ("Kurdish leaders met the Iraqi prime minister in Baghdad.", "Kurdish leaders", "IRQ",
     "ELI"),
    ("Tamil leaders criticised the Sri Lankan president.", "Tamil leaders", "LKA", "ELI"),
    ("Yoruba leaders said they would back the Nigerian president.", "Yoruba leaders", "NGA",
     "ELI"),
])
def test_resolve_peoples_and_regions(nlp, wire_kb, text, span, code, sector):
    doc, mentions = resolve(nlp, wire_kb, text)
    actor = find(doc, mentions, span).actors[0]
    assert (actor.code, actor.sector) == (code, sector)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Prosecutors accused the London-based cleric Khaled Mansour of inciting riots in Cairo "
    "and asked Britain to extradite him.",
    "Prosecutors accused the U.K.-based cleric Khaled Mansour of inciting riots in Cairo "
    "and asked London to extradite him.",
])
def test_resolve_based_in_is_not_the_person_s_country(nlp, wire_kb, text):
    # "X-based" says where someone lives, not whose they are: the story's country.
    doc, mentions = resolve(nlp, wire_kb, text)
    (actor,) = find(doc, mentions, "cleric Khaled Mansour").actors
    assert actor.code == "EGY"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "span", "code"), [
    # "anti-X", "pro-X" is a stance, not a country: the role word takes its own.
    ("Anti-American protesters marched in Islamabad on Friday.", "protesters", "PAK"),
    ("Pro-Ukrainian demonstrators rallied in Budapest on Sunday.", "demonstrators", "HUN"),
])
def test_resolve_stance_modifier_is_not_the_country(nlp, wire_kb, text, span, code):
    doc, mentions = resolve(nlp, wire_kb, text)
    (actor,) = find(doc, mentions, span).actors
    assert actor.code == code


@pytest.mark.slow
def test_resolve_office_codes_as_its_organisation(nlp, wire_kb):
    # An office of the UN Secretariat is the UN (igos.yaml part_of).
    doc, mentions = resolve(nlp, wire_kb, "The U.N. human rights office condemned the "
                                          "arrests in Minsk.")
    (actor,) = find(doc, mentions, "The U.N. human rights office").actors
    assert actor.org == "UN"


@pytest.mark.slow
def test_resolve_titled_person_takes_the_story_s_only_country(nlp, wire_kb):
    # No other country anywhere: the one named in another actor's phrase is the story's.
    doc, mentions = resolve(nlp, wire_kb, "Judge Maria Ortega opened an inquiry into 12 "
                                          "Peruvian police officers on Monday.")
    (actor,) = find(doc, mentions, "Judge Maria Ortega").actors
    assert (actor.code, actor.sector) == ("PER", "JUD")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "span", "code"), [
    ("Four Britons were detained at the border on Friday.", "Britons", "GBR"),
    ("Hundreds of Turks marched through the city centre.", "Turks", "TUR"),
    ("A Dane was among the hostages freed on Friday.", "Dane", "DNK"),
])
def test_resolve_citizens_named_by_an_irregular_demonym(nlp, wire_kb, text, span, code):
    (actor,) = find(*resolve(nlp, wire_kb, text), span).actors
    assert (actor.code, actor.sector) == (code, "CVL")


@pytest.mark.slow
def test_resolve_unknown_party_figure_is_of_the_story_s_country_not_a_place(nlp, wire_kb):
    # The sentence names Peru only as where someone went: an opposition figure of a
    # story about Chile is Chile's.
    text = ("Chilean police arrested protesters in Santiago on Monday. Chile's president "
            "freed jailed opposition leader Ana Reyes a day after the minister flew to Peru.")
    doc, mentions = resolve(nlp, wire_kb, text)
    (actor,) = find(doc, mentions, "opposition leader Ana Reyes").actors
    assert (actor.code, actor.sector) == ("CHL", "OPP")


@pytest.mark.slow
def test_resolve_object_pronoun_under_a_counted_noun(nlp, wire_kb):
    # "detained one of them": "them" is bound away from the subject of "detained" too.
    doc, mentions = resolve(nlp, wire_kb, "Indian troops clashed with Chinese soldiers on "
                                          "Monday. Indian officers said they detained one "
                                          "of them.")
    them = find(doc, mentions, "them")
    assert tuple(a.code for a in them.actors) == ("CHN",)


@pytest.mark.slow
def test_resolve_the_party_is_the_party_named_with_a_person(nlp, kb):
    """"Tsai Ing-wen of the Democratic Progressive Party ... the ruling party": the party
    named inside a person's phrase is what a later "the ruling party" stands for."""
    doc = nlp("Since Taiwan's leader Tsai Ing-wen of the Democratic Progressive Party took "
              "office, China has raised pressure on the island. Many countries are watching "
              "how China will react if the ruling party wins a third term.")
    mention = find(doc, resolve_actors(doc, kb, date(2024, 1, 13)), "the ruling party")
    assert [(a.country, a.sector) for a in mention.actors] == [("TWN", "PTY")]


@pytest.mark.slow
def test_resolve_the_agency_is_the_organisation_named_last(nlp, kb):
    doc = nlp("The International Atomic Energy Agency issued its quarterly report on Monday. "
              "In the report, the agency criticised Tehran for barring inspectors.")
    mention = find(doc, resolve_actors(doc, kb, date(2024, 5, 28)), "the agency")
    assert [a.org for a in mention.actors] == ["IAEA"]


@pytest.mark.slow
def test_resolve_subject_they_continues_the_plural_subject(nlp, wire_kb):
    """A subject "they" is the plural subject just before, not the pair named last in a
    prepositional phrase."""
    doc, mentions = resolve(nlp, wire_kb, (
        "Antony Blinken met Yoko Kamikawa in Tokyo. The two ministers reaffirmed their "
        "efforts to keep the conflict from spreading beyond Israel and Iran. Kamikawa said "
        "they discussed the Red Sea."))
    they = [m for m in mentions if doc[m.start:m.end].text == "they"]
    assert they and {a.code for a in they[-1].actors} == {"USA", "JPN"}


@pytest.mark.slow
def test_resolve_member_state_named_with_its_organisation_is_the_state(nlp, kb):
    doc = nlp("NATO-member Norway is willing to send equipment to Saudi Arabia.")
    mention = find(doc, resolve_actors(doc, kb, date(2024, 1, 13)), "NATO-member Norway")
    assert [(a.country, a.org) for a in mention.actors] == [("NOR", None)]


@pytest.mark.slow
def test_resolve_unknown_person_with_an_organisation_is_of_it(nlp, kb):
    doc = nlp("The US on Thursday rejected calls by Jan Kowalczyk, UN secretary-general, to "
              "adopt the reforms.")
    mentions = resolve_actors(doc, kb, date(2024, 1, 13))
    person = [m for m in mentions if "Kowalczyk" in doc[m.start:m.end].text]
    assert person and [(a.country, a.org) for a in person[0].actors] == [(None, "UN")]


@pytest.mark.slow
def test_resolve_person_named_before_any_office_keeps_their_country(nlp, kb):
    """Pashinyan led protests in 2018 before he became prime minister: still Armenian."""
    doc = nlp("Opposition figure Nikol Pashinyan accused the government of fraud.")
    mentions = resolve_actors(doc, kb, date(2018, 4, 20))
    person = [m for m in mentions if "Pashinyan" in doc[m.start:m.end].text]
    assert person and person[0].actors[0].country == "ARM"


@pytest.mark.slow
def test_resolve_military_council_is_the_country_s_armed_forces(nlp, kb):
    doc = nlp("Sudan's army ousted the president on Thursday. The military council said it "
              "would not hand him over.")
    council = [m for m in resolve_actors(doc, kb, date(2019, 4, 13))
               if "council" in doc[m.start:m.end].text]
    assert council and [(a.country, a.sector) for a in council[0].actors] == [("SDN", "MIL")]


@pytest.mark.slow
def test_resolve_initials_in_brackets_after_a_name_abbreviate_it_not_a_person(nlp, kb):
    # "MBS" is also a Saudi crown prince's initials; here it abbreviates the broadcaster.
    doc = nlp("The Malawi Broadcasting Service (MBS) criticised the ruling party on Monday.")
    mentions = resolve_actors(doc, kb, date(2024, 1, 13))
    codes = {a.country for m in mentions for a in m.actors}
    assert "MWI" in codes and "SAU" not in codes


@pytest.mark.slow
def test_resolve_repeated_definite_description_is_the_same_body(nlp, kb):
    doc = nlp("Soldiers in Mali formed the transitional military council on Monday. Senegal "
              "and Ghana said they would work with the transitional military council.")
    councils = [m for m in resolve_actors(doc, kb, date(2024, 1, 13))
                if "council" in doc[m.start:m.end].text]
    assert [a.country for m in councils for a in m.actors] == ["MLI", "MLI"]


@pytest.mark.slow
def test_resolve_religious_radicals_are_an_actor_of_their_country(nlp, kb):
    doc = nlp("Islamic fundamentalists in Tunisia began a hunger strike on Monday.")
    radicals = [m for m in resolve_actors(doc, kb, date(2024, 1, 13))
                if "fundamentalists" in doc[m.start:m.end].text]
    assert radicals and [(a.country, a.sector) for a in radicals[0].actors] == [("TUN", "OPP")]


def _codes(doc, mentions, word):
    """(country or org, sector) of the actors of the mentions containing ``word``."""
    return [(a.country or a.org, a.sector) for m in mentions
            if word in doc[m.start:m.end].text for a in m.actors]


@pytest.mark.slow
def test_resolve_trade_noun_after_a_country_adjective_is_a_business(nlp, kb):
    doc = nlp("The Swiss chocolate maker cut its forecast. The Dutch lender raised rates.")
    mentions = resolve_actors(doc, kb, date(2024, 1, 13))
    assert _codes(doc, mentions, "maker") == [("CHE", "BUS")]
    assert _codes(doc, mentions, "lender") == [("NLD", "BUS")]


@pytest.mark.slow
def test_resolve_seat_city_stands_for_the_organisation_the_story_names(nlp, kb):
    doc = nlp("The European Union opened a case against Slovakia. Brussels said the law "
              "breached the treaties.")
    mentions = resolve_actors(doc, kb, date(2024, 1, 13))
    assert _codes(doc, mentions, "Brussels") == [("EU", "IGO")]
    doc = nlp("Belgium raised taxes. Brussels said the budget was balanced.")
    assert _codes(doc, resolve_actors(doc, kb, date(2024, 1, 13)), "Brussels")[0][0] == "BEL"


@pytest.mark.slow
def test_resolve_role_word_in_an_annexed_place_belongs_to_the_controller(nlp, kb):
    doc = nlp("Police in Russian-occupied Melitopol detained a teacher on Friday.")
    mentions = resolve_actors(doc, kb, date(2024, 1, 13))
    assert _codes(doc, mentions, "Police") == [("RUS", "COP")]


@pytest.mark.slow
def test_resolve_pakistan_rangers_are_a_state_force(nlp, kb):
    doc = nlp("Paramilitary Rangers raided an office in Lahore.")
    mentions = resolve_actors(doc, kb, date(2024, 1, 13))
    assert _codes(doc, mentions, "Rangers") == [("PAK", "MIL")]


@pytest.mark.slow
def test_resolve_role_word_from_coordinated_states_is_each_state_s(nlp, kb):
    doc = nlp("Soldiers from Nepal and Fiji arrived in Lebanon.")
    mentions = resolve_actors(doc, kb, date(2024, 1, 13))
    assert _codes(doc, mentions, "Soldiers") == [("NPL", "MIL"), ("FJI", "MIL")]


@pytest.mark.slow
def test_resolve_forces_without_a_country_take_the_state_where_they_act(nlp, kb):
    doc = nlp("Ecuador complained on Monday. The troops shelled a village in Peru.")
    mentions = resolve_actors(doc, kb, date(2024, 1, 13))
    assert _codes(doc, mentions, "troops") == [("PER", "MIL")]


@pytest.mark.slow
def test_resolve_the_sides_are_the_pair_that_faced_each_other_not_the_mediators(nlp, kb):
    doc = nlp("Armenia and Azerbaijan traded fire on Monday. Armenia accused Azerbaijan of "
              "shelling a village. Norway and Sweden offered to help. Talks between the two "
              "sides will resume.")
    mentions = resolve_actors(doc, kb, date(2024, 1, 13))
    assert sorted(c for c, _ in _codes(doc, mentions, "sides")) == ["ARM", "AZE"]


@pytest.mark.slow
def test_resolve_sides_of_a_conflict_between_an_army_and_an_unnamed_force(nlp, kb):
    doc = nlp("War broke out between Mali's army and a paramilitary force in 2023. Qatar "
              "urged the warring sides to talk.")
    mentions = resolve_actors(doc, kb, date(2024, 1, 13))
    assert [c for c, _ in _codes(doc, mentions, "sides")] == ["MLI", "MLI"]


@pytest.mark.slow
def test_resolve_state_of_a_country_inside_an_unknown_name_is_no_actor(nlp, kb):
    doc = nlp("The Ohio Ledger criticised the mayor on Sunday.")
    mentions = resolve_actors(doc, kb, date(2024, 1, 13))
    assert _codes(doc, mentions, "Ledger") == []


@pytest.mark.slow
def test_resolve_rival_of_a_business_is_a_business(nlp, kb):
    doc = nlp("The Swedish furniture retailer opened a store. Its Danish rival closed two.")
    mentions = resolve_actors(doc, kb, date(2024, 1, 13))
    assert _codes(doc, mentions, "rival") == [("DNK", "BUS")]
    doc = nlp("Dutch regulators fined the bank on Monday.")
    assert _codes(doc, resolve_actors(doc, kb, date(2024, 1, 13)), "regulators") == [
        ("NLD", "GOV")]


@pytest.mark.slow
def test_resolve_soldiers_are_the_story_s_state_not_the_one_named_last(nlp, kb):
    doc = nlp("Guyana sealed its border with its neighbour on Monday and Guyana deployed "
              "police. Suriname complained. The soldiers blocked a bridge.")
    mentions = resolve_actors(doc, kb, date(2024, 1, 13))
    assert _codes(doc, mentions, "soldiers") == [("GUY", "MIL")]


@pytest.mark.slow
@pytest.mark.parametrize("text, word, code", [
    ("Police in Lagos arrested an Ohio man on Friday.", "man", "USA"),
    ("Thai police detained an Oregon teenager at the airport.", "teenager", "USA"),
    ("A Madrid couple was robbed in Lisbon.", "couple", "ESP"),
])
def test_resolve_a_person_described_by_a_place_is_its_civilian(nlp, kb, text, word, code):
    doc = nlp(text)
    assert _codes(doc, resolve_actors(doc, kb, date(2024, 1, 13)), word) == [(code, "CVL")]


def test_resolve_apposition_of_what_people_carry_is_not_their_actor(vocab):
    # "The protesters, many waving Iranian flags, marched": the flags make no Iranians.
    kb = KnowledgeBase.from_dicts(
        countries=SMALL["countries"],
        agents=[{"phrase": "protesters", "sector": "CVL", "kind": "both"}])
    doc = Doc(vocab, words=["The", "protesters", ",", "many", "waving", "Iranian", "flags",
                            ",", "marched", "."],
              heads=[1, 8, 1, 6, 6, 6, 1, 1, 8, 8],
              deps=["det", "nsubj", "punct", "amod", "amod", "amod", "appos", "punct",
                    "ROOT", "punct"],
              pos=["DET", "NOUN", "PUNCT", "ADJ", "VERB", "ADJ", "NOUN", "PUNCT", "VERB",
                   "PUNCT"],
              tags=["DT", "NNS", ",", "JJ", "VBG", "JJ", "NNS", ",", "VBD", "."])
    mentions = resolve_actors(doc, kb, PUBLISHED)
    assert [doc[m.start:m.end].text for m in mentions if m.head == 1] == ["The protesters"]


@pytest.mark.parametrize(("city", "country"), [(["Osaka"], "JPN"), (["Sao", "Paulo"], "BRA")])
def test_resolve_city_before_a_role_word_gives_its_country(small_kb, vocab, city, country):
    # A city the KB does not list says, as a capital would, whose the people are:
    # "Osaka rebels" are Japanese, "Sao Paulo rebels" Brazilian.
    words = [*city, "rebels", "fled"]
    n = len(city)
    doc = Doc(vocab, words=words, heads=[n] * n + [n + 1, n + 1],
              deps=["compound"] * n + ["nsubj", "ROOT"],
              pos=["PROPN"] * n + ["NOUN", "VERB"],
              ents=["B-GPE"] + ["I-GPE"] * (n - 1) + ["O", "O"])
    (mention,) = resolve_actors(doc, small_kb, PUBLISHED)
    assert [(a.code, a.sector) for a in mention.actors] == [(country, "REB")]



@pytest.mark.slow
def test_resolve_surname_alias_after_another_given_name_is_not_the_kb_person(nlp):
    # The KB knows Samir al-Haddad, alias "al-Haddad"; Karim al-Haddad is someone else.
    kb = KnowledgeBase.from_dicts(
        countries=SMALL["countries"],
        people=[{"id": "test_haddad", "name": "Samir al-Haddad", "aliases": ["al-Haddad"],
                 "roles": [{"country": "YEM", "sector": "GOV", "start": "2020-01-01"}]}])
    doc = nlp("Karim al-Haddad met the Japanese ambassador on Monday.")
    assert "test_haddad" not in {a.kb_id for m in resolve_actors(doc, kb, PUBLISHED)
                                 for a in m.actors}
    # A spelling of the given name is still the same person.
    doc = nlp("Sameer al-Haddad met the Japanese ambassador on Monday.")
    assert "test_haddad" in {a.kb_id for m in resolve_actors(doc, kb, PUBLISHED)
                             for a in m.actors}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Ethopia said it would reopen the border.", "Ethopia", [("ETH", "GOV")]),
    ("Troops from the Phillipines arrived in Kuwait.", "Phillipines", [("PHL", "GOV")]),
    ("Jets from Isreal bombed a depot.", "Isreal", [("ISR", "GOV")]),
    ("The Ukranian army shelled the town.", "army", [("UKR", "MIL")]),
    # Names near a country's, a place the gazetteer knows and a region stay unknown.
    ("Roland met Frances in Granada.", "Roland", []),
    ("Roland met Frances in Granada.", "Frances", []),
    ("The Summit of the Americas opened on Monday.", "Americas", []),
])
def test_resolve_misspelt_country_name(nlp, kb, text, word, expected):
    doc = nlp(text)
    assert _codes(doc, resolve_actors(doc, kb, PUBLISHED), word) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "expected"), [
    # Settlers a state's citizens form beyond its borders are its civilians.
    ("Jewish settlers set fire to olive groves near Nablus.", "settlers", [("ISR", "CVL")]),
    ("The electoral commission in Ghana delayed the count.", "commission", [("GHA", "GOV")]),
    ("The ruling coalition in Nepal lost its majority.", "coalition", [("NPL", "PTY")]),
])
def test_resolve_collective_role_nouns_and_settlers(nlp, kb, text, word, expected):
    doc = nlp(text)
    assert _codes(doc, resolve_actors(doc, kb, PUBLISHED), word) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "expected"), [
    # The noun heading the apposition sets the sector, not a role word inside it.
    ("Sawtna, a students' rights group, criticised the Egyptian police.", "Sawtna",
     [("NGO", "NGO")]),
    ("Narodna, the nationalist party, accused the Serbian government of fraud.", "Narodna",
     [("SRB", "PTY")]),
    ("Tarnak, a militant group, attacked a police post in Niger.", "Tarnak", [("NER", "REB")]),
])
def test_resolve_unknown_name_with_a_body_noun_in_apposition(nlp, kb, text, word, expected):
    doc = nlp(text)
    assert _codes(doc, resolve_actors(doc, kb, PUBLISHED), word) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "expected"), [
    # "its" on a role word continues the main subject, not the place named last.
    ("Somalia summons envoy. MOGADISHU - Kenya's army said on Monday that its troops "
     "had killed 20 fighters in southern Somalia.", "troops", [("KEN", "MIL")]),
    ("India's foreign ministry said its diplomats in Ottawa had been threatened.",
     "diplomats", [("IND", "GOV")]),
    ("Poland's interior ministry said on Sunday that its border guards had stopped "
     "hundreds of migrants crossing from Belarus.", "guards", [("POL", "MIL")]),
])
def test_resolve_role_word_owned_by_a_pronoun(nlp, kb, text, word, expected):
    doc = nlp(text)
    assert _codes(doc, resolve_actors(doc, kb, PUBLISHED), word) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "expected"), [
    # A people of several homes takes the home the sentence names as a place, before a
    # state named nearer as an actor.
    ("Turkey shelled Kurdish positions in northern Syria on Tuesday.", "positions",
     [("SYR", None)]),
    ("Turkish jets bombed Kurdish militant targets in Iraq.", "targets", [("IRQ", None)]),
    ("Iranian artillery shelled Kurdish villages in Iraq overnight.", "villages",
     [("IRQ", None)]),
])
def test_resolve_people_of_several_homes_takes_the_place(nlp, kb, text, word, expected):
    doc = nlp(text)
    assert _codes(doc, resolve_actors(doc, kb, PUBLISHED), word) == expected
